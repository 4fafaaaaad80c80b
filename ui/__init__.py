"""Qt Quick front end: QML views and the QObject backends that feed them."""
