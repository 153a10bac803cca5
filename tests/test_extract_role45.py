"""Roles of hand check 33's classes and role44's owed rows (role45).

* a count of places of a grade (``93个城市为二级，占28.7%``) or that changed year on year, the
  change closing its clause (``枣庄等6市同比持平``, ``其余18市同比下降``, ``等9市环境空气质量
  同比有所改善``), is a finding: an outcome, and the registry count of cities whose air quality
  worsened where the change is for the worse (``等12市同比有所变差``, ``4个城市PM10浓度同比
  上升``) — not the group a change with its figure is given over (``337市PM2.5浓度同比下降
  8.3%``), nor all of them (``11个城市PM2.5浓度均同比下降``);
* a bound in money, people, heads or households inside a noun phrase (``繳交空污費用在1萬元
  以上工地…與75家營建業者``, ``千人以上集中供水水源…劃定391個``, ``1,000頭以上者``,
  ``1,000頭以下之養豬戶``) picks the objects counted: context — not a bound closing its clause
  (``投入资金1000万元以上。``), a bound before a noun of money (``1000万元以上资金``), nor one
  with no count of the objects after it;
* the stations whose readings a sentence reports (``設於臺北市五個監測站所監測數值顯示``,
  ``根据四个空气监测站的资料显示``) are the network behind the share: context — not stations
  built (``全市建成五个监测站，监测数据实时公开``);
* a figure after a condition that leaves data out (``若剔除不列入統計則…縮短為15.0分鐘``) is the
  data recounted: an outcome — a condition supposed stays context;
* a count of tasks named by when they were due (``应于2021年完成的28项任务全部完成``) is an
  outcome, no target — a promise of its own (``应于2022年底前完成整改任务28项``) stays one;
* a change told done with 已 before its base (``已由1997年的10.7%下降至2010年的3.4%``) on a
  page with no date found is observed: the level reached is an outcome of its year — a change
  announced (``力争由…下降至2030年的…``) stays a target.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import first_figure_row as _row
from tests.report_rows import role_of as _role

# --- places of a grade, places that changed: outcomes --------------------------------------

PLACES_FOUND = [
    ("2018年，全国道路交通声环境质量评价中，93个城市为二级（占28.7%），13个城市为三级。", "93个"),
    ("2018年，全国道路交通声环境质量评价中，93个城市为二级（占28.7%），13个城市为三级。", "13个"),
    ("4-6月份，全省重污染天数同比减少，济南等9市同比减少，枣庄等6市同比持平。", "6市"),
    ("前三季度，佛山和清远2市AQI达标率同比提升，河源市同比持平，其余18市同比下降。", "18市"),
    ("10月，珠海、阳江和江门等9市环境空气质量同比有所改善，惠州等12市同比有所变差。", "9市"),
    ("10月，珠海、阳江和江门等9市环境空气质量同比有所改善，惠州等12市同比有所变差。", "12市"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PLACES_FOUND)
def test_places_of_a_grade_or_that_changed_are_an_outcome(
    text: str, figure: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


CITIES_WORSENED = [
    (
        "10月，珠海、阳江和江门等9市环境空气质量同比有所改善，惠州、河源和东莞等12市同比有所变差。",
        "12市",
    ),
    ("上半年，全省有4个城市可吸入颗粒物（PM10）浓度同比上升，2个城市同比下降。", "4个"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), CITIES_WORSENED)
def test_cities_that_worsened_are_the_registry_count(text: str, figure: str, hant: bool) -> None:
    row = _row(text, figure, hant=hant)
    assert _role(row) == "outcome"
    assert row["indicator"] == "cities_air_quality_worsened"


@pytest.mark.parametrize("hant", [False, True])
def test_cities_that_improved_are_no_count_of_worsened(hant: bool) -> None:
    text = (
        "10月，珠海、阳江和江门等9市环境空气质量同比有所改善，惠州、河源和东莞等12市同比有所变差。"
    )
    row = _row(text, "9市", hant=hant)
    assert _role(row) == "outcome"
    assert row["indicator"] != "cities_air_quality_worsened"


PLACES_FRAMING = [
    ("2020年，全国337市PM2.5浓度同比下降8.3%。", "337市"),
    ("2020年，全省11个城市PM2.5浓度均同比下降。", "11个"),
    ("2020年，全省11个城市PM2.5浓度同比下降，降幅为5%。", "11个"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PLACES_FRAMING)
def test_the_group_a_change_is_given_over_stays_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "context"


# --- a bound of an attribute that picks the objects: context ---------------------------------

ATTRIBUTE_BOUNDS = [
    (
        "三、每月筛选县内营建工程缴交空污费用在1万元以上工地办理开工前之个别协调会，截至12月31日"
        "与75家营建业者办理开工前协调会。",
        "1万元以上",
    ),
    ("全省千人以上集中供水水源已完成保护范围划定391个。", "千人以上"),
    ("其中属大规模养猪户，养猪规模在1,000头以上者，所养之头数占总数55%。", "1,000头以上"),
    ("而1,000头以下之养猪户，共计18,666户，占总户数91.3%。", "1,000头以下"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), ATTRIBUTE_BOUNDS)
def test_a_bound_that_picks_the_objects_counted_is_context(
    text: str, figure: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant)) == "context"


NOT_ATTRIBUTE_BOUNDS = [
    ("2020年，全市共投入资金1000万元以上。", "1000万元以上"),
    ("2020年，全市共投入1000万元以上资金，建成3个站点。", "1000万元以上"),
    ("2020年，全市培训环保人员500人以上。", "500人以上"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_ATTRIBUTE_BOUNDS)
def test_a_bound_of_the_figures_own_value_is_no_class(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


# --- the network behind a share: context -----------------------------------------------------

NETWORKS_READ = [
    (
        "依据环保署设于台北市五个监测站所监测数值显示，92年上半年台北市空气品质不良日数百分比"
        "为2.21%。",
        "五个",
    ),
    ("在空气质量方面，根据四个空气监测站的资料显示，2005年空气质量以良好为主。", "四个"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NETWORKS_READ)
def test_the_stations_a_sentence_reads_are_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "context"


@pytest.mark.parametrize("hant", [False, True])
def test_stations_built_are_an_outcome(hant: bool) -> None:
    row = _row("2020年，全市建成五个监测站，监测数据实时公开。", "五个", hant=hant)
    assert _role(row) == "outcome"


# --- data recounted after a condition: an outcome --------------------------------------------


@pytest.mark.parametrize("hant", [False, True])
def test_data_recounted_without_some_are_an_outcome(hant: bool) -> None:
    text = (
        "值班期间受理之465件陈情案件中，有64件受理时间重叠，若剔除不列入统计则所受理陈情案件"
        "至陈情现场平均花费时间缩短为15.0分钟。"
    )
    assert _role(_row(text, "15.0分钟", hant=hant)) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
def test_a_case_supposed_stays_context(hant: bool) -> None:
    text = "若以台湾土地面积36,000平方公里计算，每平方公里约有600辆机动车。"
    assert _role(_row(text, "36,000平方公里", hant=hant)) == "context"


# --- tasks named by when they were due: an outcome -------------------------------------------


@pytest.mark.parametrize("hant", [False, True])
def test_tasks_named_by_their_due_year_are_an_outcome(hant: bool) -> None:
    text = "一年来，不仅超计划进度完成整改任务，应于2021年完成的28项任务全部完成。"
    row = _row(text, "28项", hant=hant)
    assert _role(row) == "outcome"
    assert pd.isna(row.get("deadline"))


@pytest.mark.parametrize("hant", [False, True])
def test_a_promise_of_tasks_stays_a_target(hant: bool) -> None:
    row = _row("根据方案，应于2022年底前完成整改任务28项。", "28项", hant=hant)
    assert _role(row) == "target"
    assert pd.Timestamp(row["deadline"]) == pd.Timestamp(2022, 12, 31)


# --- a change told done: an outcome of the year reached ---------------------------------------

CHANGE_DONE = (
    "陈菊说，经过长期投入各项空气污染防制计划后，空气品质指标PSI不良率，已由1997年的10.7%、"
    "2005年的9.77%下降至2010年的3.4%，改善幅度高达将近8成。"
)


@pytest.mark.parametrize("hant", [False, True])
def test_a_change_told_done_reaches_an_observed_year(hant: bool) -> None:
    row = _row(CHANGE_DONE, "3.4%", hant=hant)
    assert _role(row) == "outcome"
    assert pd.Timestamp(row["period_end"]) == pd.Timestamp(2010, 12, 31)


@pytest.mark.parametrize("hant", [False, True])
def test_a_change_announced_stays_a_target(hant: bool) -> None:
    text = "根据计划，PSI不良率力争由2020年的10.7%下降至2030年的3.4%。"
    row = _row(text, "3.4%", hant=hant)
    assert _role(row) == "target"
    assert pd.Timestamp(row["deadline"]) == pd.Timestamp(2030, 12, 31)
