"""Peak memory of ``trend_test`` (Mann–Kendall + Sen's slope with CI) on many short series.

Run: ``python benchmarks/bench_trends_memory.py 1000000`` (number of series × 20 points,
5 % NaN, integer-valued).  Prints the peak resident memory above the import and the input
(``ru_maxrss``, Linux: KiB) as a multiple of the input's size (goal: ≤ 3×).
"""

from __future__ import annotations

import resource
import sys
import time

import numpy as np

from envindicators.analytics.trends import trend_test

k = int(sys.argv[1])
rng = np.random.default_rng(0)
y = np.round(rng.normal(size=(k, 20)) * 5)
y[rng.random(y.shape) < 0.05] = np.nan
trend_test(y[:100])
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
out = trend_test(y)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
seconds = time.perf_counter() - t0
above = peak - base
size = y.nbytes / 2**20
print(f"{k} x 20: input {size:.0f} MiB, peak above (import + input) {above:.0f} MiB")
print(f"= {above / size:.2f}x the input, {seconds:.1f} s, {len(out)} rows")
