"""Keeps the kiosk on screen. One implementation for every way the kiosk is started: the Linux
kiosk session (cage's only client), the Linux desktop autostart entry and the Windows logon task.
It is frozen beside the kiosk as a second program of the same bundle, and it imports no Qt.

- A kiosk that stops for any reason but a deliberate one is started again: one second after a
  crash of a kiosk that had been running, with a growing pause (1, 2, 4 … 60 s) while it keeps
  dying during start-up; it is never given up on.
- A start-up crash loop puts a calm full-screen "Please ask our staff" screen (the kiosk program
  with --out-of-order) behind the next tries, so patients never see the desktop.
- Hang watchdog: the kiosk writes a byte to a pipe on every heartbeat (kiosk.operations.heartbeat). No byte
  for HANG_S seconds means its event loop is stuck: it is killed and started again. A pipe, not
  the heartbeat file's age: a full or read-only disk must never get a healthy kiosk killed.
- Package upgrades: the package (Linux prerm, Windows installer) writes a flag file before it
  stops the kiosks. On Linux the supervisor then waits for the flag to go (postinst) and starts
  itself again from the new files; on Windows the installer ends the supervisor too and starts
  the logon task again afterwards.
- Exit code 0 (the staff panel's "Exit kiosk", or SIGTERM) and 3 (another kiosk already runs)
  end the supervisor too.

Everything it needs is imported at start: an upgrade replaces the bundle under a running
supervisor, and a module read from the bundle later would come from the new files.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from kiosk import APP_ID
from kiosk.files.resources import app_root, is_frozen, restore_machine_library_path
from kiosk.operations.heartbeat import INTERVAL_S, SUPERVISOR_PIPE_ENV
from kiosk.operations.logging_setup import configure_supervisor_logging

if sys.platform == "win32":
    import msvcrt
else:
    import grp

log = logging.getLogger("supervisor")

#: Seconds without a heartbeat byte before a kiosk counts as hung (four missed heartbeats).
HANG_S = 4 * INTERVAL_S
#: A kiosk that dies sooner than this after it started is failing at start-up.
STABLE_S = 30
#: Start-up failures in a row before the "Please ask our staff" screen is shown.
CRASH_LOOP = 3
MAX_PAUSE_S = 60
#: How long a kiosk asked to stop may take before it is killed.
STOP_WAIT_S = 10
POLL_S = 0.25
#: How long a package upgrade may take before the supervisor starts the kiosk anyway.
UPGRADE_WAIT_S = 900
DELIBERATE_STOP = 0
ALREADY_RUNNING = 3
OUT_OF_ORDER = "--out-of-order"
#: Written by the package before it stops the kiosks (installer/linux/prerm, the .iss).
LINUX_STOP_FLAG = Path("/run") / f"{APP_ID}.stopping"
WINDOWS_STOP_FLAG = "stopping.flag"
#: A stop flag found at start that is older than this was left by an install or upgrade that
#: failed or was cancelled (no installer holds a kiosk stopped for half an hour): it is ignored,
#: so the kiosk still starts at the next logon or boot, and a fresh flag is obeyed as before.
STALE_FLAG_S = 30 * 60
#: Arguments the "Please ask our staff" screen understands; the rest are the kiosk's own. The
#: config: it shows the clinic's name and phone from the same kiosk.toml.
SCREEN_ARGS = ("--windowed", "--size", "--config")


def kiosk_command() -> list[str]:
    """The kiosk program: KIOSK_APP (tests), the bundle's kiosk beside this frozen supervisor, or
    main.py from a source checkout."""
    override = os.environ.get("KIOSK_APP")
    if override:
        return [override]
    if is_frozen():
        return [str(Path(sys.executable).with_name(APP_ID + (".exe" if sys.platform == "win32" else "")))]
    return [sys.executable, str(app_root() / "main.py")]


def stop_flag() -> Path:
    override = os.environ.get("KIOSK_STOP_FLAG")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(sys.executable).with_name(WINDOWS_STOP_FLAG)
    return LINUX_STOP_FLAG


def hang_seconds() -> float:
    try:
        return float(os.environ.get("KIOSK_HANG_S", HANG_S))
    except ValueError:
        return HANG_S


def in_kiosk_group() -> bool:
    """Linux autostart: only users in the group get the kiosk; IT accounts keep their desktop."""
    if sys.platform == "win32":
        return True  # the logon task's principal is the kiosk group already
    try:
        gid = grp.getgrnam(APP_ID).gr_gid
    except KeyError:
        return False
    return gid == os.getgid() or gid in os.getgroups()


def screen_args(kiosk_args: list[str]) -> list[str]:
    """The kiosk's window arguments (--windowed, --size WxH) and its --config PATH for the "ask
    our staff" screen."""
    kept: list[str] = []
    for i, arg in enumerate(kiosk_args):
        if arg in SCREEN_ARGS:
            kept.append(arg)
            if arg in ("--size", "--config") and i + 1 < len(kiosk_args):
                kept.append(kiosk_args[i + 1])
        elif arg.startswith(("--size=", "--config=")):
            kept.append(arg)
    return kept


class Child:
    """One started program and the time of its last sign of life on the watchdog pipe."""

    def __init__(self, command: list[str]) -> None:
        self.command = command
        self.started = time.monotonic()
        self.last_beat: float | None = None
        read_fd, write_fd = os.pipe()
        env = dict(os.environ)
        try:
            if sys.platform == "win32":
                handle = msvcrt.get_osfhandle(write_fd)
                os.set_handle_inheritable(handle, True)
                env[SUPERVISOR_PIPE_ENV] = str(handle)
                startupinfo = subprocess.STARTUPINFO(lpAttributeList={"handle_list": [handle]})
                self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, startupinfo=startupinfo)
            else:
                env[SUPERVISOR_PIPE_ENV] = str(write_fd)
                self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, pass_fds=(write_fd,))
        except BaseException:
            os.close(read_fd)
            raise
        finally:
            os.close(write_fd)
        threading.Thread(target=self._listen, args=(read_fd,), daemon=True).start()

    def _listen(self, read_fd: int) -> None:
        try:
            while os.read(read_fd, 256):
                self.last_beat = time.monotonic()
        except OSError:
            pass
        finally:
            os.close(read_fd)

    def ran_for(self) -> float:
        return time.monotonic() - self.started

    def silent_for(self) -> float:
        return time.monotonic() - (self.last_beat or self.started)

    def is_up(self) -> bool:
        """Showing and past its start-up: it has sent a heartbeat and run for STABLE_S."""
        return self.last_beat is not None and self.ran_for() >= STABLE_S

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_WAIT_S)
            except subprocess.TimeoutExpired:
                log.warning("%s (pid %d) did not stop in %d s; killing it", self.name(), self.process.pid, STOP_WAIT_S)
                self.process.kill()
        return self.process.wait()

    def name(self) -> str:
        return "the staff screen" if OUT_OF_ORDER in self.command else "kiosk"


class Supervisor:
    def __init__(self, kiosk_args: list[str]) -> None:
        self.command = kiosk_command()
        self.kiosk_args = kiosk_args
        self.flag = stop_flag()
        self.hang_s = hang_seconds()
        self.stop_requested = False
        self.staff_screen: Child | None = None
        self._stale_flag = self._left_over_flag()

    def _left_over_flag(self) -> float | None:
        """The modification time of a stop flag left behind by a failed install, or None."""
        try:
            mtime = self.flag.stat().st_mtime
        except OSError:
            return None
        if time.time() - mtime < STALE_FLAG_S:
            return None
        log.warning(
            "ignoring %s, left %d min ago by an install that did not finish", self.flag, (time.time() - mtime) // 60
        )
        return mtime

    def stopping(self) -> bool:
        """The package asks the kiosk to stop: its flag is there, and it is not the stale one."""
        try:
            return self.flag.stat().st_mtime != self._stale_flag
        except OSError:
            return False

    def request_stop(self, signum: int, _frame: object) -> None:
        self.stop_requested = True

    def run(self) -> int:
        quick_failures = 0
        while True:
            if self.stopping():
                return self.after_stop_flag()
            try:
                kiosk = Child([*self.command, *self.kiosk_args])
            except OSError as exc:
                log.error("cannot start the kiosk %s: %s; stopping", self.command[0], exc)
                self.hide_staff_screen()
                return 1
            code = self.watch(kiosk)
            if code is None:  # stopped by a signal or by the package
                return self.after_stop_flag() if self.stopping() else 0
            if self.stopping():
                return self.after_stop_flag()
            if code == DELIBERATE_STOP:
                log.info("kiosk stopped on request; not restarting")
                self.hide_staff_screen()
                return 0
            if code == ALREADY_RUNNING:
                log.info("another kiosk is already running; this supervisor stops")
                self.hide_staff_screen()
                return 0
            quick_failures = quick_failures + 1 if kiosk.ran_for() < STABLE_S else 0
            pause = min(2 ** (quick_failures - 1), MAX_PAUSE_S) if quick_failures else 1
            if quick_failures >= CRASH_LOOP:
                self.show_staff_screen()
            log.warning("kiosk exited with code %d after %d s; starting it again in %d s", code, kiosk.ran_for(), pause)
            if not self.sleep(pause):
                self.hide_staff_screen()
                return self.after_stop_flag() if self.stopping() else 0

    def watch(self, kiosk: Child) -> int | None:
        """The kiosk's exit code, or None when the supervisor was asked to stop (it then stopped
        the kiosk itself)."""
        while True:
            code = kiosk.process.poll()
            if code is not None:
                return code
            if self.stop_requested or self.stopping():
                kiosk.stop()
                self.hide_staff_screen()
                return None
            if kiosk.silent_for() > self.hang_s:
                log.error(
                    "kiosk (pid %d) sent no heartbeat for %d s; it hangs: killing it",
                    kiosk.process.pid,
                    kiosk.silent_for(),
                )
                kiosk.process.kill()
                return kiosk.process.wait()
            if self.staff_screen is not None and kiosk.is_up():
                log.info("kiosk is up again; the staff screen goes")
                self.hide_staff_screen()
            time.sleep(POLL_S)

    def sleep(self, seconds: float) -> bool:
        """False when a stop was asked for meanwhile."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.stop_requested or self.stopping():
                return False
            time.sleep(POLL_S)
        return True

    def show_staff_screen(self) -> None:
        if self.staff_screen is not None and self.staff_screen.process.poll() is None:
            return
        log.error("the kiosk keeps failing at start-up; showing the staff screen meanwhile")
        try:
            self.staff_screen = Child([*self.command, OUT_OF_ORDER, *screen_args(self.kiosk_args)])
        except OSError as exc:
            log.error("cannot start the staff screen: %s", exc)

    def hide_staff_screen(self) -> None:
        if self.staff_screen is not None:
            self.staff_screen.stop()
            self.staff_screen = None

    def after_stop_flag(self) -> int:
        """The package is being upgraded or removed. Removal (or any stop on Windows, where the
        installer restarts the logon task itself): stop. Upgrade: wait for it to finish, then start
        again from the new files."""
        self.hide_staff_screen()
        try:
            reason = self.flag.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            reason = ""
        if sys.platform == "win32" or reason != "upgrade":
            log.info("the package is stopping the kiosk (%s); this supervisor stops", reason or "no reason given")
            return 0
        log.info("package upgrade: waiting for it to finish")
        deadline = time.monotonic() + UPGRADE_WAIT_S
        while self.stopping() and time.monotonic() < deadline:
            if self.stop_requested:
                return 0
            time.sleep(POLL_S)
        argv = [sys.executable, *sys.argv[1:]] if is_frozen() else [sys.executable, *sys.orig_argv[1:]]
        if not Path(argv[0]).exists():
            log.info("%s is gone after the upgrade; stopping", argv[0])
            return 0
        log.info("upgrade finished; starting the new version")
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os.execv(argv[0], argv)
        return 0  # not reached


def main(argv: list[str] | None = None) -> int:
    """supervisor [--autostart] [kiosk arguments…]"""
    args = list(sys.argv[1:] if argv is None else argv)
    restore_machine_library_path()  # the kiosk it starts sets the bundle's own again
    configure_supervisor_logging()
    if args[:1] == ["--autostart"]:
        args = args[1:]
        if not in_kiosk_group():
            return 0
    supervisor = Supervisor(args)
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), supervisor.request_stop)
    code = supervisor.run()
    logging.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
