"""A measure's head alone in a series of objects takes the object of the clause before it
(issue 13; branch bare23).

``二氧化硫排放总量1214吨，削减率达25.9%，化学需氧量排放总量1620吨，削减率达3.4%``: each object
is followed by figures of its own, so the second 削减率 is 化学需氧量's.  Without such a
series (two objects named one after the other, then the head) which object the head is of
is a guess, and the phrase stays flagged (phrase13b's rule); a clause between that names no
object leaves the head without one.
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.units import to_simplified


def _obs(text: str):  # type: ignore[no-untyped-def]
    return read_report(text, source="gen.txt").observations


def _row(text: str, number: float):  # type: ignore[no-untyped-def]
    obs = _obs(text)
    rows = obs[obs["value"].round(4) == number]
    assert len(rows), obs[["value", "subject"]]
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("text", "number", "subject"),
    [
        (
            "全年二氧化硫排放总量1214吨，削减率达25.9%，化学需氧量排放总量1620吨，削减率达3.4%。",
            3.4,
            "化学需氧量削减率",
        ),
        (
            "全年二氧化硫排放总量1214吨，削减率达25.9%，化学需氧量排放总量1620吨，削减率达3.4%。",
            25.9,
            "二氧化硫削减率",
        ),
        (
            "2020年，粉煤灰产生量为860万吨，综合利用率为80%，炉渣产生量为300万吨，"
            "综合利用率为62%。",
            62,
            "炉渣综合利用率",
        ),
        (
            "去年全市尾矿产生量120万吨，处置率为15%，煤矸石产生量80万吨，处置率为40%。",
            40,
            "煤矸石处置率",
        ),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_head_in_a_series_takes_the_object_before_it(
    text: str, number: float, subject: str, script: str
) -> None:
    written = text if script == "simplified" else to_traditional(text)
    row = _row(written, number)
    assert to_simplified(row["subject"]) == subject
    assert row["indicator"].startswith("proposed_")
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])
    assert "object taken from an earlier clause" in row["note"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # two objects one after the other, then the head: both slags' rate, or the second's?
        ("2019年，炉渣产生量为860万吨，钢渣产生量为500万吨，综合利用率为81.5%。", 81.5),
        # a clause naming no object between: the head is of neither
        (
            "全年二氧化硫排放总量1214吨，削减率达25.9%，化学需氧量排放总量1620吨，削减率达3.4%，"
            "万元GDP能耗为0.91吨标准煤，削减率为19.61%。",
            19.61,
        ),
    ],
)
def test_a_head_outside_a_series_stays_flagged(text: str, number: float) -> None:
    row = _row(text, number)
    assert to_simplified(row["subject"]) in ("综合利用率", "削减率")
    assert "names no object" in row["note"]
    assert bool(row["needs_review"])
