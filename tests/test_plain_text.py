"""Content and config text is shown as the words it is, never as markup: a title or a clinic name
with HTML in it cannot restyle the screen or load a picture (only the app's own citation and
glossary links are rich text, and those are built from escaped text)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontMetricsF
from PySide6.QtQuick import QQuickItem

from kiosk.content.reader import load_content
from tests.conftest import KioskFactory

MARKUP = "<u>Drug</u> <i>pumps</i>"


def _shows_literally(item: QQuickItem, text: str) -> bool:
    """Laid out as plain text, the tags take room; rendered as HTML they would vanish."""
    metrics = QFontMetricsF(item.property("font"))
    return item.property("text") == text and item.property("contentWidth") >= metrics.horizontalAdvance(text) * 0.9


def test_markup_in_a_content_title_is_shown_as_text(kiosk_factory: KioskFactory, content_copy: Path) -> None:
    page = content_copy / "drug_pumps.toml"
    page.write_text(page.read_text(encoding="utf-8").replace('title = "Drug pumps"', f"title = '{MARKUP}'", 1))
    p = kiosk_factory(load_content(content_copy))
    p.tap(p.nav_button("drug_pumps"))
    assert _shows_literally(p.find("pageTitle_drug_pumps"), MARKUP)


def test_markup_in_the_clinic_name_is_shown_as_text(kiosk_factory: KioskFactory, content_copy: Path) -> None:
    name = "<i>Valley</i> Clinic"
    p = kiosk_factory(load_content(content_copy), config=f'clinic_name = "{name}"\nclinic_phone = "555"\n')
    text = p.kiosk.clinic.property("contact")
    assert text == f"{name} · 555"
    shown = [i for i in p.items() if i.property("text") == text]
    assert shown and all(_shows_literally(i, text) for i in shown)
