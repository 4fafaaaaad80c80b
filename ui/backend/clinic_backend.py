"""``Clinic`` in QML: the clinic's name, phone, logo and "Ask our staff" card (from IT's folder)."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, QUrl, Signal
from PySide6.QtQml import QmlSingleton, QQmlEngine

from kiosk.session.state import Session
from kiosk.settings.clinic import Clinic
from ui.backend.registry import provided, qml_named

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


@qml_named("Clinic")
@QmlSingleton
class ClinicBackend(QObject):
    changed = Signal()

    def __init__(self, clinic: Clinic, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.session = session
        session.events.language.connect(lambda _language: self.changed.emit())

    @staticmethod
    def create(engine: QQmlEngine) -> ClinicBackend:
        return provided(ClinicBackend, engine)

    def replace(self, clinic: Clinic) -> None:
        """IT's new clinic folder (kiosk.operations.updates), taken over between patients."""
        self.clinic = clinic
        self.changed.emit()

    def contact_line(self) -> str:
        """Name and phone, as the take-home text and the staff card show them."""
        return " · ".join(v for v in (self.clinic.name, self.clinic.phone) if v)

    @Property(str, notify=changed)
    def name(self) -> str:
        return self.clinic.name

    @Property(str, notify=changed)
    def phone(self) -> str:
        return self.clinic.phone

    @Property(str, notify=changed)
    def contact(self) -> str:
        return self.contact_line()

    @Property(str, notify=changed)
    def logo(self) -> str:
        return QUrl.fromLocalFile(str(self.clinic.logo)).toString() if self.clinic.logo else ""

    @Property(str, notify=changed)
    def staffCardHeading(self) -> str:
        card = self.clinic.cards.get(self.session.language.code)
        return card.heading if card else ""

    @Property(str, notify=changed)
    def staffCardText(self) -> str:
        card = self.clinic.cards.get(self.session.language.code)
        return card.text if card else ""
