"""Vectorised conversion of columns of written quantities to one unit (:func:`normalize`).

(The module is called ``convert`` so that the function ``envindicators.units.normalize``
does not shadow a submodule of the same name.)

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
from collections.abc import Sequence
from contextlib import nullcontext
from functools import lru_cache
from typing import Any, Literal

import numpy as np
import pandas as pd
import pint

from envindicators.errors import QuantityParseError
from envindicators.units.parser import UNIT_SPELLINGS, ParsedQuantity, parse_quantity
from envindicators.units.registry import SCALE_WORDS

__all__ = ["normalize"]

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


def _context_names(context: str | Sequence[str] | None) -> tuple[str, ...]:
    if context is None:
        return ()
    if isinstance(context, str):
        return (context,)
    return tuple(context)


@lru_cache(maxsize=4_096)
def _is_linear(unit: str, to: str, context: tuple[str, ...]) -> float | None:
    """The factor ``f`` with ``x unit == f·x to`` when the conversion is linear, else None."""
    from envindicators.units import ureg

    with ureg.context(*context) if context else nullcontext():
        a = ureg.Quantity(1.0, unit).to(to).magnitude
        b = ureg.Quantity(2.0, unit).to(to).magnitude
        zero = ureg.Quantity(0.0, unit).to(to).magnitude
    if zero == 0.0 and np.isclose(b, 2 * a, rtol=1e-12, atol=0.0):
        return float(a)
    return None


def _convert(values: np.ndarray, unit: str, to: str, context: tuple[str, ...]) -> np.ndarray:
    """Convert an array of magnitudes in ``unit`` to ``to`` (pint, once per call)."""
    from envindicators.units import ureg

    factor = _is_linear(unit, to, context)
    if factor is not None:
        return values * factor
    with ureg.context(*context) if context else nullcontext():
        return np.asarray(ureg.Quantity(values, unit).to(to).magnitude, dtype=float)


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
            out[mask] = _convert(mags[mask], unit, to, context)
        except (pint.DimensionalityError, pint.UndefinedUnitError) as exc:
            if errors == "coerce":
                continue
            where = f" (e.g. {examples[k]!r})" if examples is not None else ""
            if isinstance(exc, pint.DimensionalityError):
                raise pint.DimensionalityError(
                    exc.units1,
                    exc.units2,
                    exc.dim1,
                    exc.dim2,
                    extra_msg=f" converting {unit!r}{where} to {to!r}"
                    + (f" in context {context}" if context else " (no pint context given)"),
                ) from None
            raise
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
    values:
        One of

        * strings as written (``"1.5万吨/日"``, ``"约7000余吨"``, ``"16833畝"``, ``"35μg/m3"``;
          ``None``/NaN give NaN), parsed with :func:`~envindicators.units.parse_quantity`;
        * ``(number, unit)`` pairs (``(1.5, "万吨/日")``);
        * numbers, with their unit(s) in ``units``.

        A list, tuple, :class:`numpy.ndarray`, :class:`pandas.Series` or
        :class:`pandas.Index`.
    to:
        Target unit (a unit string of :data:`~envindicators.units.ureg` or a pint Unit).
    context:
        pint context name(s) for the conversion, e.g. ``"water"`` to bring 吨/日 of water to
        m³/d, ``"steam"`` for 蒸吨/小时 → MW.
    units:
        Unit of numeric ``values``: one string for all rows or one per row.
    errors:
        ``"raise"`` (default): unparseable text raises
        :class:`~envindicators.errors.QuantityParseError`, an incompatible unit raises
        :class:`pint.DimensionalityError` naming the unit and an example value.
        ``"coerce"``: such rows become NaN.
    ranges:
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
    Each distinct string is parsed once (and cached across calls) and each distinct unit
    is converted once, so the cost is ``pandas.factorize`` plus one ``take``: millions of
    rows per second for report columns (see ``benchmarks/bench_normalize.py``).
    """
    if errors not in ("raise", "coerce"):
        raise ValueError(f"errors must be 'raise' or 'coerce', got {errors!r}")
    if ranges not in ("raise", "nan", "low", "high", "mid"):
        raise ValueError(f"ranges must be one of raise, nan, low, high, mid; got {ranges!r}")
    target = _unit_text(to)
    ctx = _context_names(context)
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
