"""Target verdicts (met / not yet met before the deadline / not met …) and the pairing rule."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators import analytics, datasets
from envindicators.analytics import TARGET_VERDICT, pair_observations, target_verdicts


def test_verdict_rule_by_date_and_comparability() -> None:
    v = target_verdicts(
        [True, False, False, None, False, False],
        ["2017-12-31", "2017-12-31", "2020-12-31", "2017-12-31", "2021-06-30", None],
        ["2020-12-31", "2020-12-31", "2020-12-31", "2020-12-31", "2020-12-31", "2020-12-31"],
        [True, True, True, True, True, False],
    )
    assert v.dtype == TARGET_VERDICT
    assert list(v) == [
        "met",
        "not yet met (before deadline)",
        "not met",  # at the deadline
        "not comparable",
        "not met",
        "no observation",
    ]
    # no deadline: a standing target not met is not met
    assert list(target_verdicts([False], ["2017-12-31"], [pd.NaT])) == ["not met"]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([True, False, None]),
            st.dates(dt.date(2015, 1, 1), dt.date(2025, 1, 1)),
            st.dates(dt.date(2015, 1, 1), dt.date(2025, 1, 1)),
            st.booleans(),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_verdicts_partition_the_targets(rows: list) -> None:
    met, at, deadline, paired = (list(c) for c in zip(*rows, strict=True))
    v = target_verdicts(met, at, deadline, paired)
    for m, a, d, p, verdict in zip(met, at, deadline, paired, v, strict=True):
        if not p:
            assert verdict == "no observation"
        elif m is None:
            assert verdict == "not comparable"
        elif m:
            assert verdict == "met"
        else:
            assert verdict == ("not yet met (before deadline)" if a < d else "not met")


def test_an_annual_quota_is_not_paired_with_another_years_flow() -> None:
    """Wuwei (seed 002): the 2020 quota of 2.5万户 is not judged on 2019's 48473 households."""
    t = datasets.load("targets")
    o = datasets.load("observations")
    wuwei = t[t["target_id"].isin(["002-T044", "002-T045", "002-T046"])]
    for how in ("latest", "by_deadline"):
        pt, po = pair_observations(wuwei, o, how=how)
        pairs = dict(zip(pt["target_id"], po["obs_id"], strict=True))
        assert pairs == {"002-T044": "002-O035", "002-T045": "002-O036"}
    # a level (a state, no period_start) still pairs with a target of another period
    o2 = o.copy()
    o2.loc[o2["obs_id"] == "002-O036", "period_start"] = pd.NaT
    pt, po = pair_observations(wuwei, o2, how="latest")
    assert "002-T046" in set(pt["target_id"])


def test_report_statuses_are_the_analytics_verdicts() -> None:
    from envindicators import report

    assert report.STATUSES == analytics.TARGET_VERDICTS
    tabs = datasets.load_all()
    table = report.assessment(tabs["targets"], tabs["observations"], tabs["indicators"])
    pm = table[table["target_id"] == "000-T013"].iloc[0]
    assert pm["status"] == "not yet met (before deadline)"  # 44 in 2017 vs ≤ 42 by 2020
    assert pd.isna(table.loc[table["target_id"] == "002-T042", "relative_gap"]).all()
    zero = table[table["target_id"] == "002-T012"].iloc[0]
    assert report._target_text(zero) == "change ≤ 0% vs 2020-07-30"
    assert np.isnan(zero["target"]) or zero["target"] == 0.0
