"""The domain of a registry link: a concentration's medium by its unit, an emission named
by its words, waters and the air named by their words (issue 13; branch bare23).

``compatible`` refuses a value per litre for an indicator per cubic metre (and the reverse),
though pint converts them; the picker (:meth:`IndicatorPicker._in_its_domain`) turns a
substance's concentration into its emission when the figure's words write an emission or
its reduction and no concentration, and drops an indicator of the air whose figure's words
name waters only (or the reverse).
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.extract._lexicon import compatible, medium_of, other_medium


def _rows(text: str) -> list[tuple[str, str]]:
    """``(value_text, indicator)`` of every row read from ``text``."""
    r = read_report(text, source="gen.txt")
    obs = with_context(r)
    return [
        *zip(obs["value_text"], obs["indicator"], strict=True),
        *zip(r.targets["value_text"], r.targets["indicator"], strict=True),
    ]


def _indicator(text: str, value: str) -> str:
    found = [code for written, code in _rows(text) if value in written]
    assert found, _rows(text)
    return found[0]


@pytest.mark.parametrize(
    ("unit", "medium"),
    [
        ("毫克/升", "water"),
        ("mg/L", "water"),
        ("μg/L", "water"),
        ("mg/l", "water"),
        ("微克/立方米", "air"),
        ("µg/m3", "air"),
        ("mg/m3", "air"),
        ("μg/m**3", "air"),
        ("毫克/标立方米", "air"),
        ("mg/Nm3", "air"),
        # flows, amounts and intensities are of no medium
        ("m3/d", None),
        ("立方米/日", None),
        ("吨/日", None),
        ("立方米/万元", None),
        ("升/日", None),
        ("t", None),
        ("%", None),
    ],
)
def test_the_medium_of_a_unit(unit: str, medium: str | None) -> None:
    assert medium_of(unit) == medium


@pytest.mark.parametrize(
    ("written", "indicator_unit", "fits"),
    [
        ("毫克/升", "µg/m3", False),  # a water concentration is no PM2.5's
        ("mg/L", "mg/m3", False),
        ("微克/立方米", "mg/L", False),  # an air concentration is no COD's
        ("mg/m3", "mg/L", False),
        ("毫克/立方米", "µg/m3", True),  # the same medium converts
        ("μg/L", "mg/L", True),
        ("吨/日", "m3/d", False),  # no concentration: the usual rule (no context)
    ],
)
def test_a_concentration_of_another_medium_does_not_fit(
    written: str, indicator_unit: str, fits: bool
) -> None:
    assert other_medium(written, indicator_unit) is (not fits and medium_of(written) is not None)
    assert compatible(written, "level", indicator_unit, None) is fits


def test_a_relative_change_fits_either_medium() -> None:
    assert compatible("%", "change_relative", "mg/L", None)
    assert compatible("%", "change_relative", "µg/m3", None)


@pytest.mark.parametrize(
    "text",
    [
        "该河段PM2.5浓度为35mg/L。",
        "某监测断面细颗粒物(PM2.5)浓度为0.8毫克/升。",
    ],
)
def test_a_litre_value_is_no_air_concentration(text: str) -> None:
    code = _indicator(text, "/")
    assert code != "pm25_concentration"


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        # a reduction written in the figure: the emission's, not the concentration's
        ("全年主要污染物化学需氧量削减12%，全年空气优良天数达293天。", "12%", "cod_emissions"),
        ("今年以来全县氨氮削减8.5%。", "8.5%", "ammonia_nitrogen_emissions"),
        ("全市化学需氧量排放同比增长0.24%，减排还要加把劲。", "0.24%", "cod_emissions"),
        ("2020年COD排放较上年下降3.1%。", "3.1%", "cod_emissions"),
        ("二氧化硫减排5.26%。", "5.26%", "so2_emissions"),
        # a list of pollutants sharing 排放量: each member its emission (unchanged)
        (
            "化学需氧量、二氧化硫、氨氮、氮氧化物排放量分别下降1%、1%、2.5%和5.1%。",
            "2.5%",
            "ammonia_nitrogen_emissions",
        ),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_reduction_of_a_pollutant_is_its_emission(
    text: str, value: str, code: str, script: str
) -> None:
    written = text if script == "simplified" else to_traditional(text)
    assert _indicator(written, value) == code


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        # a concentration written: the concentration, even with 削减 or 排放 about
        ("某断面化学需氧量平均浓度为18mg/L。", "18mg/L", "cod_concentration"),
        ("全市化学需氧量浓度同比下降5%。", "5%", "cod_concentration"),
        ("通过削减燃煤，PM2.5浓度下降10%。", "10%", "pm25_concentration"),
        # emission words in another clause do not reach the figure's words
        ("工业排放得到控制，PM2.5浓度同比下降10%。", "10%", "pm25_concentration"),
        ("全市PM2.5浓度下降10%，化学需氧量浓度为15毫克/升。", "15毫克/升", "cod_concentration"),
    ],
)
def test_a_concentration_stays_a_concentration(text: str, value: str, code: str) -> None:
    assert _indicator(text, value) == code


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a substance with no emission row: no concentration, proposed
        ("PM2.5排放削减10%。", "10%"),
    ],
)
def test_a_reduction_without_an_emission_row_is_proposed(text: str, value: str) -> None:
    assert _indicator(text, value).startswith("proposed_")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 优良率 and 综合指数 are forms of air indicators that name no medium
        ("去年全市地表水80个市控监测断面中，水质优良率86.3%。", "86.3%"),
        ("全市地表水市控以上断面水质优良率从2003年的46.3%提升至2022年的79.2%。", "46.3%"),
        ("黄浦江下游断面污染综合水质指数下降18.9%。", "18.9%"),
        ("全省主要河流水质综合指数为3.2。", "3.2"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_waters_are_no_air_indicator(text: str, value: str, script: str) -> None:
    written = text if script == "simplified" else to_traditional(text)
    code = _indicator(written, value)
    assert code not in ("good_air_days_share", "air_quality_composite_index")


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        # the air named, or no medium named: the air indicators stay
        ("全市空气质量优良率为90%。", "90%", "good_air_days_share"),
        ("全年空气环境质量综合指数2.98。", "2.98", "air_quality_composite_index"),
        ("县城空气环境质量优良以上347天，优良率达95.1%。", "95.1%", "good_air_days_share"),
        # waters named in a later clause do not reach the figure's words
        (
            "全省9个设区市平均优良天数比例为97.1%，151个省控断面水质优良比例为96%。",
            "97.1%",
            "good_air_days_share",
        ),
    ],
)
def test_air_indicators_stay_where_the_air_is_named(text: str, value: str, code: str) -> None:
    assert _indicator(text, value) == code


def test_a_water_indicator_in_words_of_the_air_is_dropped() -> None:
    # 水质优良比例 read in a clause that names only the air would be the air's: none
    code = _indicator("全市大气环境监测点位优良比例为90%。", "90%")
    assert code != "surface_water_good_share"
