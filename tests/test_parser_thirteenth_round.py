"""Classes of report wording of the thirteenth parser round (issue 10), one table per class,
simplified and traditional forms.

The classes were named from the failures of the spent split ``heldout8``: years of the ROC
calendar and abbreviated Western years read as durations (``民国97年``, ``较14年``, a bare
``97年`` in a text that names the ROC calendar, year labels joined by ``及``).  The sentences are
written for these tests (not copied from the corpus); expected values are written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from envindicators.units import extract_quantities


def _units(text: str) -> list[tuple[float, str]]:
    rows = extract_quantities(text)
    return [(float(r["value"]), str(r["unit"])) for _, r in rows.iterrows()]


# --- 1. Years, not durations ------------------------------------------------------------------
YEARS_NOT_DURATIONS = [
    # the ROC calendar named right before the year
    ("环保署今天公布民国98年空气品质监测结果。", []),
    ("環保署今天公布民國98年空氣品質監測結果。", []),
    ("自民国85年测站设置以来浓度最低。", []),
    ("自民國85年測站設置以來濃度最低。", []),
    # a bare 2-digit year in a text that names the ROC calendar elsewhere
    ("民国99年起实施。统计显示98年空气品质良好,98年全国监测结果改善。", []),
    ("民國99年起實施。統計顯示98年空氣品質良好,98年全國監測結果改善。", []),
    # the year a figure is compared with (an abbreviated Western year or an ROC year)
    ("去年人均用水量较15年增加,沿岸水质则较15年恶化。", []),
    ("去年人均用水量較15年增加,沿岸水質則較15年惡化。", []),
    ("噪声水平与16年相若。", []),
    ("噪聲水平與16年相若。", []),
]


@pytest.mark.parametrize(("text", "expected"), YEARS_NOT_DURATIONS)
def test_a_named_or_compared_year_is_no_duration(text: str, expected: list[object]) -> None:
    assert _units(text) == expected


DURATIONS_KEPT = [
    ("民国99年起实施,为期50年的计划,近60年来首次。", [(50.0, "年"), (60.0, "年")]),
    ("民國99年起實施,為期50年的計劃,近60年來首次。", [(50.0, "年"), (60.0, "年")]),
    ("比10年前减少,已持续15年。", [(10.0, "年"), (15.0, "年")]),
    ("比10年前減少,已持續15年。", [(10.0, "年"), (15.0, "年")]),
]


@pytest.mark.parametrize(("text", "expected"), DURATIONS_KEPT)
def test_durations_next_to_a_named_calendar_keep_their_reading(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "比例由95年3.71%及96年3.67%降低至97年2.9%。",
        "比例由95年3.71%和96年3.67%降低至97年2.9%。",
    ],
)
def test_year_labels_joined_by_a_conjunction_are_years(text: str) -> None:
    assert _units(text) == [(3.71, "%"), (3.67, "%"), (2.9, "%")]


@given(
    year=st.integers(50, 99),
    gap=st.text(alphabet="空气品质结果全国监测,", min_size=0, max_size=30),
    script=st.sampled_from(["hans", "hant"]),
)
def test_generated_bare_years_in_a_text_naming_the_roc_calendar_are_no_quantity(
    year: int, gap: str, script: str
) -> None:
    """Whatever stands between them, a bare ``NN年`` (50–99) followed by a noun in a text that
    names the ROC calendar is a year: no quantity of years is read."""
    era = "民国" if script == "hans" else "民國"
    text = f"{era}100年公布。{gap}统计显示{year}年空气品质良好。"
    assert not any(u == "年" for _, u in _units(text))


@given(year=st.integers(10, 99), verb=st.sampled_from(["较", "較", "比", "与", "與"]))
def test_generated_compared_short_years_are_no_quantity(year: int, verb: str) -> None:
    assert _units(f"用水量{verb}{year}年增加。") == []
