#!/usr/bin/env bash
# Grid-intensity import rate: 8,760 rows x 50 zones (Electricity Maps CSV, 876,000 points) through `electricitymaps`
# and through FactorSeriesRepository.append, into SQLite and PostgreSQL (embedded), against the sqlite3 shell's .import
# and PostgreSQL COPY of the same points in the same run. Prints the machine and one line per database. See docs/BENCHMARKS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
echo "memory: $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD)"
mvn -B -o -q verify -DskipITs -pl wattprint-ingest -am -Dtest=GridIngestBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwattprint.bench=true 2>&1 | grep -E "^(machine|SQLite|PostgreSQL|load average)|FAIL|ERROR" || true
grep -ho "machine: [^]]*" wattprint-ingest/target/surefire-reports/TEST-io.wattprint.ingest.grid.bench.GridIngestBench.xml 2>/dev/null | head -1 || true
