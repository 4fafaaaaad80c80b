"""The one logging setup: one line per event, to stderr and, when a folder is given, to
rotating files that cannot fill a kiosk's disk over months. With a log file, stderr gets only
warnings and errors: a desktop session appends stderr to ~/.xsession-errors, which nothing rotates."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections import deque
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE = "kiosk.log"
RECENT_ERRORS = 50


class RecentErrors(logging.Handler):
    """The last warnings and errors, kept in memory for the admin panel (no file reading on a kiosk)."""

    def __init__(self, size: int = RECENT_ERRORS) -> None:
        super().__init__(logging.WARNING)
        self.records: deque[str] = deque(maxlen=size)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%d %H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record).splitlines()[0])


recent_errors = RecentErrors()


def configure_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Returns the log file in use, or None when logging to stderr only."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    stream = logging.StreamHandler()
    stream.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(stream)
    root.addHandler(recent_errors)
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / LOG_FILE
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        root.error("cannot write logs to %s (%s); logging to stderr only", log_dir, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    stream.setLevel(logging.WARNING)
    return path


class _Syslog(logging.Handler):
    """The system log (the journal) through the C library, which never fails loudly where no
    log socket exists (a container, a chroot)."""

    def __init__(self, ident: str) -> None:
        super().__init__()
        import syslog

        self._syslog = syslog
        syslog.openlog(ident, 0, syslog.LOG_USER)

    def emit(self, record: logging.LogRecord) -> None:
        priority = self._syslog.LOG_ERR if record.levelno >= logging.ERROR else self._syslog.LOG_INFO
        self._syslog.syslog(priority, self.format(record))


def configure_supervisor_logging() -> None:
    """The supervisor logs a line per restart. Linux: to stderr (the journal, in the kiosk
    session) and, in a desktop session, also to the system log (`journalctl -t
    pain-therapy-kiosk-supervisor`). Windows, where a windowed program has no stderr: to
    supervise.log beside the kiosk's logs, 1 MB at most twice."""
    from kiosk import APP_ID
    from kiosk.platform_dirs import default_log_dir

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    handlers: list[tuple[logging.Handler, str]] = []
    if sys.stderr is not None:
        handlers.append((logging.StreamHandler(), f"{APP_ID}-supervisor: %(message)s"))
    if sys.platform == "win32":
        try:
            folder = default_log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            rotating = logging.handlers.RotatingFileHandler(
                folder / "supervise.log", maxBytes=1_000_000, backupCount=1, encoding="utf-8"
            )
            handlers.append((rotating, FORMAT))
        except OSError:
            pass
    elif "JOURNAL_STREAM" not in os.environ:
        handlers.append((_Syslog(f"{APP_ID}-supervisor"), "%(message)s"))
    for handler, layout in handlers:
        handler.setFormatter(logging.Formatter(layout))
        root.addHandler(handler)
