"""Reading the files people hand the kiosk: kiosk.toml, the content folder, the clinic folder.

Such a file may be anything: a FIFO or a device that never ends, a folder, 10 MB of text, 5,000
nested arrays that exhaust the TOML parser's recursion, a byte-order mark from a Windows editor,
an image path that climbs out of its folder. Each of these must become "this file is invalid,
because …" (never a hang, a crash or a traceback), so the caller can fall back: the defaults, the
next content folder, no clinic overlay. Limits are checked before anything is parsed.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

#: Bytes per file. The largest bundled content file is under 10 KB and a full kiosk.toml under
#: 2 KB; past these a file is a mistake (or an attack) that would freeze the screen for seconds.
CONFIG_LIMIT = 64 * 1024
CONTENT_LIMIT = 128 * 1024
CLINIC_LIMIT = 16 * 1024
#: An illustration or the clinic logo: the bundled SVGs are under 6 KB.
IMAGE_LIMIT = 1024 * 1024
IMAGE_SUFFIXES = (".svg", ".png")
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_LINE = re.compile(r"line (\d+)")


class InvalidFile(Exception):
    """The file cannot be used; the message says why, in words for IT (no traceback)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, if it is a regular file of at most ``limit`` bytes.

    FileNotFoundError passes through (callers decide whether missing is a problem); every other
    fault is an InvalidFile. The type is checked before opening (opening a device can have side
    effects) and again on the open file, which is opened without blocking in case it was swapped
    for a FIFO in between."""
    try:
        if not stat.S_ISREG(mode := os.stat(path).st_mode):
            raise InvalidFile(f"is {_kind(mode)}, not a regular file")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise InvalidFile(f"cannot be read ({exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidFile(f"is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise InvalidFile(f"is {_size(info.st_size)}, over the limit of {_size(limit)}")
        chunks = []
        left = limit + 1  # one byte more tells a file that grew while being read
        while left > 0 and (chunk := os.read(fd, min(left, 65536))):
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise InvalidFile(f"cannot be read ({exc})") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise InvalidFile(f"is over the limit of {_size(limit)}")
    return data


def decode_text(data: bytes) -> str:
    """UTF-8, with or without the byte-order mark some Windows editors write."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InvalidFile(f"is not UTF-8 text (line {line})", line) from None


def read_text(path: Path, limit: int) -> str:
    return decode_text(read_bytes(path, limit))


def parse_toml(text: str) -> dict[str, Any]:
    """Any exception from the parser means the file is invalid: tomllib recurses once per nested
    array or inline table, so 5,000 of them raise RecursionError, not TOMLDecodeError."""
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        at = _LINE.search(str(exc))
        raise InvalidFile(f"not valid TOML ({exc})", int(at.group(1)) if at else None) from None
    except RecursionError:
        raise InvalidFile("not valid TOML (arrays or tables nested too deeply)") from None
    except Exception as exc:  # whatever the parser raises, the file is what is wrong
        raise InvalidFile(f"not valid TOML ({type(exc).__name__}: {exc})") from None


def read_toml(path: Path, limit: int) -> dict[str, Any]:
    return parse_toml(read_text(path, limit))


def confined_image(folder: Path, name: str, limit: int = IMAGE_LIMIT) -> Path:
    """``folder / name`` when it is an SVG or PNG file inside ``folder`` (links included) of at most
    ``limit`` bytes. A content or clinic file must not make the kiosk show any other file: no
    absolute paths, no ``..``, no link that leads out."""
    pure = PurePosixPath(name)
    if not name or "\\" in name or pure.is_absolute() or PureWindowsPath(name).drive or ".." in pure.parts:
        raise InvalidFile(f'"{name}" must be a file name inside {folder}, not a path out of it')
    if pure.suffix.lower() not in IMAGE_SUFFIXES:
        raise InvalidFile(f'"{name}" is not an SVG or PNG file (allowed: {", ".join(IMAGE_SUFFIXES)})')
    path = folder / pure
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError) as exc:  # RuntimeError: a link loop (Python < 3.13)
        raise InvalidFile(f'"{name}" cannot be checked ({exc})') from None
    if not inside:
        raise InvalidFile(f'"{name}" leads out of {folder}')
    try:
        head = read_bytes(path, limit)[:512]
    except FileNotFoundError:
        raise InvalidFile(f'image "{name}" not found in {folder}') from None
    except InvalidFile as exc:
        raise InvalidFile(f'image "{name}" {exc}') from None
    is_png = head.startswith(_PNG_MAGIC)
    is_svg = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    if not (is_png if pure.suffix.lower() == ".png" else is_svg):
        raise InvalidFile(f'image "{name}" is not a {pure.suffix.lower()[1:].upper()} file inside')
    return path
