"""The conversion engine: unit conversions as affine coefficients, and :func:`normalize`.

(The module is called ``convert`` so that the function ``envindicators.units.normalize``
does not shadow a submodule of the same name.)

One engine
----------
Every conversion of the library — :func:`normalize`, the model's indicators, targets and
observations — goes through :func:`coefficients`: pint conversions are affine, so two
evaluations of pint per ``(from, to, contexts)`` give exact ``(a, b)`` with
``to = a·from + b``; they are computed once, cached by that key, and applied with numpy.
Before pint is asked, :func:`check_convertible` applies the one rule for counters of
:mod:`envindicators.units.counters` (户 never becomes 台) and refuses counts ↔ shares.

Thread safety
-------------
A pint context is *state* of a registry: ``with ureg.context("water")`` makes every
conversion of every thread on that registry run inside it.  The engine therefore never
enters a context on the shared :data:`~envindicators.units.ureg`: each combination of
contexts gets a private registry of its own, built once (under a lock) with those contexts
enabled for good and never exposed, and conversions are read from it.  No shared state is
mutated, and a user's ``with ureg.context(...)`` block cannot change the engine's results.

>>> from envindicators.units import normalize
>>> normalize(["1.5万吨/日", "3000吨/日", "50萬噸/日", None], to="t/d")
array([ 15000.,   3000., 500000.,     nan])
>>> normalize([(1.5, "万吨/日"), (3000, "吨/日")], to="t/d")
array([15000.,  3000.])

Design: ``pandas.factorize`` the column, parse each *unique* string once with
:func:`~envindicators.units.parse_quantity` (cached across calls), convert the unique values
with pint once per unique unit (cached conversion factors are not enough for offset units,
so each unit's group of unique values goes through pint as one array), then map back to the
rows with one ``take``.  The per-row cost is the factorisation and the take; reports repeat
a few hundred distinct spellings, so a million rows cost about the same as a few hundred.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import Any, Literal

import numpy as np
import pandas as pd
import pint

from envindicators.errors import QuantityParseError, UnitMismatchError
from envindicators.units.counters import check_counts, parse_unit
from envindicators.units.parser import UNIT_SPELLINGS, ParsedQuantity, parse_quantity
from envindicators.units.registry import SCALE_WORDS, UnitRegistry, build_registry, ureg

__all__ = [
    "check_convertible",
    "coefficients",
    "context_exists",
    "convert",
    "normalize",
    "quantity_to",
    "suggest_context",
]

Errors = Literal["raise", "coerce"]
Ranges = Literal["raise", "nan", "low", "high", "mid"]


@lru_cache(maxsize=65_536)
def _parse_cached(text: str) -> ParsedQuantity:
    return parse_quantity(text)


# --- fast path for the plainest written form: NUMBER[multiplier]UNIT ----------------------
# ``372.4万吨/日`` needs none of the parser's machinery; it is read with one regex and a
# dict look-up, with exactly the parser's arithmetic (the multiplier shifts the decimal
# point of the written digits, so the float is the correctly rounded decimal value).
# Anything else — qualifiers, verbs, traditional characters, Chinese numerals, time units
# (2017年 is a date), a multiplier glued to its unit (5千米) — goes through parse_quantity.
_FAST = re.compile(
    r"([0-9]{1,15})(?:\.([0-9]{1,12}))?("
    + "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
    + r")?([^\s0-9.][^\s]{0,13})"
)
_TIME_WORDS = frozenset("年月日天时周秒")
_FAST_DENOMINATORS = ("日", "年", "小时", "秒", "万元", "亿元", "元", "吨", "升", "立方米")


def _fast_units() -> dict[str, str]:
    base = {
        w: c
        for w, c in UNIT_SPELLINGS.items()
        if not _TIME_WORDS.intersection(w) and c != "蒸吨" and w != "个"
    }
    base["个"] = "个"
    units = dict(base)
    for w, c in base.items():
        if c in ("%", "‰", "百分点"):
            continue
        for d in _FAST_DENOMINATORS:
            units[f"{w}/{d}"] = f"{c}/{d}"
    units.update({"蒸吨": "蒸吨/小时", "蒸吨/小时": "蒸吨/小时"})
    for ascii_unit in ("t/d", "m3/d", "m3/s", "μg/m3", "mg/m3", "mg/L", "MW", "kW", "Km", "km"):
        units[ascii_unit] = ascii_unit
    return units


_FAST_UNITS = _fast_units()


def _fast_value_unit(text: str) -> tuple[float, str] | None:
    m = _FAST.fullmatch(text)
    if m is None:
        return None
    whole, frac, word, unit = m.group(1), m.group(2) or "", m.group(3), m.group(4)
    canon = _FAST_UNITS.get(unit)
    if canon is None:
        return None
    if word is not None:
        if word[-1] + unit[:1] in UNIT_SPELLINGS or (word[-1] + unit) in UNIT_SPELLINGS:
            return None  # 5千米, 5千瓦: the parser decides
        zeros = len(str(SCALE_WORDS[word])) - 1
        if zeros >= len(frac):
            digits = whole + frac + "0" * (zeros - len(frac))
        else:
            digits = whole + frac[:zeros] + "." + frac[zeros:]
    else:
        digits = f"{whole}.{frac}" if frac else whole
    return float(digits), canon


_ENGINE_LOCK = threading.Lock()
_ENGINES: dict[tuple[str, ...], UnitRegistry] = {}


def _engine(contexts: tuple[str, ...]) -> UnitRegistry:
    """The private registry with ``contexts`` enabled for good (built once per key)."""
    reg = _ENGINES.get(contexts)
    if reg is not None:
        return reg
    with _ENGINE_LOCK:
        reg = _ENGINES.get(contexts)
        if reg is None:
            reg = build_registry()
            if contexts:
                reg.enable_contexts(*contexts)  # KeyError for an unknown context
            _ENGINES[contexts] = reg
    return reg


def context_exists(name: str) -> bool:
    """Whether ``name`` is a context of the registry (without entering it on :data:`ureg`).

    Parameters
    ----------
    name : str
        A context name (``"water"``).

    Returns
    -------
    bool
        True when the registry defines it.
    """
    try:
        _engine((name,))
    except KeyError:
        return False
    return True


def _context_key(context: str | Sequence[str] | None) -> tuple[str, ...]:
    if context is None or context == "":
        return ()
    if isinstance(context, str):
        return (context,)
    return tuple(str(c) for c in context)


@lru_cache(maxsize=8_192)
def _coefficients(from_unit: str, to_unit: str, contexts: tuple[str, ...]) -> tuple[float, float]:
    src = parse_unit(from_unit)  # grammar-checked on the shared registry, cached
    dst = parse_unit(to_unit)
    try:
        reg = _engine(contexts)
    except KeyError:
        raise ValueError(
            f"unknown pint context {contexts!r} (known: water, steam, points)"
        ) from None
    # canonical names (a UnitsContainer) mean the same in every registry we build
    probe = reg.Quantity(np.array([0.0, 1.0]), src._units)
    out = probe.to(dst._units).magnitude
    b = float(out[0])
    return float(out[1]) - b, b


def coefficients(
    from_unit: str, to_unit: str, context: str | Sequence[str] | None = None
) -> tuple[float, float]:
    """``(a, b)`` with ``x to_unit = a·x from_unit + b`` (pint's conversion, cached).

    No counter rule is applied here; see :func:`check_convertible`.  Thread-safe: computed
    on a private registry per combination of contexts (see the module docstring).

    Parameters
    ----------
    from_unit, to_unit : str
        Unit strings of :data:`~envindicators.units.ureg`.
    context : str or sequence of str, optional
        Pint context name(s): ``"water"``, ``"steam"``, ``"points"``.

    Returns
    -------
    tuple of float
        ``(a, b)``; ``b`` is 0 except for offset units (°C).

    Raises
    ------
    pint.DimensionalityError
        The units are not convertible (in these contexts).
    pint.UndefinedUnitError, UnitStringError
        A unit string is unknown or outside the unit grammar.
    ValueError
        An unknown context name.
    """
    return _coefficients(from_unit, to_unit, _context_key(context))


def check_convertible(
    from_unit: str,
    to_unit: str,
    context: str | Sequence[str] | None = None,
    *,
    field: str = "unit",
    row: Hashable | None = None,
) -> tuple[float, float]:
    """Check ``from_unit → to_unit`` by the counter rule and pint; return the coefficients.

    Parameters
    ----------
    from_unit, to_unit : str
        Unit strings of :data:`~envindicators.units.ureg`.
    context : str or sequence of str, optional
        Pint context name(s).
    field : str
        Field name reported in a :class:`UnitMismatchError`.
    row : hashable, optional
        Row label reported in a :class:`UnitMismatchError`.

    Returns
    -------
    tuple of float
        ``(a, b)`` as :func:`coefficients`.

    Raises
    ------
    UnitMismatchError
        Counter words that are not interchangeable, or a count against a share
        (see :mod:`envindicators.units.counters`).
    pint.DimensionalityError
        Incompatible dimensions; the message suggests the context that would work.
    """
    check_counts(from_unit, to_unit, field=field, row=row)
    ctx = _context_key(context)
    try:
        return _coefficients(from_unit, to_unit, ctx)
    except pint.DimensionalityError as exc:
        raise pint.DimensionalityError(
            exc.units1,
            exc.units2,
            exc.dim1,
            exc.dim2,
            extra_msg=_context_hint(from_unit, to_unit, ctx),
        ) from None


#: The contexts of ``definitions.txt`` tried when suggesting one.
KNOWN_CONTEXTS: tuple[str, ...] = ("water", "steam", "points")


def suggest_context(from_unit: str, to_unit: str) -> str | None:
    """The name of a context in which ``from_unit`` converts to ``to_unit``, if any.

    Parameters
    ----------
    from_unit, to_unit : str
        Unit strings of the registry.

    Returns
    -------
    str or None
        The context name, or None when no context converts them.
    """
    for name in KNOWN_CONTEXTS:
        try:
            _coefficients(from_unit, to_unit, (name,))
        except (pint.DimensionalityError, ValueError):
            continue
        return name
    return None


def _context_hint(from_unit: str, to_unit: str, ctx: tuple[str, ...]) -> str:
    where = f" in context {', '.join(ctx)}" if ctx else " (no pint context given)"
    if not ctx:
        name = suggest_context(from_unit, to_unit)
        if name is not None:
            where += f"; the {name!r} context converts them: pass context={name!r}"
    return where


def quantity_to(
    q: pint.Quantity, unit: str | pint.Unit, context: str | Sequence[str] | None = None
) -> pint.Quantity:
    """``q`` (a quantity of :data:`~envindicators.units.ureg`) converted to ``unit``.

    Inside pint context(s) ``context`` the conversion runs on the private registry of those
    contexts (see the module docstring), so no context is entered on the shared registry.
    No counter rule is applied (as :meth:`pint.Quantity.to`).

    Parameters
    ----------
    q : pint.Quantity
        A quantity of :data:`~envindicators.units.ureg`.
    unit : str or pint.Unit
        The target unit.
    context : str or sequence of str, optional
        Pint context name(s): ``"water"``, ``"steam"``, ``"points"``.

    Returns
    -------
    pint.Quantity
        A quantity of :data:`~envindicators.units.ureg` in ``unit``.

    Raises
    ------
    pint.DimensionalityError
        Not convertible (in these contexts).
    KeyError
        An unknown context name (as ``ureg.context`` raises).
    """
    key = _context_key(context)
    if not key:
        return q.to(unit)
    reg = _engine(key)
    dst = ureg.parse_units(unit) if isinstance(unit, str) else unit
    # canonical names (a UnitsContainer) mean the same in every registry we build
    out = reg.Quantity(q.magnitude, q.units._units).to(dst._units)
    return ureg.Quantity(out.magnitude, dst)


def convert(
    values: Any,
    from_unit: str,
    to_unit: str,
    context: str | Sequence[str] | None = None,
) -> np.ndarray | float:
    """Convert magnitudes from ``from_unit`` to ``to_unit`` (counter rule checked first).

    Parameters
    ----------
    values : float or array_like
        Magnitudes in ``from_unit``.
    from_unit, to_unit : str
        Unit strings of :data:`~envindicators.units.ureg`.
    context : str or sequence of str, optional
        Pint context name(s).

    Returns
    -------
    float or numpy.ndarray
        A float for a scalar, float64 array otherwise.

    Raises
    ------
    UnitMismatchError, pint.DimensionalityError
        See :func:`check_convertible`.

    Examples
    --------
    >>> convert(16833, "亩", "ha")
    1122.2
    >>> convert([1.5, 2.0], "万吨/日", "m3/d", "water").tolist()
    [15000.0, 20000.0]
    """
    a, b = check_convertible(from_unit, to_unit, context)
    x = np.asarray(values, dtype=float)
    out = a * x + b if b else a * x
    return float(out) if out.ndim == 0 else out


def _range_value(q: ParsedQuantity, ranges: Ranges) -> float:
    if ranges == "raise":
        raise QuantityParseError(
            q.text,
            None,
            "is a range; pass ranges='low', 'high', 'mid' or 'nan' to normalize()",
        )
    if ranges == "nan":
        return float("nan")
    if ranges == "low":
        return float(q.low)  # type: ignore[arg-type]
    if ranges == "high":
        return float(q.high)  # type: ignore[arg-type]
    return (float(q.low) + float(q.high)) / 2.0  # type: ignore[arg-type]


def _unit_text(to: str | pint.Unit) -> str:
    return to if isinstance(to, str) else f"{to:D}"


def _group_convert(
    mags: np.ndarray,
    unit_codes: np.ndarray,
    unit_names: Sequence[str],
    to: str,
    context: tuple[str, ...],
    errors: Errors,
    examples: Sequence[str] | None = None,
) -> np.ndarray:
    out = np.full(mags.shape, np.nan)
    for k, unit in enumerate(unit_names):
        mask = unit_codes == k
        try:
            a, b = check_convertible(unit, to, context)
        except (
            pint.DimensionalityError,
            pint.UndefinedUnitError,
            UnitMismatchError,
            QuantityParseError,
        ) as exc:
            if errors == "coerce":
                continue
            where = f" (e.g. {examples[k]!r})" if examples is not None else ""
            if isinstance(exc, pint.DimensionalityError):
                raise pint.DimensionalityError(
                    exc.units1,
                    exc.units2,
                    exc.dim1,
                    exc.dim2,
                    extra_msg=f" converting {unit!r}{where} to {to!r}{exc.extra_msg}",
                ) from None
            raise
        out[mask] = a * mags[mask] + b if b else a * mags[mask]
    return out


def normalize(
    values: Any,
    to: str | pint.Unit,
    context: str | Sequence[str] | None = None,
    *,
    units: str | Sequence[str] | np.ndarray | pd.Series | None = None,
    errors: Errors = "raise",
    ranges: Ranges = "raise",
) -> np.ndarray | pd.Series:
    """Convert a column of quantities to one unit, vectorised.

    Parameters
    ----------
    values : array_like
        One of

        * strings as written (``"1.5万吨/日"``, ``"约7000余吨"``, ``"16833畝"``, ``"35μg/m3"``;
          ``None``/NaN give NaN), parsed with :func:`~envindicators.units.parse_quantity`;
        * ``(number, unit)`` pairs (``(1.5, "万吨/日")``);
        * numbers, with their unit(s) in ``units``.

        A list, tuple, :class:`numpy.ndarray`, :class:`pandas.Series` or
        :class:`pandas.Index`.
    to : str or pint.Unit
        Target unit (a unit string of :data:`~envindicators.units.ureg` or a pint Unit).
    context : str or sequence of str, optional
        Pint context name(s) for the conversion, e.g. ``"water"`` to bring 吨/日 of water to
        m³/d, ``"steam"`` for 蒸吨/小时 → MW.
    units : str or sequence of str, optional
        Unit of numeric ``values``: one string for all rows or one per row.
    errors : {"raise", "coerce"}
        ``"raise"`` (default): unparseable text raises
        :class:`~envindicators.errors.QuantityParseError` (a unit string outside the unit
        grammar: :class:`~envindicators.errors.UnitStringError`), an incompatible unit
        raises :class:`pint.DimensionalityError` naming the unit and an example value and
        suggesting the context that would convert it, counter words that are not
        interchangeable (户 → 台) raise :class:`~envindicators.errors.UnitMismatchError`.
        ``"coerce"``: such rows become NaN.
    ranges : {"raise", "nan", "low", "high", "mid"}
        What a range (``3-5年``) becomes: ``"raise"`` (default), ``"nan"``, ``"low"``,
        ``"high"`` or ``"mid"`` (the midpoint).

    Returns
    -------
    numpy.ndarray or pandas.Series
        Float magnitudes in ``to``; a Series (same index and name) when ``values`` is one.
        Signs of changes are kept (``同比下降2.6%`` → −2.6 in ``%``); qualifiers (约, 以上)
        are dropped — use :func:`~envindicators.units.extract_quantities` or
        :func:`~envindicators.units.parse_quantity` to keep them.

    Notes
    -----
    Conversions follow the one rule for counters of :mod:`envindicators.units.counters`
    and run on the engine's private registries (:func:`coefficients`), so calls from
    several threads, with and without ``context``, never affect each other.  NaN and
    infinite inputs pass through; an overflow gives ``inf`` with numpy's
    ``RuntimeWarning``.

    Each distinct string is parsed once (and cached across calls) and each distinct unit
    is converted once, so the cost is ``pandas.factorize`` plus one ``take``: millions of
    rows per second for report columns (see ``benchmarks/bench_normalize.py``).
    """
    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', got {errors!r}")
    if ranges not in ("raise", "nan", "low", "high", "mid"):
        raise ValueError(f"ranges must be one of raise, nan, low, high, mid; got {ranges!r}")
    target = _unit_text(to)
    ctx = _context_key(context)
    index = values.index if isinstance(values, pd.Series) else None
    name = values.name if isinstance(values, pd.Series) else None
    if units is not None:
        result = _normalize_numbers(values, units, target, ctx, errors)
    else:
        arr = values.to_numpy() if isinstance(values, pd.Series | pd.Index) else values
        if not isinstance(arr, np.ndarray):
            arr = _as_object_array(arr)
        first = _first_valid(arr)
        if isinstance(first, tuple | list):
            result = _normalize_pairs(arr, target, ctx, errors)
        elif first is None or isinstance(first, str):
            result = _normalize_strings(arr, target, ctx, errors, ranges)
        else:
            raise TypeError(
                "values must be strings or (number, unit) pairs; for plain numbers pass units="
            )
    if index is not None:
        return pd.Series(result, index=index, name=name)
    return result


def _as_object_array(seq: Any) -> np.ndarray:
    arr = np.empty(len(seq), dtype=object)
    arr[:] = list(seq)
    return arr


def _first_valid(arr: np.ndarray) -> Any:
    for x in arr.flat if arr.dtype == object else arr[:1]:
        if x is None or (isinstance(x, float) and np.isnan(x)):
            continue
        return x.item() if isinstance(x, np.generic) and not isinstance(x, np.str_) else x
    return None


def _normalize_strings(
    arr: np.ndarray, to: str, ctx: tuple[str, ...], errors: Errors, ranges: Ranges
) -> np.ndarray:
    codes, uniques = pd.factorize(arr, use_na_sentinel=True)
    n_unique = len(uniques)
    mags = np.full(n_unique, np.nan)
    unit_of = np.full(n_unique, -1, dtype=np.intp)
    unit_names: list[str] = []
    unit_index: dict[str, int] = {}
    examples: list[str] = []
    for k in range(n_unique):
        text = uniques[k]
        if not isinstance(text, str):
            if errors == "coerce":
                continue
            raise TypeError(f"expected a string, got {type(text).__name__}: {text!r}")
        value: float | None  # None: a parsed quantity without a value (stored as NaN)
        fast = _fast_value_unit(text)
        if fast is not None:
            value, unit = fast
        else:
            try:
                q = _parse_cached(text)
                value = _range_value(q, ranges) if q.is_range else q.value
            except QuantityParseError:
                if errors == "coerce":
                    continue
                raise
            unit = q.unit
        mags[k] = value
        u = unit_index.get(unit)
        if u is None:
            u = unit_index[unit] = len(unit_names)
            unit_names.append(unit)
            examples.append(text)
        unit_of[k] = u
    converted = _group_convert(mags, unit_of, unit_names, to, ctx, errors, examples)
    converted[unit_of < 0] = np.nan
    out = np.take(converted, codes) if n_unique else np.full(len(codes), np.nan)
    out[codes < 0] = np.nan
    return out


def _normalize_numbers(
    values: Any,
    units: str | Sequence[str] | np.ndarray | pd.Series,
    to: str,
    ctx: tuple[str, ...],
    errors: Errors,
) -> np.ndarray:
    mags = np.asarray(values.to_numpy() if isinstance(values, pd.Series) else values, dtype=float)
    if isinstance(units, str):
        codes = np.zeros(mags.shape, dtype=np.intp)
        names: list[str] = [units]
    else:
        u = units.to_numpy() if isinstance(units, pd.Series | pd.Index) else np.asarray(units)
        if u.shape != mags.shape:
            raise ValueError(f"units has shape {u.shape}, values {mags.shape}")
        codes, uniq = pd.factorize(u, use_na_sentinel=True)
        names = [str(x) for x in uniq]
    return _group_convert(mags, codes, names, to, ctx, errors, names)


def _normalize_pairs(arr: np.ndarray, to: str, ctx: tuple[str, ...], errors: Errors) -> np.ndarray:
    n = len(arr)
    mags = np.full(n, np.nan)
    unit_col = np.empty(n, dtype=object)
    for k, pair in enumerate(arr):
        if pair is None or (isinstance(pair, float) and np.isnan(pair)):
            continue
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            if errors == "coerce":
                continue
            raise TypeError(f"expected a (number, unit) pair at row {k}, got {pair!r}")
        mags[k] = float(pair[0])
        unit_col[k] = pair[1]
    codes, uniq = pd.factorize(unit_col, use_na_sentinel=True)
    return _group_convert(mags, codes, [str(x) for x in uniq], to, ctx, errors)
