"""The patient's choices that config, session and screen must agree on: languages and text sizes.

A language is not spelt in code: each is a content folder with a ``language.toml``, found by
``kiosk.content.languages.discover_languages``; the session holds what it found. English is the
source language: content is written in it first, and the built-in notice is in it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

#: The language content is written in first and translated from: what translations are checked
#: against, and the language of the built-in notice shown when no content folder is valid.
SOURCE_LANGUAGE = "en"


class Direction(enum.Enum):
    LEFT_TO_RIGHT = "ltr"
    RIGHT_TO_LEFT = "rtl"


@dataclass(frozen=True)
class Language:
    """One language the kiosk can show, as its folder's ``language.toml`` describes it."""

    #: The folder's name, e.g. "es", "vi", "zh-Hant": what kiosk.toml's ``language`` names.
    code: str
    #: Named in itself: a Spanish speaker looks for "Español", not "Spanish".
    native_name: str
    #: The locale a screen reader, a speech engine and Qt's text layout are told, e.g. "es_US".
    locale: str
    direction: Direction = Direction.LEFT_TO_RIGHT
    #: Speech engine locales to read it in, best first (an engine lacks some); empty: the locale's.
    speech_locales: tuple[str, ...] = ()
    #: Words in the name of the voice to prefer among the engine's voices for that locale.
    voice_hints: tuple[str, ...] = ()
    #: The reading-level measure for it (kiosk.content.readability); empty: not measured.
    readability: str = ""
    #: A font file bundled in the folder, or the family of a font installed on the machine
    #: (e.g. "Noto Sans Arabic"); empty: the kiosk's own font, with the machine's for what it lacks.
    font: str = ""
    #: The folder its language.toml came from: its UI strings (ui.qm) and font file live there.
    folder: Path | None = None

    @property
    def right_to_left(self) -> bool:
        return self.direction is Direction.RIGHT_TO_LEFT

    def font_file(self) -> Path | None:
        """The bundled font file, when ``font`` names one (else it is a family name)."""
        if self.folder is None or not self.font.lower().endswith((".ttf", ".otf")):
            return None
        return self.folder / self.font


#: The source language as the built-in notice shows it, when not even its language.toml can be read.
BUILT_IN_LANGUAGE = Language(SOURCE_LANGUAGE, "English", "en_US")


class TextSize(enum.Enum):
    STANDARD = "standard"
    LARGE = "large"
    EXTRA_LARGE = "extra_large"

    @property
    def scale(self) -> float:
        """Multiplies every text size in the theme; 1.5 keeps body text on one 1080 px screen at
        a readable line length."""
        return _SCALES[self]


_SCALES = {TextSize.STANDARD: 1.0, TextSize.LARGE: 1.25, TextSize.EXTRA_LARGE: 1.5}

TEXT_SIZE_NAMES: tuple[str, ...] = tuple(size.value for size in TextSize)
