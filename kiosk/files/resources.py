"""The one resource locator.

Everything that loads a file asks this module where it is, so the same code works from a source
checkout and from a PyInstaller one-folder bundle, where data files live under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
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


def qml_root() -> Path:
    """Import path of the ``Kiosk`` QML module (code, not data, so it sits beside ``ui/``)."""
    return app_root() / "ui" / "qml"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def restore_machine_library_path(environ: MutableMapping[str, str] = os.environ) -> None:
    """Undo, for the programs a frozen kiosk or supervisor starts, the library path the bundle's
    own start-up set. PyInstaller's bootloader on Linux puts the bundle's folder first on
    LD_LIBRARY_PATH (the machine's own value, if any, kept in LD_LIBRARY_PATH_ORIG) and every
    program started from the bundle inherits it: the speech-dispatcher that the speech library
    starts on first use then loads the bundle's copies of GLib and the sound libraries instead of
    its release's. On Debian 12 they are the same; on Debian 13 it stops at once ("undefined
    symbol: g_string_free_and_steal") and Listen is hidden. The dynamic loader read the path when
    this process started, so the bundle itself still finds its libraries."""
    if not is_frozen() or sys.platform != "linux":
        return
    original = environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        environ.pop("LD_LIBRARY_PATH", None)
    else:
        environ["LD_LIBRARY_PATH"] = original
