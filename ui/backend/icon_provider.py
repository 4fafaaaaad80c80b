"""qtawesome icons for QML: ``image://icon/mdi6.home?color=1F6F78`` (hex without "#", which
would start a URL fragment)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import qtawesome as qta
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtQuick import QQuickImageProvider

DEFAULT_SIZE = 64


class IconProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Pixmap)

    def requestPixmap(self, icon_id: str, size: QSize, requested: QSize) -> QPixmap:
        parts = urlsplit(icon_id)
        color = "#" + parse_qs(parts.query).get("color", ["000000"])[0].lstrip("#")
        width = requested.width() if requested.width() > 0 else DEFAULT_SIZE
        height = requested.height() if requested.height() > 0 else width
        try:
            icon = qta.icon(parts.path, color=QColor(color))
        except Exception:  # an unknown name must not take the screen down: draw nothing
            pixmap = QPixmap(width, height)
            pixmap.fill(QColor(0, 0, 0, 0))
        else:
            pixmap = icon.pixmap(QSize(width, height))
        size.setWidth(pixmap.width())
        size.setHeight(pixmap.height())
        return pixmap
