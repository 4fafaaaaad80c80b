"""Wrong admin PINs lock the keypad for longer each time, and restarting the kiosk does not undo it.

After MAX_ATTEMPTS wrong PINs in a row the keypad locks for a minute; every further run of wrong
PINs doubles the wait, up to an hour. The right PIN forgives everything, and so does a day without
a wrong PIN (children who played with the keypad last week must not keep staff out for an hour).
Five tries an hour make a six-digit PIN years of guessing at the keypad.

The count lives in a small file in the kiosk's state folder, and a try is counted there before
the PIN is checked: pulling the plug in the middle of a try, or restarting the kiosk, gains
nothing. The lock is kept in wall-clock time, so it runs on while the kiosk is off; a clock set
back never makes it last longer than the lockout itself.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.files.input_files import InvalidFile, read_bytes
from kiosk.settings.pin_file import hash_problem
from kiosk.staff.pin import verify_pin

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
FIRST_LOCKOUT_S = 60.0
MAX_LOCKOUT_S = 3600.0
FORGET_AFTER_S = 86400.0
_FILE_LIMIT = 4096


class Attempt(enum.Enum):
    RIGHT = "right"
    WRONG = "wrong"
    #: Wrong, and one too many: the keypad is locked now.
    LOCKED_OUT = "locked out"
    #: Not checked: the keypad is locked, or no PIN is set.
    REFUSED = "refused"


@dataclass
class LockoutState:
    #: Wrong PINs since the last lockout or the right PIN.
    failures: int = 0
    #: Lockouts since the right PIN: each lasts twice as long as the one before.
    lockouts: int = 0
    #: Wall-clock seconds.
    locked_until: float = 0.0
    last_failure: float = 0.0


def lockout_seconds(lockouts: int) -> float:
    """How long the ``lockouts``-th lockout in a row lasts."""
    if lockouts <= 0:
        return 0.0
    return min(MAX_LOCKOUT_S, FIRST_LOCKOUT_S * (1 << min(lockouts - 1, 16)))


class PinGate:
    """Checks a PIN against the stored hash, unless the keypad is locked out."""

    def __init__(self, stored_hash: str, state_file: Path | None, clock: Callable[[], float] = time.time) -> None:
        self.stored_hash = stored_hash
        self.state_file = state_file
        self.clock = clock
        self._state: LockoutState | None = None
        self._write_failed = False

    @property
    def configured(self) -> bool:
        return bool(self.stored_hash) and hash_problem(self.stored_hash) is None

    @property
    def state(self) -> LockoutState:
        """Read from the file when the keypad is first used, not while the kiosk starts."""
        if self._state is None:
            self._state = self._load()
        return self._state

    def locked_for(self) -> float:
        """Seconds left in a lockout; 0 when the keypad can be used."""
        state = self.state
        return max(0.0, min(state.locked_until - self.clock(), lockout_seconds(state.lockouts)))

    def attempt(self, pin: str) -> Attempt:
        if not self.configured or self.locked_for() > 0:
            return Attempt.REFUSED
        now = self.clock()
        state = self.state
        if now - state.last_failure > FORGET_AFTER_S:
            state.failures = state.lockouts = 0
        state.failures += 1
        state.last_failure = now
        self._save()  # before the check: a try cut short still counts
        if verify_pin(pin, self.stored_hash):
            if state.failures > 1 or state.lockouts:
                log.info("admin PIN accepted after %d wrong PIN(s) since the last lockout", state.failures - 1)
            self._state = LockoutState()
            self._save()
            return Attempt.RIGHT
        if state.failures < MAX_ATTEMPTS:
            log.warning("wrong admin PIN (%d of %d before the keypad locks)", state.failures, MAX_ATTEMPTS)
            return Attempt.WRONG
        state.failures = 0
        state.lockouts += 1
        state.locked_until = now + lockout_seconds(state.lockouts)
        self._save()
        log.warning(
            "admin keypad locked for %d s after %d wrong PINs in a row (lockout %d since the last right PIN)",
            lockout_seconds(state.lockouts),
            MAX_ATTEMPTS,
            state.lockouts,
        )
        return Attempt.LOCKED_OUT

    # ------------------------------------------------------------------ the file
    def _load(self) -> LockoutState:
        if self.state_file is None:
            return LockoutState()
        try:
            data = json.loads(read_bytes(self.state_file, _FILE_LIMIT))
            state = LockoutState(
                failures=max(0, int(data["failures"])),
                lockouts=max(0, int(data["lockouts"])),
                locked_until=float(data["locked_until"]),
                last_failure=float(data["last_failure"]),
            )
        except FileNotFoundError:
            return LockoutState()
        except (InvalidFile, ValueError, TypeError, KeyError, OverflowError) as exc:
            log.error("admin PIN lockout file %s is unusable (%s); counting wrong PINs from zero", self.state_file, exc)
            return LockoutState()
        self._state = state
        if (left := self.locked_for()) > 0:
            log.warning("admin keypad locked for another %d s (wrong PINs before the kiosk restarted)", left)
        return state

    def _save(self) -> None:
        if self.state_file is None:
            return
        path = self.state_file
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(asdict(self.state), file)
                file.flush()
                os.fsync(file.fileno())
            os.replace(tmp, path)
            self._write_failed = False
        except OSError as exc:
            if not self._write_failed:  # once, not at every try
                log.error("cannot write the admin PIN lockout file %s (%s): a restart forgets wrong PINs", path, exc)
            self._write_failed = True
