"""Readable, reachable, usable without sight: every screen walked in both orientations, at every
text size, in both themes."""

from __future__ import annotations

import itertools
import re

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk.content.model import Content
from kiosk.content.reader import load_content
from kiosk.files.resources import content_root, qml_root
from kiosk.session.choices import TextSize
from kiosk.session.navigation import Screen
from tests.conftest import LANDSCAPE, PORTRAIT, KioskFactory, Patient

TEXT_SIZES = ("standard", "large", "extra_large")
MIN_TARGET = 44
MIN_GAP = 8


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def theme_colours(high_contrast: bool) -> dict[str, QColor]:
    """The palette as Theme.qml defines it: ``name: highContrast ? "#hc" : "#standard"``."""
    text = (qml_root() / "Kiosk" / "Theme.qml").read_text(encoding="utf-8")
    pattern = r'property color (\w+): highContrast \? "(#[0-9A-Fa-f]{6})" : "(#[0-9A-Fa-f]{6})"'
    return {name: QColor(hc if high_contrast else std) for name, hc, std in re.findall(pattern, text)}


def _is_target(item: QQuickItem) -> bool:
    return item.metaObject().className().startswith("TouchButton") or item.objectName().startswith("faqQuestion_")


def _scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _shown_rect(item: QQuickItem) -> QRectF:
    """The part of ``item`` not clipped away by an item around it (a row of chips that slides
    sideways shows only some of them): where a patient can see and touch it."""
    rect = _scene_rect(item)
    ancestor = item.parentItem()
    while ancestor is not None and not rect.isEmpty():
        if ancestor.clip():
            rect = rect.intersected(_scene_rect(ancestor))
        ancestor = ancestor.parentItem()
    return rect


def ring_drawn(window: QQuickWindow, item: QQuickItem) -> bool:
    """The pixel just inside the item's left edge is in the theme's focus colour."""
    rect = _scene_rect(item)
    edge = window.grabWindow().pixelColor(int(rect.left()) + 1, int(rect.center().y()))
    return edge == theme_colours(False)["focusRing"]


def _in_view(
    p: Patient, item: QQuickItem, screens: list[QQuickItem] | None = None, screen: QQuickItem | None = None
) -> bool:
    """Visible and inside the window, and (for content) inside the current screen's viewport.
    A walk over every item passes ``screens`` and ``screen`` found once (finding them walks
    every item again)."""
    if not item.isVisible() or item.opacity() == 0 or item.width() <= 0 or item.height() <= 0:
        return False
    rect = _shown_rect(item)
    window = QRectF(0, 0, p.window.width(), p.window.height())
    if rect.isEmpty() or not window.intersects(rect):
        return False
    if screen is None:
        screen = p.current_screen_item()
    if screens is None:
        screens = [i for i in p.items() if i.objectName().startswith("screen_")]
    if any(other is not screen and other.isAncestorOf(item) for other in screens):
        return False
    if screen.isAncestorOf(item):
        return _scene_rect(screen).intersects(rect)
    return True


def _walk_checks(p: Patient, where: str) -> list[str]:
    problems: list[str] = []
    width = p.window.width()
    targets: list[tuple[str, QRectF]] = []
    items = list(p.items())
    screens = [i for i in items if i.objectName().startswith("screen_")]
    screen = p.current_screen_item()
    screen_rect = _scene_rect(screen)
    for item in items:
        if not _in_view(p, item, screens, screen):
            continue
        rect = _shown_rect(item)
        name = item.objectName() or item.metaObject().className()
        if item.inherits("QQuickTextEdit"):  # a RichParagraph's text (read-only)
            words = repr(item.parentItem().property("plain")[:40])
            if item.property("contentWidth") > item.width() + 1.5:
                problems.append(f"{where}: paragraph {words} is wider than its box")
            if rect.right() > width + 1 or rect.left() < -1:
                problems.append(f"{where}: paragraph {words} runs off the screen")
        if item.inherits("QQuickText"):
            text = item.property("text")
            if not text:
                continue
            if item.property("truncated"):
                problems.append(f"{where}: text {text[:40]!r} is elided or clipped")
            if item.property("contentWidth") > item.width() + 1.5:
                problems.append(f"{where}: text {text[:40]!r} is wider than its box")
            if rect.right() > width + 1 or rect.left() < -1:
                problems.append(f"{where}: text {text[:40]!r} runs off the screen sideways")
            parent = item.parentItem()
            while parent is not None and not _is_target(parent):
                parent = parent.parentItem()
            if parent is not None:
                outer = _scene_rect(parent).adjusted(-1, -1, 1, 1)
                if not outer.contains(rect):
                    problems.append(f"{where}: label {text[:30]!r} sticks out of its button")
        if _is_target(item):
            if item.width() < MIN_TARGET or item.height() < MIN_TARGET:
                problems.append(f"{where}: target {name} is {item.width():.0f}×{item.height():.0f}")
            # A target scrolled partly out of view can only be touched where it shows.
            targets.append((name, rect.intersected(screen_rect) if screen.isAncestorOf(item) else rect))
    for (name_a, a), (name_b, b) in itertools.combinations(targets, 2):
        near = a.adjusted(-MIN_GAP + 0.5, -MIN_GAP + 0.5, MIN_GAP - 0.5, MIN_GAP - 0.5).intersects(b)
        if near and not (a.contains(b) or b.contains(a)):
            problems.append(f"{where}: targets {name_a} and {name_b} are closer than {MIN_GAP} px")
    return problems


@pytest.mark.slow
@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_every_screen_reflows_at_every_text_size(
    kiosk_factory: KioskFactory, content: Content, size: tuple[int, int], high_contrast: bool
) -> None:
    p = kiosk_factory(content, size)
    p.session.set_high_contrast(high_contrast)
    problems: list[str] = []
    for text_size in TEXT_SIZES:
        p.session.set_text_size(TextSize(text_size))
        for screen in Screen:
            p.session.go(screen)
            if screen is Screen.FAQ:
                p.toggle_faq(0)
            p.settle()
            flick = p.current_screen_item()
            # Walk the whole screen, a viewport at a time, as a patient scrolls it.
            room = flick.property("contentHeight") - flick.height()
            y = 0.0
            while True:
                flick.setProperty("contentY", min(y, max(0.0, room)))
                p.frame()
                problems += _walk_checks(p, f"{screen.value}/{text_size}/y={y:.0f}")
                if y >= room:
                    break
                y += flick.height() * 0.8
            flick.setProperty("contentY", 0)
            if screen is Screen.FAQ:
                p.toggle_faq(0)
    assert problems == [], "\n".join(sorted(set(problems))[:40])


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_contrast_of_the_theme_colours(high_contrast: bool) -> None:
    palette = theme_colours(high_contrast)
    assert len(palette) >= 14

    def c(name: str) -> QColor:
        return palette[name]

    body = [("text", "background"), ("text", "surface"), ("text", "surfaceAlt"), ("textMuted", "background"),
            ("textMuted", "surface"), ("link", "surface"), ("link", "background"), ("primaryDark", "surface"),
            ("primaryDark", "primarySoft"), ("primaryDark", "background"), ("accent", "surface"),
            ("primaryDark", "pressed")]  # fmt: skip
    large = [("textOnPrimary", "primary"), ("primary", "surface")]
    for fg, bg in body:
        assert contrast(c(fg), c(bg)) >= 7, f"{fg} on {bg}: {contrast(c(fg), c(bg)):.2f}:1"
    for fg, bg in large:
        assert contrast(c(fg), c(bg)) >= 4.5, f"{fg} on {bg}: {contrast(c(fg), c(bg)):.2f}:1"


def test_theme_switch_changes_what_is_painted(patient: Patient) -> None:
    before = patient.window.grabWindow()
    patient.in_display_panel("contrastButton")
    assert patient.session.high_contrast
    after = patient.window.grabWindow()
    assert after.pixelColor(5, 400) != before.pixelColor(5, 400)
    assert after.pixelColor(5, 400) == QColor("#000000")


def test_text_size_buttons_scale_the_body_text(patient: Patient) -> None:
    paragraph = next(i for i in patient.items() if i.metaObject().className().startswith("RichParagraph"))
    standard = paragraph.property("font").pixelSize()
    assert standard >= 24
    nav_label = patient.nav_button("overview").property("labelSize")
    patient.in_display_panel("textSize_extra_large")
    assert patient.session.text_size is TextSize.EXTRA_LARGE
    assert paragraph.property("font").pixelSize() == round(standard * 1.5)
    # Labels of the navigation grow too (a little less than body text).
    assert patient.nav_button("overview").property("labelSize") > nav_label
    patient.tap(patient.find("displayButton"))
    assert patient.find("textSize_extra_large").property("checked")
    assert patient.find("textSize_extra_large").property("accessibleName") == "Extra large text size"


def test_targets_are_at_least_9_mm_on_the_real_screen(patient: Patient) -> None:
    dpi = patient.window.screen().physicalDotsPerInch()
    minimum = 9 / 25.4 * dpi
    targets = [i for i in patient.items() if _is_target(i) and _in_view(patient, i)]
    assert len(targets) >= 8
    for item in targets:
        assert min(item.width(), item.height()) >= minimum, item.objectName()


def test_portrait_puts_controls_and_navigation_in_the_lower_part(portrait_patient: Patient) -> None:
    p = portrait_patient
    height = p.window.height()
    for name in ("nav_overview", "nav_faq", "displayButton"):
        assert p.center_of(p.find(name)).y() > height * 0.6, name
    p.tap(p.find("displayButton"))
    for name in ("textSize_large", "contrastButton", "displayDone"):
        assert p.center_of(p.find(name)).y() > height * 0.6, name


def test_landscape_controls_stay_on_screen(patient: Patient) -> None:
    for name in ("displayButton", "myQuestionsButton", "referencesButton"):
        assert _in_view(patient, patient.find(name))
    assert not patient.find("languageButton").isVisible()  # English only here: nothing to switch to
    patient.tap(patient.find("displayButton"))
    for name in ("textSize_standard", "textSize_extra_large", "contrastButton", "displayDone"):
        assert _in_view(patient, patient.find(name))


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_small_landscape_screen_keeps_the_header_readable(
    kiosk_factory: KioskFactory, content: Content, language: str
) -> None:
    """1366×768 is a common all-in-one touchscreen: the header stays low and readable, and the
    display controls sit at the end of the disclaimer line, near the navigation."""
    contents = {"en": content, "es": load_content(content_root() / "es")}
    p = kiosk_factory(contents, (1366, 768))
    p.session.set_language(language)
    for text_size in TEXT_SIZES:
        p.session.set_text_size(TextSize(text_size))
        p.settle()
        p.frame()  # layouts polish before the frame is drawn
        title = _scene_rect(p.find("appTitle"))
        header = _scene_rect(p.find("appTitle").parentItem())
        assert header.height() <= 768 * 0.16, f"{text_size}: the header is {header.height():.0f} px tall"
        for item in p.items():
            if _is_target(item) and _in_view(p, item):
                assert not _scene_rect(item).intersects(title), f"{text_size}: {item.objectName()} covers the title"
        assert _walk_checks(p, f"{language}/{text_size}") == []
    assert p.center_of(p.find("displayButton")).y() > 768 / 2


def test_every_control_has_an_accessible_name(patient: Patient) -> None:
    for screen in Screen:
        patient.session.go(screen)
        patient.settle()
        for item in patient.items():
            if _is_target(item) and _in_view(patient, item):
                name = item.property("accessibleName") or item.property("Accessible.name")
                if item.objectName().startswith("faqQuestion_"):
                    name = item.parentItem().property("question")
                assert name, f"{item.objectName()} on {screen.value} has no accessible name"


def test_tab_reaches_every_control_and_enter_activates(patient: Patient, content: Content) -> None:
    window = patient.window
    window.requestActivate()
    seen: list[str] = []
    stops: list[QQuickItem] = []
    for _ in range(400):  # every link on the page is a stop too (a study cited twice: two stops)
        QTest.keyClick(window, Qt.Key.Key_Tab)
        focus = window.activeFocusItem()
        if focus is None or any(focus is stop for stop in stops):
            break
        stops.append(focus)
        seen.append(focus.objectName())
    for name in ("referencesButton", "displayButton", "nav_overview", "nav_faq"):
        assert name in seen, f"{name} not reached by Tab: {seen}"
    # Header before navigation: the order follows the screen from top to bottom.
    assert seen.index("referencesButton") < seen.index("nav_overview")
    while window.activeFocusItem().objectName() != "nav_faq":
        QTest.keyClick(window, Qt.Key.Key_Tab)
    # The focus ring is painted: the button's edge shows the theme's focus colour.
    assert ring_drawn(window, window.activeFocusItem())
    QTest.keyClick(window, Qt.Key.Key_Return)
    patient.settle()
    assert patient.visible_title() == content.title(Screen.FAQ)
    # Chosen with the keys: the patient reads on from the screen's title (a screen reader says it).
    patient.qtbot.waitUntil(lambda: window.activeFocusItem().objectName() == "pageTitle_faq")


def test_faq_questions_work_from_the_keyboard(patient: Patient) -> None:
    patient.tap(patient.nav_button("faq"))
    window = patient.window
    for _ in range(60):
        QTest.keyClick(window, Qt.Key.Key_Tab)
        if window.activeFocusItem().objectName().startswith("faqQuestion_"):
            break
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert patient.open_answers() == [patient.content.faq.items[0].id]


def test_the_bundled_font_is_used_everywhere(patient: Patient) -> None:
    assert QGuiApplication.font().family() == "Atkinson Hyperlegible"
    texts = [i for i in patient.items() if i.inherits("QQuickText") and i.property("text")]
    words = [t for t in texts if not t.metaObject().className().startswith("Icon")]  # icons are glyphs
    assert words
    assert {t.property("font").family() for t in words} == {"Atkinson Hyperlegible"}


def test_screen_text_for_reading_aloud(patient: Patient, content: Content) -> None:
    patient.tap(patient.nav_button("drug_pumps"))
    text = patient.kiosk.speech.text_on_top()
    assert text.startswith(content.title(Screen.DRUG_PUMPS))
    assert "[^" not in text and "[[" not in text
