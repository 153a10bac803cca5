"""read_report: classes found by the hand checks on unseen corpus text (issue 13, check13b).

* a dateline's city (中新网北京12月28日電, 央广网北京12月13日消息, 5月23日北京报道) is neither
  a figure's region nor the document's;
* a count that is the scope of another figure (``24个省考断面达标率为91.7%``,
  ``1935个水质断面中，…比例为71.0%``) is context, not an observation.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import row_of_value

from envindicators.extract import read_report
from envindicators.extract._scope_counts import scope_count


def _obs(text: str) -> pd.DataFrame:
    r = read_report(text, source="x.txt")
    return pd.concat([r.observations, r.context], ignore_index=True)  # context rows: their table


# ------------------------------------------------------------------------------ datelines
@pytest.mark.parametrize(
    "dateline",
    [
        "中新網客戶端北京12月28日電 (冷昊陽)",  # traditional script: 電
        "中评社北京10月4日电/",
        "央广网北京12月13日消息（记者杜希萌）",  # 消息 after the day
        "中国环境报记者杜宣逸5月23日北京报道 ",  # the place after the day, then 报道
        "本報太原3日訊 ",
    ],
)
def test_a_dateline_city_is_not_the_region_of_the_report(dateline: str) -> None:
    obs = _obs(f"{dateline}生态环境部透露，两批督察共计受理群众举报96755件。")
    region = row_of_value(obs, 96755.0)["region"]
    assert pd.isna(region) or region in ("", "全国"), region


@pytest.mark.parametrize(
    ("opening", "region"),
    [
        ("北京市2018年生态环境状况公报\n", "北京市"),  # a title naming the place
        ("北京12月3日电 山西省生态环境厅通报，", "山西省"),  # the dateline's city is skipped
        ("本报记者5月23日北京报道 河北省", "河北省"),  # the dateline's city after the day
    ],
)
def test_the_document_region_skips_only_the_dateline(opening: str, region: str) -> None:
    text = f"{opening}2018年，PM2.5平均浓度为51微克/立方米。"
    assert row_of_value(_obs(text), 51.0)["region"] == region


def test_a_place_in_a_datelined_opening_is_not_the_document_region() -> None:
    text = (
        "首轮中央环保督察问责超1.8万人\n北京12月28日电(记者 张尼)28日，环保部介绍第一轮督察情况。"
        "2015年12月河北省环境保护督察试点启动，完成31个省(区、市)督察全覆盖。"
        "\n在成效方面，第一轮督察共约谈党政领导干部18448人。"
    )
    region = row_of_value(_obs(text), 18448.0)["region"]
    assert pd.isna(region) or region in ("", "全国"), region


# -------------------------------------------------------------------------- scope counts
@pytest.mark.parametrize(
    ("text", "count", "measured"),
    [
        ("2018年，24个省考断面达标率为91.7%。", 24.0, 91.7),
        ("2018年，全国地表水监测的1935个水质断面（点位）中，Ⅰ～Ⅲ类比例为71.0%。", 1935.0, 71.0),
        ("2019年，全区109座城镇污水处理厂平均达标排放率99.5%。", 109.0, 99.5),
        ("2012年，12条主要水系水质达到或优于Ⅲ类标准的占95.2%。", 12.0, 95.2),
        ("2016年，全國338個地級及以上城市平均優良天數比例為80.5%。", 338.0, 80.5),
        ("2021年，3641个国家地表水考核断面中，水质优良断面比例为84.9%。", 3641.0, 84.9),
        ("2020年，我市8条主要入湖河流优Ⅲ水体比例达75%。", 8.0, 75.0),
    ],
)
def test_a_count_that_scopes_a_share_is_context(text: str, count: float, measured: float) -> None:
    obs = _obs(text)
    assert row_of_value(obs, count)["role"] == "context"
    assert row_of_value(obs, measured)["role"] == "outcome"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2019年，完成1397个建制村环境综合整治任务。", 1397.0),  # a count done
        ("2019年，城东、城西等14座污水处理厂的达标排放率为100%。", 14.0),  # result of a list
        ("2015年，全省98座污水处理厂中，有73座出水稳定达标。", 73.0),  # a subset found
        ("2016年，全国共有214个大、中城市向社会公布了固体废物污染环境防治信息。", 214.0),
        ("2019年，建成污水处理厂12座，处理率达95%。", 12.0),  # the share in the next clause
    ],
)
def test_a_count_that_is_a_result_stays_an_observation(text: str, count: float) -> None:
    assert row_of_value(_obs(text), count)["role"] == "outcome"


_NOUNS = ["国考断面", "监测点位", "地级及以上城市", "城镇污水处理厂", "主要河流"]
_RATES = ["达标率", "水质优良比例", "平均优良天数比例", "平均达标排放率"]
_UNITS = {"国考断面": "个", "监测点位": "个", "地级及以上城市": "个", "城镇污水处理厂": "座",
          "主要河流": "条"}  # fmt: skip


@settings(max_examples=20, deadline=None)
@given(
    st.integers(2, 5000),
    st.sampled_from(_NOUNS),
    st.sampled_from(_RATES),
    st.integers(1, 999),
    st.booleans(),
)
def test_scope_count_property(count: int, noun: str, rate: str, tenths: int, among: bool) -> None:
    share = tenths / 10
    unit = _UNITS[noun]
    body = (
        f"{count}{unit}{noun}中，{rate}为{share}%"
        if among
        else f"{count}{unit}{noun}{rate}为{share}%"
    )
    text = f"2020年，{body}。"
    s = text.index(f"{count}{unit}{noun}")
    e = s + len(f"{count}{unit}")
    assert scope_count(text, s, e, unit, "level") is not None
    assert scope_count(text, s, e, unit, "change_relative") is None  # only levels
    # the same count reported as done, with no share in its clause, is no scope
    done = f"2020年，完成{count}{unit}{noun}改造，{rate}为{share}%。"
    s2 = done.index(f"{count}{unit}{noun}")
    assert scope_count(done, s2, s2 + len(f"{count}{unit}"), unit, "level") is None


@pytest.mark.parametrize(
    "text",
    [
        "2012年，“五江一溪”水质达到或优于国家地表水Ⅲ类标准要求的占81.4%。",
        "2012年，12條主要水系水質達到或優於國家地表水Ⅲ類標準要求的佔95.2%。",
    ],
)
def test_a_standards_requirement_is_no_commitment(text: str) -> None:
    r = read_report(text, source="x.txt")
    assert r.targets.empty
    assert row_of_value(r.observations, float(text[-6:-2]))["kind"] == "level"


def test_a_requirement_still_commits() -> None:
    r = read_report("2019年，省里要求城市污水处理率达到95%以上。", source="x.txt")
    assert len(r.targets) == 1
