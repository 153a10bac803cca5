"""Analytics over the model: target gaps, schedule progress, completion rates, trends.

=====================================  ==================================================
function                               what
=====================================  ==================================================
:func:`gap`                            distance between a target and an observation,
                                       honouring comparator and better direction
:func:`pair_observations`              match each target with its observation
:func:`schedule_progress`              序时进度: expected value by linear interpolation
                                       from baseline to target; ahead / on / behind
:func:`completion_rate`                share of a task ledger in counted statuses
:func:`infer_rate_definition`          which status sets reproduce a reported rate
:func:`target_verdicts`                met / not yet met (before deadline) / not met /
                                       not comparable / no observation
:func:`eurostat_assessment`            actual vs required compound growth (Eurostat)
:func:`escap_assessment`               Current Status and Anticipated Progress (ESCAP)
:func:`linear_trend` …                 trends and projections, see
                                       :mod:`envindicators.analytics.trends`
=====================================  ==================================================

Names load on first use (:pep:`562`): ``from envindicators.analytics import mann_kendall``
imports the trend kernels (numpy, scipy) without building the pint unit registry or
importing the model layer, which the gap and progress analytics need.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

_WHERE = {
    "envindicators.analytics.completion": (
        "COMPLETED",
        "RateDefinition",
        "completion_rate",
        "infer_rate_definition",
        "summary_rate_definitions",
    ),
    "envindicators.analytics.gap": (
        "PAIRING_RULES",
        "GapResult",
        "compare",
        "gap",
        "pair_observations",
    ),
    "envindicators.analytics.progress": (
        "ProgressWarning",
        "anticipated_progress_index",
        "cagr",
        "current_status_index",
        "escap_aggregate",
        "escap_assessment",
        "eurostat_assessment",
        "eurostat_category",
        "eurostat_ratio",
    ),
    "envindicators.analytics.schedule": ("ScheduleResult", "schedule_progress", "schedule_reached"),
    "envindicators.analytics.trends": (
        "LinearTrend",
        "LogLinearTrend",
        "MannKendallResult",
        "Projection",
        "SensSlopeResult",
        "TrendTestResult",
        "linear_trend",
        "loglinear_trend",
        "mann_kendall",
        "probability_of_meeting",
        "project",
        "sens_slope",
        "trend_test",
    ),
    "envindicators.analytics.verdicts": ("TARGET_VERDICT", "TARGET_VERDICTS", "target_verdicts"),
}
if TYPE_CHECKING:  # the lazy exports, for type checkers (tests/test_types.py keeps them equal)
    from envindicators.analytics.completion import (
        COMPLETED,
        RateDefinition,
        completion_rate,
        infer_rate_definition,
        summary_rate_definitions,
    )
    from envindicators.analytics.gap import (
        PAIRING_RULES,
        GapResult,
        compare,
        gap,
        pair_observations,
    )
    from envindicators.analytics.progress import (
        ProgressWarning,
        anticipated_progress_index,
        cagr,
        current_status_index,
        escap_aggregate,
        escap_assessment,
        eurostat_assessment,
        eurostat_category,
        eurostat_ratio,
    )
    from envindicators.analytics.schedule import (
        ScheduleResult,
        schedule_progress,
        schedule_reached,
    )
    from envindicators.analytics.trends import (
        LinearTrend,
        LogLinearTrend,
        MannKendallResult,
        Projection,
        SensSlopeResult,
        TrendTestResult,
        linear_trend,
        loglinear_trend,
        mann_kendall,
        probability_of_meeting,
        project,
        sens_slope,
        trend_test,
    )
    from envindicators.analytics.verdicts import (
        TARGET_VERDICT,
        TARGET_VERDICTS,
        target_verdicts,
    )

_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'envindicators.analytics' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


class _Package(types.ModuleType):
    """Keeps a function bound where a submodule has its name (``gap``): importing
    ``envindicators.analytics.gap`` would otherwise replace the function by the module."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and name in _MODULE_OF:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
