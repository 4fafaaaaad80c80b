"""Staff access and the commands IT runs: setting and checking the PIN (``pin``), the lockout after
wrong tries (``lockout``), and ``--check-config``, ``--set-admin-pin`` and ``--review-sheet``
(``commands``).

May import ``kiosk.settings``, ``kiosk.content``, ``kiosk.session`` and ``kiosk.files``; never
``kiosk.stats`` or ``kiosk.operations``.
"""
