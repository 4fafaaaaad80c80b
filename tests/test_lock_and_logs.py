"""Where the kiosk keeps its single-instance lock and what it sends to stderr: both can stop a
kiosk for good (a lock another user planted in /tmp) or fill a disk (a desktop session appends
stderr to ~/.xsession-errors, which nothing rotates)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kiosk import APP_ID
from kiosk.files.platform_dirs import lock_path
from kiosk.files.resources import app_root
from kiosk.operations.logging_setup import LOG_FILE, configure_logging, release_held_records
from kiosk.stats.schema import default_path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_the_lock_is_beside_the_database_never_in_a_shared_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for runtime in (None, str(tmp_path / "runtime")):
        if runtime is None:
            monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
        else:
            monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
        lock = lock_path()
        assert lock.parent == default_path().parent, "two kiosks sharing a database must share its lock"
        assert lock.parent != Path(tempfile.gettempdir()) and lock.is_relative_to(tmp_path / "data")
        # The folder exists (QLockFile cannot make it) and only its owner may write there.
        mode = lock.parent.stat().st_mode
        assert stat.S_ISDIR(mode) and not mode & (stat.S_IWGRP | stat.S_IWOTH)


def test_with_a_log_file_stderr_gets_only_warnings_and_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        assert configure_logging(tmp_path / "logs") == tmp_path / "logs" / LOG_FILE
        log = logging.getLogger("kiosk.test")
        log.info("an everyday event")
        log.warning("something to look at")
        log.error("something broke")
    finally:
        configure_logging(level=logging.WARNING)
    stderr = capsys.readouterr().err
    assert "an everyday event" not in stderr
    assert "something to look at" in stderr and "something broke" in stderr
    written = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "an everyday event" in written and "something broke" in written


def test_a_kiosk_start_opens_its_log_file_after_the_first_frame_and_loses_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = tmp_path / "logs" / LOG_FILE
    try:
        assert configure_logging(tmp_path / "logs", hold=True) == log_file
        log = logging.getLogger("kiosk.test")
        log.info("read the config")
        log.warning("a config problem")
        assert not log_file.exists()
        assert "a config problem" in capsys.readouterr().err  # stderr shows warnings at once
        release_held_records()
        log.info("after the first frame")
    finally:
        configure_logging(level=logging.WARNING)
    written = log_file.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in written] == [
        "read the config",
        "a config problem",
        "after the first frame",
    ]
    assert "read the config" not in capsys.readouterr().err


def test_records_held_for_the_log_file_are_written_if_the_kiosk_stops_before_its_first_frame(
    tmp_path: Path,
) -> None:
    try:
        configure_logging(tmp_path / "logs", hold=True)
        logging.getLogger("kiosk.test").error("the QML failed to load")
    finally:
        configure_logging(level=logging.WARNING)  # as logging.shutdown at exit: every handler closed
    assert "the QML failed to load" in (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")


def test_without_a_log_file_stderr_gets_everything(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        assert configure_logging() is None
        logging.getLogger("kiosk.test").info("an everyday event")
    finally:
        configure_logging(level=logging.WARNING)
    assert "an everyday event" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="a file in place of a folder")
def test_an_unwritable_log_folder_keeps_stderr_complete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the log folder should be")
    try:
        assert configure_logging(blocker) is None
        logging.getLogger("kiosk.test").info("an everyday event")
    finally:
        configure_logging(level=logging.WARNING)
    stderr = capsys.readouterr().err
    assert "cannot write logs" in stderr and "an everyday event" in stderr


def _start_kiosk(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The real kiosk in its own process, offscreen; it exits 0 on its first frame (the bench hook)."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "KIOSK_BENCH_T0": str(time.time()),
        **env,
    }
    main = str(app_root() / "main.py")
    config = tmp_path / "kiosk.toml"
    if not config.exists():
        config.write_text("statistics = false\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, main, "--windowed", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


def test_a_second_kiosk_sees_the_lock_whatever_its_runtime_folder(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    data = tmp_path / "data"
    lock_file = data / APP_ID / "kiosk.lock"
    lock_file.parent.mkdir(parents=True)
    first = QLockFile(str(lock_file))
    assert first.tryLock(0)
    try:
        other_runtime = tmp_path / "other-runtime"
        other_runtime.mkdir()
        result = _start_kiosk(tmp_path, XDG_RUNTIME_DIR=str(other_runtime))
    finally:
        first.unlock()
    assert result.returncode == 3, result.stderr
    assert "Another kiosk is already running" in result.stderr


def test_an_unwritable_data_folder_does_not_keep_the_kiosk_from_starting(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")  # even root cannot make a folder here
    result = _start_kiosk(tmp_path)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip()) > 0  # the first frame was drawn
    assert "cannot create the lock file" in result.stderr
