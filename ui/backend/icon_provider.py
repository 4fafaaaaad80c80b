"""qtawesome icons for QML: ``image://icon/mdi6.home?color=1F6F78`` (hex without "#", which
would start a URL fragment).

The glyph is drawn straight from qtawesome's bundled icon font into a pixmap. qtawesome's QIcon
engines are Python objects that Qt calls back into; drawing the glyph ourselves keeps that out of
the render path and lets every (icon, colour, size) be drawn once and cached.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import qtawesome as qta
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtQuick import QQuickImageProvider

DEFAULT_SIZE = 64
GLYPH_SCALE = 0.875  # qtawesome's own default: the glyph fills 7/8 of the square


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


def draw_icon(name: str, color: QColor, width: int, height: int) -> QPixmap:
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    prefix, _, _ = name.partition(".")
    try:
        glyph = qta.charmap(name)
        font = qta.font(prefix, round(min(width, height) * GLYPH_SCALE))
    except Exception:  # an unknown name must not take the screen down: draw nothing
        return pixmap
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(QRect(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap
