"""Without touch: a keyboard or switch user reaches everything, and popups behave as dialogs
(focus moves in, Tab stays inside, Escape closes, focus comes back, nothing behind reacts)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QKeyEvent, QWindow
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.choices import Language
from kiosk.content import Content
from kiosk.navigation import Screen
from tests.conftest import KioskFactory, Patient

SHORT = "idle_timeout_s = 20\nidle_countdown_s = 20\nattract_delay_s = 120\n"


def focused(p: Patient) -> QQuickItem:
    item = p.window.activeFocusItem()
    assert item is not None
    return item


def press(p: Patient, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(p.window, key, modifiers)
    p.qtbot.wait(1)  # focus moves queued with Qt.callLater take effect


def hold(p: Patient, key: Qt.Key, repeats: int = 5) -> None:
    """A key held down: one press, the keyboard's repeats, one release."""
    QTest.keyPress(p.window, key)
    text = " " if key == Qt.Key.Key_Space else "\r"
    for _ in range(repeats):
        p.qtbot.wait(30)
        repeat = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text, True)
        QCoreApplication.sendEvent(p.window, repeat)
    QTest.keyRelease(p.window, key)
    p.qtbot.wait(1)


def tab_to(p: Patient, name: str, limit: int = 80) -> QQuickItem:
    p.window.requestActivate()
    for _ in range(limit):
        press(p, Qt.Key.Key_Tab)
        if focused(p).objectName() == name:
            return focused(p)
    raise AssertionError(f"Tab never reached {name}")


def inside(outer: QQuickItem, item: QQuickItem) -> bool:
    return outer is item or outer.isAncestorOf(item)


def test_a_definition_is_a_dialog_for_the_keyboard(patient: Patient) -> None:
    p = patient
    button = tab_to(p, "nav_neurostimulators")
    p.session.open_glossary("catheter")  # as the underlined word does
    popup = p.find("glossaryPopup")
    p.qtbot.waitUntil(lambda: inside(popup, focused(p)))
    # Tab and Shift+Tab go round the dialog's controls and never leave it.
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Backtab):
        press(p, key)
        assert inside(popup, focused(p)), f"focus left the dialog for {focused(p).objectName()}"
    # Keys that the dialog does not use reach nothing behind it.
    press(p, Qt.Key.Key_PageDown)
    assert p.session.glossary_term == "catheter"
    press(p, Qt.Key.Key_Escape)
    assert p.session.glossary_term == ""
    p.qtbot.waitUntil(lambda: focused(p) is button)
    assert p.session.screen is Screen.OVERVIEW


def test_the_screen_behind_a_dialog_takes_no_input(patient: Patient) -> None:
    p = patient
    p.session.open_glossary("catheter")
    p.qtbot.waitUntil(lambda: p.find("glossaryPopup").isVisible())
    nav = p.nav_button("faq")
    assert not nav.isEnabled()  # inert: no touch, key or screen-reader action
    p.tap(nav)  # lands on the dimmed screen: closes the definition, presses nothing
    assert p.session.glossary_term == ""
    assert p.session.screen is Screen.OVERVIEW
    assert nav.isEnabled()


def test_a_key_that_dismisses_the_countdown_presses_nothing_under_it(
    kiosk_factory: KioskFactory, content: Content
) -> None:
    p = kiosk_factory(content, config=SHORT)
    tab_to(p, "nav_faq")
    p.wait_idle(20)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    p.qtbot.waitUntil(lambda: inside(p.find("stillThereOverlay"), focused(p)))
    hold(p, Qt.Key.Key_Return)  # "I need more time", held down a while
    p.qtbot.waitUntil(lambda: not p.shows("stillThereOverlay"))
    assert p.session.screen is Screen.OVERVIEW  # the focused FAQ button was not pressed
    p.qtbot.waitUntil(lambda: focused(p).objectName() == "nav_faq")
    hold(p, Qt.Key.Key_Space)
    assert p.session.screen is Screen.FAQ
    first = content.faq.items[0].id
    tab_to(p, f"faqQuestion_{first}")
    hold(p, Qt.Key.Key_Space)
    assert p.open_answers() == [first]  # opened once, not opened and closed by the repeats
    p.wait_idle(30)
    assert p.session.screen is Screen.FAQ


def test_the_language_button_speaks_its_own_language(kiosk_factory: KioskFactory, contents: dict[str, Content]) -> None:
    """Named in the other language and marked as that language, so a screen reader says
    "Español" in a Spanish voice; a keyboard reaches it, sees its focus ring and presses it."""
    p = kiosk_factory(contents)
    button = tab_to(p, "languageButton")
    for name, locale, then in (("Español", "es_US", Language.SPANISH), ("English", "en_US", Language.ENGLISH)):
        spoken = QAccessible.queryAccessibleInterface(button)
        assert spoken.role() == QAccessible.Role.Button and spoken.text(QAccessible.Text.Name) == name
        assert spoken.attributesInterface().attributeValue(QAccessible.Attribute.Locale).name() == locale
        assert button.property("contentItem").property("focusRing")
        press(p, Qt.Key.Key_Return)
        assert p.session.language is then
        p.qtbot.waitUntil(lambda: focused(p) is button)


def test_escape_does_nothing_on_a_screen(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, fullscreen=True)
    p.qtbot.waitUntil(lambda: p.window.visibility() == QWindow.Visibility.FullScreen)
    p.tap(p.nav_button("faq"))
    press(p, Qt.Key.Key_Escape)
    assert p.session.screen is Screen.FAQ
    assert p.window.visibility() == QWindow.Visibility.FullScreen


# ---------------------------------------------------------------- scrolling without a drag
def _at_rest(p: Patient) -> float:
    page = p.current_screen_item()
    p.qtbot.waitUntil(lambda: not page.property("moving") and not page.property("flicking"))
    p.qtbot.wait(300)  # the glide (Theme.transitionMs) ends
    return float(page.property("contentY"))


def test_page_keys_scroll_the_page_whatever_has_focus(patient: Patient) -> None:
    p = patient
    p.tap(p.nav_button("neurostimulators"))
    tab_to(p, "nav_faq")  # focus on the navigation bar, far from the page
    page = p.current_screen_item()
    page.setProperty("contentY", 0)  # Tab passed the page's links on the way and scrolled to each
    press(p, Qt.Key.Key_PageDown)
    first = _at_rest(p)
    assert first > page.height() * 0.8
    press(p, Qt.Key.Key_Down)
    assert first < _at_rest(p) < first + 200
    press(p, Qt.Key.Key_End)
    assert _at_rest(p) == pytest.approx(page.property("contentHeight") - page.height(), abs=1)
    press(p, Qt.Key.Key_PageUp)
    assert _at_rest(p) < page.property("contentHeight") - page.height() - 100
    press(p, Qt.Key.Key_Home)
    assert _at_rest(p) == 0
    assert focused(p).objectName() == "nav_faq"
    assert p.session.screen is Screen.NEUROSTIMULATORS  # the focused button took none of those keys


def test_space_pages_down_when_no_control_has_focus(patient: Patient) -> None:
    p = patient
    p.tap(p.nav_button("drug_pumps"))  # a touch moves no keyboard focus
    p.window.requestActivate()
    press(p, Qt.Key.Key_Space)
    assert _at_rest(p) > p.current_screen_item().height() * 0.8
    press(p, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert _at_rest(p) == 0
    assert p.session.screen is Screen.DRUG_PUMPS


def test_next_section_and_back_to_top_move_through_a_page_without_a_drag(patient: Patient, content: Content) -> None:
    p = patient
    p.tap(p.nav_button("drug_pumps"))
    page = p.current_screen_item()
    assert not p.find("backToTop").isEnabled()
    seen: list[str] = []
    positions = [0.0]
    for _ in range(40):
        if not p.find("nextSection").isEnabled():
            break
        p.tap(p.find("nextSection"))
        positions.append(_at_rest(p))
        for section in content.page(Screen.DRUG_PUMPS).sections:
            heading = p.find(f"sectionHeading_{section.id}")
            top = heading.mapToItem(page, QPointF(0, 0)).y()
            if 0 <= top < page.height() * 0.3 and section.id not in seen:
                seen.append(section.id)
    assert positions == sorted(positions) and positions[-1] == pytest.approx(
        page.property("contentHeight") - page.height(), abs=1
    )
    assert seen == [s.id for s in content.page(Screen.DRUG_PUMPS).sections]  # each one came to the top
    p.tap(p.find("backToTop"))
    assert _at_rest(p) == 0


def test_the_page_controls_stand_clear_of_the_text(kiosk_factory: KioskFactory, content: Content) -> None:
    for size in ((1080, 1920), (1366, 768), (1920, 1080)):
        p = kiosk_factory(content, size)
        p.tap(p.nav_button("faq"))
        controls = p.find("pageScrollControls")
        assert controls.isVisible()
        rail = controls.mapRectToScene(QRectF(0, 0, controls.width(), controls.height()))
        column = p.current_screen_item().property("contentItem").childItems()[0]
        text = column.mapRectToScene(QRectF(0, 0, column.width(), column.height()))
        assert rail.left() >= text.right() + 8, size


def test_screens_out_of_view_or_under_a_layer_are_hidden(patient: Patient) -> None:
    """Hidden, not only out of sight: nothing on them is drawn, focused or offered to a screen reader."""
    p = patient
    assert p.find("screen_overview").isVisible()
    assert not p.find("screen_neurostimulators").isVisible()
    p.tap(p.nav_button("drug_pumps"))
    assert p.find("screen_drug_pumps").isVisible()
    assert not p.find("screen_overview").isVisible() and not p.find("screen_faq").isVisible()
    p.tap(p.find("referencesButton"))
    p.qtbot.waitUntil(lambda: not p.find("mainSwipe").isVisible())  # once References covers it
    p.tap(p.find("referencesBack"))
    p.qtbot.waitUntil(lambda: p.find("screen_drug_pumps").isVisible())
