"""A page's stamp no longer stands for a period the page writes earlier (period35, issue 13).

A web page dated by its stamp (``發布日期: 2024-10-22``, ``发布时间:2025-05-16 15:00``) writes
the period of its figures once: ``今年前三季度，我国环境空气质量…`` then ``数据显示，…``; ``对
2025年1-4月全区城市环境质量状况进行排名`` above the ranking's sections.  The figures after it
that name no date of their own are of that span, not "as of the stamp": the stamp is only
the time of writing (``_reader._spans_before_stamp``).  Kept: a span of a month or more of
the stamp's year ending before the stamp; not one day, a whole year that has not ended, a
span of another year, nor a span written after the figure.

An update stamp among a header's fields (``文章来源:三晋都市报 更新时间:2009-9-30``) is a stamp
line too: it lends the text no year (as one opening its line), and it is never the page's
date.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

from envindicators.extract._reader import _page_date

STAMP = "发布日期: 2024-10-22 12:03:04 | 信息编号: 6788106 | 所属类别: 行业新闻 |"
TITLE = "全国环境质量状况"


# --- an earlier span stands for the stamp -------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("lead", "first", "last"),
    [
        # a relative run of months in the lead's clause (not opening its sentence)
        (
            "新闻发言人22日在例行新闻发布会上表示,今年前三季度,我国环境质量总体持续改善。",
            "2024-01-01",
            "2024-09-30",
        ),
        # a written year's run of months in a ranking's preamble
        ("对2024年1-8月全区城市环境质量状况进行排名,排名结果如下:", "2024-01-01", "2024-08-31"),
        # a half year
        ("今年上半年,全省生态环境质量持续改善。", "2024-01-01", "2024-06-30"),
        # a quarter, written with its year
        ("2024年第三季度全省环境质量状况通报如下。", "2024-07-01", "2024-09-30"),
    ],
)
def test_an_earlier_span_dates_the_undated_paragraphs(
    lead: str, first: str, last: str, trad: bool
) -> None:
    text = (
        f"{TITLE}\n{STAMP}\n{lead}\n"
        "数据显示,全国339个地级及以上城市平均空气质量优良天数比例为85.8%。\n"
        "地表水环境质量方面,水质优良断面比例为88.5%,同比上升1.4个百分点。"
    )
    for number in ("85.8%", "88.5%"):
        row = report_row(text, number, hant=trad)
        assert (row["period_start"], row["period_end"]) == (
            pd.Timestamp(first),
            pd.Timestamp(last),
        )
        # unsure, as the stamp was: the span is not written with the figure
        assert row["confidence"] != "high"


@pytest.mark.parametrize("trad", [False, True])
def test_the_nearest_earlier_span_wins(trad: bool) -> None:
    text = (
        f"{TITLE}\n{STAMP}\n今年上半年,全省生态环境质量持续改善。\n"
        "优良天数比例为85.8%。\n1-9月,全省重点工作推进有序。\n水质优良断面比例为88.5%。"
    )
    row = report_row(text, "85.8%", hant=trad)
    assert row["period_end"] == pd.Timestamp("2024-06-30")
    row = report_row(text, "88.5%", hant=trad)
    assert row["period_end"] == pd.Timestamp("2024-09-30")


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "lead",
    [
        # no span before the figure: as of the stamp, as before
        "全省生态环境质量持续改善。",
        # one day is the day of an event, not the period of what follows
        "10月21日,省生态环境厅召开新闻发布会。",
        # a span of another year (a comparison's) is no period of this page's figures
        "与2023年1-9月相比,全省生态环境质量持续改善。",
        # a whole year that has not ended at the stamp (in a comparison: no framing date)
        "与2024年全年目标相比,全省生态环境质量持续改善。",
    ],
)
def test_no_earlier_span_leaves_the_stamp(lead: str, trad: bool) -> None:
    text = f"{TITLE}\n{STAMP}\n{lead}\n数据显示,平均空气质量优良天数比例为85.8%。"
    row = report_row(text, "85.8%", hant=trad)
    assert pd.isna(row["period_start"])
    assert row["period_end"] == pd.Timestamp("2024-10-22")


@pytest.mark.parametrize("trad", [False, True])
def test_a_nearer_date_of_another_year_leaves_the_stamp(trad: bool) -> None:
    # the span no longer frames the figure once a paragraph of another year comes between
    text = (
        f"{TITLE}\n{STAMP}\n数据也证明成效,今年上半年（1至7月）全省臭氧红色警示日数归零。\n"
        "此外,监测资料显示,2023年全省PM2.5年均值降至13.9微克/立方米。\n"
        "全省布建500台微型感测器,即时监控空品异常。"
    )
    row = report_row(text, "500台", hant=trad)
    assert pd.isna(row["period_start"])
    assert row["period_end"] == pd.Timestamp("2024-10-22")


@pytest.mark.parametrize("trad", [False, True])
def test_a_span_since_stays_open(trad: bool) -> None:
    # 今年以来 runs to the time of writing: no span that has ended, left open as before
    text = f"{TITLE}\n{STAMP}\n今年以来,全省生态环境质量持续改善。\n数据显示,优良天数比例为85.8%。"
    row = report_row(text, "85.8%", hant=trad)
    assert row["period_start"] == pd.Timestamp("2024-01-01")
    assert pd.isna(row["period_end"])


@pytest.mark.parametrize("trad", [False, True])
def test_a_span_after_the_figure_is_not_taken(trad: bool) -> None:
    text = (
        f"{TITLE}\n{STAMP}\n数据显示,平均空气质量优良天数比例为85.8%。\n"
        "今年前三季度,全省重点工作推进有序。"
    )
    row = report_row(text, "85.8%", hant=trad)
    assert row["period_end"] == pd.Timestamp("2024-10-22")


@pytest.mark.parametrize("trad", [False, True])
def test_a_figure_s_own_date_still_wins(trad: bool) -> None:
    text = (
        f"{TITLE}\n{STAMP}\n今年前三季度,我国环境质量总体持续改善。\n"
        "9月,全国平均空气质量优良天数比例为90.2%。"
    )
    row = report_row(text, "90.2%", hant=trad)
    assert (row["period_start"], row["period_end"]) == (
        pd.Timestamp("2024-09-01"),
        pd.Timestamp("2024-09-30"),
    )


@pytest.mark.parametrize("trad", [False, True])
def test_without_a_stamp_nothing_changes(trad: bool) -> None:
    # no time of writing: 今年前三季度 has no year and nothing dates the later paragraph
    text = (
        f"{TITLE}\n今年前三季度,我国环境质量总体持续改善。\n"
        "数据显示,平均空气质量优良天数比例为85.8%。"
    )
    row = report_row(text, "85.8%", hant=trad)
    assert pd.isna(row["period_end"])


# --- an update stamp among a header's fields ----------------------------------------------


UPDATE = "作者:未知  文章来源:三晋都市报  更新时间:2009-9-30 10:41:08  文章录入:admin"


@pytest.mark.parametrize("trad", [False, True])
def test_an_update_stamp_among_fields_is_a_stamp_line_not_the_page_date(trad: bool) -> None:
    text = f"{TITLE}\n{UPDATE}\n全省优良天数比例为85.8%。"
    text = to_traditional(text) if trad else text
    found, spans = _page_date(text)
    assert found is None
    line = text.index("\n") + 1
    assert len(spans) == 1
    assert line <= spans[0][0] < text.index("\n", line)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("update", [UPDATE, "更新时间:2009-9-30 10:41:08"])
def test_an_update_stamp_lends_no_year(update: str, trad: bool) -> None:
    # 9月 under an update stamp (a repost's date): its year is not in the text, either way
    # the stamp is written (mid-line among fields or opening its line)
    text = f"{TITLE}\n{update}\n9月,全省优良天数比例为85.8%。"
    row = report_row(text, "85.8%", hant=trad)
    assert pd.isna(row["period_end"])


@pytest.mark.parametrize("trad", [False, True])
def test_a_publication_stamp_among_fields_still_wins_over_an_update(trad: bool) -> None:
    text = f"{TITLE}\n{UPDATE}\n来源:新华网 发布时间:2009-10-03 08:45\n正文。"
    text = to_traditional(text) if trad else text
    assert _page_date(text)[0] == dt.date(2009, 10, 3)
