"""Enough time (WCAG 2.2.1): the countdown lasts at least 20 s, tells a screen reader how long is
left, and "I need more time" doubles the timeout for the rest of that patient's visit; a patient
using a screen reader is seen to be there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtTest import QTest

from kiosk.content.model import Content
from kiosk.session.idle import Event, IdleTimer, Phase
from kiosk.session.navigation import Screen
from kiosk.settings.config import parse_config
from tests.conftest import KioskFactory
from tests.test_session import new_session

IDLE = "idle_timeout_s = 60\nidle_countdown_s = 20\nattract_delay_s = 300\n"


def test_the_countdown_is_at_least_20_seconds() -> None:
    config, problems = parse_config("idle_countdown_s = 10\n", "k.toml")
    assert config.idle_countdown_s == 20
    assert [p.key for p in problems] == ["idle_countdown_s"]
    assert parse_config("", "k.toml")[0].idle_countdown_s == 20


def test_more_time_doubles_the_timeout_until_the_next_reset() -> None:
    idle = IdleTimer(timeout_s=60, countdown_s=20, attract_delay_s=90)
    idle.touch(0)
    idle.more_time = True
    assert idle.tick(119) == [] and idle.phase is Phase.ACTIVE
    assert idle.tick(120) == [Event.COUNTDOWN_STARTED]
    assert idle.seconds_left() == 20
    # The attract loop waits for the doubled countdown too (90 s would have cut it short).
    assert idle.tick(139) == []
    assert Event.RESET in idle.tick(140)
    session = new_session()
    session.touch(0)
    session.more_time(1)
    assert session.idle.patience_s == 120
    session.reset()
    assert session.idle.patience_s == 60


def test_i_need_more_time(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, config=IDLE)
    p.tap(p.nav_button("drug_pumps"))
    p.wait_idle(60)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    p.tap(p.find("moreTime"))
    p.qtbot.waitUntil(lambda: not p.shows("stillThereOverlay"))
    p.wait_idle(119)
    assert not p.shows("stillThereOverlay")
    assert p.session.screen is Screen.DRUG_PUMPS
    p.wait_idle(1)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    p.wait_idle(20)  # nobody there after all: the next patient starts with the usual timeout
    p.qtbot.waitUntil(lambda: not p.shows("stillThereOverlay"))
    assert p.session.screen is Screen.OVERVIEW
    p.tap(p.nav_button("faq"))
    p.wait_idle(60)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))


def test_the_countdown_tells_a_screen_reader_and_takes_enter_for_more_time(
    kiosk_factory: KioskFactory, content: Content
) -> None:
    p = kiosk_factory(content, config=IDLE)
    p.tap(p.nav_button("faq"))
    p.window.requestActivate()
    p.wait_idle(60)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    card = p.find("stillThereOverlayCard")
    face = QAccessible.queryAccessibleInterface(card)
    assert face.role() == QAccessible.Role.Dialog
    assert face.text(QAccessible.Text.Name) == "Are you still there?"
    assert face.text(QAccessible.Text.Description) == "20 seconds left"
    p.wait_idle(5)
    assert face.text(QAccessible.Text.Description) == "15 seconds left"
    p.qtbot.waitUntil(lambda: p.window.activeFocusItem().objectName() == "moreTime")
    QTest.keyClick(p.window, Qt.Key.Key_Return)
    p.qtbot.waitUntil(lambda: not p.shows("stillThereOverlay"))
    assert p.session.idle.patience_s == 120
    assert p.session.screen is Screen.FAQ


class ScreenReaderKeys(QObject):
    """What Qt's accessibility bridge does once a screen reader listens: it filters every key
    press at the application and keeps those the screen reader takes (here: all of them, as
    Orca's reading commands are)."""

    def __init__(self) -> None:
        super().__init__()
        self.taken = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and event.spontaneous():
            self.taken += 1
            return True
        return False


def test_a_screen_reader_users_keys_and_actions_count_as_being_there(
    kiosk_factory: KioskFactory, content: Content
) -> None:
    p = kiosk_factory(content, config="idle_timeout_s = 20\nidle_countdown_s = 20\nattract_delay_s = 300\n")
    app = QCoreApplication.instance()
    assert app is not None
    reader = ScreenReaderKeys()
    p.kiosk.idle.screen_reader_on = lambda: True  # (QAccessible.isActive(): the bridge is on)
    try:
        p.kiosk.idle.tick()  # the kiosk already runs when the screen reader starts listening
        app.installEventFilter(reader)
        p.tap(p.nav_button("faq"))
        for _ in range(3):
            p.wait_idle(15)
            assert not p.shows("stillThereOverlay")
            QTest.keyClick(p.window, Qt.Key.Key_Down)  # reading on, with keys the screen reader keeps
        assert reader.taken
        p.wait_idle(15)
        assert not p.shows("stillThereOverlay")
        # An action through the accessibility tree (a screen reader's "activate", a switch
        # program) is no input event at all.
        tab = QAccessible.queryAccessibleInterface(p.nav_button("drug_pumps"))
        tab.actionInterface().doAction(QAccessibleActionInterface.pressAction())
        assert p.session.screen is Screen.DRUG_PUMPS
        p.wait_idle(15)
        assert not p.shows("stillThereOverlay")
        p.wait_idle(5)
        p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    finally:
        app.removeEventFilter(reader)
        app.removeEventFilter(p.kiosk.idle)
