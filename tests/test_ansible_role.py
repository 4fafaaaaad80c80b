"""The Ansible role under Debian's own ansible-core (Debian 12 ships 2.14, older than the PyPI
release tests/installed/test_ansible.py runs against a fresh root): the playbook loads, and the
one feature 2.14 lacks (kiosk_apt_repository, through deb822_repository) stops with a message
that says what to do, before anything is changed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ANSIBLE = ROOT / "deploy" / "ansible"
DEBIAN_PLAYBOOK = Path("/usr/bin/ansible-playbook")  # Debian's ansible-core (make's apt list)


def debian_ansible_version() -> tuple[int, ...]:
    if not DEBIAN_PLAYBOOK.exists() or shutil.which("dpkg-query") is None:
        pytest.skip("Debian's ansible-core is not installed (make test installs it)")
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "ansible-core"], capture_output=True, text=True, check=True
    ).stdout
    return tuple(int(part) for part in out.split("-")[0].split("+")[0].split(".")[:2])


def test_the_playbook_loads_with_debians_own_ansible() -> None:
    debian_ansible_version()
    check = subprocess.run(
        [DEBIAN_PLAYBOOK, "--syntax-check", "-i", "inventory.example.ini", "playbook.yml"],
        cwd=ANSIBLE,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_an_apt_repository_on_an_older_ansible_stops_first_with_what_to_do(tmp_path: Path) -> None:
    if debian_ansible_version() >= (2, 15):
        pytest.skip("this Debian's ansible-core has deb822_repository: nothing to refuse")
    inventory = tmp_path / "inventory.ini"
    inventory.write_text("[kiosks]\nlocalhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3\n")
    run = subprocess.run(
        [
            DEBIAN_PLAYBOOK,
            "--check",
            "-i",
            str(inventory),
            str(ANSIBLE / "playbook.yml"),
            "-e",
            '{"kiosk_apt_repository": {"uris": "https://apt.example.org/kiosk", "suites": "stable"}}',
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0
    assert "needs ansible-core 2.15 or newer" in run.stdout and "kiosk_deb_file" in run.stdout, run.stdout
    recap = " ".join(run.stdout.split())
    assert "changed=0" in recap and "failed=1" in recap  # the first task: nothing was touched
