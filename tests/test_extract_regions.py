"""read_report: the region's scope of a figure (issue 13): lists, water names, 全国 and 我省."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.extract._places import Places


def _regions(text: str, figure: str, published: str = "2023-01-01") -> list[str]:
    r = read_report(text, source="x.txt", published=published)
    rows = pd.concat([with_context(r), r.targets])
    rows = rows[rows["value_text"].astype(str).str.contains(figure, regex=False)]
    return rows["region"].astype(str).tolist()


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("2022年，江苏、浙江、广东等3省共关停化工企业146家。", ""),
        ("2022年，江蘇、浙江、廣東等3省共關停化工企業146家。", ""),
        ("2022年，无锡、常州、苏州等3个城市共关停化工企业146家。", "江苏省"),
        ("2022年，無錫、常州、蘇州等3個城市共關停化工企業146家。", "江苏省"),
        ("2022年，无锡、杭州等2市共关停化工企业146家。", ""),
    ],
)
def test_a_list_total_is_at_the_lists_common_scope(text: str, scope: str) -> None:
    assert _regions(text, "146") == [scope]


def test_a_list_total_is_one_unsure_mention() -> None:
    found = Places.build().find("无锡、常州、苏州等3个城市共关停化工企业146家。")
    assert found["name"].tolist() == ["江苏省"]
    assert found["match"].tolist() == ["list"]


_PREFECTURES = {
    "江苏省": ["南京", "无锡", "徐州", "常州", "苏州", "南通"],
    "山西省": ["太原", "大同", "阳泉", "长治", "晋城", "朔州"],
    "广东省": ["广州", "韶关", "珠海", "汕头", "佛山", "江门"],
}


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_a_figure_about_a_list_never_takes_a_member(data: st.DataObject) -> None:
    provinces = data.draw(
        st.lists(st.sampled_from(sorted(_PREFECTURES)), min_size=1, max_size=2, unique=True)
    )
    pool = [p for prov in provinces for p in _PREFECTURES[prov]]
    members = data.draw(st.lists(st.sampled_from(pool), min_size=2, max_size=5, unique=True))
    noun = data.draw(st.sampled_from(["个城市", "市", "个地市"]))
    text = f"2021年，{'、'.join(members)}等{len(members)}{noun}共淘汰燃煤锅炉387台。"
    got = _regions(text, "387")
    assert len(got) == 1
    assert not any(got[0].startswith(m) for m in members)
    spanned = {prov for prov in provinces if set(members) & set(_PREFECTURES[prov])}
    # several provinces' members: their sum, no one region (place28), not the country
    assert got[0] == (next(iter(spanned)) if len(spanned) == 1 else "")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("龙岗河综合整治工程", "龙岗区"),
        ("龍崗河綜合整治工程", "龙岗区"),
        ("汾江水库清淤", None),
    ],
)
def test_a_water_named_after_a_place_is_not_that_division(text: str, place: str | None) -> None:
    found = Places.build().find(text, within="广东省")
    assert place not in found["name"].tolist()


def test_a_division_starting_with_a_water_word_stays() -> None:
    found = Places.build().find("山西河南两省")  # a list total of both (their scope: 全国)
    assert found["members"].tolist() == [("山西省", "河南省")]


@pytest.mark.parametrize(
    ("within", "word", "expected"),
    [
        ("台湾省", "全國", "台湾省"),
        ("台湾省", "全国", "台湾省"),
        # Hong Kong's own whole is 全港 (deixis); its 全國 is the country (全國人大)
        ("香港特别行政区", "全國", "全国"),
        ("香港特别行政区", "全港", "香港特别行政区"),
        ("台湾省", "我國", "台湾省"),
        ("安徽省", "全国", "全国"),  # on the mainland 全国 is the country
        (None, "全國", "全国"),
    ],
)
def test_the_whole_in_taiwan_hong_kong_or_macao_is_their_own(
    within: str | None, word: str, expected: str
) -> None:
    found = Places.build().find(f"{word}細懸浮微粒年平均濃度為20.0微克", within=within)
    assert found["name"].tolist() == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "其中，杭州、宁波、温州等25个城市的优良天数比例为100%。",
        "其中，杭州、寧波、溫州等25個城市的優良天數比例為100%。",
    ],
)
def test_places_given_as_examples_of_a_larger_set_are_no_scope(text: str) -> None:
    found = Places.build().find(text)
    assert not found["name"].isin(["杭州市", "宁波市", "温州市", "浙江省"]).any()


@pytest.mark.parametrize(
    "text",
    [
        "中央督察组进驻江苏、浙江、广东等3省开展督察。",
        "中央督察組進駐江蘇、浙江、廣東等3省開展督察。",
    ],
)
def test_the_count_of_a_list_total_is_at_the_lists_scope(text: str) -> None:
    assert _regions(text, "3") == ["全国"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯 据悉，全国化学需氧量排放总量同比下降2.9%。我省化学需氧量排放量为63.2万吨。", None),
        ("本報訊 據悉，全國化學需氧量排放總量同比下降2.9%。我省化學需氧量排放量為63.2萬噸。", None),
        ("全国环境状况公报\n2022年，全国化学需氧量排放量为2500万吨。", "全国"),
    ],
)
def test_a_document_speaking_as_a_division_is_not_about_the_country(
    text: str, expected: str | None
) -> None:
    assert Places.build().document_region(text) == expected
