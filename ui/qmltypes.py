"""``python -m ui.qmltypes``: describes the ``Kiosk`` module's Python types to Qt's QML tooling,
so qmllint checks every use of a backend in QML (a property that does not exist, a wrong
argument count) instead of letting it surface as a runtime warning.

Reads each type's real QMetaObject (what QML sees at run time), writes it as moc would, and hands
it to Qt's own ``qmltyperegistrar``, which writes ``backend.qmltypes`` beside the qmldir.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6 import __file__ as pyside_file
from PySide6.QtCore import QMetaMethod, QMetaObject, QObject

from kiosk.files.resources import qml_root
from ui.backend.admin_backend import StaffBackend
from ui.backend.attract import Attract
from ui.backend.clinic_backend import ClinicBackend
from ui.backend.content_backend import ContentBackend
from ui.backend.content_models import PageObject, RoleListModel
from ui.backend.display import Display
from ui.backend.icons import Icons
from ui.backend.idle_controller import Idle
from ui.backend.my_questions import MyQuestions
from ui.backend.navigation import Navigation
from ui.backend.registry import QML_MODULE
from ui.backend.speech import Speech
from ui.backend.usage import UsageBackend

#: Every Python type the QML module knows, by its QML name; singletons have a ``create``.
QML_TYPES: dict[str, type[QObject]] = {
    "Content": ContentBackend,
    "Navigation": Navigation,
    "Display": Display,
    "MyQuestions": MyQuestions,
    "Clinic": ClinicBackend,
    "Staff": StaffBackend,
    "Idle": Idle,
    "Usage": UsageBackend,
    "Speech": Speech,
    "Attract": Attract,
    "Icons": Icons,
    "PageObject": PageObject,
    "RoleListModel": RoleListModel,
}
OUTPUT = "backend.qmltypes"


def _name(data: object) -> str:
    return bytes(data).decode() if not isinstance(data, str) else data  # type: ignore[call-overload]


def describe(qml_name: str, cls: type[QObject]) -> dict[str, object]:
    meta: QMetaObject = cls.staticMetaObject  # type: ignore[attr-defined]
    singleton = hasattr(cls, "create")
    infos = [{"name": "QML.Element", "value": qml_name}]
    infos += (
        [{"name": "QML.Singleton", "value": "true"}] if singleton else [{"name": "QML.Creatable", "value": "false"}]
    )
    properties = []
    for i in range(meta.propertyOffset(), meta.propertyCount()):
        prop = meta.property(i)
        entry: dict[str, object] = {
            "name": prop.name(),
            "type": prop.typeName(),
            "index": i - meta.propertyOffset(),
            "read": prop.name(),
        }
        if prop.hasNotifySignal():
            entry["notify"] = _name(prop.notifySignal().name())
        if prop.isConstant():
            entry["constant"] = True
        properties.append(entry)
    signals: list[dict[str, object]] = []
    slots: list[dict[str, object]] = []
    for i in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(i)
        entry = {
            "access": "public",
            "name": _name(method.name()),
            "returnType": method.typeName(),
            "arguments": [
                {"name": _name(n) or f"a{j}", "type": _name(t)}
                for j, (n, t) in enumerate(zip(method.parameterNames(), method.parameterTypes(), strict=True))
            ],
        }
        (signals if method.methodType() == QMetaMethod.MethodType.Signal else slots).append(entry)
    enums = []
    for i in range(meta.enumeratorOffset(), meta.enumeratorCount()):
        enum = meta.enumerator(i)
        enums.append(
            {
                "name": enum.name(),
                "isClass": False,
                "isFlag": enum.isFlag(),
                "values": [enum.key(k) for k in range(enum.keyCount())],
            }
        )
    return {
        "className": meta.className(),
        "qualifiedClassName": meta.className(),
        "object": True,
        "superClasses": [{"access": "public", "name": meta.superClass().className()}],
        "classInfos": infos,
        "properties": properties,
        "signals": signals,
        "slots": slots,
        "enums": enums,
    }


def generate(output: Path) -> None:
    metatypes = [{"classes": [describe(n, c) for n, c in QML_TYPES.items()], "outputRevision": 68, "inputFile": "ui"}]
    qt_metatypes = Path(pyside_file).parent / "Qt" / "metatypes"
    foreign = ",".join(str(p) for p in sorted(qt_metatypes.glob("qt6c*_metatypes.json")))
    registrar = Path(sys.executable).parent / "pyside6-qmltyperegistrar"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "kiosk_metatypes.json"
        source.write_text(json.dumps(metatypes), encoding="utf-8")
        subprocess.run(
            [
                os.fspath(registrar),
                "--generate-qmltypes",
                os.fspath(output),
                "-o",
                os.fspath(Path(tmp) / "registrations.cpp"),
                os.fspath(source),
                "--import-name",
                QML_MODULE,
                "--major-version",
                "1",
                "--minor-version",
                "0",
                f"--foreign-types={foreign}",
            ],
            check=True,
        )


if __name__ == "__main__":
    generate(qml_root() / "Kiosk" / OUTPUT)
