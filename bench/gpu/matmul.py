"""GPU workload for the fidelity benchmark: bf16 matrix multiplications for SECONDS seconds."""
import sys
import time

import torch

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
a = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
b = torch.randn(8192, 8192, device="cuda", dtype=torch.bfloat16)
torch.cuda.synchronize()
end = time.monotonic() + seconds
n = 0
while time.monotonic() < end:
    for _ in range(8):
        c = a @ b
    torch.cuda.synchronize()
    n += 8
print(f"matmul.py: {n} matmuls of 8192x8192 bf16 in {seconds} s", file=sys.stderr)
