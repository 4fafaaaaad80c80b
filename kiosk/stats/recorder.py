"""What patients do, fed to the usage statistics by listening to the session.

Only ids and counts cross over: screen ids, FAQ ids, language and text-size codes, list sizes.
Staff at the kiosk (keypad or panel) is not a patient: nothing is recorded meanwhile, and a
session that was nothing but the taps that opened the keypad is not counted. What the idle reset
itself changes (language, text size, screen) is not a patient's choice either.

The same rules give the counts monitoring reads (kiosk.operations.metrics): patient sessions and QR codes
shown, kept in memory whether or not statistics are on, so IT sees use without the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kiosk.session.state import Session, StaffAccess

if TYPE_CHECKING:  # SQLite is imported once the kiosk shows its first frame, not before
    from kiosk.stats.database import UsageStats


@dataclass
class PatientCounts:
    """Patient sessions ended and take-home QR codes shown since the kiosk started; sessions of
    one local day, which starts from the statistics' count of that day when they are on."""

    sessions: int = 0
    qr_codes: int = 0
    day: date | None = None
    sessions_on_day: int = 0

    def session_ended(self, today: date) -> None:
        self.sessions += 1
        if self.day != today:
            self.day, self.sessions_on_day = today, 0
        self.sessions_on_day += 1

    def sessions_today(self, today: date) -> int:
        return self.sessions_on_day if self.day == today else 0


class StatsRecorder:
    def __init__(
        self, session: Session, stats: UsageStats | None = None, today: Callable[[], date] = date.today
    ) -> None:
        self.session = session
        self.counts = PatientCounts()
        self._today = today
        self._open = False  # a patient's session is open (started, not staff, not ended)
        #: None until the database is open (the kiosk opens it after its first frame), or when off.
        self.stats = stats
        self._staff_present = False
        self._resetting = False
        self._events = 0  # recorded in the open session, besides its start
        events = session.events
        events.started.connect(self._started)
        events.screen.connect(lambda screen: self._record("screen_shown", screen.value))
        events.faq_opened.connect(lambda faq_id: self._record("faq_opened", faq_id))
        events.language.connect(lambda language: self._record("language_chosen", language.code))
        events.text_size.connect(lambda size: self._record("text_size_chosen", size.value))
        events.take_home_shown.connect(self._qr_shown)
        events.staff.connect(self._staff)
        events.ending.connect(self._ending)
        events.reset.connect(self._reset)

    @property
    def _paused(self) -> bool:
        return self._staff_present or self._resetting

    @property
    def enabled(self) -> bool:
        return self.stats is not None and self.stats.enabled

    def _record(self, method: str, *args: object) -> None:
        if self._paused:
            return
        self._events += 1
        if self.stats is not None and self.stats.enabled:
            getattr(self.stats, method)(*args)

    def _qr_shown(self, codes: int) -> None:
        if not self._paused:
            self.counts.qr_codes += codes
        self._record("qr_shown", codes)

    def _started(self, _: None) -> None:
        if self._paused:
            return
        self._events = 0
        self._open = True
        if self.stats is not None:
            self.stats.session_started()
            self.stats.screen_shown(self.session.screen.value)

    def _staff(self, staff: StaffAccess) -> None:
        if staff is not StaffAccess.NONE and not self._paused:
            if self._events == 0:
                self._open = False
                if self.stats is not None:
                    self.stats.session_discarded()
            else:
                self.end_session()
        self._staff_present = staff is not StaffAccess.NONE

    def count_today_from_statistics(self) -> None:
        """Once the database is open: today's sessions so far, so a restart does not zero them."""
        if self.stats is not None and self.stats.enabled:
            days = self.stats.sessions_per_day(1)
            if days:
                self.counts.day, self.counts.sessions_on_day = self._today(), days[-1].count

    def end_session(self) -> None:
        """The session ends with the size of the patient's list (its number only)."""
        if self._open:
            self._open = False
            self.counts.session_ended(self._today())
        if self.stats is None:
            return
        self.stats.questions_count(len(self.session.saved_questions))
        self.stats.session_ended()

    def _ending(self, _: None) -> None:
        if not self._paused:
            self.end_session()
        self._resetting = True

    def _reset(self, _: None) -> None:
        self._resetting = False
        if self.stats is not None:
            self.stats.flush()

    def close(self) -> None:
        self.end_session()
        if self.stats is not None:
            self.stats.close()
