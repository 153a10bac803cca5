"""Units for Chinese environmental statistics: a pint registry of our own.

>>> from envindicators.units import ureg
>>> ureg("16833 亩").to("ha")
<Quantity(1122.2, 'hectare')>

The registry
------------
:data:`ureg` is a :class:`pint.UnitRegistry` built from pint's default definitions plus
``definitions.txt`` shipped in this package.  It is *ours*: importing envindicators never
calls :func:`pint.set_application_registry` nor changes pint's default registry, so a user's
own pint set-up is left alone.  Quantities from :data:`ureg` cannot be mixed with quantities
of another registry (pint raises); convert through magnitudes and unit strings if needed.

It knows, in simplified and traditional script and the usual symbol variants:

* area 亩/畝 (exactly 10000/15 m²), 公顷/公頃 (ha), 平方公里/平方千米 (km²), 平方米 (m²);
* length 公里/千米/km/Km, 米; volume 立方米/m3/m³, 方 (colloquial m³), 升/L;
* mass 吨/噸 (t), 千克/公斤, 克, 毫克/mg, 微克/µg/μg/ug;
* time 日/天, 小时/時, 年, 月 (pint's Julian year of 365.25 d and month = year/12);
* energy/power 千瓦 (kW), 兆瓦 (MW), 千瓦时/度 (kWh), 吨标准煤/tce, 千克标准煤/kgce
  (1 kgce = 29.3076 MJ: coal equivalent is an *energy*, so tce ↔ MJ needs no context);
* steam boiler capacity 蒸吨/小时, on a dimension ``[steam]`` of its own;
* money 元/CNY on a dimension ``[currency]`` (so ``立方米/万元`` water intensity works), and
  港元, 澳门元 and 新台币 each on a dimension of its own (no fixed rate to 元);
* concentrations by composition (微克/立方米, 毫克/立方米, 毫克/升);
* counters 个 项 件 户 台 座 家 辆 人 次 … (see below);
* percent ``%`` and percentage points 百分点 (see below);
* scaled statistical units 万吨, 亿立方米, 万千瓦, 千公顷, 万元, 亿元, 万户 … generated
  from :data:`SCALE_WORDS` (see :mod:`envindicators.units.registry` for why these are
  units and not pint prefixes; the quantity parser treats the same words as numerals).

Percent versus percentage point
-------------------------------
``%`` is pint's ``percent``: dimensionless, 0.01.  It is right for a *share*
(优良天数比例 74.5 %) and for a *relative change* (同比下降 2.6 %: new = old × (1 − 0.026)).

A **percentage point** (百分点) is the unit of an *absolute difference between two
shares* (同比提高 2.4 个百分点: new share = old share + 2.4 points).  Both are "0.01" as
pure numbers, which is exactly why they get confused; here they are kept apart by giving
``percentage_point`` a dimension of its own, ``[percentage_point]``:

* ``Quantity(74.5, "%") + Quantity(2.4, "百分点")`` raises :class:`pint.DimensionalityError`;
* ``Quantity(2.4, "百分点").to("%")`` raises too; inside ``ureg.context("points")`` it gives
  2.4 % — a statement by the caller that this number is an absolute difference of shares;
* :func:`share_difference` (``a − b`` of two shares → 百分点), :func:`add_points`
  (share + 百分点 → share) and :func:`relative_change` (→ %) are the explicit operations.

Counts
------
Counter words (量词: 个, 户, 台, 辆 …) are all pint's dimensionless ``count``: ``3 台 + 2 户``
is 5 to pint.  Giving each noun a dimension would make every ratio (辆/万人, 户/村) need a
context, and pint cannot know that 户 (households) and 台 (stoves) must not be added — the
Tianshui case in seed 002 (虚报: stoves counted as households) is about meaning, not
dimension.  So counts are dimensionless for arithmetic, and **one rule for counters** is
applied by every conversion of the library — :func:`normalize` and the model alike
(:mod:`envindicators.units.counters`, vocabulary declared as pint groups in
``definitions.txt``): two counter words convert into each other only when they are the same
word (any spelling, any scale: 万户 → 户), or one of them is generic (``count``, 个), or both
belong to one declared group of synonyms (辆/台; 轮/轮次; 件/起/宗).  Otherwise
:class:`~envindicators.errors.UnitMismatchError` — ``normalize(["5户", "3台"], to="台")``
raises — and counts never convert to or from shares (5 户 is not 500 %).

Unit strings
------------
Every unit string the registry reads goes first through a bounded grammar
(:mod:`envindicators.units.grammar`): at most 100 characters, units of the registry,
numbers, ``* / ** ^``, small integer exponents (``m3``, ``m**3``, ``m^3``, ``m³``,
``10^4 t``), no exponent towers, and up to three levels of parentheses.
``10**10**10 kg``, ``1/0``, ``吨//日`` or ``__import__("os")`` raise
:class:`~envindicators.errors.UnitStringError` before pint evaluates anything, so a table
from an untrusted source cannot hang or crash the library.

Conversions and threads
-----------------------
All conversions of the library go through one engine (:mod:`envindicators.units.convert`:
affine coefficients per ``(from, to, contexts)``, cached), which never enters a context on
the shared :data:`ureg`: contexts are applied on private registries, so conversions are
safe to run from several threads and a user's ``with ureg.context(...)`` block does not
change the library's results (nor the other way round).

Contexts
--------
``water`` (1 t ↔ 1 m³ for water and wastewater reported in 吨, also per time and per 元),
``steam`` (蒸吨/小时 ↔ MW, 0.7 MW per t/h by default, parameter ``mw_per_tph``) and
``points`` (百分点 ↔ dimensionless).  Outside them mass ↔ volume, steam ↔ power and
百分点 ↔ % raise :class:`pint.DimensionalityError`::

    with ureg.context("water"):
        ureg("1.5 万吨/日").to("m3/d")

Parsing quantities, dates and columns
-------------------------------------
:func:`parse_quantity` reads one written figure into a frozen :class:`ParsedQuantity` —
value with its multiplier applied, a pint unit string in simplified spelling, the
qualifier (约, 余, 近, 以上, 以内 …), the kind (level, relative or absolute change, ratio),
the sign of a change and its baseline::

    >>> q = parse_quantity("比2015年下降13%")
    >>> (q.value, q.unit, q.kind.value, q.sign, q.baseline)
    (-13.0, '%', 'change_relative', -1, '2015')
    >>> round(parse_quantity("16833畝").to("ha").magnitude, 1)
    1122.2

:func:`parse_quantities` reads enumerations that share a verb (``上升155%和377%``);
:func:`extract_quantities` finds every quantity in running text (a whole report) and
returns a DataFrame with spans into the original text and the words around each figure;
:func:`format_quantity` writes a quantity back in Chinese.  :func:`normalize` converts a
column of strings or of (number, unit) pairs to one unit, parsing each distinct string
once.  :func:`parse_deadline` / :func:`parse_period` read 整改时限 and observation periods
(``2020年年底前`` → 2020-12-31, ``2018—2020年`` → a period, ``立行立改`` → immediate) into a
:class:`DateSpec`; :func:`find_dates` lists the dates of a text.  All text goes through
:func:`normalize_text` first: full-width forms, ``m³``/``µg``, traditional characters
(1:1 table, so positions are kept) and stray pinyin (``生態(tài)環境``).  Bad input raises
:class:`~envindicators.errors.QuantityParseError` (a ``ValueError``) naming the text and
the position; see :mod:`envindicators.units.parser` for the grammar and conventions
(bare ``蒸吨`` is 蒸吨/小时; a calendar year is not a quantity of years).
"""

from __future__ import annotations

import pint

from envindicators.units.convert import normalize
from envindicators.units.dates import (
    DateCategory,
    DateSpec,
    find_dates,
    parse_deadline,
    parse_period,
)
from envindicators.units.numerals import parse_chinese_integer, parse_integer, to_chinese_integer
from envindicators.units.parser import (
    MAX_QUANTITY_LENGTH,
    ParsedQuantity,
    extract_quantities,
    format_quantity,
    parse_quantities,
    parse_quantity,
)
from envindicators.units.parsing.unit_words import CURRENCY_NAMES
from envindicators.units.registry import SCALE_WORDS, Quantity, Unit, ureg
from envindicators.units.shares import (
    RELATIVE_BASE_RULE,
    add_points,
    relative_change,
    share_difference,
    undefined_relative_base,
)
from envindicators.units.text import NormalizedText, normalize_text, to_simplified

__all__ = [
    "CURRENCY_NAMES",
    "MAX_QUANTITY_LENGTH",
    "RELATIVE_BASE_RULE",
    "SCALE_WORDS",
    "DateCategory",
    "DateSpec",
    "DimensionalityError",
    "NormalizedText",
    "ParsedQuantity",
    "Quantity",
    "UndefinedUnitError",
    "Unit",
    "add_points",
    "extract_quantities",
    "find_dates",
    "format_quantity",
    "normalize",
    "normalize_text",
    "parse_chinese_integer",
    "parse_deadline",
    "parse_integer",
    "parse_period",
    "parse_quantities",
    "parse_quantity",
    "relative_change",
    "share_difference",
    "to_chinese_integer",
    "to_simplified",
    "undefined_relative_base",
    "ureg",
]

DimensionalityError = pint.DimensionalityError
UndefinedUnitError = pint.UndefinedUnitError
