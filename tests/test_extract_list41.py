"""Lists and sets as the phrase (list41, hand check 29).

* A ``分别`` list of topics whose last member writes the noun they share
  (``涉及水、大气、土壤、生态和其他环境污染问题分别为18个、18个…``) names each figure by its own
  topic with that noun (涉及水环境污染问题), not by the whole list (convention (a)); the 及
  of the verb 涉及 is no conjunction between members.
* A change whose own words are a water-quality class alone, after a change named with
  another class (``I类水质断面比例上升0.2个百分点，III类下降3.5个百分点``), is its own
  class's (III类水质断面比例), not the first member's.
* A count is named by the noun it counts, written right after it, where the phrase found
  for it is a list of the set's members before it (``金属制品、…5个行业``: 行业) or words
  that run on into a later figure's measure (``62个湖泊年末蓄水总量比年初增加47.5亿立方米``:
  湖泊); such a count is context (the size of the set a later figure is of).
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._lists import member_phrases
from envindicators.units import to_simplified


def _rows(text: str, *, hant: bool) -> pd.DataFrame:
    if hant:
        text = to_traditional(text)
    f = read_report(text, source="x.txt").figures()
    f = f.assign(written=f["value_text"].astype(str).map(to_simplified))
    f["subject_s"] = f["subject"].astype(str).map(to_simplified)
    return f


def _row(f: pd.DataFrame, figure: str, nth: int = 0) -> pd.Series:
    rows = f[f["written"] == figure]
    assert len(rows) > nth, f[["value_text", "indicator", "subject"]]
    return rows.iloc[nth]


#: (text, [(figure, nth, subject)]): topic lists whose last member writes the shared noun.
TOPICS = [
    (
        "第23批交办的信访件共73件。涉及水、大气、土壤、生态和其他环境污染问题分别为"
        "18个、18个、18个、17个、1个。",
        [
            ("18个", 0, "涉及水环境污染问题"),
            ("18个", 1, "涉及大气环境污染问题"),
            ("17个", 0, "涉及生态环境污染问题"),
            ("1个", 0, "涉及其他环境污染问题"),
        ],
    ),
    (
        "涉及噪声、水、土壤、生态、辐射和其他环境污染问题的分别为28个、19个、18个、6个、2个、7个。",
        [
            ("28个", 0, "涉及噪声环境污染问题"),
            ("19个", 0, "涉及水环境污染问题"),
            ("2个", 0, "涉及辐射环境污染问题"),
            ("7个", 0, "涉及其他环境污染问题"),
        ],
    ),
    (
        "投诉比较集中的是大气污染问题，共57件，涉及水、土壤、噪声、生态污染的分别为31件、14件、24件、2件。",
        [("31件", 0, "涉及水污染"), ("24件", 0, "涉及噪声污染"), ("2件", 0, "涉及生态污染")],
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "members"), TOPICS)
def test_a_topic_list_names_each_figure_by_its_topic(
    text: str, members: list[tuple[str, int, str]], hant: bool
) -> None:
    f = _rows(text, hant=hant)
    for figure, nth, subject in members:
        row = _row(f, figure, nth)
        assert row["subject_s"] == subject, row[["value_text", "subject"]]
        assert "、" not in row["subject_s"]


@pytest.mark.parametrize(
    ("phrase", "n", "expected"),
    [
        (
            "涉及水、大气和其他环境污染问题",
            3,
            ["涉及水环境污染问题", "涉及大气环境污染问题", "涉及其他环境污染问题"],
        ),
        (
            "涉及噪聲、水和其他環境污染問題的",
            3,
            ["涉及噪聲環境污染問題", "涉及水環境污染問題", "涉及其他環境污染問題"],
        ),
        ("水、土壤和生态破坏问题", 3, ["水问题", "土壤问题", "生态破坏问题"]),
    ],
)
def test_member_phrases_of_a_topic_list(phrase: str, n: int, expected: list[str]) -> None:
    found = member_phrases(phrase, n)
    assert found is not None
    assert [m.phrase for m in found] == expected


@pytest.mark.parametrize(
    "parts",
    [
        ["水", "大气", "土壤"],  # topics alone: no shared noun written
        ["化学需氧量", "氨氮", "其他污染物排放量"],  # members that are no topics
        ["水", "大气", "其他"],  # the rest alone
    ],
)
def test_no_topic_members_without_topics_and_a_shared_noun(parts: list[str]) -> None:
    from envindicators.extract._lists import _topic_members

    assert _topic_members(parts) is None


def test_a_measure_list_keeps_its_reading() -> None:
    found = member_phrases("化学需氧量、氨氮和总磷排放量", 3)
    assert found is not None
    assert [m.phrase for m in found] == ["化学需氧量排放量", "氨氮排放量", "总磷排放量"]


def test_the_verb_she_ji_is_no_conjunction() -> None:
    # 涉及 opens the list: its 及 splits no member (涉|水 would be one member more)
    found = member_phrases("涉及水、大气、土壤、生态和其他环境污染问题", 5)
    assert found is not None
    assert [m.own for m in found] == ["水", "大气", "土壤", "生态", "其他"]


#: (text, [(figure, subject)]): changes of water classes after the first named in full.
CLASSES = [
    (
        "2016年全国地表水与2015年相比，I类水质断面比例上升0.2个百分点，II类上升5.5个百分点，"
        "III类下降3.5个百分点，IV类下降1.9个百分点。",
        [
            ("上升5.5个百分点", "II类水质断面比例"),
            ("下降3.5个百分点", "III类水质断面比例"),
            ("下降1.9个百分点", "IV类水质断面比例"),
        ],
    ),
    (
        "与2017年相比，Ⅰ类水质断面比例上升2.8个百分点，Ⅱ类上升6.3个百分点，Ⅲ类下降6.6个百分点。",
        [("上升6.3个百分点", "Ⅱ类水质断面比例"), ("下降6.6个百分点", "Ⅲ类水质断面比例")],
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "members"), CLASSES)
def test_a_class_change_takes_its_own_class(
    text: str, members: list[tuple[str, str]], hant: bool
) -> None:
    f = _rows(text, hant=hant)
    for figure, subject in members:
        row = _row(f, figure)
        assert row["subject_s"] == subject, row[["value_text", "subject"]]


@pytest.mark.parametrize("hant", [False, True])
def test_the_first_class_and_a_change_of_one_share_keep_their_names(hant: bool) -> None:
    f = _rows(CLASSES[0][0], hant=hant)
    assert _row(f, "上升0.2个百分点")["subject_s"] == "I类水质断面比例"
    # a change of the same share with no class of its own stays the share's
    g = _rows("2018年Ⅰ～Ⅲ类水质断面比例为71%，同比上升3.1个百分点。", hant=hant)
    assert _row(g, "同比上升3.1个百分点")["indicator"] == "surface_water_good_share"


#: (text, figure, counted noun): counts named by the noun after them.
SETS = [
    (
        "从行业来说，金属制品、非金属矿物制品、通用设备制造、橡胶和塑料制品、纺织服装服饰"
        "5个行业占到全国工业污染源总数的44.14%。",
        "5个",
        "行业",
    ),
    ("2020年，全国62个湖泊年末蓄水总量比年初增加47.5亿立方米。", "62个", "湖泊"),
    ("2020年，全国705座大型水库年末蓄水总量比年初增加243.7亿立方米。", "705座", "大型水库"),
    ("2016年，全国214个城市一般工业固体废物产生量达14.8亿吨。", "214个", "城市"),
    ("2019年，全市8座污水处理厂进水生化需氧量浓度为120毫克/升。", "8座", "污水处理厂"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "noun"), SETS)
def test_a_count_is_named_by_the_noun_it_counts(
    text: str, figure: str, noun: str, hant: bool
) -> None:
    row = _row(_rows(text, hant=hant), figure)
    assert row["subject_s"] == noun, row[["value_text", "subject"]]
    assert row["role"] == "context"


@pytest.mark.parametrize("hant", [False, True])
def test_the_later_figure_keeps_the_measure(hant: bool) -> None:
    f = _rows(SETS[1][0], hant=hant)
    later = f[f["written"].str.contains("47.5")]
    assert len(later) == 1
    assert later["subject_s"].iloc[0] == "湖泊年末蓄水总量"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a count with no later figure in its clause: its words stay (a quality of the lakes)
        ("2020年，全国62个湖泊水质优良。", "62个", "湖泊水质优良"),
        # a count already named by the set it counts
        ("2020年，全国337个地级及以上城市平均优良天数比例为87%。", "337个", "地级及以上城市"),
        # a list of measures before its figures (no count): each member its own
        ("2020年，化学需氧量、氨氮排放量分别下降3%、2%。", "2%", "氨氮排放量"),
    ],
)
def test_counts_without_a_set_keep_their_words(
    text: str, figure: str, subject: str, hant: bool
) -> None:
    assert _row(_rows(text, hant=hant), figure)["subject_s"] == subject


@pytest.mark.parametrize(
    ("text", "figure", "not_subject"),
    [
        # after the list, an act, not a noun counted (實地考核 is what the groups do)
        ("今年度將13鄉鎮市依區域分A、B兩組實地考核。", "两组", "實地考核"),
        # after the list, its total (總計181萬噸), no noun counted
        (
            "一氧化碳、總碳氫化合物、氮氧化物三項總計181萬噸，佔該三項總排放量的65.64%。",
            "三项",
            "總計",
        ),
        # a weight after a list of years: no count
        (
            "其中兩件超大案，2、3年前查獲時5700多噸廢棄物案，至今仍有約4000噸待清運。",
            "5700多吨",
            "廢棄物案",
        ),
    ],
)
def test_no_noun_counted_after_a_list(text: str, figure: str, not_subject: str) -> None:
    row = _row(_rows(text, hant=False), figure)
    assert not str(row["subject"]).startswith(not_subject), row[["value_text", "subject"]]
