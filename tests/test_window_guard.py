"""The desktop path's window guard (ui/lockdown.py) against a real window manager: the kiosk as
its own process under Xvfb with openbox (Debian's), and other programs (wmctrl, xdotool, a window
that opens over it) taking full screen, size, "always on top" and the focus away. Each comes back
by itself (in about half a second on an idle machine; this is not a timed test, so a loaded CI
machine only has to get there). (Only the kiosk session, cage, is locked down for real; this is the
desktop path.)"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.files.resources import app_root
from tests.test_real_window import xvfb  # noqa: F401  (the X server fixture)

TOOLS = ("Xvfb", "openbox", "wmctrl", "xdotool", "xprop", "xwininfo", "xmessage")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS), reason=f"needs {', '.join(TOOLS)} (make test installs them)"
)
BACK_BY_S = 10.0
SCREEN = (0, 0, 1920, 1080)  # the X server fixture's


class Desktop:
    def __init__(self, display: str, log: Path) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.log = log  # the kiosk's log

    def run(self, *argv: str) -> str:
        return subprocess.run(argv, capture_output=True, text=True, env=self.env, timeout=20).stdout

    def state(self, window: str) -> str:
        return self.run("xprop", "-id", window, "_NET_WM_STATE")

    def geometry(self, window: str) -> tuple[int, ...]:
        info = self.run("xwininfo", "-id", window)
        values = {
            line.split(":")[0].strip(): int(line.split(":")[1])
            for line in info.splitlines()
            if line.strip().startswith(("Absolute", "Width", "Height"))
        }
        return (values["Absolute upper-left X"], values["Absolute upper-left Y"], values["Width"], values["Height"])

    def top_window(self) -> str:
        stacking = self.run("xprop", "-root", "_NET_CLIENT_LIST_STACKING").split("#")[-1]
        return hex(int(stacking.split(",")[-1].strip(), 16))

    def active_window(self) -> str:
        return hex(int(self.run("xdotool", "getactivewindow").strip() or "0"))


def back_within(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + BACK_BY_S
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    pytest.fail(f"{what}: not back after {BACK_BY_S:.0f} s")


@contextlib.contextmanager
def kiosk_under(display: str, tmp_path: Path, window_manager: bool) -> Iterator[tuple[Desktop, str]]:
    desktop = Desktop(display, tmp_path / "kiosk.log")
    wm = subprocess.Popen(
        ["openbox"] if window_manager else ["sleep", "infinity"],
        env=desktop.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {
        **desktop.env,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_RUNTIME_DIR": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    log = desktop.log.open("w")
    kiosk = subprocess.Popen([sys.executable, str(app_root() / "main.py")], env=env, stderr=log)
    try:
        deadline = time.monotonic() + 30
        window = ""
        while not window and time.monotonic() < deadline:
            found = desktop.run("xdotool", "search", "--onlyvisible", "--pid", str(kiosk.pid)).split()
            window = hex(int(found[-1])) if found else ""
            time.sleep(0.2)
        assert window, "the kiosk window did not appear"
        back_within(lambda: desktop.geometry(window) == SCREEN, "full screen size at start")
        if window_manager:
            back_within(lambda: "_NET_WM_STATE_FULLSCREEN" in desktop.state(window), "full screen at start")
        time.sleep(1)  # settled
        yield desktop, window
    finally:
        kiosk.terminate()
        kiosk.wait(timeout=15)
        wm.terminate()
        wm.wait(timeout=10)
        log.close()


@pytest.fixture
def kiosk_on_a_desktop(xvfb: str, tmp_path: Path) -> Iterator[tuple[Desktop, str]]:  # noqa: F811
    with kiosk_under(xvfb, tmp_path, window_manager=True) as running:
        yield running


@pytest.fixture
def kiosk_on_a_bare_x_server(xvfb: str, tmp_path: Path) -> Iterator[tuple[Desktop, str]]:  # noqa: F811
    with kiosk_under(xvfb, tmp_path, window_manager=False) as running:
        yield running


def test_the_guard_takes_back_full_screen_size_and_top_from_other_programs(
    kiosk_on_a_desktop: tuple[Desktop, str],
) -> None:
    desktop, window = kiosk_on_a_desktop
    screen = desktop.geometry(window)
    assert screen == (0, 0, 1920, 1080)

    desktop.run("wmctrl", "-i", "-r", window, "-b", "remove,fullscreen")
    back_within(lambda: "_NET_WM_STATE_FULLSCREEN" in desktop.state(window), "full screen")
    back_within(lambda: desktop.geometry(window) == screen, "full-screen geometry")

    # Openbox will not resize a full-screen window: another program takes full screen away and
    # makes the window small in one go.
    desktop.run("wmctrl", "-i", "-r", window, "-b", "remove,fullscreen")
    desktop.run("wmctrl", "-i", "-r", window, "-e", "0,100,100,800,600")
    back_within(lambda: desktop.geometry(window) == screen, "size and place")
    said = desktop.log.read_text()
    assert said.count("window left full screen") == 2, said
    assert "800x600 at 100,100" in said, said  # IT reads what was done to the window

    # "Always on top" taken away (Qt is not told), then a window opens over the kiosk.
    desktop.run("wmctrl", "-i", "-r", window, "-b", "remove,above")
    intruder = subprocess.Popen(
        ["xmessage", "-geometry", "600x300+100+100", "over the kiosk"], env=desktop.env, stderr=subprocess.DEVNULL
    )
    try:
        back_within(lambda: desktop.active_window() == window, "the focus")
        back_within(lambda: "_NET_WM_STATE_ABOVE" in desktop.state(window), "always on top")
        back_within(lambda: desktop.top_window() == window, "the top of the stack")
    finally:
        intruder.kill()
        intruder.wait()


def test_the_guard_takes_back_size_and_place_while_qt_still_calls_the_window_full_screen(
    kiosk_on_a_bare_x_server: tuple[Desktop, str],
) -> None:
    """With no window manager, a program can resize and move the window directly: Qt still calls it
    full screen (as after a change of screen resolution), so only its size and place say it moved."""
    desktop, window = kiosk_on_a_bare_x_server
    desktop.run("xdotool", "windowsize", window, "800", "600", "windowmove", window, "100", "100")
    back_within(lambda: desktop.geometry(window) == SCREEN, "size and place")
    said = desktop.log.read_text()
    assert "window left full screen (FullScreen, 800x600 at 100,100); restoring" in said, said
