"""Validated content kept between starts, so a restart (after every update or crash) shows the
first screen without reading and checking every TOML file again: ~13 ms of a start, plus the
reader and checks never being imported on a slow eMMC box.

One file per language in the kiosk's cache folder, holding the content as the reader made it and
the key it was made from: the code (the version, and the source files' or the bundle's stat), the
clinic's emergency number written into the text, and the stat of every file in the folders the
content may come from (IT's folder, the bundled one, their pictures). Any change to any of these,
a file that cannot be read, or a cache that is corrupt, from another user, or of another shape,
and the content is read and checked from the files as if there were no cache. Only content that
passed every check from the first folder is kept: a start that had problems logs them every time.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.content.model import Content
from kiosk.files.platform_dirs import cache_dir
from kiosk.files.resources import images_root, is_frozen

if TYPE_CHECKING:  # the schema comes with the reader, which a start from the cache never imports
    from kiosk.content.schema import ContentProblem

log = logging.getLogger(__name__)

#: Raised when what is pickled changes shape in a way the code's stat would not show.
FORMAT = 1

type Loader = Callable[[Iterable[Path], str], tuple[Content, list[ContentProblem]]]


def _stat_line(path: Path) -> str:
    info = os.lstat(path)
    line = f"{path}|{info.st_mode}|{info.st_ino}|{info.st_size}|{info.st_mtime_ns}|{info.st_ctime_ns}"
    if os.path.islink(path):  # a link is followed when read: its target's change counts too
        target = os.stat(path)
        line += f"|{target.st_mode}|{target.st_ino}|{target.st_size}|{target.st_mtime_ns}|{target.st_ctime_ns}"
    return line


def _tree_lines(folder: Path) -> list[str]:
    lines = [_stat_line(folder)]
    for base, dirs, files in os.walk(folder, onerror=_raise):
        dirs.sort()
        for name in sorted(dirs + files):
            lines.append(_stat_line(Path(base) / name))
    return lines


def _raise(error: OSError) -> None:
    raise error


def _code_lines() -> list[str]:
    if is_frozen():  # the code is inside the bundle's executable and archive
        return [_stat_line(Path(sys.executable))]
    kiosk_root = Path(__file__).resolve().parents[1]
    lines = []
    for base, dirs, files in os.walk(kiosk_root):  # not rglob: half the time, before the first frame
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        lines += [_stat_line(Path(base) / name) for name in sorted(files) if name.endswith(".py")]
    return lines


def cache_key(folders: Sequence[Path], emergency_number: str) -> str:
    """What the content was made from; raises OSError when a part of it cannot be looked at."""
    lines = [f"{FORMAT}|{__version__}|{sys.version}|{emergency_number}", *_code_lines()]
    for folder in folders:
        lines += _tree_lines(folder)
        own_images = folder.parent / "images"
        lines += _tree_lines(own_images) if own_images.is_dir() else []
    lines += _tree_lines(images_root()) if images_root().is_dir() else []
    return "\n".join(lines)  # compared whole: no hash library to import before the first frame


def cache_file(language: str) -> Path:
    return cache_dir() / "content" / f"{language}.pickle"


def read(path: Path, key: str) -> Content | None:
    """The content kept under ``key``, or None (none, stale, corrupt or not ours)."""
    try:
        with open(path, "rb") as file:
            info = os.fstat(file.fileno())
            if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
                return None  # written by someone else: never unpickled
            stored_key, content = pickle.load(file)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a torn or foreign file: read the content from its files instead
        log.warning("content cache %s is unusable (%s); reading the content files", path, type(exc).__name__)
        return None
    return content if stored_key == key and isinstance(content, Content) else None


def write(path: Path, key: str, content: Content) -> None:
    """Keep ``content`` under ``key``; a cache that cannot be written only costs the next start time."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".content-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump((key, content), file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)  # whole or not at all, even with two kiosks starting
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    except Exception as exc:  # a full or read-only disk, or content that will not pickle
        log.warning("content cache %s not written: %s", path, exc)


def load_cached(
    language: str, folders: Sequence[Path], emergency_number: str, load: Loader
) -> tuple[Content, list[ContentProblem]]:
    """``load(folders, emergency_number)``, or what it returned last time for the same files."""
    try:
        key = cache_key(folders, emergency_number)
    except OSError:
        return load(folders, emergency_number)  # something cannot be looked at: the reader says what
    path = cache_file(language)
    content = read(path, key)
    if content is not None:
        return content, []
    content, problems = load(folders, emergency_number)
    if not problems and content.source != "built-in":
        write(path, key, content)
    return content, problems
