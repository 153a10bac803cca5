"""read_report: roles — done acts under a deadline or a target word, and the sizes of sets (role19).

Class 1 — done acts are outcomes (:func:`envindicators.extract._roles.stated_as_done`): a
figure whose own clause tells the act as done is no target, also when its sentence opens with
a date to reach by (``到2022年上半年，分六批完成了对…31个省的督察``): 已 + a coverb that puts the
object first (``已将4000万元…列入预算``, ``已对…``), a verb in the perfective after the figure
(``对150户企业进行了核查``).  A clause with no such mark keeps its promise.

Class 2 — a system of targets named as a noun in an earlier clause (``突出主要目标任务，…``,
``开展了…年度目标责任评价考核，…``) promises nothing of a later clause's figure; a label
(``目标任务：…``) still does.

Class 3 — the size of a set is context (:func:`envindicators.extract._roles.set_size`): a count
whose members are ranked or listed after it (``12个盟市…由高至低依次为``), a count that restates
the number of names listed right before it (``南昌、新余、赣州、宜春4个城市``).  Not a count after
有, 等, 其中, nor one that counts more than the names listed.

Property — ``到<year>年，<indicator>达到/为/控制在/不低于<figure>`` is a target of that year with
the comparator its words give, and for a neutral verb (达到, 为) the indicator's direction's
(``ge`` for a share, ``le`` for a concentration: the datasets' convention).  Both scripts
throughout.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import read_tables, values
from tests.scripts import to_traditional

from envindicators.extract._roles import set_size
from envindicators.model.vocab import Comparator


# ============================================================ class 1: done acts
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2022年上半年，分六批完成了对全国31个省（区、市）的督察。", 31.0),
        ("到2018年底，全省累计完成了1200户清洁取暖改造。", 1200.0),
        ("到2020年，全市已将5000万元治理资金列入财政预算。", 5e7),
        ("今年7月完成招投标，已将4000万元专项治理修复经费列入2018年财政预算。", 4e7),
        ("省政府印发了年度目标责任评价考核办法，对全省150户重点企业进行了核查。", 150.0),
        ("省整改办对4项问题提出了审核意见，要求进一步修改完善。", 4.0),
    ],
)
def test_an_act_told_as_done_is_no_target(text: str, value: float, hant: bool) -> None:
    obs, tgt, _ = read_tables(text, hant)
    assert value not in values(tgt)
    assert value in values(obs)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2020年，完成55个建制村环境整治任务。", 55.0),
        ("到2020年底，全市150户重点企业完成核查。", 150.0),
        ("到2022年，将5000万元治理资金列入财政预算。", 5e7),
        ("计划2019年对200家企业开展核查。", 200.0),
    ],
)
def test_an_act_not_told_as_done_keeps_its_promise(text: str, value: float, hant: bool) -> None:
    _, tgt, _ = read_tables(text, hant)
    assert value in values(tgt)


# ============================================================ class 2: target systems as nouns
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "突出环境保护主要目标任务，加大考核权重，2017年设置环境保护考核指标34项。",
        "开展了能耗总量和强度年度目标责任评价考核，2017年设置环境保护考核指标34项。",
        "完善目标管理体系，2017年设置环境保护考核指标34项。",
    ],
)
def test_a_target_system_named_as_a_noun_promises_nothing(text: str, hant: bool) -> None:
    obs, tgt, _ = read_tables(text, hant)
    assert 34.0 not in values(tgt)
    assert 34.0 in values(obs)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "目标任务：新建污水处理厂12座。",
        "年度目标任务为，新建污水处理厂12座。",
        "力争新建污水处理厂12座。",
    ],
)
def test_a_target_label_still_promises(text: str, hant: bool) -> None:
    _, tgt, _ = read_tables(text, hant)
    assert 12.0 in values(tgt)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "秦州区上报完成10107户，在督察组要求重新核实后实际只有4056户。",
        "在省里要求全面排查后，全市共发现问题4056户。",
    ],
)
def test_a_request_made_before_the_figure_promises_nothing(text: str, hant: bool) -> None:
    _, tgt, _ = read_tables(text, hant)
    assert 4056.0 not in values(tgt)


@pytest.mark.parametrize("hant", [False, True])
def test_a_request_of_the_figures_own_clause_still_promises(hant: bool) -> None:
    _, tgt, _ = read_tables("省里要求全市新建污水处理厂12座。", hant)
    assert 12.0 in values(tgt)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "做到完成一项办结一项、整改一个销号一个，全部整改到位。",
        "坚持成熟一个推进一个，逐项落实。",
    ],
)
def test_one_at_a_time_without_a_list_mark_is_no_count(text: str, hant: bool) -> None:
    obs, tgt, _ = read_tables(text, hant)
    assert 1.0 not in values(obs) | values(tgt)


# ============================================================ class 3: sizes of sets
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2018年，12个盟市优良天数比例由高至低依次为：呼伦贝尔市（100.0%）、赤峰市（96.8%）。", 12),
        ("2018年，空气质量相对较差的3个盟市依次是乌海市、包头市和呼和浩特市。", 3),
        ("2019年，10个城市PM2.5浓度从高到低排列依次为邢台、石家庄。", 10),
        ("到2020年底，南昌、新余、赣州、宜春4个城市PM10浓度达到年度考核目标。", 4),
        ("2018年，太原、晋中、吕梁和临汾4市新建污水处理厂12座。", 4),
        ("2017年，南昌、九江、鹰潭、宜春、吉安五个城市PM2.5浓度下降。", 5),
    ],
)
def test_the_size_of_a_set_is_context(text: str, value: int, hant: bool) -> None:
    obs, tgt, ctx = read_tables(text, hant)
    assert float(value) in values(ctx)
    assert float(value) not in values(obs) | values(tgt)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "s", "written"),
    [
        ("南昌、新余等4个城市浓度达标", 6, "4个"),  # 等: the list may be longer
        ("南昌、新余、赣州5个城市浓度达标", 8, "5个"),  # counts more than it names
        ("全市有5个城市依次为南昌、新余", 3, "5个"),  # 有: a result
        ("其中3个城市依次为南昌、新余、赣州", 2, "3个"),
        ("新建污水处理厂12座，依次为甲厂、乙厂", 7, "12座"),  # ranked in another clause
        ("南昌、新余、赣州3.5万吨", 8, "3.5万吨"),  # no small count
        ("新增绵阳、乐山、眉山3个达标城市", 10, "3个"),  # how many were added: a result
    ],
)
def test_not_the_size_of_a_set(text: str, s: int, written: str, hant: bool) -> None:
    t = to_traditional(text) if hant else text
    assert t[s : s + len(written)] == (to_traditional(written) if hant else written)
    assert set_size(t, s, s + len(written), written) is None


# ============================================================ property: 到<year>年 targets
#: The verbs and the comparator they give; ``None``: a neutral verb (达到, 为), whose bound is
#: the indicator's direction (datasets/README.md, targets ``comparator``: a concentration's
#: 达到30微克 is a ceiling, ``le``; a share's 达到85% a floor, ``ge``).
_FORMS: dict[str, str | None] = {
    "达到": None,
    "为": None,
    "不低于": "ge",
    "控制在": "le",
    "下降到": "le",
}
#: Each subject's better direction (its registry indicator's).
_SUBJECTS = [
    ("城市空气质量优良天数比例", "%", "higher"),
    ("地表水达到或好于Ⅲ类水体比例", "%", "higher"),
    ("细颗粒物（PM2.5）年均浓度", "微克/立方米", "lower"),
    ("城市生活污水集中处理率", "%", "higher"),
]


@settings(max_examples=20, deadline=None)
@given(
    year=st.integers(2018, 2035),
    subject=st.sampled_from(_SUBJECTS),
    verb=st.sampled_from(sorted(_FORMS)),
    number=st.integers(30, 95),
    place=st.sampled_from(["全市", "全省", ""]),
    end=st.sampled_from(["", "底", "年底"]),
    lead=st.sampled_from(["", "力争", "确保"]),
    hant=st.booleans(),
)
def test_a_dated_target_sentence_is_a_target(
    year: int,
    subject: tuple[str, str, str],
    verb: str,
    number: int,
    place: str,
    end: str,
    lead: str,
    hant: bool,
) -> None:
    noun, unit, direction = subject
    when = f"{year}年{end}"  # 到2020年, 到2020年底, 到2020年年底
    text = f"到{when}，{place}{noun}{lead}{verb}{number}{unit}。"
    obs, tgt, ctx = read_tables(text, hant)
    rows = tgt[tgt["value"].astype(float) == float(number)]
    assert len(rows) == 1, text
    row = rows.iloc[0]
    assert pd.Timestamp(row["deadline"]) == pd.Timestamp(year, 12, 31), text
    bound = Comparator.for_direction(direction) if _FORMS[verb] is None else _FORMS[verb]
    assert row["comparator"] == str(bound), text
    assert float(number) not in values(obs) | values(ctx), text
