#!/usr/bin/env bash
# The sqlite3 shell's own load of a run's rows (a run, 5 tags, an outcome, a footprint, 3 components) for 200,000 runs,
# with every child table keyed by the run's UUID (schema 12) and by its integer rid (schema 14), in one run: the floor
# docs/BENCHMARKS.md compares the CodeCarbon import with. Prints each statement's time, the total and the file size.
# Usage: bench/run-keys-sqlite3.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 2; }
echo "machine: $(nproc) CPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); sqlite3 $(sqlite3 --version | cut -d' ' -f1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for keys in uuid rid; do
  start=$(date +%s.%N)
  sqlite3 "$tmp/$keys.db" < "$root/bench/sql/run-keys-$keys.sql" > "$tmp/$keys.out"
  end=$(date +%s.%N)
  echo "$keys keys: $(grep -c 'Run Time' "$tmp/$keys.out") statements, $(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f s, %.0f runs/s", e - s, 200000 / (e - s)}'), $(stat -c %s "$tmp/$keys.db") bytes"
done
