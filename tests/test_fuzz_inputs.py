"""Fuzzing what the kiosk reads (kiosk.toml, content, clinic.toml) with Hypothesis: whatever the
bytes, no exception escapes, every run ends within a bound, the effective configuration is always
one the kiosk accepts, and the kiosk always has content to show.

Derandomized, so CI sees the same cases every run; HYPOTHESIS_PROFILE=deep runs many more."""

from __future__ import annotations

import datetime
import io
import json
import math
import os
import shutil
import stat
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.library import load_with_fallback
from kiosk.content.model import Content
from kiosk.content.schema import ALL_FILES
from kiosk.content.validate import validate_content
from kiosk.files.input_files import CONTENT_LIMIT
from kiosk.files.resources import app_root, content_root, images_root
from kiosk.session.navigation import Screen
from kiosk.settings.clinic import MAX_LENGTH, load_clinic
from kiosk.settings.config import IDLE_KEYS, SETTINGS, Config, _check, load_config

settings.register_profile(
    "ci",
    max_examples=120,
    derandomize=True,
    database=None,
    deadline=None,  # the bound below is checked by the test itself, generously: the machine is shared
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("deep", parent=settings.get_profile("ci"), max_examples=3000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: Seconds one run may take. A run takes milliseconds; a hang (a FIFO read, a quadratic check)
#: took 30 s or forever.
BOUND_S = 10.0
EXAMPLE_CONFIG = (app_root() / "docs" / "kiosk.toml.example").read_text(encoding="utf-8")


@contextmanager
def bounded() -> Iterator[None]:
    started = time.monotonic()
    yield
    took = time.monotonic() - started
    assert took < BOUND_S, f"one run took {took:.1f} s"


# --------------------------------------------------------------------------- TOML values


def _key() -> st.SearchStrategy[str]:
    return st.text("abcdefghijklmnopqrstuvwxyz_-0123456789", min_size=1, max_size=12)


def _scalars() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.booleans(),
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.sampled_from([0, 1, -1, 15, 29, 30, 3600, 86400, 86401]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=60),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
        st.sampled_from(["", " ", "\u0000", "\n", "\ufeff", "../..", "/dev/zero", "<b>x</b>", "[^nope]", "[[x|y]]"]),
        st.datetimes(),
        st.dates(),
    )


def _values() -> st.SearchStrategy[Any]:
    return st.recursive(
        _scalars(),
        lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_key(), inner, max_size=4)),
        max_leaves=12,
    )


def toml_value(value: Any) -> str:
    """A TOML literal for ``value``, inline (tables as inline tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def toml_document(data: dict[str, Any]) -> str:
    return "".join(f"{json.dumps(key)} = {toml_value(value)}\n" for key, value in data.items())


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with a few byte-level edits: flips, cuts, repeats, and bytes that break parsers."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["insert", "delete", "replace", "repeat"]))
        chunk = draw(
            st.one_of(
                st.binary(min_size=1, max_size=8),
                st.sampled_from([b"\xef\xbb\xbf", b"\x00", b"[", b"{", b'"', b"'''", b"\\", b"\r\n", b"\xff", b"="]),
            )
        )
        if edit == "insert":
            data[at:at] = chunk
        elif edit == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif edit == "replace":
            data[at : at + len(chunk)] = chunk
        else:
            data[at:at] = chunk * draw(st.integers(2, 3000))
    return bytes(data)


def hostile_file() -> st.SearchStrategy[bytes]:
    """Whole files that once crashed or hung a reader."""
    return st.one_of(
        st.integers(1, 6000).map(lambda n: b"x = " + b"[" * n + b"]" * n + b"\n"),
        st.integers(1, 6000).map(lambda n: b"x = " + b"{a = " * n + b"1" + b"}" * n + b"\n"),
        st.integers(1, 20000).map(lambda n: b"".join(b"k%d = 1\n" % i for i in range(n))),
        st.integers(CONTENT_LIMIT - 8, CONTENT_LIMIT + 8).map(lambda n: b"#" * n),
        st.binary(max_size=2000),
    )


# --------------------------------------------------------------------------- config


def _assert_accepted(config: Config) -> None:
    """Whatever the file said, the configuration in effect is one the kiosk accepts."""
    assert isinstance(config, Config)
    for key, setting in SETTINGS.items():
        assert _check(key, getattr(config, key), setting) is None, key
    assert config.attract_delay_s >= config.idle_timeout_s + config.idle_countdown_s


def _config_run(data: bytes, consume: Callable[[Config], None] | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kiosk.toml"
        path.write_bytes(data)
        with bounded():
            loaded = load_config(path)
            for problem in loaded.problems:
                assert str(problem)
            _assert_accepted(loaded.config)
            if consume:
                consume(loaded.config)


@given(
    st.dictionaries(
        st.one_of(st.sampled_from([*SETTINGS, *IDLE_KEYS]), _key()),
        st.one_of(_values(), st.integers(0, 90000)),
        max_size=12,
    )
)
def test_fuzzed_config_values_never_escape_and_the_result_is_always_valid(data: dict[str, Any]) -> None:
    def consume(config: Config) -> None:
        # What the kiosk does next with the folders it was given: still no exception.
        if config.clinic_dir:
            load_clinic(Path(config.clinic_dir))
        if config.content_dir:
            content, _ = load_with_fallback([Path(config.content_dir) / "en", content_root() / "en"])
            _assert_shows_something(content)

    _config_run(toml_document(data).encode(), consume)


@given(st.one_of(mutated(EXAMPLE_CONFIG.encode()), hostile_file()))
def test_fuzzed_config_bytes_never_escape(data: bytes) -> None:
    _config_run(data)


# --------------------------------------------------------------------------- content


def _assert_shows_something(content: Content) -> None:
    """The kiosk's screens all have something true to show: a title and at least one section."""
    assert set(content.pages) == {Screen.OVERVIEW, Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS}
    for screen in content.pages:
        assert content.title(screen).strip() and content.pages[screen].sections
    assert content.faq.items and content.faq.title.strip()
    assert content.site.app_title.strip()


@contextmanager
def content_folder() -> Iterator[Path]:
    """A writable copy of the English content with its images, as a clinic would ship it."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "content"
        shutil.copytree(content_root() / "en", root / "en")
        shutil.copytree(images_root(), root / "images")
        yield root / "en"


_ORIGINALS = {file: (content_root() / "en" / file).read_bytes() for file in ALL_FILES}


@st.composite
def structurally_changed(draw: st.DrawFn, file: str) -> bytes:
    """The file re-written with one value somewhere replaced by a value of any type."""
    data = tomllib.loads(_ORIGINALS[file].decode())
    node: Any = data
    for _ in range(draw(st.integers(0, 4))):
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            if not isinstance(node[key], dict | list) or not node[key]:
                break
            node = node[key]
        elif isinstance(node, list) and node:
            index = draw(st.integers(0, len(node) - 1))
            if not isinstance(node[index], dict | list) or not node[index]:
                break
            node = node[index]
    if isinstance(node, dict) and node:
        node[draw(st.one_of(st.sampled_from(sorted(node)), _key()))] = draw(_values())
    elif isinstance(node, list) and node:
        node[draw(st.integers(0, len(node) - 1))] = draw(_values())
    return toml_document(data).encode()


@st.composite
def content_change(draw: st.DrawFn) -> tuple[str, bytes | str]:
    file = draw(st.sampled_from(ALL_FILES))
    change = draw(
        st.one_of(
            structurally_changed(file),
            mutated(_ORIGINALS[file]),
            hostile_file(),
            st.sampled_from(["missing", "folder", "fifo", "link-out"]),
        )
    )
    return file, change


def _apply(folder: Path, file: str, change: bytes | str) -> None:
    path = folder / file
    if path.is_dir() and not path.is_symlink():
        path.rmdir()
    else:
        path.unlink(missing_ok=True)
    if isinstance(change, bytes):
        path.write_bytes(change)
    elif change == "folder":
        path.mkdir()
    elif change == "fifo" and hasattr(os, "mkfifo"):
        os.mkfifo(path)
    elif change == "link-out" and os.name == "posix":
        path.symlink_to("/dev/zero")


@given(st.lists(content_change(), min_size=1, max_size=3))
def test_fuzzed_content_never_escapes_and_the_kiosk_always_has_content(changes: list[tuple[str, bytes | str]]) -> None:
    with content_folder() as folder:
        for file, change in changes:
            _apply(folder, file, change)
        with bounded():
            content, problems = load_with_fallback([folder, content_root() / "en"])
            _assert_shows_something(content)
            assert all(str(p) for p in problems)
            if content.source == str(folder):  # accepted: every picture it names is a safe one
                for page in content.pages.values():
                    for ill in [page.illustration, *(s.illustration for s in page.sections if s.illustration)]:
                        assert (content.images / ill.image).resolve().is_relative_to(content.images.resolve())
            assert validate_content(folder.parent, io.StringIO()) in (0, 1)


# --------------------------------------------------------------------------- clinic

_CLINIC = {
    "name": "Valley Pain Clinic",
    "phone": "(555) 010-2030",
    "logo": "logo.svg",
    "ask_staff": {
        "en": {"heading": "Ask our staff", "text": "Ask at the front desk."},
        "es": {"heading": "Pregunte", "text": "Pregunte en la recepción."},
    },
}


@st.composite
def clinic_files(draw: st.DrawFn) -> bytes:
    data: dict[str, Any] = json.loads(json.dumps(_CLINIC))
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.sampled_from(["name", "phone", "logo", "ask_staff", "extra"]))
        data[key] = draw(
            st.one_of(
                _values(),
                st.sampled_from(["../../etc/passwd", "/etc/hostname", "logo.gif", "x" * 500, "a\nb"]),
                st.fixed_dictionaries({"en": _values(), "es": _values()}),
            )
        )
    text = toml_document(data).encode()
    return draw(st.one_of(st.just(text), mutated(text), hostile_file()))


@given(clinic_files())
def test_fuzzed_clinic_folder_never_escapes_and_what_it_accepts_is_safe(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "clinic.toml").write_bytes(data)
        (folder / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
        with bounded():
            clinic, problems = load_clinic(folder)
        if clinic is None:
            assert problems and all(str(p) for p in problems)
            return
        assert problems == []
        assert len(clinic.name) <= MAX_LENGTH["name"] and len(clinic.phone) <= MAX_LENGTH["phone"]
        assert clinic.logo is None or clinic.logo.resolve().is_relative_to(folder.resolve())
        if clinic.logo is not None:
            assert stat.S_ISREG(clinic.logo.stat().st_mode)
