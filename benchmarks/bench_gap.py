"""Vectorised gap()/schedule_progress() on frames versus a Python loop over scalar calls."""

import time

import numpy as np
import pandas as pd

from envindicators.analytics.gap import gap
from envindicators.analytics.schedule import schedule_progress
from envindicators.model import Indicator, Observation, Target

rng = np.random.default_rng(0)
inds = [
    Indicator("pm25", "PM2.5", "PM2.5", "µg/m3", "lower"),
    Indicator("share", "比例", "share", "%", "higher"),
    Indicator("coal", "煤炭", "coal", "t", "lower"),
]


def frames(n):
    codes = rng.choice(["pm25", "share", "coal"], n)
    unit_t = np.select([codes == "pm25", codes == "share"], ["µg/m3", "%"], "万吨")
    unit_o = np.select([codes == "pm25", codes == "share"], ["mg/m3", "‰"], "t")
    comp = rng.choice(["ge", "le", "approx", "gt"], n)
    t = pd.DataFrame(
        {
            "indicator": codes,
            "comparator": comp,
            "number": rng.uniform(10, 90, n),
            "unit_written": unit_t,
            "baseline_value": rng.uniform(10, 90, n),
            "start": pd.Timestamp("2016-01-01"),
            "deadline": pd.Timestamp("2020-12-31"),
        }
    )
    o = pd.DataFrame(
        {
            "indicator": codes,
            "number": rng.uniform(10, 90, n),
            "unit_written": unit_o,
            "period_end": pd.Timestamp("2018-12-31"),
        }
    )
    return t, o


for n in (1_000, 100_000):
    t, o = frames(n)
    s = time.perf_counter()
    g = gap(t, o, indicators=inds)
    tv = time.perf_counter() - s
    s = time.perf_counter()
    schedule_progress(t, o, indicators=inds)
    ts = time.perf_counter() - s
    print(f"n={n:>7}: gap frame {tv:.3f} s ({tv / n * 1e6:.2f} µs/row), schedule frame {ts:.3f} s")
t, o = frames(200)
tt = Target.from_frame(t, inds)
oo = Observation.from_frame(o, inds)
s = time.perf_counter()
for a, b in zip(tt, oo, strict=True):
    gap(a, b)
loop = (time.perf_counter() - s) / len(tt)
t, o = frames(100_000)
s = time.perf_counter()
gap(t, o, indicators=inds)
vec = (time.perf_counter() - s) / 100_000
print(
    f"scalar gap(): {loop * 1e3:.1f} ms/call; frame path: {vec * 1e6:.2f} µs/row; "
    f"ratio {loop / vec:.0f}x"
)
s = time.perf_counter()
tt = Target.from_frame(t.iloc[:10000], inds)
fr = time.perf_counter() - s
s = time.perf_counter()
Target.to_frame(tt)
tf = time.perf_counter() - s
print(f"Target.from_frame 10k rows: {fr:.2f} s; to_frame: {tf:.2f} s")
