#!/usr/bin/env bash
# Start-to-ready time of `wattprint serve` on the SQLite default (issue 17's goal: < 1.5 s): N times, the wall time
# from launching `java -jar wattprint.jar serve --port 0` on an existing SQLite ledger to its ready line on stdout,
# and to the first 200 from /readyz (the ledger answered) through curl; then SIGTERM and the time to exit (graceful
# stop, nothing in flight). Each round also starts the server once with -Dorg.eclipse.jetty.util.referencesPerCacheLine=0,
# which makes Jetty ask the platform MBean server again as it does without wattprint's setting (WattprintServer
# .skipJettyMemoryProbe), interleaved, to show what that setting saves in the same run.
# Prints the machine and medians (min–max). See docs/BENCHMARKS.md.
# Usage: bench/serve-start.sh [N]  (default 10); build first: mvn -o -q -pl wattprint-cli -am package -DskipTests
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/wattprint-cli/target/wattprint.jar"
[ -f "$jar" ] || { echo "build first: mvn -o -q -pl wattprint-cli -am package -DskipTests" >&2; exit 1; }
n=${1:-10}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export WATTPRINT_HOME="$tmp/home"
db="$tmp/ledger.db"
java -jar "$jar" tokens create --scope read --db "$db" >/dev/null 2>&1   # creates and migrates the ledger once
now() { date +%s%N; }
: > "$tmp/ready"; : > "$tmp/readyz"; : > "$tmp/stop"; : > "$tmp/jmx"
once() {   # $1: file for launch → ready line; then JVM options
  local file=$1; shift
  rm -f "$tmp/fifo"; mkfifo "$tmp/fifo"
  local t0 t1 line pid
  t0=$(now)
  java "$@" -jar "$jar" serve --port 0 --db "$db" > "$tmp/fifo" 2>>"$tmp/err" &
  pid=$!
  exec 3<"$tmp/fifo"
  read -r line <&3
  t1=$(now)
  kill -TERM "$pid"; wait "$pid" || true
  exec 3<&-
  echo $(( (t1 - t0) / 1000 )) >> "$file"
}
for _ in $(seq "$n"); do
  once "$tmp/jmx" -Dorg.eclipse.jetty.util.referencesPerCacheLine=0
  rm -f "$tmp/fifo"; mkfifo "$tmp/fifo"
  t0=$(now)
  java -jar "$jar" serve --port 0 --db "$db" > "$tmp/fifo" 2>>"$tmp/err" &
  pid=$!
  exec 3<"$tmp/fifo"
  read -r line <&3
  t1=$(now)
  url=$(sed -E 's/.*listening on (http[^ ]+).*/\1/' <<< "$line")
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url/readyz")
  t2=$(now)
  [ "$code" = 200 ] || { echo "readyz answered $code" >&2; kill "$pid"; exit 1; }
  kill -TERM "$pid"
  wait "$pid" || true
  t3=$(now)
  exec 3<&-
  echo $(( (t1 - t0) / 1000 )) >> "$tmp/ready"
  echo $(( (t2 - t0) / 1000 )) >> "$tmp/readyz"
  echo $(( (t3 - t2) / 1000 )) >> "$tmp/stop"
done
stats() { sort -n "$1" | awk '{a[NR]=$1} END {printf "median %.0f ms (%.0f–%.0f)", a[int((NR+1)/2)]/1000, a[1]/1000, a[NR]/1000}'; }
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "runs: $n"
echo "launch → ready line:      $(stats "$tmp/ready")"
echo "launch → /readyz 200:     $(stats "$tmp/readyz")"
echo "SIGTERM → exit:           $(stats "$tmp/stop")"
echo "launch → ready line, Jetty probing through JMX (referencesPerCacheLine=0): $(stats "$tmp/jmx")"
