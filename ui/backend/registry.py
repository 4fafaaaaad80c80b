"""Which backend object each QML engine sees behind a ``Kiosk`` singleton.

The backends are QML singletons of the ``Kiosk`` module (typed, so qmllint checks every use),
but their state comes from one kiosk: the kiosk hands its objects over before loading QML, and
each singleton's ``create(engine)`` returns the object handed over for that engine. Several
kiosks (tests) can live in one process, each with its own engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject
from PySide6.QtQml import QmlNamedElement, QmlUncreatable, QQmlEngine

QML_MODULE = "Kiosk"

_provided: dict[tuple[int, type], QObject] = {}


def provide(engine: QQmlEngine, *backends: QObject) -> None:
    for backend in backends:
        # Python owns the backends (they are parented to the kiosk): QML must never delete one.
        QQmlEngine.setObjectOwnership(backend, QQmlEngine.ObjectOwnership.CppOwnership)
        _provided[(id(engine), type(backend))] = backend


def provided[T: QObject](cls: type[T], engine: QQmlEngine) -> T:
    backend = _provided[(id(engine), cls)]
    assert isinstance(backend, cls)
    return backend


def qml_named[C](name: str) -> Callable[[C], C]:
    """``QmlNamedElement``, typed: a backend whose Python name would clash with the model it shows
    (``Content``, ``Clinic``) takes its QML name from here."""
    return cast(Callable[[C], C], QmlNamedElement(name))


def qml_uncreatable[C](reason: str) -> Callable[[C], C]:
    """``QmlUncreatable``, typed: QML may use these objects but never make one."""
    return cast(Callable[[C], C], QmlUncreatable(reason))


def forget(engine: QQmlEngine) -> None:
    for key in [k for k in _provided if k[0] == id(engine)]:
        del _provided[key]
