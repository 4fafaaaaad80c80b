"""The admin PIN: a hash the kiosk can check in a moment or a clear error, a file only root and the
kiosk can read, and a keypad lockout that escalates and survives a restart."""

from __future__ import annotations

import grp
import io
import json
import logging
import os
import stat
from pathlib import Path

import pytest

from kiosk.settings.config import load_config
from kiosk.settings.pin_file import WindowsRights, windows_rights_problem
from kiosk.staff.commands import check_config, set_admin_pin
from kiosk.staff.lockout import Attempt, PinGate
from kiosk.staff.pin import hash_pin, verify_pin

PIN = "246813"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin(PIN)


# ---------------------------------------------------------------- the hash
def test_the_hash_is_salted_and_verifies(stored: str) -> None:
    again = hash_pin(PIN)
    assert stored != again and PIN not in stored
    assert verify_pin(PIN, stored) and verify_pin(PIN, again)
    assert not verify_pin("246814", stored)
    assert not verify_pin(PIN, "garbage")


@pytest.mark.parametrize(
    "cost",
    ["$16384$8$16$", "$1048576$8$1$", "$65536$16$1$", "$3$8$1$", "$16384$0$1$"],
    ids=["slow", "huge-memory", "over-64-MiB", "not-a-power-of-two", "r-zero"],
)
def test_a_hash_that_would_freeze_or_fail_is_an_error_not_a_lockout(tmp_path: Path, stored: str, cost: str) -> None:
    """Out-of-range scrypt costs: --check-config exits 1 naming the file; the kiosk refuses staff
    access with that reason instead of burning seconds per try or failing in OpenSSL."""
    (tmp_path / "kiosk.toml").write_text("", encoding="utf-8")
    (tmp_path / "admin-pin").write_text(stored.replace("$16384$8$1$", cost) + "\n", encoding="utf-8")
    os.chmod(tmp_path / "admin-pin", 0o640)
    out = io.StringIO()
    assert check_config(tmp_path / "kiosk.toml", out) == 1
    assert f"{tmp_path / 'admin-pin'}: scrypt cost" in out.getvalue()
    assert "Staff access is refused until it is fixed" in out.getvalue()
    assert load_config(tmp_path / "kiosk.toml").config.admin_pin_hash == ""


def test_the_largest_accepted_cost_still_answers_in_a_moment() -> None:
    import time

    heavy = hash_pin(PIN).replace("$16384$8$1$", "$65536$8$1$")  # N·r·p = 2^19, 64 MiB
    started = time.monotonic()
    assert not verify_pin(PIN, heavy)  # the digest is for other costs: wrong, but computed
    assert time.monotonic() - started < 2.0


def test_a_malformed_pin_file_is_a_check_config_error(tmp_path: Path) -> None:
    (tmp_path / "admin-pin").write_text("hunter2\n", encoding="utf-8")
    out = io.StringIO()
    assert check_config(tmp_path / "kiosk.toml", out) == 1
    assert "not a hash written by --set-admin-pin" in out.getvalue()


# ---------------------------------------------------------------- the PIN file
def _set(path: Path, pin: str, group: str = "pain-therapy-kiosk-test-none") -> tuple[int, str]:
    answers = iter([pin, pin])
    out = io.StringIO()
    return set_admin_pin(path, out, ask=lambda _prompt: next(answers), group=group), out.getvalue()


def test_set_admin_pin_writes_the_hash_to_a_file_only_root_and_the_kiosk_can_read(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('# Front desk\nclinic_name = "Valley"\n', encoding="utf-8")
    group = grp.getgrgid(os.getgid()).gr_name
    code, said = _set(config, PIN, group)
    assert code == 0, said
    pin_file = tmp_path / "admin-pin"
    info = pin_file.stat()
    assert stat.S_IMODE(info.st_mode) == 0o640
    assert (info.st_uid, info.st_gid) == (os.getuid(), os.getgid())
    assert f"mode 0640, owner {Path('/proc/self').owner()}, group {group}" in said
    assert PIN not in pin_file.read_text(encoding="utf-8")
    assert config.read_text(encoding="utf-8") == '# Front desk\nclinic_name = "Valley"\n'  # untouched
    loaded = load_config(config)
    assert (loaded.problems, loaded.warnings) == ((), ())
    assert verify_pin(PIN, loaded.config.admin_pin_hash)
    assert loaded.pin_source == str(pin_file)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another group needs root")
def test_as_root_the_file_goes_to_the_kiosk_group_and_keeps_its_rights(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    group = grp.getgrnam("daemon")  # stands in for pain-therapy-kiosk, which the .deb makes
    assert _set(config, PIN, group.gr_name)[0] == 0
    pin_file = tmp_path / "admin-pin"
    assert (stat.S_IMODE(pin_file.stat().st_mode), pin_file.stat().st_gid) == (0o640, group.gr_gid)
    # IT tightened it: a new PIN keeps owner, group and mode (never wider than 0640).
    os.chmod(pin_file, 0o600)
    os.chown(pin_file, 1, 0)
    assert _set(config, "13572468", group.gr_name)[0] == 0
    info = pin_file.stat()
    assert (stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid) == (0o600, 1, 0)
    assert verify_pin("13572468", load_config(config).config.admin_pin_hash)
    os.chmod(pin_file, 0o666)
    assert _set(config, PIN, group.gr_name)[0] == 0
    assert stat.S_IMODE(pin_file.stat().st_mode) == 0o640


def test_a_group_that_does_not_exist_is_said_plainly(tmp_path: Path) -> None:
    code, said = _set(tmp_path / "kiosk.toml", PIN)
    assert code == 0
    assert "Make it readable by the kiosk's user: chgrp" in said


@pytest.mark.parametrize("pin", ["12345", "2468", "12a456", "１２３４５６", "1234567890123"])
def test_set_admin_pin_refuses_fewer_than_six_digits(tmp_path: Path, pin: str) -> None:
    code, said = _set(tmp_path / "kiosk.toml", pin)
    assert code == 1
    assert "A PIN is 6 to 12 digits. Nothing was changed." in said
    assert not (tmp_path / "admin-pin").exists()


def test_set_admin_pin_refuses_two_different_pins(tmp_path: Path) -> None:
    answers = iter(["246813", "246814"])
    assert set_admin_pin(tmp_path / "kiosk.toml", io.StringIO(), ask=lambda _p: next(answers)) == 1
    assert not (tmp_path / "admin-pin").exists()


def test_a_hash_left_in_kiosk_toml_still_opens_the_keypad_with_a_warning(tmp_path: Path, stored: str) -> None:
    """Installs from before the PIN file keep their PIN; --set-admin-pin moves it out."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'clinic_name = "Valley"\nadmin_pin_hash = "{stored}"\nscreen = 0\n', encoding="utf-8")
    loaded = load_config(config)
    assert loaded.problems == ()
    assert [(w.line, w.key) for w in loaded.warnings] == [(2, "admin_pin_hash")]
    assert "every user of this computer can read this file" in loaded.warnings[0].message
    assert verify_pin(PIN, loaded.config.admin_pin_hash)
    out = io.StringIO()
    assert check_config(config, out) == 0  # a warning, not an error
    assert "1 warning(s)" in out.getvalue() and f"# Admin PIN: set ({config})" in out.getvalue()
    assert "admin_pin_hash" not in out.getvalue().split("# Effective configuration")[1].split("# Admin PIN")[0]

    code, said = _set(config, "13572468")
    assert code == 0 and "The old PIN hash was removed" in said
    assert config.read_text(encoding="utf-8") == 'clinic_name = "Valley"\nscreen = 0\n'
    loaded = load_config(config)
    assert loaded.warnings == ()
    assert verify_pin("13572468", loaded.config.admin_pin_hash)


def test_the_pin_file_wins_over_a_hash_left_in_kiosk_toml(tmp_path: Path, stored: str) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'admin_pin_hash = "{hash_pin("999999")}"\n', encoding="utf-8")
    (tmp_path / "admin-pin").write_text(stored + "\n", encoding="utf-8")
    os.chmod(tmp_path / "admin-pin", 0o640)
    loaded = load_config(config)
    assert verify_pin(PIN, loaded.config.admin_pin_hash)
    assert [w.key for w in loaded.warnings] == ["admin_pin_hash"]
    assert "ignored" in loaded.warnings[0].message


def test_a_pin_file_anyone_can_change_is_refused_and_one_anyone_can_read_is_warned_about(
    tmp_path: Path, stored: str
) -> None:
    pin_file = tmp_path / "admin-pin"
    pin_file.write_text(stored + "\n", encoding="utf-8")
    os.chmod(pin_file, 0o666)
    loaded = load_config(tmp_path / "kiosk.toml")
    assert loaded.config.admin_pin_hash == ""
    assert "users other than its owner can change it (mode 0666)" in loaded.problems[-1].message
    os.chmod(pin_file, 0o644)
    loaded = load_config(tmp_path / "kiosk.toml")
    assert verify_pin(PIN, loaded.config.admin_pin_hash)
    assert "every user can read it (mode 0644)" in loaded.warnings[0].message


# ---------------------------------------------------------------- the lockout
class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _wrong(gate: PinGate, times: int) -> list[Attempt]:
    return [gate.attempt("000000") for _ in range(times)]


def test_lockouts_escalate_from_a_minute_to_an_hour_across_restarts(
    tmp_path: Path, stored: str, caplog: pytest.LogCaptureFixture
) -> None:
    state, clock = tmp_path / "state" / "lockout.json", Clock()
    caplog.set_level(logging.INFO)
    expected = [60, 120, 240, 480, 960, 1920, 3600, 3600]
    for lockout, seconds in enumerate(expected, start=1):
        gate = PinGate(stored, state, clock)  # a restart before every round
        assert _wrong(gate, 5) == [Attempt.WRONG] * 4 + [Attempt.LOCKED_OUT]
        assert f"admin keypad locked for {seconds} s after 5 wrong PINs in a row (lockout {lockout}" in caplog.text
        restarted = PinGate(stored, state, clock)
        assert restarted.locked_for() == seconds
        assert restarted.attempt(PIN) is Attempt.REFUSED  # even the right PIN waits
        clock.now += seconds - 1
        assert restarted.attempt(PIN) is Attempt.REFUSED
        clock.now += 1
    gate = PinGate(stored, state, clock)
    assert gate.attempt(PIN) is Attempt.RIGHT  # forgives everything
    assert _wrong(PinGate(stored, state, clock), 5)[-1] is Attempt.LOCKED_OUT
    assert PinGate(stored, state, clock).locked_for() == 60


def test_wrong_pins_before_a_restart_still_count(tmp_path: Path, stored: str) -> None:
    state, clock = tmp_path / "lockout.json", Clock()
    _wrong(PinGate(stored, state, clock), 3)
    assert _wrong(PinGate(stored, state, clock), 2) == [Attempt.WRONG, Attempt.LOCKED_OUT]


def test_a_try_cut_short_counts(tmp_path: Path, stored: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The power fails while scrypt runs: the try was written down before the check."""
    state, clock = tmp_path / "lockout.json", Clock()

    def power_cut(_pin: str, _stored: str) -> bool:
        raise KeyboardInterrupt

    monkeypatch.setattr("kiosk.staff.lockout.verify_pin", power_cut)
    with pytest.raises(KeyboardInterrupt):
        PinGate(stored, state, clock).attempt("000000")
    assert json.loads(state.read_text())["failures"] == 1


def test_a_day_without_a_wrong_pin_forgets_the_escalation(tmp_path: Path, stored: str) -> None:
    state, clock = tmp_path / "lockout.json", Clock()
    for _ in range(3):
        _wrong(PinGate(stored, state, clock), 5)
        clock.now += 3600
    clock.now += 86400
    _wrong(PinGate(stored, state, clock), 5)
    assert PinGate(stored, state, clock).locked_for() == 60


def test_a_clock_set_back_never_lengthens_a_lockout(tmp_path: Path, stored: str) -> None:
    state, clock = tmp_path / "lockout.json", Clock()
    _wrong(PinGate(stored, state, clock), 5)
    clock.now -= 10 * 86400
    assert PinGate(stored, state, clock).locked_for() == 60


@pytest.mark.parametrize("text", ["", "{", "[]", '{"failures": "x"}', "\x00" * 10, "9" * 5000])
def test_a_damaged_lockout_file_is_logged_and_counting_starts_again(
    tmp_path: Path, stored: str, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    state = tmp_path / "lockout.json"
    state.write_text(text, encoding="utf-8")
    gate = PinGate(stored, state, Clock())
    assert gate.locked_for() == 0
    assert "lockout file" in caplog.text
    assert gate.attempt(PIN) is Attempt.RIGHT


def test_a_lockout_file_that_cannot_be_written_is_logged_once(
    tmp_path: Path, stored: str, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    gate = PinGate(stored, blocker / "lockout.json", Clock())
    assert _wrong(gate, 5)[-1] is Attempt.LOCKED_OUT  # still counted, in memory
    assert caplog.text.count("cannot write the admin PIN lockout file") == 1


# ---------------------------------------------------------------- Windows: who owns and may change the file
ADMINS, SYSTEM, USERS, A_USER = "S-1-5-32-544", "S-1-5-18", "S-1-5-32-545", "S-1-5-21-1-2-3-1001"


@pytest.mark.parametrize(
    ("rights", "problem"),
    [
        (WindowsRights(ADMINS, (ADMINS, SYSTEM)), None),  # what --set-admin-pin writes
        (WindowsRights(SYSTEM, (SYSTEM,)), None),
        (WindowsRights(A_USER, (ADMINS, SYSTEM)), f"owned by {A_USER}, not by Administrators or SYSTEM"),
        (
            WindowsRights(ADMINS, (ADMINS, SYSTEM, USERS)),
            f"other than Administrators and SYSTEM can change it ({USERS})",
        ),
        (WindowsRights(ADMINS, None), "no access list, so every user can change it"),
    ],
)
def test_on_windows_a_pin_file_anyone_could_have_planted_or_changed_is_refused(
    rights: WindowsRights, problem: str | None
) -> None:
    """ProgramData lets any user create a file in a folder nobody locked down: a PIN file owned by
    someone other than Administrators or SYSTEM, or that others may change, may hold a PIN of a
    patient's or a visitor's choosing. The rule the kiosk applies to what advapi32 reports."""
    found = windows_rights_problem(rights)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_on_windows_the_kiosk_refuses_such_a_file_and_set_admin_pin_makes_one_it_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """read_pin_file on Windows asks who owns the file and who may change it (read with advapi32
    there; a stand-in here) and refuses the PIN with the reason; --set-admin-pin sets the owner
    to Administrators and the access list icacls grants, which pass."""
    import sys

    from kiosk.settings import pin_file
    from kiosk.staff import pin

    path = tmp_path / "admin-pin"
    path.write_text(hash_pin("246810") + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(pin_file, "_windows_rights", lambda _p: WindowsRights(A_USER, (A_USER,)), raising=False)
    refused = pin_file.read_pin_file(path)
    assert not refused.hash and "owned by" in refused.problem and "as Administrator" in refused.problem
    monkeypatch.setattr(pin_file, "_windows_rights", lambda _p: WindowsRights(ADMINS, (ADMINS, SYSTEM)), raising=False)
    assert pin_file.read_pin_file(path).hash.startswith("scrypt$")
    calls: list[list[str]] = []

    class Done:
        returncode, stdout, stderr = 0, "", ""

    monkeypatch.setattr("subprocess.run", lambda args, **_kw: calls.append(args) or Done())
    pin._restrict_on_windows(path)
    assert ["icacls", str(path), "/setowner", "*" + ADMINS] in calls
    grant = next(c for c in calls if "/grant:r" in c)
    assert "/inheritance:r" in grant and {"*S-1-5-32-544:F", "*S-1-5-18:F"} <= set(grant)
