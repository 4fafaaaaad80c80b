"""The "Please ask our staff" screen the supervisor shows behind a kiosk that keeps failing at
start-up (kiosk.operations.supervisor), so a patient sees a calm notice instead of the desktop. Deliberately
tiny: no content, statistics or backends, only the bundled font, one QML file and the clinic's
name and phone (read guardedly: a config or clinic folder that fails leaves them out, never the
screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.files.resources import fonts_root, qml_root
from ui.graphics import draw_in_software_without_opengl

QML_FILE = "OutOfOrder.qml"


def clinic_contact(config_path: Path | None) -> tuple[str, str]:
    """The clinic's name and phone from kiosk.toml and the clinic folder, as the kiosk shows them;
    ("", "") when anything about them fails: this screen must come up whatever broke the kiosk."""
    try:
        from kiosk.settings.clinic import clinic_for
        from kiosk.settings.config import load_config

        clinic = clinic_for(load_config(config_path).config)
    except Exception:  # the very thing that stops the kiosk may be in there
        return "", ""
    return clinic.name, clinic.phone


def load_window(engine: QQmlApplicationEngine, clinic: tuple[str, str] = ("", "")) -> QQuickWindow:
    """``clinic``: the name and phone to show under the notice (plain text; none when empty)."""
    engine.setInitialProperties({"clinicName": clinic[0], "clinicPhone": clinic[1]})
    for path in sorted(fonts_root().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            font = QGuiApplication.font()
            font.setFamily(families[0])
            QGuiApplication.setFont(font)
    engine.load(QUrl.fromLocalFile(str(qml_root() / QML_FILE)))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError(f"{qml_root() / QML_FILE} failed to load")
    return roots[0]


def run_out_of_order(fullscreen: bool, size: tuple[int, int], config_path: Path | None = None) -> int:
    """Shows the screen until the supervisor ends it (SIGTERM keeps its default: end at once)."""
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication([])
    draw_in_software_without_opengl(app)
    engine = QQmlApplicationEngine()
    window = load_window(engine, clinic_contact(config_path))
    if fullscreen:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
    else:
        window.resize(*size)
        window.show()
    code = app.exec()
    del engine
    return code
