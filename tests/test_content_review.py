"""The clinical review record, the printable review sheet, the overdue warning, field length limits
and the emergency-number placeholder."""

from __future__ import annotations

import html
import io
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kiosk.content.reader import load_content
from kiosk.content.review import ReviewRecord, review_overdue, review_warning
from kiosk.content.review_sheet import review_sheet_html
from kiosk.content.schema import MAX_CHARS, ContentError
from kiosk.content.validate import validate_content
from kiosk.files.resources import app_root, content_root
from kiosk.settings.clinic import emergency_number, load_clinic
from kiosk.settings.config import Config, parse_config
from kiosk.staff.commands import write_review_sheet

SHIPPED_RECORD = 'reviewed_by = ""\nreviewed_on = ""\nreview_due = ""\n'


def _problems(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(folder)
    return [str(p) for p in info.value.problems]


def _set_review(folder: Path, record: str) -> None:
    site = folder / "site.toml"
    text = site.read_text(encoding="utf-8")
    assert SHIPPED_RECORD in text
    site.write_text(text.replace(SHIPPED_RECORD, record), encoding="utf-8")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---------------------------------------------------------------- the review record
@pytest.mark.parametrize("lang", ["en", "es"])
def test_shipped_content_says_honestly_it_is_not_yet_reviewed(lang: str) -> None:
    review = load_content(content_root() / lang).site.review
    assert not review.reviewed and review.reviewed_on is None
    assert review.review_due is None  # nothing is due before a first review: no "overdue" on day one
    assert review.describe() == "Not yet reviewed by a clinician"
    assert not review_overdue(review, date(2040, 1, 1))


def test_a_signed_review_is_read_with_its_dates(content_copy: Path) -> None:
    _set_review(
        content_copy,
        'reviewed_by = "Dr. A. Rivera, pain medicine"\nreviewed_on = 2026-12-01\nreview_due = "2027-12-01"\n',
    )
    review = load_content(content_copy).site.review
    assert review == ReviewRecord("Dr. A. Rivera, pain medicine", date(2026, 12, 1), date(2027, 12, 1))
    assert review.describe() == "Reviewed by Dr. A. Rivera, pain medicine on 2026-12-01; next review due 2027-12-01"


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            'reviewed_by = ""\nreviewed_on = ""\nreview_due = "next spring"\n',
            'site.toml: review_due: expected a date like 2027-05-01, found "next spring"',
        ),
        (
            'reviewed_by = ""\nreviewed_on = ""\nreview_due = 2027-05-01T10:00:00\n',
            "site.toml: review_due: expected a date like 2027-05-01, found datetime",
        ),
        (
            'reviewed_by = "Dr. Rivera"\nreviewed_on = ""\nreview_due = 2027-05-01\n',
            'site.toml: reviewed_on: needed when reviewed_by names a reviewer ("Dr. Rivera")',
        ),
        (
            'reviewed_by = ""\nreviewed_on = 2026-12-01\nreview_due = 2027-05-01\n',
            'site.toml: reviewed_on: a date but no reviewer: fill in reviewed_by, or leave both as ""',
        ),
        (
            'reviewed_by = "Dr. Rivera"\nreviewed_on = 2026-12-01\nreview_due = 2026-06-01\n',
            "site.toml: review_due: must be after reviewed_on (2026-12-01)",
        ),
        ('reviewed_by = ""\nreviewed_on = ""\n', "site.toml: review_due: missing required key"),
        (
            'reviewed_by = "Dr. Rivera"\nreviewed_on = 2026-12-01\nreview_due = ""\n',
            'site.toml: review_due: needed when reviewed_by names a reviewer ("Dr. Rivera")',
        ),
        (
            'reviewed_by = 7\nreviewed_on = ""\nreview_due = 2027-05-01\n',
            "site.toml: reviewed_by: expected text, found a number",
        ),
    ],
)
def test_a_wrong_review_record_is_named_with_file_and_key(content_copy: Path, record: str, expected: str) -> None:
    _set_review(content_copy, record)
    assert _problems(content_copy) == [expected]


# ---------------------------------------------------------------- overdue warning
def test_review_is_overdue_only_after_its_due_day() -> None:
    record = ReviewRecord("Dr. Rivera", date(2026, 1, 5), date(2027, 1, 5))
    assert not review_overdue(record, date(2027, 1, 5))
    assert review_overdue(record, date(2027, 1, 6))
    assert review_warning(record, "en", date(2026, 6, 1)) is None
    assert review_warning(record, "en", date(2027, 2, 1)) == (
        "en: clinical review is overdue (due 2027-01-05; last reviewed by Dr. Rivera)"
    )
    unreviewed = ReviewRecord(review_due=date(2030, 1, 1))
    assert "not yet reviewed by a clinician" in (review_warning(unreviewed, "es", date(2026, 6, 1)) or "")


def test_validate_content_warns_once_the_review_is_due_and_still_passes(content_copy: Path) -> None:
    _set_review(content_copy, 'reviewed_by = "Dr. Rivera"\nreviewed_on = 2026-01-05\nreview_due = 2027-01-05\n')
    current, late = io.StringIO(), io.StringIO()
    assert validate_content(content_copy, current, today=date(2026, 12, 1)) == 0
    assert "warning" not in current.getvalue()
    assert validate_content(content_copy, late, today=date(2027, 3, 1)) == 0
    assert "warning: en: clinical review is overdue (due 2027-01-05; last reviewed by Dr. Rivera)" in late.getvalue()


def test_validate_content_warns_about_the_unreviewed_shipped_content() -> None:
    out = io.StringIO()
    assert validate_content(content_root(), out, today=date(2026, 10, 1)) == 0
    report = out.getvalue()
    assert "warning: en: content not yet reviewed by a clinician" in report
    assert "warning: es: content not yet reviewed by a clinician" in report


# ---------------------------------------------------------------- length limits and placeholders
def test_a_runaway_answer_is_an_error_naming_file_and_key(content_copy: Path) -> None:
    long_answer = "Yes. " + "It may help. " * 60
    _replace(content_copy / "faq.toml", 'answer = "No. The device', f'answer = "{long_answer} No. The device')
    [problem] = _problems(content_copy)
    assert re.fullmatch(
        rf"faq\.toml: items\[0\]\.answer: text is too long: \d+ characters \(at most {MAX_CHARS['answer']}\)", problem
    )


@pytest.mark.parametrize(
    ("file", "old", "kind", "where"),
    [
        ("overview.toml", 'title = "When pain', "title", "title"),
        ("neurostimulators.toml", 'heading = "What is', "heading", "sections[0].heading"),
        ("drug_pumps.toml", '    "A drug pump is', "paragraph", "sections[0].paragraphs[0]"),
    ],
)
def test_each_field_has_its_own_limit(content_copy: Path, file: str, old: str, kind: str, where: str) -> None:
    filler = "Pain " * (MAX_CHARS[kind] // 5 + 1)
    _replace(content_copy / file, old, old.replace('"', f'"{filler}', 1))
    [problem] = _problems(content_copy)
    assert problem.startswith(f"{file}: {where}: text is too long: ")


def test_an_unknown_placeholder_or_a_typed_911_is_an_error(content_copy: Path) -> None:
    _replace(
        content_copy / "faq.toml",
        "Call {emergency_number} right away if you have trouble",
        "Call {clinic_phone} now if you have trouble",
    )
    _replace(content_copy / "drug_pumps.toml", "call {emergency_number} right away.", "call 911 right away.")
    problems = _problems(content_copy)
    assert any(p.startswith("faq.toml: items[") and 'unknown placeholder "{clinic_phone}"' in p for p in problems)
    assert any(
        p.startswith("drug_pumps.toml: sections[") and "write {emergency_number} instead of 911" in p for p in problems
    )
    assert len(problems) == 2


# ---------------------------------------------------------------- where the emergency number comes from
def test_emergency_number_comes_from_the_clinic_then_kiosk_toml_then_911(tmp_path: Path) -> None:
    assert emergency_number(Config(), None) == "911"
    config, problems = parse_config('emergency_number = "112"\n')
    assert problems == [] and emergency_number(config, None) == "112"
    (tmp_path / "clinic.toml").write_text('name = "Clinic"\nemergency_number = "999"\n', encoding="utf-8")
    clinic, problems = load_clinic(tmp_path)
    assert problems == [] and emergency_number(config, clinic) == "999"


def test_a_wrong_emergency_number_is_reported_and_911_kept(tmp_path: Path) -> None:
    config, problems = parse_config('emergency_number = "nine one one"\n')
    assert config.emergency_number == "911"
    assert [p.key for p in problems] == ["emergency_number"]
    (tmp_path / "clinic.toml").write_text('emergency_number = "call 112"\n', encoding="utf-8")
    clinic, problems = load_clinic(tmp_path)
    assert clinic is None and [p.location for p in problems] == ["emergency_number"]


# ---------------------------------------------------------------- the review sheet
@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("sheet") / "review.html"
    report = io.StringIO()
    assert write_review_sheet(out, None, Path("/nonexistent/kiosk.toml"), report, today=date(2026, 12, 1)) == 0
    assert f"{out}: review sheet for en, es" in report.getvalue()
    return out.read_text(encoding="utf-8")


def test_review_sheet_holds_every_faq_question_and_answer_of_both_languages(sheet: str) -> None:
    for lang in ("en", "es"):
        content = load_content(content_root() / lang)
        for item in content.faq.items:
            assert html.escape(item.question) in sheet, item.question
        questions = [q.text for p in content.pages.values() for q in p.questions]
        assert all(html.escape(q) in sheet for q in questions)
        assert all(html.escape(t.definition) in sheet for t in content.glossary.items)
        assert all(html.escape(ref.what_it_found) in sheet for ref in content.references.items)


def test_review_sheet_lists_the_faq_under_its_topics_as_the_screen_does(sheet: str) -> None:
    for lang in ("en", "es"):
        content = load_content(content_root() / lang)
        at = 0
        for topic, items in content.faq.groups():
            at = sheet.index(html.escape(topic.name), at)
            for item in items:
                at = sheet.index(html.escape(item.question), at)  # after its topic, in screen order


def test_review_sheet_holds_every_reference_in_full(sheet: str) -> None:
    for ref in load_content(content_root() / "en").references.items:
        assert html.escape(ref.citation) in sheet
    # each cited text is followed by the full citation of what it cites
    assert re.search(r"sources</td>\s*<td colspan=\"2\">\[\d\] Hamza M", sheet)


def test_review_sheet_has_the_record_and_a_sign_off_block(sheet: str) -> None:
    assert "not yet reviewed by a clinician" in sheet
    for field in ("Name", "Role", "Date", "Signature"):
        assert f"<th>{field}</th>" in sheet
    assert "Emergency number shown to patients: <b>911</b>" in sheet


def test_review_sheet_is_self_contained(sheet: str) -> None:
    lowered = sheet.lower()
    for outside in ("<script", "<link", "src=", "http://", "https://", "@import", "url("):
        assert outside not in lowered


def test_review_sheet_puts_languages_side_by_side_and_shows_gaps(tmp_path: Path) -> None:
    en = load_content(content_root() / "en")
    es = load_content(content_root() / "es")
    trimmed = replace(es.faq, items=es.faq.items[1:])
    page = review_sheet_html({"en": en, "es": replace(es, faq=trimmed)}, date(2026, 12, 1), "911")
    first = html.escape(en.faq.items[0].answer)
    row = re.search(rf"<td[^>]*>{re.escape(first)}</td>\s*<td class=\"missing\">", page)
    assert row, "a missing translation shows as a gap in its own column"


def test_review_sheet_command_line_and_broken_content(content_copy: Path, tmp_path: Path) -> None:
    main = str(app_root() / "main.py")
    out = tmp_path / "sheet.html"
    good = subprocess.run(
        [sys.executable, main, "--review-sheet", str(out), "--content", str(content_copy.parent)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert good.returncode == 0, good.stdout + good.stderr
    assert "review sheet for en" in good.stdout and out.is_file()
    (content_copy / "faq.toml").unlink()
    broken = tmp_path / "broken.html"
    bad = subprocess.run(
        [sys.executable, main, "--review-sheet", str(broken), "--content", str(content_copy.parent)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1
    assert "faq.toml: file is missing" in bad.stdout
    assert not broken.exists()
