"""What clinic IT sets: ``kiosk.toml`` (``config``: keys, checks, defaults), the clinic's name, phone
and emergency number (``clinic``), opening hours (``opening_hours``) and the admin PIN file's name
and format (``pin_file``), which config reads and the staff tools write.

May import ``kiosk.content`` (a clinic folder's problems are reported like content's),
``kiosk.session`` and ``kiosk.files``.
"""
