"""The scanner of the quantity parser.

One left-to-right pass over normalised text that matches numbers, units and the words around
them, groups lists and turns hits into :class:`~envindicators.units.parser.ParsedQuantity`
objects.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import overload

from envindicators.errors import QuantityParseError
from envindicators.units.dates import YEAR_DIGITS, match_date
from envindicators.units.numerals import CHINESE_DIGITS, CHINESE_NUMERAL_CHARS, parse_integer
from envindicators.units.parsing.affixes import (
    _WORDS_OPENED_BY_WITHIN,
    _compliance_rate,
    _defined_count_name,
    _difference_context,
    _list_window,
    _names_reference_level,
    _per_capita_daily,
    _points_context,
    _prefix,
    _protected_spans,
    _suffix,
    _window,
)
from envindicators.units.parsing.context_rules import _apply_context_rules
from envindicators.units.parsing.context_words import (
    _AMOUNT_UNITS,
    _AREA_UNITS,
    _AVERAGE_RATE,
    _BETWEEN_AFTER,
    _CLAUSE_DELIMITERS,
    _COMPARED_PERIOD_BEFORE,
    _COMPARED_YEARS_AFTER,
    _COMPARED_YEARS_BEFORE,
    _COMPLETION,
    _COUNTED_BACK_AFTER,
    _ENUM_SEPARATORS,
    _EXCEEDANCE_HEADING_WINDOW,
    _EXCEEDANCE_ITEM,
    _FIRM_COUNTERS,
    _FIRM_NAME_AFTER,
    _FIXED_TERM_CHARS,
    _FREQUENCY,
    _INDEX_RANGE_AFTER,
    _INDEX_RANGE_AFTER_WORDS,
    _INDEX_RANGE_BEFORE,
    _INDEX_RANGE_CATEGORY_AFTER,
    _LIST_CUES,
    _PER_CAPITA_UNITS,
    _PERIOD_MEAN,
    _PERIOD_PEAK,
    _PLAN_NAME_AFTER_YEARS,
    _POLLUTANT_NAMED,
    _PREFIX_QUALIFIERS,
    _RATE_WORDS,
    _SAME_PERIOD_AFTER,
    _SESSION_AFTER,
    _SESSION_BEFORE,
    _SHARE_SUBJECT,
    _SPAN_BEFORE_SAME_PERIOD,
    _SUPERLATIVE_BEFORE,
    _SUPERLATIVE_LIST_AFTER,
    _TAI_TOPONYM_SUFFIXES,
    _TOPONYM_COMMON_NOUNS,
    _TOPONYM_SUFFIXES,
    COMMENT_COUNTER_AFTER,
    FREQUENCY_PERIODS,
    INDEX_ABBREVIATIONS,
    INDEX_BAND_COPULAS,
    ONE_PERIOD_FREQUENCY,
    _class_difference,
    _particulate_named_before,
    _per_capita_period,
    _share_subject_next,
    opens_place_name,
)
from envindicators.units.parsing.fast_path import _fast_hit
from envindicators.units.parsing.marks import last_mark
from envindicators.units.parsing.numbers import (
    DIGIT_COUNT_FIRST,
    DIGIT_COUNT_RANGE,
    HALF_SHARE_FIRST,
    ZERO_MARK,
    _digit_count_change,
    _half_duration,
    _half_share,
    _number,
)
from envindicators.units.parsing.quantity import ParsedQuantity
from envindicators.units.parsing.tables import COUNT_NOUN_TEXT
from envindicators.units.parsing.tokens import (
    _STEPS,
    _STRICT,
    _Hit,
    _Num,
    _Prefix,
    _Skip,
    _stronger,
    _Unit,
)
from envindicators.units.parsing.unit_words import (
    _BASE_UNITS,
    _COUNTERS,
    _DENOMINATORS,
    _MAJOR_CLASS,
    _MONEY_UNITS,
    _PER_PERIOD_UNITS,
    _SHARE_UNITS,
    _TIME_UNITS,
    CARDINAL_ONLY,
    CURRENCY_NAMES,
    DIMENSIONLESS,
    _parse_unit,
)
from envindicators.units.registry import CJK_UNIT_PATTERN, SCALE_WORDS
from envindicators.units.text import ENUMERATORS, NormalizedText
from envindicators.units.vocab import FLAG, KIND, QUALIFIER, Flag, Kind, Qualifier


def _decimal_to_float(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


_CANDIDATE = re.compile(
    "[0-9半双"
    + "".join(sorted(c for c in CHINESE_NUMERAL_CHARS if c not in "0123456789"))
    + ZERO_MARK
    + "]"
)


#: What can follow a Chinese numeral that starts a quantity: another numeral, the first
#: character of a unit (or 大 of 八大类), an inner qualifier, 分之/点, 倍/番/成, a range word,
#: 几, a date word.
#: A numeral followed by anything else (一是, 进一步, 统一) cannot be reported, so the
#: scanner does not look at it (a pure speed-up: the result is the same).
_CN_NEXT = (
    frozenset(CHINESE_NUMERAL_CHARS)
    | frozenset(w[0] for w in _DENOMINATORS)
    | frozenset(w[0] for w in _BASE_UNITS)
    | frozenset(_MAJOR_CLASS[0])
    | frozenset("余多几分点.成倍番半之至到-—–~〜年月日号增0123456789○OΟ、和及与或")
)


#: Tests switch the fast path off to compare the scans with and without it.
_FAST = [True]


#: Counters that end place names after a Chinese numeral (斗六站, 斗六测站, 新三区); written
#: after a word, such a numeral counts only after a word of counting (共六站, 有三区, 各两站).
_NAME_COUNTERS = frozenset({"站", "测站", "区"})
_COUNT_BEFORE = frozenset("共有计各了的和及与或约近达")
#: 方, a cubic metre (清运300方), counts the sides of a list before it (方面).
_CUBIC_METRE_WORD = "方"
_SIDES_COUNTER = "方面"
#: Three or more groups of 2–5 digits joined by hyphens (0975-765-592, 010-6551-2345): a
#: telephone or serial number, never a quantity or a range.
_HYPHENATED_RUN = re.compile(r"[0-9]{2,5}(?:-[0-9]{2,5}){2,}(?![0-9.])")


def _hyphenated_run_end(s: str, i: int) -> int:
    """End of the run of hyphen-joined digit groups that contains the number at ``i`` (see
    :data:`_HYPHENATED_RUN`), or -1; looks back at most 32 characters."""
    k = i
    lo = max(0, i - 32)
    while k > lo and (s[k - 1].isdigit() or s[k - 1] == "-"):
        k -= 1
    while k < i and not s[k].isdigit():
        k += 1
    m = _HYPHENATED_RUN.match(s, k)
    return m.end() if m is not None and m.end() > i else -1


#: A count of places right before (九市一区, 两省一市, 三县两区): the next numeral counts too.
_PLACE_COUNTER_ENDS = frozenset("市县省区")


def _after_place_count(s: str, i: int, unit: str) -> bool:
    """Does a count of another kind of place (a numeral and 市/县/省/区, not ``unit``) end right
    before ``i`` (九市|一区, 两省|一市; not the run of names 一区二区三区)?"""
    return (
        i >= 2
        and s[i - 1] in _PLACE_COUNTER_ENDS
        and s[i - 1] != unit
        and (s[i - 2].isdigit() or s[i - 2] in CHINESE_NUMERAL_CHARS)
    )


#: Where a clause starts, looking back for a list of names before a count.
_LIST_CLAUSE_STARTS = frozenset("。;；,，:：!！?？(（\n")


def _counts_named_before(s: str, i: int, unit: str, value: Decimal | None) -> bool:
    """Does the Chinese numeral at ``i`` before a name's counter (站, 区) count what the words
    before it name, rather than end a name (斗六站, 新三区)?

    Two writings count: the counter's own word right before the numeral, in apposition
    (人工测站三站, 监测站两站: stations, three of them; not in the run of names 一区二区三区),
    and a list of names joined by 、
    whose length is the numeral (台东、关山两站; 甲、乙、丙三区): a name holds no list.
    """
    if s[i - 1] == unit[-1] and i > 1 and s[i - 2] not in CHINESE_NUMERAL_CHARS:
        return True  # not the run of names 一区二区三区
    return _list_as_long_before(s, i, value)


#: Verbs of parties acting together after N方 (三方联手, 3方共同参与, 四方會談, 三方协议).
_JOINT_ACTION_AFTER = re.compile(
    r"(?:联手|联合|共同|合作|会商|协作|携手|联动|会谈|座谈|协议|协商|签署|签订|参与|一起|齐抓)"
)


#: Verbs and nouns of matter moved or dug in the clause before N方 (清运垃圾三方, 开挖土方五方):
#: cubic metres, even in Chinese numerals.
_MOVED_MATTER_BEFORE = re.compile(
    r"(?:清运|清理|清淤|疏浚|开挖|挖|运输|外运|回填|浇筑|土方|石方|方量)"
)


def _parties(s: str, num: _Num, end: int) -> bool:
    """Does ``N方`` ending at ``end`` count parties (方面), not cubic metres?

    A small count in Chinese numerals (检警环三方, 两方, 四方; a volume in 方 is written in
    Arabic digits, mostly with 万: 清运淤泥3万方) where no matter moved or dug is named just
    before (清运垃圾三方: :data:`_MOVED_MATTER_BEFORE`), or any count followed by a verb of
    parties acting together (三方联手, 3方共同参与: :data:`_JOINT_ACTION_AFTER`).  一方 (one
    side, 一方面) is left to its own rules.
    """
    if num.value % 1 != 0 or not 2 <= num.value <= 10:
        return False
    if _JOINT_ACTION_AFTER.match(s, end) is not None:
        return True
    return num.chinese and not _MOVED_MATTER_BEFORE.search(s, max(0, num.start - 8), num.start)


def _list_as_long_before(s: str, i: int, value: Decimal | None) -> bool:
    """Does a list of names joined by 、, as many as the whole number ``value``, end right
    before ``i`` in the same clause (台东、关山|两站; 固定、移动、逸散污染源|3方)?"""
    if value is None or value % 1 != 0:
        return False
    k = i - 1
    lo = max(0, i - 40)
    while k >= lo and s[k] not in _LIST_CLAUSE_STARTS:
        k -= 1
    names = s[k + 1 : i].split("、")
    return len(names) >= 2 and len(names) == int(value) and all(names)


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
    last_end = figure_end = -1
    search = _CANDIDATE.search
    # one test per text: a text with no spread mark (or no slash) never tries those readers
    spread_marks = "±" in s or "+/-" in s or "+-" in s
    lost_marks = extract and "/" in s
    while i < n:
        m = search(s, i)
        if m is None:
            break
        i = m.start()
        _STEPS[0] += 1
        c = s[i]
        if (
            extract
            and not ("0" <= c <= "9")
            and (i + 1 >= n or s[i + 1] not in _CN_NEXT)
            and not (c == "半" and _half_share(s, i) > 0)  # 近半已得到解决
            and not (c in DIGIT_COUNT_FIRST and _digit_count_change(s, i))  # 双位数跌幅
            and not (c in _ZERO_WORDS and _COUNTED_LABEL_BEFORE.search(s, max(0, i - 12), i))
        ):
            i += 1
            continue
        if c == "双" and not _digit_count_change(s, i):
            i += 1  # 双方, 双碳: 双 is a figure only in a double-digit change
            continue
        if c == "半" and not _half_duration(s, i) and _half_share(s, i) < 0:
            i += 1  # 上半年: not a duration of one half, nor a share (近半, 半数)
            continue
        while pi < len(protected) and protected[pi][1] <= i:
            pi += 1
        if pi < len(protected) and protected[pi][0] <= i:
            skips.append(_Skip(i, protected[pi][1], "inside a quotation, title or web address"))
            i = protected[pi][1]
            continue
        if spread_marks and "0" <= c <= "9" and (spread := _SPREAD.match(s, i)) is not None:
            centred = _centre_of_spread(s, i, spread, extract, last_end, figure_end)
            if centred is not None:
                hits.append(centred)
                last_end = figure_end = i = centred.end
                continue
        if lost_marks and "0" <= c <= "9" and (lost := _LOST_NUMERATOR.match(s, i)) is not None:
            restored = _restore_numerator(s, i, lost, last_end, figure_end)
            if restored is not None:
                hits.append(restored)
                last_end = figure_end = i = restored.end
                continue
        if extract and _FAST[0] and "0" <= c <= "9":
            fast = _fast_hit(s, i)
            if fast is not None:
                hits.append(fast)
                last_end = i = fast.end
                continue
        try:
            hit, end, skip = _match(s, i, extract, last_end, figure_end)
        except (QuantityParseError, ValueError, ArithmeticError) as exc:  # pragma: no cover
            if _STRICT[0] or not extract:
                raise
            hit, end, skip = None, i + 1, _Skip(i, i + 1, f"internal error: {exc}")
        if hit is not None:
            hits.append(hit)
            last_end = hit.end
        if skip is not None:
            skips.append(skip)
        # where the last figure read or skipped ends: a dash right after it is no minus
        figure_end = max(last_end, end if skip is not None else -1)
        i = max(end, i + 1)
    return hits, skips


#: A figure written with its spread: the centre, ``±`` (or ``+/-``; full-width forms are
#: normalised), the spread, then the unit both share (``3.51±0.16公噸/平方公里/月``).
#: Written in parentheses before the unit (``(20±2)℃``), the closing parenthesis is ``close``.
_SPREAD = re.compile(
    r"(?P<x>\d+(?:\.\d+)?) ?(?:±|\+/-|\+-) ?(?P<y>\d+(?:\.\d+)?)(?![\d.])(?P<close> ?\))?"
)


def _centre_of_spread(
    s: str, i: int, spread: re.Match[str], extract: bool, last_end: int, figure_end: int
) -> _Hit | None:
    """The centre of a figure written with its ``±`` spread, as one approximate, flagged hit.

    The spread is read where the centre and the ``±`` are cut out of the text, so that its
    own words (the verb or bound word before the centre, the unit and multiplier after the
    spread) are read as for any figure; its value is then scaled to the centre
    (``0.16公噸`` → ``3.51公噸``, ``0.2万吨`` → ``3.5万吨``).  ``None`` where the centre
    follows letters or a decimal point (``PM2.5±``), where the spread is zero or is not
    read as one figure (a date, a range, a skipped run): the text is then read as before.

    The figure may stand in parentheses before its unit (``(20±2)℃``, ``（3.5±0.3）毫克/升``):
    both parentheses are then cut out with the centre, and the hit, which starts at the
    opening one, must run past the closing one (a unit after it); a parenthesised spread
    with no unit after it (``(20±2)``) is read as before.
    """
    if i > 0 and (s[i - 1] == "." or (s[i - 1].isascii() and s[i - 1].isalpha())):
        return None
    centre, width = Decimal(spread["x"]), Decimal(spread["y"])
    j = spread.start("y")
    if width == 0:
        return None
    close = spread.start("close")
    opened = i > 0 and s[i - 1] == "(" and close >= 0
    start = i - 1 if opened else i
    close_end = spread.end("close") if opened else len(s)
    text = s[:start] + s[j:close] + s[close_end:] if opened else s[:i] + s[j:]
    hit, _, _ = _match(text, start, extract, last_end, figure_end)
    if hit is None or hit.value is None or hit.low is not None or hit.high is not None:
        return None
    cut = j - start  # a position after the figure's start moves back by the cut
    shut = close - j  # in the cut text, where the closing parenthesis stood

    def back(p: int) -> int:
        if p <= start:
            return p
        return p + cut + (close_end - close if opened and p - start > shut else 0)

    if opened and hit.end - start <= shut:
        return None  # nothing read after the closing parenthesis: no unit of its own
    hit.start, hit.cover_start = back(hit.start), back(hit.cover_start)
    hit.end, hit.cover_end = back(hit.end), back(hit.cover_end)
    hit.value = centre * (hit.value / width)
    if hit.qualifier is QUALIFIER.EXACT:
        hit.qualifier = QUALIFIER.APPROX
    hit.flags.append(FLAG.SPREAD)
    return hit


#: A number, then ``/`` and a denominator with no numerator before it, ending its clause
#: (``月均值为5.3/平方公里·月,``): a unit whose first part the copy lost.
_LOST_NUMERATOR = re.compile(
    r"[0-9]+(?:\.[0-9]+)?(?P<den>/(?:[\u4e00-\u9fff·]){2,10})(?=[,，。;；)）]|$)"
)
#: How far from such a figure the same denominator, written with its numerator, is looked for.
_LOST_NUMERATOR_REACH = 200


def _restore_numerator(
    s: str, i: int, lost: re.Match[str], last_end: int, figure_end: int
) -> _Hit | None:
    """A figure whose unit lost its numerator (``5.3/平方公里·月``), read with the numerator of
    the same denominator written in full nearby (``标准(8吨/平方公里·月)``), flagged
    ``ambiguous_unit``: the unit is inferred, not written.  ``None`` where no such unit stands
    within :data:`_LOST_NUMERATOR_REACH` characters (the figure is then left as before)."""
    den = lost["den"]
    lo, hi = max(0, i - _LOST_NUMERATOR_REACH), min(len(s), lost.end() + _LOST_NUMERATOR_REACH)
    j = lost.start("den")
    for m in sorted(
        re.finditer(r"(?<=[^0-9/])(?=" + re.escape(den) + ")", s[lo:hi]),
        key=lambda m: abs(lo + m.start() - j),
    ):
        k = lo + m.start()
        if k == j:
            continue
        for width in (1, 2, 3):  # the shortest unit word before the denominator first
            numerator = s[k - width : k]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in numerator):
                break
            hit, _, _ = _match(s[:j] + numerator + s[j:], i, True, last_end, figure_end)
            if hit is None or hit.unit is None or "/" not in hit.unit or hit.low is not None:
                continue
            if hit.end != lost.end() + width:
                continue
            hit.end -= width  # positions after the denominator's start move back
            if hit.cover_end > j:
                hit.cover_end -= width
            hit.flags.append(FLAG.AMBIGUOUS_UNIT)
            return hit
    return None


def _skip_run(s: str, i: int) -> int:
    n = len(s)
    j = i
    while j < n and (s[j].isascii() and (s[j].isalnum() or s[j] == ".")):
        j += 1
    return max(j, i + 1)


#: A Chinese-numeral year written with ASCII zeros or ○/O (二00七年, 二○一五年).
_MIXED_YEAR = re.compile(r"[0-9〇零○OΟ一二三四五六七八九]{4}(?=年)")
_YEAR_CHAR_CLASS = "[0-9〇零○OΟ一二三四五六七八九]"
#: Characters after which ``-`` before a number is a minus sign (not a range dash).
_MINUS_AFTER = frozenset(
    " ,;:、()[]【】=为是达至到约在比率值幅和及与或长降加少低升高减\t\n"
) | frozenset('。;；,，:：!！?？()（）“”"《》、【】[]')
#: A share as the subject of a change in %: the % may be percentage points.
#: A name of letters and digits right before a hyphen (O3-, PM2.5-, NO2-).
_NAME_BEFORE_HYPHEN = re.compile(r"[A-Za-z][A-Za-z0-9.]*$")
#: An averaging window in hours after an underscore (O3_8h, O3_8hr): part of the metric's name.
_WINDOW_AFTER_UNDERSCORE = re.compile(r"[0-9]+(?:hr|h|H)(?![A-Za-z])")
_RATE_SUBJECT = re.compile(r"(?:率|比例|比重|占比)")
#: 超标, 超过…标准: a multiple after it is an exceedance; the limit's own value may be written
#: between (超出每立方米25微克的世卫标准1倍至1.5倍).  The standard's name may be long
#: (超過有害事業廢棄物認定標準逾八十四倍, 超过地表水环境质量III类标准: up to 12 characters),
#: and a bound word may stand between the standard and the multiple (标准逾八十四倍, 标准近3倍).
_EXCEED = re.compile(
    r"(?:超标|超出|超过|高出|超)(?:(?:[^\d,，。;；]{0,12}(?:标准|限值|标准值)"
    r"|[^\d,，。;；]{0,6}[0-9.]+[^\d,，。;；]{1,10}(?:标准|限值|标准值))"
    r"(?:逾|近|将近|接近|约)?)?$"
)
_MULTIPLE_BLOCKERS_CHENG = frozenset(
    "员本果绩就立熟型交品功效长分份都套片群像活年人为了灾林网规体色材因事"
)
#: A bound word right before N成为 (近三成为住宅噪音, 约3成为外来人口, 逾两成为小型企业):
#: 成为 ("become") has no bound before its subject, so the figure is tenths and 为 its copula.
_BOUNDS_BEFORE_TENTHS = tuple(w for w, _ in _PREFIX_QUALIFIERS if not w.isascii())


#: Three Chinese digits written place by place before 年: an ROC year (一一三年) or a year
#: that lost a digit in the copy (二零零年), never a duration (written 一百一十三年).  A zero
#: may be an Arabic 0 among them (一0八年, 一一0年), as in 二00七年; the first digit is Chinese.
_PLACE_YEAR = re.compile(r"[〇零○一二三四五六七八九][〇零○0一二三四五六七八九]{2}(?=年)")


#: Month/day pairs alone in parentheses right after a value: the dates of a table's extremes
#: (35.8 (5/29), 22 (4/13, 12/31), 108.2 (9/16)), not fractions.
_MONTH_DAY = r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])"
_MONTH_DAYS = re.compile(rf"{_MONTH_DAY}(?:[,，、] ?{_MONTH_DAY})*(?=[)）])")
_VALUE_BEFORE_PAREN = re.compile(r"[0-9] ?$")


#: A month/day after a date and 至 (107 年 ( 至 12/19), 2018年1月1日至12/31): the end of a
#: period, not a fraction.  The date must stand right before (下降至1/3 is a fraction).
_UNTIL_MONTH_DAY = re.compile(rf"{_MONTH_DAY}(?![0-9/.])")
_YEAR_UNTIL_BEFORE = re.compile(r"[年月日][^\d,，。;；:：]{0,6}(?:至|到|迄|截至|截止) ?$")


#: A list of month/day pairs (已分别2/22、3/25及7/29完成): the dates of events, not fractions,
#: when one day is past 12 (a fraction's denominator is seldom so; 1/3、2/3 stay fractions).
_MONTH_DAY_LIST = re.compile(
    rf"{_MONTH_DAY}(?:(?:[、,，]|及|和|与|至|到|~) ?{_MONTH_DAY})+(?![0-9/.%％])"
)
_MONTH_DAY_PAIR = re.compile(r"([0-9]+)/([0-9]+)")
_SHARE_WORD_BEFORE = re.compile(r"(?:为|是|占|比|约|达|到|至|仅|近|逾|超过|低于|高于|的) ?$")


def _month_day_list_end(s: str, i: int) -> int:
    """End of a list of two or more month/day pairs at ``i`` with one day past 12, or -1."""
    m = _MONTH_DAY_LIST.match(s, i)
    if m is None or (i > 0 and (s[i - 1].isdigit() or s[i - 1] in "/.")):
        return -1
    if _SHARE_WORD_BEFORE.search(s, max(0, i - 3), i):
        return -1  # 比例为1/20、1/15, 分别占1/3、1/16: fractions after a copula or a share word
    if not any(int(d) > 12 for _, d in _MONTH_DAY_PAIR.findall(m.group())):
        return -1
    return m.end()


def _dates_of_a_value(s: str, i: int) -> int:
    """End of the month/day pairs at ``i`` (after ``(``) that date the value before, or -1."""
    m = _MONTH_DAYS.match(s, i)
    if m is None or not _VALUE_BEFORE_PAREN.search(s, max(0, i - 3), i - 1):
        return -1
    return m.end()


#: A span of such years (二○二二至二○二四年): a period, not a range of durations.
_YEAR_SPAN_MARKS = "至到~〜-—–"
_MIXED_YEAR_SPAN = re.compile(
    rf"({_YEAR_CHAR_CLASS}{{4}})年?[{re.escape(_YEAR_SPAN_MARKS)}]({_YEAR_CHAR_CLASS}{{4}})(?=年)"
)
#: What stands right after the four characters of such a year: 年, or the mark of a span.
_AFTER_FOUR_YEAR_CHARS = frozenset("年" + _YEAR_SPAN_MARKS)


def _year_value(chunk: str) -> int:
    return int("".join(str(YEAR_DIGITS[c]) for c in chunk))


def _mixed_year_end(s: str, i: int) -> int:
    """End (after 年) of a year such as 二00七年 or 一一三年 at ``i``, or -1."""
    if s[i + 3 : i + 4] != "年" and s[i + 4 : i + 5] not in _AFTER_FOUR_YEAR_CHARS:
        return -1  # no 年 after three characters (_PLACE_YEAR) nor 年 or a span mark after four
    span = _MIXED_YEAR_SPAN.match(s, i)
    if (
        span is not None
        and not span.group(1).isascii()
        and (i == 0 or s[i - 1] not in YEAR_DIGITS)
        and all(1900 <= _year_value(g) <= 2100 for g in span.groups())
    ):
        return span.end() + 1
    m = _MIXED_YEAR.match(s, i)
    if m is None:
        place = _PLACE_YEAR.match(s, i)
        if place is not None and (i == 0 or s[i - 1] not in YEAR_DIGITS):
            return place.end() + 1
        return -1
    chunk = m.group()
    if chunk.isdigit() and chunk.isascii():
        return -1  # 2007年: dates.match_date
    if i > 0 and s[i - 1] in YEAR_DIGITS:
        return -1
    year = int("".join(str(YEAR_DIGITS[c]) for c in chunk))
    return m.end() + 1 if 1900 <= year <= 2100 else -1


#: A page or issue number glued to a date (an e-paper's masthead ``版次:012025年06月27日``,
#: ``第3期2024年5月``): one to four digits, then a year of 1900–2099 with its month.  The run is
#: no figure: a duration of 12025 years is never followed by a month.
_GLUED_DATE = re.compile(r"[0-9]{1,4}(?=(?:19|20)[0-9]{2}年[0-9]{1,2}月)")
_DATE_RUN = re.compile(r"[0-9]+|[〇零○一二两三四五六七八九十]+")
_AFTER_DATE_NUMBER = frozenset("年月日号-—–~〜至到")


def _may_be_date(s: str, i: int, is_arabic: bool) -> bool:
    """Cheap test before :func:`match_date`: can a date start at ``i``?"""
    m = _DATE_RUN.match(s, i)
    if m is None:
        return False
    j = m.end()
    return (j - i == 4) or (j < len(s) and s[j] in _AFTER_DATE_NUMBER)


#: Years of the ROC (Minguo) calendar, used in Taiwan's reports: 民國109年 = 2020.  A 2–3 digit
#: A count of the places just named (五寨、五台两县): what stands before it ends a place name.
_PLACE_COUNT_AFTER_NAME = re.compile(r"[两二三四五六七八九十]+[县市区省镇乡村]")
#: A year written with two digits and its leading zero (09年, 08年): never a duration.
_ABBREVIATED_YEAR = re.compile(r"0[0-9]")
#: number + 年 in this span is a year, not a duration, when a date part follows it (109年8月底,
#: 92年上半年, 108年同期, 109年度, 108年底), when 截至/统计至/至 stands before it (截至109年), or
#: when it is a range of such years (109~112年, 109年至112年, 105至108年).  Durations keep
#: their reading: 近五年, 3年, 为期两年, 10至15年, 近30年来.
_ROC_YEARS = (50, 150)
#: A quarter written after a year (第1季, 第四季, 第二季度, 一季度): a date part.
_QUARTER_OF_YEAR = r"第?[1-4一二三四]季"
_ROC_DATE_AFTER = re.compile(
    r"(?:[0-9]{1,2}(?:[~〜\-—–至到][0-9]{1,2})?|[一二三四五六七八九十]{1,3})月|[上下]半年|同期|度|底|初"
    r"|迄今"
    # a quarter of the year (102年第1季至第4季, 106年第四季: parser round 42)
    r"|" + _QUARTER_OF_YEAR
)
_ROC_DATE_BEFORE = ("截至", "截止", "截止到", "统计至", "统计到", "至")
#: 从91年的6.1, 由91年3.8, 自104年起: the start of a span of time, written with its own figure
#: (的, a digit) or with 起, is a year of the ROC calendar (a duration is never "from" and then
#: given a value: 从3年 is below the span anyway).
_ROC_FROM_BEFORE = ("从", "由", "自")
_ROC_FROM_AFTER = re.compile(r"的|起|约|約|[0-9]")
#: A bare 3-digit year (100–150) is an ROC year too when an ROC date stands within
#: _ROC_CONTEXT characters (主因为105年污防书修订, 108年仅完成) and no duration word is next
#: to it (近100年, 为期100年, 100年一遇, 100年以来).
_ROC_CONTEXT = 600
#: Right before or after a bare 3-digit year: a comparison (较107年, 112年相较) or a lone label
#: in parentheses ((112年)): a year of the ROC calendar, not a duration.
_ROC_COMPARED_BEFORE = ("较", "相较", "比")
_ROC_COMPARED_AFTER = ("相较", "相比", "较")
_ROC_DATE = re.compile(
    r"(?<![0-9])(?:[5-9][0-9]|1[0-4][0-9])年(?:[0-9]{1,2}月|[上下]半年|同期|度|底|"
    + _QUARTER_OF_YEAR
    + ")"
    # a 3-digit year compared with (较107年减少16天, 112年相较110年): a date, never a duration
    rf"|(?:{'|'.join(_ROC_COMPARED_BEFORE)})1[0-4][0-9]年"
    rf"|(?<![0-9])1[0-4][0-9]年(?:{'|'.join(_ROC_COMPARED_AFTER)})"
    # the start of a span (从91年的, 由91年3.8, 自104年起)
    rf"|(?:{'|'.join(_ROC_FROM_BEFORE)})(?:[5-9][0-9]|1[0-4][0-9])年(?:的|起|[0-9])"
)
#: After a bare 3-digit year, the name of a measure of that year (资源回收量, 空污基金, 达标率):
#: a few characters of a noun ending in a measure's word, then no figure.
_INDICATOR_OF_YEAR_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,5}?(?:量|率|值|浓度|基金|预算|经费)(?![0-9\u4e00-\u9fff])"
)
#: After a bare 3-digit year, the target set for it (原设定114年目标14微克, 115年目标值): a
#: target is set for a year, never for a duration of a hundred years or more.
_TARGET_OF_YEAR_AFTER = ("目标",)
#: The ROC calendar named (民国97年, 民國83年).
_ROC_ERA = ("民国", "民國")
_DURATION_BEFORE = frozenset("近前后过期约每历满逾超达")
_DURATION_AFTER = ("一遇", "以上", "以来", "以内", "来", "内", "间", "后", "前", "左右", "多")
#: A span of two years, each end written with 年 (94年至96年, 八十六年至九十一年; a duration
#: seldom repeats 年 at its first end: 10至15年, 3~5年).
_SPAN_YEAR_ON_BOTH = re.compile(
    r"([0-9]{2,3}|[一二三四五六七八九十百零〇]{2,5})年[至到~〜\-—–]"
    r"([0-9]{2,3}|[一二三四五六七八九十百零〇]{2,5})年"
)


def _roc_span_named(s: str, start: int, end: int) -> bool:
    """Is the range ``s[start:end]``, each end written with 年 (``94年至96年``,
    ``八十六年至九十一年``), a span of ROC years because one of its ends is named one by
    :func:`_named_roc_year` (the same year written as a fiscal year, 96年度 or 九十一年度, the
    calendar named or an ROC date near), with no duration word next to the span (近, 为期,
    以来, 以上)?  ``设计年限为50年至70年`` with no such year near stays a range of durations.

    间 after the span (``94年至96年间``, "in the years 94 to 96") is no duration word here:
    the span is still named by one of its ends (``设计年限为50年至70年间`` with no ROC year
    near stays a range of durations)."""
    m = _SPAN_YEAR_ON_BOTH.fullmatch(s, start, end)
    if m is None:
        return False
    during = s.startswith(_DURING_SPAN, end)
    if (start > 0 and s[start - 1] in _DURATION_BEFORE) or (
        not during and s.startswith(_DURATION_AFTER, end)
    ):
        return False
    if s.startswith(("为期", "為期", "長達", "长达"), start - 2):
        return False
    return _named_roc_year(s, start, m.end(1) + 1) or _named_roc_year(
        s, m.start(2), end, span_end=during
    )


#: 间 after a span of years written with 年 at both ends: the years it runs over.
_DURING_SPAN = ("间", "間")


#: 自/从 + a year + 以来: the year since which (自83年以来, 从95年以来), not a duration
#: (100年以来 alone is one).
_SINCE_BEFORE = frozenset("自从")
_SINCE_AFTER = ("以来", "以來")


#: A 2-digit year written as the label of a value, in a list of such labels: 95年50.4%、96年
#: 51% (a year of the ROC calendar or an abbreviated Western one: a year either way).  A
#: labelled value: digits, a unit of up to six characters, a separator.
_LABELLED_VALUE = r"[0-9.,]*[^\d、,，;；。及和与]{0,6}?(?:[、,，;；及和与]|以及)"
_YEAR_LABEL_NEXT = re.compile(rf"{_LABELLED_VALUE}[5-9][0-9]年[0-9]")
_YEAR_LABEL_BEFORE = re.compile(rf"(?<![0-9.])[5-9][0-9]年[0-9]{_LABELLED_VALUE}$")


def _year_label_list(s: str, start: int, end: int) -> bool:
    """Is the 2-digit ``s[start:end]`` (``NN年``) followed right away by a value and in a list
    of such year labels (95年50.4%、96年51%; 97年1,820毫米,98年1,506毫米)?"""
    if not s[end : end + 1].isdigit() or (start > 0 and s[start - 1] in _DURATION_BEFORE):
        return False
    if _YEAR_LABEL_NEXT.match(s, end):
        return True
    return _YEAR_LABEL_BEFORE.search(s, max(0, start - 24), start) is not None


def _compared_short_year(s: str, start: int, end: int, value: Decimal) -> bool:
    """Is the 2-digit ``s[start:end]`` (``NN年``) the year a figure is compared with (较14年增加,
    比97年减少, 与14年相若): an ROC year or an abbreviated Western one, never a duration?"""
    if end - start != 3 or not (10 <= value < 100) or s.startswith(_DURATION_AFTER, end):
        return False
    return any(s.startswith(w, start - len(w)) for w in (*_ROC_COMPARED_BEFORE, "与", "與"))


def _named_roc_year(s: str, start: int, end: int, *, span_end: bool = False) -> bool:
    """Is the bare 2-digit ``s[start:end]`` (``NN年``, 50–99; or the same year in Chinese
    numerals, 九十二年) a year of the ROC calendar because, within :data:`_ROC_CONTEXT`
    characters, the calendar is named (民国99年起…统计显示97年空气品质), an ROC date is written
    (77年8月18日…我國在73年制定) or the same year is written as a fiscal year (九十二年度 …
    我國九十二年垃圾清運量), and no duration word stands next to it (近50年, 60年来, 为期50年)?

    ``span_end``: the year ends a span followed by 间 (``94年至96年间``), whose word after is
    not looked at (see :func:`_roc_span_named`)."""
    if start > 0 and s[start - 1] in _DURATION_BEFORE:
        return False
    if not span_end and s.startswith(_DURATION_AFTER, end):
        return False
    if s.startswith(("为期", "長達", "长达"), start - 2):
        return False
    lo = max(0, start - _ROC_CONTEXT)
    hi = min(len(s), end + _ROC_CONTEXT)
    if s.find(s[start:end] + "度", lo, hi) >= 0:
        return True
    if end - start != 3:
        return False
    return any(s.find(w, lo, hi) >= 0 for w in _ROC_ERA) or (
        _ROC_DATE.search(s, lo, hi) is not None
    )


#: A duration in years right before an opening parenthesis: 过去10年(88~97年), 近十年(…).
_SPAN_BEFORE_YEARS = re.compile(r"([0-9]{1,3}|[一二两三四五六七八九十]{1,3})年[(（]$")


#: The years of a span written in parentheses after its length: 10年(88~97年), 5年(2016-2020年).
_YEARS_OF_SPAN_AFTER = re.compile(r"[(（][0-9]{2,4}[~〜\-—–至到][0-9]{2,4}年?[)）]")


def _years_of_a_span(s: str, start: int, end: int, low: Decimal, high: Decimal) -> bool:
    """``过去10年(88~97年)``: a range of years in parentheses right after a duration of as
    many years names the years of that span (ROC or abbreviated years), not a second
    duration."""
    m = _SPAN_BEFORE_YEARS.search(s, max(0, start - 5), start)
    if m is None or s[end : end + 1] not in (")", "）"):
        return False
    return high - low + 1 == parse_integer(m.group(1)) or high - low == parse_integer(m.group(1))


def _roc_year(
    s: str,
    start: int,
    end: int,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
) -> bool:
    """The figure ``s[start:end]`` (a number + 年) is a year of the ROC calendar."""
    lo_y, hi_y = _ROC_YEARS
    if value is not None and _compared_short_year(s, start, end, value):
        return True
    if value is None:
        if low is None or high is None:
            return False
        # a range of years: both ends 3 digits (105~109年), or 2 digits with a date part after
        # (92~95年度)
        in_span = all(lo_y <= v <= hi_y and v == v.to_integral_value() for v in (low, high))
        if (
            in_span
            and start > 0
            and s[start - 1] in _ROC_FROM_BEFORE
            and not s.startswith(_DURATION_AFTER, end)
        ):
            # 海岸造林自81~107年已完成: "from 81 to 107", a span of ROC years (自50~60年前 is
            # a time ago, a duration)
            return True
        if in_span and s.startswith(_ROC_ERA, start - 2):
            return True  # 自民國81~106年, 民国81年至106年: the calendar named before the span
        if not in_span or high - low > 20:
            return False
        if _roc_span_named(s, start, end):
            return True  # 94年至96年 beside 96年度, 八十六年至九十一年 beside 九十一年度
        if _years_of_a_span(s, start, end, low, high):
            return True
        # 99~109年空污基金: a range crossing 100 is ROC years too (no duration runs 99–109 years)
        return low >= 100 or high >= 100 or _ROC_DATE_AFTER.match(s, end) is not None
    if not (lo_y <= value <= hi_y) or end - start > 4:
        return False  # 109年 is 4 characters; a multiplier or a decimal is no year
    if _ROC_DATE_AFTER.match(s, end) is not None or s.startswith(_ROC_ERA, start - 2):
        return True  # 109年8月底, 民国100年
    if value >= 100 and end - start == 4 and start > 0 and s[start - 1] in _TITLE_OPENERS:
        return True  # 「114年空氣品質監測：檢討回顧」: a 3-digit year opening a title
    if (
        value >= 100
        and end - start == 4
        and (start == 0 or s[start - 1] == "\n")
        and _headline_line(s, end)
        and not s.startswith(_DURATION_AFTER, end)
    ):
        # 113年空氣品質監測 良好及普通等級合計占比94%: a 3-digit year opening a headline (a
        # line with no clause mark, ended by a line break) is a year, as after 「 (100年一遇,
        # 100年以来 stay durations; 108年僅完成1,030輛。 is a sentence, left to the context)
        return True
    if start > 0 and s[start - 1] in _ROC_FROM_BEFORE and _ROC_FROM_AFTER.match(s, end):
        return True
    if start > 0 and s[start - 1] in _SINCE_BEFORE and s.startswith(_SINCE_AFTER, end):
        return True  # 为自83年以来…最少的一年: "since (the ROC year) 83", not 83 years
    for w in _ROC_DATE_BEFORE:
        if s.startswith(w, start - len(w)):
            k = start - len(w)
            # 10至15年 is a range of durations; 截至109年 a date
            return w != "至" or k == 0 or not (s[k - 1].isdigit() or s[k - 1] in "年")
    if value < 100 and _year_label_list(s, start, end):
        return True  # (95年50.4%、96年51%、97年47.8%): each year labels its value
    if value < 100 and _named_roc_year(s, start, end):
        return True
    if (
        value >= 100
        and end - start == 4
        and s.startswith(_TARGET_OF_YEAR_AFTER, end)
        and not (start > 0 and s[start - 1] in _DURATION_BEFORE)
    ):
        return True  # 原设定114年目标14微克: the target set for a year (no 114-year target)
    if value >= 100 and end - start == 4 and _INDICATOR_OF_YEAR_AFTER.match(s, end) is not None:
        # 预期超过108年资源回收量, 110年空污基金: a 3-digit year right before the name of
        # what was measured in it labels that measure, even after 超过 (no such noun
        # follows a duration of 108 years)
        return True
    if value < 100 or (start > 0 and s[start - 1] in _DURATION_BEFORE) or end - start != 4:
        return False
    if s.startswith(_DURATION_AFTER, end):
        return False
    if (
        any(s.startswith(w, start - len(w)) for w in _ROC_COMPARED_BEFORE)
        or s.startswith(_ROC_COMPARED_AFTER, end)
        or (start > 0 and s[start - 1] in "(（" and s[end : end + 1] in (")", "）"))
    ):
        return True
    # 108年僅完成1,030輛: a bare 3-digit year in a text that writes ROC dates nearby
    lo = max(0, start - _ROC_CONTEXT)
    return _ROC_DATE.search(s, lo, min(len(s), end + _ROC_CONTEXT)) is not None


#: 零下 (below zero) right before a temperature: 零下3度, 零下 11.4℃.
_BELOW_ZERO = re.compile(r"零下 ?$")


def _temperature_minus(s: str, i: int, last_end: int) -> bool:
    """``-`` (or ``−``) between a Chinese word and the digits of a temperature at ``i`` is its
    minus sign: 最低气温-11.4℃, 平均气温−3.2℃ (a range dash needs a figure before it)."""
    return (
        i >= 2
        and s[i - 1] in "-−"
        and last_end != i - 1
        and CJK_UNIT_PATTERN.match(s[i - 2]) is not None
    )


#: A written sign opening the second end of a range: a minus (``~-5``, ``—−3.1``; the text's
#: normalisation writes −/－ as ``-``) or 零下 (``至零下5度``).
_SECOND_END_SIGN = re.compile(r"-(?=[0-9])|零下 ?(?=[0-9一二两三四五六七八九十])")


def _signed_end(s: str, k: int) -> tuple[bool, int]:
    """Does the second end of a range, at ``k`` after its separator, carry its own minus
    (``-10~-5℃``, ``-10到-5℃``, ``零下10至零下5度``)?  Returns it and where its digits start."""
    m = _SECOND_END_SIGN.match(s, k)
    return (True, m.end()) if m is not None else (False, k)


def _signed_ends(
    s: str,
    num: _Num,
    ends: tuple[Decimal, Decimal],
    signs: tuple[bool, bool, bool],
    temperature: bool,
) -> tuple[Decimal, Decimal, bool, bool] | None:
    """The ends of a range ``lo``–``hi`` (unsigned magnitudes) with the signs written on them:
    ``(low, high, signed, unsure)``, or ``None`` when neither end has a sign.

    A written sign belongs to its own end (``-10~-5℃`` is −10 to −5, ``-3～2℃`` is −3 to
    2, ``零下10至零下5度`` is −10 to −5); with both ends signed the ends may be written in
    either order (``零下5至零下10度``, ``5~-3℃``) and are sorted.  A dash between a word
    and the first end (``变幅-3~5%``) is its minus only by position: where the second end has
    no sign of its own and the figure is no temperature (whose minus after a word is settled:
    ``气温-3~2℃``), the sign is flagged unsure.  零下 before the first end alone is left to
    the temperature rule (``零下5至10度``: both ends below zero, flagged).

    ``signs`` are the first end's settled minus (``为-3~5%``), a dash between a word and
    the first end, and the second end's own sign; ``temperature`` says the unit is one."""
    lo, hi = ends
    settled_minus, dash_word, second_minus = signs
    below_first = _BELOW_ZERO.search(s, max(0, num.start - 3), num.start) is not None
    neg1 = settled_minus or dash_word or (below_first and second_minus)
    if below_first and not (neg1 or second_minus) and lo > hi:
        # 零下0.6~0.5度: −0.6 to −0.5 or −0.6 to +0.5; both below zero, as 零下5至10度, flagged
        return -lo, -hi, True, True
    if not (neg1 or second_minus):
        return None
    low = -lo if neg1 else lo
    high = -hi if second_minus else hi
    if low > high and second_minus:
        low, high = high, low  # 5~-3℃: both ends written with their signs, in either order
    unsure = dash_word and not settled_minus and not second_minus and not temperature
    return low, high, True, unsure


def _is_temperature(s: str, start: int, end: int, unit: str | None) -> bool:
    """Is a figure at ``start``–``end`` with ``unit`` (as read before 度 is resolved) a
    temperature: ``℃``, or 度 after 气温/摄氏 (see :func:`_degree_unit`)?"""
    if unit == "度":
        return _degree_unit(s, start, end, None)[0] == "degC"
    return unit == "degC"


#: A figure and the word of its unit right before a dash (``2015年-``, ``1 日-``, ``5吨-``,
#: ``PM2.5浓度-``).
_FIGURE_WORD_BEFORE_DASH = re.compile(r"[0-9〇○] ?([\u3400-\u4dbf\u4e00-\u9fff]{1,2})$")
#: The figure after a dash, with its scale word (``-2020``, ``-10万``).
_FIGURE_AFTER_DASH = re.compile(r"[0-9]+(?:\.[0-9]+)? ?[万亿千百]?")
#: Words of dates and times: two figures with them make a span (``2020年1月-2021年6月``).
_DATE_WORDS = frozenset("年月日号號时時")


def _span_dash(s: str, i: int) -> bool:
    """Is the dash before the digits at ``i`` the middle of a span of two figures with their
    units (``2015年-2020年``, ``2020年1月-2021年6月``, ``5吨-10吨``, ``3个-5万个``), not a
    sign?

    A figure and its unit's word stand before the dash, and the figure behind the dash is
    followed by the same word, or both words are of dates (``1 月 1 日-12 月 31 日``);
    ``PM2.5浓度-3%`` is no span (浓度 is not written again)."""
    m = _FIGURE_WORD_BEFORE_DASH.search(s, max(0, i - 5), i - 1)
    after = _FIGURE_AFTER_DASH.match(s, i)
    if m is None or after is None:
        return False
    word = m.group(1)
    k = after.end()
    return s.startswith(word, k) or (word[0] in _DATE_WORDS and k < len(s) and s[k] in _DATE_WORDS)


def _minus_before(s: str, i: int, last_end: int, figure_end: int = -1) -> bool:
    """``-`` right before the digits at ``i`` is a minus sign: −6.97%, (-2.6%), 为-3,
    同比变化-2.6%, 偏多-3.2%, 距平-15%.

    One rule: a dash written right after a word (any CJK character but a Chinese numeral) or
    after punctuation, and right before the digits, is the figure's sign, whatever the word.
    It is no sign where a figure stands right before the dash: a hit or a skipped figure
    (a date, a code) ending there (``figure_end``), digits (``5-10``, ``GB 3095-2012``,
    ``第1-11批``), a Chinese numeral (``三-5``) or a figure and its unit's word
    (:func:`_span_dash`); a bullet (``- 5``) has a space before the digits and is never read.
    """
    if i == 0 or s[i - 1] != "-" or last_end == i - 1 or figure_end == i - 1:
        return False
    if i == 1 or s[i - 2] in _MINUS_AFTER or s[i - 2] in ENUMERATORS:
        return True
    c = s[i - 2]
    return (
        CJK_UNIT_PATTERN.match(c) is not None
        and c not in CHINESE_NUMERAL_CHARS
        and not _span_dash(s, i)
    )


#: A calendar year (4 digits, or a 3-digit ROC year) and 年 right before a dash: a year cell
#: of a table or ledger (``2019年-2.3%``), whose next figure may carry its own sign.
_YEAR_BEFORE_DASH = re.compile(r"(?<![0-9])(?:[0-9]{4}|1[0-9]{2})年-$")
#: The figure after such a dash when it is the other end of a span of years (2015年-2020,
#: 108年-112), by the length of the year before it (3 or 4 digits).
_YEAR_AFTER_DASH = {3: re.compile(r"1[0-9]{2}"), 4: re.compile(r"(?:19|20)[0-9]{2}")}


def _minus_after_year(s: str, i: int) -> bool:
    """Is the dash before the digits at ``i`` a minus after a year (``2019年-2.3%``,
    ``112年-1.5%``) rather than the middle of a span of years (``2015年-2020年``) or dates
    (``2020年-3月``)?  The figure after the dash is then signed, flagged ``ambiguous_sign``
    (a table may mean −2.3 %, a line may join the year to its figure with a dash)."""
    year = _YEAR_BEFORE_DASH.search(s, max(0, i - 7), i)
    if year is None or _span_dash(s, i):
        return False
    after = _FIGURE_AFTER_DASH.match(s, i)
    if after is None:
        return False
    k = after.end()
    # 2019年-2020年, 2020年-12月, 2015年-2020: a span of dates or years, never a sign
    other_year = _YEAR_AFTER_DASH[len(year.group()) - 2].fullmatch(after.group())
    return not (k < len(s) and s[k] in _DATE_WORDS) and other_year is None


def _degree_unit(s: str, start: int, end: int, multiplier: str | None) -> tuple[str, bool]:
    """度: kWh (用电, 度电, 万度), an angle (坡, 角) or a temperature (气温); else flagged."""
    w, _ = _window(s, start)
    after = s[end : end + 6]
    if "电" in w or after.startswith("电") or multiplier:
        return "度", False
    if any(c in w or c in after for c in "坡角倾"):
        return "degree", False
    if "温" in w or "温" in after or "摄氏" in w or "零下" in w:
        # 气温, 水温; 摄氏5度 (攝氏: Celsius named before the figure); 零下12度 (below zero)
        return "degC", False
    return "度", True


#: Places after 前/后 + a number + 个: the top or bottom of a ranking (前六个县市, 后10个城市).
_RANKED_PLACES = re.compile(r"(?:县市|城市|地市|省份|省市|县区|区县|国家|地区)")
#: After a number of hours, what makes it the averaging window of a metric's name
#: (8小時平均值, 一小时浓度, 日最大8小时滑动平均, 八小時93%高值, 24小時第98%值, 8小时第90百分位
#: 数), never a duration.
_WINDOW_AFTER_HOURS = re.compile(
    r"(?:平均|均值|浓度|濃度|滑动|滑動|第?[0-9]+(?:\.[0-9]+)?%高?值"
    r"|第?[0-9一二三四五六七八九十]+百分位)"
)
#: After a percentage, the statistic it names: 98%高值, 98%值 (the 98th-percentile value; the
#: fast path sends a figure followed by 高 or 值 here); 值得 is a verb (98%值得肯定).
_PERCENTILE_AFTER = re.compile(r"高?值(?!得)")
#: Words right before the count of a ranking's end: 相对较差的 20 位城市, 排名靠前的10位.
_RANK_WORD_BEFORE = re.compile(r"(?:较差|較差|较好|較好|最差|最好|排名|排位|靠前|靠后|靠後)的? ?$")
#: A rank's move from one place to another (排名由18位前进至第1位, 名次从12位下降到20位):
#: both ends are places in a ranking, not counts of people (位 is also the counter of people).
_RANK_NOUNS = r"(?:排名|名次|位次|排位)"
_RANK_FROM_BEFORE = re.compile(
    _RANK_NOUNS + r"(?:由|从|從)$"
    # 列全省56位, 居全市3位: a place written after a verb of standing and the ranked whole
    r"|(?:位列|位居|列|居|排)(?:全省|全市|全国|全國|全区|全區|全县|全縣)$"
)
_RANK_TO_BEFORE = re.compile(
    _RANK_NOUNS + r"(?:由|从|從)第?[0-9一二三四五六七八九十]+位?"
    r"(?:前进|前進|上升|提升|提高|下降|下滑|后退|後退|退|升|降)(?:至|到)$"
)
#: A tally of rises, falls and no changes (3升3降, 四降二平, 两升一降): 升 is no litre there,
#: and the numbers are counts of indicators left unnamed.
_TALLY_MEMBER = re.compile(r"[0-9一二三四五六七八九十两兩][升降平]")


def _rise_fall_tally(s: str, start: int, end: int) -> bool:
    """Is the one-character number ``s[start:end]`` with the 升, 降 or 平 after it one member
    of a tally (``3升3降``, ``2降1升``, ``四降一平一升``), next to another member?"""
    if end - start != 1 or _TALLY_MEMBER.match(s, start) is None:
        return False
    return _TALLY_MEMBER.match(s, start + 2) is not None or (
        start >= 2 and _TALLY_MEMBER.match(s, start - 2) is not None
    )


#: What may stand before a share of things that opens its clause: nothing, or 有 (另有67%以上
#:的民众对空气质量满意, 共有30%的企业).
_HAVE_BEFORE_SHARE = re.compile(r"(?:另|还|共|仍|则|也|亦)?有?")
#: The same after the place whose set the share divides (全国68.7%的行政村, 全省有85%的企业,
#: 江苏省30%的断面; the text is in simplified script here) or after the set and 中 (城市中76.1%
#: 的城市区域), when no verb stands between the place and the share (全市达到95%的水平 is a
#: level reached).
_PLACE_BEFORE_SHARE = re.compile(
    r"(?:全(?:国|省|市|县|区|州|盟|旗|镇|乡|球|世界)"
    r"|[^\d\s,，。;；:：、()（）%的]{1,8}?(?:省|市|县|区|州|盟|旗|镇|乡)"
    # or the set itself (its size may be written), then 中 ("among"): 113个重点城市中76.1%的城市
    # 区域, 其中30%的企业
    r"|(?:[^\d\s,，。;；:：、()（）%]{0,8}?[0-9]+个)?[^\d\s,，。;；:：、()（）%的]{1,12}?中)"
    r"(?:另|还|共|仍|则|也|亦)?有?"
)
#: What may open a clause before a share written straight before the noun of the set it
#: divides (92%建筑废物…, 去年75%污染热区…, 全省30%企业…): nothing, 有, a place or a year.
_OPENING_BEFORE_SHARE = re.compile(
    r"(?:(?:[0-9]{4}年|前年|去年|今年|上年|本年)(?:(?:至|到)(?:[0-9]{4}年|去年|今年|上年|本年))?)?"
    rf"(?:{_PLACE_BEFORE_SHARE.pattern}|{_HAVE_BEFORE_SHARE.pattern})"
)
#: The particle size of PM2.5 / PM10 with a figure glued right after it (PM2.5251.37公噸、
#: PM1012.3微克): no particle size has more digits, so the figure starts after the name.
_GLUED_AFTER_PARTICLE = re.compile(r"(2\.5|10)(?=[0-9])")
#: PM and a space before a number: the particle size of the name PM2.5 / PM10, never a figure.
_PARTICLE_NAME = re.compile(r"(?<![A-Za-z])[Pp][Mm] $")

#: An evaluative word before 一年: a year named as a stage of a plan (重要一年, 关键一年, 决胜
#: 一年, 不平凡的一年 is covered by 的), an article with a noun, not a duration.
_STAGE_YEAR_BEFORE = re.compile(
    r"(?:重要|关键|決定性|决定性|决胜|攻坚|收官|开局|起步|开篇|转折|奋进|丰收|不平凡|非凡|难忘)$"
)
#: Characters that make 一 part of a word (单一 single, 唯一 only, 同一 same, 统一 unified, 划一
#: uniform, 专一, 逐一 one by one): 呈单一年度上升 has no duration.
_ONE_IN_A_WORD_BEFORE = frozenset("单唯同统划专逐")
#: A superlative and 的 (or 之, Taiwan's) before 一年: the year of a record (最低的一年, 最好的一年,
#: 表现最佳之一年), a time.
_RECORD_BEFORE = re.compile(r"最[^0-9\s,，。;；、:：]{1,3}[的之]$")


#: 一度 before a word (一度让, 一度超过, 一度停摆): the adverb "once, for a time", not one degree
#: (电, 度电 and the contexts of :func:`_degree_unit` are read before this is tried).
_ONCE_ADVERB = re.compile(r"一度[\u4e00-\u9fff]")


def _point_in_time(s: str, num: _Num, unit: str, end: int) -> str:
    """Why the figure ``s[num.start:end]`` in 年, 月 or 日 names a point in time, not an amount
    (``""`` when it may be one): a day of every month (各回收站每月10日前完成上網), the year of
    a record (PSI>100比例最低的一年), the year before (從前一年的10件躍升至30件) and one month
    named after its month (8月一个月, 11市…); ``提前一年完成``, ``为期一个月`` stay amounts."""
    start = num.start
    if (
        unit == "日"
        and num.integer
        and not num.chinese
        and 1 <= num.value <= 31
        and s.endswith("每月", 0, start)
    ):
        return "a day of the month (每月10日前)"
    if not (num.chinese and num.value == 1 and num.multiplier is None):
        return ""
    if unit == "年" and _RECORD_BEFORE.search(s, max(0, start - 6), start):
        return "the year of a record (最低的一年)"
    if unit in _COUNTERS and _RECORD_BEFORE.search(s, max(0, start - 6), start):
        # 为各类别之陈情案件数最多的一项: "the one with the most", an article with its noun
        return "the one of a record (最多的一项)"
    if (
        unit == "年"
        and s.endswith("前", 0, start)
        and not s.endswith("提前", 0, start)
        and s.startswith("的", end)
    ):
        return "the year before (前一年的)"
    if unit == "月" and start > 1 and s[start - 1] == "月" and s[start - 2].isdigit():
        return "a month named after its month (8月一个月)"
    return ""


def _period_of_reference(s: str, num: _Num, end: int) -> str:
    """Why the number of years or months ``s[num.start:end]`` names a period, not an amount
    (``""`` when it may be one): a point in time counted back (较5年前, 2、3年前), the span of
    earlier years whose same period a figure is compared with (达到近4年同期最低, 近五年1-10月
    同期) and years compared (比较两年度).  A duration stays (近五年来, 为期3年, 提前一年)."""
    if _COUNTED_BACK_AFTER.match(s, end):
        return "a point in time counted back (5年前)"
    start = num.start
    if _SPAN_BEFORE_SAME_PERIOD.search(s, max(0, start - 1), start) and _SAME_PERIOD_AFTER.match(
        s, end
    ):
        return "the reference period of a comparison (近4年同期)"
    if _COMPARED_YEARS_BEFORE.search(s, max(0, start - 3), start) and _COMPARED_YEARS_AFTER.match(
        s, end
    ):
        return "the years compared (比较两年度)"
    return ""


def _measured_after_name(s: str, i: int) -> bool:
    """``NOx 86.72公噸``, ``SOx 10.56公噸``: after a name of letters and a space, a number
    with a unit of measure (not a counter) is the named substance's figure; ``GB 3095-2012``,
    ``ISO 14001认证``, ``HJ 633`` stay parts of names, and so does the particle size after
    ``PM`` (``PM 2.5 年均浓度``, ``PM 10``: a PDF copy's space inside PM2.5).  After an
    English word (four letters or more, not all capitals: ``再者為 Email 297 件次``, ``經由
    Line 12件``) a counter counts too: such a word is a channel or a topic, not the code of a
    standard or a substance (``GB 3095``, ``ISO 14001``, ``NOx``)."""
    if _PARTICLE_NAME.search(s, max(0, i - 4), i):
        return False
    num = _number(s, i)
    if num is None:
        return False
    unit = _parse_unit(s, num.end, True)
    if unit is None:
        return False
    return (
        unit.unit not in _COUNTERS or _ENGLISH_WORD_BEFORE.search(s[max(0, i - 40) : i]) is not None
    )


#: The name of an air-quality index then one space (``AQI 101~150``, ``IAQI 51-100``).
_INDEX_NAME_SPACE = re.compile(r"(?<![A-Za-z])(?:AQI|IAQI|AQHI|PSI|API) $")


def _index_band_after_name(s: str, i: int) -> bool:
    """``(AQI 101~150)``, ``AQI 51-100``: after an index's name and a space, digits opening a
    range are a band of the index's values (read whole by :func:`_index_range`), not a part
    of a name as ``GB 3095-2012`` or ``ISO 14001`` (no index name before them)."""
    if _INDEX_NAME_SPACE.search(s, max(0, i - 6), i) is None:
        return False
    num = _number(s, i)
    if num is None or num.percent is not None:
        return False
    sep_end = _range_separator(s, num.end)
    other = _number(s, sep_end) if 0 < sep_end < len(s) and s[sep_end].isdigit() else None
    # the whole band or nothing: a band the range reader would not close is left to the
    # name rule (never its low end alone)
    return other is not None and _index_range(s, num, other)


#: An English word then one space (``Email ``): letters, not all capitals, four or more.
_ENGLISH_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*[a-z])[A-Za-z]{4,} $")


#: The counters of things (not of time) and the longest of them, written between a count and
#: a parenthesis after it (17件(+1)).
_COUNTER_SET = frozenset(_COUNTERS).difference(_TIME_UNITS)
_COUNTER_BEFORE_PAREN = max(map(len, _COUNTER_SET))


def _count_before_paren(s: str, paren: int, end: int) -> str | None:
    """The counter of the count that ends at the parenthesis ``paren`` (``17件(`` → 件), when
    the parenthesis closes right at ``end`` after a bare number; else None."""
    if paren < 2 or s[paren] not in "(（" or s[end : end + 1] not in (")", "）"):
        return None
    k = paren
    while k > 0 and paren - k < _COUNTER_BEFORE_PAREN and not s[k - 1].isdigit():
        k -= 1
    if k == paren or k == 0 or not s[k - 1].isdigit():
        return None
    unit = _parse_unit(s, k, True)
    if unit is None or unit.end != paren or unit.unit not in _COUNTER_SET:
        return None
    return unit.unit


#: A signed increment in brackets between a count and its counter: ``372(+1)件``.
_BRACKETED_INCREMENT = re.compile(r"[(（][+＋][0-9]{1,3}[)）]")


def _count_after_increment(s: str, end: int) -> tuple[str, int] | None:
    """The counter and its end after a bare number at ``end`` followed by a signed increment
    in brackets (``372(+1)件``, ``88（+1）件``): the count is N, and M more shared with
    another place (N + M with them); else None."""
    m = _BRACKETED_INCREMENT.match(s, end)
    if m is None:
        return None
    unit = _parse_unit(s, m.end(), True)
    if unit is None or unit.unit not in _COUNTER_SET:
        return None
    return unit.unit, unit.end


def _match(
    s: str, i: int, extract: bool, last_end: int = -1, figure_end: int = -1
) -> tuple[_Hit | None, int, _Skip | None]:
    n = len(s)
    prev = s[i - 1] if i > 0 else ""
    is_arabic = s[i].isdigit() and s[i].isascii()
    # names with digits: PM2.5, O3, SO2, GB 3095, COD (Arabic digits only: A、B、C三等级
    # counts the grades of a list of letters)
    if (prev and prev.isascii() and prev.isalpha() and is_arabic) or (
        prev == " "
        and i > 1
        and s[i - 2].isascii()
        and s[i - 2].isalpha()
        and is_arabic
        and not _measured_after_name(s, i)
        and not _index_band_after_name(s, i)
    ):
        end = _skip_run(s, i)
        if (m := _GLUED_AFTER_PARTICLE.match(s, i)) is not None and s.endswith(("PM", "pm"), 0, i):
            # PM2.5251.37公吨: the name's size, then a figure glued to it (a lost space)
            end = m.end(1)
        return None, end, _Skip(i, end, "part of a name with letters (PM2.5, O3, GB 3095)")
    if prev == "." and is_arabic and i > 1 and s[i - 2].isdigit():
        end = _skip_run(s, i)
        return None, end, _Skip(i, end, "malformed number")
    if (
        (prev == "-" or (prev == "_" and _WINDOW_AFTER_UNDERSCORE.match(s, i)))
        and is_arabic
        and _NAME_BEFORE_HYPHEN.search(s, max(0, i - 8), i - 1)
    ):
        # O3-8h, PM2.5-24h: a metric's name and its averaging window (O3_8h, O3_8hr: an
        # underscore joins a window in hours as a hyphen does, parser round 47; TSP_11,560公斤
        # is a name, then its value)
        end = _skip_run(s, i)
        return None, end, _Skip(i, end, "part of a name with letters (O3-8h)")
    if extract and is_arabic and prev in "/(" and (cell := _exceedance_cell(s, i)) is not None:
        return cell, cell.end, None
    if prev == "^" or (prev == "/" and is_arabic):
        end = _skip_run(s, i)
        return None, end, _Skip(i, end, "an exponent, footnote mark or denominator")
    if is_arabic and prev in "(（" and (dated := _dates_of_a_value(s, i)) > 0:
        return None, dated, _Skip(i, dated, "the dates of a value in parentheses (35.8 (5/29))")
    # a month/day pair (_MONTH_DAY) writes its slash after a month of one or two digits: no
    # slash there, neither month/day reader below can match
    month_day = is_arabic and s.find("/", i + 1, i + 3) > 0
    if month_day and (listed := _month_day_list_end(s, i)) > 0:
        return None, listed, _Skip(i, listed, "a list of month/day dates (2/22、3/25及7/29)")
    if (
        month_day
        and (until := _UNTIL_MONTH_DAY.match(s, i)) is not None
        and _YEAR_UNTIL_BEFORE.search(s, max(0, i - 12), i)
    ):
        return None, until.end(), _Skip(i, until.end(), "a month/day ending a period (至 12/19)")
    # dates and years (match_date only where a date can start: a 4-digit run, or a number
    # followed by a date word or a range/date separator)
    d_end = match_date(s, i) if _may_be_date(s, i, is_arabic) else -1
    if d_end < 0:
        d_end = _mixed_year_end(s, i)
    if d_end > 0:
        return None, d_end, _Skip(i, d_end, "a date or calendar year (see parse_period)")
    if is_arabic and (glued := _GLUED_DATE.match(s, i)) is not None:
        d_end = match_date(s, glued.end())
        if d_end > 0:
            return None, d_end, _Skip(i, d_end, "a page or issue number glued to a date")
    if is_arabic and _CLOCK_BEFORE_SECONDS.search(s, max(0, i - 6), i):
        # 发布时间:2024-08-22 17:16:01人气: the seconds of a time of day, whatever follows
        end = _skip_run(s, i)
        return None, end, _Skip(i, end, "the seconds of a time of day (17:16:01)")
    if is_arabic and (serial_end := _hyphenated_run_end(s, i)) > 0:
        # 0975-765-592臺北市: three or more groups of digits joined by hyphens are a telephone
        # or serial number (a date is read just before; a range has two ends)
        return None, serial_end, _Skip(i, serial_end, "a telephone or serial number")
    if s[i] == "一" and (freq := ONE_PERIOD_FREQUENCY.match(s, i)) is not None:
        end = freq.end(1)  # 一年陈情3次以上: the period of a frequency (次/年), no duration
        return None, end, _Skip(i, end, "the period of a frequency (一年陈情3次)")
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
            qualifier=QUALIFIER.EXACT, kind=KIND.CHANGE_RELATIVE, sign=0, baseline=None,
            multiplier=None, own_verb=True,
        )  # fmt: skip
        return hit, i + 3, None
    if s[i] in DIGIT_COUNT_FIRST and (digit_sign := _digit_count_change(s, i)):
        # 双位数跌幅, 两位数的增长: a vague relative change of 10–99 %, the noun's direction
        lo, hi = DIGIT_COUNT_RANGE
        ends = (lo, hi) if digit_sign > 0 else (-hi, -lo)
        hit = _Hit(
            start=i, end=i + 3, cover_start=i, cover_end=i + 3, value=None, low=ends[0],
            high=ends[1], unit="%", qualifier=QUALIFIER.RANGE, kind=KIND.CHANGE_RELATIVE,
            sign=digit_sign, baseline=None, multiplier=None, own_verb=True,
            flags=[FLAG.VAGUE, FLAG.RANGE],
        )  # fmt: skip
        return hit, i + 3, None
    half_end = _half_share(s, i) if s[i] in HALF_SHARE_FIRST else -1
    if half_end > 0:
        return _half_hit(s, i, half_end), half_end, None
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
    minus = is_arabic and _minus_before(s, i, last_end, figure_end)
    if is_arabic and not minus and _minus_after_year(s, i):
        # 2019年-2.3%: a year cell, then a signed figure; the dash may also join them: flagged
        minus = True
        flags.append(FLAG.AMBIGUOUS_SIGN)
    # a minus after a word outside the settled list (变化-2.6%): the figure's sign, but where
    # it opens a range the dash may join the word to the range (flagged, see _signed_ends)
    word_minus = minus and i > 1 and s[i - 2] not in _MINUS_AFTER and s[i - 2] not in ENUMERATORS
    plus = is_arabic and prev == "+" and (i == 1 or s[i - 2] == "(")
    # 公共机构(+12%), (-3.5%): a written sign in parentheses after a word is a change
    paren_sign = (plus or (minus and i > 1 and s[i - 2] == "(")) and not (
        i > 2 and (s[i - 3].isdigit() or s[i - 3] == "(")
    )
    if is_arabic and not num.grouped and i > 1 and s[i - 2].isdigit() and prev in ", ":
        flags.append(FLAG.AMBIGUOUS_SEPARATOR)  # 1,28 / 12345,678 / 1 28: never guessed
    j = num.end
    unit_info: _Unit | None = None
    if num.percent is None and not num.fraction:
        unit_info = _parse_unit(s, j, not num.chinese)
    if (
        unit_info is not None
        and num.chinese
        and unit_info.unit in _NAME_COUNTERS
        and CJK_UNIT_PATTERN.match(prev) is not None
        and prev not in _COUNT_BEFORE
        and not _after_place_count(s, i, unit_info.unit)
        and not _counts_named_before(s, i, unit_info.unit, num.value)
    ):
        # 斗六站, 第三站, 新三区: a Chinese numeral inside a word + 站/区 is a name
        return None, unit_info.end, _Skip(i, unit_info.end, "a numeral in a name (斗六站)")
    if (
        unit_info is not None
        and unit_info.unit == _CUBIC_METRE_WORD
        and num.multiplier is None
        and (_list_as_long_before(s, i, num.value) or _parties(s, num, unit_info.end))
    ):
        # 针对固定、移动、逸散污染源3方下手: after a list of as many names, 方 counts its
        # sides (方面), not cubic metres
        unit_info = _Unit(_SIDES_COUNTER, unit_info.end)
    # range: 3-5年, 85%-95%, 三至五年
    low = high = None
    qualifier: Qualifier | None = None
    index_range = False
    # a range whose ends carry their own signs (气温-10~-5℃, 零下10至零下5度): its ends are
    # signed here and the single-figure sign rules below leave them alone
    signed_range = False
    dash_first = is_arabic and not minus and not plus and _temperature_minus(s, i, last_end)
    if num.vague is not None:
        low, high = num.vague
        qualifier = QUALIFIER.RANGE
    k = unit_info.end if unit_info is not None else j
    if (
        unit_info is None
        and num.percent is None
        and s.startswith("倍", k)
        and _range_separator(s, k + 1) > 0
    ):
        k += 1  # 1倍至1.5倍: a range of multiples with 倍 written on both ends
    sep_end = _range_separator(s, k)
    # 1200元以上至10万元以下, 一二○○元以上至十萬元以下: a band with both bounds inside, its
    # ends joined by 至, is one range when the second end closes with 以下 (checked below)
    bounded = sep_end < 0 and (sep_end := _bound_pair_separator(s, k)) > 0
    if (
        sep_end > 0
        and unit_info is not None
        and s[sep_end - 1] in "至到"
        and _prefix(s, num.start - 1 if minus else num.start).verb
        and not _relative_change_range(s, num.start, unit_info.unit, sep_end)
    ):
        sep_end = -1  # 减少19日至270日: a change by 19 days to a level of 270, not a range
    if (
        sep_end > 0
        and not num.fraction
        and not num.product
        and num.inner is None
        and num.vague is None
    ):
        other_neg, k2 = _signed_end(s, sep_end)
        other = (
            _number(s, k2)
            if k2 < n and (s[k2].isdigit() or s[k2] in CHINESE_NUMERAL_CHARS)
            else None
        )
        if (
            other is not None
            and not other.fraction
            and other.vague is None
            and (other.chinese == num.chinese)
        ):
            other_unit = None
            borrowed = False
            if other.percent is None:
                other_unit = _parse_unit(s, other.end, not other.chinese)
            u1 = unit_info.unit if unit_info else num.percent
            u2 = other_unit.unit if other_unit else other.percent
            if u2 is None and u1 is None and s.startswith("倍", other.end):
                u2 = ""  # 6到10倍: a range of multiples (倍 is read below)
            elif (
                u2 is None
                and u1 is None
                and num.multiplier is None
                and 0 < num.value <= 10
                and other.end < n
                and _multiple_word(s, other.start, other, other.end) == "成"
            ):
                u2 = ""  # 三至四成: a range of tenths (成 is read below), 30–40 %
            elif (
                u2 is None
                and u1 is None
                and (
                    _index_range(s, num, other) or (not extract and num.start == 0 == n - other.end)
                )
            ):
                # 空气质量指数范围为19~101: the index's values (dimensionless); parse_quantity
                # reads a bare 51~100 as the same range
                u2 = ""
                index_range = True
            elif (
                u2 is None
                and u1 in ("%", "‰")
                and other.multiplier is None
                and _between(s, num.start, other.end)
            ):
                u2 = u1  # 介於0.49%至6.15: the % written on the first end only
                borrowed = True
            elif (
                u2 is None
                and other_unit is None
                and num.chinese
                and num.percent is not None
                and other.multiplier is None
                and s[sep_end - 1] in "至到"
                and not s.startswith(_DATE_AFTER_RANGE, other.end)  # 百分之五至十月: a month
            ):
                # 百分之七至十, 千分之三到五: 百分之 opens the range and holds for both ends, as
                # in 七至十倍 the unit written once after it does
                u2 = u1
                borrowed = True
            if (
                u2 is not None
                and (u1 is None or u1 == u2)
                and (
                    not bounded
                    or (
                        u2 in _BAND_UNITS
                        and s.startswith(_UPPER_BOUND, other_unit.end if other_unit else other.end)
                    )
                )
            ):
                lo_v, hi_v = num.value, other.value
                if num.multiplier is None and other.multiplier and u1 is None:
                    lo_v = lo_v * SCALE_WORDS[other.multiplier]
                signed = _signed_ends(
                    s,
                    num,
                    (lo_v, hi_v),
                    (minus and not word_minus, dash_first or word_minus, other_neg),
                    _is_temperature(s, i, other.end, u2 or u1),
                )
                if signed is not None:
                    lo_v, hi_v, signed_range, unsure_sign = signed
                    if unsure_sign:
                        flags.append(FLAG.AMBIGUOUS_SIGN)
                    minus = minus or (signed_range and dash_first)
                if lo_v <= hi_v:
                    low, high = lo_v, hi_v
                    qualifier = QUALIFIER.RANGE
                    unit_info = other_unit
                    if other.percent is not None:
                        num.percent = other.percent
                    elif borrowed:
                        num.percent = u2
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
    elif index_range and qualifier is QUALIFIER.RANGE:
        unit = DIMENSIONLESS
        end = num.end
    else:
        unit = None
        end = num.end
        if paren_sign and (counted := _count_before_paren(s, i - 2, end)) is not None:
            # 太原市17件(+1): a signed bare number in parentheses right after a count is the
            # change of that count, in its counter (the counter is not written twice)
            unit = counted
            flags.append(FLAG.SHARED_UNIT)
    value: Decimal | None = None if qualifier is QUALIFIER.RANGE else num.value
    if unit_info is not None and unit_info.half and value is not None:
        value = value + Decimal("0.5")
    elif unit_info is not None and unit_info.half and high is not None:
        high = high + Decimal("0.5")  # 一至两年半: the half belongs to the upper end
    # years, dates, anniversaries, rankings and plan names are not quantities
    if (
        unit == "年"
        and num.integer
        and value is not None
        and 1900 <= value <= 2100
        and qualifier is None
    ):
        return None, end, _Skip(i, end, "a calendar year (see parse_period)")
    if (
        unit == "a"
        and num.integer
        and value is not None
        and 1900 <= value <= 2100
        and end - num.start == 5
        and (end == n or not s[end].isalpha())
    ):
        # (行政院环保署,1998a,b): a year of publication with its letter in a citation, never
        # 1998 years
        return None, end, _Skip(i, end, "a year of a citation (1998a)")
    if unit == "年" and qualifier is None and _ABBREVIATED_YEAR.fullmatch(s, num.start, num.end):
        # 09年全国环境质量状况, 08年以来: a year written with two digits and its leading zero
        return None, end, _Skip(i, end, "an abbreviated calendar year (09年)")
    if unit == "年" and end < n and s[end] == "代" and (num.integer or num.chinese):
        # 90年代, 上世纪八十年代末, 20世纪70～80年代: a decade, a point in time
        return None, end + 1, _Skip(i, end + 1, "a decade (90年代)")
    whole = num.integer or (
        num.chinese
        and num.multiplier is None
        and all(v is None or v % 1 == 0 for v in (value, low, high))
        and (value is not None or low is not None)
    )
    if unit == "年" and whole and _roc_year(s, num.start, end, value, low, high):
        return None, end, _Skip(i, end, "a year of the ROC calendar (109年8月底)")
    if unit == "年" and any(s.startswith(w, end) for w in _PLAN_NAME_AFTER_YEARS) and extract:
        return None, end, _Skip(i, end, "part of a plan name (三年行动计划)")
    if (
        unit in ("小时", "h")
        and (
            s[max(0, num.start - 2) : num.start] in ("最大", "臭氧")
            or (num.chinese and _NAME_BEFORE_HYPHEN.search(s, max(0, num.start - 8), num.start))
            or (
                num.start > 1
                and s[num.start - 1] == " "
                and _NAME_BEFORE_HYPHEN.search(s, max(0, num.start - 9), num.start - 1) is not None
            )
        )
        and extract
    ):
        # 日最大8小时, O3八小时第93%值, 臭氧八小时, PM2.5 24小时累积 (as O3-8h): the averaging
        # window of a metric's name
        return None, end, _Skip(i, end, "an averaging window (日最大8小时, O3八小时)")
    if unit in ("小时", "h") and _WINDOW_AFTER_HOURS.match(s, end) and extract:
        # 8小時平均值不多於160微克, 一小時濃度, 八小時93%高值: the averaging window of a
        # concentration or a statistic is part of the metric's name, not a duration
        return None, end, _Skip(i, end, "an averaging window (8小时平均值, 一小时浓度)")
    if (num.percent is not None or unit == "%") and _PERCENTILE_AFTER.match(s, end) and extract:
        # 最大小時98%高值, 24小時累積第98%高值, 98%值雖與去年持平: the percentile that names
        # a statistic
        return None, end, _Skip(i, end, "a percentile naming a statistic (98%高值)")
    if (
        unit in ("升", None)
        and qualifier is None
        and _rise_fall_tally(s, num.start, num.end)
        and extract
    ):
        # 6项污染物平均浓度同比3升3降, 四降二升: a tally of pollutants rising and falling
        return None, end, _Skip(i, end, "a tally of rises and falls (3升3降)")
    if (
        (unit in ("年", "月", "日") or unit in _COUNTERS)
        and extract
        and (why := _point_in_time(s, num, unit, end))
    ):
        return None, end, _Skip(i, end, why)
    if (
        unit == "位"
        and _RANKED_PLACES.match(s, end + (s[end : end + 1] == " "))
        and _RANK_WORD_BEFORE.search(s, max(0, num.start - 8), num.start)
        and extract
    ):
        # 空气质量相对较差的 20 位城市依次是, 排名靠前的10位城市: the ends of a ranking
        return None, end, _Skip(i, end, "a ranking (较差的20位城市)")
    if (
        unit == "位"
        and extract
        and (
            _RANK_FROM_BEFORE.search(s, max(0, num.start - 6), num.start)
            or _RANK_TO_BEFORE.search(s, max(0, num.start - 20), num.start)
        )
    ):
        # 排名由18位前进至第1位, 名次从12位下降到20位: the places of a rank's move
        return None, end, _Skip(i, end, "a place in a ranking (排名由18位前进至第1位)")
    if (
        unit in ("年", "月")
        and qualifier is None
        and value is not None
        and s.startswith(("平均", "均值"), end)
        and not (prev and prev in "近前")
        and not s.endswith("过去", 0, num.start)
        and extract
    ):
        # 比较十年平均及三年平均, 三年平均收入较十年平均值: the window of a mean, a metric's name
        # (as 日最大8小时); 近三年平均 keeps the span of time
        return None, end, _Skip(i, end, "an averaging window (三年平均, 十年平均值)")
    if (
        unit in ("年", "月")
        and qualifier is None
        and _COMPARED_PERIOD_BEFORE.search(s, max(0, num.start - 4), num.start)
        # 與過去10年(88~97年)成長率…相較: a span whose years are written out after it is
        # stated as a length of time, a duration (the guide's 近三年)
        and not _YEARS_OF_SPAN_AFTER.match(s, end)
        and extract
    ):
        return None, end, _Skip(i, end, "the reference period of a comparison (相较前五年)")
    if (
        unit in ("年", "月")
        and qualifier is None
        and extract
        and (why := _period_of_reference(s, num, end))
    ):
        return None, end, _Skip(i, end, why)
    if (
        prev
        and prev in "前后头末"
        and s[i - 2 : i] != "前后"
        and (
            unit in ("位", "名", "批", "批次")
            or (end < n and s[end] in "强甲")
            or (unit == "个" and _RANKED_PLACES.match(s, end) is not None)
        )
    ):
        # 前三位, 前10名, 头两位, 最末三名: a ranking; 前二十批, 前十五批次 (信访件): the
        # first batches, numbers of batches; 前六个县市: the first places of a ranking
        return None, end, _Skip(i, end, "a ranking (前三位, 前10名, 前二十批)")
    if prev == "前" and unit == "月" and s[i - 2 : i] != "提前" and extract:
        # 今年前5个月 (like 前8月, 1-5月): the months of a year so far, a period
        return None, end, _Skip(i, end, "a period of the year (前5个月)")
    if prev == "后" and unit == "月" and s[max(0, i - 3) : i - 1] in _YEARS_NAMED and extract:
        # 今年后3个月, 明年後兩個月: the last months of a named year, a period ahead (整改后3个月内
        # stays a duration: no year is named)
        return None, end, _Skip(i, end, "a period of the year (今年后3个月)")
    if num.fraction:
        unit = DIMENSIONLESS
        if unit_info is None and end < n:
            # 35/40个断面: the counter names what is counted; the figure is the fraction
            cu = _parse_unit(s, end, True)
            if cu is not None and cu.unit in _COUNTERS:
                end = cu.end
    if unit == "度":
        unit, unsure = _degree_unit(s, i, end, num.multiplier)
        if unsure and _ONCE_ADVERB.match(s, i, end + 1) and num.chinese and num.value == 1:
            # 一度让行政体系面临瘫痪, 一度超过: the adverb "once, for a time" before a verb
            return None, end, _Skip(i, end, "an adverb (一度: once)")
        if unsure:
            flags.append(FLAG.AMBIGUOUS_UNIT)
    if unit == "人" and COMMENT_COUNTER_AFTER.match(s, end):
        # 已有0人发表了评论: a web page's counter of comments, no figure of the text
        return None, end, _Skip(i, end, "a page's comment counter (0人发表了评论)")
    multiple = ""
    if unit is None and num.percent is None and not num.fraction and end < n:
        multiple = _multiple_word(s, i, num, end)
        if multiple:
            end += 1
        if multiple == "成" and end < n and value is not None and _tenth_after(s, end, is_arabic):
            # 八成五 = 85 %, 4成2 = 42 %: a digit after 成 is the next tenth (Arabic after an
            # Arabic number, one digit alone); before a counter or a numeral (八成五家) the
            # reading is in doubt and flagged
            value += Decimal(CHINESE_DIGITS.get(s[end]) or int(s[end])) / 10
            end += 1
            if end < n and not (s[end] in _CLAUSE_DELIMITERS or s[end] in "以左的 "):
                flags.append(FLAG.SUSPECT_NUMBER)
    if (
        multiple == "倍"
        and s.startswith(("有多", "有余"), end)
        and (end + 2 >= n or s[end + 2] not in _HOW_MUCH_AFTER)
    ):
        # 上海的两倍有多: "two times and more", as 两倍多 (not 有多少, "how many")
        num.inner = num.inner or QUALIFIER.MORE_THAN
        end += 2
    elif (
        multiple == "成"
        and s.startswith(("多", "余", "餘"), end)
        and (end + 1 >= n or s[end + 1] not in _HOW_MUCH_AFTER)
    ):
        # 佔一成多, 三成余: "a tenth and more", more_than; 多 stays outside the span (as the
        # tenth after 成 in 八成五 would not)
        num.inner = num.inner or QUALIFIER.MORE_THAN
    # suffix qualifiers
    suffix_q, end2 = _suffix(s, end, unit)
    if suffix_q is not None:
        end = end2
    inner_q = num.inner or (unit_info.qualifier if unit_info else None)
    below_zero = False
    if unit == "degC" and not minus and not plus and not signed_range:
        # 最低气温-11.4℃: a dash between a word and a temperature is its minus sign (no figure
        # stands before it to open a range); 零下3度 and 零下五度 are below zero too
        minus = is_arabic and _temperature_minus(s, i, last_end)
        below_zero = (
            not minus and _BELOW_ZERO.search(s, max(0, num.start - 3), num.start) is not None
        )
        if qualifier is None and i >= 2 and s[i - 1] == "-" and s[i - 2].isdigit():
            # 气温5-3℃: a dash between two figures that make no range (5 > 3) is a range
            # written high to low or the minus of −3 with its separator lost; never guessed
            flags.append(FLAG.AMBIGUOUS_SIGN)
    start = num.start - 1 if (minus or plus) else num.start
    pre = _prefix(s, start)
    # combine qualifiers
    if qualifier is None:
        # 近三年 ("the last three years") is ``nearly`` too, as the corpus guide labels it: the
        # span is a duration written with 近 like any other figure
        prefix_q = pre.qualifier
        if prefix_q is QUALIFIER.NEARLY and inner_q is QUALIFIER.MORE_THAN and unit in _TIME_UNITS:
            # 近10余年来, 近二十多年: "nearly" and "more than" cannot both bound one span, so
            # 近 is "the last" here and the span is more than N
            prefix_q = None
        qualifier = _stronger(_stronger(prefix_q, inner_q), suffix_q)
        qualifier = qualifier or QUALIFIER.EXACT
        if (
            prefix_q in (QUALIFIER.AT_MOST, QUALIFIER.AT_LEAST)
            and prefix_q is qualifier
            and _SUPERLATIVE_BEFORE.search(s, max(0, start - 3), start)
            and _SUPERLATIVE_LIST_AFTER.match(s, end)
        ):
            # 民雄鄉最多130件(22.1%)，其次為…: the largest of a breakdown, the figure itself
            qualifier = QUALIFIER.EXACT
    # rate and per-unit wording
    per_capita = (
        _per_capita_daily(s, start)
        if unit in _PER_CAPITA_UNITS and not pre.rate and pre.per in (None, "人")
        else None
    )
    if per_capita is not None:
        # 每人每日弃置1.41公斤: 公斤/日; 每人每年…3,916立方公尺: 立方米/年 (per capita)
        pre.rate, pre.per = _per_capita_period(per_capita), None
    if unit in _PER_PERIOD_UNITS and not pre.rate and not pre.per:
        m = _AVERAGE_RATE.search(_list_window(s, start))
        if m is not None and (
            unit in _AMOUNT_UNITS
            # areas and counts: a mean per period (年均, 每小时平均) or a processing rate
            # (年处理), not a mean of a level (年均浓度) nor a bare 每年 (每年新增造林2万亩)
            or not (
                _PERIOD_MEAN.search(m.group())
                or (
                    m.group(1)
                    and "平均" not in m.group()
                    # 每日尖峰用量最高達2萬人次: a daily peak is per day too
                    and not _PERIOD_PEAK.search(m.group())
                )
            )
        ):
            pre.rate = _RATE_WORDS[m.group(1) or m.group(2) or m.group(3)]
    if unit == "次" and not pre.rate and not pre.per:
        m = _FREQUENCY.search(_list_window(s, start))  # 每月采、放样各一次: 次/月
        if m is not None:
            # 每年监测1次: 次/年; 每季…1次: 次/季度; 一年陈情3次: 次/年
            pre.rate = FREQUENCY_PERIODS[m.group(1) or m.group(2)]
    if unit is not None and unit not in _SHARE_UNITS and unit not in ("百分点", DIMENSIONLESS):
        if pre.rate and not (unit_info and unit_info.has_time_denominator):
            unit = f"{unit}/{pre.rate}"
        elif pre.per and "/" not in unit:
            unit = f"{unit}/{pre.per}"
    # kind and sign
    written_sign = -1 if minus else 1
    sign = 0
    baseline = None
    if value is not None and (minus or below_zero):
        value = -value
    if low is not None and high is not None and below_zero:
        # 零下5至10度: both ends below zero, as such ranges are mostly meant; −5 to +10 is
        # possible too (a crossing is mostly written 零下5度至10度), so the sign is flagged
        low, high = -high, -low
        flags.append(FLAG.AMBIGUOUS_SIGN)
    elif low is not None and high is not None and minus and not signed_range:
        # -5-10℃: the minus is the low end's own; -(5-10) is never written
        low = -low
        if low > high:  # pragma: no cover - a low end above the high one
            low, high = high, low
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
    elif num.fraction and not (pre.verb and pre.sign != 0 and unit == DIMENSIONLESS):
        kind = KIND.RATIO
    elif pre.verb:
        kind = KIND.CHANGE_RELATIVE if unit in _SHARE_UNITS else KIND.CHANGE_ABSOLUTE
        if num.fraction:
            # 比全国平均浓度低三分之一, 减少四分之一: a fraction after a verb of change is a
            # relative change (of the measure), not a share of a whole
            kind = KIND.CHANGE_RELATIVE
        sign = pre.sign * written_sign
        if pre.sign < 0 and minus:
            flags.append(FLAG.SIGN_CONFLICT)  # 下降-2%: a double negative
        if pre.sign == 0 and (unit in _COUNTERS or unit in _AREA_UNITS) and not minus:
            # 改善398座, 持续改善 202个城市, 改善现有43公顷的园景区: an evaluative verb names
            # what was done to the things counted or the area (398 improved, 43 ha improved),
            # it does not change their number or extent
            kind, sign = KIND.LEVEL, 0
            pre.verb, pre.span_start = False, start
        elif pre.sign == 0:
            flags.append(FLAG.AMBIGUOUS_SIGN)  # 改善10.3%: up or down depends on the indicator
        if unit == "%" and _RATE_SUBJECT.search(_window(s, start)[0]):
            flags.append(FLAG.AMBIGUOUS_UNIT)  # 达标率比上年提高2.7%: percent or points?
        baseline = pre.baseline
        if pre.sign < 0:
            if value is not None:
                value = -abs(value) if not minus else abs(value)
            if low is not None and high is not None:
                low, high = -high, -low
    elif paren_sign and unit is not None and unit not in (DIMENSIONLESS, "degC"):
        kind = KIND.CHANGE_RELATIVE if unit in _SHARE_UNITS else KIND.CHANGE_ABSOLUTE
        sign = written_sign
        flags.append(FLAG.EXPLICIT_SIGN)
    elif unit == "百分点":
        kind = KIND.CHANGE_ABSOLUTE
        sign, baseline, verb_start = _points_context(s, start)
        if verb_start < start:
            pre.span_start = pre.cover_start = verb_start
        if minus and sign < 0:
            flags.append(FLAG.SIGN_CONFLICT)
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
        and not _names_reference_level(s, end)
        and (diff := _difference_context(s, start))[0] != 0
    ):
        # 高出全国平均水平6.4微克/立方米: a difference to a reference, in the figure's unit
        kind = KIND.CHANGE_ABSOLUTE
        sign, baseline, verb_start, extra = diff
        flags.extend(extra)
        pre.span_start = pre.cover_start = min(verb_start, pre.cover_start)
        if minus:
            flags.append(FLAG.SIGN_CONFLICT)
        elif sign < 0 and value is not None:
            value = -value
        elif sign < 0 and low is not None and high is not None:
            low, high = -high, -low
    elif pre.baseline in ("同比", "环比") and unit is not None:
        # 同比-6.97%, 同比为3.2%: a change written without a verb; its sign is the number's
        kind = KIND.CHANGE_RELATIVE if unit in _SHARE_UNITS else KIND.CHANGE_ABSOLUTE
        baseline = pre.baseline
        sign = 0 if value == 0 else written_sign
    elif (
        pre.ratio
        and (unit in _SHARE_UNITS or (unit is None and not num.chinese))
        # 占比提高到64.1%, 占比由47%降至40%: the share followed over time, a level (below)
        and not (unit in _SHARE_UNITS and not minus and _SHARE_SUBJECT.search(_window(s, start)[0]))
    ) or (
        unit in _SHARE_UNITS
        and s.startswith("的", end)
        and (qualifier is QUALIFIER.EXACT or (suffix_q is None) != (pre.qualifier is None))
        # the share opens its clause, or follows only 有 (另有67%以上的民众)
        and (
            _HAVE_BEFORE_SHARE.fullmatch(s, _window(s, i)[1], pre.cover_start) is not None
            or (
                not (pre.verb or pre.copula or pre.to_form)
                and _PLACE_BEFORE_SHARE.fullmatch(s, _window(s, i)[1], pre.cover_start) is not None
            )
        )
    ):
        # 占…的18.2%; 团柏煤矿:99.33%的井田面积 (not 标准25%的标准); 在50%以上的园区;
        # 近25%的河段; 全国68.7%的行政村
        kind = KIND.RATIO
    elif (
        unit in _SHARE_UNITS
        and qualifier is QUALIFIER.EXACT
        and not (minus or pre.verb or pre.copula or pre.to_form or pre.qualifier or pre.ratio)
        and pre.baseline is None
        and _share_subject_next(s, end)
        and _OPENING_BEFORE_SHARE.fullmatch(s, _window(s, i)[1], i) is not None
    ):
        # 92%建筑废物透过工程直接重用, 去年75%污染热区: a share opening its clause with the
        # set it divides right after it (no 的), the subject of what follows
        kind = KIND.RATIO
    elif (
        unit == "%"
        and not minus
        and _COMPLETION.search(_window(s, start)[0])
        and not _compliance_rate(s, start)  # BOD达成率介于…: a share of samples, a level
    ):
        kind = KIND.RATIO  # 完成率184.38%: achieved / planned
    else:
        kind = KIND.LEVEL
    if unit is None and kind is KIND.RATIO:
        unit = DIMENSIONLESS
    if word_minus and kind is KIND.LEVEL and unit not in _SHARE_UNITS and unit != "degC":
        # 排放量-3.2万吨, 水位变化-1.5米: a minus after a word is the figure's sign, but a level
        # below zero or a change written without its verb cannot be told apart: flagged
        # (a share below zero is a change, see the context rules; a temperature may be one)
        flags.append(FLAG.AMBIGUOUS_SIGN)
    if signed_range and sign and low is not None and high is not None and low < 0 < high:
        sign = 0  # 同比-2.6%~1.1%: ends on both sides of zero, the change has no one direction
    if unit == "degC" and kind is KIND.CHANGE_ABSOLUTE:
        unit = "delta_degC"  # an offset unit: a difference of temperatures is a delta
    if qualifier is QUALIFIER.RANGE:
        flags.append(FLAG.RANGE)
    if num.grouped and any(cue in _window(s, start)[0] for cue in _LIST_CUES):
        flags.append(FLAG.AMBIGUOUS_SEPARATOR)  # 分别为1,280: a grouping or a list?
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
        minus=minus,
    )
    if unit in _SHARE_UNITS and kind is not KIND.CHANGE_RELATIVE:
        end = _fraction_note(s, hit, end)
    if (
        unit == "次"
        and _SESSION_AFTER.match(s, end)
        and _SESSION_BEFORE.search(s, max(0, i - 12), i)
    ):
        pre.ordinal = True  # 十四届全国人大四次会议: the fourth session
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


def _exceedance_cell(s: str, i: int) -> _Hit | None:
    """``氨氮/1.3``, ``总磷(0.6)`` under a 超标 heading: the exceedance multiple of a pollutant
    in a table of 主要超标项目 (see :data:`_EXCEEDANCE_ITEM`); ``ambiguous_unit`` because the
    text does not write 倍."""
    if not _EXCEEDANCE_ITEM.search(s, max(0, i - 12), i):
        return None
    if "超标" not in s[max(0, i - _EXCEEDANCE_HEADING_WINDOW) : i]:
        return None
    num = _number(s, i)
    if num is None or num.chinese or num.percent is not None or num.multiplier or num.fraction:
        return None
    end = num.end
    if s[i - 1] == "(":
        if not s.startswith(")", end):
            return None
    elif end < len(s) and not (s[end] in _CLAUSE_DELIMITERS or s[end] in " |"):
        return None  # 氨氮/1.3mg: a unit follows, not a multiple
    return _Hit(
        start=i, end=end, cover_start=i, cover_end=end, value=num.value, low=None, high=None,
        unit=DIMENSIONLESS, qualifier=QUALIFIER.EXACT, kind=KIND.EXCEEDANCE_MULTIPLE, sign=0,
        baseline=None, multiplier=None, own_verb=False, flags=[FLAG.AMBIGUOUS_UNIT],
    )  # fmt: skip


def _half_hit(s: str, i: int, end: int) -> _Hit:
    """一半, 半数, 近半, 过半: a share of one half (``ratio`` 0.5, fraction 1/2); after a verb
    of change a relative change of 50 % (``减少一半`` = −50 %)."""
    pre = _prefix(s, i)
    qualifier = pre.qualifier
    if s[i - 1 : i] == "过" and s[i] == "半":
        qualifier = QUALIFIER.GREATER  # 过半: more than half
    elif s[i - 1 : i] == "逾" and qualifier is None:
        qualifier = QUALIFIER.GREATER
    suffix_q, end2 = _suffix(s, end, DIMENSIONLESS)
    if suffix_q is not None:
        end = end2
    qualifier = _stronger(qualifier, suffix_q) or QUALIFIER.EXACT
    value, unit, kind, sign = Decimal("0.5"), DIMENSIONLESS, KIND.RATIO, 0
    if pre.verb and pre.sign != 0:
        value, unit, kind, sign = Decimal(50) * pre.sign, "%", KIND.CHANGE_RELATIVE, pre.sign
    start = min(pre.span_start, i) if pre.verb else i
    return _Hit(
        start=start, end=end, cover_start=pre.cover_start, cover_end=end, value=value,
        low=None, high=None, unit=unit, qualifier=qualifier, kind=kind, sign=sign,
        baseline=pre.baseline if sign else None, multiplier=None, own_verb=pre.verb and sign != 0,
        prefix_qualifier=pre.qualifier is not None, suffix_qualifier=suffix_q is not None,
        numerator=None if sign else Decimal(1), denominator=None if sign else Decimal(2),
        verb_sign=sign,
    )  # fmt: skip


#: Quotes that open the name of a category of an index after its bound (100以上「不良」).
_CATEGORY_QUOTES = frozenset("「『“")

#: After 倍有多/倍有余: characters that make 有多 a question (有多少, 有多大), not "and more".
_HOW_MUCH_AFTER = frozenset("少大高长重远深快久")
#: The digits that may follow 成 as the next tenth (八成五 = 85 %).
_TENTH_DIGITS = "一二三四五六七八九"


def _tenth_after(s: str, j: int, arabic: bool) -> bool:
    """Is ``s[j]``, right after 成, the next tenth of the number before it?

    A numeral 一–九 (八成五 = 85 %); after an Arabic number an Arabic digit 1–9 that stands
    alone (4成2 = 42 %, as newspapers in Taiwan write shares) — not the first digit of a
    number or a decimal (4成20件, 4成2.5) nor a date or year glued on (3成2024年 reads no tenth).
    """
    c = s[j]
    if c in _TENTH_DIGITS:
        return True
    if not (arabic and "1" <= c <= "9"):
        return False
    nxt = s[j + 1] if j + 1 < len(s) else ""
    return not (nxt.isdigit() or (nxt in ".．,，" and j + 2 < len(s) and s[j + 2].isdigit()))


def _index_band_continued(s: str, i: int, k: int) -> bool:
    """Does the range starting at ``i`` (its text ending at ``k``) continue a list of an
    index's bands: it opens a clause (after ``;``, ``,`` or ``、``), the sentence names an
    index before it (back to 。 or a line break, at most 60 characters) and a copula then the
    band's category follow (``AQI為0~50屬於良好;51~100為普通``, ``AQI 0-50为优，51-100为良``)?"""
    if i == 0 or s[i - 1] not in ",，;；、" or not s.startswith(INDEX_BAND_COPULAS, k):
        return False
    lo = max(0, i - _INDEX_SENTENCE)
    j = last_mark(s, lo, i, "。\n")
    return _INDEX_NAME.search(s, max(lo, j + 1), i) is not None


def _index_range(s: str, num: _Num, other: _Num) -> bool:
    """Is ``num``–``other`` (both without a unit) a range of an index's values?  Arabic
    digits after an index name or 介于, the clause ending after the range (see
    :data:`_INDEX_RANGE_BEFORE`)."""
    if num.chinese or other.chinese or num.percent is not None or other.percent is not None:
        return False
    k = other.end
    if k < len(s) and s[k] == " ":
        k += 1
    if not _INDEX_RANGE_BEFORE.search(s, max(0, num.start - 10), num.start):
        # AQI為0~50屬於良好;51~100為普通: a band opening a clause, the index named earlier in
        # the sentence, a copula and the band's category after it, continues the index's bands
        return _index_band_continued(s, num.start, k)
    # 之间 (AQI为51~100之间, pH值在6～9之間), 的 (pH值6～9的废水) and the category's share or
    # count (AQI介於100-150比率) close the range too
    return (
        k >= len(s)
        or s[k] in _INDEX_RANGE_AFTER
        or s.startswith(_INDEX_RANGE_AFTER_WORDS, k)
        or _INDEX_RANGE_CATEGORY_AFTER.match(s, k) is not None
    )


def _multiple_word(s: str, i: int, num: _Num, end: int) -> str:
    """倍 (times), 番 (doublings, after 翻) or 成 (tenths) right after the number, or ""."""
    c = s[end]
    if c == "倍":
        return c
    if c == "番" and (s[max(0, i - 1) : i] == "翻" or s[max(0, i - 2) : i] == "翻了"):
        return c
    if c == "成" and num.inner is None and num.multiplier is None and 0 < num.value <= 10:
        after = s[end + 1 : end + 2]
        if (
            after
            and after in _MULTIPLE_BLOCKERS_CHENG
            and not (after == "为" and s.endswith(_BOUNDS_BEFORE_TENTHS, 0, i))
        ):
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
        return KIND.RATIO, DIMENSIONLESS, value, 0, []
    hundred = Decimal(100)
    if word == "番":  # 翻一番 = ×2, 翻两番 = ×4: a relative change of (2^n − 1) × 100 %
        return KIND.CHANGE_RELATIVE, "%", (2 ** int(value) - 1) * hundred, 1, []
    if word == "成":  # 九成 = 90 %, 下降了三成 = −30 %
        pct = value * 10
        if pre.verb and pre.sign == 0:  # 改善近6成: a change whose direction is not written
            return KIND.CHANGE_RELATIVE, "%", pct, 0, [FLAG.AMBIGUOUS_SIGN]
        if pre.verb:
            return KIND.CHANGE_RELATIVE, "%", pct * pre.sign, pre.sign, []
        # 七成, 近六成, 九成以上: tenths of a whole are a share of it, a ratio (as 一半 is)
        return KIND.RATIO, "%", pct, 0, []
    # 倍
    if exceed:  # 超标0.5倍: the value is 1.5 × the limit
        return KIND.EXCEEDANCE_MULTIPLE, DIMENSIONLESS, value, 0, []
    if pre.verb and pre.sign > 0:  # 增长1倍 = +100 %
        return KIND.CHANGE_RELATIVE, "%", value * hundred, 1, []
    if pre.verb and pre.sign < 0:  # 减少一倍: −100 % as written, "halved" as often meant
        return KIND.CHANGE_RELATIVE, "%", -value * hundred, -1, [FLAG.AMBIGUOUS_MULTIPLE]
    if value == 1:
        # 约是北京的一倍或以上: "one times" is read as ×1 (as much as) or, loosely, ×2 (twice
        # as much); the text does not say which
        return KIND.RATIO, DIMENSIONLESS, value, 0, [FLAG.AMBIGUOUS_MULTIPLE]
    return KIND.RATIO, DIMENSIONLESS, value, 0, []  # 是…的2.6倍


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
            hit.flags.append(FLAG.INCONSISTENT_FRACTION)
    hit.end = hit.cover_end = m.end()
    return m.end()


_FRACTION_NOTE = re.compile(r"\(([0-9]{1,6})/([0-9]{1,6})\)")


def _is_trailing_ok(s: str, end: int) -> bool:
    return all(c in " \t\n。.,，;；" for c in s[end:])


#: A short annotation between the first end of a range and its separator: 81.7%(潮州)~98.9%.
_RANGE_ANNOTATION = re.compile(r"\([^\d()（）,，。;；:：、\n]{1,10}\)(?=——|[-—–~〜至到])")


#: The subject of a change is a share (达标率, 比例, 比重, 占比): its change may be in points
#: written %, and 提高5%至85% may be "by 5 points to 85 %".
_SHARE_NAMED = re.compile(r"率|比例|比重|占比")


def _relative_change_range(s: str, start: int, unit: str, sep_end: int) -> bool:
    """``减少45%至88%``, ``下降6%至34%不等``: after a verb, % on both ends of 至/到 is a range of
    relative changes.  "By 45 % to a level of 88 %" would be a measure in % whose change
    is written in 百分点; only where the clause names a share (达标率, 比例 …) before the
    figure is that reading kept (the change may be points written %)."""
    if unit != "%" or not s.startswith("%", _number_end(s, sep_end)):
        return False
    k = start
    while k > 0 and s[k - 1] not in _CLAUSE_DELIMITERS and start - k < 24:
        k -= 1
    return _SHARE_NAMED.search(s, k, start) is None


def _number_end(s: str, k: int) -> int:
    """End of the Arabic number at ``k`` (``k`` itself when there is none)."""
    n = len(s)
    while k < n and (s[k].isdigit() or s[k] == "."):
        k += 1
    return k


#: A range framed as "between": 介于/介於 before it or 之间/之間 after it.
_BETWEEN_BEFORE = re.compile(r"(?:介于|介於)(?:约|約)?$")


def _between(s: str, start: int, end: int) -> bool:
    """Is the range ``s[start:end]`` framed by 介于…(之间), so that it has two ends whatever
    unit the second one lacks?"""
    return _BETWEEN_BEFORE.search(s, max(0, start - 3), start) is not None or s.startswith(
        _BETWEEN_AFTER, end
    )


#: What makes the second end of 百分之X至Y a date, not a share (百分之五至十月).
_DATE_AFTER_RANGE = ("月", "日", "号", "时", "点", "年")


#: The lower bound of a band written on its first end (1200元以上至10万元以下).
_LOWER_BOUND = "以上"
#: The upper bound that closes such a band on its second end.
_UPPER_BOUND = "以下"
#: The units of the bands read as one range: money (处1200元以上至10万元以下罚款, 處新臺幣10萬元
#: 以上,2,000萬元以下罰鍰, 并处十万元以上一百万元以下的罚款: a fine's band, its two ends one
#: fact).  A band of any other measure (20万千瓦以上至30万千瓦以下燃煤机组, 10蒸吨以上、35蒸吨以下
#: 燃煤锅炉: the size of the objects named after it) stays two bounds: the report reader takes
#: them as the threshold of the objects (``extract._roles``).  Conventions of read26.
_BAND_UNITS = _MONEY_UNITS
#: The words that join the two bounds of such a band into one range (至, 到; a comma or 、 of a
#: legal text, or nothing: 十万元以上一百万元以下).
_BOUND_JOINERS = "至到,、"


def _bound_pair_separator(s: str, k: int) -> int:
    """Start of the second end of a band ``A以上至B以下`` at ``k`` (after A and its unit), or -1.

    ``A以上至B以下`` (or 到, a comma, 、 or nothing between) is one range [A..B] when it is a
    band of money (:data:`_BAND_UNITS`): by the legal convention (以上、以下…包括本数) both
    ends are inside.  The caller keeps it only when both ends are in money and the second is
    followed by 以下; other bands stay two figures, each qualified by its bound word.
    """
    if not s.startswith(_LOWER_BOUND, k):
        return -1
    end = k + len(_LOWER_BOUND)
    if end < len(s) and s[end] in _BOUND_JOINERS:
        end += 1
    if end < len(s):
        nxt = s[end]
        if nxt.isdigit() or nxt in CHINESE_NUMERAL_CHARS:
            return end
    return -1


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
    spaced = s[k] == " " and k + 2 < n and s[k + 1] in "-—–~〜" and s[k + 2] == " "
    if spaced:
        k += 1  # 2.5 - 10微米: a dash between spaces (a space before a bare minus is a sign)
    elif s[k] == " " and k + 2 < n and s[k + 1] in "~〜至到" and s[k + 2].isdigit():
        k += 1  # 2.4 nGy/h ~340.8 nGy/h, 5 至8吨: a space before a connector that is no sign
    if s.startswith("——", k):
        end = k + 2
    elif s[k] in "-—–~〜至到":
        end = k + 1
    else:
        return -1
    if end + 1 < n and s[end] == " " and s[end + 1].isdigit() and (spaced or s[k] != "-"):
        end += 1  # 80%~ 100%: one space of a PDF text layer after the separator
    return end


def _is_pending(s: str, end: int, num: _Num) -> bool:
    """A bare Arabic number followed by 、和及与或 and another number: 47、55和55微克/立方米;
    spaces may stand around the separator (42.1、 37.6 、0.31公吨/年, a copy from a PDF)."""
    if num.chinese:
        return False
    n = len(s)
    while end < n and s[end] == " ":
        end += 1
    after = s[end : end + 3]
    if after[:2] in _ENUM_SEPARATORS:
        sep_len = 2
    elif after[:1] in _ENUM_SEPARATORS:
        sep_len = 1
    else:
        return False
    k = end + sep_len
    while k < n and s[k] == " ":
        k += 1
    return k < n and s[k].isdigit()


#: Words of money before a bare 万/亿 figure (罚1.8亿, 投资5亿, 处罚金额超2.8亿, 环境保护支出共
#: 1778亿, 经济损失419亿, 生产总值2.1万亿): the figure is read in 元, flagged ``ambiguous_unit``.
_MONEY_CONTEXT = re.compile(
    r"罚|金额|资金|投资|投入|收入|产值|税收|费用|罚锾|支出|损失|经费|预算|成本|补助|补贴|生产总值|GDP"
)


#: A noun in quotation marks right after a bare figure with a multiplier, ending in a counter of
#: the registry (10.5万“无树户”, 2万「無樹戶」): the quoted noun counts itself, its last word the
#: counter.  A bare integer before a quote is more often a label or a number (编号2“一号文件”).
_QUOTED_NOUN_AFTER = re.compile(r"[“「『\"]([\u4e00-\u9fff]{1,6})[”」』\"]")


def _quoted_counter(s: str, end: int) -> str | None:
    """The counter a quoted noun right after a bare figure ends in (10.5万“无树户” → 户), the
    longest registered one; None when no quoted noun follows or it ends in no counter."""
    m = _QUOTED_NOUN_AFTER.match(s, end)
    if m is None:
        return None
    noun = m.group(1)
    for k in range(min(len(noun), 4), 0, -1):
        word = noun[-k:]
        if word in _COUNTER_SET and len(word) < len(noun):
            return _BASE_UNITS.get(word, word)
    return None


#: People named right before a bound word and a bare multiplier (人口超过百万, 居民逾千万).
#: A population named right after a number with a multiplier and no unit (160万贫困人口).
_PEOPLE_AFTER = re.compile(r"(?:贫困|农村|城镇|城市|常住|户籍|流动|受益|服务)?人口")
_PEOPLE_BEFORE = re.compile(r"(?:人口|人数|居民|市民|游客|常住)(?:数量|总数|规模)?$")
#: A population named right before a figure with a multiplier and no unit, a bound, a copula
#: or a verb of change between (人口超过400万, 人口数188.6万, 人口将近70万, 贫困人口减少1000万
#: 以上): its 人 is left out (parser round 47).  Only these words may stand between, so a
#: noun of its own (人口普查经费1200万) keeps the figure unread.
_POPULATION_BEFORE = re.compile(
    r"人口(?:数|数量|总数|规模)?(?:已|约|共|总计|合计)?"
    r"(?:超过|超|逾|突破|将近|接近|近|约为|约|为|达到|达|有|不足|减少了|减少|增加了|增加|增长了|增长)?"
    r"(?:约|近)?$"
)
#: What may follow such a population: a bound written after it, then the end of its clause.
_POPULATION_END = re.compile(r"(?:以上|以下|左右|多)?(?:$|[,，。;；!！?？\s)）])")


def _lone_scale_unit(s: str, i: int) -> str | None:
    """The unit a bare multiplier after a bound word leaves out, named before the bound word
    at ``i``: 人 after a word of people (人口超过百万), 元 in a clause of money (罚锾破百万);
    else None (the multiplier stays unread)."""
    if _PEOPLE_BEFORE.search(s, max(0, i - 6), i):
        return "人"
    return "元" if _money_clause(s, i) else None


#: The multipliers of a bare amount of money whose 元 is left out: 万 and 亿 in a clause of
#: money (罚1.8亿, 共被罚109万), 千 only right after a verb of fining (最高罚6千, 罰鍰3千):
#: 千 alone is far more often a count's (逾3千, 近5千).
_MONEY_MULTIPLIERS = frozenset({"千", "万", "亿", "万亿"})
#: An ellipsis closing a headline's clause (最高罰6千...檢舉人可領3成), as a delimiter would.
_ELLIPSES = ("..", "…")
_FINE_RIGHT_BEFORE = re.compile(r"(?:罚|罚锾|罚款|罚金)(?:为|达|共|计|最高|最多)?$")
#: What follows a bare amount and its bound (可处6万以上罚锾, 处3千以下之罚款; the bound is read
#: with the figure): the noun of a fine, named right after, so the amount is in 元 (flagged).
_FINE_AFTER = re.compile(r"(?:(?:以上|以下)?(?:之|的))?(?:罚锾|罚款|罚金)")


#: A year named by its place in time, before 后 and the last months of it (今年后3个月).
_YEARS_NAMED = frozenset({"今年", "本年", "明年", "去年", "当年", "该年", "全年"})


def _currency_before(s: str, i: int) -> str | None:
    """The unit of the currency named right before the figure at ``i`` (``新台币6万``,
    ``人民币3千``), or None."""
    for name in reversed(CURRENCY_NAMES):  # longest first: 新台币 before 台币
        if i >= len(name) and s.startswith(name, i - len(name)):
            return _BASE_UNITS[name]
    return None


def _money_clause(s: str, i: int, multiplier: str | None = None) -> bool:
    """A word of money in the clause before ``i`` or, when the figure opens its clause
    (行政处罚共132818件,116.87亿!), in the clause before that.  For a figure in 千
    (``multiplier``), only a verb or noun of fining right before it (最高罚6千)."""
    if multiplier == "千":
        return _FINE_RIGHT_BEFORE.search(s, max(0, i - 6), i) is not None
    clause, start = _window(s, i)
    if not clause.strip() and start > 1:
        clause = _window(s, start - 1)[0]
    return _MONEY_CONTEXT.search(clause) is not None


#: A count of days named before a figure in parentheses: 不良的日数(34日), 天数(12日).
#: 过去一年, 过去的一个月: "the past year/month", a period named like 去年, not a duration;
#: 未来一周: "the coming week", named like 下周.
_PAST_PERIOD_BEFORE = re.compile(r"(?:过去|未来)的?$")
_DAY_COUNT_BEFORE = re.compile(r"(?:日数|天数)[(（]$")
#: A count of days before a list separator, after 有/共/达 (全年有66日及62日), not after a month;
#: or a count of hours (时数及日数分别为1535小时及322日: the hours and the days of one record).
_DAY_COUNT_LIST_BEFORE = re.compile(
    r"(?:(?:有|共|达|计|录得)[0-9]{1,3}日|(?<![0-9:：])[0-9]{1,5}个?小时)(?:及|和|与|、)$"
)
_DAY_SPAN = re.compile(r"[0-9]{1,2}日[至到\-—–~][0-9]{1,2}日")
#: A list of bare day counts (扬尘2日及1日, 出现重污染3日和2日、1日): two or more figures of
#: 日 joined by list words, no date word, digit or 在/于 before the first (5月5日及6日, 于3日和
#: 5日 stay days of the month).
_DAY_LIST = re.compile(r"[0-9]{1,3}日(?:(?:及|和|与|、)[0-9]{1,3}日)+(?![0-9至到\-—–~])")
#: Characters before such a list that make it dates: a month, a day, a year, 在/于, a range.
_DATE_LIST_BEFORE = frozenset("月日号年在于於至到截止自从起第每")
#: Words in the clause before such a list that settle it as counts of days (分别受…影响引起扬尘
#: 2日及1日, 出现重污染3日和2日): anything else leaves it read as days, flagged.
_DAY_LIST_COUNTED = re.compile(r"分别|出现|发生|有|共|计|达|累计|录得")


#: What joins a day to the next one in a span of dates (3日至5日, 3日—5日).
_DAY_SPAN_JOINERS = frozenset("至到—–-~〜")


def _no_day_of_month(digits: str) -> bool:
    """Whether the Arabic digits before a bare 日 can name no day of a month: more than 31,
    at most four digits (longer runs are dates glued whole, 2017515日) and no split into a
    month and a day (80 → 8/0 is none; 417 → 4/17 and 1116 → 11/16 are)."""
    if not (digits.isascii() and digits.isdigit() and 2 <= len(digits) <= 4):
        return False
    if int(digits) <= 31:
        return False
    return not any(
        1 <= int(digits[:k]) <= 12 and 1 <= int(digits[k:]) <= 31 for k in range(1, len(digits))
    )


def _listed_day_counts(s: str, i: int) -> bool | None:
    """Is the bare ``N日`` at ``i`` a member of a list of day counts after a noun (see
    :data:`_DAY_LIST`)?  ``True`` when a word of the clause settles it as counts
    (:data:`_DAY_LIST_COUNTED`), ``False`` when it is read as days only probably (to flag),
    ``None`` when it is no such list (the days of the month stay dates)."""
    for m in _DAY_LIST.finditer(s, max(0, i - 24), min(len(s), i + 24)):
        if not m.start() <= i < m.end():
            continue
        a = m.start()
        if a == 0 or s[a - 1] in _DATE_LIST_BEFORE or not CJK_UNIT_PATTERN.match(s[a - 1]):
            return None
        clause = s[max(0, a - 40) : a]
        for c in _COUNT_CLAUSE_ENDS:
            clause = clause.rsplit(c, 1)[-1]
        return _DAY_LIST_COUNTED.search(clause) is not None
    return None


#: Words that set a count of days apart from others counted before it (其中11日…, 另外2日…,
#: 其餘5日): the figure is a number of days, not a day of the month.
_DAY_COUNT_APART = re.compile(r"(?:另外|另有|其余|其餘|其他|其它)$")
#: A share and an opening parenthesis before a bare day: 占3.89%(13日) counts days.
_SHARE_THEN_PAREN = frozenset({"%(", "%（", "％(", "％（"})
#: 在/于 right before a bare day (在24日舉行的發布會, 于3日召开): the day of the month on which
#: something happens; a duration is written with 内 (在3日内完成) or with its counter (3天).
_DAY_AT_BEFORE = re.compile(r"(?:在|于|於)$")
#: First characters of the nouns that the classes of a standard name: water and sea water
#: quality (3类水, 四类海水), standards (2类标准), noise function zones (1类区, 4类声环境功能区).
_CLASSIFIED_NOUN_FIRST = frozenset("水标海区声功")
#: Words before N类 that make it a count of classes (共四类, 分为五类, 划分4类), not a class name.
_CLASS_COUNT_BEFORE = re.compile(r"(?:共|分为|分成|划分|计)$")
#: Further class names listed after one (2类、3类、4a类功能区, 3类和4b类区): the noun after the
#: last one names what every class of the list is a class of.  A class may carry a sub-class
#: letter (4a类: ``a`` is then no unit, not the year).
_CLASS_LIST_TAIL = re.compile(
    r"(?:[a-z]?类)?(?:(?:、|和|及|与|或|至|到|~| )[0-9一二三四五六七八九十]{1,2}[a-z]?类)*"
)


#: The name of an index right before a number without a unit (AQI<50, PSI>100, 指数为…):
#: the number is the index's value (``dimensionless``).
_INDEX_BEFORE = re.compile(
    rf"(?:(?:{INDEX_ABBREVIATIONS}|指数|指標|指标|系数|係數)值?|(?:酸碱|酸硷|pH|PH|EQI)值"
    # 降水pH均值为5.61, pH值年均值5.53: a statistic of the pH is dimensionless too
    r"|(?:酸碱|酸硷|pH|PH)值?(?:年均值|年平均值|平均值|均值|年均)"
    # 放流水PH值应大于7.6: a modal word between the value's name and its bound
    r"(?:应|應|须|須|需|必须|必須|应当|應當|均|皆|都|要)?)"
    # 空气污染指标(AQI)>150: the index's abbreviation in parentheses after its name
    r"[)）]?[ \t]?$"
)
#: An index's value, then further values without a unit (空气质量指数达219及204, AQI分别为
#: 219、204和187): the list of the index's values, each ``dimensionless``.  The index may be
#: named by 空气质量 and a copula (空气质量则为187、159及173: a quality stated as numbers is its
#: index).
_INDEX_LIST_BEFORE = re.compile(
    rf"(?:(?:{INDEX_ABBREVIATIONS}|指数|指標|指标)值?|空气质量(?:则|均|分别)?)"
    r"(?:分别|分別|则|均)?(?:为|為|是|达|達|录得|錄得)?[ \t]?"
    r"(?:[0-9]+(?:\.[0-9]+)?[ \t]?(?:、|,|，|和|及|与|與|以及)[ \t]?)*$"
)
_INDEX_LIST_TEXT = 40
#: A mean concentration named, then its values without a unit (PM2.5平均值分别为18、20和26):
#: the statistic's name, a copula, and the list's earlier members.
_MEAN_LIST_BEFORE = re.compile(
    r"(?:平均值|均值|平均浓度|年均浓度|浓度均值)(?:分别|分別|则|均)?(?:为|為|是|达|達)[ \t]?"
    r"(?:[0-9]+(?:\.[0-9]+)?[ \t]?(?:、|,|，|和|及|与|與|以及)[ \t]?)*$"
)
#: The statistic is of a pH or an index (降水pH年均值为6.51): dimensionless, not a mass.
_PH_OR_INDEX_BEFORE = re.compile(rf"pH|PH|ph|酸碱|酸硷|{INDEX_ABBREVIATIONS}|指数")
#: An index's bare value ending the clause before (综合指数为3.32, AQI为85,), then a comparison
#: and a verb of change before a bare figure: the change of that index, in its own (no) unit
#: (综合指数为3.32,同比下降0.09).  Group ``cmp`` may name what it is compared with.
_INDEX_VALUE_CLAUSE_BEFORE = re.compile(
    rf"(?:(?:{INDEX_ABBREVIATIONS}|指数|指標|指标)值?)(?:分别|分別|则|均)?"
    r"(?:为|為|是|达|達|录得|錄得)?[ \t]?[0-9]+(?:\.[0-9]+)?[ \t]?[,，][ \t]?"
    r"(?:同比|环比|較|较|比|与|與)?[^\d,，。;；:：、%]{0,8}$"
)
#: How far back the index's value and its clause may start (characters before the figure).
_INDEX_VALUE_CLAUSE_TEXT = 36
#: The rest of a list of bare numbers after one of them.
_BARE_LIST_REST = re.compile(r"(?:[ \t]?(?:、|,|，|和|及|与|與|以及)[ \t]?[0-9]+(?:\.[0-9]+)?)*")


def _list_ends_bare(s: str, end: int) -> bool:
    """Does the list of bare numbers going on at ``end`` end the clause without a unit
    (``18、20和26。``; not ``0.035、0.037及0.083 mg/m3``)?"""
    k = _BARE_LIST_REST.match(s, end).end()  # type: ignore[union-attr]
    return k == len(s) or s[k] in _COUNT_CLAUSE_ENDS


#: A bound word right before a bare number, the clause ending after it, in a sentence that
#: names pH (or an acidity value) before: PH值应大于7.6,但被检出小于7.6 — the second bound is
#: the same value's, dimensionless (the measured pH), not an amount without its unit.
_PH_NAME = re.compile(r"(?:pH|PH|ph|酸碱|酸硷|酸鹼)值")
#: After a bare number: 的, a statistic word, a short noun and the name of a pH (3.4的最低雨水
#: 酸硷值, 5.6的降水pH值): the number is that pH's value.
_PH_AFTER = re.compile(
    r" ?的(?:最低|最高|最小|最大|平均|年均)?[^\d,，。;；:：、()（）]{0,4}?(?:pH|PH|ph|酸碱|酸硷)值"
)


#: A decimal without a unit right after a year (从91年的6.1改善至113年的4.8, 由2015年3.8降至
#: 2023年2.6), in a sentence that names an index before it (RPI, 指数): the index's value of
#: that year (``dimensionless``).
_YEAR_BEFORE_VALUE = re.compile(r"(?<![0-9])(?:[5-9][0-9]|1[0-4][0-9]|[12][0-9]{3})年的?$")
_INDEX_NAME = re.compile(rf"{INDEX_ABBREVIATIONS}|RPI|WQI|EQI|指数|指標|指标")
#: The words that open either end of a change from one value to another (由45.4下降至38.2,
#: 从3.8降到2.6): a bare decimal there, in a sentence naming an index, is the index's value.
_FROM_TO_BEFORE = re.compile(
    r"(?:由|从|(?:下降|降低|上升|升高|增加|减少|改善|增长|提高|降|升|增|减)(?:至|到))$"
)
#: The other end of such a change, a bare decimal that ends its clause (…下降至38.2,).
_TO_BARE_VALUE = re.compile(
    r"(?:下降|降低|上升|升高|增加|减少|改善|增长|提高|降|升|增|减)(?:至|到)"
    r"[0-9]+\.[0-9]+(?=$|[,，。;；、\n])"
)
_INDEX_SENTENCE = 60

#: The parenthesis closed right after a bare number, then the end of a cell or a clause (not
#: an enumerator of the next item: 完成5项(2)加强…).
_CLOSED_ALONE = re.compile(r"\)(?=$|[\s|,，;；、。])")
#: A decimal in parentheses right after a decimal without a unit: 3.25(3.76).
_PAIRED_CELL = re.compile(r"\([0-9]+\.[0-9]+\)(?=$|[\s|,，;；、。])")


def _cell_value(s: str, i: int, end: int) -> bool:
    """Is ``s[i:end]`` a decimal that stands as a table cell or after a name (start of the
    text or of a line, ``|``, a space or a Chinese character before it)?  Integers are not
    (``31(74)`` is a rank and last year's rank)."""
    if "." not in s[i:end]:
        return False
    before = s[i - 1] if i > 0 else "\n"
    return before in "|" or before.isspace() or "\u4e00" <= before <= "\u9fff"


def _ph_in_sentence(s: str, i: int) -> bool:
    """Does the sentence before ``i`` (back to 。, ; or a line break, at most 60 characters)
    name pH or an acidity value (see :data:`_PH_NAME`)?"""
    lo = max(0, i - _INDEX_SENTENCE)
    k = last_mark(s, lo, i, "。;；\n")
    return _PH_NAME.search(s, max(lo, k + 1), i) is not None


def _indexed_year_value(s: str, i: int, end: int) -> bool:
    """Is the decimal ``s[i:end]`` an index's value of the year written right before it
    (RPI从91年的6.1, 指数由2015年3.8…) or one end of its change from one value to another
    (指标(AQI)年平均值由45.4下降至38.2), the index named earlier in the same sentence?"""
    if "." not in s[i:end]:
        return False
    if _YEAR_BEFORE_VALUE.search(s, max(0, i - 6), i) is None:
        m = _FROM_TO_BEFORE.search(s, max(0, i - 4), i)
        if m is None:
            return False
        if m.group(0) in ("由", "从"):
            # the other end must be bare too (由35.2下降至30.1微克 waits for its unit)
            to = _TO_BARE_VALUE.match(s, end)
            if to is None:
                return False
        # the index is named in the same clause (综合指数排名第3,PM2.5浓度由… names none),
        # and no pollutant after it (综合指数和PM2.5浓度由…: a concentration's unit is missing)
        k = last_mark(s, max(0, i - _INDEX_SENTENCE), i, "。;；\n,，")
        index = list(_INDEX_NAME.finditer(s, k + 1, i))
        return bool(index) and _POLLUTANT_NAMED.search(s, index[-1].end(), i) is None
    lo = max(0, i - _INDEX_SENTENCE)
    k = last_mark(s, lo, i, "。;；\n")
    return _INDEX_NAME.search(s, max(lo, k + 1), i) is not None


#: A time of day after an hour: 8:00, 20：30.
_CLOCK_AFTER = re.compile(r"[:：][0-5][0-9](?![0-9])")
#: Openers of a title or a quotation: a 3-digit ROC year may open one (「114年空氣品質…」).
_TITLE_OPENERS = frozenset("「『“《〈")
#: Marks that end or part a clause: a headline line has none.
_CLAUSE_MARKS = frozenset(",，。;；:：!！?？")
#: The longest line read as a headline.
_HEADLINE_MAX = 60


def _headline_line(s: str, end: int) -> bool:
    """Whether the line from ``end`` is the rest of a headline: a line break within
    :data:`_HEADLINE_MAX` characters and no clause mark before it."""
    line_end = s.find("\n", end, end + _HEADLINE_MAX)
    return line_end > 0 and not any(c in _CLAUSE_MARKS for c in s[end:line_end])


#: Hours and minutes before the seconds of a time of day (17:16:01, 8：05：30).
_CLOCK_BEFORE_SECONDS = re.compile(r"(?<![0-9])[0-9]{1,2}[:：][0-5][0-9][:：]$")
#: Words before a day of the month: 截至7日, 截止到24日.
#: Also the end of a span of dates whose start is a day opening its clause or after 月
#: (1116日至18日, a date that lost its 月: 18日 is the day the span ends, not 18 days;
#: 减少19日至270日 is a change, then the level it came to).
_LIST_TAIL = re.compile(r"(?:[ \t]?(?:、|和|及|与|與|以及)[ \t]?[0-9]+(?:\.[0-9]+)?)*")


def _unit_follows_list(s: str, end: int) -> bool:
    """Does a unit (any letter or Chinese character other than a separator or a clause word)
    follow the bare numbers listed from ``end`` on (47、55和55微克)?  Then the list waits for
    that unit (see :func:`_is_pending`)."""
    m = _LIST_TAIL.match(s, end)
    k = m.end() if m else end
    if k >= len(s):
        return False
    c = s[k]
    return c.isalpha() and c not in "，,。;；:：、的属屬" and not s.startswith(("之间", "之間"), k)


#: The end of a clause right after a counter: the counter counts (个案有一宗;).
#: Counters of tallies: a unit times days or occasions (站日, 人次, 站次, 车次, 点次).
_TALLY_COUNTER = re.compile(r".+[次日]")
_COUNT_CLAUSE_ENDS = frozenset("。;；,，!！?？\n")
#: Passive and result verbs after a Chinese numeral and 度 (两度被罚款: twice).
_PASSIVE_AFTER_TIMES = frozenset("被获遭")
#: Counters of cases, and the words that add one more to a tally of them (另有一宗违反…).
_CASE_COUNTERS = frozenset({"宗", "件", "起", "案"})
_ONE_MORE_BEFORE = frozenset({"另有", "还有", "又有", "尚有"})
#: 百万/千万 with no digit before a counter (平均每月更達百萬次點擊, 吸引千万人次): a count of
#: millions (parser round 45, heldout25); a lone 万/千/百 stays a word (万人千吨, 千方百计).
_COUNTED_MILLIONS = re.compile(r"[百千][万萬]")
#: A part of a tally of cases just given (重点件1件。其中,一件普通件涉两市; 共有一件): 一 counts
#: the cases of the breakdown, not an article (parser round 45, heldout25; 其中一家为… of
#: other counters, 其中一件事 stay articles).
_TALLY_PART_BEFORE = re.compile(r"(?:其中[,，]?|共有?|共计|合计)$")
#: A verb of remaining right before 一 + counter (剩余一个为在建, 还剩一座, 尚余一家, 余下一个):
#: how many are left, a count (after a total such as 已完成24个), never the article "a".
_REMAINING_BEFORE = re.compile(r"(?:剩余|剩下|剩|尚余|余下)$")
#: The separators between the clauses of a paired (distributive) slogan: a verb of one to
#: four characters, then 一 and the counter (整改一个、销号一个, 发现一起,查处一起).
_SLOGAN_SEPARATORS = "、,，;；"
#: The verb of a clause of such a slogan: one to four word characters, no numeral or digit.
_NUMERAL_CHAR = "[" + "".join(sorted(CHINESE_NUMERAL_CHARS)) + "]"
_SLOGAN_VERB = rf"(?:(?!{_NUMERAL_CHAR})[^\d\W]){{1,4}}"
#: What may follow a clause of such a slogan (the counter ends it: no noun after it; 的 or a
#: closing quote after the last one: “整改一个、销号一个”的原则).
_SLOGAN_ENDS = _SLOGAN_SEPARATORS + "。!！?？\n的”」』\"'）)"

#: Where 一 + counter counts one although a noun may follow (the article reading is ruled out):
#: a frequency after 每 and a period, up to eight characters before (每季进行一次, 每两周抽查一次,
#: 每周在这些泳滩进行一次: once per period; parser round 37 widened the reach from four; counters of
#: occasions only), and the next count of a list joined by 和/及 to a count before (两轮督察和
#: 一次回头看, 3家企业及一个工地; not after an article, 一间公司及一名人士).
_OCCASION_COUNTERS = frozenset({"次", "回", "遍", "趟"})
_FREQUENCY_BEFORE = re.compile(
    r"每(?:[两二三四五六七八九十半]?个?)(?:季度|季|月|年|周|日|天|星期|小时)"
    r"[^\d,，。;；:：、]{0,8}$"
)
_COUNT_LIST_BEFORE = re.compile(
    rf"(?<![第A-Za-z0-9.]|{_NUMERAL_CHAR})(?:[0-9]+|(?!一(?!{_NUMERAL_CHAR})){_NUMERAL_CHAR}+)"
    # (a date is no count: 2020年实施的政策和一个机制)
    rf"(?![年月日号])(?:(?!{_NUMERAL_CHAR})[^\d,，。;；:：、()（）]){{1,14}}(?:和|及|[,，]?以及)$"
)
#: How far back :data:`_COUNT_LIST_BEFORE` looks from the 一 (a count, a noun of up to 14
#: characters and the joiner: 六宗违反《废物处置条例》的个案和一宗, 39个泳滩,以及一个).
_COUNT_LIST_REACH = 22


def _one_counted(s: str, i: int, counter: str) -> bool:
    """Does the 一 at ``i`` before ``counter`` count one though a noun may follow it: a
    frequency (每季进行一次) or the next count of a list (两轮督察和一次回头看)?  Not 一次性,
    一个问题 alone, 第二轮和一次 (an ordinal before), 一间公司及一名人士 (articles both)."""
    if s.startswith("性", i + 1 + len(counter)):
        return False  # 一次性: "one-off", a word
    lo = max(0, i - 14)
    if counter in _OCCASION_COUNTERS and _FREQUENCY_BEFORE.search(s, lo, i):
        return True
    return _COUNT_LIST_BEFORE.search(s, max(0, i - _COUNT_LIST_REACH), i) is not None


def _distributive_pair(s: str, i: int, end: int) -> bool:
    """Is the 一 + counter at ``s[i:end]`` one clause of a paired slogan whose other clause, a
    separator and a verb away, repeats 一 with the same counter (``整改一个、销号一个``,
    ``完成一项、销号一项``, ``成熟一个、推进一个``, three clauses alike)?  The 一 is
    distributive ("each one … each one"), not a count of one (conv20, decision 4)."""
    if not (end == len(s) or s[end] in _SLOGAN_ENDS):
        return False  # 整改一家企业: the counter's noun follows, an article
    counter = re.escape(s[i + 1 : end])
    nxt = re.compile(rf"[{_SLOGAN_SEPARATORS}]\s?{_SLOGAN_VERB}一{counter}(?=$|[{_SLOGAN_ENDS}])")
    # 有十一宗;另有一宗: the 一 of the other clause stands alone, no numeral before it
    prev = re.compile(rf"(?<!{_NUMERAL_CHAR})一{counter}[{_SLOGAN_SEPARATORS}]\s?{_SLOGAN_VERB}$")
    if (m := nxt.match(s, end)) is not None:
        first, second = i, m.end() - (end - i)
    elif (m := prev.search(s, max(0, i - 12), i)) is not None:
        first, second = m.start(), i
    else:
        return False
    # 剩余一个、在建一个: a tally of what is left (a count), not a slogan
    return not any(_REMAINING_BEFORE.search(s, max(0, k - 2), k) for k in (first, second))


#: Characters before 一案 that make it a count of cases (有一案, 共一案, 计一案, 仅一案).
_CASE_COUNT_BEFORE = frozenset("有共计达为是了仅只各第每")
_DATE_BEFORE_DAY = re.compile(r"(?:截至|截止到?|(?<![^\s,，。;；、:：月])[0-9]{1,4}日[至到\-—–~])$")


#: A label naming a count (:data:`~envindicators.units.parsing.tables.COUNT_NOUN_TEXT`:
#: 超标天数, 交办件数, 点击次数; or its 数量, 案件数量), then a copula or a colon, right
#: before a bare figure.
#: Or the label, then 以 and the figure taken as a baseline (巡查件数以1650为基准, parser
#: round 50): the label's count too.
_COUNTED_LABEL_BEFORE = re.compile(COUNT_NOUN_TEXT + r"量?(为|是|[:：]|以)[ \u3000]*$")
_BASELINE_AFTER = ("为基准", "为准", "为目标", "为标准")
#: After a bare count read after a copula, a relative clause's 的 ends the figure as a clause
#: mark does (案件数量为零的8个城市: the cities with no case; 超标天数为0的城市).
_COUNT_ENDS_BEFORE = "的"
#: The numeral zero written as a word after such a label (案件数为零, 超标天数为零): a count of
#: none in the label's counter (parser round 42); other Chinese numerals after a label are
#: left unread (超标天数为三 is rare and may name a rank).
_ZERO_WORDS = frozenset({"零"})
#: A page's view or visit counter and its colon right before a bare figure (访问量:2059,
#: 浏览量:1, 阅读:12): no counter named by 量 or 数 (``dimensionless``, as heldout16 and
#: heldout18 label it), the verb alone a count of reads (``次``).
_VIEW_COUNTER_BEFORE = re.compile(r"(?:浏览|点击|访问|阅读)(量|数)?[:：][ \u3000]*$")


#: After a figure, the mark of an item number (1、, 1., 1)).
_ENUMERATOR_AFTER = frozenset("、.．)）")


def _counted_label(s: str, i: int, end: int, num: _Num) -> str | None:
    """The unit of a bare Arabic integer that a label before it counts, or None.

    ``超标天数为0``, ``交办件数：35``, ``点击次数:1699``: the label names a count of a counter
    (a counter, then 数), so the figure is in that counter; ``访问量:2059``, ``浏览量:1``: a
    page's view counter, its figure a count with no counter named (``dimensionless``).  After
    a copula the figure must end its clause (``天数为30天`` is read by its unit); after a
    colon the label's line may go on (the normaliser drops the space before 来源:).  A decimal,
    a share or a Chinese numeral is no such count (``达标天数比例为85``, ``天数为3.5``), but
    for the word 零 (``案件数为零``: none, parser round 42).
    """
    if num.percent is not None or num.multiplier is not None:
        return None
    if num.chinese and s[i:end] not in _ZERO_WORDS:
        return None  # of the Chinese numerals, 零 only (案件数为零: a count of none)
    if not num.chinese and not num.integer:
        return None
    if end < len(s) and s[end] in _ENUMERATOR_AFTER:
        return None  # 浏览次数: 1、道路交通噪声: the counter is empty, 1、 opens a list
    lo = max(0, i - 12)
    m = _COUNTED_LABEL_BEFORE.search(s, lo, i)
    if m is not None:
        if (
            m.group(2) in ("为", "是")
            and end < len(s)
            and s[end] not in _CLAUSE_DELIMITERS
            and s[end] != _COUNT_ENDS_BEFORE
        ):
            return None
        if m.group(2) == "以" and not s.startswith(_BASELINE_AFTER, end):
            return None  # 件数以外, 次数以上: 以 opens a word, not a baseline
        return _BASE_UNITS.get(m.group(1), m.group(1))
    v = _VIEW_COUNTER_BEFORE.search(s, lo, i)
    if v is None:
        return None
    return DIMENSIONLESS if v.group(1) else "次"


def _band_opens(s: str, end: int) -> bool:
    """Does a range separator then a digit follow a bare number ending at ``end`` (``0~50``):
    the number opens a band, not a value by itself?"""
    sep_end = _range_separator(s, end)
    return 0 < sep_end < len(s) and s[sep_end].isdigit()


def _extract_filter(
    s: str, i: int, num: _Num, hit: _Hit, pre: _Prefix, end: int
) -> tuple[_Hit | None, int, _Skip | None]:
    n = len(s)
    nxt = s[end] if end < n else ""
    if hit.unit is None:
        if num.product:
            # 网格大小为1000×1000: a product of sizes without a unit states a shape (the guide:
            # not a mention); 8×200吨/日 (a count times an amount) has its unit and is read
            return None, end, _Skip(i, end, "a product of sizes without a unit (1000×1000)")
        if (
            not num.chinese
            and num.percent is None
            and _INDEX_LIST_BEFORE.search(s, max(0, i - _INDEX_LIST_TEXT), i)
            and (
                pre.cover_start == i
                or _INDEX_BEFORE.search(s, max(0, pre.cover_start - 8), pre.cover_start)
            )
            and not _unit_follows_list(s, end)
        ):
            if _band_opens(s, end):
                # AQI为0~50时…: the low end of a band the range reader did not close is no
                # value of the index by itself (never a silent single value)
                return None, end, _Skip(i, end, "the low end of an index's unclosed band")
            # 空气质量指数达219及204: the index's values, listed without a unit
            hit.unit = DIMENSIONLESS
            return hit, end, None
        if (
            not num.chinese
            and num.percent is None
            and (mean := _MEAN_LIST_BEFORE.search(s, max(0, i - _INDEX_LIST_TEXT), i))
            and not _PH_OR_INDEX_BEFORE.search(s, max(0, mean.start() - 6), mean.start())
            and _list_ends_bare(s, end)
            and _particulate_named_before(s, i)
        ):
            # PM2.5平均值分别为18、20和26 (and 三区平均值分别为33、31及37 in the sentence after):
            # a particulate's mean concentration with its unit left out; μg/m³ is the unit
            # such means are always given in, inferred and flagged, never silent
            hit.unit = "μg/m3"
            hit.flags.append(FLAG.AMBIGUOUS_UNIT)
            return hit, end, None
        if _is_pending(s, end, num):
            hit.pending = True
            return hit, end, None
        if not num.chinese and num.integer and _CLOCK_AFTER.match(s, end):
            # 受理时间为每天8:00至20:00: a time of day, no quantity
            return None, end, _Skip(i, end, "a time of day (8:00)")
        if num.integer and (increment := _count_after_increment(s, end)) is not None:
            # 372(+1)件: 372 cases and one shared with another place; the count is 372 or
            # 373, so it is read as written and flagged (the increment is no figure of its own)
            hit.unit, end = increment
            hit.end = hit.cover_end = end
            hit.flags.append(FLAG.SUSPECT_NUMBER)
            return hit, end, None
        if (label_unit := _counted_label(s, i, end, num)) is not None:
            # 超标天数为0, 点击次数:1699, 访问量:2059: a count named before a bare
            # figure, or a page's view counter
            hit.unit = label_unit
            return hit, end, None
        if (
            num.multiplier is not None
            and num.percent is None
            and not num.lone_scale
            and _POPULATION_BEFORE.search(s, max(0, i - 14), i)
            and _POPULATION_END.match(s, end)
        ):
            # 人口超过400万, 人口数188.6万, 人口将近70万: a population whose 人 is left out
            # (a figure with a multiplier ending its clause): inferred, flagged
            hit.unit = "人"
            hit.flags.append(FLAG.AMBIGUOUS_UNIT)
            return hit, end, None
        if (
            pre.copula
            and not num.chinese
            and (
                nxt == ""
                or nxt in _CLAUSE_DELIMITERS
                or (nxt == " " and (end + 1 >= n or s[end + 1] in _CLAUSE_DELIMITERS))
            )
        ):  # 酸硷值为3.5 (酸硷值低于5.6为酸雨): a space before the parenthesis
            hit.unit = DIMENSIONLESS
            return hit, end, None
        if num.multiplier is not None and num.percent is None and _PEOPLE_AFTER.match(s, end):
            # 共吸纳160万贫困人口, 促进300万人口解决粮食问题: a count of people whose measure is
            # the noun 人口 itself (a multiplier, then the population named)
            hit.unit = "人"
            return hit, end, None
        if (
            num.percent is None
            and not num.fraction
            and num.multiplier is not None
            and (counter := _quoted_counter(s, end)) is not None
        ):
            # 完成10.5万“无树户”绿化: the counter is the last word of the quoted noun after
            # the figure with its multiplier (户), as 10.5万户 would write it
            hit.unit = counter
            return hit, end, None
        if not num.chinese and num.percent is None and _PH_AFTER.match(s, end):
            # 录得3.4的最低雨水酸硷值, 最低为3.7的雨水酸硷值: the value written before the name
            # of the pH it is (dimensionless), as 酸硷值为3.5 after it
            hit.unit = DIMENSIONLESS
            return hit, end, None
        clause_ends = (
            nxt == "" or nxt in _CLAUSE_DELIMITERS or nxt.isspace() or s.startswith(_ELLIPSES, end)
        )
        if (
            (
                num.multiplier in _MONEY_MULTIPLIERS
                and not num.chinese
                and (
                    (clause_ends and _money_clause(s, hit.cover_start, num.multiplier))
                    or _FINE_AFTER.match(s, end) is not None
                )
            )
            # 罰十萬, 合計七十三萬罰鍰: in Chinese numerals only a fine named right before the
            # figure or right after it (parser round 50); 十万 alone is as often a count
            or (
                num.chinese
                and not num.lone_scale
                and s[end - 1 : end] in ("万", "亿")
                and (
                    (clause_ends and _FINE_RIGHT_BEFORE.search(s, max(0, i - 6), i) is not None)
                    or _FINE_AFTER.match(s, end) is not None
                )
            )
        ):
            # 罚1.8亿, 处罚金额超2.8亿, 行政处罚共132818件,116.87亿!: a headline amount of money
            # with its unit left out; 可处6万以上罚锾: the fine named right after its bound;
            # 最高罚6千: 千 only right after a verb of fining.  元 is inferred, flagged; a
            # currency named right before the figure (处新台币6万以上罚锾) is its unit
            currency = _currency_before(s, i)
            if currency is None:
                hit.unit = "元"
                hit.flags.append(FLAG.AMBIGUOUS_UNIT)
            else:
                hit.unit = currency
            return hit, end, None
        if (
            num.lone_scale
            and hit.prefix_qualifier
            and hit.qualifier in (QUALIFIER.GREATER, QUALIFIER.AT_LEAST, QUALIFIER.NEARLY)
            and (unit_word := _lone_scale_unit(s, hit.cover_start)) is not None
        ):
            # 人口超过百万, 罚锾破百万: a bare multiplier after a bound word, its unit left out
            # and named by the noun before it (people → 人, money → 元): inferred, flagged
            hit.unit = unit_word
            hit.flags.append(FLAG.AMBIGUOUS_UNIT)
            return hit, end, None
        if not num.chinese and num.percent is None and not num.fraction:
            if s[i - 1 : i] == "(" and _CLOSED_ALONE.match(s, end):
                # 35微克/立方米(38), 3.25(3.76), 高新区(4.33): a figure alone in parentheses;
                # the context rules read it against the figure or the name before it
                hit.paren = True
                return hit, end, None
            if _PAIRED_CELL.match(s, end) and _cell_value(s, i, end):
                # | 3.25(3.76) |: a value and, in parentheses, the value of another period
                # (or a target) in a cell of a flattened table; no unit is written
                hit.unit = DIMENSIONLESS
                hit.flags.append(FLAG.AMBIGUOUS_UNIT)
                return hit, end, None
        if not num.chinese and _indexed_year_value(s, i, end):
            hit.unit = DIMENSIONLESS
            return hit, end, None
        if not num.chinese and _INDEX_BEFORE.search(
            s, max(0, hit.cover_start - 8), hit.cover_start
        ):
            if _band_opens(s, end):
                # AQI>0~50时…: the low end of a band the range reader did not close is no
                # value of the index by itself (never a silent single value)
                return None, end, _Skip(i, end, "the low end of an index's unclosed band")
            # PSI>100, AQI<50, 空气质量指数大于100: the value of an index has no unit
            hit.unit = DIMENSIONLESS
            return hit, end, None
        if (
            not num.chinese
            and hit.prefix_qualifier
            and hit.qualifier
            in (QUALIFIER.GREATER, QUALIFIER.LESS, QUALIFIER.AT_LEAST, QUALIFIER.AT_MOST)
            and (nxt == "" or nxt in _CLAUSE_DELIMITERS)
            and _ph_in_sentence(s, hit.cover_start)
        ):
            # PH值应大于7.6,但被检出小于7.6: the bound of the pH named in the sentence
            hit.unit = DIMENSIONLESS
            return hit, end, None
        if not num.chinese and hit.suffix_qualifier and nxt in _CATEGORY_QUOTES:
            # 介于51~100「普通」, 100以上「不良」: a bound of an index that names its category
            hit.unit = DIMENSIONLESS
            return hit, end, None
        if (
            not num.chinese
            and num.percent is None
            and hit.kind in (KIND.CHANGE_ABSOLUTE, KIND.CHANGE_RELATIVE)
            and hit.sign != 0
            and (nxt == "" or nxt in _CLAUSE_DELIMITERS)
            and _INDEX_VALUE_CLAUSE_BEFORE.search(
                s, max(0, hit.cover_start - _INDEX_VALUE_CLAUSE_TEXT), hit.cover_start
            )
        ):
            # 综合指数为3.32,同比下降0.09: the change of the index whose bare value ends the
            # clause before, as unitless as that value; an absolute change (a relative one
            # would carry %)
            hit.unit = DIMENSIONLESS
            hit.kind = KIND.CHANGE_ABSOLUTE
            return hit, end, None
        return None, end, _Skip(i, end, "a number without a unit")
    if hit.unit in _COUNTERS and _defined_count_name(s, i, end):
        # “2+26”城市, 以下简称168城市 … 74城市中: a group's name, not a count (the guide)
        return None, end, _Skip(i, end, "a name defined by a count (以下简称74城市)")
    if hit.unit == "个" and hit.kind is KIND.LEVEL and (sign := _class_difference(s, i, end)):
        # 优于考核目标一个类别: better than the target by one class, a change of +1
        hit.kind = KIND.CHANGE_ABSOLUTE
        hit.sign = sign
        if sign < 0 and hit.value is not None:
            hit.value = -abs(hit.value)
    if num.chinese and hit.unit == "度" and s[end : end + 1] in _PASSIVE_AFTER_TIMES:
        # 两度被罚款60,000元, 三度获奖: 度 counts occasions ("twice"), an adverb of the verb
        return None, end, _Skip(i, end, "N度 before a verb is 'N times', not degrees")
    if num.chinese:
        unit0 = hit.unit.split("/")[0]
        if opens_place_name(s, i):
            # 九台区9件, 三元区, 五家渠市: the numeral opens a place's name in the gazetteer
            return None, end, _Skip(i, end, "part of a place name (九台区)")
        if (
            num.single_one
            and hit.qualifier is QUALIFIER.EXACT
            and hit.value == 1
            and unit0 in _COUNTERS  # 一项任务 is "a task"; 一个月, 一日 are durations
            # 有一站日AQI>100, 一人次: a counter of tallies (units × days or times) names no
            # noun for an article to stand before, so 一 counts
            and not _TALLY_COUNTER.fullmatch(unit0)
            and not pre.verb  # 水质提高一个类别, 比上年多一个省: a change by one
            # 九市一区, 两省一市: after a count of places, 一 counts the next kind of place
            and not _after_place_count(s, i, unit0)
            # 个案有一宗; 数量为一家。: nothing follows the counter, so it counts (an article
            # stands before its noun: 一家企业)
            and not (
                (end == n or s[end] in _COUNT_CLAUSE_ENDS)
                and unit0 != "方面"  # 一方面, 另一方面: a discourse phrase
                and i > 0
                and s[i - 1] not in _COUNT_CLAUSE_ENDS
            )
            # 优于考核目标一个类别: a water class better than the target by one
            and not _class_difference(s, i, end)
            # 另有一宗违反《水污染管制条例》: one more case in a tally of cases (an article
            # would say 有一宗案件 or stand after a verb of its own)
            and not (unit0 in _CASE_COUNTERS and s[max(0, i - 2) : i] in _ONE_MORE_BEFORE)
            and not (
                unit0 in _CASE_COUNTERS
                and _TALLY_PART_BEFORE.search(s, max(0, i - 3), i)
                and not s.startswith(("事", "事情"), end)
            )
            and not _REMAINING_BEFORE.search(s, max(0, i - 2), i)
            and not _one_counted(s, i, unit0)
        ):
            return None, end, _Skip(i, end, "一 + counter is an article ('a'), not a count")
        if (
            num.single_one
            and hit.value == 1
            and unit0 in _COUNTERS
            and not _TALLY_COUNTER.fullmatch(unit0)
            and _distributive_pair(s, i, end)
        ):
            # 整改一个、销号一个: "each one rectified, each one closed", not a count of one
            return None, end, _Skip(i, end, "一 + counter of a paired slogan is 'each'")
        if num.single_one and hit.value == 1 and s[max(0, i - 2) : i] == "任何":
            # 没有任何一天是良好, 任何一家企业: "any", not a count of one
            return None, end, _Skip(i, end, "任何 + 一 + counter is 'any', not a count")
        if num.single_one and hit.value == 1 and unit0 in _TIME_UNITS and s[i - 2 : i] == "最后":
            # 今年最后一天, 最后一年: a point in time (the last day), not a duration
            return None, end, _Skip(i, end, "最后 + 一 + time unit is a point in time")
        if (
            num.single_one
            and hit.value == 1
            and unit0 in _TIME_UNITS
            and s[i - 2 : i] in ("过去", "過去")
        ):
            # 过去一年,西宁市…: "the past year", a period like 去年 (过去5年 is a duration)
            return None, end, _Skip(i, end, "过去 + 一 + time unit is a period (the past year)")
        if num.single_one and hit.value == 1 and s[i - 1 : i] in _ONE_IN_A_WORD_BEFORE:
            # 呈单一年度上升, 同一年, 唯一一座: 一 is part of the word before it (single, same,
            # only), not a count
            return None, end, _Skip(i, end, "一 inside a word (单一, 同一, 唯一), not a count")
        if num.single_one and hit.value == 1 and unit0 == "年" and s[i - 1 : i] == "的":
            # 是高质量发展的一年: "a year", an article (为期一年, 提前一年 are durations)
            return None, end, _Skip(i, end, "一 + 年 after 的 is an article ('a year')")
        if (
            num.single_one
            and hit.value == 1
            and unit0 == "年"
            and _STAGE_YEAR_BEFORE.search(s, max(0, i - 4), i)
        ):
            # 整改的重要一年, 是决胜之年也是关键一年: a year named as a stage, an article
            return None, end, _Skip(i, end, "an evaluative word + 一年 names a year ('a key year')")
        if (
            num.single_one
            and hit.value == 1
            and unit0 in _TIME_UNITS
            and _PAST_PERIOD_BEFORE.search(s, max(0, i - 4), i)
        ):
            # 过去一年污染回升, 过去的一个月: the period just past, named like 去年 or 上月;
            # 未来一周空气质量: the coming one, named like 下周 (过去五年, 未来5年 are
            # durations, mentions by the guide)
            return None, end, _Skip(i, end, "过去/未来 + 一 + time unit names a period")
        if (
            num.single_one
            and hit.value == 1
            and unit0 == "案"
            and not pre.verb
            and i > 0
            and CJK_UNIT_PATTERN.match(s[i - 1]) is not None
            and s[i - 1] not in _CASE_COUNT_BEFORE
        ):
            # 空气品质不良一案, 关于某公司违法排污一案: "the matter of …" after the matter's
            # name; a count of cases is written 有一案, 共1案, 一件案
            return None, end, _Skip(i, end, "…一案 names a matter ('the case of'), not a count")
        if (
            unit0 == "类"
            and not _CLASS_COUNT_BEFORE.search(s, max(0, i - 3), i)
            and s[i] != CARDINAL_ONLY  # 两类 counts two kinds: 两 names no class
            and not s.startswith(_MAJOR_CLASS, num.end)  # 八大类: no class is named 大
        ):
            return None, end, _Skip(i, end, "a class name (二类)")  # 共四类功能区 is a count
        if (
            nxt in _TOPONYM_SUFFIXES
            or (unit0 == "台" and nxt in _TAI_TOPONYM_SUFFIXES)
            or (unit0 == "台" and _PLACE_COUNT_AFTER_NAME.match(s, end))  # 五寨、五台两县
        ) and not s.startswith(_TOPONYM_COMMON_NOUNS, end):
            return None, end, _Skip(i, end, "part of a place name (四台矿)")
        if unit0 in _COUNTERS and unit0 not in _FIRM_COUNTERS and _FIRM_NAME_AFTER.match(s, end):
            # 康二城煤矿, 三条石有色金属铸造有限公司: a counter that counts no firm, then the
            # rest of a firm's name: the numeral is part of the name
            return None, end, _Skip(i, end, "part of a firm's name (二城煤矿)")
    if (
        hit.unit.split("/")[0] == "类"
        and nxt in _CLASSIFIED_NOUN_FIRST
        and not _CLASS_COUNT_BEFORE.search(s, max(0, i - 3), i)
    ):
        # 3类水, 2类标准, 1类区, 0 类声环境功能区, 1至4类区: the name of a class of a standard
        return None, end, _Skip(i, end, "a class name (3类水, 1类区)")
    if (
        (hit.unit == "类" or (hit.unit.isascii() and len(hit.unit) == 1))
        and num.integer
        and not _CLASS_COUNT_BEFORE.search(s, max(0, i - 3), i)
    ):
        # 4a类功能区, 2类、3类、4a类功能区, 0~4a类区: a list of class names ending in the
        # noun they classify (a sub-class letter is no unit)
        start = end if hit.unit == "类" else end - len(hit.unit)
        m = _CLASS_LIST_TAIL.match(s, start)
        if (
            m is not None
            and m.end() > start
            and s[m.end() - 1] == "类"
            and m.end() < n
            and s[m.end()] in _CLASSIFIED_NOUN_FIRST
        ):
            return None, m.end(), _Skip(i, m.end(), "a list of class names (2类、4a类区)")
    if (
        num.lone_scale
        and not (hit.prefix_qualifier or num.inner or hit.suffix_qualifier)
        # 平均每月更達百萬次: millions of a counter, a count
        and not (
            _COUNTED_MILLIONS.fullmatch(s, num.start, num.end)
            and (hit.unit or "").split("/")[0] in _COUNTERS
        )
    ):
        return None, end, _Skip(i, end, "a bare multiplier word (万元, 千方百计)")
    if hit.unit == "批" and hit.qualifier is QUALIFIER.RANGE and num.integer:
        # 第1-11批, 对1-11批395件信访件: batch numbers (the guide), not a count of batches
        return None, end, _Skip(i, end, "batch numbers (1-11批)")
    if hit.unit == "日" and hit.qualifier is QUALIFIER.RANGE and _DAY_SPAN.match(s, i):
        # 2日至3日: the day word on both ends makes it a span of dates (2至3日 is a duration)
        return None, end, _Skip(i, end, "days of the month (2日至3日)")
    if (
        hit.unit == "日"
        and (num.integer or num.chinese)
        and _DATE_BEFORE_DAY.search(s, max(0, i - 9), i) is not None
        and hit.qualifier is QUALIFIER.EXACT
    ):
        # 截至7日, 截至24日18时: the day of the month up to which a count runs
        return None, end, _Skip(i, end, "a day of the month after 截至")
    if (
        hit.unit == "日"
        and num.integer
        and hit.qualifier is QUALIFIER.EXACT
        and (counted := _listed_day_counts(s, i)) is not None
    ):
        # 扬尘2日及1日: a list of day counts after a noun, days (flagged unless a word of the
        # clause, 分别 or 出现, settles it)
        if not counted:
            hit.flags.append(FLAG.AMBIGUOUS_UNIT)
        return hit, end, None
    if (
        hit.unit == "日"
        and pre.cover_start == hit.start == i
        and (num.integer or num.chinese)
        and not _DAY_COUNT_BEFORE.search(s, max(0, i - 3), i)  # 日数(34日): a count of days
        # 全年有66日及62日: the next count of a list of days (5月5日及6日 stays dates)
        and not _DAY_COUNT_LIST_BEFORE.search(s, max(0, i - 8), i)
        and not _DAY_COUNT_APART.search(s, max(0, i - 2), i)  # 另外2日: days set apart
        # 占3.89%(13日): a day alone in parentheses after a share counts the days behind it
        and not (s[max(0, i - 2) : i] in _SHARE_THEN_PAREN and s[end : end + 1] in ")）")
        # 15日内可检举, 应于3日以内: a day then 内 is a time limit, days (as 7天之内); a date
        # has its month before it (于次月10日内提报: by the 10th of the next month)
        and not (s[i - 1 : i] != "月" and _day_limit(s, i + len(s[i:end].split("日")[0])))
        # 相较105年80日: no month has more than 31 days, so a bigger number counts days
        # unless it may be a month and a day glued (1116日, 417日: the 月 lost in the copy)
        # or a connector to another day follows (132日至1日: a span of dates, damaged)
        and not (
            _no_day_of_month(s[i:end].rstrip("日")) and s[end : end + 1] not in _DAY_SPAN_JOINERS
        )
    ):
        return None, end, _Skip(i, end, "a day of the month")  # 31日, 督察组…; 增加20日 is days
    if (
        hit.unit == "日"
        and num.integer
        and 1 <= num.value <= 31
        and hit.qualifier is QUALIFIER.EXACT
        and _DAY_AT_BEFORE.search(s, max(0, i - 1), i) is not None
        and not s.startswith(("内", "之内", "以内"), end)
    ):
        return None, end, _Skip(i, end, "a day of the month after 在/于 (在24日举行)")
    return hit, end, None


#: A count of days then 内, 之内, 以内 (15日内): the limit of a time allowed.
_DAY_LIMIT = re.compile(r"日(?:之|以)?(?=内)")


def _day_limit(s: str, k: int) -> bool:
    """Whether the 日 at ``k`` is followed by 内, 之内 or 以内 (15日内: a time limit, days), not
    by a word 内 opens (15日内部会议)."""
    m = _DAY_LIMIT.match(s, k)
    return m is not None and not s.startswith(_WORDS_OPENED_BY_WITHIN, m.end())


#: An enumeration comma with stray commas around it (5.23%,、9.44%; 10%、,15%): doubled
#: punctuation left in reprints where links were removed; or with spaces around it (42.1、
#: 37.6 、0.31公吨/年), a copy from a PDF.
_NOISY_ENUM = re.compile(r"[,，]{0,2} {0,2}、 {0,2}[,，]{0,2}")

#: Units that a list may write only at its end after 个: 0.7个、3.2个和2.6个百分点.
_GE_UNITS = frozenset({"百分点", "月", "小时", "工作日"})


_OPENING_BRACKETS = ("(", "（")
_CLOSING_BRACKETS = (")", "）")


def _member_after_a_verb(s: str, g: list[_Hit], last: _Hit) -> bool:
    """Whether ``last`` is a later member of a list led by a verb of change (增加0.1万次(3.4%)、
    55万元): not its first nor a restatement in brackets itself."""
    return len(g) > 1 and g[0].own_verb and s[last.start - 1 : last.start] not in _OPENING_BRACKETS


def _joins(s: str, groups: list[list[_Hit]], h: _Hit) -> bool:
    """Does ``h`` continue the enumeration of ``groups[-1]``?"""
    last = groups[-1][-1]
    if h.start < last.end:
        return False
    gap = s[last.end : h.start]
    if " " in gap and gap.strip(" ") in _ENUM_SEPARATORS:
        gap = gap.strip(" ")  # 1.98 倍及 2.5 倍: a PDF copy's spaces around the separator
    if gap in _ENUM_SEPARATORS or _NOISY_ENUM.fullmatch(gap):
        return True  # 5.23%,、9.44%: a comma left next to 、 by a removed link is noise
    if gap == "" and last.unit == h.unit == "%" and h.bare and not h.own_verb:
        return True  # 24.5%21.7%: the separator of a list lost in the copy
    if (
        gap == "("
        and h.bare
        and h.unit != last.unit
        and (last.own_verb or _member_after_a_verb(s, groups[-1], last))
    ):
        return True  # 同比下降9.5%(2微克/立方米): the same change in absolute terms
    if (
        gap[:1] in _CLOSING_BRACKETS
        and gap[1:] in _ENUM_SEPARATORS
        and h.bare
        and len(groups[-1]) > 1
        and groups[-1][0].own_verb
        and s[last.start - 1 : last.start] in _OPENING_BRACKETS
    ):
        # 分别增加0.1万次(3.4%)、55万元(0.6%): after a change and its restatement in brackets,
        # the list goes on — the next member shares the verb as it would without the bracket
        return True
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
    _apply_context_rules(s, hits)
    groups: list[list[_Hit]] = []
    for h in hits:
        if groups and _joins(s, groups, h):
            groups[-1].append(h)
            continue
        groups.append([h])
    for g in groups:
        if len(g) > 1:
            _share(g)
            _restated_share_over_list(s, g)
            _difference_over_list(s, g)
            _points_over_list(s, g)
    return groups


def _restated_share_over_list(s: str, g: list[_Hit]) -> None:
    """分别较上年增加0.1万次(3.4%)、55万元(0.6%); 减少1.2万吨(3.4%)、2.5万吨(0.6%): a share in
    brackets right after a later member of a list led by a verb of change restates that
    member's change in %, as the first member's bracket does — a relative change with the
    member's sign, not the member's part of a total (which a share in brackets after a bare
    amount of money or mass is, :func:`~.context_rules._share_of_a_count`)."""
    if not g[0].own_verb:
        return
    for prev, h in itertools.pairwise(g):
        if (
            h.kind is KIND.RATIO
            and h.unit in _SHARE_UNITS
            and not h.own_verb
            and h.value is not None
            and h.value >= 0
            and prev.kind is KIND.CHANGE_ABSOLUTE
            and prev.sign != 0
            and s[prev.end : h.start] in _OPENING_BRACKETS
            and s.startswith(_CLOSING_BRACKETS, h.end)
        ):
            h.kind = KIND.CHANGE_RELATIVE
            h.sign = prev.sign
            h.baseline = prev.baseline
            if prev.sign < 0:
                h.value = -h.value
            if FLAG.AMBIGUOUS_SIGN in prev.flags and FLAG.AMBIGUOUS_SIGN not in h.flags:
                h.flags.append(FLAG.AMBIGUOUS_SIGN)


def _as_differences(
    g: list[_Hit], sign: int, reference: str | None, flags: Sequence[Flag] = ()
) -> None:
    """Every member of list ``g`` becomes an absolute difference to ``reference`` with the
    comparative's ``sign`` (its value negated when the sign is negative), keeping ``flags``."""
    for h in g:
        h.kind = KIND.CHANGE_ABSOLUTE
        h.sign = sign
        h.baseline = reference
        h.flags.extend(f for f in flags if f not in h.flags)
        if sign < 0 and h.value is not None:
            h.value = -abs(h.value)


def _difference_over_list(s: str, g: list[_Hit]) -> None:
    """较世界卫生组织标准分别超出21、8及9微克/立方米: a list whose unit is written once at its
    end, after a comparative with its reference (see ``_difference_context``): every member
    is a difference to that reference, as a single figure after the comparative is.  (The
    first member had no unit yet when its words were read.)"""
    first = g[0]
    unit = first.unit
    if (
        unit is None
        or unit in _SHARE_UNITS
        or unit in _COUNTERS
        or unit == DIMENSIONLESS
        or first.own_verb
        or first.prefix_qualifier
        or any(h.kind is not KIND.LEVEL or h.own_verb or h.unit != unit for h in g)
    ):
        return
    sign, reference, _, flags = _difference_context(s, first.start)
    if sign != 0:
        _as_differences(g, sign, reference, flags)


def _points_over_list(s: str, g: list[_Hit]) -> None:
    """分别快于全国0.9和1.1个百分点, 分别高于全省2、3个百分点: a list of 百分点 whose comparative
    and reference stand before its first member (no member has a verb of its own): every
    member is a difference to that reference, with the comparative's sign, as a single figure
    after it is (see ``_points_context``)."""
    first = g[0]
    if first.own_verb or any(
        h.unit != "百分点" or h.own_verb or h.sign != 0 or h.minus or h.value is None for h in g
    ):
        return
    sign, reference, _ = _points_context(s, first.start)
    if sign != 0:
        _as_differences(g, sign, reference)


def _minus_under_shared_direction(first: _Hit, h: _Hit) -> None:
    """A list member with its own written minus under the direction of the list's first
    member reads as it would in the first place (分别下降-2.74%和-5.04%, 降低率分别修订为
    -2.74%和-5.04%): every member alike, the same value, sign and flag.

    After a verb of decrease the minus is a double negative (下降-2% → +2 %, sign +1,
    ``sign_conflict``); after a rate or change noun of decrease it repeats the direction
    (降低率-2.74% → −2.74 %, sign −1, ``sign_conflict``); after a verb of increase it is the
    direction (上升-16.7% → −16.7 %, sign −1).
    """
    assert h.value is not None
    if first.verb_sign == 0:
        # 分别改善3%和-2%: the direction of the verb is unknown; the minus is the sign, and
        # the member is in the same doubt as the first
        if FLAG.AMBIGUOUS_SIGN in first.flags and FLAG.AMBIGUOUS_SIGN not in h.flags:
            h.flags.append(FLAG.AMBIGUOUS_SIGN)
        return
    h.kind = KIND.CHANGE_RELATIVE if h.unit in _SHARE_UNITS else KIND.CHANGE_ABSOLUTE
    h.baseline = first.baseline
    magnitude = abs(h.value)
    if first.verb_sign > 0:
        h.value, h.sign = -magnitude, -1
        return
    if first.noun_sign:
        h.value, h.sign = -magnitude, -1
    else:
        h.value, h.sign = magnitude, 1
    if FLAG.SIGN_CONFLICT not in h.flags:
        h.flags.append(FLAG.SIGN_CONFLICT)


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
            h.flags.append(FLAG.SHARED_UNIT)
            if FLAG.AMBIGUOUS_UNIT in nxt.flags:
                h.flags.append(FLAG.AMBIGUOUS_UNIT)  # a unit inferred for the list is in doubt
            if h.multiplier is None and nxt.multiplier is not None and h.value is not None:
                # 12.5、13.2万亩: the multiplier written once applies to every item
                h.value = h.value * SCALE_WORDS[nxt.multiplier]
                h.multiplier = nxt.multiplier
                h.flags.append(FLAG.SHARED_MULTIPLIER)
            if nxt.kind is KIND.RATIO and h.kind is KIND.LEVEL:
                h.kind = KIND.RATIO
    # 分别降低0.7个、3.2个和2.6个百分点: 个 stands for the 个百分点 written at the end
    tail = g[-1].unit
    if tail in _GE_UNITS:
        for h in g[:-1]:
            if h.unit == "个":
                h.unit = tail
                h.flags.append(FLAG.SHARED_UNIT)
                if tail == "百分点" and not h.own_verb:
                    h.kind = KIND.CHANGE_ABSOLUTE
    first = g[0]
    if first.own_verb:
        for h in g[1:]:
            if h.minus and not h.own_verb and h.unit is not None and h.value is not None:
                _minus_under_shared_direction(first, h)
                continue
            if h.own_verb or h.unit is None or h.sign != 0:
                continue
            if h.kind is KIND.LEVEL or (h.kind is KIND.CHANGE_ABSOLUTE and h.unit == "百分点"):
                h.kind = KIND.CHANGE_RELATIVE if h.unit in _SHARE_UNITS else KIND.CHANGE_ABSOLUTE
                h.sign = first.verb_sign
                h.baseline = first.baseline
                if FLAG.AMBIGUOUS_SIGN in first.flags and FLAG.AMBIGUOUS_SIGN not in h.flags:
                    h.flags.append(FLAG.AMBIGUOUS_SIGN)
                if first.verb_sign < 0:
                    if h.value is not None:
                        h.value = -h.value
                    if h.low is not None and h.high is not None:
                        h.low, h.high = -h.high, -h.low
    elif first.kind in (KIND.CHANGE_RELATIVE, KIND.CHANGE_ABSOLUTE) and first.baseline in (
        "同比",
        "环比",
    ):
        for h in g[1:]:  # 同比分别为3.2%,-6.97%
            if h.kind is KIND.LEVEL and h.unit == first.unit and h.value is not None:
                h.kind = first.kind
                h.baseline = first.baseline
                h.sign = (h.value > 0) - (h.value < 0)
    if first.kind is KIND.RATIO and first.unit in _SHARE_UNITS:
        for h in g[1:]:
            if h.kind is KIND.LEVEL and h.unit == first.unit and not h.paired:
                h.kind = KIND.RATIO  # 目标任务的11%、16%和28%
    if first.kind is KIND.EXCEEDANCE_MULTIPLE:
        for h in g[1:]:
            # 分别超过标准1.98倍和2.5倍: the bare multiples of the list exceed the same limit
            if (
                h.kind is KIND.RATIO
                and h.unit == first.unit
                and h.numerator is None
                and not h.own_verb
                and not h.prefix_qualifier
            ):
                h.kind = KIND.EXCEEDANCE_MULTIPLE
    if first.prefix_qualifier and first.qualifier in (QUALIFIER.APPROX, QUALIFIER.NEARLY):
        # 分别下降约8.4%及9.7%, 約8.4%、9.7%: 约 (or 近) written once before the list
        # qualifies every member that has no word of its own
        for h in g[1:]:
            # (the same unit: 增加约4945公吨(11%) restates the change, its 11% is exact)
            if (
                h.bare
                and h.qualifier is QUALIFIER.EXACT
                and h.value is not None
                and h.unit == first.unit
            ):
                h.qualifier = first.qualifier
    last = g[-1]
    if last.suffix_qualifier and last.qualifier in (
        QUALIFIER.AT_LEAST,
        QUALIFIER.AT_MOST,
        QUALIFIER.APPROX,
    ):
        for h in g[:-1]:
            if h.qualifier is QUALIFIER.EXACT:
                h.qualifier = last.qualifier
    if any(f is FLAG.AMBIGUOUS_SEPARATOR for h in g for f in h.flags):
        for h in g:  # a list with a comma between digits: every item is in doubt
            if FLAG.AMBIGUOUS_SEPARATOR not in h.flags:
                h.flags.append(FLAG.AMBIGUOUS_SEPARATOR)


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
