"""Unit checks and vectorised conversions for the model layer (private helpers).

A thin layer over the units engine (:mod:`envindicators.units.convert`, with the counter
rule of :mod:`envindicators.units.counters`): the same conversions and the same rule for
counters as :func:`envindicators.units.normalize`, with the failures turned into
:class:`~envindicators.errors.ModelValidationError` / :class:`UnitMismatchError` naming the
field and the row.

* :func:`parse_unit` — a unit string of :data:`envindicators.units.ureg`, grammar-checked;
* :func:`counter_word`, :func:`is_share_unit`, :func:`is_count_unit` — from the units layer;
* :func:`check_convertible` — can ``from_unit`` be brought to ``to_unit`` (with a context);
* :func:`convert` / :func:`convert_grouped` — conversions as ``a·x + b`` computed once per
  unique ``(from, to, context)`` triple and then applied with numpy.

The one conversion made without an explicit context: a share unit (``%``) to
``percentage_point``.  The model only asks for it for *absolute changes* of a share
(kind ``change_absolute``), where a figure written in % is a difference of shares by the
report's own wording; it uses pint's ``points`` context (the datasets do the same).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pint

from envindicators.errors import ModelValidationError, QuantityParseError, UnitMismatchError
from envindicators.units import ureg
from envindicators.units.convert import coefficients as _engine_coefficients
from envindicators.units.convert import suggest_context
from envindicators.units.counters import (
    COUNTER_SYNONYMS,
    GENERIC_COUNTERS,
    check_counts,
    counter_word,
    counters_compatible,
    is_count_unit,
    is_share_unit,
    parse_unit,
)

__all__ = [
    "COUNTER_SYNONYMS",
    "GENERIC_COUNTERS",
    "check_convertible",
    "convert",
    "convert_grouped",
    "counter_word",
    "counters_compatible",
    "group_rows",
    "is_count_unit",
    "is_share_unit",
    "parse_unit",
]

_PERCENT = ureg.Unit("percent")
_POINTS_DIM = ureg.Unit("percentage_point").dimensionality


def _coefficients(from_unit: str, to_unit: str, context: str | None) -> tuple[float, float]:
    """``(a, b)`` with ``to = a·from + b``; raises pint errors on incompatibility."""
    if (
        not context
        and parse_unit(to_unit).dimensionality == _POINTS_DIM
        and is_share_unit(from_unit)
    ):
        # an absolute change of a share written in %: percentage points by the wording
        context = "points"
    return _engine_coefficients(from_unit, to_unit, context or None)


def unit_problem(exc: Exception) -> str:
    """What is wrong with a unit string, in words, from the error that refused it."""
    if isinstance(exc, pint.UndefinedUnitError):
        return f"undefined unit {', '.join(repr(n) for n in exc.unit_names)}"
    if isinstance(exc, QuantityParseError):
        return f"not a unit: {exc.reason}"
    return f"not a unit ({exc})"


def check_convertible(
    from_unit: str,
    to_unit: str,
    context: str | None = None,
    *,
    field: str = "unit",
    row: Hashable | None = None,
) -> None:
    """Raise :class:`UnitMismatchError` unless ``from_unit`` converts to ``to_unit``.

    Beyond pint's dimensional check, the counter rule of
    :mod:`envindicators.units.counters`: the same counter word, a generic one (``count``,
    个) on either side, or words of one synonym group (辆/台) — so an indicator counted in
    户 refuses 台; and counts never convert to or from shares (pint would turn 5 户 into
    500 %).
    """
    try:
        parse_unit(from_unit)
    except (pint.UndefinedUnitError, QuantityParseError, TypeError) as exc:
        raise ModelValidationError(field, from_unit, unit_problem(exc), row) from None
    check_counts(from_unit, to_unit, field=field, row=row)
    try:
        _coefficients(from_unit, to_unit, context or None)
    except pint.DimensionalityError:
        hint = ""
        if not context:
            name = suggest_context(from_unit, to_unit)
            hint = " (no pint context given" + (f"; {name!r} would convert it)" if name else ")")
        raise UnitMismatchError(
            field,
            from_unit,
            f"cannot convert to the indicator unit {to_unit!r}{hint}",
            row,
        ) from None
    except (pint.UndefinedUnitError, QuantityParseError) as exc:
        raise ModelValidationError("unit", to_unit, unit_problem(exc), row) from None
    except ValueError:
        raise ModelValidationError("context", context, "unknown pint context", row) from None


def convert(
    values: Any, from_unit: str, to_unit: str, context: str | None = None
) -> np.ndarray | float:
    """Convert magnitudes from ``from_unit`` to ``to_unit`` (units checked first).

    Scalars give a float, arrays an array of float64.
    """
    check_convertible(from_unit, to_unit, context)
    a, b = _coefficients(from_unit, to_unit, context or None)
    x = np.asarray(values, dtype=float)
    out = a * x + b if b else a * x
    return float(out) if out.ndim == 0 else out


def _objects(values: Any) -> np.ndarray:
    """An object array of ``values`` (missing → None) without per-element Python work."""
    if isinstance(values, pd.Series | pd.Index | pd.api.extensions.ExtensionArray):
        return np.asarray(values.to_numpy(dtype=object, na_value=None))
    return np.asarray(values, dtype=object)


def group_rows(*columns: Any) -> list[tuple[tuple[Any, ...], np.ndarray]]:
    """Row positions of each unique combination of values in ``columns``, vectorised.

    Missing values (None, NaN, NA) form their own group and appear as ``None`` in the key.
    Returns ``[(key, positions), ...]`` in order of first appearance is not guaranteed.
    """
    n = len(columns[0]) if columns else 0
    key = np.zeros(n, dtype=np.int64)
    codes: list[np.ndarray] = []
    uniques: list[Any] = []
    for col in columns:
        c, u = pd.factorize(_objects(col), use_na_sentinel=True)
        codes.append(c)
        uniques.append(u)
        key = key * (len(u) + 1) + (c + 1)
    if n == 0:
        return []
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    bounds = np.searchsorted(inverse[order], np.arange(len(first) + 1))
    out = []
    for g, f in enumerate(first):
        k = tuple(None if c[f] < 0 else u[c[f]] for c, u in zip(codes, uniques, strict=True))
        out.append((k, order[bounds[g] : bounds[g + 1]]))
    return out


def convert_grouped(
    numbers: Sequence[float] | np.ndarray | pd.Series,
    from_units: Sequence[Any] | pd.Series,
    to_units: Sequence[Any] | pd.Series,
    contexts: Sequence[Any] | pd.Series | None = None,
    *,
    field: str = "unit_written",
    rows: Sequence[Hashable] | pd.Index | None = None,
) -> np.ndarray:
    """Vectorised conversion of a column of numbers, each row with its own units.

    Units are checked and coefficients computed once per unique ``(from, to, context)``
    triple; the conversion itself is numpy.  Rows whose ``from`` or ``to`` unit is missing
    give NaN.  Errors name ``field`` and the first offending row label from ``rows``.
    """
    x = np.asarray(numbers, dtype=float)
    n = x.shape[0]
    ctx_col = _objects(contexts) if contexts is not None else np.full(n, None, dtype=object)
    a = np.full(n, np.nan)
    b = np.zeros(n)
    for (f, t, c), idx in group_rows(_objects(from_units), _objects(to_units), ctx_col):
        if f is None or t is None or f == "" or t == "":
            continue
        ctx = None if c is None or c == "" else c
        row = rows[idx[0]] if rows is not None else int(idx[0])
        check_convertible(f, t, ctx, field=field, row=row)
        a[idx], b[idx] = _coefficients(f, t, ctx)
    return a * x + b


def share_points_factor(unit: str) -> float:
    """Factor turning a difference of two shares in ``unit`` into percentage points."""
    return _coefficients(unit, "percent", None)[0]


def quantity(value: Any, unit: str | None = None) -> pint.Quantity:
    """A :data:`ureg` quantity from a pint quantity or a ``(number, unit)`` pair."""
    if isinstance(value, pint.Quantity):
        if value._REGISTRY is not ureg:
            return ureg.Quantity(value.magnitude, str(value.units))
        return value
    if isinstance(value, tuple) and len(value) == 2 and unit is None:
        return ureg.Quantity(float(value[0]), parse_unit(value[1]))
    if unit is None:
        raise TypeError(f"need a pint Quantity or a (number, unit) pair, got {value!r}")
    return ureg.Quantity(float(value), parse_unit(unit))


def unit_string(q: pint.Quantity) -> str:
    """A unit string that :func:`parse_unit` reads back to ``q.units``."""
    return format(q.units, "~C") if q.units != _PERCENT else "%"
