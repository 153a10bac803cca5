"""The time of a figure carried from where the text writes it (period26, issue 13).

Hand check 16's period class: figures left undated or dated wrong where the text writes
their time elsewhere.  Four rules of :mod:`envindicators.extract._periods`, both scripts:

* a paragraph opening with a speaker (``吴晓青说，2013年，…``) opens with its date
  (:func:`~envindicators.extract._periods.speech_lead`, used by ``opens_paragraph``);
* ``接近2019年前水平`` compares with the level of a year: the year is a base, no deadline
  (:func:`~envindicators.extract._periods.names_earlier_level`);
* a second item of an aim (``目标2030年能降至10、2035年能降至8``) has its own deadline
  (:func:`~envindicators.extract._periods.parallel_deadlines`,
  :func:`~envindicators.extract._periods.own_deadline_first`);
* a paragraph breaking down the tally of the paragraph before it (``第二十九批信访件中，按
  污染类型分类…``, ``从区域分布上看，…``) is of the tally's date
  (:func:`~envindicators.extract._periods.tally_paragraph`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import in_both_scripts, to_traditional

from envindicators.extract import read_report
from envindicators.extract._periods import (
    names_earlier_level,
    opens_paragraph,
    own_deadline_first,
    parallel_deadlines,
    speech_lead,
    tally_paragraph,
)


def _rows(text: str, table: str = "observations") -> pd.DataFrame:
    return getattr(read_report(text), table).set_index("value_text")


def _end(rows: pd.DataFrame, value: str) -> pd.Timestamp | None:
    end = rows.loc[value, "period_end"]
    return None if pd.isna(end) else pd.Timestamp(end)


# --- a speaker before the paragraph's opening date ------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "环保部副部长吴晓青说，",
        "環保部副部長吳曉青說,",
        "据介绍，",
        "市生态环境局局长张明表示：",
        "  他指出，",
        "省环境监测中心站负责人介绍,",
    ],
)
def test_a_speaker_before_what_is_said(lead: str) -> None:
    assert speech_lead(lead)
    text = f"一、概况\n{lead}2013年，全国共有261个城市发布信息。"
    assert opens_paragraph(text, text.index("2013"))


@pytest.mark.parametrize(
    "lead",
    [
        "全市空气质量持续改善，",  # a clause of its own, no speaker
        "吴晓青说，全国",  # words after the comma
        "据统计显示共有3人说，",  # a figure in the lead
        "吴晓青说",  # no comma: not a frame
        "他说。",
        "",
    ],
)
def test_no_speaker(lead: str) -> None:
    assert not speech_lead(lead)


_SPOKEN = (
    "固体废物都去哪里了\n\n"
    "6日从环保部了解到，环保部编写了《2014年全国大、中城市固体废物污染环境防治年报》。\n\n"
    "{lead}2013年，全国共有261个大、中城市发布了固体废物污染环境防治信息。\n\n"
    "对于工业危险废物，53.84%得到了综合利用，此外，处置、贮存分别占比40.97%和5.19%。\n"
)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("lead", ["环保部副部长吴晓青说，", "据介绍，"])
def test_a_spoken_opening_year_frames_the_paragraphs_after_it(trad: bool, lead: str) -> None:
    text = _SPOKEN.format(lead=lead)
    o = _rows(to_traditional(text) if trad else text)
    assert _end(o, "53.84%") == pd.Timestamp("2013-12-31")


@pytest.mark.parametrize("date", ["2015年12月", "2015年12月1日", "2015年底", "2015年以来"])
def test_a_speakers_month_or_day_opens_nothing(date: str) -> None:
    text = f"一、概况\n环保部介绍，{date}河北省督察试点启动，2016年7月开展第一批督察。"
    assert not opens_paragraph(text, text.index("2015"))


def test_a_speakers_event_month_dates_no_later_paragraph() -> None:
    text = (
        "环保部介绍，2015年12月河北省环境保护督察试点启动，2016年7月和11月分批开展督察。\n\n"
        "据介绍，第一轮督察共与768名领导干部开展个别谈话，问责18199人。\n"
    )
    o = _rows(text)
    assert _end(o, "18199人") is None


def test_a_clause_before_the_year_frames_nothing() -> None:
    text = _SPOKEN.format(lead="环保部近日公布了情况，")
    o = _rows(text)
    assert _end(o, "53.84%") is None


# --- a year before 前水平: the level compared with ------------------------------------


@pytest.mark.parametrize(
    "after", ["前水平", "年前水平"[1:], "以前的水平", "之前水平", "前的水平，", " 前同期水平"]
)
def test_a_level_before_a_year(after: str) -> None:
    assert names_earlier_level(after)
    assert names_earlier_level(to_traditional(after))


@pytest.mark.parametrize("after", ["前完成", "底前", "以前完成整治", "前三季度", "水平", ""])
def test_no_level_before_a_year(after: str) -> None:
    assert not names_earlier_level(after)


@pytest.mark.parametrize(
    "text",
    in_both_scripts("2023年，全市总污水处理量229,427立方米，增幅3%，接近2019年前水平。")
    + in_both_scripts("2023年，全市耗水量89,164千立方米，已恢复至2019年以前的水平。"),
)
def test_a_figure_near_a_years_level_is_no_target(text: str) -> None:
    r = read_report(text)
    assert r.targets.empty
    o = r.observations
    assert len(o)
    assert (pd.to_datetime(o["period_end"]) == pd.Timestamp("2023-12-31")).all()


@pytest.mark.parametrize("text", in_both_scripts("全市应于2020年前完成整治黑臭水体30个。"))
def test_a_deadline_before_a_year_stays(text: str) -> None:
    t = read_report(text).targets
    assert pd.Timestamp(t.set_index("value_text").iloc[0]["deadline"]).year == 2020


# --- a second deadline: each item of an aim its own ----------------------------------


def test_parallel_deadlines_unit() -> None:
    t = "目标2030年能降至10微克、2035年能降至8微克。"
    starts, ends = np.array([2, 15]), np.array([7, 20])
    years = np.array([2030, 2035])
    roles = ["deadline", "period"]
    assert parallel_deadlines(t, starts, ends, roles, years).tolist() == [False, True]
    # the first item's aim ends with the second's words (到2025年，…收集率达到80%，2030年达到85%)
    t1 = "到2025年，收集率达到80%，2030年达到85%。"
    s1, e1 = np.array([1, 16]), np.array([6, 21])
    assert parallel_deadlines(t1, s1, e1, roles, np.array([2025, 2030])).tolist() == [False, True]
    # another verb before the second figure: no parallel item
    t2 = "目标2030年能降至10微克、2035年实际为12微克。"
    assert not parallel_deadlines(t2, starts, ends, roles, years).any()
    # an earlier year states a level, no aim
    assert not parallel_deadlines(t, starts, ends, roles, np.array([2030, 2023])).any()
    # no deadline before it
    assert not parallel_deadlines(t, starts, ends, ["period", "period"], years).any()
    # another sentence
    t3 = "目标2030年能降至10微克。2035年能降至8微克。"
    assert not parallel_deadlines(t3, starts, ends, roles, years).any()


def test_own_deadline_first_unit() -> None:
    d = pd.DataFrame({"start": [2, 15, 30], "text": ["2025年", "2030年", "2035年"]})
    assert own_deadline_first(d, 20)["text"].tolist() == ["2030年", "2025年", "2035年"]
    assert own_deadline_first(d, 40)["text"].iloc[0] == "2035年"
    assert own_deadline_first(d, 1)["text"].tolist() == ["2025年", "2030年", "2035年"]
    one = d.iloc[:1]
    assert own_deadline_first(one, 40)["text"].tolist() == ["2025年"]


@pytest.mark.parametrize(
    ("text", "deadlines"),
    [
        *(
            (t, {10.0: 2030, 8.0: 2035})
            for t in in_both_scripts(
                "全市PM2.5年平均浓度已降至12.6微克/立方米，目标2030年能降至10微克/立方米、"
                "2035年能降至8微克/立方米。"
            )
        ),
        *(
            (t, {80.0: 2025, 85.0: 2030})
            for t in in_both_scripts("到2025年，全市城市生活污水集中收集率达到80%，2030年达到85%。")
        ),
        *(
            (t, {90.0: 2025, 30.0: 2030})
            for t in in_both_scripts(
                "力争到2025年地表水优良比例达到90%，到2030年细颗粒物浓度降至30微克/立方米。"
            )
        ),
    ],
)
def test_each_item_of_an_aim_has_its_own_deadline(text: str, deadlines: dict[float, int]) -> None:
    t = read_report(text).targets.set_index("value")
    for value, year in deadlines.items():
        assert pd.Timestamp(t.loc[value, "deadline"]).year == year, value


@pytest.mark.parametrize(
    "text",
    in_both_scripts("全市地表水优良比例达到90%，城市黑臭水体消除比例达到95%，2025年底前完成。"),
)
def test_figures_before_a_single_deadline_keep_it(text: str) -> None:
    t = _rows(text, "targets")
    assert {pd.Timestamp(x).year for x in t["deadline"]} == {2025}


# --- a breakdown of the tally of the paragraph before --------------------------------

_BATCH = (
    "中央生态环境保护督察组向我省移交第二十九批信访件\n"
    "2024年5月8日到6月8日，中央第三生态环境保护督察组进驻本省。\n"
    "5月14日，督察组向我省移交第六批群众信访举报件79件，其中重点关注8件。\n"
    "{head}南昌市20件、上饶市10件、宜春市9件。\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "从区域分布上看，",
        "按区域分类，其中：",
        "第六批信访件中，按地区划分，",
        "从信访举报件中的问题类型来看(一件举报可能涉及多种问题类型)，",
        "依照所在地分类：",
    ],
)
@pytest.mark.parametrize("trad", [False, True])
def test_a_breakdown_takes_the_date_of_its_tally(head: str, trad: bool) -> None:
    text = _BATCH.format(head=head)
    o = _rows(to_traditional(text) if trad else text)
    assert _end(o, "20件") == pd.Timestamp("2024-05-14")
    assert _end(o, "9件") == pd.Timestamp("2024-05-14")


def test_a_chain_of_breakdowns_reaches_the_tally() -> None:
    text = _BATCH.format(head="按污染类型分类，大气27件、水22件。\n从区域分布上看，")
    o = _rows(text)
    assert _end(o, "27件") == pd.Timestamp("2024-05-14")
    assert _end(o, "20件") == pd.Timestamp("2024-05-14")


@pytest.mark.parametrize(
    "head",
    [
        "从全年来看，",  # a time, not a kind
        "从目前情况看，",
        "从单位GDP能耗看，",  # a measure: an aspect, no breakdown
        "从总体上看，",
        "全省各地积极办理，",  # no breakdown
        "按照安排，",
        "",
    ],
)
def test_no_breakdown_no_date(head: str) -> None:
    text = _BATCH.format(head=head)
    ps = text.index(head) if head else text.index("南昌市")
    assert tally_paragraph(text, ps) is None


def test_a_breakdown_after_an_undated_paragraph_stays_empty() -> None:
    text = (
        "督察组向我省移交第六批群众信访举报件79件，其中重点关注8件。\n"
        "从区域分布上看，南昌市20件、上饶市10件、宜春市9件。\n"
    )
    o = _rows(text)
    assert _end(o, "20件") is None


def test_a_breakdown_does_not_reach_past_another_paragraph() -> None:
    text = (
        "2024年5月14日，督察组向我省移交第六批群众信访举报件79件。\n"
        "全省已办结信访件60件。\n"
        "南昌市20件、上饶市10件、宜春市9件已公开。\n"
    )
    assert tally_paragraph(text, text.index("南昌市")) is None


@settings(max_examples=12, deadline=None)
@given(
    year=st.integers(2016, 2024),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    head=st.sampled_from(["从区域分布上看，", "按污染类型分类，", "按行业划分，"]),
    trad=st.booleans(),
)
def test_breakdown_property(year: int, month: int, day: int, head: str, trad: bool) -> None:
    text = (
        f"{year}年{month}月{day}日，督察组向我省移交第三批信访件79件。\n"
        f"{head}甲类20件、乙类10件。\n"
    )
    o = _rows(to_traditional(text) if trad else text)
    assert _end(o, "20件") == pd.Timestamp(year, month, day)
    assert _end(o, "10件") == pd.Timestamp(year, month, day)
