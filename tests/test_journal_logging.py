"""Logs where IT collects them: under systemd (stderr is the journal) each record is a structured
journal entry with its priority and what the kiosk showed; elsewhere the rotating file stays.
The journal is played by a Unix datagram socket that reads entries as journald would."""

from __future__ import annotations

import logging
import os
import socket
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.content.model import Content
from kiosk.operations.logging_setup import LOG_FILE, configure_logging, set_log_context
from tests.conftest import KioskFactory

log = logging.getLogger("kiosk.test")


def parse_entry(data: bytes) -> dict[str, str]:
    """journald's native format: KEY=value lines, or KEY, a newline, a 64-bit length and the bytes."""
    fields: dict[str, str] = {}
    while data:
        line, _, rest = data.partition(b"\n")
        if b"=" in line:
            key, _, value = line.partition(b"=")
            fields[key.decode()] = value.decode()
            data = rest
        else:
            (size,) = struct.unpack("<Q", rest[:8])
            fields[line.decode()] = rest[8 : 8 + size].decode()
            data = rest[9 + size :]
    return fields


def drain(server: socket.socket) -> list[dict[str, str]]:
    """Every entry sent so far."""
    server.setblocking(False)
    entries = []
    try:
        while True:
            entries.append(parse_entry(server.recv(65536)))
    except BlockingIOError:
        pass
    server.settimeout(5)
    return entries


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[tuple[Path, socket.socket]]:
    path = tmp_path / "journal.socket"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(path))
    server.settimeout(5)
    yield path, server
    configure_logging()  # back to stderr for the tests after this one
    set_log_context(dict)
    server.close()


def test_under_systemd_each_record_is_a_structured_journal_entry_and_no_file_is_written(
    journal: tuple[Path, socket.socket], tmp_path: Path, kiosk_factory: KioskFactory, content: Content
) -> None:
    path, server = journal
    p = kiosk_factory(content)
    assert configure_logging(tmp_path / "logs", journal=path) is None
    set_log_context(p.kiosk.log_context)
    p.tap(p.nav_button("faq"))
    entries = drain(server)
    assert any(e["MESSAGE"] == "screen faq" and e["LOGGER"] == "kiosk.session.state" for e in entries)
    log.warning("content folder has a problem\nsecond line")
    entry = parse_entry(server.recv(65536))
    assert entry["MESSAGE"] == "content folder has a problem\nsecond line"
    assert entry["PRIORITY"] == "4"
    assert entry["SYSLOG_IDENTIFIER"] == "pain-therapy-kiosk" and entry["LOGGER"] == "kiosk.test"
    assert entry["KIOSK_SCREEN"] == "faq" and entry["KIOSK_LAYER"] == "browsing"
    assert entry["KIOSK_CONTENT_VERSION"] == content.site.content_version
    assert entry["CODE_FUNC"] == "test_under_systemd_each_record_is_a_structured_journal_entry_and_no_file_is_written"
    log.error("an error")
    assert parse_entry(server.recv(65536))["PRIORITY"] == "3"
    assert not (tmp_path / "logs" / LOG_FILE).exists()


def test_without_a_journal_the_rotating_file_stays(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    try:
        assert (
            configure_logging(tmp_path / "logs", journal=tmp_path / "no-journal.socket") == tmp_path / "logs" / LOG_FILE
        )
        log.warning("written to the file")
        assert "written to the file" in (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
        assert "cannot log to the journal" in capfd.readouterr().err
    finally:
        configure_logging()


@pytest.mark.parametrize("same", [True, False])
def test_the_journal_is_used_only_when_stderr_is_the_journal(tmp_path: Path, same: bool) -> None:
    """systemd names the stream it connected stderr to in JOURNAL_STREAM (device:inode)."""
    stderr = tmp_path / "stderr"
    stderr.touch()
    info = os.stat(stderr)
    stream = f"{info.st_dev}:{info.st_ino if same else info.st_ino + 1}"
    code = "from kiosk.operations.logging_setup import journal_socket; print(journal_socket())"
    with stderr.open("w") as err:
        found = subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "JOURNAL_STREAM": stream},
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
    assert found.stdout.strip() == ("/run/systemd/journal/socket" if same else "None")
