"""What a screen reader sees: runs the kiosk on the accessibility bus and reads its AT-SPI tree
the way Orca does, through Debian's pyatspi. Run by tests/test_screen_reader.py with the system
Python (pyatspi is not on the package index), inside ``dbus-run-session``:

    python3 tests/atspi_probe.py OUT.json -- KIOSK COMMAND...

It starts the accessibility bus and the kiosk, then acts as a screen-reader user would (only
through AT-SPI actions: press a tab, a link, Compare the two, a question, the language button) and writes the
tree at each step to OUT.json for the test to judge. Plain Python 3.11, no project imports.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

APP_NAME = "pain-therapy-kiosk"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def node_info(node: Any) -> dict[str, Any]:
    states = [pyatspi.stateToString(s) for s in node.getState().getStates()]
    try:
        action = node.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        actions = []
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": states,
        "actions": actions,
        "locale": node.get_object_locale() if hasattr(node, "get_object_locale") else "",
    }


def tree(node: Any, depth: int = 0) -> dict[str, Any]:
    info = node_info(node)
    info["children"] = [tree(child, depth + 1) for child in node if child is not None] if depth < 60 else []
    return info


def find_app(timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == APP_NAME and app.childCount:
                return app
        time.sleep(0.3)
    raise SystemExit(f"{APP_NAME} did not appear on the accessibility bus")


def find(root: Any, role: str, name: str, showing: bool = True) -> Any | None:
    """The first node with that role and name (and on screen, unless told otherwise)."""
    stack = [root]
    while stack:
        node = stack.pop(0)
        try:
            shown = not showing or node.getState().contains(pyatspi.STATE_SHOWING)
            if node.getRoleName() == role and node.name == name and shown:
                return node
            stack.extend(child for child in node if child is not None)
        except Exception:  # a node that went away while we looked
            continue
    return None


def wait_for(root: Any, role: str, name: str, timeout: float = 15) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        node = find(root, role, name)
        if node is not None:
            return node
        time.sleep(0.2)
    raise SystemExit(f"no {role} {name!r} on screen")


def press(node: Any) -> None:
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    # libatspi waits 0.8 s for the reply; a new language takes longer: what it did is checked next.
    with contextlib.suppress(GLib.GError):
        action.doAction(names.index("Press"))


def focused_name(root: Any) -> str:
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return f"{node.getRoleName()}:{node.name}"
            stack.extend(child for child in node if child is not None)
        except Exception:
            continue
    return ""


def main() -> int:
    if sys.argv[1:] == ["--tree"]:
        app = find_app()
        print(json.dumps({"app_locale": app.get_object_locale(), "tree": tree(app)}))
        return 0
    out, separator, kiosk_command = sys.argv[1], sys.argv[2], sys.argv[3:]
    assert separator == "--" and kiosk_command
    bus = subprocess.Popen([LAUNCHER, "--launch-immediately"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    env = {**os.environ, "QT_ACCESSIBILITY": "1", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    kiosk = subprocess.Popen(kiosk_command, env=env)
    steps: dict[str, Any] = {}
    try:
        app = find_app()
        frame = wait_for(app, "frame", app[0].name)
        wait_for(frame, "page tab", "Overview")
        time.sleep(1.5)  # the other screens are built just after the first frame
        steps["overview"] = tree(app)

        press(wait_for(frame, "page tab", "Neurostimulators"))
        wait_for(frame, "panel", "Neurostimulators")
        time.sleep(0.8)
        steps["neurostimulators"] = tree(app)

        link = next(
            node
            for node in _all(frame)
            if node.getRoleName() == "link"
            and node.name.startswith("Definition: ")
            and node.getState().contains(pyatspi.STATE_SHOWING)
        )
        term = link.name.split(": ", 1)[1]
        press(link)
        wait_for(frame, "dialog", _dialog_title(frame))
        time.sleep(0.8)
        steps["definition"] = {"term": term, "focus": focused_name(app), "tree": tree(app)}
        press(wait_for(frame, "push button", "Close"))
        time.sleep(0.8)

        press(wait_for(frame, "push button", "References"))
        wait_for(frame, "panel", "References")
        time.sleep(0.8)
        steps["references"] = tree(app)
        press(wait_for(frame, "push button", "Back"))
        time.sleep(0.8)

        press(wait_for(frame, "push button", "Compare the two"))
        wait_for(frame, "panel", "Compare the two")
        time.sleep(0.8)
        steps["compare"] = tree(app)
        press(wait_for(frame, "push button", "Back"))
        time.sleep(0.8)

        press(wait_for(frame, "page tab", "Common questions"))
        wait_for(frame, "panel", "Common questions")
        question = next(
            node
            for node in _all(frame)
            if node.getRoleName() == "push button"
            and node.getState().contains(pyatspi.STATE_EXPANDABLE)
            and node.getState().contains(pyatspi.STATE_SHOWING)
        )
        press(question)
        time.sleep(0.8)
        steps["faq_open"] = {"question": question.name, "tree": tree(app)}

        press(wait_for(frame, "push button", "Español"))
        wait_for(frame, "push button", "English", timeout=30)
        time.sleep(0.8)
        # Read by a new process: libatspi keeps each object's locale once asked, so this one
        # would still hear the English it was told before.
        fresh = subprocess.run([sys.executable, __file__, "--tree"], capture_output=True, text=True, check=True)
        steps["spanish"] = json.loads(fresh.stdout)
    finally:
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(steps, fh)
        kiosk.terminate()
        try:
            kiosk.wait(timeout=15)
        except subprocess.TimeoutExpired:
            kiosk.kill()
        bus.terminate()
        bus.wait(timeout=10)
    return 0


def _all(root: Any) -> list[Any]:
    found, stack = [], [root]
    while stack:
        node = stack.pop(0)
        try:
            found.append(node)
            stack.extend(child for child in node if child is not None)
        except Exception:
            continue
    return found


def _dialog_title(frame: Any) -> str:
    """The open dialog's name (the word whose definition it shows)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for node in _all(frame):
            if node.getRoleName() == "dialog" and node.getState().contains(pyatspi.STATE_SHOWING):
                return node.name
        time.sleep(0.2)
    raise SystemExit("no dialog opened")


if __name__ == "__main__":
    sys.exit(main())
