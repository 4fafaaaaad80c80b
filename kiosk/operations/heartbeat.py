"""Signs of life. The heartbeat file, for IT monitoring, is rewritten atomically every 30 s on a
tmpfs (kiosk.files.platform_dirs.runtime_dir), so a monitor that sees an old timestamp knows the kiosk
is frozen or gone (a half-written file is never seen). The supervisor's hang watchdog does not
read that file: it listens on a pipe the kiosk writes a byte to on each heartbeat, which no full,
read-only or slow disk can stop (kiosk.operations.supervisor)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from kiosk import __version__

HEARTBEAT_FILE = "heartbeat.json"
INTERVAL_S = 30
#: Names the write end of the supervisor's watchdog pipe: a file descriptor (POSIX) or a handle
#: (Windows) that the supervisor let the kiosk inherit.
SUPERVISOR_PIPE_ENV = "KIOSK_SUPERVISOR_PIPE"


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


class SupervisorPipe:
    """The kiosk's end of the watchdog pipe; does nothing when the kiosk runs unsupervised."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> SupervisorPipe:
        value = environ.get(SUPERVISOR_PIPE_ENV, "")
        if not value.isdigit():
            return cls(None)
        try:
            if sys.platform == "win32":
                import msvcrt

                fd = msvcrt.open_osfhandle(int(value), os.O_WRONLY)
            else:
                fd = int(value)
                os.set_blocking(fd, False)  # a supervisor that stopped reading never blocks the kiosk
        except OSError:
            return cls(None)
        return cls(fd)

    def beat(self) -> None:
        if self._fd is None:
            return
        try:
            os.write(self._fd, b".")
        except BlockingIOError:
            pass  # the pipe is full: the supervisor has plenty of recent beats to read
        except OSError:  # the supervisor is gone
            self.close()

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
