#!/usr/bin/env bash
# Fails when a C++ source differs from .clang-format. Usage: scripts/check-format.sh [clang-format]
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=${1:-clang-format}
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' 2>/dev/null || find app db widgets tests bench -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || { echo "no sources found"; exit 1; }
bad=0
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! "$formatter" --dry-run -Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run: $formatter -i $f)"
        bad=$((bad + 1))
    fi
done
echo "${#files[@]} files checked, $bad not formatted"
[ "$bad" -eq 0 ]
