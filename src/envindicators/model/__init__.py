"""The target/achievement model: indicators, targets, observations and task ledgers.

Every model class validates its input at construction (errors name the field:
:class:`~envindicators.errors.ModelValidationError`,
:class:`~envindicators.errors.UnitMismatchError`) and has a DataFrame form, one row per
object, with the columns of the bundled tables
(``datasets/README.md``; columns and dtypes in :mod:`envindicators.model.schema`, the one
schema of the model, the bundled tables and the user's tables):
``Cls.from_frame(df, …) → list[Cls]`` and ``Cls.to_frame(objects) → DataFrame`` round-trip.
"""

from __future__ import annotations

from envindicators.model._figures import canonical_values
from envindicators.model.indicator import Indicator, indicator_map
from envindicators.model.observation import Observation
from envindicators.model.schema import SCHEMAS, TABLES, Column, Table, coerce_frame, empty_frame
from envindicators.model.standard_ref import Averaging, StandardRef
from envindicators.model.target import Target
from envindicators.model.tasks import DEADLINE_CATEGORIES, Task, status_counts, task_status_codes
from envindicators.model.vocab import Comparator, Direction, ObservationRole, TaskStatus

__all__ = [
    "DEADLINE_CATEGORIES",
    "SCHEMAS",
    "TABLES",
    "Averaging",
    "Column",
    "Comparator",
    "Direction",
    "Indicator",
    "Observation",
    "ObservationRole",
    "StandardRef",
    "Table",
    "Target",
    "Task",
    "TaskStatus",
    "canonical_values",
    "coerce_frame",
    "empty_frame",
    "indicator_map",
    "status_counts",
    "task_status_codes",
]
