"""Hong Kong, Macao and Taiwan in the gazetteer: names in both scripts, children, deixis."""

from __future__ import annotations

import pytest

from envindicators import regions
from envindicators.extract import read_report

G = regions.gazetteer()

UNITS = {
    "710000": ("台湾省", ["台湾", "臺灣", "台灣", "台湾省", "臺灣省"]),
    "810000": (
        "香港特别行政区",
        ["香港", "香港特区", "香港特區", "香港特别行政区", "香港特別行政區"],
    ),
    "820000": (
        "澳门特别行政区",
        ["澳门", "澳門", "澳门特区", "澳門特區", "澳门特别行政区", "澳門特別行政區"],
    ),
}
TAIWAN = [
    "臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市",
    "嘉義市", "新竹縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣",
    "宜蘭縣", "花蓮縣", "臺東縣", "澎湖縣", "金門縣", "連江縣",
]  # fmt: skip
HONG_KONG = [
    "中西區", "灣仔區", "東區", "南區", "油尖旺區", "深水埗區", "九龍城區", "黃大仙區",
    "觀塘區", "荃灣區", "屯門區", "元朗區", "北區", "大埔區", "西貢區", "沙田區",
    "葵青區", "離島區",
]  # fmt: skip
#: Names shared with a mainland division: ambiguous alone, resolved within a region.
SHARED = {"金門縣": ("350527", "712100"), "連江縣": ("350122", "712200")}


@pytest.mark.parametrize("code", sorted(UNITS))
def test_units_resolve_by_every_name(code: str) -> None:
    full, names = UNITS[code]
    for name in names:
        r = regions.resolve(name)
        assert (r.code, r.name, r.level, r.parent_code) == (code, full, "province", None)
    assert regions.region_of(code).name == full


def _variants(name: str, full: str) -> list[str]:
    """The name as listed (traditional), with 台 for 臺, and the gazetteer's (simplified)."""
    return list(dict.fromkeys([name, name.replace("臺", "台"), full]))


@pytest.mark.parametrize(
    ("names", "province", "level"),
    [(TAIWAN, "710000", "prefecture"), (HONG_KONG, "810000", "county")],
)
def test_subdivisions_in_both_scripts_are_children(
    names: list[str], province: str, level: str
) -> None:
    codes = set()
    for name in names:
        within = regions.region_of(province)
        code = regions.resolve(name, within=within).code
        r = regions.region_of(code)
        # a generic name (东区, 北区) is found only qualified; a shared one needs within
        unique = name not in SHARED and not regions.is_generic_name(r.name)
        for variant in _variants(name, r.name):
            assert regions.resolve(variant, within=within).code == code, variant
            if unique:
                assert regions.resolve(variant).code == code, variant
        assert (r.level, r.parent_code, r.province_code) == (level, province, province)
        assert code[:2] == province[:2]
        assert code != province
        codes.add(code)
    assert len(codes) == len(names)
    children = G[G["parent_code"] == province]
    assert set(children["code"]) == codes


def test_no_duplicate_codes_and_macao_has_no_children() -> None:
    assert G["code"].is_unique
    assert not (G["parent_code"] == "820000").any()
    added = G[G["province_code"].isin(list(UNITS))]
    assert len(added) == 3 + len(TAIWAN) + len(HONG_KONG)


@pytest.mark.parametrize(("name", "codes"), sorted(SHARED.items()))
def test_names_shared_with_the_mainland_stay_ambiguous(name: str, codes: tuple[str, str]) -> None:
    mainland, taiwan = codes
    with pytest.raises(regions.AmbiguousRegionError):
        regions.resolve(name)
    assert regions.resolve(name, within="台灣").code == taiwan
    assert regions.resolve(name, within="福建").code == mainland
    found = regions.find_regions(f"{name}空气质量", within="台湾")
    assert found["code"].tolist() == [taiwan]


def test_short_name_shared_by_hong_kong_and_guangdong() -> None:
    # 大埔区 (Hong Kong) and 大埔县 (梅州): the short name needs the document's region.
    with pytest.raises(regions.AmbiguousRegionError):
        regions.resolve("大埔")
    assert regions.resolve("大埔", within="香港").code == "810014"
    assert regions.resolve("大埔", within="梅州").code == "441422"


@pytest.mark.parametrize(
    ("word", "within", "code"),
    [
        ("本澳", "澳門", "820000"),
        ("全澳", "澳门特别行政区", "820000"),
        ("本港", "香港", "810000"),
        ("全港", "湾仔区", "810000"),
        ("全区", "湾仔区", "810002"),
        ("本港", "广州市", None),
        ("全澳", "湖北", None),
        ("全省", "台中市", "710000"),
        ("全市", "臺中市", "710400"),
    ],
)
def test_self_name_deixis(word: str, within: str, code: str | None) -> None:
    r = regions.resolve_deixis(word, within)
    assert (r.code if r is not None else None) == code


def test_find_regions_reads_self_deixis_only_in_its_region() -> None:
    text = "本港空氣質素改善，本澳亦然"
    hk = regions.find_regions(text, within="香港")
    assert hk[["mention", "code", "match"]].values.tolist() == [["本港", "810000", "deixis"]]
    port = regions.find_regions("本港货物吞吐量", within="宁波市")
    assert port.empty


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "澳門特別行政區環境狀況報告\n本澳2022年PM2.5年均濃度為15微克/立方米。",
            None,
            "澳门特别行政区",
        ),
        ("本澳2022年PM2.5年均濃度為15微克/立方米。", "澳门", "澳门特别行政区"),
        ("2022年全港PM2.5年均濃度為14微克/立方米。", "香港", "香港特别行政区"),
        ("嘉義縣113年PM2.5年平均濃度為16.2微克/立方米。", None, "嘉义县"),
        ("臺中市2022年PM2.5年平均濃度為15.1微克/立方米。", None, "台中市"),
    ],
)
def test_read_report_links_the_region(text: str, region: str | None, expected: str) -> None:
    obs = read_report(text, region=region).observations
    pm = obs[obs["indicator"] == "pm25_concentration"]
    assert len(pm) == 1
    assert pm["region"].iloc[0] == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("【本報訊】統計暨普查局昨發佈環境統計資料顯示，去年本澳平均氣溫為23.6攝氏度", "820000"),
        ("去年全港空氣質素有所改善", "810000"),
        ("宁波舟山港2023年本港货物吞吐量", "330000"),  # a named division comes first
        ("本港与本澳的空气质量", None),  # two self-names: no single region
        ("本市空气质量持续改善", None),  # a level word alone names nothing
    ],
)
def test_document_region_from_self_names(text: str, code: str | None) -> None:
    r = regions.document_region(text)
    assert (r.code if r is not None else None) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short name that begins inside a common word before it is no mention
        ("省政府出台中长期规划，全省PM2.5浓度为35微克/立方米。", []),
        ("在监管平台中录入企业38家。", []),
        ("在監管平臺中錄入企業38家。", []),
        ("舞台南侧新建绿地2公顷。", []),
        ("电台北京频道播出报道12条。", ["北京市"]),
        ("其中山区县空气优良天数比例为90%。", []),
        # the same names where they are names
        ("台中2022年PM2.5年均浓度为15.2微克/立方米。", ["台中市"]),
        ("臺中市2022年PM2.5年均濃度為15.2微克/立方米。", ["台中市"]),
        ("中山2020年PM2.5浓度为22微克/立方米。", ["中山市"]),
        ("广东中山市、台南市和北京市", ["广东省", "中山市", "台南市", "北京市"]),
    ],
)
def test_short_names_are_not_read_across_a_word_boundary(text: str, expected: list[str]) -> None:
    assert regions.find_regions(text)["name"].tolist() == expected


def test_bound_words_end_in_the_first_character_of_a_short_name() -> None:
    """Every word of the table can hide a short name (its last character begins one), and
    none is itself a division name."""
    g = regions.gazetteer()
    shorts = set(g["short_name"].dropna())
    firsts = {s[0] for s in shorts}
    for word in regions.CROSSING_WORDS:
        assert len(word) == 2, word
        assert word[1] in firsts, word
        assert word not in shorts, word
        assert word not in set(g["name"]), word
