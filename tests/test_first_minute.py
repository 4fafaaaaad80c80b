"""A patient's first minute (issue 27): the language of the slide touched, and a way to say
"I'm finished" that leaves nothing private for the next person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.content.model import Content
from kiosk.session.choices import Language
from kiosk.session.navigation import Screen
from tests.conftest import KioskFactory, Patient
from tests.test_accessibility import ring_drawn, theme_colours

SHORT = "idle_timeout_s = 20\nidle_countdown_s = 20\nattract_delay_s = 60\n"


def _attract(p: Patient) -> None:
    p.wait_idle(60)
    p.qtbot.waitUntil(lambda: p.shows("attractLoop"))


def _show_slide_in(p: Patient, words: str) -> None:
    """The loop moves on by itself every few seconds; the test moves it on until ``words`` show."""
    loop = p.find("attractLoop")
    for step in range(len(loop.property("slides"))):
        loop.setProperty("step", step)
        p.qtbot.waitUntil(lambda step=step: loop.property("shown") == step)
        if p.find("attractTouch").property("text") == words:
            return
    raise AssertionError(f"no slide says {words!r}")


@pytest.mark.parametrize(
    ("default", "touched", "words"),
    [("en", Language.SPANISH, "Toque la pantalla para empezar"), ("es", Language.ENGLISH, "Touch the screen to start")],
)
def test_the_slide_a_patient_touches_is_the_language_the_kiosk_opens_in(
    kiosk_factory: KioskFactory, contents: dict[str, Content], default: str, touched: Language, words: str
) -> None:
    p = kiosk_factory(contents, config=SHORT + f'language = "{default}"\n')
    _attract(p)
    _show_slide_in(p, words)
    p.tap(p.find("attractMessage"))
    p.qtbot.waitUntil(lambda: not p.shows("attractLoop"))
    assert p.session.language is touched
    assert p.visible_title() == contents[touched.value].title(Screen.OVERVIEW)
    # The next patient starts in the clinic's language again.
    _attract(p)
    assert p.session.language is Language(default)


def test_a_tap_draws_no_focus_ring_and_the_keyboard_draws_one_not_red(patient: Patient) -> None:
    """After a tap, the first button of the text-size dialog has the focus (for a keyboard that
    follows) but shows no ring, so no second size looks chosen; the first Tab shows one, blue."""
    patient.tap(patient.find("displayButton"))
    patient.settle()
    first = patient.window.activeFocusItem()
    assert first is not None and first.property("focusRing") is False
    assert not ring_drawn(patient.window, first)
    QTest.keyClick(patient.window, Qt.Key.Key_Tab)
    patient.settle()
    focused = patient.window.activeFocusItem()
    assert focused.property("focusRing") is True
    assert ring_drawn(patient.window, focused)
    ring = theme_colours(False)["focusRing"]
    assert ring.hue() not in range(0, 30) and ring.hue() < 330  # not a red, orange or brown
    # A touch again: the ring goes.
    patient.tap(focused)
    patient.settle()
    assert not any(item.property("focusRing") for item in patient.items() if item.property("focusRing") is not None)
