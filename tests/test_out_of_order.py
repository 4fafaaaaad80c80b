"""The calm screen a start-up crash loop shows instead of the desktop (ui/out_of_order.py): both
languages, plain words, nothing to press, no way to close it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.out_of_order import clinic_contact, load_window


def test_the_staff_screen_asks_for_staff_in_both_languages_and_cannot_be_closed(
    app: QApplication, qtbot: QtBot
) -> None:
    engine = QQmlApplicationEngine()
    window = load_window(engine)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(200)
    texts = {item.objectName(): item for item in window.findChildren(QQuickItem) if item.objectName()}
    english, spanish = texts["english"].property("text"), texts["spanish"].property("text")
    assert "Please ask our staff" in english
    assert "pida ayuda a nuestro personal" in spanish
    for item in (texts["english"], texts["spanish"]):
        top_left = item.mapToScene(item.boundingRect().topLeft())
        assert top_left.x() >= 0 and item.width() <= window.width()
        assert top_left.y() >= 0 and top_left.y() + item.height() <= window.height()
    assert window.flags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.flags() & Qt.WindowType.FramelessWindowHint
    event = QCloseEvent()
    QGuiApplication.sendEvent(window, event)
    assert window.isVisible()
    image = window.grabWindow()
    assert image.width() == 1366
    window.hide()
    del engine


@pytest.mark.parametrize("configured", [True, False])
def test_the_staff_screen_names_the_clinic_and_its_phone_when_they_are_set(
    app: QApplication, qtbot: QtBot, tmp_path: Path, configured: bool
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('clinic_name = "Valley Pain Clinic"\nclinic_phone = "(555) 010-2030"\n' if configured else "")
    engine = QQmlApplicationEngine()
    window = load_window(engine, clinic_contact(config))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    [contact] = [item for item in window.findChildren(QQuickItem) if item.objectName() == "clinicContact"]
    assert contact.isVisible() is configured
    if configured:
        assert contact.property("text") == "Valley Pain Clinic · (555) 010-2030"
        top = contact.mapToScene(contact.boundingRect().topLeft()).y()
        assert top + contact.height() <= window.height()
    window.hide()
    del engine


def test_the_staff_screen_comes_up_whatever_is_wrong_with_the_config(tmp_path: Path) -> None:
    broken = tmp_path / "kiosk.toml"
    broken.write_bytes(b"\xff\xfe not toml [[[")
    assert clinic_contact(broken) == ("", "")
    assert clinic_contact(tmp_path / "missing.toml") == ("", "")
    bad = tmp_path / "bad.toml"
    bad.write_text('clinic_name = "Valley Pain Clinic"\nclinic_phone = "<a href=x>call</a>"\n')
    assert clinic_contact(bad) == ("Valley Pain Clinic", "")  # a wrong phone is left out, not shown
