"""Classes of round 17 (Taiwan, branch ``tw17``): the failures of the ``w17-*`` texts of ``dev``.

Each class is a general rule in the module where its kind lives
(``benchmarks/corpus/README.md``, "Round 17 (Taiwan), branch `tw17`"):

* a year glued in front of a decimal figure by a lost 年 (``西元1990137.85百萬公噸``) is split
  off after an era word, or after 至/从… in a clause that names the era; the figure is flagged;
* a figure after 低于/高于 and a mean's value (``低於全國平均值13.2微克``) may be the mean
  itself or the difference to it: flagged ``ambiguous_reference``;
* an index range is closed by the share of its category too (``AQI介於100-150比率``);
* a comparison sign and one space before its number (``AQI> 150``) still bound it;
* 测站 counts monitoring stations (``9測站``), as 站 (not in a place name: ``斗六測站``);
* 占 + a whole + 的比例 (``占GDP的比例0.90%``) and 占地方… (``占地方機關環保支出19.1%``) are
  shares of a whole; a share alone in parentheses after an amount (``70.4億元(18.0%)``) too;
* a share before and after a revision (``原本占72.4%,更新後占60.5%``) is a level;
* not figures: a span of ROC years after 自 (``自81~107年``), a month/day ending a period
  (``107年(至12/19)``), 一 inside a word (``單一年度``); the factors of a product written with
  their units (``76站*365天``) are flagged.

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags
from tests.parser_rows import one_row as _one
from tests.scripts import both_scripts, to_traditional

from envindicators.units import extract_quantities
from envindicators.units.counters import counter_word


def _texts(text: str) -> list[str]:
    return list(extract_quantities(text)["text"])


# --- 1. A year glued in front of a decimal figure ---------------------------------------------
GLUED_YEAR = [
    ("总排放量从西元1990137.85百万公吨二氧化碳当量上升", "137.85百万公吨", 137.85e6),
    ("排放量自公元2005271.7万吨起逐年下降", "271.7万吨", 2.717e6),
    ("从西元1990年起算,上升至2014283.49百万公吨二氧化碳当量", "283.49百万公吨", 283.49e6),
    ("西元20081.25亿元的投资", "1.25亿元", 1.25e8),
]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (t, sp, v)
        for (t, sp), (_, _, v) in zip(
            both_scripts([(t, sp) for t, sp, _ in GLUED_YEAR], every_text=True),
            [c for c in GLUED_YEAR for _ in (0, 1)],
            strict=True,
        )
    ],
)
def test_a_year_glued_to_a_decimal_figure_is_split_off_and_flagged(
    text: str, span: str, value: float
) -> None:
    row = _one(text)
    assert row["text"] == span
    assert math.isclose(row["value"], value, rel_tol=1e-9)
    assert "suspect_number" in flags(row)


NOT_GLUED = [
    # no era named: a seven-digit figure of its own
    ("下降至2014283.49万元", 2014283.49e4),
    ("总投资达1990137.85万元", 1990137.85e4),
    # an era word, but no decimal: 2021915 is no figure with a year in front (left as is)
    ("西元2015年排放12.5万吨", 12.5e4),
]


@pytest.mark.parametrize(("text", "value"), both_scripts(NOT_GLUED))
def test_a_figure_without_an_era_named_keeps_its_digits(text: str, value: float) -> None:
    row = _one(text)
    assert math.isclose(row["value"], value, rel_tol=1e-9)


@given(
    year=st.integers(1900, 2100),
    head=st.integers(1, 9999),
    frac=st.integers(0, 99),
    era=st.sampled_from(["西元", "公元"]),
)
def test_property_an_era_word_splits_the_year_off(
    year: int, head: int, frac: int, era: str
) -> None:
    figure = f"{head}.{frac:02d}"
    row = _one(f"排放量{era}{year}{figure}万吨。")
    assert row["text"] == f"{figure}万吨"
    assert math.isclose(row["value"], float(figure) * 1e4, rel_tol=1e-9)
    assert "suspect_number" in flags(row)


# --- 2. A figure after 低于/高于 a mean's value: flagged ------------------------------------
MEAN_VALUE = [
    "浓度为每立方米12.8微克,低于全国平均值13.2微克,",
    "本市降水量低于全省均值2.1米,",
    "年均浓度高于全市平均值5微克,",
]


@pytest.mark.parametrize("text", [x for t in MEAN_VALUE for x in (t, to_traditional(t))])
def test_a_figure_after_a_mean_s_value_is_flagged(text: str) -> None:
    df = extract_quantities(text)
    last = df.iloc[-1]
    assert "ambiguous_reference" in flags(last)
    assert last["confidence"] == "low"


def test_a_difference_to_a_mean_level_is_not_flagged() -> None:
    # 高出全国平均水平6.4微克/立方米: 高出 states a difference, and 水平 names no value
    row = _one("高出全国平均水平6.4微克/立方米。")
    assert row["kind"] == "change_absolute"
    assert "ambiguous_reference" not in flags(row)


# --- 3. An index range closed by its category's share -----------------------------------------
INDEX_RANGE = [
    ("AQI介于100-150比率由7.7%降至5.8%", 100, 150),
    ("AQI介于51~100比例上升", 51, 100),
    ("空气质量指数介于101-150比率为3.1%", 101, 150),
]


@pytest.mark.parametrize(("text", "low", "high"), both_scripts(INDEX_RANGE))
def test_an_index_range_before_its_share_is_read(text: str, low: float, high: float) -> None:
    df = extract_quantities(text)
    first = df.iloc[0]
    assert (first["low"], first["high"], first["unit"], first["qualifier"]) == (
        low,
        high,
        "dimensionless",
        "range",
    )


@given(low=st.integers(0, 400), width=st.integers(1, 200), sep=st.sampled_from(["-", "~", "至"]))
def test_property_index_range_before_a_share(low: int, width: int, sep: str) -> None:
    df = extract_quantities(f"AQI介于{low}{sep}{low + width}比率下降。")
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["low"], row["high"], row["unit"]) == (low, low + width, "dimensionless")


# --- 4. A comparison sign, a space, then its number -------------------------------------------
SPACED_SIGN = [
    ("相当于AQI> 150,代表对所有族群不健康", 150.0, "dimensionless", "greater"),
    ("PM2.5日平均值≧ 54μg/m3,即算1次", 54.0, "μg/m3", "at_least"),
    ("AQI< 50为良好", 50.0, "dimensionless", "less"),
    ("浓度≦ 35μg/m3时", 35.0, "μg/m3", "at_most"),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), both_scripts(SPACED_SIGN))
def test_a_sign_and_a_space_bound_the_number(
    text: str, value: float, unit: str, qualifier: str
) -> None:
    rows = [
        r
        for _, r in extract_quantities(text).iterrows()
        if r["value"] == value and r["unit"] == unit
    ]
    assert len(rows) == 1
    assert rows[0]["qualifier"] == qualifier


@given(
    value=st.integers(1, 500),
    sign=st.sampled_from([(">", "greater"), ("<", "less"), ("≧", "at_least"), ("≦", "at_most")]),
    space=st.sampled_from(["", " "]),
)
def test_property_a_spaced_sign_bounds_an_index(
    value: int, sign: tuple[str, str], space: str
) -> None:
    row = _one(f"当AQI{sign[0]}{space}{value}时,")
    assert (row["value"], row["unit"], row["qualifier"]) == (value, "dimensionless", sign[1])


# --- 5. 测站 counts monitoring stations -----------------------------------------------------------
STATIONS = [
    ("在空气质量指标有9测站亮起红灯", 9.0),
    ("23测站达橙色提醒", 23.0),
    ("共有76测站监测PM2.5", 76.0),
    ("全县共六测站超标", 6.0),
]


@pytest.mark.parametrize(("text", "value"), both_scripts(STATIONS))
def test_stations_written_in_full_are_counted(text: str, value: float) -> None:
    row = _one(text)
    assert row["value"] == value
    assert counter_word(row["unit"]) == "站"


# --- 6. Shares of a whole after 占 ----------------------------------------------------------------
SHARE_OF_WHOLE = [
    ("环保支出占GDP的比例0.90%,", 0.90),
    ("工业排放占全市总量的比重为13.8%,", 13.8),
    ("台北市74.8亿元(占地方机关环保支出19.1%)", 19.1),
    ("其中占地区生产总值2.5%,", 2.5),
]


@pytest.mark.parametrize(("text", "value"), both_scripts(SHARE_OF_WHOLE))
def test_a_share_after_zhan_and_a_whole_is_a_ratio(text: str, value: float) -> None:
    row = extract_quantities(text).iloc[-1]
    assert (row["value"], row["unit"], row["kind"]) == (value, "%", "ratio")


def test_land_taken_is_no_share() -> None:
    row = _one("占地面积达到35%。")
    assert row["kind"] == "level"


SHARE_AFTER_AMOUNT = [
    ("台北县政府70.4亿元(18.0%)分居第二", 18.0),
    ("资本支出210.9亿元(38.3%),", 38.3),
    ("清运垃圾12.5万吨(61.7%),", 61.7),
    ("造林2,230公顷(40.5%)", 40.5),
]


@pytest.mark.parametrize(("text", "value"), both_scripts(SHARE_AFTER_AMOUNT))
def test_a_share_in_parentheses_after_an_amount_is_its_part(text: str, value: float) -> None:
    row = extract_quantities(text).iloc[-1]
    assert (row["value"], row["kind"]) == (value, "ratio")


def test_a_share_in_parentheses_after_a_concentration_stays_a_level() -> None:
    row = extract_quantities("PM2.5浓度35微克(12%)").iloc[-1]
    assert row["kind"] == "level"


# --- 7. A share before and after a revision: a level ----------------------------------------------
REVISED_SHARE = [
    ("排放量原本占72.4%,更新后占60.5%,", [72.4, 60.5]),
    ("PM2.5原先占64.6%,修正后占19%,", [64.6, 19.0]),
    ("调整后占45%,原来占50%", [45.0, 50.0]),
]


@pytest.mark.parametrize(("text", "values"), both_scripts(REVISED_SHARE))
def test_a_share_before_and_after_a_revision_is_a_level(text: str, values: list[float]) -> None:
    df = extract_quantities(text)
    assert list(df["value"]) == values
    assert set(df["kind"]) == {"level"}


def test_a_share_stated_once_after_zhan_stays_a_ratio() -> None:
    assert _one("其中政府部门占0.44%。")["kind"] == "ratio"


# --- 8. Not figures -------------------------------------------------------------------------------
NOT_FIGURES = [
    ("海岸造林自81~107年已完成2,230公顷", ["2,230公顷"]),
    ("二行程机车从102~107年汰旧7,838辆", ["7,838辆"]),
    ("107 年 ( 至 12/19)PM2.5 指标红色警示为 282 次", ["107 年", "282 次"]),
    ("2018年1月1日至12/31共发生997次", ["997次"]),
    ("呈单一年度上升", []),
    ("同一年内完成两项", ["两项"]),
    ("除斗六测站O3最大小时浓度上升外", []),
]


@pytest.mark.parametrize(("text", "spans"), both_scripts(NOT_FIGURES, every_text=True))
def test_years_dates_and_words_are_not_figures(text: str, spans: list[str]) -> None:
    assert _texts(text) == spans


STILL_FIGURES = [
    ("自50~60年前开始", "50~60年"),
    ("污染下降至1/3。", "1/3"),
    ("为期一年", "一年"),
]


@pytest.mark.parametrize(("text", "span"), STILL_FIGURES)
def test_durations_and_fractions_near_those_stay(text: str, span: str) -> None:
    assert span in _texts(text)


@given(low=st.integers(50, 120), width=st.integers(1, 29), word=st.sampled_from("自从由"))
def test_property_a_span_of_roc_years_after_from_is_no_figure(
    low: int, width: int, word: str
) -> None:
    assert _texts(f"{word}{low}~{low + width}年已完成造林") == []


# --- 9. Factors of a product written with their units ---------------------------------------------
PRODUCT = [
    "全年总站日数最多共有27,740站日数(76站*365天)",
    "共12家×30天",
]


@pytest.mark.parametrize("text", [x for t in PRODUCT for x in (t, to_traditional(t))])
def test_the_factors_of_a_product_with_units_are_flagged(text: str) -> None:
    df = extract_quantities(text)
    factors = df.iloc[-2:]
    assert all("suspect_number" in flags(r) for _, r in factors.iterrows())


def test_a_count_times_an_amount_is_still_one_product() -> None:
    row = _one("8×200吨/日")
    assert (row["value"], row["unit"]) == (1600.0, "吨/日")
    assert "suspect_number" not in flags(row)
