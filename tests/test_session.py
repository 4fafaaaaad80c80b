"""The patient's session without a screen: one reset clears everything, events say what changed,
and statistics hear a session the way a patient lives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.session.choices import Language, TextSize
from kiosk.session.idle import IdleTimer, Phase
from kiosk.session.navigation import Screen
from kiosk.session.state import Session, SessionDefaults, StaffAccess, TakeHome, TakeHomeKind
from kiosk.stats.database import UsageStats
from kiosk.stats.recorder import StatsRecorder
from tests.conftest import ENGLISH, SPANISH

BOTH = (ENGLISH, SPANISH)


def new_session(language: Language = ENGLISH, size: TextSize = TextSize.STANDARD) -> Session:
    return Session(SessionDefaults(language, size, BOTH), IdleTimer(60, 10, 300))


def used_session() -> Session:
    """A patient who did everything a patient can do."""
    s = new_session()
    s.touch(0)
    s.go(Screen.DRUG_PUMPS)
    s.set_language("es")
    s.set_text_size(TextSize.EXTRA_LARGE)
    s.set_high_contrast(True)
    s.show_display_panel(True)
    s.toggle_faq("is-it-permanent")
    s.toggle_saved("faq:is-it-permanent")
    s.toggle_saved("faq:other")
    s.clear_saved()  # and Undo would bring the list back
    s.toggle_saved("faq:is-it-permanent")
    s.open_glossary("catheter")
    s.open_reference("kumar2007")
    s.show_take_home(TakeHome(TakeHomeKind.REFERENCES, ("code",)))
    s.set_staff(StaffAccess.KEYPAD)
    s.ask_finish(True)
    return s


def test_one_reset_clears_everything_a_patient_changed() -> None:
    s = used_session()
    assert s.screen is Screen.REFERENCES and s.navigator.main is Screen.DRUG_PUMPS
    s.reset()
    fresh = new_session()
    for name in ("language", "text_size", "high_contrast", "display_panel", "glossary_term",
                 "highlighted_reference", "open_faq", "saved_questions", "cleared_questions", "take_home",
                 "staff", "finish_question"):  # fmt: skip
        assert getattr(s, name) == getattr(fresh, name), name
    assert s.screen is Screen.OVERVIEW and s.navigator.layer is None


def test_reset_returns_to_the_configured_defaults() -> None:
    s = new_session(SPANISH, TextSize.LARGE)
    s.set_language("en")
    s.set_text_size(TextSize.STANDARD)
    s.reset()
    assert (s.language, s.text_size) == (SPANISH, TextSize.LARGE)


def test_events_say_what_changed_and_only_when_it_did() -> None:
    s = new_session()
    seen: list[tuple[str, object]] = []
    for name in ("screen", "language", "text_size", "open_faq", "faq_opened", "saved_questions", "reset"):
        getattr(s.events, name).connect(lambda value, name=name: seen.append((name, value)))
    s.go(Screen.FAQ)
    s.go(Screen.FAQ)
    s.set_text_size(TextSize.STANDARD)  # already so: nothing
    s.toggle_faq("a")
    s.toggle_faq("a")
    s.set_language("es")
    assert seen == [
        ("screen", Screen.FAQ),
        ("open_faq", frozenset({"a"})),
        ("faq_opened", "a"),
        ("open_faq", frozenset()),
        ("language", SPANISH),
    ]


def test_a_citation_opens_references_with_its_study_marked_and_navigation_drops_the_mark() -> None:
    s = new_session()
    s.go(Screen.NEUROSTIMULATORS)
    s.open_reference("kumar2007")
    assert (s.screen, s.highlighted_reference) == (Screen.REFERENCES, "kumar2007")
    s.close_layer()
    s.go(Screen.REFERENCES)
    assert s.highlighted_reference == ""


def test_take_home_codes_belong_to_the_screen_they_were_asked_on() -> None:
    s = new_session()
    s.go(Screen.MY_QUESTIONS)
    shown: list[int] = []
    s.events.take_home_shown.connect(shown.append)
    s.show_take_home(TakeHome(TakeHomeKind.QUESTIONS, ("1/2", "2/2")))
    s.show_take_home(TakeHome(TakeHomeKind.QUESTIONS, ("1/2 es", "2/2 es")))  # redrawn in Spanish: not asked again
    assert shown == [2]
    s.go(Screen.FAQ)
    assert s.take_home == TakeHome()


def test_only_languages_with_content_are_offered() -> None:
    s = new_session(SPANISH)
    s.offer_languages((ENGLISH,))
    assert s.language == ENGLISH
    s.set_language("es")
    assert s.language == ENGLISH
    assert s.other_language() == ENGLISH


def test_idle_timing_resets_the_session_by_itself() -> None:
    s = new_session()
    phases: list[Phase] = []
    s.events.idle_phase.connect(phases.append)
    s.touch(0)
    s.go(Screen.FAQ)
    s.tick(59)
    assert s.screen is Screen.FAQ
    s.tick(60)
    assert phases == [Phase.COUNTDOWN]
    s.tick(70)
    assert s.screen is Screen.OVERVIEW
    assert phases == [Phase.COUNTDOWN, Phase.ACTIVE]


def test_im_finished_is_the_idle_reset_at_once_and_then_the_attract_loop() -> None:
    s = used_session()
    phases: list[Phase] = []
    s.events.idle_phase.connect(phases.append)
    s.ask_finish(True)
    s.finish(5)
    assert s.saved_questions == () and s.screen is Screen.OVERVIEW and s.language == ENGLISH
    assert s.text_size is TextSize.STANDARD and not s.finish_question
    assert phases == [Phase.ATTRACT] and s.idle.phase is Phase.ATTRACT
    # The next touch is a new patient, with the configured timeout.
    started: list[None] = []
    s.events.started.connect(started.append)
    s.touch(6)
    assert started == [None] and s.idle.phase is Phase.ACTIVE and s.idle.patience_s == 60


def test_the_idle_reset_closes_the_finish_question() -> None:
    s = new_session()
    s.touch(0)
    s.ask_finish(True)
    s.tick(70)
    assert not s.finish_question


def _recorder(tmp_path: Path) -> tuple[Session, UsageStats]:
    s = new_session()
    clock = [1_800_000_000.0]
    stats = UsageStats(tmp_path / "usage.sqlite3", clock=lambda: clock[0])
    StatsRecorder(s, stats)
    return s, stats


def test_statistics_hear_a_patient_and_not_the_reset(tmp_path: Path) -> None:
    s, stats = _recorder(tmp_path)
    s.touch(0)
    s.go(Screen.FAQ)
    s.toggle_faq("a")
    s.toggle_saved("faq:a")
    s.set_language("es")
    s.reset()  # back to English and Overview: not the patient's choice
    stats.flush()
    counts = stats.row_counts()
    assert counts["sessions"] == 1
    assert counts["faq_opens"] == 1
    assert counts["choices"] == 1
    stats.close()


@pytest.mark.parametrize("did_something", [False, True])
def test_staff_at_the_kiosk_is_not_a_patient(tmp_path: Path, did_something: bool) -> None:
    s, stats = _recorder(tmp_path)
    s.touch(0)  # the logo taps that open the keypad
    if did_something:
        s.go(Screen.FAQ)
    s.set_staff(StaffAccess.PANEL)
    s.go(Screen.DRUG_PUMPS)  # staff, not counted
    s.reset()
    stats.flush()
    assert stats.row_counts()["sessions"] == (1 if did_something else 0)
    stats.close()
