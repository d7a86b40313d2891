#!/usr/bin/env bash
# make bench-small: the fixed costs on the committed sample-data/ (about 16,000 reports over 8 quarters, 3 years),
# with the embedded H2 database, as `make run` does it. Prints three figures:
#   1. `run sample-data` from a fresh state (no database, no outputs), the jar already built, with make run's JVM
#      options (RUN_JVM_OPTS);
#   2. the same again, nothing changed;
#   3. one quarter (the last of sample-data/) imported, computed and reported inside that running process, as the
#      run's own progress line tells it.
# It works in BENCH_DIR (default target/bench-small), with a copy of config/ and templates/, so the repository's var/
# and out/ are left alone. The machine may be busy with other work: the script runs each figure REPEAT times (default
# 1) and prints every time, and the CPU time beside the wall-clock time.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-java}
# the JVM options of `make run` (the Makefile passes its RUN_JVM_OPTS; the same default when run by hand)
read -r -a JVM_OPTS <<<"${RUN_JVM_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
# the summary lines this script reads are the English ones (unionstat.locale, set by its environment variable)
export UNIONSTAT_LOCALE=en
JAR=$PWD/batch-jobs/target/unionstat.jar
DATA=$PWD/sample-data
BENCH_DIR=$(realpath -m "${BENCH_DIR:-target/bench-small}")
REPEAT=${REPEAT:-1}

[[ -f $JAR ]] || { echo "bench-small: $JAR is missing: run 'make build' first" >&2; exit 1; }
last_quarter=$(basename "$(ls -d "$DATA"/[0-9][0-9][0-9][0-9]Q[1-4] | sort | tail -1)")

timed() { # prints "wall s, cpu s" of the command (bash's own time: nothing to install), its output in $BENCH_DIR/last.log
    local TIMEFORMAT='%R %U %S' times
    times=$( { time "$@" >"$BENCH_DIR/last.log" 2>&1; } 2>&1 || true)
    awk -v t="$times" 'BEGIN { split(t, c, " "); printf "%.1f s (CPU %.1f s)", c[1], c[2] + c[3] }'
}

for n in $(seq 1 "$REPEAT"); do
    rm -rf "$BENCH_DIR"
    mkdir -p "$BENCH_DIR"
    cp -r config templates "$BENCH_DIR"/
    cd "$BENCH_DIR"
    fresh=$(timed "$JAVA" "${JVM_OPTS[@]}" -jar "$JAR" run --out out "$DATA")
    quarter=$(grep -E "^$last_quarter: computed and reported in" last.log | sed -E 's/.* in ([0-9.]+ s).*/\1/')
    grep -q "^run .*: done in" last.log || { echo "bench-small: the first run failed:" >&2; tail -20 last.log >&2; exit 1; }
    again=$(timed "$JAVA" "${JVM_OPTS[@]}" -jar "$JAR" run --out out "$DATA")
    grep -q "nothing changed since the last run" last.log || { echo "bench-small: the second run did work:" >&2; tail -20 last.log >&2; exit 1; }
    cd - >/dev/null
    echo "bench-small ($n/$REPEAT): make run, fresh state: $fresh"
    echo "bench-small ($n/$REPEAT): make run again, nothing changed: $again"
    echo "bench-small ($n/$REPEAT): one quarter ($last_quarter, $(ls "$DATA/$last_quarter" | wc -l) files) in the running process: $quarter"
done
