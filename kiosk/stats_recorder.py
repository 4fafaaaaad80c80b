"""What patients do, fed to the usage statistics by listening to the session.

Only ids and counts cross over: screen ids, FAQ ids, language and text-size codes, list sizes.
Staff at the kiosk (keypad or panel) is not a patient: nothing is recorded meanwhile, and a
session that was nothing but the taps that opened the keypad is not counted. What the idle reset
itself changes (language, text size, screen) is not a patient's choice either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.session import Session, StaffAccess

if TYPE_CHECKING:  # SQLite is imported once the kiosk shows its first frame, not before
    from kiosk.stats import UsageStats


class StatsRecorder:
    def __init__(self, session: Session, stats: UsageStats | None = None) -> None:
        self.session = session
        #: None until the database is open (the kiosk opens it after its first frame), or when off.
        self.stats = stats
        self._staff_present = False
        self._resetting = False
        self._events = 0  # recorded in the open session, besides its start
        events = session.events
        events.started.connect(self._started)
        events.screen.connect(lambda screen: self._record("screen_shown", screen.value))
        events.faq_opened.connect(lambda faq_id: self._record("faq_opened", faq_id))
        events.language.connect(lambda language: self._record("language_chosen", language.value))
        events.text_size.connect(lambda size: self._record("text_size_chosen", size.value))
        events.take_home_shown.connect(lambda codes: self._record("qr_shown", codes))
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
        if self.stats is not None and self.stats.enabled and not self._paused:
            self._events += 1
            getattr(self.stats, method)(*args)

    def _started(self, _: None) -> None:
        if self._paused or self.stats is None:
            return
        self._events = 0
        self.stats.session_started()
        self.stats.screen_shown(self.session.screen.value)

    def _staff(self, staff: StaffAccess) -> None:
        if staff is not StaffAccess.NONE and not self._paused and self.stats is not None:
            if self._events == 0:
                self.stats.session_discarded()
            else:
                self.end_session()
        self._staff_present = staff is not StaffAccess.NONE

    def end_session(self) -> None:
        """The session ends with the size of the patient's list (its number only)."""
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
