"""List models and page objects that carry validated content to QML.

Rich text (citation superscripts) is prepared here once per content load, so QML delegates only
bind strings and nothing is parsed on the tap path.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QUrl,
    Signal,
)
from PySide6.QtQml import QmlElement

from kiosk.content import markup
from kiosk.content.model import Comparison, Content, DoctorQuestion, FaqTopic, Illustration, Page
from kiosk.files.resources import images_root
from kiosk.session.navigation import MAIN_SCREENS, Screen
from ui.backend.registry import qml_uncreatable

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

Index = QModelIndex | QPersistentModelIndex
# Rich text cannot take its link colour from QML, so links carry this token and RichParagraph
# swaps in the theme's colour (which changes with the high-contrast switch).
LINK_COLOR = "@@LINK@@"
# Qt::UserRole: the first role number a model may give its own roles. A number, not
# Qt.ItemDataRole.UserRole: naming that makes PySide build all of Qt's enums before the first frame.
USER_ROLE = 0x0100


def rich(text: str, content: Content) -> str:
    """The app's own markup (citation numbers, glossary links) around escaped content text: the
    only rich text the kiosk shows. Everything else is shown as plain text."""
    return markup.rich_text(text, content.references.numbers, LINK_COLOR, content.glossary.definitions)


def paragraph(text: str, content: Content) -> dict[str, str]:
    """A paragraph as QML needs it: rich text to show, plain text for screen readers."""
    return {"rich": rich(text, content), "plain": markup.plain_text(text)}


# Icons for the navigation bar (qtawesome names); a UI concern, so not in the content files.
SCREEN_ICONS: dict[Screen, str] = {
    Screen.OVERVIEW: "mdi6.home-outline",
    Screen.NEUROSTIMULATORS: "mdi6.pulse",
    Screen.DRUG_PUMPS: "mdi6.water-outline",
    Screen.FAQ: "mdi6.chat-question-outline",
    Screen.REFERENCES: "mdi6.book-open-variant",
}


#: The still parts of each therapy's "How it works" picture (bundled art, never a clinic's
#: pictures: the moving parts are drawn in QML to fit these very shapes).
MOTION_ART: dict[Screen, str] = {
    Screen.NEUROSTIMULATORS: "motion/stimulator_base.svg",
    Screen.DRUG_PUMPS: "motion/pump_base.svg",
}


def image_url(illustration: Illustration | None, images: Path) -> str:
    if illustration is None or not illustration.image:
        return ""
    path = images / illustration.image
    return QUrl.fromLocalFile(str(path)).toString() if path.is_file() else ""


@QmlElement
@qml_uncreatable("made by the kiosk from its content")
class RoleListModel(QAbstractListModel):
    """A read-only list of dicts with fixed role names; subclasses add fine-grained setters."""

    ROLES: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Same items (a language switch): update in place, so delegates, their state and the
        scroll position survive. Different items (a content reload): reset."""
        key = self.ROLES[0]
        if self._rows and [r.get(key) for r in rows] == [r.get(key) for r in self._rows]:
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.countChanged.emit()

    countChanged = Signal()

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = 0) -> Any:  # 0: Qt::DisplayRole
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self.ROLES[role - USER_ROLE - 1] if role > USER_ROLE else None
        return self._rows[index.row()].get(name) if name else None

    def roleNames(self) -> dict[int, QByteArray]:
        return {USER_ROLE + 1 + i: QByteArray(n.encode()) for i, n in enumerate(self.ROLES)}

    def row(self, i: int) -> dict[str, Any]:
        return self._rows[i]

    def _set(self, row: int, name: str, value: Any) -> None:
        if self._rows[row].get(name) == value:
            return
        self._rows[row][name] = value
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [USER_ROLE + 1 + self.ROLES.index(name)])


class NavModel(RoleListModel):
    """The navigation bar: each main screen's id, its place (``Navigation.Place``), label and icon."""

    ROLES = ("screenId", "place", "label", "icon")

    def load(self, content: Content) -> None:
        self.set_rows(
            [
                {
                    "screenId": s.value,
                    "place": list(Screen).index(s),
                    "label": content.short_title(s),
                    "icon": SCREEN_ICONS[s],
                }
                for s in MAIN_SCREENS
            ]
        )


class SectionModel(RoleListModel):
    ROLES = ("sectionId", "heading", "chip", "paragraphs", "bullets", "imageUrl", "imageAlt")


class FaqModel(RoleListModel):
    """FAQ items in screen order (grouped by topic) with their open/closed state, which mirrors the
    session's (so the idle reset closes every answer). The first question of a topic carries the
    topic's name: the screen puts its heading there."""

    ROLES = ("faqId", "topicId", "topicHeading", "question", "answer", "answerPlain", "open")

    def load(self, content: Content, opened: frozenset[str]) -> None:
        self.set_rows(
            [
                {
                    "faqId": item.id,
                    "topicId": topic.id,
                    # One group (a FAQ without topics) needs no heading over it.
                    "topicHeading": topic.name if i == 0 and len(content.faq.topics) > 1 else "",
                    "question": item.question,
                    "answer": rich(item.answer, content),
                    "answerPlain": markup.plain_text(item.answer),
                    "open": item.id in opened,
                }
                for topic, items in content.faq.groups()
                for i, item in enumerate(items)
            ]
        )

    def set_open(self, opened: frozenset[str]) -> None:
        for row in range(self.rowCount()):
            self._set(row, "open", self.row(row)["faqId"] in opened)


class ReferenceModel(RoleListModel):
    """Each study: what it found in plain words, who paid for it, and the full citation."""

    ROLES = ("refId", "number", "finding", "fundedBy", "citation")

    def load(self, content: Content) -> None:
        self.set_rows(
            [
                {
                    "refId": ref.id,
                    "number": i,
                    "finding": ref.what_it_found,
                    "fundedBy": ref.funded_by,
                    "citation": ref.citation,
                }
                for i, ref in enumerate(content.references.items, start=1)
            ]
        )


class CompareModel(RoleListModel):
    """The comparison's rows: each question patients weigh, and one answer per column (rich text
    to show, plain text for screen readers), in the order of the column headings."""

    ROLES = ("rowId", "heading", "cells")

    def load(self, compare: Comparison, content: Content) -> None:
        self.set_rows(
            [
                {"rowId": row.id, "heading": row.heading, "cells": [paragraph(c, content) for c in row.cells]}
                for row in compare.rows
            ]
        )


class QuestionRows(RoleListModel):
    """Questions a patient can save (a therapy's questions) or has saved (with their topic)."""

    ROLES = ("key", "text", "topic")


@QmlElement
@qml_uncreatable("made by the kiosk from its content")
class PageObject(QObject):
    """One information screen: header fields as properties, sections as a model."""

    changed = Signal()

    def __init__(self, screen: Screen, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.screen = screen
        self._fields: dict[str, str] = dict.fromkeys(("title", "subtitle", "subtitlePlain", "imageUrl", "imageAlt"), "")
        self._sections = SectionModel(self)
        self._questions = QuestionRows(self)
        self._motion: dict[str, Any] = {}

    def load_header(self, title: str, subtitle: str, illustration: Illustration | None, content: Content) -> None:
        self._fields = {
            "title": title,
            "subtitle": rich(subtitle, content),
            "subtitlePlain": markup.plain_text(subtitle),
            "imageUrl": image_url(illustration, content.images),
            "imageAlt": illustration.alt if illustration else "",
        }
        self.changed.emit()

    def load(self, page: Page, content: Content) -> None:
        motion = page.how_it_works
        self._motion = (
            {
                "section": motion.section,
                "heading": motion.heading,
                "description": markup.plain_text(motion.description),
                "steps": [{"scene": s.scene, **paragraph(s.caption, content)} for s in motion.steps],
            }
            if motion
            else {}
        )
        self.load_header(page.title, page.subtitle, page.illustration, content)
        self.load_questions(page.questions)
        self._sections.set_rows(
            [
                {
                    "sectionId": s.id,
                    "heading": s.heading,
                    "chip": s.chip or s.heading,
                    "paragraphs": [paragraph(p, content) for p in s.paragraphs],
                    "bullets": [paragraph(b, content) for b in s.bullets],
                    "imageUrl": image_url(s.illustration, content.images),
                    "imageAlt": s.illustration.alt if s.illustration else "",
                }
                for s in page.sections
            ]
        )

    def load_questions(self, questions: Sequence[DoctorQuestion]) -> None:
        """The questions to ask the doctor that end this screen, keyed as My questions saves them."""
        self._questions.set_rows([{"key": f"ask:{self.screen.value}:{q.id}", "text": q.text} for q in questions])

    def load_topics(self, topics: Sequence[FaqTopic]) -> None:
        """The FAQ's topics are its sections: a chip for each at the top (SectionChips), as on a
        therapy page, and a heading over its questions."""
        self._sections.set_rows(
            [
                {
                    "sectionId": t.id,
                    "heading": t.name,
                    "chip": t.name,
                    "paragraphs": [],
                    "bullets": [],
                    "imageUrl": "",
                    "imageAlt": "",
                }
                for t in topics
            ]
        )

    @Property(str, constant=True)
    def screenId(self) -> str:
        return self.screen.value

    @Property(str, notify=changed)
    def title(self) -> str:
        return self._fields["title"]

    @Property(str, notify=changed)
    def subtitle(self) -> str:
        return self._fields["subtitle"]

    @Property(str, notify=changed)
    def subtitlePlain(self) -> str:
        return self._fields["subtitlePlain"]

    @Property(str, notify=changed)
    def imageUrl(self) -> str:
        return self._fields["imageUrl"]

    @Property(str, notify=changed)
    def imageAlt(self) -> str:
        return self._fields["imageAlt"]

    @Property(str, notify=changed)
    def motionSection(self) -> str:
        """The section the "How it works" animation stands in ("" for none)."""
        return str(self._motion.get("section", ""))

    @Property(str, constant=True)
    def motionArtUrl(self) -> str:
        art = MOTION_ART.get(self.screen)
        return QUrl.fromLocalFile(str(images_root() / art)).toString() if art else ""

    @Property(str, notify=changed)
    def motionHeading(self) -> str:
        return str(self._motion.get("heading", ""))

    @Property(str, notify=changed)
    def motionDescription(self) -> str:
        return str(self._motion.get("description", ""))

    @Property(list, notify=changed)
    def motionSteps(self) -> list[dict[str, str]]:
        """Each step: the scene the picture draws, and its caption (rich, and plain for speech)."""
        return list(self._motion.get("steps", []))

    @Property(RoleListModel, constant=True)
    def sections(self) -> RoleListModel:
        return self._sections

    @Property(RoleListModel, constant=True)
    def questions(self) -> RoleListModel:
        return self._questions
