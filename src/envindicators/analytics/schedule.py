"""Schedule progress (序时进度): whether an indicator is where a straight path to its target says.

Definition
----------
Chinese plans judge progress against the *time-proportional* share of the planned change
(达到序时进度: the share of the change achieved is at least the share of the period
elapsed).  With base value :math:`B` at the start :math:`s` of the target period, target
:math:`T` at the deadline :math:`d`, and the observed value :math:`x` at date :math:`t`:

.. math::

    \\tau(t) = \\operatorname{clip}\\!\\left(\\frac{t - s}{d - s},\\, 0,\\, 1\\right)
    \\qquad E(t) = B + \\tau(t)\\,(T - B)
    \\qquad p = \\frac{x - B}{T - B}

* :math:`\\tau` — **time fraction** elapsed (days; 0 before the start, 1 at and after the
  deadline, so a passed deadline expects the full target);
* :math:`E(t)` — **expected value**, linear interpolation from the base to the target;
* :math:`p` — **progress fraction** achieved (unclipped: negative when the indicator moved
  away, above 1 when it overshot).

**Reached** (达到序时进度) is :math:`p \\ge \\tau`, the Chinese reading: 0.475 of the
change done when half the time has passed is 未达到序时进度, however close.

Status (ordered ``missed < behind < on_schedule < ahead < met``):

* ``met`` when the observation already meets the target (comparator semantics of
  :func:`envindicators.analytics.gap.compare`);
* **at or after the deadline** (:math:`\\tau = 1`) only ``met`` or ``missed``: a path
  position means nothing once the time is up (42.1 µg/m³ against ≤ 42 at the deadline is
  missed, not "on schedule");
* **before the start** of the target period the path does not exist yet: status NA
  (``phase = "before_start"``), not ``ahead``;
* else ``ahead`` when :math:`p > \\tau + \\epsilon`, ``behind`` when :math:`p < \\tau - \\epsilon`,
  ``on_schedule`` otherwise, with :math:`\\epsilon` = ``tolerance`` (default
  :data:`DEFAULT_TOLERANCE` = 0: ``on_schedule`` only when :math:`p = \\tau`; pass a band
  such as 0.05 to call 5 % of the planned change "on schedule" — ``reached`` ignores it);
* when the base value already meets the target (:math:`T = B`, or :math:`B` beyond the
  target on the better side) :math:`p` is undefined (NaN) and the status is ``behind``
  unless the target is met — the indicator regressed from a met position.

:math:`B` is the target's base value (``baseline_value``) and :math:`s` the target's
``start`` (else 31 December of ``baseline_year``).  For change targets (比2015年下降13%)
the path runs in change space, from 0 % to the target change, which gives the same
:math:`p` as the level path when :math:`B` is known.  For a band the target is the band
edge nearest to :math:`B`.  Missing :math:`B`, :math:`s` or :math:`d` → NaN/NA.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
import pandas as pd
import pint

from envindicators.analytics.gap import DEFAULT_APPROX_RTOL, _q, compare, gap
from envindicators.errors import ModelValidationError
from envindicators.model import (
    Observation,
    Target,
    canonical_values,
    coerce_frame,
    indicator_map,
)
from envindicators.model.indicator import IndicatorLike

__all__ = [
    "DEFAULT_TOLERANCE",
    "SCHEDULE_PHASE",
    "SCHEDULE_STATUS",
    "ScheduleResult",
    "expected_value",
    "progress_fraction",
    "schedule_progress",
    "schedule_reached",
    "schedule_status",
    "time_fraction",
]

#: Half-width of ``on_schedule`` around the time fraction, as a fraction of the change.
#: 0: in Chinese usage any shortfall is 未达到序时进度.
DEFAULT_TOLERANCE = 0.0
#: Ordered categorical dtype of the ``status`` column.
SCHEDULE_STATUS = pd.CategoricalDtype(
    ["missed", "behind", "on_schedule", "ahead", "met"], ordered=True
)
#: Categorical dtype of the ``phase`` column: where the assessment date lies.
SCHEDULE_PHASE = pd.CategoricalDtype(["before_start", "in_period", "after_deadline"])

_DAY = np.timedelta64(1, "D")


def _as_datetime64(x: Any) -> np.ndarray:
    if isinstance(x, pd.Series | pd.Index):
        return pd.to_datetime(x).to_numpy(dtype="datetime64[D]")
    if isinstance(x, dt.date | str | np.datetime64 | pd.Timestamp):
        return np.asarray(pd.Timestamp(x).to_datetime64(), dtype="datetime64[D]")
    return np.asarray(pd.to_datetime(np.asarray(x)), dtype="datetime64[D]")


def time_fraction(start: Any, deadline: Any, at: Any) -> np.ndarray | float:
    """Fraction of the target period elapsed: :math:`\\tau = \\mathrm{clip}((t-s)/(d-s), 0, 1)`.

    Parameters
    ----------
    start, deadline, at : date-like or array-like of dates
        Dates, Timestamps or ISO strings (scalars or arrays, broadcast together).

    Returns
    -------
    float or numpy.ndarray
        Counted in days.  When :math:`d = s` the fraction is 0 before the deadline and 1
        from it.  NaT → NaN.

    Raises
    ------
    ModelValidationError
        A deadline before its start (``field="deadline"``): the period does not exist.

    >>> time_fraction("2016-01-01", "2020-12-31", "2018-07-02")
    0.5
    """
    s, d, t = np.broadcast_arrays(
        _as_datetime64(start), _as_datetime64(deadline), _as_datetime64(at)
    )
    inverted = ~np.isnat(s) & ~np.isnat(d) & (d < s)
    if inverted.any():
        i = np.flatnonzero(inverted.ravel())[0]
        raise ModelValidationError(
            "deadline",
            str(d.ravel()[i]),
            f"before the start {s.ravel()[i]}: a target period must not end before it begins",
        )
    span = (d - s) / _DAY
    el = (t - s) / _DAY
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = np.where(
            span > 0, el / np.where(span > 0, span, 1.0), np.where(el >= span, 1.0, 0.0)
        )
    frac = np.clip(frac, 0.0, 1.0)
    frac = np.where(np.isnat(s) | np.isnat(d) | np.isnat(t), np.nan, frac)
    return float(frac) if frac.ndim == 0 else frac


def expected_value(baseline: Any, target: Any, fraction: Any) -> np.ndarray | float:
    """Expected value on the straight path: :math:`E = B + \\tau\\,(T - B)`.

    Parameters
    ----------
    baseline : array_like
        Baseline value :math:`B`.
    target : array_like
        Target value :math:`T`.
    fraction : array_like
        Elapsed time fraction :math:`\\tau` (0 at the start, 1 at the deadline).

    Returns
    -------
    numpy.ndarray or float
        :math:`E`, a float for scalar inputs, else an array of the broadcast shape.
    """
    b, t, f = (np.asarray(v, dtype=float) for v in (baseline, target, fraction))
    e = b + f * (t - b)
    return float(e) if e.ndim == 0 else e


def progress_fraction(baseline: Any, target: Any, observed: Any) -> np.ndarray | float:
    """Share of the planned change achieved: :math:`p = (x - B)/(T - B)`; NaN when :math:`T = B`.

    Parameters
    ----------
    baseline : array_like
        Baseline value :math:`B`.
    target : array_like
        Target value :math:`T`.
    observed : array_like
        Observed value :math:`x`.

    Returns
    -------
    numpy.ndarray or float
        :math:`p`, a float for scalar inputs, else an array of the broadcast shape.
    """
    b, t, x = (np.asarray(v, dtype=float) for v in (baseline, target, observed))
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(t != b, (x - b) / np.where(t != b, t - b, 1.0), np.nan)
    return float(p) if p.ndim == 0 else p


def schedule_status(
    progress: Any,
    fraction: Any,
    met: Any = False,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    started: Any = True,
) -> pd.Categorical:
    """Schedule status from progress and time fractions (see the module docstring).

    Parameters
    ----------
    progress, fraction : array-like of float
        :math:`p` and :math:`\\tau` (broadcast together).
    met : array-like of bool or float, default False
        1/True overrides to ``met``; 0/False with :math:`\\tau \\ge 1` (the deadline
        reached) gives ``missed``; NaN is unknown.
    tolerance : float, default 0
        Half-width of ``on_schedule`` (≥ 0).
    started : array-like of bool, default True
        False where the assessment date precedes the start of the period: NA.

    Returns
    -------
    pandas.Categorical
        :data:`SCHEDULE_STATUS`; NA where :math:`p` or :math:`\\tau` is NaN (and the
        target is not met), before the start, or at the deadline with ``met`` unknown.

    Raises
    ------
    ValueError
        A negative or NaN ``tolerance``.
    """
    if not tolerance >= 0:
        raise ValueError(f"tolerance must be ≥ 0, got {tolerance!r}")
    p, f, m, st = np.broadcast_arrays(
        np.atleast_1d(np.asarray(progress, dtype=float)),
        np.atleast_1d(np.asarray(fraction, dtype=float)),
        np.atleast_1d(np.asarray(met, dtype=float)),
        np.atleast_1d(np.asarray(started, dtype=bool)),
    )
    codes = np.select(
        [
            ~st,
            m == 1.0,
            f >= 1.0,
            np.isnan(f) | np.isnan(p),
            p > f + tolerance,
            p < f - tolerance,
        ],
        [-1, 4, np.where(m == 0.0, 0, -1), -1, 3, 1],
        default=2,
    )
    return pd.Categorical.from_codes(codes, dtype=SCHEDULE_STATUS)


def schedule_reached(progress: Any, fraction: Any) -> pd.arrays.BooleanArray:
    """Whether the schedule is reached (达到序时进度): :math:`p \\ge \\tau`, NA where unknown.

    Parameters
    ----------
    progress : array_like
        Progress fraction :math:`p`.
    fraction : array_like
        Time fraction :math:`\\tau`.

    Returns
    -------
    pandas.arrays.BooleanArray
        True where :math:`p \\ge \\tau`, NA where either is NaN.

    Examples
    --------
    >>> schedule_reached([0.475, 0.5, 0.6], 0.5).tolist()
    [False, True, True]
    """
    p, f = np.broadcast_arrays(
        np.atleast_1d(np.asarray(progress, dtype=float)),
        np.atleast_1d(np.asarray(fraction, dtype=float)),
    )
    unknown = np.isnan(p) | np.isnan(f)
    return pd.arrays.BooleanArray(np.where(unknown, False, p >= f), unknown)


@dataclass(frozen=True, slots=True)
class ScheduleResult:
    """Schedule progress of one observation against one target.

    Parameters
    ----------
    basis : str or None
        ``level`` or ``change`` (the target's basis), None when not comparable.
    at : datetime.date
        Date of the assessment.
    baseline : pint.Quantity or None
        Baseline value, a quantity (``%`` for change targets).
    target : pint.Quantity or None
        Target value.
    observed : pint.Quantity or None
        Observed value.
    expected : pint.Quantity or None
        Expected value on the straight path at ``at``.
    time_fraction : float
        Elapsed time fraction :math:`\\tau`.
    progress_fraction : float
        Progress fraction :math:`p`.
    status : str or None
        One of ``missed``, ``behind``, ``on_schedule``, ``ahead``, ``met``, or None.
    reached : bool or None
        Whether the schedule is reached (达到序时进度): :math:`p \\ge \\tau`; None when
        unknown.
    met : bool or None
        Whether the target is met; None when unknown.
    deadline_passed : bool or None
        Whether ``at`` is on or after the deadline; None when unknown.
    phase : str or None
        ``before_start``, ``in_period`` or ``after_deadline``; None when unknown.
    """

    basis: str | None
    at: dt.date
    baseline: pint.Quantity | None
    target: pint.Quantity | None
    observed: pint.Quantity | None
    expected: pint.Quantity | None
    time_fraction: float
    progress_fraction: float
    status: str | None
    reached: bool | None
    met: bool | None
    deadline_passed: bool | None
    phase: str | None


@overload
def schedule_progress(
    target: Target,
    observation: Observation,
    *,
    at: Any = ...,
    indicators: IndicatorLike | None = ...,
    tolerance: float = ...,
    approx_rtol: float = ...,
) -> ScheduleResult: ...
@overload
def schedule_progress(
    target: pd.DataFrame,
    observation: pd.DataFrame,
    *,
    at: Any = ...,
    indicators: IndicatorLike | None = ...,
    tolerance: float = ...,
    approx_rtol: float = ...,
) -> pd.DataFrame: ...
def schedule_progress(
    target: Target | pd.DataFrame,
    observation: Observation | pd.DataFrame,
    *,
    at: Any = None,
    indicators: IndicatorLike | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    approx_rtol: float = DEFAULT_APPROX_RTOL,
) -> ScheduleResult | pd.DataFrame:
    """Schedule progress (序时进度): expected value at a date, progress and time fractions, status.

    Parameters
    ----------
    target : Target or pandas.DataFrame
        A :class:`~envindicators.model.Target`, or a targets frame paired row by row with
        ``observation`` (as for :func:`~envindicators.analytics.gap.gap`).
    observation : Observation or pandas.DataFrame
        An :class:`~envindicators.model.Observation`, or an observations frame of the
        same length as ``target``.
    at : array_like, optional
        Date of the assessment (scalar or array); default the observation's
        ``period_end``.
    indicators : IndicatorLike, optional
        Indicator registry, for frames.
    tolerance : float, optional
        Half-width of ``on_schedule`` in units of the planned change (default 0; it does
        not change ``reached``).
    approx_rtol : float, optional
        Default tolerance of ``approx`` targets (for ``met``).

    Returns
    -------
    ScheduleResult or pandas.DataFrame
        Frame indexed like ``target``: ``target_id``, ``obs_id`` (string),
        ``indicator``, ``basis`` (str), ``unit`` (str), ``at`` (datetime64),
        ``baseline``, ``target``, ``observed``, ``expected`` (float64, in ``unit``),
        ``time_fraction``, ``progress_fraction`` (float64), ``status``
        (:data:`SCHEDULE_STATUS`), ``reached`` (boolean: :math:`p \\ge \\tau`), ``met``
        (boolean), ``deadline_passed`` (boolean: the date is after the deadline),
        ``phase`` (:data:`SCHEDULE_PHASE`).

    Raises
    ------
    ModelValidationError
        A target period whose deadline precedes its start.

    Examples
    --------
    Liaoning, seed 000: PM2.5 44 µg/m³ in 2017, 同比下降4.3% (so about 45.98 in 2016),
    target 42 by 2020.  With the path starting at the end of 2016, a quarter of the time
    has elapsed at the end of 2017 and half of the planned fall is done:

    >>> from envindicators.model import Indicator, Observation, Target
    >>> pm = Indicator("pm25_concentration", "PM2.5浓度", "PM2.5", "µg/m3", "lower")
    >>> t = Target.level(pm, "le", (42, "µg/m3"), baseline=(44 / (1 - 0.043), "µg/m3"),
    ...                  baseline_year=2016, deadline=2020)
    >>> r = schedule_progress(t, Observation.of(pm, (44, "µg/m3"), 2017))
    >>> round(r.time_fraction, 3), round(r.progress_fraction, 3), r.status
    (0.25, 0.497, 'ahead')
    """
    if isinstance(target, Target) and isinstance(observation, Observation):
        reg = {target.indicator.code: target.indicator}
        frame = schedule_progress(
            Target.to_frame([target]),
            Observation.to_frame([observation]),
            at=at,
            indicators=reg,
            tolerance=tolerance,
            approx_rtol=approx_rtol,
        )
        assert isinstance(frame, pd.DataFrame)
        return _result(frame.iloc[0])
    if not (isinstance(target, pd.DataFrame) and isinstance(observation, pd.DataFrame)):
        raise TypeError(
            "schedule_progress() takes a Target and an Observation, or two paired frames"
        )
    if indicators is None:
        raise TypeError("schedule_progress() on frames needs indicators=…")
    registry = indicator_map(indicators)
    g = gap(target, observation, indicators=registry, approx_rtol=approx_rtol)
    assert isinstance(g, pd.DataFrame)
    T = coerce_frame(target, "targets")
    O = coerce_frame(observation, "observations")  # noqa: E741
    tv = canonical_values(T, "targets", registry, check=False)

    change = (g["basis"] == "change").fillna(False).to_numpy(dtype=bool)
    b_level = tv["baseline"].to_numpy(dtype=float, na_value=np.nan)
    B = np.where(change, 0.0, b_level)
    t_val = g["target"].to_numpy(dtype=float, na_value=np.nan)
    t_hi = g["target_high"].to_numpy(dtype=float, na_value=np.nan)
    # band: the edge nearest to the base value
    t_path = np.where(~np.isnan(t_hi) & (t_hi < B), t_hi, t_val)
    x = g["observed"].to_numpy(dtype=float, na_value=np.nan)
    comp = T["comparator"].to_numpy(dtype=object)
    dirn = tv["direction"].to_numpy(dtype=object)
    base_met, _, _ = compare(B, t_val, comp, dirn, t_hi, tv["tolerance"], approx_rtol=approx_rtol)

    start = T["start"].fillna(
        pd.to_datetime(T["baseline_year"].astype("string") + "-12-31").astype(T["start"].dtype)
    )
    if at is None:
        when_arr = O["period_end"].to_numpy(dtype="datetime64[D]")
    else:
        when_arr = np.broadcast_to(_as_datetime64(at), (len(T),))
    frac = np.asarray(time_fraction(start, T["deadline"], when_arr), dtype=float).reshape(len(T))
    progress = np.asarray(progress_fraction(B, t_path, x), dtype=float).reshape(len(T))
    progress = np.where(base_met == 1.0, np.nan, progress)
    met = g["met"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    start_d = start.to_numpy(dtype="datetime64[D]")
    deadline_d = T["deadline"].to_numpy(dtype="datetime64[D]")
    started = np.isnat(start_d) | np.isnat(when_arr) | (when_arr >= start_d)
    status = schedule_status(progress, frac, met, tolerance=tolerance, started=started)
    reached = schedule_reached(progress, frac)
    # regressed from a base value that already met the target: behind (p is undefined)
    regressed = (base_met == 1.0) & (met == 0.0) & (frac < 1.0) & started
    status[regressed] = "behind"
    reached[regressed] = False
    reached[met == 1.0] = True
    reached[~started] = pd.NA
    expected = np.asarray(expected_value(B, t_path, frac), dtype=float).reshape(len(T))
    passed = when_arr > deadline_d
    phase = np.select(
        [np.isnat(deadline_d) | np.isnat(when_arr), ~started, when_arr >= deadline_d],
        [-1, 0, 2],
        default=1,
    )

    out = pd.DataFrame(index=T.index)
    out["target_id"] = g["target_id"]
    out["obs_id"] = g["obs_id"]
    out["indicator"] = g["indicator"]
    out["basis"] = g["basis"]
    out["unit"] = g["unit"]
    out["at"] = pd.Series(when_arr, index=T.index).astype("datetime64[us]")
    out["baseline"] = np.where(g["basis"].isna().to_numpy(), np.nan, B)
    out["target"] = t_path
    out["observed"] = x
    out["expected"] = expected
    out["time_fraction"] = frac
    out["progress_fraction"] = progress
    out["status"] = pd.Series(status, index=T.index)
    out["reached"] = pd.Series(reached, index=T.index)
    out["met"] = g["met"]
    out["deadline_passed"] = pd.arrays.BooleanArray(
        np.asarray(passed, dtype=bool), T["deadline"].isna().to_numpy()
    )
    out["phase"] = pd.Series(pd.Categorical.from_codes(phase, dtype=SCHEDULE_PHASE), index=T.index)
    return out


def _result(row: pd.Series) -> ScheduleResult:
    def opt_bool(v: Any) -> bool | None:
        return None if pd.isna(v) else bool(v)

    return ScheduleResult(
        basis=None if pd.isna(row["basis"]) else str(row["basis"]),
        at=pd.Timestamp(row["at"]).date(),
        baseline=_q(row["baseline"], row["unit"]),
        target=_q(row["target"], row["unit"]),
        observed=_q(row["observed"], row["unit"]),
        expected=_q(row["expected"], row["unit"]),
        time_fraction=float(row["time_fraction"]),
        progress_fraction=float(row["progress_fraction"]),
        status=None if pd.isna(row["status"]) else str(row["status"]),
        reached=opt_bool(row["reached"]),
        met=opt_bool(row["met"]),
        deadline_passed=opt_bool(row["deadline_passed"]),
        phase=None if pd.isna(row["phase"]) else str(row["phase"]),
    )
