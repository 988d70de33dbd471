#!/usr/bin/env bash
# Soak: N wattprint runs at once on one ledger, some of their wattprints killed with SIGKILL at random
# moments, optionally the PostgreSQL server restarted in the middle; then every run must be stored once,
# every run whose wattprint lived must carry its command's exit code, and every killed one must be
# recovered (closed as interrupted, or with its spooled outcome). Prints the counts and
# "runs started = runs stored, exit codes right" or what differs (exit 1).
#
# Usage: bench/soak.sh [N] [KILLS]                       (default 100 runs, 10 kills; a new SQLite ledger)
#        WATTPRINT_DB=jdbc:postgresql://… PG_RESTART='pg_ctlcluster 15 main restart' bench/soak.sh 50 5
# Builds wattprint-cli/target/wattprint.jar first if needed (bin/wattprint does).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n=${1:-100}
kills=${2:-10}
jar="$root/wattprint-cli/target/wattprint.jar"
[ -f "$jar" ] || "$root/bin/wattprint" --version >/dev/null || exit 2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export WATTPRINT_HOME="$work/home"
java_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData)
echo "soak: $n runs, $kills killed, ledger ${WATTPRINT_DB:-$WATTPRINT_HOME/ledger.db}; $(nproc) cores; $(java -version 2>&1 | head -1)"

start=$(date +%s)
declare -a pids
for i in $(seq 0 $((n - 1))); do
  # exit code 3..102 tells the runs apart; a few seconds of work so that kills land mid-run
  java "${java_opts[@]}" -jar "$jar" run --location FR --tag soak="$i" -- \
    sh -c "echo started > $work/started.$i; sleep $((2 + i % 4)); exit $((3 + i % 100))" >/dev/null 2>"$work/err.$i" &
  pids[$i]=$!
done

# Kill some wattprints (SIGKILL: no shutdown hook) once their command has started.
killed=()
for k in $(seq 1 "$kills"); do
  i=$(( (k * 7919) % n ))
  for _ in $(seq 1 600); do [ -f "$work/started.$i" ] && break; sleep 0.1; done
  kill -KILL "${pids[$i]}" 2>/dev/null && killed+=("$i")
done
[ -n "${PG_RESTART:-}" ] && { echo "soak: restarting PostgreSQL: $PG_RESTART"; eval "$PG_RESTART"; }

wrong=0
for i in $(seq 0 $((n - 1))); do
  wait "${pids[$i]}" 2>/dev/null; rc=$?
  if [[ " ${killed[*]} " == *" $i "* ]]; then continue; fi
  if [ "$rc" -ne $((3 + i % 100)) ]; then
    echo "soak: run $i exited $rc, expected $((3 + i % 100)): $(tail -2 "$work/err.$i" | tr '\n' ' ')"; wrong=$((wrong + 1))
  fi
done
elapsed=$(( $(date +%s) - start ))
# The next command recovers the killed runs from their spool files.
java "${java_opts[@]}" -jar "$jar" runs list --limit 100000 --json > "$work/runs.json" 2>"$work/list.err" || { cat "$work/list.err"; exit 1; }
python3 - "$work/runs.json" "$n" "$wrong" "$elapsed" "${killed[@]}" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1])); n = int(sys.argv[2]); wrong = int(sys.argv[3]); elapsed = sys.argv[4]
killed = {int(k) for k in sys.argv[5:]}
by = {}
for r in runs:
    i = r.get("tags", {}).get("soak")
    if i is not None: by.setdefault(int(i), []).append(r)
stored = sum(len(v) for v in by.values()); twice = [i for i, v in by.items() if len(v) > 1]
missing = [i for i in range(n) if i not in by]
bad_code = [i for i, v in by.items() if i not in killed and v[0]["exit_code"] != 3 + i % 100]
open_runs = [i for i, v in by.items() if v[0]["status"] == "running"]
print(f"soak: {n} started, {stored} stored ({len(twice)} twice, {len(missing)} missing), {len(killed)} killed and "
      f"{sum(1 for i in killed if i in by and by[i][0]['status'] != 'running')} of them recovered, "
      f"{len(open_runs)} still running, {wrong + len(bad_code)} wrong exit codes; {elapsed} s")
ok = stored == n and not twice and not missing and not bad_code and not open_runs and wrong == 0
print("runs started = runs stored, exit codes right" if ok else "soak FAILED")
sys.exit(0 if ok else 1)
PY
