"""read_report: context counts of other shapes, thresholds, targets' deadlines (role20).

Class 1 — counts that measure nothing are context: a count of indicators or pollutants
(``6项常规污染物``, ``四种主要污染物``), the objects another figure's hours or days are taken
over (``10個空氣監測站的污染時數下降6%``), the places or stations the work or a network covers
(``覆盖2050个国控断面``, ``涉及…的4个县市``), the bodies that take part (``14个市配合``), the
size of a monitoring network (``人工測站(3處)``, ``监测网格布点160个``).  Not complaints
(``涉及大气污染80件``), a network built (``新建自动监测站（5个）``) nor people sent
(``出动执法人员200人次参加``).

Class 2 — a bound of a class before 的 and a quoted name (``超過54.5微克/立方公尺的「紅害」``)
is context, as one before 的 and a noun was.

Class 3 — an obligation as an attribute (``2020年应完成整改的32项问题``) names the things due:
in a reporting frame (``截至目前，…``) it promises nothing of the figures after it.

Class 4 — a target's deadline: the year after a pinyin gloss (``到(dào)2025年``), the year
that names the targets of its clause (``2015年全市…工作目标为：``), the year after a word of
a plan or an aim (``计划在二零一三年``, ``目标二〇三〇年``); a month that ends a span opened by a
year (``112年至11月``) is no deadline; a figure dated in the past in its own sentence takes no
deadline of a later clause (``去年…为十二．六微克，目标二〇三〇年能降至十微克``).

Property — ``到<year>年，<indicator>达到<figure>`` is a target of that year with that value;
the same figure told as done (``已达到``, ``实现了``) in a past clause is never a target.  Both
scripts throughout.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import read_tables, values
from tests.scripts import to_traditional

from envindicators.extract._roles import class_bound, reference_or_process
from envindicators.extract._scope_counts import scope_count


# ============================================================ class 1: context counts
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全市6项常规污染物首次全部达到国家二级标准。", 6.0),
        ("国家对化学需氧量、氨氮、二氧化硫、氮氧化物四种主要污染物实施排放总量控制。", 4.0),
        ("今年3项监测因子浓度均有下降。", 3.0),
        ("10个空气监测站的污染时数下降6%至34%不等。", 10.0),
        ("全市13个功能区监测点的平均等效声级为52.1分贝。", 13.0),
        ("参加排名的全国地级及以上城市，覆盖2050个国控断面。", 2050.0),
        ("强力推进涉及提标改造整改任务的4个县市污水处理工程建设。", 4.0),
        ("全省农村饮用水卫生监测覆盖1200个乡镇。", 1200.0),
        ("由省环保厅牵头，省发展改革委等10个部门及14个市配合，全力做好整改工作。", 14.0),
        ("本次培训共有30家企业参与。", 30.0),
        ("维持本县辖内空气品质人工测站（3处）正常运转。", 3.0),
        ("2015年城区区域环境噪声监测网格布点160个，昼间等效声级为50.9分贝。", 160.0),
    ],
)
def test_a_count_that_measures_nothing_is_context(text: str, value: float, hant: bool) -> None:
    obs, tgt, ctx = read_tables(text, hant)
    assert value in values(ctx), text
    assert value not in values(obs) | values(tgt), text


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("今年受理的举报中涉及大气污染80件。", 80.0),
        ("2019年新建自动监测站（5个），空气质量监测能力进一步提升。", 5.0),
        ("全年出动执法人员200人次参加联合执法。", 200.0),
        ("全市共有30家企业完成清洁生产审核。", 30.0),
        ("全市共关停30家企业。", 30.0),
    ],
)
def test_a_count_of_results_is_no_context(text: str, value: float, hant: bool) -> None:
    obs, _, ctx = read_tables(text, hant)
    assert value not in values(ctx), text
    assert value in values(obs), text


@pytest.mark.parametrize("hant", [False, True])
def test_the_hours_of_stations_make_their_count_a_scope(hant: bool) -> None:
    text = "10个空气监测站的污染时数下降6%。"
    text = to_traditional(text) if hant else text
    assert scope_count(text, 0, 3, "個" if hant else "个", "level") is not None
    one = "全市监测站的污染时数为366小时，10个。"
    assert scope_count(one, 18, 21, "个", "level") is None


@pytest.mark.parametrize("hant", [False, True])
def test_coverage_needs_a_place_or_station_counted(hant: bool) -> None:
    def conv(t: str) -> str:
        return to_traditional(t) if hant else t

    covered = conv("监测覆盖1200个乡镇")
    assert reference_or_process(covered, 4, 9, "个", "1200个") is not None
    complaints = conv("其中涉及大气污染80件")
    assert reference_or_process(complaints, 8, 11, "件", "80件") is None


# ============================================================ class 2: a bound before a quote
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("quote", ["「", "“", "『", ""])
def test_a_bound_before_a_quoted_name_is_a_class(quote: str, hant: bool) -> None:
    text = f"警示范围调降成超过54.5微克/立方米的{quote}红害"
    text = to_traditional(text) if hant else text
    s = text.index("54.5")
    e = text.index("的")
    assert class_bound(text, s, e, text[s:e]) is not None
    own = "PM2.5浓度超过54.5微克/立方米。"
    s = own.index("54.5")
    assert class_bound(own, s, own.index("。"), own[s : own.index("。")]) is None


# ============================================================ class 3: obligations as names
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "截至目前，反馈的51项问题中，2020年应完成整改的32项问题已完成整改29项，3项因客观原因未达到时序进度。",
        "截至目前，应当完成整改的32项问题中，3项因客观原因未达到时序进度。",
    ],
)
def test_an_obligation_naming_the_things_due_promises_nothing(text: str, hant: bool) -> None:
    obs, tgt, _ = read_tables(text, hant)
    assert 3.0 not in values(tgt), text
    assert 3.0 in values(obs), text


@pytest.mark.parametrize("hant", [False, True])
def test_an_obligation_of_the_figure_still_promises(hant: bool) -> None:
    _, tgt, _ = read_tables("全市应于2020年底前完成32项整改任务。", hant)
    assert 32.0 in values(tgt)


# ============================================================ class 4: deadlines
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("到(dào)2025年，全区细颗粒物浓度下降到30微克/立方米。", 30.0, 2025),
        ("到（dào）2030年,全市优良天数比率达到90.7%以上。", 90.7, 2030),
        (
            "《计划》中明确2015年全市主要污染物总量控制工作目标为：排放总量控制在11.0万吨以内。",
            110000.0,
            2015,
        ),
        ("2017年目标是：全市优良天数比例达到80%。", 80.0, 2017),
        ("我们计划在二零一三年为1450名市民举办园艺课程。", 1450.0, 2013),
        ("目标二〇三〇年能降至十微克/立方米。", 10.0, 2030),
        ("全县力争于2021年完成40万户清洁能源改造。", 400000.0, 2021),
    ],
)
def test_the_deadline_of_a_target(text: str, value: float, year: int, hant: bool) -> None:
    _, tgt, _ = read_tables(text, hant)
    rows = tgt[tgt["value"].astype(float) == value]
    assert len(rows) == 1, text
    assert pd.Timestamp(rows.iloc[0]["deadline"]).year == year, text


@pytest.mark.parametrize("hant", [False, True])
def test_a_month_ending_a_span_is_no_deadline(hant: bool) -> None:
    text = "112年至11月为67.9ppb。排放清册显示PM10以裸露地表占比最高(62.6%)。"
    obs, tgt, _ = read_tables(text, hant)
    assert not ({67.9, 62.6} & values(tgt))
    assert 62.6 in values(obs)


@pytest.mark.parametrize("hant", [False, True])
def test_a_figure_dated_in_the_past_takes_no_later_deadline(hant: bool) -> None:
    text = "去年PM2.5年平均浓度为12.6微克/立方米，目标二〇三〇年能降至十微克/立方米。"
    obs, tgt, _ = read_tables(text, hant)
    assert 12.6 in values(obs)
    assert 12.6 not in values(tgt)
    assert 10.0 in values(tgt)


# ============================================================ property
_SUBJECTS = [
    ("城市空气质量优良天数比例", "%"),
    ("地表水达到或好于Ⅲ类水体比例", "%"),
    ("城市生活污水集中处理率", "%"),
    ("森林覆盖率", "%"),
]


@settings(max_examples=20, deadline=None)
@given(
    year=st.integers(2016, 2035),
    subject=st.sampled_from(_SUBJECTS),
    number=st.integers(30, 95),
    place=st.sampled_from(["全市", "全省", ""]),
    done=st.sampled_from(["已达到", "实现了", "已经达到"]),
    hant=st.booleans(),
)
def test_a_plan_clause_is_a_target_and_a_done_clause_never(
    year: int,
    subject: tuple[str, str],
    number: int,
    place: str,
    done: str,
    hant: bool,
) -> None:
    noun, unit = subject
    plan = f"到{year}年，{place}{noun}达到{number}{unit}。"
    _, tgt, _ = read_tables(plan, hant)
    rows = tgt[tgt["value"].astype(float) == float(number)]
    assert len(rows) == 1, plan
    assert pd.Timestamp(rows.iloc[0]["deadline"]) == pd.Timestamp(year, 12, 31), plan
    past = f"{year - 1}年，{place}{noun}{done}{number}{unit}。"
    obs, tgt, _ = read_tables(past, hant)
    assert float(number) not in values(tgt), past
    assert float(number) in values(obs), past
