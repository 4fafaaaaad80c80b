"""``--validate-content``: tells IT every problem in a content folder before it is deployed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TextIO

from kiosk.content.checks import parity_problems
from kiosk.content.model import Content
from kiosk.content.readability import NOT_CHECKED, readability_available, readability_problems
from kiosk.content.reader import comparison_warning, load_content
from kiosk.content.review import review_warning
from kiosk.content.schema import IMAGES_FOLDER, SITE_FILE, ContentError
from kiosk.files.resources import content_root


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


def validate_content(folder: Path | None, out: TextIO, today: date | None = None) -> int:
    """Exit status 1 for any problem; an overdue or missing clinical review is printed as a
    warning (the content is still usable, but the clinic should know)."""
    folder = folder or content_root()
    today = today or date.today()
    folders = language_folders(folder)
    if not folders:
        print(f"{folder}: no content found (expected {SITE_FILE} or language folders such as en/)", file=out)
        return 1
    failed = 0
    loaded: dict[str, Content] = {}
    for lang in folders:
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
        hard = readability_problems(content) if measured else []
        if hard:
            failed += 1
            print(f"{name}: {len(hard)} readability problem(s)", file=out)
            for problem in hard:
                print(f"  {problem}", file=out)
    base = loaded.get("en") or next(iter(loaded.values()), None)
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
