#!/bin/sh
# Makes the pictures of the projector with the phones on
# (docs/screenshots/room-phones-1280x800-*.png): the game under
# Xvfb, a day of three tables, the phones started on the
# loopback, the projector (full screen) with the controls hidden – the join
# box in its own corner beside the belief vote's options and the plan vote's.
# Usage: docs/make_room_phones_screenshots.sh [path/to/bipgame]   (needs xvfb-run)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
game=${1:-"$here/../build/game/bipgame"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# (1920x1080 under Xvfb without a window manager: the window does not take
# the full screen and the picture is cut – not usable yet.)
for size in 1280x800; do
  cat > "$work/room-$size.json" <<JSON
[
 {"intent": "set_language", "lang": "en"},
 {"intent": "room", "action": "open"},
 {"intent": "room", "action": "new", "arg": "Finsam Helsingborg", "list": ["henrik", "7", "3"]},
 {"intent": "room", "action": "phones_start", "arg": "127.0.0.1", "n": 18087},
 {"intent": "room", "action": "present", "n": 1},
 {"intent": "room", "action": "controls", "n": 0},
 {"intent": "wait", "ms": 1500},
 {"intent": "wait", "frames": 5},
 {"intent": "screenshot", "name": "room-phones-$size-belief"},
 {"intent": "room", "action": "close_vote", "list": ["1", "3", "4", "2", "0", "2", "2", "5", "1", "0", "0", "4", "3", "2", "1"]},
 {"intent": "room", "action": "next", "optional": true},
 {"intent": "room", "action": "close_vote", "optional": true},
 {"intent": "room", "action": "next", "optional": true},
 {"intent": "wait", "frames": 5},
 {"intent": "screenshot", "name": "room-phones-$size-next-vote"},
 {"intent": "room", "action": "phones_stop"}
]
JSON
  mkdir -p "$work/$size"
  w=${size%x*}
  h=${size#*x}
  xvfb-run -a -s "-screen 0 ${w}x${h}x24" "$game" --db "$work/$size/docs.db" \
    --script "$work/room-$size.json" --screenshots "$work/shots"
done
cp "$work"/shots/room-phones-1280x800-*.png "$here/screenshots/"
ls -l "$here"/screenshots/room-phones-*x*.png
