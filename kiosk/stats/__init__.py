"""Anonymous usage statistics in SQLite: the schema (``schema``), recording and batched writes
(``database``), the staff panel's reads (``queries``), the CSV export (``export``) and the recorder
that turns a session's events into statistics (``recorder``).

May import ``kiosk.session`` and ``kiosk.files``; never ``kiosk.staff`` or ``kiosk.operations``.
"""
