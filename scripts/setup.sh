#!/usr/bin/env bash
# Installs the Debian packages bipgame needs to build, test and run.
# Idempotent: packages already present are left alone; apt-get is used only
# when something is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libsdl2-dev libimgui-dev libstb-dev
  nlohmann-json3-dev libvalijson-dev
  libsqlite3-dev libsqlitecpp-dev
  libcli11-dev libfmt-dev
  libgtest-dev
  fonts-dejavu-core
  xvfb xauth
  xdotool x11-xkb-utils  # tests/ui real_keys: X key presses into the game window, a Swedish keyboard
  librsvg2-bin  # renders the icon's PNG sizes
  appstream desktop-file-utils x11-utils  # tests/install: validators, xprop and xwininfo
  file  # cpack's dpkg-shlibdeps step finds the programs with it
  clang-format  # the sources' format, kept by ctest (scripts/format.sh --check)
  libmicrohttpd-dev libqrencode-dev  # the theme day's phone server and its QR code
  chromium chromium-driver python3-selenium  # tests/net: the participant page in a real browser
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages are installed"
  exit 0
fi

echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    echo "setup: need root to install: ${missing[*]}" >&2
    echo "setup: run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q || { echo "setup: apt-get update failed; install by hand: ${missing[*]}" >&2; exit 1; }
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" || {
  echo "setup: apt-get could not install: ${missing[*]}" >&2; exit 1; }
echo "setup: done"
