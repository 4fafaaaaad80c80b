"""One patient's visit: the screen and layers in view, the language and text size chosen, the
open answers and saved questions, and the idle timing that ends the visit with one reset.

``state`` holds the ``Session`` (every field a patient changes and its change events), ``navigation``
the screens and layers, ``choices`` the languages and text sizes, ``idle`` the idle phases, ``events``
the small evented-model base.

May import ``kiosk.files`` only: the session knows nothing of content, settings or statistics.
"""
