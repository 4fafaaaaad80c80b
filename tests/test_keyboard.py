"""Without touch: a keyboard or switch user reaches everything, and popups behave as dialogs
(focus moves in, Tab stays inside, Escape closes, focus comes back, nothing behind reacts).
Every screen is walked with Tab alone: each stop named, in view and in reading order."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QKeyEvent, QWindow
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content.model import Content
from kiosk.session.navigation import Screen
from tests.conftest import ENGLISH, SPANISH, KioskFactory, Patient

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


def tab_to(p: Patient, name: str, limit: int = 300) -> QQuickItem:
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
    for name, locale, then in (("Español", "es_US", SPANISH), ("English", "en_US", ENGLISH)):
        spoken = QAccessible.queryAccessibleInterface(button)
        assert spoken.role() == QAccessible.Role.Button and spoken.text(QAccessible.Text.Name) == name
        assert spoken.attributesInterface().attributeValue(QAccessible.Attribute.Locale).name() == locale
        assert button.property("contentItem").property("focusRing")
        press(p, Qt.Key.Key_Return)
        assert p.session.language == then
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
    # A page down stops where a part of the page starts, if one starts in the last 30 % of the view.
    assert first >= page.height() * 0.7
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
    assert _at_rest(p) >= p.current_screen_item().height() * 0.7  # to where a part starts, if one is near
    press(p, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert _at_rest(p) == 0
    assert p.session.screen is Screen.DRUG_PUMPS


def test_next_and_top_move_through_a_page_a_screenful_at_a_time_without_a_drag(
    patient: Patient, content: Content
) -> None:
    p = patient
    p.tap(p.nav_button("drug_pumps"))
    page = p.current_screen_item()
    assert not p.find("backToTop").isEnabled()
    seen: set[str] = set()

    def look() -> None:
        for section in content.page(Screen.DRUG_PUMPS).sections:
            heading = p.find(f"sectionHeading_{section.id}")
            top = heading.mapToItem(page, QPointF(0, 0)).y()
            if top >= 0 and top + heading.height() <= page.height():
                seen.add(section.id)

    positions = [p.page_still()]
    look()
    while p.find("pageNext").isEnabled():
        p.tap(p.find("pageNext"))
        positions.append(p.page_still())
        look()
        assert len(positions) < 60
    assert positions[-1] == pytest.approx(page.property("contentHeight") - page.height(), abs=1)
    steps = [b - a for a, b in itertools.pairwise(positions)]
    view = page.height()
    assert all(step >= 0.7 * view for step in steps[:-1]), steps  # a screenful, the first tap too
    assert all(0 < step < view for step in steps), steps  # some of the last view stays: nothing skipped
    assert seen == {s.id for s in content.page(Screen.DRUG_PUMPS).sections}  # each heading was in view
    p.tap(p.find("backToTop"))
    assert p.page_still() == 0


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


# ---------------------------------------------------------------- keyboard-only walks of every screen
ACTIONABLE = {
    QAccessible.Role.Button,
    QAccessible.Role.Link,
    QAccessible.Role.PageTab,
    QAccessible.Role.RadioButton,
    QAccessible.Role.CheckBox,
}
# A page's headings and paragraphs are stops too: Tab is how Orca reads a Qt app's text.
READABLE = {QAccessible.Role.Heading, QAccessible.Role.Paragraph}


def _scene(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _part(page: QQuickItem, item: QQuickItem) -> QQuickItem | None:
    """The part of the page (hero, section card, FAQ question…) that holds ``item``."""
    column = page.property("contentItem").childItems()[0]
    while item is not None and item.parentItem() is not column:
        item = item.parentItem()
    return item


def walk(p: Patient, key: Qt.Key = Qt.Key.Key_Tab) -> list[QQuickItem]:
    """Tab (or Shift+Tab) round the screen once, checking each stop as it gets focus: a named
    control a screen reader can press, in view (its section's start too, when both fit), and
    after the stop before it in reading order."""
    page = p.current_screen_item()
    view = _scene(page)
    stops: list[QQuickItem] = []
    last: QRectF | None = None
    last_part: QQuickItem | None = None
    for _ in range(600):
        press(p, key)
        stop = focused(p)
        if stops and stop is stops[0]:
            return stops
        assert not any(stop is s for s in stops), f"Tab went round without coming back to {stops[0].objectName()}"
        stops.append(stop)
        spoken = QAccessible.queryAccessibleInterface(stop)
        name = stop.objectName()
        assert spoken.role() in ACTIONABLE | READABLE and spoken.text(QAccessible.Text.Name), f"{name}: {spoken.role()}"
        assert stop.isVisible() and stop.isEnabled(), name
        rect = _scene(stop)
        assert QRectF(0, 0, p.window.width(), p.window.height()).contains(rect), f"{name} is off the window"
        if not page.isAncestorOf(stop):
            last = last_part = None
            continue
        assert view.top() - 1 <= rect.top() and rect.bottom() <= view.bottom() + 1, f"{name} is scrolled out of view"
        part = _part(page, stop)
        assert part is not None
        if part is not last_part and key == Qt.Key.Key_Tab:
            start = _scene(part).top()
            if rect.bottom() - start + 40 <= view.height():
                assert start >= view.top() - 1, f"{name}: its section starts out of view"
        here = stop.mapRectToItem(page.property("contentItem"), QRectF(0, 0, stop.width(), stop.height()))
        # A link and the paragraph it stands in follow each other, wherever it stands in it.
        if last is not None and not last.intersects(here):
            same_line = abs(here.center().y() - last.center().y()) < min(here.height(), last.height()) / 2
            later = here.left() > last.left() if same_line else here.center().y() > last.center().y()
            if key == Qt.Key.Key_Backtab:
                later = here.left() < last.left() if same_line else here.center().y() < last.center().y()
            assert later, f"{name} is out of reading order"
        last, last_part = here, part
    raise AssertionError("Tab never came back to where it began")


@pytest.mark.parametrize(
    "screen",
    [Screen.OVERVIEW, Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS, Screen.FAQ, Screen.REFERENCES, Screen.MY_QUESTIONS],
)
def test_every_screen_by_keyboard_alone(
    kiosk_factory: KioskFactory, contents: dict[str, Content], screen: Screen
) -> None:
    """Tab order, scrolling and the controls on every screen, without touch or sight."""
    p = kiosk_factory(contents)
    content = contents["en"]
    for item in content.faq.items[:2]:
        p.session.toggle_saved(f"faq:{item.id}")
    p.session.toggle_faq(content.faq.items[0].id)  # an open answer: its links and its "Add" are stops
    p.session.go(screen)
    p.settle()
    p.window.requestActivate()
    stops = walk(p)
    names = [s.objectName() for s in stops]
    for fixed in ("languageButton", "displayButton", "myQuestionsButton", "nav_overview", "nav_faq"):
        assert fixed in names
    if screen in (Screen.REFERENCES, Screen.MY_QUESTIONS):
        assert names.index("referencesBack" if screen is Screen.REFERENCES else "myQuestionsBack") < names.index(
            "nav_overview"
        )
    page = p.current_screen_item()
    if page.property("scrollable"):
        # The page keys reach its end and its top, whatever has focus.
        press(p, Qt.Key.Key_End)
        p.qtbot.waitUntil(lambda: page.property("atEnd"))
        press(p, Qt.Key.Key_Home)
        p.qtbot.waitUntil(lambda: page.property("atTop"))
        assert "pageNext" in names or "backToTop" in names
    if screen is Screen.FAQ:
        # Shift+Tab: the same stops, the other way round ("Top" and "Next" are stops only when
        # there is somewhere to go).
        moving = {"backToTop", "pageNext"}
        forward = [name for name in names if name not in moving]
        back = [s.objectName() for s in reversed(walk(p, Qt.Key.Key_Backtab)) if s.objectName() not in moving]
        start = forward.index(back[0])
        assert back == forward[start:] + forward[:start]
    assert p.session.screen is screen  # walking pressed nothing


def test_the_display_panel_by_keyboard_alone(kiosk_factory: KioskFactory, contents: dict[str, Content]) -> None:
    p = kiosk_factory(contents)
    button = tab_to(p, "displayButton")
    press(p, Qt.Key.Key_Return)
    panel = p.find("displayPanel")
    p.qtbot.waitUntil(lambda: inside(panel, focused(p)))
    seen = []
    for _ in range(8):
        press(p, Qt.Key.Key_Tab)
        assert inside(panel, focused(p)), "focus left the panel"
        seen.append(focused(p).objectName())
    assert {"textSize_large", "contrastButton", "displayDone"} <= set(seen)
    while focused(p).objectName() != "textSize_large":
        press(p, Qt.Key.Key_Tab)
    press(p, Qt.Key.Key_Space)
    assert p.session.text_size.value == "large"
    press(p, Qt.Key.Key_Escape)
    p.qtbot.waitUntil(lambda: not p.shows("displayPanel"))
    p.qtbot.waitUntil(lambda: focused(p) is button)
