"""Vocabulary of the target/achievement model: directions, comparators, task statuses.

Stable ASCII codes (the ``.value`` of each member) are what DataFrames and CSV files hold.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Comparator", "Direction", "TaskStatus"]


class Direction(StrEnum):
    """Which way an indicator is better.

    ``higher``: more is better (森林覆盖率, 优良天数比例).  ``lower``: less is better (PM2.5,
    能耗).  ``band``: a target band is best (e.g. 能源消费总量 417万吨标准煤左右).
    ``neutral``: descriptive quantity not judged for direction (罚款金额, 项目数).
    """

    HIGHER = "higher"
    LOWER = "lower"
    BAND = "band"
    NEUTRAL = "neutral"


class Comparator(StrEnum):
    """How a target value is to be compared with an observation ``x``.

    ==========  ======  ===================================================
    code        symbol  Chinese forms
    ==========  ======  ===================================================
    ``ge``      ≥       以上, 不低于, 不少于, 达到…以上
    ``le``      ≤       以下, 以内, 不超过, 控制在…以内, 不高于
    ``gt``      >       大于, 高于, 超过
    ``lt``      <       小于, 低于
    ``eq``      =       达到 x (no bound word), 为 x
    ``approx``  ≈       左右, 约 — met when \\|x − t\\| ≤ tolerance
    ``band``    ∈       between low and high (inclusive)
    ==========  ======  ===================================================
    """

    GE = "ge"
    LE = "le"
    GT = "gt"
    LT = "lt"
    EQ = "eq"
    APPROX = "approx"
    BAND = "band"

    @property
    def symbol(self) -> str:
        return {"ge": "≥", "le": "≤", "gt": ">", "lt": "<", "eq": "=", "approx": "≈", "band": "∈"}[
            self.value
        ]


class TaskStatus(StrEnum):
    """Status of a rectification task (整改任务), ordered by degree of completion.

    Members compare by :attr:`rank` (``TaskStatus.COMPLETED > TaskStatus.ON_SCHEDULE``).

    =======================  ===========================================  ====
    code                     Chinese forms in the seeds                   rank
    =======================  ===========================================  ====
    ``not_completed``        未完成, 未完成整改                             0
    ``behind_schedule``      未达到序时进度, 尚未达到序时进度               1
    ``in_progress``          正在推进, 正在推进整改, 正在整改               2
    ``immediate``            立行立改 (rectify at once, then keep going)    3
    ``long_term``            长期坚持 (standing obligation, no end date)    4
    ``on_schedule``          达到序时进度, 按序时进度推进                   5
    ``fully_implemented``    全面实施                                       6
    ``basically_completed``  基本完成, 基本完成整改                         7
    ``completed``            已完成, 已完成整改, 完成整改                   8
    =======================  ===========================================  ====

    立行立改 and 长期坚持 describe a regime rather than a degree of completion; they rank
    between "in progress" and "on schedule" because they promise continuing work without a
    verifiable end point.
    """

    NOT_COMPLETED = "not_completed"
    BEHIND_SCHEDULE = "behind_schedule"
    IN_PROGRESS = "in_progress"
    IMMEDIATE = "immediate"
    LONG_TERM = "long_term"
    ON_SCHEDULE = "on_schedule"
    FULLY_IMPLEMENTED = "fully_implemented"
    BASICALLY_COMPLETED = "basically_completed"
    COMPLETED = "completed"

    @property
    def rank(self) -> int:
        return _STATUS_ORDER.index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, TaskStatus):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, TaskStatus):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, TaskStatus):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, TaskStatus):
            return NotImplemented
        return self.rank >= other.rank


_STATUS_ORDER: tuple[TaskStatus, ...] = tuple(TaskStatus)
