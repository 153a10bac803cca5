"""序时进度: time fraction, expected value, progress fraction, status; worked examples."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.analytics.schedule import (
    SCHEDULE_STATUS,
    expected_value,
    progress_fraction,
    schedule_progress,
    schedule_reached,
    schedule_status,
    time_fraction,
)
from envindicators.model import Indicator, Observation, Target

PM25 = Indicator("pm25_concentration", "细颗粒物浓度", "PM2.5 concentration", "µg/m3", "lower")
INTENSITY = Indicator("energy_intensity", "单位GDP能耗", "Energy intensity", "tce/万元", "lower")
FOREST = Indicator("forest_coverage", "森林覆盖率", "Forest coverage", "%", "higher")
RANK = {c: i for i, c in enumerate(SCHEDULE_STATUS.categories)}


def test_liaoning_pm25_is_ahead_of_schedule_in_2017() -> None:
    """Seed 000: 44 µg/m³ in 2017 after 同比下降4.3%; target 42 by the end of 2020."""
    b2016 = 44 / (1 - 0.043)  # 45.977 µg/m³
    target = Target.level(
        PM25, "le", (42, "µg/m3"), baseline=(b2016, "µg/m3"), baseline_year=2016, deadline=2020
    )
    r = schedule_progress(target, Observation.of(PM25, (44, "µg/m3"), 2017))
    tau = 365 / 1461  # 2016-12-31 → 2017-12-31 over 2016-12-31 → 2020-12-31
    p = (44 - b2016) / (42 - b2016)  # 0.4972
    assert r.time_fraction == pytest.approx(tau)
    assert r.progress_fraction == pytest.approx(p)
    assert r.expected.magnitude == pytest.approx(b2016 + tau * (42 - b2016))  # 44.98
    assert r.status == "ahead"
    assert r.met is False
    assert r.deadline_passed is False


def test_relative_target_runs_in_change_space() -> None:
    """Wuwei 单位GDP能耗比2015年下降13% (seed 002), an invented −6 % by the end of 2018."""
    target = Target.relative(INTENSITY, -13, baseline_year=2015, deadline=2020)
    obs = Observation.of(INTENSITY, (-6, "%"), 2018, kind="change_relative", baseline_period="2015")
    r = schedule_progress(target, obs)
    tau = 1096 / 1827
    assert r.basis == "change"
    assert r.time_fraction == pytest.approx(tau)  # 0.5999
    assert r.progress_fraction == pytest.approx(6 / 13)  # 0.4615
    assert r.expected.magnitude == pytest.approx(-13 * tau)
    assert r.status == "behind"
    # the same with a base level gives the same fractions
    with_base = Target.relative(
        INTENSITY, -13, baseline_year=2015, deadline=2020, baseline=(0.5, "tce/万元")
    )
    level = Observation.of(INTENSITY, (0.47, "tce/万元"), 2018)
    r2 = schedule_progress(with_base, level)
    assert r2.progress_fraction == pytest.approx(6 / 13)
    assert r2.status == "behind"


def test_passed_deadline_expects_the_target() -> None:
    target = Target.level(
        FOREST, "ge", (18.43, "%"), baseline=(16.0, "%"), start="2016-01-01", deadline=2020
    )
    r = schedule_progress(target, Observation.of(FOREST, (18.0, "%"), "2021-06-30"))
    assert r.time_fraction == 1.0
    assert r.expected.magnitude == pytest.approx(18.43)
    assert r.deadline_passed is True
    assert r.status == "missed"
    assert r.phase == "after_deadline"
    r = schedule_progress(target, Observation.of(FOREST, (18.5, "%"), "2021-06-30"))
    assert r.status == "met"


def test_target_met_at_baseline() -> None:
    target = Target.level(
        PM25, "le", (42, "µg/m3"), baseline=(38, "µg/m3"), start="2018-01-01", deadline=2020
    )
    kept = schedule_progress(target, Observation.of(PM25, (40, "µg/m3"), 2019))
    assert (kept.status, kept.met) == ("met", True)
    lost = schedule_progress(target, Observation.of(PM25, (43, "µg/m3"), 2019))
    assert lost.status == "behind"
    assert np.isnan(lost.progress_fraction)


def test_at_the_start_and_unknown_base() -> None:
    target = Target.level(
        FOREST, "ge", (20, "%"), baseline=(10, "%"), start="2016-01-01", deadline="2020-12-31"
    )
    r = schedule_progress(target, Observation.of(FOREST, (10, "%"), "2016-01-01"))
    assert (r.time_fraction, r.progress_fraction, r.status) == (0.0, 0.0, "on_schedule")
    early = schedule_progress(target, Observation.of(FOREST, (11, "%"), "2015-06-30"))
    assert early.time_fraction == 0.0  # before the start: no path yet, not "ahead"
    assert (early.status, early.reached, early.phase) == (None, None, "before_start")
    unknown = Target.level(FOREST, "ge", (20, "%"), start="2016-01-01", deadline=2020)
    r = schedule_progress(unknown, Observation.of(FOREST, (11, "%"), 2018))
    assert r.status is None
    assert np.isnan(r.progress_fraction)


def test_explicit_assessment_date_and_tolerance() -> None:
    target = Target.level(
        FOREST, "ge", (20, "%"), baseline=(10, "%"), start="2016-01-01", deadline="2020-12-31"
    )
    obs = Observation.of(FOREST, (15.2, "%"), "2018-07-01")
    # p = 0.52 against τ ≈ 0.50: ahead by default (no band), on schedule with a 5 % band
    assert schedule_progress(target, obs).status == "ahead"
    assert schedule_progress(target, obs, tolerance=0.05).status == "on_schedule"
    later = schedule_progress(target, obs, at="2019-12-31")
    assert later.at == dt.date(2019, 12, 31)
    assert later.status == "behind"


def test_formula_helpers() -> None:
    assert time_fraction("2016-01-01", "2020-12-31", "2018-07-02") == pytest.approx(0.5)
    assert time_fraction("2020-01-01", "2020-01-01", "2019-12-31") == 0.0
    assert time_fraction("2020-01-01", "2020-01-01", "2020-01-01") == 1.0
    assert np.isnan(time_fraction(pd.NaT, "2020-01-01", "2019-01-01"))
    assert expected_value(10.0, 20.0, 0.25) == 12.5
    assert progress_fraction(10.0, 20.0, 12.5) == 0.25
    assert np.isnan(progress_fraction(10.0, 10.0, 12.5))
    s = schedule_status([0.2, 0.5, 0.8, np.nan, 0.1], 0.5, [0, 0, 0, 0, 1])
    assert [None if pd.isna(x) else x for x in s] == ["behind", "on_schedule", "ahead", None, "met"]


# -- properties ------------------------------------------------------------------------
def _frames(base: float, target: float, xs: np.ndarray, ats: list[dt.date]):
    comparator = "ge" if target > base else "le"
    ind = FOREST if target > base else PM25
    unit = "%" if ind is FOREST else "µg/m3"
    t = Target(
        indicator=ind,
        comparator=comparator,
        number=target,
        unit_written=unit,
        baseline_value=base,
        start=dt.date(2016, 1, 1),
        deadline=dt.date(2020, 12, 31),
    )
    n = len(xs)
    tf = Target.to_frame([t] * n)
    of = Observation.to_frame(
        [Observation.of(ind, (float(x), unit), at) for x, at in zip(xs, ats, strict=True)]
    )
    return tf, of, ind


positive = st.floats(min_value=1.0, max_value=1e4, allow_nan=False)


@settings(max_examples=40, deadline=None)
@given(
    positive,
    positive,
    st.lists(st.floats(0, 2), min_size=2, max_size=12),
    st.dates(dt.date(2015, 1, 1), dt.date(2022, 1, 1)),
)
def test_status_is_monotone_in_the_observed_value(
    base: float, target: float, shares: list[float], at: dt.date
) -> None:
    if abs(target - base) < 1e-6 * max(base, target):
        return
    # observed values moving from the base towards (and past) the target, in order
    xs = base + np.sort(np.asarray(shares)) * (target - base)
    tf, of, ind = _frames(base, target, xs, [at] * len(xs))
    r = schedule_progress(tf, of, indicators=[ind])
    ranks = [RANK[s] for s in r["status"].dropna()]
    assert ranks == sorted(ranks)
    p = r["progress_fraction"].to_numpy()
    assert np.all(np.diff(p) >= -1e-12)


@settings(max_examples=40, deadline=None)
@given(
    positive,
    positive,
    st.floats(-0.5, 1.5),
    st.lists(st.dates(dt.date(2014, 1, 1), dt.date(2023, 1, 1)), min_size=2, max_size=10),
)
def test_status_is_monotone_in_time(
    base: float, target: float, share: float, dates: list[dt.date]
) -> None:
    if abs(target - base) < 1e-6 * max(base, target):
        return
    dates = sorted(dates)
    x = base + share * (target - base)
    tf, of, ind = _frames(base, target, np.full(len(dates), x), dates)
    r = schedule_progress(tf, of, indicators=[ind])
    ranks = [RANK[s] for s in r["status"].dropna()]
    assert ranks == sorted(ranks, reverse=True)  # later dates: never a better status
    # before the start: no status; at or after the deadline: met or missed only
    before = (r["phase"] == "before_start").to_numpy()
    assert r["status"][before].isna().all()
    done = (r["time_fraction"] >= 1.0).to_numpy()
    assert set(r["status"][done].astype(str)) <= {"met", "missed"}
    # reached is p ≥ τ wherever both are defined and the period has started
    both = r["progress_fraction"].notna() & ~pd.Series(before, index=r.index)
    expect = r["progress_fraction"][both] >= r["time_fraction"][both]
    got = r["reached"][both].astype(bool)
    assert (got | r["met"][both].astype(bool)).equals(expect | r["met"][both].astype(bool))
    tau = r["time_fraction"].to_numpy()
    assert np.all(np.diff(tau) >= 0)
    assert tau.min() >= 0
    assert tau.max() <= 1
    e = r["expected"].to_numpy()
    assert np.all(np.diff(e) * np.sign(target - base) >= -1e-9)


def test_expected_value_hits_both_ends() -> None:
    tf, of, ind = _frames(
        10.0, 20.0, np.array([12.0, 12.0]), [dt.date(2016, 1, 1), dt.date(2020, 12, 31)]
    )
    r = schedule_progress(tf, of, indicators=[ind])
    assert r["expected"].tolist() == pytest.approx([10.0, 20.0])
    assert r["status"].dtype == SCHEDULE_STATUS
    assert r["met"].dtype == "boolean"


# -- issue 11: verdicts at the deadline, 未达到序时进度, before the start ---------------------
PM_TARGET = Target.level(
    PM25, "le", (42, "µg/m3"), baseline=(46, "µg/m3"), baseline_year=2016, deadline=2020
)


@pytest.mark.parametrize("when", ["2020-12-31", "2021-12-31"])
def test_at_or_after_the_deadline_only_met_or_missed(when: str) -> None:
    """PM2.5 ≤ 42 by 2020 from 46 in 2016: 42.1 at (or after) the deadline is missed."""
    r = schedule_progress(PM_TARGET, Observation.of(PM25, (42.1, "µg/m3"), when))
    assert (r.status, r.met, r.phase) == ("missed", False, "after_deadline")
    assert r.reached is False
    ok = schedule_progress(PM_TARGET, Observation.of(PM25, (42.0, "µg/m3"), when))
    assert (ok.status, ok.met, ok.reached) == ("met", True, True)


def test_a_shortfall_of_progress_is_not_on_schedule() -> None:
    """0.475 of the change at half time is 未达到序时进度: behind, not reached."""
    target = Target.level(
        FOREST, "ge", (20, "%"), baseline=(10, "%"), start="2016-01-01", deadline="2021-01-01"
    )
    half = "2018-07-03"  # 914 of 1827 days
    r = schedule_progress(target, Observation.of(FOREST, (14.75, "%"), half))
    assert r.time_fraction == pytest.approx(0.5, abs=1e-3)
    assert r.progress_fraction == pytest.approx(0.475)
    assert (r.status, r.reached) == ("behind", False)
    # a band is opt-in and does not change the Chinese reading
    banded = schedule_progress(target, Observation.of(FOREST, (14.75, "%"), half), tolerance=0.05)
    assert (banded.status, banded.reached) == ("on_schedule", False)


def test_schedule_reached_and_status_helpers() -> None:
    assert schedule_reached([0.475, 0.5, np.nan], 0.5).tolist() == [False, True, pd.NA]
    s = schedule_status([0.9, 1.2, 0.9], [1.0, 1.0, 0.3], [0, 1, 0], started=[True, True, False])
    assert [None if pd.isna(x) else x for x in s] == ["missed", "met", None]
    with pytest.raises(ValueError, match="tolerance"):
        schedule_status(0.5, 0.5, tolerance=-0.1)


def test_time_fraction_refuses_a_deadline_before_its_start() -> None:
    from envindicators.errors import ModelValidationError

    with pytest.raises(ModelValidationError, match="deadline"):
        time_fraction("2020-01-01", "2019-01-01", "2019-06-30")
    with pytest.raises(ModelValidationError):
        time_fraction(["2016-01-01", "2020-01-01"], ["2020-01-01", "2019-01-01"], "2018-01-01")
    assert np.isnan(time_fraction(pd.NaT, "2019-01-01", "2019-06-30"))


@settings(max_examples=60, deadline=None)
@given(st.floats(-1.0, 2.0), st.floats(0.0, 1.0), st.floats(0.0, 0.2))
def test_reached_is_progress_at_least_time(p: float, tau: float, tol: float) -> None:
    reached = bool(schedule_reached(p, tau)[0])
    assert reached == (p >= tau)
    status = schedule_status(p, tau, 0.0, tolerance=tol)[0]
    if tau >= 1.0:
        assert status == "missed"
    elif p > tau + tol:
        assert status == "ahead"
        assert reached
    elif p < tau - tol:
        assert status == "behind"
        assert not reached
    else:
        assert status == "on_schedule"
