"""Classes of bulletin wording the parser did not read (issue 10, second round), one table per
class, several forms each (simplified and traditional script), through both entry points:
``extract_quantities`` in a sentence and ``parse_quantity`` alone.

Expected values are written out by hand; nothing is computed with the code under test.
"""

from __future__ import annotations

import pytest
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one

from envindicators.units import (
    extract_quantities,
    format_quantity,
    normalize,
    parse_quantities,
    parse_quantity,
)
from envindicators.units.vocab import Confidence, Flag, Kind, Qualifier

# --- 1. 每 between numerator and denominator ----------------------------------------------
PER_WORD = [
    ("43微克每立方米", 43.0, "微克/立方米"),
    ("二十五微克每立方米", 25.0, "微克/立方米"),
    ("1.4毫克每立方米", 1.4, "毫克/立方米"),
    ("5吨每小时", 5.0, "吨/小时"),
    ("5噸每小時", 5.0, "吨/小时"),  # traditional
    ("0.5元每吨", 0.5, "元/吨"),
    ("0.5元每噸", 0.5, "元/吨"),  # traditional
    ("1.2万吨每年", 12000.0, "吨/年"),
    ("3.5吨每万元", 3.5, "吨/万元"),
    ("每立方米33微克", 33.0, "微克/立方米"),  # the denominator first
]


@pytest.mark.parametrize(("text", "value", "unit"), PER_WORD)
def test_per_word_between_numerator_and_denominator(text: str, value: float, unit: str) -> None:
    row = _one(f"全年平均濃度为{text},同比持平。")
    q = parse_quantity(text)
    assert row["value"] == q.value == value
    assert row["unit"] == q.unit == unit
    assert row["kind"] == q.kind == Kind.LEVEL
    assert q.warnings == ()


def test_per_word_takes_a_bound_after_the_denominator() -> None:
    q = parse_quantity("35微克每立方米以下")
    assert (q.value, q.unit, q.qualifier) == (35.0, "微克/立方米", Qualifier.AT_MOST)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("投入5亿元每年新增项目", 5e8, "元"),  # 每年 opens a new phrase
        ("出动100人每天巡查", 100.0, "人"),  # a counter is not a numerator
        ("共5吨每户", 5.0, "吨"),  # nor a denominator
    ],
)
def test_per_word_opening_a_new_phrase_is_not_a_denominator(
    text: str, value: float, unit: str
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


# --- 2. temperatures -----------------------------------------------------------------------
TEMPERATURE_LEVELS = [
    ("平均气温23.6摄氏度", 23.6, Qualifier.EXACT),
    ("平均氣溫23.6攝氏度", 23.6, Qualifier.EXACT),  # traditional
    ("最高气温33℃ 或以上", 33.0, Qualifier.AT_LEAST),  # a bound after a space
    ("最高氣溫33℃或以上", 33.0, Qualifier.AT_LEAST),
    ("最低气温12℃或以下", 12.0, Qualifier.AT_MOST),
    ("水温12°C 以下", 12.0, Qualifier.AT_MOST),
    ("最低气温(-5℃)", -5.0, Qualifier.EXACT),  # a signed temperature is a level
]


@pytest.mark.parametrize(("text", "value", "qualifier"), TEMPERATURE_LEVELS)
def test_temperature_levels_are_degc(text: str, value: float, qualifier: Qualifier) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, "degC", Kind.LEVEL)
    assert row["qualifier"] == qualifier
    assert row["sign"] == 0


TEMPERATURE_CHANGES = [
    ("气温高出0.8摄氏度", 0.8),
    ("氣溫高出0.8攝氏度", 0.8),  # traditional
    ("平均气温上升0.8℃", 0.8),
    ("平均氣溫比常年偏高1.2℃", 1.2),
    ("平均气温比上年下降0.5℃", -0.5),
    ("水温降低了2.5攝氏度", -2.5),
]


@pytest.mark.parametrize(("text", "value"), TEMPERATURE_CHANGES)
def test_temperature_changes_are_deltas(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, "delta_degC", Kind.CHANGE_ABSOLUTE)
    assert row["sign"] == (1 if value > 0 else -1)


def test_temperatures_convert_as_offset_and_difference() -> None:
    # a level of 23.6 °C is 296.75 K; a difference of 0.8 °C is 1.44 °F of difference
    levels = normalize(["23.6攝氏度", "0℃", "−10℃"], "kelvin")
    assert levels.tolist() == pytest.approx([296.75, 273.15, 263.15])
    deltas = normalize(["上升0.8℃", "下降1攝氏度"], "delta_degF")
    assert deltas.tolist() == pytest.approx([1.44, -1.8])


@pytest.mark.parametrize("text", ["23.6攝氏度", "33℃ 或以上", "上升0.8℃", "下降1.5℃"])
def test_temperatures_round_trip(text: str) -> None:
    q = parse_quantity(text)
    assert parse_quantity(format_quantity(q)) == q


# --- 3. an explicit sign in parentheses after a noun ----------------------------------------
EXPLICIT_SIGNS = [
    ("公共机构(+12%)", 12.0, "%", Kind.CHANGE_RELATIVE),
    ("公共機構(+12%)", 12.0, "%", Kind.CHANGE_RELATIVE),  # traditional
    ("公共机构（＋12％）", 12.0, "%", Kind.CHANGE_RELATIVE),  # full-width
    ("工业用电(−3.5%)", -3.5, "%", Kind.CHANGE_RELATIVE),  # U+2212
    ("工業用電(-3.5%)", -3.5, "%", Kind.CHANGE_RELATIVE),
    ("达标率(+1.2个百分点)", 1.2, "百分点", Kind.CHANGE_ABSOLUTE),
    ("排放量(-3.5万吨)", -35000.0, "吨", Kind.CHANGE_ABSOLUTE),
]


@pytest.mark.parametrize(("text", "value", "unit", "kind"), EXPLICIT_SIGNS)
def test_explicit_sign_in_parentheses_is_a_change(
    text: str, value: float, unit: str, kind: Kind
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, unit, kind)
    assert row["sign"] == (1 if value > 0 else -1)
    assert Flag.EXPLICIT_SIGN in _flags(row)
    assert row["confidence"] == Confidence.MEDIUM
    alone = parse_quantity(text[text.index("(") if "(" in text else text.index("（") :])
    assert (alone.value, alone.unit, alone.kind, alone.sign) == (
        value,
        unit,
        kind,
        row["sign"],
    )


def test_unsigned_figure_in_parentheses_stays_a_level() -> None:
    row = _one("面积为(3.5万亩)")
    assert (row["value"], row["kind"], row["sign"]) == (35000.0, Kind.LEVEL, 0)


# --- 4. a difference to a named reference, in any unit --------------------------------------
DIFFERENCES = [
    ("高出全国平均水平6.4微克/立方米", 6.4, "微克/立方米", "全国平均水平"),
    ("高出全國平均水平6.4微克/立方米", 6.4, "微克/立方米", "全国平均水平"),  # traditional
    ("低于全国平均水平2.1个百分点", -2.1, "百分点", "全国平均水平"),
    ("低於全國平均水平2.1個百分點", -2.1, "百分点", "全国平均水平"),
    ("低于全省平均水平2.1微克每立方米", -2.1, "微克/立方米", "全省平均水平"),
    ("优良天数高出全国平均水平12天", 12.0, "天", "全国平均水平"),
    ("地下水位低于多年平均0.8米", -0.8, "米", "多年平均"),
]


@pytest.mark.parametrize(("text", "value", "unit", "reference"), DIFFERENCES)
def test_difference_to_a_reference(text: str, value: float, unit: str, reference: str) -> None:
    row = _one(f"{text}。")
    q = parse_quantity(text[text.index("高") if "高" in text else text.index("低") :])
    for got in (row, {"value": q.value, "unit": q.unit, "kind": q.kind, "baseline": q.baseline}):
        assert (got["value"], got["unit"], got["kind"]) == (value, unit, Kind.CHANGE_ABSOLUTE)
        assert got["baseline"] == reference
    assert q.sign == (1 if value > 0 else -1)
    assert parse_quantity(format_quantity(q)) == q


@pytest.mark.parametrize(
    "text", ["低于国家标准5毫克/立方米", "高於排放限值20毫克/立方米", "低于考核目标3微克/立方米"]
)
def test_difference_to_a_valued_reference_is_flagged(text: str) -> None:
    # the figure may be the difference or the standard's own value: never guessed silently
    q = parse_quantity(text)
    assert q.kind is Kind.CHANGE_ABSOLUTE
    assert Flag.AMBIGUOUS_REFERENCE in q.warnings
    assert q.confidence is Confidence.LOW


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("高于50毫克/立方米", 50.0, "毫克/立方米", Qualifier.GREATER),  # adjacent: a bound
        ("低于35微克/立方米", 35.0, "微克/立方米", Qualifier.LESS),
    ],
)
def test_adjacent_comparative_is_still_a_bound(
    text: str, value: float, unit: str, qualifier: Qualifier
) -> None:
    q = parse_quantity(text)
    assert (q.value, q.unit, q.kind, q.qualifier) == (value, unit, Kind.LEVEL, qualifier)


def test_counted_noun_inside_the_reference_is_a_level() -> None:
    df = extract_quantities("优良天数比例高于全国74个城市22.1个百分点。")
    assert df["value"].tolist() == [74.0, 22.1]
    assert df["kind"].tolist() == [Kind.LEVEL, Kind.CHANGE_ABSOLUTE]


# --- 5. evaluative verbs: the sign depends on the indicator ---------------------------------
EVALUATIVE = [
    ("同比改善10.3%", 10.3, "同比"),
    ("同比改善了10.3%", 10.3, "同比"),
    ("空氣質量同比改善10.3%", 10.3, "同比"),  # traditional
    ("比上年好转5.2%", 5.2, "上年"),
    ("水质恶化2.1%", 2.1, None),
    ("水質惡化2.1%", 2.1, None),
]


@pytest.mark.parametrize(("text", "value", "baseline"), EVALUATIVE)
def test_evaluative_change_is_flagged_not_signed(
    text: str, value: float, baseline: str | None
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (
        value,
        "%",
        Kind.CHANGE_RELATIVE,
        0,
    )
    assert Flag.AMBIGUOUS_SIGN in _flags(row)
    assert row["confidence"] == Confidence.LOW
    assert (row["baseline"] if isinstance(row["baseline"], str) else None) == baseline


def test_evaluative_verb_heads_a_list() -> None:
    qs = parse_quantities("分别改善10.3%、5.2%")
    assert [(q.value, q.sign) for q in qs] == [(10.3, 0), (5.2, 0)]
    assert all(Flag.AMBIGUOUS_SIGN in q.warnings for q in qs)


def test_evaluative_change_round_trips() -> None:
    q = parse_quantity("同比改善10.3%")
    assert format_quantity(q) == "同比改善10.3%"
    assert parse_quantity(format_quantity(q)) == q
