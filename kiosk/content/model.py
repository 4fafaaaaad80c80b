"""The content model: frozen dataclasses for one language's screens, FAQ, references and glossary."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.review import ReviewRecord
from kiosk.files.resources import images_root
from kiosk.session.navigation import Screen


@dataclass(frozen=True)
class Illustration:
    image: str
    alt: str


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    paragraphs: tuple[str, ...]
    bullets: tuple[str, ...] = ()
    illustration: Illustration | None = None
    #: A few words for the section's jump button at the top of its page ("The trial"); the
    #: heading when empty.
    chip: str = ""

    def texts(self) -> Iterator[str]:
        yield self.heading
        yield from self.paragraphs
        yield from self.bullets


@dataclass(frozen=True)
class DoctorQuestion:
    """A question a patient may want to ask their doctor (added to "My questions")."""

    id: str
    text: str


@dataclass(frozen=True)
class MotionStep:
    """One step of a "How it works" animation: the picture's scene and the caption shown with it."""

    scene: str
    caption: str


@dataclass(frozen=True)
class HowItWorks:
    """A therapy shown in motion, step by step, inside the section whose words it retells
    (``section``): each caption says again what that section already says, with its citations."""

    section: str
    heading: str
    #: What the moving picture shows, for a screen reader (and anyone who cannot see it move).
    description: str
    steps: tuple[MotionStep, ...]

    def texts(self) -> Iterator[str]:
        yield self.heading
        yield self.description
        yield from (step.caption for step in self.steps)


@dataclass(frozen=True)
class Page:
    screen: Screen
    title: str
    short_title: str
    subtitle: str
    illustration: Illustration
    sections: tuple[Section, ...]
    questions: tuple[DoctorQuestion, ...] = ()
    how_it_works: HowItWorks | None = None


@dataclass(frozen=True)
class FaqItem:
    id: str
    question: str
    answer: str
    #: The id of the FaqTopic the question is shown under.
    topic: str = ""


@dataclass(frozen=True)
class FaqTopic:
    """A group of questions ("Drug pumps"): a chip at the top of the FAQ and a heading over them,
    so a patient finds a question by what it is about instead of reading thirty."""

    id: str
    name: str


@dataclass(frozen=True)
class Faq:
    title: str
    short_title: str
    subtitle: str
    illustration: Illustration
    items: tuple[FaqItem, ...]
    topics: tuple[FaqTopic, ...] = ()

    def groups(self) -> tuple[tuple[FaqTopic, tuple[FaqItem, ...]], ...]:
        """Each topic with its questions, in the order a patient sees them: the topics' order,
        then the file's. A question's place follows its topic, wherever the file lists it."""
        return tuple((topic, tuple(i for i in self.items if i.topic == topic.id)) for topic in self.topics)

    def in_screen_order(self) -> tuple[FaqItem, ...]:
        return tuple(item for _, items in self.groups() for item in items)


@dataclass(frozen=True)
class Reference:
    id: str
    authors: str
    title: str
    journal: str
    year: int
    volume: str
    pages: str
    #: One plain-language line a patient can read: what the study found (References screen).
    what_it_found: str = ""
    #: Who paid for the study, as far as the paper says; a patient weighs a result by it.
    funded_by: str = ""
    doi: str = ""

    @property
    def short_name(self) -> str:
        """First author and year ("Kumar 2007"): how a screen reader names a citation number."""
        surname = re.sub(r"\s+[A-Z]{1,3}$", "", self.authors.split(",")[0].strip())  # "Kumar K" -> "Kumar"
        return f"{surname} {self.year}"

    @property
    def citation(self) -> str:
        """Vancouver style, as the source page printed them, with the DOI when it is known."""
        doi = f" doi:{self.doi}" if self.doi else ""
        return f"{self.authors}. {self.title}. {self.journal}. {self.year};{self.volume}:{self.pages}.{doi}"


@dataclass(frozen=True)
class References:
    title: str
    subtitle: str
    items: tuple[Reference, ...]

    @property
    def numbers(self) -> dict[str, int]:
        return {ref.id: i for i, ref in enumerate(self.items, start=1)}


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    definition: str


@dataclass(frozen=True)
class Glossary:
    items: tuple[Term, ...]

    def get(self, ident: str) -> Term | None:
        return next((t for t in self.items if t.id == ident), None)

    @property
    def definitions(self) -> dict[str, str]:
        return {t.id: t.definition for t in self.items}


#: The comparison's two columns, in the order they are shown: the keys of a row's cells.
COMPARE_COLUMNS = ("neurostimulator", "drug_pump")


@dataclass(frozen=True)
class CompareRow:
    """One question patients weigh ("The surgery and recovery"), answered for each therapy."""

    id: str
    heading: str
    #: One short answer per column of COMPARE_COLUMNS.
    cells: tuple[str, ...]
    #: The columns whose answer is a general rule for these devices, not one study's finding:
    #: such a cell cites no study, and a cell that cites none must be marked so.
    general_rule: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comparison:
    """The two therapies side by side, in the same rows, in plain words: no recommendation,
    it ends with questions to take to the doctor (added to "My questions" like a page's)."""

    title: str = ""
    short_title: str = ""
    subtitle: str = ""
    #: Each column's heading, in the order of COMPARE_COLUMNS.
    columns: tuple[str, ...] = ()
    rows: tuple[CompareRow, ...] = ()
    #: A line under the table: what a citation number there means, and what its absence means.
    note: str = ""
    questions: tuple[DoctorQuestion, ...] = ()


@dataclass(frozen=True)
class Site:
    language: str
    content_version: str
    app_title: str
    disclaimer_short: str
    disclaimer: str
    review: ReviewRecord = field(default_factory=ReviewRecord)


@dataclass(frozen=True)
class Content:
    site: Site
    pages: dict[Screen, Page]
    faq: Faq
    references: References
    glossary: Glossary = field(default_factory=lambda: Glossary(()))
    #: "Compare the two"; without rows (the built-in notice) the kiosk offers no comparison.
    compare: Comparison = field(default_factory=Comparison)
    source: str = field(default="", compare=False)
    #: Folder the illustrations were checked in; the UI shows them from the same place.
    images: Path = field(default_factory=images_root, compare=False)

    def page(self, screen: Screen) -> Page:
        return self.pages[screen]

    def title(self, screen: Screen) -> str:
        if screen is Screen.FAQ:
            return self.faq.title
        if screen is Screen.REFERENCES:
            return self.references.title
        if screen is Screen.COMPARE:
            return self.compare.title
        return self.pages[screen].title

    def short_title(self, screen: Screen) -> str:
        if screen is Screen.FAQ:
            return self.faq.short_title
        if screen is Screen.REFERENCES:
            return self.references.title
        if screen is Screen.COMPARE:
            return self.compare.short_title
        return self.pages[screen].short_title
