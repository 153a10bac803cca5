"""Parser round 52 (branch read41): counters of a series read with their rows' roles, the index
abbreviations from one home, and a method's weight.

Issues 10 and 13.  Each class tested in both scripts with sentences written for the tests (not
copied from the corpus) and with the negatives the rules must leave alone:

* the counters of a series (季, 级, 波: ``units.counters.SERIES_COUNTERS``) are read where the
  text counts with them (两季, 共完成4季, 分为A、B、C三级, 共发动四波) and not where the number
  names a span, a place in order or a grade (前三季, 第二波, 一季度, 二级标准, 三级预警, 分为一级
  保护区); ``read_report`` files such a count as context — a count of seasons, grades or waves
  measures no indicator of a place, and no registry row is counted in these units;
* a bare value of a measure with no unit of its own (AQHI值, AQI值, 指数值) keeps its bare value
  unflagged: the abbreviations are ``context_words.INDEX_ABBREVIATIONS`` (AQHI was missing);
* a share followed by 权重 (改善率各占50%权重) is a weight of a ranking method: ``read_report``
  files it as context, not an outcome — each share of a list before 权重 too;
* a Chinese numeral and a counter that counts no firm, followed by the rest of a firm's name
  (康二城煤矿, 三条石有色金属铸造有限公司), are part of the name, no count; counts of firms,
  their batches or people before a firm's noun (三家煤矿, 三批重点公司, 五名公司员工) stay.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.parser_rows import span_rows
from tests.report_rows import read_tables
from tests.scripts import both_scripts

from envindicators import datasets
from envindicators.units.counters import COUNTER_SPELLINGS, SERIES_COUNTERS
from envindicators.units.parsing.context_words import INDEX_ABBREVIATIONS

# --- 1. counters of a series: read where the text counts with them ---------------------------
SERIES_COUNTS = [
    ("该镇一直采取春冬两季定期清理畜禽粪污。", "两季", 2.0, "季"),
    ("监测数据共完成4季上传,均符合标准。", "4季", 4.0, "季"),
    ("秋冬三季集中开展巡查。", "三季", 3.0, "季"),
    ("陈情案件按次数分为A、B、C三级加强管制。", "三级", 3.0, "级"),
    ("海滩水质分为「良好」、「一般」、「欠佳」和「极差」四级。", "四级", 4.0, "级"),
    ("饮用水源保护区划分为三级,分别管理。", "三级", 3.0, "级"),
    ("全案共发动四波扫荡行动,查获违规车辆。", "四波", 4.0, "波"),
    ("今年入冬以来已出现2波沙尘过程。", "2波", 2.0, "波"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), both_scripts(SERIES_COUNTS))
def test_a_count_of_a_series_is_read(text: str, span: str, value: float, unit: str) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0] == span]
    assert len(got) == 1, (text, rows)
    assert (got[0][1], got[0][2], got[0][4]) == (value, unit, "level"), (text, rows)


SERIES_NOT_COUNTS = [
    ("今年前三季民众陈情案件减少。", "三季"),
    ("2020年一季度全国优良天数比例为84.5%。", "一季"),
    ("一年四季都有游客。", "四季"),
    ("110年受第二波疫情影响,陈情案件减少。", "二波"),
    ("近两波寒潮过后气温回升。", "两波"),
    ("二氧化硫浓度达到国家二级标准。", "二级"),
    ("全市启动三级预警,停工工地。", "三级"),
    ("水源地分为一级保护区和二级保护区。", "一级"),
    ("水源地分为一级保护区和二级保护区。", "二级"),
    ("标准分为一级、二级和三级。", "一级"),
    ("该站属于三级站。", "三级"),
    ("激光波长为532纳米,3波段同时观测。", "3波"),
]


@pytest.mark.parametrize(("text", "span"), both_scripts(SERIES_NOT_COUNTS))
def test_a_series_counter_that_counts_nothing_is_not_read(text: str, span: str) -> None:
    rows = span_rows(text)
    assert not [r for r in rows if r[0].startswith(span)], (text, rows)


def test_the_series_counters_come_from_the_registry_in_both_scripts() -> None:
    assert {"季", "级", "波"} <= SERIES_COUNTERS
    spellings = {to for w, to in COUNTER_SPELLINGS.items() if to in SERIES_COUNTERS}
    assert spellings == set(SERIES_COUNTERS)
    assert COUNTER_SPELLINGS["級"] == "级"


def test_no_registry_row_is_counted_in_a_series_counter() -> None:
    """``read_report`` files a count of seasons, grades or waves as context because no
    indicator of the registry measures one: a row counted so would have to be its outcome."""
    units = set(datasets.load("indicators")["unit"].dropna().astype(str))
    assert units, "the registry has units"
    assert not units & SERIES_COUNTERS


# --- read_report: such counts are context -----------------------------------------------------
SERIES_CONTEXT = [
    ("2019年,该镇一直采取春冬两季定期清理,清运粪污1200吨。", "两季", "1200吨"),
    ("2021年,全案共发动四波扫荡行动,查获违规车辆35辆。", "四波", "35辆"),
    ("2012年,陈情案件分为A、B、C三级加强管制,共巡查420次。", "三级", "420次"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "count", "other"), SERIES_CONTEXT)
def test_read_report_files_a_count_of_a_series_as_context(
    text: str, count: str, other: str, hant: bool
) -> None:
    obs, _, ctx = read_tables(text, hant)
    written = ctx["value_text"].map(_simple)
    assert (written == count).sum() == 1, ctx[["value_text", "role"]]
    assert (ctx.loc[written == count, "role"] == "context").all()
    assert not (obs["value_text"].map(_simple) == count).any(), obs[["value_text", "role"]]
    # the figure the sentence measures stays an observation
    assert (obs["value_text"].map(_simple) == other).sum() == 1, obs[["value_text", "role"]]


# --- 2. index abbreviations from one home: AQHI keeps its bare value --------------------------
INDEX_BARE = [
    ("PM2.5年平均值为15.8微克/立方米,AQHI值为7,属中健康风险。", "7"),
    ("PM10日均值为60微克/立方米,AQI值为85。", "85"),
    ("臭氧日均值为120微克/立方米,IAQI值为70。", "70"),
    ("二氧化氮年平均值为30微克/立方米,综合指数值为4.1。", "4.1"),
]


@pytest.mark.parametrize(("text", "span"), both_scripts(INDEX_BARE))
def test_a_bare_index_value_after_a_measure_with_a_unit_stays_bare(text: str, span: str) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0] == span]
    assert len(got) == 1, (text, rows)
    assert got[0][2] == "dimensionless", (text, rows)
    assert "ambiguous_unit" not in got[0][6].split(";"), (text, rows)


def test_every_index_abbreviation_keeps_its_bare_value() -> None:
    for abbreviation in INDEX_ABBREVIATIONS.split("|"):
        text = f"PM2.5年平均值为15.8微克/立方米,{abbreviation}值为42。"
        got = [r for r in span_rows(text) if r[0] == "42"]
        assert len(got) == 1, (abbreviation, got)
        assert got[0][2] == "dimensionless", (abbreviation, got)


MEASURE_BARE = [  # negatives: a measure with a unit still lends it, flagged
    ("PM2.5年平均值为15.8微克/立方米,日均值为44。", "44", "μg/m3"),
    ("降尘量平均值为3.7吨/平方公里/月,最大值为5.2。", "5.2", "吨/平方公里/月"),
]


@pytest.mark.parametrize(("text", "span", "unit"), both_scripts(MEASURE_BARE))
def test_a_bare_value_of_a_measure_with_a_unit_still_takes_it(
    text: str, span: str, unit: str
) -> None:
    got = [r for r in span_rows(text) if r[0] == span]
    assert len(got) == 1, (text, got)
    assert got[0][2] in (unit, "微克/立方米"), (text, got)
    assert "ambiguous_unit" in got[0][6].split(";"), (text, got)


# --- 3. a method's weight is context -------------------------------------------------------------
WEIGHTS = [
    ("2020年1-12月,按照综合指数和综合指数改善率各占50%权重进行排名,天津市排名第10。", "50%"),
    ("2021年,考核按水质达标率占40%的权重计分,全市得分靠前。", "40%"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "share"), WEIGHTS)
def test_read_report_files_a_weight_as_context(text: str, share: str, hant: bool) -> None:
    obs, _, ctx = read_tables(text, hant)
    weights = ctx[ctx["value_text"].map(_simple).str.endswith(share)]
    assert len(weights) == 1, ctx[["value_text", "role"]]
    assert weights["role"].iloc[0] == "context"
    assert not obs["value_text"].map(_simple).str.endswith(share).any(), obs[["value_text"]]


LISTED_WEIGHTS = [
    "2021年8月,按照PM2.5浓度、PM2.5改善率和优良天数比率各占30%、30%和40%的权重进行排名。",
    "2022年,考核按水质、空气和土壤各占40%、40%及20%权重计分。",
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("text", LISTED_WEIGHTS)
def test_each_share_of_a_list_before_a_weight_is_context(text: str, hant: bool) -> None:
    obs, _, ctx = read_tables(text, hant)
    shares = ctx[ctx["unit"].astype(str) == "%"]
    assert len(shares) == 3, ctx[["value_text", "role"]]
    assert (shares["role"] == "context").all()
    assert not (obs["unit"].astype(str) == "%").any(), obs[["value_text", "role"]]


NOT_WEIGHTS = [  # a share with no 权重 after it stays an observation
    ("2020年,全市综合指数改善率为5.2%,排名第10。", "5.2%"),
    ("2020年,全市空气质量优良天数比例为85%,重点加强扬尘管控。", "85%"),
]


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_of_shares_without_a_weight_stays_observations(hant: bool) -> None:
    obs, _, ctx = read_tables("2020年,三个区优良天数比例分别为85%、80%和75%,逐年下降。", hant)
    assert (obs["unit"].astype(str) == "%").sum() == 3, obs[["value_text", "role"]]
    assert not (ctx["unit"].astype(str) == "%").any()


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "share"), NOT_WEIGHTS)
def test_a_share_without_a_weight_stays_an_observation(text: str, share: str, hant: bool) -> None:
    obs, _, ctx = read_tables(text, hant)
    assert obs["value_text"].map(_simple).str.endswith(share).sum() == 1, obs[["value_text"]]
    assert not ctx["value_text"].map(_simple).str.endswith(share).any()


def _simple(x: object) -> str:
    from envindicators.units import to_simplified

    return to_simplified(str(x)) if not pd.isna(x) else ""


# --- 4. a numeral inside a firm's name is no count ----------------------------------------------
FIRM_NAMES = [
    ("工作人员正在对武安市康二城煤矿的燃煤锅炉进行拆除。", "二城"),
    ("有民众反映天津三条石有色金属铸造有限公司生产时噪声扰民。", "三条"),
    ("三棵树涂料股份有限公司被约谈。", "三棵"),
    ("群众举报四方化工有限公司排放废气。", "四方"),
    ("八块石建材有限公司未批先建。", "八块"),
]


@pytest.mark.parametrize(("text", "span"), both_scripts(FIRM_NAMES))
def test_a_numeral_inside_a_firms_name_is_no_count(text: str, span: str) -> None:
    rows = span_rows(text)
    assert not [r for r in rows if r[0] == span], (text, rows)


FIRM_COUNTS = [
    ("今年关停三家煤矿,淘汰落后产能。", "三家", 3.0, "家"),
    ("全县关闭两个煤矿。", "两个", 2.0, "个"),
    ("关闭四座小煤矿。", "四座", 4.0, "座"),
    ("公布三批重点公司名单。", "三批", 3.0, "批"),
    ("五名公司员工到场配合检查。", "五名", 5.0, "名"),
    ("该公司新建三条生产线。", "三条", 3.0, "条"),
    ("淘汰两台燃煤锅炉。", "两台", 2.0, "台"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), both_scripts(FIRM_COUNTS))
def test_a_count_of_firms_or_of_what_a_firm_has_stays(
    text: str, span: str, value: float, unit: str
) -> None:
    got = [r for r in span_rows(text) if r[0] == span]
    assert len(got) == 1, (text, got)
    assert (got[0][1], got[0][2]) == (value, unit), (text, got)
