#!/usr/bin/env bash
# Starts the web workspace on the Central Java sample, signs in through the login form in
# headless Chromium and renders the overview, an app, a group and the plan to docs/web-*.png.
# Fails on console or network errors in the browser. Usage: scripts/screenshot-web.sh
set -euo pipefail
cd "$(dirname "$0")/.."

browser=$(command -v chromium-headless-shell || command -v chromium || true)
if [ -z "$browser" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell >/dev/null
    browser=$(command -v chromium-headless-shell)
fi
python3 -c "import websocket" 2>/dev/null || pip install -q websocket-client

# SCRATCH_PATH builds in another build folder (as --scratch-path), e.g. one already warm.
scratch=(${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"})
swift build -c release "${scratch[@]}" --product consolidate >/dev/null 2>&1
swift build -c release "${scratch[@]}" --product consolidate-web >/dev/null 2>&1
bin=$(swift build -c release "${scratch[@]}" --show-bin-path 2>/dev/null)
work=$(mktemp -d)
db=$work/inventory.sqlite
port=${PORT:-18080}
devtools=${DEVTOOLS_PORT:-19222}
cleanup() { kill "${server:-}" "${chrome:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

$bin/consolidate import --db "$db" data/samples/jateng-inventory.csv >/dev/null 2>&1
$bin/consolidate plan --db "$db" >/dev/null 2>&1
echo "screenshot-pass" | $bin/consolidate users add ana --role admin --password-stdin --db "$db" >/dev/null
app=$($bin/consolidate sql --db "$db" --format csv "SELECT a.external_id FROM overlap_groups g JOIN apps a ON a.id = g.representative_app ORDER BY g.size DESC LIMIT 1" | tail -1)
group=$($bin/consolidate sql --db "$db" --format csv "SELECT id FROM overlap_groups ORDER BY size DESC LIMIT 1" | tail -1)

$bin/consolidate serve --db "$db" --port "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
"$browser" --no-sandbox --headless --disable-gpu --remote-debugging-port="$devtools" about:blank >"$work/chrome.log" 2>&1 &
chrome=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$devtools/json/version" >/dev/null && break; sleep 0.2; done

python3 scripts/web_browser.py "$devtools" "http://127.0.0.1:$port" ana screenshot-pass docs \
    web-overview=/ "web-app=/apps/$app" "web-group=/groups/$group" web-plan=/plan
