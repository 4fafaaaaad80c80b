"""Inline markup in content text: citations and glossary terms.

Writers cite a study right after the claim it supports, ``…quality of life.[^kumar2007]``, so the
citation travels with the sentence through edits and translation; the UI shows a small superscript
number that links to References. A hard word is marked where it first appears,
``[[intrathecal]]`` or ``[[the fluid around the spinal cord|csf]]``, and the UI shows it dotted-
underlined: a tap opens its plain-language definition from the glossary.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

CITATION = re.compile(r"\[\^([A-Za-z0-9_-]+)\]")
TERM = re.compile(r"\[\[([^\[\]|]+?)(?:\|([A-Za-z0-9_-]+))?\]\]")
TOKEN = re.compile(f"{CITATION.pattern}|{TERM.pattern}")

#: A citation number: raised, and larger than Qt's superscript (about two thirds of the text).
SUPERSCRIPT = 'style="font-size:large"'


def term_id(shown: str, explicit: str | None = None) -> str:
    return explicit or re.sub(r"[^a-z0-9]+", "-", shown.lower()).strip("-")


def citation_ids(text: str) -> list[str]:
    return CITATION.findall(text)


def term_ids(text: str) -> list[str]:
    return [term_id(shown, explicit) for shown, explicit in TERM.findall(text)]


def plain_text(text: str) -> str:
    """What a patient reads, without markup (for tests, readability, speech)."""
    text = TERM.sub(lambda m: m.group(1), text)
    return re.sub(r"\s+(?=[.,;:])", "", CITATION.sub("", text)).strip()


def rich_text(
    text: str, numbers: Mapping[str, int], link_color: str = "", terms: Mapping[str, str] | None = None
) -> str:
    """Qt rich text: each citation a tappable superscript number, each glossary term a tappable
    underlined word. Unknown ids are shown as plain words (the validator has reported them).
    Runs of white space become one space, as Qt shows them anyway, so a link's place in the text
    as shown can be counted from this markup (``links_in``)."""
    text = " ".join(text.split())
    out: list[str] = []
    pos = 0
    color = f"color:{link_color};" if link_color else ""
    last_was_citation = False
    for match in TOKEN.finditer(text):
        gap = text[pos : match.start()]
        out.append(html.escape(gap, quote=False))
        cited, shown, explicit = match.group(1), match.group(2), match.group(3)
        if cited is not None:
            number = numbers.get(cited)
            if number is not None:
                # "[^a][^b]" must read "1,2", not "12". Qt draws a superscript at about two
                # thirds of the text's size: "large" brings the number up to about four fifths,
                # so it reads as something to tap, not a speck, and barely spreads the lines.
                comma = f"<sup {SUPERSCRIPT}>,</sup>" if last_was_citation and not gap else ""
                out.append(
                    f'{comma}<sup {SUPERSCRIPT}><a href="ref:{cited}" style="{color}text-decoration:none">'
                    f"<b>{number}</b></a></sup>"
                )
                last_was_citation = True
        else:
            ident = term_id(shown, explicit)
            word = html.escape(shown, quote=False)
            if terms is None or ident in terms:
                out.append(f'<a href="term:{ident}" style="{color}text-decoration:underline">{word}</a>')
            else:
                out.append(word)
            last_was_citation = False
        pos = match.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out).strip()


@dataclass(frozen=True)
class Link:
    """A link in a paragraph as Qt shows it: what it opens (``ref:<id>``, ``term:<id>``), its
    words, and where they are, in characters of the text as shown (Qt's text positions)."""

    target: str
    label: str
    start: int
    end: int

    @property
    def kind(self) -> str:
        return self.target.partition(":")[0]

    @property
    def ident(self) -> str:
        return self.target.partition(":")[2]


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_HREF = re.compile(r'href="([^"]*)"')


@lru_cache(maxsize=4096)
def links_in(rich: str) -> tuple[Link, ...]:
    """The links of a ``rich_text`` result with their places in the text as shown: tags take no
    place, an entity one character. The kiosk lays a control over each one (RichParagraph)."""
    links: list[Link] = []
    shown = 0
    target: str | None = None
    label: list[str] = []
    start = 0
    pos = 0
    for tag in _TAG.finditer(rich):
        words = html.unescape(rich[pos : tag.start()])
        shown += len(words)
        if target is not None:
            label.append(words)
        pos = tag.end()
        closing, name = tag.group(1), tag.group(2).lower()
        if name == "a" and not closing:
            href = _HREF.search(tag.group(3))
            target, label, start = (href.group(1) if href else ""), [], shown
        elif name == "a" and closing and target is not None:
            links.append(Link(target, "".join(label), start, shown))
            target = None
    return tuple(links)
