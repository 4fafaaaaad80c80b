"""A patient finds their way: nav buttons, swipes, References and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from kiosk.content.model import Content
from kiosk.session.navigation import MAIN_SCREENS, Screen
from tests.conftest import Patient


def test_starts_on_overview(patient: Patient, content: Content) -> None:
    assert patient.visible_title() == content.title(Screen.OVERVIEW)
    assert patient.nav_button("overview").property("checked")


@pytest.mark.parametrize("screen", MAIN_SCREENS, ids=lambda s: s.value)
def test_each_nav_button_shows_its_screen_in_one_tap(patient: Patient, content: Content, screen: Screen) -> None:
    if screen is Screen.OVERVIEW:
        patient.tap(patient.nav_button("faq"))
    patient.tap(patient.nav_button(screen.value))
    assert patient.visible_title() == content.title(screen)
    assert patient.nav_button(screen.value).property("checked")
    others = [s for s in MAIN_SCREENS if s is not screen]
    assert not any(patient.nav_button(s.value).property("checked") for s in others)


def test_nav_labels_are_the_short_titles(patient: Patient, content: Content) -> None:
    for screen in MAIN_SCREENS:
        assert patient.nav_button(screen.value).property("text") == content.short_title(screen)


def test_swipe_left_and_right_walk_the_main_screens_in_order(patient: Patient, content: Content) -> None:
    for screen in MAIN_SCREENS[1:]:
        patient.swipe_left()
        assert patient.visible_title() == content.title(screen)
    patient.swipe_left()  # the last screen stays put: no wrap-around surprise
    assert patient.visible_title() == content.title(Screen.FAQ)
    for screen in reversed(MAIN_SCREENS[:-1]):
        patient.swipe_right()
        assert patient.visible_title() == content.title(screen)


def test_references_open_from_every_screen_and_back_returns(patient: Patient, content: Content) -> None:
    for screen in MAIN_SCREENS:
        patient.tap(patient.nav_button(screen.value))
        patient.tap(patient.find("referencesButton"))
        assert patient.visible_title() == content.title(Screen.REFERENCES)
        assert patient.on_screen(patient.find(f"reference_{content.references.items[0].id}"))
        patient.tap(patient.find("referencesBack"))
        assert patient.visible_title() == content.title(screen)


def test_nav_button_closes_references(patient: Patient, content: Content) -> None:
    patient.tap(patient.find("referencesButton"))
    patient.tap(patient.nav_button("drug_pumps"))
    assert patient.visible_title() == content.title(Screen.DRUG_PUMPS)


def test_disclaimer_visible_on_every_screen(patient: Patient, content: Content) -> None:
    bar = patient.find("disclaimerShort")
    for screen in Screen:
        patient.session.go(screen)
        patient.settle()
        assert patient.on_screen(bar)
        assert bar.property("text") == content.site.disclaimer_short
    assert patient.find("disclaimerFull").property("text")


def test_citation_link_opens_references_with_the_study_highlighted(patient: Patient, content: Content) -> None:
    patient.tap(patient.nav_button("neurostimulators"))
    ref_id = content.references.items[0].id
    patient.kiosk.navigation.openLink(f"ref:{ref_id}")
    patient.settle()
    assert patient.visible_title() == content.title(Screen.REFERENCES)
    assert patient.find(f"reference_{ref_id}").property("highlighted")


def test_links_that_are_not_citations_go_nowhere(patient: Patient) -> None:
    patient.kiosk.navigation.openLink("https://example.com")
    patient.settle()
    assert patient.session.screen is Screen.OVERVIEW


def test_vertical_drag_scrolls_a_long_screen(patient: Patient) -> None:
    patient.tap(patient.nav_button("neurostimulators"))
    screen = patient.current_screen_item()
    assert screen.property("contentHeight") > screen.height() * 1.5
    x = patient.window.width() // 2
    patient.drag(QPoint(x, 800), QPoint(x, 300))
    assert screen.property("contentY") > 200
    assert patient.session.screen is Screen.NEUROSTIMULATORS
