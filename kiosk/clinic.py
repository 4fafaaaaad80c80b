"""The clinic's own touch: its name, phone and logo, and one "Ask our staff" card on Overview.

Kept in a separate folder that IT owns (config ``clinic_dir``), so content updates never
overwrite it. A broken clinic folder is logged and ignored: the kiosk runs without it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content import ContentProblem

CLINIC_FILE = "clinic.toml"
LANGUAGES = ("en", "es")


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


def load_clinic(folder: Path) -> tuple[Clinic | None, list[ContentProblem]]:
    path = folder / CLINIC_FILE
    problems: list[ContentProblem] = []

    def problem(location: str, message: str) -> None:
        problems.append(ContentProblem(str(path), location, message))

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, [ContentProblem(str(path), "", "file is missing")]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return None, [ContentProblem(str(path), "", f"cannot be read: {exc}")]
    allowed = {"name", "phone", "logo", "ask_staff"}
    for key in sorted(data.keys() - allowed):
        problem(key, f"unknown key (allowed: {', '.join(sorted(allowed))})")
    texts: dict[str, str] = {}
    for key in ("name", "phone", "logo"):
        value = data.get(key, "")
        if not isinstance(value, str):
            problem(key, "expected text")
        else:
            texts[key] = value.strip()
    logo = None
    if texts.get("logo"):
        logo = folder / texts["logo"]
        if not logo.is_file():
            problem("logo", f'image "{texts["logo"]}" not found in {folder}')
    cards: dict[str, StaffCard] = {}
    ask: Any = data.get("ask_staff", {})
    if not isinstance(ask, dict):
        problem("ask_staff", "expected a table with one table per language (ask_staff.en, ask_staff.es)")
        ask = {}
    for lang, card in ask.items():
        where = f"ask_staff.{lang}"
        if lang not in LANGUAGES:
            problem(where, f"unknown language (allowed: {', '.join(LANGUAGES)})")
            continue
        if not isinstance(card, dict) or set(card) != {"heading", "text"}:
            problem(where, "expected exactly the keys heading and text")
            continue
        if not all(isinstance(v, str) and v.strip() for v in card.values()):
            problem(where, "heading and text must be non-empty text")
            continue
        cards[lang] = StaffCard(card["heading"].strip(), card["text"].strip())
    if cards and set(cards) != set(LANGUAGES):
        problem("ask_staff", f"needs both languages ({', '.join(LANGUAGES)}); has {', '.join(sorted(cards))}")
    if problems:
        return None, problems
    return Clinic(texts.get("name", ""), texts.get("phone", ""), logo, cards), []
