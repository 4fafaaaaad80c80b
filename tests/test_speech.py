"""Listen: reads what is on top in the patient's language, with pause, resume and stop; a patient
listening keeps the kiosk awake. Qt's stand-in engine here; the real speech-dispatcher and
espeak-ng in the integration test at the end."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

from kiosk.content import markup
from kiosk.content.model import Content
from kiosk.content.read_aloud import pick_locale, pick_voice
from kiosk.content.reader import load_content
from kiosk.files.resources import content_root
from kiosk.session.navigation import Screen
from tests.conftest import ENGLISH, SPANISH, KioskFactory, Patient
from ui.backend.speech import NO_ENGINE

SHORT = "idle_timeout_s = 30\nidle_countdown_s = 20\nattract_delay_s = 120\n"


def listening(p: Patient) -> Patient:
    p.qtbot.waitUntil(lambda: p.kiosk.speech.property("available"))
    return p


def read_aloud(p: Patient) -> None:
    """ "Read this screen aloud" (or "Stop reading aloud") in the text size and contrast panel."""
    p.tap(p.find("displayButton"))
    p.qtbot.waitUntil(lambda: p.shows("displayPanel"))
    p.tap(p.find("listenButton"))
    p.tap(p.find("displayDone"))
    p.qtbot.waitUntil(lambda: not p.shows("displayPanel"))


def test_espeak_ng_voices_are_chosen_for_each_language() -> None:
    espeak = ["en_GB", "en_US", "es_419", "es_ES", "fr_FR"]
    assert pick_locale(SPANISH, espeak) == "es_419"
    assert pick_locale(ENGLISH, espeak) == "en_US"
    assert pick_locale(SPANISH, ["es_ES", "es_US"]) == "es_US"  # Latin American first
    assert pick_locale(SPANISH, ["es_AR", "fr_FR"]) == "es_AR"  # any Spanish beats none
    assert pick_locale(SPANISH, ["en_US"]) is None
    voices = ["English (Caribbean)", "English (America)+Max", "English (America)", "English (Scotland)"]
    assert pick_voice(ENGLISH, voices) == "English (America)"
    assert pick_voice(SPANISH, ["Spanish (Spain)+Alex", "Spanish (Spain)"]) == "Spanish (Spain)"


def test_listen_reads_the_screen_with_pause_resume_and_stop(patient: Patient, content: Content) -> None:
    p = listening(patient)
    speech = p.kiosk.speech
    assert speech._tts is None  # opened only when a patient asks to listen (it holds the kiosk ~2 s)
    p.tap(p.nav_button("drug_pumps"))
    read_aloud(p)
    p.qtbot.waitUntil(lambda: speech.property("speaking"))
    assert speech.last_text.startswith(content.title(Screen.DRUG_PUMPS))
    assert "[^" not in speech.last_text and "[[" not in speech.last_text
    assert p.shows("listenBar")
    p.tap(p.find("listenPause"))
    p.qtbot.waitUntil(lambda: speech.property("paused"))
    assert p.find("listenPause").property("text") == "Go on"
    p.tap(p.find("listenPause"))
    p.qtbot.waitUntil(lambda: not speech.property("paused"))
    assert speech.property("speaking")
    p.tap(p.find("listenStop"))
    p.qtbot.waitUntil(lambda: not speech.property("speaking"))
    assert not p.shows("listenBar")


def test_listen_reads_the_layer_or_definition_on_top(patient: Patient, content: Content) -> None:
    p = listening(patient)
    speech = p.kiosk.speech
    question = content.faq.items[0]
    p.session.toggle_saved(f"faq:{question.id}")
    p.tap(p.find("myQuestionsButton"))
    read_aloud(p)
    lines = speech.last_text.splitlines()
    assert lines[1:] == p.kiosk.my_questions.question_lines() and question.question in lines[1]
    read_aloud(p)  # now "Stop reading aloud"
    p.qtbot.waitUntil(lambda: not speech.property("speaking"))
    p.tap(p.find("myQuestionsBack"))
    term = content.glossary.items[0]
    p.session.open_glossary(term.id)
    p.qtbot.waitUntil(lambda: p.shows("glossaryListen"))
    p.tap(p.find("glossaryListen"))
    assert speech.last_text.splitlines() == [term.term, markup.plain_text(term.definition)]
    p.tap(p.find("glossaryClose"))  # what was read is gone: reading stops
    p.qtbot.waitUntil(lambda: not speech.property("speaking"))


def test_references_are_read_with_what_each_study_found(patient: Patient, content: Content) -> None:
    p = listening(patient)
    p.tap(p.find("referencesButton"))
    read_aloud(p)
    for ref in content.references.items:
        assert ref.citation in p.kiosk.speech.last_text
        assert ref.what_it_found in p.kiosk.speech.last_text


def test_the_faq_is_read_under_its_topic_headings_with_open_answers(patient: Patient, content: Content) -> None:
    p = listening(patient)
    p.tap(p.nav_button("faq"))
    opened = content.faq.items[0]
    p.tap(p.find(f"faqQuestion_{opened.id}"))
    read_aloud(p)
    lines = p.kiosk.speech.last_text.splitlines()
    expected = [content.faq.title]
    for topic, items in content.faq.groups():
        expected.append(topic.name)
        for item in items:
            expected.append(item.question)
            if item is opened:
                expected.append(markup.plain_text(item.answer))
    assert lines[: len(expected)] == expected


def test_a_patient_listening_is_a_patient_there(kiosk_factory: KioskFactory, content: Content) -> None:
    p = listening(kiosk_factory(content, config=SHORT))
    p.tap(p.nav_button("neurostimulators"))
    read_aloud(p)
    p.qtbot.waitUntil(lambda: p.kiosk.speech.property("speaking"))
    p.wait_idle(40)
    p.wait_idle(40)
    assert not p.shows("stillThereOverlay")
    p.tap(p.find("listenStop"))
    p.qtbot.waitUntil(lambda: not p.kiosk.speech.property("speaking"))
    p.wait_idle(31)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))


@pytest.mark.parametrize(
    ("why", "reason"),
    [
        ("turned off", "speech is turned off"),
        ("no speech-dispatcher", "speech-dispatcher is not installed (apt install speech-dispatcher espeak-ng)"),
        ("no Qt TextToSpeech", "Qt TextToSpeech is not installed (install the speech extra: pip install .[speech])"),
    ],
)
def test_no_engine_no_button_and_one_log_line(
    kiosk_factory: KioskFactory,
    content: Content,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    why: str,
    reason: str,
) -> None:
    if why == "no speech-dispatcher":
        real_which = shutil.which
        monkeypatch.setattr(shutil, "which", lambda name: None if name == "speech-dispatcher" else real_which(name))
    if why == "no Qt TextToSpeech":
        monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    with caplog.at_level(logging.INFO, logger="ui.backend.speech"):
        p = kiosk_factory(content, speech_engine=NO_ENGINE if why == "turned off" else None)
        p.qtbot.waitUntil(lambda: p.kiosk.speech.unavailable_reason != "not started yet")
    assert not p.shows("listenButton")
    assert [r.getMessage() for r in caplog.records] == [f"Listen button hidden: {reason}"]


# ---------------------------------------------------------------- the real engine
def _headless_speech_dispatcher(home: Path) -> dict[str, str]:
    """speech-dispatcher as it runs for the kiosk's user, with ALSA's null device for its sound
    (no sound card here): everything up to the audio output is real."""
    config = home / ".config" / "speech-dispatcher"
    config.mkdir(parents=True)
    system = Path("/etc/speech-dispatcher/speechd.conf").read_text(encoding="utf-8")
    (config / "speechd.conf").write_text(system + '\nAudioOutputMethod "alsa"\n', encoding="utf-8")
    (home / ".asoundrc").write_text("pcm.!default { type null }\nctl.!default { type hw card 0 }\n")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_RUNTIME_DIR": str(runtime)}


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("speech-dispatcher") and shutil.which("espeak-ng")),
    reason="speech-dispatcher and espeak-ng are not installed (make test installs them)",
)
def test_listen_speaks_both_languages_through_speech_dispatcher_and_espeak_ng(
    kiosk_factory: KioskFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in _headless_speech_dispatcher(tmp_path).items():
        monkeypatch.setenv(name, value)
    contents = {"en": load_content(content_root() / "en"), "es": load_content(content_root() / "es")}
    p = kiosk_factory(contents, speech_engine="speechd")
    speech = p.kiosk.speech
    try:
        p.qtbot.waitUntil(lambda: speech.property("available"), timeout=15000)
        assert speech.engine_name == "speechd"
        # Every state it went through: a short text into a silent device can be over between two
        # looks at the property on a busy machine.
        states: list[bool] = []
        speech.stateChanged.connect(lambda: states.append(speech.property("speaking")))
        for language, locale in ((ENGLISH, "en_US"), (SPANISH, "es_419")):
            p.session.set_language(language.code)
            p.session.open_glossary("catheter")  # a short text: one definition
            p.qtbot.waitUntil(lambda: p.shows("glossaryListen"))
            states.clear()
            p.tap(p.find("glossaryListen"))
            p.qtbot.waitUntil(lambda: True in states, timeout=30000)
            p.qtbot.waitUntil(lambda: not speech.property("speaking"), timeout=30000)
            assert speech.chosen[language].startswith(locale), speech.chosen
            assert speech.last_text.startswith(contents[language.code].glossary.get("catheter").term)
            p.session.close_glossary()
    finally:
        p.kiosk.close()
        pid_file = tmp_path / "run" / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        if pid_file.exists():  # the daemon started for this test (it would leave by itself after 5 s)
            os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_listen_is_one_tap_from_every_screen(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: tuple[int, int]
) -> None:
    """ "Listen" stands at the page's edge on every screen and layer, in both languages and at every
    text size: one tap reads the screen in view, a second stops it."""
    p = listening(kiosk_factory(contents, size))
    speech = p.kiosk.speech
    for where in p.each_language_and_text_size():
        content = contents[p.session.language.code]
        listen = p.find("pageListen")
        for screen in (Screen.OVERVIEW, Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS, Screen.FAQ, Screen.REFERENCES):
            p.session.go(screen)
            p.settle()
            assert p.on_screen(listen), f"{where} {screen.value}: no Listen in view"
            assert listen.property("text") == ("Listen" if p.session.language == ENGLISH else "Escuchar")
            p.tap(listen)
            p.qtbot.waitUntil(lambda: speech.property("speaking"))
            assert speech.last_text.startswith(content.title(screen)), f"{where} {screen.value}"
            p.tap(listen)  # now "Stop"
            p.qtbot.waitUntil(lambda: not speech.property("speaking"))
