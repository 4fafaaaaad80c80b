"""Every icon the UI names exists in qtawesome's font, and is drawn as a visible glyph: a typo
would otherwise show an empty square to a patient and only a log line to IT."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QGuiApplication

from kiosk.resources import app_root
from ui.backend.icon_provider import draw_icon, glyph


def _icon_names() -> set[str]:
    names: set[str] = set()
    for path in [*(app_root() / "ui").rglob("*.qml"), *(app_root() / "ui").rglob("*.py")]:
        names |= set(re.findall(r'"(mdi6\.[a-z0-9-]+)"', path.read_text(encoding="utf-8")))
    return names


def test_every_icon_the_ui_names_exists_and_is_drawn(app: QGuiApplication) -> None:
    names = _icon_names()
    assert len(names) > 20
    missing = sorted(n for n in names if glyph(n) is None)
    assert not missing
    for name in names:
        image = draw_icon(name, QColor("#1F6F78"), 48, 48).toImage()
        inked = sum(image.pixelColor(x, y).alpha() > 128 for x in range(48) for y in range(48))
        assert inked > 40, f"{name} drew almost nothing ({inked} px)"


def test_an_unknown_icon_draws_nothing_and_does_not_raise(app: QGuiApplication) -> None:
    image = draw_icon("mdi6.no-such-icon", QColor("#000000"), 32, 32).toImage()
    assert all(image.pixelColor(x, y).alpha() == 0 for x in range(32) for y in range(32))
