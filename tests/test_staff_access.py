"""Staff access that closes itself and lets nothing through: the PIN keypad is modal to touch and
mouse and fits every screen at every text size; the keypad and the staff panel close at the idle
reset and after their own timeout; leaving the kiosk asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.choices import TextSize
from kiosk.content import Content
from kiosk.navigation import Screen
from kiosk.session import StaffAccess
from tests.conftest import KioskFactory, Patient
from tests.test_kiosk_behaviour import _open_keypad, _with_pin


def _patient_state(p: Patient) -> tuple[object, ...]:
    """What a patient's press can change: none of it may change while staff has the screen."""
    s = p.session
    return (
        s.screen,
        s.navigator.layer,
        s.text_size,
        s.high_contrast,
        s.language,
        s.open_faq,
        s.glossary_term,
        s.saved_questions,
        s.take_home,
        p.kiosk.speech.property("speaking"),
    )


PATIENT_CONTROLS = ("nav_", "textSize_", "contrastButton", "languageButton", "listenButton", "myQuestionsButton",
                    "referencesButton", "faqQuestion_")  # fmt: skip


def _patient_controls(p: Patient) -> list[QQuickItem]:
    return [i for i in p.items() if i.objectName().startswith(PATIENT_CONTROLS) and p.on_screen(i)]


def _click(p: Patient, point: QPoint) -> None:
    QTest.mouseClick(p.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.qWait(30)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("screen", [Screen.OVERVIEW, Screen.FAQ])
def test_no_press_on_the_keypad_reaches_what_is_under_it(
    kiosk_factory: KioskFactory, content: Content, size: tuple[int, int], screen: Screen
) -> None:
    p = kiosk_factory(content, size=size, config=_with_pin())
    p.session.go(screen)
    p.settle()
    targets = [p.center_of(item) for item in _patient_controls(p)]
    _open_keypad(p)
    keys = [p.center_of(p.find(f"pinKey_{k}")) for k in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0"]]
    before = _patient_state(p)
    for point in targets + keys:
        for how, press in (("touch", p.tap_at), ("mouse", lambda at: _click(p, at))):
            if not p.shows("pinKeypad"):  # that was Cancel
                _open_keypad(p)
            press(point)
            assert _patient_state(p) == before, f"a {how} press at {point} reached the screen under the keypad"


def test_escape_closes_the_keypad_and_presses_nothing_under_it(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, config=_with_pin())
    _open_keypad(p)
    before = _patient_state(p)
    QTest.keyClick(p.window, Qt.Key.Key_Escape)
    p.qtbot.waitUntil(lambda: not p.shows("pinKeypad"))
    assert p.session.staff is StaffAccess.NONE
    assert _patient_state(p) == before


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("text_size", list(TextSize), ids=lambda t: t.value)
def test_the_keypad_fits_on_screen(
    kiosk_factory: KioskFactory, content: Content, size: tuple[int, int], text_size: TextSize
) -> None:
    p = kiosk_factory(content, size=size, config=_with_pin())
    p.session.set_text_size(text_size)
    _open_keypad(p)
    p.kiosk.staff.set_message("Too many wrong PINs. Try again in 60 seconds.")  # the longest message, shown
    p.frame()
    window = QRectF(0, 0, p.window.width(), p.window.height())
    card = p.find("pinKeypadCard")
    card_rect = card.mapRectToScene(card.boundingRect())
    assert _inside(card_rect, window), card_rect
    parts = [p.find(f"pinKey_{k}") for k in ["1", "5", "9", "clear", "0", "ok"]]
    parts += [p.find("pinCancel"), p.find("pinDots"), p.find("pinMessage")]
    for part in parts:
        rect = part.mapRectToScene(part.boundingRect())
        assert _inside(rect, card_rect), (part.objectName(), rect, card_rect)
    for key in parts[:7]:
        assert key.height() >= 88 and key.width() >= 88, key.objectName()
        assert key.property("implicitWidth") <= key.width() + 0.5, key.objectName()  # the label is not cut
    message = p.find("pinMessage")
    assert message.property("contentHeight") <= message.height() + 0.5
