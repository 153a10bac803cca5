"""Periods of hand check 32 — by year of a list, 今年 after a year over, 全年 (period44).

Rules of ``read_report``'s periods (issue 13):

1. **A list after a span of years, told one per year, gives each figure its own year.**
   ``2006年至2008年单位GDP能耗降低率分别修订为-2.74%、-5.04%、-5.20%`` (hand check 32, row 53):
   the k-th figure is the k-th year's (2006, 2007, 2008), where the list counts as many
   figures as the span years and only the span stands before 分别/依次
   (``_periods.listed_after_span`` with ``year_of_member``).  A list of members before
   分别 (``PM2.5和PM10分别…``) or another count of figures keeps the span (the latter
   flagged).
2. **A date after 今年 takes no year of a whole year told as over before it.**  Without a
   publication date or a dateline, ``2017年，我省完成…督察…。截至今年3月底`` (hand check 31,
   row 39) and ``110年空氣品質…達80.7%…。而今年1月份…`` (hand check 32, row 98): the earlier
   sentence opens with a whole year, over when the text was written; 今年 is a later year
   the text does not write — empty and flagged (``_periods.over_before_now``).  A year
   inside its clause, a name's year, the same sentence's year, a month or a day still lend.
3. **A sentence opening with 全年 is of the whole year** (hand check 32, row 13): not the
   month an earlier sentence wrote (``最高温为8月的35.4℃。全年酷热天气…达42日``: 2024, not
   August; ``_periods.whole_year_of``).
4. **A count of years is of the span of as many years its sentence writes** (hand check 32,
   rows 16 and 37): ``近10年(93~102年)`` 2004–2013, ``近5年…由107年…降至111年`` 2018–2022
   (``_periods.years_counted_span``); a span of another length is left.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.report_rows import first_figure_row, report_row, span_dates

from envindicators.extract._periods import (
    listed_after_span,
    over_before_now,
    whole_year_of,
    year_of_member,
    years_counted_span,
)

# --- 1. a list after a span of years, one figure per year ------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "year"),
    [
        (  # hand check 32, row 53 (the energy bulletin's revised rates)
            "根据第二次经济普查结果，2006年至2008年单位GDP能耗降低率分别修订为-2.74%、-5.04%、-5.20%。",
            "-2.74%",
            2006,
        ),
        (
            "根据第二次经济普查结果，2006年至2008年单位GDP能耗降低率分别修订为-2.74%、-5.04%、-5.20%。",
            "-5.04%",
            2007,
        ),
        (
            "根据第二次经济普查结果，2006年至2008年单位GDP能耗降低率分别修订为-2.74%、-5.04%、-5.20%。",
            "-5.20%",
            2008,
        ),
        (  # the levels' list, its unit written after the last
            "2005年至2008年全国单位GDP能耗分别修订为1.276、1.241、1.179、1.118吨标准煤/万元。",
            "1.241",
            2006,
        ),
        (  # 依次, a dash between the years
            "2019—2021年全市PM2.5年均浓度依次为41微克/立方米、38微克/立方米和35微克/立方米。",
            "38",
            2020,
        ),
    ],
)
def test_a_list_after_a_span_takes_its_year(text: str, number: str, year: int, trad: bool) -> None:
    row = report_row(text, number, hant=trad)
    assert span_dates(row) == (f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        (  # a list of members before 分别: one figure per pollutant, the span kept
            "2016年至2017年，全市PM2.5和PM10年均浓度分别下降30%、25%。",
            "25%",
            ("2016-01-01", "2017-12-31"),
        ),
        (  # two figures for a span of five years: no year each, the span kept
            "2013年至2017年，全市PM2.5年均浓度和优良天数比例分别下降30%、上升25%。",
            "30%",
            ("2013-01-01", "2017-12-31"),
        ),
        (  # no 分别: a figure of the whole span
            "2016年至2018年，全市共完成造林3.2万亩、1.5万亩。",
            "3.2万",
            ("2016-01-01", "2018-12-31"),
        ),
    ],
)
def test_a_list_not_told_by_year_keeps_the_span(
    text: str, number: str, span: tuple[str, str], trad: bool
) -> None:
    row = report_row(text, number, hant=trad)
    assert span_dates(row) == span


def test_a_list_of_another_count_is_flagged() -> None:
    text = "2014年至2017年全省单位GDP能耗降低率分别为5.1%、4.8%和5.5%。"
    row = report_row(text, "4.8%")
    assert span_dates(row) == ("2014-01-01", "2017-12-31")
    assert bool(row["needs_review"])


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("2006年至2008年单位GDP能耗降低率分别修订为-2.74%、-5.04%", "-5.04%", True),
        ("2019—2021年PM2.5浓度依次为41、38和35", "38", True),
        ("2016年至2017年，PM2.5和PM10分别下降30%、25%", "30%", False),
        ("2016年至2017年，PM2.5及PM10分别下降30%、25%", "30%", False),
        ("2016年至2017年PM2.5浓度下降30%、25%", "30%", False),
    ],
)
def test_listed_after_span(text: str, at: str, expected: bool) -> None:
    assert listed_after_span(text, text.index("年", 6) + 1, text.index(at)) is expected


def test_year_of_member_reads_yilie() -> None:
    """依次 says the figures are one per year, as 分别 does (the targets' rule)."""
    text = "2018—2020年依次完成改造4万户、3万户、2.5万户"
    at = np.array([text.index(v) for v in ("4万户", "3万户", "2.5万户")])
    ends = at + np.array([3, 3, 5])
    span = (0, pd.Timestamp(2018, 1, 1), pd.Timestamp(2020, 12, 31))
    units = np.array(["户"] * 3)
    years = [year_of_member(text, at, ends, units, k, span, (0, len(text))) for k in range(3)]
    assert years == [2018, 2019, 2020]


# --- 2. a date after 今年 takes no year of a whole year told before it -------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number"),
    [
        (  # hand check 31, row 39 (Sichuan's provincial inspection, no date of writing)
            "2017年，我省完成对21个市(州)的环保督察工作，共梳理出各类环境问题8924个。\n"
            "截至今年3月底，已有16个市(州)的整改完成率超过95%。",
            "95%",
        ),
        (  # hand check 32, row 98 (Kaohsiung: 110年's figures, then 今年1月份)
            "高雄市环保局表示，改善空污是市长的政见。110年空气品质AQI≦100比率达80.7%，"
            "连续两年突破8成。而今年1月份空气品质亦较去年同期有显著改善，空品良率64.5%。",
            "64.5%",
        ),
        (  # the bare month of that 今年's sentence
            "高雄市环保局表示，改善空污是市长的政见。110年空气品质AQI≦100比率达80.7%，"
            "连续两年突破8成。而今年1月份空气品质亦较去年同期有显著改善，空品良率64.5%，"
            "而1月PM2.5浓度亦较去年同期降低12.4%。",
            "12.4%",
        ),
    ],
)
def test_this_year_after_a_past_whole_year_is_unwritten(text: str, number: str, trad: bool) -> None:
    row = report_row(text, number, hant=trad)
    assert span_dates(row) == (None, None)
    assert bool(row["needs_review"])


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "span", "kwargs"),
    [
        (  # a month lends its year: it may be the year of writing
            "2018年6月，全省PM2.5平均浓度为31微克/立方米。今年8月，全省PM2.5平均浓度为25微克/立方米。",
            "25",
            ("2018-08-01", "2018-08-31"),
            {},
        ),
        (  # a date of publication: 今年 is its year
            "2017年，我省完成对21个市(州)的环保督察工作。截至今年3月底，已有16个市(州)完成整改。",
            "16个",
            (None, "2018-03-31"),
            {"published": "2018-04-18"},
        ),
        (  # a year inside its clause (the release of this year's results) lends
            "环保署28日公布2021年空气品质监测结果，各污染物浓度近5年均呈现下降趋势。"
            "今年1月至11月全国PM2.5年平均浓度为14.2微克/立方公尺。",
            "14.2",
            ("2021-01-01", "2021-11-30"),
            {},
        ),
        (  # a bare month, no 今年: the whole year before still lends
            "2017年，全市PM2.5年均浓度为45微克/立方米。12月，全市PM2.5浓度为60微克/立方米。",
            "60",
            ("2017-12-01", "2017-12-31"),
            {},
        ),
    ],
)
def test_this_year_keeps_a_year_it_may_be(
    text: str, number: str, span: tuple[str | None, str], kwargs: dict, trad: bool
) -> None:
    row = report_row(text, number, hant=trad, **kwargs)
    assert span_dates(row) == span


@pytest.mark.parametrize("trad", [False, True])
def test_this_year_of_the_same_sentence_keeps_its_year(trad: bool) -> None:
    """The year of the same sentence is 今年 (Tongzhou's plan: the deadline stays 2016)."""
    text = "2016年，通州区目标完成376台燃煤锅炉的淘汰，计划今年11月底前整治、淘汰到位。"
    row = first_figure_row(text, "376台", hant=trad)
    assert str(pd.Timestamp(row["deadline"]).date()) == "2016-11-30"


@pytest.mark.parametrize(
    ("text", "word", "lender", "days", "expected"),
    [
        ("2017年，我省完成督察。截至今年3月底", "今年", "2017年", (2017, 2017), True),
        ("全市110年AQI良率达80.7%。本年1月份", "本年", "110年", (2021, 2021), False),
        ("\n110年AQI良率达80.7%。而今年1月份", "今年", "110年", (2021, 2021), True),
        ("工程，2022年赤水河水质达到Ⅱ类。截至今年6月", "今年", "2022年", (2022, 2022), True),
        ("2017年度，我省完成督察。截至今年3月底", "今年", "2017年度", (2017, 2017), True),
        # 去年 is the year before the writing: not this rule's
        ("2017年，我省完成督察。去年3月", "去年", "2017年", (2017, 2017), False),
        # a year inside its clause, a name's year: the year of writing may be the one named
        ("环保署公布2021年空气品质监测结果。今年1月至11月", "今年", "2021年", (2021, 2021), False),
        ("“2018年夏季攻势”项目63个。今年6月", "今年", "2018年", (2018, 2018), False),
        # the same sentence: that year is 今年
        ("2016年，通州区目标完成376台，计划今年11月底前", "今年", "2016年", (2016, 2016), False),
        # a span of years
        ("2016—2017年，我省完成督察。今年3月", "今年", "2016—2017年", (2016, 2017), False),
    ],
)
def test_over_before_now(
    text: str, word: str, lender: str, days: tuple[int, int], expected: bool
) -> None:
    a = text.index(lender)
    at = text.index(word) + len(word)
    first, last = pd.Timestamp(days[0], 1, 1), pd.Timestamp(days[1], 12, 31)
    assert over_before_now(text, word, (a, a + len(lender)), at, first, last) is expected


# --- 3. a sentence opening with 全年 is of the whole year --------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "number",
    ["42日", "29日"],
)
def test_a_whole_year_sentence_is_not_the_months(number: str, trad: bool) -> None:
    """Hand check 32, row 13 (Macau): 8月 is the maximum's month, not the year's counts'."""
    text = (
        "统计暨普查局昨发布环境统计资料显示，2024年本澳平均气温为23.6摄氏度；最高温为8月的"
        "35.4摄氏度。全年酷热天气(日最高温在33℃或以上)达42日，热夜日数有29日。"
    )
    row = report_row(text, number, hant=trad)
    assert span_dates(row) == ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        (  # 全年 not opening the sentence: the month still dates it
            "2024年8月，全市完成造林3.1万亩。新增绿地面积120公顷，约为全年的四成。",
            "120公顷",
            ("2024-08-01", "2024-08-31"),
        ),
        (  # no 全年: the month an earlier sentence wrote still dates it
            "2024年8月，全市完成造林3.1万亩。新增绿地面积120公顷。",
            "120公顷",
            ("2024-08-01", "2024-08-31"),
        ),
    ],
)
def test_a_month_dates_a_sentence_not_of_the_whole_year(
    text: str, number: str, span: tuple[str, str], trad: bool
) -> None:
    row = report_row(text, number, hant=trad)
    assert span_dates(row) == span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("。全年酷热天气达42日", 2024),
        ("。全年度空气优良天数为300天", 2024),
        ("。全年任务完成85%", None),
        ("。全年内完成整改", None),
        ("。全年12个月均达标", None),
        ("。酷热天气达42日", None),
    ],
)
def test_whole_year_of(text: str, expected: int | None) -> None:
    month = pd.Series(
        {"first_day": pd.Timestamp(2024, 8, 1), "last_day": pd.Timestamp(2024, 8, 31)}
    )
    assert whole_year_of(text, 1, month) == expected
    year = pd.Series(
        {"first_day": pd.Timestamp(2024, 1, 1), "last_day": pd.Timestamp(2024, 12, 31)}
    )
    assert whole_year_of(text, 1, year) is None


# --- 4. a count of years is of the span of as many years its sentence writes -------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        (  # hand check 32, row 16 (Chiayi's vehicles: the span glosses the count)
            "嘉义市环保局表示，102年车辆登记共27万6,498辆，各类车辆近10年(93~102年)的总数为"
            "成长趋势，车辆数总计增加2万0,069辆。",
            "近10年",
            ("2004-01-01", "2013-12-31"),
        ),
        (  # hand check 32, row 37 (Chiayi County: 由107年…降至111年, five years)
            "嘉义县环保局表示，嘉义县近5年空气品质不良天数比例，由107年24.7%降至111年7.9%，逐年减少。",
            "近5年",
            ("2018-01-01", "2022-12-31"),
        ),
        (  # Gregorian years, a count in Chinese numerals
            "全市近四年PM2.5年均浓度持续下降，由2015年的52微克/立方米降至2018年的38微克/立方米。",
            "近四年",
            ("2015-01-01", "2018-12-31"),
        ),
    ],
)
def test_a_count_of_years_takes_its_span(
    text: str, number: str, span: tuple[str, str], trad: bool
) -> None:
    row = report_row(text, number, hant=trad)
    assert span_dates(row) == span


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        (  # two years written for a count of three: left as it was (no date of its own)
            "香港都市固体废物回收率连续3年上升，最新由2022年的32%升至2023年的33%。",
            "3年",
            (None, None),
        ),
        (  # a span of another length: left
            "2017年至2019年的澳门环境状况报告显示，固体废物量在十年间增长接近1.8倍。",
            "十年",
            ("2017-01-01", "2019-12-31"),
        ),
    ],
)
def test_a_count_of_years_of_another_length_is_left(
    text: str, number: str, span: tuple[str | None, str | None], trad: bool
) -> None:
    row = report_row(text, number, hant=trad)
    assert span_dates(row) == span


@pytest.mark.parametrize(
    ("written", "years", "expected"),
    [
        ("近5年", [(2018, 2018), (2022, 2022)], (0, 1)),
        ("近十年", [(2013, 2013), (2004, 2013)], (1, 1)),
        ("过去10年", [(1999, 2008)], (0, 0)),
        ("近4年", [(2018, 2018), (2022, 2022)], None),
        ("连续3年", [(2022, 2022), (2023, 2023)], None),
        ("10年", [(2013, 2013)], None),
        ("一年", [(2011, 2011)], None),
        ("3个月", [(2018, 2018), (2020, 2020)], None),
    ],
)
def test_years_counted_span(
    written: str, years: list[tuple[int, int]], expected: tuple[int, int] | None
) -> None:
    dates = pd.DataFrame(
        {
            "first_day": [pd.Timestamp(a, 1, 1) for a, _ in years],
            "last_day": [pd.Timestamp(b, 12, 31) for _, b in years],
        }
    )
    assert years_counted_span(written, dates) == expected
