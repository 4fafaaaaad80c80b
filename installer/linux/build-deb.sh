#!/bin/bash
# Builds the .deb from the PyInstaller folder with dpkg-deb (no debhelper needed).
#   build-deb.sh <dist folder> <version> <output .deb>
# Layout: the app in /opt/pain-therapy-kiosk, /usr/bin/pain-therapy-kiosk, the config
# /etc/pain-therapy-kiosk/kiosk.toml (a conffile: kept on upgrade and reinstall), a desktop
# entry and icon, an XDG autostart entry running the supervisor, and a systemd user unit.
set -euo pipefail
dist=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app=pain-therapy-kiosk
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

install -d "$stage/opt" "$stage/DEBIAN"
cp -a "$dist" "$stage/opt/$app"
install -D -m 755 "$here/launcher" "$stage/usr/bin/$app"
install -D -m 755 "$here/supervise" "$stage/usr/lib/$app/supervise"
install -D -m 644 "$root/docs/kiosk.toml.example" "$stage/etc/$app/kiosk.toml"
install -D -m 644 "$here/autostart.desktop" "$stage/etc/xdg/autostart/$app.desktop"
install -D -m 644 "$here/$app.desktop" "$stage/usr/share/applications/$app.desktop"
install -D -m 644 "$here/$app.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$app.svg"
install -D -m 644 "$here/$app.service" "$stage/usr/lib/systemd/user/$app.service"
install -D -m 644 "$root/docs/DEPLOYMENT.md" "$stage/usr/share/doc/$app/DEPLOYMENT.md"
install -m 755 "$here/postinst" "$here/postrm" "$stage/DEBIAN/"
printf '/etc/%s/kiosk.toml\n/etc/xdg/autostart/%s.desktop\n' "$app" "$app" > "$stage/DEBIAN/conffiles"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: $app
Version: $version
Architecture: $(dpkg --print-architecture)
Maintainer: Pain Therapy Kiosk team <kiosk@example.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: libc6, libegl1, libgl1, libfontconfig1, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libxcb-xinerama0, passwd
Section: misc
Priority: optional
Description: Offline waiting-room kiosk about implanted pain therapies
 A full-screen, touch-first kiosk that explains spinal cord stimulators and
 intrathecal drug pumps to patients, in English and Spanish. Works with no
 network. Add the kiosk user to the group pain-therapy-kiosk to start it at
 login; it is restarted automatically after a crash.
CONTROL
mkdir -p "$(dirname "$out")"
dpkg-deb --root-owner-group -Zxz -z6 --threads-max=2 --build "$stage" "$out" >/dev/null
du -h "$out" | cut -f1 | xargs echo "$out:"
