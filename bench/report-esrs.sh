#!/usr/bin/env bash
# Seconds to produce `wattprint report esrs-e1` (read ledger, compute year + prior + base year, render Markdown)
# on a generated SQLite ledger of N closed runs: median of RUNS timed runs after one warm-up in one JVM, then one
# run in a fresh (cold) JVM on the same file.
# Usage: bench/report-esrs.sh [N] [RUNS]   (default 100000 5)
# Runs EsrsReportBench through the report module's tests (nothing needs to be installed).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
n="${1:-100000}"
echo "machine: $(nproc) CPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load:$(uptime | sed 's/.*load average//')"
echo "N = $n runs; $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
bench() {
  mvn -B -o -q verify -DskipITs -pl wattprint-report -am -Dtest=EsrsReportBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dwattprint.bench=true -Dbench.runs="$n" -Dbench.repeat="$1" -Dbench.ledger="$dir/ledger.db" -DargLine=-Xmx2g 2>&1 \
    | grep -E '^(generated|warm-up|run|median|cold)|FAIL|ERROR' || true
}
bench "${2:-5}"
echo "cold JVM:"
bench 0
