"""Eurostat growth-rate assessment and UNESCAP Current Status / Anticipated Progress indices."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from envindicators.analytics.progress import (
    ESCAP_CATEGORY,
    EUROSTAT_CATEGORY,
    ProgressWarning,
    anticipated_progress_index,
    cagr,
    current_status_index,
    escap_aggregate,
    escap_assessment,
    eurostat_assessment,
    eurostat_category,
    eurostat_ratio,
    expected_progress,
)

B2016 = 44 / (1 - 0.043)  # Liaoning PM2.5 in 2016, from 44 µg/m³ in 2017 = 同比下降4.3%


# -- Eurostat --------------------------------------------------------------------------
def test_liaoning_pm25_eurostat() -> None:
    r = eurostat_assessment(B2016, 44.0, 42.0, 2016, 2017, 2020, direction="lower")
    required = (42 / B2016) ** (1 / 4) - 1  # −2.24 % a year
    assert r.actual_rate == pytest.approx(-0.043)
    assert r.required_rate == pytest.approx(required)
    assert r.ratio == pytest.approx(-0.043 / required)  # 1.92
    assert (r.method, r.met, r.category) == ("cagr", False, "significant_progress")


@pytest.mark.parametrize(
    ("ratio", "category"),
    [
        (2.0, "significant_progress"),
        (0.95, "significant_progress"),
        (0.9499, "moderate_progress"),
        (0.60, "moderate_progress"),
        (0.5999, "insufficient_progress"),
        (0.0, "insufficient_progress"),
        (-0.01, "moving_away"),
        (math.nan, None),
    ],
)
def test_eurostat_thresholds(ratio: float, category: str | None) -> None:
    c = eurostat_category(ratio)[0]
    assert (None if pd.isna(c) else c) == category


def test_eurostat_categories_on_arrays_keep_the_index() -> None:
    idx = pd.Index(["a", "b", "c"], name="indicator")
    df = eurostat_assessment(
        pd.Series([100.0, 100.0, 100.0], index=idx),
        pd.Series([120.0, 103.0, 95.0], index=idx),
        150.0,
        2015,
        2020,
        2030,
    )
    assert list(df.index) == ["a", "b", "c"]
    assert df["category"].dtype == EUROSTAT_CATEGORY
    required = 1.5 ** (1 / 15) - 1
    np.testing.assert_allclose(df["required_rate"], required)
    np.testing.assert_allclose(
        df["ratio"],
        [(1.2**0.2 - 1) / required, (1.03**0.2 - 1) / required, (0.95**0.2 - 1) / required],
    )
    assert df["category"].tolist() == [
        "significant_progress",
        "insufficient_progress",
        "moving_away",
    ]


def test_zero_base_is_substituted_and_negative_values_use_linear_rates() -> None:
    # counts from nothing: 0 in 2015, 30 in 2018, target 100 in 2020 — Open SDG: 0 → 0.001
    with pytest.warns(ProgressWarning, match="0.001"):
        r = eurostat_assessment(0.0, 30.0, 100.0, 2015, 2018, 2020)
    assert r.method == "cagr"
    assert r.actual_rate == pytest.approx((30 / 0.001) ** (1 / 3) - 1)
    assert r.required_rate == pytest.approx((100 / 0.001) ** (1 / 5) - 1)
    # the linear reading is one argument away, for every row
    lin = eurostat_assessment(0.0, 30.0, 100.0, 2015, 2018, 2020, method="linear")
    assert (lin.method, lin.actual_rate, lin.required_rate) == ("linear", 10.0, 20.0)
    assert (lin.ratio, lin.category) == (0.5, "insufficient_progress")
    with pytest.warns(ProgressWarning, match="linear"):
        neg = eurostat_assessment(-20.0, -5.0, 10.0, 2015, 2020, 2025)
    assert (neg.method, neg.ratio, neg.category) == ("linear", 1.0, "significant_progress")
    assert np.isnan(cagr(0.0, 5.0, 3))
    assert np.isnan(cagr(-1.0, 5.0, 3))
    assert np.isnan(cagr(1.0, 5.0, 0))


def test_target_met_at_base_deadline_passed_single_observation() -> None:
    met = eurostat_assessment(30.0, 35.0, 42.0, 2015, 2018, 2020, direction="lower")
    assert (met.category, math.isnan(met.ratio)) == ("target_met", True)
    lost = eurostat_assessment(30.0, 45.0, 42.0, 2015, 2018, 2020, direction="lower")
    assert (lost.category, math.isnan(lost.ratio)) == ("moving_away", True)
    folded = eurostat_assessment(
        30.0, 35.0, 42.0, 2015, 2018, 2020, direction="lower", met_category=False
    )
    assert folded.category == "significant_progress"
    late = eurostat_assessment(50.0, 43.0, 42.0, 2015, 2022, 2020, direction="lower")
    assert late.category == "target_missed"  # after the target year: met or missed
    assert late.ratio == pytest.approx(((43 / 50) ** (1 / 7) - 1) / ((42 / 50) ** (1 / 5) - 1))
    single = eurostat_assessment(50.0, 50.0, 42.0, 2018, 2018, 2020, direction="lower")
    assert math.isnan(single.actual_rate)
    assert single.category is None
    done = eurostat_assessment(40.0, 40.0, 42.0, 2018, 2018, 2020, direction="lower")
    assert done.category == "target_met"


def test_dates_as_times() -> None:
    a = eurostat_assessment(100.0, 121.0, 200.0, 2015, 2017, 2025)
    b = eurostat_assessment(
        100.0, 121.0, 200.0, dt.date(2015, 1, 1), dt.date(2017, 1, 1), dt.date(2025, 1, 1)
    )
    assert b.actual_rate == pytest.approx(a.actual_rate, rel=1e-3)
    assert b.ratio == pytest.approx(a.ratio, rel=1e-3)


rates = st.floats(min_value=-0.5, max_value=0.5, allow_nan=False).filter(lambda r: r != 0)


@settings(max_examples=200, deadline=None)
@given(rates)
def test_ratio_is_exactly_one_for_equal_rates(r: float) -> None:
    assert eurostat_ratio(r, r) == 1.0
    assert eurostat_category(eurostat_ratio(r, r))[0] == "significant_progress"


@settings(max_examples=200, deadline=None)
@given(
    st.floats(1.0, 1e6),
    st.floats(-0.3, 0.3).filter(lambda r: abs(r) > 1e-4),
    st.integers(1, 10),
    st.integers(1, 15),
)
def test_ratio_is_one_on_the_required_path(x0: float, r: float, dt_: int, extra: int) -> None:
    T = dt_ + extra
    target = x0 * (1 + r) ** T
    current = x0 * (1 + r) ** dt_
    res = eurostat_assessment(x0, current, target, 0, dt_, T, met_category=False)
    assert res.ratio == pytest.approx(1.0, rel=1e-9)
    assert res.category == "significant_progress"


@settings(max_examples=100, deadline=None)
@given(st.floats(1.0, 1e4), st.floats(1.0, 1e4), st.floats(1.0, 1e4), st.floats(1e-3, 1e3))
def test_eurostat_is_unit_free(x0: float, x1: float, target: float, k: float) -> None:
    assume(abs(target - x0) > 1e-6 * x0)
    a = eurostat_assessment(x0, x1, target, 2015, 2018, 2025)
    b = eurostat_assessment(k * x0, k * x1, k * target, 2015, 2018, 2025)
    assert a.category == b.category or math.isclose(a.ratio, 0.95, rel_tol=1e-6)
    if not math.isnan(a.ratio):
        assert b.ratio == pytest.approx(a.ratio, rel=1e-6, abs=1e-9)


# -- ESCAP -----------------------------------------------------------------------------
def test_current_status_index_examples() -> None:
    assert current_status_index(40.0, 70.0, 100.0) == 0.5
    assert current_status_index(40.0, 120.0, 100.0) == 1.0  # capped: target achieved
    assert current_status_index(40.0, 30.0, 100.0) == pytest.approx(-1 / 6)  # regressed
    assert current_status_index(B2016, 44.0, 42.0) == pytest.approx((44 - B2016) / (42 - B2016))
    # parity (band): distance to the target value from either side
    assert current_status_index(0.5, 0.9, 1.0, direction="band") == pytest.approx(0.8)
    assert current_status_index(0.5, 1.1, 1.0, direction="band") == pytest.approx(0.8)
    # base already at the target
    assert current_status_index(30.0, 35.0, 42.0, direction="lower") == 1.0
    assert np.isnan(current_status_index(30.0, 45.0, 42.0, direction="lower"))


def test_anticipated_progress_index_examples() -> None:
    # base 40 (2015), target 100 (2030); the current value sets the growth rate
    on = escap_assessment(40.0, 60.0, 100.0, 2015, 2020, 2030)
    assert on.predicted == pytest.approx(60 * 1.5**2)  # 135
    assert (on.anticipated_progress, on.category) == (1.0, "on_track")
    slow = escap_assessment(40.0, 50.0, 100.0, 2015, 2020, 2030)
    assert slow.predicted == pytest.approx(50 * 1.25**2)  # 78.125
    assert slow.anticipated_progress == pytest.approx((78.125 - 40) / 60)  # 0.635
    assert slow.category == "needs_acceleration"
    back = escap_assessment(40.0, 35.0, 100.0, 2015, 2020, 2030)
    assert back.anticipated_progress == pytest.approx((35 * (35 / 40) ** 2 - 40) / 60)
    assert back.category == "regressing"
    assert on.expected_progress == pytest.approx(1 / 3)
    assert on.current_status == pytest.approx(20 / 60)


def test_liaoning_pm25_escap() -> None:
    r = escap_assessment(B2016, 44.0, 42.0, 2016, 2017, 2020, direction="lower")
    assert r.predicted == pytest.approx(44 * 0.957**3)  # 38.57 ≤ 42
    assert (r.anticipated_progress, r.category) == (1.0, "on_track")
    assert r.expected_progress == pytest.approx(0.25)
    assert r.current_status == pytest.approx((44 - B2016) / (42 - B2016))  # 0.4971


def test_escap_edge_cases() -> None:
    # zero base: linear extrapolation
    lin = escap_assessment(0.0, 20.0, 100.0, 2015, 2020, 2030)
    assert lin.predicted == pytest.approx(60.0)
    assert lin.anticipated_progress == pytest.approx(0.6)
    # passed target year: the prediction is the latest value
    late = escap_assessment(40.0, 90.0, 100.0, 2015, 2032, 2030)
    assert late.predicted == 90.0
    assert late.category == "needs_acceleration"
    # single observation: no trend, no prediction
    single = escap_assessment(40.0, 40.0, 100.0, 2020, 2020, 2030)
    assert np.isnan(single.predicted)
    assert single.category is None
    # the caller's own prediction
    assert anticipated_progress_index(40, 60, 100, 2015, 2020, 2030, predicted=90) == (
        pytest.approx(50 / 60)
    )
    assert expected_progress(2015, 2035, 2030) == 1.0


def test_escap_aggregate_simple_means() -> None:
    df = escap_assessment(
        np.array([40.0, 40.0, 40.0, 10.0]),
        np.array([60.0, 50.0, 35.0, 5.0]),
        np.array([100.0, 100.0, 100.0, 0.0]),
        2015,
        2020,
        2030,
    )
    df["goal"] = ["G6", "G6", "G7", "G7"]
    out = escap_aggregate(df, by="goal")
    g6 = df.loc[df.goal == "G6", "current_status"].mean()
    assert out.loc["G6", "current_status"] == pytest.approx(g6)
    assert out.loc["G6", "status_gap"] == pytest.approx(1 - g6)
    assert out.loc["G7", "n"] == 2
    assert out["category"].dtype == ESCAP_CATEGORY
    total = escap_aggregate(df)
    assert total["current_status"].iloc[0] == pytest.approx(df["current_status"].mean())


finite = st.floats(-1e4, 1e4, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(finite, finite, finite, st.floats(-100, 100).filter(lambda a: abs(a) > 1e-3), finite)
def test_current_status_index_is_affine_invariant(
    b: float, x: float, t: float, a: float, c: float
) -> None:
    assume(abs(t - b) > 1e-3)
    csi = current_status_index(b, x, t)
    moved = current_status_index(a * b + c, a * x + c, a * t + c)
    assert csi <= 1.0
    assert moved == pytest.approx(csi, rel=1e-6, abs=1e-6)


@settings(max_examples=100, deadline=None)
@given(st.floats(1.0, 1e4), st.floats(1.0, 1e4), st.floats(1.0, 1e4))
def test_api_is_one_when_the_prediction_reaches_the_target(b: float, x: float, t: float) -> None:
    assume(abs(t - b) > 1e-6 * b)
    assert anticipated_progress_index(b, x, t, 2015, 2020, 2030, predicted=t) == 1.0


# -- issue 11: one rule per indicator (zero targets, bands, no direction, passed year) -----
def test_zero_target_follows_open_sdg_not_a_switch_of_formula() -> None:
    """清零: 100 → 50 of a target 0 by 2025 is assessed like a target of 1e-6 (CAGR)."""
    with pytest.warns(ProgressWarning, match="zero target"):
        zero = eurostat_assessment(100, 50, 0.0, 2015, 2020, 2025)
    tiny = eurostat_assessment(100, 50, 1e-6, 2015, 2020, 2025)
    assert zero.method == tiny.method == "cagr"
    assert zero.required_rate == pytest.approx((0.001 / 100) ** (1 / 10) - 1)
    assert zero.category == tiny.category == "insufficient_progress"
    assert 0.1 < tiny.ratio < zero.ratio < 0.6


def test_band_target_is_assessed_on_the_distance() -> None:
    """Parity 1.0: 1.2 → 0.7 moves away from it (distance 0.2 → 0.3), 1.2 → 1.1 towards."""
    away = eurostat_assessment(1.2, 0.7, 1.0, 2015, 2020, 2030, direction="band")
    assert (away.method, away.met, away.category) == ("distance", False, "moving_away")
    assert away.ratio == pytest.approx(-1.5)
    near = eurostat_assessment(1.2, 1.1, 1.0, 2015, 2020, 2030, direction="band")
    assert (near.ratio, near.category) == (pytest.approx(1.5), "significant_progress")
    there = eurostat_assessment(1.2, 1.0, 1.0, 2015, 2020, 2030, direction="band")
    assert (there.met, there.category) == (True, "target_met")
    assert current_status_index(1.2, 0.7, 1.0, direction="band") == pytest.approx(-0.5)


@pytest.mark.parametrize("current", [45.0, 35.0])
def test_base_equal_to_target_without_direction_is_not_assessable(current: float) -> None:
    r = eurostat_assessment(40.0, current, 40.0, 2015, 2020, 2030)
    assert (r.met, r.category, math.isnan(r.ratio)) == (None, None, True)
    assert np.isnan(current_status_index(40.0, current, 40.0))
    assert np.isnan(anticipated_progress_index(40.0, current, 40.0, 2015, 2020, 2030))
    # with a direction it is assessable again
    d = eurostat_assessment(40.0, current, 40.0, 2015, 2020, 2030, direction="lower")
    assert d.category == ("target_met" if current <= 40 else "moving_away")


def test_after_the_target_year_only_met_or_missed() -> None:
    missed = eurostat_assessment(100, 60, 50, 2015, 2035, 2030)
    assert (missed.met, missed.category) == (False, "target_missed")
    met = eurostat_assessment(100, 45, 50, 2015, 2035, 2030)
    assert (met.met, met.category) == (True, "target_met")
    at = eurostat_assessment(100, 60, 50, 2015, 2030, 2030)
    assert at.category == "target_missed"


def test_escap_indices_are_bounded_per_indicator() -> None:
    """A tiny required change (100 → 100.01) and a fall to 97 gives −300 unbounded."""
    assert current_status_index(100.0, 97.0, 100.01, floor=-np.inf) == pytest.approx(-300)
    assert current_status_index(100.0, 97.0, 100.01) == -1.0
    df = escap_assessment(
        np.array([100.0, 40.0]), np.array([97.0, 70.0]), np.array([100.01, 100.0]),
        2015, 2020, 2030,
    )  # fmt: skip
    assert df["current_status"].tolist() == pytest.approx([-1.0, 0.5])
    assert escap_aggregate(df)["current_status"].iloc[0] == pytest.approx(-0.25)
    with pytest.raises(ValueError, match="floor"):
        current_status_index(1.0, 2.0, 3.0, floor=2.0, cap=1.0)


@settings(max_examples=150, deadline=None)
@given(finite, finite, finite, st.sampled_from([None, "higher", "lower", "band"]))
def test_escap_indices_stay_within_their_bounds(b: float, x: float, t: float, d) -> None:
    csi = current_status_index(b, x, t, direction=d)
    assert np.isnan(csi) or -1.0 <= csi <= 1.0
    api = anticipated_progress_index(b, x, t, 2015, 2020, 2030, direction=d, predicted=x)
    assert np.isnan(api) or -1.0 <= api <= 1.0


@settings(max_examples=150, deadline=None)
@given(
    st.floats(1.0, 1e4),
    st.floats(0.0, 1e4),
    st.floats(1e-6, 1e-3),
    st.integers(1, 9),
)
def test_zero_target_is_continuous_with_the_substitute(
    x0: float, x1: float, eps: float, dt_: int
) -> None:
    """Target 0 is assessed exactly as a target of zero_substitute (one formula).

    ``met`` is judged against the real target: a current value between 0 and the
    substitute meets the substitute but not 0, so such values are left out here.
    """
    import warnings as w

    assume(x1 > eps)

    with w.catch_warnings():
        w.simplefilter("ignore", ProgressWarning)
        a = eurostat_assessment(x0, x1, 0.0, 0, dt_, 10, zero_substitute=eps)
    b = eurostat_assessment(x0, x1, eps, 0, dt_, 10)
    assert a.method == b.method == "cagr"
    assert a.category == b.category
    if not math.isnan(b.ratio):
        assert a.ratio == pytest.approx(b.ratio, rel=1e-9, abs=1e-12)
