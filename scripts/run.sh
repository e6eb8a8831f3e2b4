#!/usr/bin/env bash
# Installs what is missing, builds, and starts the game. Arguments go to the
# game, e.g. ./scripts/run.sh --lang sv
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec ./build/game/bipgame "$@"
