"""Classes of report wording of the twelfth parser round (issue 10), one table per class,
simplified and traditional forms.

The classes were named from the failures left on the spent splits (``dev`` … ``heldout7``):
the sign convention of a decreasing range (one convention for a single change and a range:
the ends carry the sign, ``减少43%至62%`` = [−62..−43]), a double-digit change
(``双位数跌幅``: a vague relative change of 10–99 %), ``过去一年`` (the period just past, not a
duration), a share named a pause before its figure (``占比最高,达到50.1%``), an amount per
period a clause away for counts and areas (``每小时平均增加了14辆``, ``年处理总量1.4亿台``), the
particle size after ``PM`` and a space, spaces around a list separator, and the bare
multiples of a list of exceedances.  The sentences are written for these tests (not copied
from the corpus); expected values are written out by hand.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one

from envindicators.units import extract_quantities
from envindicators.units.vocab import Flag

# --- 1. One sign convention for a change and a range of changes -------------------------------
SIGNED_RANGES = [
    ("主要污染物浓度分别减少43%至62%。", -62.0, -43.0, -1),
    ("主要污染物濃度分別減少43%至62%。", -62.0, -43.0, -1),
    ("污染时数下降6%至34%不等,", -34.0, -6.0, -1),
    ("污染時數下降6%至34%不等,", -34.0, -6.0, -1),
    ("各站浓度上升5%至31%,", 5.0, 31.0, 1),
    ("各站濃度上升5%至31%,", 5.0, 31.0, 1),
]


@pytest.mark.parametrize(("text", "low", "high", "sign"), SIGNED_RANGES)
def test_a_range_of_changes_carries_the_sign_on_both_ends(
    text: str, low: float, high: float, sign: int
) -> None:
    row = _one(text)
    assert (row["low"], row["high"], row["sign"]) == (low, high, sign)
    assert row["kind"] == "change_relative"
    assert math.isnan(row["value"])


@given(
    lo=st.integers(1, 90),
    width=st.integers(1, 9),
    down=st.booleans(),
    script=st.sampled_from(["hans", "hant"]),
)
def test_generated_change_ranges_sign_their_ends_like_a_single_change(
    lo: int, width: int, down: bool, script: str
) -> None:
    """A single change and a range of changes after the same verb agree in sign: every end of
    the range has the sign of the single change's value."""
    verb = ("减少" if script == "hans" else "減少") if down else "上升"
    single = _one(f"浓度{verb}{lo}%。")
    row = _one(f"浓度{verb}{lo}%至{lo + width}%。")
    assert single["sign"] == row["sign"] == (-1 if down else 1)
    assert math.copysign(1, single["value"]) == math.copysign(1, row["low"])
    assert math.copysign(1, single["value"]) == math.copysign(1, row["high"])
    assert row["low"] < row["high"]
    assert {abs(row["low"]), abs(row["high"])} == {lo, lo + width}


# --- 2. A double-digit change ----------------------------------------------------------------
DOUBLE_DIGITS = [
    ("年均浓度全部均有双位数跌幅,", -99.0, -10.0, -1),
    ("年均濃度全部均有雙位數跌幅,", -99.0, -10.0, -1),
    ("多种污染物录得双位数增幅,", 10.0, 99.0, 1),
    ("多種污染物錄得雙位數增幅,", 10.0, 99.0, 1),
    ("排放量实现两位数的下降。", -99.0, -10.0, -1),
    ("排放量實現兩位數的下降。", -99.0, -10.0, -1),
    ("产值保持两位数增长,", 10.0, 99.0, 1),
]


@pytest.mark.parametrize(("text", "low", "high", "sign"), DOUBLE_DIGITS)
def test_a_double_digit_change_is_a_vague_range_of_percentages(
    text: str, low: float, high: float, sign: int
) -> None:
    row = _one(text)
    assert (row["low"], row["high"], row["sign"], row["unit"]) == (low, high, sign, "%")
    assert row["kind"] == "change_relative"
    assert row["qualifier"] == "range"
    assert Flag.VAGUE in _flags(row)
    assert row["text"] in ("双位数", "雙位數", "两位数", "兩位數")


@pytest.mark.parametrize(
    "text",
    [
        "双方签订协议,推进双碳目标。",
        "雙方簽訂協議,推進雙碳目標。",
        "保留两位数字即可。",
        "保留兩位數字即可。",
    ],
)
def test_double_and_two_digits_without_a_change_are_no_figure(text: str) -> None:
    assert extract_quantities(text).empty, text


def test_two_digits_announcing_a_list_leave_the_list_its_figures() -> None:
    df = extract_quantities("下降幅度更是达到两位数,分别为19.3%、18.7%和10.5%。")
    assert df["text"].tolist() == ["19.3%", "18.7%", "10.5%"]


# --- 3. The period just past -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "分析监测站过去一年的数据,",
        "分析監測站過去一年的數據,",
        "过去一年污染回升,",
        "過去一年污染回升,",
        "过去的一个月里,",
        "過去的一個月裡,",
    ],
)
def test_the_past_year_names_a_period_not_a_duration(text: str) -> None:
    assert extract_quantities(text).empty, text


@pytest.mark.parametrize(
    ("text", "value"),
    [("过去五年,NO2水平", 5.0), ("過去5年在一般空氣中", 5.0), ("过去十年环保署", 10.0)],
)
def test_past_years_counted_stay_durations(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, "年")


# --- 4. A share named a pause before its figure --------------------------------------------
SHARES_A_PAUSE_AWAY = [
    ("施工噪声类占比最高,达到50.1%。", [50.1]),
    ("施工噪聲類占比最高,達到50.1%。", [50.1]),
    ("其占产生量占比,亦自2011年18.21%,下降为2020年之15.05%。", [18.21, 15.05]),
    ("其佔產生量佔比,亦自2011年18.21%,下降為2020年之15.05%。", [18.21, 15.05]),
    ("所占比例最高的是交通噪声,为41.3%。", [41.3]),
    ("所佔比例最高的是交通噪聲,為41.3%。", [41.3]),
]


@pytest.mark.parametrize(("text", "values"), SHARES_A_PAUSE_AWAY)
def test_a_share_named_before_a_pause_is_a_ratio(text: str, values: list[float]) -> None:
    df = extract_quantities(text)
    shares = df[df["unit"] == "%"]
    assert shares["value"].tolist() == values
    assert set(shares["kind"]) == {"ratio"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("工业占比下降,优良天数比例为87.5%。", "level"),  # another measure is named
        ("工業占比下降,優良天數比例為87.5%。", "level"),
        ("占比同比下降2%。", "change_relative"),  # a change of the share stays a change
        ("占比较高。全年优良天数为300天,达标率为82%。", "level"),  # another sentence
    ],
)
def test_a_share_noun_does_not_reach_another_measure(text: str, kind: str) -> None:
    row = extract_quantities(text).query("unit == '%'").iloc[-1]
    assert row["kind"] == kind


# --- 5. An amount per period a clause away, for counts and areas ----------------------------
PER_PERIOD = [
    ("车流量每小时平均增加了14辆,", 14.0, "辆/小时"),
    ("車流量每小時平均增加了14輛,", 14.0, "辆/小时"),
    ("废弃电器电子产品年处理总量1.4亿台,", 1.4e8, "台/年"),
    ("廢棄電器電子產品年處理總量1.4億台,", 1.4e8, "台/年"),
    ("年均防治草原病虫害超过1亿公顷。", 1e8, "公顷/年"),
    ("年均防治草原病蟲害超過1億公頃。", 1e8, "公顷/年"),
    ("草种年供应能力达到2.5万吨。", 25000.0, "吨/年"),
    ("草種年供應能力達到2.5萬噸。", 25000.0, "吨/年"),
    ("年均种草改良面积稳定在4000万亩以上,", 4e7, "亩/年"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PER_PERIOD)
def test_an_amount_per_period_of_counts_and_areas(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("年均浓度上升的各有8个,", "个"),  # a count of cities whose annual mean rose
        ("年均濃度上升的各有8個,", "个"),
        ("年均超标天数为28天,", "天"),  # a count of days is a level
        ("每年新增造林2万亩,", "亩"),  # a bare 每年 before an area (tests of the classes)
    ],
)
def test_a_mean_of_a_level_is_no_amount_per_period(text: str, unit: str) -> None:
    assert _one(text)["unit"] == unit


# --- 6. Spaces: PM 2.5, a spaced list ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["PM 2.5 年均浓度为55μg/m3", "PM 2.5 年均濃度為55μg/m3", "pm 10 年平均浓度为70μg/m3"],
)
def test_the_particle_size_after_pm_and_a_space_is_part_of_the_name(text: str) -> None:
    df = extract_quantities(text)
    assert df["text"].tolist() in (["55μg/m3"], ["70μg/m3"]), text


SPACED_LISTS = [
    ("分别较世卫标准高出 1.98 倍及 2.5 倍。", [1.98, 2.5]),
    ("分別較世衛標準高出 1.98 倍及 2.5 倍。", [1.98, 2.5]),
    ("分别超过标准1.98倍和2.5倍。", [1.98, 2.5]),
    ("分別超過標準1.98倍、2.5倍。", [1.98, 2.5]),
]


@pytest.mark.parametrize(("text", "values"), SPACED_LISTS)
def test_the_multiples_of_a_list_of_exceedances_share_its_kind(
    text: str, values: list[float]
) -> None:
    df = extract_quantities(text)
    assert df["value"].tolist() == values
    assert set(df["kind"]) == {"exceedance_multiple"}


@pytest.mark.parametrize(
    ("text", "values"),
    [("分别下降 5% 和 7%。", [-5.0, -7.0]), ("分別下降 5% 及 7%。", [-5.0, -7.0])],
)
def test_spaces_around_a_separator_keep_the_shared_verb(text: str, values: list[float]) -> None:
    df = extract_quantities(text)
    assert df["value"].tolist() == values
    assert set(df["sign"]) == {-1}


def test_a_multiple_after_an_exceedance_in_another_clause_keeps_its_own_kind() -> None:
    df = extract_quantities("超标1.2倍,是去年的2倍。")
    assert df["kind"].tolist() == ["exceedance_multiple", "ratio"]


# --- 7. An evaluative verb before an area: the area improved, a level -----------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("改善现有43公顷的园景区", 43.0, "公顷"),
        ("改善現有43公頃的園景區", 43.0, "公顷"),
        ("辅导裸露地完成改善40万5,870公顷、", 405870.0, "公顷"),
        ("輔導裸露地完成改善40萬5,870公頃、", 405870.0, "公顷"),
        ("持续改善5平方公里水域", 5.0, "平方公里"),
    ],
)
def test_an_area_after_an_evaluative_verb_is_the_area_improved(
    text: str, value: float, unit: str
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (value, unit, "level", 0)


def test_a_share_after_an_evaluative_verb_stays_a_change_in_doubt() -> None:
    row = _one("空气质量改善10.3%")
    assert (row["kind"], row["sign"]) == ("change_relative", 0)
    assert Flag.AMBIGUOUS_SIGN in _flags(row)


# --- 8. A share of things with a bound before it ---------------------------------------------
SHARES_OF_THINGS = [
    ("最严重的是北港溪,近25%的河段都遭严重污染。", 25.0, "nearly"),
    ("最嚴重的是北港溪,近25%的河段都遭嚴重汙染。", 25.0, "nearly"),
    ("另有67%以上的民众对空气质量满意,", 67.0, "at_least"),
    ("另有67%以上的民眾對空氣品質滿意,", 67.0, "at_least"),
    ("约30%的企业尚未完成整改,", 30.0, "approx"),
    ("約30%的企業尚未完成整改,", 30.0, "approx"),
    ("共有30%的企业未达标,", 30.0, "exact"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), SHARES_OF_THINGS)
def test_a_bounded_share_opening_its_clause_is_a_ratio(
    text: str, value: float, qualifier: str
) -> None:
    row = _one(text)
    assert (row["value"], row["kind"], row["qualifier"]) == (value, "ratio", qualifier)


@pytest.mark.parametrize("text", ["达到标准25%的标准", "排放量下降了近25%的水平"])
def test_a_share_inside_its_clause_is_no_share_of_things(text: str) -> None:
    assert _one(text)["kind"] != "ratio"


# --- 9. The first or last of a ranking, and the first batches -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "移交我省的前二十批信访件已全部办结",
        "移交我省的前二十批信訪件已全部辦結",
        "陈情件数最多之前六个县市",
        "陳情件數最多之前六個縣市",
        "健康风险日子的头两位。",
        "健康風險日子的頭兩位。",
        "全省后10个城市中",
    ],
)
def test_the_top_of_a_ranking_and_the_first_batches_are_no_counts(text: str) -> None:
    assert extract_quantities(text).empty, text


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("前后两批督察组", 2.0, "批"), ("前後兩批督察組", 2.0, "批"), ("共移交两批", 2.0, "批")],
)
def test_batches_counted_stay_counts(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


# --- 10. A whole and a parenthetical aside before 的 ------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("水土流失面积273.69万平方公里,占全国国土面积(不含港澳台)的28.6%。", 28.6),
        ("水土流失面積273.69萬平方公里,佔全國國土面積(不含港澳台)的28.6%。", 28.6),
        ("优良天数共354天,占全年监测有效天数(366天)的96.7%,", 96.7),
        ("優良天數共354天,佔全年監測有效天數（366天）的96.7%,", 96.7),
    ],
)
def test_an_aside_between_the_whole_and_its_share_keeps_the_share(text: str, value: float) -> None:
    row = extract_quantities(text).query("unit == '%'").iloc[0]
    assert (row["value"], row["kind"]) == (value, "ratio")


@pytest.mark.parametrize("text", ["浓度(年均值)的28.6%", "標準(年均值)的28.6%"])
def test_an_aside_without_a_whole_makes_no_share(text: str) -> None:
    assert _one(text)["kind"] == "level"


# --- 11. The share column of a table copied one cell per line ---------------------------------
def _cell_table(header: list[str], rows: list[list[str]], caption: str) -> str:
    lines = [caption, *header]
    for row in rows:
        lines.extend(row)
    return "\n\n".join(lines) + "\n"


SHARE_TABLES = [
    (["年度", "废弃物产生量", "再生资源", "再生资源占比"], "单位:公吨"),
    (["年度", "廢棄物產生量", "再生資源", "再生資源占比"], "單位:公噸"),
    (["年度", "产生量", "回收再利用", "所占比例"], "单位:公吨"),
    (["年度", "產生量", "回收再利用", "所佔比例"], "單位:公噸"),
]


@pytest.mark.parametrize(("header", "caption"), SHARE_TABLES)
def test_the_share_column_of_a_table_holds_ratios(header: list[str], caption: str) -> None:
    rows = [
        ["100", "18,733,773", "3,411,473", "18.21%"],
        ["101", "17,945,729", "2,777,030", "15.47%"],
    ]
    df = extract_quantities(_cell_table(header, rows, caption))
    shares = df[df["unit"] == "%"]
    assert shares["value"].tolist() == [18.21, 15.47]
    assert set(shares["kind"]) == {"ratio"}
    assert set(df[df["unit"] != "%"]["kind"]) == {"level"}


@pytest.mark.parametrize(
    "header",
    [
        ["年度", "产生量", "回收率", "再生资源占比"],  # another measure in %: which column?
        ["年度", "产生量", "回收量", "增减率"],  # a rate of change, not a share
        ["年度", "產生量", "回收量", "比例"],
    ],
)
def test_a_table_naming_another_percentage_keeps_its_levels(header: list[str]) -> None:
    rows = [
        ["100", "18,733,773", "3,411,473", "18.21%"],
        ["101", "17,945,729", "2,777,030", "15.47%"],
    ]
    df = extract_quantities(_cell_table(header, rows, "单位:公吨"))
    assert "ratio" not in set(df["kind"])


@given(
    shares=st.lists(st.integers(0, 9999), min_size=2, max_size=6),
    script=st.sampled_from(["单位:公吨", "單位:公噸"]),
)
def test_generated_share_columns_read_every_cell_as_a_ratio(shares: list[int], script: str) -> None:
    rows = [
        [str(100 + k), f"{1000 + k:,}", f"{10 + k}", f"{v / 100:.2f}%"]
        for k, v in enumerate(shares)
    ]
    df = extract_quantities(_cell_table(["年度", "产生量", "再生资源", "占比"], rows, script))
    got = df[df["unit"] == "%"]
    assert got["value"].tolist() == [pytest.approx(v / 100) for v in shares]
    assert set(got["kind"]) == {"ratio"}


# --- 12. A product in a denominator: per area and month ----------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全市降尘量下降到4.1吨/平方公里·月(扣除沙尘影响)", 4.1, "吨/平方公里/月"),
        ("全市降塵量下降到4.1噸/平方公里·月(扣除沙塵影響)", 4.1, "吨/平方公里/月"),
        ("降尘量均值为5吨/平方公里•月,", 5.0, "吨/平方公里/月"),
        ("降塵量均值為5噸/平方公里・年,", 5.0, "吨/平方公里/年"),
    ],
)
def test_a_dot_joins_a_period_to_the_denominator(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


def test_a_period_after_a_full_stop_is_no_denominator() -> None:
    assert _one("降尘量12吨/平方公里。月底前完成")["unit"] == "吨/平方公里"


# --- 13. A bound before a whole and its 的 -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("排放量最高的地区,合计超过全省的60%。", 60.0, "greater"),
        ("排放量最高的地區,合計超過全省的60%。", 60.0, "greater"),
        ("该类企业不足全国的5%,", 5.0, "less"),
        ("該類企業不足全國的5%,", 5.0, "less"),
    ],
)
def test_a_bound_before_a_whole_makes_a_bounded_share(
    text: str, value: float, qualifier: str
) -> None:
    row = _one(text)
    assert (row["value"], row["kind"], row["qualifier"]) == (value, "ratio", qualifier)


@pytest.mark.parametrize(
    ("text", "kind"), [("浓度超过标准的1.5倍", "ratio"), ("超過標準的20%", "level")]
)
def test_a_bound_before_a_reference_is_no_share_of_a_whole(text: str, kind: str) -> None:
    row = _one(text)
    assert (row["kind"], row["qualifier"]) == (kind, "exact")


@pytest.mark.parametrize("text", ["全年处理污水8.2万吨,超过上年的8.6万吨", "超過去年同期的8.6萬噸"])
def test_a_bound_before_a_period_compares_levels(text: str) -> None:
    row = extract_quantities(text).iloc[-1]
    assert (row["value"], row["kind"]) == (86000.0, "level")


# --- 14. A denominator with 每 over parallel verb-object clauses -------------------------------
PARALLEL_CLAUSES = [
    (
        "每人平均用掉289公升的自来水、产生440公斤的废弃物,使用1万1500度的电。",
        ["升/人", "公斤/人", "度/人"],
    ),
    (
        "每人平均用掉289公升的自來水、產生440公斤的廢棄物,使用1萬1500度的電。",
        ["升/人", "公斤/人", "度/人"],
    ),
    ("每万元GDP能耗0.5吨标准煤的水平、消耗20立方米水", ["吨标准煤/万元", "立方米/万元"]),
]


@pytest.mark.parametrize(("text", "units"), PARALLEL_CLAUSES)
def test_a_denominator_with_mei_holds_over_parallel_clauses(text: str, units: list[str]) -> None:
    df = extract_quantities(text)
    assert df["unit"].tolist() == units
    for warnings in df["warnings"].tolist()[1:]:
        assert Flag.SHARED_UNIT in str(warnings).split(";")


@pytest.mark.parametrize(
    "text",
    [
        "每人平均用水150升的自来水,全市共产生40万吨的垃圾",
        "每人平均用水150升的自來水。全市產生40萬噸",
    ],
)
def test_a_total_after_a_per_capita_figure_keeps_its_unit(text: str) -> None:
    assert extract_quantities(text)["unit"].tolist()[-1] == "吨"


# --- 15. The largest change or exceedance named as the topic -----------------------------------
@pytest.mark.parametrize(
    ("text", "value", "sign"),
    [
        ("上升幅度最大的是路边监测站臭氧年均浓度,达32%;", 32.0, 1),
        ("上升幅度最大的是路邊監測站臭氧年均濃度,達32%;", 32.0, 1),
        ("下降幅度最大的是PM2.5年均浓度,为13.06%。", -13.06, -1),
        ("下降幅度最大的是PM2.5年均濃度,為13.06%。", -13.06, -1),
    ],
)
def test_the_largest_change_named_before_its_subject(text: str, value: float, sign: int) -> None:
    row = _one(text)
    assert (row["value"], row["kind"], row["sign"]) == (value, "change_relative", sign)


@pytest.mark.parametrize(
    "text",
    [
        "超标最多的是路边NO2年均浓度,高达5.3倍;",
        "超標最多的是路邊NO2年均濃度,高達5.3倍;",
        "超出每立方米25微克的世卫标准1倍以上。",
        "超出每立方米25微克的世衛標準1倍以上。",
    ],
)
def test_an_exceedance_named_before_its_subject_or_limit(text: str) -> None:
    assert extract_quantities(text)["kind"].tolist()[-1] == "exceedance_multiple"


@pytest.mark.parametrize(
    "text", ["浓度最高的是路边站,为5.3倍。", "濃度最高的是路邊站,為5.3倍。", "是2015年的2倍"]
)
def test_a_multiple_without_an_exceedance_stays_a_ratio(text: str) -> None:
    assert _one(text)["kind"] == "ratio"


# --- 16. A daily rate over the whole year ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("全年日供水能力544.89万立方米。", "立方米/日"),
        ("全年日供水能力544.89萬立方米。", "立方米/日"),
        ("全年处理垃圾30万吨。", "吨"),  # the year's total
        ("全年處理垃圾30萬噸。", "吨"),
        ("2020年日处理污水30万吨", "吨"),  # a year, then 日: left as it was read
    ],
)
def test_a_daily_rate_over_the_whole_year(text: str, unit: str) -> None:
    assert _one(text)["unit"] == unit
