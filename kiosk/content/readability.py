"""Plain language, measured: health-literacy limits for every paragraph a patient reads.

Each language's language.toml names its measure (``readability``): ``flesch_kincaid`` (English:
grade ≤ 8 for each text and ≤ 6 on average) or ``fernandez_huerta`` (Spanish: ≥ 70 for each
text). A language with none is not measured: its translator answers for its plainness. textstat
0.7.3 is pinned: later releases download a dictionary at run time.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

from kiosk.content import markup
from kiosk.content.model import COMPARE_COLUMNS, Content
from kiosk.content.schema import (
    COMPARE_FILE,
    FAQ_FILE,
    GLOSSARY_FILE,
    HOW_IT_WORKS,
    PAGE_FILES,
    REFERENCES_FILE,
    ContentProblem,
)

MAX_GRADE_EACH = 8.0
MAX_GRADE_MEAN = 6.0
MIN_FERNANDEZ_HUERTA = 70.0
#: The measures a language.toml may name.
MEASURES = ("flesch_kincaid", "fernandez_huerta")


def patient_texts(content: Content) -> Iterator[tuple[str, str, str]]:
    """(file, location, plain text) of every paragraph, bullet, animation caption, answer,
    definition, the plain-language lines about each study, and every cell of the comparison."""
    for screen, page in content.pages.items():
        for i, section in enumerate(page.sections):
            for j, text in enumerate(section.paragraphs):
                yield PAGE_FILES[screen], f"sections[{i}].paragraphs[{j}]", markup.plain_text(text)
            for j, text in enumerate(section.bullets):
                yield PAGE_FILES[screen], f"sections[{i}].bullets[{j}]", markup.plain_text(text)
        for i, question in enumerate(page.questions):
            yield PAGE_FILES[screen], f"questions[{i}].text", question.text
        if page.how_it_works:
            yield PAGE_FILES[screen], f"{HOW_IT_WORKS}.description", page.how_it_works.description
            for i, step in enumerate(page.how_it_works.steps):
                yield PAGE_FILES[screen], f"{HOW_IT_WORKS}.steps[{i}].caption", markup.plain_text(step.caption)
    for i, item in enumerate(content.faq.items):
        yield FAQ_FILE, f"items[{i}].answer", markup.plain_text(item.answer)
    for i, term in enumerate(content.glossary.items):
        yield GLOSSARY_FILE, f"terms[{i}].definition", markup.plain_text(term.definition)
    for i, ref in enumerate(content.references.items):
        yield REFERENCES_FILE, f"references[{i}].what_it_found", ref.what_it_found
        yield REFERENCES_FILE, f"references[{i}].funded_by", ref.funded_by
    compare = content.compare
    yield COMPARE_FILE, "subtitle", markup.plain_text(compare.subtitle)
    for i, row in enumerate(compare.rows):
        for column, cell in zip(COMPARE_COLUMNS, row.cells, strict=False):
            yield COMPARE_FILE, f"rows[{i}].{column}", markup.plain_text(cell)
    yield COMPARE_FILE, "note", markup.plain_text(compare.note)
    for i, question in enumerate(compare.questions):
        yield COMPARE_FILE, f"questions[{i}].text", question.text


#: Why an installed kiosk's validator says nothing of reading level. The kiosk never refuses
#: content for it (a hard paragraph is the author's problem, not a patient-safety one), so the
#: bundle does not carry textstat and its 6 MB of hyphenation dictionaries; authors check it from
#: the source tree, where `make validate` has them.
NOT_CHECKED = (
    "reading level not checked: this installed kiosk does not carry the readability library "
    "(textstat); check it with `make validate` in the project's source tree before you deploy"
)


def readability_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("textstat") is not None


def readability_problems(content: Content, measure: str) -> list[ContentProblem]:
    """Paragraphs above the reading level by ``measure`` (one of MEASURES; "" measures nothing);
    call readability_available() first."""
    if measure not in MEASURES:
        return []
    with warnings.catch_warnings():  # textstat 0.7.3 imports the deprecated pkg_resources
        warnings.simplefilter("ignore", UserWarning)
        import textstat
    problems: list[ContentProblem] = []
    texts = list(patient_texts(content))
    if measure == "fernandez_huerta":
        textstat.set_lang("es")
        for file, location, text in texts:
            score = textstat.fernandez_huerta(text)
            if score < MIN_FERNANDEZ_HUERTA:
                problems.append(
                    ContentProblem(file, location, f"too hard to read: Fernández-Huerta {score:.0f} (needs ≥ 70)")
                )
        return problems
    textstat.set_lang("en")
    grades = []
    for file, location, text in texts:
        grade = textstat.flesch_kincaid_grade(text)
        grades.append(grade)
        if grade > MAX_GRADE_EACH:
            problems.append(ContentProblem(file, location, f"too hard to read: grade {grade:.1f} (needs ≤ 8)"))
    average = sum(grades) / len(grades) if grades else 0.0
    if average > MAX_GRADE_MEAN:
        problems.append(ContentProblem("", "", f"average grade {average:.1f} is above {MAX_GRADE_MEAN:.0f}"))
    return problems
