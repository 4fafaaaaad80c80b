"""Checks across a language's files, and between languages: every citation and glossary word
resolves and every study is cited; a translation has the same sections, questions (under the same
topics), citations and terms as the content it translates."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol

from kiosk.content import markup
from kiosk.content.model import COMPARE_COLUMNS, Content, Page
from kiosk.content.schema import (
    COMPARE_FILE,
    FAQ_FILE,
    GLOSSARY_FILE,
    HOW_IT_WORKS,
    PAGE_FILES,
    REFERENCES_FILE,
    SITE_FILE,
    ContentProblem,
)


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
        if page.how_it_works:
            for j, step in enumerate(page.how_it_works.steps):
                yield file, f"{HOW_IT_WORKS}.steps[{j}].caption", step.caption
    for i, item in enumerate(content.faq.items):
        yield FAQ_FILE, f"items[{i}].answer", item.answer
    yield SITE_FILE, "disclaimer", content.site.disclaimer
    compare = content.compare
    yield COMPARE_FILE, "subtitle", compare.subtitle
    for i, row in enumerate(compare.rows):
        for column, cell in zip(COMPARE_COLUMNS, row.cells, strict=False):
            yield COMPARE_FILE, f"rows[{i}].{column}", cell
    yield COMPARE_FILE, "note", compare.note


def cross_reference_problems(content: Content, check_citations: bool, check_terms: bool) -> list[ContentProblem]:
    """Citations and glossary words that do not resolve, and studies nobody cites. A check is
    skipped when its file could not be read (that is already a problem of its own)."""
    problems: list[ContentProblem] = []
    if check_citations:
        known = content.references.numbers
        cited: set[str] = set()
        for file, location, text in _cited_texts(content):
            for ident in markup.citation_ids(text):
                cited.add(ident)
                if ident not in known:
                    problems.append(
                        ContentProblem(file, location, f'cites "{ident}", which is not in {REFERENCES_FILE}')
                    )
        for i, ref in enumerate(content.references.items):
            if ref.id and ref.id not in cited:
                problems.append(ContentProblem(REFERENCES_FILE, f"references[{i}]", f'"{ref.id}" is never cited'))
    if check_terms:
        terms = content.glossary.definitions
        for file, location, text in _cited_texts(content):
            for ident in markup.term_ids(text):
                if ident not in terms:
                    problems.append(
                        ContentProblem(file, location, f'uses term "{ident}", which is not in {GLOSSARY_FILE}')
                    )
    return problems


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


def _motion_shape(page: Page) -> dict[str, tuple[object, ...]]:
    """The animation by the section it sits in: its scenes in order, each caption's citations."""
    motion = page.how_it_works
    if motion is None:
        return {}
    return {motion.section: tuple((s.scene, tuple(sorted(markup.citation_ids(s.caption)))) for s in motion.steps)}


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def _ids(items: Iterable[_HasId]) -> dict[str, object]:
    """Only which ids there are, in the shape ``compare`` takes: nothing else to match."""
    return dict.fromkeys((item.id for item in items), 0)


def parity_problems(base: Content, other: Content) -> list[ContentProblem]:
    """Everything a translation adds, drops or cites differently, named in the translation's files.
    Ids, the number of paragraphs and bullets, illustrations and citations must match."""
    lang, base_lang = other.site.language, base.site.language
    problems: list[ContentProblem] = []

    def compare(
        file: str,
        kind: str,
        mine: Mapping[str, object],
        theirs: Mapping[str, object],
        what: str = "paragraphs, bullets, illustration or citations",
    ) -> None:
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
                        f"{what} differ from {base_lang}",
                    )
                )

    for screen, file in PAGE_FILES.items():
        compare(file, "section", dict(_page_shape(other.pages[screen])), dict(_page_shape(base.pages[screen])))
        motion = _motion_shape(other.pages[screen]), _motion_shape(base.pages[screen])
        compare(file, HOW_IT_WORKS, *motion, "scenes or citations")
        compare(file, "question", _ids(other.pages[screen].questions), _ids(base.pages[screen].questions))

    def faq_shape(c: Content) -> dict[str, object]:
        return {i.id: tuple(sorted(markup.citation_ids(i.answer))) for i in c.faq.items}

    compare(FAQ_FILE, "question", faq_shape(other), faq_shape(base))
    compare(
        FAQ_FILE,
        "topic",
        _ids(other.faq.topics),
        _ids(base.faq.topics),
    )
    # A question under another topic in translation is in another place on the screen: a patient
    # told "under Drug pumps" by someone reading the other language would not find it.
    theirs = {item.id: item.topic for item in base.faq.items}
    for item in other.faq.items:
        if item.id in theirs and item.topic != theirs[item.id]:
            problems.append(
                ContentProblem(
                    f"{lang}/{FAQ_FILE}",
                    f'question "{item.id}"',
                    f'is under topic "{item.topic}", but under "{theirs[item.id]}" in {base_lang}',
                )
            )

    # The same rows, each cell citing the same studies (or the same general rule), and the same
    # questions to take to the doctor: the two languages tell a patient the same facts.
    def compare_shape(c: Content) -> dict[str, object]:
        return {
            row.id: (
                tuple(tuple(sorted(markup.citation_ids(cell))) for cell in row.cells),
                tuple(sorted(row.general_rule)),
            )
            for row in c.compare.rows
        }

    compare(COMPARE_FILE, "row", compare_shape(other), compare_shape(base))
    compare(
        COMPARE_FILE,
        "question",
        _ids(other.compare.questions),
        _ids(base.compare.questions),
    )
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
