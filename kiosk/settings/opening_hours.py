"""Opening hours: when the waiting room is open, and whether the kiosk shows its "closed" screen.

Outside the hours IT sets (``open_hours`` in kiosk.toml) nobody is there to read it, so the kiosk
shows a dark, nearly black screen with the clinic's name dimmed: little power, no burn-in. A
touch wakes it for five minutes (a cleaner, an early patient, IT checking it). Pure logic: the
caller passes the time in, so every transition is tested with a fake clock.

The format is one line a clinic's IT can read aloud: ``mon-fri 07:30-18:00; sat 08:00-12:00``.
Entries are separated by ``;``; each names days (``mon``, ``mon-fri``, ``mon,wed,fri``) and one or
more ranges (``07:30-12:00 13:00-18:00``); a day not named is closed. An empty value: always open.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import datetime

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: A touch on the closed screen keeps the kiosk awake this long after the last touch.
WAKE_S = 300
_RANGE = re.compile(r"([0-9]{1,2}):([0-9]{2})-([0-9]{1,2}):([0-9]{2})")


class OpenHoursError(ValueError):
    """What is wrong with an ``open_hours`` value, in words for the config problem."""


@dataclass(frozen=True)
class OpeningHours:
    #: Per weekday (Monday first): the open ranges as minutes since midnight, [start, end).
    ranges: tuple[tuple[tuple[int, int], ...], ...]

    @property
    def always_open(self) -> bool:
        return not any(self.ranges)

    def is_open(self, when: datetime) -> bool:
        """Open at ``when`` (local time); with no hours set the kiosk is always open."""
        if self.always_open:
            return True
        minute = when.hour * 60 + when.minute
        return any(start <= minute < end for start, end in self.ranges[when.weekday()])

    def describe(self) -> str:
        """The hours as the staff panel and the log show them."""
        if self.always_open:
            return "always open"
        parts = []
        for day, ranges in zip(DAYS, self.ranges, strict=True):
            if ranges:
                parts.append(f"{day} " + " ".join(f"{_hhmm(s)}-{_hhmm(e)}" for s, e in ranges))
        return "; ".join(parts)


ALWAYS_OPEN = OpeningHours(((),) * 7)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _days(spec: str) -> list[int]:
    days: list[int] = []
    for part in spec.split(","):
        first, _, last = part.strip().partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise OpenHoursError(f"{part.strip()!r} is not a day or a range of days (days: {', '.join(DAYS)})")
        start, end = DAYS.index(first), DAYS.index(last or first)
        if end < start:
            raise OpenHoursError(f"{part.strip()!r}: the days run backwards (write mon-fri, not fri-mon)")
        days += range(start, end + 1)
    return days


def _range(text: str) -> tuple[int, int]:
    match = _RANGE.fullmatch(text)
    if not match:
        raise OpenHoursError(f"{text!r} is not a time range like 07:30-18:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2):
        raise OpenHoursError(f"{text!r} is not a time of day (00:00 to 24:00)")
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if end <= start:
        raise OpenHoursError(f"{text!r} ends before it starts (hours past midnight go on the next day)")
    return start, end


def parse_open_hours(text: str) -> OpeningHours:
    """Raises OpenHoursError naming the part that is wrong."""
    per_day: list[list[tuple[int, int]]] = [[] for _ in DAYS]
    for entry in filter(None, (e.strip() for e in text.lower().split(";"))):
        days, _, times = entry.partition(" ")
        if not times.strip():
            raise OpenHoursError(f"{entry!r} needs days and a time range, like mon-fri 07:30-18:00")
        ranges = [_range(t) for t in times.replace(",", " ").split()]
        for day in _days(days):
            per_day[day] += ranges
    for name, day_ranges in zip(DAYS, per_day, strict=True):
        day_ranges.sort()
        for (_s1, e1), (s2, _e2) in itertools.pairwise(day_ranges):
            if s2 < e1:
                raise OpenHoursError(f"{name}: {_hhmm(s2)} starts before an earlier range ends at {_hhmm(e1)}")
    return OpeningHours(tuple(tuple(r) for r in per_day))


def open_hours_problem(text: str) -> str | None:
    """For the config check: the problem with ``text``, or None."""
    try:
        parse_open_hours(text)
    except OpenHoursError as exc:
        return str(exc)
    return None


@dataclass
class AfterHours:
    """Whether the closed screen is up: outside the opening hours, unless someone touched the
    kiosk within the last WAKE_S seconds. ``now`` is the caller's monotonic clock; ``wall`` the
    local time the hours are read in."""

    hours: OpeningHours
    wake_s: float = WAKE_S
    woken_at: float | None = None

    def touch(self, now: float) -> None:
        self.woken_at = now

    def closed(self, now: float, wall: datetime) -> bool:
        if self.hours.is_open(wall):
            return False
        return self.woken_at is None or now - self.woken_at >= self.wake_s
