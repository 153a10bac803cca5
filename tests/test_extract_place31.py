"""The region of a page that speaks as a division it does not name (issue 13, place31).

A provincial daily's 我省, a city bureau's 我市, a provincial department's monthly that says
only 全省: the page speaks as a division, and the places it names lie in it.  Where the
title and opening name no region, or name one above the speaker's level (山西省 over a
city's 我市), the page's region is the division of the speaker's level that holds the
places it names (guessed, flagged).  Not the country's page quoting a province, not a
figure whose own place is named, not a division named once, not places of several
provinces.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

from envindicators.extract._places import Places, speaking_division

# a province's page: 我省 / 全省, cities of one province, the province never named
_PROVINCE = (
    "中央生态环境保护督察组转交我省第十批群众信访举报件办理情况\n"
    "记者从省生态环境厅获悉，福州市已办结312件，厦门市已办结206件，泉州市已办结95件。\n"
    "据统计，前十批举报件累计2316件，办结率95.2%。"
)
_PROVINCE_CITY = (
    "我省上半年环境质量稳中向好\n厦门市、泉州市、漳州市优良天数比例均超过98%。\n"
    "福州市PM2.5平均浓度为21微克/立方米。"
)
_MONTHLY = (
    "省生态环境厅发布6月环境质量状况\n"
    "6月，全省大气环境质量稳中向好，长沙市、株洲市、衡阳市优良天数比例均超过95%。\n"
    "PM2.5平均浓度为24微克/立方米，同比下降7.7%。"
)
# a city's page under its province's name: 我市, counties of one city
_CITY = (
    "本报讯 近日，记者从市环保局了解到，中央环保督察组进驻山西省督察期间，"
    "我市对沁水县、阳城县、高平市的企业开展检查。\n"
    "全年共立案处罚46家，罚款376万元。高平市关停取締企业12家。"
)
_REGION = (
    "中央督察组向我区移交第六批信访件\n"
    "涉及拉萨市21件、日喀则市5件、山南市4件。截至6日，累计移交信访件320件。"
)
_DISTRICTS = (
    "一、环境空气质量状况\n"
    "5月份，全市良好天数17天，张店区、淄川区、周村区综合指数同比改善。\n"
    "细颗粒物浓度29微克/立方米，同比改善3.3%。"
)


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        (_PROVINCE, "2316件", "福建省"),
        (_MONTHLY, "24微克", "湖南省"),
        (_CITY, "46家", "晋城市"),
        (_REGION, "320件", "西藏自治区"),
        (_DISTRICTS, "29微克", "淄博市"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_page_speaking_as_a_division_is_of_the_division_holding_its_places(
    text: str, figure: str, region: str, script: str
) -> None:
    if script == "traditional":
        text = to_traditional(text)
    row = report_row(text, figure)
    assert row["region"] == region
    assert bool(row["needs_review"])  # read from the places, not written: guessed


def test_a_taiwan_county_page_saying_its_whole_is_the_county() -> None:
    text = (
        "〔記者／苗栗報導〕苗栗縣營建工程施工噪音陳情案件逐年升高。\n"
        "環保局統計，今年1至7月噪音陳情案件共169件，占全縣噪音陳情件數4成2，苗栗縣將加強稽查。"
    )
    assert report_row(text, "169件")["region"] == "苗栗县"


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        # the figure's own place is named: it keeps it
        (_CITY, "12家", "高平市"),
        (_PROVINCE_CITY, "21微克", "福州市"),
        # a national page quoting a province's 我省 keeps the country for its figures
        (
            "生态环境部发布2023年全国环境质量状况\n全国PM2.5平均浓度为30微克/立方米。"
            "江苏省生态环境厅表示，我省南京市、苏州市、无锡市空气质量持续改善。\n"
            "全国地级及以上城市优良天数比例为85.5%。",
            "85.5%",
            "全国",
        ),
        # a county-level city's page: 全市 is the city itself, not its prefecture
        (
            "乳山市2022年生态环境状况公报\n全市空气质量优良天数比例为92.3%。"
            "威海市下达的目标全部完成，乳山市地表水断面水质全部达标。\n"
            "全年共完成造林1.2万亩。",
            "1.2万亩",
            "乳山市",
        ),
    ],
)
def test_a_named_place_a_national_page_or_a_city_of_its_own_keeps_its_region(
    text: str, figure: str, region: str
) -> None:
    assert report_row(text, figure)["region"] == region


@pytest.mark.parametrize(
    "text",
    [
        # places of several provinces: no one division speaks
        "我省对辽宁省、浙江省、山东省的经验开展学习。\n全年共整改问题54个。",
        # a division named once is where the page went, not the speaker
        "我县组织砖厂业主到蓬溪县考察学习。\n全年共整改问题54个，剩余19个。",
        # the speaker's level named by no place (我市, only a province named)
        "中央督察组交办我市信访件\n湖北省配合督察工作联络组通报，交办信访件12件。",
        # a tie of two cities
        "我市对沁水县、阳城县、芮城县、永济市开展检查。",
        # no self-word
        "福州市、厦门市已办结312件。",
        # 本市场 / 全区域 are no self-words
        "本市场福州市、厦门市门店312家，全区域覆盖。",
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_no_division_speaks_where_the_places_name_none(text: str, script: str) -> None:
    assert speaking_division(to_traditional(text) if script == "traditional" else text) is None


def test_speaking_division() -> None:
    assert speaking_division(_PROVINCE) == "福建省"
    assert speaking_division(to_traditional(_CITY)) == "晋城市"
    # 我市 over 我省: a city's page says 我省 of its province
    assert speaking_division("我省印发方案，我市对沁水县、阳城县开展检查。") == "晋城市"


def test_region_and_confidence_keeps_the_country_and_a_title_at_the_speakers_level() -> None:
    places = Places.build()
    national = "全国空气质量持续改善\n生态环境部通报，我省南京市、苏州市空气质量持续改善。"
    assert places.region_and_confidence(national)[0] is None  # not 江苏省, as on main
    # a title at the speaker's level is kept, sure
    city = "晋城市开展执法检查\n我市对沁水县、阳城县的企业开展检查。"
    assert places.region_and_confidence(city) == ("晋城市", 1)
    # a province above the speaker: the city, guessed
    assert places.region_and_confidence(_CITY) == ("晋城市", 0)
