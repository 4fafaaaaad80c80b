"""``--screenshots``: every screen rendered to PNG without a display, for review and docs."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.content.library import ContentLibrary
from kiosk.content.take_home import saveable_questions
from kiosk.session.choices import Language, TextSize
from kiosk.session.navigation import MAIN_SCREENS, Screen
from ui.app import Kiosk, WindowOptions, create_application, wait


def take_screenshots(kiosk: Kiosk, outdir: Path) -> list[Path]:
    """Every screen, the FAQ with its first answer open, References, Compare the two (at its top
    and scrolled halfway), My list with questions of
    two topics and then its take-home code, a definition, the display panel, "Are you still
    there?" and the attract loop, as PNG files. The attract loop ends with the session reset."""
    outdir.mkdir(parents=True, exist_ok=True)
    session = kiosk.session
    content = kiosk.content.content
    written: list[Path] = []

    def shoot(name: str) -> None:
        wait(600)  # transitions and asynchronous images settle
        path = outdir / f"{len(written) + 1:02d}-{name}.png"
        if not kiosk.window.grabWindow().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    for screen in MAIN_SCREENS:
        session.go(screen)
        shoot(screen.value)
    if content.faq.items:
        session.toggle_faq(content.faq.items[0].id)
        shoot("faq_open")
        session.toggle_faq(content.faq.items[0].id)
    session.go(Screen.REFERENCES)
    shoot("references")
    if content.compare.rows:
        session.go(Screen.COMPARE)
        shoot("compare")
        # Scrolled to the middle of the table: its column headings stay pinned at the top.
        page = kiosk.window.findChild(QObject, "screen_compare")
        if page is not None:
            page.setProperty("contentY", (page.property("contentHeight") - page.property("height")) / 2)
            shoot("compare_scrolled")

    questions = list(saveable_questions(content))
    session.set_saved([*questions[:2], *questions[-1:]])
    session.go(Screen.MY_QUESTIONS)
    shoot("my_questions")
    kiosk.my_questions.showQuestionCodes()
    shoot("my_questions_codes")
    session.hide_take_home()
    session.set_saved(())

    session.go(Screen.DRUG_PUMPS)
    if content.glossary.items:
        session.open_glossary(content.glossary.items[0].id)
        shoot("definition")
        session.close_glossary()
    session.show_display_panel(True)
    shoot("display_panel")
    session.show_display_panel(False)

    # The countdown and the attract loop: a touch dated back so that the kiosk's own idle clock
    # finds them due at its next tick.
    session.touch(time.monotonic() - session.idle.patience_s - 1)
    kiosk.idle.tick()
    shoot("still_there")
    session.touch(time.monotonic() - session.idle.attract_after_s - 1)
    kiosk.idle.tick()  # the countdown runs out, the session is reset, the attract loop starts
    shoot("attract")
    session.touch(time.monotonic())
    kiosk.idle.dismissOverlay()
    return written


def take_every_choice(kiosk: Kiosk, outdir: Path) -> list[Path]:
    """Every screen in every language the content has and at every text size, one folder each
    (``es-extra_large/``): what a reviewer opens before calling a layout done."""
    session = kiosk.session
    written = []
    for language in Language:
        if language not in session.defaults.languages:
            continue
        for size in TextSize:
            session.set_language(language)
            session.set_text_size(size)
            written += take_screenshots(kiosk, outdir / f"{language.value}-{size.value}")
    return written


def run_screenshots(content_dir: Path | None, outdir: Path, size: tuple[int, int], every_choice: bool = False) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    kiosk = Kiosk(ContentLibrary(content_dir))
    kiosk.show(WindowOptions(fullscreen=False, size=size))
    for _ in range(100):  # every screen is built just after the first frame: shoot them whole
        wait(100)
        if kiosk.window.property("ready"):
            break
    for path in (take_every_choice if every_choice else take_screenshots)(kiosk, outdir):
        print(path)
    kiosk.close()
    del kiosk
    app.shutdown()
    return 0
