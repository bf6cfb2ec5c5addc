#!/usr/bin/env bash
# First paint measured from outside the process, read from the X server (bench/first_paint.py),
# for this app and for GNOME Planner and Calligra Plan, with no file and with a large one:
#   - this app with the bench portfolio at 1x and 4x (bench/run.sh generates them);
#   - GNOME Planner with a 2,000-task plan in its own format (bench/planner_file.py);
#   - Calligra Plan with the same plan in its own format (bench/data/bench-2000.plan: the Planner
#     file opened in Calligra Plan 3.3 through its Planner import and saved there as .plan).
# Runs alternate between programs; prints each run, then medians and ratios against GNOME Planner
# with no file. Usage: bench/first_paint.sh [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
scripts/setup.sh xvfb openbox planner calligraplan python3-xlib dbus-daemon
[ -x build-bench/app/intervention-planner ] || scripts/build.sh build-bench \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIP_BUILD_TESTS=OFF -DIP_BUILD_BENCH=ON
for scale in 1 4; do
    [ -f "build-bench/portfolio-${scale}x.sqlite" ] || {
        echo "build-bench/portfolio-${scale}x.sqlite is missing: run bench/run.sh first" >&2
        exit 1
    }
done

work=$(mktemp -d /tmp/ip-first-paint.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
# Each program starts as on a new account: no settings, no recent files, no session to restore.
# (This app reopens the last file it had open: its no-file start gets folders of its own.)
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
    XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
display=:97
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
sleep 1
export DISPLAY=$display
openbox >/dev/null 2>&1 &
sleep 1

plan=$work/bench-2000.planner
python3 bench/planner_file.py "$plan" 2000
app=$PWD/build-bench/app/intervention-planner
# The app opens copies, so that the lock, the checks and the backups of one run touch nothing of
# the next; each copy is opened once first (closed cleanly: as a planner's second session).
for scale in 1 4; do
    cp "build-bench/portfolio-${scale}x.sqlite" "$work/portfolio-${scale}x.sqlite"
done
/usr/bin/python3 bench/first_paint.py 1 none \
    "warm-1x:10=portfolio-1x=$app --database $work/portfolio-1x.sqlite" \
    "warm-4x:30=portfolio-4x=$app --database $work/portfolio-4x.sqlite" >/dev/null

/usr/bin/python3 bench/first_paint.py "$runs" planner-no-file \
    "planner-no-file=Planner=planner" \
    "plan-no-file=Plan=dbus-run-session -- calligraplan" \
    "app-no-file=Intervention Planner=env XDG_CONFIG_HOME=$work/no-file XDG_DATA_HOME=$work/no-file $app" \
    "planner-2000=bench-2000=planner $plan" \
    "plan-2000=bench-2000=dbus-run-session -- calligraplan $PWD/bench/data/bench-2000.plan" \
    "app-1x:4=portfolio-1x=$app --database $work/portfolio-1x.sqlite" \
    "app-4x:12=portfolio-4x=$app --database $work/portfolio-4x.sqlite"
