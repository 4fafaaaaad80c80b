"""What "Listen" reads: the screen in view as plain sentences, in the order a patient reads it."""

from __future__ import annotations

from kiosk import markup
from kiosk.content import Content
from kiosk.navigation import Screen


def screen_text(content: Content, screen: Screen, open_faq: frozenset[str] = frozenset()) -> str:
    parts: list[str] = []
    if screen in content.pages:
        page = content.pages[screen]
        parts += [page.title, page.subtitle]
        for section in page.sections:
            parts.extend(section.texts())
    elif screen is Screen.FAQ:
        parts.append(content.faq.title)
        for item in content.faq.items:
            parts.append(item.question)
            if item.id in open_faq:
                parts.append(item.answer)
    elif screen is Screen.REFERENCES:
        parts.append(content.references.title)
        parts.extend(ref.citation for ref in content.references.items)
    parts.append(content.site.disclaimer)
    return "\n".join(markup.plain_text(p) for p in parts if p)
