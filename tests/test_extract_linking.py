"""Registry indicators found by name: aliases, a measure linked by its object, precedence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import traditional_read_back
from tests.test_extract import with_context

from envindicators import datasets
from envindicators.extract import Lexicon, read_report
from envindicators.extract._linking import (
    intensive,
    link_by_measure,
    measure_core,
    measure_split,
    negated,
)


def _linked(text: str) -> list[str]:
    """Indicators of the rows read from ``text`` (observations, then targets)."""
    r = read_report(text, source="gen.txt")
    return [*with_context(r)["indicator"], *r.targets["indicator"]]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a bare 达标率 after the sections it rates (counted noun 断面 written before it)
        (
            "2022年6月，全县18个监测断面中有15个断面达到考核目标，达标率为83.3%。",
            "surface_water_section_compliance_rate",
        ),
        # 总达标率 of the drinking-water sources named before it (饮用水水源地, the object's head)
        (
            "全市9个县级集中式生活饮用水水源地按取水量评价，总达标率为97.5%。",
            "drinking_water_source_compliance",
        ),
        # aliases: 近岸海域水质优良比例 (not the shorter 水质优良比例 of surface water)
        ("2023年某省近岸海域水质优良比例为88.6%。", "coastal_water_good_share"),
        # 受理有效举报: the petitions the inspection teams accepted
        ("截至5月20日，督察组共受理有效举报4210件。", "petitions_handled"),
        # 劣于Ⅴ类水体比例 (the Water Ten Plan's wording) = 劣Ⅴ类水体比例
        ("2019年一季度全省劣于Ⅴ类水体比例为2.4%。", "surface_water_worse_than_v_share"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_registry_indicator_found_by_name(text: str, code: str, script: str) -> None:
    written = text if script == "simplified" else traditional_read_back(text)
    assert code in _linked(written)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # 功能区 of noise is no 水功能区: an ending shorter than half the object names
        # another thing
        (
            "2022年全市各类声环境功能区昼间监测120点次，达标率为95.0%。",
            "water_function_zone_compliance",
        ),
        # no object of any 达标率 written before it
        ("2022年全市工作完成情况良好，达标率为91.0%。", "surface_water_section_compliance_rate"),
        # an amount after a thing is its own size, no registry amount of a part of it
        ("2020年全省共有自然保护区45个，面积86.3万公顷。", "nature_reserve_encroachment_area"),
        # a negation before a registry name: the complement of the measure
        ("2021年全市非优良天数比例为12.5%。", "good_air_days_share"),
        ("2021年全省超标天数比例为9.5%。", "good_air_days_share"),
        ("2021年全省水质未达到优良比例为12.5%。", "surface_water_good_share"),
        # 立案侦查 (criminal cases, police) is no 立案 (disciplinary cases)
        ("督察进驻期间，各地立案侦查23件，刑事拘留19人。", "accountability_cases_filed"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_registry_indicator_not_linked_where_the_words_name_another_measure(
    text: str, code: str, script: str
) -> None:
    written = text if script == "simplified" else traditional_read_back(text)
    codes = _linked(written)
    assert codes
    assert code not in codes, codes


@pytest.mark.parametrize(
    ("form", "split"),
    [
        ("考核断面达标率", ("考核断面", "达标率")),
        ("集中式饮用水水源地水质达标率", ("集中式饮用水水源地", "达标率")),  # 水质 goes with it
        ("细颗粒物年均浓度", ("细颗粒物", "浓度")),
        ("一般工业固体废物综合利用率", ("一般工业固体废物", "利用率")),
        ("达标率", None),  # a measure alone: no object
        ("信访件", None),  # no measure
    ],
)
def test_measure_split(form: str, split: tuple[str, str] | None) -> None:
    assert measure_split(form) == split


@pytest.mark.parametrize(
    ("text", "start", "form", "negates"),
    [
        ("全年非优良天数比例", 3, "优良天数比例", True),
        ("未达标断面比例", 1, "达标断面比例", True),
        ("超标断面比例", 2, "断面比例", True),
        ("劣V类水体比例", 0, "劣V类水体比例", False),  # the name holds it
        ("全年优良天数比例", 2, "优良天数比例", False),
        ("不同级别的自然保护区", 5, "自然保护区", False),  # 的 before it: no negation
        ("立案侦查23件", 0, "立案", True),  # another class of case after it
        ("刑事立案12件", 2, "立案", True),
        ("立案查处12件", 0, "立案", False),
    ],
)
def test_negated_form(text: str, start: int, form: str, negates: bool) -> None:
    assert negated(text, start, form) is negates


@pytest.mark.parametrize(
    ("words", "form", "negates"),
    [
        ("水质未达到优良比例", "水质优良比例", True),
        ("水质不达标断面比例", "水质达标断面比例", True),
        ("各种类型、不同级别的自然保护区", "自然保护区数量", False),  # 不同 negates nothing
        ("不同级别的自然保护区", "自然保护区数量", False),
        ("I~III类、劣V类水质断面", "I~III类水质断面比例", False),  # a list: no sign
    ],
)
def test_negated_loose_words(words: str, form: str, negates: bool) -> None:
    assert negated("", 0, form, words=words) is negates


@pytest.mark.parametrize(
    ("phrase", "core"),
    [("总达标率", "达标率"), ("年均浓度", "浓度"), ("综合利用率", "利用率"), ("断面", None)],
)
def test_measure_core(phrase: str, core: str | None) -> None:
    assert measure_core(phrase) == core


@pytest.mark.parametrize(
    ("unit", "yes"),
    [("%", True), ("µg/m3", True), ("tce/万元", True), ("ha", False), ("个", False)],
)
def test_only_shares_rates_and_ratios_are_linked_by_their_object(unit: str, yes: bool) -> None:
    assert intensive(unit) is yes


def test_measure_link_prefers_the_longest_then_nearest_object_and_refuses_a_tie() -> None:
    forms = [("考核断面达标率", "a"), ("饮用水水源地水质达标率", "b"), ("监测断面达标率", "c")]
    yes = lambda code: True  # noqa: E731
    # 监测断面 is written whole: c (longer head) beats a (断面 only)
    assert link_by_measure("达标率", "全市8个监测断面,", forms, yes) == ("c", "监测断面", 4)
    # only 断面 is written: a and c tie (same head, same place), the text does not decide
    assert link_by_measure("达标率", "全市8个断面,", forms, yes) is None
    # the unit decides what the figure can be a value of
    assert link_by_measure("达标率", "全市8个断面,", forms, lambda code: code == "a") == (
        "a",
        "断面",
        4,
    )
    # a phrase with an object is no bare measure: left to the other rules
    assert link_by_measure("断面达标率", "全市8个监测断面,", forms, yes) is None


@pytest.mark.parametrize(
    "before",
    [
        "2020年,该类废物产生量为12万吨,",  # 该类: points back to something named earlier
        "2020年,此类废物产生量为12万吨,",
        "2020年,其废物产生量为12万吨,",
        # the whole a share is of is no object of the next rate
        "2020年,炉渣产生量为12万吨,占一般工业固体废物产生量的8%,",
        "2020年,矿渣产生量为3万吨,占固体废物总量的2%,",
    ],
)
def test_measure_link_refuses_an_object_pointed_back_to_or_the_whole_of_a_share(
    before: str,
) -> None:
    forms = [("固体废物综合利用率", "w")]
    assert link_by_measure("综合利用率", before, forms, lambda code: True) is None


def test_measure_link_takes_an_object_written_whole_after_a_word_that_points_back() -> None:
    # the whole object is named: the pointing word only says which one
    forms = [("固体废物综合利用率", "w")]
    assert link_by_measure("综合利用率", "该市固体废物产生量12万吨,", forms, lambda c: True) == (
        "w",
        "固体废物",
        2,
    )


_REGISTRY = datasets.load("indicators")
_LEXICON = Lexicon.from_registry(_REGISTRY)
#: A figure written in each registry unit the property covers.
_FIGURE = {
    "%": "45.5%",
    "t": "12.5万吨",
    "km": "36.2公里",
    "ha": "420公顷",
    "µg/m3": "38微克/立方米",
    "mg/L": "0.52毫克/升",
    "yuan": "360万元",
    "m3": "520立方米",
    "km2": "45.6平方公里",
    **{u: f"12{u}" for u in ("个", "件", "家", "座", "项", "台", "处", "辆", "人")},
}
_FORMS = _LEXICON.forms[_LEXICON.forms["unit"].isin(_FIGURE)]


def test_no_two_indicators_share_a_name() -> None:
    # the property below expects each name to link to its own code: a name shared by two
    # indicators would need a rule saying which wins
    shared = _LEXICON.forms[_LEXICON.forms["form"].duplicated(keep=False)]
    assert shared.empty, shared
    assert len(_FORMS) > 250  # the property covers most names (shares, masses, counts …)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(list(_FORMS.itertuples(index=False))),
    st.sampled_from(["河北省", "太原市", "全国", ""]),
    st.integers(2010, 2030),
    st.booleans(),
)
def test_every_registry_name_links_to_its_own_code(
    row: tuple, region: str, year: int, traditional: bool
) -> None:
    form, code, unit = row.form, row.code, row.unit  # type: ignore[attr-defined]
    text = f"{region}{year}年{form}为{_FIGURE[unit]}。"
    if traditional:
        text = traditional_read_back(text)
    assert _linked(text)[:1] == [code], text
