"""How Qt Quick draws: on the GPU when the machine can, in software when it cannot.

On Linux Qt Quick draws with OpenGL, and when no OpenGL context can be made it aborts the
process ("Failed to initialize graphics backend for OpenGL"). That happens on a box whose GPU
has no driver, in a virtual machine, and in a headless compositor: Debian 13's cage with the
pixman renderer offers no EGL, so the kiosk under it would crash at every start. The kiosk's
screens are flat text, shapes and pictures, which Qt Quick's software renderer draws well, so a
kiosk that cannot get OpenGL draws in software and says so once in the log."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtGui import QGuiApplication, QOpenGLContext
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

log = logging.getLogger(__name__)

#: Platforms where Qt Quick would draw with OpenGL (offscreen and the rest already draw in
#: software or with another API).
OPENGL_PLATFORMS = ("wayland", "xcb", "eglfs")
#: Set by IT (or Qt's own variables) to choose the renderer: then the kiosk does not choose.
CHOSEN_BY_ENVIRONMENT = ("QT_QUICK_BACKEND", "QSG_RHI_BACKEND")


def draw_in_software_without_opengl(app: QGuiApplication) -> bool:
    """Chooses Qt Quick's software renderer if OpenGL is what Qt Quick would use here and no
    OpenGL context can be made; call before the first window. True if it chose software."""
    if sys.platform != "linux" or app.platformName() not in OPENGL_PLATFORMS:
        return False
    if any(os.environ.get(name) for name in CHOSEN_BY_ENVIRONMENT):
        return False
    context = QOpenGLContext()
    if context.create():
        return False
    log.warning(
        "OpenGL is not available on this display (%s): drawing in software. The kiosk works the "
        "same; install the graphics driver for smoother scrolling.",
        app.platformName(),
    )
    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    return True
