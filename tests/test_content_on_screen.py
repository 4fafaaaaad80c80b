"""Every content item of the content files reaches the screen a patient sees."""

from __future__ import annotations

import html
import re

import pytest

from kiosk.content import markup
from kiosk.content.model import Content
from kiosk.session.navigation import Screen
from tests.conftest import Patient


def _norm(text: str) -> str:
    text = re.sub(r"<sup[^>]*>.*?</sup>", "", text)  # citation numbers
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return re.sub(r"\s+", " ", text).strip()


def _shown(patient: Patient) -> str:
    return _norm(patient.visible_texts())


def _expect(text: str) -> str:
    # Citation numbers replace the markers and glossary words become links: compare the words.
    return _norm(markup.plain_text(text))


@pytest.mark.parametrize("screen", [Screen.OVERVIEW, Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS], ids=str)
def test_every_section_of_a_page_is_shown(patient: Patient, content: Content, screen: Screen) -> None:
    patient.tap(patient.nav_button(screen.value))
    shown = _shown(patient)
    page = content.page(screen)
    assert page.title in shown
    assert _expect(page.subtitle) in shown
    for section in page.sections:
        for text in section.texts():
            assert _expect(text) in shown, f"{screen.value}/{section.id}: {text[:60]!r} not shown"


def test_every_faq_question_and_answer_is_shown(patient: Patient, content: Content) -> None:
    patient.tap(patient.nav_button("faq"))
    shown = _shown(patient)
    for item in content.faq.items:
        assert _expect(item.question) in shown
        assert _expect(item.answer) not in shown  # closed until asked for
    for item in content.faq.items:
        question = patient.find(f"faqQuestion_{item.id}")
        patient.scroll_into_view(question)
        patient.tap(question)
        answer = patient.find(f"faqAnswer_{item.id}")
        box = patient.find(f"faqAnswerBox_{item.id}")
        patient.qtbot.waitUntil(lambda b=box: b.isVisible() and b.height() > 0)
        patient.scroll_into_view(answer)  # a long answer near the bottom: read on by scrolling
        patient.qtbot.waitUntil(lambda a=answer: patient.on_screen(a))
        assert _norm(answer.property("text")) and _expect(item.answer) in _shown(patient)
        patient.scroll_into_view(question)
        patient.tap(question)
        patient.qtbot.waitUntil(lambda b=box: not b.isVisible())


def test_every_reference_is_shown_with_its_number(patient: Patient, content: Content) -> None:
    patient.tap(patient.find("referencesButton"))
    for number, ref in enumerate(content.references.items, start=1):
        row = patient.find(f"reference_{ref.id}")
        assert row.property("number") == number
        assert row.property("citation") == ref.citation
    assert _expect(content.site.disclaimer) in _norm(patient.find("disclaimerFull").property("text"))


def test_citations_render_as_numbered_links(patient: Patient, content: Content) -> None:
    patient.tap(patient.nav_button("neurostimulators"))
    numbers = content.references.numbers
    rich = patient.kiosk.content.neurostimulators.sections.row(0)
    text = " ".join(p["rich"] for p in rich["paragraphs"] + rich["bullets"])
    cited = [
        i for s in content.page(Screen.NEUROSTIMULATORS).sections for t in s.texts() for i in markup.citation_ids(t)
    ]
    assert cited, "the neurostimulator page cites its studies"
    all_rich = " ".join(
        " ".join(p["rich"] for p in r["paragraphs"] + r["bullets"])
        for r in (
            patient.kiosk.content.neurostimulators.sections.row(i)
            for i in range(patient.kiosk.content.neurostimulators.sections.rowCount())
        )
    )
    for ident in set(cited):
        assert f'href="ref:{ident}"' in all_rich
        assert f"><b>{numbers[ident]}</b></a></sup>" in all_rich
    assert "[^" not in text


@pytest.mark.parametrize("screen", ["overview", "neurostimulators", "drug_pumps", "faq"])
def test_each_screen_shows_its_illustration(patient: Patient, screen: str) -> None:
    patient.tap(patient.nav_button(screen))
    image = patient.find(f"pageImage_{screen}")
    patient.qtbot.waitUntil(lambda: image.property("progress") == 1 and image.property("paintedWidth") > 0)
    assert patient.on_screen(image)
    assert image.property("paintedWidth") >= 100  # a quarter of the view at most, and still a picture
    assert image.property("Accessible.name") or image.property("source")
