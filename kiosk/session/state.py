"""The patient's session: everything one patient changes, in one place, with one ``reset()``.

Where they are (the navigator, with References and My questions as layers), the language and
text size they chose, contrast, the open definition, the highlighted study, the open FAQ answers,
the questions they saved and the take-home codes on screen, whether staff has the screen, and the
idle timing that ends it all. Qt backends mirror this to QML and statistics listen to its events;
neither keeps a copy, so a reset is one call and a newcomer reads one file to follow a session.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kiosk.session.choices import BUILT_IN_LANGUAGE, Language, TextSize
from kiosk.session.events import Emitter
from kiosk.session.idle import Event, IdleTimer, Phase
from kiosk.session.navigation import Navigator, Screen

log = logging.getLogger(__name__)


class StaffAccess(enum.Enum):
    """Who has the screen: a patient (NONE), or staff at the PIN keypad or in the staff panel."""

    NONE = "none"
    KEYPAD = "keypad"
    PANEL = "panel"


class Layer(enum.Enum):
    """What the screen shows now, for monitoring: closed (outside opening hours), staff (keypad or
    panel), the attract loop, idle (no patient since the last reset) or a patient browsing."""

    CLOSED = "closed"
    STAFF = "staff"
    ATTRACT = "attract"
    IDLE = "idle"
    BROWSING = "browsing"


class TakeHomeKind(enum.Enum):
    NONE = "none"
    QUESTIONS = "questions"
    REFERENCES = "references"


@dataclass(frozen=True)
class TakeHome:
    """The take-home codes on screen: which list, and the text of each QR code."""

    kind: TakeHomeKind = TakeHomeKind.NONE
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionDefaults:
    """What a new patient starts with (from the config) and which languages have content."""

    language: Language = BUILT_IN_LANGUAGE
    text_size: TextSize = TextSize.STANDARD
    languages: tuple[Language, ...] = (BUILT_IN_LANGUAGE,)


@dataclass
class SessionEvents:
    screen: Emitter[Screen] = field(default_factory=Emitter)
    language: Emitter[Language] = field(default_factory=Emitter)
    #: The languages a patient can choose changed (one turned out to have no valid content).
    languages: Emitter[tuple[Language, ...]] = field(default_factory=Emitter)
    text_size: Emitter[TextSize] = field(default_factory=Emitter)
    high_contrast: Emitter[bool] = field(default_factory=Emitter)
    display_panel: Emitter[bool] = field(default_factory=Emitter)
    #: The list of languages is open (a kiosk with more than two languages).
    language_choice: Emitter[bool] = field(default_factory=Emitter)
    #: "I'm finished" was touched: the kiosk asks once before clearing everything.
    finish_question: Emitter[bool] = field(default_factory=Emitter)
    glossary_term: Emitter[str] = field(default_factory=Emitter)
    highlighted_reference: Emitter[str] = field(default_factory=Emitter)
    open_faq: Emitter[frozenset[str]] = field(default_factory=Emitter)
    #: A patient opened an answer (its id): for statistics, not for display.
    faq_opened: Emitter[str] = field(default_factory=Emitter)
    saved_questions: Emitter[tuple[str, ...]] = field(default_factory=Emitter)
    #: Whether a cleared list can still be brought back.
    can_undo_clear: Emitter[bool] = field(default_factory=Emitter)
    take_home: Emitter[TakeHome] = field(default_factory=Emitter)
    #: A patient asked for take-home codes (how many): counts only, for statistics.
    take_home_shown: Emitter[int] = field(default_factory=Emitter)
    staff: Emitter[StaffAccess] = field(default_factory=Emitter)
    idle_phase: Emitter[Phase] = field(default_factory=Emitter)
    #: Outside opening hours and not woken by a touch: the dark "closed" screen is up.
    closed: Emitter[bool] = field(default_factory=Emitter)
    #: The first touch since the last reset: a new patient.
    started: Emitter[None] = field(default_factory=Emitter)
    #: Just before a reset clears the session (statistics close it with the list's size).
    ending: Emitter[None] = field(default_factory=Emitter)
    #: After a reset: every screen scrolls back to the top.
    reset: Emitter[None] = field(default_factory=Emitter)


class Session:
    def __init__(self, defaults: SessionDefaults, idle: IdleTimer) -> None:
        self.defaults = defaults
        self.events = SessionEvents()
        self.navigator = Navigator()
        self.navigator.changed.connect(self._screen_changed)
        self.idle = idle
        self.language = defaults.language if defaults.language in defaults.languages else defaults.languages[0]
        self.text_size = defaults.text_size
        self.high_contrast = False
        #: The "Display" panel (text size, contrast, Listen) is open.
        self.display_panel = False
        #: The list of every language, each named in itself, is open.
        self.language_choice = False
        #: "Start over for the next person?" is asked.
        self.finish_question = False
        self.glossary_term = ""
        self.highlighted_reference = ""
        self.open_faq: frozenset[str] = frozenset()
        self.saved_questions: tuple[str, ...] = ()
        #: The list as it was before "Clear my list", until Undo is no longer offered.
        self.cleared_questions: tuple[str, ...] = ()
        self.take_home = TakeHome()
        self.staff = StaffAccess.NONE
        self.closed = False
        self._screen_changes = 0

    # ------------------------------------------------------------------ where the patient is
    @property
    def screen(self) -> Screen:
        return self.navigator.current

    def go(self, screen: Screen) -> None:
        """Every navigation a patient makes goes through here: a new screen drops the study
        highlighted from a citation and any take-home codes, which belong to the screen they
        were asked for on."""
        self._set_highlight("")
        self.navigator.go(screen)

    def go_index(self, index: int) -> None:
        self._set_highlight("")
        self.navigator.go_index(index)

    def close_layer(self) -> None:
        self.navigator.close_layer()

    def open_reference(self, ref_id: str) -> None:
        """A tapped citation: References, with that study marked."""
        self.navigator.go(Screen.REFERENCES)
        self._set_highlight(ref_id)

    def _screen_changed(self, screen: Screen) -> None:
        self._screen_changes += 1
        self.hide_take_home()
        log.info("screen %s", screen.value)
        self.events.screen.emit(screen)

    def _set_highlight(self, ref_id: str) -> None:
        if ref_id != self.highlighted_reference:
            self.highlighted_reference = ref_id
            self.events.highlighted_reference.emit(ref_id)

    # ------------------------------------------------------------------ display choices
    def set_language(self, code: str) -> None:
        """The offered language of that code (a tap names it by its code); any other is ignored."""
        language = self.offered_language(code)
        if language is None or language == self.language:
            return
        log.info("language %s", language.code)
        self.language = language
        self.events.language.emit(language)
        self.show_language_choice(False)

    def press_language_button(self) -> None:
        """The language button: with two languages it switches to the other one (the button is
        named in it), with more it opens the list of them all."""
        if len(self.defaults.languages) > 2:
            self.show_language_choice(True)
        else:
            self.set_language(self.other_language().code)

    def show_language_choice(self, on: bool) -> None:
        if on != self.language_choice:
            self.language_choice = on
            self.events.language_choice.emit(on)

    def offered_language(self, code: str) -> Language | None:
        return next((lang for lang in self.defaults.languages if lang.code == code), None)

    def offer_languages(self, languages: tuple[Language, ...]) -> None:
        """Only languages whose content loaded; the patient's and the default fall back to the first."""
        if not languages or languages == self.defaults.languages:
            return
        self.defaults = replace(self.defaults, languages=languages)
        if self.defaults.language not in languages:
            self.defaults = replace(self.defaults, language=languages[0])
        self.events.languages.emit(languages)
        if self.language not in languages:
            self.set_language(self.defaults.language.code)

    def other_language(self) -> Language:
        """The language the language button offers: the next one with content."""
        offered = self.defaults.languages
        return offered[(offered.index(self.language) + 1) % len(offered)]

    def set_text_size(self, size: TextSize) -> None:
        if size is not self.text_size:
            log.info("text size %s", size.value)
            self.text_size = size
            self.events.text_size.emit(size)

    def set_high_contrast(self, on: bool) -> None:
        if on != self.high_contrast:
            log.info("high contrast %s", "on" if on else "off")
            self.high_contrast = on
            self.events.high_contrast.emit(on)

    def ask_finish(self, on: bool) -> None:
        if on != self.finish_question:
            self.finish_question = on
            self.events.finish_question.emit(on)

    def show_display_panel(self, on: bool) -> None:
        if on != self.display_panel:
            self.display_panel = on
            self.events.display_panel.emit(on)

    # ------------------------------------------------------------------ reading
    def open_glossary(self, term_id: str) -> None:
        if term_id != self.glossary_term:
            self.glossary_term = term_id
            self.events.glossary_term.emit(term_id)

    def close_glossary(self) -> None:
        self.open_glossary("")

    def toggle_faq(self, faq_id: str) -> None:
        opening = faq_id not in self.open_faq
        self._set_open_faq(self.open_faq | {faq_id} if opening else self.open_faq - {faq_id})
        if opening:
            self.events.faq_opened.emit(faq_id)

    def _set_open_faq(self, open_faq: frozenset[str]) -> None:
        if open_faq != self.open_faq:
            self.open_faq = open_faq
            self.events.open_faq.emit(open_faq)

    # ------------------------------------------------------------------ my questions
    def toggle_saved(self, key: str) -> None:
        keys = self.saved_questions
        self.set_saved([k for k in keys if k != key] if key in keys else [*keys, key])

    def set_saved(self, keys: Sequence[str]) -> None:
        if tuple(keys) != self.saved_questions:
            self.saved_questions = tuple(keys)
            self.events.saved_questions.emit(self.saved_questions)

    def clear_saved(self) -> None:
        """ "Clear my list": the list goes, but Undo can bring it back until ``forget_cleared``."""
        if self.saved_questions:
            self._set_cleared(self.saved_questions)
            self.set_saved(())
            self.hide_take_home()

    def undo_clear(self) -> None:
        if self.cleared_questions:
            self.set_saved(self.cleared_questions)
            self._set_cleared(())

    def forget_cleared(self) -> None:
        self._set_cleared(())

    def _set_cleared(self, keys: tuple[str, ...]) -> None:
        had = bool(self.cleared_questions)
        self.cleared_questions = keys
        if had != bool(keys):
            self.events.can_undo_clear.emit(bool(keys))

    def show_take_home(self, take_home: TakeHome) -> None:
        """Codes a patient asked for (counted), or the same codes redrawn (a language switch)."""
        asked = take_home.kind is not self.take_home.kind
        self._set_take_home(take_home)
        if asked and take_home.texts:
            self.events.take_home_shown.emit(len(take_home.texts))

    def hide_take_home(self) -> None:
        self._set_take_home(TakeHome())

    def _set_take_home(self, take_home: TakeHome) -> None:
        if take_home != self.take_home:
            self.take_home = take_home
            self.events.take_home.emit(take_home)

    # ------------------------------------------------------------------ staff
    def set_staff(self, staff: StaffAccess) -> None:
        if staff is not self.staff:
            log.info("staff access: %s", staff.value)
            self.staff = staff
            self.events.staff.emit(staff)

    @property
    def layer(self) -> Layer:
        if self.closed:
            return Layer.CLOSED
        if self.staff is not StaffAccess.NONE:
            return Layer.STAFF
        if self.idle.phase is Phase.ATTRACT:
            return Layer.ATTRACT
        return Layer.BROWSING if self.idle.dirty else Layer.IDLE

    # ------------------------------------------------------------------ time
    def set_closed(self, closed: bool) -> None:
        """The closed screen goes up (outside opening hours) or down (opening time, a touch).
        Nothing of a patient stays under it: an open session is reset first."""
        if closed == self.closed:
            return
        if closed and (self.idle.dirty or self.staff is not StaffAccess.NONE):
            self.reset()
            self.idle.dirty = False
        log.info("closed screen %s", "on" if closed else "off")
        self.closed = closed
        self.events.closed.emit(closed)

    def touch(self, now: float) -> None:
        """Someone touched, pressed a key or scrolled."""
        new_patient = not self.idle.dirty
        events = self.idle.touch(now)
        if new_patient:
            self.events.started.emit(None)
        if events:
            log.info("idle: %s", ", ".join(e.value for e in events))
            self.events.idle_phase.emit(self.idle.phase)

    def more_time(self, now: float) -> None:
        """ "I need more time": the timeout doubles for the rest of this patient's session."""
        if not self.idle.more_time:
            log.info("idle: more time asked for; the timeout is %d s until the next reset", 2 * self.idle.timeout_s)
        self.idle.more_time = True
        self.touch(now)

    def tick(self, now: float) -> None:
        """The clock moved on: maybe ask "Are you still there?", reset, or start the attract loop."""
        before = self.idle.phase
        if self.staff is not StaffAccess.NONE and now - self.idle.last_touch >= self.idle.staff_timeout_s:
            log.info("staff %s closed after %d s without a touch", self.staff.value, self.idle.staff_timeout_s)
            self.set_staff(StaffAccess.NONE)
        for event in self.idle.tick(now):
            log.info("idle: %s", event.value)
            if event is Event.RESET:
                self.reset()
        if self.idle.phase is not before:
            self.events.idle_phase.emit(self.idle.phase)

    def finish(self, now: float) -> None:
        """ "I'm finished", confirmed: the same reset the idle timeout makes, at once, so the
        next person sees none of this patient's questions."""
        log.info("patient finished: starting over at once")
        self.ask_finish(False)
        before = self.idle.phase
        for event in self.idle.finish(now):
            log.info("idle: %s", event.value)
            if event is Event.RESET:
                self.reset()
        if self.idle.phase is not before:
            self.events.idle_phase.emit(self.idle.phase)

    def reset(self) -> None:
        """The next patient starts fresh: nothing of the last one stays on screen or in memory."""
        log.info("session reset after %d screen change(s)", self._screen_changes)
        self.events.ending.emit(None)
        self.set_staff(StaffAccess.NONE)
        self.show_display_panel(False)
        self.show_language_choice(False)
        self.ask_finish(False)
        self._set_open_faq(frozenset())
        self._set_highlight("")
        self.close_glossary()
        self.set_saved(())
        self.forget_cleared()  # the next patient must not bring back this one's list
        self.hide_take_home()
        self.set_text_size(self.defaults.text_size)
        self.set_high_contrast(False)
        self.set_language(self.defaults.language.code)
        self.idle.more_time = False  # the next patient starts with the configured timeout
        self.navigator.reset()
        self._screen_changes = 0
        self.events.reset.emit(None)
