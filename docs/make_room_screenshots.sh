#!/bin/sh
# Makes the theme-day screenshots (docs/screenshots/room-*.png):
#  - the game itself under SDL's offscreen driver plays a short script (the
#    window's 1280x800: the setup screen and a vote on the projector view);
#  - the projector at 1920x1080 and 1280x720, drawn by the game's own frame
#    code and SDL's software renderer in the ui_tests program
#    (RoomDeskProjector, which also checks the pictures for contrast and size).
# Usage: docs/make_room_screenshots.sh [build folder]   (default: build/)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../build"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Two tables, five belief answers: ten counts, row by row.
cat > "$work/room.json" <<'JSON'
[
 {"intent": "set_language", "lang": "en"},
 {"intent": "room", "action": "open"},
 {"intent": "wait", "frames": 3},
 {"intent": "screenshot", "name": "room-window-setup"},
 {"intent": "room", "action": "new", "arg": "Finsam Helsingborg", "list": ["henrik", "7", "2"]},
 {"intent": "room", "action": "present", "n": 1},
 {"intent": "wait", "frames": 3},
 {"intent": "screenshot", "name": "room-window-belief-controls"},
 {"intent": "room", "action": "close_vote", "list": ["1", "3", "4", "9", "2", "0", "2", "5", "8", "3"]},
 {"intent": "room", "action": "controls", "n": 0},
 {"intent": "wait", "frames": 3},
 {"intent": "screenshot", "name": "room-window-belief-votes"}
]
JSON
SDL_VIDEODRIVER=offscreen "$build/game/bipgame" --db "$work/docs.db" --script "$work/room.json" --screenshots "$work/shots"
BIPGAME_ROOM_SHOTS="$work/shots" SDL_VIDEODRIVER=offscreen "$build/tests/ui/ui_tests" --gtest_filter='RoomDeskProjector.*' >/dev/null

rm -f "$here"/screenshots/room-*.png
for name in room-window-setup room-window-belief-controls room-window-belief-votes \
            room-1080-belief-votes room-1080-plan room-1080-plan-votes room-1080-result room-1080-pause room-1080-end room-1080-compare \
            room-720-sv-plan-votes room-720-sv-pause-controls room-720-sv-end; do
  cp "$work/shots/$name.png" "$here/screenshots/"
done
ls -l "$here"/screenshots/room-*.png
