"""Opening hours: the dark closed screen outside them, woken by a touch for five minutes, driven
by a fake clock (kiosk time and wall time) on the real kiosk."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.content.model import Content
from kiosk.session.navigation import Screen
from kiosk.session.state import Layer
from kiosk.settings.config import parse_config
from kiosk.settings.opening_hours import WAKE_S, AfterHours, OpenHoursError, parse_open_hours
from tests.conftest import KioskFactory, Patient

MONDAY = datetime(2026, 11, 23)  # a Monday


def at(day: int, hhmm: str) -> datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return MONDAY + timedelta(days=day, hours=hours, minutes=minutes)


def test_hours_are_read_per_weekday() -> None:
    hours = parse_open_hours("mon-fri 07:30-12:00 13:00-18:00; sat 08:00-12:00")
    assert hours.is_open(at(0, "07:30")) and hours.is_open(at(4, "17:59"))
    assert not hours.is_open(at(0, "07:29")) and not hours.is_open(at(0, "12:30")) and not hours.is_open(at(0, "18:00"))
    assert hours.is_open(at(5, "11:00")) and not hours.is_open(at(5, "12:00"))
    assert not hours.is_open(at(6, "10:00"))  # Sunday is not named: closed
    assert hours.describe() == "; ".join(
        [*(f"{d} 07:30-12:00 13:00-18:00" for d in ("mon", "tue", "wed", "thu", "fri")), "sat 08:00-12:00"]
    )
    assert parse_open_hours("Mon,Wed 00:00-24:00").is_open(at(2, "23:59"))
    assert parse_open_hours("").is_open(at(6, "03:00"))  # no hours: always open


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("mon-fri", "needs days and a time range"),
        ("monday 08:00-17:00", "'monday' is not a day"),
        ("fri-mon 08:00-17:00", "the days run backwards"),
        ("mon 8-17", "is not a time range like 07:30-18:00"),
        ("mon 25:00-26:00", "is not a time of day"),
        ("mon 18:00-07:30", "ends before it starts"),
        ("mon 08:00-12:00 11:00-13:00", "starts before an earlier range ends"),
    ],
)
def test_a_wrong_value_is_a_config_problem_and_the_kiosk_stays_always_open(text: str, says: str) -> None:
    with pytest.raises(OpenHoursError, match=says):
        parse_open_hours(text)
    config, problems = parse_config(f'open_hours = "{text}"\n', "kiosk.toml")
    assert config.open_hours == "" and len(problems) == 1
    assert str(problems[0]).startswith("kiosk.toml:1: open_hours: ") and says in str(problems[0])


def test_after_hours_closes_five_minutes_after_the_last_touch() -> None:
    after = AfterHours(parse_open_hours("mon-fri 08:00-18:00"))
    assert after.closed(0, at(0, "07:00"))  # before opening, nobody touched: closed
    assert not after.closed(0, at(0, "08:00"))
    after.touch(100)
    assert not after.closed(100 + WAKE_S - 1, at(0, "19:00"))  # woken
    assert after.closed(100 + WAKE_S, at(0, "19:00"))


class WallClock:
    def __init__(self, when: datetime) -> None:
        self.now = when

    def __call__(self) -> datetime:
        return self.now


def test_the_kiosk_goes_dark_after_hours_wakes_on_a_touch_and_opens_in_the_morning(
    kiosk_factory: KioskFactory, content: Content
) -> None:
    wall = WallClock(at(0, "17:58"))
    p: Patient = kiosk_factory(content, config='open_hours = "mon-fri 07:30-18:00"\n', wall_clock=wall)

    def minutes_pass(minutes: float) -> None:
        wall.now += timedelta(minutes=minutes)
        p.wait_idle(minutes * 60)

    p.kiosk.idle.tick()
    assert not p.shows("closedScreen")
    p.tap(p.nav_button("faq"))  # a patient at 17:58
    minutes_pass(3)  # 18:01: closing time, but the patient touched three minutes ago
    assert not p.shows("closedScreen")
    minutes_pass(2)  # five minutes since the last touch
    assert p.shows("closedScreen") and p.session.layer is Layer.CLOSED
    assert p.session.screen is Screen.OVERVIEW  # nothing of the patient stays under it
    assert p.find("closedName").property("text") == content.site.app_title
    assert not p.shows("attractLoop")

    # A cleaner touches where the FAQ button lies under the dark screen: the kiosk wakes, and the
    # touch presses nothing.
    p.frame()
    p.tap_at(p.center_of(p.nav_button("faq")))
    assert not p.shows("closedScreen") and p.session.screen is Screen.OVERVIEW
    assert p.session.layer is Layer.BROWSING
    minutes_pass(4)
    assert not p.shows("closedScreen")
    minutes_pass(1)
    assert p.shows("closedScreen")

    minutes_pass((at(1, "07:30") - wall.now).total_seconds() / 60)  # Tuesday morning, nobody there yet
    assert not p.shows("closedScreen") and p.session.layer is Layer.ATTRACT
    assert p.shows("attractLoop")
