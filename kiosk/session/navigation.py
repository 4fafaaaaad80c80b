"""Screens and the navigation state machine.

Kept out of Qt so the rules (swipe order, what a layer is, what a reset does) are tested without
a screen; ``ui.backend`` only mirrors this state to QML.
"""

from __future__ import annotations

import enum

from kiosk.session.events import Emitter


class Screen(enum.Enum):
    OVERVIEW = "overview"
    NEUROSTIMULATORS = "neurostimulators"
    DRUG_PUMPS = "drug_pumps"
    FAQ = "faq"
    REFERENCES = "references"
    MY_QUESTIONS = "my_questions"
    COMPARE = "compare"


#: The screens on the navigation bar, in swipe order.
MAIN_SCREENS: tuple[Screen, ...] = (
    Screen.OVERVIEW,
    Screen.NEUROSTIMULATORS,
    Screen.DRUG_PUMPS,
    Screen.FAQ,
)

#: Screens that slide in over the main ones from the header; closing one returns the patient to
#: the main screen they came from. One at a time: opening another replaces it.
LAYERS: tuple[Screen, ...] = (Screen.REFERENCES, Screen.MY_QUESTIONS, Screen.COMPARE)


class Navigator:
    """Where the patient is: a main screen, and possibly a layer over it."""

    def __init__(self) -> None:
        self.main = Screen.OVERVIEW
        self.layer: Screen | None = None
        #: The screen now shown, after every change.
        self.changed: Emitter[Screen] = Emitter()

    @property
    def current(self) -> Screen:
        return self.layer or self.main

    @property
    def main_index(self) -> int:
        return MAIN_SCREENS.index(self.main)

    def go(self, screen: Screen) -> bool:
        """Show ``screen``; returns whether anything changed. A main screen closes any layer."""
        before = self.current
        if screen in LAYERS:
            self.layer = screen
        else:
            self.layer = None
            self.main = screen
        return self._changed(before)

    def go_index(self, index: int) -> bool:
        if not 0 <= index < len(MAIN_SCREENS):
            return False
        return self.go(MAIN_SCREENS[index])

    def next(self) -> bool:
        """Swipe left: the next main screen; stops at the last one (no wrap, so a patient's
        mental map stays linear)."""
        return self.go_index(self.main_index + 1)

    def previous(self) -> bool:
        return self.go_index(self.main_index - 1)

    def close_layer(self) -> bool:
        before = self.current
        self.layer = None
        return self._changed(before)

    def reset(self) -> bool:
        return self.go(Screen.OVERVIEW)

    def _changed(self, before: Screen) -> bool:
        now = self.current
        if now is before:
            return False
        self.changed.emit(now)
        return True
