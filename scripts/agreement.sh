#!/usr/bin/env bash
# How often the advisor's verdict on each published decision's own facts is the approach that team chose.
# Precedents never change a score: this measures the tables against the library, it does not fit them to it.
# Usage: scripts/agreement.sh [CRITERIA_DIR]   (default: the built-in tables)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product advisor >/dev/null
bin="$(swift build -c release --show-bin-path)/advisor"
criteria=()
[ $# -gt 0 ] && criteria=(--criteria "$1")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" precedents --list --format json "${criteria[@]}" >"$work/library.json"
# One spec a line, named by the precedent id, as the batch reads them.
python3 - "$work/library.json" >"$work/specs.jsonl" <<'PY'
import json, sys
for entry in json.load(open(sys.argv[1]))["precedents"]:
    print(json.dumps({"specVersion": 1, "name": entry["id"], "facts": entry["facts"]}, sort_keys=True))
PY
"$bin" recommend --batch "$work/specs.jsonl" --format json --samples 0 "${criteria[@]}" >"$work/reports.jsonl"
python3 - "$work/library.json" "$work/reports.jsonl" <<'PY'
import json, sys
library = {e["id"]: e for e in json.load(open(sys.argv[1]))["precedents"]}
reports = [json.loads(line) for line in open(sys.argv[2])]
hits, misses = 0, []
for report in reports:
    entry = library[report["spec"]["name"]]
    verdict = report["recommendation"]["approach"] or "none"
    if verdict == entry["choice"]:
        hits += 1
    else:
        misses.append((entry, verdict, report["recommendation"]["status"]))
total = len(reports)
print(f"agreement: {hits} of {total} precedents ({100 * hits / total:.0f}%): the advisor's verdict on the facts each write-up states is the approach its team chose")
by_choice = {}
for report in reports:
    entry = library[report["spec"]["name"]]
    ok = (report["recommendation"]["approach"] or "none") == entry["choice"]
    seen, agreed = by_choice.get(entry["choice"], (0, 0))
    by_choice[entry["choice"]] = (seen + 1, agreed + ok)
print("by the team's choice: " + ", ".join(f"{c} {a}/{s}" for c, (s, a) in sorted(by_choice.items())))
if misses:
    print("misses:")
    for entry, verdict, status in misses:
        line = f"  {entry['id']}: chose {entry['choice']}, the advisor says {verdict} ({status}); {len(entry['facts'])} facts stated"
        if entry.get("note"):
            line += f". Note: {entry['note']}"
        print(line)
PY
