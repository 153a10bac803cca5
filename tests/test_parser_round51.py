"""Parser round 51 (branch read40): classes left on all 28 spent splits, by class.

Issue 10.  Each class tested in both scripts with sentences written for the tests (not copied
from the corpus) and with the negatives the rules must leave alone: a bare number after a
statistic and its copula (第98%值为44) takes the unit of the same statistic written with a unit
earlier in its sentence (年平均值为15.8μg/m3), flagged — never a confident plain number; a share
followed by 权重 is a weight in a ranking (改善率各占50%权重), a ratio, not a change; and a range
of two figures with any range mark (~ ～ 〜 - — 至), the second carrying the unit, is read as
both figures, never glued into one number (a property over generated ranges); an evaluative
change (改善, 加严, 放宽) with no indicator named takes the direction of its own unit when that
unit improves by falling (a sound level in 分贝, a concentration), flagged; a bare concentration
(浓度为35) is flagged; a bare figure after a verb of change right after an index's bare value
(综合指数为3.32,同比下降0.09) is that index's change, dimensionless.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.parser_rows import flags, span_rows
from tests.scripts import both_scripts, to_traditional

from envindicators.units import extract_quantities

# --- 1. a bare number under a measure whose unit an earlier clause names -----------------------
MEASURE_UNIT_BEFORE = [
    ("手动测站PM2.5年平均值为15.8μg/m3,24小时第98%值为44,与去年持平。", "44", 44.0, "μg/m3"),
    ("站点PM10年均浓度为52微克/立方米,臭氧浓度为150。", "150", 150.0, "微克/立方米"),
    ("降尘量平均值为3.7吨/平方公里/月,最大值为5.2,均符合标准。", "5.2", 5.2, "吨/平方公里/月"),
    ("二氧化硫第98百分位数为20微克/立方米,二氧化氮第98百分位数为35。", "35", 35.0, "微克/立方米"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), both_scripts(MEASURE_UNIT_BEFORE))
def test_a_bare_value_of_a_measure_with_a_unit_takes_it_flagged(
    text: str, span: str, value: float, unit: str
) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0] == span]
    assert len(got) == 1, (text, rows)
    assert got[0][1] == value, (text, rows)
    assert got[0][2] == unit, (text, rows)
    assert "ambiguous_unit" in got[0][6].split(";"), (text, rows)


BARE_CONCENTRATIONS = [
    ("PM2.5浓度为35,同比下降5。", "35"),
    ("监测点二氧化氮浓度为28,达到标准。", "28"),
]


@pytest.mark.parametrize(("text", "span"), both_scripts(BARE_CONCENTRATIONS))
def test_a_bare_concentration_is_flagged(text: str, span: str) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0] == span]
    assert len(got) == 1, (text, rows)
    assert "ambiguous_unit" in got[0][6].split(";"), (text, rows)


MEASURE_UNIT_NEGATIVES = [
    # a measure with no unit of its own keeps its bare value, unflagged
    ("PM2.5年平均值为35微克/立方米,AQI值为85。", "85"),
    ("年平均值为35微克/立方米,超标倍数为0.2。", "0.2"),
    ("地表水年均浓度为0.5毫克/升,pH值为7.5。", "7.5"),
    # the unit is in another sentence: nothing carries it over
    ("PM2.5年平均值为35微克/立方米。第98%值为44。", "44"),
    # another statistic before (a rate, a share): no unit to carry
    ("达标率为95%,平均值为44。", "44"),
    # the earlier figure names another statistic (浓度 … 值)
    ("PM2.5浓度为35微克/立方米,指标值为44。", "44"),
]


@pytest.mark.parametrize(("text", "span"), both_scripts(MEASURE_UNIT_NEGATIVES))
def test_a_bare_value_without_its_measure_unit_before_stays_plain(text: str, span: str) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0] == span]
    assert len(got) == 1, (text, rows)
    assert got[0][2] == "dimensionless", (text, rows)
    assert "ambiguous_unit" not in got[0][6].split(";"), (text, rows)


# --- 2. a share followed by 权重: a weight in a ranking, a ratio -------------------------------
WEIGHTS = [
    ("按照综合指数和综合指数改善率各占50%权重进行排名。", "50%", 50.0),
    ("依PM2.5浓度下降率占40%权重评分。", "40%", 40.0),
    ("考核时改善幅度占30%的权重。", "30%", 30.0),
    ("各项指标各占30%、30%和40%的权重进行排名。", "40%", 40.0),
]


@pytest.mark.parametrize(("text", "span", "value"), both_scripts(WEIGHTS))
def test_a_share_before_a_weight_is_an_unsigned_ratio(text: str, span: str, value: float) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0].endswith(span)]
    assert len(got) == 1, (text, rows)
    assert got[0][1] == value, (text, rows)
    assert got[0][4] == "ratio", (text, rows)
    assert got[0][5] == 0, (text, rows)


WEIGHT_NEGATIVES = [
    # no weight after the share: the change word keeps its reading
    ("综合指数改善率下降50%。", "50%", -50.0, "change_relative"),
    ("PM2.5浓度同比下降12%,权重较大。", "12%", -12.0, "change_relative"),
    ("优良天数比例为80%。", "80%", 80.0, "level"),
]


@pytest.mark.parametrize(("text", "span", "value", "kind"), both_scripts(WEIGHT_NEGATIVES))
def test_a_share_without_a_weight_keeps_its_kind(
    text: str, span: str, value: float, kind: str
) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0].endswith(span)]
    assert len(got) == 1, (text, rows)
    assert got[0][1] == value, (text, rows)
    assert got[0][4] == kind, (text, rows)


# --- 3. ranges: both figures, every range mark, never glued -------------------------------------
RANGE_MARKS = ["~", "～", "〜", "-", "—", "至"]
RANGE_UNITS = ["%", "％", "微克/立方米", "万吨", "公顷", "个", "毫克/升"]
RANGE_LEADS = ["达标率为", "浓度介于", "面积约", "全市共", "范围为", ""]


@st.composite
def written_range(draw: st.DrawFn) -> tuple[str, float, float, float | None]:
    """A sentence with a range of two figures, the second carrying the unit: the text, both
    figures' values and the one number their digits would make glued (None if none)."""
    # figures below 1,000: two 4-digit integers joined by a mark (1900-1901) are years
    lo_tenths = draw(st.integers(1, 9_989))
    hi_tenths = draw(st.integers(lo_tenths + 1, 9_999))
    decimals = draw(st.booleans())
    lo = lo_tenths / 10 if decimals else float(lo_tenths // 10 + 1)
    hi = hi_tenths / 10 if decimals else float(hi_tenths // 10 + 1)
    if hi <= lo:
        hi = lo + 1
    mark = draw(st.sampled_from(RANGE_MARKS))
    gap = draw(st.sampled_from(["", " "])) if mark in "~～〜" else ""
    unit = draw(st.sampled_from(RANGE_UNITS))
    lead = draw(st.sampled_from(RANGE_LEADS))
    text = f"{lead}{lo:g}{gap}{mark}{gap}{hi:g}{unit}。"
    if draw(st.booleans()):
        text = to_traditional(text)
    scale = 10_000.0 if unit == "万吨" else 1.0
    joined = f"{lo:g}{hi:g}"
    glued = float(joined) * scale if joined.count(".") <= 1 else None
    return text, lo * scale, hi * scale, glued


@settings(max_examples=300, deadline=None, derandomize=True)
@given(case=written_range())
def test_a_range_is_both_figures_or_flagged_never_glued(
    case: tuple[str, float, float, float | None],
) -> None:
    text, lo, hi, glued = case
    df = extract_quantities(text)
    assert len(df) >= 1, text
    for r in df.itertuples(index=False):
        for v in (r.value, r.low, r.high):
            # never one number made of both figures' digits (83.3~100% read 83.3100 %)
            assert glued is None or not (v == v and math.isclose(v, glued)), (text, df.to_dict())
    row = df.iloc[0]
    both = math.isclose(row["low"], lo) and math.isclose(row["high"], hi)
    doubt = row["confidence"] != "high" or bool(flags(row) - {"range"})  # every range has "range"
    assert both or doubt, (text, df.to_dict("records"))


RANGES = [
    ("水质达标率为83.3~100%。", 83.3, 100.0, "%"),
    ("达标率为83.3～100%。", 83.3, 100.0, "%"),
    ("达标率为83.3〜100%。", 83.3, 100.0, "%"),
    ("达标率为83.3-100%。", 83.3, 100.0, "%"),
    ("达标率为83.3—100%。", 83.3, 100.0, "%"),
    ("达标率为83.3至100%。", 83.3, 100.0, "%"),
    ("PM2.5浓度在18~28微克/立方米之间。", 18.0, 28.0, "微克/立方米"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), both_scripts(RANGES))
def test_a_range_with_the_unit_after_its_second_figure(
    text: str, low: float, high: float, unit: str
) -> None:
    df = extract_quantities(text)
    assert len(df) == 1, (text, df.to_dict("records"))
    row = df.iloc[0]
    assert (row["low"], row["high"], row["unit"], row["qualifier"]) == (low, high, unit, "range")


# --- 4. an evaluative change in a unit that improves by falling, no indicator named -----------
UNIT_DIRECTIONS = [
    ("公告新的管制标准。\n各类场所的新标准值都加严3分贝。", "3分贝", -3.0, -1),
    ("新标准加严3分贝,等于噪音能量要降低一半。", "3分贝", -3.0, -1),
    ("今年同比改善5微克/立方米。", "5微克/立方米", -5.0, -1),
    ("限值放宽2分贝。", "2分贝", 2.0, 1),
    ("夜间改善1.5分贝。", "1.5分贝", -1.5, -1),
]


@pytest.mark.parametrize(("text", "span", "value", "sign"), both_scripts(UNIT_DIRECTIONS))
def test_an_evaluative_change_in_a_falling_unit_takes_its_direction_flagged(
    text: str, span: str, value: float, sign: int
) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0].endswith(span)]
    assert len(got) == 1, (text, rows)
    assert (got[0][1], got[0][5]) == (value, sign), (text, rows)
    assert "ambiguous_sign" in got[0][6].split(";"), (text, rows)


UNIT_DIRECTION_NEGATIVES = [
    # a unit that says nothing of the direction: the sign stays 0, flagged
    ("排放标准加严20%。", "20%", 20.0),
    ("今年改善12天。", "12天", 12.0),
    # the indicator named before decides, not the unit (a share of good days rises)
    ("优良天数比例改善3个百分点。", "3个百分点", 3.0),
]


@pytest.mark.parametrize(("text", "span", "value"), both_scripts(UNIT_DIRECTION_NEGATIVES))
def test_an_evaluative_change_in_another_unit_keeps_its_reading(
    text: str, span: str, value: float
) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0].endswith(span)]
    assert len(got) == 1, (text, rows)
    assert got[0][1] == value, (text, rows)
    assert "ambiguous_sign" in got[0][6].split(";"), (text, rows)


# --- 5. a bare change of an index whose bare value ends the clause before ----------------------
INDEX_CHANGES = [
    ("综合指数为3.32,同比下降0.09,首要污染物为臭氧。", "0.09", -0.09, -1),
    ("空气质量综合指数为4.32,同比上升0.15。", "0.15", 0.15, 1),
    ("全市综合指数为4.32,较去年下降0.2;", "0.2", -0.2, -1),
    ("AQI为85,同比下降5。", "下降5", -5.0, -1),
]


@pytest.mark.parametrize(("text", "span", "value", "sign"), both_scripts(INDEX_CHANGES))
def test_a_bare_change_after_an_index_value_is_the_index_change(
    text: str, span: str, value: float, sign: int
) -> None:
    rows = span_rows(text)
    got = [r for r in rows if r[0].endswith(span)]
    assert len(got) == 1, (text, rows)
    assert got[0][1:6] == (value, "dimensionless", "exact", "change_absolute", sign), (text, rows)


INDEX_CHANGE_NEGATIVES = [
    # no verb of change: a rank, a count, read as before
    ("综合指数为3.32,排名第5。", ["3.32"]),
    ("综合指数为3.32,全市共有5个。", ["3.32", "5个"]),
    # a unit written: the figure keeps it
    ("综合指数为3.32,同比下降0.09个百分点。", ["3.32", "同比下降0.09个百分点"]),
    # the value before has a unit or is no index's: no change read from a bare figure
    ("PM2.5浓度为35微克/立方米,同比下降5。", ["35微克/立方米"]),
    ("达标天数为300,同比增加5。", ["300"]),
]


@pytest.mark.parametrize(("text", "spans"), both_scripts(INDEX_CHANGE_NEGATIVES))
def test_a_bare_figure_without_an_index_value_before_is_not_its_change(
    text: str, spans: list[str]
) -> None:
    assert [r[0] for r in span_rows(text)] == spans, (text, span_rows(text))
