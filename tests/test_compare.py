"""“Compare the two”: both therapies in the same rows, one tap from the pages that explain them,
in both languages, every cell cited or marked a general rule, ending with questions for the doctor."""

from __future__ import annotations

import io
import logging
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import textstat

from kiosk.content import markup
from kiosk.content.builtin import builtin_content
from kiosk.content.checks import parity_problems
from kiosk.content.library import ContentLibrary
from kiosk.content.model import COMPARE_COLUMNS, Content
from kiosk.content.read_aloud import screen_text
from kiosk.content.readability import patient_texts, readability_problems
from kiosk.content.reader import load_content
from kiosk.content.review_sheet import review_sheet_html
from kiosk.content.schema import COMPARE_FILE, ContentError
from kiosk.content.validate import validate_content
from kiosk.files.resources import content_root
from kiosk.session.navigation import Screen
from tests.conftest import BUNDLED, KioskFactory, Patient

SIZES = {"1366x768": (1366, 768), "1080x1920": (1080, 1920)}
THERAPY_PAGES = (Screen.OVERVIEW, Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS)


@pytest.fixture
def p(kiosk_factory: KioskFactory, contents: dict[str, Content]) -> Patient:
    return kiosk_factory(contents)


def _open_compare(p: Patient, screen: Screen) -> None:
    p.tap(p.nav_button(screen.value))
    p.tap(p.find(f"openCompare_{screen.value}"))


# ---------------------------------------------------------------- on screen, by tapping
@pytest.mark.parametrize("screen", THERAPY_PAGES, ids=lambda s: s.value)
def test_one_tap_opens_it_and_back_returns_where_you_were(p: Patient, screen: Screen) -> None:
    p.tap(p.nav_button(screen.value))
    page = p.current_screen_item()
    button = p.find(f"openCompare_{screen.value}")
    assert p.on_screen(button), "the button is in the first view of the page"
    page.setProperty("contentY", 40.0)  # a patient who had read a little way down
    p.tap(button)
    assert p.session.screen is Screen.COMPARE
    assert p.visible_title() == p.content.compare.title
    p.tap(p.find("compareBack"))
    assert p.session.screen is screen
    assert p.visible_title() == p.content.page(screen).title
    assert page.property("contentY") == 40.0, "the page is where the patient left it"


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_row_shows_with_both_answers(p: Patient, contents: dict[str, Content], language: str) -> None:
    p.session.set_language(language)
    compare = contents[language].compare
    _open_compare(p, Screen.NEUROSTIMULATORS)
    heads = p.find("compareColumnHeads")
    assert p.on_screen(heads)
    assert [h.property("modelData") for h in heads.childItems() if h.property("modelData")] == list(compare.columns)
    assert len(compare.rows) >= 8
    for row in compare.rows:
        heading = p.find(f"compareRowHeading_{row.id}")
        p.scroll_into_view(heading)
        assert p.on_screen(heading), row.id
        assert heading.property("text") == row.heading
        for i, cell in enumerate(row.cells):
            shown = p.find(f"compareCellText_{row.id}_{i}")
            assert p.on_screen(shown), f"{row.id} {COMPARE_COLUMNS[i]}"
            assert shown.property("plain") == markup.plain_text(cell)
    first = p.find(f"compareCellText_{compare.rows[0].id}_0")
    second = p.find(f"compareCellText_{compare.rows[0].id}_1")
    assert first.property("y") == second.property("y"), "the two answers stand side by side"


def test_the_column_headings_stay_in_view_while_the_table_scrolls(p: Patient) -> None:
    _open_compare(p, Screen.OVERVIEW)
    pinned = p.find("compareColumnHeadsPinned")
    assert not pinned.isVisible()  # the table's own headings are in view
    p.scroll_into_view(p.find(f"compareRowHeading_{p.content.compare.rows[5].id}"))
    p.frame()
    assert pinned.isVisible()


def test_a_question_for_the_doctor_goes_on_my_list(p: Patient, contents: dict[str, Content]) -> None:
    _open_compare(p, Screen.DRUG_PUMPS)
    question = contents["en"].compare.questions[0]
    key = f"ask:compare:{question.id}"
    toggle = p.find(f"add_{key}")
    p.scroll_into_view(toggle)
    p.tap(toggle)
    assert p.kiosk.my_questions.keys == [key]
    p.tap(p.find("myQuestionsButton"))
    p.qtbot.waitUntil(lambda: p.find("screen_my_questions").parentItem().x() == 0)
    assert p.find(f"myQuestionText_{key}").property("text") == f"1. {question.text}"
    p.session.set_language("es")
    assert p.find(f"myQuestionText_{key}").property("text") == f"1. {contents['es'].compare.questions[0].text}"


@pytest.mark.parametrize("size", ["1080x1920", "1366x768"])
def test_readable_on_a_portrait_and_a_small_screen_at_every_size(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    """Each answer keeps room for a few words a line: at least 14 characters of body text wide."""
    p = kiosk_factory(contents, SIZES[size])
    for where in p.each_language_and_text_size():
        p.session.go(Screen.COMPARE)
        p.settle()
        p.frame()
        cell = p.find(f"compareCellText_{p.content.compare.rows[0].id}_1")
        font = cell.property("font").pixelSize()
        assert cell.width() >= 14 * font * 0.55, f"{where}: {cell.width()} px for {font} px text"
        assert cell.mapToScene(cell.boundingRect().topRight()).x() <= p.window.width(), where


def test_listen_reads_each_row_with_its_column_names(contents: dict[str, Content]) -> None:
    for content in contents.values():
        spoken = screen_text(content, Screen.COMPARE)
        compare = content.compare
        for row in compare.rows:
            assert row.heading in spoken
            for column, cell in zip(compare.columns, row.cells, strict=True):
                assert f"{column}: {markup.plain_text(cell)}" in spoken
        assert all(q.text in spoken for q in compare.questions)


def test_the_builtin_notice_offers_no_comparison(kiosk_factory: KioskFactory) -> None:
    p = kiosk_factory(builtin_content())
    assert not p.shows("openCompare_overview")


# ---------------------------------------------------------------- the content file
def test_every_cell_is_cited_or_marked_a_general_rule(contents: dict[str, Content]) -> None:
    for content in contents.values():
        for row in content.compare.rows:
            for column, cell in zip(COMPARE_COLUMNS, row.cells, strict=True):
                assert bool(markup.citation_ids(cell)) != (column in row.general_rule), (row.id, column)


def test_the_two_languages_have_the_same_rows_citations_and_questions(contents: dict[str, Content]) -> None:
    assert parity_problems(contents["en"], contents["es"]) == []
    es = contents["es"]
    dropped = replace(es, compare=replace(es.compare, rows=es.compare.rows[1:]))
    assert [str(p) for p in parity_problems(contents["en"], dropped)] == [
        f'es/{COMPARE_FILE}: row: "{es.compare.rows[0].id}" is missing (present in en)'
    ]


#: Each bundled language's reading-level measure, as its language.toml names it.
MEASURE = {language.code: language.readability for language in BUNDLED}


def test_reading_level_covers_every_cell(contents: dict[str, Content]) -> None:
    for code, content in contents.items():
        located = {loc for file, loc, _ in patient_texts(content) if file == COMPARE_FILE}
        for i, _row in enumerate(content.compare.rows):
            assert {f"rows[{i}].{column}" for column in COMPARE_COLUMNS} <= located
        assert readability_problems(content, MEASURE[code]) == []
    textstat.set_lang("en")
    grades = [textstat.flesch_kincaid_grade(t) for f, _, t in patient_texts(contents["en"]) if f == COMPARE_FILE]
    assert max(grades) <= 6


def test_a_hard_cell_is_named_by_the_readability_check(contents: dict[str, Content]) -> None:
    en = contents["en"]
    hard = "Intrathecal administration necessitates meticulous pharmacological titration and monitoring."
    row = replace(en.compare.rows[0], cells=(hard, en.compare.rows[0].cells[1]))
    broken = replace(en, compare=replace(en.compare, rows=(row, *en.compare.rows[1:])))
    assert any(
        p.file == COMPARE_FILE and p.location == "rows[0].neurostimulator"
        for p in readability_problems(broken, MEASURE["en"])
    )


def test_the_review_sheet_shows_every_cell_and_which_are_general_rules(contents: dict[str, Content]) -> None:
    page = review_sheet_html(contents, date(2026, 12, 8), "911")
    assert contents["en"].compare.title in page and contents["es"].compare.title in page
    for row in contents["en"].compare.rows:
        assert f"compare.toml rows[{row.id}]" in page
        for column in row.general_rule:
            assert f"{column}, a general rule (no study)" in page


def _break(folder: Path, old: str, new: str) -> None:
    path = folder / COMPARE_FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_reader_names_a_cell_with_no_study_and_no_general_rule(content_copy: Path) -> None:
    _break(content_copy, "back surgery.[^ohnmeiss1996][^kumar2007]", "back surgery.")
    _break(content_copy, 'general_rule = ["neurostimulator", "drug_pump"]\n', 'general_rule = ["drug_pump", "pump"]\n')
    with pytest.raises(ContentError) as err:
        load_content(content_copy)
    found = [str(p) for p in err.value.problems]
    assert any(p.startswith("compare.toml: rows[0].neurostimulator:") and "cites no study here" in p for p in found), (
        found
    )
    assert any('"pump" is not a column' in p for p in found), found


def test_a_broken_compare_file_is_logged_and_the_kiosk_shows_good_content(
    kiosk_factory: KioskFactory, content_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """IT's folder with a broken compare.toml: the log names the file, and the kiosk shows the
    bundled content, comparison and all."""
    _break(content_copy, "[[rows]]", "[[rows]\n")
    library = ContentLibrary(custom_root=content_copy.parent)
    p = kiosk_factory(builtin_content(), library=library)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("compare.toml" in e for e in errors), errors
    assert p.content.source == str(content_root() / "en")
    _open_compare(p, Screen.OVERVIEW)
    assert p.visible_title() == p.content.compare.title


def test_with_every_compare_file_broken_the_kiosk_keeps_running(
    kiosk_factory: KioskFactory, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "content"
    shutil.copytree(content_root() / "en", root / "en")
    shutil.copytree(content_root().parent / "images", root / "images")
    (root / "en" / COMPARE_FILE).write_text('title = "Compare"\n', encoding="utf-8")
    p = kiosk_factory(builtin_content(), library=ContentLibrary(bundled_root=root))
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("compare.toml: rows: missing required key" in e for e in errors), errors
    assert p.content.source == "built-in"
    p.tap(p.nav_button("drug_pumps"))
    assert p.visible_title() == p.content.page(Screen.DRUG_PUMPS).title


def test_content_written_before_the_comparison_still_loads_without_it(
    kiosk_factory: KioskFactory, content_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A clinic's own folder with no compare.toml is still shown (not swapped for the bundled
    pages), with no "Compare the two" to offer, and the log and the validator say why."""
    (content_copy / COMPARE_FILE).unlink()
    library = ContentLibrary(custom_root=content_copy.parent)
    p = kiosk_factory(builtin_content(), library=library)
    assert p.content.source == str(content_copy)
    assert not p.shows("openCompare_overview")
    assert f'{content_copy}: no compare.toml, so "Compare the two" is not offered' in caplog.text
    out = io.StringIO()
    assert validate_content(content_copy, out) == 0
    assert "warning: " in out.getvalue() and "no compare.toml" in out.getvalue()
