"""Dates the date parser does not read, and dates that are no figure's period (issue 13).

Read by ``_reader._dates`` (the one place where a report's dates get their year and their
role); each rule here finds or classifies a date, none parses one (``parse_period`` does):

* :func:`first_months` — ``前5个月`` / ``前三个月`` (the first N months of a year:
  ``今年前5个月``, ``2023年前5个月``) written ``1月至N月`` so that the yearless machinery
  reads it as the range 1 January – end of month N in the year of the context;
* :func:`quarter_ranges` — ``前三季度``, ``一至三季度``, ``1-3季度``, ``第一季度至第三季度``:
  a run of quarters read as its months (``1月至9月``), never its last quarter alone nor a
  deadline (``至第三季度``); with its year written (``2022年第一季度至第三季度``) a dated row;
* :func:`year_end_deadlines` — ``年底前`` / ``年末前`` written without a year: a deadline
  whose year is the document's (its title, an earlier date, or ``published``);
* :func:`roc_dates` — years of the Republic of China calendar (``92年上半年`` = 2003 H1,
  ``民國103年`` = 2014, ``中華民國一百零三年`` = 2014, ``九十二年`` = 2003), read
  only in a text that is Taiwan's (:func:`is_roc_context`);
* :func:`closes_a_change` — ``从2002年的386公里…缩减至2024年的74.6公里``: the date after
  至 is the time of the level reached, not a deadline;
* :func:`relative_parts` — ``今年上半年``, ``去年第三季度``, ``今年1—10月``, ``上年12月``:
  a part of a year named relative to the time of writing, read as one date in that year
  (the part alone is yearless, the year word alone the whole year);
* :func:`is_normal` — a climate normal or long-term mean (``常年``, ``1991-2020年平均``) is
  the base of a figure's anomaly, never its period;
* :func:`past_event` — a date marked as a deadline by a weak word alone (``于2016年投产``,
  ``2000年以前年平均流量``) that was over when the document was written and that no
  commitment word of its sentence promises: the date of an event or an era, a period;
* :func:`over_before_now` — ``2017年，我省完成…。截至今年3月底``: a whole year told as a
  period is over when the text was written; a date after 今年 takes no year from it;
* :func:`whole_year_of` — ``最高温为8月的35.4℃。全年酷热天气…达42日``: a sentence that opens
  with 全年 is of the whole year of the month an earlier sentence wrote;
* :func:`years_counted_span` — ``近10年(93~102年)``, ``近5年…由107年…降至111年``: a count of
  years is of the span of as many years its sentence writes;
* :func:`year_of_member` — ``2018—2020年…4万余户、3万余户、2.5万户年度任务``: the k-th of a list
  of N figures under a span of N years is due at the end of the k-th year;
* :func:`listed_after_span` — ``2006年至2008年…降低率分别修订为-2.74%、-5.04%、-5.20%``: the
  figures listed by the span's years, each of its own year (:func:`year_of_member`);
* :func:`is_dateline` — the day of a news dateline (``中新社北京12月31日电 （记者…）``,
  ``本报太原3日讯``): when the report was filed, no figure's period;
* :func:`years_before` — ``2000年以前``/``2000年之前`` told of the past: an era that ends
  before that year (its start not written), not the year itself;
* :func:`year_lenders` — which written date lends its year to a date written without one
  (``7月14日至8月14日``, ``上半年``): an earlier period of its paragraph, else a heading's
  or a framing date above it; never a page's date stamp, a base of comparison, another
  sentence's deadline or a date after it;
* :func:`batch_mentions`, :func:`batch_days`, :func:`batch_of` — a figure of a petition
  batch (``第二十八批信访件从地区分布看：…``, ``本批交办的…``) is of the day the text gives
  that batch (``5月5日，…转办第二十八批…``);
* :func:`dateline_days` — ``黑龙江日报12月8日讯 7日，…``: a day after a news dateline,
  written without its month, is of the dateline's month;
* :func:`stamp_days` — ``时间:2020-07-03 08:48`` then ``2日，…转办第十四批…``: a day opening
  the body under a page's stamp, written without its month, is of the stamp's month;
* :func:`now_at_stamp` — ``截至目前`` of a page that reports the days just before its date
  stamp is as of the stamp;
* :func:`programme_plans` — ``“十四五”地表水国控考核断面``: a plan naming a network of sites,
  not the figure's time;
* :func:`tally_to_date` — ``2018年…。累计落实15.56亿元``: a cumulative tally takes no year of
  an earlier sentence (it is as of the time of writing).
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np
import pandas as pd

import envindicators.regions as regions
from envindicators.errors import EnvIndicatorsError
from envindicators.extract._phrases import COMPARED_AFTER, HAND_OVER, RECEIVE, _strip_glosses
from envindicators.extract._places import _province_of_name
from envindicators.extract._roles import (
    CLAUSE_BREAKS,
    COMMITMENT,
    SENTENCE_BREAKS,
    end_of_sentence,
    start_of_sentence,
)
from envindicators.extract._scope import _AS_OF_BEFORE, _ONE_DAY
from envindicators.units import parse_chinese_integer, parse_integer, parse_period, to_simplified

__all__ = [
    "NOW_WORDS",
    "SPAN_MARK",
    "acted_over_span",
    "base_levels",
    "base_years",
    "batch_days",
    "batch_mentions",
    "batch_of",
    "closes_a_change",
    "compared_after",
    "date_after_count",
    "dated_by_base",
    "dateline_days",
    "first_months",
    "frequencies",
    "glossed_years",
    "is_dateline",
    "is_normal",
    "is_roc_context",
    "met_over_period",
    "names_earlier_level",
    "names_own_year",
    "now_at_stamp",
    "now_clause_at",
    "opening_year",
    "opens_paragraph",
    "outside_asides",
    "own_deadline_first",
    "parallel_deadlines",
    "programme_plans",
    "publishing_date",
    "quarter_ranges",
    "relative_parts",
    "restated_year",
    "roc_dated_only",
    "roc_dates",
    "roc_spans",
    "same_period_in",
    "same_period_year",
    "speech_lead",
    "stamp_days",
    "stationing_end",
    "stationing_span",
    "tally_paragraph",
    "tally_sentence",
    "tally_to_date",
    "title_as_of",
    "told_date",
    "writing_year_glossed",
    "year_columns",
    "year_end_deadlines",
    "year_in_spans",
    "year_lenders",
    "year_of_recent_days",
    "years_before",
]

#: The first N months of a year (前5个月, 前三个月); not 提前5个月 (ahead of time).
_FIRST_MONTHS = re.compile(r"(?<![提\d])前(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])个?月")
#: A run of quarters: the first N (前三季度, 前3个季度) or from one to another (一至三季度,
#: 1-3季度, 第一季度至第三季度, 第二至第四季度), its year written before it or not; not
#: 提前三季度 (ahead of time).
_QUARTER_RANGE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?"
    r"(?:(?<![提近])前\s*(?P<n>[一二三四1-4])\s*个?\s*季度"
    r"|第?\s*(?P<a>[一二三1-3])\s*(?:季度)?\s*(?:[—–\-~～]|至|到)\s*第?\s*(?P<b>[二三四2-4])\s*季度)"
)
#: The end of a year as a deadline, the year not written (年底前; not 2020年底, 今年底, 每年年底).
_YEAR_END = re.compile(r"(?<![\d年今明去上本当该同每全])年(?:底|末)(?=前|以前|之前)")
#: A year of the Republic of China calendar (民國92年, 92年上半年, 103年12月, 113年1-10月,
#: 112年1月至9月), or a span of whole years whose first end is written without 年
#: (``107~109年``, ``107—111年``, ``81-86年度``, ``93年度至98年度``: :func:`_roc_rows` reads
#: it as one period when no month or part follows the last year).
_ROC = re.compile(
    r"(?:(?<![\d.．])(?P<y0>\d{2,3})\s*(?:年度)?\s*(?:起\s*)?[~～—–\-－至到]\s*)?"
    r"(?P<era>民[國国])?(?<![\d.．])(?P<y>\d{2,3})\s*年"
    r"(?P<rest>上半年|下半年|第?[一二三四1-4]季度"
    # a span of months, 月 on both ends (112年1月至9月: January to September, not January)
    r"|\d{1,2}\s*月\s*[-—–~～至到]\s*\d{1,2}\s*月(?!\s*\d)"
    r"|\d{1,2}\s*(?:[-—–~～至到]\s*\d{1,2}\s*)?月(?:\s*\d{1,2}\s*[日号])?|底|末)?"
)
#: An ROC year in Chinese numerals (民國九十二年, 中華民國一百零三年上半年, 九十二年度): without
#: 民國 only in the tens form (九十二, 一百一十三) or digit by digit (一一二), never inside a longer
#: numeral.
_ROC_WORDS = re.compile(
    r"(?:(?P<era>民[國国])\s*)?(?<![一二三四五六七八九十百千仟韆万萬零〇○两兩点點.．\d])"
    r"(?P<y>[一二三四五六七八九十百零〇○]{1,6})\s*年"
    r"(?P<rest>上半年|下半年|第?[一二三四1-4]季度|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"
    # the month and day in numerals too (一一四年九月十一日)
    r"|[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}[日号])?|底|末)?"
)
#: Before an ROC year without 民國: words that make the number a count of years (近10年).
_ROC_NOT_BEFORE = re.compile(r"[近前后後多这這每第约約逾过過余餘满滿达達共连連历歷经經]$")
#: After it: a span of years, not a year (10年来, 30年间, 5年内, 20年以上).
_ROC_NOT_AFTER = re.compile(r"^(?:来|來|间|間|内|內|以上|以下|左右|多|之久|期间|期間|代)")
#: ROC years in Chinese numerals without 民國 (tens form, or digit by digit: 一一二) and ROC
#: fiscal years (九十二年度):
#: one home, :mod:`envindicators.regions` (the fiscal form is a sign of Taiwan's texts too).
_ROC_TENS = regions.ROC_TENS
_ROC_FISCAL = regions.ROC_FISCAL_YEAR
#: ROC years read without 民國 (1971–2041): a smaller number is more likely a count.
_ROC_YEARS = (60, 130)
#: Words before a date that name a climate normal or long-term mean (常年, 多年平均).
_NORMAL_BEFORE = re.compile(r"(常年|多年|气候|氣候)(平均值?|均值)?[\s（(]*(即)?$")
#: After a span of years: its mean (1991-2020年平均, 1981—2010年均值, 1991-2020年的平均值).
_NORMAL_AFTER = re.compile(r"^\s*年?\s*的?\s*(平均|均值)")
#: The shortest span of years read as a normal when only 平均 follows it (WMO: 30 years).
_NORMAL_YEARS = 20
_TAIWAN = ("台湾", "臺灣")
#: Taiwan's code among :data:`envindicators.regions.TERRITORIES` (its province code).
_TAIWAN_CODE = regions.TERRITORIES[0]
#: Years named relative to the time of writing (今年 2023, 去年 2022, 前年 2021).
RELATIVE_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2}
#: A part of a year right after such a word (今年上半年, 去年三季度, 今年1—10月, 今年1至10月,
#: 上年12月, 今年前三季度); not a day (今年3月5日 is no month's figure) nor a count of
#: months (今年3个月). The first months (今年前5个月) are :func:`first_months`'.
_RELATIVE_PART = re.compile(
    r"(?P<rel>" + "|".join(sorted(RELATIVE_YEAR, key=len, reverse=True)) + r")\s*"
    r"(?P<part>上半年|下半年|前?第?[一二三四1-4]季度"
    r"|1\s*月?\s*(?:[—–\-~～]|至|到)\s*(?:1[0-2]|[2-9])\s*月|(?:1[0-2]|[1-9])\s*月)"
    r"(?!\s*(?:\d|[一二三四五六七八九十])|[个個底末])"
)


#: A span of months whose ends are named relative to the time of writing (去年4月到今年9月,
#: 上年10月至今年3月, 去年12月—今年2月): one period from the first month to the last, whatever
#: the range mark; not a day (今年3月5日) nor a count of months.
_RELATIVE_SPAN = re.compile(
    r"(?P<rel1>" + "|".join(sorted(RELATIVE_YEAR, key=len, reverse=True)) + r")\s*"
    r"(?P<m1>1[0-2]|[1-9])\s*月(?:份)?\s*(?:[—–\-~～－]|至|到)\s*"
    r"(?P<rel2>" + "|".join(sorted(RELATIVE_YEAR, key=len, reverse=True)) + r")\s*"
    r"(?P<m2>1[0-2]|[1-9])\s*月(?:份)?"
    r"(?!\s*(?:\d|[一二三四五六七八九十])|[个個底末])"
)
#: A month written after 每 (每2月進行1次, 每3个月): a frequency, every N months, no month.
_EVERY_MONTHS = re.compile(r"每\s*$")
_MONTH_COUNT = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十两兩]{1,3})\s*[个個]?\s*月")


def frequencies(text: str, d: pd.DataFrame) -> np.ndarray:
    """Which rows of ``d`` (dates of ``text``) are a frequency, not a date: ``每2月``.

    ``每2月進行1次巡檢`` is every two months; the parser reads ``2月`` as February.  Only a
    month count right after 每 (not ``每年2月``, whose month is one, nor a dated month).

    Parameters
    ----------
    text : str
        The document.
    d : pandas.DataFrame
        Its dates (``start``, ``end``, ``text``, ``first_day``).

    Returns
    -------
    numpy.ndarray
        Boolean mask over the rows of ``d``.

    Examples
    --------
    >>> from envindicators.units import find_dates
    >>> t = "計畫每2月進行1次巡檢，每年3月公告。"
    >>> frequencies(t, find_dates(t)).tolist()
    [True, False]
    """
    out = np.zeros(len(d), dtype=bool)
    for i, (a, b, first) in enumerate(zip(d["start"], d["end"], d["first_day"], strict=True)):
        out[i] = (
            pd.isna(first)
            and _EVERY_MONTHS.search(text, max(0, int(a) - 2), int(a)) is not None
            and _MONTH_COUNT.fullmatch(text, int(a), int(b)) is not None
        )
    return out


def _row(start: int, end: int, written: str, first: Any = pd.NaT, last: Any = pd.NaT) -> dict:
    return {
        "start": start, "end": end, "text": written, "category": "period",
        "first_day": first, "last_day": last, "relative": False,
    }  # fmt: skip


def _free(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(x < b and a < y for x, y in taken)


def _left_to_another(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether ``[a, b)`` overlaps a taken span it does not contain (that date reads it)."""
    return any(x < b and a < y and not a <= x < y <= b for x, y in taken)


def first_months(simplified: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Rows for the first N months of a year written without it (``前5个月``).

    Parameters
    ----------
    simplified : str
        The text in simplified script (same length as the original).
    taken : list of tuple of int
        Spans of the dates already found: a match overlapping one it does not contain is
        left to it; one inside it (the ``8月`` of ``前8月``, which the parser reads as August)
        is the caller's to drop.

    Returns
    -------
    list of dict
        One yearless row per match (``first_day``/``last_day`` empty, to be read in the
        year of the context); its ``parse_as`` is ``1月至N月``.
    """
    rows = []
    for m in _FIRST_MONTHS.finditer(simplified):
        a, b = m.start(), m.end()
        if _left_to_another(taken, a, b):
            continue
        try:
            n = parse_integer(m.group(1))
        except EnvIndicatorsError:
            continue
        if 1 <= n <= 12:
            rows.append(_row(m.start(), m.end(), m.group(0)) | {"parse_as": f"1月至{n}月"})
    return rows


def quarter_ranges(simplified: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Rows for a run of quarters: ``前三季度``, ``一至三季度``, ``第一季度至第三季度``.

    The date parser reads a yearless ``前三季度`` or ``1-3季度`` as the third quarter alone
    and ``第一季度至第三季度`` as the first quarter and a deadline ``至第三季度``; the run is
    one period, from the first month of its first quarter to the last month of its last
    (``前三季度`` = ``1月至9月``, ``第二至第四季度`` = ``4月至12月``).  With its year written
    before it the row is dated; without, it is yearless (``parse_as``, read in the year
    of the context like ``前5个月``).

    Parameters
    ----------
    simplified : str
        The text in simplified script (same length as the original).
    taken : list of tuple of int
        Spans of the dates already found: a match overlapping one it does not contain is
        left to it (``2022年1-3季度``, read whole by the parser); one inside it
        (``2022年第一季度`` of ``2022年第一季度至第三季度``) is the caller's to drop.

    Returns
    -------
    list of dict
        One row per run (``first_day``/``last_day`` set when its year is written, else
        empty with ``parse_as`` ``M月至N月``).

    Examples
    --------
    >>> [(r["text"], r.get("parse_as")) for r in quarter_ranges("前三季度，全省", [])]
    [('前三季度', '1月至9月')]
    """
    rows = []
    for m in _QUARTER_RANGE.finditer(simplified):
        a, b = m.start(), m.end()
        if _left_to_another(taken, a, b):
            continue
        try:
            first_q = 1 if m["n"] else parse_integer(m["a"])
            last_q = parse_integer(m["n"] or m["b"])
        except EnvIndicatorsError:
            continue
        if not 1 <= first_q < last_q <= 4:
            continue  # 前一季度 is the quarter before, not a run
        months = f"{3 * first_q - 2}月至{3 * last_q}月"
        if m["y"] is None:
            rows.append(_row(a, b, m.group(0)) | {"parse_as": months})
            continue
        year = int(m["y"])
        first = pd.Timestamp(year, 3 * first_q - 2, 1)
        last = pd.Timestamp(year, 3 * last_q, 1) + pd.offsets.MonthEnd(0)
        rows.append(_row(a, b, m.group(0), first, last))
    return rows


def relative_parts(simplified: str, taken: list[tuple[int, int]], anchor: Any) -> list[dict]:
    """Rows for a part of a year named relative to the time of writing (``今年上半年``).

    ``今年`` is the year of ``anchor`` (the publication date, else the text's dateline),
    ``去年``/``上年`` the year before, ``前年`` two years before; the part (a half, a
    quarter, the months ``1—N月``/``1至N月`` from January, or one month) is read in that
    year by ``parse_period``: ``今年1至10月`` is 1 January – 31 October, never October
    alone nor a deadline.  A span whose two ends are so named (``去年4月到今年9月``, any
    range mark) is one period from its first month to its last; without ``anchor`` it is
    still one row, its days not known (never its last month alone).

    Parameters
    ----------
    simplified : str
        The text in simplified script (same length as the original).
    taken : list of tuple of int
        Spans of the dates already found: a match overlapping one it does not contain is
        left to it (a date inside one, the ``10月`` of ``今年1至10月``, is the caller's to
        drop).
    anchor : datetime.date or None
        The time of writing; without it only the spans' rows, with no days (the year is
        not in the text).

    Returns
    -------
    list of dict
        One row per match with its ``first_day``/``last_day`` and ``relative`` set (the
        year was not written: the row is one step less sure).
    """
    rows = []
    spans = []
    for m in _RELATIVE_SPAN.finditer(simplified):
        a, b = m.start(), m.end()
        if _left_to_another(taken, a, b):
            continue
        first = last = pd.NaT  # without the time of writing: the span, its years not given
        if anchor is not None:
            y1 = anchor.year + RELATIVE_YEAR[m["rel1"]]
            y2 = anchor.year + RELATIVE_YEAR[m["rel2"]]
            first = pd.Timestamp(y1, int(m["m1"]), 1)
            last = pd.Timestamp(y2, int(m["m2"]), 1) + pd.offsets.MonthEnd(0)
            if last <= first:
                continue
        rows.append(_row(a, b, m.group(0), first, last) | {"relative": True})
        spans.append((a, b))
    if anchor is None:
        return rows
    for m in _RELATIVE_PART.finditer(simplified):
        a, b = m.start(), m.end()
        if _left_to_another(taken, a, b) or any(x < b and a < y for x, y in spans):
            continue
        year = anchor.year + RELATIVE_YEAR[m["rel"]]
        try:
            spec = parse_period(f"{year}年" + re.sub(r"\s+", "", m["part"]))
        except (EnvIndicatorsError, ValueError):
            continue
        if spec.end is None:
            continue
        first = pd.Timestamp(spec.start or spec.end)
        rows.append(_row(a, b, m.group(0), first, spec.end) | {"relative": True})
    return rows


def year_end_deadlines(simplified: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Rows for ``年底前``/``年末前`` written without a year (``parse_as``: ``年底``).

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    taken : list of tuple of int
        Spans of the dates already found.

    Returns
    -------
    list of dict
        One yearless row per match; the year is the context's (never one the document
        does not give).
    """
    return [
        _row(m.start(), m.end(), m.group(0)) | {"parse_as": "年底"}
        for m in _YEAR_END.finditer(simplified)
        if _free(taken, m.start(), m.end())
    ]


#: A year written without 年 right before the words of a plan or target (确定2021空气质量
#: 目标, 2021工作要点; simplified script): not a count (2021个), a code (GB3095-2012) nor a
#: number's part.
_PLAN_YEAR = re.compile(
    r"(?<![\d.\-/－—~～:：])((?:19|20)\d{2})"
    r"(?=[\u4e00-\u9fff]{0,8}?(?:目标|计划|计画|规划|方案|要点|任务|行动))"
    r"(?![个项家条处座台辆吨万亿元年月日号])"
)


def plan_heading_years(
    simplified: str, taken: list[tuple[int, int]], heading_max: int
) -> list[dict]:
    """Rows for a year written without 年 before a plan's or target's words in a heading.

    ``确定2021空气质量目标``, ``2021工作要点``: the year of the targets and tasks under the
    heading (column ``plan_year``: the reader makes it their deadline, never a period of
    the figures under it, which may report the year before).

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    taken : list of tuple of int
        Spans of the dates already found.
    heading_max : int
        The longest line read as a heading.

    Returns
    -------
    list of dict
        One row per such year in a heading line.

    Examples
    --------
    >>> [r["text"] for r in plan_heading_years("回顾\\n确定2021空气质量目标\\n", [], 40)]
    ['2021']
    """
    rows = []
    for m in _PLAN_YEAR.finditer(simplified):
        a, b = m.start(1), m.end(1)
        line = simplified[simplified.rfind("\n", 0, a) + 1 : _line_end(simplified, a)]
        if _is_heading(line, heading_max) and _free(taken, a, b):
            y = int(m.group(1))
            first, last = pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31)
            rows.append(_row(a, b, m.group(1), first, last) | {"plan_year": True})
    return rows


#: The date a title states its figures as of (…进展情况(截至2022年4月11日), 截止2023年底;
#: simplified script): a year, a month, and a day or the month's or year's end.
_TITLE_AS_OF = re.compile(
    r"(?:截至|截止)到?\s*((?:19|20)\d{2}\s*年\s*"
    r"(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)?|底|末))"
)


def title_as_of(title: str, heading_max: int) -> pd.Timestamp | None:
    """The day a title says its figures are as of (``截至2022年4月11日``), if it says one.

    A heading that names the state of its document as of a day (a progress report's
    ``进展情况(截至2022年4月11日)``) dates the figures the text gives without a date of their
    own: a state as of that day, surer than the publication date (which may be later).

    Parameters
    ----------
    title : str
        The document's first line (either script).
    heading_max : int
        The longest line read as a heading (a first paragraph names no such day).

    Returns
    -------
    pandas.Timestamp or None
        The day (a month's or year's last day for ``6月``/``6月底``/``年底``), or ``None``.

    Examples
    --------
    >>> title_as_of("信访案件进展情况(截至2022年4月11日)", 40)
    Timestamp('2022-04-11 00:00:00')
    >>> title_as_of("整改进展(截止2023年底)", 40), title_as_of("截至目前进展", 40)
    (Timestamp('2023-12-31 00:00:00'), None)
    """
    simplified = to_simplified(title).strip()
    m = _TITLE_AS_OF.search(simplified)
    if m is None or not _is_heading(simplified, heading_max):
        return None
    try:
        spec = parse_period(re.sub(r"\s+", "", m.group(1)))
    except EnvIndicatorsError:
        return None
    return None if spec.end is None else pd.Timestamp(spec.end)


def is_roc_context(text: str, region: str | None) -> bool:
    """Whether the years of ``text`` may be of the Republic of China calendar.

    Only a text that is Taiwan's: its region is Taiwan or one of its divisions (屏东县,
    given or read), or it writes a
    year with 民國 (民国), in digits or Chinese numerals (民國九十二年), or an ROC fiscal
    year in Chinese numerals (九十二年度, 一百一十三年度: no Gregorian year nor count of years
    is written so), or its signs tell surely that it is Taiwan's
    (:func:`envindicators.regions.document_territory`: 環保署, 縣府, ``113年1-10月`` …) —
    a county's report that says only 本縣 names no division, yet its ``108年`` is 2019.

    Parameters
    ----------
    text : str
        The document.
    region : str or None
        The document's region.

    Returns
    -------
    bool
        ``True`` where ``92年`` is to be read as 2003.
    """
    in_taiwan = region is not None and (
        any(t in region for t in _TAIWAN)
        or _province_of_name(region) == _province_of_name(_TAIWAN[0] + "省")
    )
    return (
        in_taiwan
        or bool(
            re.search(r"民[國国]\s*(?:\d{2,3}|[一二三四五六七八九十百零〇○]{2,6})\s*年", text)
            or _ROC_FISCAL.search(text)
        )
        or (_ROC_YEAR_WRITTEN.search(text) is not None and _of_taiwan(text))
        or roc_dated_only(text)
    )


#: An ROC year that dates (``98年12月31日``, ``93年度``): a month after it or 年度.
_ROC_DATE_WRITTEN = re.compile(r"(?<![\d.．])(?:[6-9]\d|1[0-2]\d)\s*年(?:度|\s*\d{1,2}\s*月)")
#: A Gregorian year written in digits (``2009年``, ``1998年度``).
_GREGORIAN_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年")


def roc_dated_only(text: str) -> bool:
    """Whether a traditional-script text dates by ROC years alone.

    A county's project abstract that names no division (``本計畫年度各項作業執行至98年12月31日``,
    ``彙整93年度至98年度``) shows no sign of Taiwan but its calendar: in traditional script,
    a year of two or three digits written with its month or as a fiscal year (``年度``),
    and no Gregorian year written anywhere, is an ROC year (98年 is 2009).  A text that
    also writes a Gregorian year (a Hong Kong or reprinted mainland page: ``2009年``), or
    a simplified one, is not read so.

    Parameters
    ----------
    text : str
        The document.

    Returns
    -------
    bool
        ``True`` where the text's ``98年`` is 2009.

    Examples
    --------
    >>> roc_dated_only("本計畫年度各項作業執行至98年12月31日,共計受理陳情案件986件")
    True
    >>> roc_dated_only("彙整93年度至98年度累計遭民眾陳情3次以上者")
    True
    >>> roc_dated_only("截至98年12月31日，2009年共受理陳情案件986件")  # a Gregorian year too
    False
    >>> roc_dated_only("本计划执行至98年12月31日,共计受理陈情案件986件")  # simplified
    False
    >>> roc_dated_only("本縣98年受理陳情案件986件")  # a bare year: a count of years?
    False
    """
    return (
        _ROC_DATE_WRITTEN.search(text) is not None
        and _GREGORIAN_WRITTEN.search(text) is None
        and regions.is_traditional_text(text)
    )


#: A year an ROC text may write without 民國 (``92年``, ``113年``): without one, the
#: territory of the text need not be asked.
_ROC_YEAR_WRITTEN = re.compile(r"(?<![\d.．])(?:[6-9]\d|1[0-2]\d)\s*年")


@functools.lru_cache(maxsize=4)
def _of_taiwan(text: str) -> bool:
    """Whether the signs of ``text`` tell surely that it is Taiwan's (asked once a text).

    Examples
    --------
    >>> _of_taiwan("本縣108年共削減1,136公噸，環保署考評達標。")
    True
    >>> _of_taiwan("国务院印发计划。108年一遇的洪水。")
    False
    """
    territory = regions.document_territory(text)
    return territory is not None and territory.code == _TAIWAN_CODE and territory.sure


def _roc_rows(text: str) -> list[dict]:
    simplified = to_simplified(text)
    rows = []
    matches = [*_ROC.finditer(simplified), *_ROC_WORDS.finditer(simplified)]
    for m in sorted(matches, key=lambda x: x.start()):
        if m["y"].isdigit():
            n = int(m["y"])
        else:  # 民國九十二年 / 九十二年 / 一一二年: Chinese numerals, without 民國 as _ROC_TENS
            if m["era"] is None and not _ROC_TENS.fullmatch(m["y"]):
                continue
            try:
                n = parse_chinese_integer(m["y"].replace("○", "〇"))
            except EnvIndicatorsError:
                continue
        rest = re.sub(r"\s+", "", m["rest"] or "")
        # 107~109年: a span of whole years from its first (not with a month: 107至112年1~11月)
        first_end = m.groupdict().get("y0")  # _ROC_WORDS reads no span
        y0 = int(first_end) if first_end is not None and not rest else None
        spanned = y0 is not None and _ROC_YEARS[0] <= y0 < n
        start = m.start() if spanned or first_end is None else m.start("era" if m["era"] else "y")
        if m["era"] is None and (
            not _ROC_YEARS[0] <= n <= _ROC_YEARS[1]
            or _ROC_NOT_BEFORE.search(simplified, max(0, start - 1), start)
            or _ROC_NOT_AFTER.match(simplified[m.end() : m.end() + 4])
        ):
            continue
        try:
            spec = parse_period(f"{n + 1911}年{rest}")
        except (EnvIndicatorsError, ValueError):
            continue
        if spec.end is None:
            continue
        first = pd.Timestamp(spec.start or spec.end)
        if y0 is not None and spanned:
            first = pd.Timestamp(y0 + 1911, 1, 1)
        rows.append(_row(start, m.end(), text[start : m.end()], first, spec.end))
    return rows


def roc_spans(text: str) -> np.ndarray:
    """Spans ``[start, end)`` of the ROC years :func:`roc_dates` reads in ``text``.

    A figure inside one (``103年`` read as 103 years) is a date, not a quantity.

    Parameters
    ----------
    text : str
        The document (a text of Taiwan).

    Returns
    -------
    numpy.ndarray
        Integer array of shape ``(n, 2)``.
    """
    spans = [(r["start"], r["end"]) for r in _roc_rows(text)]
    return np.array(spans, dtype=np.int64).reshape(-1, 2)


def roc_dates(text: str, d: pd.DataFrame) -> pd.DataFrame:
    """``d`` (rows of ``find_dates``) with the ROC years of ``text`` read as Gregorian.

    ``92年上半年`` is 2003-01-01 – 2003-06-30, ``民國103年12月`` is December 2014.  A year
    written with 民國 is always read; one without it only from 60 to 130 (1971–2041), in
    Chinese numerals only in the tens form (``九十二年``, ``一百零三年``) or digit by digit
    (``一一二年`` = 2023, from 100 to 129), and not as a count
    of years (``近10年``, ``30年来``, ``九十年代``).  Rows of ``d`` overlapping an ROC
    year (the parser reads ``103年12月`` as a yearless ``12月``) are replaced.

    Parameters
    ----------
    text : str
        The document (either script).
    d : pandas.DataFrame
        Its dates as found by ``find_dates`` (``start``, ``end``, ``text``, ``category``,
        ``first_day``, ``last_day``).

    Returns
    -------
    pandas.DataFrame
        ``d`` with the ROC rows, sorted by ``start``.
    """
    rows = _roc_rows(text)
    if not rows:
        return d
    spans = [(r["start"], r["end"]) for r in rows]
    keep = [_free(spans, a, b) for a, b in zip(d["start"], d["end"], strict=True)]
    out = pd.concat([d[keep], pd.DataFrame(rows).assign(category="date")], ignore_index=True)
    out["first_day"] = pd.to_datetime(out["first_day"])
    out["last_day"] = pd.to_datetime(out["last_day"])
    return _joined_ranges(text, out.sort_values("start", kind="stable").reset_index(drop=True))


#: Between the two ends of a range of dates (109年4月16日至109年12月31日, 自88年起至102年度:
#: 起 marks the first end of the range, not another event).
_RANGE_JOIN = re.compile(r"\s*(?:起\s*)?(?:至|到|[—–\-~～－])\s*")


def _joined_ranges(text: str, d: pd.DataFrame) -> pd.DataFrame:
    """``d`` with each range of two dated rows (``109年4月16日至109年12月31日``) made one row.

    So is a range whose first end is marked by 起 (``自88年起至102年度``: 1999–2013).

    The parser reads a range of Gregorian dates as one period; ROC dates are read one by
    one, so the end of such a range would pass for a deadline (``至109年12月31日``).
    """
    if len(d) < 2:
        return d
    rows = d.to_dict("records")
    out = [rows[0]]
    for r in rows[1:]:
        last = out[-1]
        if (
            pd.notna(last["first_day"])
            and pd.notna(r["first_day"])
            and r["first_day"] >= last["first_day"]
            and _RANGE_JOIN.fullmatch(text, int(last["end"]), int(r["start"]))
        ):
            out[-1] = last | {
                "end": r["end"], "text": text[int(last["start"]) : int(r["end"])],
                "category": "period", "last_day": r["last_day"],
            }  # fmt: skip
            continue
        out.append(r)
    joined = pd.DataFrame(out, columns=d.columns)
    for col in ("start", "end"):
        joined[col] = joined[col].astype("int64")
    return joined


#: Before a date: it opens a change from it (从2002年的…, 由2015年的…, 自…).
_FROM_BEFORE = re.compile(r"[从從由自]\s*$")
#: After the opening date: the level at it, with 的 (之) or at once (从2002年的386公里, 由105年之20,
#: 自103年26.2%, 由91年66站); not 之后, 之前, 之间 (a time after or before it).
_LEVEL_AFTER = re.compile(r"的|之(?![后後前间間内內外])|\s*\d")


def closes_a_change(text: str, starts: np.ndarray, ends: pd.Series, i: int) -> bool:
    """Whether date ``i`` closes a change ``从X…至Y`` opened by the date before it.

    The earlier date is in the same sentence, written after 从/由/自 and before the level
    at it (``从2002年的386公里``, ``自103年26.2%降低至105年19.3%``): ``Y`` is the time of the
    level reached, not a deadline.  A span of work (``从2016年4月开始至2017年12月``) is not
    such a change.

    Parameters
    ----------
    text : str
        The document.
    starts : numpy.ndarray
        Start of each date of ``text``, in order.
    ends : pandas.Series
        Their ends.
    i : int
        The date asked about (one written after 至/到).

    Returns
    -------
    bool
        ``True`` where date ``i`` is the time of a level, not a deadline.
    """
    if i == 0:
        return False
    a, b = int(starts[i - 1]), int(ends.iloc[i - 1])
    return (
        bool(_FROM_BEFORE.search(text, max(0, a - 2), a)) and bool(_LEVEL_AFTER.match(text, b))
    ) and not any(c in SENTENCE_BREAKS for c in text[b : int(starts[i])])


def is_normal(before: str, after: str, first: Any, last: Any) -> bool:
    """Whether a date is a climate normal or long-term mean: the base of an anomaly.

    ``常年（1991-2020年平均）``, ``多年平均``, ``1981—2010年均值``: a span of at least
    20 years followed by 平均/均值, or any date after 常年/多年/气候.

    Parameters
    ----------
    before, after : str
        The text right before and after the date.
    first, last : Timestamp
        Its first and last day.

    Returns
    -------
    bool
        ``True`` for a normal.
    """
    if _NORMAL_BEFORE.search(to_simplified(before)):
        return True
    if pd.isna(first) or pd.isna(last) or not _NORMAL_AFTER.match(to_simplified(after)):
        return False
    return pd.Timestamp(last).year - pd.Timestamp(first).year + 1 >= _NORMAL_YEARS


#: The words that make a date a deadline whatever its time: 到/至 before it (到2020年), 前
#: or 底前 right after it (2020年底前, 2018年前完成, 2016年末以前).
_STRONG_BEFORE = re.compile(r"(?<![截止至])(到|至)\s*$")
_STRONG_AFTER = re.compile(r"^\s*(底|年底|末|年末)|^\s*前")


def past_event(lead: str, after: str, last: Any, published: Any) -> bool:
    """Whether a date read as a deadline is the date of a past event or era instead.

    ``于`` before a date (``于2016年投产``) and ``以前``/``之前`` after it (``2000年以前年平均
    流量约1立方米/秒``) mark a deadline only in a promise (``计划于2018年完成``, ``应于2016年
    以前完成``); a date so marked that was over when the document was written, in a sentence
    that writes no commitment word before it, dates an event or an era: a period.  ``到``/
    ``至`` before the date and ``前``/``底前`` right after it keep the deadline (``应于2016年底
    前完成`` is a deadline missed).

    Parameters
    ----------
    lead : str
        The date's sentence up to the date (simplified script), the marker before it
        included.
    after : str
        The few characters after the date (simplified script).
    last : Timestamp-like
        Last day of the date.
    published : date-like or None
        Date of writing; without it nothing is past (``False``).

    Returns
    -------
    bool
        ``True`` when the date is a period, not a deadline.
    """
    if published is None or pd.isna(last) or pd.Timestamp(last) >= pd.Timestamp(published):
        return False
    if _STRONG_BEFORE.search(lead) or _STRONG_AFTER.match(after):
        return False
    return not COMMITMENT.search(lead)


#: A whole year written alone (``2017年``, ``110年``, ``2017年度``; simplified script).
_WHOLE_YEAR_WRITTEN = re.compile(r"\s*\d{2,4}\s*年度?\s*")
#: Before a date that opens its clause: the start of the text, a line or a clause.
_OPENS_CLAUSE = re.compile(r"(?:^|[。；;！？!?\n，,：:])[ \t　]*$")


def over_before_now(
    simplified: str, word: str, lender: tuple[int, int], at: int, first: Any, last: Any
) -> bool:
    """Whether a date after 今年 may not take the year of the date before it (no writing date).

    ``2017年，我省完成对21个市(州)的环保督察工作…。截至今年3月底，已有16个市(州)…``,
    ``110年空氣品質AQI≦100比率達80.7%…。而今年1月份空氣品質…``: the earlier date is a whole
    year written alone that opens its clause — the time of what that clause tells, done or
    measured over the year — in an earlier sentence: a year over when the text was written,
    so 今年 is a later one, which the text does not write.  Read without a publication date
    or a dateline only.  A year inside its clause (``环保署28日公布2021年空气品质监测结果``,
    a name ``“2018年夏季攻势”``: the year of writing may be the one named), a year of the same
    sentence (``2016年，通州区目标完成…，计划今年11月底前``: that year is 今年), a month or a
    day (``2018年6月…。今年8月``) still lend; 去年/前年 are not this rule's.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    word : str
        The relative year written before the date (``今年``, ``去年`` …; simplified).
    lender : tuple of int
        Start and end of the earlier date in the text.
    at : int
        Where the date after ``word`` starts.
    first, last : Timestamp
        The earlier date's first and last day.

    Returns
    -------
    bool
        The date after 今年 takes no year from the earlier date.

    Examples
    --------
    >>> y = (pd.Timestamp(2017, 1, 1), pd.Timestamp(2017, 12, 31))
    >>> t = "2017年，我省完成督察。截至今年3月底，已有16个市(州)…"
    >>> over_before_now(t, "今年", (0, 5), t.index("3月底"), *y)
    True
    >>> over_before_now(t, "去年", (0, 5), t.index("3月底"), *y)
    False
    >>> t = "环保署公布2017年空气品质监测结果。今年3月，…"
    >>> over_before_now(t, "今年", (5, 10), t.index("3月"), *y)
    False
    >>> t = "2017年，全区目标完成376台，计划今年11月底前整治到位"
    >>> over_before_now(t, "今年", (0, 5), t.index("11月"), *y)
    False
    >>> t = "2017年全国空气质量状况\\n今年前3月，…"  # a title's year: the report's
    >>> over_before_now(t, "今年", (0, 5), t.index("3月"), *y)
    False
    """
    if RELATIVE_YEAR.get(word) != 0 or pd.isna(first) or pd.isna(last):
        return False
    first, last = pd.Timestamp(first), pd.Timestamp(last)
    if (first.month, first.day, last.month, last.day) != (1, 1, 12, 31) or first.year != last.year:
        return False
    a, b = lender
    if not _WHOLE_YEAR_WRITTEN.fullmatch(simplified[a:b]):
        return False
    if not _OPENS_CLAUSE.search(simplified[max(0, a - 4) : a]) and a > 0:
        return False
    line_end = simplified.find("\n", b)
    if not re.search(r"[，,。；;！？!?]", simplified[b : line_end if line_end >= 0 else at]):
        return False  # 2019年全国空气质量状况 (a title or heading's year): the report's year
    return bool(re.search(r"[。！？!?\n]", simplified[b:at]))


#: A sentence told of a whole year (``全年酷热天气…达42日``, ``全年度``; simplified script).
_WHOLE_YEAR_OPENS = re.compile(
    r"[ \t　]*(?:而|其中|此外)?[，,]?[ \t　]*全年度?"
    r"(?![\d一二三四五六七八九十]|内|任务|目标|计划)"
)


def whole_year_of(simplified: str, ss: int, date: Any) -> int | None:
    """The year of a sentence that opens with 全年 after a part of a year dates it.

    ``去年本澳平均气温为23.6摄氏度…；最高温为8月的35.4摄氏度。全年酷热天气(日最高温在33℃
    或以上)达42日``: the sentence is of the whole year; the month an earlier sentence wrote
    (``8月``, the maximum's) lends it its year only.  ``None`` where the sentence does not
    open with 全年 (``全年目标``, ``全年任务`` are a plan's, ``全年内`` a deadline's) or the date
    is not within one year.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    ss : int
        Where the figure's sentence starts.
    date : pandas.Series
        The date an earlier sentence lends (``first_day``, ``last_day``).

    Returns
    -------
    int or None
        The year the whole-year sentence is of.

    Examples
    --------
    >>> t = "最高温为8月的35.4摄氏度。全年酷热天气达42日"
    >>> d = pd.Series({"first_day": pd.Timestamp(2024, 8, 1),
    ...                "last_day": pd.Timestamp(2024, 8, 31)})
    >>> whole_year_of(t, t.index("全年"), d)
    2024
    >>> t = "8月，全市完成造林3万亩。全年任务完成85%"
    >>> whole_year_of(t, t.index("全年"), d) is None
    True
    """
    first, last = date["first_day"], date["last_day"]
    if pd.isna(first) or pd.isna(last) or not _WHOLE_YEAR_OPENS.match(simplified, ss):
        return None
    first, last = pd.Timestamp(first), pd.Timestamp(last)
    whole = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    if first.year != last.year or whole:
        return None
    return int(first.year)


#: A count of years as written (``近10年``, ``近四年``, ``过去10年``, ``连续3年``, ``十年间``;
#: simplified script): a duration whose years a span of its sentence may name.
_YEARS_COUNTED = re.compile(
    r"(?:近|过去|最近|连续)?\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*年(?:来|间|内)?"
)


def years_counted_span(written: str, sentence: pd.DataFrame) -> tuple[int, int] | None:
    """The dates of its sentence that name the span of years a count of years (``近10年``) is of.

    ``各类车辆近10年(93~102年)的总数为成长趋势``: the span glossing the count (2004–2013);
    ``嘉义县近5年空气品质不良天数比例，由107年24.7%降至111年7.9%``: the first and the last
    year of the sentence, as many years apart as the count (2018–2022).  Only a span of
    whole years of exactly the count's length: ``连续3年上升，由2022年的32%升至2023年的33%``
    (two years written for three) and ``十年间`` under ``2017年至2019年`` are left, and so is
    a count of one year (``提前一年完成`` under ``《…目录(2011年本)》``: no span).

    Parameters
    ----------
    written : str
        The figure as written (simplified).
    sentence : pandas.DataFrame
        The period dates of the figure's sentence in text order (``first_day``,
        ``last_day``).

    Returns
    -------
    tuple of int or None
        Positions in ``sentence`` of the span's first and last date (the same for a span
        written as one date).

    Examples
    --------
    >>> d = pd.DataFrame({"first_day": [pd.Timestamp(2018, 1, 1), pd.Timestamp(2022, 1, 1)],
    ...                   "last_day": [pd.Timestamp(2018, 12, 31), pd.Timestamp(2022, 12, 31)]})
    >>> years_counted_span("近5年", d), years_counted_span("近4年", d)
    ((0, 1), None)
    >>> g = pd.DataFrame({"first_day": [pd.Timestamp(2004, 1, 1)],
    ...                   "last_day": [pd.Timestamp(2013, 12, 31)]})
    >>> years_counted_span("近10年", g), years_counted_span("近十年", g)
    ((0, 0), (0, 0))
    """
    m = _YEARS_COUNTED.fullmatch(written.strip())
    if m is None or sentence.empty:
        return None
    n = m["n"]
    try:
        count = int(n) if n.isdigit() else parse_chinese_integer(n)
    except (EnvIndicatorsError, ValueError):
        return None
    if count < 2:  # 提前一年完成 under 《…(2011年本)》: one year is no span to name
        return None
    firsts = pd.to_datetime(sentence["first_day"]).reset_index(drop=True)
    lasts = pd.to_datetime(sentence["last_day"]).reset_index(drop=True)
    whole = (
        firsts.notna()
        & lasts.notna()
        & (firsts.dt.month == 1)
        & (firsts.dt.day == 1)
        & (lasts.dt.month == 12)
        & (lasts.dt.day == 31)
    ).to_numpy(dtype=bool)
    at = np.flatnonzero(whole)
    if not len(at):
        return None
    years = (lasts.dt.year - firsts.dt.year + 1).to_numpy()
    spans = at[years[at] == count]
    if len(spans):  # 近10年(93~102年): a span of as many years
        return int(spans[0]), int(spans[0])
    if len(at) < 2 or (years[at] != 1).any():
        return None
    lo = int(at[np.argmin(firsts.iloc[at].dt.year.to_numpy())])
    hi = int(at[np.argmax(lasts.iloc[at].dt.year.to_numpy())])
    if lasts.iloc[hi].year - firsts.iloc[lo].year + 1 == count:  # 由107年…降至111年
        return lo, hi
    return None


#: Words that make a list of figures one per year (年度任务, 分别, 依次, 每年, 逐年).
_YEARLY = re.compile(r"年度|分别|依次|每年|逐年")
#: What may stand between two members of a list of figures.
_LIST_JOIN = re.compile(r"\s*(、|和|及|与)\s*")


def year_of_member(
    simplified: str,
    starts: np.ndarray,
    ends: np.ndarray,
    units: np.ndarray,
    i: int,
    span: tuple[int, Any, Any],
    sentence: tuple[int, int],
) -> int | None:
    """The year a target of a yearly list is due: its place in the list under a span of years.

    ``核实2018—2020年下达的清洁能源改造4万余户、3万余户、2.5万户年度任务``: a span of N whole
    years before a list of exactly N figures in one unit, joined by list marks only, in a
    sentence that says the figures are yearly (年度, 分别, 依次, 每年, 逐年), gives its k-th figure
    the k-th year.  Anything else (another count of figures, mixed units, no yearly word,
    a span not of whole years) gives ``None``: the deadline of the span stays.

    Parameters
    ----------
    simplified : str
        The report in simplified script.
    starts, ends, units : numpy.ndarray
        Start, end and unit of every figure of the report, in text order.
    i : int
        Position of the target's figure in those arrays.
    span : tuple
        Start of the deadline's date in the text, its first day and its last day.
    sentence : tuple of int
        Start and end of the figure's sentence.

    Returns
    -------
    int or None
        The year the figure is due.
    """
    at, first, last = span
    if pd.isna(first) or pd.isna(last):
        return None
    first, last = pd.Timestamp(first), pd.Timestamp(last)
    if (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
        return None
    n = last.year - first.year + 1
    ss, se = sentence
    if not 2 <= n <= 10 or not ss <= at < starts[i] or not _YEARLY.search(simplified[ss:se]):
        return None
    lo = hi = i
    while (
        lo > 0
        and starts[lo - 1] >= max(ss, at)
        and units[lo - 1] == units[i]
        and _LIST_JOIN.fullmatch(simplified[ends[lo - 1] : starts[lo]])
    ):
        lo -= 1
    while (
        hi + 1 < len(starts)
        and starts[hi + 1] < se
        and units[hi + 1] == units[i]
        and _LIST_JOIN.fullmatch(simplified[ends[hi] : starts[hi + 1]])
    ):
        hi += 1
    if hi - lo + 1 != n:
        return None
    return int(first.year + i - lo)


#: The word that makes the figures after a span of years one per year in order (分别, 依次).
_RESPECTIVELY = re.compile(r"分别|依次")


def listed_after_span(simplified: str, span_end: int, at: int) -> bool:
    """Whether the figure at ``at`` is of a list told one per year of the span before it.

    ``2006年至2008年单位GDP能耗降低率分别修订为-2.74%、-5.04%、-5.20%``: between the span
    (ending at ``span_end``) and the figure stands 分别/依次 and no other list — the span's
    years are what the figures are listed by, and :func:`year_of_member` gives the k-th
    figure the k-th year where the counts agree.  A list of members between them
    (``2016年至2017年，PM2.5和PM10分别下降30%、25%``: one figure per pollutant) is what the
    figures are listed by instead.

    Parameters
    ----------
    simplified : str
        The report in simplified script.
    span_end : int
        Where the span of years ends.
    at : int
        Where the figure starts.

    Returns
    -------
    bool
        The figure follows the span, then 分别/依次, with no list of members between.

    Examples
    --------
    >>> t = "2006年至2008年单位GDP能耗降低率分别修订为-2.74%、-5.04%、-5.20%"
    >>> listed_after_span(t, 10, t.index("-5.04%"))
    True
    >>> t = "2016年至2017年，PM2.5和PM10分别下降30%、25%"
    >>> listed_after_span(t, 10, t.index("30%"))
    False
    >>> listed_after_span("2016年至2017年PM2.5浓度下降30%", 10, 22)
    False
    """
    if span_end > at:
        return False
    between = simplified[span_end:at]
    said = _RESPECTIVELY.search(between)
    return said is not None and not _LIST_JOIN.search(between[: said.start()])


def year_lenders(
    text: str,
    starts: np.ndarray,
    roles: list[str],
    lends: np.ndarray,
    yearless: np.ndarray,
    *,
    heading_max: int | None = None,
) -> np.ndarray:
    """For each date written without its year, the date whose year it takes (or -1).

    A yearless date (``7月14日至8月14日``, ``上半年``, ``前5个月``, ``6月底前``) is in the
    year the text gives it, never a guessed one:

    * the nearest earlier *period* date (``2022年8月…\n8月，全国…``); a yearless deadline
      also takes the year of an earlier deadline of its own paragraph (``2017年底前…，
      6月底前``: a deadline bounds it), never one of another paragraph;
    * else (the caller: the year of the document's title);
    * else the next period date of its paragraph or the one after it
      (``北京10月4日电…于2020年8月30日``; a headline's ``1-6月`` and the lead's
      ``2018年上半年``; a dateline's ``8月26日`` and the next paragraph's
      ``督察进驻期间（2017年8月11日至9月11日）``), never one further on; a date in a
      heading (a line of at most ``heading_max`` characters not ending a sentence) looks
      past the heading lines below it to the first paragraph of its body (a headline
      ``上半年…状况公布``, a subtitle, then the lead's ``《2007年上半年…公报》``);
    * else none (the caller may fall back on ``published``, the date the caller gives).

    A date that cannot lend (``lends`` false: a page's date stamp ``更新时间:2023-07-09``,
    a climate normal, a span of several years such as ``2013年以来``, a yearless date) is
    passed over; so is a base of comparison (``与2018年同期相比``: the year compared with
    is not the year of the figures) and a deadline for a yearless period (``到2020年底…
    上半年``: a promise's year is not the year of what was done).

    Parameters
    ----------
    text : str
        The document.
    starts : numpy.ndarray
        Start of each date, in text order.
    roles : list of str
        Each date's role (``period``, ``base`` or ``deadline``; a date after 于/於 alone
        is passed as ``period`` by the caller: ``于2019年7月10日进驻`` is when it was).
    lends : numpy.ndarray
        Boolean: the date has a written year (of one year) it may lend.
    yearless : numpy.ndarray
        Boolean: the dates to find a lender for.
    heading_max : int, optional
        Longest line read as a heading (``None``: no line is one).

    Returns
    -------
    numpy.ndarray
        Two rows: the index of the earlier lending date for each date, and of the later
        one (each -1 where none, and for dated ones).

    Examples
    --------
    >>> import numpy as np
    >>> text = "与2018年同期相比。\\n上半年，全省新增4个。"
    >>> year_lenders(text, np.array([1, 11]), ["base", "period"],
    ...              np.array([True, False]), np.array([False, True])).tolist()
    [[-1, -1], [-1, -1]]
    """
    before = np.full(len(starts), -1, dtype=np.int64)
    after = np.full(len(starts), -1, dtype=np.int64)
    for i in np.flatnonzero(yearless).tolist():
        paragraph = text.rfind("\n", 0, int(starts[i])) + 1
        end = _line_end(text, int(starts[i]))
        if heading_max is not None and _is_heading(text[paragraph:end], heading_max):
            # a heading's body: past the heading lines below it (a subtitle) to its first
            # paragraph
            while end < len(text):
                at = end + 1 + _blank(text, end + 1)
                nxt = _line_end(text, at)
                if not _is_heading(text[at:nxt], heading_max):
                    break
                end = nxt
        end = _line_end(text, end + 1 + _blank(text, end + 1))  # and the paragraph after
        for j in range(i - 1, -1, -1):
            if not lends[j] or roles[j] == "base":
                continue
            if roles[j] == "period" or (
                roles[i] == roles[j] == "deadline" and int(starts[j]) >= paragraph
            ):
                before[i] = j
                break
        for j in range(i + 1, len(starts)):
            if int(starts[j]) >= end:
                break
            if lends[j] and roles[j] == "period":
                after[i] = j
                break
    return np.stack([before, after])


def _is_heading(line: str, heading_max: int) -> bool:
    """Whether ``line`` is a heading: short, not ending a sentence, not blank."""
    line = line.strip()
    return 0 < len(line) <= heading_max and not line.endswith(("。", "；", ";"))


def _line_end(text: str, at: int) -> int:
    """End of the line holding position ``at`` (the text's end for the last line)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _blank(text: str, at: int) -> int:
    """Length of the blank lines and spaces starting at ``at``."""
    return len(text[at:]) - len(text[at:].lstrip())


#: An aside in parentheses on one line (``(2010年规划目标为<22%)``, ``（同比）``).
_ASIDE = re.compile(r"[(（][^()（）\n]{1,80}[)）]")


#: A label naming the date after it the period of what follows (simplified script):
#: ``统计期间``, ``统计时间``, ``统计区间``, ``资料期间``, ``数据期间`` (with an optional colon).
_PERIOD_LABEL = re.compile(r"(?:统计|资料|数据)(?:期间|时间|区间|时段)[:：]?")
#: Before an aside: a count of years it glosses (近10年(93~102年), 过去10年(88~97年), 近五年(…));
#: not a year (95年(95年1月1日至12月31日)).
_YEARS_GLOSSED = re.compile(
    r"(?:近|过去|最近|前|这|连续)\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*年\s*$"
)


def outside_asides(text: str, dates: pd.DataFrame, at: int) -> pd.DataFrame:
    """``dates`` without those inside an aside in parentheses that does not hold ``at``.

    A date in parentheses belongs to the aside: ``…劣Ⅴ类水质比例为20.6%(2010年规划目标
    为<22%)；…比例为95.6%`` — 2010 is the plan's target year, not the year of 20.6 % nor
    of a figure after the aside; it dates only the figures inside it.  An aside that is the
    date alone (``若按气体别而言(2019年),…``) labels what follows and is kept, and so is one
    that is the date under a label naming it the period of what follows (:data:`_PERIOD_LABEL`:
    ``主动稽巡查作业(统计期间110年3月~111年1月) 1. …选取10处地点…``, either script) — but not
    a span glossing the count of years before it (``与过去10年(88~97年)成长率24%相较。车辆密度
    4,606辆/km2``: :data:`_YEARS_GLOSSED`), which says which years that count is: it dates
    the figures of its own sentence, not those of the sentences after it.

    Parameters
    ----------
    text : str
        The document.
    dates : pandas.DataFrame
        Candidate dates (columns ``start`` and ``end``), in any order.
    at : int
        Position of the figure to date.

    Returns
    -------
    pandas.DataFrame
        The rows of ``dates`` that may date the figure at ``at``, order kept.

    Examples
    --------
    >>> import pandas as pd
    >>> text = "比例为20.6%(2010年目标为<22%)，比例为95.6%"
    >>> d = pd.DataFrame({"start": [10], "end": [15]})
    >>> len(outside_asides(text, d, 28)), len(outside_asides(text, d, 20))
    (0, 1)
    >>> text = "巡查作业(統計期間2021年3月)，选取10处"
    >>> len(outside_asides(text, pd.DataFrame({"start": [9], "end": [16]}), 19))
    1
    >>> text = "与过去10年(88~97年)成长率24%相较。车辆密度4,606辆"
    >>> len(outside_asides(text, pd.DataFrame({"start": [7], "end": [13]}), 28))
    0
    >>> len(outside_asides(text, pd.DataFrame({"start": [7], "end": [13]}), 17))
    1
    """
    if dates.empty:
        return dates
    keep = []
    for a, b in zip(dates["start"].tolist(), dates["end"].tolist(), strict=True):
        lo = max(text.rfind("(", 0, a), text.rfind("（", 0, a))
        m = _ASIDE.match(text, lo) if lo >= 0 else None
        inside = m is not None and m.end() >= b
        if m is not None and inside:  # an aside that is the date alone ((2019年),) frames
            rest = text[m.start() + 1 : a] + text[b : m.end() - 1]
            rest = _PERIOD_LABEL.sub("", to_simplified(rest))  # (统计期间110年3月~111年1月)
            inside = bool(re.search(r"[\u4e00-\u9fff\d]", rest)) or (
                _YEARS_GLOSSED.search(to_simplified(text[max(0, lo - 6) : lo])) is not None
                and re.search(r"[。；;！？!?\n]", text[m.end() : max(at, m.end())]) is not None
            )  # 近10年(93~102年)…成长率为8%。车辆密度…: the count's years, its sentence's only
        keep.append(not inside or (m is not None and m.start() < at < m.end()))
    return dates[np.array(keep, dtype=bool)]


def own_deadline_first(deadlines: pd.DataFrame, at: int) -> pd.DataFrame:
    """A sentence's deadlines with the one of the figure at ``at`` first.

    A sentence that names several deadlines gives each figure the latest one written before
    it (``目标2030年能降至10μg/m3、2035年能降至8μg/m3``: 8 is 2035's, 10 is 2030's; ``到2025年
    达到80%，到2030年达到85%``); a figure written before all of them takes the first (``…
    达到80%，2020年底前完成``).  With one deadline or none nothing changes.

    Parameters
    ----------
    deadlines : pandas.DataFrame
        The deadlines of the figure's sentence (column ``start``), in the text's order.
    at : int
        Start of the figure.

    Returns
    -------
    pandas.DataFrame
        The same rows, the figure's own deadline first, the rest in order.

    Examples
    --------
    >>> import pandas as pd
    >>> d = pd.DataFrame({"start": [2, 14], "text": ["2030年", "2035年"]})
    >>> own_deadline_first(d, 22)["text"].tolist(), own_deadline_first(d, 9)["text"].tolist()
    (['2035年', '2030年'], ['2030年', '2035年'])
    """
    if len(deadlines) < 2:
        return deadlines
    starts = deadlines["start"].to_numpy()
    before = np.flatnonzero(starts < at)
    if not len(before):
        return deadlines
    own = int(before[-1])
    order = [own, *(k for k in range(len(deadlines)) if k != own)]
    return deadlines.iloc[order]


#: A header line of a table flattened into text whose last columns are years
#: (``项目 Item 2020 2021``, ``指标  2019年  2020年  2021年``): two or more at its end.
_YEAR_HEADER = re.compile(
    r"(?:^|[ \t　])((?:(?:19|20)\d{2}\s*年?[ \t　]+)+(?:19|20)\d{2}\s*年?)[ \t　]*$"
)
#: The figures ending a row of such a table (``(mm)   1812.71 1392.46``).
_ROW_FIGURES = re.compile(r"((?:[ \t　]+-?\d[\d,]*(?:\.\d+)?%?)+)[ \t　]*$")


def year_columns(text: str) -> list[tuple[int, int, int | None]]:
    """Spans of the figures in a table's year columns and the year of each.

    A yearbook or statistics table flattened into text keeps its header (``项目 Item
    2020 2021``) and its rows (``降水量 (毫米) Precipitation (mm) 1812.71 1392.46``): a
    figure at the end of a row below such a header is of its column's year — the k-th of
    the row's last figures the k-th year.  A row whose count of end figures is not the
    count of years cannot be aligned: its figures get ``None`` (empty, for review).  The
    table runs from its header to the next blank line, the next header or a line of prose
    (one ending a sentence).

    Parameters
    ----------
    text : str
        The document.

    Returns
    -------
    list of tuple
        ``(start, end, year)`` for each figure of a row (``year`` ``None`` where the
        columns cannot be aligned).

    Examples
    --------
    >>> text = "项目 Item 2020 2021\\n降水量 (毫米) 1812.71 1392.46\\n"
    >>> [(text[a:b], y) for a, b, y in year_columns(text)]
    [('1812.71', 2020), ('1392.46', 2021)]
    """
    out: list[tuple[int, int, int | None]] = []
    years: list[int] | None = None
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        header = _YEAR_HEADER.search(line)
        if header is not None:
            years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", header.group(1))]
            continue
        if years is None:
            continue
        body = line.strip()
        if not body or body.endswith(("。", "；", ";")):
            years = None  # the table ends
            continue
        row = _ROW_FIGURES.search(line)
        if row is None:
            continue  # a group line (水环境 Water Environment)
        cells = list(re.finditer(r"-?\d[\d,]*(?:\.\d+)?%?", row.group(1)))
        aligned = len(cells) == len(years)
        for k, c in enumerate(cells):
            a = start + row.start(1) + c.start()
            out.append((a, a + len(c.group(0)), years[k] if aligned else None))
    return out


#: Before a date: it names the base of a comparison (较2018年, 比2015年, 与2014年, 从2023年,
#: 由2004年, 自103年; simplified script).
_BASE_OPEN = re.compile(r"(?:[较比与从由自]|[较比]于)\s*$")
#: Between that date and the figure: at most a few words naming the level (的, 每人每日, 峰值的,
#: 约为, 同期的), no punctuation, digit or word of change.
_BASE_GAP = re.compile(r"[^\d，,。；;：:、！？!?（）()\n]{0,8}")
#: Words of a change or of a point reached: a figure after them is the change, not the base.
_CHANGE_WORDS = re.compile(
    r"上升|下降|增加|减少|提高|降低|增长|下跌|上涨|回落|回升|持平|减|增|升|降|多|少|高|低|达|至|到"
    r"|相比|对比"
)


def base_levels(simplified: str, dates: pd.DataFrame, figure_starts: np.ndarray) -> dict[int, int]:
    """The figures that are the level of a comparison's base, and the date of that base.

    ``較2018年的每人每日2.17公斤``, ``从2023年每日2.02公斤增至2.10公斤``, ``由2016年的54%提高
    到78%``: the figure right after a date opened by 较/比/与/从/由/自 (only a few words of
    no change between them) is the level *at* that date — its period is the base's date,
    not the year the sentence reports.  The figures after it in the comparison (2.10公斤,
    78%) are of the reported time, never of the base (:func:`dated_by_base`).

    Parameters
    ----------
    simplified : str
        The text in simplified script (same length as the original).
    dates : pandas.DataFrame
        Candidate dates with ``start`` and ``end``, in any order, positional index used.
    figure_starts : numpy.ndarray
        Start of every figure of the text, in text order.

    Returns
    -------
    dict of int to int
        Start of each base-level figure → position (``iloc``) of its date in ``dates``.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> t = "去年为每日2.24公斤，较2018年的每日2.17公斤上升3.2%"
    >>> d = pd.DataFrame({"start": [13], "end": [18]})
    >>> base_levels(t, d, np.array([5, 21, 30]))
    {21: 0}
    """
    out: dict[int, int] = {}
    if dates.empty or not len(figure_starts):
        return out
    figure_starts = np.sort(np.asarray(figure_starts, dtype=np.int64))
    starts, ends = dates["start"].to_numpy(dtype=np.int64), dates["end"].to_numpy(dtype=np.int64)
    for k, (a, b) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        if not _BASE_OPEN.search(simplified, max(0, a - 2), a):
            continue
        j = int(np.searchsorted(figure_starts, b, side="left"))
        if j >= len(figure_starts):
            continue
        f = int(figure_starts[j])
        gap = simplified[b:f]
        if _BASE_GAP.fullmatch(gap) and not _CHANGE_WORDS.search(gap):
            out.setdefault(f, k)
    return out


#: Between a count and a date written after it: the counted noun's words only (设区市, 地级
#: 及以上城市) — no digit, punctuation, aside, verb of action or change (了, 于, 在, 达到,
#: 发布), modal (应) or word joining another item (和, 与, 或: ``6项和2020年应完成的10项``).
_COUNTED_GAP = re.compile(r"[^\d，,。；;：:、！？!?（）()\n\s了于在将已被对把和与或跟同应]{1,12}")
#: After that date: a figure follows in the clause (the measure the date is of).
_CLAUSE_FIGURE = re.compile(r"[^，,。；;！？!?\n]*?\d")


def date_after_count(simplified: str, dates: pd.DataFrame, e: int) -> int | None:
    """The date written right after a count's noun, which dates the count, or ``None``.

    ``全省9个设区市2016年平均优良天数比例为97.1%``, ``全国337个地级及以上城市2019年3月平均优良
    天数比例为88.3%``: a count of the places a measure is taken over, with the measure's date
    after the counted noun, is of that date (the cities counted in 2016), as the measure is.
    Only the counted noun's words may stand between the count and the date (no verb: ``187个
    达到2010年要求``, ``214个城市发布了2016年…信息``, ``7个督察组于2017年4月…进驻`` are not
    dated so), nor a count joined to another item (``6项和2020年应完成的10项``), and a figure
    must follow the date in its clause.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    dates : pandas.DataFrame
        Candidate period dates with ``start`` and ``end`` (positional index used).
    e : int
        End of the count.

    Returns
    -------
    int or None
        Position (``iloc``) of the date in ``dates``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = "全省9个设区市2016年平均优良天数比例为97.1%"
    >>> date_after_count(t, pd.DataFrame({"start": [7], "end": [12]}), 4)
    0
    >>> t = "其中187个达到2010年要求，60个未达到"
    >>> date_after_count(t, pd.DataFrame({"start": [9], "end": [14]}), 6) is None
    True
    """
    if dates.empty:
        return None
    starts = dates["start"].to_numpy(dtype=np.int64)
    for k in np.flatnonzero((starts > e) & (starts <= e + 12)).tolist():
        a, b = int(starts[k]), int(dates["end"].iloc[k])
        gap = simplified[e:a]
        if (
            _COUNTED_GAP.fullmatch(gap)
            and not _CHANGE_WORDS.search(gap)
            and _CLAUSE_FIGURE.match(simplified, b)
        ):
            return k
    return None


def dated_by_base(period: pd.DataFrame, based: dict[int, int], s: int) -> np.ndarray:
    """Which candidate dates of a figure are the base of a comparison it follows.

    ``从2023年每日2.02公斤增至2.10公斤``: 2023 dates the base level 2.02, not 2.10 after it;
    ``配套率由2016年的54%提高到78%``: 2016 is not the year of 78 %.

    Parameters
    ----------
    period : pandas.DataFrame
        The figure's candidate dates (``start``), nearest first.
    based : dict of int to int
        Start of each date that opens a comparison → start of its base-level figure (of
        :func:`base_levels`, keyed by the date).
    s : int
        Start of the figure.

    Returns
    -------
    numpy.ndarray
        Boolean per row of ``period``: ``True`` where the date is the base of a level
        written before the figure (so it does not date the figure).
    """
    if period.empty or not based:
        return np.zeros(len(period), dtype=bool)
    return np.array([based.get(int(a), s) < s for a in period["start"].tolist()], dtype=bool)


#: Before a date that opens a paragraph: the line's start and its indent only.
_PARAGRAPH_START = re.compile(r"(?:^|\n)[ \t　]*$")


def opens_paragraph(text: str, a: int) -> bool:
    """Whether a date at ``a`` opens its paragraph (``2019年湛江市全市3个降水测点…``).

    A year written first in a paragraph is the time of that paragraph and of the
    paragraphs after it in its section, as a comma-framed ``2017年，全市…`` is, until
    another date or the next heading.  So is a whole year that opens what a speaker says
    (``环保部副部长吴晓青说，2013年，全国…``: :func:`speech_lead`); a month or day there is
    one event the speaker recounts (``环保部介绍，2015年12月…试点启动，2016年7月…``).  So is
    a day the paragraph states itself as of (``截止到2009年底，全国…``,
    ``截至2023年6月30日，…``): the as-of word before it opens the paragraph with it.

    Parameters
    ----------
    text : str
        The document.
    a : int
        Start of the date.

    Returns
    -------
    bool
        ``True`` where only the line's indent stands before the date.

    Examples
    --------
    >>> opens_paragraph("二、降水\\n2019年全市3个测点", 5), opens_paragraph("全市2019年", 2)
    (True, False)
    >>> opens_paragraph("1、总体情况\\n截止到2009年底，全国", 10)
    True
    """
    as_of = _AS_OF_BEFORE.search(text, max(0, a - 6), a)
    at = a if as_of is None else as_of.start()
    if _PARAGRAPH_START.search(text, max(0, at - 8), at):
        return True
    line_start = text.rfind("\n", 0, at) + 1
    return (
        at == a  # what a speaker says opens with a whole year (说，2013年，全国…)
        and _WHOLE_YEAR.match(to_simplified(text[a : a + 12])) is not None
        and at - line_start <= _SPEAKER_MAX + 4
        and speech_lead(text[line_start:at])
    )


#: A whole year written alone (2013年, 二〇一三年), not a month or day of it, nor its start or
#: end (2015年12月 is the time of one event a speaker recounts, among others).
_WHOLE_YEAR = re.compile(
    r"(?:(?:19|20)\d{2}|[一二][〇○零0OΟ][〇○零0-9一二三四五六七八九]{2})\s*年(?:度)?"
    r"(?!\s*(?:[\d一二三四五六七八九十]+\s*(?:月|季)|上半|下半|前|底|末|初|以来|至|到|[—–\-~～]))"
)


#: The longest speaker a paragraph opens with before what is said (环保部副部长吴晓青).
_SPEAKER_MAX = 24
#: A paragraph's opening words that only say who speaks (环保部副部长吴晓青说，据介绍，他表示：),
#: simplified script: the speaker (no clause break) and a verb of saying with its comma or
#: colon.
_SPEECH_LEAD = re.compile(
    rf"[ \t　]*[^，,。；;：:！？!?“”\"「」《》\d]{{0,{_SPEAKER_MAX}}}?"
    r"(?:说|表示|介绍|指出|透露|通报|称)[ \t　]*[，,：:][ \t　]*"
)


def speech_lead(lead: str) -> bool:
    """Whether ``lead``, a paragraph's words before a date, only says who speaks.

    ``环保部副部长吴晓青说，2013年，全国共有261个…``: what is said opens the paragraph as
    ``2013年，全国…`` would; the date frames the paragraphs after it like any paragraph's
    opening date (:func:`opens_paragraph`).  A clause of its own before the date
    (``全市空气质量改善，2019年…``) or a figure is no speaker.

    Parameters
    ----------
    lead : str
        The paragraph's text before the date (either script).

    Returns
    -------
    bool
        ``True`` where the lead is a speaker and a verb of saying, with a comma or colon.

    Examples
    --------
    >>> speech_lead("環保部副部長吳曉青說,"), speech_lead("据介绍，"), speech_lead("全市改善，")
    (True, True, False)
    """
    return bool(_SPEECH_LEAD.fullmatch(to_simplified(lead)))


#: A paragraph's opening words that say it breaks down what was counted before it (simplified
#: script): sorted by something (``按污染类型分类，``, ``第二十九批信访件中，按地区划分，``), seen
#: by a dimension of sorting (``从区域分布上看，``, ``从信访举报件中的问题类型来看(…)，``) or
#: taken as a part of it (``其中，``, ``其中：`` — "of these", a word that only points back) —
#: never by a time (``从全年来看``, ``从目前情况看`` compare times) nor by a measure
#: (``从单位GDP能耗看，`` is an aspect of the whole text, not a breakdown of the paragraph
#: before).
_SORTED_BY = (
    r"(?:类型|类别|种类|区域|地区|地域|分布|行业|领域|来源|渠道|方式|性质|级别|部门|属地|所在地)"
)
_BREAKDOWN_HEAD = re.compile(
    r"[ \t　]*(?:[^，,。；;：:\n]{1,16}?中[，,][ \t　]*)?"
    r"(?:(?:按照|按|依照|依)(?![^，,。；;：:\n]*(?:年|月|季|目前|当前|今|近期|以来|期间))"
    r"[^，,。；;：:\n]{1,16}?(?:分类|划分)"
    rf"|从[^，,。；;：:\n]{{0,16}}?{_SORTED_BY}(?:上|中)?(?:来看|看)"
    r"|其中)"
    r"(?:[(（][^()（）\n]{0,40}[)）])?[ \t　]*[，,：:]"
)
#: How many breakdown paragraphs in a row reach back to their tally.
_BREAKDOWN_CHAIN = 3


def tally_paragraph(text: str, ps: int) -> int | None:
    """Start of the paragraph whose tally the paragraph at ``ps`` breaks down, if it does.

    ``9月9日上午9时，督察组向我省移交第二十九批信访件272件。`` then ``第二十九批信访件中，按
    污染类型分类，其中：大气101件…`` or ``从区域分布上看，南昌市20件…``: the parts are
    of the tally's time, the day of the paragraph before; so are the parts of a paragraph
    that opens with ``其中，`` (``2019年10月—2020年3月，重点区域…`` then ``其中，京津冀…为70
    微克/立方米``).  A paragraph that opens by
    naming a kind the things are sorted by (:data:`_BREAKDOWN_HEAD`) breaks down the
    paragraph before it (blank lines skipped); a run of such paragraphs (by type, then by
    region) reaches back to the first paragraph that is none, at most three.

    Parameters
    ----------
    text : str
        The document.
    ps : int
        Start of the figure's paragraph.

    Returns
    -------
    int or None
        Start of the paragraph the breakdown is of (its dates date the parts), or ``None``
        where the paragraph at ``ps`` is no breakdown or nothing stands before it.

    Examples
    --------
    >>> t = "5月14日，督察组移交信访件79件。\\n从区域分布上看，南昌市20件。"
    >>> tally_paragraph(t, t.index("从")), tally_paragraph(t, 0)
    (0, None)
    >>> tally_paragraph("1-9月优良率80%。\\n从全年来看，全市…", 12) is None
    True
    >>> t = "2021年，全国优良断面比例为84.9%。\\n其中，长江流域为97.1%。"
    >>> tally_paragraph(t, t.index("其中"))
    0
    """
    at = ps
    for _ in range(_BREAKDOWN_CHAIN):
        if not _BREAKDOWN_HEAD.match(to_simplified(text[at : at + 80])):
            return None if at == ps else at
        end = len(text[:at].rstrip())
        if end == 0:
            return None
        at = text.rfind("\n", 0, end) + 1
    return None if _BREAKDOWN_HEAD.match(to_simplified(text[at : at + 80])) else at


def tally_sentence(text: str, ss: int, ps: int) -> int | None:
    """Start of the sentence whose tally the sentence at ``ss`` breaks down, if it does.

    :func:`tally_paragraph` within a paragraph: ``5月2日，督察组向我省转办群众举报96件，涉及11
    个市。其中，太原市26件…`` — ``其中`` ("of these") only points back, so the parts are of
    the tally's time, the day of the sentence before, though a day of one event dates no
    later sentence by itself (``_scope.inheritable_dates``).  A sentence that opens with a
    breakdown head (:data:`_BREAKDOWN_HEAD`: ``其中，``, ``从区域分布看，``, ``按类型分类，``)
    breaks down the sentence before it in its paragraph; a run of such sentences reaches
    back to the first that is none, at most three.  ``其中原因是…`` (no comma), ``其他…`` and a
    sentence that opens its paragraph (:func:`tally_paragraph`'s) are none.

    Parameters
    ----------
    text : str
        The document.
    ss : int
        Start of the figure's sentence.
    ps : int
        Start of the figure's paragraph.

    Returns
    -------
    int or None
        Start of the sentence the breakdown is of (its dates date the parts), or ``None``
        where the sentence at ``ss`` is no breakdown or opens its paragraph.

    Examples
    --------
    >>> t = "5月2日，督察组转办96件。其中，太原市26件。"
    >>> tally_sentence(t, t.index("其中"), 0), tally_sentence(t, 0, 0)
    (0, None)
    >>> t = "4月21日，交办129件；其中，昆明市49件"
    >>> tally_sentence(t, t.index("其中"), 0)
    0
    >>> t = "8日交办32件。其中原因是噪声，南宁市5件"
    >>> tally_sentence(t, t.index("其中"), 0) is None
    True
    """
    at = ss
    for _ in range(_BREAKDOWN_CHAIN):
        if at <= ps or not _BREAKDOWN_HEAD.match(to_simplified(text[at : at + 80])):
            return None if at == ss else at
        at = max(start_of_sentence(text, at - 1), ps)
    return None if _BREAKDOWN_HEAD.match(to_simplified(text[at : at + 80])) else at


#: Before a target's figure in its clause: a verb saying the target was met (``超额完成PM2.5
#: 平均浓度同比下降4%…``, ``圆满完成省下达的98.6%…``), not negated (``未完成``, ``难以实现``),
#: a chance (``有机会达成``, ``可实现``) nor a purpose (``以实现``, ``为完成``); simplified script.
_MET_VERB = re.compile(
    r"(?<![未没难能望会可以为])(?<!没有)(?:完成|实现|达成)(?:了)?"
    rf"[^{CLAUSE_BREAKS}]*$"
)
#: After the figure in its clause: the target it is the value of (``…的改善目标``, ``…的目标任务``).
_MET_TARGET = re.compile(rf"[^{CLAUSE_BREAKS}]*?目标")


def met_over_period(text: str, clause_start: int, s: int, e: int, clause_end: int) -> bool:
    """Whether the figure at ``s`` is the value of a target its clause says was met.

    ``2019年10月—2020年3月…超额完成PM2.5平均浓度同比下降4%、重污染天数同比减少6%的改善
    目标``: a target reported met over a period was due at that period's end, so the
    figure's period is the target's deadline when the text writes none.  The verb of
    meeting (完成, 实现, 达成) stands before the figure in its clause, with no commitment
    word (``确保完成``, ``计划实现`` promise; the promise's own date decides) and not negated
    (``未完成``, ``难以实现``, ``有望实现``); the target (目标) is named after it, in the same
    clause.

    Parameters
    ----------
    text : str
        The report.
    clause_start : int
        Start of the figure's clause.
    s, e : int
        Start and end of the figure.
    clause_end : int
        End of the figure's clause.

    Returns
    -------
    bool

    Examples
    --------
    >>> t = "全市超额完成PM2.5平均浓度同比下降4%的改善目标。"
    >>> met_over_period(t, 0, t.index("下降"), t.index("的改善"), len(t) - 1)
    True
    >>> t = "全市未完成PM2.5平均浓度同比下降4%的改善目标。"
    >>> met_over_period(t, 0, t.index("下降"), t.index("的改善"), len(t) - 1)
    False
    """
    before = to_simplified(text[clause_start:s])
    m = _MET_VERB.search(before)
    if m is None or COMMITMENT.search(before[: m.start()] + before[m.end() :]):
        return False
    return _MET_TARGET.match(to_simplified(text[e:clause_end])) is not None


#: After a year: the level of a time before it it is compared with (接近2019年前水平,
#: 恢复到2019年以前的水平), simplified script.
_EARLIER_LEVEL = re.compile(r"\s*(?:以|之)?前\s*(?:的)?\s*(?:水平|同期水平|状况|状态)")
#: After a year: its level, without 前 (回落至2008年水平, 由2005年的水平降低65%); a reference
#: only with a word of reaching or starting from right before the year (_LEVEL_REACHED).
_LEVEL_OF_YEAR = re.compile(r"\s*的?\s*(?:同期)?水平")
#: Right before such a year: reaching, returning or starting from (由, 从, 至, 到, 回, 近, 复,
#: 于, 为); ``2015年的水平较2014年`` opening its sentence is its own year's level.
_LEVEL_REACHED = re.compile(r"(?:由|从|至|到|回|近|复|于|为)\s*$")


def names_earlier_level(after: str, before: str = "") -> bool:
    """Whether the words around a date name the level of that time as a reference (a base).

    ``接近2019年前水平``, ``恢复至2019年以前的水平``, ``回落至2008年水平``,
    ``由2005年的水平降低65%``: the year is the reference a level is compared with, not a
    deadline (``前`` alone after a date marks one: ``2020年前完成``).  Without ``前`` the
    year's ``水平`` is a reference only after a word of reaching or starting from
    (``2015年的水平较2014年`` opening its sentence is that year's own level).

    Parameters
    ----------
    after : str
        The words right after the date (either script).
    before : str, optional
        The words right before the date (either script); without them only the ``前`` form
        is read.

    Returns
    -------
    bool
        ``True`` where they are ``(以|之)前(的)水平`` or its like, or ``(的)水平`` after
        由/从/至/到/回/近/复/于/为.

    Examples
    --------
    >>> names_earlier_level("前水平"), names_earlier_level("以前的水平")
    (True, True)
    >>> names_earlier_level("前完成")
    False
    >>> names_earlier_level("水平", "回落至"), names_earlier_level("的水平较", "")
    (True, False)
    """
    after = to_simplified(after)
    if _EARLIER_LEVEL.match(after):
        return True
    return bool(_LEVEL_OF_YEAR.match(after) and _LEVEL_REACHED.search(to_simplified(before)))


#: The words of an aim right before a figure (能降至, 达到, 控制在): what a parallel item
#: repeats; no digit, clause break or date.
_AIM_WORDS = re.compile(r"[^\d，,。；;、：:！？!?\n年月日]{1,8}$")
#: The first figure after a date (a digit or a Chinese numeral).
_FIGURE_AHEAD = re.compile(r"\d|[一二三四五六七八九十两]")
#: Between a deadline's figure and the next item of its list: a list or clause mark.
_ITEM_MARK = re.compile(r"[、，,]\s*$")


def _aim_before_figure(simplified: str, b: int, end: int) -> str | None:
    """The words of the aim between a date ending at ``b`` and its first figure, if any."""
    figure = _FIGURE_AHEAD.search(simplified, b, end)
    if figure is None:
        return None
    words = _AIM_WORDS.search(simplified, b, figure.start())
    return words.group(0) if words else None


def parallel_deadlines(
    text: str, starts: np.ndarray, ends: np.ndarray, roles: list[str], years: np.ndarray
) -> np.ndarray:
    """The dates that repeat an earlier deadline's aim in the next item of its sentence.

    ``目标2030年能降至10μg/m3、2035年能降至8μg/m3``, ``到2025年，…收集率达到80%，2030年达到
    85%``: the second year is written in the place of the first, with the words of the aim
    before its figure that end the first item's (``达到``, ``能降至``); it is the deadline of
    its own figure, not a period.  The item must follow the previous one in its sentence
    after a list or clause mark, and its year be later (an aim goes forward: ``…达到80%，
    2023年为75%`` states a level).

    Parameters
    ----------
    text : str
        The document.
    starts, ends : numpy.ndarray
        Spans of the dates, in order.
    roles : list of str
        Their roles (``deadline``, ``period``, …).
    years : numpy.ndarray
        The year of each date's end (-1 where it has none).

    Returns
    -------
    numpy.ndarray
        Boolean per date: ``True`` where a ``period`` date is such a parallel deadline.

    Examples
    --------
    >>> import numpy as np
    >>> t = "目标2030年能降至10微克、2035年能降至8微克。"
    >>> s, e, y = np.array([2, 15]), np.array([7, 20]), np.array([2030, 2035])
    >>> parallel_deadlines(t, s, e, ["deadline", "period"], y)
    array([False,  True])
    """
    out = np.zeros(len(roles), dtype=bool)
    simplified = to_simplified(text)
    for i in range(1, len(roles)):
        j = i - 1
        if roles[i] != "period" or not (roles[j] == "deadline" or out[j]):
            continue
        if years[j] < 0 or years[i] <= years[j]:
            continue
        a, b, prev_end = int(starts[i]), int(ends[i]), int(ends[j])
        between = simplified[prev_end:a]
        if any(c in between for c in SENTENCE_BREAKS) or not _ITEM_MARK.search(between):
            continue
        cut = next((k for k, c in enumerate(simplified[b:], b) if c in SENTENCE_BREAKS), None)
        mine = _aim_before_figure(simplified, b, len(simplified) if cut is None else cut)
        theirs = _aim_before_figure(simplified, prev_end, a)
        if mine is not None and theirs is not None and theirs.endswith(mine):
            out[i] = True
    return out


#: In a figure's sentence: a year named relative to the writing (今年, 明年, 本年), which
#: sets the sentence's own time even where it cannot be resolved (not 去年/上年: often a base,
#: 比上年增长).
_OWN_RELATIVE_YEAR = re.compile(r"今年|明年|本年")


def names_own_year(sentence: str) -> bool:
    """Whether a sentence names its time by 今年/明年/本年 (either script).

    ``今年市区空气质量优良率要达83%左右``: the figure's time is the year of writing, never the
    year an earlier paragraph opened with (``2021年，全市…`` reviews the year before).

    Parameters
    ----------
    sentence : str
        The figure's sentence.

    Returns
    -------
    bool
        ``True`` where the sentence names its own (relative) year.

    Examples
    --------
    >>> names_own_year("今年市区空气质量优良率要达83%左右"), names_own_year("比上年增长7.0%")
    (True, False)
    """
    return bool(_OWN_RELATIVE_YEAR.search(to_simplified(sentence)))


#: Inside a date: the mark joining the two ends of a span (2023年11月21日至22日, 8月—9月).
SPAN_MARK = re.compile(r"[至到—–\-~～－]")


def acted_over_span(written: str, first: Any, last: Any, lead: str) -> bool:
    """Whether a span after 于 is the time something was done, not a deadline.

    ``于2023年11月21日至22日陆续进驻``, ``于2016年11月至12月组织对…开展``: a deadline is a point
    (``于2018年底前完成``); a span of days or months written after 于 (its two ends joined
    by 至/—/~) in a sentence that promises nothing before it (no commitment word: 计划、
    将、力争 …) says when the act took place: a period.

    Parameters
    ----------
    written : str
        The date as written.
    first, last : Timestamp-like
        Its first and last day.
    lead : str
        Its sentence up to it (simplified script).

    Returns
    -------
    bool
        ``True`` for the span of a done act.

    Examples
    --------
    >>> import pandas as pd
    >>> acted_over_span("2023年11月21日至22日", pd.Timestamp(2023, 11, 21),
    ...                 pd.Timestamp(2023, 11, 22), "第一批督察组于")
    True
    >>> acted_over_span("2018年6月至12月", pd.Timestamp(2018, 6, 1),
    ...                 pd.Timestamp(2018, 12, 31), "计划于")
    False
    """
    if pd.isna(first) or pd.isna(last) or pd.Timestamp(first) >= pd.Timestamp(last):
        return False
    if not SPAN_MARK.search(to_simplified(str(written))):
        return False
    return not COMMITMENT.search(lead)


#: The longest written span whose year a day inside it takes (a stationing, a campaign).
_SPAN_DAYS = 92


#: A sentence that opens with the time of an inspection's stationing, set off by a comma
#: (``进驻期间，督察组共计走访…``, ``督察进驻期间,受理…``); not ``进驻期间移交的3665个…`` (which
#: items, its figures of another time) nor ``进驻期间(2018年6月7日-7月7日)…`` (its own date).
_DURING_STATIONING = re.compile(
    r"[ \t　]*(?:[^，,。；;：:！？!?\n\d]{0,12}?督[察查]组?)?进驻期间[ \t　]*[，,]"
)
#: What a sentence says of a stationing it dates (the groups stationed).
_STATIONED = re.compile(r"进驻")


def stationing_span(text: str, period_dates: pd.DataFrame, sentence_start: int) -> int | None:
    """The row of ``period_dates`` that a sentence opening with ``进驻期间，`` refers to.

    ``督察组于2018年10月30日至11月6日陆续对这10个省份实施督察进驻。`` … ``进驻期间，督察组共计
    走访问询省级有关部门和单位80个``: "during the stationing" names the span of days the
    text wrote before with the groups' stationing; the figures after it are over that span.
    The span is the latest one before the sentence that is written as a range of days
    (``至``, ``—``; its year known) of at most :data:`_SPAN_DAYS` days, in a sentence saying
    进驻.  Where the text writes none, ``None``: the stationing is not in the text.

    Parameters
    ----------
    text : str
        The report.
    period_dates : pandas.DataFrame
        The text's period dates (``start``, ``end``, ``text``, ``first_day``, ``last_day``).
    sentence_start : int
        Start of the figure's sentence.

    Returns
    -------
    int or None
        Position (``iloc``) in ``period_dates`` of the stationing, or ``None``.

    Examples
    --------
    >>> d = pd.DataFrame({"start": [8], "end": [23], "text": ["2018年10月30日至11月6日"],
    ...                   "first_day": [pd.Timestamp("2018-10-30")],
    ...                   "last_day": [pd.Timestamp("2018-11-06")]})
    >>> t = "第二批督察组于2018年10月30日至11月6日对10个省份实施督察进驻。进驻期间，共约谈80人。"
    >>> stationing_span(t, d, t.index("进驻期间"))
    0
    >>> stationing_span(t.replace("进驻期间，", "进驻期间约谈的"), d, t.index("进驻期间")) is None
    True
    """
    simple = to_simplified(text[sentence_start : sentence_start + 40])
    if period_dates.empty or not _DURING_STATIONING.match(simple):
        return None
    return _stationing_before(text, period_dates, sentence_start)


#: A figure told as of the end of a stationing (``截至督察进驻结束，共收到群众举报2069件``,
#: ``截至督察组进驻结束``, ``截止到进驻结束时``): its period ends when the stationing did.
_UNTIL_STATIONING_END = re.compile(
    r"(?:截至|截止到?|至)[ \t　]*(?:[^，,。；;：:！？!?\n\d]{0,12}?督[察查]组?)?进驻结束"
)


def stationing_end(
    text: str, period_dates: pd.DataFrame, sentence_start: int, figure_start: int
) -> tuple[bool, int | None]:
    """Whether a figure is told as of the end of a stationing, and the stationing written.

    ``截至督察进驻结束，共收到群众举报2069件``: the count runs to the day the inspection's
    stationing ended, not to the page's publication.  Where the text wrote the stationing
    before the figure's sentence (a range of days in a sentence saying 进驻, as
    :func:`stationing_span` reads it: ``督察组于8月29日至9月28日进驻…``), the figure is over
    it; else at the day of a sentence telling the stationing closed (``截至9月28日，三个督察组
    顺利完成督察进驻各项任务``); where it wrote neither, the end is not in the text and no
    other date stands for it.

    Parameters
    ----------
    text : str
        The report.
    period_dates : pandas.DataFrame
        The text's period dates (``start``, ``end``, ``text``, ``first_day``, ``last_day``).
    sentence_start, figure_start : int
        Start of the figure's sentence and of the figure.

    Returns
    -------
    tuple of (bool, int or None)
        ``True`` where 截至…进驻结束 stands in the sentence before the figure; then the
        position (``iloc``) in ``period_dates`` of the stationing written (or of the day it
        closed), or ``None``.

    Examples
    --------
    >>> d = pd.DataFrame({"start": [8], "end": [19], "text": ["2017年8月29日至9月28日"],
    ...                   "first_day": [pd.Timestamp("2017-08-29")],
    ...                   "last_day": [pd.Timestamp("2017-09-28")]})
    >>> t = "省委督察组于2017年8月29日至9月28日进驻西安市。截至督察进驻结束，共收到举报2069件。"
    >>> stationing_end(t, d, t.index("截至"), t.index("2069"))
    (True, 0)
    >>> stationing_end(t[t.index("截至"):], d.iloc[0:0], 0, t[t.index("截至"):].index("2069"))
    (True, None)
    >>> stationing_end(t, d, t.index("截至"), t.index("截至"))
    (False, None)
    """
    simple = to_simplified(text[sentence_start:figure_start])
    if not _UNTIL_STATIONING_END.search(simple):
        return False, None
    if period_dates.empty:
        return True, None
    span = _stationing_before(text, period_dates, sentence_start)
    if span is not None:
        return True, span
    return True, _stationing_closed_before(text, period_dates, sentence_start)


#: A sentence telling a stationing closed (``截至9月28日，三个督察组顺利完成督察进驻各项任务``,
#: ``9月28日，督察组结束进驻``; simplified script).
_STATIONING_CLOSED = re.compile(
    r"进驻[^。；;！？!?\n]{0,12}?结束|(?:完成|结束)[^。；;！？!?\n]{0,12}?进驻"
)


def _stationing_closed_before(
    text: str, period_dates: pd.DataFrame, sentence_start: int
) -> int | None:
    """The latest day (of a known year) written before ``sentence_start`` in a sentence telling
    the stationing closed (:data:`_STATIONING_CLOSED`), else ``None``."""
    best: int | None = None
    for i, (a, first, last) in enumerate(
        zip(
            period_dates["start"].tolist(),
            period_dates["first_day"].tolist(),
            period_dates["last_day"].tolist(),
            strict=True,
        )
    ):
        if a >= sentence_start or pd.isna(first) or pd.isna(last) or first != last:
            continue
        begin = start_of_sentence(text, a)
        stop = [k for k in (text.find(c, a) for c in SENTENCE_BREAKS) if k >= 0]
        sentence = to_simplified(text[begin : min(stop, default=len(text))])
        told = _TOLD.search(to_simplified(text[a : a + _TOLD_REACH]))
        if _STATIONING_CLOSED.search(sentence) and told is None:
            best = i  # (1月18日，记者…了解到，…完成进驻: the day told, not the end's)
    return best


def _stationing_before(text: str, period_dates: pd.DataFrame, sentence_start: int) -> int | None:
    """The latest stationing written before ``sentence_start`` (a range of days of a known
    year, at most :data:`_SPAN_DAYS` long, in a sentence saying 进驻), else ``None``."""
    best: int | None = None
    for i, (a, written, first, last) in enumerate(
        zip(
            period_dates["start"].tolist(),
            period_dates["text"].tolist(),
            period_dates["first_day"].tolist(),
            period_dates["last_day"].tolist(),
            strict=True,
        )
    ):
        if (
            a >= sentence_start
            or pd.isna(first)
            or pd.isna(last)
            or not SPAN_MARK.search(to_simplified(str(written)))
            or not 0 < (pd.Timestamp(last) - pd.Timestamp(first)).days <= _SPAN_DAYS
        ):
            continue
        begin = start_of_sentence(text, a)
        stop = [k for k in (text.find(c, a) for c in SENTENCE_BREAKS) if k >= 0]
        sentence = to_simplified(text[begin : min(stop, default=len(text))])
        if _STATIONED.search(sentence) and (
            best is None or a > int(period_dates["start"].iloc[best])
        ):
            best = i
    return best


#: A year in brackets right after a relative year (今年(114年), 去年（2020年）, 今年度(112年)):
#: the text glosses the relative word with the year it means (an ROC year in 2–3 digits).
_RELATIVE_GLOSS = re.compile(
    r"度?\s*[（(]\s*(?:民国\s*)?(?P<y>(?:19|20)\d{2}|[89]\d|1[0-4]\d)\s*年度?\s*[）)]"
)


def writing_year_glossed(simplified: str, words: list[re.Match[str]]) -> int | None:
    """The year of writing a text fixes by glossing a relative year with its own year.

    ``今年度(112年)一次用飲料杯列管名單共103家``, ``去年(106年)…前年(105年)``, ``去年（2020年）``:
    the text writes which year its 今年/去年 is, so its year of writing is that year minus the
    word's offset (:data:`RELATIVE_YEAR`), and every other bare 今年/去年 of the text is read
    from it.  An ROC year (2–3 digits, 80–149) is read as such: in brackets right after 今年
    it is no count.  Glosses that disagree on the year of writing give none.

    Parameters
    ----------
    simplified : str
        The text, simplified script.
    words : list of re.Match
        The relative years of the text (their ``group(0)`` a key of :data:`RELATIVE_YEAR`).

    Returns
    -------
    int or None
        The year of writing, or ``None`` where no relative year is glossed (or they disagree).

    Examples
    --------
    >>> import re
    >>> t = "今年度(112年)列管103家。今年已扩大配合39间业者。"
    >>> writing_year_glossed(t, list(re.finditer("今年", t)))
    2023
    >>> t = "去年(2020年)回收1万吨，前年(2018年)8千吨。"
    >>> writing_year_glossed(t, list(re.finditer("去年|前年", t))) is None
    True
    """
    years = set()
    for m in words:
        g = _RELATIVE_GLOSS.match(simplified, m.end())
        if g is None or m.group(0) not in RELATIVE_YEAR:
            continue
        y = int(g.group("y"))
        years.add((y + 1911 if y < 1000 else y) - RELATIVE_YEAR[m.group(0)])
    for g in _INNER_GLOSS.finditer(simplified):  # 今(112)年, 去(2021)年: the gloss inside
        years.add(_gloss_year(g) - RELATIVE_YEAR[g.group("rel") + "年"])
    return years.pop() if len(years) == 1 else None


#: A relative year glossed inside its word (今(112)年, 去(109)年1-11月, 去（2021）年, 今(112)年度;
#: simplified): the text writes the year between 今/去 and 年.  Not 今(8)日 (a day).
_INNER_GLOSS = re.compile(
    r"(?P<rel>今|去|前)\s*[（(]\s*(?:民国\s*)?(?P<y>(?:19|20)\d{2}|[89]\d|1[0-4]\d)\s*[）)]"
    r"\s*年(?:度)?"
)


def _gloss_year(g: re.Match[str]) -> int:
    """The Gregorian year of an inner gloss (an ROC year in 2–3 digits is read as such)."""
    y = int(g.group("y"))
    return y + 1911 if y < 1000 else y


def glossed_years(simplified: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Rows for a relative year whose year is written inside it (``今(112)年``, ``去(2021)年``).

    ``改善至今(112)年(至11月底)的13.9微克``, ``由103年19.6改善至去(109)年1-11月12.1``: the
    text writes the year in brackets between 今/去/前 and 年 — a written year (2023, 2020),
    read so with or without a time of writing (the date parser sees no year there, so an
    earlier year would be lent to the months after it).  An ROC year in 2–3 digits is read
    as such: in brackets inside 今年 it is no count.

    Parameters
    ----------
    simplified : str
        The text in simplified script (same length as the original).
    taken : list of tuple of int
        Spans of the dates already found (a gloss overlapping one is left to it).

    Returns
    -------
    list of dict
        One row per gloss, the whole year written.

    Examples
    --------
    >>> [(r["text"], r["first_day"].year) for r in glossed_years("改善至今(112)年的13.9", [])]
    [('今(112)年', 2023)]
    >>> glossed_years("今(8)日环保署查核29家", [])
    []
    """
    rows = []
    for g in _INNER_GLOSS.finditer(simplified):
        a, b = g.start(), g.end()
        if not _free(taken, a, b):
            continue
        year = _gloss_year(g)
        rows.append(
            _row(a, b, g.group(0), pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31))
            | {"category": "date"}
        )
    return rows


#: A date of days (``5月5日``, ``9月23日至10月31日``, ``5月5日上午``): it ends on a day, not a
#: month (``9月份``: period23's refusal — a month under a stamp may be a repost's); a run of
#: months from January (``前5个月``, ``1—9月``) is told by its days instead.
_OF_DAYS = re.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號](?:[上下]午|晚|凌晨)?\s*$"
)

#: Longest time (days) between a day a page reports and the page's publication stamp for
#: the stamp to give the day its year: a news item reports the days just past.
RECENT_DAYS = 31


def _from_january(first: pd.Timestamp, last: pd.Timestamp) -> bool:
    """Whether ``first``–``last`` is a run of whole months from January (``1—9月``, ``前5个月``,
    ``上半年``, ``前三季度``), not one month nor a span of days."""
    return (
        (first.month, first.day) == (1, 1)
        and last.month > 1
        and last.is_month_end
        and first.year == last.year
    )


def year_of_recent_days(
    written: str,
    read_in: Any,
    stamp: Any,
    latest_written: int | None,
    *,
    within: int = RECENT_DAYS,
) -> int | None:
    """The year of a yearless date of days that a page reports just before its publication stamp.

    A page stamped ``2021年05月06日07:08 来源:江西日报`` that reports ``5月5日上午，…转办第二十八批
    群众举报材料97件`` and writes no year of its own reports the day before: ``5月5日`` is
    2021-05-05, not the stamp's day (nor undated); ``9月23日至10月31日…进驻`` under
    ``2019-11-12`` is 2019's.  The date is read in the stamp's year, or the year before where
    that reading ends after the stamp (the latest such days not after it), and lends only
    where it then ends at most ``within`` days before the stamp: a page reposting an old report
    years later (the refusal of period14: a stamp lends no year) writes days that fall in the
    window only by chance.  A month alone (``6月`` under ``2021-07-21``: period23's refusal)
    and a half (``上半年``: period14's test of a page's stamp) get nothing; a run of whole
    months from January written as months or quarters (``前9月`` under ``2018-10-29``,
    ``1—9月``, ``前5个月``, ``前三季度``: a tally of the year so far) is news of the month just
    closed like a day (period33; hand check 22) and is read in the same window — a tally
    restated long after ends further back.
    Where the text writes years of its own (``latest_written``: the latest, outside the stamp
    lines) all before the year read, the text is older than its stamp (a repost): nothing.

    Parameters
    ----------
    written : str
        The date as written (``5月5日``, ``9月23日至10月31日``).
    read_in : callable
        ``read_in(year)`` → first and last day of the date read in ``year``.
    stamp : date-like
        The page's publication stamp (not an update stamp).
    latest_written : int or None
        The latest year the text writes outside its stamp lines, ``None`` where it writes none.
    within : int, optional
        Most days from the date's end to the stamp.

    Returns
    -------
    int or None
        The year, or ``None`` where the date is no recent day of the page.

    Examples
    --------
    >>> import datetime as dt
    >>> import pandas as pd
    >>> day = lambda y: (pd.Timestamp(y, 5, 5), pd.Timestamp(y, 5, 5))
    >>> year_of_recent_days("5月5日", day, dt.date(2021, 5, 6), None)
    2021
    >>> year_of_recent_days("5月5日", day, dt.date(2021, 5, 6), 2016) is None  # a repost
    True
    >>> year_of_recent_days("5月5日", day, dt.date(2021, 9, 6), None) is None  # not recent
    True
    >>> month = lambda y: (pd.Timestamp(y, 4, 1), pd.Timestamp(y, 4, 30))
    >>> year_of_recent_days("4月份", month, dt.date(2021, 5, 6), None) is None
    True
    """
    days = _OF_DAYS.search(to_simplified(written)) is not None
    half = "半年" in to_simplified(written)  # 上半年: period14's refusal stands
    day = pd.Timestamp(stamp)
    year = day.year
    first, last = read_in(year)
    if pd.notna(last) and pd.Timestamp(last) > day:
        year -= 1
        first, last = read_in(year)
    if pd.isna(first) or pd.isna(last) or not 0 <= (day - pd.Timestamp(last)).days <= within:
        return None
    if not days and (half or not _from_january(pd.Timestamp(first), pd.Timestamp(last))):
        return None  # a month alone (6月 under 2021-07-21), a half, a part not from January
    if latest_written is not None and latest_written < year:
        return None  # the text's own years are all earlier: an old report under a new stamp
    return year


def year_in_spans(
    read_in: Any, spans: list[tuple[Any, Any]], *, longest: int = _SPAN_DAYS
) -> int | None:
    """The year of a date written without one that lies inside a span the text dates.

    ``截至8月26日下午4时`` and ``9月9日…移交第二十九批`` in a text that writes the stationing
    ``督察进驻期间（2017年8月11日至9月11日）`` anywhere: the day lies inside the span only in
    2017, so it is of 2017.  Only short spans (at most ``longest`` days: a stationing, a
    campaign; not a year or a plan) lend; where the spans that hold the day disagree on its
    year, or none holds it, none is given.

    Parameters
    ----------
    read_in : callable
        ``read_in(year)`` → first and last day of the yearless date read in ``year``.
    spans : list of tuple
        First and last day of each span of days the text writes with its year.
    longest : int, optional
        Longest span (days) that lends its year.

    Returns
    -------
    int or None
        The one year in which the date falls inside a span.

    Examples
    --------
    >>> import pandas as pd
    >>> day = lambda y: (pd.Timestamp(y, 9, 9), pd.Timestamp(y, 9, 9))
    >>> year_in_spans(day, [(pd.Timestamp(2017, 8, 11), pd.Timestamp(2017, 9, 11))])
    2017
    >>> year_in_spans(day, [(pd.Timestamp(2017, 8, 11), pd.Timestamp(2017, 8, 31))]) is None
    True
    """
    years: set[int] = set()
    for first, last in spans:
        if pd.isna(first) or pd.isna(last):
            continue
        first, last = pd.Timestamp(first), pd.Timestamp(last)
        if not 0 < (last - first).days <= longest:
            continue
        for y in {first.year, last.year}:
            a, b = read_in(y)
            if pd.notna(a) and pd.notna(b) and first <= pd.Timestamp(a) <= pd.Timestamp(b) <= last:
                years.add(y)
    return years.pop() if len(years) == 1 else None


#: After a date that opens a sentence: its agent (at most 14 characters) and a verb of
#: publishing (2020年5月7日，生态环境部发布…; simplified script).
_PUBLISHING_AFTER = re.compile(
    r"[ \t　]*[，,][^，,。；;！？!?\n]{0,14}?(?:发布|公布|发表|通报|印发|公开发布|召开新闻发布会)"
)


def publishing_date(simplified: str, written: str, b: int) -> bool:
    """Whether the date ending at ``b`` is the day a document was published.

    ``2020年5月7日，生态环境部发布2019年全国生态环境质量简况。``: a day opening a sentence
    whose verb is one of publishing (发布, 公布, 发表, 通报, 印发) is when the figures came out,
    not their period; it frames no paragraph after it (their time is the document's year, or
    none).  A year or a month (``2017年，全市发布预警12次``) is the time of what it says.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    written : str
        The date as written.
    b : int
        End of the date.

    Returns
    -------
    bool
        ``True`` for a day of publishing.

    Examples
    --------
    >>> t = "2020年5月7日，生态环境部发布2019年简况。"
    >>> publishing_date(t, "2020年5月7日", 9)
    True
    >>> publishing_date("2017年，全市发布预警12次", "2017年", 5)
    False
    """
    if not _ONE_DAY.search(to_simplified(str(written)).strip()):
        return False
    # 生態(tài)環(huán)境部發(fā)布: pinyin glosses are no words
    return bool(_PUBLISHING_AFTER.match(_strip_glosses(simplified[b : b + 80])))


#: A lead paragraph that opens with a whole year (2023年是…之年, 2017年，全市…; simplified).
_OPENING_YEAR = re.compile(r"[ \t　]*((?:19|20)\d{2})\s*年\s*(?:[，,]|是)")


def opening_year(lead: str, published: Any = None) -> int | None:
    """The year a document's lead paragraph opens with, as the document's year.

    ``2023年是全面贯彻党的二十大精神的开局之年，…``, ``2017年，全市大力推进节能降耗工作，…``:
    a report or bulletin whose first paragraph opens with a whole year reports that year;
    the figures it gives no date of their own are of it (as a bulletin's year in its title).
    Not a promise (``2025年，全市将…``: a commitment word in the opening sentence) nor a year
    after ``published``.

    Parameters
    ----------
    lead : str
        The lead paragraph (simplified script).
    published : date-like, optional
        Date of writing.

    Returns
    -------
    int or None
        The year, or ``None``.

    Examples
    --------
    >>> opening_year("2023年是全面贯彻党的二十大精神的开局之年，全省…")
    2023
    >>> opening_year("2025年，全市将力争优良天数比例达到90%。") is None
    True
    """
    m = _OPENING_YEAR.match(lead)
    if m is None:
        return None
    year = int(m.group(1))
    sentence = re.split(r"[。；;！？!?]", lead, maxsplit=1)[0]
    if COMMITMENT.search(sentence):
        return None
    if published is not None and year > pd.Timestamp(published).year:
        return None
    return year


#: After a dateline's day: 电, 讯 or 消息, then a space, a bracket, a slash or the line's end
#: (``北京12月31日电 （记者…）``, ``太原3日讯 ``, ``北京10月4日电/``); not ``12月31日电网负荷``.
_DATELINE_AFTER = re.compile(r"\s*(?:电|讯|消息)(?=[\s（(/／:：]|$)")
#: Before a dateline's day on its line: the agency and the place only (no sentence's words).
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\n，,。；;：:！？!?]{0,24}$")


def is_dateline(text: str, a: int, b: int) -> bool:
    """Whether the date at ``a:b`` is the day of a news dateline.

    A day followed by 电/讯/消息 near the start of its line (``中新社北京12月31日电 （记者
    阮煜琳）``, ``本报太原3日讯``, ``新华网北京2月26日电``) says when the report was filed:
    the figures after it are dated by their own words (``截至2016年12月30日``), else by the
    document's date, never by the dateline's day.

    Parameters
    ----------
    text : str
        The document (either script).
    a, b : int
        Start and end of the date.

    Returns
    -------
    bool
        ``True`` for a dateline's day.

    Examples
    --------
    >>> t = "中新社北京12月31日电 (记者 阮煜琳)截至12月30日，完成3个。"
    >>> is_dateline(t, 5, 11), is_dateline(t, 21, 27)
    (True, False)
    >>> is_dateline("本月12月31日电网负荷达3万千瓦", 2, 8)
    False
    """
    if to_simplified(text[max(0, b - 1) : b]) != "日":
        return False
    if _DATELINE_AFTER.match(to_simplified(text[b : b + 4])) is None:
        return False
    return _DATELINE_BEFORE.search(text, max(0, a - 30), a) is not None


#: After a written year: 以前/之前 (2000年以前, 2010年之前), not 前 alone (2018年前完成: a
#: deadline) nor 以前完成 (a deadline the caller reads by its role).
_YEARS_BEFORE = re.compile(r"\s*(?:以前|之前)")


def years_before(text: str, b: int) -> int:
    """Length of ``以前``/``之前`` right after a date ending at ``b`` (0 where none).

    A period date so followed (``郭庄泉2000年以前年平均流量约7立方米/秒``) names the time
    before that date, not the date: the figure's period ends the day before it, its start
    not written.  The caller applies it to dates read as periods only (``应于2016年以前完成``
    is a deadline).

    Parameters
    ----------
    text : str
        The document (either script).
    b : int
        End of the date.

    Returns
    -------
    int
        The number of characters of the marker (with spaces before it), or 0.

    Examples
    --------
    >>> years_before("2000年以前年平均流量约7立方米/秒", 5), years_before("2000年全市", 5)
    (2, 0)
    """
    m = _YEARS_BEFORE.match(to_simplified(text[b : b + 4]))
    return 0 if m is None else m.end()


#: A written year before a part of it (``2020年1—8月``, ``2021年度上半年``), in simplified script.
_YEAR_PREFIX = re.compile(r"^(\d{4})年度?")
#: Dashes and tildes of a range, one of them for the comparison of two written dates.
_RANGE_DASH = re.compile(r"[－–—―~～\-]+")


def _date_form(written: str) -> str:
    """A date as written, for comparing two writings: simplified, no spaces, one dash."""
    return _RANGE_DASH.sub("-", re.sub(r"\s+", "", to_simplified(written)))


def restated_year(
    written: str, texts: list[str], lends: np.ndarray, roles: list[str], role: str
) -> int | None:
    """The year of a yearless date that the text also writes whole, with its year, or ``None``.

    A headline, summary or lead writes a period short (``1—8月，…``, ``上半年…``) that the
    body writes whole (``生态环境部16日通报2020年1—8月全国…``, ``2021年上半年``): the short
    form is the same period, in the year written with it.  Only when every date the text
    writes so names one year (``2019年1—8月`` and ``2020年1—8月`` both: none), and only
    dates of ``role`` (a period's year from periods, a deadline's from deadlines).  The
    caller uses this when no nearer date of the text gives the year.

    Parameters
    ----------
    written : str
        The yearless date as written (``1—8月``).
    texts : list of str
        Every date of the text as written, in text order.
    lends : numpy.ndarray
        Boolean: the date has a written year (of one year) it may lend.
    roles : list of str
        Each date's role (``period``, ``base``, ``deadline`` …).
    role : str
        The yearless date's role.

    Returns
    -------
    int or None
        The one year the text writes the same date with, else ``None``.

    Examples
    --------
    >>> import numpy as np
    >>> restated_year("1—8月", ["1—8月", "2020年1-8月"], np.array([False, True]),
    ...               ["period", "period"], "period")
    2020
    >>> restated_year("1—8月", ["1—8月", "2019年1-8月", "2020年1-8月"],
    ...               np.array([False, True, True]), ["period"] * 3, "period") is None
    True
    """
    form = _date_form(written)
    if not form:
        return None
    years = set()
    for j in np.flatnonzero(lends).tolist():
        if roles[j] != role:
            continue
        whole = _date_form(texts[j])
        m = _YEAR_PREFIX.match(whole)
        if m is not None and whole[m.end() :] == form:
            years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


#: After a date: the words that make it the base of a comparison (``和2007年相比``,
#: ``跟2015年同期相比``, ``2013年同期对比``; simplified script), whatever word stands before it.
_COMPARED_AFTER = re.compile(
    r"\s*年?\s*(?:的\s*)?(?:同期\s*)?" + COMPARED_AFTER + r"\s*(?:于|於)?\s*"
)
#: A date right after those words: the date before them is the period compared (``2015年相較
#: 於2014年降低``), not the base.
_DATE_AHEAD = re.compile(r"\d|[一二〇零○][〇零○一二三四五六七八九]|去年|前年|上年|今年|本年|同期")


def compared_after(simplified: str, b: int) -> bool:
    """Whether a date ending at ``b`` is the base of a comparison named after it.

    ``和2007年相比，全国造纸…产品产量分别增加61%``, ``跟2015年同期相比``: a year followed by
    相比/相较/对比/比较 is the one compared with — the figures after it are of a later time,
    never of that year — whichever word joins it before (与, 和, 跟, 同, or none).  Not where
    another date follows the comparison word: in ``2015年相較於2014年降低了15.6%`` the first
    year is the period and the second the base.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    b : int
        End of the date.

    Returns
    -------
    bool

    Examples
    --------
    >>> compared_after("和2007年相比，产量增加61%", 6)
    True
    >>> compared_after("2015年相较于2014年降低了15.6%", 5)
    False
    >>> compared_after("2020年全省PM2.5浓度为30微克", 5)
    False
    """
    m = _COMPARED_AFTER.match(simplified, b)
    return m is not None and _DATE_AHEAD.match(simplified, m.end()) is None


#: Before a place name that opens its sentence or clause: spaces, a list number or a
#: conjunction (``；而新疆…``, ``2.四川省…``).
_UNIT_LEAD = re.compile(
    r"[ \t　]*(?:[(（]?\d{1,2}[.、)）]|[(（]?[一二三四五六七八九十]{1,3}[、)）])?"
    r"[ \t　]*(?:而|同时|另外|此外)?[ \t　]*"
)


def _unit_place(
    simplified: str, at: int, place_starts: np.ndarray, place_names: np.ndarray
) -> tuple[int, str | None]:
    """The start of the sentence or ``；`` clause holding ``at`` and the place opening it."""
    u = max(simplified.rfind(c, 0, at) for c in SENTENCE_BREAKS) + 1
    lead = _UNIT_LEAD.match(simplified, u)
    k = np.flatnonzero(place_starts == (lead.end() if lead else u))
    return u, (str(place_names[k[0]]) if len(k) else None)


def of_another_place(
    simplified: str,
    date_at: int,
    s: int,
    ps: int,
    place_starts: np.ndarray,
    place_names: np.ndarray,
) -> bool:
    """Whether a date written before a figure is another place's, not the figure's.

    ``西藏自治区实施…工程，2022年共治理水土流失942.88平方公里。新疆维吾尔自治区…共建成…污水
    处理厂102座``: the year is told of Tibet — the sentence (or ``；`` clause) that holds it
    opens with 西藏自治区 — and the figure's sentence opens with another place, 新疆: a date
    does not cross into another place's sentence or clause of a list of places (each place
    tells its own time).  Not where the date opens its paragraph (``2022年，西藏…。新疆…``:
    it frames them all), where the two open with the same place, one within the other (a
    tally ``吉林日报9月17日讯 今天，我省接到…196件`` and its parts ``长春市90件、…``) or either
    with none, nor inside one sentence or clause.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    date_at : int
        Start of the date.
    s : int
        Start of the figure.
    ps : int
        Start of the figure's paragraph.
    place_starts, place_names : numpy.ndarray
        Start and name of each place the text names.

    Returns
    -------
    bool
        ``True`` where the date is another place's.

    Examples
    --------
    >>> t = "西藏自治区实施工程，2022年共治理942平方公里。新疆维吾尔自治区共建成102座"
    >>> starts, names = np.array([0, t.index("新疆")]), np.array(["西藏自治区", "新疆维吾尔自治区"])
    >>> of_another_place(t, t.index("2022"), t.index("102"), 0, starts, names)
    True
    >>> t2 = "2022年，西藏自治区共治理942平方公里。新疆维吾尔自治区共建成102座"
    >>> starts2 = np.array([t2.index("西藏"), t2.index("新疆")])
    >>> of_another_place(t2, 0, t2.index("102"), 0, starts2, names)
    False
    >>> t3 = "西藏自治区2022年共治理942平方公里。西藏自治区共建成102座"
    >>> starts3, names3 = np.array([0, t3.index("。") + 1]), np.array(["西藏自治区"] * 2)
    >>> of_another_place(t3, t3.index("2022"), t3.index("102"), 0, starts3, names3)
    False
    """
    if date_at <= ps or not simplified[ps:date_at].strip(" \t　"):
        return False  # the date opens its paragraph: it frames its sentences
    du, date_place = _unit_place(simplified, date_at, place_starts, place_names)
    fu, figure_place = _unit_place(simplified, s, place_starts, place_names)
    if du == fu or date_place is None or figure_place is None:
        return False
    return not _nested(date_place, figure_place)


def _nested(a: str, b: str) -> bool:
    """Whether places ``a`` and ``b`` are one, or one lies within the other (a tally of
    吉林省 and its parts 长春市…: the whole's date is its parts'); unknown names are taken as
    nested (no date is dropped on a name the gazetteer cannot place)."""
    if a == b:
        return True
    try:
        ra, rb = regions.resolve(a), regions.resolve(b)
    except (EnvIndicatorsError, LookupError, ValueError):
        return True
    return ra.code in _ancestors(rb.code) or rb.code in _ancestors(ra.code)


@functools.lru_cache(maxsize=4096)
def _ancestors(code: str) -> frozenset[str]:
    """The codes of a division and of the divisions it lies in."""
    out: set[str] = set()
    current: regions.Region | None = regions.region_of(code)
    while current is not None and current.code not in out:
        out.add(current.code)
        current = regions.region_of(current.parent_code) if current.parent_code else None
    return frozenset(out)


#: A year whose same period a figure is compared with (较2015年同期, 与2018年同期相比,
#: 比2010年同期(1276.0万吨)): the figure's period is that part of a later year (simplified).
_SAME_PERIOD_OF = re.compile(r"(?:较|比|与|和|同)\s*((?:19|20)\d{2})\s*年\s*(?:的\s*)?同期")
#: A year written in full (simplified).
_FULL_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def same_period_year(sentence: str) -> int | None:
    """The year of a sentence's yearless period that it compares with a year's same period.

    ``今年前7个月，…优良天数比例为74.5%，较2015年同期上升4.2%``: the period compared with the
    same months of 2015 is of the year after it (a 同期 comparison is year on year, as 同比
    is); the caller reads a bare 今年 or a yearless part (``前7个月``, ``截至6月``) of such a
    sentence as of that year, flagged.  ``None`` where the sentence writes a later year (its
    period's year is written: ``2019年1-10月，…较2018年同期``, or another thing's) or
    compares with the same period of two years (``较2019年同期…较2020年同期``).

    Parameters
    ----------
    sentence : str
        The sentence (either script).

    Returns
    -------
    int or None
        The year after the one compared with, or ``None``.

    Examples
    --------
    >>> same_period_year("今年前7个月，优良天数比例为74.5%，较2015年同期上升4.2%")
    2016
    >>> same_period_year("与2016年同期相比，各类案件数量有所增加")
    2017
    >>> same_period_year("2019年1-10月，全省优良天数比例为90.9%，较2018年同期下降0.9") is None
    True
    >>> same_period_year("今年以来，PM2.5浓度较2015年下降10%") is None
    True
    >>> same_period_year("截止6月30日，重污染天氣與2015年同期相比減少2天")
    2016
    """
    sentence = to_simplified(sentence)  # either script: 與2015年同期相比
    same = {int(m.group(1)) for m in _SAME_PERIOD_OF.finditer(sentence)}
    if len(same) != 1:
        return None
    year = same.pop()
    written = [int(m.group(1)) for m in _FULL_YEAR.finditer(sentence)]
    if any(w != year for w in written):  # the period's own year, or another's, is written
        return None
    return year + 1


#: An inventory's base year written without 年 (TEDS10.1本縣105基準年, 2005基准年, 基準年105,
#: 基准年为2005; either script): the year its figures are of.
_BASE_YEAR_OF = re.compile(
    r"(?<![\d.．])(?P<y>(?:19|20)\d{2}|[6-9]\d|1[0-4]\d)\s*(?=基[準准]年)"
    r"|(?<=基[準准]年)\s*(?:[為为是:：]\s*)?(?P<z>(?:19|20)\d{2}|[6-9]\d|1[0-4]\d)(?![\d.．年])"
)


def base_years(text: str, d: pd.DataFrame, roc: bool) -> pd.DataFrame:
    """``d`` (rows of ``find_dates``) with the base years of inventories written without 年.

    ``依據TEDS10.1本縣105基準年TSP、PM10、PM2.5總排放量分別為10,284、4,644、1,827公噸``: an
    emission inventory's figures are of its base year (2016), not of the report's year,
    and the date parser reads no date in ``105基準年`` (no 年 after the number).  A
    2–3 digit year is read as an ROC year only in a text of Taiwan (``roc``); a year written
    with 年 (``2005年基準年``, ``基準年為一一二年``) is the parser's already.

    Parameters
    ----------
    text : str
        The document (either script).
    d : pandas.DataFrame
        Its dates (``start``, ``end``, ``text``, ``category``, ``first_day``, ``last_day``).
    roc : bool
        Whether the text is Taiwan's (its 2–3 digit years are ROC years).

    Returns
    -------
    pandas.DataFrame
        ``d`` with one row per such base year, sorted by ``start``.

    Examples
    --------
    >>> import pandas as pd
    >>> empty = pd.DataFrame(columns=["start", "end", "text", "category", "first_day", "last_day"])
    >>> got = base_years("本縣105基準年TSP總排放量為10,284公噸", empty, roc=True)
    >>> [(t, f.year) for t, f in zip(got["text"], got["first_day"])]
    [('105基準年', 2016)]
    >>> base_years("本縣105基準年TSP總排放量為10,284公噸", empty, roc=False).empty
    True
    """
    taken = list(zip(d["start"], d["end"], strict=True))
    rows = []
    for m in _BASE_YEAR_OF.finditer(text):
        key = "y" if m.group("y") else "z"
        # the date as written: the number and 基準年 (105基準年, 基準年為105)
        a, b = (m.start(key), m.end() + 3) if key == "y" else (m.start() - 3, m.end(key))
        y = int(m.group(key))
        if y < 1000:
            if not roc:
                continue
            y += 1911
        if _free(taken, a, b):
            rows.append(
                _row(a, b, text[a:b], pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31))
                | {"category": "date"}
            )
    if not rows:
        return d
    out = pd.concat([d, pd.DataFrame(rows).drop(columns="relative")], ignore_index=True)
    out["first_day"] = pd.to_datetime(out["first_day"])
    out["last_day"] = pd.to_datetime(out["last_day"])
    return out.sort_values("start", kind="stable").reset_index(drop=True)


#: A news dateline's day (``黑龙江日报12月8日讯``, ``中新社天津5月30日电``; simplified script).
_DATELINE_DAY = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:电|讯|消息)")
#: A day written without its month in the sentence after a dateline: opening a clause and set
#: off by a comma (``7日，我省接到…``) or the end of a tally (``截至26日，天津共接收…``); not a day
#: of a reporting verb (``记者30日获悉``, ``生态环境部16日通报``: when the news was told).
_BARE_DAY = re.compile(
    r"(?:(?<=[\s，,。；;：:）)])|(?<=截至)|(?<=截止))(?P<d>\d{1,2})\s*日"
    r"(?:[上下]午|晚|凌晨)?(?=[ \t　]*[，,])"
)


#: 今天/今日 in the sentence after a dateline, as the day of what it tells: opening a clause
#: set off by a comma (``9月17日讯…今天，我省接到…``) or the day of a batch's handing over
#: (``…督察组今天向湖南省交办第三十批信访件77件``); not ``今天公布``/``今日发布`` (when the news
#: was told: the figures' own dates are written with them).
_TODAY = re.compile(
    r"(?<=[\s，,。；;：:）)])(?:今天|今日)(?:[上下]午|晚|凌晨)?(?=[ \t　]*[，,])"
    r"|(?:今天|今日)(?=[^，,。；;：:\d]{0,12}?(?:" + HAND_OVER + "|" + RECEIVE + "))"
)


def dateline_days(simplified: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Rows for a day written without its month in the sentence after a news dateline.

    ``黑龙江日报12月8日讯 7日，我省接到…交办的第四批群众信访举报案件65件``: the dateline says
    when the report was filed (:func:`is_dateline`: no period); the bare ``7日`` opening the
    next clause is the day of what it tells — the dateline's month (the month before where
    the day is later than the dateline's: ``1月3日讯 31日，…`` is 31 December), read as
    ``12月7日`` (``parse_as``) in the year the context gives (yearless).  Only a day that
    opens a clause set off by a comma, or ends a tally (``截至26日，``), in the dateline's
    sentence: ``记者30日获悉`` and ``生态环境部16日通报`` are when the news was told, no
    period of the figures.  So is ``今天``/``今日`` there (:data:`_TODAY`: ``吉林日报9月17日讯
    …今天，我省接到…第二十二批群众信访举报案件196件``, ``…督察组今天向湖南省交办…``): the
    dateline's own day.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    taken : list of (int, int)
        Spans of the dates already found (skipped).

    Returns
    -------
    list of dict
        Date rows (``start``, ``end``, ``text``, ``parse_as``, yearless; ``bare_day``: the
        caller drops those the context gives no year).

    Examples
    --------
    >>> t = "黑龙江日报12月8日讯 7日，我省接到第四批信访件65件"
    >>> [(r["text"], r["parse_as"]) for r in dateline_days(t, [(5, 10)])]
    [('7日', '12月7日')]
    >>> t = "东北网1月3日讯 31日，我省接到第三十批信访件65件"
    >>> [r["parse_as"] for r in dateline_days(t, [(3, 7)])]
    ['12月31日']
    >>> t = "中新社天津5月30日电 记者30日获悉，截至26日，天津共接收转办件2922件"
    >>> [r["parse_as"] for r in dateline_days(t, [(5, 10)])]
    ['5月26日']
    >>> dateline_days("新华社北京8月5日电 环保部5日通报今年上半年", [(7, 11)])
    []
    >>> t = "吉林日报9月17日讯(记者刘姗姗)今天，我省接到第二十二批信访件196件"
    >>> [(r["text"], r["parse_as"]) for r in dateline_days(t, [(4, 9)])]
    [('今天', '9月17日')]
    >>> dateline_days("中央社台北11日电 环保署今天公布97年空气品质", [])
    []
    """
    rows: list[dict] = []
    for m in _DATELINE_DAY.finditer(simplified):
        if not is_dateline(simplified, m.start(), m.start() + m.group(0).index("日") + 1):
            continue
        month, day = int(m["m"]), int(m["d"])
        stop = end_of_sentence(simplified, m.end(), "。！？!?\n")
        for b in _BARE_DAY.finditer(simplified, m.end(), stop):
            n = int(b["d"])
            if not 1 <= n <= 31 or any(a < b.end() and b.start() < e for a, e in taken):
                continue
            rows.append(_bare_day_row(b, month, day))
        for t in _TODAY.finditer(simplified, m.end(), stop):
            if not any(a < t.end() and t.start() < e for a, e in taken):
                rows.append(
                    _row(t.start(), t.end(), t.group(0))
                    | {"parse_as": f"{month}月{day}日", "bare_day": True}
                )
    return rows


def _bare_day_row(b: re.Match[str], month: int, day: int) -> dict:
    """The row of a bare day ``b`` told in month ``month`` on day ``day`` (a dateline's, a
    stamp's): that month, or the month before where the day is later."""
    n = int(b["d"])
    of_month = month if n <= day else (month - 2) % 12 + 1
    return _row(b.start(), b.end(), b.group(0)) | {
        "parse_as": f"{of_month}月{n}日",
        "bare_day": True,
    }


#: A day written with its year in full (``2018年7月25日``; simplified script): the days a
#: yearless day's year is read from (:func:`year_of_near_days`).
_FULL_DAY = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
)


def year_of_near_days(
    simplified: str,
    written: str,
    read_in: Any,
    *,
    skip: Any = (),
    within: int = RECENT_DAYS,
) -> int | None:
    """The one year of the days a text writes in full near a day it writes without one.

    A report tells the days of one stationing or one batch close together and writes the
    year once: ``12月13日，督察组向我市移交第七批群众信访举报件3件`` and, a paragraph
    later, ``督察组2021年12月6日起进驻宁德市`` — the 13th is a week after a day of 2021, so
    it is 2021-12-13.  The yearless date of days (``written``; a month alone, ``12月``,
    gets nothing: a month is no one event's) is
    read in the year of each day the text writes in full (:data:`_FULL_DAY`, outside the
    ``skip`` spans: a page's stamp lines, a repost's date); each day within ``within``
    days of that reading gives its year.  ``None`` where no written day is that near, or
    where the near days are of different years (never a guessed year): days that far apart
    are not of one event, and a text that writes two years near the same month and day
    does not say which is meant.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    written : str
        The yearless date as written (``12月13日``, ``12月13日至15日``).
    read_in : callable
        ``read_in(year)`` → first and last day of the yearless date read in ``year`` (NaT
        where it cannot be read so: 2月29日 of a common year).
    skip : sequence of (int, int), optional
        Spans whose days lend no year (stamp lines).
    within : int, optional
        Most days between the yearless date and a written day.

    Returns
    -------
    int or None
        The year.

    Examples
    --------
    >>> import pandas as pd
    >>> day = lambda y: (pd.Timestamp(y, 12, 13), pd.Timestamp(y, 12, 13))
    >>> year_of_near_days("12月13日，移交3件。督察组2021年12月6日起进驻。", "12月13日", day)
    2021
    >>> year_of_near_days("12月13日，移交3件。2020年1月6日印发方案。", "12月13日", day) is None
    True
    >>> t = "12月13日，移交3件。2020年12月6日进驻，2021年12月10日反馈。"
    >>> year_of_near_days(t, "12月13日", day) is None
    True
    >>> month = lambda y: (pd.Timestamp(y, 12, 1), pd.Timestamp(y, 12, 31))
    >>> year_of_near_days("12月，移交3件。督察组2021年12月6日起进驻。", "12月", month) is None
    True
    """
    if _OF_DAYS.search(to_simplified(written)) is None:
        return None  # a month alone: no one event's
    years = set()
    for f in _FULL_DAY.finditer(simplified):
        if any(a <= f.start() < b for a, b in skip):
            continue
        try:
            full = pd.Timestamp(int(f["y"]), int(f["m"]), int(f["d"]))
        except ValueError:
            continue
        first, last = read_in(full.year)
        if pd.isna(first) or pd.isna(last):
            continue
        gap = max((pd.Timestamp(first) - full).days, (full - pd.Timestamp(last)).days, 0)
        if gap <= within:
            years.add(full.year)
    return years.pop() if len(years) == 1 else None


#: How many of a text's first non-empty lines a news dateline is looked for in.
_DATELINE_LINES = 3


def news_dateline(simplified: str) -> pd.Timestamp | None:
    """The day of a news report's own dateline (``本报7月25日讯``), its year read from the text.

    A newspaper's report opens with the day it was filed (:func:`is_dateline`:
    ``本报7月25日讯``, ``新华社北京6月26日电``) and no year: the year is the one year of the
    days the text writes in full within :data:`RECENT_DAYS` of the dateline's day
    (:func:`year_of_near_days`)
    (``督察组分别定于2018年7月25日至8月13日…进驻`` under ``本报7月25日讯``: 2018-07-25).  Not
    the title's year: a report names the year of its data, which is often the year before
    its writing (``湖南日报1月24日讯…发布全省2017年12月及全年环境质量``: written in 2018;
    ``新华社拉萨6月1日电…发布《2018年西藏自治区生态环境状况公报》``: in 2019).  The report
    was written on that day, so it is the text's time of writing (``截至目前``, ``至今``,
    ``今年``), as a publication date would be — and, being part of the text, it is no
    repost's stamp.
    ``None`` where no dateline opens the text (in its first :data:`_DATELINE_LINES` lines),
    where the text writes no such day, or where the days near it are of different years
    (never a guessed year).

    Parameters
    ----------
    simplified : str
        The text in simplified script.

    Returns
    -------
    pandas.Timestamp or None
        The dateline's day.

    Examples
    --------
    >>> t = "本报7月25日讯 今天，督察组进驻长沙。督察组定于2018年7月25日至8月13日开展督察。"
    >>> news_dateline(t)
    Timestamp('2018-07-25 00:00:00')
    >>> news_dateline("新华社北京6月26日电 截至目前，共查处案件392起。") is None
    True
    >>> news_dateline("湖南日报1月24日讯 省环保厅发布全省2017年12月及全年环境质量。") is None
    True
    >>> t = "本报7月25日讯 督察组于2016年7月20日进驻，2018年7月26日反馈。"
    >>> news_dateline(t) is None
    True
    >>> news_dateline("2018年7月25日，本报讯记者获悉：督察组进驻。") is None
    True
    """
    head = 0
    for seen, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", simplified), start=1):
        head = line.end()
        if seen == _DATELINE_LINES:
            break
    m = next(
        (
            m
            for m in _DATELINE_DAY.finditer(simplified, 0, head)
            if is_dateline(simplified, m.start(), m.start() + m.group(0).index("日") + 1)
        ),
        None,
    )
    if m is None:
        return None
    month, day = int(m["m"]), int(m["d"])

    def read_in(year: int) -> tuple[Any, Any]:
        try:
            return (pd.Timestamp(year, month, day),) * 2
        except ValueError:
            return pd.NaT, pd.NaT

    year = year_of_near_days(simplified, f"{month}月{day}日", read_in)
    return None if year is None else pd.Timestamp(year, month, day)


#: Shortest line (characters, stripped) that is the body's first paragraph after a page's
#: stamp line, not a line of the page's furniture (``字号:``, ``打印``, ``分享到``).
_BODY_LINE_MIN = 10


def stamp_days(simplified: str, taken: list[tuple[int, int]], at: int, stamp: Any) -> list[dict]:
    """Rows for a bare day opening the first paragraph after a page's publication stamp line.

    :func:`dateline_days` for a web page: ``时间:2020-07-03 08:48 来源:`` then ``2日，吉林省
    第一生态环境保护督察组向长春市转办第十四批信访案件46件`` — the page tells what happened on
    the 2nd of the stamp's month (the month before where the day is later than the stamp's),
    read as ``7月2日`` (``parse_as``, yearless: the stamp's year comes from
    :func:`year_of_recent_days` in ``_reader._dates``).  Only a day that opens the body's
    first paragraph (lines shorter than :data:`_BODY_LINE_MIN` skipped) and is set off by a
    comma; ``记者2日获悉`` and a day further in are not.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    taken : list of (int, int)
        Spans of the dates already found (skipped).
    at : int
        End of the stamp line.
    stamp : date-like
        The page's publication stamp.

    Returns
    -------
    list of dict
        Date rows as :func:`dateline_days`'s.

    Examples
    --------
    >>> import datetime as dt
    >>> t = "标题\\n时间:2020-07-03 08:48\\n字号:\\n  2日，督察组向长春市转办信访案件46件。"
    >>> at = t.index("08:48") + 5
    >>> [(r["text"], r["parse_as"]) for r in stamp_days(t, [], at, dt.date(2020, 7, 3))]
    [('2日', '7月2日')]
    >>> [r["parse_as"] for r in stamp_days(t, [], at, dt.date(2020, 7, 1))]
    ['6月2日']
    >>> t = "标题\\n时间:2020-07-03\\n记者2日获悉，督察组转办信访案件46件。"
    >>> stamp_days(t, [], 15, dt.date(2020, 7, 3))
    []
    """
    day = pd.Timestamp(stamp)
    pos = at
    while pos < len(simplified):
        end = simplified.find("\n", pos)
        end = len(simplified) if end < 0 else end
        line = simplified[pos:end]
        if len(line.strip()) >= _BODY_LINE_MIN:
            lead = len(line) - len(line.lstrip())
            b = _BARE_DAY.match(simplified, pos + lead)
            if b is None or not 1 <= int(b["d"]) <= 31:
                return []
            if any(x < b.end() and b.start() < y for x, y in taken):
                return []
            return [_bare_day_row(b, day.month, day.day)]
        pos = end + 1
    return []


#: A batch of petitions named by its ordinal (``第二十八批``, ``第31批``) or as the text's own
#: (``本批``, ``该批``, ``此批``, ``这批``), followed in its clause by what was handed over
#: (信访, 举报, 案件, 材料, 件 …); not ``第二批中央生态环境保护督察组`` (a batch of inspection
#: groups), ``第N批次``, ``批准``, ``批复`` (simplified script).
_BATCH = re.compile(
    r"(?:第\s*(?P<n>\d{1,3}|[一二三四五六七八九十百零〇两]{1,5})|(?<![一每分多])(?:本|该|此|这))"
    r"\s*批(?![次准复示])"
    r"(?=[^，,。；;！？!?\n]{0,12}?(?:信访|举报|投诉|案件|问题|材料|事项|件))"
)


def batch_mentions(simplified: str) -> list[tuple[int, int | None]]:
    """The petition batches a text names: ``(start, ordinal)``, ordinal ``None`` for 本批.

    Examples
    --------
    >>> batch_mentions("转办第二十八批信访件97件。本批交办的信访案件中，…")
    [(2, 28), (14, None)]
    >>> batch_mentions("第三轮第二批中央生态环境保护督察组于5月7日进驻")
    []
    """
    out: list[tuple[int, int | None]] = []
    for m in _BATCH.finditer(simplified):
        n = m["n"]
        if n is None:
            out.append((m.start(), None))
            continue
        try:
            out.append((m.start(), int(n) if n.isdigit() else parse_chinese_integer(n)))
        except (EnvIndicatorsError, ValueError):
            continue
    return out


def batch_days(
    simplified: str, mentions: list[tuple[int, int | None]], period_dates: pd.DataFrame
) -> dict[int, int]:
    """The day the text gives each numbered petition batch: ordinal → row of ``period_dates``.

    ``5月5日上午，中央第四生态环保督察组向江西转办第二十八批群众举报材料97件``: the batch's
    day is the one day (written to the day, no span) its sentence writes — the last before
    the batch's name, else the first after it; the first sentence that dates a batch gives
    its day (the day it was handed over; a later sentence tells what became of it).

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    mentions : list of (int, int or None)
        :func:`batch_mentions` of the text.
    period_dates : pandas.DataFrame
        The text's period dates (``start``, ``text``, ``first_day``, ``last_day``).

    Returns
    -------
    dict
        Ordinal → position (``iloc``) in ``period_dates`` of its day.

    Examples
    --------
    >>> t = "5月5日，督察组向江西转办第二十八批信访件97件。5月4日，反馈了第十九批98件信访件。"
    >>> d = pd.DataFrame({"start": [0, 25], "text": ["5月5日", "5月4日"],
    ...                   "first_day": [pd.NaT, pd.NaT], "last_day": [pd.NaT, pd.NaT]})
    >>> batch_days(t, batch_mentions(t), d)
    {28: 0, 19: 1}
    """
    out: dict[int, int] = {}
    if period_dates.empty:
        return out
    starts = period_dates["start"].to_numpy(dtype=np.int64)
    texts = [to_simplified(str(t)).strip() for t in period_dates["text"].tolist()]
    days = np.array(
        [bool(_ONE_DAY.search(t)) and not SPAN_MARK.search(t) for t in texts], dtype=bool
    )
    for at, n in mentions:
        if n is None or n in out:
            continue
        a = start_of_sentence(simplified, at)
        b = end_of_sentence(simplified, at)
        inside = np.flatnonzero(days & (starts >= a) & (starts < b))
        if not len(inside):
            continue
        before = inside[starts[inside] < at]
        out[n] = int(before[-1]) if len(before) else int(inside[0])
    return out


def batch_of(
    mentions: list[tuple[int, int | None]], days: dict[int, int], lo: int, s: int
) -> tuple[int, int] | None:
    """The batch a figure at ``s`` is of and its day: ``(mention start, row of its day)``.

    The nearest batch named in ``[lo, s)`` (the figure's paragraph): a numbered batch the
    text dates (:func:`batch_days`), or ``本批``/``该批`` — the latest numbered batch dated
    before it, else the one batch the text dates.  ``None`` where none is named or dated.

    Examples
    --------
    >>> m = [(2, 28), (30, None), (60, 19)]
    >>> batch_of(m, {28: 0, 19: 1}, 25, 40), batch_of(m, {28: 0, 19: 1}, 55, 70)
    ((30, 0), (60, 1))
    >>> batch_of(m, {28: 0}, 55, 70) is None
    True
    """
    near = [(at, n) for at, n in mentions if lo <= at < s]
    if not near:
        return None
    at, n = near[-1]
    if n is not None:
        return (at, days[n]) if n in days else None
    earlier = [k for a, k in mentions if a < at and k is not None and k in days]
    if earlier:
        return at, days[earlier[-1]]
    return (at, next(iter(days.values()))) if len(days) == 1 else None


#: After a five-year plan's name: the network of assessed sites or cities it set up
#: (``“十四五”地表水国控考核断面``, ``纳入“十三五”国家考核的13个市州``; simplified script).
_PROGRAMME_AFTER = re.compile(
    r"[”\"’']?[ \t　]*(?:地表水|环境空气|空气)?(?:国家级?考核|国家级?监测|国控|国考|省控|省考|考核)"
)


def programme_plans(simplified: str, dates: pd.DataFrame) -> np.ndarray:
    """For each date of ``dates``, whether it is a five-year plan naming a programme of sites.

    ``2021年，全区20个“十四五”地表水国控考核断面水质优良比例为85.0%``: “十四五” names which
    sections are assessed (those of the plan's network), not the time of the figure, which
    is the year before it (2021), never 2021–2025; ``其中纳入“十三五”国家考核的13个市州…
    73.8%`` is of the sentence's ``2018年1-6月``.  ``“十二五”期间国家对…实施`` is the plan's
    time.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    dates : pandas.DataFrame
        Dates with ``end`` and ``plan`` (a five-year plan).

    Returns
    -------
    numpy.ndarray
        Boolean, one per date.

    Examples
    --------
    >>> t = "全区20个“十四五”地表水国控考核断面水质优良比例为85.0%。“十二五”期间国家对…"
    >>> d = pd.DataFrame({"end": [t.index("”地"), t.index("”期")], "plan": [True, True]})
    >>> programme_plans(t, d).tolist()
    [True, False]
    """
    if dates.empty or "plan" not in dates:
        return np.zeros(len(dates), dtype=bool)
    return np.array(
        [
            bool(plan) and _PROGRAMME_AFTER.match(simplified, int(b)) is not None
            for b, plan in zip(dates["end"].tolist(), dates["plan"].tolist(), strict=True)
        ],
        dtype=bool,
    )


#: The words that name the time of writing (simplified): ``目前``, ``当前``, ``现在``.
NOW_WORDS = ("目前", "当前", "现在")

#: The time of writing as a tally's end (``截至目前``, ``截止到目前``, ``截至发稿时``).
_AS_OF_WRITING = re.compile(rf"(?:截至|截止)(?:到)?(?:{'|'.join(NOW_WORDS)}|发稿时)")

#: A clause that opens with the time of writing (``，目前已有41座``, ``；而目前，已建成…``):
#: the now word after a clause break and an optional conjunction.
_NOW_CLAUSE = re.compile(
    rf"(?:^|[，,；;：:])[ \t　]*(?:而|但|且|并且?|同时)?[ \t　]*(?P<now>{'|'.join(NOW_WORDS)})"
)


#: A verb of telling after a date (simplified script): the day the news was told
#: (``2月21日，记者从省环保厅获悉``, ``10月21日出席…特展表示``), not an event's.
_TOLD = re.compile(r"获悉|了解到|表示|介绍|指出|透露|(?<![名简声])称(?![为号])|[^\w]?说[，,：:]")
#: How far after the date the verb of telling is looked for.
_TOLD_REACH = 30


def told_date(simplified: str, dates: pd.DataFrame, ss: int, now_at: int) -> pd.DataFrame:
    """The day the news is told on, among a sentence's dates before its now word.

    ``6月11日，记者从自治区环保厅获悉，中央第五环境保护督察组自6月7日进驻…以来，…，目前已
    向广西交办3批``: the now of ``目前`` is the day of the telling, ``6月11日`` — a date
    followed, within :data:`_TOLD_REACH` characters and before the now word, by a verb of
    telling (:data:`_TOLD`: 获悉, 表示, 介绍 …), the latest such; not ``6月7日`` (the
    stationing's start), nor ``110年12月公告《…標準》`` (an act's day: 公告 tells nothing of
    now).  Empty where none is.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    dates : pandas.DataFrame
        Period dates (``start``, ``end``), in text order.
    ss : int
        Start of the sentence.
    now_at : int
        Position of the now word (:func:`now_clause_at`).

    Returns
    -------
    pandas.DataFrame
        The one row of ``dates`` the news is told on, or none.

    Examples
    --------
    >>> t = "6月11日，记者获悉，督察组自6月7日进驻以来，目前已交办3批"
    >>> d = pd.DataFrame({"start": [0, t.index("6月7")], "end": [5, t.index("进驻")]})
    >>> told_date(t, d, 0, t.index("目前"))["start"].tolist()
    [0]
    >>> t = "2021年12月公告标准，目前已有41座机组完成改善"
    >>> told_date(t, pd.DataFrame({"start": [0], "end": [8]}), 0, t.index("目前")).empty
    True
    """
    if dates.empty:
        return dates
    starts = dates["start"].to_numpy(dtype=np.int64)
    ends = dates["end"].to_numpy(dtype=np.int64)
    for k in np.flatnonzero((starts >= ss) & (starts < now_at))[::-1].tolist():
        stop = min(now_at, int(ends[k]) + _TOLD_REACH)
        later = starts[(starts > starts[k]) & (starts < stop)]
        if len(later):
            stop = int(later.min())  # another date first: the verb is that date's
        if _TOLD.search(simplified, int(ends[k]), stop) is not None:
            return dates.iloc[[k]]
    return dates.iloc[0:0]


def names_time_of_writing(written: str) -> bool:
    """Whether a date as written is the time of writing (``截至目前``, ``截至发稿时`` …).

    >>> names_time_of_writing("截至目前"), names_time_of_writing("截至6月底")
    (True, False)
    """
    return _AS_OF_WRITING.fullmatch(to_simplified(str(written))) is not None


def now_clause_at(simplified: str, ss: int, s: int) -> int | None:
    """Where the time of writing last opens a clause before a figure, or ``None``.

    ``110年12月公告《高雄市電力設施加嚴標準》,…,目前已有41座機組完成改善或正改善中,符合度
    高達8成``: the 41 units and the 8成 after them are told as of now (``目前``), not of the
    month the standard was announced, which an earlier clause of the sentence gives;
    ``新標準2月5日起上路，目前已開罰30件`` alike.  A date written before the returned
    position is another event's, not the figure's period (a date after it, ``目前，2021年
    已有…``, is the figure's own).  Not a ``截至目前`` (a date of its own, read by the date
    reader), nor a now word inside a clause after other words (``已有目前最大的…``).

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    ss : int
        Start of the figure's sentence.
    s : int
        Start of the figure.

    Returns
    -------
    int or None
        The position of the last such now word of the sentence before the figure, or
        ``None``.

    Examples
    --------
    >>> t = "2021年3月发布方案，目前已有15家企业完成改造"
    >>> now_clause_at(t, 0, t.index("15")) == t.index("目前")
    True
    >>> t = "2021年3月发布方案，而目前，已有15家企业完成改造，占80%"
    >>> now_clause_at(t, 0, t.index("80")) == t.index("目前")
    True
    >>> t = "2021年，全市已有15家企业完成改造"
    >>> now_clause_at(t, 0, t.index("15")) is None
    True
    >>> t = "截至目前，已有15家企业完成改造"
    >>> now_clause_at(t, 0, t.index("15")) is None
    True
    """
    at = None
    for m in _NOW_CLAUSE.finditer(simplified[ss:s]):
        a = ss + m.start("now")
        if not simplified[max(ss, a - 3) : a].endswith(("截至", "截止", "到", "至")):
            at = a
    return at


def now_at_stamp(
    written: list[str],
    lasts: list[Any],
    open_end: np.ndarray,
    stamp: Any,
    *,
    within: int = RECENT_DAYS,
) -> np.ndarray:
    """Which ``截至目前`` of a page without a publication date are as of its date stamp.

    ``发布时间 2022-04-20 22:00`` over ``4月20日10时，督察组向新疆转办第二十六批信访件77件…
    截至目前，…转办新疆二十六批共计1597件``: "up to now" is the time the page was written,
    its stamp — where the page reports days just before the stamp (its latest day written
    to the day ends at most ``within`` days before it, none after it), as
    :func:`year_of_recent_days` reads those days.  A page reposting an old report (its days
    long before the stamp) or one writing no day keeps the end open.

    Parameters
    ----------
    written : list of str
        The dates as written.
    lasts : list
        Their last days (``NaT`` where unknown).
    open_end : numpy.ndarray
        Boolean: the date's end is the time of writing, not given (``截至目前``, ``X以来``).
    stamp : date-like or None
        The page's publication stamp.
    within : int, optional
        Most days from the page's latest day to the stamp.

    Returns
    -------
    numpy.ndarray
        Boolean, one per date: a ``截至目前`` to read as of the stamp.

    Examples
    --------
    >>> import datetime as dt
    >>> w = ["4月20日", "截至目前"]
    >>> lasts = [pd.Timestamp("2022-04-20"), pd.NaT]
    >>> now_at_stamp(w, lasts, np.array([False, True]), dt.date(2022, 4, 20)).tolist()
    [False, True]
    >>> lasts = [pd.Timestamp("2016-04-20"), pd.NaT]  # a repost years later
    >>> now_at_stamp(w, lasts, np.array([False, True]), dt.date(2022, 4, 20)).tolist()
    [False, False]
    """
    out = np.zeros(len(written), dtype=bool)
    if stamp is None or not open_end.any():
        return out
    day = pd.Timestamp(stamp)
    days = [
        pd.Timestamp(last)
        for w, last, o in zip(written, lasts, open_end.tolist(), strict=True)
        if not o and pd.notna(last) and _OF_DAYS.search(to_simplified(str(w)))
    ]
    if not days or max(days) > day or (day - max(days)).days > within:
        return out
    for i, w in enumerate(written):
        out[i] = bool(open_end[i]) and names_time_of_writing(w)
    return out


#: After a base's year: its same period (``较2023年同期8.9``, ``較97年同期的1.6%``).
_SAME_PERIOD_AFTER = re.compile(r"[ \t　]*(?:的)?同期")


def same_period_in(
    simplified: str,
    b: int,
    base: tuple[Any, Any],
    own: tuple[Any, Any],
    *,
    from_january: bool = False,
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The period of a base level written as the same period of a year, or ``None``.

    ``统计2024年1~10月全县PM2.5为9.1微克/立方米，较2023年同期8.9微克/立方米提升2.2%``: the base
    level 8.9 is of 2023's January–October (the months of the figure it is compared with,
    in the base's year), not of the whole of 2023.  Only where the base is a whole year
    followed by 同期 (ending at ``b``) and the figure's own period is part of one other year.

    Parameters
    ----------
    simplified : str
        The text in simplified script.
    b : int
        End of the base's date.
    base : tuple
        First and last day of the base's date (a whole year).
    own : tuple
        First and last day of the period of the sentence the base is compared from.
    from_january : bool, optional
        The own period is a tally up to its end (``截至109年8月底``, ``截至6月``): the same
        period runs from January of the base's year.

    Returns
    -------
    tuple of pandas.Timestamp or None
        First and last day of the same period in the base's year.

    Examples
    --------
    >>> t = "2024年1~10月为9.1，较2023年同期8.9"
    >>> year = (pd.Timestamp("2023-01-01"), pd.Timestamp("2023-12-31"))
    >>> own = (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-10-31"))
    >>> same_period_in(t, t.index("同期"), year, own)
    (Timestamp('2023-01-01 00:00:00'), Timestamp('2023-10-31 00:00:00'))
    >>> same_period_in(t.replace("同期", "全年"), t.index("同期"), year, own) is None
    True
    """
    if _SAME_PERIOD_AFTER.match(simplified, b) is None:
        return None
    first, last = (pd.Timestamp(x) if pd.notna(x) else None for x in base)
    o_first, o_last = (pd.Timestamp(x) if pd.notna(x) else None for x in own)
    if first is None or last is None or o_first is None or o_last is None:
        return None
    whole = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    if not whole or first.year != last.year or o_first.year != o_last.year:
        return None
    if o_first.year == first.year or (o_first.month, o_first.day, o_last.month, o_last.day) == (
        1,
        1,
        12,
        31,
    ):
        return None
    shift = first.year - o_first.year
    if from_january:
        o_first = pd.Timestamp(o_first.year, 1, 1)
    try:
        return o_first + pd.DateOffset(years=shift), o_last + pd.DateOffset(years=shift)
    except (ValueError, OverflowError):
        return None


#: A tally over all the time before it (``累计``, ``累積``, ``历年累计``), written in its figure's
#: item before it; simplified script.
_CUMULATIVE = re.compile(r"累[计积]")
#: Where a figure's item starts: after a clause break, a list mark, a colon or a bracket.
_ITEM_BREAK = re.compile(rf"[{CLAUSE_BREAKS}、：:（()）]")
#: The longest period a cumulative tally does not take from an earlier sentence (a year).
_CUMULATIVE_MAX_DAYS = 366


def tally_to_date(sentence: str, at: int, written: str, first: Any, last: Any) -> bool:
    """Whether a cumulative tally takes no period of an earlier sentence.

    ``2018年出省断面化学需氧量…较2016年降低3.8%。…累计落实15.56亿元资金``: ``累计`` ("in all,
    so far") tallies every year up to the time of writing, not the year of the sentence
    before, so a figure whose item (its clause, or its member of a list: from the last
    comma, ``、``, colon or bracket before it) writes ``累计`` before it, in a sentence that
    writes no date of its own, does not inherit an earlier sentence's period of a year or
    less (a year, a half, a quarter, a month).  It keeps a point it is stated as of
    (``截至2020年底，…。累计…``, a day: the tally up to then), a span of several years
    (``2012—2017年…。…累计下降21%``: the tally over the span), and the year of a sentence
    that names its own (``今年累计办理…54件``: this year's tally, :func:`names_own_year`).

    Parameters
    ----------
    sentence : str
        The figure's sentence, simplified.
    at : int
        Offset of the figure in ``sentence``.
    written : str
        The earlier date as written (``2018年``).
    first, last : Timestamp or NaT
        The earlier date's first and last day.

    Returns
    -------
    bool
        ``True`` where the figure's item tallies with ``累计`` and the date is a period of
        at most a year (not a point, not 截至…): the figure is as of the time of writing.

    Examples
    --------
    >>> y = (pd.Timestamp("2018-01-01"), pd.Timestamp("2018-12-31"))
    >>> tally_to_date("累计落实15.56亿元资金", 4, "2018年", *y)
    True
    >>> tally_to_date("落实15.56亿元资金", 2, "2018年", *y)
    False
    >>> tally_to_date("全省累计完成3317个", 6, "截至2018年底", pd.NaT, y[1])
    False
    >>> tally_to_date("今年累计办理案件54件", 8, "2025年度", *y)
    False
    >>> tally_to_date("(累积采购约1000辆)、补助1913辆柴油车", 13, "2019年", *y)
    False
    """
    lead = sentence[:at]
    breaks = [m.end() for m in _ITEM_BREAK.finditer(lead)]
    item = lead[breaks[-1] if breaks else 0 :]
    if _CUMULATIVE.search(item) is None or pd.isna(first) or pd.isna(last):
        return False
    if str(written).lstrip().startswith(("截至", "截止")) or names_own_year(sentence):
        return False
    days = (pd.Timestamp(last) - pd.Timestamp(first)).days
    return 0 < days <= _CUMULATIVE_MAX_DAYS
