"""The object QML sees as ``app``: content, navigation state and the slots touches call."""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk import __version__, markup
from kiosk.content import Content
from kiosk.navigation import MAIN_SCREENS, Navigator, Screen
from ui.backend.content_models import LINK_COLOR, FaqModel, NavModel, PageObject, ReferenceModel

log = logging.getLogger(__name__)


TEXT_SCALES = {"standard": 1.0, "large": 1.25, "extra_large": 1.5}


class AppBackend(QObject):
    contentChanged = Signal()
    screenChanged = Signal()
    highlightedReferenceChanged = Signal()
    textSizeChanged = Signal()
    #: A new patient: every screen scrolls back to the top.
    sessionReset = Signal()

    def __init__(self, content: Content, default_text_size: str = "standard", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._default_text_size = default_text_size
        self._text_size = default_text_size
        self._rotation = 0
        self.navigator = Navigator()
        self.navigator.subscribe(self._on_screen)
        self._content = content
        self._highlighted = ""
        self._nav = NavModel(self)
        self._faq = FaqModel(self)
        self._references = ReferenceModel(self)
        self._pages = {s: PageObject(s, self) for s in Screen}
        self.load_content(content)

    # ------------------------------------------------------------------ content
    def load_content(self, content: Content) -> None:
        self._content = content
        numbers = content.references.numbers
        for screen, page in content.pages.items():
            self._pages[screen].load(page, content)
        faq = content.faq
        self._pages[Screen.FAQ].load_header(faq.title, faq.subtitle, faq.illustration, content)
        refs = content.references
        self._pages[Screen.REFERENCES].load_header(refs.title, refs.subtitle, None, content)
        self._nav.load(content)
        self._faq.load(content, numbers)
        self._references.load(content)
        self.contentChanged.emit()

    @property
    def content(self) -> Content:
        return self._content

    appTitle = Property(str, lambda self: self._content.site.app_title, notify=contentChanged)
    disclaimerShort = Property(str, lambda self: self._content.site.disclaimer_short, notify=contentChanged)
    disclaimer = Property(
        str,
        lambda self: _rich(self._content.site.disclaimer, self._content),
        notify=contentChanged,
    )
    version = Property(str, lambda self: __version__, constant=True)
    contentVersion = Property(str, lambda self: self._content.site.content_version, notify=contentChanged)

    navModel = Property(QObject, lambda self: self._nav, constant=True)
    faqModel = Property(QObject, lambda self: self._faq, constant=True)
    referenceModel = Property(QObject, lambda self: self._references, constant=True)
    overview = Property(QObject, lambda self: self._pages[Screen.OVERVIEW], constant=True)
    neurostimulators = Property(QObject, lambda self: self._pages[Screen.NEUROSTIMULATORS], constant=True)
    drugPumps = Property(QObject, lambda self: self._pages[Screen.DRUG_PUMPS], constant=True)
    faqPage = Property(QObject, lambda self: self._pages[Screen.FAQ], constant=True)
    referencesPage = Property(QObject, lambda self: self._pages[Screen.REFERENCES], constant=True)

    # ------------------------------------------------------------------ navigation
    def _on_screen(self, screen: Screen) -> None:
        log.info("screen %s", screen.value)
        self.screenChanged.emit()

    currentIndex = Property(int, lambda self: self.navigator.main_index, notify=screenChanged)
    currentScreen = Property(str, lambda self: self.navigator.current.value, notify=screenChanged)
    referencesOpen = Property(bool, lambda self: self.navigator.references_open, notify=screenChanged)
    mainScreenCount = Property(int, lambda self: len(MAIN_SCREENS), constant=True)
    highlightedReference = Property(str, lambda self: self._highlighted, notify=highlightedReferenceChanged)

    @Slot(str)
    def go(self, screen_id: str) -> None:
        self._set_highlight("")
        self.navigator.go(Screen(screen_id))

    @Slot(int)
    def goIndex(self, index: int) -> None:
        self.navigator.go_index(index)

    @Slot()
    def next(self) -> None:
        self.navigator.next()

    @Slot()
    def previous(self) -> None:
        self.navigator.previous()

    @Slot()
    def closeReferences(self) -> None:
        self.navigator.close_references()

    @Slot(str)
    def openLink(self, link: str) -> None:
        """Only internal ``ref:<id>`` links exist; anything else is ignored (no way out of the app)."""
        if link.startswith("ref:"):
            self._set_highlight(link[4:])
            self.navigator.go(Screen.REFERENCES)
        else:
            log.warning("ignored link %r", link)

    def _set_highlight(self, ref_id: str) -> None:
        if ref_id != self._highlighted:
            self._highlighted = ref_id
            self.highlightedReferenceChanged.emit()

    @Slot(int)
    def toggleFaq(self, row: int) -> None:
        self._faq.toggle(row)

    rotationChanged = Signal()
    rotation = Property(int, lambda self: self._rotation, notify=rotationChanged)

    def set_rotation(self, degrees: int) -> None:
        if degrees != self._rotation:
            self._rotation = degrees
            self.rotationChanged.emit()

    textSize = Property(str, lambda self: self._text_size, notify=textSizeChanged)
    textScale = Property(float, lambda self: TEXT_SCALES[self._text_size], notify=textSizeChanged)

    @Slot(str)
    def setTextSize(self, size: str) -> None:
        if size in TEXT_SCALES and size != self._text_size:
            log.info("text size %s", size)
            self._text_size = size
            self.textSizeChanged.emit()

    def reset(self) -> None:
        """A fresh start for the next patient: nothing of the last one stays on screen."""
        log.info("session reset")
        self._faq.close_all()
        self._set_highlight("")
        self.setTextSize(self._default_text_size)
        self.navigator.reset()
        self.sessionReset.emit()


def _rich(text: str, content: Content) -> str:
    return markup.rich_text(text, content.references.numbers, LINK_COLOR)
