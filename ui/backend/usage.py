"""``Usage`` in QML: usage statistics in the kiosk. ``kiosk.stats.recorder`` feeds what patients do
to kiosk.stats (in memory, written on a timer, never on the tap path); the staff panel reads it
back here as charts and CSV files."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QObject, QStorageInfo, QTimer, Signal, Slot
from PySide6.QtQml import QmlSingleton, QQmlEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.content.model import Content
from kiosk.session.navigation import Screen
from kiosk.session.state import StaffAccess
from kiosk.settings.config import Config
from kiosk.stats.recorder import StatsRecorder
from ui.backend.content_backend import ContentBackend
from ui.backend.registry import provided, qml_named
from ui.first_frame import after_first_frame

if TYPE_CHECKING:
    from kiosk.stats.database import UsageStats

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

FLUSH_MS = 60_000
PERIODS = (7, 30)


def open_usage_stats(config: Config) -> UsageStats:
    """Off in the config: no database, not even an empty file."""
    from kiosk.stats.database import UsageStats  # SQLite: after the first frame, not before it
    from kiosk.stats.schema import default_path

    return UsageStats(default_path() if config.statistics else None)


def removable_folders(volumes: list[QStorageInfo] | None = None) -> list[Path]:
    """Mounted, writable USB sticks and cards: where staff can carry statistics away. Qt does not
    say "removable", so this goes by where desktops mount them (Linux) or by drive (Windows)."""
    found = []
    for volume in QStorageInfo.mountedVolumes() if volumes is None else volumes:
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            removable = not root.upper().startswith("C:")
        else:
            removable = root.startswith(("/media/", "/run/media/", "/mnt/"))
        if removable:
            found.append(Path(root))
    return found


@qml_named("Usage")
@QmlSingleton
class UsageBackend(QObject):
    """Writes the recorded statistics on a timer and serves the staff panel's charts and export."""

    reportChanged = Signal()
    targetsChanged = Signal()
    messageChanged = Signal()
    enabledChanged = Signal()

    def __init__(
        self,
        recorder: StatsRecorder,
        content: ContentBackend,
        export_dir: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self._content = content
        self._export_dir = export_dir
        self._days = PERIODS[0]
        self._report: dict[str, list[dict[str, object]]] = {"sessions": [], "faq": [], "screens": []}
        self._older: list[str] = []
        self._targets: list[str] = []
        self._message = ""
        self._flusher = QTimer(self)
        self._flusher.setInterval(FLUSH_MS)
        self._flusher.timeout.connect(self._flush)
        self._flusher.start()
        # The report is read when the panel opens, never while patients use the kiosk.
        recorder.session.events.staff.connect(lambda staff: self.refresh() if staff is StaffAccess.PANEL else None)

    @staticmethod
    def create(engine: QQmlEngine) -> UsageBackend:
        return provided(UsageBackend, engine)

    def open_later(self, window: QQuickWindow, opener: Callable[[], UsageStats]) -> None:
        """Open the database once the first frame is on screen, not on the way to it."""

        def first_frame() -> None:
            self.recorder.stats = opener()
            self.recorder.count_today_from_statistics()
            self.enabledChanged.emit()

        after_first_frame(window, first_frame)

    def _flush(self) -> None:
        if self.recorder.stats is not None:
            self.recorder.stats.flush()

    @property
    def stats(self) -> UsageStats | None:
        return self.recorder.stats

    def close(self) -> None:
        self.recorder.close()

    # ------------------------------------------------------------------ staff panel
    @Property(bool, notify=enabledChanged)
    def enabled(self) -> bool:
        return self.recorder.enabled

    @Property(int, notify=reportChanged)
    def days(self) -> int:
        return self._days

    @Property(list, notify=reportChanged)
    def sessionsPerDay(self) -> list[dict[str, object]]:
        return self._report["sessions"]

    @Property(list, notify=reportChanged)
    def topFaq(self) -> list[dict[str, object]]:
        return self._report["faq"]

    @Property(list, notify=reportChanged)
    def screenTime(self) -> list[dict[str, object]]:
        return self._report["screens"]

    @Property(list, notify=reportChanged)
    def olderData(self) -> list[str]:
        """One line per damaged database moved aside that can still be read (the export carries it)."""
        return self._older

    @Property(list, notify=targetsChanged)
    def exportTargets(self) -> list[str]:
        return self._targets

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        return self._message

    @Slot(int)
    def setDays(self, days: int) -> None:
        if days in PERIODS:
            self._days = days
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read when the panel opens, never while patients use the kiosk."""
        self._set_message("")
        content = self._content.content
        stats, days = self.stats, self._days
        self._older = [
            self.tr("Older statistics from a damaged file moved aside on %1: %2 session(s), %3 to %4; exported too.")
            .replace("%1", o.moved)
            .replace("%2", str(o.sessions))
            .replace("%3", o.first_day or "?")
            .replace("%4", o.last_day or "?")
            for o in (stats.older_data() if stats is not None else [])
        ]
        if stats is None:
            self._report = {"sessions": [], "faq": [], "screens": []}
        else:
            self._report = {
                "sessions": [
                    {"label": d.day[5:], "value": d.count, "text": str(d.count)} for d in stats.sessions_per_day(days)
                ],
                "faq": [
                    {"label": _faq_question(content, f.name), "value": f.count, "text": str(f.count)}
                    for f in stats.top_faq(days, limit=5)
                ],
                "screens": [
                    {"label": _screen_title(content, s.screen), "value": s.seconds, "text": _duration(s.seconds)}
                    for s in stats.time_per_screen(days)
                ],
            }
        self.reportChanged.emit()
        targets = [str(p) for p in removable_folders()]
        if self._export_dir:
            targets.append(self._export_dir)
        if targets != self._targets:
            self._targets = targets
            self.targetsChanged.emit()

    @Slot(str)
    def exportTo(self, folder: str) -> None:
        if folder not in self._targets or self.stats is None:
            return
        try:
            written = self.stats.export_csv(Path(folder))  # into a new folder of its own there
        except OSError as exc:
            log.error("statistics export to %s failed: %s", folder, exc)
            self._set_message(self.tr("Export failed: %1").replace("%1", str(exc)))
            return
        target = written[0].parent if written else Path(folder)
        log.info("statistics exported: %d file(s) to %s", len(written), target)
        self._set_message(self.tr("Saved the statistics as CSV files in %1").replace("%1", str(target)))

    def _set_message(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.messageChanged.emit()


def _faq_question(content: Content, faq_id: str) -> str:
    return next((item.question for item in content.faq.items if item.id == faq_id), faq_id)


def _screen_title(content: Content, screen_id: str) -> str:
    if screen_id == Screen.MY_QUESTIONS.value:
        return QCoreApplication.translate("UsageBackend", "My list to ask")
    try:
        return content.short_title(Screen(screen_id))
    except ValueError:
        return screen_id


def _duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours} h {rest // 60} min" if hours else f"{rest // 60} min {rest % 60} s"
