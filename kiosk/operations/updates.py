"""Content, clinic and config updates without a restart: IT replaces the content folder, the
clinic folder or kiosk.toml (by hand, Ansible, a file share), and the kiosk notices, checks the
new files and hands them over to be switched to when no patient is using the screen.

Files are compared by a cheap fingerprint (each file's path, size and modification time) on the
UI's 30 s timer: it survives a folder replaced by a rename, which a file watcher loses track of,
and costs a few dozen stat calls. A change is read only once it has stopped changing for one
interval (a copy still running is never half-read). New content must be entirely valid to be
used: a folder with a problem is logged, problem by problem, and the current content stays (a
start-up falls back to the bundled content instead, but a running kiosk already shows good content).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.library import ContentLibrary
from kiosk.settings.clinic import Clinic, clinic_for, load_clinic
from kiosk.settings.config import LoadedConfig, load_config

log = logging.getLogger(__name__)

#: Files looked at per folder: far more than any content folder has; a folder of thousands of files
#: (a mistake) is not walked every 30 s.
MAX_FILES = 2000
#: Keys a running kiosk takes over with an update; the others need a restart.
LIVE_KEYS = frozenset(
    {"content_dir", "clinic_dir", "clinic_name", "clinic_phone", "emergency_number", "open_hours", "metrics_file"}
)

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(paths: Iterable[Path | None]) -> Fingerprint:
    """(path, size, modification time) of every file in or at ``paths``; missing ones count too."""
    found: list[tuple[str, int, int]] = []
    for path in paths:
        if path is None:
            continue
        if not path.is_dir():
            try:
                info = path.stat()
                found.append((str(path), info.st_size, info.st_mtime_ns))
            except OSError:
                found.append((str(path), -1, -1))
            continue
        count = 0
        for folder, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                count += 1
                if count > MAX_FILES:
                    break
                try:
                    info = os.stat(os.path.join(folder, name))
                except OSError:
                    continue
                found.append((os.path.join(folder, name), info.st_size, info.st_mtime_ns))
            if count > MAX_FILES:
                break
    return tuple(found)


@dataclass(frozen=True)
class Update:
    """Checked, ready to show: a library with every language read, the clinic, the config."""

    library: ContentLibrary
    clinic: Clinic
    loaded: LoadedConfig


class UpdateCheck:
    """Call ``poll`` on a timer; it returns an Update once changed files are settled and valid."""

    def __init__(self, loaded: LoadedConfig, content_root: Path | None) -> None:
        self.loaded = loaded
        #: The content folder in use (``--content`` on the command line wins over the config's).
        self.content_root = content_root
        self._from_command_line = content_root is not None and str(content_root) != loaded.config.content_dir
        self._known = self._fingerprint()
        self._settling: Fingerprint | None = None

    def _watched(self) -> list[Path | None]:
        config = self.loaded.config
        clinic = Path(config.clinic_dir) if config.clinic_dir else None
        return [self.loaded.path, self.content_root, clinic]

    def _fingerprint(self) -> Fingerprint:
        return fingerprint(self._watched())

    def poll(self) -> Update | None:
        now = self._fingerprint()
        if now == self._known:
            self._settling = None
            return None
        if now != self._settling:  # still changing, or just changed: look again next time
            self._settling = now
            return None
        self._settling = None
        self._known = now
        return self.check()

    def check(self) -> Update | None:
        """Read and check everything the watched files feed; None (and a log of why) if any of it
        is not valid, so the kiosk keeps what it shows."""
        loaded = self.loaded
        if loaded.path is not None:
            loaded = load_config(loaded.path)
            if loaded.problems:
                log.error(
                    "kiosk.toml changed but has %d problem(s); keeping the current settings:", len(loaded.problems)
                )
                for problem in loaded.problems:
                    log.error("  %s", problem)
                return None
            old, new = self.loaded.config, loaded.config
            later = sorted(k for k in vars(new) if k not in LIVE_KEYS and getattr(old, k) != getattr(new, k))
            if later:
                log.warning("kiosk.toml: %s change(s) at the next restart of the kiosk", ", ".join(later))
        config = loaded.config
        if config.clinic_dir:
            _clinic, problems = load_clinic(Path(config.clinic_dir), config)
            if problems:
                log.error("the new clinic folder has %d problem(s); keeping the current one:", len(problems))
                for clinic_problem in problems:
                    log.error("  %s", clinic_problem)
                return None
        clinic = clinic_for(config)
        root = (
            self.content_root if self._from_command_line else (Path(config.content_dir) if config.content_dir else None)
        )
        library = ContentLibrary(root, emergency_number=clinic.emergency_number)
        library.load_all()
        if library.problems:
            log.error("the new content has %d problem(s); keeping the current content:", len(library.problems))
            for content_problem in library.problems:
                log.error("  %s", content_problem)
            return None
        self.loaded, self.content_root = loaded, root
        self._known = self._fingerprint()  # the folders to watch may have changed with the config
        return Update(library, clinic, loaded)
