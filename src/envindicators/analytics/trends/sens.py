r"""Theil–Sen slope with Sen's rank-based confidence interval.

Estimator
---------
For the valid points :math:`(t_k, y_k)` of a series, the slope is the median of the
slopes of all pairs observed at different times (Theil 1950; Sen 1968):

.. math::

    b = \operatorname{median}\left\{ \frac{y_j - y_i}{t_j - t_i} : t_i < t_j \right\}

in units of ``y`` per unit of ``t`` — **per year** when ``t`` is in years or datetimes
(decimal years), per step for ``t=None``.  The intercept follows Conover (1980) and
:func:`scipy.stats.theilslopes` (``method="separate"``): :math:`a = \operatorname{median}(y)
- b\,\operatorname{median}(t)`, so the line passes through the medians; with ``t=None``
that is ``pymannkendall``'s intercept.

Confidence interval
-------------------
Sen (1968, eq. 2.6), as :func:`scipy.stats.theilslopes`: with ``N`` pair slopes sorted
ascending, tie groups ``u`` in ``y`` and ``v`` in ``t``,

.. math::

    \sigma^2 = \tfrac{1}{18}\Big(n(n-1)(2n+5) - \sum u(u-1)(2u+5) - \sum v(v-1)(2v+5)\Big),

    R_u = \min\big(\operatorname{round}((N + z\sigma)/2),\ N-1\big), \qquad
    R_l = \max\big(\operatorname{round}((N - z\sigma)/2) - 1,\ 0\big)

with :math:`z = \Phi^{-1}(1-\alpha/2)` (0-based ranks, round half to even), and the interval
is ``[slope_(R_l), slope_(R_u)]``.  Note the argument convention: ``alpha=0.05`` here is
``theilslopes(alpha=0.95)`` in scipy.

Seasonal slope
--------------
With ``method="seasonal"`` only pairs within the same season are used (Hirsch, Slack &
Smith 1982), ``σ²`` is the sum of the seasons' ``σ²`` and ``N`` the number of
within-season pairs; the intercept uses the medians of all values.  Per unit ``t`` as
above: ``pymannkendall.seasonal_sens_slope`` reports per cycle (``period`` × ours for
``t=None``).

Minimum data: two valid points at different times; otherwise a single series raises
:class:`~envindicators.errors.InsufficientDataError` and many series get NaN in that row.

References
----------
* Theil, H. (1950). A rank-invariant method of linear and polynomial regression analysis.
  *Indagationes Mathematicae* 12, 85–91, 173–177, 467–482.
* Sen, P. K. (1968). Estimates of the regression coefficient based on Kendall's tau.
  *Journal of the American Statistical Association* 63, 1379–1389.
* Conover, W. J. (1980). *Practical Nonparametric Statistics*, 2nd ed. Wiley, 267–271.
* Hirsch, R. M., Slack, J. R., & Smith, R. A. (1982). Techniques of trend analysis for
  monthly water quality data. *Water Resources Research* 18(1), 107–121.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Literal, overload

import numpy as np
import pandas as pd
from scipy import stats

from envindicators.analytics.trends._inference import (
    check_alpha,
    frame,
    insufficient,
    seasonal_panel,
)
from envindicators.analytics.trends._kernels import row_median_sorted, slope_order_stats
from envindicators.analytics.trends._panel import Block, Panel
from envindicators.analytics.trends.mannkendall import (
    CHUNK_VALUES,
    KendallTerms,
    kendall_terms,
    season_block,
)
from envindicators.errors import TrendError

__all__ = ["SensSlopeResult", "sens_slope"]


@dataclass(frozen=True)
class SensSlopeResult:
    """Theil–Sen fit of one series (see :func:`sens_slope`).

    Attributes
    ----------
    slope:
        Median pairwise slope, in units of ``y`` per unit of ``t`` (per year for years).
    intercept:
        ``median(y) − slope · median(t)`` (value of the line at ``t = 0``).
    low_slope, high_slope:
        Sen's ``1 − alpha`` confidence interval of the slope (NaN when undefined).
    n:
        Valid points used.
    n_pairs:
        Number of pair slopes (pairs at different times; within seasons if seasonal).
    alpha:
        ``1 − confidence level``.
    method:
        ``"original"`` or ``"seasonal"``.
    """

    slope: float
    intercept: float
    low_slope: float
    high_slope: float
    n: int
    n_pairs: int
    alpha: float
    method: str = "original"

    def predict(self, at: float | np.ndarray) -> float | np.ndarray:
        """Value of the Theil–Sen line ``intercept + slope · at`` (``at`` on the t axis)."""
        return self.intercept + self.slope * np.asarray(at, dtype=np.float64)


@dataclass(frozen=True)
class SenArrays:
    """Per-series Theil–Sen results of a block (internal)."""

    slope: np.ndarray
    intercept: np.ndarray
    low: np.ndarray
    high: np.ndarray
    n: np.ndarray
    n_pairs: np.ndarray


def sen_block(
    block: Block,
    *,
    alpha: float | None,
    n_seasons: int | None = None,
    terms: KendallTerms | None = None,
    seasons: tuple[Block, KendallTerms] | None = None,
) -> SenArrays:
    """Theil–Sen statistics of every row of a block (``alpha=None``: no interval).

    ``terms`` (of the block) and ``seasons`` (its :func:`season_block` and that block's
    terms) are reused when the caller already has them (:func:`~.trendtest.trend_test`).
    """
    full = terms if terms is not None else kendall_terms(block, with_s=False)
    count = full.n.astype(np.int64)
    intercept_y = row_median_sorted(full.y_sorted, count)
    intercept_t = row_median_sorted(full.t_sorted, count)
    if n_seasons is None:
        work, pool = block, 1
        n_pairs = full.n_pairs
        sig2 = full.sen_sigma2
    else:
        if seasons is None:
            sub = season_block(block, n_seasons)
            seasons = (sub, kendall_terms(sub, with_s=False))
        work, sterms = seasons
        pool = n_seasons
        k = block.y.shape[0]
        n_pairs = sterms.n_pairs.reshape(k, pool).sum(1)
        sig2 = sterms.sen_sigma2.reshape(k, pool).sum(1)
    if alpha is None:
        res = slope_order_stats(work, pool=pool, n_pairs=n_pairs)
    else:
        with np.errstate(invalid="ignore"):
            sigma = np.sqrt(sig2)
        z = float(stats.norm.ppf(alpha / 2.0))
        res = slope_order_stats(work, pool=pool, n_pairs=n_pairs, sigma=sigma, z=z)
    intercept = intercept_y - res.median * intercept_t
    return SenArrays(res.median, intercept, res.low, res.high, full.n, n_pairs)


def sen_panel(panel: Panel, *, alpha: float, n_seasons: int | None) -> SenArrays:
    """:func:`sen_block` over all blocks of a panel, in chunks of bounded memory."""
    m = panel.n_series
    cols = {name: np.full(m, np.nan) for name in SenArrays.__dataclass_fields__}
    cols["n"] = np.zeros(m)
    cols["n_pairs"] = np.zeros(m)
    for whole in panel.blocks:
        for block in whole.chunks(CHUNK_VALUES):
            res = sen_block(block, alpha=alpha, n_seasons=n_seasons)
            for name in cols:
                cols[name][block.rows] = getattr(res, name)
    return SenArrays(**cols)


def sen_columns(res: SenArrays) -> dict[str, np.ndarray]:
    """The many-series columns of :func:`sens_slope`."""
    return {
        "n": res.n,
        "n_pairs": res.n_pairs,
        "slope": res.slope,
        "intercept": res.intercept,
        "low_slope": res.low,
        "high_slope": res.high,
    }


@overload
def sens_slope(
    y: Sequence[float],
    t: object = ...,
    *,
    alpha: float = ...,
    method: Literal["original", "seasonal", "correlated_seasonal"] = ...,
    period: int = ...,
    season: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> SensSlopeResult: ...
@overload
def sens_slope(
    y: pd.DataFrame,
    t: object = ...,
    *,
    alpha: float = ...,
    method: Literal["original", "seasonal", "correlated_seasonal"] = ...,
    period: int = ...,
    season: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> pd.DataFrame: ...
@overload
def sens_slope(
    y: object,
    t: object = ...,
    *,
    alpha: float = ...,
    method: Literal["original", "seasonal", "correlated_seasonal"] = ...,
    period: int = ...,
    season: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> SensSlopeResult | pd.DataFrame: ...
def sens_slope(
    y: object,
    t: object = None,
    *,
    alpha: float = 0.05,
    method: Literal["original", "seasonal", "correlated_seasonal"] = "original",
    period: int = 12,
    season: object = None,
    value: str = "value",
    time: str | None = "year",
    by: Hashable | Sequence[Hashable] | None = None,
) -> SensSlopeResult | pd.DataFrame:
    """Theil–Sen slope, Conover intercept and Sen's confidence interval.

    Formulas, conventions and references are in the module docstring.  NaNs are dropped per
    series.

    Parameters
    ----------
    y, t : array-like, pandas.Series or pandas.DataFrame
        As :func:`~envindicators.analytics.trends.mann_kendall`: one series, a 2-D array of
        many series, or a long DataFrame; ``t`` numbers or datetimes (decimal years).
        Integers beyond 2**53 are refused (the slopes are float arithmetic).
    alpha : float
        The interval has confidence ``1 − alpha`` (scipy's ``theilslopes(alpha=1 − alpha)``).
    method : str
        ``"original"`` or ``"seasonal"`` (within-season pairs only; see ``period``,
        ``season`` in :func:`~envindicators.analytics.trends.mann_kendall`);
        ``"correlated_seasonal"`` is the same slope (the correction changes only the
        test's variance), accepted so that one ``method`` serves both functions.
    period, season : int, array-like
        As for :func:`~envindicators.analytics.trends.mann_kendall`.
    value, time, by : str
        Column names for a long DataFrame.

    Returns
    -------
    SensSlopeResult or pandas.DataFrame
        For many series, a DataFrame indexed by series with columns ``n``, ``n_pairs``
        (int), ``slope``, ``intercept``, ``low_slope``, ``high_slope`` (float); ``attrs``
        hold ``alpha`` and ``method``.

    Raises
    ------
    InsufficientDataError
        A single series without two valid points at different times.

    Examples
    --------
    >>> r = sens_slope([1.0, 2.0, 3.0, 4.0, 50.0], [2015, 2016, 2017, 2018, 2019])
    >>> r.slope, r.intercept
    (1.0, -2014.0)
    """
    alpha = check_alpha(alpha)
    if method not in ("original", "seasonal", "correlated_seasonal"):
        raise TrendError(
            f"method must be 'original' or 'seasonal' ('correlated_seasonal' is accepted "
            f"and gives the seasonal slope), got {method!r}"
        )
    seasonal = method != "original"
    panel = seasonal_panel(
        y, t, seasonal=seasonal, period=period, season=season, value=value, time=time, by=by
    )
    res = sen_panel(
        panel, alpha=alpha, n_seasons=int(panel.n_seasons or period) if seasonal else None
    )
    n, n_pairs = res.n, res.n_pairs
    cols = {"slope": res.slope, "intercept": res.intercept, "low": res.low, "high": res.high}
    enough = (n >= 2) & (n_pairs >= 1)
    if panel.single:
        if not enough[0]:
            raise insufficient("Sen's slope", 2, int(n[0]), " at two different times")
        return SensSlopeResult(
            slope=float(cols["slope"][0]),
            intercept=float(cols["intercept"][0]),
            low_slope=float(cols["low"][0]),
            high_slope=float(cols["high"][0]),
            n=int(n[0]),
            n_pairs=int(n_pairs[0]),
            alpha=alpha,
            method=method,
        )
    return frame(
        panel,
        sen_columns(res),
        ok=enough,
        attrs={"alpha": alpha, "method": method},
        int_columns=("n", "n_pairs"),
    )
