#!/usr/bin/env bash
# Measures the advisor in a release build with a static Swift standard library, as medians of many runs,
# each figure next to a baseline measured in the same run. Writes bench/results.json.
#   scripts/bench.sh            all figures
#   BENCH_SPECS=20000 scripts/bench.sh   a smaller batch
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v hyperfine >/dev/null; then
  echo "installing hyperfine (Debian package)…" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && apt-get install -y -qq hyperfine >/dev/null; else sudo apt-get install -y -qq hyperfine >/dev/null; fi
fi

# A fully static executable (as `make install` builds it): no dynamic loader at start.
release=(swift build -c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build/static)
"${release[@]}" --product advisor >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Stripped, as `make install` installs it.
bin="$work/advisor"
strip -o "$bin" "$("${release[@]}" --show-bin-path)/advisor"
spec=examples/legal-docs-qa.json
specs=${BENCH_SPECS:-100000}

# A seeded batch of generated specs: every fact drawn at random, some left unknown.
python3 - "$specs" >"$work/specs.jsonl" <<'PY'
import json, random, sys
random.seed(7)
choices = {
  "knowledge_change": ["realtime", "daily", "weekly", "monthly", "yearly", "static"],
  "data_sensitivity": ["public", "internal", "confidential", "regulated"],
  "accuracy_need": ["best_effort", "high", "critical"], "knowledge_gap": ["none", "facts", "behavior", "both"],
  "output_consistency": ["flexible", "structured", "strict"], "citations_required": ["no", "preferred", "required"],
  "ml_expertise": ["none", "some", "strong"],
}
numbers = {"latency_budget_ms": (50, 10000), "queries_per_month": (100, 10_000_000), "labeled_examples": (0, 50000), "corpus_tokens": (1000, 5_000_000_000)}
for i in range(int(sys.argv[1])):
    facts = {k: random.choice(v) for k, v in choices.items() if random.random() < 0.85}
    facts.update({k: random.randint(*r) for k, r in numbers.items() if random.random() < 0.85})
    print(json.dumps({"specVersion": 1, "name": f"p{i}", "facts": facts}, separators=(",", ":")))
PY

# A project that gave one fact: the Monte Carlo draws the other eleven from their priors as well as the weights.
printf '{"specVersion": 1, "name": "sparse", "facts": {"knowledge_gap": "behavior"}}\n' >"$work/sparse.json"
hyperfine -N --warmup 5 --runs 60 --export-json "$work/start.json" \
  -n floor '/bin/true' \
  -n recommend "$bin recommend $spec" \
  -n recommend-json "$bin recommend $spec --format json" \
  -n sensitivity-baseline "$bin sensitivity $spec --samples 1 --format json" \
  -n mc-wsm-100k "$bin sensitivity $spec --samples 100000 --method wsm --format json" \
  -n mc-topsis-100k "$bin sensitivity $spec --samples 100000 --method topsis --format json" \
  -n sparse-baseline "$bin sensitivity $work/sparse.json --samples 1 --format json" \
  -n mc-facts-10k "$bin sensitivity $work/sparse.json --samples 10000 --format json" >&2
# Batches, on every processor (the default --jobs): the portfolio (a verdict a spec, and its next step unless
# --no-plan) and JSON Lines (a full report a spec) over all specs without Monte Carlo, and over the first 10,000
# with it (10,000 samples a spec).
head -n 10000 "$work/specs.jsonl" >"$work/specs-10k.jsonl"
hyperfine -N --warmup 1 --runs 3 --export-json "$work/batch.json" \
  -n batch-portfolio "$bin recommend --batch $work/specs.jsonl --samples 0 --no-plan -o $work/out.txt" \
  -n batch-portfolio-one-thread "$bin recommend --batch $work/specs.jsonl --samples 0 --no-plan --jobs 1 -o $work/out.txt" \
  -n batch-portfolio-planned "$bin recommend --batch $work/specs.jsonl --samples 0 -o $work/out.txt" \
  -n batch-without-monte-carlo "$bin recommend --batch $work/specs.jsonl --format json --samples 0 -o $work/out.jsonl" >&2
hyperfine -N --warmup 0 --runs 1 --export-json "$work/batch-mc.json" \
  -n batch-10k "$bin recommend --batch $work/specs-10k.jsonl --format json -o $work/out.jsonl" \
  -n batch-portfolio-10k "$bin recommend --batch $work/specs-10k.jsonl -o $work/out.txt" >&2
memory=$( { /usr/bin/time -f %M "$bin" recommend "$spec" >/dev/null; } 2>&1 | tail -1)

python3 - "$work/start.json" "$work/batch.json" "$work/batch-mc.json" "$memory" "$specs" "$(getconf _NPROCESSORS_ONLN)" <<'PY'
import json, sys
runs = {r["command"]: r for f in sys.argv[1:4] for r in json.load(open(f))["results"]}
median = {name: r["median"] for name, r in runs.items()}
floor = median["floor"]
base = median["sensitivity-baseline"]
results = {
  "floor_ms": floor * 1e3,
  "recommend_ms": median["recommend"] * 1e3, "recommend_ratio_to_floor": median["recommend"] / floor,
  "recommend_json_ms": median["recommend-json"] * 1e3, "recommend_json_ratio_to_floor": median["recommend-json"] / floor,
  "monte_carlo_100k_wsm_ms": (median["mc-wsm-100k"] - base) * 1e3,
  "monte_carlo_100k_topsis_ms": (median["mc-topsis-100k"] - base) * 1e3,
  "monte_carlo_10k_facts_and_weights_ms": (median["mc-facts-10k"] - median["sparse-baseline"]) * 1e3,
  "batch_specs_per_second": min(10000, int(sys.argv[5])) / median["batch-10k"],
  "batch_portfolio_specs_per_second": min(10000, int(sys.argv[5])) / median["batch-portfolio-10k"],
  "batch_portfolio_without_monte_carlo_specs_per_second": int(sys.argv[5]) / median["batch-portfolio"],
  "batch_portfolio_without_monte_carlo_one_thread_specs_per_second": int(sys.argv[5]) / median["batch-portfolio-one-thread"],
  "batch_portfolio_planned_without_monte_carlo_specs_per_second": int(sys.argv[5]) / median["batch-portfolio-planned"],
  "processors": int(sys.argv[6]),
  "batch_without_monte_carlo_specs_per_second": int(sys.argv[5]) / median["batch-without-monte-carlo"],
  "peak_memory_mb": int(sys.argv[4]) / 1024,
  "specs_in_batch": int(sys.argv[5]),
}
json.dump(results, open("bench/results.json", "w"), indent=2, sort_keys=True)
print(f"process start floor (/bin/true)      {floor*1e3:8.2f} ms")
print(f"recommend, text                      {results['recommend_ms']:8.2f} ms  {results['recommend_ratio_to_floor']:5.1f}x floor")
print(f"recommend, json                      {results['recommend_json_ms']:8.2f} ms  {results['recommend_json_ratio_to_floor']:5.1f}x floor")
print(f"Monte Carlo, 100,000 samples, WSM    {results['monte_carlo_100k_wsm_ms']:8.2f} ms  (sampling: run minus a 1-sample run)")
print(f"Monte Carlo, 100,000 samples, TOPSIS {results['monte_carlo_100k_topsis_ms']:8.2f} ms")
print(f"Monte Carlo, 10,000 samples of every fact but one and the weights {results['monte_carlo_10k_facts_and_weights_ms']:8.2f} ms")
n = int(sys.argv[5])
print(f"batch portfolio, {n:,} specs, --samples 0 --no-plan {results['batch_portfolio_without_monte_carlo_specs_per_second']:10,.0f} specs/s  ({results['processors']} threads)")
print(f"  the same on one thread (--jobs 1)          {results['batch_portfolio_without_monte_carlo_one_thread_specs_per_second']:10,.0f} specs/s")
print(f"  with each project's next step (the default) {results['batch_portfolio_planned_without_monte_carlo_specs_per_second']:10,.0f} specs/s")
print(f"batch JSON Lines, {n:,} specs, --samples 0  {results['batch_without_monte_carlo_specs_per_second']:10,.0f} specs/s")
print(f"batch portfolio, 10,000 specs, Monte Carlo  {results['batch_portfolio_specs_per_second']:10,.0f} specs/s")
print(f"batch JSON Lines, 10,000 specs, Monte Carlo {results['batch_specs_per_second']:10,.0f} specs/s")
print(f"peak memory, recommend               {results['peak_memory_mb']:8.1f} MB")
PY
echo "wrote bench/results.json" >&2
