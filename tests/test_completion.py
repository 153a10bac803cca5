"""Task-ledger completion rates and the inference of a reported rate's definition."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators import datasets
from envindicators.analytics.completion import (
    COMPLETED,
    completion_rate,
    infer_rate_definition,
    summary_rate_definitions,
)
from envindicators.errors import ModelValidationError
from envindicators.model import Task, TaskStatus

S = TaskStatus


# -- worked examples from the seeds ------------------------------------------------------
def test_shanxi_82_tasks_59_completed() -> None:
    """Seed 003: 82项整改任务已完成整改59项,其余23项均按序时进度推进."""
    counts = {"已完成整改": 59, "按序时进度推进": 23}
    assert completion_rate(counts) == pytest.approx(59 / 82)  # 0.7195
    assert completion_rate(counts, [S.COMPLETED, S.ON_SCHEDULE]) == 1.0


def test_gansu_62_tasks_reported_79_percent() -> None:
    """Seed 002: 62项, 已完成18项, 基本完成22项, 达到序时进度9项, 完成率达到79%."""
    counts = {"已完成": 18, "基本完成": 22, "达到序时进度": 9}
    defs = infer_rate_definition(counts, 79, total=62)
    assert len(defs) == 1
    (d,) = defs
    assert d.statuses == {S.COMPLETED, S.BASICALLY_COMPLETED, S.ON_SCHEDULE}
    assert (d.counted, d.total) == (49, 62)
    assert d.rate == pytest.approx(49 / 62)  # 0.790322…
    assert d.cumulative
    assert d.codes == ("completed", "basically_completed", "on_schedule")
    # the narrow readings do not reproduce 79 %
    assert completion_rate(counts, total=62) == pytest.approx(18 / 62)  # 29 %
    assert completion_rate(counts, [S.COMPLETED, S.BASICALLY_COMPLETED], total=62) == (
        pytest.approx(40 / 62)
    )  # 64.5 %


def test_liaoning_58_tasks() -> None:
    """Seed 000: 13项基本完成整改, 38项按照序时进度有序推进, 2项全面实施, 5项尚未达到序时进度."""
    counts = {
        "基本完成整改": 13,
        "按照序时进度有序推进": 38,
        "全面实施": 2,
        "尚未达到序时进度": 5,
    }
    assert completion_rate(counts) == 0.0  # nothing 已完成
    assert completion_rate(counts, [S.BASICALLY_COMPLETED]) == pytest.approx(13 / 58)
    at_least_on_schedule = [S.BASICALLY_COMPLETED, S.FULLY_IMPLEMENTED, S.ON_SCHEDULE]
    assert completion_rate(counts, at_least_on_schedule) == pytest.approx(53 / 58)  # 91.4 %
    # had the report said 91%, the definition would be "on schedule or better"
    (d,) = infer_rate_definition(counts, 91)
    assert d.statuses == set(at_least_on_schedule)
    assert d.cumulative


def test_rates_from_tasks_and_frames() -> None:
    tasks = [
        Task(status="已完成整改", region="A"),
        Task(status="正在推进整改", region="A"),
        Task(status="已完成整改", region="B"),
        Task(status=None, region="B", deadline_text="2020年底前"),  # a plan item: no status
    ]
    assert completion_rate(tasks) == pytest.approx(2 / 3)  # tasks without status left out
    df = Task.to_frame(tasks)
    assert completion_rate(df) == pytest.approx(2 / 3)
    assert completion_rate(df["status"]) == pytest.approx(2 / 3)
    by = completion_rate(df, by="region")
    assert by.to_dict() == {"A": 0.5, "B": 1.0}


def test_bad_counts_are_refused() -> None:
    with pytest.raises(ModelValidationError) as exc:
        completion_rate({"completed": -1})
    assert exc.value.field == "count"
    with pytest.raises(ModelValidationError) as exc:
        completion_rate({"completed": 2.5})
    assert exc.value.field == "count"
    with pytest.raises(ModelValidationError) as exc:
        completion_rate({"completed": 5}, total=4)
    assert exc.value.field == "total"
    with pytest.raises(ModelValidationError) as exc:
        infer_rate_definition({"completed": 5}, 120)
    assert exc.value.field == "reported_rate"
    assert np.isnan(completion_rate({}))


def test_decimals_of_the_reported_rate_set_the_tolerance() -> None:
    counts = {"completed": 3120, "in_progress": 3}
    assert infer_rate_definition(counts, 99.9)[0].statuses == {S.COMPLETED}  # 99.904 %
    assert infer_rate_definition(counts, 99.95) == []  # 99.904 is not 99.95 ± 0.005
    assert infer_rate_definition(counts, 99.95, tolerance=0.1)[0].statuses == {S.COMPLETED}


def test_other_categories_of_progress_summaries() -> None:
    # Liaoning petitions (seed 000): 6991件, 已办结6591件, 办结率94%
    assert infer_rate_definition({"closed": 6591}, 94, total=6991)[0].statuses == {"closed"}
    assert completion_rate({"closed": 6591}, ["closed"], total=6991) == pytest.approx(0.9428, 1e-4)


def test_summary_rate_definitions_on_a_summaries_frame() -> None:
    df = pd.DataFrame(
        {
            "summary_id": ["002-P001"] * 3 + ["000-P030"] + ["000-P026"] * 4,
            "total": [62, 62, 62, 6991, 58, 58, 58, 58],
            "category": [
                "completed",
                "basically_completed",
                "on_schedule",
                "closed",
                "basically_completed",
                "on_schedule",
                "fully_implemented",
                "behind_schedule",
            ],
            "count": [18, 22, 9, 6591, 13, 38, 2, 5],
            "reported_rate": [79.0, 79.0, 79.0, 94.0] + [np.nan] * 4,
        }
    )
    out = summary_rate_definitions(df).set_index("summary_id")
    assert out.loc["002-P001", "definition"] == "completed+basically_completed+on_schedule"
    assert out.loc["002-P001", "rate"] == pytest.approx(49 / 62)
    assert bool(out.loc["000-P030", "consistent"])
    assert pd.isna(out.loc["000-P026", "consistent"])
    assert out.loc["000-P026", "counted_total"] == 58


def test_bundled_progress_summaries() -> None:
    df = datasets.load("progress_summaries")
    out = summary_rate_definitions(df)
    gansu = out.set_index("summary_id").loc["002-P001"]
    assert gansu["definition"] == "completed+basically_completed+on_schedule"


# -- properties ------------------------------------------------------------------------
count_maps = st.dictionaries(
    st.sampled_from(list(TaskStatus)), st.integers(0, 500), min_size=1, max_size=9
)


@settings(max_examples=150, deadline=None)
@given(count_maps, st.sets(st.sampled_from(list(TaskStatus))), st.integers(0, 100))
def test_rate_is_a_fraction(counts: dict, counted: set, extra: int) -> None:
    n = sum(counts.values())
    r = completion_rate(counts, counted, total=n + extra)
    if n + extra == 0:
        assert np.isnan(r)
    else:
        assert 0.0 <= r <= 1.0


@settings(max_examples=150, deadline=None)
@given(
    count_maps,
    st.sets(st.sampled_from(list(TaskStatus))),
    st.sets(st.sampled_from(list(TaskStatus))),
)
def test_rate_is_monotone_in_the_counted_set(counts: dict, a: set, b: set) -> None:
    if sum(counts.values()) == 0:
        return
    assert completion_rate(counts, a) <= completion_rate(counts, a | b)


def test_cumulative_sets_grow_with_rank() -> None:
    counts = {s: 10 + i for i, s in enumerate(TaskStatus)}
    rates = [completion_rate(counts, [s for s in TaskStatus if s >= floor]) for floor in TaskStatus]
    assert rates == sorted(rates, reverse=True)
    assert rates[0] == 1.0


@settings(max_examples=100, deadline=None)
@given(count_maps, st.data())
def test_inference_recovers_the_set_used(counts: dict, data: st.DataObject) -> None:
    present = [s for s, v in counts.items() if v > 0]
    if not present:
        return
    used = set(data.draw(st.sets(st.sampled_from(present), min_size=1)))
    reported = round(100 * completion_rate(counts, used))
    found = infer_rate_definition(counts, reported)
    assert found, "the generating set must be among the matches"
    n_used = sum(counts[s] for s in used)
    assert any(d.counted == n_used for d in found)
    for d in found:  # every match reproduces the figure
        assert abs(100 * d.rate - reported) <= 0.5 + 1e-9


def test_inference_orders_cumulative_sets_first() -> None:
    # 10/40 = 25 % can be {on_schedule} (cumulative? no) or {completed} (cumulative)
    counts = {S.COMPLETED: 10, S.ON_SCHEDULE: 10, S.IN_PROGRESS: 20}
    found = infer_rate_definition(counts, 25)
    assert [d.statuses for d in found] == [{S.COMPLETED}, {S.ON_SCHEDULE}]
    assert [d.cumulative for d in found] == [True, False]


def test_default_counted_set_is_completed_only() -> None:
    counts = {S.COMPLETED: 1, S.BASICALLY_COMPLETED: 1}
    assert completion_rate(counts) == completion_rate(counts, COMPLETED) == 0.5
