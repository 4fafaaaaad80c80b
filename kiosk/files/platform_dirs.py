"""Where the kiosk writes: logs, heartbeat, statistics, the keypad's lockout and its single-instance
lock, per platform.
(Config is read from a machine-wide place, see kiosk.settings.config; these are per kiosk user.)"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from kiosk import APP_ID


def state_dir() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP_ID
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_ID
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / APP_ID


def pin_lockout_path() -> Path:
    """Wrong admin PINs, counted across restarts (kiosk.staff.lockout)."""
    return state_dir() / "admin-pin-lockout.json"


def data_dir() -> Path:
    """Data an admin keeps (a year of usage statistics), not disposable state: XDG_DATA_HOME on
    Linux; on Windows and macOS the one per-user folder already is that."""
    if sys.platform in ("win32", "darwin"):
        return state_dir()
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_ID


def cache_dir() -> Path:
    """What the kiosk can rebuild at any time (validated content, Qt's compiled QML): the folder
    Qt's own QStandardPaths.CacheLocation names, so both caches live together."""
    if sys.platform == "win32":
        return state_dir() / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_ID
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_ID


def runtime_dir() -> Path:
    """Small files rewritten all day that must never wait for, or fail on, a full disk (the
    heartbeat): the login's tmpfs (XDG_RUNTIME_DIR, /run/user/<uid>) on Linux. Windows has no
    such place, and the supervisor's watchdog does not depend on it anyway."""
    runtime = os.environ.get("XDG_RUNTIME_DIR") if sys.platform.startswith("linux") else None
    return Path(runtime) / APP_ID if runtime else state_dir()


def default_log_dir() -> Path:
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / APP_ID
    return state_dir() / "logs"


def log_dir(configured: str) -> Path:
    return Path(configured).expanduser() if configured else default_log_dir()


def lock_path() -> Path:
    """The single-instance lock, beside the statistics database: two kiosks that would write one
    database see one lock whatever their environment, and nobody else can plant it (the folder is
    the kiosk user's own; a shared, world-writable folder such as /tmp would let any user stop the
    kiosk for good). The folder is made here because QLockFile does not make it; if that fails,
    taking the lock fails and the caller says so."""
    folder = data_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / "kiosk.lock"
