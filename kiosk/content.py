"""Content model, loader and validator.

Content is data written by people who are not programmers, so the loader never stops at the
first mistake: it collects every problem with its file and key path, the validator command
prints them all, and the running kiosk falls back to content that is known to be good.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk import markup
from kiosk.clinical_review import ReviewRecord
from kiosk.input_files import CONTENT_LIMIT, InvalidFile, confined_image, read_toml
from kiosk.navigation import Screen
from kiosk.resources import content_root, images_root

log = logging.getLogger(__name__)

#: One file per screen; the file name is the screen id, so there is nothing to keep in sync.
PAGE_FILES: dict[Screen, str] = {
    Screen.OVERVIEW: "overview.toml",
    Screen.NEUROSTIMULATORS: "neurostimulators.toml",
    Screen.DRUG_PUMPS: "drug_pumps.toml",
}
FAQ_FILE = "faq.toml"
REFERENCES_FILE = "references.toml"
SITE_FILE = "site.toml"
GLOSSARY_FILE = "glossary.toml"
ALL_FILES = (SITE_FILE, *PAGE_FILES.values(), FAQ_FILE, REFERENCES_FILE, GLOSSARY_FILE)
#: A content root holds one folder per language and this one, for the illustrations.
IMAGES_FOLDER = "images"

#: Medical text says "call {emergency_number}" and the loader puts the clinic's number in
#: (clinic.toml or kiosk.toml ``emergency_number``), so a clinic abroad never edits safety text.
EMERGENCY_NUMBER_TOKEN = "{emergency_number}"
DEFAULT_EMERGENCY_NUMBER = "911"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_LITERAL_911 = re.compile(r"(?<![\d./-])911(?![\d./-])")

#: The longest plain text (markup removed, number filled in) each kind of field may hold. A
#: runaway paste is an error naming its file and key, never a screen that takes seconds to lay out;
#: the limits leave about half again the room the longest bundled text of each kind needs.
MAX_CHARS: dict[str, int] = {
    "id": 60,
    "language": 10,
    "content_version": 40,
    "app_title": 80,
    "disclaimer_short": 100,
    "disclaimer": 500,
    "reviewed_by": 120,
    "title": 60,
    "short_title": 20,
    "subtitle": 120,
    "heading": 80,
    "chip": 30,
    "paragraph": 600,
    "bullet": 320,
    "alt": 300,
    "image": 120,
    "question": 160,
    "answer": 500,
    "term": 40,
    "definition": 300,
    "authors": 300,
    "ref_title": 300,
    "journal": 120,
    "volume": 20,
    "pages": 30,
    "doi": 100,
    "what_it_found": 400,
    "funded_by": 240,
}


@dataclass(frozen=True)
class ContentProblem:
    file: str
    location: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.location}" if self.location else self.file
        return f"{where}: {self.message}"


class ContentError(Exception):
    def __init__(self, problems: list[ContentProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


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
class Page:
    screen: Screen
    title: str
    short_title: str
    subtitle: str
    illustration: Illustration
    sections: tuple[Section, ...]
    questions: tuple[DoctorQuestion, ...] = ()


@dataclass(frozen=True)
class FaqItem:
    id: str
    question: str
    answer: str


@dataclass(frozen=True)
class Faq:
    title: str
    short_title: str
    subtitle: str
    illustration: Illustration
    items: tuple[FaqItem, ...]


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
        return self.pages[screen].title

    def short_title(self, screen: Screen) -> str:
        if screen is Screen.FAQ:
            return self.faq.short_title
        if screen is Screen.REFERENCES:
            return self.references.title
        return self.pages[screen].short_title


# --------------------------------------------------------------------------- reading


class _Reader:
    """Reads one file's tables, recording a problem instead of raising, and returns a
    placeholder so the rest of the file is still checked."""

    def __init__(
        self, file: str, problems: list[ContentProblem], images: Path, emergency_number: str = DEFAULT_EMERGENCY_NUMBER
    ) -> None:
        self.file = file
        self.problems = problems
        self.images = images
        self.emergency_number = emergency_number

    def problem(self, location: str, message: str) -> None:
        self.problems.append(ContentProblem(self.file, location, message))

    def keys(self, table: object, where: str, required: set[str], optional: set[str] | None = None) -> dict[str, Any]:
        if optional is None:
            optional = set()
        if not isinstance(table, dict):
            self.problem(where, f"expected a table, found {_kind(table)}")
            return {}
        for key in sorted(required - table.keys()):
            self.problem(_join(where, key), "missing required key")
        for key in sorted(table.keys() - required - optional):
            allowed = ", ".join(sorted(required | optional))
            self.problem(_join(where, key), f"unknown key (allowed: {allowed})")
        return table

    def text(self, table: dict[str, Any], key: str, where: str, kind: str | None = None) -> str:
        if key not in table:
            return ""
        return self.text_value(table[key], _join(where, key), kind or key)

    def text_value(self, value: object, path: str, kind: str) -> str:
        if not isinstance(value, str):
            self.problem(path, f"expected text, found {_kind(value)}")
            return ""
        value = self.fill_in(value.strip(), path)
        shown = markup.plain_text(value)
        if not shown:
            self.problem(path, "text is empty")
        limit = MAX_CHARS[kind]
        if len(shown) > limit:
            self.problem(path, f"text is too long: {len(shown)} characters (at most {limit})")
        return value

    def fill_in(self, value: str, path: str) -> str:
        """The clinic's emergency number in place of its token; any other {placeholder}, or a
        number typed in where the token belongs, is a mistake a reviewer should see."""
        for name in _PLACEHOLDER.findall(value):
            if f"{{{name}}}" != EMERGENCY_NUMBER_TOKEN:
                self.problem(path, f'unknown placeholder "{{{name}}}" (the only one is {EMERGENCY_NUMBER_TOKEN})')
        if _LITERAL_911.search(value):
            self.problem(path, f"write {EMERGENCY_NUMBER_TOKEN} instead of 911, so a clinic can set its own number")
        return value.replace(EMERGENCY_NUMBER_TOKEN, self.emergency_number)

    def texts(self, table: dict[str, Any], key: str, where: str, kind: str) -> tuple[str, ...]:
        if key not in table:
            return ()
        value = table[key]
        path = _join(where, key)
        if not isinstance(value, list):
            self.problem(path, f"expected a list of texts, found {_kind(value)}")
            return ()
        return tuple(self.text_value(item, f"{path}[{i}]", kind) for i, item in enumerate(value))

    def day(self, table: dict[str, Any], key: str, where: str, may_be_empty: bool = False) -> date | None:
        """A TOML date (2027-05-01) or the same date in quotes; ``""`` only where allowed."""
        if key not in table:
            return None
        value = table[key]
        path = _join(where, key)
        if isinstance(value, str):
            if not value.strip() and may_be_empty:
                return None
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                self.problem(path, f'expected a date like 2027-05-01, found "{value}"')
                return None
        if isinstance(value, datetime) or not isinstance(value, date):
            self.problem(path, f"expected a date like 2027-05-01, found {_kind(value)}")
            return None
        return value

    def integer(self, table: dict[str, Any], key: str, where: str) -> int:
        value = table.get(key, 0)
        if key in table and (not isinstance(value, int) or isinstance(value, bool)):
            self.problem(_join(where, key), f"expected a whole number, found {_kind(value)}")
            return 0
        return int(value)

    def table_list(self, table: dict[str, Any], key: str, where: str) -> list[tuple[str, Any]]:
        if key not in table:
            return []
        value = table[key]
        if not isinstance(value, list) or not value:
            self.problem(_join(where, key), f"expected a non-empty list of tables, found {_kind(value)}")
            return []
        return [(f"{_join(where, key)}[{i}]", item) for i, item in enumerate(value)]

    def review(self, table: dict[str, Any]) -> ReviewRecord:
        """Who reviewed the content and when. An empty ``reviewed_by`` (with an empty
        ``reviewed_on``) is the honest record of content no clinician has reviewed yet."""
        by = table.get("reviewed_by", "")
        if not isinstance(by, str):
            self.problem("reviewed_by", f"expected text, found {_kind(by)}")
            by = ""
        by = by.strip()
        if len(by) > MAX_CHARS["reviewed_by"]:
            self.problem("reviewed_by", f"text is too long: {len(by)} characters (at most {MAX_CHARS['reviewed_by']})")
        on = self.day(table, "reviewed_on", "", may_be_empty=True)
        due = self.day(table, "review_due", "")
        if by and on is None and "reviewed_on" in table:
            self.problem("reviewed_on", f'needed when reviewed_by names a reviewer ("{by}")')
        if not by and on is not None:
            self.problem("reviewed_on", 'a date but no reviewer: fill in reviewed_by, or leave both as ""')
        if on is not None and due is not None and due <= on:
            self.problem("review_due", f"must be after reviewed_on ({on.isoformat()})")
        return ReviewRecord(by, on, due)

    def ident(self, table: dict[str, Any], where: str, seen: set[str]) -> str:
        value = self.text(table, "id", where)
        if value and value in seen:
            self.problem(_join(where, "id"), f'duplicate id "{value}"')
        seen.add(value)
        return value

    def illustration(self, value: object, where: str) -> Illustration:
        table = self.keys(value, where, {"image", "alt"})
        image = self.text(table, "image", where)
        alt = self.text(table, "alt", where)
        if image:
            try:
                confined_image(self.images, image)
            except InvalidFile as exc:
                self.problem(_join(where, "image"), str(exc))
        return Illustration(image, alt)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value: object) -> str:
    names = {str: "text", int: "a number", float: "a number", bool: "true/false", list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _read_toml(path: Path, problems: list[ContentProblem]) -> dict[str, Any] | None:
    try:
        return read_toml(path, CONTENT_LIMIT)
    except FileNotFoundError:
        problems.append(ContentProblem(path.name, "", "file is missing"))
    except InvalidFile as exc:
        problems.append(ContentProblem(path.name, "", str(exc)))
    return None


SITE_TEXTS = ("language", "content_version", "app_title", "disclaimer_short", "disclaimer")
REVIEW_KEYS = ("reviewed_by", "reviewed_on", "review_due")


def _read_site(data: dict[str, Any], r: _Reader, language: str) -> Site:
    t = r.keys(data, "", {*SITE_TEXTS, *REVIEW_KEYS})
    language_, version, title, short, disclaimer = (r.text(t, k, "") for k in SITE_TEXTS)
    site = Site(language_, version, title, short, disclaimer, r.review(t))
    if site.language and site.language != language:
        r.problem("language", f'says "{site.language}" but the folder is "{language}"')
    return site


def _read_page(screen: Screen, data: dict[str, Any], r: _Reader) -> Page:
    t = r.keys(data, "", {"title", "short_title", "subtitle", "illustration", "sections"}, {"questions"})
    seen: set[str] = set()
    questions = []
    for where, item in r.table_list(t, "questions", ""):
        q = r.keys(item, where, {"id", "text"})
        questions.append(DoctorQuestion(r.ident(q, where, seen), r.text(q, "text", where, "question")))
    seen = set()
    sections = []
    for where, item in r.table_list(t, "sections", ""):
        s = r.keys(item, where, {"id", "heading", "paragraphs"}, {"bullets", "illustration", "chip"})
        sections.append(
            Section(
                id=r.ident(s, where, seen),
                heading=r.text(s, "heading", where),
                chip=r.text(s, "chip", where),
                paragraphs=r.texts(s, "paragraphs", where, "paragraph"),
                bullets=r.texts(s, "bullets", where, "bullet"),
                illustration=r.illustration(s["illustration"], f"{where}.illustration")
                if "illustration" in s
                else None,
            )
        )
    return Page(
        screen=screen,
        title=r.text(t, "title", ""),
        short_title=r.text(t, "short_title", ""),
        subtitle=r.text(t, "subtitle", ""),
        illustration=r.illustration(t.get("illustration", {}), "illustration"),
        sections=tuple(sections),
        questions=tuple(questions),
    )


def _read_faq(data: dict[str, Any], r: _Reader) -> Faq:
    t = r.keys(data, "", {"title", "short_title", "subtitle", "illustration", "items"})
    seen: set[str] = set()
    items = []
    for where, item in r.table_list(t, "items", ""):
        q = r.keys(item, where, {"id", "question", "answer"})
        items.append(FaqItem(r.ident(q, where, seen), r.text(q, "question", where), r.text(q, "answer", where)))
    return Faq(
        title=r.text(t, "title", ""),
        short_title=r.text(t, "short_title", ""),
        subtitle=r.text(t, "subtitle", ""),
        illustration=r.illustration(t.get("illustration", {}), "illustration"),
        items=tuple(items),
    )


def _read_references(data: dict[str, Any], r: _Reader) -> References:
    t = r.keys(data, "", {"title", "subtitle", "references"})
    seen: set[str] = set()
    items = []
    keys = ("authors", "title", "journal", "volume", "pages", "what_it_found", "funded_by")
    for where, item in r.table_list(t, "references", ""):
        f = r.keys(item, where, {"id", "year", *keys}, {"doi"})
        ident = r.ident(f, where, seen)
        authors, title, journal, volume, pages, found, funded = (
            r.text(f, k, where, "ref_title" if k == "title" else k) for k in keys
        )
        year, doi = r.integer(f, "year", where), r.text(f, "doi", where)
        items.append(Reference(ident, authors, title, journal, year, volume, pages, found, funded, doi))
    return References(r.text(t, "title", ""), r.text(t, "subtitle", ""), tuple(items))


def _read_glossary(data: dict[str, Any], r: _Reader) -> Glossary:
    t = r.keys(data, "", {"terms"})
    seen: set[str] = set()
    items = []
    for where, item in r.table_list(t, "terms", ""):
        f = r.keys(item, where, {"id", "term", "definition"})
        items.append(Term(r.ident(f, where, seen), r.text(f, "term", where), r.text(f, "definition", where)))
    return Glossary(tuple(items))


def _cited_texts(content: Content) -> Iterator[tuple[str, str, str]]:
    """(file, location, text) of every text that may carry citation or glossary markup."""
    for screen, page in content.pages.items():
        file = PAGE_FILES[screen]
        yield file, "subtitle", page.subtitle
        for i, section in enumerate(page.sections):
            for j, text in enumerate(section.paragraphs):
                yield file, f"sections[{i}].paragraphs[{j}]", text
            for j, text in enumerate(section.bullets):
                yield file, f"sections[{i}].bullets[{j}]", text
    for i, item in enumerate(content.faq.items):
        yield FAQ_FILE, f"items[{i}].answer", item.answer
    yield SITE_FILE, "disclaimer", content.site.disclaimer


def images_for(folder: Path) -> Path:
    """A content root may carry its own ``images/`` beside the language folders; otherwise
    the bundled illustrations are used."""
    own = folder.parent / IMAGES_FOLDER
    return own if own.is_dir() else images_root()


def load_content(folder: Path, images: Path | None = None, emergency_number: str = DEFAULT_EMERGENCY_NUMBER) -> Content:
    """Load and validate one language folder; raises ContentError listing every problem.
    ``emergency_number`` replaces {emergency_number} in every text (the clinic's own number)."""
    images = images or images_for(folder)
    problems: list[ContentProblem] = []
    language = folder.name

    def reader(file: str) -> tuple[dict[str, Any] | None, _Reader]:
        # None when the file could not be read (already a problem); an empty file is read, and
        # its missing keys are problems: it must not pass as an empty screen.
        return _read_toml(folder / file, problems), _Reader(file, problems, images, emergency_number)

    site_data, r = reader(SITE_FILE)
    site = _read_site(site_data, r, language) if site_data is not None else Site(language, "", "", "", "")
    pages = {}
    for screen, file in PAGE_FILES.items():
        data, r = reader(file)
        pages[screen] = _read_page(screen, data, r) if data is not None else _empty_page(screen)
    faq_data, r = reader(FAQ_FILE)
    faq = _read_faq(faq_data, r) if faq_data is not None else Faq("", "", "", Illustration("", ""), ())
    ref_data, r = reader(REFERENCES_FILE)
    refs = _read_references(ref_data, r) if ref_data is not None else References("", "", ())
    glossary_data, r = reader(GLOSSARY_FILE)
    glossary = _read_glossary(glossary_data, r) if glossary_data is not None else Glossary(())
    content = Content(site, pages, faq, refs, glossary, source=str(folder), images=images)

    if ref_data is not None:
        known = refs.numbers
        cited: set[str] = set()
        for file, location, text in _cited_texts(content):
            for ident in markup.citation_ids(text):
                cited.add(ident)
                if ident not in known:
                    problems.append(
                        ContentProblem(file, location, f'cites "{ident}", which is not in {REFERENCES_FILE}')
                    )
        for i, ref in enumerate(refs.items):
            if ref.id and ref.id not in cited:
                problems.append(ContentProblem(REFERENCES_FILE, f"references[{i}]", f'"{ref.id}" is never cited'))
    if glossary_data is not None:
        terms = glossary.definitions
        for file, location, text in _cited_texts(content):
            for ident in markup.term_ids(text):
                if ident not in terms:
                    problems.append(
                        ContentProblem(file, location, f'uses term "{ident}", which is not in {GLOSSARY_FILE}')
                    )
    if problems:
        raise ContentError(problems)
    return content


def _page_shape(page: Page) -> dict[str, tuple[object, ...]]:
    return {
        s.id: (
            len(s.paragraphs),
            len(s.bullets),
            s.illustration is not None,
            tuple(sorted(i for t in s.texts() for i in markup.citation_ids(t))),
        )
        for s in page.sections
    }


def parity_problems(base: Content, other: Content) -> list[ContentProblem]:
    """Everything a translation adds, drops or cites differently, named in the translation's files.
    Ids, the number of paragraphs and bullets, illustrations and citations must match."""
    lang, base_lang = other.site.language, base.site.language
    problems: list[ContentProblem] = []

    def compare(file: str, kind: str, mine: Mapping[str, object], theirs: Mapping[str, object]) -> None:
        for ident in theirs.keys() - mine.keys():
            problems.append(ContentProblem(f"{lang}/{file}", kind, f'"{ident}" is missing (present in {base_lang})'))
        for ident in mine.keys() - theirs.keys():
            problems.append(ContentProblem(f"{lang}/{file}", kind, f'"{ident}" is not in {base_lang}'))
        for ident in mine.keys() & theirs.keys():
            if mine[ident] != theirs[ident]:
                problems.append(
                    ContentProblem(
                        f"{lang}/{file}",
                        f'{kind} "{ident}"',
                        f"paragraphs, bullets, illustration or citations differ from {base_lang}",
                    )
                )

    for screen, file in PAGE_FILES.items():
        compare(file, "section", dict(_page_shape(other.pages[screen])), dict(_page_shape(base.pages[screen])))
        mine = dict.fromkeys((q.id for q in other.pages[screen].questions), 0)
        compare(file, "question", mine, dict.fromkeys((q.id for q in base.pages[screen].questions), 0))

    def faq_shape(c: Content) -> dict[str, object]:
        return {i.id: tuple(sorted(markup.citation_ids(i.answer))) for i in c.faq.items}

    compare(FAQ_FILE, "question", faq_shape(other), faq_shape(base))
    compare(
        REFERENCES_FILE,
        "reference",
        {r.id: r.year for r in other.references.items},
        {r.id: r.year for r in base.references.items},
    )
    compare(
        GLOSSARY_FILE, "term", dict.fromkeys(other.glossary.definitions, 0), dict.fromkeys(base.glossary.definitions, 0)
    )
    return problems


def _empty_page(screen: Screen) -> Page:
    return Page(screen, "", "", "", Illustration("", ""), ())


def available_languages(root: Path | None = None) -> list[str]:
    root = root or content_root()
    try:
        return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / SITE_FILE).exists())
    except (OSError, ValueError) as exc:  # missing, not a folder, unreadable, a NUL in the path
        if root.exists():
            log.error("content folder %s cannot be listed: %s", root, exc)
        return []


def load_with_fallback(
    folders: Iterable[Path], emergency_number: str = DEFAULT_EMERGENCY_NUMBER
) -> tuple[Content, list[ContentProblem]]:
    """First folder that validates wins; each one that does not is logged with all its problems.
    Ends with content built into the code, so a kiosk always has something true to show."""
    problems: list[ContentProblem] = []
    for folder in folders:
        try:
            return load_content(folder, emergency_number=emergency_number), problems
        except ContentError as exc:
            problems.extend(exc.problems)
            log.error("content in %s has %d problem(s); trying the next source", folder, len(exc.problems))
            for problem in exc.problems:
                log.error("content problem: %s/%s", folder, problem)
        except Exception as exc:  # a checker's bug on strange content must not skip the fallback
            log.exception("content in %s could not be checked; trying the next source", folder)
            problems.append(ContentProblem(str(folder), "", f"could not be checked ({type(exc).__name__}: {exc})"))
    log.error("no valid content folder; showing the built-in minimal content")
    return builtin_content(), problems


def builtin_content() -> Content:
    """Last resort when every content folder is broken: short, true, and points to the staff."""
    ill = Illustration("overview.svg", "Two people talking")
    note = (
        "Some of the information on this screen could not be loaded. "
        "Please ask the front desk for help, and talk with your doctor about your pain treatment options."
    )
    section = Section("help", "Information is not available right now", (note,))
    pages = {
        screen: Page(screen, title, title, "Talk with your doctor", ill, (section,))
        for screen, title in (
            (Screen.OVERVIEW, "Overview"),
            (Screen.NEUROSTIMULATORS, "Neurostimulators"),
            (Screen.DRUG_PUMPS, "Drug pumps"),
        )
    }
    return Content(
        site=Site(
            "en",
            "built-in",
            "Treatment options for chronic pain",
            "This does not replace talking with your doctor.",
            note,
        ),
        pages=pages,
        faq=Faq(
            "Questions and answers",
            "Questions",
            "Ask your doctor",
            ill,
            (FaqItem("help", "Where can I learn more?", note),),
        ),
        references=References("References", "", ()),
        source="built-in",
    )
