#!/usr/bin/env bash
# ctest: `cmake --install` into a throwaway DESTDIR, check_installed.sh on
# the result, then proof that the installed program reads the installed
# content and not the source tree's: with one installed file removed, it
# must fail on that file (the source tree still has it).
# Usage: install_and_check.sh CMAKE BUILD_DIR
set -euo pipefail
cmake=$1
build=$2
here=$(cd "$(dirname "$0")" && pwd)
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

out=$(DESTDIR="$dest" "$cmake" --install "$build" --prefix /usr 2>&1) || {
  echo "$out"
  exit 1
}
echo "install_and_check: installed $(find "$dest" -type f | wc -l) files into $dest/usr"
bash "$here/check_installed.sh" "$dest/usr"

installed="$dest/usr/share/bipgame/content"
rm "$installed/model/parameters.json"
if "$dest/usr/bin/bipgame" simulate >"$dest/broken.txt" 2>&1; then
  echo "install_and_check: FAIL: simulate ran without the installed parameters: it read another content folder" >&2
  exit 1
fi
grep -q 'model/parameters.json' "$dest/broken.txt" || {
  echo "install_and_check: FAIL: simulate failed, but not on the removed model/parameters.json:" >&2
  cat "$dest/broken.txt" >&2
  exit 1
}
echo "install_and_check: the installed program reads $installed"
