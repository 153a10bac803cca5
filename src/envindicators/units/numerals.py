"""Chinese numerals: ``十三`` → 13, ``二十`` → 20, ``一百零五`` → 105, ``三分之一`` → 1/3.

Grammar (simplified characters; run text through :func:`~envindicators.units.text.
normalize_text` first, which also maps ``兩`` → ``两``, ``萬`` → ``万``, ``億`` → ``亿``):

* digits ``零〇一二两三四五六七八九`` (and the financial forms ``壹贰叁肆伍陆柒捌玖``);
* small units ``十 百 千`` (``拾 佰 仟``) inside a section, large units ``万`` (10⁴) and
  ``亿`` (10⁸) closing a section: ``三千五百万`` = (3000 + 500) × 10⁴;
* a leading ``十`` means 10 (``十三`` = 13); ``零`` marks skipped places (``一百零五``);
* a decimal part after ``点`` (``三点五`` = 3.5);
* fractions ``X分之Y`` = Y / X (``三分之一``), and ``百分之Y`` = Y % (handled by the parser).

Values are computed with :class:`decimal.Decimal` so that ``1.8万`` is exactly 18000.
The multiplier words themselves (十 百 千 万 亿 and their combinations) are those of
:data:`envindicators.units.registry.SCALE_WORDS`, the single table shared with the registry.
"""

from __future__ import annotations

import bisect
import itertools
from decimal import Decimal

from envindicators.errors import QuantityParseError
from envindicators.units.registry import SCALE_WORDS

__all__ = [
    "CHINESE_DIGITS",
    "CHINESE_NUMERAL_CHARS",
    "FINANCIAL_SCALES",
    "parse_chinese_integer",
    "parse_chinese_number",
    "parse_integer",
    "to_chinese_integer",
]

#: Digit characters → value.
CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
# the multipliers come from the registry's single table (SCALE_WORDS)
#: The financial (大写) forms of the small units → their common form: 拾 = 十, 佰 = 百,
#: 仟 = 千 (also a multiplier after Arabic digits: 14,990.6仟元 = 14,990.6 千元).
FINANCIAL_SCALES: dict[str, str] = {"拾": "十", "佰": "百", "仟": "千"}
_SMALL_UNITS: dict[str, int] = {c: SCALE_WORDS[c] for c in "十百千"} | {
    c: SCALE_WORDS[w] for c, w in FINANCIAL_SCALES.items()
}
_LARGE_UNITS: dict[str, int] = {c: SCALE_WORDS[c] for c in "万亿"}
#: Contracted tens (廿 = 二十, 卅 = 三十, 卌 = 四十), written in dates and in Taiwanese and
#: Hong Kong text: 廿二％ is 22 %, 一百廿 is 120.
_CONTRACTED_TENS: dict[str, str] = {"廿": "二十", "卅": "三十", "卌": "四十"}
#: Every character that can occur in a Chinese integer numeral.
CHINESE_NUMERAL_CHARS: frozenset[str] = (
    frozenset(CHINESE_DIGITS)
    | frozenset(_SMALL_UNITS)
    | frozenset(_LARGE_UNITS)
    | frozenset(_CONTRACTED_TENS)
)

#: The digits that can be written place by place (not 两, not the financial forms).
_PLACE_DIGITS = frozenset("零〇一二三四五六七八九")

_MAX_NUMERAL = 32  # longest accepted numeral: 九千九百九十九万九千九百九十九亿… (31 characters)


def parse_chinese_integer(text: str) -> int:
    """Value of a Chinese integer numeral (the whole string must be one numeral).

    Parameters
    ----------
    text : str
        Simplified characters, e.g. ``"十三"``, ``"二十"``, ``"一百零五"``, ``"两千"``,
        ``"三千五百万"``, ``"一亿零五百万"``; colloquial abbreviations ``"三百五"`` (350) and
        ``"一万五"`` (15 000); year-style digit strings ``"二〇一七"`` (2017); a bare
        multiplier ``"万"`` (10⁴), ``"百"`` (100); contracted tens ``"廿二"`` (22),
        ``"卅"`` (30).

    Returns
    -------
    int
        The value of the numeral.

    Raises
    ------
    QuantityParseError
        With the position of the first character that breaks the grammar (``"十百"``,
        ``"三三"``, ``"五十六十"``).

    Examples
    --------
    >>> parse_chinese_integer("十三"), parse_chinese_integer("一百零五")
    (13, 105)
    >>> parse_chinese_integer("三千五百万")
    35000000
    """
    if not text:
        raise QuantityParseError(text, 0, "empty numeral")
    if any(c in _CONTRACTED_TENS for c in text):
        expanded = "".join(_CONTRACTED_TENS.get(c, c) for c in text)
        try:
            return parse_chinese_integer(expanded)
        except QuantityParseError as err:
            # report the position in the text as written (廿 is two characters expanded)
            position = err.position
            if position is not None:
                ends = list(itertools.accumulate(len(_CONTRACTED_TENS.get(c, c)) for c in text))
                position = bisect.bisect_right(ends, position)
            raise QuantityParseError(text, position, err.reason) from None
    if len(text) > _MAX_NUMERAL:
        raise QuantityParseError(text, None, f"numeral longer than {_MAX_NUMERAL} characters")
    if text in ("零", "〇"):
        return 0
    if len(text) > 1 and all(c in CHINESE_DIGITS for c in text):
        # digits written place by place: years (二〇一七) and, from three digits on, counts
        # (一一三件, 三九五處); two digits in a row (三四) are an estimate, not a number
        if "〇" in text or len(text) >= 3:
            return int("".join(str(CHINESE_DIGITS[c]) for c in text))
        raise QuantityParseError(text, 1, "two digits in a row")
    large = max(text.rfind("万"), text.rfind("亿"))
    tail = text[large + 1 :]
    if (
        large > 0
        and len(tail) == (4 if text[large] == "万" else 8)
        and all(c in _PLACE_DIGITS for c in tail)
    ):
        # the section after 万 written digit by digit, as newspapers do (五万七六九九 =
        # 5 × 10⁴ + 7699): exactly the places of the section, or it is no such section
        return parse_chinese_integer(text[: large + 1]) + int(
            "".join(str(CHINESE_DIGITS[c]) for c in tail)
        )
    head = text.rstrip("万亿")
    if len(head) >= 3 and head != text and all(c in CHINESE_DIGITS for c in head):
        # place-by-place digits before a multiplier: 一三八万 = 138 × 10⁴
        return parse_chinese_integer(head) * parse_chinese_integer(text[len(head) :])
    total = 0  # completed 万/亿 parts
    section = 0  # current section below 万
    digit = 0
    prev = ""  # kind of the previous token: "", digit, zero, small, large
    before_digit = ""  # kind of the token before the pending digit
    last_small = 10_000
    last_large = 10**17
    for pos, c in enumerate(text):
        if c in CHINESE_DIGITS:
            d = CHINESE_DIGITS[c]
            if prev == "digit":
                raise QuantityParseError(text, pos, "two digits in a row")
            if d == 0:
                if prev == "zero" or prev == "":
                    raise QuantityParseError(text, pos, "misplaced 零")
                prev = "zero"
                continue
            before_digit, digit, prev = prev, d, "digit"
        elif c in _SMALL_UNITS:
            u = _SMALL_UNITS[c]
            if u >= last_small:
                raise QuantityParseError(text, pos, f"unit {c!r} out of order")
            if prev == "digit":
                section += digit * u
            elif u == 10 and prev in ("", "zero", "large"):
                section += 10  # 十三 = 13, 一百零十 = 110
            elif prev == "" and len(text) == 1:
                section += u  # 百 or 千 alone: a bare multiplier, like 万
            else:
                raise QuantityParseError(text, pos, f"unit {c!r} without a digit")
            digit, prev, last_small = 0, "small", u
        elif c in _LARGE_UNITS:
            u = _LARGE_UNITS[c]
            if u >= last_large and not (u == 100_000_000 and last_large == 10_000):
                raise QuantityParseError(text, pos, f"unit {c!r} out of order")
            value = section + (digit if prev == "digit" else 0)
            if value == 0 and prev == "large" and u == 100_000_000:
                total *= u  # 万亿 = 10¹²
                prev, last_large = "large", u
                continue
            if value == 0:
                if prev:
                    raise QuantityParseError(text, pos, f"unit {c!r} without a number")
                value = 1  # 万 alone: a bare multiplier
            if u == 100_000_000:
                total = (total + value) * u
            else:
                total += value * u
            section, digit, prev, last_small, last_large = 0, 0, "large", 10_000, u
        else:
            raise QuantityParseError(text, pos, f"{c!r} is not part of a Chinese numeral")
    if prev == "zero":
        raise QuantityParseError(text, len(text) - 1, "numeral ends with 零")
    if prev == "digit":
        if before_digit == "small" and last_small > 10:
            section += digit * (last_small // 10)  # 三百五 = 350
        elif before_digit == "large":
            section += digit * (last_large // 10)  # 一万五 = 15000
        else:
            section += digit
    return total + section


def parse_integer(text: str) -> int:
    """Value of an integer written in Arabic digits or as one Chinese numeral.

    The small counts of report headings, periods and item numbers are written either way
    (``8`` or ``八``, ``12`` or ``十二``; full-width digits ``１２`` too).

    Parameters
    ----------
    text : str
        Arabic digits only (ASCII or full-width), or a numeral :func:`parse_chinese_integer`
        reads (simplified characters).

    Returns
    -------
    int
        The value.

    Raises
    ------
    QuantityParseError
        Where ``text`` is neither (mixed digits and numerals, ``"3万"``, are refused).

    Examples
    --------
    >>> parse_integer("12"), parse_integer("十二"), parse_integer("１２")
    (12, 12, 12)
    """
    return int(text) if text.isdecimal() else parse_chinese_integer(text)


def parse_chinese_number(text: str) -> Decimal:
    """A Chinese integer, decimal (``三点五``) or fraction (``三分之一``) as a Decimal.

    Fractions are returned rounded to 28 significant digits (Decimal context).

    Parameters
    ----------
    text : str
        The numeral (``三点五``, ``三分之一``, ``一百零五``).

    Returns
    -------
    decimal.Decimal
        Its value.

    Raises
    ------
    QuantityParseError
        If ``text`` is not one numeral.

    Examples
    --------
    >>> parse_chinese_number("三点五")
    Decimal('3.5')
    >>> round(float(parse_chinese_number("三分之一")), 6)
    0.333333
    """
    if "分之" in text:
        den, _, num = text.partition("分之")
        if not den or not num:
            raise QuantityParseError(text, text.index("分之"), "incomplete fraction X分之Y")
        d = parse_chinese_number(den)
        if d == 0:
            raise QuantityParseError(text, 0, "denominator is zero")
        return parse_chinese_number(num) / d
    if "点" in text:
        whole, _, frac = text.partition("点")
        if not frac:
            raise QuantityParseError(text, len(text), "digits expected after 点")
        digits = []
        for k, c in enumerate(frac):
            if c not in CHINESE_DIGITS:
                raise QuantityParseError(text, len(whole) + 1 + k, "decimal digit expected")
            digits.append(str(CHINESE_DIGITS[c]))
        return Decimal(parse_chinese_integer(whole) if whole else 0) + Decimal(
            "0." + "".join(digits)
        )
    return Decimal(parse_chinese_integer(text))


_DIGIT_CHARS = "零一二三四五六七八九"


def _section_to_chinese(n: int) -> str:
    """0 < n < 10000, without leading 零 and with 零 for skipped places."""
    out = []
    zero = False
    for unit, char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit)
        if d:
            if zero:
                out.append("零")
                zero = False
            out.append(_DIGIT_CHARS[d] + char)
        elif out:
            zero = True
    return "".join(out)


def to_chinese_integer(n: int) -> str:
    """Standard Chinese numeral for a non-negative integer below 10¹⁶.

    Writes ``十三`` (not ``一十三``) for 10–19, ``零`` for skipped places.

    Parameters
    ----------
    n : int
        ``0 <= n < 10**16``.

    Returns
    -------
    str
        The numeral in simplified characters.

    Raises
    ------
    ValueError
        If ``n`` is negative or too large.

    Examples
    --------
    >>> to_chinese_integer(13), to_chinese_integer(105), to_chinese_integer(35_000_000)
    ('十三', '一百零五', '三千五百万')
    """
    if not isinstance(n, int) or n < 0 or n >= 10**16:
        raise ValueError(f"expected an integer in [0, 1e16), got {n!r}")
    if n == 0:
        return "零"
    parts = []
    yi, rest = divmod(n, 100_000_000)
    wan, unit = divmod(rest, 10_000)
    if yi:
        parts.append(to_chinese_integer(yi) + "亿")
    if wan:
        if yi and wan < 1000:
            parts.append("零")
        parts.append(_section_to_chinese(wan) + "万")
    elif yi and unit:
        parts.append("零")
    if unit:
        if (yi or wan) and unit < 1000 and not (parts and parts[-1] == "零"):
            parts.append("零")
        parts.append(_section_to_chinese(unit))
    s = "".join(parts)
    if s.startswith("一十"):
        s = s[1:]
    return s
