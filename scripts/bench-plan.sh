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

# What the first plan's totals rest on (docs/plan.md, "What the totals rest on"; docs/report.md):
# yearly saving and its part on weak matches (Rp billion), inactive apps switched off at no
# saving with the cost the register records for them and how many list over 1,000 users, and
# the report's overlap headline: apps with a look-alike of their group at 0.35 or more, apps
# grouped only loosely, and how often the counted app's best such look-alike has its true function.
money_sql="SELECT printf('%.0f', coalesce(sum(i.annual_saving), 0) / 1e9),
    printf('%.0f', coalesce(sum(CASE WHEN i.saving_basis = 'weak-match' THEN i.annual_saving END), 0) / 1e9),
    sum(i.saving_basis = 'weak-match'), sum(i.saving_basis = 'inactive'),
    printf('%.0f', coalesce(sum(CASE WHEN i.saving_basis = 'inactive' THEN a.annual_cost END), 0) / 1e9),
    sum(i.saving_basis = 'inactive' AND a.users > 1000)
    FROM plan_items i JOIN apps a ON a.id = i.app_id WHERE i.plan_id = (SELECT max(id) FROM plans)"
overlap_sql="WITH m AS (SELECT gm.app_id, gm.group_id FROM group_members gm JOIN overlap_groups g ON g.id = gm.group_id
        WHERE g.run_id = (SELECT analysis_run_id FROM plans WHERE id = (SELECT max(id) FROM plans))),
    inside AS (SELECT p.app_a AS x, p.app_b AS y, p.score AS s FROM overlap_pairs p JOIN m ma ON ma.app_id = p.app_a
        JOIN m mb ON mb.app_id = p.app_b AND mb.group_id = ma.group_id WHERE p.score >= 0.35),
    best AS (SELECT x, y, row_number() OVER (PARTITION BY x ORDER BY s DESC) AS rn FROM (SELECT x, y, s FROM inside UNION ALL SELECT y, x, s FROM inside))
    SELECT count(*), (SELECT count(*) FROM m) - count(*),
        printf('%.3f', avg(CASE WHEN json_extract(ax.attributes, '$.true_function') IS NULL OR json_extract(ay.attributes, '$.true_function') IS NULL
            THEN NULL ELSE json_extract(ax.attributes, '$.true_function') = json_extract(ay.attributes, '$.true_function') END))
    FROM best JOIN apps ax ON ax.id = best.x JOIN apps ay ON ay.id = best.y WHERE rn = 1"
# The first plan's waves (docs/plan.md, "Dated waves"): how many, the largest platform, the most
# moves one wave makes (all platforms; moves take onboarding places), the inactive apps switched
# off (all in wave 1, taking none), the weak matches wave 1 moves (0: they wait for their check),
# the end of the last wave, the apps of waves ending in the horizon's last quarter or after it (--years from --start) and
# the net over the horizon (Rp billion).
waves_sql="WITH p AS (SELECT id, json_extract(parameters, '$.start') AS s, years FROM plans WHERE id = (SELECT max(id) FROM plans)),
    h AS (SELECT id, (CAST(substr(s, 1, 4) AS INTEGER) * 4 + CAST(substr(s, 7, 1) AS INTEGER) - 1 + years * 4 - 1) AS q FROM p)
    SELECT (SELECT count(*) FROM plan_waves w WHERE w.plan_id = h.id), (SELECT max(apps) FROM plan_platforms x WHERE x.plan_id = h.id),
        (SELECT max(c) FROM (SELECT count(*) AS c FROM plan_items i WHERE i.plan_id = h.id AND i.action IN ('migrate', 'retire')
            AND coalesce(i.saving_basis, '') <> 'inactive' GROUP BY i.wave)),
        (SELECT count(*) FROM plan_items i WHERE i.plan_id = h.id AND i.saving_basis = 'inactive'),
        (SELECT count(*) FROM plan_items i WHERE i.plan_id = h.id AND i.wave = 1 AND i.saving_basis = 'weak-match'),
        (SELECT max(end_quarter) FROM plan_waves w WHERE w.plan_id = h.id),
        printf('%d-Q%d', h.q / 4, h.q % 4 + 1),
        (SELECT coalesce(sum(apps), 0) FROM plan_waves w WHERE w.plan_id = h.id AND w.end_quarter >= printf('%d-Q%d', h.q / 4, h.q % 4 + 1)),
        (SELECT printf('%.0f', net_saving / 1e9) FROM plans WHERE id = h.id)
    FROM h"
money_rows=()
wave_rows=()

printf "%-14s %-6s %-9s %-8s %-10s %-11s %-11s %-9s %-9s %-9s %-8s\n" inventory apps platforms covered "function_ok" "wrong_move" analyze_s plan_s replan_s check_s ratio
run() {
    local name=$1 db=$2 labelled=$3
    local analyze_s plan_s replan_s check_s moving
    analyze_s=$(seconds "$bin" analyze --db "$db")
    plan_s=$(seconds "$bin" plan --db "$db" --start 2027-Q1)
    local money overlap
    money=$("$bin" sql --db "$db" --format csv "$money_sql" | tail -1)
    overlap=$("$bin" sql --db "$db" --format csv "$overlap_sql" | tail -1)
    money_rows+=("$name,$money,$overlap")
    wave_rows+=("$name,$("$bin" sql --db "$db" --format csv "$waves_sql" | tail -1)")
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
echo
printf "%-14s %-10s %-9s %-6s %-9s %-15s %-10s %-8s %-7s %-8s\n" inventory saving_bn weak_bn weak inactive inactive_cost_bn to_verify overlap loose same_job
for row in "${money_rows[@]}"; do
    IFS=, read -r name saving weak weak_n inactive cost verify counted loose same <<<"$row"
    printf "%-14s %-10s %-9s %-6s %-9s %-15s %-10s %-8s %-7s %-8s\n" "$name" "$saving" "$weak" "$weak_n" "$inactive" "$cost" "$verify" "$counted" "$loose" "$same"
done
echo "saving_bn = yearly saving of the first plan (Rp billion), weak_bn its part on weak matches (weak apps);"
echo "inactive = apps switched off at no saving, inactive_cost_bn what the register records for them, to_verify those over 1,000 users;"
echo "overlap = the report's apps with a look-alike of their group at 0.35 or more, loose = grouped apps without one,"
echo "same_job = share of counted labelled apps whose best such look-alike has the same generator function"
echo "ratio = re-plan after a retain decision / full analyze; function_ok = share of labelled apps given their generator's"
echo "function; wrong_move = share of labelled moved apps moved into another function's platform (hand-written jateng apps carry no label)"
echo
printf "%-14s %-6s %-14s %-10s %-11s %-9s %-10s %-12s %-14s %-8s\n" inventory waves largest_platform most_moves switch_offs weak_w1 last_end horizon_end after_horizon net_bn
for row in "${wave_rows[@]}"; do
    IFS=, read -r name waves largest moves off weak last horizon after net <<<"$row"
    printf "%-14s %-6s %-14s %-10s %-11s %-9s %-10s %-12s %-14s %-8s\n" "$name" "$waves" "$largest" "$moves" "$off" "$weak" "$last" "$horizon" "$after" "$net"
done
echo "waves = dated waves of the first plan (default --wave-capacity); largest_platform = apps of its largest platform;"
echo "most_moves = most moves one wave makes (all platforms); switch_offs = inactive apps switched off (wave 1, no place taken);"
echo "weak_w1 = weak matches moved in wave 1 (0: checked first); after_horizon = apps of waves ending at or after horizon_end (they save nothing within it); net_bn = net (Rp billion)"
