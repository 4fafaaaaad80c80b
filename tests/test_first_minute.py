"""A patient's first minute (issue 27): the language of the slide touched, and a way to say
"I'm finished" that leaves nothing private for the next person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content.model import Content
from kiosk.session.choices import Language, TextSize
from kiosk.session.navigation import Screen
from tests.conftest import BUNDLED, ENGLISH, SPANISH, KioskFactory, Patient
from tests.test_accessibility import contrast, ring_drawn, theme_colours

SHORT = "idle_timeout_s = 20\nidle_countdown_s = 20\nattract_delay_s = 60\n"


def _attract(p: Patient) -> None:
    p.wait_idle(60)
    p.qtbot.waitUntil(lambda: p.shows("attractLoop"))


def _show_slide_in(p: Patient, words: str) -> None:
    """The loop moves on by itself every few seconds; the test moves it on until ``words`` show."""
    loop = p.find("attractLoop")
    for step in range(len(loop.property("slides"))):
        loop.setProperty("step", step)
        p.qtbot.waitUntil(lambda step=step: loop.property("shown") == step)
        if p.find("attractTouch").property("text") == words:
            return
    raise AssertionError(f"no slide says {words!r}")


@pytest.mark.parametrize(
    ("default", "touched", "words"),
    [("en", SPANISH, "Toque la pantalla para empezar"), ("es", ENGLISH, "Touch the screen to start")],
)
def test_the_slide_a_patient_touches_is_the_language_the_kiosk_opens_in(
    kiosk_factory: KioskFactory, contents: dict[str, Content], default: str, touched: Language, words: str
) -> None:
    p = kiosk_factory(contents, config=SHORT + f'language = "{default}"\n')
    _attract(p)
    _show_slide_in(p, words)
    p.tap(p.find("attractMessage"))
    p.qtbot.waitUntil(lambda: not p.shows("attractLoop"))
    assert p.session.language == touched
    assert p.visible_title() == contents[touched.code].title(Screen.OVERVIEW)
    # The next patient starts in the clinic's language again.
    _attract(p)
    assert p.session.language.code == default


@pytest.mark.parametrize("size", ["1920x1080", "1366x768", "1080x1920"])
def test_the_attract_loop_names_each_language_in_itself_and_one_tap_starts_in_it(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    """A patient who reads neither caption on show finds their language by its own name; the
    names stay whole on screen wherever the loop drifts."""
    width, height = map(int, size.split("x"))
    p = kiosk_factory(contents, (width, height), config=SHORT)
    for touched, words, other in (
        (SPANISH, "Touch the screen to start", ENGLISH),
        (ENGLISH, "Toque la pantalla para empezar", SPANISH),
    ):
        _attract(p)
        _show_slide_in(p, words)  # the slide on show is in the other language
        names = {code: p.find(f"attractLanguage_{code}") for code in ("en", "es")}
        assert [n.property("contentItem").property("text") for n in names.values()] == ["English", "Español"]
        screen = QRectF(0, 0, width, height)
        for name in names.values():
            assert p.on_screen(name) and screen.contains(name.mapRectToScene(QRectF(0, 0, name.width(), name.height())))
            assert name.height() >= 88, "a language's name is a full-size touch target"
        p.tap(names[touched.code])
        p.qtbot.waitUntil(lambda: not p.shows("attractLoop"))
        assert p.session.language == touched, f"{size}: touched {touched.code} beside a {other.code} slide"
        assert p.visible_title() == contents[touched.code].title(Screen.OVERVIEW)
        p.session.set_language("en")


def test_a_kiosk_with_one_language_offers_no_language_names_on_the_attract_loop(
    kiosk_factory: KioskFactory, contents: dict[str, Content]
) -> None:
    p = kiosk_factory(contents["es"], config=SHORT + 'language = "es"\n')
    _attract(p)
    assert not p.find("attractLanguages").isVisible()
    p.tap(p.find("attractMessage"))
    p.qtbot.waitUntil(lambda: not p.shows("attractLoop"))
    assert p.session.language == SPANISH


def test_a_tap_draws_no_focus_ring_and_the_keyboard_draws_one_not_red(patient: Patient) -> None:
    """After a tap, the first button of the text-size dialog has the focus (for a keyboard that
    follows) but shows no ring, so no second size looks chosen; the first Tab shows one, blue."""
    patient.tap(patient.find("displayButton"))
    patient.settle()
    first = patient.window.activeFocusItem()
    assert first is not None and first.property("focusRing") is False
    assert not ring_drawn(patient.window, first)
    QTest.keyClick(patient.window, Qt.Key.Key_Tab)
    patient.settle()
    focused = patient.window.activeFocusItem()
    assert focused.property("focusRing") is True
    assert ring_drawn(patient.window, focused)
    ring = theme_colours(False)["focusRing"]
    assert ring.hue() not in range(0, 30) and ring.hue() < 330  # not a red, orange or brown
    # A touch again: the ring goes.
    patient.tap(focused)
    patient.settle()
    assert not any(item.property("focusRing") for item in patient.items() if item.property("focusRing") is not None)


FINISH_SIZES = {"1920x1080": (1920, 1080), "1366x768": (1366, 768), "1080x1920": (1080, 1920)}


def _a_private_visit(p: Patient) -> str:
    """A patient saves a question, opens its answer and reads My list in large text."""
    item = p.content.faq.items[-1]
    p.session.go(Screen.FAQ)
    p.toggle_faq(len(p.content.faq.items) - 1)
    p.session.set_saved((f"faq:{item.id}",))
    p.session.go(Screen.MY_QUESTIONS)
    p.settle()
    return item.question


@pytest.mark.parametrize("size", FINISH_SIZES, ids=str)
def test_im_finished_asks_once_then_leaves_nothing_for_the_next_person(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    p = kiosk_factory(contents, FINISH_SIZES[size], config=SHORT)
    for where in p.each_language_and_text_size():
        question = _a_private_visit(p)
        assert question in p.visible_texts(), where
        finish = p.find("finishButton")
        assert p.on_screen(finish), where
        # No: the question is asked and nothing is lost.
        p.tap(finish)
        p.qtbot.waitUntil(lambda: p.shows("finishDialog"))
        p.frame()
        for name in ("finishYes", "finishNo"):
            button = p.find(name)
            rect = button.mapRectToScene(button.boundingRect())
            assert rect.top() >= 0 and rect.bottom() <= p.window.height(), f"{where}: {name} is out of view"
        p.tap(p.find("finishNo"))
        p.qtbot.waitUntil(lambda: not p.shows("finishDialog"))
        assert p.session.saved_questions and p.session.screen is Screen.MY_QUESTIONS, where
        # Yes: cleared at once, and the attract loop greets the next person in the clinic's language.
        p.tap(finish)
        p.qtbot.waitUntil(lambda: p.shows("finishDialog"))
        p.tap(p.find("finishYes"))
        p.qtbot.waitUntil(lambda: p.shows("attractLoop") and not p.shows("finishDialog"))
        assert p.session.saved_questions == () and p.session.open_faq == frozenset(), where
        assert p.session.language == ENGLISH and p.session.screen is Screen.OVERVIEW, where
        # The next person's first touch: Overview, nothing of the last visit.
        p.tap(p.find("attractMessage"))
        p.qtbot.waitUntil(lambda: not p.shows("attractLoop"))
        p.settle()
        assert p.visible_title() == p.content.title(Screen.OVERVIEW), where
        assert p.find("myQuestionsButton").property("text").endswith("(0)"), where
        # each_language_and_text_size goes on from the language and size it set.
        p.session.set_language(where.split()[0])
        p.session.set_text_size(TextSize(where.split()[1]))


def test_im_finished_by_keyboard_keeps_reading_on_enter_and_escape(patient: Patient) -> None:
    """Focus starts on "No, keep reading": Enter alone never clears a patient's list."""
    patient.session.set_saved((f"faq:{patient.content.faq.items[0].id}",))
    patient.find("finishButton").forceActiveFocus()
    QTest.keyClick(patient.window, Qt.Key.Key_Return)
    patient.qtbot.waitUntil(lambda: patient.shows("finishDialog"))
    patient.qtbot.waitUntil(lambda: patient.window.activeFocusItem() is patient.find("finishNo"))
    QTest.keyClick(patient.window, Qt.Key.Key_Return)
    patient.qtbot.waitUntil(lambda: not patient.shows("finishDialog"))
    assert patient.session.saved_questions
    patient.find("finishButton").forceActiveFocus()
    QTest.keyClick(patient.window, Qt.Key.Key_Return)
    patient.qtbot.waitUntil(lambda: patient.shows("finishDialog"))
    QTest.keyClick(patient.window, Qt.Key.Key_Escape)
    patient.qtbot.waitUntil(lambda: not patient.shows("finishDialog"))
    assert patient.session.saved_questions
    # Tab to "Yes" and press it: cleared.
    patient.find("finishButton").forceActiveFocus()
    QTest.keyClick(patient.window, Qt.Key.Key_Return)
    patient.qtbot.waitUntil(lambda: patient.window.activeFocusItem() is patient.find("finishNo"))
    QTest.keyClick(patient.window, Qt.Key.Key_Tab)
    assert patient.window.activeFocusItem() is patient.find("finishYes")
    QTest.keyClick(patient.window, Qt.Key.Key_Return)
    patient.qtbot.waitUntil(lambda: patient.shows("attractLoop"))
    assert patient.session.saved_questions == ()


def _scene(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


@pytest.mark.parametrize("size", FINISH_SIZES, ids=str)
def test_the_language_and_text_size_controls_stay_under_the_finger(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    """A patient who taps Español, or chooses Extra large, finds the control where the finger
    was: the same place and width in both languages and at every size, outlined as a button."""
    p = kiosk_factory(contents, FINISH_SIZES[size])
    language_button, display_button = p.find("languageButton"), p.find("displayButton")
    places: set[tuple[float, float, float, float]] = set()
    for text_size in TextSize:
        for language in BUNDLED:
            p.session.set_text_size(text_size)
            p.session.set_language(language.code)
            p.frame()
            spot = p.center_of(language_button)
            p.tap(language_button)
            p.qtbot.waitUntil(lambda language=language: p.session.language is not language)
            p.frame()
            where = f"{size} {language.code} {text_size.value}"
            assert _scene(language_button).contains(QPointF(spot)), f"{where}: the language button moved away"
            places.add((_scene(language_button).left(), _scene(language_button).width(),
                        _scene(display_button).right(), 0))  # fmt: skip
            # The text size, chosen in the dialog: the button that opened it is still there after.
            spot = p.center_of(display_button)
            p.tap(display_button)
            p.qtbot.waitUntil(lambda: p.shows("displayPanel"))
            for choice in TextSize:
                p.tap(p.find(f"textSize_{choice.value}"))
                p.frame()
                assert _scene(display_button).contains(QPointF(spot)), f"{where} -> {choice.value}: it moved"
            p.tap(p.find("displayDone"))
            p.qtbot.waitUntil(lambda: not p.shows("displayPanel"))
    assert len(places) == 1, f"{size}: the controls stand in {len(places)} places"
    # Outlined, so they read as buttons and not as plain words (the pixel inside the left edge).
    p.session.set_text_size(TextSize.STANDARD)
    picture = p.window.grabWindow()
    outline = theme_colours(False)["outline"]
    for button in (language_button, display_button):
        rect = _scene(button)
        assert picture.pixelColor(int(rect.left()) + 1, int(rect.center().y())) == outline, button.objectName()


def test_the_outline_of_a_button_without_a_fill_stands_out() -> None:
    for high_contrast in (False, True):
        palette = theme_colours(high_contrast)
        for ground in ("surfaceAlt", "surface", "background"):
            ratio = contrast(palette["outline"], palette[ground])
            assert ratio >= 3, f"outline on {ground}: {ratio:.2f}:1 (WCAG 1.4.11 asks 3:1)"


def _scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _descendant(item: QQuickItem, name: str) -> QQuickItem:
    stack = [item]
    while stack:
        part = stack.pop()
        if part.objectName() == name:
            return part
        stack.extend(part.childItems())
    raise AssertionError(f"no {name} in {item.objectName()}")


def _paragraphs(item: QQuickItem) -> list[QQuickItem]:
    found, stack = [], [item]
    while stack:
        part = stack.pop()
        if part.metaObject().className().startswith("RichParagraph") and part.isVisible() and part.height() > 0:
            found.append(part)
        stack.extend(part.childItems())
    return found


@pytest.mark.parametrize("size", ["1366x768", "1920x1080", "1080x1920"])
def test_the_first_view_of_a_page_starts_its_text_at_every_size(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    """Even on a 1366x768 screen at Extra large, a page opens with its words, not only its title:
    half the height or more is the page, and its title, its subtitle whole, its sections' chips
    and a whole line of its first section's text are in the first view (issue 27 point 3)."""
    width, height = map(int, size.split("x"))
    p = kiosk_factory(contents, (width, height))
    for where in p.each_language_and_text_size():
        content = contents[p.session.language.code]
        for screen in (Screen.OVERVIEW, Screen.NEUROSTIMULATORS, Screen.DRUG_PUMPS):
            p.session.go(screen)
            p.settle()
            p.frame()
            page = _scene_rect(p.find("mainSwipe"))
            assert page.height() >= 0.5 * height, f"{where} {screen.value}: the page has {page.height() / height:.0%}"
            for name in (f"pageTitle_{screen.value}", f"pageSubtitle_{screen.value}", "sectionChips"):
                part = [i for i in p.find_all(name) if p.on_screen(i)]
                whole = part and page.contains(_scene_rect(part[0]))
                assert whole, f"{where} {screen.value}: {name} is not whole in view"
            first = _descendant(p.current_screen_item(), f"section_{content.pages[screen].sections[0].id}")
            text = min(_paragraphs(first), key=lambda t: _scene_rect(t).top())
            line = text.property("font").pixelSize() * 1.3
            assert _scene_rect(text).top() + line <= page.bottom(), (
                f"{where} {screen.value}: no line of the page's text shows in the first view"
            )


@pytest.mark.parametrize("language", ["en", "es"])
def test_on_a_short_screen_the_chips_slide_sideways_and_the_screen_stays(
    kiosk_factory: KioskFactory, contents: dict[str, Content], language: str
) -> None:
    """At 1366x768 and Extra large the chips stand in one row: a sideways slide on it shows the
    rest and keeps the screen (it is not a swipe to the next screen); a tap on one jumps to it."""
    p = kiosk_factory(contents, (1366, 768))
    p.session.set_language(language)
    p.session.set_text_size(TextSize.EXTRA_LARGE)
    p.tap(p.nav_button("drug_pumps"))
    p.settle()
    strip = next(s for s in p.find_all("sectionChips") if p.on_screen(s))
    shown = _scene_rect(strip)
    last = contents[language].pages[Screen.DRUG_PUMPS].sections[-1]
    chip = p.find(f"chip_{last.id}")
    assert not shown.contains(_scene_rect(chip)), "the last chip should be beyond the edge at this size"
    y = int(shown.center().y())
    p.drag(QPoint(int(shown.right()) - 40, y), QPoint(int(shown.left()) + 40, y))
    p.qtbot.waitUntil(lambda: not strip.property("moving"))
    p.settle()
    assert p.session.screen is Screen.DRUG_PUMPS, "a slide on the chips changed the screen"
    assert shown.contains(_scene_rect(chip))
    p.tap(chip)
    p.frame()
    heading = _scene_rect(p.find(f"sectionHeading_{last.id}"))
    page = _scene_rect(p.find("mainSwipe"))
    assert page.contains(heading), "the tapped chip's section is not in view"
