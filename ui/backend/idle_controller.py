"""Watches the window for touches and drives kiosk.idle: the "Are you still there?" overlay,
the reset between patients and the attract loop."""

from __future__ import annotations

import logging
from collections.abc import Callable
from time import monotonic

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

from kiosk.idle import Event, IdleTimer, Phase

log = logging.getLogger(__name__)

#: Events that mean a person is there. Releases are not in the list: an overlay is dismissed on
#: the press, and the release that follows must not reach what lies under it.
ACTIVITY = {
    QEvent.Type.TouchBegin,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}
TICK_MS = 250
OVERLAY_GRACE_S = 1.5


class IdleController(QObject):
    overlayChanged = Signal()
    secondsLeftChanged = Signal()
    #: The first touch after a reset (or since start): a new patient, for the usage statistics.
    sessionStarted = Signal()

    def __init__(
        self,
        timer: IdleTimer,
        on_reset: Callable[[], None],
        clock: Callable[[], float] = monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle = timer
        self._on_reset = on_reset
        self._clock = clock
        self._overlay = ""
        self._seconds_left = 0
        self._woken_at = clock()
        self._idle.touch(clock())
        self._idle.dirty = False  # nobody has touched yet: nothing to reset
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()

    # ------------------------------------------------------------------ QML
    overlay = Property(str, lambda self: self._overlay, notify=overlayChanged)
    secondsLeft = Property(int, lambda self: self._seconds_left, notify=secondsLeftChanged)

    @Slot()
    def dismissOverlay(self) -> None:
        """Called by an overlay when the finger that woke the kiosk lifts."""
        self._set_overlay("")

    # ------------------------------------------------------------------ input
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.activity()
        return False

    def activity(self) -> None:
        now = self._clock()
        new_session = not self._idle.dirty
        events = self._idle.touch(now)
        if new_session:
            self.sessionStarted.emit()
        for ev in events:
            log.info("idle: %s", ev.value)
            self._woken_at = now

    @Slot()
    def tick(self) -> None:
        for ev in self._idle.tick(self._clock()):
            log.info("idle: %s", ev.value)
            if ev is Event.COUNTDOWN_STARTED:
                self._set_overlay("countdown")
            elif ev is Event.RESET:
                self._on_reset()
                if self._overlay == "countdown":
                    self._set_overlay("")
            elif ev is Event.ATTRACT_STARTED:
                self._set_overlay("attract")
        if self._idle.phase is Phase.COUNTDOWN:
            self._set_seconds(self._idle.seconds_left())
        elif self._overlay and self._idle.phase is Phase.ACTIVE and self._clock() - self._woken_at > OVERLAY_GRACE_S:
            # Woken by a key or a gesture the overlay never saw end: do not leave it up.
            self._set_overlay("")

    @property
    def phase(self) -> Phase:
        return self._idle.phase

    def _set_overlay(self, value: str) -> None:
        if value != self._overlay:
            self._overlay = value
            self.overlayChanged.emit()

    def _set_seconds(self, value: int) -> None:
        if value != self._seconds_left:
            self._seconds_left = value
            self.secondsLeftChanged.emit()
