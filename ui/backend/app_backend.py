"""The object QML sees as ``app``: content, navigation, the patient's display choices and the
slots touches call."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from kiosk import __version__, markup
from kiosk.clinic import Clinic
from kiosk.content import Content
from kiosk.navigation import MAIN_SCREENS, Navigator, Screen
from ui.backend.content_models import FaqModel, NavModel, PageObject, ReferenceModel, rich

log = logging.getLogger(__name__)

TEXT_SIZES = ("standard", "large", "extra_large")
TEXT_SCALES = {"standard": 1.0, "large": 1.25, "extra_large": 1.5}
#: Each language named in itself: a Spanish speaker looks for "Español", not "Spanish".
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


class AppBackend(QObject):
    contentChanged = Signal()
    screenChanged = Signal()
    highlightedReferenceChanged = Signal()
    textSizeChanged = Signal()
    languageChanged = Signal()
    contrastChanged = Signal()
    glossaryChanged = Signal()
    rotationChanged = Signal()
    #: A new patient: every screen scrolls back to the top.
    sessionReset = Signal()
    #: A patient opened a FAQ answer (its id), for the usage statistics.
    faqOpened = Signal(str)
    languageOrClinicChanged = Signal()

    def __init__(
        self,
        contents: Mapping[str, Content] | Content,
        default_text_size: str = "standard",
        default_language: str = "en",
        reduce_motion: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if isinstance(contents, Content):
            contents = {contents.site.language or "en": contents}
        self._contents = dict(contents)
        self._default_language = default_language if default_language in self._contents else next(iter(contents))
        self._language = self._default_language
        self._default_text_size = default_text_size
        self._text_size = default_text_size
        self._high_contrast = False
        self._reduce_motion = reduce_motion
        self._rotation = 0
        self._glossary_term = ""
        self._highlighted = ""
        self._clinic = Clinic()
        #: Called with the new language before content changes, so UI strings switch in the same frame.
        self.on_language: Callable[[str], None] = lambda _lang: None
        self.navigator = Navigator()
        self.navigator.subscribe(self._on_screen)
        self._content = self._contents[self._language]
        self._nav = NavModel(self)
        self._faq = FaqModel(self)
        self._references = ReferenceModel(self)
        self._pages = {s: PageObject(s, self) for s in Screen}
        self.load_content(self._content)

    # ------------------------------------------------------------------ content
    def load_content(self, content: Content) -> None:
        self._content = content
        for screen, page in content.pages.items():
            self._pages[screen].load(page, content)
        faq = content.faq
        self._pages[Screen.FAQ].load_header(faq.title, faq.subtitle, faq.illustration, content)
        refs = content.references
        self._pages[Screen.REFERENCES].load_header(refs.title, refs.subtitle, None, content)
        self._nav.load(content)
        self._faq.load(content)
        self._references.load(content)
        self.contentChanged.emit()

    def replace_contents(self, contents: Mapping[str, Content]) -> None:
        """After a reload: new content for every language, shown in the current one."""
        self._contents = dict(contents)
        if self._language not in self._contents:
            self._language = next(iter(self._contents))
            self.languageChanged.emit()
        self.load_content(self._contents[self._language])

    @property
    def content(self) -> Content:
        return self._content

    appTitle = Property(str, lambda self: self._content.site.app_title, notify=contentChanged)
    disclaimerShort = Property(str, lambda self: self._content.site.disclaimer_short, notify=contentChanged)
    disclaimer = Property(str, lambda self: rich(self._content.site.disclaimer, self._content), notify=contentChanged)
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
    def closeReferences(self) -> None:
        self.navigator.close_references()

    @Slot(str)
    def openLink(self, link: str) -> None:
        """Only internal links exist (``ref:<id>``, ``term:<id>``); anything else is ignored, so
        nothing in the content can lead a patient out of the kiosk."""
        kind, _, ident = link.partition(":")
        if kind == "ref":
            self._set_highlight(ident)
            self.navigator.go(Screen.REFERENCES)
        elif kind == "term" and self._content.glossary.get(ident):
            self._set_glossary(ident)
        else:
            log.warning("ignored link %r", link)

    def _set_highlight(self, ref_id: str) -> None:
        if ref_id != self._highlighted:
            self._highlighted = ref_id
            self.highlightedReferenceChanged.emit()

    @Slot(int)
    def toggleFaq(self, row: int) -> None:
        self._faq.toggle(row)
        if row in self._faq.open_rows():
            self.faqOpened.emit(self._faq.row(row)["faqId"])

    # ------------------------------------------------------------------ glossary
    def _term(self) -> tuple[str, str]:
        term = self._content.glossary.get(self._glossary_term)
        return (term.term, term.definition) if term else ("", "")

    glossaryOpen = Property(bool, lambda self: bool(self._glossary_term), notify=glossaryChanged)
    glossaryTerm = Property(str, lambda self: self._term()[0], notify=glossaryChanged)
    glossaryDefinition = Property(str, lambda self: self._term()[1], notify=glossaryChanged)

    @Slot()
    def closeGlossary(self) -> None:
        self._set_glossary("")

    def _set_glossary(self, ident: str) -> None:
        if ident != self._glossary_term:
            self._glossary_term = ident
            self.glossaryChanged.emit()

    # ------------------------------------------------------------------ display choices
    textSize = Property(str, lambda self: self._text_size, notify=textSizeChanged)
    textScale = Property(float, lambda self: TEXT_SCALES[self._text_size], notify=textSizeChanged)

    def current_text_size(self) -> str:
        return self._text_size

    def current_language(self) -> str:
        return self._language

    @Slot(str)
    def setTextSize(self, size: str) -> None:
        if size in TEXT_SCALES and size != self._text_size:
            log.info("text size %s", size)
            self._text_size = size
            self.textSizeChanged.emit()

    @Slot()
    def cycleTextSize(self) -> None:
        self.setTextSize(TEXT_SIZES[(TEXT_SIZES.index(self._text_size) + 1) % len(TEXT_SIZES)])

    language = Property(str, lambda self: self._language, notify=languageChanged)
    languages = Property(list, lambda self: list(self._contents), notify=languageChanged)

    def _next_language(self) -> str:
        langs = list(self._contents)
        return langs[(langs.index(self._language) + 1) % len(langs)]

    nextLanguage = Property(str, _next_language, notify=languageChanged)
    nextLanguageName = Property(
        str, lambda self: LANGUAGE_NAMES.get(self._next_language(), self._next_language()), notify=languageChanged
    )

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language == self._language or language not in self._contents:
            return
        log.info("language %s", language)
        self._language = language
        self.on_language(language)
        self.load_content(self._contents[language])
        self.languageChanged.emit()
        self.languageOrClinicChanged.emit()

    @Slot()
    def switchLanguage(self) -> None:
        self.setLanguage(self._next_language())

    highContrast = Property(bool, lambda self: self._high_contrast, notify=contrastChanged)

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        if on != self._high_contrast:
            log.info("high contrast %s", "on" if on else "off")
            self._high_contrast = on
            self.contrastChanged.emit()

    reduceMotion = Property(bool, lambda self: self._reduce_motion, constant=True)

    rotation = Property(int, lambda self: self._rotation, notify=rotationChanged)

    def set_rotation(self, degrees: int) -> None:
        if degrees != self._rotation:
            self._rotation = degrees
            self.rotationChanged.emit()

    def screen_text(self) -> tuple[str, str]:
        """The current screen as plain sentences, for reading aloud: (language, text)."""
        c, screen = self._content, self.navigator.current
        parts: list[str] = [c.title(screen)]
        if screen in c.pages:
            page = c.pages[screen]
            parts.append(page.subtitle)
            for section in page.sections:
                parts.extend(section.texts())
        elif screen is Screen.FAQ:
            opened = set(self._faq.open_rows())
            for i, item in enumerate(c.faq.items):
                parts.append(item.question)
                if i in opened:
                    parts.append(item.answer)
        else:
            parts.extend(ref.citation for ref in c.references.items)
        parts.append(c.site.disclaimer)
        return self._language, "\n".join(markup.plain_text(p) for p in parts if p)

    # ------------------------------------------------------------------ the clinic
    clinicChanged = Signal()

    def set_clinic(self, clinic: Clinic) -> None:
        self._clinic = clinic
        self.clinicChanged.emit()
        self.languageOrClinicChanged.emit()

    def _card(self) -> tuple[str, str]:
        card = self._clinic.cards.get(self._language)
        return (card.heading, card.text) if card else ("", "")

    def clinic_line(self) -> str:
        """Name and phone for the take-home text."""
        return " · ".join(v for v in (self._clinic.name, self._clinic.phone) if v)

    clinicName = Property(str, lambda self: self._clinic.name, notify=clinicChanged)
    clinicPhone = Property(str, lambda self: self._clinic.phone, notify=clinicChanged)
    clinicLogo = Property(
        str,
        lambda self: QUrl.fromLocalFile(str(self._clinic.logo)).toString() if self._clinic.logo else "",
        notify=clinicChanged,
    )
    staffCardHeading = Property(str, lambda self: self._card()[0], notify=languageOrClinicChanged)
    staffCardText = Property(str, lambda self: self._card()[1], notify=languageOrClinicChanged)

    # ------------------------------------------------------------------ session
    def reset(self) -> None:
        """A fresh start for the next patient: nothing of the last one stays on screen."""
        visits = self.navigator.visits
        log.info("session reset after %d screen change(s)", sum(visits.values()))
        for screen in visits:
            visits[screen] = 0
        self._faq.close_all()
        self._set_highlight("")
        self._set_glossary("")
        self.setTextSize(self._default_text_size)
        self.setHighContrast(False)
        self.setLanguage(self._default_language)
        self.navigator.reset()
        self.sessionReset.emit()
