"""A group of places named as written, a spam site's header (place48, issue 13).

* The count that opens a counted group of cities written alone (``高于74个城市平均达标天数
  比例``, ``168个重点城市中``) is the group's own count (``_reader._mention_around``): its
  region is the whole that holds the cities (the country), never the named area the
  sentence is about (``长三角区域25个城市…``) nor a list's last member (``…珠三角区域及直辖市…
  共74个城市``).
* The two groups of the water-resource regions (``南方4区``, ``北方六区``) are groups of
  divisions kept as written (``_places.GROUP_PATTERN``), not the country named after them
  as a share's whole (``占全国总供水量的54.4%``).
* A place a page names only in its credits — an author's or compiler's field (``作者:…``,
  ``整理:…``) or an organisation's name on a site's header line — and nowhere else heads no
  section and is no region of the document (``_places.named_only_in_credits``).
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row as _row
from tests.scripts import to_traditional

from envindicators import regions
from envindicators.extract import read_report
from envindicators.extract._places import Places

#: a national bulletin of the 74 cities, the 25 cities of 长三角 compared with them
CITIES74 = (
    "2014年8月重点区域空气质量状况\n"
    "长三角区域25个城市空气质量达标天数比例在60.0%~100.0%之间,平均为85.6%,"
    "高于74个城市平均达标天数比例5.2个百分点。"
)
#: the 74 cities listed by their areas and kinds before their count
LISTED74 = (
    "2015年上半年全国环境质量状况\n"
    "第一阶段实施空气质量新标准的京津冀、长三角、珠三角区域及直辖市、省会城市和计划单列市"
    "共74个城市(以下简称74城市)达标天数比例平均为68.0%,同比提高6.9个百分点。"
)
#: the 168 cities after an area's figures
KEY168 = (
    "2020年5月全国空气质量状况\n"
    "汾渭平原11个城市平均优良天数比例为61.8%,同比下降4.5个百分点。"
    "168个重点城市中,拉萨、海口和舟山等城市空气质量相对较好。"
)
WATER = (
    "2014年全国供水情况\n"
    "2014年,南方4区供水量3314.7亿立方米,占全国总供水量的54.4%;"
    "北方6区供水量2780.2亿立方米,占全国总供水量的45.6%。"
)
#: a national bulletin copied by a firm's site: its header and credit name Ningxia
SPAM = (
    "银川盛源彩(cǎi)钢(gāng)钢构有限公司\n\n"
    "8月339城平均空气质量优良天数比例为91.6%\n\n"
    "所属分类:时事聚焦    发布时间: 2021-09-27    作者:宁夏彩(cǎi)钢岩棉板\n\n"
    "中新网(wǎng)9月27日(rì)电 据生态环境部微信公众号消息,生态环境部27日通报2021年8月"
    "地表水、环境空气质量状况。\n\n"
    "1-8月,3641个地表水考核断面中,水质优良(Ⅰ~Ⅲ类)断面比例为81.5%,同比上升0.9个百分点。"
)

#: (text, figure, region): a counted group's own count, a group as written
GROUPS = [
    (CITIES74, "74个", "全国"),  # not 长三角地区, the 25 cities' area
    (LISTED74, "74个", "全国"),  # not 珠三角地区, the list's last area
    (KEY168, "168个", "全国"),  # not 汾渭平原, the sentence before
    (WATER, "3314.7亿立方米", "南方4区"),  # a group of water-resource regions, as written
    (WATER, "54.4%", "南方4区"),  # its share of the country's total: not 全国
    (WATER, "45.6%", "北方6区"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), GROUPS)
def test_a_group_is_never_the_country_nor_a_region_named_nearby(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


#: (text, figure, region): an area's own counted cities, its figures, a province's cities
GROUP_NEGATIVES = [
    (CITIES74, "25个", "长三角地区"),  # the area's own cities: the area
    (CITIES74, "85.6%", "长三角地区"),
    (KEY168, "11个", "汾渭平原"),
    (KEY168, "61.8%", "汾渭平原"),
    ("福建省2019年环境状况公报\n2019年,全省9个城市平均优良天数比例为98.1%。", "9个", "福建省"),
    # a counted group that is a place's part, written right after it: the place's
    (
        "2018年重点区域空气质量\n10-12月“2+26”城市中10个城市PM2.5平均浓度同比下降。",
        "10个",
        "2+26城市",
    ),
    # a prefecture's page: the cities counted are its own (no whole the page does not name)
    (
        "昌吉州2016年声环境质量\n2016年,昌吉州7个县市中,有3个县市(玛纳斯县、吉木萨尔县和木垒)"
        "城市区域声环境质量为好,占42.9%;有4个城市(昌吉、阜康、奇台和呼图壁)较好,占57.1%。",
        "4个",
        "昌吉回族自治州",
    ),
    # a region of the south (no count of water-resource regions) is no group
    (
        "2014年全国供水情况\n2014年,全国供水量6094.9亿立方米,南方地区供水量占54.4%。",
        "6094.9",
        "全国",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), GROUP_NEGATIVES)
def test_a_groups_own_area_and_a_provinces_cities_keep_their_place(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("figure", ["91.6%", "3641个", "81.5%"])
def test_a_sites_header_and_credit_are_no_region(figure: str, hant: bool) -> None:
    # 银川 only in the firm's name on the header line, 宁夏 only in the author's field
    assert _row(SPAM, figure, hant=hant)["region"] == "全国"


@pytest.mark.parametrize("hant", [False, True])
def test_a_sites_header_is_no_section_and_no_document_region(hant: bool) -> None:
    text = to_traditional(SPAM) if hant else SPAM
    places = Places.build()
    assert places.region_and_confidence(text)[0] == "全国"
    assert places.sections(text, places.find(text)).empty


#: (text, figure, region): a credited place the text names again, a company's case heading
CREDIT_NEGATIVES = [
    (
        "武汉市2022年生态环境保护工作要点\n时间:2022-05-31 来源:武汉市生态环境局 "
        "作者:武汉市生态环境局\n武汉市今年将完成造林绿化3万亩。",
        "3万亩",
        "武汉市",
    ),
    (
        "正面典型案例公布:东莞美维电路有限公司\n东莞美维电路有限公司位于东莞市东城街道,"
        "该公司今年处置工业固体废物1200吨。",
        "1200吨",
        "东莞市",
    ),
    # a firm's name inside a sentence of the text: the firm's place, as before
    ("河北省环境执法情况\n唐山市某钢铁有限公司被罚款50万元。", "50万元", "唐山市"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), CREDIT_NEGATIVES)
def test_a_credited_place_named_again_is_kept(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_members_own_figure_keeps_its_place(hant: bool) -> None:
    text = (
        "2014年全国供水情况\n2014年,南方4区供水量3314.7亿立方米。其中,广东省443.1亿立方米、"
        "江苏省591.3亿立方米。"
    )
    text = to_traditional(text) if hant else text
    rows = read_report(text, source="x.txt").figures()
    by_figure = dict(zip(rows["value_text"].map(str), rows["region"], strict=False))
    assert by_figure[to_traditional("443.1亿立方米") if hant else "443.1亿立方米"] == "广东省"
    assert by_figure[to_traditional("591.3亿立方米") if hant else "591.3亿立方米"] == "江苏省"


HK_STATIONS = (
    "香港特别行政区空气质量\n"
    "细悬浮粒子(PM2.5)浓度,铜锣湾达到64.9微克、屯门达到58.2微克、东涌达到55.6微克。"
    "至于臭氧浓度,将军澳达202微克、屯门达201.7微克。"
    "臭氧的一小时浓度方面,塔门录得221微克,北区录得216微克,大埔录得194微克。"
)

#: (text, figure, region): a station's reading is its district's
STATIONS = [
    (HK_STATIONS, "64.9微克", "湾仔区"),  # 铜锣湾: a roadside station of 湾仔区
    (HK_STATIONS, "55.6微克", "离岛区"),  # 东涌, not the list's member before it (屯门)
    (HK_STATIONS, "202微克", "西贡区"),  # 将军澳
    (HK_STATIONS, "221微克", "大埔区"),  # 塔门, an island of 大埔区
    (HK_STATIONS, "216微克", "北区"),  # 北区: the district's generic name, a station's
    (
        "香港空气质素\n根据环保署的数据,2015年铜锣湾有99日空气质素健康指数达到甚高。",
        "99日",
        "湾仔区",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), STATIONS)
def test_a_stations_reading_is_its_districts(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


#: (text, figure, region): a district's own station, and station names outside Hong Kong
STATION_NEGATIVES = [
    (HK_STATIONS, "58.2微克", "屯门区"),  # a member keeps its own place
    (HK_STATIONS, "194微克", "大埔区"),
    # 中环 in a mainland text (其中环境服务业): no place, the country's
    (
        "2020年全国环保产业\n2020年全国环保产业营业收入约1.95万亿元,其中环境服务业营业收入约0.65万亿元。",
        "0.65万亿元",
        "全国",
    ),
    ("上海市交通\n上海市中环路沿线新增绿地12公顷。", "12公顷", "上海市"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), STATION_NEGATIVES)
def test_station_names_outside_hong_kong_are_no_place(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize(
    ("name", "district"),
    [
        ("东涌", "离岛区"),
        ("銅鑼灣", "湾仔区"),
        ("中環", "中西区"),
        ("旺角", "油尖旺区"),
        ("塔門", "大埔区"),
    ],
)
def test_a_station_is_found_as_its_district_in_hong_kong_only(name: str, district: str) -> None:
    found = regions.find_regions(f"{name}录得55微克", within="香港")
    assert found["name"].tolist() == [district]
    assert regions.find_regions(f"{name}录得55微克").empty  # outside its territory: none
