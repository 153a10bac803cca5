"""Parse Chinese quantity expressions into values, pint units and their meaning.

>>> from envindicators.units import parse_quantity
>>> q = parse_quantity("约1.5万吨/日")
>>> (q.value, q.unit, q.qualifier.value, q.kind.value)
(15000.0, '吨/日', 'approx', 'level')
>>> q = parse_quantity("同比下降2.6%")
>>> (q.value, q.unit, q.kind.value, q.sign, q.baseline)
(-2.6, '%', 'change_relative', -1, '同比')

Grammar
-------
An expression is ``[prefix words] NUMBER [UNIT] [suffix words]`` where

* ``NUMBER`` is Arabic (``1.5``, ``16833``) or Chinese (``十三``, ``两``, ``二十``), followed
  by an optional multiplier from :data:`~envindicators.units.registry.SCALE_WORDS`
  (``万``, ``亿``, ``千``, ``十万`` …) — the multiplier belongs to the *number*, so
  qualifiers may stand between the digits and the multiplier (``20余万吨``) or after it
  (``1.8万余个``); ``8×200`` is a product; ``3-5``/``三至五`` a range; ``三分之一`` a
  fraction (kind ``ratio``); ``百分之八十五`` is 85 %.
* ``UNIT`` is a unit of :data:`~envindicators.units.ureg` written in Chinese or ASCII
  (``吨``, ``立方米/日``, ``万元``-denominators as in ``立方米/万元``, ``μg/m3``, ``MW``,
  ``Km``), a percentage (``%``, ``‰``), percentage points (``个百分点``) or a counter word
  (``个 项 户 台 座 家 …``).  The unit is returned as a pint-parsable string spelt in
  simplified characters (``噸/日`` → ``吨/日``); ``个月``/``个小时``/``个百分点`` lose their
  ``个``.  An unknown unit is an error, never a dimensionless number.
* prefix words: qualifiers (约 大约 近 将近 接近 超过 逾 大于 高于 小于 低于 不低于 不少于
  不超过 不高于 至少 …), change verbs (上升 提高 增长 增加 升高 提升 vs 下降 降低 减少
  削减 …; ``提高到``/``下降至`` + value is a *level*), baselines (同比, 比2015年, 较年初,
  与2016年相比, 高于国家下达指标…个百分点), rates (``每天约1.5万吨`` → 吨/日, ``日产2000吨``
  → 吨/日, ``每年不少于3次`` → 次/年), per-unit wording (``吨煤排水量达到6.3立方米`` →
  立方米/吨, ``每万人有效发明专利达到7.5件`` → 件/万人), ratio markers (``占27%``,
  ``占井田面积的18.2%``, ``99.33%的井田面积`` at the head of a clause) and plain fillers
  (达到 为 分别 累计 共 其余 …).
* ``UNIT`` may join numerator and denominator with 每 (``43微克每立方米``, ``5吨每小时``,
  ``0.5元每吨``: 微克/立方米, 吨/小时, 元/吨) when the denominator ends the phrase (``投入5亿元
  每年新增…`` stays 元); neither side may be a counter.  ``摄氏度``/``℃``/``°C`` are ``degC``.
* suffix words: 以上 及以上 或以上 以下 及以下 或以下 以内 左右 上下 (and 多/余/内 after time
  units), also after one space (``33℃ 或以上``);
  a short parenthetical may stand before them (``998.3533万立方米(含自然保护区)以上``).
  :func:`parse_quantity` also accepts a unit annotation (``18060余次(个)``) and the noun
  after a counter (``15个国考断面``: 15 个).
* ``零增长`` is a relative change of exactly 0 %.
* a comparative with a named reference between it and the figure is a difference in the
  figure's unit (``高出全国平均水平6.4微克/立方米``: +6.4, baseline 全国平均水平), as
  百分点 figures always were; after 高于/低于 a reference with a value of its own (标准, 限值,
  目标 …) is flagged ``ambiguous_reference``: the figure may be that value.  Adjacent
  (``高于50毫克/立方米``) it stays a bound; a counted noun (``高于全国74个城市``) a level.

When several qualifier words apply, the strongest wins (bounds > 余/近 > 约), so
``约7000余吨`` is ``more_than``.

Conventions
-----------
* ``value`` has the multiplier applied (``1.5万吨/日`` → 15000 吨/日); ``multiplier``
  keeps the written word for :meth:`ParsedQuantity.format`.
* Changes are signed: ``同比下降2.6%`` → value −2.6, ``sign`` −1, kind ``change_relative``
  (unit %); ``提高2.4个百分点`` → +2.4 百分点, ``change_absolute``; ``上升了1.29米`` →
  +1.29 米, ``change_absolute``.  Levels have ``sign`` 0.  A figure in 百分点 is always an
  absolute change (a difference of shares).
* **Bare 蒸吨 means 蒸吨/小时.**  Boiler sizes are written ``20蒸吨以上燃煤锅炉``: industry
  shorthand for a rated evaporation of 20 t/h, so a bare ``蒸吨`` is read as ``蒸吨/小时``.
* ``近`` before a time unit (``近三年``, "the last three years") gives the qualifier
  ``nearly``, as before any other figure (the labelling of the evaluation corpus's guide).
* A calendar year or period (``2017年``, ``2018—2020年``, also ``二00七年``) is not a quantity
  of years: :func:`parse_quantity` raises and points to
  :func:`~envindicators.units.parse_period`.  Rankings (``前三位``) and anniversaries
  (``70周年``) are not quantities either.
* **Digit separators**: a comma (ASCII or full-width) or one space (thin spaces are folded
  to it) between digit groups of exactly three is a thousands separator (``1,280`` = 1280,
  ``12,345.6万元``, ``6 542座`` = 6542, ``1 000 m``); any other comma or space between digits
  (``1,28``, ``12345,678``, ``1 28``), a grouping inside a list announced by 分别 and a space
  grouping inside a run of space-separated numbers (``5 1 234``) are flagged
  ``ambiguous_separator`` — never a guess glued from both sides.
* **Powers and marks**: ``10⁵吨`` and ``1.2×10^5吨`` are 1e5 and 1.2e5 t (flag ``exponent``); a
  superscript after any other number (``5000²平方米``) is a stray mark: the base is returned
  with the flag ``stray_exponent``.  List markers (``①``, ``⑴``, ``⒈``) are never digits.
* **Signs**: ``-`` or ``−`` before a number after punctuation or a copula is a minus sign
  (``同比分别为3.2%,-6.97%``: two changes, the second negative); with a verb of increase it
  gives a decrease (``增长-3.2%``), with a verb of decrease a flagged double negative.  One verb
  heads a list (``分别降低0.7个、3.2个和2.6个百分点``: three changes of −0.7, −3.2, −2.6
  百分点; the unit 个百分点 written once).
* **Explicit signs in parentheses** after a word are changes: ``公共机构(+12%)`` +12 %
  ``change_relative``, ``(-3.5万吨)`` ``change_absolute`` (flag ``explicit_sign``); a
  temperature is the exception (``(-5℃)`` is a level).
* **Temperatures** are an offset unit: a level is ``degC``, a change (``上升0.8℃``,
  ``高出0.8摄氏度``) ``delta_degC``, so :func:`~envindicators.units.normalize` converts the
  first as a temperature (23.6 ℃ → 296.75 K) and the second as a difference.
* **Evaluative verbs** 改善, 好转, 恶化 (``同比改善10.3%``) give a change whose direction
  depends on the indicator: ``value`` is the written magnitude, ``sign`` 0 and the flag
  ``ambiguous_sign`` — never a guessed sign.
* **倍, 番, 成**: ``增长1倍`` is +100 % (``change_relative``), ``是…的2.6倍`` a ratio of 2.6,
  ``超标0.5倍`` an ``exceedance_multiple`` of 0.5 (1.5 × the limit), ``减少一倍`` −100 % flagged
  ``ambiguous_multiple``; ``翻一番``/``翻两番`` are +100 %/+300 %; ``九成`` is 90 %.
* **Ranges** keep ``value`` None (NaN in :func:`extract_quantities`) with ``low``/``high`` and
  the flag ``range``: a range is never collapsed silently into one number (a sum that needs
  one chooses it: :func:`~envindicators.units.normalize` with ``ranges="mid"``).  Vague
  quantities are flagged ranges: ``数十家`` 20–90, ``几百`` 200–900, ``十几`` 11–19, ``三四个``
  3–4; ``上百家`` is at least 100 (flag ``vague``).
* **Fractions** ``35/40`` and ``三分之一`` are ratios keeping ``numerator`` and ``denominator``;
  ``87.5%（35/40）`` is the share with its fraction (flag ``inconsistent_fraction`` when they
  disagree).
* **度** is kWh with 电 in its clause or a multiplier (``用电300万度``), an angle (unit
  ``degree``) with 坡/角, a temperature (``degC``) with 温; otherwise 度 flagged
  ``ambiguous_unit``.

Flags and confidence
--------------------
Every result carries ``warnings``, codes of :class:`~envindicators.units.vocab.Flag`, and a
``confidence`` (:class:`~envindicators.units.vocab.Confidence`: the lowest confidence of its
flags).  ``low`` means the text admits another reading and the figure must be checked by
hand; ``medium`` that a documented convention the text does not spell out was applied.

Safety
------
No ``eval``.  The scanner is a hand-written left-to-right pass: every token has a bounded
length and every look-around window is at most :data:`_WINDOW` characters, so the work is
linear in the input (``_STEPS`` counts it; the tests assert the bound on adversarial input).
:func:`parse_quantity` rejects inputs longer than :data:`MAX_QUANTITY_LENGTH` characters
before looking at them; :func:`extract_quantities` accepts any length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from envindicators.errors import QuantityParseError
from envindicators.units.numerals import CHINESE_NUMERAL_CHARS
from envindicators.units.parsing.formatting import format_quantity
from envindicators.units.parsing.quantity import _CONFIDENCE_ORDER, ParsedQuantity, _confidence
from envindicators.units.parsing.scanner import (
    _group,
    _is_trailing_ok,
    _scan,
    _to_parsed,
)
from envindicators.units.parsing.tables import table_hits
from envindicators.units.parsing.tokens import _Hit
from envindicators.units.parsing.unit_words import _COUNTERS, DIMENSIONLESS, UNIT_SPELLINGS
from envindicators.units.text import ENUMERATORS, NormalizedText, normalize_text, string_dtype
from envindicators.units.vocab import KIND, QUALIFIER, Flag, Kind, Qualifier

__all__ = [
    "MAX_QUANTITY_LENGTH",
    "UNIT_SPELLINGS",
    "ParsedQuantity",
    "extract_quantities",
    "format_quantity",
    "parse_quantities",
    "parse_quantity",
]

#: Longest input :func:`parse_quantity` accepts (characters); longer input is rejected
#: before any parsing.  Quantity expressions in reports are under 40 characters.
MAX_QUANTITY_LENGTH = 200

# --------------------------------------------------------------------------------------
# Public functions.
# --------------------------------------------------------------------------------------


def _check_expression(text: object) -> NormalizedText:
    if not isinstance(text, str):
        raise TypeError(f"expected a str, got {type(text).__name__}")
    if len(text) > MAX_QUANTITY_LENGTH:
        raise QuantityParseError(
            text,
            None,
            f"longer than MAX_QUANTITY_LENGTH={MAX_QUANTITY_LENGTH} characters; "
            "use extract_quantities() for running text",
        )
    if not text.strip():
        raise QuantityParseError(text, 0, "empty text")
    return normalize_text(text)


def _parse_group(text: str) -> list[ParsedQuantity]:
    nt = _check_expression(text)
    s = nt.text
    hits, skips = _scan(s, extract=False)
    hits = [h for h in hits if not h.ordinal]
    m = _LEADING_MARK.match(s)
    lead = m.end() if m else 0
    # a signed figure in parentheses, given alone: (+12%), (-3.5万吨)
    enclosed = s.startswith("(", lead) and s[lead + 1 : lead + 2] in ("+", "-")
    lead += enclosed
    hits = [h for h in hits if h.start >= lead]
    if not hits:
        if skips:
            sk = skips[0]
            raise QuantityParseError(text, nt.original_position(sk.position), sk.reason)
        first_bad = lead
        raise QuantityParseError(
            text, nt.original_position(first_bad), "expected a number (Arabic or Chinese)"
        )
    groups = _group(hits, s)
    group = groups[0]
    if len(groups) > 1:
        nxt = groups[1][0]
        raise QuantityParseError(
            text,
            nt.original_position(nxt.start),
            "more than one quantity; use extract_quantities() for running text",
        )
    first = group[0]
    if first.cover_start > lead:
        raise QuantityParseError(
            text,
            nt.original_position(lead),
            f"unexpected text before the quantity: {s[lead : first.cover_start]!r}",
        )
    for sk in skips:
        outside = sk.position >= group[-1].cover_end or sk.position < first.cover_start
        if outside and sk.position >= lead and sk.reason.startswith("unknown unit"):
            raise QuantityParseError(text, nt.original_position(sk.position), sk.reason)
    tail = _skip_annotation(s, group[-1].cover_end)
    if enclosed and s.startswith(")", tail):
        tail += 1
    if not _is_trailing_ok(s, tail) and _counted_noun(s, tail, group[-1].unit):
        tail = len(s)
    if not _is_trailing_ok(s, tail):
        raise QuantityParseError(
            text, nt.original_position(tail), f"unexpected text after the quantity: {s[tail:]!r}"
        )
    for h in group:
        if h.pending or h.unit is None:
            h.unit = DIMENSIONLESS
    return [_to_parsed(h, nt) for h in group]


#: List markers that may open an expression given to parse_quantity (①5000吨, ⒈5吨).
_LEADING_MARK = re.compile(
    r"[\s"
    + "".join(sorted(ENUMERATORS))
    + r"]*(?:\((?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\)\s*)?"
)


def _skip_annotation(s: str, k: int) -> int:
    """Skip a short parenthetical unit annotation after a quantity: 18060余次(个)."""
    if k < len(s) and s[k] in "(（":
        for t in range(k + 1, min(len(s), k + 10)):
            if s[t] in ")）":
                return t + 1
            if s[t].isdigit():
                break
    return k


def _counted_noun(s: str, k: int, unit: str | None) -> bool:
    """A short noun after a counter (15个国考断面, 7个市州): part of a count expression."""
    if unit is None or unit.split("/")[0] not in _COUNTERS:
        return False
    rest = s[k:].rstrip(" 。.,，;；")
    return 0 < len(rest) <= 8 and all(
        "\u4e00" <= c <= "\u9fff" and c not in CHINESE_NUMERAL_CHARS for c in rest
    )


def parse_quantities(text: str) -> tuple[ParsedQuantity, ...]:
    """Parse an enumeration of quantities that share wording: ``上升155%和377%``.

    Items separated by 、 和 及 与 或 share the change verb of the first item (and its
    baseline) and a trailing bound of the last (``分别达到85%、95%以上``).  A single
    quantity gives a 1-tuple.

    Parameters
    ----------
    text : str
        The enumeration as written (at most :data:`MAX_QUANTITY_LENGTH` characters).

    Returns
    -------
    tuple of ParsedQuantity
        One per item, in order, with the shared verb, baseline, unit and bound applied.

    Raises
    ------
    QuantityParseError
        As :func:`parse_quantity`.
    TypeError
        If ``text`` is not a string.
    """
    return tuple(_parse_group(text))


def parse_quantity(text: str) -> ParsedQuantity:
    """Parse one quantity expression.

    Parameters
    ----------
    text : str
        One expression such as ``"1.5万吨/日"``, ``"约1.5万吨"``, ``"20余万吨"``,
        ``"8×200吨/日"``, ``"16833畝"``, ``"35μg/m3"``, ``"不低于90%"``,
        ``"提高2.4个百分点"``, ``"比2015年下降13%"``, ``"近三分之一"``, ``"3-5年"``,
        ``"10蒸吨/小时及以下"``.  Simplified or traditional characters, full-width or
        ASCII digits.  At most :data:`MAX_QUANTITY_LENGTH` characters.

    Returns
    -------
    ParsedQuantity
        The figure with its unit, qualifier, kind, sign, baseline, span and flags.

    Raises
    ------
    QuantityParseError
        (a :class:`ValueError`) naming the input and the position where parsing failed:
        no number, an unknown unit, extra text, a date or year (``2017年``), an item number
        (``第十六项``), more than one quantity, or text over the length limit.
    TypeError
        If ``text`` is not a string.

    Examples
    --------
    >>> parse_quantity("20余万吨").value, parse_quantity("20余万吨").qualifier.value
    (200000.0, 'more_than')
    >>> parse_quantity("8×200吨/日").value
    1600.0
    >>> q = parse_quantity("3-5年")
    >>> (q.low, q.high, q.unit, q.qualifier.value)
    (3.0, 5.0, '年', 'range')
    """
    group = _parse_group(text)
    if len(group) > 1:
        nt = normalize_text(text)
        raise QuantityParseError(
            text,
            group[1].span[0] if group[1].span else nt.original_position(0),
            f"{len(group)} quantities share one verb or bound; use parse_quantities()",
        )
    return group[0]


_COLUMNS = [
    "start", "end", "text", "value", "low", "high", "unit", "qualifier", "kind", "sign",
    "baseline", "multiplier", "before", "after", "numerator", "denominator", "warnings",
    "confidence",
]  # fmt: skip
_TEXT_COLUMNS = ("text", "unit", "baseline", "multiplier", "before", "after", "warnings")


#: Long inputs are processed in pieces of about this many characters, cut at line breaks
#: (no quantity spans a line break, so the result does not depend on the cut).  Small
#: pieces keep the normalised copy, its offset map and the hits of one piece small beside
#: the rows (peak memory, benchmarks/README.md "Round 4"); below a few thousand characters
#: the per-piece overhead starts to show.
_PIECE = 1 << 13


def _pieces(text: str, size: int | None = None) -> Iterator[tuple[int, int]]:
    size = _PIECE if size is None else size
    n = len(text)
    a = 0
    while a < n:
        b = min(n, a + size)
        if b < n:
            nl = text.find("\n", b)
            b = n if nl < 0 else nl + 1
        yield a, b
        a = b


def extract_quantities(
    text: str, *, context: int = 10, progress: Callable[[int, int], object] | None = None
) -> pd.DataFrame:
    """Every quantity mentioned in running text.

    Years and dates (2017年, 二00七年, 2018年9月中旬), item numbers (第十六项, 三十七、, 1.,
    ①), rankings and anniversaries (前三位, 70周年), document numbers (〔2017〕95号), names
    with digits (PM2.5, O3, GB 3095), class names (一级A, Ⅳ类, 二类), short quotations and
    titles (“十三五”, “两个维护”, 《…(2018—2020年)》), 一 + counter used as an article
    (一项重大政治任务), bare multipliers (万元国内生产总值) and numbers without a unit are
    not reported — except a bare number after a copula (``综合指数为4.49``, unit
    ``dimensionless``).  Enumerations share their verb, baseline, unit, multiplier and
    trailing bound: ``比2014年分别上升155%和377%`` gives two changes against 2014,
    ``分别为47、55和55微克/立方米`` three concentrations.

    Parameters
    ----------
    text : str
        Any string (a whole report is fine: time and memory are linear in its length; long
        inputs are processed paragraph by paragraph).  Never raises on a ``str`` — lone
        surrogates, NUL, combining marks and bidirectional marks included.
    context : int
        Characters of original text in the ``before`` and ``after`` columns.
    progress : callable, optional
        Called as ``progress(done, total)`` (characters) after each piece of a long input.

    Returns
    -------
    pandas.DataFrame
        One row per quantity, in order: ``start``, ``end`` (span in ``text``), ``text``,
        ``value`` (NaN for ranges: see ``low``/``high`` and the ``range`` flag), ``low``,
        ``high``, ``unit``, ``qualifier``, ``kind`` (categoricals of the vocabulary codes),
        ``sign`` (int8), ``baseline``, ``multiplier``, ``before``, ``after``,
        ``numerator``, ``denominator`` (of a written fraction, else NaN), ``warnings``
        (:class:`~envindicators.units.vocab.Flag` codes joined by ``;``, empty when none) and
        ``confidence`` (ordered categorical ``low`` < ``medium`` < ``high``).  Text columns
        use pandas' Python-backed string dtype (``object`` before pandas 3), also when
        pyarrow is installed, so that every Python string — lone surrogates included —
        survives in them unchanged and ``text[start:end] == row.text`` always holds.

    Examples
    --------
    >>> df = extract_quantities("2017年,全省拆除燃煤小锅炉6968台,同比下降4.3%。")
    >>> df[["text", "value", "unit", "kind"]].to_records(index=False).tolist()
    [('6968台', 6968.0, '台', 'level'), ('同比下降4.3%', -4.3, '%', 'change_relative')]
    >>> df = extract_quantities("面积1,280平方公里,另有1,28平方公里")
    >>> df[["value", "warnings"]].to_records(index=False).tolist()
    [(1280.0, ''), (28.0, 'ambiguous_separator')]
    """
    if not isinstance(text, str):
        raise TypeError(f"expected a str, got {type(text).__name__}")
    columns: dict[str, list[Any]] = {name: [] for name in _COLUMNS}
    total = len(text)
    for a, b in _pieces(text):
        _extract_piece(text, a, b, context, columns)
        if progress is not None:
            progress(b, total)
    return _frame(columns)


_FLOAT_COLUMNS = ("value", "low", "high", "numerator", "denominator")
_QUALIFIER_CODE = {q: i for i, q in enumerate(Qualifier)}
_KIND_CODE = {k: i for i, k in enumerate(Kind)}
_CONFIDENCE_CODE = {c: i for i, c in enumerate(_CONFIDENCE_ORDER)}


def _floats(values: Iterator[Any], n: int) -> np.ndarray:
    """float64 array of ``n`` Decimals or ``None`` (NaN)."""
    nan = np.nan
    return np.fromiter((nan if v is None else float(v) for v in values), np.float64, n)


def _extract_piece(text: str, a: int, b: int, context: int, cols: dict[str, list[Any]]) -> None:
    """Append the rows of ``text[a:b]`` to ``cols``: one array per piece for the numeric
    and categorical columns (codes), Python strings for the text columns."""
    nt = normalize_text(text[a:b])
    hits, _ = _scan(nt.text, extract=True)
    kept = [
        h
        for g in _group(hits, nt.text)
        for h in g
        if not (h.ordinal or h.pending or h.unit is None)
    ]
    del hits
    n = len(kept)
    starts, ends = nt.original_spans(
        np.fromiter((h.start for h in kept), np.int64, n),
        np.fromiter((h.end for h in kept), np.int64, n),
    )
    del nt
    cells = table_hits(text[a:b], _unit_alone)
    if cells:
        kept, starts, ends = _with_cells(kept, starts, ends, cells)
        n = len(kept)
    if not kept:
        return
    starts += a
    ends += a
    s_list = starts.tolist()
    e_list = ends.tolist()
    flag_sets = [tuple(dict.fromkeys(h.flags)) if h.flags else () for h in kept]
    confidence: dict[tuple[Flag, ...], int] = {}
    for fl in flag_sets:
        if fl not in confidence:
            confidence[fl] = _CONFIDENCE_CODE[_confidence(fl)]
    cols["start"].append(starts)
    cols["end"].append(ends)
    cols["text"].extend([text[s0:e0] for s0, e0 in zip(s_list, e_list, strict=True)])
    cols["value"].append(_floats((h.value for h in kept), n))
    cols["low"].append(_floats((h.low for h in kept), n))
    cols["high"].append(_floats((h.high for h in kept), n))
    cols["unit"].extend([h.unit for h in kept])
    cols["qualifier"].append(np.fromiter((_QUALIFIER_CODE[h.qualifier] for h in kept), np.int8, n))
    cols["kind"].append(np.fromiter((_KIND_CODE[h.kind] for h in kept), np.int8, n))
    cols["sign"].append(np.fromiter((h.sign for h in kept), np.int8, n))
    cols["baseline"].extend([h.baseline for h in kept])
    cols["multiplier"].extend([h.multiplier for h in kept])
    cols["before"].extend([text[max(0, s0 - context) : s0] for s0 in s_list])
    cols["after"].extend([text[e0 : e0 + context] for e0 in e_list])
    cols["numerator"].append(_floats((h.numerator for h in kept), n))
    cols["denominator"].append(_floats((h.denominator for h in kept), n))
    cols["warnings"].extend([";".join(fl) for fl in flag_sets])
    cols["confidence"].append(np.fromiter((confidence[fl] for fl in flag_sets), np.int8, n))


@lru_cache(maxsize=1024)
def _unit_alone(unit: str) -> tuple[str, Decimal, str | None] | None:
    """``(unit, factor, multiplier)`` of a unit written alone in a table header
    (``万吨`` → ``("吨", 10000, "万")``), or None when ``unit`` is not one plain unit."""
    try:
        q = parse_quantity("1" + unit)
    except (QuantityParseError, ValueError):
        return None
    if (
        q.value is None
        or q.warnings
        or q.kind is not KIND.LEVEL
        or q.qualifier is not QUALIFIER.EXACT
        or q.unit == DIMENSIONLESS
    ):
        return None
    return q.unit, Decimal(repr(q.value)), q.multiplier


def _with_cells(
    kept: list[_Hit], starts: np.ndarray, ends: np.ndarray, cells: list[_Hit]
) -> tuple[list[_Hit], np.ndarray, np.ndarray]:
    """The sentence parser's hits with the table cells that none of them overlaps, in
    text order (a figure the sentence parser reads keeps its reading, except that a share
    cell of the table reader makes the same cell's level a ratio, a change cell a relative
    change)."""
    cs = np.fromiter((h.start for h in cells), np.int64, len(cells))
    ce = np.fromiter((h.end for h in cells), np.int64, len(cells))
    if len(starts):
        # a cell overlaps a sentence hit when that hit starts before the cell ends and ends
        # after it starts (sentence hits are sorted and do not overlap each other)
        k = np.searchsorted(starts, ce, side="left")
        prev_end = np.where(k > 0, ends[np.maximum(k - 1, 0)], -1)
        free = prev_end <= cs
        for i in np.flatnonzero(~free).tolist():
            j = int(k[i]) - 1
            cell, hit = cells[i], kept[j]
            if (
                cell.kind is KIND.RATIO
                and hit.kind is KIND.LEVEL
                and (int(starts[j]), int(ends[j])) == (cell.start, cell.end)
                and (hit.unit, hit.value) == (cell.unit, cell.value)
            ):
                hit.kind = KIND.RATIO  # a share column of a table (再生资源占比)
            elif (
                cell.kind is KIND.CHANGE_RELATIVE
                and hit.kind is KIND.LEVEL
                and (int(starts[j]), int(ends[j])) == (cell.start, cell.end)
                and (hit.unit, hit.value) == (cell.unit, cell.value)
            ):
                # 8% under 數目轉變百分比: a change column of a table, a bare figure rises
                hit.kind, hit.sign = KIND.CHANGE_RELATIVE, cell.sign
    else:
        free = np.ones(len(cells), bool)
    if not free.any():
        return kept, starts, ends
    idx = np.flatnonzero(free)
    all_starts = np.concatenate([starts, cs[idx]])
    all_ends = np.concatenate([ends, ce[idx]])
    rows = kept + [cells[i] for i in idx.tolist()]
    order = np.argsort(all_starts, kind="stable")
    return [rows[i] for i in order.tolist()], all_starts[order], all_ends[order]


_ARRAY_DTYPES = {
    **dict.fromkeys(("start", "end"), np.int64),
    **dict.fromkeys(_FLOAT_COLUMNS, np.float64),
    **dict.fromkeys(("sign", "qualifier", "kind", "confidence"), np.int8),
}


def _frame(cols: dict[str, list[Any]]) -> pd.DataFrame:
    """The result frame; each column's pieces are released as soon as it is built."""
    str_dtype = string_dtype()
    data: dict[str, Any] = {}
    for name in _COLUMNS:
        values = cols.pop(name)
        if name in _ARRAY_DTYPES:
            dtype = _ARRAY_DTYPES[name]
            arr = np.concatenate(values) if values else np.empty(0, dtype)
            del values
            if name == "qualifier":
                data[name] = pd.Categorical.from_codes(arr, categories=[q.value for q in Qualifier])
            elif name == "kind":
                data[name] = pd.Categorical.from_codes(arr, categories=[k.value for k in Kind])
            elif name == "confidence":
                data[name] = pd.Categorical.from_codes(
                    arr, categories=[c.value for c in _CONFIDENCE_ORDER], ordered=True
                )
            else:
                data[name] = arr
        else:
            data[name] = pd.Series(values, dtype=str_dtype)
    return pd.DataFrame(data, columns=_COLUMNS)
