"""Compares wattprint's GPU energy for a run with the independent NVML counter reading.

Usage: python3 compare.py TRACE.csv READER.csv GPU_COMPONENT LABEL
The window is wattprint's own: from the first interval's start to the last interval's end in the
trace (wall-clock instants). The reference energy is the independent counter, linearly
interpolated at both ends of that window.
"""
import bisect
import csv
import sys
from datetime import datetime, timezone

trace, reader, component, label = sys.argv[1:5]


def ns(iso):
    # 2026-11-23T10:00:00.123456Z -> unix ns (microsecond precision, as wattprint stores)
    base, _, frac = iso.rstrip("Z").partition(".")
    dt = datetime.strptime(base, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    return int(dt.timestamp()) * 1_000_000_000 + int((frac + "000000000")[:9])


rows = [r for r in csv.DictReader(open(trace)) if r["component"] == component]
if not rows:
    sys.exit(f"no {component} intervals in {trace}")
start = min(ns(r["start"]) for r in rows)
end = max(ns(r["end"]) for r in rows)
ours_j = sum(float(r["energy_j"]) for r in rows)
prov = sorted({r["provenance"] for r in rows})

ts, es = [], []
for line in open(reader):
    t, e = line.strip().split(",")
    ts.append(int(t))
    es.append(int(e))


def at(t):
    i = bisect.bisect_left(ts, t)
    if i == 0 or i >= len(ts):
        sys.exit(f"reader did not cover the window ({label})")
    t0, t1, e0, e1 = ts[i - 1], ts[i], es[i - 1], es[i]
    return e0 + (e1 - e0) * (t - t0) / (t1 - t0)


ref_j = (at(end) - at(start)) / 1000.0
whole_j = (es[-1] - es[0]) / 1000.0
diff = 100.0 * (ours_j - ref_j) / ref_j
print(f"{label}: window {(end - start) / 1e9:.3f} s, wattprint {ours_j:.1f} J ({'/'.join(prov)}), "
      f"independent counter {ref_j:.1f} J, difference {diff:+.3f} %  "
      f"(reader's whole span {(ts[-1] - ts[0]) / 1e9:.2f} s: {whole_j:.1f} J)")
