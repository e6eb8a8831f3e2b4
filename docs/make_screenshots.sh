#!/bin/sh
# Makes the README's screenshots: plays docs/screenshots.json through the game
# under SDL's offscreen driver (software renderer, 1280x800) and keeps the
# named screenshots. Usage: docs/make_screenshots.sh [path/to/bipgame]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
game=${1:-"$here/../build/game/bipgame"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
SDL_VIDEODRIVER=offscreen "$game" --db "$work/docs.db" --script "$here/screenshots.json" --screenshots "$work/shots"
rm -f "$here"/screenshots/readme-*.png
cp "$work"/shots/readme-*.png "$here/screenshots/"
ls -l "$here"/screenshots/readme-*.png
