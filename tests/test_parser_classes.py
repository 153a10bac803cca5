"""The failure classes of issue 10, one table per class (several forms each: simplified and
traditional script, Arabic and Chinese numerals), checked through BOTH entry points: what
``extract_quantities`` reads in a sentence, ``parse_quantity``/``parse_quantities`` read alone.

Expected values are written out by hand; nothing is computed with the code under test.
"""

from __future__ import annotations

import math

import pytest
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one

from envindicators.errors import QuantityParseError
from envindicators.units import extract_quantities, parse_quantities, parse_quantity
from envindicators.units.vocab import Confidence, Flag, Kind, Qualifier

AMB, VAGUE, RANGE = Flag.AMBIGUOUS_SEPARATOR, Flag.VAGUE, Flag.RANGE


def _rows(text: str) -> list[tuple[float, str, str, int]]:
    df = extract_quantities(text)
    return [
        (r.value, r.unit, r.kind, int(r.sign))
        for r in df.itertuples(index=False)  # value, unit, kind, sign
    ]


# --- 1. thousands separators ------------------------------------------------------------
SEPARATORS = [
    ("1,280平方公里", 1280.0, "平方公里"),
    ("1，280万元", 12800000.0, "元"),  # full-width comma
    ("1,234,567吨", 1234567.0, "吨"),
    ("12,345.6万元", 123456000.0, "元"),
    ("16,833亩", 16833.0, "亩"),
    ("16,833畝", 16833.0, "亩"),  # traditional
    ("１，２８０平方公里", 1280.0, "平方公里"),  # full-width digits
]


@pytest.mark.parametrize(("text", "value", "unit"), SEPARATORS)
def test_thousands_separators_both_entry_points_agree(text: str, value: float, unit: str) -> None:
    row = _one(f"全省共有{text},同比持平。")
    q = parse_quantity(text)
    assert row["value"] == q.value == value
    assert row["unit"] == q.unit == unit
    assert row["warnings"] == ""
    assert q.warnings == ()
    assert q.confidence is Confidence.HIGH


# a space between 1-3 digits and a group of exactly three is a thousands group (6 542座,
# tests/test_parser_period_share_space.py); a space before a group of another size is not
AMBIGUOUS_SEPARATORS = ["1,28吨", "12345,678吨", "1 28吨", "1 2800吨", "1，2800吨"]


@pytest.mark.parametrize("text", AMBIGUOUS_SEPARATORS)
def test_ambiguous_separators_are_flagged_never_guessed(text: str) -> None:
    df = extract_quantities(f"共计{text}。")
    assert len(df) >= 1
    for r in df.itertuples(index=False):
        assert "ambiguous_separator" in r.warnings
        assert r.confidence == "low"


def test_grouping_inside_a_list_is_flagged() -> None:
    df = extract_quantities("两地分别为1,280吨、2,500吨。")
    assert df["unit"].tolist() == ["地", "吨", "吨"]  # 两地: two places (a registry counter)
    tonnes = df[df["unit"] == "吨"]
    assert tonnes["value"].tolist() == [1280.0, 2500.0]
    assert (tonnes["confidence"] == "low").all()


# --- 2. enumerators and superscripts ----------------------------------------------------
ENUMERATED = [
    ("①5000吨", 5000.0),
    ("⒈5吨", 5.0),
    ("⑴3吨", 3.0),
    ("(1)3吨", 3.0),
    ("❶12吨", 12.0),
    ("㈠3吨", 3.0),
    ("⑩5吨", 5.0),
]


@pytest.mark.parametrize(("text", "value"), ENUMERATED)
def test_enumerators_are_not_digits(text: str, value: float) -> None:
    assert _one(f"处理:{text}。")["value"] == value
    assert parse_quantity(text).value == value


EXPONENTS = [
    ("10⁵吨", 1e5, "exponent"),
    ("10^5吨", 1e5, "exponent"),
    ("1.2×10⁵吨", 1.2e5, "exponent"),
    ("10⁻³克", 1e-3, "exponent"),
]


@pytest.mark.parametrize(("text", "value", "flag"), EXPONENTS)
def test_powers_of_ten_are_understood(text: str, value: float, flag: str) -> None:
    q = parse_quantity(text)
    assert q.value == pytest.approx(value, rel=1e-12)
    assert Flag(flag) in q.warnings
    assert q.confidence is Confidence.MEDIUM
    assert _one(f"约{text}。")["value"] == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("text", ["5000²平方米", "3³立方米", "25²吨"])
def test_other_exponents_are_flagged_not_glued(text: str) -> None:
    q = parse_quantity(text)
    base = float(text.split("²")[0].split("³")[0])
    assert q.value == base  # not 50002
    assert q.warnings == (Flag.STRAY_EXPONENT,)
    assert q.confidence is Confidence.LOW


def test_unit_superscripts_still_fold() -> None:
    assert parse_quantity("35μg/m³").unit == "μg/m3"
    assert parse_quantity("5km²").unit == "km2"


# --- 3. signs ---------------------------------------------------------------------------
SIGNS = [
    ("同比分别为3.2%,-6.97%", [(3.2, 1), (-6.97, -1)], "change_relative"),
    ("同比−2.6%", [(-2.6, -1)], "change_relative"),
    ("增长率为-3.2%", [(-3.2, 0)], "level"),
    ("差距缩小1.2个百分点", [(-1.2, -1)], "change_absolute"),
    ("差距扩大了0.8个百分点", [(0.8, 1)], "change_absolute"),
    ("增速快于全国1.2个百分点", [(1.2, 1)], "change_absolute"),
    ("增速慢於全國0.5個百分點", [(-0.5, -1)], "change_absolute"),  # traditional
    ("优良天数比例低于全国平均水平2.1个百分点", [(-2.1, -1)], "change_absolute"),
    ("超过时序进度5个百分点", [(5.0, 1)], "change_absolute"),
    ("分别降低0.7个、3.2个和2.6个百分点", [(-0.7, -1), (-3.2, -1), (-2.6, -1)], "change_absolute"),
    (
        "分别下降零点七个、三点二个和二点六个百分点",
        [(-0.7, -1), (-3.2, -1), (-2.6, -1)],
        "change_absolute",
    ),
    ("比上年多6天", [(6.0, 1)], "change_absolute"),
    ("比2015年少三天", [(-3.0, -1)], "change_absolute"),
]


@pytest.mark.parametrize(("text", "expected", "kind"), SIGNS)
def test_signs_of_changes(text: str, expected: list[tuple[float, int]], kind: str) -> None:
    df = extract_quantities(text)
    got = [(pytest.approx(v, rel=1e-12), s) for v, s in zip(df["value"], df["sign"], strict=True)]
    assert got == expected, df[["text", "value", "sign"]]
    assert set(df["kind"]) == {kind}


def test_double_negative_is_flagged() -> None:
    q = parse_quantity("下降-2%")
    assert q.value == 2.0
    assert Flag.SIGN_CONFLICT in q.warnings


def test_a_dash_between_numbers_is_still_a_range() -> None:
    q = parse_quantity("3-5万吨")
    assert (q.low, q.high) == (30000.0, 50000.0)


def test_shared_verb_through_parse_quantities() -> None:
    qs = parse_quantities("分别降低0.7个、3.2个和2.6个百分点")
    assert [(q.value, q.unit, q.kind, q.sign) for q in qs] == [
        (-0.7, "百分点", Kind.CHANGE_ABSOLUTE, -1),
        (-3.2, "百分点", Kind.CHANGE_ABSOLUTE, -1),
        (-2.6, "百分点", Kind.CHANGE_ABSOLUTE, -1),
    ]


# --- 4. lists with the unit or multiplier written once ----------------------------------
LISTS = [
    ("分别为47、55和55微克/立方米", [47.0, 55.0, 55.0], "微克/立方米"),
    ("分別為47、55和55微克/立方米", [47.0, 55.0, 55.0], "微克/立方米"),  # traditional
    ("分别净减少10.6万、3.8万、3.3万平方公里", [-106000.0, -38000.0, -33000.0], "平方公里"),
    ("分别为85、95%", [85.0, 95.0], "%"),
]


@pytest.mark.parametrize(("text", "values", "unit"), LISTS)
def test_unit_written_once(text: str, values: list[float], unit: str) -> None:
    df = extract_quantities(text)
    assert df["value"].tolist() == values
    assert set(df["unit"]) == {unit}
    qs = parse_quantities(text)
    assert [q.value for q in qs] == values
    assert Flag.SHARED_UNIT in qs[0].warnings


def test_multiplier_written_once_is_applied_and_flagged() -> None:
    df = extract_quantities("分别完成造林12.5、13.2万亩。")
    assert df["value"].tolist() == [125000.0, 132000.0]
    assert df["confidence"].tolist() == ["medium", "high"]


# --- 5. denominators before the figure ---------------------------------------------------
PER = [
    ("每万元人民币一点一六零吨标准煤", 1.16, "吨标准煤/万元"),
    ("每萬元人民幣一點一六零噸標準煤", 1.16, "吨标准煤/万元"),  # traditional
    ("每万元GDP能耗为0.55吨标准煤", 0.55, "吨标准煤/万元"),
    ("每万人有效发明专利达到7.5件", 7.5, "件/万人"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PER)
def test_denominator_before_the_figure(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (pytest.approx(value), unit)
    q = parse_quantity(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


# --- 6. years and ordinals --------------------------------------------------------------
NOT_QUANTITIES = [
    "二00七年,全省完成治理",
    "二〇〇七年",
    "二○一五年底",
    "排名全国前三位",
    "位列前10名",
    "庆祝建国70周年",
    "第1-11批",
    "第一、二批",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_years_and_ordinals_are_not_quantities(text: str) -> None:
    assert extract_quantities(text).empty, extract_quantities(text)["text"].tolist()


def test_chinese_year_as_baseline() -> None:
    row = _one("单位GDP能耗比二00五年降低20%")
    assert (row["value"], row["baseline"], row["kind"]) == (-20.0, "2005", "change_relative")


# --- 7. vocabulary ----------------------------------------------------------------------
VOCABULARY = [
    ("增长1倍", 100.0, "%", "change_relative", 1, Qualifier.EXACT),
    ("增長了2.5倍", 250.0, "%", "change_relative", 1, Qualifier.EXACT),
    ("是2015年的2.6倍", 2.6, "dimensionless", "ratio", 0, Qualifier.EXACT),
    ("超标0.5倍", 0.5, "dimensionless", "exceedance_multiple", 0, Qualifier.EXACT),
    ("超過標準1.2倍", 1.2, "dimensionless", "exceedance_multiple", 0, Qualifier.EXACT),
    ("翻一番", 100.0, "%", "change_relative", 1, Qualifier.EXACT),
    ("翻两番", 300.0, "%", "change_relative", 1, Qualifier.EXACT),
    ("九成", 90.0, "%", "ratio", 0, Qualifier.EXACT),  # tenths of a whole: a share
    ("下降了三成", -30.0, "%", "change_relative", -1, Qualifier.EXACT),
    ("超标天数共12天次", 12.0, "天次", "level", 0, Qualifier.EXACT),
    ("15个工作日内", 15.0, "工作日", "level", 0, Qualifier.AT_MOST),
    ("全年用电300万度", 3000000.0, "度", "level", 0, Qualifier.EXACT),
    ("坡度为25度以上", 25.0, "degree", "level", 0, Qualifier.AT_LEAST),
    ("11省", 11.0, "省", "level", 0, Qualifier.EXACT),
    ("31个省份", 31.0, "个", "level", 0, Qualifier.EXACT),
    ("7省市已完成", 7.0, "省市", "level", 0, Qualifier.EXACT),
    ("七省市", 7.0, "省市", "level", 0, Qualifier.EXACT),
    ("全国27城平均", 27.0, "城", "level", 0, Qualifier.EXACT),
    ("京津冀三地联合执法", 3.0, "地", "level", 0, Qualifier.EXACT),
    ("上百家", 100.0, "家", "level", 0, Qualifier.AT_LEAST),
    ("3种模式", 3.0, "种", "level", 0, Qualifier.EXACT),
    ("开展了为期一个月的督察", 1.0, "月", "level", 0, Qualifier.EXACT),
    ("较上年增加20日", 20.0, "日", "change_absolute", 1, Qualifier.EXACT),
    ("减少至一日", 1.0, "日", "level", 0, Qualifier.EXACT),
    ("日均处理污水10万吨", 100000.0, "吨/日", "level", 0, Qualifier.EXACT),
    ("每日平均共处理18.6万立方米", 186000.0, "立方米/日", "level", 0, Qualifier.EXACT),
    ("年均浓度为35微克/立方米", 35.0, "微克/立方米", "level", 0, Qualifier.EXACT),
    ("35/40", 0.875, "dimensionless", "ratio", 0, Qualifier.EXACT),
    ("1/3", 1 / 3, "dimensionless", "ratio", 0, Qualifier.EXACT),
]


@pytest.mark.parametrize(("text", "value", "unit", "kind", "sign", "qualifier"), VOCABULARY)
def test_vocabulary(
    text: str, value: float, unit: str, kind: str, sign: int, qualifier: Qualifier
) -> None:
    row = _one(text)
    assert row["value"] == pytest.approx(value, rel=1e-12)
    assert (row["unit"], row["kind"], row["sign"], row["qualifier"]) == (
        unit,
        kind,
        sign,
        qualifier.value,
    )


def test_decrease_by_a_multiple_is_flagged() -> None:
    q = parse_quantity("减少一倍")
    assert Flag.AMBIGUOUS_MULTIPLE in q.warnings
    assert q.confidence is Confidence.LOW


def test_cheng_inside_words_is_not_a_tenth() -> None:
    for text in ("建成3座", "一成不变", "5成员单位", "形成2个", "完成3项"):
        assert "%" not in extract_quantities(text)["unit"].tolist(), text


VAGUE_FORMS = [
    ("数十家", 20.0, 90.0, "家"),
    ("几百人", 200.0, 900.0, "人"),
    ("數十萬噸", 200000.0, 900000.0, "吨"),  # traditional
    ("十几个", 11.0, 19.0, "个"),
    ("三四个", 3.0, 4.0, "个"),
    ("两三年", 2.0, 3.0, "年"),
    ("三五年", 3.0, 5.0, "年"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), VAGUE_FORMS)
def test_vague_quantities_are_flagged_ranges(text: str, low: float, high: float, unit: str) -> None:
    row = _one(text)
    assert math.isnan(row["value"])
    assert (row["low"], row["high"], row["unit"]) == (low, high, unit)
    assert _flags(row) == {"vague", "range"}
    assert row["confidence"] == "low"


def test_ranges_have_nan_value_and_the_range_flag() -> None:
    q = parse_quantity("3-5年")
    assert q.value is None
    assert Flag.RANGE in q.warnings
    assert q.confidence is Confidence.HIGH
    row = _one("用3-5年时间")
    assert math.isnan(row["value"])
    assert row["warnings"] == "range"


def test_degree_without_context_is_flagged() -> None:
    q = parse_quantity("15到25度")
    assert Flag.AMBIGUOUS_UNIT in q.warnings
    row = _one("25度以上坡耕地")
    assert row["unit"] == "degree"
    assert row["warnings"] == ""


def test_fraction_keeps_numerator_and_denominator() -> None:
    row = _one("达标比例为87.5%（35/40）")
    assert (row["value"], row["numerator"], row["denominator"]) == (87.5, 35.0, 40.0)
    assert row["warnings"] == ""
    bad = _one("达标比例为87.5%（35/41）")
    assert "inconsistent_fraction" in bad["warnings"]
    q = parse_quantity("三分之一")
    assert (q.numerator, q.denominator) == (1.0, 3.0)


# --- 8. whitespace ----------------------------------------------------------------------
SPACES = [
    ("355.43 亿吨", 35543000000.0, "吨", Qualifier.EXACT),
    ("12.6 万户", 126000.0, "户", Qualifier.EXACT),
    ("10蒸吨/小时 及以下", 10.0, "蒸吨/小时", Qualifier.AT_MOST),
    ("约 1.5\u3000万吨", 15000.0, "吨", Qualifier.APPROX),
    ("93 %", 93.0, "%", Qualifier.EXACT),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), SPACES)
def test_whitespace_inside_a_figure(
    text: str, value: float, unit: str, qualifier: Qualifier
) -> None:
    q = parse_quantity(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)
    row = _one(f"全年{text},")
    assert (row["value"], row["unit"]) == (value, unit)


# --- 9. ratios --------------------------------------------------------------------------
RATIOS = [
    ("是去年同期的92%", 92.0),
    ("相当于全国平均水平的85%", 85.0),
    ("完成率184.38%", 184.38),
    ("年度目标完成率为95%", 95.0),
]


@pytest.mark.parametrize(("text", "value"), RATIOS)
def test_ratios(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["kind"]) == (value, "ratio")


def test_a_year_before_de_is_still_a_level() -> None:
    assert _one("由2016年的54%提高")["kind"] == "level"


# --- 10. one grammar, two entry points --------------------------------------------------
CONTEXT_FORMS = [
    ("降到35微克/立方米", 35.0),
    ("降至35微克/立方米", 35.0),
    ("多达300家", 300.0),
    ("高达95%", 95.0),
    ("新增5家", 5.0),
    ("净减少10.6万平方公里", -106000.0),
    ("①5000吨", 5000.0),
]


@pytest.mark.parametrize(("text", "value"), CONTEXT_FORMS)
def test_parse_quantity_accepts_what_extract_reads(text: str, value: float) -> None:
    assert parse_quantity(text).value == value
    assert _one(text)["value"] == value


def test_dates_and_years_still_refused_by_parse_quantity() -> None:
    for text in ("二00七年", "2017年", "前三位"):
        with pytest.raises(QuantityParseError):
            parse_quantity(text)


def test_range_of_multiples() -> None:
    row = _one("浓度超过标准6到10倍")
    assert (row["low"], row["high"], row["kind"]) == (6.0, 10.0, "exceedance_multiple")
    row = _one("增长2-3倍")
    assert (row["low"], row["high"], row["unit"], row["kind"]) == (
        200.0,
        300.0,
        "%",
        "change_relative",
    )


def test_a_change_then_its_new_level_is_not_a_range() -> None:
    df = extract_quantities("优良日数较上年减少19日至270日。")
    assert df["value"].tolist() == [-19.0, 270.0]
    assert df["kind"].tolist() == ["change_absolute", "level"]
    assert extract_quantities("下降到5%至8%")["low"].tolist() == [5.0]  # no verb of change: a range


@pytest.mark.parametrize(
    "text",
    # 2+26城市 is the name of a group (parser round 35 reads 338城市 as a count of 城)
    ["澳门陆地总面积", "大陆地区", "三地区联防", "2+26城市", "两城区", "肆意排放", "伍家岭"],
)
def test_counter_words_inside_words_are_not_counts(text: str) -> None:
    """地/城 start words (地区, 城市, 城区) and a lone financial digit is a word (陆地, 肆意):
    none of these is a count."""
    assert extract_quantities(text).empty


@pytest.mark.parametrize(
    ("a", "b"), [("省市", "省"), ("省市", "省份"), ("城", "市"), ("城", "地市")]
)
def test_new_counters_count_the_same_things_as_their_group(a: str, b: str) -> None:
    """省市 counts provinces (and provincial-level municipalities), 城 cities: the registry
    groups make them convertible to their synonyms and to 个, and to nothing else."""
    from envindicators.units.counters import counters_compatible

    assert counters_compatible(a, b)
    assert counters_compatible(a, "个")
    assert not counters_compatible(a, "户")
    assert not counters_compatible("地", b)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("达标比例在81.7%(潮州)~98.9%(惠州)之间", 81.7, 98.9, "%"),
        ("达标比例在81.7%（潮州）～98.9%（惠州）之间", 81.7, 98.9, "%"),
        ("规模为5吨(含)至10吨", 5.0, 10.0, "吨"),
        ("浓度为35微克/立方米(二级)-75微克/立方米", 35.0, 75.0, "微克/立方米"),
    ],
)
def test_range_with_a_parenthetical_between_its_ends(
    text: str, low: float, high: float, unit: str
) -> None:
    """A short annotation without digits after the first end (a place, 含) does not split
    a range: one row with both ends."""
    df = extract_quantities(text)
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["low"], row["high"], row["unit"], row["qualifier"]) == (low, high, unit, "range")


def test_parenthetical_with_a_figure_does_not_make_a_range() -> None:
    """An annotation holding digits (a year, a figure) is not skipped over."""
    df = extract_quantities("排放3吨(2018年),目标为5吨")
    assert df["qualifier"].tolist() == ["exact", "exact"]


# -- a period written before the verb and its object: an amount per day or year ----------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("每日处理污水359.9吨,", 359.9, "吨/日"),
        ("每天约产生生活垃圾1.5万吨,", 15000.0, "吨/日"),
        ("每年减少用煤3万吨,", 30000.0, "吨/年"),
        ("全市每日供水能力达到50万立方米,", 500000.0, "立方米/日"),
        ("每日用电量约1200千瓦时,", 1200.0, "千瓦时/日"),
        ("人均每日359.9公升,", 359.9, "升/日"),
        ("日均处理污水10万吨,", 100000.0, "吨/日"),
    ],
)
def test_rate_written_before_the_verb(text: str, value: float, unit: str) -> None:
    """每日/每天/每年 opening the clause makes the amount after its verb a rate (it was a
    bare amount: a silent wrong unit)."""
    df = extract_quantities(text)
    assert df[["value", "unit"]].to_records(index=False).tolist() == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("每年新增造林2万亩,", "亩"),  # an area is not an amount per period
        ("每年3月前完成5万吨,", "吨"),  # a date between: not a rate
        ("每吨水0.5元", "元/吨"),  # a denominator, not a period
        ("年均浓度为35微克/立方米", "微克/立方米"),  # an annual mean, not a rate
        ("每日处理污水。共计359.9吨", "吨"),  # another sentence
    ],
)
def test_no_rate_without_an_amount_in_the_same_clause(text: str, unit: str) -> None:
    assert extract_quantities(text)["unit"].tolist() == [unit]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("10公升", 10.0, "升"),
        ("用水359.9公升", 359.9, "升"),
        ("每人每日用水359.9公升", 359.9, "升/日"),
    ],
)
def test_gongsheng_is_a_litre(text: str, value: float, unit: str) -> None:
    """公升 (litre in Taiwan and Hong Kong reprints) is 升, like 公吨 is 吨."""
    df = extract_quantities(text)
    assert df[["value", "unit"]].to_records(index=False).tolist() == [(value, unit)]
    assert parse_quantity("10公升").to("L").magnitude == pytest.approx(10.0)
