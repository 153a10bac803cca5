"""Regions and roles of hand check 25's classes (place37).

* a whole's tally is not given to one of its places: a member named in another member's
  aside (``新区1件(与大洼区交叉1件)、市住建局7件``), a breakdown by another key after a list of
  places (``…黄岩区2件，按污染类型分主要为涉水5件``), a list whose members are set apart by
  ``；`` (``…；榆林市102件，占7.7%。从类型看，涉大气问题246件``);
* ``全国`` only where the page is national or says 全国: 中国 of a name on a city's page
  (``365bet中文(中国)官方网站``) is no figure's region, a whole a place is ranked in
  (``全国排名第2``) is no later figure's;
* roles by role33's conventions: a count restating a list of names after its verb
  (``进驻江苏、安徽、四川、贵州4个省``) is context; fines proposed so far (``拟罚款``) are an
  outcome; a margin beyond a target (``好于年度目标4.1个百分点``) is an outcome.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import first_figure_row as _row
from tests.report_rows import role_of as _role
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._places import country_by_name, inside_closed_aside
from envindicators.extract._roles import set_size, target_value
from envindicators.units import to_simplified

# --- fines proposed so far: an outcome --------------------------------------------------

#: (text, figure): 拟 before a penalty is the decision proposed in a case, an outcome
PROPOSED_FINES = [
    ("截至8月28日，全省立案处罚1304家，拟罚款7872.955万元，立案侦查82件。", "7872.955万元"),
    ("截至8月28日，全省立案处罚1304家，拟罚款7872.955万元，立案侦查82件。", "82件"),
    ("截至目前，各地立案处罚426起，拟处罚金额1000余万元，行政拘留24人。", "1000余万元"),
    ("截至目前，各地立案处罚426起，拟处罚金额1000余万元，行政拘留24人。", "24人"),
    ("据统计，本周全市责令整改38家，拟处罚款210万元。", "210万元"),
]
#: (text, figure): 拟 of a plan stays a promise
PLANNED = [
    ("全市拟新建污水处理厂3座。", "3座"),
    ("该县拟投资1.2亿元建设污水管网。", "1.2亿元"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PROPOSED_FINES)
def test_fines_proposed_so_far_are_outcomes(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PLANNED)
def test_a_planned_figure_stays_a_target(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "target"


# --- a margin beyond a target: an outcome -------------------------------------------------

MARGINS = [
    ("全国地表水优良水质断面比例为87.9%，好于年度目标4.1个百分点。", "4.1个百分点"),
    ("国控考核断面水质优良比例达62.7%，优于年度约束性指标6.1个百分点。", "6.1个百分点"),
    ("优良天数比例为86.5%，好于年度目标0.9个百分点。", "0.9个百分点"),
    ("PM2.5平均浓度35微克/立方米，同比变好7.9%，优于年度控制目标4.5微克。", "4.5微克"),
    ("PM2.5平均浓度为30微克/立方米，好于年度目标近3微克/立方米。", "3微克"),
    ("优良天数比例为96.0%，高出市下达年度指标(90.1%)5.9个百分点。", "5.9个百分点"),
    # a miss is told by the same verbs (MARGIN_VERBS): an outcome too
    ("优良天数比例为78.5%，差于考核目标1.5个百分点。", "1.5个百分点"),
    ("PM2.5平均浓度为52微克/立方米，劣于年度目标4微克/立方米。", "4微克"),
    ("重点工程完成率为92%，不及年度目标3个百分点。", "3个百分点"),
]
#: the target's own value after a comparison or a label: a target
TARGET_VALUES = [
    ("PM2.5平均浓度为12.6微克，优于今年目标值14微克。", "14微克"),
    ("2017年PM2.5年均浓度目标为42微克/立方米。", "42微克"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), MARGINS)
def test_a_margin_beyond_a_target_is_an_outcome(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), TARGET_VALUES)
def test_a_targets_own_value_stays_a_target(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "target"


def test_target_value_reads_no_margin() -> None:
    text = "好于年度目标4.1个百分点"
    assert not target_value(text, 0, text.find("4.1"))
    text = "年度目标为4.1%"
    assert target_value(text, 0, text.find("4.1"))


# --- a count restating the names listed after a verb: context -----------------------------

SET_SIZES = [
    (
        "第三轮第三批8个中央生态环境保护督察组于2024年10月18日至20日陆续进驻江苏、安徽、四川、"
        "贵州4个省，以及4家中央企业。",
        "4个",
    ),
    ("督察组重点检查了化工、印染、电镀3个行业。", "3个"),
]
#: a count other than the names listed, a count of what was built (a result)
NOT_SET_SIZES = [
    ("今年共整治河道、湖泊、水库5处。", "5处"),
    ("今年新建污水处理厂和垃圾处理场2座。", "2座"),
    # members of a list of figures: counts, no names restated
    ("从问题类型来看，涉及水3个、大气5个、噪声2个、其他1个。", "2个"),
    ("其中，荆州区17个、沙市区12个、住建局2个、市禁烧办1个。", "2个"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), SET_SIZES)
def test_a_count_restating_a_list_after_its_verb_is_context(
    text: str, figure: str, hant: bool
) -> None:
    assert _role(_row(text, figure, hant=hant)) == "context"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_SET_SIZES)
def test_a_count_that_adds_to_the_list_is_no_set_size(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) != "context"


def test_set_size_reads_the_list_after_a_verb() -> None:
    text = "陆续进驻江苏、安徽、四川、贵州4个省"
    s = text.find("4个")
    assert set_size(text, s, s + 2, "4个") == "the size of the list named before it"
    text = "陆续进驻江苏、安徽、四川、贵州5个省"
    assert set_size(text, s, s + 2, "5个") is None
    text = "涉及水3个、大气5个、噪声2个"
    s = text.find("2个")
    assert set_size(text, s, s + 2, "2个") is None


# --- 全国 only where the page says so ------------------------------------------------------

SPAM_PAGE = (
    "一、环境空气质量状况\n"
    "2025年1月,365bet中文(中国)官方网站 细颗粒物(PM2.5)平均浓度为35微克/立方米。"
    "按照空气质量指数(AQI)评价,全市优良天数占整月有效天数的96.8%。\n"
)


@pytest.mark.parametrize("hant", [False, True])
def test_china_of_a_name_on_a_city_page_is_no_region(hant: bool) -> None:
    row = _row(SPAM_PAGE, "35微克", hant=hant)
    assert row["region"] in ("", None) or pd.isna(row["region"])
    assert bool(row["needs_review"])


@pytest.mark.parametrize("hant", [False, True])
def test_a_page_that_says_quanguo_keeps_the_country(hant: bool) -> None:
    text = "2024年，全国细颗粒物平均浓度为29.3微克/立方米。全市优良天数比例为90%。"
    assert _row(text, "29.3", hant=hant)["region"] == "全国"


def test_country_by_name_reads_the_page() -> None:
    found = pd.DataFrame({"start": [7], "end": [9], "match": ["national"]})
    city = "365bet(中国)官方网站 浓度为35。全市优良天数…"
    assert country_by_name(city, found).tolist() == [True]
    assert country_by_name(to_traditional(city), found).tolist() == [True]
    national = "365bet(中国)官方网站 浓度为35。全国优良天数…"
    assert country_by_name(national, found).tolist() == [False]
    no_division = "365bet(中国)官方网站 浓度为35。"
    assert country_by_name(no_division, found).tolist() == [False]
    counted = "拉萨市在中国168个重点城市空气质量排名中位列第一，全区优良天数比例为99.6%。"
    at = found.assign(start=counted.find("中国"), end=counted.find("中国") + 2)
    assert country_by_name(counted, at).tolist() == [False]
    assert country_by_name(to_traditional(counted), at).tolist() == [False]
    glossed = "拉薩市在中國(guó)168個(gè)重點(diǎn)城市排名中位列第一，全區優良天數為99.6%。"
    at = found.assign(start=glossed.find("中國"), end=glossed.find("中國") + 2)
    assert country_by_name(glossed, at).tolist() == [False]


RANKED = (
    "本市102年度人口數為27萬0,872人，人口密度為每平方公里4,513人，全國排名第2，僅次於臺北市。"
    "102年車輛登記共27萬6,498輛，成長率為8%。"
)


def test_a_whole_a_place_is_ranked_in_is_no_later_figures_region() -> None:
    assert _row(RANKED, "27万6,498")["region"] != "全国"
    assert _row(RANKED, "8%")["region"] != "全国"


# --- a whole's tally keeps the whole's region ---------------------------------------------

BUREAU = (
    "盘锦市信访案件受理情况\n"
    "协调组共向我市交办33批63件环境信访件。其中，盘山县19件、大洼区14件、双台子区6件、"
    "辽东湾新区1件(与大洼区交叉1件)、高新区1件、市住建局7件、市公安局4件。"
)


@pytest.mark.parametrize("hant", [False, True])
def test_a_bureaus_count_after_a_members_aside_is_the_citys(hant: bool) -> None:
    assert _row(BUREAU, "7件", hant=hant)["region"] == "盘锦市"
    assert _row(BUREAU, "4件", hant=hant)["region"] == "盘锦市"
    assert _row(BUREAU, "14件", hant=hant)["region"] == "大洼区"  # a member's own


def test_inside_closed_aside() -> None:
    t = "新区1件(与大洼区交叉1件)、市住建局7件"
    assert inside_closed_aside(t, t.find("大洼区"), t.find("7件"))
    assert not inside_closed_aside("大洼区(qū)14件", 0, 8)
    assert not inside_closed_aside("大洼区14件", 0, 3)


BREAKDOWN = (
    "台州市督察信访件办理情况\n"
    "省督察组共交办我市信访件29件，按县(市、区)分路桥区7件、温岭市7件、临海市5件、椒江区2件、"
    "黄岩区2件，按污染类型分主要为涉水5件、大气15件、其他5件。"
)


@pytest.mark.parametrize("hant", [False, True])
def test_a_breakdown_by_another_key_is_the_wholes(hant: bool) -> None:
    assert _row(BREAKDOWN, "15件", hant=hant)["region"] == "台州市"
    rows = read_report(to_traditional(BREAKDOWN) if hant else BREAKDOWN).figures()
    fives = rows[rows["value_text"].astype(str).map(to_simplified) == "5件"]
    assert fives["region"].tolist() == ["临海市", "台州市", "台州市"]  # 临海市's own, then parts
    assert _row(BREAKDOWN, "7件", hant=hant)["region"] == "路桥区"  # a member's own


SEMICOLONS = (
    "陕西省督察信访情况\n"
    "截至12月22日，累计接到中央督察组转交我省环境信访问题1318件。居前三位的市分别为："
    "西安市551件，占42%；咸阳市119件，占9%；榆林市102件，占7.7%。"
    "从类型看，涉水问题191件，占14.5%；涉大气问题246件，占18.7%。"
)
#: one place with its figure is no list: it is carried to the next sentence as before
ONE_MEMBER = "陕西省督察信访情况\n榆林市共受理信访件102件，占7.7%。其中涉大气问题46件。"


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_set_apart_by_semicolons_is_not_carried(hant: bool) -> None:
    assert _row(SEMICOLONS, "246件", hant=hant)["region"] == "陕西省"
    assert _row(SEMICOLONS, "191件", hant=hant)["region"] == "陕西省"
    assert _row(SEMICOLONS, "102件", hant=hant)["region"] == "榆林市"


@pytest.mark.parametrize("hant", [False, True])
def test_one_place_with_its_figure_is_still_carried(hant: bool) -> None:
    assert _row(ONE_MEMBER, "46件", hant=hant)["region"] == "榆林市"
