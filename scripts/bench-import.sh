#!/usr/bin/env bash
# Times `consolidate import` of generated inventories: a first import into a new database, a re-import of the
# same file (every app unchanged) and a --dry-run (reading and checking only), with wall time, CPU (user + system)
# and peak memory of each. CPU time is the steadier figure when other builds share the machine; the load average
# is printed with every row.
# Usage: scripts/bench-import.sh [SIZES...]   (default: 30000 100000; SEED=7; RUNS=3, the fastest run is shown;
#        $CONSOLIDATE names an already built release binary to use instead of building one)
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@"); [ $# -eq 0 ] && sizes=(30000 100000)
seed=${SEED:-7}
runs=${RUNS:-3}

if [ -n "${CONSOLIDATE:-}" ]; then
    bin=$(realpath "$CONSOLIDATE")
else
    swift build -c release --product consolidate >/dev/null
    bin=$PWD/.build/release/consolidate
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs "$@" RUNS times and prints the run with the least CPU time: wall s, CPU s, peak MB.
fastest() {
    local best=""
    for _ in $(seq "$runs"); do
        [ "$1" = first ] && rm -f "$work"/inv.sqlite*
        /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${@:2}" >/dev/null 2>&1
        local line
        line=$(awk '{printf "%.2f %.2f %.0f", $1, $2 + $3, $4 / 1024}' "$work/time")
        if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[2] < y[2]) }'; then
            best=$line
        fi
    done
    echo "$best"
}

printf "%-8s %-9s %-22s %-22s %-22s %s\n" apps "file MB" "first import (wall/CPU/MB)" "re-import (wall/CPU/MB)" "dry run (wall/CPU/MB)" "load"
for size in "${sizes[@]}"; do
    file=$work/inventory-$size.csv
    "$bin" sample --apps "$size" --seed "$seed" --output "$file" 2>/dev/null
    first=$(fastest first "$bin" import "$file" --db "$work/inv.sqlite")
    again=$(fastest again "$bin" import "$file" --db "$work/inv.sqlite")
    rm -f "$work"/dry.sqlite*
    dry=$(fastest dry "$bin" import "$file" --db "$work/dry.sqlite" --dry-run)
    printf "%-8s %-9s %-22s %-22s %-22s %s\n" "$size" "$(du -m "$file" | cut -f1)" "$first" "$again" "$dry" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
