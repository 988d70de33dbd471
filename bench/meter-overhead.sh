#!/usr/bin/env bash
# CPU time and memory of the meter while it samples: `wattprint run --interval I -- sleep`
# against a minimal loop doing the same raw reads at the same interval (bench/RawReads.java),
# all running at the same time. CPU time is the process's utime + stime from /proc/PID/stat (all
# its threads, those that exited during the window included: CodeCarbon runs each measurement on a
# new thread; the kernel derives the total from its nanosecond runtime, shown in clock ticks, 10 ms),
# taken after a warm-up and again SECONDS later, so start-up is not counted; beside it, the sum of
# /proc/PID/task/*/schedstat (nanoseconds, live threads only). RSS is VmRSS at the end and VmHWM
# (peak). On a loaded machine compare only the ratios printed by one run: every process below
# shares the same window.
#
# Usage: bench/meter-overhead.sh [SECONDS]   (default 60)
#   INTERVALS        sampling intervals to measure, default "1s 100ms"
#   WARM             seconds of warm-up before the window, default 10
#   METER_VARIANTS   more `wattprint run` JVMs measured in the same window, one per line,
#                    "name: JVM options" (added after the launcher's options), e.g.
#                    $'xint: -Xint\nsync1: -Dwattprint.spool.syncPeriod=PT0S'
#   CODECARBON_SRC   a CodeCarbon source tree (its top folder, holding codecarbon/): also measures
#                    CodeCarbon's OfflineEmissionsTracker (measure_power_secs=1) in a Python process
#                    around a sleep, at the 1 s interval only
#   CODECARBON_PYTHON  the Python that has CodeCarbon's dependencies, default python3
#   THREADS=1        also prints the launcher-options meter's CPU time per thread
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${WATTPRINT_JAR:-$root/wattprint-cli/target/wattprint.jar}"
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
secs=${1:-60}
warm=${WARM:-10}
tmp=$(mktemp -d)
# On any exit the measured commands go too (each meter's `sleep`, RawReads' own), not only their parents.
cleanup() {
  local p kids=""
  for p in $(jobs -p); do kids="$kids $(cat /proc/"$p"/task/*/children 2>/dev/null)"; done
  kill $(jobs -p) $kids 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
# The same options as bin/wattprint (without its class-data archive, which only saves start-up).
java_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xmn8m
           -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0 -XX:AsyncDeflationInterval=0)
hz=$(getconf CLK_TCK)
cpu_ns() { awk -v hz="$hz" '{sub(/^.*\) /, ""); printf "%.0f\n", ($12 + $13) * 1e9 / hz}' /proc/"$1"/stat 2>/dev/null || echo 0; }
live_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{s+=$1} END {printf "%.0f\n", s}'; }
threads() { for t in /proc/"$1"/task/*; do printf '%s\t%s\t%s\n' "${t##*/}" "$(cat "$t"/comm)" "$(cut -d' ' -f1,3 "$t"/schedstat)"; done 2>/dev/null | sort; }
kb() { awk -v k="$2" '$1==k":" {print $2}' /proc/"$1"/status; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "window: ${secs} s after ${warm} s of warm-up; launcher JVM options: ${java_opts[*]}"
# The baseline runs compiled ahead, so that compiling its source is no part of its window.
javac -d "$tmp/raw" -cp "$jar" "$root/bench/RawReads.java"

names=(); pids=()
spawn_meter() {   # name interval options...
  local name=$1 interval=$2; shift 2
  mkdir -p "$tmp/$name"
  WATTPRINT_HOME="$tmp/$name/home" java "${java_opts[@]}" "$@" -jar "$jar" run --location FR --interval "$interval" \
      -- sleep 100000 >/dev/null 2>"$tmp/$name/err" &
  names+=("$name"); pids+=($!)
}

for interval in ${INTERVALS:-1s 100ms}; do
  ms=$([ "$interval" = 1s ] && echo 1000 || echo "${interval%ms}")
  names=(); pids=()
  spawn_meter wattprint "$interval"
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    # shellcheck disable=SC2086   # the options are words
    spawn_meter "${line%%:*}" "$interval" ${line#*:}
  done <<<"${METER_VARIANTS:-}"
  java "${java_opts[@]}" -cp "$tmp/raw:$jar" RawReads "$ms" 100000 &
  names+=("raw reads"); pids+=($!)
  if [ -n "${CODECARBON_SRC:-}" ] && [ "$interval" = 1s ]; then
    rm -f "$tmp/cc.ready"
    # exec: the measured PID is Python's own, not a subshell's.
    (export PYTHONPATH="$CODECARBON_SRC"; exec "${CODECARBON_PYTHON:-python3}" -c '
import sys, time, pathlib
from codecarbon import OfflineEmissionsTracker
t = OfflineEmissionsTracker(country_iso_code="FRA", measure_power_secs=1, save_to_file=False, log_level="error")
t.start()
pathlib.Path(sys.argv[1]).touch()
time.sleep(100000)
' "$tmp/cc.ready" 2>"$tmp/cc.err") &
    cc=$!
    for _ in $(seq 120); do [ -f "$tmp/cc.ready" ] || ! kill -0 "$cc" 2>/dev/null && break; sleep 1; done
    if [ -f "$tmp/cc.ready" ]; then names+=("codecarbon"); pids+=("$cc")
    else echo "CodeCarbon did not start:"; sed 's/^/    /' "$tmp/cc.err" | tail -5; fi
  fi
  raw_i=0; for i in "${!names[@]}"; do [ "${names[$i]}" = "raw reads" ] && raw_i=$i; done
  sleep "$warm"
  declare -A c0=() c1=() l0=() l1=()
  for i in "${!pids[@]}"; do c0[$i]=$(cpu_ns "${pids[$i]}"); l0[$i]=$(live_ns "${pids[$i]}"); done
  [ "${THREADS:-}" = 1 ] && { threads "${pids[0]}" >"$tmp/t0"; threads "${pids[$raw_i]}" >"$tmp/r0"; }
  sleep "$secs"
  for i in "${!pids[@]}"; do c1[$i]=$(cpu_ns "${pids[$i]}"); l1[$i]=$(live_ns "${pids[$i]}"); done
  [ "${THREADS:-}" = 1 ] && { threads "${pids[0]}" >"$tmp/t1"; threads "${pids[$raw_i]}" >"$tmp/r1"; }
  raw_ns=$((c1[$raw_i] - c0[$raw_i]))
  echo "interval $interval (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
  for i in "${!pids[@]}"; do
    p=${pids[$i]}
    if ! kill -0 "$p" 2>/dev/null; then echo "  ${names[$i]}: exited early"; sed 's/^/    /' "$tmp/${names[$i]}/err" 2>/dev/null | tail -5; continue; fi
    awk -v n="${names[$i]}" -v s="$secs" -v a=$((c1[$i] - c0[$i])) -v l=$((l1[$i] - l0[$i])) -v b="$raw_ns" -v r="$(kb "$p" VmRSS)" -v h="$(kb "$p" VmHWM)" 'BEGIN {
      printf "  %-16s %6.0f ms CPU = %.3f %% of one core, ratio to raw reads %5.2f (live threads: %6.1f ms), RSS %d MB (peak %d MB)\n", n, a/1e6, 100*a/(s*1e9), (b > 0 ? a/b : 0), l/1e6, r/1024, h/1024 }'
  done
  if [ "${THREADS:-}" = 1 ]; then
    for w in "t:${names[0]}" "r:raw reads"; do
      echo "  per thread of '${w#*:}' (CPU ms in the window, times it ran; threads idle throughout left out):"
      join -t $'\t' "$tmp/${w%%:*}0" "$tmp/${w%%:*}1" | awk -F'\t' '{split($3,a," "); split($5,b," "); if (b[2] > a[2]) printf "    %-24s %8.2f ms %6d\n", $2, (b[1]-a[1])/1e6, b[2]-a[2]}'
    done
  fi
  # The measured commands (each meter's `sleep`, RawReads' own) go with their parents.
  kids=$(cat $(printf '/proc/%s/task/*/children ' "${pids[@]}") 2>/dev/null || true)
  for i in "${!pids[@]}"; do kill "${pids[$i]}" 2>/dev/null || true; done
  for k in $kids; do kill "$k" 2>/dev/null || true; done
  for i in "${!pids[@]}"; do wait "${pids[$i]}" 2>/dev/null || true; done
  grep -hE 'warning' "$tmp"/*/err 2>/dev/null | sort -u | sed 's/^/    /' || true
done
