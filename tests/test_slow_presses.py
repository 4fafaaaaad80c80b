"""Older patients press slowly: a press held still activates on release on every kind of control
(Qt's TapHandler gives up after 0.8 s unless told otherwise); only a move past the drag threshold
cancels it, and then the page scrolls. Real touch events, held in real time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from kiosk.content.model import Content
from kiosk.session.choices import TextSize
from kiosk.session.navigation import Screen
from tests.conftest import Patient


@pytest.mark.parametrize("seconds", [0.8, 2.0, 3.0])
def test_a_press_held_still_activates_every_kind_of_control(patient: Patient, content: Content, seconds: float) -> None:
    patient.hold(patient.nav_button("faq"), seconds)
    assert patient.visible_title() == content.title(Screen.FAQ)

    first = content.faq.items[0].id
    patient.hold(patient.find(f"faqQuestion_{first}"), seconds)
    assert patient.open_answers() == [first]

    patient.hold(patient.find("displayButton"), seconds)
    patient.qtbot.waitUntil(lambda: patient.shows("displayPanel"))
    patient.hold(patient.find("textSize_large"), seconds)
    assert patient.session.text_size is TextSize.LARGE


def test_a_finger_that_wobbles_within_the_drag_threshold_still_presses(patient: Patient, content: Content) -> None:
    button = patient.nav_button("faq")
    patient.frame()
    patient.hold(button, 1.0, end=patient.center_of(button) + QPoint(3, 3))
    assert patient.visible_title() == content.title(Screen.FAQ)


def test_a_held_press_that_then_moves_scrolls_instead(patient: Patient, content: Content) -> None:
    patient.tap(patient.nav_button("faq"))
    screen = patient.current_screen_item()
    question = next(
        patient.find(f"faqQuestion_{item.id}")
        for item in content.faq.items
        if patient.center_of(patient.find(f"faqQuestion_{item.id}")).y() > 500
    )
    start = patient.center_of(question)
    patient.hold(question, 1.5, end=QPoint(start.x(), start.y() - 350))
    assert screen.property("contentY") > 100
    assert patient.open_answers() == []
