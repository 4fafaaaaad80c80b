"""A short soak in every test run: hundreds of navigations by touch, idle resets, language and
text-size switches. Fails on a crash, an exception, a QML warning (pytest-qt turns those into
failures), or growth of live Python objects, QObjects or Qt Quick items after warm-up."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from kiosk.content.model import Content
from kiosk.content.reader import load_content
from kiosk.files.resources import content_root
from kiosk.session.choices import TextSize
from kiosk.session.navigation import MAIN_SCREENS
from tests.conftest import KioskFactory, Patient

NAVIGATIONS = 500
RESETS = 50


def _rounds(p: Patient, count: int) -> None:
    screens = [s.value for s in MAIN_SCREENS]
    for i in range(count):
        p.tap(p.nav_button(screens[i % len(screens)]))
        if i % 10 == 0:
            p.tap(p.find("languageButton"))
        if i % 7 == 0:
            p.session.set_text_size(list(TextSize)[i % 3])
        if i % 25 == 0:
            p.toggle_faq(i % 5)
            p.kiosk.my_questions.toggle(f"faq:{p.content.faq.items[i % 5].id}")
        if i % (NAVIGATIONS // RESETS) == 0:
            p.wait_idle(90)
            p.wait_idle(20)  # the countdown: 20 s


def _live() -> tuple[int, int, int]:
    gc.collect()
    return len(gc.get_objects()), sys.getrefcount(None), sys.getrefcount(True)


@pytest.mark.slow
def test_soak_navigations_resets_and_switches(
    kiosk_factory: KioskFactory, content: Content, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    # One INFO line per screen change is right for a kiosk's log file, but pytest keeps every
    # captured record in memory, which would read as growth here.
    caplog.set_level(logging.WARNING)
    contents = {"en": content, "es": load_content(content_root() / "es")}
    # Statistics on, as in a clinic: recording must not grow either.
    p = kiosk_factory(contents, config="reduce_motion = true\n", stats_path=tmp_path / "usage.sqlite3")
    _rounds(p, 60)  # warm-up: caches, delegates, translations
    qobjects = len(p.kiosk.findChildren(QObject))  # e.g. a translator made per switch, kept by its parent
    objects, _, _ = _live()
    items = sum(1 for _ in p.items())
    _rounds(p, NAVIGATIONS)
    after_objects, _, _ = _live()
    after_items = sum(1 for _ in p.items())
    after_qobjects = len(p.kiosk.findChildren(QObject))
    assert after_qobjects - qobjects <= 5, f"QObjects under the kiosk grew from {qobjects} to {after_qobjects}"
    assert after_items - items <= 20, f"Qt Quick items grew from {items} to {after_items}"
    assert after_objects - objects <= 500, f"Python objects grew from {objects} to {after_objects}"
    stats = p.kiosk.usage.stats
    stats.flush()
    assert stats.row_counts()["sessions"] >= RESETS  # every patient between resets was recorded
