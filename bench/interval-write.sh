#!/usr/bin/env bash
# Agent intervals into the ledger: 1,000,000 intervals (100 runs x 4 components x 2,500 ticks) through
# IntervalRepository.append, 1,000 a call, into SQLite (durable commits, then in a bulk load) and PostgreSQL
# (embedded), against the sqlite3 shell's .import and PostgreSQL COPY of the same rows in the same run; then the
# SQLite ledger's bytes per interval after VACUUM. Extra arguments go to mvn (-Dbench.only=sqlite|postgresql). See docs/BENCHMARKS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
echo "memory: $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD)"
mvn -B -o -q verify -DskipITs -pl wattprint-ledger -am -Dtest=IntervalWriteBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwattprint.bench=true "$@" 2>&1 | grep -E "^(machine|SQLite|PostgreSQL|load average)|FAIL|ERROR" || true
grep -ho "machine: [^&]*" wattprint-ledger/target/surefire-reports/TEST-io.wattprint.ledger.bench.IntervalWriteBench.xml 2>/dev/null | head -1 || true
