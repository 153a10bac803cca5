"""Periods of ``read_report``, round 18 (issue 13, branch year18).

* an annual report or yearbook (``年报``, ``年鉴``, ``统计年鉴``) titled with a year names
  the year it is published (or its edition), its data often of the year before: its year
  dates no figure (they stay empty and flagged); a bulletin (公报) keeps the rule.
* (year19) ``年报``/``年鉴`` is a title noun only where the name ends (``2015年报废``,
  ``年报告期``, ``年报送``, ``年鉴定`` are a year and a verb or noun); a statistical annual
  report (``统计年报``) is named by its statistical year, an annual report published in a
  later year than its title's by its data's; otherwise its figures stay empty, never dated
  by the publication date.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import report_row
from tests.scripts import SCRIPTS, in_script

from envindicators.extract import read_report
from envindicators.extract._reader import _annual_report, _lead_year_document, _year_document
from envindicators.units import to_simplified


def _year(row: pd.Series) -> int | None:
    end = row["period_end"]
    return None if pd.isna(end) else pd.Timestamp(end).year


# ---------------------------------------------------------------------------------------
# 1. an annual report or yearbook names the year it is published, not its data's
# ---------------------------------------------------------------------------------------
ANNUAL_TITLES = [
    "2014年全国大、中城市固体废物污染环境防治年报",
    "中国环境统计年鉴2014",
    "2019年某省生态环境年鉴",
    "《2017年某市生态环境质量年报》",
    "某省2020年环境年报(公开版)",
]
BULLETIN_TITLES = [
    ("2014年中国环境状况公报", 2014),
    ("2018年全省环境统计公报", 2018),
    ("2021年某市生态环境状况公报", 2021),
    # a statistical annual report is named by its statistical year (2020年中国生态环境
    # 统计年报 publishes 2020's emissions)
    ("2016年环境统计年报", 2016),
    ("福建省2012年环境统计年报", 2012),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("title", ANNUAL_TITLES)
def test_an_annual_report_title_names_no_year_of_its_figures(title: str, script: str) -> None:
    assert _annual_report(in_script(title, script))
    assert _year_document(in_script(title, script)) is None
    text = in_script(f"{title}\n\n全市一般工业固体废物综合利用率为61.79%,处置率为29.86%。", script)
    for value in ("61.79%", "29.86%"):
        row = report_row(text, value)
        assert _year(row) is None  # not the title's year: its data are of another
        assert bool(row["needs_review"])


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("title", "year"), BULLETIN_TITLES)
def test_a_bulletin_title_keeps_its_year(title: str, year: int, script: str) -> None:
    assert not _annual_report(in_script(title, script))
    text = in_script(f"{title}\n\n全市一般工业固体废物综合利用率为61.79%。", script)
    assert _year(report_row(text, "61.79%")) == year


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "lead",
    [
        "6日从环保部了解到,环保部编写了《2014年全国大、中城市固体废物污染环境防治年报》。",
        "记者获悉,《2017中国环境统计年鉴》日前出版,收录了全国数据。",
        "某市发布了2019年生态环境质量年报显示全市情况。",
    ],
)
def test_an_annual_report_in_the_lead_names_no_year(lead: str, script: str) -> None:
    text = in_script(f"固体废物去向\n\n{lead}\n\n城市生活垃圾处置率达97.41%。", script)
    assert _lead_year_document(text, False) is None
    row = report_row(text, "97.41%")
    assert _year(row) is None
    assert bool(row["needs_review"])


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_clause_year_in_an_annual_report_still_dates(script: str) -> None:
    text = in_script(
        "2014年全国大、中城市固体废物污染环境防治年报\n\n2013年,城市生活垃圾处置率达97.41%。",
        script,
    )
    assert _year(report_row(text, "97.41%")) == 2013


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_bulletin_in_the_lead_keeps_its_year(script: str) -> None:
    text = in_script(
        "全国PM2.5下降\n\n26日,生态环境部发布《2020中国生态环境状况公报》,公众可以查看。"
        "\n\n全国城市生活垃圾处置率达97.41%。",
        script,
    )
    assert _lead_year_document(text, False) == 2020
    assert _year(report_row(text, "97.41%")) == 2020


# ---------------------------------------------------------------------------------------
# 2. a target's deadline written as a span of ROC years: the span's end year
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("span", "end"),
    [
        ("109~112年目標削減", 2023),
        ("109至112年目標削減", 2023),
        ("109年至112年目標削減", 2023),
        ("109－112年預計削減", 2023),
        ("110到113年目標削減", 2024),
    ],
)
def test_a_roc_span_before_a_target_is_its_deadline(span: str, end: int, script: str) -> None:
    text = in_script(
        f"屏東縣空氣污染防制計畫\n\n本縣研擬管制策略,{span}PM10 542.47公噸、SOx 10.56公噸。",
        script,
    )
    t = read_report(text, source="x.txt").targets
    t = t[t["value_text"].map(to_simplified).isin(["542.47公吨", "10.56公吨"])]
    assert len(t) == 2
    assert (t["deadline"].map(lambda d: pd.Timestamp(d).year) == end).all()


@settings(max_examples=10)
@given(
    first=st.integers(100, 118),
    length=st.integers(1, 5),
    join=st.sampled_from(["~", "至", "－", "到"]),
)
def test_a_roc_span_target_deadline_is_its_end_year(first: int, length: int, join: str) -> None:
    """Property: a span of ROC years ``a~b年目標削減`` gives its target the year b + 1911."""
    span = f"{first}{join}{first + length}年目標削減"
    text = f"屏東縣空氣污染防制計畫\n\n本縣研擬管制策略,{span}PM10 542.47公噸。"
    t = read_report(text, source="x.txt").targets
    t = t[t["value_text"].map(to_simplified) == "542.47公吨"]
    assert len(t) == 1
    assert pd.Timestamp(t["deadline"].iloc[0]).year == first + length + 1911


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "span",
    [
        "106至108年三年平均濃度為",  # a span of outcomes, no target word
        "105年至109年累計削減",
    ],
)
def test_a_roc_span_without_a_target_word_is_no_deadline(span: str, script: str) -> None:
    text = in_script(f"屏東縣空氣品質報告\n\n本縣{span}PM10 542.47公噸。", script)
    t = read_report(text, source="x.txt").targets
    assert not t["value_text"].map(to_simplified).eq("542.47公吨").any()


def test_a_span_of_mainland_years_is_not_read_as_roc() -> None:
    # 109至112 in a text that is not Taiwan's are no years: no deadline 2023
    text = "某市大气污染防治方案\n\n第109至112号文件目标削减PM10 542.47吨。"
    t = read_report(text, source="x.txt").targets
    assert not t["deadline"].map(lambda d: pd.notna(d) and pd.Timestamp(d).year == 2023).any()


# ---------------------------------------------------------------------------------------
# 3. a year written without 年 before a plan's or target's words in a heading
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "heading",
    ["确定2021空气质量目标", "2021大气污染防治目标", "全市2021重点任务目标"],
)
def test_a_plan_year_heading_dates_the_targets_under_it(heading: str, script: str) -> None:
    text = in_script(
        f"锁定蓝天目标\n{heading}\n●优良天数不低于317天 ●PM2.5浓度不高于30.5微克/立方米",
        script,
    )
    t = read_report(text, source="x.txt").targets
    assert len(t) == 2
    assert (t["deadline"].map(lambda d: pd.Timestamp(d).year) == 2021).all()


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_plan_year_heading_is_no_period_of_the_figures_under_it(script: str) -> None:
    text = in_script(
        "锁定蓝天目标\n确定2021空气质量目标\n市区空气质量优良天数332天,优良率为90.7%。", script
    )
    for value in ("332天", "90.7%"):
        assert _year(report_row(text, value)) is None  # last year's results: not 2021


@pytest.mark.parametrize(
    "line",
    [
        "确定2021个重点目标",  # a count
        "按照GB3095-2012空气质量标准目标",  # a code
        "确定2021年空气质量目标",  # with 年: the parser's date
        "全市2021实现多项突破",  # no plan's word
        "市政府确定了2021空气质量目标,全市上下共同努力,确保完成各项任务。",  # a sentence
    ],
)
def test_no_plan_year(line: str) -> None:
    from envindicators.extract._periods import plan_heading_years

    assert plan_heading_years(f"标题\n{line}\n", [], 40) == []


# ---------------------------------------------------------------------------------------
# 4. (year19) 年报/年鉴 is a title noun only where the name ends; the publication date
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "sentence",
    [
        "2015年报废黄标车12000辆。",  # a year, then the verb 报废
        "2015年报送排污许可证申请1200份。",  # 报送
        "2015年报告期内全市完成造林面积350公顷。",  # 报告期
        "2015年报告了突发环境事件12起。",  # 报告
        "2015年鉴定危险废物样品86批次。",  # 鉴定
        "2015年报批建设项目环评文件230个。",  # 报批
    ],
)
def test_a_year_before_a_verb_compound_is_no_annual_report(sentence: str, script: str) -> None:
    text = in_script(sentence, script)
    assert not _annual_report(text)
    row = report_row(
        text, next(v for v in ("12000", "1200", "350", "12", "86", "230") if v in text)
    )
    assert _year(row) == 2015


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "name",
    [
        "2014年某市固体废物防治年报》",
        "2014年某市固体废物防治年报",
        "某省生态环境年鉴2014",
        "2014年某市固体废物防治年报显示",
        "2014年某市防治年报(公开版)",
        "2014年某市防治年报，",
    ],
)
def test_a_title_noun_ends_the_name(name: str, script: str) -> None:
    assert _annual_report(in_script(name, script))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("published", "year"),
    [
        ("2015-06-01", 2014),  # published after its title's year: the title names its data
        ("2014-12-20", None),  # published in its title's year: its edition, not its data's
    ],
)
def test_an_annual_report_dated_by_its_publication(
    published: str, year: int | None, script: str
) -> None:
    text = in_script(
        "2014年某市固体废物污染环境防治年报\n\n全市一般工业固体废物综合利用率为61.79%。", script
    )
    row = report_row(text, "61.79%", published=published)
    assert _year(row) == year
    if year is None:
        assert bool(row["needs_review"])
        assert pd.isna(row["period_end"])  # never the publication date


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("published", ["2014-12-01", "2015-03-01"])
def test_a_yearbook_is_never_dated_by_its_publication(published: str, script: str) -> None:
    text = in_script("某省生态环境年鉴2014\n\n全省森林覆盖率为23.2%,1—11月降水偏少。", script)
    row = report_row(text, "23.2%", published=published)
    assert pd.isna(row["period_end"])
    assert bool(row["needs_review"])


@settings(max_examples=15)
@given(
    year=st.integers(2000, 2030),
    lag=st.integers(0, 2),
    noun=st.sampled_from(["固体废物污染环境防治年报", "生态环境质量年报", "生态环境年鉴"]),
    script=st.sampled_from(SCRIPTS),
)
def test_an_edition_year_dates_a_figure_only_when_published_after_it(
    year: int, lag: int, noun: str, script: str
) -> None:
    """Property: an annual report's year dates its figures iff it was published in a later
    year (a yearbook's never); otherwise they stay empty, never the publication date."""
    published = f"{year + lag}-06-30"
    text = in_script(f"{year}年某市{noun}\n\n全市一般工业固体废物综合利用率为61.79%。", script)
    row = report_row(text, "61.79%", published=published)
    dated = lag > 0 and "年报" in noun
    assert _year(row) == (year if dated else None)
    assert pd.isna(row["period_end"]) or pd.Timestamp(row["period_end"]) != pd.Timestamp(published)
