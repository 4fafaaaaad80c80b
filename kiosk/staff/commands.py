"""IT's and the clinician's command-line tools: --check-config, --set-admin-pin and --review-sheet."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from kiosk.content.languages import discover_languages
from kiosk.content.model import Content
from kiosk.content.reader import load_content
from kiosk.content.review import review_warning
from kiosk.content.review_sheet import review_sheet_html, rows
from kiosk.content.schema import SITE_FILE, ContentError
from kiosk.content.validate import language_folders
from kiosk.files.resources import content_root
from kiosk.session.choices import SOURCE_LANGUAGE
from kiosk.settings.clinic import emergency_number, load_clinic
from kiosk.settings.config import load_config, machine_config_path, remove_key
from kiosk.settings.pin_file import KIOSK_GROUP, pin_file_path
from kiosk.staff.pin import NEW_PIN_DIGITS, hash_pin, valid_new_pin, write_pin_file


def check_config(path: Path | None, out: TextIO) -> int:
    """Every problem, and exit 1 if there is one; warnings alone still exit 0."""
    loaded = load_config(path)
    if loaded.problems:
        print(f"{len(loaded.problems)} problem(s) (the kiosk still starts, using defaults for these):", file=out)
        for problem in loaded.problems:
            print(f"  {problem}", file=out)
    if loaded.warnings:
        print(f"{len(loaded.warnings)} warning(s):", file=out)
        for warning in loaded.warnings:
            print(f"  {warning}", file=out)
    if loaded.problems:
        return 1
    source = loaded.path or f"no config file at {machine_config_path()}; defaults"
    print(f"# Effective configuration ({source})", file=out)
    print(loaded.config.as_toml(), end="", file=out)
    if loaded.pin_source:
        print(f"# Admin PIN: set ({loaded.pin_source})", file=out)
    else:
        print(f"# Admin PIN: none, staff access is refused (--set-admin-pin writes {loaded.pin_file})", file=out)
    return 0


def set_admin_pin(
    path: Path | None, out: TextIO, ask: Callable[[str], str] = getpass.getpass, group: str = KIOSK_GROUP
) -> int:
    """Asks twice without echo; only a salted scrypt hash is written, to the PIN file beside the
    config file, which only root and the kiosk's group can read. A hash left in the config file
    by an older version is removed from it."""
    path = path or machine_config_path()
    pin_file = pin_file_path(path)
    digits = f"{NEW_PIN_DIGITS.start} to {NEW_PIN_DIGITS.stop - 1} digits"
    pin = ask(f"New admin PIN ({digits}): ")
    if not valid_new_pin(pin):
        print(f"A PIN is {digits}. Nothing was changed.", file=out)
        return 1
    if ask("Repeat the PIN: ") != pin:
        print("The two PINs differ. Nothing was changed.", file=out)
        return 1
    try:
        rights = write_pin_file(pin_file, hash_pin(pin), group)
    except OSError as exc:
        where = f"Run as root for {machine_config_path()}"
        print(f"Cannot write {pin_file}: {exc}. ({where}.) Nothing was changed.", file=out)
        return 1
    print(f"Admin PIN set in {pin_file} ({rights}). Restart the kiosk to use it.", file=out)
    try:
        if remove_key(path, "admin_pin_hash"):
            print(f"The old PIN hash was removed from {path}.", file=out)
    except OSError as exc:
        print(f"Could not remove the old admin_pin_hash from {path} ({exc}); it is ignored now, delete it.", file=out)
    return 0


def write_review_sheet(
    out: Path, content_dir: Path | None, config_path: Path | None, stream: TextIO, today: date | None = None
) -> int:
    """Load every language strictly (a problem stops the sheet: a reviewer must not sign text the
    kiosk would refuse), then write the page. The emergency number is the one this machine's
    kiosk.toml and clinic folder set, so the sheet shows what patients see."""
    today = today or date.today()
    config = load_config(config_path).config
    clinic = load_clinic(Path(config.clinic_dir), config)[0] if config.clinic_dir else None
    number = emergency_number(config, clinic)
    root = content_dir or content_root()
    folders = language_folders(root)
    if not folders:
        print(f"{root}: no content found (expected {SITE_FILE} or language folders such as en/)", file=stream)
        return 1
    described = {lang.code: lang for lang in discover_languages(root, content_root())}
    contents: dict[str, Content] = {}
    failed = False
    for folder in sorted(folders, key=lambda f: (f.name != SOURCE_LANGUAGE, f.name)):
        try:
            contents[folder.name] = load_content(folder, emergency_number=number)
        except ContentError as exc:
            failed = True
            print(f"{folder}: {len(exc.problems)} problem(s); fix them before the review", file=stream)
            for problem in exc.problems:
                print(f"  {problem}", file=stream)
    if failed:
        return 1
    notes = [w for lang, c in contents.items() if (w := review_warning(c.site.review, lang, today))]
    try:
        out.write_text(review_sheet_html(contents, today, number, notes, described), encoding="utf-8")
    except OSError as exc:
        print(f"{out}: cannot write the review sheet: {exc}", file=stream)
        return 1
    count = sum(len(part) for _, part in rows(contents))
    print(f"{out}: review sheet for {', '.join(contents)}: {count} texts side by side", file=stream)
    return 0
