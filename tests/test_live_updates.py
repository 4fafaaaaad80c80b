"""Content, clinic folder and config replaced by IT while the kiosk runs: checked, then switched to
between patients, never under one; a broken update is logged and the current content stays."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from kiosk.content.library import ContentLibrary
from kiosk.content.model import Content
from kiosk.files.resources import content_root
from kiosk.operations.updates import fingerprint
from kiosk.session.state import Layer
from kiosk.settings.config import load_config
from tests.conftest import KioskFactory, Patient


def copy_content(to: Path) -> Path:
    for lang in ("en", "es"):
        shutil.copytree(content_root() / lang, to / lang)
    shutil.copytree(content_root().parent / "images", to / "images")
    return to


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def it_folders(tmp_path: Path, kiosk_factory: KioskFactory, content: Content) -> tuple[Patient, Path, Path]:
    """A kiosk showing IT's content folder and clinic folder, as kiosk.toml names them."""
    folder = copy_content(tmp_path / "content")
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    (clinic / "clinic.toml").write_text('name = "Valley Pain Clinic"\n', encoding="utf-8")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'content_dir = "{folder}"\nclinic_dir = "{clinic}"\n', encoding="utf-8")
    loaded = load_config(config)
    assert loaded.problems == ()
    p = kiosk_factory(content, library=ContentLibrary(folder), loaded=loaded)
    return p, folder, clinic


def title(p: Patient) -> str:
    return str(p.find("appTitle").property("text"))


def poll_until_settled(p: Patient) -> None:
    """Two 30 s timer ticks: one sees the change, the next finds it settled and checks it."""
    p.kiosk.upkeep.check_for_updates()
    p.kiosk.upkeep.check_for_updates()


def test_new_content_is_shown_after_the_patient_leaves_and_broken_content_never(
    it_folders: tuple[Patient, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    p, folder, _clinic = it_folders
    old_title = title(p)
    p.tap(p.nav_button("faq"))  # a patient is reading
    edit(folder / "en" / "site.toml", 'content_version = "2026.11.2"', 'content_version = "2026.12.1"')
    edit(folder / "en" / "site.toml", old_title, "Options for chronic pain")
    poll_until_settled(p)
    assert title(p) == old_title and p.content.site.content_version == "2026.11.2"  # not under the patient
    p.wait_idle(90 + 20)  # "Are you still there?" runs out: the next patient gets the new content
    assert title(p) == "Options for chronic pain" and p.content.site.content_version == "2026.12.1"

    caplog.clear()
    edit(folder / "en" / "faq.toml", "[[items]]", "[[items]]\nnot_a_key = 1")
    poll_until_settled(p)
    p.tap(p.nav_button("faq"))
    p.wait_idle(90 + 20)
    assert title(p) == "Options for chronic pain" and p.content.site.content_version == "2026.12.1"
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "the new content has 1 problem(s); keeping the current content:" in errors
    assert any("faq.toml" in e and "not_a_key" in e for e in errors), errors
    caplog.clear()
    poll_until_settled(p)  # the same broken files are not checked (and logged) again every 30 s
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_new_clinic_folder_is_taken_over_while_nobody_is_there(
    it_folders: tuple[Patient, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    p, _folder, clinic = it_folders
    assert p.kiosk.clinic.clinic.name == "Valley Pain Clinic"
    p.wait_idle(300)  # nobody there: the attract loop
    assert p.session.layer is Layer.ATTRACT
    (clinic / "clinic.toml").write_text('name = "Hillside Pain Clinic"\nphone = "555-0100"\n', encoding="utf-8")
    poll_until_settled(p)
    assert p.kiosk.clinic.clinic.name == "Hillside Pain Clinic"
    assert p.kiosk.my_questions.clinic_line == "Hillside Pain Clinic · 555-0100"

    (clinic / "clinic.toml").write_text('name = "Hillside"\nlogo = "missing.png"\n', encoding="utf-8")
    poll_until_settled(p)
    assert p.kiosk.clinic.clinic.name == "Hillside Pain Clinic"
    assert any("the new clinic folder has 1 problem(s)" in r.getMessage() for r in caplog.records)


def test_config_changes_apply_live_where_they_can_and_name_the_ones_that_need_a_restart(
    it_folders: tuple[Patient, Path, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    p, folder, clinic = it_folders
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'content_dir = "{folder}"\nclinic_dir = "{clinic}"\nemergency_number = "112"\nidle_timeout_s = 60\n',
        encoding="utf-8",
    )
    p.wait_idle(300)
    poll_until_settled(p)
    assert "112" in p.content.site.disclaimer
    assert any("idle_timeout_s change(s) at the next restart" in r.getMessage() for r in caplog.records)

    config.write_text('idle_timeout_s = "soon"\nemergency_number = "999"\n', encoding="utf-8")
    poll_until_settled(p)
    assert "112" in p.content.site.disclaimer
    assert any("kiosk.toml changed but has 1 problem(s)" in r.getMessage() for r in caplog.records)


def test_a_folder_replaced_by_a_rename_is_noticed(tmp_path: Path) -> None:
    folder = copy_content(tmp_path / "content")
    before = fingerprint([folder])
    staged = copy_content(tmp_path / "staged")
    edit(staged / "en" / "site.toml", 'content_version = "2026.11.2"', 'content_version = "2026.12.1"')
    shutil.rmtree(folder)
    staged.rename(folder)
    assert fingerprint([folder]) != before
