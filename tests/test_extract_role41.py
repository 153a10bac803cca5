"""Roles of hand checks 29 and 30's classes (role41).

* a span of time closed by 内 (``在7天内反馈到督察组``, ``1个工作日内启动调查``, ``10天内竟连收
  9罚单``) is a time limit or the span a count is taken over: context, no outcome — not a
  count of days bounded (``剩余天数需控制在7天内``: a target) nor a span with no 内;
* a count of departments an inspection visited (``走访42个部门``, ``走访问询44个部门``, ``对41个
  相关部门进行了走访问询``) is the inspection's work, an outcome — not bodies doing the work
  (``24个部门联合发布``);
* a text that glosses its glyphs (``监(jiān)测``, ``达(dá)标(biāo)率``) is read by the role
  rules of ``_roles.no_measurement`` without its glosses (``晝夜各監(jiān)測2點(diǎn)次，…
  達(dá)標(biāo)率``: the rate's denominator, context, as the same words unglossed).
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row as _row
from tests.report_rows import role_of as _role
from tests.scripts import to_traditional

from envindicators.extract._phrases import VISITS
from envindicators.extract._roles import _TALLY, time_limit, unglossed, visited

# --- a span closed by 内 ----------------------------------------------------------------------

WITHIN = [
    (
        "按照省督察组要求，信访件的办理情况在7天内反馈到督察组，整改和处理情况将及时向社会公开。",
        "7天内",
    ),
    (
        "按照省督察组要求，信访件的办(bàn)理情况在7天内(nèi)反馈到督察组，整改情况将及时公开。",
        "7天内",
    ),
    ("目前，各市都初步反馈了办理情况，在3日内反馈了办理的责任单位、联系人和联系电话。", "3日内"),
    ("1个工作日内启动调查核实，2个工作日内完成调查报告，提出处置意见。", "1个工作日内"),
    ("1个工作日内启动调查核实，2个工作日内完成调查报告，提出处置意见。", "2个工作日内"),
    ("环保局说明，民众发现违规行为后15日内，可透过书面、电话等管道检举。", "15日内"),
    ("市议员说，一名男子投诉，10天内竟连收9罚单，质疑抢钱。", "10天内"),
    ("泳客应该避免在风暴或大雨后三天内前往泳滩游泳。", "三天内"),
]
#: a count of days bounded (a budget: a target), days measured, a span with no 内
NOT_WITHIN = [
    ("全年优良天数300天，同比增加5天。", "300天", "outcome"),
    ("2020年全县重污染天数为7天，同比减少3天。", "7天", "outcome"),
    ("剩余天数需控制在7天内才能完成年度目标。", "7天内", "target"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), WITHIN)
def test_a_span_closed_by_nei_is_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2024-05-08")) == "context"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "role"), NOT_WITHIN)
def test_days_counted_or_bounded_keep_their_role(
    text: str, figure: str, role: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant, published="2020-12-31")) == role


@pytest.mark.parametrize("hant", [False, True])
def test_time_limit(hant: bool) -> None:
    def limit(text: str, written: str) -> str | None:
        text = to_traditional(text) if hant else text
        written = to_traditional(written) if hant else written
        s = text.index(written)
        return time_limit(text, s, s + len(written), written)

    assert limit("办理情况须在10天内反馈到督察组", "10天内") is not None
    assert limit("办理情况须在10天内(nèi)反馈到督察组", "10天") is not None  # 内 after it
    assert limit("应在收到意见后30个工作日内制定整改清单", "30个工作日内") is not None
    assert limit("剩余天数需控制在7天内", "7天内") is None
    assert limit("污染天数压减到10天以内", "10天以内") is None
    assert limit("办结时间为7天", "7天") is None
    assert limit("全市优良天数12天内蒙古", "12天") is None  # 内 of 内蒙古


# --- departments visited --------------------------------------------------------------------

VISITED = [
    (
        "据介绍，第一批督察期间，督察组共与29名厅级干部进行了谈话，调阅了1万余份文件资料，"
        "走访42个部门，对24个旗县区开展了下沉督察。",
        "42个",
    ),
    (
        "进驻期间，各督察组共查阅资料8700余份，与116名被督察市党委政府负责同志开展个别谈话，"
        "走访问询44个部门，交办受理的信访件1341件。",
        "44个",
    ),
    (
        "各督察组共与70名市级领导进行了个别谈话，赴68个部门和单位开展了走访问询，调阅资料5497份。",
        "68个",
    ),
    ("督察组对41个相关部门进行了走访问询，调阅资料1542份。", "41个"),
]
#: agencies doing the work
NOT_VISITED = [
    ("住建部等24个部门联合发布通知。", "24个"),
    ("省政府组织68个部门和单位开展联合执法检查。", "68个"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), VISITED)
def test_departments_visited_are_an_outcome(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2019-12-05")) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_VISITED)
def test_agencies_doing_the_work_stay_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2019-12-05")) == "context"


@pytest.mark.parametrize("hant", [False, True])
def test_visited(hant: bool) -> None:
    def is_visited(text: str, figure: str) -> bool:
        text = to_traditional(text) if hant else text
        figure = to_traditional(figure) if hant else figure
        s = text.index(figure)
        return visited(text, s, s + len(figure))

    assert is_visited("督察组走访42个部门，调阅资料", "42个")
    assert is_visited("走访调研52个有关部门，调阅资料11602份", "52个")
    assert is_visited("对41个相关部门进行了走访问询", "41个")
    assert not is_visited("住建部等24个部门联合发布", "24个")
    assert not is_visited("走访群众后，68个部门联合执法", "68个")  # another clause


def test_the_visit_verbs_are_read_from_one_home() -> None:
    assert set(VISITS.split("|")) == {"走访", "问询", "调研"}
    assert _TALLY.search("累计走访问询")  # the tally keeps reading 走访, 问询


# --- a glossed text read without its glosses -------------------------------------------------

GLOSSED = [
    (
        "对(duì)本季度各类功能区(qū)声环境监测数据进行统计分析，结论如下：0类区(qū)昼夜各监(jiān)测"
        "2点(diǎn)次，昼/夜间点(diǎn)次达(dá)标(biāo)率分别50.0%、0。",
        "2点",
        "context",
    ),
    (
        "全市25个(gè)县级及以上集中式饮用水水源地水质监(jiān)测结果均达到Ⅲ类标准，"
        "达(dá)标(biāo)率为100%。",
        "25个",
        "context",
    ),
]
#: a glossed figure of no rule stays an outcome
NOT_GLOSSED = [
    ("2020年全市(shì)优良天数(shù)比例为95.6%，同比上升2.1个(gè)百分点。", "95.6%", "outcome"),
    ("全市共(gòng)检查企业120家(jiā)，立案处罚15家。", "120家", "outcome"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "role"), GLOSSED + NOT_GLOSSED)
def test_a_glossed_text_is_read_without_its_glosses(
    text: str, figure: str, role: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant, published="2021-03-01")) == role


def test_unglossed_moves_the_offsets() -> None:
    text = "各监(jiān)测2点(diǎn)次达(dá)标率"
    out, moved = unglossed(text)  # type: ignore[misc]
    assert out == "各监测2点次达标率"
    s = text.index("2")
    assert out[int(moved[s]) : int(moved[s + 1])] == "2"
    assert int(moved[len(text)]) == len(out)
    assert unglossed("各监测2点次") is None
    assert unglossed("人工测站(3处)") is None  # a bracket of no pinyin is no gloss
