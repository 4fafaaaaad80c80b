"""IT's command-line tools for the config file: --check-config and --set-admin-pin."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kiosk.admin_pin import KIOSK_GROUP, NEW_PIN_DIGITS, hash_pin, pin_file_path, valid_new_pin, write_pin_file
from kiosk.config import load_config, machine_config_path, remove_key


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
