"""Task ledgers: rectification tasks (整改任务) with status, deadline and responsible unit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import pandas as pd

from envindicators.errors import ModelValidationError
from envindicators.model import _field_values as fl
from envindicators.model._rows import object_record, objects_frame, objects_from_rows
from envindicators.model.schema import DEADLINE_CATEGORIES, coerce_frame
from envindicators.model.vocab import TaskStatus

__all__ = ["DEADLINE_CATEGORIES", "Task", "status_counts", "task_status_codes"]

_TEXT_FIELDS = (
    "task_id",
    "source",
    "region",
    "number",
    "title",
    "status_text",
    "deadline_text",
    "responsible",
    "quote",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    """One rectification task of a ledger (整改方案/台账).

    Parameters
    ----------
    status : TaskStatus, optional
        :class:`~envindicators.model.vocab.TaskStatus`, its code, or the Chinese status
        text (``"基本完成整改，长期坚持"`` → ``basically_completed``; see
        :meth:`TaskStatus.from_text`).  When missing it is read from ``status_text``; a
        task of a plan that reports no progress has neither (``None``).
    task_id, source, region : str, optional
        Identification and provenance.
    number : str, optional
        The task's number as written (``三十七``, ``(一)``).
    number_int : int, optional
        That number as an integer.
    title : str, optional
        The task as written.
    status_text : str, optional
        The status as written.
    deadline_text : str, optional
        The deadline (整改时限) as written.
    deadline : datetime.date, optional
        The deadline parsed to a date (end of period; a bare year means 31 December).
    deadline_category : str, optional
        ``date``, ``period``, ``immediate`` (立行立改), ``ongoing`` (长期坚持), ``unknown``.
    responsible : str, optional
        The units responsible (责任单位).
    quote : str, optional
        The passage of the source, verbatim.
    extra : Mapping[str, Any], optional
        Further columns carried through DataFrame round trips.

    Raises
    ------
    ModelValidationError
        Naming the field: unrecognised status, unknown deadline category, bad date.
    """

    status: TaskStatus | None = None
    task_id: str | None = None
    source: str | None = None
    region: str | None = None
    number: str | None = None
    number_int: int | None = None
    title: str | None = None
    status_text: str | None = None
    deadline_text: str | None = None
    deadline: dt.date | None = None
    deadline_category: str | None = None
    responsible: str | None = None
    quote: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        s = object.__setattr__
        for name in _TEXT_FIELDS:
            s(self, name, fl.text(getattr(self, name), name))
        status = self.status
        if fl.is_missing(status) and self.status_text is not None:
            status = TaskStatus.from_text(self.status_text)
        s(self, "status", fl.vocab(TaskStatus, status, "status"))
        s(self, "number_int", fl.integer(self.number_int, "number_int"))
        s(self, "deadline", fl.date(self.deadline, "deadline", year="end"))
        cat = fl.text(self.deadline_category, "deadline_category")
        if cat is not None and cat not in DEADLINE_CATEGORIES:
            raise ModelValidationError(
                "deadline_category", cat, f"expected one of {', '.join(DEADLINE_CATEGORIES)}"
            )
        s(self, "deadline_category", cat)
        s(self, "extra", MappingProxyType(dict(self.extra or {})))

    def to_record(self) -> dict[str, Any]:
        """The row of this task in the tasks table (documented columns).

        Returns
        -------
        dict[str, Any]
            Column name → value, the documented columns in order.
        """
        return object_record(self, "tasks")

    @classmethod
    def from_frame(cls, df: pd.DataFrame) -> list[Task]:
        """Build tasks from a tasks-table frame.

        A missing ``status`` column (or missing cells) is filled from ``status_text`` with
        :meth:`TaskStatus.from_text`; Chinese text in ``status`` is mapped the same way.

        Parameters
        ----------
        df : pandas.DataFrame
            A tasks-table frame.

        Returns
        -------
        list[Task]
            One task per row.
        """
        return objects_from_rows(coerce_frame(task_status_codes(df), "tasks"), "tasks", cls)

    @staticmethod
    def to_frame(tasks: Iterable[Task]) -> pd.DataFrame:
        """The tasks table of ``tasks`` (documented columns, then extras).

        Parameters
        ----------
        tasks : Iterable[Task]
            The tasks.

        Returns
        -------
        pandas.DataFrame
            One row per task.
        """
        return objects_frame(tasks, "tasks")


def task_status_codes(df: pd.DataFrame) -> pd.DataFrame:
    """A tasks frame whose ``status`` holds :class:`TaskStatus` codes.

    A status written in Chinese (``已完成整改``) is translated with
    :meth:`TaskStatus.from_text`, and a missing status is read from ``status_text`` the same
    way (one call per distinct text); a task with neither keeps no status (a plan's items have
    none yet).

    Parameters
    ----------
    df : pandas.DataFrame
        Tasks with a ``status`` and/or a ``status_text`` column (either may be absent).

    Returns
    -------
    pandas.DataFrame
        ``df`` itself when there is nothing to translate, else a copy with ``status`` filled.

    Raises
    ------
    ModelValidationError
        A status (or status text) that names no :class:`TaskStatus`, naming the field and row.
    """
    codes = {m.value for m in TaskStatus}
    status = df["status"] if "status" in df.columns else pd.Series(None, index=df.index)
    text = df["status_text"] if "status_text" in df.columns else pd.Series(None, index=df.index)
    source = status.where(status.notna() & (status.astype(object) != ""), text)
    if source.isna().all() and "status" in df.columns:
        return df
    mapping: dict[Any, Any] = {}
    for pos, (label, v) in enumerate(source.items()):
        if fl.is_missing(v) or v in codes or v in mapping:
            continue
        try:
            mapping[v] = TaskStatus.from_text(v).value
        except ModelValidationError as e:
            field_ = "status" if not fl.is_missing(status.iloc[pos]) else "status_text"
            raise ModelValidationError(field_, v, e.reason, label) from None
    out = df.copy()
    out["status"] = source.map(lambda v: mapping.get(v, v), na_action="ignore")
    return out


def status_counts(tasks: Iterable[Task] | pd.DataFrame) -> dict[TaskStatus, int]:
    """``{status: number of tasks}`` over all statuses (zeros included), in rank order.

    Tasks without a status are not counted.

    Parameters
    ----------
    tasks : Iterable[Task] or pandas.DataFrame
        Tasks, or a tasks-table frame.

    Returns
    -------
    dict[TaskStatus, int]
        Number of tasks per status.
    """
    if isinstance(tasks, pd.DataFrame):
        values = task_status_codes(tasks)["status"].dropna()
        counts = values.value_counts().to_dict()
    else:
        counts = {}
        for t in tasks:
            if t.status is not None:
                counts[t.status.value] = counts.get(t.status.value, 0) + 1
    return {s: int(counts.get(s.value, 0)) for s in TaskStatus}
