"""``--screenshots``: every screen rendered to PNG without a display, for review and docs."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.choices import Language, TextSize
from kiosk.library import ContentLibrary
from kiosk.navigation import MAIN_SCREENS, Screen
from ui.app import Kiosk, WindowOptions, create_application, wait


def take_screenshots(kiosk: Kiosk, outdir: Path) -> list[Path]:
    """Every screen, the FAQ with its first answer open, and References, as PNG files."""
    outdir.mkdir(parents=True, exist_ok=True)
    session = kiosk.session
    shots: list[tuple[str, Screen, bool]] = [(s.value, s, False) for s in MAIN_SCREENS]
    shots += [("faq_open", Screen.FAQ, True), ("references", Screen.REFERENCES, False)]
    written = []
    first_faq = kiosk.content.content.faq.items[0].id if kiosk.content.content.faq.items else ""
    for i, (name, screen, open_first) in enumerate(shots, start=1):
        session.go(screen)
        if open_first and first_faq:
            session.toggle_faq(first_faq)
        wait(600)  # transitions and asynchronous images settle
        image = kiosk.window.grabWindow()
        path = outdir / f"{i:02d}-{name}.png"
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
        if open_first and first_faq:
            session.toggle_faq(first_faq)
    return written


def take_every_choice(kiosk: Kiosk, outdir: Path) -> list[Path]:
    """Every screen in every language the content has and at every text size, one folder each
    (``es-extra_large/``): what a reviewer opens before calling a layout done."""
    session = kiosk.session
    written = []
    for language in Language:
        if language not in session.defaults.languages:
            continue
        session.set_language(language)
        for size in TextSize:
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
