#!/usr/bin/env bash
# Formats the C++ sources with the repository's .clang-format (Debian's clang-format):
#   scripts/format.sh          rewrites every source file in place
#   scripts/format.sh --check  names the files that differ and exits 1 (ctest's SourcesAreFormatted)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || {
  echo "format: needs clang-format (scripts/setup.sh installs it)" >&2
  exit 2
}
mapfile -t files < <(find game tests bench fuzz -type f \( -name '*.cpp' -o -name '*.hpp' \) | sort)
if [[ "${1:-}" == "--check" ]]; then
  differ=()
  for f in "${files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || differ+=("$f")
  done
  if ((${#differ[@]})); then
    printf 'format: %s differs from .clang-format\n' "${differ[@]}" >&2
    echo "format: ${#differ[@]} of ${#files[@]} files; scripts/format.sh formats them" >&2
    exit 1
  fi
  echo "format: all ${#files[@]} source files follow .clang-format"
else
  clang-format -i "${files[@]}"
  echo "format: formatted ${#files[@]} source files"
fi
