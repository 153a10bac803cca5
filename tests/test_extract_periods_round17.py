"""Periods of ``read_report``, round 17 (issue 13, branch period17).

The year a figure belongs to when its clause does not say it:

* the document's own year: a bulletin or a fiscal year's plan named in the lead
  (``发布《2020中国生态环境状况公报》``, ``发布2022年《…公报》``, ``发布二00七年…公报``,
  ``113年度「…计画」``) dates the figures no clause or paragraph dates — confidence below
  high, flagged where the text dates other figures in other years; a year the clause
  writes always wins; a year compared with (``与2022年相比``) names no document;
* a text of a Taiwan county or city (屏東縣) reads ROC years (``113年``);
* a date after ``统计至``/``资料统计到``/``数据截至`` is the point the figures are tallied to;
* without a time of writing, a bare 去年 set against a written year in its sentence
  is the year after it (the same word alike throughout the text), and 今年 the year a
  title names; low and flagged; 去年 alone stays empty;
* a figure in a year column of a table flattened into text takes its column's year;
  a row that cannot be aligned is empty and flagged;
* a date in parentheses dates only its aside; an event said to run since a date
  (``成立至今``) lends no year; a yearless date after 今年 takes no other date's year.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import examples
from tests.report_rows import report_row, report_rows
from tests.scripts import SCRIPTS, in_script

from envindicators.extract import read_report
from envindicators.extract._periods import outside_asides, year_columns
from envindicators.extract._reader import _lead_year_document


def _year(row: pd.Series) -> int | None:
    end = row["period_end"]
    return None if pd.isna(end) else pd.Timestamp(end).year


# ---------------------------------------------------------------------------------------
# 1. The document's own year, named in the lead
# ---------------------------------------------------------------------------------------
LEADS = {
    "26日,生态环境部发布《2020中国生态环境状况公报》。": 2020,
    "5月29日,生态环境部发布2022年《中国生态环境状况公报》。报告显示,质量改善。": 2022,
    "中新社北京七月十四日电 官方十四日发布二00七年各省单位GDP能耗等指标公报,称能耗下降。": 2007,
    "生态环境部今日公布二〇二三年中国生态环境状况公报,全国质量改善。": 2023,
    "省生态环境厅发布《2019年全省生态环境质量报告》，全省质量稳中向好。": 2019,
}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("lead", "year"), list(LEADS.items()))
def test_the_lead_names_the_document_of_a_year(lead: str, year: int, script: str) -> None:
    text = in_script(f"全国生态环境质量保持改善\n\n{lead}\n\n", script)
    assert _lead_year_document(text, False) == year


@pytest.mark.parametrize(
    "text",
    [
        "2021年,全省新建污水管网86公里。",  # a year, but no document of a year
        "生态环境部发布《关于加强督察整改的通知》,要求各地落实。",  # a document, no year
        "发布《2020年公报》和《2021年公报》，两年对比。",  # two years: none
        "本報告針對113年度「屏東縣固定污染源管制計畫」的執行成果,進行說明。",  # ROC, not Taiwan's
    ],
)
def test_no_document_year_in_the_lead(text: str) -> None:
    assert _lead_year_document(text, False) is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_roc_fiscal_year_plan_in_a_taiwan_text(script: str) -> None:
    text = in_script("本报告针对113年度「屏东县固定污染源管制计画」的执行成果，进行说明。", script)
    assert _lead_year_document(text, True) == 2024


BULLETIN = (
    "全国生态环境质量持续改善\n"
    "（时间:2021-5-26 11:09:11）\n"
    "26日,生态环境部发布《2020中国生态环境状况公报》。公报介绍了大气、淡水和海洋的状况。\n"
    "淡水环境方面,劣Ⅴ类断面比例为0.6%,同比下降2.8个百分点。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_undated_figure_takes_the_lead_document_year(script: str) -> None:
    row = report_row(in_script(BULLETIN, script), "0.6%")
    assert row["period_start"] == pd.Timestamp(2020, 1, 1)
    assert row["period_end"] == pd.Timestamp(2020, 12, 31)
    assert row["confidence"] != "high"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_clause_year_wins_over_the_document_year(script: str) -> None:
    text = BULLETIN + "2019年,全国劣Ⅴ类断面比例为3.4%。\n"
    row = report_row(in_script(text, script), "3.4%")
    assert _year(row) == 2019
    other = report_row(in_script(text, script), "0.6%")
    assert _year(other) == 2020
    assert other["needs_review"]  # the text dates another figure in 2019: to check
    assert "other years" in other["note"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_compared_year_names_no_document(script: str) -> None:
    text = in_script(
        "全国自然生态状况总体稳定,生态质量指数值为59.6,与2022年相比无明显变化,"
        "生态状况良好,质量状况稳定。\n一类水质海域面积占管辖海域面积的97.9%。\n",
        script,
    )
    row = report_row(text, "97.9%")
    assert _year(row) != 2022


@given(year=st.integers(1995, 2030), n=st.integers(2, 999), clause=st.booleans())
@examples(40)
def test_property_the_title_year_dates_every_undated_figure(
    year: int, n: int, clause: bool
) -> None:
    """A document titled for year Y whose clauses give no year reads every figure as of Y,
    below high confidence; a year written in the clause always wins."""
    other = year - 1
    lead = f"{other}年，" if clause else ""
    text = (
        f"{year}年全省生态环境状况公报\n"
        f"全省生态环境质量总体稳定。\n{lead}全省共检查企业{n}家，立案处罚{n + 1}家。\n"
    )
    o = report_rows(text)
    assert len(o) >= 2
    for _, row in o.iterrows():
        if clause:
            assert _year(row) == other
        else:
            assert row["period_start"] == pd.Timestamp(year, 1, 1)
            assert row["period_end"] == pd.Timestamp(year, 12, 31)
            assert row["confidence"] != "high"


# ---------------------------------------------------------------------------------------
# ROC years in a text of a Taiwan county; a date figures are tallied to
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("county", ["屏东县", "台东县", "高雄市"])
def test_a_taiwan_county_text_reads_roc_years(county: str, script: str) -> None:
    text = in_script(f"{county}空气品质改善计画成果\n113年，{county}共查核工厂69家。", script)
    row = report_row(text, "69家")
    assert _year(row) == 2024


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("written", "end"),
    [
        ("统计至2020年11月", pd.Timestamp(2020, 11, 30)),
        ("资料统计到2019年底", pd.Timestamp(2019, 12, 31)),
        ("数据截至2021年6月", pd.Timestamp(2021, 6, 30)),
        ("统计至2018年9月30日", pd.Timestamp(2018, 9, 30)),
    ],
)
def test_a_tally_date_is_a_point_not_a_deadline(
    written: str, end: pd.Timestamp, script: str
) -> None:
    text = in_script(f"空气质量报告\n{written}全市优良天数比例为92.8%。", script)
    r = read_report(text, source="x.txt")
    assert r.targets.empty
    row = report_row(text, "92.8%")
    assert row["period_end"] == end
    assert pd.isna(row["period_start"])


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_roc_tally_date_in_a_taiwan_text(script: str) -> None:
    text = in_script(
        "台东县空气品质监测报告\n空气品质统计至109年11月台东站「良好」日数比例为92.8%。", script
    )
    row = report_row(text, "92.8%")
    assert row["period_end"] == pd.Timestamp(2020, 11, 30)


# ---------------------------------------------------------------------------------------
# 3. 去年/今年 the text fixes
# ---------------------------------------------------------------------------------------
COMPARED = [
    "去年全市固体废物弃置量平均每日11128吨，较2021年减少2%。",
    "全市固体废物回收率由2021年的31%升至去年32%。",
    "去年全市人均弃置量为每日1.51公斤，低于2021年的1.53公斤。",
    "与2021年相比，去年全市弃置量平均每日11128吨。",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("sentence", COMPARED)
def test_last_year_against_a_written_year(sentence: str, script: str) -> None:
    text = in_script(f"固体废物监察报告公布\n{sentence}\n", script)
    o = report_rows(text)
    rel = o[o["period_text"].map(lambda t: isinstance(t, str) and t in ("去年",))]
    assert len(rel) >= 1
    for _, row in rel.iterrows():
        assert _year(row) == 2022
        assert row["confidence"] == "low"
        assert row["needs_review"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_last_year_fixed_once_holds_in_the_text(script: str) -> None:
    text = in_script(
        "固体废物监察报告公布\n全市回收率由2021年的31%升至去年32%。\n"
        "建筑废物产生量去年平均每日49865吨，减少约6%。\n",
        script,
    )
    assert _year(report_row(text, "49865吨")) == 2022


@pytest.mark.parametrize("script", SCRIPTS)
def test_last_year_alone_stays_empty(script: str) -> None:
    text = in_script("固体废物监察报告公布\n去年全市弃置量平均每日11128吨，减少2%。\n", script)
    row = report_row(text, "11128吨")
    assert pd.isna(row["period_end"])
    assert row["needs_review"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_published_still_decides_last_year(script: str) -> None:
    text = in_script(f"固体废物监察报告公布\n{COMPARED[0]}\n", script)
    row = report_row(text, "11128吨", published="2024-05-01")
    assert _year(row) == 2023


@pytest.mark.parametrize("script", SCRIPTS)
def test_this_year_in_a_text_titled_with_its_year(script: str) -> None:
    text = in_script(
        "全市2021年蓝天保卫战推进会召开\n今年全市PM2.5平均浓度为30微克/立方米。\n", script
    )
    row = report_row(text, "30微克")
    assert _year(row) == 2021
    assert row["confidence"] == "low"
    assert row["needs_review"]


# ---------------------------------------------------------------------------------------
# 4. Year columns of a flattened table
# ---------------------------------------------------------------------------------------
TABLE = (
    "5-10 环境保护基本情况\n"
    "项    目   Item   {h}\n"
    "水环境              Water Environment\n"
    " 降水量  (毫米)    Precipitation   (mm)   1812.71 1392.46\n"
    " 用水总量 (亿立方米)  Water Use  (100 million cu.m)   59.95 61.99\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("header", ["2020 2021", "2020年  2021年", "2020\t2021"])
def test_a_figure_takes_its_column_year(header: str, script: str) -> None:
    text = in_script(TABLE.format(h=header), script)
    assert _year(report_row(text, "1812.71")) == 2020
    assert _year(report_row(text, "1392.46")) == 2021
    assert _year(report_row(text, "61.99")) == 2021


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_row_that_cannot_be_aligned_is_flagged(script: str) -> None:
    text = in_script(TABLE.format(h="2019 2020 2021"), script)
    row = report_row(text, "1392.46")
    assert pd.isna(row["period_end"])
    assert row["needs_review"]
    assert "cannot be aligned" in row["note"]


def test_prose_ends_the_table() -> None:
    text = TABLE.format(h="2020 2021") + "全市共检查企业 12 15\n据统计，全年检查企业120家。\n"
    cells = {text[a:b]: y for a, b, y in year_columns(text)}
    assert cells["15"] == 2021
    assert "120" not in cells


@given(
    years=st.lists(st.integers(1990, 2030), min_size=2, max_size=5, unique=True),
    rows=st.integers(1, 4),
)
@examples(40)
def test_property_the_kth_cell_takes_the_kth_year(years: list[int], rows: int) -> None:
    header = "指标  " + "  ".join(f"{y}年" for y in years)
    lines = [header]
    for r in range(rows):
        lines.append(f"指标{r}  " + " ".join(f"{r + 1}{k}.5" for k in range(len(years))))
    text = "\n".join(lines) + "\n"
    cells = year_columns(text)
    assert len(cells) == rows * len(years)
    for i, (_, _, y) in enumerate(cells):
        assert y == years[i % len(years)]


# ---------------------------------------------------------------------------------------
# 5. Another sentence's date
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("aside", ["(2010年规划目标为<22%)", "（2010年目标为>75%）"])
def test_a_date_in_parentheses_dates_only_its_aside(aside: str, script: str) -> None:
    text = in_script(
        f"2009年全国环境质量状况\n七大水系国控断面Ⅰ~Ⅲ类水质比例为57.1%{aside};"
        "全国地表水国控断面劣Ⅴ类水质比例为20.6%。\n",
        script,
    )
    assert _year(report_row(text, "20.6%")) == 2009
    assert _year(report_row(text, "57.1%")) == 2009


def test_outside_asides_keeps_a_date_of_the_figure_aside() -> None:
    text = "比例为20.6%（2010年规划目标为<22%），比例为95.6%"
    d = pd.DataFrame({"start": [text.index("2010")], "end": [text.index("2010") + 5]})
    assert outside_asides(text, d, text.index("95.6")).empty
    assert len(outside_asides(text, d, text.index("<22"))) == 1
    assert len(outside_asides(text, d.iloc[:0], 3)) == 0


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("event", ["成立至今", "成立以来", "实施以来", "挂牌至今"])
def test_an_event_since_lends_no_year(event: str, script: str) -> None:
    text = in_script(
        f"废弃物非法弃置问题专题报告\n环境部2023年8月{event}，破获重大案件113件。\n"
        "截至今年十月底，总计列管1153处弃置场址。\n",
        script,
    )
    since = report_row(text, "113件")
    assert since["period_start"] == pd.Timestamp(2023, 8, 1)
    row = report_row(text, "1153处")
    assert _year(row) != 2023  # 今年 is not the founding year
    assert row["needs_review"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_this_year_month_takes_the_time_of_writing(script: str) -> None:
    text = in_script(
        "废弃物非法弃置问题专题报告\n2019年，全市破获重大案件113件。\n"
        "截至今年十月底，总计列管1153处弃置场址。\n",
        script,
    )
    assert _year(report_row(text, "1153处", published="2025-11-20")) == 2025  # not 2019


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_aside_of_a_date_alone_still_frames(script: str) -> None:
    text = in_script(
        "温室气体排放统计\n若按照气体别而言(2019年),二氧化碳约占95.28%,其次为氧化亚氮1.71%。\n",
        script,
    )
    assert _year(report_row(text, "95.28%")) == 2019


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_range_of_roc_dates_is_one_period(script: str) -> None:
    text = in_script(
        "屏东县资源回收计画成果\n本计画执行期程为自109年4月16日至109年12月31日止，"
        "全县共辅导资收站53站。\n",
        script,
    )
    r = read_report(text, source="x.txt")
    assert r.targets.empty
    row = report_row(text, "53站")
    assert row["period_end"] == pd.Timestamp(2020, 12, 31)


@pytest.mark.parametrize("word", ["由于", "对于", "关于"])
def test_a_date_after_you_yu_is_no_deadline(word: str) -> None:
    text = f"空气质量监测报告\n{word}2021年1至3月弱风日数增加，全市PM2.5平均浓度为30微克/立方米。\n"
    r = read_report(text, source="x.txt")
    assert r.targets.empty
    assert _year(report_row(text, "30微克")) == 2021


@pytest.mark.parametrize("script", SCRIPTS)
def test_this_year_month_takes_an_earlier_year_without_a_time_of_writing(script: str) -> None:
    text = in_script(
        "2019年全国空气质量状况\n今年前3月，全国PM2.5平均浓度为50微克/立方米。\n", script
    )
    assert _year(report_row(text, "50微克")) == 2019


@pytest.mark.parametrize("script", SCRIPTS)
def test_this_year_against_an_old_year_is_not_read(script: str) -> None:
    text = in_script(
        "空气品质监测回顾\n今年PM2.5平均浓度为12.6微克/立方米，较2019年方案推动前改善。\n", script
    )
    row = report_row(text, "12.6微克")
    assert _year(row) != 2020


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("span", ["106至108年", "106到108年"])
def test_a_span_of_roc_years_ends_in_no_deadline(span: str, script: str) -> None:
    text = in_script(
        f"台北市空气品质报告\n北市{span}三年之PM2.5年平均浓度为14.9微克/立方米。\n", script
    )
    r = read_report(text, source="x.txt")
    assert r.targets.empty
