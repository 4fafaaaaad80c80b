"""Inline citation markers in content text.

Writers cite a study right after the claim it supports, ``…quality of life.[^kumar2007]``, so the
citation travels with the sentence through edits and translation. The UI shows it as a small
superscript number that links to References.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

CITATION = re.compile(r"\[\^([A-Za-z0-9_-]+)\]")


def citation_ids(text: str) -> list[str]:
    return CITATION.findall(text)


def plain_text(text: str) -> str:
    """What a patient reads, without markers (for tests, speech and search)."""
    return re.sub(r"\s+(?=[.,;:])", "", CITATION.sub("", text)).strip()


def rich_text(text: str, numbers: Mapping[str, int], link_color: str = "") -> str:
    """Qt StyledText with each marker as a tappable superscript number; unknown ids are dropped
    (the validator has already reported them)."""
    out: list[str] = []
    pos = 0
    style = f' style="color:{link_color}; text-decoration:none"' if link_color else ""
    last_was_citation = False
    for match in CITATION.finditer(text):
        gap = text[pos : match.start()]
        out.append(html.escape(gap, quote=False))
        number = numbers.get(match.group(1))
        if number is not None:
            # "[^a][^b]" must read "1,2", not "12".
            comma = "<sup>,</sup>" if last_was_citation and not gap else ""
            out.append(f'{comma}<sup><a href="ref:{match.group(1)}"{style}>{number}</a></sup>')
            last_was_citation = True
        pos = match.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out).strip()
