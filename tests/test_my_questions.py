"""“My questions”: gathered by tapping, taken home by QR code, never stored."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
import segno
import zxingcpp
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem

from kiosk.content.library import ContentLibrary
from kiosk.content.model import Content
from kiosk.content.take_home import (
    MAX_BYTES,
    MAX_CODES_WITH_ANSWERS,
    SavedQuestion,
    TakeHomeCard,
    list_texts,
    qr_texts,
    saveable_questions,
    short_answer,
)
from kiosk.operations.logging_setup import configure_logging
from kiosk.session.choices import TextSize
from kiosk.session.navigation import Screen
from tests.conftest import BUNDLED, KioskFactory, Patient


@pytest.fixture
def p(kiosk_factory: KioskFactory, contents: dict[str, Content]) -> Patient:
    return kiosk_factory(contents, config='clinic_name = "Valley Pain Clinic"\nclinic_phone = "(555) 010-2030"\n')


def _add_faq(p: Patient, index: int, contents: dict[str, Content]) -> str:
    p.tap(p.nav_button("faq"))
    item = contents["en"].faq.items[index]
    question = p.find(f"faqQuestion_{item.id}")
    p.scroll_into_view(question)
    p.tap(question)
    toggle = p.find(f"add_faq:{item.id}")
    card = toggle.parentItem().parentItem()

    def shown_whole() -> bool:  # the answer has finished sliding open
        inner = toggle.mapRectToScene(QRectF(0, 0, toggle.width(), toggle.height()))
        return card.mapRectToScene(QRectF(0, 0, card.width(), card.height())).contains(inner)

    p.qtbot.waitUntil(shown_whole)
    p.scroll_into_view(toggle)
    p.tap(toggle)
    return item.id


def _open_list(p: Patient) -> None:
    p.tap(p.find("myQuestionsButton"))
    p.qtbot.waitUntil(lambda: p.find("screen_my_questions").parentItem().x() == 0)


def _decode_codes(p: Patient) -> list[str]:
    """Read every QR code on the real screen with a real decoder, scrolling each into view."""
    texts = []
    codes = sorted(
        (i for i in p.items() if i.objectName().startswith("qrCode_") and i.isVisible()), key=lambda i: i.objectName()
    )
    for code in codes:
        flick = code.parentItem()
        while flick is not None and not flick.objectName().startswith("screen_"):
            flick = flick.parentItem()
        assert flick is not None
        y = code.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
        flick.setProperty("contentY", max(0.0, min(y - 60, flick.property("contentHeight") - flick.height())))
        p.frame()
        shot = p.window.grabWindow().convertToFormat(QImage.Format.Format_Grayscale8)
        rect = code.mapRectToScene(QRectF(0, 0, code.width(), code.height())).toRect()
        part = shot.copy(rect.adjusted(-20, -20, 20, 20))
        width, height = part.width(), part.height()
        rows = bytes(part.constBits())
        stride = part.bytesPerLine()
        data = b"".join(rows[y * stride : y * stride + width] for y in range(height))
        found = zxingcpp.read_barcodes(memoryview(data).cast("B", shape=[height, width]))
        assert len(found) == 1, f"{code.objectName()}: {len(found)} codes read"
        texts.append(found[0].text)
    return texts


def test_add_list_remove_and_clear_by_tapping(p: Patient, contents: dict[str, Content]) -> None:
    first = _add_faq(p, 0, contents)
    second = _add_faq(p, 1, contents)
    assert p.find(f"add_faq:{first}").property("checked")
    assert "(2)" in p.find("myQuestionsButton").property("text")
    _open_list(p)
    assert p.on_screen(p.find(f"myQuestion_faq:{first}")) or p.find(f"myQuestion_faq:{first}").isVisible()
    p.tap(p.find(f"remove_faq:{first}"))
    assert p.kiosk.my_questions.keys == [f"faq:{second}"]
    assert "(1)" in p.find("myQuestionsButton").property("text")
    p.tap(p.find("clearMyQuestions"))  # asks first
    assert p.kiosk.my_questions.keys == [f"faq:{second}"]
    p.tap(p.find("confirmClearYes"))
    assert p.kiosk.my_questions.keys == []
    assert "(0)" in p.find("myQuestionsButton").property("text")


def test_a_saved_question_shows_its_topic(p: Patient, contents: dict[str, Content]) -> None:
    page = contents["en"].pages[Screen.DRUG_PUMPS]
    p.kiosk.my_questions.toggle(f"ask:drug_pumps:{page.questions[0].id}")
    _add_faq(p, 0, contents)
    _open_list(p)
    shown = p.visible_texts()
    assert f"{page.short_title}" in shown and page.questions[0].text in shown
    assert contents["en"].faq.short_title in shown


def test_clearing_asks_once_and_can_be_undone_for_ten_seconds(p: Patient, contents: dict[str, Content]) -> None:
    first = _add_faq(p, 0, contents)
    _open_list(p)
    p.tap(p.find("clearMyQuestions"))
    assert p.shows("confirmClear")
    p.tap(p.find("confirmClearNo"))  # changed their mind: nothing lost
    assert p.kiosk.my_questions.keys == [f"faq:{first}"]
    p.tap(p.find("clearMyQuestions"))
    p.tap(p.find("confirmClearYes"))
    assert p.kiosk.my_questions.keys == []
    assert p.shows("undoClear")
    p.tap(p.find("undoClearButton"))
    assert p.kiosk.my_questions.keys == [f"faq:{first}"]
    p.tap(p.find("clearMyQuestions"))
    p.tap(p.find("confirmClearYes"))
    p.qtbot.waitUntil(lambda: not p.shows("undoClear"), timeout=12_000)  # Undo is offered for 10 s
    assert p.kiosk.my_questions.keys == [] and p.session.cleared_questions == ()


def test_take_home_shows_the_code_at_once_in_view(kiosk_factory: KioskFactory, contents: dict[str, Content]) -> None:
    """On a short screen the code would be below the fold: the list scrolls to it by itself."""
    p = kiosk_factory(contents, (1366, 768))
    for item in contents["en"].faq.items[:4]:
        p.kiosk.my_questions.toggle(f"faq:{item.id}")
    _open_list(p)
    p.tap(p.find("takeHome"))
    layer = p.find("screen_my_questions")
    p.qtbot.waitUntil(lambda: any(c.isVisible() and layer.isAncestorOf(c) for c in p.find_all("qrCode_0")))
    p.frame()
    code = next(c for c in p.find_all("qrCode_0") if layer.isAncestorOf(c))
    rect = code.mapRectToScene(QRectF(0, 0, code.width(), code.height()))
    view = layer.mapRectToScene(QRectF(0, 0, layer.width(), layer.height()))
    assert view.contains(rect), f"the code at {rect} is not inside the view {view}"


def test_doctor_questions_on_a_therapy_screen_can_be_added(p: Patient, contents: dict[str, Content]) -> None:
    page = next(pg for pg in contents["en"].pages.values() if pg.questions)
    p.tap(p.nav_button(page.screen.value))
    key = f"ask:{page.screen.value}:{page.questions[0].id}"
    toggle = p.find(f"add_{key}")
    p.scroll_into_view(toggle)
    p.tap(toggle)
    assert p.kiosk.my_questions.keys == [key]
    assert p.find(f"add_{key}").property("text") == "Added to my list"


def test_idle_reset_clears_the_list(p: Patient, contents: dict[str, Content]) -> None:
    _add_faq(p, 0, contents)
    p.wait_idle(90)
    p.wait_idle(20)  # the countdown: 20 s
    assert p.kiosk.my_questions.keys == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_qr_code_holds_the_questions_as_plain_text(p: Patient, contents: dict[str, Content], lang: str) -> None:
    _add_faq(p, 0, contents)
    _add_faq(p, 3, contents)
    p.session.set_language(lang)
    _open_list(p)
    p.tap(p.find("takeHome"))
    [text] = _decode_codes(p)
    faq, topic = contents[lang].faq.items, contents[lang].faq.short_title
    first, second = (short_answer(faq[i].answer) for i in (0, 3))
    assert f"1. {topic}: {faq[0].question}\n{first}\n2. {topic}: {faq[3].question}\n{second}" in text
    assert "Valley Pain Clinic · (555) 010-2030" in text
    title = "My list to ask the doctor" if lang == "en" else "Mi lista para el médico"
    assert text.startswith(title)


@pytest.mark.parametrize("configured", [True, False])
def test_the_code_holds_the_list_the_date_and_the_clinic_and_nothing_else(
    kiosk_factory: KioskFactory, contents: dict[str, Content], configured: bool
) -> None:
    """Line by line: nothing in the code but what the patient saw on the list, the date and the
    clinic's name and phone (when IT set them): no name, no time of day, no screen history."""
    config = 'clinic_name = "Valley Pain Clinic"\nclinic_phone = "(555) 010-2030"\n' if configured else ""
    p = kiosk_factory(contents, config=config)
    faq = contents["en"].faq.items
    page = contents["en"].pages[Screen.DRUG_PUMPS]
    for key in (f"faq:{faq[2].id}", f"ask:drug_pumps:{page.questions[0].id}"):
        p.kiosk.my_questions.toggle(key)
    _open_list(p)
    p.tap(p.find("takeHome"))
    [text] = p.session.take_home.texts
    lines = text.split("\n")
    assert lines[0] == "My list to ask the doctor"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", lines[1])
    clinic = ["Valley Pain Clinic · (555) 010-2030"] if configured else []
    assert lines[2:] == [
        *clinic,
        "",
        f"1. {contents['en'].faq.short_title}: {faq[2].question}",
        short_answer(faq[2].answer),
        f"2. {page.short_title}: {page.questions[0].text}",  # a question for the doctor has no answer here
    ]
    assert ("555" in text) is configured


def test_a_long_list_is_split_into_numbered_codes(p: Patient, contents: dict[str, Content]) -> None:
    for item in contents["en"].faq.items:
        p.kiosk.my_questions.toggle(f"faq:{item.id}")
    _open_list(p)
    p.tap(p.find("takeHome"))
    texts = _decode_codes(p)
    assert len(texts) >= 2
    assert texts[0].startswith(f"My list to ask the doctor (1/{len(texts)})")
    joined = "\n".join(texts)
    for item in contents["en"].faq.items:
        assert item.question in joined


def test_references_can_be_taken_home(p: Patient, contents: dict[str, Content]) -> None:
    p.tap(p.find("referencesButton"))
    button = p.find("takeReferencesHome")
    p.scroll_into_view(button)
    p.tap(button)
    [text] = _decode_codes(p)  # one code for all the studies
    for ref in contents["en"].references.items:
        assert f"{ref.authors.split(',')[0]} {ref.year}. {ref.journal}" in text


def test_take_home_text_splitting() -> None:
    card = TakeHomeCard("Title", "2026-11-25", "Clinic", tuple(f"{i}. " + "é" * 60 for i in range(1, 13)))
    texts = qr_texts(card, max_bytes=400)
    assert len(texts) > 1
    assert all(len(t.encode()) <= 400 for t in texts)
    assert texts[0].startswith(f"Title (1/{len(texts)})\n2026-11-25\nClinic\n\n")
    assert qr_texts(TakeHomeCard("T", "d", "", ("one",))) == ["T\nd\n\none"]


def test_a_short_answer_is_its_first_whole_sentences() -> None:
    answer = "No. The device is meant for long-term use.[^kumar2007] It can be [[turned off]]. " + "More. " * 40
    assert short_answer(answer).startswith("No. The device is meant for long-term use. It can be turned off. More.")
    assert len(short_answer(answer)) <= 120
    assert short_answer("Maybe. " + "word " * 60).startswith("Maybe. word word")  # never a bare "Maybe."
    long = short_answer("One sentence that goes on " + "and on " * 40 + "until the end.")
    assert len(long) <= 120 and long.endswith("…") and not long.endswith(" …")


def _questions(count: int) -> list[SavedQuestion]:
    answer = "A short answer that says what the kiosk said, in about as many words as a real one has."
    return [SavedQuestion("Common questions", f"Question number {i} about the device?", answer) for i in range(count)]


def test_a_long_list_keeps_every_question_and_the_phone_but_not_every_answer() -> None:
    """Answers go from the end of the list when they would need more than a few codes; a list
    whose questions alone need more has none. Every code stays small enough to read at 50 cm."""
    clinic = "Valley Pain Clinic · (555) 010-2030"

    def texts(count: int) -> list[str]:
        return list_texts("My list", "2026-11-25", clinic, _questions(count))

    assert len(texts(2)) == 1 and texts(2)[0].count("A short answer") == 2
    joined = "\n".join(texts(9))
    assert 0 < joined.count("A short answer") < 9 and len(texts(9)) == MAX_CODES_WITH_ANSWERS
    assert joined.index("A short answer") < joined.index("Question number 1 about")  # the first keeps its answer
    assert joined.endswith("Question number 8 about the device?")  # the last has lost its answer
    for count in (1, 9, 12, 40):
        codes = texts(count)
        for i in range(count):
            assert f"Question number {i} about" in "\n".join(codes)
        for text in codes:
            assert clinic in text
            assert len(text.encode()) <= MAX_BYTES
            assert segno.make(text, error="m", micro=False).version <= 15  # readable at 50 cm


def test_no_question_text_is_ever_written(
    p: Patient, contents: dict[str, Content], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))  # where the heartbeat goes
    configure_logging(tmp_path / "logs", logging.DEBUG)
    try:
        for index in (0, 1, 2):
            _add_faq(p, index, contents)
        _open_list(p)
        p.tap(p.find("takeHome"))
        p.kiosk.upkeep.beat()
        p.wait_idle(100)
    finally:
        configure_logging(level=logging.WARNING)
    written = [f for f in tmp_path.rglob("*") if f.is_file()]
    assert written, "the session wrote its log"
    for file in written:
        data = file.read_text(encoding="utf-8", errors="ignore")
        for item in contents["en"].faq.items[:3]:
            assert item.question not in data, f"{item.question!r} found in {file}"


def _whole_in_view(p: Patient, item: QQuickItem) -> bool:
    layer = p.find("screen_my_questions").parentItem()
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    view = layer.mapRectToScene(QRectF(0, 0, layer.width(), layer.height()))
    return p.on_screen(item) and view.contains(rect) and rect.bottom() <= p.window.height()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1080, 1920)], ids=["1920", "1366", "portrait"])
def test_take_my_list_home_is_in_view_however_long_the_list(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: tuple[int, int]
) -> None:
    """With one, three or twelve questions, in both languages and at every text size, the real
    button is in view without scrolling, and a tap on it shows the code."""
    p = kiosk_factory(contents, size)
    keys = [f"faq:{item.id}" for item in contents["en"].faq.items]
    p.kiosk.my_questions.toggle(keys[0])
    _open_list(p)
    for count in (1, 3, 12):
        p.session.set_saved(keys[:count])
        for where in p.each_language_and_text_size():
            p.frame()
            button = p.find("takeHome")
            assert _whole_in_view(p, button), f"{count} questions, {where}: 'Take my list home' is out of view"
            p.tap(button)
            assert p.session.take_home.texts, where
            p.qtbot.waitUntil(lambda: p.shows("qrCode_0"))
            p.kiosk.my_questions.hideCodes()


def test_two_saved_questions_show_whole_on_a_short_screen_at_the_largest_text(
    kiosk_factory: KioskFactory, contents: dict[str, Content]
) -> None:
    p = kiosk_factory(contents, (1366, 768))
    for item in contents["en"].faq.items[:3]:
        p.kiosk.my_questions.toggle(f"faq:{item.id}")
    _open_list(p)
    for language in BUNDLED:
        p.session.set_language(language.code)
        p.session.set_text_size(TextSize.EXTRA_LARGE)
        p.frame()
        cards = [i for i in p.items() if i.objectName().startswith("myQuestion_faq:") and i.isVisible()]
        assert len(cards) == 3
        assert sum(_whole_in_view(p, card) for card in cards) >= 2, language


@pytest.mark.parametrize("configured", [True, False])
def test_my_list_says_whom_to_call_only_when_the_clinic_set_its_phone(
    kiosk_factory: KioskFactory, contents: dict[str, Content], configured: bool
) -> None:
    config = 'clinic_name = "Valley Pain Clinic"\nclinic_phone = "(555) 010-2030"\n' if configured else ""
    p = kiosk_factory(contents, config=config)
    _open_list(p)
    assert p.shows("myQuestionsContact") is configured
    if configured:
        assert p.find("myQuestionsContact").property("text") == "Questions? Call Valley Pain Clinic at (555) 010-2030."
        p.session.set_language("es")
        assert (
            p.find("myQuestionsContact").property("text") == "¿Preguntas? Llame a Valley Pain Clinic al (555) 010-2030."
        )
    else:
        assert "555" not in p.visible_texts()


@pytest.mark.parametrize("number", ["911", "112"])
def test_a_short_answer_taken_home_never_leaves_out_what_to_do_in_an_emergency(number: str) -> None:
    """The take-home code shortens answers; any sentence that says to call the emergency number
    ("Call 911 right away if you notice these signs") stays in, in both languages and with a
    clinic's own number."""
    urgent = 0
    for language in BUNDLED:
        content = ContentLibrary(emergency_number=number).content(language)
        assert content is not None
        saved = saveable_questions(content, number)
        for item in content.faq.items:
            if number in item.answer:
                urgent += 1
                short = saved[f"faq:{item.id}"].answer
                assert number in short, f"{language.code} {item.id}: {short!r}"
                assert len(short) <= len(item.answer)
    assert urgent >= 4, "the FAQ tells patients to call for help in at least two answers per language"
    # A sentence of no use alone still takes the next along, and the limit holds without one.
    assert short_answer("No. It can be turned off.", emergency_number=number) == "No. It can be turned off."


def test_the_code_and_hide_the_code_stand_in_view_together_on_a_short_screen(
    kiosk_factory: KioskFactory, contents: dict[str, Content]
) -> None:
    """At 1366x768, in both languages and at every text size, the code and "Hide the code" beside
    it are both whole in view: a patient who has scanned it can put it away without a scroll."""
    p = kiosk_factory(contents, (1366, 768))
    for item in contents["en"].faq.items[:3]:
        p.kiosk.my_questions.toggle(f"faq:{item.id}")
    _open_list(p)
    layer = p.find("screen_my_questions")
    for where in p.each_language_and_text_size():
        p.settle()
        p.tap(p.find("takeHome"))
        p.qtbot.waitUntil(lambda: any(c.isVisible() and layer.isAncestorOf(c) for c in p.find_all("qrCode_0")))
        p.settle()
        p.frame()
        view = layer.mapRectToScene(QRectF(0, 0, layer.width(), layer.height()))
        for name in ("qrCode_0", "qrClose"):
            part = next(c for c in p.find_all(name) if layer.isAncestorOf(c) and c.isVisible())
            rect = part.mapRectToScene(QRectF(0, 0, part.width(), part.height()))
            assert view.contains(rect), f"{where}: {name} at {rect} is not whole in the view {view}"
        p.tap(next(c for c in p.find_all("qrClose") if layer.isAncestorOf(c)))
        p.qtbot.waitUntil(lambda: not any(c.isVisible() and layer.isAncestorOf(c) for c in p.find_all("qrCode_0")))
