"""The FAQ: questions grouped by topic, a chip per topic that brings its heading to the top, an
accordion whose opened answer scrolls into view whole, and "Next" that reads on a screenful at a
time; a tap opens an answer, another tap closes it, a drag only scrolls."""

from __future__ import annotations

import itertools
import logging
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtQuick import QQuickItem

from kiosk.content import markup
from kiosk.content.builtin import builtin_content
from kiosk.content.library import ContentLibrary
from kiosk.content.model import Content
from kiosk.files.resources import content_root
from kiosk.session.choices import TextSize
from kiosk.session.navigation import Screen
from tests.conftest import KioskFactory, Patient

SIZES = {"1920x1080": (1920, 1080), "1366x768": (1366, 768), "1080x1920": (1080, 1920)}


def _rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _page_area(p: Patient) -> QRectF:
    """Where the page scrolls: between the header and the disclaimer line."""
    return _rect(p.find("mainSwipe"))


def _at_end(page: QQuickItem) -> bool:
    return bool(page.property("contentY") >= page.property("contentHeight") - page.height() - 1)


def _faq(p: Patient) -> QQuickItem:
    p.session.go(Screen.FAQ)
    p.settle()
    page = p.find("screen_faq")
    page.setProperty("contentY", 0)
    p.frame()
    return page


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
    patient.scroll_into_view(patient.find(f"faqQuestion_{second.id}"))  # pushed down below the view
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


def test_the_questions_show_under_their_topic_headings_in_screen_order(patient: Patient, content: Content) -> None:
    p = patient
    page = _faq(p)
    shown: list[str] = []
    for topic, items in content.faq.groups():
        heading = p.find(f"faqTopic_{topic.id}")
        assert heading.property("text") == topic.name and heading.isVisible()
        assert heading.metaObject().className().startswith("Heading")  # Accessible.Heading
        shown.append(topic.id)
        shown += [item.id for item in items]
    y = {i.id: p.find(f"faqQuestion_{i.id}").mapToItem(page, QPointF(0, 0)).y() for i in content.faq.items}
    y |= {t.id: p.find(f"faqTopic_{t.id}").mapToItem(page, QPointF(0, 0)).y() for t in content.faq.topics}
    assert sorted(shown, key=y.__getitem__) == shown
    assert [t.id for t in content.faq.topics] == [
        "both",
        "neurostimulators",
        "drug-pumps",
        "daily-life",
        "costs-and-help",
    ]


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_each_topic_chip_brings_its_heading_to_the_top_in_one_tap(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    p = kiosk_factory(contents, SIZES[size])
    for where in p.each_language_and_text_size():
        for topic, items in p.content.faq.groups():
            page = _faq(p)
            chip = p.find(f"chip_{topic.id}")
            _slide_into_view(p, chip)
            assert p.on_screen(chip) and _page_area(p).contains(_rect(chip)), f"{where}: {topic.id} chip not in view"
            assert chip.property("text") == topic.name
            p.tap(chip)
            p.frame()
            area, heading = _page_area(p), _rect(p.find(f"faqTopic_{topic.id}"))
            top = heading.top() - area.top()
            # At the top; or, for the last topics, the page is at its end with the heading in view.
            assert 0 <= top <= 120 or (_at_end(page) and area.contains(heading)), f"{where}: {topic.id} at {top:.0f}"
            first = _rect(p.find(f"faqQuestion_{items[0].id}"))
            assert area.contains(first), f"{where}: the first question of {topic.id} is not in view"


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_who_to_call_is_one_tap_from_the_first_view(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    p = kiosk_factory(contents, SIZES[size])
    for where in p.each_language_and_text_size():
        [(topic, items)] = [(t, i) for t, i in p.content.faq.groups() if any(q.id == "who-to-call" for q in i)]
        assert items[0].id == "who-to-call", where
        _faq(p)
        chip = p.find(f"chip_{topic.id}")
        _slide_into_view(p, chip)
        p.tap(chip)
        p.frame()
        assert _page_area(p).contains(_rect(p.find("faqQuestion_who-to-call"))), where


def _slide_into_view(p: Patient, chip: QQuickItem) -> None:
    """On a short screen the topics stand in one row that slides sideways: a patient who does not
    see "Costs and help" slides the row (one gesture) and taps it."""
    strip = next(s for s in p.find_all("sectionChips") if p.on_screen(s))
    shown = _rect(strip)
    if shown.contains(_rect(chip)):
        return
    y = int(shown.center().y())
    right, left = QPoint(int(shown.right()) - 40, y), QPoint(int(shown.left()) + 40, y)
    p.drag(*((right, left) if _rect(chip).right() > shown.right() else (left, right)))
    p.qtbot.waitUntil(lambda: not strip.property("moving"))
    assert shown.contains(_rect(chip)), "one slide of the topics does not bring the last one into view"


def _open_and_wait(p: Patient, faq_id: str) -> QQuickItem:
    p.tap(p.find(f"faqQuestion_{faq_id}"))
    item = p.find(f"faqAnswerBox_{faq_id}").parentItem()
    p.qtbot.waitUntil(lambda: item.height() == item.property("openHeight"))
    p.page_still()
    p.frame()
    return item


def _close_and_wait(p: Patient, faq_id: str) -> None:
    p.session.toggle_faq(faq_id)
    p.qtbot.waitUntil(lambda: _answer_height(p, faq_id) == 0)


def _to_the_bottom_of_the_view(p: Patient, page: QQuickItem, row: QQuickItem) -> None:
    """Scrolls so that ``row`` is just above the disclaimer line, as a patient may leave it."""
    top = row.mapToItem(page.property("contentItem"), QPointF(0, 0)).y()
    page.setProperty("contentY", top + row.height() - page.height() + 8)
    p.frame()


def _assert_wholly_in_view(p: Patient, item: QQuickItem, where: str) -> None:
    area, rect = _page_area(p), _rect(item)
    if rect.height() <= area.height():
        assert area.top() <= rect.top() and rect.bottom() <= area.bottom(), f"{where}: {rect} is not inside {area}"
    else:  # taller than the view: the question at the top
        assert 0 <= rect.top() - area.top() <= 60, f"{where}: a tall answer's question is not at the top"


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_an_answer_opened_low_on_the_screen_scrolls_into_view_whole(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    p = kiosk_factory(contents, SIZES[size])
    for text_size in (TextSize.STANDARD, TextSize.EXTRA_LARGE):
        p.session.set_text_size(text_size)
        where = f"{size} {text_size.value}"
        # The lowest question wholly in the first view (or, when none fits beside the title, the
        # first, low in the view): its answer would open behind the disclaimer line.
        page = _faq(p)
        area = _page_area(p)
        whole = [i for i in p.content.faq.items if area.contains(_rect(p.find(f"faqQuestion_{i.id}")))]
        low = whole[-1] if whole else p.content.faq.items[0]
        if not whole:
            _to_the_bottom_of_the_view(p, page, p.find(f"faqQuestion_{low.id}"))
        _assert_wholly_in_view(p, _open_and_wait(p, low.id), f"{where} {low.id}")
        _close_and_wait(p, low.id)  # the page below is back in place
        # The last question of the page, scrolled to the bottom of the view first.
        last = p.content.faq.in_screen_order()[-1]
        page = _faq(p)
        row = p.find(f"faqQuestion_{last.id}")
        _to_the_bottom_of_the_view(p, page, row)
        assert area.contains(_rect(row)), where
        item = _open_and_wait(p, last.id)
        _assert_wholly_in_view(p, item, f"{where} {last.id}")
        _close_and_wait(p, last.id)


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_next_reads_on_a_screenful_at_a_time_to_the_end_skipping_nothing(
    kiosk_factory: KioskFactory, content: Content, size: str
) -> None:
    p = kiosk_factory(content, SIZES[size])
    page = _faq(p)
    view = page.height()
    seen: set[str] = set()

    def look() -> None:
        area = _page_area(p)
        seen.update(i.id for i in content.faq.items if area.contains(_rect(p.find(f"faqQuestion_{i.id}"))))

    look()
    positions = [p.page_still()]
    while p.find("pageNext").isEnabled():
        p.tap(p.find("pageNext"))
        positions.append(p.page_still())
        look()
        assert len(positions) < 60, positions
    assert _at_end(page)
    steps = [b - a for a, b in itertools.pairwise(positions)]
    assert steps and steps[0] >= 0.7 * view, f"the first tap moved {steps[0]:.0f} px of {view:.0f}"
    assert all(step >= 0.7 * view for step in steps[:-1]), steps
    assert all(0 < step < view for step in steps), steps  # some of each view stays in the next
    assert seen == {i.id for i in content.faq.items}, "a question was never wholly in view"


def test_broken_topics_leave_the_kiosk_running_on_built_in_content(
    kiosk_factory: KioskFactory, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "content"
    shutil.copytree(content_root() / "en", root / "en")
    shutil.copytree(content_root().parent / "images", root / "images")
    faq = root / "en" / "faq.toml"
    faq.write_text(
        faq.read_text(encoding="utf-8").replace('topic = "drug-pumps"', 'topic = "pumps"', 1), encoding="utf-8"
    )
    library = ContentLibrary(bundled_root=root)
    p = kiosk_factory(builtin_content(), library=library)
    assert p.content.source == "built-in"
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("faq.toml: items[" in e and 'has an unknown topic "pumps"' in e for e in errors), errors
    p.tap(p.nav_button("faq"))
    [(_topic, [item])] = p.content.faq.groups()
    assert p.on_screen(p.find(f"faqQuestion_{item.id}"))


def test_a_faq_written_before_topics_shows_as_one_list(
    kiosk_factory: KioskFactory, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A clinic's own faq.toml from before topics (no [[topics]], no question with a topic) is
    still valid: its questions show as one list, with no chips and no heading over them, and no
    error sends the kiosk to other content."""
    root = tmp_path / "content"
    shutil.copytree(content_root() / "en", root / "en")
    shutil.copytree(content_root().parent / "images", root / "images")
    faq = root / "en" / "faq.toml"
    text = re.sub(r"\[\[topics\]\]\nid = .*\nname = .*\n+", "", faq.read_text(encoding="utf-8"))
    faq.write_text(re.sub(r'^topic = ".*"\n', "", text, flags=re.M), encoding="utf-8")
    p = kiosk_factory(builtin_content(), library=ContentLibrary(bundled_root=root))
    assert p.content.source != "built-in"
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    [(topic, items)] = p.content.faq.groups()
    assert len(items) == 30 and topic.name == p.content.faq.short_title
    page = _faq(p)
    assert not any(c.isVisible() and page.isAncestorOf(c) for c in p.find_all("sectionChips"))
    assert not [i for i in p.items() if i.objectName().startswith("faqTopic_") and i.isVisible()]
    assert p.on_screen(p.find(f"faqQuestion_{items[0].id}"))


def test_with_reduced_motion_an_opened_answer_is_in_view_at_once(kiosk_factory: KioskFactory, content: Content) -> None:
    p = kiosk_factory(content, SIZES["1366x768"], config="reduce_motion = true\n")
    page = _faq(p)
    last = content.faq.in_screen_order()[-1]
    row = p.find(f"faqQuestion_{last.id}")
    _to_the_bottom_of_the_view(p, page, row)
    p.tap(row)
    p.frame()  # no glide and no sliding open: one frame later the answer is in view
    item = p.find(f"faqAnswerBox_{last.id}").parentItem()
    assert item.height() == item.property("openHeight")
    assert page.property("heading") == page.property("contentY")
    _assert_wholly_in_view(p, item, "reduce_motion")
