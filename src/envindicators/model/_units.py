"""Unit checks and vectorised conversions for the model layer (private helpers).

Everything the model needs from pint, in one place:

* :func:`parse_unit` — a unit string of :data:`envindicators.units.ureg`, cached;
* :func:`counter_word` — the counter word (量词) of a count unit: ``"万户"`` → ``"户"``;
* :func:`is_share_unit` / :func:`is_count_unit` — dimensionless shares (%, ‰) versus counts;
* :func:`check_convertible` — can ``from_unit`` be brought to ``to_unit`` (with a context),
  refusing counts in another counter and counts ↔ shares, which pint alone would allow;
* :func:`convert` / :func:`convert_grouped` — conversions as ``a·x + b`` computed once per
  unique ``(from, to, context)`` triple and then applied with numpy (pint conversions are
  affine, so two evaluations of pint per triple give exact coefficients).

The one conversion made without an explicit context: a share unit (``%``) to
``percentage_point``.  The model only asks for it for *absolute changes* of a share
(kind ``change_absolute``), where a figure written in % is a difference of shares by the
report's own wording; it uses pint's ``points`` context (the datasets do the same).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import pint

from envindicators.errors import ModelValidationError, UnitMismatchError
from envindicators.units import ureg
from envindicators.units.registry import SCALE_WORDS, scale_spellings

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

_SCALE_PREFIXES: tuple[str, ...] = tuple(
    sorted((s for w in SCALE_WORDS for s in scale_spellings(w)), key=len, reverse=True)
)
_COUNT = ureg.Unit("count")
_PERCENT = ureg.Unit("percent")
_POINTS_DIM = ureg.Unit("percentage_point").dimensionality


@lru_cache(maxsize=1024)
def parse_unit(unit: str) -> pint.Unit:
    """The :class:`pint.Unit` of ``unit`` in :data:`~envindicators.units.ureg` (cached).

    Raises :class:`pint.UndefinedUnitError` for unknown names.
    """
    if not isinstance(unit, str) or not unit.strip():
        raise pint.UndefinedUnitError(repr(unit))
    return ureg.parse_units(unit.strip())


@lru_cache(maxsize=1024)
def _root(unit: str) -> tuple[float, pint.Unit]:
    return ureg.get_root_units(parse_unit(unit))


def is_count_unit(unit: str) -> bool:
    """True when ``unit`` is a count (its root unit is pint's ``count``: 个, 户, 万辆 …)."""
    return _root(unit)[1] == _COUNT


_SHARE_NAMES = frozenset({"percent", "permille"})


@lru_cache(maxsize=1024)
def is_share_unit(unit: str) -> bool:
    """True for the share units % and ‰ (differences of shares are percentage points).

    Plain ``dimensionless`` is not a share: pH, ratios and indices are dimensionless too.
    """
    names = dict(parse_unit(unit)._units)
    return len(names) == 1 and next(iter(names.items())) in {(n, 1) for n in _SHARE_NAMES}


@lru_cache(maxsize=1024)
def counter_word(unit: str) -> str | None:
    """The counter word of a count unit, normalised, or ``None`` for non-counts.

    Scale words are stripped and the spelling is normalised to the registry name:
    ``"万户"``, ``"戶"`` and ``"户"`` all give ``"户"``; ``"count"`` gives ``"count"``.
    Compound units (``户/村``) are not counters.
    """
    if not is_count_unit(unit):
        return None
    names = dict(parse_unit(unit)._units)
    if len(names) != 1:
        return None
    ((name, power),) = names.items()
    if power != 1:
        return None
    for prefix in _SCALE_PREFIXES:
        rest = name[len(prefix) :]
        if name.startswith(prefix) and rest:
            try:
                if is_count_unit(rest):
                    return ureg.get_name(rest)
            except pint.UndefinedUnitError:
                continue
    return ureg.get_name(name)


#: Counter words that count anything: the generic ``count`` and the general measure word 个.
GENERIC_COUNTERS: frozenset[str] = frozenset({"count", "dimensionless", "个"})

#: Groups of counter words that count the same things (registry spellings).  Any other pair
#: of distinct counter words is refused: an indicator counted in 户 (households) does not
#: accept 台 (stoves, boilers) — the 虚报 case of seed 002.
COUNTER_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"辆", "台"}),  # vehicles: 2092臺老舊營運柴油車 (seed 001)
    frozenset({"轮", "轮次"}),  # rounds of inspection
    frozenset({"件", "起", "宗"}),  # cases
)


def _generic_count(word: str | None) -> bool:
    return word in GENERIC_COUNTERS


def counters_compatible(a: str, b: str) -> bool:
    """True when counter words ``a`` and ``b`` may count the same things."""
    if a == b or _generic_count(a) or _generic_count(b):
        return True
    return any(a in group and b in group for group in COUNTER_SYNONYMS)


@lru_cache(maxsize=4096)
def _coefficients(from_unit: str, to_unit: str, context: str | None) -> tuple[float, float]:
    """``(a, b)`` with ``to = a·from + b``; raises pint errors on incompatibility."""
    src = parse_unit(from_unit)
    dst = parse_unit(to_unit)
    if context is None and dst.dimensionality == _POINTS_DIM and is_share_unit(from_unit):
        # an absolute change of a share written in %: percentage points by the wording
        context = "points"
    probe = ureg.Quantity(np.array([0.0, 1.0]), src)
    if context:
        with ureg.context(context):
            out = probe.to(dst).magnitude
    else:
        out = probe.to(dst).magnitude
    b = float(out[0])
    return float(out[1]) - b, b


def check_convertible(
    from_unit: str,
    to_unit: str,
    context: str | None = None,
    *,
    field: str = "unit",
    row: Hashable | None = None,
) -> None:
    """Raise :class:`UnitMismatchError` unless ``from_unit`` converts to ``to_unit``.

    Beyond pint's dimensional check: counts must use compatible counter words — the same
    word, a generic one (``count``, 个) on either side, or words of one group of
    :data:`COUNTER_SYNONYMS` (辆/台) — so an indicator counted in 户 refuses 台; and counts
    never convert to or from shares (pint would turn 5 户 into 500 %).
    """
    try:
        parse_unit(from_unit)
    except (pint.UndefinedUnitError, AttributeError, TypeError, ValueError) as exc:
        raise ModelValidationError(field, from_unit, f"unknown unit ({exc})", row) from None
    if is_count_unit(from_unit) != is_count_unit(to_unit) and (
        parse_unit(from_unit).dimensionless and parse_unit(to_unit).dimensionless
    ):
        raise UnitMismatchError(
            field,
            from_unit,
            f"a count and a share are not comparable (indicator unit {to_unit!r})",
            row,
        )
    w_from, w_to = counter_word(from_unit), counter_word(to_unit)
    if w_from is not None and w_to is not None and not counters_compatible(w_from, w_to):
        raise UnitMismatchError(
            field,
            from_unit,
            f"counted in {w_from!r} but the indicator counts {w_to!r}; "
            "counter words are not interchangeable",
            row,
        )
    try:
        _coefficients(from_unit, to_unit, context or None)
    except pint.DimensionalityError:
        hint = "" if context else " (no pint context given)"
        raise UnitMismatchError(
            field,
            from_unit,
            f"cannot convert to the indicator unit {to_unit!r}{hint}",
            row,
        ) from None
    except KeyError:
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
