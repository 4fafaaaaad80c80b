"""Real input into the kiosk session under cage, the way a USB keyboard and a touchscreen reach it:
keys through Wayland's virtual-keyboard protocol (Debian's wtype), taps and long presses through
the virtual-pointer protocol, held by Debian's wayvnc (one pointer for the whole test: a new
pointer per tap, as wlrctl makes, comes and goes between press and release). wayvnc listens on a
Unix socket in the fresh root only; the few RFB messages a pointer needs are sent from here."""

from __future__ import annotations

import socket
import struct
import time
from pathlib import Path

from tests.installed.fresh_root import FreshRoot


class Pointer:
    """A VNC client of wayvnc that only moves and presses the first button (a touch, to Qt)."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.settimeout(10)
        self.sock.connect(str(path))
        if not self._read(12).startswith(b"RFB 003."):
            raise RuntimeError("wayvnc did not greet as a VNC server")
        self.sock.sendall(b"RFB 003.008\n")
        offered = self._read(self._read(1)[0])
        if 1 not in offered:  # 1: no authentication (wayvnc with no config file)
            raise RuntimeError(f"wayvnc asks for authentication {list(offered)}")
        self.sock.sendall(b"\x01")
        if struct.unpack(">I", self._read(4))[0] != 0:
            raise RuntimeError("wayvnc refused the connection")
        self.sock.sendall(b"\x01")  # shared
        self.width, self.height = struct.unpack(">HH", self._read(4))
        self._read(16)  # pixel format
        self._read(struct.unpack(">I", self._read(4))[0])  # desktop name

    def _read(self, count: int) -> bytes:
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise EOFError("wayvnc closed the connection")
            data += chunk
        return data

    def _send(self, buttons: int, x: int, y: int) -> None:
        self.sock.sendall(struct.pack(">BBHH", 5, buttons, x, y))  # PointerEvent

    def press(self, x: int, y: int, hold_s: float = 0.08) -> None:
        """Moves to (x, y), presses, holds, lets go: a tap, or a long press."""
        self._send(0, x, y)
        time.sleep(0.05)
        self._send(1, x, y)
        time.sleep(hold_s)
        self._send(0, x, y)

    def close(self) -> None:
        self.sock.close()


def start_wayvnc(fresh: FreshRoot, session: dict[str, str]) -> Path:
    """wayvnc in the session, as its user, on a Unix socket: the socket's path as this machine sees it."""
    folder = "/var/tmp/kiosk-input"
    fresh.run("install", "-d", "-m", "0700", "-o", session["user"], "-g", session["user"], folder)
    fresh.start("wayvnc", "--unix-socket", f"{folder}/vnc", log="/tmp/wayvnc.log", user=session["user"], env=session)
    path = fresh.path(f"{folder}/vnc")
    deadline = time.monotonic() + 15
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    if not path.exists():
        raise RuntimeError(f"wayvnc did not start: {fresh.path('/tmp/wayvnc.log').read_text(errors='replace')}")
    return path


def type_keys(fresh: FreshRoot, session: dict[str, str], *keys: str) -> None:
    """wtype's arguments (-M ctrl -k F1 -m ctrl, or text): fails if the keys were not delivered."""
    typed = fresh.run("wtype", *keys, user=session["user"], env=session)
    if typed.returncode != 0:
        raise AssertionError(f"wtype {' '.join(keys)}: the session did not take the keys: {typed.stderr.strip()}")


def capture(fresh: FreshRoot, session: dict[str, str], name: str) -> Path:
    """What the output shows now (grim), as this machine sees the file."""
    inside = f"/tmp/cage/{name}.png"
    shot = fresh.run("grim", inside, user=session["user"], env=session)
    if shot.returncode != 0:
        raise AssertionError(f"grim: {shot.stderr.strip()}")
    return fresh.path(inside)


def difference(first: Path, second: Path) -> float:
    """The share of pixels (on a 16 px grid) that differ between two captures."""
    from PySide6.QtGui import QImage

    a, b = QImage(str(first)), QImage(str(second))
    if a.size() != b.size():
        return 1.0
    samples = [(x, y) for x in range(0, a.width(), 16) for y in range(0, a.height(), 16)]
    return sum(1 for x, y in samples if a.pixel(x, y) != b.pixel(x, y)) / len(samples)
