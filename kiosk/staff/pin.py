"""Setting and checking the admin PIN: what a new PIN must be, its scrypt hash, and writing the
PIN file with rights only root and the kiosk's group can read (the file's name, format and reading:
kiosk.settings.pin_file; wrong tries: kiosk.staff.lockout)."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from kiosk.settings.pin_file import (
    HASH_FORMAT,
    KIOSK_GROUP,
    PIN_FILE_MODE,
    WINDOWS_KIOSK_GROUP,
    hash_problem,
)

# scrypt cost: ~50 ms on a kiosk PC, far too slow to brute-force a stolen hash of a short PIN fast.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
#: The keypad takes up to 12 digits, and PINs set before six were required still open it.
KEYPAD_MAX_DIGITS = 12
NEW_PIN_DIGITS = range(6, KEYPAD_MAX_DIGITS + 1)


def valid_new_pin(pin: str) -> bool:
    """Six digits or more: a million PINs to try at a keypad that locks for up to an hour."""
    return pin.isascii() and pin.isdigit() and len(pin) in NEW_PIN_DIGITS


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    import secrets

    salt = salt or secrets.token_bytes(16)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, 32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    import hashlib  # here, not at import: the kiosk's start does not wait for OpenSSL

    # The memory allowance is given: OpenSSL's default (32 MiB) already refuses N = 2^15, r = 8.
    maxmem = 128 * n * r * (p + 1) + 2**20
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=maxmem)


def verify_pin(pin: str, stored: str) -> bool:
    """False for a wrong PIN and for any hash hash_problem refuses: never seconds of work."""
    match = HASH_FORMAT.fullmatch(stored)
    if match is None or hash_problem(stored) is not None:
        return False
    import hmac

    n, r, p, salt, expected = match.groups()
    digest = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p), len(expected) // 2)
    return hmac.compare_digest(digest.hex(), expected)


def write_pin_file(path: Path, pin_hash: str, group: str = KIOSK_GROUP) -> str:
    """Replaces the file in one step (never half written) and says, in words, who can read it.

    A new file is its writer's (root's), group ``group``, mode 0640; a file that exists keeps
    its owner, group and mode, never wider than 0640. OSError when it cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        old = path.stat()
        uid, gid, mode, new = old.st_uid, old.st_gid, stat.S_IMODE(old.st_mode) & PIN_FILE_MODE, False
    except FileNotFoundError:
        uid, gid, mode, new = -1, _group_id(group), PIN_FILE_MODE, True
    tmp = path.with_name(f".{path.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        try:
            if sys.platform != "win32":
                _set_owner(fd, uid, gid, keep_owner=not new)
                os.fchmod(fd, mode)
            os.write(fd, (pin_hash + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        if sys.platform == "win32":
            _restrict_on_windows(tmp)  # before it takes the name: never readable by all
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if sys.platform == "win32":
        return f"readable only by Administrators, SYSTEM and the group {WINDOWS_KIOSK_GROUP}"
    return _describe_rights(path, group)


def _set_owner(fd: int, uid: int, gid: int, keep_owner: bool) -> None:
    try:
        os.fchown(fd, uid, gid)
    except PermissionError:
        if keep_owner:
            raise
        # Not root and not in that group: the new file stays in the writer's own group, and
        # _describe_rights says what to do.


def _group_id(name: str) -> int:
    """The group's id, or -1 (the writer's own group) when there is no such group."""
    if sys.platform == "win32":
        return -1
    import grp

    try:
        return grp.getgrnam(name).gr_gid
    except KeyError:
        return -1


def _describe_rights(path: Path, group: str) -> str:
    import grp
    import pwd

    info = path.stat()
    try:
        owner = pwd.getpwuid(info.st_uid).pw_name
    except KeyError:
        owner = str(info.st_uid)
    try:
        group_name = grp.getgrgid(info.st_gid).gr_name
    except KeyError:
        group_name = str(info.st_gid)
    rights = f"mode {stat.S_IMODE(info.st_mode):04o}, owner {owner}, group {group_name}"
    if group_name != group:
        rights += f". Make it readable by the kiosk's user: chgrp THEIR-GROUP {path} (no group {group} was used)"
    return rights


def _restrict_on_windows(path: Path) -> None:
    """Administrators and SYSTEM may change it, the kiosk's group may read it, nobody else may
    (without this it inherits "Users: read" from ProgramData). icacls is Windows' own tool."""
    import subprocess

    grants = ["*S-1-5-32-544:F", "*S-1-5-18:F", f"{WINDOWS_KIOSK_GROUP}:R"]
    # Owned by Administrators, as the kiosk checks (kiosk.settings.pin_file.windows_rights_problem).
    for args in (["/setowner", "*S-1-5-32-544"], ["/inheritance:r", "/grant:r", *grants]):
        result = subprocess.run(["icacls", str(path), *args], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise OSError(f"icacls could not restrict who reads {path}: {(result.stdout + result.stderr).strip()}")
