"""Target gaps: worked examples from the seeds, comparator semantics, properties."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from envindicators.analytics.gap import (
    DEFAULT_APPROX_RTOL,
    GAP_COLUMNS,
    PAIRING_RULES,
    compare,
    gap,
    pair_observations,
)
from envindicators.errors import ModelValidationError
from envindicators.model import (
    Comparator,
    Direction,
    Indicator,
    Observation,
    ObservationRole,
    Target,
)
from envindicators.units import Quantity

PM25 = Indicator("pm25_concentration", "细颗粒物浓度", "PM2.5 concentration", "µg/m3", "lower")
FOREST = Indicator("forest_coverage", "森林覆盖率", "Forest coverage", "%", "higher")
ENERGY = Indicator("energy_consumption", "能源消费总量", "Energy consumption", "tce", "lower")
INTENSITY = Indicator("energy_intensity", "单位GDP能耗", "Energy intensity", "tce/万元", "lower")
WATER = Indicator("water_use_total", "总用水量", "Total water use", "m3", "lower")
GOOD_DAYS = Indicator("good_air_days_share", "优良天数比例", "Share of good days", "%", "higher")
ALL = [PM25, FOREST, ENERGY, INTENSITY, WATER, GOOD_DAYS]


# -- worked examples ---------------------------------------------------------------------
def test_liaoning_pm25_2017_against_2020_target() -> None:
    """Seed 000: 2017 PM2.5 44 µg/m³ (同比下降4.3%) vs 到2020年下降到42微克/立方米."""
    target = Target.level(PM25, "下降到", (42, "微克/立方米"), deadline=2020, region="辽宁省")
    obs = Observation.of(PM25, (44, "微克/立方米"), 2017, region="辽宁省")
    r = gap(target, obs)
    assert r.basis == "level"
    assert r.gap == Quantity(2.0, "µg/m3")
    assert r.relative_gap == pytest.approx(2 / 42)  # 0.0476…
    assert r.shortfall.magnitude == pytest.approx(2.0)
    assert r.met is False


def test_liaoning_change_observation_with_a_2016_baseline() -> None:
    # the 同比 change gives the 2016 level: 44 / (1 − 0.043) = 45.977…
    b2016 = 44 / (1 - 0.043)
    target = Target.level(PM25, "le", (42, "µg/m3"), baseline=(b2016, "µg/m3"), baseline_year=2016)
    change = Observation.of(PM25, (-4.3, "%"), 2017, kind="change_relative", baseline_period="2016")
    r = gap(target, change)
    assert r.observed.magnitude == pytest.approx(44.0)  # B·(1 − 4.3 %)
    assert r.gap.magnitude == pytest.approx(2.0)
    assert r.observed_change.magnitude == pytest.approx(-4.3)
    assert r.met is False
    # without a base value the change observation cannot be compared with a level target
    bare = Target.level(PM25, "le", (42, "µg/m3"))
    r = gap(bare, change)
    assert (r.basis, r.met, r.gap) == (None, None, None)


def test_wuwei_2020_targets_against_made_up_outcomes() -> None:
    """Seed 002 targets; the outcomes are invented to exercise each comparator."""
    cases = [
        # target, observation, gap (in gap unit), gap unit, relative gap, shortfall, met
        (
            Target.level(FOREST, "以上", (18.43, "%"), deadline=2020),
            Observation.of(FOREST, (18.1, "%"), 2020),
            18.1 - 18.43, "percentage_point", (18.1 - 18.43) / 18.43, 0.33, False,
        ),
        (
            Target.level(ENERGY, "左右", (417, "万吨标准煤"), deadline=2020),
            Observation.of(ENERGY, (430, "万吨标准煤"), 2020),
            130_000.0, "tce", 13 / 417, 0.0, True,  # within 5 % of 417万 (437.85万)
        ),
        (
            Target.level(ENERGY, "左右", (417, "万吨标准煤"), deadline=2020),
            Observation.of(ENERGY, (450, "万吨标准煤"), 2020),
            330_000.0, "tce", 33 / 417, 121_500.0, False,  # 450 − 437.85 = 12.15万
        ),
        (
            Target.level(ENERGY, "左右", (417, "万吨标准煤"), deadline=2020),
            Observation.of(ENERGY, (380, "万吨标准煤"), 2020),
            -370_000.0, "tce", -37 / 417, 0.0, True,  # below: better for a lower indicator
        ),
        (
            Target.level(WATER, "以内", (15.15, "亿立方米"), deadline=2020),
            Observation.of(WATER, (148_000, "万立方米"), 2020),
            -3.5e7, "m3", -0.35 / 15.15, 0.0, True,
        ),
        (
            Target.level(GOOD_DAYS, "以上", (84.7, "%"), deadline=2020),
            Observation.of(GOOD_DAYS, (86.3, "%"), 2020),
            1.6, "percentage_point", 1.6 / 84.7, 0.0, True,
        ),
        (
            Target.relative(INTENSITY, -13, baseline_year=2015, deadline=2020),
            Observation.of(INTENSITY, (-14.2, "%"), 2020, kind="change_relative",
                           baseline_period="2015"),
            -1.2, "percentage_point", math.nan, 0.0, True,  # no relative gap of a change
        ),
        (
            Target.relative(INTENSITY, -13, baseline_year=2015, deadline=2020),
            Observation.of(INTENSITY, (-11.5, "%"), 2020, kind="change_relative",
                           baseline_period="2015"),
            1.5, "percentage_point", math.nan, 1.5, False,  # no relative gap of a change
        ),
    ]  # fmt: skip
    for target, obs, g, unit, rel, short, met in cases:
        r = gap(target, obs)
        assert r.gap.magnitude == pytest.approx(g, abs=1e-9), (target.value_text, obs.value)
        assert str(r.gap.units) == unit or r.gap.units == Quantity(1, unit).units
        assert r.relative_gap == pytest.approx(rel, nan_ok=True)
        assert r.shortfall.magnitude == pytest.approx(short, abs=1e-6)
        assert r.met is met


def test_relative_target_with_known_base_value_gives_the_implied_level() -> None:
    t = Target.relative(
        INTENSITY, -13, baseline_year=2015, baseline=(0.80, "tce/万元"), deadline=2020
    )
    r = gap(t, Observation.of(INTENSITY, (0.68, "tce/万元"), 2019))
    assert r.basis == "change"
    assert r.observed.magnitude == pytest.approx(-15.0)  # 0.68 / 0.80 − 1
    assert r.gap.magnitude == pytest.approx(-2.0)  # points
    assert r.implied_target.magnitude == pytest.approx(0.696)  # 0.80 × 0.87
    assert r.level_gap.magnitude == pytest.approx(-0.016)
    assert r.met is True
    # a change against another base year is not comparable
    other = Observation.of(
        INTENSITY, (-5, "%"), 2019, kind="change_relative", baseline_period="2018"
    )
    assert gap(t, other).met is None


def test_percentage_targets_give_percentage_point_gaps() -> None:
    permille = Indicator("survival_rate", "成活率", "Survival rate", "‰", "higher")
    r = gap(Target.level(permille, "ge", (900, "‰")), Observation.of(permille, (85, "%"), 2020))
    assert r.gap == Quantity(-5.0, "percentage_point")  # 85 % − 90 %
    assert r.relative_gap == pytest.approx(-50 / 900)


def test_band_and_eq_and_explicit_tolerance() -> None:
    ph = Indicator("ph", "pH值", "pH", "dimensionless", "band")
    band = Target.level(ph, "band", (6, "dimensionless"), high=(9, "dimensionless"))
    assert gap(band, Observation.of(ph, (7.5, "dimensionless"), 2020)).met is True
    r = gap(band, Observation.of(ph, (9.5, "dimensionless"), 2020))
    assert (r.met, r.gap.magnitude, r.shortfall.magnitude) == (False, 0.5, 0.5)
    assert r.relative_gap == pytest.approx(0.5 / 9)
    r = gap(band, Observation.of(ph, (5.0, "dimensionless"), 2020))
    assert (r.met, r.gap.magnitude, r.relative_gap) == (False, -1.0, pytest.approx(-1 / 6))
    eq = Target(indicator=ph, comparator="eq", number=7.0, unit_written="dimensionless")
    assert gap(eq, Observation.of(ph, (7.0, "dimensionless"), 2020)).met is True
    assert gap(eq, Observation.of(ph, (7.1, "dimensionless"), 2020)).met is False
    tol = Target(
        indicator=ph, comparator="eq", number=7.0, unit_written="dimensionless", tolerance=0.2
    )
    assert gap(tol, Observation.of(ph, (7.1, "dimensionless"), 2020)).met is True
    tight = Target.level(ENERGY, "approx", (417, "万吨标准煤"), tolerance=(5, "万吨标准煤"))
    assert gap(tight, Observation.of(ENERGY, (430, "万吨标准煤"), 2020)).met is False


def test_target_met_at_baseline_is_judged_on_the_current_value() -> None:
    t = Target.level(PM25, "le", (42, "µg/m3"), baseline=(38, "µg/m3"), baseline_year=2015)
    assert gap(t, Observation.of(PM25, (40, "µg/m3"), 2017)).met is True
    assert gap(t, Observation.of(PM25, (43, "µg/m3"), 2017)).met is False


def test_lower_is_better_strict_comparators() -> None:
    lt = Target.level(PM25, "lt", (35, "µg/m3"))
    assert gap(lt, Observation.of(PM25, (35, "µg/m3"), 2020)).met is False
    assert gap(lt, Observation.of(PM25, (34.9, "µg/m3"), 2020)).met is True
    le = Target.level(PM25, "le", (35, "µg/m3"))
    assert gap(le, Observation.of(PM25, (35, "µg/m3"), 2020)).met is True


# -- frames ----------------------------------------------------------------------------
def _pairs() -> tuple[list[Target], list[Observation]]:
    ts = [
        Target.level(PM25, "le", (42, "µg/m3"), deadline=2020, target_id="T1"),
        Target.level(FOREST, "ge", (18.43, "%"), deadline=2020, target_id="T2"),
        Target.relative(INTENSITY, -13, baseline_year=2015, deadline=2020, target_id="T3"),
        Target.level(ENERGY, "approx", (417, "万吨标准煤"), deadline=2020, target_id="T4"),
    ]
    os_ = [
        Observation.of(PM25, (0.044, "mg/m3"), 2017, obs_id="O1"),
        Observation.of(FOREST, (18.5, "%"), 2020, obs_id="O2"),
        Observation.of(
            INTENSITY, (-12, "%"), 2020, kind="change_relative", baseline_period="2015", obs_id="O3"
        ),
        Observation.of(ENERGY, (4_000_000, "tce"), 2020, obs_id="O4"),
    ]
    return ts, os_


def test_frame_path_matches_the_scalar_path() -> None:
    ts, os_ = _pairs()
    df = gap(Target.to_frame(ts), Observation.to_frame(os_), indicators=ALL)
    assert list(df.columns) == ["target_id", "obs_id", *GAP_COLUMNS]
    assert df["met"].dtype == "boolean"
    assert df["met"].tolist() == [False, True, False, True]
    for i, (t, o) in enumerate(zip(ts, os_, strict=True)):
        r = gap(t, o)
        assert df["gap"].iloc[i] == pytest.approx(r.gap.magnitude)
        assert df["gap_unit"].iloc[i] in (str(r.gap.units), "percentage_point", "tce", "µg/m3")
        assert df["met"].iloc[i] == r.met


def test_nan_observation_gives_na() -> None:
    ts, os_ = _pairs()
    obs = Observation.to_frame(os_)
    obs["number"] = obs["number"].astype(float)
    obs.loc[1, "number"] = np.nan
    with pytest.raises(ModelValidationError):  # a model frame refuses a missing number …
        gap(Target.to_frame(ts), obs, indicators=ALL)
    met, g, short = compare([np.nan, 1.0], [1.0, np.nan], "ge", "higher")  # … compare is NA
    assert np.isnan(met).all()
    assert np.isnan(g).all()
    assert np.isnan(short).all()


def test_pairs_must_concern_the_same_indicator() -> None:
    ts, os_ = _pairs()
    with pytest.raises(ModelValidationError) as exc:
        gap(Target.to_frame(ts), Observation.to_frame(os_[::-1]), indicators=ALL)
    assert exc.value.field == "indicator"


def test_pair_observations_latest_and_by_deadline() -> None:
    t = Target.level(PM25, "le", (42, "µg/m3"), deadline=2020, region="辽宁省")
    rel = Target.relative(INTENSITY, -13, baseline_year=2015, deadline=2020, region="武威市")
    obs = [
        Observation.of(PM25, (44, "µg/m3"), 2017, region="辽宁省", obs_id="a"),
        Observation.of(PM25, (40, "µg/m3"), 2021, region="辽宁省", obs_id="b"),
        Observation.of(PM25, (30, "µg/m3"), 2021, region="沈阳市", obs_id="c"),
        Observation.of(
            INTENSITY, (-9, "%"), 2019, region="武威市", kind="change_relative",
            baseline_period="2018", obs_id="d",
        ),
        Observation.of(
            INTENSITY, (-10, "%"), 2019, region="武威市", kind="change_relative",
            baseline_period="2015", obs_id="e",
        ),
    ]  # fmt: skip
    tf = Target.to_frame([t, rel])
    of = Observation.to_frame(obs)
    pt, po = pair_observations(tf, of)
    assert po["obs_id"].tolist() == ["b", "e"]
    assert list(pt.index) == list(po.index) == [0, 1]
    pt, po = pair_observations(tf, of, how="by_deadline")
    assert po["obs_id"].tolist() == ["a", "e"]
    res = gap(pt, po, indicators=ALL)
    assert res["met"].tolist() == [False, False]


def _liaoning_pm25(years, evidence):
    """One 2020 PM2.5 target and one observation per year; ``evidence`` marks the rows
    whose ``evidence_for`` names the target."""
    t = Target.level(PM25, "le", (42, "µg/m3"), deadline=2020, region="辽宁省")
    tf = Target.to_frame([t]).assign(target_id="000-T013")
    obs = [
        Observation.of(PM25, (40 + i, "µg/m3"), y, region="辽宁省", obs_id=f"o{i}")
        for i, y in enumerate(years)
    ]
    links = ["000-T099; 000-T013" if e else None for e in evidence]
    return tf, Observation.to_frame(obs).assign(evidence_for=links)


def test_pair_observations_prefers_evidence() -> None:
    # the 2016 figure is linked as evidence for the target, the 2017 one is not
    tf, of = _liaoning_pm25([2016, 2017, 2021], [True, False, False])
    assert pair_observations(tf, of, how="by_deadline")[1]["obs_id"].tolist() == ["o0"]
    _, po = pair_observations(tf, of, how="by_deadline", prefer_evidence=False)
    assert po["obs_id"].tolist() == ["o1"]
    # a link to another target is no evidence for this one
    other = of.assign(evidence_for=["000-T0131", None, None])
    assert pair_observations(tf, other, how="by_deadline")[1]["obs_id"].tolist() == ["o1"]
    # without the column, or without target ids, the date rule alone
    no_col = of.drop(columns="evidence_for")
    assert pair_observations(tf, no_col, how="by_deadline")[1]["obs_id"].tolist() == ["o1"]
    no_id = tf.drop(columns="target_id")
    assert pair_observations(no_id, of, how="by_deadline")[1]["obs_id"].tolist() == ["o1"]


def test_pair_observations_evidence_overrides_the_period_rule() -> None:
    # a target over 2020-07-30 … 2020-12-31 and annual figures of 2022 (with their own
    # period): unlinked, the period rule keeps them apart; linked by hand, they pair
    tf, of = _liaoning_pm25([2022], [False])
    tf = tf.assign(start=pd.Timestamp("2020-07-30"))
    of = of.assign(period_start=pd.Timestamp("2022-01-01"))
    assert pair_observations(tf, of, how="at_deadline")[1].empty
    linked = of.assign(evidence_for="000-T013")
    _, po = pair_observations(tf, linked, how="at_deadline")
    assert po["obs_id"].tolist() == ["o0"]
    assert pair_observations(tf, linked, how="at_deadline", prefer_evidence=False)[1].empty


def test_pair_observations_at_deadline() -> None:
    # the deadline's own figure, else the first after it, else the latest before it
    tf, of = _liaoning_pm25([2017, 2020, 2021, 2022], [False] * 4)
    assert pair_observations(tf, of, how="at_deadline")[1]["obs_id"].tolist() == ["o1"]
    tf, of = _liaoning_pm25([2017, 2022, 2021], [False] * 3)
    assert pair_observations(tf, of, how="at_deadline")[1]["obs_id"].tolist() == ["o2"]
    tf, of = _liaoning_pm25([2016, 2018, 2017], [False] * 3)
    assert pair_observations(tf, of, how="at_deadline")[1]["obs_id"].tolist() == ["o1"]
    with pytest.raises(ValueError, match="at_deadline"):
        pair_observations(tf, of, how="nearest")


@settings(max_examples=40)
@given(
    st.lists(st.tuples(st.integers(2013, 2025), st.booleans()), min_size=1, max_size=6),
    st.sampled_from(["latest", "by_deadline", "at_deadline"]),
)
def test_pair_observations_evidence_then_date_rule(rows, how) -> None:
    years = [y for y, _ in rows]
    evidence = [e for _, e in rows]
    tf, of = _liaoning_pm25(years, evidence)
    _, po = pair_observations(tf, of, how=how)
    candidates = [(i, y, e) for i, (y, e) in enumerate(rows) if how != "by_deadline" or y <= 2020]
    if not candidates:
        assert po.empty
        return
    (chosen,) = po["obs_id"].tolist()
    i = int(chosen[1:])
    # evidence wins whenever a candidate is evidence
    assert evidence[i] == any(e for _, _, e in candidates)
    pool = [(j, y) for j, y, e in candidates if e == evidence[i]]
    ys = [y for _, y in pool]
    if how == "at_deadline" and any(y >= 2020 for y in ys):
        assert years[i] == min(y for y in ys if y >= 2020)
    else:
        assert years[i] == max(ys)
    # ties on the period go to the later row
    assert i == max(j for j, y in pool if y == years[i])


@settings(max_examples=40)
@given(
    st.lists(
        st.tuples(st.integers(2013, 2025), st.booleans(), st.sampled_from(list(ObservationRole))),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(PAIRING_RULES),
)
def test_pair_observations_takes_only_outcomes_under_every_rule(rows, how) -> None:
    # a context figure (another scope under the same code), a projection or a gap to a
    # target is never paired, even when linked as evidence: every rule chooses as if
    # those rows were not there
    tf, of = _liaoning_pm25([y for y, _, _ in rows], [e for _, e, _ in rows])
    of = of.assign(role=[r.value for _, _, r in rows])
    _, po = pair_observations(tf, of, how=how)
    assert set(po["role"]) <= {ObservationRole.OUTCOME.value}
    outcomes = of[of["role"] == ObservationRole.OUTCOME.value]
    _, expected = pair_observations(tf, outcomes, how=how)
    assert po["obs_id"].tolist() == expected["obs_id"].tolist()
    # a missing role is an outcome
    unset = of.assign(role=of["role"].where(of["role"] != ObservationRole.OUTCOME.value))
    assert pair_observations(tf, unset, how=how)[1]["obs_id"].tolist() == po["obs_id"].tolist()


def test_context_rows_are_never_paired() -> None:
    # the only figure of the deadline year is of another scope: every rule leaves the
    # target unpaired rather than judging it on that figure
    tf, of = _liaoning_pm25([2020], [True])
    of = of.assign(role=ObservationRole.CONTEXT.value)
    for how in PAIRING_RULES:
        assert pair_observations(tf, of, how=how)[1].empty
        assert pair_observations(tf, of.assign(role="outcome"), how=how)[1]["obs_id"].tolist() == [
            "o0"
        ]


# -- properties ------------------------------------------------------------------------
MASS_UNITS = {"t": 1.0, "万吨": 1e4, "kg": 1e-3, "亿吨": 1e8, "千克": 1e-3}
COAL = Indicator("coal_consumption", "煤炭消费总量", "Coal consumption", "t", "lower")
comparators = st.sampled_from(["ge", "gt", "le", "lt", "eq", "approx"])
values = st.floats(min_value=1.0, max_value=1e7, allow_nan=False)


@settings(max_examples=80, deadline=None)
@given(
    values,
    values,
    comparators,
    st.sampled_from(sorted(MASS_UNITS)),
    st.sampled_from(sorted(MASS_UNITS)),
)
def test_gap_is_invariant_to_the_input_units(
    t: float, x: float, comp: str, ut: str, ux: str
) -> None:
    assume(abs(x - t) > 1e-6 * t)  # away from the boundary, where rounding may flip `met`
    assume(abs(abs(x - t) - DEFAULT_APPROX_RTOL * t) > 1e-6 * t)
    canonical = gap(
        Target(indicator=COAL, comparator=comp, number=t, unit_written="t"),
        Observation.of(COAL, (x, "t"), 2020),
    )
    scaled = gap(
        Target(indicator=COAL, comparator=comp, number=t / MASS_UNITS[ut], unit_written=ut),
        Observation.of(COAL, (x / MASS_UNITS[ux], ux), 2020),
    )
    assert scaled.met == canonical.met
    assert scaled.gap.magnitude == pytest.approx(canonical.gap.magnitude, rel=1e-9, abs=1e-6)
    assert scaled.relative_gap == pytest.approx(canonical.relative_gap, rel=1e-9, abs=1e-12)
    assert scaled.gap.magnitude == pytest.approx(x - t, rel=1e-9, abs=1e-6)


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(
    finite,
    finite,
    st.sampled_from(list(Comparator)),
    st.sampled_from(list(Direction)),
    st.none() | st.floats(0, 100),
    st.floats(0, 100),
)
def test_flipping_direction_and_comparator_mirrors_met(
    x: float, t: float, comp: Comparator, d: Direction, tol: float | None, width: float
) -> None:
    hi = t + width
    met, g, short = compare(x, t, comp.value, d.value, hi, tol)
    if comp is Comparator.BAND:  # the mirrored band is [−hi, −t]
        m_met, m_g, m_short = compare(-x, -hi, comp.mirrored.value, d.mirrored.value, -t, tol)
    else:
        m_met, m_g, m_short = compare(-x, -t, comp.mirrored.value, d.mirrored.value, None, tol)
    assert met == m_met
    assert short == pytest.approx(m_short)
    assert g == pytest.approx(-m_g)


def test_mirror_through_model_objects() -> None:
    """higher-is-better ≥ t at x  ≡  lower-is-better ≤ −t at −x, via Target/Observation."""
    up = Indicator("score_up", "得分", "Score", "dimensionless", "higher")
    down = Indicator("score_down", "负得分", "Negated score", "dimensionless", "lower")
    for x, t in [(5.0, 4.0), (3.0, 4.0), (4.0, 4.0)]:
        for comp in ("ge", "gt", "approx", "eq"):
            a = gap(
                Target(indicator=up, comparator=comp, number=t, unit_written="dimensionless"),
                Observation.of(up, (x, "dimensionless"), 2020),
            )
            b = gap(
                Target(
                    indicator=down,
                    comparator=Comparator(comp).mirrored,
                    number=-t,
                    unit_written="dimensionless",
                ),
                Observation.of(down, (-x, "dimensionless"), 2020),
            )
            assert a.met == b.met, (x, t, comp)


@settings(max_examples=100, deadline=None)
@given(finite, finite, comparators, st.sampled_from(["higher", "lower", "neutral"]))
def test_met_iff_no_shortfall_for_one_sided(x: float, t: float, comp: str, d: str) -> None:
    met, _, short = compare(x, t, comp, d)
    if comp in ("ge", "le"):
        assert bool(met) == (short == 0.0)
    assert short >= 0.0
    assert not math.isnan(float(met))


def test_unknown_comparator_in_compare_is_refused() -> None:
    with pytest.raises(ModelValidationError):
        compare(1.0, 2.0, "about", "higher")


def test_gap_needs_indicators_for_frames() -> None:
    ts, os_ = _pairs()
    with pytest.raises(TypeError):
        gap(Target.to_frame(ts), Observation.to_frame(os_))
    with pytest.raises(ValueError, match="same length"):
        gap(Target.to_frame(ts), Observation.to_frame(os_[:2]), indicators=ALL)


def test_observation_at_a_date_keeps_the_period() -> None:
    t = Target.level(PM25, "le", (42, "µg/m3"), deadline=dt.date(2020, 12, 31))
    df = gap(
        Target.to_frame([t]),
        Observation.to_frame([Observation.of(PM25, (41, "µg/m3"), "2018-09-15")]),
        indicators=[PM25],
    )
    assert isinstance(df, pd.DataFrame)
    assert df["met"].iloc[0]


# -- issue 11 (14): invalid comparisons are errors, not numbers ----------------------------
def test_compare_refuses_negative_tolerance_and_inverted_bands() -> None:
    from envindicators.analytics.gap import compare
    from envindicators.errors import ModelValidationError

    with pytest.raises(ModelValidationError, match="tolerance"):
        compare(41.0, 42.0, "approx", tolerance=-1.0)
    with pytest.raises(ModelValidationError, match="target_high"):
        compare(5.0, 10.0, "band", target_high=1.0)
    with pytest.raises(ModelValidationError, match="tolerance"):
        compare([1.0, 2.0], 2.0, "eq", tolerance=[0.1, -0.1])
    met, _, _ = compare(5.0, 1.0, "band", target_high=10.0)
    assert met.tolist() == 1.0
    met, _, _ = compare(41.0, 42.0, "approx", tolerance=np.nan)  # NaN: the default 5 %
    assert met.tolist() == 1.0


# -- issue 11 (8): relative changes on non-positive bases are refused ----------------------
def test_relative_targets_on_non_positive_bases_are_refused() -> None:
    """From −10 to −20 is '+100 %' by the formula: neither met nor not met, but refused."""
    from envindicators.model import Indicator

    net = Indicator("net_balance", "净平衡", "net balance", "t", "higher")
    with pytest.raises(ModelValidationError, match="base ≤ 0"):
        Target.relative(net, 10, baseline_year=2015, baseline=(-10, "t"))
    with pytest.raises(ModelValidationError, match="base ≤ 0"):
        Target.relative(net, 10, baseline_year=2015, baseline=(0, "t"))
    t = Target.relative(net, 10, baseline_year=2015, deadline=2020)
    with pytest.raises(ModelValidationError):
        t.implied_level(-10.0)
    # frames that bypass the constructor: the pair is not comparable, no number
    tf = Target.to_frame([t]).assign(baseline_value=-10.0)
    of = Observation.to_frame([Observation.of(net, (-20, "t"), 2020)])
    g = gap(tf, of, indicators=[net])
    assert g["basis"].isna().all()
    assert g["met"].isna().all()
    assert np.isnan(g["observed_change"]).all()
    assert np.isnan(g["implied_target"]).all()
    # a positive base still works: 10 → 12 is +20 %
    ok = Target.relative(net, 10, baseline_year=2015, baseline=(10, "t"), deadline=2020)
    r = gap(ok, Observation.of(net, (12, "t"), 2020))
    assert r.observed_change.magnitude == pytest.approx(20.0)
    assert r.met is True


@settings(max_examples=100, deadline=None)
@given(st.floats(-1e4, 0.0), st.floats(-1e4, 1e4), st.floats(-50, 50))
def test_no_relative_change_is_computed_from_a_non_positive_base(
    base: float, x: float, change: float
) -> None:
    from envindicators.model import Indicator

    net = Indicator("net_balance", "净平衡", "net balance", "t", "higher")
    t = Target.relative(net, change, baseline_year=2015, deadline=2020)
    tf = Target.to_frame([t]).assign(baseline_value=base)
    of = Observation.to_frame([Observation.of(net, (x, "t"), 2020)])
    g = gap(tf, of, indicators=[net])
    assert g["met"].isna().all()
    assert np.isnan(g["gap"]).all()
