"""kiosk.toml: the settings clinic IT controls.

A kiosk must start even when IT made a typo, so a bad value never stops it: each problem is
reported with its key and line, that key falls back to its default and the rest still applies.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk import APP_ID

TEXT_SIZES = ("standard", "large", "extra_large")
ORIENTATIONS = ("auto", "landscape", "portrait", "landscape_flipped", "portrait_flipped")
LANGUAGES = ("en", "es")
CONFIG_NAME = "kiosk.toml"


@dataclass(frozen=True)
class Setting:
    """How one key is checked and documented."""

    kind: type
    doc: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()


SETTINGS: dict[str, Setting] = {
    "idle_timeout_s": Setting(int, "Seconds without a touch before “Are you still there?” appears.", 15, 3600),
    "idle_countdown_s": Setting(int, "Seconds the “Are you still there?” countdown lasts.", 3, 60),
    "attract_delay_s": Setting(int, "Seconds without a touch before the attract loop starts.", 30, 86400),
    "language": Setting(str, "Language a new patient starts in.", choices=LANGUAGES),
    "text_size": Setting(str, "Text size a new patient starts with.", choices=TEXT_SIZES),
    "orientation": Setting(str, "Screen orientation; auto follows the screen.", choices=ORIENTATIONS),
    "screen": Setting(int, "Which monitor shows the kiosk (0 = the primary one).", 0, 15),
    "hide_cursor": Setting(bool, "Hide the mouse pointer (touchscreens need none)."),
    "reduce_motion": Setting(bool, "Shorten transitions and stop moving decoration."),
    "clinic_name": Setting(str, "Clinic name shown to patients (may be empty)."),
    "clinic_phone": Setting(str, "Clinic phone number shown to patients (may be empty)."),
    "log_dir": Setting(str, "Folder for log files; empty means the platform's log folder."),
    "content_dir": Setting(str, "Folder with content to use instead of the bundled one; empty means bundled."),
    "clinic_dir": Setting(str, "Folder with clinic.toml: the clinic's name, phone, logo and an “Ask our staff” card."),
    "statistics": Setting(bool, "Keep anonymous usage statistics on this machine (false: no database is made)."),
    "export_dir": Setting(str, "Folder the staff panel can export statistics to, besides removable drives."),
    "admin_pin_hash": Setting(str, "Salted hash of the admin PIN; set it with --set-admin-pin."),
}


@dataclass(frozen=True)
class Config:
    idle_timeout_s: int = 90
    idle_countdown_s: int = 10
    attract_delay_s: int = 300
    language: str = "en"
    text_size: str = "standard"
    orientation: str = "auto"
    screen: int = 0
    hide_cursor: bool = True
    reduce_motion: bool = False
    clinic_name: str = ""
    clinic_phone: str = ""
    log_dir: str = ""
    content_dir: str = ""
    clinic_dir: str = ""
    statistics: bool = True
    export_dir: str = ""
    admin_pin_hash: str = field(default="", repr=False)

    def as_toml(self) -> str:
        """The effective configuration, as a file IT could use (the PIN hash is not shown)."""
        lines = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "admin_pin_hash":
                value = "(set)" if value else ""
            lines.append(f"# {SETTINGS[f.name].doc}")
            lines.append(f"{f.name} = {_toml_value(value)}")
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class ConfigProblem:
    file: str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


@dataclass(frozen=True)
class LoadedConfig:
    config: Config
    path: Path | None
    problems: tuple[ConfigProblem, ...] = ()


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def machine_config_path() -> Path:
    """The machine-wide location IT manages: /etc/<app>/ on Linux, %ProgramData%\\<app>\\ on Windows."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_ID / CONFIG_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_ID / CONFIG_NAME
    return Path("/etc") / APP_ID / CONFIG_NAME


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=", re.M)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _check(key: str, value: Any, setting: Setting) -> str | None:
    """A problem with ``value`` for ``key``, or None when it is fine."""
    expected = {int: "a whole number", bool: "true or false", str: "text in quotes"}[setting.kind]
    if setting.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        return f"expected {expected}, found {value!r}"
    if not isinstance(value, setting.kind):
        return f"expected {expected}, found {value!r}"
    low, high = setting.minimum, setting.maximum
    if isinstance(value, int) and low is not None and high is not None and not low <= value <= high:
        return f"{value} is out of range ({setting.minimum} to {setting.maximum})"
    if setting.choices and value not in setting.choices:
        return f"{value!r} is not one of {', '.join(setting.choices)}"
    return None


def parse_config(text: str, file: str = CONFIG_NAME) -> tuple[Config, list[ConfigProblem]]:
    problems: list[ConfigProblem] = []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"line (\d+)", str(exc))
        problems.append(
            ConfigProblem(file, int(at.group(1)) if at else None, "", f"not valid TOML ({exc}); using defaults")
        )
        return Config(), problems
    values: dict[str, Any] = {}
    for key, value in data.items():
        line = _line_of(text, key)
        setting = SETTINGS.get(key)
        if setting is None:
            problems.append(ConfigProblem(file, line, key, f"unknown key (known keys: {', '.join(SETTINGS)})"))
            continue
        problem = _check(key, value, setting)
        if problem:
            default = getattr(Config(), key)
            shown = "(none)" if key == "admin_pin_hash" else _toml_value(default)
            problems.append(ConfigProblem(file, line, key, f"{problem}; using the default {shown}"))
            continue
        values[key] = value
    return replace(Config(), **values), problems


def load_config(path: Path | None = None) -> LoadedConfig:
    """``path`` when given (a missing one is a problem), else the machine-wide file if it exists,
    else the defaults."""
    explicit = path is not None
    path = path or machine_config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit:
            return LoadedConfig(Config(), path, (ConfigProblem(str(path), None, "", "file not found; using defaults"),))
        return LoadedConfig(Config(), None)
    except (OSError, UnicodeDecodeError) as exc:
        return LoadedConfig(
            Config(), path, (ConfigProblem(str(path), None, "", f"cannot be read ({exc}); using defaults"),)
        )
    config, problems = parse_config(text, str(path))
    return LoadedConfig(config, path, tuple(problems))


def set_key(path: Path, key: str, value: str) -> None:
    """Write one key into the file, keeping everything else (comments included) as it was."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    line = f"{key} = {_toml_value(value)}"
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=.*$", re.M)
    if pattern.search(text):
        text = pattern.sub(line.replace("\\", "\\\\"), text, count=1)
    else:
        text = (text.rstrip("\n") + "\n" if text.strip() else "") + line + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def rotation_degrees(orientation: str, width: int, height: int) -> int:
    """How far to turn the UI so it stands as IT asked on a screen of this size
    (for monitors mounted turned when the OS display setting cannot be changed)."""
    landscape_screen = width >= height
    if orientation == "auto":
        return 0
    wants_landscape = orientation.startswith("landscape")
    turn = 0 if wants_landscape == landscape_screen else 90
    return turn + 180 if orientation.endswith("_flipped") else turn
