"""The patient's choices that config, session and screen must agree on: languages and text sizes.

One source: the config checks its values against these, the session holds them, and the UI
shows them; nothing else spells a language code or a size name.
"""

from __future__ import annotations

import enum


class Language(enum.Enum):
    ENGLISH = "en"
    SPANISH = "es"

    @property
    def native_name(self) -> str:
        """Each language named in itself: a Spanish speaker looks for "Español", not "Spanish"."""
        return _NATIVE_NAMES[self]

    @property
    def locale(self) -> str:
        """The locale a screen reader and a speech engine are told: the kiosk serves US clinics."""
        return f"{self.value}_US"


_NATIVE_NAMES = {Language.ENGLISH: "English", Language.SPANISH: "Español"}


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

LANGUAGE_CODES: tuple[str, ...] = tuple(lang.value for lang in Language)
TEXT_SIZE_NAMES: tuple[str, ...] = tuple(size.value for size in TextSize)
