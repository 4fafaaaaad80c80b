"""The captions of the "How it works" animations are content: read against the one schema, each
saying again what its section says with the same citations, the same in both languages, on the
review sheet, read by Listen and measured by the readability check. A bad entry is named with its
file and key, and the kiosk goes on with content that is good."""

from __future__ import annotations

import html
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kiosk.content import markup
from kiosk.content.checks import parity_problems
from kiosk.content.library import load_with_fallback
from kiosk.content.read_aloud import screen_text
from kiosk.content.readability import patient_texts
from kiosk.content.reader import load_content
from kiosk.content.review_sheet import review_sheet_html
from kiosk.content.schema import MOTION_SCENES, ContentError
from kiosk.files.resources import content_root
from kiosk.session.navigation import Screen
from kiosk.staff.commands import write_review_sheet

THERAPIES = [Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS]
STIMULATOR = "neurostimulators.toml"


def _problems(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(folder)
    return [str(p) for p in info.value.problems]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_therapy_has_an_animation_whose_captions_retell_its_section(lang: str) -> None:
    content = load_content(content_root() / lang)
    for screen in THERAPIES:
        page = content.pages[screen]
        motion = page.how_it_works
        assert motion is not None
        section = next(s for s in page.sections if s.id == motion.section)
        cited = {c for t in section.texts() for c in markup.citation_ids(t)}
        assert [s.scene for s in motion.steps] == list(MOTION_SCENES[screen])
        for step in motion.steps:
            assert set(markup.citation_ids(step.caption)) <= cited
    # A study's claim keeps its citation in the caption that repeats it.
    assert any(markup.citation_ids(s.caption) for p in content.pages.values() if p.how_it_works
               for s in p.how_it_works.steps)  # fmt: skip
    assert content.pages[Screen.OVERVIEW].how_it_works is None


def test_an_unknown_scene_is_named_with_file_key_and_the_scenes_there_are(content_copy: Path) -> None:
    _edit(content_copy / STIMULATOR, 'scene = "pulses"', 'scene = "fireworks"')
    assert _problems(content_copy) == [
        f'{STIMULATOR}: how_it_works.steps[1].scene: unknown scene "fireworks" (one of: '
        + ", ".join(MOTION_SCENES[Screen.NEUROSTIMULATORS])
        + ")"
    ]


def test_a_caption_citing_what_its_section_does_not_is_an_error(content_copy: Path) -> None:
    # The caption, not the section's own paragraph (that one ends in a comma and keeps its citations).
    cited = 'do more each day.[^ohnmeiss1996][^kumar2007]"\n'
    _edit(content_copy / STIMULATOR, cited, 'do more each day.[^hara2022]"\n')
    problems = _problems(content_copy)
    assert problems == [
        f'{STIMULATOR}: how_it_works.steps[3].caption: cites "hara2022", which section "how-it-works" does not'
        " cite: a caption only says again what it says"
    ]


def test_a_step_without_a_caption_a_scene_shown_twice_and_a_wrong_section_are_named(content_copy: Path) -> None:
    path = content_copy / STIMULATOR
    _edit(path, 'caption = "The device sends mild electrical pulses to the nerves near your spine."\n', "")
    _edit(path, 'scene = "relief"', 'scene = "pain-signal"')
    _edit(path, 'section = "how-it-works"', 'section = "how-it-work"')
    problems = _problems(content_copy)
    assert f"{STIMULATOR}: how_it_works.steps[1].caption: missing required key" in problems
    assert f'{STIMULATOR}: how_it_works.steps[3].scene: scene "pain-signal" is shown twice' in problems
    assert any(p.startswith(f'{STIMULATOR}: how_it_works.section: no section "how-it-work"') for p in problems)


def test_an_animation_on_the_overview_is_an_error(content_copy: Path) -> None:
    path = content_copy / "overview.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text + '\n[how_it_works]\nsection = "x"\nheading = "A"\ndescription = "B"\n'
        '[[how_it_works.steps]]\nscene = "pulses"\ncaption = "C"\n',
        encoding="utf-8",
    )
    problems = _problems(content_copy)
    assert "overview.toml: how_it_works: this screen has no animation (only the therapy screens have one)" in problems


def test_a_runaway_caption_is_too_long(content_copy: Path) -> None:
    runaway = 'caption = "' + "Very long words. " * 20 + "These pulses"
    _edit(content_copy / STIMULATOR, 'caption = "These pulses', runaway)
    [problem] = _problems(content_copy)
    assert problem.startswith(f"{STIMULATOR}: how_it_works.steps[2].caption: text is too long")


def test_a_bad_caption_sends_the_kiosk_to_the_next_good_content(content_copy: Path) -> None:
    _edit(content_copy / STIMULATOR, 'scene = "pulses"', 'scene = "fireworks"')
    content, problems = load_with_fallback([content_copy, content_root() / "en"])
    assert content.source == str(content_root() / "en")
    assert [p.file for p in problems] == [STIMULATOR]
    assert content.pages[Screen.NEUROSTIMULATORS].how_it_works is not None


def test_a_translation_with_other_scenes_or_citations_is_named() -> None:
    en, es = (load_content(content_root() / lang) for lang in ("en", "es"))
    page = es.pages[Screen.DRUG_PUMPS]
    assert page.how_it_works is not None
    steps = page.how_it_works.steps
    fewer = replace(page, how_it_works=replace(page.how_it_works, steps=steps[:-1]))
    broken = replace(es, pages={**es.pages, Screen.DRUG_PUMPS: fewer})
    assert [str(p) for p in parity_problems(en, broken)] == [
        'es/drug_pumps.toml: how_it_works "how-it-works": scenes or citations differ from en'
    ]
    none = replace(es, pages={**es.pages, Screen.DRUG_PUMPS: replace(page, how_it_works=None)})
    assert [str(p) for p in parity_problems(en, none)] == [
        'es/drug_pumps.toml: how_it_works: "how-it-works" is missing (present in en)'
    ]


def test_captions_are_on_the_review_sheet_read_by_listen_and_measured_for_reading_level() -> None:
    contents = {lang: load_content(content_root() / lang) for lang in ("en", "es")}
    sheet = review_sheet_html(contents, date(2026, 12, 1), "911")
    for content in contents.values():
        measured = {text for _, _, text in patient_texts(content)}
        for screen in THERAPIES:
            motion = content.pages[screen].how_it_works
            assert motion is not None
            spoken = screen_text(content, screen)
            assert motion.heading in sheet and motion.description in sheet
            assert motion.description in measured
            for step in motion.steps:
                plain = markup.plain_text(step.caption)
                assert plain in spoken
                assert plain in measured
                assert html.escape(plain.split(".")[0]) in sheet


def test_listen_reads_the_captions_right_after_the_section_they_retell() -> None:
    content = load_content(content_root() / "en")
    spoken = screen_text(content, Screen.NEUROSTIMULATORS).splitlines()
    motion = content.pages[Screen.NEUROSTIMULATORS].how_it_works
    assert motion is not None
    at = spoken.index(motion.heading)
    assert spoken[at - 1] == markup.plain_text(content.pages[Screen.NEUROSTIMULATORS].sections[1].paragraphs[-1])
    assert spoken[at + 1 : at + 1 + len(motion.steps)] == [markup.plain_text(s.caption) for s in motion.steps]


def test_review_sheet_command_still_writes(tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    assert write_review_sheet(out, None, Path("/nonexistent/kiosk.toml"), io.StringIO(), today=date(2026, 12, 1)) == 0
    assert "caption: pulses" in out.read_text(encoding="utf-8")
