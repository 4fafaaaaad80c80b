"""Running unattended: the supervisor that keeps the kiosk on screen (``supervisor``), the heartbeat
and watchdog pipe (``heartbeat``), the Prometheus metrics file (``metrics``), content and config
replaced while running (``updates``) and the one logging setup (``logging_setup``).

The top layer: may import every other part of ``kiosk``; nothing in ``kiosk`` imports it.
"""
