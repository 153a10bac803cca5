"""Parser round 43 (branch read32): ``heldout24``'s failures (issue 10).

The classes of the spent split's failures, each tested in both scripts with sentences written
for the tests (not copied from the corpus) and with the negative cases the rules must leave
alone: the 达成率 of a water-quality item (a share of samples meeting the standard, a level)
against the 达成率 of a plan or a target (a ratio).
"""

from __future__ import annotations

import pytest
from tests.scripts import both_scripts

from envindicators.units import extract_quantities


def _kinds(text: str) -> list[tuple[str, str]]:
    df = extract_quantities(text)
    return [(str(r.text), str(r.kind)) for r in df.itertuples(index=False)]


# --- 2. 达成率 of a water-quality item: a level; of a plan or a target: a ratio -----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            (
                "甲溪流域DO达成率均为100%,BOD达成率介于60.5~72.0%。",
                [("100%", "level"), ("60.5~72.0%", "level")],
            ),
            (
                "乙河氨氮达成率为88.4%,SS达成率介于70.0~95.0%。",
                [("88.4%", "level"), ("70.0~95.0%", "level")],
            ),
            (
                "镉、铅、锌、汞达成率为100%,而铜达成率则介于40.2~55.1%。",
                [("100%", "level"), ("40.2~55.1%", "level")],
            ),
            ("丙溪重金属方面,达成率为100%。", [("100%", "level")]),
            ("全流域水质整体BOD达成率为81%。", [("81%", "level")]),
        ]
    ),
)
def test_water_item_achievement_rate_is_a_level(text: str, expected: list[tuple[str, str]]) -> None:
    got = _kinds(text)
    for item in expected:
        assert any(t.endswith(item[0]) and k == item[1] for t, k in got), (text, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("截至年底,整体进度达成率为96%。", [("96%", "ratio")]),
            ("各项指标目标达成率均已大于100%。", [("100%", "ratio")]),
            ("其余策略达成率均可达80%。", [("80%", "ratio")]),
            ("推动方面,达成率为90%。", [("90%", "ratio")]),
            ("今年整改完成率为97%。", [("97%", "ratio")]),
            ("BOD监测计划完成率为75%。", [("75%", "ratio")]),
        ]
    ),
)
def test_plan_achievement_rate_stays_a_ratio(text: str, expected: list[tuple[str, str]]) -> None:
    got = _kinds(text)
    for item in expected:
        assert any(t.endswith(item[0]) and k == item[1] for t, k in got), (text, got)


# --- 3. a count of days then 内: a time limit, days at most; a date stays skipped -------------
@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("民众发现违规后15日内可以检举。", [(15.0, "at_most")]),
            ("业者应于3日以内提出改善计划。", [(3.0, "at_most")]),
            ("须在5日之内完成整改。", [(5.0, "at_most")]),
        ]
    ),
)
def test_days_then_within_is_a_time_limit(text: str, expected: list[tuple[float, str]]) -> None:
    df = extract_quantities(text)
    got = [(float(r.value), str(r.qualifier)) for r in df.itertuples(index=False)]
    assert got == expected, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        t
        for c in both_scripts(
            [
                ("会议于12月15日内举行。",),
                ("本月15日召开会议。",),
                ("并于次月10日内提报调查结果。",),
                ("15日内部会议通过方案。",),
            ]
        )
        for t in c
    ],
)
def test_day_of_month_stays_skipped(text: str) -> None:
    df = extract_quantities(text)
    assert df.empty, (text, df[["text", "value"]].values.tolist())


# --- 1. a pipe cell holding one integer whose thousands are parted by a space -----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            (
                "类别 | 2006年(宗) | 2007年(宗) |\n---|---|---|\n空气 | 13 264 | 14 304 |\n"
                "其他 | 220 | 191 |\n",
                [13264.0, 14304.0, 220.0, 191.0],
            ),
            (
                "| 区域 | 处理量(吨) |\n|---|---|\n| 东区 | 1 250 |\n| 西区 | 2 003 400 |\n",
                [1250.0, 2003400.0],
            ),
        ]
    ),
)
def test_pipe_cell_spaced_thousands_is_one_figure(text: str, expected: list[float]) -> None:
    df = extract_quantities(text)
    assert [float(v) for v in df.value] == expected, df[["text", "value"]].values.tolist()


@pytest.mark.parametrize(
    "text",
    [
        t
        for c in both_scripts(
            [
                ("| 区域 | 处理量(吨) |\n|---|---|\n| 东区 | 12 25 |\n",),  # not groups of three
                ("| 区域 | 处理量(吨) |\n|---|---|\n| 东区 | 1 2500 |\n",),
            ]
        )
        for t in c
    ],
)
def test_pipe_cell_other_spaced_digits_not_joined(text: str) -> None:
    df = extract_quantities(text)
    assert not any(float(v) in (1225.0, 12500.0) for v in df.value), df[
        ["text", "value"]
    ].values.tolist()


@pytest.mark.parametrize(
    ("header", "kind"),
    both_scripts(
        [
            ("数目转变百分比(%)", "change_relative"),
            ("数目变动百分比(%)", "change_relative"),
            ("所占百分比(%)", "level"),
        ]
    ),
)
def test_change_percentage_header(header: str, kind: str) -> None:
    text = (
        f"| 类别 | 2007年(宗) | {header} |\n|---|---|---|\n"
        "| 空气 | 1 264 | 8.0 |\n| 水质 | 220 | -3.5 |\n"
    )
    df = extract_quantities(text)
    got = [str(k) for u, k in zip(df.unit, df.kind, strict=True) if u == "%"]
    assert got == [kind, kind], df[["text", "kind"]].values.tolist()
