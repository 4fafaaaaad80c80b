"""The "Listen" button: reads the current screen aloud with Qt TextToSpeech, where a speech
engine is installed (the non-visual mode Section 508 asks of kiosks).

Qt TextToSpeech ships in PySide6-Addons, a large optional extra (``pip install .[speech]``), and
needs an engine (speech-dispatcher/espeak-ng on Linux, SAPI on Windows). Without either, the button
is not shown and the log says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QLocale, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from ui.backend.registry import provided

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "es": QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates),
}


@QmlElement
@QmlSingleton
class Speech(QObject):
    stateChanged = Signal()

    def __init__(self, screen_text: Callable[[], tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screen_text = screen_text
        self._tts: Any = None
        self._speaking = False
        self.unavailable_reason = ""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self.unavailable_reason = (
                "Qt TextToSpeech is not installed (install the speech extra: pip install .[speech])"
            )
        else:
            engines = QTextToSpeech.availableEngines()
            if not engines:
                self.unavailable_reason = "no speech engine is installed (on Linux: speech-dispatcher, espeak-ng)"
            else:
                self._tts = QTextToSpeech(self)
                self._tts.stateChanged.connect(self._on_state)
                if self._tts.state() == QTextToSpeech.State.Error:
                    self.unavailable_reason = f"speech engine failed: {self._tts.errorString()}"
                    self._tts = None
        if self.unavailable_reason:
            log.info("Listen button hidden: %s", self.unavailable_reason)

    @staticmethod
    def create(engine: QQmlEngine) -> Speech:
        return provided(Speech, engine)

    @Property(bool, constant=True)
    def available(self) -> bool:
        return self._tts is not None

    @Property(bool, notify=stateChanged)
    def speaking(self) -> bool:
        return self._speaking

    @Slot()
    def readScreen(self) -> None:
        if self._tts is None:
            return
        language, text = self._screen_text()
        locale = LOCALES.get(language)
        if locale is not None and locale in self._tts.availableLocales():
            self._tts.setLocale(locale)
        self._tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def _on_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        speaking = state == QTextToSpeech.State.Speaking
        if speaking != self._speaking:
            self._speaking = speaking
            self.stateChanged.emit()
