"""Files IT and writers hand the kiosk, at their worst: nested 5,000 deep, 10 MB, a FIFO, a folder,
a device, a byte-order mark, an image path out of its folder. Each is "this file is invalid" with
a clear message, and the fallback (defaults, the next content folder, no clinic overlay) still runs."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.content.library import load_with_fallback
from kiosk.content.reader import load_content
from kiosk.content.schema import ContentError
from kiosk.content.validate import validate_content
from kiosk.files.input_files import CONTENT_LIMIT
from kiosk.files.resources import app_root, content_root, images_root
from kiosk.settings.clinic import load_clinic
from kiosk.settings.config import Config, load_config, parse_config
from tests.test_clinic import CLINIC, LOGO

DEEP_ARRAYS = "x = " + "[" * 5000 + "]" * 5000 + "\n"
DEEP_TABLES = "x = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n"


def _finishes(call: Callable[[], Any], seconds: float = 20) -> Any:
    """Runs ``call`` in a thread so a read that blocks (a FIFO, a device) fails the test instead
    of hanging the suite."""
    result: list[Any] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{call} did not return within {seconds} s"
    if failure:
        raise failure[0]
    return result[0]


def _content_problems(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(folder)
    return [str(p) for p in info.value.problems]


@pytest.fixture
def clinic_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "clinic"
    folder.mkdir()
    (folder / "clinic.toml").write_text(CLINIC, encoding="utf-8")
    (folder / "logo.svg").write_text(LOGO, encoding="utf-8")
    return folder


# ----------------------------------------------------------------------------- 1. deep nesting


@pytest.mark.parametrize("text", [DEEP_ARRAYS, DEEP_TABLES], ids=["arrays", "inline-tables"])
def test_deeply_nested_kiosk_toml_gives_the_defaults_and_says_why(tmp_path: Path, text: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_config(path)
    assert loaded.config == Config()
    [problem] = loaded.problems
    assert str(problem).startswith(f"{path}: not valid TOML (arrays or tables nested too deeply)")


@pytest.mark.parametrize("file", ["faq.toml", "site.toml"])
def test_deeply_nested_content_falls_back_to_the_next_folder(content_copy: Path, file: str) -> None:
    (content_copy / file).write_text(DEEP_ARRAYS, encoding="utf-8")
    content, problems = load_with_fallback([content_copy, content_root() / "en"])
    assert content.source == str(content_root() / "en")
    assert [str(p) for p in problems] == [f"{file}: not valid TOML (arrays or tables nested too deeply)"]
    out = io.StringIO()
    assert validate_content(content_copy, out) == 1
    assert f"{file}: not valid TOML (arrays or tables nested too deeply)" in out.getvalue()


def test_deeply_nested_clinic_toml_is_ignored(clinic_dir: Path) -> None:
    (clinic_dir / "clinic.toml").write_text(DEEP_ARRAYS, encoding="utf-8")
    clinic, problems = load_clinic(clinic_dir)
    assert clinic is None
    assert [str(p) for p in problems] == [
        f"{clinic_dir / 'clinic.toml'}: not valid TOML (arrays or tables nested too deeply)"
    ]


def test_the_commands_report_deep_nesting_instead_of_crashing(content_copy: Path, tmp_path: Path) -> None:
    (content_copy / "faq.toml").write_text(DEEP_TABLES, encoding="utf-8")
    (tmp_path / "kiosk.toml").write_text(DEEP_ARRAYS, encoding="utf-8")
    main = str(app_root() / "main.py")
    for args, code, said in (
        (["--validate-content", str(content_copy.parent)], 1, "faq.toml: not valid TOML"),
        (["--check-config", str(tmp_path / "kiosk.toml")], 1, "nested too deeply"),
    ):
        result = subprocess.run([sys.executable, main, *args], capture_output=True, text=True, timeout=60)
        assert result.returncode == code, result.stdout + result.stderr
        assert said in result.stdout
        assert "Traceback" not in result.stderr


def test_a_kiosk_with_every_file_nested_deeply_still_shows_content(content_copy: Path, tmp_path: Path) -> None:
    """The real kiosk process: its config, its content folder and its clinic folder all broken."""
    (content_copy / "faq.toml").write_text(DEEP_ARRAYS, encoding="utf-8")
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    (clinic / "clinic.toml").write_text(DEEP_ARRAYS, encoding="utf-8")
    config = tmp_path / "kiosk.toml"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "KIOSK_BENCH_T0": str(time.time()),  # exits 0 on the first frame
    }
    main = str(app_root() / "main.py")
    for text in (
        DEEP_ARRAYS,
        f'statistics = false\ncontent_dir = "{content_copy.parent}"\nclinic_dir = "{clinic}"\n',
    ):
        config.write_text(text, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, main, "--windowed", "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert result.returncode == 0, result.stderr
        assert float(result.stdout) > 0, "no first frame"
        assert "Traceback" not in result.stderr
        assert "nested too deeply" in result.stderr


# ----------------------------------------------------------------------------- 2. size


def test_an_oversized_content_file_is_refused_before_it_is_parsed(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    faq = content_copy / "faq.toml"
    faq.write_text(faq.read_text(encoding="utf-8") + '\n# padding\n[x]\ny = """' + "word " * 2_000_000 + '"""\n')
    parsed: list[int] = []
    real_loads = __import__("tomllib").loads
    monkeypatch.setattr("tomllib.loads", lambda text, **kw: parsed.append(len(text)) or real_loads(text, **kw))
    problems = _content_problems(content_copy)
    assert "faq.toml: is 9.5 MB, over the limit of 128 KB" in problems
    assert all(size <= CONTENT_LIMIT for size in parsed)


def test_an_oversized_kiosk_toml_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('clinic_name = "Valley"\n' + "# padding\n" * 20_000, encoding="utf-8")
    loaded = load_config(path)
    assert loaded.config == Config()
    assert [str(p) for p in loaded.problems] == [f"{path}: is 195 KB, over the limit of 64 KB; using defaults"]


def test_an_oversized_clinic_toml_is_ignored(clinic_dir: Path) -> None:
    (clinic_dir / "clinic.toml").write_text(CLINIC + "# padding\n" * 5000, encoding="utf-8")
    clinic, problems = load_clinic(clinic_dir)
    assert clinic is None
    assert [p.message for p in problems] == ["is 49 KB, over the limit of 16 KB"]


def test_config_text_longer_than_its_limit_falls_back() -> None:
    config, problems = parse_config(f'clinic_name = "{"Valley " * 40}"\nclinic_phone = "555"\n', "k.toml")
    assert [str(p) for p in problems] == [
        'k.toml:1: clinic_name: 280 characters, over the limit of 80; using the default ""'
    ]
    assert config.clinic_name == "" and config.clinic_phone == "555"


def test_a_control_character_in_config_text_falls_back() -> None:
    config, problems = parse_config('log_dir = "/var/log/kiosk\\u0000"\nclinic_name = "Valley\\nPain"\n', "k.toml")
    assert {p.key for p in problems} == {"log_dir", "clinic_name"}
    assert all("control character" in p.message for p in problems)
    assert config == Config()


def test_clinic_text_longer_than_its_limit_is_refused(clinic_dir: Path) -> None:
    (clinic_dir / "clinic.toml").write_text(
        CLINIC.replace("Ask at the front desk.", "Ask at the front desk. " * 40), encoding="utf-8"
    )
    clinic, problems = load_clinic(clinic_dir)
    assert clinic is None
    assert [f"{p.location}: {p.message}" for p in problems] == [
        "ask_staff.en.text: 967 characters, over the limit of 400"
    ]


# ----------------------------------------------------------------------------- 3. many keys


def test_twenty_thousand_unknown_keys_are_checked_in_one_pass() -> None:
    text = "".join(f"key_{i} = {i}\n" for i in range(20_000)) + "idle_timeout_s = 120\n"
    started = time.monotonic()
    config, problems = parse_config(text, "k.toml")
    took = time.monotonic() - started
    assert config.idle_timeout_s == 120
    # A bound, not a benchmark: a search per key took over 30 s here; one pass takes well under 1 s.
    assert took < 5, f"{took:.1f} s"
    # The first problems name their lines; the rest are counted, not listed 20,000 times.
    assert str(problems[0]).startswith("k.toml:1: key_0: unknown key")
    assert str(problems[1]).startswith("k.toml:2: key_1: unknown key")
    assert str(problems[-1]) == "k.toml: and 19,980 more problems like these"
    assert len(problems) == 21


# ----------------------------------------------------------------------------- 4. not a regular file


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, content_copy: Path, clinic_dir: Path) -> None:
    config = tmp_path / "kiosk.toml"
    os.mkfifo(config)
    loaded = _finishes(lambda: load_config(config))
    assert loaded.config == Config()
    assert [str(p) for p in loaded.problems] == [f"{config}: is a named pipe, not a regular file; using defaults"]
    (content_copy / "faq.toml").unlink()
    os.mkfifo(content_copy / "faq.toml")
    assert "faq.toml: is a named pipe, not a regular file" in _finishes(lambda: _content_problems(content_copy))
    (clinic_dir / "clinic.toml").unlink()
    os.mkfifo(clinic_dir / "clinic.toml")
    clinic, problems = _finishes(lambda: load_clinic(clinic_dir))
    assert clinic is None and [p.message for p in problems] == ["is a named pipe, not a regular file"]


def test_a_folder_is_refused(tmp_path: Path, content_copy: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.mkdir()
    loaded = load_config(config)
    assert loaded.config == Config()
    assert [str(p) for p in loaded.problems] == [f"{config}: is a folder, not a regular file; using defaults"]
    (content_copy / "site.toml").unlink()
    (content_copy / "site.toml").mkdir()
    assert "site.toml: is a folder, not a regular file" in _content_problems(content_copy)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_refused_without_reading_it(content_copy: Path) -> None:
    # /dev/null, not /dev/zero: before the fix a read of /dev/zero filled memory without end.
    loaded = _finishes(lambda: load_config(Path("/dev/null")))
    assert [str(p) for p in loaded.problems] == ["/dev/null: is a device, not a regular file; using defaults"]
    (content_copy / "faq.toml").unlink()
    (content_copy / "faq.toml").symlink_to("/dev/null")
    assert "faq.toml: is a device, not a regular file" in _finishes(lambda: _content_problems(content_copy))


# ----------------------------------------------------------------------------- 5. byte-order mark


def test_a_byte_order_mark_is_accepted(tmp_path: Path, content_copy: Path, clinic_dir: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('\ufeffidle_timeout_s = 120\nlanguage = "es"\n', encoding="utf-8")
    loaded = load_config(config)
    assert loaded.problems == ()
    assert (loaded.config.idle_timeout_s, loaded.config.language) == (120, "es")
    for file in ("faq.toml", "site.toml"):
        path = content_copy / file
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_content(content_copy).faq.items
    path = clinic_dir / "clinic.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    clinic, problems = load_clinic(clinic_dir)
    assert problems == [] and clinic is not None and clinic.name == "Valley Pain Clinic"


def test_text_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_bytes(b'language = "es"\nclinic_name = "Cl\xednica"\n')
    loaded = load_config(config)
    assert [str(p) for p in loaded.problems] == [f"{config}: is not UTF-8 text (line 2); using defaults"]


# ----------------------------------------------------------------------------- 13. image paths


@pytest.mark.parametrize(
    ("image", "message"),
    [
        ("../../../../etc/hostname.svg", "must be a file name inside"),
        ("/etc/hostname", "must be a file name inside"),
        ("C:/Windows/win.ini", "must be a file name inside"),
        ("..\\secret.svg", "must be a file name inside"),
        ("photo.jpg", "is not an SVG or PNG file"),
        ("overview.SVG.html", "is not an SVG or PNG file"),
    ],
)
def test_an_image_path_must_stay_in_the_images_folder(content_copy: Path, image: str, message: str) -> None:
    text = (content_copy / "overview.toml").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("illustration"))
    (content_copy / "overview.toml").write_text(
        text.replace(line, f"illustration = {{ image = '{image}', alt = 'A picture' }}"), encoding="utf-8"
    )
    [problem] = _content_problems(content_copy)
    assert problem.startswith("overview.toml: illustration.image: ") and message in problem, problem


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_out_of_the_images_folder_is_refused(content_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "private.svg"
    outside.write_text(LOGO, encoding="utf-8")
    images = content_copy.parent / "images"
    (images / "overview.svg").unlink()
    (images / "overview.svg").symlink_to(outside)
    problems = _content_problems(content_copy)
    assert problems and all('"overview.svg" leads out of' in p for p in problems), problems


def test_an_image_that_is_not_what_its_name_says_is_refused(content_copy: Path) -> None:
    (content_copy.parent / "images" / "overview.svg").write_bytes(b"GIF89a" + bytes(100))
    problems = _content_problems(content_copy)
    assert problems and all('image "overview.svg" is not a SVG file inside' in p for p in problems), problems


def test_the_clinic_logo_must_stay_in_the_clinic_folder(clinic_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    for logo, message in (("../secret.png", "must be a file name inside"), ("logo.gif", "is not an SVG or PNG")):
        (clinic_dir / "clinic.toml").write_text(CLINIC.replace('"logo.svg"', f'"{logo}"'), encoding="utf-8")
        clinic, problems = load_clinic(clinic_dir)
        assert clinic is None
        assert [p.location for p in problems] == ["logo"] and message in problems[0].message


# ----------------------------------------------------------------------------- 14. documented layout


def test_validate_content_passes_on_the_documented_layout(tmp_path: Path) -> None:
    """DEPLOYMENT.md: a content folder has en/, es/ and images/ side by side."""
    root = tmp_path / "clinic-content"
    for language in ("en", "es"):
        shutil.copytree(content_root() / language, root / language)
    shutil.copytree(images_root(), root / "images")
    out = io.StringIO()
    assert validate_content(root, out) == 0, out.getvalue()
    report = out.getvalue()
    assert f"{root / 'en'}: OK" in report and f"{root / 'es'}: OK" in report
    assert "images" not in report
    result = subprocess.run(
        [sys.executable, str(app_root() / "main.py"), "--validate-content", str(root)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_language_folder_without_site_toml_is_still_reported(tmp_path: Path) -> None:
    root = tmp_path / "clinic-content"
    shutil.copytree(content_root() / "en", root / "en")
    shutil.copytree(images_root(), root / "images")
    (root / "fr").mkdir()
    out = io.StringIO()
    assert validate_content(root, out) == 1
    assert f"{root / 'fr'}:" in out.getvalue() and "site.toml: file is missing" in out.getvalue()


# ----------------------------------------------------------------------------- 15. attract vs idle


def test_an_attract_loop_that_would_cut_the_countdown_short_is_refused() -> None:
    config, problems = parse_config("idle_timeout_s = 120\nidle_countdown_s = 20\nattract_delay_s = 60\n", "k.toml")
    assert [str(p) for p in problems] == [
        "k.toml:3: attract_delay_s: 60 is shorter than idle_timeout_s + idle_countdown_s (120 + 20 = 140): "
        "the attract loop would clear a patient's screen without asking “Are you still there?” first; "
        "using the defaults idle_timeout_s = 90, idle_countdown_s = 20, attract_delay_s = 300"
    ]
    assert (config.idle_timeout_s, config.idle_countdown_s, config.attract_delay_s) == (90, 20, 300)
    # Only the timeout set, longer than the default attract delay: the same problem, the same defaults.
    config, problems = parse_config("idle_timeout_s = 600\n", "k.toml")
    assert [(p.line, p.key) for p in problems] == [(1, "attract_delay_s")]
    assert config.idle_timeout_s == 90
    assert parse_config("idle_timeout_s = 600\nattract_delay_s = 620\n")[1] == []


def test_an_admin_pin_hash_that_would_freeze_the_keypad_is_refused() -> None:
    from kiosk.staff.pin import hash_pin

    slow = hash_pin("2468").replace("$8$1$", "$8$999$")
    config, problems = parse_config(f'admin_pin_hash = "{slow}"\n', "k.toml")
    assert [p.key for p in problems] == ["admin_pin_hash"]
    assert "p=999 is outside what the kiosk accepts" in problems[0].message
    assert config.admin_pin_hash == ""
    assert parse_config('admin_pin_hash = "hunter2"\n')[1][0].message.startswith("not a hash written by")


def test_a_checker_that_fails_on_strange_content_does_not_skip_the_fallback(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise ValueError("a bug in a checker")

    monkeypatch.setattr("kiosk.content.reader._read_faq", broken)
    content, problems = load_with_fallback([content_copy])
    assert content.source == "built-in"
    assert [p.message for p in problems] == ["could not be checked (ValueError: a bug in a checker)"]
    out = io.StringIO()
    assert validate_content(content_copy, out) == 1
    assert out.getvalue() == f"{content_copy}: could not be checked (ValueError: a bug in a checker)\n"


@pytest.mark.parametrize("file", ["site.toml", "overview.toml", "faq.toml", "glossary.toml"])
def test_a_content_file_with_nothing_in_it_is_not_an_empty_screen(content_copy: Path, file: str) -> None:
    """Found by the fuzz test: a file of only comments passed, and the kiosk showed a blank screen."""
    (content_copy / file).write_text("# nothing here yet\n", encoding="utf-8")
    problems = _content_problems(content_copy)
    assert any(p.startswith(f"{file}: ") and "missing required key" in p for p in problems), problems
