"""IT's command-line tools for the config file: --check-config and --set-admin-pin."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kiosk.admin_pin import PIN_LENGTHS, hash_pin, valid_pin_format
from kiosk.config import load_config, machine_config_path, set_key


def check_config(path: Path | None, out: TextIO) -> int:
    loaded = load_config(path)
    if loaded.problems:
        print(f"{len(loaded.problems)} problem(s) (the kiosk still starts, using defaults for these keys):", file=out)
        for problem in loaded.problems:
            print(f"  {problem}", file=out)
        return 1
    source = loaded.path or f"no config file at {machine_config_path()}; defaults"
    print(f"# Effective configuration ({source})", file=out)
    print(loaded.config.as_toml(), end="", file=out)
    return 0


def set_admin_pin(path: Path | None, out: TextIO, ask: Callable[[str], str] = getpass.getpass) -> int:
    """Asks twice without echo; only a salted scrypt hash reaches the file."""
    path = path or machine_config_path()
    pin = ask(f"New admin PIN ({PIN_LENGTHS.start}-{PIN_LENGTHS.stop - 1} digits): ")
    if not valid_pin_format(pin):
        print(f"A PIN is {PIN_LENGTHS.start} to {PIN_LENGTHS.stop - 1} digits. Nothing was changed.", file=out)
        return 1
    if ask("Repeat the PIN: ") != pin:
        print("The two PINs differ. Nothing was changed.", file=out)
        return 1
    try:
        set_key(path, "admin_pin_hash", hash_pin(pin))
    except OSError as exc:
        print(f"Cannot write {path}: {exc}. (Run as root for {machine_config_path()}.)", file=out)
        return 1
    print(f"Admin PIN set in {path}. Restart the kiosk to use it.", file=out)
    return 0
