#!/usr/bin/env bash
# GPU energy fidelity of `wattprint run` against an independent reading of the NVML energy
# counter taken by a separate process (python3 + pynvml), on an NVIDIA GPU machine.
#
# For each duration (default 2 10 30 s) it starts the independent reader (polls the counter
# about every millisecond), runs `wattprint run --trace` over a torch bf16 matmul workload, stops
# the reader, and compares wattprint's GPU energy with the counter over wattprint's own window
# (first interval start to last interval end; see compare.py). Goal: within 0.5 %.
#
# Needs: python3 with torch and pynvml, and Java with target/wattprint.jar. On the lent GPU
# machine (no Java there), from the repository root:
#   here:   ../shared/tools/portable-jre.sh && cp wattprint-cli/target/wattprint.jar .device/
#   there:  tar xJf .device/jre.tar.xz -C /tmp && PATH=/tmp/jre/bin:$PATH bench/gpu/fidelity.sh
# Usage: bench/gpu/fidelity.sh [seconds...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/.device/wattprint.jar"
[ -f "$jar" ] || jar="$root/wattprint-cli/target/wattprint.jar"
[ -f "$jar" ] || { echo "no wattprint.jar: build it (mvn -DskipTests package) or copy it into .device/" >&2; exit 1; }
durations=("$@"); [ ${#durations[@]} -gt 0 ] || durations=(2 10 30)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export WATTPRINT_HOME="$tmp/home" CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES:-0}
echo "machine: $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | head -1), $(nproc) cores, $(java -version 2>&1 | head -1)"
python3 -c "import torch, pynvml" || { echo "python3 needs torch and pynvml" >&2; exit 1; }
python3 "$root/bench/gpu/matmul.py" 1 2>/dev/null   # warm the GPU and the CUDA caches once
for s in "${durations[@]}"; do
  python3 "$root/bench/gpu/nvml_reader.py" 0 "$tmp/reader-$s.csv" & reader=$!
  sleep 0.5
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" run --location US-EGRID-CAMX --interval 1s \
    --trace "$tmp/trace-$s.csv" --name "fidelity-${s}s" -- python3 "$root/bench/gpu/matmul.py" "$s" 2>"$tmp/run-$s.err" \
    || { cat "$tmp/run-$s.err" >&2; exit 1; }
  sleep 0.5
  kill -TERM "$reader"; wait "$reader" || true
  grep -E 'gpu:|model:|warning' "$tmp/run-$s.err" | sed 's/^/  /'
  python3 "$root/bench/gpu/compare.py" "$tmp/trace-$s.csv" "$tmp/reader-$s.csv" gpu:0 "${s} s job"
done
