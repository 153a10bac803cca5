"""Task ledgers: statuses from Chinese text, validation, counts, frame round trips."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from tests.conftest import assert_round_trip

from envindicators import datasets
from envindicators.errors import ModelValidationError
from envindicators.model import Task, TaskStatus, status_counts
from envindicators.model.schema import columns


def shanxi_tasks() -> list[Task]:
    """Seed 000 (Shanxi items 37–60): statuses written as 整改进展情况."""
    src = "000_72db18747bb7c34f.txt"
    return [
        Task(
            task_id="000-K037",
            source=src,
            region="山西省",
            number="三十七",
            number_int=37,
            title="汾河流域水污染问题",
            status_text="已完成整改",
            status=None,  # type: ignore[arg-type]
            deadline="2018-12-31",
            deadline_category="date",
            responsible="省环保厅",
        ),
        Task(
            task_id="000-K038",
            source=src,
            region="山西省",
            number="三十八",
            number_int=38,
            status="基本完成整改,长期坚持",
            status_text="基本完成整改,长期坚持",
            deadline_category="ongoing",
        ),
        Task(
            task_id="000-K039",
            region="山西省",
            status=TaskStatus.IN_PROGRESS,
            status_text="正在推进整改",
            deadline=2019,
            deadline_category="period",
        ),
        Task(task_id="000-K040", status="on_schedule", deadline_category="unknown"),
    ]


def test_statuses_and_deadlines() -> None:
    a, b, c, d = shanxi_tasks()
    assert a.status is TaskStatus.COMPLETED  # from status_text
    assert b.status is TaskStatus.BASICALLY_COMPLETED  # Chinese text in status
    assert c.deadline == dt.date(2019, 12, 31)
    assert d.status is TaskStatus.ON_SCHEDULE
    assert a.status > b.status > d.status > c.status


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"status": "情况不明"}, "status"),
        ({"status": None, "status_text": "情况不明"}, "status_text"),
        ({"status": "completed", "deadline_category": "someday"}, "deadline_category"),
        ({"status": "completed", "deadline": "明年"}, "deadline"),
        ({"status": "completed", "number_int": 3.5}, "number_int"),
    ],
)
def test_bad_input_names_the_field(kwargs: dict, field: str) -> None:
    with pytest.raises(ModelValidationError) as exc:
        Task(**kwargs)
    assert exc.value.field == field


def test_a_plan_task_may_have_no_status() -> None:
    t = Task(task_id="004-K010", deadline_text="2017年3月底", deadline="2017-03-31")
    assert t.status is None
    assert t.to_record()["status"] is None
    assert sum(status_counts([t]).values()) == 0


def test_status_counts_cover_all_statuses() -> None:
    counts = status_counts(shanxi_tasks())
    assert list(counts) == list(TaskStatus)
    assert counts[TaskStatus.COMPLETED] == 1
    assert sum(counts.values()) == 4
    assert status_counts(Task.to_frame(shanxi_tasks())) == counts


def test_frame_round_trip() -> None:
    df = Task.to_frame(shanxi_tasks())
    assert list(df.columns) == columns("tasks")
    assert df["status"].tolist() == [
        "completed",
        "basically_completed",
        "in_progress",
        "on_schedule",
    ]
    back = Task.from_frame(df)
    pd.testing.assert_frame_equal(Task.to_frame(back), df)


def test_from_frame_fills_status_from_status_text() -> None:
    df = pd.DataFrame(
        {
            "task_id": ["a", "b", "c"],
            "status_text": ["已完成整改", "尚未达到序时进度", "立行立改"],
            "deadline_category": ["date", "date", "immediate"],
        }
    )
    tasks = Task.from_frame(df)
    assert [t.status for t in tasks] == [
        TaskStatus.COMPLETED,
        TaskStatus.BEHIND_SCHEDULE,
        TaskStatus.IMMEDIATE,
    ]
    df["status"] = ["completed", None, "长期坚持"]
    assert [t.status for t in Task.from_frame(df)] == [
        TaskStatus.COMPLETED,
        TaskStatus.BEHIND_SCHEDULE,
        TaskStatus.LONG_TERM,
    ]


def test_from_frame_error_carries_the_row() -> None:
    df = pd.DataFrame({"status_text": ["已完成整改", "情况不明"]}, index=["x", "y"])
    with pytest.raises(ModelValidationError) as exc:
        Task.from_frame(df)
    assert (exc.value.field, exc.value.row) == ("status_text", "y")


def test_bundled_tasks_round_trip() -> None:
    df = datasets.load("tasks")
    items = Task.from_frame(df)
    assert_round_trip(Task.to_frame(items), df, "tasks")
