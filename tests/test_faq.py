"""The FAQ accordion: a tap opens an answer, another tap closes it, a drag only scrolls."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from kiosk.content import markup
from kiosk.content.model import Content
from tests.conftest import Patient


def _answer_height(patient: Patient, faq_id: str) -> float:
    return float(patient.find(f"faqAnswerBox_{faq_id}").height())


def test_tap_opens_and_closes_an_answer(patient: Patient, content: Content, qtbot: object) -> None:
    patient.tap(patient.nav_button("faq"))
    item = content.faq.items[0]
    question = patient.find(f"faqQuestion_{item.id}")
    assert _answer_height(patient, item.id) == 0
    assert not patient.find(f"faqAnswerBox_{item.id}").isVisible()

    patient.tap(question)
    patient.qtbot.waitUntil(lambda: _answer_height(patient, item.id) > 40)
    answer = patient.find(f"faqAnswer_{item.id}")
    assert patient.on_screen(answer)
    assert markup.plain_text(item.answer)[:30] in _plain(answer.property("text"))

    patient.tap(question)
    patient.qtbot.waitUntil(lambda: _answer_height(patient, item.id) == 0)
    assert not patient.find(f"faqAnswerBox_{item.id}").isVisible()


def test_answers_open_independently(patient: Patient, content: Content) -> None:
    patient.tap(patient.nav_button("faq"))
    first, second = content.faq.items[0], content.faq.items[1]
    patient.tap(patient.find(f"faqQuestion_{first.id}"))
    patient.wait_still(patient.find(f"faqQuestion_{second.id}"))  # the first answer has slid open
    patient.tap(patient.find(f"faqQuestion_{second.id}"))
    assert patient.open_answers() == [item.id for item in patient.content.faq.items[:2]]


def test_drag_starting_on_a_question_scrolls_and_does_not_open_it(patient: Patient, content: Content) -> None:
    patient.tap(patient.nav_button("faq"))
    screen = patient.current_screen_item()
    visible = [
        (i, item)
        for i, item in enumerate(content.faq.items)
        if patient.on_screen(patient.find(f"faqQuestion_{item.id}"))
        and patient.center_of(patient.find(f"faqQuestion_{item.id}")).y() > 500
    ]
    _, item = visible[0]
    start = patient.center_of(patient.find(f"faqQuestion_{item.id}"))
    patient.drag(start, QPoint(start.x(), start.y() - 350))
    assert screen.property("contentY") > 100
    assert patient.open_answers() == []


def _plain(rich: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", rich)
