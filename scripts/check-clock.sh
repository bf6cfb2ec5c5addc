#!/usr/bin/env bash
# Fails when code reads the time of day anywhere but db/common/Clock.cpp: every "now" goes through Clock,
# which tests pin, so that no result depends on the day, the time or the zone it runs in.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='\b(currentDate|currentDateTime|currentDateTimeUtc|currentTime|currentMSecsSinceEpoch|currentSecsSinceEpoch)\b|\b(time|std::time)\(nullptr\)|system_clock'
mapfile -t hits < <(grep -rnE "$pattern" --include='*.cpp' --include='*.h' app db widgets tests bench \
    | grep -v '^db/common/Clock.cpp:' || true)
if [ ${#hits[@]} -gt 0 ]; then
    printf '%s\n' "${hits[@]}"
    echo "${#hits[@]} read(s) of the real clock outside db/common/Clock.cpp: use Clock::nowUtc() or Clock::today()"
    exit 1
fi
echo "the clock is read in db/common/Clock.cpp only"
