"""The region's level and territory (issue 13, place34).

Hand check 23's region faults: a county named by its common name (紫云县 for
紫云苗族布依族自治县) given its city; a county's page that says 我县 / 本縣 and names
itself only by its own organ or masthead (金門縣環保局, 丰都新闻网讯) left empty; Hong
Kong's and Macao's pages whose only signs are shared with Taiwan (環保署) or are bureaus
no rule knew (勞工事務局) left empty.  Rules: the common names of autonomous counties in
the gazetteer; a text's own organ or masthead names the division it speaks as; the usage
of Hong Kong and Taiwan breaks a tie of shared signs (guessed); Macao's labour and police
bureaus and the governments' web domains are signs.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

from envindicators import regions
from envindicators.extract._places import Places, speaking_division


def _in(text: str, script: str) -> str:
    return to_traditional(text) if script == "traditional" else text


# --- autonomous counties by their common name (short name + 县) ---------------------------


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("紫云县", "520425"),
        ("长阳县", "420528"),
        ("威宁县", "520526"),
        ("秀山县", "500241"),
        ("张家川县", "620525"),
        ("安顺市紫云县", "520425"),
        ("宜昌市长阳县", "420528"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_autonomous_county_is_found_by_its_common_name(
    written: str, code: str, script: str
) -> None:
    found = regions.find_regions(_in(f"{written}2023年空气优良天数比例为95.1%", script))
    county = found[found["level"] == "county"]
    assert county["code"].tolist() == [code]
    assert not bool(county["ambiguous"].iloc[0])
    assert regions.resolve(_in(written, script)).code == code


@pytest.mark.parametrize(
    "text",
    ["沛县空气质量", "和县空气质量", "大通区", "本溪县", "青龙满族自治县"],
)
def test_common_names_leave_other_names_as_they_were(text: str) -> None:
    # a county whose own name ends in 县 and an autonomous county by its full name: one
    # mention each, as before (no common name doubles them)
    found = regions.find_regions(text)
    assert found["start"].duplicated().sum() == 0
    if text == "青龙满族自治县":
        assert found["match"].tolist() == ["full"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_figure_of_an_autonomous_county_is_the_countys(script: str) -> None:
    text = _in(
        "贵州省督察发现问题通报\n安顺市紫云县某石材开发有限公司矿区违法占用林地349亩。\n"
        "黔西南州安龙县某金矿超批复占地66亩。",
        script,
    )
    assert report_row(text, "349")["region"] == "紫云苗族布依族自治县"
    assert report_row(text, "66")["region"] == "安龙县"


# --- a county page naming itself by its organ or masthead ---------------------------------

_FENGDU = (
    "丰都新闻网讯(记者 某某)6月3日,记者从我县2020年度环境质量状况新闻发布会上获悉,"
    "2020年我县空气质量优良天数353天,优良率96.4%。全县县级饮用水水源地水质达标率为100%。"
)
_KINMEN = (
    "記者某某/綜合報導\n115年回收活動正式開跑。金門縣環保局表示,本縣資源回收成效卓著,"
    "114年度資源回收率達57.38%,較前一年成長0.25%。環保局連續第五年舉辦兌換活動。"
)
# the province named first (the title), the county once, by its own bureau
_ORGAN = (
    "陕西省2022年环境质量公报解读\n据澄城县生态环境局消息,2022年我县空气质量优良天数为289天,"
    "PM2.5平均浓度为38微克/立方米。"
)


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        (_FENGDU, "353天", "丰都县"),
        (_KINMEN, "57.38%", "金门县"),
        (_ORGAN, "289天", "澄城县"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_page_named_by_its_own_organ_or_masthead_is_that_division(
    text: str, figure: str, region: str, script: str
) -> None:
    assert report_row(_in(text, script), figure)["region"] == region
    region_read, confidence = Places.build().region_and_confidence(_in(text, script))
    assert (region_read, confidence) == (region, 0)  # read from the publisher: guessed


@pytest.mark.parametrize(
    "text",
    [
        # a county named once as where the page went, no organ: not the speaker
        "我县组织人员到蓬溪县考察学习。2020年我县空气质量优良天数353天。",
        # a masthead of no division
        "环境新闻网讯 2020年我县空气质量优良天数353天,优良率96.4%。",
        # an organ named, but the text speaks as no division
        "澄城县生态环境局发布:2022年空气质量优良天数为289天。",
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_no_speaker_without_an_own_organ_or_a_self_word(text: str, script: str) -> None:
    assert speaking_division(_in(text, script)) is None


def test_a_masthead_of_a_city_for_a_county_word_is_no_county() -> None:
    # 我县 in a city's daily: the masthead's city is of no county level
    text = "宁波日报讯 2020年我县空气质量优良天数353天。"
    assert speaking_division(text) is None


# --- Hong Kong and Macao pages ------------------------------------------------------------

_HK_COMPLAINTS = (
    "2012年 污染投诉统计数字\n2012年,环保署接获的投诉个案较去年增加了14% "
    "(由2011年的21 915宗上升至2012年的24 980宗)。市民向环保署投诉的所有个案当中,"
    "空气污染投诉占52.4%。\n2012年,顾客服务中心及各区投诉热线共接获29 467宗查询。"
)
_TW_AQI = (
    "空气品质分级新指标\n空气品质越来越受到国人重视,环保署每天监测提供两种指标。"
    "环保署自97年起增加监测,提供民众参考。各县市民众可上网查询。"
)
_MACAO_POLICE = (
    "打击非法工作 处理噪音 本局独自及联同劳工事务局共巡查了2,968个地点,"
    "查获610名非法工作人士。本局全年接获并处理共8,654宗噪音投诉。"
)
_MACAO_DOMAIN = (
    "修订噪音法的咨询工作至今已进行了近一个月,环保局先后举行了多场介绍会。"
    "至昨日为止共有47个网上意见。意见请以电邮(ruido@dspa.gov.mo)寄交。"
)


@pytest.mark.parametrize(
    ("text", "code", "sure"),
    [
        (_HK_COMPLAINTS, "810000", False),
        (_TW_AQI, "710000", False),
        (_MACAO_POLICE, "820000", True),
        (_MACAO_DOMAIN, "820000", True),
        # an own sign beside the shared one: sure, as by the counts of any sign
        # Hong Kong's Housing Authority (房委會): the mainland's are 住房和城乡建设 bodies
        ("去年有关房委会建筑地盘承建商发出噪音的投诉共有109宗。", "810000", True),
        ("环保署公布年报。详情见 www.epd.gov.hk 。", "810000", True),
        ("環保署公布年報。詳情見 www.moenv.gov.tw 。", "710000", True),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_territory_of_a_page_with_only_shared_or_new_signs(
    text: str, code: str, sure: bool, script: str
) -> None:
    territory = regions.document_territory(_in(text, script))
    assert territory is not None
    assert territory.code == code
    assert territory.sure is sure


@pytest.mark.parametrize(
    "text",
    [
        # 環保署 only, no usage of either: no territory, as before
        "環保署署長於10月21日出席特展表示,目前已有7039處場址解除列管。",
        # as many habits of each: a tie
        "环保署接获投诉120宗,民众可致电查询。",
    ],
)
def test_shared_signs_without_a_clear_usage_give_no_territory(text: str) -> None:
    assert regions.document_territory(text) is None


def test_usage_never_overrides_a_mainland_sign() -> None:
    text = "国务院印发计划。环保署接获投诉120宗,市民可致电查询。"
    territory = regions.document_territory(text)
    assert territory is None or territory.code != "810000"


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        (_HK_COMPLAINTS, "24 980", "香港特别行政区"),
        (_MACAO_POLICE, "610", "澳门特别行政区"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_rows_of_hong_kong_and_macao_pages_are_the_territorys(
    text: str, figure: str, region: str, script: str
) -> None:
    row = report_row(_in(text, script), figure)
    assert row["region"] == region
    assert bool(row["needs_review"])  # the territory is told, not written: guessed


def test_region_and_confidence_of_a_kinmen_page_reads_kinmen_as_taiwans() -> None:
    region, confidence = Places.build().region_and_confidence(_KINMEN)
    assert (region, confidence) == ("金门县", 0)
