"""Classes of report wording of the seventh parser round (issue 10), one table per class,
simplified and traditional forms.

The classes were named from the failures left on the five spent splits of the corpus after
the sixth round: figures in parentheses in flattened tables (``| 3.25(3.76) |``,
``35微克/立方米(38)``, ``高新区(4.33)``: the second figure is a previous period's value or a
target, read and flagged because the text does not say which), an evaluative change of a named
indicator (``二氧化硫…同比改善7.7%``: a concentration improves by falling), the denominator of
a measure written once (``每立方公尺16.2微克,相较108年17.5微克``), shares of a whole without 占
(``排放总量的46.2%``, ``完成年度目标92%``, ``62.4%城市``), an exceedance in % (``超标35%``),
percentage points after a bound (``3个及以上百分点``) and two-digit years labelling the values
of a list (``93年61.2%、94年58%``).  The sentences are written
for these tests (not copied from the corpus); expected values are written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one

from envindicators.units import extract_quantities
from envindicators.units.vocab import Flag

# --- 1. A figure in parentheses after a figure or a name (flattened tables) -----------------
PAIRED_FIGURES = [
    # text, [(value, unit)] of every row, in order
    ("| 东城区 | 4.12(4.57) | 12(30) |", [(4.12, "dimensionless"), (4.57, "dimensionless")]),
    ("| 東城區 | 4.12(4.57) | 12(30) |", [(4.12, "dimensionless"), (4.57, "dimensionless")]),
    ("西湖区3.08（3.41）\n", [(3.08, "dimensionless"), (3.41, "dimensionless")]),
    ("南港區3.08（3.41）\n", [(3.08, "dimensionless"), (3.41, "dimensionless")]),
    ("细颗粒物年均浓度42微克/立方米(47)", [(42.0, "微克/立方米"), (47.0, "微克/立方米")]),
    ("細懸浮微粒年均濃度18微克/立方公尺（20）", [(18.0, "微克/立方米"), (20.0, "微克/立方米")]),
    ("优良天数 | 301天(288) |", [(301.0, "天"), (288.0, "天")]),
    ("良好日數 | 301天(288) |", [(301.0, "天"), (288.0, "天")]),
    ("化学需氧量排放量6.8万吨(7.2)。", [(68000.0, "吨"), (72000.0, "吨")]),
    ("化學需氧量排放量6.8萬噸(7.2)。", [(68000.0, "吨"), (72000.0, "吨")]),
    ("全市综合指数为4.21(4.66),", [(4.21, "dimensionless"), (4.66, "dimensionless")]),
    ("全市綜合指數為4.21(4.66),", [(4.21, "dimensionless"), (4.66, "dimensionless")]),
]


@pytest.mark.parametrize(("text", "rows"), PAIRED_FIGURES)
def test_a_figure_in_parentheses_after_a_figure_is_read_and_flagged(
    text: str, rows: list[tuple[float, str]]
) -> None:
    df = extract_quantities(text)
    assert df["unit"].tolist() == [u for _, u in rows]
    assert df["value"].tolist() == pytest.approx([v for v, _ in rows])
    # the second figure: its unit is not written and the text does not say which is which
    assert Flag.AMBIGUOUS_UNIT.value in _flags(df.iloc[1])


NAMED_VALUES = [
    ("综合指数 | 城南区(5.02)、城北区(4.87)、开发区(4.51) |", [5.02, 4.87, 4.51]),
    ("綜合指數 | 城南區(5.02)、城北區(4.87)、開發區(4.51) |", [5.02, 4.87, 4.51]),
]


@pytest.mark.parametrize(("text", "values"), NAMED_VALUES)
def test_a_decimal_in_parentheses_after_a_name_is_an_index_value_flagged(
    text: str, values: list[float]
) -> None:
    df = extract_quantities(text)
    assert df["value"].tolist() == values
    assert set(df["unit"]) == {"dimensionless"}
    assert all(Flag.AMBIGUOUS_UNIT.value in _flags(r) for _, r in df.iterrows())


NOT_FIGURES = [
    "| 东城区 | 12(30) | 7(9) |",  # ranks and last year's ranks: integers without a unit
    "任务(1)已完成;(2)加强监管",  # enumerators
    "完成5项(2)加强执法",  # an enumerator of the next item, not a figure of 项
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_bare_integers_and_enumerators_in_parentheses_are_not_figures(text: str) -> None:
    df = extract_quantities(text)
    assert not any(r.unit == "项" and r.value == 2 for r in df.itertuples())
    assert not (df["unit"] == "dimensionless").any()


_NAMES = st.sampled_from(["东城区", "西湖区", "南港區", "高新区", "沂水縣", "城关镇"])
_DECIMALS = st.decimals(min_value="0.10", max_value="99.99", places=2).map(str)


@given(_NAMES, _DECIMALS, _DECIMALS, st.sampled_from(["({})", "（{}）"]))
@settings(max_examples=30)
def test_generated_flattened_rows_read_both_values_flagged(
    name: str, v1: str, v2: str, paren: str
) -> None:
    text = f"{name} | {v1}{paren.format(v2)} | 3(5) |\n"
    df = extract_quantities(text)
    assert df["value"].tolist() == [float(v1), float(v2)]  # both values, never the ranks
    assert all(Flag.AMBIGUOUS_UNIT.value in _flags(r) for _, r in df.iterrows())


# --- 2. An evaluative change takes the direction of the indicator named in its sentence --------
EVALUATED = [
    # text, value, sign of the (last) evaluative change
    ("二氧化氮(NO2)31微克/立方米,同比改善6.1%;", -6.1, -1),
    ("二氧化氮(NO2)31微克/立方公尺，同比改善6.1%；", -6.1, -1),
    ("全区综合指数为3.92,同比改善4.4%。", -4.4, -1),
    ("全區綜合指數為3.92，同比改善4.4%。", -4.4, -1),
    ("细颗粒物平均浓度较上年改善8%", -8.0, -1),
    ("細懸浮微粒平均濃度較上年改善8%", -8.0, -1),
    ("臭氧浓度同比恶化2.5%", 2.5, 1),
    ("臭氧濃度同比惡化2.5%", 2.5, 1),
    ("优良天数比例同比改善1.8个百分点", 1.8, 1),
    ("優良天數比例同比改善1.8個百分點", 1.8, 1),
    ("达标率同比恶化0.6个百分点", -0.6, -1),
]


@pytest.mark.parametrize(("text", "value", "sign"), EVALUATED)
def test_an_evaluative_change_takes_the_direction_of_its_indicator(
    text: str, value: float, sign: int
) -> None:
    row = extract_quantities(text).iloc[-1]
    assert (row["value"], row["sign"]) == (pytest.approx(value), sign)
    # the direction is inferred from the indicator, not written: still flagged
    assert Flag.AMBIGUOUS_SIGN.value in _flags(row)


def test_an_evaluative_change_of_an_unnamed_indicator_keeps_sign_zero() -> None:
    for text in ("同比改善10.3%", "年度工作同比好转4%", "整體情況改善12%"):
        row = _one(text)
        assert (row["value"], row["sign"]) == (pytest.approx(abs(row["value"])), 0)
        assert Flag.AMBIGUOUS_SIGN.value in _flags(row)


@given(
    st.sampled_from(["PM10浓度", "二氧化硫濃度", "综合指数", "一氧化碳浓度"]),
    st.sampled_from(["改善", "恶化"]),
    st.decimals(min_value="0.1", max_value="60", places=1).map(str),
)
@settings(max_examples=25)
def test_generated_evaluative_changes_of_concentrations(
    subject: str, verb: str, magnitude: str
) -> None:
    row = _one(f"{subject}同比{verb}{magnitude}%")
    expected = -1 if verb == "改善" else 1  # a concentration or an index improves by falling
    assert row["sign"] == expected
    assert row["value"] == pytest.approx(expected * float(magnitude))
    assert Flag.AMBIGUOUS_SIGN.value in _flags(row)


# --- 3. The denominator of a measure written once, before its value -------------------------
SAME_MEASURE = [
    (
        "年均濃度為每立方公尺16.2微克，相較108年17.5微克，改善1.3微克；",
        [(16.2, "微克/立方米"), (17.5, "微克/立方米"), (-1.3, "微克/立方米")],
    ),
    (
        "年均浓度为每立方米16.2微克,较上年17.5微克,改善1.3微克;",
        [(16.2, "微克/立方米"), (17.5, "微克/立方米"), (-1.3, "微克/立方米")],
    ),
    (
        "每万元产值能耗0.62吨标准煤,下降0.03吨标准煤",
        [(0.62, "吨标准煤/万元"), (-0.03, "吨标准煤/万元")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), SAME_MEASURE)
def test_a_past_value_and_a_change_of_a_measure_take_its_denominator(
    text: str, rows: list[tuple[float, str]]
) -> None:
    df = extract_quantities(text)
    assert df["unit"].tolist() == [u for _, u in rows]
    assert df["value"].tolist() == pytest.approx([v for v, _ in rows])


# --- 4. A share of a whole written without 占 ---------------------------------------------------
SHARES = [
    ("工业源排放量为全省氮氧化物排放总量的46.2%。", [46.2]),
    ("工業源排放量為全省氮氧化物排放總量的46.2%。", [46.2]),
    ("截至年底分别完成年度目标92%、76%和58%,", [92.0, 76.0, 58.0]),
    ("截至年底分別完成年度目標92%、76%和58%，", [92.0, 76.0, 58.0]),
    ("今年上半年62.4%城市空气质量达标", [62.4]),
    ("今年上半年62.4%城市空氣品質達標", [62.4]),
    ("全市82%断面水质达到Ⅲ类", [82.0]),
]


@pytest.mark.parametrize(("text", "values"), SHARES)
def test_a_share_of_a_whole_without_zhan_is_a_ratio(text: str, values: list[float]) -> None:
    df = extract_quantities(text)
    assert df["value"].tolist() == values
    assert set(df["kind"]) == {"ratio"}


NOT_SHARES = [
    "达标天数比例高于85%的城市增加8个",  # a bound of the indicator
    "排污费使用总额达98.8%",  # 总额 + a verb: the value of a rate
    "水质优良比例总体达到70%以上",  # 总体 is "overall"
]


@pytest.mark.parametrize("text", NOT_SHARES)
def test_levels_of_a_share_indicator_stay_levels(text: str) -> None:
    assert extract_quantities(text)["kind"].iloc[0] == "level"


# --- 5. An exceedance written in % (超标60%) ----------------------------------------------------
EXCEEDANCES = [
    ("路边站二氧化氮浓度仍然超标35%,", 35.0),
    ("路邊站二氧化氮濃度仍然超標35%，", 35.0),
    ("臭氧最大8小时浓度超过标准12.5%。", 12.5),
    ("臭氧最大8小時濃度超過標準12.5%。", 12.5),
]


@pytest.mark.parametrize(("text", "value"), EXCEEDANCES)
def test_an_exceedance_in_percent_is_an_exceedance(text: str, value: float) -> None:
    row = extract_quantities(text).iloc[-1]
    assert (row["value"], row["unit"], row["kind"]) == (value, "%", "exceedance_multiple")


def test_a_rate_of_exceedance_stays_a_level() -> None:
    row = _one("监测点位超标率为12.5%")  # the share of samples over the limit
    assert (row["value"], row["kind"]) == (12.5, "level")


# --- 6. A bound written between 个 and 百分点 ----------------------------------------------------
POINTS_AFTER_BOUND = [
    ("优良水体比例提高了3个及以上百分点;", 3.0, "at_least"),
    ("優良水體比例提高了3個及以上百分點；", 3.0, "at_least"),
    ("劣Ⅴ类水体比例下降了2个以上百分点。", -2.0, "at_least"),
    ("劣Ⅴ類水體比例下降了2個以上百分點。", -2.0, "at_least"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), POINTS_AFTER_BOUND)
def test_points_written_after_a_bound_are_points(text: str, value: float, qualifier: str) -> None:
    row = _one(text)  # was a change of 3 个 (a count)
    assert (row["value"], row["unit"], row["qualifier"], row["kind"]) == (
        value,
        "百分点",
        qualifier,
        "change_absolute",
    )


# --- 7. Two-digit years that label the values of a list ----------------------------------------
YEAR_LABELS = [
    ("良好日數比例(93年61.2%、94年58%、95年64.5%)", [61.2, 58.0, 64.5]),
    ("良好天数比例(93年61.2%、94年58%、95年64.5%)", [61.2, 58.0, 64.5]),
    ("降雨量分别为97年1,820毫米,98年1,506毫米", [1820.0, 1506.0]),
]


@pytest.mark.parametrize(("text", "values"), YEAR_LABELS)
def test_two_digit_years_labelling_a_list_are_years(text: str, values: list[float]) -> None:
    df = extract_quantities(text)
    assert df["value"].tolist() == values  # no duration of 93 years
    assert "年" not in set(df["unit"])


def test_two_digit_durations_stay_durations() -> None:
    assert _one("近60年来")["unit"] == "年"
    df = extract_quantities("用了15年50%的任务完成")  # one digit pair, no list of labels
    assert "年" in set(df["unit"])


@given(
    st.lists(st.integers(min_value=80, max_value=99), min_size=2, max_size=4, unique=True),
    st.lists(st.decimals(min_value="1.0", max_value="99.9", places=1), min_size=4, max_size=4),
)
@settings(max_examples=20)
def test_generated_lists_of_year_labels(years: list[int], shares: list[object]) -> None:
    items = "、".join(f"{y}年{v}%" for y, v in zip(years, shares, strict=False))
    df = extract_quantities(f"优良天数比例({items})")
    assert df["unit"].tolist() == ["%"] * len(years)
    assert df["value"].tolist() == [float(str(v)) for v in shares[: len(years)]]


# --- 8. A change whose unit does not fit the level before it ------------------------------------
UNIT_IN_DOUBT = [
    "二氧化氮浓度27微克/立方米,同比下降8.4个百分点;",  # points of a concentration?
    "二氧化氮濃度27微克/立方公尺，同比下降8.4個百分點；",
    "Ⅲ类水质断面23个,同比增加1.3%;",  # 23 / 1.013 = 22.7 sections: points of a share
    "Ⅲ類水質斷面23個，同比增加1.3%；",
]


@pytest.mark.parametrize("text", UNIT_IN_DOUBT)
def test_a_change_that_does_not_fit_the_level_before_is_flagged(text: str) -> None:
    row = extract_quantities(text).iloc[-1]
    assert Flag.AMBIGUOUS_UNIT.value in _flags(row)


UNIT_CLEAR = [
    "受理投诉160件,同比下降20%",  # 160 / 0.8 = 200 complaints: a relative change fits
    "受理投訴160件，同比下降20%",
    "达标率为91%,同比上升2.5个百分点",  # points after a share
]


@pytest.mark.parametrize("text", UNIT_CLEAR)
def test_a_change_that_fits_the_level_before_is_not_flagged(text: str) -> None:
    row = extract_quantities(text).iloc[-1]
    assert Flag.AMBIGUOUS_UNIT.value not in _flags(row)


@given(st.integers(min_value=1, max_value=400), st.integers(min_value=-60, max_value=200))
@settings(max_examples=30)
def test_a_relative_change_computed_from_whole_counts_is_never_flagged(
    before: int, diff: int
) -> None:
    after = before + diff
    if after <= 0:
        return
    pct = round(100 * diff / before, 1)
    verb = "增加" if pct >= 0 else "减少"
    row = extract_quantities(f"共有站点{after}个,同比{verb}{abs(pct)}%").iloc[-1]
    assert Flag.AMBIGUOUS_UNIT.value not in _flags(row)


# --- 9. 星期 is a week ---------------------------------------------------------------------------
WEEKS = [
    ("督查组开展为期一个星期的督查", "一个星期", 1.0),
    ("督查組開展為期一個星期的督查", "一個星期", 1.0),
    ("连续3个星期空气质量优良", "3个星期", 3.0),
    ("連續3個星期空氣品質良好", "3個星期", 3.0),
]


@pytest.mark.parametrize(("text", "span", "value"), WEEKS)
def test_xingqi_is_a_week(text: str, span: str, value: float) -> None:
    row = _one(text)
    assert (row["text"], row["value"], row["unit"]) == (span, value, "周")


def test_a_day_of_the_week_is_no_quantity() -> None:
    assert extract_quantities("星期一上午召开会议").empty


# --- 10. A bound written after a figure and its restatement in parentheses ----------------------
BOUND_AFTER_PARENTHESIS = [
    ("重度污染天数比率控制在0.5%(2天)以内。", "at_most"),
    ("重度污染天數比率控制在 0.5%（2 天）以內。", "at_most"),
    ("优良天数比率达到90%(329天)以上", "at_least"),
    ("優良天數比率達到90%（329天）以上", "at_least"),
]


@pytest.mark.parametrize(("text", "qualifier"), BOUND_AFTER_PARENTHESIS)
def test_a_bound_after_a_parenthesis_applies_to_both_figures(text: str, qualifier: str) -> None:
    df = extract_quantities(text)
    assert len(df) == 2
    assert df["qualifier"].tolist() == [qualifier, qualifier]


# --- 11. Better or worse than a standard or a target (优于/劣于) ---------------------------------
EVALUATIVE_COMPARISONS = [
    ("优良天数比例为88.2%,优于年度目标3.4个百分点", 3.4, "百分点", 1),
    ("優良天數比例為88.2%，優於年度目標3.4個百分點", 3.4, "百分点", 1),
    ("PM10年均浓度为52微克/立方米,优于国家二级标准18微克/立方米", -18.0, "微克/立方米", -1),
    ("PM10年均濃度為52微克/立方公尺，優於國家二級標準18微克/立方公尺", -18.0, "微克/立方米", -1),
    ("细颗粒物浓度劣于考核目标2微克/立方米", 2.0, "微克/立方米", 1),
]


@pytest.mark.parametrize(("text", "value", "unit", "sign"), EVALUATIVE_COMPARISONS)
def test_better_than_a_standard_is_a_difference_flagged(
    text: str, value: float, unit: str, sign: int
) -> None:
    row = extract_quantities(text).iloc[-1]
    assert (row["value"], row["unit"], row["sign"]) == (value, unit, sign)
    assert row["kind"] == "change_absolute"
    # the direction is the indicator's, and the figure might be the standard's own value
    assert {Flag.AMBIGUOUS_SIGN.value, Flag.AMBIGUOUS_REFERENCE.value} <= _flags(row)


NOT_EVALUATIVE_COMPARISONS = [
    "年均浓度略优于前年12.8微克/立方米",  # the value of a past year
    "水质达到或优于Ⅲ类比例为95%",  # part of the indicator's name
    "水质优于Ⅲ类的断面12个",  # a count of what is better
]


@pytest.mark.parametrize("text", NOT_EVALUATIVE_COMPARISONS)
def test_other_uses_of_youyu_stay_levels(text: str) -> None:
    row = _one(text)
    assert (row["kind"], row["sign"]) == ("level", 0)
