"""Builds the Qt application and the kiosk window from validated content."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEventLoop, QLockFile, QObject, QSocketNotifier, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import APP_ID, APP_NAME, __version__
from kiosk.clinic import Clinic, load_clinic
from kiosk.config import Config, LoadedConfig, load_config, rotation_degrees
from kiosk.content import (
    Content,
    ContentProblem,
    available_languages,
    builtin_content,
    load_with_fallback,
    parity_problems,
)
from kiosk.heartbeat import HEARTBEAT_FILE, INTERVAL_S, write_heartbeat
from kiosk.idle import IdleTimer
from kiosk.logging_setup import configure_logging
from kiosk.navigation import MAIN_SCREENS, Screen
from kiosk.platform_dirs import lock_path, log_dir, state_dir
from kiosk.resources import content_root, fonts_root, i18n_root, qml_root
from kiosk.stats import UsageStats
from ui.backend.admin_backend import AdminBackend
from ui.backend.app_backend import AppBackend
from ui.backend.icon_provider import IconProvider
from ui.backend.idle_controller import IdleController
from ui.backend.my_questions import MyQuestions, QrImages
from ui.backend.speech import SpeechBackend
from ui.backend.usage import UsageBackend, open_usage_stats
from ui.lockdown import WindowGuard

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
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
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


def content_folders(custom_root: Path | None, language: str = "en") -> list[Path]:
    """Where to look, best first: IT's content folder, then the content bundled with the app."""
    folders = [custom_root / language] if custom_root else []
    folders.append(content_root() / language)
    return folders


def load_contents(custom_root: Path | None = None) -> tuple[dict[str, Content], list[ContentProblem]]:
    """Every language that has valid content, English first (it is the fallback of last resort)."""
    languages = set(available_languages(content_root()))
    if custom_root:
        languages |= set(available_languages(custom_root))
    contents: dict[str, Content] = {}
    problems: list[ContentProblem] = []
    for language in sorted(languages, key=lambda lang: (lang != "en", lang)):
        content, found = load_with_fallback(content_folders(custom_root, language))
        problems += found
        if content.source == "built-in" and language != "en":
            log.error("no valid %s content: that language is not offered", language)
            continue
        contents[language] = content
    if not contents:
        contents["en"] = builtin_content()
    base = contents.get("en")
    for content in contents.values():
        if base is not None and content is not base and base.source != "built-in":
            for problem in parity_problems(base, content):
                log.error("content differs between languages: %s", problem)
    return contents, problems


def clinic_from_config(config: Config) -> Clinic:
    """The clinic folder when it is valid; otherwise the name and phone from kiosk.toml."""
    fallback = Clinic(config.clinic_name, config.clinic_phone)
    if not config.clinic_dir:
        return fallback
    clinic, problems = load_clinic(Path(config.clinic_dir))
    for problem in problems:
        log.error("clinic folder problem (ignored): %s", problem)
    if clinic is None:
        return fallback
    return Clinic(clinic.name or config.clinic_name, clinic.phone or config.clinic_phone, clinic.logo, clinic.cards)


class Kiosk(QObject):
    """The QML engine, the backends it renders and the locked-down window."""

    def __init__(
        self,
        contents: Mapping[str, Content] | Content,
        loaded: LoadedConfig | None = None,
        content_dir: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
        stats: UsageStats | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.loaded = loaded or LoadedConfig(Config(), None)
        config = self.loaded.config
        self.content_dir = content_dir
        self.started = time.time()
        self.engine = QQmlApplicationEngine(self)
        self._translator: QTranslator | None = None
        self._translators: dict[str, QTranslator] = {}
        self.backend = AppBackend(contents, config.text_size, config.language, config.reduce_motion, parent=self.engine)
        self.backend.on_language = self.set_ui_language
        self.backend.set_clinic(clinic_from_config(config))
        timer = IdleTimer(config.idle_timeout_s, config.idle_countdown_s, config.attract_delay_s)
        self.idle = IdleController(timer, self.reset_session, clock=clock, parent=self.engine)
        self.admin = AdminBackend(
            self.loaded,
            reload_content=self.reload_content,
            exit_kiosk=self.exit,
            content_version=lambda: self.backend.content.site.content_version,
            parent=self.engine,
        )
        self.qr_images = QrImages()
        self.my_questions = MyQuestions(
            lambda: self.backend.content, self.backend.clinic_line, self.qr_images, parent=self.engine
        )
        self.backend.contentChanged.connect(self.my_questions.refresh)
        self.backend.sessionReset.connect(self.my_questions.clear)
        self.engine.addImageProvider("qr", self.qr_images)
        # Statistics only when the caller opened a database (run_kiosk does, per the config).
        self.usage = UsageBackend(
            stats or UsageStats(None), self.backend, self.idle, self.my_questions, config.export_dir, self.engine
        )
        self.admin.stateChanged.connect(self._admin_state_changed)
        self.speech = SpeechBackend(self.backend.screen_text, parent=self.engine)
        self.backend.screenChanged.connect(self.speech.stop)
        self.backend.sessionReset.connect(self.speech.stop)
        # Python keeps the providers alive for as long as the engine can ask them for pictures.
        self.icon_provider = IconProvider()
        self.engine.addImageProvider("icon", self.icon_provider)
        context = self.engine.rootContext()
        context.setContextProperty("app", self.backend)
        context.setContextProperty("idle", self.idle)
        context.setContextProperty("admin", self.admin)
        context.setContextProperty("speech", self.speech)
        context.setContextProperty("myQuestions", self.my_questions)
        context.setContextProperty("usage", self.usage)
        self.engine.addImportPath(str(qml_root()))
        self.set_ui_language(self.backend.content.site.language)
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError(f"the QML user interface in {qml_root()} failed to load")
        self.window: QQuickWindow = roots[0]
        self.window.installEventFilter(self.idle)
        self.guard = WindowGuard(self.window, self)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(INTERVAL_S * 1000)
        self._heartbeat.timeout.connect(self.write_heartbeat)

    def set_ui_language(self, language: str) -> None:
        """UI strings (qsTr/tr) follow the content language; English is the source language.
        Each language's translator is loaded once and kept: a patient switching back and forth
        for weeks must not load (and, QObject parents being what they are, keep) a new one each time."""
        app = QCoreApplication.instance()
        assert app is not None
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            translator = self._translators.get(language)
            if translator is None:
                translator = QTranslator(self)
                path = i18n_root() / f"kiosk_{language}.qm"
                if translator.load(str(path)):
                    self._translators[language] = translator
                else:
                    log.error("UI translation %s is missing; UI strings stay in English", path)
                    translator = None
            if translator is not None:
                app.installTranslator(translator)
                self._translator = translator
        self.engine.retranslate()

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
        self.backend.set_rotation(rotation_degrees(self.loaded.config.orientation, geometry.width(), geometry.height()))
        if options.fullscreen:
            self.guard.lock(hide_cursor=self.loaded.config.hide_cursor)
        else:
            window.show()

    def start_heartbeat(self) -> None:
        self.write_heartbeat()
        self._heartbeat.start()

    def write_heartbeat(self) -> None:
        state = {
            "screen": self.backend.navigator.current.value,
            "idle": self.idle.phase.value,
            "content_version": self.backend.content.site.content_version,
        }
        try:
            write_heartbeat(state_dir() / HEARTBEAT_FILE, state, self.started)
        except OSError as exc:
            log.error("cannot write heartbeat: %s", exc)

    def reload_content(self) -> str:
        contents, problems = load_contents(self.content_dir)
        self.backend.replace_contents(contents)
        content = self.backend.content
        if problems:
            return f"Content has {len(problems)} problem(s); showing {content.source}. See the log."
        return f"Content {content.site.content_version} reloaded from {content.source}."

    def _admin_state_changed(self) -> None:
        state = self.admin.current_state()
        self.usage.staff_access(state)
        if state == "panel":
            self.usage.refresh()

    def reset_session(self) -> None:
        """The idle reset: the patient's session ends, the screen is cleared for the next one."""
        with self.usage.session_ending():
            self.backend.reset()

    def recover(self) -> None:
        """After an unexpected error: close whatever was open and start over on Overview."""
        self.admin.close()
        self.idle.dismissOverlay()
        self.backend.reset()

    def exit(self) -> None:
        self.guard.release()
        QGuiApplication.exit(0)  # 0: a deliberate stop, the supervisor does not restart it

    def close(self) -> None:
        self.usage.close()
        self.my_questions.clear()  # nothing of a patient's list outlives the kiosk
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        self._heartbeat.stop()
        self.guard.release()
        self.window.close()
        self.engine.deleteLater()


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def take_screenshots(kiosk: Kiosk, outdir: Path) -> list[Path]:
    """Every screen, the FAQ with its first answer open, and References, as PNG files."""
    outdir.mkdir(parents=True, exist_ok=True)
    backend = kiosk.backend
    shots: list[tuple[str, Screen, bool]] = [(s.value, s, False) for s in MAIN_SCREENS]
    shots += [("faq_open", Screen.FAQ, True), ("references", Screen.REFERENCES, False)]
    written = []
    for i, (name, screen, open_first) in enumerate(shots, start=1):
        backend.go(screen.value)
        if open_first:
            backend.toggleFaq(0)
        wait(600)  # transitions and asynchronous images settle
        image = kiosk.window.grabWindow()
        path = outdir / f"{i:02d}-{name}.png"
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
        if open_first:
            backend.toggleFaq(0)
    return written


def install_signal_handlers(app: QGuiApplication) -> None:
    """SIGTERM/SIGINT quit the event loop cleanly. Python only runs signal handlers when the
    interpreter gets control, so the signal is written to a pipe that Qt watches."""
    if not hasattr(signal, "SIGTERM") or sys.platform == "win32":
        return
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    signal.set_wakeup_fd(write_fd)
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            os.read(read_fd, 64)

    notifier.activated.connect(drain)

    def quit_app(signum: int, _frame: object) -> None:
        log.info("signal %d: shutting down", signum)
        app.exit(0)  # not quit(): that asks the windows first, and the kiosk window refuses to close

    signal.signal(signal.SIGTERM, quit_app)
    signal.signal(signal.SIGINT, quit_app)


def install_excepthook(kiosk: Kiosk) -> None:
    """An unexpected error is logged and the patient is taken back to Overview; the kiosk never
    shows a traceback and never stops."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error: %s", "".join(traceback.format_exception(kind, value, tb)).rstrip())
        QTimer.singleShot(0, kiosk.recover)

    sys.excepthook = hook


def report_first_frame(window: QQuickWindow) -> None:
    """For `make bench`: with KIOSK_BENCH_T0 (the parent's clock when it started us) set, print
    the seconds to the first painted frame and exit, so start-up is measured on the real path."""
    started = os.environ.get("KIOSK_BENCH_T0")
    if not started:
        return

    def first_frame() -> None:
        print(f"{time.time() - float(started):.4f}", flush=True)
        os._exit(0)

    window.frameSwapped.connect(first_frame)


def run_kiosk(config_path: Path | None, content_dir: Path | None, options: WindowOptions) -> int:
    loaded = load_config(config_path)
    config = loaded.config
    log_file = configure_logging(log_dir(config.log_dir))
    for problem in loaded.problems:
        log.error("config problem: %s", problem)
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
    content_dir = content_dir or (Path(config.content_dir) if config.content_dir else None)
    contents, problems = load_contents(content_dir)
    if problems:
        log.error("started with %d content problem(s); see the lines above", len(problems))
    kiosk = Kiosk(contents, loaded, content_dir)
    content = kiosk.backend.content
    install_excepthook(kiosk)
    install_signal_handlers(app)
    kiosk.show(options)
    kiosk.start_heartbeat()
    report_first_frame(kiosk.window)
    kiosk.usage.open_later(kiosk.window, lambda: open_usage_stats(config))
    log.info(
        "kiosk %s started; content %s from %s; config %s; log %s",
        __version__,
        content.site.content_version,
        content.source,
        loaded.path or "defaults",
        log_file,
    )
    code = app.exec()
    log.info("kiosk exiting with code %d", code)
    kiosk.close()
    del kiosk
    lock.unlock()
    app.shutdown()
    return code


def run_screenshots(content_dir: Path | None, outdir: Path, size: tuple[int, int]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    contents, _problems = load_contents(content_dir)
    kiosk = Kiosk(contents)
    kiosk.show(WindowOptions(fullscreen=False, size=size))
    for path in take_screenshots(kiosk, outdir):
        print(path)
    kiosk.close()
    del kiosk
    app.shutdown()
    return 0
