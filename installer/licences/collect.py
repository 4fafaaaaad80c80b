"""Build-time: the licence texts of everything the PyInstaller bundle ships, with an index the
kiosk reads (kiosk/files/licences.py: the staff panel's About page) and the .deb's machine-readable
copyright file is made from (`python installer/licences/collect.py debian-copyright INDEX`).

build_spec.spec calls `collect()` with the bundle's final list of binaries, so a library that is
added or removed changes the list by itself: Python packages from their wheel's metadata, Qt's
texts from this folder (the wheel carries none), and on Linux each bundled system library's Debian
copyright file, found with `dpkg -S`."""

from __future__ import annotations

import importlib.metadata
import json
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.files.licences import INDEX_FILE, QT_REPLACEMENT  # noqa: E402

SYSTEM_PREFIXES = ("/usr/lib/", "/lib/", "/usr/lib64/", "/lib64/")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _python_licence() -> Path | None:
    for candidate in (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(f"/usr/share/doc/python{sys.version_info.major}.{sys.version_info.minor}/copyright"),
    ):
        if candidate.is_file():
            return candidate
    return None


def _dist_licences(dist: str) -> list[Path]:
    files = importlib.metadata.distribution(dist).files or []
    found = [Path(str(f.locate())) for f in files if re.search(r"(LICEN[CS]E|COPYING)", f.name, re.I)]
    return [f for f in found if f.is_file()]


def _debian_packages(binaries: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    """Debian package -> the bundled library names it provided."""
    packages: dict[str, list[str]] = {}
    for dest, src, _kind in binaries:
        if not src.startswith(SYSTEM_PREFIXES):
            continue
        owner = subprocess.run(["dpkg", "-S", str(Path(src).resolve())], capture_output=True, text=True)
        if owner.returncode != 0:  # a /usr/lib path dpkg knows under its merged-/usr twin
            owner = subprocess.run(["dpkg", "-S", src], capture_output=True, text=True)
        if owner.returncode != 0:
            raise SystemExit(f"no Debian package owns {src}: its licence cannot be shipped")
        package = owner.stdout.split(":", 1)[0].split(",")[0].strip()
        packages.setdefault(package, []).append(Path(dest).name)
    return packages


def collect(binaries: list[tuple[str, str, str]], out: Path) -> list[tuple[str, str, str]]:
    """Writes the texts and INDEX_FILE under ``out``; returns PyInstaller data entries for them."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    components: list[dict[str, object]] = []

    def add(name: str, version: str, licence: str, texts: list[Path], note: str = "", parts: str = "") -> None:
        folder = out / _slug(name)
        folder.mkdir()
        names = []
        for text in texts:
            shutil.copyfile(text, folder / text.name)
            names.append(f"{folder.name}/{text.name}")
        if not names:
            raise SystemExit(f"no licence text for {name}")
        components.append(
            {"name": name, "version": version, "licence": licence, "files": names, "note": note, "parts": parts}
        )

    qt_version = importlib.metadata.version("PySide6-Essentials")
    lgpl = [HERE / "LGPL-3.0.txt", HERE / "GPL-3.0.txt"]
    add("Qt", qt_version, "LGPL-3.0-only", lgpl, QT_REPLACEMENT, "PySide6/Qt")
    add("PySide6 and Shiboken6", qt_version, "LGPL-3.0-only", lgpl, "", "PySide6, shiboken6")
    python = _python_licence()
    add(
        "Python",
        platform.python_version(),
        "PSF-2.0",
        [python] if python else [],
        "",
        "libpython, the standard library",
    )
    add(
        "PyInstaller bootloader",
        importlib.metadata.version("pyinstaller"),
        "GPL-2.0-or-later WITH Bootloader-exception",
        _dist_licences("pyinstaller"),
        "",
        "the program files",
    )
    add("segno", importlib.metadata.version("segno"), "BSD-3-Clause", _dist_licences("segno"))
    if sys.platform.startswith("linux"):
        version = importlib.metadata.version("logging-journald")
        add("logging-journald", version, "MIT", _dist_licences("logging-journald"))
    add(
        "Material Design Icons (font, through QtAwesome)",
        "6.9.96",
        "Apache-2.0",
        [HERE / "Apache-2.0.txt"],
        "",
        "qtawesome/fonts/materialdesignicons6-webfont",
    )
    add(
        "QtAwesome (icon charmap)",
        importlib.metadata.version("qtawesome"),
        "MIT",
        _dist_licences("qtawesome"),
        "",
        "qtawesome/fonts/*.json",
    )
    add("Atkinson Hyperlegible", "", "OFL-1.1", [ROOT / "resources" / "fonts" / "OFL.txt"], "", "resources/fonts")
    if sys.platform.startswith("linux"):
        icu = sorted(Path("/usr/share/doc").glob("libicu[0-9]*/copyright"))
        if icu:  # Qt's own ICU build in the wheel carries no text; the licence is the same
            add("ICU (in Qt)", "73", "Unicode-3.0 AND ICU", [icu[-1]], "", "libicu*.so.73")
        for package, libraries in sorted(_debian_packages(binaries).items()):
            version = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
            ).stdout.strip()
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            add(package, version, "see copyright", [copyright_file], "from Debian", ", ".join(sorted(libraries)))
    (out / INDEX_FILE).write_text(json.dumps(components, indent=1, ensure_ascii=False), encoding="utf-8")
    return [
        (f"licences/{path.relative_to(out).as_posix()}", str(path), "DATA") for path in out.rglob("*") if path.is_file()
    ]


def debian_copyright(index: Path) -> str:
    """DEP-5 (machine-readable) copyright for the .deb, from the bundle's index."""
    components = json.loads(index.read_text(encoding="utf-8"))
    lines = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        "Upstream-Name: pain-therapy-kiosk",
        "Comment: The program in /opt/pain-therapy-kiosk is a PyInstaller bundle. Every licence text",
        " listed here ships in /opt/pain-therapy-kiosk/_internal/licences/ and is shown in the",
        " kiosk's staff panel (About and licences).",
        "",
        "Files: *",
        "Copyright: 2026 Pain Therapy Kiosk team",
        "License: LicenseRef-Proprietary",
        " All rights reserved by the Pain Therapy Kiosk team; see the licence agreement",
        " that came with this program.",
    ]
    common = {"LGPL-3.0-only": "LGPL-3", "GPL-3.0-only": "GPL-3", "Apache-2.0": "Apache-2.0"}
    for component in components:
        licence = component["licence"]
        spdx = "other" if licence == "see copyright" else licence
        lines += [
            "",
            f"Files: opt/pain-therapy-kiosk/_internal/licences/{component['files'][0].split('/')[0]}/*",
            f"Copyright: the authors of {component['name']} {component['version']}".rstrip(),
            f"License: {spdx}",
            f" {component['name']} ({component['parts'] or 'bundled'}): full text in",
            *[f" /opt/pain-therapy-kiosk/_internal/licences/{name}" for name in component["files"]],
        ]
        if licence in common:
            lines.append(f" On Debian systems, the full text is also in /usr/share/common-licenses/{common[licence]}.")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if sys.argv[1:2] == ["debian-copyright"]:
        sys.stdout.write(debian_copyright(Path(sys.argv[2])))
    else:
        raise SystemExit("usage: collect.py debian-copyright INDEX")
