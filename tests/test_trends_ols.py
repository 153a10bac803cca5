"""Linear and log-linear OLS trends: agreement with statsmodels, invariants, errors."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from envindicators.analytics.trends import (
    LinearTrend,
    LogLinearTrend,
    NonPositiveValueError,
    linear_trend,
    loglinear_trend,
)
from envindicators.errors import InsufficientDataError, TrendError

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

TOL = 1e-10


def _close(a: float, b: float, tol: float = TOL, scale: float = 1.0) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol * scale)


@st.composite
def regression(draw, min_size: int = 3, max_size: int = 25):
    """(t, y): years (possibly tied, possibly fractional) and values, NaNs injected."""
    n = draw(st.integers(min_size, max_size))
    start = draw(st.sampled_from([0.0, 1990.0, 2015.0]))
    if draw(st.booleans()):
        t = start + np.asarray(draw(st.lists(st.integers(0, 12), min_size=n, max_size=n)), float)
    else:
        t = start + np.arange(n) * draw(st.sampled_from([1.0, 0.25, 1 / 12]))
    if draw(st.booleans()):
        y = np.asarray(draw(st.lists(st.integers(-5, 5), min_size=n, max_size=n)), float)
    else:
        y = np.asarray(
            draw(st.lists(st.floats(-1e4, 1e4, allow_subnormal=False), min_size=n, max_size=n))
        )
    if draw(st.booleans()):
        y[np.asarray(draw(st.lists(st.booleans(), min_size=n, max_size=n)))] = np.nan
    return t, y


def _statsmodels(t: np.ndarray, y: np.ndarray, alpha: float, at: float, centred: bool = True):
    """statsmodels OLS of the valid points: the reference.

    ``centred`` regresses on ``t − t̄`` (the same model, reparametrised; the intercept and
    its SE are mapped back below, and predictions are at ``at − t̄``).  Regressing on raw
    years (``centred=False``) is ill-conditioned: statsmodels' own rounding error is then
    ~1e-10 of the data scale, so that comparison is made with a looser tolerance.
    """
    ok = ~np.isnan(y)
    tm = float(t[ok].mean()) if centred else 0.0
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        res = sm.OLS(y[ok], sm.add_constant(t[ok] - tm, has_constant="add")).fit()
        frame = res.get_prediction(np.array([[1.0, at - tm]])).summary_frame(alpha=alpha)
        cov = np.asarray(res.cov_params())
        ref = {
            "slope": res.params[1],
            "intercept": res.params[0] - res.params[1] * tm,
            "slope_se": res.bse[1],
            "intercept_se": math.sqrt(
                max(cov[0, 0] + tm * tm * cov[1, 1] - 2 * tm * cov[0, 1], 0.0)
            ),
            "slope_ci": np.asarray(res.conf_int(alpha))[1],
            "p_value": res.pvalues[1],
            "r_squared": res.rsquared,
        }
    return ref, frame.iloc[0]


def _fits(t: np.ndarray, y: np.ndarray) -> bool:
    ok = ~np.isnan(y)
    return ok.sum() >= 3 and np.ptp(t[ok]) > 0


def _check_against_statsmodels(fit: dict, ref: dict, pred, scale: float, tol=TOL) -> None:
    assert _close(fit["slope"], ref["slope"], tol, scale)
    assert _close(fit["intercept"], ref["intercept"], tol, scale * 1e4)
    assert _close(fit["slope_se"], ref["slope_se"], tol, scale)
    assert _close(fit["intercept_se"], ref["intercept_se"], tol, scale * 1e4)
    assert _close(fit["slope_ci_lower"], ref["slope_ci"][0], tol, scale)
    assert _close(fit["slope_ci_upper"], ref["slope_ci"][1], tol, scale)
    if fit["slope_se"] > 1e-6 * scale:  # else t = b/se is rounding noise (NaN for us)
        assert _close(fit["p_value"], ref["p_value"], tol=1e-8)
    for name in ("mean", "mean_se", "mean_ci_lower", "mean_ci_upper"):
        assert _close(fit[name], pred[name], tol, scale), name
    for name in ("obs_ci_lower", "obs_ci_upper"):
        assert _close(fit[name], pred[name], tol, scale), name


@settings(max_examples=200, deadline=None)
@given(regression(), st.sampled_from([0.05, 0.1]))
def test_single_series_matches_statsmodels(data, alpha: float) -> None:
    t, y = data
    if not _fits(t, y):
        with pytest.raises(InsufficientDataError):
            linear_trend(y, t)
        return
    at = float(np.nanmax(t) + 5)
    fit = linear_trend(y, t, alpha=alpha, at=at)
    assert isinstance(fit, LinearTrend)
    ref, pred = _statsmodels(t, y, alpha, at)
    scale = max(1.0, float(np.nanmax(np.abs(y))))
    row = {**fit.__dict__, **fit.prediction.__dict__}
    _check_against_statsmodels(row, ref, pred, scale)
    raw, raw_pred = _statsmodels(t, y, alpha, at, centred=False)
    _check_against_statsmodels(row, raw, raw_pred, scale, tol=1e-6)
    assert fit.n == int(np.sum(~np.isnan(y)))
    assert fit.df_resid == fit.n - 2
    assert _close(fit.r_squared, ref["r_squared"], 1e-8)


@settings(max_examples=60, deadline=None)
@given(st.lists(regression(min_size=1, max_size=10), min_size=1, max_size=6))
def test_many_series_closed_form_matches_statsmodels(rows) -> None:
    width = max(t.size for t, _ in rows)
    T = np.full((len(rows), width), np.nan)
    Y = np.full((len(rows), width), np.nan)
    for i, (t, y) in enumerate(rows):
        T[i, : t.size], Y[i, : y.size] = t, y
    at = 2030.0
    df = linear_trend(Y, T, at=at)
    for i, (t, y) in enumerate(rows):
        if not _fits(t, y):
            assert math.isnan(df.loc[i, "slope"])
            continue
        ref, pred = _statsmodels(t, y, 0.05, at)
        row = df.loc[i].to_dict()
        _check_against_statsmodels(row, ref, pred, max(1.0, float(np.nanmax(np.abs(y)))))
        assert df.loc[i, "n"] == int(np.sum(~np.isnan(y)))


def test_prediction_intervals_nest_and_widen_away_from_the_data() -> None:
    fit = linear_trend([10.0, 12.0, 13.0, 15.0, 15.5], [2016, 2017, 2018, 2019, 2020])
    near, far = fit.predict(2021), fit.predict(2030)
    for p in (near, far):
        assert p.obs_ci_lower < p.mean_ci_lower < p.mean < p.mean_ci_upper < p.obs_ci_upper
    assert far.obs_ci_upper - far.obs_ci_lower > near.obs_ci_upper - near.obs_ci_lower
    assert fit.predict(2021, alpha=0.5).obs_ci_upper < near.obs_ci_upper
    assert fit.predict("2021-01-01").at == 2021.0


def test_datetime_axis_slope_is_per_year() -> None:
    days = pd.date_range("2019-01-01", "2022-12-31", freq="7D")
    from envindicators.analytics.trends import decimal_years

    y = 3.0 + 2.5 * (decimal_years(days) - 2019)
    fit = linear_trend(pd.Series(y, index=days))
    assert fit.slope == pytest.approx(2.5, rel=1e-12)
    assert fit.time_kind == "datetime"
    with pytest.raises(TrendError, match="no time axis"):
        linear_trend([1.0, 2.0, 4.0]).predict("2020-01-01")


@settings(max_examples=100, deadline=None)
@given(
    st.floats(-1e3, 1e3),
    st.floats(-1e2, 1e2),
    st.lists(st.integers(1990, 2030), min_size=3, max_size=20, unique=True),
)
def test_exact_line_recovers_slope(a: float, b: float, years: list[int]) -> None:
    t = np.asarray(years, dtype=float)
    fit = linear_trend(a + b * (t - 2000), t)
    assert fit.slope == pytest.approx(b, rel=1e-9, abs=1e-9)
    assert fit.sigma == pytest.approx(0.0, abs=1e-8 * max(1.0, abs(a), abs(b) * 30))


@settings(max_examples=100, deadline=None)
@given(regression(), st.floats(-1e3, 1e3), st.sampled_from([-4.0, -1.0, 0.5, 3.0]))
def test_shift_and_scale(data, c: float, k: float) -> None:
    t, y = data
    assume(_fits(t, y))
    base = linear_trend(y, t)
    scale = max(1.0, float(np.nanmax(np.abs(y))), abs(c))
    shifted = linear_trend(y + c, t)
    assert _close(shifted.slope, base.slope, tol=1e-8, scale=scale)
    assert _close(shifted.slope_se, base.slope_se, tol=1e-8, scale=scale)
    assert _close(shifted.intercept, base.intercept + c, tol=1e-8, scale=scale * 1e4)
    scaled = linear_trend(y * k, t)
    assert _close(scaled.slope, base.slope * k, tol=1e-9, scale=scale)
    back = linear_trend(y[::-1], -t[::-1])
    assert _close(back.slope, -base.slope, tol=1e-9, scale=scale)


def test_insufficient_data() -> None:
    with pytest.raises(InsufficientDataError, match="at least 3"):
        linear_trend([1.0, 2.0, np.nan])
    with pytest.raises(InsufficientDataError, match="distinct times"):
        linear_trend([1.0, 2.0, 3.0], [2020, 2020, 2020])


# ----------------------------------------------------------------------- log-linear


def test_loglinear_recovers_compound_growth() -> None:
    years = np.arange(2010, 2021, dtype=float)
    y = 250.0 * 1.07 ** (years - 2010)
    fit = loglinear_trend(y, years, at=2025)
    assert isinstance(fit, LogLinearTrend)
    assert fit.rate == pytest.approx(0.07, rel=1e-12)
    assert fit.rate_ci_lower == pytest.approx(0.07, rel=1e-9)
    assert fit.prediction.mean == pytest.approx(250.0 * 1.07**15, rel=1e-10)
    assert fit.n == 11


@settings(max_examples=100, deadline=None)
@given(regression())
def test_loglinear_is_ols_on_log(data) -> None:
    t, y = data
    y = np.exp(np.clip(y, -50, 50) / 10.0)
    assume(_fits(t, y))
    at = float(np.nanmax(t)) + 3.0
    fit = loglinear_trend(y, t, at=at)
    ols = linear_trend(np.log(y), t, at=at)
    assert fit.log_fit.slope == ols.slope
    assert fit.rate == pytest.approx(math.expm1(ols.slope), rel=1e-12)
    # the CI encloses the rate (it collapses onto it when slope_se is float noise)
    assert fit.rate_ci_lower <= fit.rate <= fit.rate_ci_upper
    # a wide interval on the log scale may overflow on the original one: both sides are then +inf
    with np.errstate(over="ignore"):
        expected_upper = float(np.exp(ols.prediction.obs_ci_upper))
    assert fit.prediction.obs_ci_upper == pytest.approx(expected_upper)
    many = loglinear_trend(np.vstack([y, y]), t, at=at)
    assert _close(many.loc[0, "rate"], fit.rate, tol=1e-9)
    assert _close(many.loc[1, "mean"], fit.prediction.mean, tol=1e-9)


def test_loglinear_rejects_non_positive_values_naming_the_point() -> None:
    with pytest.raises(NonPositiveValueError, match="index 2") as err:
        loglinear_trend([3.0, 2.0, 0.0, 4.0])
    assert err.value.value == 0.0
    assert isinstance(err.value, TrendError)
    df = pd.DataFrame(
        {
            "region": ["A", "A", "A", "B", "B", "B"],
            "year": [2018, 2019, 2020, 2018, 2019, 2020],
            "value": [1.0, 2.0, 3.0, 5.0, -1.0, 2.0],
        },
        index=[10, 11, 12, 13, 14, 15],
    )
    with pytest.raises(NonPositiveValueError, match=r"index 14 of series 'B'"):
        loglinear_trend(df, by="region")
    ok = loglinear_trend(df[df.value > 0], by="region")
    assert list(ok.index) == ["A", "B"]
    assert ok.loc["B", "n"] == 2
    assert math.isnan(ok.loc["B", "rate"])
