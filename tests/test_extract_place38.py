"""Regions and roles of hand check 26's classes (place38).

* a dated result that the next clause says met a target (``106年全國紅色警示站日為483次，達訂定
  798次以下之目標``) is an outcome, not a target — a figure aimed at (``到2020年…，达到国家
  目标``, ``力争2025年…``, ``计划2021年…``) stays one;
* denominators are context: a count that frames a second count closed by 中
  (``122条河流布设的218个监测断面中``), the measurements a rate is taken over (``共监测286点次，
  其中…达标率为86.0%``) — not a count of what was monitored with no rate after it, nor a
  network built;
* the reference's own level in parentheses after its mean (``高于全国平均值(0.52kg)``) is the
  reference's figure (its region), not the subject's; a margin after the mean outside
  parentheses stays the subject's.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row as _row
from tests.report_rows import role_of as _role
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._roles import met_after_dated_clause, sample_size

# --- a dated result that met a target: an outcome -----------------------------------------

#: (text, figure): the clause dates the figure, the next clause says a target was met
MET_RESULTS = [
    (
        "行政院环保署：目标订定降低PM2.5指标红色警示，"
        "106年全国红色警示站日为483次，达订定798次以下之目标。",
        "483次",
    ),
    (
        "为降低细颗粒物浓度，目标订定降低红色警示，2019年全国红色警示站日为320次，达成年度目标。",
        "320次",
    ),
    ("按照年度目标，2018年全省优良天数比例为82.3%，达到国家下达的目标。", "82.3%"),
    (
        "全市确定了空气质量改善目标，2017年PM2.5平均浓度为35微克/立方米，实现年度目标。",
        "35微克/立方米",
    ),
]
#: (text, figure): a figure aimed at stays a target
AIMED = [
    ("到2020年PM2.5浓度降至35微克/立方米，达到国家目标。", "35微克/立方米"),
    ("力争2025年全市PM2.5浓度为30微克/立方米，实现省定目标。", "30微克/立方米"),
    ("计划2021年新建污水处理厂3座，完成年度任务。", "3座"),
    (
        "行政院环保署：目标订定降低红色警示，106年全国红色警示站日为483次，达订定798次以下之目标。",
        "798次以下",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), MET_RESULTS)
def test_a_dated_result_that_met_a_target_is_an_outcome(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), AIMED)
def test_a_figure_aimed_at_stays_a_target(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "target"


def test_a_year_not_over_when_written_is_no_result() -> None:
    text = "目标订定降低红色警示，2025年全国红色警示站日为300次，达成年度目标。"
    row = read_report(text, source="x.txt", published="2023-05-01").figures()
    row = row[row["value_text"].astype(str).str.contains("300")].iloc[0]
    assert _role(row) == "target"


@pytest.mark.parametrize("hant", [False, True])
def test_met_after_dated_clause(hant: bool) -> None:
    t = "106年全国红色警示站日为483次，达订定798次以下之目标"
    t = to_traditional(t) if hant else t
    assert met_after_dated_clause(t, 12, 16, len(t))
    u = "红色警示站日为483次，达订定798次以下之目标"  # undated
    u = to_traditional(u) if hant else u
    assert not met_after_dated_clause(u, 7, 11, len(u))
    v = "至110年红色警示站日为483次，达订定798次以下之目标"  # a year aimed at
    v = to_traditional(v) if hant else v
    assert not met_after_dated_clause(v, 13, 17, len(v))


# --- denominators: context ----------------------------------------------------------------

#: (text, figure): a count behind a share or a rate of the same sentence
DENOMINATORS = [
    ("长江支流总体水质为优，122条河流布设的218个监测断面中，Ⅰ～Ⅲ类断面比例为95.0%。", "122条"),
    ("全市12个区县的68个监测点位中，达标点位58个。", "12个"),
    ("5家企业的12个排放口中，有2个超标排放。", "5家"),
    ("在11条河流的19个监测断面中Ⅰ～Ⅲ类水质断面18个，占94.7%。", "11条"),
    ("全省城市各类功能区共监测286点次，其中昼间、夜间各监测143点次，达标率为86.0%。", "286点次"),
    ("1类区昼夜各监测30点次，昼间达标率为93.3%。", "30点次"),
]
#: (text, figure): counts that stay outcomes
NOT_DENOMINATORS = [
    ("全市共监测286点次。", "286点次"),
    ("全市新建自动监测站12个，其中国控站5个。", "12个"),
    ("全年查处违法企业36家，罚款1200万元。", "36家"),
    ("全市建成12个污水处理厂，处理能力达到50万吨/日。", "12个"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), DENOMINATORS)
def test_a_denominator_is_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "context"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_DENOMINATORS)
def test_a_count_of_work_stays_an_outcome(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


def test_sample_size_reads_a_monitored_count_behind_a_rate() -> None:
    t = "1類區晝夜各監測30點次，晝間達標率為93.3%。"
    assert sample_size(t, 8, 12, "点次") is not None
    assert sample_size("全市共监测286点次。", 5, 10, "点次") is None
    # 监测 of a network's name, not a count of measurements
    assert sample_size("新建自动监测站12个，达标率为90%", 7, 10, "个") is None


# --- the reference's own level: its region ------------------------------------------------

#: (text, figure, region): a figure in parentheses after the reference's mean (全國 on a
#: Taiwan page is Taiwan's whole, as the library reads it everywhere)
OWN_MEAN = [
    (
        "嘉义市每人每日垃圾清运量0.72kg仍远高于全国平均值(0.52kg)，建议强化稽查。",
        "0.52kg",
        "台湾省",
    ),
    (
        "长沙市PM2.5年均浓度为38微克/立方米，低于全国平均水平（42微克/立方米）。",
        "42微克/立方米",
        "全国",
    ),
    ("株洲市优良天数比例为88.2%，高于全国均值(87.5%)。", "87.5%", "全国"),
]
#: (text, figure, region): the subject's own figures stay the subject's
SUBJECT_FIGURES = [
    (
        "嘉义市每人每日垃圾清运量0.72kg仍远高于全国平均值(0.52kg)，建议强化稽查。",
        "0.72kg",
        "嘉义市",
    ),
    (
        "长沙市PM2.5年均浓度为38微克/立方米，低于全国平均水平4微克/立方米。",
        "4微克/立方米",
        "长沙市",
    ),
    (
        "长沙市PM2.5年均浓度为38微克/立方米，低于全国平均水平（42微克/立方米）。",
        "38微克/立方米",
        "长沙市",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), OWN_MEAN + SUBJECT_FIGURES)
def test_a_references_mean_in_parentheses_is_its_own(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


# --- a national plan's figures: the country -----------------------------------------------

#: (text, figure): the state sets the policy on a page that never speaks as a division
NATIONAL_PLANS = [
    (
        "根据《计划》，国家制定煤炭消费总量中长期控制目标。"
        "即到2017年，煤炭占能源消费总量比重降低到65%以下。",
        "65%以下",
    ),
    ("国家确定了重点行业减排任务，到2025年，化学需氧量排放总量下降8%。", "8%"),
]
#: (text, figure): a division's page (全市, 全省) is never the country's
DIVISION_PAGES = [
    ("国家制定煤炭消费总量控制目标。到2017年，全市煤炭消费比重降低到60%以下。", "60%以下"),
    ("国家下达的减排任务，全省到2025年化学需氧量排放总量下降8%。", "8%"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NATIONAL_PLANS)
def test_a_national_plans_figure_is_the_countrys(text: str, figure: str, hant: bool) -> None:
    row = _row(text, figure, hant=hant)
    assert row["region"] == "全国"
    assert bool(row["needs_review"])  # a guess by the page's words: flagged


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), DIVISION_PAGES)
def test_a_divisions_page_keeps_its_region(text: str, figure: str, hant: bool) -> None:
    assert _row(text, figure, hant=hant)["region"] != "全国"
