"""A place's figure in a list, and lists paired right (list40, hand check 28).

* A city's or a province's organ listed among the places a batch of petitions is split by
  (``…康平县2件、市人社局2件、市财政局2件``, ``…湘西土家族苗族自治州15件,省发改委16件``)
  counts the batch's petitions: ``petitions_handled``, the organ named as the part
  (``信访件（市财政局）``, convention (a)), the region the division the text is about.
* A batch's key cases written after its count (``累计交办82件，其中重点关注件6件。``) are a
  part of the batch, no whole of the split by place in the sentence after them.
* A topic of one character (``涉及大气10件、水11件``) names its own part, not the member's
  before it; ``生态破坏`` is a topic of a petitions split.
* A ``分别`` list whose first member the registry does not name alone
  (``二氧化硫、二氧化氮年浓度值分别为9、14``) gives no figure the indicator of another
  member written in the list.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
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


#: (text, (figure, organ, region) of each organ member): organs listed among places.
ORGANS = [
    (
        "12月1日，中央第一生态环境保护督察组向辽宁省转办了第二十七批群众环境信访投诉问题，"
        "其中涉及沈阳市群众环境信访投诉问题36件。和平区9件、沈河区3件、康平县4件、"
        "市人社局5件、市财政局6件、市卫计委7件、市水务集团2件。",
        [
            ("6件", "市财政局", "沈阳市"),
            ("7件", "市卫计委", "沈阳市"),
            ("2件", "市水务集团", "沈阳市"),
        ],
    ),
    (
        "截至12月1日，湖南省第三十四批累计交办信访举报件300件。分别为：长沙市121件，"
        "衡阳市43件，湘西土家族苗族自治州39件，省发改委17件，省生态环境厅3件。",
        [("17件", "省发改委", "湖南省"), ("3件", "省生态环境厅", "湖南省")],
    ),
    (
        "6月8日，吉林省接到督察组移交的第十三批群众信访举报件20件。其中，长春市9件、"
        "吉林市10件、省直相关部门1件。",
        [("1件", "省直相关部门", "吉林省")],
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "members"), ORGANS)
def test_an_organ_listed_among_places_counts_the_batchs_petitions(
    text: str, members: list[tuple[str, str, str]], hant: bool
) -> None:
    f = _rows(text, hant=hant)
    for figure, organ, region in members:
        row = _row(f, figure)
        assert row["indicator"] == "petitions_handled", row[["value_text", "subject"]]
        assert row["subject_s"].endswith(f"（{organ}）")
        assert row["region"] == region


def test_the_places_before_the_organs_keep_their_rows() -> None:
    f = _rows(ORGANS[0][0], hant=False)
    row = _row(f, "9件")
    assert (row["indicator"], row["region"]) == ("petitions_handled", "和平区")
    assert row["subject_s"] == "信访件"


@pytest.mark.parametrize(
    "words",
    [
        "市财政局",
        "市住建局",
        "市卫计委",
        "省生态环境厅",
        "省发展与改革委",
        "省直部门",
        "省直相关部门",
        "市直",
        "市水务集团",
        "省海洋综合执法总队",
        "市级部门",
    ],
)
def test_organ_label_names_an_organ(words: str) -> None:
    from envindicators.extract._places import ORGAN_LABEL

    assert ORGAN_LABEL.fullmatch(words)


@pytest.mark.parametrize(
    "words", ["市辖区", "市区", "城区", "市人民政府", "市民", "县城", "省份", "市州"]
)
def test_organ_label_names_no_place_nor_government(words: str) -> None:
    from envindicators.extract._places import ORGAN_LABEL

    assert ORGAN_LABEL.fullmatch(words) is None


#: Organs not in a list split by place: no petitions part is read for them.
ORGANS_ALONE = [
    ("2020年，市财政局下达生态环境保护资金3亿元。", "3亿元"),
    ("交办信访件20件，其中市人社局2件。", "2件"),  # no place in its sentence, no list
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), ORGANS_ALONE)
def test_an_organ_outside_a_list_is_no_part(text: str, figure: str, hant: bool) -> None:
    f = _rows(text, hant=hant)
    rows = f[f["written"] == figure]
    assert not rows["subject_s"].str.contains("（市").any()


#: (text, the places' figures and regions): a batch's key cases between it and its split.
KEY_CASES = [
    (
        "山西省12月7日讯，第一批至第二批累计交办82件，其中重点关注件6件。按区域分布为："
        "太原市18件、大同市7件、朔州市5件。",
        [("18件", "太原市"), ("7件", "大同市"), ("5件", "朔州市")],
    ),
    (
        "截至12月1日，湖南省第三十四批累计交办4230件，其中重点件351件。分别为："
        "长沙市1121件，衡阳市431件，娄底市307件。",
        [("1121件", "长沙市"), ("431件", "衡阳市"), ("307件", "娄底市")],
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "members"), KEY_CASES)
def test_key_cases_are_no_whole_of_the_split_after_them(
    text: str, members: list[tuple[str, str]], hant: bool
) -> None:
    f = _rows(text, hant=hant)
    for figure, region in members:
        row = _row(f, figure)
        assert row["indicator"] == "petitions_handled", row[["value_text", "subject"]]
        assert row["region"] == region
        assert "重点" not in row["subject_s"]


@pytest.mark.parametrize("hant", [False, True])
def test_key_cases_in_the_members_sentence_stay_their_whole(hant: bool) -> None:
    # 重点件8件，其中长沙市3件: the places split the key cases, not the batch (unchanged)
    text = "湖南省12月1日讯，累计交办4230件，其中重点件8件，其中长沙市3件、衡阳市5件。"
    f = _rows(text, hant=hant)
    for figure in ("3件", "5件"):
        assert "重点件" in _row(f, figure)["subject_s"]


#: (text, figure, part): a topic of one character and 生态破坏 name their own part.
TOPICS = [
    (
        "宁德市12月13日，督察组向我市移交第七批群众信访举报件30件。涉及大气10件、水11件、噪声9件。",
        "11件",
        "水",
    ),
    (
        "宁德市12月13日，督察组向我市移交第七批群众信访举报件30件。从类型来看，涉及大气10件、"
        "水11件、生态破坏9件。",
        "9件",
        "生态破坏",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "part"), TOPICS)
def test_a_topic_names_its_own_part(text: str, figure: str, part: str, hant: bool) -> None:
    row = _row(_rows(text, hant=hant), figure)
    assert row["indicator"] == "petitions_handled"
    assert row["subject_s"].endswith(f"（{part}）")


@pytest.mark.parametrize("hant", [False, True])
def test_places_after_a_topic_split_take_the_batch(hant: bool) -> None:
    text = TOPICS[1][0] + "从区域分布上看，蕉城区13件、福安市12件、福鼎市5件。"
    f = _rows(text, hant=hant)
    for figure, region in (("13件", "蕉城区"), ("12件", "福安市"), ("5件", "福鼎市")):
        row = _row(f, figure)
        assert (row["indicator"], row["region"]) == ("petitions_handled", region)
        assert row["subject_s"] == "信访举报件"


@pytest.mark.parametrize("hant", [False, True])
def test_a_one_character_word_outside_petitions_borrows_as_before(hant: bool) -> None:
    f = _rows("宁德市今年用电10万度、水11万吨。", hant=hant)
    assert _row(f, "11万吨")["indicator"] != "petitions_handled"


#: (text, figure, the indicator it must not be given): a 分别 list paired in order.
PAIRED = [
    ("湛江市2019年空气质量公报。二氧化硫、二氧化氮年浓度值分别为9μg/m3、14μg/m3。", "9μg/m3"),
    ("2019年，全市二氧化硫、二氧化氮年浓度值分别为8微克/立方米、21微克/立方米。", "8微克/立方米"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PAIRED)
def test_a_respectively_list_gives_no_figure_the_next_members_indicator(
    text: str, figure: str, hant: bool
) -> None:
    f = _rows(text, hant=hant)
    row = _row(f, figure)
    assert row["indicator"] != "no2_concentration"
    assert "二氧化硫" in row["subject_s"]
    second = f[f["indicator"] == "no2_concentration"]
    assert len(second) == 1
    assert second["written"].iloc[0] != figure


@pytest.mark.parametrize("hant", [False, True])
def test_a_respectively_list_with_named_members_is_unchanged(hant: bool) -> None:
    text = "2019年，全市二氧化硫、二氧化氮浓度分别为9微克/立方米、14微克/立方米。"
    f = _rows(text, hant=hant)
    assert _row(f, "9微克/立方米")["indicator"] == "so2_concentration"
    assert _row(f, "14微克/立方米")["indicator"] == "no2_concentration"
