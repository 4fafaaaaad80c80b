"""Unattended-kiosk behaviour: idle reset, attract loop, lockdown, admin access, recovery."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Content
from kiosk.files.resources import app_root
from kiosk.session.choices import TextSize
from kiosk.session.navigation import Screen
from kiosk.staff.pin import hash_pin
from tests.conftest import KioskFactory, Patient
from ui.process_guards import install_excepthook

SHORT = "idle_timeout_s = 20\nidle_countdown_s = 20\nattract_delay_s = 60\n"
PIN = "2468"


def _with_pin() -> str:
    return SHORT + f'admin_pin_hash = "{hash_pin(PIN)}"\n'


@pytest.fixture
def kiosk_short(kiosk_factory: KioskFactory, content: Content) -> Patient:
    return kiosk_factory(content, config=SHORT + 'text_size = "standard"\n')


# ---------------------------------------------------------------- idle reset
def test_countdown_appears_after_the_idle_timeout(kiosk_short: Patient) -> None:
    p = kiosk_short
    p.tap(p.nav_button("neurostimulators"))
    p.wait_idle(19)
    assert not p.shows("stillThereOverlay")
    p.wait_idle(1)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    assert p.find("stillThereTitle").property("text") == "Are you still there?"
    assert p.find("stillThereSeconds").property("text") == "20"
    p.wait_idle(2)
    assert p.find("stillThereSeconds").property("text") == "18"


def test_a_touch_dismisses_the_countdown_without_pressing_what_is_under_it(kiosk_short: Patient) -> None:
    p = kiosk_short
    p.tap(p.nav_button("neurostimulators"))
    p.wait_idle(21)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    p.tap(p.nav_button("faq"))  # the finger lands where the FAQ button is, under the overlay
    p.qtbot.waitUntil(lambda: not p.shows("stillThereOverlay"))
    assert p.session.screen is Screen.NEUROSTIMULATORS
    p.wait_idle(10)
    assert p.session.screen is Screen.NEUROSTIMULATORS  # the countdown really was cancelled


def test_expiry_resets_screen_scroll_faq_and_text_size(kiosk_short: Patient, content: Content) -> None:
    p = kiosk_short
    p.tap(p.nav_button("neurostimulators"))
    x = p.window.width() // 2
    p.drag(QPoint(x, 800), QPoint(x, 300))
    neuro = p.current_screen_item()
    assert neuro.property("contentY") > 100
    p.tap(p.nav_button("faq"))
    p.tap(p.find(f"faqQuestion_{content.faq.items[0].id}"))
    assert p.open_answers() == [content.faq.items[0].id]
    p.session.set_text_size(TextSize("extra_large"))
    p.wait_idle(20)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    p.wait_idle(20)
    p.qtbot.waitUntil(lambda: not p.shows("stillThereOverlay"))
    p.settle()
    assert p.visible_title() == content.title(Screen.OVERVIEW)
    assert p.open_answers() == []
    assert neuro.property("contentY") == 0
    assert p.find("screen_faq").property("contentY") == 0
    assert p.session.text_size is TextSize.STANDARD
    assert not p.shows("displayPanel")


# ---------------------------------------------------------------- attract loop
def test_attract_loop_appears_and_a_touch_returns_to_overview_without_activating(
    kiosk_short: Patient, content: Content
) -> None:
    p = kiosk_short
    p.tap(p.nav_button("drug_pumps"))
    p.wait_idle(60)
    loop = p.find("attractLoop")
    p.qtbot.waitUntil(loop.isVisible)
    assert p.session.screen is Screen.OVERVIEW  # already reset underneath
    first = p.find("attractMessage").property("text")
    assert first
    p.tap(p.nav_button("faq"))
    p.qtbot.waitUntil(lambda: not loop.isVisible())
    assert p.visible_title() == content.title(Screen.OVERVIEW)


def test_attract_loop_keeps_moving(kiosk_short: Patient) -> None:
    p = kiosk_short
    p.wait_idle(60)
    loop = p.find("attractLoop")
    p.qtbot.waitUntil(loop.isVisible)
    drift = loop.childItems()[1]
    start = (drift.x(), drift.y())
    p.qtbot.waitUntil(lambda: (drift.x(), drift.y()) != start, timeout=3000)


# ---------------------------------------------------------------- lockdown
BLOCKED_KEYS = [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier),
]


@pytest.fixture
def locked(kiosk_factory: KioskFactory, content: Content) -> Patient:
    p = kiosk_factory(content, config=SHORT, fullscreen=True)
    p.qtbot.waitUntil(lambda: p.window.visibility() == QWindow.Visibility.FullScreen)
    return p


@pytest.mark.parametrize("key,modifiers", BLOCKED_KEYS, ids=lambda v: getattr(v, "name", str(v)))
def test_shortcuts_do_nothing(locked: Patient, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window = locked.window
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers)
        QGuiApplication.sendEvent(window, event)
        assert event.isAccepted()  # eaten by the guard
    QApplication.processEvents()
    assert window.isVisible()
    assert window.visibility() == QWindow.Visibility.FullScreen


def test_close_requests_are_ignored(locked: Patient) -> None:
    window = locked.window
    window.close()
    QGuiApplication.sendEvent(window, QCloseEvent())
    QApplication.processEvents()
    assert window.isVisible()
    assert window.visibility() == QWindow.Visibility.FullScreen


def test_full_screen_is_restored_if_something_takes_it_away(locked: Patient) -> None:
    window = locked.window
    window.showNormal()
    locked.qtbot.waitUntil(lambda: window.visibility() == QWindow.Visibility.FullScreen, timeout=3000)


def test_window_is_frameless_and_on_top(locked: Patient) -> None:
    flags = locked.window.flags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint


def test_cursor_hidden_when_configured(locked: Patient) -> None:
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    QGuiApplication.restoreOverrideCursor()


# ---------------------------------------------------------------- admin access
def _open_keypad(p: Patient) -> None:
    logo = p.find("logo")
    for _ in range(5):
        p.tap(logo)
    p.qtbot.waitUntil(lambda: p.shows("pinKeypad"))


def _enter(p: Patient, pin: str) -> None:
    for digit in pin:
        p.tap(p.find(f"pinKey_{digit}"))
    p.tap(p.find("pinKey_ok"))


def test_no_pin_configured_refuses_admin_and_logs_how(kiosk_short: Patient, caplog: pytest.LogCaptureFixture) -> None:
    logo = kiosk_short.find("logo")
    for _ in range(5):
        kiosk_short.tap(logo)
    assert not kiosk_short.shows("pinKeypad")
    assert "--set-admin-pin" in caplog.text


def test_four_taps_do_not_open_the_keypad(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, config=_with_pin())
    for _ in range(4):
        p.tap(p.find("logo"))
    assert not p.shows("pinKeypad")


def test_five_wrong_pins_lock_the_keypad(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, config=_with_pin())
    _open_keypad(p)
    for _ in range(4):
        _enter(p, "1111")
        assert "Wrong PIN" in p.find("pinMessage").property("text")
    _enter(p, "1111")
    assert "Too many wrong PINs" in p.find("pinMessage").property("text")
    assert not p.find("pinKey_ok").property("enabled")
    p.kiosk.staff.submitPin(PIN)  # even the right PIN is refused while locked
    assert not p.shows("adminPanel")


def test_right_pin_opens_the_panel_and_exit_really_exits(
    kiosk_factory: KioskFactory, content: Content, qapp: QApplication
) -> None:
    p = kiosk_factory(content, config=_with_pin())
    _open_keypad(p)
    _enter(p, PIN)
    p.qtbot.waitUntil(lambda: p.shows("adminPanel"))
    info = "\n".join(p.kiosk.staff.info)
    assert "App version" in info and "Content version" in info and "Uptime" in info
    p.tap(p.find("adminExit"))  # asks first (tests/test_staff_access.py)
    QTimer.singleShot(0, lambda: p.tap(p.find("adminExitNow")))
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: qapp.exit(99))
    watchdog.start(10_000)
    assert qapp.exec() == 0
    watchdog.stop()
    assert p.kiosk.guard.allow_close


def test_admin_reload_content(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, config=_with_pin())
    _open_keypad(p)
    _enter(p, PIN)
    p.tap(p.find("adminReload"))
    assert "reloaded" in p.find("adminMessage").property("text")
    p.tap(p.find("adminClose"))
    assert not p.shows("adminPanel")


# ---------------------------------------------------------------- recovery
@pytest.mark.qt_no_exception_capture
@pytest.mark.qt_log_ignore("simulated fault in a handler")
def test_an_exception_in_a_handler_is_logged_and_the_ui_returns_home(
    kiosk_short: Patient, content: Content, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = kiosk_short
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(p.kiosk.recover)
    p.tap(p.nav_button("drug_pumps"))

    def broken(_faq_id: str) -> None:
        raise RuntimeError("simulated fault in a handler")

    monkeypatch.setattr(p.session, "toggle_faq", broken)
    p.tap(p.nav_button("faq"))
    with caplog.at_level(logging.ERROR):
        p.tap(p.find(f"faqQuestion_{content.faq.items[0].id}"))
        p.qtbot.waitUntil(lambda: p.session.screen is Screen.OVERVIEW)
    assert "simulated fault in a handler" in caplog.text
    assert "unexpected error" in caplog.text
    p.settle()
    assert p.visible_title() == content.title(Screen.OVERVIEW)


# ---------------------------------------------------------------- processes
def _start(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    return subprocess.Popen(
        [sys.executable, str(app_root() / "main.py"), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_for_log(path: Path, text: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in (content := path.read_text(encoding="utf-8")):
            return content
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared in {path}")


def test_second_instance_says_so_and_exits(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'log_dir = "{tmp_path / "logs"}"\n', encoding="utf-8")
    first = _start(tmp_path, "--config", str(config))
    try:
        _wait_for_log(tmp_path / "logs" / "kiosk.log", "started")
        second = _start(tmp_path, "--config", str(config))
        out, _ = second.communicate(timeout=30)
        assert second.returncode == 3
        assert "Another kiosk is already running" in out
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=15)
    assert first.returncode == 0


def test_broken_config_is_reported_and_the_kiosk_still_starts(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'log_dir = "{tmp_path / "logs"}"\nidle_timeout_s = "soon"\nvolume = 11\n', encoding="utf-8")
    kiosk = _start(tmp_path, "--config", str(config))
    try:
        log = _wait_for_log(tmp_path / "logs" / "kiosk.log", "started")
    finally:
        kiosk.send_signal(signal.SIGTERM)
        kiosk.communicate(timeout=15)
    assert f"{config}:2: idle_timeout_s: expected a whole number" in log
    assert f"{config}:3: volume: unknown key" in log
    assert kiosk.returncode == 0
    heartbeat = tmp_path / "pain-therapy-kiosk" / "heartbeat.json"  # on the runtime tmpfs (XDG_RUNTIME_DIR)
    assert heartbeat.exists() and '"screen": "overview"' in heartbeat.read_text(encoding="utf-8")


def test_weeks_of_use_do_not_drain_references_to_none_or_true(kiosk_short: Patient) -> None:
    """PySide6 6.12.0 on Python 3.11 took a reference from None on every void call and from True
    on every emit(), until the interpreter aborted; pyproject excludes it, and this catches any
    binding that does the same again."""
    p = kiosk_short
    before = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(300):
        # Through the slots QML calls, and the signals they emit back.
        p.kiosk.navigation.go((3, 0, 4, 5)[i % 4])
        p.kiosk.content.toggleFaq(p.content.faq.items[0].id)
        p.kiosk.display.setHighContrast(i % 2 == 0)
        p.kiosk.my_questions.toggle(f"faq:{p.content.faq.items[1].id}")
    QApplication.processEvents()
    assert sys.getrefcount(True) >= before[0] - 50
    assert sys.getrefcount(None) >= before[1] - 50
