"""The admin PIN: kept only as a salted, slow hash, in a file of its own that only root and the
kiosk can read. (kiosk.toml is readable by every user of the machine, and a hash anyone can read
is a PIN anyone can guess offline, without the keypad's lockout.) Wrong tries: kiosk.pin_lockout."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk import APP_ID
from kiosk.config import PIN_FILE_NAME
from kiosk.input_files import InvalidFile, read_text

# scrypt cost: ~50 ms on a kiosk PC, far too slow to brute-force a stolen hash of a short PIN fast.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
#: Each try runs scrypt on the UI thread. A hash asking for more work than this (4× what
#: --set-admin-pin writes, ~0.2 s) would freeze the keypad for seconds per try, and one asking for
#: more memory (64 MiB) could fail inside OpenSSL and silently refuse every PIN.
MAX_WORK = 2**19  # N·r·p
MAX_MEMORY = 2**19  # N·r (scrypt needs 128·N·r bytes)
#: The keypad takes up to 12 digits, and PINs set before six were required still open it.
KEYPAD_MAX_DIGITS = 12
NEW_PIN_DIGITS = range(6, KEYPAD_MAX_DIGITS + 1)

PIN_FILE_MODE = 0o640
#: Who may read the PIN file besides root and Administrators: the group the kiosk runs in (the
#: .deb makes it and puts the kiosk session's user in it; the Windows installer makes its own).
KIOSK_GROUP = APP_ID
WINDOWS_KIOSK_GROUP = "Pain Therapy Kiosk"
_PIN_FILE_LIMIT = 1024


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


_HASH = re.compile(r"scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$((?:[0-9a-f]{2}){8,64})\$((?:[0-9a-f]{2}){16,128})")


def hash_problem(stored: str) -> str | None:
    """Why ``stored`` is not a hash the kiosk can check a PIN against in a moment, or None."""
    match = _HASH.fullmatch(stored)
    if not match:
        return "not a hash written by --set-admin-pin (scrypt$N$r$p$salt$hash)"
    n, r, p = (int(v) for v in match.groups()[:3])
    if not (n >= 2 and n & (n - 1) == 0 and r >= 1 and p >= 1 and n * r <= MAX_MEMORY and n * r * p <= MAX_WORK):
        limits = f"N a power of two, N·r ≤ {MAX_MEMORY}, N·r·p ≤ {MAX_WORK}"
        return f"scrypt cost N={n}, r={r}, p={p} is outside what the kiosk accepts ({limits})"
    return None


def verify_pin(pin: str, stored: str) -> bool:
    """False for a wrong PIN and for any hash hash_problem refuses: never seconds of work."""
    match = _HASH.fullmatch(stored)
    if match is None or hash_problem(stored) is not None:
        return False
    import hmac

    n, r, p, salt, expected = match.groups()
    digest = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p), len(expected) // 2)
    return hmac.compare_digest(digest.hex(), expected)


# ---------------------------------------------------------------------- the PIN file
def pin_file_path(config_path: Path) -> Path:
    """Beside kiosk.toml: /etc/pain-therapy-kiosk/admin-pin, %ProgramData%\\pain-therapy-kiosk\\admin-pin."""
    return config_path.parent / PIN_FILE_NAME


@dataclass(frozen=True)
class PinFile:
    """What the PIN file gave: a usable hash, or why not; and a warning about its rights."""

    path: Path
    exists: bool
    hash: str = ""
    problem: str = ""
    warning: str = ""


def read_pin_file(path: Path) -> PinFile:
    try:
        text = read_text(path, _PIN_FILE_LIMIT)
    except FileNotFoundError:
        return PinFile(path, exists=False)
    except InvalidFile as exc:
        return PinFile(path, True, problem=f"{exc}; the kiosk's user must be able to read it (group {KIOSK_GROUP})")
    problem = hash_problem(text.strip())
    if problem:
        return PinFile(path, True, problem=f"{problem}; set the PIN again with --set-admin-pin")
    mode = _posix_mode(path)
    if mode & 0o022:
        return PinFile(path, True, problem=f"users other than its owner can change it (mode {mode:04o}); chmod 0640 it")
    warning = f"every user can read it (mode {mode:04o}); chmod 0640 it" if mode & 0o004 else ""
    return PinFile(path, True, hash=text.strip(), warning=warning)


def _posix_mode(path: Path) -> int:
    """0 on Windows, whose rights are ACLs (--set-admin-pin sets them), not these bits."""
    if sys.platform == "win32":
        return 0
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0


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
    result = subprocess.run(
        ["icacls", str(path), "/inheritance:r", "/grant:r", *grants], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise OSError(f"icacls could not restrict who reads {path}: {(result.stdout + result.stderr).strip()}")
