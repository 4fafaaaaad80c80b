"""Work that must wait until the patient sees the first screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtQuick import QQuickWindow


def after_first_frame(window: QQuickWindow, job: Callable[[], None]) -> None:
    """Run ``job`` once, after the window's next frame is on screen.

    Not Qt's SingleShotConnection: naming any member of ``Qt`` makes PySide build every enum of
    that namespace (~12 ms), which nothing else needs before the first frame.
    """

    def once() -> None:
        window.frameSwapped.disconnect(once)
        job()

    window.frameSwapped.connect(once)
