"""Change events for the Qt-free models: a listener list per field, the shape napari's evented
models use, so the session can be observed by Qt backends and by statistics alike without
knowing either."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Emitter[T]:
    """Calls every connected listener with the new value, in the order they connected."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[T], None]] = []

    def connect(self, listener: Callable[[T], None]) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Callable[[T], None]) -> None:
        self._listeners.remove(listener)

    def emit(self, value: T) -> None:
        for listener in list(self._listeners):
            listener(value)
