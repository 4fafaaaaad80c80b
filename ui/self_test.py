"""``--self-test``: what the installed or frozen kiosk checks about itself, offscreen.

Loads the content of every language, builds the real UI, visits every screen in every language,
opens a FAQ answer and renders a frame of each; any QML warning counts as a failure. Exits 0 with a
one-line summary, or 1 naming what failed, so CI and IT can trust a build before it reaches a clinic.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage

from kiosk.content import ContentError, load_content
from kiosk.navigation import Screen
from kiosk.resources import content_root
from kiosk.validate import language_folders


def _blank(image: QImage) -> bool:
    step = 40
    colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    return len(colours) < 10


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    failures: list[str] = []
    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            warnings.append(message)

    previous = qInstallMessageHandler(on_message)
    from ui.app import Kiosk, WindowOptions, create_application, wait

    app = create_application()
    contents = {}
    for folder in language_folders(content_root()):
        try:
            contents[folder.name] = load_content(folder)
        except ContentError as exc:
            failures.append(f"content {folder.name}: {len(exc.problems)} problem(s), first: {exc.problems[0]}")
    frames = 0
    if contents:
        kiosk = Kiosk(contents)
        kiosk.show(WindowOptions(fullscreen=False, size=(1920, 1080)))
        wait(200)
        for language in contents:
            kiosk.backend.setLanguage(language)
            for screen in Screen:
                kiosk.backend.go(screen.value)
                if screen is Screen.FAQ:
                    kiosk.backend.toggleFaq(0)
                wait(300)
                frames += 1
                if _blank(kiosk.window.grabWindow()):
                    failures.append(f"{language}/{screen.value}: the rendered frame is blank")
                if screen is Screen.FAQ:
                    kiosk.backend.toggleFaq(0)
        kiosk.close()
        del kiosk
    qInstallMessageHandler(previous)
    failures += [f"Qt warning: {w}" for w in warnings]
    app.shutdown()
    took = time.monotonic() - started
    if failures:
        print(f"SELF-TEST FAILED ({len(failures)} problem(s)):", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    print(f"self-test OK: {len(contents)} language(s), {frames} screens rendered in {took:.1f} s")
    return 0
