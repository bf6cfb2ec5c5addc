#!/usr/bin/env bash
# Installs what building and testing Intervention Planner needs from Debian 12's packages,
# skipping apt entirely when everything is already there (so it also works offline).
# Runs apt-get as root, or through sudo for a normal user. Arguments name further packages a
# caller needs (bench/first_paint.sh: the X server and the peers it measures).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqcustomplot-dev libgl-dev libsodium-dev
    sqlite3 libsqlite3-dev clang-format poppler-utils
    fonts-dejavu-core fonts-noto-core faketime
    "$@"
)
# libqt6svg6: the app's own toolbar icons are SVG (the toolbar shows words without it).
# fonts-dejavu-core: the workshop wall's type, loaded by its file path. fonts-noto-core: the
# other sans Debian's desktops default to, which the workshop test also runs under. faketime: CI
# runs the suite a second time at another date and time zone.

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    run_as_root=()
elif command -v sudo >/dev/null 2>&1; then
    run_as_root=(sudo)
else
    echo "These packages are missing and neither root nor sudo is available:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -qq
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
