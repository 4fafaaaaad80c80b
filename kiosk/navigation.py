"""Screens and the navigation state machine.

Kept out of Qt so the rules (swipe order, where References sits, what a reset does) are tested
without a screen; ``ui.backend`` only mirrors this state to QML.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field


class Screen(enum.Enum):
    OVERVIEW = "overview"
    NEUROSTIMULATORS = "neurostimulators"
    DRUG_PUMPS = "drug_pumps"
    FAQ = "faq"
    REFERENCES = "references"

    @property
    def is_main(self) -> bool:
        return self in MAIN_SCREENS


#: The screens on the navigation bar, in swipe order.
MAIN_SCREENS: tuple[Screen, ...] = (
    Screen.OVERVIEW,
    Screen.NEUROSTIMULATORS,
    Screen.DRUG_PUMPS,
    Screen.FAQ,
)

Listener = Callable[[Screen], None]


@dataclass
class Navigator:
    """Where the patient is. References is a layer over the main screens, not a swipe stop,
    so closing it returns to the screen the patient came from."""

    main: Screen = Screen.OVERVIEW
    references_open: bool = False
    visits: dict[Screen, int] = field(default_factory=lambda: {s: 0 for s in Screen})
    _listeners: list[Listener] = field(default_factory=list, repr=False)

    @property
    def current(self) -> Screen:
        return Screen.REFERENCES if self.references_open else self.main

    @property
    def main_index(self) -> int:
        return MAIN_SCREENS.index(self.main)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def go(self, screen: Screen) -> bool:
        """Show ``screen``; returns whether anything changed."""
        before = self.current
        if screen is Screen.REFERENCES:
            self.references_open = True
        else:
            self.references_open = False
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

    def close_references(self) -> bool:
        before = self.current
        self.references_open = False
        return self._changed(before)

    def reset(self) -> bool:
        return self.go(Screen.OVERVIEW)

    def _changed(self, before: Screen) -> bool:
        now = self.current
        if now is before:
            return False
        self.visits[now] += 1
        for listener in self._listeners:
            listener(now)
        return True
