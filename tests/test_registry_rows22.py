"""The registry rows of round 22: common measures of environmental bulletins (issue 13, reg22).

The rows are the ambient concentrations the national evaluation reports besides PM2.5 and
PM10 (SO2, NO2 annual means; O3 as the 90th percentile of the daily maximum 8-hour means and
CO as the 95th percentile of the daily means, HJ 663-2013), the days of heavy or severe
pollution and their share (AQI > 200, HJ 633-2012), the days of good air quality, the acid-rain
statistics of the bulletins (share of cities with acid rain, acid-rain frequency; HJ/T
165-2004), and the emission totals of the four pollutants of the
national total-emission control (SO2, NOx, COD, ammonia nitrogen).  Each is linked from its
name and aliases in a plain sentence in both scripts, only by figures in a unit it can take,
and no form of another indicator is taken by them.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import SCRIPTS, in_script

from envindicators import datasets
from envindicators.extract import read_report
from envindicators.extract._lexicon import expand_forms
from envindicators.units import normalize_text, to_simplified

#: The rows this round adds, with a figure in their unit and one in a unit they cannot take.
ROWS: dict[str, tuple[str, str]] = {
    "so2_concentration": ("{n}微克/立方米", "{n}万吨"),
    "no2_concentration": ("{n}微克/立方米", "{n}万吨"),
    "o3_concentration": ("{n}微克/立方米", "{n}天"),
    "co_concentration": ("{n}毫克/立方米", "{n}万吨"),
    "heavy_pollution_days_share": ("{n}%", "{n}天"),
    "heavy_pollution_days": ("{n}天", "{n}微克/立方米"),
    "good_air_days": ("{n}天", "{n}吨"),
    "acid_rain_cities_share": ("{n}%", "{n}天"),
    "acid_rain_frequency": ("{n}%", "{n}吨"),
    "so2_emissions": ("{n}万吨", "{n}微克/立方米"),
    "nox_emissions": ("{n}万吨", "{n}微克/立方米"),
    "cod_emissions": ("{n}万吨", "{n}毫克/升"),
    "ammonia_nitrogen_emissions": ("{n}万吨", "{n}毫克/升"),
}


@cache
def _registry() -> pd.DataFrame:
    return datasets.load("indicators").set_index("code")


def _fold(text: str) -> str:
    return normalize_text(to_simplified(text)).text


def _forms(code: str) -> list[str]:
    """The written forms of an indicator: its name and aliases, parentheses expanded."""
    row = _registry().loc[code]
    names = [str(row["name_zh"])]
    if isinstance(row["aliases"], str):
        names += [a for a in row["aliases"].split(";") if a]
    return sorted({f for name in names for f in expand_forms(name)})


def _linked(text: str) -> list[tuple[str, float]]:
    """``(indicator, value)`` of every row read from ``text``."""
    r = read_report(text, source="gen.txt")
    return [
        (str(i), float(v))
        for t in (r.observations, r.targets)
        for i, v in zip(t["indicator"], t["value"], strict=True)
    ]


def test_rows_are_in_the_registry_with_a_source() -> None:
    """Each row: a unit, a direction and, for the air statistics, the standard it is read by."""
    reg = _registry()
    for code in ROWS:
        assert code in reg.index, code
        assert reg.loc[code, "direction"] in {"higher", "lower"}, code
    for code in ROWS:
        if code.endswith(("_concentration", "_days", "_share", "_frequency")):
            assert isinstance(reg.loc[code, "standard"], str), code


def test_the_registry_validates() -> None:
    """The standard references resolve and the schema holds (``datasets.validate``)."""
    datasets.validate(datasets.load("indicators"), "indicators")


#: Every form of every row once, every other one in traditional script.
_CASES = [
    (code, form, SCRIPTS[i % 2])
    for i, (code, form) in enumerate((c, f) for c in ROWS for f in _forms(c))
]


@pytest.mark.parametrize(("code", "form", "script"), _CASES)
def test_each_form_links_its_figure(code: str, form: str, script: str) -> None:
    """``<region>2020年<form>为<figure>`` links the figure to the row, in either script."""
    fits, _ = ROWS[code]
    text = in_script(f"山西省2020年{form}为{fits.format(n=37)}。", script)
    assert [c for c, _ in _linked(text)] == [code], text


@pytest.mark.parametrize(("code", "form", "script"), _CASES)
def test_a_figure_in_a_unit_the_row_cannot_take_is_not_linked_to_it(
    code: str, form: str, script: str
) -> None:
    """A concentration in 吨, a share in 天, an emission in µg/m³: not the row's figure."""
    _, misfit = ROWS[code]
    text = in_script(f"山西省2020年{form}为{misfit.format(n=37)}。", script)
    assert code not in [c for c, _ in _linked(text)], text


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("sentence", "code", "value"),
    [
        ("2020年，山西省一氧化碳平均浓度为1200微克/立方米。", "co_concentration", 1.2),
        ("2020年，山西省臭氧平均浓度为0.16毫克/立方米。", "o3_concentration", 160.0),
        ("2020年，山西省二氧化硫排放总量为12.5万吨。", "so2_emissions", 125000.0),
        ("2020年，山西省二氧化硫平均浓度为12微克/立方米。", "so2_concentration", 12.0),
        ("2020年，山西省二氧化硫排放量同比下降5.2%。", "so2_emissions", -5.2),
        ("2020年，山西省氮氧化物排放总量比上年下降3.1%。", "nox_emissions", -3.1),
        ("2020年，山西省重污染天数为5天。", "heavy_pollution_days", 5.0),
        ("2020年，山西省空气质量优良天数为288天。", "good_air_days", 288.0),
    ],
)
def test_values_convert_to_the_row_unit(
    sentence: str, code: str, value: float, script: str
) -> None:
    """A figure in another unit of the same dimension is converted (µg/m³ → mg/m³, 万吨 → t)."""
    got = _linked(in_script(sentence, script))
    assert got == [(code, pytest.approx(value))], sentence


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # the days and their share are two indicators; the share is the longer name
        (
            "2020年，山西省空气质量优良天数为288天，优良天数比例为78.9%。",
            ["good_air_days", "good_air_days_share"],
        ),
        (
            "2020年，山西省重度及以上污染天数为4天，重度及以上污染天数比例为1.1%。",
            ["heavy_pollution_days", "heavy_pollution_days_share"],
        ),
        # an emission is no concentration, a concentration no emission
        (
            "2020年，山西省二氧化硫排放量为12万吨，二氧化硫平均浓度为12微克/立方米。",
            ["so2_emissions", "so2_concentration"],
        ),
        (
            "2020年，山西省化学需氧量排放总量为8万吨，氨氮排放总量为0.9万吨。",
            ["cod_emissions", "ammonia_nitrogen_emissions"],
        ),
    ],
)
def test_neighbouring_measures_keep_apart(sentence: str, codes: list[str], script: str) -> None:
    assert [c for c, _ in _linked(in_script(sentence, script))] == codes, sentence


def _other_forms_holding_a_new_form() -> list[tuple[str, str]]:
    """``(code, form)`` of every other indicator's form that writes one of the new forms."""
    reg = _registry()
    new = {_fold(f) for code in ROWS for f in _forms(code)}
    out = []
    for code in reg.index:
        if code in ROWS:
            continue
        for form in _forms(code):
            folded = _fold(form)
            if any(n in folded and n != folded for n in new):
                out.append((code, form))
    return out


_HOLDERS = _other_forms_holding_a_new_form()


def test_some_forms_hold_a_new_form() -> None:
    """The check below has cases (空气质量优良天数比例 holds 空气质量优良天数 …)."""
    assert len(_HOLDERS) >= 3, _HOLDERS


@pytest.mark.parametrize(("code", "form"), _HOLDERS)
def test_no_other_indicator_form_is_taken(code: str, form: str) -> None:
    """A name that writes a new form (优良天数比例 writes 优良天数) keeps its figures."""
    unit = str(_registry().loc[code, "unit"])
    figure = {
        "%": "37%",
        "个": "37个",
        "µg/m3": "37微克/立方米",
        "t": "37吨",
        "mg/L": "37毫克/升",
    }.get(unit)
    if figure is None:
        figure = f"37{unit}" if len(unit) == 1 else "37"
    text = f"山西省2020年{form}为{figure}。"
    assert [c for c, _ in _linked(text)] == [code], text


@settings(max_examples=30, deadline=None)
@given(
    code=st.sampled_from(sorted(ROWS)),
    data=st.data(),
    n=st.integers(min_value=2, max_value=980),
    region=st.sampled_from(["山西省", "辽宁省", "甘肃省", "长治市", "武威市"]),
    script=st.sampled_from(SCRIPTS),
)
def test_any_form_any_region_links(
    code: str, data: st.DataObject, n: int, region: str, script: str
) -> None:
    """``<region>2019年<form>为<n><unit>``: one row, the indicator's, of value n in its unit."""
    form = data.draw(st.sampled_from(_forms(code)))
    fits, _ = ROWS[code]
    factor = 10000.0 if fits.startswith("{n}万吨") else 1.0
    text = in_script(f"{region}2019年{form}为{fits.format(n=n)}。", script)
    assert _linked(text) == [(code, pytest.approx(n * factor))], text


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("sentence", "not_code"),
    [
        # a Latin name is no part of a longer formula or word (exact case too)
        ("2020年，山西省CO2排放量同比下降18%。", "co_concentration"),
        ("2020年，山西省CO2e排放量为37万吨。", "co_concentration"),
        ("2022年，硝酸盐(NO3)浓度下降34%。", "o3_concentration"),
        ("2020年，COVID疫情期间全市优良天数比例为90%。", "co_concentration"),
        # a loose match writes the substance its name is about
        ("2015年，香港温室气体排放总量为4160万公吨，较2014年下降约7.5%。", "so2_emissions"),
        ("2012年，江苏省废水排放总量约58.84亿吨。", "ammonia_nitrogen_emissions"),
        ("2017年，洞庭湖总磷平均浓度为0.073毫克/升，同比下降13.1%。", "o3_concentration"),
        ("2017年，全市烟粉尘排放量为6831吨。", "so2_emissions"),
    ],
)
def test_no_mention_of_another_substance(sentence: str, not_code: str, script: str) -> None:
    """CO2/NO3/COVID are no CO/O3; 温室气体|排放总量 is no loose 二氧化硫排放总量."""
    codes = [c for c, _ in _linked(in_script(sentence, script))]
    assert codes, sentence
    assert not_code not in codes, (sentence, codes)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("2020年，全市CODcr浓度为15毫克/升。", "cod_concentration"),
        ("2020年，全市CO浓度为1.2毫克/立方米。", "co_concentration"),
        ("2020年，全市O3-8h浓度为150微克/立方米。", "o3_concentration"),
    ],
)
def test_latin_names_still_found(sentence: str, code: str, script: str) -> None:
    """A lower-case method suffix (CODcr) or a mark after the name keeps the name."""
    assert code in [c for c, _ in _linked(in_script(sentence, script))], sentence
