"""The waiting-room experience: pages seen at a glance, small screens first-class, text size that
scales everything, names that cannot be confused, and an attract loop that invites."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, QPoint, QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickItem

from kiosk.content.model import Content
from kiosk.session.choices import TextSize
from kiosk.session.navigation import MAIN_SCREENS, Screen
from tests.conftest import KioskFactory, Patient
from tests.test_kiosk_behaviour import PIN, _enter, _open_keypad, _with_pin

SIZES = {"1920x1080": (1920, 1080), "1366x768": (1366, 768), "1080x1920": (1080, 1920)}


def _rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _page_area(p: Patient) -> QRectF:
    """Where the page scrolls: between the header and the disclaimer line."""
    return _rect(p.find("mainSwipe"))


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_page_keeps_most_of_the_screen_at_every_text_size(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str, language: str
) -> None:
    width, height = SIZES[size]
    p = kiosk_factory(contents, (width, height))
    p.session.set_language(language)
    for text_size in TextSize:
        p.session.set_text_size(text_size)
        p.settle()
        p.frame()
        share = _page_area(p).height() / height
        assert share >= 0.6, f"{language} {size} {text_size.value}: the page has {share:.0%} of the height"
        title = p.find("appTitle")
        assert not title.property("truncated"), f"{language} {size} {text_size.value}: the app title is cut"


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "es"])
def test_titles_and_labels_never_break_inside_a_word(
    kiosk_factory: KioskFactory, contents: dict[str, Content], language: str
) -> None:
    """Headings wrap between words only, and a word too wide shrinks its title instead: checked
    on the narrowest screen at the largest size, where "Neuroestimuladores" is longest."""
    p = kiosk_factory(contents, SIZES["1080x1920"])
    p.session.set_language(language)
    p.session.set_text_size(TextSize.EXTRA_LARGE)
    for screen in Screen:
        p.session.go(screen)
        p.settle()
        p.frame()
        for item in p.items():
            if not item.inherits("QQuickText") or not item.isVisible() or not item.property("text"):
                continue
            kind = item.metaObject().className()
            grandparent = item.parentItem().parentItem() if item.parentItem() is not None else None
            in_button = grandparent is not None and grandparent.metaObject().className().startswith("TouchButton")
            if kind.startswith("Heading") or in_button:
                if kind.startswith("Heading"):
                    assert item.property("wordsStayWhole"), (
                        f"{screen.value}: {item.property('text')!r} may break a word"
                    )
                assert item.property("contentWidth") <= item.width() + 1.5, f"{item.property('text')!r} is too wide"


def test_a_therapy_page_opens_with_its_sections_as_chips_that_jump_to_them(patient: Patient, content: Content) -> None:
    patient.tap(patient.nav_button("drug_pumps"))
    page = content.pages[Screen.DRUG_PUMPS]
    assert len(page.sections) >= 6
    for section in page.sections:
        chip = patient.find(f"chip_{section.id}")
        assert patient.on_screen(chip), f"chip {section.id} is not in the first view"
        assert chip.property("text") == (section.chip or section.heading)
    target = page.sections[-2]
    patient.tap(patient.find(f"chip_{target.id}"))
    patient.frame()
    heading = patient.find(f"sectionHeading_{target.id}")
    top = _rect(heading).top() - _page_area(patient).top()
    assert 0 <= top <= 120, f"the section heading is {top:.0f} px below the top of the page"


def test_the_hero_picture_is_at_most_a_quarter_of_the_first_view(kiosk_factory: KioskFactory, content: Content) -> None:
    for width, height in SIZES.values():
        p = kiosk_factory(content, (width, height))
        for screen in MAIN_SCREENS:
            p.session.go(screen)
            p.settle()
            image = p.find(f"pageImage_{screen.value}")
            assert image.height() <= _page_area(p).height() * 0.25 + 1, f"{width}x{height} {screen.value}"


def test_the_first_view_at_1080p_shows_every_topic_and_the_first_questions(patient: Patient, content: Content) -> None:
    """Every one of the 30 questions is under a topic whose chip is in the first view (one tap
    brings it up: tests/test_faq.py), and the first topic's questions start in that view too."""
    patient.tap(patient.nav_button("faq"))
    area = _page_area(patient)
    for topic in content.faq.topics:
        assert area.contains(_rect(patient.find(f"chip_{topic.id}"))), f"the {topic.id} chip is not in the first view"
    assert area.contains(_rect(patient.find(f"faqTopic_{content.faq.topics[0].id}")))
    whole = [i for i in content.faq.items if area.contains(_rect(patient.find(f"faqQuestion_{i.id}")))]
    assert len(whole) >= 3, f"only {len(whole)} questions fit the first view"


def test_the_faq_and_the_list_have_names_that_cannot_be_confused(
    kiosk_factory: KioskFactory, contents: dict[str, Content]
) -> None:
    p = kiosk_factory(contents)
    for language, faq, mine in (("en", "Common questions", "My list to ask"), ("es", "Preguntas comunes", "Mi lista")):
        p.session.set_language(language)
        p.settle()
        assert p.nav_button("faq").property("text") == faq
        assert p.find("myQuestionsButton").property("text").startswith(mine)


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_the_header_does_not_shift_as_the_list_grows(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    """The count in "My list to ask (N)" changes under a patient's eyes: nothing around it may
    move, from none to ten questions, in either language, at any text size."""
    p = kiosk_factory(contents, SIZES[size])
    names = ("myQuestionsButton", "referencesButton", "appTitle", "languageButton", "displayButton", "mainSwipe")

    def positions() -> list[QRectF]:
        p.frame()
        return [_rect(p.find(n)) for n in names]

    faq = [f"faq:{item.id}" for item in contents["en"].faq.items[:10]]
    for where in p.each_language_and_text_size():
        p.kiosk.my_questions.clear()
        before = positions()
        for count, key in enumerate(faq, start=1):
            p.kiosk.my_questions.toggle(key)
            moved = [n for n, a, b in zip(names, before, positions(), strict=True) if a != b]
            assert not moved, f"{where}: {moved} moved at {count} question(s)"
        assert p.find("myQuestionsButton").property("text").endswith("(10)")


@pytest.mark.parametrize("change", ["text size", "language"])
def test_the_reading_position_stays_when_size_or_language_changes(
    kiosk_factory: KioskFactory, contents: dict[str, Content], change: str
) -> None:
    p = kiosk_factory(contents)
    p.tap(p.nav_button("drug_pumps"))
    target = contents["en"].pages[Screen.DRUG_PUMPS].sections[5]
    p.tap(p.find(f"chip_{target.id}"))
    x = p.window.width() // 2
    p.drag(QPoint(x, 700), QPoint(x, 600))  # and a little further, as a patient reads on
    p.frame()
    card = p.find(f"section_{target.id}")
    assert _rect(card).top() < _page_area(p).top() + 200
    if change == "text size":
        p.session.set_text_size(TextSize.EXTRA_LARGE)
    else:
        p.session.set_language("es")
    p.frame()
    p.frame()
    area, rect = _page_area(p), _rect(card)
    assert rect.top() <= area.top() + 200 and rect.bottom() > area.top(), "the section left the top of the view"


def test_the_attract_loop_invites_in_both_languages_under_matching_pictures(
    kiosk_factory: KioskFactory, contents: dict[str, Content]
) -> None:
    p = kiosk_factory(contents, config="idle_timeout_s = 20\nidle_countdown_s = 20\nattract_delay_s = 60\n")
    p.tap(p.nav_button("faq"))
    p.wait_idle(61)
    p.qtbot.waitUntil(lambda: p.shows("attractLoop"))
    slides = p.kiosk.attract.property("slides")
    assert [s["language"] for s in slides[:4]] == ["en", "es", "en", "es"]  # the languages alternate
    pictures = {
        contents["en"].pages[Screen.OVERVIEW].illustration.image: "chronic pain",
        contents["en"].pages[Screen.NEUROSTIMULATORS].illustration.image: "neurostimulator",
        contents["en"].pages[Screen.DRUG_PUMPS].illustration.image: "drug pump",
    }
    spanish = {"chronic pain": "dolor crónico", "neurostimulator": "neuroestimulador", "drug pump": "bomba"}
    for slide in slides:
        name = slide["image"].rsplit("/", 1)[-1]
        if name in pictures:
            words = pictures[name] if slide["language"] == "en" else spanish[pictures[name]]
            assert words in slide["text"].lower(), f"{name} is shown over {slide['text']!r}"
    touch = {s["touch"] for s in slides}
    assert touch == {"Touch the screen to start", "Toque la pantalla para empezar"}
    loop, message = p.find("attractLoop"), p.find("attractMessage")
    shown = [message.property("text")]
    for step in range(1, 4):
        loop.setProperty("step", step)
        p.qtbot.waitUntil(lambda: message.property("text") != shown[-1])  # it fades over
        shown.append(message.property("text"))
    assert shown == [s["text"] for s in slides[:4]]


def _with_first_paragraph(content: Content, text: str) -> Content:
    """The overview's first section opening with ``text``."""
    page = content.pages[Screen.OVERVIEW]
    first = replace(page.sections[0], paragraphs=(text, *page.sections[0].paragraphs))
    pages = {**content.pages, Screen.OVERVIEW: replace(page, sections=(first, *page.sections[1:]))}
    return replace(content, pages=pages)


def _ink_rows(image: QImage, rect: QRectF) -> list[float]:
    """Rows of ``rect`` (window pixels) inked across nearly its whole width: underlines, never
    letters, which leave gaps (and a space between words leaves a gap in every letter row)."""
    left, right = math.ceil(rect.left()) + 2, math.floor(rect.right()) - 2
    rows = []
    for y in range(math.floor(rect.top()), math.ceil(rect.bottom())):
        inked = sum(QColor(image.pixel(x, y)).lightness() < 200 for x in range(left, right))
        if inked >= 0.95 * (right - left):
            rows.append(y - rect.top())
    return rows


def test_a_glossary_underline_stays_under_its_words_beside_a_citation(
    kiosk_factory: KioskFactory, contents: dict[str, Content]
) -> None:
    """Qt draws the underlines of a paragraph that ends in a superscript (a citation) at the
    superscript's height, through the words: checked on a line holding both, every text size,
    both languages."""
    lines = {
        "en": "[[Nerve pain|nerve-pain]] in a leg[^kumar2007]",
        "es": "[[Dolor|nerve-pain]] de pierna[^kumar2007]",
    }
    plain = {"en": "Nerve pain in a leg", "es": "Dolor de pierna"}
    p = kiosk_factory({lang: _with_first_paragraph(c, lines[lang]) for lang, c in contents.items()})
    for language in ("en", "es"):
        p.session.set_language(language)
        for text_size in TextSize:
            p.session.set_text_size(text_size)
            p.settle()
            paragraph = next(
                i for i in p.find_all("link_term:nerve-pain") if i.parentItem().property("plain") == plain[language]
            ).parentItem()
            p.wait_still(paragraph)  # the page keeps its reading position through the size change
            p.scroll_into_view(paragraph)
            p.wait_still(paragraph)
            places = paragraph.property("places").toVariant()
            words = places[0]["words"]
            assert len(words) == 1 and places[1]["words"][0].y() == words[0].y(), "the term and citation share a line"
            line = paragraph.mapRectToScene(words[0])
            assert _page_area(p).contains(line), "the line is in view"
            rows = _ink_rows(p.window.grabWindow(), line)
            where = f"{language} {text_size.value}"
            assert rows, f"{where}: the term is not underlined"
            assert min(rows) >= 0.66 * line.height(), (
                f"{where}: the underline is {min(rows):.0f} px into a {line.height():.0f} px line"
            )


TYPE_SCALE = ("bodySize", "questionSize", "smallSize", "headingSize", "titleSize", "subtitleSize", "appTitleSize",
              "navLabelSize", "controlLabelSize", "minLabelSize", "chartLabelSize", "countdownSize", "attractSize",
              "attractCallSize", "shortTitleSize", "shortHeadingSize")  # fmt: skip
ICON_SIZES = ("iconSize", "iconSmall", "iconLarge", "logoSize", "buttonIconSize", "navIconSize")


def _call(qml: QObject, function: str, *args: float) -> int:
    """A function of a QML object, as QML would call it."""
    result = QMetaObject.invokeMethod(qml, function, Q_RETURN_ARG("int"), *(Q_ARG("double", a) for a in args))
    return int(result)


def _off_scale(p: Patient, theme: QObject, where: str) -> list[str]:
    """Every text in view whose size is not one of the theme's: a literal size in a screen."""
    scale = {theme.property(n) for n in TYPE_SCALE} | {_call(theme, "controlLabelSizeAt", s.scale) for s in TextSize}
    icons = {theme.property(n) for n in ICON_SIZES}
    found = []
    for item in p.items():
        if not item.isVisible() or not (item.inherits("QQuickText") or item.inherits("QQuickTextEdit")):
            continue
        kind = item.metaObject().className()
        size = item.property("font").pixelSize()
        if kind.startswith("Icon"):
            ok = item.property("size") in icons
        elif kind.startswith("Heading"):
            ok = item.property("fullSize") in scale and theme.property("minLabelSize") <= size <= item.property(
                "fullSize"
            )
        else:
            ok = size in scale
        if not ok:
            found.append(f"{where}: {kind} {item.objectName() or item.property('text')!r:.40} at {size} px")
    return found


def test_every_text_takes_its_size_from_the_theme(kiosk_factory: KioskFactory, contents: dict[str, Content]) -> None:
    """One type scale: what a patient or staff reads, on every screen and in every dialog, at
    every text size, is sized by Theme (a literal size would not grow with the text)."""
    p = kiosk_factory(contents, config=_with_pin())
    theme = p.kiosk.engine.singletonInstance("Kiosk", "Theme")
    off: list[str] = []
    for text_size in TextSize:
        p.session.set_text_size(text_size)
        for screen in Screen:
            p.session.go(screen)
            p.settle()
            off += _off_scale(p, theme, f"{text_size.value} {screen.value}")
        p.session.go(Screen.OVERVIEW)
        p.settle()
        p.tap(p.find("displayButton"))
        off += _off_scale(p, theme, f"{text_size.value} display panel")
        p.tap(p.find("displayDone"))
        p.tap(p.find("link_term:spinal-fluid"))
        off += _off_scale(p, theme, f"{text_size.value} definition")
        p.session.close_glossary()
    _open_keypad(p)
    off += _off_scale(p, theme, "keypad")
    _enter(p, PIN)
    p.qtbot.waitUntil(lambda: p.shows("adminPanel"))
    off += _off_scale(p, theme, "staff panel")
    assert not off, "\n".join(off)


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_the_navigation_dominates_and_display_controls_stay_secondary(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    """Three ranks a patient can tell apart at a glance: the screens (the navigation bar: labels
    never smaller than the header's, the tallest targets, the screen in view filled), then My
    list and References (filled buttons), then the display choices (no fill, quieter words)."""
    p = kiosk_factory(contents, SIZES[size])
    for where in p.each_language_and_text_size():
        p.settle()
        p.frame()
        nav = [p.nav_button(s.value) for s in MAIN_SCREENS]
        places = [p.find("myQuestionsButton"), p.find("referencesButton")]
        display = [p.find("languageButton").property("contentItem"), p.find("displayButton")]
        theme = p.kiosk.engine.singletonInstance("Kiosk", "Theme")

        def label(button: QQuickItem) -> int:
            return int(button.property("labelSize"))

        # Larger; as large only where a long tab name fills a narrow tab at the largest size.
        tabs, header = min(map(label, nav)), max(map(label, places + display))
        assert tabs > header or (tabs == header and size != "1920x1080"), f"{where}: tabs {tabs} px, header {header} px"
        assert min(b.height() for b in nav) >= max(b.height() for b in places + display), where
        assert [b.property("checked") for b in nav].count(True) == 1, f"{where}: the screen in view is not filled"
        for button in places:
            assert button.property("color").alpha() == 255, f"{where}: {button.objectName()} has no fill"
        for button in display:
            assert button.property("color").alpha() == 0, f"{where}: {button.objectName()} is filled"
            assert button.property("foreground") == theme.property("textMuted"), f"{where}: {button.objectName()}"


def _spilled_labels(p: Patient, where: str) -> list[str]:
    """Button labels that stand out of their button, or touch its rounded edge."""
    found = []
    for item in p.items():
        if not item.metaObject().className().startswith("TouchButton") or not p.on_screen(item):
            continue
        button = _rect(item)
        for label in item.childItems()[0].childItems():
            if not label.inherits("QQuickText") or not label.isVisible() or label.property("font").family() == "":
                continue
            text = label.property("text")
            if not text or label.metaObject().className().startswith("Icon"):
                continue
            shown = _rect(label)
            inked = QRectF(
                shown.center().x() - label.property("contentWidth") / 2, shown.top(), label.property("contentWidth"), 1
            )
            if inked.left() < button.left() + 4 or inked.right() > button.right() - 4:
                found.append(f"{where}: {text!r} ({inked.width():.0f} px) in a {button.width():.0f} px button")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=str)
def test_no_label_spills_out_of_its_button(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    p = kiosk_factory(contents, SIZES[size])
    spilled: list[str] = []
    for where in p.each_language_and_text_size():
        for screen in Screen:
            p.session.go(screen)
            p.settle()
            p.frame()
            spilled += _spilled_labels(p, f"{where} {screen.value}")
    assert not spilled, "\n".join(dict.fromkeys(spilled))


def _scrolls(p: Patient, card_name: str) -> bool:
    """The dialog's card is too short for what it holds (it scrolls: a patient sees part)."""
    card = p.find(card_name)
    scroller = next(i for i in card.childItems() if i.inherits("QQuickFlickable"))
    return bool(scroller.property("contentHeight") > scroller.height() + 0.5)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_dialogs_fit_a_short_screen_whole_at_every_text_size(
    kiosk_factory: KioskFactory, contents: dict[str, Content], language: str
) -> None:
    """At 1366x768, "Text size and contrast", a definition and "Are you still there?" show all
    they hold without scrolling: the question and its countdown, or Done, are never out of view."""
    p = kiosk_factory(contents, SIZES["1366x768"], config="idle_timeout_s = 20\nidle_countdown_s = 120\n")
    p.session.set_language(language)
    longest = max(p.content.glossary.items, key=lambda term: len(term.definition))
    cut = []
    for text_size in TextSize:
        p.session.set_text_size(text_size)
        p.session.show_display_panel(True)
        p.qtbot.waitUntil(lambda: p.shows("displayPanel"))
        p.frame()
        cut += [f"{text_size.value}: Text size and contrast"] * _scrolls(p, "displayPanelCard")
        p.session.show_display_panel(False)
        p.session.open_glossary(longest.id)
        p.frame()
        cut += [f"{text_size.value}: the definition of {longest.term}"] * _scrolls(p, "glossaryPopupCard")
        p.session.close_glossary()
        p.session.touch(p.clock())  # a patient was here
        p.wait_idle(21)
        p.qtbot.waitUntil(lambda: p.shows("stillThereOverlay"))
        p.frame()
        cut += [f"{text_size.value}: Are you still there?"] * _scrolls(p, "stillThereOverlayCard")
        p.tap(p.find("stillThereTitle"))  # a touch anywhere keeps the patient's place
        p.qtbot.waitUntil(lambda: not p.shows("stillThereOverlay"))
    assert not cut, f"{language}: these scroll inside their card: {cut}"


def _label(button: QQuickItem) -> QQuickItem:
    return next(
        i
        for i in button.childItems()[0].childItems()
        if i.inherits("QQuickText") and i.property("text") == button.property("text")
    )


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_the_navigation_labels_share_one_size(
    kiosk_factory: KioskFactory, contents: dict[str, Content], size: str
) -> None:
    """A long name ("Neurostimulators") that must get smaller to fit its tab takes the others
    with it: four tabs side by side in one size, not one of them shrunk alone."""
    p = kiosk_factory(contents, SIZES[size])
    uneven = []
    for where in p.each_language_and_text_size():
        p.frame()
        lines = {
            s.value: _label(p.nav_button(s.value)).property("fontInfo").property("pixelSize").toInt()
            for s in MAIN_SCREENS
        }
        if len(set(lines.values())) > 1:
            uneven.append(f"{where}: {lines}")
    assert not uneven, "\n".join(uneven)
