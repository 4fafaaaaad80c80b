"""Metrics for Prometheus, as a file node-exporter's textfile collector (or windows_exporter's)
serves: what a clinic group's monitoring needs to see fifty kiosks at a glance.

Written in the text exposition format, the whole file at once through a rename (the collector
never reads half a file), every 30 s by the UI's timer, never on a tap. Names follow Prometheus'
conventions: one ``pain_therapy_kiosk_`` prefix, base units (``_seconds``, Unix time as
``_timestamp_seconds``), counters end in ``_total``, an ``_info`` metric carries versions as
labels, a state is one series per possible value (1 for the current one), so an alert is a plain
comparison. The numbers come from the session (what is on screen), the patient counts the usage
statistics' recorder keeps (kiosk.stats.recorder), the content library and the config.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.content.library import ContentLibrary
from kiosk.session.state import Layer, Session
from kiosk.stats.recorder import StatsRecorder

if TYPE_CHECKING:
    from kiosk.stats.database import UsageStats

PREFIX = "pain_therapy_kiosk_"
#: What the statistics are doing: ``off`` (config), ``opening`` (before the first frame),
#: ``unavailable`` (could not be opened), ``failing`` (writes fail, rows wait), ``recording``.
STATISTICS_STATES = ("recording", "failing", "unavailable", "opening", "off")


@dataclass(frozen=True)
class Family:
    """One metric: its samples (labels, value) with its type and help text."""

    name: str
    kind: str  # gauge or counter (an _info metric is a gauge of 1, as format 0.0.4 has it)
    help: str
    samples: tuple[tuple[Mapping[str, str], float], ...]


def statistics_state(statistics_on: bool, stats: UsageStats | None) -> str:
    if not statistics_on:
        return "off"
    if stats is None:
        return "opening"
    if not stats.enabled:
        return "unavailable"
    return "failing" if stats.failing else "recording"


@dataclass
class KioskMetrics:
    """Reads the running kiosk's state into metric families; ``write`` puts them in the file."""

    session: Session
    recorder: StatsRecorder
    #: The library in use now (a reload replaces it).
    library: Callable[[], ContentLibrary]
    config_problems: int
    statistics_on: bool
    started: float
    clock: Callable[[], float] = time.time

    def families(self, up: bool = True) -> list[Family]:
        now = self.clock()
        library = self.library()
        contents = library.loaded()
        counts = self.recorder.counts
        state = statistics_state(self.statistics_on, self.recorder.stats)
        layer = self.session.layer
        return [
            Family(
                "up", "gauge", "1 while the kiosk runs; 0 written when it stops on purpose.", (({}, 1 if up else 0),)
            ),
            Family(
                "last_heartbeat_timestamp_seconds",
                "gauge",
                "When the kiosk last wrote this file (Unix time); older than a minute or two: frozen or gone.",
                (({}, round(now, 3)),),
            ),
            Family(
                "start_time_seconds", "gauge", "When the kiosk started (Unix time).", (({}, round(self.started, 3)),)
            ),
            Family("info", "gauge", "The app's version.", (({"version": __version__}, 1),)),
            Family(
                "content_info",
                "gauge",
                "The content shown for each language: its version and where it came from (folder, bundled, built-in).",
                tuple(
                    (
                        {
                            "language": lang.code,
                            "content_version": c.site.content_version,
                            "source": library.origin(c),
                        },
                        1,
                    )
                    for lang, c in contents.items()
                ),
            ),
            Family(
                "content_reviewed",
                "gauge",
                "1 when a clinician has signed the language's content (reviewed_by in site.toml), 0 when not yet.",
                tuple(({"language": lang.code}, 1 if c.site.review.reviewed else 0) for lang, c in contents.items()),
            ),
            Family(
                "content_review_due_timestamp_seconds",
                "gauge",
                "When each language's clinical review of the content is due (Unix time, start of that day).",
                tuple(
                    ({"language": lang.code}, _day_start(c.site.review.review_due))
                    for lang, c in contents.items()
                    if c.site.review.review_due is not None
                ),
            ),
            Family(
                "screen_layer",
                "gauge",
                "What the screen shows: 1 for the current layer (closed, staff, attract, idle, browsing).",
                tuple(({"layer": each.value}, 1 if each is layer else 0) for each in Layer),
            ),
            Family(
                "sessions_today",
                "gauge",
                "Patient sessions today (local time).",
                (({}, counts.sessions_today(date.fromtimestamp(now))),),
            ),
            Family(
                "sessions_total", "counter", "Patient sessions ended since the kiosk started.", (({}, counts.sessions),)
            ),
            Family(
                "qr_codes_shown_total",
                "counter",
                "Take-home QR codes shown to patients since the kiosk started.",
                (({}, counts.qr_codes),),
            ),
            Family(
                "statistics_state",
                "gauge",
                "What the usage statistics are doing: 1 for the current state.",
                tuple(({"state": each}, 1 if each == state else 0) for each in STATISTICS_STATES),
            ),
            Family(
                "problems",
                "gauge",
                "Problems found in the content folders and in kiosk.toml (details in the log).",
                (({"source": "content"}, len(library.problems)), ({"source": "config"}, self.config_problems)),
            ),
        ]

    def text(self, up: bool = True) -> str:
        return exposition(self.families(up))

    def write(self, path: Path, up: bool = True) -> None:
        """The whole file, replaced at once. Raises OSError (the caller logs it)."""
        write_atomically(path, self.text(up))


def _day_start(day: date) -> float:
    return datetime(day.year, day.month, day.day).timestamp()


def exposition(families: Iterable[Family]) -> str:
    """Prometheus' text format 0.0.4."""
    lines = []
    for family in families:
        name = PREFIX + family.name
        lines.append(f"# HELP {name} {_escape(family.help, quote=False)}")
        lines.append(f"# TYPE {name} {family.kind}")
        for labels, value in family.samples:
            pairs = ",".join(f'{key}="{_escape(str(v), quote=True)}"' for key, v in labels.items())
            lines.append(f"{name}{{{pairs}}} {_number(value)}" if pairs else f"{name} {_number(value)}")
    return "\n".join(lines) + "\n"


def _escape(text: str, quote: bool) -> str:
    text = text.replace("\\", "\\\\").replace("\n", "\\n")
    return text.replace('"', '\\"') if quote else text


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def write_atomically(path: Path, text: str) -> None:
    # The temporary name does not end in .prom: the collector skips it while it is being written.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.chmod(tmp, 0o644)  # the exporter runs as another user
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
