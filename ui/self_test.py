"""``--self-test``: what the installed or frozen kiosk checks about itself, offscreen.

Loads the content of every language, builds the real UI, visits every screen in every language,
opens a FAQ answer and renders a frame of each, draws a take-home QR code, and records, reads and
exports usage statistics in a temporary folder (SQLite and csv must be in the bundle); any QML
warning counts as a failure. Exits 0 with a
one-line summary, or 1 naming what failed, so CI and IT can trust a build before it reaches a clinic.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage

from kiosk.content.library import ContentLibrary
from kiosk.session.navigation import Screen
from kiosk.stats.database import UsageStats
from kiosk.stats.schema import STATS_FILE

if TYPE_CHECKING:
    from ui.app import Kiosk


def _blank(image: QImage) -> bool:
    step = 40
    colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    return len(colours) < 10


def _check_take_home(kiosk: Kiosk) -> list[str]:
    questions = kiosk.content.content.faq.items[:1]
    if not questions:
        return []
    kiosk.my_questions.toggle(f"faq:{questions[0].id}")
    kiosk.my_questions.showQuestionCodes()
    size = QSize()
    pixmap = kiosk.qr_images.requestPixmap("0", size, QSize())
    kiosk.my_questions.clear()
    return [] if not pixmap.isNull() and size.width() > 100 else ["the take-home QR code was not drawn"]


def _check_statistics(stats: UsageStats, export: Path) -> list[str]:
    stats.flush()
    if not stats.enabled or stats.row_counts().get("screen_views", 0) == 0:
        return ["usage statistics were not recorded"]
    try:
        files = stats.export_csv(export)
    except OSError as exc:
        return [f"usage statistics could not be exported: {exc}"]
    return [] if len(files) == len(stats.row_counts()) else ["usage statistics export is incomplete"]


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
    library = ContentLibrary()
    library.load_all()
    failures += [f"content problem: {problem}" for problem in library.problems]
    languages = [lang for lang in library.offered() if library.content(lang) is not None]
    frames = 0
    speech = "speech not checked: no content"
    scratch = tempfile.TemporaryDirectory()
    if languages:
        stats = UsageStats(Path(scratch.name) / STATS_FILE)
        kiosk = Kiosk(library, stats=stats)
        kiosk.show(WindowOptions(fullscreen=False, size=(1920, 1080)))
        session = kiosk.session
        for _ in range(50):  # every screen, layer and popup is built just after the first frame
            wait(100)
            if kiosk.window.property("ready"):
                break
        else:
            failures.append("the user interface did not finish building")
        kiosk.speech.start()
        speech = kiosk.speech.describe(languages)
        for language in languages:
            session.set_language(language.code)
            faq = kiosk.content.content.faq.items[0].id if kiosk.content.content.faq.items else ""
            for screen in Screen:
                session.go(screen)
                if screen is Screen.FAQ and faq:
                    session.toggle_faq(faq)
                wait(300)
                frames += 1
                if _blank(kiosk.window.grabWindow()):
                    failures.append(f"{language.code}/{screen.value}: the rendered frame is blank")
                if screen is Screen.FAQ and faq:
                    session.toggle_faq(faq)
        failures += _check_take_home(kiosk)
        failures += _check_statistics(stats, Path(scratch.name) / "export")
        kiosk.close()
        del kiosk
    scratch.cleanup()
    qInstallMessageHandler(previous)
    failures += [f"Qt warning: {w}" for w in warnings]
    app.shutdown()
    took = time.monotonic() - started
    if failures:
        print(f"SELF-TEST FAILED ({len(failures)} problem(s)):", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    print(f"self-test OK: {len(languages)} language(s), {frames} screens rendered in {took:.1f} s; {speech}")
    return 0
