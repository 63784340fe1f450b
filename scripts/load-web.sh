#!/usr/bin/env bash
# Load test of the web workspace on loopback: the 30k sample (analysed and planned), 20
# signed-in users (one session and one connection each) browsing for 15 s with wrk.
# Fails on any error response or when the 99th percentile exceeds 300 ms.
# Usage: scripts/load-web.sh [APPS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
apps=${1:-30000}
seconds=${2:-15}
users=20
port=${PORT:-18081}

command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
# SCRATCH_PATH builds in another build folder (as --scratch-path), e.g. one already warm.
scratch=(${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"})
swift build -c release "${scratch[@]}" --product consolidate >/dev/null 2>&1
swift build -c release "${scratch[@]}" --product consolidate-web >/dev/null 2>&1
bin=$(swift build -c release "${scratch[@]}" --show-bin-path 2>/dev/null)
work=$(mktemp -d)
db=$work/inventory.sqlite
cleanup() { kill "${server:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

$bin/consolidate sample --apps "$apps" --seed 7 -o "$work/sample.csv" >/dev/null 2>&1
$bin/consolidate import --db "$db" "$work/sample.csv" >/dev/null 2>&1
$bin/consolidate plan --db "$db" >/dev/null 2>&1
for i in $(seq $users); do echo "load-pass-$i" | $bin/consolidate users add "user$i" --role planner --password-stdin --db "$db" >/dev/null; done
sql() { $bin/consolidate sql --db "$db" --format csv "$1" | tail -n +2; }
mapfile -t ids < <(sql "SELECT external_id FROM apps ORDER BY random() LIMIT 50")
mapfile -t groups < <(sql "SELECT id FROM overlap_groups ORDER BY size DESC LIMIT 30")
mapfile -t platforms < <(sql "SELECT number FROM plan_platforms WHERE plan_id = (SELECT max(id) FROM plans)")

$bin/consolidate serve --db "$db" --port "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

# Each user signs in through the login form and keeps their own session cookie.
cookies=()
for i in $(seq $users); do
    jar=$work/jar$i
    token=$(curl -s -c "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="csrf_token" value="[^"]*' | cut -d'"' -f4)
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=user$i" --data-urlencode "password=load-pass-$i" \
        --data-urlencode "csrf_token=$token" "http://127.0.0.1:$port/login"
    cookie=$(awk '$6 == "consolidate_session" { print $7 }' "$jar")
    [ -n "$cookie" ] || { echo "user$i could not sign in" >&2; exit 1; }
    cookies+=("\"consolidate_session=$cookie\"")
done

paths=("/" "/apps" "/apps?q=surat" "/apps?q=pajak+daerah&page=2" "/apps?action=retire" "/groups" "/plan" "/decisions")
for id in "${ids[@]}"; do paths+=("/apps/$id"); done
for g in "${groups[@]}"; do paths+=("/groups/$g"); done
for p in "${platforms[@]}"; do paths+=("/plan/platforms/$p"); done
quoted=$(printf '"%s",' "${paths[@]}")
cat >"$work/browse.lua" <<LUA
local cookies = {$(IFS=,; echo "${cookies[*]}")}
local paths = {${quoted%,}}
local threads = {}
local counter = 0
function setup(thread)
    counter = counter + 1
    thread:set("cookie", cookies[counter])
    table.insert(threads, thread)
end
function init(args)
    n = math.random(#paths)
    errors = 0
end
function request()
    n = n % #paths + 1
    return wrk.format("GET", paths[n], { Cookie = cookie })
end
function response(status, headers, body)
    if status ~= 200 then errors = errors + 1 end
end
function done(summary, latency, requests)
    local bad = 0
    for _, thread in ipairs(threads) do bad = bad + thread:get("errors") end
    io.write(string.format("requests %d, non-200 %d, socket errors %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        summary.requests, bad, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
result=$(wrk -t "$users" -c "$users" -d "${seconds}s" --timeout 5s -s "$work/browse.lua" "http://127.0.0.1:$port" | tail -1)
echo "$apps apps, $users users, ${seconds} s, ${#paths[@]} pages: $result"
read -r requests bad socket p99 <<<"$(sed -E 's/requests ([0-9]+), non-200 ([0-9]+), socket errors ([0-9]+), p50 [0-9.]+ ms, p99 ([0-9.]+) ms.*/\1 \2 \3 \4/' <<<"$result")"
[ "$bad" = 0 ] && [ "$socket" = 0 ] || { echo "errors under load" >&2; tail -5 "$work/server.log" >&2; exit 1; }
awk -v p="$p99" 'BEGIN { exit !(p <= 300) }' || { echo "p99 $p99 ms is over 300 ms" >&2; exit 1; }
