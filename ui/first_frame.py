"""Work that must wait until the patient sees the first screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtQuick import QQuickWindow


class _AfterFirstFrame(QObject):
    """A receiver in the main thread: with Qt's threaded render loop the window signals a swap
    from its render thread, and the job (files, SQLite, timers) must run in the main thread, once,
    however many swaps were queued before the first one was handled."""

    def __init__(self, window: QQuickWindow, job: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._job: Callable[[], None] | None = job
        window.frameSwapped.connect(self.run)

    @Slot()
    def run(self) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        self._window.frameSwapped.disconnect(self.run)
        self.deleteLater()
        job()


def after_first_frame(window: QQuickWindow, job: Callable[[], None]) -> None:
    """Run ``job`` once, in the main thread, after the window's next frame is on screen.

    Not Qt's SingleShotConnection: naming any member of ``Qt`` makes PySide build every enum of
    that namespace (~12 ms), which nothing else needs before the first frame.
    """
    _AfterFirstFrame(window, job)
