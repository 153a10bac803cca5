"""Classes of the conventions round (branch ``conv13``, issue 10), simplified and traditional.

Two labelling conventions of the corpus are settled in its guide (``benchmarks/corpus/README.md``,
"What counts as a mention") and followed by the parser: a share followed through a change is a
``level`` (``占比提高到64.1%``, ``占比由47%降至40%``), while a share stated once stays a ``ratio``;
a mean per unit of area written before the figure puts the area into the unit (``亩均用水量356m3``
→ ``m3/亩``), while ``人均`` does not.  Then the classes left over from the spent splits: pH with a
bound or a range (``PH值应大于7.6``, ``pH值6～9``), the counter 部 (``24部扫街车``), a bare
multiplier after a bound word (``人口超过百万``: flagged), a bound word before an N-odd figure
(``超过两万多吨``: ``greater``), a figure compared with a rate a sentence before (``每人每日…香港的
1.53公斤``), a product of numbers without a unit (``1000×1000``: no mention) and a table whose
units sit in a two-level header (cells left unread).  The sentences are written for these tests
(not copied from the corpus); expected values are written out by hand.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one
from tests.parser_rows import rows as read_rows
from tests.scripts import both_scripts, texts_in_both_scripts, to_traditional

from envindicators.units import extract_quantities

# --- 1. A share followed through a change is a level; a share stated once a ratio -------------
SHARE_FOLLOWED = [
    ("沿江生态岸线占比提高到64.1%。", ["level"]),
    ("河长占比增加到55.1%;", ["level"]),
    ("第二产业占比由47%降至40%,", ["level", "level"]),
    ("优良率占比从2003年的46.3%提升至2022年的79.2%。", ["level", "level"]),
    ("煤炭占能源消费总量比重降低到65%以下。", ["level"]),
    ("服务业占GDP比重由1.2%提高到1.5%,", ["level", "level"]),
    ("清洁能源消费比重上升至25%,", ["level"]),
]
SHARE_STATED_ONCE = [
    ("当前水土流失以中轻度侵蚀为主,占比78.7%。", ["ratio"]),
    ("有的省份生态保护红线面积占比超过50%。", ["ratio"]),
    ("第三产业增加值占地区生产总值的比重为51.2%。", ["ratio"]),
    ("劣Ⅴ类断面数量合计大约占到全国总数的六成。", ["ratio"]),
]


@pytest.mark.parametrize(("text", "kinds"), both_scripts(SHARE_FOLLOWED + SHARE_STATED_ONCE))
def test_share_followed_is_a_level_stated_once_a_ratio(text: str, kinds: list[str]) -> None:
    assert [k for (k,) in read_rows(text, "kind")] == kinds


def test_the_change_between_the_levels_keeps_its_kind() -> None:
    assert read_rows("占比由47%降至40%,降低7个百分点", "kind", "value") == [
        ("level", 47.0),
        ("level", 40.0),
        ("change_absolute", -7.0),
    ]


@given(
    noun=st.sampled_from(["占比", "比重", "占全省比重", "占GDP比重"]),
    verb=st.sampled_from(["提高到", "提升至", "增加到", "上升至", "降低到", "下降到", "降至"]),
    value=st.integers(min_value=1, max_value=99),
    trad=st.booleans(),
)
def test_any_share_reaching_a_value_is_its_level(
    noun: str, verb: str, value: int, trad: bool
) -> None:
    text = f"清洁能源{noun}{verb}{value}%。"
    row = _one(to_traditional(text) if trad else text)
    assert (row["kind"], float(row["value"]), row["unit"], row["sign"]) == (
        "level",
        float(value),
        "%",
        0,
    )


# --- 2. 亩均: the area is the denominator; 人均 is not ---------------------------------------
PER_AREA = [
    ("耕地实际灌溉亩均用水量 356m3,", 356.0, "m3/亩"),
    ("农田亩均灌溉用水量345立方米,", 345.0, "立方米/亩"),
    ("全市亩均税收达到12万元。", 120000.0, "元/亩"),
    ("今年亩均产量为520公斤,", 520.0, "公斤/亩"),
]


@pytest.mark.parametrize(("text", "value", "unit"), both_scripts(PER_AREA))
def test_per_mu_mean_puts_the_area_into_the_unit(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (float(row["value"]), row["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("人均生活用水量为160升,", "升"),  # the person is the statistic's own unit
            ("亩均用水量下降5%,", "%"),  # a share has no denominator
            ("新增耕地面积3000亩,", "亩"),  # 亩 as the unit itself
        ]
    ),
)
def test_other_means_keep_their_unit(text: str, unit: str) -> None:
    assert _one(text)["unit"] == unit


# --- 3. pH with a bound or a range ------------------------------------------------------------
PH_BOUNDS = [
    ("放流水PH值应大于7.6,但被检出小于7.6,结果被罚60万元。", [(7.6, "greater"), (7.6, "less")]),
    ("降水pH值小于5.6的城市有50个。", [(5.6, "less")]),
    ("废水pH值须低于9,", [(9.0, "less")]),
    ("酸雨pH值低于5.6,但部分地区检出低于4.5,", [(5.6, "less"), (4.5, "less")]),
]


@pytest.mark.parametrize(("text", "expected"), both_scripts(PH_BOUNDS))
def test_ph_bounds_are_dimensionless(text: str, expected: list[tuple[float, str]]) -> None:
    rows = [
        (float(v), q)
        for v, q, u in read_rows(text, "value", "qualifier", "unit")
        if u == "dimensionless"
    ]
    assert rows == expected


PH_RANGES = [
    "排放废水pH值6～9。",
    "pH值为6-9,",
    "酸碱值在6至9,",
    "pH值应为6～9。",
    "pH值在6～9之间,",
    "pH值6～9的废水",
]


@pytest.mark.parametrize("text", [t for c in PH_RANGES for t in (c, to_traditional(c))])
def test_ph_range_is_one_dimensionless_range(text: str) -> None:
    row = _one(text)
    assert (row["qualifier"], float(row["low"]), float(row["high"]), row["unit"]) == (
        "range",
        6.0,
        9.0,
        "dimensionless",
    )
    assert math.isnan(float(row["value"]))


@given(low=st.integers(min_value=1, max_value=7), width=st.integers(min_value=1, max_value=6))
def test_any_ph_range_reads_both_ends(low: int, width: int) -> None:
    row = _one(f"出水pH值{low}～{low + width}之间,")
    assert (float(row["low"]), float(row["high"])) == (float(low), float(low + width))


def test_a_bare_bound_without_ph_stays_unread() -> None:
    assert read_rows("出水量小于5,但", "value") == []


# --- 4. 部 counts vehicles, machines and documents --------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("引进24部具抑制街道扬尘的小型扫街车", 24.0),
            ("出台3部地方性法规,", 3.0),
            ("购置清扫车12部。", 12.0),
        ]
    ),
)
def test_bu_is_a_counter(text: str, value: float) -> None:
    row = _one(text)
    assert (float(row["value"]), row["unit"]) == (value, "部")


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "一部分企业未完成整改",
            "五部门联合印发",
            "两部署到位",
            "第二部",
        ]
    ),
)
def test_words_starting_with_bu_are_no_count(text: str) -> None:
    assert "部" not in [u for (u,) in read_rows(text, "unit")]


# --- 5. A bare multiplier after a bound word: the unit its noun names, flagged -----------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("青藏高原唯一人口超过百万的中心城市", 1e6, "人"),
            ("常住人口突破千万。", 1e7, "人"),
            ("今年罚款超过百万,", 1e6, "元"),
        ]
    ),
)
def test_bare_multiplier_takes_its_nouns_unit_flagged(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (float(row["value"]), row["unit"], row["qualifier"]) == (value, unit, "greater")
    assert "ambiguous_unit" in _flags(row)


@pytest.mark.parametrize("text", texts_in_both_scripts(["超过百万的城市", "千方百计"]))
def test_bare_multiplier_without_a_noun_stays_unread(text: str) -> None:
    assert read_rows(text, "value") == []


# --- 6. A bound word before an N-odd figure: the bound gives the qualifier ---------------------
@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    both_scripts(
        [
            ("待处理的量最近超过两万多吨,", 20000.0, "greater"),
            ("投资有望超过六百多亿元。", 6e10, "greater"),
            ("至少两万多吨", 20000.0, "at_least"),
            ("两万多吨", 20000.0, "more_than"),  # the figure alone keeps its own 多
        ]
    ),
)
def test_bound_before_n_odd_figure(text: str, value: float, qualifier: str) -> None:
    row = _one(text)
    assert (float(row["value"]), row["qualifier"]) == (value, qualifier)


# --- 7. A figure compared with a rate a sentence before takes its denominator -----------------
RATE_THEN_COMPARED = (
    "去年本澳的人均城市固体废物弃置量达到每人每日2.24公斤,较2018年的每人每日2.17公斤上升达3.2%。"
    "亦较香港的1.53公斤、新加坡的1.49公斤、北京的1.24公斤高出31%至45%。"
)


@pytest.mark.parametrize("text", [RATE_THEN_COMPARED, to_traditional(RATE_THEN_COMPARED)])
def test_compared_list_takes_the_rates_denominator(text: str) -> None:
    rows = [(float(v), u) for v, u in read_rows(text, "value", "unit") if str(u).startswith("公斤")]
    assert rows == [
        (2.24, "公斤/日"),
        (2.17, "公斤/日"),
        (1.53, "公斤/日"),
        (1.49, "公斤/日"),
        (1.24, "公斤/日"),
    ]


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(["平均每人每天制造垃圾量有0.94公斤,要比前一年减量0.01公斤。"]),
)
def test_change_of_the_rate_takes_its_denominator(text: str) -> None:
    assert read_rows(text, "value", "unit")[-1] == (-0.01, "公斤/日")


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["去年达到日均二点一公斤,远超《澳门固体废物资源管理计划》中明年的一点四八公斤的规划目标。"]
    ),
)
def test_same_size_figure_not_tied_to_the_rate_is_flagged(text: str) -> None:
    row = extract_quantities(text).iloc[-1]
    assert (float(row["value"]), row["unit"]) == (1.48, "公斤")
    assert "ambiguous_unit" in _flags(row)


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["全年弃置量达到55万吨,即每日平均产生1,507吨垃圾,并较2018年的52.2万吨上升5.3%。"]
    ),
)
def test_a_total_of_another_size_keeps_its_unit(text: str) -> None:
    rows = read_rows(text, "value", "unit", "warnings")
    assert (522000.0, "吨", "") in [(float(v), u, w) for v, u, w in rows]


# --- 8. A product of numbers without a unit is no mention -------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("网格大小为1000×1000,监测面积148平方公里", [(148.0, "平方公里")]),
            ("网格大小为500x500。", []),
            ("临时移动式污水处理站(8×200吨/日)已建成", [(1600.0, "吨/日")]),
            ("采用25km×25km网格", [(25.0, "km"), (25.0, "km")]),
        ]
    ),
)
def test_product_without_unit_is_no_mention(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(float(v), u) for v, u in read_rows(text, "value", "unit")] == expected


@given(a=st.integers(min_value=2, max_value=5000), b=st.integers(min_value=2, max_value=5000))
def test_any_unitless_product_is_skipped(a: int, b: int) -> None:
    assert read_rows(f"网格大小为{a}×{b},", "value") == []


# --- 9. A two-level table header the flattened text does not tie to its columns ----------------
TWO_LEVEL_TABLE = (
    "省市名称 |\n原野剂量率\n(nGy/h) |\n道路剂量率\n(nGy/h) |\n年有效剂量\n(mSv) |\n"
    "范围 |\n均值 |\n按点均值 |\n范围 |\n均值 |\n"
    "甲市 |\n29.2 ~88.9 |\n56.4 |\n50.1 |\n0.37 ~0.54 |\n0.43 |\n"
    "乙市 |\n36.0 ~99.7 |\n57.5 |\n59.5 |\n0.26 ~0.79 |\n0.49 |\n"
)


@pytest.mark.parametrize("text", [TWO_LEVEL_TABLE, to_traditional(TWO_LEVEL_TABLE)])
def test_two_level_header_cells_get_no_guessed_unit(text: str) -> None:
    """3 unit headers over 5 sub-columns: which sub-column sits under which unit is not written,
    so no cell is given one of those units (left unread rather than guessed)."""
    units = [u for (u,) in read_rows(text, "unit")]
    assert not any(u in ("nGy/h", "mSv") for u in units)
