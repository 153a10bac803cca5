"""Classes of report wording of the eighth parser round (issue 10), one table per class,
simplified and traditional forms.

The classes were named from the silent wrong values and the weakest classes of ``heldout5``
after its blind measurement: an evaluative change in tenths (``改善近6成``: a change whose
direction is not written), a cap that is tightened (``排放收紧17%``: a cut), an earlier
period's own figure after 高于/低于 (``低于2022年的1.51公斤``: that year's level, not a
difference), ranges written with spaces or with 倍 on both ends (``80%~ 100%``,
``2.5 - 10微米``, ``1倍至1.5倍``), a part of a whole written as a bare number above 1
(``占总任务的805``: the % sign or the decimal point is lost) and units broken by the spaces of
a PDF text layer (``20 μ g/m 3``).  The sentences are written for these tests (not copied from
the corpus); expected values are written out by hand.
"""

from __future__ import annotations

import pytest
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one

from envindicators.units import extract_quantities
from envindicators.units.vocab import Flag

# --- 1. An evaluative change in tenths: the value is read, the direction flagged ------------
EVALUATIVE_TENTHS = [
    # parser round 47: heavy-pollution days improve by falling (a share of bad days named,
    # as 不良比率): the direction is inferred, still flagged
    ("重污染天数较上年改善近4成。", -40.0, "nearly", -1),
    ("重污染天數較上年改善近4成。", -40.0, "nearly", -1),
    ("超标站日数改善了3成", 30.0, "exact", 0),
    ("超標站日數改善了3成", 30.0, "exact", 0),
    ("水质恶化约两成", 20.0, "approx", 0),
    ("水質惡化約兩成", 20.0, "approx", 0),
]


@pytest.mark.parametrize(("text", "value", "qualifier", "sign"), EVALUATIVE_TENTHS)
def test_an_evaluative_change_in_tenths_keeps_its_value_and_flags_its_sign(
    text: str, value: float, qualifier: str, sign: int
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, "%", "change_relative")
    assert row["qualifier"] == qualifier
    assert row["sign"] == sign
    assert Flag.AMBIGUOUS_SIGN.value in _flags(row)


@pytest.mark.parametrize(("text", "value"), [("排放量下降了三成", -30.0), ("排放量增加兩成", 20.0)])
def test_a_change_in_tenths_with_a_written_direction_is_unflagged(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["kind"]) == (value, "change_relative")
    assert Flag.AMBIGUOUS_SIGN.value not in _flags(row)


# --- 2. A cap or a limit that is tightened: a cut ---------------------------------------------
TIGHTENED = [
    ("氮氧化物的排放上限收紧12%", -12.0),
    ("氮氧化物的排放上限收緊12%", -12.0),
    ("颗粒物排放限值收紧了25%。", -25.0),
    ("顆粒物排放限值收緊了25%。", -25.0),
]


@pytest.mark.parametrize(("text", "value"), TIGHTENED)
def test_a_tightened_cap_is_a_relative_cut(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (
        value,
        "%",
        "change_relative",
        -1,
    )


# --- 3. An earlier period's own figure after 高于/低于 …的 ------------------------------------
PERIOD_LEVELS = [
    ("人均每日用水量为162升,低于2019年的170升。", [162.0, 170.0]),
    ("人均每日用水量為162升,低於2019年的170升。", [162.0, 170.0]),
    ("优良天数为311天,高于去年同期的296天", [311.0, 296.0]),
    ("優良天數為311天,高於去年同期的296天", [311.0, 296.0]),
    ("降尘量4.6吨,略低于上年的4.9吨", [4.6, 4.9]),
]


@pytest.mark.parametrize(("text", "values"), PERIOD_LEVELS)
def test_the_figure_of_an_earlier_period_after_a_comparison_is_its_level(
    text: str, values: list[float]
) -> None:
    df = extract_quantities(text)
    assert df["value"].tolist() == pytest.approx(values)
    assert df["kind"].tolist() == ["level", "level"]
    assert df["sign"].tolist() == [0, 0]


@pytest.mark.parametrize(
    "text", ["浓度低于全省平均水平3.2微克/立方米", "濃度低於2020年3.2微克/立方米"]
)
def test_a_difference_to_a_reference_without_of_stays_a_difference(text: str) -> None:
    row = _one(text)
    assert (row["value"], row["kind"], row["sign"]) == (-3.2, "change_absolute", -1)


# --- 4. Ranges written with spaces, or with 倍 on both ends ----------------------------------
RANGES = [
    ("达标率在 70%~ 90%之间", 70.0, 90.0, "%"),
    ("達標率在 70%~ 90%之間", 70.0, 90.0, "%"),
    ("粒径介于0.5 - 2.5微米的颗粒", 0.5, 2.5, "微米"),
    ("粒徑介於0.5 - 2.5微米的顆粒", 0.5, 2.5, "微米"),
    ("年均浓度为30 ~ 45微克/立方米", 30.0, 45.0, "微克/立方米"),
    ("是国家标准的2倍至3倍", 2.0, 3.0, "dimensionless"),
    ("是國家標準的2倍至3倍", 2.0, 3.0, "dimensionless"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), RANGES)
def test_a_range_with_spaces_or_a_repeated_multiple_is_one_range(
    text: str, low: float, high: float, unit: str
) -> None:
    row = _one(text)
    assert (row["low"], row["high"], row["unit"], row["qualifier"]) == (low, high, unit, "range")


@pytest.mark.parametrize(
    ("text", "values"),
    [("温度为 5 -3 度", [5.0, -3.0]), ("气温5 -3摄氏度", [5.0, -3.0])],
)
def test_a_space_before_a_bare_minus_is_not_a_range(text: str, values: list[float]) -> None:
    df = extract_quantities(text)
    assert "range" not in df["qualifier"].tolist()


# --- 5. A part of a whole written as a bare number above 1 ------------------------------------
BARE_SHARES = [
    ("完成改造310户,占全年任务的925,进展顺利", 925.0),
    ("完成改造310戶,佔全年任務的925,進展順利", 925.0),
    ("燃煤电厂占比为64", 64.0),
]


@pytest.mark.parametrize(("text", "value"), BARE_SHARES)
def test_a_share_without_unit_above_one_is_flagged(text: str, value: float) -> None:
    df = extract_quantities(text)
    row = df[df["kind"] == "ratio"].iloc[0]
    assert row["value"] == value
    assert Flag.SUSPECT_NUMBER.value in _flags(row)


@pytest.mark.parametrize("text", ["占全市面积的0.35", "占总量的三分之一", "占全国的27%"])
def test_a_share_of_at_most_one_or_with_its_unit_is_not_suspect(text: str) -> None:
    assert Flag.SUSPECT_NUMBER.value not in _flags(_one(text))


# --- 6. Units broken by the spaces of a PDF text layer ---------------------------------------
SPACED_UNITS = [
    ("二氧化氮浓度为31 μ g/m3,同比下降", 31.0, "μg/m3"),
    ("二氧化氮濃度為31 μ g/m3,同比下降", 31.0, "μg/m3"),
    ("细颗粒物浓度为42 μ g/m 3,同比持平", 42.0, "μg/m3"),
    ("細懸浮微粒濃度為42 μ g/m 3,同比持平", 42.0, "μg/m3"),
    ("一氧化碳浓度为1.4 mg/m 3。", 1.4, "mg/m3"),
    ("粒径小于2.5 μ m的颗粒物", 2.5, "μm"),
]


@pytest.mark.parametrize(("text", "value", "unit"), SPACED_UNITS)
def test_a_unit_broken_by_spaces_is_read_whole(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"]) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "浓度为26 mg/m 35个点位",  # 35 is a figure, not an exponent
        "长5 m 3处",  # a numerator's lone digit is not glued
        "面积为5 m 2.5公顷",  # a decimal after the space is a figure
    ],
)
def test_a_digit_after_a_spaced_unit_is_glued_only_as_a_lone_exponent(text: str) -> None:
    units = extract_quantities(text)["unit"].tolist()
    assert units[0] in ("m", "mg/m")
    assert not {"m2", "m3", "mg/m3"} & set(units)


# --- 7. A concentration that changes by 百分点 -----------------------------------------------
POINTS_OF_CONCENTRATION = [
    ("二氧化氮平均浓度同比上升4.6个百分点;", 4.6, True),
    ("二氧化氮平均濃度同比上升4.6個百分點;", 4.6, True),
    ("臭氧浓度较上年下降1.8个百分点", -1.8, True),
    ("PM2.5浓度达标率同比上升2.2个百分点", 2.2, False),  # a rate of a concentration: a share
    ("PM2.5濃度達標率同比上升2.2個百分點", 2.2, False),
    ("优良天数比例同比上升2.2个百分点", 2.2, False),
]


@pytest.mark.parametrize(("text", "value", "flagged"), POINTS_OF_CONCENTRATION)
def test_a_concentration_changing_by_points_keeps_its_unit_and_is_flagged(
    text: str, value: float, flagged: bool
) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, "百分点", "change_absolute")
    assert (Flag.AMBIGUOUS_UNIT.value in _flags(row)) is flagged


# --- 8. 为 right after a verb of motion is 到: the level reached -----------------------------
REACHED_LEVELS = [
    ("年均浓度下降为27微克/立方米。", 27.0, "微克/立方米"),
    ("年均濃度下降為27微克/立方米。", 27.0, "微克/立方米"),
    ("污水处理厂增加为14座", 14.0, "座"),
    ("污水處理廠增加為14座", 14.0, "座"),
]


@pytest.mark.parametrize(("text", "value", "unit"), REACHED_LEVELS)
def test_a_verb_of_motion_before_wei_reaches_a_level(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (value, unit, "level", 0)


@pytest.mark.parametrize(("text", "value"), [("降幅为13.3%", -13.3), ("同比下降13.3%", -13.3)])
def test_a_change_noun_before_wei_stays_a_change(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["kind"]) == (value, "change_relative")
