"""Registry indicators that fit but were not linked, and regions (issue 13, branch reg15).

Classes fixed, each a general rule (both scripts):

* a range of water-quality classes matches whatever mark joins its ends (``Ⅰ～Ⅲ类``,
  ``Ⅰ-Ⅲ类``, ``Ⅰ—Ⅲ类``, ``Ⅰ至Ⅲ类``: :func:`fold_class_ranges`);
* a share written ``<part>占比`` is the registry share ``<part>占<whole>比重`` whose part it
  writes (:func:`link_by_share`), medium and to review (the whole is not written);
* abbreviations of monitored sections (国考/省考/国控/省控断面) count monitored sections;
  a count of the things of a quality (``40个监测断面水质达到优良``) is no count of all;
* ``全台`` is all of Taiwan in a document of Taiwan (not ``本台``, a broadcaster's station);
* ``全市`` / ``我市`` / ``本县`` that resolve to no division of the document's region are the
  division of that level named last before them in the paragraph, else unknown (empty,
  flagged) — never the province or the country of the document;
* ``中国`` across a word boundary (``其中|国家级``) names no country.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.scripts import traditional_read_back
from tests.test_extract import with_context

import envindicators.regions as regions
from envindicators import datasets
from envindicators.extract import Lexicon, read_report
from envindicators.extract._lexicon import fold_class_ranges
from envindicators.extract._linking import link_by_share, share_parts
from envindicators.units import normalize_text


def _both(text: str) -> list[str]:
    return [text, traditional_read_back(text)]


def _rows(text: str, **kw: object) -> list[tuple[str, float, str, str]]:
    """``(indicator, value, region, note)`` of the observations (context rows included: a
    count of sections another figure is taken over is context) read from ``text``."""
    o = with_context(read_report(text, source="gen.txt", **kw))  # type: ignore[arg-type]
    return [
        (str(i), float(v), str(g), str(n))
        for i, v, g, n in zip(o["indicator"], o["value"], o["region"], o["note"], strict=True)
    ]


def _row(text: str, value: float, **kw: object) -> tuple[str, str, str]:
    hits = [(i, g, n) for i, v, g, n in _rows(text, **kw) if v == value]
    assert hits, (text, _rows(text, **kw))
    return hits[0]


_SHARES = share_parts(
    zip(
        (f := Lexicon.from_registry(datasets.load("indicators")).forms)["form"],
        f["code"],
        strict=True,
    )
)


# ------------------------------------------------------------------- ranges of classes


@pytest.mark.parametrize("mark", ["-", "～", "~", "—", "–", "－", "至", "到"])
def test_fold_class_ranges_any_mark(mark: str) -> None:
    written = normalize_text(f"地表水Ⅰ{mark}Ⅲ类断面比例，Ⅳ{mark}Ⅴ类").text
    folded = fold_class_ranges(written)
    assert folded == "地表水I~III类断面比例,IV~V类" or folded == "地表水I~III类断面比例，IV~V类"
    assert len(folded) == len(written)


@pytest.mark.parametrize("text", ["人口为1-3万人", "第2-3类", "A-B类", "2019-2020年", "I-III级"])
def test_fold_class_ranges_leaves_other_dashes(text: str) -> None:
    assert fold_class_ranges(text) == text


@pytest.mark.parametrize(
    "sentence",
    [
        "2021年，全国地表水Ⅰ-Ⅲ类断面比例为84.9%。",
        "2021年，全国地表水Ⅰ～Ⅲ类断面比例为84.9%。",
        "2021年，全国地表水Ⅰ至Ⅲ类水质断面比例为84.9%。",
        "2021年，全国地表水I—III类水质断面比例为84.9%。",
        "2021年，全省Ⅰ–Ⅲ类水质断面比例达到84.9%。",
    ],
)
def test_class_range_links_surface_water_share(sentence: str) -> None:
    for text in _both(sentence):
        code, _, _ = _row(text, 84.9)
        assert code == "surface_water_good_share", text


def test_groundwater_range_is_not_surface_water() -> None:
    for text in _both("2021年，全国地下水Ⅰ-Ⅲ类水质点位比例为22.7%。"):
        code, _, _ = _row(text, 22.7)
        assert code != "surface_water_good_share"


def test_worse_than_v_still_its_own() -> None:
    for text in _both("2021年，全国Ⅰ-Ⅲ类断面比例为84.9%，劣Ⅴ类断面比例为1.2%。"):
        assert _row(text, 84.9)[0] == "surface_water_good_share"
        assert _row(text, 1.2)[0] == "surface_water_worse_than_v_share"


@given(
    a=st.sampled_from(["Ⅰ", "Ⅱ"]),
    b=st.sampled_from(["Ⅲ", "Ⅳ", "Ⅴ"]),
    mark=st.sampled_from(["-", "～", "—", "至", "－", "~"]),
    head=st.text(alphabet="地表水质全省监测的", max_size=6),
)
def test_fold_is_same_length_and_mark_free(a: str, b: str, mark: str, head: str) -> None:
    """Property: folding keeps the length and writes every class range with ``~``."""
    written = normalize_text(f"{head}{a}{mark}{b}类").text
    folded = fold_class_ranges(written)
    assert len(folded) == len(written)
    assert folded.endswith(normalize_text(f"{a}～{b}类").text)


# ---------------------------------------------------------------------------- shares


def test_share_parts_of_the_registry() -> None:
    parts = {(p, c) for p, _, c in _SHARES}
    assert ("煤炭", "coal_share_energy_consumption") in parts
    assert ("高耗能行业能耗", "energy_intensive_industry_energy_share") in parts
    assert all("占" not in p for p, _, _ in _SHARES)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("规模以上工业企业中高耗能行业能耗占比", "energy_intensive_industry_energy_share"),
        ("全省煤炭消费占比为", "coal_share_energy_consumption"),
        ("煤炭占比", "coal_share_energy_consumption"),
        ("煤炭消费占比下降到", "coal_share_energy_consumption"),
        ("原煤产量占比", None),  # 产量 is no word of 能源消费总量
        ("燃煤发电占比", None),
        ("煤炭消费总量为", None),  # no 占比
        ("能源占比", None),  # no registry part
    ],
)
def test_link_by_share(words: str, expected: str | None) -> None:
    got = link_by_share(words, _SHARES)
    assert (got[0] if got else None) == expected


def test_link_by_share_tie_gives_none() -> None:
    shares = (("煤炭", "能源消费总量", "a"), ("煤炭", "一次能源消费", "b"))
    assert link_by_share("煤炭占比", shares) is None


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        (
            "2016年甘肃省规模以上工业企业中，高耗能行业能耗占比89.61%。",
            89.61,
            "energy_intensive_industry_energy_share",
        ),
        ("2020年，全省煤炭消费占比为56.8%。", 56.8, "coal_share_energy_consumption"),
        ("2020年，全省煤炭占比降至56.8%。", 56.8, "coal_share_energy_consumption"),
    ],
)
def test_read_report_share_by_part(sentence: str, value: float, code: str) -> None:
    for text in _both(sentence):
        got, _, note = _row(text, value)
        assert got == code, text
        assert "占比 (the whole not written)" in note


def test_read_report_share_other_part_stays_proposed() -> None:
    for text in _both("2020年，全省原煤产量占比56.8%。"):
        assert _row(text, 56.8)[0].startswith("proposed_")


# ------------------------------------------------------------------ monitored sections


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("截至2023年年底，15个国考断面水质优良比率100%。", 15),
        ("全省6个省考断面达标率为100%。", 6),
        ("全省共有国控断面30个，省控断面52个。", 30),
        ("全省共有国控断面30个，省控断面52个。", 52),
        ("全省45个监测断面中，有40个监测断面水质达到优良。", 45),
    ],
)
def test_section_counts_are_monitored_sections(sentence: str, value: float) -> None:
    for text in _both(sentence):
        assert _row(text, value)[0] == "monitored_sections", text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("全省45个监测断面中，有40个监测断面水质达到优良。", 40),
        ("全省45个国考断面中，40个国考断面水质优良。", 40),
        ("全省共有8个考核断面，3个考核断面水质为劣Ⅴ类。", 3),
        ("全省共有8个省考断面，其中5个省考断面达标。", 5),
    ],
)
def test_count_of_a_quality_is_no_count_of_all(sentence: str, value: float) -> None:
    for text in _both(sentence):
        assert _row(text, value)[0] != "monitored_sections", text


# ----------------------------------------------------------------------------- regions


@pytest.mark.parametrize("word", ["全台", "全臺"])
def test_whole_of_taiwan(word: str) -> None:
    assert regions.resolve_deixis(word, "澎湖县").name == "台湾省"
    assert regions.resolve_deixis(word, "台湾省").name == "台湾省"
    assert regions.resolve_deixis(word, "北京市") is None


def test_this_station_is_no_deixis() -> None:
    with pytest.raises(ValueError, match="not a deictic word"):
        regions.resolve_deixis("本台", "台湾省")
    found = regions.find_regions("本台記者報導", within="台湾省")
    assert found.empty


def test_whole_of_taiwan_in_read_report() -> None:
    text = "澎湖縣環保局\n環保署指出98年1~9月全台臭氧不良日比率為1.74%。"
    assert _row(text, 1.74)[1] == "台湾省"


@pytest.mark.parametrize(
    ("sentence", "region", "value"),
    [
        ("到目前为止，我市责令整改44家，查封扣押6家。", "江苏省", 6),
        ("从污染物污染负荷情况看，全市PM2.5年均浓度为35微克/立方米。", "全国", 35),
        ("今年以来，全县共完成造林1.2万亩。", "山西省", 800),
    ],
)
def test_unresolved_deixis_is_unknown(sentence: str, region: str, value: float) -> None:
    for text in _both(sentence):
        _, got, note = _row(text, value, region=region)
        assert got == "", (text, got)
        assert "does not name" in note


@pytest.mark.parametrize(
    ("sentence", "region", "value", "expected"),
    [
        ("太原市今年新建污水管网80公里，全市共完成改造3000户。", "山西省", 3000, "太原市"),
        ("平遥县今年以来，全县共完成造林1.2万亩。", "山西省", 800, "平遥县"),
    ],
)
def test_unresolved_deixis_takes_the_division_named_before(
    sentence: str, region: str, value: float, expected: str
) -> None:
    for text in _both(sentence):
        assert _row(text, value, region=region)[1] == expected, text


def test_deixis_of_a_section_heading() -> None:
    for text in _both("海口市\n全市空气质量优良天数比例为98.6%。"):
        assert _row(text, 98.6, region="海南省")[1] == "海口市"


def test_resolved_deixis_unchanged() -> None:
    for text in _both("全区自然保护区14个，其中国家级自然保护区9个。"):
        assert _row(text, 14, region="宁夏回族自治区")[1] == "宁夏回族自治区"


@pytest.mark.parametrize(
    "sentence",
    ["全区自然保护区14个，其中国家级自然保护区9个。", "全区共有企业30家，集中国有企业12家。"],
)
def test_china_across_a_word_boundary(sentence: str) -> None:
    for text in _both(sentence):
        found = regions.find_regions(text)
        assert not (found["match"] == "national").any(), text
    assert (regions.find_regions("中国环境状况公报")["match"] == "national").any()
    assert (regions.find_regions("其中，中国的排放量")["match"] == "national").any()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("山西、辽宁两省各有20个劣Ⅴ类国控断面。", 20),
        ("87个国考断面中水质优良断面85个，同比上升9.2个百分点。", 85),
    ],
)
def test_count_with_a_quality_modifier_is_no_count_of_all(sentence: str, value: float) -> None:
    for text in _both(sentence):
        assert _row(text, value)[0] != "monitored_sections", text


def test_count_of_all_with_jun_stays_monitored() -> None:
    for text in _both("2017年，黄河干流宁夏段监测的6个国控断面均达到Ⅱ类优水质。"):
        assert _row(text, 6)[0] == "monitored_sections", text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("6条主要河流的7个国考断面水质优良比例100%。", 6),
        ("204条河流409个国控断面中，Ⅰ至Ⅲ类水质的断面比例为59.9%。", 204),
    ],
)
def test_loose_name_counted_in_another_measure_word(sentence: str, value: float) -> None:
    """6条 counts rivers: 断面 are counted in 个, so no loose 国考断面数."""
    for text in _both(sentence):
        assert _row(text, value)[0] != "monitored_sections", text


@pytest.mark.parametrize(
    ("abbreviation", "city"),
    [("北市", "台北市"), ("高市", "高雄市"), ("中市", "台中市"), ("南市", "台南市")],
)
def test_taiwan_city_abbreviations(abbreviation: str, city: str) -> None:
    text = f"依環保署公布的全臺檢測結果顯示，{abbreviation}PM2.5年均濃度為12.1μg/m3。"
    assert _row(text, 12.1, region="台湾省")[1] == city
    # in a mainland text the words are no city of Taiwan
    mainland = f"检测结果显示，{abbreviation}PM2.5年均浓度为12.1微克/立方米。"
    assert _row(mainland, 12.1, region="山西省")[1] != city


@pytest.mark.parametrize("word", ["北市场", "南市区"])
def test_taiwan_abbreviation_not_inside_other_words(word: str) -> None:
    text = f"據統計，{word}PM2.5年均濃度為12.1μg/m3。"
    assert _row(text, 12.1, region="台湾省")[1] == "台湾省"


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        (
            "(二)吕梁市：露天煤矿涉及4户，交口县永兴煤业制定了专项整治方案。",
            4,
            "open_pit_coal_mines",
        ),
        (
            "开展入河排污口排查整治，完成黄河岸线利用项目专项整治223处。",
            223,
            "problem_sites_rectified",
        ),
    ],
)
def test_measure_word_without_another_noun_keeps_the_loose_link(
    sentence: str, value: float, code: str
) -> None:
    """户 / 处 with no other counted noun after them: the loose name stands."""
    for text in _both(sentence):
        assert _row(text, value)[0] == code, text


@pytest.mark.parametrize(
    "sentence",
    [
        "12月，3641个国家地表水考核断面中，水质优良(Ⅰ~Ⅲ类)断面比例为89.1%。",
        "2023年，优良(Ⅰ~Ⅲ类)水质断面比例为89.1%。",
    ],
)
def test_quality_words_do_not_refuse_a_share(sentence: str) -> None:
    """The count guards (quality words, measure words) are for counts, not shares."""
    for text in _both(sentence):
        assert _row(text, 89.1)[0] == "surface_water_good_share", text


def test_count_of_places_takes_no_loose_count_name() -> None:
    for text in _both("山西、辽宁两省各有20个劣Ⅴ类国控断面，并列各省首位。"):
        assert all(i != "monitored_sections" for i, *_ in _rows(text)), text
