#!/usr/bin/env bash
# Time RunRepository.list(RunQuery.all()) over a ledger of N runs (each with two tags and a
# footprint of two components): insert time, then the first list (cold JVM) and three more.
# Usage: bench/ledger-list.sh [N] [ledger spec]   (default 100000, a new SQLite file in a temp dir)
# Needs the test classes built: mvn -q install -DskipTests (or test-compile).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mod="$root/wattprint-ledger"
[ -d "$mod/target/test-classes/io/wattprint/ledger/bench" ] || { echo "build first: mvn -q install -DskipTests" >&2; exit 1; }
cp_file="$mod/target/bench-classpath.txt"
(cd "$root" && mvn -q -pl wattprint-ledger dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file")
echo "memory: $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=${1:-100000}
spec=${2:-"$tmp/ledger.db"}
java -cp "$mod/target/test-classes:$mod/target/classes:$(cat "$cp_file")" io.wattprint.ledger.bench.LedgerListBench "$n" "$spec" \
  2> >(grep -v '^SLF4J:' >&2)
