"""The .deb judged as a Debian maintainer of each tested release would: that release's lintian (in
a fresh root of it, tests/installed/fresh_root.py) reports no error, except the ones the package
overrides on purpose (installer/linux/lintian-overrides, each with its reason), and every override
still matches something."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.installed.fresh_root import RELEASES, FreshRoot, Release, cached_tarball_with, root_needed
from tests.installed.test_deb import CACHE

DEB = os.environ.get("KIOSK_DEB", "")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not DEB, reason="set KIOSK_DEB to a .deb (make deb-test)")]


@pytest.mark.parametrize("release", RELEASES, ids=[release.id for release in RELEASES])
def test_lintian_finds_no_error_that_is_not_overridden_with_a_reason(
    release: Release, tmp_path_factory: pytest.TempPathFactory
) -> None:
    reason = root_needed()
    if reason:
        pytest.fail(reason)
    work = tmp_path_factory.mktemp("lintian")
    fresh = FreshRoot(
        cached_tarball_with(CACHE, release, "lintian", ["lintian"], work), work, release.apt_archives(CACHE)
    )
    try:
        shutil.copyfile(DEB, fresh.path("/tmp/kiosk.deb"))
        version = fresh.run("lintian", "--version").stdout.strip()
        result = fresh.run("lintian", "--fail-on", "error", "--tag-display-limit", "0", "/tmp/kiosk.deb")
    finally:
        fresh.close()
    report = f"{release.name}, {version}:\n{result.stdout}{result.stderr}"
    print(report)
    assert result.returncode == 0, report
    assert "mismatched-override" not in report and "unused-override" not in report, report
