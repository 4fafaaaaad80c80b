"""Usage statistics through the real UI: a scripted patient session is recorded exactly as it
happened (and nothing a patient typed or chose to take home is), the staff panel charts it and
exports it, and a broken or unwritable database never troubles a patient."""

from __future__ import annotations

import csv
import logging
import sqlite3
from pathlib import Path

import pytest

from kiosk.content.model import Content
from kiosk.content.reader import load_content
from kiosk.files.resources import content_root
from kiosk.session.navigation import Screen
from kiosk.staff.pin import hash_pin
from kiosk.stats.database import UsageStats
from kiosk.stats.schema import STATS_FILE
from tests.conftest import KioskFactory, Patient
from tests.test_kiosk_behaviour import PIN, _enter, _open_keypad
from tests.test_my_questions import _add_faq, _open_list
from tests.test_stats import Clock, first_session, local
from tests.test_stats_export import _damage_an_index


@pytest.fixture(scope="module")
def contents() -> dict[str, Content]:
    return {lang: load_content(content_root() / lang) for lang in ("en", "es")}


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _session(p: Patient, contents: dict[str, Content]) -> str:
    """Drug pumps 40 s, FAQ (one answer opened, its question added) 20 s, Spanish, large text,
    the list with its QR code 30 s; then the patient walks away. Returns the FAQ id."""
    p.tap(p.nav_button("drug_pumps"))
    p.clock.advance(40)
    faq_id = _add_faq(p, 0, contents)
    p.clock.advance(20)
    p.tap(p.find("languageButton"))
    p.in_display_panel("textSize_large")
    _open_list(p)
    p.tap(p.find("takeHome"))
    p.qtbot.waitUntil(lambda: bool(p.kiosk.my_questions.codes))
    p.clock.advance(30)
    p.wait_idle(200)  # past the idle timeout and the countdown: the reset for the next patient
    assert p.session.screen is Screen("overview")
    return faq_id


def test_a_scripted_session_is_recorded_as_it_happened_and_no_text(
    kiosk_factory: KioskFactory, contents: dict[str, Content], tmp_path: Path
) -> None:
    db = tmp_path / "data" / STATS_FILE
    p = kiosk_factory(contents, stats_path=db)
    faq_id = _session(p, contents)
    stats = p.kiosk.usage.stats
    stats.flush()
    assert stats.row_counts() == {"sessions": 1, "screen_views": 4, "faq_opens": 1, "choices": 2, "qr_shows": 1}
    assert _rows(db, "SELECT questions FROM sessions") == [(1,)]
    assert _rows(db, "SELECT kind, value FROM choices ORDER BY rowid") == [("language", "es"), ("text_size", "large")]
    assert _rows(db, "SELECT codes FROM qr_shows") == [(1,)]
    times = {s.screen: s.seconds for s in stats.time_per_screen(7)}
    # The reset comes 200 s after the last touch; that wait is counted on the last screen.
    assert times == {"overview": 0, "drug_pumps": 40, "faq": 20, "my_questions": 230}
    assert [(f.name, f.count) for f in stats.top_faq(7)] == [(faq_id, 1)]
    days = stats.sessions_per_day(7)
    assert len(days) == 7 and days[-1].count == 1 and sum(d.count for d in days) == 1
    # Times are kept to the minute, never finer.
    for (started,) in _rows(db, "SELECT started FROM sessions"):
        assert isinstance(started, str) and len(started) == len("2026-11-23 09:00")
    # The reset itself (back to English, standard text, Overview) is not a patient's choice,
    # and what the patient added to the list is in no file.
    p.tap(p.nav_button("faq"))
    stats.flush()
    assert stats.row_counts()["choices"] == 2 and stats.row_counts()["sessions"] == 2
    questions = {c.faq.items[0].question for c in contents.values()}
    for file in tmp_path.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            for question in questions:
                assert question.encode() not in data, f"{question!r} in {file}"


def _open_staff_panel(p: Patient) -> None:
    _open_keypad(p)
    _enter(p, PIN)
    p.qtbot.waitUntil(lambda: p.shows("adminPanel"))


def test_the_staff_panel_charts_usage_and_exports_it_as_csv(
    kiosk_factory: KioskFactory, contents: dict[str, Content], tmp_path: Path
) -> None:
    export = tmp_path / "export"
    config = f'admin_pin_hash = "{hash_pin(PIN)}"\nexport_dir = "{export}"\n'
    p = kiosk_factory(contents, config=config, stats_path=tmp_path / STATS_FILE)
    _session(p, contents)
    _open_staff_panel(p)
    assert p.shows("usageReport") and not p.shows("usageOff")
    assert len([c for c in p.find_all("dayColumn") if c.isVisible()]) == 7
    faq_rows = [r for r in p.find_all("chartRow") if r.parentItem() is p.find("faqChart")]
    assert len(faq_rows) == 1
    p.scroll_into_view(faq_rows[0])
    label = faq_rows[0].childItems()[0]
    assert p.on_screen(label)
    assert label.property("text") == contents["en"].faq.items[0].question  # named, in the panel's language
    p.scroll_into_view(p.find("usageDays30"))
    p.tap(p.find("usageDays30"))
    assert len([c for c in p.find_all("dayColumn") if c.isVisible()]) == 30
    button = p.find("exportTo")
    p.scroll_into_view(button)
    p.tap(button)
    (folder,) = export.iterdir()
    assert str(folder) in p.find("usageMessage").property("text")
    expected = {"sessions": 1, "screen_views": 4, "faq_opens": 1, "choices": 2, "qr_shows": 1}
    for table, count in expected.items():
        with (folder / f"{table}.csv").open(encoding="utf-8") as f:
            rows = list(csv.reader(f))
        assert rows[0][0] in ("id", "session"), rows[0]
        assert len(rows) == 1 + count, (table, rows)


def test_a_corrupt_database_is_moved_aside_and_a_new_one_started(
    kiosk_factory: KioskFactory, contents: dict[str, Content], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / STATS_FILE
    db.write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.WARNING):
        p = kiosk_factory(contents, stats_path=db)
    assert str(db) in caplog.text
    assert [f.name for f in tmp_path.iterdir() if ".corrupt-" in f.name]
    p.tap(p.nav_button("faq"))
    assert p.session.screen is Screen("faq")
    p.kiosk.usage.stats.flush()
    assert p.kiosk.usage.stats.row_counts()["sessions"] == 1


def test_an_unwritable_data_folder_turns_statistics_off_and_patients_notice_nothing(
    kiosk_factory: KioskFactory, contents: dict[str, Content], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")  # even root cannot make a folder here
    with caplog.at_level(logging.ERROR):
        p = kiosk_factory(contents, config=f'admin_pin_hash = "{hash_pin(PIN)}"\n', stats_path=blocker / STATS_FILE)
    assert "statistics" in caplog.text.lower() and str(blocker) in caplog.text
    p.tap(p.nav_button("drug_pumps"))
    p.wait_idle(200)
    assert p.session.screen is Screen("overview")
    _open_staff_panel(p)
    assert p.shows("usageOff") and not p.shows("usageReport")


@pytest.mark.parametrize("on", [True, False])
def test_the_config_switch_decides_whether_a_database_exists(
    kiosk_factory: KioskFactory,
    contents: dict[str, Content],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    on: bool,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    p = kiosk_factory(contents, config=f"statistics = {str(on).lower()}\n", stats_from_config=True)
    p.tap(p.nav_button("drug_pumps"))
    p.wait_idle(200)
    assert p.kiosk.usage.property("enabled") is on
    p.kiosk.usage.close()
    written = [f.name for f in tmp_path.rglob("*") if f.is_file()]
    assert (STATS_FILE in written) is on, written


def test_the_staff_panel_offers_older_statistics_from_a_damaged_file(
    kiosk_factory: KioskFactory, contents: dict[str, Content], tmp_path: Path
) -> None:
    db = tmp_path / STATS_FILE
    clock = Clock(local(2026, 11, 20, 9, 0))
    old = UsageStats(db, clock)
    for _ in range(3):
        first_session(old, clock)
    old.close()
    _damage_an_index(db)
    p = kiosk_factory(contents, config=f'admin_pin_hash = "{hash_pin(PIN)}"\n', stats_path=db)
    _open_staff_panel(p)
    [line] = [i.property("text") for i in p.find_all("olderData")]
    assert "3 session(s), 2026-11-20 to 2026-11-20" in line
