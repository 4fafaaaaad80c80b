"""How the kiosk process meets signals and unexpected errors: SIGTERM stops it cleanly, and an
error is logged and the patient taken back to Overview; no traceback is ever shown."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)


def install_signal_handlers(app: QGuiApplication) -> None:
    """SIGTERM/SIGINT quit the event loop cleanly. Python only runs signal handlers when the
    interpreter gets control, so the signal is written to a pipe that Qt watches."""
    if not hasattr(signal, "SIGTERM") or sys.platform == "win32":
        return
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    signal.set_wakeup_fd(write_fd)
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            os.read(read_fd, 64)

    notifier.activated.connect(drain)

    def quit_app(signum: int, _frame: object) -> None:
        log.info("signal %d: shutting down", signum)
        app.exit(0)  # not quit(): that asks the windows first, and the kiosk window refuses to close

    signal.signal(signal.SIGTERM, quit_app)
    signal.signal(signal.SIGINT, quit_app)


def install_excepthook(recover: Callable[[], None]) -> None:
    """An unexpected error is logged and ``recover`` runs on the next turn of the event loop."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error: %s", "".join(traceback.format_exception(kind, value, tb)).rstrip())
        QTimer.singleShot(0, recover)

    sys.excepthook = hook
