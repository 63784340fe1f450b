#!/usr/bin/env bash
# Measures `consolidate import` + `analyze` beside the TF-IDF peer (../shared/bench/run-peer.sh) on the same files,
# in one table: generated inventories of several sizes, the real GSA IT standards register and two small labelled
# registers of short texts.
# Usage: scripts/bench-analyze.sh [SIZES...]   (default: 10000 30000 100000; SEED=7; GSA=0 skips the registers;
#        PEER_THRESHOLD=0.65, the peer's default)
# Columns: wall seconds of our import and analyze, analyze peak memory, precision@10, co-grouped pair precision and
# adjusted Rand index against the labels (true_function, or GSA's Category), then the peer's wall seconds, pair
# precision and ARI on the same file, and ours / peer wall time. Fails when 100k analyze takes more than 4x the 30k one.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@"); [ $# -eq 0 ] && sizes=(10000 30000 100000)
seed=${SEED:-7}
peer=../shared/bench/run-peer.sh
gsa=data/registers/gsa-it-standards-2021.csv
peer_python=${PEER_VENV:-${TMPDIR:-/tmp}/consolidate-peer-venv}/bin/python

swift build -c release --product consolidate >/dev/null
bin=.build/release/consolidate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The peer reads `id,name,acronym,description,features`; write the same rows under those headers, with the label.
peer_input() { # INPUT OUTPUT NAME_COLUMN DESCRIPTION_COLUMN LABEL_COLUMN [ACRONYM FEATURES]
    python3 - "$@" <<'EOF'
import csv, sys
source, target, name, description, label = sys.argv[1:6]
acronym, features = (sys.argv[6:8] + ["", ""])[:2]
with open(source, newline="", encoding="utf-8") as f, open(target, "w", newline="", encoding="utf-8") as g:
    out = csv.writer(g)
    out.writerow(["id", "name", "acronym", "description", "features", "label"])
    for index, row in enumerate(csv.DictReader(f)):
        out.writerow([row.get("id") or f"row-{index}", row[name], row.get(acronym, ""), row[description],
                      row.get(features, ""), row[label]])
EOF
}

# Pair precision and ARI of the peer's groups (apps it leaves out are alone) over the labelled rows.
peer_quality() { # PEER_INPUT GROUPS
    "$peer_python" - "$@" <<'EOF'
import csv, sys
from sklearn.metrics import adjusted_rand_score
from sklearn.metrics.cluster import pair_confusion_matrix
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
group = {r["app_id"]: r["group_id"] for r in csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8"))}
rows = [r for r in rows if r["label"]]
truth = [r["label"] for r in rows]
predicted = [group.get(r["id"], "alone:" + r["id"]) for r in rows]
pairs = pair_confusion_matrix(truth, predicted)
print(f"{pairs[1, 1] / max(1, pairs[1, 1] + pairs[0, 1]):.3f} {adjusted_rand_score(truth, predicted):.3f}")
EOF
}

row() { # LABEL CSV LABEL_COLUMN PEER_INPUT IMPORT_ARGS...
    local label=$1 csv=$2 labels=$3 input=$4; shift 4
    local db="$work/$label.sqlite"
    local start; start=$(date +%s.%N)
    "$bin" import "$csv" --db "$db" "$@" >/dev/null 2>&1
    local import_s; import_s=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" analyze --db "$db" >/dev/null 2>&1
    local analyze_s peak_kb; read -r analyze_s peak_kb < "$work/time"
    local eval_out; eval_out=$("$bin" evaluate --labels "$labels" --db "$db")
    local p10 pp ari
    p10=$(echo "$eval_out" | awk '/precision@/ {print $2}')
    pp=$(echo "$eval_out" | awk '/pairwise/ {print $7}')
    ari=$(echo "$eval_out" | awk '/adjusted Rand/ {print $4}')
    local peer_json peer_s; peer_json=$("$peer" "$input" --threshold "${PEER_THRESHOLD:-0.65}" --groups-out "$work/peer-groups.csv")
    peer_s=$(echo "$peer_json" | sed 's/.*"seconds": \([0-9.]*\).*/\1/')
    local peer_pp peer_ari; read -r peer_pp peer_ari < <(peer_quality "$input" "$work/peer-groups.csv")
    printf "%-9s %-9.2f %-9s %-8d %-7s %-7s %-7s | %-7s %-7s %-7s | %.2f\n" "$label" "$import_s" "$analyze_s" \
        $((peak_kb / 1024)) "$p10" "$pp" "$ari" "$peer_s" "$peer_pp" "$peer_ari" \
        "$(awk -v a="$import_s" -v b="$analyze_s" -v p="$peer_s" 'BEGIN { print (a + b) / p }')"
    echo "$analyze_s" > "$work/analyze-$label"
}

printf "%-9s %-9s %-9s %-8s %-7s %-7s %-7s | %-7s %-7s %-7s | %s\n" inventory import_s analyze_s peak_MB "P@10" pair_P ARI \
    peer_s peer_P peer_ARI ours/peer
for n in "${sizes[@]}"; do
    "$bin" sample --apps "$n" --labels --seed "$seed" --output "$work/sample-$n.csv" 2>/dev/null
    peer_input "$work/sample-$n.csv" "$work/peer-$n.csv" nama_aplikasi deskripsi true_function akronim fitur
    row "$n" "$work/sample-$n.csv" true_function "$work/peer-$n.csv"
done
if [ "${GSA:-1}" != 0 ]; then
    peer_input "$gsa" "$work/peer-gsa.csv" "Standard Name" Description Category
    row gsa "$gsa" Category "$work/peer-gsa.csv" --map "Standard Name=name" --map Category=attributes --map Status=attributes
    # Two small labelled registers of short, uneven texts (Tests/Fixtures/lookalikes): branded Indonesian names, and
    # one-line English software descriptions.
    lookalikes=Tests/Fixtures/lookalikes
    peer_input "$lookalikes/kabupaten-sleman.csv" "$work/peer-kabupaten.csv" "Nama Aplikasi" Deskripsi Kelompok
    row kabupaten "$lookalikes/kabupaten-sleman.csv" Kelompok "$work/peer-kabupaten.csv"
    peer_input "$lookalikes/software-en.csv" "$work/peer-english.csv" name description label
    row english "$lookalikes/software-en.csv" label "$work/peer-english.csv"
fi

if [ -f "$work/analyze-30000" ] && [ -f "$work/analyze-100000" ]; then
    awk -v a="$(cat "$work/analyze-30000")" -v b="$(cat "$work/analyze-100000")" 'BEGIN {
        if (b > 4 * a) { printf "100k analyze took %.1fx the 30k time (limit 4x)\n", b / a; exit 1 } }'
fi

# With INTERACTIVE=1, also `check` and incremental `analyze` beside a full one on the same sizes (scripts/bench-interactive.sh).
if [ "${INTERACTIVE:-0}" = 1 ]; then SEED=$seed scripts/bench-interactive.sh "${sizes[@]}"; fi
