"""Numbers of the quantity parser.

Arabic digits (thousands separators, exponents, fractions), Chinese numerals, multipliers
and vague estimates (数十, 几百, 十几, 三四).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from envindicators.errors import QuantityParseError
from envindicators.units.numerals import (
    CHINESE_DIGITS,
    CHINESE_NUMERAL_CHARS,
    FINANCIAL_SCALES,
    parse_chinese_integer,
)
from envindicators.units.parsing.tokens import _STEPS, _Num
from envindicators.units.parsing.unit_words import _unit_starts
from envindicators.units.registry import SCALE_WORDS
from envindicators.units.vocab import FLAG, INNER_QUALIFIERS, QUALIFIER

_MAX_DIGITS = 30  # longest Arabic digit run read as a number
_MAX_NUMERAL = 32  # longest Chinese numeral run
_SCALE_CHARS = frozenset("十百千万亿")
_INNER_QUALIFIERS = INNER_QUALIFIERS
_ARABIC_RUN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: Digit groups of exactly three after a comma (ASCII or full-width, folded): 1,280 12,345.6;
#: or after one space (thin and no-break spaces are folded to it by normalize_text), the same
#: separator throughout: 6 542座, 1 000 m, 12 345 678 (SI and ISO 80000 digit grouping).
_GROUPED = re.compile(r"[0-9]{1,3}(?:(?:,[0-9]{3})+|(?: [0-9]{3})+)(?![0-9])(?:\.[0-9]+)?")
#: Further decimal points after a decimal number (62.596.6).
_MORE_POINTS = re.compile(r"(?:\.[0-9]+)+")
#: An integer part written with a leading zero (05, 007; not 0, 0.5).
_LEADING_ZERO = re.compile(r"0[0-9]")
_EXPONENT = re.compile(r"\^(-?[0-9]{1,3})")
_FRACTION_DENOMINATOR = re.compile(r"/([0-9]{1,6})(?![0-9./])")
_MAX_EXPONENT = 30


_DECIMAL = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def _lost_separator_range(run: str) -> tuple[Decimal, Decimal] | None:
    """The one split of a digit run with two decimal points into an increasing pair.

    ``62.596.6`` splits as 62.5 | 96.6 (62.59 | 6.6 decreases): a range whose separator
    was lost in a copy.  The splits considered give two well-formed numbers (one decimal
    point each, no leading zero) in increasing order; where several do (``0.110.2``: 0.1 |
    10.2 or 0.11 | 0.2), the one whose ends have as many decimals as each other (a range is
    written to one precision); of integers (``1829``: 1 | 829 or 18 | 29), the one whose ends
    have as many digits as each other.  None when no split, or no single one, is left.
    """
    found: list[tuple[Decimal, Decimal]] = []
    for p in range(1, len(run)):
        left, right = run[:p], run[p:]
        if _DECIMAL.fullmatch(left) and _DECIMAL.fullmatch(right):
            lo, hi = Decimal(left), Decimal(right)
            if lo < hi:
                found.append((lo, hi))
    if len(found) > 1:
        found = [(lo, hi) for lo, hi in found if lo.as_tuple().exponent == hi.as_tuple().exponent]
    if len(found) > 1:
        # 1829: 1 | 829 or 18 | 29 — the ends of a range of integers written with as many
        # digits as each other (18~29, 172~188)
        found = [
            (lo, hi) for lo, hi in found if len(lo.as_tuple().digits) == len(hi.as_tuple().digits)
        ]
    return found[0] if len(found) == 1 else None


#: An era word right before a year (西元1990年, 公元2014年).
_ERA_BEFORE = re.compile(r"(?:西元|公元)$")
#: A word that may stand before a year or a figure: a glued year after it is suspected only
#: where the clause before names an era (从西元1990…上升至2014283.49百万公吨).
_YEAR_OR_FIGURE_BEFORE = re.compile(r"(?:从|從|自|由|至|到|于|於|在)$")
_GLUED_YEAR_REACH = 80


def _glued_year(s: str, i: int, text: str) -> int:
    """Length of a year glued in front of the decimal number ``text`` at ``i``, or 0.

    A copy that lost 年 writes ``西元1990137.85百萬公噸`` (the year 1990, then 137.85): a
    decimal whose integer part has five to eight digits, the first four a year of 1900–2100
    and the rest a well-formed number, right after an era word (西元, 公元), or after 至/从/
    在 … in a clause that names an era before (上升至2014283.49).  The year is split off; the
    figure is flagged (a seven-digit decimal could be a figure of its own).
    """
    head, _, frac = text.partition(".")
    if not frac or not 5 <= len(head) <= 8 or not 1900 <= int(head[:4]) <= 2100:
        return 0
    if not _DECIMAL.fullmatch(head[4:] + "." + frac):
        return 0
    before = s[max(0, i - 2) : i]
    if _ERA_BEFORE.search(before):
        return 4
    if _YEAR_OR_FIGURE_BEFORE.search(before) and (
        "西元" in s[max(0, i - _GLUED_YEAR_REACH) : i]
        or "公元" in s[max(0, i - _GLUED_YEAR_REACH) : i]
    ):
        return 4
    return 0


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
    year = 0 if grouped else _glued_year(s, i, text)
    if year:
        # 西元1990137.85百萬公噸: the year 1990 lost its 年; the figure is 137.85
        i, text = i + year, text[year:]
    digits = text.replace(",", "").replace(" ", "")
    num = _Num(Decimal(digits), i, m.end(), integer="." not in text, grouped=grouped)
    if year:
        num.flags.append(FLAG.SUSPECT_NUMBER)
    if _LEADING_ZERO.match(text):
        # 05件, 007: reports do not write integers with a leading zero; a digit (or a
        # decimal point) was probably lost, so the value is in doubt
        num.flags.append(FLAG.SUSPECT_NUMBER)
    if not grouped and "." in text:
        extra = _MORE_POINTS.match(s, m.end())
        if extra is not None:
            # 62.596.6%: a second decimal point cannot be in one number.  A range that lost
            # its separator (62.5~96.6) splits into exactly one increasing pair of numbers:
            # that range is read, flagged; any other run (a section number 3.2.1, a run
            # with two or more readings) is no number at all — never the first digits
            pair = _lost_separator_range(s[i : extra.end()])
            if pair is None:
                return None
            num.value = pair[0]
            num.vague = pair
            num.flags.append(FLAG.SUSPECT_NUMBER)
            num.end = extra.end()
            num.integer = False
            return num
    if grouped and " " in text:
        n = len(s)
        stop = m.end()
        before = i > 1 and s[i - 1] == " " and s[i - 2].isdigit()
        after = stop + 1 < n and s[stop] == " " and s[stop + 1].isdigit()
        if before or after:
            # 5 1 234 / 1 234 5: a run of numbers separated by spaces (a table row, a list):
            # the grouping is a guess, flagged
            num.flags.append(FLAG.AMBIGUOUS_SEPARATOR)
    e = _EXPONENT.match(s, m.end())
    if e is not None:
        # 10⁵ (folded to 10^5 by normalize_text): a power of ten is understood; any other
        # base with an exponent (5000²) is a stray mark: the base is kept, flagged
        exp = int(e.group(1))
        if digits == "10" and abs(exp) <= _MAX_EXPONENT:
            num.value = Decimal(10) ** exp
            num.flags.append(FLAG.EXPONENT)
            num.integer = exp >= 0
        else:
            num.flags.append(FLAG.STRAY_EXPONENT)
        num.end = e.end()
    return num


#: Multipliers after which an Arabic number continues the same number (1萬5,314 = 15,314).
_COMPOUND_SCALES = frozenset(("万", "亿"))


def _compound_tail(s: str, num: _Num, j: int, big: Decimal) -> int:
    """Rest of a number written ``head 万/亿 tail``; returns the new end.

    Reports (Taiwan's above all) write large integers by myriads with Arabic digits:
    ``1萬5,314處`` = 15,314, ``40萬5,870公頃`` = 405,870, ``2萬438公噸`` = 20,438,
    ``9萬0,219公頃`` = 90,219, ``1万零50吨`` = 10,050, ``1万5千吨`` = 15,000,
    ``2亿3000万元`` = 230,000,000, ``8億7,136萬5千元`` = 871,365,000 (a tail by myriads
    has a tail of its own).  The tail (optionally after 零, optionally with a smaller
    multiplier) is added to ``num``, whose value is already multiplied by ``big``.  A tail
    of one digit without a multiplier (``1万5``) is the spoken short form (15,000, as 一万五)
    and a tail not smaller than ``big`` (``1万12345``) is not a myriad grouping: both are
    read as written here but flagged ``suspect_number``.
    """
    n = len(s)
    k = j + 1 if j < n and s[j] == "零" else j
    if k >= n or not (s[k].isdigit() and s[k].isascii()):
        return j
    tail = _arabic_number(s, k)
    if tail is None or tail.flags:
        return j
    value = tail.value
    end = tail.end
    word, k2 = _scale_after(s, end)
    if word and Decimal(SCALE_WORDS[word]) < big:
        value *= SCALE_WORDS[word]
        end = k2
        if word in _COMPOUND_SCALES and tail.integer:
            # 8亿7,136万5千元: a tail written by myriads has a tail of its own; every
            # multiplier of one number adds its part (800,000,000 + 71,360,000 + 5,000)
            sub = _Num(value, k, end)
            end = _compound_tail(s, sub, end, Decimal(SCALE_WORDS[word]))
            value = sub.value
            num.flags.extend(f for f in sub.flags if f not in num.flags)
    elif word:
        return j  # 1万5万: not one number
    if not word and k == j and tail.integer and end - k == 1:
        value *= big / 10  # 1万5 (spoken 一万五)
        num.flags.append(FLAG.SUSPECT_NUMBER)
    elif value >= big:
        num.flags.append(FLAG.SUSPECT_NUMBER)
    num.value += value
    return end


#: Years a fiscal or school year written as two years may name (``2000/2001年度``).
_YEAR_SPAN_LOW, _YEAR_SPAN_HIGH = Decimal(1900), Decimal(2100)


def _in_identifier(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` is glued by hyphens to other digits on both sides
    (``73610061-2/2020-00156``, a document number): part of an identifier, no figure (a
    range of fractions, ``1/3-1/2``, has digits on one side only)."""
    before = start >= 2 and s[start - 1] == "-" and s[start - 2].isdigit()
    after = end + 1 < len(s) and s[end] == "-" and s[end + 1].isdigit()
    return before and after


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
    if _YEAR_SPAN_LOW <= num.value <= _YEAR_SPAN_HIGH and den == num.value + 1:
        return  # 2000/2001年度, 2019/2020: one fiscal or school year over two calendar years
    if _in_identifier(s, num.start, m.end()):
        return  # 73610061-2/2020-00156: part of a document number
    num.numerator, num.denominator = num.value, den
    num.value = num.value / den
    num.fraction = True
    num.end = m.end()


#: Financial forms of the multipliers read as their common form (Taiwan's 仟元 = 千元).
_SCALE_FORMS = str.maketrans(FINANCIAL_SCALES)


def _scale_after(s: str, j: int) -> tuple[str, int]:
    """Longest multiplier word of SCALE_WORDS at ``j`` that does not start a unit.

    The financial forms 拾 佰 仟 count as 十 百 千 (``14,990.6仟元`` = 14,990.6 千元); the
    word returned is the common form (a key of SCALE_WORDS).
    """
    k = j
    n = len(s)
    while k < n and k - j < 4 and (s[k] in _SCALE_CHARS or s[k] in FINANCIAL_SCALES):
        if _unit_starts(s, k):
            break
        k += 1
    while k > j and s[j:k].translate(_SCALE_FORMS) not in SCALE_WORDS:
        k -= 1
    return s[j:k].translate(_SCALE_FORMS), k


#: Decimal points between Chinese digits: 点, the point of full-width punctuation (十二．六,
#: folded to "." by normalize_text) and the hyphenation point of Taiwanese typesetting
#: (百分之八十一‧二九) — a decimal, never two numbers.
_CHINESE_POINTS = frozenset("点.‧")
#: The white circle ○ (U+25CB) typed for the numeral 〇 (一○六處, ○.八二九公斤); a zero only
#: next to a Chinese digit or before a point and a digit (a lone ○ is a bullet or a mask).
ZERO_MARK = "○"


def _zero_mark_at(s: str, j: int) -> bool:
    n = len(s)
    if j > 0 and s[j - 1] in CHINESE_DIGITS:
        return True
    nxt = s[j + 1] if j + 1 < n else ""
    return nxt in CHINESE_DIGITS or (
        nxt in _CHINESE_POINTS and j + 2 < n and s[j + 2] in CHINESE_DIGITS
    )


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
        elif (c == ZERO_MARK and (j > i or _zero_mark_at(s, j))) or (
            c in _CHINESE_POINTS and j > i and j + 1 < n and s[j + 1] in CHINESE_DIGITS
        ):
            j += 1
        else:
            break
    return j


#: Place-by-place digits grouped by 、 as by a thousands comma (一、二六九輛 = 1,269): one to
#: three digits, 、, exactly three digits, and no further digit or 、 (a list 一、二、三 is not).
_POSITIONAL = "".join(sorted(set(CHINESE_DIGITS) - set("两壹贰叁肆伍陆柒捌玖"))) + ZERO_MARK
_GROUPED_PLACES = re.compile(f"[{_POSITIONAL}]{{1,3}}、[{_POSITIONAL}]{{3}}(?![{_POSITIONAL}、])")


def _chinese_value(text: str) -> Decimal | None:
    text = text.replace(ZERO_MARK, "〇").replace("‧", ".")
    try:
        if "." in text:
            text = text.replace(".", "点")
        if "点" in text:
            whole, _, frac = text.partition("点")
            scale = Decimal(1)
            while frac and frac[-1] in _COMPOUND_SCALES:  # 二点五万 = 2.5 × 10⁴
                scale *= SCALE_WORDS[frac[-1]]
                frac = frac[:-1]
            digits = "".join(str(CHINESE_DIGITS[c]) for c in frac if c in CHINESE_DIGITS)
            if not digits or len(digits) != len(frac):
                return None
            if len(whole) >= 2 and all(c in _POSITIONAL for c in whole):
                # before a point, digits in a row are places, not an estimate (四七‧五 = 47.5)
                whole = "".join(str(CHINESE_DIGITS.get(c, 0)) for c in whole)
                whole_value = Decimal(int(whole))
            else:
                whole_value = Decimal(parse_chinese_integer(whole) if whole else 0)
            return (whole_value + Decimal("0." + digits)) * scale
        return Decimal(parse_chinese_integer(text))
    except (QuantityParseError, KeyError, InvalidOperation):
        return None


#: Financial digits (壹贰…玖) are numbers only in a written amount (壹佰万元), never alone.
_FINANCIAL_DIGITS = frozenset("壹贰叁肆伍陆柒捌玖")


#: 半 alone before a time unit is a duration of one half (半年内, 用半年时间, 半个月, 半小时);
#: not after a word that makes it a period or a frequency (上半年, 下半年, 前半年, 每半年,
#: 近半年来, 大半年) or a numeral (一个半月 and 两年半 are read with the unit), nor in
#: 半年报/半年度.
_HALF_UNITS = ("年", "个月", "小时", "天")
_NOT_HALF_BEFORE = frozenset("上下前后每大多这那该近个余")
_NOT_HALF_AFTER = frozenset("报度数")


def _half_duration(s: str, i: int) -> bool:
    """``s[i]`` is 半 standing for the number 0.5 before a time unit (see _HALF_UNITS)."""
    if s[i] != "半" or (
        i > 0 and (s[i - 1] in _NOT_HALF_BEFORE or s[i - 1] in CHINESE_NUMERAL_CHARS)
    ):
        return False
    for w in _HALF_UNITS:
        if s.startswith(w, i + 1):
            k = i + 1 + len(w)
            return k >= len(s) or s[k] not in _NOT_HALF_AFTER
    return False


#: Words before a bare 半 that make it a share (近半, 过半, 逾半, 超半, 约半), or a change of one
#: half (减半: halved, −50 %, read with the verb by the scanner).
_HALF_SHARE_BEFORE = frozenset("近过逾超约减")
#: The first character of a half written as a share (一半, 半数, 近半): a candidate starting
#: otherwise is none (tested before :func:`_half_share`, at every candidate).
HALF_SHARE_FIRST = "一半"


def _half_share(s: str, i: int) -> int:
    """End of a half written as a share of a whole at ``i`` — ``一半``, ``半数``, or 半 after
    近/过/逾/超/约 (``近半已得到解决``, ``过半``) — or -1.  Not a duration (``近半年``: see
    :func:`_half_duration`), nor a part of a word (``上半年``, ``一半年``, ``半数字``)."""
    if s.startswith("一半", i):
        end = i + 2
        if i > 0 and s[i - 1] in CHINESE_NUMERAL_CHARS:
            return -1  # 十一半: not a half
    elif s.startswith("半数", i):
        end = i + 2
        if s.startswith("字", end):
            return -1
    elif s.startswith("半", i) and i > 0 and s[i - 1] in _HALF_SHARE_BEFORE:
        end = i + 1
    else:
        return -1
    if _half_duration(s, end - 1) or s.startswith(("年", "月", "天", "日", "小时", "个"), end):
        return -1  # 近半年, 一半个月: a duration
    return end


#: A change of "two digits" (双位数跌幅, 两位数的增长): a vague relative change of 10–99 %,
#: signed by the change noun that must follow (达到两位数,分别为… is no figure: the list is).
#: The first character of such a change: a candidate starting otherwise is none (tested before
#: the pattern, at every candidate).
DIGIT_COUNT_FIRST = "两双"
_DIGIT_COUNT_CHANGE = re.compile(
    rf"[{DIGIT_COUNT_FIRST}]位数的?(增幅|升幅|涨幅|增长|上升|上涨|增加|跌幅|降幅|减幅|下降|下跌|减少)"
)
_DIGIT_COUNT_DOWN = frozenset({"跌幅", "降幅", "减幅", "下降", "下跌", "减少"})
#: The ends of a double-digit change, in %.
DIGIT_COUNT_RANGE = (Decimal(10), Decimal(99))


def _digit_count_change(s: str, i: int) -> int:
    """Sign of a double-digit change at ``i`` (``双位数跌幅`` → −1, ``两位数增长`` → +1), or 0.

    The figure is ``s[i:i + 3]``; its ends are :data:`DIGIT_COUNT_RANGE` with the sign applied.
    """
    m = _DIGIT_COUNT_CHANGE.match(s, i)
    if m is None:
        return 0
    return -1 if m.group(1) in _DIGIT_COUNT_DOWN else 1


def _number(s: str, i: int) -> _Num | None:
    """NUMBER at ``i``: Arabic or Chinese, inner qualifiers, multiplier, fraction, product."""
    n = len(s)
    if s[i] == "半":
        if not _half_duration(s, i):
            return None
        return _Num(Decimal("0.5"), i, i + 1, chinese=True)
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
            head_integer = num.integer and num.inner is None and not num.product
            num.value *= SCALE_WORDS[word]
            num.multiplier = word
            num.integer = False
            j = k
            if head_integer and word in _COMPOUND_SCALES:
                j = _compound_tail(s, num, j, Decimal(SCALE_WORDS[word]))
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
    grouped = _GROUPED_PLACES.match(s, i)
    if grouped is not None and grouped.end() > j and "、" in grouped.group():
        grouped_value = _chinese_value(grouped.group().replace("、", ""))
        if grouped_value is not None:
            return _Num(grouped_value, i, grouped.end(), chinese=True, grouped=True)
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
    word = run.translate(_SCALE_FORMS)  # a lone 仟 (仟元, a header's unit) is a lone 千
    lone = all(c in "百千万亿" for c in word)
    value: Decimal | None
    if lone:
        if word not in SCALE_WORDS:
            return None
        value = Decimal(SCALE_WORDS[word])
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
#: Two neighbouring digits are an estimate (三四个 = 3 or 4, 两三年, 七八十, 一两年 = 1 or 2);
#: 三五 = 3 to 5.
_ADJACENT = re.compile(
    r"(十)?([一两二三四五六七八九])([两二三四五六七八九])(十|百|千|万|十万|百万|千万|亿)?"
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
    return _Num(lo, i, j, chinese=True, vague=(lo, hi), flags=[FLAG.VAGUE])


def _vague_number(s: str, i: int, j: int, run: str) -> _Num | None:
    """数十/几百/数万 (2–9 × the multiplier), 上百/上千/上万 (at least), 十几/二十几 (11–19)."""
    prev = s[i - 1] if i > 0 else ""
    n = len(s)
    if prev and prev in "数几" and run in SCALE_WORDS:
        scale = Decimal(SCALE_WORDS[run])
        return _Num(2 * scale, i - 1, j, chinese=True, vague=(2 * scale, 9 * scale),
                    flags=[FLAG.VAGUE])  # fmt: skip
    if prev == "上" and run in ("百", "千", "万", "百万", "千万", "亿") and s[i - 2 : i] != "以上":
        scale = Decimal(SCALE_WORDS[run])
        num = _Num(scale, i - 1, j, chinese=True, flags=[FLAG.VAGUE])
        num.inner = QUALIFIER.AT_LEAST
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
        return _Num(lo, i, k, chinese=True, vague=(lo, hi), flags=[FLAG.VAGUE])
    return None
