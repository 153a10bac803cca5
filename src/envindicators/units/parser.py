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
* ``近`` before a time unit (``近三年``) means "the last three years", not "nearly": the
  qualifier stays ``exact``.
* A calendar year or period (``2017年``, ``2018—2020年``, also ``二00七年``) is not a quantity
  of years: :func:`parse_quantity` raises and points to
  :func:`~envindicators.units.parse_period`.  Rankings (``前三位``) and anniversaries
  (``70周年``) are not quantities either.
* **Digit separators**: a comma (ASCII or full-width) between digit groups of exactly three is
  a thousands separator (``1,280`` = 1280, ``12,345.6万元``); any other comma or space between
  digits (``1,28``, ``12345,678``, ``1 280``) and a grouping inside a list announced by 分别
  are flagged ``ambiguous_separator`` — the number after it is returned, never a guess glued
  from both sides.
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
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, overload

import numpy as np
import pandas as pd
import pint

from envindicators.errors import QuantityParseError
from envindicators.units.counters import COUNTER_SPELLINGS
from envindicators.units.dates import YEAR_DIGITS, match_date
from envindicators.units.numerals import (
    CHINESE_DIGITS,
    CHINESE_NUMERAL_CHARS,
    parse_chinese_integer,
    to_chinese_integer,
)
from envindicators.units.registry import SCALABLE_UNITS, SCALE_WORDS, ureg
from envindicators.units.text import (
    ENUMERATORS,
    NormalizedText,
    normalize_text,
    string_dtype,
    to_simplified,
)
from envindicators.units.vocab import (
    FLAG_CONFIDENCE,
    INNER_QUALIFIERS,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    TIME_SUFFIXES,
    Confidence,
    Flag,
    Kind,
    Qualifier,
)

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

_WINDOW = 32  # look-behind window (characters) for prefix words, verbs and baselines
_MAX_DIGITS = 30  # longest Arabic digit run read as a number
_MAX_NUMERAL = 32  # longest Chinese numeral run

DIMENSIONLESS = "dimensionless"

# --------------------------------------------------------------------------------------
# Units.  Written spelling (simplified, after text normalisation) → canonical pint string.
# --------------------------------------------------------------------------------------

#: Counter words: every simplified spelling of a counter of the registry (group ``counters``
#: of ``definitions.txt``, read by :mod:`envindicators.units.counters`); a spelling is its
#: own unit string (株 stays 株).  Traditional spellings are folded before scanning.
_COUNTERS = tuple(sorted(w for w in COUNTER_SPELLINGS if to_simplified(w) == w))

_BASE_UNITS: dict[str, str] = {
    # area
    "亩": "亩", "市亩": "亩", "公顷": "公顷", "平方公里": "平方公里", "平方千米": "平方千米",
    "平方米": "平方米", "平米": "平方米", "平方厘米": "平方厘米",
    # length
    "公里": "公里", "千米": "千米", "米": "米", "厘米": "厘米", "毫米": "毫米", "微米": "微米",
    # volume
    "立方米": "立方米", "立米": "立方米", "方": "方", "升": "升", "毫升": "毫升",
    # mass
    "吨": "吨", "公吨": "吨", "千克": "千克", "公斤": "公斤", "克": "克", "毫克": "毫克",
    "微克": "微克",
    # time (a bare 月/日 after a number is a date, see _TIME_ONLY_DENOMINATOR)
    "年": "年", "个月": "月", "周": "周", "天": "天", "日": "日", "小时": "小时",
    "个小时": "小时", "分钟": "分钟", "秒": "秒",
    # energy, power, steam
    "千瓦时": "千瓦时", "千瓦小时": "千瓦时", "度": "度", "瓦": "瓦", "千瓦": "千瓦",
    "兆瓦": "兆瓦", "吨标准煤": "吨标准煤", "吨标煤": "吨标准煤", "千克标准煤": "千克标准煤",
    "公斤标准煤": "千克标准煤", "蒸吨": "蒸吨",
    # money, shares
    "元": "元", "人民币": "元", "%": "%", "‰": "‰", "百分点": "百分点", "个百分点": "百分点",
    # working days (a dimension of their own), angles and temperatures (度: see _degree_unit)
    "工作日": "工作日", "个工作日": "工作日", "°": "degree", "°C": "degC",
    "摄氏度": "degC",
}  # fmt: skip
_BASE_UNITS.update({c: c for c in _COUNTERS})

#: Time units allowed only as denominators (吨/月, 蒸吨/时).
_DENOMINATOR_ONLY = {"月": "月", "时": "时", "h": "h", "d": "d", "a": "a"}

#: ASCII unit atoms accepted after Arabic numbers (validated against the registry).
_ASCII_UNITS = frozenset(
    {
        "t", "kg", "g", "mg", "μg", "ug", "ng", "km", "Km", "KM", "m", "cm", "mm", "μm",
        "m2", "km2", "ha", "m3", "L", "l", "mL", "ml", "d", "h", "s", "min", "a", "yr",
        "kW", "MW", "GW", "W", "kWh", "MWh", "GWh", "tce", "kgce", "t_steam",
    }
)  # fmt: skip
_TIME_UNITS = frozenset({"年", "月", "周", "天", "日", "小时", "分钟", "秒"})
_SHARE_UNITS = frozenset({"%", "‰"})
# A unit character is not a unit when it starts one of these words (方案, 70周年, 天然气).
_NOT_UNIT_BEFORE: dict[str, frozenset[str]] = {
    "方": frozenset("面案式法向针位便可形正圆"),
    "周": frozenset("年岁边围期"),
    "天": frozenset("然津"),
    "名": frozenset("单称义录额"),
    "位": frozenset("于置列"),
    "家": frozenset("庭园族乡"),
    "所": frozenset("有属以在"),
    "处": frozenset("理置罚于"),
    "起": frozenset("来草诉"),
    "次": frozenset("产污生要级序"),
    "种": frozenset("类植子群"),
    "批": frozenset("复准示评"),
    "度": frozenset("假"),
    "口": frozenset("岸径罩"),
    "市": frozenset("场民级委政区域内容"),
    "县": frozenset("城级域委区内"),
    "省": frozenset("级委内外政"),
    "城": frozenset("市区镇乡际"),
    "地": frozenset("区方级下表块域质面貌震理图形处"),
    "人": frozenset("民员口才均工士"),
}

#: Every written unit spelling the parser knows (simplified) → canonical unit string.
UNIT_SPELLINGS: dict[str, str] = dict(_BASE_UNITS)

_MAX_UNIT_LEN = max(len(u) for u in _BASE_UNITS)

_SCALE_CHARS = frozenset("十百千万亿")
_INNER_QUALIFIERS = INNER_QUALIFIERS


def _scaled_denominators() -> dict[str, str]:
    out = {}
    for word in SCALE_WORDS:
        for unit in SCALABLE_UNITS:
            if unit in _BASE_UNITS:
                out[word + unit] = word + _BASE_UNITS[unit]
    return out


_DENOMINATORS: dict[str, str] = {**_BASE_UNITS, **_DENOMINATOR_ONLY, **_scaled_denominators()}
_DENOMINATORS.pop("%")
_DENOMINATORS.pop("‰")
_MAX_DENOM_LEN = max(len(u) for u in _DENOMINATORS)

# --------------------------------------------------------------------------------------
# Words around a number.
# --------------------------------------------------------------------------------------

# the bound-word tables are views of the one table in units/vocab.py (BOUND_WORDS)
_PREFIX_QUALIFIERS = PREFIX_QUALIFIERS
_SUFFIX_QUALIFIERS = SUFFIX_QUALIFIERS
_TIME_SUFFIXES = TIME_SUFFIXES
_NOT_NEARLY_BEFORE = frozenset("附最邻靠临")
_SUFFIX_FIRST = frozenset(w[0] for w, _ in _SUFFIX_QUALIFIERS + _TIME_SUFFIXES)

_UP_VERBS = (
    "上升了", "上升", "提高了", "提高", "增长了", "增长", "增加了", "增加", "升高了", "升高",
    "提升了", "提升", "上涨了", "上涨", "高出", "增幅为", "增幅", "扩大了", "扩大", "净增加",
    "净增", "增多", "增", "升", "涨", "翻了", "翻",
)  # fmt: skip
_DOWN_VERBS = (
    "下降了", "下降", "降低了", "降低", "减少了", "减少", "削减了", "削减", "下滑了", "下滑",
    "回落了", "回落", "压减了", "压减", "锐减", "减排", "降幅为", "降幅", "缩小了", "缩小",
    "收窄", "缩减", "净减少", "净减", "减", "降", "下跌了", "下跌", "跌",
)  # fmt: skip
#: Evaluative verbs: a change whose direction depends on the indicator (改善10.3%: a
#: concentration falls, a share of good days rises); sign 0 and flag ``ambiguous_sign``.
_EVALUATIVE_VERBS = ("改善了", "改善", "好转了", "好转", "恶化了", "恶化")
#: One-character comparatives that are a change only after a comparison (比上年多6天).
_CONDITIONAL_VERBS = (("多", 1), ("少", -1), ("高", 1), ("低", -1), ("快", 1), ("慢", -1))
_VERBS: tuple[tuple[str, int], ...] = tuple(
    sorted(
        [(v, 1) for v in _UP_VERBS]
        + [(v, -1) for v in _DOWN_VERBS]
        + [(v, 0) for v in _EVALUATIVE_VERBS]
        + list(_CONDITIONAL_VERBS),
        key=lambda t: -len(t[0]),
    )
)
_FILLERS = tuple(
    sorted(
        (
            "分别为", "分别达到", "分别达", "分别", "达到了", "达到", "达", "为", "是", "了",
            "均为", "均", "共计", "共有", "共", "合计", "总计", "累计", "仍以", "尚有", "仅有",
            "只有", "仅", "只", "已达", "已", "有", "又", "再", "还", "由", "在", "控制在",
            "保持在", "稳定在", "维持在", "以", "剩余", "其余", "其中", "各", "各有",
            "仍有", "还有", "现有", "已有", "为期", "多达", "高达", "净", "新增", "实现",
            "依次为", "依次",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_TO_WORDS = ("至", "到")
_COPULAS = frozenset({"为", "是", "达到", "达", "达到了", "均为", "分别为", "已达"})
_CLAUSE_DELIMITERS = frozenset('。;；,，:：!！?？\n()（）“”"《》、【】[]')
_ENUM_SEPARATORS = frozenset({"、", "和", "及", "与", "或", "以及", "、和"})

# a base year may be written in Chinese digits with ASCII zeros (比二00五年降低…)
_ADJACENT_BASELINE = re.compile(
    r"(?:比|较|与)([0-9〇零○OΟ一二三四五六七八九]{4}年(?:初|底|末|同期)?|上年(?:同期)?|去年(?:同期)?|上一年|年初|同期|上月|上季度)"
    r"(?:相比)?$"
)
_FAR_BASELINE = re.compile(
    r"(?:比|较|与)([0-9〇零○OΟ一二三四五六七八九]{4}年(?:初|底|末|同期)?|上年(?:同期)?|去年(?:同期)?|上一年|年初|同期)"
)
_FAR_BASELINE_LOOSE = re.compile(r"较[^\\d,，。;；]{1,8}?(\\d{4})年")
_RATE = re.compile(r"每(天|日|年|小时|月|周)$")
_RATE_WORDS = {"天": "日", "日": "日", "年": "年", "小时": "小时", "月": "月", "周": "周"}
_RATE_VERB = re.compile(r"(?<![\d年月])(日|年)(?:产|供水|处理|排放|用水|取水)(?:量|能力|规模)?$")
#: 日均处理污水10万吨, 每日平均共处理18.6万立方米: a daily amount (of mass, volume or energy
#: only: 年均浓度 is an annual mean, not a rate).
_AVERAGE_RATE = re.compile(r"(?:每(日|天|年)平均|(日|年)均)[^\d,，。;；:：]{0,8}$")
_AMOUNT_UNITS = frozenset({"吨", "立方米", "方", "升", "千瓦时", "度", "吨标准煤"})
#: A denominator written before the figure: 每万人…7.5件, 每万元人民币…1.16吨标准煤.
_PER_CAPITA = re.compile(
    r"每((?:十万|百万|千万|万|亿|千|百)?(?:人民币|平方公里|平方米|立方米|千瓦时|元|人|户|公顷|亩|吨|辆)"
    r")[^\d,，。;；、:：]{0,10}$"
)
#: A part of a whole: 占…的27%, 是去年同期的92%, 相当于全国的5%, 达到国家标准的95%.
_SHARE_OF = re.compile(
    r"(?:占(?:到)?|是|为|相当于|达到|只有|恢复到|恢复至)[^\d,，。;；:：、]{0,12}的$"
)
_PER_TONNE_COAL = re.compile(r"吨煤(?:涌水量|排水量|用水量|耗水量|水耗|能耗|电耗)?$")
_POINT_VERBS = re.compile(
    r"(高于|低于|高出|低出|超过|超出|快于|慢于|领先|落后|提高|上升|增长|增加|扩大|下降|降低|减少|缩小|收窄)"
)
_POINT_UP = frozenset(
    {"高于", "高出", "超过", "超出", "快于", "领先", "提高", "上升", "增长", "增加", "扩大"}
)
_POINT_COMPARATIVES = frozenset(
    {"高于", "低于", "高出", "低出", "超过", "超出", "快于", "慢于", "领先", "落后"}
)
#: Comparatives that make a figure in any unit a difference to a reference named between
#: them and the figure (高出全国平均水平6.4微克/立方米, 低于全省均值2.1米).
_DIFFERENCE_WORDS = frozenset({"高于", "低于", "高出", "低出", "超出", "快于", "慢于"})
#: A reference that has a value of its own: after 高于/低于 the figure may be that value.
_VALUED_REFERENCE = re.compile(r"标准|限值|目标|要求|指标|规定")
_ARABIC_RUN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: Digit groups of exactly three after a comma (ASCII or full-width, folded): 1,280 12,345.6
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?")
_EXPONENT = re.compile(r"\^(-?[0-9]{1,3})")
_FRACTION_DENOMINATOR = re.compile(r"/([0-9]{1,6})(?![0-9./])")
_MAX_EXPONENT = 30
#: Words announcing a list: a comma between digit groups after them may separate items.
_LIST_CUES = ("分别", "依次", "各为", "各自")
_ASCII_UNIT = re.compile(r"[A-Za-zμ]{1,5}[0-9]?(?:_[a-z]{1,5})?")
_PLAN_NAME_AFTER_YEARS = ("行动", "规划", "计划", "滚动", "专项", "攻坚")
_TOPONYM_SUFFIXES = frozenset("矿湾村镇寺庄峪屯堡")
#: Fixed political and programme names that contain a numeral and a counter.
_FIXED_TERMS: tuple[tuple[str, int], ...] = tuple(
    (term, next(k for k, c in enumerate(term) if c in "一二两三四五六七八九十"))
    for term in (
        "八项规定", "大气十条", "水十条", "土十条", "两个维护", "四个意识", "四个自信",
        "两个确立", "三个代表", "五位一体", "四个全面", "三会一课", "两个一百年",
    )
)  # fmt: skip
#: The fixed terms indexed by their numeral character.
_FIXED_TERM_CHARS: dict[str, tuple[tuple[str, int], ...]] = {
    c: tuple(t for t in _FIXED_TERMS if t[0][t[1]] == c) for c in {t[o] for t, o in _FIXED_TERMS}
}
_OPEN_QUOTES = {"“": "”", '"': '"', "《": "》", "「": "」", "『": "』", "〈": "〉"}
_QUOTE_LIMITS = {"《": 100, "〈": 60}
_OPEN_QUOTE = re.compile("[" + re.escape("".join(_OPEN_QUOTES)) + "]")
_SHORT_QUOTE = 20
_STEPS = [0]  # work counter, see the module docstring and tests
_STRICT = [False]  # tests set this to re-raise internal errors that extract would swallow


def _stats_reset() -> None:
    _STEPS[0] = 0


def _stats() -> int:
    return _STEPS[0]


# --------------------------------------------------------------------------------------
# The public result type.
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedQuantity:
    """One quantity as written, with its meaning.

    Equality compares the *meaning* (value, bounds, unit, qualifier, kind, sign, baseline),
    not how or where it was written (``text``, ``span``, ``multiplier``): ``"1.5万吨"`` and
    ``"15000噸"`` parse to equal objects.

    Attributes
    ----------
    value:
        The figure with its multiplier and sign applied (``1.5万吨/日`` → 15000.0,
        ``下降2.6%`` → −2.6); ``None`` for a range.
    unit:
        pint unit string of :data:`envindicators.units.ureg`, simplified spelling
        (``吨/日``, ``立方米/万元``, ``%``, ``百分点``, ``户``, ``μg/m3``; ``dimensionless`` for
        a bare number or a fraction).
    qualifier:
        :class:`~envindicators.units.vocab.Qualifier` (``range`` for ranges).
    kind:
        :class:`~envindicators.units.vocab.Kind`.
    sign:
        +1 for an increase, −1 for a decrease, 0 for a level, a ratio or a change whose
        direction is not written.
    low, high:
        Ends of a range (signed like ``value``), else ``None``.
    baseline:
        What a change is measured against: ``"同比"``, ``"2015"`` (比2015年), ``"年初"``,
        ``"2014年初"``; else ``None``.
    multiplier:
        The multiplier word written after Arabic digits (``"万"``), for formatting.
    text:
        The expression as it appears in the input (original spelling).
    span:
        ``(start, end)`` of :attr:`text` in the input string.
    warnings:
        :class:`~envindicators.units.vocab.Flag` codes: why the parser is not fully sure
        (``ambiguous_separator``, ``vague``, ``stray_exponent`` …) or what convention it
        applied (``range``, ``shared_unit``, ``exponent`` …); empty when the figure was read
        with nothing to guess.  See :attr:`confidence`.
    numerator, denominator:
        The parts of a fraction as written (``35/40`` → 35, 40; ``87.5%(35/40)``;
        ``三分之一`` → 1, 3), else ``None``.
    """

    value: float | None
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    kind: Kind = Kind.LEVEL
    sign: int = 0
    low: float | None = None
    high: float | None = None
    baseline: str | None = None
    multiplier: str | None = field(default=None, compare=False)
    text: str = field(default="", compare=False)
    span: tuple[int, int] | None = field(default=None, compare=False)
    warnings: tuple[Flag, ...] = field(default=(), compare=False)
    numerator: float | None = field(default=None, compare=False)
    denominator: float | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "qualifier", Qualifier(self.qualifier))
        object.__setattr__(self, "kind", Kind(self.kind))
        object.__setattr__(self, "warnings", tuple(Flag(w) for w in self.warnings))
        if self.sign not in (-1, 0, 1):
            raise ValueError(f"sign must be -1, 0 or 1, got {self.sign!r}")
        is_range = self.qualifier is Qualifier.RANGE
        if is_range:
            if self.value is not None or self.low is None or self.high is None:
                raise ValueError("a range has value=None and both low and high")
            if not self.low <= self.high:
                raise ValueError(f"range low {self.low} > high {self.high}")
        elif self.value is None or self.low is not None or self.high is not None:
            raise ValueError("a non-range quantity has a value and no low/high")
        if self.multiplier is not None and self.multiplier not in SCALE_WORDS:
            raise ValueError(f"unknown multiplier {self.multiplier!r}")

    @property
    def confidence(self) -> Confidence:
        """The lowest :data:`~envindicators.units.vocab.FLAG_CONFIDENCE` of
        :attr:`warnings` (``high`` without warnings)."""
        return _confidence(self.warnings)

    # -- pint ------------------------------------------------------------------------
    @property
    def is_range(self) -> bool:
        """True for ``3-5年``-style ranges."""
        return self.qualifier is Qualifier.RANGE

    @property
    def quantity(self) -> pint.Quantity:
        """The value as a quantity of :data:`~envindicators.units.ureg` (a range gives a
        two-element array quantity ``[low, high]``)."""
        unit = _pint_unit(self.unit)
        if self.is_range:
            return ureg.Quantity(np.array([self.low, self.high], dtype=float), unit)
        return ureg.Quantity(self.value, unit)

    def to(self, unit: str | pint.Unit, context: str | None = None) -> pint.Quantity:
        """:attr:`quantity` converted to ``unit`` (inside pint context ``context``).

        >>> round(parse_quantity("16833畝").to("ha").magnitude, 1)
        1122.2
        """
        # convert imports this module; the context runs on its private registry, never as
        # state of the shared ureg
        from envindicators.units.convert import quantity_to

        return quantity_to(self.quantity, unit, context)

    def format(self) -> str:
        """Write the quantity back in Chinese (see :func:`format_quantity`)."""
        return format_quantity(self)


_CONFIDENCE_ORDER = {Confidence.LOW: 0, Confidence.MEDIUM: 1, Confidence.HIGH: 2}


def _confidence(flags: tuple[Flag, ...] | list[Flag]) -> Confidence:
    out = Confidence.HIGH
    for f in flags:
        c = FLAG_CONFIDENCE[f]
        if _CONFIDENCE_ORDER[c] < _CONFIDENCE_ORDER[out]:
            out = c
    return out


@lru_cache(maxsize=4096)
def _pint_unit(unit: str) -> pint.Unit:
    return ureg.parse_units(unit)


# --------------------------------------------------------------------------------------
# Scanner internals.
# --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Num:
    value: Decimal
    start: int
    end: int
    multiplier: str | None = None
    inner: Qualifier | None = None
    chinese: bool = False
    lone_scale: bool = False
    single_one: bool = False  # written as the single character 一
    fraction: bool = False
    percent: str | None = None
    product: bool = False
    integer: bool = False  # Arabic integer, no decimal point, no multiplier
    grouped: bool = False  # written with thousands separators (1,280)
    flags: list[Flag] = field(default_factory=list)
    numerator: Decimal | None = None  # a fraction a/b or X分之Y
    denominator: Decimal | None = None
    vague: tuple[Decimal, Decimal] | None = None  # 数十 → (20, 90), 三四 → (3, 4)


@dataclass(slots=True)
class _Unit:
    unit: str
    end: int
    half: bool = False  # 个半
    qualifier: Qualifier | None = None  # 个多月
    has_time_denominator: bool = False


@dataclass(slots=True)
class _Prefix:
    cover_start: int  # leftmost consumed character (all words)
    span_start: int  # leftmost meaningful word
    qualifier: Qualifier | None = None
    sign: int = 0
    verb: bool = False
    to_form: bool = False
    baseline: str | None = None
    rate: str | None = None
    per: str | None = None
    ratio: bool = False
    copula: bool = False
    ordinal: bool = False
    verb_word: str = ""
    list_cue: bool = False  # 分别, 依次: a list follows
    exceed: bool = False  # 超标, 超过…标准: an exceedance multiple follows (…倍)


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    cover_start: int
    cover_end: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str | None
    qualifier: Qualifier
    kind: Kind
    sign: int
    baseline: str | None
    multiplier: str | None
    own_verb: bool = False
    suffix_qualifier: bool = False
    prefix_qualifier: bool = False
    ordinal: bool = False
    pending: bool = False  # bare number waiting for the unit of its enumeration
    flags: list[Flag] = field(default_factory=list)
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    list_cue: bool = False
    bare: bool = False  # no word before the number (may continue a comma list)
    verb_sign: int = 0  # the sign of the verb as written (分别上升-16.7%、10.2%: +1)


@dataclass(slots=True)
class _Skip:
    position: int
    end: int
    reason: str


_STRENGTH = {
    Qualifier.EXACT: 0,
    Qualifier.APPROX: 1,
    Qualifier.NEARLY: 2,
    Qualifier.MORE_THAN: 2,
    Qualifier.AT_LEAST: 3,
    Qualifier.AT_MOST: 3,
    Qualifier.GREATER: 3,
    Qualifier.LESS: 3,
    Qualifier.RANGE: 4,
}


def _stronger(a: Qualifier | None, b: Qualifier | None) -> Qualifier | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if _STRENGTH[b] > _STRENGTH[a] else a


_KEY_LENGTHS: dict[int, tuple[int, dict[str, tuple[int, ...]]]] = {}


def _key_lengths(table: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """Lengths of the keys of ``table`` by first character, longest first (memoised).

    Only these lengths can match at a position, so :func:`_match_unit_atom` tries them and
    nothing else; the longest match is the same as trying every length.
    """
    cached = _KEY_LENGTHS.get(id(table))
    if cached is not None and cached[0] == len(table):
        return cached[1]
    by_first: dict[str, set[int]] = {}
    for key in table:
        if key:
            by_first.setdefault(key[0], set()).add(len(key))
    index = {c: tuple(sorted(ls, reverse=True)) for c, ls in by_first.items()}
    _KEY_LENGTHS[id(table)] = (len(table), index)
    return index


def _match_unit_atom(s: str, j: int, table: dict[str, str], max_len: int) -> tuple[str, int]:
    """Longest key of ``table`` starting at ``j``: (written, end) or ("", j)."""
    n = len(s)
    if j >= n:
        return "", j
    lengths = _key_lengths(table).get(s[j])
    if lengths is None:
        return "", j
    for length in lengths:
        if length > n - j or length > max_len:
            continue
        _STEPS[0] += 1
        w = s[j : j + length]
        if w in table:
            stop = _NOT_UNIT_BEFORE.get(w)
            if stop is not None and j + length < n and s[j + length] in stop:
                continue
            return w, j + length
    return "", j


def _unit_starts(s: str, j: int) -> bool:
    """A unit spelled with a scale character starts at ``j`` (千瓦, 千米, 千克, 百分点 …)."""
    w, _ = _match_unit_atom(s, j, _BASE_UNITS, _MAX_UNIT_LEN)
    return len(w) > 1


def _ascii_unit(s: str, j: int) -> tuple[str, int]:
    m = _ASCII_UNIT.match(s, j, min(len(s), j + 12))
    if m is None or m.group() not in _ASCII_UNITS:
        return "", j
    end = m.end()
    if end < len(s) and s[end].isascii() and s[end].isalnum():
        return "", j  # part of a longer word (mm in "mmHg", t in "tons")
    return m.group(), end


#: Characters that may follow a denominator written with 每 (43微克每立方米的, …每吨以上);
#: any other ideograph means 每 opens a new phrase (投入5亿元每年新增…: not 元/年).
_AFTER_PER_UNIT = frozenset("的以左上或及和与、至到")


def _ends_per_unit(s: str, e: int) -> bool:
    """The denominator after 每 ends a unit at ``e``: end of text, punctuation or a bound word."""
    if e >= len(s):
        return True
    c = s[e]
    if c in _AFTER_PER_UNIT or c in _CLAUSE_DELIMITERS or c.isspace():
        return True
    return not ("\u4e00" <= c <= "\u9fff") and not c.isalnum()


def _parse_unit(s: str, j: int, arabic: bool) -> _Unit | None:
    n = len(s)
    if j >= n:
        return None
    k = j
    if s[k] == " " and k + 1 < n and (s[k + 1].isalpha() or s[k + 1] in "%‰"):
        k += 1  # one space between number and unit: "35 μg/m3", "1.5 万吨"
    result: _Unit | None = None
    if s[k] == "个" and k + 2 < n and s[k + 1] in "多余半":
        # 4个多月, 一个半小时, 2个多百分点: the qualifier sits inside 个月/个小时/个百分点
        for length in (3, 2, 1):
            long_w = "个" + s[k + 2 : k + 2 + length]
            if len(long_w) == length + 1 and long_w in _BASE_UNITS and long_w != "个":
                half = s[k + 1] == "半"
                q = None if half else Qualifier.MORE_THAN
                result = _Unit(_BASE_UNITS[long_w], k + 2 + length, half=half, qualifier=q)
                break
    if result is None:
        w, end = _match_unit_atom(s, k, _BASE_UNITS, _MAX_UNIT_LEN)
        if w:
            result = _Unit(_BASE_UNITS[w], end)
        elif arabic:
            w, end = _ascii_unit(s, k)
            if w:
                result = _Unit(w, end)
    if result is None:
        return None
    # compound units: 吨/日, 立方米/万元, μg/m3
    parts = [result.unit]
    end = result.end
    for _ in range(2):
        if end < n and s[end] == "每" and len(parts) == 1 and parts[0] not in _COUNTERS:
            # 43微克每立方米, 5吨每小时, 0.5元每吨: 每 between numerator and denominator
            w, e2 = _match_unit_atom(s, end + 1, _DENOMINATORS, _MAX_DENOM_LEN)
            if not w or w in _COUNTERS or not _ends_per_unit(s, e2):
                break
            canon = _DENOMINATORS[w]
            parts.append(canon)
            end = e2
            if canon in _TIME_UNITS or canon == "时":
                result.has_time_denominator = True
            break
        if end < n and s[end] == "/":
            w, e2 = _match_unit_atom(s, end + 1, _DENOMINATORS, _MAX_DENOM_LEN)
            canon = _DENOMINATORS.get(w, "")
            if not w:
                w, e2 = _ascii_unit(s, end + 1)
                canon = w
            if not w:
                break
            parts.append(canon)
            end = e2
            if canon in _TIME_UNITS or canon in ("时", "h", "d", "a", "yr", "s", "min"):
                result.has_time_denominator = True
        else:
            break
    unit = "/".join(parts)
    if unit == "蒸吨":
        unit = "蒸吨/小时"  # bare 蒸吨 = 蒸吨/小时 (boiler capacity, see module docs)
        result.has_time_denominator = True
    result.unit = unit
    result.end = end
    return result


def _arabic_number(s: str, i: int) -> _Num | None:
    """Digits at ``i``: ``1280``, ``1,280`` (groups of exactly three), ``12.5``, ``10^5``."""
    m = _GROUPED.match(s, i)
    grouped = m is not None
    if m is None:
        m = _ARABIC_RUN.match(s, i)
    if m is None:
        return None
    text = m.group()
    _STEPS[0] += 1
    if len(text) > _MAX_DIGITS:
        return None
    digits = text.replace(",", "")
    num = _Num(Decimal(digits), i, m.end(), integer="." not in text, grouped=grouped)
    e = _EXPONENT.match(s, m.end())
    if e is not None:
        # 10⁵ (folded to 10^5 by normalize_text): a power of ten is understood; any other
        # base with an exponent (5000²) is a stray mark: the base is kept, flagged
        exp = int(e.group(1))
        if digits == "10" and abs(exp) <= _MAX_EXPONENT:
            num.value = Decimal(10) ** exp
            num.flags.append(Flag.EXPONENT)
            num.integer = exp >= 0
        else:
            num.flags.append(Flag.STRAY_EXPONENT)
        num.end = e.end()
    return num


def _fraction_after(s: str, num: _Num) -> None:
    """``35/40``: an integer over an integer, not part of a date or a chain (2019/12/31)."""
    if not num.integer or num.grouped or num.flags:
        return
    m = _FRACTION_DENOMINATOR.match(s, num.end)
    if m is None:
        return
    den = Decimal(m.group(1))
    if den == 0 or m.group(1).startswith("0"):
        return
    num.numerator, num.denominator = num.value, den
    num.value = num.value / den
    num.fraction = True
    num.end = m.end()


def _scale_after(s: str, j: int) -> tuple[str, int]:
    """Longest multiplier word of SCALE_WORDS at ``j`` that does not start a unit."""
    k = j
    n = len(s)
    while k < n and k - j < 4 and s[k] in _SCALE_CHARS:
        if _unit_starts(s, k):
            break
        k += 1
    while k > j and s[j:k] not in SCALE_WORDS:
        k -= 1
    return s[j:k], k


def _chinese_run(s: str, i: int) -> int:
    """End of a run of Chinese numeral characters at ``i`` (stops before 千瓦, 百分点 …)."""
    n = len(s)
    j = i
    while j < n and j - i <= _MAX_NUMERAL:
        c = s[j]
        if c in CHINESE_NUMERAL_CHARS:
            if c in _SCALE_CHARS and j > i and _unit_starts(s, j):
                break
            j += 1
        elif c == "点" and j > i and j + 1 < n and s[j + 1] in CHINESE_DIGITS:
            j += 1
        else:
            break
    return j


def _chinese_value(text: str) -> Decimal | None:
    try:
        if "点" in text:
            whole, _, frac = text.partition("点")
            digits = "".join(str(CHINESE_DIGITS[c]) for c in frac if c in CHINESE_DIGITS)
            if len(digits) != len(frac):
                return None
            return Decimal(parse_chinese_integer(whole) if whole else 0) + Decimal("0." + digits)
        return Decimal(parse_chinese_integer(text))
    except (QuantityParseError, KeyError, InvalidOperation):
        return None


#: Financial digits (壹贰…玖) are numbers only in a written amount (壹佰万元), never alone.
_FINANCIAL_DIGITS = frozenset("壹贰叁肆伍陆柒捌玖")


def _number(s: str, i: int) -> _Num | None:
    """NUMBER at ``i``: Arabic or Chinese, inner qualifiers, multiplier, fraction, product."""
    n = len(s)
    if s[i].isdigit() and s[i].isascii():
        num = _arabic_number(s, i)
        if num is None:
            return None
        if i == 0 or s[i - 1] != "/":
            _fraction_after(s, num)
        if num.fraction:
            return num
        j = num.end
        # product 8×200, 1.2×10^5
        if j + 1 < n and s[j] in "×xX*" and s[j + 1].isdigit():
            other = _arabic_number(s, j + 1)
            if other is not None and other.end - j - 1 <= _MAX_DIGITS:
                flags = num.flags + other.flags
                num = _Num(num.value * other.value, i, other.end, product=True, flags=flags)
                j = other.end
        if j < n and s[j] in _INNER_QUALIFIERS:
            num.inner = _INNER_QUALIFIERS[s[j]]
            j += 1
        word, k = _scale_after(s, j)
        if word:
            num.value *= SCALE_WORDS[word]
            num.multiplier = word
            num.integer = False
            j = k
        if num.inner is None and j < n and s[j] in _INNER_QUALIFIERS and num.multiplier:
            num.inner = _INNER_QUALIFIERS[s[j]]
            j += 1
        if num.inner is not None:
            num.integer = False
        num.end = j
        return num
    # Chinese numeral
    j = _chinese_run(s, i)
    if j == i:
        return None
    run = s[i:j]
    _STEPS[0] += len(run)
    if len(run) > _MAX_NUMERAL or run in _FINANCIAL_DIGITS:
        return None  # a lone 陆/伍/肆 is a word (陆地, 大陆, 肆意), not a number
    # fractions: 三分之一, 百分之八十五
    if s.startswith("分之", j):
        k = _chinese_run(s, j + 2)
        num_text = s[j + 2 : k]
        den = SCALE_WORDS.get(run) if run in ("百", "千") else None
        den_value = Decimal(den) if den else _chinese_value(run)
        num_value = _chinese_value(num_text) if num_text else None
        if den_value is None or num_value is None or den_value == 0:
            return None
        if run == "百":
            return _Num(num_value, i, k, chinese=True, percent="%")
        if run == "千":
            return _Num(num_value, i, k, chinese=True, percent="‰")
        return _Num(
            num_value / den_value, i, k, chinese=True, fraction=True,
            numerator=num_value, denominator=den_value,
        )  # fmt: skip
    vague = _vague_number(s, i, j, run)
    if vague is not None:
        return vague
    lone = all(c in "百千万亿" for c in run)
    value: Decimal | None
    if lone:
        if run not in SCALE_WORDS:
            return None
        value = Decimal(SCALE_WORDS[run])
    else:
        value = _chinese_value(run)
        if value is None:
            return _adjacent_digits(run, i, j)
    num = _Num(value, i, j, chinese=True, lone_scale=lone, single_one=run == "一")
    if j < n and s[j] in _INNER_QUALIFIERS:
        num.inner = _INNER_QUALIFIERS[s[j]]
        j += 1
        word, k = _scale_after(s, j)
        if word:
            num.value *= SCALE_WORDS[word]
            j = k
    num.end = j
    return num


_SMALL_DIGITS = "一二三四五六七八九"
#: Two neighbouring digits are an estimate (三四个 = 3 or 4, 两三年, 七八十); 三五 = 3 to 5.
_ADJACENT = re.compile(
    r"(十)?([一两二三四五六七八九])([二三四五六七八九])(十|百|千|万|十万|百万|千万|亿)?"
)


def _adjacent_digits(run: str, i: int, j: int) -> _Num | None:
    m = _ADJACENT.fullmatch(run)
    if m is None:
        return None
    a, b = CHINESE_DIGITS[m.group(2)], CHINESE_DIGITS[m.group(3)]
    if not (b == a + 1 or (a, b) == (3, 5)):
        return None
    scale = Decimal(SCALE_WORDS[m.group(4)]) if m.group(4) else Decimal(1)
    base = Decimal(10) if m.group(1) else Decimal(0)
    if m.group(1) and m.group(4):
        return None
    lo, hi = (base + a) * scale, (base + b) * scale
    return _Num(lo, i, j, chinese=True, vague=(lo, hi), flags=[Flag.VAGUE])


def _vague_number(s: str, i: int, j: int, run: str) -> _Num | None:
    """数十/几百/数万 (2–9 × the multiplier), 上百/上千/上万 (at least), 十几/二十几 (11–19)."""
    prev = s[i - 1] if i > 0 else ""
    n = len(s)
    if prev and prev in "数几" and run in SCALE_WORDS:
        scale = Decimal(SCALE_WORDS[run])
        return _Num(2 * scale, i - 1, j, chinese=True, vague=(2 * scale, 9 * scale),
                    flags=[Flag.VAGUE])  # fmt: skip
    if prev == "上" and run in ("百", "千", "万", "百万", "千万", "亿") and s[i - 2 : i] != "以上":
        scale = Decimal(SCALE_WORDS[run])
        num = _Num(scale, i - 1, j, chinese=True, flags=[Flag.VAGUE])
        num.inner = Qualifier.AT_LEAST
        return num
    if j < n and s[j] == "几" and run.endswith("十"):
        tens = _chinese_value(run)
        if tens is None:
            return None
        k = j + 1
        scale = Decimal(1)
        word, k2 = _scale_after(s, k)
        if word:
            scale, k = Decimal(SCALE_WORDS[word]), k2
        lo, hi = (tens + 1) * scale, (tens + 9) * scale
        return _Num(lo, i, k, chinese=True, vague=(lo, hi), flags=[Flag.VAGUE])
    return None


def _window(s: str, i: int) -> tuple[str, int]:
    """The clause text before ``i`` (at most _WINDOW characters) and its start index."""
    lo = max(0, i - _WINDOW)
    k = i
    while k > lo and s[k - 1] not in _CLAUSE_DELIMITERS:
        k -= 1
    _STEPS[0] += i - k
    return s[k:i], k


def _build_prefix_table() -> dict[str, tuple[tuple[str, str, Any], ...]]:
    entries: list[tuple[str, str, Any]] = []
    entries += [(w, "qualifier", q) for w, q in _PREFIX_QUALIFIERS]
    entries += [(w, "verb", sgn) for w, sgn in _VERBS]
    entries += [(w, "filler", w in _COPULAS) for w in _FILLERS]
    entries += [(w, "to", None) for w in _TO_WORDS]
    entries += [("同比", "tongbi", None), ("环比", "tongbi", None), ("占", "ratio", None)]
    entries += [("完成率", "ratio", None), ("完成比例", "ratio", None), ("超标", "exceed", None)]
    entries += [("比重", "ratio", None), ("占比", "ratio", None)]
    table: dict[str, list[tuple[str, str, Any]]] = {}
    for entry in entries:
        table.setdefault(entry[0][-1], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}


#: Words that can stand right before a number, indexed by their last character.
_PREFIX_TABLE = _build_prefix_table()
_BASELINE_LAST = frozenset("年初底末期月度比")
_RATE_LAST = frozenset("天日年时月周产水理放量力模")
_PER_LAST = frozenset("煤量耗")
_PREFIX_LAST = frozenset(_PREFIX_TABLE) | _BASELINE_LAST | _RATE_LAST | _PER_LAST | {"的"}


def _prefix(s: str, i: int) -> _Prefix:
    """Read the words before a number backwards (bounded by the clause and _WINDOW).

    Each step looks only at the words that end with the character before the current
    position (a dict lookup), so a step costs O(1) and there are at most 12 steps.
    """
    pre = _Prefix(cover_start=i, span_start=i)
    if i > 0 and s[i - 1] in "第届":
        pre.ordinal = True
    if i == 0 or (s[i - 1] not in _PREFIX_LAST and "每" not in s[max(0, i - 18) : i]):
        return pre
    w, w0 = _window(s, i)
    p = len(w)
    meaningful = i
    to_start = i
    seen: set[str] = set()
    for _ in range(12):
        _STEPS[0] += 1
        if p == 0:
            break
        last = w[p - 1]
        matched = False
        if pre.verb and last in _BASELINE_LAST and "baseline" not in seen:
            m = _ADJACENT_BASELINE.search(w, 0, p)
            if m is not None:
                pre.baseline = _baseline_text(m.group(1))
                p = m.start()
                meaningful = w0 + p
                seen.add("baseline")
                continue
        if last in _RATE_LAST and "rate" not in seen:
            m = _RATE.search(w, 0, p) or _RATE_VERB.search(w, 0, p)
            if m is not None:
                pre.rate = _RATE_WORDS[m.group(1)]
                p = m.start()
                meaningful = w0 + p
                seen.add("rate")
                continue
        if last in _PER_LAST and "per" not in seen:
            m = _PER_TONNE_COAL.search(w, 0, p)
            if m is not None:
                pre.per = "吨"
                p = m.start()
                meaningful = w0 + p
                seen.add("per")
                continue
        if "per" not in seen and "rate" not in seen and "每" in w[:p]:
            m = _PER_CAPITA.search(w, 0, p)
            if m is not None:
                pre.per = m.group(1)  # 每万人有效发明专利达到7.5件 → 件/万人
                p = m.start()
                meaningful = w0 + p
                seen.add("per")
                continue
        if last == "的" and p == len(w):
            # 占…的27%, 完成目标任务的11%: a part of a whole; 由2016年的54% is a level
            m = _SHARE_OF.search(w, 0, p)
            if m is not None:
                pre.ratio = True
                p = m.start()
                meaningful = w0 + p
                seen.add("ratio")
                continue
            pre.ratio = "完成" in w
            p -= 1
            continue
        for word, cat, payload in _PREFIX_TABLE.get(last, ()):
            if cat in seen or not w.endswith(word, 0, p):
                continue
            if cat == "qualifier":
                if word == "近" and p > 1 and w[p - 2] in _NOT_NEARLY_BEFORE:
                    continue
                pre.qualifier = payload
            elif cat == "verb":
                pre.verb, pre.sign, pre.verb_word = True, payload, word
            elif cat == "filler":
                pre.copula = pre.copula or payload
                pre.list_cue = pre.list_cue or word.startswith(("分别", "依次"))
            elif cat == "to":
                if pre.verb:
                    continue
                pre.to_form = True
                to_start = meaningful  # words right of 至/到 belong to the level
            elif cat == "tongbi":
                pre.baseline = pre.baseline or word
            elif cat == "ratio":
                pre.ratio = True
            elif cat == "exceed":
                pre.exceed = True
            p -= len(word)
            if cat in ("qualifier", "verb", "tongbi", "ratio", "exceed"):
                meaningful = w0 + p
            if cat != "filler" and cat != "to":
                seen.add(cat)
            matched = True
            break
        if not matched:
            break
    if p > 0 and w[p - 1] in "第届":
        pre.ordinal = True
    pre.cover_start = w0 + p
    pre.span_start = meaningful
    if pre.verb and pre.baseline is None:
        far = w[:p]
        found = _FAR_BASELINE.findall(far)
        if found:
            pre.baseline = _baseline_text(found[-1])
        else:
            loose = list(_FAR_BASELINE_LOOSE.finditer(far))
            if loose:
                pre.baseline = loose[-1].group(1)
    if pre.verb and len(pre.verb_word) == 1 and pre.verb_word in "多少高低快慢":
        if pre.baseline is None and not any(c in w[:p] for c in "比较"):
            pre.verb, pre.sign = False, 0  # 多5天 is not a change without 比…
        elif pre.baseline is None:
            m = _COMPARED_WITH.search(w[:p])
            pre.baseline = m.group(1) if m else None
    if pre.verb and pre.to_form:
        # 提高到78%, 下降至42微克/立方米: the new level, not a change
        pre.verb, pre.sign, pre.baseline = False, 0, None
        pre.span_start = to_start
    return pre


_COMPARED_WITH = re.compile(r"(?:比|较)([^\d,，。;；]{1,10}?)$")


def _baseline_text(b: str) -> str:
    if len(b) >= 5 and b[4] == "年" and all(c in _YEAR_DIGITS for c in b[:4]):
        year = "".join(str(_YEAR_DIGITS[c]) for c in b[:4])
        return year if len(b) == 5 else year + b[4:]
    return b


def _suffix(s: str, j: int, unit: str | None) -> tuple[Qualifier | None, int]:
    n = len(s)
    k = j
    if k + 1 < n and s[k] == " " and s[k + 1] in _SUFFIX_FIRST:
        q, e = _suffix_word(s, k + 1, unit)  # 33°C 或以上, 10蒸吨/小时 及以下
        if q is not None:
            return q, e
    # a short parenthetical before the bound word: 998.3533万立方米(含自然保护区)以上
    if k < n and s[k] in "(（":
        close = -1
        for t in range(k + 1, min(n, k + 14)):
            _STEPS[0] += 1
            if s[t] in ")）":
                close = t
                break
            if s[t].isdigit():
                break
        if close > 0:
            q, e = _suffix_word(s, close + 1, unit)
            if q is not None:
                return q, e
    return _suffix_word(s, k, unit)


def _suffix_word(s: str, k: int, unit: str | None) -> tuple[Qualifier | None, int]:
    if k >= len(s) or s[k] not in _SUFFIX_FIRST:
        return None, k
    for word, q in _SUFFIX_QUALIFIERS:
        if s.startswith(word, k):
            if word == "以下" and s.startswith("简称", k + 2):
                return None, k
            return q, k + len(word)
    if unit is not None and (unit.split("/")[0] in _TIME_UNITS or unit == "工作日"):
        for word, q in _TIME_SUFFIXES:
            if s.startswith(word, k):
                return q, k + len(word)
    return None, k


def _protected_spans(s: str) -> list[tuple[int, int]]:
    """Short quotations (“两个维护”, “十三五”) and titles (《…》): names, not quantities."""
    spans = []
    i, n = 0, len(s)
    search = _OPEN_QUOTE.search
    while i < n:
        m = search(s, i)
        if m is None:
            break
        i = m.start()
        c = s[i]
        close = _OPEN_QUOTES[c]
        limit = _QUOTE_LIMITS.get(c, _SHORT_QUOTE)
        _STEPS[0] += 1
        end = s.find(close, i + 1, min(n, i + 1 + limit))
        if end < 0 or s.find("\n", i + 1, end) >= 0:
            i += 1
            continue
        spans.append((i, end + 1))
        i = end + 1
    return spans


def _decimal_to_float(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


_CANDIDATE = re.compile(
    "[0-9" + "".join(sorted(c for c in CHINESE_NUMERAL_CHARS if c not in "0123456789")) + "]"
)


#: What can follow a Chinese numeral that starts a quantity: another numeral, the first
#: character of a unit, an inner qualifier, 分之/点, 倍/番/成, a range word, 几, a date word.
#: A numeral followed by anything else (一是, 进一步, 统一) cannot be reported, so the
#: scanner does not look at it (a pure speed-up: the result is the same).
_CN_NEXT = (
    frozenset(CHINESE_NUMERAL_CHARS)
    | frozenset(w[0] for w in _DENOMINATORS)
    | frozenset(w[0] for w in _BASE_UNITS)
    | frozenset("余多几分点成倍番半之至到-—–~〜年月日号增0123456789○OΟ、和及与或")
)


def _scan(s: str, *, extract: bool) -> tuple[list[_Hit], list[_Skip]]:
    """All quantity hits in normalised text ``s`` (one left-to-right pass).

    The next place where a number can start is found with one compiled regular expression,
    so the text between numbers costs nothing in Python.
    """
    hits: list[_Hit] = []
    skips: list[_Skip] = []
    protected = _protected_spans(s) if extract else []
    pi = 0
    n = len(s)
    i = 0
    last_end = -1
    search = _CANDIDATE.search
    while i < n:
        m = search(s, i)
        if m is None:
            break
        i = m.start()
        _STEPS[0] += 1
        c = s[i]
        if extract and not ("0" <= c <= "9") and (i + 1 >= n or s[i + 1] not in _CN_NEXT):
            i += 1
            continue
        while pi < len(protected) and protected[pi][1] <= i:
            pi += 1
        if pi < len(protected) and protected[pi][0] <= i:
            skips.append(_Skip(i, protected[pi][1], "inside a quotation or title"))
            i = protected[pi][1]
            continue
        try:
            hit, end, skip = _match(s, i, extract, last_end)
        except (QuantityParseError, ValueError, ArithmeticError) as exc:  # pragma: no cover
            if _STRICT[0] or not extract:
                raise
            hit, end, skip = None, i + 1, _Skip(i, i + 1, f"internal error: {exc}")
        if hit is not None:
            hits.append(hit)
            last_end = hit.end
        if skip is not None:
            skips.append(skip)
        i = max(end, i + 1)
    return hits, skips


def _skip_run(s: str, i: int) -> int:
    n = len(s)
    j = i
    while j < n and (s[j].isascii() and (s[j].isalnum() or s[j] == ".")):
        j += 1
    return max(j, i + 1)


#: A Chinese-numeral year written with ASCII zeros or ○/O (二00七年, 二○一五年).
_MIXED_YEAR = re.compile(r"[0-9〇零○OΟ一二三四五六七八九]{4}(?=年)")
_YEAR_DIGITS = YEAR_DIGITS
_YEAR_CHAR_CLASS = "[0-9〇零○OΟ一二三四五六七八九]"
#: Characters after which ``-`` before a number is a minus sign (not a range dash).
_MINUS_AFTER = frozenset(
    " ,;:、()[]【】=为是达至到约在比率值幅和及与或长降加少低升高减\t\n"
) | frozenset('。;；,，:：!！?？()（）“”"《》、【】[]')
#: A share as the subject of a change in %: the % may be percentage points.
_RATE_SUBJECT = re.compile(r"(?:率|比例|比重|占比)")
_COMPLETION = re.compile(r"完成(?:率|进度|比例|度|比)")
_EXCEED = re.compile(r"(?:超标|超出|超过|高出|超)(?:[^\d,，。;；]{0,8}(?:标准|限值|标准值))?$")
_MULTIPLE_BLOCKERS_CHENG = frozenset(
    "员本果绩就立熟型交品功效长分份都套片群像活年人为了灾林网规体色材因事"
)


def _mixed_year_end(s: str, i: int) -> int:
    """End (after 年) of a year such as 二00七年 at ``i``, or -1."""
    m = _MIXED_YEAR.match(s, i)
    if m is None:
        return -1
    chunk = m.group()
    if chunk.isdigit() and chunk.isascii():
        return -1  # 2007年: dates.match_date
    if i > 0 and s[i - 1] in _YEAR_DIGITS:
        return -1
    year = int("".join(str(_YEAR_DIGITS[c]) for c in chunk))
    return m.end() + 1 if 1900 <= year <= 2100 else -1


_DATE_RUN = re.compile(r"[0-9]+|[〇零○一二两三四五六七八九十]+")
_AFTER_DATE_NUMBER = frozenset("年月日号-—–~〜至到")


def _may_be_date(s: str, i: int, is_arabic: bool) -> bool:
    """Cheap test before :func:`match_date`: can a date start at ``i``?"""
    m = _DATE_RUN.match(s, i)
    if m is None:
        return False
    j = m.end()
    return (j - i == 4) or (j < len(s) and s[j] in _AFTER_DATE_NUMBER)


def _minus_before(s: str, i: int, last_end: int) -> bool:
    """``-`` right before the digits at ``i`` is a minus sign: −6.97%, (-2.6%), 为-3."""
    if i == 0 or s[i - 1] != "-" or last_end == i - 1:
        return False
    return i == 1 or s[i - 2] in _MINUS_AFTER or s[i - 2] in ENUMERATORS


def _degree_unit(s: str, start: int, end: int, multiplier: str | None) -> tuple[str, bool]:
    """度: kWh (用电, 度电, 万度), an angle (坡, 角) or a temperature (气温); else flagged."""
    w, _ = _window(s, start)
    after = s[end : end + 6]
    if "电" in w or after.startswith("电") or multiplier:
        return "度", False
    if any(c in w or c in after for c in "坡角倾"):
        return "degree", False
    if "温" in w or "温" in after:
        return "degC", False
    return "度", True


def _match(
    s: str, i: int, extract: bool, last_end: int = -1
) -> tuple[_Hit | None, int, _Skip | None]:
    n = len(s)
    prev = s[i - 1] if i > 0 else ""
    is_arabic = s[i].isdigit() and s[i].isascii()
    # names with digits: PM2.5, O3, SO2, GB 3095, COD
    if (prev and prev.isascii() and prev.isalpha()) or (
        prev == " " and i > 1 and s[i - 2].isascii() and s[i - 2].isalpha() and is_arabic
    ):
        end = _skip_run(s, i)
        return None, end, _Skip(i, end, "part of a name with letters (PM2.5, O3, GB 3095)")
    if prev == "." and is_arabic and i > 1 and s[i - 2].isdigit():
        end = _skip_run(s, i)
        return None, end, _Skip(i, end, "malformed number")
    if prev == "^" or (prev == "/" and is_arabic):
        end = _skip_run(s, i)
        return None, end, _Skip(i, end, "an exponent, footnote mark or denominator")
    # dates and years (match_date only where a date can start: a 4-digit run, or a number
    # followed by a date word or a range/date separator)
    d_end = match_date(s, i) if _may_be_date(s, i, is_arabic) else -1
    if d_end < 0:
        d_end = _mixed_year_end(s, i)
    if d_end > 0:
        return None, d_end, _Skip(i, d_end, "a date or calendar year (see parse_period)")
    if extract and s[i] in _FIXED_TERM_CHARS:
        for term, offset in _FIXED_TERM_CHARS[s[i]]:
            if i >= offset and s.startswith(term, i - offset):
                end = i - offset + len(term)
                return None, end, _Skip(i, end, f"part of the fixed term {term}")
    if s.startswith("零增长", i):
        # 化肥农药使用量零增长: a relative change of exactly 0 %
        pre = _prefix(s, i)
        hit = _Hit(
            start=min(pre.span_start, i), end=i + 3, cover_start=pre.cover_start,
            cover_end=i + 3, value=Decimal(0), low=None, high=None, unit="%",
            qualifier=Qualifier.EXACT, kind=Kind.CHANGE_RELATIVE, sign=0, baseline=None,
            multiplier=None, own_verb=True,
        )  # fmt: skip
        return hit, i + 3, None
    num = _number(s, i)
    if num is None:
        if is_arabic:
            end = _skip_run(s, i)
            return None, end, _Skip(i, end, "number too long")
        end = i + 1
        while end < n and s[end] in CHINESE_NUMERAL_CHARS:
            end += 1
        return None, end, _Skip(i, end, "not a Chinese numeral")
    if num.lone_scale and prev == "每":
        return None, num.end, _Skip(i, num.end, "a per-unit denominator (每万人)")
    flags = list(num.flags)
    minus = is_arabic and _minus_before(s, i, last_end)
    plus = is_arabic and prev == "+" and (i == 1 or s[i - 2] == "(")
    # 公共机构(+12%), (-3.5%): a written sign in parentheses after a word is a change
    paren_sign = (plus or (minus and i > 1 and s[i - 2] == "(")) and not (
        i > 2 and (s[i - 3].isdigit() or s[i - 3] == "(")
    )
    if is_arabic and not num.grouped and i > 1 and s[i - 2].isdigit() and prev in ", ":
        flags.append(Flag.AMBIGUOUS_SEPARATOR)  # 1,28 / 12345,678 / 1 280: never guessed
    j = num.end
    unit_info: _Unit | None = None
    if num.percent is None and not num.fraction:
        unit_info = _parse_unit(s, j, not num.chinese)
    # range: 3-5年, 85%-95%, 三至五年
    low = high = None
    qualifier: Qualifier | None = None
    if num.vague is not None:
        low, high = num.vague
        qualifier = Qualifier.RANGE
    k = unit_info.end if unit_info is not None else j
    sep_end = _range_separator(s, k)
    if (
        sep_end > 0
        and unit_info is not None
        and s[sep_end - 1] in "至到"
        and _prefix(s, num.start - 1 if minus else num.start).verb
    ):
        sep_end = -1  # 减少19日至270日: a change by 19 days to a level of 270, not a range
    if (
        sep_end > 0
        and not num.fraction
        and not num.product
        and num.inner is None
        and num.vague is None
        and not minus
    ):
        other = (
            _number(s, sep_end)
            if sep_end < n and (s[sep_end].isdigit() or s[sep_end] in CHINESE_NUMERAL_CHARS)
            else None
        )
        if (
            other is not None
            and not other.fraction
            and other.vague is None
            and (other.chinese == num.chinese)
        ):
            other_unit = None
            if other.percent is None:
                other_unit = _parse_unit(s, other.end, not other.chinese)
            u1 = unit_info.unit if unit_info else num.percent
            u2 = other_unit.unit if other_unit else other.percent
            if u2 is None and u1 is None and s.startswith("倍", other.end):
                u2 = ""  # 6到10倍: a range of multiples (倍 is read below)
            if u2 is not None and (u1 is None or u1 == u2):
                lo_v, hi_v = num.value, other.value
                if num.multiplier is None and other.multiplier and u1 is None:
                    lo_v = lo_v * SCALE_WORDS[other.multiplier]
                if lo_v <= hi_v:
                    low, high = lo_v, hi_v
                    qualifier = Qualifier.RANGE
                    unit_info = other_unit
                    if other.percent is not None:
                        num.percent = other.percent
                    j = other.end
                    num.multiplier = num.multiplier or other.multiplier
                    num.end = other.end
                    flags.extend(f for f in other.flags if f not in flags)
    # the unit
    unit: str | None
    if num.percent is not None:
        unit = num.percent
        end = num.end
    elif unit_info is not None:
        unit = unit_info.unit
        end = unit_info.end
    else:
        unit = None
        end = num.end
    value: Decimal | None = None if qualifier is Qualifier.RANGE else num.value
    if unit_info is not None and unit_info.half and value is not None:
        value = value + Decimal("0.5")
    # years, dates, anniversaries, rankings and plan names are not quantities
    if (
        unit == "年"
        and num.integer
        and value is not None
        and 1900 <= value <= 2100
        and qualifier is None
    ):
        return None, end, _Skip(i, end, "a calendar year (see parse_period)")
    if unit == "年" and any(s.startswith(w, end) for w in _PLAN_NAME_AFTER_YEARS) and extract:
        return None, end, _Skip(i, end, "part of a plan name (三年行动计划)")
    if unit in ("小时", "h") and s[max(0, num.start - 2) : num.start] == "最大" and extract:
        return None, end, _Skip(i, end, "an averaging window (日最大8小时)")
    if prev and prev in "前后" and (unit in ("位", "名") or (end < n and s[end] in "强甲")):
        return None, end, _Skip(i, end, "a ranking (前三位, 前10名)")
    if num.fraction:
        unit = DIMENSIONLESS
        if unit_info is None and end < n:
            # 35/40个断面: the counter names what is counted; the figure is the fraction
            cu = _parse_unit(s, end, True)
            if cu is not None and cu.unit in _COUNTERS:
                end = cu.end
    if unit == "度":
        unit, unsure = _degree_unit(s, i, end, num.multiplier)
        if unsure:
            flags.append(Flag.AMBIGUOUS_UNIT)
    multiple = ""
    if unit is None and num.percent is None and not num.fraction and end < n:
        multiple = _multiple_word(s, i, num, end)
        if multiple:
            end += 1
    # suffix qualifiers
    suffix_q, end2 = _suffix(s, end, unit)
    if suffix_q is not None:
        end = end2
    inner_q = num.inner or (unit_info.qualifier if unit_info else None)
    start = num.start - 1 if (minus or plus) else num.start
    pre = _prefix(s, start)
    # combine qualifiers
    if qualifier is None:
        qualifier = _stronger(_stronger(pre.qualifier, inner_q), suffix_q)
        if (
            qualifier is Qualifier.NEARLY
            and pre.qualifier is Qualifier.NEARLY
            and s[i - 1] == "近"
            and (i < 2 or s[i - 2] not in "接将几")
            and unit
            and unit.split("/")[0] in _TIME_UNITS
            and inner_q is None
            and suffix_q is None
        ):
            qualifier = None  # 近三年 = the last three years
        qualifier = qualifier or Qualifier.EXACT
    # rate and per-unit wording
    if unit in _AMOUNT_UNITS and not pre.rate and not pre.per:
        m = _AVERAGE_RATE.search(_window(s, start)[0])
        if m is not None:
            pre.rate = _RATE_WORDS[m.group(1) or m.group(2)]
    if unit is not None and unit not in _SHARE_UNITS and unit not in ("百分点", DIMENSIONLESS):
        if pre.rate and not (unit_info and unit_info.has_time_denominator):
            unit = f"{unit}/{pre.rate}"
        elif pre.per and "/" not in unit:
            unit = f"{unit}/{pre.per}"
    # kind and sign
    written_sign = -1 if minus else 1
    sign = 0
    baseline = None
    if value is not None and minus:
        value = -value
    if low is not None and high is not None and minus:  # pragma: no cover - ranges need no minus
        low, high = -high, -low
    if multiple and value is None and low is not None and high is not None:
        exceed = pre.exceed or bool(_EXCEED.search(_window(s, start)[0]))
        _, _, lo_v, sign, extra = _multiple_meaning(multiple, low, pre, exceed)
        kind, unit, hi_v, sign, extra = _multiple_meaning(multiple, high, pre, exceed)
        low, high = (lo_v, hi_v) if lo_v <= hi_v else (hi_v, lo_v)
        flags.extend(extra)
        baseline = pre.baseline if sign else None
    elif multiple:
        exceed = pre.exceed or bool(_EXCEED.search(_window(s, start)[0]))
        kind, unit, value, sign, extra = _multiple_meaning(multiple, value, pre, exceed)
        flags.extend(extra)
        baseline = pre.baseline if sign else None
    elif num.fraction:
        kind = Kind.RATIO
    elif pre.verb:
        kind = Kind.CHANGE_RELATIVE if unit in _SHARE_UNITS else Kind.CHANGE_ABSOLUTE
        sign = pre.sign * written_sign
        if pre.sign < 0 and minus:
            flags.append(Flag.SIGN_CONFLICT)  # 下降-2%: a double negative
        if pre.sign == 0:
            flags.append(Flag.AMBIGUOUS_SIGN)  # 改善10.3%: up or down depends on the indicator
        if unit == "%" and _RATE_SUBJECT.search(_window(s, start)[0]):
            flags.append(Flag.AMBIGUOUS_UNIT)  # 达标率比上年提高2.7%: percent or points?
        baseline = pre.baseline
        if pre.sign < 0:
            if value is not None:
                value = -abs(value) if not minus else abs(value)
            if low is not None and high is not None:
                low, high = -high, -low
    elif paren_sign and unit is not None and unit not in (DIMENSIONLESS, "degC"):
        kind = Kind.CHANGE_RELATIVE if unit in _SHARE_UNITS else Kind.CHANGE_ABSOLUTE
        sign = written_sign
        flags.append(Flag.EXPLICIT_SIGN)
    elif unit == "百分点":
        kind = Kind.CHANGE_ABSOLUTE
        sign, baseline, verb_start = _points_context(s, start)
        if verb_start < start:
            pre.span_start = pre.cover_start = verb_start
        if minus and sign < 0:
            flags.append(Flag.SIGN_CONFLICT)
            sign, value = 1, abs(value) if value is not None else None
        elif minus:
            sign = -1
        elif sign < 0:
            value = -value if value is not None else None
            if low is not None and high is not None:
                low, high = -high, -low
    elif (
        unit is not None
        and unit not in _SHARE_UNITS
        and unit != DIMENSIONLESS
        and unit not in _COUNTERS  # 高于全国74个城市…: a counted noun names the reference
        and pre.qualifier is None
        and (diff := _difference_context(s, start))[0] != 0
    ):
        # 高出全国平均水平6.4微克/立方米: a difference to a reference, in the figure's unit
        kind = Kind.CHANGE_ABSOLUTE
        sign, baseline, verb_start, extra = diff
        flags.extend(extra)
        pre.span_start = pre.cover_start = min(verb_start, pre.cover_start)
        if minus:
            flags.append(Flag.SIGN_CONFLICT)
        elif sign < 0 and value is not None:
            value = -value
        elif sign < 0 and low is not None and high is not None:
            low, high = -high, -low
    elif pre.baseline in ("同比", "环比") and unit is not None:
        # 同比-6.97%, 同比为3.2%: a change written without a verb; its sign is the number's
        kind = Kind.CHANGE_RELATIVE if unit in _SHARE_UNITS else Kind.CHANGE_ABSOLUTE
        baseline = pre.baseline
        sign = 0 if value == 0 else written_sign
    elif (pre.ratio and (unit in _SHARE_UNITS or (unit is None and not num.chinese))) or (
        unit in _SHARE_UNITS
        and s.startswith("的", end)
        and qualifier is Qualifier.EXACT
        and pre.cover_start == _window(s, i)[1]  # the share opens its clause
    ):
        kind = Kind.RATIO  # 占…的18.2%; 团柏煤矿:99.33%的井田面积 (not 标准25%的标准)
    elif unit == "%" and not minus and _COMPLETION.search(_window(s, start)[0]):
        kind = Kind.RATIO  # 完成率184.38%: achieved / planned
    else:
        kind = Kind.LEVEL
    if unit is None and kind is Kind.RATIO:
        unit = DIMENSIONLESS
    if unit == "degC" and kind is Kind.CHANGE_ABSOLUTE:
        unit = "delta_degC"  # an offset unit: a difference of temperatures is a delta
    if qualifier is Qualifier.RANGE:
        flags.append(Flag.RANGE)
    if num.grouped and any(cue in _window(s, start)[0] for cue in _LIST_CUES):
        flags.append(Flag.AMBIGUOUS_SEPARATOR)  # 分别为1,280: a grouping or a list?
    hit = _Hit(
        start=min(pre.span_start, start),
        end=end,
        cover_start=pre.cover_start,
        cover_end=end,
        value=value,
        low=low,
        high=high,
        unit=unit,
        qualifier=qualifier,
        kind=kind,
        sign=sign,
        baseline=baseline,
        multiplier=num.multiplier if not num.chinese else None,
        own_verb=pre.verb,
        suffix_qualifier=suffix_q is not None,
        prefix_qualifier=pre.qualifier is not None,
        ordinal=pre.ordinal,
        flags=flags,
        numerator=num.numerator,
        denominator=num.denominator,
        list_cue=pre.list_cue,
        bare=pre.cover_start == start,
        verb_sign=pre.sign if pre.verb else 0,
    )
    if unit in _SHARE_UNITS and kind is not Kind.CHANGE_RELATIVE:
        end = _fraction_note(s, hit, end)
    if pre.ordinal:
        hit.ordinal = True
        return hit, end, _Skip(i, end, "an item number (第…, …届)")
    if not extract:
        if unit is None and _is_pending(s, end, num):
            hit.pending = True
            return hit, end, None
        if unit is None:
            if end < n and not _is_trailing_ok(s, end):
                return None, end, _Skip(end, end, f"unknown unit {s[end : end + 8]!r}")
            hit.unit = DIMENSIONLESS
        return hit, end, None
    return _extract_filter(s, i, num, hit, pre, end)


def _multiple_word(s: str, i: int, num: _Num, end: int) -> str:
    """倍 (times), 番 (doublings, after 翻) or 成 (tenths) right after the number, or ""."""
    c = s[end]
    if c == "倍":
        return c
    if c == "番" and (s[max(0, i - 1) : i] == "翻" or s[max(0, i - 2) : i] == "翻了"):
        return c
    if c == "成" and num.inner is None and num.multiplier is None and 0 < num.value <= 10:
        after = s[end + 1 : end + 2]
        if after and after in _MULTIPLE_BLOCKERS_CHENG:
            return ""
        if num.chinese and s.startswith("一成不变", i):
            return ""
        return c
    return ""


@overload
def _multiple_meaning(
    word: str, value: Decimal, pre: _Prefix, exceed: bool
) -> tuple[Kind, str, Decimal, int, list[Flag]]: ...
@overload
def _multiple_meaning(
    word: str, value: None, pre: _Prefix, exceed: bool
) -> tuple[Kind, str, None, int, list[Flag]]: ...
def _multiple_meaning(
    word: str, value: Decimal | None, pre: _Prefix, exceed: bool
) -> tuple[Kind, str, Decimal | None, int, list[Flag]]:
    """Kind, unit, value and sign of 倍/番/成 figures (see the module docstring)."""
    if value is None:  # pragma: no cover - ranges never reach here
        return Kind.RATIO, DIMENSIONLESS, value, 0, []
    hundred = Decimal(100)
    if word == "番":  # 翻一番 = ×2, 翻两番 = ×4: a relative change of (2^n − 1) × 100 %
        return Kind.CHANGE_RELATIVE, "%", (2 ** int(value) - 1) * hundred, 1, []
    if word == "成":  # 九成 = 90 %, 下降了三成 = −30 %
        pct = value * 10
        if pre.verb:
            return Kind.CHANGE_RELATIVE, "%", pct * pre.sign, pre.sign, []
        return (Kind.RATIO if pre.ratio else Kind.LEVEL), "%", pct, 0, []
    # 倍
    if exceed:  # 超标0.5倍: the value is 1.5 × the limit
        return Kind.EXCEEDANCE_MULTIPLE, DIMENSIONLESS, value, 0, []
    if pre.verb and pre.sign > 0:  # 增长1倍 = +100 %
        return Kind.CHANGE_RELATIVE, "%", value * hundred, 1, []
    if pre.verb and pre.sign < 0:  # 减少一倍: −100 % as written, "halved" as often meant
        return Kind.CHANGE_RELATIVE, "%", -value * hundred, -1, [Flag.AMBIGUOUS_MULTIPLE]
    return Kind.RATIO, DIMENSIONLESS, value, 0, []  # 是…的2.6倍


def _fraction_note(s: str, hit: _Hit, end: int) -> int:
    """``87.5%(35/40)``: keep numerator and denominator with the share (checked)."""
    n = len(s)
    if end >= n or s[end] != "(":
        return end
    m = _FRACTION_NOTE.match(s, end)
    if m is None:
        return end
    a, b = Decimal(m.group(1)), Decimal(m.group(2))
    if b == 0:
        return end
    hit.numerator, hit.denominator = a, b
    if hit.value is not None:
        written = abs(hit.value)
        exp = written.as_tuple().exponent
        half_ulp = Decimal(5) * Decimal(10) ** (int(exp) - 1) if isinstance(exp, int) else 0
        scale = Decimal(1000) if hit.unit == "‰" else Decimal(100)
        if abs(a / b * scale - written) > half_ulp + Decimal("1e-9"):
            hit.flags.append(Flag.INCONSISTENT_FRACTION)
    hit.end = hit.cover_end = m.end()
    return m.end()


_FRACTION_NOTE = re.compile(r"\(([0-9]{1,6})/([0-9]{1,6})\)")


def _is_trailing_ok(s: str, end: int) -> bool:
    return all(c in " \t\n。.,，;；" for c in s[end:])


#: A short annotation between the first end of a range and its separator: 81.7%(潮州)~98.9%.
_RANGE_ANNOTATION = re.compile(r"\([^\d()（）,，。;；:：、\n]{1,10}\)(?=——|[-—–~〜至到])")


def _range_separator(s: str, k: int) -> int:
    """End of a range separator at ``k`` (after an optional short parenthetical), or -1."""
    n = len(s)
    if k >= n:
        return -1
    if s[k] == "(":
        m = _RANGE_ANNOTATION.match(s, k, min(n, k + 14))
        if m is None:
            return -1
        k = m.end()
    if s.startswith("——", k):
        return k + 2
    if s[k] in "-—–~〜至到":
        return k + 1
    return -1


def _points_context(s: str, i: int) -> tuple[int, str | None, int]:
    """Sign, baseline and start of the verb of a 百分点 figure whose verb is not adjacent
    (高于国家下达指标1.3个百分点); (0, None, i) when the clause has none."""
    w, w0 = _window(s, i)
    verbs = list(_POINT_VERBS.finditer(w))
    if not verbs:
        return 0, None, i
    last = verbs[-1]
    word = last.group(1)
    sign = 1 if word in _POINT_UP else -1
    if word in _POINT_COMPARATIVES:
        between = w[last.end() :].strip()
        return sign, between or None, w0 + last.start()
    found = _FAR_BASELINE.findall(w[: last.start()])
    return sign, _baseline_text(found[-1]) if found else None, i


def _difference_context(s: str, i: int) -> tuple[int, str | None, int, list[Flag]]:
    """Sign, reference, verb start and flags of a figure written as a difference to a named
    reference (高出全国平均水平6.4微克/立方米); sign 0 when the clause has none."""
    w, w0 = _window(s, i)
    verbs = list(_POINT_VERBS.finditer(w))
    if not verbs:
        return 0, None, i, []
    last = verbs[-1]
    word = last.group(1)
    between = w[last.end() :].strip()
    if word not in _DIFFERENCE_WORDS or not between or len(between) > 14:
        return 0, None, i, []
    flags = []
    if word in ("高于", "低于", "快于", "慢于") and _VALUED_REFERENCE.search(between):
        flags.append(Flag.AMBIGUOUS_REFERENCE)  # 低于国家标准5毫克: by 5, or the standard's 5?
    sign = 1 if word in _POINT_UP else -1
    return sign, between, w0 + last.start(), flags


def _is_pending(s: str, end: int, num: _Num) -> bool:
    """A bare Arabic number followed by 、和及与或 and another number: 47、55和55微克/立方米."""
    if num.chinese:
        return False
    n = len(s)
    after = s[end : end + 3]
    if after[:2] in _ENUM_SEPARATORS:
        sep_len = 2
    elif after[:1] in _ENUM_SEPARATORS:
        sep_len = 1
    else:
        return False
    return end + sep_len < n and s[end + sep_len].isdigit()


def _extract_filter(
    s: str, i: int, num: _Num, hit: _Hit, pre: _Prefix, end: int
) -> tuple[_Hit | None, int, _Skip | None]:
    n = len(s)
    nxt = s[end] if end < n else ""
    if hit.unit is None:
        if _is_pending(s, end, num):
            hit.pending = True
            return hit, end, None
        if pre.copula and not num.chinese and (nxt == "" or nxt in _CLAUSE_DELIMITERS):
            hit.unit = DIMENSIONLESS
            return hit, end, None
        return None, end, _Skip(i, end, "a number without a unit")
    if num.chinese:
        unit0 = hit.unit.split("/")[0]
        if (
            num.single_one
            and hit.qualifier is Qualifier.EXACT
            and hit.value == 1
            and unit0 in _COUNTERS  # 一项任务 is "a task"; 一个月, 一日 are durations
        ):
            return None, end, _Skip(i, end, "一 + counter is an article ('a'), not a count")
        if unit0 == "类":
            return None, end, _Skip(i, end, "a class name (二类)")
        if nxt in _TOPONYM_SUFFIXES:
            return None, end, _Skip(i, end, "part of a place name (四台矿)")
    if hit.unit.split("/")[0] == "类" and nxt in "水标海":
        return None, end, _Skip(i, end, "a class name (3类水)")
    if num.lone_scale and not (hit.prefix_qualifier or num.inner or hit.suffix_qualifier):
        return None, end, _Skip(i, end, "a bare multiplier word (万元, 千方百计)")
    if hit.unit == "日" and pre.cover_start == hit.start == i:
        return None, end, _Skip(i, end, "a day of the month")  # 31日, 督察组…; 增加20日 is days
    return hit, end, None


#: Units that a list may write only at its end after 个: 0.7个、3.2个和2.6个百分点.
_GE_UNITS = frozenset({"百分点", "月", "小时", "工作日"})


def _joins(s: str, groups: list[list[_Hit]], h: _Hit) -> bool:
    """Does ``h`` continue the enumeration of ``groups[-1]``?"""
    last = groups[-1][-1]
    if h.start < last.end:
        return False
    gap = s[last.end : h.start]
    if gap in _ENUM_SEPARATORS:
        return True
    if gap == "(" and last.own_verb and h.bare and h.unit != last.unit:
        return True  # 同比下降9.5%(2微克/立方米): the same change in absolute terms
    # 同比分别为3.2%,-6.97%: a comma continues a list announced by 分别/依次 when the
    # next figure has no words of its own and the same unit
    return (
        gap in (",", "，")
        and groups[-1][0].list_cue
        and h.bare
        and (h.unit is None or h.unit == last.unit or last.unit is None)
    )


def _group(hits: list[_Hit], s: str) -> list[list[_Hit]]:
    """Enumerations: hits separated only by 、和及与或 share verbs, bounds and units."""
    groups: list[list[_Hit]] = []
    for h in hits:
        if groups and _joins(s, groups, h):
            groups[-1].append(h)
            continue
        groups.append([h])
    for g in groups:
        if len(g) > 1:
            _share(g)
    return groups


def _share(g: list[_Hit]) -> None:
    """Spread what a list writes once: unit, multiplier, verb, baseline, bound."""
    if g[0].ordinal:
        for h in g:
            h.ordinal = True
        return
    # units of pending bare numbers: 85、95%; 10.6万、3.8万、3.3万平方公里
    for k in range(len(g) - 2, -1, -1):
        h, nxt = g[k], g[k + 1]
        if h.pending and nxt.unit is not None and not nxt.pending:
            h.unit = nxt.unit
            h.pending = False
            h.flags.append(Flag.SHARED_UNIT)
            if h.multiplier is None and nxt.multiplier is not None and h.value is not None:
                # 12.5、13.2万亩: the multiplier written once applies to every item
                h.value = h.value * SCALE_WORDS[nxt.multiplier]
                h.multiplier = nxt.multiplier
                h.flags.append(Flag.SHARED_MULTIPLIER)
            if nxt.kind is Kind.RATIO and h.kind is Kind.LEVEL:
                h.kind = Kind.RATIO
    # 分别降低0.7个、3.2个和2.6个百分点: 个 stands for the 个百分点 written at the end
    tail = g[-1].unit
    if tail in _GE_UNITS:
        for h in g[:-1]:
            if h.unit == "个":
                h.unit = tail
                h.flags.append(Flag.SHARED_UNIT)
                if tail == "百分点" and not h.own_verb:
                    h.kind = Kind.CHANGE_ABSOLUTE
    first = g[0]
    if first.own_verb:
        for h in g[1:]:
            if h.own_verb or h.unit is None or h.sign != 0:
                continue
            if h.kind is Kind.LEVEL or (h.kind is Kind.CHANGE_ABSOLUTE and h.unit == "百分点"):
                h.kind = Kind.CHANGE_RELATIVE if h.unit in _SHARE_UNITS else Kind.CHANGE_ABSOLUTE
                h.sign = first.verb_sign
                h.baseline = first.baseline
                if Flag.AMBIGUOUS_SIGN in first.flags and Flag.AMBIGUOUS_SIGN not in h.flags:
                    h.flags.append(Flag.AMBIGUOUS_SIGN)
                if first.verb_sign < 0:
                    if h.value is not None:
                        h.value = -h.value
                    if h.low is not None and h.high is not None:
                        h.low, h.high = -h.high, -h.low
    elif first.kind in (Kind.CHANGE_RELATIVE, Kind.CHANGE_ABSOLUTE) and first.baseline in (
        "同比",
        "环比",
    ):
        for h in g[1:]:  # 同比分别为3.2%,-6.97%
            if h.kind is Kind.LEVEL and h.unit == first.unit and h.value is not None:
                h.kind = first.kind
                h.baseline = first.baseline
                h.sign = (h.value > 0) - (h.value < 0)
    if first.kind is Kind.RATIO and first.unit in _SHARE_UNITS:
        for h in g[1:]:
            if h.kind is Kind.LEVEL and h.unit == first.unit:
                h.kind = Kind.RATIO  # 目标任务的11%、16%和28%
    last = g[-1]
    if last.suffix_qualifier and last.qualifier in (
        Qualifier.AT_LEAST,
        Qualifier.AT_MOST,
        Qualifier.APPROX,
    ):
        for h in g[:-1]:
            if h.qualifier is Qualifier.EXACT:
                h.qualifier = last.qualifier
    if any(f is Flag.AMBIGUOUS_SEPARATOR for h in g for f in h.flags):
        for h in g:  # a list with a comma between digits: every item is in doubt
            if Flag.AMBIGUOUS_SEPARATOR not in h.flags:
                h.flags.append(Flag.AMBIGUOUS_SEPARATOR)


def _to_parsed(h: _Hit, nt: NormalizedText) -> ParsedQuantity:
    a, b = nt.original_span(h.start, h.end)
    return ParsedQuantity(
        value=_decimal_to_float(h.value),
        unit=h.unit or DIMENSIONLESS,
        qualifier=h.qualifier,
        kind=h.kind,
        sign=h.sign,
        low=_decimal_to_float(h.low),
        high=_decimal_to_float(h.high),
        baseline=h.baseline,
        multiplier=h.multiplier,
        text=nt.original[a:b],
        span=(a, b),
        warnings=tuple(dict.fromkeys(h.flags)),
        numerator=_decimal_to_float(h.numerator),
        denominator=_decimal_to_float(h.denominator),
    )


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

    Raises
    ------
    QuantityParseError
        As :func:`parse_quantity`.
    """
    return tuple(_parse_group(text))


def parse_quantity(text: str) -> ParsedQuantity:
    """Parse one quantity expression.

    Parameters
    ----------
    text:
        One expression such as ``"1.5万吨/日"``, ``"约1.5万吨"``, ``"20余万吨"``,
        ``"8×200吨/日"``, ``"16833畝"``, ``"35μg/m3"``, ``"不低于90%"``,
        ``"提高2.4个百分点"``, ``"比2015年下降13%"``, ``"近三分之一"``, ``"3-5年"``,
        ``"10蒸吨/小时及以下"``.  Simplified or traditional characters, full-width or
        ASCII digits.  At most :data:`MAX_QUANTITY_LENGTH` characters.

    Returns
    -------
    ParsedQuantity

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
#: (no quantity spans a line break, so the result does not depend on the cut).
_PIECE = 1 << 16


def _pieces(text: str, size: int = _PIECE) -> Iterator[tuple[int, int]]:
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
    >>> extract_quantities("面积1,280平方公里,另有1,28平方公里")[["value", "warnings"]]
       value             warnings
    0  1280.0
    1    28.0  ambiguous_separator
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


def _extract_piece(text: str, a: int, b: int, context: int, cols: dict[str, list[Any]]) -> None:
    nt = normalize_text(text[a:b])
    hits, _ = _scan(nt.text, extract=True)
    kept = [
        h
        for g in _group(hits, nt.text)
        for h in g
        if not (h.ordinal or h.pending or h.unit is None)
    ]
    if not kept:
        return
    starts, ends = nt.original_spans(
        np.fromiter((h.start for h in kept), np.int64, len(kept)),
        np.fromiter((h.end for h in kept), np.int64, len(kept)),
    )
    starts = starts + a
    ends = ends + a
    f = _decimal_to_float
    for h, s0, e0 in zip(kept, starts.tolist(), ends.tolist(), strict=True):
        flags = tuple(dict.fromkeys(h.flags))
        cols["start"].append(s0)
        cols["end"].append(e0)
        cols["text"].append(text[s0:e0])
        cols["value"].append(f(h.value))
        cols["low"].append(f(h.low))
        cols["high"].append(f(h.high))
        cols["unit"].append(h.unit)
        cols["qualifier"].append(h.qualifier.value)
        cols["kind"].append(h.kind.value)
        cols["sign"].append(h.sign)
        cols["baseline"].append(h.baseline)
        cols["multiplier"].append(h.multiplier)
        cols["before"].append(text[max(0, s0 - context) : s0])
        cols["after"].append(text[e0 : e0 + context])
        cols["numerator"].append(f(h.numerator))
        cols["denominator"].append(f(h.denominator))
        cols["warnings"].append(";".join(flags))
        cols["confidence"].append(_confidence(flags).value)


def _frame(cols: dict[str, list[Any]]) -> pd.DataFrame:
    str_dtype = string_dtype()
    data: dict[str, Any] = {}
    for name in _COLUMNS:
        values = cols[name]
        if name in ("start", "end"):
            data[name] = np.asarray(values, dtype=np.int64)
        elif name in ("value", "low", "high", "numerator", "denominator"):
            data[name] = np.asarray([np.nan if v is None else v for v in values], dtype=float)
        elif name == "sign":
            data[name] = np.asarray(values, dtype=np.int8)
        elif name == "qualifier":
            data[name] = pd.Categorical(values, categories=[q.value for q in Qualifier])
        elif name == "kind":
            data[name] = pd.Categorical(values, categories=[k.value for k in Kind])
        elif name == "confidence":
            data[name] = pd.Categorical(
                values, categories=[c.value for c in _CONFIDENCE_ORDER], ordered=True
            )
        else:
            data[name] = pd.Series(values, dtype=str_dtype)
    return pd.DataFrame(data, columns=_COLUMNS)


# --------------------------------------------------------------------------------------
# Formatting (Chinese), the inverse of parse_quantity.
# --------------------------------------------------------------------------------------

_PREFIX_WORD = {
    Qualifier.APPROX: "约",
    Qualifier.NEARLY: "近",
    Qualifier.GREATER: "大于",
    Qualifier.LESS: "小于",
}
_SUFFIX_WORD = {Qualifier.AT_LEAST: "以上", Qualifier.AT_MOST: "以下"}


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

    >>> format_quantity(parse_quantity("同比下降2.6%"))
    '同比下降2.6%'
    >>> format_quantity(parse_quantity("约1.5万吨/日"))
    '约1.5万吨/日'
    """
    parts: list[str] = []
    changed = q.kind in (Kind.CHANGE_RELATIVE, Kind.CHANGE_ABSOLUTE)
    change = changed and q.sign != 0
    evaluative = changed and q.sign == 0 and Flag.AMBIGUOUS_SIGN in q.warnings
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
            flagged = Flag.AMBIGUOUS_REFERENCE in q.warnings
            if q.sign > 0:
                parts.append(("高于" if flagged else "高出") + b)
            else:
                valued = _VALUED_REFERENCE.search(b) and not flagged
                parts.append(("低出" if valued else "低于") + b)
    if evaluative:
        parts.append("改善")
    if change and not reference:
        up = q.sign > 0
        if q.kind is Kind.CHANGE_RELATIVE:
            parts.append("增长" if up else "下降")
        else:
            parts.append("提高" if up else "降低")
    fraction = _as_fraction(q) if q.qualifier is not Qualifier.MORE_THAN else None
    if q.kind is Kind.EXCEEDANCE_MULTIPLE:
        parts.append("超标")
    if q.kind is Kind.RATIO and fraction is None:
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
    if q.qualifier is Qualifier.MORE_THAN:
        parts.append("余")  # 20万余吨, 7000余吨 (超过 is a strict bound: greater)
    unit = _format_unit(q.unit)
    if q.kind is Kind.EXCEEDANCE_MULTIPLE:
        unit = "倍"
    if q.unit == "蒸吨/小时":
        unit = "蒸吨/小时"
    parts.append(unit)
    parts.append(_SUFFIX_WORD.get(q.qualifier, ""))
    return "".join(parts)


def _as_fraction(q: ParsedQuantity) -> str | None:
    """``三分之一`` for a dimensionless ratio that is exactly a small fraction, else None."""
    if q.kind is not Kind.RATIO or q.unit != DIMENSIONLESS or q.is_range or q.value is None:
        return None
    v = q.value
    if not 0 < v < 1:
        return None
    for den in range(2, 13):
        num = round(v * den)
        if 0 < num < den and float(Decimal(num) / Decimal(den)) == v:
            return f"{to_chinese_integer(den)}分之{to_chinese_integer(num)}"
    return None
