"""Admin access for clinic IT: hidden gesture → PIN keypad → panel (status, reload, exit)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk import __version__
from kiosk.admin_pin import PinGate
from kiosk.config import LoadedConfig
from kiosk.logging_setup import recent_errors

log = logging.getLogger(__name__)


class AdminBackend(QObject):
    stateChanged = Signal()
    messageChanged = Signal()
    infoChanged = Signal()

    def __init__(
        self,
        loaded: LoadedConfig,
        reload_content: Callable[[], str],
        exit_kiosk: Callable[[], None],
        content_version: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._loaded = loaded
        self._gate = PinGate(loaded.config.admin_pin_hash)
        self._reload = reload_content
        self._exit = exit_kiosk
        self._content_version = content_version
        self._started = time.monotonic()
        self._state = ""  # "", "keypad", "panel"
        self._message = ""
        self._lock_ticker = QTimer(self)
        self._lock_ticker.setInterval(1000)
        self._lock_ticker.timeout.connect(self._update_lock_message)

    state = Property(str, lambda self: self._state, notify=stateChanged)

    def current_state(self) -> str:
        """Empty while patients use the kiosk, else "keypad" or "panel"."""
        return self._state

    message = Property(str, lambda self: self._message, notify=messageChanged)

    @Slot()
    def requestAccess(self) -> None:
        """The hidden gesture was made."""
        if not self._gate.configured:
            log.warning(
                "admin access refused: no admin PIN is configured; set one with "
                "`%s --set-admin-pin` (as root, writes admin_pin_hash to the config file)",
                "pain-therapy-kiosk",
            )
            return
        log.info("admin keypad opened")
        self._set_state("keypad")
        self._update_lock_message()

    @Slot(str, result=bool)
    def submitPin(self, pin: str) -> bool:
        if self._gate.locked_for() > 0:
            self._update_lock_message()
            return False
        if self._gate.attempt(pin):
            log.info("admin panel opened")
            self._set_message("")
            self._set_state("panel")
            self.infoChanged.emit()
            return True
        log.warning("wrong admin PIN")
        if self._gate.locked_for() > 0:
            log.warning("admin keypad locked for %d s after repeated wrong PINs", self._gate.locked_for())
            self._lock_ticker.start()
            self._update_lock_message()
        else:
            self._set_message(self.tr("Wrong PIN. Please try again."))
        return False

    @Slot()
    def close(self) -> None:
        if self._state:
            log.info("admin %s closed", self._state)
        self._set_state("")
        self._set_message("")

    @Slot()
    def reloadContent(self) -> None:
        self._set_message(self._reload())
        self.infoChanged.emit()

    @Slot()
    def exitKiosk(self) -> None:
        log.info("admin exit")
        self._exit()

    # ------------------------------------------------------------------ panel information
    def _info(self) -> list[str]:
        loaded = self._loaded
        uptime = int(time.monotonic() - self._started)
        lines = [
            f"App version: {__version__}",
            f"Content version: {self._content_version()}",
            f"Uptime: {uptime // 86400} d {uptime % 86400 // 3600} h {uptime % 3600 // 60} min",
            f"Config file: {loaded.path or 'none (defaults)'}",
        ]
        lines += [f"Config problem: {p}" for p in loaded.problems] or ["Config problems: none"]
        return lines

    info = Property(list, _info, notify=infoChanged)
    recentErrors = Property(list, lambda self: list(reversed(recent_errors.records))[:12], notify=infoChanged)
    lockedSeconds = Property(int, lambda self: int(self._gate.locked_for() + 0.999), notify=messageChanged)

    def _update_lock_message(self) -> None:
        left = int(self._gate.locked_for() + 0.999)
        if left > 0:
            self._set_message(self.tr("Too many wrong PINs. Try again in %n second(s).", "", left))
            self.messageChanged.emit()
        else:
            self._lock_ticker.stop()
            if self._message and self._state == "keypad":
                self._set_message("")

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit()

    def _set_message(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.messageChanged.emit()
