"""parse_quantity / parse_quantities / format_quantity: every form of the issue and the seeds.

Expected values are written out by hand (value with the multiplier applied, unit string,
qualifier, kind, sign, baseline); nothing is computed with the code under test.
"""

from __future__ import annotations

import math

import pint
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional

from envindicators.errors import QuantityParseError
from envindicators.units import (
    MAX_QUANTITY_LENGTH,
    SCALE_WORDS,
    ParsedQuantity,
    format_quantity,
    parse_quantities,
    parse_quantity,
    ureg,
)
from envindicators.units.parsing import unit_words
from envindicators.units.vocab import Kind, Qualifier

E, APPROX, MORE, NEAR = "exact", "approx", "more_than", "nearly"
GE, LE, GT, LT, RANGE = "at_least", "at_most", "greater", "less", "range"
LEVEL, REL, ABS, RATIO = "level", "change_relative", "change_absolute", "ratio"

# (text, value, unit, qualifier, kind, sign, baseline)
CASES = [
    # --- the issue's list, in its order ---------------------------------------------
    ("1.5万吨/日", 15000.0, "吨/日", E, LEVEL, 0, None),
    ("7000余吨", 7000.0, "吨", MORE, LEVEL, 0, None),
    ("约1.5万吨", 15000.0, "吨", APPROX, LEVEL, 0, None),
    ("20余万吨", 200000.0, "吨", MORE, LEVEL, 0, None),
    ("8×200吨/日", 1600.0, "吨/日", E, LEVEL, 0, None),
    ("3000吨/日", 3000.0, "吨/日", E, LEVEL, 0, None),
    ("10000立方米/日", 10000.0, "立方米/日", E, LEVEL, 0, None),
    ("33.3万方", 333000.0, "方", E, LEVEL, 0, None),
    ("101.51公里", 101.51, "公里", E, LEVEL, 0, None),
    ("54.564Km", 54.564, "Km", E, LEVEL, 0, None),
    ("2万余平方公里", 20000.0, "平方公里", MORE, LEVEL, 0, None),
    ("473公顷", 473.0, "公顷", E, LEVEL, 0, None),
    ("926千公顷", 926000.0, "公顷", E, LEVEL, 0, None),
    ("16833畝", 16833.0, "亩", E, LEVEL, 0, None),
    ("50萬噸/日", 500000.0, "吨/日", E, LEVEL, 0, None),
    ("1200噸/日", 1200.0, "吨/日", E, LEVEL, 0, None),
    ("8706亩", 8706.0, "亩", E, LEVEL, 0, None),
    ("130万亩", 1300000.0, "亩", E, LEVEL, 0, None),
    ("998.3533万立方米", 9983533.0, "立方米", E, LEVEL, 0, None),
    ("5.5亿立方米", 550000000.0, "立方米", E, LEVEL, 0, None),
    ("15.15亿立方米以内", 1515000000.0, "立方米", LE, LEVEL, 0, None),
    ("417万吨标准煤左右", 4170000.0, "吨标准煤", APPROX, LEVEL, 0, None),
    ("280立方米/万元", 280.0, "立方米/万元", E, LEVEL, 0, None),
    ("10蒸吨/小时及以下", 10.0, "蒸吨/小时", LE, LEVEL, 0, None),
    ("20蒸吨以上", 20.0, "蒸吨/小时", GE, LEVEL, 0, None),
    ("48MW", 48.0, "MW", E, LEVEL, 0, None),
    ("10.5万千瓦", 105000.0, "千瓦", E, LEVEL, 0, None),
    ("35μg/m3", 35.0, "μg/m3", E, LEVEL, 0, None),
    ("44微克/立方米", 44.0, "微克/立方米", E, LEVEL, 0, None),
    ("74.7毫克/升", 74.7, "毫克/升", E, LEVEL, 0, None),
    ("93.25%", 93.25, "%", E, LEVEL, 0, None),
    ("大于85.3%", 85.3, "%", GT, LEVEL, 0, None),
    ("不低于90%", 90.0, "%", GE, LEVEL, 0, None),
    ("75%以上", 75.0, "%", GE, LEVEL, 0, None),
    ("接近60%", 60.0, "%", NEAR, LEVEL, 0, None),
    ("提高2.4个百分点", 2.4, "百分点", E, ABS, 1, None),
    ("同比下降2.6%", -2.6, "%", E, REL, -1, "同比"),
    ("比2015年下降13%", -13.0, "%", E, REL, -1, "2015"),
    ("累计增长5%", 5.0, "%", E, REL, 1, None),
    ("近三分之一", 1 / 3, "dimensionless", NEAR, RATIO, 0, None),
    ("十余次", 10.0, "次", MORE, LEVEL, 0, None),
    ("20余次", 20.0, "次", MORE, LEVEL, 0, None),
    ("4万余户", 40000.0, "户", MORE, LEVEL, 0, None),
    ("6.3立方米", 6.3, "立方米", E, LEVEL, 0, None),
    ("1立方米/秒", 1.0, "立方米/秒", E, LEVEL, 0, None),
    ("5.5万元", 55000.0, "元", E, LEVEL, 0, None),
    ("15789万元", 157890000.0, "元", E, LEVEL, 0, None),
    ("7亿元", 700000000.0, "元", E, LEVEL, 0, None),
    ("2.1亿元", 210000000.0, "元", E, LEVEL, 0, None),
    ("两", 2.0, "dimensionless", E, LEVEL, 0, None),
    ("十三", 13.0, "dimensionless", E, LEVEL, 0, None),
    ("二十", 20.0, "dimensionless", E, LEVEL, 0, None),
    ("三分之一", 1 / 3, "dimensionless", E, RATIO, 0, None),
    ("1.8万余个", 18000.0, "个", MORE, LEVEL, 0, None),
    ("上升了1.29米", 1.29, "米", E, ABS, 1, None),
    # --- more forms found in the seeds ------------------------------------------------
    ("约7000余吨", 7000.0, "吨", MORE, LEVEL, 0, None),  # 约…余: 余 is the stronger word
    ("每天约1.5万吨", 15000.0, "吨/日", APPROX, LEVEL, 0, None),
    ("每天尚有20余万吨", 200000.0, "吨/日", MORE, LEVEL, 0, None),
    ("每年仍以5000万吨", 50000000.0, "吨/年", E, LEVEL, 0, None),
    ("每年80平方公里", 80.0, "平方公里/年", E, LEVEL, 0, None),
    ("约950万吨/年", 9500000.0, "吨/年", APPROX, LEVEL, 0, None),
    ("日产2000吨以下", 2000.0, "吨/日", LE, LEVEL, 0, None),
    ("日供水千吨以上", 1000.0, "吨/日", GE, LEVEL, 0, None),
    ("每小时10蒸吨及以下", 10.0, "蒸吨/小时", LE, LEVEL, 0, None),
    ("10蒸吨及以下", 10.0, "蒸吨/小时", LE, LEVEL, 0, None),
    ("20蒸吨/小时以上", 20.0, "蒸吨/小时", GE, LEVEL, 0, None),
    ("每年不少于3次", 3.0, "次/年", GE, LEVEL, 0, None),
    ("吨煤排水量达到6.3立方米", 6.3, "立方米/吨", E, LEVEL, 0, None),
    ("吨煤涌水量大于0.6立方米", 0.6, "立方米/吨", GT, LEVEL, 0, None),
    ("吨煤涌水量小于0.6立方米", 0.6, "立方米/吨", LT, LEVEL, 0, None),
    ("2.71立方米/吨", 2.71, "立方米/吨", E, LEVEL, 0, None),
    ("每万人有效发明专利达到7.5件", 7.5, "件/万人", E, LEVEL, 0, None),
    ("约1立方米/秒", 1.0, "立方米/秒", APPROX, LEVEL, 0, None),
    ("锐减至约2立方米/秒", 2.0, "立方米/秒", APPROX, LEVEL, 0, None),
    ("提升至50萬噸/日", 500000.0, "吨/日", E, LEVEL, 0, None),
    ("下降到42微克/立方米", 42.0, "微克/立方米", E, LEVEL, 0, None),
    ("提高到78%", 78.0, "%", E, LEVEL, 0, None),
    ("降低到65%以下", 65.0, "%", LE, LEVEL, 0, None),
    ("提高了24个百分点", 24.0, "百分点", E, ABS, 1, None),
    ("同比提高2.4个百分点", 2.4, "百分点", E, ABS, 1, "同比"),
    ("同比上升14.8个百分点", 14.8, "百分点", E, ABS, 1, "同比"),
    ("与2016年相比又升高1.55个百分点", 1.55, "百分点", E, ABS, 1, "2016"),
    ("高于国家下达指标1.3个百分点", 1.3, "百分点", E, ABS, 1, "国家下达指标"),
    ("1.3个百分点", 1.3, "百分点", E, ABS, 0, None),
    ("同比下降4.3%", -4.3, "%", E, REL, -1, "同比"),
    ("较2017年增长2.16%", 2.16, "%", E, REL, 1, "2017"),
    ("比2013年下降10%", -10.0, "%", E, REL, -1, "2013"),
    ("下降5.4%", -5.4, "%", E, REL, -1, None),
    ("增长20%", 20.0, "%", E, REL, 1, None),
    ("较年初上升了1.29米", 1.29, "米", E, ABS, 1, "年初"),
    ("零增长", 0.0, "%", E, REL, 0, None),
    ("控制在15.15亿立方米以内", 1515000000.0, "立方米", LE, LEVEL, 0, None),
    ("达到85%以上", 85.0, "%", GE, LEVEL, 0, None),
    ("417万吨标准煤", 4170000.0, "吨标准煤", E, LEVEL, 0, None),
    ("突破75%", 75.0, "%", GT, LEVEL, 0, None),
    ("超64%", 64.0, "%", GT, LEVEL, 0, None),
    ("超过10亿吨", 1000000000.0, "吨", GT, LEVEL, 0, None),
    ("超过80米", 80.0, "米", GT, LEVEL, 0, None),
    ("近20公顷", 20.0, "公顷", NEAR, LEVEL, 0, None),
    ("近3000家", 3000.0, "家", NEAR, LEVEL, 0, None),
    ("近千米", 1000.0, "米", NEAR, LEVEL, 0, None),
    ("万余棵", 10000.0, "棵", MORE, LEVEL, 0, None),
    ("40余座", 40.0, "座", MORE, LEVEL, 0, None),
    ("20多家", 20.0, "家", MORE, LEVEL, 0, None),
    ("10多次", 10.0, "次", MORE, LEVEL, 0, None),
    ("十余项", 10.0, "项", MORE, LEVEL, 0, None),
    ("11470余次", 11470.0, "次", MORE, LEVEL, 0, None),
    ("38130余人次", 38130.0, "人次", MORE, LEVEL, 0, None),
    ("18060余次(个)", 18060.0, "次", MORE, LEVEL, 0, None),
    ("70余篇", 70.0, "篇", MORE, LEVEL, 0, None),
    ("20余万立方米", 200000.0, "立方米", MORE, LEVEL, 0, None),
    ("约9.2万平方米", 92000.0, "平方米", APPROX, LEVEL, 0, None),
    ("大约180分钟", 180.0, "分钟", APPROX, LEVEL, 0, None),
    ("4个多月", 4.0, "月", MORE, LEVEL, 0, None),
    ("一个半月", 1.5, "月", E, LEVEL, 0, None),
    ("为期1个月", 1.0, "月", E, LEVEL, 0, None),
    ("三个月内", 3.0, "月", LE, LEVEL, 0, None),
    ("近三年", 3.0, "年", NEAR, LEVEL, 0, None),  # "the last three years", labelled nearly
    ("2年", 2.0, "年", E, LEVEL, 0, None),
    ("两年", 2.0, "年", E, LEVEL, 0, None),
    ("44周", 44.0, "周", E, LEVEL, 0, None),
    ("107天", 107.0, "天", E, LEVEL, 0, None),
    ("大于63%", 63.0, "%", GT, LEVEL, 0, None),
    ("大于5.5亿立方米", 550000000.0, "立方米", GT, LEVEL, 0, None),
    ("高于16%", 16.0, "%", GT, LEVEL, 0, None),
    ("10公顷以上", 10.0, "公顷", GE, LEVEL, 0, None),
    ("10吨以下", 10.0, "吨", LE, LEVEL, 0, None),
    ("98%左右", 98.0, "%", APPROX, LEVEL, 0, None),
    ("84.7%以上", 84.7, "%", GE, LEVEL, 0, None),
    ("百分之八十五", 85.0, "%", E, LEVEL, 0, None),
    ("占27%", 27.0, "%", E, RATIO, 0, None),
    ("仅占27%", 27.0, "%", E, RATIO, 0, None),
    ("占井田面积的18.2%", 18.2, "%", E, RATIO, 0, None),
    ("2092臺", 2092.0, "台", E, LEVEL, 0, None),
    ("5393起", 5393.0, "起", E, LEVEL, 0, None),
    ("15个国考断面", 15.0, "个", E, LEVEL, 0, None),
    ("6輪次", 6.0, "轮次", E, LEVEL, 0, None),
    ("五輪", 5.0, "轮", E, LEVEL, 0, None),
    ("16位", 16.0, "位", E, LEVEL, 0, None),
    ("4方面", 4.0, "方面", E, LEVEL, 0, None),
    ("2类", 2.0, "类", E, LEVEL, 0, None),
    ("35间", 35.0, "间", E, LEVEL, 0, None),
    ("61艘", 61.0, "艘", E, LEVEL, 0, None),
    ("3266块", 3266.0, "块", E, LEVEL, 0, None),
    ("32批", 32.0, "批", E, LEVEL, 0, None),
    ("55宗", 55.0, "宗", E, LEVEL, 0, None),
    ("14.5万辆", 145000.0, "辆", E, LEVEL, 0, None),
    ("143人", 143.0, "人", E, LEVEL, 0, None),
    ("4.49", 4.49, "dimensionless", E, LEVEL, 0, None),
    ("0", 0.0, "dimensionless", E, LEVEL, 0, None),
    ("60吨/日", 60.0, "吨/日", E, LEVEL, 0, None),
    # --- input noise ------------------------------------------------------------------
    ("５４．５６４Ｋｍ", 54.564, "Km", E, LEVEL, 0, None),
    ("35 μg/m³", 35.0, "μg/m3", E, LEVEL, 0, None),
    ("35µg/m3", 35.0, "μg/m3", E, LEVEL, 0, None),  # micro sign U+00B5
    ("１．５万吨／日", 15000.0, "吨/日", E, LEVEL, 0, None),
    ("93.25％", 93.25, "%", E, LEVEL, 0, None),
    ("12 t/d", 12.0, "t/d", E, LEVEL, 0, None),
    ("約1.5萬噸", 15000.0, "吨", APPROX, LEVEL, 0, None),
    ("提高2.4個百分點", 2.4, "百分点", E, ABS, 1, None),
    ("不低於90%", 90.0, "%", GE, LEVEL, 0, None),
    ("控制在15.15億立方米以內", 1515000000.0, "立方米", LE, LEVEL, 0, None),
    ("20餘萬噸", 200000.0, "吨", MORE, LEVEL, 0, None),
    ("兩年", 2.0, "年", E, LEVEL, 0, None),
]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "kind", "sign", "baseline"),
    CASES,
    ids=[c[0] for c in CASES],
)
def test_expression_table(
    text: str, value: float, unit: str, qualifier: str, kind: str, sign: int, baseline: str | None
) -> None:
    q = parse_quantity(text)
    assert q.value == pytest.approx(value, rel=1e-15, abs=0)
    assert q.unit == unit
    assert q.qualifier == Qualifier(qualifier)
    assert q.kind == Kind(kind)
    assert q.sign == sign
    assert q.baseline == baseline
    assert q.low is None
    assert q.high is None
    ureg.parse_units(q.unit)  # the unit is a pint unit of our registry


def test_values_are_exact_decimal_arithmetic() -> None:
    # 998.3533 × 10⁴ and 0.1 × 3 must not carry binary rounding error
    assert parse_quantity("998.3533万立方米").value == 9983533.0
    assert parse_quantity("1.1万吨").value == 11000.0
    assert parse_quantity("0.0003亿元").value == 30000.0


RANGES = [
    ("3-5年", 3.0, 5.0, "年", LEVEL, 0),
    ("三至五年", 3.0, 5.0, "年", LEVEL, 0),
    ("85%-95%", 85.0, 95.0, "%", LEVEL, 0),
    ("85%~95%", 85.0, 95.0, "%", LEVEL, 0),
    ("3-5万吨", 30000.0, 50000.0, "吨", LEVEL, 0),  # the multiplier of 5万 applies to 3
    ("3万—5万吨", 30000.0, 50000.0, "吨", LEVEL, 0),
    ("下降3-5%", -5.0, -3.0, "%", REL, -1),
    ("增长3-5%", 3.0, 5.0, "%", REL, 1),
    ("占3-5%", 3.0, 5.0, "%", RATIO, 0),
]


@pytest.mark.parametrize(("text", "low", "high", "unit", "kind", "sign"), RANGES)
def test_ranges(text: str, low: float, high: float, unit: str, kind: str, sign: int) -> None:
    q = parse_quantity(text)
    assert q.is_range
    assert q.qualifier is Qualifier.RANGE
    assert q.value is None
    assert (q.low, q.high, q.unit, q.kind, q.sign) == (low, high, unit, Kind(kind), sign)
    assert q.quantity.magnitude.tolist() == [low, high]


def test_enumerations_share_verb_baseline_and_bound() -> None:
    a, b = parse_quantities("比2014年分别上升155%和377%")
    assert (a.value, a.kind, a.sign, a.baseline) == (155.0, Kind.CHANGE_RELATIVE, 1, "2014")
    assert (b.value, b.kind, b.sign, b.baseline) == (377.0, Kind.CHANGE_RELATIVE, 1, "2014")
    a, b = parse_quantities("上升155%和377%")
    assert a.kind is b.kind is Kind.CHANGE_RELATIVE
    a, b = parse_quantities("85%、95%以上")
    assert a.qualifier is b.qualifier is Qualifier.AT_LEAST
    a, b = parse_quantities("280立方米/万元和70立方米/万元以内")
    assert (a.value, b.value) == (280.0, 70.0)
    assert a.qualifier is b.qualifier is Qualifier.AT_MOST
    a, b = parse_quantities("98%左右和90%以上")  # each keeps its own bound
    assert (a.qualifier, b.qualifier) == (Qualifier.APPROX, Qualifier.AT_LEAST)
    a, b = parse_quantities("下降2%和3%")
    assert (a.value, b.value) == (-2.0, -3.0)
    (single,) = parse_quantities("16833畝")
    assert single.value == 16833.0
    with pytest.raises(QuantityParseError, match="parse_quantities"):
        parse_quantity("上升155%和377%")


def test_span_and_text_index_the_original_input() -> None:
    text = "  生態(tài)環(huán)境約1.5萬噸 "
    with pytest.raises(QuantityParseError):
        parse_quantity(text)  # 生态环境 is not a qualifier word
    q = parse_quantity("同比下降2.6%")
    assert q.span == (0, 8)
    assert q.text == "同比下降2.6%"
    q = parse_quantity("累计增长5%")  # 累计 is a filler: accepted, outside the span
    assert q.text == "增长5%"
    assert q.span == (2, 6)
    q = parse_quantity("１．５萬噸／日")
    assert q.text == "１．５萬噸／日"
    assert q.span == (0, 7)


BAD = [
    ("", 0, "empty"),
    ("   ", 0, "empty"),
    ("abc", 0, "expected a number"),
    ("12abc", 2, "unknown unit"),
    ("12斤", 2, "unknown unit"),
    ("5吨xyz", 2, "after the quantity"),
    ("2017年", 0, "date"),
    ("2018—2020年", 0, "date"),
    ("2018年6月底前", 0, "date"),
    ("第十六项", 1, "item number"),
    ("PM2.5", 2, "name"),
    ("O3", 1, "name"),
    ("Ⅳ类", 0, "expected a number"),
    ("1.5万吨 2万吨", 6, "more than one"),
    ("生态环境5吨", 0, "before the quantity"),
]


@pytest.mark.parametrize(("text", "position", "reason"), BAD, ids=[b[0] or "empty" for b in BAD])
def test_bad_input_raises_with_position(text: str, position: int, reason: str) -> None:
    with pytest.raises(QuantityParseError, match=reason) as info:
        parse_quantity(text)
    err = info.value
    assert isinstance(err, ValueError)
    assert err.text == text
    assert err.position == position
    assert repr(text)[1:-1][:5] in str(err)


def test_too_long_input_is_rejected_before_parsing() -> None:
    text = "1" * (MAX_QUANTITY_LENGTH + 1)
    with pytest.raises(QuantityParseError, match="MAX_QUANTITY_LENGTH") as info:
        parse_quantity(text)
    assert info.value.position is None
    parse_quantity("约" + "1" * 10 + "吨")  # well under the limit: fine


def test_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_quantity(1.5)  # type: ignore[arg-type]


def test_unknown_unit_is_never_dimensionless() -> None:
    for text in ("12斤", "3 furlongs", "5里", "7V类"):
        with pytest.raises(QuantityParseError):
            parse_quantity(text)


# ---------------------------------------------------------------------------------------
# The quantity object.
# ---------------------------------------------------------------------------------------


def test_parsed_quantity_is_frozen_and_compares_meaning() -> None:
    a = parse_quantity("1.5万吨/日")
    b = parse_quantity("15000噸/日")
    assert a == b  # equal meaning, different writing
    assert (a.multiplier, b.multiplier) == ("万", None)
    assert a != parse_quantity("约1.5万吨/日")
    with pytest.raises(AttributeError):
        a.value = 1.0  # type: ignore[misc]
    assert not hasattr(a, "__dict__")  # slots


def test_parsed_quantity_validates() -> None:
    with pytest.raises(ValueError, match="sign"):
        ParsedQuantity(value=1.0, unit="吨", sign=2)
    with pytest.raises(ValueError, match="range"):
        ParsedQuantity(value=1.0, unit="年", qualifier="range", low=1.0, high=2.0)
    with pytest.raises(ValueError, match="low"):
        ParsedQuantity(value=None, unit="年", qualifier="range", low=3.0, high=2.0)
    with pytest.raises(ValueError, match="multiplier"):
        ParsedQuantity(value=1.0, unit="吨", multiplier="兆")


def test_quantity_and_conversions() -> None:
    q = parse_quantity("16833畝")
    assert q.quantity.units == ureg.Unit("亩")
    assert q.to("ha").magnitude == pytest.approx(1122.2, rel=1e-12)
    q = parse_quantity("约1.5万吨/日")
    with pytest.raises(pint.DimensionalityError):
        q.to("m3/d")
    assert q.to("m3/d", context="water").magnitude == pytest.approx(15000.0)
    assert parse_quantity("20蒸吨以上").to("MW", context="steam").magnitude == pytest.approx(14.0)
    assert parse_quantity("35μg/m3").to("mg/m3").magnitude == pytest.approx(0.035)
    assert parse_quantity("提高2.4个百分点").quantity.dimensionality == {"[percentage_point]": 1}
    assert parse_quantity("10.5万千瓦").to("MW").magnitude == pytest.approx(105.0)


FORMATS = [
    ("同比下降2.6%", "同比下降2.6%"),
    ("约1.5万吨/日", "约1.5万吨/日"),
    ("比2015年下降13%", "比2015年下降13%"),
    ("提高2.4个百分点", "提高2.4个百分点"),
    ("近三分之一", "近三分之一"),
    ("20余万吨", "20万余吨"),
    ("不低于90%", "90%以上"),
    ("15.15亿立方米以内", "15.15亿立方米以下"),
    ("3-5年", "3-5年"),
    ("16833畝", "16833亩"),
    ("20蒸吨以上", "20蒸吨/小时以上"),
    ("占27%", "占27%"),
    ("近三年", "接近3年"),
    ("接近3年", "接近3年"),
]


@pytest.mark.parametrize(("text", "written"), FORMATS)
def test_format_quantity_writes_chinese(text: str, written: str) -> None:
    q = parse_quantity(text)
    assert format_quantity(q) == written == q.format()
    assert parse_quantity(written) == q


# ---------------------------------------------------------------------------------------
# Properties.
# ---------------------------------------------------------------------------------------

LEVEL_UNITS = [
    "吨", "吨/日", "立方米", "立方米/日", "立方米/万元", "方", "公里", "Km", "平方公里", "公顷",
    "亩", "米", "千瓦", "MW", "吨标准煤", "微克/立方米", "μg/m3", "毫克/升", "t/d", "元", "个",
    "户", "台", "项", "次", "人次", "家", "座", "年", "月", "天", "小时", "蒸吨/小时", "%",
    "百分点", "dimensionless", "立方米/秒", "千克", "升", "兆瓦", "千米", "千克标准煤", "处",
]  # fmt: skip
SHARES = {"%", "‰", "百分点", "dimensionless"}
TIME = {"年", "月", "天", "小时"}


def _decimal_text_floats() -> st.SearchStrategy[float]:
    # numbers as reports write them: up to 10 digits and 4 decimals
    return st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False).map(float)


def _scale_ok(word: str, unit: str) -> bool:
    # 5千米 is 5 km (unit), not 5000 米: skip multipliers that glue onto the unit
    return not unit_words._unit_starts(word[-1] + unit, 0)


@st.composite
def quantities(draw: st.DrawFn) -> ParsedQuantity:
    kind = draw(st.sampled_from(list(Kind)))
    if kind is Kind.CHANGE_RELATIVE:
        unit = "%"
    elif kind is Kind.RATIO:
        unit = draw(st.sampled_from(["%", "dimensionless"]))
    elif kind is Kind.EXCEEDANCE_MULTIPLE:
        unit = "dimensionless"  # 超标0.5倍
    elif kind is Kind.CHANGE_ABSOLUTE:
        unit = draw(st.sampled_from([u for u in LEVEL_UNITS if u not in {"%", "dimensionless"}]))
    else:
        unit = draw(st.sampled_from([u for u in LEVEL_UNITS if u != "百分点"]))
    if kind in (Kind.LEVEL, Kind.RATIO, Kind.EXCEEDANCE_MULTIPLE):
        sign = 0
    elif kind is Kind.CHANGE_ABSOLUTE and unit == "百分点":
        sign = draw(st.sampled_from([-1, 0, 1]))
    else:
        sign = draw(st.sampled_from([-1, 1]))
    baseline = None
    if sign != 0:
        baseline = draw(st.sampled_from([None, "同比", "2015", "2020", "年初"]))
    multiplier = None
    if unit not in SHARES and draw(st.booleans()):
        multiplier = draw(st.sampled_from([w for w in SCALE_WORDS if _scale_ok(w, unit)]))
    factor = SCALE_WORDS[multiplier] if multiplier else 1
    is_range = unit != "dimensionless" and draw(st.integers(0, 4)) == 0
    if kind is Kind.EXCEEDANCE_MULTIPLE:
        mag = draw(_decimal_text_floats())
        qualifier = draw(st.sampled_from([Qualifier.EXACT, Qualifier.APPROX, Qualifier.AT_LEAST]))
        return ParsedQuantity(value=mag, unit=unit, qualifier=qualifier, kind=kind)
    qualifiers = [q for q in Qualifier if q is not Qualifier.RANGE]
    if is_range:
        a = draw(_decimal_text_floats())
        b = draw(_decimal_text_floats())
        lo, hi = sorted((a, b))
        assume(lo < hi)
        lo, hi = float(lo) * factor, float(hi) * factor
        if unit == "年":
            assume(hi < 1000)  # 2018-2020年 is a period, not a range of years
        if sign < 0:
            lo, hi = -hi, -lo
        return ParsedQuantity(
            value=None, low=lo, high=hi, unit=unit, qualifier=Qualifier.RANGE, kind=kind,
            sign=sign, baseline=baseline, multiplier=multiplier,
        )  # fmt: skip
    mag = draw(_decimal_text_floats()) * factor
    if unit == "年" and multiplier is None:
        assume(not (mag == int(mag) and 1900 <= mag <= 2100))  # calendar years
    if kind is Kind.RATIO and unit == "dimensionless" and draw(st.booleans()):
        den = draw(st.integers(2, 12))
        mag = draw(st.integers(1, den - 1)) / den  # 三分之一-type fractions
    qualifier = draw(st.sampled_from(qualifiers))
    return ParsedQuantity(
        value=-mag if sign < 0 else mag, unit=unit, qualifier=qualifier, kind=kind,
        sign=sign, baseline=baseline, multiplier=multiplier,
    )  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(q=quantities())
def test_round_trip_parse_format(q: ParsedQuantity) -> None:
    written = format_quantity(q)
    back = parse_quantity(written)
    assert back == q, written
    # ... and the multiplier survives formatting
    assert back.multiplier == q.multiplier or q.multiplier is None or q.is_range


@settings(max_examples=300, deadline=None)
@given(q=quantities())
def test_traditional_and_simplified_parse_identically(q: ParsedQuantity) -> None:
    simplified = format_quantity(q)
    traditional = to_traditional(simplified)
    a, b = parse_quantity(simplified), parse_quantity(traditional)
    assert a == b
    assert a.unit == b.unit  # the unit string is simplified either way
    assert b.text == traditional  # ... while text keeps the user's spelling


TRADITIONAL_PAIRS = [
    ("50萬噸/日", "50万吨/日"),
    ("16833畝", "16833亩"),
    ("約1.5萬噸", "约1.5万吨"),
    ("提高2.4個百分點", "提高2.4个百分点"),
    ("兩", "两"),
    ("20餘萬噸", "20余万吨"),
    ("達到85%以上", "达到85%以上"),
    ("控制在15.15億立方米以內", "控制在15.15亿立方米以内"),
    ("2092臺", "2092台"),
    ("6輪次", "6轮次"),
    ("較年初上升了1.29米", "较年初上升了1.29米"),
    ("10蒸噸/小時及以下", "10蒸吨/小时及以下"),
]


@pytest.mark.parametrize(("traditional", "simplified"), TRADITIONAL_PAIRS)
def test_traditional_examples(traditional: str, simplified: str) -> None:
    assert parse_quantity(traditional) == parse_quantity(simplified)


NUMERIC_ALPHABET = list(
    "0123456789.一二两三四五六七八九十百千万亿零余多约近以上下内左右个吨日年月%／/-—~至"
    "第、和及()（）分之点比同下降提高增长百分点每天占的萬噸畝臺 ×xμm3gKk"
)


@settings(max_examples=1500, deadline=None)
@given(
    text=st.one_of(
        st.text(max_size=60),
        st.text(alphabet=st.sampled_from(NUMERIC_ALPHABET), max_size=40),
    )
)
def test_parser_raises_only_quantity_parse_error(text: str) -> None:
    try:
        q = parse_quantity(text)
    except QuantityParseError as err:
        error = err
    else:
        error = None
    if error is not None:
        assert error.text == text
        assert error.position is None or 0 <= error.position <= len(text)
        return
    # whatever parsed is a consistent quantity of the registry
    ureg.parse_units(q.unit)
    assert q.span is not None
    assert text[q.span[0] : q.span[1]] == q.text
    if q.value is not None:
        assert math.isfinite(q.value)


def test_every_unit_spelling_is_a_unit_of_the_registry() -> None:
    from envindicators.units import extract_quantities
    from envindicators.units.parser import UNIT_SPELLINGS
    from envindicators.units.parsing.unit_words import (
        _GRADE_COUNTER,
        _ISSUE_COUNTER,
        _TAXON_RANKS,
    )

    for written, canonical in UNIT_SPELLINGS.items():
        unit = "蒸吨/小时" if canonical == "蒸吨" else canonical
        ureg.parse_units(unit)  # raises for an unknown name
        if canonical in _TAXON_RANKS:
            # a rank of a taxonomy counts only in a chain of ranks (5纲30目87科471种)
            assert extract_quantities(f"12{written}3种")["unit"].iloc[0] == unit
            continue
        if canonical == _GRADE_COUNTER:
            # 级 counts grades only after a division into them (分为12级; 二级标准 no)
            assert extract_quantities(f"分为12{written}")["unit"].iloc[0] == unit
            continue
        if canonical == _ISSUE_COUNTER:
            # 期 counts the issues of a publication only after one (编发简报12期; 一期工程 no)
            assert extract_quantities(f"编发简报12{written}")["unit"].iloc[0] == unit
            continue
        q = parse_quantity(f"12{written}")
        assert q.unit == unit


@pytest.mark.parametrize(
    "module",
    [
        "parser",
        "parsing.quantity",
        "parsing.formatting",
        "convert",
        "dates",
        "numerals",
        "text",
        "shares",
    ],
    ids=lambda m: f"units.{m}",
)
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    mod = importlib.import_module(f"envindicators.units.{module}")
    result = doctest.testmod(mod, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("text", "unit", "context", "expected"),
    [
        ("1.5万吨/日", "m3/d", "water", 15000.0),
        ("3个百分点", "percent", "points", 3.0),
        ("16833亩", "ha", None, 16833 / 15),
    ],
)
def test_to_never_enters_a_context_on_the_shared_registry(
    monkeypatch: pytest.MonkeyPatch, text: str, unit: str, context: str | None, expected: float
) -> None:
    """``ParsedQuantity.to`` converts inside a context on the conversion engine's private
    registry: the shared ``ureg`` is never put into a context (thread-safe), same result."""
    from envindicators.units import ureg

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ureg.context entered")

    monkeypatch.setattr(ureg, "context", refuse)
    monkeypatch.setattr(ureg, "enable_contexts", refuse)
    out = parse_quantity(text).to(unit, context)
    assert out.magnitude == pytest.approx(expected, rel=1e-12)
    assert out.units == ureg.parse_units(unit)
    assert out._REGISTRY is ureg


def test_to_with_an_unknown_context_raises_keyerror() -> None:
    with pytest.raises(KeyError):
        parse_quantity("5吨").to("kg", "no_such_context")
