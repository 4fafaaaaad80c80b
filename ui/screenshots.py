"""``--screenshots``: every screen rendered to PNG without a display, for review and docs."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QPointF
from PySide6.QtQuick import QQuickItem

from kiosk.content.library import ContentLibrary
from kiosk.content.take_home import saveable_questions
from kiosk.session.choices import TextSize
from kiosk.session.navigation import MAIN_SCREENS, Screen
from ui.app import Kiosk, WindowOptions, create_application, wait


def take_screenshots(kiosk: Kiosk, outdir: Path) -> list[Path]:
    """Every screen, the FAQ with its first answer open, References, Compare the two (at its top
    and scrolled halfway), My list with questions of two topics and then its take-home code, a
    definition, the display panel, a frame of each "How it works" animation, "Are you still
    there?" and the attract loop, as PNG files. The attract loop ends with the session reset, so
    it comes last."""
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

    # A frame of each "How it works" animation, paused in its third step (or still, with every
    # caption, under reduced motion), scrolled to the top of its screen;
    # before the attract loop, whose reset takes the language and text size back to the defaults.
    for screen, (step, elapsed_ms) in MOTION_FRAMES.items():
        session.go(screen)
        wait(300)
        motion = _find(kiosk.window.contentItem(), f"howItWorks_{screen.value}")
        if motion is None:
            continue
        motion.setProperty("step", min(step, len(motion.property("steps")) - 1))
        motion.setProperty("stepElapsed", elapsed_ms)
        motion.setProperty("userPaused", True)
        _scroll_to(motion)
        shoot(f"{screen.value}_motion")
        motion.setProperty("userPaused", False)
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

    session.go(Screen.OVERVIEW)
    return written


#: The step of each animation a screenshot shows, and how far into it (ms): the pulses changing
#: the pain signal; the pill's medicine spreading through the blood.
MOTION_FRAMES = {Screen.NEUROSTIMULATORS: (2, 2400), Screen.DRUG_PUMPS: (1, 4400)}


def _find(item: QQuickItem, name: str) -> QQuickItem | None:
    stack = [item]
    while stack:
        here = stack.pop()
        if here.objectName() == name:
            return here
        stack.extend(here.childItems())
    return None


def _scroll_to(item: QQuickItem) -> None:
    """The screen that ``item`` is on, scrolled so that it stands near the top of the view."""
    flick = item.parentItem()
    while flick is not None and not flick.objectName().startswith("screen_"):
        flick = flick.parentItem()
    if flick is None:
        return
    y = item.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
    room = flick.property("contentHeight") - flick.height()
    flick.setProperty("contentY", max(0.0, min(y - 60, room)))


def take_every_choice(kiosk: Kiosk, outdir: Path) -> list[Path]:
    """Every screen in every language the content has and at every text size, one folder each
    (``es-extra_large/``): what a reviewer opens before calling a layout done."""
    session = kiosk.session
    written = []
    for language in session.defaults.languages:
        for size in TextSize:
            session.set_language(language.code)
            session.set_text_size(size)
            written += take_screenshots(kiosk, outdir / f"{language.code}-{size.value}")
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
