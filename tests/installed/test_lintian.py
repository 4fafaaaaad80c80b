"""The .deb judged as a Debian maintainer would: lintian reports no error, except the ones the
package overrides on purpose (installer/linux/lintian-overrides, each with its reason), and every
override still matches something."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

DEB = os.environ.get("KIOSK_DEB", "")
pytestmark = pytest.mark.skipif(not DEB, reason="set KIOSK_DEB to a .deb (make deb-test)")


def test_lintian_finds_no_error_that_is_not_overridden_with_a_reason() -> None:
    if shutil.which("lintian") is None:
        pytest.fail("lintian is missing (make system-deps installs it)")
    result = subprocess.run(
        ["lintian", "--fail-on", "error", "--tag-display-limit", "0", DEB], capture_output=True, text=True, timeout=600
    )
    report = result.stdout + result.stderr
    print(report)
    assert result.returncode == 0, report
    assert "mismatched-override" not in report and "unused-override" not in report, report
