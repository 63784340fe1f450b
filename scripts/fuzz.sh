#!/usr/bin/env bash
# Fuzzes the importer.
# Usage:
#   scripts/fuzz.sh [SECONDS]            libFuzzer on the CSV/JSON readers and the text normaliser
#                                        (default 60 s); crashing inputs go to Tests/Fixtures/fuzz-crashes/
#   scripts/fuzz.sh csv SECONDS [SEED]   CSV-structure fuzzer: rows imported + rows reported in errors
#                                        = data rows, with Python's csv module as the oracle
#   scripts/fuzz.sh json SECONDS [SEED]  JSON fuzzer with Python's json module as the oracle
#                                        FUZZ_CELLS=plain keeps ; and tab out of CSV cells (quoting alone)
# The structure fuzzers run the release `consolidate` (built here unless $CONSOLIDATE names one)
# and keep a failing input in Tests/Fixtures/fuzz-crashes/. Copy fixed ones to Tests/Fixtures/bad-input/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == csv || "${1:-}" == json ]]; then
    binary=${CONSOLIDATE:-}
    if [[ -z "$binary" ]]; then
        swift build -c release --product consolidate >/dev/null
        binary=.build/release/consolidate
    fi
    exec python3 scripts/fuzz_structure.py "$1" "${2:-60}" "$binary" ${3:+"$3"}
fi

seconds=${1:-60}
ENABLE_FUZZING=1 swift build -c debug --product ImportFuzzer --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null
mkdir -p Tests/Fixtures/fuzz-crashes .build-fuzz/corpus
cp Tests/Fixtures/fuzz-corpus/* .build-fuzz/corpus/
.build-fuzz/debug/ImportFuzzer .build-fuzz/corpus -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix=Tests/Fixtures/fuzz-crashes/ -print_final_stats=1
