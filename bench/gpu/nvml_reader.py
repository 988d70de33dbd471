"""Independent reading of NVML's energy counter, in its own process (pynvml / nvidia-ml-py).

Polls nvmlDeviceGetTotalEnergyConsumption (mJ) of GPU INDEX as fast as it can (about every
millisecond) until it gets SIGTERM, and writes "unix_ns,energy_mj" lines to OUT.
Usage: python3 nvml_reader.py INDEX OUT
"""
import signal
import sys
import time

import pynvml

index, out = int(sys.argv[1]), sys.argv[2]
stop = False


def on_term(*_):
    global stop
    stop = True


signal.signal(signal.SIGTERM, on_term)
pynvml.nvmlInit()
h = pynvml.nvmlDeviceGetHandleByIndex(index)
rows = []
while not stop:
    rows.append((time.time_ns(), pynvml.nvmlDeviceGetTotalEnergyConsumption(h)))
    time.sleep(0.001)
pynvml.nvmlShutdown()
with open(out, "w") as f:
    for t, e in rows:
        f.write(f"{t},{e}\n")
