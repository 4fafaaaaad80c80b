"""The Prometheus metrics file, read back with prometheus_client's own parser (what node-exporter's
textfile collector accepts), while a patient uses the real kiosk."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk.content.model import Content
from kiosk.operations.metrics import PREFIX
from kiosk.session.state import StaffAccess
from kiosk.settings.config import parse_config
from tests.conftest import KioskFactory, Patient


def read_metrics(path: Path) -> dict[str, dict[tuple[tuple[str, str], ...], float]]:
    """Every sample by metric name and labels, as Prometheus parses the file."""
    samples: dict[str, dict[tuple[tuple[str, str], ...], float]] = {}
    for family in text_string_to_metric_families(path.read_text(encoding="utf-8")):
        assert family.name.startswith(PREFIX), family.name
        assert family.documentation, f"{family.name} has no help text"
        for sample in family.samples:
            samples.setdefault(sample.name, {})[tuple(sorted(sample.labels.items()))] = sample.value
    return samples


def value(metrics: dict[str, dict[tuple[tuple[str, str], ...], float]], name: str, **labels: str) -> float:
    return metrics[PREFIX + name][tuple(sorted(labels.items()))]


def current(metrics: dict[str, dict[tuple[tuple[str, str], ...], float]], name: str, label: str) -> str:
    """The label value of the one series at 1 (a state metric)."""
    on = [dict(key)[label] for key, v in metrics[PREFIX + name].items() if v == 1]
    assert len(on) == 1, metrics[PREFIX + name]
    return on[0]


@pytest.fixture
def metered(kiosk_factory: KioskFactory, content: Content, tmp_path: Path) -> tuple[Patient, Path]:
    path = tmp_path / "node-exporter" / "pain_therapy_kiosk.prom"
    path.parent.mkdir()
    p = kiosk_factory(content, config=f'metrics_file = "{path}"\n')
    return p, path


def test_the_metrics_file_tells_monitoring_what_the_kiosk_is_doing(metered: tuple[Patient, Path]) -> None:
    p, path = metered
    p.kiosk.upkeep.beat()  # the 30 s timer's call
    m = read_metrics(path)
    assert value(m, "up") == 1
    assert abs(value(m, "last_heartbeat_timestamp_seconds") - datetime.now().timestamp()) < 60
    assert value(m, "start_time_seconds") <= value(m, "last_heartbeat_timestamp_seconds")
    assert current(m, "screen_layer", "layer") == "idle"
    content = p.content
    assert value(m, "content_info", language="en", content_version=content.site.content_version, source="bundled") == 1
    # The bundled content is honestly unsigned: no review is due yet, so no "overdue" alert on day one.
    assert value(m, "content_reviewed", language="en") == 0
    assert content.site.review.review_due is None
    assert PREFIX + "content_review_due_timestamp_seconds" not in m
    assert value(m, "problems", source="content") == 0 and value(m, "problems", source="config") == 0
    assert current(m, "statistics_state", "state") == "opening"  # the test kiosk opens no database
    assert value(m, "sessions_total") == 0 and value(m, "sessions_today") == 0

    p.tap(p.nav_button("faq"))
    p.kiosk.upkeep.beat()
    assert current(read_metrics(path), "screen_layer", "layer") == "browsing"

    p.tap(p.find("referencesButton"))
    button = p.find("takeReferencesHome")
    p.scroll_into_view(button)
    p.tap(button)
    assert p.kiosk.my_questions.codes
    p.wait_idle(90 + 20)  # "Are you still there?" runs out: the session ends
    p.kiosk.upkeep.beat()
    m = read_metrics(path)
    assert value(m, "sessions_total") == 1 and value(m, "sessions_today") == 1
    assert value(m, "qr_codes_shown_total") >= 1
    assert current(m, "screen_layer", "layer") == "idle"

    p.session.set_staff(StaffAccess.KEYPAD)
    p.qtbot.waitUntil(lambda: p.shows("pinKeypad"))
    p.frame()
    p.kiosk.upkeep.beat()
    assert current(read_metrics(path), "screen_layer", "layer") == "staff"
    p.session.set_staff(StaffAccess.NONE)
    p.wait_idle(300)
    p.kiosk.upkeep.beat()
    assert current(read_metrics(path), "screen_layer", "layer") == "attract"
    assert [f.name for f in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    assert os.stat(path).st_mode & 0o044 == 0o044  # the exporter's user can read it


def test_a_kiosk_that_stops_on_purpose_says_so_and_one_that_cannot_write_keeps_running(
    kiosk_factory: KioskFactory, content: Content, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "k.prom"
    p = kiosk_factory(content, config=f'metrics_file = "{path}"\nstatistics = false\n')
    p.kiosk.start_heartbeat()
    m = read_metrics(path)
    assert current(m, "statistics_state", "state") == "off"
    assert value(m, "problems", source="config") == 0
    p.kiosk.close()
    assert value(read_metrics(path), "up") == 0

    missing = tmp_path / "no-such-folder" / "k.prom"
    q = kiosk_factory(content, config=f'metrics_file = "{missing}"\n')
    q.kiosk.upkeep.beat()
    q.kiosk.upkeep.beat()
    failures = [r for r in caplog.records if r.getMessage().startswith(f"cannot write metrics to {missing}")]
    assert len(failures) == 1  # once, not every 30 s


def test_metrics_file_must_be_a_prom_file() -> None:
    _config, problems = parse_config('metrics_file = "/var/lib/prometheus/node-exporter/kiosk.txt"\n')
    assert "does not end in .prom" in str(problems[0])
