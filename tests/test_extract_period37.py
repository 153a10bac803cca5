"""Periods of hand check 25 — years written and left empty, spans, a stationing's end (period37).

Rules of ``read_report``'s periods (issue 13):

1. **Years written and left empty.**  An ROC year written digit by digit in Chinese numerals
   (``一一二年`` = 2023, ``一○○年``; ``regions.ROC_TENS``, the one home of the Chinese
   numeral forms), and a quarter or a half written right after a year without its 年
   (``2020第三季度``, ``2021上半年``; ``units.dates``) are read.
2. **Spans.**  A span of months whose ends are named relative to the time of writing
   (``去年4月到今年9月``) is one period, never its last month; an ROC year's span of months
   with 月 on both ends (``112年1月至9月``) is the span, not its first month.
3. **A stationing's end.**  ``截至督察进驻结束`` dates a figure at the end of the stationing
   the text wrote before (``于8月29日至9月28日进驻``); where the text writes none, the period
   is empty and flagged, never the publication date.
4. **A batch's day told as 今天.**  ``吉林日报9月17日讯…今天，我省接到…第二十二批…196件``: the
   dateline's day, as a bare ``7日，`` after it already was.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from tests.report_rows import report_row

from envindicators.units import find_dates

TITLE = "环境保护工作进展情况"
TW_TITLE = "環境部空氣污染物排放清冊說明"


# --- 1. years written and left empty ---------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number", "year"),
    [
        ("環境部說明,一一二年我國列管工廠數增加0.32%。", "0.32%", 2023),
        ("環境部統計,一一○年全國細懸浮微粒年平均濃度為14.4微克。", "14.4", 2021),
        ("本署一○○年共查核工廠120家。", "120家", 2011),
        ("環境部統計,一一二年上半年共稽查工廠350家。", "350家", 2023),
    ],
)
def test_roc_year_digit_by_digit(sentence: str, number: str, year: int, trad: bool) -> None:
    row = report_row(f"{TW_TITLE}\n{sentence}", number, hant=trad)
    assert pd.Timestamp(row["period_end"]).year == year
    assert pd.Timestamp(row["period_start"]).year == year


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # a count of years in numerals is no year (一二年 is not of the form; 十二年 is a span)
        ("環境部說明,本計畫執行十二年共查核工廠120家。", "120家"),
        # a longer numeral holding the digits: no year
        ("環境部說明,共計一一一二年次查核,發現缺失35件。", "35件"),
    ],
)
def test_roc_digit_form_negatives(sentence: str, number: str, trad: bool) -> None:
    row = report_row(f"{TW_TITLE}\n{sentence}", number, hant=trad)
    assert pd.isna(row["period_end"])


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("2020第三季度全省功能区监测", "2020-07-01", "2020-09-30"),
        ("2021上半年全市空气质量", "2021-01-01", "2021-06-30"),
        ("2019三季度噪声监测", "2019-07-01", "2019-09-30"),
        ("2018下半年", "2018-07-01", "2018-12-31"),
    ],
)
def test_quarter_or_half_after_a_year_without_nian(written: str, first: str, last: str) -> None:
    d = find_dates(written)
    assert len(d) == 1
    assert d["first_day"].iloc[0] == pd.Timestamp(first)
    assert d["last_day"].iloc[0] == pd.Timestamp(last)


@pytest.mark.parametrize("written", ["共2020件", "2020第5季度", "编号2020第三批", "2020个季度"])
def test_bare_number_without_a_part_stays_no_date(written: str) -> None:
    assert find_dates(written).empty


@pytest.mark.parametrize("trad", [False, True])
def test_quarter_without_nian_dates_the_report(trad: bool) -> None:
    text = f"{TITLE}\n2020第三季度全省城市功能区共监测286点次,昼间达标率为86.0%。"
    row = report_row(text, "86.0%", hant=trad)
    assert row["period_start"] == pd.Timestamp("2020-07-01")
    assert row["period_end"] == pd.Timestamp("2020-09-30")


# --- 2. spans ---------------------------------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("span", "first", "last"),
    [
        ("去年4月到今年9月", "2024-04-01", "2025-09-30"),
        ("上年10月至今年3月", "2024-10-01", "2025-03-31"),
        ("去年12月—今年2月", "2024-12-01", "2025-02-28"),
    ],
)
def test_relative_span_is_the_span(span: str, first: str, last: str, trad: bool) -> None:
    text = f"{TITLE}\n市环保局统计,{span}共受理噪音投诉1200件。"
    row = report_row(text, "1200件", hant=trad, published=dt.date(2025, 10, 20))
    assert row["period_start"] == pd.Timestamp(first)
    assert row["period_end"] == pd.Timestamp(last)


@pytest.mark.parametrize("trad", [False, True])
def test_relative_span_without_time_of_writing_is_not_its_last_month(trad: bool) -> None:
    text = f"{TITLE}\n市环保局统计,去年4月到今年9月共受理噪音投诉1200件。"
    row = report_row(text, "1200件", hant=trad)
    assert str(row["period_text"]).startswith("去年4月")
    assert pd.isna(row["period_end"])
    assert "year is not in the text" in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
def test_relative_month_alone_unchanged(trad: bool) -> None:
    # a single relative month keeps its reading (not a span)
    text = f"{TITLE}\n今年9月共受理噪音投诉1200件。"
    row = report_row(text, "1200件", hant=trad, published=dt.date(2025, 10, 20))
    assert row["period_start"] == pd.Timestamp("2025-09-01")
    assert row["period_end"] == pd.Timestamp("2025-09-30")


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number", "last"),
    [
        ("本局統計112年1月至9月共協助18鄉鎮市公所清運輪胎82車次。", "82车次", "2023-09-30"),
        ("本局統計自112年1月至10月,新增重大環保污染案件23件。", "23件", "2023-10-31"),
        ("本局統計111年3月~11月共稽查工廠45家。", "45家", "2022-11-30"),
    ],
)
def test_roc_month_span_is_the_span(sentence: str, number: str, last: str, trad: bool) -> None:
    row = report_row(f"{TW_TITLE}\n{sentence}", number, hant=trad)
    assert pd.Timestamp(row["period_end"]) == pd.Timestamp(last)
    assert pd.Timestamp(row["period_start"]).month in (1, 3)


@pytest.mark.parametrize("trad", [False, True])
def test_roc_month_and_day_range_unchanged(trad: bool) -> None:
    # 109年4月16日至109年12月31日 stays the range of days (joined as before)
    text = f"{TW_TITLE}\n本計畫自109年4月16日至109年12月31日共稽查工廠45家。"
    row = report_row(text, "45家", hant=trad)
    assert row["period_start"] == pd.Timestamp("2020-04-16")
    assert row["period_end"] == pd.Timestamp("2020-12-31")


# --- 3. a stationing's end --------------------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("cue", ["截至督察进驻结束", "截至督察组进驻结束", "截至进驻结束"])
def test_stationing_end_written_before(cue: str, trad: bool) -> None:
    text = (
        f"{TITLE}\n省委第二环境保护督察组于2017年8月29日至9月28日进驻西安市开展督察。"
        f"{cue},共收到群众举报2069件。"
    )
    row = report_row(text, "2069件", hant=trad, published=dt.date(2017, 10, 21))
    assert row["period_end"] == pd.Timestamp("2017-09-28")
    assert "stationing's end" in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "closed",
    [
        "截至9月28日,三个省委环保督察组顺利完成督察进驻各项任务。",
        "9月28日,三个督察组结束督察进驻,转入整改督办。",
    ],
)
def test_stationing_end_told_closed_before(closed: str, trad: bool) -> None:
    text = (
        f"{TITLE}\n陕西省第二批督察组于2017年8月至9月开展督察工作。{closed}"
        "截至督察进驻结束,共收到群众举报2069件。"
    )
    row = report_row(text, "2069件", hant=trad, published=dt.date(2017, 10, 21))
    assert row["period_end"] == pd.Timestamp("2017-09-28")


@pytest.mark.parametrize("trad", [False, True])
def test_stationing_closed_told_on_a_day_is_unsure(trad: bool) -> None:
    # 1月18日，记者…了解到，…完成进驻: the day the news is told, not the stationing's end
    text = (
        f"{TITLE}\n1月18日,记者从省生态环境厅了解到,第一、第二督察组目前全面完成督察进驻工作。"
        "截至进驻结束,各督察组共收到群众举报投诉28件。"
    )
    row = report_row(text, "28件", hant=trad, published=dt.date(2022, 1, 19))
    assert pd.isna(row["period_end"])
    assert "does not date" in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
def test_stationing_end_not_written_is_unsure(trad: bool) -> None:
    text = f"{TITLE}\n截至督察进驻结束,共收到群众举报2069件,受理有效举报1364件。"
    for number in ("2069件", "1364件"):
        row = report_row(text, number, hant=trad, published=dt.date(2017, 10, 21))
        assert pd.isna(row["period_end"])  # not the publication date
        assert bool(row["needs_review"])
        assert "does not date" in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
def test_stationing_end_with_own_date_and_no_cue_unchanged(trad: bool) -> None:
    # a date of the figure's own sentence wins; a sentence without the cue is as before
    text = f"{TITLE}\n截至2017年9月20日,共收到群众举报1800件。"
    row = report_row(text, "1800件", hant=trad, published=dt.date(2017, 10, 21))
    assert row["period_end"] == pd.Timestamp("2017-09-20")
    text = f"{TITLE}\n全市共收到群众举报1800件。"
    row = report_row(text, "1800件", hant=trad, published=dt.date(2017, 10, 21))
    assert row["period_end"] == pd.Timestamp("2017-10-21")


# --- 4. a batch's day told as 今天 under a dateline --------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("lead", "number"),
    [
        ("吉林日报9月17日讯(记者刘姗姗)今天,我省接到中央第一生态环境保护督察组交办的"
         "第二十二批群众信访举报案件196件(重点案件16件)。", "16件"),
        ("湖南日报5月6日讯(记者李璐)中央第六生态环境保护督察组今天向湖南省交办第三十批"
         "信访件77件。", "77件"),
    ],
)  # fmt: skip
def test_today_after_a_dateline_is_its_day(lead: str, number: str, trad: bool) -> None:
    row = report_row(f"{TITLE}\n{lead}", number, hant=trad, published=dt.date(2021, 9, 18))
    assert pd.Timestamp(row["period_end"]).month in (5, 9)
    assert pd.Timestamp(row["period_end"]).day in (6, 17)


@pytest.mark.parametrize("trad", [False, True])
def test_today_of_telling_is_no_period(trad: bool) -> None:
    # 今天公布: when the news is told; the figures' year is written with them
    text = f"{TITLE}\n中央社台北2月11日电 环保署今天公布2008年空气品质监测结果,不良日数比例为2.1%。"
    row = report_row(text, "2.1%", hant=trad, published=dt.date(2009, 2, 11))
    assert row["period_start"] == pd.Timestamp("2008-01-01")
    assert row["period_end"] == pd.Timestamp("2008-12-31")
