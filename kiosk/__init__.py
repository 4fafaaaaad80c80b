"""Plain-Python core of the pain-therapy kiosk: content, navigation and kiosk logic, no Qt."""

APP_NAME = "Pain Therapy Kiosk"
APP_ID = "pain-therapy-kiosk"
__version__ = "0.1.0"
