"""Which languages the kiosk has: one content folder each, described by its ``language.toml``.

The one discovery every part uses (the kiosk, the validator, the review sheet, the config and
clinic checks, the attract loop, Listen, the take-home codes): a clinic adds a language by adding
a folder, never by changing code. A language's folder may sit in IT's content folder or in the
bundled content; its description comes from the first of them (best first) that has one, so IT
can override the bundled Spanish text without repeating its language.toml.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kiosk.content.readability import MEASURES
from kiosk.content.schema import SITE_FILE, ContentProblem
from kiosk.files.input_files import CONTENT_LIMIT, InvalidFile, read_toml
from kiosk.session.choices import SOURCE_LANGUAGE, Direction, Language

log = logging.getLogger(__name__)

LANGUAGE_FILE = "language.toml"
#: The UI strings (buttons, labels) of a language: ``ui.ts`` in git, ``ui.qm`` compiled from it
#: by ``make translations``; the source language needs none.
UI_STRINGS_SOURCE = "ui.ts"
UI_STRINGS = "ui.qm"
#: A folder name: a language code with an optional region or script, as in BCP 47 ("es", "zh-Hant").
CODE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
#: A Qt / POSIX locale name ("es_US", "ar", "zh_Hant_TW").
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]{2,8})*")
_KEYS = {"name", "direction", "locale", "speech_locales", "voice_hints", "readability", "font"}
_NAME_LENGTH = 40


def discover_languages(*roots: Path | None) -> tuple[Language, ...]:
    """Every language with content in these content roots (best first; None skipped), each
    described by the first of its folders with a valid language.toml; the source language first,
    then the rest by code. A folder with content but no description anywhere is logged, not offered."""
    folders: dict[str, list[Path]] = {}
    for root in (r for r in roots if r is not None):
        for folder in _folders_in(root):
            folders.setdefault(folder.name, []).append(folder)
    found: list[Language] = []
    for code, candidates in folders.items():
        language = _first_description(code, candidates)
        if language is not None:
            found.append(language)
    return tuple(sorted(found, key=lambda lang: (lang.code != SOURCE_LANGUAGE, lang.code)))


def language_codes(*roots: Path | None) -> tuple[str, ...]:
    return tuple(language.code for language in discover_languages(*roots))


def _folders_in(root: Path) -> list[Path]:
    """The language folders in one content root: those with content (a site.toml) or a description."""
    try:
        return sorted(
            p
            for p in root.iterdir()
            if p.is_dir() and CODE.fullmatch(p.name) and ((p / SITE_FILE).exists() or (p / LANGUAGE_FILE).exists())
        )
    except (OSError, ValueError) as exc:  # missing, not a folder, unreadable, a NUL in the path
        if root.exists():
            log.error("content folder %s cannot be listed: %s", root, exc)
        return []


def _first_description(code: str, folders: Iterable[Path]) -> Language | None:
    for folder in folders:
        if not (folder / LANGUAGE_FILE).exists():
            continue
        language, problems = read_language(folder)
        for problem in problems:
            log.error("language problem: %s", problem)
        if language is not None:
            return language
    log.error("language %s has no valid %s in %s; it is not offered", code, LANGUAGE_FILE, ", ".join(map(str, folders)))
    return None


def read_language(folder: Path) -> tuple[Language | None, list[ContentProblem]]:
    """One folder's language.toml, or every problem with it."""
    path = folder / LANGUAGE_FILE
    problems: list[ContentProblem] = []

    def problem(key: str, message: str) -> None:
        problems.append(ContentProblem(str(path), key, message))

    try:
        data = read_toml(path, CONTENT_LIMIT)
    except FileNotFoundError:
        return None, [ContentProblem(str(path), "", "file is missing (it names the language and its direction)")]
    except InvalidFile as exc:
        return None, [ContentProblem(str(path), "", str(exc))]
    if not CODE.fullmatch(folder.name):
        problem("", f'the folder name "{folder.name}" is not a language code such as "es" or "zh-Hant"')
    for key in sorted(data.keys() - _KEYS):
        problem(key, f"unknown key (allowed: {', '.join(sorted(_KEYS))})")
    name = _text(data, "name", problem, required=True)
    if len(name) > _NAME_LENGTH:
        problem("name", f"{len(name)} characters, over the limit of {_NAME_LENGTH}")
    directions = [d.value for d in Direction]
    direction = _text(data, "direction", problem) or Direction.LEFT_TO_RIGHT.value
    if direction not in directions:
        problem("direction", f'"{direction}" is not one of {", ".join(directions)}')
    locale = _text(data, "locale", problem, required=True)
    if locale and not LOCALE.fullmatch(locale):
        problem("locale", f'"{locale}" is not a locale name such as "es_US" or "ar"')
    speech = _texts(data, "speech_locales", problem)
    for wanted in speech:
        if not LOCALE.fullmatch(wanted):
            problem("speech_locales", f'"{wanted}" is not a locale name such as "es_419"')
    readability = _text(data, "readability", problem)
    if readability and readability not in MEASURES:
        problem("readability", f'"{readability}" is not one of {", ".join(MEASURES)} (leave it out: not measured)')
    font = _text(data, "font", problem)
    language = Language(
        folder.name,
        name,
        locale,
        Direction(direction) if direction in directions else Direction.LEFT_TO_RIGHT,
        speech,
        _texts(data, "voice_hints", problem),
        readability,
        font,
        folder,
    )
    font_file = language.font_file()
    if font_file is not None and (font_file.parent != folder or not font_file.is_file()):
        problem("font", f'"{font}" is not a font file in {folder} (or give the name of an installed font)')
    return (None if problems else language), problems


def _text(data: dict[str, Any], key: str, problem: Any, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or "\n" in value:
        problem(key, "expected one line of text")
        return ""
    if required and not value.strip():
        problem(key, "is missing or empty")
    return value.strip()


def _texts(data: dict[str, Any], key: str, problem: Any) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problem(key, "expected a list of texts")
        return ()
    return tuple(v.strip() for v in value)


def language_text(folder: Path) -> str:
    """Every text of a language folder, to check its characters against the fonts: each string
    of its TOML files and each translation of its UI strings (ui.ts)."""
    from xml.etree import ElementTree  # the validator's alone: not on the kiosk's way to its first frame

    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted(folder.glob("*.toml")):
        try:
            walk(read_toml(path, CONTENT_LIMIT))
        except (OSError, InvalidFile):
            continue  # the content check reports it
    source = folder / UI_STRINGS_SOURCE
    if source.is_file():
        try:
            tree = ElementTree.parse(source)
        except (OSError, ElementTree.ParseError):
            return "\n".join(texts)
        texts += [node.text or "" for node in tree.iter("translation")]
    return "\n".join(texts)
