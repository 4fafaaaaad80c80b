"""Usage statistics under write faults and a second writer: SQLite gives the session ids (two
processes writing one database lose nothing), and a failed write is retried with back-off from a
bounded queue in memory instead of turning statistics off until the next restart."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.files.resources import app_root
from kiosk.stats.database import UsageStats
from kiosk.stats.schema import STATS_FILE
from tests.test_stats import Clock, first_session, local, rows

WRITER = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from kiosk.stats.database import UsageStats
stats = UsageStats(Path({db!r}))
assert stats.enabled
print("ready", flush=True)
sys.stdin.readline()
for i in range({sessions}):
    stats.session_started()
    stats.screen_shown("faq")
    stats.faq_opened({name!r})
    stats.session_ended()
    if i % 5 == 4:
        stats.flush()
stats.close()
print("done", flush=True)
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / STATS_FILE


def _fail_inserts(db: Path, table: str, message: str = "disk is full") -> None:
    """A write fault that works as root too: the database refuses new rows in ``table``."""
    other = sqlite3.connect(db)
    other.execute(f"CREATE TRIGGER fail BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END")
    other.commit()
    other.close()


def _heal(db: Path) -> None:
    other = sqlite3.connect(db)
    other.execute("DROP TRIGGER fail")
    other.commit()
    other.close()


def test_two_kiosk_processes_writing_one_database_lose_no_session(db: Path) -> None:
    """Both open the database before either writes (ids read at open collided: 100 of 300 lost)."""
    UsageStats(db).close()  # the file exists before both start, as on a kiosk that ran before
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER.format(root=str(app_root()), db=str(db), sessions=150, name=f"writer-{n}"),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in (1, 2)
    ]
    try:
        for writer in writers:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        for writer in writers:
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        for writer in writers:
            out, _ = writer.communicate(timeout=120)
            assert writer.returncode == 0 and "done" in out
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
    assert rows(db, "SELECT COUNT(*), COUNT(DISTINCT id), COUNT(ended) FROM sessions") == [(300, 300, 300)]
    assert rows(db, "SELECT faq_id, COUNT(*), COUNT(DISTINCT session) FROM faq_opens GROUP BY 1 ORDER BY 1") == [
        ("writer-1", 150, 150),
        ("writer-2", 150, 150),
    ]
    # Every row points at its own session, and no session has another writer's rows.
    assert rows(db, "SELECT COUNT(*) FROM faq_opens WHERE session NOT IN (SELECT id FROM sessions)") == [(0,)]
    assert rows(db, "SELECT COUNT(*) FROM screen_views GROUP BY session HAVING COUNT(*) != 1") == []


def test_ids_come_from_sqlite_even_when_another_writer_took_the_next_one(db: Path) -> None:
    clock = Clock(local(2025, 3, 10))
    mine = UsageStats(db, clock)
    theirs = UsageStats(db, clock)
    first_session(mine, clock)
    first_session(theirs, clock)
    theirs.flush()
    mine.flush()
    assert mine.enabled and theirs.enabled
    mine.close()
    theirs.close()
    assert rows(db, "SELECT id FROM sessions ORDER BY id") == [(1,), (2,)]
    assert rows(db, "SELECT session, COUNT(*) FROM faq_opens GROUP BY session") == [(1, 3), (2, 3)]


def test_a_failing_write_is_retried_with_back_off_and_nothing_is_lost(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(local(2025, 3, 10))
    stats = UsageStats(db, clock)
    stats.faq_opened("try-first")
    stats.flush()
    _fail_inserts(db, "faq_opens")
    stats.session_started()
    stats.faq_opened("pump-refill")
    with caplog.at_level(logging.INFO, logger="kiosk.stats"):
        stats.flush()
        assert stats.enabled, "a write error must not turn statistics off"
        [error] = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
        assert "disk is full" in error and str(db) in error and "trying again in 30 s" in error
        stats.faq_opened("pump-refill")  # recording goes on, in memory
        clock.tick(20)
        stats.flush()  # before the back-off ends: no attempt, no log line
        assert len(caplog.records) == 1
        clock.tick(15)
        stats.flush()  # tried again, failed again: the wait doubles
        assert "trying again in 60 s" in caplog.records[-1].getMessage()
        assert caplog.records[-1].levelno == logging.WARNING
        _heal(db)
        clock.tick(30)
        stats.flush()
        assert rows(db, "SELECT COUNT(*) FROM faq_opens") == [(1,)]  # still waiting
        clock.tick(31)
        stats.flush()
        assert "saved again" in caplog.records[-1].getMessage()
    # The failed batches were rolled back whole and then written once: nothing lost, nothing twice.
    assert rows(db, "SELECT faq_id, session FROM faq_opens ORDER BY rowid") == [
        ("try-first", 1),
        ("pump-refill", 2),
        ("pump-refill", 2),
    ]
    assert rows(db, "SELECT id FROM sessions ORDER BY id") == [(1,), (2,)]
    stats.close()


def test_unsaved_rows_wait_in_a_bounded_queue(
    db: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kiosk.stats.database._MAX_PENDING", 100)
    clock = Clock(local(2025, 3, 10))
    stats = UsageStats(db, clock)
    stats.screen_shown("home")
    _fail_inserts(db, "sessions")
    stats.flush()
    with caplog.at_level(logging.WARNING, logger="kiosk.stats"):
        for _ in range(500):
            stats.faq_opened("pump-refill")
    dropped = [r for r in caplog.records if "dropping" in r.getMessage()]
    assert len(dropped) == 1, "one warning, not one per event"
    _heal(db)
    clock.tick(60)
    stats.flush()
    assert rows(db, "SELECT COUNT(*) FROM faq_opens") == [(99,)]  # 100 queued: the session's row and 99 opens
    stats.close()


def test_a_database_damaged_while_running_is_moved_aside_and_the_batch_saved_anew(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(local(2025, 3, 10, 9))
    stats = UsageStats(db, clock)
    first_session(stats, clock)
    stats.screen_shown("faq")  # a second session, written before the damage
    stats.flush()
    # Another program breaks the file under the running kiosk: a table's root points at an index page.
    other = sqlite3.connect(db)
    (index_page,) = other.execute("SELECT rootpage FROM sqlite_master WHERE name = 'faq_opens_at'").fetchone()
    other.execute("PRAGMA writable_schema = ON")
    other.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'faq_opens'", (index_page,))
    (version,) = other.execute("PRAGMA schema_version").fetchone()
    other.execute(f"PRAGMA schema_version = {version + 1}")  # the kiosk's connection rereads the schema
    other.commit()
    other.close()
    stats.faq_opened("written-before")  # its session is in the damaged file
    stats.session_started()
    stats.faq_opened("pump-refill")
    with caplog.at_level(logging.WARNING, logger="kiosk.stats"):
        stats.flush()
    assert stats.enabled
    assert any("moved it to" in r.getMessage() for r in caplog.records)
    assert [p.name for p in db.parent.iterdir() if ".corrupt-" in p.name and "-wal" not in p.name] == [
        f"{STATS_FILE}.corrupt-20250310-0902"
    ]
    first_session(stats, clock)
    stats.close()
    # The new file has the new sessions' rows; a row of a session that lives in the damaged file is
    # not pinned on whichever new session happens to get its id.
    assert rows(db, "SELECT id FROM sessions ORDER BY id") == [(1,), (2,)]
    assert rows(db, "SELECT faq_id, session FROM faq_opens ORDER BY rowid") == [
        ("pump-refill", 1),
        ("pump-refill", 2),
        ("is-it-permanent", 2),
        ("pump-refill", 2),
    ]


def test_rows_that_cannot_be_saved_at_exit_are_counted_in_the_log(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock(local(2025, 3, 10))
    stats = UsageStats(db, clock)
    stats.screen_shown("home")
    _fail_inserts(db, "sessions")
    with caplog.at_level(logging.ERROR, logger="kiosk.stats"):
        stats.close()
    assert "3 unsaved statistics rows are lost" in caplog.records[-1].getMessage()
    assert not stats.enabled
