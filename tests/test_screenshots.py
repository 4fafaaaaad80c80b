"""``--screenshots`` renders every screen to PNG without a display, in both orientations."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.files.resources import app_root

EXPECTED = ["01-overview", "02-neurostimulators", "03-drug_pumps", "04-faq", "05-faq_open", "06-references",
            "07-compare", "08-compare_scrolled", "09-my_questions", "10-my_questions_codes", "11-definition",
            "12-display_panel", "13-neurostimulators_motion", "14-drug_pumps_motion", "15-still_there",
            "16-attract"]  # fmt: skip


def _distinct_colours(image: QImage, step: int = 24) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_screenshots_are_written_at_the_asked_size(tmp_path: Path, size: tuple[int, int]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(app_root() / "main.py"), "--screenshots", str(tmp_path), "--size", f"{size[0]}x{size[1]}"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "QML" not in result.stderr and "Warning" not in result.stderr, result.stderr
    written = sorted(p.stem for p in tmp_path.glob("*.png"))
    assert written == EXPECTED
    previous = None
    for name in EXPECTED:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert (image.width(), image.height()) == size
        assert _distinct_colours(image) > 20, f"{name} looks blank"
        assert image != previous, f"{name} is the same picture as the one before"
        previous = image


def test_screenshots_at_device_pixel_ratio_two(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    result = subprocess.run(
        [sys.executable, str(app_root() / "main.py"), "--screenshots", str(tmp_path), "--size", "960x540"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(tmp_path / "01-overview.png"))
    # 960x540 logical pixels at scale 2 fill a 1920x1080 picture: nothing is drawn at half size.
    assert (image.width(), image.height()) == (1920, 1080)
    assert _distinct_colours(image) > 20
