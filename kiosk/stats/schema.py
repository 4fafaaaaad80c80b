"""The statistics database's schema: its file, tables and indexes, how long rows are kept, and
opening a file safely (a damaged one is recognised before SQLite can make it worse)."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.files.platform_dirs import data_dir

log = logging.getLogger(__name__)

STATS_FILE = "usage.sqlite3"
KEEP_DAYS = 365
#: How long a write waits for another process's transaction (SQLite's busy timeout).
_BUSY_TIMEOUT_S = 5.0
_MINUTE = "%Y-%m-%d %H:%M"
_SCHEMA_VERSION = 1
_SQLITE_MAGIC = b"SQLite format 3\x00"

#: Table name -> columns, in the order of the CSV export. `at`/`started`/`ended`/`shown` are local
#: 'YYYY-MM-DD HH:MM' strings: readable in a CSV, sortable as text, and never finer than the minute.
TABLES: dict[str, str] = {
    "sessions": "id INTEGER PRIMARY KEY, started TEXT NOT NULL, ended TEXT, questions INTEGER",
    "screen_views": "session INTEGER NOT NULL, screen TEXT NOT NULL, shown TEXT NOT NULL, seconds INTEGER NOT NULL",
    "faq_opens": "session INTEGER NOT NULL, faq_id TEXT NOT NULL, at TEXT NOT NULL",
    "choices": "session INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, at TEXT NOT NULL",
    "qr_shows": "session INTEGER NOT NULL, codes INTEGER NOT NULL, at TEXT NOT NULL",
}
#: The time column each child table is pruned and windowed by.
CHILD_TIME = {"screen_views": "shown", "faq_opens": "at", "choices": "at", "qr_shows": "at"}
INDEXES = (
    "CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started)",
    "CREATE INDEX IF NOT EXISTS screen_views_shown ON screen_views(shown)",
    "CREATE INDEX IF NOT EXISTS faq_opens_at ON faq_opens(at)",
)


def default_path() -> Path:
    return data_dir() / STATS_FILE


def minute(t: float) -> str:
    """Local time truncated to the minute: the finest time the statistics ever store."""
    return time.strftime(_MINUTE, time.localtime(t))


class Corrupt(Exception):
    """The header or quick_check found damage: handled like SQLite's DatabaseError (moved aside,
    a new file started)."""


def is_damage(exc: BaseException) -> bool:
    return isinstance(exc, Corrupt) or getattr(exc, "sqlite_errorcode", None) in (
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_NOTADB,
    )


def connect(path: Path, clock: Callable[[], float]) -> sqlite3.Connection:
    """Open, check and prepare the database; raises on any fault (closing what it opened)."""
    # Look at the header before SQLite does: on close SQLite deletes a -wal it cannot use, so a
    # file that is not a database at all is moved aside (with its -wal) before it is opened.
    if path.exists():
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
        if head and head != _SQLITE_MAGIC:
            raise Corrupt("file is not a database")
    # isolation_level=None: no implicit transactions; flush() issues BEGIN/COMMIT itself.
    conn = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    try:
        # quick_check first: it is the first read, so a file that is not a database fails here.
        problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise Corrupt("; ".join(str(p) for p in problems[:3]))
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()
        if not mode or str(mode[0]).lower() != "wal":
            log.debug("statistics: journal mode is %s, not WAL", mode)
        conn.execute("PRAGMA synchronous=NORMAL")  # durable enough with WAL; a lost last batch is fine
        conn.execute("BEGIN IMMEDIATE")  # the write lock first: another writer makes us wait, not fail
        for table, columns in TABLES.items():
            conn.execute(f"CREATE TABLE IF NOT EXISTS {table} ({columns})")
        for sql in INDEXES:
            conn.execute(sql)
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            conn.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")
        prune(conn, clock)
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        raise
    return conn


def prune(conn: sqlite3.Connection, clock: Callable[[], float]) -> None:
    """Delete rows older than KEEP_DAYS, and any rows whose session is gone with them."""
    cutoff = minute(clock() - KEEP_DAYS * 86400)
    conn.execute("DELETE FROM sessions WHERE started < ?", (cutoff,))
    for table, column in CHILD_TIME.items():
        conn.execute(f"DELETE FROM {table} WHERE {column} < ? OR session NOT IN (SELECT id FROM sessions)", (cutoff,))
