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
significant at ``acf_alpha`` (:math:`|\rho_i| > \Phi^{-1}(1-\alpha_{acf}/2)/\sqrt n`);
then

.. math::

    \frac{n}{n^*} = 1 + \frac{2}{n(n-1)(n-2)} \sum_{i=1}^{m} (n-i)(n-i-1)(n-i-2)\,\rho_i,
    \qquad \operatorname{Var}^*(S) = \operatorname{Var}(S)\,\frac{n}{n^*}

with ``m = n − 1`` lags (or ``lag``), reported as ``variance_factor``.  The screening level
``acf_alpha`` is **separate from the reporting level** ``alpha`` (default 0.05, Hamed &
Rao's 5 % test of each lag): the variance of ``S`` must not change with the level at which
the user chooses to read the p-value.  ``acf_alpha=None`` screens at ``alpha`` as
``pymannkendall`` does (parity), which makes the p-value depend on ``alpha``.  The
autocorrelation of every row is one FFT (vectorised over rows); the detrending slope of a
long series comes from the ``O(n log n)`` slope selection, so ``n = 100,000`` takes about a
second.  The
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
(``tau_b`` is not defined and is NaN).  This **assumes the seasons are independent**.

Correlated seasonal Kendall (``method="correlated_seasonal"``)
--------------------------------------------------------------
Hirsch & Slack (1984) drop that assumption: with one value :math:`X_{ig}` per cycle (year)
``i`` and season ``g`` — ``ny`` cycles from the first to the last, missing cells allowed —
the variance of ``S`` is the sum of all season covariances,

.. math::

    \operatorname{Var}(S) = \sum_{g}\sum_{h} \sigma_{gh}, \qquad
    \sigma_{gh} = \frac{K_{gh} + 4\sum_{i} R_{ig} R_{ih} - n_y (n_g+1)(n_h+1)}{3}

with :math:`K_{gh} = \sum_{i<j} \operatorname{sgn}\big((X_{jg}-X_{ig})(X_{jh}-X_{ih})\big)`
(0 when a value is missing), :math:`R_{ig}` the rank of :math:`X_{ig}` among the
:math:`n_g` values of season ``g`` (average ranks for ties, :math:`(n_g+1)/2` when
missing) — the estimator of Dietz & Killeen (1981) as R's ``rkt`` computes it (its
``correct=TRUE``; the diagonal :math:`\sigma_{gg}` is the same estimator, which equals the
classical variance without ties).  ``S``, ``Z``, ``p`` and ``tau_a`` as for the seasonal
test.  Cycles are calendar years for datetimes, ``floor(t)`` for numbers (decimal years)
and ``position // period`` for positions; two values in the same cycle and season are an
error (aggregate them first, e.g. monthly means).  Hirsch & Slack recommend at least ten
cycles; with fewer the covariances are poorly estimated (``rkt`` applies the correction
only from ten years on; here it is always applied, and ``n_cycles`` is reported).

Which test when
---------------
* **Annual series** (the reports' 5–15 points): ``"original"``.
* **A long series with serial correlation** (daily/monthly values, no seasonal cycle
  left): ``"hamed_rao"``.
* **Monthly or quarterly station data with a seasonal cycle**: ``"correlated_seasonal"``
  by default.  ``"seasonal"`` is valid only when the seasons are independent: with
  month-to-month persistence (AR(1) noise, φ = 0.6) it rejects a true null 25–28 % of the
  time at α = 0.05, the correlated test close to the nominal 5 % (simulation in the test
  suite and in notebook 3).  Neither corrects persistence from one *year* to the next.

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
* Hirsch, R. M., & Slack, J. R. (1984). A nonparametric trend test for seasonal data with
  serial dependence. *Water Resources Research* 20(6), 727–732.
* Dietz, E. J., & Killeen, T. J. (1981). A nonparametric multivariate test for monotone
  trend with pharmaceutical applications. *JASA* 76, 169–174.
* Marchetto, A. (2021). rkt: Mann-Kendall test, Seasonal and Regional Kendall Tests. R
  package version 1.6.
* Hussain, M. M., & Mahmud, I. (2019). pyMannKendall: a python package for non parametric
  Mann Kendall family of trend tests. *JOSS* 4(39), 1556.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from typing import Literal, overload

import numpy as np
import pandas as pd
from scipy import fft as _fft
from scipy import stats

from envindicators.analytics.trends import _numba
from envindicators.analytics.trends._inference import (
    check_alpha,
    continuity_z,
    frame,
    insufficient,
    normal_critical,
    seasonal_panel,
    trend_codes,
    two_sided_p,
)
from envindicators.analytics.trends._kernels import (
    LONG_ROW_PAIRS,
    PAIR_BUDGET,
    TieSums,
    _s_long,
    dense_ranks_1d,
    kendall_s,
    rank_rows,
    slope_order_stats,
    sort_terms,
    t_distinct_rows,
    tie_sums,
)
from envindicators.analytics.trends._panel import (
    NO_CYCLE,
    Block,
    Panel,
    as_float_values,
    pad_groups,
)
from envindicators.analytics.trends._time import to_time_axis
from envindicators.errors import TrendError

__all__ = ["MannKendallResult", "mann_kendall"]

Method = Literal["original", "hamed_rao", "seasonal", "correlated_seasonal"]
_METHODS = ("original", "hamed_rao", "seasonal", "correlated_seasonal")
SEASONAL_METHODS = ("seasonal", "correlated_seasonal")
MIN_POINTS = 3
#: Working-set size (values) of one chunk of rows: bounds the memory of many series.
CHUNK_VALUES = 1 << 20
#: The compiled Mann–Kendall kernel is used from this many points per series on: below it
#: (and whenever S is not wanted) the numpy one-sort path is faster (measured 2026-12-03,
#: ``benchmarks/README.md``: 0.5× the compiled kernel's time at 20 points, 0.8× at 100,
#: 1.5× at 365, one thread).
NUMBA_MIN_POINTS = 64


@dataclass(frozen=True)
class MannKendallResult:
    """Mann–Kendall test of one series (see :func:`mann_kendall` for the definitions).

    Parameters
    ----------
    trend : str
        ``"increasing"``, ``"decreasing"`` or ``"no trend"`` at level ``alpha``;
        ``"undetermined"`` when ``z`` is NaN (a variance ≤ 0 after a correction).
    h : bool
        True when the trend is significant (``|Z| > Φ⁻¹(1 − α/2)``).
    p : float
        Two-sided p-value.
    z : float
        Normal test statistic with continuity correction.
    s : int
        Kendall's S (an integer).
    var_s : float
        Variance of S used for ``z`` (tie-corrected; Hamed–Rao or Hirsch–Slack corrected
        for those methods).
    tau_a, tau_b : float
        Kendall's tau-a (``pymannkendall``'s ``Tau``) and tau-b (``scipy``).
    n : int
        Number of valid points used.
    alpha : float
        Significance level.
    method : str
        ``"original"``, ``"hamed_rao"``, ``"seasonal"`` or ``"correlated_seasonal"``.
    variance_factor : float, default 1.0
        ``n/n*`` of Hamed & Rao; for ``"correlated_seasonal"`` the ratio of the corrected
        variance to the independent-seasons one; 1.0 otherwise.
    period : int, optional
        Number of seasons for the seasonal tests, else ``None``.
    acf_alpha : float, optional
        Hamed–Rao: level at which autocorrelation lags were screened (``None`` for the
        other methods).
    n_cycles : int, optional
        ``"correlated_seasonal"``: number of cycles (years) spanned, else ``None``.
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
    acf_alpha: float | None = None
    n_cycles: int | None = None


@dataclass(frozen=True)
class KendallTerms:
    """Per-row ingredients of the Mann–Kendall statistics and of Sen's slope.

    They come from one sort of each row (:func:`~._kernels.sort_terms`, or
    :func:`~._kernels.rank_rows` where times repeat).

    Parameters
    ----------
    n : numpy.ndarray
        Number of valid points of each row.
    s : numpy.ndarray
        Kendall's S of each row (NaN when not computed).
    y_ties : TieSums
        Tie sums over the groups of equal values.
    t_ties : TieSums
        Tie sums over the groups of equal times.
    y_sorted : numpy.ndarray
        Each row's valid values ascending (NaN last).
    t_sorted_source : numpy.ndarray or callable
        Each row's valid times, sorted (NaN last), or a function computing them on first
        use of :attr:`t_sorted` (only Sen's intercept needs them).
    """

    n: np.ndarray
    s: np.ndarray
    y_ties: TieSums
    t_ties: TieSums
    y_sorted: np.ndarray
    t_sorted_source: np.ndarray | Callable[[], np.ndarray]

    @cached_property
    def t_sorted(self) -> np.ndarray:
        """Each row's valid times, sorted (NaN last)."""
        src = self.t_sorted_source
        return src() if callable(src) else src

    @property
    def var_s(self) -> np.ndarray:
        """Var(S) of each row, tie-corrected (:func:`kendall_variance`)."""
        return kendall_variance(self.n, self.y_ties, self.t_ties)

    @property
    def n_pairs(self) -> np.ndarray:
        """Pairs with distinct times (the pairs that enter S and Sen's slope)."""
        return self.n * (self.n - 1) / 2.0 - self.t_ties.c2 / 2.0

    @property
    def sen_sigma2(self) -> np.ndarray:
        """Sen's (1968) ``σ²`` without the cross-tie terms (:mod:`.sens`)."""
        n = self.n
        return (n * (n - 1.0) * (2.0 * n + 5.0) - self.t_ties.c5 - self.y_ties.c5) / 18.0


def kendall_variance(n: np.ndarray, y: TieSums, t: TieSums) -> np.ndarray:
    """Var(S) with ties in ``y`` and ``t`` (module docstring).

    Parameters
    ----------
    n : numpy.ndarray
        Number of valid points of each row.
    y : TieSums
        Tie sums of the values.
    t : TieSums
        Tie sums of the times.

    Returns
    -------
    numpy.ndarray
        Var(S) of each row.
    """
    n = n.astype(np.float64)
    m = n * (n - 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        var = (m * (2.0 * n + 5.0) - t.c5 - y.c5) / 18.0
        prod3 = t.c3 * y.c3
        var = var + np.where(prod3 != 0, prod3 / (9.0 * m * (n - 2.0)), 0.0)
        prod2 = t.c2 * y.c2
        return var + np.where(prod2 != 0, prod2 / (2.0 * m), 0.0)


def kendall_terms(block: Block, *, with_s: bool = True) -> KendallTerms:
    """Compute n, S (unless ``with_s`` is False: NaN) and the tie terms of a block's rows.

    Parameters
    ----------
    block : Block
        The series, one per row.
    with_s : bool, default True
        Compute S (else NaN: the caller needs only the ties and sorted values).

    Returns
    -------
    KendallTerms
        The terms of every row.

    Notes
    -----
    Rows whose column order is their time order get S, n and the ties from one sort per
    row (:func:`~._kernels.sort_terms`); rows with repeated times from ranks
    (:func:`~._kernels.rank_rows`, :func:`~._kernels.kendall_s`).  Many short rows of at
    least :data:`NUMBA_MIN_POINTS` points on a shared, strictly increasing time axis use
    the compiled kernel of :mod:`._numba` for S when numba is installed (identical
    results).
    """
    k, L = block.y.shape
    if (
        with_s
        and L >= NUMBA_MIN_POINTS
        and block.shared_t
        and min(LONG_ROW_PAIRS, PAIR_BUDGET) >= L * (L - 1) // 2
        and _numba.worth_it(k, L)
        and _numba.shared_axis_ok(block.t)
    ):
        n, s, c2, c3, c5, y_sorted, t_sorted = _numba.kernels().kendall_rows(
            block.y, block.t, with_s=with_s
        )
        return KendallTerms(n, s, TieSums(c2, c3, c5), TieSums.zeros(k), y_sorted, t_sorted)
    if block.shared_t:
        y = block.y  # the usable points are the non-NaN values: no copy
        increasing = _numba.shared_axis_ok(block.t)
    else:
        y = np.where(block.valid(), block.y, np.nan)
        increasing = False
    short = min(LONG_ROW_PAIRS, PAIR_BUDGET) >= L * (L - 1) // 2
    if short and (increasing or (not block.shared_t and t_distinct_rows(block))):
        # column order is time order: S, n and the ties from one sort, no ranks
        rows = sort_terms(y, with_greater=with_s)
        s = rows.kendall_s() if with_s else np.full(k, np.nan)
        if increasing:
            t_ties = TieSums.zeros(k)
            t_src: np.ndarray | Callable[[], np.ndarray] = partial(_sorted_times, block)
        else:
            t_ties, t_src = tie_sums(np.where(block.valid(), block.t, np.nan))
        return KendallTerms(rows.n, s, rows.ties, t_ties, rows.sorted, t_src)
    ranked = rank_rows(y)
    t2 = np.where(~np.isnan(y), block.t2d(), np.nan)
    if increasing:
        t_ties, t_sorted = TieSums.zeros(k), np.sort(t2, axis=1)
    else:
        t_ties, t_sorted = tie_sums(t2)
    s = kendall_s(block, ranked.ranks) if with_s else np.full(ranked.n.shape, np.nan)
    return KendallTerms(ranked.n, s, ranked.ties, t_ties, ranked.sorted, t_sorted)


def _sorted_times(block: Block) -> np.ndarray:
    """Each row's valid times sorted, NaN last, for a shared increasing axis."""
    return np.sort(np.where(np.isnan(block.y), np.nan, block.t), axis=1)


def _tau(s: np.ndarray, terms: KendallTerms) -> tuple[np.ndarray, np.ndarray]:
    n = terms.n
    n0 = n * (n - 1.0) / 2.0
    with np.errstate(invalid="ignore", divide="ignore"):
        tau_a = s / n0
        dx = n0 - terms.t_ties.c2 / 2.0
        dy = n0 - terms.y_ties.c2 / 2.0
        tau_b = np.where((dx > 0) & (dy > 0), s / np.sqrt(dx) / np.sqrt(dy), np.nan)
    return tau_a, np.clip(tau_b, -1.0, 1.0)


def hamed_rao_factor(
    block: Block, n: np.ndarray, slope: np.ndarray, acf_alpha: float, lag: int | None
) -> np.ndarray:
    """``n/n*`` of Hamed & Rao (1998) for every row (module docstring).

    The rank autocorrelation of every row is one FFT, vectorised over rows.

    Parameters
    ----------
    block : Block
        The series, one per row.
    n : numpy.ndarray
        Number of valid points of each row.
    slope : numpy.ndarray
        Sen's slope of each row, used to detrend the series before ranking.
    acf_alpha : float
        Level at which the autocorrelation lags are screened.
    lag : int or None
        Largest lag considered (``None``: all lags).

    Returns
    -------
    numpy.ndarray
        The variance factor ``n/n*`` of each row (1 where no lag is significant).
    """
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
    max_lag_all = L - 1 if lag is None else min(int(lag), L - 1)
    nfft = _fft.next_fast_len(2 * L - 1, real=True)
    lagsk = np.arange(max_lag_all + 1, dtype=np.float64)
    crit = normal_critical(acf_alpha)
    step = max(1, PAIR_BUDGET // nfft)
    for start in range(0, k, step):
        sl = slice(start, min(start + step, k))
        f = _fft.rfft(centred[sl], nfft, axis=1)
        raw = _fft.irfft(f * np.conj(f), nfft, axis=1)[:, : max_lag_all + 1]
        # products of half-integer centred ranks are multiples of 1/4: round away FFT error,
        # which makes the sums exactly those of the direct correlation
        raw = np.round(raw * 4.0) / 4.0
        nn = n[sl][:, None]
        with np.errstate(invalid="ignore", divide="ignore"):
            acf = raw / raw[:, :1]
            bound = crit / np.sqrt(nn)
        max_lag = nn - 1.0 if lag is None else np.minimum(float(lag), nn - 1.0)
        use = (lagsk >= 1) & (lagsk <= max_lag)
        significant = ~((acf <= bound) & (acf >= -bound))
        weight = (nn - lagsk) * (nn - lagsk - 1.0) * (nn - lagsk - 2.0)
        sni = np.where(use & significant, weight * acf, 0.0).sum(1)
        with np.errstate(invalid="ignore", divide="ignore"):
            factor = 1.0 + (2.0 / (n[sl] * (n[sl] - 1.0) * (n[sl] - 2.0))) * sni
        constant = ~(raw[:, 0] > 0)
        out[sl] = np.where(constant | (n[sl] < 3), 1.0, factor)
    return out


def season_block(block: Block, n_seasons: int) -> Block:
    """Split every row of a block into ``n_seasons`` sub-series (rows ``r·P + g``).

    Parameters
    ----------
    block : Block
        The series, one per row.
    n_seasons : int
        Number of seasons :math:`P`.

    Returns
    -------
    Block
        ``k·P`` rows: season ``g`` of row ``r`` is row ``r·P + g``.
    """
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


def hirsch_slack(block: Block, n_seasons: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Compute the Hirsch–Slack statistics of every row, vectorised over rows.

    ``S``, the covariance-corrected ``Var(S)`` (Hirsch & Slack 1984) and the number of
    cycles (module docstring).

    Uses :math:`\\sum_{g,h} K_{gh} = \\sum_{i<j} (\\sum_g d_{ij,g})^2` and
    :math:`\\sum_{g,h}\\sum_i R_{ig}R_{ih} = \\sum_i (\\sum_g R_{ig})^2`, so no season × season
    matrix is built.

    Parameters
    ----------
    block : Block
        The series, one per row, seasons interleaved.
    n_seasons : int
        Number of seasons :math:`P`.

    Returns
    -------
    tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]
        S, its covariance-corrected variance and the number of cycles, one value per row
        each.

    Raises
    ------
    TrendError
        Two values of a series in the same cycle and season.
    """
    if block.season is None or block.cycle is None:  # pragma: no cover - guarded by callers
        raise TrendError("season and cycle codes are missing")
    k, _L = block.y.shape
    P = n_seasons
    valid = block.valid() & (block.season >= 0) & (block.cycle != NO_CYCLE)
    cyc = block.cycle
    has = valid.any(1)
    cmin = np.where(valid, cyc, np.iinfo(np.int64).max).min(1, initial=np.iinfo(np.int64).max)
    cmax = np.where(valid, cyc, NO_CYCLE).max(1, initial=NO_CYCLE)
    ny = np.where(has, cmax - np.where(has, cmin, 0) + 1, 0)
    NY = int(ny.max(initial=0))
    if NY > 100_000:
        raise TrendError(
            f"the series span {NY} cycles: the correlated seasonal test needs cycles of "
            f"whole years (t as decimal years or datetimes), not raw numbers"
        )
    r, c = np.nonzero(valid)
    yi = cyc[r, c] - cmin[r]
    g = block.season[r, c]
    cell = (r * NY + yi) * P + g
    uniq, counts = np.unique(cell, return_counts=True)
    if (counts > 1).any():
        rr = int(uniq[counts > 1][0] // (NY * P))
        raise TrendError(
            f"the correlated seasonal test needs at most one value per cycle and season, but "
            f"series {int(block.rows[rr])} has several in one (e.g. two values in the same "
            f"month of a year): aggregate them first (e.g. monthly means)"
        )
    X = np.full((k, NY, P), np.nan)
    X[r, yi, g] = block.y[r, c]
    missing = np.isnan(X)
    ng = (~missing).sum(1).astype(np.float64)  # (k, P)
    R = stats.rankdata(np.where(missing, np.inf, X), axis=1)
    R = np.where(missing, (ng[:, None, :] + 1.0) / 2.0, R)
    in_span = np.arange(NY)[None, :] < ny[:, None]
    G = (np.where(in_span, R.sum(2), 0.0) ** 2).sum(1)
    s = np.zeros(k)
    ksum = np.zeros(k)
    for i in range(NY - 1):
        with np.errstate(invalid="ignore"):
            d = np.sign(X[:, i + 1 :, :] - X[:, i : i + 1, :])
        per_pair = np.nan_to_num(d, nan=0.0).sum(2)
        s += per_pair.sum(1)
        ksum += (per_pair * per_pair).sum(1)
    var = (ksum + 4.0 * G - ny * (ng + 1.0).sum(1) ** 2) / 3.0
    return s, var, ny.astype(np.float64)


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


def check_acf_alpha(acf_alpha: float | None, alpha: float) -> float:
    """The Hamed–Rao screening level: ``acf_alpha``, or ``alpha`` when ``None``.

    Parameters
    ----------
    acf_alpha : float or None
        The screening level given by the caller, or ``None``.
    alpha : float
        The test's significance level, used when ``acf_alpha`` is ``None``.

    Returns
    -------
    float
        The screening level, in (0, 1).
    """
    return alpha if acf_alpha is None else check_alpha(acf_alpha)


@dataclass(frozen=True)
class MKArrays:
    """Per-row Mann–Kendall statistics of a block (internal).

    Parameters
    ----------
    n : numpy.ndarray
        Number of valid points.
    s : numpy.ndarray
        Kendall's S.
    var : numpy.ndarray
        Var(S), corrected as the method requires.
    tau_a : numpy.ndarray
        Kendall's tau-a.
    tau_b : numpy.ndarray
        Kendall's tau-b.
    factor : numpy.ndarray
        Variance factor (Hamed–Rao ``n/n*``, or the Hirsch–Slack ratio; 1 otherwise).
    enough : numpy.ndarray
        True where the row has enough points for the test.
    n_cycles : numpy.ndarray
        Number of cycles spanned (``correlated_seasonal``), else NaN.
    """

    n: np.ndarray
    s: np.ndarray
    var: np.ndarray
    tau_a: np.ndarray
    tau_b: np.ndarray
    factor: np.ndarray
    enough: np.ndarray
    n_cycles: np.ndarray


def mk_block(
    block: Block,
    *,
    method: str,
    n_seasons: int | None,
    acf_alpha: float,
    lag: int | None,
    terms: KendallTerms | None = None,
    season_terms: KendallTerms | None = None,
    slope: np.ndarray | None = None,
) -> MKArrays:
    """Mann–Kendall statistics of every row of a block.

    ``terms`` (of the block) and ``season_terms`` (of its :func:`season_block`) are reused
    when the caller has them (:func:`~.trendtest.trend_test` shares them with Sen's
    slope); ``slope`` is the Sen slope used to detrend for Hamed–Rao.

    Parameters
    ----------
    block : Block
        The series, one per row.
    method : str
        ``original``, ``hamed_rao``, ``seasonal`` or ``correlated_seasonal``.
    n_seasons : int or None
        Number of seasons, for the seasonal methods.
    acf_alpha : float
        Level at which Hamed–Rao screens the autocorrelation lags.
    lag : int or None
        Largest Hamed–Rao lag (``None``: all lags).
    terms : KendallTerms, optional
        Kendall terms of the block, when the caller has them.
    season_terms : KendallTerms, optional
        Kendall terms of the block's seasons, when the caller has them.
    slope : numpy.ndarray, optional
        Sen's slope of each row, used to detrend for Hamed–Rao.

    Returns
    -------
    MKArrays
        The statistics of every row.
    """
    k = block.y.shape[0]
    nan = np.full(k, np.nan)
    cycles = np.full(k, np.nan)
    if method in SEASONAL_METHODS:
        P = int(n_seasons or 1)
        if season_terms is None:
            season_terms = kendall_terms(season_block(block, P))
        ng = season_terms.n.reshape(k, P)
        pairs = (ng * (ng - 1.0) / 2.0).sum(1)
        n = ng.sum(1)
        s = season_terms.s.reshape(k, P).sum(1)
        var = season_terms.var_s.reshape(k, P).sum(1)
        factor = np.ones(k)
        if method == "correlated_seasonal":
            s_hs, var_hs, cycles = hirsch_slack(block, P)
            with np.errstate(invalid="ignore", divide="ignore"):
                factor = var_hs / var
            s, var = s_hs, var_hs
        with np.errstate(invalid="ignore", divide="ignore"):
            tau_a = s / pairs
        enough = (n >= MIN_POINTS) & (pairs >= 1)
        return MKArrays(n, s, var, tau_a, nan, factor, enough, cycles)
    if terms is None:
        terms = kendall_terms(block)
    var = terms.var_s
    tau_a, tau_b = _tau(terms.s, terms)
    factor = np.ones(k)
    if method == "hamed_rao":
        if slope is None:
            slope = slope_order_stats(block, n_pairs=terms.n_pairs).median
        factor = hamed_rao_factor(block, terms.n, slope, acf_alpha, lag)
        var = var * factor
    return MKArrays(terms.n, terms.s, var, tau_a, tau_b, factor, terms.n >= MIN_POINTS, cycles)


def mk_panel(
    panel: Panel, *, method: str, period: int, acf_alpha: float, lag: int | None
) -> MKArrays:
    """:func:`mk_block` over all blocks of a panel, in chunks of bounded memory.

    Parameters
    ----------
    panel : Panel
        The normalised input.
    method : str
        ``original``, ``hamed_rao``, ``seasonal`` or ``correlated_seasonal``.
    period : int
        Number of seasons, for the seasonal methods.
    acf_alpha : float
        Level at which Hamed–Rao screens the autocorrelation lags.
    lag : int or None
        Largest Hamed–Rao lag (``None``: all lags).

    Returns
    -------
    MKArrays
        The statistics of every series, in output order.
    """
    m = panel.n_series
    n_seasons = int(panel.n_seasons or period) if method in SEASONAL_METHODS else None
    if len(panel.blocks) == 1:
        whole = panel.blocks[0]
        if whole.y.shape[0] * max(whole.y.shape[1], 1) <= CHUNK_VALUES and np.array_equal(
            whole.rows, np.arange(m)
        ):  # one chunk, rows in output order: no scatter
            return mk_block(whole, method=method, n_seasons=n_seasons, acf_alpha=acf_alpha, lag=lag)
    cols = {name: np.full(m, np.nan) for name in MKArrays.__dataclass_fields__}
    cols["enough"] = np.zeros(m, dtype=bool)
    for whole in panel.blocks:
        for block in whole.chunks(CHUNK_VALUES):
            res = mk_block(block, method=method, n_seasons=n_seasons, acf_alpha=acf_alpha, lag=lag)
            for name in cols:
                cols[name][block.rows] = getattr(res, name)
    return MKArrays(**cols)


#: One series up to this many points gets S from the vectorised pair table; beyond, from
#: the O(n log n) discordant count.
_ONE_SERIES_TABLE = 64


def _one_series_original(y: object, t: object) -> MKArrays | None:
    """The original test of one plain series (array-like, not a pandas object) on a
    strictly increasing time axis, without the panel machinery: the per-call cost of a
    single series is the input handling, so this path converts ``y`` and ``t`` with the
    same functions as :func:`~._panel.as_panel` and computes ``S``, the tie terms and
    the taus with the same formulas as the panel path.  ``None`` when another path must
    handle the input (or raise its error)."""
    if isinstance(y, pd.Series | pd.DataFrame) or not isinstance(y, np.ndarray | list | tuple):
        return None
    try:
        values = as_float_values(y, "y", order_only=True)
    except TrendError:
        return None
    if values.ndim != 1:
        return None
    L = values.size
    if t is None:
        tt = np.arange(L, dtype=np.float64)
    else:
        try:
            tt, _kind = to_time_axis(t, what="t")
        except TrendError:
            return None
        if tt.shape != (L,) or not np.all(np.isfinite(tt)):
            return None
    ok = ~np.isnan(values)
    yv, tv = values[ok], tt[ok]
    n = yv.size
    if n < MIN_POINTS or (n > 1 and not np.all(tv[1:] > tv[:-1])):
        return None
    yr, order = dense_ranks_1d(yv)
    if n <= _ONE_SERIES_TABLE:
        d = yv[None, :] - yv[:, None]
        s = int(np.sign(d[np.triu_indices(n, 1)]).sum())
    else:
        s = _s_long(tv, yv, yr)
    u = np.bincount(yr)[1:].astype(np.float64)  # tie group sizes
    ys = yv[order]
    ties = TieSums.from_sizes(u, np.zeros(u.size, dtype=np.intp), 1)
    nn = np.array([float(n)])
    sa = np.array([float(s)])
    terms = KendallTerms(nn, sa, ties, TieSums.zeros(1), ys[None, :], tv[None, :])
    tau_a, tau_b = _tau(sa, terms)
    one = np.ones(1)
    return MKArrays(nn, sa, terms.var_s, tau_a, tau_b, one, np.ones(1, dtype=bool), one * np.nan)


def _single_result(
    res: MKArrays,
    alpha: float,
    method: Method,
    *,
    period: int | None = None,
    acf_alpha: float | None = None,
    n_cycles: int | None = None,
) -> MannKendallResult:
    """The result object of the one series in row 0 of ``res``."""
    out = mk_columns(res, alpha)
    return MannKendallResult(
        trend=str(out["trend"][0]),
        h=bool(out["h"][0]),
        p=float(out["p"][0]),
        z=float(out["z"][0]),
        s=int(res.s[0]),
        var_s=float(res.var[0]),
        tau_a=float(res.tau_a[0]),
        tau_b=float(res.tau_b[0]),
        n=int(res.n[0]),
        alpha=alpha,
        method=method,
        variance_factor=float(res.factor[0]),
        period=period,
        acf_alpha=acf_alpha,
        n_cycles=n_cycles,
    )


def mk_columns(res: MKArrays, alpha: float) -> dict[str, np.ndarray | pd.Categorical]:
    """Compute z, p, h and labels from S and its variance.

    Parameters
    ----------
    res : MKArrays
        Per-row statistics.
    alpha : float
        Significance level of the test.

    Returns
    -------
    dict[str, numpy.ndarray or pandas.Categorical]
        Output columns ``z``, ``p``, ``h`` (arrays) and ``trend`` (a categorical of the
        labels, :func:`~._inference.trend_codes`) by name.
    """
    z = continuity_z(res.s, res.var)
    h = np.abs(z) > normal_critical(alpha)
    return {"z": z, "p": two_sided_p(z), "h": h, "trend": trend_codes(z, h)}


@overload
def mann_kendall(
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
) -> MannKendallResult: ...
@overload
def mann_kendall(
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
def mann_kendall(
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
) -> MannKendallResult | pd.DataFrame: ...
def mann_kendall(
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
) -> MannKendallResult | pd.DataFrame:
    """Mann–Kendall trend test of one or many series.

    See the module docstring for the formulas of ``S``, ``Var(S)``, ``Z``, the Hamed–Rao
    and Hirsch–Slack corrections, which test to use when, and for the references.  NaNs
    are dropped per series (never propagated).

    Parameters
    ----------
    y : array-like, pandas.Series or pandas.DataFrame
        One series (1-D array-like or :class:`pandas.Series`), many series (2-D array
        ``(n_series, n_points)``) or a long :class:`pandas.DataFrame` (see ``value``,
        ``time``, ``by``).  Integers beyond 2**53 are compared exactly (by rank), except
        for ``"hamed_rao"``, which detrends the values and refuses them.
    t : array-like, optional
        Time axis: ``None`` (a Series' index, else positions ``0..n−1``), numbers, or
        datetimes (converted to decimal years).  1-D shared by all series or 2-D.
    alpha : float
        Significance level of the trend label.
    method : str
        ``"original"``, ``"hamed_rao"`` (autocorrelation-corrected variance),
        ``"seasonal"`` (seasonal Kendall test, independent seasons) or
        ``"correlated_seasonal"`` (Hirsch & Slack 1984 covariance correction).
    lag : int, optional
        Hamed–Rao: number of autocorrelation lags to consider (default all, ``n − 1``).
    acf_alpha : float or None
        Hamed–Rao: level at which each autocorrelation lag is screened (default 0.05,
        independent of ``alpha``); ``None`` screens at ``alpha`` as ``pymannkendall``.
    period : int
        Seasonal tests: seasons per cycle when they are derived from the time axis — for
        ``t=None`` the season is ``position mod period`` (values ordered month by month);
        for datetimes the month (``period=12``) or quarter (``period=4``); for numeric
        decimal-year ``t`` the ``floor(frac(t)·period)``.
    season : array-like or str, optional
        Seasonal tests: explicit season labels (same shape as ``y``; a column name for a
        DataFrame); ``period`` is then the number of distinct labels.
    value, time, by : str
        For a long DataFrame: the value column, the time column and the key column(s), one
        series per group (e.g. ``by=["region", "indicator"]``).

    Returns
    -------
    MannKendallResult or pandas.DataFrame
        A :class:`MannKendallResult` for one series.  For many series a DataFrame indexed by
        series (``RangeIndex`` named ``"series"``, or the ``by`` keys) with columns ``n``
        (int), ``s``, ``var_s``, ``z``, ``p``, ``tau_a``, ``tau_b`` (float), ``h``
        (nullable boolean), ``trend`` (string), ``variance_factor`` (float) and, for
        ``"correlated_seasonal"``, ``n_cycles``; rows of series with too few points hold
        NaN/NA.  ``attrs`` hold ``method``, ``alpha``, ``period``, ``acf_alpha``.

    Raises
    ------
    InsufficientDataError
        A single series with fewer than 3 valid points.
    TrendError
        Bad arguments (unknown method, malformed time axis, infinite values, two values
        in one cycle and season for ``"correlated_seasonal"`` …).

    Examples
    --------
    >>> r = mann_kendall([1.0, 2.0, 2.0, 4.0, 5.0])
    >>> r.s, r.var_s, r.trend
    (9, 15.666666666666666, 'increasing')
    """
    alpha = check_alpha(alpha)
    _validate_method(method, lag)
    acf = check_acf_alpha(acf_alpha, alpha)
    seasonal = method in SEASONAL_METHODS
    fast = None
    if method == "original" and season is None and by is None:
        fast = _one_series_original(y, t)
    if fast is not None:
        return _single_result(fast, alpha, method)
    panel = seasonal_panel(
        y,
        t,
        seasonal=seasonal,
        period=period,
        season=season,
        value=value,
        time=time,
        by=by,
        order_only=method != "hamed_rao",
    )
    res = mk_panel(panel, method=method, period=period, acf_alpha=acf, lag=lag)
    if panel.single and not res.enough[0]:
        detail = " and two values in one season" if seasonal else ""
        raise insufficient("The Mann–Kendall test", MIN_POINTS, int(res.n[0]), detail)
    n_seasons_out = int(panel.n_seasons) if seasonal and panel.n_seasons else None
    acf_out = acf if method == "hamed_rao" else None
    corrected = method == "correlated_seasonal"
    if panel.single:
        return _single_result(
            res,
            alpha,
            method,
            period=n_seasons_out,
            acf_alpha=acf_out,
            n_cycles=int(res.n_cycles[0]) if corrected else None,
        )
    out = mk_columns(res, alpha)
    columns = {
        "n": res.n,
        "s": res.s,
        "var_s": res.var,
        "z": out["z"],
        "p": out["p"],
        "tau_a": res.tau_a,
        "tau_b": res.tau_b,
        "h": out["h"],
        "trend": out["trend"],
        "variance_factor": res.factor,
    }
    if corrected:
        columns["n_cycles"] = np.nan_to_num(res.n_cycles)
    return frame(
        panel,
        columns,
        ok=res.enough,
        attrs={"method": method, "alpha": alpha, "period": n_seasons_out, "acf_alpha": acf_out},
        int_columns=("n", "n_cycles"),
        bool_columns=("h",),
        str_columns=("trend",),
    )
