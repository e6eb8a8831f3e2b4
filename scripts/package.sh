#!/usr/bin/env bash
# Builds the Debian package (build/bipgame_VERSION_ARCH.deb) with CPack and
# checks it: its dependencies, then the program unpacked with dpkg-deb -x
# into a throwaway root and run there by tests/install/check_installed.sh
# (simulate, check-content, a screenshot, the menu entry's command, both
# validators). Arguments go to cmake, as with scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh "$@"

rm -f build/bipgame_*.deb
(cd build && cpack -G DEB >cpack.log 2>&1) || {
  cat build/cpack.log
  exit 1
}
debs=(build/bipgame_*.deb)
deb=${debs[0]}
[ ${#debs[@]} -eq 1 ] && [ -f "$deb" ] || {
  echo "package: cpack made no single build/bipgame_*.deb" >&2
  exit 1
}
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB), Depends: $depends"
# Computed dependencies (shlibdeps) and the font package must both be there.
for needed in libsdl2 libsqlite3 fonts-dejavu-core; do
  grep -q "$needed" <<<"$depends" || {
    echo "package: FAIL: Depends lacks $needed" >&2
    exit 1
  }
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
BIPGAME_KEEP_SHOT=build/package-screenshot.png bash tests/install/check_installed.sh "$root/usr"
echo "package: the unpacked program's window: build/package-screenshot.png"
echo "package: $deb is ready: apt-get install ./$deb"
