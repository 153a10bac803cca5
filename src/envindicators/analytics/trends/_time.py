"""The time axis of a trend: numbers, datetimes, or positions.

Every trend function works on a float time axis ``t``.  It is built from what the caller
passes:

* ``None`` — positions ``0, 1, …, n−1`` (for a :class:`pandas.Series`, its index instead,
  see :func:`envindicators.analytics.trends._panel`);
* numbers (``int``/``float`` arrays, e.g. years ``2015, 2016, …``) — used as given;
* datetimes (``numpy.datetime64``, :class:`pandas.Timestamp`, :class:`datetime.date`,
  :class:`pandas.DatetimeIndex`, datetime columns) — converted to **decimal years**:

  .. math:: t = Y + \\frac{d - \\mathrm{Jan\\,1}(Y)}{\\mathrm{Jan\\,1}(Y+1) - \\mathrm{Jan\\,1}(Y)}

  where ``Y`` is the calendar year of ``d`` and the fraction uses the real length of that
  year (365 or 366 days), so ``2020-07-02T00:00`` → ``2020.5`` and ``2017-12-31`` →
  ``2017.99726``.  Time-zone-aware values are taken at their wall-clock time.
* periods (:class:`pandas.Period`, :class:`pandas.PeriodIndex`) — their start time, so the
  annual period ``2017`` is ``2017.0`` exactly like the number ``2017``.

Slopes are "per unit of ``t``": per year for numeric years and for datetimes, per step for
positions.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import numpy as np
import pandas as pd

from envindicators.errors import TrendError

__all__ = ["TimeKind", "decimal_years", "to_time_axis", "to_time_scalar"]

TimeKind = Literal["index", "numeric", "datetime"]


def decimal_years(values: pd.DatetimeIndex | np.ndarray) -> np.ndarray:
    """Decimal years of datetimes (see the module docstring for the formula).

    Parameters
    ----------
    values:
        Datetime-like values; ``NaT`` becomes ``NaN``.

    Returns
    -------
    numpy.ndarray
        float64 decimal years, same length.

    Examples
    --------
    >>> decimal_years(pd.to_datetime(["2020-01-01", "2020-07-02", "2021-01-01"]))
    array([2020. , 2020.5, 2021. ])
    """
    idx = pd.DatetimeIndex(values)
    if idx.tz is not None:
        idx = idx.tz_localize(None)
    d = idx.to_numpy(dtype="datetime64[ns]")
    nat = np.isnat(d)
    year = d.astype("datetime64[Y]")
    start = year.astype("datetime64[ns]")
    end = (year + np.timedelta64(1, "Y")).astype("datetime64[ns]")
    with np.errstate(invalid="ignore"):
        frac = (d - start).astype(np.int64) / (end - start).astype(np.int64)
        out = year.astype(np.int64) + 1970 + frac
    out = out.astype(np.float64)
    out[nat] = np.nan
    return out


def _is_datetime_like(values: np.ndarray | pd.Index | pd.Series) -> bool:
    dtype = getattr(values, "dtype", None)
    if dtype is None:
        return False
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return True
    if getattr(dtype, "kind", None) == "O":
        arr = np.asarray(values, dtype=object).ravel()
        sample = [v for v in arr if v is not None and not (isinstance(v, float) and v != v)]
        return bool(sample) and all(
            isinstance(v, _dt.date | np.datetime64 | pd.Timestamp) for v in sample
        )
    return False


def _is_period_like(values: object) -> bool:
    dtype = getattr(values, "dtype", None)
    if isinstance(dtype, pd.PeriodDtype):
        return True
    if getattr(dtype, "kind", None) == "O":
        arr = np.asarray(values, dtype=object).ravel()
        sample = [v for v in arr if v is not None]
        return bool(sample) and all(isinstance(v, pd.Period) for v in sample)
    return False


def to_time_axis(t: object, *, what: str = "t") -> tuple[np.ndarray, TimeKind]:
    """Convert a time argument to float values and report its kind.

    Parameters
    ----------
    t:
        Array-like of numbers, datetimes or periods (any shape; the shape is kept).
    what:
        Name used in error messages (``"t"``, a column name …).

    Returns
    -------
    (numpy.ndarray, str)
        float64 values (``NaN`` where missing) and ``"numeric"`` or ``"datetime"``.

    Raises
    ------
    TrendError
        For strings, booleans, infinite values or anything else that is not a time.
    """
    if isinstance(t, pd.Series | pd.Index):
        raw: object = t.array
        shape: tuple[int, ...] = (len(t),)
    else:
        raw = t if isinstance(t, np.ndarray) else np.asarray(t)
        shape = np.shape(raw)
    if _is_period_like(raw):
        periods = pd.PeriodIndex(pd.array(np.asarray(raw, dtype=object).ravel()))
        return decimal_years(periods.to_timestamp(how="start")).reshape(shape), "datetime"
    if _is_datetime_like(raw):
        flat = (
            raw if isinstance(raw, pd.api.extensions.ExtensionArray) else np.asanyarray(raw).ravel()
        )
        stamps = pd.DatetimeIndex(pd.to_datetime(flat))
        return decimal_years(stamps).reshape(shape), "datetime"
    arr = np.asarray(raw)
    if arr.dtype.kind == "b" or arr.dtype.kind not in "iuf":
        if arr.dtype.kind == "O":
            try:
                arr = arr.astype(np.float64)
            except (TypeError, ValueError):
                raise TrendError(
                    f"{what} must be numbers (e.g. years), datetimes or periods; got values "
                    f"such as {arr.ravel()[:3].tolist()!r}"
                ) from None
        else:
            raise TrendError(
                f"{what} must be numbers (e.g. years), datetimes or periods; got dtype "
                f"{arr.dtype} (strings are not parsed: convert them with pandas.to_datetime "
                f"or to numbers first)"
            )
    if (
        arr.dtype.kind in "iu"
        and arr.size
        and (arr.max() > 2**53 or (arr.dtype.kind == "i" and arr.min() < -(2**53)))
    ):
        raise TrendError(
            f"{what} holds integers beyond 2**53, which float64 cannot represent exactly; "
            f"subtract an offset first"
        )
    out = arr.astype(np.float64)
    bad = np.isinf(out)
    if bad.any():
        pos = np.argwhere(bad)[0]
        raise TrendError(f"{what} contains an infinite value at position {tuple(pos.tolist())}")
    return out, "numeric"


def to_time_scalar(value: object, kind: TimeKind, *, what: str = "deadline") -> float:
    """Convert a single time (a deadline, a prediction date) onto a series' time axis.

    Numbers are taken as they are; datetimes, dates, ISO strings (``"2020-12-31"``) and
    periods are converted to decimal years, which is only meaningful when the series' own
    time axis is in years (``kind`` ``"datetime"`` or ``"numeric"``).

    Note that a datetime deadline ``2020-12-31`` is ``2020.997``: when ``t`` holds integer
    year labels (2015, 2016 …), pass the deadline as the year number (``2020``).

    Raises
    ------
    TrendError
        When a date is given for a series indexed by position, or the value is not a time.
    """
    if isinstance(value, bool):
        raise TrendError(f"{what} must be a number or a date, got {value!r}")
    if isinstance(value, int | float | np.integer | np.floating):
        out = float(value)
        if not np.isfinite(out):
            raise TrendError(f"{what} must be finite, got {value!r}")
        return out
    if isinstance(value, pd.Period):
        stamp = value.to_timestamp(how="start")
    elif isinstance(value, str | _dt.date | np.datetime64 | pd.Timestamp):
        try:
            stamp = pd.Timestamp(value)
        except (TypeError, ValueError):
            raise TrendError(f"{what} {value!r} is neither a number nor a date") from None
        if stamp is pd.NaT:
            raise TrendError(f"{what} is missing (NaT)")
    else:
        raise TrendError(f"{what} must be a number or a date, got {type(value).__name__}")
    if kind == "index":
        raise TrendError(
            f"{what} {value!r} is a date, but the series has no time axis (t=None means "
            f"positions 0..n-1); pass t as years or datetimes"
        )
    return float(decimal_years(pd.DatetimeIndex([stamp]))[0])
