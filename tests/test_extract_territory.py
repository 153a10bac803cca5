"""read_report: the territory of a document — Taiwan's, Hong Kong's, Macao's or the mainland's
— and what its words for the whole (全國, 我國, 本國, 全港, 全澳) mean (issue 13, misc14)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_extract import with_context

from envindicators import regions
from envindicators.extract import read_report
from envindicators.extract._places import Places

TAIWAN, HONG_KONG, MACAO = "台湾省", "香港特别行政区", "澳门特别行政区"


def _pm25(text: str, published: str | None = "2024-06-01") -> pd.DataFrame:
    obs = with_context(read_report(text, source="x.txt", published=published))
    return obs[obs["indicator"] == "pm25_concentration"]


# --- whose text: place names, institutions, script ------------------------------------
@pytest.mark.parametrize(
    ("text", "code", "sure"),
    [
        # Taiwan: its institutions, its years of the 民國 era, its places; both scripts
        ("行政院環境保護署表示，109年全國PM2.5年平均濃度為15.0微克/立方米。", "710000", True),
        ("行政院环境保护署表示，109年全国PM2.5年平均浓度为15.0微克/立方米。", "710000", True),
        ("環境部指出，去年全國細懸浮微粒平均濃度為13.1微克/立方米。", "710000", True),
        ("立法院預算中心指出，我國一般廢棄物產生量持續增加。", "710000", True),
        ("民國105年臺中市、高雄市空氣品質改善。", "710000", True),
        # Hong Kong and Macao
        ("環保署公布，2022年全港PM2.5年均濃度為14微克/立方米，屯門及元朗較高。", "810000", True),
        ("环保署公布，2022年全港PM2.5年均浓度为14微克/立方米，屯门及元朗较高。", "810000", True),
        ("統計暨普查局資料顯示，去年本澳都市固體廢物量為50萬噸。", "820000", True),
        # the mainland: 生態環境部 is not Taiwan's 環境部, in either script
        ("生態環境部通報，全國339個地級及以上城市PM2.5平均濃度為29微克/立方米。", "mainland", True),
        ("生态环境部通报，全国339个地级及以上城市PM2.5平均浓度为29微克/立方米。", "mainland", True),
        ("国务院印发计划，山西省人民政府部署落实。", "mainland", True),
        # signs of both: the winner, unsure
        ("環境部引述生態環境部資料：北京、上海PM2.5下降；臺北、臺中、高雄、臺南、新竹亦然。",
         "710000", False),
    ],
)  # fmt: skip
def test_the_territory_is_told_by_places_institutions_and_eras(
    text: str, code: str, sure: bool
) -> None:
    t = regions.document_territory(text)
    assert t is not None
    assert (t.code, t.sure) == (code, sure)
    assert t.signs[code] == max(t.signs.values())


@pytest.mark.parametrize(
    "text",
    [
        "全国PM2.5平均浓度为30微克/立方米。",  # the whole alone tells no territory
        "全國PM2.5平均濃度為30微克/立方米。",  # nor does traditional script alone
        "環保署表示，本市空氣品質改善。",  # 環保署: Taiwan's or Hong Kong's
        "北京市空气质量改善，台北市亦然。",  # one place each: no side has twice the other's
    ],
)
def test_no_territory_without_a_clear_sign(text: str) -> None:
    t = regions.document_territory(text)
    assert t is None or not t.sure


def test_a_shared_sign_counts_for_both() -> None:
    signs = regions.territory_signs("環保署公布臺中市PM2.5年平均濃度")
    assert signs["710000"] == 2
    assert signs["810000"] == 1


# --- the document's region -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "region", "sure"),
    [
        # the title names the country or nothing: the territory itself
        ("我國廢棄物減量之探討\n立法院指出，108年度我國一般廢棄物產生量為987萬公噸。", TAIWAN, 1),
        ("全國空品改善\n環境部表示，全國PM2.5平均濃度為13.1微克/立方米。", TAIWAN, 1),
        # the title names a division of it: kept
        ("臺中市空氣品質報告\n環境部表示，全國PM2.5平均濃度為13.1微克/立方米。", "台中市", 1),
        # the title names a division outside it: the territory, guessed
        ("潮州空品測站\n行政院環保署105年、104年、103年資料：臺北、高雄、屏東測站。", TAIWAN, 0),
        # a mainland text: as before
        ("全国生态环境状况公报\n生态环境部表示，全国PM2.5平均浓度为29微克/立方米。", "全国", 1),
        ("2022年山西省环境状况公报\n山西省人民政府发布。", "山西省", 1),
    ],
)  # fmt: skip
def test_the_document_region_is_its_territory(text: str, region: str, sure: int) -> None:
    assert Places.build().region_and_confidence(text) == (region, sure)


# --- the whole of a document of Taiwan, Hong Kong, Macao -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "環境部指出，去年全國PM2.5年平均濃度為13.1微克/立方米。",
        "环境部指出，去年全国PM2.5年平均浓度为13.1微克/立方米。",  # a simplified reprint
        "行政院環保署表示，112年我國PM2.5年平均濃度為13.1微克/立方米。",
        "行政院環保署表示，112年本國PM2.5年平均濃度為13.1微克/立方米。",
        "行政院环保署表示，112年本国PM2.5年平均浓度为13.1微克/立方米。",
        "立法院報告：在本國，112年PM2.5年平均濃度為13.1微克/立方米。",
    ],
)
def test_the_whole_of_a_taiwan_text_is_taiwan(text: str) -> None:
    pm = _pm25(text)
    assert pm["region"].tolist() == [TAIWAN]


def test_china_in_a_taiwan_text_is_the_mainland() -> None:
    text = (
        "行政院環保署表示，112年全國PM2.5年平均濃度為13.1微克/立方米，"
        "中國PM2.5年平均濃度為30微克/立方米。"
    )
    pm = _pm25(text)
    assert pm.sort_values("value")["region"].tolist() == [TAIWAN, "全国"]


@pytest.mark.parametrize("word", ["基本國策", "日本國", "資本國家"])
def test_this_country_is_a_word_of_its_own(word: str) -> None:
    found = Places.build().find(f"環境保護是{word}，PM2.5濃度為13.1微克。", within=TAIWAN)
    assert TAIWAN not in found["name"].tolist()


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # Hong Kong's and Macao's whole is 全港 / 全澳; their 全國 is the country
        ("環保署表示，2022年全港PM2.5年均濃度為14微克/立方米。", HONG_KONG),
        ("环保署表示，2022年全港PM2.5年均浓度为14微克/立方米。", HONG_KONG),
        ("特區政府表示，2022年全國PM2.5年均濃度為29微克/立方米，屯門較高。", "全国"),
        ("統計暨普查局：2022年全澳PM2.5年均濃度為15微克/立方米。", MACAO),
        # a mainland text in traditional script: 全國 is the country
        ("生態環境部通報，2022年全國PM2.5平均濃度為29微克/立方米。", "全国"),
    ],
)
def test_the_whole_of_hong_kong_macao_and_the_mainland(text: str, region: str) -> None:
    assert _pm25(text)["region"].tolist() == [region]


def test_conflicting_signs_lower_the_confidence() -> None:
    # a Taiwan text quoting the mainland's ministry: Taiwan, guessed (low, to review)
    text = (
        "空品報告\n環境部引述生態環境部資料：北京、上海PM2.5下降；臺北、臺中、高雄、臺南、新竹亦然。\n"
        "112年PM2.5年平均濃度為13.1微克/立方米。"
    )
    r = read_report(text, source="x.txt", published="2024-06-01")
    pm = with_context(r)[with_context(r)["indicator"] == "pm25_concentration"]
    assert r.documents["region"].tolist() == [TAIWAN]
    assert pm["region"].tolist() == [TAIWAN]
    assert pm["confidence"].tolist() == ["low"]
    assert pm["needs_review"].tolist() == [True]
    why = r.provenance.loc[r.provenance["table"] == "observations", "why"].astype(str)
    assert why.str.contains("region guessed").any()
    # without the mainland's signs the same figure is Taiwan's, sure
    sure = read_report(
        text.replace("生態環境部", "中央氣象署").replace("北京、上海", "花蓮"),
        source="x.txt",
        published="2024-06-01",
    ).observations
    assert sure.loc[sure["indicator"] == "pm25_concentration", "confidence"].tolist() != ["low"]


def test_a_given_region_is_kept() -> None:
    text = "環境部指出，去年全國PM2.5年平均濃度為13.1微克/立方米。"
    r = read_report(text, region="全国", published="2024-06-01")
    assert r.documents["region"].tolist() == ["全国"]


# --- generated: any Taiwan institution, any word for the whole, either script ----------
_TW_SOURCES = ["行政院環保署", "環境部", "立法院預算中心", "行政院環境保護署"]
_MAINLAND_SOURCES = ["生態環境部", "國務院", "中央生態環境保護督察組"]
_WHOLE = ["全國", "我國", "本國"]
_T2S = str.maketrans(
    "環保護國濃為測資質細懸微預算區門", "环保护国浓为测资质细悬微预算区门"
)  # the characters of the templates


@settings(max_examples=25, deadline=None)
@given(
    source=st.sampled_from(_TW_SOURCES),
    whole=st.sampled_from(_WHOLE),
    year=st.integers(100, 113),
    value=st.integers(80, 400),
    simplified=st.booleans(),
)
def test_generated_taiwan_whole_is_taiwan(
    source: str, whole: str, year: int, value: int, simplified: bool
) -> None:
    text = f"{source}表示，{year}年{whole}PM2.5年平均濃度為{value / 10}微克/立方米。"
    if simplified:
        text = text.translate(_T2S)
    pm = _pm25(text)
    assert pm["region"].tolist() == [TAIWAN]


@settings(max_examples=15, deadline=None)
@given(
    source=st.sampled_from(_MAINLAND_SOURCES),
    year=st.integers(2015, 2024),
    value=st.integers(200, 600),
    simplified=st.booleans(),
)
def test_generated_mainland_whole_is_the_country(
    source: str, year: int, value: int, simplified: bool
) -> None:
    text = f"{source}表示，{year}年全國PM2.5年平均濃度為{value / 10}微克/立方米。"
    if simplified:
        text = text.translate(_T2S)
    pm = _pm25(text)
    assert pm["region"].tolist() == ["全国"]


# --- the years of a Taiwan text: a change from one year to another is no deadline ------
@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("行政院環保署表示，全國AQI>100比率自103年26.2%降低至105年19.3%。", (26.2, 19.3)),
        ("行政院环保署表示，全国AQI>100比率自103年26.2%降低至105年19.3%。", (26.2, 19.3)),
        ("環境部表示，全國嚴重污染測站數由91年66站減少改善至112年10站。", (66, 10)),
        ("全国AQI>100比率自2014年26.2%降低至2016年19.3%。", (26.2, 19.3)),
        ("从2002年的386公里缩减至2024年的74.6公里。", (386, 74.6)),
    ],
)
def test_a_change_from_a_level_to_a_later_year_is_an_outcome(
    text: str, levels: tuple[float, float]
) -> None:
    r = read_report(text, source="x.txt", published="2025-01-01")
    assert r.targets.empty
    obs = with_context(r).set_index("value")
    first, last = (obs.loc[v, "period_end"] for v in levels)
    assert first < last


def test_a_span_of_work_still_ends_at_a_deadline() -> None:
    r = read_report("從2016年4月開始至2027年12月完成整治河道30公里。", published="2025-01-01")
    assert len(r.targets) == 1


def test_territory_doctests() -> None:
    import doctest

    from envindicators.regions import _territory

    result = doctest.testmod(_territory)
    assert result.attempted >= 5
    assert result.failed == 0
