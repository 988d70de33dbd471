#!/usr/bin/env bash
# Start-up overhead of `wattprint run`: wall time of `bin/wattprint run -- true` (the launcher a
# user runs: its up-to-date check, JVM options and class-data archive included) against `true`
# alone, N times each, interleaved, on a fresh SQLite ledger in a temporary directory.
# Prints the median and mean of each and the overhead. Usage: bench/startup.sh [N]  (default 20)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/wattprint-cli/target/wattprint.jar"
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
n=${1:-20}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export WATTPRINT_HOME="$tmp/home"
now() { date +%s%N; }
"$root/bin/wattprint" run --location FR -- true 2>/dev/null   # creates the ledger (and the launcher's archive) once
: > "$tmp/base"; : > "$tmp/wp"
for _ in $(seq "$n"); do
  t0=$(now); true; t1=$(now); echo $(( (t1 - t0) / 1000 )) >> "$tmp/base"
  t0=$(now); "$root/bin/wattprint" run --location FR -- true 2>/dev/null; t1=$(now)
  echo $(( (t1 - t0) / 1000 )) >> "$tmp/wp"
done
stats() { sort -n "$1" | awk '{a[NR]=$1; s+=$1} END {printf "median %.1f ms, mean %.1f ms, min %.1f ms, max %.1f ms", a[int((NR+1)/2)]/1000, s/NR/1000, a[1]/1000, a[NR]/1000}'; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "runs: $n each"
echo "true alone:              $(stats "$tmp/base")"
echo "wattprint run -- true:   $(stats "$tmp/wp")"
paste "$tmp/wp" "$tmp/base" | awk '{print $1 - $2}' > "$tmp/diff"
echo "overhead:                $(stats "$tmp/diff")"
