"""What a running kiosk does on its 30 s beat, and when it switches to new files.

On each beat: a byte down the supervisor's watchdog pipe (first: a full disk must not make a
working kiosk look hung), the heartbeat file for IT, the Prometheus metrics file, and a look for
new content, clinic folder or config (kiosk.operations.updates). An update that passed its checks
waits for the next patient: it is switched to at the session's reset, or at once while nobody is
there (the attract loop or the closed screen). The UI owns the timer and does the switch itself;
this class only decides when.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from kiosk.files.platform_dirs import runtime_dir
from kiosk.operations.heartbeat import HEARTBEAT_FILE, SupervisorPipe, write_heartbeat
from kiosk.operations.metrics import KioskMetrics
from kiosk.operations.updates import Update, UpdateCheck
from kiosk.session.state import Layer, Session

log = logging.getLogger(__name__)

#: Layers under which nobody is using the kiosk, so an update can be shown at once.
_NOBODY_THERE = (Layer.ATTRACT, Layer.CLOSED)


class Upkeep:
    def __init__(
        self,
        session: Session,
        metrics: KioskMetrics,
        updates: UpdateCheck,
        switch: Callable[[Update], None],
        state: Callable[[], Mapping[str, object]],
        metrics_file: Callable[[], str],
        started: float,
        supervisor: SupervisorPipe | None = None,
    ) -> None:
        self.session = session
        self.metrics = metrics
        self.updates = updates
        self.supervisor = supervisor or SupervisorPipe.from_environment()
        self._switch = switch
        self._state = state
        self._metrics_file = metrics_file
        self._started = started
        self._pending: Update | None = None
        self._metrics_failed = False
        session.events.reset.connect(lambda _: self._switch_now())

    def beat(self) -> None:
        """The 30 s beat: the watchdog pipe, the heartbeat file, the metrics file."""
        self.supervisor.beat()  # first: the file below may fail on a full disk, the kiosk is not hung
        try:
            write_heartbeat(runtime_dir() / HEARTBEAT_FILE, self._state(), self._started)
        except OSError as exc:
            log.error("cannot write heartbeat: %s", exc)
        self.write_metrics()

    def write_metrics(self, up: bool = True) -> None:
        """The Prometheus file (config metrics_file); a failure is logged once until a write
        succeeds again."""
        path = self._metrics_file()
        if not path:
            return
        try:
            self.metrics.write(Path(path), up)
        except OSError as exc:
            if not self._metrics_failed:
                log.error("cannot write metrics to %s: %s", path, exc)
            self._metrics_failed = True
        else:
            if self._metrics_failed:
                log.warning("metrics written to %s again", path)
            self._metrics_failed = False

    def check_for_updates(self) -> None:
        """New content, clinic folder or config, switched to at the next reset, or at once while
        nobody is there."""
        update = self.updates.poll()
        if update is not None:
            log.info("an update passed its checks; showing it when no patient is using the kiosk")
            self._pending = update
        if self.session.layer in _NOBODY_THERE:
            self._switch_now()

    def _switch_now(self) -> None:
        update, self._pending = self._pending, None
        if update is not None:
            self.metrics.config_problems = len(update.loaded.problems)
            self._switch(update)

    def stop(self, beating: bool = True) -> None:
        """A deliberate stop: the metrics say so (up 0, not a crash) if the beat had started, and
        the watchdog pipe closes."""
        if beating:
            self.write_metrics(up=False)
        self.supervisor.close()
