"""What "Listen" reads: what is on top (a definition, the screen in view) as plain sentences, in
the order a patient reads it, and which of a speech engine's locales suits each language."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.content import markup
from kiosk.content.model import Content
from kiosk.session.choices import Language
from kiosk.session.navigation import Screen


def pick_voice(language: Language, offered: Sequence[str]) -> str | None:
    """Of the engine's voices for the chosen locale, the one to read ``language`` in: a plain
    voice (espeak-ng's "+variant" voices are effects), the region's own when it has one."""
    plain = [name for name in offered if "+" not in name]
    for hint in language.voice_hints:
        for name in plain:
            if hint in name:
                return name
    return plain[0] if plain else None


def pick_locale(language: Language, offered: Sequence[str]) -> str | None:
    """The engine's locale (``es_419``, ``en_US``) to read ``language`` in, or None if it has none:
    the first of its language.toml's ``speech_locales`` the engine has, else its own locale, else
    any of its language (any voice of the language beats none)."""
    for wanted in (*language.speech_locales, language.locale):
        if wanted in offered:
            return wanted
    base = language.locale.split("_")[0]
    same = sorted(name for name in offered if name == base or name.startswith(f"{base}_"))
    return same[0] if same else None


def screen_text(content: Content, screen: Screen, open_faq: frozenset[str] = frozenset()) -> str:
    parts: list[str] = []
    if screen in content.pages:
        page = content.pages[screen]
        parts += [page.title, page.subtitle]
        motion = page.how_it_works
        for section in page.sections:
            parts.extend(section.texts())
            if motion and motion.section == section.id:  # the animation stands at its section's end
                parts.append(motion.heading)
                parts.extend(step.caption for step in motion.steps)
    elif screen is Screen.FAQ:
        parts.append(content.faq.title)
        for topic, items in content.faq.groups():
            parts.append(topic.name)
            for item in items:
                parts.append(item.question)
                if item.id in open_faq:
                    parts.append(item.answer)
    elif screen is Screen.REFERENCES:
        parts.append(content.references.title)
        for ref in content.references.items:
            parts += [ref.what_it_found, ref.citation]
    elif screen is Screen.COMPARE:
        parts += compare_texts(content)
    parts.append(content.site.disclaimer)
    return _sentences(parts)


def compare_texts(content: Content) -> list[str]:
    """The comparison as it is read, row by row: each row's question, then each column's answer
    named by its column ("Drug pump: ..."), so a listener never has to hold a table in mind."""
    compare = content.compare
    parts = [compare.title, compare.subtitle]
    for row in compare.rows:
        parts.append(row.heading)
        parts += [
            f"{column}: {markup.plain_text(cell)}" for column, cell in zip(compare.columns, row.cells, strict=False)
        ]
    parts.append(compare.note)
    parts += [q.text for q in compare.questions]
    return parts


def definition_text(content: Content, term_id: str) -> str:
    """An open definition: the word, then what it means."""
    term = content.glossary.get(term_id)
    return _sentences([term.term, term.definition]) if term else ""


def list_text(title: str, lines: Sequence[str], empty: str) -> str:
    """A list screen (My questions): its title, then each line, or what an empty list says."""
    return _sentences([title, *lines] if lines else [title, empty])


def _sentences(parts: Sequence[str]) -> str:
    return "\n".join(markup.plain_text(p) for p in parts if p)
