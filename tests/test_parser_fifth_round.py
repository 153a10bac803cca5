"""Classes of report wording of the fifth parser round (issue 10), one table per class,
simplified and traditional forms, through both entry points where the form stands alone.

The classes were named from the failures of the four spent corpus splits: ranges of an
index's values without a unit (``介于51~100``, ``指数范围为19~101``), 成 as a share of a whole
(``七成``, ``近六成``, ``八成五``), the reference period of a comparison (``相较前五年``) against a
duration (``由于前两年``), averaging windows in Chinese numerals (``O3八小时``), a count of the
grades of a list of letters (``A、B、C三等级``) and exceedance multiples in a table of 超标 items
(``氨氮/1.3``).  Expected values are written out by hand.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one

from envindicators.units import extract_quantities, parse_quantity
from envindicators.units.vocab import Flag

# --- 1. ranges of an index's values without a unit: a dimensionless range ------------------
INDEX_RANGES = [
    ("空气质量指数范围为19~101,优良天数比例为90%。", "19~101", 19.0, 101.0),
    ("空氣質量指數範圍為19~101,優良天數比例為90%。", "19~101", 19.0, 101.0),  # traditional
    ("空氣質(zhì)量指數(shù)範圍為19~101,", "19~101", 19.0, 101.0),  # pinyin glosses
    ("AQI介於51~100「普通」日數比例為5%", "51~100", 51.0, 100.0),
    ("AQI介于51~100“良”", "51~100", 51.0, 100.0),
    ("综合指数为51至100。", "51至100", 51.0, 100.0),
    ("PSI值在101-199,", "101-199", 101.0, 199.0),
]


@pytest.mark.parametrize(("text", "span", "low", "high"), INDEX_RANGES)
def test_an_index_range_without_a_unit_is_a_dimensionless_range(
    text: str, span: str, low: float, high: float
) -> None:
    df = extract_quantities(text)
    row = df[df["text"] == span].iloc[0]  # was the first end alone (51), a silent wrong value
    assert (row["low"], row["high"], row["unit"], row["qualifier"]) == (
        low,
        high,
        "dimensionless",
        "range",
    )
    assert math.isnan(row["value"])  # a range's value is NaN, flagged range (issue 10)
    assert Flag.RANGE.value in _flags(row)


@pytest.mark.parametrize("text", ["51~100", "51至100"])
def test_parse_quantity_reads_a_bare_range_as_extract_does(text: str) -> None:
    q = parse_quantity(text)
    assert (q.low, q.high, q.unit, q.value) == (51.0, 100.0, "dimensionless", None)


@pytest.mark.parametrize("text", ["编号51~100", "第51~100号", "分别为51~100名"])
def test_ranges_without_an_index_are_not_index_values(text: str) -> None:
    assert (extract_quantities(text)["unit"] == "dimensionless").sum() == 0


@given(st.integers(0, 400), st.integers(0, 400), st.sampled_from(["~", "至", "-", "到"]))
@settings(max_examples=30)
def test_an_index_range_is_read_whole_or_not_at_all(a: int, b: int, sep: str) -> None:
    lo, hi = min(a, b), max(a, b)
    df = extract_quantities(f"空气质量指数范围为{lo}{sep}{hi},")
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["low"], row["high"], row["unit"]) == (lo, hi, "dimensionless")


# --- 2. 成: tenths of a whole are a share (ratio); after a verb a relative change ------------
CHENG = [
    ("完成七成中央环保督察整改任务", "七成", 70.0, "ratio", 0, "exact"),
    ("整改任务已完成近六成", "近六成", 60.0, "ratio", 0, "nearly"),
    ("九成以上的企业完成改造", "九成以上", 90.0, "ratio", 0, "at_least"),
    ("約有三成企業", "約有三成", 30.0, "ratio", 0, "approx"),  # traditional
    ("整改已完成八成五", "八成五", 85.0, "ratio", 0, "exact"),  # the next tenth
    ("下降了三成", "下降了三成", -30.0, "change_relative", -1, "exact"),
    ("上升近兩成", "上升近兩成", 20.0, "change_relative", 1, "nearly"),
]


@pytest.mark.parametrize(("text", "span", "value", "kind", "sign", "qualifier"), CHENG)
def test_cheng_is_a_share_or_a_relative_change(
    text: str, span: str, value: float, kind: str, sign: int, qualifier: str
) -> None:
    row = _one(text)
    assert (row["text"], row["value"], row["unit"], row["kind"], row["sign"]) == (
        span,
        value,
        "%",
        kind,
        sign,
    )
    assert row["qualifier"] == qualifier


@pytest.mark.parametrize(
    "text",
    ["七成熟的果子", "三成为主要来源", "全部完成,成果显著", "已建成投运", "五成群", "一成不变"],
)
def test_cheng_inside_words_is_not_a_share(text: str) -> None:
    assert extract_quantities(text).empty


def test_a_digit_after_cheng_before_a_counter_is_flagged() -> None:
    row = _one("八成五家企业")  # 85 % of the firms, or 80 % of five firms?
    assert Flag.SUSPECT_NUMBER.value in _flags(row)


@given(st.integers(1, 9), st.sampled_from(["", "近", "约"]))
@settings(max_examples=20)
def test_n_cheng_is_n_tenths(n: int, before: str) -> None:
    digits = "一二三四五六七八九"
    row = _one(f"已完成{before}{digits[n - 1]}成。")
    assert (row["value"], row["unit"], row["kind"]) == (10.0 * n, "%", "ratio")


# --- 3. periods against durations, averaging windows, counts of graded letters -------------
@pytest.mark.parametrize(
    "text",
    [
        "相较前五年均明显改善",
        "相較前五年均明顯改善",  # traditional
        "与近三年相比有所下降",
        "比前两个月减少",
        "较过去五年明显好转",
    ],
)
def test_the_reference_period_of_a_comparison_is_not_a_quantity(text: str) -> None:
    assert extract_quantities(text).empty  # a period like 较上年, not a duration


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("由于前两年大气污染治理较为严格", "两年", 2.0),  # a duration (dev's label)
        ("由于前兩年大氣污染治理較為嚴格", "兩年", 2.0),
        ("提前一年完成", "一年", 1.0),
        ("为期两年", "两年", 2.0),
    ],
)
def test_durations_stay_mentions(text: str, span: str, value: float) -> None:
    row = _one(text)
    assert (row["text"], row["value"], row["unit"]) == (span, value, "年")


@pytest.mark.parametrize(
    "text", ["O3八小时第93%值呈上升趋势", "O3八小時第93%值", "O3-8h第90百分位数", "日最大8小时平均"]
)
def test_averaging_windows_are_labels(text: str) -> None:
    assert not (extract_quantities(text)["unit"] == "小时").any()


@pytest.mark.parametrize(
    ("text", "span"),
    [("每一细项均分为A、B、C三等级,", "三等级"), ("每一細項均分為A、B、C三等級,", "三等級")],
)
def test_a_count_after_a_list_of_letters_is_a_count(text: str, span: str) -> None:
    row = _one(text)
    assert (row["text"], row["value"], row["unit"]) == (span, 3.0, "等级")


@pytest.mark.parametrize("text", ["PM2.5浓度", "GB 3095-2012", "SO2排放", "O3浓度"])
def test_arabic_digits_after_letters_stay_names(text: str) -> None:
    assert extract_quantities(text).empty


# --- 4. exceedance multiples in a table of 超标 items ---------------------------------------
EXCEEDANCE_CELLS = [
    ("主要超标项目 | 未达标 | 氨氮/1.3、总磷/0.6、化学需氧量/0.2 |", [1.3, 0.6, 0.2]),
    ("主要超標項目 | 未達標 | 氨氮/1.3、總磷/0.6 |", [1.3, 0.6]),  # traditional
    ("主要超标项目:总磷(0.6)、氨氮(0.3)。", [0.6, 0.3]),
    ("超标项目\n高锰酸盐指数/0.4\n", [0.4]),
]


@pytest.mark.parametrize(("text", "values"), EXCEEDANCE_CELLS)
def test_exceedance_items_in_a_table_are_flagged_multiples(text: str, values: list[float]) -> None:
    df = extract_quantities(text)
    assert df["value"].tolist() == values
    assert set(df["kind"]) == {"exceedance_multiple"}
    assert set(df["unit"]) == {"dimensionless"}
    assert all(Flag.AMBIGUOUS_UNIT.value in _flags(r) for _, r in df.iterrows())  # 倍 unwritten


@pytest.mark.parametrize(
    "text",
    [
        "氨氮/1.3、总磷/0.6",  # no 超标 heading: the number's meaning is unknown
        "超标项目 氨氮/1.3mg/L以下",  # a unit follows: not a multiple
    ],
)
def test_pollutant_slash_number_without_a_heading_is_not_a_multiple(text: str) -> None:
    assert not (extract_quantities(text)["kind"] == "exceedance_multiple").any()


def test_written_exceedance_multiples_are_not_flagged() -> None:
    row = _one("氨氮超标0.5倍")
    assert (row["value"], row["kind"], row["unit"]) == (0.5, "exceedance_multiple", "dimensionless")
    assert Flag.AMBIGUOUS_UNIT.value not in _flags(row)


# --- 6. the rest of the spent splits' failures, as classes ---------------------------------
@pytest.mark.parametrize(
    ("text", "span", "unit", "sign"),
    [
        ("水质提高一个类别。", "一个", "个", 1),
        ("水質提高一個類別。", "一個", "个", 1),  # traditional
        ("比上年多一个省(辽宁)。", "一个", "个", 1),
        ("比上年减少一家。", "一家", "家", -1),
    ],
)
def test_one_after_a_verb_of_change_is_a_change_by_one(
    text: str, span: str, unit: str, sign: int
) -> None:
    row = _one(text)  # 一 + counter is an article ("a") only without a verb of change
    assert row["text"].endswith(span)
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (
        float(sign),
        unit,
        "change_absolute",
        sign,
    )


@pytest.mark.parametrize("text", ["是高质量发展的一年。", "是高質量發展的一年。", "建成一座污水厂"])
def test_one_as_an_article_is_not_a_quantity(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize(
    ("text", "value"), [("为期一年", 1.0), ("提前一年完成", 1.0), ("用了三年的时间", 3.0)]
)
def test_years_as_durations_stay(text: str, value: float) -> None:
    assert _one(text)["value"] == value


@pytest.mark.parametrize(
    "text", ["全区已对1-11批395件信访件进行调查", "第1-11批", "第一至三批交办件"]
)
def test_batch_numbers_are_not_counts(text: str) -> None:
    assert not (extract_quantities(text)["unit"] == "批").any()


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("每年监测1 次,在昼间", "1 次", "次/年"),
        ("每年監測1 次,在晝間", "1 次", "次/年"),  # traditional
        ("每月抽检2次。", "2次", "次/月"),
        ("每周巡查3次,", "3次", "次/周"),
    ],
)
def test_a_number_of_times_per_period_is_a_frequency(text: str, span: str, unit: str) -> None:
    row = _one(text)
    assert (row["text"], row["unit"]) == (span, unit)


def test_times_without_a_period_stay_counts() -> None:
    assert _one("共监测了3次。")["unit"] == "次"


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("辅导金炉污染改善398座、稽巡查", "398座", 398.0, "座"),
        ("輔導金爐污染改善398座、", "398座", 398.0, "座"),
        ("空气质量持续改善 202个城市", "202个", 202.0, "个"),
    ],
)
def test_a_count_after_an_evaluative_verb_is_what_was_improved(
    text: str, span: str, value: float, unit: str
) -> None:
    row = _one(text)
    assert (row["text"], row["value"], row["unit"], row["kind"], row["sign"]) == (
        span,
        value,
        unit,
        "level",
        0,
    )
    assert Flag.AMBIGUOUS_SIGN.value not in _flags(row)


def test_an_amount_after_an_evaluative_verb_stays_a_flagged_change() -> None:
    row = _one("同比改善9.6%")
    assert (row["kind"], row["sign"]) == ("change_relative", 0)
    assert Flag.AMBIGUOUS_SIGN.value in _flags(row)


@pytest.mark.parametrize("text", ["排放量同比一降一升。", "两项指标一升一降", "一增一减"])
def test_one_up_one_down_is_an_idiom(text: str) -> None:
    df = extract_quantities(text)  # 两项 is a count; 一升 is no litre
    assert df["text"].tolist() == (["两项"] if text.startswith("两项") else [])


@pytest.mark.parametrize(
    ("text", "span", "value"), [("日数(34日)最多", "34日", 34.0), ("不良天数(12日)", "12日", 12.0)]
)
def test_a_count_of_days_in_parentheses_is_a_count(text: str, span: str, value: float) -> None:
    row = _one(text)
    assert (row["text"], row["value"], row["unit"]) == (span, value, "日")


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("酸硷值低于5.6为酸雨", 5.6, "less"),
        ("酸碱值为3.5,", 3.5, "exact"),
        ("pH值低於5.6", 5.6, "less"),
    ],
)
def test_the_value_of_a_named_measure_has_no_unit(text: str, value: float, qualifier: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["qualifier"]) == (value, "dimensionless", qualifier)


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("比例分别为6.9%及5.1%,100以上「不良」日数比例为1%", "100以上", 100.0, "at_least"),
        ("比例分別為6.9%及5.1%,100以上「不良」日數比例為1%", "100以上", 100.0, "at_least"),
        ("200以上“非常不良”", "200以上", 200.0, "at_least"),
        ("50以下「良好」", "50以下", 50.0, "at_most"),
    ],
)
def test_an_index_bound_naming_its_category_is_dimensionless(
    text: str, span: str, value: float, qualifier: str
) -> None:
    df = extract_quantities(text)
    row = df[df["text"] == span].iloc[0]
    assert (row["value"], row["unit"], row["qualifier"]) == (value, "dimensionless", qualifier)


def test_a_bound_without_a_category_name_needs_a_unit() -> None:
    assert extract_quantities("100以上的企业").empty


# --- halves as shares: 一半, 半数, 近半, 过半 (ratio 1/2); after a verb of change ±50 % ---
HALVES = [
    ("仅占不到一半的比例", "一半", 0.5, "dimensionless", "less", "ratio", 0),
    ("僅占不到一半的比例", "一半", 0.5, "dimensionless", "less", "ratio", 0),  # traditional
    ("1532项突出环境问题近半已得到解决", "半", 0.5, "dimensionless", "nearly", "ratio", 0),
    ("半数以上的城市", "半数以上", 0.5, "dimensionless", "at_least", "ratio", 0),
    ("过半", "半", 0.5, "dimensionless", "greater", "ratio", 0),
    ("超过一半", "一半", 0.5, "dimensionless", "greater", "ratio", 0),
    ("排放量减少一半", "减少一半", -50.0, "%", "exact", "change_relative", -1),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "qualifier", "kind", "sign"), HALVES)
def test_a_half_is_a_share_or_a_relative_change(
    text: str, span: str, value: float, unit: str, qualifier: str, kind: str, sign: int
) -> None:
    df = extract_quantities(text)
    row = df[df["text"].str.endswith(span)].iloc[-1]
    assert (row["value"], row["unit"], row["qualifier"], row["kind"], row["sign"]) == (
        value,
        unit,
        qualifier,
        kind,
        sign,
    )
    if kind == "ratio":
        assert (row["numerator"], row["denominator"]) == (1.0, 2.0)


@pytest.mark.parametrize("text", ["2020年上半年", "半数字化转型", "十一半"])
def test_half_inside_words_is_not_a_share(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize(("text", "value"), [("一年半", 1.5), ("为期半年", 0.5)])
def test_half_durations_stay_durations(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, "年")


def test_parse_quantity_reads_a_half_as_extract_does() -> None:
    q = parse_quantity("一半")
    assert (q.value, q.unit, q.kind.value, q.numerator, q.denominator) == (
        0.5,
        "dimensionless",
        "ratio",
        1.0,
        2.0,
    )
