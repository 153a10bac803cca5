r"""Mann–Kendall trend test: original, Hamed–Rao (autocorrelation) and seasonal Kendall.

Statistic
---------
For the valid (non-NaN) points of a series, :math:`(t_k, y_k)`, :math:`k = 1..n`,

.. math::

    S = \sum_{i<j} \operatorname{sgn}(t_j - t_i)\,\operatorname{sgn}(y_j - y_i)

(Mann 1945; Kendall 1975).  Pairs observed at the same time contribute 0.  Under the null
hypothesis of no trend (independent, identically distributed values) ``S`` has mean 0 and,
with tie groups of sizes :math:`u` in ``y`` and :math:`v` in ``t``,

.. math::

    \operatorname{Var}(S) = \frac{n(n-1)(2n+5) - \sum u(u-1)(2u+5) - \sum v(v-1)(2v+5)}{18}
      + \frac{\sum u(u-1)(u-2)\,\sum v(v-1)(v-2)}{9n(n-1)(n-2)}
      + \frac{\sum u(u-1)\,\sum v(v-1)}{2n(n-1)}

(Kendall 1975, the variance :func:`scipy.stats.kendalltau` uses).  With distinct times —
the usual case — only the first term remains and this is the classical tie-corrected
Mann–Kendall variance of Gilbert (1987, eq. 16.4), identical to ``pymannkendall``.

The test statistic uses a continuity correction,

.. math::

    Z = \begin{cases} (S-1)/\sqrt{\operatorname{Var}(S)} & S > 0 \\ 0 & S = 0 \\
        (S+1)/\sqrt{\operatorname{Var}(S)} & S < 0 \end{cases}

with the two-sided p-value :math:`p = 2\,\Phi(-|Z|)`; the trend is "increasing" or
"decreasing" when :math:`|Z| > \Phi^{-1}(1-\alpha/2)`, else "no trend".  A constant series
has ``S = 0`` and ``Var(S) = 0``; ``Z = 0`` and ``p = 1`` by the definition above (as
``pymannkendall``).

Kendall's tau is reported twice: ``tau_a = S / (n(n−1)/2)`` (the ``Tau`` of
``pymannkendall``) and ``tau_b = S / √((n₀ − n_t)(n₀ − n_y))`` with ``n₀ = n(n−1)/2`` and
``n_t, n_y`` the tied pairs in ``t`` and ``y`` (:func:`scipy.stats.kendalltau`; NaN for a
constant series).

Hamed–Rao variance correction
-----------------------------
Serial correlation inflates the variance of ``S``.  Hamed & Rao (1998) detrend the series
with Sen's slope ``b`` (:math:`x_k = y_k - b\,\tau_k`), rank the detrended values
(:math:`R_k`), compute the autocorrelation :math:`\rho_i` of the ranks and keep the lags
significant at ``alpha`` (:math:`|\rho_i| > \Phi^{-1}(1-\alpha/2)/\sqrt n`); then

.. math::

    \frac{n}{n^*} = 1 + \frac{2}{n(n-1)(n-2)} \sum_{i=1}^{m} (n-i)(n-i-1)(n-i-2)\,\rho_i,
    \qquad \operatorname{Var}^*(S) = \operatorname{Var}(S)\,\frac{n}{n^*}

with ``m = n − 1`` lags (or ``lag``), reported as ``variance_factor``.  The
autocorrelation treats the valid values as equally spaced in time order (gaps left by NaNs
are closed, as in ``pymannkendall``); ``τ_k = t_k − t_1 + 1`` (positions 1..n for
``t=None``).  When the detrended series is constant (a constant or exactly linear series)
its ranks have no autocorrelation and ``n/n* = 1`` (``pymannkendall`` divides 0 by 0 and
returns NaN).  With strong negative autocorrelation in a short series the factor can be
``≤ 0``: the corrected variance is then meaningless, ``Z`` and ``p`` are NaN and the trend
is ``"undetermined"`` (``pymannkendall``: NaN, or ``Z = ±inf`` and ``p = 0`` for an
exactly zero variance).

Seasonal Kendall
----------------
For seasonal data (e.g. monthly) Hirsch, Slack & Smith (1982) compute ``S_g`` and
``Var(S_g)`` within each season ``g`` (months compared only with the same month of other
years) and sum them: :math:`S = \sum_g S_g`, :math:`\operatorname{Var}(S) = \sum_g
\operatorname{Var}(S_g)`, ``Z`` and ``p`` as above, ``tau_a = S / Σ n_g(n_g−1)/2``
(``tau_b`` is not defined and is NaN).  This assumes the seasons are independent (see
Hirsch & Slack 1984 for the covariance correction, not applied here).

Minimum data
------------
At least 3 valid points (the seasonal test also needs one season with two values).  With
fewer the test is meaningless (``pymannkendall`` returns ``p = 1`` for ``n ≤ 2``); a single
series raises :class:`~envindicators.errors.InsufficientDataError`, many series get NaN
statistics in that row (the ``n`` column tells why).

References
----------
* Mann, H. B. (1945). Nonparametric tests against trend. *Econometrica* 13, 245–259.
* Kendall, M. G. (1975). *Rank Correlation Methods*, 4th ed. Griffin, London.
* Gilbert, R. O. (1987). *Statistical Methods for Environmental Pollution Monitoring*.
  Van Nostrand Reinhold, New York.
* Hamed, K. H., & Rao, A. R. (1998). A modified Mann-Kendall trend test for autocorrelated
  data. *Journal of Hydrology* 204, 182–196.
* Hirsch, R. M., Slack, J. R., & Smith, R. A. (1982). Techniques of trend analysis for
  monthly water quality data. *Water Resources Research* 18(1), 107–121.
* Hussain, M. M., & Mahmud, I. (2019). pyMannKendall: a python package for non parametric
  Mann Kendall family of trend tests. *JOSS* 4(39), 1556.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
from scipy import fft as _fft
from scipy import stats

from envindicators.analytics.trends._common import (
    check_alpha,
    continuity_z,
    frame,
    insufficient,
    normal_critical,
    seasonal_panel,
    trend_labels,
    two_sided_p,
)
from envindicators.analytics.trends._frames import Block, pad_groups
from envindicators.analytics.trends._kernels import (
    PAIR_BUDGET,
    TieSums,
    kendall_s,
    slope_order_stats,
    tie_sums,
)
from envindicators.errors import TrendError

__all__ = ["MannKendallResult", "mann_kendall"]

Method = Literal["original", "hamed_rao", "seasonal"]
_METHODS = ("original", "hamed_rao", "seasonal")
MIN_POINTS = 3


@dataclass(frozen=True)
class MannKendallResult:
    """Mann–Kendall test of one series (see :func:`mann_kendall` for the definitions).

    Attributes
    ----------
    trend:
        ``"increasing"``, ``"decreasing"`` or ``"no trend"`` at level ``alpha``;
        ``"undetermined"`` when ``z`` is NaN (Hamed–Rao factor ≤ 0).
    h:
        True when the trend is significant (``|Z| > Φ⁻¹(1 − α/2)``).
    p:
        Two-sided p-value.
    z:
        Normal test statistic with continuity correction.
    s:
        Kendall's S (an integer).
    var_s:
        Variance of S used for ``z`` (tie-corrected; Hamed–Rao corrected for that method).
    tau_a, tau_b:
        Kendall's tau-a (``pymannkendall``'s ``Tau``) and tau-b (``scipy``).
    n:
        Number of valid points used.
    alpha:
        Significance level.
    method:
        ``"original"``, ``"hamed_rao"`` or ``"seasonal"``.
    variance_factor:
        ``n/n*`` of Hamed & Rao (1.0 for the other methods).
    period:
        Number of seasons for the seasonal test, else ``None``.
    """

    trend: str
    h: bool
    p: float
    z: float
    s: int
    var_s: float
    tau_a: float
    tau_b: float
    n: int
    alpha: float
    method: str
    variance_factor: float = 1.0
    period: int | None = None


@dataclass(frozen=True)
class KendallTerms:
    """Per-row ingredients of the Mann–Kendall statistics."""

    n: np.ndarray
    s: np.ndarray
    y_ties: TieSums
    t_ties: TieSums
    y_sorted: np.ndarray
    t_sorted: np.ndarray

    @property
    def var_s(self) -> np.ndarray:
        return kendall_variance(self.n, self.y_ties, self.t_ties)

    @property
    def n_pairs(self) -> np.ndarray:
        """Pairs with distinct times (the pairs that enter S and Sen's slope)."""
        return self.n * (self.n - 1) / 2.0 - self.t_ties.c2 / 2.0


def kendall_variance(n: np.ndarray, y: TieSums, t: TieSums) -> np.ndarray:
    """Var(S) with ties in ``y`` and ``t`` (module docstring)."""
    n = n.astype(np.float64)
    m = n * (n - 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        var = (m * (2.0 * n + 5.0) - t.c5 - y.c5) / 18.0
        prod3 = t.c3 * y.c3
        var = var + np.where(prod3 != 0, prod3 / (9.0 * m * (n - 2.0)), 0.0)
        prod2 = t.c2 * y.c2
        return var + np.where(prod2 != 0, prod2 / (2.0 * m), 0.0)


def kendall_terms(block: Block, *, with_s: bool = True) -> KendallTerms:
    """n, S (unless ``with_s`` is False: NaN) and the tie terms of every row of a block."""
    valid = block.valid()
    n = np.count_nonzero(valid, axis=1).astype(np.float64)
    y = np.where(valid, block.y, np.nan)
    y_ties, y_sorted = tie_sums(y)
    t2 = np.where(valid, block.t2d(), np.nan)
    if block.shared_t and np.all(np.diff(block.t) > 0):
        t_ties, t_sorted = TieSums.zeros(block.y.shape[0]), np.sort(t2, axis=1)
    else:
        t_ties, t_sorted = tie_sums(t2)
    s = kendall_s(block) if with_s else np.full(n.shape, np.nan)
    return KendallTerms(n, s, y_ties, t_ties, y_sorted, t_sorted)


def _tau(s: np.ndarray, terms: KendallTerms) -> tuple[np.ndarray, np.ndarray]:
    n = terms.n
    n0 = n * (n - 1.0) / 2.0
    with np.errstate(invalid="ignore", divide="ignore"):
        tau_a = s / n0
        dx = n0 - terms.t_ties.c2 / 2.0
        dy = n0 - terms.y_ties.c2 / 2.0
        tau_b = np.where((dx > 0) & (dy > 0), s / np.sqrt(dx) / np.sqrt(dy), np.nan)
    return tau_a, np.clip(tau_b, -1.0, 1.0)


def _hamed_rao_factor(
    block: Block, n: np.ndarray, slope: np.ndarray, alpha: float, lag: int | None
) -> np.ndarray:
    """``n/n*`` of Hamed & Rao (1998) for every row (module docstring)."""
    k, L = block.y.shape
    out = np.ones(k)
    if L < 3:
        return out
    valid = block.valid()
    order = np.argsort(~valid, axis=1, kind="stable")
    take = np.take_along_axis
    vc = take(valid, order, 1)
    yc = take(block.y, order, 1)
    tc = take(block.t2d(), order, 1)
    with np.errstate(invalid="ignore"):
        x = yc - slope[:, None] * (tc - tc[:, :1] + 1.0)
    ranks = stats.rankdata(np.where(vc, x, np.inf), axis=1)
    centred = np.where(vc, ranks - (n[:, None] + 1.0) / 2.0, 0.0)
    nfft = _fft.next_fast_len(2 * L - 1, real=True)
    lagsk = np.arange(L, dtype=np.float64)
    crit = normal_critical(alpha)
    step = max(1, PAIR_BUDGET // nfft)
    for start in range(0, k, step):
        sl = slice(start, min(start + step, k))
        f = np.fft.rfft(centred[sl], nfft, axis=1)
        raw = np.fft.irfft(f * np.conj(f), nfft, axis=1)[:, :L]
        # products of half-integer centred ranks are multiples of 1/4: round away FFT error,
        # which makes the sums exactly those of the direct correlation
        raw = np.round(raw * 4.0) / 4.0
        nn = n[sl][:, None]
        with np.errstate(invalid="ignore", divide="ignore"):
            acov = raw / nn
            acf = acov / acov[:, :1]
            bound = crit / np.sqrt(nn)
        max_lag = nn - 1.0 if lag is None else np.minimum(float(lag), nn - 1.0)
        use = (lagsk >= 1) & (lagsk <= max_lag)
        significant = ~((acf <= bound) & (acf >= -bound))
        weight = (nn - lagsk) * (nn - lagsk - 1.0) * (nn - lagsk - 2.0)
        terms = np.where(use & significant, weight * acf, 0.0)
        sni = np.cumsum(terms, axis=1)[:, -1]
        with np.errstate(invalid="ignore", divide="ignore"):
            factor = 1.0 + (2.0 / (n[sl] * (n[sl] - 1.0) * (n[sl] - 2.0))) * sni
        constant = ~(raw[:, 0] > 0)
        out[sl] = np.where(constant | (n[sl] < 3), 1.0, factor)
    return out


def season_block(block: Block, n_seasons: int) -> Block:
    """Split every row of a block into ``n_seasons`` sub-series (rows ``r·P + g``)."""
    k = block.y.shape[0]
    valid = block.valid()
    if block.season is None:  # pragma: no cover - guarded by callers
        raise TrendError("season codes are missing")
    valid &= block.season >= 0
    r, c = np.nonzero(valid)
    codes = r * n_seasons + block.season[r, c]
    t2 = block.t2d()
    (sub,) = pad_groups(
        codes, k * n_seasons, t2[r, c], block.y[r, c], block.src[r, c], bucket=False
    )
    return sub


def _validate_method(method: str, lag: int | None) -> None:
    if method not in _METHODS:
        raise TrendError(f"method must be one of {_METHODS}, got {method!r}")
    if lag is not None and (
        method != "hamed_rao" or isinstance(lag, bool) or not isinstance(lag, int) or lag < 1
    ):
        raise TrendError(
            f"lag is a positive integer for method='hamed_rao' only, got lag={lag!r} "
            f"with method={method!r}"
        )


def mann_kendall(
    y: object,
    t: object = None,
    *,
    alpha: float = 0.05,
    method: Method = "original",
    lag: int | None = None,
    period: int = 12,
    season: object = None,
    value: str = "value",
    time: str | None = "year",
    by: Hashable | Sequence[Hashable] | None = None,
) -> MannKendallResult | pd.DataFrame:
    """Mann–Kendall trend test of one or many series.

    See the module docstring for the formulas of ``S``, ``Var(S)``, ``Z``, the Hamed–Rao
    correction and the seasonal Kendall test, and for the references.  NaNs are dropped per
    series (never propagated).

    Parameters
    ----------
    y:
        One series (1-D array-like or :class:`pandas.Series`), many series (2-D array
        ``(n_series, n_points)``) or a long :class:`pandas.DataFrame` (see ``value``,
        ``time``, ``by``).
    t:
        Time axis: ``None`` (a Series' index, else positions ``0..n−1``), numbers, or
        datetimes (converted to decimal years).  1-D shared by all series or 2-D.
    alpha:
        Significance level of the trend label.
    method:
        ``"original"``, ``"hamed_rao"`` (autocorrelation-corrected variance) or
        ``"seasonal"`` (seasonal Kendall test).
    lag:
        Hamed–Rao: number of autocorrelation lags to consider (default all, ``n − 1``).
    period:
        Seasonal test: seasons per cycle when they are derived from the time axis — for
        ``t=None`` the season is ``position mod period`` (values ordered month by month);
        for datetimes the month (``period=12``) or quarter (``period=4``); for numeric
        decimal-year ``t`` the ``floor(frac(t)·period)``.
    season:
        Seasonal test: explicit season labels (same shape as ``y``; a column name for a
        DataFrame); ``period`` is then the number of distinct labels.
    value, time, by:
        For a long DataFrame: the value column, the time column and the key column(s), one
        series per group (e.g. ``by=["region", "indicator"]``).

    Returns
    -------
    MannKendallResult or pandas.DataFrame
        A :class:`MannKendallResult` for one series.  For many series a DataFrame indexed by
        series (``RangeIndex`` named ``"series"``, or the ``by`` keys) with columns ``n``
        (int), ``s``, ``var_s``, ``z``, ``p``, ``tau_a``, ``tau_b`` (float), ``h``
        (nullable boolean), ``trend`` (string), ``variance_factor`` (float); rows of series
        with too few points hold NaN/NA.  ``attrs`` hold ``method``, ``alpha``, ``period``.

    Raises
    ------
    InsufficientDataError
        A single series with fewer than 3 valid points.
    TrendError
        Bad arguments (unknown method, malformed time axis, infinite values …).

    Examples
    --------
    >>> r = mann_kendall([1.0, 2.0, 2.0, 4.0, 5.0])
    >>> r.s, r.var_s, r.trend
    (9, 15.666666666666666, 'increasing')
    """
    alpha = check_alpha(alpha)
    _validate_method(method, lag)
    seasonal = method == "seasonal"
    panel = seasonal_panel(
        y, t, seasonal=seasonal, period=period, season=season, value=value, time=time, by=by
    )
    m = panel.n_series
    n = np.zeros(m)
    s = np.full(m, np.nan)
    var = np.full(m, np.nan)
    tau_a = np.full(m, np.nan)
    tau_b = np.full(m, np.nan)
    factor = np.ones(m)
    enough = np.zeros(m, dtype=bool)
    for block in panel.blocks:
        rows = block.rows
        if seasonal:
            n_seasons = int(panel.n_seasons or period)
            terms = kendall_terms(season_block(block, n_seasons))
            k = block.y.shape[0]
            ng = terms.n.reshape(k, n_seasons)
            pairs = (ng * (ng - 1.0) / 2.0).sum(1)
            n[rows] = ng.sum(1)
            s[rows] = terms.s.reshape(k, n_seasons).sum(1)
            var[rows] = terms.var_s.reshape(k, n_seasons).sum(1)
            with np.errstate(invalid="ignore", divide="ignore"):
                tau_a[rows] = s[rows] / pairs
            enough[rows] = (n[rows] >= MIN_POINTS) & (pairs >= 1)
            continue
        terms = kendall_terms(block)
        n[rows] = terms.n
        s[rows] = terms.s
        var[rows] = terms.var_s
        tau_a[rows], tau_b[rows] = _tau(terms.s, terms)
        enough[rows] = terms.n >= MIN_POINTS
        if method == "hamed_rao":
            slope = slope_order_stats(block, n_pairs=terms.n_pairs).median
            factor[rows] = _hamed_rao_factor(block, terms.n, slope, alpha, lag)
            var[rows] = var[rows] * factor[rows]
    if panel.single and not enough[0]:
        detail = " and two values in one season" if seasonal else ""
        raise insufficient("The Mann–Kendall test", MIN_POINTS, int(n[0]), detail)
    z = continuity_z(s, var)
    p = two_sided_p(z)
    h = np.abs(z) > normal_critical(alpha)
    labels = trend_labels(z, h)
    n_seasons_out = int(panel.n_seasons) if seasonal and panel.n_seasons else None
    if panel.single:
        return MannKendallResult(
            trend=str(labels[0]),
            h=bool(h[0]),
            p=float(p[0]),
            z=float(z[0]),
            s=int(s[0]),
            var_s=float(var[0]),
            tau_a=float(tau_a[0]),
            tau_b=float(tau_b[0]),
            n=int(n[0]),
            alpha=alpha,
            method=method,
            variance_factor=float(factor[0]),
            period=n_seasons_out,
        )
    return frame(
        panel,
        {
            "n": n,
            "s": s,
            "var_s": var,
            "z": z,
            "p": p,
            "tau_a": tau_a,
            "tau_b": tau_b,
            "h": h,
            "trend": labels,
            "variance_factor": factor,
        },
        ok=enough,
        attrs={"method": method, "alpha": alpha, "period": n_seasons_out},
        bool_columns=("h",),
        str_columns=("trend",),
    )
