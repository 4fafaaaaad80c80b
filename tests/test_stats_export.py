"""The statistics export onto a drive staff plug in: a new folder every time, nothing written
through a link or outside the chosen drive, the live database never touched, and the data of a
damaged database that was moved aside offered as "older data" while it can still be read."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import sqlite3
from pathlib import Path

import pytest

from kiosk.stats.database import UsageStats
from kiosk.stats.export import EXPORT_PREFIX, export_statistics, older_data
from kiosk.stats.schema import STATS_FILE
from tests.test_stats import Clock, first_session, local, rows

TABLES = ("sessions", "screen_views", "faq_opens", "choices", "qr_shows")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / STATS_FILE


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "STICK"
    folder.mkdir(parents=True)
    return folder


def _fingerprint(folder: Path) -> dict[str, str]:
    """The database and its log, byte for byte (not SQLite's shared-memory index, which readers
    mark, nor an empty log a read-only reader may create)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith("-shm") and p.stat().st_size
    }


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def _stats_with_two_sessions(db: Path) -> tuple[UsageStats, Clock]:
    clock = Clock(local(2025, 3, 10, 9, 30, 15))
    stats = UsageStats(db, clock)
    first_session(stats, clock)
    first_session(stats, clock)
    stats.flush()
    return stats, clock


def test_every_export_makes_a_new_folder(db: Path, drive: Path) -> None:
    stats, _clock = _stats_with_two_sessions(db)
    first = stats.export_csv(drive)
    second = stats.export_csv(drive)  # the same second: still a folder of its own
    stats.close()
    assert first[0].parent != second[0].parent
    assert sorted(p.name for p in drive.iterdir()) == [
        f"{EXPORT_PREFIX}2025-03-10-0935",
        f"{EXPORT_PREFIX}2025-03-10-0935-2",
    ]
    for written in (first, second):
        assert [p.name for p in written] == [f"{table}.csv" for table in TABLES]
        assert len(_csv_rows(written[0])) == 1 + 2
    assert not [p for p in drive.rglob("*") if p.name.endswith(".part")], "no temporary file is left behind"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_prepared_stick_cannot_redirect_the_export(db: Path, drive: Path, tmp_path: Path) -> None:
    """The attack: the predictable folder name is a link to the database's folder, or an existing
    folder whose CSV names are links to the database. The export wrote through them and destroyed it."""
    stats, _clock = _stats_with_two_sessions(db)
    checkpoint = sqlite3.connect(db)
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the rows in the main file, where a write lands
    checkpoint.close()
    victim = tmp_path / "chosen-file.txt"
    victim.write_text("precious", encoding="utf-8")
    name = f"{EXPORT_PREFIX}2025-03-10-0935"
    (drive / name).symlink_to(db.parent, target_is_directory=True)
    trap = drive / f"{name}-2"
    trap.mkdir()
    for table in TABLES:
        (trap / f"{table}.csv").symlink_to(db if table == "sessions" else victim)
    before = _fingerprint(db.parent)
    written = stats.export_csv(drive)
    assert _fingerprint(db.parent) == before, "nothing was written to or beside the database"
    stats.close()
    assert written[0].parent == drive / f"{name}-3"
    assert victim.read_text(encoding="utf-8") == "precious"
    assert rows(db, "SELECT COUNT(*) FROM sessions") == [(2,)]
    for path in written:
        assert path.is_file() and not path.is_symlink()
        assert path.resolve().is_relative_to(drive.resolve())
    assert all((trap / f"{t}.csv").is_symlink() for t in TABLES), "an existing folder is never reused"


def test_the_live_database_is_not_touched_by_an_export(db: Path, drive: Path) -> None:
    stats, _clock = _stats_with_two_sessions(db)
    before = _fingerprint(db.parent)
    stats.export_csv(drive)
    assert _fingerprint(db.parent) == before
    stats.close()


def test_the_export_for_it_writes_a_new_folder_and_leaves_the_database_as_it_was(db: Path, tmp_path: Path) -> None:
    stats, _clock = _stats_with_two_sessions(db)
    stats.close()
    before = _fingerprint(db.parent)
    out = io.StringIO()
    assert export_statistics(tmp_path / "out", out, db) == 0, out.getvalue()
    assert _fingerprint(db.parent) == before, "the command neither pruned nor repaired the live database"
    (folder,) = (tmp_path / "out").iterdir()
    assert folder.name.startswith(EXPORT_PREFIX) and str(folder) in out.getvalue()
    assert "sessions 2" in out.getvalue()
    assert len(_csv_rows(folder / "faq_opens.csv")) == 1 + 6


def test_without_links_in_the_file_system_api_the_export_is_still_exclusive(
    db: Path, drive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no dir_fd: files are still created exclusively, under a temporary name."""
    monkeypatch.setattr("kiosk.stats.export._DIR_FD", False)
    stats, _clock = _stats_with_two_sessions(db)
    written = stats.export_csv(drive)
    stats.close()
    assert [p.name for p in written] == [f"{table}.csv" for table in TABLES]
    assert len(_csv_rows(written[0])) == 1 + 2


def _damage_an_index(db: Path) -> int:
    """Garbage over the sessions index: the integrity check fails, the tables can still be read."""
    conn = sqlite3.connect(db)
    (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sessions_started'").fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    data[(page - 1) * size : page * size] = b"\xa5" * size
    db.write_bytes(data)
    return page


def test_a_damaged_database_that_can_still_be_read_is_offered_as_older_data(db: Path, drive: Path) -> None:
    clock = Clock(local(2025, 3, 10, 8, 5))
    stats = UsageStats(db, clock)
    for _ in range(40):
        first_session(stats, clock)
    stats.close()
    _damage_an_index(db)
    clock.t = local(2025, 3, 11, 7, 45)
    stats = UsageStats(db, clock)  # the integrity check moves the file aside and starts a new one
    assert [p.name for p in db.parent.glob("*.corrupt-*")] == [f"{STATS_FILE}.corrupt-20250311-0745"]
    first_session(stats, clock)
    [older] = stats.older_data()
    assert (older.moved, older.sessions, older.first_day, older.last_day) == (
        "2025-03-11 07:45",
        40,
        "2025-03-10",
        "2025-03-10",
    )
    written = stats.export_csv(drive)
    stats.close()
    folder = written[0].parent
    assert [p.relative_to(folder).as_posix() for p in written] == [f"{t}.csv" for t in TABLES] + [
        f"older-data-20250311-0745/{t}.csv" for t in TABLES
    ]
    assert len(_csv_rows(folder / "sessions.csv")) == 1 + 1
    assert len(_csv_rows(folder / "older-data-20250311-0745" / "sessions.csv")) == 1 + 40
    assert len(_csv_rows(folder / "older-data-20250311-0745" / "faq_opens.csv")) == 1 + 120


def test_a_moved_aside_file_that_is_not_a_database_is_not_offered(db: Path, drive: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"not a database at all" * 100)
    stats = UsageStats(db, Clock(local(2025, 3, 10)))
    assert list(db.parent.glob("*.corrupt-*"))
    assert stats.older_data() == []
    assert older_data(db) == []
    written = stats.export_csv(drive)
    stats.close()
    assert [p.name for p in written] == [f"{t}.csv" for t in TABLES]
