"""The .deb's parts agree with each other and with the code, where the package cannot be built:
the stop flag the maintainer scripts write is the one the supervisor reads, the session unit and
the autostart entry start the supervisor the bundle builds, the changelog's version is the app's.
(The package itself is installed and driven on a fresh Debian root in tests/installed/.)"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk import APP_ID, __version__
from kiosk.files.resources import restore_machine_library_path
from kiosk.operations.supervisor import LINUX_STOP_FLAG

LINUX = Path(__file__).resolve().parent.parent / "installer" / "linux"
SUPERVISOR = f"/opt/{APP_ID}/{APP_ID}-supervisor"


def test_the_maintainer_scripts_and_the_supervisor_share_the_stop_flag() -> None:
    assert str(LINUX_STOP_FLAG) == f"/run/{APP_ID}.stopping"
    prerm = (LINUX / "prerm").read_text(encoding="utf-8")
    assert 'FLAG="/run/$APP.stopping"' in prerm and "APP=pain-therapy-kiosk" in prerm
    assert re.search(r"upgrade\)\s+echo upgrade > \"\$FLAG\"", prerm)  # the supervisor waits, then restarts
    assert re.search(r"remove\|deconfigure\)\s+echo remove > \"\$FLAG\"", prerm)
    assert 'rm -f "/run/$APP.stopping"' in (LINUX / "postinst").read_text(encoding="utf-8")


def test_the_session_and_the_autostart_entry_start_the_frozen_supervisor() -> None:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read(LINUX / f"{APP_ID}-session.service", encoding="utf-8")
    assert unit["Service"]["ExecStart"] == f"/usr/bin/cage -- {SUPERVISOR}"
    assert unit["Service"]["User"] == APP_ID and unit["Service"]["PAMName"] == APP_ID
    assert unit["Service"]["Restart"] == "always" and unit["Unit"]["Conflicts"] == "getty@tty1.service"
    autostart = configparser.ConfigParser(interpolation=None)
    autostart.read(LINUX / "autostart.desktop", encoding="utf-8")
    assert autostart["Desktop Entry"]["Exec"] == f"{SUPERVISOR} --autostart"
    assert autostart["Desktop Entry"]["TryExec"] == SUPERVISOR  # skipped once the package is removed


@pytest.mark.parametrize(
    ("machine", "after"),
    [({}, {}), ({"LD_LIBRARY_PATH_ORIG": "/usr/local/lib"}, {"LD_LIBRARY_PATH": "/usr/local/lib"})],
)
def test_programs_the_frozen_kiosk_starts_get_the_machines_library_path(
    machine: dict[str, str], after: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What PyInstaller's bootloader leaves (the bundle first, the machine's value kept aside) is
    undone; run from source, nothing changes."""
    bundle = f"/opt/{APP_ID}/_internal"
    environ = {"LANG": "C.UTF-8", "LD_LIBRARY_PATH": ":".join([bundle, *machine.values()]), **machine}
    restore_machine_library_path(environ)
    assert environ["LD_LIBRARY_PATH"].startswith(bundle)  # not frozen: left alone
    monkeypatch.setattr("sys.frozen", True, raising=False)
    restore_machine_library_path(environ)
    assert environ == {"LANG": "C.UTF-8", **after}


def test_the_changelog_names_this_version() -> None:
    first = (LINUX / "changelog").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(f"{APP_ID} ({__version__}) ")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_entries_are_valid() -> None:
    for entry in (LINUX / "autostart.desktop", LINUX / f"{APP_ID}.desktop"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
