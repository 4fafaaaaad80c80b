"""``Display`` in QML: the patient's display choices (text size, contrast, language) and IT's
(reduced motion, rotation), mirrored from the session."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Property, QEnum, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.session.choices import Language, TextSize
from kiosk.session.state import Session
from ui.backend.registry import provided
from ui.first_frame import after_first_frame

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

SIZES: tuple[TextSize, ...] = tuple(TextSize)


@QmlElement
@QmlSingleton
class Display(QObject):
    @QEnum
    class Size(enum.IntEnum):
        Standard = 0
        Large = 1
        ExtraLarge = 2

    textSizeChanged = Signal()
    contrastChanged = Signal()
    languageChanged = Signal()
    languageChoiceChanged = Signal()
    rotationChanged = Signal()
    panelChanged = Signal()
    keyboardFocusChanged = Signal()
    motionChanged = Signal()

    def __init__(self, session: Session, reduce_motion: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._reduce_motion = reduce_motion
        self._system_reduces_motion = False
        self._rotation = 0
        self._keyboard = False
        events = session.events
        events.text_size.connect(lambda _size: self.textSizeChanged.emit())
        events.high_contrast.connect(lambda _on: self.contrastChanged.emit())
        events.display_panel.connect(lambda _on: self.panelChanged.emit())
        events.language.connect(lambda _language: self.languageChanged.emit())
        events.languages.connect(lambda _languages: self.languageChanged.emit())
        events.language_choice.connect(lambda _on: self.languageChoiceChanged.emit())

    @staticmethod
    def create(engine: QQmlEngine) -> Display:
        return provided(Display, engine)

    @Property(int, notify=textSizeChanged)
    def textSize(self) -> int:
        return SIZES.index(self.session.text_size)

    @Property(float, notify=textSizeChanged)
    def textScale(self) -> float:
        return self.session.text_size.scale

    @Slot(int)
    def setTextSize(self, size: int) -> None:
        if 0 <= size < len(SIZES):
            self.session.set_text_size(SIZES[size])

    @Property(bool, notify=contrastChanged)
    def highContrast(self) -> bool:
        return self.session.high_contrast

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        self.session.set_high_contrast(on)

    @Property(bool, notify=panelChanged)
    def panelOpen(self) -> bool:
        """The Display panel (text size, contrast, Listen) is open."""
        return self.session.display_panel

    @Slot(bool)
    def showPanel(self, on: bool) -> None:
        self.session.show_display_panel(on)

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self.session.language.code

    @Property(bool, notify=languageChanged)
    def rightToLeft(self) -> bool:
        """The language on screen is written right to left: the whole screen is mirrored."""
        return self.session.language.right_to_left

    @Property(bool, notify=languageChanged)
    def multilingual(self) -> bool:
        return len(self.session.defaults.languages) > 1

    @Property(bool, notify=languageChanged)
    def languageList(self) -> bool:
        """More than two languages: the language button opens the list of them all."""
        return len(self.session.defaults.languages) > 2

    @Property(str, notify=languageChanged)
    def buttonLanguageName(self) -> str:
        """The language button's label, in its own language: the other language when there are
        two, the one on screen when the button opens the list."""
        return self._button_language().native_name

    @Property(str, notify=languageChanged)
    def buttonLanguageLocale(self) -> str:
        """The language of the button's label, for screen readers to speak it in."""
        return self._button_language().locale

    def _button_language(self) -> Language:
        return self.session.language if self.languageList else self.session.other_language()

    @Property(list, notify=languageChanged)
    def languages(self) -> list[dict[str, object]]:
        """Every language the kiosk offers, named in itself: [{code, name, locale, current}]."""
        return [
            {
                "code": lang.code,
                "name": lang.native_name,
                "locale": lang.locale,
                "current": lang == self.session.language,
            }
            for lang in self.session.defaults.languages
        ]

    @Property(list, notify=languageChanged)
    def languageNames(self) -> list[str]:
        """Every language the kiosk offers, named in itself: the language button is as wide as
        the widest, so it keeps its size and place whichever language is on screen."""
        return [language.native_name for language in self.session.defaults.languages]

    @Property(float, constant=True)
    def largestTextScale(self) -> float:
        """The display controls are as wide as at the largest text size at every size, so the
        control a patient just used is still under their finger after the change."""
        return max(size.scale for size in TextSize)

    @Slot()
    def pressLanguageButton(self) -> None:
        self.session.press_language_button()

    @Property(bool, notify=languageChoiceChanged)
    def languageChoiceOpen(self) -> bool:
        return self.session.language_choice

    @Slot(bool)
    def showLanguageChoice(self, on: bool) -> None:
        self.session.show_language_choice(on)

    @Slot(str)
    def chooseLanguage(self, code: str) -> None:
        self.session.set_language(code)
        self.session.show_language_choice(False)

    @Property(bool, notify=motionChanged)
    def reduceMotion(self) -> bool:
        """Reduced motion, asked for by the clinic (kiosk.toml) or by the system's own setting."""
        return self._reduce_motion or self._system_reduces_motion

    def follow_system_motion(self) -> None:
        """Heed the system's "reduce motion" setting from now on. After the first frame: naming
        Qt's enums builds them all (~12 ms), which nothing before it needs."""
        # Each wrapper held: with the style hints' wrapper gone, PySide calls its accessibility
        # hints deleted (PySide6 6.12).
        self._style_hints = QGuiApplication.styleHints()
        self._accessibility_hints = self._style_hints.accessibility()
        self._accessibility_hints.motionPreferenceChanged.connect(self.set_system_motion)
        self.set_system_motion(self._accessibility_hints.motionPreference())

    def set_system_motion(self, preference: Qt.MotionPreference) -> None:
        reduced = preference == QtCore.Qt.MotionPreference.ReducedMotion
        if reduced != self._system_reduces_motion:
            self._system_reduces_motion = reduced
            self.motionChanged.emit()

    @Property(int, notify=rotationChanged)
    def rotation(self) -> int:
        return self._rotation

    def set_rotation(self, degrees: int) -> None:
        if degrees != self._rotation:
            self._rotation = degrees
            self.rotationChanged.emit()

    @Property(bool, notify=keyboardFocusChanged)
    def keyboardFocus(self) -> bool:
        """Focus rings are drawn while the keyboard is in use, and not after a touch: after a tap, a
        ring on the first button of a dialog looks like a second choice (or an error)."""
        return self._keyboard

    def watch_input(self, window: QObject) -> None:
        window.installEventFilter(self)
        if isinstance(window, QQuickWindow):
            after_first_frame(window, self.follow_system_motion)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self._set_keyboard(True)
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._set_keyboard(False)
        return False

    def _set_keyboard(self, on: bool) -> None:
        if on != self._keyboard:
            self._keyboard = on
            self.keyboardFocusChanged.emit()


assert [s.name for s in Display.Size] == ["Standard", "Large", "ExtraLarge"] and len(SIZES) == 3
