"""The year a text lends its figures through a comparison, a gloss or a base year (period31).

Hand checks 18–20's period classes "a year the text writes left empty or taken from the
wrong year" (issue 13).  Rules, both scripts:

* **a period compared with the same period of a year is of the year after it**
  (:func:`~envindicators.extract._periods.same_period_year`): ``今年前7个月…较2015年同期上升``
  is 2016, as is a bare ``1—5月`` of such a sentence, flagged; not a sentence that writes
  its own year (``2019年1-10月…较2018年同期``), one comparing with two years' same
  periods, nor a comparison with a whole year (``较2015年下降``);
* **a relative year glossed inside its word** (``今(112)年``, ``去(109)年1-11月``,
  ``去（2021）年``: :func:`~envindicators.extract._periods.glossed_years`) is the year
  written, and fixes the text's other bare 今年; ``今(8)日`` is a day, no year;
* **an inventory's base year written without 年** (``105基準年``, ``基准年为2005``:
  :func:`~envindicators.extract._periods.base_years`) is the period of its figures (an ROC
  year only in a text of Taiwan);
* **a spaced text's word before a year** (``比 2005 年``, ``到 2025 年``) marks the year as a
  base or a deadline as it does unspaced; and ``由105年之20`` opens a change as
  ``由105年的20`` does (the level reached ``至今(112)年…13.9`` is no target).
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import day_of, read_text, written_row

from envindicators.extract._periods import base_years, glossed_years, same_period_year

# --- a period compared with the same period of a year -----------------------------------


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "number", "first", "last"),
    [
        (
            "空气质量情况\n今年前7个月，全区城市优良天数比例为74.5%，较2015年同期上升4.2%。",
            "74.5%",
            "2016-01-01",
            "2016-07-31",
        ),
        (
            "全市空气质量通报\n1-5月，全市优良天数比例为80.1%，较2016年同期上升3.2个百分点。",
            "80.1%",
            "2017-01-01",
            "2017-05-31",
        ),
        (
            "执法情况\n他说，今年1月至6月共查处案件2,456起，与2019年同期相比增长12%。",
            "2,456起",
            "2020-01-01",
            "2020-06-30",
        ),
        (  # 今年 fixed once holds in the text's other sentences
            "空气质量情况\n今年前7个月，全区优良天数比例为74.5%，较2015年同期上升4.2%。"
            "今年前7个月，全区平均优良天数达到159天，同比增加10天。",
            "159天",
            "2016-01-01",
            "2016-07-31",
        ),
    ],
)
def test_same_period_of_a_year_dates_the_year_after(text, number, first, last, trad):
    row = written_row(read_text(text, trad).observations, number)
    assert (day_of(row["period_start"]), day_of(row["period_end"])) == (first, last)
    assert bool(row["needs_review"])  # the year is inferred from the comparison


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "number", "end"),
    [
        # a comparison with a whole year, not its same period: no year lent
        (
            "空气质量情况\n今年以来，全市PM2.5浓度为35微克/立方米，较2015年下降10%。",
            "35微克/立方米",
            None,
        ),
        # the same periods of two years: which year is the figure's is not told
        (
            "空气质量情况\n今年前5个月，全市PM2.5浓度为35微克/立方米，较2019年同期下降10%，"
            "较2020年同期下降3%。",
            "35微克/立方米",
            None,
        ),
        # the period's own year is written: it stays
        (
            "空气环境\n2019年1-10月，全省优良天数比例为90.9%，较2018年同期下降0.9个百分点。",
            "90.9%",
            "2019-10-31",
        ),
    ],
)
def test_same_period_rule_leaves_other_comparisons(text, number, end, trad):
    row = written_row(read_text(text, trad).observations, number)
    assert day_of(row["period_end"]) == end


@pytest.mark.parametrize("trad", [True, False])
def test_same_period_year_before_a_stamp(trad):
    # a repost under a later stamp: the days are of the year after the one compared with
    text = (
        "我省收到第十批群众信访举报件\n发布时间：2022-06-10\n"
        "6月8日，督察组向我省转办信访举报件56件，与2016年同期相比增加20件。"
    )
    row = written_row(read_text(text, trad).observations, "56件")
    assert day_of(row["period_end"]) == "2017-06-08"
    assert bool(row["needs_review"])


def test_same_period_year_reads_the_comparison_of_its_sentence():
    assert same_period_year("今年1—9月，全省达标率为88%，比2012年同期提高3个百分点") == 2013
    assert same_period_year("前三季度，用水量和2020年的同期持平") == 2021
    assert same_period_year("较2015年同期上升，较2015年同期下降") == 2016
    assert same_period_year("今年以来，较2015年下降10%") is None
    assert same_period_year("2016年前7个月，较2015年同期上升") is None
    assert same_period_year("较2019年同期下降10%，较2020年同期下降3%") is None


# --- a relative year glossed inside its word ---------------------------------------------


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "number", "first", "last"),
    [
        (
            "台北市環保局表示，本市PM2.5年均濃度由103年19.6μg/m3改善至去(109)年1-11月12.1μg/m3。",
            "12.1μg/m3",
            "2020-01-01",
            "2020-11-30",
        ),
        (
            "環境部表示，全國細懸浮微粒年平均濃度已由105年之20微克/立方公尺，"
            "改善至今(112)年的13.9微克/立方公尺。",
            "13.9微克/立方公尺",
            "2023-01-01",
            "2023-12-31",
        ),
        (  # a bare 今年 of a text that glosses another relative year inside it
            "環境部表示，PM2.5濃度已改善至今(112)年的13.9微克/立方公尺。今年共淘汰老舊機車3萬輛。",
            "3萬輛",
            "2023-01-01",
            "2023-12-31",
        ),
        (
            "根據去（2021）年公布的統計，本市回收資源物8,765公噸。",
            "8,765公噸",
            "2021-01-01",
            "2021-12-31",
        ),
    ],
)
def test_relative_year_glossed_inside_is_the_year_written(text, number, first, last, trad):
    row = written_row(read_text(text, trad).observations, number)
    assert (day_of(row["period_start"]), day_of(row["period_end"])) == (first, last)


def test_level_reached_after_a_glossed_year_is_no_target():
    text = (
        "環境部表示，全國細懸浮微粒年平均濃度已由105年之20微克/立方公尺，"
        "改善至今(112)年的13.9微克/立方公尺。"
    )
    tables = read_text(text)
    assert "13.9微克/立方公尺" in set(tables.observations["value_text"])
    assert "13.9微克/立方公尺" not in set(tables.targets["value_text"])


def test_glossed_years_leaves_days_and_counts():
    assert glossed_years("今(8)日環保署動員18車組", []) == []
    assert glossed_years("近(5)年來", []) == []
    rows = glossed_years("去(109)年1-11月", [])
    assert [(r["text"], r["first_day"].year) for r in rows] == [("去(109)年", 2020)]
    assert glossed_years("去(109)年1-11月", [(0, 8)]) == []  # a date already found there


def test_a_deadline_after_a_time_word_stays_a_deadline():
    # 之后 after the opening year is a time after it, not the level at it
    text = "工作方案\n从2016年之后到2020年底前，全市要完成燃煤锅炉淘汰50台。"
    assert day_of(written_row(read_text(text).targets, "50台")["deadline"]) == "2020-12-31"


# --- an inventory's base year -------------------------------------------------------------


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "number", "year"),
    [
        (
            "臺東縣環保局空氣品質計畫成果\n依據TEDS10.1本縣105基準年TSP、PM10總排放量分別為10,284、"
            "4,644公噸。109年本縣PM2.5平均濃度為10.1微克/立方公尺。",
            "4,644公噸",
            2016,
        ),
        (
            "本縣空氣污染排放清冊\n環保署表示，依排放清冊基準年為108，本縣NOx排放量為2,345公噸；"
            "109年削減120公噸。",
            "2,345公噸",
            2019,
        ),
        ("温室气体清单\n清单基准年为2005，全省二氧化碳排放量为3.2亿吨。", "3.2亿吨", 2005),
    ],
)
def test_inventory_base_year_dates_its_figures(text, number, year, trad):
    row = written_row(read_text(text, trad).observations, number)
    assert pd.Timestamp(row["period_end"]).year == year


def test_base_years_reads_roc_years_only_in_a_text_of_taiwan():
    empty = pd.DataFrame(columns=["start", "end", "text", "category", "first_day", "last_day"])
    assert base_years("以105基准年核算", empty, roc=False).empty
    got = base_years("以2005基准年核算，基準年為108", empty, roc=True)
    assert [(t, f.year) for t, f in zip(got["text"], got["first_day"], strict=True)] == [
        ("2005基准年", 2005),
        ("基準年為108", 2019),
    ]
    assert base_years("基準年為108年", empty, roc=True).empty  # the parser reads 108年
    assert base_years("第1.5基準年", empty, roc=True).empty


# --- a spaced text's word before a year -----------------------------------------------------


@pytest.mark.parametrize("trad", [True, False])
def test_spaced_comparison_year_is_a_base(trad):
    text = (
        "溫室氣體排放統計\n數據顯示，2022 年總溫室氣體排放量為 285.97 百萬公噸，"
        "較 2021 年減少 4.07%，比 2005 年基準年減少 1.77%。"
    )
    row = written_row(read_text(text, trad).observations, "減少 1.77%")
    assert pd.Timestamp(row["period_end"]).year == 2022
    assert str(row["baseline_period"]) == "2005"


@pytest.mark.parametrize("trad", [True, False])
def test_spaced_stamp_after_yu_is_no_deadline(trad):
    # 发表于 2020-10-29: a page's stamp, not a deadline after 于: the batch's day lends it
    text = (
        "发表于 2020-10-29 16:01:10\n10月29日，督察组向我市移交第十三批群众信访举报件10件。"
        "截至当日，我市已累计收到信访举报件102件。"
    )
    row = written_row(read_text(text, trad).observations, "102件")
    assert day_of(row["period_end"]) == "2020-10-29"


@pytest.mark.parametrize("trad", [True, False])
def test_spaced_aim_year_is_a_deadline(trad):
    text = "重污染天气消除攻坚行动方案\n到 2025 年，全国重度及以上污染天数比率控制在 1%以内。"
    row = written_row(read_text(text, trad).targets, "1%以内")
    assert day_of(row["deadline"]) == "2025-12-31"
