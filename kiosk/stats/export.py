"""The statistics export: CSV files on a drive staff plug in (or IT's export_dir), and the data of
damaged databases that were moved aside, as "older data", while it can still be read.

A USB stick is untrusted: it may carry a link at the folder name the export will use, or links at
the CSV names, prepared to make the kiosk overwrite its own database or any file it may write. So
the export makes a folder that did not exist (a new name if one is taken), opens it without
following links and writes every file inside it, relative to that open folder, exclusively and
without following links, under a temporary name renamed when complete. The live database is only
read (an in-memory copy through SQLite's backup API) and never written.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from kiosk.stats.schema import TABLES, default_path

EXPORT_PREFIX = "kiosk-statistics-"
OLDER_PREFIX = "older-data-"
CORRUPT_INFIX = ".corrupt-"
#: os.open relative to an open folder (POSIX); without it (Windows) paths are used, still exclusively.
_DIR_FD = os.open in os.supports_dir_fd and os.mkdir in os.supports_dir_fd and os.rename in os.supports_dir_fd
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

#: (header, rows) of one table.
Table = tuple[list[str], list[tuple[Any, ...]]]


@dataclass(frozen=True)
class OlderData:
    """A damaged database that was moved aside, as much of it as can still be read."""

    path: Path
    moved: str  # 'YYYY-MM-DD HH:MM', when it was moved aside
    sessions: int
    first_day: str  # 'YYYY-MM-DD', or '' when no session could be read
    last_day: str
    tables: dict[str, Table]

    @property
    def folder_name(self) -> str:
        return OLDER_PREFIX + self.path.name.split(CORRUPT_INFIX, 1)[1]


# --------------------------------------------------------------------------- reading


def read_tables(conn: sqlite3.Connection, tables: Sequence[str]) -> dict[str, Table]:
    """Every table that can be read; a damaged one is left out rather than failing the rest."""
    found: dict[str, Table] = {}
    for table in tables:
        try:
            cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
            found[table] = ([d[0] for d in cursor.description], cursor.fetchall())
        except sqlite3.Error:
            continue
    return found


def snapshot(conn: sqlite3.Connection, tables: Sequence[str]) -> dict[str, Table]:
    """All tables of the live database as one consistent copy, read through SQLite's backup API
    into memory: the export never holds the database open for writing or writes to it.
    Raises sqlite3.Error when the database cannot be read."""
    copy = sqlite3.connect(":memory:")
    try:
        conn.backup(copy)
        found = read_tables(copy, tables)
    finally:
        copy.close()
    missing = [t for t in tables if t not in found]
    if missing:
        raise sqlite3.DatabaseError(f"table {missing[0]} cannot be read")
    return found


def snapshot_file(path: Path, tables: Sequence[str]) -> dict[str, Table]:
    """A database file read without writing to it or beside it: opened read-only (a running kiosk
    may be writing it, WAL lets both work). Raises sqlite3.Error."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return snapshot(conn, tables)
    finally:
        conn.close()


def _older_files(db: Path) -> list[Path]:
    try:
        found = [p for p in db.parent.glob(f"{db.name}{CORRUPT_INFIX}*") if not p.name.endswith(("-wal", "-shm"))]
    except OSError:
        return []
    return sorted(p for p in found if p.is_file())


def _read_older(path: Path, tables: Sequence[str]) -> dict[str, Table]:
    """A copy of the file (and its -wal) is opened, so the evidence stays as it was moved aside."""
    with tempfile.TemporaryDirectory(prefix="kiosk-older-") as tmp:
        copy = Path(tmp) / "older.sqlite3"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        conn = sqlite3.connect(copy)
        try:
            return read_tables(conn, tables)
        finally:
            conn.close()


def older_data(db: Path, tables: Sequence[str] = ("sessions",)) -> list[OlderData]:
    """The moved-aside copies of ``db`` that can still be read, oldest first; for the staff panel
    (sessions only) and the export (every table)."""
    found = []
    for path in _older_files(db):
        try:
            read = _read_older(path, tables)
        except (OSError, sqlite3.Error):
            continue
        if not read:
            continue
        _header, sessions = read.get("sessions", ([], []))
        days = sorted(str(row[1])[:10] for row in sessions if len(row) > 1 and row[1])
        stamp = path.name.split(CORRUPT_INFIX, 1)[1]
        moved = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}"
        found.append(OlderData(path, moved, len(sessions), days[0] if days else "", days[-1] if days else "", read))
    return found


# --------------------------------------------------------------------------- writing


class _Folder:
    """A folder the export created and holds open; files are made only inside it."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self.fd = fd

    @classmethod
    def create(cls, parent: Path, name: str, parent_fd: int | None) -> _Folder | None:
        """A new folder ``name`` in ``parent``, or None when the name is taken (by anything,
        including a link): an existing folder is never reused."""
        try:
            if parent_fd is not None:
                os.mkdir(name, 0o755, dir_fd=parent_fd)
                fd = os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=parent_fd)
            else:
                os.mkdir(parent / name, 0o755)
                fd = None
        except FileExistsError:
            return None
        folder = cls(parent / name, fd)
        if fd is not None and not stat.S_ISDIR(os.fstat(fd).st_mode):
            folder.close()
            raise OSError(f"{folder.path} is not the folder the export made")
        return folder

    def subfolder(self, name: str) -> _Folder:
        made = _Folder.create(self.path, name, self.fd)
        if made is None:
            raise OSError(f"{self.path / name} appeared while exporting")
        return made

    def write(self, name: str, data: bytes) -> Path:
        """``name`` with ``data``, written under a temporary name that nothing else may hold, made
        durable (a stick is pulled out right after the message), then renamed."""
        temporary = f".{name}.part"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY | _CLOEXEC
        if self.fd is not None:
            fd = os.open(temporary, flags, 0o644, dir_fd=self.fd)
        else:
            fd = os.open(self.path / temporary, flags, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if self.fd is not None:
            os.rename(temporary, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)
        else:
            os.rename(self.path / temporary, self.path / name)  # on Windows, fails if the name exists
        return self.path / name

    def close(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.fsync(self.fd)
            os.close(self.fd)
            self.fd = None


def _csv_bytes(table: Table) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(table[0])
    writer.writerows(table[1])
    return text.getvalue().encode("utf-8")


@contextlib.contextmanager
def _open_parent(parent: Path) -> Iterator[int | None]:
    if not _DIR_FD:
        if not parent.is_dir():
            raise NotADirectoryError(f"{parent} is not a folder")
        yield None
        return
    fd = os.open(parent, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    try:
        yield fd
    finally:
        os.close(fd)


def write_export(
    parent: Path, tables: dict[str, Table], older: Sequence[OlderData], now: float, order: Sequence[str]
) -> list[Path]:
    """A new folder in ``parent`` with one CSV per table, and one ``older-data-…`` folder per
    readable moved-aside database. Returns the files written; raises OSError."""
    stamp = time.strftime("%Y-%m-%d-%H%M", time.localtime(now))
    written: list[Path] = []
    parent.mkdir(parents=True, exist_ok=True)  # export_dir or IT's folder may be new; a drive is there
    with _open_parent(parent) as parent_fd:
        folder = None
        for n in range(1, 1000):
            folder = _Folder.create(parent, f"{EXPORT_PREFIX}{stamp}" + (f"-{n}" if n > 1 else ""), parent_fd)
            if folder is not None:
                break
        if folder is None:
            raise OSError(f"no free folder name for the export in {parent}")
        try:
            for table in order:
                written.append(folder.write(f"{table}.csv", _csv_bytes(tables[table])))
            for data in older:
                sub = folder.subfolder(data.folder_name)
                try:
                    for table in order:
                        if table in data.tables:
                            written.append(sub.write(f"{table}.csv", _csv_bytes(data.tables[table])))
                finally:
                    sub.close()
        finally:
            folder.close()
    return written


def export_statistics(parent: Path, out: TextIO, path: Path | None = None) -> int:
    """``--export-statistics DIR``: what the staff panel's export does, for IT over a remote shell
    (run as the kiosk user). The database is only read, never opened for writing: a running kiosk
    keeps writing it meanwhile (WAL lets both work), and a damaged file is left as it is."""
    path = path or default_path()
    if not path.exists():
        print(f"No usage statistics at {path} (statistics off, or the kiosk has not run as this user).", file=out)
        return 1
    try:
        tables = snapshot_file(path, tuple(TABLES))
    except sqlite3.Error as exc:
        print(f"Cannot read {path}: {exc}", file=out)
        return 1
    try:
        written = write_export(parent, tables, older_data(path, tuple(TABLES)), time.time(), tuple(TABLES))
    except OSError as exc:
        print(f"Cannot export to {parent}: {exc}", file=out)
        return 1
    rows = ", ".join(f"{table} {len(tables[table][1])}" for table in TABLES)
    print(f"Saved {len(written)} CSV files to {written[0].parent} (rows: {rows}).", file=out)
    return 0
