"""``Idle`` in QML: watches the window for touches and keys (and a screen reader's keys and
actions), tells the session, and shows the session's idle phase as the "Are you still there?"
overlay and the attract loop, and the closed screen outside opening hours (kiosk.settings.opening_hours)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime
from time import monotonic

from PySide6.QtCore import Property, QCoreApplication, QEnum, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.session.idle import Phase
from kiosk.session.state import Session
from kiosk.settings.opening_hours import ALWAYS_OPEN, AfterHours
from ui.backend.registry import provided

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

# Events that mean a person is there. Releases are not in the list: an overlay is dismissed on
# the press, and the release that follows must not reach what lies under it.
ACTIVITY = {
    QEvent.Type.TouchBegin,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}
TICK_MS = 250
OVERLAY_GRACE_S = 1.5


@QmlElement
@QmlSingleton
class Idle(QObject):
    @QEnum
    class Overlay(enum.IntEnum):
        Hidden = 0
        Countdown = 1
        Attract = 2
        Closed = 3

    overlayChanged = Signal()
    secondsLeftChanged = Signal()
    finishAskedChanged = Signal()

    def __init__(
        self,
        session: Session,
        clock: Callable[[], float] = monotonic,
        after_hours: AfterHours | None = None,
        wall_clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._clock = clock
        self.after_hours = after_hours or AfterHours(ALWAYS_OPEN)
        self._wall_clock = wall_clock
        self._overlay = Idle.Overlay.Hidden
        self._seconds_left = 0
        self._woken_at = clock()
        #: Something the patient is doing without touching (listening to Listen) keeps them here.
        self.keep_awake: Callable[[], bool] = lambda: False
        #: A screen reader may be listening (Qt's accessibility bridge is on).
        self.screen_reader_on: Callable[[], bool] = QAccessible.isActive
        session.idle.last_touch = clock()  # nobody has touched yet: the first timeout counts from now
        session.events.idle_phase.connect(self._phase_changed)
        session.events.closed.connect(self._closed_changed)
        session.events.finish_question.connect(lambda _on: self.finishAskedChanged.emit())
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()

    @staticmethod
    def create(engine: QQmlEngine) -> Idle:
        return provided(Idle, engine)

    @Property(int, notify=overlayChanged)
    def overlay(self) -> int:
        return int(self._overlay)

    @Property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    @Slot()
    def dismissOverlay(self) -> None:
        """Called by an overlay when the finger that woke the kiosk lifts."""
        self._set_overlay(Idle.Overlay.Hidden)

    @Slot()
    def moreTime(self) -> None:
        """ "I need more time": the timeout doubles for this patient, and the countdown goes."""
        self.session.more_time(self._clock())
        self._set_overlay(Idle.Overlay.Hidden)

    @Property(bool, notify=finishAskedChanged)
    def finishAsked(self) -> bool:
        """ "Start over for the next person?" is on screen."""
        return self.session.finish_question

    @Slot(bool)
    def askFinish(self, on: bool) -> None:
        self.session.ask_finish(on)

    @Slot()
    def finish(self) -> None:
        """ "Yes, start over": the idle reset at once, then the attract loop."""
        self.session.finish(self._clock())

    # ------------------------------------------------------------------ input
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.activity()
        return False

    @Slot()
    def activity(self) -> None:
        """Someone is there: a touch or a key (through the event filter), or a screen reader's
        action on a control (QML's Accessible.onPressAction handlers), which is no input event."""
        now = self._clock()
        self.after_hours.touch(now)
        self.session.set_closed(False)  # woken: the layer stays until the finger lifts
        self.session.touch(now)

    def _hear_screen_reader_keys(self) -> None:
        """With a screen reader on, Qt's accessibility bridge filters every key press at the
        application, before any window sees it, and drops those the screen reader takes for
        itself (Orca's reading commands): a blind patient reading a long page would look idle.
        This filter stands in front of the bridge's, which goes back to the front whenever a
        screen reader starts listening, so it is put in front again on every tick."""
        app = QCoreApplication.instance()
        if app is not None and self.screen_reader_on():
            app.installEventFilter(self)

    @Slot()
    def tick(self) -> None:
        self._hear_screen_reader_keys()
        now = self._clock()
        if self.keep_awake():
            self.session.touch(now)
        before = self.session.idle.phase
        self.session.tick(now)
        self.session.set_closed(self.after_hours.closed(now, self._wall_clock()))
        if self.session.closed:
            return
        if before is Phase.COUNTDOWN and self.session.idle.phase is Phase.ACTIVE:
            self._set_overlay(Idle.Overlay.Hidden)  # the countdown ran out: the session was reset
        elif self.session.idle.phase is Phase.COUNTDOWN:
            self._set_seconds(self.session.idle.seconds_left())
        elif self._overlay and self.session.idle.phase is Phase.ACTIVE and now - self._woken_at > OVERLAY_GRACE_S:
            # Woken by a key or a gesture the overlay never saw end: do not leave it up.
            self._set_overlay(Idle.Overlay.Hidden)

    def _closed_changed(self, closed: bool) -> None:
        if closed:
            self._set_overlay(Idle.Overlay.Closed)
            return
        # Opening time, or a touch (before the session hears of it): the attract loop, or the
        # closed screen until the finger lifts.
        self._woken_at = self._clock()
        if self.session.idle.phase is Phase.ATTRACT:
            self._set_overlay(Idle.Overlay.Attract)

    def _phase_changed(self, phase: Phase) -> None:
        if self.session.closed:
            return  # the closed screen covers the attract loop
        if phase is Phase.COUNTDOWN:
            self._set_seconds(self.session.idle.seconds_left())
            self._set_overlay(Idle.Overlay.Countdown)
        elif phase is Phase.ATTRACT:
            self._set_overlay(Idle.Overlay.Attract)
        else:
            # Woken: the overlay stays until the finger lifts (so the touch presses nothing under it).
            self._woken_at = self._clock()

    @property
    def phase(self) -> Phase:
        return self.session.idle.phase

    def _set_overlay(self, value: Idle.Overlay) -> None:
        if value != self._overlay:
            self._overlay = value
            self.overlayChanged.emit()

    def _set_seconds(self, value: int) -> None:
        if value != self._seconds_left:
            self._seconds_left = value
            self.secondsLeftChanged.emit()


assert [o.name for o in Idle.Overlay] == ["Hidden", "Countdown", "Attract", "Closed"]
