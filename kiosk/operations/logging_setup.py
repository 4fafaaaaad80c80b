"""The one logging setup: one line per event, to stderr and, when a folder is given, to
rotating files that cannot fill a kiosk's disk over months. With a log file, stderr gets only
warnings and errors: a desktop session appends stderr to ~/.xsession-errors, which nothing rotates.

Under systemd (the kiosk session's unit, a desktop's user services), where stderr is the journal,
records go to the journal instead, as structured entries: priority, logger, code location, and
the kiosk's own fields (KIOSK_SCREEN, KIOSK_CONTENT_VERSION, ...) from ``set_log_context``, so IT's
log collector can filter on them (``journalctl KIOSK_SCREEN=faq``). The journal rotates itself; no
file is written. The journal's native protocol is spoken by the logging-journald package (a local
Unix socket, no network).
"""

from __future__ import annotations

import logging
import os
import sys
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO

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

JOURNAL_SOCKET = Path("/run/systemd/journal/socket")
#: syslog priorities, as the journal stores them.
_PRIORITY = {logging.CRITICAL: 2, logging.ERROR: 3, logging.WARNING: 4, logging.INFO: 6, logging.DEBUG: 7}
_context: list[Callable[[], Mapping[str, str]]] = [dict]


def set_log_context(fields: Callable[[], Mapping[str, str]]) -> None:
    """What the kiosk is doing, added to every journal entry (names in capitals, KIOSK_ first)."""
    _context[0] = fields


def journal_socket() -> Path | None:
    """The journal's socket when stderr is connected to the journal (systemd says so in
    JOURNAL_STREAM), else None: then logs go to files as on any desktop."""
    stream = os.environ.get("JOURNAL_STREAM", "")
    if not stream or sys.platform != "linux":
        return None
    try:
        device, inode = (int(part) for part in stream.split(":", 1))
        info = os.fstat(2)
    except (OSError, ValueError):
        return None
    return JOURNAL_SOCKET if (info.st_dev, info.st_ino) == (device, inode) else None


class JournalHandler(logging.Handler):
    """One structured journal entry per record."""

    def __init__(self, socket_path: Path, identifier: str) -> None:
        super().__init__()
        from logging_journald import JournaldTransport

        self._identifier = identifier
        self._transport = JournaldTransport(socket_path)  # connects now: raises OSError if there is no journal

    def emit(self, record: logging.LogRecord) -> None:
        try:
            fields: list[tuple[str, object]] = [
                ("MESSAGE", self.format(record)),
                ("PRIORITY", _PRIORITY.get(record.levelno, 6)),
                ("SYSLOG_IDENTIFIER", self._identifier),
                ("LOGGER", record.name),
                ("CODE_FILE", record.pathname),
                ("CODE_LINE", record.lineno),
                ("CODE_FUNC", record.funcName),
                *_context[0]().items(),
            ]
            self._transport.send(fields)
        except Exception:
            self.handleError(record)


def configure_logging(
    log_dir: Path | None = None, level: int = logging.INFO, journal: Path | None = None, hold: bool = False
) -> Path | None:
    """Returns the log file in use, or None when logging to stderr or the journal only.
    ``journal``: the journal's socket (see ``journal_socket``); logs go there instead of files.
    ``hold``: the file or the journal is opened only by ``release_held_records`` (the kiosk's
    first frame does not wait for the ~10 ms of modules either needs); records until then are
    kept in memory, and written there first, also if the process ends before."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.addHandler(recent_errors)
    if not hold:
        return _open_destination(root, log_dir, journal, None)
    stream = None
    if journal is None:  # warnings show on stderr at once, as they would beside a log file
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        stream.setLevel(logging.WARNING)
        root.addHandler(stream)
    root.addHandler(_HeldRecords(lambda: _open_destination(root, log_dir, journal, stream)))
    return None if journal is not None or log_dir is None else log_dir / LOG_FILE


def release_held_records() -> None:
    """Open the log destination ``configure_logging(hold=True)`` held back, and write the records
    logged so far into it."""
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, _HeldRecords):
            handler.release()


class _HeldRecords(logging.Handler):
    """Records kept until their destination is open (a bounded number: a loop logging before the
    first frame must not fill the memory)."""

    LIMIT = 10_000

    def __init__(self, open_destination: Callable[[], Path | None]) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self._open: Callable[[], Path | None] | None = open_destination

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)

    def release(self) -> None:
        open_destination, self._open = self._open, None
        if open_destination is None:
            return
        root = logging.getLogger()
        root.removeHandler(self)
        before = {handler: handler.level for handler in root.handlers}
        open_destination()
        for record in self.records:
            for handler in root.handlers:
                # New handlers get every record; stderr, if it now takes more, what it did not show.
                seen = before.get(handler, logging.CRITICAL + 1)
                if handler.level <= record.levelno < seen:
                    handler.handle(record)
        self.records.clear()

    def close(self) -> None:  # logging.shutdown at exit: nothing held is lost
        self.release()
        super().close()


def _open_destination(
    root: logging.Logger, log_dir: Path | None, journal: Path | None, stream: logging.StreamHandler[TextIO] | None
) -> Path | None:
    from kiosk import APP_ID

    if journal is not None:
        try:
            to_journal = JournalHandler(journal, APP_ID)
        except OSError as exc:
            sys.stderr.write(f"cannot log to the journal at {journal} ({exc}); logging to files\n")
        else:
            to_journal.setFormatter(logging.Formatter("%(message)s"))
            root.addHandler(to_journal)
            return None
    if stream is None:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
    if log_dir is None:
        stream.setLevel(logging.NOTSET)
        return None
    from logging.handlers import RotatingFileHandler  # socket, pickle, queue: ~9 ms, so only here

    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / LOG_FILE
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        stream.setLevel(logging.NOTSET)
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
    from kiosk.files.platform_dirs import default_log_dir

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    handlers: list[tuple[logging.Handler, str]] = []
    if sys.stderr is not None:
        handlers.append((logging.StreamHandler(), f"{APP_ID}-supervisor: %(message)s"))
    if sys.platform == "win32":
        from logging.handlers import RotatingFileHandler

        try:
            folder = default_log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            rotating = RotatingFileHandler(
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
