"""Former names of divisions renamed since 2000 (横县 → 横州市) read as today's division.

The table (:func:`envindicators.regions.former_names`) is derived from the Ministry of Civil
Affairs' code lists and change notices as compiled by yescallop/areacodes; these tests check
its promises (renamings only, today's codes, no name of today's table) and how the gazetteer
reads the names: :func:`resolve`, :func:`find_regions` (full, qualified, scoped two-character
names) and the report reader's regions.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from tests.report_rows import report_row

from envindicators import regions
from envindicators.errors import UnknownRegionError
from envindicators.units import to_simplified

#: (former name, today's name, the year of the renaming) — counties made cities or
#: districts, a prefecture renamed, an autonomous county renamed
RENAMED = [
    ("横县", "横州市", 2021),
    ("太谷县", "太谷区", 2019),
    ("襄樊市", "襄阳市", 2010),
    ("郫县", "郫都区", 2016),
    ("中甸县", "香格里拉市", 2001),
    ("普洱哈尼族彝族自治县", "宁洱哈尼族彝族自治县", 2007),
    ("密云县", "密云区", 2015),
    ("萧山市", "萧山区", 2001),
    # Taiwan's counties made special municipalities (added by hand: not in the source)
    ("台北县", "新北市", 2010),
    ("臺北縣", "新北市", 2010),
    ("桃园县", "桃园市", 2014),
]

#: divisions merged into a neighbour that existed before (their figures are a part of it):
#: no former name of any division of today
MERGED = ["崇文区", "宣武区", "卢湾区", "闸北区", "南汇区"]


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return regions.former_names()


@pytest.mark.parametrize(("former", "today", "year"), RENAMED)
def test_a_former_name_resolves_to_todays_division(former: str, today: str, year: int) -> None:
    assert regions.resolve(former).name == today


@pytest.mark.parametrize(("former", "today", "year"), RENAMED)
def test_the_table_dates_the_former_name(
    table: pd.DataFrame, former: str, today: str, year: int
) -> None:
    rows = table[table["name"] == to_simplified(former)]
    assert len(rows) == 1
    end = int(rows["in_use"].iloc[0].split("-")[1])
    assert end == year
    assert regions.region_of(rows["code"].iloc[0]).name == today


@pytest.mark.parametrize("name", MERGED)
def test_a_merged_division_is_no_former_name(table: pd.DataFrame, name: str) -> None:
    assert name not in set(table["name"])
    with pytest.raises(UnknownRegionError):
        regions.resolve(name)


def test_every_row_is_a_division_of_today_under_a_name_it_no_longer_has(
    table: pd.DataFrame,
) -> None:
    g = regions.gazetteer()
    today = set(g["name"]) | set(g["short_name"].dropna())
    assert set(table["code"]) <= set(g["code"])
    assert not set(table["name"]) & today
    assert table["in_use"].str.fullmatch(r"\d{4}-\d{4}").all()
    years = table["in_use"].str.split("-", expand=True).astype(int)
    assert (years[0] < years[1]).all()
    assert (years[1] >= 2000).all()
    # GB/T 2260 gives Taiwan's counties no codes: only its rows may have none
    coded = table[table["code"].str[:2] != "71"]
    assert all(re.fullmatch(r"\d{6}(;\d{6})*", c) for c in coded["former_code"])
    assert (table.loc[table["code"].str[:2] == "71", "former_code"] == "").all()
    assert not table.duplicated(["name", "code"]).any()


def test_traditional_script_reads_the_same_former_name() -> None:
    assert regions.resolve("橫縣").name == "横州市"
    assert regions.resolve("襄樊市") == regions.resolve(to_simplified("襄樊市"))


@pytest.mark.parametrize(
    ("text", "within", "mention", "name", "match"),
    [
        ("南宁市横县27件，西乡塘区8件", "南宁市", "南宁市横县", "横州市", "qualified"),
        ("西乡塘区8件、横县3件", "南宁市", "横县", "横州市", "former"),
        ("西鄉塘區8件、橫縣3件", "南寧市", "橫縣", "横州市", "former"),
        ("2005年襄樊市空气质量优良天数", None, "襄樊市", "襄阳市", "former"),
        ("郫县的污水处理厂", "成都市", "郫县", "郫都区", "former"),
        ("原中甸县城区", None, "中甸县", "香格里拉市", "former"),
        ("98年臺北縣資源回收率為18.0%", None, "臺北縣", "新北市", "former"),
        ("原台北县板桥市", "台湾省", "台北县", "新北市", "former"),
    ],
)
def test_find_regions_reads_a_former_name_as_todays_division(
    text: str, within: str | None, mention: str, name: str, match: str
) -> None:
    found = regions.find_regions(text, within=within)
    row = found[found["mention"] == mention]
    assert len(row) == 1, found
    assert row["name"].iloc[0] == name
    assert row["match"].iloc[0] == match


@pytest.mark.parametrize(
    ("text", "within"),
    [
        ("横县27件", None),  # a two-character name: only inside its own region
        ("横县27件", "长春市"),
        ("陕县", "安康市"),
    ],
)
def test_a_two_character_former_name_is_read_only_inside_its_region(
    text: str, within: str | None
) -> None:
    found = regions.find_regions(text, within=within)
    assert "former" not in set(found["match"])


@pytest.mark.parametrize(
    ("text", "within", "mention", "name"),
    [
        ("农安县12件", "长春市", "农安县", "农安县"),  # holds 安县 (安州区's former name)
        ("五华县3件", "梅州市", "五华县", "五华县"),  # holds 华县 (华州区's)
        ("蓟州区的空气", "天津市", "蓟州区", "蓟州区"),
    ],
)
def test_a_name_of_today_that_holds_a_former_name_is_itself(
    text: str, within: str, mention: str, name: str
) -> None:
    found = regions.find_regions(text, within=within)
    assert found["mention"].tolist() == [mention]
    assert found["name"].iloc[0] == name
    assert found["match"].iloc[0] != "former"


def test_the_report_reader_gives_a_former_names_figure_its_division() -> None:
    text = (
        "南宁市第二轮中央生态环境保护督察信访件办理情况\n"
        "截至2018年6月30日，南宁市共收到交办件120件，其中西乡塘区8件、横县27件、宾阳县15件。"
    )
    assert report_row(text, "27件")["region"] == "横州市"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("臺北市資源回收率", "臺北市", "台北市"),  # the city of today, not the former county
        ("台北的空气", "台北", "台北市"),
        ("臺中縣的河川", "臺中", "台中市"),  # merged in 2010: no former name, the city's stem
    ],
)
def test_taiwans_cities_keep_their_names(text: str, mention: str, name: str) -> None:
    found = regions.find_regions(text)
    assert found["mention"].tolist() == [mention]
    assert found["name"].iloc[0] == name
    assert found["match"].iloc[0] != "former"


def test_the_report_reader_gives_a_former_taiwan_countys_figure_its_city() -> None:
    text = (
        "臺北縣環境保護局98年度資源回收工作成果\n"
        "98年臺北縣資源回收率為18.0%，較97年提高2.1個百分點。"
    )
    assert report_row(text, "18.0%")["region"] == "新北市"
