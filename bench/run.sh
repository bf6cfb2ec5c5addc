#!/usr/bin/env bash
# Builds the benchmarks, generates the portfolio at 0.25x, 1x and 4x once (kept in build-bench/;
# 1x = 1,000 missions, 25,000 stakeholders, 100,000 engagements, 20,000 risks), runs the start-up
# benchmark three times at each size (the first run of a size is a cold open, which checks and
# backs the file up; the next two open it as closed cleanly), and prints the medians with the
# growth exponent between sizes (figure ~ size^k), as a table and as JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIP_BUILD_TESTS=OFF \
    -DIP_BUILD_BENCH=ON
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
results=build-bench/startup-results.jsonl
: >"$results"
for scale in 0.25 1 4; do
    database=build-bench/portfolio-${scale}x.sqlite
    if [ ! -f "$database" ]; then
        n() { awk -v base="$1" -v s="$scale" 'BEGIN { printf "%d", base * s }'; }
        build-bench/bench/generate_portfolio "$database" --missions "$(n 1000)" \
            --stakeholders "$(n 25000)" --engagements "$(n 100000)" --risks "$(n 20000)"
    fi
    for run in 1 2 3; do
        build-bench/bench/startup_bench "$database" 2>/dev/null \
            | sed "s/^{/{\"scale\": $scale, \"run\": $run, /" | tee -a "$results"
    done
done
python3 bench/summarize.py "$results"
# Field packages: export, seal and import of the whole portfolio; 100 missions merged back after
# a few thousand edits on each side.
build-bench/bench/package_bench build-bench/portfolio-1x.sqlite
