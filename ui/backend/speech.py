"""``Speech`` in QML: the "Listen" button reads what is on top aloud (a definition, My
questions, References or the screen in view) with Qt TextToSpeech, in a voice of the patient's
language that the engine really has, with pause, resume and stop (the non-visual mode Section 508
asks of kiosks).

Qt TextToSpeech ships in PySide6-Addons (the bundle carries only it and its speech-dispatcher
plugin) and needs an engine: speech-dispatcher with espeak-ng on Linux, SAPI on Windows. The
engine is found after the first frame and opened when first used; without one the button stays
hidden and one log line says why.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content.read_aloud import definition_text, pick_locale, pick_voice, screen_text
from kiosk.session.choices import Language
from kiosk.session.navigation import Screen
from kiosk.session.state import Session
from ui.backend.content_backend import ContentBackend
from ui.backend.my_questions import MyQuestions
from ui.backend.registry import provided

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

#: Qt's stand-in engine for tests: never chosen unless asked for by name.
MOCK_ENGINE = "mock"
#: No speech at all (``Kiosk(speech_engine=NO_ENGINE)``).
NO_ENGINE = "none"


@QmlElement
@QmlSingleton
class Speech(QObject):
    stateChanged = Signal()
    availableChanged = Signal()

    def __init__(
        self,
        session: Session,
        content: ContentBackend,
        my_questions: MyQuestions,
        engine: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._content = content
        self._my_questions = my_questions
        self._wanted = engine
        self._tts: Any = None
        self._state = "ready"
        self._language: Language | None = None
        self.engine_name = ""
        self.unavailable_reason = "not started yet"
        #: Locales chosen per language, for the self-test's report.
        self.chosen: dict[Language, str] = {}
        self.last_text = ""
        # What was being read is gone or covered: a new screen or layer, a definition opened or
        # closed, another language, the next patient.
        for event in (session.events.screen, session.events.glossary_term, session.events.language):
            event.connect(lambda _value: self.stop())
        session.events.reset.connect(lambda _: self.stop())

    @staticmethod
    def create(engine: QQmlEngine) -> Speech:
        return provided(Speech, engine)

    # ------------------------------------------------------------------ finding and opening the engine
    def start(self) -> None:
        """Find the engine (cheap: its plugin, and on Linux the speech-dispatcher program); after
        this ``available`` says whether Listen is offered. Opening it waits for the first reading:
        speech-dispatcher lists its hundreds of espeak-ng voices on opening, which holds the kiosk
        for about 2 s (measured), and only a patient who asked to listen should wait for that."""
        if self.engine_name or self.unavailable_reason != "not started yet":
            return
        found, self.unavailable_reason = self._find()
        if self.unavailable_reason:
            log.info("Listen button hidden: %s", self.unavailable_reason)
        else:
            self.engine_name = found
            log.info("Listen uses the %s speech engine (opened when first used)", found)
            self.availableChanged.emit()

    def _find(self) -> tuple[str, str]:
        if self._wanted == NO_ENGINE:
            return "", "speech is turned off"
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return "", "Qt TextToSpeech is not installed (install the speech extra: pip install .[speech])"
        engines = [e for e in QTextToSpeech.availableEngines() if e != MOCK_ENGINE or self._wanted == MOCK_ENGINE]
        if self._wanted:
            engines = [e for e in engines if e == self._wanted]
        elif "speechd" in engines:  # Linux: the one that has espeak-ng's voices
            engines = ["speechd"]
        if engines == ["speechd"] and not shutil.which("speech-dispatcher"):
            return "", "speech-dispatcher is not installed (apt install speech-dispatcher espeak-ng)"
        if not engines:
            return "", "no speech engine is installed (on Linux: speech-dispatcher and espeak-ng)"
        return engines[0], ""

    def _open(self) -> bool:
        """The engine, opened on first use; a failure hides Listen (with one log line)."""
        if self._tts is not None:
            return True
        if not self.engine_name:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = QTextToSpeech(self.engine_name, self)
        reason = ""
        if tts.state() == QTextToSpeech.State.Error:
            reason = f"the {self.engine_name} speech engine failed: {tts.errorString() or 'no reason given'}"
        elif not tts.availableLocales():
            reason = f"the {self.engine_name} speech engine has no voices (on Linux: install espeak-ng)"
        if reason:
            tts.deleteLater()
            self.engine_name, self.unavailable_reason = "", reason
            log.info("Listen button hidden: %s", reason)
            self.availableChanged.emit()
            return False
        tts.stateChanged.connect(self._on_state)
        self._tts = tts
        return True

    # ------------------------------------------------------------------ state for QML
    @Property(bool, notify=availableChanged)
    def available(self) -> bool:
        return bool(self.engine_name)

    @Property(bool, notify=stateChanged)
    def speaking(self) -> bool:
        """Reading something: words are coming, or they are paused."""
        return self._state in ("speaking", "paused")

    @Property(bool, notify=stateChanged)
    def paused(self) -> bool:
        return self._state == "paused"

    @property
    def busy(self) -> bool:
        """Words are coming: the patient is listening, so the kiosk is in use."""
        return self._state == "speaking"

    def text_on_top(self) -> str:
        """What Listen reads: an open definition, else the layer or screen in view."""
        session, content = self._session, self._content.content
        if session.glossary_term:
            return definition_text(content, session.glossary_term)
        if session.screen is Screen.MY_QUESTIONS:
            return self._my_questions.spoken()
        return screen_text(content, session.screen, session.open_faq)

    # ------------------------------------------------------------------ what the buttons do
    @Slot()
    def readScreen(self) -> None:
        """Read what is on top now, from its beginning."""
        if not self._open():
            return
        text = self.text_on_top()
        self._use(self._session.language)
        self._tts.stop()
        self.last_text = text
        self._tts.say(text)

    @Slot()
    def pause(self) -> None:
        if self._tts is not None and self._state == "speaking":
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._tts.pause(QTextToSpeech.BoundaryHint.Word)

    @Slot()
    def resume(self) -> None:
        if self._tts is not None and self._state == "paused":
            self._tts.resume()

    @Slot()
    def stop(self) -> None:
        if self._tts is not None and self._state != "ready":
            self._tts.stop()

    def _use(self, language: Language) -> None:
        """The patient's language, in a locale the engine has (espeak-ng has es-419 and es, but no
        es-US): asking for one it lacks would leave the previous language's voice."""
        if language == self._language:
            return
        locales = {locale.name(): locale for locale in self._tts.availableLocales()}
        chosen = pick_locale(language, list(locales))
        if chosen is None:
            log.warning("the speech engine has no %s voice; reading with its default voice", language.code)
        else:
            self._tts.setLocale(locales[chosen])
            voices = {voice.name(): voice for voice in self._tts.availableVoices()}
            voice = pick_voice(language, list(voices))
            if voice is not None:
                self._tts.setVoice(voices[voice])
            self.chosen[language] = f"{chosen} ({self._tts.voice().name()})"
        self._language = language

    def _on_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        names = {QTextToSpeech.State.Speaking: "speaking", QTextToSpeech.State.Paused: "paused"}
        value = names.get(state, "ready")
        if state == QTextToSpeech.State.Error:
            log.error("speech failed: %s", self._tts.errorString())
        if value != self._state:
            self._state = value
            self.stateChanged.emit()

    def describe(self, languages: Sequence[Language]) -> str:
        """One line for the self-test: the engine and the voice each language would be read in."""
        if not self._open():
            return f"speech not available: {self.unavailable_reason}"
        for language in languages:
            self._use(language)
        voices = ", ".join(f"{lang.code} {self.chosen.get(lang, 'default voice')}" for lang in languages)
        return f"speech available ({self.engine_name}: {voices})"
