#!/usr/bin/env bash
# Fuzzes spec parsing, criteria, profiles and cost-model loading, report reading, interview answers files and
# batch lines with libFuzzer and
# AddressSanitizer for SECONDS (default 60). A crash leaves its input in fuzz/crashes/ and exits non-zero:
# turn it into a regression test (Tests/AdvisorCoreTests/FuzzRegressionTests.swift) before fixing it.
#   scripts/fuzz.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=.build/fuzz
mkdir -p "$build" fuzz/crashes
sources=$(find Sources/AdvisorCore -name '*.swift' | sort)
# Rebuild only when a source changed.
if [ ! -x "$build/fuzz-inputs" ] || [ -n "$(find Sources/AdvisorCore Fuzz -newer "$build/fuzz-inputs" -name '*.swift' | head -1)" ]; then
  echo "building the fuzz target (swiftc -sanitize=fuzzer,address)…" >&2
  # The linker's notes about the sanitizer's local symbols are noise; real errors still stop the build.
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name AdvisorFuzz -package-name advisor $sources Fuzz/FuzzInputs.swift -o "$build/fuzz-inputs" \
    2> >(grep -v "Cannot export local symbol" >&2)
fi
corpus="$build/corpus"
mkdir -p "$corpus"
cp examples/*.json criteria/*.json Tests/AdvisorCLITests/Golden/*.json fuzz/seeds/* fuzz/regressions/* "$corpus"/ 2>/dev/null || true
"$build/fuzz-inputs" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=fuzz/crashes/ -print_final_stats=1 2>"$build/fuzz.log" || {
  tail -40 "$build/fuzz.log" >&2
  echo "fuzz: a crash was found; its input is in fuzz/crashes/" >&2
  exit 1
}
grep -E "^stat::number_of_executed_units|^Done" "$build/fuzz.log" | tail -2 >&2
echo "fuzz: no crash in ${seconds}s" >&2
