#!/usr/bin/env bash
# Kept for old notes and habits: the generated files are written by the generator target.
#   swift run generate-advisor
set -euo pipefail
cd "$(dirname "$0")/.."
exec swift run -q generate-advisor "$PWD"
