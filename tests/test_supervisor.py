"""The supervisor (kiosk/operations/supervisor.py, frozen beside the kiosk and used by the kiosk session, the
desktop autostart entry and the Windows logon task), driven with a stand-in kiosk: what it
restarts and how fast, what it leaves stopped, how it tells a hung kiosk from one that only can't
write its heartbeat file, the staff screen of a crash loop, and package upgrades. (The installed
package is killed and timed for real in tests/installed/.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk import APP_ID
from kiosk.content.model import Content
from kiosk.files.resources import app_root
from kiosk.operations.heartbeat import SUPERVISOR_PIPE_ENV
from tests.conftest import KioskFactory

HEALTHY = -2  # beats on the watchdog pipe until stopped
HUNG = -1  # runs, never beats


def stand_in(tmp_path: Path, codes: list[int]) -> Path:
    """A kiosk that behaves as the next entry of ``codes`` each time it is started: an exit code,
    HUNG or HEALTHY. Started as the staff screen (--out-of-order) it notes that and waits."""
    script = tmp_path / "kiosk"
    runs, screens = tmp_path / "runs", tmp_path / "screens"
    script.write_text(
        "#!/bin/bash\n"
        f'if [ "$1" = --out-of-order ]; then echo "$$ $*" >> {screens}; exec sleep 600; fi\n'
        f'echo "$*" >> {runs}\n'
        f"echo $$ > {tmp_path / 'pid'}\n"
        f"n=$(wc -l < {runs})\n"
        f"set -- {' '.join(map(str, codes))}\n"
        "shift $((n - 1))\n"
        f'[ "${{1:-0}}" = {HUNG} ] && exec sleep 600\n'
        f'if [ "${{1:-0}}" = {HEALTHY} ]; then\n'
        f"  while :; do printf . >&${SUPERVISOR_PIPE_ENV}; sleep 0.2; done\n"
        "fi\n"
        'exit "${1:-0}"\n'
    )
    script.chmod(0o755)
    return script


def environment(tmp_path: Path, codes: list[int], hang_s: float = 2) -> dict[str, str]:
    return {
        **os.environ,
        "KIOSK_APP": str(stand_in(tmp_path, codes)),
        "KIOSK_HANG_S": str(hang_s),
        "KIOSK_STOP_FLAG": str(tmp_path / "stopping"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "PYTHONPATH": str(app_root()),
    }


def supervise(tmp_path: Path, codes: list[int], *args: str, timeout: float = 40) -> tuple[int, list[str], str]:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.operations.supervisor", *args],
        env=environment(tmp_path, codes),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return result.returncode, lines(tmp_path / "runs"), result.stderr


def lines(path: Path) -> list[str]:
    return path.read_text().splitlines() if path.exists() else []


def wait_for(condition: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.05)


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def has_pid(path: Path) -> bool:
    """The child wrote its pid: the file can be there, still empty, a moment before."""
    return path.exists() and path.read_text().strip().isdigit()


def test_a_crash_is_restarted_and_exit_kiosk_is_not(tmp_path: Path) -> None:
    started = time.monotonic()
    code, runs, log = supervise(tmp_path, [139, 134, 0], "--windowed")
    assert code == 0
    assert runs == ["--windowed"] * 3  # the kiosk's arguments are passed on every time
    assert "exited with code 139" in log and "exited with code 134" in log
    assert "stopped on request" in log
    assert time.monotonic() - started < 8  # 1 s, then 2 s: start-up failures back off


def test_a_hung_kiosk_is_killed_and_started_again(tmp_path: Path) -> None:
    code, runs, log = supervise(tmp_path, [HUNG, 0])
    assert (code, len(runs)) == (0, 2)
    assert "sent no heartbeat" in log


def test_a_kiosk_that_beats_is_never_taken_for_hung_whatever_its_heartbeat_file(tmp_path: Path) -> None:
    """The watchdog listens on the pipe: a kiosk on a full disk (no heartbeat file at all here)
    that keeps beating runs on, far past the hang limit."""
    env = environment(tmp_path, [HEALTHY], hang_s=1)
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "kiosk.operations.supervisor"], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_for(lambda: has_pid(tmp_path / "pid"))
        time.sleep(4)
        assert len(lines(tmp_path / "runs")) == 1
        assert not list(tmp_path.rglob("heartbeat.json"))
    finally:
        supervisor.terminate()
        assert supervisor.wait(timeout=20) == 0
    assert supervisor.stderr is not None
    assert "heartbeat" not in supervisor.stderr.read()


def test_the_kiosk_beats_on_the_pipe_even_when_its_heartbeat_file_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kiosk_factory: KioskFactory, content: Content
) -> None:
    """The real kiosk's side: its heartbeat tick writes the pipe first, so a full disk (here a
    runtime folder that is a file, so nothing can be written under it) costs the monitoring file,
    never the kiosk's life."""
    read_fd, write_fd = os.pipe()
    monkeypatch.setenv(SUPERVISOR_PIPE_ENV, str(write_fd))
    blocked = tmp_path / "runtime"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(blocked))
    patient = kiosk_factory(content)
    try:
        patient.kiosk.upkeep.beat()
        patient.kiosk.upkeep.beat()
        os.set_blocking(read_fd, False)
        assert os.read(read_fd, 16) == b".."
        assert blocked.read_text() == "not a folder"
    finally:
        os.close(read_fd)


def test_a_start_up_crash_loop_shows_the_staff_screen_until_the_kiosk_stops(tmp_path: Path) -> None:
    code, runs, log = supervise(tmp_path, [1, 1, 1, 0], "--windowed", "--size", "800x600", "--config", "x.toml")
    assert (code, len(runs)) == (0, 4)
    screens = lines(tmp_path / "screens")
    assert len(screens) == 1  # started once, kept while the tries go on
    pid, *args = screens[0].split()
    # The config too: the screen shows the clinic's name and phone from it.
    assert args == ["--out-of-order", "--windowed", "--size", "800x600", "--config", "x.toml"]
    assert "staff screen" in log
    assert gone(int(pid))  # and gone with the supervisor


def test_another_running_kiosk_stops_the_supervisor(tmp_path: Path) -> None:
    code, runs, log = supervise(tmp_path, [3])
    assert (code, len(runs)) == (0, 1)
    assert "another kiosk is already running" in log


def test_autostart_runs_only_for_the_kiosk_group(tmp_path: Path) -> None:
    groups = subprocess.run(["id", "-nG"], capture_output=True, text=True).stdout.split()
    if APP_ID in groups:
        pytest.skip(f"this user is in the group {APP_ID}")
    code, runs, _log = supervise(tmp_path, [0], "--autostart")
    assert (code, runs) == (0, [])


def test_an_upgrade_stops_the_kiosk_and_starts_the_new_one_when_it_is_done(tmp_path: Path) -> None:
    env = environment(tmp_path, [HEALTHY, HEALTHY])
    flag = tmp_path / "stopping"
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "kiosk.operations.supervisor", "--windowed"], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_for(lambda: len(lines(tmp_path / "runs")) == 1 and has_pid(tmp_path / "pid"))
        first = int((tmp_path / "pid").read_text())
        flag.write_text("upgrade\n")  # the package's prerm
        wait_for(lambda: gone(first))
        time.sleep(1)
        assert len(lines(tmp_path / "runs")) == 1  # nothing starts while the upgrade runs
        flag.unlink()  # the postinst
        wait_for(lambda: len(lines(tmp_path / "runs")) == 2)
        assert supervisor.poll() is None  # the same process, started again from the new files
        assert lines(tmp_path / "runs")[1] == "--windowed"
    finally:
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(timeout=20) == 0
    assert supervisor.stderr is not None
    log = supervisor.stderr.read()
    assert "waiting for it to finish" in log and "starting the new version" in log


def test_removing_the_package_stops_kiosk_and_supervisor(tmp_path: Path) -> None:
    env = environment(tmp_path, [HEALTHY])
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "kiosk.operations.supervisor"], env=env, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(lambda: has_pid(tmp_path / "pid"))
        kiosk = int((tmp_path / "pid").read_text())
        (tmp_path / "stopping").write_text("remove\n")
        assert supervisor.wait(timeout=20) == 0
        assert gone(kiosk)
    finally:
        if supervisor.poll() is None:
            supervisor.kill()


def test_a_stop_flag_left_by_a_failed_install_does_not_keep_the_kiosk_off(tmp_path: Path) -> None:
    """A setup that failed or was cancelled after it wrote its stop flag must not leave the kiosk
    off at every later logon: a flag older than half an hour at start is ignored (and said so);
    a fresh one is still obeyed, and so is a new one written while the kiosk runs."""
    flag = tmp_path / "stopping"
    flag.write_text("The installer is stopping the kiosk.")
    code, runs, log = supervise(tmp_path, [0])
    assert code == 0 and runs == [] and "ignoring" not in log  # fresh: an install is under way
    two_hours_ago = time.time() - 2 * 3600
    os.utime(flag, (two_hours_ago, two_hours_ago))
    env = environment(tmp_path, [HEALTHY])
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "kiosk.operations.supervisor"], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_for(lambda: has_pid(tmp_path / "pid"))
        kiosk = int((tmp_path / "pid").read_text())
        flag.write_text("remove\n")  # a real stop now: obeyed
        assert supervisor.wait(timeout=20) == 0
        assert gone(kiosk)
        assert supervisor.stderr is not None and "ignoring" in supervisor.stderr.read()
    finally:
        if supervisor.poll() is None:
            supervisor.kill()


def test_stopping_the_supervisor_stops_the_kiosk_first(tmp_path: Path) -> None:
    """Logout and shutdown send SIGTERM to the supervisor: it must not leave before the kiosk,
    even one that takes a while to shut down."""
    script = tmp_path / "kiosk"
    pid_file = tmp_path / "pid"
    script.write_text(f"#!/bin/bash\necho $$ > {pid_file}\ntrap 'sleep 1; exit 0' TERM\nwhile :; do sleep 0.1; done\n")
    script.chmod(0o755)
    env = {**environment(tmp_path, []), "KIOSK_APP": str(script)}
    for _ in range(3):
        pid_file.unlink(missing_ok=True)
        supervisor = subprocess.Popen(
            [sys.executable, "-m", "kiosk.operations.supervisor"], env=env, stderr=subprocess.DEVNULL
        )
        wait_for(pid_file.exists)
        kiosk = int(pid_file.read_text())
        time.sleep(0.3)
        supervisor.terminate()
        assert supervisor.wait(timeout=15) == 0
        assert gone(kiosk)
