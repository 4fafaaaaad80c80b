"""``Icons`` in QML: qtawesome's icons drawn as text in its own icon font, ``Icons.glyph("mdi6.home")``.

The font and charmap are qtawesome's package data; the qtawesome *module* is never imported (its
import pulls in qtpy and QtWidgets: ~100 ms of start-up). A glyph in a Text item is drawn by Qt
at any size and colour, crisp on any screen, with no picture made in Python on the way to the
first frame. Names stay qtawesome's ("mdi6.home"), so its icon browser (``qta-browser``) is the
catalogue.
"""

from __future__ import annotations

import importlib.util
import json
import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.files.resources import app_root, is_frozen
from ui.backend.registry import provided

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

# The icon set the kiosk uses -> qtawesome's font file stem (the bundle carries only this one).
ICON_SETS = {"mdi6": "materialdesignicons6-webfont"}
#: Icons that point along the line of reading (back, out, undo): a right-to-left screen shows them
#: mirrored. Others (a clock, media play, a tick, up and down) keep their look in every language.
POINTING = frozenset({"mdi6.arrow-left", "mdi6.exit-to-app", "mdi6.logout-variant", "mdi6.undo"})
#: qtawesome's own proportion: the glyph fills 7/8 of its square.
GLYPH_SCALE = 0.875


def qtawesome_fonts() -> Path:
    """qtawesome's font folder: in the bundle where build_spec.spec puts it, else in the package."""
    if is_frozen():
        return app_root() / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the qtawesome package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


class Charmap:
    """qtawesome's charmap (name -> hex code point), looked up in its text: parsing all ~7,400
    names would cost ~3 ms of the start and ~1 MB kept, for the ~40 the kiosk draws."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[str, str | None] = {}
        self._parsed: dict[str, str] | None = None

    def get(self, name: str) -> str | None:
        if name not in self._found:
            self._found[name] = self._look_up(name)
        return self._found[name]

    def _look_up(self, name: str) -> str | None:
        key = f'"{name}": "'
        at = self._text.find(key) if name.replace("-", "").isalnum() else -1
        if at >= 0:  # as qtawesome writes it: one '"name": "0x..."' per line
            start = at + len(key)
            code = self._text[start : self._text.find('"', start)]
            if code.startswith("0x") and all(c in "0123456789abcdefABCDEF" for c in code[2:]):
                return code
        if self._parsed is None:  # written some other way: read it all once
            self._parsed = json.loads(self._text)
        return self._parsed.get(name)


def load_icon_font(prefix: str = "mdi6") -> tuple[str, Charmap]:
    """(font family, charmap of name -> hex code point); an empty family (logged) if unusable, so a
    missing font shows no icons rather than stopping the kiosk."""
    stem = ICON_SETS[prefix]
    try:
        folder = qtawesome_fonts()
        font_file = next(folder.glob(f"{stem}-[0-9]*.ttf"))
        charmap_file = next(folder.glob(f"{stem}-charmap-*.json"))
        charmap = Charmap(charmap_file.read_text("utf-8"))
        if not charmap.get("home"):  # not a charmap at all: as before, no icons rather than wrong ones
            raise ValueError(f"{charmap_file.name} has no icon 'home'")
    except (OSError, StopIteration, ValueError) as exc:
        log.error("icon font %s cannot be loaded: %s", stem, exc or "file not found")
        return "", Charmap("{}")
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("icon font %s is not a usable font", font_file)
        return "", Charmap("{}")
    return families[0], charmap


@QmlElement
@QmlSingleton
class Icons(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._family, self._charmap = load_icon_font()

    @staticmethod
    def create(engine: QQmlEngine) -> Icons:
        return provided(Icons, engine)

    @Property(str, constant=True)
    def family(self) -> str:
        return self._family

    @Property(float, constant=True)
    def scale(self) -> float:
        return GLYPH_SCALE

    @Slot(str, result=bool)
    def points(self, name: str) -> bool:
        """The icon points along the line of reading: mirrored on a right-to-left screen."""
        return name in POINTING

    @Slot(str, result=str)
    def glyph(self, name: str) -> str:
        """The character of a qtawesome name such as "mdi6.home"; "" (logged) if unknown, so a
        typo shows nothing rather than a box."""
        prefix, _, icon = name.partition(".")
        code = self._charmap.get(icon) if prefix in ICON_SETS else None
        if code is None:
            log.error("unknown icon %r", name)
            return ""
        return chr(int(code, 16))
