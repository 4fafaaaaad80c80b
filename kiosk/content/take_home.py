"""What a patient takes home by QR code: plain text that any phone camera shows as it is,
with no app, no link and no network.

A code stays comfortably scannable from 50 cm on a kiosk screen up to a few hundred bytes; a
longer list is split into numbered codes ("1/2", "2/2") rather than one dense code that fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.content.model import Content

#: UTF-8 bytes per code: QR version ≈ 15 at error correction M, modules big enough to read at 50 cm.
MAX_BYTES = 400


@dataclass(frozen=True)
class TakeHomeCard:
    title: str
    date: str
    clinic: str
    lines: tuple[str, ...]


def header(card: TakeHomeCard, part: int, parts: int) -> str:
    lines = [card.title + (f" ({part}/{parts})" if parts > 1 else ""), card.date]
    if card.clinic:
        lines.append(card.clinic)
    return "\n".join(lines)


def qr_texts(card: TakeHomeCard, max_bytes: int = MAX_BYTES) -> list[str]:
    """The texts of the codes: one if it fits, else as few numbered parts as needed. A line
    longer than a whole code is cut, never dropped."""
    parts = 1
    while True:
        chunks = _greedy(card, parts, max_bytes)
        if len(chunks) <= parts:
            total = len(chunks)
            return [_text(card, i, total, chunk) for i, chunk in enumerate(chunks, start=1)]
        parts = len(chunks)


def _greedy(card: TakeHomeCard, parts: int, max_bytes: int) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    for line in card.lines:
        if len(_text(card, len(chunks), parts, [*chunks[-1], line]).encode()) > max_bytes and chunks[-1]:
            chunks.append([])
        room = max_bytes - len(_text(card, len(chunks), parts, chunks[-1]).encode()) - 1
        chunks[-1].append(line.encode()[:room].decode("utf-8", errors="ignore"))
    return chunks


def _text(card: TakeHomeCard, part: int, parts: int, lines: Sequence[str]) -> str:
    return header(card, part, parts) + "\n\n" + "\n".join(lines)


@dataclass(frozen=True)
class SavedQuestion:
    """A question a patient can add to their list, with the topic it came from, so the list (and
    the paper at home) still says which treatment "Is it permanent?" was about."""

    topic: str
    text: str

    def line(self) -> str:
        return f"{self.topic}: {self.text}"


def saveable_questions(content: Content) -> dict[str, SavedQuestion]:
    """Every question a patient can add, by key: the common questions and each therapy's
    questions for the doctor."""
    questions = {f"faq:{item.id}": SavedQuestion(content.faq.short_title, item.question) for item in content.faq.items}
    for page in content.pages.values():
        for q in page.questions:
            questions[f"ask:{page.screen.value}:{q.id}"] = SavedQuestion(page.short_title, q.text)
    return questions


def reference_lines(content: Content) -> tuple[str, ...]:
    """The studies, short enough that all of them fit one code: first author, year, journal,
    volume and pages are enough to find each one."""
    lines = []
    for i, ref in enumerate(content.references.items, start=1):
        first_author = ref.authors.split(",")[0].strip()
        lines.append(f"{i}. {first_author} {ref.year}. {ref.journal} {ref.volume}:{ref.pages}")
    return tuple(lines)
