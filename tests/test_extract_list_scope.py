"""read_report: the scope of list totals written without 等, and of figures inside a group
(issue 13, region13c)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import rows_of

from envindicators.extract._places import Places


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("2021年，长治、晋城、朔州三市PM2.5平均浓度为41微克/立方米。", "山西省"),
        ("2021年，長治、晉城、朔州三市PM2.5平均濃度為41微克/立方米。", "山西省"),
        ("2021年，南京、镇江两市共淘汰燃煤锅炉41台。", "江苏省"),
        ("2021年，南京、鎮江兩市共淘汰燃煤鍋爐41台。", "江苏省"),
        ("2021年，广州、佛山、江门3个城市PM2.5平均浓度为41微克/立方米。", "广东省"),
        ("2021年，湖南、湖北两省共关停化工企业41家。", ""),
        ("2021年，南京、杭州两市共关停化工企业41家。", ""),
    ],
)
def test_a_list_total_without_deng_is_at_the_lists_scope(text: str, scope: str) -> None:
    rows = rows_of(text, "41")
    assert rows["region"].tolist() == [scope]
    assert rows["needs_review"].all()  # a scope read, not written
    assert rows["confidence"].isin(["low", "medium"]).all()
    assert "common scope" in rows["note"].iloc[0]


@pytest.mark.parametrize(
    "text",
    [
        "2021年，太原、大同两市PM2.5平均浓度分别为41和52微克/立方米。",
        "2021年，太原、大同兩市PM2.5平均濃度分別為41和52微克/立方米。",
    ],
)
def test_a_list_totals_members_keep_their_respective_figures(text: str) -> None:
    assert rows_of(text, "41")["region"].tolist() == ["太原市"]
    assert rows_of(text, "52")["region"].tolist() == ["大同市"]


@pytest.mark.parametrize(
    "text",
    [
        "2017年，阳泉、吕梁两市矸石山分别有120座、130座，仅有31座和42座完成治理。",
        "2017年，陽泉、呂梁兩市矸石山分別有120座、130座，僅有31座和42座完成治理。",
    ],
)
def test_rounds_of_respective_figures_follow_the_members(text: str) -> None:
    got = {f: rows_of(text, f)["region"].tolist() for f in ("120", "130", "31座", "42")}
    assert got["120"] == ["阳泉市"]
    assert got["130"] == ["吕梁市"]
    assert got["42"] == ["吕梁市"]  # the second round's second member, not the last place
    assert got["31座"] in ([], ["阳泉市"])  # (the phrase reader may give 31座 no name)


@pytest.mark.parametrize(
    "text",
    [
        "2021年，太原、大同、阳泉PM2.5平均浓度为41微克/立方米。",  # no count: no total
        "2021年，太原、大同三市PM2.5平均浓度为41微克/立方米。",  # 3 ≠ 2 places listed
    ],
)
def test_no_total_without_a_count_of_the_places_listed(text: str) -> None:
    found = Places.build().find(text)
    assert "list" not in set(found["match"])


_CITIES = ["太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城"]
_NUMERALS = "零一二三四五六七八"


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.sampled_from(_CITIES), min_size=2, max_size=6, unique=True),
    st.booleans(),
    st.sampled_from(["市", "个城市", "个地市"]),
)
def test_a_counted_list_of_one_provinces_cities_is_that_province(
    members: list[str], digits: bool, noun: str
) -> None:
    count = str(len(members)) if digits else _NUMERALS[len(members)]
    if not digits and noun != "市":
        noun = "市"
    text = f"2021年，{'、'.join(members)}{count}{noun}PM2.5平均浓度为77微克/立方米。"
    rows = rows_of(text, "77")
    assert rows["region"].tolist() == ["山西省"]
    assert rows["needs_review"].all()


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        ("2020年5月，汾渭平原11个城市平均优良天数比例为61.8%。", "11个", "汾渭平原"),
        ("2020年5月，長三角地區41個城市平均優良天數比例為80.8%。", "41個", "长三角地区"),
        ("2020年，舟山在全国168个重点城市中排名第三。", "168个", "全国"),
        ("2020年，舟山在全國168個重點城市中排名第三。", "168個", "全国"),
    ],
)
def test_the_count_inside_a_group_is_of_that_group(text: str, figure: str, region: str) -> None:
    # never the place named before the group (长三角 for 汾渭平原's cities, 舟山 for 全国's)
    assert rows_of(text, figure, region="浙江省")["region"].tolist() == [region]


def test_a_text_summing_up_provinces_gets_no_guessed_region() -> None:
    text = (
        "湖南、湖北两省工业废水排放量较大。湖南工业废水排放量为12亿吨。湖南生活污水排放量为20亿吨。"
    )
    places = Places.build()
    found = places.find(text)
    assert places.most_frequent(found) is None
    assert places.most_frequent(found[found["match"] != "list"]) == "湖南省"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("长三角", "长三角地区"),
        ("長三角", "长三角地区"),
        ("长江三角洲地区", "长三角地区"),
        ("長江三角洲地區", "长三角地区"),
        ("珠三角", "珠三角地区"),
        ("京津冀及周边", "京津冀及周边地区"),
        ("京津冀及周邊地區", "京津冀及周边地区"),
        ("汾渭平原", "汾渭平原"),
    ],
)
def test_a_named_area_has_one_name_in_either_script(written: str, name: str) -> None:
    rows = rows_of(f"2019年，{written}PM2.5平均浓度为47微克/立方米。", "47", region="山西省")
    assert rows["region"].tolist() == [name]  # the area, not the document's province
    assert rows["needs_review"].all()


@pytest.mark.parametrize(
    "text",
    [
        "2021年，339个地级及以上城市平均优良天数比例为87.5%。",
        "2021年，339個地級及以上城市平均優良天數比例為87.5%。",
    ],
)
def test_a_counted_group_of_prefecture_cities_is_kept(text: str) -> None:
    # kept as one mention (its count is no figure of its own) …
    found = Places.build().find(text)
    assert found["name"].tolist() == ["339个地级及以上城市"]
    # … but a count is no region (scope23): the cities are the country's
    assert rows_of(text, "87.5")["region"].tolist() == ["全国"]


@pytest.mark.parametrize(
    ("text", "figure", "region"),
    [
        ("2019年，福建省主要河流水质比例为96.5%，比全国平均高21.6个百分点。", "21.6", "福建省"),
        ("2019年，福建省主要河流水質比例為96.5%，比全國平均高21.6個百分點。", "21.6", "福建省"),
        ("2019年，江西省PM2.5浓度较全国平均水平低5微克/立方米。", "5微克", "江西省"),
        ("2019年，台北市PSI>100日数比例为2.21%，亦较高雄市的4.70%为低。", "4.70", "高雄市"),
    ],
)
def test_the_reference_of_a_comparison_is_no_subject(text: str, figure: str, region: str) -> None:
    assert rows_of(text, figure)["region"].tolist() == [region]
