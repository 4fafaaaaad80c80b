"""``Content`` in QML: the current language's content as page objects and list models.

Rich text (citation numbers, glossary links) is prepared here once per content load, so QML
delegates only bind strings and nothing is parsed on the tap path.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlSingleton, QQmlEngine

from kiosk.content import markup
from kiosk.content.library import ContentLibrary
from kiosk.content.model import Content
from kiosk.session.choices import Language
from kiosk.session.navigation import Screen
from kiosk.session.state import Session
from ui.backend.content_models import (
    CompareModel,
    FaqModel,
    NavModel,
    PageObject,
    ReferenceModel,
    RoleListModel,
    rich,
)
from ui.backend.registry import provided, qml_named

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@qml_named("Content")
@QmlSingleton
class ContentBackend(QObject):
    contentChanged = Signal()

    def __init__(self, library: ContentLibrary, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.session = session
        self._content = self._content_for(session.language)
        self._nav = NavModel(self)
        self._faq = FaqModel(self)
        self._references = ReferenceModel(self)
        self._compare = CompareModel(self)
        self._pages: dict[Screen, PageObject] = {s: PageObject(s, self) for s in Screen if s is not Screen.MY_QUESTIONS}
        self._load(self._content)
        session.events.language.connect(lambda language: self._load(self._content_for(language)))
        session.events.open_faq.connect(self._faq.set_open)

    @staticmethod
    def create(engine: QQmlEngine) -> ContentBackend:
        return provided(ContentBackend, engine)

    def _content_for(self, language: Language) -> Content:
        content = self.library.content(language)
        if content is None:  # the session only offers languages with content; never left blank
            content = self.library.content(self.library.offered()[0])
        assert content is not None
        return content

    @property
    def content(self) -> Content:
        return self._content

    def replace_library(self, library: ContentLibrary) -> None:
        """New content (reloaded by staff): shown at once in the current language."""
        self.library = library
        self._load(self._content_for(self.session.language))

    def _load(self, content: Content) -> None:
        self._content = content
        for screen, page in content.pages.items():
            self._pages[screen].load(page, content)
        faq = content.faq
        self._pages[Screen.FAQ].load_header(faq.title, faq.subtitle, faq.illustration, content)
        self._pages[Screen.FAQ].load_topics(faq.topics)
        refs = content.references
        self._pages[Screen.REFERENCES].load_header(refs.title, refs.subtitle, None, content)
        compare = content.compare
        self._pages[Screen.COMPARE].load_header(compare.title, compare.subtitle, None, content)
        self._pages[Screen.COMPARE].load_questions(compare.questions)
        self._compare.load(compare, content)
        self._nav.load(content)
        self._faq.load(content, self.session.open_faq)
        self._references.load(content)
        self.contentChanged.emit()

    @Property(str, notify=contentChanged)
    def appTitle(self) -> str:
        return self._content.site.app_title

    @Property(str, notify=contentChanged)
    def disclaimerShort(self) -> str:
        return self._content.site.disclaimer_short

    @Property(str, notify=contentChanged)
    def disclaimer(self) -> str:
        return rich(self._content.site.disclaimer, self._content)

    @Property(str, notify=contentChanged)
    def disclaimerPlain(self) -> str:
        return markup.plain_text(self._content.site.disclaimer)

    @Property(RoleListModel, constant=True)
    def navModel(self) -> RoleListModel:
        return self._nav

    @Property(RoleListModel, constant=True)
    def faqModel(self) -> RoleListModel:
        return self._faq

    @Property(RoleListModel, constant=True)
    def referenceModel(self) -> RoleListModel:
        return self._references

    @Property(PageObject, constant=True)
    def comparePage(self) -> PageObject:
        """ "Compare the two": its title, subtitle and the questions that end it."""
        return self._pages[Screen.COMPARE]

    @Property(str, notify=contentChanged)
    def compareShortTitle(self) -> str:
        return self._content.compare.short_title

    @Property(RoleListModel, constant=True)
    def compareRows(self) -> RoleListModel:
        return self._compare

    @Property(list, notify=contentChanged)
    def compareColumns(self) -> list[str]:
        return list(self._content.compare.columns)

    @Property(bool, notify=contentChanged)
    def hasComparison(self) -> bool:
        """False for the built-in notice: no "Compare the two" to offer."""
        return bool(self._content.compare.rows)

    @Property(str, notify=contentChanged)
    def compareNote(self) -> str:
        return rich(self._content.compare.note, self._content)

    @Property(str, notify=contentChanged)
    def compareNotePlain(self) -> str:
        return markup.plain_text(self._content.compare.note)

    @Property(PageObject, constant=True)
    def overview(self) -> PageObject:
        return self._pages[Screen.OVERVIEW]

    @Property(PageObject, constant=True)
    def neurostimulators(self) -> PageObject:
        return self._pages[Screen.NEUROSTIMULATORS]

    @Property(PageObject, constant=True)
    def drugPumps(self) -> PageObject:
        return self._pages[Screen.DRUG_PUMPS]

    @Property(PageObject, constant=True)
    def faqPage(self) -> PageObject:
        return self._pages[Screen.FAQ]

    @Property(PageObject, constant=True)
    def referencesPage(self) -> PageObject:
        return self._pages[Screen.REFERENCES]

    @Slot(str, result=list)
    def links(self, rich: str) -> list[dict[str, object]]:
        """The links of a paragraph's rich text, each with its place in the text as shown and
        what a screen reader calls it: RichParagraph lays a real control over each."""
        names = {ref.id: ref.short_name for ref in self._content.references.items}
        return [
            {
                "target": link.target,
                "kind": link.kind,
                "label": link.label,
                "source": names.get(link.ident, "") if link.kind == "ref" else "",
                "start": link.start,
                "end": link.end,
            }
            for link in markup.links_in(rich)
        ]

    @Slot(str)
    def toggleFaq(self, faq_id: str) -> None:
        self.session.toggle_faq(faq_id)
