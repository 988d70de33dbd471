#!/usr/bin/env bash
# Start-up overhead of `wattprint run`: wall time of `bin/wattprint run -- true` (the launcher a
# user runs: its up-to-date check, JVM options and class-data archive included) against `true`
# alone and against the JVM alone (`java -version` with the launcher's options: the floor any
# Java tool pays), N times each, interleaved, on a fresh SQLite ledger in a temporary directory.
# Prints medians, the overhead and its ratio to the JVM floor, and compares them with
# bench/startup.expected: the line "REGRESSION" and exit status 3 when the overhead is more than
# 20 % above the recorded one (its ratio to the JVM's own start-up anywhere; its milliseconds on the
# machine it was recorded on); a line "ABOVE GOAL" while it is above the 0.5 s goal.
# Usage: bench/startup.sh [N]  (default 20)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/wattprint-cli/target/wattprint.jar"
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
n=${1:-20}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export WATTPRINT_HOME="$tmp/home"
now() { date +%s%N; }
opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xmn8m -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=0)   # the launcher's
"$root/bin/wattprint" run --location FR -- true 2>/dev/null   # creates the ledger (and the launcher's archive) once
: > "$tmp/base"; : > "$tmp/wp"; : > "$tmp/jvm"
for _ in $(seq "$n"); do
  t0=$(now); true; t1=$(now); echo $(( (t1 - t0) / 1000 )) >> "$tmp/base"
  t0=$(now); java "${opts[@]}" -version 2>/dev/null; t1=$(now); echo $(( (t1 - t0) / 1000 )) >> "$tmp/jvm"
  t0=$(now); "$root/bin/wattprint" run --location FR -- true 2>/dev/null; t1=$(now)
  echo $(( (t1 - t0) / 1000 )) >> "$tmp/wp"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'; }
stats() { sort -n "$1" | awk '{a[NR]=$1; s+=$1} END {printf "median %.1f ms, mean %.1f ms, min %.1f ms, max %.1f ms", a[int((NR+1)/2)]/1000, s/NR/1000, a[1]/1000, a[NR]/1000}'; }
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "machine: $machine; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
echo "runs: $n each"
echo "true alone:              $(stats "$tmp/base")"
echo "JVM alone (-version):    $(stats "$tmp/jvm")"
echo "wattprint run -- true:   $(stats "$tmp/wp")"
paste "$tmp/wp" "$tmp/base" | awk '{print $1 - $2}' > "$tmp/diff"
echo "overhead:                $(stats "$tmp/diff")"
over=$(median "$tmp/diff"); jvm=$(median "$tmp/jvm")
ratio=$(awk -v o="$over" -v j="$jvm" 'BEGIN {printf "%.2f", o / j}')
echo "overhead / JVM alone:    $ratio"
expected="$root/bench/startup.expected"
status=0
if awk -v o="$over" 'BEGIN {exit !(o > 500)}'; then
  echo "ABOVE GOAL: overhead ${over} ms; the goal is under 500 ms"
fi
if [ -f "$expected" ]; then
  # "ratio <overhead/JVM> overhead_ms <ms> machine <text>": the ratio travels between machines, the ms only on the same one.
  read -r _ want_ratio _ want_ms _ want_machine < "$expected"
  if awk -v r="$ratio" -v w="$want_ratio" 'BEGIN {exit !(r > 1.2 * w)}'; then
    echo "REGRESSION: overhead is ${ratio}x the JVM's own start-up, recorded ${want_ratio}x (more than 20 % worse)"; status=3
  fi
  if [ "$want_machine" = "$machine" ] && awk -v o="$over" -v w="$want_ms" 'BEGIN {exit !(o > 1.2 * w)}'; then
    echo "REGRESSION: overhead ${over} ms, recorded ${want_ms} ms on this machine (more than 20 % worse)"; status=3
  fi
  [ $status -eq 0 ] && echo "no regression: within 20 % of bench/startup.expected (ratio ${want_ratio}, ${want_ms} ms)"
fi
exit $status
