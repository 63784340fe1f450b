#!/usr/bin/env bash
# Measures the interactive commands against a full `analyze` on generated inventories: `check` of a proposal
# (from the stored search index), and `analyze` after a re-import that edits 10 apps (incremental), beside a full one.
# Usage: scripts/bench-interactive.sh [SIZES...]   (default: 30000; SEED=7; BIN=path to time another binary)
# Columns: full analyze wall seconds, check seconds (median of 3 proposals) and check / full, analyze after editing
# 10 apps and incremental / full, the search index's size in the database, and the database size.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@"); [ $# -eq 0 ] && sizes=(30000)
seed=${SEED:-7}
# BIN=path runs a given consolidate binary (say, one built from an earlier commit) instead of building this tree's.
if [ -z "${BIN:-}" ]; then swift build -c release --product consolidate >/dev/null; fi
bin=${BIN:-$PWD/.build/release/consolidate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { # COMMAND... : wall seconds, output discarded
    local start; start=$(date +%s.%N)
    "$@" >/dev/null 2>"$work/stderr"
    awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }'
}

printf "%-9s %-6s %-10s %-8s %-8s %-8s %-9s %-9s %s\n" apps seed analyze_s check_s check/an incr_s incr/an index_MB db_MB
for n in "${sizes[@]}"; do
    db="$work/inventory-$n.sqlite"
    "$bin" sample --apps "$n" --seed "$seed" --output "$work/sample.csv" 2>/dev/null
    "$bin" import "$work/sample.csv" --db "$db" >/dev/null 2>&1
    full=$(seconds "$bin" analyze --db "$db")
    checks=()
    for proposal in "e-Arsip|Surat keluar dan arsip dinamis" "Sistem Informasi Absensi Pegawai|Presensi pegawai dengan GPS dan swafoto" \
                    "Aplikasi Pengaduan Warga|Aduan masyarakat dan tindak lanjut"; do
        checks+=("$(seconds "$bin" check --db "$db" --name "${proposal%%|*}" --description "${proposal#*|}")")
        if grep -q "slower" "$work/stderr"; then echo "check did not use the search index:" >&2; cat "$work/stderr" >&2; exit 1; fi
    done
    check=$(printf "%s\n" "${checks[@]}" | sort -n | sed -n 2p)
    # The same file with 10 apps' descriptions edited, re-imported: 10 updated, the rest unchanged.
    python3 - "$work/sample.csv" "$work/edited.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
column = rows[0].index("deskripsi")
for index in range(1, len(rows), max(1, (len(rows) - 1) // 10))[:10]:
    rows[index][column] = rows[index][column] + " Terintegrasi dengan layanan kependudukan dan pembayaran daring"
csv.writer(open(sys.argv[2], "w", newline="", encoding="utf-8")).writerows(rows)
EOF
    "$bin" import "$work/edited.csv" --db "$db" >/dev/null 2>&1
    incremental=$(seconds "$bin" analyze --db "$db")
    grep -q "^incremental: 10 apps changed" "$work/stderr" || { echo "analyze after the re-import was not incremental:" >&2; cat "$work/stderr" >&2; exit 1; }
    index_mb=$(sqlite3 "$db" "SELECT printf('%.1f', sum(pgsize) / 1e6) FROM dbstat WHERE name LIKE 'search_%' OR name LIKE 'sqlite_autoindex_search_%'")
    db_mb=$(awk -v b="$(stat -c %s "$db")" 'BEGIN { printf "%.1f", b / 1e6 }')
    printf "%-9s %-6s %-10s %-8s %-8.3f %-8s %-9.3f %-9s %s\n" "$n" "$seed" "$full" "$check" "$(awk -v c="$check" -v f="$full" 'BEGIN { print c / f }')" \
        "$incremental" "$(awk -v c="$incremental" -v f="$full" 'BEGIN { print c / f }')" "$index_mb" "$db_mb"
done
