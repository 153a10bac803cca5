"""Periods of hand check 27 — a news dateline's day, a text's only 同期 year, a day-first stamp
whose day and month could be swapped, a year told of another place (period39).

Rules of ``read_report``'s periods (issue 13):

1. **A news dateline is the time of writing when the text gives its year.**  ``本报7月25日讯``
   opening a report (``_periods.news_dateline``: in its first lines) whose year is the one
   year of the days the text writes in full near it (``督察组定于2018年7月25日至8月
   13日…``) is the report's day: ``截至目前`` is 2018-07-25 and ``2018年1月至今`` ends on it,
   flagged.  Days near it of two years, no such day, a dateline deeper in the text, a title's
   year (its data's: ``2017年…通报`` under ``1月24日讯`` was written in 2018): nothing.
2. **A text's only year, the base of a 同期 comparison, tells the year after it.**
   ``今年1月至5月…。…与2016年同期相比…`` (the 同期 in another sentence): the yearless span is of
   2017, flagged; not where the text writes another year, nor for a comparison with a year
   that is not its same period (``比2016年``).
3. **A day-first stamp whose day and month are both 12 or less is flagged.**
   ``05.03.2021  08:48`` is read day first (period38's convention) but a row dated by that day
   is low confidence with a note: 3 May is as likely.  ``25.03.2021`` and ``05.05.2021`` are sure.
4. **A year does not cross into another place's sentence or clause.**  ``西藏自治区…，2022年共治理
   …。新疆维吾尔自治区…建成…102座`` (or ``；``): the year is Tibet's; Xinjiang's figure does not
   take it (``_periods.of_another_place``).  A date opening the paragraph (``2022年，西藏…。新疆…``)
   frames both; the same place, a place within the other (a province's tally, its cities'
   parts), or one sentence keeps it.
5. **A statistical period written once in an aside dates what follows.**  ``主动稽巡查作业(统计
   期间110年3月~111年1月) 1. …10处…47件``: an aside that is a date under a label naming it the
   period (统计期间, 统计时间 …) frames the figures after it, as an aside that is the date alone
   does (``_periods.outside_asides``); another aside (``(2010年规划目标为<22%)``) dates only itself.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

from envindicators.extract._periods import news_dateline, of_another_place
from envindicators.units import to_simplified


def _end(row: pd.Series) -> str | None:
    end = row["period_end"]
    return None if pd.isna(end) else str(pd.Timestamp(end).date())


def _year(row: pd.Series) -> int | None:
    end = row["period_end"]
    return None if pd.isna(end) else pd.Timestamp(end).year


# --- 1. a news dateline -----------------------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "end"),
    [
        (  # the year of the stationing written near the dateline's day
            "省第一环保督察组进驻长沙\n本报7月25日讯 今天，督察组进驻长沙市。\n"
            "据统计，今年以来，长沙截至目前已开展环保执法行动450次。\n"
            "督察组定于2018年7月25日至8月13日开展督察。",
            "450次",
            "2018-07-25",
        ),
        (  # a petitions batch's day in full
            "海南日报海口12月7日讯 12月7日，督察组向我省转办第十六批信访件52件。"
            "截至目前，海口市共查处环境违法案件300件。督察组于2023年11月18日进驻海南。",
            "300件",
            "2023-12-07",
        ),
        (  # 至今 ends on the dateline's day
            "督察组进驻\n本报7月25日讯 2018年1月至今，长沙市共查处环境违法案件120件。"
            "督察组定于2018年7月26日进驻。",
            "120件",
            "2018-07-25",
        ),
    ],
)
def test_news_dateline_is_the_time_of_writing(text: str, number: str, end: str, trad: bool) -> None:
    row = report_row(text, number, hant=trad)
    assert _end(row) == end
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])
    assert "news dateline" in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # days of two years near the dateline's: no year guessed
        "督察组进驻\n本报7月25日讯 截至目前长沙已开展执法行动450次。\n"
        "督察组于2016年7月20日进驻，2018年7月26日反馈。",
        # no day written with its year
        "督察组进驻\n本报7月25日讯 截至目前长沙已开展执法行动450次。",
        # a day of the year far from the dateline's (not the report's days)
        "督察组进驻\n本报7月25日讯 截至目前长沙已开展执法行动450次。\n方案于2016年3月1日印发。",
        # the title's year is its data's, not the writing's (a January report of last year)
        "2017年执法情况通报\n湖南日报1月24日讯 截至目前长沙已开展执法行动450次。",
    ],
)
def test_news_dateline_without_its_year_leaves_the_end_open(text: str, trad: bool) -> None:
    row = report_row(text, "450次", hant=trad)
    assert _end(row) is None


@pytest.mark.parametrize("trad", [False, True])
def test_news_dateline_reads_either_script(trad: bool) -> None:
    text = "本报7月25日讯 今天，督察组进驻长沙。督察组定于2018年7月25日至8月13日开展督察。"
    text = to_traditional(text) if trad else text
    assert news_dateline(to_simplified(text)) == pd.Timestamp("2018-07-25")


def test_news_dateline_deep_in_the_text_is_none() -> None:
    text = "标题\n第一段。\n第二段。\n第三段。\n本报7月25日讯 督察组于2018年7月25日进驻。"
    assert news_dateline(text) is None


@pytest.mark.parametrize("trad", [False, True])
def test_a_page_stamp_keeps_its_own_rules(trad: bool) -> None:
    # a web page's stamp is the page's date: the news dateline below it is not read
    text = (
        "督察组进驻\n2020-07-03 08:48 来源:长沙晚报\n本报7月25日讯 截至目前已开展执法行动450次。"
        "督察组定于2018年7月25日进驻。"
    )
    row = report_row(text, "450次", hant=trad)
    assert "news dateline" not in str(row["note"])


# --- 2. a text's only year is a 同期 base ----------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "start", "end"),
    [
        (
            "执法通报\n今年1月至5月，全国共查处案件392起。\n他说，与2016年同期相比，案件总数增长201%。",
            "392起",
            "2017-01-01",
            "2017-05-31",
        ),
        (
            "执法通报\n1—9月，全省共查处环境违法案件1200件。\n较2019年同期，案件数增加15%。",
            "1200件",
            "2020-01-01",
            "2020-09-30",
        ),
    ],
)
def test_text_with_only_a_same_period_year(
    text: str, number: str, start: str, end: str, trad: bool
) -> None:
    row = report_row(text, number, hant=trad)
    assert str(pd.Timestamp(row["period_start"]).date()) == start
    assert _end(row) == end
    assert row["confidence"] == "low"
    assert "同期" in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # another year written in the text: the base alone does not tell
        "执法通报\n今年1月至5月，全国共查处案件392起。\n他说，与2016年同期相比，案件总数增长201%。"
        "2015年全国查处案件100起。",
        # a comparison with a year, not its same period
        "执法通报\n1月至5月，全国共查处案件392起。\n他说，比2016年增长201%。",
    ],
)
def test_same_period_year_negatives(text: str, trad: bool) -> None:
    row = report_row(text, "392起", hant=trad)
    assert _year(row) != 2017


# --- 3. a day-first stamp whose day and month could be swapped ---------------------------


_BODY = "按污染类型分析，南宁市交办的信访案件中，工业废气127件、生态类97件。"


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("stamp", "end"), [("05.03.2021", "2021-03-05"), ("12.07.2018", "2018-07-12")]
)
def test_swappable_day_first_stamp_is_flagged(stamp: str, end: str, trad: bool) -> None:
    row = report_row(f"信访公示\n{stamp}  08:48\n{_BODY}", "97件", hant=trad)
    assert _end(row) == end  # read as the library's convention says (day.month.year)
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])
    assert "day first" in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("stamp", "end"), [("25.03.2021", "2021-03-25"), ("05.05.2021", "2021-05-05")]
)
def test_sure_day_first_stamp_is_not_flagged(stamp: str, end: str, trad: bool) -> None:
    row = report_row(f"信访公示\n{stamp}  08:48\n{_BODY}", "97件", hant=trad)
    assert _end(row) == end
    assert "day first" not in str(row["note"])


# --- 4. a year told of another place -----------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "整改情况\n西藏自治区实施工程，2022年共治理水土流失942.88平方公里。"
        "新疆维吾尔自治区共建成污水处理厂102座。",
        "整改情况\n西藏自治区2022年共治理水土流失942.88平方公里；新疆维吾尔自治区共建成污水处理厂102座。",
        "整改情况\n四川省2021年共完成造林120万亩。云南省共建成污水处理厂102座。",
    ],
)
def test_year_does_not_cross_into_another_place(text: str, trad: bool) -> None:
    row = report_row(text, "102座", hant=trad)
    assert _year(row) not in (2021, 2022)
    assert "another place" in str(row["note"])
    assert row["confidence"] != "high"  # unsure: the period it would have had is not its own


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the date opens the paragraph: it frames both places
        (
            "整改情况\n2022年，西藏自治区共治理水土流失942.88平方公里。新疆维吾尔自治区共建成污水处理厂102座。",
            2022,
        ),
        # the same place
        (
            "整改情况\n西藏自治区实施工程，2022年共治理水土流失942.88平方公里。西藏自治区共建成污水处理厂102座。",
            2022,
        ),
        # one sentence
        (
            "整改情况\n四川省实施工程，2022年共治理水土流失942.88平方公里，全省共建成污水处理厂102座。",
            2022,
        ),
        # a province's tally and its cities' parts: the whole's date is its parts'
        (
            "整改情况\n吉林省2021年共完成造林120万亩。长春市共建成污水处理厂102座。",
            2021,
        ),
    ],
)
def test_year_kept_within_its_place(text: str, year: int, trad: bool) -> None:
    row = report_row(text, "102座", hant=trad)
    assert _year(row) == year


def test_of_another_place_needs_both_places() -> None:
    t = "全区实施工程，2022年共治理942平方公里。新疆维吾尔自治区共建成102座"
    starts, names = np.array([t.index("新疆")]), np.array(["新疆维吾尔自治区"])
    assert not of_another_place(t, t.index("2022"), t.index("102"), 0, starts, names)


# --- 5. a statistical period written once in an aside --------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "start", "end"),
    [
        (
            "二、主动稽巡查作业(统计期间2021年3月~2022年1月) 1. 台东县易遭弃置废弃物地点选取10处"
            "地点架设摄影设备，已执行133处次，共查获47件违规行为。",
            "47件",
            "2021-03-01",
            "2022-01-31",
        ),
        (
            "三、噪音稽查（统计时间：2020年7月）：台东县共稽查噪音车辆35辆。",
            "35辆",
            "2020-07-01",
            "2020-07-31",
        ),
    ],
)
def test_period_label_in_an_aside_dates_what_follows(
    text: str, number: str, start: str, end: str, trad: bool
) -> None:
    row = report_row(text, number, hant=trad)
    assert str(pd.Timestamp(row["period_start"]).date()) == start
    assert _end(row) == end


@pytest.mark.parametrize("trad", [False, True])
def test_other_aside_dates_only_itself(trad: bool) -> None:
    text = "2019年，全省劣Ⅴ类水质比例为20.6%(2010年规划目标为<22%)，优良比例为95.6%。"
    row = report_row(text, "95.6%", hant=trad)
    assert _year(row) == 2019
