#!/usr/bin/env bash
# Reliability checks that are too slow for `swift test`: crashes (SIGKILL) during import and
# analysis, concurrent readers and writers, other programs' databases, output files that would
# land on a database, output to pipes, a read-only folder, and a 1,000,000-row file.
# Usage: scripts/reliability.sh        (about 5-8 minutes after a release build; $CONSOLIDATE
#                                       names an already built release binary to use instead)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${CONSOLIDATE:-}" ]; then
    bin=$(realpath "$CONSOLIDATE")
else
    swift build -c release --product consolidate >/dev/null
    bin=$PWD/.build/release/consolidate
fi
fixtures=$PWD/Tests/Fixtures/bad-input
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
passes=0
pass() { echo "ok   $1"; passes=$((passes + 1)); }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
count() { "$bin" sql --db "$1" "SELECT count(*) FROM apps" --format csv | tail -1; }
integrity() { "$bin" sql --db "$1" "PRAGMA integrity_check" --format csv | tail -1; }

"$bin" sample --apps 1000 --seed 1 --output base.csv 2>/dev/null
"$bin" sample --apps 100000 --seed 2 --output big.csv 2>/dev/null
# Ids of the big file do not collide with the base file's.
sed -i '2,$ s/^APP-/BIG-/' big.csv

echo "== crash during import (SIGKILL)"
for delay in 0.3 1 2 3 4; do
    rm -f crash.sqlite*
    "$bin" import base.csv --db crash.sqlite 2>/dev/null
    "$bin" import big.csv --db crash.sqlite 2>/dev/null & pid=$!
    sleep "$delay"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    n=$(count crash.sqlite); check=$(integrity crash.sqlite)
    if [ "$check" = "ok" ] && { [ "$n" = 1000 ] || [ "$n" = 101000 ]; }; then pass "killed after ${delay}s: integrity ok, $n apps (before or after, never a mix)"
    else fail "killed after ${delay}s: integrity $check, $n apps"; fi
done

echo "== crash during analyze and plan"
rm -f an.sqlite*
"$bin" import big.csv --db an.sqlite 2>/dev/null
"$bin" platforms import --extend "$OLDPWD/data/samples/catalogue-extension.csv" --db an.sqlite 2>/dev/null
"$bin" plan --db an.sqlite >/dev/null 2>&1
pairs=$("$bin" sql --db an.sqlite "SELECT count(*) FROM overlap_pairs" --format csv | tail -1)
items=$("$bin" sql --db an.sqlite "SELECT count(*) FROM plan_items WHERE plan_id = (SELECT max(id) FROM plans)" --format csv | tail -1)
for delay in 2 8 14; do
    "$bin" analyze --db an.sqlite --threshold 0.5 >/dev/null 2>&1 & pid=$!
    sleep "$delay"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    now_pairs=$("$bin" sql --db an.sqlite "SELECT count(*) FROM overlap_pairs" --format csv | tail -1)
    now_items=$("$bin" sql --db an.sqlite "SELECT count(*) FROM plan_items WHERE plan_id = (SELECT max(id) FROM plans)" --format csv | tail -1)
    runs=$("$bin" sql --db an.sqlite "SELECT count(*) FROM analysis_runs" --format csv | tail -1)
    if [ "$(integrity an.sqlite)" = "ok" ] && [ "$now_items" = "$items" ] && { [ "$now_pairs" = "$pairs" ] || [ "$runs" -gt 1 ]; }; then
        pass "analyze killed after ${delay}s: previous analysis ($pairs pairs) and plan ($items items) intact"
        pairs=$now_pairs
    else fail "analyze killed after ${delay}s: pairs $now_pairs (was $pairs), plan items $now_items (was $items)"; fi
done

plan_id=$("$bin" sql --db an.sqlite "SELECT max(id) FROM plans" --format csv | tail -1)
for delay in 1 3; do
    "$bin" plan --db an.sqlite --target 10 >/dev/null 2>&1 & pid=$!
    sleep "$delay"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    latest=$("$bin" sql --db an.sqlite "SELECT max(id) FROM plans" --format csv | tail -1)
    n=$("$bin" sql --db an.sqlite "SELECT count(*) FROM plan_items WHERE plan_id = $latest" --format csv | tail -1)
    if [ "$(integrity an.sqlite)" = "ok" ] && [ "$n" = 100000 ]; then pass "plan killed after ${delay}s: latest plan (#$latest, was #$plan_id) complete with $n items"
    else fail "plan killed after ${delay}s: latest plan #$latest has $n items"; fi
done

echo "== concurrent use"
rm -f conc.sqlite*
"$bin" import base.csv --db conc.sqlite 2>/dev/null
"$bin" import big.csv --db conc.sqlite 2>/dev/null & writer=$!
slowest=0; reads=0
while kill -0 "$writer" 2>/dev/null; do
    start=$(date +%s%N)
    "$bin" sql --db conc.sqlite "SELECT count(*) FROM apps" --format csv >/dev/null || fail "a reader failed during an import"
    ms=$(( ($(date +%s%N) - start) / 1000000 )); [ "$ms" -gt "$slowest" ] && slowest=$ms
    reads=$((reads + 1))
done
wait "$writer" && pass "import finished while $reads reads ran (slowest read ${slowest} ms)" || fail "import failed while being read"
[ "$slowest" -lt 2000 ] && pass "readers were never blocked for long" || fail "a read took ${slowest} ms"

rm -f two.sqlite*
"$bin" import base.csv --db two.sqlite 2>/dev/null
"$bin" sample --apps 50000 --seed 3 --output other.csv 2>/dev/null; sed -i '2,$ s/^APP-/OTH-/' other.csv
"$bin" import big.csv --db two.sqlite 2>err1 & a=$!
"$bin" import other.csv --db two.sqlite 2>err2 & b=$!
sa=0; wait "$a" || sa=$?; sb=0; wait "$b" || sb=$?
n=$(count two.sqlite)
if [ "$sa" = 0 ] && [ "$sb" = 0 ] && [ "$n" = 151000 ]; then pass "two concurrent imports both succeeded ($n apps)"
elif { [ "$sa" != 0 ] && grep -q "locked\|busy" err1; } || { [ "$sb" != 0 ] && grep -q "locked\|busy" err2; }; then pass "one of two concurrent imports failed with a clear message"
else fail "concurrent imports: exit $sa/$sb, $n apps"; fi

echo "== other programs' databases"
for fixture in foreign-app.db foreign-with-apps.db; do
    rm -rf foreign && mkdir foreign && cp "$fixtures/$fixture" foreign/other.db
    before=$(md5sum < foreign/other.db)
    refused=0
    for i in 1 2 3 4 5; do
        case $i in
            1) args=(import base.csv) ;; 2) args=(stats) ;; 3) args=(analyze) ;;
            4) args=(sql --write "DELETE FROM apps") ;; 5) args=(export apps) ;;
        esac
        "$bin" "${args[@]}" --db foreign/other.db >/dev/null 2>err.txt && continue
        grep -q "another program" err.txt && refused=$((refused + 1))
    done
    if [ "$refused" = 5 ] && [ "$(md5sum < foreign/other.db)" = "$before" ] && [ "$(ls foreign)" = "other.db" ]; then
        pass "$fixture: refused by 5 commands, not a byte changed, no -wal or -shm left"
    else fail "$fixture: $refused of 5 refusals, files now: $(ls foreign | tr '\n' ' ')"; fi
done

echo "== outputs never replace a database, and are whole or absent"
rm -f out.sqlite*
"$bin" import base.csv --db out.sqlite 2>/dev/null
"$bin" analyze --db out.sqlite >/dev/null 2>&1
"$bin" plan --db out.sqlite >/dev/null 2>&1
before=$("$bin" export apps --db out.sqlite | md5sum)
for i in 1 2 3 4 5; do
    for target in out.sqlite out.sqlite-wal big.sqlite; do
        case $i in
            1) args=(export apps --output "$target" --db out.sqlite) ;; 2) args=(report -o "$target" --db out.sqlite) ;;
            3) args=(sample --apps 5 -o "$target") ;; 4) args=(plan -o "$target" --db out.sqlite) ;; 5) args=(backup "$target" --db out.sqlite) ;;
        esac
        [ "$target" = big.sqlite ] && cp out.sqlite big.sqlite
        if "$bin" "${args[@]}" >/dev/null 2>err.txt || ! grep -qE "SQLite database|basis data SQLite" err.txt; then
            fail "${args[*]} was not refused"
        fi
    done
done
if [ "$("$bin" export apps --db out.sqlite | md5sum)" = "$before" ] && [ "$(integrity out.sqlite)" = "ok" ]; then
    pass "export, report, sample, plan and backup refused to write over a database or its -wal file; inventory unchanged"
else fail "the inventory changed after refused outputs"; fi
"$bin" export apps --db an.sqlite --output full.csv 2>/dev/null
killed_whole=0
for delay in 0.2 0.5 1; do
    rm -f part.csv
    "$bin" export apps --db an.sqlite --output part.csv 2>/dev/null & pid=$!
    sleep "$delay"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    if [ ! -e part.csv ] || cmp -s part.csv full.csv; then killed_whole=$((killed_whole + 1)); fi
done
[ "$killed_whole" = 3 ] && pass "export of 100,000 apps killed at 0.2, 0.5 and 1 s: the output is absent or whole, never half" \
    || fail "a killed export left half a file"
"$bin" backup copy.sqlite --db an.sqlite 2>/dev/null
if [ "$(count copy.sqlite)" = "$(count an.sqlite)" ] && [ "$(integrity copy.sqlite)" = "ok" ]; then pass "backup copies the whole inventory ($(count copy.sqlite) apps)"
else fail "backup copy differs"; fi

echo "== pipes"
start=$(date +%s%N)
lines=$(timeout 30 "$bin" sql --db an.sqlite "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n" --format csv | head -3 | wc -l || true)
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$lines" = 3 ] && [ "$ms" -lt 10000 ] && pass "sql streams an endless query into head (first rows after ${ms} ms, then stops)" \
    || fail "sql into head: $lines lines after ${ms} ms"
lines=$("$bin" export apps --db an.sqlite | head -2 | wc -l || true)
[ "$lines" = 2 ] && pass "export into a pipe closed early ends quietly" || fail "export into head gave $lines lines"
status=0; "$bin" sql --db an.sqlite --timeout 1 "SELECT count(*) FROM apps a, apps b" >/dev/null 2>err.txt || status=$?
[ "$status" = 1 ] && grep -q "timeout" err.txt && pass "sql --timeout 1 stops a 10^10-row join" || fail "sql --timeout: exit $status"

# Job control on, so the background query does not ignore SIGINT as a non-interactive shell's jobs do.
set -m
"$bin" sql --db an.sqlite "SELECT count(*) FROM apps a, apps b" >/dev/null 2>&1 & pid=$!
set +m
sleep 1
start=$(date +%s%N); kill -INT "$pid"; status=0; wait "$pid" 2>/dev/null || status=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
# Typically 10-50 ms; the bound leaves room for a machine busy with other builds.
[ "$status" = 130 ] && [ "$ms" -lt 3000 ] && pass "Ctrl-C (SIGINT) ends a running query in ${ms} ms" || fail "SIGINT: exit $status after ${ms} ms"

echo "== a read-only folder"
# As root, folder permissions do not apply: the check runs as user nobody, who must be able to run the binary.
chmod 755 "$work"
if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" --help >/dev/null 2>&1; then
    rm -rf ro && mkdir ro && cp out.sqlite ro/inv.sqlite && chmod 644 ro/inv.sqlite && chmod 555 ro
    as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
    n=$(as_nobody "$bin" sql --db ro/inv.sqlite "SELECT count(*) FROM apps" --format csv 2>err.txt | tail -1)
    if [ "$n" = 1000 ] && grep -q "read-only" err.txt; then pass "a database in a read-only folder is read (and the note says why it is read as on disk)"
    else fail "read-only folder: read gave '$n': $(cat err.txt)"; fi
    status=0; as_nobody "$bin" import base.csv --db ro/inv.sqlite >/dev/null 2>err.txt || status=$?
    [ "$status" = 1 ] && grep -q "read-only" err.txt && pass "an import there fails with \"read-only\"" || fail "read-only folder import: exit $status"
    chmod 755 ro
else
    echo "skip a read-only folder (setpriv missing, or user nobody cannot run $bin)"
fi

echo "== standard input"
rm -f pipe.sqlite*
if head -101 base.csv | "$bin" import - --format csv --db pipe.sqlite 2>/dev/null && [ "$(count pipe.sqlite)" = 100 ]; then
    pass "import - read 100 rows from a pipe"
else fail "import from a pipe"; fi

echo "== a 1,000,000-row file"
"$bin" sample --apps 1000000 --seed 4 --output million.csv 2>/dev/null
rm -f million.sqlite*
if /usr/bin/time -f "%e s, %M KB" -o time.txt "$bin" import million.csv --db million.sqlite 2>/dev/null && [ "$(count million.sqlite)" = 1000000 ]; then
    pass "imported 1,000,000 rows ($(cat time.txt))"
else fail "1,000,000-row import"; fi

echo
echo "reliability: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
