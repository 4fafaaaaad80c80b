"""The staff panel's reads of the usage statistics: sessions per day, the most opened questions,
time on each screen, row counts, the older data of damaged files, and the CSV export."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.stats.export import OlderData, older_data, snapshot, write_export
from kiosk.stats.schema import TABLES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DayCount:
    day: str  # 'YYYY-MM-DD'
    count: int


@dataclass(frozen=True)
class NamedCount:
    name: str  # FAQ id or screen id
    count: int


@dataclass(frozen=True)
class ScreenTime:
    screen: str
    seconds: int


class UsageQueries:
    """The reads of UsageStats (kiosk.stats.database), which owns the connection and flushes what
    is still in memory before every read."""

    _path: Path | None
    _clock: Callable[[], float]
    _conn: sqlite3.Connection | None

    @property
    def enabled(self) -> bool:
        raise NotImplementedError

    def flush(self, *, now: bool = False) -> None:
        raise NotImplementedError

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Flush, then run a read. A failing read is logged and gives no rows: the admin panel
        shows empty charts instead of failing, and recording carries on."""
        self.flush()
        if self._conn is None:
            return []
        try:
            return [tuple(row) for row in self._conn.execute(sql, params).fetchall()]
        except sqlite3.Error as exc:
            log.error("reading statistics from %s failed: %s", self._path, exc)
            return []

    def _window(self, days: int) -> list[str]:
        """The last `days` local calendar days, today included, oldest first."""
        if days < 1:
            raise ValueError(f"days must be at least 1, not {days}")
        today = datetime.fromtimestamp(self._clock()).date()
        return [(today - timedelta(days=n)).isoformat() for n in range(days - 1, -1, -1)]

    def sessions_per_day(self, days: int) -> list[DayCount]:
        """Sessions started per day over the last `days` days, oldest first, days without any as 0."""
        window = self._window(days)
        if not self.enabled:
            return []
        rows = self._query(
            "SELECT substr(started, 1, 10), COUNT(*) FROM sessions WHERE started >= ? GROUP BY 1",
            (window[0],),
        )
        counts = {str(day): int(n) for day, n in rows}
        return [DayCount(day, counts.get(day, 0)) for day in window]

    def top_faq(self, days: int, limit: int = 10) -> list[NamedCount]:
        """The most opened FAQ items over the last `days` days, most opened first (ties by id)."""
        window = self._window(days)
        rows = self._query(
            "SELECT faq_id, COUNT(*) AS n FROM faq_opens WHERE at >= ? GROUP BY faq_id ORDER BY n DESC, faq_id LIMIT ?",
            (window[0], max(0, limit)),
        )
        return [NamedCount(str(name), int(n)) for name, n in rows]

    def time_per_screen(self, days: int) -> list[ScreenTime]:
        """Total seconds on each screen over the last `days` days (ended views), largest first."""
        window = self._window(days)
        rows = self._query(
            "SELECT screen, SUM(seconds) AS s FROM screen_views WHERE shown >= ?"
            " GROUP BY screen ORDER BY s DESC, screen",
            (window[0],),
        )
        return [ScreenTime(str(screen), int(s)) for screen, s in rows]

    def row_counts(self) -> dict[str, int]:
        """Rows per table (after a flush); empty when statistics are off."""
        counts: dict[str, int] = {}
        for table in TABLES:
            rows = self._query(f"SELECT COUNT(*) FROM {table}")
            if not rows:
                return {}
            counts[table] = int(rows[0][0])
        return counts

    def older_data(self) -> list[OlderData]:
        """Damaged databases moved aside that can still be read: their sessions and days, for the
        staff panel (the export carries all their tables)."""
        return older_data(self._path) if self._path is not None else []

    def export_csv(self, parent: Path) -> list[Path]:
        """A new folder ``kiosk-statistics-<date>-<time>`` in ``parent`` (a drive or export_dir)
        with '<table>.csv' (header row, then all rows) per table, and ``older-data-<when>/`` with
        the same for each readable database moved aside; returns the files written.

        Raises OSError (also for a database read failure) so the admin panel can show it. With
        statistics off there is nothing to export and nothing is created. See kiosk.stats.export."""
        self.flush()
        if self._conn is None or self._path is None:
            return []
        try:
            tables = snapshot(self._conn, tuple(TABLES))
        except sqlite3.Error as exc:
            raise OSError(f"reading {self._path} failed: {exc}") from exc
        older = older_data(self._path, tuple(TABLES))
        return write_export(parent, tables, older, self._clock(), tuple(TABLES))
