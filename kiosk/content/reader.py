"""The content reader: one language folder's TOML files into the content model.

It never stops at the first mistake: each file is read to the end, every problem is recorded with
its file and key path (placeholders keep the rest of the file checkable), and the checks across
files (kiosk.content.checks) run before the content is handed out.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.content import markup
from kiosk.content.checks import cross_reference_problems
from kiosk.content.model import (
    COMPARE_COLUMNS,
    CompareRow,
    Comparison,
    Content,
    DoctorQuestion,
    Faq,
    FaqItem,
    FaqTopic,
    Glossary,
    HowItWorks,
    Illustration,
    MotionStep,
    Page,
    Reference,
    References,
    Section,
    Site,
    Term,
)
from kiosk.content.review import ReviewRecord
from kiosk.content.schema import (
    COMPARE_FILE,
    DEFAULT_EMERGENCY_NUMBER,
    EMERGENCY_NUMBER_TOKEN,
    FAQ_FILE,
    GLOSSARY_FILE,
    HOW_IT_WORKS,
    IMAGES_FOLDER,
    MAX_CHARS,
    MOTION_SCENES,
    PAGE_FILES,
    REFERENCES_FILE,
    SITE_FILE,
    ContentError,
    ContentProblem,
)
from kiosk.files.input_files import CONTENT_LIMIT, InvalidFile, confined_image, read_toml
from kiosk.files.resources import images_root
from kiosk.session.navigation import Screen

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_LITERAL_911 = re.compile(r"(?<![\d./-])911(?![\d./-])")


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
        # No review, nothing due: a date on content nobody signed would only raise "overdue"
        # alarms from the day it ships, while "not yet reviewed" is the true warning.
        due = self.day(table, "review_due", "", may_be_empty=True)
        if by and on is None and "reviewed_on" in table:
            self.problem("reviewed_on", f'needed when reviewed_by names a reviewer ("{by}")')
        if by and due is None and "review_due" in table and table["review_due"] == "":
            self.problem("review_due", f'needed when reviewed_by names a reviewer ("{by}")')
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


def _read_questions(t: dict[str, Any], r: _Reader) -> tuple[DoctorQuestion, ...]:
    seen: set[str] = set()
    questions = []
    for where, item in r.table_list(t, "questions", ""):
        q = r.keys(item, where, {"id", "text"})
        questions.append(DoctorQuestion(r.ident(q, where, seen), r.text(q, "text", where, "question")))
    return tuple(questions)


def _read_page(screen: Screen, data: dict[str, Any], r: _Reader) -> Page:
    optional = {"questions", HOW_IT_WORKS}
    t = r.keys(data, "", {"title", "short_title", "subtitle", "illustration", "sections"}, optional)
    questions = _read_questions(t, r)
    seen: set[str] = set()
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
        questions=questions,
        how_it_works=_read_how_it_works(screen, t[HOW_IT_WORKS], sections, r) if HOW_IT_WORKS in t else None,
    )


def _read_how_it_works(screen: Screen, value: object, sections: list[Section], r: _Reader) -> HowItWorks:
    """The therapy in motion: shown in the section it names, each step a scene the picture can
    draw and a caption that says again what that section says, citing no study it does not cite."""
    where = HOW_IT_WORKS
    t = r.keys(value, where, {"section", "heading", "description", "steps"})
    scenes = MOTION_SCENES.get(screen, ())
    if not scenes:
        r.problem(where, "this screen has no animation (only the therapy screens have one)")
    ident = r.text(t, "section", where, "id")
    section = next((s for s in sections if s.id == ident), None)
    if ident and section is None:
        known = ", ".join(s.id for s in sections if s.id)
        r.problem(_join(where, "section"), f'no section "{ident}" on this screen (one of: {known})')
    cited = {c for text in section.texts() for c in markup.citation_ids(text)} if section else set()
    steps = []
    seen: set[str] = set()
    for path, item in r.table_list(t, "steps", where):
        f = r.keys(item, path, {"scene", "caption"})
        scene = r.text(f, "scene", path, "id")
        if scene and scenes and scene not in scenes:
            r.problem(_join(path, "scene"), f'unknown scene "{scene}" (one of: {", ".join(scenes)})')
        elif scene in seen:
            r.problem(_join(path, "scene"), f'scene "{scene}" is shown twice')
        seen.add(scene)
        caption = r.text(f, "caption", path)
        for ref in markup.citation_ids(caption):
            if section is not None and ref not in cited:
                r.problem(
                    _join(path, "caption"),
                    f'cites "{ref}", which section "{ident}" does not cite: a caption only says again what it says',
                )
        steps.append(MotionStep(scene, caption))
    heading = r.text(t, "heading", where)
    description = r.text(t, "description", where, "motion_description")
    return HowItWorks(ident, heading, description, tuple(steps))


#: The one topic of a FAQ written without topics.
ONE_GROUP = "all"


def _read_faq(data: dict[str, Any], r: _Reader) -> Faq:
    # A FAQ written before topics (no [[topics]], no question with a topic) is one group: a
    # clinic's own questions keep showing, as one list, rather than fall back to the bundled ones.
    listed = data.get("items") if isinstance(data, dict) else None
    one_group = (
        isinstance(data, dict)
        and "topics" not in data
        and not any(isinstance(i, dict) and "topic" in i for i in (listed if isinstance(listed, list) else ()))
    )
    required = {"title", "short_title", "subtitle", "illustration", "items"} | (set() if one_group else {"topics"})
    t = r.keys(data, "", required, {"topics"})
    seen: set[str] = set()
    topics = []
    for where, item in r.table_list(t, "topics", ""):
        f = r.keys(item, where, {"id", "name"})
        topics.append(FaqTopic(r.ident(f, where, seen), r.text(f, "name", where, "topic")))
    if one_group:
        topics.append(FaqTopic(ONE_GROUP, r.text(t, "short_title", "") or r.text(t, "title", "")))
    topic_ids = [topic.id for topic in topics if topic.id]
    known = ", ".join(topic_ids)
    seen = set()
    items = []
    for where, item in r.table_list(t, "items", ""):
        q = r.keys(item, where, {"id", "question", "answer"}, {"topic"})
        ident = r.ident(q, where, seen)
        topic = ONE_GROUP if one_group else r.text(q, "topic", where, "id")
        # Named by its id as well as its place: an author looks for the question, not its number.
        if not one_group and "topic" not in q:
            r.problem(_join(where, "topic"), f'question "{ident}" has no topic (one of: {known})')
        elif not one_group and topic and topic_ids and topic not in topic_ids:
            r.problem(_join(where, "topic"), f'question "{ident}" has an unknown topic "{topic}" (one of: {known})')
        items.append(FaqItem(ident, r.text(q, "question", where), r.text(q, "answer", where), topic))
    used = {item.topic for item in items}
    for i, ident in enumerate(topic.id for topic in topics):
        if ident and ident not in used:
            r.problem(f"topics[{i}]", f'topic "{ident}" has no questions (a chip would lead to an empty heading)')
    return Faq(
        title=r.text(t, "title", ""),
        short_title=r.text(t, "short_title", ""),
        subtitle=r.text(t, "subtitle", ""),
        illustration=r.illustration(t.get("illustration", {}), "illustration"),
        items=tuple(items),
        topics=tuple(topics),
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


def _read_compare(data: dict[str, Any], r: _Reader) -> Comparison:
    """The comparison: each cell cites the studies it rests on, or its row says it is a general
    rule (``general_rule = ["drug_pump"]``), so a reviewer sees which is which, never neither."""
    t = r.keys(data, "", {"title", "short_title", "subtitle", *COMPARE_COLUMNS, "rows", "note", "questions"})
    seen: set[str] = set()
    rows = []
    for where, item in r.table_list(t, "rows", ""):
        row = r.keys(item, where, {"id", "heading", *COMPARE_COLUMNS}, {"general_rule"})
        ident = r.ident(row, where, seen)
        cells = tuple(r.text(row, column, where, "cell") for column in COMPARE_COLUMNS)
        general = r.texts(row, "general_rule", where, "id")
        for i, column in enumerate(general):
            if column not in COMPARE_COLUMNS:
                r.problem(
                    f"{where}.general_rule[{i}]", f'"{column}" is not a column (one of: {", ".join(COMPARE_COLUMNS)})'
                )
        for column, cell in zip(COMPARE_COLUMNS, cells, strict=True):
            cited = bool(markup.citation_ids(cell))
            if cell and not cited and column not in general:
                r.problem(
                    _join(where, column),
                    f'row "{ident}" cites no study here: cite one ([^id]) or name "{column}" in general_rule',
                )
            elif cited and column in general:
                r.problem(_join(where, column), f'row "{ident}" cites a study here, but general_rule names "{column}"')
        rows.append(CompareRow(ident, r.text(row, "heading", where, "row_heading"), cells, general))
    return Comparison(
        title=r.text(t, "title", ""),
        short_title=r.text(t, "short_title", ""),
        subtitle=r.text(t, "subtitle", ""),
        columns=tuple(r.text(t, column, "", "column") for column in COMPARE_COLUMNS),
        rows=tuple(rows),
        note=r.text(t, "note", "", "paragraph"),
        questions=_read_questions(t, r),
    )


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
    # Optional: a clinic's own content written before "Compare the two" still loads, without it
    # (comparison_warning says so); a compare.toml that is there must be right.
    compare = Comparison()
    if (folder / COMPARE_FILE).exists() or (folder / COMPARE_FILE).is_symlink():
        compare_data, r = reader(COMPARE_FILE)
        compare = _read_compare(compare_data, r) if compare_data is not None else compare
    content = Content(site, pages, faq, refs, glossary, compare, source=str(folder), images=images)
    problems.extend(cross_reference_problems(content, ref_data is not None, glossary_data is not None))
    if problems:
        raise ContentError(problems)
    return content


def _empty_page(screen: Screen) -> Page:
    return Page(screen, "", "", "", Illustration("", ""), ())
