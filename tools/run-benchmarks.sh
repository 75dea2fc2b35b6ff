#!/bin/sh
# Runs Regie's benchmarks on the optimised build (./regie-dev bench [NAME...]).
# Makes the large databases once (all 342 municipalities, 50,000 projects,
# 300,000 participations; 200,000 projects for the search) and the plan
# database (1,000,000 progress entries, 100,000 milestones) once and keeps them beside the build; every figure is
# printed beside the same work done raw in the same run, as a ratio.
#
#   REGIE_BENCH_CALLGRIND=1  also count instructions under valgrind
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/build/bench/bench/bin
data=$root/build/bench/data
mkdir -p "$data"

# Makes $1 with $2 projects unless it is there and newer than the generator.
generate() {
    if [ ! -f "$1" ] || [ "$bin/regie-generate" -nt "$1" ]; then
        echo "run-benchmarks: generating $1"
        start=$(date +%s)
        "$bin/regie-generate" --out "$1.tmp" --projects "$2"
        mv "$1.tmp" "$1"
        rm -f "$1.tmp-wal" "$1.tmp-shm"
        echo "run-benchmarks: generating $2 projects took $(( $(date +%s) - start )) s"
    fi
}

db=$data/regions-50000.sqlite
generate "$db" 50000
"$bin/regie-bench" --db "$db" --json "$data/results.json" "$@"

# The project search at 200,000 projects (target: 20 ms p95 for 3+ characters).
db200=$data/regions-200000.sqlite
generate "$db200" 200000
echo
"$bin/regie-bench" --db "$db200" --json "$data/results-200000.json" search
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

# The knowledge base: 250,000 Dutch items and 50,000 reuse records, made once
# and kept under build/data (about 4 GB; generating takes half an hour or more
# on a busy machine), then searched through the store beside raw FTS5.
kennisdb=$root/build/data/kennis-250000.sqlite
if [ ! -f "$kennisdb" ]; then
    echo "run-benchmarks: generating $kennisdb"
    mkdir -p "$root/build/data"
    "$bin/regie-kennisgenerate" --out "$kennisdb.tmp" --items 250000 --reuses 50000
    mv "$kennisdb.tmp" "$kennisdb"
    rm -f "$kennisdb.tmp-wal" "$kennisdb.tmp-shm"
fi
echo
"$bin/regie-kennisstorebench" --db "$kennisdb" --repeat 5
echo
# The tokenizer alone on 20,000 synthetic texts, beside a LIKE scan.
"$bin/regie-kennisbench" --items 20000

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
