"""The "Please ask our staff" screen the supervisor shows behind a kiosk that keeps failing at
start-up (kiosk.operations.supervisor), so a patient sees a calm notice instead of the desktop. Deliberately
tiny: no config, content, statistics or backends, only the bundled font and one QML file."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.files.resources import fonts_root, qml_root
from ui.graphics import draw_in_software_without_opengl

QML_FILE = "OutOfOrder.qml"


def load_window(engine: QQmlApplicationEngine) -> QQuickWindow:
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


def run_out_of_order(fullscreen: bool, size: tuple[int, int]) -> int:
    """Shows the screen until the supervisor ends it (SIGTERM keeps its default: end at once)."""
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication([])
    draw_in_software_without_opengl(app)
    engine = QQmlApplicationEngine()
    window = load_window(engine)
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
