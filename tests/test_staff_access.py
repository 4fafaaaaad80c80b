"""Staff access that closes itself and lets nothing through: the PIN keypad is modal to touch and
mouse and fits every screen at every text size; the keypad and the staff panel close at the idle
reset and after their own timeout; leaving the kiosk asks first."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content.model import Content
from kiosk.session.choices import TextSize
from kiosk.session.navigation import Screen
from kiosk.session.state import StaffAccess
from kiosk.staff.pin import hash_pin
from tests.conftest import KioskFactory, Patient
from tests.test_kiosk_behaviour import PIN, _enter, _open_keypad, _with_pin


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
    p.kiosk.staff.set_message("Too many wrong PINs. Try again in 60 s.")  # the longest message, shown
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


# ---------------------------------------------------------------- closing by itself
def _pin_line() -> str:
    return f'admin_pin_hash = "{hash_pin(PIN)}"\n'


SHORT_IDLE = "idle_timeout_s = 20\nidle_countdown_s = 20\nattract_delay_s = 60\n"


def _open_panel(p: Patient) -> None:
    _open_keypad(p)
    _enter(p, PIN)
    p.qtbot.waitUntil(lambda: p.shows("adminPanel"))


@pytest.mark.parametrize("staff_screen", ["pinKeypad", "adminPanel"])
def test_the_idle_reset_closes_the_keypad_and_the_panel(
    kiosk_factory: KioskFactory, content: Content, staff_screen: str
) -> None:
    p = kiosk_factory(content, config=SHORT_IDLE + _pin_line())
    if staff_screen == "pinKeypad":
        _open_keypad(p)
    else:
        _open_panel(p)
    p.wait_idle(20)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    assert p.shows(staff_screen)  # staff is warned first, like a patient
    p.wait_idle(20)
    p.qtbot.waitUntil(lambda: not p.shows(staff_screen))
    assert p.session.staff is StaffAccess.NONE
    assert p.session.screen is Screen.OVERVIEW


def test_the_staff_panel_closes_after_its_own_timeout_without_a_touch(
    kiosk_factory: KioskFactory, content: Content
) -> None:
    p = kiosk_factory(
        content, config="idle_timeout_s = 600\nattract_delay_s = 900\nstaff_timeout_s = 60\n" + _pin_line()
    )
    _open_panel(p)
    p.wait_idle(59)
    assert p.shows("adminPanel")
    p.tap(p.find("usageDays30"))  # staff still at work: the minute starts again
    p.wait_idle(59)
    assert p.shows("adminPanel")
    p.wait_idle(1)
    p.qtbot.waitUntil(lambda: not p.shows("adminPanel"))
    assert p.session.staff is StaffAccess.NONE
    assert not p.shows("stillThereOverlay")


def test_the_staff_timeout_is_two_minutes_unless_configured(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, config="idle_timeout_s = 600\nattract_delay_s = 900\n" + _pin_line())
    _open_keypad(p)
    p.wait_idle(119)
    assert p.shows("pinKeypad")
    p.wait_idle(1)
    p.qtbot.waitUntil(lambda: not p.shows("pinKeypad"))


# ---------------------------------------------------------------- leaving asks first
def test_exit_kiosk_asks_first_and_stay_keeps_the_kiosk(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, config=_with_pin())
    exits: list[bool] = []
    p.kiosk.staff.exitRequested.connect(lambda: exits.append(True))
    _open_panel(p)
    p.kiosk.staff.exitKiosk()  # what "Exit now" calls, before anyone asked: nothing
    p.tap(p.find("adminExit"))
    assert p.shows("adminExitConfirm")
    assert "desktop" in p.find("adminExitConfirm").childItems()[0].childItems()[0].property("text")
    p.tap(p.find("adminExitCancel"))
    assert not p.shows("adminExitConfirm")
    p.kiosk.staff.exitKiosk()
    assert exits == []
    assert p.shows("adminPanel")


def test_a_pending_exit_does_not_outlive_the_panel(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, config=_with_pin())
    _open_panel(p)
    p.tap(p.find("adminExit"))
    p.tap(p.find("adminClose"))
    _open_panel(p)
    assert not p.shows("adminExitConfirm")
    assert not p.kiosk.staff.property("confirmingExit")


# ---------------------------------------------------------------- wrong PINs
def test_a_keypad_locked_by_wrong_pins_stays_locked_after_a_restart(
    kiosk_factory: KioskFactory, content: Content, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    p = kiosk_factory(content, config=_with_pin())
    _open_keypad(p)
    for _ in range(4):
        _enter(p, "111111")
        assert p.find("pinMessage").property("text") == "Wrong PIN. Please try again."
    _enter(p, "111111")
    assert p.find("pinMessage").property("text") == "Too many wrong PINs. Try again in 60 s."
    assert "admin keypad locked for 60 s after 5 wrong PINs" in caplog.text

    restarted = kiosk_factory(content, config=_with_pin())  # a new kiosk on the same state folder
    _open_keypad(restarted)
    assert "Too many wrong PINs" in restarted.find("pinMessage").property("text")
    assert not restarted.find("pinKey_ok").property("enabled")
    _enter(restarted, PIN)
    assert not restarted.shows("adminPanel")
    assert "admin keypad locked for another" in caplog.text


def test_a_long_lockout_counts_down_in_minutes(kiosk_factory: KioskFactory, content: Content, tmp_path: Path) -> None:
    state = tmp_path / "kiosk-state" / "admin-pin-lockout.json"  # where kiosk_factory keeps it
    state.parent.mkdir()
    lockout = {"failures": 0, "lockouts": 3, "locked_until": time.time() + 230, "last_failure": time.time()}
    state.write_text(json.dumps(lockout), encoding="utf-8")
    p = kiosk_factory(content, config=_with_pin())
    _open_keypad(p)
    assert p.find("pinMessage").property("text") == "Too many wrong PINs. Try again in 4 min."


# ---------------------------------------------------------------- a keypad that holds still
def _keypad_layout(p: Patient) -> list[tuple[str, QRectF]]:
    p.frame()
    names = [f"pinKey_{k}" for k in ("1", "5", "9", "clear", "0", "ok")] + ["pinCancel", "pinKeypadCard"]
    return [(n, p.find(n).mapRectToScene(p.find(n).boundingRect())) for n in names]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_keypad_does_not_move_when_digits_or_a_message_appear(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: tuple[int, int]
) -> None:
    """A finger aimed at a key must find it where it was: neither the dots of a PIN being typed
    nor a wrong-PIN or lockout message (the longest, in either language) moves a key or the card."""
    p = kiosk_factory(contents, size=size, config=_with_pin())
    _open_keypad(p)
    staff = p.kiosk.staff
    for where in p.each_language_and_text_size():
        staff.set_message("")
        p.tap(p.find("pinKey_clear"))
        still = _keypad_layout(p)
        p.tap(p.find("pinKey_1"))
        p.tap(p.find("pinKey_2"))
        assert _keypad_layout(p) == still, f"{where}: the keypad moved when digits were typed"
        if p.session.text_size is TextSize.STANDARD:  # a wrong PIN, as staff would (five lock the keypad)
            p.tap(p.find("pinKey_ok"))
            assert p.find("pinMessage").property("text") == staff.tr("Wrong PIN. Please try again.")
            assert _keypad_layout(p) == still, f"{where}: the keypad moved for a wrong PIN"
        for message in (
            staff.tr("Too many wrong PINs. Try again in %n s.", "", 60),
            staff.tr("Too many wrong PINs. Try again in %n min.", "", 60),
        ):
            staff.set_message(message)
            assert _keypad_layout(p) == still, f"{where}: the keypad moved for {message!r}"
