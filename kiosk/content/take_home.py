"""What a patient takes home by QR code: plain text that any phone camera shows as it is,
with no app, no link and no network. Nothing personal: the list's questions with a short answer
each, the date, and the clinic's name and phone.

A code stays comfortably scannable from 50 cm on a kiosk screen up to a few hundred bytes; a
longer list is split into numbered codes ("1/2", "2/2") rather than one dense code that fails.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.content import markup
from kiosk.content.model import Content
from kiosk.content.schema import DEFAULT_EMERGENCY_NUMBER
from kiosk.session.navigation import Screen

#: UTF-8 bytes per code: QR version ≈ 15 at error correction M, modules big enough to read at 50 cm.
MAX_BYTES = 400
#: The most codes a list's answers may take: past this, the last questions' answers are left
#: out (their questions and the clinic's phone always stay), so a long list asks a patient to
#: scan a few codes, not a dozen.
MAX_CODES_WITH_ANSWERS = 3
#: Characters of an answer taken home: its first sentence or two, enough to remind a patient what
#: it said at home without the whole FAQ in their pocket.
SHORT_ANSWER = 120
#: A first sentence this short ("No.", "Maybe.") says nothing alone: the next one comes with it.
TOO_SHORT_ALONE = 25
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


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
    the paper at home) still says which treatment "Is it permanent?" was about, and the start
    of its answer where the kiosk has one (the common questions; a question for the doctor has
    none)."""

    topic: str
    text: str
    answer: str = ""

    def line(self) -> str:
        return f"{self.topic}: {self.text}"


def short_answer(answer: str, limit: int = SHORT_ANSWER, emergency_number: str = DEFAULT_EMERGENCY_NUMBER) -> str:
    """An answer's first sentences as plain text, up to ``limit`` characters: whole sentences,
    never a bare "No." (it takes the next sentence along); one sentence longer than the limit is
    cut between words and ends in "…".

    A sentence that tells the patient to call the emergency number ("Call 911 right away if…")
    is never left out, however long the answer: a note at home that lists the warning signs of an
    overdose without saying what to do about them would be worse than none."""
    sentences = _SENTENCE_END.split(markup.plain_text(answer))
    kept = sentences[0]
    rest = sentences[1:]
    while rest and (len(kept) < TOO_SHORT_ALONE or len(kept) + 1 + len(rest[0]) <= limit):
        kept = f"{kept} {rest.pop(0)}"
    if len(kept) > limit:
        kept = kept[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    urgent = re.compile(rf"(?<!\d){re.escape(emergency_number)}(?!\d)") if emergency_number else None
    for sentence in rest:
        if urgent and urgent.search(sentence):
            kept = f"{kept} {sentence}" if kept.endswith("…") else f"{kept} … {sentence}"
    return kept


def list_texts(
    title: str, date: str, clinic: str, questions: Sequence[SavedQuestion], max_bytes: int = MAX_BYTES
) -> list[str]:
    """The codes of a patient's list: each question numbered, its short answer on the next line.
    When the answers would need more than MAX_CODES_WITH_ANSWERS codes, the last questions lose
    theirs, one at a time, until it fits (or none is left): the questions and the clinic's phone
    are never dropped."""
    answered = sum(1 for q in questions if q.answer)
    while True:
        lines, given = [], 0
        for number, question in enumerate(questions, start=1):
            line = f"{number}. {question.line()}"
            if question.answer and given < answered:
                line, given = f"{line}\n{question.answer}", given + 1
            lines.append(line)
        texts = qr_texts(TakeHomeCard(title, date, clinic, tuple(lines)), max_bytes)
        if len(texts) <= MAX_CODES_WITH_ANSWERS or answered == 0:
            return texts
        answered -= 1


def saveable_questions(content: Content, emergency_number: str = DEFAULT_EMERGENCY_NUMBER) -> dict[str, SavedQuestion]:
    """Every question a patient can add, by key: the common questions (with their short answers,
    which keep any sentence that says to call ``emergency_number``), each therapy's questions
    for the doctor, and those that end the comparison."""
    topic = content.faq.short_title
    questions = {
        f"faq:{item.id}": SavedQuestion(
            topic, item.question, short_answer(item.answer, emergency_number=emergency_number)
        )
        for item in content.faq.items
    }
    for page in content.pages.values():
        for q in page.questions:
            questions[f"ask:{page.screen.value}:{q.id}"] = SavedQuestion(page.short_title, q.text)
    for q in content.compare.questions:
        questions[f"ask:{Screen.COMPARE.value}:{q.id}"] = SavedQuestion(content.compare.short_title, q.text)
    return questions


def reference_lines(content: Content) -> tuple[str, ...]:
    """The studies, short enough that all of them fit one code: first author, year, journal,
    volume and pages are enough to find each one."""
    lines = []
    for i, ref in enumerate(content.references.items, start=1):
        first_author = ref.authors.split(",")[0].strip()
        lines.append(f"{i}. {first_author} {ref.year}. {ref.journal} {ref.volume}:{ref.pages}")
    return tuple(lines)
