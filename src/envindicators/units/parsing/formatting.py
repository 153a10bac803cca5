"""Formatting in Chinese, the inverse of :func:`~envindicators.units.parser.parse_quantity`."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from envindicators.units.numerals import to_chinese_integer
from envindicators.units.parsing.context_words import _ADJACENT_BASELINE, _VALUED_REFERENCE
from envindicators.units.parsing.unit_words import _TIME_UNITS, DIMENSIONLESS
from envindicators.units.registry import SCALE_WORDS
from envindicators.units.vocab import FLAG, KIND, QUALIFIER

if TYPE_CHECKING:  # the result type imports this module for ParsedQuantity.format
    from envindicators.units.parsing.quantity import ParsedQuantity

_PREFIX_WORD = {
    QUALIFIER.APPROX: "约",
    QUALIFIER.NEARLY: "近",
    QUALIFIER.GREATER: "大于",
    QUALIFIER.LESS: "小于",
}
_SUFFIX_WORD = {QUALIFIER.AT_LEAST: "以上", QUALIFIER.AT_MOST: "以下"}


def _format_number(x: float, multiplier: str | None) -> str:
    d = Decimal(repr(float(x)))
    if multiplier:
        d = d.scaleb(-len(str(SCALE_WORDS[multiplier])) + 1)
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return (text or "0") + (multiplier or "")


def _format_unit(unit: str) -> str:
    if unit == DIMENSIONLESS:
        return ""
    if unit == "百分点":
        return "个百分点"
    if unit == "月":
        return "个月"
    if unit in ("degC", "delta_degC"):
        return "℃"  # a change in ℃ is read back as delta_degC
    return unit


def format_quantity(q: ParsedQuantity) -> str:
    """Write a :class:`ParsedQuantity` in Chinese so that ``parse_quantity`` reads it back.

    ``parse_quantity(format_quantity(q)) == q`` for every quantity whose unit the parser
    knows (the property tests check it).  Numbers are written with Arabic digits and the
    quantity's ``multiplier`` (``1.5万吨/日``), qualifiers as 约/近/超过/大于/小于 before
    and 以上/以下 after the number, changes with 增长/下降 (relative) or 提高/降低
    (absolute) and their baseline (同比, 比2015年, 较年初).

    Parameters
    ----------
    q : ParsedQuantity
        The quantity to write.

    Returns
    -------
    str
        The expression in Chinese.

    Examples
    --------
    >>> from envindicators.units import format_quantity, parse_quantity
    >>> format_quantity(parse_quantity("同比下降2.6%"))
    '同比下降2.6%'
    >>> format_quantity(parse_quantity("约1.5万吨/日"))
    '约1.5万吨/日'
    """
    parts: list[str] = []
    changed = q.kind in (KIND.CHANGE_RELATIVE, KIND.CHANGE_ABSOLUTE)
    change = changed and q.sign != 0
    evaluative = changed and q.sign == 0 and FLAG.AMBIGUOUS_SIGN in q.warnings
    reference = False  # a difference to a named reference: 高出全国平均水平6.4微克/立方米
    if (change or evaluative) and q.baseline:
        b = q.baseline
        if b in ("同比", "环比"):
            parts.append(b)
        elif len(b) == 4 and b.isdigit():
            parts.append(f"比{b}年")
        elif _ADJACENT_BASELINE.fullmatch("较" + b) or not change:
            parts.append(f"较{b}")
        else:
            reference = True
            flagged = FLAG.AMBIGUOUS_REFERENCE in q.warnings
            if q.sign > 0:
                parts.append(("高于" if flagged else "高出") + b)
            else:
                valued = _VALUED_REFERENCE.search(b) and not flagged
                parts.append(("低出" if valued else "低于") + b)
    if evaluative:
        parts.append("改善")
    if change and not reference:
        up = q.sign > 0
        if q.kind is KIND.CHANGE_RELATIVE:
            parts.append("增长" if up else "下降")
        else:
            parts.append("提高" if up else "降低")
    fraction = _as_fraction(q) if q.qualifier is not QUALIFIER.MORE_THAN else None
    if q.kind is KIND.EXCEEDANCE_MULTIPLE:
        parts.append("超标")
    if q.kind is KIND.RATIO and fraction is None:
        parts.append("占")
    word = _PREFIX_WORD.get(q.qualifier, "")
    if word == "近" and q.unit.split("/")[0] in _TIME_UNITS:
        word = "接近"  # 近三年 would read as "the last three years"
    parts.append(word)
    if fraction is not None:
        parts.append(fraction)
        parts.append(_SUFFIX_WORD.get(q.qualifier, ""))
        return "".join(parts)
    mag = abs if change else (lambda v: v)
    if q.is_range:
        lo, hi = float(q.low), float(q.high)  # type: ignore[arg-type]
        if change and q.sign < 0:
            lo, hi = -hi, -lo
        first = _format_number(mag(lo), q.multiplier)
        parts.append(f"{first}-{_format_number(mag(hi), q.multiplier)}")
    else:
        parts.append(_format_number(mag(q.value), q.multiplier))  # type: ignore[arg-type]
    if q.qualifier is QUALIFIER.MORE_THAN:
        parts.append("余")  # 20万余吨, 7000余吨 (超过 is a strict bound: greater)
    unit = _format_unit(q.unit)
    if q.kind is KIND.EXCEEDANCE_MULTIPLE:
        unit = "倍"
    if q.unit == "蒸吨/小时":
        unit = "蒸吨/小时"
    parts.append(unit)
    parts.append(_SUFFIX_WORD.get(q.qualifier, ""))
    return "".join(parts)


def _as_fraction(q: ParsedQuantity) -> str | None:
    """``三分之一`` for a dimensionless ratio that is exactly a small fraction, else None."""
    if q.kind is not KIND.RATIO or q.unit != DIMENSIONLESS or q.is_range or q.value is None:
        return None
    v = q.value
    if not 0 < v < 1:
        return None
    for den in range(2, 13):
        num = round(v * den)
        if 0 < num < den and float(Decimal(num) / Decimal(den)) == v:
            return f"{to_chinese_integer(den)}分之{to_chinese_integer(num)}"
    return None
