"""The .deb as clinic IT gets it: installed with dpkg, self-tested where it landed, killed under
the supervisor it ships and timed back, reinstalled with IT's config kept, purged without a trace.

Runs from `make deb-test` (KIOSK_DEB names the package); it changes the machine, so it needs
root or password-less sudo and is skipped in a plain `pytest` run."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk import APP_ID, __version__

DEB = os.environ.get("KIOSK_DEB", "")
pytestmark = pytest.mark.skipif(not DEB, reason="set KIOSK_DEB to a .deb (make deb-test)")

OPT = Path("/opt") / APP_ID
CONFIG = Path("/etc") / APP_ID / "kiosk.toml"
SUPERVISOR = Path("/usr/lib") / APP_ID / "supervise"
INSTALLED = [
    OPT / APP_ID,
    Path("/usr/bin") / APP_ID,
    CONFIG,
    SUPERVISOR,
    Path("/etc/xdg/autostart") / f"{APP_ID}.desktop",
    Path("/usr/share/applications") / f"{APP_ID}.desktop",
    Path("/usr/lib/systemd/user") / f"{APP_ID}.service",
]


def root(*command: str) -> subprocess.CompletedProcess[str]:
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    return subprocess.run(
        [*prefix, *command],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,  # a conffile question would fail the test instead of hanging it
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        timeout=300,
    )


@pytest.fixture(scope="module")
def installed() -> Iterator[None]:
    if os.geteuid() != 0 and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode != 0:
        pytest.fail("installing the .deb needs root or password-less sudo")
    result = root("dpkg", "-i", DEB)
    assert result.returncode == 0, result.stdout + result.stderr
    yield
    purge = root("dpkg", "--purge", APP_ID)
    assert purge.returncode == 0, purge.stdout + purge.stderr


def offscreen_env(tmp_path: Path) -> dict[str, str]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(runtime),
    }


def test_the_package_puts_every_part_in_its_place(installed: None) -> None:
    missing = [str(path) for path in INSTALLED if not path.exists()]
    assert not missing
    listed = root("dpkg-query", "-W", "-f=${Status} ${Version}", APP_ID).stdout
    assert listed == f"install ok installed {__version__}"
    conffiles = root("dpkg-query", "-W", "-f=${Conffiles}", APP_ID).stdout
    assert str(CONFIG) in conffiles
    assert "pain-therapy-kiosk" in root("getent", "group", APP_ID).stdout  # made by postinst


def test_the_autostart_entries_point_at_what_was_installed(installed: None) -> None:
    for entry in (Path("/etc/xdg/autostart"), Path("/usr/share/applications")):
        desktop = configparser.ConfigParser(interpolation=None)
        desktop.read(entry / f"{APP_ID}.desktop", encoding="utf-8")
        command = desktop["Desktop Entry"]["Exec"].split()[0]
        assert desktop["Desktop Entry"]["Type"] == "Application"
        assert os.access(command, os.X_OK), command
    unit = Path("/usr/lib/systemd/user") / f"{APP_ID}.service"
    if shutil.which("systemd-analyze"):
        verify = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True)
        assert verify.returncode == 0 and not verify.stderr.strip(), verify.stderr
    text = unit.read_text(encoding="utf-8")
    assert "Restart=always" in text and f"ExecStart={OPT / APP_ID}" in text


def test_the_installed_app_reports_its_version_and_passes_its_self_test(installed: None, tmp_path: Path) -> None:
    version = subprocess.run([f"/usr/bin/{APP_ID}", "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and __version__ in version.stdout
    check = subprocess.run(
        [f"/usr/bin/{APP_ID}", "--self-test"], capture_output=True, text=True, env=offscreen_env(tmp_path), timeout=180
    )
    assert check.returncode == 0, check.stdout + check.stderr


def heartbeat_pid(path: Path) -> int | None:
    try:
        return int(json.loads(path.read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError):
        return None


def wait_for(condition: Callable[[], bool], seconds: float) -> float:
    """Seconds it took ``condition`` to hold; fails after ``seconds``."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if condition():
            return time.monotonic() - start
        time.sleep(0.05)
    pytest.fail(f"not within {seconds} s")


def test_a_killed_kiosk_is_back_within_five_seconds_under_the_shipped_supervisor(
    installed: None, tmp_path: Path
) -> None:
    env = offscreen_env(tmp_path)
    heartbeat = tmp_path / "state" / APP_ID / "heartbeat.json"
    supervisor = subprocess.Popen(
        [str(SUPERVISOR), "--windowed", "--config", str(CONFIG)], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_for(lambda: heartbeat_pid(heartbeat) is not None, 30)
        first = heartbeat_pid(heartbeat)
        assert first is not None
        os.kill(first, signal.SIGKILL)
        back_in = wait_for(lambda: heartbeat_pid(heartbeat) not in (None, first), 5)
        second = heartbeat_pid(heartbeat)
        assert second is not None
        os.kill(second, 0)  # running, not just started and gone
        assert back_in < 5
        # Stopping the supervisor stops the kiosk too (logout, shutdown): nothing is left behind.
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(timeout=15) == 0
        with pytest.raises(ProcessLookupError):
            os.kill(second, 0)
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
    assert supervisor.stderr is not None
    assert "starting it again" in supervisor.stderr.read()


def test_reinstalling_keeps_the_config_it_changed(installed: None) -> None:
    changed = CONFIG.read_text(encoding="utf-8").replace('clinic_name = ""', 'clinic_name = "Valley Pain Clinic"')
    assert "Valley Pain Clinic" in changed
    tee = subprocess.run(
        ["tee", str(CONFIG)] if os.geteuid() == 0 else ["sudo", "-n", "tee", str(CONFIG)],
        input=changed,
        text=True,
        capture_output=True,
    )
    assert tee.returncode == 0, tee.stderr
    result = root("dpkg", "-i", DEB)
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'clinic_name = "Valley Pain Clinic"' in CONFIG.read_text(encoding="utf-8")
    assert (OPT / APP_ID).exists()


def test_purging_removes_the_app_and_its_config(installed: None) -> None:
    purge = root("dpkg", "--purge", APP_ID)
    assert purge.returncode == 0, purge.stdout + purge.stderr
    left = [str(path) for path in [*INSTALLED, OPT, CONFIG.parent] if path.exists()]
    assert not left
    # The fixture's own purge at the end is then a no-op; reinstall is not needed by later tests.
