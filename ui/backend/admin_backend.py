"""``Staff`` in QML: access for clinic staff and IT (hidden gesture → PIN keypad → panel with
status, reload, exit). Whether staff has the screen is the session's, so the idle reset closes it."""

from __future__ import annotations

import enum
import logging
import math
import time
from pathlib import Path

from PySide6.QtCore import Property, QEnum, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlSingleton, QQmlEngine

from kiosk import APP_ID, APP_NAME, __version__
from kiosk.files.licences import QT_REPLACEMENT, bundled_components, licences_root
from kiosk.operations.logging_setup import recent_errors
from kiosk.session.state import Session, StaffAccess
from kiosk.settings.config import LoadedConfig
from kiosk.staff.lockout import Attempt, PinGate
from ui.backend.content_backend import ContentBackend
from ui.backend.registry import provided, qml_named

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

STATES: tuple[StaffAccess, ...] = (StaffAccess.NONE, StaffAccess.KEYPAD, StaffAccess.PANEL)


@qml_named("Staff")
@QmlSingleton
class StaffBackend(QObject):
    @QEnum
    class Access(enum.IntEnum):
        Closed = 0
        Keypad = 1
        Panel = 2

    stateChanged = Signal()
    messageChanged = Signal()
    confirmingExitChanged = Signal()
    infoChanged = Signal()
    # Staff asked for the content to be read again; the kiosk answers with ``set_message``.
    reloadRequested = Signal()
    # Staff asked to leave the kiosk.
    exitRequested = Signal()

    def __init__(
        self,
        session: Session,
        loaded: LoadedConfig,
        content: ContentBackend,
        lockout_file: Path | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._loaded = loaded
        self._gate = PinGate(loaded.config.admin_pin_hash, lockout_file)
        self._content = content
        self._started = time.monotonic()
        self._message = ""
        self._confirming_exit = False
        self._lock_ticker = QTimer(self)
        self._lock_ticker.setInterval(1000)
        self._lock_ticker.timeout.connect(self._update_lock_message)
        session.events.staff.connect(self._staff_changed)

    @staticmethod
    def create(engine: QQmlEngine) -> StaffBackend:
        return provided(StaffBackend, engine)

    @Property(int, notify=stateChanged)
    def state(self) -> int:
        return STATES.index(self.session.staff)

    @Property(str, notify=messageChanged)
    def message(self) -> str:
        return self._message

    @Property(bool, notify=confirmingExitChanged)
    def confirmingExit(self) -> bool:
        """True after "Exit kiosk", until "Exit now" or "Stay": one stray tap must not leave the next
        patient at the desktop."""
        return self._confirming_exit

    def _staff_changed(self, staff: StaffAccess) -> None:
        if staff is StaffAccess.NONE:
            self.set_message("")
        self._set_confirming_exit(False)
        self.stateChanged.emit()

    @Slot()
    def requestAccess(self) -> None:
        """The hidden gesture was made."""
        if not self._gate.configured:
            pin_file = self._loaded.pin_file
            broken = any(pin_file and p.file == str(pin_file) for p in self._loaded.problems)
            log.warning(
                "admin access refused: %s; as root, run `%s --set-admin-pin` (it writes %s)",
                "the admin PIN file is unusable (see the config problem logged at start)" if broken else "no admin PIN",
                APP_ID,
                pin_file,
            )
            return
        self.session.set_staff(StaffAccess.KEYPAD)
        self._update_lock_message()

    @Slot(str, result=bool)
    def submitPin(self, pin: str) -> bool:
        result = self._gate.attempt(pin)
        if result is Attempt.RIGHT:
            self.set_message("")
            self.session.set_staff(StaffAccess.PANEL)
            self.infoChanged.emit()
        elif result is Attempt.WRONG:
            self.set_message(self.tr("Wrong PIN. Please try again."))
        else:
            self._update_lock_message()
        return result is Attempt.RIGHT

    @Slot()
    def close(self) -> None:
        self.session.set_staff(StaffAccess.NONE)

    @Slot()
    def reloadContent(self) -> None:
        self.reloadRequested.emit()
        self.infoChanged.emit()

    @Slot()
    def askExit(self) -> None:
        self._set_confirming_exit(self.session.staff is StaffAccess.PANEL)

    @Slot()
    def cancelExit(self) -> None:
        self._set_confirming_exit(False)

    @Slot()
    def exitKiosk(self) -> None:
        """Only as the answer to askExit."""
        if not self._confirming_exit or self.session.staff is not StaffAccess.PANEL:
            return
        log.info("admin exit")
        self.exitRequested.emit()

    def _set_confirming_exit(self, confirming: bool) -> None:
        if confirming != self._confirming_exit:
            self._confirming_exit = confirming
            self.confirmingExitChanged.emit()

    # ------------------------------------------------------------------ panel information
    @Property(list, notify=infoChanged)
    def info(self) -> list[str]:
        loaded = self._loaded
        uptime = int(time.monotonic() - self._started)
        lines = [
            f"App version: {__version__}",
            f"Content version: {self._content.content.site.content_version}",
            f"Clinical review: {self._content.content.site.review.describe()}",
            f"Uptime: {uptime // 86400} d {uptime % 86400 // 3600} h {uptime % 3600 // 60} min",
            f"Config file: {loaded.path or 'none (defaults)'}",
        ]
        lines += [f"Config problem: {p}" for p in loaded.problems] or ["Config problems: none"]
        lines += [f"Config warning: {w}" for w in loaded.warnings]
        return lines

    @Property(list, notify=infoChanged)
    def recentErrors(self) -> list[str]:
        return list(reversed(recent_errors.records))[:12]

    # ------------------------------------------------------------------ about and licences
    @Property(str, constant=True)
    def about(self) -> str:
        """The LGPL lets anyone run the kiosk with their own build of Qt: the panel says how."""
        where = f" Every licence text: {licences_root()}" if bundled_components() else ""
        return f"{APP_NAME} {__version__}. {QT_REPLACEMENT}{where}"

    @Property(list, constant=True)
    def licences(self) -> list[str]:
        components = bundled_components()
        if not components:
            return ["The licence texts ship with the installed program (this is a run from source)."]
        return [f"{c.name} {c.version}: {c.licence}" + (f" ({c.parts})" if c.parts else "") for c in components]

    @Property(int, notify=messageChanged)
    def lockedSeconds(self) -> int:
        return math.ceil(self._gate.locked_for())

    def _update_lock_message(self) -> None:
        """While locked: how long, counting down (in minutes while over one), the keys disabled."""
        left = math.ceil(self._gate.locked_for())
        if left > 0:
            if left > 60:
                self.set_message(self.tr("Too many wrong PINs. Try again in %n min.", "", math.ceil(left / 60)))
            else:
                self.set_message(self.tr("Too many wrong PINs. Try again in %n s.", "", left))
            self.messageChanged.emit()  # lockedSeconds
            if not self._lock_ticker.isActive():
                self._lock_ticker.start()
        else:
            self._lock_ticker.stop()
            if self._message and self.session.staff is StaffAccess.KEYPAD:
                self.set_message("")

    def set_message(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.messageChanged.emit()


assert [a.name for a in StaffBackend.Access] == ["Closed", "Keypad", "Panel"]
