"""envindicators.xarray: trends along a named dimension of DataArrays and Datasets,
eager and dask-lazy, with the time read from the coordinate (slopes per year)."""

from __future__ import annotations

import dask.array  # noqa: F401  (the test extra provides dask[array]; never skip silently)
import numpy as np
import pandas as pd
import pytest
import xarray as xr
from hypothesis import given, settings
from hypothesis import strategies as st

import envindicators.xarray as eix
from envindicators.analytics.trends import (
    decimal_years,
    linear_trend,
    mann_kendall,
    probability_of_meeting,
    sens_slope,
)
from envindicators.errors import TrendError

TIME = pd.date_range("2011-01-01", periods=36, freq="MS")


def _field(seed: int = 0) -> xr.DataArray:
    rng = np.random.default_rng(seed)
    values = rng.normal(size=(3, 36, 4)) + 0.05 * np.arange(36)[None, :, None]
    values[0, 5, 1] = np.nan
    return xr.DataArray(
        values,
        dims=("lat", "time", "lon"),
        coords={"lat": [30.0, 30.5, 31.0], "time": TIME, "lon": [100.0, 100.5, 101.0, 101.5]},
        attrs={"units": "µg/m³", "source": "simulated"},
        name="pm25",
    )


def test_three_dimensional_field_matches_the_per_pixel_functions() -> None:
    da = _field()
    t = decimal_years(TIME)
    sen = eix.sens_slope(da)
    mk = eix.mann_kendall(da)
    ols = eix.linear_trend(da)
    assert set(sen.dims) == {"lat", "lon"}
    assert sen.attrs == da.attrs
    np.testing.assert_array_equal(sen["lat"], da["lat"])
    for lat in da["lat"].values:
        for lon in da["lon"].values:
            series = da.sel(lat=lat, lon=lon).values
            ref = sens_slope(series, t)
            assert sen["slope"].sel(lat=lat, lon=lon) == ref.slope
            assert sen["low_slope"].sel(lat=lat, lon=lon) == ref.low_slope
            ref_mk = mann_kendall(series, t)
            assert mk["p"].sel(lat=lat, lon=lon) == ref_mk.p
            sign = {"increasing": 1.0, "decreasing": -1.0, "no trend": 0.0}[ref_mk.trend]
            assert mk["trend_sign"].sel(lat=lat, lon=lon) == sign
            assert mk["h"].sel(lat=lat, lon=lon) == float(ref_mk.h)
            assert ols["slope"].sel(lat=lat, lon=lon) == pytest.approx(
                linear_trend(series, t).slope, rel=1e-12
            )


@settings(max_examples=25, deadline=None)
@given(st.lists(st.floats(-50, 50, allow_nan=False), min_size=4, max_size=12))
def test_one_dimensional_slope_is_per_year_not_per_step(values) -> None:
    years = pd.date_range("2015-01-01", periods=len(values), freq="YS")
    da = xr.DataArray(values, dims="time", coords={"time": years})
    got = float(eix.sens_slope(da)["slope"])
    assert got == sens_slope(np.asarray(values), decimal_years(years)).slope
    numeric = da.assign_coords(time=np.arange(2015, 2015 + len(values)))
    assert (
        float(eix.sens_slope(numeric)["slope"])
        == sens_slope(np.asarray(values), np.arange(2015, 2015 + len(values))).slope
    )


def test_dask_input_stays_lazy_and_equals_eager() -> None:
    da = _field(1)
    lazy = eix.trend_test(da.chunk({"lat": 1, "lon": 2}))
    assert all(v.chunks is not None for v in lazy.data_vars.values())
    xr.testing.assert_identical(lazy.compute(), eix.trend_test(da))


def test_time_split_into_chunks_is_refused_clearly() -> None:
    with pytest.raises(TrendError, match=r"chunk\(\{'time': -1\}\)"):
        eix.mann_kendall(_field().chunk({"time": 10}))
    with pytest.raises(TrendError, match="not a dimension"):
        eix.sens_slope(_field(), dim="month")


def test_dataset_variables_and_probability() -> None:
    da = _field(2)
    ds = xr.Dataset({"pm25": da, "no2": 2 * da, "elevation": da.isel(time=0)}, attrs={"a": 1})
    out = eix.linear_trend(ds)
    assert "pm25_slope" in out
    assert "no2_slope" in out
    assert not any(name.startswith("elevation") for name in out.data_vars)
    np.testing.assert_allclose(out["no2_slope"], 2 * out["pm25_slope"])
    assert out.attrs == {"a": 1}
    p = eix.probability_of_meeting(da, target=2.0, deadline=2015, comparator="ge")
    series = da.sel(lat=30.5, lon=101.0).values
    ref = probability_of_meeting(
        series, decimal_years(TIME), target=2.0, deadline=2015, comparator="ge"
    )
    assert float(p["probability"].sel(lat=30.5, lon=101.0)) == pytest.approx(ref, rel=1e-12)


def test_dimension_without_coordinate_uses_positions() -> None:
    da = xr.DataArray(np.arange(10.0) * 2.0, dims="step")
    assert float(eix.sens_slope(da, dim="step")["slope"]) == 2.0


def test_correlated_seasonal_on_a_grid() -> None:
    rng = np.random.default_rng(3)
    months = pd.date_range("2010-01-01", periods=120, freq="MS")
    da = xr.DataArray(rng.normal(size=(2, 120)), dims=("station", "time"),
                      coords={"station": ["A", "B"], "time": months})  # fmt: skip
    out = eix.mann_kendall(da, method="correlated_seasonal")
    ref = mann_kendall(da.values[1], months, method="correlated_seasonal")
    assert float(out["var_s"].sel(station="B")) == ref.var_s
    assert float(out["n_cycles"].sel(station="B")) == 10
