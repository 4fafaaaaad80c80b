"""A blind patient with Orca: Debian's screen reader reads the real kiosk (an X11 window under
Xvfb, on the accessibility bus) while the patient uses the keyboard only, real key presses into
the X server. Every assertion is on what Orca said (its debug log, tests/orca_session.py).

One kiosk and one Orca for the whole walk, in the order a patient would go: where am I, the
"Are you still there?" question, each screen, the drug pump page from top to bottom, a common
question, a definition and a study, and Spanish."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict, dataclass, field

import pytest

from kiosk.content.markup import plain_text
from kiosk.content.model import Content
from kiosk.content.reader import load_content
from kiosk.files.resources import content_root
from kiosk.session.navigation import Screen
from tests.orca_session import LAUNCHER, PROFILE_KEY, OrcaSession, orca_session
from tests.test_real_window import running_xvfb

# Not skipped when Orca is missing: `make test` installs it (Makefile, APT_PACKAGES). One test
# function walks once and judges (a)-(f): the suite's workers would each walk again for a test of
# their own, and Orca runs only once per user at a time.
pytestmark = pytest.mark.slow

# "Are you still there?" after the shortest idle time the config allows.
CONFIG = "idle_timeout_s = 15\nidle_countdown_s = 20\nattract_delay_s = 300\n"
# Tab stops on one screen, at most (the drug pump page, every heading, paragraph and link).
MAX_STOPS = 200


@dataclass
class Walk:
    """What Orca said at each step of the patient's walk."""

    heard: dict[str, str] = field(default_factory=dict)
    # Each Tab stop on the drug pump page: what Orca said when it reached it.
    pump_page: list[str] = field(default_factory=list)
    # The language speech-dispatcher was set to before each utterance, from the Spanish step on.
    spanish_languages: list[str] = field(default_factory=list)


def tab_until(orca: OrcaSession, words: str, *, back: bool = False, limit: int = 60) -> list[str]:
    """Tab (or Shift+Tab) as a patient does, one stop at a time, until Orca says ``words``;
    what Orca said at each stop."""
    said: list[str] = []
    for _ in range(limit):
        orca.press("shift+Tab" if back else "Tab")
        said.append(orca.hear(timeout=20))
        if words in said[-1]:
            return said
    raise AssertionError(f"{limit} stops and Orca never said {words!r}: {said}")


def choose_screen(orca: OrcaSession, tab: str, title: str, *, back: bool = True) -> str:
    """To the navigation bar with Shift+Tab (or Tab), Enter on the screen's tab: what Orca says."""
    tab_until(orca, f"{tab} page tab", back=back, limit=MAX_STOPS)
    orca.press("Return")
    return orca.hear(title, "heading")


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(content_root() / "en")


@pytest.fixture(scope="module")
def spanish() -> Content:
    return load_content(content_root() / "es")


def walk(tmp_path_factory: pytest.TempPathFactory, content: Content, spanish: Content) -> Walk:
    """The patient's walk, once: what Orca said at each step."""
    assert shutil.which("orca"), "Orca is not installed (make test installs it)"
    assert shutil.which("xdotool") and shutil.which("Xvfb") and LAUNCHER.exists()
    home = tmp_path_factory.mktemp("orca")
    config = home / "kiosk.toml"
    config.write_text(CONFIG, encoding="utf-8")
    result = Walk()
    heard = result.heard
    try:
        with running_xvfb() as display, orca_session(home, display, ("--config", str(config))) as orca:
            _walk(orca, result, content, spanish)
    finally:
        # What Orca said at each step, for a person reading a failure (or the report).
        (home / "heard.json").write_text(json.dumps(asdict(result), indent=1, ensure_ascii=False), encoding="utf-8")
    heard["log"] = str(home)
    return result


def _walk(orca: OrcaSession, result: Walk, content: Content, spanish: Content) -> None:
    heard = result.heard
    heard["start"] = orca.hear(content.site.app_title)
    # (a) Overview: the first Tab stops are the header's; then the page, its title first.
    heard["overview"] = " ".join(tab_until(orca, "heading"))

    # (f) The patient stops; the kiosk asks, and says how long is left. "I need more time".
    orca.mark()
    heard["still_there"] = orca.hear("Are you still there?", "seconds", timeout=60)
    orca.mark()
    heard["still_there_10"] = orca.hear("10 seconds left", timeout=30)
    orca.press("Return")
    heard["more_time"] = orca.hear(timeout=20)

    # (a) Each screen from the navigation bar; (c) a common question opened, its answer heard.
    heard["neurostimulators"] = choose_screen(
        orca, content.short_title(Screen.NEUROSTIMULATORS), content.title(Screen.NEUROSTIMULATORS)
    )
    heard["faq"] = choose_screen(orca, content.short_title(Screen.FAQ), content.title(Screen.FAQ))
    first = content.faq.in_screen_order()[0]
    heard["faq_question"] = " ".join(tab_until(orca, first.question))
    orca.press("Return")
    heard["faq_opened"] = orca.hear("expanded")
    orca.press("Tab")
    heard["faq_answer"] = orca.hear(plain_text(first.answer)[:40])

    # (b) The drug pump page, Tab after Tab to its end; (d) on the way, the first definition
    # opened and closed, and the first study cited opened in References and closed.
    heard["drug_pumps"] = choose_screen(orca, content.short_title(Screen.DRUG_PUMPS), content.title(Screen.DRUG_PUMPS))
    pumps = content.page(Screen.DRUG_PUMPS)
    last = plain_text([*pumps.sections[-1].paragraphs, *pumps.sections[-1].bullets][-1])
    result.pump_page.append(heard["drug_pumps"])
    for _ in range(MAX_STOPS):
        orca.press("Tab")
        said = orca.hear(timeout=20)
        result.pump_page.append(said)
        if said.endswith("link.") and "Definition: " in said and "definition" not in heard:
            heard["definition_link"] = said
            orca.press("Return")
            heard["definition"] = orca.hear("dialog")
            orca.press("Escape")
            heard["definition_closed"] = orca.hear("Definition: ")
        elif said.endswith("link.") and "Source " in said and "references" not in heard:
            heard["source_link"] = said
            orca.press("Return")
            heard["references"] = orca.hear(content.references.title)
            orca.press("Return")  # focus is on Back
            heard["references_closed"] = orca.hear("Source ")
        if last[:40] in said:
            break
    else:
        raise AssertionError(f"the drug pump page never ended: {result.pump_page[-5:]}")

    # (a) My list, from the header (forward: past the page's end and the navigation bar).
    heard["my_list_button"] = " ".join(tab_until(orca, "My list to ask", limit=MAX_STOPS))
    orca.press("Return")
    heard["my_list"] = orca.hear("My list to ask the doctor", "heading")
    tab_until(orca, "Back push button", back=True)
    orca.press("Return")
    heard["my_list_closed"] = orca.hear("My list to ask (")

    # (e) Spanish: the language button, then Orca's Spanish profile (Orca+F11).
    heard["language_button"] = " ".join(tab_until(orca, "Español", back=True))
    orca.press("Return")
    # The button now offers English: Orca reads its new name and its description, in Spanish.
    heard["spanish_button"] = orca.hear("English", "Cambiar el idioma")
    orca.press(f"Insert+{PROFILE_KEY}")
    heard["profile"] = orca.hear("Español")
    languages_from = len(orca.languages())
    heard["spanish_overview"] = choose_screen(
        orca, spanish.short_title(Screen.OVERVIEW), spanish.title(Screen.OVERVIEW), back=False
    )
    result.spanish_languages = orca.languages()[languages_from:]


def _said(text: str) -> str:
    """Orca's words as a patient would compare them: one space between words."""
    return " ".join(text.split())


def check_a_patient_hears_where_they_are_on_each_screen(walk: Walk, content: Content) -> None:
    heard = walk.heard
    assert f"{content.site.app_title} frame" in heard["start"]
    # Tab into the page, or Enter on a screen's tab in the navigation: the screen's name and its
    # title, a heading.
    assert f"{content.title(Screen.OVERVIEW)} heading" in _said(heard["overview"])
    for screen in (Screen.NEUROSTIMULATORS, Screen.FAQ, Screen.DRUG_PUMPS):
        # Only that: nothing else of the page is read before its title.
        assert _said(heard[screen.value]) == f"{content.title(screen)} panel. {content.title(screen)} heading."
    # The layers: References (from a citation) and My list (from the header), and back.
    assert heard["references"].startswith(f"{content.references.title} panel")
    assert heard["my_list"] == "My list to ask the doctor heading."
    assert heard["my_list_closed"].startswith("My list to ask (0) push button")


def check_the_whole_drug_pump_page_is_read_out(walk: Walk, content: Content) -> None:
    """Tab by Tab from the title to the end: every heading, paragraph and bullet is spoken, in
    the page's order."""
    said = [_said(stop) for stop in walk.pump_page]
    page = content.page(Screen.DRUG_PUMPS)
    texts = [page.title, plain_text(page.subtitle)]
    for section in page.sections:
        texts += [section.heading, *(plain_text(t) for t in (*section.paragraphs, *section.bullets))]
    where = 0
    for text in texts:
        found = next((i for i in range(where, len(said)) if _said(text) in said[i]), None)
        assert found is not None, f"Orca never read {text!r} (after stop {where}: {said[where : where + 3]})"
        where = found
    for section in page.sections:
        assert any(f"{section.heading} heading" in stop for stop in said), section.heading


def check_a_common_question_opens_and_its_answer_is_heard(walk: Walk, content: Content) -> None:
    first = content.faq.in_screen_order()[0]
    heard = walk.heard
    assert f"{first.question} collapsed push button" in heard["faq_question"]
    assert heard["faq_opened"] == "expanded"
    assert _said(plain_text(first.answer)) in _said(heard["faq_answer"])


def check_a_definition_and_a_study_open_and_close(walk: Walk, content: Content) -> None:
    heard = walk.heard
    word = heard["definition_link"].removeprefix("Definition: ").removesuffix(" link.")
    term = next(t for t in content.glossary.items if t.term.lower() == word.lower())
    definition = _said(heard["definition"])
    assert definition.startswith(f"{term.term} dialog"), definition
    assert _said(plain_text(term.definition)) in definition
    # Escape: back on the word, in its paragraph.
    assert heard["definition_closed"].endswith(heard["definition_link"])
    # A citation: References opens on the study cited, its summary read; Back returns to it.
    cited = heard["source_link"].removeprefix("Source ").removesuffix(" link.").split(": ", 1)[1]
    study = next(ref for ref in content.references.items if ref.short_name == cited)
    assert _said(plain_text(study.title)) in _said(heard["references"])
    assert heard["references"].endswith("Back to where I was push button.")
    assert heard["references_closed"].endswith(heard["source_link"])


def check_orca_speaks_spanish_after_the_switch(walk: Walk, spanish: Content) -> None:
    heard = walk.heard
    assert "Español push button" in heard["language_button"]
    # The button's new name, and its description in Spanish ("Change the language").
    assert "English" in heard["spanish_button"] and "Cambiar el idioma" in heard["spanish_button"]
    assert "Español" in heard["profile"]
    assert spanish.title(Screen.OVERVIEW) in heard["spanish_overview"]
    # Every word from there on went to speech-dispatcher as Spanish.
    assert walk.spanish_languages and set(walk.spanish_languages) == {"es"}


def check_still_there_is_heard_with_the_seconds_left_and_more_time_is_given(walk: Walk, content: Content) -> None:
    heard = walk.heard
    said = _said(heard["still_there"])
    assert re.search(r"Are you still there\? dialog (\d+) seconds left", said), said
    assert "I need more time push button" in said
    # Near the end, again, without a key pressed.
    assert heard["still_there_10"] == "10 seconds left"
    # Enter on "I need more time": the question goes, the patient is back where they were.
    assert "Are you still there" not in heard["more_time"]
    assert f"{content.title(Screen.OVERVIEW)} heading" in _said(heard["more_time"])


CHECKS = (
    check_a_patient_hears_where_they_are_on_each_screen,
    check_the_whole_drug_pump_page_is_read_out,
    check_a_common_question_opens_and_its_answer_is_heard,
    check_a_definition_and_a_study_open_and_close,
    check_orca_speaks_spanish_after_the_switch,
    check_still_there_is_heard_with_the_seconds_left_and_more_time_is_given,
)


def test_a_blind_patient_walks_the_kiosk_with_orca(
    tmp_path_factory: pytest.TempPathFactory, content: Content, spanish: Content
) -> None:
    """(a)-(f), each judged on its own: one failing does not hide what the others found."""
    heard = walk(tmp_path_factory, content, spanish)
    failures = []
    for check in CHECKS:
        try:
            check(heard, spanish if "spanish" in check.__name__ else content)
        except AssertionError as error:
            failures.append(f"{check.__name__}: {error}")
    assert not failures, "\n".join(failures) + f"\n(what Orca said: {heard.heard['log']}/heard.json)"
