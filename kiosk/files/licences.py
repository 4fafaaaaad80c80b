"""What the kiosk ships and under which licence, for the staff panel's About page: read from the
index the build writes into the bundle (installer/licences/collect.py). A source checkout has no
bundle and so lists nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kiosk.files.resources import app_root

LICENCES_DIR = "licences"
INDEX_FILE = "index.json"
#: The LGPL lets a user run the kiosk with Qt libraries of their own; this says how.
QT_REPLACEMENT = (
    "Qt is used under the LGPL-3.0 as separate shared libraries. To use your own build of Qt "
    "(the same major and minor version), replace the libQt6*.so.6 files in PySide6/Qt/lib inside "
    "the program folder (Linux: /opt/pain-therapy-kiosk/_internal/PySide6/Qt/lib; Windows: the "
    "PySide6 folder under _internal), or put your build first on the library path. Qt's source "
    "code is at https://download.qt.io/official_releases/qt/ and PySide6's at "
    "https://download.qt.io/official_releases/QtForPython/."
)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    texts: tuple[Path, ...]
    note: str = ""
    parts: str = ""

    def text(self) -> str:
        return "\n\n".join(path.read_text(encoding="utf-8", errors="replace") for path in self.texts)


def licences_root() -> Path:
    return app_root() / LICENCES_DIR


def bundled_components(root: Path | None = None) -> list[Component]:
    """Every bundled component with its licence texts; empty when the index is missing or unreadable."""
    folder = root or licences_root()
    try:
        entries = json.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
        return [
            Component(
                name=str(entry["name"]),
                version=str(entry["version"]),
                licence=str(entry["licence"]),
                texts=tuple(folder / str(name) for name in entry["files"]),
                note=str(entry.get("note", "")),
                parts=str(entry.get("parts", "")),
            )
            for entry in entries
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return []
