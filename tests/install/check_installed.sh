#!/usr/bin/env bash
# Checks an installed bipgame as a user meets it. PREFIX holds bin/bipgame:
# a DESTDIR install's .../usr, or an unpacked .deb's usr. The menu entry,
# AppStream metadata and icons must be there and valid and name one id; the
# installed program must run `simulate`, check its installed content, take
# a scripted screenshot under SDL's offscreen driver, and start from the
# menu entry's command in a window (Xvfb) that carries the icon.
# Usage: check_installed.sh PREFIX   (BIPGAME_KEEP_SHOT=FILE keeps the screenshot)
set -euo pipefail
prefix=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The user's data (saves, team sessions, theme days) goes to a throwaway home.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"

fail() {
  echo "check_installed: FAIL: $*" >&2
  exit 1
}
say() { echo "check_installed: $*"; }

# Width and height of a PNG from its IHDR chunk, or nothing.
png_size() {
  [ "$(head -c 4 "$1" 2>/dev/null | tail -c 3)" = PNG ] || return 0
  od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'
}

bin="$prefix/bin/bipgame"
content="$prefix/share/bipgame/content"
[ -x "$bin" ] || fail "no program at $bin"
[ -d "$content" ] || fail "no content at $content"

# Desktop integration: one menu entry; its id names the metadata and icons.
shopt -s nullglob
entries=("$prefix"/share/applications/*.desktop)
[ ${#entries[@]} -eq 1 ] || fail "expected one menu entry in $prefix/share/applications, found ${#entries[@]}"
entry=${entries[0]}
id=$(basename "$entry" .desktop)
metainfo="$prefix/share/metainfo/$id.metainfo.xml"
[ -f "$metainfo" ] || fail "no AppStream metadata at $metainfo"
grep -q "<id>$id</id>" "$metainfo" || fail "$metainfo: its <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
  fail "$metainfo: does not launch $id.desktop"
grep -qx "Icon=$id" "$entry" || fail "$entry: Icon is not $id"
[ -f "$prefix/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"
for size in 16 24 32 48 64 128 256; do
  png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
  [ "$(png_size "$png")" = "$size $size" ] || fail "$png: not a ${size}x${size} PNG"
done
[ -f "$prefix/share/doc/bipgame/copyright" ] || fail "no share/doc/bipgame/copyright"

out=$(desktop-file-validate "$entry" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate is not clean: $out"
out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) || fail "appstreamcli validate: $out"
say "menu entry, metadata and icons of $id: valid"

# The headless commands, on the content installed with the program.
start=$(date +%s%N)
"$bin" simulate >"$work/simulate.txt" 2>&1 || fail "simulate: $(tail -5 "$work/simulate.txt")"
grep -q '^C1a ' "$work/simulate.txt" || fail "simulate printed no calibration table"
"$bin" check-content "$content" >"$work/check.txt" 2>&1 || fail "check-content: $(tail -5 "$work/check.txt")"
say "simulate and check-content $content: pass ($((($(date +%s%N) - start) / 1000000)) ms)"

# One screen, scripted, under the offscreen driver.
cat >"$work/shot.json" <<'JSON'
[{"intent": "create_profile", "alias": "Installed"},
 {"intent": "set_language", "lang": "sv"},
 {"intent": "start_case", "case": "henrik", "seed": 7},
 {"intent": "screenshot", "name": "installed"}]
JSON
SDL_VIDEODRIVER=offscreen "$bin" --script "$work/shot.json" --screenshots "$work/shots" >"$work/gui.txt" 2>&1 ||
  fail "the scripted window: $(tail -5 "$work/gui.txt")"
shot="$work/shots/installed.png"
[ "$(png_size "$shot")" = "1280 800" ] || fail "no 1280x800 screenshot at $shot"
# A blank or text-less window compresses to a few kB; the briefing is far more.
[ "$(stat -c %s "$shot")" -gt 30000 ] || fail "$shot looks empty ($(stat -c %s "$shot") bytes)"
[ -f "$XDG_DATA_HOME/bipgame/bipgame.db" ] || fail "the game saved nowhere under \$XDG_DATA_HOME/bipgame"
if [ -n "${BIPGAME_KEEP_SHOT:-}" ]; then cp "$shot" "$BIPGAME_KEEP_SHOT"; fi
say "scripted screenshot under the offscreen driver: $(stat -c %s "$shot") bytes"

# The menu entry's command in a real window; the window must have the icon
# and the class the entry's StartupWMClass promises.
exec_line=$(sed -n 's/^Exec=//p' "$entry")
wm_class=$(sed -n 's/^StartupWMClass=//p' "$entry")
echo '[{"intent": "wait", "ms": 4000}]' >"$work/wait.json"
cat >"$work/in_x.sh" <<'SH'
set -u
PATH="$PREFIX/bin:$PATH" $EXEC_LINE --script "$WORK/wait.json" >"$WORK/x.txt" 2>&1 &
game=$!
for _ in $(seq 60); do
  win=$(xwininfo -root -tree 2>/dev/null | awk -v c="(\"$WM_CLASS\"" 'index($0, c) {print $1; exit}')
  if [ -n "$win" ] && xprop -id "$win" _NET_WM_ICON 2>/dev/null | head -1 >"$WORK/icon.txt" &&
     grep -q 'Icon (' "$WORK/icon.txt"; then break; fi
  sleep 0.1
done
wait "$game"
SH
PREFIX="$prefix" EXEC_LINE="$exec_line" WORK="$work" WM_CLASS="$wm_class" \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/in_x.sh" || fail "the menu entry's command ($exec_line): $(tail -5 "$work/x.txt")"
grep -q 'Icon (128 x 128)' "$work/icon.txt" 2>/dev/null ||
  fail "no window of class $wm_class with a 128x128 icon ($(cat "$work/icon.txt" 2>/dev/null))"
say "menu entry's command ($exec_line): a window of class $wm_class with the icon"
say "all checks pass"
