"""The admin PIN file: its name, where it lives, the hash format it holds, and how the kiosk
reads it. The kiosk's config (which may hold a hash too) and the staff tools that write the file
both read this one definition.

The PIN is kept only as a salted, slow hash, in a file of its own that only root and the kiosk can
read. (kiosk.toml is readable by every user of the machine, and a hash anyone can read is a PIN
anyone can guess offline, without the keypad's lockout.)"""

from __future__ import annotations

import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk import APP_ID
from kiosk.files.input_files import InvalidFile, read_text

#: Beside kiosk.toml (IT may also put the hash in kiosk.toml as admin_pin_hash).
PIN_FILE_NAME = "admin-pin"
PIN_FILE_MODE = 0o640
#: Who may read the PIN file besides root and Administrators: the group the kiosk runs in (the
#: .deb makes it and puts the kiosk session's user in it; the Windows installer makes its own).
KIOSK_GROUP = APP_ID
WINDOWS_KIOSK_GROUP = "Pain Therapy Kiosk"
_PIN_FILE_LIMIT = 1024
#: Each try runs scrypt on the UI thread. A hash asking for more work than this (4× what
#: --set-admin-pin writes, ~0.2 s) would freeze the keypad for seconds per try, and one asking for
#: more memory (64 MiB) could fail inside OpenSSL and silently refuse every PIN.
MAX_WORK = 2**19  # N·r·p
MAX_MEMORY = 2**19  # N·r (scrypt needs 128·N·r bytes)
#: scrypt$N$r$p$salt$hash, all hex but the costs.
HASH_FORMAT = re.compile(r"scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$((?:[0-9a-f]{2}){8,64})\$((?:[0-9a-f]{2}){16,128})")


def hash_problem(stored: str) -> str | None:
    """Why ``stored`` is not a hash the kiosk can check a PIN against in a moment, or None."""
    match = HASH_FORMAT.fullmatch(stored)
    if not match:
        return "not a hash written by --set-admin-pin (scrypt$N$r$p$salt$hash)"
    n, r, p = (int(v) for v in match.groups()[:3])
    if not (n >= 2 and n & (n - 1) == 0 and r >= 1 and p >= 1 and n * r <= MAX_MEMORY and n * r * p <= MAX_WORK):
        limits = f"N a power of two, N·r ≤ {MAX_MEMORY}, N·r·p ≤ {MAX_WORK}"
        return f"scrypt cost N={n}, r={r}, p={p} is outside what the kiosk accepts ({limits})"
    return None


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
    if sys.platform == "win32":
        problem = windows_rights_problem(_windows_rights(path))
        if problem:
            return PinFile(path, True, problem=f"{problem}; set the PIN again with --set-admin-pin, as Administrator")
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


# ---------------------------------------------------------------------- Windows: owner and ACL
#: Who may own the PIN file or change it on Windows: Administrators and SYSTEM. ProgramData lets
#: any user create a file in a folder nobody locked down, so a file owned or writable by anyone
#: else may have been planted there with a PIN of that user's choosing.
WINDOWS_TRUSTED = {"S-1-5-32-544": "Administrators", "S-1-5-18": "SYSTEM"}
#: Rights that let an account change what the file says or who may: write or append data,
#: delete, change the ACL or the owner, and the generic write and all rights.
_WINDOWS_CHANGE_RIGHTS = 0x2 | 0x4 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000


@dataclass(frozen=True)
class WindowsRights:
    """The PIN file's owner and the accounts its ACL lets change it, as SID strings; a missing
    ACL (``writers`` None) lets everyone."""

    owner: str
    writers: tuple[str, ...] | None


def windows_rights_problem(rights: WindowsRights) -> str | None:
    """Why the file cannot be trusted to hold the staff PIN, or None."""
    if rights.owner not in WINDOWS_TRUSTED:
        return f"it is owned by {rights.owner}, not by Administrators or SYSTEM, so someone else may have put it there"
    if rights.writers is None:
        return "it has no access list, so every user can change it"
    others = sorted(set(rights.writers) - WINDOWS_TRUSTED.keys())
    if others:
        return f"accounts other than Administrators and SYSTEM can change it ({', '.join(others)})"
    return None


if sys.platform == "win32":

    def _windows_rights(path: Path) -> WindowsRights:
        """The owner and the allowed-change ACEs, read with advapi32 (the ACL Explorer shows)."""
        import ctypes
        from ctypes import wintypes

        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        owner, dacl, descriptor = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
        # SE_FILE_OBJECT = 1; OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION = 0x5
        error = advapi32.GetNamedSecurityInfoW(
            str(path), 1, 0x5, ctypes.byref(owner), None, ctypes.byref(dacl), None, ctypes.byref(descriptor)
        )
        if error:
            raise OSError(error, f"cannot read who may change {path}")

        def sid_text(sid: int) -> str:
            text = wintypes.LPWSTR()
            if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
                raise ctypes.WinError(ctypes.get_last_error())
            try:
                return str(text.value)
            finally:
                kernel32.LocalFree(text)

        try:
            if not dacl.value:
                return WindowsRights(sid_text(owner.value or 0), None)

            class AclSizeInformation(ctypes.Structure):
                _fields_ = [("AceCount", wintypes.DWORD), ("InUse", wintypes.DWORD), ("Free", wintypes.DWORD)]

            info = AclSizeInformation()
            # AclSizeInformation = 2
            if not advapi32.GetAclInformation(dacl, ctypes.byref(info), ctypes.sizeof(info), 2):
                raise ctypes.WinError(ctypes.get_last_error())
            writers = []
            for index in range(info.AceCount):
                ace = ctypes.c_void_p()
                if not advapi32.GetAce(dacl, index, ctypes.byref(ace)) or not ace.value:
                    raise ctypes.WinError(ctypes.get_last_error())
                header = (ctypes.c_ubyte * 4).from_address(ace.value)  # AceType, AceFlags, AceSize
                mask = wintypes.DWORD.from_address(ace.value + 4).value
                # ACCESS_ALLOWED_ACE_TYPE = 0; INHERIT_ONLY_ACE = 0x08 (does not apply to the file)
                if header[0] == 0 and not header[1] & 0x08 and mask & _WINDOWS_CHANGE_RIGHTS:
                    writers.append(sid_text(ace.value + 8))
            return WindowsRights(sid_text(owner.value or 0), tuple(writers))
        finally:
            kernel32.LocalFree(descriptor)
