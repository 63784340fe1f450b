#!/usr/bin/env bash
# Renders the demo report in headless Chromium to docs/report.png and fails on browser errors.
# Usage: scripts/screenshot-report.sh [REPORT.html] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
report=${1:-demo/report.html}
out=${2:-docs/report.png}

browser=$(command -v chromium-headless-shell || command -v chromium || true)
if [ -z "$browser" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell >/dev/null
    browser=$(command -v chromium-headless-shell)
fi
if [ ! -f "$report" ]; then
    swift run -c release consolidate demo >/dev/null
fi

url="file://$(realpath "$report")"
log=$(mktemp)
"$browser" --no-sandbox --headless --disable-gpu --enable-logging=stderr --v=0 \
    --screenshot="$out" --window-size=1280,2400 "$url" 2>"$log" || { cat "$log"; exit 1; }
# Console errors (a broken page, a blocked resource) fail the check.
if grep -E "CONSOLE\(|Uncaught|ERR_FILE_NOT_FOUND|net::ERR" "$log" | grep -v "dbus" ; then
    echo "the browser reported errors while rendering $report" >&2
    exit 1
fi
dom=$("$browser" --no-sandbox --headless --disable-gpu --dump-dom "$url" 2>/dev/null)
for section in "Application consolidation report" "Merge plan" "Largest overlap groups" "Data quality" "Planner decisions"; do
    grep -q "$section" <<<"$dom" || { echo "section \"$section\" missing from the rendered page" >&2; exit 1; }
done
echo "rendered $report to $out"
