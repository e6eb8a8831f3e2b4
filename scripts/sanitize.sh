#!/usr/bin/env bash
# Builds the whole project with clang under ASan and UBSan into build-sanitize/
# and runs every test there. Not part of CI: it is a second full build of
# everything with clang (no ccache hits from the gcc build), which on CI's
# 2 cores adds about as much time again as the normal build. CI replays
# each fuzz harness's corpus in the normal build instead (fuzz_replay_*).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang++ >/dev/null || { echo "sanitize: needs clang (apt-get install clang)" >&2; exit 2; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DBIPGAME_SANITIZE=ON -DBIPGAME_BUILD_TESTS=ON "${launcher[@]}"
nice -n 15 cmake --build build-sanitize -j"$(nproc)"
cd build-sanitize
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --no-tests=error --output-on-failure -j"$(nproc)" --timeout 900
