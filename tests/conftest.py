"""Shared fixtures: a real kiosk window driven by synthesized touches, as a patient would."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.content.languages import discover_languages
from kiosk.content.library import ContentLibrary
from kiosk.content.model import Content
from kiosk.content.reader import load_content
from kiosk.files.resources import content_root
from kiosk.session.choices import Language, TextSize
from kiosk.session.navigation import LAYERS, Screen
from kiosk.session.state import Session
from kiosk.settings.config import LoadedConfig, parse_config
from kiosk.stats.database import UsageStats
from ui.app import Kiosk, WindowOptions, create_application
from ui.backend.speech import MOCK_ENGINE
from ui.backend.usage import open_usage_stats

#: The bundled languages, as the kiosk finds them (English first).
BUNDLED = discover_languages(content_root())


def language(code: str) -> Language:
    """A bundled language by its code; any other code as a bare left-to-right language."""
    return next((lang for lang in BUNDLED if lang.code == code), None) or Language(code, code, code)


ENGLISH, SPANISH = language("en"), language("es")

LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> QApplication:
    return create_application()


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(content_root() / "en")


@pytest.fixture(scope="session")
def contents() -> dict[str, Content]:
    """The bundled content of both languages, by language code."""
    return {lang.code: load_content(content_root() / lang.code) for lang in BUNDLED}


_TOUCH: list[QPointingDevice] = []


def touch_device() -> QPointingDevice:
    """One synthetic touchscreen for the whole run: Qt keeps a registry of input devices, and a
    device created per test would be freed by Python while Qt still lists it."""
    if not _TOUCH:
        _TOUCH.append(QTest.createTouchDevice())
    return _TOUCH[0]


class Patient:
    """Drives the kiosk window with touch events and reads what is on screen."""

    def __init__(self, kiosk: Kiosk, qtbot: QtBot) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        #: The patient's session (kiosk.session.state): tests set things up through it, as a tap would.
        self.session: Session = kiosk.session
        self.qtbot = qtbot
        self.device: QPointingDevice = touch_device()
        self.clock = FakeClock()

    def wait_idle(self, seconds: float) -> None:
        """Let ``seconds`` of no touching pass, then let the idle ticker see it."""
        self.clock.advance(seconds)
        self.kiosk.idle.tick()
        QApplication.processEvents()

    @property
    def content(self) -> Content:
        """The content on screen now (it follows the language)."""
        return self.kiosk.content.content

    def toggle_faq(self, row: int) -> None:
        self.session.toggle_faq(self.content.faq.items[row].id)

    def open_answers(self) -> list[str]:
        """The FAQ answers shown open (or opening), in screen order."""
        return [
            item.id
            for item in self.content.faq.in_screen_order()
            if self.find(f"faqAnswerBox_{item.id}").parentItem().property("open")
        ]

    def page_still(self) -> float:
        """Until the page in view has stopped gliding (a tap on "Next", a key, an opening answer);
        then where it is (its contentY)."""
        page = self.current_screen_item()

        def still() -> bool:
            self.frame()
            return not page.property("moving") and page.property("heading") == page.property("contentY")

        self.qtbot.waitUntil(still, timeout=3000)
        return float(page.property("contentY"))

    # ---------------------------------------------------------------- finding
    def items(self) -> Iterator[QQuickItem]:
        stack = [self.window.contentItem()]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(item.childItems())

    def find_all(self, name: str) -> list[QQuickItem]:
        return [i for i in self.items() if i.objectName() == name]

    def find(self, name: str) -> QQuickItem:
        found = self.find_all(name)
        assert found, f"no item named {name!r} on screen"
        return found[0]

    def shows(self, name: str) -> bool:
        """An item of that name is built and visible (staff screens exist only while open)."""
        return any(item.isVisible() for item in self.find_all(name))

    def on_screen(self, item: QQuickItem) -> bool:
        """Visible to a patient: visible, inside the window, not clipped away by the swipe view,
        not covered by a layer (References, My questions)."""
        if not item.isVisible() or item.opacity() == 0:
            return False
        rect = item.mapRectToScene(item.boundingRect())
        center = rect.center()
        if not (0 <= center.x() < self.window.width() and 0 <= center.y() < self.window.height()):
            return False
        layer = self.session.navigator.layer
        layers = {f"screen_{screen.value}": screen for screen in LAYERS}
        # Up from the item (not a search of every item for each layer: a sweep asks this of
        # hundreds of items).
        ancestor = item.parentItem()
        while ancestor is not None:
            name = ancestor.objectName()
            if name in layers:
                return layer is layers[name]
            if name == "mainSwipe":
                return layer is None
            ancestor = ancestor.parentItem()
        return True  # header, disclaimer line, navigation: on every screen

    def visible_title(self) -> str:
        titles = [i for i in self.items() if i.objectName().startswith("pageTitle_") and self.on_screen(i)]
        assert len(titles) == 1, f"expected one title on screen, found {[t.property('text') for t in titles]}"
        return str(titles[0].property("text"))

    def visible_texts(self) -> str:
        """Every piece of text a patient can reach on the current screen (by scrolling)."""
        screen = self.current_screen_item()
        parts = []
        stack = [screen]
        while stack:
            item = stack.pop()
            text = item.property("text")
            if isinstance(text, str) and item.isVisible():
                parts.append(text)
            stack.extend(item.childItems())
        return "\n".join(parts)

    def current_screen_item(self) -> QQuickItem:
        name = f"screen_{self.session.screen.value}"
        return self.find(name)

    def nav_button(self, screen_id: str) -> QQuickItem:
        return self.find(f"nav_{screen_id}")

    def each_language_and_text_size(self) -> Iterator[str]:
        """Sets every language with every text size in turn; yields where it is ("es large"),
        for the test's messages."""
        for language in BUNDLED:
            self.session.set_language(language.code)
            for text_size in TextSize:
                self.session.set_text_size(text_size)
                yield f"{language.code} {text_size.value}"

    # ---------------------------------------------------------------- touching
    def center_of(self, item: QQuickItem) -> QPoint:
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    def frame(self) -> None:
        """Let the window lay out and paint once, so positions read afterwards are current."""
        with self.qtbot.waitSignal(self.window.frameSwapped, timeout=2000):
            self.window.update()

    def wait_still(self, item: QQuickItem) -> None:
        """Until ``item`` stays where it is for two frames (an animation above it has ended)."""
        last: list[QPointF] = []

        def still() -> bool:
            self.frame()
            last.append(item.mapToScene(QPointF(0, 0)))
            return len(last) > 2 and last[-1] == last[-2] == last[-3]

        self.qtbot.waitUntil(still, timeout=5000)

    def tap(self, item: QQuickItem) -> None:
        self.frame()
        self.tap_at(self.center_of(item))

    def tap_at(self, point: QPoint) -> None:
        QTest.touchEvent(self.window, self.device).press(0, point, self.window).commit()
        QTest.touchEvent(self.window, self.device).release(0, point, self.window).commit()
        self.settle()

    def hold(self, item: QQuickItem, seconds: float, end: QPoint | None = None) -> None:
        """Press the middle of ``item``, keep the finger there for ``seconds`` (real time: Qt
        times a press by its events' clock), then lift it, slid to ``end`` if given."""
        self.frame()
        start = self.center_of(item)
        QTest.touchEvent(self.window, self.device).press(0, start, self.window).commit()
        QTest.qWait(int(seconds * 1000))
        if end is not None:
            for i in range(1, 13):
                point = start + (end - start) * (i / 12)
                QTest.touchEvent(self.window, self.device).move(0, point, self.window).commit()
                QTest.qWait(16)
        QTest.touchEvent(self.window, self.device).release(0, end or start, self.window).commit()
        self.settle()

    def drag(self, start: QPoint, end: QPoint, steps: int = 12) -> None:
        QTest.touchEvent(self.window, self.device).press(0, start, self.window).commit()
        for i in range(1, steps + 1):
            QTest.qWait(16)
            point = start + (end - start) * (i / steps)
            QTest.touchEvent(self.window, self.device).move(0, point, self.window).commit()
        QTest.touchEvent(self.window, self.device).release(0, end, self.window).commit()
        self.settle()

    def in_display_panel(self, name: str) -> None:
        """Opens "Text size and contrast", taps ``name`` there (a size or the contrast switch) and
        closes the panel again with Done, as a patient would."""
        self.tap(self.find("displayButton"))
        self.qtbot.waitUntil(lambda: self.shows("displayPanel"))
        self.tap(self.find(name))
        self.tap(self.find("displayDone"))
        self.qtbot.waitUntil(lambda: not self.shows("displayPanel"))

    def swipe_left(self) -> None:
        """Finger moves right to left: the next screen comes in."""
        w, h = self.window.width(), self.window.height()
        self.drag(QPoint(int(w * 0.8), h // 2), QPoint(int(w * 0.2), h // 2))

    def swipe_right(self) -> None:
        w, h = self.window.width(), self.window.height()
        self.drag(QPoint(int(w * 0.2), h // 2), QPoint(int(w * 0.8), h // 2))

    def scroll_into_view(self, item: QQuickItem) -> None:
        """Bring an item near the top of its screen, as a patient would by scrolling."""
        flick = item.parentItem()
        while flick is not None and not flick.objectName().startswith("screen_"):
            flick = flick.parentItem()
        assert flick is not None, f"{item.objectName()} is not on a scrolling screen"
        y = item.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
        room = flick.property("contentHeight") - flick.height()
        flick.setProperty("contentY", max(0.0, min(y - 100, room)))
        QApplication.processEvents()

    def settle(self) -> None:
        """Wait until transitions end: the swipe view is at rest and the layers are in place."""
        swipe_list = self.find("mainSwipe")

        def layer_in_place(screen: Screen) -> bool:
            x = self.find(f"screen_{screen.value}").parentItem().x()
            # Out of view to the right, or to the left on a mirrored (right-to-left) screen.
            return x == 0 if self.session.navigator.layer is screen else abs(x) >= self.window.width()

        def at_rest() -> bool:
            # The screen in view stands where the list is scrolled to (from the left, or from the
            # right when mirrored).
            current = swipe_list.property("currentItem")
            return (
                not swipe_list.property("moving")
                and not swipe_list.property("flicking")
                and all(layer_in_place(layer) for layer in LAYERS)
                and swipe_list.property("currentIndex") == self.session.navigator.main_index
                and current is not None
                and abs(swipe_list.property("contentX") - current.x()) < 1
            )

        self.qtbot.waitUntil(at_rest, timeout=3000)


KioskFactory = Callable[..., Patient]


WALL_CLOCK_START = time.mktime((2026, 11, 23, 9, 0, 0, 0, 0, -1)) - 1000.0


class FakeClock:
    """Idle timing under test control: minutes pass in a call, not in real time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def library_of(content: Content | Mapping[str, Content]) -> ContentLibrary:
    """Content already in memory, by language code, as the kiosk's library."""
    if isinstance(content, Content):
        content = {content.site.language or "en": content}
    return ContentLibrary.of({language(code): c for code, c in content.items()})


@pytest.fixture
def kiosk_factory(app: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[KioskFactory]:
    made: list[Kiosk] = []

    def factory(
        content: Content | Mapping[str, Content],
        size: tuple[int, int] = LANDSCAPE,
        config: str = "",
        fullscreen: bool = False,
        stats_path: Path | None = None,
        stats_from_config: bool = False,
        wall_clock: Callable[[], datetime] = datetime.now,
        library: ContentLibrary | None = None,
        loaded: LoadedConfig | None = None,
        speech_engine: str | None = MOCK_ENGINE,
    ) -> Patient:
        """``library`` and ``loaded`` (a config read from a file) replace ``content`` and ``config``."""
        parsed, problems = parse_config(config)
        assert not problems, problems
        loaded = loaded or LoadedConfig(parsed, None)
        parsed = loaded.config
        clock = FakeClock()
        # Statistics see the same fake time, as a wall clock (a weekday morning in 2026).
        stats = UsageStats(stats_path, clock=lambda: WALL_CLOCK_START + clock()) if stats_path else None
        # The keypad's lockout in the test's folder: shared by the kiosks of one test (a restart),
        # never by two tests.
        lockout = tmp_path / "kiosk-state" / "admin-pin-lockout.json"
        kiosk = Kiosk(
            library or library_of(content),
            loaded,
            clock=clock,
            stats=stats,
            lockout_file=lockout,
            wall_clock=wall_clock,
            speech_engine=speech_engine,
        )
        kiosk.show(WindowOptions(fullscreen=fullscreen, size=None if fullscreen else size))
        if stats_from_config:  # as run_kiosk does: the platform data folder, unless the config says off
            kiosk.usage.open_later(kiosk.window, lambda: open_usage_stats(parsed))
        made.append(kiosk)
        qtbot.waitExposed(kiosk.window)
        # Every screen and layer is built (they are, just after the first frame).
        qtbot.waitUntil(lambda: bool(kiosk.window.property("ready")), timeout=5000)
        # The swipe view's list positions itself during its first frames after showing and
        # ignores a drag until then (a patient cannot be that quick; a test can).
        for _ in range(3):
            with qtbot.waitSignal(kiosk.window.frameSwapped, timeout=2000):
                kiosk.window.update()
        patient = Patient(kiosk, qtbot)
        patient.clock = clock
        return patient

    yield factory
    for kiosk in made:
        kiosk.close()
    # Destroy each engine and window now, not whenever a later test's event loop gets to it.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.fixture
def patient(kiosk_factory: KioskFactory, content: Content) -> Patient:
    return kiosk_factory(content)


@pytest.fixture
def portrait_patient(kiosk_factory: KioskFactory, content: Content) -> Patient:
    return kiosk_factory(content, PORTRAIT)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled English content, with its images, to break in tests."""
    import shutil

    root = tmp_path / "content"
    shutil.copytree(content_root() / "en", root / "en")
    shutil.copytree(content_root().parent / "images", root / "images")
    return root / "en"
