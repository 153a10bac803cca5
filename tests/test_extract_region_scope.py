"""read_report: the region of figures whose place is a whole territory, a count of cities
or an unnamed place (issue 13, scope23).

* Taiwan's statistics office (主計處, 主計總處) and its word for its whole (全台, 全臺) are
  signs of a Taiwan text (not 全台州 of the mainland city 台州);
* a mainland text that names no division as its subject, never speaks as one (全市, 我县,
  地区生产总值) and names the country's whole or cites a central body publishing its
  figures (国家统计局, 生态环境部) is the country's — guessed, so flagged; not an
  inspection's news, whose subject is the provinces it covers; a text that opens speaking
  as a city (全市…在全国168个城市中排名) is no country's;
* a counted group of cities written alone (``337个地级及以上城市``) is no region: the country
  when they are more than one province holds, else the document's country or province, else
  unknown (flagged);
* a place that only locates an unnamed one (``广东省中南部某城市``, ``皖北某市``) is no
  region of the figures: they are of a city the text does not name.
"""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import rows_of

import envindicators.regions as regions
from envindicators.extract._places import (
    PROVINCE_MOST_CITIES,
    PROVINCE_MOST_CITIES_ANY,
    UNNAMED,
    Places,
    counted_cities_scope,
    of_the_country,
)

_rows = partial(rows_of, at_start=True)  # the figure is where its written form begins

# ------------------------------------------------------------------------ Taiwan's signs


@pytest.mark.parametrize(
    "text",
    [
        "垃圾處理實施分類回收後，主計處發布統計，目前全國垃圾回收率已達35.1%。",
        "行政院主計總處統計，去年全國每人每日垃圾產生量為0.94公斤。",
        "环保署今天公布全台高污染潜势区域调查情形，全台逾2700座工厂列管。",
        "環保署今天公布全臺高污染潛勢區域調查情形，農地部分有近6000公頃待確認。",
    ],
)
def test_taiwan_statistics_office_and_whole_are_signs_of_taiwan(text: str) -> None:
    territory = regions.document_territory(text)
    assert territory is not None
    assert territory.code == "710000"
    assert Places.build().region_and_confidence(text)[0] == "台湾省"


@pytest.mark.parametrize(
    "text",
    [
        "全台州市PM2.5平均浓度为30微克/立方米。",
        "国家统计局发布：全国城市PM2.5平均浓度为30微克/立方米。",
        "香港統計處公布，去年全港都市固體廢物棄置量為1.5公斤。",
    ],
)
def test_no_taiwan_sign_in_other_texts(text: str) -> None:
    signs = regions.territory_signs(text)
    assert signs.get("710000", 0) == 0


def test_a_taiwan_figure_of_the_statistics_office_is_taiwans() -> None:
    text = "主計處統計，去年前11個月的全國垃圾生產量達714萬噸，垃圾回收率為35.1%。"
    rows = _rows(text, "35.1%")
    assert rows["region"].tolist() == ["台湾省"]


# ------------------------------------------------------------------- the country's texts


@pytest.mark.parametrize(
    "text",
    [
        "国家统计局26日发布统计公报：去年PM2.5浓度下降4.8%。",
        "國家統計局發布公報：去年PM2.5濃度下降4.8%。",
        "据生态环境部介绍，今年1-9月，地表水水质优良断面比例为84.2%。",
        "環保部發布1-11月重點區域空氣質量狀況，PM2.5平均濃度為46微克/立方米。",
        "十八大以来环保治污加强：我国地级及以上城市PM2.5浓度下降22.5%。",
    ],
)
def test_a_text_of_the_country_names_no_division(text: str) -> None:
    assert of_the_country(text)
    # (guessed where only the country's organ tells; read where its opening names 我国)
    assert Places.build().region_and_confidence(text)[0] == "全国"


@pytest.mark.parametrize(
    "text",
    [
        "生态环境部通报，第二批中央生态环境保护督察共问责283人。",  # an inspection's news
        "生態環境部通報，第二輪第一批督察組受理群眾舉報1.2萬件。",
        "全市PM2.5浓度为30微克，在全国168个重点城市中排名第20。",  # speaks as a city
        "我县空气质量优良天数353天，国家统计局口径下优良率96.4%。",
        "市环境保护部门共检查企业120家，PM2.5浓度下降5%。",  # a department of any level
        "PM2.5平均浓度为30微克/立方米，同比下降5%。",  # nothing names the country
    ],
)
def test_no_country_for_texts_of_divisions_or_of_inspections(text: str) -> None:
    assert not of_the_country(text)
    assert Places.build().region_and_confidence(text)[0] != "全国"


#: Sentences with no place and no figure, to push a later sentence past the opening.
_FILLER = "各地区各部门认真贯彻落实决策部署，持续深入打好污染防治攻坚战。" * 12


def test_a_division_output_word_keeps_a_text_from_the_country() -> None:
    text = "万元地区生产总值能耗比上年下降1.2%。\n" + _FILLER + "\n根据第四次全国经济普查资料修订。"
    assert not of_the_country(text)
    assert Places.build().region_and_confidence(text)[0] is None


def test_a_country_guessed_is_flagged_unless_its_sentence_names_it() -> None:
    text = (
        "国家统计局发布公报。\n去年PM2.5浓度下降4.8%。\n"
        + _FILLER
        + "\n全国地表水优良断面比例为74.9%。"
    )
    guessed = _rows(text, "下降4.8%")
    assert guessed["region"].tolist() == ["全国"]
    assert guessed["needs_review"].all()
    named = _rows(text, "74.9%")
    assert named["region"].tolist() == ["全国"]


def test_a_title_of_the_country_with_a_city_speaking_opening_gives_no_region() -> None:
    text = (
        "1月至11月，全市空气质量综合指数为5.1，在全国168个重点城市中排名第120。\n"
        "市区优良天数198天，优良率为59.3%。"
    )
    assert Places.build().region_and_confidence(text)[0] is None
    rows = _rows(text, "59.3%")
    assert rows["region"].fillna("").tolist() == [""]
    assert rows["needs_review"].all()


# ------------------------------------------------------------------- counted groups of cities


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        ("2019年8月，337个地级及以上城市PM10浓度为62微克/立方米。", "62", "全国"),
        ("2019年8月，337個地級及以上城市PM10濃度為62微克/立方米。", "62", "全国"),
        ("生态环境部发布：168个重点城市PM2.5平均浓度为40微克/立方米。", "40", "全国"),
        ("全国开展酸雨监测的494个城市中，出现酸雨的城市比例为50.4%。", "50.4%", "全国"),
    ],
)
def test_a_count_of_cities_more_than_a_province_holds_is_the_countrys(
    text: str, figure: str, region: str
) -> None:
    rows = _rows(text, figure)
    assert rows["region"].tolist() == [region]
    assert not rows["region"].str.contains("个").any()


def test_a_province_count_of_cities_of_any_level_is_no_country() -> None:
    # 23 cities of prefecture and county level: one province's (福建省), not the country's
    rows = _rows("2012年，23个城市空气质量达到二级标准的天数比例为99.5%。", "99.5%")
    assert rows["region"].fillna("").tolist() == [""]
    assert rows["needs_review"].all()


def test_a_small_count_of_cities_is_the_documents_province_or_unknown() -> None:
    province = "2018年7月，13个城市平均优良天数比例为89.2%。"
    assert _rows(province, "89.2%", region="河北省")["region"].tolist() == ["河北省"]
    city = _rows("2018年7月，3个城市平均优良天数比例为89.2%。", "89.2%", region="太原市")
    assert city["region"].fillna("").tolist() == [""]
    assert city["needs_review"].all()
    assert "counted group of cities" in city["note"].iloc[0]


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        ("2019年，汾渭平原11个城市PM2.5平均浓度为55微克/立方米。", "55", "汾渭平原"),
        ("2019年，“2+26”城市PM2.5平均浓度为57微克/立方米。", "57", "2+26城市"),
        ("2019年，長三角地區41個城市PM2.5平均濃度為43微克/立方米。", "43", "长三角地区"),
    ],
)
def test_a_named_group_stays_as_written(text: str, figure: str, region: str) -> None:
    assert _rows(text, figure)["region"].tolist() == [region]


@settings(max_examples=40)
@given(
    n=st.integers(min_value=1, max_value=500),
    kind=st.sampled_from(["", "重点", "地级及以上"]),
    document=st.sampled_from([None, "全国", "山西省", "太原市", "小店区"]),
)
def test_a_count_of_cities_is_never_a_region(n: int, kind: str, document: str | None) -> None:
    scope = counted_cities_scope(f"{n}个{kind}城市", document)
    assert scope is not None
    assert "城市" not in scope
    if document == "全国" or n > (PROVINCE_MOST_CITIES if kind else PROVINCE_MOST_CITIES_ANY):
        assert scope == "全国"
    elif document == "山西省":
        assert scope == document
    else:
        assert scope == UNNAMED


# --------------------------------------------------------------------------- unnamed places


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("结合广东省中南部某城市近十年声环境数据，该市昼间平均等效声级为56.6分贝。", "56.6"),
        ("“十三五”时期皖北某市城市声环境质量：昼间平均等效声级为53.4分贝。", "53.4"),
        ("“十三五”時期安徽北部某市城市聲環境質量：晝間平均等效聲級為53.4分貝。", "53.4"),
        ("江苏某县2020年PM2.5平均浓度为35微克/立方米。", "35"),
    ],
)
def test_a_place_locating_an_unnamed_one_is_no_region(text: str, figure: str) -> None:
    rows = _rows(text, figure)
    assert len(rows)
    assert rows["region"].fillna("").eq("").all()
    assert rows["needs_review"].all()


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        ("广东省南部沿海地区PM2.5平均浓度为20微克/立方米。", "20", "广东省"),
        ("广州市某市场共查处违规商户12家。", "12", "广州市"),
        ("江苏某化工企业被处罚款50万元。", "50万元", "江苏省"),
    ],
)
def test_a_place_with_no_unnamed_division_after_it_stays(
    text: str, figure: str, region: str
) -> None:
    assert _rows(text, figure)["region"].tolist() == [region]
