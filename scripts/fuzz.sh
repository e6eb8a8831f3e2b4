#!/usr/bin/env bash
# Runs one libFuzzer harness under ASan and UBSan for a number of seconds:
#   scripts/fuzz.sh TARGET SECONDS      (TARGET: json, content_case, content_model,
#   content_i18n, content_sparring, policy, script, result, session, room, savedb)
#   scripts/fuzz.sh list                the targets
# Builds with Debian's clang into build-fuzz/ (ccache when present). The working
# corpus lives in build-fuzz/corpus/TARGET, seeded from the sources (content/,
# docs/, tests/ and fuzz/corpus/TARGET); a crash is written to
# build-fuzz/crash/TARGET/ -- fix it and copy the input into fuzz/corpus/TARGET/
# so the normal build's ctest replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
targets="json content_case content_model content_i18n content_sparring policy script result session room savedb"
if [[ "${1:-}" == "list" ]]; then echo "$targets"; exit 0; fi
target="${1:?usage: scripts/fuzz.sh TARGET SECONDS (scripts/fuzz.sh list)}"
seconds="${2:?usage: scripts/fuzz.sh TARGET SECONDS}"
[[ " $targets " == *" $target "* ]] || { echo "fuzz: unknown target '$target' (expected one of: $targets)" >&2; exit 2; }
command -v clang++ >/dev/null || { echo "fuzz: needs clang (apt-get install clang)" >&2; exit 2; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DBIPGAME_FUZZ=ON -DBIPGAME_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
nice -n 15 cmake --build build-fuzz -j"$(nproc)" --target "fuzz_$target" >/dev/null

corpus="build-fuzz/corpus/$target"
mkdir -p "$corpus" "build-fuzz/crash/$target"
# The seeds: the same files the normal build's replay test reads.
seeds=()
case "$target" in
  json) seeds=(content/model content/sparring.json tests/content_broken) ;;
  content_case) seeds=(content/cases docs/example-case/cases) ;;
  content_model) seeds=(content/model) ;;
  content_i18n) seeds=(content/i18n/en) ;;
  content_sparring) seeds=(content/sparring.json) ;;
  policy) seeds=(docs/example-case/policies) ;;
  script) seeds=(tests/ui/scripts) ;;
  result|session|room) seeds=(docs/team) ;;
esac
[[ -d "fuzz/corpus/$target" ]] && seeds+=("fuzz/corpus/$target")
for s in "${seeds[@]}"; do
  if [[ -d "$s" ]]; then find "$s" -type f -exec cp -n {} "$corpus/" \; ; else cp -n "$s" "$corpus/"; fi
done

# Seeds go first (read-only), new inputs into the working corpus.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
nice -n 15 "build-fuzz/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
  -max_len=1048576 -report_slow_units=60 -artifact_prefix="build-fuzz/crash/$target/" -print_final_stats=1 2>&1 |
  grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|stat::|ERROR|SUMMARY|Test unit written|runtime error" || true
# Slow units are written there too; only crashes, leaks, time-outs and
# memory blow-ups are findings.
found=0
for kind in crash leak timeout oom; do
  compgen -G "build-fuzz/crash/$target/$kind-*" >/dev/null && found=1
done
if [[ $found == 1 ]]; then
  echo "fuzz: $target: found inputs in build-fuzz/crash/$target/" >&2
  exit 1
fi
echo "fuzz: $target: nothing found in $seconds s"
