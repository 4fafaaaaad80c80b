"""The admin PIN: stored only as a salted, slow hash, and guarded against guessing."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from time import monotonic

# scrypt cost: ~50 ms on a kiosk PC, far too slow to brute-force a stolen hash of a short PIN fast.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MAX_ATTEMPTS = 5
LOCKOUT_S = 300.0
PIN_LENGTHS = range(4, 13)


def valid_pin_format(pin: str) -> bool:
    return pin.isdigit() and len(pin) in PIN_LENGTHS


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


_HASH = re.compile(r"scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$[0-9a-f]{16,128}\$[0-9a-f]{32,256}")


def hash_problem(stored: str) -> str | None:
    """Why ``stored`` is not a hash --set-admin-pin could have written, or None. The cost factors
    are bounded: each PIN try runs scrypt on the UI thread, and a hand-edited p = 999 would freeze
    the keypad for close to a minute."""
    match = _HASH.fullmatch(stored)
    if not match:
        return "not a hash written by --set-admin-pin (scrypt$N$r$p$salt$hash)"
    n, r, p = (int(v) for v in match.groups())
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        limits = "N a power of two up to 2^20, r ≤ 32, p ≤ 16"
        return f"scrypt cost N={n}, r={r}, p={p} is outside what the kiosk accepts ({limits})"
    return None


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected) // 2
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), expected)


def valid_hash_format(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) == 6 and parts[0] == "scrypt" and all(parts[1:])


@dataclass
class PinGate:
    """Counts wrong PINs; after MAX_ATTEMPTS the keypad is locked for LOCKOUT_S seconds."""

    stored_hash: str
    clock: Callable[[], float] = monotonic
    failures: int = 0
    locked_until: float = field(default=0.0)

    @property
    def configured(self) -> bool:
        return valid_hash_format(self.stored_hash)

    def locked_for(self) -> float:
        """Seconds left in a lockout, 0 when the keypad is usable."""
        return max(0.0, self.locked_until - self.clock())

    def attempt(self, pin: str) -> bool:
        if not self.configured or self.locked_for() > 0:
            return False
        if verify_pin(pin, self.stored_hash):
            self.failures = 0
            return True
        self.failures += 1
        if self.failures >= MAX_ATTEMPTS:
            self.failures = 0
            self.locked_until = self.clock() + LOCKOUT_S
        return False
