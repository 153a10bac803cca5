"""A change of a share written in % read as percentage points where the two shares beside it
say so (``extract._points.points_from_levels``, used by ``read_report``; issue 13, hand check
33 row 83)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._points import points_from_levels
from envindicators.units import extract_quantities


def _last(sentence: str) -> pd.Series:
    q = extract_quantities(sentence).assign(sent_start=0)
    return points_from_levels(sentence, q).iloc[-1]


POINTS = [
    # level, reference after a comparison word, change straight after it
    ("2020年全市空气质量优良天数比例为64.5%，较去年同期56.7%提升7.8%。", "提升7.8%", 7.8),
    ("去年的废物资源回收率仅有16.8%，较2018年的22.1%下跌多达5.3%。", "下跌多达5.3%", -5.3),
    ("上半年一般废弃物回收率53.27%，也较全国平均56.87%下降3.6%。", "下降3.6%", -3.6),
    ("109年空气品质良好日数比例为64.3%，相较104年37.8%上升26.5%。", "上升26.5%", 26.5),
    ("优良天数比例为96.8%，比2014年90.3%提升6.5%。", "提升6.5%", 6.5),
    # the level is not the nearest share: parts stand between (分别为…和…)
    ("不良比例为5.4%，主要污染物比例分别为1.5%和3.9%，相较104年13.8%下降8.4%。", "下降8.4%", -8.4),
]


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize(("sentence", "written", "value"), POINTS)
def test_a_change_that_is_the_difference_of_the_two_shares_is_in_points(
    sentence: str, written: str, value: float, traditional: bool
) -> None:
    text = to_traditional(sentence) if traditional else sentence
    row = _last(text)
    assert row["kind"] == "change_absolute"
    assert row["unit"] == "百分点"
    assert row["value"] == pytest.approx(value)
    assert "ambiguous_unit" in row["warnings"]  # written in %: the reading is inferred


NOT_POINTS = [
    # the relative change fits: 20/16 − 1 = 25 %
    "比例为20.0%，较上年的16.0%上升25.0%。",
    # both readings fit within the written decimals (51/50.5 − 1 ≈ 1.0 %, 51 − 50.5 = 0.5)
    "回收率为51%，较112年同期50.5%提升0.5%。",
    # neither fits: left as written, flagged
    "比例为70.0%，较上年60.0%上升3.0%。",
    # the sign contradicts the two shares (a rise where the level fell)
    "比例为56.7%，较去年同期64.5%提升7.8%。",
    # no word of comparison before the second share: two shares of a list, then a change
    "比例分别为64.5%、56.7%，同比提升7.8%。",
    # the second share is in another sentence
    "比例为64.5%。较去年同期56.7%提升7.8%。",
]


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("sentence", NOT_POINTS)
def test_a_change_the_shares_do_not_settle_is_left_as_written(
    sentence: str, traditional: bool
) -> None:
    text = to_traditional(sentence) if traditional else sentence
    q = extract_quantities(text)
    sent = q["start"].map(lambda s: text.rfind("。", 0, s) + 1)
    got = points_from_levels(text, q.assign(sent_start=sent))
    pd.testing.assert_frame_equal(got, q.assign(sent_start=sent))


def test_a_change_in_points_written_as_such_is_untouched() -> None:
    text = "比例为64.5%，较去年同期56.7%提高7.8个百分点。"
    q = extract_quantities(text).assign(sent_start=0)
    pd.testing.assert_frame_equal(points_from_levels(text, q), q)


@pytest.mark.parametrize("traditional", [False, True])
def test_read_report_writes_the_change_in_points(traditional: bool) -> None:
    text = "2021年1月，全市空气质量优良天数比例为64.5%，较去年同期56.7%提升7.8%。"
    text = to_traditional(text) if traditional else text
    rows = read_report(text).figures()
    row = rows[rows["value_text"].str.endswith("7.8%")].iloc[0]
    assert row["kind"] == "change_absolute"
    assert row["unit"] == "percentage_point"
    assert row["value"] == pytest.approx(7.8)
    assert row["indicator"] == "good_air_days_share"


@given(
    a=st.integers(min_value=10, max_value=990),
    b=st.integers(min_value=10, max_value=990),
)
def test_points_exactly_when_only_the_difference_fits(a: int, b: int) -> None:
    """Shares with one decimal, the change written as their difference: read in points
    unless the relative change of the two shares also rounds to it (then left flagged)."""
    if a == b:
        return
    la, lb, d = a / 10, b / 10, abs(a - b) / 10
    verb = "上升" if a > b else "下降"
    text = f"比例为{la:.1f}%，较上年{lb:.1f}%{verb}{d:.1f}%。"
    row = _last(text)
    rel_lo = 100 * ((la - 0.05) / (lb + 0.05) - 1)
    rel_hi = 100 * ((la + 0.05) / (lb - 0.05) - 1)
    signed = d if a > b else -d
    relative_fits = rel_lo - 0.05 - 1e-9 <= signed <= rel_hi + 0.05 + 1e-9
    assert (row["kind"] == "change_absolute") == (not relative_fits)
    assert row["value"] == pytest.approx(signed)
