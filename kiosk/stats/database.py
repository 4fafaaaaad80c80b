"""Local, anonymous usage statistics, the writing side: which screens and FAQ items patients use,
and for how long (the schema: kiosk.stats.schema; the staff panel's reads: kiosk.stats.queries).

Privacy by construction: only short identifiers (screen ids, FAQ ids, language and text-size codes)
and small integers are stored, never free text, and no time finer than the minute. Nothing leaves
the machine except through an explicit CSV export from the admin panel.

Statistics must never cost the patient anything: recording only appends to an in-memory list (no
disk access on the tap path), the UI calls `flush()` from a timer and at exit, and every fault is
logged and handled without raising to the caller: a database that cannot be opened at start turns
statistics off; a write that fails later (full disk, a lock held too long) is retried with back-off
while the rows wait in memory (bounded); a damaged file is moved aside, a new one started, and what
can still be read of the old one is offered as "older data" (kiosk.stats.export).

Several kiosk processes may write one database (a second kiosk started by mistake, the export
command): SQLite gives every session its id inside the write transaction, so none collide.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.stats.queries import UsageQueries
from kiosk.stats.schema import CHILD_TIME, Corrupt, connect, is_damage, minute

log = logging.getLogger(__name__)

#: The only values ever stored besides integers: short lowercase identifiers, so free text (a
#: question a patient typed, a name) cannot end up in the database even by a wiring mistake.
_IDENT = re.compile(r"[a-z0-9_.-]{1,64}")
#: Integers beyond this are a bug, not a patient's list; they are dropped rather than stored.
_MAX_COUNT = 10_000
#: Rows waiting in memory while writes fail (or if the UI never flushed): bounded, later ones are
#: dropped. A busy day is a few thousand rows, so this covers days of a full disk.
_MAX_PENDING = 50_000
#: Seconds before retrying a failed write, doubled after each failure up to the last figure.
_RETRY_FIRST_S = 30
_RETRY_MAX_S = 960
#: Failures after which the connection is closed and opened afresh for the next try.
_REOPEN_AFTER = 3


class _Session:
    """A session as pending rows refer to it: SQLite gives its id when its row is first written,
    and every later row of the session (in that batch or a later one) uses that id."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None


#: A pending write: SQL, its parameters (a _Session stands for its id) and, for the INSERT that
#: creates a session, that session.
_Row = tuple[str, tuple[object, ...], _Session | None]


class UsageStats(UsageQueries):
    """Records usage in memory and writes it to SQLite in batches; see the module docstring.

    Only ever called from one thread (the UI thread). With `path` None statistics are off: every
    method is a cheap no-op and no file is created. A database that cannot be opened at start
    turns them off for the run (`enabled` is False); a write that fails later does not.
    """

    def __init__(self, path: Path | None, clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._clock = clock
        self._conn: sqlite3.Connection | None = None
        self._recording = False
        # Rows in recording order; written by flush() in one transaction, kept while that fails.
        self._pending: list[_Row] = []
        self._overflow_logged = False
        self._failures = 0  # failed writes in a row
        self._retry_at = 0.0  # no write is tried before this time (clock), after a failure
        self._session: _Session | None = None  # the open session
        self._last_session: _Session | None = None  # the most recently ended one, for a late questions_count
        self._questions: int | None = None
        self._view: tuple[str, float] | None = None  # (screen, shown at)
        if path is not None:
            problem = self._open(path)
            if problem:
                self._disable(problem)
            else:
                self._recording = True

    # -- opening -------------------------------------------------------------------------------

    def _open(self, path: Path) -> str | None:
        """Open (moving a damaged file aside once and starting anew); the fault in words, or None."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return f"cannot create the folder for {path}: {exc}"
        for attempt in (1, 2):
            try:
                self._conn = connect(path, self._clock)
                return None
            except (sqlite3.DatabaseError, Corrupt) as exc:
                # OperationalError is a DatabaseError too, but means the file or folder can't be
                # opened or written (read-only, disk full, permission), not a damaged file.
                if not is_damage(exc) and isinstance(exc, sqlite3.OperationalError):
                    return f"cannot open {path}: {exc}"
                if attempt == 2:
                    return f"a new statistics file {path} is unusable too: {exc}"
                problem = self._move_aside(path, exc)
                if problem:
                    return problem
            except OSError as exc:
                return f"cannot open {path}: {exc}"
        return None  # not reached: the second attempt returns

    def _move_aside(self, path: Path, problem: object) -> str | None:
        """Rename a damaged file (and its -wal/-shm) so nothing is lost and a new one can start;
        the fault in words when it cannot be moved."""
        stamp = time.strftime("%Y%m%d-%H%M", time.localtime(self._clock()))
        base = path.with_name(f"{path.name}.corrupt-{stamp}")
        n = 1
        while base.exists():  # two faults within a minute: keep both
            n += 1
            base = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        try:
            for suffix in ("-wal", "-shm", ""):  # main file last: the one that marks it as done
                source = path.with_name(path.name + suffix)
                if source.exists():
                    os.replace(source, base.with_name(base.name + suffix))
        except OSError as exc:
            return f"{path} is damaged ({problem}) and cannot be moved aside: {exc}"
        log.warning("statistics file %s is damaged (%s); moved it to %s and started a new one", path, problem, base)
        return None

    def _close_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def _disable(self, reason: str) -> None:
        log.error("usage statistics are off: %s", reason)
        self._recording = False
        self._pending.clear()
        self._session = self._last_session = self._view = None
        self._close_connection()

    @property
    def enabled(self) -> bool:
        """Recording: the database opened at start and the statistics were not closed (rows may be
        waiting in memory for a write to succeed again)."""
        return self._recording

    @property
    def failing(self) -> bool:
        """Recording, but the last write failed: rows wait in memory for the next try."""
        return self._recording and self._failures > 0

    # -- recording: in memory only -------------------------------------------------------------

    def _add(self, sql: str, params: tuple[object, ...], creates: _Session | None = None) -> None:
        if len(self._pending) >= _MAX_PENDING:
            if not self._overflow_logged:
                log.warning("usage statistics: %d rows not saved yet; dropping new ones", len(self._pending))
                self._overflow_logged = True
            return
        self._pending.append((sql, params, creates))

    def _stamp(self) -> str:
        return minute(self._clock())

    def _ensure_session(self) -> _Session:
        if self._session is None:
            self.session_started()
        assert self._session is not None
        return self._session

    def _end_view(self, now: float) -> None:
        if self._view is None or self._session is None:
            return
        screen, shown = self._view
        self._view = None
        seconds = max(0, round(now - shown))  # a clock set back must not give negative time
        self._add(
            "INSERT INTO screen_views (session, screen, shown, seconds) VALUES (?, ?, ?, ?)",
            (self._session, screen, minute(shown), seconds),
        )

    def session_started(self) -> None:
        """A patient started using the kiosk. An open session is ended first (a missed idle reset)."""
        if not self.enabled:
            return
        if self._session is not None:
            self.session_ended()
        self._session = _Session()
        self._questions = None
        self._add("INSERT INTO sessions (started) VALUES (?)", (minute(self._clock()),), creates=self._session)

    def session_ended(self) -> None:
        """The idle reset (or exit): closes the current screen view and the session; ignored if none."""
        if not self.enabled or self._session is None:
            return
        now = self._clock()
        self._end_view(now)
        self._add(
            "UPDATE sessions SET ended = ?, questions = ? WHERE id = ?",
            (minute(now), self._questions, self._session),
        )
        self._last_session, self._session = self._session, None

    def session_discarded(self) -> None:
        """The open session was staff, not a patient (their taps on the logo open the staff
        keypad): it is removed, whether or not it was already written."""
        if not self.enabled or self._session is None:
            return
        session, self._session, self._view = self._session, None, None
        for table in CHILD_TIME:
            self._add(f"DELETE FROM {table} WHERE session = ?", (session,))
        self._add("DELETE FROM sessions WHERE id = ?", (session,))

    def screen_shown(self, screen: str) -> None:
        """Ends the previous view (its time is now - shown) and starts one; starts a session if none."""
        if not self.enabled or not _valid(screen, "screen"):
            return
        self._ensure_session()
        now = self._clock()
        self._end_view(now)
        self._view = (screen, now)

    def faq_opened(self, faq_id: str) -> None:
        self._event("faq_opens", "faq_id", faq_id)

    def language_chosen(self, language: str) -> None:
        self._choice("language", language)

    def text_size_chosen(self, size: str) -> None:
        self._choice("text_size", size)

    def _event(self, table: str, column: str, value: str) -> None:
        if not self.enabled or not _valid(value, column):
            return
        session = self._ensure_session()  # a tap is a use, even without a screen change first
        self._add(f"INSERT INTO {table} (session, {column}, at) VALUES (?, ?, ?)", (session, value, self._stamp()))

    def _choice(self, kind: str, value: str) -> None:
        if not self.enabled or not _valid(value, kind):
            return
        session = self._ensure_session()
        self._add(
            "INSERT INTO choices (session, kind, value, at) VALUES (?, ?, ?, ?)", (session, kind, value, self._stamp())
        )

    def questions_count(self, count: int) -> None:
        """The size of the patient's questions list (only the number, never the questions).

        Kept for the open session and written when it ends. If no session is open it belongs to the
        one that just ended (the UI may read the list after an idle reset has ended the session).
        """
        if not self.enabled or not _valid_count(count, "questions count"):
            return
        if self._session is not None:
            self._questions = count
        elif self._last_session is not None:
            self._add("UPDATE sessions SET questions = ? WHERE id = ?", (count, self._last_session))

    def qr_shown(self, codes: int) -> None:
        """A take-home QR screen was shown with this many codes."""
        if not self.enabled or not _valid_count(codes, "QR codes"):
            return
        session = self._ensure_session()
        self._add("INSERT INTO qr_shows (session, codes, at) VALUES (?, ?, ?)", (session, codes, self._stamp()))

    # -- writing --------------------------------------------------------------------------------

    def flush(self, *, now: bool = False) -> None:
        """Write pending rows in one transaction (rolled back whole if any row fails). After a
        failure the rows stay in memory and no write is tried until the back-off has passed
        (``now`` tries anyway, for the last flush at exit); a damaged file is moved aside and the
        rows written to a new one at once."""
        if not self._recording or not self._pending or (not now and self._clock() < self._retry_at):
            return
        problem = self._write()
        if problem and is_damage(problem) and self._path is not None:
            self._close_connection()
            reopened = self._move_aside(self._path, problem) or self._open(self._path)
            if reopened is None:
                self._forget_written_sessions()
                problem = self._write()
        if problem is None:
            if self._failures:
                log.warning("usage statistics saved again after %d failed attempt(s)", self._failures)
            self._failures, self._retry_at, self._overflow_logged = 0, 0.0, False
            return
        self._failures += 1
        wait = min(_RETRY_MAX_S, _RETRY_FIRST_S * 2 ** (self._failures - 1))
        self._retry_at = self._clock() + wait
        report = log.error if self._failures == 1 else log.warning
        report(
            "writing usage statistics to %s failed (%s); %d rows wait in memory, trying again in %d s",
            self._path,
            problem,
            len(self._pending),
            wait,
        )
        if self._failures >= _REOPEN_AFTER:
            self._close_connection()  # the next try opens the file afresh

    def _forget_written_sessions(self) -> None:
        """After a damaged file was moved aside: sessions already written live in that file, so
        their pending rows are dropped rather than attached to whatever session gets that id in
        the new file."""
        created = {id(c) for _sql, _params, c in self._pending if c is not None}
        for session in [self._session, self._last_session, *(p for _s, ps, _c in self._pending for p in ps)]:
            if isinstance(session, _Session) and id(session) not in created:
                session.id = None

    def _write(self) -> BaseException | None:
        """One attempt at writing every pending row; the fault, or None once they are saved."""
        if self._conn is None:
            assert self._path is not None
            problem = self._open(self._path)
            if problem:
                return OSError(problem)
        conn = self._conn
        assert conn is not None
        created: list[_Session] = []
        try:
            conn.execute("BEGIN IMMEDIATE")
            for sql, params, creates in self._pending:
                if any(isinstance(p, _Session) and p.id is None for p in params):
                    continue  # its session's row was dropped when the queue was full
                cursor = conn.execute(sql, tuple(p.id if isinstance(p, _Session) else p for p in params))
                if creates is not None:
                    creates.id = cursor.lastrowid
                    created.append(creates)
            conn.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(sqlite3.Error):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            for session in created:  # rolled back: SQLite gives them ids again on the next try
                session.id = None
            return exc
        self._pending.clear()
        return None

    def close(self) -> None:
        """At exit: end the session, flush (whatever the back-off), close. Afterwards every method
        is a no-op; rows that still cannot be written are counted in the log."""
        if not self._recording:
            return
        self.session_ended()
        self.flush(now=True)
        if self._pending:
            log.error("%d unsaved statistics rows are lost at exit", len(self._pending))
        self._recording = False
        self._pending.clear()
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error as exc:
                log.warning("closing statistics file %s: %s", self._path, exc)
            self._conn = None


def _valid(value: object, what: str) -> bool:
    """True for a short identifier; anything else (free text, a typo'd binding) is dropped."""
    if isinstance(value, str) and _IDENT.fullmatch(value):
        return True
    log.debug("usage statistics: dropped a %s that is not a short identifier", what)  # not the value: it may be text
    return False


def _valid_count(value: object, what: str) -> bool:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _MAX_COUNT:
        return True
    log.debug("usage statistics: dropped %s %r (not an integer 0..%d)", what, value, _MAX_COUNT)
    return False
