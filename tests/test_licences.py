"""Licence notices: the build collects every bundled component's licence text with an index
(installer/licences/collect.py); the kiosk lists them from it (kiosk/files/licences.py). The real
bundle's list is checked where it is installed (tests/installed/)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kiosk.content.model import Content
from kiosk.files.licences import INDEX_FILE, QT_REPLACEMENT, bundled_components
from kiosk.staff.pin import hash_pin
from tests.conftest import KioskFactory
from tests.test_kiosk_behaviour import PIN, _enter, _open_keypad

ROOT = Path(__file__).resolve().parent.parent


def test_the_build_collects_qt_python_and_the_font_with_their_texts_and_the_list_reads_them(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "installer" / "licences"))
    try:
        from collect import collect, debian_copyright
    finally:
        sys.path.remove(str(ROOT / "installer" / "licences"))
    entries = collect([], tmp_path / "licences")
    assert all(dest.startswith("licences/") for dest, _src, _kind in entries)
    components = {c.name: c for c in bundled_components(tmp_path / "licences")}
    assert {"Qt", "PySide6 and Shiboken6", "Python", "Atkinson Hyperlegible", "segno"} <= set(components)
    qt = components["Qt"]
    assert qt.licence == "LGPL-3.0-only" and qt.note == QT_REPLACEMENT
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.text() and "GNU GENERAL PUBLIC LICENSE" in qt.text()
    assert "SIL OPEN FONT LICENSE" in components["Atkinson Hyperlegible"].text().upper()
    assert "PSF" in components["Python"].text() or "Python Software Foundation" in components["Python"].text()
    copyright_text = debian_copyright(tmp_path / "licences" / INDEX_FILE)
    assert copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    assert "License: LGPL-3.0-only" in copyright_text


def test_a_missing_or_broken_index_lists_nothing_rather_than_failing(tmp_path: Path) -> None:
    assert bundled_components(tmp_path) == []
    (tmp_path / INDEX_FILE).write_text(json.dumps([{"name": "x"}]))
    assert bundled_components(tmp_path) == []


def test_the_staff_panel_shows_about_and_licences_with_how_to_replace_qt(
    kiosk_factory: KioskFactory, content: Content
) -> None:
    p = kiosk_factory(content, config=f'admin_pin_hash = "{hash_pin(PIN)}"\n')
    _open_keypad(p)
    _enter(p, PIN)
    p.qtbot.waitUntil(lambda: p.shows("adminPanel"))
    heading, about = p.find("aboutHeading"), p.find("aboutText")
    p.scroll_into_view(about)
    assert p.on_screen(heading) or p.on_screen(about)
    assert heading.property("text") == "About and licences"
    text = about.property("text")
    assert QT_REPLACEMENT in text and "libQt6" in text
