#!/usr/bin/env bash
# Installs what is missing, builds, and starts Intervention Planner on a fresh demo database.
# Extra arguments go to the application (for example: scripts/run.sh --database my.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIP_BUILD_TESTS=OFF -DIP_BUILD_BENCH=OFF
if [ $# -eq 0 ]; then
    set -- --demo
fi
exec build/app/intervention-planner "$@"
