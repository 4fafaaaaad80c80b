"""``--review-sheet``: one printable page on which a clinic's clinician checks and signs the content.

Every text a patient can see, in every language side by side, each with the full citation of the
studies it cites, the review record of each language and a sign-off block. One self-contained HTML
file (inline style, no script, no link that leaves the page), so it opens and prints on any
machine, including one with no network, and nothing in it can change after it was printed.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from kiosk.content import markup
from kiosk.content.model import COMPARE_COLUMNS, Content
from kiosk.content.schema import (
    COMPARE_FILE,
    FAQ_FILE,
    GLOSSARY_FILE,
    HOW_IT_WORKS,
    PAGE_FILES,
    REFERENCES_FILE,
    SITE_FILE,
)
from kiosk.session.choices import Language

MISSING = "(missing in this language)"


@dataclass(frozen=True)
class Text:
    """One text a patient can see, named so the same text can be found in every language."""

    part: str
    where: str
    label: str
    text: str

    @property
    def key(self) -> tuple[str, str]:
        return self.where, self.label


@dataclass(frozen=True)
class Row:
    """One text as it appears in each language (None where a translation lacks it)."""

    where: str
    label: str
    texts: dict[str, str | None]


def patient_texts(content: Content) -> Iterator[Text]:
    """Every text of one language, in the order a patient meets them, named by file and id."""
    site = content.site
    yield Text("site", SITE_FILE, "app title", site.app_title)
    yield Text("site", SITE_FILE, "short disclaimer", site.disclaimer_short)
    yield Text("site", SITE_FILE, "disclaimer", site.disclaimer)
    for screen, file in PAGE_FILES.items():
        page, part = content.pages[screen], screen.value
        yield Text(part, file, "title", page.title)
        yield Text(part, file, "short title", page.short_title)
        yield Text(part, file, "subtitle", page.subtitle)
        yield Text(part, file, "picture description", page.illustration.alt)
        for section in page.sections:
            where = f"{file} sections[{section.id}]"
            yield Text(part, where, "heading", section.heading)
            if section.chip:
                yield Text(part, where, "jump button", section.chip)
            for j, paragraph in enumerate(section.paragraphs, start=1):
                yield Text(part, where, f"paragraph {j}", paragraph)
            for j, bullet in enumerate(section.bullets, start=1):
                yield Text(part, where, f"bullet {j}", bullet)
            if section.illustration:
                yield Text(part, where, "picture description", section.illustration.alt)
            motion = page.how_it_works
            if motion and motion.section == section.id:
                where = f"{file} {HOW_IT_WORKS}"
                yield Text(part, where, "animation heading", motion.heading)
                yield Text(part, where, "animation description (screen readers)", motion.description)
                for step in motion.steps:
                    yield Text(part, where, f"caption: {step.scene}", step.caption)
        for question in page.questions:
            yield Text(part, f"{file} questions[{question.id}]", "question a patient can save", question.text)
    compare = content.compare
    yield Text("compare", COMPARE_FILE, "title", compare.title)
    yield Text("compare", COMPARE_FILE, "short title", compare.short_title)
    yield Text("compare", COMPARE_FILE, "subtitle", compare.subtitle)
    for column, heading in zip(COMPARE_COLUMNS, compare.columns, strict=False):
        yield Text("compare", COMPARE_FILE, f"column heading ({column})", heading)
    for row in compare.rows:
        where = f"{COMPARE_FILE} rows[{row.id}]"
        yield Text("compare", where, "row heading", row.heading)
        for column, cell in zip(COMPARE_COLUMNS, row.cells, strict=False):
            # The clinician sees which cells rest on no study: each must be true of every device.
            rule = ", a general rule (no study)" if column in row.general_rule else ""
            yield Text("compare", where, f"{column}{rule}", cell)
    yield Text("compare", COMPARE_FILE, "note under the table", compare.note)
    for question in compare.questions:
        yield Text("compare", f"{COMPARE_FILE} questions[{question.id}]", "question a patient can save", question.text)
    faq = content.faq
    yield Text("faq", FAQ_FILE, "title", faq.title)
    yield Text("faq", FAQ_FILE, "subtitle", faq.subtitle)
    yield Text("faq", FAQ_FILE, "picture description", faq.illustration.alt)
    for topic, items in faq.groups():
        yield Text("faq", f"{FAQ_FILE} topics[{topic.id}]", "topic (heading and jump button)", topic.name)
        for item in items:
            yield Text("faq", f"{FAQ_FILE} items[{item.id}]", "question", item.question)
            yield Text("faq", f"{FAQ_FILE} items[{item.id}]", "answer", item.answer)
    for term in content.glossary.items:
        yield Text("glossary", f"{GLOSSARY_FILE} terms[{term.id}]", "word", term.term)
        yield Text("glossary", f"{GLOSSARY_FILE} terms[{term.id}]", "meaning", term.definition)
    refs = content.references
    yield Text("references", REFERENCES_FILE, "title", refs.title)
    yield Text("references", REFERENCES_FILE, "subtitle", refs.subtitle)
    for ref in refs.items:
        yield Text("references", f"{REFERENCES_FILE} references[{ref.id}]", "what it found", ref.what_it_found)
        yield Text("references", f"{REFERENCES_FILE} references[{ref.id}]", "who paid for it", ref.funded_by)


def part_titles(content: Content) -> dict[str, str]:
    titles = {"site": "Every screen", "glossary": "Glossary", "faq": content.faq.title}
    titles |= {screen.value: page.title for screen, page in content.pages.items()}
    titles["compare"] = content.compare.title
    titles["references"] = content.references.title
    return titles


def rows(contents: Mapping[str, Content]) -> Iterator[tuple[str, list[Row]]]:
    """(part heading, rows): the first language's order, each text matched by file, id and place,
    so a text missing from a translation shows as a gap instead of shifting the columns."""
    langs = list(contents)
    base = contents[langs[0]]
    found = {lang: {t.key: t.text for t in patient_texts(c)} for lang, c in contents.items()}
    parts: dict[str, list[Row]] = {}
    for text in patient_texts(base):
        row = Row(text.where, text.label, {lang: found[lang].get(text.key) for lang in langs})
        parts.setdefault(text.part, []).append(row)
    titles = part_titles(base)
    yield from ((titles[part], part_rows) for part, part_rows in parts.items())


def _render(text: str, numbers: Mapping[str, int]) -> str:
    """Citations as [n], glossary words marked; everything else escaped."""
    out: list[str] = []
    pos = 0
    for match in markup.TOKEN.finditer(text):
        out.append(html.escape(text[pos : match.start()]))
        cited, shown = match.group(1), match.group(2)
        if cited is not None:
            out.append(f"<sup>[{numbers.get(cited, '?')}]</sup>")
        else:
            out.append(f'<span class="term">{html.escape(shown)}</span>')
        pos = match.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; color: #000; margin: 1.5cm; }
h1 { font-size: 18pt; margin: 0 0 .2em; } h2 { font-size: 14pt; margin: 1.4em 0 .4em; border-bottom: 1px solid #000; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #777; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eee; } td.where { font: 8pt monospace; color: #333; width: 16%; word-wrap: break-word; }
tr { page-break-inside: avoid; } .sources td { font-size: 9pt; background: #f7f7f7; }
.term { text-decoration: underline dotted; } .missing { color: #a00; font-style: italic; }
.warning { border: 2px solid #a00; padding: 6px; margin: .5em 0; }
.signoff td { height: 2.2em; } .signoff th { width: 30%; }
ol.refs li { margin-bottom: .4em; } p.small { font-size: 9pt; }
@media print { body { margin: 1cm; } h2 { page-break-after: avoid; } }
"""


def review_sheet_html(
    contents: Mapping[str, Content],
    generated: date,
    number: str,
    notes: list[str] | None = None,
    languages: Mapping[str, Language] | None = None,
) -> str:
    """``languages`` (by code) name each column in itself and set its direction: a right-to-left
    language is printed right to left, as the kiosk shows it."""
    langs = list(contents)
    described = languages or {}

    def heading_of(lang: str) -> str:
        name = described[lang].native_name if lang in described else ""
        return f"{lang} ({name})" if name else lang

    def cell(lang: str) -> str:
        rtl = lang in described and described[lang].right_to_left
        return f' lang="{esc(lang)}" dir="{"rtl" if rtl else "ltr"}"'

    base = contents[langs[0]]
    numbers = base.references.numbers
    by_id = {r.id: r for r in base.references.items}
    esc = html.escape
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Clinical review sheet — {esc(base.site.app_title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>Clinical review sheet: {esc(base.site.app_title)}</h1>",
        f"<p>Printed {generated.isoformat()}. Every text a patient can read on the kiosk, in "
        f"{len(langs)} language(s) side by side, with the full citation of each study a text cites. "
        f"Emergency number shown to patients: <b>{esc(number)}</b>.</p>",
        "<p>Please check each text against its sources and for safety, mark changes in the margin, "
        "and sign at the end. Numbers in brackets point to the numbered references.</p>",
    ]
    for note in notes or []:
        out.append(f'<p class="warning">{esc(note)}</p>')
    out.append("<h2>Review record</h2><table><tr><th>language</th><th>content version</th>")
    out.append("<th>reviewed by</th><th>reviewed on</th><th>next review due</th><th>source</th></tr>")
    for lang, content in contents.items():
        review = content.site.review
        out.append(
            f"<tr><td>{esc(heading_of(lang))}</td><td>{esc(content.site.content_version)}</td>"
            f"<td>{esc(review.reviewed_by or 'not yet reviewed by a clinician')}</td>"
            f"<td>{review.reviewed_on.isoformat() if review.reviewed_on else '—'}</td>"
            f"<td>{review.review_due.isoformat() if review.review_due else '—'}</td>"
            f"<td>{esc(content.source)}</td></tr>"
        )
    out.append("</table>")

    width = f"{84 // len(langs)}%"
    for heading, part in rows(contents):
        out.append(f"<h2>{esc(heading)}</h2><table><tr><th>where</th>")
        out.extend(f'<th style="width:{width}">{esc(heading_of(lang))}</th>' for lang in langs)
        out.append("</tr>")
        for row in part:
            out.append(f'<tr><td class="where">{esc(row.where)}<br>{esc(row.label)}</td>')
            for lang in langs:
                text = row.texts[lang]
                if text is None:
                    out.append(f'<td class="missing">{MISSING}</td>')
                else:
                    out.append(f"<td{cell(lang)}>{_render(text, contents[lang].references.numbers)}</td>")
            out.append("</tr>")
            cited: list[str] = []
            for text in row.texts.values():
                for ident in markup.citation_ids(text or ""):
                    if ident not in cited:
                        cited.append(ident)
            if cited:
                sources = "<br>".join(
                    f"[{numbers.get(i, '?')}] {esc(by_id[i].citation) if i in by_id else esc(i)}" for i in cited
                )
                out.append('<tr class="sources"><td class="where">sources</td>')
                out.append(f'<td colspan="{len(langs)}">{sources}</td></tr>')
        out.append("</table>")

    out.append('<h2>References</h2><ol class="refs">')
    for ref in base.references.items:
        out.append(f'<li id="ref-{esc(ref.id)}">{esc(ref.citation)}')
        if not ref.doi:
            out.append(" <i>(no DOI recorded)</i>")
        out.append("</li>")
    out.append("</ol>")

    out.append("<h2>Sign-off</h2>")
    out.append(
        "<p>I have read every text above in the languages I sign for, checked the facts against "
        "the cited studies and current device labelling, and approve it for patients, with the "
        "changes marked.</p>"
    )
    for _ in range(2):
        out.append('<table class="signoff">')
        for label in ("Name", "Role", "Languages reviewed", "Date", "Next review due", "Signature"):
            out.append(f"<tr><th>{label}</th><td></td></tr>")
        out.append("</table><p></p>")
    out.append(
        '<p class="small">After signing, record the review in each language\'s site.toml '
        "(reviewed_by, reviewed_on, review_due) and check it with --validate-content.</p>"
    )
    out.append("</body></html>")
    return "\n".join(out) + "\n"
