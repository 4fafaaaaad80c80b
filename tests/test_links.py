"""Glossary words and citation numbers are real controls: named links a screen reader finds,
Tab stops in reading order that Enter opens, and citation numbers a finger can hit (44×44 px)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QColor, QTextDocument
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.content import markup
from kiosk.content.model import Content
from kiosk.content.reader import load_content
from kiosk.files.resources import content_root
from kiosk.session.navigation import Screen
from tests.conftest import Patient
from ui.backend.content_models import rich

MIN_TARGET = 44


def _paragraphs(content: Content) -> list[str]:
    texts = [content.site.disclaimer, content.references.subtitle, content.faq.subtitle]
    for page in content.pages.values():
        texts += [page.subtitle, *(t for s in page.sections for t in s.texts())]
    return texts + [item.answer for item in content.faq.items]


def _anchors(document: QTextDocument) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor():
                href, start = fragment.charFormat().anchorHref(), fragment.position()
                if found and found[-1][0] == href and found[-1][2] == start:  # "<b>" splits a number
                    start = found.pop()[1]
                found.append((href, start, fragment.position() + fragment.length()))
            fragments += 1
        block = block.next()
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_link_is_placed_where_qt_lays_its_words(qapp: QApplication, language: str) -> None:
    content = load_content(content_root() / language)
    count = 0
    for text in _paragraphs(content):
        shown = rich(text, content)
        document = QTextDocument()
        document.setHtml(f'<p style="line-height:135%">{shown}</p>')
        links = markup.links_in(shown)
        assert [(link.target, link.start, link.end) for link in links] == _anchors(document), text[:60]
        count += len(links)
    assert count > 50


def _links_on(p: Patient) -> list[QQuickItem]:
    return [i for i in p.items() if i.objectName().startswith("link_") and i.isVisible()]


def test_every_link_is_a_named_link_for_screen_readers(patient: Patient, content: Content) -> None:
    p = patient
    names: set[str] = set()
    for screen in (Screen.OVERVIEW, Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS):
        p.tap(p.nav_button(screen.value))
        for link in _links_on(p):
            if not p.current_screen_item().isAncestorOf(link):
                continue
            face = QAccessible.queryAccessibleInterface(link)
            assert face is not None and face.role() == QAccessible.Role.Link, link.objectName()
            assert QAccessibleActionInterface.pressAction() in face.actionInterface().actionNames()
            names.add(face.text(QAccessible.Text.Name))
    kumar = content.references.numbers["kumar2007"]
    assert f"Source {kumar}: Kumar 2007" in names
    assert any(name.startswith("Definition: ") for name in names)
    assert all(name.split(": ", 1)[1] for name in names)


def test_citation_numbers_take_a_touch_44_px_around_them(patient: Patient, content: Content) -> None:
    p = patient
    p.tap(p.nav_button("neurostimulators"))
    screen = p.current_screen_item()
    citations = [i for i in _links_on(p) if i.objectName().startswith("link_ref:") and screen.isAncestorOf(i)]
    assert citations
    for link in citations:
        assert link.width() >= MIN_TARGET and link.height() >= MIN_TARGET, link.objectName()
    link = citations[len(citations) // 2]
    p.scroll_into_view(link)
    p.frame()
    corner = p.center_of(link) + QPoint(int(link.width() / 2) - 3, int(link.height() / 2) - 3)
    p.tap_at(corner)  # well away from the small number itself
    assert p.session.screen is Screen.REFERENCES
    assert p.session.highlighted_reference == link.objectName().removeprefix("link_ref:")


def test_a_definition_opens_from_the_keyboard_and_focus_comes_back(patient: Patient) -> None:
    p = patient
    window = p.window
    window.requestActivate()
    p.tap(p.nav_button("drug_pumps"))
    for _ in range(300):  # the page's headings and paragraphs are stops too
        QTest.keyClick(window, Qt.Key.Key_Tab)
        if window.activeFocusItem().objectName().startswith("link_term:"):
            break
    link = window.activeFocusItem()
    assert link.objectName().startswith("link_term:")
    assert p.on_screen(link)  # Tab brought it into view
    QTest.keyClick(window, Qt.Key.Key_Return)
    assert p.session.glossary_term == link.objectName().removeprefix("link_term:")
    QTest.keyClick(window, Qt.Key.Key_Escape)
    p.qtbot.waitUntil(lambda: window.activeFocusItem() is link)
    assert p.session.glossary_term == ""


def test_a_citation_opens_its_study_in_view_and_the_way_back_returns_to_it(patient: Patient, content: Content) -> None:
    """From the keyboard: Enter on a citation lands on the study's own "Back to where I was", the
    study in view; Enter there returns to the citation. By touch, the study is in view too."""
    p = patient
    order = [ref.id for ref in content.references.items]
    p.window.requestActivate()
    for _ in range(500):  # a citation of a study low in the list, where References would not show it
        QTest.keyClick(p.window, Qt.Key.Key_Tab)
        name = p.window.activeFocusItem().objectName()
        if name.startswith("link_ref:") and order.index(name.removeprefix("link_ref:")) >= len(order) // 2:
            break
    link = p.window.activeFocusItem()
    study = link.objectName().removeprefix("link_ref:")
    QTest.keyClick(p.window, Qt.Key.Key_Return)
    p.settle()
    p.qtbot.waitUntil(lambda: p.window.activeFocusItem().objectName() == f"backToText_{study}")
    p.qtbot.waitUntil(lambda: _in_page(p, p.find(f"reference_{study}")))
    QTest.keyClick(p.window, Qt.Key.Key_Return)
    p.settle()
    p.qtbot.waitUntil(lambda: p.window.activeFocusItem() is link)
    assert p.session.screen is Screen.OVERVIEW and _in_page(p, link)
    p.tap(p.find("referencesButton"))  # References read from the top, then…
    p.tap(p.find("referencesBack"))
    p.tap(link)  # …a finger on the same citation: the study comes into view
    p.qtbot.waitUntil(lambda: _in_page(p, p.find(f"reference_{study}")))


def _in_page(p: Patient, item: QQuickItem) -> bool:
    """Its top in the view of the page in view (a long study may go on below)."""
    page = p.current_screen_item()
    top = item.mapToItem(page, QPointF(0, 0)).y()
    return item.isVisible() and 0 <= top < page.height() - 100


def test_links_in_a_closed_answer_are_not_tab_stops(patient: Patient, content: Content) -> None:
    p = patient
    p.tap(p.nav_button("faq"))
    item = next(i for i in content.faq.items if markup.citation_ids(i.answer) or markup.term_ids(i.answer))
    answer = p.find(f"faqAnswer_{item.id}")
    links = [i for i in p.items() if answer.isAncestorOf(i) and i.objectName().startswith("link_")]
    assert links and not any(link.isVisible() for link in links)
    p.session.toggle_faq(item.id)
    p.qtbot.waitUntil(lambda: all(link.isVisible() for link in links))


def test_a_citation_number_is_large_enough_to_see(patient: Patient) -> None:
    """Qt draws a superscript at about two thirds of the text's size: a citation number a patient
    is meant to tap must be drawn larger than that (its digits at least half the text's size high)."""
    p = patient
    p.tap(p.nav_button("drug_pumps"))
    screen = p.current_screen_item()
    link = next(
        i for i in p.items() if i.objectName().startswith("link_ref") and i.isVisible() and screen.isAncestorOf(i)
    )
    p.scroll_into_view(link)
    p.settle()
    p.frame()
    image = p.window.grabWindow()
    ratio = image.width() / p.window.width()
    area = link.mapRectToScene(QRectF(0, 0, link.width(), link.height()))
    ink = QColor(p.kiosk.engine.singletonInstance("Kiosk", "Theme").property("link"))
    # The number is drawn at the middle of its touch area: the ink in a narrow band there.
    middle = int(area.center().x() * ratio)
    rows = [
        y
        for y in range(int(area.top() * ratio), int(area.bottom() * ratio))
        for x in range(middle - 4, middle + 5)
        if _near(image.pixelColor(x, y), ink)
    ]
    assert rows, "no citation number drawn in its link's area"
    height = (max(rows) - min(rows) + 1) / ratio
    body = p.kiosk.engine.singletonInstance("Kiosk", "Theme").property("bodySize")
    assert height >= 0.5 * body, f"the citation number is {height:.0f} px high beside {body} px text"


def _near(colour: QColor, ink: QColor) -> bool:
    return all(
        abs(a - b) < 40
        for a, b in ((colour.red(), ink.red()), (colour.green(), ink.green()), (colour.blue(), ink.blue()))
    )
