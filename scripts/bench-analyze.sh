#!/usr/bin/env bash
# Measures `consolidate analyze` on generated inventories: wall time, peak memory and quality.
# Usage: scripts/bench-analyze.sh [SIZES...]   (default: 10000 30000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@"); [ $# -eq 0 ] && sizes=(10000 30000 100000)

swift build -c release >/dev/null
bin=.build/release/consolidate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf "%-8s %-9s %-9s %-9s %-8s %-8s %s\n" apps import_s analyze_s peak_MB "P@10" ARI "V-measure"
for n in "${sizes[@]}"; do
    db="$work/bench-$n.sqlite"
    "$bin" sample --apps "$n" --labels --seed 7 --output "$work/bench-$n.csv" 2>/dev/null
    start=$(date +%s.%N)
    "$bin" import "$work/bench-$n.csv" --db "$db" 2>/dev/null
    import_s=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" analyze --db "$db" 2>/dev/null
    read -r analyze_s peak_kb < "$work/time"
    eval_out=$("$bin" evaluate --labels true_function --db "$db")
    p10=$(echo "$eval_out" | awk '/precision@/ {print $2}')
    ari=$(echo "$eval_out" | awk '/adjusted Rand/ {print $4}')
    vm=$(echo "$eval_out" | awk '/V-measure/ {print $2}')
    printf "%-8s %-9.2f %-9s %-9d %-8s %-8s %s\n" "$n" "$import_s" "$analyze_s" $((peak_kb / 1024)) "$p10" "$ari" "$vm"
done
