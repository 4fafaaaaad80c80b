"""Prints seconds from process start to the first painted frame of Overview (one run).

The parent passes its clock in BENCH_T0 just before starting this process, so interpreter start,
imports, content loading, QML compilation and the first render are all inside the figure.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.app import Kiosk, WindowOptions, create_application, load_contents

app = create_application()
contents, _ = load_contents(None)
kiosk = Kiosk(contents)


def first_frame() -> None:
    print(f"{time.time() - float(os.environ['BENCH_T0']):.4f}", flush=True)
    os._exit(0)


kiosk.window.frameSwapped.connect(first_frame)
kiosk.show(WindowOptions(fullscreen=False, size=(1920, 1080)))
app.exec()
