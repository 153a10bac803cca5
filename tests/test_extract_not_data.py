"""read_report: figures that are no indicator data at all (issue 13, spurious rows).

Rules of frequency, standards' margins, zones' extents, counts of a document's parts,
counts of numbered items, size bands and lists of class bounds get role ``context`` (never a
target row); the measurements written next to the same words stay outcomes or targets.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_extract import with_context
from tests.test_extract_actions import to_traditional

from envindicators.extract import read_report
from envindicators.extract._roles import not_data


def _rows_of(text: str, figure: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    r = read_report(text, source="x.txt", published="2023-06-01")
    rows = pd.concat([r.observations, r.context], ignore_index=True)  # context: its own table
    obs = rows[rows["value_text"].astype(str).str.contains(figure, regex=False)]
    tgt = r.targets[r.targets["value_text"].astype(str).str.contains(figure, regex=False)]
    return obs, tgt


NOT_DATA = [
    # a rule of frequency
    ("自2017年起，省委常委会研究环境保护工作议题每年不少于3次。", "3次", "frequency"),
    ("自2017年起，省委常委會研究環境保護工作議題每年不少於3次。", "3次", "frequency"),
    ("各县区每季度至少开展2次联合执法检查。", "2次", "frequency"),
    ("各縣區每季度至少開展2次聯合執法檢查。", "2次", "frequency"),
    ("市生态环境局每月不少于4次对重点企业开展巡查。", "4次", "frequency"),
    # a standard's margin
    ("工业园区严格执行严于国家大气污染物排放标准25%的标准排放。", "25%", "standard's margin"),
    ("工業園區嚴格執行嚴於國家大氣污染物排放標準25%的標準排放。", "25%", "standard's margin"),
    ("不利季节执行严于地方排放标准30%的特别限值。", "30%", "standard's margin"),
    # the extent of a zone
    ("共有5座煤矿与重点保护区外推100米范围有重叠。", "100米", "zone"),
    ("共有5座煤礦與重點保護區外推100米範圍有重疊。", "100米", "zone"),
    ("率先对城市建成区及周边20公里范围内的钢铁企业实施深度治理。", "20公里", "zone"),
    ("率先對城市建成區及周邊20公里範圍內的鋼鐵企業實施深度治理。", "20公里", "zone"),
    ("汾河河道西岸边以外的1500米为暂不开采区。", "1500米", "zone"),
    ("其中2座煤矿与重点保护区300米影响距离重叠。", "300米", "zone"),
    # a count of a document's parts
    ("将《关于加快推进生态文明建设的意见》提出的28项重点任务纳入规划。", "28项", "document"),
    ("將《關於加快推進生態文明建設的意見》提出的28項重點任務納入規劃。", "28項", "document"),
    ("将《全国生态保护纲要》确定的八个领域28项重点任务纳入规划。", "28项", "document"),
    ("將《全國生態保護綱要》確定的八個領域28項重點任務納入規劃。", "28項", "document"),
    ("《行动计划》明确的35条措施纳入年度考核。", "35条", "document"),
    # a count of items named by their numbers
    ("基本完成整改的11项（第10、31两项合并整改）。", "两项", "numbers"),
    ("基本完成整改的11項（第10、31兩項合併整改）。", "兩項", "numbers"),
    # a size band before 的 and the objects it sets apart
    ("到2017年底，建成区基本淘汰每小时10蒸吨及以下的燃煤锅炉。", "10蒸吨", "size threshold"),
    ("到2017年底，建成區基本淘汰每小時10蒸噸及以下的燃煤鍋爐。", "10蒸噸", "size threshold"),
    ("禁止新建日产2000吨以下的水泥生产线。", "2000吨", "size threshold"),
    # a list of class bounds
    ("禁止销售和使用灰分高于16%、硫分高于1%的民用散煤。", "16%", "class"),
    ("禁止銷售和使用灰分高於16%、硫分高於1%的民用散煤。", "16%", "class"),
    ("关停排放浓度超过50毫克/立方米或超过100毫克/立方米的企业。", "50毫克", "class"),
]


@pytest.mark.parametrize(("text", "figure", "reason"), NOT_DATA)
def test_figures_of_no_indicator_data_are_context(text: str, figure: str, reason: str) -> None:
    obs, tgt = _rows_of(text, figure)
    assert tgt.empty
    assert len(obs) == 1
    row = obs.iloc[0]
    assert row["role"] == "context"
    assert row["confidence"] == "low"
    assert row["needs_review"]
    assert reason in row["note"]


MEASUREMENTS = [
    # a count of times done, no bound of a rule
    ("2022年，省委常委会研究环境保护工作议题5次。", "5次"),
    ("2022年，省委常委會研究環境保護工作議題5次。", "5次"),
    # a share or a level under a standard's name, not its margin
    ("2022年，全市达到国家二级标准的天数比例为85%。", "85%"),
    ("2022年，全市PM2.5浓度优于国家二级标准，为30微克/立方米。", "30微克"),
    # lengths built or measured
    ("2022年，全市新建污水管网100公里。", "100公里"),
    ("2022年，全市新建汙水管網100公里。", "100公里"),
    ("截至2018年9月中旬，水位距离泉口2.57米。", "2.57米"),
    ("2022年，完成河道两侧绿化带建设20公里。", "20公里"),
    # a document's projects reported done
    ("2022年，《实施方案》确定的30个项目已全部完成。", "30个"),
    ("2022年，《實施方案》確定的30個項目已全部完成。", "30個"),
    # the counts of the inspection's own findings and rectification tasks (registry
    # indicators inspection_findings, rectification_measures)
    ("2022年，《督察整改方案》确定了58项整改任务。", "58项"),
    ("2022年，针对督察反馈意见，逐条梳理出4个方面61个问题。", "61个"),
    ("2022年，針對督察反饋意見，逐條梳理出4個方面61個問題。", "61個"),
    ("2022年，以市级整改实施方案确定的2类17项整改任务为基准。", "17项"),
    # a band that is the figure's own value or a target's
    ("到2025年，全市完成造林5万亩以上的目标任务。", "5万亩"),
]


@pytest.mark.parametrize(("text", "figure"), MEASUREMENTS)
def test_measurements_with_the_same_words_are_no_context(text: str, figure: str) -> None:
    obs, tgt = _rows_of(text, figure)
    rows = pd.concat([obs, tgt])
    assert len(rows) >= 1
    assert not (obs["role"] == "context").any()


_PERIODS = ["年", "季度", "月", "半年"]
_BOUNDS = ["不少于", "至少", "不低于", "不超过", "不多于"]
_BODIES = ["研究生态环境保护工作", "开展联合执法检查", "对重点企业开展巡查", "召开专题会议"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_PERIODS),
    st.sampled_from(_BOUNDS),
    st.integers(1, 30),
    st.sampled_from(_BODIES),
    st.booleans(),
    st.booleans(),
)
def test_a_rule_of_frequency_is_never_a_row_of_data(
    period: str, bound: str, times: int, body: str, bound_first: bool, traditional: bool
) -> None:
    """Whatever its period, bound word, count or place in the sentence, a count of times
    bound by 每 + a period is a rule: context, never a target, never an outcome; the same
    count without 每 and a bound (a count of times done) is an outcome."""
    rule = (
        f"各县区{body}每{period}{bound}{times}次。"
        if bound_first
        else f"各县区每{period}{bound}{times}次{body}。"
    )
    done = f"2022年，各县区{body}{times}次。"
    if traditional:
        rule, done = to_traditional(rule), to_traditional(done)
    obs, tgt = _rows_of(rule, f"{times}")
    assert tgt.empty
    assert (obs["role"] == "context").all()
    obs, _ = _rows_of(done, f"{times}")
    assert not (obs["role"] == "context").any()


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["外推", "外延", "周边", "半径"]),
    st.integers(1, 5000),
    st.sampled_from(["米", "公里"]),
    st.sampled_from(["范围", "区域", "以内"]),
)
def test_a_length_that_draws_a_zone_is_context_a_length_built_is_not(
    word: str, length: int, unit: str, after: str
) -> None:
    """The reason of :func:`not_data` depends on the words around the length, not on it."""
    text = f"共有5座煤矿位于保护区{word}{length}{unit}{after}内。"
    s = text.index(f"{length}{unit}")
    e = s + len(f"{length}{unit}")
    assert not_data(text, s, e, unit, f"{length}{unit}") == "the extent of a zone"
    built = f"2022年，全市新建污水管网{length}{unit}。"
    s = built.index(f"{length}{unit}")
    assert not_data(built, s, s + len(f"{length}{unit}"), unit, f"{length}{unit}") is None


# --------------------------------------------------------------------- one fact, one row
TOLD_TWICE = [
    (
        "针对中央环保督察反馈意见，逐条逐句梳理出4个方面16项61个问题，坚决做到真认账、不推诿。",
        "对督察反馈意见归纳整理出的4个方面16项61个问题，坚决做到真认账、不推诿。",
        "61个",
    ),
    (
        "2017年，淘汰黄标车14.5万辆，67台燃煤发电机组完成超低排放改造，细颗粒物浓度下降。",
        "积极推进燃煤电厂超低排放改造，2017年全省共有67台燃煤发电机组完成超低排放改造。",
        "67台",
    ),
]


@pytest.mark.parametrize(("first", "second", "figure"), TOLD_TWICE)
@pytest.mark.parametrize("traditional", [False, True])
def test_a_fact_told_twice_with_other_words_before_is_one_row(
    first: str, second: str, figure: str, traditional: bool
) -> None:
    text = f"一、总体情况\n{first}\n二、具体措施\n{second}\n"
    if traditional:
        text, figure = to_traditional(text), to_traditional(figure)
    r = read_report(text, source="x.txt", published="2018-06-01")
    rows = pd.concat([with_context(r), r.targets])
    assert (rows["value_text"].astype(str) == figure).sum() == 1
    told_again = r.unread[r.unread["reason"].str.contains("stated again")]
    assert (told_again["text"].astype(str) == figure).sum() == 1  # not dropped silently


def test_the_same_count_of_other_things_stays_two_rows() -> None:
    text = (
        "一、问题\n抽查发现，晋能集团保安等3家煤矿煤矸石乱堆乱弃。\n"
        "二、整改\n焦煤集团柳湾等3家煤矿煤矸石乱堆乱弃，违反设计规范。\n"
    )
    r = read_report(text, source="x.txt", published="2018-06-01")
    assert (with_context(r)["value_text"].astype(str) == "3家").sum() == 2


@pytest.mark.parametrize("traditional", [False, True])
def test_counts_of_other_lists_told_alike_stay_two_rows(traditional: bool) -> None:
    text = (
        "一、1月\n海口、舟山、福州市等20个城市空气质量相对较好（从第1名到第20名）。\n"
        "二、2月\n临汾、石家庄、邢台市等20个城市空气质量相对较好（从第1名到第20名）。\n"
    )
    if traditional:
        text = to_traditional(text)
    r = read_report(text, source="x.txt", published="2018-06-01")
    rows = pd.concat([with_context(r), r.targets])
    assert (rows["number"] == 20).sum() == 2
