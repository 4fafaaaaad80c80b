"""Idle logic: when to ask "Are you still there?", when to reset for the next patient, when
to start the attract loop. Pure timing, driven by a clock the caller passes in, so every rule is
tested in microseconds without waiting."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Phase(enum.Enum):
    ACTIVE = "active"
    COUNTDOWN = "countdown"
    ATTRACT = "attract"


class Event(enum.Enum):
    COUNTDOWN_STARTED = "countdown_started"
    COUNTDOWN_CANCELLED = "countdown_cancelled"
    RESET = "reset"
    ATTRACT_STARTED = "attract_started"
    ATTRACT_ENDED = "attract_ended"


@dataclass
class IdleTimer:
    timeout_s: float
    countdown_s: float
    attract_delay_s: float
    #: The PIN keypad and the staff panel close after this long without a touch (sooner if the
    #: idle reset comes first): staff who walk away must not leave the kiosk open to the next patient.
    staff_timeout_s: float = 120.0
    now: float = 0.0
    last_touch: float = 0.0
    phase: Phase = Phase.ACTIVE
    #: Someone touched since the last reset: only then is there anything to clear.
    dirty: bool = False
    #: The patient asked for more time ("I need more time"): the timeout is doubled until the
    #: next reset (WCAG 2.2.1, timing adjustable).
    more_time: bool = False

    @property
    def patience_s(self) -> float:
        """Seconds without a touch before "Are you still there?": doubled on request."""
        return self.timeout_s * (2 if self.more_time else 1)

    @property
    def attract_after_s(self) -> float:
        """The attract loop never clears a screen before the countdown has run its course, even
        with the timeout doubled."""
        return max(self.attract_delay_s, self.patience_s + self.countdown_s)

    def touch(self, now: float) -> list[Event]:
        self.now = now
        self.last_touch = now
        events = []
        if self.phase is Phase.COUNTDOWN:
            events.append(Event.COUNTDOWN_CANCELLED)
        elif self.phase is Phase.ATTRACT:
            events.append(Event.ATTRACT_ENDED)
        self.phase = Phase.ACTIVE
        self.dirty = True
        return events

    def tick(self, now: float) -> list[Event]:
        self.now = now
        idle = now - self.last_touch
        events: list[Event] = []
        if self.phase is Phase.ACTIVE and self.dirty and idle >= self.patience_s:
            self.phase = Phase.COUNTDOWN
            events.append(Event.COUNTDOWN_STARTED)
        if self.phase is Phase.COUNTDOWN and idle >= self.patience_s + self.countdown_s:
            self.phase = Phase.ACTIVE
            self.dirty = False
            events.append(Event.RESET)
        if self.phase is not Phase.ATTRACT and idle >= self.attract_after_s:
            if self.dirty:
                events.append(Event.RESET)
                self.dirty = False
            self.phase = Phase.ATTRACT
            events.append(Event.ATTRACT_STARTED)
        return events

    def finish(self, now: float) -> list[Event]:
        """ "I'm finished": what the timeout would do, now. The screen is cleared for the next
        person and the attract loop starts, whose first touch is a new patient."""
        self.now = now
        events = [Event.RESET] if self.dirty else []
        self.dirty = False
        if self.phase is not Phase.ATTRACT:
            self.phase = Phase.ATTRACT
            events.append(Event.ATTRACT_STARTED)
        return events

    def seconds_left(self) -> int:
        """Whole seconds left on the countdown, for the overlay."""
        left = self.patience_s + self.countdown_s - (self.now - self.last_touch)
        return max(0, int(left + 0.999))
