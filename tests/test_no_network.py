"""Offline, proven: the full self-test passes with socket creation blocked, and inside a network
namespace with no interfaces, and never tries to open a socket."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.files.resources import app_root

# Runs main.py's self-test with an audit hook that refuses and records every socket operation.
BOOTSTRAP = """
import sys
attempts = []
def hook(event, args):
    if event.startswith("socket."):
        attempts.append(event)
        raise PermissionError("network access is blocked in this test: " + event)
sys.addaudithook(hook)
sys.argv = ["main.py", "--self-test"]
sys.path.insert(0, {root!r})
import main
code = main.main(["--self-test"])
print("SOCKET ATTEMPTS:", len(attempts), sorted(set(attempts)))
sys.exit(code)
"""


def _run(prefix: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    code = BOOTSTRAP.format(root=str(app_root()))
    return subprocess.run([*prefix, sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)


def test_self_test_passes_with_sockets_blocked(tmp_path: Path) -> None:
    result = _run([], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test OK" in result.stdout
    assert "SOCKET ATTEMPTS: 0 []" in result.stdout


def _can_unshare() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "--net", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="no network namespaces here (needs root or user namespaces)")
def test_self_test_passes_in_a_namespace_without_network(tmp_path: Path) -> None:
    result = _run(["unshare", "--net"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SOCKET ATTEMPTS: 0 []" in result.stdout
