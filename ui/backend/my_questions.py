"""``MyQuestions`` in QML: what a patient wants to ask their doctor, gathered while reading and
taken home by QR code. The list itself is the session's (memory only: never written, never
logged, never counted by its text; the idle reset, "Done" and exit clear it); this object shows
it in the current language and draws the codes."""

from __future__ import annotations

import io
import time

from PySide6.QtCore import Property, QObject, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine
from PySide6.QtQuick import QQuickImageProvider

from kiosk.content.model import Content
from kiosk.content.read_aloud import list_text
from kiosk.content.take_home import (
    SavedQuestion,
    TakeHomeCard,
    list_texts,
    qr_texts,
    reference_lines,
    saveable_questions,
)
from kiosk.session.state import Session, TakeHome, TakeHomeKind
from ui.backend.content_backend import ContentBackend
from ui.backend.content_models import QuestionRows, RoleListModel
from ui.backend.registry import provided

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

QR_SCALE = 8  # px per module before QML scales it: crisp at any size
# How long "Undo" is offered after a patient clears their list.
UNDO_MS = 10_000
KIND_NAMES = {TakeHomeKind.NONE: "", TakeHomeKind.QUESTIONS: "questions", TakeHomeKind.REFERENCES: "references"}


class QrImages(QQuickImageProvider):
    """``image://qr/<n>``: the n-th code of the take-home text on screen, black on white with its
    quiet zone, whatever the theme (phones read dark-on-light best)."""

    def __init__(self, session: Session) -> None:
        super().__init__(QQuickImageProvider.ImageType.Pixmap)
        self.session = session

    def requestPixmap(self, ident: str, size: QSize, requested: QSize) -> QPixmap:
        number = ident.split("?")[0]
        texts = self.session.take_home.texts
        index = int(number) if number.isdigit() else -1
        pixmap = QPixmap()
        if 0 <= index < len(texts):
            import segno  # only when a code is shown: it pulls in urllib/http.client, 25 ms at start-up

            buffer = io.BytesIO()
            code = segno.make(texts[index], error="m", micro=False)
            code.save(buffer, kind="png", scale=QR_SCALE, border=4, dark="#000000", light="#ffffff")
            pixmap.loadFromData(buffer.getvalue())
        size.setWidth(pixmap.width())
        size.setHeight(pixmap.height())
        return pixmap


@QmlElement
@QmlSingleton
class MyQuestions(QObject):
    changed = Signal()
    # Apart from ``changed``: every "Add to my list" reads the texts, and a dict of them all
    # made into a JavaScript object for each of them on every tap grew the JS heap by ~15 MiB.
    textsChanged = Signal()
    codesChanged = Signal()
    undoChanged = Signal()

    def __init__(
        self, session: Session, content: ContentBackend, clinic_line: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._content = content
        # The saveable questions, with the content they were worked out from.
        self._questions_of: tuple[Content, dict[str, SavedQuestion]] | None = None
        self.clinic_line = clinic_line
        self._model = QuestionRows(self)
        self._generation = 0
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(session.forget_cleared)
        events = session.events
        events.saved_questions.connect(lambda _keys: self._refresh())
        events.take_home.connect(lambda _take_home: self._codes_changed())
        events.can_undo_clear.connect(lambda _can: self.undoChanged.emit())
        content.contentChanged.connect(self._refresh)
        content.contentChanged.connect(self.textsChanged)

    @staticmethod
    def create(engine: QQmlEngine) -> MyQuestions:
        return provided(MyQuestions, engine)

    @Property(list, notify=changed)
    def keys(self) -> list[str]:
        return list(self.session.saved_questions)

    @Property(int, notify=changed)
    def count(self) -> int:
        return len(self.session.saved_questions)

    @Property(dict, notify=textsChanged)
    def questionTexts(self) -> dict[str, str]:
        """Every question a patient can add, by key, in the current language: each "Add to my
        list" names its question to a screen reader."""
        return {key: q.text for key, q in self._questions().items()}

    @Property(RoleListModel, constant=True)
    def model(self) -> RoleListModel:
        return self._model

    @Property(list, notify=codesChanged)
    def codes(self) -> list[str]:
        # A new generation in each URL: QML must not show a cached picture of the previous list.
        return [f"image://qr/{i}?g={self._generation}" for i in range(len(self.session.take_home.texts))]

    @Property(str, notify=codesChanged)
    def codesKind(self) -> str:
        """Which list the codes on screen hold: "questions", "references", or "" for none."""
        return KIND_NAMES[self.session.take_home.kind]

    @Property(bool, notify=undoChanged)
    def canUndo(self) -> bool:
        return bool(self.session.cleared_questions)

    @Slot(str)
    def toggle(self, key: str) -> None:
        if key in self.session.saved_questions or key in self._questions():
            self.session.toggle_saved(key)

    @Slot(str)
    def remove(self, key: str) -> None:
        self.session.set_saved([k for k in self.session.saved_questions if k != key])

    @Slot()
    def clear(self) -> None:
        """The patient confirmed: the list goes, and Undo is offered for a while."""
        self.session.clear_saved()
        self._undo_timer.start()

    @Slot()
    def undoClear(self) -> None:
        self._undo_timer.stop()
        self.session.undo_clear()

    @Slot()
    def showQuestionCodes(self) -> None:
        self.session.show_take_home(self._take_home(TakeHomeKind.QUESTIONS))

    @Slot()
    def showReferenceCodes(self) -> None:
        self.session.show_take_home(self._take_home(TakeHomeKind.REFERENCES))

    @Slot()
    def hideCodes(self) -> None:
        self.session.hide_take_home()

    def spoken(self) -> str:
        """What Listen reads on this layer: its title, then each question (or that there are none)."""
        return list_text(self.tr("My list to ask the doctor"), self.question_lines(), self.tr("Your list is empty."))

    def question_lines(self) -> list[str]:
        return [f"{i}. {q.line()}" for i, q in enumerate(self._saved(), start=1)]

    def _questions(self) -> dict[str, SavedQuestion]:
        """What can be saved, in the current language, with the clinic's emergency number kept
        in every short answer that tells a patient to call it. Worked out once per content (a
        language switch or a new content load), not on every tap of "Add to my list"."""
        content = self._content.content
        if self._questions_of is None or self._questions_of[0] is not content:
            self._questions_of = (content, saveable_questions(content, self._content.library.emergency_number))
        return self._questions_of[1]

    def _saved(self) -> list[SavedQuestion]:
        questions = self._questions()
        return [questions[k] for k in self.session.saved_questions if k in questions]

    def _take_home(self, kind: TakeHomeKind) -> TakeHome:
        date = time.strftime("%Y-%m-%d")
        if kind is TakeHomeKind.QUESTIONS:
            saved = self._saved()
            title = self.tr("My list to ask the doctor")
            texts = list_texts(title, date, self.clinic_line, saved) if saved else []
        else:
            lines = reference_lines(self._content.content)
            card = TakeHomeCard(self.tr("Studies to look up later"), date, self.clinic_line, lines)
            texts = qr_texts(card) if lines else []
        return TakeHome(kind, tuple(texts)) if texts else TakeHome()

    def _refresh(self) -> None:
        """Texts follow the current language; the list itself stays, and codes on screen are redrawn."""
        questions = self._questions()
        self._model.set_rows(
            [
                {"key": k, "topic": questions[k].topic, "text": questions[k].text}
                for k in self.session.saved_questions
                if k in questions
            ]
        )
        kind = self.session.take_home.kind
        if kind is not TakeHomeKind.NONE:
            self.session.show_take_home(self._take_home(kind))
        self.changed.emit()

    def _codes_changed(self) -> None:
        self._generation += 1
        self.codesChanged.emit()
