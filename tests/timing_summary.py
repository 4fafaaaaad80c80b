"""The summary printed at the end of `make test`: each phase's time and the ten slowest tests.

Developers wait for the suite many times a day; the figures say where the wait goes. Phases are
the lines `make test` appends to ``phases`` (name, start, end, as Unix seconds); tests come from
the JUnit files pytest writes beside it. Not a test itself: pytest collects only ``test_*.py``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SLOWEST = 10


def phases(folder: Path) -> list[tuple[str, float, float]]:
    rows = []
    for line in (folder / "phases").read_text(encoding="utf-8").splitlines():
        name, start, end = line.split()
        rows.append((name, float(start), float(end)))
    return rows


def test_times(folder: Path) -> list[tuple[float, str]]:
    times = []
    for report in sorted(folder.glob("*.xml")):
        for case in ET.parse(report).iter("testcase"):
            name = f"{case.get('classname', '')}::{case.get('name', '')}"
            times.append((float(case.get("time", 0)), name))
    return sorted(times, reverse=True)


def main(folder: Path) -> None:
    rows = phases(folder)
    began = min(start for _, start, _ in rows)
    ended = max(end for _, _, end in rows)
    print("\nmake test: where the time went (phases that start together ran side by side)")
    for name, start, end in rows:
        print(f"  {name:<22} {end - start:7.1f} s   from {start - began:6.1f} s")
    print(f"  {'in all':<22} {ended - began:7.1f} s")
    times = test_times(folder)
    print(f"\nThe {min(SLOWEST, len(times))} slowest of {len(times)} tests")
    for seconds, name in times[:SLOWEST]:
        print(f"  {seconds:7.1f} s  {name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
