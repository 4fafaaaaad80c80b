"""Heartbeat file for IT monitoring: rewritten atomically every 30 s, so a monitor that sees an
old timestamp knows the kiosk is frozen or gone (a half-written file is never seen)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from pathlib import Path

from kiosk import __version__

HEARTBEAT_FILE = "heartbeat.json"
INTERVAL_S = 30


def write_heartbeat(path: Path, state: Mapping[str, object], started: float) -> None:
    now = time.time()
    record = {
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(now)),
        "unix_time": round(now, 1),
        "version": __version__,
        "pid": os.getpid(),
        "uptime_s": round(now - started),
        **state,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(record, indent=1), encoding="utf-8")
    os.replace(tmp, path)
