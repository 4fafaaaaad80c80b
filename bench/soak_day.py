"""`make soak-day`: a day in a waiting room, compressed. Eight opening hours of patients, each a
visit of screens, FAQ answers, citations, definitions, My list and its take-home codes, text
sizes and languages, then the idle reset; the kiosk's memory (RSS) is read as it goes and drawn
as a curve in docs/soak-day.png (with Qt's own painter: no plotting library).

Run by hand, not by `make test` (it takes several minutes). The figures it prints go into
docs/BENCHMARKS.md."""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF  # noqa: E402

from kiosk.content.library import ContentLibrary  # noqa: E402
from kiosk.session.choices import TextSize  # noqa: E402
from kiosk.session.navigation import MAIN_SCREENS, Screen  # noqa: E402
from kiosk.session.state import Session  # noqa: E402
from ui.app import Kiosk, WindowOptions, create_application, wait  # noqa: E402

HOURS = 8
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
WARM_UP = 1_000  # navigations before caches reach their working size (as `make bench`)


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Day:
    navigations: int = 0
    visits: int = 0
    language_switches: int = 0
    faq_opens: int = 0
    layers: int = 0
    definitions: int = 0
    #: (navigations so far, RSS in MiB)
    samples: list[tuple[int, float]] = field(default_factory=list)


def visit(rng: random.Random, kiosk: Kiosk, only: frozenset[str] = frozenset()) -> list[tuple[str, object]]:
    """One patient's actions, as calls on the session: what their taps would call."""
    content = kiosk.content.content
    faq = [item.id for item in content.faq.items]
    refs = [ref.id for ref in content.references.items]
    terms = [term.id for term in content.glossary.items]
    steps: list[tuple[str, object]] = []
    if rng.random() < 0.3:  # a third of patients read in the other language
        steps.append(("language", None))
    if rng.random() < 0.1:  # one in ten makes the text larger
        steps.append(("text_size", rng.choice(list(TextSize)[1:])))
    for _ in range(rng.randint(4, 24)):
        roll = rng.random()
        if roll < 0.55:
            steps.append(("go", rng.choice(MAIN_SCREENS)))
        elif roll < 0.68:
            steps.append(("faq", rng.choice(faq)))
        elif roll < 0.76:
            steps.append(("reference", rng.choice(refs)))
        elif roll < 0.84:
            steps.append(("definition", rng.choice(terms)))
        elif roll < 0.94:
            steps.append(("save", f"faq:{rng.choice(faq)}"))
        else:
            steps.append(("my_list", None))
    steps.append(("reset", None))
    if only:  # a breakdown: only these kinds of action (navigations always)
        steps = [s if s[0] in only or s[0] in ("go", "reset") else ("go", rng.choice(MAIN_SCREENS)) for s in steps]
    return steps


def act(session: Session, day: Day, action: str, value: object) -> None:
    if action == "go":
        assert isinstance(value, Screen)
        session.go(value)
        day.navigations += 1
    elif action == "faq":
        session.go(Screen.FAQ)
        session.toggle_faq(str(value))
        day.navigations += 1
        day.faq_opens += 1
    elif action == "reference":
        session.open_reference(str(value))
        day.navigations += 1
        day.layers += 1
    elif action == "definition":
        session.open_glossary(str(value))
        day.definitions += 1
    elif action == "save":
        session.close_glossary()
        session.toggle_saved(str(value))
    elif action == "my_list":
        session.close_glossary()
        session.go(Screen.MY_QUESTIONS)
        day.navigations += 1
        day.layers += 1
    elif action == "text_size":
        assert isinstance(value, TextSize)
        session.set_text_size(value)
    elif action == "language":
        session.set_language(session.other_language().code)
        day.language_switches += 1
    elif action == "reset":
        session.reset()  # as the idle timeout does: every choice back to the clinic's defaults
        day.visits += 1


def simulate(
    navigations: int, sample_every: int, seed: int, per_frame: int = 8, only: frozenset[str] = frozenset()
) -> tuple[Day, float]:
    app = create_application()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_STATE_HOME"] = os.environ["XDG_DATA_HOME"] = tmp
        library = ContentLibrary()
        library.load_all()
        kiosk = Kiosk(library)
        kiosk.show(WindowOptions(fullscreen=False, size=(1920, 1080)))
        while not kiosk.window.property("ready"):
            wait(50)
        wait(500)
        day = Day()
        day.samples.append((0, rss_mib()))
        rng = random.Random(seed)
        queue: list[tuple[str, object]] = []
        started = time.monotonic()

        # Inside the event loop, as the kiosk runs: Qt frees replaced delegates there. A few
        # actions between frames (a patient's taps are further apart than a frame, but the
        # software renderer would otherwise make a day take an hour here).
        def step() -> None:
            for _ in range(per_frame):
                if day.navigations >= navigations:
                    timer.stop()
                    app.exit(0)
                    return
                if not queue:
                    queue.extend(visit(rng, kiosk, only))
                before = day.navigations
                act(kiosk.session, day, *queue.pop(0))
                if day.navigations != before and day.navigations % sample_every == 0:
                    day.samples.append((day.navigations, rss_mib()))
                    if day.navigations % (sample_every * 20) == 0:
                        print(f"{day.navigations:,} navigations: {day.samples[-1][1]:.1f} MiB", file=sys.stderr)

        timer = QTimer()
        timer.timeout.connect(step)
        timer.start(0)
        app.exec()
        wait(300)
        gc.collect()
        day.samples.append((day.navigations, rss_mib()))
        seconds = time.monotonic() - started
        kiosk.close()
    return day, seconds


def at(day: Day, navigations: int) -> float:
    return next(rss for n, rss in day.samples if n >= navigations)


def plot(day: Day, path: Path, title: str) -> None:
    """The RSS curve over the day, drawn with QPainter on a QImage."""
    width, height = 1200, 560
    left, right, top, bottom = 90, 30, 60, 70
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(16)
    painter.setFont(font)
    xs = [n for n, _ in day.samples]
    ys = [rss for _, rss in day.samples]
    x_max = max(xs) or 1
    y_low = 10 * int(min(min(ys), 140) // 10)
    y_high = 10 * int(max(max(ys), 170) // 10 + 1)
    plot_w, plot_h = width - left - right, height - top - bottom

    def point(n: float, rss: float) -> QPointF:
        return QPointF(left + plot_w * n / x_max, top + plot_h * (1 - (rss - y_low) / (y_high - y_low)))

    painter.setPen(QPen(QColor("#dddddd"), 1))
    for rss in range(y_low, y_high + 1, 10):
        painter.drawLine(point(0, rss), point(x_max, rss))
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(0, point(0, rss).y() - 10, left - 10, 20), RIGHT, f"{rss} MiB")
        painter.setPen(QPen(QColor("#dddddd"), 1))
    for hour in range(HOURS + 1):
        n = x_max * hour / HOURS
        painter.setPen(QPen(QColor("#dddddd"), 1))
        painter.drawLine(point(n, y_low), point(n, y_high))
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(point(n, y_low).x() - 40, height - bottom + 8, 80, 22), CENTRE, f"{hour} h")
    axis = f"opening hours, compressed: {day.navigations:,} navigations, {day.visits:,} patients (resets)"
    painter.drawText(QRectF(left, height - 32, plot_w, 24), CENTRE, axis)
    aim = 160
    if y_low <= aim <= y_high:
        pen = QPen(QColor("#b00020"), 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(point(0, aim), point(x_max, aim))
        painter.drawText(QRectF(left + 8, point(0, aim).y() - 24, 300, 20), LEFT, "aim: 160 MiB")
    painter.setPen(QPen(QColor("#1f5fa8"), 2.5))
    painter.drawPolyline(QPolygonF([point(n, rss) for n, rss in day.samples]))
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#111111"))
    painter.drawText(QRectF(left, 14, plot_w, 30), LEFT, title)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise OSError(f"cannot write {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--navigations", type=int, default=50_000)
    parser.add_argument("--sample-every", type=int, default=250, help="navigations between RSS readings")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--per-frame", type=int, default=20, help="actions between two frames")
    parser.add_argument("--only", default="", help="for a breakdown: only these actions, e.g. language,faq")
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "soak-day.png")
    args = parser.parse_args()
    only = frozenset(filter(None, args.only.split(",")))
    day, seconds = simulate(args.navigations, args.sample_every, args.seed, args.per_frame, only)
    start, end = day.samples[0][1], day.samples[-1][1]
    warm = at(day, min(WARM_UP, day.navigations))
    later = [rss for n, rss in day.samples if n >= WARM_UP]
    half = [rss for n, rss in day.samples if n >= day.navigations // 2]
    title = f"Kiosk memory (RSS) over a simulated day: {start:.0f} MiB at start, {end:.0f} MiB at closing"
    plot(day, args.plot, title)
    print(
        f"{day.navigations:,} navigations, {day.visits:,} resets, {day.language_switches:,} language switches,"
        f" {day.faq_opens:,} FAQ answers, {day.layers:,} layers, {day.definitions:,} definitions in {seconds:.0f} s\n"
        f"RSS: {start:.1f} MiB after start, {warm:.1f} after {WARM_UP:,} navigations (warm-up {warm - start:+.1f}),"
        f" {end:.1f} at the end ({end - warm:+.1f} after warm-up; max {max(later or [end]):.1f});"
        f" second half of the day: median {statistics.median(half):.1f}, range {min(half):.1f}-{max(half):.1f}\n"
        f"plot: {args.plot}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
