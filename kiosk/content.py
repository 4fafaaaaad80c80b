"""Content model, loader and validator.

Content is data written by people who are not programmers, so the loader never stops at the
first mistake: it collects every problem with its file and key path, the validator command
prints them all, and the running kiosk falls back to content that is known to be good.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk import markup
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

    @property
    def citation(self) -> str:
        """Vancouver style, as the source page printed them."""
        return f"{self.authors}. {self.title}. {self.journal}. {self.year};{self.volume}:{self.pages}."


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

    def __init__(self, file: str, problems: list[ContentProblem], images: Path) -> None:
        self.file = file
        self.problems = problems
        self.images = images

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

    def text(self, table: dict[str, Any], key: str, where: str) -> str:
        if key not in table:
            return ""
        return self.text_value(table[key], _join(where, key))

    def text_value(self, value: object, path: str) -> str:
        if not isinstance(value, str):
            self.problem(path, f"expected text, found {_kind(value)}")
            return ""
        if not markup.plain_text(value):
            self.problem(path, "text is empty")
        return value.strip()

    def texts(self, table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        if key not in table:
            return ()
        value = table[key]
        path = _join(where, key)
        if not isinstance(value, list):
            self.problem(path, f"expected a list of texts, found {_kind(value)}")
            return ()
        return tuple(self.text_value(item, f"{path}[{i}]") for i, item in enumerate(value))

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


def _read_site(data: dict[str, Any], r: _Reader, language: str) -> Site:
    t = r.keys(data, "", {"language", "content_version", "app_title", "disclaimer_short", "disclaimer"})
    site = Site(
        *(r.text(t, k, "") for k in ("language", "content_version", "app_title", "disclaimer_short", "disclaimer"))
    )
    if site.language and site.language != language:
        r.problem("language", f'says "{site.language}" but the folder is "{language}"')
    return site


def _read_page(screen: Screen, data: dict[str, Any], r: _Reader) -> Page:
    t = r.keys(data, "", {"title", "short_title", "subtitle", "illustration", "sections"}, {"questions"})
    seen: set[str] = set()
    questions = []
    for where, item in r.table_list(t, "questions", ""):
        q = r.keys(item, where, {"id", "text"})
        questions.append(DoctorQuestion(r.ident(q, where, seen), r.text(q, "text", where)))
    seen = set()
    sections = []
    for where, item in r.table_list(t, "sections", ""):
        s = r.keys(item, where, {"id", "heading", "paragraphs"}, {"bullets", "illustration"})
        sections.append(
            Section(
                id=r.ident(s, where, seen),
                heading=r.text(s, "heading", where),
                paragraphs=r.texts(s, "paragraphs", where),
                bullets=r.texts(s, "bullets", where),
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
    keys = ("authors", "title", "journal", "volume", "pages")
    for where, item in r.table_list(t, "references", ""):
        f = r.keys(item, where, {"id", "year", *keys})
        ident = r.ident(f, where, seen)
        authors, title, journal, volume, pages = (r.text(f, k, where) for k in keys)
        items.append(Reference(ident, authors, title, journal, r.integer(f, "year", where), volume, pages))
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


def load_content(folder: Path, images: Path | None = None) -> Content:
    """Load and validate one language folder; raises ContentError listing every problem."""
    images = images or images_for(folder)
    problems: list[ContentProblem] = []
    language = folder.name

    def reader(file: str) -> tuple[dict[str, Any], _Reader]:
        data = _read_toml(folder / file, problems)
        return (data if data is not None else {}), _Reader(file, problems, images)

    site_data, r = reader(SITE_FILE)
    site = _read_site(site_data, r, language) if site_data else Site(language, "", "", "", "")
    pages = {}
    for screen, file in PAGE_FILES.items():
        data, r = reader(file)
        pages[screen] = _read_page(screen, data, r) if data else _empty_page(screen)
    faq_data, r = reader(FAQ_FILE)
    faq = _read_faq(faq_data, r) if faq_data else Faq("", "", "", Illustration("", ""), ())
    ref_data, r = reader(REFERENCES_FILE)
    refs = _read_references(ref_data, r) if ref_data else References("", "", ())
    glossary_data, r = reader(GLOSSARY_FILE)
    glossary = _read_glossary(glossary_data, r) if glossary_data else Glossary(())
    content = Content(site, pages, faq, refs, glossary, source=str(folder), images=images)

    if ref_data:
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
    if glossary_data:
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


def load_with_fallback(folders: Iterable[Path]) -> tuple[Content, list[ContentProblem]]:
    """First folder that validates wins; each one that does not is logged with all its problems.
    Ends with content built into the code, so a kiosk always has something true to show."""
    problems: list[ContentProblem] = []
    for folder in folders:
        try:
            return load_content(folder), problems
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
