"""A clinic adds a language with a folder, never with code: two test languages made from the
English text (kiosk/content/test_languages.py), one pseudo-accented and longer, one right to
left, are written into a content folder of the test's own; the kiosk offers them beside English
and Spanish, mirrors the right-to-left one, and the validator and the review sheet take both."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem
from PySide6.QtWidgets import QApplication

from kiosk.content.languages import LANGUAGE_FILE, UI_STRINGS, UI_STRINGS_SOURCE, discover_languages
from kiosk.content.library import ContentLibrary
from kiosk.content.read_aloud import pick_locale
from kiosk.content.test_languages import PSEUDO_ACCENTED, PSEUDO_RIGHT_TO_LEFT, write_test_languages
from kiosk.content.validate import validate_content
from kiosk.files.resources import content_root
from kiosk.session.navigation import Screen
from kiosk.settings.config import parse_config
from kiosk.staff.commands import write_review_sheet
from tests.conftest import KioskFactory, Patient
from ui.fonts import check_glyphs

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture(scope="module")
def test_languages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """IT's content folder holding only the two test languages, their UI strings compiled as
    `make translations` compiles the bundled ones."""
    root = tmp_path_factory.mktemp("content")
    for folder in write_test_languages(root):
        lrelease = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease"
        source, compiled = folder / UI_STRINGS_SOURCE, folder / UI_STRINGS
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
    return root


def _left(item: QQuickItem) -> float:
    return item.mapToScene(QPointF(0, 0)).x()


def _mirrored_patient(kiosk_factory: KioskFactory, root: Path, size: tuple[int, int] = (1920, 1080)) -> Patient:
    p = kiosk_factory({}, size, library=ContentLibrary(root))
    p.tap(p.find("languageButton"))
    p.qtbot.waitUntil(lambda: p.shows("languageDialog"))
    p.tap(p.find(f"language_{PSEUDO_RIGHT_TO_LEFT}"))
    p.qtbot.waitUntil(lambda: not p.shows("languageDialog"))
    return p


def test_a_language_is_found_from_its_folder(test_languages: Path) -> None:
    languages = {lang.code: lang for lang in discover_languages(test_languages, content_root())}
    assert list(languages) == ["en", PSEUDO_RIGHT_TO_LEFT, PSEUDO_ACCENTED, "es"]  # the source language first
    assert languages["es"].native_name == "Español" and not languages["es"].right_to_left
    assert languages[PSEUDO_RIGHT_TO_LEFT].right_to_left
    assert languages[PSEUDO_ACCENTED].native_name == "Éñĝĝļîššĥ"
    # Listen reads the right-to-left test language, English words, in an English voice.
    assert pick_locale(languages[PSEUDO_RIGHT_TO_LEFT], ["ar", "en_US"]) == "en_US"
    # The config may start a patient in it, and names the languages there are when it cannot.
    assert parse_config(f'content_dir = "{test_languages}"\nlanguage = "{PSEUDO_RIGHT_TO_LEFT}"')[1] == []
    problems = parse_config(f'content_dir = "{test_languages}"\nlanguage = "vi"')[1]
    assert [p.key for p in problems] == ["language"] and PSEUDO_ACCENTED in problems[0].message
    assert [p.key for p in parse_config(f'language = "{PSEUDO_ACCENTED}"')[1]] == ["language"]  # not bundled


def test_a_folder_without_its_language_file_is_not_offered(test_languages: Path, tmp_path: Path) -> None:
    shutil.copytree(test_languages / PSEUDO_ACCENTED, tmp_path / "vi")
    (tmp_path / "vi" / LANGUAGE_FILE).unlink()
    assert [lang.code for lang in discover_languages(tmp_path, content_root())] == ["en", "es"]
    out = io.StringIO()
    assert validate_content(tmp_path, out) == 1
    assert f"no {LANGUAGE_FILE} here or in the bundled content" in out.getvalue()


def test_the_validator_names_what_is_wrong_with_a_language_file(test_languages: Path, tmp_path: Path) -> None:
    folder = tmp_path / "vi"
    shutil.copytree(test_languages / PSEUDO_ACCENTED, folder)
    (folder / LANGUAGE_FILE).write_text('name = ""\ndirection = "down"\nlocale = "vi_VN"\ncolour = "red"\n', "utf-8")
    (folder / UI_STRINGS).unlink()
    out = io.StringIO()
    assert validate_content(tmp_path, out) == 1
    report = out.getvalue()
    for problem in ("name: is missing or empty", 'direction: "down" is not one of ltr, rtl', "colour: unknown key"):
        assert problem in report, report
    assert [lang.code for lang in discover_languages(tmp_path, content_root())] == ["en", "es"]
    # Once it is right, the validator still says its buttons would stay in English.
    (folder / LANGUAGE_FILE).write_text('name = "Tiếng Việt"\nlocale = "vi_VN"\n', "utf-8")
    out = io.StringIO()
    validate_content(tmp_path, out)
    assert f"warning: {folder}: no {UI_STRINGS}: its buttons and labels show in English" in out.getvalue()


def test_the_validator_takes_both_and_names_the_characters_its_fonts_lack(
    app: QApplication, test_languages: Path
) -> None:
    out = io.StringIO()
    assert validate_content(test_languages, out, fonts=check_glyphs) == 0, out.getvalue()
    report = out.getvalue()
    for code in (PSEUDO_ACCENTED, PSEUDO_RIGHT_TO_LEFT):
        assert f"{test_languages / code}: OK" in report
        assert f"note: {code}: reading level not measured" in report
    # Atkinson Hyperlegible has no "ɱ": it is drawn from a font of the machine, and IT is told.
    assert f"warning: {test_languages / PSEUDO_ACCENTED}: " in report and "ɱ" in report
    assert f"warning: {test_languages / PSEUDO_RIGHT_TO_LEFT}: " not in report


def test_a_character_no_font_has_fails_the_validator(app: QApplication, test_languages: Path, tmp_path: Path) -> None:
    folder = tmp_path / PSEUDO_ACCENTED
    shutil.copytree(test_languages / PSEUDO_ACCENTED, folder)
    site = folder / "site.toml"
    site.write_text(site.read_text(encoding="utf-8").replace('app_title = "', 'app_title = "\U00013000 '), "utf-8")
    out = io.StringIO()
    assert validate_content(tmp_path, out, fonts=check_glyphs) == 1
    assert "U+13000" in out.getvalue() and "no font on this machine has" in out.getvalue()


def test_the_review_sheet_prints_them_each_in_its_direction(test_languages: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "review.html"
    assert write_review_sheet(sheet, test_languages, tmp_path / "none.toml", io.StringIO()) == 0
    page = sheet.read_text(encoding="utf-8")
    assert f"{PSEUDO_ACCENTED} (Éñĝĝļîššĥ)" in page
    assert f'lang="{PSEUDO_RIGHT_TO_LEFT}" dir="rtl"' in page and f'lang="{PSEUDO_ACCENTED}" dir="ltr"' in page


def test_with_more_than_two_languages_the_button_opens_a_list_of_them(
    kiosk_factory: KioskFactory, test_languages: Path
) -> None:
    p = kiosk_factory({}, library=ContentLibrary(test_languages))
    button = p.find("languageButton")
    assert button.property("text") == "English"  # the one on screen, beside the translate sign
    p.tap(button)
    p.qtbot.waitUntil(lambda: p.shows("languageDialog"))
    names = {code: p.find(f"language_{code}").property("text") for code in ("en", "es", PSEUDO_ACCENTED)}
    assert names == {"en": "English", "es": "Español", PSEUDO_ACCENTED: "Éñĝĝļîššĥ"}
    p.tap(p.find(f"language_{PSEUDO_ACCENTED}"))
    p.qtbot.waitUntil(lambda: not p.shows("languageDialog"))
    assert p.session.language.code == PSEUDO_ACCENTED
    assert p.visible_title().startswith("Ŵĥééñ")  # its content
    assert p.find("displayButton").property("text").startswith("Ţéẋẋţ")  # and its UI strings
    assert not p.kiosk.display.rightToLeft


def test_a_right_to_left_language_mirrors_the_screen(kiosk_factory: KioskFactory, test_languages: Path) -> None:
    p = _mirrored_patient(kiosk_factory, test_languages)
    assert p.session.language.code == PSEUDO_RIGHT_TO_LEFT and p.kiosk.display.rightToLeft
    # The navigation bar starts at the right: Overview first, Common questions last.
    assert _left(p.nav_button("overview")) > _left(p.nav_button("faq"))
    # The display controls and the clinic's title change sides.
    assert _left(p.find("languageButton")) < p.window.width() / 2
    # The next screen comes in from the left: the finger moves left to right.
    p.swipe_right()
    p.qtbot.waitUntil(lambda: p.session.screen is Screen.NEUROSTIMULATORS)
    p.swipe_left()
    p.qtbot.waitUntil(lambda: p.session.screen is Screen.OVERVIEW)
    # A layer's Back button stands at the start of the line: the right.
    p.session.go(Screen.REFERENCES)
    back, title = p.find("referencesBack"), p.find("pageTitle_references")
    p.qtbot.waitUntil(lambda: p.shows("referencesBack"))
    assert _left(back) > _left(title)


def test_a_right_to_left_language_ends_with_the_session(kiosk_factory: KioskFactory, test_languages: Path) -> None:
    p = _mirrored_patient(kiosk_factory, test_languages)
    p.session.reset()
    assert p.session.language.code == "en" and not p.kiosk.display.rightToLeft
    p.qtbot.waitUntil(lambda: _left(p.nav_button("overview")) < _left(p.nav_button("faq")))  # laid out again


def test_on_a_short_screen_the_mirrored_page_starts_at_the_right(
    kiosk_factory: KioskFactory, test_languages: Path
) -> None:
    """1366x768: the section chips stand in one sliding row, which starts at its right end (the
    first section's chip whole), and the page keeps clear of the scroll buttons, now at the left."""
    p = _mirrored_patient(kiosk_factory, test_languages, (1366, 768))
    chips = next(c for c in p.find_all("sectionChips") if p.on_screen(c))
    first = next(c for c in p.find_all("chip_medicines-not-enough") if p.on_screen(c))
    strip = chips.mapRectToScene(chips.boundingRect())
    p.qtbot.waitUntil(lambda: strip.contains(first.mapRectToScene(first.boundingRect())))
    controls = p.find("pageScrollControls")
    assert controls.mapRectToScene(controls.boundingRect()).right() < strip.left()
