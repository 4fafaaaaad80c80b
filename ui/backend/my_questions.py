"""“My questions”: what a patient wants to ask their doctor, gathered while reading and taken home
by QR code. Held only in memory: never written, never logged, never counted by its text; the idle
reset, "Done" and exit clear it."""

from __future__ import annotations

import io
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QSize, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtQuick import QQuickImageProvider

from kiosk.content import Content
from kiosk.take_home import TakeHome, qr_texts
from ui.backend.content_models import RoleListModel

QR_SCALE = 8  # px per module before QML scales it: crisp at any size


def question_texts(content: Content) -> dict[str, str]:
    """Every question a patient can add, by key: FAQ questions and each therapy's doctor questions."""
    texts = {f"faq:{item.id}": item.question for item in content.faq.items}
    for page in content.pages.values():
        texts.update({f"ask:{page.screen.value}:{q.id}": q.text for q in page.questions})
    return texts


class QrImages(QQuickImageProvider):
    """``image://qr/<n>``: the n-th code of the current take-home text, black on white with its
    quiet zone, whatever the theme (phones read dark-on-light best)."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Pixmap)
        self.texts: list[str] = []

    def requestPixmap(self, ident: str, size: QSize, requested: QSize) -> QPixmap:
        index = int(ident.split("?")[0]) if ident.split("?")[0].isdigit() else -1
        pixmap = QPixmap()
        if 0 <= index < len(self.texts):
            import segno  # only when a code is shown: it pulls in urllib/http.client, 25 ms at start-up

            buffer = io.BytesIO()
            code = segno.make(self.texts[index], error="m", micro=False)
            code.save(buffer, kind="png", scale=QR_SCALE, border=4, dark="#000000", light="#ffffff")
            pixmap.loadFromData(buffer.getvalue())
        size.setWidth(pixmap.width())
        size.setHeight(pixmap.height())
        return pixmap


class MyQuestions(QObject):
    changed = Signal()
    codesChanged = Signal()
    #: A patient asked for take-home codes (how many), for the usage statistics: counts only.
    qrShown = Signal(int)

    def __init__(
        self,
        content: Callable[[], Content],
        clinic_line: Callable[[], str],
        qr: QrImages,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._clinic_line = clinic_line
        self._qr = qr
        self._keys: list[str] = []
        self._model = ListModel(self)
        self._generation = 0
        self._codes: list[str] = []
        self._open = False

    openChanged = Signal()
    isOpen = Property(bool, lambda self: self._open, notify=openChanged)

    @Slot(bool)
    def setOpen(self, on: bool) -> None:
        if on != self._open:
            self._open = on
            if not on:
                self._set_codes([])
            self.openChanged.emit()

    keys = Property(list, lambda self: list(self._keys), notify=changed)
    count = Property(int, lambda self: len(self._keys), notify=changed)
    model = Property(QObject, lambda self: self._model, constant=True)
    codes = Property(list, lambda self: list(self._codes), notify=codesChanged)

    def is_open(self) -> bool:
        return self._open

    def size(self) -> int:
        return len(self._keys)

    @Slot(str)
    def toggle(self, key: str) -> None:
        if key in self._keys:
            self._keys.remove(key)
        elif key in question_texts(self._content()):
            self._keys.append(key)
        self.refresh()

    @Slot(str)
    def remove(self, key: str) -> None:
        if key in self._keys:
            self._keys.remove(key)
            self.refresh()

    @Slot()
    def clear(self) -> None:
        self._keys.clear()
        self._set_codes([])
        self.setOpen(False)
        self.refresh()

    def refresh(self) -> None:
        """Texts follow the current language; the list itself stays."""
        texts = question_texts(self._content())
        self._keys = [k for k in self._keys if k in texts]
        self._model.set_rows([{"key": k, "text": texts[k]} for k in self._keys])
        if self._codes:
            self._show_questions() if self._keys else self._set_codes([])
        self.changed.emit()

    def question_lines(self) -> list[str]:
        texts = question_texts(self._content())
        return [f"{i}. {texts[k]}" for i, k in enumerate(self._keys, start=1)]

    @Slot()
    def showQuestionCodes(self) -> None:
        self._show_questions()
        self.qrShown.emit(len(self._codes))

    def _show_questions(self) -> None:
        title = self.tr("My questions for the doctor")
        self._show(TakeHome(title, time.strftime("%Y-%m-%d"), self._clinic_line(), tuple(self.question_lines())))

    @Slot()
    def showReferenceCodes(self) -> None:
        content = self._content()
        lines = tuple(f"{i}. {r.citation}" for i, r in enumerate(content.references.items, start=1))
        title = self.tr("Studies to look up later")
        self._show(TakeHome(title, time.strftime("%Y-%m-%d"), self._clinic_line(), lines))
        self.qrShown.emit(len(self._codes))

    @Slot()
    def hideCodes(self) -> None:
        self._set_codes([])

    def _show(self, card: TakeHome) -> None:
        self._qr.texts = qr_texts(card)
        self._generation += 1
        # A new generation in the URL: QML must not show a cached picture of the previous list.
        self._set_codes([f"image://qr/{i}?g={self._generation}" for i in range(len(self._qr.texts))])

    @property
    def code_texts(self) -> list[str]:
        return list(self._qr.texts) if self._codes else []

    def _set_codes(self, codes: list[str]) -> None:
        if codes != self._codes:
            self._codes = codes
            self.codesChanged.emit()


class ListModel(RoleListModel):
    ROLES = ("key", "text")
