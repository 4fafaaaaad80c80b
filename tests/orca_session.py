"""Orca, the screen reader, reading the real kiosk: the kiosk as an X11 window under Xvfb on its
own accessibility bus, Debian's ``orca`` speaking through speech-dispatcher into a silent audio
driver, and real key presses sent into the X server with ``xdotool``. What Orca says is read
from its debug log ("SPEECH OUTPUT:" lines), so a test waits on Orca's own words, not on time.

Used by tests/test_orca.py, and by hand (README, "Hearing the kiosk through Orca"):

    python -m tests.orca_session Tab Tab Tab Return Insert+l

starts the kiosk and Orca, presses those keys one by one and prints what Orca said after each.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.files.resources import app_root

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
# Each line Orca sends to speech: its words, then the voice it asked for (a dict, or None).
SPEECH = re.compile(r" - SPEECH OUTPUT: '(.*?)'(?: voice=\w+)? ?(?:\{[^\n]*\}|None)$", re.DOTALL | re.MULTILINE)
# What speech-dispatcher was told to speak in, as Orca logs it before each utterance.
LANGUAGE = re.compile(r"SD rate \S+, pitch \S+, volume \S+, language (\S+)")
# The profile a Spanish-speaking patient's Orca switches to (Orca 43 does not change its voice by
# itself when the text's language changes: its settings profiles are how it speaks another
# language, and the clinic sets one up beside the kiosk, see docs/DEPLOYMENT.md).
SPANISH_PROFILE = "espanol"
# Orca's "cycle to the next settings profile" command is unbound by default; the clinic's Orca
# setup binds it to Orca+L here ("language": a key Orca and the kiosk leave free).
PROFILE_KEY = "l"


def orca_settings() -> dict[str, object]:
    """Orca's user-settings.conf: its defaults (desktop layout, Insert as the Orca key) with key
    echo off, and two profiles, the default one speaking English and a Spanish one."""
    general: dict[str, object] = {
        "enableKeyEcho": False,
        "enableBraille": False,
        "enableTutorialMessages": False,
        "speechServerFactory": "orca.speechdispatcherfactory",
        "keyboardLayout": 1,
        "orcaModifierKeys": ["Insert", "KP_Insert"],
        "profile": ["Default", "default"],
        "activeProfile": ["Default", "default"],
        "startingProfile": ["Default", "default"],
    }
    # keysym, the modifiers looked at (Orca's default mask), the modifiers held (Orca), clicks.
    keybindings = {"cycleSettingsProfileHandler": [[PROFILE_KEY, "365", "256", "1"]]}

    def profile(name: str, key: str, lang: str) -> dict[str, object]:
        # Every kind of voice Orca asks for (links, capitals, its own messages) speaks the language.
        family = {"name": name, "lang": lang, "locale": lang, "dialect": "", "variant": None}
        voices = {kind: {"established": True, "family": family} for kind in ("default", "system", "hyperlink")}
        voices["uppercase"] = {"established": True, "family": family, "average-pitch": 7.0}
        return {"profile": [name, key], "voices": voices, "keybindings": keybindings, "pronunciations": {}}

    profiles = {
        "default": profile("Default", "default", "en"),
        SPANISH_PROFILE: profile("Español", SPANISH_PROFILE, "es"),
    }
    return {"general": general, "keybindings": keybindings, "pronunciations": {}, "profiles": profiles}


@dataclass
class OrcaSession:
    """One kiosk and one Orca on one X display; ``press`` keys, ``hear`` what Orca says."""

    home: Path
    display: str
    kiosk_args: tuple[str, ...] = ()
    _processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _mark: int = 0
    _offset: int = 0
    env: dict[str, str] = field(default_factory=dict)
    window: str = ""

    @property
    def debug_file(self) -> Path:
        return self.home / "orca-debug.out"

    @property
    def speech_log(self) -> Path:
        return self.home / "speech-dispatcher"

    # -- starting and stopping -------------------------------------------------------------

    def start(self) -> None:
        home = self.home
        runtime = home / "run"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        config = home / "config"
        (config / "speech-dispatcher").mkdir(parents=True, exist_ok=True)
        self.speech_log.mkdir(exist_ok=True)
        # Speech as fast as it is made: libao's null driver plays nothing and returns at once, so
        # Orca's say-all (which waits for each line to be spoken) reads a page in moments.
        (home / ".libao").write_text("default_driver=null\n", encoding="utf-8")
        (config / "speech-dispatcher" / "speechd.conf").write_text(
            f'LogLevel 4\nLogDir "{self.speech_log}"\nAudioOutputMethod "libao"\n'
            'AddModule "espeak-ng" "sd_espeak-ng" "/etc/speech-dispatcher/modules/espeak-ng.conf"\n'
            'DefaultModule espeak-ng\nDefaultLanguage "en"\n',
            encoding="utf-8",
        )
        prefs = home / "orca"
        prefs.mkdir(exist_ok=True)
        (prefs / "user-settings.conf").write_text(json.dumps(orca_settings(), indent=1), encoding="utf-8")
        # Orca writes its debug log through a buffer: each line is wanted as soon as it is said.
        (prefs / "orca-customizations.py").write_text(
            "import orca.debug\nif orca.debug.debugFile:\n    orca.debug.debugFile.reconfigure(line_buffering=True)\n",
            encoding="utf-8",
        )
        self.env = {
            **os.environ,
            "DISPLAY": self.display,
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(config),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "LANG": "C.UTF-8",
            "NO_AT_BRIDGE": "0",
        }
        self.env.pop("QT_QPA_PLATFORM", None)
        bus = self._spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE)
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        assert self.env["DBUS_SESSION_BUS_ADDRESS"], "no D-Bus session bus"
        self._spawn([str(LAUNCHER), "--launch-immediately"])
        kiosk_env = {
            **self.env,
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_QPA_PLATFORM": "xcb",
        }
        main = str(app_root() / "main.py")
        kiosk = self._spawn([sys.executable, main, "--windowed", *self.kiosk_args], env=kiosk_env, log="kiosk.log")
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(kiosk.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=90,
        )
        log = (home / "kiosk.log").read_text(encoding="utf-8", errors="replace")
        assert found.stdout.split(), f"the kiosk's window never showed:\n{log[-3000:]}"
        self.window = found.stdout.split()[-1]
        # Orca will not start beside another Orca of the same user (another test run, a desktop).
        self.wait_for(lambda: not _other_orcas(), "another Orca of this user to end", timeout=180)
        self._spawn(["orca", "-u", str(prefs), f"--debug-file={self.debug_file}"], log="orca.log")
        self.wait_for(lambda: "Screen reader on." in self.spoken(), "Orca to start", timeout=60)
        # The kiosk builds its other screens and languages just after its first frame, and tells
        # the accessibility bus of each: keys pressed while Orca works through that flood of
        # events can be lost. Orca's log stops growing once it has.
        self.wait_until_quiet()
        self.mark()
        # The window may have had the keyboard since it was mapped (no window manager: the focus
        # follows the pointer), before Orca listened: away and back, so Orca hears it open as a
        # patient's screen reader would.
        root = re.search(r"Window id: (\S+)", self._x(["xwininfo", "-root"])).group(1)  # type: ignore[union-attr]
        self._x(["xdotool", "windowfocus", "--sync", root])
        self._x(["xdotool", "windowfocus", "--sync", self.window])

    def _x(self, command: list[str]) -> str:
        return subprocess.run(command, env=self.env, capture_output=True, text=True, check=True, timeout=30).stdout

    def _spawn(
        self, command: list[str], env: dict[str, str] | None = None, log: str = "", stdout: int | None = None
    ) -> subprocess.Popen[bytes]:
        out = open(self.home / log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(
            command, env=env or self.env, stdout=stdout or out, stderr=out if log else subprocess.DEVNULL
        )
        self._processes.append(process)
        return process

    def stop(self) -> None:
        pid_file = self.home / "run" / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        with contextlib.suppress(FileNotFoundError, ValueError, ProcessLookupError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        self._processes.clear()

    # -- keys and words --------------------------------------------------------------------

    def press(self, *keys: str) -> None:
        """Real key presses into the X server, one after another ("Tab", "Insert+F11"); what
        Orca says next is heard from here on."""
        self.mark()
        subprocess.run(["xdotool", "key", "--delay", "120", *keys], env=self.env, check=True, timeout=30)

    def log(self) -> str:
        try:
            return self.debug_file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def spoken(self) -> list[str]:
        """Everything Orca has said, one utterance an item."""
        return SPEECH.findall(self.log())

    def mark(self) -> None:
        log = self.log()
        self._mark = len(SPEECH.findall(log))
        self._offset = len(log)

    def since(self) -> list[str]:
        return self.spoken()[self._mark :]

    def wait_for(self, done: Callable[[], bool], what: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout:.0f} s for {what}; Orca said since the last key: {self.since()}")
            time.sleep(0.05)

    def wait_until_quiet(self, quiet: float = 1.5, timeout: float = 90) -> None:
        """Until Orca's log has not grown for ``quiet`` seconds: it has handled every event."""
        size, since = -1, time.monotonic()
        deadline = since + timeout
        while time.monotonic() - since < quiet:
            if time.monotonic() > deadline:
                raise AssertionError(f"Orca was still busy after {timeout:.0f} s")
            now = self.debug_file.stat().st_size if self.debug_file.exists() else 0
            if now != size:
                size, since = now, time.monotonic()
            time.sleep(0.1)

    def _spoke_and_finished(self) -> bool:
        """Orca has said something since the last key, and finished handling the event it said
        it for (its log closes each event it handles with a "^^^^^ PROCESS" line)."""
        text = self.log()[self._offset :]
        last = text.rfind(" - SPEECH OUTPUT: ")
        return last >= 0 and text.find("^^^^^ PROCESS ", last) >= 0

    def hear(self, *words: str, timeout: float = 30) -> str:
        """Wait until Orca has spoken since the last key press and, if given, said every one of
        ``words`` (in any of its utterances); return all it said since then, as one text."""
        self.wait_for(
            lambda: self._spoke_and_finished() and all(w in " ".join(self.since()) for w in words),
            f"Orca to say {words or 'something'}",
            timeout,
        )
        return " ".join(self.since())

    def languages(self) -> list[str]:
        """The language speech-dispatcher was set to before each utterance, in order."""
        return LANGUAGE.findall(self.log())


def _other_orcas() -> bool:
    found = subprocess.run(["pgrep", "-u", str(os.getuid()), "-x", "orca"], capture_output=True, text=True)
    return bool(found.stdout.split())


@contextlib.contextmanager
def orca_session(home: Path, display: str, kiosk_args: tuple[str, ...] = ()) -> Iterator[OrcaSession]:
    session = OrcaSession(home, display, kiosk_args)
    try:
        session.start()
        yield session
    finally:
        session.stop()


def main(keys: list[str]) -> int:
    """Start the kiosk and Orca under an X server of their own, press ``keys`` one by one
    (xdotool names: Tab, shift+Tab, Return, Insert+l), and print what Orca said after each."""
    import tempfile

    from tests.test_real_window import running_xvfb

    with tempfile.TemporaryDirectory() as tmp, running_xvfb() as display, orca_session(Path(tmp), display) as orca:
        print("(start)", orca.hear(timeout=60), flush=True)
        for key in keys:
            orca.press(key)
            try:
                print(f"[{key}]", orca.hear(timeout=15), flush=True)
            except AssertionError:
                print(f"[{key}] (Orca said nothing)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
