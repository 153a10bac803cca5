"""Periods of hand check 26 — comparison years, a title's base year, day-first stamps (period38).

Rules of ``read_report``'s periods (issue 13):

1. **A year compared with is never the period.**  A year followed by 相比/相较/对比/比较
   (``和2007年相比``, ``跟2015年相比``, ``2013年同期对比``) is the base of the comparison
   whatever word joins it (``_periods.compared_after``), so the figures after it are not of
   that year; not where another date follows the comparison word (``2015年相较于2014年``:
   2015 is the period).
2. **A title's base year is not the document's year.**  A first line that compares with a
   year (``较2022年减少2.2%``, ``与2015年相比``) or aims at one (``目标2030年``, and its list
   ``、2035年``) names no year of the document: the first other year, else none
   (``_reader._title_year``), so yearless dates under it are not lent the base.
3. **A 同期 comparison in traditional script.**  ``與2015年同期相比`` tells the period's year
   (the year after) as ``与2015年同期相比`` does (``same_period_year`` reads either script).
4. **A day-first stamp line** (``12.07.2018  08:48``, alone on its line with a time of day) is
   the page's date: ``截至7月9日`` under it is of 2018.
5. **A count's date written after its noun.**  ``全省9个设区市2016年平均优良天数比例为97.1%``:
   the count of places is of the date its measure is written with, right after the counted
   noun (``_periods.date_after_count``); not across a verb (``187个达到2010年要求``,
   ``214个城市发布了2016年…信息``, ``7个督察组于2017年4月…``) or a joined item (``6项和2020年应
   完成的10项``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

from envindicators.extract._periods import compared_after, date_after_count, same_period_year
from envindicators.extract._reader import _title_year
from envindicators.units import to_simplified

TITLE = "环境保护工作进展情况"


def _year(row: pd.Series) -> int | None:
    end = row["period_end"]
    return None if pd.isna(end) else pd.Timestamp(end).year


# --- 1. a year compared with ------------------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number", "base"),
    [
        ("重点行业产能集中度提高，和2007年相比，全国造纸行业的产品产量增加61%。", "61%", 2007),
        ("跟2015年相比，全市PM2.5平均浓度下降12%。", "12%", 2015),
        ("和2016年同期相比，全省受理信访举报增加320件。", "320件", 2016),
    ],
)
def test_year_compared_with_is_not_the_period(
    sentence: str, number: str, base: int, trad: bool
) -> None:
    row = report_row(f"{TITLE}\n{sentence}", number, hant=trad)
    assert _year(row) != base


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number", "year"),
    [
        # the year before 相较于 another year is the period, the second the base
        ("二林测站2015年相较于2014年，PM2.5浓度降低了15.6%。", "15.6%", 2015),
        # a period year, then its comparison
        ("2020年，全市空气优良天数比例为90.2%，与2019年相比上升2个百分点。", "90.2%", 2020),
        # 和 joining two years of a list is no comparison: the second keeps its figure
        ("2019年和2020年，全市共查处环境违法案件分别为120件、150件。", "150件", 2020),
        # 和 before a year with no word of comparison after it
        ("2020年，全市查处环境违法案件150件，和2019年的数量持平。", "150件", 2020),
    ],
)
def test_compared_negatives_keep_their_year(
    sentence: str, number: str, year: int, trad: bool
) -> None:
    row = report_row(f"{TITLE}\n{sentence}", number, hant=trad)
    assert _year(row) == year


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("和2007年相比，产量增加61%", 6, True),
        ("跟2015年同期相比，减少2天", 6, True),
        ("2013年的同期对比，下降5%", 5, True),
        ("2015年相较于2014年降低了15.6%", 5, False),
        ("2020年相比上年下降", 5, False),
        ("2020年全省PM2.5浓度为30微克", 5, False),
    ],
)
def test_compared_after(text: str, end: int, expected: bool, trad: bool) -> None:
    written = to_traditional(text) if trad else text
    assert compared_after(to_simplified(written), end) is expected


# --- 2. a title's base year -------------------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("都市固体废物弃置量连续两年下跌 较2022年减少2.2%", None),
        ("全省生态质量综合评价为二类，与2022年相比无明显变化", None),
        ("与2015年相比，2019年地表水质量优良比例上升8.9个百分点", 2019),
        ("PM2.5年平均浓度降至12.6，相较2019年的16.2改善22%，目标2030年降至10、2035年降至8", None),
        # negatives: a title's own year
        ("2022年江苏省生态环境状况公报", 2022),
        ("2021年全市PM2.5浓度较上年下降5%", 2021),
        ("2018年和2019年空气质量公报", 2018),
    ],
)
def test_title_year_skips_bases_and_aims(title: str, year: int | None, trad: bool) -> None:
    assert _title_year(to_traditional(title) if trad else title) == year


@pytest.mark.parametrize("trad", [False, True])
def test_title_base_year_lends_no_year(trad: bool) -> None:
    text = "全省PM2.5浓度与2015年相比下降20%\n1-6月，全省PM2.5平均浓度为40微克/立方米。"
    row = report_row(text, "40", hant=trad)
    assert _year(row) != 2015


@pytest.mark.parametrize("trad", [False, True])
def test_title_own_year_still_lends(trad: bool) -> None:
    text = "2022年全省空气质量通报\n1-6月，全省PM2.5平均浓度为40微克/立方米。"
    row = report_row(text, "40", hant=trad)
    assert _year(row) == 2022


# --- 3. a same-period comparison in either script ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("截止6月30日，重污染天氣與2015年同期相比減少2天", 2016),
        ("今年前7個月，優良天數比例為74.5%，較2015年同期上升4.2%", 2016),
        ("與2016年同期相比，各類案件數量有所增加", 2017),
        # negatives: the period's own year written, or no same period
        ("2019年1-10月，全省優良天數比例為90.9%，較2018年同期下降0.9", None),
        ("今年以來，PM2.5濃度較2015年下降10%", None),
    ],
)
def test_same_period_year_either_script(sentence: str, year: int | None) -> None:
    assert same_period_year(sentence) == year
    assert same_period_year(to_simplified(sentence)) == year


# --- 4. a day-first stamp line ----------------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("12.07.2018  08:48", "2018-07-09"),
        ("13.07.2018 10:05:11", "2018-07-09"),
        ("3.8.2018 18:37", "2018-07-09"),
    ],
)
def test_day_first_stamp_dates_as_of(stamp: str, day: str, trad: bool) -> None:
    text = (
        "中央环境保护督察组向南宁交办信访案件情况公示\n\n"
        f"{stamp}\n"
        "  截至7月9日，督察组已向南宁市交办32批群众举报案件共664件。"
    )
    row = report_row(text, "664件", hant=trad)
    assert row["period_end"] == pd.Timestamp(day)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "stamp",
    [
        "12.07.2018",  # no time of day: a version or a figure, not a stamp
        "版本 12.07.2018 08:48",  # not alone on its line
    ],
)
def test_day_first_without_stamp_form_gives_no_year(stamp: str, trad: bool) -> None:
    text = (
        "中央环境保护督察组向南宁交办信访案件情况公示\n\n"
        f"{stamp}\n"
        "  截至7月9日，督察组已向南宁市交办32批群众举报案件共664件。"
    )
    row = report_row(text, "664件", hant=trad)
    assert _year(row) != 2018


# --- 5. a count's date written after its noun -----------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number", "end"),
    [
        ("经过努力，全省9个设区市2016年平均优良天数比例为97.1%。", "9个", "2016-12-31"),
        ("全国337个地级及以上城市2019年3月平均优良天数比例为88.3%。", "337个", "2019-03-31"),
        ("监测显示，汾渭平原11个城市2018年12月平均优良天数比例为45.2%。", "11个", "2018-12-31"),
    ],
)
def test_count_takes_the_date_after_its_noun(
    sentence: str, number: str, end: str, trad: bool
) -> None:
    text = f"2020年1-3月全国空气质量状况\n{sentence}"
    row = report_row(text, number, hant=trad)
    assert row["period_end"] == pd.Timestamp(end)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("2015年，全国共214个城市发布了2016年固体废物污染环境防治信息，共计50万吨。", "214个"),
        ("2015年，第三批7个督察组于2017年4月24日进驻，受理举报1200件。", "7个"),
        ("2015年，全省9个设区市和2016年新设的2个市平均优良天数比例为97.1%。", "9个"),
    ],
)
def test_count_not_dated_across_a_verb(sentence: str, number: str, trad: bool) -> None:
    row = report_row(f"{TITLE}\n{sentence}", number, hant=trad)
    assert row["period_end"] == pd.Timestamp("2015-12-31")


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "e", "at"),
    [
        ("全省9个设区市2016年平均优良天数比例为97.1%", 4, 7),
        ("全国337个地级及以上城市2019年3月平均优良天数比例为88.3%", 6, 13),
    ],
)
def test_date_after_count(text: str, e: int, at: int, trad: bool) -> None:
    simplified = to_simplified(to_traditional(text) if trad else text)
    dates = pd.DataFrame({"start": [at], "end": [at + 5]})
    assert date_after_count(simplified, dates, e) == 0
    # no figure after the date in its clause: no measure dates the count
    assert date_after_count(simplified[: at + 5] + "。", dates, e) is None
