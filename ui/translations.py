"""UI strings (qsTr/tr) and the application locale follow the patient's language.

English is the source language; every other language's UI strings are its folder's ``ui.qm``
(compiled from ``ui.ts`` by ``make translations``). Each language's translator is loaded once and kept: a patient
switching back and forth for weeks must not load (and, QObject parents being what they are, keep)
a new one each time. The default QLocale follows too, so screen readers are told the language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk.content.languages import UI_STRINGS
from kiosk.session.choices import SOURCE_LANGUAGE, Language

log = logging.getLogger(__name__)


class UiTranslations(QObject):
    def __init__(self, engine: QQmlEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._installed: QTranslator | None = None
        self._loaded: dict[Language, QTranslator] = {}

    def apply(self, language: Language) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        QLocale.setDefault(QLocale(language.locale))
        if self._installed is not None:
            app.removeTranslator(self._installed)
            self._installed = None
        if language.code != SOURCE_LANGUAGE:
            translator = self._loaded.get(language) or self._load(language)
            if translator is not None:
                app.installTranslator(translator)
                self._installed = translator
        self._engine.retranslate()

    def translate(self, language: Language, context: str, text: str) -> str:
        """``text`` in ``language``, whichever language the screen shows now (the attract loop
        speaks every language)."""
        if language.code == SOURCE_LANGUAGE:
            return text
        translator = self._loaded.get(language) or self._load(language)
        translated = translator.translate(context, text) if translator is not None else ""
        return translated or text

    def _load(self, language: Language) -> QTranslator | None:
        translator = QTranslator(self)
        path = language.folder / UI_STRINGS if language.folder else None
        if path is None or not translator.load(str(path)):
            log.error("UI translation %s is missing; UI strings stay in English", path)
            return None
        self._loaded[language] = translator
        return translator

    def remove(self) -> None:
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)
            self._installed = None
