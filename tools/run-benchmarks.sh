#!/bin/sh
# Runs Regie's benchmarks on the optimised build (./regie-dev bench [NAME...]).
# Makes the large database once (all 342 municipalities, 50,000 projects,
# 300,000 participations) and the plan database (1,000,000 progress entries,
# 100,000 milestones) once and keeps them beside the build; every figure is
# printed beside the same work done raw in the same run, as a ratio.
#
#   REGIE_BENCH_CALLGRIND=1  also count instructions under valgrind
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/build/bench/bench/bin
data=$root/build/bench/data
mkdir -p "$data"

db=$data/regions-50000.sqlite
if [ ! -f "$db" ] || [ "$bin/regie-generate" -nt "$db" ]; then
    echo "run-benchmarks: generating $db"
    "$bin/regie-generate" --out "$db.tmp" --projects 50000
    mv "$db.tmp" "$db"
    rm -f "$db.tmp-wal" "$db.tmp-shm"
fi

"$bin/regie-bench" --db "$db" --json "$data/results.json" "$@"
echo
"$bin/regie-syncbench"
echo
"$bin/regie-calendarbench"

# The project plan: 1,000,000 progress entries and 100,000 milestones.
plandb=$data/plan-1m.sqlite
if [ ! -f "$plandb" ] || [ "$bin/regie-planbench" -nt "$plandb" ]; then
    echo "run-benchmarks: generating $plandb"
    "$bin/regie-planbench" --generate --out "$plandb.tmp"
    mv "$plandb.tmp" "$plandb"
    rm -f "$plandb.tmp-wal" "$plandb.tmp-shm"
fi
echo
"$bin/regie-planbench" --db "$plandb" --json "$data/plan-results.json"
echo
# Opening the milestones tab (500 and 2,000 milestones of the plan file).
"$bin/regie-timelinebench" --plan "$plandb"

if [ "${REGIE_BENCH_CALLGRIND:-0}" = 1 ]; then
    echo "run-benchmarks: instruction counts (callgrind, one run per section)"
    out=$data/callgrind
    rm -rf "$out"; mkdir -p "$out"
    valgrind --tool=callgrind --callgrind-out-file="$out/cg.%p" --collect-atstart=no \
        "$bin/regie-bench" --db "$db" --callgrind first-screen filter next-page >/dev/null 2>"$out/valgrind.log"
    for f in "$out"/cg.*; do
        name=$(sed -n 's/^desc: Trigger: Client Request: //p' "$f")
        total=$(sed -n 's/^summary: //p;s/^totals: //p' "$f" | head -n1)
        [ -n "$name" ] && printf '%-28s %15s instructions\n' "$name" "$total"
    done | sort
    # The milestones tab, from setProject() to the painted rows (the GUI thread).
    rm -f "$out"/cg.*
    valgrind --tool=callgrind --callgrind-out-file="$out/cg.%p" --collect-atstart=no --instr-atstart=no \
        "$bin/regie-timelinebench" --plan "$plandb" --callgrind >/dev/null 2>"$out/valgrind-timeline.log"
    for f in "$out"/cg.*; do
        name=$(sed -n 's/^desc: Trigger: Client Request: //p' "$f")
        total=$(sed -n 's/^summary: //p;s/^totals: //p' "$f" | head -n1)
        n=${name#timeline-}
        [ -n "$name" ] && [ "$n" != "$name" ] &&
            printf '%-28s %15s instructions  %12s per milestone\n' "$name" "$total" "$((total / n))"
    done | sort -t- -k2 -n
fi
