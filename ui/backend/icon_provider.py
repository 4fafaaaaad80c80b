"""qtawesome icons for QML: ``image://icon/mdi6.home?color=1F6F78`` (hex without "#", which
would start a URL fragment).

The glyph is drawn from qtawesome's own icon font and charmap (its package data) into a pixmap,
once per (icon, colour, size). The qtawesome *module* is never imported: its import pulls in qtpy
and QtWidgets and costs ~100 ms of start-up (a third of the budget beyond a bare Qt Quick window),
and its QIcon engines are Python objects Qt would call back into while rendering. Names stay
qtawesome's ("mdi6.home"), so its icon browser (``qta-browser``) is the catalogue.
"""

from __future__ import annotations

import importlib.util
import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPixmap
from PySide6.QtQuick import QQuickImageProvider

from kiosk.resources import app_root, is_frozen

log = logging.getLogger(__name__)

DEFAULT_SIZE = 64
GLYPH_SCALE = 0.875  # qtawesome's own default: the glyph fills 7/8 of the square
# Icon-set prefixes the kiosk uses -> qtawesome's font file stem (the bundle carries only these).
ICON_SETS = {"mdi6": "materialdesignicons6-webfont"}


def qtawesome_fonts() -> Path:
    """qtawesome's font folder: in the bundle where build_spec.spec puts it, else in the package."""
    if is_frozen():
        return app_root() / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the qtawesome package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@dataclass(frozen=True)
class IconFont:
    family: str
    charmap: dict[str, int]


@cache
def icon_font(prefix: str) -> IconFont | None:
    """The font and charmap of one icon set, loaded on first use; None (logged) if unusable."""
    stem = ICON_SETS.get(prefix)
    if stem is None:
        log.error("unknown icon set %r (known: %s)", prefix, ", ".join(ICON_SETS))
        return None
    try:
        folder = qtawesome_fonts()
        font_file = next(folder.glob(f"{stem}-[0-9]*.ttf"))
        charmap_file = next(folder.glob(f"{stem}-charmap-*.json"))
        charmap = {name: int(code, 16) for name, code in json.loads(charmap_file.read_text("utf-8")).items()}
    except (OSError, StopIteration, ValueError) as exc:
        log.error("icon font %s cannot be loaded: %s", stem, exc or "file not found")
        return None
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("icon font %s is not a usable font", font_file)
        return None
    return IconFont(families[0], charmap)


class IconProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Pixmap)
        self._cache: dict[tuple[str, str, int, int], QPixmap] = {}

    def requestPixmap(self, icon_id: str, size: QSize, requested: QSize) -> QPixmap:
        parts = urlsplit(icon_id)
        color = "#" + parse_qs(parts.query).get("color", ["000000"])[0].lstrip("#")
        width = requested.width() if requested.width() > 0 else DEFAULT_SIZE
        height = requested.height() if requested.height() > 0 else width
        key = (parts.path, color, width, height)
        pixmap = self._cache.get(key)
        if pixmap is None:
            pixmap = self._cache[key] = draw_icon(parts.path, QColor(color), width, height)
        size.setWidth(pixmap.width())
        size.setHeight(pixmap.height())
        return pixmap


def glyph(name: str) -> tuple[str, str] | None:
    """(font family, character) of a qtawesome name such as "mdi6.home", or None if unknown."""
    prefix, _, icon = name.partition(".")
    font = icon_font(prefix)
    code = font.charmap.get(icon) if font else None
    if font is None or code is None:
        return None
    return font.family, chr(code)


def draw_icon(name: str, color: QColor, width: int, height: int) -> QPixmap:
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    found = glyph(name)
    if found is None:  # an unknown name must not take the screen down: draw nothing
        log.error("unknown icon %r", name)
        return pixmap
    family, char = found
    font = QFont(family)
    font.setPixelSize(round(min(width, height) * GLYPH_SCALE))
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(QRect(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    return pixmap
