"""A fresh Debian 12 to install the .deb into without touching the host: a minimal root made by
mmdebstrap (--variant=apt, from the mirror apt uses), cached as a tarball (in the user's cache
folder, see test_deb.py) and rebuilt after a week, extracted into a temporary folder and entered
through its own mount and PID namespaces (unshare + nsenter + chroot). The host's packages,
users, groups and processes stay as they were; killing the namespace's first process ends
everything that ran inside."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

SUITE = "bookworm"
MIRRORS = [
    f"deb http://deb.debian.org/debian {SUITE} main",
    f"deb http://deb.debian.org/debian {SUITE}-updates main",
    f"deb http://deb.debian.org/debian-security {SUITE}-security main",
]
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


def cached_tarball(cache: Path) -> Path:
    """The Debian 12 root as a tarball, built once a week (about 15 s); apt's package lists are
    kept in it so installing needs no `apt-get update`."""
    tarball = cache / f"debian-{SUITE}-root.tar"
    if tarball.exists() and time.time() - tarball.stat().st_mtime < MAX_AGE_S:
        return tarball
    cache.mkdir(parents=True, exist_ok=True)
    partial = tarball.with_suffix(".partial.tar")
    build = subprocess.run(
        ["mmdebstrap", "--quiet", "--variant=apt", "--skip=cleanup/apt/lists", SUITE, str(partial), *MIRRORS],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if build.returncode != 0:
        raise RuntimeError(f"mmdebstrap failed:\n{build.stderr[-3000:]}")
    partial.replace(tarball)
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
        variables = {"PATH": PATH, "LANG": "C.UTF-8", "DEBIAN_FRONTEND": "noninteractive", **(env or {})}
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
