"""Chinese dates, periods and deadlines: ``2020年年底前``, ``2018年6月底前``, ``2018-2020年``.

Rectification plans state deadlines (整改时限) and reports state the period a figure refers
to.  Both are read into a :class:`DateSpec`: a category, a start and an end
(:class:`datetime.date`) and the text they came from.

Calendar conventions (points resolve to the *end* of what they name unless said otherwise):

===================================  ======================================================
written                              resolves to
===================================  ======================================================
``2020年``, ``到2020年``             deadline: 2020-12-31; period: 2020-01-01 … 2020-12-31
``2020年底``, ``年末``, ``年底前``   2020-12-31 (``前``/``以前``/``之前`` = by then)
``2020年初``                         2020-01-01
``2020年上半年`` / ``下半年``        01-01 … 06-30 / 07-01 … 12-31
``2020年一季度`` (第一季度)          01-01 … 03-31 (and so on)
``2020年前三季度``, ``1-3季度``      01-01 … 09-30 (a run of quarters; ``前8个月`` … 08-31)
``2018年6月``, ``6月底(前)``         the month; its end is 06-30
``9月上旬`` / ``中旬`` / ``下旬``    ends on the 10th / the **20th** / the last day
``2018年2月1日``                     that day
``2018-09-28``                       that day (ISO)
ranges ``2018-2020年``,              a period from the start of the first to the end of the
``2021年5月-2023年11月``,            second; the second point inherits a missing year (and
``2018年1-7月``, ``4月6日至5月5日``  month) from the first.  Separators ``- — – ~ 至 到``.
lists ``1、2月``, ``二、三季度``,    neighbours are a run: 01-01 … 02-28, 04-01 … 09-30;
``3月5日、6日``                      parts apart (``一、三季度``, ``3月、5月``) are not one
                                     period and raise ``DateParseError`` (NaT in find_dates)
===================================  ======================================================

Categories (:class:`DateCategory`): ``date`` (a point: the deadline or an as-of date),
``period`` (start and end), ``immediate`` (立行立改, 即知即改), ``ongoing`` (长期坚持,
持续改善, 持续加强, 常态化 — no end date), ``unknown`` (no date and no recognised phrase).

Deadline versus observation period
----------------------------------
:func:`parse_deadline` reads ``X前`` as "by the end of X" (plans write 2020年底前 and
2020年前 for the same thing).  :func:`parse_period` reads an observation period: a bare
point is the whole period it names (``2017年`` → the year 2017), ``截至X`` is an as-of date
(category ``date``), ``X以来``/``X至今``/``X起`` start at the beginning of X and have no end,
``X以前`` ends the day before X starts.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from envindicators.errors import DateParseError
from envindicators.units.numerals import CHINESE_DIGITS, parse_chinese_integer
from envindicators.units.text import NormalizedText, normalize_text, string_dtype

__all__ = [
    "DateCategory",
    "DateSpec",
    "find_dates",
    "parse_deadline",
    "parse_period",
]

MAX_DATE_TEXT_LENGTH = 2_000
"""Longest text accepted by :func:`parse_deadline` and :func:`parse_period` (characters)."""

_MIN_YEAR, _MAX_YEAR = 1900, 2100


class DateCategory(StrEnum):
    """What a deadline or period text says."""

    DATE = "date"
    PERIOD = "period"
    IMMEDIATE = "immediate"
    ONGOING = "ongoing"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class DateSpec:
    """A parsed deadline or period.

    Parameters
    ----------
    category : DateCategory
        Deadline or period kind.
    start : datetime.date or None
        First day (periods; ``None`` for a point or an open start).
    end : datetime.date or None
        Last day: the deadline, the as-of date or the end of the period (``None`` for an
        open end or when there is no date).
    text : str
        The date expression as written in the input (the whole input for ``immediate``,
        ``ongoing`` and ``unknown``).
    """

    category: DateCategory
    start: dt.date | None
    end: dt.date | None
    text: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "category", DateCategory(self.category))
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} before start {self.start}")


# --------------------------------------------------------------------------------------
# A small scanner over normalised text (see envindicators.units.text).
# --------------------------------------------------------------------------------------

#: The marks between the two ends of a range of dates, in normalised text (``1-11月``,
#: ``2016—2020年``, ``9月至10月``); the extractor widens a yearless month with them too.
RANGE_SEPARATORS = ("——", "-", "—", "–", "~", "〜", "至", "到")
_ARABIC = frozenset("0123456789")
#: Digits of a year in Chinese numerals written with ASCII or look-alike zeros (二00七年,
#: 二○一五年, read only before 年).  The quantity parser reads such years with this table too.
YEAR_DIGITS: dict[str, int] = (
    dict.fromkeys("0〇零○OΟ", 0)
    | {str(d): d for d in range(10)}
    | {c: k + 1 for k, c in enumerate("一二三四五六七八九")}
)


@dataclass(frozen=True, slots=True)
class _Point:
    year: int | None
    month: int | None = None
    day: int | None = None
    part: str | None = None  # 底 初 中 上旬 中旬 下旬 上半年 下半年 Q1..Q4, Qa-b, Ma-b

    def bounds(self, default_year: int | None = None) -> tuple[dt.date, dt.date]:
        year = self.year if self.year is not None else default_year
        if year is None:
            raise ValueError("no year")
        if self.month is None:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            part = self.part
            if part in ("底", "末"):
                return last, last
            if part == "初":
                return first, first
            if part == "中":
                mid = dt.date(year, 6, 30)
                return mid, mid
            if part == "上半年":
                return first, dt.date(year, 6, 30)
            if part == "下半年":
                return dt.date(year, 7, 1), last
            if part and "-" in part:  # 前三季度 (Q1-3), 前8个月 (M1-8), 2-3季度 (Q2-3)
                a, b = map(int, part[1:].split("-"))
                size, top = (3, 4) if part[0] == "Q" else (1, 12)
                if not 1 <= a <= b <= top:
                    raise ValueError(f"{part[1:]} is not a range in 1..{top}")
                return dt.date(year, size * a - size + 1, 1), _month_end(year, size * b)
            if part and part.startswith("Q"):
                q = int(part[1:])
                if not 1 <= q <= 4:
                    raise ValueError(f"quarter {q} is not in 1..4")
                m0 = 3 * q - 2
                return dt.date(year, m0, 1), _month_end(year, m0 + 2)
            return first, last
        m = self.month
        if not 1 <= m <= 12:
            raise ValueError(f"month {m} is not in 1..12")
        if self.day is not None:
            d = dt.date(year, m, self.day)
            return d, d
        first, last = dt.date(year, m, 1), _month_end(year, m)
        part = self.part
        if part in ("底", "末", "下旬"):
            return (dt.date(year, m, 21) if part == "下旬" else last), last
        if part == "初":
            return first, first
        if part == "上旬":
            return first, dt.date(year, m, 10)
        if part in ("中旬", "中"):
            return dt.date(year, m, 11), dt.date(year, m, 20)
        return first, last


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _int_at(s: str, i: int, max_len: int = 4) -> tuple[int, int] | None:
    """An Arabic or Chinese integer starting at ``i``: (value, end)."""
    n = len(s)
    j = i
    while j < n and j - i < max_len + 1 and s[j] in _ARABIC:
        j += 1
    if j > i:
        if j - i > max_len:
            return None
        return int(s[i:j]), j
    while j < n and j - i < max_len + 1 and (s[j] in CHINESE_DIGITS or s[j] == "十"):
        j += 1
    if j > i and j - i <= max_len:
        try:
            return parse_chinese_integer(s[i:j]), j
        except ValueError:
            return None
    return None


def _year_at(s: str, i: int) -> tuple[int, int] | None:
    """A 4-digit year (Arabic or Chinese digit string) at ``i``, not followed by a digit."""
    n = len(s)
    if i + 4 > n:
        return None
    chunk = s[i : i + 4]
    if all(c in _ARABIC for c in chunk):
        if i + 4 < n and s[i + 4] in _ARABIC:
            return None
        year = int(chunk)
    elif all(c in CHINESE_DIGITS for c in chunk):
        year = int("".join(str(CHINESE_DIGITS[c]) for c in chunk))
    elif (
        i + 4 < n
        and s[i + 4] == "年"
        and all(c in YEAR_DIGITS for c in chunk)
        and not (i > 0 and s[i - 1] in YEAR_DIGITS)
    ):
        year = int("".join(str(YEAR_DIGITS[c]) for c in chunk))  # 二00七年, 二○一五年
    else:
        return None
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return year, i + 4


_YEAR_PARTS = (
    ("上半年", "上半年"), ("下半年", "下半年"), ("年底", "底"), ("年末", "末"), ("年初", "初"),
    ("年中", "中"), ("底", "底"), ("末", "末"), ("初", "初"),
)  # fmt: skip
#: The halves of a year, read after a year written without 年 too (2021上半年).
_HALVES = ("上半年", "下半年")
_MONTH_PARTS = (("上旬", "上旬"), ("中旬", "中旬"), ("下旬", "下旬"), ("底", "底"), ("末", "末"),
                ("初", "初"), ("中", "中"), ("份", None))  # fmt: skip


def _month_day(s: str, i: int, year: int | None) -> tuple[_Point, int] | None:
    """``N月[N日|上旬…]`` at ``i`` (no year)."""
    got = _int_at(s, i, 2)
    if got is None:
        return None
    month, j = got
    if j >= len(s) or s[j] != "月":
        return None  # (0月 and 13月 are kept: resolving them raises, see _Point.bounds)
    j += 1
    day = None
    got = _int_at(s, j, 2)
    if got is not None:
        d, k = got
        if k < len(s) and s[k] in "日号":
            day, j = d, k + 1  # (0日 and 32日 are kept: resolving them raises)
    part = None
    if day is None:
        for word, code in _MONTH_PARTS:
            if s.startswith(word, j):
                part, j = code, j + len(word)
                break
    return _Point(year, month, day, part), j


def _quarter(s: str, j: int) -> tuple[int, int] | None:
    """``[第]N季度`` at ``j``: (N, end); N is kept whatever it is (Q5 raises later)."""
    k = j + 1 if s.startswith("第", j) else j
    got = _int_at(s, k, 2)
    if got is None or not s.startswith("季度", got[1]):
        return None
    return got[0], got[1] + 2


#: Separators between the parts of a list of months or quarters (1、2月, 一季度和三季度).
_LIST_SEPARATORS = ("、", "和", "及", "与")
#: Prefix of the part code of a list of parts that are not neighbours (一、三季度): such a
#: list is not one period, and resolving it raises (see :func:`_expression`).
_LIST_CODE = "L"


def _part_list(s: str, j: int) -> tuple[str, int] | None:
    """A list of months or quarters of one year at ``j``, as (part code, end).

    ``1、2月``, ``3月、4月``, ``二、三季度``, ``第一季度和第二季度``: neighbours make a run
    (``M1-2``, ``Q2-3``), read as one period; ``一、三季度``, ``3月、5月`` are periods apart,
    coded ``L`` + the parts (``LQ1,3``) so that reading them raises instead of returning only the
    first part or the whole year.  The parts written without their word take the word of
    the last part (``1、2月``).  Not a list: one part, a day after a month (``3月5日、6日``),
    or a month with a part of its own (``3月底``)."""
    items: list[int] = []
    words: list[str | None] = []
    n = len(s)
    k = j
    while True:
        k0 = k + 1 if s.startswith("第", k) else k
        got = _int_at(s, k0, 2)
        if got is None:
            return None
        num, e = got
        word: str | None = None
        if s.startswith("季度", e):
            word, e = "Q", e + 2
        elif s.startswith("月", e):
            if e + 1 < n and (
                s[e + 1] in _ARABIC or s[e + 1] in CHINESE_DIGITS or s[e + 1] == "十"
            ):
                return None  # 3月5日: a day, not a list of months
            word, e = "M", e + 1
        elif k0 != k:
            return None  # 第 + number without 季度
        items.append(num)
        words.append(word)
        sep = next((w for w in _LIST_SEPARATORS if s.startswith(w, e)), None)
        if sep is None or (
            word is not None
            and _int_at(s, e + len(sep) + s.startswith("第", e + len(sep)), 2) is None
        ):
            k = e
            break
        k = e + len(sep)
    last = words[-1]
    if len(items) < 2 or last is None or any(w not in (None, last) for w in words):
        return None
    if last == "M":
        if any(s.startswith(w, k) for w, _ in _MONTH_PARTS if w != "份"):
            # 3月、4月底: the part may be of the last month or of each; not one period
            return _LIST_CODE + last + ",".join(map(str, items)), k
        k += s.startswith("份", k)
    if all(b == a + 1 for a, b in itertools.pairwise(items)):
        return f"{last}{items[0]}-{items[-1]}", k
    return _LIST_CODE + last + ",".join(map(str, items)), k


def _part_range(s: str, j: int) -> tuple[str, int] | None:
    """A run of months or quarters of a year at ``j``, as (part code, end).

    ``前三季度``, ``前3个季度`` → ``Q1-3``; ``前8个月``, ``前八月`` → ``M1-8``;
    ``1-3季度``, ``一至三季度`` → ``Q1-3``; ``二、三季度`` → ``Q2-3`` (``、`` only between
    neighbours).  Month ranges (``1-7月``) are read by the range rules."""
    if s.startswith("前", j):
        got = _int_at(s, j + 1, 2)
        if got is not None:
            n, k = got
            k += s.startswith("个", k)
            if s.startswith("季度", k):
                return f"Q1-{n}", k + 2
            if s.startswith("月", k):
                return f"M1-{n}", k + 1
        return None
    first = _int_at(s, j, 1)
    if first is None or first[1] >= len(s) or s[first[1]] not in RANGE_SEPARATORS:
        return None  # 二、三季度 is a list: see _part_list
    last = _int_at(s, first[1] + 1, 1)
    if last is None or not s.startswith("季度", last[1]):
        return None
    return f"Q{first[0]}-{last[0]}", last[1] + 2


def _point(s: str, i: int, year: int | None = None) -> tuple[_Point, int, bool] | None:
    """A point starting at ``i``: ``YYYY年[part][N月…]``, ``YYYY-MM-DD``, ``YYYY``, ``N月…``.

    Returns (point, end, bare) where ``bare`` says the year was written without 年.
    """
    got = _year_at(s, i)
    if got is not None:
        y, j = got
        n = len(s)
        iso = s[j : j + 6]
        if (
            len(iso) == 6
            and iso[0] == "-"
            and iso[3] == "-"
            and iso[1:3].isdigit()
            and iso[4:6].isdigit()
            and (j + 6 >= n or not s[j + 6].isdigit())
        ):
            return _Point(y, int(iso[1:3]), int(iso[4:6])), j + 6, False
        if j < n and s[j] == "年":
            j += 1
            if s.startswith("度", j):
                return _Point(y), j + 1, False
            run = _part_list(s, j) or _part_range(s, j)
            if run is not None:
                return _Point(y, part=run[0]), run[1], False
            md = _month_day(s, j, y)
            if md is not None:
                return md[0], md[1], False
            quarter = _quarter(s, j)
            if quarter is not None:
                return _Point(y, part=f"Q{quarter[0]}"), quarter[1], False
            for word, code in _YEAR_PARTS:
                if s.startswith(word, j):
                    return _Point(y, part=code), j + len(word), False
            return _Point(y), j, False
        # 2020第三季度, 2021上半年: a quarter or a half written right after a year without its
        # 年 (a headline's or a table's way) is that part of the year; a bare number before
        # anything else stays no date
        if s.startswith("第", j) or s.startswith("季度", j + 1):
            quarter = _quarter(s, j)
            if quarter is not None and 1 <= quarter[0] <= 4:
                return _Point(y, part=f"Q{quarter[0]}"), quarter[1], False
        for word in _HALVES:
            if s.startswith(word, j):
                return _Point(y, part=word), j + len(word), False
        return _Point(y), j, True
    months = _part_list(s, i)  # 3月、5月 without a year (months only: 一、三 alone is no date)
    if months is not None and months[0].lstrip(_LIST_CODE).startswith("M"):
        return _Point(year, part=months[0]), months[1], False
    md = _month_day(s, i, year)
    return None if md is None else (md[0], md[1], False)


def _month_range(s: str, j: int, year: int) -> tuple[_Point, _Point, int] | None:
    """``1-7月`` after a year: (first month, last month, end)."""
    got = _int_at(s, j, 2)
    if got is None:
        return None
    m1, k = got
    k2 = _separator(s, k)
    if k2 < 0 or not 1 <= m1 <= 12:
        return None
    md = _month_day(s, k2, year)
    if md is None or md[0].month is None:
        return None
    return _Point(year, m1), md[0], md[1]  # 7-1月 is kept: resolving it raises


def _separator(s: str, i: int) -> int:
    for sep in RANGE_SEPARATORS:
        if s.startswith(sep, i):
            return i + len(sep)
    return -1


@dataclass(frozen=True, slots=True)
class _DateMatch:
    start: int
    end: int
    first: _Point
    last: _Point | None  # None for a point
    problem: str | None = None  # why the expression cannot be resolved (raised later)


def _expression(s: str, i: int, year: int | None = None) -> _DateMatch | None:
    """A point or a range starting at ``i`` in normalised text."""
    got = _point(s, i, year)
    if got is None:
        return None
    first, j, bare = got
    if first.part is not None and first.part.startswith(_LIST_CODE):
        return _DateMatch(
            i,
            j,
            first,
            None,
            "a list of months or quarters that is not a plain run of neighbours "
            "(一、三季度, 3月、5月, 3月、4月底) is not one period: read each part on its own",
        )
    if first.day is not None and j < len(s) and s[j] in _LIST_SEPARATORS:
        # 3月5日、6日: a list of days of one month
        days = [first.day]
        k = j
        while k < len(s) and s[k] in _LIST_SEPARATORS:
            got_day = _int_at(s, k + 1, 2)
            if got_day is None or got_day[1] >= len(s) or s[got_day[1]] not in "日号":
                break
            days.append(got_day[0])
            k = got_day[1] + 1
        if len(days) > 1:
            if all(b == a + 1 for a, b in itertools.pairwise(days)):
                last_day = _Point(first.year, first.month, days[-1])
                return _DateMatch(i, k, first, last_day)
            return _DateMatch(
                i,
                k,
                first,
                None,
                "a list of days that are not neighbours (5日、8日) is not "
                "one period: read each day on its own",
            )
    if first.year is not None and first.month is None and first.part is None and not bare:
        months = _month_range(s, j, first.year)
        if months is not None:
            return _DateMatch(i, months[2], months[0], months[1])
    k = _separator(s, j)
    if k > 0:
        second: _Point | None = None
        end = k
        got2 = _point(s, k, first.year)
        if got2 is not None:
            p2, end2, bare2 = got2
            if bare:
                # 2018-2020年, (2017-2020): a bare year pairs only with a later year, or
                # with an earlier one written with 年 (2020—2018年: kept so that resolving
                # it raises; HJ 2025-2012, a standard's number, stays no date)
                if (
                    p2.year is not None
                    and p2.month is None
                    and p2.part is None
                    and (p2.year > (first.year or 0) or not bare2)
                ):
                    second, end = p2, end2
            elif not bare2:
                second, end = p2, end2
        elif first.day is not None:
            got3 = _int_at(s, k, 2)  # 4月6日至20日
            if got3 is not None and got3[1] < len(s) and s[got3[1]] in "日号":
                second = _Point(first.year, first.month, got3[0])
                end = got3[1] + 1
        if second is not None:
            if second.year is None:
                second = _Point(first.year, second.month, second.day, second.part)
            chained = _chain_end(s, end)
            if chained > end:
                return _DateMatch(i, chained, first, second, "a range has more than two ends")
            return _DateMatch(i, end, first, second)
    if bare:
        return None  # a 4-digit number alone is not a date
    return _DateMatch(i, j, first, None)


def _chain_end(s: str, end: int) -> int:
    """End of ``-2022年`` (and further links) written right after a range, else ``end``."""
    while True:
        k = _separator(s, end)
        if k < 0:
            return end
        got = _point(s, k)
        if got is None:
            return end
        end = got[1]


def match_date(s: str, i: int) -> int:
    """End of a date expression starting at ``i`` of normalised text ``s``, or -1.

    Used by the quantity scanner to skip years and dates (2017年, 2018年9月中旬,
    2018-2020年, 7月31日, 1-7月).

    Parameters
    ----------
    s : str
        Normalised text (:func:`envindicators.units.normalize_text`).
    i : int
        Position in ``s`` where the date may start.

    Returns
    -------
    int
        The end (exclusive) of the date expression, or -1 when none starts at ``i``.
    """
    m = _expression(s, i)
    return -1 if m is None else m.end


def _resolve(m: _DateMatch, year: int | None, text: str) -> tuple[dt.date, dt.date, dt.date]:
    """(first day, last day of the first point, last day of the whole expression)."""
    if m.problem is not None:
        raise DateParseError(text, m.start, m.problem)
    try:
        first_lo, first_hi = m.first.bounds(year)
        if m.last is None:
            return first_lo, first_hi, first_hi
        _, last_hi = m.last.bounds(m.first.year if m.first.year is not None else year)
    except ValueError as exc:
        if "no year" in str(exc):
            raise DateParseError(
                text, m.start, "the date has no year; pass year= to say which"
            ) from None
        raise DateParseError(text, m.start, f"not a calendar date ({exc})") from None
    if last_hi < first_lo:
        raise DateParseError(text, m.start, "the range ends before it starts")
    return first_lo, first_hi, last_hi


_IMMEDIATE = ("立行立改", "立查立改", "即知即改", "立即整改", "马上就改", "立即")
_ONGOING = ("长期坚持", "持续改善", "持续加强", "持续推进", "持续整改", "长期", "常态化", "持续")
_SINCE = ("以来", "至今", "起", "开始", "以后", "之后")
_BEFORE = ("以前", "之前")
_ASOF = ("截至", "截止到", "截止")


def _scan(nt: NormalizedText) -> list[_DateMatch]:
    s = nt.text
    out: list[_DateMatch] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in _ARABIC or c in CHINESE_DIGITS or c == "十":
            if i > 0 and (s[i - 1] in _ARABIC or (s[i - 1].isascii() and s[i - 1].isalpha())):
                i += 1
                continue
            m = _expression(s, i)
            if m is not None:
                out.append(m)
                i = m.end
                continue
            # skip the rest of this number
            j = i + 1
            while j < n and (s[j] in _ARABIC or s[j] == "."):
                j += 1
            i = j
            continue
        i += 1
    return out


def _check(text: object) -> NormalizedText:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if len(text) > MAX_DATE_TEXT_LENGTH:
        raise DateParseError(
            text, None, f"longer than MAX_DATE_TEXT_LENGTH={MAX_DATE_TEXT_LENGTH} characters"
        )
    return normalize_text(text)


def _followed_by(s: str, j: int, words: tuple[str, ...]) -> bool:
    return any(s.startswith(w, j) for w in words)


def parse_deadline(text: str, *, year: int | None = None) -> DateSpec:
    """Read a deadline (整改时限) into a :class:`DateSpec`.

    The first date expression of ``text`` that is not a start (``2021年起``, ``以来``) is the
    deadline; a range gives a period.  Without a date, 立行立改-type wording gives
    ``immediate``, 长期坚持/持续改善-type wording ``ongoing``, anything else ``unknown``.

    Parameters
    ----------
    text : str
        As written, e.g. ``"2020年年底前"``, ``"整改时限:2018年6月底前"``, ``"立行立改、长期坚持"``.
    year : int, optional
        Year to use for dates written without one (``"8月底前"``).

    Returns
    -------
    DateSpec
        ``date``: ``end`` is the deadline (end of the named period, ``start`` None);
        ``period``: ``start`` … ``end``; other categories: both None.

    Raises
    ------
    DateParseError
        For an impossible date (``2020年13月``, ``2月30日``), a missing year without
        ``year=``, a list of parts that are not neighbours (``2022年一、三季度``: two periods,
        never the first alone), or text longer than :data:`MAX_DATE_TEXT_LENGTH`.

    Examples
    --------
    >>> parse_deadline("2020年年底前").end
    datetime.date(2020, 12, 31)
    >>> parse_deadline("2018年8月中旬").end
    datetime.date(2018, 8, 20)
    >>> d = parse_deadline("2018—2020年")
    >>> (d.category.value, d.start, d.end)
    ('period', datetime.date(2018, 1, 1), datetime.date(2020, 12, 31))
    >>> parse_deadline("立行立改,持续加强,长期坚持").category.value
    'immediate'
    """
    nt = _check(text)
    s = nt.text
    for m in _scan(nt):
        if _followed_by(s, m.end, _SINCE):
            continue
        lo, _, hi = _resolve(m, year, text)
        a, b = nt.original_span(m.start, m.end)
        if m.last is None:
            return DateSpec(DateCategory.DATE, None, hi, text[a:b])
        return DateSpec(DateCategory.PERIOD, lo, hi, text[a:b])
    stripped = text.strip()
    if any(w in s for w in _IMMEDIATE):
        return DateSpec(DateCategory.IMMEDIATE, None, None, stripped)
    if any(w in s for w in _ONGOING):
        return DateSpec(DateCategory.ONGOING, None, None, stripped)
    return DateSpec(DateCategory.UNKNOWN, None, None, stripped)


def parse_period(text: str, *, year: int | None = None) -> DateSpec:
    """Read the period an observation refers to.

    ``2017年`` → 2017-01-01 … 2017-12-31 (category ``period``); ``截至2018年9月中旬`` →
    as-of date 2018-09-20 (category ``date``, ``start`` None); ``2021年-2023年`` → period;
    ``2017年以来``/``2017年至今`` → period from 2017-01-01 with ``end`` None; ``2000年以前``
    → ``end`` 1999-12-31 with ``start`` None; a single day → ``date``.

    Parameters
    ----------
    text : str
        The period as written (``2017年``, ``截至2018年9月中旬``, ``2021年-2023年``).
    year : int, optional
        Year to use for dates written without one.

    Returns
    -------
    DateSpec
        ``period`` with ``start`` … ``end`` (either may be None for open periods) or
        ``date`` with the as-of day in ``end``.

    Raises
    ------
    DateParseError
        If ``text`` contains no date, or as :func:`parse_deadline`.

    Examples
    --------
    >>> p = parse_period("截至2018年9月中旬")
    >>> (p.category.value, p.start, p.end)
    ('date', None, datetime.date(2018, 9, 20))
    >>> p = parse_period("2021年-2023年")
    >>> (p.start, p.end)
    (datetime.date(2021, 1, 1), datetime.date(2023, 12, 31))
    """
    nt = _check(text)
    s = nt.text
    matches = _scan(nt)
    if not matches:
        raise DateParseError(text, 0, "no date or period found")
    m = matches[0]
    lo, _, hi = _resolve(m, year, text)
    a, b = nt.original_span(m.start, m.end)
    written = text[a:b]
    before = s[max(0, m.start - 4) : m.start]
    if any(before.endswith(w) for w in _ASOF):
        a2, _ = nt.original_span(m.start - next(len(w) for w in _ASOF if before.endswith(w)), m.end)
        return DateSpec(DateCategory.DATE, None, hi, text[a2:b])
    if _followed_by(s, m.end, _SINCE):
        return DateSpec(DateCategory.PERIOD, lo, None, written)
    if _followed_by(s, m.end, _BEFORE):
        return DateSpec(DateCategory.PERIOD, None, lo - dt.timedelta(days=1), written)
    if m.last is None and lo == hi:
        return DateSpec(DateCategory.DATE, None, hi, written)
    return DateSpec(DateCategory.PERIOD, lo, hi, written)


def find_dates(text: str, *, year: int | None = None) -> pd.DataFrame:
    """Every date or period expression in running text.

    Never raises on a string: expressions that cannot be resolved (no year, impossible
    dates) get ``NaT`` bounds.

    Parameters
    ----------
    text : str
        Any string (a whole report is fine).
    year : int, optional
        Year to use for dates written without one (``8月底前``).

    Returns
    -------
    pandas.DataFrame
        Columns ``start``, ``end`` (span in ``text``), ``text``, ``category`` (``date`` or
        ``period``), ``first_day``, ``last_day`` (``datetime64``; NaT when unresolved).
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    nt = normalize_text(text)
    rows = []
    for m in _scan(nt):
        a, b = nt.original_span(m.start, m.end)
        lo: dt.date | None
        hi: dt.date | None
        try:
            lo, _, hi = _resolve(m, year, text)
        except DateParseError:
            lo = hi = None
        rows.append(
            {
                "start": a,
                "end": b,
                "text": text[a:b],
                "category": "date" if m.last is None else "period",
                "first_day": lo,
                "last_day": hi,
            }
        )
    columns = ["start", "end", "text", "category", "first_day", "last_day"]
    frame = pd.DataFrame(rows, columns=columns, dtype=object)  # no Arrow inference
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    for col in ("text", "category"):  # any Python string survives, pyarrow or not
        frame[col] = frame[col].astype(string_dtype())
    frame["first_day"] = pd.to_datetime(frame["first_day"])
    frame["last_day"] = pd.to_datetime(frame["last_day"])
    return frame
