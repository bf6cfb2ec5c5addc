#!/usr/bin/env bash
# Builds the benchmarks, generates the large portfolio database once (kept in build-bench/),
# and prints the start-up figures as JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIP_BUILD_TESTS=OFF
database=build-bench/large-portfolio.sqlite
if [ ! -f "$database" ]; then
    build-bench/bench/generate_portfolio "$database"
fi
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for run in 1 2 3; do
    build-bench/bench/startup_bench "$database"
done
# Field packages: export, seal and import of the whole portfolio; 100 missions merged back after
# a few thousand edits on each side.
build-bench/bench/package_bench "$database"
