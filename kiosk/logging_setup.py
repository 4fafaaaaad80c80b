"""The one logging setup: one line per event, to stderr and, when a folder is given, to
rotating files that cannot fill a kiosk's disk over months. With a log file, stderr gets only
warnings and errors: a desktop session appends stderr to ~/.xsession-errors, which nothing rotates."""

from __future__ import annotations

import logging
import logging.handlers
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
