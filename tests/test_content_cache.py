"""A restart shows the content it showed before without reading every file again, and never
content older than its files: any edit, a torn cache or one another user could write, and the
files are read and checked as if there were no cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kiosk.content.reader
from kiosk.content.cache import cache_file
from kiosk.content.library import ContentLibrary
from tests.conftest import ENGLISH


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _english(root: Path) -> str:
    content = ContentLibrary(root).content(ENGLISH)
    assert content is not None
    return content.site.app_title


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every folder the reader reads from now on."""
    reads: list[Path] = []
    real = kiosk.content.reader.load_content

    def counting(folder: Path, *args: object, **kwargs: object) -> object:
        reads.append(folder)
        return real(folder, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kiosk.content.reader, "load_content", counting)
    return reads


def test_a_restart_shows_the_same_content_without_reading_the_files(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ContentLibrary(content_copy.parent).content(ENGLISH)
    reads = _reads(monkeypatch)
    again = ContentLibrary(content_copy.parent).content(ENGLISH)
    assert reads == [] and again == first and again is not first
    assert again is not None and again.source == str(content_copy)


def test_an_edited_file_is_read_again(content_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _english(content_copy.parent)
    site = content_copy / "site.toml"
    text = site.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("app_title"))
    site.write_text(text.replace(title, 'app_title = "Our pain clinic"'), encoding="utf-8")
    reads = _reads(monkeypatch)
    assert _english(content_copy.parent) == "Our pain clinic"
    assert reads == [content_copy]


def test_a_new_picture_or_a_removed_file_is_noticed(content_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _english(content_copy.parent)
    reads = _reads(monkeypatch)
    (content_copy.parent / "images" / "new.svg").write_text("<svg/>", encoding="utf-8")
    _english(content_copy.parent)
    (content_copy / "glossary.toml").unlink()
    content = ContentLibrary(content_copy.parent).content(ENGLISH)
    assert len(reads) == 3  # the new picture, then the broken folder and the bundled one behind it
    assert content is not None and content.source != str(content_copy)  # the bundled content, as without a cache


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_torn_cache_is_read_past_and_rebuilt(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    title = _english(content_copy.parent)
    cache_file("en").write_bytes(damage)
    reads = _reads(monkeypatch)
    assert _english(content_copy.parent) == title and reads == [content_copy]
    assert _english(content_copy.parent) == title and reads == [content_copy]  # rebuilt: read once


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners and modes")
def test_a_cache_others_could_write_is_never_loaded(content_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _english(content_copy.parent)
    cache_file("en").chmod(0o666)
    reads = _reads(monkeypatch)
    _english(content_copy.parent)
    assert reads == [content_copy]


def test_content_with_problems_is_not_kept_and_its_problems_are_logged_every_start(
    content_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (content_copy / "faq.toml").write_text("this is = not [ toml", encoding="utf-8")
    for _ in range(2):
        library = ContentLibrary(content_copy.parent)
        content = library.content(ENGLISH)
        assert content is not None and content.source != str(content_copy)
        assert library.problems
    assert sum("trying the next source" in r.getMessage() for r in caplog.records) == 2
