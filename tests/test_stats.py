"""Usage statistics (kiosk.stats): what is stored, what the admin queries return, and that faults
(corrupt file, read-only folder, failing writes) never reach the caller. Plain Python, no Qt."""

from __future__ import annotations

import csv
import logging
import os
import re
import sqlite3
import time
from pathlib import Path

import pytest

from kiosk.stats.database import UsageStats
from kiosk.stats.queries import DayCount, NamedCount, ScreenTime
from kiosk.stats.schema import KEEP_DAYS, STATS_FILE

MINUTE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")
TIME_COLUMNS = {"sessions": ("started", "ended"), "screen_views": ("shown",), "faq_opens": ("at",)}
TIME_COLUMNS |= {"choices": ("at",), "qr_shows": ("at",)}


def local(y: int, mo: int, d: int, h: int = 12, mi: int = 0, s: int = 0) -> float:
    """A local wall-clock time as a unix time, so the tests pass in any time zone."""
    return time.mktime((y, mo, d, h, mi, s, 0, 0, -1))


class Clock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def tick(self, seconds: float) -> None:
        self.t += seconds


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read the file directly, as a separate reader would: only committed data is visible."""
    conn = sqlite3.connect(path)
    try:
        return [tuple(r) for r in conn.execute(sql).fetchall()]
    finally:
        conn.close()


def first_session(stats: UsageStats, clock: Clock) -> None:
    """2025-03-10 09:15:30: home 40 s, FAQ 100 s (three items opened), home 30 s, QR with 2 codes."""
    stats.session_started()
    stats.screen_shown("home")
    clock.tick(40)
    stats.screen_shown("faq")
    stats.faq_opened("pump-refill")
    stats.faq_opened("is-it-permanent")
    stats.faq_opened("pump-refill")
    stats.language_chosen("es")
    stats.text_size_chosen("large")
    clock.tick(100)
    stats.screen_shown("home")
    clock.tick(20)
    stats.questions_count(3)
    stats.qr_shown(2)
    clock.tick(10)
    stats.session_ended()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / STATS_FILE


def test_scripted_sessions_give_exact_rows_and_queries(db: Path) -> None:
    clock = Clock(local(2025, 3, 10, 9, 15, 30))
    stats = UsageStats(db, clock)
    assert stats.enabled
    first_session(stats, clock)
    # Recording never touches the disk: nothing is there until flush().
    assert rows(db, "SELECT COUNT(*) FROM sessions") == [(0,)]
    assert rows(db, "SELECT COUNT(*) FROM screen_views") == [(0,)]
    stats.flush()
    assert rows(db, "SELECT * FROM sessions") == [(1, "2025-03-10 09:15", "2025-03-10 09:18", 3)]
    assert rows(db, "SELECT * FROM screen_views ORDER BY rowid") == [
        (1, "home", "2025-03-10 09:15", 40),
        (1, "faq", "2025-03-10 09:16", 100),
        (1, "home", "2025-03-10 09:17", 30),
    ]
    assert rows(db, "SELECT * FROM faq_opens ORDER BY rowid") == [
        (1, "pump-refill", "2025-03-10 09:16"),
        (1, "is-it-permanent", "2025-03-10 09:16"),
        (1, "pump-refill", "2025-03-10 09:16"),
    ]
    assert rows(db, "SELECT * FROM choices ORDER BY rowid") == [
        (1, "language", "es", "2025-03-10 09:16"),
        (1, "text_size", "large", "2025-03-10 09:16"),
    ]
    assert rows(db, "SELECT * FROM qr_shows") == [(1, 2, "2025-03-10 09:18")]

    # Two days later: a session that starts with a screen (no explicit session_started).
    clock.t = local(2025, 3, 12, 14, 0)
    stats.screen_shown("faq")
    stats.faq_opened("pump-refill")
    clock.tick(30)
    stats.session_ended()
    stats.session_ended()  # a second end is ignored
    stats.flush()
    assert stats.row_counts() == {"sessions": 2, "screen_views": 4, "faq_opens": 4, "choices": 2, "qr_shows": 1}

    assert stats.sessions_per_day(7) == [
        DayCount("2025-03-06", 0),
        DayCount("2025-03-07", 0),
        DayCount("2025-03-08", 0),
        DayCount("2025-03-09", 0),
        DayCount("2025-03-10", 1),
        DayCount("2025-03-11", 0),
        DayCount("2025-03-12", 1),
    ]
    assert len(stats.sessions_per_day(30)) == 30
    assert stats.sessions_per_day(1) == [DayCount("2025-03-12", 1)]
    assert stats.top_faq(7) == [NamedCount("pump-refill", 3), NamedCount("is-it-permanent", 1)]
    assert stats.top_faq(7, limit=1) == [NamedCount("pump-refill", 3)]
    assert stats.top_faq(1) == [NamedCount("pump-refill", 1)]
    assert stats.time_per_screen(7) == [ScreenTime("faq", 130), ScreenTime("home", 70)]
    assert stats.time_per_screen(1) == [ScreenTime("faq", 30)]
    stats.close()
    assert not stats.enabled
    stats.faq_opened("pump-refill")  # after close: a no-op, not an error
    stats.flush()


def test_queries_flush_first_and_views_in_progress_are_not_counted(db: Path) -> None:
    clock = Clock(local(2025, 3, 10))
    stats = UsageStats(db, clock)
    stats.screen_shown("home")
    stats.faq_opened("try-first")
    clock.tick(15)
    assert stats.top_faq(7) == [NamedCount("try-first", 1)]  # pending rows were flushed by the query
    assert stats.time_per_screen(7) == []  # the home view has not ended yet
    stats.screen_shown("faq")
    assert stats.time_per_screen(7) == [ScreenTime("home", 15)]
    stats.close()
    assert rows(db, "SELECT screen, seconds FROM screen_views ORDER BY rowid") == [("home", 15), ("faq", 0)]
    assert rows(db, "SELECT ended IS NOT NULL FROM sessions") == [(1,)]


def test_timestamps_have_no_seconds(db: Path) -> None:
    clock = Clock(local(2025, 7, 1, 23, 59, 59) + 0.75)
    stats = UsageStats(db, clock)
    first_session(stats, clock)
    stats.close()
    for table, columns in TIME_COLUMNS.items():
        for column in columns:
            values = [v for (v,) in rows(db, f"SELECT {column} FROM {table}")]
            assert values, (table, column)
            assert all(isinstance(v, str) and MINUTE.fullmatch(v) for v in values), (table, column, values)
    assert rows(db, "SELECT started FROM sessions") == [("2025-07-01 23:59",)]


def test_open_prunes_rows_older_than_keep_days(db: Path) -> None:
    start = local(2024, 1, 10)
    clock = Clock(start)
    stats = UsageStats(db, clock)
    first_session(stats, clock)  # session 1: will be too old
    clock.t = start + 300 * 86400
    first_session(stats, clock)  # session 2: kept
    stats.close()
    assert UsageStats(db, Clock(start + 100 * 86400)).row_counts()["sessions"] == 2  # opening prunes nothing yet

    later = UsageStats(db, Clock(start + (KEEP_DAYS + 1) * 86400))
    assert later.row_counts() == {"sessions": 1, "screen_views": 3, "faq_opens": 3, "choices": 2, "qr_shows": 1}
    assert rows(db, "SELECT DISTINCT session FROM screen_views") == [(2,)]
    later.session_started()  # ids continue after the kept ones
    later.close()
    assert rows(db, "SELECT id FROM sessions ORDER BY id") == [(2,), (3,)]


def test_corrupt_file_is_moved_aside_and_a_new_one_works(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    db.parent.mkdir(parents=True)
    garbage = os.urandom(64) + b"definitely not SQLite" * 200
    db.write_bytes(garbage)
    db.with_name(db.name + "-wal").write_bytes(b"stale wal")
    clock = Clock(local(2025, 3, 10, 8, 5, 42))
    with caplog.at_level(logging.WARNING, logger="kiosk.stats"):
        stats = UsageStats(db, clock)
    assert stats.enabled
    aside = db.with_name(f"{STATS_FILE}.corrupt-20250310-0805")
    assert aside.read_bytes() == garbage
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"stale wal"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name.startswith("kiosk.stats")]
    assert len(warnings) == 1
    assert str(db) in warnings[0].getMessage()
    assert "not a database" in warnings[0].getMessage()

    first_session(stats, clock)
    assert stats.row_counts()["sessions"] == 1
    stats.close()

    # A second fault in the same minute keeps both damaged copies.
    db.write_bytes(garbage)
    clock.t = local(2025, 3, 10, 8, 5, 59)
    assert UsageStats(db, clock).enabled
    assert db.with_name(f"{STATS_FILE}.corrupt-20250310-0805-2").read_bytes() == garbage
    assert aside.read_bytes() == garbage


def test_damaged_page_is_found_by_the_integrity_check(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock(local(2025, 3, 10))
    stats = UsageStats(db, clock)
    for _ in range(50):
        first_session(stats, clock)
    stats.close()
    data = bytearray(db.read_bytes())
    assert data.startswith(b"SQLite format 3\x00") and len(data) > 8192
    data[4096:8192] = os.urandom(4096)  # the header is fine, a table page is not
    db.write_bytes(data)
    with caplog.at_level(logging.WARNING, logger="kiosk.stats"):
        stats = UsageStats(db, clock)
    assert stats.enabled
    assert stats.row_counts()["sessions"] == 0
    aside = [p.name for p in db.parent.glob("*.corrupt-*")]
    assert len(aside) == 1 and re.fullmatch(rf"{re.escape(STATS_FILE)}\.corrupt-\d{{8}}-\d{{4}}", aside[0]), aside
    assert any(str(db) in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    stats.close()


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_read_only_folder_turns_statistics_off(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        # Root (with CAP_DAC_OVERRIDE) ignores folder modes; probing also covers root without it.
        if os.geteuid() == 0 and os.access(folder, os.W_OK):
            pytest.skip("root ignores folder permissions")
        with caplog.at_level(logging.ERROR, logger="kiosk.stats"):
            stats = UsageStats(folder / STATS_FILE, Clock(local(2025, 3, 10)))
        assert not stats.enabled
        assert any(str(folder / STATS_FILE) in r.getMessage() for r in caplog.records)
        stats.screen_shown("home")
        stats.flush()
        stats.close()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_unusable_folder_turns_statistics_off_even_as_root(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # Works as root too: the "folder" is a regular file, so creating it fails.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    path = blocker / "sub" / STATS_FILE
    with caplog.at_level(logging.ERROR, logger="kiosk.stats"):
        stats = UsageStats(path, Clock(local(2025, 3, 10)))
    assert not stats.enabled
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert str(path) in errors[0]
    first_session(stats, Clock(local(2025, 3, 10)))
    stats.flush()
    assert stats.sessions_per_day(7) == []
    assert stats.top_faq(7) == []
    assert stats.time_per_screen(7) == []
    assert stats.row_counts() == {}
    assert stats.export_csv(tmp_path / "export") == []
    stats.close()
    assert blocker.read_text() == "x"


def test_path_none_creates_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    stats = UsageStats(None, Clock(local(2025, 3, 10)))
    assert not stats.enabled
    first_session(stats, Clock(local(2025, 3, 10)))
    stats.flush()
    assert stats.sessions_per_day(7) == []
    assert stats.row_counts() == {}
    assert stats.export_csv(tmp_path / "export") == []
    stats.close()
    assert list(tmp_path.iterdir()) == []


def test_export_writes_one_csv_per_table(db: Path, tmp_path: Path) -> None:
    clock = Clock(local(2025, 3, 10))
    stats = UsageStats(db, clock)
    first_session(stats, clock)
    first_session(stats, clock)
    counts = stats.row_counts()
    paths = stats.export_csv(tmp_path / "export")
    (folder,) = (tmp_path / "export").iterdir()
    assert [p.name for p in paths] == [f"{table}.csv" for table in counts]
    assert {p.parent for p in paths} == {folder}
    headers = {
        "sessions": ["id", "started", "ended", "questions"],
        "screen_views": ["session", "screen", "shown", "seconds"],
        "faq_opens": ["session", "faq_id", "at"],
        "choices": ["session", "kind", "value", "at"],
        "qr_shows": ["session", "codes", "at"],
    }
    for path in paths:
        with path.open(newline="", encoding="utf-8") as f:
            table = list(csv.reader(f))
        assert table[0] == headers[path.stem]
        assert len(table) - 1 == counts[path.stem]
    with (folder / "sessions.csv").open(newline="", encoding="utf-8") as f:
        assert next(iter(csv.DictReader(f)))["questions"] == "3"
    stats.close()


def test_export_to_an_unwritable_place_raises_oserror(db: Path, tmp_path: Path) -> None:
    stats = UsageStats(db, Clock(local(2025, 3, 10)))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        stats.export_csv(blocker)
    assert stats.enabled  # an export failure does not turn recording off
    stats.close()


def test_free_text_and_bad_numbers_are_never_stored(db: Path) -> None:
    clock = Clock(local(2025, 3, 10))
    stats = UsageStats(db, clock)
    bad = ["What is a pump?", "Pump", "home\n", "a" * 65, "", "ünïcode", "x y"]
    for value in bad:
        stats.screen_shown(value)
        stats.faq_opened(value)
        stats.language_chosen(value)
        stats.text_size_chosen(value)
    assert stats.row_counts() == {"sessions": 0, "screen_views": 0, "faq_opens": 0, "choices": 0, "qr_shows": 0}
    stats.screen_shown("home")
    for number in (3.5, True, "3", -1, 10**9):
        stats.questions_count(number)  # type: ignore[arg-type]
        stats.qr_shown(number)  # type: ignore[arg-type]
    stats.questions_count(4)
    stats.faq_opened("a" * 64)
    stats.close()
    assert rows(db, "SELECT questions FROM sessions") == [(4,)]
    assert rows(db, "SELECT COUNT(*) FROM qr_shows") == [(0,)]
    assert rows(db, "SELECT faq_id FROM faq_opens") == [("a" * 64,)]
    data = b"".join(p.read_bytes() for p in db.parent.iterdir())
    assert b"What is" not in data
    assert b"pump" not in data.lower()
    assert b"x y" not in data


def test_questions_count_after_the_session_ended_belongs_to_it(db: Path) -> None:
    clock = Clock(local(2025, 3, 10))
    stats = UsageStats(db, clock)
    stats.questions_count(7)  # no session yet: nothing to attach it to
    stats.screen_shown("home")
    stats.session_ended()
    stats.questions_count(2)  # the UI read the list after the idle reset
    stats.session_started()
    stats.session_started()  # a missed reset: the open session is ended, a new one starts
    stats.close()
    assert rows(db, "SELECT id, questions, ended IS NOT NULL FROM sessions ORDER BY id") == [
        (1, 2, 1),
        (2, None, 1),
        (3, None, 1),
    ]


def test_a_discarded_session_leaves_no_row_written_or_pending(tmp_path: Path) -> None:
    """Staff taps that open the keypad start a 'session' that must not count as a patient."""
    clock = Clock(local(2025, 3, 10, 9))
    stats = UsageStats(tmp_path / STATS_FILE, clock=clock)
    first_session(stats, clock)
    stats.session_ended()
    stats.flush()
    stats.screen_shown("home")
    stats.faq_opened("pump-refill")
    stats.flush()  # part of the staff session already written
    clock.tick(5)
    stats.session_discarded()
    stats.close()
    assert rows(tmp_path / STATS_FILE, "SELECT COUNT(*) FROM sessions") == [(1,)]
    assert rows(tmp_path / STATS_FILE, "SELECT COUNT(*) FROM faq_opens") == [(3,)]
    assert rows(tmp_path / STATS_FILE, "SELECT COUNT(*) FROM screen_views WHERE session = 2") == [(0,)]


def test_export_statistics_command_for_it(tmp_path: Path) -> None:
    import io

    from kiosk.stats.export import export_statistics

    db = tmp_path / STATS_FILE
    out = io.StringIO()
    assert export_statistics(tmp_path / "none", out, db) == 1
    assert "No usage statistics" in out.getvalue()
    clock = Clock(time.time())
    stats = UsageStats(db, clock=clock)
    first_session(stats, clock)
    stats.close()
    out = io.StringIO()
    assert export_statistics(tmp_path / "out", out, db) == 0, out.getvalue()
    assert "sessions 1" in out.getvalue()
    (folder,) = (tmp_path / "out").iterdir()
    with (folder / "faq_opens.csv").open(encoding="utf-8") as f:
        assert len(list(csv.reader(f))) == 1 + 3
