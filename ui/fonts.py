"""The fonts a language is drawn in, and whether they have every character of its text.

The kiosk's own font (Atkinson Hyperlegible, Latin only) comes first; a language's own font
(language.toml ``font``: a file in its folder, or an installed family such as "Noto Sans Arabic")
follows it in the application font's families, so Qt draws each character in the first of them
that has it, and a character none of them has in a font of the machine (fontconfig's choice,
e.g. a system Noto font). ``--validate-content`` says which characters that happens to, and
fails on a character no font on the machine has: a patient would see an empty box.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication, QRawFont

from kiosk.session.choices import Language

log = logging.getLogger(__name__)

#: Shown in a problem: enough examples to find the text, not a page of them.
EXAMPLES = 8


def language_family(language: Language) -> str:
    """The family to draw ``language`` in after the kiosk's own font ("" for none); a bundled
    font file is registered with Qt on first use."""
    path = language.font_file()
    if path is None:
        return language.font
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("font %s of language %s could not be loaded; using the machine's fonts", path, language.code)
        return ""
    return families[0]


def use_language_fonts(app: QGuiApplication, languages: Iterable[Language]) -> None:
    """Every language's own font after the kiosk's in the application font, before QML is
    loaded: each Text takes the application font when it is made."""
    font = app.font()
    families = list(font.families()) or [font.family()]
    for language in languages:
        family = language_family(language)
        if family and family not in families:
            families.append(family)
    font.setFamilies(families)
    app.setFont(font)


def check_glyphs(language: Language, text: str) -> tuple[list[str], list[str]]:
    """(characters the kiosk's and the language's fonts lack that a font of this machine has,
    characters no font here has), each line naming the font and a few of the characters."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication), "a QGuiApplication must exist to ask Qt about fonts"
    chain = [_raw(family) for family in (*app.font().families()[:1], language_family(language)) if family]
    wanted = sorted({ch for ch in text if not unicodedata.category(ch).startswith(("C", "Z"))})
    lacking = [ch for ch in wanted if not any(raw.supportsCharacter(ord(ch)) for raw in chain if raw is not None)]
    if not lacking:
        return [], []
    machine = [(family, _raw(family)) for family in QFontDatabase.families()]
    by_family: dict[str, list[str]] = {}
    missing: list[str] = []
    for ch in lacking:
        family = next((f for f, raw in machine if raw is not None and raw.supportsCharacter(ord(ch))), None)
        if family is None:
            missing.append(f"U+{ord(ch):04X} {ch!r} ({unicodedata.name(ch, 'unnamed')})")
        else:
            by_family.setdefault(family, []).append(ch)
    fallbacks = [
        f"{len(chars)} character(s) not in its fonts come from a font of this machine such as "
        f"{family.split(' [')[0]!r} (e.g. {' '.join(chars[:EXAMPLES])}): another kiosk may lack it; "
        "bundle a font that has them (language.toml font)"
        for family, chars in by_family.items()
    ]
    return fallbacks, missing


def _raw(family: str) -> QRawFont | None:
    """The font of that family as Qt would draw it, or None if the machine has no such family
    (Qt would silently give another)."""
    font = QFont(family)
    if QFontInfo(font).family().lower() != family.lower():
        return None
    raw = QRawFont.fromFont(font)
    return raw if raw.isValid() else None
