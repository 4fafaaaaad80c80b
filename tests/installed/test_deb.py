"""The .deb as clinic IT gets it, on a fresh Debian 13 and a fresh Debian 12
(tests/installed/fresh_root.py, RELEASES), never on this machine: the previous build installed
with apt (which proves Depends resolves on that release), an edit of the config and a running
kiosk taken through the upgrade to this build, every part in place and every library the bundle
needs present, the self-test with no network and no locale set, a killed kiosk back within 5 s,
the kiosk session (cage, headless) showing the kiosk, and a purge after `systemctl enable` that
leaves nothing behind. Run by `make deb-test` (KIOSK_DEB names the package); the tests build on
each other in file order, one release after the other."""

from __future__ import annotations

import configparser
import gzip
import json
import os
import shlex
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk import APP_ID, __version__
from kiosk.files.licences import QT_REPLACEMENT, bundled_components
from kiosk.staff.pin import hash_pin
from tests.installed import session_input
from tests.installed.fresh_root import RELEASES, TRIXIE, FreshRoot, Release, cached_tarball, root_needed

DEB = os.environ.get("KIOSK_DEB", "")
ROOT = Path(__file__).resolve().parent.parent.parent
# The Debian root tarball and the packages apt downloads into it, kept between runs outside the
# checkout (CI runs a clean clone on the same machine, so a cache inside it would never be reused).
CACHE = Path(
    os.environ.get("KIOSK_TEST_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pain-therapy-kiosk-tests"
)
OUT = ROOT / "out"
pytestmark = pytest.mark.skipif(not DEB, reason="set KIOSK_DEB to a .deb (make deb-test)")

OPT = f"/opt/{APP_ID}"
KIOSK = f"{OPT}/{APP_ID}"
SUPERVISOR = f"{OPT}/{APP_ID}-supervisor"
CONFIG = f"/etc/{APP_ID}/kiosk.toml"
UNIT = f"/usr/lib/systemd/system/{APP_ID}-session.service"
INSTALLED = [
    KIOSK,
    SUPERVISOR,
    f"/usr/bin/{APP_ID}",
    CONFIG,
    UNIT,
    f"/etc/pam.d/{APP_ID}",
    f"/etc/xdg/autostart/{APP_ID}.desktop",
    f"/usr/share/applications/{APP_ID}.desktop",
    f"/usr/share/doc/{APP_ID}/copyright",
    f"/usr/share/doc/{APP_ID}/changelog.gz",
    f"/usr/share/doc/{APP_ID}/examples/kiosk.toml.example",
    f"/usr/share/lintian/overrides/{APP_ID}",
]
CLINIC_USER = "clinic"  # a desktop user IT added to the kiosk group
PREVIOUS = f"{__version__}~previous"
SESSION_PIN = "246810"


def wait_for_or_none(condition: Callable[[], object], seconds: float) -> float | None:
    """Seconds until ``condition`` held, or None if it did not within ``seconds``."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if condition():
            return time.monotonic() - start
        time.sleep(0.1)
    return None


def wait_for(condition: Callable[[], object], seconds: float, what: str) -> float:
    waited = wait_for_or_none(condition, seconds)
    if waited is None:
        pytest.fail(f"{what}: not within {seconds} s")
    return waited


@pytest.fixture(scope="module", params=RELEASES, ids=[release.id for release in RELEASES])
def release(request: pytest.FixtureRequest) -> Release:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def fresh(release: Release, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FreshRoot]:
    reason = root_needed()
    if reason:
        pytest.fail(reason)
    root = FreshRoot(cached_tarball(CACHE, release), tmp_path_factory.mktemp("fresh"), release.apt_archives(CACHE))
    try:
        yield root
    finally:
        root.close()


@pytest.fixture(scope="module")
def debs(fresh: FreshRoot, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """This build, and the same files as an earlier version for the upgrade (fast to pack: gzip).
    The earlier version ships kiosk.toml as a conffile, as packages did before it was written
    once by postinst, with other text than this build's: the upgrade must not ask about it."""
    work = tmp_path_factory.mktemp("previous")
    subprocess.run(["dpkg-deb", "-R", DEB, str(work / "pkg")], check=True)
    control = work / "pkg" / "DEBIAN" / "control"
    control.write_text(control.read_text().replace(f"Version: {__version__}\n", f"Version: {PREVIOUS}\n"))
    packaged = work / "pkg" / CONFIG.lstrip("/")
    packaged.parent.mkdir(parents=True)
    shipped = (work / "pkg" / "usr" / "share" / APP_ID / "kiosk.toml").read_text(encoding="utf-8")
    packaged.write_text(shipped.replace("# clinic_name", "# An older default.\n# clinic_name"), encoding="utf-8")
    conffiles = work / "pkg" / "DEBIAN" / "conffiles"
    conffiles.write_text(CONFIG + "\n" + conffiles.read_text(encoding="utf-8"), encoding="utf-8")
    md5sums = work / "pkg" / "DEBIAN" / "md5sums"
    digest = subprocess.run(
        ["md5sum", CONFIG.lstrip("/")], cwd=work / "pkg", capture_output=True, text=True, check=True
    )
    md5sums.write_text(md5sums.read_text(encoding="utf-8") + digest.stdout, encoding="utf-8")
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "-b", str(work / "pkg"), str(work / "previous.deb")],
        check=True,
        capture_output=True,
    )
    shutil.copyfile(DEB, fresh.path("/tmp/current.deb"))
    shutil.copyfile(work / "previous.deb", fresh.path("/tmp/previous.deb"))
    return {"current": "/tmp/current.deb", "previous": "/tmp/previous.deb"}


def uid(fresh: FreshRoot, user: str) -> int:
    return int(fresh.run("id", "-u", user).stdout)


def runtime_dir(fresh: FreshRoot, user: str) -> str:
    """What pam_systemd makes at login: /run/user/<uid>, 0700, the user's own tmpfs."""
    folder = f"/run/user/{uid(fresh, user)}"
    assert fresh.run("install", "-d", "-m", "0700", "-o", user, "-g", user, folder).returncode == 0
    return folder


def heartbeat_pid(fresh: FreshRoot, folder: str) -> int | None:
    try:
        record = json.loads(fresh.path(f"{folder}/{APP_ID}/heartbeat.json").read_text(encoding="utf-8"))
        return int(record["pid"])
    except (OSError, ValueError, KeyError):
        return None


def desktop_env(fresh: FreshRoot) -> dict[str, str]:
    return {
        "HOME": f"/home/{CLINIC_USER}",
        "XDG_RUNTIME_DIR": runtime_dir(fresh, CLINIC_USER),
        "QT_QPA_PLATFORM": "offscreen",
    }


def start_desktop_supervisor(fresh: FreshRoot, log: str) -> dict[str, str]:
    """The supervisor as the desktop autostart entry starts it at the clinic user's login."""
    env = desktop_env(fresh)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(fresh.path(f"/etc/xdg/autostart/{APP_ID}.desktop"), encoding="utf-8")
    command = shlex.split(entry["Desktop Entry"]["Exec"])
    assert command == [SUPERVISOR, "--autostart"]
    fresh.path(f"{env['XDG_RUNTIME_DIR']}/{APP_ID}/heartbeat.json").unlink(missing_ok=True)
    fresh.start(*command, "--windowed", log=log, user=CLINIC_USER, env=env)
    wait_for(lambda: running_kiosk(fresh, env["XDG_RUNTIME_DIR"]), 60, "the kiosk's first heartbeat")
    return env


def running_kiosk(fresh: FreshRoot, folder: str) -> int | None:
    """The pid in the heartbeat, if that kiosk is running now."""
    pid = heartbeat_pid(fresh, folder)
    return pid if pid in fresh.pids(KIOSK) else None


def signal(fresh: FreshRoot, name: str, pid: int | None) -> None:
    """kill is a shell builtin here: the fresh root has no procps."""
    assert fresh.run("sh", "-c", f"kill -{name} {pid}").returncode == 0


def stop_all(fresh: FreshRoot) -> None:
    for exe in (SUPERVISOR, KIOSK, "/usr/bin/cage", "/usr/bin/grim"):
        for pid in fresh.pids(exe):
            fresh.run("sh", "-c", f"kill -TERM {pid} 2>/dev/null; true")
    wait_for(lambda: not fresh.pids(KIOSK) and not fresh.pids(SUPERVISOR), 20, "everything stopped")


def test_the_previous_build_installs_on_a_fresh_root_with_apt(fresh: FreshRoot, debs: dict[str, str]) -> None:
    result = fresh.apt_install(debs["previous"])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert fresh.run("dpkg-query", "-W", "-f=${Version}", APP_ID).stdout == PREVIOUS


def test_an_edited_config_and_a_running_kiosk_come_through_the_upgrade(fresh: FreshRoot, debs: dict[str, str]) -> None:
    assert fresh.run("useradd", "-m", "-G", APP_ID, CLINIC_USER).returncode == 0
    config = fresh.path(CONFIG)
    config.write_text(config.read_text(encoding="utf-8") + 'clinic_name = "Valley Pain Clinic"\n', encoding="utf-8")
    env = start_desktop_supervisor(fresh, "/tmp/upgrade-supervisor.log")
    supervisor = fresh.pids(SUPERVISOR)
    first = heartbeat_pid(fresh, env["XDG_RUNTIME_DIR"])

    # No --force-confold and no terminal (as under Ansible or unattended-upgrades): a conffile
    # question would fail it.
    upgrade = fresh.apt_install(debs["current"])
    assert upgrade.returncode == 0, upgrade.stdout[-3000:] + upgrade.stderr[-3000:]
    assert fresh.run("dpkg-query", "-W", "-f=${Version}", APP_ID).stdout == __version__
    assert 'clinic_name = "Valley Pain Clinic"' in config.read_text(encoding="utf-8")
    assert "conffile" not in upgrade.stdout + upgrade.stderr
    # The supervisor waited for the upgrade, started itself again from the new files (the same
    # process), and that started the new kiosk.
    wait_for(
        lambda: heartbeat_pid(fresh, env["XDG_RUNTIME_DIR"]) not in (None, first), 60, "the kiosk after the upgrade"
    )
    assert fresh.pids(SUPERVISOR) == supervisor
    log = fresh.path("/tmp/upgrade-supervisor.log").read_text(encoding="utf-8", errors="replace")
    assert "waiting for it to finish" in log and "starting the new version" in log, log
    assert not fresh.path(f"/run/{APP_ID}.stopping").exists()
    stop_all(fresh)


def test_every_part_is_in_place_and_every_library_the_bundle_needs_is_installed(fresh: FreshRoot) -> None:
    missing = [path for path in INSTALLED if not fresh.path(path).exists()]
    assert not missing
    verify = fresh.run("dpkg", "--verify", APP_ID)  # every file against DEBIAN/md5sums
    changed = [line.split()[-1] for line in verify.stdout.splitlines()]
    # Only IT's edit, and only in the earlier package's kiosk.toml, which dpkg still knows.
    assert verify.returncode == 0 and changed in ([], [CONFIG]), verify.stdout + verify.stderr
    conffiles = fresh.run("dpkg-query", "-W", "-f=${Conffiles}", APP_ID).stdout.splitlines()
    assert any(line.split()[0] == f"/etc/pam.d/{APP_ID}" for line in conffiles)
    # kiosk.toml is no conffile of this package: the earlier one's entry is marked obsolete.
    assert all(line.split()[-1] == "obsolete" for line in conffiles if line.split()[0] == CONFIG), conffiles
    own = subprocess.run(["dpkg-deb", "-I", DEB, "conffiles"], capture_output=True, text=True, check=True).stdout
    assert CONFIG not in own and f"/usr/share/{APP_ID}/kiosk.toml" in fresh.run("dpkg", "-L", APP_ID).stdout
    assert fresh.run("getent", "group", APP_ID).returncode == 0
    account = fresh.run("getent", "passwd", APP_ID).stdout.split(":")
    assert account[5:7] == [f"/var/lib/{APP_ID}", "/usr/sbin/nologin\n"]
    assert fresh.run("stat", "-c", "%U %a", f"/var/lib/{APP_ID}").stdout.split() == [APP_ID, "750"]
    # Every NEEDED library of every program and library in the bundle resolves: the bundle's own,
    # or one apt installed from Depends (nothing else is on this fresh system).
    unresolved = fresh.run(
        "sh",
        "-c",
        f"dirs=$(find {OPT} -name '*.so*' -printf '%h\\n' | sort -u | tr '\\n' :); "
        f"find {OPT} -type f \\( -name '*.so*' -o -perm -u+x \\) | while read -r f; do "
        'LD_LIBRARY_PATH="$dirs" ldd "$f" 2>/dev/null | grep "not found" | sed "s|^|$f: |"; done',
    )
    assert unresolved.stdout == "", unresolved.stdout
    copyright_text = fresh.path(f"/usr/share/doc/{APP_ID}/copyright").read_text(encoding="utf-8")
    assert copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    changelog = gzip.decompress(fresh.path(f"/usr/share/doc/{APP_ID}/changelog.gz").read_bytes()).decode()
    assert changelog.startswith(f"{APP_ID} ({__version__})")
    components = {c.name: c for c in bundled_components(fresh.path(f"{OPT}/_internal/licences"))}
    assert {"Qt", "Python", "Atkinson Hyperlegible", "PyInstaller bootloader"} <= set(components)
    assert components["Qt"].note == QT_REPLACEMENT
    assert all(path.is_file() for c in components.values() for path in c.texts)
    short = fresh.path(CONFIG).read_text(encoding="utf-8")
    assert len(short.splitlines()) < 20 and "kiosk.toml.example" in short


def test_the_installed_app_passes_its_self_test_with_no_network_and_no_locale(fresh: FreshRoot) -> None:
    """No LANG, no LC_*: the launcher gives the kiosk its own UTF-8 locale (Qt warns without one)."""
    version = fresh.run(f"/usr/bin/{APP_ID}", "--version", user=CLINIC_USER)
    assert version.returncode == 0 and __version__ in version.stdout
    check = fresh.run(
        "unshare", "--net", "setpriv", f"--reuid={CLINIC_USER}", f"--regid={CLINIC_USER}", "--init-groups",
        f"/usr/bin/{APP_ID}", "--self-test",
        env=desktop_env(fresh),
        timeout=300,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout[-3000:] + check.stderr[-3000:]
    # Listen: apt installed the recommended speech-dispatcher and espeak-ng, and the speech server
    # the kiosk starts runs with this release's libraries, not the bundle's (Debian 13's stopped).
    assert "speech available (speechd: en " in check.stdout, check.stdout[-3000:] + check.stderr[-3000:]
    # What IT runs before deploying content: the installed validator passes the bundled content.
    validate = fresh.run(f"/usr/bin/{APP_ID}", "--validate-content", user=CLINIC_USER)
    assert validate.returncode == 0, validate.stdout[-3000:] + validate.stderr[-3000:]
    lines = validate.stdout.splitlines()
    assert any("/content/en: OK, version" in line for line in lines), validate.stdout
    assert any(line.startswith("note: reading level not checked") for line in lines), validate.stdout


def test_a_killed_kiosk_is_back_within_five_seconds_and_logging_out_stops_it(fresh: FreshRoot) -> None:
    env = start_desktop_supervisor(fresh, "/tmp/kill-supervisor.log")
    first = heartbeat_pid(fresh, env["XDG_RUNTIME_DIR"])
    signal(fresh, "KILL", first)
    back_in = wait_for(
        lambda: heartbeat_pid(fresh, env["XDG_RUNTIME_DIR"]) not in (None, first), 5, "the killed kiosk back"
    )
    assert back_in < 5
    assert fresh.pids(KIOSK) == [heartbeat_pid(fresh, env["XDG_RUNTIME_DIR"])]
    (supervisor,) = fresh.pids(SUPERVISOR)
    signal(fresh, "TERM", supervisor)  # what a logout sends
    wait_for(lambda: not fresh.pids(KIOSK) and not fresh.pids(SUPERVISOR), 15, "kiosk and supervisor gone")
    log = fresh.path("/tmp/kill-supervisor.log").read_text(encoding="utf-8", errors="replace")
    assert "starting it again in 1 s" in log, log


def unit_service(fresh: FreshRoot) -> configparser.SectionProxy:
    """The session unit's [Service] section."""
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(fresh.path(UNIT), encoding="utf-8")
    return unit["Service"]


@pytest.fixture(scope="module")
def session(fresh: FreshRoot) -> Iterator[dict[str, str]]:
    """The kiosk session: the unit's ExecStart, as its user with its environment, under headless
    cage (no systemd in a chroot, no screen here); grim captures what the output shows from cage's
    start on (a capture that starts only once the window is up stays black with headless cage)."""
    tools = fresh.apt_install("grim", "wtype")  # test tools only, after the library check above
    assert tools.returncode == 0, tools.stdout[-2000:] + tools.stderr[-2000:]
    service = unit_service(fresh)
    user = service["User"]
    assert user == APP_ID and service["Restart"] == "always"
    env = {
        "HOME": f"/var/lib/{APP_ID}",
        "XDG_RUNTIME_DIR": runtime_dir(fresh, user),
        "WLR_BACKENDS": "headless",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",
        **dict(item.split("=", 1) for item in shlex.split(service["Environment"])),
    }
    assert env["QT_QPA_PLATFORM"] == "wayland"  # native Wayland, not Xwayland
    pin = fresh.path(f"/etc/{APP_ID}/admin-pin")  # as the Ansible role writes it: staff access is on
    pin.write_text(hash_pin(SESSION_PIN) + "\n", encoding="utf-8")
    assert fresh.run("chown", f"root:{APP_ID}", str(pin).removeprefix(str(fresh.root))).returncode == 0
    pin.chmod(0o640)
    shots = "/tmp/cage"
    fresh.run("install", "-d", "-o", user, "-g", user, shots)
    fresh.start(*shlex.split(service["ExecStart"]), log="/tmp/cage.log", user=user, env=env)
    capture = (
        'until [ -S "$XDG_RUNTIME_DIR/wayland-0" ]; do sleep 0.05; done; '
        f"while :; do grim {shots}/next.png 2>/dev/null && mv {shots}/next.png {shots}/latest.png; sleep 0.3; done"
    )
    wayland = {**env, "WAYLAND_DISPLAY": "wayland-0"}
    fresh.start("sh", "-c", capture, log="/tmp/grim.log", user=user, env=wayland)
    try:
        if not wait_for_or_none(lambda: running_kiosk(fresh, env["XDG_RUNTIME_DIR"]), 60):
            log = fresh.path("/tmp/cage.log").read_text(encoding="utf-8", errors="replace")
            pytest.fail(f"the kiosk under cage: not within 60 s; the session said:\n{log[-4000:]}")
        time.sleep(4)  # the first frames, then a capture of them
        yield {"user": user, "runtime": env["XDG_RUNTIME_DIR"], "shot": f"{shots}/latest.png", **wayland}
    finally:
        stop_all(fresh)


def test_the_kiosk_session_shows_the_kiosk_filling_the_screen(fresh: FreshRoot, session: dict[str, str]) -> None:
    shows_the_kiosk(fresh.path(session["shot"]), OUT / "cage-session.png")
    kiosk = running_kiosk(fresh, session["runtime"])
    environ = fresh.run("cat", f"/proc/{kiosk}/environ").stdout.split("\0")
    assert "QT_QPA_PLATFORM=wayland" in environ  # Qt's Wayland client, no fallback to Xwayland


def test_a_killed_kiosk_comes_back_in_the_same_kiosk_session(fresh: FreshRoot, session: dict[str, str]) -> None:
    (cage,) = fresh.pids("/usr/bin/cage")
    first = running_kiosk(fresh, session["runtime"])
    signal(fresh, "KILL", first)
    wait_for(lambda: running_kiosk(fresh, session["runtime"]) not in (None, first), 10, "kiosk back")
    assert fresh.pids("/usr/bin/cage") == [cage]
    time.sleep(4)
    shows_the_kiosk(fresh.path(session["shot"]), OUT / "cage-session-after-kill.png")


#: What a patient with a USB keyboard may try, as wtype arguments: switching terminals, killing
#: the display server, rebooting, closing or switching windows, the desktop's menu, an app's quit
#: and close keys, leaving full screen.
ESCAPES = {
    **{f"ctrl-alt-f{n}": ["-M", "ctrl", "-M", "alt", "-k", f"F{n}", "-m", "alt", "-m", "ctrl"] for n in range(1, 13)},
    "ctrl-alt-backspace": ["-M", "ctrl", "-M", "alt", "-k", "BackSpace", "-m", "alt", "-m", "ctrl"],
    "ctrl-alt-delete": ["-M", "ctrl", "-M", "alt", "-k", "Delete", "-m", "alt", "-m", "ctrl"],
    "alt-f4": ["-M", "alt", "-k", "F4", "-m", "alt"],
    "alt-tab": ["-M", "alt", "-k", "Tab", "-m", "alt"],
    "super": ["-M", "logo", "-m", "logo"],
    "ctrl-q": ["-M", "ctrl", "-k", "q", "-m", "ctrl"],
    "ctrl-w": ["-M", "ctrl", "-k", "w", "-m", "ctrl"],
    "escape": ["-k", "Escape"],
    "f11": ["-k", "F11"],
}


@pytest.mark.parametrize("release", [TRIXIE], ids=[TRIXIE.id], indirect=True, scope="module")
def test_no_key_touch_or_signal_leaves_the_kiosk_session(
    release: Release, fresh: FreshRoot, session: dict[str, str]
) -> None:
    """Real input through the session's virtual keyboard and pointer (Debian 13's cage 0.2 has
    both; Debian 12's cage has neither). Taps and keys are first shown to arrive (the screen
    changes); then every escape in ESCAPES, typing into the staff keypad, long presses and a
    stopped kiosk: after each, the output shows the kiosk as it was, under the same cage."""
    assert "-s" not in shlex.split(unit_service(fresh)["ExecStart"])  # cage -s would allow VT switches
    installed = fresh.apt_install("wayvnc")
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
    (cage,) = fresh.pids("/usr/bin/cage")
    kiosk = running_kiosk(fresh, session["runtime"])
    pointer = session_input.Pointer(session_input.start_wayvnc(fresh, session))
    try:
        overview = session_input.capture(fresh, session, "overview")
        shows_the_kiosk(overview, OUT / "cage-keys-overview.png")
        pointer.press(pointer.width * 5 // 8, pointer.height - 50)  # the third tab: Drug pumps
        time.sleep(1.5)
        pumps = session_input.capture(fresh, session, "pumps")
        assert session_input.difference(overview, pumps) > 0.05, "a tap on a tab did not reach the kiosk"
        session_input.type_keys(fresh, session, "-k", "Next")  # Page Down
        time.sleep(1.5)
        shown = session_input.capture(fresh, session, "scrolled")
        assert session_input.difference(pumps, shown) > 0.05, "a key did not reach the kiosk"
        shows_the_kiosk(shown, OUT / "cage-keys-before.png")

        def still_the_same(after: str) -> None:
            time.sleep(0.8)
            now = session_input.capture(fresh, session, after)
            assert fresh.pids("/usr/bin/cage") == [cage] and running_kiosk(fresh, session["runtime"]) == kiosk, after
            assert session_input.difference(shown, now) < 0.02, f"{after}: the screen changed ({now})"

        for name, keys in ESCAPES.items():
            session_input.type_keys(fresh, session, *keys)
            still_the_same(f"after-{name}")
        for _ in range(5):  # staff access: five taps on the logo
            pointer.press(70, 44)
            time.sleep(0.15)
        time.sleep(1.5)
        keypad = session_input.capture(fresh, session, "keypad")
        assert session_input.difference(shown, keypad) > 0.05, "five taps on the logo did not open the keypad"
        shutil.copyfile(keypad, OUT / "cage-keys-keypad.png")
        session_input.type_keys(fresh, session, "1234abc")
        session_input.type_keys(fresh, session, "-k", "Return", "-k", "F11", "-M", "alt", "-k", "F4", "-m", "alt")
        session_input.type_keys(fresh, session, "-k", "Escape")  # closes the keypad
        still_the_same("after-keypad")
        pointer.press(pointer.width // 3, pointer.height // 3, hold_s=2.5)  # a long press on the page
        still_the_same("after-long-press")
        (current,) = fresh.pids(KIOSK)
        signal(fresh, "STOP", current)
        try:
            still_the_same("while-stopped")
        finally:
            signal(fresh, "CONT", current)
        still_the_same("after-stopped")
    finally:
        pointer.close()
    shutil.copyfile(session_input.capture(fresh, session, "last"), OUT / "cage-keys-after.png")
    # Cage keeps the kiosk full screen by itself: its window guard never had to take size or place back.
    said = fresh.path("/tmp/cage.log").read_text(encoding="utf-8", errors="replace")
    assert "window left full screen" not in said, said[-3000:]


def shows_the_kiosk(shot: Path, keep: Path) -> float:
    """Checks a capture is the kiosk filling the output, keeps a copy to look at, returns the share
    of its pixels in the kiosk's own light colours (page, cards, disclaimer line): any screen of
    it, not only Overview, since a scrolled page is mostly cards."""
    from PySide6.QtGui import QColor, QImage

    keep.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, keep)
    image = QImage(str(keep))
    assert (image.width(), image.height()) == (1280, 720)  # cage's headless output
    light = {QColor(c).rgb() for c in ("#FBF7F2", "#FFFFFF", "#F6EEE3")}  # Theme's background, surface, surfaceAlt
    samples = [(x, y) for x in range(0, 1280, 16) for y in range(0, 720, 16)]
    black = sum(1 for x, y in samples if image.pixelColor(x, y).lightness() < 8)
    assert black < len(samples) * 0.02, f"{keep}: black, not the kiosk"
    corners = [image.pixelColor(x, y) for x, y in ((2, 2), (1277, 2), (2, 717), (1277, 717))]
    assert all(c.lightness() > 8 for c in corners), f"{keep}: the kiosk does not fill the output"
    share = sum(1 for x, y in samples if image.pixelColor(x, y).rgb() in light) / len(samples)
    page = sum(1 for x, y in samples if image.pixelColor(x, y).rgb() == QColor("#FBF7F2").rgb()) / len(samples)
    # Its own page colour shows round the cards on every screen: a white window is not the kiosk.
    assert share > 0.5 and page > 0.05, f"{keep}: not the kiosk ({share:.0%} in its colours, {page:.0%} its page)"
    return share


def test_removing_stops_running_kiosks_and_purging_leaves_nothing_behind(fresh: FreshRoot) -> None:
    """Also the links `systemctl enable` made for the session (systemctl links to the unit's path
    under /usr/lib, the only one on a merged-/usr system)."""
    enable = fresh.run("systemctl", "enable", f"{APP_ID}-session.service")
    assert enable.returncode == 0, enable.stdout + enable.stderr
    links = fresh.run("find", "/etc/systemd/system", "-lname", f"*{APP_ID}*").stdout.split()
    assert "/etc/systemd/system/display-manager.service" in links and len(links) == 2, links
    start_desktop_supervisor(fresh, "/tmp/purge-supervisor.log")
    remove = fresh.run("apt-get", "remove", "-y", "-q", APP_ID)
    assert remove.returncode == 0, remove.stdout[-3000:] + remove.stderr[-3000:]
    wait_for(lambda: not fresh.pids(KIOSK) and not fresh.pids(SUPERVISOR), 15, "kiosk and supervisor gone")
    # Removed, not purged: IT's config stays, and so does the autostart entry (a conffile), which
    # desktops now skip: the program its TryExec names is gone.
    assert fresh.path(CONFIG).is_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(fresh.path(f"/etc/xdg/autostart/{APP_ID}.desktop"), encoding="utf-8")
    assert entry["Desktop Entry"]["TryExec"] == SUPERVISOR and not fresh.path(SUPERVISOR).exists()
    purge = fresh.run("apt-get", "purge", "-y", "-q", APP_ID)
    assert purge.returncode == 0, purge.stdout[-3000:] + purge.stderr[-3000:]
    wait_for(lambda: not fresh.pids(KIOSK) and not fresh.pids(SUPERVISOR), 15, "kiosk and supervisor gone")
    left = [p for p in [*INSTALLED, OPT, f"/etc/{APP_ID}", f"/var/lib/{APP_ID}", f"/run/{APP_ID}.stopping"]]
    assert [p for p in left if fresh.path(p).exists()] == []
    assert fresh.run("find", "/etc/systemd/system", "-lname", f"*{APP_ID}*").stdout == ""
    assert fresh.run("dpkg-query", "-W", APP_ID).returncode != 0 or "un " in fresh.run("dpkg", "-l", APP_ID).stdout
