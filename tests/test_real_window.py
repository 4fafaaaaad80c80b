"""The kiosk as a real X11 window: started as its own process under Xvfb, mapped full screen,
stopped cleanly by SIGTERM."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kiosk import APP_ID
from kiosk.content.reader import load_content
from kiosk.files.resources import app_root, content_root
from kiosk.operations.logging_setup import LOG_FILE

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (make test installs it)")


@contextmanager
def running_xvfb() -> Iterator[str]:
    """An X server of its own (1920×1080) for as long as the block runs: its display name."""
    # -displayfd: the server picks a free display itself and writes its number once it takes
    # connections, so two test processes never race for the same one.
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    assert number.isdigit(), "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def xvfb() -> Iterator[str]:
    with running_xvfb() as display:
        yield display


def _windows(display: str) -> str:
    return subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env={**os.environ, "DISPLAY": display}
    ).stdout


def test_kiosk_maps_full_screen_and_stops_on_sigterm(xvfb: str, tmp_path: Path) -> None:
    shows_full_screen_and_stops_on_sigterm(xvfb, tmp_path)


def test_with_no_opengl_the_kiosk_draws_in_software_instead_of_crashing(xvfb: str, tmp_path: Path) -> None:
    """A display with no OpenGL (here Qt's X11 client told to use none; on Debian 13, headless
    cage): Qt Quick would abort at its first window ("Failed to initialize graphics backend")."""
    shows_full_screen_and_stops_on_sigterm(xvfb, tmp_path, QT_XCB_GL_INTEGRATION="none")
    log = (tmp_path / "state" / APP_ID / "logs" / LOG_FILE).read_text()
    assert "OpenGL is not available on this display (xcb): drawing in software" in log


def shows_full_screen_and_stops_on_sigterm(xvfb: str, tmp_path: Path, **extra: str) -> None:
    env = {
        **extra,
        **os.environ,
        "DISPLAY": xvfb,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_RUNTIME_DIR": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    log = tmp_path / "stderr.log"
    with log.open("w") as err:
        kiosk = subprocess.Popen([sys.executable, str(app_root() / "main.py")], env=env, stderr=err)
    try:
        deadline = time.monotonic() + 30
        mapped = None
        title = re.escape(load_content(content_root() / "en").site.app_title)
        while time.monotonic() < deadline and mapped is None:
            mapped = re.search(rf'"{title}[^"]*".*?(\d+)x(\d+)\+0\+0', _windows(xvfb))
            time.sleep(0.2)
        assert mapped, f"no full-screen kiosk window appeared:\n{_windows(xvfb)}\n{log.read_text()}"
        assert (mapped.group(1), mapped.group(2)) == ("1920", "1080")
        assert kiosk.poll() is None
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=15) == 0
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
    stderr = log.read_text()
    assert "Traceback" not in stderr
    assert "kiosk exiting with code 0" in (tmp_path / "state" / APP_ID / "logs" / LOG_FILE).read_text()
