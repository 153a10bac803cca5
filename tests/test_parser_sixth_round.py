"""Classes of report wording of the sixth parser round (issue 10), one table per class,
simplified and traditional forms.

The classes were named from the silent wrong values of the spent split ``heldout4``: Chinese
numerals with a decimal point of full-width punctuation (``十二．六``) and contracted tens
(``廿二``, ``卅``), 减量 as a verb of reduction, a rate of improvement (``改善率达15%``, an
evaluative change like ``改善``), a verb and its number on two lines of text taken from a PDF
(``同比下降\\n15.94%``) and the Taiwanese metre (``公尺``, ``立方公尺``).  Expected values are
written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one

from envindicators.errors import QuantityParseError
from envindicators.units import extract_quantities, parse_quantity
from envindicators.units.numerals import parse_chinese_integer, to_chinese_integer
from envindicators.units.vocab import Flag

# --- 1. Chinese numerals with a full-width decimal point, contracted tens --------------------
CHINESE_DECIMALS = [
    ("平均濃度為十二．六微克／立方公尺，略優於", "十二．六微克／立方公尺", 12.6, "微克/立方米"),
    ("年平均浓度为十二．六微克／立方米，", "十二．六微克／立方米", 12.6, "微克/立方米"),
    ("推动前的十六．二微克／立方公尺，", "十六．二微克／立方公尺", 16.2, "微克/立方米"),
    ("排放量减少二．五万吨", "减少二．五万吨", -25000.0, "吨"),
    ("排放量減少二點五萬噸", "減少二點五萬噸", -25000.0, "吨"),  # was 五万吨 = 50 000
    ("投资二点五亿元", "二点五亿元", 2.5e8, "元"),
    ("浓度为十二点六微克/立方米", "十二点六微克/立方米", 12.6, "微克/立方米"),  # unchanged
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), CHINESE_DECIMALS)
def test_a_full_width_point_between_chinese_digits_is_a_decimal_point(
    text: str, span: str, value: float, unit: str
) -> None:
    row = _one(text)  # was 六微克 = 6 alone: a silent wrong value
    assert (row["text"], row["value"], row["unit"]) == (span, value, unit)


CONTRACTED_TENS = [
    ("改善廿二％，目標二〇三〇年", "改善廿二％", 22.0, "%"),
    ("改善廿二%,目标二〇三〇年", "改善廿二%", 22.0, "%"),
    ("共有卅五天空氣品質良好", "卅五天", 35.0, "天"),
    ("共有卅五天空气质量良好", "卅五天", 35.0, "天"),
    ("用了一百廿天", "一百廿天", 120.0, "天"),
    ("达到卌个", "卌个", 40.0, "个"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), CONTRACTED_TENS)
def test_contracted_tens_are_read_as_tens(text: str, span: str, value: float, unit: str) -> None:
    row = _one(text)  # was 二％ = 2 %: a silent wrong value
    assert (row["text"], abs(row["value"]), row["unit"]) == (span, value, unit)


def test_a_contracted_ten_in_a_name_is_not_a_number() -> None:
    assert extract_quantities("五卅运动纪念").empty  # 五 then 卅 is no numeral
    with pytest.raises(QuantityParseError):
        parse_chinese_integer("五廿")


@given(st.integers(min_value=0, max_value=9))
@settings(max_examples=10)
def test_contracted_tens_equal_the_written_out_tens(unit_digit: int) -> None:
    for contracted, tens in (("廿", 20), ("卅", 30), ("卌", 40)):
        tail = to_chinese_integer(unit_digit) if unit_digit else ""
        assert parse_chinese_integer(contracted + tail) == tens + unit_digit
        assert parse_quantity(f"{contracted}{tail}%").value == tens + unit_digit


# --- 2. 减量 is a verb of reduction -----------------------------------------------------------
REDUCTIONS = [
    ("細懸浮微粒（PM2.5）減量5%、", "減量5%", -5.0, "%", "change_relative"),
    ("细颗粒物（PM2.5）减量5%、", "减量5%", -5.0, "%", "change_relative"),
    ("氮氧化物（NOx）減量16%。", "減量16%", -16.0, "%", "change_relative"),
    ("全年减量5万吨", "减量5万吨", -50000.0, "吨", "change_absolute"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "kind"), REDUCTIONS)
def test_jianliang_before_a_figure_is_a_reduction(
    text: str, span: str, value: float, unit: str, kind: str
) -> None:
    row = _one(text)  # was a level of +5 %: a silent wrong value
    assert (row["text"], row["value"], row["unit"], row["kind"], row["sign"]) == (
        span,
        value,
        unit,
        kind,
        -1,
    )


@pytest.mark.parametrize(
    "text",
    [
        "垃圾减量化处理5万吨",  # 减量化 is a noun
        "化学需氧量削减量为5万吨",  # before a copula: the amount cut
        "化學需氧量削減量為5萬噸",
    ],
)
def test_jianliang_as_a_noun_is_not_a_verb(text: str) -> None:
    row = _one(text)  # the figure stays a level
    assert (row["value"], row["kind"]) == (50000.0, "level")


# --- 3. a rate of improvement is an evaluative change ----------------------------------------
IMPROVEMENT_RATES = [
    # text, span, value, sign: since the seventh round the direction is the indicator's when
    # its sentence names it (a concentration improves by falling), flagged all the same
    ("PM2.5平均濃度改善率達15%。", "改善率達15%", -15.0, -1),
    ("PM2.5平均浓度改善率达15%。", "改善率达15%", -15.0, -1),
    ("以SO2改善率達35%最明顯", "改善率達35%", -35.0, -1),
    ("二氧化氮改善幅度为3.2%", "改善幅度为3.2%", -3.2, -1),
    ("整体改善率达15%。", "改善率达15%", 15.0, 0),  # no indicator named: sign unknown
]


@pytest.mark.parametrize(("text", "span", "value", "sign"), IMPROVEMENT_RATES)
def test_a_rate_of_improvement_is_a_change_of_unknown_sign(
    text: str, span: str, value: float, sign: int
) -> None:
    row = _one(text)  # was a level of +15 %: the direction depends on the indicator
    assert (row["text"], row["value"], row["kind"], row["sign"]) == (
        span,
        value,
        "change_relative",
        sign,
    )
    assert Flag.AMBIGUOUS_SIGN.value in _flags(row)


# --- 4. a verb and its number on two lines (text from PDF) ----------------------------------
WRAPPED = [
    ("第5(全省排名并列第104),同比下降\n15.94%,全市", "同比下降\n15.94%", -15.94, "%"),
    ("第5(全省排名並列第104),同比下降\n15.94%,全市", "同比下降\n15.94%", -15.94, "%"),
    ("排放量同比增长\n3.2万吨,", "同比增长\n3.2万吨", 32000.0, "吨"),
    ("优良天数比上年增加\n12天。", "比上年增加\n12天", 12.0, "天"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), WRAPPED)
def test_a_line_break_between_a_verb_and_its_number_is_no_clause_boundary(
    text: str, span: str, value: float, unit: str
) -> None:
    df = extract_quantities(text)
    row = df[df["text"].str.endswith(span.split("\n")[1])].iloc[0]
    assert (row["value"], row["unit"]) == (value, unit)  # was +15.94 %, a level
    assert row["kind"].startswith("change_")


WRAPPED_AFTER_A_COPULA = [
    ("7月1日至7月27日,我县综合指数为\n4.18,全市", "4.18", 4.18, "dimensionless"),
    ("7月1日至7月27日,我縣綜合指數為\n4.18,全市", "4.18", 4.18, "dimensionless"),
    ("PM2.5平均浓度为\n35微克/立方米。", "35微克/立方米", 35.0, "微克/立方米"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), WRAPPED_AFTER_A_COPULA)
def test_a_line_break_after_a_copula_is_no_clause_boundary(
    text: str, span: str, value: float, unit: str
) -> None:
    row = extract_quantities(text).iloc[-1]  # the index value was not read (no unit)
    assert (row["text"], row["value"], row["unit"], row["kind"]) == (span, value, unit, "level")


@pytest.mark.parametrize(
    "text",
    [
        "全年下降。\n15.94%为其他",  # the line before ends a sentence
        "全年下降\n\n15.94%为其他",  # a paragraph break
        "排放量统计\n15.94%为其他",  # no verb at the end of the line
    ],
)
def test_a_line_break_after_a_sentence_or_without_a_verb_stays_a_boundary(text: str) -> None:
    row = extract_quantities(text).iloc[-1]
    assert (row["value"], row["kind"], row["sign"]) == (15.94, "level", 0)


# --- 5. the Taiwanese metre ------------------------------------------------------------------
METRES = [
    ("面積5平方公尺", 5.0, "平方米"),
    ("長3公尺", 3.0, "米"),
    ("用水120立方公尺", 120.0, "立方米"),
    ("濃度為17.7微克/立方公尺", 17.7, "微克/立方米"),
]


@pytest.mark.parametrize(("text", "value", "unit"), METRES)
def test_gongchi_is_the_metre(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


# --- 6. a change noun, then a list announced in the next clause -----------------------------
CHANGE_NOUN_LISTS = [
    ("单位GDP能耗下降幅度更是达到两位数,分别为19.3%、18.7%和10.5%,都远低于", -1),
    ("單位GDP能耗下降幅度更是達到兩位數,分別為19.3%、18.7%和10.5%,都遠低於", -1),
    ("各市降幅较大,依次为19.3%、18.7%和10.5%。", -1),
    ("各市增长幅度较大,分别为19.3%、18.7%和10.5%。", 1),
    ("各市增幅較大,分別為19.3%、18.7%和10.5%。", 1),
]


@pytest.mark.parametrize(("text", "sign"), CHANGE_NOUN_LISTS)
def test_a_list_after_a_change_noun_gives_the_sizes_of_the_change(text: str, sign: int) -> None:
    df = extract_quantities(text)  # was three levels of +19.3 % …: silent wrong values
    assert df["text"].tolist() == ["19.3%", "18.7%", "10.5%"]  # 两位数 is no count of 位
    assert df["kind"].eq("change_relative").all()
    assert df["sign"].eq(sign).all()
    assert (df["value"] * sign > 0).all()


@pytest.mark.parametrize(
    "text",
    [
        "PM2.5浓度同比下降,分别为35%和40%。",  # a verb, not the size of a change: the list
        "各市排名靠前,分别为19.3%和18.7%。",  # no change noun
        "降幅明显,19.3%为其他。",  # no list announced
    ],
)
def test_a_list_without_a_change_noun_before_it_is_not_read_as_a_change(text: str) -> None:
    df = extract_quantities(text)
    assert not df.empty
    assert df["kind"].eq("level").all()
    assert df["sign"].eq(0).all()


# --- 7. a shortfall to a target ---------------------------------------------------------------
SHORTFALLS = [
    ("优良天数为127天,距离年目标值差 85 天。", "85 天", -85.0, "天"),
    ("優良天數為127天,距離年目標值差 85 天。", "85 天", -85.0, "天"),
    ("距目标尚差3万吨", "3万吨", -30000.0, "吨"),
    ("離目標還差2個百分點", "2個百分點", -2.0, "百分点"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), SHORTFALLS)
def test_a_shortfall_to_a_target_is_a_negative_change(
    text: str, span: str, value: float, unit: str
) -> None:
    df = extract_quantities(text)
    row = df[df["text"] == span].iloc[0]  # was a level of +85 days: a silent wrong value
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (
        value,
        unit,
        "change_absolute",
        -1,
    )


@pytest.mark.parametrize("text", ["与目标相差3天", "质量差3天", "目标是差3天"])
def test_a_difference_without_a_distance_to_a_target_stays_a_level(text: str) -> None:
    row = _one(text)  # 相差 has no direction; 差 alone is no shortfall
    assert (row["value"], row["kind"], row["sign"]) == (3.0, "level", 0)


# --- 8. years of the ROC calendar: month ranges, comparisons, labels in parentheses ---------
ROC_YEARS = [
    "環保署指出98年1~9月全台臭氧不良日比例",  # a range of months after the year
    "环保署指出98年1~9月全台臭氧不良日比例",
    "台中市PM2.5濃度相較107年下降",  # a year compared with
    "台中市PM2.5浓度较107年下降",
    "112年相較110年,我國人均GDP上升",
    "公布最新一版（112年）統計",  # a lone label in parentheses
]


@pytest.mark.parametrize("text", ROC_YEARS)
def test_a_year_of_the_roc_calendar_is_no_duration(text: str) -> None:
    df = extract_quantities(text)  # was a duration of 98, 107, 112 years (spurious)
    assert not (df["unit"] == "年").any(), df[["text", "value", "unit"]].to_records().tolist()


@pytest.mark.parametrize(("text", "value"), [("新中国成立100年来", 100.0), ("用了120年", 120.0)])
def test_a_duration_of_a_hundred_years_and_more_stays_a_duration(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, "年")


# --- 9. the averaging window after the Chinese name of ozone ----------------------------------
@pytest.mark.parametrize(
    "text",
    ["統計臭氧八小時紅色警示站日數", "统计臭氧八小时红色警示站日数", "臭氧8小时浓度超标"],
)
def test_an_averaging_window_after_ozone_is_no_duration(text: str) -> None:
    df = extract_quantities(text)  # was a duration of 8 hours (as O3八小时 of the fifth round)
    assert not (df["unit"] == "小时").any()


def test_a_duration_in_hours_elsewhere_stays_a_duration() -> None:
    row = _one("应急响应持续八小时")
    assert (row["value"], row["unit"]) == (8.0, "小时")
