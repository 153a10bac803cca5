"""Classes of parser round 23 (branch ``read13``): heldout13's failures, read after it was spent.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 23, branch
`read13`"):

* one integer with 之间 after it (``浓度处于172188微克/立方米之间``) is a range whose separator
  was lost in the copy: "between" needs two ends.  The one increasing split whose ends have as
  many digits as each other (or the only increasing split, ``510`` → 5–10) is read, flagged
  ``suspect_number``; with no such split the single number stays, flagged;
* a verb of reduction with its object (``降耗``, ``降碳``, as ``减排``; ``减碳`` is read by
  ``减``) makes the figure after it a decrease;
* a change noun compared with an earlier period (``降幅比2013年的3.7%扩大``) gives the size of
  that period's change: a change with the noun's direction;
* ``超标倍数`` named earlier in the clause or its list makes each multiple after it an
  exceedance multiple (``超标倍数分别为总磷0.1倍和氨氮0.6倍``);
* a share right after 高于/低于 and an earlier period, without 的 (``略高于去年同期0.8%``), is
  the relative change to that period;
* a unit ending in its power, then a chemical formula glued after it (``7μg/m3NO2浓度``): the
  power ends the unit.

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts

from envindicators.units.vocab import Kind, Qualifier

# --- 1. one integer before 之间: a range that lost its separator ---------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    both_scripts(
        [
            ("PM10浓度处于6278微克/立方米之间。", 62.0, 78.0, "微克/立方米"),
            ("各站点SO2浓度处于412μg/m3之间。", 4.0, 12.0, "μg/m3"),
            ("监测期间气温在1526℃之间。", 15.0, 26.0, "degC"),
            ("臭氧日最大8小时浓度处于120165微克/立方米之间。", 120.0, 165.0, "微克/立方米"),
            ("各断面化学需氧量处于1530mg/L之间。", 15.0, 30.0, "mg/L"),
        ]
    ),
)
def test_integer_before_between_is_a_flagged_range(
    text: str, low: float, high: float, unit: str
) -> None:
    row = one_row(text)
    assert row["qualifier"] == Qualifier.RANGE.value
    assert row["low"] == pytest.approx(low)
    assert row["high"] == pytest.approx(high)
    assert row["unit"] == unit
    assert "suspect_number" in flags(row)
    assert row["confidence"] == "low"


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            # no increasing split with ends of one length: the number stays, in doubt
            ("厂界噪声在5000分贝之间。", 5000.0),
            ("浓度处于9080微克/立方米之间。", 9080.0),
        ]
    ),
)
def test_integer_before_between_without_a_split_stays_flagged(text: str, value: float) -> None:
    row = one_row(text)
    assert row["value"] == pytest.approx(value)
    assert "suspect_number" in flags(row)


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            # no 之间, a written range, a decimal, a short number: untouched
            ("PM2.5浓度为172188微克/立方米。", None),
            ("浓度处于62-78微克/立方米之间。", None),
            ("pH值在6.5之间波动。", 6.5),
            ("全市有300家企业。", 300.0),
            ("温度在15℃之间。", 15.0),
        ]
    ),
)
def test_other_figures_keep_their_reading(text: str, value: float | None) -> None:
    row = one_row(text)
    assert "suspect_number" not in flags(row)
    if value is not None:
        assert row["value"] == pytest.approx(value)
        assert row["qualifier"] == Qualifier.EXACT.value


@given(
    low=st.integers(min_value=10, max_value=98),
    width=st.integers(min_value=1, max_value=50),
)
def test_glued_two_digit_range_property(low: int, width: int) -> None:
    high = min(99, low + width)
    if high <= low:
        return
    (row,) = rows(f"浓度处于{low}{high}微克/立方米之间。", "low", "high", "warnings")
    assert row[0] == low
    assert row[1] == high
    assert "suspect_number" in str(row[2])


# --- 2. a verb of reduction with its object -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("“十二五”期间累计节能降耗19.5%。", -19.5),
            ("全市单位产值降耗8.2%,超额完成任务。", -8.2),
            ("钢铁行业减碳12%。", -12.0),
            ("园区降碳5.5%,成效明显。", -5.5),
        ]
    ),
)
def test_reduction_with_its_object_is_a_decrease(text: str, value: float) -> None:
    row = one_row(text)
    assert row["value"] == pytest.approx(value)
    assert row["kind"] == Kind.CHANGE_RELATIVE.value
    assert row["sign"] == -1


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("降耗指标为0.5吨标准煤。", 0.5),
            ("碳排放强度为0.8吨。", 0.8),
        ]
    ),
)
def test_figures_after_a_noun_stay_levels(text: str, value: float) -> None:
    row = one_row(text)
    assert row["value"] == pytest.approx(value)
    assert row["kind"] == Kind.LEVEL.value


# --- 3. a change noun compared with an earlier period ----------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "sign"),
    both_scripts(
        [
            ("降幅比2013年的3.7%扩大1.1个百分点。", -3.7, -1),
            ("增幅比2019年同期的12.5%回落。", 12.5, 1),
            ("降幅比上年的2.1%收窄。", -2.1, -1),
            ("涨幅较去年同期的4.4%有所扩大。", 4.4, 1),
        ]
    ),
)
def test_change_noun_compared_with_a_period(text: str, value: float, sign: int) -> None:
    row = rows(text, "value", "kind", "sign")[0]
    assert row[0] == pytest.approx(value)
    assert row[1] == Kind.CHANGE_RELATIVE.value
    assert row[2] == sign


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            # no change noun before the comparison: the period's level
            ("达标率比2013年的3.7%高。", 3.7),
            ("PM2.5浓度比2013年的72微克下降。", 72.0),
        ]
    ),
)
def test_comparison_without_a_change_noun_stays_a_level(text: str, value: float) -> None:
    row = one_row(text)
    assert row["value"] == pytest.approx(value)
    assert row["kind"] == Kind.LEVEL.value


# --- 4. 超标倍数 named before its multiples ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    both_scripts(
        [
            ("超标倍数分别为总磷0.1倍和氨氮0.6倍。", [0.1, 0.6]),
            ("超标倍数分别为0.3倍、1.2倍。", [0.3, 1.2]),
            ("经监测,化学需氧量超标倍数为2.5倍。", [2.5]),
        ]
    ),
)
def test_multiples_after_exceedance_noun(text: str, values: list[float]) -> None:
    got = rows(text, "value", "kind")
    assert [v for v, _ in got] == pytest.approx(values)
    assert {k for _, k in got} == {Kind.EXCEEDANCE_MULTIPLE.value}


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            # another clause, or no exceedance named: a ratio
            ("超标倍数0.5,COD浓度是限值的2倍。", 2.0),
            ("产量是去年的2倍。", 2.0),
        ]
    ),
)
def test_other_multiples_stay_ratios(text: str, value: float) -> None:
    row = rows(text, "value", "kind")[-1]
    assert row[0] == pytest.approx(value)
    assert row[1] == Kind.RATIO.value


# --- 5. a chemical formula glued after a unit's power ----------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("平均为7μg/m3NO2浓度上升。", 7.0, "μg/m3"),
            ("均值为25μg/m3CO日均值达标。", 25.0, "μg/m3"),
            ("年均值40mg/m3PM10浓度下降。", 40.0, "mg/m3"),
        ]
    ),
)
def test_formula_after_power_ends_the_unit(text: str, value: float, unit: str) -> None:
    row = rows(text, "value", "unit")[0]
    assert row[0] == pytest.approx(value)
    assert row[1] == unit


@pytest.mark.parametrize("text", ["血压为120mmHg。", "流量为20m3h。"])
def test_letters_glued_to_a_unit_still_stop_it(text: str) -> None:
    assert all(u not in ("mm", "m3") for (u,) in rows(text, "unit"))


# --- 6. a share right after 高于/低于 and an earlier period ------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "sign"),
    both_scripts(
        [
            ("细颗粒物浓度略高于去年同期0.8%,主要受臭氧影响。", 0.8, 1),
            ("全市用水总量低于2020年3.5%。", -3.5, -1),
            ("工业增加值能耗低于上年同期2.1%。", -2.1, -1),
            ("客流量稍高于上年4.6%。", 4.6, 1),
        ]
    ),
)
def test_share_after_a_compared_period_is_a_change(text: str, value: float, sign: int) -> None:
    row = one_row(text)
    assert row["value"] == pytest.approx(value)
    assert row["kind"] == Kind.CHANGE_RELATIVE.value
    assert row["sign"] == sign


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            # that period's own level (的), a reference that is no period: a level
            ("优良天数比例高于去年同期的85%。", 85.0),
            ("达标率高于全国平均水平6%。", 6.0),
            ("达标率高于90%。", 90.0),
        ]
    ),
)
def test_other_shares_after_a_comparative_keep_their_kind(text: str, value: float) -> None:
    row = one_row(text)
    assert row["value"] == pytest.approx(value)
    assert row["kind"] != Kind.CHANGE_RELATIVE.value
