"""Usage statistics in the kiosk: what patients do is fed to kiosk.stats (in memory, written on a
timer, never on the tap path), and the staff panel reads it back as charts and CSV files.

Only ids and counts cross over: screen ids, FAQ ids, language and text-size codes, list sizes."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QStorageInfo, Qt, QTimer, Signal, Slot
from PySide6.QtQuick import QQuickWindow

from kiosk.config import Config
from kiosk.content import Content
from kiosk.navigation import Screen
from kiosk.stats import UsageStats, default_path
from ui.backend.app_backend import AppBackend
from ui.backend.idle_controller import IdleController
from ui.backend.my_questions import MyQuestions

log = logging.getLogger(__name__)

FLUSH_MS = 60_000
PERIODS = (7, 30)


def open_usage_stats(config: Config) -> UsageStats:
    """Off in the config: no database, not even an empty file."""
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


class UsageBackend(QObject):
    """Records for kiosk.stats and serves the staff panel's charts and export."""

    reportChanged = Signal()
    targetsChanged = Signal()
    messageChanged = Signal()

    def __init__(
        self,
        stats: UsageStats,
        backend: AppBackend,
        idle: IdleController,
        my_questions: MyQuestions,
        export_dir: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stats = stats
        self._backend = backend
        self._my_questions = my_questions
        self._export_dir = export_dir
        self._paused = False
        self._events = 0  # recorded in the open session, besides its start
        self._days = PERIODS[0]
        self._report: dict[str, list[dict[str, object]]] = {"sessions": [], "faq": [], "screens": []}
        self._targets: list[str] = []
        self._message = ""
        # Connected even while statistics are off: run_kiosk opens the database only after the
        # first frame (a year of a busy clinic's data takes ~50 ms to check), see open_later.
        idle.sessionStarted.connect(self._session_started)
        backend.screenChanged.connect(self._screen_changed)
        backend.faqOpened.connect(lambda faq_id: self._record("faq_opened", faq_id))
        backend.languageChanged.connect(lambda: self._record("language_chosen", backend.current_language()))
        backend.textSizeChanged.connect(lambda: self._record("text_size_chosen", backend.current_text_size()))
        my_questions.qrShown.connect(lambda codes: self._record("qr_shown", codes))
        my_questions.openChanged.connect(self._screen_changed)  # the list is a screen of its own
        self._flusher = QTimer(self)
        self._flusher.setInterval(FLUSH_MS)
        self._flusher.timeout.connect(self._flush)
        self._flusher.start()

    def open_later(self, window: QQuickWindow, opener: Callable[[], UsageStats]) -> None:
        """Open the database once the first frame is on screen, not on the way to it."""

        def first_frame() -> None:
            self._stats = opener()
            self.enabledChanged.emit()

        window.frameSwapped.connect(first_frame, Qt.ConnectionType.SingleShotConnection)

    def _flush(self) -> None:
        self._stats.flush()

    # ------------------------------------------------------------------ recording
    def _record(self, method: str, *args: object) -> None:
        if self._stats.enabled and not self._paused:
            self._events += 1
            getattr(self._stats, method)(*args)

    def staff_access(self, state: str) -> None:
        """Staff at the kiosk (keypad or panel) is not a patient: nothing is recorded meanwhile,
        and a session that was nothing but the taps that opened the keypad is not counted."""
        if state and not self._paused:
            if self._events == 0:
                self._stats.session_discarded()
            else:
                self._end_session()
        self._paused = bool(state)

    def _end_session(self) -> None:
        """The session ends with the size of the patient's list (its number only)."""
        self._stats.questions_count(self._my_questions.size())
        self._stats.session_ended()

    def _screen(self) -> str:
        return "my_questions" if self._my_questions.is_open() else self._backend.navigator.current.value

    def _session_started(self) -> None:
        if self._paused:
            return
        self._events = 0
        self._stats.session_started()
        self._stats.screen_shown(self._screen())

    def _screen_changed(self) -> None:
        self._record("screen_shown", self._screen())

    @contextmanager
    def session_ending(self) -> Iterator[None]:
        """Around the idle reset: the session ends with its list size, and what the reset itself
        changes (language, text size, screen) is not counted as a patient's choice."""
        self._end_session()
        paused, self._paused = self._paused, True
        try:
            yield
        finally:
            self._paused = paused
        self._stats.flush()

    @property
    def stats(self) -> UsageStats:
        return self._stats

    def close(self) -> None:
        self._end_session()
        self._stats.close()

    # ------------------------------------------------------------------ staff panel
    enabledChanged = Signal()
    enabled = Property(bool, lambda self: self._stats.enabled, notify=enabledChanged)
    days = Property(int, lambda self: self._days, notify=reportChanged)
    sessionsPerDay = Property(list, lambda self: self._report["sessions"], notify=reportChanged)
    topFaq = Property(list, lambda self: self._report["faq"], notify=reportChanged)
    screenTime = Property(list, lambda self: self._report["screens"], notify=reportChanged)
    exportTargets = Property(list, lambda self: self._targets, notify=targetsChanged)
    message = Property(str, lambda self: self._message, notify=messageChanged)

    @Slot(int)
    def setDays(self, days: int) -> None:
        if days in PERIODS:
            self._days = days
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read when the panel opens, never while patients use the kiosk."""
        self._set_message("")
        content = self._backend.content
        stats, days = self._stats, self._days
        sessions = stats.sessions_per_day(days)
        self._report = {
            "sessions": [{"label": d.day[5:], "value": d.count, "text": str(d.count)} for d in sessions],
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
        if folder not in self._targets:
            return
        try:
            written = self._stats.export_csv(Path(folder))  # into a new folder of its own there
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
    if screen_id == "my_questions":
        return QCoreApplication.translate("UsageBackend", "My questions")
    try:
        return content.short_title(Screen(screen_id))
    except ValueError:
        return screen_id


def _duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours} h {rest // 60} min" if hours else f"{rest // 60} min {rest % 60} s"
