"""probability_of_meeting with a model Target (its value, comparator, band and deadline)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.analytics import probability_of_meeting
from envindicators.analytics.gap import DEFAULT_APPROX_RTOL
from envindicators.errors import TrendError
from envindicators.model import Indicator, Target

PM25 = Indicator("pm25_concentration", "PM2.5浓度", "PM2.5", "µg/m3", "lower")
ENERGY = Indicator("energy_consumption_total", "能源消费总量", "energy use", "tce", "band")
YEARS = [2013, 2014, 2015, 2016, 2017]
PM = [55.0, 51.0, 49.5, 46.0, 44.0]


def test_target_terms_equal_explicit_terms() -> None:
    t = Target.from_text(PM25, "下降到42微克/立方米", deadline="2020年底")
    via_target = probability_of_meeting(PM, YEARS, target=t)
    explicit = probability_of_meeting(PM, YEARS, target=42.0, deadline=2020, comparator="le")
    assert via_target == explicit
    assert 0.5 < via_target < 1.0


def test_dates_use_the_deadline_date() -> None:
    t = Target.from_text(PM25, "下降到42微克/立方米", deadline="2020年底")
    s = pd.Series(PM, index=pd.to_datetime([f"{y}-12-31" for y in YEARS]))
    assert probability_of_meeting(s, target=t) == pytest.approx(
        probability_of_meeting(s, target=42.0, deadline=pd.Timestamp("2020-12-31"), comparator="le")
    )


def test_approx_target_gets_the_default_tolerance() -> None:
    t = Target.from_text(ENERGY, "417万吨标准煤左右", deadline=2020)
    y = [3.9e6, 4.0e6, 4.05e6, 4.1e6, 4.12e6]
    p = probability_of_meeting(y, YEARS, target=t)
    explicit = probability_of_meeting(
        y,
        YEARS,
        target=4.17e6,
        deadline=2020,
        comparator="approx",
        tolerance=DEFAULT_APPROX_RTOL * 4.17e6,
    )
    assert p == pytest.approx(explicit)


def test_change_targets_and_many_series_are_refused() -> None:
    intensity = Indicator("energy_intensity", "单位GDP能耗", "intensity", "tce/万元", "lower")
    change = Target.from_text(intensity, "比2015年下降13%", deadline=2020)
    with pytest.raises(TrendError, match="implied_level"):
        probability_of_meeting([1.0, 0.9, 0.85, 0.8], [2015, 2016, 2017, 2018], target=change)
    level = Target.from_text(PM25, "下降到42微克/立方米", deadline=2020)
    with pytest.raises(TypeError, match="one series"):
        probability_of_meeting(np.array([PM, PM]), YEARS, target=level)
    with pytest.raises(TypeError, match="deadline"):
        probability_of_meeting(PM, YEARS, target=42.0, comparator="le")


@settings(max_examples=40, deadline=None)
@given(shift=st.floats(min_value=-20, max_value=20))
def test_target_probability_is_monotone_in_the_threshold(shift: float) -> None:
    lower = Target.level(PM25, "le", (42.0 + shift, "µg/m3"), deadline=2020)
    higher = Target.level(PM25, "le", (43.0 + shift, "µg/m3"), deadline=2020)
    assert probability_of_meeting(PM, YEARS, target=lower) <= probability_of_meeting(
        PM, YEARS, target=higher
    )
