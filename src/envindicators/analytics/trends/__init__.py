"""Trend analytics for indicator series: OLS, log-linear growth, Mann–Kendall, Theil–Sen.

Built for both shapes of data the reports produce: **many short series** (5–15 annual
values per region × indicator) and **long monitoring series** (daily/monthly station data).
Every function takes

* one series (1-D array-like or :class:`pandas.Series`; its index is the time axis unless
  it is a default ``RangeIndex``) → a frozen dataclass;
* many series as a 2-D array ``(n_series, n_points)`` → a DataFrame indexed by ``series``;
* a long DataFrame with ``value=``, ``time=`` and ``by=`` columns → a DataFrame indexed by
  the ``by`` keys (one row per group),

and computes many series at once, vectorised (no Python loop per series).  The time axis
``t`` is numbers (e.g. years), datetimes (converted to decimal years) or ``None``
(positions); slopes are **per unit of t** — per year for years and dates.  NaNs are dropped
per series.  A single series with too few points raises
:class:`~envindicators.errors.InsufficientDataError`; in many-series output such a row holds
NaN and its ``n`` says why.

With `numba <https://numba.pydata.org>`_ installed (``pip install "envindicators[numba]"``)
:func:`mann_kendall`, :func:`sens_slope` and :func:`trend_test` of many short series on one
shared, strictly increasing time axis run compiled kernels, parallel over series, with
identical results (``ENVINDICATORS_NUMBA=0`` turns them off); without it the numpy kernels
run.

=====================================  ==================================================
function                               what
=====================================  ==================================================
:func:`linear_trend`                   OLS slope, intercept, SEs, CIs, prediction at a
                                       date with confidence and prediction intervals
:func:`loglinear_trend`                compound growth rate per unit t with CI
:func:`mann_kendall`                   Mann–Kendall test: original, ``hamed_rao``,
                                       ``seasonal`` (Hirsch et al. 1982),
                                       ``correlated_seasonal`` (Hirsch &
                                       Slack 1984)
:func:`sens_slope`                     Theil–Sen slope, Conover intercept, Sen's CI
:func:`trend_test`                     Mann–Kendall and Sen's slope in one pass
:func:`project`                        trend value and intervals at a deadline
:func:`probability_of_meeting`         P(deadline observation meets a target)
=====================================  ==================================================
"""

from envindicators.analytics.trends._time import decimal_years
from envindicators.analytics.trends.mannkendall import MannKendallResult, mann_kendall
from envindicators.analytics.trends.ols import (
    LinearTrend,
    LogLinearTrend,
    NonPositiveValueError,
    TrendPrediction,
    linear_trend,
    loglinear_trend,
)
from envindicators.analytics.trends.projection import (
    Projection,
    probability_of_meeting,
    project,
)
from envindicators.analytics.trends.sens import SensSlopeResult, sens_slope
from envindicators.analytics.trends.trendtest import TrendTestResult, trend_test

__all__ = [
    "LinearTrend",
    "LogLinearTrend",
    "MannKendallResult",
    "NonPositiveValueError",
    "Projection",
    "SensSlopeResult",
    "TrendPrediction",
    "TrendTestResult",
    "decimal_years",
    "linear_trend",
    "loglinear_trend",
    "mann_kendall",
    "probability_of_meeting",
    "project",
    "sens_slope",
    "trend_test",
]
