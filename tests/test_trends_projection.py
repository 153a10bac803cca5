"""Projection to a deadline and probability of meeting a target."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats

from envindicators.analytics.trends import (
    NonPositiveValueError,
    Projection,
    linear_trend,
    probability_of_meeting,
    project,
)
from envindicators.errors import InsufficientDataError, TrendError
from envindicators.model.vocab import Comparator

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

YEARS = np.arange(2016, 2021, dtype=float)
GOOD_DAYS = np.array([60.0, 64.0, 67.0, 71.0, 74.0])  # 优良天数比例, %


@st.composite
def short_series(draw, min_size: int = 3, max_size: int = 15):
    n = draw(st.integers(min_size, max_size))
    t = 2010.0 + np.arange(n)
    y = np.asarray(
        draw(st.lists(st.floats(-100, 100, allow_subnormal=False), min_size=n, max_size=n))
    )
    assume(np.ptp(y) > 1e-6)
    return t, y


def test_ols_probability_is_the_student_t_predictive_tail() -> None:
    res = sm.OLS(GOOD_DAYS, sm.add_constant(YEARS)).fit()
    pred = res.get_prediction(np.array([[1.0, 2023.0]]))
    se_obs = math.sqrt(pred.se_mean[0] ** 2 + res.scale)
    expected = stats.t.sf((85.0 - pred.predicted_mean[0]) / se_obs, res.df_resid)
    p = probability_of_meeting(GOOD_DAYS, YEARS, target=85.0, deadline=2023, comparator="ge")
    assert p == pytest.approx(expected, rel=1e-10)
    # at the 95 % prediction bounds the tail probabilities are exactly 2.5 %
    frame = pred.summary_frame(alpha=0.05).iloc[0]
    for comparator, bound, value in (
        ("ge", frame.obs_ci_upper, 0.025),
        ("le", frame.obs_ci_lower, 0.025),
        ("ge", frame.obs_ci_lower, 0.975),
    ):
        got = probability_of_meeting(
            GOOD_DAYS, YEARS, target=bound, deadline=2023, comparator=comparator
        )
        assert got == pytest.approx(value, rel=1e-9)


@settings(max_examples=80, deadline=None)
@given(short_series(), st.floats(-200, 200), st.floats(0.1, 50), st.integers(0, 10))
def test_comparators_partition_the_probability(data, c: float, width: float, ahead: int) -> None:
    t, y = data
    d = float(t[-1] + ahead)

    def p(comparator, **kw):
        return probability_of_meeting(y, t, deadline=d, comparator=comparator, **kw)

    assert p("ge", target=c) + p("lt", target=c) == pytest.approx(1.0, abs=1e-12)
    assert p("gt", target=c) == p("ge", target=c)
    band = p("band", target=c, target_high=c + width)
    assert band == pytest.approx(p("le", target=c + width) - p("lt", target=c), abs=1e-12)
    assert p("band", target=(c, c + width)) == band
    approx = p(Comparator.APPROX, target=c + width / 2, tolerance=width / 2)
    assert approx == pytest.approx(band, abs=1e-12)
    assert p("eq", target=c + width / 2, tolerance=width / 2) == approx


@settings(max_examples=60, deadline=None)
@given(short_series(), st.floats(-200, 200), st.floats(0.01, 50))
def test_probability_is_monotone_in_the_target(data, c: float, step: float) -> None:
    t, y = data
    for method in ("ols", "theil_sen"):
        kw = {"deadline": t[-1] + 3, "method": method, "n_boot": 200, "rng": 7}
        lower = probability_of_meeting(y, t, target=c, **kw)
        higher = probability_of_meeting(y, t, target=c + step, **kw)
        assert 0.0 <= higher <= lower <= 1.0


@settings(max_examples=60, deadline=None)
@given(short_series(), st.floats(-200, 200))
def test_higher_and_lower_is_better_are_symmetric(data, c: float) -> None:
    t, y = data
    for method in ("ols", "theil_sen"):
        kw = {"deadline": t[-1] + 2, "method": method, "n_boot": 200, "rng": 3}
        up = probability_of_meeting(y, t, target=c, comparator="ge", **kw)
        down = probability_of_meeting(-y, t, target=-c, comparator="le", **kw)
        assert up == pytest.approx(down, abs=1e-12)


def test_theil_sen_bootstrap_is_seeded_and_close_to_ols_for_normal_noise() -> None:
    rng = np.random.default_rng(0)
    t = np.arange(2000, 2030, dtype=float)
    y = 40 + 0.8 * (t - 2000) + rng.normal(0, 2, t.size)
    kw = {"target": 70.0, "deadline": 2035, "n_boot": 4000}
    a = probability_of_meeting(y, t, method="theil_sen", rng=1, **kw)
    b = probability_of_meeting(y, t, method="theil_sen", rng=np.random.default_rng(1), **kw)
    assert a == b
    ols, ts = project(y, t, to=2035), project(y, t, to=2035, method="theil_sen", rng=1)
    # same data-generating model: the predictive spreads agree (30 points, normal noise)
    ratio = (ts.pi_upper - ts.pi_lower) / (ols.pi_upper - ols.pi_lower)
    assert 0.85 < ratio < 1.15
    # and at the bootstrap's own predictive median the probability is one half
    median = float(np.median(_draws(y, t)))
    p_mid = probability_of_meeting(y, t, target=median, deadline=2035, method="theil_sen", rng=1)
    assert p_mid == pytest.approx(0.5, abs=0.01)
    proj = project(y, t, to=2035, method="theil_sen", rng=1, n_boot=4000)
    assert proj.pi_lower < proj.ci_lower < proj.estimate < proj.ci_upper < proj.pi_upper


def _draws(y: np.ndarray, t: np.ndarray) -> np.ndarray:
    from envindicators.analytics.trends._panel import as_panel
    from envindicators.analytics.trends.projection import _ts_bootstrap

    boot = _ts_bootstrap(as_panel(y, t), np.array([2035.0]), 2000, np.random.default_rng(1))
    return boot.draws[0]


def test_project_ols_equals_linear_trend_prediction() -> None:
    proj = project(GOOD_DAYS, YEARS, to=2023, alpha=0.1)
    assert isinstance(proj, Projection)
    pred = linear_trend(GOOD_DAYS, YEARS, alpha=0.1).predict(2023)
    assert (proj.estimate, proj.ci_lower, proj.ci_upper) == pytest.approx(
        (pred.mean, pred.mean_ci_lower, pred.mean_ci_upper), rel=1e-12
    )
    assert (proj.pi_lower, proj.pi_upper) == pytest.approx(
        (pred.obs_ci_lower, pred.obs_ci_upper), rel=1e-12
    )


def test_loglinear_projection_and_probability() -> None:
    years = np.arange(2015, 2021, dtype=float)
    y = 100 * 1.1 ** (years - 2015) * np.array([1.01, 0.99, 1.0, 1.02, 0.98, 1.0])
    proj = project(y, years, to=2025, method="loglinear")
    assert proj.estimate == pytest.approx(100 * 1.1**10, rel=0.05)
    assert proj.pi_lower < proj.estimate < proj.pi_upper
    p = probability_of_meeting(y, years, target=proj.estimate, deadline=2025, method="loglinear")
    assert p == pytest.approx(0.5, abs=1e-12)  # the median of the log-normal predictive
    never = probability_of_meeting(
        y, years, target=-1.0, deadline=2025, method="loglinear", comparator="le"
    )
    assert never == 0.0
    with pytest.raises(NonPositiveValueError):
        project([1.0, 0.0, 2.0], to=5, method="loglinear")


def test_many_series_with_per_group_targets() -> None:
    df = pd.DataFrame(
        {
            "region": ["太原市"] * 5 + ["晋中市"] * 5 + ["平遥县"] * 2,
            "indicator": "pm25_concentration",
            "year": [2016, 2017, 2018, 2019, 2020] * 2 + [2019, 2020],
            "value": [66, 60, 58, 55, 50, 70, 69, 71, 68, 67, 40, 38],
        }
    )
    keys = pd.MultiIndex.from_tuples(
        [
            ("太原市", "pm25_concentration"),
            ("晋中市", "pm25_concentration"),
            ("平遥县", "pm25_concentration"),
        ],
        names=["region", "indicator"],
    )
    targets = pd.Series([45.0, 45.0, 35.0], index=keys)
    p = probability_of_meeting(
        df, by=["region", "indicator"], target=targets, comparator="le", deadline=2022
    )
    assert p.name == "probability"
    assert p.loc[("太原市", "pm25_concentration")] > 0.5
    assert p.loc[("晋中市", "pm25_concentration")] < 0.05
    assert math.isnan(p.loc[("平遥县", "pm25_concentration")])  # two points only
    one = probability_of_meeting(
        df[df.region == "太原市"].set_index("year")["value"].astype(float),
        target=45.0,
        comparator="le",
        deadline=2022,
    )
    assert p.loc[("太原市", "pm25_concentration")] == pytest.approx(one, rel=1e-12)
    with pytest.raises(TrendError, match="no value for series"):
        probability_of_meeting(
            df, by=["region", "indicator"], target=targets.iloc[:2], deadline=2022
        )
    frame = project(df, by=["region", "indicator"], to=2022, method="theil_sen", rng=0)
    assert list(frame.columns) == [
        "n",
        "at",
        "estimate",
        "ci_lower",
        "ci_upper",
        "pi_lower",
        "pi_upper",
    ]
    assert frame["n"].to_dict() == dict(zip(keys, [5, 5, 2], strict=True))
    assert frame.index.equals(keys.sort_values())  # groups come sorted by key


def test_date_deadlines_and_errors() -> None:
    s = pd.Series(GOOD_DAYS, index=pd.to_datetime([f"{y}-12-31" for y in range(2016, 2021)]))
    by_date = probability_of_meeting(s, target=85.0, deadline="2023-12-31")
    by_year = probability_of_meeting(GOOD_DAYS, YEARS, target=85.0, deadline=2023)
    # Dec 31 is 2016.99727 in a leap year and 2017.99726 otherwise: nearly, not exactly, years
    assert by_date == pytest.approx(by_year, rel=1e-4)
    with pytest.raises(TrendError, match="no time axis"):
        probability_of_meeting(GOOD_DAYS, target=85.0, deadline="2023-12-31")
    with pytest.raises(TrendError, match="tolerance"):
        probability_of_meeting(GOOD_DAYS, YEARS, target=85, deadline=2023, comparator="approx")
    with pytest.raises(TrendError, match="target_high"):
        probability_of_meeting(GOOD_DAYS, YEARS, target=85, deadline=2023, comparator="band")
    with pytest.raises(TrendError, match="comparator"):
        probability_of_meeting(GOOD_DAYS, YEARS, target=85, deadline=2023, comparator=">=")
    with pytest.raises(TrendError, match="method"):
        project(GOOD_DAYS, YEARS, to=2023, method="sen")  # type: ignore[arg-type]
    with pytest.raises(InsufficientDataError):
        probability_of_meeting([1.0, 2.0], target=3, deadline=4)
    with pytest.raises(InsufficientDataError):
        project([1.0, 2.0, 3.0], [2020, 2020, 2020], to=2021)


def test_perfect_fit_is_not_false_certainty() -> None:
    """Issue 11 (12): an exact line used to give P = 1.0 / 0.0; now NaN with a warning."""
    from envindicators.analytics.trends.projection import DegenerateFitWarning

    y = 2.0 * YEARS - 4000
    for comparator in ("ge", "gt", "le"):
        with pytest.warns(DegenerateFitWarning):
            p = probability_of_meeting(y, YEARS, target=46.0, deadline=2023, comparator=comparator)
        assert np.isnan(p)


@pytest.mark.parametrize("ahead", [1, 4, 7])
def test_theil_sen_prediction_interval_is_calibrated_for_short_series(ahead: int) -> None:
    """Issue 11 (12): 2,000 simulated series of n = 8 with normal errors; the nominal 90 %
    interval of the next observation covers 90 ± 3 % (the bootstrap covered 80–84 %)."""
    rng = np.random.default_rng(100 + ahead)
    t = np.arange(8, dtype=float)
    y = 1.0 + 0.5 * t + rng.normal(size=(2000, 8))
    new = 1.0 + 0.5 * (7 + ahead) + rng.normal(size=2000)
    pr = project(y, t, to=7 + ahead, method="theil_sen", alpha=0.10, rng=1)
    coverage = ((new >= pr["pi_lower"]) & (new <= pr["pi_upper"])).mean()
    assert 0.87 <= coverage <= 0.93
    p = probability_of_meeting(y, t, target=1.0 + 0.5 * (7 + ahead), deadline=7 + ahead,
                               method="theil_sen")  # fmt: skip
    assert 0.4 < p.mean() < 0.6


@pytest.mark.parametrize("method", ["ols", "theil_sen", "loglinear"])
def test_exactly_collinear_points_give_nan_with_a_warning(method: str) -> None:
    from envindicators.analytics.trends.projection import DegenerateFitWarning

    y = [10.0, 12.0, 14.0, 16.0]
    if method == "loglinear":
        y = [10.0, 20.0, 40.0, 80.0]
    with pytest.warns(DegenerateFitWarning, match="exactly"):
        p = probability_of_meeting(y, [2016, 2017, 2018, 2019], target=17.0, deadline=2020,
                                   method=method)  # fmt: skip
    assert np.isnan(p)
    noisy = probability_of_meeting([10.0, 12.5, 13.5, 16.0], [2016, 2017, 2018, 2019],
                                   target=17.0, deadline=2020, method=method)  # fmt: skip
    assert 0.0 < noisy < 1.0
