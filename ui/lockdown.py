"""Keeps patients inside the kiosk: the window ignores close requests and desktop shortcuts,
stays full screen and on top, and takes itself back if something covers it."""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtQuick import QQuickWindow

from ui.first_frame import after_first_frame

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

log = logging.getLogger(__name__)


# Qt's namespace (QtCore.Qt) is named only in what runs after the first frame: naming it builds
# every one of its enums (see ui.first_frame).


@cache
def shortcut_modifiers() -> Qt.KeyboardModifier:
    Qt = QtCore.Qt
    return Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


@cache
def allowed_keys() -> frozenset[Qt.Key]:
    """Keys a keyboard or switch user needs to move around and activate things (accessibility),
    and digits for the PIN keypad."""
    Qt = QtCore.Qt
    navigation = {
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Space,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        # Closes a dialog (ModalDialog.qml); it means nothing else to the kiosk or the desktop.
        Qt.Key.Key_Escape,
    }
    digits = {getattr(Qt.Key, f"Key_{d}") for d in range(10)} | {Qt.Key.Key_Backspace}
    return frozenset(navigation | digits)


RESTORE_DELAY_MS = 400


def is_allowed_key(event: QKeyEvent) -> bool:
    """Plain navigation keys, Escape and digits (the PIN keypad) pass; every shortcut and F-key is eaten."""
    if event.modifiers() & shortcut_modifiers():
        return False
    return QtCore.Qt.Key(event.key()) in allowed_keys()


def hide_pointer() -> None:
    QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.BlankCursor)


class WindowGuard(QObject):
    def __init__(self, window: QQuickWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.allow_close = False
        self.keep_fullscreen = False
        self._warned = False  # one warning each time the window is taken away, not one per look
        self._restore = QTimer(self)
        self._restore.setSingleShot(True)
        self._restore.setInterval(RESTORE_DELAY_MS)
        self._restore.timeout.connect(self.restore)
        window.installEventFilter(self)
        window.visibilityChanged.connect(self._on_visibility)
        window.activeChanged.connect(self._on_active)
        # A window manager or a new screen resolution may move or resize the kiosk while Qt still
        # calls it full screen: only its geometry says so.
        for changed in (window.xChanged, window.yChanged, window.widthChanged, window.heightChanged):
            changed.connect(self._look)

    def lock(self, hide_cursor: bool) -> None:
        """Frameless, full screen, on top."""
        self.keep_fullscreen = True
        w = self.window
        # Main.qml turns this into the window flags (frameless, on top) before the window shows.
        w.setProperty("locked", True)
        # A bare X server may not tell showFullScreen() the screen size: set it ourselves.
        w.setGeometry(w.screen().geometry())
        w.showFullScreen()
        if hide_cursor:
            # A touch screen shows no pointer until a mouse moves: a frame later is soon enough.
            after_first_frame(w, hide_pointer)

    def release(self) -> None:
        """For the admin's Exit: from now on the window may close."""
        self.allow_close = True
        self.keep_fullscreen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and not self.allow_close:
            log.warning("close request ignored")
            event.ignore()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if not is_allowed_key(event):
                event.accept()
                return True
        return False

    def _on_visibility(self, visibility: QWindow.Visibility) -> None:
        if self.keep_fullscreen and visibility != QWindow.Visibility.FullScreen:
            self._restore.start()
        else:
            self._look()  # back in full screen: the next time it is taken away is logged again

    def _on_active(self) -> None:
        if self.keep_fullscreen and not self.window.isActive():
            self._restore.start()

    def _out_of_place(self) -> bool:
        w = self.window
        return w.visibility() != QWindow.Visibility.FullScreen or w.geometry() != w.screen().geometry()

    def _look(self) -> None:
        # Only size and place: the focus has its own signal.
        if not self._out_of_place():
            self._warned = False
        elif self.keep_fullscreen and not self._restore.isActive():
            self._restore.start()

    def restore(self) -> None:
        if not self.keep_fullscreen:
            return
        w = self.window
        if self._out_of_place():
            if not self._warned:
                log.warning(
                    "window left full screen (%s, %dx%d at %d,%d); restoring",
                    w.visibility().name,
                    w.width(),
                    w.height(),
                    w.x(),
                    w.y(),
                )
            self._warned = True
            w.setGeometry(w.screen().geometry())
            w.showFullScreen()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            # Another program may have taken "always on top" away (wmctrl -b remove,above) and Qt
            # is not told: set it again whenever the kiosk had to be brought back.
            on_top = QtCore.Qt.WindowType.WindowStaysOnTopHint
            w.setFlags(w.flags() & ~on_top)
            w.setFlags(w.flags() | on_top)
            w.raise_()
            w.requestActivate()
