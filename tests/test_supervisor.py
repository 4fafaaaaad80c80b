"""The Linux supervisor the .deb ships (installer/linux/supervise), driven with a stand-in kiosk:
what it restarts, what it leaves stopped, and who it starts for. (The installed package is killed
and timed for real in tests/installed/test_deb.py.)"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from kiosk import APP_ID
from kiosk.resources import app_root

SUPERVISOR = app_root() / "installer" / "linux" / "supervise"


def _stand_in(tmp_path: Path, codes: list[int]) -> Path:
    """A kiosk that exits with the next code of ``codes`` each time it is started (-1: it hangs,
    never writing its heartbeat)."""
    script = tmp_path / "kiosk"
    runs = tmp_path / "runs"
    script.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> {runs}\n'
        f"n=$(wc -l < {runs})\n"
        f"set -- {' '.join(map(str, codes))}\n"
        "shift $((n - 1))\n"
        '[ "${1:-0}" = -1 ] && exec sleep 60\n'
        'exit "${1:-0}"\n'
    )
    script.chmod(0o755)
    return script


def _supervise(tmp_path: Path, codes: list[int], *args: str, timeout: float = 30) -> tuple[int, list[str], str]:
    env = {
        **os.environ,
        "KIOSK_APP": str(_stand_in(tmp_path, codes)),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "KIOSK_HANG_S": "2",
    }
    result = subprocess.run([str(SUPERVISOR), *args], env=env, capture_output=True, text=True, timeout=timeout)
    runs = (tmp_path / "runs").read_text().splitlines() if (tmp_path / "runs").exists() else []
    return result.returncode, runs, result.stderr


def test_a_crash_is_restarted_and_exit_kiosk_is_not(tmp_path: Path) -> None:
    started = time.monotonic()
    code, runs, log = _supervise(tmp_path, [139, 134, 0], "--windowed")
    assert code == 0
    assert runs == ["--windowed"] * 3  # the kiosk's arguments are passed on every time
    assert "exited with code 139" in log and "exited with code 134" in log
    assert "stopped on request" in log
    assert time.monotonic() - started < 6  # one second between tries


def test_a_hung_kiosk_is_killed_and_started_again(tmp_path: Path) -> None:
    code, runs, log = _supervise(tmp_path, [-1, 0])
    assert (code, len(runs)) == (0, 2)
    assert "has not written its heartbeat" in log


def test_another_running_kiosk_stops_the_supervisor(tmp_path: Path) -> None:
    code, runs, log = _supervise(tmp_path, [3])
    assert (code, len(runs)) == (0, 1)
    assert "another kiosk is already running" in log


def test_autostart_runs_only_for_the_kiosk_group(tmp_path: Path) -> None:
    groups = subprocess.run(["id", "-nG"], capture_output=True, text=True).stdout.split()
    if APP_ID in groups:
        pytest.skip(f"this user is in the group {APP_ID}")
    code, runs, _log = _supervise(tmp_path, [0], "--autostart")
    assert (code, runs) == (0, [])


def test_stopping_the_supervisor_stops_the_kiosk_first(tmp_path: Path) -> None:
    """Logout and shutdown send SIGTERM to the supervisor: it must not leave before the kiosk,
    even one that takes a while to shut down."""
    script = tmp_path / "kiosk"
    pid_file = tmp_path / "pid"
    script.write_text(f"#!/bin/bash\necho $$ > {pid_file}\ntrap 'sleep 1; exit 0' TERM\nwhile :; do sleep 0.1; done\n")
    script.chmod(0o755)
    env = {**os.environ, "KIOSK_APP": str(script), "XDG_STATE_HOME": str(tmp_path / "state")}
    for _ in range(5):
        pid_file.unlink(missing_ok=True)
        supervisor = subprocess.Popen([str(SUPERVISOR)], env=env, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        kiosk = int(pid_file.read_text())
        time.sleep(0.3)
        supervisor.terminate()
        assert supervisor.wait(timeout=15) == 0
        with pytest.raises(ProcessLookupError):
            os.kill(kiosk, 0)
