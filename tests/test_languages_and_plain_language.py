"""English and Spanish content in plain language, every claim cited, switchable on every screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from statistics import mean

import pytest
import textstat
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem

from kiosk.content import markup
from kiosk.content.checks import parity_problems
from kiosk.content.model import Content
from kiosk.content.readability import patient_texts, readability_problems
from kiosk.files.resources import images_root, resource_path
from kiosk.session.navigation import MAIN_SCREENS, Screen
from tests.conftest import LANDSCAPE, PORTRAIT, KioskFactory, Patient

LANGUAGES = ("en", "es")


@pytest.fixture
def bilingual(kiosk_factory: KioskFactory, contents: dict[str, Content]) -> Patient:
    return kiosk_factory(contents)


# ---------------------------------------------------------------- plain language
def test_english_reads_at_grade_8_or_below_and_6_on_average(contents: dict[str, Content]) -> None:
    textstat.set_lang("en")
    grades = {loc: textstat.flesch_kincaid_grade(text) for file, loc, text in _texts(contents["en"])}
    hard = {loc: g for loc, g in grades.items() if g > 8}
    assert hard == {}
    assert mean(grades.values()) <= 6
    assert readability_problems(contents["en"], "flesch_kincaid") == []


def test_spanish_reads_at_fernandez_huerta_70_or_above(contents: dict[str, Content]) -> None:
    textstat.set_lang("es")
    scores = {loc: textstat.fernandez_huerta(text) for file, loc, text in _texts(contents["es"])}
    assert {loc: s for loc, s in scores.items() if s < 70} == {}
    assert readability_problems(contents["es"], "fernandez_huerta") == []


def _texts(content: Content) -> list[tuple[str, str, str]]:
    return [(file, f"{file}:{loc}", text) for file, loc, text in patient_texts(content)]


# ---------------------------------------------------------------- citations and parity
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reference_is_cited_and_every_citation_resolves(contents: dict[str, Content], lang: str) -> None:
    content = contents[lang]
    known = {r.id for r in content.references.items}
    cited = set()
    for page in content.pages.values():
        for section in page.sections:
            for text in section.texts():
                cited |= set(markup.citation_ids(text))
    for item in content.faq.items:
        cited |= set(markup.citation_ids(item.answer))
    assert cited == known
    assert len(known) == 8


def test_english_and_spanish_have_the_same_items_and_citations(contents: dict[str, Content]) -> None:
    assert parity_problems(contents["en"], contents["es"]) == []
    assert parity_problems(contents["es"], contents["en"]) == []


def test_parity_problems_name_what_is_missing(contents: dict[str, Content]) -> None:
    es = contents["es"]
    trimmed = replace(es.faq, items=es.faq.items[1:])
    broken = replace(es, faq=trimmed)
    problems = [str(p) for p in parity_problems(contents["en"], broken)]
    assert problems == [f'es/faq.toml: question: "{es.faq.items[0].id}" is missing (present in en)']


def test_a_question_under_another_topic_in_a_translation_is_named(contents: dict[str, Content]) -> None:
    es = contents["es"]
    moved = tuple(replace(i, topic="both") if i.id == "pump-alarm" else i for i in es.faq.items)
    broken = replace(es, faq=replace(es.faq, items=moved))
    problems = [str(p) for p in parity_problems(contents["en"], broken)]
    assert problems == ['es/faq.toml: question "pump-alarm": is under topic "both", but under "drug-pumps" in en']


def test_english_and_spanish_show_the_same_topics_in_the_same_order(contents: dict[str, Content]) -> None:
    def shape(content: Content) -> list[tuple[str, list[str]]]:
        return [(topic.id, [i.id for i in items]) for topic, items in content.faq.groups()]

    assert shape(contents["en"]) == shape(contents["es"])
    assert len(contents["en"].faq.topics) == 5


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_image_exists_with_alt_text(contents: dict[str, Content], lang: str) -> None:
    content = contents[lang]
    illustrations = [p.illustration for p in content.pages.values()] + [content.faq.illustration]
    illustrations += [s.illustration for p in content.pages.values() for s in p.sections if s.illustration]
    for ill in illustrations:
        assert (images_root() / ill.image).is_file()
        assert len(ill.alt.split()) >= 3, ill


def test_alt_text_is_translated(contents: dict[str, Content]) -> None:
    en, es = contents["en"], contents["es"]
    for screen in en.pages:
        assert en.pages[screen].illustration.alt != es.pages[screen].illustration.alt


# ---------------------------------------------------------------- switching language
def _english_ui_strings() -> set[str]:
    tree = ET.parse(resource_path("content", "es", "ui.ts"))
    return {
        m.findtext("source") or ""
        for m in tree.iter("message")
        if (m.findtext("source") or "") != (m.findtext("translation") or "")
    }


def _visible_texts(p: Patient) -> set[str]:
    texts = set()
    for item in p.items():
        text = item.property("text")
        if isinstance(text, str) and text and item.isVisible() and p.on_screen(item):
            texts.add(re.sub(r"<[^>]+>", "", text))
    return texts


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_spanish_mode_shows_no_english_ui_string(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: tuple[int, int]
) -> None:
    p = kiosk_factory(contents, size)
    p.tap(p.find("languageButton"))
    assert p.session.language.code == "es"
    english = _english_ui_strings() | {contents["en"].short_title(s) for s in MAIN_SCREENS}
    english.discard("OK")  # the same word in both languages
    for screen in Screen:
        p.session.go(screen)
        p.settle()
        shown = _visible_texts(p)
        assert not shown & english, f"{screen.value}: {shown & english}"
        if screen is not Screen.MY_QUESTIONS:  # its title is a UI string, checked above
            assert p.visible_title() == contents["es"].title(screen)
    assert p.find("languageButton").property("text") == "English"


def test_language_switch_keeps_screen_and_scroll(bilingual: Patient, contents: dict[str, Content]) -> None:
    p = bilingual
    p.tap(p.nav_button("drug_pumps"))
    screen = p.current_screen_item()
    screen.setProperty("contentY", 700)
    p.frame()
    p.tap(p.find("languageButton"))
    assert p.session.screen is Screen.DRUG_PUMPS
    assert p.find("pageTitle_drug_pumps").property("text") == contents["es"].title(Screen.DRUG_PUMPS)
    assert abs(screen.property("contentY") - 700) < 1
    assert p.nav_button("drug_pumps").property("text") == contents["es"].short_title(Screen.DRUG_PUMPS)
    p.tap(p.find("languageButton"))
    assert p.find("pageTitle_drug_pumps").property("text") == contents["en"].title(Screen.DRUG_PUMPS)


def test_idle_reset_returns_to_the_default_language(bilingual: Patient, contents: dict[str, Content]) -> None:
    p = bilingual
    p.tap(p.find("languageButton"))
    p.wait_idle(90)
    p.wait_idle(20)  # the countdown: 20 s
    p.settle()
    assert p.session.language.code == "en"
    assert p.visible_title() == contents["en"].title(Screen.OVERVIEW)


# ---------------------------------------------------------------- glossary
def _find_link(p: Patient, prefix: str) -> QQuickItem:
    """A link control (RichParagraph lays one over each link's words) whose touch area lies
    inside the screen's visible area."""
    screen = p.current_screen_item()
    view = screen.mapRectToScene(QRectF(0, 0, screen.width(), screen.height())).adjusted(0, 10, 0, -10)
    for item in p.items():
        inside = view.contains(item.mapRectToScene(QRectF(0, 0, item.width(), item.height())))
        if item.objectName().startswith(f"link_{prefix}") and p.on_screen(item) and inside:
            return item
    raise AssertionError(f"no {prefix} link on screen")


def _scroll_to_link(p: Patient, prefix: str) -> QQuickItem:
    """Scroll the current screen down, as a patient reads, until a ``prefix`` link is in view."""
    screen = p.current_screen_item()
    for y in range(0, int(screen.property("contentHeight")), 500):
        screen.setProperty("contentY", y)
        p.frame()
        try:
            return _find_link(p, prefix)
        except AssertionError:
            continue
    raise AssertionError(f"no {prefix} link anywhere on {screen.objectName()}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tapping_a_dotted_word_opens_its_definition(
    bilingual: Patient, contents: dict[str, Content], lang: str
) -> None:
    p = bilingual
    p.session.set_language(lang)
    p.tap(p.nav_button("drug_pumps"))
    link = _scroll_to_link(p, "term:")
    ident = link.objectName().removeprefix("link_term:")
    p.tap_at(p.center_of(link))
    popup = p.find("glossaryPopup")
    p.qtbot.waitUntil(popup.isVisible)
    term = contents[lang].glossary.get(ident)
    assert term is not None
    assert p.find("glossaryTerm").property("text") == term.term
    assert p.find("glossaryDefinition").property("text") == term.definition
    p.tap(p.find("glossaryClose"))
    assert not popup.isVisible()


def test_tapping_a_citation_number_opens_references(bilingual: Patient) -> None:
    p = bilingual
    p.tap(p.nav_button("overview"))
    link = _scroll_to_link(p, "ref:")
    p.tap_at(p.center_of(link))
    assert p.session.screen is Screen.REFERENCES
    study = p.find(f"reference_{p.session.highlighted_reference}")
    p.qtbot.waitUntil(lambda: p.on_screen(study))  # References opens at the cited study
