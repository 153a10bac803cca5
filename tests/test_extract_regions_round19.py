"""Regions of figures, round 19 (issue 13, branch region19).

Two classes of region faults found in hand checks 8-10 (``benchmarks/extract_check*.csv``):

* ``A、B和C…分别…x、y和z`` where ``分别`` is written inside the first figure
  (``同比分别下降11.8%、10.2%、10.8%``): each figure takes its own place, in order — the
  first figure no longer hides ``分别`` from the list rule, which gave every figure the last
  place;
* a figure after a count of divisions (``12个盟市``, ``11个市``, ``8个省份``) is about the
  divisions counted — its region is the scope above them (unsure, flagged), not the place
  named last before the count (a previous list's last place, the document's county).
"""

from __future__ import annotations

import os

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.extract import read_report
from envindicators.extract._places import counted_scope

_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "dev")

_COUNTED_NOTE = "region read as the scope of the divisions counted before the figure"


def _rows(text: str, region: str | None = None) -> list[tuple[str, str]]:
    obs = read_report(text, region=region).observations
    return list(zip(obs["region"].astype(str), obs["value_text"].astype(str), strict=True))


# --- 分别 written inside the first figure -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "京津冀及周边地区、长三角、汾渭平原PM2.5浓度同比分别下降11.8%、10.2%、10.8%。",
            ["京津冀及周边地区", "长三角地区", "汾渭平原"],
        ),
        (
            "京津冀及周邊地區、長三角、汾渭平原PM2.5濃度同比分別下降11.8%、10.2%、10.8%。",
            ["京津冀及周边地区", "长三角地区", "汾渭平原"],
        ),
        (
            "南京、无锡和苏州的优良天数比例同比分别上升3.1%、2.5%和1.8%。",
            ["南京市", "无锡市", "苏州市"],
        ),
        (
            "南京、無錫和蘇州的優良天數比例同比分別上升3.1%、2.5%和1.8%。",
            ["南京市", "无锡市", "苏州市"],
        ),
        (
            "太原市、大同市和朔州市PM2.5平均浓度分别为45、40和38微克/立方米。",
            ["太原市", "大同市", "朔州市"],
        ),
    ],
)
def test_respective_places_with_fenbie_inside_first_figure(text: str, expected: list[str]) -> None:
    assert [reg for reg, _ in _rows(text)] == expected


def test_respective_places_need_as_many_figures() -> None:
    # two places, three figures: no pairing, and the first place is not given to all
    rows = _rows("南京、无锡的优良天数比例同比分别上升3.1%、2.5%和1.8%。")
    assert len(rows) == 3
    assert [reg for reg, _ in rows] != ["南京市", "无锡市", "南京市"]


_CITIES = ["太原市", "大同市", "朔州市", "忻州市", "吕梁市", "晋中市", "长治市", "晋城市"]


@settings(max_examples=30 if _PROFILE == "ci" else 60, deadline=None)
@given(
    st.lists(st.sampled_from(_CITIES), min_size=3, max_size=3, unique=True),
    st.lists(st.integers(min_value=11, max_value=99), min_size=3, max_size=3),
    st.sampled_from(["分别为", "同比分别下降", "分别达到"]),
    st.booleans(),
)
def test_property_each_place_of_a_list_gets_its_figure(
    names: list[str], values: list[int], verb: str, trad: bool
) -> None:
    a, b, c = names
    x, y, z = values
    text = f"{a}、{b}和{c}PM2.5平均浓度{verb}{x}%、{y}%和{z}%。"
    if trad:
        text = text.replace("别", "別").replace("浓度", "濃度").replace("达到", "達到")
    rows = _rows(text)
    assert [reg for reg, _ in rows] == [a, b, c]
    assert [v.endswith(f"{n}%") for (_, v), n in zip(rows, values, strict=True)] == [True] * 3


# --- a count of divisions before the figure ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "锡林郭勒盟、阿拉善盟沙尘较多。\n2018年,12个盟市空气质量达标天数比例为88.9%。",
            "内蒙古自治区",
            "内蒙古自治区",
        ),
        (
            "錫林郭勒盟、阿拉善盟沙塵較多。\n2018年,12個盟市空氣質量達標天數比例為88.9%。",
            "内蒙古自治区",
            "内蒙古自治区",
        ),
        ("五台县环保局消息。前8个月,11个市的空气质量优良天数平均234天。", None, "山西省"),
        (
            "超过100万吨的省份依次为河北、山东和辽宁,8个省份氮氧化物排放量达800万吨。",
            None,
            "",
        ),
        (
            "超過100萬噸的省份依次為河北、山東和遼寧,8個省份氮氧化物排放量達800萬噸。",
            None,
            "",
        ),
    ],
)
def test_figure_after_a_count_of_divisions_is_at_their_scope(
    text: str, region: str | None, expected: str
) -> None:
    obs = read_report(text, region=region).observations
    last = obs.iloc[-1]
    assert last["region"] == expected
    assert bool(last["needs_review"])
    assert _COUNTED_NOTE in str(last["note"])


@pytest.mark.parametrize(
    "text",
    [
        "太原市11个县(市、区)空气质量优良天数比例为80.1%。",  # the place holds the counted
        "太原市11個縣(市、區)空氣質量優良天數比例為80.1%。",
        "锡林郭勒盟在12个盟市中排名第3,优良天数比例为90.1%。",  # a rank: the place's own
        "太原市优良天数比例为80.1%,3个市场整治完成。",  # 市场 is no division
        "太原市建成1个市级园区,优良天数比例为80.1%。",  # a count of one, 市级
    ],
)
def test_count_of_divisions_negatives(text: str) -> None:
    obs = read_report(text).observations
    first = obs[obs["value_text"].str.contains("80.1|90.1")].iloc[0]
    assert first["region"] in {"太原市", "锡林郭勒盟"}
    assert _COUNTED_NOTE not in str(first["note"])


def test_counted_scope_levels() -> None:
    text = "甲。11个市平均为5"
    assert counted_scope(text, 2, len(text) - 1, "五台县") == "山西省"
    text = "8个省份平均为5"
    assert counted_scope(text, 0, len(text) - 1, "辽宁省") == "全国"
    text = "16个县(市、区)平均为5"
    assert counted_scope(text, 0, len(text) - 1, "苏州市") is None  # above the counted level
    assert counted_scope(text, 0, len(text) - 1, "吴江区") == "苏州市"
    assert counted_scope(text, 0, len(text) - 1, None) is None
    assert counted_scope("两省共为5", 0, 4, "辽宁省") == "全国"
    assert counted_scope("一省为5", 0, 3, "辽宁省") is None  # a count of one


# --- the last place of an earlier sentence's list is not carried --------------------------

_CARRY_NOTE = "region: the last place of an earlier sentence's list not carried"


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "在京津冀、长三角、珠三角等区域实施煤炭消费总量控制。到2017年,非化石能源比重提高到13%。",
            None,
            "",
        ),
        (
            "在京津冀、長三角和珠三角實施煤炭消費總量控制。到2017年,非化石能源比重提高到13%。",
            None,
            "",
        ),
        ("重点检查了太原、大同和朔州。当年PM2.5平均浓度为45微克/立方米。", "山西省", "山西省"),
        ("重點檢查了太原、大同及朔州。當年PM2.5平均濃度為45微克/立方米。", "山西省", "山西省"),
    ],
)
def test_last_place_of_earlier_list_not_carried(
    text: str, region: str | None, expected: str
) -> None:
    rows = pd.concat(
        [read_report(text, region=region).observations, read_report(text, region=region).targets]
    )
    row = rows.iloc[-1]
    assert row["region"] == expected
    assert bool(row["needs_review"])
    assert _CARRY_NOTE in str(row["note"])


@pytest.mark.parametrize(
    "text",
    [
        "太原市深化治理。当年PM2.5平均浓度为45微克/立方米。",  # one place: the paragraph's subject
        "河北省石家庄市深化治理。当年PM2.5平均浓度为45微克/立方米。",  # nested, no list word
        "據北京市消息，太原市深化治理。當年PM2.5平均濃度為45微克/立方米。",  # a comma is no list
    ],
)
def test_single_place_still_carried(text: str) -> None:
    obs = read_report(text).observations
    assert obs.iloc[-1]["region"] in {"太原市", "石家庄市"}
    assert _CARRY_NOTE not in str(obs.iloc[-1]["note"])


def test_count_of_cities_of_any_level_is_no_scope() -> None:
    # 昌吉州7个城市: 城市 counts cities of any level; the prefecture stays
    for text in (
        "2016年昌吉州7个城市道路交通超标总长度增加8.5千米。",
        "2016年昌吉州7個城市道路交通超標總長度增加8.5千米。",
    ):
        obs = read_report(text).observations
        assert _COUNTED_NOTE not in " ".join(obs["note"].astype(str))


def test_list_totals_own_count_is_no_later_subject() -> None:
    text = (
        "龙岩、莆田、南平、三明、泉州5个设区市单位GDP能耗"
        "分别下降19.3%、18.7%、12.1%、11.0%和10.5%。"
    )
    obs = read_report(text).observations
    assert _COUNTED_NOTE not in " ".join(obs["note"].astype(str))


def test_list_does_not_run_across_a_line() -> None:
    # a group opening a line after a list that ended the line before is the line's subject
    text = "较差的城市依次是唐山、邢台、太原、\n“2+26”城市PM10平均浓度为77微克/立方米。"
    obs = read_report(text).observations
    row = obs[obs["value_text"].str.contains("77")].iloc[0]
    assert row["region"] == "2+26城市"
    assert _CARRY_NOTE not in str(row["note"])
