"""The target/achievement model: indicators, targets, observations and task ledgers."""

from __future__ import annotations

from envindicators.model.vocab import Comparator, Direction, TaskStatus

__all__ = ["Comparator", "Direction", "TaskStatus"]
