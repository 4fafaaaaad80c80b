"""The example alert rules (docs/monitoring/) and the kiosk's metrics, judged by Prometheus' own
promtool: the rules load, their unit tests (which alert fires for which kiosk) pass, and the
metrics file follows Prometheus' naming conventions.

promtool comes from Debian's ``prometheus`` package, downloaded with apt and unpacked into the
test cache (never installed: installing it would start a Prometheus server on this machine)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.content.library import ContentLibrary
from kiosk.operations.metrics import KioskMetrics
from kiosk.session.idle import IdleTimer
from kiosk.session.state import Session, SessionDefaults
from kiosk.stats.recorder import StatsRecorder

ROOT = Path(__file__).resolve().parent.parent
MONITORING = ROOT / "docs" / "monitoring"
CACHE = Path(
    os.environ.get("KIOSK_TEST_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pain-therapy-kiosk-tests"
)


@pytest.fixture(scope="module")
def promtool() -> Path:
    tool = CACHE / "prometheus" / "usr" / "bin" / "promtool"
    if tool.exists():
        return tool
    if shutil.which("apt-get") is None:
        pytest.skip("promtool comes from Debian's prometheus package; this is not a Debian machine")
    download = CACHE / "prometheus-deb"
    download.mkdir(parents=True, exist_ok=True)
    got = subprocess.run(
        ["apt-get", "download", "prometheus"], cwd=download, capture_output=True, text=True, timeout=300
    )
    debs = sorted(download.glob("prometheus_*.deb"))
    assert got.returncode == 0 and debs, got.stdout + got.stderr
    unpacked = CACHE / "prometheus.partial"
    shutil.rmtree(unpacked, ignore_errors=True)
    subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(unpacked)], check=True)
    shutil.rmtree(CACHE / "prometheus", ignore_errors=True)
    unpacked.rename(CACHE / "prometheus")
    for deb in debs:
        deb.unlink()
    return tool


def test_the_alert_rules_load_and_fire_for_the_right_kiosks(promtool: Path) -> None:
    check = subprocess.run(
        [promtool, "check", "rules", "pain-therapy-kiosk.rules.yml"], cwd=MONITORING, capture_output=True, text=True
    )
    assert check.returncode == 0 and "SUCCESS: 5 rules found" in check.stdout, check.stdout + check.stderr
    tests = subprocess.run(
        [promtool, "test", "rules", "pain-therapy-kiosk.tests.yml"], cwd=MONITORING, capture_output=True, text=True
    )
    assert tests.returncode == 0 and "SUCCESS" in tests.stdout, tests.stdout + tests.stderr


def test_the_metrics_follow_prometheus_conventions(promtool: Path) -> None:
    session = Session(SessionDefaults(), IdleTimer(90, 10, 300))
    library = ContentLibrary()
    library.load_all()
    metrics = KioskMetrics(session, StatsRecorder(session), lambda: library, 0, True, started=1.8e9)
    lint = subprocess.run([promtool, "check", "metrics"], input=metrics.text(), capture_output=True, text=True)
    assert lint.returncode == 0 and lint.stdout + lint.stderr == "", lint.stdout + lint.stderr


def test_the_documented_heartbeat_cron_line_says_kiosk_down_when_the_file_is_old_or_missing(tmp_path: Path) -> None:
    """The line DEPLOYMENT.md gives, run by /bin/sh as cron runs it, on a fresh, an old and a
    missing heartbeat file (it once stayed silent on a missing one: an arithmetic error)."""
    doc = (ROOT / "docs" / "DEPLOYMENT.md").read_text(encoding="utf-8")
    line = next(text for text in doc.splitlines() if "heartbeat.json" in text and "kiosk down" in text)
    heartbeat = tmp_path / "heartbeat.json"
    command = line.replace("/run/user/$(id -u pain-therapy-kiosk)/pain-therapy-kiosk/heartbeat.json", str(heartbeat))
    assert command != line

    def said() -> str:
        return subprocess.run(["/bin/sh", "-c", command], capture_output=True, text=True, timeout=10).stdout.strip()

    assert said() == "kiosk down"  # missing
    heartbeat.write_text("{}", encoding="utf-8")
    assert said() == ""  # fresh
    old = heartbeat.stat().st_mtime - 5 * 60
    os.utime(heartbeat, (old, old))
    assert said() == "kiosk down"  # five minutes old
