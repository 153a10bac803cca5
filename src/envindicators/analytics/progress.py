"""Progress towards targets as Eurostat and UNESCAP measure it.

Both methods take, per indicator, a base value :math:`x_0` at time :math:`t_0`, the latest
value :math:`x_t` at time :math:`t`, and a target :math:`x^*` for the target year
:math:`T`.  Times are years (numbers, for annual data) or dates (converted at 365.25 days
per year).  All functions are vectorised (numpy broadcasting over scalars, arrays or
Series) and return a small dataclass for scalar input and a DataFrame otherwise.

Eurostat: growth-rate ratio
---------------------------
Eurostat, *Sustainable development in the European Union — Monitoring report on progress
towards the SDGs in an EU context*, annex "Methodological notes" (editions 2017–2024; the
method also in Eurostat, *SDG indicators: methodological note*).  For indicators with a
quantified target the **actual** compound annual growth rate is compared with the rate
**required** to reach the target from the base year:

.. math::

    a = \\left(\\frac{x_t}{x_0}\\right)^{1/(t - t_0)} - 1 \\qquad
    r = \\left(\\frac{x^*}{x_0}\\right)^{1/(T - t_0)} - 1 \\qquad
    \\rho = \\frac{a}{r}

========================================  =============================
ratio :math:`\\rho`                        category
========================================  =============================
:math:`\\rho \\ge 0.95`                     ``significant_progress``
:math:`0.60 \\le \\rho < 0.95`               ``moderate_progress``
:math:`0 \\le \\rho < 0.60`                  ``insufficient_progress``
:math:`\\rho < 0`                           ``moving_away``
========================================  =============================

The ratio is direction-free: for a lower-is-better indicator both rates are negative when
it improves.  One rule per indicator, decided once and reported in the ``method`` column
(never a silent switch of formula between nearby inputs):

* **Zero values** (清零 targets — the commonest in the inspection reports — and zero base
  values): the CAGR of a move to or from exactly 0 is undefined.  Following Open SDG's
  progress measure (sdg-build, ``sdg/ProgressMeasure.py``: "Target is zero (invalid) …
  Calculating progress with target = 0.001 instead", and likewise for a zero base value),
  a zero :math:`x^*` or :math:`x_0` is replaced by ``zero_substitute`` (default
  :data:`ZERO_SUBSTITUTE` = 0.001, in the values' unit) and a :class:`ProgressWarning`
  names the rows; the method stays ``cagr``.  A target of 0 and one of 10⁻⁶ thus give
  neighbouring ratios, not a CAGR for one and a linear rate for the other.
* **Negative values** (:math:`x_0 < 0`, :math:`x_t < 0` or :math:`x^* < 0`): no compound
  rate exists; the **linear** annual rates :math:`a = (x_t - x_0)/(t - t_0)` and
  :math:`r = (x^* - x_0)/(T - t_0)` are used (Eurostat's fallback for indicators without
  a meaningful growth rate; ``method = "linear"``, with a :class:`ProgressWarning`).
  ``method="linear"`` applies the linear rates to every row.
* **Band / parity targets** (``direction="band"``: a value to approach from either side):
  progress is measured on the distance :math:`d = |x - x^*|`, whose target is 0, with the
  linear rates :math:`a = (d_t - d_0)/(t - t_0)`, :math:`r = -d_0/(T - t_0)` (the distance
  form of ESCAP's parity index; ``method = "distance"``).  Moving away from parity is
  ``moving_away``, never met.
* **No direction** (``None``/``"neutral"``) is taken from the sign of :math:`x^* - x_0`;
  with :math:`x_0 = x^*` it cannot be: ratio NaN, ``met`` NA, category NA (not
  assessable — pass ``direction``).
* ``target_met`` — an extra category when the latest value already meets the target
  (Eurostat folds these into the ratio classes); ``met_category=False`` turns it off
  before the target year.
* Base value already meeting the target (:math:`r = 0` or :math:`r` pointing away from the
  better direction): the ratio is meaningless (NaN); category ``target_met`` when the
  latest value still meets it, else ``moving_away``.
* A single observation (:math:`t \\le t_0`): no actual rate (NaN); category
  ``target_met`` if met, else NA.
* **At or after the target year** (:math:`t \\ge T`) there is no progress left to assess:
  ``target_met`` or ``target_missed`` (the ratio is still reported).

UNESCAP: Current Status Index and Anticipated Progress Index
------------------------------------------------------------
UNESCAP, *Asia and the Pacific SDG Progress Report*, annex "Technical notes —
methodology to measure progress" (2017–2025 editions; data.unescap.org "Progress
assessment methodology").

**Current Status Index** (how much of the way from the base year to the target has been
covered), per indicator:

.. math::

    \\mathrm{CSI} = \\min\\!\\left(1,\\, \\frac{x_t - x_0}{x^* - x_0}\\right)

and, for indicators whose target is a value to approach from either side (parity,
``direction="band"``), :math:`\\mathrm{CSI} = 1 - |x^* - x_t| / |x^* - x_0|`.  A negative
CSI means regression since the base year.  The **expected** position at :math:`t` is
:math:`(t - t_0)/(T - t_0)` (the "expected progress" line of ESCAP's snapshot).
Aggregation: simple (unweighted) mean over the indicators of a group; the gap to the
target is :math:`1 - \\overline{\\mathrm{CSI}}`.

**Anticipated Progress Index** (how much of the required progress the current trend will
have delivered by :math:`T`):

.. math::

    \\hat{x}_T = x_t\\,(1 + a)^{T - t}
    \\qquad \\mathrm{API} = \\min\\!\\left(1,\\, \\frac{\\hat{x}_T - x_0}{x^* - x_0}\\right)

with :math:`a` the actual CAGR (linear extrapolation for non-positive values);
:math:`1 - \\mathrm{API}` is ESCAP's anticipated gap relative to the required progress.
Categories: ``on_track`` (API = 1: maintain progress), ``needs_acceleration``
(:math:`0 \\le \\mathrm{API} < 1`), ``regressing`` (API < 0: reverse the trend).

Deviations: ESCAP's 2020+ reports predict :math:`\\hat{x}_T` with a time-weighted regression
over the whole series; here the default prediction is the two-point compound growth of
ESCAP's 2017 method, and a prediction of the caller's (e.g. from
``envindicators.analytics.trends``) can be passed as ``predicted``.  ESCAP's charts scale
the indices to bar lengths; the functions return plain fractions.  When the base value
already meets the target, CSI and API are 1 if the value still meets it and NaN
otherwise (no progress was required); a passed target year uses :math:`\\hat{x}_T = x_t`.
Without a direction and with :math:`x_0 = x^*` the indices are NaN (not assessable).

**Bounds.**  ESCAP caps each indicator's progress at 1 (100 %: a target reached or passed
counts as complete, never more) before averaging.  Regression is unbounded in the plain
formula — one indicator whose required change is tiny can reach −300 and decide a goal's
mean — so each indicator-level CSI and API is also floored, at :data:`ESCAP_FLOOR` = −1
(a regression as large as the whole required change).  The stored copies of ESCAP's
technical notes (data.unescap.org, "Progress assessment methodology") we could consult
state the cap; the floor is this library's bound of the regression side, symmetric to
the cap, and both are parameters (``floor``, ``cap``; ``floor=-np.inf`` restores the
unbounded index).
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, overload

import numpy as np
import pandas as pd

__all__ = [
    "ESCAP_CAP",
    "ESCAP_CATEGORY",
    "ESCAP_FLOOR",
    "EUROSTAT_CATEGORY",
    "EUROSTAT_THRESHOLDS",
    "ZERO_SUBSTITUTE",
    "EscapResult",
    "EurostatResult",
    "ProgressWarning",
    "anticipated_progress_index",
    "cagr",
    "current_status_index",
    "escap_aggregate",
    "escap_assessment",
    "eurostat_assessment",
    "eurostat_category",
    "eurostat_ratio",
    "expected_progress",
]

#: Lower bounds of significant, moderate and insufficient progress (ratio of rates).
EUROSTAT_THRESHOLDS: tuple[float, float, float] = (0.95, 0.60, 0.0)
#: Ordered categories of :func:`eurostat_assessment`.
EUROSTAT_CATEGORY = pd.CategoricalDtype(
    [
        "target_missed",
        "moving_away",
        "insufficient_progress",
        "moderate_progress",
        "significant_progress",
        "target_met",
    ],
    ordered=True,
)
#: Ordered categories of the Anticipated Progress Index.
ESCAP_CATEGORY = pd.CategoricalDtype(["regressing", "needs_acceleration", "on_track"], ordered=True)
#: Value replacing a zero target or base value in the CAGR (Open SDG's substitute).
ZERO_SUBSTITUTE = 0.001
#: Upper bound of the indicator-level ESCAP indices (ESCAP: progress capped at 100 %).
ESCAP_CAP = 1.0
#: Lower bound of the indicator-level ESCAP indices (regression of the whole required change).
ESCAP_FLOOR = -1.0


class ProgressWarning(UserWarning):
    """A progress measure used a documented substitute or fallback for some rows."""


_DAYS_PER_YEAR = 365.25
#: ``None`` as a 0-d object array: the fill for ``np.where`` on object results.
_NONE = np.array(None, dtype=object)

R = TypeVar("R")


# -- helpers -------------------------------------------------------------------------------
def _years(x: Any) -> np.ndarray:
    """Numbers → as is (years); dates → decimal years (days / 365.25 since 1970 + 1970)."""
    if isinstance(x, pd.Series | pd.Index):
        if pd.api.types.is_datetime64_any_dtype(x):
            days = (x.to_numpy(dtype="datetime64[D]") - np.datetime64("1970-01-01", "D")).astype(
                "timedelta64[D]"
            )
            out = days.astype(float) / _DAYS_PER_YEAR + 1970.0
            return np.where(np.isnat(x.to_numpy(dtype="datetime64[D]")), np.nan, out)
        return pd.to_numeric(x).to_numpy(dtype=float, na_value=np.nan)
    arr = np.asarray(x)
    if arr.dtype.kind in "iuf":
        return arr.astype(float)
    if arr.dtype.kind == "b":
        raise TypeError("a time must be a year or a date, not a boolean")
    return _years(pd.Series(pd.to_datetime(arr.ravel()))).reshape(arr.shape)


def _floats(x: Any) -> np.ndarray:
    if isinstance(x, pd.Series | pd.Index):
        return pd.to_numeric(x).to_numpy(dtype=float, na_value=np.nan)
    return np.asarray(x, dtype=float)


def _directions(direction: Any, baseline: np.ndarray, target: np.ndarray) -> np.ndarray:
    """'higher'/'lower' per element; None/'band'/'neutral' → from the sign of target − base.

    ``None`` where the direction is not given and :math:`x^* = x_0` (not assessable).
    """
    inferred = np.where(
        target > baseline, "higher", np.where(target < baseline, "lower", _NONE)
    ).astype(object)
    if direction is None:
        return inferred
    d = np.broadcast_to(np.asarray(direction, dtype=object), baseline.shape)
    bad = ~np.isin(d, np.array(["higher", "lower", "band", "neutral", None], dtype=object))
    if bad.any():
        raise ValueError(f"unknown direction {d[bad].flat[0]!r}")
    return np.where(np.isin(d, ["higher", "lower"]), d, inferred)


def _is_scalar(*xs: Any) -> bool:
    return all(np.ndim(x) == 0 and not isinstance(x, pd.Series) for x in xs)


def _index_of(*xs: Any) -> pd.Index | None:
    for x in xs:
        if isinstance(x, pd.Series):
            return x.index
    return None


def _broadcast(
    baseline: Any, current: Any, target: Any, t0: Any, t: Any, target_year: Any
) -> tuple[np.ndarray, ...]:
    """:math:`x_0, x_t, x^*` as floats and :math:`t_0, t, T` as years, broadcast together."""
    return np.broadcast_arrays(
        _floats(baseline),
        _floats(current),
        _floats(target),
        _years(t0),
        _years(t),
        _years(target_year),
    )


def _result(
    result_type: Callable[..., R], scalar: bool, index: pd.Index | None, **columns: Any
) -> R | pd.DataFrame:
    """One ``result_type`` for scalar input, else a DataFrame of ``columns``.

    ``columns`` are named as the fields of ``result_type``: arrays of the broadcast shape
    (numpy text becomes a ``string`` column) or a Categorical.  The dataclass gets Python
    scalars (``None`` for a missing category); the frame takes ``index`` when its length
    is the number of rows.
    """
    if scalar:
        return result_type(**{name: _python_scalar(v) for name, v in columns.items()})
    data = {name: _frame_column(v) for name, v in columns.items()}
    n = len(next(iter(data.values())))
    return pd.DataFrame(data, index=index if index is not None and len(index) == n else None)


def _python_scalar(v: Any) -> Any:
    if isinstance(v, pd.Categorical):
        return None if pd.isna(v[0]) else str(v[0])
    if isinstance(v, pd.api.extensions.ExtensionArray):
        return None if pd.isna(v[0]) else v[0].item() if hasattr(v[0], "item") else v[0]
    return np.asarray(v).item()


def _frame_column(v: Any) -> Any:
    if isinstance(v, pd.Categorical | pd.api.extensions.ExtensionArray):
        return v
    v = np.asarray(v).ravel()
    return pd.array(v, dtype="string") if v.dtype.kind == "U" else v


def cagr(start_value: Any, end_value: Any, years: Any) -> np.ndarray | float:
    """Compound annual growth rate :math:`(x_1/x_0)^{1/n} - 1` (a fraction per year).

    NaN when :math:`x_0 \\le 0`, :math:`x_1 < 0` or :math:`n \\le 0` (undefined).

    Parameters
    ----------
    start_value : array_like
        Value :math:`x_0` at the start (scalar or array).
    end_value : array_like
        Value :math:`x_1` at the end.
    years : array_like
        Number of years :math:`n` between them.

    Returns
    -------
    numpy.ndarray or float
        The rate, a float for scalar inputs, else an array of the broadcast shape.

    Examples
    --------
    >>> round(cagr(100.0, 121.0, 2), 10)
    0.1
    """
    x0, x1, n = np.broadcast_arrays(_floats(start_value), _floats(end_value), _floats(years))
    ok = (x0 > 0) & (x1 >= 0) & (n > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        g = np.where(
            ok, np.power(np.where(ok, x1 / x0, 1.0), 1.0 / np.where(ok, n, 1.0)) - 1, np.nan
        )
    return float(g) if g.ndim == 0 else g


def _meets(x: np.ndarray, target: np.ndarray, direction: np.ndarray) -> np.ndarray:
    return np.where(direction == "higher", x >= target, x <= target) & ~np.isnan(x)


def _band_mask(direction: Any, shape: tuple[int, ...]) -> np.ndarray:
    if direction is None:
        return np.zeros(shape, dtype=bool)
    return np.broadcast_to(np.asarray(direction, dtype=object), shape) == "band"


def _warn_rows(mask: np.ndarray, what: str) -> None:
    if mask.any():
        rows = np.flatnonzero(mask.ravel())
        shown = ", ".join(map(str, rows[:10])) + (" …" if len(rows) > 10 else "")
        warnings.warn(f"{what} (row(s) {shown})", ProgressWarning, stacklevel=3)


# -- Eurostat --------------------------------------------------------------------------
def eurostat_ratio(actual_rate: Any, required_rate: Any) -> np.ndarray | float:
    """Ratio of the actual to the required growth rate, :math:`\\rho = a / r`.

    Exactly 1 when the rates are equal; NaN when :math:`r = 0` or either is NaN.

    Parameters
    ----------
    actual_rate : array_like
        Actual growth rate :math:`a` (fraction per year).
    required_rate : array_like
        Required growth rate :math:`r` (fraction per year).

    Returns
    -------
    numpy.ndarray or float
        :math:`\\rho`, a float for scalar inputs, else an array of the broadcast shape.
    """
    a, r = np.broadcast_arrays(_floats(actual_rate), _floats(required_rate))
    with np.errstate(divide="ignore", invalid="ignore"):
        rho = np.where(r != 0, a / np.where(r != 0, r, 1.0), np.nan)
    return float(rho) if rho.ndim == 0 else rho


def eurostat_category(
    ratio: Any,
    met: Any = False,
    *,
    thresholds: tuple[float, float, float] = EUROSTAT_THRESHOLDS,
) -> pd.Categorical:
    """Eurostat class of a rate ratio (``target_met`` where ``met`` is true).

    Thresholds ``(significant, moderate, insufficient)`` = (0.95, 0.60, 0) by default;
    NaN ratios (not met) give NA.

    Parameters
    ----------
    ratio : array_like
        Rate ratios :math:`\\rho`.
    met : array_like, default False
        True (or 1) where the target is already met: ``target_met`` whatever the ratio.
    thresholds : tuple[float, float, float], optional
        Lower bounds of significant, moderate and insufficient progress, decreasing.

    Returns
    -------
    pandas.Categorical
        Categories of :data:`EUROSTAT_CATEGORY`, one per ratio.
    """
    hi, mid, lo = thresholds
    if not hi >= mid >= lo:
        raise ValueError(f"thresholds must be decreasing, got {thresholds}")
    rho, m = np.broadcast_arrays(
        np.atleast_1d(_floats(ratio)), np.atleast_1d(np.asarray(met, dtype=float))
    )
    code = EUROSTAT_CATEGORY.categories.get_loc
    codes = np.select(
        [m == 1.0, np.isnan(rho), rho >= hi, rho >= mid, rho >= lo],
        [
            code("target_met"),
            -1,
            code("significant_progress"),
            code("moderate_progress"),
            code("insufficient_progress"),
        ],
        default=code("moving_away"),
    )
    return pd.Categorical.from_codes(codes, dtype=EUROSTAT_CATEGORY)


@dataclass(frozen=True, slots=True)
class EurostatResult:
    """Eurostat assessment of one indicator (rates are fractions per year).

    Parameters
    ----------
    actual_rate : float
        Actual growth rate (fraction per year).
    required_rate : float
        Required growth rate (fraction per year).
    ratio : float
        Actual over required rate.
    method : str
        ``cagr``, ``linear`` or ``distance``: how the rates were computed.
    met : bool or None
        Whether the target is met; None when unknown.
    category : str or None
        Eurostat's class of the ratio (``target_met`` when met); None when not
        assessable.
    """

    actual_rate: float
    required_rate: float
    ratio: float
    method: str
    met: bool | None
    category: str | None


@overload
def eurostat_assessment(
    baseline: float,
    current: float,
    target: float,
    t0: float | dt.date | np.datetime64,
    t: float | dt.date | np.datetime64,
    target_year: float | dt.date | np.datetime64,
    *,
    direction: str | None = ...,
    thresholds: tuple[float, float, float] = ...,
    met_category: bool = ...,
    method: str = ...,
    zero_substitute: float = ...,
) -> EurostatResult: ...
@overload
def eurostat_assessment(
    baseline: Any,
    current: Any,
    target: Any,
    t0: Any,
    t: Any,
    target_year: Any,
    *,
    direction: Any = ...,
    thresholds: tuple[float, float, float] = ...,
    met_category: bool = ...,
    method: str = ...,
    zero_substitute: float = ...,
) -> EurostatResult | pd.DataFrame: ...
def eurostat_assessment(
    baseline: Any,
    current: Any,
    target: Any,
    t0: Any,
    t: Any,
    target_year: Any,
    *,
    direction: Any = None,
    thresholds: tuple[float, float, float] = EUROSTAT_THRESHOLDS,
    met_category: bool = True,
    method: str = "auto",
    zero_substitute: float = ZERO_SUBSTITUTE,
) -> EurostatResult | pd.DataFrame:
    """Eurostat assessment of progress towards a quantified target.

    Parameters
    ----------
    baseline, current, target : array_like
        :math:`x_0`, :math:`x_t`, :math:`x^*` in one unit (scalars or arrays).
    t0, t, target_year : array_like
        :math:`t_0`, :math:`t`, :math:`T`: years or dates.
    direction : str or array_like of str, optional
        ``"higher"``/``"lower"`` (per element or one for all); ``"band"``: approach
        :math:`x^*` from either side (progress on the distance); ``None`` and
        ``"neutral"`` take the direction from the sign of :math:`x^* - x_0`.
    thresholds : tuple[float, float, float], optional
        Lower bounds of significant, moderate and insufficient progress.
    met_category : bool, default True
        Report ``target_met`` for values already meeting the target before the target
        year.
    method : str, default 'auto'
        ``"auto"`` (CAGR, linear rates where a value is negative, distance for bands; see
        the module documentation) or ``"linear"`` (linear rates for every row).
    zero_substitute : float, optional
        Value standing in for a zero target or base value in the CAGR (Open SDG: 0.001).

    Returns
    -------
    EurostatResult or pandas.DataFrame
        Columns ``actual_rate``, ``required_rate``, ``ratio`` (float64), ``method``
        (str: ``cagr``/``linear``/``distance``), ``met`` (boolean; NA when not
        assessable), ``category`` (:data:`EUROSTAT_CATEGORY`).

    Raises
    ------
    ValueError
        Unknown ``method`` or direction, or a ``zero_substitute`` that is not > 0.

    Warns
    -----
    ProgressWarning
        Rows whose zero target/base was substituted, or whose negative values forced the
        linear rates.

    Examples
    --------
    Liaoning PM2.5 (seed 000): 45.98 µg/m³ in 2016, 44 in 2017, target 42 in 2020:
    actual −4.3 %/yr, required −2.24 %/yr, ratio 1.92 — significant progress.

    >>> r = eurostat_assessment(44 / 0.957, 44, 42, 2016, 2017, 2020)
    >>> round(r.actual_rate, 4), round(r.required_rate, 4), round(r.ratio, 2), r.category
    (-0.043, -0.0224, 1.92, 'significant_progress')
    """
    if method not in ("auto", "linear"):
        raise ValueError(f"method must be 'auto' or 'linear', got {method!r}")
    if not zero_substitute > 0:
        raise ValueError(f"zero_substitute must be > 0, got {zero_substitute!r}")
    scalar = _is_scalar(baseline, current, target, t0, t, target_year)
    index = _index_of(baseline, current, target, t0, t, target_year)
    x0, x1, xs, y0, y1, yT = _broadcast(baseline, current, target, t0, t, target_year)
    band = _band_mask(direction, x0.shape)
    d = _directions(direction, x0, xs)
    unknown = (d == None) & ~band  # noqa: E711 - object array
    dt_, dT = y1 - y0, yT - y0
    # one-sided indicators: CAGR with zeros substituted (Open SDG), linear when negative
    negative = (x0 < 0) | (x1 < 0) | (xs < 0)
    linear = negative | (method == "linear")
    zero = ~linear & ~band & ((xs == 0) | (x0 == 0))
    _warn_rows(
        zero,
        f"a zero target or base value was replaced by {zero_substitute} for the CAGR "
        "(Open SDG's rule); its ratio depends on that substitute",
    )
    _warn_rows(
        negative & ~band & (method == "auto"),
        "negative values have no compound growth rate: linear annual rates used",
    )
    x0c = np.where(x0 == 0, zero_substitute, x0)
    xsc = np.where(xs == 0, zero_substitute, xs)
    with np.errstate(divide="ignore", invalid="ignore"):
        a_c = np.asarray(cagr(x0c, x1, dt_), dtype=float)
        r_c = np.asarray(cagr(x0c, xsc, dT), dtype=float)
        a_l = np.where(dt_ > 0, (x1 - x0) / np.where(dt_ > 0, dt_, 1.0), np.nan)
        r_l = np.where(dT > 0, (xs - x0) / np.where(dT > 0, dT, 1.0), np.nan)
        # band: linear rates of the distance to x*, whose target is 0
        d0, d1 = np.abs(x0 - xs), np.abs(x1 - xs)
        a_d = np.where(dt_ > 0, (d1 - d0) / np.where(dt_ > 0, dt_, 1.0), np.nan)
        r_d = np.where(dT > 0, -d0 / np.where(dT > 0, dT, 1.0), np.nan)
    a = np.select([band, linear], [a_d, a_l], default=a_c)
    r = np.select([band, linear], [r_d, r_l], default=r_c)
    eps = 1e-9 * np.maximum(np.abs(xs), 1.0)
    met = np.where(band, (d1 <= eps) & ~np.isnan(x1), _meets(x1, xs, d))
    base_met = np.where(band, d0 <= eps, _meets(x0, xs, d))
    rho = np.asarray(eurostat_ratio(a, r), dtype=float)
    rho = np.where(base_met | unknown, np.nan, rho)
    cat = eurostat_category(rho, met & met_category, thresholds=thresholds)
    codes = np.asarray(cat.codes).reshape(x0.shape).copy()
    first = EUROSTAT_CATEGORY.categories.get_loc
    # base value already meeting the target: met → target_met (or significant), else away
    codes = np.where(base_met & ~met, first("moving_away"), codes)
    codes = np.where(base_met & met & (not met_category), first("significant_progress"), codes)
    # at or after the target year: met or missed
    done = (y1 >= yT) & ~np.isnan(x1)
    codes = np.where(done, np.where(met, first("target_met"), first("target_missed")), codes)
    codes = np.where(unknown, -1, codes)
    category = pd.Categorical.from_codes(codes.ravel(), dtype=EUROSTAT_CATEGORY)
    met_out = pd.array(np.where(unknown, _NONE, met).ravel(), dtype="boolean")
    return _result(
        EurostatResult,
        scalar,
        index,
        actual_rate=a,
        required_rate=r,
        ratio=rho,
        method=np.select([band, linear], ["distance", "linear"], default="cagr"),
        met=met_out,
        category=category,
    )


# -- UNESCAP ---------------------------------------------------------------------------
def expected_progress(t0: Any, t: Any, target_year: Any) -> np.ndarray | float:
    """ESCAP expected progress line :math:`(t - t_0)/(T - t_0)`, clipped to [0, 1].

    Parameters
    ----------
    t0 : array_like
        Start year or date :math:`t_0`.
    t : array_like
        Year or date of the assessment :math:`t`.
    target_year : array_like
        Target year or date :math:`T`.

    Returns
    -------
    numpy.ndarray or float
        The expected progress, a float for scalar inputs, else an array of the broadcast
        shape.
    """
    y0, y1, yT = np.broadcast_arrays(_years(t0), _years(t), _years(target_year))
    with np.errstate(divide="ignore", invalid="ignore"):
        e = np.clip(np.where(yT > y0, (y1 - y0) / np.where(yT > y0, yT - y0, 1.0), np.nan), 0, 1)
    return float(e) if e.ndim == 0 else e


def current_status_index(
    baseline: Any,
    current: Any,
    target: Any,
    *,
    direction: Any = None,
    floor: float = ESCAP_FLOOR,
    cap: float = ESCAP_CAP,
) -> np.ndarray | float:
    """ESCAP Current Status Index: the share of the way from base to target covered.

    :math:`\\mathrm{clip}((x_t - x_0)/(x^* - x_0), f, c)`; for ``direction="band"``
    (parity targets) :math:`1 - |x^* - x_t|/|x^* - x_0|`, clipped alike.  The bounds
    (``floor`` :math:`f` = −1, ``cap`` :math:`c` = 1) keep one indicator with a tiny
    required change from deciding a goal's mean (see the module documentation).  When
    the base value already meets the target: 1 if the current value meets it too, else
    NaN; without a direction and with :math:`x_0 = x^*`: NaN (not assessable).

    Parameters
    ----------
    baseline : array_like
        Base value :math:`x_0` (scalar or array).
    current : array_like
        Current value :math:`x_t`.
    target : array_like
        Target value :math:`x^*`.
    direction : str or array_like of str, optional
        ``"higher"``/``"lower"``/``"band"``, one or one per element; None and
        ``"neutral"`` take the direction from the sign of :math:`x^* - x_0`.
    floor : float, optional
        Lower bound :math:`f` of the index.
    cap : float, optional
        Upper bound :math:`c` of the index.

    Returns
    -------
    numpy.ndarray or float
        The index, a float for scalar inputs, else an array of the broadcast shape.

    Examples
    --------
    >>> current_status_index(40.0, 70.0, 100.0)
    0.5
    >>> float(current_status_index(100.0, 97.0, 100.01))
    -1.0
    """
    if not floor <= cap:
        raise ValueError(f"floor ({floor}) must not exceed cap ({cap})")
    x0, x1, xs = np.broadcast_arrays(_floats(baseline), _floats(current), _floats(target))
    band = _band_mask(direction, x0.shape)
    d = _directions(direction, x0, xs)
    with np.errstate(divide="ignore", invalid="ignore"):
        span = xs - x0
        one_sided = np.minimum(1.0, (x1 - x0) / np.where(span != 0, span, np.nan))
        parity = 1.0 - np.abs(xs - x1) / np.abs(np.where(span != 0, span, np.nan))
    csi = np.clip(np.where(band, parity, one_sided), floor, cap)
    base_met = np.where(band, span == 0, _meets(x0, xs, d))
    now_met = np.where(band, x1 == xs, _meets(x1, xs, d))
    csi = np.where(base_met, np.where(now_met, min(1.0, cap), np.nan), csi)
    csi = np.where((d == None) & ~band, np.nan, csi)  # noqa: E711 - no direction, x0 = x*
    csi = np.where(np.isnan(x0) | np.isnan(x1) | np.isnan(xs), np.nan, csi)
    return float(csi) if csi.ndim == 0 else csi


def anticipated_progress_index(
    baseline: Any,
    current: Any,
    target: Any,
    t0: Any,
    t: Any,
    target_year: Any,
    *,
    direction: Any = None,
    predicted: Any = None,
    floor: float = ESCAP_FLOOR,
    cap: float = ESCAP_CAP,
) -> np.ndarray | float:
    """ESCAP Anticipated Progress Index: share of the required progress expected by ``T``.

    :math:`\\mathrm{clip}((\\hat{x}_T - x_0)/(x^* - x_0), f, c)` (bounds as for
    :func:`current_status_index`) with :math:`\\hat{x}_T` = ``predicted``
    or the compound-growth extrapolation :math:`x_t (x_t/x_0)^{(T-t)/(t-t_0)}` (linear
    for non-positive values; :math:`x_t` once :math:`t \\ge T`).

    Parameters
    ----------
    baseline : array_like
        Base value :math:`x_0` (scalar or array).
    current : array_like
        Current value :math:`x_t`.
    target : array_like
        Target value :math:`x^*`.
    t0 : array_like
        Base year or date :math:`t_0`.
    t : array_like
        Year or date of the current value :math:`t`.
    target_year : array_like
        Target year or date :math:`T`.
    direction : str or array_like of str, optional
        ``"higher"``/``"lower"``/``"band"``, one or one per element; None and
        ``"neutral"`` take the direction from the sign of :math:`x^* - x_0`.
    predicted : array_like, optional
        Predicted value :math:`\\hat{x}_T` at the target year (default: extrapolated
        from :math:`x_0` and :math:`x_t`).
    floor : float, optional
        Lower bound :math:`f` of the index.
    cap : float, optional
        Upper bound :math:`c` of the index.

    Returns
    -------
    numpy.ndarray or float
        The index, a float for scalar inputs, else an array of the broadcast shape.

    Examples
    --------
    >>> round(anticipated_progress_index(40.0, 60.0, 100.0, 2015, 2020, 2030,
    ...                                  predicted=90.0), 4)
    0.8333
    """
    x0, x1, xs, y0, y1, yT = _broadcast(baseline, current, target, t0, t, target_year)
    pred = _predict(x0, x1, y0, y1, yT, predicted)
    api = current_status_index(x0, pred, xs, direction=direction, floor=floor, cap=cap)
    api = np.asarray(api, dtype=float)
    return float(api) if api.ndim == 0 else api


def _predict(
    x0: np.ndarray,
    x1: np.ndarray,
    y0: np.ndarray,
    y1: np.ndarray,
    yT: np.ndarray,
    predicted: Any = None,
) -> np.ndarray:
    """:math:`\\hat{x}_T`: the caller's ``predicted`` (broadcast), else extrapolated."""
    if predicted is not None:
        return np.broadcast_to(_floats(predicted), x0.shape).astype(float)
    dt = y1 - y0
    ahead = np.maximum(yT - y1, 0.0)
    positive = (x0 > 0) & (x1 > 0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        g = np.asarray(cagr(x0, x1, dt), dtype=float)
        compound = x1 * np.power(1.0 + g, ahead)
        linear = x1 + np.where(dt > 0, (x1 - x0) / np.where(dt > 0, dt, 1.0), np.nan) * ahead
    pred = np.where(positive, compound, linear)
    return np.where(ahead == 0, x1, pred)


@dataclass(frozen=True, slots=True)
class EscapResult:
    """ESCAP assessment of one indicator.

    Parameters
    ----------
    current_status : float
        Current Status Index.
    expected_progress : float
        Expected progress :math:`(t - t_0)/(T - t_0)`.
    predicted : float
        Predicted value at the target year.
    anticipated_progress : float
        Anticipated Progress Index.
    category : str or None
        ESCAP's class of the Anticipated Progress Index; None when not assessable.
    """

    current_status: float
    expected_progress: float
    predicted: float
    anticipated_progress: float
    category: str | None


def _escap_category(api: np.ndarray) -> pd.Categorical:
    a = np.atleast_1d(np.asarray(api, dtype=float))
    codes = np.select([np.isnan(a), a >= 1.0, a >= 0.0], [-1, 2, 1], default=0)
    return pd.Categorical.from_codes(codes, dtype=ESCAP_CATEGORY)


@overload
def escap_assessment(
    baseline: float,
    current: float,
    target: float,
    t0: float | dt.date | np.datetime64,
    t: float | dt.date | np.datetime64,
    target_year: float | dt.date | np.datetime64,
    *,
    direction: str | None = ...,
    predicted: float | None = ...,
    floor: float = ...,
    cap: float = ...,
) -> EscapResult: ...
@overload
def escap_assessment(
    baseline: Any,
    current: Any,
    target: Any,
    t0: Any,
    t: Any,
    target_year: Any,
    *,
    direction: Any = ...,
    predicted: Any = ...,
    floor: float = ...,
    cap: float = ...,
) -> EscapResult | pd.DataFrame: ...
def escap_assessment(
    baseline: Any,
    current: Any,
    target: Any,
    t0: Any,
    t: Any,
    target_year: Any,
    *,
    direction: Any = None,
    predicted: Any = None,
    floor: float = ESCAP_FLOOR,
    cap: float = ESCAP_CAP,
) -> EscapResult | pd.DataFrame:
    """Current Status Index, expected progress, prediction and Anticipated Progress Index.

    Both indices are bounded per indicator to [``floor``, ``cap``] = [−1, 1] (see the
    module documentation).

    Parameters
    ----------
    baseline : array_like
        Base value :math:`x_0` (scalars or arrays, broadcast together).
    current : array_like
        Current value :math:`x_t`.
    target : array_like
        Target value :math:`x^*`.
    t0 : array_like
        Base year or date :math:`t_0`.
    t : array_like
        Year or date of the current value :math:`t`.
    target_year : array_like
        Target year or date :math:`T`.
    direction : str or array_like of str, optional
        ``"higher"``/``"lower"``/``"band"``, one or one per element; None and
        ``"neutral"`` take the direction from the sign of :math:`x^* - x_0`.
    predicted : array_like, optional
        Predicted value :math:`\\hat{x}_T` at the target year (default: extrapolated).
    floor : float, optional
        Lower bound of both indices.
    cap : float, optional
        Upper bound of both indices.

    Returns
    -------
    EscapResult or pandas.DataFrame
        Columns ``current_status``, ``expected_progress``, ``predicted``,
        ``anticipated_progress`` (float64) and ``category`` (:data:`ESCAP_CATEGORY`).
    """
    scalar = _is_scalar(baseline, current, target, t0, t, target_year)
    index = _index_of(baseline, current, target, t0, t, target_year)
    x0, x1, xs, y0, y1, yT = _broadcast(baseline, current, target, t0, t, target_year)
    pred = _predict(x0, x1, y0, y1, yT, predicted)
    bounds = {"floor": floor, "cap": cap}
    csi = np.asarray(current_status_index(x0, x1, xs, direction=direction, **bounds), dtype=float)
    api = np.asarray(current_status_index(x0, pred, xs, direction=direction, **bounds), dtype=float)
    exp = np.asarray(expected_progress(y0, y1, yT), dtype=float)
    return _result(
        EscapResult,
        scalar,
        index,
        current_status=csi,
        expected_progress=exp,
        predicted=pred,
        anticipated_progress=api,
        category=_escap_category(api),
    )


def escap_aggregate(assessment: pd.DataFrame, by: str | list[str] | None = None) -> pd.DataFrame:
    """Aggregate indicator-level ESCAP indices by simple (unweighted) means.

    Parameters
    ----------
    assessment : pandas.DataFrame
        A frame with ``current_status`` and ``anticipated_progress`` (e.g. the output of
        :func:`escap_assessment`, joined with grouping columns).
    by : str or list[str], optional
        Grouping column(s) (goal, target, region …); ``None`` aggregates everything.

    Returns
    -------
    pandas.DataFrame
        One row per group: ``n`` (indicators with a value), ``current_status`` and
        ``anticipated_progress`` (means, NaN ignored), ``status_gap`` =
        1 − mean CSI, ``anticipated_gap`` = 1 − mean API, ``category`` of the mean API.
    """
    cols = ["current_status", "anticipated_progress"]
    missing = [c for c in cols if c not in assessment.columns]
    if missing:
        raise ValueError(f"assessment lacks column(s) {missing}")
    if by is None:
        grouped = assessment[cols].assign(_all="all").groupby("_all")
    else:
        grouped = assessment.groupby(by, sort=True)
    out = grouped[cols].mean()
    out.insert(0, "n", grouped["current_status"].count().astype("Int64"))
    out["status_gap"] = 1.0 - out["current_status"]
    out["anticipated_gap"] = 1.0 - out["anticipated_progress"]
    out["category"] = _escap_category(out["anticipated_progress"].to_numpy(dtype=float))
    if by is None:
        out.index.name = None
    return out
