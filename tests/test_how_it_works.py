"""The therapies in motion ("How it works, step by step"): each plays while a patient can see it, with
captions from the content that change with its steps, pauses and starts again at a tap, stands
still with every caption under reduced motion, and is described to a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content import markup
from kiosk.content.model import Content
from kiosk.session.navigation import Screen
from tests.conftest import BUNDLED, KioskFactory, Patient
from tests.test_keyboard import tab_to

THERAPIES = [Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS]
SIZES = {"1920x1080": (1920, 1080), "1366x768": (1366, 768), "1080x1920": (1080, 1920)}


def captions(content: Content, screen: Screen) -> list[str]:
    motion = content.pages[screen].how_it_works
    assert motion is not None, f"{screen.value} has no animation"
    return [markup.plain_text(step.caption) for step in motion.steps]


def open_motion(p: Patient, screen: Screen) -> QQuickItem:
    """Goes to the therapy's screen with a tap and scrolls to its animation."""
    p.tap(p.nav_button(screen.value))
    p.qtbot.waitUntil(lambda: bool(p.find_all(f"howItWorks_{screen.value}")))
    motion = p.find(f"howItWorks_{screen.value}")
    p.scroll_into_view(motion)
    p.frame()
    return motion


def shown_captions(p: Patient, motion: QQuickItem) -> list[str]:
    """The captions a patient sees now, in order."""
    found = []
    stack = [motion]
    while stack:
        item = stack.pop()
        if item.objectName().startswith("motionCaptionText_") and p.on_screen(item):
            found.append((int(item.objectName().rsplit("_", 1)[1]), str(item.property("plain"))))
        stack.extend(item.childItems())
    return [text for _, text in sorted(found)]


def skip_to_end_of_step(motion: QQuickItem) -> None:
    """Near the end of the step in view (a patient would wait a few seconds)."""
    motion.setProperty("stepElapsed", motion.property("stepDuration") - 150)


@pytest.mark.parametrize("screen", THERAPIES, ids=lambda s: s.value)
def test_it_plays_and_its_caption_changes_with_the_step(patient: Patient, screen: Screen) -> None:
    p = patient
    motion = open_motion(p, screen)
    expected = captions(p.content, screen)
    assert motion.property("playing")
    assert shown_captions(p, motion) == expected[:1]
    assert p.find(f"motionStep_{screen.value}").property("text") == f"Step 1 of {len(expected)}"
    start = motion.property("stepElapsed")
    p.qtbot.waitUntil(lambda: motion.property("stepElapsed") > start + 50)
    skip_to_end_of_step(motion)
    p.qtbot.waitUntil(lambda: motion.property("step") == 1, timeout=3000)
    assert shown_captions(p, motion) == expected[1:2]
    assert p.find(f"motionStep_{screen.value}").property("text") == f"Step 2 of {len(expected)}"


def test_pause_stops_it_and_play_goes_on_from_there(patient: Patient) -> None:
    p = patient
    motion = open_motion(p, Screen.NEUROSTIMULATORS)
    button = p.find("motionPlay_neurostimulators")
    assert button.property("accessibleName") == "Pause the animation"
    p.tap(button)
    assert not motion.property("playing")
    assert button.property("accessibleName") == "Play the animation"
    held = motion.property("stepElapsed")
    for _ in range(5):
        p.frame()
    assert motion.property("stepElapsed") == held
    p.tap(button)
    assert motion.property("playing")
    p.qtbot.waitUntil(lambda: motion.property("stepElapsed") > held)


def test_start_again_plays_it_from_the_beginning(patient: Patient) -> None:
    p = patient
    motion = open_motion(p, Screen.DRUG_PUMPS)
    expected = captions(p.content, Screen.DRUG_PUMPS)
    for step in range(1, len(expected)):
        skip_to_end_of_step(motion)
        p.qtbot.waitUntil(lambda step=step: motion.property("step") == step, timeout=3000)
    assert shown_captions(p, motion) == expected[-1:]
    p.tap(p.find("motionReplay_drug_pumps"))
    assert motion.property("step") == 0
    assert motion.property("playing")
    assert shown_captions(p, motion) == expected[:1]


def test_at_its_end_it_stops_and_play_starts_it_again(patient: Patient) -> None:
    p = patient
    motion = open_motion(p, Screen.DRUG_PUMPS)
    motion.setProperty("step", len(captions(p.content, Screen.DRUG_PUMPS)) - 1)
    skip_to_end_of_step(motion)
    p.qtbot.waitUntil(lambda: bool(motion.property("finished")), timeout=3000)
    assert not motion.property("playing")
    button = p.find("motionPlay_drug_pumps")
    assert button.property("text") == "Play"
    p.tap(button)
    assert motion.property("step") == 0 and motion.property("playing")


def test_it_stops_off_screen_and_the_idle_reset_takes_it_back_to_its_start(patient: Patient) -> None:
    p = patient
    motion = open_motion(p, Screen.NEUROSTIMULATORS)
    skip_to_end_of_step(motion)
    p.qtbot.waitUntil(lambda: motion.property("step") == 1, timeout=3000)
    # Scrolled away: it waits where it is.
    p.current_screen_item().setProperty("contentY", 0)
    p.frame()
    assert not motion.property("playing")
    p.scroll_into_view(motion)
    p.frame()
    assert motion.property("playing")
    # Another screen: it waits too.
    p.tap(p.nav_button("drug_pumps"))
    assert not motion.property("playing")
    assert motion.property("step") == 1
    # Nobody there: "Are you still there?", then the reset and the attract loop.
    p.tap(p.nav_button("neurostimulators"))
    p.scroll_into_view(motion)
    p.frame()
    assert motion.property("playing")
    p.wait_idle(p.session.idle.patience_s + 1)
    p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
    assert not motion.property("playing")
    p.wait_idle(p.session.idle.attract_after_s + 1)
    p.qtbot.waitUntil(lambda: p.session.screen is Screen.OVERVIEW)
    assert motion.property("step") == 0 and motion.property("stepElapsed") == 0
    assert not motion.property("playing")


@pytest.mark.parametrize("screen", THERAPIES, ids=lambda s: s.value)
def test_reduced_motion_shows_one_still_frame_with_every_caption(
    kiosk_factory: KioskFactory, content: Content, screen: Screen
) -> None:
    p = kiosk_factory(content, config="reduce_motion = true\n")
    motion = open_motion(p, screen)
    assert shown_captions(p, motion) == captions(content, screen)
    assert not motion.property("playing")
    assert not p.shows(f"motionPlay_{screen.value}") and not p.shows(f"motionReplay_{screen.value}")
    for _ in range(5):
        p.frame()
    assert motion.property("stepElapsed") == 0


def test_a_screen_reader_hears_what_it_shows_and_every_caption_in_each_language(
    kiosk_factory: KioskFactory, contents: dict[str, Content]
) -> None:
    p = kiosk_factory(contents)
    for language in BUNDLED:
        p.session.set_language(language.code)
        content = contents[language.code]
        for screen in THERAPIES:
            motion = open_motion(p, screen)
            page = content.pages[screen].how_it_works
            assert page is not None
            face = QAccessible.queryAccessibleInterface(p.find(f"motionPicture_{screen.value}"))
            assert face.role() == QAccessible.Role.Animation
            assert face.text(QAccessible.Text.Name) == page.heading
            description = face.text(QAccessible.Text.Description)
            assert description.startswith(page.description)
            for caption in captions(content, screen):
                assert caption in description
            assert shown_captions(p, motion)[0] == captions(content, screen)[0]
            assert p.find(f"motionHeading_{screen.value}").property("text") == page.heading


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_picture_caption_and_buttons_fit_in_one_view(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    p = kiosk_factory(contents, SIZES[size])
    for screen in THERAPIES:
        p.tap(p.nav_button(screen.value))
        for where in p.each_language_and_text_size():
            p.frame()  # laid out anew, and the screen's own scroll back to where it was done
            p.frame()
            motion = p.find(f"howItWorks_{screen.value}")
            view = p.current_screen_item()
            # Scrolled until its heading is at the top of the view.
            y = motion.mapToItem(view.property("contentItem"), QPointF(0, 0)).y()
            view.setProperty("contentY", min(y, view.property("contentHeight") - view.height()))
            p.frame()
            top = view.mapToScene(view.boundingRect().topLeft()).y()
            bottom = top + view.height()
            for name in (f"motionPicture_{screen.value}", f"motionPlay_{screen.value}", f"motionReplay_{screen.value}"):
                item = p.find(name)
                rect = item.mapRectToScene(item.boundingRect())
                assert top <= rect.top() and rect.bottom() <= bottom, f"{name} out of view at {size} {where}"
                assert rect.right() <= p.window.width(), f"{name} runs off the screen at {size} {where}"
            assert shown_captions(p, motion), f"no caption at {size} {where}"


def test_the_systems_own_reduce_motion_setting_stills_it_too(patient: Patient) -> None:
    p = patient
    motion = open_motion(p, Screen.DRUG_PUMPS)
    assert motion.property("playing")
    p.kiosk.display.set_system_motion(Qt.MotionPreference.ReducedMotion)
    p.frame()
    assert not motion.property("playing")
    assert shown_captions(p, motion) == captions(p.content, Screen.DRUG_PUMPS)
    p.kiosk.display.set_system_motion(Qt.MotionPreference.NoPreference)
    p.frame()
    assert motion.property("playing")


def test_its_buttons_are_reached_with_tab_and_pressed_with_space(patient: Patient) -> None:
    p = patient
    motion = open_motion(p, Screen.NEUROSTIMULATORS)
    button = tab_to(p, "motionPlay_neurostimulators")
    QTest.keyClick(p.window, Qt.Key.Key_Space)
    assert motion.property("userPaused")
    # The focused button was scrolled into view, so the patient sees what it stopped.
    assert p.on_screen(button) and not motion.property("playing")
    replay = tab_to(p, "motionReplay_neurostimulators", limit=3)
    QTest.keyClick(p.window, Qt.Key.Key_Return)
    assert replay.property("accessibleName") == "Play the animation again from the start"
    assert motion.property("step") == 0 and motion.property("playing")


def test_each_lasts_ten_to_twenty_seconds_in_each_language(
    kiosk_factory: KioskFactory, contents: dict[str, Content]
) -> None:
    """Long enough to read each caption slowly, short enough to watch to the end."""
    p = kiosk_factory(contents)
    for language in BUNDLED:
        p.session.set_language(language.code)
        for screen in THERAPIES:
            motion = open_motion(p, screen)
            motion.setProperty("userPaused", True)
            total = 0.0
            for step in range(len(captions(contents[language.code], screen))):
                motion.setProperty("step", step)
                total += motion.property("stepDuration")
            assert 10_000 <= total <= 20_000, f"{screen.value} in {language.code}: {total / 1000:.1f} s"
