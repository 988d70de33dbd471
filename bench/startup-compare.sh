#!/usr/bin/env bash
# Start-up of `wattprint run --location FR -- true` for several builds of the jar, interleaved in one
# run so that they share the machine's load: each jar gets its own class-data archive (as the launcher
# makes one) and its own ledger, then N rounds run every jar once. Prints each jar's median, minimum and
# mean CPU. Used for the step-by-step table in docs/BENCHMARKS.md (copy each commit's
# wattprint-cli/target/wattprint.jar aside first). Usage: bench/startup-compare.sh N JAR...
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/startup-compare.sh N JAR..." >&2; exit 2; }
n=$1; shift
opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xmn8m)   # the launcher's, as of 7558e38
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
key() { echo "$1" | md5sum | cut -c1-8; }
for j in "$@"; do
  k=$(key "$j"); mkdir -p "$tmp/home-$k"
  WATTPRINT_HOME="$tmp/dump-$k" java "${opts[@]}" -XX:ArchiveClassesAtExit="$tmp/$k.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$j" run --location FR -- true >/dev/null 2>&1
  WATTPRINT_HOME="$tmp/home-$k" java "${opts[@]}" -jar "$j" run --location FR -- true >/dev/null 2>&1
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$n"); do
  for j in "$@"; do
    k=$(key "$j")
    WATTPRINT_HOME="$tmp/home-$k" /usr/bin/time -f "$j %e %U %S %x" java "${opts[@]}" -XX:SharedArchiveFile="$tmp/$k.jsa" \
      -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$j" run --location FR -- true 2>&1 >/dev/null | tail -1
  done
done | sort -k1,1 -k2,2n | awk '{w[$1]=w[$1]" "$2; c[$1]+=$3+$4; n[$1]++; if ($5 != 0) bad[$1]++}
  END {for (k in w) {split(substr(w[k],2), a, " "); printf "%s: wall median %.3f s, min %.3f s, CPU mean %.3f s, failed runs %d\n", k, a[int((n[k]+1)/2)], a[1], c[k]/n[k], bad[k]}}'
