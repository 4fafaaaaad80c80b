"""QObject adapters that expose ``kiosk`` state to QML as properties, signals and list models."""
