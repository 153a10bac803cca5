"""Type-checked (never run) uses of the public API: tests/test_types.py runs mypy on this file.

``assert_type`` fails the mypy run when an ``@overload`` stops giving the result object for
scalar input, or when the lazy exports of :mod:`envindicators.analytics` lose their types;
the ``.ei`` accessor methods must refuse a wrongly typed or unknown option (an unused
``type: ignore`` is an error under ``warn_unused_ignores``).
"""

from __future__ import annotations

from typing import assert_type

import pandas as pd

from envindicators.accessor import SeriesAccessor
from envindicators.analytics import (
    GapResult,
    LinearTrend,
    LogLinearTrend,
    MannKendallResult,
    Projection,
    ScheduleResult,
    SensSlopeResult,
    TrendTestResult,
    escap_assessment,
    eurostat_assessment,
    gap,
    linear_trend,
    loglinear_trend,
    mann_kendall,
    probability_of_meeting,
    project,
    schedule_progress,
    sens_slope,
    trend_test,
)
from envindicators.analytics.progress import EscapResult, EurostatResult
from envindicators.model import Observation, Target

Y = [44.0, 41.0, 39.0, 37.0, 35.0]
T = [2016, 2017, 2018, 2019, 2020]


def scalars_give_result_objects(target: Target, observation: Observation) -> None:
    assert_type(gap(target, observation), GapResult)
    assert_type(eurostat_assessment(44.0, 39.0, 35.0, 2015, 2020, 2025), EurostatResult)
    assert_type(escap_assessment(44.0, 39.0, 35.0, 2015, 2020, 2025), EscapResult)
    assert_type(schedule_progress(target, observation, at=2019), ScheduleResult)
    assert_type(linear_trend(Y, T), LinearTrend)
    assert_type(loglinear_trend(Y, T), LogLinearTrend)
    assert_type(sens_slope(Y, T), SensSlopeResult)
    assert_type(mann_kendall(Y, T), MannKendallResult)
    assert_type(trend_test(Y, T), TrendTestResult)
    assert_type(project(Y, T, to=2025), Projection)
    assert_type(probability_of_meeting(Y, T, target=35.0, deadline=2025), float)


def accessor_methods_have_real_signatures(series: pd.Series, frame: pd.DataFrame) -> None:
    ei = SeriesAccessor(series)
    assert_type(ei.mann_kendall(alpha=0.1, method="hamed_rao"), MannKendallResult)
    assert_type(ei.sens_slope(method="seasonal", period=12), SensSlopeResult)
    assert_type(ei.project(2025, method="theil_sen", rng=0), Projection)
    assert_type(ei.probability_of_meeting(35.0, 2025, comparator="le"), float)
    ei.mann_kendall(alpha="0.1")  # type: ignore[arg-type]  # must be refused
    ei.sens_slope(lag=1)  # type: ignore[call-arg]  # must be refused
