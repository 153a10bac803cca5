"""A place's name as the figure's measure, a list's last member as the whole's place (place47,
issue 13).

* A station or a place the gazetteer lacks that labels its own figure in a list of places
  (``细悬浮粒子(PM2.5)浓度,铜锣湾达到64.9微克、屯门达到58.2微克``) names where, not what: the
  figure's phrase is the measure its line's head names (``_indicators._a_named_member``,
  ``_indicators._line_head``), a topic's preposition left out (``至于臭氧浓度`` → 臭氧浓度).
* An autonomous county written by its short name and 自治县 (``威宁自治县12件``) is read as that
  county (``regions._gazetteer._common_names``), so it labels its own figure in a list and
  is not carried to the province's figures after the list.
* Places sharing one figure (``贵安新区、仁怀市、威宁县均为0件``) are a place split of the
  whole before them, as one place's figure is (``_indicators._SHARED_FIGURE`` in
  ``_split_of``): the batch's categories after them stay the petitions' parts.
* A count of divisions whose measure word or level word carries a pinyin gloss
  (``邢臺(tái)、邯鄲等6個(gè)設區(qū)市``) is read through the glosses
  (``_places._division_count``, ``_places.counted_scope``): the count is the province's, not
  the list's last city's.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row as _row
from tests.scripts import to_traditional

from envindicators import regions
from envindicators.extract import read_report
from envindicators.units import to_simplified

HONGKONG = (
    "香港特别行政区空气质量\n"
    "细悬浮粒子(PM2.5)浓度,铜锣湾达到64.9微克、屯门达到58.2微克、东涌达到55.6微克,"
    "超出世卫标准。至于臭氧浓度,荃湾达213.8微克、中西区达到207.8微克、沙田达到204微克。"
)
GUIZHOU = (
    "贵州省中央环保督察群众信访举报转办情况\n"
    "截至5月6日,我省累计收到中央督察组转办案件共计1095件。其中:贵阳702件、遵义107件、"
    "仁怀市6件、威宁自治县12件。这些案件主要涉及水污染240件、大气污染187件。"
)
HEBEI = (
    "河北省环境保护督察\n"
    "据悉,7月26日—8月21日,河北省委省政府6个(gè)环境保护督察组陆续完成对(duì)承德、张家口、"
    "保定、唐山、邢台(tái)、邯郸等6个(gè)设区(qū)市环境保护督察工作。"
)

#: (text, figure, subject): the measure the line's head names, not a station's name
PHRASES = [
    (HONGKONG, "64.9微克", "细悬浮粒子(PM2.5)浓度"),  # 铜锣湾: a roadside station
    (HONGKONG, "55.6微克", "细悬浮粒子(PM2.5)浓度"),  # 东涌: a station (离岛区)
    (HONGKONG, "213.8微克", "臭氧浓度"),  # 至于: the topic's preposition left out
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "subject"), PHRASES)
def test_a_station_in_a_list_takes_the_lines_measure(
    text: str, figure: str, subject: str, hant: bool
) -> None:
    assert to_simplified(str(_row(text, figure, hant=hant)["subject"])) == subject


#: (text, figure, region): the whole's division, not the list's last member
REGIONS = [
    (GUIZHOU, "240件", "贵州省"),  # after a list ending in 威宁自治县12件
    (GUIZHOU, "187件", "贵州省"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), REGIONS)
def test_the_whole_after_a_list_is_not_the_last_members(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize("hant", [False, True])
def test_a_glossed_count_of_cities_is_the_provinces(hant: bool) -> None:
    text = to_traditional(HEBEI) if hant else HEBEI
    rows = read_report(text, source="x.txt").figures()
    cities = rows[rows["quote"].map(to_simplified).str.contains("设区")]
    counted = cities[cities["value_text"].map(to_simplified) == "6个"]
    assert not counted.empty
    assert set(counted["region"]) == {"河北省"}  # not 邯郸市, the list's last city


#: (text, figure, region): a list member keeps its own place
MEMBERS = [
    (GUIZHOU, "12件", "威宁彝族回族苗族自治县"),  # 威宁自治县 labels its own figure
    (GUIZHOU, "107件", "遵义市"),
    (HONGKONG, "58.2微克", "屯门区"),  # a district's own reading
    (HONGKONG, "204微克", "沙田区"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), MEMBERS)
def test_a_list_member_keeps_its_place(text: str, figure: str, region: str, hant: bool) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


#: (text, figure, subject start): near wordings the phrase rule must leave
PHRASE_NEGATIVES = [
    # the clause before the members holds a figure: no head, the place is still no measure
    (
        "香港特别行政区空气质量\n全港平均为30微克,铜锣湾达到64.9微克、屯门达到58.2微克。",
        "64.9微克",
        "(no measure named)",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "start"), PHRASE_NEGATIVES)
def test_no_head_without_a_list_of_places(text: str, figure: str, start: str, hant: bool) -> None:
    assert str(_row(text, figure, hant=hant)["subject"]).startswith(start)


@pytest.mark.parametrize("hant", [False, True])
def test_a_station_alone_takes_no_head(hant: bool) -> None:
    # a station alone, no list of places: no member, nothing taken from the clause before.
    # Since place48 the gazetteer places the station (铜锣湾 in 湾仔区): its lone figure is
    # left as a district's is (unread, no phrase), never named by the clause before
    text = "香港特别行政区空气质量\n细悬浮粒子浓度,铜锣湾达到64.9微克,超出世卫标准。"
    rows = read_report(to_traditional(text) if hant else text, source="x.txt").figures()
    taken = rows[rows["value_text"].map(to_simplified) == "64.9微克"]
    assert not taken["subject"].map(to_simplified).str.startswith("细悬浮粒子").any()
    assert rows.empty or taken.empty or set(taken["region"]) <= {"湾仔区", "香港特别行政区"}


#: (text, figure, region): glossed places and counts the region rules must leave
REGION_NEGATIVES = [
    # the province's 6 inspection groups, named before the glossed list: the province's
    (HEBEI, "6个", "河北省"),
    # the city named in the figure's own clause after a glossed list: its own
    ("河北省环境保护督察\n对邢台(tái)、邯郸开展督察。邯郸市已关停企业16家。", "16家", "邯郸市"),
    # a count of projects (no divisions) after a glossed city: the city's
    ("河北省环境保护督察\n邯郸(hán)市6个(gè)项目已完成验收。", "6个", "邯郸市"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), REGION_NEGATIVES)
def test_a_glossed_place_keeps_its_own_figure(
    text: str, figure: str, region: str, hant: bool
) -> None:
    assert _row(text, figure, hant=hant)["region"] == region


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("威宁自治县", "威宁彝族回族苗族自治县"),
        ("威寧自治縣", "威宁彝族回族苗族自治县"),
        ("紫云县", "紫云苗族布依族自治县"),  # the short name and 县, as before
        ("长阳土家族自治县", "长阳土家族自治县"),  # the full name, as before
    ],
)
def test_an_autonomous_county_by_its_short_name_and_zizhixian(name: str, full: str) -> None:
    assert regions.resolve(name).name == full


SHARED = (
    "贵州省中央环保督察群众信访举报转办情况\n"
    "5月5日,我省收到中央环境保护督察组交办群众来电、来信投诉共计105件。其中:贵阳市53件,"
    "遵义市17件,黔西南州1件,贵安新区、仁怀市、威宁县均为0件。涉及水污染类24件,大气污染类26件。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("figure", ["0件", "24件", "26件"])
def test_places_sharing_a_figure_are_a_split_of_the_batch(figure: str, hant: bool) -> None:
    row = _row(SHARED, figure, hant=hant)
    assert row["indicator"] == "petitions_handled"  # not a proposed 贵安新区 / 涉及水污染类
    assert row["region"] == "贵州省"


def test_a_member_sharing_by_ge_keeps_its_list() -> None:
    text = "湖南省信访举报情况\n长沙市704件，邵阳市、娄底市各170件。"
    assert _row(text, "704件")["region"] == "长沙市"  # the member before keeps its own
