"""Benchmark: trend kernels at scale against a numba kernel, scipy and per-pixel pymannkendall.

Measured side by side in one run and printed as ratios (issue 16, 18):

1. ``mann_kendall`` and ``sens_slope`` on 1,000 × 365 and 100,000 × 20 against a plain numba
   kernel (sign sum + sort-based ties; pair slopes + ``np.median``), the practical limit of a
   compiled per-series loop (goal: within 2×) — ours on the numpy kernels
   (``ENVINDICATORS_NUMBA=0``) and on the library's optional numba kernels, on one thread
   (like for like with the single-threaded reference) and on all of numba's threads;
2. one series: ``mann_kendall`` (n = 20 … 10,000) against ``scipy.stats.kendalltau`` (goal
   ≥ 1×); ``sens_slope`` (n = 5,000) against ``scipy.stats.theilslopes``; ``sens_slope`` and
   ``mann_kendall(method="hamed_rao", lag=10)`` on n = 100,000 (was 128 s and 90 s);
3. ``envindicators.xarray.trend_test`` on a 30 × 30 × 120 monthly grid against the pattern
   users write today, ``xr.apply_ufunc(..., vectorize=True)`` with pymannkendall per pixel.

Run: ``python benchmarks/bench_trends_scale.py [kernels]`` (needs the ``bench`` and
``xarray`` extras: pymannkendall, numba, xarray); ``kernels`` runs case 1 only;
``python benchmarks/bench_trends_scale.py sen [rounds]`` runs only the Sen rows of (1),
``rounds`` times, and prints the median and range of the ratios.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterator

import numba
import numpy as np
import pandas as pd
import pymannkendall as pmk
import xarray as xr
from scipy import stats

import envindicators.xarray as eix
from envindicators.analytics.trends import mann_kendall, sens_slope


def best_of(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    best, out = np.inf, None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


@numba.njit(cache=True)
def numba_mk(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    k, L = y.shape
    s_out = np.zeros(k)
    var_out = np.zeros(k)
    for r in range(k):
        acc = 0
        for i in range(L - 1):
            for j in range(i + 1, L):
                d = y[r, j] - y[r, i]
                if d > 0:
                    acc += 1
                elif d < 0:
                    acc -= 1
        srt = np.sort(y[r])
        ties = 0.0
        run = 1
        for i in range(1, L + 1):
            if i < L and srt[i] == srt[i - 1]:
                run += 1
            else:
                ties += run * (run - 1) * (2 * run + 5)
                run = 1
        s_out[r] = acc
        var_out[r] = (L * (L - 1) * (2 * L + 5) - ties) / 18.0
    return s_out, var_out


@numba.njit(cache=True)
def numba_sen(y: np.ndarray, t: np.ndarray) -> np.ndarray:
    k, L = y.shape
    out = np.empty(k)
    buf = np.empty(L * (L - 1) // 2)
    for r in range(k):
        m = 0
        for i in range(L - 1):
            for j in range(i + 1, L):
                buf[m] = (y[r, j] - y[r, i]) / (t[j] - t[i])
                m += 1
        out[r] = np.median(buf[:m])
    return out


@contextlib.contextmanager
def backend(name: str, threads: int | None = None) -> Iterator[None]:
    """Our functions on the numpy kernels (``"numpy"``) or the library's optional compiled
    kernels (``"numba"``, with ``threads`` numba threads)."""
    old_env, old_threads = os.environ.get("ENVINDICATORS_NUMBA"), numba.get_num_threads()
    os.environ["ENVINDICATORS_NUMBA"] = "0" if name == "numpy" else "1"
    numba.set_num_threads(threads or numba.config.NUMBA_NUM_THREADS)
    try:
        yield
    finally:
        numba.set_num_threads(old_threads)
        if old_env is None:
            del os.environ["ENVINDICATORS_NUMBA"]
        else:
            os.environ["ENVINDICATORS_NUMBA"] = old_env


def kernels_vs_numba() -> None:
    """Ours (numpy kernels; the library's numba kernels on 1 thread and on all threads)
    against the reference numba kernels (single-threaded), side by side."""
    rng = np.random.default_rng(1)
    n_threads = numba.config.NUMBA_NUM_THREADS
    variants = [("numpy", None), ("numba", 1), ("numba", n_threads)]
    head = "".join(f"{f'{b} x{th or 0}' if b == 'numba' else b:>14s}" for b, th in variants)
    print(f"{'case':30s}{head}{'reference':>12s}   ratios to the reference")
    for k, L in [(1000, 365), (100_000, 20)]:
        y = np.round(rng.normal(size=(k, L)) * 20)
        t = np.arange(L, dtype=float)
        numba_mk(y[:2])
        numba_sen(y[:2], t)
        t_nmk, (s_ref, v_ref) = best_of(lambda y=y: numba_mk(y))
        t_nsen, sen_ref = best_of(lambda y=y, t=t: numba_sen(y, t), repeat=2)
        rows: dict[str, list[float]] = {"Mann–Kendall": [], "Sen's slope": []}
        for name, threads in variants:
            with backend(name, threads):
                mann_kendall(y[:2000])  # compile / load the cache outside the timing
                sens_slope(y[:2000])
                t_mk, mk = best_of(lambda y=y: mann_kendall(y))
                t_sen, sen = best_of(lambda y=y: sens_slope(y), repeat=2)
            assert np.array_equal(mk["s"].to_numpy(), s_ref)
            assert np.allclose(mk["var_s"].to_numpy(), v_ref)
            assert np.array_equal(sen["slope"].to_numpy(), sen_ref)
            rows["Mann–Kendall"].append(t_mk)
            rows["Sen's slope"].append(t_sen)
        for label, ref in [("Mann–Kendall", t_nmk), ("Sen's slope", t_nsen)]:
            name = f"{label} {k:,} x {L}"
            times = "".join(f"{x * 1e3:12.0f}ms" for x in rows[label])
            ratios = "  ".join(f"{x / ref:.2f}x" for x in rows[label])
            goal = "within 2x" if rows[label][0] <= 2 * ref else "NOT within 2x"
            print(f"{name:30s}{times}{ref * 1e3:10.0f}ms   {ratios}  (numpy path {goal})")


def long_series() -> None:
    rng = np.random.default_rng(2)
    print()
    for n in (20, 100, 1000, 5000, 10_000):
        yn = np.round(rng.normal(size=n) * 10) + 1e-2 * np.arange(n)  # ties and a trend
        tn = np.arange(float(n))
        t_one, one = best_of(lambda yn=yn: mann_kendall(yn), repeat=25)
        t_ref, ref = best_of(lambda yn=yn, tn=tn: stats.kendalltau(tn, yn), repeat=25)
        assert one.tau_b == ref.statistic
        print(f"MK, 1 x {n:,}: {t_one * 1e6:.0f} us (S, Var(S), Z, p, tau_a, tau_b, label) vs "
              f"scipy kendalltau {t_ref * 1e6:.0f} us: {t_ref / t_one:.2f}x")  # fmt: skip
    y = rng.normal(size=5000) + 1e-4 * np.arange(5000)
    t = np.arange(5000.0)
    t_sen, sen = best_of(lambda: sens_slope(y))
    t_th, th = best_of(lambda: stats.theilslopes(y, t), repeat=2)
    assert sen.slope == th.slope
    assert (sen.low_slope, sen.high_slope) == (th.low_slope, th.high_slope)
    print(f"Sen, 1 x 5,000: {t_sen * 1e3:.1f} ms vs scipy theilslopes {t_th * 1e3:.1f} ms: "
          f"{t_th / t_sen:.2f}x (identical slope and CI)")  # fmt: skip
    big = rng.normal(size=100_000) + 1e-5 * np.arange(100_000)
    t_big, _ = best_of(lambda: sens_slope(big), repeat=1)
    t_hr, _ = best_of(lambda: mann_kendall(big, method="hamed_rao", lag=10), repeat=1)
    print(f"Sen, 1 x 100,000 with CI: {t_big:.2f} s (was 128 s; theilslopes needs ~80 GB)")
    print(f"Hamed–Rao lag=10, 1 x 100,000: {t_hr:.2f} s (was 90 s)")


def xarray_vs_per_pixel() -> None:
    rng = np.random.default_rng(3)
    time_ = pd.date_range("2011-01-01", periods=120, freq="MS")
    da = xr.DataArray(
        rng.normal(size=(30, 30, 120)) + 0.01 * np.arange(120),
        dims=("lat", "lon", "time"),
        coords={"time": time_},
    )
    t_ours, ours = best_of(lambda: eix.trend_test(da))

    def per_pixel() -> xr.DataArray:
        def one(x: np.ndarray) -> float:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return pmk.original_test(x).p

        return xr.apply_ufunc(one, da, input_core_dims=[["time"]], vectorize=True)

    t_ref, ref = best_of(per_pixel, repeat=1)
    np.testing.assert_allclose(ours["p"].values, ref.values, rtol=1e-4, atol=1e-12)  # pmk: 1 - Φ
    print(f"\nxarray 30 x 30 x 120: trend_test {t_ours * 1e3:.0f} ms (MK + Sen + CI) vs "
          f"apply_ufunc(vectorize=True) + pymannkendall {t_ref * 1e3:.0f} ms (MK only): "
          f"{t_ref / t_ours:.0f}x")  # fmt: skip


def sen_rounds(rounds: int) -> None:
    """Only the Sen rows of :func:`kernels_vs_numba`, ``rounds`` times, each round side by
    side (reference, numpy kernels, library numba kernels on 1 and on all threads); prints
    every round and the median (min – max) ratio to the reference."""
    rng = np.random.default_rng(1)
    n_threads = numba.config.NUMBA_NUM_THREADS
    variants = [("numpy", None), ("numba", 1), ("numba", n_threads)]
    names = [f"{b} x{th}" if b == "numba" else b for b, th in variants]
    for k, L in [(1000, 365), (100_000, 20)]:
        y = np.round(rng.normal(size=(k, L)) * 20)
        t = np.arange(L, dtype=float)
        numba_sen(y[:2], t)
        ratios: dict[str, list[float]] = {name: [] for name in names}
        times: dict[str, list[float]] = {name: [] for name in [*names, "reference"]}
        for _ in range(rounds):
            t_ref, ref = best_of(lambda y=y, t=t: numba_sen(y, t), repeat=2)
            times["reference"].append(t_ref)
            for name, (b, threads) in zip(names, variants, strict=True):
                with backend(b, threads):
                    sens_slope(y[:2000])  # compile / load the cache outside the timing
                    t_sen, sen = best_of(lambda y=y: sens_slope(y), repeat=2)
                assert np.array_equal(sen["slope"].to_numpy(), ref)
                times[name].append(t_sen)
                ratios[name].append(t_sen / t_ref)
            line = "  ".join(
                f"{n} {times[n][-1] * 1e3:.0f} ms ({ratios[n][-1]:.2f}x)" for n in names
            )
            print(f"Sen {k:,} x {L}: reference {t_ref * 1e3:.0f} ms | {line}")
        print(f"== Sen's slope {k:,} x {L}, median over {rounds} rounds (min – max) ==")
        for name in [*names, "reference"]:
            v = np.array(times[name]) * 1e3
            r = ratios.get(name)
            rtxt = f"  ratio {np.median(r):.2f}x ({min(r):.2f}x – {max(r):.2f}x)" if r else ""
            print(f"  {name:12s}{np.median(v):8.0f} ms ({v.min():.0f} – {v.max():.0f}){rtxt}")


if __name__ == "__main__":
    # python benchmarks/bench_trends_scale.py [kernels | sen [rounds]]
    print(f"1-min load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if sys.argv[1:2] == ["sen"]:
        sen_rounds(int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    else:
        kernels_vs_numba()
        if sys.argv[1:] != ["kernels"]:
            long_series()
            xarray_vs_per_pixel()
    print(f"1-min load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
