#!/usr/bin/env bash
# Fuzzes the CSV/JSON importer and the text normaliser with libFuzzer.
# Usage: scripts/fuzz.sh [SECONDS]   (default 60). Crashing inputs are written to
# Tests/Fixtures/fuzz-crashes/; copy them to Tests/Fixtures/bad-input/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
ENABLE_FUZZING=1 swift build -c debug --product ImportFuzzer --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null
mkdir -p Tests/Fixtures/fuzz-crashes .build-fuzz/corpus
cp Tests/Fixtures/fuzz-corpus/* .build-fuzz/corpus/
.build-fuzz/debug/ImportFuzzer .build-fuzz/corpus -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix=Tests/Fixtures/fuzz-crashes/ -print_final_stats=1
