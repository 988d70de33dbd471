#!/usr/bin/env bash
# Seconds to produce `wattprint report esrs-e1` (read ledger, compute year + prior + base year, render Markdown)
# on a generated SQLite ledger of N closed runs: median of RUNS timed runs after one warm-up in one JVM, then one
# run in a fresh (cold) JVM on the same file.
# Usage: bench/report-esrs.sh [N] [RUNS]   (default 100000 5)
# Needs the test classes built: mvn -B -o -q verify -DskipTests -pl wattprint-report -am
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mod="$root/wattprint-report"
[ -d "$mod/target/test-classes/io/wattprint/report/bench" ] || { echo "build first: mvn -B -o -q verify -DskipTests -pl wattprint-report -am" >&2; exit 1; }
cp_file="$mod/target/bench-classpath.txt"
(cd "$root" && mvn -B -o -q -pl wattprint-report dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file")
n="${1:-100000}"
echo "machine: $(nproc) CPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load:$(uptime | sed 's/.*load average//')"
echo "N = $n runs; $(java -version 2>&1 | head -1)"
own="$mod/target/test-classes:$mod/target/classes:$root/wattprint-ledger/target/classes:$root/wattprint-data/target/classes:$root/wattprint-core/target/classes"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
java -Xmx2g -cp "$own:$(cat "$cp_file")" io.wattprint.report.bench.EsrsReportBench "$n" "${2:-5}" "$dir/ledger.db" 2> >(grep -v '^SLF4J:' >&2)
echo "cold JVM:"
java -Xmx2g -cp "$own:$(cat "$cp_file")" io.wattprint.report.bench.EsrsReportBench "$n" 0 "$dir/ledger.db" 2> >(grep -v '^SLF4J:' >&2)
