"""Mann–Kendall test and Sen's slope in one pass, sharing the panel, ranks and tie terms.

A trend analysis nearly always wants both: *is* there a monotonic trend (Mann–Kendall)
and *how steep* is it (Theil–Sen).  Calling :func:`~.mannkendall.mann_kendall` and
:func:`~.sens.sens_slope` separately normalises the input twice and sorts every series
twice; :func:`trend_test` builds the panel once, sorts each row once (ranks, sorted values
and tie terms for both statistics), and — for Hamed–Rao — detrends with the Sen slope it
reports.  Results are identical to the two separate calls; the formulas and references
are in :mod:`.mannkendall` and :mod:`.sens`.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np
import pandas as pd

from envindicators.analytics.trends._inference import (
    check_alpha,
    frame,
    insufficient,
    seasonal_panel,
)
from envindicators.analytics.trends._panel import Panel
from envindicators.analytics.trends.mannkendall import (
    CHUNK_VALUES,
    MIN_POINTS,
    SEASONAL_METHODS,
    MannKendallResult,
    Method,
    MKArrays,
    _validate_method,
    check_acf_alpha,
    kendall_terms,
    mk_block,
    mk_columns,
    season_block,
)
from envindicators.analytics.trends.sens import SenArrays, SensSlopeResult, sen_block

__all__ = ["TrendTestResult", "trend_test"]


@dataclass(frozen=True)
class TrendTestResult:
    """Mann–Kendall test and Theil–Sen slope of one series (see :func:`trend_test`).

    Attributes
    ----------
    mann_kendall:
        The test, exactly as :func:`~.mannkendall.mann_kendall` returns it.
    sens_slope:
        The slope, exactly as :func:`~.sens.sens_slope` returns it.
    """

    mann_kendall: MannKendallResult
    sens_slope: SensSlopeResult

    @property
    def trend(self) -> str:
        """The test's verdict (``"increasing"``, ``"decreasing"``, ``"no trend"`` …)."""
        return self.mann_kendall.trend

    @property
    def p(self) -> float:
        """The test's two-sided p-value."""
        return self.mann_kendall.p

    @property
    def slope(self) -> float:
        """Sen's slope per unit of ``t``."""
        return self.sens_slope.slope


def _panel_arrays(
    panel: Panel, *, method: str, period: int, alpha: float, acf_alpha: float, lag: int | None
) -> tuple[MKArrays, SenArrays]:
    m = panel.n_series
    mk = {name: np.full(m, np.nan) for name in MKArrays.__dataclass_fields__}
    mk["enough"] = np.zeros(m, dtype=bool)
    sen = {name: np.full(m, np.nan) for name in SenArrays.__dataclass_fields__}
    sen["n"] = np.zeros(m)
    sen["n_pairs"] = np.zeros(m)
    seasonal = method in SEASONAL_METHODS
    n_seasons = int(panel.n_seasons or period) if seasonal else None
    for whole in panel.blocks:
        for block in whole.chunks(CHUNK_VALUES):
            terms = kendall_terms(block, with_s=not seasonal)
            seasons = None
            if seasonal:
                sub = season_block(block, int(n_seasons or 1))
                seasons = (sub, kendall_terms(sub))
            s_res = sen_block(block, alpha=alpha, n_seasons=n_seasons, terms=terms, seasons=seasons)
            m_res = mk_block(
                block,
                method=method,
                n_seasons=n_seasons,
                acf_alpha=acf_alpha,
                lag=lag,
                terms=terms,
                season_terms=None if seasons is None else seasons[1],
                slope=s_res.slope,
            )
            for name in mk:
                mk[name][block.rows] = getattr(m_res, name)
            for name in sen:
                sen[name][block.rows] = getattr(s_res, name)
    return MKArrays(**mk), SenArrays(**sen)


@overload
def trend_test(
    y: Sequence[float],
    t: object = ...,
    *,
    alpha: float = ...,
    method: Method = ...,
    lag: int | None = ...,
    acf_alpha: float | None = ...,
    period: int = ...,
    season: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> TrendTestResult: ...
@overload
def trend_test(
    y: pd.DataFrame,
    t: object = ...,
    *,
    alpha: float = ...,
    method: Method = ...,
    lag: int | None = ...,
    acf_alpha: float | None = ...,
    period: int = ...,
    season: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> pd.DataFrame: ...
@overload
def trend_test(
    y: object,
    t: object = ...,
    *,
    alpha: float = ...,
    method: Method = ...,
    lag: int | None = ...,
    acf_alpha: float | None = ...,
    period: int = ...,
    season: object = ...,
    value: str = ...,
    time: str | None = ...,
    by: Hashable | Sequence[Hashable] | None = ...,
) -> TrendTestResult | pd.DataFrame: ...
def trend_test(
    y: object,
    t: object = None,
    *,
    alpha: float = 0.05,
    method: Method = "original",
    lag: int | None = None,
    acf_alpha: float | None = 0.05,
    period: int = 12,
    season: object = None,
    value: str = "value",
    time: str | None = "year",
    by: Hashable | Sequence[Hashable] | None = None,
) -> TrendTestResult | pd.DataFrame:
    """Mann–Kendall test and Sen's slope (with its ``1 − alpha`` interval) in one pass.

    Parameters
    ----------
    y, t : array-like, pandas.Series or pandas.DataFrame
        One series, a 2-D array ``(n_series, n_points)`` or a long DataFrame, as
        :func:`~.mannkendall.mann_kendall`.  Integers beyond 2**53 are refused (Sen's slope is float
        arithmetic; :func:`~.mannkendall.mann_kendall` alone compares them exactly).
    alpha : float
        Level of the test's verdict and ``1 −`` the confidence of the slope interval.
    method : str
        ``"original"``, ``"hamed_rao"``, ``"seasonal"`` or ``"correlated_seasonal"``
        (:func:`~.mannkendall.mann_kendall`); the slope is the seasonal Sen slope for the seasonal
        methods, the ordinary one otherwise.
    lag, acf_alpha, period, season : optional
        As :func:`~.mannkendall.mann_kendall`.
    value, time, by : str
        Column names for a long DataFrame.

    Returns
    -------
    TrendTestResult or pandas.DataFrame
        For one series a :class:`TrendTestResult`.  For many series one DataFrame with the
        columns of :func:`~.mannkendall.mann_kendall` followed by ``n_pairs``, ``slope``,
        ``intercept``, ``low_slope``, ``high_slope`` of :func:`~.sens.sens_slope` (slope
        columns are NaN only where the series has no two points at different times).

    Raises
    ------
    InsufficientDataError
        A single series with fewer than 3 valid points.
    TrendError
        Bad arguments, as :func:`~.mannkendall.mann_kendall`.

    Examples
    --------
    >>> r = trend_test([10.0, 12.0, 11.0, 15.0, 16.0], [2016, 2017, 2018, 2019, 2020])
    >>> r.trend, r.slope
    ('no trend', 1.5)
    """
    alpha = check_alpha(alpha)
    _validate_method(method, lag)
    acf = check_acf_alpha(acf_alpha, alpha)
    seasonal = method in SEASONAL_METHODS
    panel = seasonal_panel(
        y, t, seasonal=seasonal, period=period, season=season, value=value, time=time, by=by
    )
    mk, sen = _panel_arrays(
        panel, method=method, period=period, alpha=alpha, acf_alpha=acf, lag=lag
    )
    if panel.single and not mk.enough[0]:
        detail = " and two values in one season" if seasonal else ""
        raise insufficient("The Mann–Kendall test", MIN_POINTS, int(mk.n[0]), detail)
    cols = mk_columns(mk, alpha)
    n_seasons_out = int(panel.n_seasons) if seasonal and panel.n_seasons else None
    acf_out = acf if method == "hamed_rao" else None
    corrected = method == "correlated_seasonal"
    sen_method = "seasonal" if seasonal else "original"
    if panel.single:
        test = MannKendallResult(
            trend=str(cols["trend"][0]),
            h=bool(cols["h"][0]),
            p=float(cols["p"][0]),
            z=float(cols["z"][0]),
            s=int(mk.s[0]),
            var_s=float(mk.var[0]),
            tau_a=float(mk.tau_a[0]),
            tau_b=float(mk.tau_b[0]),
            n=int(mk.n[0]),
            alpha=alpha,
            method=method,
            variance_factor=float(mk.factor[0]),
            period=n_seasons_out,
            acf_alpha=acf_out,
            n_cycles=int(mk.n_cycles[0]) if corrected else None,
        )
        slope = SensSlopeResult(
            slope=float(sen.slope[0]),
            intercept=float(sen.intercept[0]),
            low_slope=float(sen.low[0]),
            high_slope=float(sen.high[0]),
            n=int(sen.n[0]),
            n_pairs=int(sen.n_pairs[0]),
            alpha=alpha,
            method=sen_method,
        )
        return TrendTestResult(test, slope)
    mk_cols = {
        "n": mk.n,
        "s": mk.s,
        "var_s": mk.var,
        "z": cols["z"],
        "p": cols["p"],
        "tau_a": mk.tau_a,
        "tau_b": mk.tau_b,
        "h": cols["h"],
        "trend": cols["trend"],
        "variance_factor": mk.factor,
    }
    if corrected:
        mk_cols["n_cycles"] = np.nan_to_num(mk.n_cycles)
    attrs = {
        "method": method,
        "alpha": alpha,
        "period": n_seasons_out,
        "acf_alpha": acf_out,
        "slope_method": sen_method,
    }
    left = frame(
        panel,
        mk_cols,
        ok=mk.enough,
        attrs=attrs,
        int_columns=("n", "n_cycles"),
        bool_columns=("h",),
        str_columns=("trend",),
    )
    right = frame(
        panel,
        {
            "n_pairs": sen.n_pairs,
            "slope": sen.slope,
            "intercept": sen.intercept,
            "low_slope": sen.low,
            "high_slope": sen.high,
        },
        ok=(sen.n >= 2) & (sen.n_pairs >= 1),
        attrs={},
        int_columns=("n_pairs",),
    )
    out = pd.concat([left, right], axis=1)
    out.attrs.update(attrs)
    return out
