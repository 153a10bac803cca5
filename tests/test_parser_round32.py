"""Classes of parser round 32 (branch ``read22``): the silent wrong values of ``heldout17``.

Rules (``benchmarks/corpus/README.md``, "Parser round 32, branch `read22`"):

* **Toneless pinyin glosses** (``units/text.py``): a converter writes the reading of a
  character after it, also without tone marks (``微(wei)克``, ``個(ge)百分點``,
  ``改(gai)善(shan)``).  One toneless syllable of two or more letters in brackets right after
  an ideograph (or after another gloss) is dropped like a toned one, so that it no longer
  cuts a unit or a change word.  Abbreviations (``(km)``, ``(cod)``, ``(VOCs)``), a single
  letter (``(a)``) and letters after a digit are kept.
* **A counter injected inside a decimal** (``context_rules._counter_inside_a_decimal``):
  ``占70个.8%`` is ``70.8%`` with a counter pushed into it; the figure before the point is
  flagged ``suspect_number`` and the ``.8%`` after it is no figure.  A sentence ending with a
  counter and a point (``第3个.``, ``5个。8%``) is not touched.
* **Digits written one by one** (``units/numerals.py``, ``parsing/numbers.py``): before a
  decimal point (``‧``, ``．``, ``点``) a run of digits is a number written place by place
  (``四七‧五%`` = 47.5 %), not an estimate; after 万 the four places of the section may be
  written one by one (``五萬七六九九件`` = 57,699 件).
* **An evaluative comparison with the reference's value in brackets**
  (``context_rules._evaluative_comparison``): ``优于年度目标(35微克/立方米)5微克/立方米`` is
  a difference, flagged like one written without the bracket.

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from tests.parser_rows import rows
from tests.scripts import in_both_scripts

from envindicators.units.numerals import parse_chinese_integer
from envindicators.units.text import normalize_text


def _read(text: str) -> list[tuple[float, str, str, str]]:
    return [
        (round(float(v), 6), str(u), str(k), str(w))
        for v, u, k, w in rows(text, "value", "unit", "kind", "warnings")
    ]


# --- 1. toneless glosses ------------------------------------------------------------------
GLOSSED = [
    ("二氧化氮年均浓度(du)为22微(wei)克/立方米", "二氧化氮年均浓度为22微克/立方米"),
    ("细颗粒物浓度为18微(wei)(wei)克(ke)/立(li)方(fang)米", "细颗粒物浓度为18微克/立方米"),
    ("优良天数比例上升2.6个(ge)百分点", "优良天数比例上升2.6个百分点"),
    ("空气质量改(gai)善(shan)8.5%", "空气质量改善8.5%"),
    ("一氧化碳浓度为0.9毫克(ke)/立方米", "一氧化碳浓度为0.9毫克/立方米"),
    ("受理举(ju)报(bao)46件", "受理举报46件"),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSED)
def test_toneless_gloss_is_dropped(text: str, expected: str) -> None:
    assert normalize_text(text).text == expected


KEPT = [
    "河道长(km)为12",  # an abbreviation of a unit
    "化学需氧量(cod)下降3%",  # an abbreviation, not a syllable
    "臭氧(ozone)浓度",
    "第一类(a)企业",  # one letter
    "二级标准(VOCs)",  # capitals
    "编号12(ab)",  # after a digit
]


@pytest.mark.parametrize("text", KEPT)
def test_abbreviations_and_letters_in_brackets_are_kept(text: str) -> None:
    assert normalize_text(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (t, r)
        for text, r in [
            (
                "PM2.5平均浓度为30微(wei)(wei)克(ke)/立(li)方(fang)米",
                (30.0, "微克/立方米", "level"),
            ),
            ("优良天数比例同比上(shang)升1.4个(ge)百分点", (1.4, "百分点", "change_absolute")),
            ("浓度同比改(gai)善(shan)16.2%", (-16.2, "%", "change_relative")),
            ("浓度同比上升(sheng)4.1%", (4.1, "%", "change_relative")),
        ]
        for t in in_both_scripts(text)
    ],
)
def test_glossed_units_and_change_words_are_read(text: str, expected: tuple) -> None:
    got = _read(text)
    assert [g[:3] for g in got][-1:] == [expected]


def test_gloss_map_points_back_to_the_original() -> None:
    text = "浓度为22微(wei)克/立方米"
    nt = normalize_text(text)
    s = nt.text.index("22")
    a, b = nt.original_span(s, s + len("22微克/立方米"))
    assert text[a:b] == "22微(wei)克/立方米"


# --- 2. a counter inside a decimal --------------------------------------------------------
INJECTED = [
    ("Ⅳ类水质断面9个,占36个.4%;", 36.0, "个"),
    ("空气质量优良天数占92天.3%。", 92.0, "天"),
    ("达标企业占全部企业的55家.6%", 55.0, "家"),
]


@pytest.mark.parametrize(
    ("text", "value", "unit"), [(t, v, u) for s, v, u in INJECTED for t in in_both_scripts(s)]
)
def test_counter_inside_a_decimal_is_flagged_and_the_tail_dropped(
    text: str, value: float, unit: str
) -> None:
    got = _read(text)
    damaged = [g for g in got if g[0] == value]
    assert len(damaged) == 1
    assert damaged[0][1] == unit
    assert "suspect_number" in damaged[0][3]
    assert all(g[1] != "%" for g in got), got  # the digits after the point are no share


NOT_INJECTED = [
    ("比例为12.5%", [(12.5, "%")]),
    ("该项目排名第3个.", []),
    ("共有5个。8%的企业未达标", [(5.0, "个"), (8.0, "%")]),
    ("共整改12个. 3%的问题仍在推进", [(12.0, "个"), (3.0, "%")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_INJECTED)
def test_real_figures_next_to_a_point_are_not_touched(
    text: str, expected: list[tuple[float, str]]
) -> None:
    got = _read(text)
    assert [(g[0], g[1]) for g in got] == expected
    assert all("suspect_number" not in g[3] for g in got)


# --- 3. digits written one by one -----------------------------------------------------------
@pytest.mark.parametrize(
    ("numeral", "value"),
    [("五万七六九九", 57699), ("三万零四一二", 30412), ("一万二二八六", 12286), ("一万五", 15000)],
)
def test_section_after_wan_written_place_by_place(numeral: str, value: int) -> None:
    assert parse_chinese_integer(numeral) == value


@pytest.mark.parametrize("numeral", ["五万七六", "五万七六九九一"])
def test_place_by_place_section_must_have_four_digits(numeral: str) -> None:
    with pytest.raises(Exception, match="two digits in a row"):
        parse_chinese_integer(numeral)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (t, e)
        for s, e in [
            ("其中工业噪音占三八‧二%", [(38.2, "%")]),
            ("全市合计约占七四．六%", [(74.6, "%")]),
            ("陈情案件共三万零四一二件", [(30412.0, "件")]),
            ("其中甲市占廿一‧三%", [(21.3, "%")]),
            ("平均浓度为三四点五微克/立方米", [(34.5, "微克/立方米")]),
        ]
        for t in in_both_scripts(s)
    ],
)
def test_digits_one_by_one_are_read(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(g[0], g[1]) for g in _read(text)] == expected


def test_two_digits_without_a_point_stay_an_estimate() -> None:
    got = _read("发现问题三四个")
    assert len(got) == 1
    assert "vague" in got[0][3]


# --- 4. an evaluative comparison with the reference in brackets -----------------------------
@pytest.mark.parametrize(
    "text",
    in_both_scripts("PM2.5平均浓度为31微克/立方米,优于年度目标(35微克/立方米)4微克/立方米。"),
)
def test_difference_after_a_bracketed_reference_is_flagged(text: str) -> None:
    got = _read(text)
    assert [g[0] for g in got] == [31.0, 35.0, -4.0]
    assert got[2][2] == "change_absolute"
    assert "ambiguous_sign" in got[2][3]


def test_reference_in_brackets_alone_stays_a_level() -> None:
    got = _read("浓度为31微克/立方米,年度目标(35微克/立方米)。")
    assert [(g[0], g[2]) for g in got] == [(31.0, "level"), (35.0, "level")]


# --- 5. parallel changes of a share whose subjects share a word -----------------------------
@pytest.mark.parametrize(
    "text",
    in_both_scripts("与上年相比,Ⅰ~Ⅲ类水质断面比例下降2.4%,Ⅳ类水质截面增加6.5%,Ⅴ类水质段减少1.2%。"),
)
def test_parallel_changes_with_a_shared_word_are_flagged(text: str) -> None:
    got = _read(text)
    assert [g[0] for g in got] == [-2.4, 6.5, -1.2]
    assert all("ambiguous_unit" in g[3] for g in got)


@pytest.mark.parametrize(
    "text",
    [
        "与上年相比,Ⅰ~Ⅲ类水质断面比例下降2.4%,全市工业产值增加6.5%。",
        "与上年相比,优良天数比例下降2.4%,PM2.5浓度增加6.5%。",
    ],
)
def test_changes_of_another_subject_are_not_flagged(text: str) -> None:
    got = _read(text)
    assert [g[0] for g in got] == [-2.4, 6.5]
    assert "ambiguous_unit" in got[0][3]
    assert "ambiguous_unit" not in got[1][3]
