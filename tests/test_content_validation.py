"""Broken content files: each mistake gets its own clear error, and the kiosk keeps going."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content.builtin import builtin_content
from kiosk.content.library import load_with_fallback
from kiosk.content.reader import load_content
from kiosk.content.schema import ContentError
from kiosk.content.validate import validate_content
from kiosk.files.resources import app_root, content_root
from kiosk.session.navigation import Screen


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _problems(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(folder)
    return [str(p) for p in info.value.problems]


def _first_line_matching(path: Path, pattern: str) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(pattern, line):
            return line
    raise AssertionError(f"no line matching {pattern} in {path}")


def test_bundled_content_is_valid() -> None:
    content = load_content(content_root() / "en")
    assert len(content.references.items) == 8
    assert len(content.faq.items) >= 15


def test_toml_syntax_error_names_file_and_line(content_copy: Path) -> None:
    (content_copy / "faq.toml").write_text('title = "Questions\nshort_title = 3\n', encoding="utf-8")
    [problem] = _problems(content_copy)
    assert problem.startswith("faq.toml: not valid TOML")
    assert "line 1" in problem


def test_missing_file(content_copy: Path) -> None:
    (content_copy / "drug_pumps.toml").unlink()
    assert _problems(content_copy) == ["drug_pumps.toml: file is missing"]


def test_unknown_key_is_named_with_the_allowed_ones(content_copy: Path) -> None:
    _edit(content_copy / "overview.toml", "[[sections]]", 'colour = "red"\n\n[[sections]]')
    [problem] = _problems(content_copy)
    assert problem.startswith("overview.toml: colour: unknown key (allowed: ")


def test_missing_key_in_a_section(content_copy: Path) -> None:
    line = _first_line_matching(content_copy / "neurostimulators.toml", r"^heading\s*=")
    _edit(content_copy / "neurostimulators.toml", line + "\n", "")
    assert _problems(content_copy) == ["neurostimulators.toml: sections[0].heading: missing required key"]


def test_wrong_type(content_copy: Path) -> None:
    line = _first_line_matching(content_copy / "references.toml", r"^year\s*=")
    _edit(content_copy / "references.toml", line, 'year = "nineteen ninety-six"')
    assert _problems(content_copy) == ["references.toml: references[0].year: expected a whole number, found text"]


def test_empty_text(content_copy: Path) -> None:
    line = _first_line_matching(content_copy / "faq.toml", r"^question\s*=")
    _edit(content_copy / "faq.toml", line, 'question = "   "')
    assert _problems(content_copy) == ["faq.toml: items[0].question: text is empty"]


def test_duplicate_id(content_copy: Path) -> None:
    path = content_copy / "faq.toml"
    ids = re.findall(r'^id\s*=\s*"([^"]+)"\n(?=topic)', path.read_text(encoding="utf-8"), re.M)  # the questions'
    _edit(path, f'id = "{ids[1]}"', f'id = "{ids[0]}"')
    assert _problems(content_copy) == [f'faq.toml: items[1].id: duplicate id "{ids[0]}"']


TOPICS = "one of: both, neurostimulators, drug-pumps, daily-life, costs-and-help"


def _item_index(path: Path, ident: str) -> int:
    ids = re.findall(r'^id\s*=\s*"([^"]+)"\n(?=topic)', path.read_text(encoding="utf-8"), re.M)
    return ids.index(ident)


def test_a_question_under_an_unknown_topic_is_named_by_file_place_and_id(content_copy: Path) -> None:
    path = content_copy / "faq.toml"
    _edit(path, 'id = "pump-alarm"\ntopic = "drug-pumps"', 'id = "pump-alarm"\ntopic = "pumps"')
    i = _item_index(path, "pump-alarm")
    assert _problems(content_copy) == [
        f'faq.toml: items[{i}].topic: question "pump-alarm" has an unknown topic "pumps" ({TOPICS})'
    ]


def test_a_question_without_a_topic_is_named_by_file_place_and_id(content_copy: Path) -> None:
    path = content_copy / "faq.toml"
    i = _item_index(path, "who-to-call")
    _edit(path, 'id = "who-to-call"\ntopic = "costs-and-help"\n', 'id = "who-to-call"\n')
    assert _problems(content_copy) == [f'faq.toml: items[{i}].topic: question "who-to-call" has no topic ({TOPICS})']


def test_a_topic_with_no_questions_is_an_error(content_copy: Path) -> None:
    path = content_copy / "faq.toml"
    _edit(path, 'topic = "neurostimulators"', 'topic = "both"', count=3)
    assert _problems(content_copy) == [
        'faq.toml: topics[1]: topic "neurostimulators" has no questions (a chip would lead to an empty heading)'
    ]


def test_a_faq_without_topics_is_an_error(content_copy: Path) -> None:
    path = content_copy / "faq.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\[\[topics\]\]\nid = .*\nname = .*\n", "", text), encoding="utf-8")
    assert _problems(content_copy) == ["faq.toml: topics: missing required key"]


def test_citation_that_points_nowhere(content_copy: Path) -> None:
    path = content_copy / "drug_pumps.toml"
    text = path.read_text(encoding="utf-8")
    # Past "How does it work?", whose citations its animation's captions cite again.
    first = re.compile(r"\[\^([a-z0-9]+)\]").search(text, text.index('id = "risks"'))
    assert first
    path.write_text(text[: first.start()] + "[^smith2099]" + text[first.end() :], encoding="utf-8")
    [problem] = _problems(content_copy)
    assert problem.startswith("drug_pumps.toml: ")
    assert problem.endswith('cites "smith2099", which is not in references.toml')


def test_missing_image(content_copy: Path) -> None:
    line = _first_line_matching(content_copy / "overview.toml", r"^illustration\s*=")
    _edit(content_copy / "overview.toml", line, 'illustration = { image = "nowhere.svg", alt = "A picture" }')
    [problem] = _problems(content_copy)
    assert problem.startswith('overview.toml: illustration.image: image "nowhere.svg" not found in ')


def test_every_problem_is_reported_not_just_the_first(content_copy: Path) -> None:
    (content_copy / "drug_pumps.toml").unlink()
    _edit(content_copy / "overview.toml", "[[sections]]", "colour = 1\n\n[[sections]]")
    problems = _problems(content_copy)
    assert len(problems) == 2
    assert {p.split(":")[0] for p in problems} == {"drug_pumps.toml", "overview.toml"}


def test_validator_prints_every_problem_and_fails(content_copy: Path) -> None:
    (content_copy / "drug_pumps.toml").unlink()
    _edit(content_copy / "overview.toml", "[[sections]]", "colour = 1\n\n[[sections]]")
    out = io.StringIO()
    assert validate_content(content_copy.parent, out) == 1
    report = out.getvalue()
    assert "2 problem(s)" in report
    assert "drug_pumps.toml: file is missing" in report
    assert "overview.toml: colour: unknown key" in report


def test_validator_command_line_on_good_and_bad_content(content_copy: Path) -> None:
    main = str(app_root() / "main.py")
    good = subprocess.run([sys.executable, main, "--validate-content"], capture_output=True, text=True, timeout=60)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "en: OK" in good.stdout
    (content_copy / "faq.toml").unlink()
    bad = subprocess.run(
        [sys.executable, main, "--validate-content", str(content_copy)], capture_output=True, text=True, timeout=60
    )
    assert bad.returncode == 1
    assert "faq.toml: file is missing" in bad.stdout


def test_broken_folder_falls_back_to_the_next_good_one(content_copy: Path, caplog: pytest.LogCaptureFixture) -> None:
    (content_copy / "faq.toml").unlink()
    content, problems = load_with_fallback([content_copy, content_root() / "en"])
    assert content.source == str(content_root() / "en")
    assert [str(p) for p in problems] == ["faq.toml: file is missing"]
    assert "faq.toml: file is missing" in caplog.text


def test_when_everything_is_broken_built_in_content_is_shown(content_copy: Path) -> None:
    (content_copy / "faq.toml").unlink()
    content, problems = load_with_fallback([content_copy])
    assert content == builtin_content()
    assert problems
    assert set(content.pages) == {Screen.OVERVIEW, Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS}


def test_an_installed_validator_without_the_readability_library_passes_good_content_and_says_what_it_skipped(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundle carries no textstat (the kiosk never refuses content for its reading level): the
    installed --validate-content still checks everything else and says plainly what it left out."""
    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "textstat" else real_find_spec(name, *a)
    )
    out = io.StringIO()
    assert validate_content(content_root(), out) == 0
    report = out.getvalue()
    assert "en: OK" in report and "es: OK" in report
    assert report.count("reading level not checked") == 1 and "make validate" in report
    (content_copy / "faq.toml").unlink()
    out = io.StringIO()
    assert validate_content(content_copy, out) == 1  # a broken file is still a failure
    assert "faq.toml: file is missing" in out.getvalue()
