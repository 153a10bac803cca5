"""reg29: registry indicators that fit a figure its words do not name (issue 13, check 18).

Classes: petitions split by an environmental medium alone (``涉及噪声1012件、大气593件``), a
second split of a batch already split (``…从地区分布看：南昌市17件…。按照污染类型分为：大气污染
47件``), a split whose whole is named without a count (``…均接到转办信访件。其中长沙23件``);
and a figure named by a target word alone (``占比93.9%(省定目标84.85%)``), which is the target
of the figure before it.  And the near forms that must not link: a medium's count of another
act, a split whose whole counts another act, a target word with words of its own, a target
of another unit.
"""

from __future__ import annotations

import pytest
from tests.report_rows import read_tables, report_row
from tests.scripts import to_traditional

from envindicators.extract._actions import PETITION_TOPICS

#: (text, figure, subject's topic): a count split by a medium alone, under a petitions count.
MEDIUM_TOPIC = [
    (
        "截至8月12日，全市收到督察组交办群众投诉共计3849件。其中，涉及噪声1012件、大气593件、"
        "生态109件、综合污染1395件、其他333件。",
        "1012件",
        "噪声",
    ),
    (
        "截至8月12日，全市收到督察组交办群众投诉共计3849件。其中，涉及噪声1012件、大气593件、"
        "生态109件、综合污染1395件、其他333件。",
        "593件",
        "大气",
    ),
    (
        "督察组向我市转办第三批信访件共52件。其中，涉及噪音18件、油烟12件、扬尘9件、土壤3件。",
        "12件",
        "油烟",
    ),
    (
        "督察组向我市转办第三批信访件共52件。其中，涉及噪音18件、油烟12件、扬尘9件、土壤3件。",
        "3件",
        "土壤",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "topic"), MEDIUM_TOPIC)
def test_a_medium_alone_splits_petitions_by_topic(
    text: str, figure: str, topic: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == "petitions_handled"
    assert row["needs_review"]
    assert str(row["subject"]).endswith(f"（{to_traditional(topic) if hant else topic}）")


#: (text, figure): a medium's count that is no split of petitions.
MEDIUM_NOT_PETITIONS = [
    # the whole before is a count of cases filed, no petitions
    ("全市立案查处环境违法案件120件，其中，涉及大气45件、噪声30件。", "45件"),
    # no whole and no petition head at all
    ("今年以来，全市共整治问题，其中涉及大气45件、噪声30件。", "30件"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), MEDIUM_NOT_PETITIONS)
def test_a_medium_alone_under_another_count_is_no_petition(
    text: str, figure: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] != "petitions_handled"


#: (text, figure, topic): the second split of a batch the sentence before splits by place.
SECOND_SPLIT = [
    (
        "第二十八批信访件从地区分布看：南昌市17件，上饶市15件，赣州市12件。"
        "按照污染类型分为：大气污染27件，水污染10件，噪音污染7件。",
        "27件",
        "大气污染",
    ),
    (
        "第二十八批信访件从地区分布看：南昌市17件，上饶市15件，赣州市12件。"
        "按照污染类型分为：大气污染27件，水污染10件，噪音污染7件。",
        "10件",
        "水污染",
    ),
    (
        "本批转办的举报件中，沈阳市25件、大连市31件。从污染类型看，大气污染30件、噪声污染26件。",
        "26件",
        "噪声污染",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "topic"), SECOND_SPLIT)
def test_a_second_split_takes_the_whole_of_the_first(
    text: str, figure: str, topic: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == "petitions_handled"
    subject = str(row["subject"])
    assert subject.endswith(f"（{to_traditional(topic) if hant else topic}）")
    assert subject.count("（") == 1  # the first split's topic is no part of it


#: (text, figure, region): members of a split whose whole is named without a count.
HEAD_WITHOUT_COUNT = [
    (
        "这批信访件来源于群众4月12日的举报，各市州均接到转办信访件。其中，长沙市23件、株洲市10件、"
        "湘潭市12件。",
        "10件",
        "株洲市",
    ),
    (
        "督察组本周转办的群众举报件已全部交相关县区办理，按区域划分，铜官区4件、义安区2件。",
        "2件",
        "义安区",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), HEAD_WITHOUT_COUNT)
def test_a_split_under_a_petition_head_without_a_count(
    text: str, figure: str, region: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == "petitions_handled"
    assert row["region"] == region


#: (text, figure): a split whose head is followed by another act, or names no petitions.
HEAD_NOT_PETITIONS = [
    # the act after the petition head is another one: cases filed
    ("群众信访举报问题已转交各地，立案查处后按区域划分，铜官区4件、义安区2件。", "2件"),
    # no petition head: projects by place
    ("全市重点项目进展顺利，按区域划分，铜官区4件、义安区2件。", "2件"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), HEAD_NOT_PETITIONS)
def test_a_split_under_another_head_is_no_petition(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] != "petitions_handled"


def test_petition_topics_are_media_alone() -> None:
    assert {"噪声", "大气", "水", "土壤"} <= PETITION_TOPICS
    # a category word after the medium is is_category's, a measure is none of them
    assert not {"大气污染", "噪声污染", "信访件", "浓度"} & PETITION_TOPICS


#: (text, target figure, registry code): a figure named by a target word alone is the
#: target of the figure before it.
TARGET_OF = [
    (
        "2023年，全市33个国省控断面Ⅰ-Ⅲ类水质断面占比93.9%(省定目标84.85%)。",
        "84.85",
        "surface_water_good_share",
    ),
    (
        "2023年，全市PM2.5年均浓度38微克/立方米，省定目标为42微克/立方米。",
        "42",
        "pm25_concentration",
    ),
    ("2022年，全市优良天数比例为85.2%，国家下达的年度目标为80.5%。", "80.5", "good_air_days_share"),
    ("2021年，全市PM2.5浓度为35微克/立方米(考核目标值40微克/立方米)。", "40", "pm25_concentration"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), TARGET_OF)
def test_a_target_word_alone_names_the_target_of_the_figure_before(
    text: str, figure: str, code: str, hant: bool
) -> None:
    _, targets, _ = read_tables(text, hant=hant)
    rows = targets[targets["value_text"].str.contains(figure, regex=False)]
    assert len(rows) == 1, targets[["value_text", "indicator"]]
    row = rows.iloc[0]
    assert row["indicator"] == code
    assert row["needs_review"]
    assert row["confidence"] != "high"


#: (text, figure, code it must not be): a target word with words of its own, or another unit.
NOT_TARGET_OF = [
    # words of its own: a count of targets met, no target of the share
    ("2023年，全市优良天数比例为85.2%，完成省定目标任务12项。", "12项", "good_air_days_share"),
    # a target of another unit than the figure before: no link to it
    ("2023年，全市优良天数比例为85.2%，下达考核目标3个。", "3个", "good_air_days_share"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), NOT_TARGET_OF)
def test_a_target_word_with_other_words_or_units_keeps_its_own(
    text: str, figure: str, code: str, hant: bool
) -> None:
    observations, targets, context = read_tables(text, hant=hant)
    for table in (observations, targets, context):
        rows = table[table["value_text"].str.contains(figure, regex=False)]
        assert (rows["indicator"] != code).all(), rows[["value_text", "indicator"]]


#: (text, figure, region): a split whose whole restates the batch's petitions count.
RESTATED_WHOLE = [
    (
        "12月22日，督察组向我省交办第十九批群众信访举报案件73件(来信29件，来电44件)。"
        "73件案件中，哈尔滨市39件(重点关注案件5件)，齐齐哈尔市8件，大庆市10件。",
        "39件",
        "哈尔滨市",
    ),
    (
        "督察组向我市转办第五批群众举报件26件。26件中，雁塔区9件、碑林区6件。",
        "9件",
        "雁塔区",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), RESTATED_WHOLE)
def test_a_split_of_a_restated_petitions_count(
    text: str, figure: str, region: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == "petitions_handled"
    assert row["region"] == region


#: (text, figure): a whole written as another count, or restating a count of another act.
NOT_RESTATED = [
    # 60 is not the 73 transferred: no restatement
    (
        "督察组向我省交办第十九批群众信访举报案件73件。60件案件中，哈尔滨市39件，大庆市10件。",
        "39件",
    ),
    # the count restated is of cases filed, no petitions
    ("全市立案查处环境违法案件45件。45件案件中，哈尔滨市19件，大庆市10件。", "19件"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_RESTATED)
def test_a_whole_that_restates_no_petitions_count(text: str, figure: str, hant: bool) -> None:
    # (a member with no measure of its own and no petitions whole may give no row at all)
    for table in read_tables(text, hant=hant):
        rows = table[table["value_text"].str.contains(figure, regex=False)]
        assert (rows["indicator"] != "petitions_handled").all(), rows[["value_text", "indicator"]]


def test_a_count_written_alike_by_chance_restates_nothing() -> None:
    # 整改问题4件 is no set of the 4 of 大洼区 (no 中 after it): the parts after it are no
    # petitions (整改 is another act, and no restatement gives them a petitions whole)
    text = "督察组交办信访件，其中大洼区4件、盘山县3件。整改问题4件，其中盘山县1件、大洼区3件。"
    for table in read_tables(text):
        rows = table[table["value_text"].isin(["1件"])]
        assert (rows["indicator"] != "petitions_handled").all(), rows[["value_text", "indicator"]]
