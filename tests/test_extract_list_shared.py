"""read_report: lists list22 left — words shared before the first member, classes of a
function zone, and lists of values written without ``分别`` (issue 13, branch list23).

Classes:

* an act written once before the first member is every member's (``削减化学需氧量、氨氮
  分别748吨和95吨``: 削减氨氮 for 95吨, never ``削减化学需氧量、氨氮`` nor a registry level of
  the thing cut); members that write acts of their own share none;
* classes of an acoustic function zone (``2类、3类、4a类功能区…``) are list members like
  water classes: the words after the last class are every member's;
* values joined by one list mark each (``74.7毫克/升和6.4毫克/升``) after a list of as many
  members are aligned one to one as a ``分别`` list's; members and values of another count,
  or values with other words between them, are not aligned and not flagged.
"""

from __future__ import annotations

import pytest
from tests.report_rows import observations as _obs
from tests.report_rows import row_of_value as _by_value
from tests.scripts import in_both_scripts as _both

from envindicators.extract._lists import LIST_MISMATCH_NOTE, joined, member_phrases, shared_act
from envindicators.extract._phrases import _CLASS_MEMBER, list_member
from envindicators.units import to_simplified


# ------------------------------------------------------------- an act shared by the members
@pytest.mark.parametrize(
    ("parts", "act"),
    [
        (["合计削减化学需氧量", "氨氮"], "合计削减"),
        (["削减化学需氧量", "氨氮", "总磷"], "削减"),
        (["减排二氧化硫", "氮氧化物"], "减排"),
        (["累计淘汰燃煤锅炉", "黄标车"], "累计淘汰"),
        (["累计淘汰黄标车", "老旧车辆"], "累计淘汰"),
        (["發現問題", "整改問題"], ""),  # each member writes its own act
        (["发现问题", "整改问题"], ""),
        (["全市二氧化硫", "氮氧化物"], ""),  # a place before it, no act
        (["二氧化硫", "氮氧化物排放量"], ""),
        (["化学需氧量", "氨氮"], ""),
        (["削减", "氨氮"], ""),  # the verb alone: no object after it
        (["削减化学需氧量"], ""),  # no list
    ],
)
def test_shared_act(parts: list[str], act: str) -> None:
    assert shared_act(parts) == act


@pytest.mark.parametrize(
    ("phrase", "n", "expected"),
    [
        ("削减化学需氧量、氨氮", 2, ["削减化学需氧量", "削减氨氮"]),
        (
            "合计削减化学需氧量、氨氮和总磷",
            3,
            ["合计削减化学需氧量", "合计削减氨氮", "合计削减总磷"],
        ),
        ("削减苯并芘、氟化物", 2, ["削减苯并芘", "削减氟化物"]),  # things of no registry row
        ("削减化学需氧量、氨氮排放量", 2, ["削减化学需氧量排放量", "削减氨氮排放量"]),
    ],
)
def test_member_phrases_shared_act(phrase: str, n: int, expected: list[str]) -> None:
    for words in _both(phrase):
        members = member_phrases(words, n)
        assert members is not None
        assert [to_simplified(m.phrase) for m in members] == expected
        assert all(m.act for m in members)
        assert not any("、" in m.phrase or "和" in m.phrase[2:] for m in members)


@pytest.mark.parametrize(
    ("text", "values", "subjects"),
    [
        (
            "2020年，全市削减化学需氧量、氨氮分别748吨和95吨。",
            (748, 95),
            ("削减化学需氧量", "削减氨氮"),
        ),
        (
            "2019年，全省合计削减化学需氧量、氨氮分别为8389吨、827吨。",
            (8389, 827),
            ("合计削减化学需氧量", "合计削减氨氮"),
        ),
        (
            "2021年，该市减排二氧化硫、氮氧化物分别为1.2万吨和0.8万吨。",
            (12000, 8000),
            ("减排二氧化硫", "减排氮氧化物"),
        ),
    ],
)
def test_read_report_shared_act(
    text: str, values: tuple[float, float], subjects: tuple[str, str]
) -> None:
    for t in _both(text):
        obs = _obs(t)
        for v, subject in zip(values, subjects, strict=True):
            row = _by_value(obs, v)
            assert to_simplified(str(row["subject"])) == subject
            # the thing is the act's object: no level of it (cod_emissions …) is linked
            assert str(row["indicator"]).startswith("proposed_")
        assert _by_value(obs, values[0])["indicator"] != _by_value(obs, values[1])["indicator"]


def test_read_report_acts_of_their_own_untouched() -> None:
    members = member_phrases("发现问题、整改问题", 2)
    assert members is None or not any(m.act for m in members)
    obs = _obs("2020年，共发现问题、整改问题分别为12个、10个。")
    assert not str(_by_value(obs, 10)["subject"]).startswith("发现整改")
    # a measure after the last member: the list's measure, as before
    obs = _obs("2020年，全市二氧化硫、氮氧化物排放量分别下降3.1%和4.2%。")
    assert _by_value(obs, -3.1)["indicator"] != _by_value(obs, -4.2)["indicator"]


# --------------------------------------------------------------- classes of function zones
@pytest.mark.parametrize("member", ["0类", "1类", "2类", "3类", "4a类", "4b类", "Ⅳ类", "劣Ⅴ类"])
def test_class_members(member: str) -> None:
    assert _CLASS_MEMBER.fullmatch(member)


@pytest.mark.parametrize("member", ["12类", "5类", "2.5类", "二类", "类"])
def test_not_class_members(member: str) -> None:
    assert not _CLASS_MEMBER.fullmatch(member)


@pytest.mark.parametrize(
    ("phrase", "n", "expected"),
    [
        (
            "2类、3类、4a类功能区平均等效声级昼间",
            3,
            [
                "2类功能区平均等效声级昼间",
                "3类功能区平均等效声级昼间",
                "4a类功能区平均等效声级昼间",
            ],
        ),
        (
            "0类、1类和2类区夜间等效声级",
            3,
            ["0类区夜间等效声级", "1类区夜间等效声级", "2类区夜间等效声级"],
        ),
        ("Ⅰ～Ⅲ类、Ⅳ～Ⅴ类和劣Ⅴ类水质断面", 3, ["Ⅰ～Ⅲ类水质断面", "Ⅳ～Ⅴ类水质断面", "劣Ⅴ类水质断面"]),
    ],
)
def test_class_list_members(phrase: str, n: int, expected: list[str]) -> None:
    assert [list_member(phrase, k, n) for k in range(n)] == expected
    members = member_phrases(phrase, n)
    assert members is not None
    assert [m.phrase for m in members] == expected


def test_read_report_zone_classes() -> None:
    for t in _both("2016年，2类、3类、4a类功能区平均等效声级昼间分别为54.1、58.2和63.5分贝。"):
        obs = _obs(t)
        got = [to_simplified(str(_by_value(obs, v)["subject"])) for v in (54.1, 58.2, 63.5)]
        assert got == [
            "2类功能区平均等效声级昼间",
            "3类功能区平均等效声级昼间",
            "4a类功能区平均等效声级昼间",
        ]


# ------------------------------------------------------------ values listed without 分别
def test_joined() -> None:
    t = "达到74.7毫克/升和6.4毫克/升"
    assert joined(t, [2, 11], [10, 18])
    assert joined("为80、50和30", [1, 4, 7], [3, 6, 9])
    assert not joined("为20吨，其中10吨", [1, 8], [4, 11])
    assert not joined("为10万吨、氨氮1万吨", [1, 9], [5, 12])
    assert not joined("为80", [1], [3])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2020年，全市化学需氧量、氨氮达到74.7毫克/升和6.4毫克/升。",
            {74.7: "cod_concentration", 6.4: "ammonia_nitrogen_concentration"},
        ),
        (
            "2020年，全市可吸入颗粒物和细颗粒物年均浓度为80和50微克/立方米。",
            {80: "pm10_concentration", 50: "pm25_concentration"},
        ),
    ],
)
def test_read_report_plain_list_registry(text: str, expected: dict[float, str]) -> None:
    for t in _both(text):
        obs = _obs(t)
        for v, code in expected.items():
            assert _by_value(obs, v)["indicator"] == code


def test_read_report_plain_list_proposed() -> None:
    for t in _both("2020年，全市苯并芘和氟化物年均浓度为1.2和3.4微克/立方米。"):
        obs = _obs(t)
        assert to_simplified(str(_by_value(obs, 1.2)["subject"])) == "苯并芘年均浓度"
        assert to_simplified(str(_by_value(obs, 3.4)["subject"])) == "氟化物年均浓度"


@pytest.mark.parametrize(
    "text",
    [
        # three members, two values: no pairing and no claim of one
        "2020年，全市二氧化硫、氮氧化物、烟粉尘排放量为5万吨和3万吨。",
        "2020年，全市苯并芘、氟化物、沙尘浓度为1.2和3.4微克/立方米。",
    ],
)
def test_read_report_plain_list_other_count(text: str) -> None:
    obs = _obs(text)
    assert not obs["note"].astype(str).str.contains(LIST_MISMATCH_NOTE, regex=False).any()
    subjects = obs["subject"].astype(str).tolist()
    assert not any(s in ("氮氧化物排放量", "氟化物浓度") for s in subjects)


def test_read_report_values_not_listed() -> None:
    # other words between the values: each its own name, as before
    obs = _obs("2020年，全市化学需氧量排放量为10万吨、氨氮1万吨。")
    assert _by_value(obs, 100000)["indicator"] == "cod_emissions"
    assert _by_value(obs, 10000)["indicator"] == "ammonia_nitrogen_emissions"
    # values in two clauses: no list
    obs = _obs("2020年，全市化学需氧量浓度为20毫克/升，氨氮浓度为1.5毫克/升。")
    assert _by_value(obs, 20)["indicator"] == "cod_concentration"
    assert _by_value(obs, 1.5)["indicator"] == "ammonia_nitrogen_concentration"


# ------------------------------------------- a list of places, the measure named once before
@pytest.mark.parametrize(
    ("text", "measure", "places"),
    [
        (
            "2023年5月，苯并芘浓度：淄川区1.2ng/m3、张店区1.5ng/m3、周村区1.7ng/m3。",
            "苯并芘浓度",
            ("淄川区", "张店区", "周村区"),
        ),
        (  # the measure's name a clause of its own before the list
            "2020年，苯并芘浓度，淄川区1.2ng/m3、张店区1.5ng/m3。",
            "苯并芘浓度",
            ("淄川区", "张店区"),
        ),
        (
            "2022年，降尘量：临淄区5.2吨/平方公里·月、桓台县4.1吨/平方公里·月。",
            "降尘量",
            ("临淄区", "桓台县"),
        ),
    ],
)
def test_read_report_place_list_measure_before(
    text: str, measure: str, places: tuple[str, ...]
) -> None:
    for t in _both(text):
        obs = _obs(t)
        assert len(obs) == len(places)
        # the phrase is the measure, never a member place; the region is the member's
        assert [to_simplified(str(s)) for s in obs["subject"]] == [measure] * len(places)
        assert [to_simplified(str(r)) for r in obs["region"]] == list(places)


@pytest.mark.parametrize(
    "text",
    [
        # the clause before holds a figure of its own: not a head of the list
        "2020年，全市苯并芘浓度为1.1ng/m3，淄川区1.2ng/m3、张店区1.5ng/m3。",
        # the clause before names no measure: no head
        "2020年，在全市范围内，淄川区1.2ng/m3、张店区1.5ng/m3。",
    ],
)
def test_read_report_place_list_no_head(text: str) -> None:
    obs = _obs(text)
    for v in (1.2, 1.5):  # still flagged as naming no measure, no head invented
        assert str(_by_value(obs, v)["subject"]).startswith("(no measure named)")
