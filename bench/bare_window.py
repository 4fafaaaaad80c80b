"""The yardstick for start-up: a bare Qt Quick window (one Window, two Text items) that prints the
seconds to its first painted frame and exits, measured the same way as the kiosk in the same run."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

QML = b"""
import QtQuick
Window {
    width: 1920; height: 1080; visible: true
    Text { text: "Treatment options for chronic pain"; font.pixelSize: 56 }
    Text { y: 100; text: "This does not replace talking with your doctor."; font.pixelSize: 28 }
}
"""


def main() -> None:
    started = float(os.environ["KIOSK_BENCH_T0"])
    app = QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.loadData(QML)
    window = engine.rootObjects()[0]

    def first_frame() -> None:
        print(f"{time.time() - started:.4f}", flush=True)
        os._exit(0)

    window.frameSwapped.connect(first_frame)  # type: ignore[attr-defined]
    app.exec()


if __name__ == "__main__":
    main()
