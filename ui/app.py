"""Sets the kiosk up: the Qt application, the session and its backends, the QML engine and the
locked-down window. What each part does lives in its own module; this one only wires them."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QLockFile, QLoggingCategory, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import APP_ID, APP_NAME, __version__
from kiosk.content.library import ContentLibrary
from kiosk.files.platform_dirs import lock_path, log_dir, pin_lockout_path
from kiosk.files.resources import fonts_root, qml_root
from kiosk.operations.heartbeat import INTERVAL_S
from kiosk.operations.logging_setup import configure_logging, journal_socket, release_held_records, set_log_context
from kiosk.operations.metrics import KioskMetrics
from kiosk.operations.updates import UpdateCheck
from kiosk.operations.upkeep import Upkeep
from kiosk.session.choices import TextSize
from kiosk.session.idle import IdleTimer
from kiosk.session.state import Session, SessionDefaults
from kiosk.settings.clinic import Clinic, clinic_for
from kiosk.settings.config import LoadedConfig, load_config, rotation_degrees
from kiosk.settings.opening_hours import AfterHours, parse_open_hours
from kiosk.stats.recorder import StatsRecorder
from ui.backend.admin_backend import StaffBackend
from ui.backend.attract import Attract
from ui.backend.clinic_backend import ClinicBackend
from ui.backend.content_backend import ContentBackend
from ui.backend.content_switch import ContentSwitch
from ui.backend.display import Display
from ui.backend.icons import Icons
from ui.backend.idle_controller import Idle
from ui.backend.my_questions import MyQuestions, QrImages
from ui.backend.navigation import Navigation
from ui.backend.registry import forget, provide
from ui.backend.speech import Speech
from ui.backend.usage import UsageBackend, open_usage_stats
from ui.first_frame import after_first_frame
from ui.fonts import use_language_fonts
from ui.graphics import draw_in_software_without_opengl
from ui.lockdown import WindowGuard
from ui.process_guards import install_excepthook, install_signal_handlers
from ui.translations import UiTranslations

if TYPE_CHECKING:  # SQLite is imported once the first frame is on screen (ui.backend.usage)
    from kiosk.stats.database import UsageStats

log = logging.getLogger(__name__)

FONT_FAMILY_FALLBACK = "Atkinson Hyperlegible"


@dataclass(frozen=True)
class WindowOptions:
    fullscreen: bool = True
    size: tuple[int, int] | None = None


def create_application(argv: Sequence[str] | None = None) -> QGuiApplication:
    """A QGuiApplication (no QtWidgets: nothing here is a widget) with our own Controls style and
    the bundled font. An application made earlier (pytest-qt's QApplication) is reused."""
    # A fixed style: the app looks like itself everywhere, and a trimmed bundle does not
    # go looking for a platform style plugin it does not ship.
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    # Qt TextToSpeech (Listen) links Qt Multimedia, which looks for PipeWire when it loads and
    # warns if it is missing; speech goes through speech-dispatcher, never through PipeWire.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    draw_in_software_without_opengl(app)
    register_fonts(app)
    return app


def register_fonts(app: QGuiApplication) -> str:
    family = ""
    for path in sorted(fonts_root().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("font %s could not be loaded", path)
            continue
        family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family or FONT_FAMILY_FALLBACK)
    font.setPixelSize(28)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return family


def session_for(library: ContentLibrary, loaded: LoadedConfig) -> Session:
    config = loaded.config
    offered = library.offered()
    start = next((lang for lang in offered if lang.code == config.language), offered[0])
    defaults = SessionDefaults(start, TextSize(config.text_size), offered)
    idle = IdleTimer(config.idle_timeout_s, config.idle_countdown_s, config.attract_delay_s, config.staff_timeout_s)
    return Session(defaults, idle)


class Kiosk(QObject):
    """The session, the backends QML sees as the ``Kiosk`` module's singletons, the QML engine and
    the locked-down window: built here and wired together, each doing its own part."""

    def __init__(
        self,
        library: ContentLibrary,
        loaded: LoadedConfig | None = None,
        clock: Callable[[], float] = time.monotonic,
        stats: UsageStats | None = None,
        clinic: Clinic | None = None,
        lockout_file: Path | None = None,
        wall_clock: Callable[[], datetime] = datetime.now,
        speech_engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        loaded = loaded or LoadedConfig.defaults()
        config = loaded.config
        self.loaded = loaded
        self.started = time.time()
        self.session = session = session_for(library, loaded)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            use_language_fonts(app, library.languages)
        self.engine = QQmlApplicationEngine(self)
        self.translations = UiTranslations(self.engine, self)
        # Before the content follows the language, so UI strings and content switch in one frame.
        session.events.language.connect(self.translations.apply)
        self.content = ContentBackend(library, session, self)
        self.clinic = ClinicBackend(clinic or clinic_for(config), session, self)
        self.navigation = Navigation(session, self.content, self)
        self.display = Display(session, config.reduce_motion, self)
        self.my_questions = MyQuestions(session, self.content, self.clinic.contact_line(), self)
        self.staff = StaffBackend(session, loaded, self.content, lockout_file or pin_lockout_path(), self)
        after_hours = AfterHours(parse_open_hours(config.open_hours))  # the config check parsed it already
        self.idle = Idle(session, clock, after_hours, wall_clock, self)
        self.switch = ContentSwitch(library, loaded, session, self.content, self.clinic, self.my_questions, self.idle)
        self.staff.reloadRequested.connect(lambda: self.staff.set_message(self.switch.reload()))
        self.staff.exitRequested.connect(self.exit)
        recorder = StatsRecorder(session, stats)
        self.usage = UsageBackend(recorder, self.content, config.export_dir, self)
        metrics = KioskMetrics(
            session, recorder, lambda: self.switch.library, len(loaded.problems), config.statistics, self.started
        )
        self.upkeep = Upkeep(
            session,
            metrics,
            UpdateCheck(loaded, library.custom_root),
            self.switch.to_update,
            self.heartbeat_state,
            lambda: self.switch.loaded.config.metrics_file,
            self.started,
        )
        self.speech = Speech(session, self.content, self.my_questions, speech_engine, self)
        self.attract = Attract(session, self.content, self.translations, self)
        # A patient listening is a patient there.
        self.idle.keep_awake = lambda: self.speech.busy
        backends = (self.content, self.clinic, self.navigation, self.display, self.my_questions, self.staff)
        self.icons = Icons(self)
        provide(self.engine, *backends, self.idle, self.usage, self.speech, self.attract, self.icons)
        # Python keeps the provider alive for as long as the engine can ask it for pictures.
        self.qr_images = QrImages(session)
        self.engine.addImageProvider("qr", self.qr_images)
        self.engine.addImportPath(str(qml_root()))
        self.translations.apply(session.language)
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError(f"the QML user interface in {qml_root()} failed to load")
        self.window: QQuickWindow = roots[0]
        self.window.installEventFilter(self.idle)
        after_first_frame(self.window, self._after_first_frame)
        self.guard = WindowGuard(self.window, self)
        self.display.watch_input(self.window)
        self._closed = False
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(INTERVAL_S * 1000)
        self._heartbeat.timeout.connect(self.upkeep.beat)
        # On the same 30 s timer, but not at the start: the files were just read.
        self._heartbeat.timeout.connect(self.upkeep.check_for_updates)

    def heartbeat_state(self) -> dict[str, str]:
        """What the heartbeat file says the kiosk shows."""
        return {
            "screen": self.session.screen.value,
            "idle": self.session.idle.phase.value,
            "content_version": self.content.content.site.content_version,
        }

    def log_context(self) -> dict[str, str]:
        """Fields of every journal entry: what the kiosk showed when it logged."""
        return {
            "KIOSK_SCREEN": self.session.screen.value,
            "KIOSK_LAYER": self.session.layer.value,
            "KIOSK_CONTENT_VERSION": self.content.content.site.content_version,
            "KIOSK_VERSION": __version__,
        }

    def _after_first_frame(self) -> None:
        """The other languages are read, and the speech engine opened, once the patient sees the
        first screen, not before it."""
        QTimer.singleShot(0, self._load_other_languages)
        QTimer.singleShot(0, self.speech.start)

    def _load_other_languages(self) -> None:
        library = self.switch.library
        library.load_all()
        self.session.offer_languages(library.offered())

    def show(self, options: WindowOptions) -> None:
        window = self.window
        wanted = self.loaded.config.screen
        if wanted:  # 0 is the primary screen, where a window opens anyway
            screens = QGuiApplication.screens()
            if wanted < len(screens):
                window.setScreen(screens[wanted])
            else:
                log.error(
                    "config screen = %d, but only %d screen(s) exist; using the primary one", wanted, len(screens)
                )
        if options.size:
            window.resize(*options.size)
        geometry = window.screen().geometry()
        self.display.set_rotation(rotation_degrees(self.loaded.config.orientation, geometry.width(), geometry.height()))
        if options.fullscreen:
            self.guard.lock(hide_cursor=self.loaded.config.hide_cursor)
        else:
            window.show()

    def start_heartbeat(self) -> None:
        self.upkeep.beat()
        self._heartbeat.start()

    def recover(self) -> None:
        """After an unexpected error: close whatever was open and start over on Overview."""
        self.idle.dismissOverlay()
        self.session.reset()

    def exit(self) -> None:
        self.guard.release()
        QGuiApplication.exit(0)  # 0: a deliberate stop, the supervisor does not restart it

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.usage.close()
        self.session.set_saved(())  # nothing of a patient's list outlives the kiosk
        self.translations.remove()
        self.upkeep.stop(beating=self._heartbeat.isActive())
        self._heartbeat.stop()
        self.guard.release()
        self.window.close()
        forget(self.engine)
        self.engine.deleteLater()


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def report_first_frame(window: QQuickWindow) -> None:
    """For `make bench`: with KIOSK_BENCH_T0 (the parent's clock when it started us) set, print
    the seconds to the first painted frame and exit, so start-up is measured on the real path.
    With KIOSK_BENCH_READY=1 also, print a second line when every screen and layer is built."""
    started = os.environ.get("KIOSK_BENCH_T0")
    if not started:
        return
    until_ready = os.environ.get("KIOSK_BENCH_READY") == "1"
    printed = False

    def frame() -> None:
        nonlocal printed
        if not printed:
            print(f"{time.time() - float(started):.4f}", flush=True)
            printed = True
        if not until_ready or window.property("ready"):
            if until_ready:
                print(f"{time.time() - float(started):.4f}", flush=True)
            release_held_records()  # what was logged reaches its file before the hard exit
            os._exit(0)
        window.update()  # keep frames coming until the last part is built

    window.frameSwapped.connect(frame)


def run_kiosk(config_path: Path | None, content_dir: Path | None, options: WindowOptions) -> int:
    loaded = load_config(config_path)
    config = loaded.config
    journal = journal_socket()
    # The log file (or the journal) is opened once the first frame is on screen.
    log_file = configure_logging(log_dir(config.log_dir), journal=journal, hold=True)
    for problem in loaded.problems:
        log.error("config problem: %s", problem)
    for warning in loaded.warnings:
        log.warning("config warning: %s", warning)
    app = create_application()
    lock = QLockFile(str(lock_path()))
    if not lock.tryLock(200):
        if lock.error() == QLockFile.LockError.LockFailedError:
            message = f"Another kiosk is already running (lock file {lock_path()}); this one exits."
            log.error(message)
            print(message, file=sys.stderr)
            return 3
        # A full or read-only data disk: a kiosk without the guard beats a desktop showing.
        log.error("cannot create the lock file %s (%s); starting without it", lock_path(), lock.error().name)
    clinic = clinic_for(config)
    library = ContentLibrary(
        content_dir or (Path(config.content_dir) if config.content_dir else None),
        emergency_number=clinic.emergency_number,
    )
    kiosk = Kiosk(library, loaded, clinic=clinic)
    set_log_context(kiosk.log_context)
    if library.problems:
        log.error("started with %d content problem(s); see the lines above", len(library.problems))
    content = kiosk.content.content
    install_excepthook(kiosk.recover)
    install_signal_handlers(app)
    kiosk.show(options)
    report_first_frame(kiosk.window)
    # The log's file and the heartbeat's first beat (a file, the watchdog pipe) just after the
    # first frame: the supervisor's watchdog allows far longer than that.
    start_heartbeat = kiosk.start_heartbeat
    after_first_frame(kiosk.window, lambda: QTimer.singleShot(0, start_heartbeat))
    after_first_frame(kiosk.window, lambda: QTimer.singleShot(0, release_held_records))
    kiosk.usage.open_later(kiosk.window, lambda: open_usage_stats(config))
    log.info(
        "kiosk %s started; content %s from %s; config %s; log %s",
        __version__,
        content.site.content_version,
        content.source,
        loaded.path or "defaults",
        log_file or ("the journal" if journal else "stderr"),
    )
    code = app.exec()
    log.info("kiosk exiting with code %d", code)
    kiosk.close()
    del kiosk
    lock.unlock()
    app.shutdown()
    return code
