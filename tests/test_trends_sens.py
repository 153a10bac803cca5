"""Theil–Sen slope: agreement with scipy and pymannkendall, robustness, invariants."""

from __future__ import annotations

import math
import warnings
from functools import partial

import numpy as np
import pandas as pd
import pymannkendall as pmk
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats
from tests.conftest import float_series

from envindicators.analytics.trends import SensSlopeResult, sens_slope
from envindicators.errors import InsufficientDataError, TrendError

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

TOL = 1e-10


#: The float series these tests draw (:func:`tests.conftest.float_series`).
series = partial(float_series, mask_first=False)


def _close(a: float, b: float, tol: float = TOL) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def _enough(y: np.ndarray, t: np.ndarray) -> bool:
    ok = ~np.isnan(y)
    return ok.sum() >= 2 and np.unique(t[ok]).size >= 2


@settings(max_examples=300, deadline=None)
@given(series(), st.data(), st.sampled_from([0.05, 0.1, 0.32]))
def test_matches_scipy_theilslopes(y: np.ndarray, data, alpha: float) -> None:
    n = y.size
    tied_t = data.draw(st.booleans())
    if tied_t:
        t = np.asarray(data.draw(st.lists(st.integers(0, 8), min_size=n, max_size=n)), float)
    else:
        t = np.arange(n, dtype=float) * 0.5 + 2000
    if not _enough(y, t):
        with pytest.raises(InsufficientDataError):
            sens_slope(y, t)
        return
    ok = ~np.isnan(y)
    r = sens_slope(y, t, alpha=alpha)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scipy: sqrt of a negative σ² under massive ties
        ref = stats.theilslopes(y[ok], t[ok], alpha=1 - alpha)
    assert _close(r.slope, ref.slope)
    assert _close(r.intercept, ref.intercept)
    assert _close(r.low_slope, ref.low_slope)
    assert _close(r.high_slope, ref.high_slope)
    assert r.n == ok.sum()


@settings(max_examples=300, deadline=None)
@given(series())
def test_matches_pymannkendall_sens_slope(y: np.ndarray) -> None:
    t = np.arange(y.size, dtype=float)
    assume(_enough(y, t))
    r = sens_slope(y)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = pmk.sens_slope(y)
    assert _close(r.slope, ref.slope)
    assert _close(r.intercept, ref.intercept)


@settings(max_examples=100, deadline=None)
@given(series(min_size=8, max_size=60), st.sampled_from([4, 12]))
def test_seasonal_matches_pymannkendall(y: np.ndarray, period: int) -> None:
    try:
        r = sens_slope(y, method="seasonal", period=period)
    except InsufficientDataError:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = pmk.seasonal_sens_slope(y, period=period)
    # pymannkendall's slope is per cycle; ours is per unit of t (positions here)
    assert _close(r.slope * period, ref.slope)
    assert _close(r.intercept, ref.intercept)
    if not math.isnan(r.low_slope):
        assert r.low_slope <= r.slope <= r.high_slope


def test_exact_values() -> None:
    y, t = [1.0, 2.0, 3.0, 4.0, 50.0], [2015, 2016, 2017, 2018, 2019]
    r = sens_slope(y, t)
    assert isinstance(r, SensSlopeResult)
    # pair slopes sorted: 1 1 1 1 1 1 12.25 16 23.5 46 -> median 1; intercept 3 − 1·2017
    assert (r.slope, r.intercept) == (1.0, -2014.0)
    assert r.n_pairs == 10
    assert r.predict(2020) == pytest.approx(6.0)
    # σ² = 5·4·15/18, z = 1.96: Ru = round((10 + 1.96·4.08)/2) = 9, Rl = round(0.99) − 1 = 0
    assert (r.low_slope, r.high_slope) == (1.0, 46.0)
    ref = stats.theilslopes(y, t)
    assert (r.low_slope, r.high_slope) == (ref.low_slope, ref.high_slope)


def test_datetime_axis_gives_slope_per_year() -> None:
    dates = pd.date_range("2015-01-01", periods=6, freq="YS")
    r = sens_slope(pd.Series([10.0, 12, 14, 16, 18, 20], index=dates))
    assert r.slope == pytest.approx(2.0, rel=1e-12)


def test_insufficient_and_bad_input() -> None:
    with pytest.raises(InsufficientDataError, match="two different times"):
        sens_slope([1.0, 2.0], [2000, 2000])
    with pytest.raises(TrendError, match="method"):
        sens_slope([1.0, 2.0, 3.0], method="hamed_rao")  # type: ignore[arg-type]
    df = sens_slope(np.array([[1.0, np.nan, np.nan], [1.0, 2.0, 4.0]]))
    assert df.loc[0, "n"] == 1
    assert math.isnan(df.loc[0, "slope"])
    assert df.loc[1, "slope"] == 1.5


# ------------------------------------------------------------------------ properties


@settings(max_examples=200, deadline=None)
@given(
    st.integers(-1000, 1000),
    st.integers(-50, 50),
    st.lists(st.integers(1900, 2100), min_size=2, max_size=25, unique=True),
)
def test_slope_of_exact_line_is_exact(a: int, b: int, years: list[int]) -> None:
    t = np.asarray(years, dtype=float)
    r = sens_slope(a + b * t, t)
    assert r.slope == b
    assert r.intercept == a  # median(y) − b·median(t) is exact on integers


@settings(max_examples=200, deadline=None)
@given(
    st.integers(-100, 100),
    st.integers(-20, 20),
    st.integers(5, 25),
    st.data(),
    st.floats(1e3, 1e15) | st.floats(-1e15, -1e3),
)
def test_one_outlier_does_not_move_the_slope(a, b, n, data, outlier) -> None:
    t = np.arange(n, dtype=float)
    y = a + b * t
    k = data.draw(st.integers(0, n - 1))
    y[k] = outlier
    assert sens_slope(y, t).slope == b


@settings(max_examples=150, deadline=None)
@given(series(min_size=2))
def test_reversing_time_negates_the_slope(y: np.ndarray) -> None:
    t = np.arange(y.size, dtype=float)
    assume(_enough(y, t))
    fwd, back = sens_slope(y), sens_slope(y[::-1])
    assert back.slope == -fwd.slope
    assert back.low_slope == -fwd.high_slope or math.isnan(fwd.high_slope)


@settings(max_examples=150, deadline=None)
@given(series(min_size=2), st.integers(-(10**6), 10**6), st.integers(-6, 6))
def test_shift_changes_only_intercept_and_scale_scales_slope(y, c, e) -> None:
    t = np.arange(y.size, dtype=float)
    assume(_enough(y, t))
    y = np.round(y)
    base = sens_slope(y)
    shifted = sens_slope(y + c)
    assert (shifted.slope, shifted.low_slope, shifted.high_slope) == (
        base.slope,
        base.low_slope,
        base.high_slope,
    ) or math.isnan(base.low_slope)
    assert shifted.slope == base.slope
    assert shifted.intercept == pytest.approx(base.intercept + c, rel=1e-12, abs=1e-9)
    k = 2.0**e
    scaled = sens_slope(y * k)
    assert scaled.slope == base.slope * k
    assert scaled.intercept == base.intercept * k


# -------------------------------------------------------------------------- forms


@settings(max_examples=60, deadline=None)
@given(st.lists(series(min_size=1, max_size=12), min_size=1, max_size=8), st.booleans())
def test_2d_and_long_frame_equal_per_series(rows: list[np.ndarray], own_t: bool) -> None:
    width = max(r.size for r in rows)
    Y = np.full((len(rows), width), np.nan)
    for i, r in enumerate(rows):
        Y[i, : r.size] = r
    rng = np.random.default_rng(len(rows))
    T = rng.integers(0, 6, Y.shape).astype(float) if own_t else np.arange(width, dtype=float)
    many = sens_slope(Y, T)
    T2 = np.broadcast_to(T, Y.shape)
    long = pd.DataFrame(
        {"k": np.repeat(np.arange(len(rows)), width), "year": T2.ravel(), "value": Y.ravel()}
    )
    grouped = sens_slope(long, by="k")
    for i in range(len(rows)):
        if not _enough(Y[i], T2[i]):
            assert math.isnan(many.loc[i, "slope"])
            continue
        one = sens_slope(Y[i], T2[i])
        for frame in (many, grouped):
            assert frame.loc[i, "slope"] == one.slope
            assert frame.loc[i, "intercept"] == one.intercept
            assert _close(frame.loc[i, "low_slope"], one.low_slope)
            assert frame.loc[i, "n_pairs"] == one.n_pairs


@pytest.mark.parametrize("ties", [False, True])
def test_long_series_streaming_selection_is_exact(monkeypatch, ties: bool) -> None:
    """Series beyond the pair budget: bounded-memory selection equals a full sort."""
    from envindicators.analytics.trends import _kernels

    rng = np.random.default_rng(11)
    n = 700
    y = rng.integers(0, 15, n).astype(float) if ties else rng.standard_cauchy(n)
    y[rng.random(n) < 0.05] = np.nan
    t = np.sort(rng.integers(0, 400, n)).astype(float) if ties else np.arange(n, dtype=float)
    monkeypatch.setattr(_kernels, "PAIR_BUDGET", 5000)
    r = sens_slope(y, t, alpha=0.1)
    ok = ~np.isnan(y)
    ref = stats.theilslopes(y[ok], t[ok], alpha=0.9)
    assert (r.slope, r.intercept, r.low_slope, r.high_slope) == (
        ref.slope,
        ref.intercept,
        ref.low_slope,
        ref.high_slope,
    )
