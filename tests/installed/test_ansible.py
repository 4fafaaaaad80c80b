"""The Ansible role (deploy/ansible/) as clinic IT runs it: ansible-playbook over SSH against a
fresh Debian 12 (tests/installed/fresh_root.py: the cached root the package tests use; its sshd
listens on 127.0.0.1 only), never against this machine. The first run installs the .deb, writes
kiosk.toml, copies a clinic folder and enables the kiosk session; the second run
changes nothing; then the installed kiosk passes its self-test and, started as the session's user,
writes its metrics where node-exporter reads them. Run by `make deb-test`."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk import APP_ID
from kiosk.staff.pin import hash_pin, verify_pin
from tests.installed.fresh_root import BOOKWORM, FreshRoot, cached_tarball_with, root_needed
from tests.installed.test_deb import CACHE, DEB, KIOSK, runtime_dir, wait_for

ROOT = Path(__file__).resolve().parent.parent.parent
PLAYBOOK = ROOT / "deploy" / "ansible" / "playbook.yml"
METRICS = "/var/lib/prometheus/node-exporter/pain_therapy_kiosk.prom"
PIN = "482916"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not DEB, reason="set KIOSK_DEB to a .deb (make deb-test)")]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


#: What any machine Ansible manages has besides a minimal Debian (the apt module needs python3-apt).
MANAGED = ("python3", "python3-apt", "openssh-server")


def managed_tarball(work: Path) -> Path:
    """The cached Debian 12 root with MANAGED installed."""
    return cached_tarball_with(CACHE, BOOKWORM, "managed", MANAGED, work)


@pytest.fixture(scope="module")
def kiosk_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FreshRoot, Path]]:
    """A fresh Debian 12 with what any machine Ansible manages has (python3, sshd), and an
    inventory for it."""
    reason = root_needed()
    if reason:
        pytest.fail(reason)
    work = tmp_path_factory.mktemp("ansible")
    fresh = FreshRoot(managed_tarball(work), work, BOOKWORM.apt_archives(CACHE))
    try:
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(work / "key")], check=True)
        ssh = fresh.path("/root/.ssh")
        ssh.mkdir(mode=0o700, exist_ok=True)
        shutil.copyfile(work / "key.pub", ssh / "authorized_keys")
        fresh.path("/run/sshd").mkdir(exist_ok=True)
        port = free_port()
        fresh.start("/usr/sbin/sshd", "-D", "-e", "-p", str(port), "-o", "ListenAddress=127.0.0.1", log="/tmp/sshd.log")
        wait_for(lambda: _listening(port), 20, "sshd in the fresh root")
        inventory = work / "inventory.ini"
        inventory.write_text(
            "[kiosks]\n"
            f"waiting-room ansible_host=127.0.0.1 ansible_port={port} ansible_user=root"
            f" ansible_ssh_private_key_file={work / 'key'} ansible_python_interpreter=/usr/bin/python3"
            " ansible_become=false\n",
            encoding="utf-8",
        )
        yield fresh, inventory
    finally:
        fresh.close()


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def playbook(inventory: Path, variables: Path) -> tuple[str, Path]:
    """One run of the playbook as IT runs it: its output, and the JUnit report with each task's time."""
    junit = Path(tempfile.mkdtemp(dir=inventory.parent))
    env = {
        **os.environ,
        "ANSIBLE_HOST_KEY_CHECKING": "False",
        "ANSIBLE_SSH_ARGS": "-o UserKnownHostsFile=/dev/null -o ControlMaster=auto -o ControlPersist=60s",
        "ANSIBLE_PIPELINING": "True",
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_CALLBACKS_ENABLED": "ansible.builtin.junit",
        "JUNIT_OUTPUT_DIR": str(junit),
        "JUNIT_TASK_CLASS": "true",
        "ANSIBLE_LOCAL_TEMP": str(inventory.parent / "ansible-local"),
        "ANSIBLE_HOME": str(inventory.parent / "ansible-home"),
    }
    command = [str(Path(sys.executable).parent / "ansible-playbook"), "-i", str(inventory), "-e", f"@{variables}"]
    run = subprocess.run(
        [*command, str(PLAYBOOK)], capture_output=True, text=True, env=env, timeout=600, cwd=inventory.parent
    )
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-3000:]
    return run.stdout, junit


def recap(run: tuple[str, Path]) -> dict[str, int]:
    """The PLAY RECAP line's counts."""
    line = next(line for line in run[0].splitlines() if line.startswith("waiting-room ") and "ok=" in line)
    return {key: int(value) for key, value in re.findall(r"(\w+)=(\d+)", line)}


def durations(run: tuple[str, Path]) -> str:
    """Seconds per task, the slow ones first (for the test log)."""
    cases = [case for report in run[1].glob("*.xml") for case in ElementTree.parse(report).iter("testcase")]
    times = sorted(((float(c.get("time", 0)), c.get("name", "")) for c in cases), reverse=True)
    return "\n".join(f"  {seconds:5.1f} s  {name}" for seconds, name in times)


def test_the_playbook_sets_up_a_kiosk_and_a_second_run_changes_nothing(
    kiosk_host: tuple[FreshRoot, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    fresh, inventory = kiosk_host
    work = inventory.parent
    clinic = work / "valley-clinic"
    clinic.mkdir()
    (clinic / "clinic.toml").write_text('name = "Valley Pain Clinic"\nphone = "555-0100"\n', encoding="utf-8")
    variables = work / "vars.yml"
    variables.write_text(
        f"kiosk_deb_file: {Path(DEB).resolve()}\n"
        f"kiosk_clinic_src: {clinic}\n"
        f"kiosk_admin_pin_hash: '{hash_pin(PIN)}'\n"
        "kiosk_config:\n  open_hours: mon-fri 07:30-18:00\n  idle_timeout_s: 120\n  hide_cursor: true\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    first = playbook(inventory, variables)
    second = playbook(inventory, variables)
    with capsys.disabled():
        print(f"\nansible: two runs in {time.monotonic() - started:.0f} s")
        print(f"first run: {recap(first)}\n{durations(first)}\nsecond run: {recap(second)}\n{durations(second)}")
    assert recap(first)["changed"] >= 6 and recap(first)["failed"] == 0
    assert recap(second)["changed"] == 0 and recap(second)["failed"] == 0, durations(second)

    assert fresh.run("dpkg-query", "-W", "-f=${Status}", APP_ID).stdout == "install ok installed"
    check = fresh.run(f"/usr/bin/{APP_ID}", "--check-config", f"/etc/{APP_ID}/kiosk.toml")
    assert check.returncode == 0, check.stdout + check.stderr
    assert 'clinic_dir = "/usr/local/share/pain-therapy-kiosk/clinic"' in check.stdout
    assert 'open_hours = "mon-fri 07:30-18:00"' in check.stdout and "idle_timeout_s = 120" in check.stdout
    mode = fresh.run("stat", "-c", "%U %G %a", f"/etc/{APP_ID}/kiosk.toml").stdout.split()
    assert mode == ["root", "root", "644"]
    pin = f"/etc/{APP_ID}/admin-pin"
    assert fresh.run("stat", "-c", "%U %G %a", pin).stdout.split() == ["root", APP_ID, "640"]
    assert verify_pin(PIN, fresh.path(pin).read_text(encoding="ascii").strip())
    wants = fresh.path(f"/etc/systemd/system/multi-user.target.wants/{APP_ID}-session.service")
    assert wants.is_symlink() and fresh.path("/etc/systemd/system/display-manager.service").is_symlink()
    assert fresh.path("/usr/local/share/pain-therapy-kiosk/clinic/clinic.toml").is_file()


def test_the_installed_kiosk_passes_its_self_test_and_writes_its_metrics(kiosk_host: tuple[FreshRoot, Path]) -> None:
    fresh, _inventory = kiosk_host
    user = APP_ID  # the kiosk session's user
    env = {"HOME": f"/var/lib/{APP_ID}", "XDG_RUNTIME_DIR": runtime_dir(fresh, user), "QT_QPA_PLATFORM": "offscreen"}
    check = fresh.run(f"/usr/bin/{APP_ID}", "--self-test", user=user, env=env, timeout=300)
    assert check.returncode == 0, check.stdout[-3000:] + check.stderr[-3000:]

    kiosk = fresh.start(f"/usr/bin/{APP_ID}", "--windowed", log="/tmp/kiosk-metrics.log", user=user, env=env)
    try:
        wait_for(lambda: fresh.path(METRICS).exists(), 60, "the metrics file")
        families = {f.name: f for f in text_string_to_metric_families(fresh.path(METRICS).read_text())}
    finally:
        for pid in fresh.pids(KIOSK):
            fresh.run("sh", "-c", f"kill -TERM {pid}")
        kiosk.wait(30)
    assert families["pain_therapy_kiosk_up"].samples[0].value == 1
    content = {s.labels["language"]: s.labels["source"] for s in families["pain_therapy_kiosk_content_info"].samples}
    assert content["en"] == "bundled"
    assert families["pain_therapy_kiosk_problems"].samples[0].value == 0
    log = fresh.path("/tmp/kiosk-metrics.log").read_text(encoding="utf-8", errors="replace")
    assert "cannot write metrics" not in log, log
