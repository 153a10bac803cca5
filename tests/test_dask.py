"""envindicators.dask: grouped trend tests of long dask DataFrames, partitions aligned on the
keys, ``meta`` from the library, run on a two-worker ``distributed.LocalCluster``.

dask.dataframe needs pyarrow, which the README's first test pass leaves out on purpose (pandas
without Arrow strings); these tests are skipped there and run in the second pass
(``.[test,arrow]``, which pulls dask[dataframe] and distributed).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip(
    "pyarrow", reason="dask.dataframe needs pyarrow: runs in the README's [test,arrow] pass"
)
dd = pytest.importorskip(
    "dask.dataframe", reason="dask[dataframe] not installed: runs in the [test,arrow] pass"
)
distributed = pytest.importorskip(
    "distributed", reason="distributed not installed: runs in the [test,arrow] pass"
)

import envindicators.dask as edd  # noqa: E402
from envindicators.analytics.trends import (  # noqa: E402
    linear_trend,
    mann_kendall,
    sens_slope,
    trend_test,
)
from envindicators.errors import TrendError  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _long(n_stations: int = 40, n_years: int = 12, seed: int = 0) -> pd.DataFrame:
    """Stations × years, slope 0.1·k per year for station k mod 5, rows shuffled."""
    rng = np.random.default_rng(seed)
    station = np.repeat([f"S{k:03d}" for k in range(n_stations)], n_years)
    region = np.repeat([f"R{k % 3}" for k in range(n_stations)], n_years)
    year = np.tile(np.arange(2010, 2010 + n_years), n_stations)
    slope = np.repeat(0.1 * (np.arange(n_stations) % 5), n_years)
    value = slope * (year - 2010) + rng.normal(scale=0.3, size=year.size)
    value[rng.random(value.size) < 0.05] = np.nan
    df = pd.DataFrame({"station": station, "region": region, "year": year, "value": value})
    return df.sample(frac=1.0, random_state=seed).reset_index(drop=True)


def _same(lazy: pd.DataFrame, eager: pd.DataFrame, keys: list[str]) -> None:
    """Equal to the pandas function's result, row order aside (the eager side is run on
    ``ddf.compute()``: dask stores the key strings as Arrow strings, pandas as ``str``)."""
    got = lazy.set_index(keys).sort_index()
    want = eager.sort_index()
    want.attrs = {}
    pd.testing.assert_frame_equal(got, want, check_names=True)


@pytest.mark.parametrize(
    ("edd_func", "pd_func"),
    [
        (edd.trend_test, trend_test),
        (edd.mann_kendall, mann_kendall),
        (edd.sens_slope, sens_slope),
        (edd.linear_trend, linear_trend),
    ],
    ids=["trend_test", "mann_kendall", "sens_slope", "linear_trend"],
)
def test_cluster_result_equals_the_pandas_function(client, edd_func, pd_func) -> None:
    df = _long()
    ddf = dd.from_pandas(df, npartitions=5)  # rows shuffled: every series spans partitions
    lazy = edd_func(ddf, by="station", value="value", time="year")
    assert isinstance(lazy, dd.DataFrame)
    got = lazy.compute()
    assert got["station"].is_unique  # one row per series: partitions were aligned
    _same(got, pd_func(ddf.compute(), by="station", value="value", time="year"), ["station"])


def test_two_keys_and_a_seasonal_method_on_the_cluster(client) -> None:
    rng = np.random.default_rng(3)
    dates = pd.date_range("2015-01-01", periods=48, freq="MS")
    rows = [
        pd.DataFrame(
            {
                "region": f"R{k % 2}",
                "indicator": f"I{k // 2}",
                "date": dates,
                "value": 0.02 * k * np.arange(48) + rng.normal(size=48),
            }
        )
        for k in range(6)
    ]
    df = pd.concat(rows, ignore_index=True).sample(frac=1.0, random_state=1)
    ddf = dd.from_pandas(df, npartitions=3)
    kw = {"value": "value", "time": "date", "method": "seasonal"}
    got = edd.trend_test(ddf, by=["region", "indicator"], **kw).compute()
    want = trend_test(ddf.compute(), by=["region", "indicator"], **kw)
    _same(got, want, ["region", "indicator"])


def test_meta_is_what_the_partitions_return(client) -> None:
    ddf = dd.from_pandas(_long(), npartitions=4)
    lazy = edd.trend_test(ddf, by="station", value="value", time="year")
    empty = edd.meta(trend_test, ddf, by="station", value="value", time="year")
    assert len(empty) == 0
    assert list(empty.columns)[:2] == ["station", "n"]
    got = lazy.compute()
    pd.testing.assert_series_equal(got.dtypes, empty.dtypes)
    pd.testing.assert_series_equal(lazy.dtypes, empty.dtypes)


def test_frame_already_indexed_by_the_key_needs_no_shuffle(client) -> None:
    df = _long(seed=5)
    ddf = dd.from_pandas(df, npartitions=4).set_index("station").reset_index()
    got = edd.sens_slope(ddf, by="station", shuffle=False, value="value", time="year").compute()
    _same(got, sens_slope(ddf.compute(), by="station", value="value", time="year"), ["station"])


def test_without_alignment_a_split_series_is_tested_piecewise(client) -> None:
    """Why the shuffle is the default: partitions cut through series otherwise."""
    df = _long(n_stations=4, seed=2)
    ddf = dd.from_pandas(df, npartitions=4, sort=False)
    piecewise = edd.mann_kendall(ddf, by="station", shuffle=False, value="value", time="year")
    aligned = edd.mann_kendall(ddf, by="station", value="value", time="year")
    assert not piecewise.compute()["station"].is_unique
    assert aligned.compute()["station"].is_unique


@given(
    n_stations=st.integers(1, 8),
    n_years=st.integers(2, 9),
    npartitions=st.integers(1, 6),
    seed=st.integers(0, 2**16),
)
@settings(max_examples=10, deadline=None)
def test_result_does_not_depend_on_the_partitioning(
    client, n_stations: int, n_years: int, npartitions: int, seed: int
) -> None:
    df = _long(n_stations=n_stations, n_years=n_years, seed=seed)
    ddf = dd.from_pandas(df, npartitions=npartitions, sort=False)
    got = edd.trend_test(ddf, by="station", value="value", time="year").compute()
    _same(got, trend_test(ddf.compute(), by="station", value="value", time="year"), ["station"])


def test_errors_name_what_to_fix() -> None:
    df = _long(n_stations=2)
    ddf = dd.from_pandas(df, npartitions=2)
    with pytest.raises(TrendError, match="by= is required"):
        edd.trend_test(ddf, by=None, value="value", time="year")  # type: ignore[arg-type]
    with pytest.raises(TrendError, match=r"\['site'\] not in the frame"):
        edd.trend_test(ddf, by="site", value="value", time="year")
    with pytest.raises(TrendError, match="for a pandas DataFrame call"):
        edd.trend_test(df, by="station", value="value", time="year")  # type: ignore[arg-type]
    with pytest.raises(TrendError):  # the pandas function's own checks run while making meta
        edd.trend_test(ddf, by="station", value="value", time="year", alpha=2.0)


def test_missing_dask_dataframe_is_named_with_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    ddf = dd.from_pandas(_long(n_stations=2), npartitions=1)
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)  # import now raises ImportError
    with pytest.raises(ImportError, match=r"envindicators\[dask\]"):
        edd.trend_test(ddf, by="station", value="value", time="year")
