"""AQI after HJ 633-2012 and HJ 633—2026: reference vectors, edge rules and properties.

The 20 vectors and the hand checks are those of ``shared/research/standards.md`` §3 (computed
there with exact rational arithmetic and ``math.ceil``); the properties hold for any input.
"""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import math
from fractions import Fraction

import numpy as np
import pandas as pd
import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators import standards
from envindicators.errors import StandardLookupError, UnitMismatchError
from envindicators.units import ureg

aqi_mod = importlib.import_module("envindicators.standards.aqi")
COLS = ["so2", "no2", "pm10", "co", "o3_1h", "o3_8h", "pm25"]
LABELS = [v[3] for v in standards.AQI_ITEMS.values()]
# SO2 24h, NO2 24h, PM10 24h, CO 24h (mg/m3), O3 1h max, O3 8h max, PM2.5 24h
DAYS = [
    (10, 20, 40, 0.6, 90, 80, 20),
    (12, 35, 60, 0.8, 120, 95, 36),
    (15, 45, 90, 1.0, 110, 90, 55),
    (20, 60, 120, 1.2, 100, 70, 75),
    (25, 50, 150, 1.1, 130, 100, 80),
    (8, 30, 70, 0.7, 250, 190, 30),
    (30, 90, 200, 2.5, 60, 40, 140),
    (40, 100, 260, 3.0, 50, 30, 210),
    (60, 120, 380, 4.5, 40, 25, 320),
    (10, 25, 580, 0.9, 80, 60, 90),
]
# IAQI SO2/NO2/PM10/CO/O3_1h/O3_8h/PM2.5, AQI, category, primary
EXPECTED = {
    "HJ 633-2012": [
        ((10, 25, 40, 15, 29, 40, 29), 40, "优", ""),
        ((12, 44, 55, 20, 38, 48, 52), 55, "良", "PM10"),
        ((15, 57, 70, 25, 35, 45, 75), 75, "良", "PM2.5"),
        ((20, 75, 85, 30, 32, 35, 100), 100, "良", "PM2.5"),
        ((25, 63, 100, 28, 41, 50, 107), 107, "轻度污染", "PM2.5"),
        ((8, 38, 60, 18, 125, 128, 43), 128, "轻度污染", "O3_8h"),
        ((30, 105, 125, 63, 19, 20, 186), 186, "中度污染", "PM2.5"),
        ((40, 110, 155, 75, 16, 15, 260), 260, "重度污染", "PM2.5"),
        ((55, 120, 243, 103, 13, 13, 370), 370, "严重污染", "PM2.5"),
        ((10, 32, 480, 23, 25, 30, 119), 480, "严重污染", "PM10"),
    ],
    "HJ 633-2026": [
        ((10, 25, 40, 15, 29, 40, 29), 40, "优", ""),
        ((12, 44, 58, 20, 38, 48, 52), 58, "良", "PM10"),
        ((15, 57, 79, 25, 35, 45, 90), 90, "良", "PM2.5"),
        ((20, 75, 100, 30, 32, 35, 114), 114, "轻度污染", "PM2.5"),
        ((25, 63, 112, 28, 41, 50, 119), 119, "轻度污染", "PM2.5"),
        ((8, 38, 65, 18, 125, 128, 43), 128, "轻度污染", "O3_8h"),
        ((30, 105, 131, 63, 19, 20, 186), 186, "中度污染", "PM2.5"),
        ((40, 110, 155, 75, 16, 15, 260), 260, "重度污染", "PM2.5"),
        ((55, 120, 243, 103, 13, 13, 370), 370, "严重污染", "PM2.5"),
        ((10, 32, 480, 23, 25, 30, 128), 480, "严重污染", "PM10"),
    ],
}
LEVELS = {"优": "一级", "良": "二级", "轻度污染": "三级", "中度污染": "四级", "重度污染": "五级",
          "严重污染": "六级"}  # fmt: skip
COLOURS = {"优": "绿色", "良": "黄色", "轻度污染": "橙色", "中度污染": "红色", "重度污染": "紫色",
           "严重污染": "褐红色"}  # fmt: skip


def days_frame() -> pd.DataFrame:
    return pd.DataFrame(DAYS, columns=COLS)


@pytest.mark.parametrize("version", sorted(EXPECTED))
def test_reference_vectors(version: str) -> None:
    res = standards.aqi(days_frame(), version=version)
    for i, (sub, value, category, primary) in enumerate(EXPECTED[version]):
        row = res.iloc[i]
        assert tuple(int(row[f"iaqi_{c}"]) for c in COLS) == sub, (version, i + 1)
        assert row["aqi"] == value
        assert row["category"] == category
        assert row["level"] == LEVELS[category]
        assert row["colour"] == COLOURS[category]
        assert row["primary"] == primary
        assert bool(row["complete"])
        exceeding = [lab for lab, c in zip(LABELS, sub, strict=True) if c > 100]
        assert row["exceeding"] == ",".join(exceeding)


@pytest.mark.parametrize("version", sorted(EXPECTED))
def test_reference_vectors_one_pollutant_at_a_time(version: str) -> None:
    """iaqi() gives the same sub-indices as aqi() for each column."""
    pollutants = {"so2": ("SO2", "24h"), "no2": ("NO2", "24h"), "pm10": ("PM10", "24h"),
                  "co": ("CO", "24h"), "o3_1h": ("O3", "1h"), "o3_8h": ("O3", "8h"),
                  "pm25": ("PM2.5", "24h")}  # fmt: skip
    df = days_frame()
    for j, c in enumerate(COLS):
        p, avg = pollutants[c]
        got = standards.iaqi(p, df[c], averaging=avg, version=version)
        assert got.tolist() == [float(e[0][j]) for e in EXPECTED[version]]


def test_hand_checks() -> None:
    v12 = "HJ 633-2012"
    assert standards.iaqi("PM2.5", 55, version=v12) == 75  # 50 + 20/40·50
    assert standards.iaqi("NO2", 45, version=v12) == 57  # 56.25 → ceil, not 56
    assert standards.iaqi("CO", 4.5, version=v12) == 103  # 102.5
    assert standards.iaqi("PM2.5", 75, version="HJ 633-2026") == 114  # 113.6
    assert standards.iaqi("PM2.5", 35, version=v12) == 50
    assert standards.iaqi("PM2.5", 35.1, version=v12) == 51
    assert standards.iaqi("PM2.5", 0, version=v12) == 0.0


def _one_day(**values: float) -> pd.DataFrame:
    base = {"so2": 5, "no2": 10, "pm10": 20, "co": 0.3, "o3_1h": 30, "o3_8h": 25, "pm25": 10}
    base.update(values)
    return pd.DataFrame([base])


def test_pm25_35_is_excellent_without_primary_and_35_1_is_good() -> None:
    r = standards.aqi(_one_day(pm25=35), version="2012").iloc[0]
    assert (r["aqi"], r["category"], r["primary"]) == (50, "优", "")
    r = standards.aqi(_one_day(pm25=35.1), version="2012").iloc[0]
    assert (r["aqi"], r["category"], r["primary"]) == (51, "良", "PM2.5")


def test_aqi_100_is_good_and_101_lightly_polluted() -> None:
    r = standards.aqi(_one_day(pm25=75), version="2012").iloc[0]
    assert (r["aqi"], r["category"], r["exceeding"]) == (100, "良", "")
    r = standards.aqi(_one_day(pm25=75.5), version="2012").iloc[0]
    assert (r["aqi"], r["category"], r["exceeding"]) == (101, "轻度污染", "PM2.5")


def test_o3_8h_above_800_uses_the_1h_sub_index() -> None:
    r = standards.aqi(_one_day(o3_8h=900, o3_1h=850), version="2012").iloc[0]
    assert np.isnan(r["iaqi_o3_8h"])
    assert r["iaqi_o3_1h"] == math.ceil(300 + 50 / 200 * 100)  # 325
    assert r["aqi"] == 325
    assert r["primary"] == "O3_1h"
    assert bool(r["complete"])
    assert r["beyond_table"] == ""
    assert np.isnan(standards.iaqi("O3", 900, averaging="8h", version="2026"))
    # without the 1-h value, O3 has no sub-index: the day is incomplete
    r = standards.aqi(_one_day(o3_8h=900).drop(columns="o3_1h"), version="2012").iloc[0]
    assert not bool(r["complete"])


def test_so2_1h_above_800_uses_the_24h_sub_index_in_hourly_reports() -> None:
    hour = pd.DataFrame(
        {
            "so2": [900, 900, 300],
            "so2_24h": [200, np.nan, 90],
            "no2": 50,
            "pm10": 40,
            "co": 1.0,
            "o3_1h": 60,
            "pm25": 20,
        }
    )
    r = standards.aqi(hour, version="2026", report="hourly")
    assert r.loc[0, "iaqi_so2"] == math.ceil(100 + 50 / 325 * 50)  # 24-h 200 → 108
    assert np.isnan(r.loc[1, "iaqi_so2"])
    assert not bool(r.loc[1, "complete"])
    assert r.loc[2, "iaqi_so2"] == math.ceil(50 + 150 / 350 * 50)  # 1-h 300 on the 1-h table
    assert np.isnan(standards.iaqi("SO2", 900, averaging="1h", version="2012"))
    assert standards.iaqi("SO2", 800, averaging="1h", version="2012") == 200


def test_hourly_reports_use_the_1h_breakpoints_and_the_24h_ones_for_pm() -> None:
    hour = pd.DataFrame({"so2": [150], "no2": [100], "pm10": [50], "co": [5.0],
                         "o3_1h": [160], "pm25": [35]})  # fmt: skip
    r = standards.aqi(hour, version="2012", report="hourly").iloc[0]
    assert [r[f"iaqi_{c}"] for c in ("so2", "no2", "pm10", "co", "o3_1h", "pm25")] == [50] * 6
    assert "iaqi_o3_8h" not in r.index
    assert bool(r["complete"])


def test_beyond_the_table_is_flagged_not_extrapolated() -> None:
    assert np.isnan(standards.iaqi("PM10", 650, version="2012"))
    assert standards.iaqi("PM10", 650, version="2012", beyond_table="cap") == 500
    r = standards.aqi(_one_day(pm10=650), version="2012").iloc[0]
    assert (r["aqi"], r["category"], r["beyond_table"]) == (500, "严重污染", "PM10")
    r = standards.aqi(_one_day(pm10=600), version="2012").iloc[0]
    assert (r["aqi"], r["beyond_table"]) == (500, "")


def test_ties_give_two_primary_pollutants() -> None:
    r = standards.aqi(_one_day(pm25=60, pm10=120), version="2026").iloc[0]
    assert r["aqi"] == 100
    assert r["primary"] == "PM10,PM2.5"


def test_missing_negative_and_incomplete_days() -> None:
    df = pd.concat(
        [_one_day(pm25=np.nan), _one_day(pm25=np.nan, pm10=300), _one_day(no2=-3)],
        ignore_index=True,
    )
    r = standards.aqi(df, version="2012")
    assert not r["complete"].any()
    assert pd.isna(r.loc[0, "category"])  # AQI 20 without PM2.5: could be worse
    assert r.loc[0, "aqi"] == 20
    assert r.loc[1, "category"] == "中度污染"  # > 100 without PM2.5: published
    assert r.loc[1, "aqi"] == 175
    assert np.isnan(r.loc[2, "iaqi_no2"])
    empty = standards.aqi(pd.DataFrame({"pm25": [np.nan]}), version="2012").iloc[0]
    assert np.isnan(empty["aqi"])
    assert pd.isna(empty["primary"])
    assert pd.isna(empty["category"])


def test_units_are_converted_or_refused() -> None:
    assert standards.iaqi("CO", ureg.Quantity(4500, "µg/m3"), version="2012") == 103
    assert standards.iaqi("PM2.5", ureg.Quantity(0.055, "mg/m3"), version="2012") == 75
    df = _one_day(co=4500)
    r = standards.aqi(df, version="2012", units={"co": "µg/m3"}).iloc[0]
    assert r["iaqi_co"] == 103
    with pytest.raises(UnitMismatchError, match="mixing ratio"):
        standards.iaqi("NO2", 40, unit="ppm", version="2012")
    with pytest.raises(UnitMismatchError):
        standards.iaqi("NO2", ureg.Quantity(40, "m"), version="2012")
    with pytest.raises(UnitMismatchError):
        standards.aqi(df, version="2012", units={"co": "kg"})


def test_pint_pandas_columns() -> None:
    import pint_pandas  # noqa: F401  (registers the dtype)

    df = _one_day()
    df["co"] = pd.Series([4500.0], dtype="pint[microgram / meter ** 3]")
    # a pint-pandas dtype carries its own registry's unit names; they are read as text
    r = standards.aqi(df, version="2012").iloc[0]
    assert r["iaqi_co"] == 103


def test_version_is_required_and_read_from_dates() -> None:
    with pytest.raises(TypeError):
        standards.iaqi("PM2.5", 75)  # type: ignore[call-arg]
    assert standards.iaqi("PM2.5", 75, version=dt.date(2026, 2, 28)) == 100
    assert standards.iaqi("PM2.5", 75, version="2026-03-01") == 114
    df = pd.concat([_one_day(pm25=75), _one_day(pm25=75)], ignore_index=True)
    df["date"] = pd.to_datetime(["2026-02-28", "2026-03-01"])
    r = standards.aqi(df, version="by_date", date="date")
    assert r["aqi"].tolist() == [100, 114]
    assert r["version"].tolist() == ["HJ 633-2012", "HJ 633-2026"]
    with pytest.raises(StandardLookupError):
        standards.iaqi("PM2.5", 75, version="HJ 633-1999")
    with pytest.raises(StandardLookupError, match="no '1h' breakpoints"):
        standards.iaqi("PM2.5", 75, averaging="1h", version="2012")


def test_ambiguous_or_unknown_columns_are_refused() -> None:
    with pytest.raises(ValueError, match="ambiguous"):
        standards.aqi(pd.DataFrame({"o3": [100]}), version="2012")
    with pytest.raises(ValueError, match="no pollutant column"):
        standards.aqi(pd.DataFrame({"x": [1]}), version="2012")
    with pytest.raises(ValueError, match="both read as pm25"):
        standards.aqi(pd.DataFrame({"pm25": [1], "PM2.5": [2]}), version="2012")
    r = standards.aqi(pd.DataFrame({"细颗粒物": [55]}), version="2012", columns=None)
    assert r["iaqi_pm25"].tolist() == [75]


def test_concentration_rounding_option() -> None:
    assert standards.iaqi("PM2.5", 35.4, version="2026") == 51
    assert standards.iaqi("PM2.5", 35.4, version="2026", concentration_rounding=True) == 50
    assert standards.iaqi("PM2.5", 60.5, version="2026", concentration_rounding=True) == 100


def test_series_and_index_are_kept() -> None:
    s = pd.Series([20.0, 55.0], index=["a", "b"], name="pm25")
    out = standards.iaqi("PM2.5", s, version="2012")
    assert out.index.tolist() == ["a", "b"]
    assert out.tolist() == [29.0, 75.0]
    frame = days_frame().set_index(pd.Index(list("abcdefghij"), name="station"))
    assert standards.aqi(frame, version="2012").index.equals(frame.index)


# ---------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------
COLUMNS = [
    ("SO2", "24h"), ("SO2", "1h"), ("NO2", "24h"), ("NO2", "1h"), ("PM10", "24h"),
    ("CO", "24h"), ("CO", "1h"), ("O3", "1h"), ("O3", "8h"), ("PM2.5", "24h"),
]  # fmt: skip


def _exact(version: str, pollutant: str, averaging: str, c: Fraction) -> int | None:
    t = standards.iaqi_breakpoints(version)
    col = aqi_mod._column_for(pollutant, averaging)
    pts = [
        (Fraction(str(b)), int(i)) for b, i in zip(t[col], t["iaqi"], strict=True) if pd.notna(b)
    ]
    for (b0, i0), (b1, i1) in itertools.pairwise(pts):
        if b0 <= c <= b1:
            return math.ceil(Fraction(i1 - i0) / (b1 - b0) * (c - b0) + i0)
    return None


@settings(max_examples=150)
@given(
    st.sampled_from(COLUMNS),
    st.sampled_from(["HJ 633-2012", "HJ 633-2026"]),
    st.integers(0, 40_000),
    st.integers(0, 2),
)
def test_matches_exact_rational_arithmetic(col, version, n, decimals) -> None:
    pollutant, averaging = col
    c = Fraction(n, 10**decimals)
    expected = _exact(version, pollutant, averaging, c)
    got = standards.iaqi(pollutant, float(c), averaging=averaging, version=version)
    if expected is None:
        assert np.isnan(got)
    else:
        assert got == expected


@settings(max_examples=80)
@given(
    st.sampled_from(COLUMNS),
    st.sampled_from(["2012", "2026"]),
    st.lists(st.floats(0, 3000, allow_nan=False), min_size=2, max_size=30),
)
def test_iaqi_is_monotone(col, version, values) -> None:
    pollutant, averaging = col
    x = np.sort(np.asarray(values))
    for rounding in ("ceil", None):
        y = standards.iaqi(pollutant, x, averaging=averaging, version=version,
                           rounding=rounding, beyond_table="cap")  # fmt: skip
        ok = ~np.isnan(y)
        assert np.all(np.diff(y[ok]) >= 0)


@pytest.mark.parametrize("version", ["2012", "2026"])
@pytest.mark.parametrize(("pollutant", "averaging"), COLUMNS)
def test_iaqi_is_continuous_across_breakpoints(pollutant, averaging, version) -> None:
    t = standards.iaqi_breakpoints(version)
    col = aqi_mod._column_for(pollutant, averaging)
    bps = t[col].dropna().to_numpy(dtype=float)
    eps = 1e-7
    for b, level in zip(bps[1:-1], t.loc[t[col].notna(), "iaqi"].to_numpy()[1:-1], strict=True):
        around = standards.iaqi(pollutant, [b - eps, b, b + eps], averaging=averaging,
                                version=version, rounding=None)  # fmt: skip
        assert np.allclose(around, level, atol=1e-4)
        assert around[1] == level


day_values = st.tuples(
    st.floats(0, 2620), st.floats(0, 940), st.floats(0, 600), st.floats(0, 60),
    st.floats(0, 1200), st.floats(0, 800), st.floats(0, 500),
)  # fmt: skip


@settings(max_examples=60)
@given(st.lists(day_values, min_size=1, max_size=20))
def test_aqi_is_the_max_sub_index_and_2026_is_never_better(days) -> None:
    df = pd.DataFrame(days, columns=COLS)
    r12 = standards.aqi(df, version="2012")
    r26 = standards.aqi(df, version="2026")
    for r in (r12, r26):
        subs = r[[f"iaqi_{c}" for c in COLS]].to_numpy()
        assert np.array_equal(r["aqi"].to_numpy(), subs.max(axis=1))
        cats = r["category"].cat.codes.to_numpy()
        expected = np.searchsorted([50, 100, 150, 200, 300], r["aqi"].to_numpy(), "left")
        assert np.array_equal(cats, expected)
    assert (r26["aqi"].to_numpy() >= r12["aqi"].to_numpy()).all()
    assert (r26["category"].cat.codes.to_numpy() >= r12["category"].cat.codes.to_numpy()).all()


@settings(max_examples=60)
@given(st.integers(0, 500))
def test_category_boundaries(value) -> None:
    cats = standards.aqi_categories("2026")
    row = cats[(cats["aqi_low"] <= value) & (cats["aqi_high"].fillna(10**9) >= value)]
    assert len(row) == 1
    expected = row["category"].iloc[0]
    assert (expected == "良") == (51 <= value <= 100)
    assert (expected == "轻度污染") == (101 <= value <= 150)


def test_pint_quantity_arrays() -> None:
    q = ureg.Quantity(np.array([35.0, 75.0]), "µg/m3")
    assert standards.iaqi("PM2.5", q, version="2012").tolist() == [50.0, 100.0]
    assert isinstance(q, pint.Quantity)


def test_xarray_data_arrays_and_datasets() -> None:
    import xarray as xr

    da = xr.DataArray(
        [[35.0, 75.0], [55.0, np.nan]],
        dims=("station", "day"),
        coords={"station": ["a", "b"], "day": [1, 2]},
        attrs={"units": "µg/m3"},
    )
    out = standards.iaqi("PM2.5", da, version="2012")
    assert out.dims == ("station", "day")
    assert out.sel(station="a").values.tolist() == [50.0, 100.0]
    assert np.isnan(out.sel(station="b", day=2))
    mg = da / 1000
    mg.attrs = {"units": "mg/m3"}
    assert standards.iaqi("PM2.5", mg, version="2012").sel(station="a", day=2) == 100
    ds = xr.Dataset({"pm25": da, "pm10": da * 2})
    res = standards.aqi(ds, version="2026")
    assert isinstance(res, xr.Dataset)
    assert res["aqi"].sel(station="a", day=2) == standards.iaqi("PM2.5", 75, version="2026")
    assert str(res["category"].sel(station="a", day=2).values) == "轻度污染"  # 114, > 100
    assert not bool(res["complete"].sel(station="a", day=1))  # PM only: AQI 50 could hide more
