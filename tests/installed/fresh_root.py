"""A fresh Debian 13, Debian 12 (or another release in RELEASES) to install the .deb into without
touching the host: a minimal root made by mmdebstrap (--variant=apt, from the mirror apt uses),
cached as a tarball (in the user's cache folder, see test_deb.py) and rebuilt after a week,
extracted into a temporary folder and entered through its own mount and PID namespaces (unshare +
nsenter + chroot). The host's packages, users, groups and processes stay as they were; killing the
namespace's first process ends everything that ran inside. Nothing inside sets a locale (no LANG,
no LC_*): a minimal install with no locale configured, as a clinic's new machine may be."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Release:
    """A release the .deb is installed and tested on."""

    suite: str
    name: str
    mirrors: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.name.lower().replace(" ", "")

    def apt_archives(self, cache: Path) -> Path:
        """Where the packages apt downloads into this release's roots are kept between runs."""
        return cache / f"apt-archives-{self.suite}"


def debian(suite: str, name: str) -> Release:
    return Release(
        suite,
        name,
        (
            f"deb http://deb.debian.org/debian {suite} main",
            f"deb http://deb.debian.org/debian {suite}-updates main",
            f"deb http://deb.debian.org/debian-security {suite}-security main",
        ),
    )


#: The primary release first: Debian's stable release, then the one before it.
TRIXIE = debian("trixie", "Debian 13")
BOOKWORM = debian("bookworm", "Debian 12")
RELEASES = (TRIXIE, BOOKWORM)
MAX_AGE_S = 7 * 24 * 3600
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

# The namespace's first process: mounts what programs inside expect, then reaps orphans (as an
# init does, so a killed process never lingers as a zombie that still looks alive).
HOLDER = """
import os, subprocess, sys, time
root, cache = sys.argv[1:3]
for args in (["-t", "proc", "proc", root + "/proc"], ["--rbind", "/dev", root + "/dev"],
             ["--make-rslave", root + "/dev"], ["-t", "sysfs", "-o", "ro", "sysfs", root + "/sys"],
             ["--bind", cache, root + "/var/cache/apt/archives"]):
    subprocess.run(["mount", *args], check=True)
print("ready", flush=True)
while True:
    try:
        os.wait()
    except ChildProcessError:
        time.sleep(0.2)
"""


def cached_tarball(cache: Path, release: Release) -> Path:
    """The release's root as a tarball, built once a week (about 20 s); apt's package lists are
    kept in it so installing needs no `apt-get update`."""
    tarball = cache / f"debian-{release.suite}-root.tar"
    if tarball.exists() and time.time() - tarball.stat().st_mtime < MAX_AGE_S:
        return tarball
    cache.mkdir(parents=True, exist_ok=True)
    partial = tarball.with_suffix(".partial.tar")
    build = subprocess.run(
        [
            "mmdebstrap",
            "--quiet",
            "--variant=apt",
            "--skip=cleanup/apt/lists",
            release.suite,
            str(partial),
            *release.mirrors,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if build.returncode != 0:
        raise RuntimeError(f"mmdebstrap failed:\n{build.stderr[-3000:]}")
    partial.replace(tarball)
    return tarball


def cached_tarball_with(cache: Path, release: Release, name: str, packages: Sequence[str], work: Path) -> Path:
    """The release's cached root with ``packages`` installed (test tools, not the kiosk's own
    dependencies), made again whenever that root is. Packages start no service inside (sshd would
    otherwise listen on port 22 of this machine)."""
    base = cached_tarball(cache, release)
    tarball = cache / f"debian-{release.suite}-{name}-root.tar"
    if tarball.exists() and tarball.stat().st_mtime >= base.stat().st_mtime:
        return tarball
    fresh = FreshRoot(base, work / name, release.apt_archives(cache))
    try:
        policy = fresh.path("/usr/sbin/policy-rc.d")
        policy.write_text("#!/bin/sh\nexit 101\n")
        policy.chmod(0o755)
        tools = fresh.apt_install(*packages)
        if tools.returncode != 0:
            raise RuntimeError(f"installing {' '.join(packages)} failed:\n{tools.stdout[-2000:]}{tools.stderr[-2000:]}")
        partial = tarball.with_suffix(".partial.tar")
        subprocess.run(["tar", "-cf", str(partial), "--numeric-owner", "-C", str(fresh.root), "."], check=True)
        partial.replace(tarball)
    finally:
        fresh.close()
    return tarball


class FreshRoot:
    def __init__(self, tarball: Path, folder: Path, apt_cache: Path) -> None:
        self.root = folder / "root"
        self.root.mkdir(parents=True)
        subprocess.run(["tar", "-xpf", str(tarball), "-C", str(self.root), "--numeric-owner"], check=True)
        shutil.copyfile("/etc/resolv.conf", self.root / "etc" / "resolv.conf")
        (apt_cache / "partial").mkdir(parents=True, exist_ok=True)
        self._unshare = subprocess.Popen(
            [
                *("unshare", "--mount", "--pid", "--fork", "--kill-child", "--propagation", "private"),
                *(sys.executable, "-c", HOLDER, str(self.root), str(apt_cache)),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._unshare.stdout is not None
        if self._unshare.stdout.readline().strip() != "ready":
            raise RuntimeError("the fresh root's namespace did not start")
        children = Path(f"/proc/{self._unshare.pid}/task/{self._unshare.pid}/children").read_text().split()
        self.holder = int(children[0])

    def path(self, inside: str) -> Path:
        """A path inside the root, as the host sees it."""
        return self.root / inside.lstrip("/")

    def command(self, argv: Sequence[str], user: str | None = None, env: Mapping[str, str] | None = None) -> list[str]:
        prefix = ["nsenter", "-t", str(self.holder), "-m", "-p", "--", "chroot", str(self.root)]
        if user:
            prefix += ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups"]
        variables = {"PATH": PATH, "DEBIAN_FRONTEND": "noninteractive", **(env or {})}
        return [*prefix, "env", "-i", *(f"{k}={v}" for k, v in variables.items()), *argv]

    def run(
        self,
        *argv: str,
        user: str | None = None,
        env: Mapping[str, str] | None = None,
        timeout: float = 600,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(argv, user, env),
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,  # a dpkg question fails the step instead of hanging it
            timeout=timeout,
        )

    def start(
        self, *argv: str, log: str, user: str | None = None, env: Mapping[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        """A background program inside; its output goes to ``log`` (a path inside the root)."""
        output = self.path(log).open("ab")
        return subprocess.Popen(
            self.command(argv, user, env), stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT
        )

    def pids(self, exe: str) -> list[int]:
        """Processes (PIDs inside the root) running the program ``exe``."""
        listing = self.run(
            "sh",
            "-c",
            'for p in /proc/[0-9]*; do [ "$(readlink $p/exe 2>/dev/null)" = "$1" ] && echo ${p#/proc/}; done; true',
            "sh",
            exe,
        )
        return [int(pid) for pid in listing.stdout.split()]

    def apt_install(self, *packages: str) -> subprocess.CompletedProcess[str]:
        """apt-get install; once more after `apt-get update` if the cached lists name packages the
        mirror no longer has."""
        result = self.run("apt-get", "install", "-y", "-q", *packages)
        if result.returncode != 0 and ("404" in result.stdout + result.stderr or "Unable to fetch" in result.stderr):
            self.run("apt-get", "update", "-q")
            result = self.run("apt-get", "install", "-y", "-q", *packages)
        return result

    def close(self) -> None:
        self._unshare.kill()  # --kill-child: the holder goes, and with it every process inside
        self._unshare.wait()
        deadline = time.monotonic() + 10
        while Path(f"/proc/{self.holder}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        with open("/proc/self/mountinfo", encoding="utf-8") as mounts:
            if str(self.root) in mounts.read():
                raise RuntimeError(f"something is still mounted under {self.root}; not deleting it")
        subprocess.run(["rm", "-rf", "--one-file-system", str(self.root)], check=True)


def root_needed() -> str | None:
    """Why the fresh root cannot be made here, or None."""
    if os.geteuid() != 0:
        return "the fresh Debian root needs root (CI runs as root; or sudo make deb-test)"
    for tool in ("mmdebstrap", "unshare", "nsenter"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (make system-deps installs it)"
    return None
