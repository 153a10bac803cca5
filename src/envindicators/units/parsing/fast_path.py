"""The scanner's fast path: a plain level written ``Arabic number [万/亿…] unit``.

Most figures in reports are plain levels (``拆除燃煤小锅炉6968台``, ``整改完成率96.5%``,
``造林1.2万亩``, ``优良天数比例为74.5%``): no word before the number that makes it a change,
a ratio, a rate or an item number, no bound after it, no range, list, fraction, compound unit
or date.  :func:`_fast_hit` recognises exactly that shape with a few O(1) tests and the
parser's own number, multiplier, unit and prefix readers (the prefix reader only where the
character before the number ends one of its words), and builds the hit that
:func:`~envindicators.units.parsing.scanner._match` would build; any doubt returns ``None``
and the candidate goes through the full scanner.

It is a pure speed-up: the tests compare the hits of the scan with and without it, hit for
hit, on generated sentences, the dev corpus and the five seed reports, and compare every
fast hit with the full scanner's reading of the same position.
"""

from __future__ import annotations

import re
from decimal import Decimal

from envindicators.units.dates import match_date
from envindicators.units.parsing.affixes import (
    _ORDINAL_LIST_BEFORE,
    _ORDINAL_LIST_JOINERS,
    _PREFIX_LAST,
    _WITHIN_RANGE,
    _compliance_rate,
    _defined_count_name,
    _difference_context,
    _list_window,
    _per_capita_daily,
    _prefix,
    _window,
)
from envindicators.units.parsing.context_words import (
    _AVERAGE_RATE,
    _CLASS_WORDS,
    _COMPLETION,
    _FREQUENCY,
    _PER_CAPITA_UNITS,
    _POINT_VERBS,
    _SHARE_SUBJECT,
    _SUFFIX_FIRST,
    _SUPERLATIVE_LIST_AFTER,
    _WINDOW,
    COMMENT_COUNTER_AFTER,
    _share_subject_next,
    penalty_cap_before,
)
from envindicators.units.parsing.numbers import (
    _INNER_QUALIFIERS,
    _MAX_DIGITS,
    _SCALE_CHARS,
    _glued_year,
)
from envindicators.units.parsing.tokens import _STEPS, _Hit
from envindicators.units.parsing.unit_words import (
    _BASE_UNITS,
    _COUNTERS,
    _PER_PERIOD_UNITS,
    _SHARE_UNITS,
    _TIME_UNITS,
    _stops_unit,
)
from envindicators.units.registry import SCALE_WORDS
from envindicators.units.vocab import KIND, QUALIFIER

#: Units the fast path may report.  Left to the full scanner: time units (dates, 近三年,
#: 以内/多 after them), 工作日, 度 (kWh, angle or temperature), temperatures (levels vs
#: differences), 百分点 (always a change), 蒸吨 (蒸吨/小时) and 类/位/名 (class names,
#: rankings).  Amounts (吨, 立方米 …) only without a rate written before them (日均…吨).
_FAST_UNITS = frozenset(_BASE_UNITS.values()) - (
    _TIME_UNITS | {"工作日", "度", "degC", "degree", "百分点", "蒸吨", "类", "位", "名"}
)
#: Characters before the number that send it to the full scanner: ordinals (第, 届), rankings
#: (前, 后), 每 and 翻.
_SLOW_BEFORE = frozenset("第届前后每翻")
#: The last characters of the words that cap a penalty (最高可处, 最高罚款, 最高可罰新臺幣).
_PENALTY_CAP_LAST = frozenset("处處罚罰款以币幣达達到至")
#: The last character of every word the prefix reader knows: the fast path reads the words
#: before the number with that reader and keeps the figure only if they leave it a level.
_PREFIX_BEFORE = frozenset(_PREFIX_LAST) - _SLOW_BEFORE
#: Characters after the unit that send it to the full scanner: compound units (每, /), bounds
#: and their parentheticals, ranges, 的 (a share of a whole), a space before a bound, class
#: names (3类水) and rankings (前10强), a percentile's statistic (98%值), 范围内 after a
#: distance (500米范围内: at most).
_SLOW_AFTER = (
    frozenset(_SUFFIX_FIRST) | frozenset("每/(（)-—–~〜至到的 强甲水标海高值") | {_WITHIN_RANGE[0]}
)
#: ASCII characters the number may follow (names such as PM2.5, signs, dates need more).
_PLAIN_ASCII_BEFORE = frozenset(",;:(\n")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: After the digits: a thousands group, a second decimal point, an exponent, a fraction, a
#: product or a space (1 280, a digit group) mean the full scanner.
_SLOW_AFTER_DIGITS = frozenset(",.^/×xX* ")
_COUNTER_SET = frozenset(_COUNTERS)
#: Every word of the base unit table, longest first: the first alternative that matches is
#: the longest word, as :func:`~envindicators.units.parsing.unit_words._match_unit_atom` finds.
_UNIT_WORD = re.compile(
    "|".join(re.escape(w) for w in sorted(_BASE_UNITS, key=len, reverse=True) if w)
)
#: The first characters of the words of the base unit table that the fast path may report
#: (a unit of :data:`_FAST_UNITS` other than 方), and the two multipliers it reads before one
#: (万, 亿).  The character right after the number is the first of the unit word or of 万/亿,
#: so a figure followed by any other character is no fast hit: tested first, before the words
#: around the number are read (a year's 年, a date's 月 or 日, a bare number's punctuation).
_FAST_START = frozenset(
    {w[0] for w, unit in _BASE_UNITS.items() if w and unit in _FAST_UNITS and unit != "方"}
    | {"万", "亿"}
)
_EXACT = QUALIFIER.EXACT
_LEVEL = KIND.LEVEL


def _fast_unit(s: str, j: int) -> str:
    """The longest unit word of the base table at ``j`` as :func:`_match_unit_atom` reads it,
    or "" where that reader would look further (a word such as 方案 that only starts with
    a unit) or there is none."""
    m = _UNIT_WORD.match(s, j)
    if m is None:
        return ""
    w = m.group()
    if _stops_unit(s, w, m.end()):
        return ""
    return w


def _fast_hit(s: str, i: int) -> _Hit | None:
    """The hit of a plain ``number [multiplier] unit`` level at ``i``, or None (see module).

    The number and the character after it are read first: unless that character may start
    a fast unit or be 万/亿 (:data:`_FAST_START`), the figure is left to the full scanner
    before any window before it is searched.
    """
    n = len(s)
    m = _NUMBER.match(s, i)
    if m is None:
        return None
    j = m.end()
    if j >= n or s[j] not in _FAST_START:
        return None  # 2017年, 3月, 1.: no unit the fast path reports follows the number
    if i > 0:
        prev = s[i - 1]
        if prev.isascii():
            # after punctuation only; after a comma not between digits (1,28 is flagged)
            # after a colon between digits (a time of day, 17:16:01人气) the full scanner decides
            if prev not in _PLAIN_ASCII_BEFORE or (prev in ",:" and i > 1 and s[i - 2].isdigit()):
                return None
        elif prev in _SLOW_BEFORE:
            return None
        elif prev in _ORDINAL_LIST_JOINERS and _ORDINAL_LIST_BEFORE.search(s, max(0, i - 24), i):
            return None  # 第2、19、23项: a member of an ordinal list (the full scanner reads it)
        elif prev in _PENALTY_CAP_LAST and penalty_cap_before(s, i):
            return None  # 最高可罚600万元: a cap of a fine, at most (the full scanner reads it)
        if s.find("每", max(0, i - 18), i) >= 0:
            return None
        if s.find("一", max(0, i - 14), i) >= 0 and _FREQUENCY.search(s, max(0, i - 14), i):
            return None  # 一年陈情3次: a frequency written with 一 (次/年, the full scanner)
    text = m.group()
    if s[j] in _SLOW_AFTER_DIGITS or s[j] in _INNER_QUALIFIERS:
        return None
    if len(text) > _MAX_DIGITS:
        return None  # the full scanner skips it
    if text[0] == "0" and len(text) > 1 and text[1] != ".":
        return None  # 05件: a leading zero is flagged by the full scanner
    if _glued_year(s, i, text):
        return None  # 西元1990137.85万吨: a year glued in front, split by the full scanner
    _STEPS[0] += 1
    value = Decimal(text)
    multiplier = None
    c = s[j]
    if c in _SCALE_CHARS:
        # only a lone 万 or 亿 before a unit (1.2万亩); 千瓦, 十万, 万余 … go the full way
        if c not in "万亿" or j + 1 >= n or s[j + 1] in _SCALE_CHARS:
            return None
        if len(_fast_unit(s, j)) != 0:
            return None  # 万元-like words are units of their own: the full scanner decides
        value *= SCALE_WORDS[c]
        multiplier = c
        j += 1
        if s[j] in _INNER_QUALIFIERS:
            return None
    w = _fast_unit(s, j)
    if not w or (w == "个" and j + 1 < n and s[j + 1] in "多余半"):
        return None
    unit = _BASE_UNITS[w]
    if unit not in _FAST_UNITS or unit == "方":
        return None  # 方: cubic metres, or the sides of a list before it (the scanner decides)
    end = j + len(w)
    if end < n and s[end] in _SLOW_AFTER:
        return None
    if unit == "人" and COMMENT_COUNTER_AFTER.match(s, end):
        return None  # 已有0人发表了评论: a page's comment counter, skipped by the scanner
    if unit == "个" and s.startswith(_CLASS_WORDS, end):
        return None  # 优于目标2个类别: maybe a change of classes, read by the full scanner
    # words before it (为, 达到, 约, 共 …): still a level if they are no verb, baseline, ratio,
    # rate, per-unit, exceedance or ordinal wording; a bound word before it (约, 超过, 不足)
    # is its qualifier, as in the full scanner.  Read first: it rejects the changes (下降5%)
    # before the window searches below.
    wrapped = i > 1 and s[i - 1] == "\n" and s[i - 2] in _PREFIX_LAST  # 下降\n15.94%
    pre = _prefix(s, i) if i > 0 and (s[i - 1] in _PREFIX_BEFORE or wrapped) else None
    if pre is not None and (
        pre.verb
        or pre.baseline is not None
        or pre.ratio
        or pre.rate is not None
        or pre.per is not None
        or pre.exceed
        or pre.ordinal
    ):
        return None
    if pre is not None and pre.qualifier is not None and _SUPERLATIVE_LIST_AFTER.match(s, end):
        return None  # 最少3件,次之为…: maybe the smallest of a breakdown, read by the scanner
    if unit in _COUNTER_SET and _defined_count_name(s, i, end):
        return None  # 以下简称74城市: a name, skipped by the full scanner
    clause = None  # the clause before the number, read once when a test below needs it
    if unit in _SHARE_UNITS:
        if _share_subject_next(s, end):
            return None  # 92%建筑废物…: maybe a share of the set named after it (the scanner)
        clause = _window(s, i)[0]
        if (
            _COMPLETION.search(s, max(0, i - _WINDOW), i)
            and _COMPLETION.search(clause)
            and not _compliance_rate(s, i)
        ):
            return None  # 完成率…%: a ratio
        if _SHARE_SUBJECT.search(clause):
            return None  # 占比由47%降至40%: the share followed over time, read by the scanner
    elif (
        unit not in _COUNTER_SET
        and _POINT_VERBS.search(s, max(0, i - _WINDOW), i)
        and _difference_context(s, i)[0] != 0
    ):
        return None  # 高出全国平均水平6.4微克/立方米: a difference, read by the full scanner
    if unit in _PER_PERIOD_UNITS and (
        _AVERAGE_RATE.search(_window(s, i)[0] if clause is None else clause)
        or ("、" in s[max(0, i - _WINDOW) : i] and _AVERAGE_RATE.search(_list_window(s, i)))
    ):  # (the scanner decides whether it is a rate or a mean: 年均浓度…8个)
        return None  # 日均处理污水3万吨, 年产焦油5万吨、粗苯1.3万吨: per period (吨/日, 吨/年)
    if unit in _PER_CAPITA_UNITS and _per_capita_daily(s, i, clause):
        return None  # 人均每日弃置1.44公斤: per capita per day (公斤/日), read by the scanner
    dot = text.find(".")
    if (dot if dot >= 0 else len(text)) == 4 and match_date(s, i) > 0:
        return None  # a date (2017.5, 2017-2020年): skipped by the full scanner; tested last
    if pre is None:
        # a plain level with no word before it: start = cover_start = i, no range, sign 0
        return _Hit(
            i, end, i, end, value, None, None, unit, _EXACT, _LEVEL, 0, None, multiplier, bare=True
        )
    return _Hit(
        min(pre.span_start, i),
        end,
        pre.cover_start,
        end,
        value,
        None,
        None,
        unit,
        pre.qualifier or _EXACT,
        _LEVEL,
        0,
        None,
        multiplier,
        prefix_qualifier=pre.qualifier is not None,
        list_cue=pre.list_cue,
        bare=pre.cover_start == i,
    )
