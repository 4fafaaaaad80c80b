"""kiosk.toml: every problem reported with key and line; bad keys fall back; the rest applies."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

from kiosk.files.resources import app_root
from kiosk.settings.config import SETTINGS, Config, load_config, parse_config
from kiosk.staff.commands import check_config

GOOD = """\
# Front desk kiosk
idle_timeout_s = 120
language = "es"
text_size = "large"
clinic_name = "Valley Pain Clinic"
"""


def test_defaults_without_a_file(tmp_path: Path) -> None:
    loaded = load_config(tmp_path / "missing.toml")
    assert loaded.config == Config()
    assert [str(p) for p in loaded.problems] == [f"{tmp_path / 'missing.toml'}: file not found; using defaults"]
    assert Config().idle_timeout_s == 90
    assert Config().attract_delay_s == 300


def test_good_file_applies() -> None:
    config, problems = parse_config(GOOD)
    assert problems == []
    assert (config.idle_timeout_s, config.language, config.text_size) == (120, "es", "large")
    assert config.clinic_name == "Valley Pain Clinic"


def test_each_bad_key_is_reported_with_its_line_and_falls_back_the_rest_applies() -> None:
    text = GOOD + 'idle_timeout_s_typo = 5\nattract_delay_s = "ten"\nscreen = 99\n'
    text = text.replace("idle_timeout_s = 120\n", "idle_timeout_s = 120\nhide_cursor = 1\n")
    config, problems = parse_config(text, "kiosk.toml")
    by_key = {p.key: p for p in problems}
    assert set(by_key) == {"hide_cursor", "idle_timeout_s_typo", "attract_delay_s", "screen"}
    assert by_key["hide_cursor"].line == 3
    assert "expected true or false" in by_key["hide_cursor"].message
    assert by_key["idle_timeout_s_typo"].message.startswith("unknown key")
    assert "expected a whole number" in by_key["attract_delay_s"].message
    assert "99 is out of range (0 to 15)" in by_key["screen"].message
    assert config.hide_cursor is True and config.attract_delay_s == 300 and config.screen == 0
    assert config.idle_timeout_s == 120 and config.language == "es"


def test_bad_choice_is_reported() -> None:
    config, problems = parse_config('text_size = "huge"\n', "k.toml")
    assert [str(p) for p in problems] == [
        "k.toml:1: text_size: 'huge' is not one of standard, large, extra_large; using the default \"standard\""
    ]
    assert config.text_size == "standard"


def test_broken_toml_gives_defaults_and_the_line() -> None:
    config, problems = parse_config('idle_timeout_s = 30\nlanguage = "en\n', "k.toml")
    assert config == Config()
    assert problems[0].line == 2
    assert "not valid TOML" in problems[0].message


def test_check_config_command(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(GOOD, encoding="utf-8")
    out = io.StringIO()
    assert check_config(path, out) == 0
    assert 'language = "es"' in out.getvalue()
    path.write_text(GOOD + "screen = -1\n", encoding="utf-8")
    out = io.StringIO()
    assert check_config(path, out) == 1
    assert f"{path}:6: screen: -1 is out of range" in out.getvalue()


def test_check_config_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("idle_timeout_s = 5\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(app_root() / "main.py"), "--check-config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "idle_timeout_s: 5 is out of range (15 to 3600)" in result.stdout


def test_the_shipped_example_and_the_deployment_guide_cover_every_key() -> None:
    """The .deb installs the example as /etc/.../kiosk.toml; IT reads the guide: neither may lag."""
    example = (app_root() / "docs" / "kiosk.toml.example").read_text(encoding="utf-8")
    assert example == Config().as_toml()
    assert parse_config(example)[1] == []
    guide = (app_root() / "docs" / "DEPLOYMENT.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", guide, re.M))
    assert documented == set(SETTINGS)
