"""read_report: the figures of a ``分别`` list and its members, aligned one to one (issue 13,
branch list22).

Class: ``A、B和C<measure>分别为x、y和z`` — the k-th figure is the k-th member's, with the
measure the list shares: a registry member links its indicator (``可吸入颗粒物(PM10)`` →
``pm10_concentration`` for the third of four, never for the first), any other member is
proposed as ``<member><measure>`` (``二氧化硫平均浓度``), not as the whole list and not as
another member's registry name.  Members are split at 、 (a sector's name may hold 和:
煤炭开采和洗选业), or at 、 and 和/及/与 when that gives as many members as figures; quoted
members (``“优”“良”“一般”``) are the quotes' words; glosses in brackets are dropped.  A
member named only by the words the list shares (煤炭开采和洗选业的|粉煤灰产生量) is a part
of that whole: linked to it, flagged.  Members and figures of another count: no member is
guessed, every figure is flagged.  Both scripts; hypothesis properties of the alignment and
of a count mismatch.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import observations as _obs
from tests.report_rows import row_of_value as _by_value
from tests.scripts import in_both_scripts as _both
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._lists import (
    LIST_MISMATCH_NOTE,
    ListMember,
    list_parts,
    listed,
    member_phrases,
)
from envindicators.units import to_simplified


def _rows(text: str) -> pd.DataFrame:
    r = read_report(text, source="x.txt")
    return pd.concat([r.observations, r.targets], ignore_index=True)


# ------------------------------------------------------------------ the members themselves
def test_list_parts_both_ways() -> None:
    by_mark, by_and = list_parts("煤炭开采和洗选业、造纸和纸制品业的产生量")
    assert by_mark == ["煤炭开采和洗选业", "造纸和纸制品业的产生量"]
    assert len(by_and) == 4
    assert list_parts("细颗粒物(PM2.5)和臭氧") == (["细颗粒物和臭氧"], ["细颗粒物", "臭氧"])


@pytest.mark.parametrize(
    ("phrase", "n", "expected"),
    [
        (
            "二氧化硫、二氧化氮和一氧化碳排放量",
            3,
            ["二氧化硫排放量", "二氧化氮排放量", "一氧化碳排放量"],
        ),
        ("二氧化硫(SO2)、二氧化氮(NO2)平均浓度", 2, ["二氧化硫平均浓度", "二氧化氮平均浓度"]),
        ("二氧化硫（SO2）及二氧化氮（NO2）平均浓度", 2, ["二氧化硫平均浓度", "二氧化氮平均浓度"]),
        (
            "煤炭开采和洗选业、造纸和纸制品业的粉煤灰产生量",
            2,
            ["煤炭开采和洗选业的粉煤灰产生量", "造纸和纸制品业的粉煤灰产生量"],
        ),
        (
            "生态环境质量为“优”“良”和“一般”的县域",
            3,
            ["生态环境质量为优的县域", "生态环境质量为良的县域", "生态环境质量为一般的县域"],
        ),
        (
            "生态环境质量为「优」、「良」的县域",
            2,
            ["生态环境质量为优的县域", "生态环境质量为良的县域"],
        ),
    ],
)
def test_member_phrases(phrase: str, n: int, expected: list[str]) -> None:
    members = member_phrases(phrase, n)
    assert members is not None
    assert [m.phrase for m in members] == expected
    trad = member_phrases(to_traditional(phrase), n)
    assert trad is not None
    assert [to_simplified(m.phrase) for m in trad] == expected


@pytest.mark.parametrize(
    ("phrase", "n"),
    [
        ("二氧化硫、二氧化氮排放量", 3),  # two members, three figures
        ("二氧化硫、二氧化氮、氨氮和总磷排放量", 3),  # four members, three figures
        ("质量为“优”“良”和“差”的县域", 2),
        ("农膜回收率", 2),  # one thing, two figures (years): no list
    ],
)
def test_member_phrases_other_count(phrase: str, n: int) -> None:
    assert member_phrases(phrase, n) is None


def test_member_phrases_things_alone_only_when_named() -> None:
    # no measure after the last member: the things stand alone when one is a registry name
    named = member_phrases("可吸入颗粒物和臭氧", 2, lambda w: 2 * (w == "可吸入颗粒物"))
    assert named == (
        ListMember("可吸入颗粒物", "可吸入颗粒物", "臭氧"),
        ListMember("臭氧", "臭氧", "臭氧"),
    )
    assert member_phrases("可吸入颗粒物和臭氧", 2) is None
    assert member_phrases("炼铁和炼钢先进产能", 2, lambda w: 0) is None
    # a verb shared before the first member: every member's (list23; see
    # tests/test_extract_list_shared.py), never the first member's words for the second
    held = {"合计削减化学需氧量": 1, "氨氮": 2}
    cut = member_phrases("合计削减化学需氧量、氨氮", 2, lambda w: held.get(w, 0))
    assert cut is not None
    assert [m.phrase for m in cut] == ["合计削减化学需氧量", "合计削减氨氮"]
    # a measure written after the last that list_member does not recognise: no alignment
    # — unless every member is a substance (np36): they share what the last writes after
    # its own (排放量年度削减目标), by order
    things = {"化学需氧量": 2, "二氧化硫": 2, "氨氮": 2}
    words = "化学需氧量、二氧化硫、氨氮、氮氧化物排放量年度削减目标"
    shared = member_phrases(words, 4, lambda w: things.get(w, 0))
    assert shared is not None
    assert [m.phrase for m in shared] == [
        f"{s}排放量年度削减目标" for s in ("化学需氧量", "二氧化硫", "氨氮", "氮氧化物")
    ]
    words = "工业源、生活源、农业源、集中式治理设施排放量年度削减目标"
    assert member_phrases(words, 4, lambda w: 0) is None


def test_listed() -> None:
    assert listed("生态环境质量为“优”“良”和“差”的县域") == 3
    assert listed("二氧化硫(SO2)、二氧化氮(NO2)、氨氮") == 3
    assert listed("城镇和农村居民人均可支配收入") == 1


# ------------------------------------------------------------------ registry and proposed
@pytest.mark.parametrize(
    "text",
    _both(
        "2025年1月，全市二氧化硫(SO2)、二氧化氮(NO2)、可吸入颗粒物(PM10)、细颗粒物(PM2.5)"
        "平均浓度分别为11、24、59、35微克/立方米。"
    )
    + _both(
        "2025年1月，全市二氧化硫、二氧化氮、可吸入颗粒物、细颗粒物平均浓度分别为11、24、59、35微克/立方米。"
    ),
)
def test_pollutant_list_each_figure_its_member(text: str) -> None:
    obs = _obs(text)
    assert _by_value(obs, 59)["indicator"] == "pm10_concentration"
    assert _by_value(obs, 35)["indicator"] == "pm25_concentration"
    # SO2 and NO2 are registry rows (reg22): each figure its own member's row
    assert _by_value(obs, 11)["indicator"] == "so2_concentration"
    assert _by_value(obs, 24)["indicator"] == "no2_concentration"


@pytest.mark.parametrize(
    "text",
    _both("2018年，全区可吸入颗粒物(PM10)和臭氧浓度同比分别上升8.1%和2.1%。")
    + _both("与上年相比，可吸入颗粒物(PM10)和臭氧同比分别上升8.1%和2.1%，全区空气质量有所改善。"),
)
def test_two_members_shared_verb(text: str) -> None:
    obs = _obs(text)
    assert _by_value(obs, 8.1)["indicator"] == "pm10_concentration"
    second = _by_value(obs, 2.1)
    assert second["indicator"] != "pm10_concentration"
    assert to_simplified(str(second["subject"])).startswith("臭氧")


@pytest.mark.parametrize(
    "text",
    _both(
        "2017年监测的2591个县域中，生态环境质量为“优”“良”“一般”“较差”和“差”的县域"
        "分别有519个、1042个、714个、288个和28个。"
    ),
)
def test_quoted_members(text: str) -> None:
    obs = _obs(text)
    subjects = {
        v: to_simplified(str(_by_value(obs, v)["subject"])) for v in (519, 1042, 714, 288, 28)
    }
    assert subjects[714] == "生态环境质量为一般的县域"
    assert subjects[519] == "生态环境质量为优的县域"
    assert subjects[28] == "生态环境质量为差的县域"
    assert len({_by_value(obs, v)["indicator"] for v in subjects}) == 5


@pytest.mark.parametrize(
    "text",
    _both(
        "2018年，煤炭开采和洗选业、有色金属冶炼和压延加工业、造纸和纸制品业的粉煤灰产生量"
        "分别为3.4亿吨、1560.9万吨和656.0万吨。"
    ),
)
def test_sectors_as_parts(text: str) -> None:
    obs = _obs(text)
    second = _by_value(obs, 15609000)
    assert to_simplified(str(second["subject"])) == "有色金属冶炼和压延加工业的粉煤灰产生量"
    codes = {_by_value(obs, v)["indicator"] for v in (340000000, 15609000, 6560000)}
    assert len(codes) == 3  # each sector's part, not one whole for all


@pytest.mark.parametrize(
    "text",
    _both("到2020年，受污染耕地和污染地块安全利用率分别达到98%左右和90%以上。"),
)
def test_member_and_ending_of_the_last_written_whole(text: str) -> None:
    rows = _rows(text)
    assert _by_value(rows, 98)["indicator"] == "contaminated_farmland_safe_use_rate"
    assert _by_value(rows, 90)["indicator"] == "contaminated_site_safe_use_rate"


@pytest.mark.parametrize(
    "text",
    _both("2019年，全市耕地、林地和草地土壤点位超标率分别降低0.7个、3.2个和2.6个百分点。"),
)
def test_shared_verb_and_unit(text: str) -> None:
    obs = _obs(text)
    assert (obs["unit"] == "percentage_point").all()
    for value, thing in ((-0.7, "耕地"), (-3.2, "林地"), (-2.6, "草地")):
        row = _by_value(obs, value)
        assert to_simplified(str(row["subject"])) == thing + "土壤点位超标率"


@pytest.mark.parametrize("text", _both("2019年，南京、无锡PM2.5浓度分别为28、30微克/立方米。"))
def test_places_as_members_keep_the_shared_indicator(text: str) -> None:
    obs = _obs(text)
    for value, region in ((28, "南京市"), (30, "无锡市")):
        row = _by_value(obs, value)
        assert row["indicator"] == "pm25_concentration"
        assert row["region"] == region


# ------------------------------------------------------------------ count mismatch
@pytest.mark.parametrize(
    "text",
    _both("2019年，全市化学需氧量、二氧化硫排放量分别下降1.1%、0.6%和2.2%。")
    + _both("2019年，全市化学需氧量、氨氮、二氧化硫和氮氧化物排放量分别下降1.1%、0.6%和2.2%。"),
)
def test_count_mismatch_flags_every_figure(text: str) -> None:
    obs = _obs(text)
    assert len(obs) == 3
    assert obs["needs_review"].all()


# ------------------------------------------------------------------ properties
_REGISTRY = [
    ("可吸入颗粒物", "pm10_concentration"),
    ("细颗粒物", "pm25_concentration"),
    ("二氧化硫", "so2_concentration"),
    ("二氧化氮", "no2_concentration"),
]
_OTHERS = ["苯并芘", "氟化物", "总悬浮颗粒物", "铅"]


@settings(max_examples=8, deadline=None)
@given(
    members=st.permutations([*(m for m, _ in _REGISTRY), *_OTHERS]).map(lambda p: p[:3]),
    values=st.lists(st.integers(5, 95), min_size=3, max_size=3, unique=True),
    measure=st.sampled_from(["平均浓度", "年均浓度"]),
    trad=st.booleans(),
)
def test_property_each_figure_its_member(
    members: list[str], values: list[int], measure: str, trad: bool
) -> None:
    a, b, c = values
    text = (
        f"2019年，全市{members[0]}、{members[1]}和{members[2]}{measure}"
        f"分别为{a}、{b}和{c}微克/立方米。"
    )
    obs = _obs(to_traditional(text) if trad else text)
    codes = dict(_REGISTRY)
    for member, value in zip(members, values, strict=True):
        row = _by_value(obs, value)
        if member in codes:
            assert row["indicator"] == codes[member]
        else:
            assert row["indicator"].startswith("proposed_")
            assert to_simplified(str(row["subject"])) == member + measure


@settings(max_examples=6, deadline=None)
@given(
    members=st.lists(st.sampled_from(_OTHERS), min_size=2, max_size=4, unique=True),
    pick=st.integers(0, 2),
    trad=st.booleans(),
)
def test_property_count_mismatch_flags(members: list[str], pick: int, trad: bool) -> None:
    n = [k for k in (2, 3, 4, 5) if k != len(members)][pick]  # never the members' count
    values = [10 + 7 * i for i in range(n)]
    # 、 between all (a list of two joined by 和 alone may be one name: 城镇和农村)
    listed_words = "、".join(members[:-1]) + ("和" if len(members) > 2 else "、") + members[-1]
    figures = "、".join(str(v) for v in values[:-1]) + "和" + str(values[-1])
    text = f"2019年，全市{listed_words}平均浓度分别为{figures}微克/立方米。"
    obs = _obs(to_traditional(text) if trad else text)
    assert len(obs) == n
    assert obs["needs_review"].all()
    assert obs["note"].astype(str).str.contains(LIST_MISMATCH_NOTE, regex=False).all()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        *(
            (t, {5: None, 6: "pm25_concentration", 7: "so2_concentration"})
            for t in _both("2019年，全市铅、细颗粒物和二氧化硫平均浓度分别为5、6和7微克/立方米。")
        ),
        *(
            (t, {5: "pm25_concentration", 6: None, 7: "so2_concentration"})
            for t in _both("2019年，全市细颗粒物、铅和二氧化硫平均浓度分别为5、6和7微克/立方米。")
        ),
        *(
            (t, {5: "pm25_concentration", 6: None, 7: None})
            for t in _both("2019年，全市细颗粒物、汞、镉平均浓度分别为5、6和7微克/立方米。")
        ),
    ],
)
def test_a_one_character_member_is_its_own_thing(text: str, values: dict[int, str | None]) -> None:
    # 铅, 汞, 镉: an element named in one character is a member of its own, never the
    # registry row of another member of the list
    obs = _obs(text)
    for value, code in values.items():
        row = _by_value(obs, value)
        if code is None:
            assert row["indicator"].startswith("proposed_"), row
            assert to_simplified(str(row["subject"]))[0] in "铅汞镉", row
        else:
            assert row["indicator"] == code, row
