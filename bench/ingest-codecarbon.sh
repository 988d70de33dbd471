#!/usr/bin/env bash
# Rows/s of `wattprint ingest codecarbon` for a generated N-row v3 file into SQLite and embedded
# PostgreSQL, against a bare JDBC batch insert of the same rows into the same tables (same run).
# Usage: bench/ingest-codecarbon.sh [N] [sqlite|postgresql|both]   (default 1000000 both)
# Runs CodeCarbonImportBench through the ingest module's tests (nothing needs to be installed).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
echo "machine: $(nproc) CPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
mvn -B -o -q verify -DskipITs -pl wattprint-ingest -am -Dtest=CodeCarbonImportBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwattprint.bench=true -Dbench.rows="${1:-1000000}" -Dbench.db="${2:-both}" -DargLine=-Xmx1g 2>&1 \
  | grep -E '^(file|sqlite|postgresql)|FAIL|ERROR' || true
