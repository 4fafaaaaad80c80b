"""Two test languages made from the English content, to prove that a language is only a folder.

``en-XA`` (pseudo-accented, as Android's pseudo-locale of that name): every letter accented and
every word about a third longer, so a label that is cut, a layout that assumes English widths or
a string left untranslated shows at a glance. ``ar-XB`` (pseudo right-to-left): the English text,
each text starting with a right-to-left mark, in a folder whose language.toml says ``rtl``: the
whole screen mirrors as for Arabic or Hebrew, and the words stay readable to whoever checks it.
Neither is a translation: they are for tests and screenshots only, never for patients.

``python -m kiosk.content.test_languages OUT`` writes both folders into the content root ``OUT``;
``main.py --content OUT`` then offers them beside the bundled English and Spanish.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

from kiosk.content import markup
from kiosk.content.languages import LANGUAGE_FILE, UI_STRINGS_SOURCE
from kiosk.content.schema import MAX_CHARS
from kiosk.files.resources import content_root

PSEUDO_ACCENTED = "en-XA"
PSEUDO_RIGHT_TO_LEFT = "ar-XB"
RIGHT_TO_LEFT_MARK = "\u200f"

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
#: Keys whose strings are patient text; every other string (ids, file names, DOIs, dates) is kept.
TEXT_KEYS = {
    "alt",
    "answer",
    "app_title",
    "bullets",
    "caption",
    "chip",
    "definition",
    "description",
    "disclaimer",
    "disclaimer_short",
    "drug_pump",
    "funded_by",
    "heading",
    "name",
    "neurostimulator",
    "note",
    "paragraphs",
    "question",
    "short_title",
    "subtitle",
    "term",
    "text",
    "title",
    "what_it_found",
}
#: The length limit (schema.MAX_CHARS) of a key whose name is not that of its limit: a comparison's
#: cells are named by their column, and an animation's description is not a page's.
_LIMIT_OF = {"neurostimulator": "cell", "drug_pump": "cell", "note": "paragraph", "description": "motion_description"}
#: A piece of a text: an escape, a citation, a glossary word, the emergency number, a Qt
#: placeholder (%1, %n), a tag or entity of rich text, a word; all but words are kept.
_PIECE = re.compile(
    r"\\.|\[\^[^\]]+\]|\[\[[^\[\]]+\]\]|\{emergency_number\}|%L?\d+|%n|<[^<>]*>|&\w+;|[A-Za-z]+|.", re.S
)
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_KEYED = re.compile(r'\b([a-z_]+)\s*=\s*"((?:[^"\\]|\\.)*)"')
_ARRAY_START = re.compile(r"^\s*([a-z_]+)\s*=\s*\[")


def accented(text: str, longer: bool = True) -> str:
    """Letters accented and, with ``longer``, every third letter doubled (words ~33 % longer);
    markup, escapes and the emergency number are kept as they are."""

    def word(w: str) -> str:
        stretched = "".join(ch * 2 if longer and i % 3 == 2 else ch for i, ch in enumerate(w))
        return stretched.translate(_ACCENTED)

    out: list[str] = []
    for piece in _PIECE.findall(text):
        if piece.startswith("[[") and piece.endswith("]]"):
            shown, _, explicit = piece[2:-2].partition("|")
            out.append(f"[[{''.join(word(w) if w.isalpha() else w for w in _PIECE.findall(shown))}|")
            out.append(f"{markup.term_id(shown, explicit or None)}]]")
        elif piece.isalpha() and piece.isascii():
            out.append(word(piece))
        else:
            out.append(piece)
    return "".join(out)


def right_to_left(text: str) -> str:
    return RIGHT_TO_LEFT_MARK + text


def transform_toml(text: str, change: Callable[[str, str], str]) -> str:
    """A content file with every patient text changed by ``change(key, text)``, line by line, so
    comments, ids and layout stay as they were. A string after ``key =`` is that key's; a bare
    string in an array (``paragraphs = [`` … ``]``) is the array's."""

    def keyed(m: re.Match[str]) -> str:
        key, value = m.group(1), m.group(2)
        if key not in TEXT_KEYS:
            return m.group(0)
        return f'{m.group(0)[: m.start(2) - m.start(0) - 1]}"{change(key, value)}"'

    def strings(key: str, part: str) -> str:
        return _STRING.sub(lambda m: f'"{change(key, m.group(1))}"', part)

    lines: list[str] = []
    array_key = ""
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = _ARRAY_START.match(line)
        if stripped.startswith("#"):
            pass
        elif start:
            key = start.group(1)
            if "]" not in line[start.end() :]:
                array_key = key
            if key in TEXT_KEYS:  # strings on the line that opens the array
                line = line[: start.end()] + strings(key, line[start.end() :])
        elif array_key and stripped.startswith("]"):
            array_key = ""
        elif _KEYED.search(line):
            line = _KEYED.sub(keyed, line)
        elif array_key in TEXT_KEYS:
            line = strings(array_key, line)
        lines.append(line)
    return "".join(lines)


def _pseudo(key: str, text: str) -> str:
    """Longer where the field's limit allows (a short title has little room), accented always."""
    longer = accented(text)
    name = _LIMIT_OF.get(key, key)
    limit = MAX_CHARS.get(name.removesuffix("s"), MAX_CHARS.get(name, 0))
    return longer if not limit or len(markup.plain_text(longer)) <= limit else accented(text, longer=False)


def write_test_languages(out_root: Path, source: Path | None = None) -> list[Path]:
    """Both test language folders, made from ``source`` (the bundled English by default), in
    ``out_root``; each with a ui.ts of the UI strings (compile it to ui.qm with pyside6-lrelease)."""
    source = source or content_root() / "en"
    made = []
    languages: list[tuple[str, Callable[[str, str], str], str]] = [
        (PSEUDO_ACCENTED, _pseudo, _description(accented("English"), "ltr", "en_US")),
        (PSEUDO_RIGHT_TO_LEFT, lambda _key, text: right_to_left(text), _description("\u200fRTL English", "rtl", "ar")),
    ]
    for code, change, description in languages:
        folder = out_root / code
        folder.mkdir(parents=True, exist_ok=True)
        for path in sorted(source.glob("*.toml")):
            if path.name == LANGUAGE_FILE:
                continue
            text = transform_toml(path.read_text(encoding="utf-8"), change)
            (folder / path.name).write_text(text.replace('language = "en"', f'language = "{code}"', 1), "utf-8")
        (folder / LANGUAGE_FILE).write_text(description, encoding="utf-8")
        _write_ui_strings(folder / UI_STRINGS_SOURCE, code, change)
        made.append(folder)
    return made


def _description(name: str, direction: str, locale: str) -> str:
    return (
        "# A test language made from the English content (kiosk/content/test_languages.py): never for patients.\n"
        f'name = "{name}"\ndirection = "{direction}"\nlocale = "{locale}"\nspeech_locales = ["en_US"]\n'
    )


def _write_ui_strings(path: Path, code: str, change: Callable[[str, str], str]) -> None:
    """The UI strings of a bundled language's ui.ts, each "translated" from its English source."""
    tree = ElementTree.parse(min(content_root().glob(f"*/{UI_STRINGS_SOURCE}")))
    root = tree.getroot()
    root.set("language", code.replace("-", "_"))
    for message in root.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None:
            continue
        forms = translation.findall("numerusform")  # a plural: each form from the one source
        for form in forms or [translation]:
            form.text = change("text", source.text or "")
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    for made in write_test_languages(Path(sys.argv[1])):
        print(made)
