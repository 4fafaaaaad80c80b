"""Every icon the UI names exists in qtawesome's font, and is drawn as a visible glyph: a typo
would otherwise show nothing to a patient and only a log line to IT."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from kiosk.files.resources import app_root
from ui.backend.icons import Icons


def _icon_names() -> set[str]:
    names: set[str] = set()
    for path in [*(app_root() / "ui").rglob("*.qml"), *(app_root() / "ui").rglob("*.py")]:
        names |= set(re.findall(r'"(mdi6\.[a-z0-9-]+)"', path.read_text(encoding="utf-8")))
    return names


def test_every_icon_the_ui_names_exists_and_draws_ink(app: QGuiApplication) -> None:
    icons = Icons()
    assert icons.property("family")
    names = _icon_names()
    assert len(names) > 20
    missing = sorted(n for n in names if not icons.glyph(n))
    assert not missing
    for name in names:
        image = QImage(48, 48, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        font = QFont(icons.property("family"))
        font.setPixelSize(42)
        painter.setFont(font)
        painter.setPen(QColor("#1F6F78"))
        painter.drawText(QRectF(0, 0, 48, 48), 0x84, icons.glyph(name))  # centred
        painter.end()
        inked = sum(image.pixelColor(x, y).alpha() > 128 for x in range(48) for y in range(48))
        assert inked > 40, f"{name} drew almost nothing ({inked} px)"


def test_an_unknown_icon_is_empty_and_logged(app: QGuiApplication, caplog: pytest.LogCaptureFixture) -> None:
    assert Icons().glyph("mdi6.no-such-icon") == ""
    assert "unknown icon" in caplog.text
