"""``Attract`` in QML: the slides of the attract loop, in every language the kiosk offers.

A passer-by may read either language, so the loop alternates them, each caption under the
picture of what it names (the picture comes from that screen's content)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.session.navigation import Screen
from kiosk.session.state import Session
from ui.backend.content_backend import ContentBackend
from ui.backend.content_models import image_url
from ui.backend.registry import provided
from ui.translations import UiTranslations

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

CONTEXT = "Attract"
# Each slide: the screen whose picture it shows, and its caption (English, the source language).
SLIDES: tuple[tuple[Screen, object], ...] = (
    (Screen.OVERVIEW, QT_TRANSLATE_NOOP("Attract", "Living with chronic pain that medicines do not control?")),
    (Screen.NEUROSTIMULATORS, QT_TRANSLATE_NOOP("Attract", "A neurostimulator uses mild pulses to calm pain signals.")),
    (Screen.DRUG_PUMPS, QT_TRANSLATE_NOOP("Attract", "A drug pump puts pain medicine right where it is needed.")),
    (Screen.FAQ, QT_TRANSLATE_NOOP("Attract", "Questions? Find plain answers here.")),
)
TOUCH = QT_TRANSLATE_NOOP("Attract", "Touch the screen to start")


@QmlElement
@QmlSingleton
class Attract(QObject):
    slidesChanged = Signal()

    def __init__(
        self, session: Session, content: ContentBackend, translations: UiTranslations, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._content = content
        self._translations = translations
        session.events.languages.connect(lambda _languages: self.slidesChanged.emit())
        content.contentChanged.connect(self.slidesChanged)

    @staticmethod
    def create(engine: QQmlEngine) -> Attract:
        return provided(Attract, engine)

    @Property(list, notify=slidesChanged)
    def slides(self) -> list[dict[str, str]]:
        """Picture by picture, each in every offered language in turn: [{image, text, touch, language}]."""
        slides = []
        languages = self.session.defaults.languages
        for screen, caption in SLIDES:
            for language in languages:
                content = self._content.library.content(language) or self._content.content
                illustration = (
                    content.pages[screen].illustration if screen in content.pages else content.faq.illustration
                )
                slides.append(
                    {
                        "image": image_url(illustration, content.images),
                        "text": self._translations.translate(language, CONTEXT, str(caption)),
                        "touch": self._translations.translate(language, CONTEXT, str(TOUCH)),
                        "language": language.code,
                    }
                )
        return slides

    @Property(list, notify=slidesChanged)
    def languages(self) -> list[dict[str, str]]:
        """The offered languages in their own names, when there is a choice: [{code, name, locale}].

        A patient who reads neither caption on show still finds their language in one tap."""
        offered = self.session.defaults.languages
        if len(offered) < 2:
            return []
        return [
            {"code": language.code, "name": language.native_name, "locale": language.locale} for language in offered
        ]

    @Slot(str)
    def startIn(self, code: str) -> None:
        """The patient touched a slide: the session goes on in the language it was written in."""
        self.session.set_language(code)  # the session keeps to the offered languages
