"""``--validate-content``: tells IT every problem in a content folder before it is deployed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from kiosk.content.checks import parity_problems
from kiosk.content.languages import (
    LANGUAGE_FILE,
    UI_STRINGS,
    UI_STRINGS_SOURCE,
    discover_languages,
    language_text,
    read_language,
)
from kiosk.content.library import comparison_warning
from kiosk.content.model import Content
from kiosk.content.readability import NOT_CHECKED, readability_available, readability_problems
from kiosk.content.reader import load_content
from kiosk.content.review import review_warning
from kiosk.content.schema import IMAGES_FOLDER, SITE_FILE, ContentError
from kiosk.files.resources import content_root
from kiosk.session.choices import SOURCE_LANGUAGE, Language

#: Checks a language's text against the fonts the kiosk would draw it with (``ui.glyphs``, as
#: Qt knows the fonts): (what falls back to a font of the machine, what no font has).
FontCheck = Callable[[Language, str], tuple[list[str], list[str]]]


def language_folders(folder: Path) -> list[Path]:
    """A language folder itself, or every language folder under a content root: every folder
    there but the illustrations' (and hidden ones such as .git), so a language folder that lost its
    site.toml is still reported rather than skipped."""
    if (folder / SITE_FILE).exists():
        return [folder]
    try:
        found = [p for p in folder.iterdir() if p.is_dir() and p.name != IMAGES_FOLDER and not p.name.startswith(".")]
    except (OSError, ValueError):
        return []
    return sorted(found)


def _untranslated_ui(language: Language) -> str | None:
    """Why a language's buttons and labels would show in English, if they would."""
    folder = language.folder
    if language.code == SOURCE_LANGUAGE or folder is None or (folder / UI_STRINGS).is_file():
        return None
    fix = "compile its ui.ts with pyside6-lrelease" if (folder / UI_STRINGS_SOURCE).is_file() else "add a ui.ts"
    return f"{folder}: no {UI_STRINGS}: its buttons and labels show in English ({fix})"


def validate_content(
    folder: Path | None, out: TextIO, today: date | None = None, fonts: FontCheck | None = None
) -> int:
    """Exit status 1 for any problem; an overdue or missing clinical review is printed as a
    warning (the content is still usable, but the clinic should know), and so is a character
    its font lacks that a font of this machine draws (``fonts``, where Qt is at hand)."""
    folder = folder or content_root()
    today = today or date.today()
    folders = language_folders(folder)
    if not folders:
        print(f"{folder}: no content found (expected {SITE_FILE} or language folders such as en/)", file=out)
        return 1
    failed = 0
    loaded: dict[str, Content] = {}
    root = folder.parent if (folder / SITE_FILE).exists() else folder
    described = {lang.code: lang for lang in discover_languages(root, content_root())}
    for lang in folders:
        if (lang / LANGUAGE_FILE).exists():
            language, problems = read_language(lang)
            if problems:
                failed += 1
                print(f"{lang}: {LANGUAGE_FILE}: {len(problems)} problem(s)", file=out)
                for problem in problems:
                    print(f"  {problem}", file=out)
            elif language is not None:
                described[lang.name] = language
        elif lang.name not in described:
            failed += 1
            print(f"{lang}: no {LANGUAGE_FILE} here or in the bundled content: the kiosk would not offer it", file=out)
        untranslated = _untranslated_ui(described[lang.name]) if lang.name in described else None
        if untranslated:
            print(f"warning: {untranslated}", file=out)
        if fonts is not None and lang.name in described:
            fallbacks, missing = fonts(described[lang.name], language_text(lang))
            for line in fallbacks:
                print(f"warning: {lang}: {line}", file=out)
            if missing:
                failed += 1
                print(f"{lang}: {len(missing)} character(s) no font on this machine has", file=out)
                for line in missing:
                    print(f"  {line}", file=out)
        try:
            content = load_content(lang)
            loaded[lang.name] = content
        except ContentError as exc:
            failed += 1
            print(f"{lang}: {len(exc.problems)} problem(s)", file=out)
            for problem in exc.problems:
                print(f"  {problem}", file=out)
            continue
        except Exception as exc:  # a checker's bug on strange content: still a report, not a traceback
            failed += 1
            print(f"{lang}: could not be checked ({type(exc).__name__}: {exc})", file=out)
            continue
        sections = sum(len(p.sections) for p in content.pages.values())
        print(
            f"{lang}: OK, version {content.site.content_version}: {len(content.pages)} screens, "
            f"{sections} sections, {len(content.faq.items)} questions, "
            f"{len(content.references.items)} references",
            file=out,
        )
        for warning in (review_warning(content.site.review, lang.name, today), comparison_warning(content)):
            if warning:
                print(f"warning: {warning}", file=out)
    measured = readability_available()
    if loaded and not measured:
        print(f"note: {NOT_CHECKED}", file=out)
    for name, content in loaded.items():
        measure = described[name].readability if name in described else ""
        if measured and not measure:
            print(f"note: {name}: reading level not measured (its {LANGUAGE_FILE} names no measure)", file=out)
        hard = readability_problems(content, measure) if measured else []
        if hard:
            failed += 1
            print(f"{name}: {len(hard)} readability problem(s)", file=out)
            for problem in hard:
                print(f"  {problem}", file=out)
    base = loaded.get(SOURCE_LANGUAGE) or next(iter(loaded.values()), None)
    for name, content in loaded.items():
        if base is None or content is base:
            continue
        problems = parity_problems(base, content)
        if problems:
            failed += 1
            print(f"{name}: {len(problems)} difference(s) from {base.site.language}", file=out)
            for problem in problems:
                print(f"  {problem}", file=out)
    return 1 if failed else 0
