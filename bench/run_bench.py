"""`make bench`: start-up, tap-to-paint latency, frame times, memory over a long soak, sizes.
Writes a dated table to docs/BENCHMARKS.md. Figures are measured on this machine, offscreen
(Qt's software renderer), so they are an upper bound for a kiosk PC with a GPU."""

from __future__ import annotations

import compileall
import gc
import itertools
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QPoint, QPointF, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQuick import QQuickItem, QQuickWindow  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from kiosk.content.library import ContentLibrary  # noqa: E402
from kiosk.session.navigation import MAIN_SCREENS, Screen  # noqa: E402
from ui.app import Kiosk, WindowOptions, create_application, wait  # noqa: E402

RUNS = 9
TAPS = 1000
NAVIGATIONS = 10_000
RESETS = 1_000
MOTION_S = 8.0  # seconds of each "How it works" animation measured (two or more of its steps)
WARM_UP = 1_000  # navigations (and 100 resets) before caches and the JS heap reach their working size


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def startup(*commands: list[str], until_ready: bool = False, cold: bool = False) -> list[list[float]]:
    """Whole process: interpreter, imports, config, content, QML, first frame (main.py's own path);
    with ``until_ready``, to the moment every screen and layer is built instead; with ``cold``, with
    an empty cache folder each time (the first start after an update: no checked content, no
    compiled QML). Several commands are run in turns, so each sees the same machine load."""
    times: list[list[float]] = [[] for _ in commands]
    spent_ms: dict[int, list[float]] = {id(measured): [] for measured in times}
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o700)
        for run in range(RUNS + 1):
            for command, measured in zip(commands, times, strict=True):
                env = {
                    **os.environ,
                    "QT_QPA_PLATFORM": "offscreen",
                    "XDG_RUNTIME_DIR": tmp,
                    "XDG_STATE_HOME": tmp,
                    "XDG_DATA_HOME": tmp,
                    "KIOSK_BENCH_T0": repr(time.time()),
                    "KIOSK_BENCH_READY": "1" if until_ready else "0",
                }
                if cold:
                    env["XDG_CACHE_HOME"] = tempfile.mkdtemp(dir=tmp, prefix=f"cache{run}-")
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                out = subprocess.run([*command, "--windowed"], capture_output=True, text=True, env=env, timeout=60)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                measured.append(float(out.stdout.strip().splitlines()[-1]) * 1000)
                spent = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                spent_ms[id(measured)].append(spent * 1000)
    CPU_MS[tuple(map(tuple, commands))] = [spent_ms[id(measured)][1:] for measured in times]
    return [measured[1:] for measured in times]  # the first of each warms the disk caches


#: CPU time (user + system, every thread) of each run of each ``startup`` call: on a shared
#: machine it moves far less with the load than the wall clock does.
CPU_MS: dict[tuple[tuple[str, ...], ...], list[list[float]]] = {}


def describe(times: list[float]) -> str:
    return f"median {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def _named(window: QQuickWindow, name: str) -> QQuickItem:
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            return item
        stack.extend(item.childItems())
    raise LookupError(name)


def animation_frames(app: QGuiApplication, kiosk: Kiosk, seconds: float = MOTION_S) -> list[str]:
    """The "How it works" animations: frame-to-frame intervals of frameSwapped, and each frame's
    work (sync to swap), while each plays from its start for ``seconds``; then the frames drawn
    in as long again with it scrolled out of view and with its screen left (none: nothing runs)."""
    window = kiosk.window
    clock = QElapsedTimer()
    clock.start()
    frames: list[int] = []
    sync_started = [0]
    work: list[float] = []

    def synchronizing() -> None:
        sync_started[0] = clock.nsecsElapsed()

    def swapped() -> None:
        now = clock.nsecsElapsed()
        frames.append(now)
        work.append((now - sync_started[0]) / 1e6)

    window.beforeSynchronizing.connect(synchronizing)
    window.frameSwapped.connect(swapped)

    def run_for(ms: float) -> None:
        until = clock.elapsed() + ms
        while clock.elapsed() < until:
            app.processEvents()

    rows = []
    for screen in (Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS):
        kiosk.session.go(screen)
        run_for(600)
        motion = _named(window, f"howItWorks_{screen.value}")
        page = motion.parentItem()
        while page is not None and not page.objectName().startswith("screen_"):
            page = page.parentItem()
        assert page is not None
        top = motion.mapToItem(page.property("contentItem"), QPointF(0, 0)).y()
        page.setProperty("contentY", min(top, page.property("contentHeight") - page.height()))
        motion.setProperty("step", 0)
        motion.setProperty("stepElapsed", 0)
        run_for(300)
        frames.clear()
        work.clear()
        run_for(seconds * 1000)
        steps = motion.property("step") + 1
        gaps = [(b - a) / 1e6 for a, b in itertools.pairwise(frames)]
        fps = (len(frames) - 1) / ((frames[-1] - frames[0]) / 1e9) if len(frames) > 1 else 0.0
        page.setProperty("contentY", 0)
        run_for(300)
        frames.clear()
        run_for(seconds * 1000 / 2)
        away = len(frames)
        kiosk.session.go(Screen.OVERVIEW)
        page.setProperty("contentY", min(top, page.property("contentHeight") - page.height()))
        run_for(300)
        frames.clear()
        run_for(seconds * 1000 / 2)
        left = len(frames)
        rows.append(
            f'| "How it works" animation, {screen.value} ({seconds:.0f} s, {steps} steps) | {fps:.1f} fps;'
            f" intervals p50 {percentile(gaps, 0.5):.1f} ms, p95 {percentile(gaps, 0.95):.1f} ms,"
            f" max {max(gaps):.1f} ms; {sum(1 for g in gaps if g > 25.0)} of {len(gaps)} over 25 ms (dropped);"
            f" frame work p95 {percentile(work, 0.95):.1f} ms, max {max(work):.1f} ms;"
            f" frames drawn when scrolled away / screen left: {away} / {left}"
            " | 60 fps, no dropped frame; none when not seen |"
        )
    window.beforeSynchronizing.disconnect(synchronizing)
    window.frameSwapped.disconnect(swapped)
    return rows


def main() -> int:
    lines: list[str] = []
    # As installed code is: compiled once (with PYTHONDONTWRITEBYTECODE set, every start from
    # source would compile ~90 modules again, ~80 ms the bare window does not pay).
    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    compileall.compile_dir(ROOT / "ui", quiet=1)
    start_src, start_bare = startup(
        [sys.executable, str(ROOT / "main.py")], [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    )
    ratio = statistics.median(start_src) / statistics.median(start_bare)
    paired = statistics.median(a / b for a, b in zip(start_src, start_bare, strict=True))
    cpu_src, cpu_bare = CPU_MS[next(iter(CPU_MS))]
    cpu_paired = statistics.median(a / b for a, b in zip(cpu_src, cpu_bare, strict=True))
    cold_src, cold_bare = startup(
        [sys.executable, str(ROOT / "main.py")], [sys.executable, str(ROOT / "bench" / "bare_window.py")], cold=True
    )
    cold_ratio = statistics.median(a / b for a, b in zip(cold_src, cold_bare, strict=True))
    frozen = ROOT / "dist" / "pain-therapy-kiosk" / "pain-therapy-kiosk"
    start_frozen = describe(startup([str(frozen)])[0]) if frozen.exists() else "not built (`make dist`)"
    start_ready = startup([sys.executable, str(ROOT / "main.py")], until_ready=True)[0]

    app = create_application()
    library = ContentLibrary()
    library.load_all()
    kiosk = Kiosk(library)
    kiosk.show(WindowOptions(fullscreen=False, size=(1920, 1080)))
    while not kiosk.window.property("ready"):  # every screen and layer built, as the soak will find them
        wait(50)
    wait(500)
    rss_start = rss_mib()
    window = kiosk.window
    device = QTest.createTouchDevice()
    clock = QElapsedTimer()
    frames: list[int] = []
    # Work per frame: from the start of the scene-graph sync to the swap (what a slow frame costs);
    # the interval between swaps also holds the render loop's pacing (no vsync offscreen).
    sync_started: list[int] = [0]
    work: list[float] = []
    window.beforeSynchronizing.connect(lambda: sync_started.__setitem__(0, clock.nsecsElapsed()))

    def swapped() -> None:
        now = clock.nsecsElapsed()
        frames.append(now)
        work.append((now - sync_started[0]) / 1e6)

    window.frameSwapped.connect(swapped)

    def centre(name: str) -> QPoint:
        stack = [window.contentItem()]
        while stack:
            item = stack.pop()
            if item.objectName() == name:
                return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
            stack.extend(item.childItems())
        raise LookupError(name)

    buttons = {s.value: centre(f"nav_{s.value}") for s in MAIN_SCREENS}
    latencies: list[float] = []
    settle: list[float] = []
    transition_gaps: list[float] = []
    transition_work: list[float] = []
    for i in range(TAPS):
        target = MAIN_SCREENS[(i + 1) % len(MAIN_SCREENS)].value
        frames.clear()
        work.clear()
        clock.start()
        QTest.touchEvent(window, device).press(0, buttons[target], window).commit()
        QTest.touchEvent(window, device).release(0, buttons[target], window).commit()
        while not frames and clock.elapsed() < 1000:
            app.processEvents()
        latencies.append(frames[0] / 1e6 if frames else 1000.0)
        while clock.elapsed() < 280:  # the 240 ms transition and its last frame
            app.processEvents()
        settle.append(frames[-1] / 1e6 if frames else 0.0)
        transition_gaps += [(b - a) / 1e6 for a, b in itertools.pairwise(frames)]
        transition_work += work
    slow_transition = sum(1 for g in transition_gaps if g > 16.7)
    dropped_transition = sum(1 for g in transition_gaps if g > 25.0)  # a frame missed its vsync

    # Kinetic scroll on a long screen: one flick, frames until it stops.
    kiosk.navigation.go(1)
    wait(400)
    frames.clear()
    work.clear()
    clock.start()
    x = window.width() // 2
    QTest.touchEvent(window, device).press(0, QPoint(x, 800), window).commit()
    for step in range(1, 9):
        QTest.qWait(12)
        QTest.touchEvent(window, device).move(0, QPoint(x, 800 - step * 60), window).commit()
    QTest.touchEvent(window, device).release(0, QPoint(x, 320), window).commit()
    while clock.elapsed() < 2500:
        app.processEvents()
    scroll_gaps = [(b - a) / 1e6 for a, b in itertools.pairwise(frames)]
    scroll_work = list(work)
    motion_rows = animation_frames(app, kiosk)

    # The soak runs inside the application's event loop, as the kiosk does: Qt frees replaced
    # delegates there (deleteLater), so outside it memory only seems to grow.
    t0 = time.monotonic()
    done = {"n": 0}
    rss_warm = [0.0]

    def soak_step() -> None:
        i = done["n"]
        done["n"] += 1
        if i == WARM_UP:
            rss_warm[0] = rss_mib()
        if i < NAVIGATIONS:
            kiosk.session.go(MAIN_SCREENS[i % len(MAIN_SCREENS)])
            if i % (NAVIGATIONS // RESETS) == 0:  # a reset every 10 screens, each with a language switch
                kiosk.session.set_language("es" if i % 20 else "en")
                kiosk.session.reset()
        else:
            timer.stop()
            app.exit(0)  # not quit(): the kiosk window refuses to close

    timer = QTimer()
    timer.timeout.connect(soak_step)
    timer.start(0)
    app.exec()
    wait(300)
    gc.collect()
    soak_s = time.monotonic() - t0
    rss_end = rss_mib()

    def size(path: Path) -> str:
        if not path.exists():
            return "not built (`make dist` / `make deb`)"
        if path.is_file():
            return f"{path.stat().st_size / 2**20:.1f} MiB"
        files = (f for f in path.rglob("*") if f.is_file() and not f.is_symlink())  # links: counted once
        return f"{sum(f.lstat().st_size for f in files) / 2**20:.1f} MiB"

    debs = sorted(ROOT.glob("dist/*.deb"))
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())  # fmt: skip
    mem = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")).split()[1])
    lines += [
        f"## {time.strftime('%Y-%m-%d %H:%M')} — {cpu}, {os.cpu_count()} cores, {mem / 2**20:.0f} GiB,"
        f" {platform.platform()}, Python {platform.python_version()}, PySide6 {pyside_version}, offscreen",
        "",
        "| measure | result | aim |",
        "|---|---|---|",
        f"| cold start to first frame, from source ({RUNS} runs) | {describe(start_src)} | — |",
        f"| a bare Qt Quick window (two Text items), same runs | {describe(start_bare)} | — |",
        f"| start-up: kiosk ÷ bare window (medians; median of the {RUNS} paired ratios) | {ratio:.2f}× ({paired:.2f}×)"
        " | ≤ 1.5×, never over 2× |",
        f"| CPU time to the first frame (user + system, all threads), kiosk ÷ bare window, median of paired"
        f" ratios | {cpu_paired:.2f}× (kiosk median {statistics.median(cpu_src):.0f} ms,"
        f" bare {statistics.median(cpu_bare):.0f} ms) | — |",
        f"| first start after an update (empty cache folder: content checked, QML compiled), ÷ bare window"
        f" (median of paired ratios) | {cold_ratio:.2f}× ({describe(cold_src)}) | — |",
        f"| cold start until every screen, layer and popup is built, from source | {describe(start_ready)} | — |",
        f"| cold start to first frame, frozen bundle ({RUNS} runs) | {start_frozen} | ≤ 600 ms |",
        f"| tap → first painted frame ({TAPS} taps, all screens) | p50 {percentile(latencies, 0.5):.1f} ms,"
        f" p95 {percentile(latencies, 0.95):.1f} ms, max {max(latencies):.1f} ms | p95 ≤ 50 ms |",
        f"| tap → transition finished | p50 {percentile(settle, 0.5):.0f} ms | 240 ms animation |",
        f"| frame work (sync + render + swap) during transitions | p50 {percentile(transition_work, 0.5):.1f} ms,"
        f" p95 {percentile(transition_work, 0.95):.1f} ms, max {max(transition_work):.1f} ms;"
        f" {sum(1 for w in transition_work if w > 16.7)} of {len(transition_work)} over 16.7 ms | none over 16.7 ms |",
        f"| frame intervals during transitions | {dropped_transition} over 25 ms (dropped);"
        f" {slow_transition} of {len(transition_gaps)} over 16.7 ms (pacing jitter, max {max(transition_gaps):.1f} ms)"
        " | no dropped frame |",
        f"| kinetic scroll | frame work max {max(scroll_work):.1f} ms; intervals over 25 ms:"
        f" {sum(1 for g in scroll_gaps if g > 25.0)} of {len(scroll_gaps)} | no dropped frame |",
        *motion_rows,
        f"| RSS after start | {rss_start:.0f} MiB | ≤ 160 MiB |",
        f"| RSS after {NAVIGATIONS:,} navigations + {RESETS:,} resets with language switches ({soak_s:.0f} s)"
        f" | {rss_end:.0f} MiB: {rss_end - rss_warm[0]:+.1f} MiB after the first {WARM_UP:,} navigations"
        f" (warm-up {rss_warm[0] - rss_start:+.1f} MiB) | ≤ 5 MB |",
        f"| frozen bundle on disk | {size(ROOT / 'dist' / 'pain-therapy-kiosk')} | ≤ 150 MB |",
        f"| .deb | {size(debs[-1]) if debs else 'not built (`make deb`)'} | ≤ 60 MB |",
        "",
    ]
    kiosk.close()
    report = "\n".join(lines)
    print(report)
    doc = ROOT / "docs" / "BENCHMARKS.md"
    head = "# Benchmarks\n\nWritten by `make bench` (bench/run_bench.py); newest first.\n\n"
    old = doc.read_text(encoding="utf-8").removeprefix(head) if doc.exists() else ""
    doc.write_text(head + report + "\n" + old, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
