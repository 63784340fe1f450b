#!/usr/bin/env bash
# Measures `consolidate plan` on generated inventories and the shipped samples: platforms,
# coverage, how often the plan gives an app its true function, money, and the time of a
# first plan, of a re-plan after a decision and of `check`, beside a full `analyze`.
# Usage: scripts/bench-plan.sh [SEEDS...]   (default: 7 11; 30,000 apps each)
set -euo pipefail
cd "$(dirname "$0")/.."

seeds=("$@"); [ $# -eq 0 ] && seeds=(7 11)
swift build -c release --product consolidate >/dev/null
bin=.build/release/consolidate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The generator's function names, as the built-in catalogue calls them.
truth="CASE json_extract(a.attributes, '$.true_function')
    WHEN 'staff-management' THEN 'staff-records' WHEN 'performance' THEN 'staff-performance'
    WHEN 'planning' THEN 'development-planning' WHEN 'financial-accounting' THEN 'financial-administration'
    WHEN 'data-portal' THEN 'open-data' WHEN 'news-portal' THEN 'public-website'
    WHEN 'citizen-service-portal' THEN 'citizen-services' WHEN 'meeting-room' THEN 'facility-booking'
    WHEN 'immunization-nutrition' THEN 'health-surveillance' ELSE json_extract(a.attributes, '$.true_function') END"

seconds() { /usr/bin/time -f "%e" -o "$work/t" "$@" >/dev/null 2>&1; cat "$work/t"; }

printf "%-14s %-6s %-9s %-8s %-10s %-11s %-11s %-9s %-9s %-9s %-8s\n" inventory apps platforms covered "function_ok" "wrong_move" analyze_s plan_s replan_s check_s ratio
run() {
    local name=$1 db=$2 labelled=$3
    local analyze_s plan_s replan_s check_s moving
    analyze_s=$(seconds "$bin" analyze --db "$db")
    plan_s=$(seconds "$bin" plan --db "$db" --start 2027-Q1)
    # A decision that only re-plans; retain applies to any moving app, on any platform.
    moving=$("$bin" sql --db "$db" --format csv "SELECT a.external_id FROM plan_items i JOIN apps a ON a.id = i.app_id WHERE i.plan_id = (SELECT max(id) FROM plans) AND i.action = 'migrate' ORDER BY a.external_id LIMIT 1" | tail -1)
    "$bin" decide retain "$moving" --db "$db" --reason benchmark >/dev/null 2>&1
    replan_s=$(seconds "$bin" plan --db "$db" --start 2027-Q1)
    check_s=$(seconds "$bin" check --db "$db" --name "e-Absensi" --description "Presensi pegawai dengan GPS")
    local q="SELECT count(*), (SELECT platforms FROM plans WHERE id = p), sum(i.action != 'retain')"
    if [ "$labelled" = yes ]; then
        q="$q, printf('%.3f', avg(CASE WHEN ($truth) IS NULL THEN NULL ELSE i.function_key IS ($truth) END)),
           printf('%.4f', avg(CASE WHEN ($truth) IS NULL OR i.action = 'retain' THEN NULL ELSE i.function_key IS NOT ($truth) END))"
    else q="$q, '-', '-'"; fi
    IFS=, read -r apps platforms covered ok wrong < <("$bin" sql --db "$db" --format csv \
        "WITH latest(p) AS (SELECT max(id) FROM plans) $q FROM plan_items i JOIN apps a ON a.id = i.app_id, latest WHERE i.plan_id = p" | tail -1)
    printf "%-14s %-6s %-9s %-8s %-10s %-11s %-11s %-9s %-9s %-9s %-8s\n" "$name" "$apps" "$platforms" "$covered" "$ok" "$wrong" \
        "$analyze_s" "$plan_s" "$replan_s" "$check_s" "$(awk -v r="$replan_s" -v a="$analyze_s" 'BEGIN { printf "%.2f", r / a }')"
}

"$bin" import data/samples/jateng-inventory.csv data/samples/inventory-3000.csv --db "$work/samples.sqlite" >/dev/null 2>&1
run samples "$work/samples.sqlite" yes
for seed in "${seeds[@]}"; do
    "$bin" sample --apps 30000 --labels --seed "$seed" --output "$work/s$seed.csv" 2>/dev/null
    "$bin" import "$work/s$seed.csv" --db "$work/s$seed.sqlite" >/dev/null 2>&1
    run "30k-seed-$seed" "$work/s$seed.sqlite" yes
done
echo "ratio = re-plan after a retain decision / full analyze; function_ok = share of labelled apps given their generator's"
echo "function; wrong_move = share of labelled moved apps moved into another function's platform (hand-written jateng apps carry no label)"
