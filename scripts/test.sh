#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test with ctest,
# offscreen. With --sanitize, builds and tests under AddressSanitizer and UBSan instead. With
# --at 'YYYY-MM-DD HH:MM:SS' ZONE, runs the normal build's tests with the machine's clock moved
# there by faketime (which does not mix with the sanitizers).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

build_dir=build-test
options=(-DCMAKE_BUILD_TYPE=Debug -DIP_WERROR=ON -DIP_BUILD_TESTS=ON -DIP_BUILD_BENCH=ON)
at=()
if [ "${1:-}" = "--at" ]; then
    [ $# -eq 3 ] || { echo "usage: scripts/test.sh --at 'YYYY-MM-DD HH:MM:SS' ZONE" >&2; exit 2; }
    at=(env "TZ=$3" faketime "$2")
    echo "Running the suite at $2 in $3"
elif [ "${1:-}" = "--sanitize" ]; then
    build_dir=build-asan
    options+=(-DIP_SANITIZE=ON)
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # Leaks inside system libraries (fontconfig, the GL stack) are not ours to fix.
    export LSAN_OPTIONS=suppressions=$PWD/tests/support/lsan.supp
fi
scripts/build.sh "$build_dir" "${options[@]}"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$PWD/$build_dir/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$build_dir"
"${at[@]}" ctest --output-on-failure --parallel "${IP_JOBS:-2}"
