#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (GoogleTest via ctest).
# The game's window tests use SDL's offscreen driver, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DBIPGAME_BUILD_TESTS=ON
cd build
ctest --no-tests=error --output-on-failure -j"$(nproc)" --timeout 600
