#!/usr/bin/env bash
# Time RunRepository.list(RunQuery.all()) over a ledger of N runs (each with two tags and a
# footprint of two components): insert time, then the first list (cold JVM) and three more.
# Usage: bench/ledger-list.sh [N] [ledger spec]   (default 100000, a new SQLite file in a temp dir)
# Runs LedgerListBench through the ledger module's tests (nothing needs to be installed).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
echo "memory: $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
mvn -B -o -q verify -DskipITs -pl wattprint-ledger -am -Dtest=LedgerListBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwattprint.bench=true -Dbench.runs="${1:-100000}" ${2:+-Dbench.ledger="$2"} 2>&1 | grep -E '^(machine|ledger|insert|list)|FAIL|ERROR' || true
