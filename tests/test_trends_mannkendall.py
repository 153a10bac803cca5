"""Mann–Kendall test: agreement with pymannkendall and scipy, invariants, variants, forms."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pymannkendall as pmk
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats
from tests.conftest import float_series

from envindicators.analytics.trends import MannKendallResult, mann_kendall
from envindicators.errors import InsufficientDataError, TrendError

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

TOL = 1e-10


#: The float series these tests draw (:func:`tests.conftest.float_series`).
series = float_series


def _pmk(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(*args, **kwargs)


def _close(a: float, b: float, tol: float = TOL) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


# ------------------------------------------------------------- agreement with references


@settings(max_examples=300, deadline=None)
@given(series())
def test_original_matches_pymannkendall(y: np.ndarray) -> None:
    n_valid = int(np.sum(~np.isnan(y)))
    if n_valid < 3:
        with pytest.raises(InsufficientDataError):
            mann_kendall(y)
        return
    r = mann_kendall(y)
    ref = _pmk(pmk.original_test, y)
    assert r.s == ref.s
    assert r.n == n_valid
    assert _close(r.var_s, ref.var_s)
    assert _close(r.z, ref.z)
    assert _close(r.p, ref.p)
    assert _close(r.tau_a, ref.Tau)
    assert r.h == bool(ref.h)
    assert r.trend == ref.trend


@settings(max_examples=200, deadline=None)
@given(series(min_size=3), st.data())
def test_tau_b_and_variance_match_scipy_kendalltau(y: np.ndarray, data) -> None:
    """With ties in t too, tau-b and the S variance are scipy's (asymptotic method)."""
    n = y.size
    t = np.asarray(data.draw(st.lists(st.integers(0, 6), min_size=n, max_size=n)), float)
    ok = ~np.isnan(y)
    assume(ok.sum() >= 3 and np.unique(t[ok]).size >= 2)
    r = mann_kendall(y, t)
    ref = stats.kendalltau(t[ok], y[ok], method="asymptotic")
    assert _close(r.tau_b, float(ref.statistic))
    if not math.isnan(ref.statistic):
        p_no_cc = 2 * stats.norm.sf(abs(r.s) / math.sqrt(r.var_s)) if r.var_s > 0 else 1.0
        assert _close(p_no_cc, float(ref.pvalue))


def _hamed_rao_reference(y: np.ndarray, t: np.ndarray, alpha: float = 0.05) -> float:
    """Direct transcription of the documented Hamed–Rao factor (loops, no vectorisation)."""
    ok = ~np.isnan(y)
    yv, tv = y[ok], t[ok]
    n = yv.size
    slopes = [(yv[j] - yv[i]) / (tv[j] - tv[i]) for i in range(n) for j in range(i + 1, n)]
    b = float(np.median(slopes))
    x = yv - b * (tv - tv[0] + 1.0)
    ranks = stats.rankdata(x)
    c = ranks - ranks.mean()
    acov = np.array([np.sum(c[: n - k] * c[k:]) for k in range(n)]) / n
    if acov[0] == 0:
        return 1.0
    acf = acov / acov[0]
    bound = stats.norm.ppf(1 - alpha / 2) / math.sqrt(n)
    total = 0.0
    for i in range(1, n):
        if not (-bound <= acf[i] <= bound):
            total += (n - i) * (n - i - 1) * (n - i - 2) * acf[i]
    return 1 + 2 / (n * (n - 1) * (n - 2)) * total


@settings(max_examples=200, deadline=None)
@given(series(min_size=3, nan=False))
def test_hamed_rao_matches_pymannkendall(y: np.ndarray) -> None:
    r = mann_kendall(y, method="hamed_rao")
    ref = _pmk(pmk.hamed_rao_modification_test, y)
    assert r.s == ref.s
    if math.isnan(ref.var_s):
        # pymannkendall divides by a zero rank autocovariance when the detrended series is
        # constant (a constant or perfectly linear series); we define n/n* = 1 there
        assert r.variance_factor == 1.0
        assert r.var_s == mann_kendall(y).var_s
        return
    assert _close(r.var_s, ref.var_s)
    if ref.var_s <= 0 and r.s != 0:
        # a non-positive corrected variance: NaN for us (pymannkendall: NaN or ±inf)
        assert math.isnan(r.z)
        assert math.isnan(r.p)
        assert r.trend == "undetermined"
        return
    assert _close(r.p, ref.p)
    assert r.trend == ref.trend


@settings(max_examples=150, deadline=None)
@given(series(min_size=3), st.integers(1, 5) | st.none())
def test_hamed_rao_with_gaps_matches_reference(y: np.ndarray, lag: int | None) -> None:
    assume(np.sum(~np.isnan(y)) >= 3)
    t = np.arange(y.size, dtype=float)
    if lag is None:
        factor = _hamed_rao_reference(y, t)
        r = mann_kendall(y, method="hamed_rao")
        assert _close(r.variance_factor, factor)
        assert _close(r.var_s, mann_kendall(y).var_s * factor)
    else:
        r = mann_kendall(y, method="hamed_rao", lag=lag)
        ref_y = y[~np.isnan(y)]
        if np.isnan(y).any() or np.ptp(ref_y) == 0:
            return
        ref = _pmk(pmk.hamed_rao_modification_test, y, lag=min(lag, ref_y.size - 1))
        if not math.isnan(ref.var_s):
            assert _close(r.var_s, ref.var_s)


@settings(max_examples=150, deadline=None)
@given(series(min_size=8, max_size=60), st.sampled_from([4, 12]))
def test_seasonal_matches_pymannkendall(y: np.ndarray, period: int) -> None:
    r = None
    try:
        r = mann_kendall(y, method="seasonal", period=period)
    except InsufficientDataError:
        return
    ref = _pmk(pmk.seasonal_test, y, period=period)
    assert r.s == ref.s
    assert _close(r.var_s, ref.var_s)
    assert _close(r.p, ref.p)
    assert _close(r.tau_a, ref.Tau)
    assert r.trend == ref.trend
    assert r.period == period


def test_seasonal_seasons_from_dates_and_decimal_years_agree() -> None:
    rng = np.random.default_rng(5)
    y = rng.normal(size=60) + 0.02 * np.arange(60)
    by_position = mann_kendall(y, method="seasonal", period=12)
    dates = pd.date_range("2010-01-15", periods=60, freq="MS")
    by_dates = mann_kendall(y, dates, method="seasonal")
    decimal = mann_kendall(y, 2010 + np.arange(60) / 12, method="seasonal")
    labels = mann_kendall(y, dates, method="seasonal", season=dates.month_name())
    for r in (by_dates, decimal, labels):
        assert (r.s, r.var_s, r.p) == (by_position.s, by_position.var_s, by_position.p)
    quarterly = pd.date_range("2010-01-01", periods=20, freq="QS")
    q = mann_kendall(y[:20], quarterly, method="seasonal", period=4)
    assert q.s == mann_kendall(y[:20], method="seasonal", period=4).s


def test_seasonal_needs_derivable_seasons() -> None:
    with pytest.raises(TrendError, match="whole numbers"):
        mann_kendall([1.0, 2, 3, 4], [2001, 2002, 2003, 2004], method="seasonal")
    with pytest.raises(TrendError, match="period=12"):
        mann_kendall(
            np.arange(30.0), pd.date_range("2001", periods=30), method="seasonal", period=7
        )
    with pytest.raises(TrendError, match="only used with the seasonal methods"):
        mann_kendall([1.0, 2, 3], season=[0, 1, 0])


# ---------------------------------------------------------------------- exact values


def test_table_of_exact_values() -> None:
    r = mann_kendall([1.0, 2.0, 2.0, 4.0, 5.0])
    # pairs: 10, one tie (2,2) -> S = 9; Var = (5*4*15 - 2*1*9)/18 = 282/18
    assert r.s == 9
    assert r.var_s == pytest.approx(282 / 18, rel=1e-15)
    assert r.z == pytest.approx(8 / math.sqrt(282 / 18), rel=1e-15)
    assert r.tau_a == pytest.approx(0.9)
    assert r.tau_b == pytest.approx(9 / math.sqrt(10 * 9))
    assert r.trend == "increasing"
    assert isinstance(r, MannKendallResult)


def test_constant_series_is_z0_p1() -> None:
    r = mann_kendall(np.full(8, 3.5))
    assert (r.s, r.var_s, r.z, r.p, r.trend, r.h) == (0, 0.0, 0.0, 1.0, "no trend", False)
    assert math.isnan(r.tau_b)  # scipy: undefined for a constant variable
    assert r.tau_a == 0.0


def test_insufficient_points_single_and_many() -> None:
    with pytest.raises(InsufficientDataError, match="at least 3"):
        mann_kendall([1.0, np.nan, 2.0])
    df = mann_kendall(np.array([[1.0, 2.0, np.nan, np.nan, np.nan], [1.0, 2.0, 3.0, 5.0, 8.0]]))
    assert df.loc[0, "n"] == 2
    assert math.isnan(df.loc[0, "p"])
    assert df["h"].isna().tolist() == [True, False]
    assert df["trend"].isna().tolist() == [True, False]
    assert df.loc[1, "trend"] == "increasing"


def test_bad_arguments() -> None:
    with pytest.raises(TrendError, match="method"):
        mann_kendall([1.0, 2, 3], method="sen")  # type: ignore[arg-type]
    with pytest.raises(TrendError, match="alpha"):
        mann_kendall([1.0, 2, 3], alpha=5)
    with pytest.raises(TrendError, match="lag"):
        mann_kendall([1.0, 2, 3], lag=2)
    with pytest.raises(TrendError, match="infinite"):
        mann_kendall([1.0, np.inf, 3, 4])


# ------------------------------------------------------------------------ invariants


@settings(max_examples=150, deadline=None)
@given(series(min_size=3))
def test_reversing_time_negates_s(y: np.ndarray) -> None:
    assume(np.sum(~np.isnan(y)) >= 3)
    fwd, back = mann_kendall(y), mann_kendall(y[::-1])
    assert back.s == -fwd.s
    assert back.var_s == fwd.var_s
    assert back.z == -fwd.z
    assert back.p == fwd.p


@settings(max_examples=150, deadline=None)
@given(series(min_size=3), st.integers(-1000, 1000), st.integers(-4, 4))
def test_shift_and_power_of_two_scale_invariance(y: np.ndarray, c: int, e: int) -> None:
    assume(np.sum(~np.isnan(y)) >= 3 and np.all(np.abs(y[~np.isnan(y)]) < 1e5))
    y = np.round(y)  # exact arithmetic under a shift
    base = mann_kendall(y)
    shifted = mann_kendall(y + c)
    assert (shifted.s, shifted.var_s, shifted.p) == (base.s, base.var_s, base.p)
    scaled = mann_kendall(y * 2.0**e)
    assert (scaled.s, scaled.var_s) == (base.s, base.var_s)
    flipped = mann_kendall(-y)
    assert flipped.s == -base.s


@settings(max_examples=100, deadline=None)
@given(st.integers(3, 40), st.integers(1, 50), st.integers(-100, 100))
def test_strictly_monotone_series_has_maximal_s(n: int, b: int, a: int) -> None:
    t = np.arange(n, dtype=float)
    r = mann_kendall(a + b * t)
    assert r.s == n * (n - 1) // 2
    assert r.tau_a == 1.0
    assert r.tau_b == pytest.approx(1.0, abs=1e-15)  # scipy: S / √d₁ / √d₂


# -------------------------------------------------------------------------- input forms


@settings(max_examples=60, deadline=None)
@given(st.lists(series(min_size=0, max_size=12), min_size=1, max_size=8))
def test_2d_array_and_long_frame_equal_per_series_results(rows: list[np.ndarray]) -> None:
    width = max(r.size for r in rows)
    assume(width > 0)
    Y = np.full((len(rows), width), np.nan)
    for i, r in enumerate(rows):
        Y[i, : r.size] = r
    for method in ("original", "hamed_rao"):
        many = mann_kendall(Y, method=method)
        assert list(many.index) == list(range(len(rows)))
        long = pd.DataFrame(
            {
                "station": np.repeat(np.arange(len(rows)), width),
                "year": np.tile(np.arange(width), len(rows)),
                "value": Y.ravel(),
            }
        ).sample(frac=1.0, random_state=1)
        grouped = mann_kendall(long, by="station", method=method)
        for i, r in enumerate(Y):
            if np.sum(~np.isnan(r)) < 3:
                assert math.isnan(many.loc[i, "s"])
                assert math.isnan(grouped.loc[i, "s"])
                continue
            one = mann_kendall(r, method=method)
            for frame in (many, grouped):
                assert frame.loc[i, "s"] == one.s
                assert _close(frame.loc[i, "var_s"], one.var_s)
                assert _close(frame.loc[i, "p"], one.p)
                assert frame.loc[i, "trend"] == one.trend


def test_long_frame_groups_by_keys() -> None:
    df = pd.DataFrame(
        {
            "region": ["山西省"] * 5 + ["辽宁省"] * 4,
            "indicator": "pm25_concentration",
            "year": [2015, 2016, 2017, 2018, 2019, 2016, 2017, 2018, 2019],
            "value": [60, 57, 55, 50, 45, 40, 41, 43, 44],
        }
    )
    out = mann_kendall(df, by=["region", "indicator"])
    assert out.index.names == ["region", "indicator"]
    assert out.loc[("山西省", "pm25_concentration"), "s"] == -10
    assert out.loc[("辽宁省", "pm25_concentration"), "s"] == 6
    assert out.attrs["method"] == "original"
    assert out.dtypes["n"] == np.int64
    with pytest.raises(TrendError, match="not in the DataFrame"):
        mann_kendall(df, by="province")
    with pytest.raises(TrendError, match="time="):
        mann_kendall(df, t=[1, 2, 3])


def test_long_series_uses_bounded_memory_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The O(n log² n) S of long series equals the pairwise one, with ties in y and t."""
    from envindicators.analytics.trends import _kernels

    rng = np.random.default_rng(3)
    y = rng.integers(0, 20, 400).astype(float)
    y[rng.random(400) < 0.1] = np.nan
    t = np.sort(rng.integers(0, 300, 400)).astype(float)
    short = mann_kendall(y, t)
    monkeypatch.setattr(_kernels, "PAIR_BUDGET", 1000)
    long = mann_kendall(y, t)
    assert long.s == short.s
    assert long.var_s == short.var_s
    assert long.tau_b == short.tau_b
