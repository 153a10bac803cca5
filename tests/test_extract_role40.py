"""Regions of hand check 28's classes and the transfer verbs' one home (role40).

* a page that names its province only as where the inspection is stationed (``进驻广西``) and
  hands a batch to one division inside it (``向南宁市交办8批…``) is the recipient's page: the
  figures of its later paragraphs (``交办的130件信访案件中，…工业废气41件``) are 南宁市's;
  a title naming the province, two recipients or the province itself as recipient keep it;
* a list member labelled by a zone the gazetteer lacks (``高新区(34µg/m3)``, ``经开区(31µg/m3)``)
  is the zone's, read as the division holding the list's places (``张店区`` → 淄博市) or else
  the document's region — not the place a neighbouring member names (``张店区(29µg/m3)``);
* a bound followed by the short name of the class it defines (``(酸硷值低於5.6为酸雨)``,
  ``浓度低于35微克/立方米为达标``) is context, not an outcome — a rank or a record after a
  bound (``高于95%为历年最高``) is no definition;
* the verbs of complaints handed over (交办, 转办, 移交, 转交), received (接到, 收到 …) and
  handled (办结, 反馈) have one home, ``_phrases``: a batch ``督察组转交`` to a place is one
  handed over during the stationing.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row as _row
from tests.report_rows import role_of as _role
from tests.scripts import to_traditional

from envindicators.extract._inspections import _CUE
from envindicators.extract._periods import _TODAY
from envindicators.extract._phrases import HAND_OVER, HANDLED, PETITIONS_HANDED, RECEIVE
from envindicators.extract._places import Places, transfer_recipient, zone_labelled
from envindicators.extract._roles import _TRANSFER_VERB, class_bound

# --- the recipient of a transfer as the page's region ---------------------------------------

RECIPIENT = [
    (
        "中央第五环境保护督察组自6月7日进驻广西开展“回头看”工作以来，截至6月15日，督察组已向南宁市"
        "交办8批群众举报案件共130件。其中，信访案件数量较多的区域主要涉及横县27件、兴宁区15件、"
        "青秀区13件。\n按照污染类型分析，交办的130件信访案件中，主要涉及工业废气41件、油烟12件。",
        "41件",
        "南宁市",
    ),
    (
        "中央第七生态环境保护督察组自2021年4月9日进驻广西开展生态环境保护督察工作以来，4月20日，"
        "督察组向贵港市交办第10批群众信访投诉件共6件。其中，涉及桂平市2件、平南县1件、港北区2件、"
        "覃塘区1件。\n从污染类型看，本批信访件中大气污染4件、噪声污染2件。",
        "4件",
        "贵港市",
    ),
    (
        "中央第八生态环境保护督察组自4月6日进驻云南开展督察以来，督察组向迪庆州转办第十五批群众举报"
        "投诉生态环境问题7件。涉及香格里拉市4件、维西县3件。\n本批举报件中，涉及水污染6件、大气污染1件。",
        "6件",
        "迪庆藏族自治州",
    ),
]
#: the province kept: two recipients, the province itself handed the batch
NOT_RECIPIENT = [
    (
        "青海省第一生态环境保护督察组自5月10日进驻青海开展督察以来，"
        "累计向海东市、黄南州转办23件。\n按照污染类型分析，本批信访件中，涉及大气污染5件、水污染3件。",
        "5件",
        "青海省",
    ),
    (
        "中央第五环境保护督察组自6月7日进驻广西开展“回头看”工作以来，目前已向广西交办3批信访举报案件。\n"
        "按照污染类型分析，交办的信访案件中，主要涉及工业废气41件、油烟12件。",
        "41件",
        "广西壮族自治区",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), RECIPIENT)
def test_the_recipient_of_a_transfer_is_the_region(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), NOT_RECIPIENT)
def test_the_province_stays_without_one_recipient(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize("hant", [False, True])
def test_transfer_recipient(hant: bool) -> None:
    def conv(t: str) -> str:
        return to_traditional(t) if hant else t

    guangxi = "广西壮族自治区"
    t = "督察组自6月7日进驻广西开展工作以来，已向南宁市交办8批群众举报案件共130件"
    assert transfer_recipient(conv(t), guangxi) == "南宁市"
    # a title naming the province: the province's page
    t = "黑龙江省开展第二季度环保督查\n督察组已进驻哈市。督察组共向哈尔滨市转交信访案件36批次"
    assert transfer_recipient(conv(t), "黑龙江省") is None
    # the province handed the batch; a place named, no transfer to it
    t = "督察组自6月7日进驻广西以来，目前已向广西交办3批信访举报案件"
    assert transfer_recipient(conv(t), guangxi) is None
    t = "督察组自6月7日进驻广西以来，南宁市共受理信访举报案件130件"
    assert transfer_recipient(conv(t), guangxi) is None
    # a recipient outside the province read; no region read
    t = "督察组自6月7日进驻广西以来，已向昆明市交办8批群众举报案件"
    assert transfer_recipient(conv(t), guangxi) is None
    assert transfer_recipient(conv(t), None) is None


# --- a figure labelled by a zone the gazetteer lacks ---------------------------------------

ZIBO = (
    "淄博市2023年5月份环境空气质量状况\n"
    "区县(功能区)5月份污染因子后3位排名情况\n"
    "NO2 |\n"
    "高新区(34µg/m3)、经开区(31µg/m3)、张店区(29µg/m3) |\n"
)
HEAD = "淄博市2023年5月份环境空气质量状况\n"
ZIBO_SO2 = HEAD + "SO2 |\n经开区(16µg/m3)、桓台县(15µg/m3)、高青县(14µg/m3) |\n"
ZONED = [
    (ZIBO, "34µg/m3", "淄博市"),
    (ZIBO, "31µg/m3", "淄博市"),
    (HEAD + "综合指数 |\n高新区(4.33)、张店区(4.20)、经开区(4.07) |\n", "4.33", "淄博市"),
    (ZIBO_SO2, "16µg/m3", "淄博市"),
    # a province's page: the members' city holds the zone, not the province
    (
        "中央第三生态环境保护督察组向内蒙古自治区交办第十四批信访件。"
        "本批信访件涉及新城区3件、玉泉区1件、赛罕区4件、经济技术开发区2件。",
        "2件",
        "呼和浩特市",
    ),
]
#: the places' own figures keep their places
NOT_ZONED = [
    (ZIBO, "29µg/m3", "张店区"),
    (ZIBO_SO2, "15µg/m3", "桓台县"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), ZONED)
def test_a_zones_figure_is_the_holding_divisions(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), NOT_ZONED)
def test_a_places_own_figure_keeps_its_place(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize("hant", [False, True])
def test_zone_labelled(hant: bool) -> None:
    places = Places.build()

    def labelled(t: str, figure: str) -> bool:
        if hant:
            t, figure = to_traditional(t), to_traditional(figure)
        return zone_labelled(t, places.find(t), t.index(figure))

    t = "高新区(34µg/m3)、经开区(31µg/m3)、张店区(29µg/m3)"
    assert labelled(t, "34")
    assert labelled(t, "31")
    assert not labelled(t, "29")  # 张店区's own
    assert labelled("其中，净月高新区5件、朝阳区3件", "5件")
    # a zone named with its city; a reserve; a place's count; no label in reach
    assert not labelled("其中，长春新区5件、朝阳区3件", "5件")
    assert not labelled("全市共有自然保护区13个", "13个")
    assert not labelled("涉及桂平市2件、平南县1件", "2件")
    assert not labelled(
        "各地积极推进园区改造，累计完成了年度计划中全部的高新区改造项目共计12个", "12个"
    )


# --- a class's definition: context ---------------------------------------------------------

DEFINED = [
    (
        "全年降雨量为1,363.6毫米;最低的雨水酸硷值为3.5 (酸硷值低於5.6为酸雨)。全年紫外线强度中等。",
        "5.6",
    ),
    ("在九澳站录得3.4的最低雨水酸硷值(酸硷值低于5.6为酸雨)。", "5.6"),
    ("监测结果按日均值评价，二氧化硫日均浓度高于150微克/立方米即为超标。", "150微克"),
]
#: a value measured, a record after a bound: outcomes
NOT_DEFINED = [
    ("全年降雨量为1,363.6毫米;最低的雨水酸硷值为3.5。", "3.5"),
    ("2010年，全国工业二氧化硫排放达标率为91.4%，其中东部达标率高于95%为历年最高。", "95%"),
    ("全市优良天数比例高于85%，为近年最好水平。", "85%"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), DEFINED)
def test_a_class_definitions_bound_is_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2012-12-31")) == "context"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_DEFINED)
def test_a_value_or_record_stays_an_outcome(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2012-12-31")) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
def test_class_bound_reads_a_definition(hant: bool) -> None:
    def bound(t: str, figure: str) -> str | None:
        if hant:
            t, figure = to_traditional(t), to_traditional(figure)
        s = t.index(figure)
        return class_bound(t, s, s + len(figure), figure)

    assert bound("(酸硷值低于5.6为酸雨)", "5.6") == "a bound of a class (its definition)"
    assert bound("浓度低于35微克/立方米为达标，", "35微克/立方米") is not None
    assert bound("达标率高于95%为历年最高。", "95%") is None
    assert bound("酸硷值为5.6。", "5.6") is None  # no comparison word before


# --- the transfer verbs' one home ----------------------------------------------------------


def test_the_transfer_verbs_are_read_from_one_home() -> None:
    assert _TRANSFER_VERB.pattern == HAND_OVER + "|" + RECEIVE + "|" + HANDLED
    assert set(PETITIONS_HANDED.split("|")) < set(HAND_OVER.split("|"))
    for verb in HAND_OVER.split("|") + RECEIVE.split("|"):
        assert _TODAY.search(f"…督察组今天向湖南省{verb}第三十批信访件77件") is not None
    assert _TODAY.search("督察组今天公布第三十批信访件77件") is None


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("中央第四生态环境保护督察组转交群众举报投诉案件32批271件", "span"),
        ("督察组交办的6991件", "span"),
        ("督察组移交的问题线索", "span"),
        ("已移交的问题线索12条", None),  # 移交 hands over more than petitions: no cue alone
        ("公安机关移交司法机关的案件", None),
    ],
)
def test_the_stationing_cue_reads_the_hand_over_verbs(clause: str, kind: str | None) -> None:
    m = _CUE.search(clause)
    assert (m.lastgroup if m else None) == kind


@pytest.mark.parametrize("hant", [False, True])
def test_a_batch_handed_over_by_zhuanjiao_is_of_the_stationing(hant: bool) -> None:
    t = (
        "第二轮中央生态环境保护督察期间，吴忠市共接到中央第四生态环境保护督察组转交群众举报投诉案件"
        "32批271件，现将新办结的13件转办件予以公示。"
    )
    row = _row(t, "271件", hant=hant)
    assert str(row["period_start"])[:10] == "2021-12-03"
    assert str(row["period_end"])[:10] == "2022-01-03"
