"""``Navigation`` in QML: where the patient is, and the taps that move them.

A mirror of ``kiosk.session.state``: every slot hands the touch to the session, and every property
reads the session back, so QML never holds navigation state of its own.
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import Property, QEnum, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.session.navigation import MAIN_SCREENS, Screen
from kiosk.session.state import Session
from ui.backend.content_backend import ContentBackend
from ui.backend.registry import provided

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

# QML's names for the screens, in the order of ``kiosk.session.navigation.Screen``.
SCREENS: tuple[Screen, ...] = tuple(Screen)


@QmlElement
@QmlSingleton
class Navigation(QObject):
    @QEnum
    class Place(enum.IntEnum):
        Overview = 0
        Neurostimulators = 1
        DrugPumps = 2
        Faq = 3
        References = 4
        MyQuestions = 5
        Compare = 6

    screenChanged = Signal()
    highlightedReferenceChanged = Signal()
    glossaryChanged = Signal()
    # A new patient: every screen scrolls back to the top.
    sessionReset = Signal()

    def __init__(self, session: Session, content: ContentBackend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._content = content
        events = session.events
        events.screen.connect(lambda _screen: self.screenChanged.emit())
        events.highlighted_reference.connect(lambda _ref: self.highlightedReferenceChanged.emit())
        events.glossary_term.connect(lambda _term: self.glossaryChanged.emit())
        events.reset.connect(lambda _: self.sessionReset.emit())
        content.contentChanged.connect(self.glossaryChanged)

    @staticmethod
    def create(engine: QQmlEngine) -> Navigation:
        return provided(Navigation, engine)

    @Property(int, notify=screenChanged)
    def screen(self) -> int:
        return SCREENS.index(self.session.screen)

    @Property(int, notify=screenChanged)
    def mainIndex(self) -> int:
        return self.session.navigator.main_index

    @Property(bool, notify=screenChanged)
    def layerOpen(self) -> bool:
        return self.session.navigator.layer is not None

    @Property(bool, notify=screenChanged)
    def referencesOpen(self) -> bool:
        return self.session.navigator.layer is Screen.REFERENCES

    @Property(bool, notify=screenChanged)
    def myQuestionsOpen(self) -> bool:
        return self.session.navigator.layer is Screen.MY_QUESTIONS

    @Property(bool, notify=screenChanged)
    def compareOpen(self) -> bool:
        return self.session.navigator.layer is Screen.COMPARE

    @Property(str, notify=highlightedReferenceChanged)
    def highlightedReference(self) -> str:
        return self.session.highlighted_reference

    @Slot(int)
    def go(self, place: int) -> None:
        if 0 <= place < len(SCREENS):
            self.session.go(SCREENS[place])

    @Slot(int)
    def goIndex(self, index: int) -> None:
        """A swipe that came to rest on the main screen at ``index``."""
        self.session.go_index(index)

    @Slot()
    def closeLayer(self) -> None:
        self.session.close_layer()

    @Slot(str)
    def openLink(self, link: str) -> None:
        """Only the app's own links exist (``ref:<id>``, ``term:<id>``); anything else is ignored,
        so nothing in the content can lead a patient out of the kiosk."""
        kind, _, ident = link.partition(":")
        content = self._content.content
        if kind == "ref" and ident in content.references.numbers:
            self.session.open_reference(ident)
        elif kind == "term" and content.glossary.get(ident):
            self.session.open_glossary(ident)
        else:
            log.warning("ignored link %r", link)

    # ------------------------------------------------------------------ glossary
    def _term(self) -> tuple[str, str]:
        term = self._content.content.glossary.get(self.session.glossary_term)
        return (term.term, term.definition) if term else ("", "")

    @Property(bool, notify=glossaryChanged)
    def glossaryOpen(self) -> bool:
        return bool(self.session.glossary_term)

    @Property(str, notify=glossaryChanged)
    def glossaryTerm(self) -> str:
        return self._term()[0]

    @Property(str, notify=glossaryChanged)
    def glossaryDefinition(self) -> str:
        return self._term()[1]

    @Slot()
    def closeGlossary(self) -> None:
        self.session.close_glossary()


assert len(Navigation.Place) == len(SCREENS) and SCREENS[:4] == MAIN_SCREENS
