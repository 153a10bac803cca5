"""Classes of traditional-script wording (issue 10, branch ``hant12``), one table per class,
traditional and simplified forms.

The classes were named from the failures of fifteen new traditional-script development texts
(``benchmarks/corpus/dev/t12-*``: Taiwan's Legislative Yuan budget reviews and 環境部 abstracts,
Hong Kong's climate plan, Macau's waste reports), measured once before they were read.  Their
four silent wrong values came from a share reached after a named fall (``跌幅較大至16.8%``
was read as a fall of 16.8 %), an absolute change restated in % after a comma (``減少1億0,396
萬8千元,約23.61%`` was read as a level), a range of tenths (``三至四成`` was read as 40 %) and
two percentages glued before 之間 (``19%22%之間``).  The sentences are written for these tests
(not copied from the corpus); expected values are written out by hand.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import examples
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one

from envindicators.units import extract_quantities
from envindicators.units.vocab import Flag

_NUMERALS = "一二三四五六七八九"


# --- 1. A price or a load per tonne or kilogram written first (Taiwan's 公噸/公斤) -------------
PER_MASS_FIRST = [
    ("處理費調漲到每公噸2307元,", 2307.0, "元/吨"),
    ("处理费调涨到每公吨2307元,", 2307.0, "元/吨"),
    ("收費標準為每公噸1,200元。", 1200.0, "元/吨"),
    ("回收價格每公斤5元,", 5.0, "元/公斤"),
    ("回收价格每千克5元,", 5.0, "元/千克"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PER_MASS_FIRST)
def test_a_denominator_in_tonnes_or_kilograms_written_first(
    text: str, value: float, unit: str
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


@pytest.mark.parametrize(
    "text", ["生活垃圾從每公噸450-1350元不等", "生活垃圾从每公吨450-1350元不等"]
)
def test_a_range_of_prices_per_tonne(text: str) -> None:
    row = _one(text)
    assert (row["low"], row["high"], row["unit"]) == (450.0, 1350.0, "元/吨")
    assert row["qualifier"] == "range"


# --- 2. 日均 before an amount of mass: per day -------------------------------------------------
DAILY_MEAN_MASS = [
    ("人均廢物量上升,去年達到日均二點一公斤,", 2.1, "公斤/日"),
    ("人均废物量上升,去年达到日均二点一公斤,", 2.1, "公斤/日"),
    ("人均棄置量上升至日均1.44公斤。", 1.44, "公斤/日"),
    ("每人日均產生垃圾0.94千克,", 0.94, "千克/日"),
]


@pytest.mark.parametrize(("text", "value", "unit"), DAILY_MEAN_MASS)
def test_a_daily_mean_of_a_mass_is_per_day(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [("PM2.5日均濃度為35微克/立方米", "微克/立方米"), ("年均濃度為1.2毫克/立方米", "毫克/立方米")],
)
def test_a_daily_mean_of_a_concentration_keeps_its_unit(text: str, unit: str) -> None:
    assert _one(text)["unit"] == unit


# --- 3. A share of a whole with a qualifier between 的 and the figure -------------------------
SHARE_WITH_QUALIFIER = [
    ("發電佔總排放量的大約70%。", 70.0, "approx"),
    ("发电占总排放量的大约70%。", 70.0, "approx"),
    ("廚餘佔城市固體廢物的約35%,", 35.0, "approx"),
    ("塑膠佔總量的近23.5%,", 23.5, "nearly"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), SHARE_WITH_QUALIFIER)
def test_a_share_after_de_and_a_qualifier_is_a_ratio(
    text: str, value: float, qualifier: str
) -> None:
    row = _one(text)
    assert (row["value"], row["kind"], row["qualifier"]) == (value, "ratio", qualifier)


def test_a_past_level_after_de_and_a_qualifier_stays_a_level() -> None:
    df = extract_quantities("比率由2016年的約54%下降")
    assert list(df["kind"]) == ["level"]


# --- 4. Tenths after a change noun are the size of the change --------------------------------
TENTHS_OF_A_CHANGE = [
    ("海泥量升幅達四成七,", 47.0, 1),
    ("海泥量升幅达四成七,", 47.0, 1),
    ("用水量增幅達三成,", 30.0, 1),
    ("排放量降幅達兩成,", -20.0, -1),
    ("排放量降幅达两成,", -20.0, -1),
]


@pytest.mark.parametrize(("text", "value", "sign"), TENTHS_OF_A_CHANGE)
def test_tenths_after_a_change_noun_are_a_relative_change(
    text: str, value: float, sign: int
) -> None:
    row = _one(text)
    assert (row["value"], row["kind"], row["sign"]) == (value, "change_relative", sign)


@pytest.mark.parametrize("text", ["工業用水佔七成,", "工业用水占七成,"])
def test_tenths_without_a_change_noun_stay_a_share(text: str) -> None:
    assert _one(text)["kind"] == "ratio"


# --- 5. A named fall or rise, then 至: the level reached -------------------------------------
LEVEL_AFTER_NAMED_CHANGE = [
    ("回收率跌幅較大至16.8%,", 16.8),
    ("回收率跌幅较大至16.8%,", 16.8),
    ("達標率升幅明顯至95.1%,", 95.1),
]


@pytest.mark.parametrize(("text", "value"), LEVEL_AFTER_NAMED_CHANGE)
def test_a_change_noun_then_zhi_gives_the_level_reached(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["kind"], row["sign"]) == (value, "level", 0)


@pytest.mark.parametrize(
    ("text", "value", "sign"),
    [("降幅收窄至3.2%。", -3.2, -1), ("增幅回落到2%。", 2.0, 1), ("增幅達到5%。", 5.0, 1)],
)
def test_a_change_noun_with_a_verb_of_its_size_stays_a_change(
    text: str, value: float, sign: int
) -> None:
    row = _one(text)
    assert (row["value"], row["kind"], row["sign"]) == (value, "change_relative", sign)


# --- 6. An absolute change restated in % after a comma ---------------------------------------
RESTATED = [
    ("較上年度預算減少1億0,396萬8千元,約23.61%,", -23.61, -1),
    ("较上年度预算减少1亿0,396万8千元,约23.61%,", -23.61, -1),
    ("垃圾量增加2萬噸,約5%,", 5.0, 1),
    ("濃度下降3微克/立方米,近10%。", -10.0, -1),
]


@pytest.mark.parametrize(("text", "value", "sign"), RESTATED)
def test_a_percentage_after_an_absolute_change_restates_it(
    text: str, value: float, sign: int
) -> None:
    df = extract_quantities(text)
    assert len(df) == 2
    change, pct = df.iloc[0], df.iloc[1]
    assert change["kind"] == "change_absolute"
    assert (pct["value"], pct["kind"], pct["sign"]) == (value, "change_relative", sign)


def test_a_percentage_with_its_own_subject_after_a_change_is_not_restated() -> None:
    df = extract_quantities("垃圾量增加2萬噸,回收率為35%。")
    assert list(df["kind"]) == ["change_absolute", "level"]


@given(
    amount=st.integers(min_value=1, max_value=9999),
    pct=st.integers(min_value=1, max_value=99),
    down=st.booleans(),
    trad=st.booleans(),
)
@examples(40)
def test_restated_percentage_takes_the_change_s_sign(
    amount: int, pct: int, down: bool, trad: bool
) -> None:
    verb = ("減少" if trad else "减少") if down else "增加"
    about = "約" if trad else "约"
    df = extract_quantities(f"排放量{verb}{amount}噸,{about}{pct}%。")
    assert len(df) == 2
    sign = -1 if down else 1
    assert df.iloc[0]["value"] == sign * amount
    assert (df.iloc[1]["value"], df.iloc[1]["sign"]) == (sign * pct, sign)


# --- 7. Two percentages glued before 之間: a range -------------------------------------------
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("回收率皆維持在19%22%之間。", 19.0, 22.0),
        ("回收率皆维持在19%22%之间。", 19.0, 22.0),
        ("占比介於5.5%8%之間,", 5.5, 8.0),
    ],
)
def test_two_glued_percentages_before_zhijian_are_a_range(
    text: str, low: float, high: float
) -> None:
    row = _one(text)
    assert (row["low"], row["high"], row["qualifier"]) == (low, high, "range")
    assert math.isnan(row["value"])
    assert Flag.RANGE in _flags(row)


def test_two_glued_percentages_without_zhijian_stay_two() -> None:
    df = extract_quantities("按年分別增加173.5%、24.5%21.7%;")
    assert list(df["value"]) == [173.5, 24.5, 21.7]


# --- 8. A change in % written straight after the share it is measured from ------------------
@pytest.mark.parametrize(
    "text",
    ["回收率僅有16.8%,較2018年的22.1%下跌多達5.3%(見表三)。", "达标率较2019年的90.1%上升2.5%。"],
)
def test_a_change_in_percent_after_its_reference_share_is_ambiguous(text: str) -> None:
    row = extract_quantities(text).iloc[-1]
    assert row["kind"] == "change_relative"
    assert Flag.AMBIGUOUS_UNIT in _flags(row)


# --- 9. A range of tenths (三至四成) -------------------------------------------------------
@given(a=st.integers(min_value=1, max_value=8), d=st.integers(min_value=1, max_value=8))
@examples(30)
def test_a_range_of_tenths_is_a_range_of_percent(a: int, d: int) -> None:
    b = min(a + d, 9)
    for text in (
        f"廚餘約佔城市固體廢物的{_NUMERALS[a - 1]}至{_NUMERALS[b - 1]}成,",
        f"厨余约占城市固体废物的{a}到{b}成,",
    ):
        row = _one(text)
        assert (row["low"], row["high"], row["unit"]) == (10.0 * a, 10.0 * b, "%")
        assert (row["qualifier"], row["kind"]) == ("range", "ratio")


def test_a_range_of_tenths_after_a_verb_is_a_range_of_changes() -> None:
    row = _one("排放量下降了兩到三成。")
    assert (row["qualifier"], row["kind"], row["sign"]) == ("range", "change_relative", -1)


# --- 10. 倍有多: more than a multiple -------------------------------------------------------
@pytest.mark.parametrize("text", ["是上海的兩倍有多。", "是上海的两倍有余。", "是廣州的2倍有多,"])
def test_a_multiple_and_more(text: str) -> None:
    row = _one(text)
    assert (row["value"], row["qualifier"], row["kind"]) == (2.0, "more_than", "ratio")


def test_you_duo_shao_is_a_question_not_a_bound() -> None:
    row = _one("是上海的兩倍有多少?")
    assert row["qualifier"] == "exact"


# --- 11. 任何一 + counter: "any", not a count ---------------------------------------------
@pytest.mark.parametrize(
    "text", ["沒有任何一天是良好,", "没有任何一天是良好,", "不得有任何一家企業超標排放。"]
)
def test_any_one_is_not_a_count(text: str) -> None:
    assert extract_quantities(text).empty


# --- 12. The window of a mean (三年平均, 十年平均值) is a metric's name -----------------------
@pytest.mark.parametrize(
    "text",
    ["比較十年平均及三年平均,", "比较十年平均及三年平均,", "三年平均收入較十年平均值明顯增高"],
)
def test_the_window_of_a_mean_is_not_a_duration(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize(
    ("text", "qualifier"), [("近三年平均增長", "nearly"), ("為期三年", "exact")]
)
def test_a_span_of_time_before_a_mean_stays(text: str, qualifier: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["qualifier"]) == (3.0, "年", qualifier)


# --- 13. A range of ROC years crossing 100 --------------------------------------------------
@pytest.mark.parametrize(
    "text", ["彙整99~109年空污基金,", "汇整99~109年空污基金,", "針對98年至102年噪音陳情案件"]
)
def test_a_range_of_roc_years_crossing_100_is_a_period(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize("text", ["使用年限為10至15年", "使用年限为10至15年"])
def test_a_range_of_durations_stays(text: str) -> None:
    row = _one(text)
    assert (row["low"], row["high"], row["unit"]) == (10.0, 15.0, "年")


# --- 14. A list with spaces around 、 (a copy from a PDF) ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "減量成果分別為42.1、 37.6 、0.31、264、130公噸/年。",
        "减量成果分别为42.1 、37.6、 0.31、264、130公吨/年。",
    ],
)
def test_a_list_with_spaces_around_the_enumeration_comma(text: str) -> None:
    df = extract_quantities(text)
    assert list(df["value"]) == [42.1, 37.6, 0.31, 264.0, 130.0]
    assert set(df["unit"]) == {"吨/年"}
    assert all(Flag.SHARED_UNIT in _flags(r) for _, r in df.iloc[:-1].iterrows())


# --- 15. The size of a change named with 比例 -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "low", "high", "sign"),
    [
        ("收入均增加,增加比例約為10-15%。", 10.0, 15.0, 1),
        ("收入均增加,增加比例约为10-15%。", 10.0, 15.0, 1),
        ("排放量減少比例為5%至8%,", -8.0, -5.0, -1),
    ],
)
def test_the_size_of_a_change_named_with_bili(
    text: str, low: float, high: float, sign: int
) -> None:
    row = _one(text)
    assert (row["low"], row["high"], row["kind"], row["sign"]) == (
        low,
        high,
        "change_relative",
        sign,
    )


@pytest.mark.parametrize("text", ["減少比例為5%。", "减少比例为5%。", "下降比例達5%,"])
def test_a_single_change_named_with_bili(text: str) -> None:
    row = _one(text)
    assert (row["value"], row["kind"], row["sign"]) == (-5.0, "change_relative", -1)


# --- 16. A list whose separator was lost between two percentages -------------------------------
@pytest.mark.parametrize(
    "text", ["按年分別增加173.5%、24.5%21.7%;", "按年分别增加173.5%、24.5%21.7%;"]
)
def test_a_glued_list_member_shares_the_verb(text: str) -> None:
    df = extract_quantities(text)
    assert list(df["value"]) == [173.5, 24.5, 21.7]
    assert set(df["kind"]) == {"change_relative"}
    assert set(df["sign"]) == {1}


# --- 17. A total over the whole year is no rate --------------------------------------------
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("焚化中心於2019年全年處理55.02萬公噸城市固體廢物,", "吨"),
        ("焚化中心于2019年全年处理55.02万公吨城市固体废物,", "吨"),
        ("污水廠日處理污水24萬噸,", "吨/日"),
        ("污水厂日处理污水24万吨,", "吨/日"),
    ],
)
def test_a_total_over_the_year_is_no_rate(text: str, unit: str) -> None:
    assert _one(text)["unit"] == unit


# --- 18. Tables one cell per paragraph: ROC fiscal years as headers, dashes, a currency ------
_ROC_HEADER_TABLE = (
    "表1 空污基金撥付情形表\n單位:{caption}\n項目\n107年度\n108年度\n109年度\n"
    "空氣污染防治基金\n5,255,143\n4,906,032\n4,578,609\n"
    "溫室氣體管理基金\n(其他收入來源)\n536,996\n450,000\n440,003\n"
)


@pytest.mark.parametrize(
    ("caption", "factor"),
    [
        ("新台幣千元", 1000),
        ("新臺幣千元", 1000),
        ("新台币千元", 1000),
        ("千元", 1000),
        ("人民幣萬元", 10000),
    ],
)
def test_a_table_under_roc_fiscal_year_headers_and_a_currency_caption(
    caption: str, factor: int
) -> None:
    df = extract_quantities(_ROC_HEADER_TABLE.format(caption=caption))
    assert list(df["value"]) == [
        v * factor for v in (5255143, 4906032, 4578609, 536996, 450000, 440003)
    ]
    assert set(df["unit"]) == {"元"}
    assert all(Flag.UNIT_FROM_HEADER in _flags(r) for _, r in df.iterrows())


_DASH_TABLE = (
    "單位:公噸\n\n年度\n\n產生量\n\n有害廢棄物\n\n再生資源\n\n合計\n\n"
    "91\n\n10,456,345\n\n694,220\n\n{dash}\n\n11,150,565\n\n"
    "92\n\n11,499,188\n\n1,013,039\n\n{dash}\n\n12,512,227\n\n"
    "93\n\n9,276,070\n\n1,209,843\n\n2,903,273\n\n13,389,186\n"
)


@pytest.mark.parametrize("dash", ["-", "－", "—", "…"])
def test_a_dash_cell_is_an_empty_cell_of_its_row(dash: str) -> None:
    df = extract_quantities(_DASH_TABLE.format(dash=dash))
    assert list(df["value"]) == [
        10456345,
        694220,
        11150565,
        11499188,
        1013039,
        12512227,
        9276070,
        1209843,
        2903273,
        13389186,
    ]
    assert set(df["unit"]) == {"吨"}


def test_a_duration_cell_is_no_fiscal_year() -> None:
    # 10年 (a duration) is a figure, only 年度 after 2-3 digits makes an ROC fiscal year
    df = extract_quantities("單位:年\n項目\n年限\n甲設備\n10\n乙設備\n15\n")
    assert list(df["value"]) == [10, 15]


# --- 19. Adjacent numerals with 兩/两 (一兩年 = one or two years): a vague range ----------------
@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("近一兩年,聽說成長率已降低", 1.0, 2.0, "年"),
        ("近一两年,听说增长率已降低", 1.0, 2.0, "年"),
        ("只用了一兩天。", 1.0, 2.0, "天"),
        ("約有一两百家企業", 100.0, 200.0, "家"),
    ],
)
def test_one_or_two_is_a_vague_range(text: str, low: float, high: float, unit: str) -> None:
    row = _one(text)
    assert (row["low"], row["high"], row["unit"], row["qualifier"]) == (low, high, unit, "range")
    assert Flag.VAGUE in _flags(row)


@pytest.mark.parametrize("text", ["黃金一兩", "二兩年"])
def test_one_liang_or_a_non_adjacent_pair_is_no_range(text: str) -> None:
    assert extract_quantities(text).empty
