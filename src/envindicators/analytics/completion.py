"""Completion rates of task ledgers, and which status sets a reported rate counts.

A report's "完成率" is a share of tasks whose status is in some *counted set*:

.. math:: r(S) = \\frac{\\sum_{s \\in S} n_s}{N}

with :math:`n_s` the number of tasks of status :math:`s` and :math:`N` the total of the
ledger (which may exceed :math:`\\sum_s n_s` when the report counts only some categories).
The counted set is rarely stated: Gansu's "总体任务完成率达到79%" (seed 002) counts
已完成 18 + 基本完成 22 + 达到序时进度 9 out of 62 — :math:`49/62 = 79.03\\,\\%` — which
:func:`infer_rate_definition` recovers.

Properties: :math:`0 \\le r(S) \\le 1`, and :math:`S \\subseteq S' \\Rightarrow r(S) \\le r(S')`.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pint

from envindicators.errors import ModelValidationError
from envindicators.model import Task, TaskStatus, status_counts
from envindicators.model.tasks import task_status_codes
from envindicators.units.precision import last_place

__all__ = [
    "COMPLETED",
    "RateDefinition",
    "completion_rate",
    "infer_rate_definition",
    "summary_rate_definitions",
]

#: The narrowest reading of "completed": 已完成 only.
COMPLETED: frozenset[TaskStatus] = frozenset({TaskStatus.COMPLETED})

Category = TaskStatus | str


def _category(value: Any, field: str = "status") -> Category:
    if isinstance(value, TaskStatus):
        return value
    if not isinstance(value, str) or not value:
        raise ModelValidationError(field, value, "expected a status code or text")
    try:
        return TaskStatus(value)
    except ValueError:
        pass
    try:
        return TaskStatus.from_text(value)
    except ModelValidationError:
        return value  # a category of its own (e.g. 'closed' in progress summaries)


def _counts(data: Any) -> dict[Category, int]:
    """Counts per category from a mapping, tasks, a Series of statuses or a tasks frame."""
    if isinstance(data, Mapping):
        out: dict[Category, int] = {}
        for k, v in data.items():
            c = _category(k)
            if isinstance(v, bool) or not float(v).is_integer() or v < 0:
                raise ModelValidationError("count", v, f"a count must be a whole number ≥ 0 ({k})")
            out[c] = out.get(c, 0) + int(v)
        return out
    if isinstance(data, pd.DataFrame):
        return {k: v for k, v in status_counts(data).items() if v}
    if isinstance(data, pd.Series):
        frame = task_status_codes(pd.DataFrame({"status": data}))
        vc = frame["status"].dropna().value_counts()
        return {_category(k): int(v) for k, v in vc.items()}
    items = list(data)
    if all(isinstance(t, Task) for t in items):
        return {k: v for k, v in status_counts(items).items() if v}
    return _counts(pd.Series(items, dtype=object))


def _ledger_total(counts: Mapping[Category, int], total: int | None) -> int:
    """The ledger's total :math:`N`: ``total``, at least the sum of the counts, or that sum."""
    n = sum(counts.values())
    if total is None:
        return n
    if total < n:
        raise ModelValidationError("total", total, f"smaller than the sum of the counts ({n})")
    return total


def completion_rate(
    data: Mapping[Any, int] | Iterable[Task] | pd.Series | pd.DataFrame,
    counted: Iterable[Category] = COMPLETED,
    *,
    total: int | None = None,
    by: str | list[str] | None = None,
) -> float | pd.Series:
    """Share of tasks whose status is in ``counted``: :math:`r = \\sum_{s\\in S} n_s / N`.

    Parameters
    ----------
    data : Mapping[Any, int] or Iterable[Task] or pandas.Series or pandas.DataFrame
        ``{status: count}`` (status as :class:`TaskStatus`, code or Chinese text; other
        strings are categories of their own), an iterable of :class:`Task`, a Series of
        statuses, or a tasks frame (``status`` or ``status_text`` column).  Tasks
        without a status (plan items that report no progress) are left out.
    counted : Iterable[Category], optional
        The statuses counted as done (default: ``completed`` only).  Codes, members or
        Chinese text.
    total : int, optional
        The ledger's total :math:`N`; default the sum of all counts.  Must be at least the
        sum of the counts given.
    by : str or list[str], optional
        For a tasks frame: column(s) to group by; returns a Series of rates per group
        (vectorised with a cross-tabulation).

    Returns
    -------
    float or pandas.Series
        In :math:`[0, 1]`; NaN when :math:`N = 0`.

    Examples
    --------
    Shanxi (seed 003): 82 tasks, 59 completed.

    >>> completion_rate({"completed": 59, "on_schedule": 23})
    0.7195121951219512
    """
    wanted = {_category(c, "counted") for c in counted}
    if by is not None:
        if not isinstance(data, pd.DataFrame):
            raise TypeError("by= needs a tasks frame")
        frame = task_status_codes(data)
        table = pd.crosstab(
            [frame[b] for b in ([by] if isinstance(by, str) else by)], frame["status"]
        )
        cols = [c for c in table.columns if _category(c) in wanted]
        num = table[cols].sum(axis=1) if cols else pd.Series(0, index=table.index)
        den = table.sum(axis=1)
        return (num / den.where(den > 0)).astype(float).rename("completion_rate")
    counts = _counts(data)
    total = _ledger_total(counts, total)
    if total == 0:
        return float("nan")
    return sum(v for k, v in counts.items() if k in wanted) / total


@dataclass(frozen=True, slots=True)
class RateDefinition:
    """A counted set reproducing a reported rate.

    Parameters
    ----------
    statuses : frozenset[Category]
        The counted set of task statuses.
    counted : int
        Its number of tasks.
    total : int
        The ledger's total number of tasks.
    rate : float
        ``counted / total``, a fraction.
    cumulative : bool
        True when the set is every status present from some rank upwards (the natural
        "at least X" reading).
    """

    statuses: frozenset[Category]
    counted: int
    total: int
    rate: float
    cumulative: bool

    @property
    def codes(self) -> tuple[str, ...]:
        """The statuses as codes, highest rank first (other categories last, sorted)."""
        ranked = sorted((s for s in self.statuses if isinstance(s, TaskStatus)), reverse=True)
        other = sorted(str(s) for s in self.statuses if not isinstance(s, TaskStatus))
        return tuple(s.value for s in ranked) + tuple(other)


def infer_rate_definition(
    data: Mapping[Any, int] | Iterable[Task] | pd.Series | pd.DataFrame,
    reported_rate: float | pint.Quantity,
    *,
    total: int | None = None,
    tolerance: float | None = None,
) -> list[RateDefinition]:
    """Find the counted sets of statuses that reproduce a reported completion rate.

    Every non-empty subset of the categories with a non-zero count is tried; a set
    matches when :math:`|100\\,r(S) - R| \\le \\delta`, with :math:`R` the reported rate in
    % and :math:`\\delta` half a unit of its last written digit (79 % → 0.5, 94.3 % → 0.05)
    unless ``tolerance`` (percentage points) is given.

    Parameters
    ----------
    data : Mapping[Any, int] or Iterable[Task] or pandas.Series or pandas.DataFrame
        Counts per status (as in :func:`completion_rate`).
    reported_rate : float or pint.Quantity
        The rate as printed, **in percent** (``79`` for 79 %), or a pint quantity in %.
    total : int, optional
        The ledger's total (default: the sum of the counts).
    tolerance : float, optional
        Matching half-width in percentage points.

    Returns
    -------
    list[RateDefinition]
        Matches, best first: cumulative sets first, then fewer statuses, then closer to
        the reported figure.  Empty when no set matches (the figure is inconsistent with
        the counts, or counts categories not given).

    Examples
    --------
    Gansu (seed 002): 62 tasks, 已完成 18, 基本完成 22, 达到序时进度 9, reported 79 %.

    >>> d = infer_rate_definition(
    ...     {"completed": 18, "basically_completed": 22, "on_schedule": 9}, 79, total=62)
    >>> [x.codes for x in d], round(d[0].rate, 4)
    ([('completed', 'basically_completed', 'on_schedule')], 0.7903)
    """
    if isinstance(reported_rate, pint.Quantity):
        reported = float(reported_rate.to("percent").magnitude)
    else:
        if isinstance(reported_rate, bool):
            raise ModelValidationError("reported_rate", reported_rate, "expected a number in %")
        reported = float(reported_rate)
    if not np.isfinite(reported) or not 0.0 <= reported <= 100.0:
        raise ModelValidationError("reported_rate", reported_rate, "expected a rate in % (0–100)")
    delta = 0.5 * 10.0 ** min(0, last_place(reported)) if tolerance is None else float(tolerance)
    counts = {k: v for k, v in _counts(data).items() if v > 0}
    total = _ledger_total(counts, total)
    if total == 0:
        return []
    cats = list(counts)
    present = sorted((c for c in cats if isinstance(c, TaskStatus)), reverse=True)
    found: list[RateDefinition] = []
    for k in range(1, len(cats) + 1):
        for subset in itertools.combinations(cats, k):
            s = frozenset(subset)
            c = sum(counts[x] for x in s)
            rate = c / total
            if abs(100.0 * rate - reported) <= delta + 1e-9:
                found.append(RateDefinition(s, c, total, rate, _cumulative(s, present)))
    found.sort(key=lambda d: (not d.cumulative, len(d.statuses), abs(100 * d.rate - reported)))
    return found


def _cumulative(s: frozenset[Category], present_desc: list[TaskStatus]) -> bool:
    if any(not isinstance(x, TaskStatus) for x in s):
        return False
    return set(present_desc[: len(s)]) == set(s)


def summary_rate_definitions(summaries: pd.DataFrame) -> pd.DataFrame:
    """Check the reported rates of a ``progress_summaries`` table against its counts.

    One row per ``summary_id``: ``total`` (Int64), ``counted_total`` (Int64, sum of the
    category counts), ``reported_rate`` (float64, %), ``n_definitions`` (Int64; NA when no
    rate is reported), ``definition`` (str: the best counted set, codes joined by ``+``),
    ``rate`` (float64, fraction, of the best set), ``consistent`` (boolean: some set
    reproduces the reported rate; NA when no rate is reported).

    Columns required: ``summary_id``, ``total``, ``category``, ``count``; optional
    ``reported_rate`` and ``source``/``region``/``subject`` (carried over).  Rows whose
    count is missing (其余正在推进: the rest, uncounted) are left out of the counts.

    Parameters
    ----------
    summaries : pandas.DataFrame
        A ``progress_summaries`` table: one row per summary and category.

    Returns
    -------
    pandas.DataFrame
        One row per ``summary_id``, with the columns above.
    """
    need = {"summary_id", "total", "category", "count"}
    missing = need - set(summaries.columns)
    if missing:
        raise ModelValidationError(
            sorted(missing)[0], None, "column missing from the progress summaries frame"
        )
    rows: list[dict[Hashable, Any]] = []
    for sid, grp in summaries.groupby("summary_id", sort=False):
        known = grp[grp["count"].notna()]
        counts: dict[Any, int] = {}
        for cat, n in zip(known["category"], known["count"], strict=True):
            counts[cat] = counts.get(cat, 0) + int(n)
        totals = grp["total"].dropna().unique()
        total = int(totals[0]) if len(totals) else None
        rr = grp["reported_rate"].dropna() if "reported_rate" in grp else pd.Series(dtype=float)
        row: dict[Hashable, Any] = {"summary_id": sid}
        for col in ("source", "region", "subject"):
            if col in grp:
                row[col] = grp[col].iloc[0]
        row["total"] = total
        row["counted_total"] = sum(counts.values())
        row["reported_rate"] = float(rr.iloc[0]) if len(rr) else np.nan
        if len(rr):
            defs = infer_rate_definition(counts, float(rr.iloc[0]), total=total)
            row["n_definitions"] = len(defs)
            row["definition"] = "+".join(defs[0].codes) if defs else None
            row["rate"] = defs[0].rate if defs else np.nan
            row["consistent"] = bool(defs)
        else:
            row.update(n_definitions=None, definition=None, rate=np.nan, consistent=None)
        rows.append(row)
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    for col in ("total", "counted_total", "n_definitions"):
        out[col] = out[col].astype("Int64")
    out["consistent"] = out["consistent"].astype("boolean")
    return out
