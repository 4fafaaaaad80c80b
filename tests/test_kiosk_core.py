"""The plain-Python core: navigation rules and citation markup."""

from __future__ import annotations

import pytest

from kiosk.content import markup
from kiosk.session.idle import Event, IdleTimer, Phase
from kiosk.session.navigation import LAYERS, MAIN_SCREENS, Navigator, Screen
from kiosk.settings.config import rotation_degrees


def test_navigation_order_and_bounds() -> None:
    nav = Navigator()
    seen: list[Screen] = []
    nav.changed.connect(seen.append)
    assert nav.current is Screen.OVERVIEW
    assert not nav.previous()
    for screen in MAIN_SCREENS[1:]:
        assert nav.next()
        assert nav.current is screen
    assert not nav.next()
    assert seen == list(MAIN_SCREENS[1:])


@pytest.mark.parametrize("layer", LAYERS, ids=lambda s: s.value)
def test_a_layer_returns_to_where_you_were(layer: Screen) -> None:
    nav = Navigator()
    nav.go(Screen.DRUG_PUMPS)
    nav.go(layer)
    assert nav.current is layer
    assert nav.main is Screen.DRUG_PUMPS
    nav.close_layer()
    assert nav.current is Screen.DRUG_PUMPS


def test_one_layer_at_a_time_and_a_main_screen_closes_it() -> None:
    nav = Navigator()
    nav.go(Screen.REFERENCES)
    nav.go(Screen.MY_QUESTIONS)
    assert nav.layer is Screen.MY_QUESTIONS
    nav.go(Screen.FAQ)
    assert nav.layer is None and nav.current is Screen.FAQ


def test_reset_goes_home_and_closes_the_layer() -> None:
    nav = Navigator()
    nav.go(Screen.FAQ)
    nav.go(Screen.REFERENCES)
    nav.reset()
    assert nav.current is Screen.OVERVIEW
    assert nav.layer is None


def test_going_to_the_same_screen_changes_nothing() -> None:
    nav = Navigator()
    seen: list[Screen] = []
    nav.changed.connect(seen.append)
    assert not nav.go(Screen.OVERVIEW)
    assert seen == []


def test_citation_markers() -> None:
    text = "May help with pain.[^a][^b] And more.[^c]"
    assert markup.citation_ids(text) == ["a", "b", "c"]
    assert markup.plain_text(text) == "May help with pain. And more."
    rich = markup.rich_text(text, {"a": 1, "b": 2})
    assert rich == (
        "May help with pain."
        '<sup style="font-size:large"><a href="ref:a" style="text-decoration:none"><b>1</b></a></sup>'
        '<sup style="font-size:large">,</sup>'
        '<sup style="font-size:large"><a href="ref:b" style="text-decoration:none"><b>2</b></a></sup> And more.'
    )


def test_glossary_terms() -> None:
    text = "Medicine goes into the [[intrathecal]] space, the [[fluid around the cord|csf]]."
    assert markup.term_ids(text) == ["intrathecal", "csf"]
    assert markup.plain_text(text) == "Medicine goes into the intrathecal space, the fluid around the cord."
    rich = markup.rich_text(text, {}, terms={"intrathecal": "…"})
    assert '<a href="term:intrathecal" style="text-decoration:underline">intrathecal</a>' in rich
    assert "the fluid around the cord." in rich and "term:csf" not in rich


def test_rich_text_escapes_markup_in_content() -> None:
    assert markup.rich_text("less <b>than</b> & more", {}) == "less &lt;b&gt;than&lt;/b&gt; &amp; more"


# ---------------------------------------------------------------- idle timing
def _idle() -> IdleTimer:
    return IdleTimer(timeout_s=90, countdown_s=10, attract_delay_s=300)


def test_no_countdown_before_anyone_touched() -> None:
    idle = _idle()
    assert idle.tick(200) == []
    assert idle.tick(300) == [Event.ATTRACT_STARTED]


def test_countdown_then_reset_after_a_patient_leaves() -> None:
    idle = _idle()
    idle.touch(0)
    assert idle.tick(89) == []
    assert idle.tick(90) == [Event.COUNTDOWN_STARTED]
    assert idle.seconds_left() == 10
    idle.tick(95.5)
    assert idle.seconds_left() == 5
    assert idle.tick(100) == [Event.RESET]
    assert idle.phase is Phase.ACTIVE
    assert idle.tick(150) == []  # nothing more to reset
    assert idle.tick(300) == [Event.ATTRACT_STARTED]


def test_a_touch_cancels_the_countdown() -> None:
    idle = _idle()
    idle.touch(0)
    idle.tick(91)
    assert idle.touch(92) == [Event.COUNTDOWN_CANCELLED]
    assert idle.tick(101) == []
    assert idle.tick(182) == [Event.COUNTDOWN_STARTED]


def test_a_touch_ends_the_attract_loop() -> None:
    idle = _idle()
    idle.tick(300)
    assert idle.touch(301) == [Event.ATTRACT_ENDED]
    assert idle.phase is Phase.ACTIVE


def test_the_attract_loop_never_cuts_the_countdown_short() -> None:
    idle = IdleTimer(timeout_s=90, countdown_s=10, attract_delay_s=60)
    idle.touch(0)
    assert idle.tick(60) == []
    assert idle.tick(90) == [Event.COUNTDOWN_STARTED]
    assert idle.tick(100) == [Event.RESET, Event.ATTRACT_STARTED]


def test_rotation_for_a_turned_monitor() -> None:
    assert rotation_degrees("auto", 1080, 1920) == 0
    assert rotation_degrees("landscape", 1920, 1080) == 0
    assert rotation_degrees("landscape", 1080, 1920) == 90
    assert rotation_degrees("portrait", 1920, 1080) == 90
    assert rotation_degrees("portrait_flipped", 1080, 1920) == 180
    assert rotation_degrees("landscape_flipped", 1080, 1920) == 270
