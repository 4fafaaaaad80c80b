"""The clinic's own folder: name, phone, logo and an "Ask our staff" card; ignored if broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.model import Content
from kiosk.settings.clinic import clinic_for as clinic_from_config
from kiosk.settings.clinic import load_clinic
from kiosk.settings.config import load_config, parse_config
from tests.conftest import KioskFactory

CLINIC = """\
name = "Valley Pain Clinic"
phone = "(555) 010-2030"
logo = "logo.svg"

[ask_staff.en]
heading = "Ask our staff"
text = "Our nurses are happy to answer your questions. Ask at the front desk."

[ask_staff.es]
heading = "Pregunte a nuestro personal"
text = "Nuestras enfermeras responden con gusto sus preguntas. Pregunte en la recepción."
"""
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><rect width="100" height="40" fill="#1F6F78"/></svg>'
)


@pytest.fixture
def clinic_dir(tmp_path: Path) -> Path:
    (tmp_path / "clinic.toml").write_text(CLINIC, encoding="utf-8")
    (tmp_path / "logo.svg").write_text(LOGO, encoding="utf-8")
    return tmp_path


def test_a_valid_clinic_folder_loads(clinic_dir: Path) -> None:
    clinic, problems = load_clinic(clinic_dir)
    assert problems == []
    assert clinic is not None and clinic.name == "Valley Pain Clinic"
    assert set(clinic.cards) == {"en", "es"}


def test_a_broken_clinic_folder_is_reported_and_ignored(clinic_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    (clinic_dir / "clinic.toml").write_text(CLINIC.replace("[ask_staff.es]", "[ask_staff.fr]"), encoding="utf-8")
    (clinic_dir / "logo.svg").unlink()
    clinic, problems = load_clinic(clinic_dir)
    assert clinic is None
    messages = [str(p) for p in problems]
    assert any("logo" in m and "not found" in m for m in messages)
    assert any("ask_staff.fr: unknown language" in m for m in messages)
    config, _ = parse_config(f'clinic_dir = "{clinic_dir}"\nclinic_name = "Front desk"\n')
    fallback = clinic_from_config(config)
    assert fallback.name == "Front desk" and not fallback.cards
    assert "clinic folder problem (ignored)" in caplog.text


def test_staff_card_shows_on_overview_in_both_languages(
    kiosk_factory: KioskFactory, content: Content, clinic_dir: Path
) -> None:
    from kiosk.content.reader import load_content
    from kiosk.files.resources import content_root

    contents = {"en": content, "es": load_content(content_root() / "es")}
    p = kiosk_factory(contents, config=f'clinic_dir = "{clinic_dir}"\n')
    card = p.find("staffCard")
    assert p.on_screen(card)
    assert "Ask our staff" in p.visible_texts()
    assert "Valley Pain Clinic · (555) 010-2030" in p.visible_texts()
    assert p.shows("clinicLogo")
    p.tap(p.find("languageButton"))
    assert "Pregunte a nuestro personal" in p.visible_texts()
    p.tap(p.nav_button("faq"))
    assert not p.find_all("staffCard") or not p.on_screen(p.find("staffCard"))


@pytest.mark.parametrize("configured", [True, False])
def test_the_clinic_phone_alone_puts_an_ask_our_staff_card_on_overview(
    kiosk_factory: KioskFactory, contents: dict[str, Content], configured: bool
) -> None:
    config = 'clinic_name = "Valley Pain Clinic"\nclinic_phone = "(555) 010-2030"\n' if configured else ""
    p = kiosk_factory(contents, config=config)
    shown = p.shows("staffCard")
    assert shown is configured
    if configured:
        assert "Ask our staff" in p.visible_texts()
        assert p.find("staffCardContact").property("text") == "Valley Pain Clinic · (555) 010-2030"
        p.session.set_language("es")
        assert "Pregunte a nuestro personal" in p.visible_texts()
    else:
        assert "Ask our staff" not in p.visible_texts()


def test_a_wrong_phone_is_reported_by_file_and_key_and_the_kiosk_runs_without_it(
    kiosk_factory: KioskFactory, contents: dict[str, Content], tmp_path: Path, clinic_dir: Path
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('clinic_name = "Valley Pain Clinic"\nclinic_phone = "<b>call us</b>"\n', encoding="utf-8")
    loaded = load_config(path)
    [problem] = loaded.problems
    assert str(path) in str(problem) and problem.key == "clinic_phone" and problem.line == 2
    p = kiosk_factory(contents, loaded=loaded)
    assert p.kiosk.clinic.phone == "" and not p.shows("staffCard")
    assert "call us" not in p.visible_texts()
    (clinic_dir / "clinic.toml").write_text(CLINIC.replace("(555) 010-2030", "call 555"), encoding="utf-8")
    clinic, problems = load_clinic(clinic_dir)
    assert clinic is None and [(p.location, "not a phone number" in p.message) for p in problems] == [("phone", True)]
