"""What a written figure stands for: its decimals, resolution, and interval.

A report's figure is a rounded number with words around it.  The audit reads every figure
as the **interval of true values it is compatible with**, then checks figures against each
other with interval arithmetic (:mod:`envindicators.audit`).

Precision
---------
A figure written with :math:`d` decimals in its written unit, *before* a multiplier word
:math:`k` (万 = 10⁴, 亿 = 10⁸ …), has the *resolution* :math:`\\rho = 10^{-d} k` and the
*tolerance* (half a unit of its last digit) :math:`h = \\rho / 2`:

======================  ====  =======  ==============================================
written                 d     k        interval of ``exact`` figures
======================  ====  =======  ==============================================
``94%``                 0     1        [93.5, 94.5] %
``94.0%``               1     1        [93.95, 94.05] % (trailing zeros are written)
``33.3万方``            1     10⁴      [332 500, 333 500] 方 (±500 m³)
``38微克/立方米``       0     1        [37.5, 38.5] µg/m³
``三千吨``              —     —        read at its last non-zero digit: [2 500, 3 500] t
``三分之一``            —     —        a fraction is exact: 1/3
``6991件``              0     1        a count written in full is exact: [6991, 6991]
======================  ====  =======  ==============================================

``d`` is always read from the written text (``value_text``), never from the float: ``94.0``
and ``94`` are different statements; the written form is read by
:mod:`envindicators.units.precision` (the library's one reader of a figure's decimals,
multiplier and step), and :func:`decimals` here is that module's function.  A figure in
Chinese numerals is read at the place value of its last non-zero digit (``十`` → 10,
``三千`` → 1000, ``五`` → 1).  A whole number of a counter unit (个, 家, 项 …; pint's
``count``) written in Arabic digits without a multiplier is a count, hence exact
(resolution 0): ``74 + 6 + 2`` is 82, not 82 ± 1.5.

Qualifiers
----------
A qualifier bounds the *magnitude* :math:`m = |x|` of the figure (the sign of a change
comes from its verb, 下降 → negative, and is applied after):

===============  ========================  ==================================================
qualifier        Chinese                   interval of :math:`m`
===============  ========================  ==================================================
``exact``                                  :math:`[m - h,\\ m + h]`
``approx``       约, 左右, 大约            :math:`[m - w,\\ m + w]`, :math:`w = \\max(h, b_a m)`,
                                           :math:`b_a` = :data:`APPROX_BAND` (5 %)
``more_than``    余, 多                    :math:`[m,\\ m + s]`: up to the next step of the
                                           last non-zero written digit, :math:`s` (20余万 →
                                           [20万, 30万]; 7000余 → [7000, 8000]; 1.8万余 →
                                           [1.8万, 1.9万]; 11470余 → [11470, 11480])
``nearly``       近, 将近, 接近            :math:`[m (1 - b_n),\\ m]`, :math:`b_n` =
                                           :data:`NEARLY_BAND` (10 %)
``at_least``     以上, 不低于, 不少于      :math:`[m - h,\\ +\\infty)` (the bound may itself
                                           be a rounded figure)
``greater``      大于, 高于, 超过, 逾      :math:`(m,\\ +\\infty)`: a strict bound, not "a bit
                                           more" (办结率超过94% and 96.55 % agree)
``at_most``      以下, 以内, 不超过        :math:`[0,\\ m + h]`
``less``         小于, 低于, 不足, 不到    :math:`[0,\\ m)`
``range``        3-5年                     :math:`[m_\\text{low} - h,\\ m_\\text{high} + h]`
===============  ========================  ==================================================

Intervals are stored closed (``10多次`` ([10, 20]) is compatible with ``10次``); an open
end is stored as its endpoint, except for exact counts, where :math:`(m, \\infty)` is
:math:`[m + 1, \\infty)` and :math:`[0, m)` is :math:`[0, m - 1]` (超过1000家 is at least
1001).  The bands are conventions, not facts about the reports: both are parameters of
every function here.

**Shares are capped.**  A level written in % (‰) whose magnitude is at most 100 (1000)
is a share of a whole: its upper bound is capped at 100 % (1000 ‰), so ``高于94%`` is
(94, 100] and ``约99%`` is [94.05, 100].  A level above the cap (完成率105%, a plan
over-fulfilled) is not capped, and neither are changes (同比增长150%).  The parser
assigns the codes: 超过, 逾, 突破 are strict lower bounds (``greater``), 余 and 多
``more_than``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from envindicators.errors import ModelValidationError, QuantityParseError
from envindicators.units import ureg
from envindicators.units.precision import decimals, token_step
from envindicators.units.precision import written_figures as _written
from envindicators.units.vocab import Qualifier

__all__ = [
    "APPROX_BAND",
    "NEARLY_BAND",
    "Interval",
    "decimals",
    "figure_intervals",
    "reported_interval",
]

#: Relative half-width of 约/左右 figures (on top of the rounding tolerance: the larger wins).
APPROX_BAND = 0.05
#: Relative depth below a 近 figure that is still "nearly" it.
NEARLY_BAND = 0.10


class Interval(NamedTuple):
    """A closed interval ``[low, high]`` (bounds may be ±inf).

    Parameters
    ----------
    low : float
        Lower end.
    high : float
        Upper end.
    """

    low: float
    high: float

    def __contains__(self, x: object) -> bool:
        return bool(self.low <= float(x) <= self.high)  # type: ignore[arg-type]


_QUALIFIER_CODES = {q.value: i for i, q in enumerate(Qualifier)}


@functools.cache
def _is_counter(unit: str) -> bool:
    """Is ``unit`` a counter word (个, 家, 项 …), i.e. pint ``count`` itself?"""
    try:
        factor, root = ureg.get_root_units(unit)
    except Exception:  # pint raises several types for unknown or malformed units
        return False
    return bool(factor == 1 and str(root) == "count")


def _bounds(
    number: np.ndarray,
    resolution: np.ndarray,
    step: np.ndarray,
    qualifier: np.ndarray,
    high: np.ndarray,
    approx_band: float,
    nearly_band: float,
    cap: np.ndarray | float = np.inf,
) -> tuple[np.ndarray, np.ndarray]:
    """Interval of each figure from its precision and qualifier (see the module table).

    ``cap`` is the largest possible magnitude (100 for a share in %), applied when the
    figure itself does not exceed it.
    """
    m = np.abs(number)
    h = resolution / 2.0
    q = qualifier
    lo = m - h
    hi = m + h
    w = np.maximum(h, approx_band * m)
    approx = q == Qualifier.APPROX.value
    lo, hi = np.where(approx, m - w, lo), np.where(approx, m + w, hi)
    more = q == Qualifier.MORE_THAN.value
    lo, hi = np.where(more, m, lo), np.where(more, m + step, hi)
    near = q == Qualifier.NEARLY.value
    lo, hi = np.where(near, m * (1.0 - nearly_band), lo), np.where(near, m, hi)
    # strict bounds: the endpoint itself, or the next whole count for exact counts
    count = (resolution == 0) & (m == np.round(m))
    greater = q == Qualifier.GREATER.value
    lo = np.where(greater, np.where(count, m + 1.0, m), lo)
    less = q == Qualifier.LESS.value
    hi = np.where(less, np.where(count, np.maximum(m - 1.0, 0.0), m), hi)
    above = np.isin(q, [Qualifier.AT_LEAST.value, Qualifier.GREATER.value])
    hi = np.where(above, np.inf, hi)
    below = np.isin(q, [Qualifier.AT_MOST.value, Qualifier.LESS.value])
    lo = np.where(below, 0.0, lo)
    rng = q == Qualifier.RANGE.value
    hi = np.where(rng, np.abs(high) + h, hi)
    cap = np.broadcast_to(np.asarray(cap, dtype=float), m.shape)
    capped = m <= cap
    hi = np.where(capped, np.minimum(hi, cap), hi)
    neg = number < 0
    return np.where(neg, -hi, lo), np.where(neg, -lo, hi)


#: Largest value of a level written in a share unit (a part of a whole).
_SHARE_CAPS = {"%": 100.0, "％": 100.0, "percent": 100.0, "‰": 1000.0, "permille": 1000.0}


def _share_caps(units: pd.Series, kinds: pd.Series) -> np.ndarray:
    """100 for levels in %, 1000 in ‰, ∞ otherwise (changes are never capped)."""
    cap = units.astype(object).map(_SHARE_CAPS).astype(float).fillna(np.inf)
    level = kinds.astype("string").fillna("level").isin(["level", "ratio"])
    return np.where(level.to_numpy(dtype=bool), cap.to_numpy(dtype=float), np.inf)


def figure_intervals(
    frame: pd.DataFrame,
    *,
    approx_band: float = APPROX_BAND,
    nearly_band: float = NEARLY_BAND,
) -> pd.DataFrame:
    """Precision and interval of every figure of a table (vectorised).

    Parameters
    ----------
    frame : pandas.DataFrame
        Rows with ``value_text`` (the figure as written), ``number`` (its value in the
        unit of ``unit_written``, multiplier and sign applied) and ``qualifier``
        (:class:`~envindicators.units.vocab.Qualifier` code; missing = ``exact``);
        optional ``unit_written`` (counts written in full are exact; levels in % are
        capped at 100), ``kind`` (missing = ``level``) and ``number_high`` (upper end of
        a ``range``).  The ``observations`` and ``targets`` tables have these columns.
    approx_band, nearly_band : float, optional
        Relative bands of 约 and 近 (see the module documentation).

    Returns
    -------
    pandas.DataFrame
        Same index.  ``decimals`` (Int64: decimals written), ``multiplier`` (the
        multiplier word's value, 1 if none), ``resolution`` (:math:`10^{-d} k`, 0 for
        exact counts and fractions), ``tolerance`` (half the resolution), ``step`` (of
        余/多), ``low`` and ``high`` (the interval, in the unit of ``number``), all in
        float64 but ``decimals``.

    Raises
    ------
    ModelValidationError
        A required column is missing, a qualifier is not in the vocabulary, or a
        ``range`` has no ``number_high``.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"value_text": ["33.3万方", "办结率94%", "20余万吨"],
    ...                   "number": [333000.0, 94.0, 200000.0],
    ...                   "qualifier": ["exact", "exact", "more_than"]})
    >>> figure_intervals(f)[["decimals", "tolerance", "low", "high"]].to_numpy().tolist()
    [[1, 500.0, 332500.0, 333500.0], [0, 0.5, 93.5, 94.5], [0, 5000.0, 200000.0, 300000.0]]
    """
    missing = [c for c in ("value_text", "number") if c not in frame.columns]
    if missing:
        raise ModelValidationError(missing[0], None, "column missing from the figures frame")
    number = pd.to_numeric(frame["number"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    if "qualifier" in frame.columns:
        qual = frame["qualifier"].astype("string").fillna(Qualifier.EXACT.value)
    else:
        qual = pd.Series(Qualifier.EXACT.value, index=frame.index, dtype="string")
    bad = ~qual.isin(list(_QUALIFIER_CODES))
    if bad.any():
        row = qual.index[bad.to_numpy()][0]
        raise ModelValidationError("qualifier", qual[row], "not a Qualifier code", row)
    q = qual.to_numpy(dtype=object)
    if "number_high" in frame.columns:
        high = pd.to_numeric(frame["number_high"], errors="coerce").to_numpy(
            dtype=float, na_value=np.nan
        )
    else:
        high = np.full(len(frame), np.nan)
    no_high = (q == Qualifier.RANGE.value) & np.isnan(high)
    if no_high.any():
        row = frame.index[np.flatnonzero(no_high)[0]]
        raise ModelValidationError("number_high", None, "a range needs its upper end", row)
    w = _written(frame["value_text"], number)
    res = w["resolution"].to_numpy()
    cap = np.full(len(frame), np.inf)
    if "unit_written" in frame.columns:
        kinds = frame["kind"] if "kind" in frame.columns else pd.Series(pd.NA, index=frame.index)
        cap = _share_caps(frame["unit_written"], kinds)
        units = frame["unit_written"].astype("string").fillna("")
        codes, uniq = pd.factorize(units)
        counter = np.array([_is_counter(str(u)) for u in uniq], dtype=bool)[codes]
        whole = np.isfinite(number) & (number == np.round(number))
        exact_count = counter & whole & (w["multiplier"].to_numpy() == 1.0)
        exact_count &= w["decimals"].to_numpy() == 0
        res = np.where(exact_count, 0.0, res)
    lo, hi = _bounds(number, res, w["step"].to_numpy(), q, high, approx_band, nearly_band, cap)
    return pd.DataFrame(
        {
            "decimals": pd.array(w["decimals"].to_numpy(), dtype="Int64"),
            "multiplier": w["multiplier"].to_numpy(),
            "resolution": res,
            "tolerance": res / 2.0,
            "step": w["step"].to_numpy(),
            "low": lo,
            "high": hi,
        },
        index=frame.index,
    )


def _parse_text(text: str) -> Mapping[str, Any]:
    from envindicators.units import extract_quantities  # the quantity parser (layer 1)

    found = extract_quantities(text)
    if found.empty:
        raise QuantityParseError(text, None, "no quantity found in the text")
    row = found.iloc[-1]
    is_range = str(row["qualifier"]) == Qualifier.RANGE.value
    return {
        "value_text": str(row["text"]),
        "number": float(row["low"] if is_range else row["value"]),
        "qualifier": str(row["qualifier"]),
        "unit_written": str(row["unit"]),
        "kind": str(row["kind"]),
        "number_high": float(row["high"]) if is_range else np.nan,
    }


def reported_interval(
    figure: str | float,
    decimals: int | None = None,
    qualifier: Qualifier | str | None = None,
    *,
    scale: float = 1.0,
    unit: str | None = None,
    high: float | None = None,
    approx_band: float = APPROX_BAND,
    nearly_band: float = NEARLY_BAND,
) -> Interval:
    """The interval of true values a reported figure stands for.

    Parameters
    ----------
    figure : str or float
        The figure as written (``"33.3万方"``, ``"办结率94%"``, ``"同比下降2.6%"``,
        ``"近三分之一"``; the last quantity of the text is taken, read by
        :func:`envindicators.units.extract_quantities`), or its value as a number in the
        unit of the result (multiplier and sign applied).
    decimals : int, optional
        Decimals written.  Read from the text when ``figure`` is a string; **required**
        for a number (a float does not remember how it was written).
    qualifier : Qualifier or str, optional
        :class:`~envindicators.units.vocab.Qualifier` (or code); default: read from the
        text, ``exact`` for a number.
    scale : float, default 1.0
        For a number: the multiplier of the written unit (``1e4`` for 万), so that
        ``reported_interval(333000, 1, scale=1e4)`` is ``33.3万`` (±500).
    unit : str, optional
        For a number: its written unit; a whole number of a counter (个, 家 …) with
        ``scale`` 1 and 0 decimals is exact; a level in ``%`` (``‰``) of at most 100
        (1000) is capped there (a number is read as a level).
    high : float, optional
        Upper end of a ``range`` (same unit as ``figure``).
    approx_band, nearly_band : float, optional
        Relative bands of 约 and 近.

    Returns
    -------
    Interval
        ``(low, high)`` in the unit of the figure's value (for text: the written unit,
        multiplier applied — 方 for ``33.3万方``).

    Raises
    ------
    ModelValidationError
        A number without ``decimals``; an unknown qualifier.
    QuantityParseError
        Text without a quantity.

    Examples
    --------
    >>> reported_interval("33.3万方")
    Interval(low=332500.0, high=333500.0)
    >>> reported_interval(94, decimals=0)
    Interval(low=93.5, high=94.5)
    >>> [round(x, 3) for x in reported_interval("同比下降2.6%")]
    [-2.65, -2.55]
    >>> [round(x, 2) for x in reported_interval("近三分之一")]
    [0.3, 0.33]
    >>> reported_interval("高于94%"), reported_interval(1000, 0, "greater", unit="家")
    (Interval(low=94.0, high=100.0), Interval(low=1001.0, high=inf))
    """
    qual = None if qualifier is None else Qualifier(qualifier).value
    if isinstance(figure, str):
        parsed = dict(_parse_text(figure))
        if qual is not None:
            parsed["qualifier"] = qual
        if high is not None:
            parsed["number_high"] = float(high)
        frame = pd.DataFrame([parsed])
        w = figure_intervals(frame, approx_band=approx_band, nearly_band=nearly_band)
        if decimals is None:
            return Interval(float(w["low"].iloc[0]), float(w["high"].iloc[0]))
        # decimals given explicitly: recompute the rounding tolerance with them
        number = float(parsed["number"])
        mult = float(w["multiplier"].iloc[0])
        resolution = 0.0 if float(w["resolution"].iloc[0]) == 0.0 else 10.0**-decimals * mult
        step = float(w["step"].iloc[0])
        q = str(parsed["qualifier"])
        hi_end = float(parsed["number_high"])
        cap = _share_caps(pd.Series([parsed["unit_written"]]), pd.Series([parsed["kind"]]))
    else:
        if isinstance(figure, bool) or not isinstance(figure, (int, float, np.number)):
            raise TypeError(f"figure must be a str or a number, got {type(figure).__name__}")
        number = float(figure)
        if not math.isfinite(number):
            raise ModelValidationError("figure", figure, "must be finite")
        if decimals is None:
            raise ModelValidationError(
                "decimals",
                None,
                "a number does not say how many decimals were written: pass decimals= "
                "(or the figure as text, e.g. '94.0%')",
            )
        if decimals < 0 or scale <= 0:
            raise ModelValidationError("decimals", decimals, "decimals ≥ 0 and scale > 0")
        resolution = 10.0**-decimals * scale
        if unit is not None and _is_counter(unit) and scale == 1 and decimals == 0:
            resolution = 0.0 if number == round(number) else resolution
        mantissa = round(abs(number) / scale, decimals)
        step = token_step(f"{mantissa:.{decimals}f}") * scale
        q = qual or Qualifier.EXACT.value
        hi_end = np.nan if high is None else float(high)
        cap = _share_caps(pd.Series([unit], dtype=object), pd.Series([pd.NA]))
    if q == Qualifier.RANGE.value and not math.isfinite(hi_end):
        raise ModelValidationError("high", high, "a range needs its upper end")
    lo, hi = _bounds(
        np.array([number]),
        np.array([resolution]),
        np.array([step]),
        np.array([q], dtype=object),
        np.array([hi_end]),
        approx_band,
        nearly_band,
        cap,
    )
    return Interval(float(lo[0]), float(hi[0]))
