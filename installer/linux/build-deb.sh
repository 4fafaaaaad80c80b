#!/bin/bash
# Builds the .deb from the PyInstaller folder with dpkg-deb (no debhelper needed).
#   build-deb.sh <dist folder> <version> <output .deb>
# Layout: the app and its supervisor in /opt/pain-therapy-kiosk, /usr/bin/pain-therapy-kiosk, a
# short config written once by postinst to /etc/pain-therapy-kiosk/kiosk.toml from
# /usr/share/pain-therapy-kiosk/kiosk.toml (not a conffile: IT and Ansible own it, and no upgrade
# ever stops at dpkg's conffile question; the full example in /usr/share/doc), the kiosk session
# (systemd unit + PAM), an XDG autostart entry
# for the desktop path, a desktop entry and icon, Debian's copyright, changelog and md5sums.
# Depends is what dpkg-shlibdeps finds the bundle needs from the system, with minimum versions.
set -euo pipefail
dist=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app=pain-therapy-kiosk
python=${PYTHON:-$root/.venv/bin/python}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

install -d "$stage/opt" "$stage/DEBIAN"
cp -a "$dist" "$stage/opt/$app"
install -D -m 755 "$here/launcher" "$stage/usr/bin/$app"
install -D -m 644 "$here/kiosk.toml" "$stage/usr/share/$app/kiosk.toml"
install -D -m 644 "$here/autostart.desktop" "$stage/etc/xdg/autostart/$app.desktop"
install -D -m 644 "$here/pam.d-session" "$stage/etc/pam.d/$app"
install -D -m 644 "$here/$app-session.service" "$stage/usr/lib/systemd/system/$app-session.service"
install -D -m 644 "$here/$app.desktop" "$stage/usr/share/applications/$app.desktop"
install -D -m 644 "$here/$app.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$app.svg"
doc="$stage/usr/share/doc/$app"
install -D -m 644 "$root/docs/DEPLOYMENT.md" "$doc/DEPLOYMENT.md"
install -D -m 644 "$root/docs/kiosk.toml.example" "$doc/examples/kiosk.toml.example"
install -D -m 644 -t "$doc/examples/monitoring" "$root"/docs/monitoring/*.yml
gzip -9n -c "$here/changelog" > "$doc/changelog.gz"
"$python" "$root/installer/licences/collect.py" debian-copyright "$stage/opt/$app/_internal/licences/index.json" > "$doc/copyright"
install -D -m 644 "$here/lintian-overrides" "$stage/usr/share/lintian/overrides/$app"
install -m 755 "$here/postinst" "$here/prerm" "$here/postrm" "$stage/DEBIAN/"
printf '/etc/xdg/autostart/%s.desktop\n/etc/pam.d/%s\n' "$app" "$app" > "$stage/DEBIAN/conffiles"
chmod -R u+rwX,go+rX,go-w "$stage"
# Libraries are loaded, not run (the wheels ship some with the executable bit).
find "$stage/opt/$app" -type f -name '*.so*' -exec chmod 0644 {} +

# What the bundle needs from the system: every ELF file's NEEDED libraries that the bundle does
# not carry, with the minimum versions their symbols need (libc6 >= 2.36 from the bundled libstdc++).
shlib=$(mktemp -d)
mkdir "$shlib/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$app" "$app" > "$shlib/debian/control"
mapfile -t elfs < <("$python" -c 'import pathlib, sys
for p in pathlib.Path(sys.argv[1]).rglob("*"):
    if p.is_file() and not p.is_symlink() and p.open("rb").read(4) == b"\x7fELF": print(f"-e{p}")' "$stage/opt/$app")
mapfile -t libdirs < <(find "$stage/opt/$app" -name '*.so*' -printf '-l%h\n' | sort -u)
# Libraries the bundle carries are not dependencies: their Debian packages are left out (-x).
mapfile -t carried < <("$python" -c 'import json, sys
for c in json.load(open(sys.argv[1])):
    if c["note"] == "from Debian": print("-x" + c["name"])' "$stage/opt/$app/_internal/licences/index.json")
shlibs=$(cd "$shlib" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 "${libdirs[@]}" "${carried[@]}" "${elfs[@]}" 2>"$shlib/log" \
    | sed -n 's/^shlibs:Depends=//p') || { cat "$shlib/log" >&2; exit 1; }
rm -rf "$shlib"
test -n "$shlibs" || { echo "dpkg-shlibdeps found no dependencies" >&2; exit 1; }

cat > "$stage/DEBIAN/control" <<CONTROL
Package: $app
Version: $version
Architecture: $(dpkg --print-architecture)
Maintainer: Pain Therapy Kiosk team <kiosk@example.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $shlibs, passwd, cage, xwayland, libpam-systemd
Recommends: speech-dispatcher, espeak-ng
Section: misc
Priority: optional
Description: Offline waiting-room kiosk about implanted pain therapies
 A full-screen, touch-first kiosk that explains spinal cord stimulators and
 intrathecal drug pumps to patients, in English and Spanish. Works with no
 network. It runs as a locked-down kiosk session (cage on tty1, enabled with
 systemctl), or at login for users in the group pain-therapy-kiosk; either way
 it is restarted automatically after a crash, a hang or an upgrade.
CONTROL
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
mkdir -p "$(dirname "$out")"
# xz -1: a 46 MB package in about 20 s on 2 cores; -6 saves 5 MB and costs about two minutes.
dpkg-deb --root-owner-group -Zxz -z1 --threads-max=2 --build "$stage" "$out" >/dev/null
du -h "$out" | cut -f1 | xargs echo "$out:"
