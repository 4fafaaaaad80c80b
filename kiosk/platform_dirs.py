"""Where the kiosk writes: logs, heartbeat, statistics and its single-instance lock, per platform.
(Config is read from a machine-wide place, see kiosk.config; these are per kiosk user.)"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from kiosk import APP_ID


def state_dir() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP_ID
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_ID
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / APP_ID


def data_dir() -> Path:
    """Data an admin keeps (a year of usage statistics), not disposable state: XDG_DATA_HOME on
    Linux; on Windows and macOS the one per-user folder already is that."""
    if sys.platform in ("win32", "darwin"):
        return state_dir()
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_ID


def default_log_dir() -> Path:
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / APP_ID
    return state_dir() / "logs"


def log_dir(configured: str) -> Path:
    return Path(configured).expanduser() if configured else default_log_dir()


def lock_path() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR") if sys.platform.startswith("linux") else None
    return Path(runtime or tempfile.gettempdir()) / f"{APP_ID}.lock"
