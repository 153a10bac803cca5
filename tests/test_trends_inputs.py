"""Trend inputs: time axis conversion, input forms, kernels of the vectorised core."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.analytics.trends import _kernels as kernels
from envindicators.analytics.trends import decimal_years, mann_kendall, sens_slope
from envindicators.analytics.trends._panel import as_panel
from envindicators.analytics.trends._time import to_time_axis, to_time_scalar
from envindicators.errors import TrendError

pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")


# ------------------------------------------------------------------------- time axis


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2020-01-01", 2020.0),
        ("2020-07-02", 2020.5),  # leap year: 182 of 366 days
        ("2019-07-02T12:00", 2019.5),  # 182.5 of 365 days
        ("2017-12-31", 2017 + 364 / 365),
        ("1969-07-02T12:00", 1969.5),  # before the epoch
    ],
)
def test_decimal_years_exact(stamp: str, expected: float) -> None:
    assert decimal_years(pd.to_datetime([stamp]))[0] == pytest.approx(expected, abs=1e-12)


def test_time_axis_kinds() -> None:
    dates = pd.to_datetime(["2020-01-01", "2020-07-02"])
    for form in (
        dates,
        pd.Series(dates),
        dates.tz_localize("Asia/Shanghai"),
        [dt.date(2020, 1, 1), dt.date(2020, 7, 2)],
        np.array(["2020-01-01", "2020-07-02"], dtype="datetime64[D]"),
    ):
        values, kind = to_time_axis(form)
        assert kind == "datetime"
        np.testing.assert_allclose(values, [2020.0, 2020.5])
    values, kind = to_time_axis(pd.period_range("2015", periods=3, freq="Y"))
    assert (kind, values.tolist()) == ("datetime", [2015.0, 2016.0, 2017.0])
    values, kind = to_time_axis([2015, 2016.5])
    assert (kind, values.tolist()) == ("numeric", [2015.0, 2016.5])
    assert np.isnan(to_time_axis(pd.to_datetime(["2020-01-01", None]))[0][1])


@pytest.mark.parametrize("bad", [["2020", "2021"], [True, False], [1.0, np.inf]])
def test_time_axis_rejects_non_times(bad) -> None:
    with pytest.raises(TrendError):
        to_time_axis(bad)


def test_time_scalar() -> None:
    assert to_time_scalar(2020, "numeric") == 2020.0
    assert to_time_scalar(pd.Period("2020"), "numeric") == 2020.0
    assert to_time_scalar("2020-07-02", "datetime") == pytest.approx(2020.5)
    with pytest.raises(TrendError, match="no time axis"):
        to_time_scalar("2020-07-02", "index")
    with pytest.raises(TrendError):
        to_time_scalar(True, "numeric")
    with pytest.raises(TrendError):
        to_time_scalar("not a date", "numeric")


@settings(max_examples=100, deadline=None)
@given(st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 12, 31)))
def test_decimal_years_are_monotone_and_within_the_year(stamp: dt.datetime) -> None:
    value = decimal_years(pd.DatetimeIndex([stamp]))[0]
    assert stamp.year <= value < stamp.year + 1
    later = decimal_years(pd.DatetimeIndex([stamp + dt.timedelta(hours=1)]))[0]
    assert later > value


# ----------------------------------------------------------------------- input forms


def test_series_index_is_the_time_axis() -> None:
    y = [1.0, 3.0, 2.0, 5.0]
    assert sens_slope(pd.Series(y)).slope == sens_slope(y).slope  # RangeIndex: positions
    years = pd.Series(y, index=[2010, 2012, 2014, 2016])
    assert sens_slope(years).slope == sens_slope(y, [2010, 2012, 2014, 2016]).slope
    monthly = pd.Series(y, index=pd.date_range("2020-01-01", periods=4, freq="MS"))
    assert as_panel(monthly).time_kind == "datetime"
    assert sens_slope(monthly, t=[0, 1, 2, 3]).slope == sens_slope(y).slope


def test_nullable_values_and_index_errors() -> None:
    df = pd.DataFrame(
        {"year": [2018, 2019, 2020, 2021], "value": pd.array([1.0, None, 3.0, 4.0], "Float64")}
    )
    assert sens_slope(df).loc[0, "n"] == 3
    with pytest.raises(TrendError, match="Series index"):
        sens_slope(pd.Series([1.0, 2.0, 3.0], index=["a", "b", "c"]))


def test_shapes_and_errors() -> None:
    with pytest.raises(TrendError, match="shape"):
        sens_slope([1.0, 2.0, 3.0], [1, 2])
    with pytest.raises(TrendError, match="1-D"):
        sens_slope(np.zeros((2, 2, 2)))
    with pytest.raises(TrendError, match="numeric"):
        sens_slope(["a", "b", "c"])
    with pytest.raises(TrendError, match="infinite"):
        sens_slope([1.0, 2.0], [0.0, np.inf])
    Y = np.arange(12.0).reshape(3, 4)
    assert len(sens_slope(Y, np.arange(4) + 2000)) == 3
    assert len(sens_slope(Y, np.tile(np.arange(4), (3, 1)))) == 3
    with pytest.raises(TrendError, match=r"\(4,\) or \(3, 4\)"):
        sens_slope(Y, np.arange(3))


def test_long_frame_keeps_missing_keys_and_point_labels() -> None:
    df = pd.DataFrame(
        {
            "region": ["A", "A", "A", None, None, None],
            "year": [2018, 2019, 2020, 2018, 2019, 2020],
            "value": [1.0, 2.0, 3.0, 3.0, 2.0, 1.0],
        }
    )
    out = sens_slope(df, by="region")
    assert len(out) == 2  # the group with a missing key is not silently dropped
    assert sorted(out["slope"].tolist()) == [-1.0, 1.0]
    empty = mann_kendall(df.iloc[:0], by="region")
    assert len(empty) == 0
    whole = sens_slope(df.iloc[:3])
    assert whole.loc[0, "slope"] == 1.0


def test_many_short_and_one_long_series_in_one_frame() -> None:
    """Length buckets: a long station series does not pad the short ones (and agrees)."""
    rng = np.random.default_rng(4)
    rows = [("short", k, year, rng.normal()) for k in range(50) for year in range(8)]
    rows += [("long", 0, year, rng.normal() + 0.01 * year) for year in range(3000)]
    df = pd.DataFrame(rows, columns=["kind", "k", "year", "value"])
    panel = as_panel(df, by=["kind", "k"])
    assert sorted(b.y.shape[1] for b in panel.blocks) == [8, 3000]
    out = mann_kendall(df, by=["kind", "k"])
    long = df[df.kind == "long"]
    assert out.loc[("long", 0), "s"] == mann_kendall(long.value.to_numpy()).s


# ---------------------------------------------------------------------------- kernels


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), min_size=0, max_size=40))
def test_long_kendall_s_matches_brute_force(points) -> None:
    t = np.asarray([p[0] for p in points], float)
    y = np.asarray([p[1] for p in points], float)
    brute = sum(
        int(np.sign(t[j] - t[i]) * np.sign(y[j] - y[i]))
        for i, j in itertools.combinations(range(len(points)), 2)
    )
    order = np.argsort(t, kind="stable")
    assert kernels._s_long(t[order], y[order]) == brute


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 4) | st.just(-1), max_size=12), min_size=1, max_size=6))
def test_tie_sums_match_counter(rows) -> None:
    width = max(len(r) for r in rows) or 1
    a = np.full((len(rows), width), np.nan)
    for i, r in enumerate(rows):
        a[i, : len(r)] = [np.nan if v < 0 else v for v in r]
    sums, _ = kernels.tie_sums(a)
    for i, r in enumerate(rows):
        u = np.array(list(Counter(v for v in r if v >= 0).values()), float)
        assert sums.c2[i] == np.sum(u * (u - 1))
        assert sums.c3[i] == np.sum(u * (u - 1) * (u - 2))
        assert sums.c5[i] == np.sum(u * (u - 1) * (2 * u + 5))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_streaming_selection_matches_sort(monkeypatch, seed: int) -> None:
    rng = np.random.default_rng(seed)
    subs = []
    for n in (150, 90, 3):
        t = np.sort(rng.integers(0, 80, n)).astype(float)
        subs.append((t, rng.integers(0, 9, n).astype(float)))
    allv = np.sort(np.concatenate(list(kernels._pair_slopes_iter(subs))))
    counts = np.array([kernels._pairs_with_distinct_t(t) for t, _ in subs])
    assert counts.sum() == allv.size
    ranks = np.array([0, allv.size // 3, allv.size // 2, allv.size - 1])
    monkeypatch.setattr(kernels, "PAIR_BUDGET", 500)
    np.testing.assert_array_equal(kernels._select_streaming(subs, counts, ranks), allv[ranks])
