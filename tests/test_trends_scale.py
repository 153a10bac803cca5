"""Kernels at scale (issue 16, 18) and the trend defects of issue 11 (items 11, 13–15).

* Kendall's S from ranks (short rows) and from the O(n log n) discordant count (long rows),
  the numpy fallback of that count, and the inversion listing, against brute force;
* the exact long-series slope selection against a full sort;
* ``trend_test`` equals ``mann_kendall`` + ``sens_slope``;
* the correlated seasonal Kendall test: pymannkendall parity and its false-alarm rate;
* Hamed–Rao screened at ``acf_alpha``; integers beyond 2**53; constant series in OLS;
* importing the trend functions builds no unit registry and imports no statsmodels.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import pymannkendall as pmk
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.analytics.trends import _kernels as kernels
from envindicators.analytics.trends import (
    linear_trend,
    mann_kendall,
    sens_slope,
    trend_test,
)
from envindicators.analytics.trends._panel import Block
from envindicators.errors import TrendError


def _brute_s(t: np.ndarray, y: np.ndarray) -> int:
    s = 0
    for i, j in itertools.combinations(range(len(y)), 2):
        if np.isnan([t[i], t[j], y[i], y[j]]).any():
            continue
        s += int(np.sign(t[j] - t[i]) * np.sign(y[j] - y[i]))
    return s


values = st.integers(0, 4).map(float) | st.just(np.nan)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.lists(values, min_size=1, max_size=14), min_size=1, max_size=4),
    t_ties=st.booleans(),
    shared=st.booleans(),
)
def test_kendall_s_short_and_long_paths_match_brute_force(rows, t_ties, shared) -> None:
    L = max(len(r) for r in rows)
    y = np.full((len(rows), L), np.nan)
    for i, r in enumerate(rows):
        y[i, : len(r)] = r
    rng = np.random.default_rng(L)
    if shared:
        t = np.sort(rng.integers(0, 4, L)).astype(float) if t_ties else np.arange(L, dtype=float)
        ts = [t] * len(rows)
    else:
        t = np.sort(rng.integers(0, 4 if t_ties else 1000, (len(rows), L)), axis=1).astype(float)
        ts = list(t)
    block = Block(rows=np.arange(len(rows)), y=y, t=t, src=np.zeros(y.shape, dtype=np.int64))
    brute = [_brute_s(ts[r], y[r]) for r in range(len(rows))]
    assert kernels.kendall_s(block).tolist() == brute
    for r in range(len(rows)):
        tt, yy = kernels._compact_row(block, r)
        assert kernels._s_long(tt, yy) == brute[r]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=40))
def test_radix_inversions_list_every_inversion(v) -> None:
    arr = np.asarray(v, dtype=np.int64)
    count, a, b = kernels.radix_inversions(arr, emit=True)
    expected = sorted((i, j) for i, j in itertools.combinations(range(len(v)), 2) if v[i] > v[j])
    assert count == len(expected)
    assert sorted(zip(a.tolist(), b.tolist(), strict=True)) == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), min_size=1, max_size=40))
def test_numpy_discordant_count_equals_scipy_compiled_count(points) -> None:
    x = np.array([p[0] for p in points])
    y = np.array([p[1] for p in points])
    xr, _ = kernels.dense_ranks_1d(x)
    yr, _ = kernels.dense_ranks_1d(y)
    order = np.lexsort((yr, xr))
    brute = sum(1 for i, j in itertools.combinations(range(len(x)), 2)
                if (x[i] - x[j]) * (y[i] - y[j]) < 0)  # fmt: skip
    assert kernels.discordant_pairs_numpy(xr[order], yr[order]) == brute
    assert kernels.discordant_pairs(xr[order], yr[order]) == brute


@pytest.mark.parametrize(("seed", "ties"), [(0, False), (1, True), (2, False), (3, True)])
def test_long_series_slope_selection_equals_full_sort(monkeypatch, seed: int, ties: bool) -> None:
    """The exact randomised selection (forced by small budgets) returns the sorted ranks."""
    rng = np.random.default_rng(seed)
    subs = []
    for n in (900, 400, 2):
        t = np.sort(rng.integers(0, 600, n)).astype(float) if ties else np.arange(n, dtype=float)
        y = rng.integers(0, 12, n).astype(float) if ties else rng.standard_cauchy(n)
        subs.append((t, y))
    allv = np.sort(np.concatenate(list(kernels._pair_slopes_iter(subs))))
    counts = np.array([kernels._pairs_with_distinct_t(t) for t, _ in subs])
    ranks = np.array([0, allv.size // 4, (allv.size - 1) // 2, allv.size // 2, allv.size - 1])
    monkeypatch.setattr(kernels, "PAIR_BUDGET", 2000)
    monkeypatch.setattr(kernels, "ENUM_BUDGET", 3000)
    np.testing.assert_array_equal(kernels._select_streaming(subs, counts, ranks), allv[ranks])


def test_long_series_sens_slope_matches_scipy(monkeypatch) -> None:
    from scipy import stats

    rng = np.random.default_rng(5)
    n = 1500
    y = rng.normal(size=n) + 0.01 * np.arange(n)
    monkeypatch.setattr(kernels, "PAIR_BUDGET", 10_000)
    monkeypatch.setattr(kernels, "ENUM_BUDGET", 20_000)
    r = sens_slope(y)
    ref = stats.theilslopes(y, np.arange(n), alpha=0.95)
    assert (r.slope, r.low_slope, r.high_slope) == (ref.slope, ref.low_slope, ref.high_slope)


methods = st.sampled_from(["original", "hamed_rao", "seasonal", "correlated_seasonal"])


@settings(max_examples=40, deadline=None)
@given(
    y=st.lists(
        st.lists(st.integers(0, 6).map(float) | st.just(np.nan), min_size=12, max_size=12),
        min_size=2,
        max_size=5,
    ),
    method=methods,
)
def test_trend_test_equals_mann_kendall_plus_sens_slope(y, method) -> None:
    arr = np.asarray(y)
    kw = {"method": method, "period": 4}
    both = trend_test(arr, **kw)
    mk = mann_kendall(arr, **kw)
    sen = sens_slope(arr, method="original" if method in ("original", "hamed_rao") else method,
                     period=4)  # fmt: skip
    pd.testing.assert_frame_equal(both[mk.columns], mk)
    pd.testing.assert_frame_equal(both[sen.columns.drop("n")], sen.drop(columns="n"))


def test_trend_test_single_series() -> None:
    y = [10.0, 12.0, 11.0, 15.0, 16.0, 18.0]
    r = trend_test(y, [2015, 2016, 2017, 2018, 2019, 2020], method="hamed_rao")
    assert r.mann_kendall == mann_kendall(y, [2015, 2016, 2017, 2018, 2019, 2020],
                                          method="hamed_rao")  # fmt: skip
    assert r.sens_slope == sens_slope(y, [2015, 2016, 2017, 2018, 2019, 2020])
    assert (r.trend, r.p, r.slope) == (r.mann_kendall.trend, r.mann_kendall.p, r.sens_slope.slope)


# ----------------------------------------------------------- correlated seasonal Kendall


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.integers(0, 9), min_size=36, max_size=36),
    st.sampled_from([3, 4, 6, 12]),
)
def test_correlated_seasonal_matches_pymannkendall_on_complete_data(values, period) -> None:
    """pymannkendall's correlated_seasonal_test (complete years) has the same S and Var(S)
    (Dietz–Killeen estimator with average ranks)."""
    y = np.asarray(values, dtype=float)
    ours = mann_kendall(y, method="correlated_seasonal", period=period)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymannkendall divides 0 by 0 for S = 0, Var = 0
        ref = pmk.correlated_seasonal_test(y, period=period)
    assert ours.s == ref.s
    assert ours.var_s == pytest.approx(ref.var_s, rel=1e-12, abs=1e-9)
    assert ours.n_cycles == 36 // period


def test_correlated_seasonal_keeps_the_false_alarm_rate() -> None:
    """Monthly AR(1) noise (φ = 0.6), no trend, 10 years: the independent-seasons test
    rejects far too often, the Hirsch–Slack test close to the nominal 5 %."""
    rng = np.random.default_rng(1984)
    months = pd.date_range("2011-01-01", periods=120, freq="MS")
    e = rng.normal(size=(600, 120))
    noise = np.empty_like(e)
    noise[:, 0] = e[:, 0] / np.sqrt(1 - 0.36)
    for i in range(1, 120):
        noise[:, i] = 0.6 * noise[:, i - 1] + e[:, i]
    y = 50 + 10 * np.cos(2 * np.pi * months.month.to_numpy() / 12) + noise
    plain = mann_kendall(y, months, method="seasonal")["h"].mean()
    corrected = mann_kendall(y, months, method="correlated_seasonal")["h"].mean()
    assert plain > 0.18
    assert 0.02 <= corrected <= 0.09


def test_correlated_seasonal_refuses_two_values_in_one_cell() -> None:
    t = pd.to_datetime(["2020-01-05", "2020-01-20", "2020-02-05", "2021-01-05", "2021-02-05"])
    with pytest.raises(TrendError, match="at most one value per cycle and season"):
        mann_kendall([1.0, 2, 3, 4, 5], t, method="correlated_seasonal")


def test_correlated_seasonal_with_missing_cells_counts_cycles() -> None:
    rng = np.random.default_rng(2)
    y = rng.normal(size=12 * 12)
    y[[3, 40, 77]] = np.nan
    r = mann_kendall(y, method="correlated_seasonal", period=12)
    plain = mann_kendall(y, method="seasonal", period=12)
    assert r.s == plain.s
    assert r.n == plain.n == 141
    assert r.n_cycles == 12
    assert r.variance_factor == pytest.approx(r.var_s / plain.var_s)


# ------------------------------------------------------------------------ Hamed–Rao


def test_hamed_rao_variance_does_not_depend_on_the_reporting_alpha() -> None:
    rng = np.random.default_rng(8)
    e = rng.normal(size=60)
    y = np.cumsum(e) * 0.5 + e
    factors = {a: mann_kendall(y, method="hamed_rao", alpha=a).variance_factor
               for a in (0.05, 0.10, 0.20)}  # fmt: skip
    assert len(set(factors.values())) == 1
    # pymannkendall screens at alpha: acf_alpha=None reproduces it
    for a in (0.05, 0.2):
        ours = mann_kendall(y, method="hamed_rao", alpha=a, acf_alpha=None)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ref = pmk.hamed_rao_modification_test(y, alpha=a)
        assert ours.var_s == pytest.approx(ref.var_s, rel=1e-9)
    assert mann_kendall(y, method="hamed_rao").acf_alpha == 0.05
    with pytest.raises(TrendError, match="alpha"):
        mann_kendall(y, method="hamed_rao", acf_alpha=1.5)


# ------------------------------------------------------------- integers beyond 2**53


def test_big_integers_are_exact_in_mann_kendall_and_refused_elsewhere() -> None:
    y = np.array([2**62 + k for k in (0, 1, 3, 2, 5, 4, 6)], dtype=np.int64)
    expected = mann_kendall(np.array([0, 1, 3, 2, 5, 4, 6], dtype=float))
    got = mann_kendall(y)
    assert (got.s, got.var_s, got.p) == (expected.s, expected.var_s, expected.p)
    assert got.s == 17
    many = mann_kendall(np.stack([y, y[::-1]]))
    assert many["s"].tolist() == [17.0, -17.0]
    assert mann_kendall(pd.Series(y, dtype="Int64")).s == 17
    frame = pd.DataFrame({"year": range(7), "value": y})
    assert mann_kendall(frame)["s"].iloc[0] == 17
    for fn in (sens_slope, linear_trend, trend_test):
        with pytest.raises(TrendError, match="2\\*\\*53"):
            fn(y)
    with pytest.raises(TrendError, match="2\\*\\*53"):
        mann_kendall(y, method="hamed_rao")
    with pytest.raises(TrendError, match="2\\*\\*53"):
        mann_kendall([1.0, 2.0, 3.0], np.array([2**60, 2**60 + 1, 2**60 + 2]))


# ------------------------------------------------------------------ constant series


@settings(max_examples=60, deadline=None)
@given(
    st.floats(-1e6, 1e6, allow_nan=False, allow_subnormal=False),
    st.integers(3, 12),
)
def test_constant_series_same_answer_for_one_and_many(c, n) -> None:
    y = np.full(n, c)
    one = linear_trend(y)
    many = linear_trend(np.stack([y, y]))
    assert one.slope == 0.0
    assert one.slope_se == 0.0
    assert np.isnan(one.p_value)
    assert np.isnan(one.r_squared)
    assert one.intercept == c
    assert many["slope"].tolist() == [0.0, 0.0]
    assert many["p_value"].isna().all()
    assert many["intercept"].tolist() == [c, c]


# ------------------------------------------------------------------------- start-up


def test_importing_trend_functions_is_light() -> None:
    code = (
        "import sys\n"
        "from envindicators.analytics import mann_kendall, sens_slope, trend_test, linear_trend\n"
        "from envindicators.analytics.trends import probability_of_meeting\n"
        "heavy = [m for m in ('pint', 'statsmodels', 'envindicators.units.registry',\n"
        "         'envindicators.model') if m in sys.modules]\n"
        "print(','.join(heavy) or 'light')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "light", out.stdout + out.stderr


@pytest.mark.parametrize("method", ["original", "hamed_rao", "correlated_seasonal"])
def test_bounded_memory_chunks_do_not_change_results(monkeypatch, method: str) -> None:
    """Many series are processed in chunks of rows; a tiny chunk size gives the same frame."""
    from envindicators.analytics.trends import mannkendall, sens, trendtest

    rng = np.random.default_rng(4)
    y = np.round(rng.normal(size=(37, 24)) * 3)
    y[rng.random(y.shape) < 0.1] = np.nan
    frame = pd.DataFrame(
        {
            "g": np.repeat(np.arange(37), 24),
            "year": np.tile(2000 + np.arange(24) / 12, 37),
            "value": y.ravel(),
        }
    )
    kw = {"method": method, "period": 12}
    whole = [trend_test(frame, by="g", time="year", **kw), mann_kendall(y, **kw), sens_slope(y)]
    for module in (mannkendall, sens, trendtest):
        monkeypatch.setattr(module, "CHUNK_VALUES", 50)
    chunked = [trend_test(frame, by="g", time="year", **kw), mann_kendall(y, **kw), sens_slope(y)]
    for a, b in zip(whole, chunked, strict=True):
        pd.testing.assert_frame_equal(a, b)
