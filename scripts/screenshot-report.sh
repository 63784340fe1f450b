#!/usr/bin/env bash
# Renders the Indonesian and English reports of the 30,000-app sample in headless Chromium:
# full-page PNGs (docs/report-id.png, docs/report-en.png) and A4 PDFs, and fails on console
# errors, English UI words in the Indonesian report, more than 12 printed pages, text
# overflowing its box (at 1024 and 1440 px), a file of 5 MB or more, or anything fetched.
# Usage: scripts/screenshot-report.sh [INVENTORY.sqlite]   (default: builds the 30k sample plan)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

browser=$(command -v chromium-headless-shell || true)
if [ -z "$browser" ] || ! command -v pdfinfo >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell poppler-utils >/dev/null
    browser=$(command -v chromium-headless-shell)
fi

swift build -c release --product consolidate >/dev/null
consolidate="$root/.build/release/consolidate"
db=${1:-}
if [ -z "$db" ]; then
    db="$work/inventory.sqlite"
    for step in "sample --apps 30000 --output $work/sample.csv" "import --db $db $work/sample.csv" "plan --db $db"; do
        # shellcheck disable=SC2086
        "$consolidate" $step >"$work/step.log" 2>&1 || { cat "$work/step.log" >&2; echo "consolidate $step failed" >&2; exit 1; }
    done
fi

run() { "$browser" --no-sandbox --headless --disable-gpu --hide-scrollbars "$@"; }
failed=0
for lang in id en; do
    html="$work/report-$lang.html"
    "$consolidate" report --db "$db" --lang "$lang" --output "$html" 2>"$work/step.log" || { cat "$work/step.log" >&2; exit 1; }
    size=$(stat -c %s "$html")
    [ "$size" -lt 5000000 ] || { echo "$lang: $size bytes, over 5 MB" >&2; failed=1; }
    if grep -qiE '<script|src=|<link|@import|url\(' "$html"; then echo "$lang: the report loads or runs something" >&2; failed=1; fi

    # Console and loading errors.
    run --enable-logging=stderr --v=0 --dump-dom "file://$html" >/dev/null 2>"$work/log-$lang"
    if grep -E "CONSOLE|Uncaught|net::ERR" "$work/log-$lang"; then echo "$lang: the browser reported errors" >&2; failed=1; fi

    # Overflowing text and English words, read from element sizes by an injected script.
    cp scripts/report-check.js "$work/"
    sed 's#</body>#<script src="report-check.js"></script></body>#' "$html" >"$work/check-$lang.html"
    for width in 1024 1440; do
        result=$(run --window-size="$width,900" --dump-dom "file://$work/check-$lang.html" 2>/dev/null |
            sed -n '/<pre id="report-check">/,/<\/pre>/p' | sed 's/<[^>]*>//g')
        if [ "$result" != "OK" ]; then echo "$lang at $width px: ${result:-the check did not run}" >&2; failed=1; fi
    done

    # A4 print: at most 12 pages.
    run --no-pdf-header-footer --print-to-pdf="$work/report-$lang.pdf" "file://$html" 2>/dev/null
    pages=$(pdfinfo "$work/report-$lang.pdf" | awk '/^Pages:/ {print $2}')
    echo "$lang: $size bytes, $pages printed pages"
    [ "$pages" -le 12 ] || { echo "$lang: $pages printed pages, more than 12" >&2; failed=1; }

    # Full-page screenshot: the window as tall as the page.
    sed "s#</body>#<script>document.body.insertAdjacentHTML('beforeend','<pre id=\"height\">'+document.documentElement.scrollHeight+'</pre>')</script></body>#" "$html" >"$work/height-$lang.html"
    height=$(run --window-size=1280,900 --dump-dom "file://$work/height-$lang.html" 2>/dev/null | sed -n 's/.*<pre id="height">\([0-9]*\)<\/pre>.*/\1/p')
    run --window-size="1280,${height:-4000}" --screenshot="$root/docs/report-$lang.png" "file://$html" 2>/dev/null
done
[ "$failed" -eq 0 ] || exit 1
echo "rendered docs/report-id.png and docs/report-en.png"
