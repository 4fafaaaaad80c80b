"""Switching a running kiosk to other content, clinic folder or config: a live update between
patients (kiosk.operations.upkeep decides when) or the staff panel's "Reload content". One step
for both, so every backend that shows a part of it takes the new part at the same moment."""

from __future__ import annotations

import logging

from kiosk.content.library import ContentLibrary
from kiosk.operations.updates import Update
from kiosk.session.state import Session
from kiosk.settings.config import LoadedConfig
from kiosk.settings.opening_hours import AfterHours, parse_open_hours
from ui.backend.clinic_backend import ClinicBackend
from ui.backend.content_backend import ContentBackend
from ui.backend.idle_controller import Idle
from ui.backend.my_questions import MyQuestions

log = logging.getLogger(__name__)


class ContentSwitch:
    """What the kiosk shows now (the library and the config in use) and the one way to change it."""

    def __init__(
        self,
        library: ContentLibrary,
        loaded: LoadedConfig,
        session: Session,
        content: ContentBackend,
        clinic: ClinicBackend,
        my_questions: MyQuestions,
        idle: Idle,
    ) -> None:
        self.library = library
        self.loaded = loaded
        self._session = session
        self._content = content
        self._clinic = clinic
        self._my_questions = my_questions
        self._idle = idle

    def to_update(self, update: Update) -> None:
        """A live update that passed its checks: content, clinic folder and opening hours at once."""
        self.loaded = update.loaded
        self._show(update.library)
        self._clinic.replace(update.clinic)
        self._my_questions.clinic_line = self._clinic.contact_line()
        self._idle.after_hours = AfterHours(parse_open_hours(update.loaded.config.open_hours))
        content = self._content.content
        log.info("now showing content %s from %s", content.site.content_version, content.source)

    def reload(self) -> str:
        """The staff's Reload: every language read again from the same folders; the staff panel's
        line about how it went."""
        library = ContentLibrary(self.library.custom_root, emergency_number=self.library.emergency_number)
        library.content(self._session.language)
        library.load_all()
        self._show(library)
        content = self._content.content
        if library.problems:
            return f"Content has {len(library.problems)} problem(s); showing {content.source}. See the log."
        return f"Content {content.site.content_version} reloaded from {content.source}."

    def _show(self, library: ContentLibrary) -> None:
        """From now on, this content: the languages offered and what every screen shows."""
        self.library = library
        self._session.offer_languages(library.offered())
        self._content.replace_library(library)
