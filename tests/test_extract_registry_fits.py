"""A registry indicator that fits is linked, not a proposed one (issue 13, branch alias14).

Two general causes of a proposed indicator where a registry one fits:

* the registry's Latin-script identifiers were matched in one case only: reports write
  ``pm2.5``, ``Pm10``, ``So2``; :meth:`Lexicon.find` now matches Latin letters in any case and
  gives the form as the registry writes it, unless the letters run on into a Latin word
  (``codes`` is no ``COD``);
* a figure named from outside its sentence (a table's row head ``PM10``, ``细颗粒物浓度``)
  got the row head as a proposed phrase even when the phrase, whole, is a registry form;
  such a phrase now names that indicator when the figure's unit fits it (medium
  confidence); a phrase holding a form among other words, or whose unit does not fit,
  stays proposed.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import traditional_read_back
from tests.test_extract import with_context

from envindicators import datasets
from envindicators.extract import Lexicon, read_report
from envindicators.extract._linking import link_by_measure
from envindicators.units import to_simplified

_LEX = Lexicon.from_registry(datasets.load("indicators"))
_LATIN_FORMS = sorted(f for f in set(_LEX.forms["form"]) if re.search("[A-Za-z]", f))


def _indicator(text: str, value: float) -> tuple[str, str]:
    """``(indicator, confidence)`` of the observation of ``value`` read from ``text``."""
    o = with_context(read_report(text, source="gen.txt"))
    hits = o[o["value"] == value]
    assert not hits.empty, (text, o[["indicator", "value"]])
    return str(hits["indicator"].iloc[0]), str(hits["confidence"].iloc[0])


# ----------------------------------------------------------------- Latin letters, any case


def test_latin_forms_exist() -> None:
    assert {"PM10", "PM2.5", "PM2.5平均浓度", "COD"} <= set(_LATIN_FORMS)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_LATIN_FORMS), st.randoms(use_true_random=False))
def test_any_case_of_a_form_is_found_as_the_form(form: str, rnd: random.Random) -> None:
    """Property: a registry form written with its Latin letters in any case is found whole,
    as a registry form spelled the same but for case."""
    written = "".join(
        (c.lower() if rnd.random() < 0.5 else c.upper()) if c.isascii() else c for c in form
    )
    found = _LEX.find(f"今年{written}为")
    whole = found[(found["start"] == 2) & (found["end"] == 2 + len(written))]
    assert not whole.empty, (written, found)
    got = str(whole["form"].iloc[0])
    assert got.lower() == form.lower()
    assert got in set(_LEX.forms["form"])


@pytest.mark.parametrize("written", ["codes", "encoded", "xpm10", "pm10x"])
def test_case_folded_letters_running_into_a_word_are_no_form(written: str) -> None:
    found = _LEX.find(f"其中{written}为")
    forms = {str(f).lower() for f in found["form"]}
    assert not forms & {"cod", "pm10"}


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        ("2019年10月,珠三角地区pm2.5平均浓度为35微克/立方米。", 35.0, "pm25_concentration"),
        ("2019年,全市pm2.5浓度为41微克/立方米,同比下降2%。", 41.0, "pm25_concentration"),
        ("2020年全市Pm10年均浓度为66微克/立方米。", 66.0, "pm10_concentration"),
        ("2018年,全省pm10平均浓度65微克/立方米。", 65.0, "pm10_concentration"),
        ("2021年全县单位gdp能耗下降3.2%。", -3.2, "energy_intensity"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_lower_case_identifiers_link_the_registry(
    sentence: str, value: float, code: str, script: str
) -> None:
    text = sentence if script == "simplified" else traditional_read_back(sentence)
    got, _ = _indicator(text, value)
    assert got == code, (text, got)


# ------------------------------------------------------- a phrase that is a registry form


_TABLE = "2023年5月各区县空气质量\n| 指标 | 高新区 | 张店区 |\n| {head} | {a} | {b} |\n"


@pytest.mark.parametrize(
    ("head", "a", "b", "code"),
    [
        ("PM10", "73µg/m3", "66µg/m3", "pm10_concentration"),
        ("pm10", "73µg/m3", "66µg/m3", "pm10_concentration"),
        ("PM2.5", "35µg/m3", "31µg/m3", "pm25_concentration"),
        ("细颗粒物浓度", "35微克/立方米", "31微克/立方米", "pm25_concentration"),
        ("可吸入颗粒物", "73微克/立方米", "66微克/立方米", "pm10_concentration"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_row_head_that_is_a_registry_form(
    head: str, a: str, b: str, code: str, script: str
) -> None:
    text = _TABLE.format(head=head, a=a, b=b)
    text = text if script == "simplified" else traditional_read_back(text)
    value = float(re.match(r"[\d.]+", b).group(0))  # type: ignore[union-attr]
    got, confidence = _indicator(text, value)
    assert got == code, (text, got)
    assert confidence in {"medium", "high"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_row_head_whose_unit_does_not_fit_stays_proposed(script: str) -> None:
    text = _TABLE.format(head="PM10", a="5天", b="7天")
    text = text if script == "simplified" else traditional_read_back(text)
    o = read_report(text, source="gen.txt").observations
    assert "pm10_concentration" not in set(o["indicator"])


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_row_head_holding_a_form_among_other_words_is_not_linked_whole(script: str) -> None:
    head = "PM10超标站点"  # a form inside the phrase: not a whole registry name
    text = _TABLE.format(head=head, a="3个", b="4个")
    text = text if script == "simplified" else traditional_read_back(text)
    o = read_report(text, source="gen.txt").observations
    assert "pm10_concentration" not in set(o["indicator"])


# ------------------------------------------------- a bracketed gloss in a 分别 list


@pytest.mark.parametrize(
    "sentence",
    [
        "2017年全年细颗粒物(PM2.5)和可吸入颗粒物(PM10)年均浓度值分别为52微克/立方米和87微克/立方米。",
        "2017年细颗粒物（PM2.5）、可吸入颗粒物（PM10）平均浓度分别为52微克/立方米、87微克/立方米。",
        "2017年PM2.5(细颗粒物)和PM10(可吸入颗粒物)浓度分别为52微克/立方米和87微克/立方米。",
        "2017年全市PM2.5和PM10年均浓度分别为52微克/立方米和87微克/立方米。",
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_gloss_in_brackets_is_no_member_of_the_list(sentence: str, script: str) -> None:
    text = sentence if script == "simplified" else traditional_read_back(sentence)
    assert _indicator(text, 52.0)[0] == "pm25_concentration"
    assert _indicator(text, 87.0)[0] == "pm10_concentration"


# ------------------------------------------ a quality word before a bare measure (水质达标率)


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        (
            "2018年4月,全省29个地级以上城市集中式饮用水水源地中,监测结果为全部达标,"
            "水质达标率100%。",
            100.0,
            "drinking_water_source_compliance",
        ),
        (
            "2020年,全市12个集中式饮用水水源地均开展监测,水质达标率为95.5%。",
            95.5,
            "drinking_water_source_compliance",
        ),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_quality_word_before_a_bare_measure_links_by_the_object(
    sentence: str, value: float, code: str, script: str
) -> None:
    text = sentence if script == "simplified" else traditional_read_back(sentence)
    got, confidence = _indicator(text, value)
    assert got == code, (text, got)
    assert confidence != "high"  # the object is in another clause: never sure


def test_link_by_measure_takes_a_quality_word_with_the_measure() -> None:
    forms = [("考核断面达标率", "a"), ("饮用水水源地水质达标率", "b")]
    before = "全市5个饮用水水源地中,"
    assert link_by_measure("水质达标率", before, forms, lambda c: True) == ("b", "饮用水水源地", 4)
    assert link_by_measure("达标率", before, forms, lambda c: True) == ("b", "饮用水水源地", 4)
    # a quality word and no object written: nothing to link
    assert link_by_measure("水质达标率", "今年以来,", forms, lambda c: True) is None
    # a phrase naming its own object is no bare measure
    assert link_by_measure("地下水水质达标率", before, forms, lambda c: True) is None


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_quality_measure_without_an_object_stays_proposed(script: str) -> None:
    sentence = "2019年全市开展监测工作,水质达标率为80%。"
    text = sentence if script == "simplified" else traditional_read_back(sentence)
    got, _ = _indicator(text, 80.0)
    assert got.startswith("proposed_"), got


@pytest.mark.parametrize(
    "text",
    [
        "PM10 |\n高新区(61µg/m3)、开发区(58µg/m3)、淄川区(55µg/m3) |\n",
        "PM10 |\n高新區(61µg/m3)、開發區(58µg/m3)、淄川區(55µg/m3) |\n",
        "pm2.5 |\n高新区(31µg/m3)、开发区(28µg/m3)、淄川区(25µg/m3) |\n",
    ],
)
def test_a_line_head_that_is_a_registry_form_links_each_place_of_the_list(text: str) -> None:
    o = read_report(text, source="gen.txt").observations
    assert len(o) == 3, o
    assert len(set(o["indicator"])) == 1
    assert str(o["indicator"].iloc[0]) in {"pm10_concentration", "pm25_concentration"}
    assert not {"高新区", "开发区", "淄川区"} & {to_simplified(str(x)) for x in o["subject"]}
