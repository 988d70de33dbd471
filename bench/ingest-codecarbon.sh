#!/usr/bin/env bash
# Rows/s of `wattprint ingest codecarbon` for a generated N-row v3 file into SQLite and embedded
# PostgreSQL, against a bare JDBC batch insert of the same rows into the same tables (same run).
# Usage: bench/ingest-codecarbon.sh [N] [sqlite|postgresql|both]   (default 1000000 both)
# Needs the test classes built: mvn -B -o -q verify -DskipTests -pl wattprint-ingest -am
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mod="$root/wattprint-ingest"
[ -d "$mod/target/test-classes/io/wattprint/ingest/bench" ] || { echo "build first: mvn -B -o -q verify -DskipTests -pl wattprint-ingest -am" >&2; exit 1; }
cp_file="$mod/target/bench-classpath.txt"
(cd "$root" && mvn -B -o -q -pl wattprint-ingest dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file")
echo "machine: $(nproc) CPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
# This reactor's own modules first, so the classes just built win over any in ~/.m2.
own="$mod/target/test-classes:$mod/target/classes:$root/wattprint-meter/target/classes:$root/wattprint-ledger/target/classes:$root/wattprint-ledger/target/test-classes:$root/wattprint-data/target/classes:$root/wattprint-core/target/classes"
java -Xmx1g -cp "$own:$(cat "$cp_file")" io.wattprint.ingest.bench.CodeCarbonImportBench "${1:-1000000}" "${2:-both}" \
  2> >(grep -v '^SLF4J:' >&2)
