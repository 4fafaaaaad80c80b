"""The clinic's own touch: its name, phone and logo, and one "Ask our staff" card on Overview.

Kept in a separate folder that IT owns (config ``clinic_dir``), so content updates never
overwrite it. A broken clinic folder is logged and ignored: the kiosk runs without it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content.schema import ContentProblem
from kiosk.files.input_files import CLINIC_LIMIT, InvalidFile, confined_image, read_toml
from kiosk.settings.config import EMERGENCY_PATTERN, PHONE_PATTERN, Config, kiosk_languages

log = logging.getLogger(__name__)

CLINIC_FILE = "clinic.toml"
#: Characters: the name and phone share one line with the app title; the card is a short note.
MAX_LENGTH = {"name": 80, "phone": 40, "logo": 255, "emergency_number": 6, "heading": 80, "text": 400}
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # a line break is fine in the card's text


@dataclass(frozen=True)
class StaffCard:
    heading: str
    text: str


@dataclass(frozen=True)
class Clinic:
    name: str = ""
    phone: str = ""
    logo: Path | None = None
    cards: dict[str, StaffCard] = field(default_factory=dict)
    #: Empty: kiosk.toml's ``emergency_number`` (default 911) applies.
    emergency_number: str = ""


def load_clinic(folder: Path, config: Config | None = None) -> tuple[Clinic | None, list[ContentProblem]]:
    """The clinic folder, its "Ask our staff" card in every language the kiosk with ``config``
    has (its content folder's and the bundled ones)."""
    languages = kiosk_languages(config or Config())
    path = folder / CLINIC_FILE
    problems: list[ContentProblem] = []

    def problem(location: str, message: str) -> None:
        problems.append(ContentProblem(str(path), location, message))

    def bad_text(location: str, key: str, value: str) -> bool:
        if len(value) > MAX_LENGTH[key]:
            problem(location, f"{len(value)} characters, over the limit of {MAX_LENGTH[key]}")
            return True
        if _CONTROL.search(value) or (key != "text" and "\n" in value):
            problem(location, "contains a control character (a line break, tab or NUL)")
            return True
        return False

    try:
        data = read_toml(path, CLINIC_LIMIT)
    except FileNotFoundError:
        return None, [ContentProblem(str(path), "", "file is missing")]
    except InvalidFile as exc:
        return None, [ContentProblem(str(path), "", str(exc))]
    allowed = {"name", "phone", "logo", "ask_staff", "emergency_number"}
    for key in sorted(data.keys() - allowed):
        problem(key, f"unknown key (allowed: {', '.join(sorted(allowed))})")
    texts: dict[str, str] = {}
    for key in ("name", "phone", "logo", "emergency_number"):
        value = data.get(key, "")
        if not isinstance(value, str):
            problem(key, "expected text")
        elif not bad_text(key, key, value):
            texts[key] = value.strip()
    if texts.get("emergency_number") and not re.fullmatch(EMERGENCY_PATTERN, texts["emergency_number"]):
        problem("emergency_number", f'"{texts["emergency_number"]}" is not a number to call (digits only, e.g. "112")')
    if texts.get("phone") and not re.fullmatch(PHONE_PATTERN, texts["phone"]):
        problem(
            "phone", f'"{texts["phone"]}" is not a phone number (digits, spaces and ( ) + - . /, e.g. "(555) 010-2030")'
        )
    logo = None
    if texts.get("logo"):
        try:
            logo = confined_image(folder, texts["logo"])
        except InvalidFile as exc:
            problem("logo", str(exc))
    cards: dict[str, StaffCard] = {}
    ask: Any = data.get("ask_staff", {})
    if not isinstance(ask, dict):
        problem("ask_staff", "expected a table with one table per language (ask_staff.en, ask_staff.es)")
        ask = {}
    for lang, card in ask.items():
        where = f"ask_staff.{lang}"
        if lang not in languages:
            problem(where, f"unknown language (allowed: {', '.join(languages)})")
            continue
        if not isinstance(card, dict) or set(card) != {"heading", "text"}:
            problem(where, "expected exactly the keys heading and text")
            continue
        if not all(isinstance(v, str) and v.strip() for v in card.values()):
            problem(where, "heading and text must be non-empty text")
            continue
        if any([bad_text(f"{where}.{key}", key, card[key]) for key in ("heading", "text")]):
            continue
        cards[lang] = StaffCard(card["heading"].strip(), card["text"].strip())
    given = set(ask) & set(languages)
    if given and given != set(languages):
        problem("ask_staff", f"needs every language ({', '.join(languages)}); has {', '.join(sorted(given))}")
    if problems:
        return None, problems
    return Clinic(texts.get("name", ""), texts.get("phone", ""), logo, cards, texts.get("emergency_number", "")), []


def emergency_number(config: Config, clinic: Clinic | None) -> str:
    """The number the safety text tells patients to call: clinic.toml's, else kiosk.toml's (911
    unless IT set another). Pass it to ``load_content``/``load_with_fallback``."""
    return (clinic.emergency_number if clinic else "") or config.emergency_number


def clinic_for(config: Config) -> Clinic:
    """The clinic folder when it is valid, its name, phone and emergency number falling back to
    kiosk.toml's; otherwise just those from kiosk.toml."""
    clinic: Clinic | None = None
    if config.clinic_dir:
        clinic, problems = load_clinic(Path(config.clinic_dir), config)
        for problem in problems:
            log.error("clinic folder problem (ignored): %s", problem)
    number = emergency_number(config, clinic)
    if clinic is None:
        return Clinic(config.clinic_name, config.clinic_phone, emergency_number=number)
    name, phone = clinic.name or config.clinic_name, clinic.phone or config.clinic_phone
    return Clinic(name, phone, clinic.logo, clinic.cards, number)
