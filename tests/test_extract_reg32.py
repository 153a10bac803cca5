"""reg32: registry links where a registry row fits and the figure was proposed (issue 13,
hand check 21).

Classes: a petition split whose member words carry a pinyin gloss (``涉及市轄區(qū)3件``);
an action's object written right before its verb (``老旧柴油车淘汰1891辆``, ``小煤矿关闭
23处``); the verb 清查 (an inspection: ``对全县81家矿山进行了清查``); the problems an
inspection's feedback names (``共指出各地490个…突出问题``, ``梳理出的62个…问题``:
``inspection_findings``); a verb joined to its count by 的 or 各地; 交办件, the petitions an
inspection team transfers (an alias of ``petitions_handled``).  And the forms those rules
must not touch.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

from envindicators.extract._actions import _object_before_verb, action_link


def _row(text: str, figure: str, hant: bool) -> object:
    return report_row(to_traditional(text) if hant else text, figure)


#: (text, figures): a petition split whose members carry pinyin glosses.
GLOSSED_SPLIT = [
    (
        "2021年，督察组共向我市交辦群眾信訪舉報案件181件，"
        "涉及市轄區(qū)3件、云城區(qū)52件、云安區(qū)21件、羅定市40件。",
        ["3件", "52件", "21件", "40件"],
    ),
    (
        "2018年5月，督察组转办信访件共60件，其中涉及大氣(qì)污染30件、"
        "噪聲(shēng)污染20件、水污染10件。",
        ["30件", "20件", "10件"],
    ),
]


@pytest.mark.parametrize(("text", "figures"), GLOSSED_SPLIT)
def test_a_glossed_member_of_a_petition_split_is_petitions(text: str, figures: list[str]) -> None:
    for figure in figures:
        row = report_row(text, figure)
        assert row["indicator"] == "petitions_handled", (figure, row["subject"])
        assert "(" not in str(row["subject"])  # no gloss in the subject


#: (text, figure): a unit of the division's own level as a member of a petition split.
OWN_LEVEL_MEMBER = [
    ("2018年6月，中央督察组交办件累计75件：钟山县19件，八步区21件，市直8件。", "8件"),
    (
        "2026年5月19日，我市接到督察组交办的信访举报案件8件。其中，双辽市3件，"
        "伊通满族自治县3件，铁西区1件，市辖区1件。",
        "1件",
    ),
    ("2017年，督察组转办信访件共30件，其中市本级12件、东区10件、西区8件。", "12件"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), OWN_LEVEL_MEMBER)
def test_a_member_of_the_own_level_is_petitions(text: str, figure: str, hant: bool) -> None:
    assert _row(text, figure, hant)["indicator"] == "petitions_handled"


def test_the_own_level_alone_is_no_petitions() -> None:
    """市直 as the label of a count in 件 of another act: no petitions."""
    text = "2019年，全市立案查处环境违法案件30件，其中市直8件。"
    assert report_row(text, "8件")["indicator"] != "petitions_handled"


def test_a_glossed_place_of_another_act_is_no_petitions() -> None:
    """A count in 件 of cases filed is no petition split, glossed or not."""
    text = "2021年，全市立案查處(chǔ)環境違法案件45件，其中云城區(qū)10件、云安區(qū)8件。"
    assert report_row(text, "10件")["indicator"] != "petitions_handled"


#: (text, figure, code): the object written right before its verb.
OBJECT_BEFORE_VERB = [
    ("2021年，本市大型老旧柴油车淘汰1,891辆，居全国第一。", "1,891辆", "vehicles_retired"),
    ("2019年，全市小煤矿关闭23处。", "23处", "coal_mines_closed"),
    ("2019年，全市“散乱污”企业已关停取缔120家。", "120家", "enterprises_closed"),
    ("2019年，全市违法企业立案处罚36家。", "36家", "enterprises_penalized"),
]

#: (text, figure, code): words before the verb that are no object of it.
NOT_OBJECT_BEFORE_VERB = [
    # 现场 ends in 场, a one-character head: no enterprise; the count is of 点位
    ("2019年，督察组现场检查823个点位。", "823个", "enterprises_inspected"),
    ("2019年，督察组现场检查823个点位。", "823个", "inspection_patrols"),
    # a finding in the words: no object
    ("2019年，全市发现问题企业整改12家。", "12家", "enterprises_rectified"),
    # the count's measure word does not fit the object (企业…处)
    ("2019年，全市企业关停23处。", "23处", "enterprises_closed"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), OBJECT_BEFORE_VERB)
def test_an_object_before_its_verb_links_the_action(
    text: str, figure: str, code: str, hant: bool
) -> None:
    assert _row(text, figure, hant)["indicator"] == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), NOT_OBJECT_BEFORE_VERB)
def test_words_before_a_verb_that_are_no_object(
    text: str, figure: str, code: str, hant: bool
) -> None:
    assert _row(text, figure, hant)["indicator"] != code


def test_the_object_before_a_verb() -> None:
    assert _object_before_verb("年本市大型老旧柴油车", {"vehicle"}) == "vehicle"
    assert _object_before_verb("全市小煤矿已", {"coal_mine", "enterprise"}) == "coal_mine"
    assert _object_before_verb("全市“散乱污”企业累计", {"enterprise"}) == "enterprise"
    assert _object_before_verb("现场", {"enterprise"}) is None
    assert _object_before_verb("督察组", {"enterprise"}) is None
    assert _object_before_verb("其中企业", {"enterprise"}) is None
    assert _object_before_verb("老旧柴油车", {"enterprise"}) is None  # not the verb's class


def test_action_link_reads_the_object_before_the_verb() -> None:
    acts = {("close", "vehicle"): "retired", ("close", "enterprise"): "closed"}
    text = "全市老旧柴油车淘汰1891辆"
    link = action_link(text, 9, 14, 0, 14, 0, acts, lambda c: True)
    assert link is not None
    assert link.code == "retired"
    assert link.sure
    # a noun after the count: the count is of it, no link
    text = "全市老旧柴油车淘汰1891辆次车型"
    assert action_link(text, 9, 14, 0, 18, 0, acts, lambda c: True) is None


#: (text, figure, code): 清查 an inspection; 指出/梳理出 problems the inspection names.
ACTS = [
    ("2019年，县国土资源局对全县81家矿山进行了“拉网式”清查。", "81家", "enterprises_inspected"),
    ("2019年，执法人员清查企业120家，责令整改15家。", "120家", "enterprises_inspected"),
    (
        "2018年10月中旬反馈了督察意见，共指出各地490个生态环境领域突出问题。",
        "490个",
        "inspection_findings",
    ),
    ("2018年，督察组向我省反馈督察意见，指出问题46个。", "46个", "inspection_findings"),
    (
        "2019年，各地、各部门高度重视梳理出的62个突出生态环境问题，迅速安排部署。",
        "62个",
        "inspection_findings",
    ),
    ("2019年，全市关停的58家企业已全部验收销号。", "58家", "enterprises_closed"),
]

#: (text, figure, code): the same verbs on other things, or other verbs on problems.
NOT_ACTS = [
    # a problem found (发现) is no feedback's finding; clues are no problems
    ("2019年，专项检查发现问题21个，已全部交办。", "21个", "inspection_findings"),
    (
        "2018年，督察组同步移交了84个生态环境损害责任追究问题线索。",
        "84个",
        "inspection_findings",
    ),
    # problems not yet rectified of the feedback: a part, no count of the findings
    (
        "2019年，重点督查督察反馈未完成整改的6个问题，逐一销号。",
        "6个",
        "inspection_findings",
    ),
    # 指出 with a count of another thing
    ("2019年，专家指出全市12家企业存在超标排放。", "12家", "inspection_findings"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), ACTS)
def test_counts_named_by_their_act_link(text: str, figure: str, code: str, hant: bool) -> None:
    assert _row(text, figure, hant)["indicator"] == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), NOT_ACTS)
def test_other_acts_and_other_things_do_not_link(
    text: str, figure: str, code: str, hant: bool
) -> None:
    assert _row(text, figure, hant)["indicator"] != code


#: (text, figure): 交办件, the petitions an inspection team transfers.
TRANSFERRED = [
    ("2018年6月8日至6月23日，中央督察组交办件累计75件。", "75件"),
    ("2016年，省转交第四批环境信访交办件41件，已全部办结。", "41件"),
    ("截至2016年底，十一批次共计639件交办件已全部办结。", "639件"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), TRANSFERRED)
def test_transferred_cases_are_petitions(text: str, figure: str, hant: bool) -> None:
    assert _row(text, figure, hant)["indicator"] == "petitions_handled"


@pytest.mark.parametrize("hant", [False, True])
def test_batches_of_transferred_cases_stay_batches(hant: bool) -> None:
    text = "2016年，中央督察组交办信访件批次12批。"
    assert _row(text, "12批", hant)["indicator"] != "petitions_handled"


#: (text, figure): the key cases (重点…件) are a part of the petitions, no count of them all.
KEY_PART = [
    ("2016年，省转交第四批环境信访交办件41件，其中重点交办件16件。", "16件"),
    ("2016年，督察组转交信访件41件，其中重点信访件16件。", "16件"),
    (
        "5月30日，督察組向重慶市交辦群眾信訪舉報(bào)件122件，涉及我區(qū)2件(重點(diǎn)交辦件0件)。",
        "0件",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), KEY_PART)
def test_the_key_cases_are_no_count_of_the_petitions(text: str, figure: str, hant: bool) -> None:
    row = _row(text, figure, hant)
    assert row["indicator"] != "petitions_handled"
    assert row["needs_review"]


@pytest.mark.parametrize("hant", [False, True])
def test_the_whole_before_the_key_cases_stays_petitions(hant: bool) -> None:
    text = "2016年，省转交第四批环境信访交办件41件，其中重点交办件16件。"
    assert _row(text, "41件", hant)["indicator"] == "petitions_handled"


#: (text, figures): a channel written with the petitions' head (来信举报) splits petitions.
CHANNEL_WITH_HEAD = [
    ("2018年6月，共收到信访件60件，其中来电举报40件、来信举报20件。", ["40件", "20件"]),
    (
        "截至2018年6月，共计接收到督察组二十批次共计1190件交办件，其中来电举报958件，"
        "来信举报232件。",
        ["958件", "232件"],
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figures"), CHANNEL_WITH_HEAD)
def test_a_channel_with_the_petitions_head_splits_petitions(
    text: str, figures: list[str], hant: bool
) -> None:
    for figure in figures:
        assert _row(text, figure, hant)["indicator"] == "petitions_handled", figure


@pytest.mark.parametrize("hant", [False, True])
def test_a_split_after_a_channel_split_keeps_its_petitions(hant: bool) -> None:
    """The places after a channel split (电话投诉44件，来信投诉9件。已交办武汉20件…) are
    petitions: the member before them writes the petitions' head."""
    text = (
        "7日当天，中央第三环保督察组向我省转办53件，其中电话投诉44件，来信投诉9件。"
        "已交办武汉20件，黄石3件，十堰2件。"
    )
    for figure in ("9件", "20件", "2件"):  # (3件 is written in 53件 first)
        assert _row(text, figure, hant)["indicator"] == "petitions_handled", figure


def test_a_split_whole_named_by_its_act_gives_its_members_the_head() -> None:
    """A whole linked by its act (受理的1343件信访件) gives its members the petitions' head,
    not its own count (信访件, never 受理的1343件信访件)."""
    text = "2022年，自治区受理的1343件信访件中，乌鲁木齐市613件、昌吉州146件、伊犁州113件。"
    row = report_row(text, "613件")
    assert row["indicator"] == "petitions_handled"
    assert "1343" not in str(row["subject"])
