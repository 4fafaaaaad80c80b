"""kiosk.toml: the settings clinic IT controls.

A kiosk must start even when IT made a typo, so a bad value never stops it: each problem is
reported with its key and line, that key falls back to its default and the rest still applies.
A file that cannot be used at all (not TOML, too large, not a regular file) gives the defaults.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk import APP_ID
from kiosk.content.languages import CODE, language_codes
from kiosk.files.input_files import CONFIG_LIMIT, InvalidFile, parse_toml, read_text
from kiosk.files.resources import content_root
from kiosk.session.choices import SOURCE_LANGUAGE, TEXT_SIZE_NAMES
from kiosk.settings.opening_hours import open_hours_problem
from kiosk.settings.pin_file import hash_problem, pin_file_path, read_pin_file

ORIENTATIONS = ("auto", "landscape", "portrait", "landscape_flipped", "portrait_flipped")
CONFIG_NAME = "kiosk.toml"
#: Problems listed one by one; the rest are counted (a file of 20,000 typos must not become
#: 20,000 log lines and a staff panel that cannot scroll them).
MAX_PROBLEMS = 20
PATH_LENGTH = 1024
#: Digits only: the number is read from the screen and dialled, so no words or extensions.
EMERGENCY_PATTERN = r"[0-9]{2,6}"
#: A phone number as a patient dials it: digits with the usual separators and an extension, e.g.
#: "(555) 010-2030", "+1 555 010 2030", "555-010-2030 ext. 12". Shown as plain text, never a link
#: (the kiosk is offline) and never markup: anything else is a typing mistake.
PHONE_PATTERN = r"(|\+?[0-9() ./-]*[0-9][0-9() ./-]*( ?(ext\.?|x) ?[0-9]{1,6})?)"


@dataclass(frozen=True)
class Setting:
    """How one key is checked and documented."""

    kind: type
    doc: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    #: Characters, for text: a clinic name is one line on screen and in a QR code, a path is a path.
    max_length: int = 0
    #: A regular expression the whole text must match, described in ``doc``.
    pattern: str = ""


SETTINGS: dict[str, Setting] = {
    "idle_timeout_s": Setting(int, "Seconds without a touch before “Are you still there?” appears.", 15, 3600),
    # At least 20 s: time to notice, understand and answer it (WCAG 2.2.1).
    "idle_countdown_s": Setting(int, "Seconds the “Are you still there?” countdown lasts.", 20, 120),
    "attract_delay_s": Setting(int, "Seconds without a touch before the attract loop starts.", 30, 86400),
    "staff_timeout_s": Setting(
        int, "Seconds without a touch before the PIN keypad or the staff panel closes by itself.", 30, 3600
    ),
    "language": Setting(
        str,
        "Language a new patient starts in: the name of a language folder (en, es, or one in content_dir).",
        max_length=20,
        pattern=CODE.pattern,
    ),
    "text_size": Setting(str, "Text size a new patient starts with.", choices=TEXT_SIZE_NAMES),
    "orientation": Setting(str, "Screen orientation; auto follows the screen.", choices=ORIENTATIONS),
    "screen": Setting(int, "Which monitor shows the kiosk (0 = the primary one).", 0, 15),
    "hide_cursor": Setting(bool, "Hide the mouse pointer (touchscreens need none)."),
    "reduce_motion": Setting(bool, "Shorten transitions; stop moving decoration and animations."),
    "clinic_name": Setting(str, "Clinic name shown to patients (may be empty).", max_length=80),
    "clinic_phone": Setting(
        str,
        "Clinic phone number shown to patients and in the take-home codes, e.g. “(555) 010-2030” (digits,"
        " spaces and ( ) + - . /; may be empty).",
        max_length=40,
        pattern=PHONE_PATTERN,
    ),
    "emergency_number": Setting(
        str,
        "Number the safety text tells patients to call in an emergency (digits only).",
        max_length=6,
        pattern=EMERGENCY_PATTERN,
    ),
    "log_dir": Setting(str, "Folder for log files; empty means the platform's log folder.", max_length=PATH_LENGTH),
    "content_dir": Setting(
        str, "Folder with content to use instead of the bundled one; empty means bundled.", max_length=PATH_LENGTH
    ),
    "clinic_dir": Setting(
        str,
        "Folder with clinic.toml: the clinic's name, phone, logo and an “Ask our staff” card.",
        max_length=PATH_LENGTH,
    ),
    "statistics": Setting(bool, "Keep anonymous usage statistics on this machine (false: no database is made)."),
    "export_dir": Setting(
        str, "Folder the staff panel can export statistics to, besides removable drives.", max_length=PATH_LENGTH
    ),
    "admin_pin_hash": Setting(
        str,
        "Old place of the admin PIN's hash, read only while there is no admin-pin file beside this one "
        "(--set-admin-pin writes that file and removes this key).",
        max_length=512,
    ),
    "open_hours": Setting(
        str,
        "When the clinic is open, e.g. “mon-fri 07:30-18:00; sat 08:00-12:00”; outside them the screen goes"
        " dark until touched. Empty: always open.",
        max_length=200,
    ),
    "metrics_file": Setting(
        str,
        "File the kiosk writes Prometheus metrics to every 30 s (for node-exporter's textfile collector); empty: none.",
        max_length=PATH_LENGTH,
    ),
}
#: Keys whose values must agree with each other (see _check_idle_order); defaults that do.
IDLE_KEYS = ("idle_timeout_s", "idle_countdown_s", "attract_delay_s")


@dataclass(frozen=True)
class Config:
    idle_timeout_s: int = 90
    idle_countdown_s: int = 20
    attract_delay_s: int = 300
    staff_timeout_s: int = 120
    language: str = SOURCE_LANGUAGE
    text_size: str = "standard"
    orientation: str = "auto"
    screen: int = 0
    hide_cursor: bool = True
    reduce_motion: bool = False
    clinic_name: str = ""
    clinic_phone: str = ""
    emergency_number: str = "911"
    log_dir: str = ""
    content_dir: str = ""
    clinic_dir: str = ""
    statistics: bool = True
    export_dir: str = ""
    admin_pin_hash: str = field(default="", repr=False)
    open_hours: str = ""
    metrics_file: str = ""

    def as_toml(self) -> str:
        """The effective configuration, as a file IT could use (without the PIN's hash, which
        belongs in its own file)."""
        lines = []
        for f in fields(self):
            if f.name == "admin_pin_hash":
                continue
            value = getattr(self, f.name)
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
    #: Worth fixing, but nothing fell back to a default (a PIN hash left in kiosk.toml).
    warnings: tuple[ConfigProblem, ...] = ()
    #: Where --set-admin-pin writes the PIN's hash and the kiosk reads it (beside kiosk.toml).
    pin_file: Path | None = None
    #: The file the admin PIN in ``config.admin_pin_hash`` came from ("" when there is none).
    pin_source: str = ""

    @classmethod
    def defaults(cls) -> LoadedConfig:
        return cls(Config(), None)


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


#: `key =`, `"key" =`, `key.sub =` or `[key]` at the start of a line: where a top-level key is set.
_KEY_AT_LINE_START = re.compile(r"""[ \t]*(?:\[+[ \t]*)?["']?([A-Za-z0-9_-]+)["']?[ \t]*[.=\]]""")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _key_lines(text: str) -> dict[str, int]:
    """The first line of each key, in one pass (a search per key made 20,000 keys take 30 s)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _KEY_AT_LINE_START.match(line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def _shown(value: object) -> str:
    """A value as a problem message shows it: short, and never the repr of a huge or deeply
    nested value (that alone can take seconds or raise RecursionError)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**18 else "a very large number"
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else repr(value[:40]) + "…"
    kinds = {float: "a decimal number", list: "a list", dict: "a table"}
    return next((name for kind, name in kinds.items() if isinstance(value, kind)), "a date or time")


def _check(key: str, value: Any, setting: Setting) -> str | None:
    """A problem with ``value`` for ``key``, or None when it is fine."""
    expected = {int: "a whole number", bool: "true or false", str: "text in quotes"}[setting.kind]
    if setting.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        return f"expected {expected}, found {_shown(value)}"
    if not isinstance(value, setting.kind):
        return f"expected {expected}, found {_shown(value)}"
    low, high = setting.minimum, setting.maximum
    if isinstance(value, int) and low is not None and high is not None and not low <= value <= high:
        return f"{_shown(value)} is out of range ({setting.minimum} to {setting.maximum})"
    if isinstance(value, str):
        if setting.max_length and len(value) > setting.max_length:
            return f"{len(value)} characters, over the limit of {setting.max_length}"
        if _CONTROL.search(value):
            return "contains a control character (a line break, tab or NUL)"
    if setting.choices and value not in setting.choices:
        return f"{_shown(value)} is not one of {', '.join(setting.choices)}"
    if key == "admin_pin_hash" and isinstance(value, str) and value:
        return hash_problem(value)
    if key == "open_hours" and isinstance(value, str):
        return open_hours_problem(value)
    if key == "metrics_file" and isinstance(value, str) and value and not value.endswith(".prom"):
        return f"{_shown(value)} does not end in .prom (node-exporter reads only such files)"
    if setting.pattern and isinstance(value, str) and not re.fullmatch(setting.pattern, value):
        return f"{_shown(value)} is not valid: {setting.doc[0].lower()}{setting.doc[1:]}"
    return None


def _check_idle_order(values: dict[str, Any], lines: dict[str, int], file: str) -> ConfigProblem | None:
    """The attract loop starts after attract_delay_s without a touch and clears the screen; before
    the countdown has run out, a patient who is still there loses their place without the
    "Are you still there?" warning. Such a setting keeps the three defaults, which agree."""
    chosen = replace(Config(), **{k: v for k, v in values.items() if k in IDLE_KEYS})
    timeout, countdown, attract = chosen.idle_timeout_s, chosen.idle_countdown_s, chosen.attract_delay_s
    if attract >= timeout + countdown:
        return None
    defaults = ", ".join(f"{key} = {getattr(Config(), key)}" for key in IDLE_KEYS)
    line = next((lines[k] for k in reversed(IDLE_KEYS) if k in values and k in lines), None)
    return ConfigProblem(
        file,
        line,
        "attract_delay_s",
        f"{attract} is shorter than idle_timeout_s + idle_countdown_s ({timeout} + {countdown} = "
        f"{timeout + countdown}): the attract loop would clear a patient's screen without asking "
        f"“Are you still there?” first; using the defaults {defaults}",
    )


def kiosk_languages(config: Config) -> tuple[str, ...]:
    """The codes of the languages a kiosk with this config has: its content folder's and the bundled."""
    return language_codes(Path(config.content_dir) if config.content_dir else None, content_root())


def _check_language(values: dict[str, Any], lines: dict[str, int], file: str) -> ConfigProblem | None:
    """The starting language must be one the kiosk has: a folder of the content_dir set here, or
    of the bundled content."""
    if "language" not in values:
        return None
    offered = kiosk_languages(replace(Config(), **{k: v for k, v in values.items() if k == "content_dir"}))
    if values["language"] in offered:
        return None
    shown, default = _shown(values["language"]), _toml_value(SOURCE_LANGUAGE)
    message = f"{shown} is not one of {', '.join(offered)} (its folders); using the default {default}"
    return ConfigProblem(file, lines.get("language"), "language", message)


def parse_config(text: str, file: str = CONFIG_NAME) -> tuple[Config, list[ConfigProblem]]:
    problems: list[ConfigProblem] = []
    try:
        data = parse_toml(text)
    except InvalidFile as exc:
        return Config(), [ConfigProblem(file, exc.line, "", f"{exc}; using defaults")]
    lines = _key_lines(text)
    values: dict[str, Any] = {}
    for key, value in data.items():
        line = lines.get(key)
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
    language = _check_language(values, lines, file)
    if language:
        problems.append(language)
        del values["language"]
    order = _check_idle_order(values, lines, file)
    if order:
        problems.append(order)
        values = {k: v for k, v in values.items() if k not in IDLE_KEYS}
    if len(problems) > MAX_PROBLEMS:
        more = len(problems) - MAX_PROBLEMS
        problems[MAX_PROBLEMS:] = [ConfigProblem(file, None, "", f"and {more:,} more problems like these")]
    return replace(Config(), **values), problems


def load_config(path: Path | None = None) -> LoadedConfig:
    """``path`` when given (a missing one is a problem), else the machine-wide file if it exists,
    else the defaults; and the admin PIN from the file beside it."""
    explicit = path is not None
    path = path or machine_config_path()
    text = ""
    found: Path | None = path
    try:
        text = read_text(path, CONFIG_LIMIT)
    except FileNotFoundError:
        problems = [ConfigProblem(str(path), None, "", "file not found; using defaults")] if explicit else []
        config, found = Config(), path if explicit else None
    except InvalidFile as exc:
        config, problems = Config(), [ConfigProblem(str(path), None, "", f"{exc}; using defaults")]
    else:
        config, problems = parse_config(text, str(path))
    config, pin_problems, warnings, source = _admin_pin(config, path, _key_lines(text).get("admin_pin_hash"))
    pin_file = pin_file_path(path)
    return LoadedConfig(config, found, tuple(problems + pin_problems), tuple(warnings), pin_file, source)


def _admin_pin(
    config: Config, config_path: Path, legacy_line: int | None
) -> tuple[Config, list[ConfigProblem], list[ConfigProblem], str]:
    """The PIN's hash comes from its own file; kiosk.toml's admin_pin_hash only while there is no
    such file, so installs from before it keep their PIN (with a warning). A PIN file that cannot
    be used is a problem, and staff access is refused until it is fixed: never a PIN that
    silently stops working or freezes the keypad."""
    pin = read_pin_file(pin_file_path(config_path))
    where, legacy = str(pin.path), config.admin_pin_hash
    if pin.problem:
        problem = ConfigProblem(where, None, "", f"{pin.problem}. Staff access is refused until it is fixed")
        return replace(config, admin_pin_hash=""), [problem], [], ""
    if pin.exists:
        warnings = [ConfigProblem(where, None, "", pin.warning)] if pin.warning else []
        if legacy:
            message = f"ignored, the PIN file {where} is used; delete this line"
            warnings.append(ConfigProblem(str(config_path), legacy_line, "admin_pin_hash", message))
        return replace(config, admin_pin_hash=pin.hash), [], warnings, where
    if legacy:
        message = (
            "every user of this computer can read this file, and try PINs against the hash without the "
            f"keypad's lockout: run --set-admin-pin to move the PIN to {where}, which only root and the kiosk can read"
        )
        return config, [], [ConfigProblem(str(config_path), legacy_line, "admin_pin_hash", message)], str(config_path)
    return config, [], [], ""


def remove_key(path: Path, key: str) -> bool:
    """Delete a top-level ``key = …`` line, keeping everything else; True if there was one."""
    try:
        text = read_text(path, CONFIG_LIMIT)
    except FileNotFoundError:
        return False
    except InvalidFile as exc:
        raise OSError(f"{path} {exc}") from None
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=.*\n?", re.M)
    if not pattern.search(text):
        return False
    _write_replacing(path, pattern.sub("", text, count=1))
    return True


def _write_replacing(path: Path, text: str) -> None:
    """The new text in place at once; the file keeps its rights (it is a conffile IT may have
    restricted)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    with contextlib.suppress(OSError):
        shutil.copymode(path, tmp)
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
