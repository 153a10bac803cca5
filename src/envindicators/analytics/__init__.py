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
"""

from __future__ import annotations

from envindicators.analytics.completion import (
    COMPLETED,
    RateDefinition,
    completion_rate,
    infer_rate_definition,
    summary_rate_definitions,
)
from envindicators.analytics.gap import GapResult, compare, gap, pair_observations
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
from envindicators.analytics.schedule import ScheduleResult, schedule_progress, schedule_reached
from envindicators.analytics.trends import (
    LinearTrend,
    LogLinearTrend,
    MannKendallResult,
    Projection,
    SensSlopeResult,
    linear_trend,
    loglinear_trend,
    mann_kendall,
    probability_of_meeting,
    project,
    sens_slope,
)
from envindicators.analytics.verdicts import TARGET_VERDICT, TARGET_VERDICTS, target_verdicts

__all__ = [
    "COMPLETED",
    "TARGET_VERDICT",
    "TARGET_VERDICTS",
    "GapResult",
    "LinearTrend",
    "LogLinearTrend",
    "MannKendallResult",
    "ProgressWarning",
    "Projection",
    "RateDefinition",
    "ScheduleResult",
    "SensSlopeResult",
    "anticipated_progress_index",
    "cagr",
    "compare",
    "completion_rate",
    "current_status_index",
    "escap_aggregate",
    "escap_assessment",
    "eurostat_assessment",
    "eurostat_category",
    "eurostat_ratio",
    "gap",
    "infer_rate_definition",
    "linear_trend",
    "loglinear_trend",
    "mann_kendall",
    "pair_observations",
    "probability_of_meeting",
    "project",
    "schedule_progress",
    "schedule_reached",
    "sens_slope",
    "summary_rate_definitions",
    "target_verdicts",
]
