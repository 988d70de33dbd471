#!/usr/bin/env bash
# CPU time and memory of the meter while it samples: `wattprint run --interval I -- sleep`
# against a minimal loop doing the same raw reads at the same interval (bench/RawReads.java),
# both running at the same time. CPU time is the sum over all threads of /proc/PID/task/*/schedstat
# (nanoseconds on CPU), taken after a warm-up and again SECONDS later, so JVM start-up is not
# counted; RSS is VmRSS at the end and VmHWM (peak). Usage: bench/meter-overhead.sh [SECONDS]
# (default 60), for intervals 1s and 100ms.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${WATTPRINT_JAR:-$root/wattprint-cli/target/wattprint.jar}"
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
secs=${1:-60}
warm=8
tmp=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
export WATTPRINT_HOME="$tmp/home"
java_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xmn8m)   # the same options as bin/wattprint
cpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{s+=$1} END {print s+0}'; }
kb() { awk -v k="$2" '$1==k":" {print $2}' /proc/"$1"/status; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "window: ${secs} s after ${warm} s of warm-up; JVM options: ${java_opts[*]}"
for interval in 1s 100ms; do
  ms=$([ "$interval" = 1s ] && echo 1000 || echo 100)
  java "${java_opts[@]}" -jar "$jar" run --location FR --interval "$interval" -- sleep $((secs + warm + 4)) 2>"$tmp/run.err" &
  wp=$!
  java "${java_opts[@]}" -cp "$jar" "$root/bench/RawReads.java" "$ms" $((secs + warm + 2)) &
  raw=$!
  sleep "$warm"
  a0=$(cpu_ns "$wp"); b0=$(cpu_ns "$raw")
  sleep "$secs"
  a1=$(cpu_ns "$wp"); b1=$(cpu_ns "$raw")
  rss_wp=$(kb "$wp" VmRSS); hwm_wp=$(kb "$wp" VmHWM); rss_raw=$(kb "$raw" VmRSS)
  wait "$wp"; wait "$raw" || true
  awk -v i="$interval" -v s="$secs" -v a=$((a1 - a0)) -v b=$((b1 - b0)) -v r="$rss_wp" -v h="$hwm_wp" -v rr="$rss_raw" 'BEGIN {
    printf "interval %-5s  wattprint run: %7.1f ms CPU = %.3f %% of one core, RSS %d MB (peak %d MB)\n", i, a/1e6, 100*a/(s*1e9), r/1024, h/1024;
    printf "                raw reads:     %7.1f ms CPU = %.3f %% of one core, RSS %d MB;  meter/raw CPU ratio %.2f\n", b/1e6, 100*b/(s*1e9), rr/1024, (b > 0 ? a/b : 0) }'
  grep -E 'model:|warning' "$tmp/run.err" | sed 's/^/    /' || true
done
