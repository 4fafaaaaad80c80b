"""The one resource locator.

Everything that loads a file asks this module where it is, so the same code works from a source
checkout and from a PyInstaller one-folder bundle, where data files live under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """Folder that holds ``resources/`` and ``ui/``: the bundle in a frozen build, else the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]  # kiosk/files/resources.py


def resource_root() -> Path:
    return app_root() / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def content_root() -> Path:
    return resource_path("content")


def images_root() -> Path:
    return resource_path("images")


def fonts_root() -> Path:
    return resource_path("fonts")


def i18n_root() -> Path:
    """Compiled UI translations (``kiosk_<lang>.qm``, built from ``.ts`` by ``make translations``)."""
    return resource_path("i18n")


def qml_root() -> Path:
    """Import path of the ``Kiosk`` QML module (code, not data, so it sits beside ``ui/``)."""
    return app_root() / "ui" / "qml"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))
