"""The ``.ei`` pandas accessor: results equal the library functions; pint-pandas round trips."""

from __future__ import annotations

import dataclasses
import doctest
import subprocess
import sys
import typing

import numpy as np
import pandas as pd
import pint
import pint_pandas
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import envindicators.accessor as accessor
from envindicators import datasets
from envindicators.accessor import PARSE_COLUMNS, PintRegistryConflictError
from envindicators.analytics import (
    PAIRING_RULES,
    gap,
    linear_trend,
    loglinear_trend,
    mann_kendall,
    pair_observations,
    probability_of_meeting,
    project,
    schedule_progress,
    sens_slope,
)
from envindicators.errors import DatasetError, QuantityParseError
from envindicators.model import canonical_values
from envindicators.units import normalize, parse_quantity, ureg

OBS = datasets.load("observations")
TARGETS = datasets.load("targets")
INDICATORS = datasets.load("indicators")


# -- registration ------------------------------------------------------------------------
def _has_ei_after(imports: str) -> bool:
    probe = "print(hasattr(pd.Series(dtype=float), 'ei'), hasattr(pd.DataFrame(), 'ei'))"
    code = f"{imports}; import pandas as pd; {probe}"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    flags = out.stdout.split()
    assert flags[0] == flags[1], out.stdout
    return flags[0] == "True"


def test_importing_the_library_does_not_register_the_accessor() -> None:
    everything = (
        "import envindicators, envindicators.units, envindicators.model, "
        "envindicators.analytics, envindicators.datasets"
    )
    assert not _has_ei_after(everything)
    assert _has_ei_after("import envindicators.accessor")


def test_module_doctests() -> None:
    result = doctest.testmod(accessor, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 10
    assert result.failed == 0


# -- parse -------------------------------------------------------------------------------
def test_parse_matches_parse_quantity_cell_by_cell() -> None:
    texts = pd.Series(
        [
            "约1.5万吨/日",
            "16833畝",
            "同比下降2.6%",
            "提高2.4个百分点",
            "3-5年",
            "约1.5万吨/日",
            None,
        ],
        index=[f"r{i}" for i in range(7)],
    )
    out = texts.ei.parse()
    assert list(out.columns) == list(PARSE_COLUMNS)
    assert out.index.equals(texts.index)
    for label, text in texts.items():
        row = out.loc[label]
        if pd.isna(text):
            assert row.isna().all()
            continue
        q = parse_quantity(text)
        assert row["text"] == text
        assert (row["unit"], row["qualifier"], row["kind"], row["sign"]) == (
            q.unit,
            q.qualifier.value,
            q.kind.value,
            q.sign,
        )
        for field in ("value", "low", "high"):
            expected = getattr(q, field)
            assert np.isnan(row[field]) if expected is None else row[field] == expected
        assert pd.isna(row["baseline"]) if q.baseline is None else row["baseline"] == q.baseline
        assert pd.isna(row["error"])
    assert (out.loc["r4", "low"], out.loc["r4", "high"]) == (3.0, 5.0)
    assert out["sign"].dtype == "Int8"
    assert out["qualifier"].dtype == "category"


def test_parse_parses_each_distinct_string_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str):  # type: ignore[no-untyped-def]
        calls.append(text)
        return parse_quantity(text)

    monkeypatch.setattr(accessor, "parse_quantity", counting)
    pd.Series(["35μg/m3", "44微克/立方米"] * 500).ei.parse()
    assert sorted(calls) == sorted(["35μg/m3", "44微克/立方米"])


def test_parse_errors_name_the_row_or_are_coerced() -> None:
    s = pd.Series(["35μg/m3", "第十六项", "没有数字"], index=["a", "b", "c"])
    with pytest.raises(QuantityParseError, match=r"row 'b'"):
        s.ei.parse()
    out = s.ei.parse(errors="coerce")
    assert out.loc["a", "value"] == 35.0
    assert out.loc[["b", "c"], "value"].isna().all()
    assert out.loc[["b", "c"], "error"].notna().all()
    assert pd.isna(out.loc["a", "error"])
    with pytest.raises(ValueError, match="errors must be"):
        s.ei.parse(errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="needs text"):
        pd.Series(["35μg/m3", 3.0]).ei.parse()


# -- normalize ---------------------------------------------------------------------------
def test_series_normalize_equals_normalize_on_the_bundled_texts() -> None:
    # every written figure of the bundled observations, to their own written unit family:
    # take the area rows (亩, 公顷, 平方公里 …) and bring them to hectares
    rows = OBS[OBS["unit"] == "ha"]
    via = rows["value_text"].ei.normalize("ha", errors="coerce", ranges="mid")
    direct = normalize(rows["value_text"], "ha", errors="coerce", ranges="mid")
    pd.testing.assert_series_equal(via, direct)
    assert via.notna().sum() >= 0.8 * len(rows)


def test_frame_normalize_reproduces_the_bundled_canonical_values() -> None:
    """number in unit_written (with the row's pint context) → value in unit, group by unit."""
    # a change written in % of a share is stated in points by the report's own wording:
    # that needs the 'points' context, which no row's context column names
    points = (OBS["unit"] == "percentage_point") & (OBS["unit_written"] == "%")
    rows = OBS[~points]
    checked = 0
    for unit, part in rows.groupby("unit"):
        got = part.ei.normalize("number", unit="unit_written", to=str(unit), context="context")
        np.testing.assert_allclose(got.to_numpy(), part["value"].to_numpy(dtype=float), rtol=1e-9)
        assert got.name == "number"
        assert got.index.equals(part.index)
        checked += len(part)
    assert checked == len(rows) > 300


def test_frame_normalize_water_context_per_row() -> None:
    df = pd.DataFrame(
        {
            "n": [1.5, 3000.0, 2.0, 10.0],
            "u": ["万吨/日", "吨/日", "万立方米/日", "立方米/日"],
            "ctx": ["water", "water", None, pd.NA],
        }
    )
    got = df.ei.normalize("n", unit="u", to="m3/d", context="ctx")
    np.testing.assert_allclose(got, [15000.0, 3000.0, 20000.0, 10.0])
    with pytest.raises(pint.DimensionalityError, match="no pint context"):
        df.ei.normalize("n", unit="u", to="m3/d")
    # one context for all rows, by name (not a column)
    np.testing.assert_allclose(
        df.ei.normalize("n", unit="u", to="m3/d", context="water"), got.to_numpy()
    )
    # one unit string for all rows
    np.testing.assert_allclose(df.ei.normalize("n", unit="亩", to="ha"), df["n"] / 15.0)


def test_normalize_refuses_ambiguous_input() -> None:
    with pytest.raises(TypeError, match="pass unit="):
        pd.Series([1.0, 2.0]).ei.normalize("ha")
    with pytest.raises(TypeError, match="to="):
        OBS.ei.normalize("number", unit="unit_written")
    with pytest.raises(KeyError, match="not a column"):
        OBS.ei.normalize("nope", unit="unit_written", to="ha")


UNIT_FAMILIES = {
    "ha": ["亩", "畝", "公顷", "ha", "平方公里", "m2", "千公顷", "万亩"],
    "t/d": ["吨/日", "万吨/日", "t/d", "千克/日", "吨/小时"],
    "µg/m3": ["µg/m3", "微克/立方米", "毫克/立方米", "mg/m3"],
}


@st.composite
def _column(draw: st.DrawFn) -> tuple[str, list[float], list[str]]:
    to = draw(st.sampled_from(sorted(UNIT_FAMILIES)))
    n = draw(st.integers(1, 30))
    finite = st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False)
    numbers = draw(st.lists(st.one_of(finite, st.just(np.nan)), min_size=n, max_size=n))
    units = draw(st.lists(st.sampled_from(UNIT_FAMILIES[to]), min_size=n, max_size=n))
    return to, numbers, units


@settings(max_examples=60, deadline=None)
@given(_column())
def test_property_accessor_normalize_equals_direct(col: tuple[str, list[float], list[str]]) -> None:
    to, numbers, units = col
    index = pd.RangeIndex(10, 10 + len(numbers))
    values = pd.Series(numbers, index=index, name="x")
    direct = normalize(np.asarray(numbers), to, units=np.asarray(units, dtype=object))
    via_series = values.ei.normalize(to, unit=pd.Series(units, index=index))
    via_frame = pd.DataFrame({"x": values, "u": units}, index=index).ei.normalize(
        "x", unit="u", to=to
    )
    np.testing.assert_array_equal(via_series.to_numpy(), direct)
    np.testing.assert_array_equal(via_frame.to_numpy(), direct)
    assert via_series.index.equals(index)
    # and the same figures written as text (a report writes a fall in words, not "-")
    texts = pd.Series(
        [None if np.isnan(x) else f"{abs(x):.6f}{u}" for x, u in zip(numbers, units, strict=True)],
        index=index,
        dtype=object,
    )
    np.testing.assert_array_equal(
        texts.ei.normalize(to).to_numpy(), normalize(texts.to_numpy(), to)
    )


# -- gap and schedule --------------------------------------------------------------------
def test_gap_dropping_unmatched_equals_pair_then_gap() -> None:
    t, o = pair_observations(TARGETS, OBS)
    expected = gap(t, o, indicators=INDICATORS)
    got = TARGETS.ei.gap(OBS, unmatched="drop")
    pd.testing.assert_frame_equal(got, expected)
    by_deadline = TARGETS.ei.gap(OBS, how="by_deadline", unmatched="drop")
    t, o = pair_observations(TARGETS, OBS, how="by_deadline")
    pd.testing.assert_frame_equal(by_deadline, gap(t, o, indicators=INDICATORS))


@pytest.mark.parametrize("how", PAIRING_RULES)
def test_every_pairing_rule_of_analytics_is_offered(how: str) -> None:
    assert set(typing.get_args(accessor.Pairing)) == {*PAIRING_RULES, "rows"}
    t, o = pair_observations(TARGETS, OBS, how=how)
    got = TARGETS.ei.gap(OBS, how=how, unmatched="drop")
    pd.testing.assert_frame_equal(got, gap(t, o, indicators=INDICATORS))
    sched = TARGETS.ei.schedule(OBS, how=how, unmatched="drop")
    pd.testing.assert_frame_equal(sched, schedule_progress(t, o, indicators=INDICATORS))


def test_gap_at_deadline_takes_the_outcome_after_the_deadline() -> None:
    by_deadline = TARGETS.ei.gap(OBS, how="by_deadline").set_index("target_id")
    at_deadline = TARGETS.ei.gap(OBS, how="at_deadline").set_index("target_id")
    obs_end = OBS.set_index("obs_id")["period_end"]
    deadline = TARGETS.set_index("target_id")["deadline"]
    at_end = at_deadline["obs_id"].dropna().map(obs_end)
    by_end = by_deadline["obs_id"].dropna().map(obs_end)
    after = at_end[at_end >= deadline.reindex(at_end.index)]
    assert len(after) > 0
    # a target with a figure at or after its deadline is judged on it, never on an older one
    earlier = by_end.reindex(after.index).dropna()
    assert (earlier <= after.reindex(earlier.index)).all()
    assert at_deadline.loc["000-T013", "obs_id"] != by_deadline.loc["000-T013", "obs_id"]


def test_gap_keeps_every_target_for_an_honest_count() -> None:
    got = TARGETS.ei.gap(OBS)
    assert got.index.equals(TARGETS.index)
    assert got["target_id"].equals(TARGETS["target_id"])
    assert got["indicator"].equals(TARGETS["indicator"])
    matched = got["obs_id"].notna()
    dropped = TARGETS.ei.gap(OBS, unmatched="drop")
    assert matched.sum() == len(dropped) > 0
    assert (~matched).sum() == len(TARGETS) - len(dropped) > 0
    pd.testing.assert_frame_equal(got[matched], dropped)
    assert got.loc[~matched, "met"].isna().all()
    assert got.loc[~matched, "gap"].isna().all()


def test_gap_on_rows_already_paired_and_a_custom_registry() -> None:
    t, o = pair_observations(TARGETS, OBS)
    got = t.ei.gap(o, how="rows", indicators=INDICATORS)
    pd.testing.assert_frame_equal(got, gap(t, o, indicators=INDICATORS))
    with pytest.raises(ValueError, match="unmatched"):
        TARGETS.ei.gap(OBS, unmatched="hide")  # type: ignore[arg-type]


def test_schedule_equals_schedule_progress() -> None:
    t, o = pair_observations(TARGETS, OBS)
    expected = schedule_progress(t, o, indicators=INDICATORS, at="2019-12-31")
    got = TARGETS.ei.schedule(OBS, at="2019-12-31", unmatched="drop")
    pd.testing.assert_frame_equal(got, expected)
    kept = TARGETS.ei.schedule(OBS, at="2019-12-31")
    assert kept.index.equals(TARGETS.index)
    pd.testing.assert_frame_equal(kept[kept["obs_id"].notna()], expected)


def test_canonical_equals_canonical_values() -> None:
    pd.testing.assert_frame_equal(
        TARGETS.ei.canonical("targets"), canonical_values(TARGETS, "targets", INDICATORS)
    )


def test_validate_returns_the_frame_or_raises() -> None:
    assert OBS.ei.validate("observations") is OBS
    broken = OBS.copy()
    broken.loc[broken.index[0], "quote"] = "这句话不在任何报告里"
    with pytest.raises(DatasetError, match="verbatim"):
        broken.ei.validate("observations")


# -- trends ------------------------------------------------------------------------------
LEVELS = OBS[(OBS["kind"] == "level") & OBS["period_end"].notna()]


@pytest.mark.parametrize(
    ("method", "function"),
    [("ols", linear_trend), ("theil_sen", sens_slope), ("sens", sens_slope)],
)
def test_frame_trend_equals_the_function(method: str, function) -> None:  # type: ignore[no-untyped-def]
    kw = {"value": "value", "time": "period_end", "by": ["region", "indicator"]}
    got = LEVELS.ei.trend(method=method, **kw)
    pd.testing.assert_frame_equal(got, function(LEVELS, **kw))
    assert got["n"].max() >= 3  # some bundled series are long enough to fit


def test_frame_tests_and_projections_equal_the_functions() -> None:
    kw = {"value": "value", "time": "period_end", "by": ["region", "indicator"]}
    pd.testing.assert_frame_equal(LEVELS.ei.mann_kendall(**kw), mann_kendall(LEVELS, **kw))
    pd.testing.assert_frame_equal(LEVELS.ei.sens_slope(**kw), sens_slope(LEVELS, **kw))
    pd.testing.assert_frame_equal(
        LEVELS.ei.project("2020-12-31", **kw), project(LEVELS, to="2020-12-31", **kw)
    )
    pd.testing.assert_series_equal(
        LEVELS.ei.probability_of_meeting(50.0, "2020-12-31", **kw),
        probability_of_meeting(LEVELS, target=50.0, deadline="2020-12-31", **kw),
    )


SERIES = pd.Series([46.0, 44.0, 43.1, 40.5, 41.0, 38.2], index=range(2015, 2021), name="pm25")


def _same(a: object, b: object) -> bool:
    return dataclasses.astuple(a) == dataclasses.astuple(b)  # type: ignore[call-overload]


def test_series_methods_equal_the_functions() -> None:
    assert _same(SERIES.ei.trend(), linear_trend(SERIES))
    assert _same(SERIES.ei.trend(method="loglinear"), loglinear_trend(SERIES))
    assert _same(SERIES.ei.trend(method="theil_sen"), sens_slope(SERIES))
    assert _same(SERIES.ei.trend(at=2020, alpha=0.1), linear_trend(SERIES, at=2020, alpha=0.1))
    assert _same(SERIES.ei.mann_kendall(), mann_kendall(SERIES))
    assert _same(
        SERIES.ei.mann_kendall(method="hamed_rao"), mann_kendall(SERIES, method="hamed_rao")
    )
    assert _same(SERIES.ei.sens_slope(), sens_slope(SERIES))
    assert _same(SERIES.ei.project(2025), project(SERIES, to=2025))
    assert SERIES.ei.probability_of_meeting(35.0, 2025, comparator="le") == probability_of_meeting(
        SERIES, target=35.0, deadline=2025, comparator="le"
    )
    t = np.arange(6.0)
    assert _same(SERIES.ei.trend(t), linear_trend(SERIES, t))
    with pytest.raises(ValueError, match="mann_kendall"):
        SERIES.ei.trend(method="mk")  # type: ignore[arg-type]


def test_trends_of_a_pint_series_use_the_magnitudes() -> None:
    q = SERIES.ei.to_pint("µg/m3")
    assert _same(q.ei.trend(), linear_trend(SERIES))
    assert _same(q.ei.mann_kendall(), mann_kendall(SERIES))
    frame = pd.DataFrame({"year": SERIES.index, "r": "辽宁省"})
    frame["value"] = q.array
    plain = frame.assign(value=SERIES.to_numpy())
    pd.testing.assert_frame_equal(frame.ei.trend(by="r"), linear_trend(plain, by="r"))
    pd.testing.assert_frame_equal(frame.ei.mann_kendall(by="r"), mann_kendall(plain, by="r"))
    assert isinstance(frame["value"].dtype, pint_pandas.PintType)  # the input is unchanged


# -- pint-pandas -------------------------------------------------------------------------
ROUND_TRIP_UNITS = ["亩", "畝", "µg/m3", "万吨/日", "percentage_point", "%", "蒸吨/小时", "户"]
ROUND_TRIP_UNITS += ["tce", "立方米/万元", "ha", "degC", "元"]
#: Units pint's default registry defines with the same meaning as ours (some spelled
#: differently: µg/m3 is microgram / meter ** 3 there).
SHARED_UNITS = ["µg/m3", "%", "ha", "degC", "t/d", "m3/d", "mg/L", "km", "t"]
#: Units only our registry has: counter words, Chinese area and scaled units, 百分点.
OURS_ONLY = ["亩", "万吨/日", "户", "percentage_point", "tce"]


@pytest.fixture
def ours_in_pint_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's own choice: envindicators' registry as pint-pandas's (restored after,
    with pint-pandas's dtype cache, which is keyed by unit string)."""
    monkeypatch.setattr(pint_pandas.PintType, "ureg", ureg)
    monkeypatch.setattr(pint_pandas.PintType, "_cache", {})


def test_to_pint_never_switches_pint_pandas_registry_in_a_fresh_process() -> None:
    """The user's own pint[m] columns work before and after the first .ei.to_pint()."""
    code = """
import pandas as pd, pint, pint_pandas
import envindicators.accessor
from envindicators.accessor import PintRegistryConflictError
before = (pint_pandas.PintType.ureg, pint.get_application_registry().get())
mine = pd.Series([1.0, 2.0], dtype="pint[m]")
ours = pd.Series([16833.0]).ei.to_pint("亩", to="ha")
near = pd.Series([3.0, 4.0]).ei.to_pint("km")
try:
    pd.Series([1.0]).ei.to_pint("亩")
except PintRegistryConflictError:
    pass
after = (pint_pandas.PintType.ureg, pint.get_application_registry().get())
print(before[0] is after[0], before[1] is after[1])
print((mine + mine).pint.to("km").pint.magnitude.tolist())
print((near + mine).pint.to("m").pint.magnitude.tolist())
print(str(ours.dtype), round(float(ours.pint.to("km**2").pint.magnitude.iloc[0]), 4))
print(pd.Series([5.0], dtype="pint[m]").pint.to("cm").pint.magnitude.tolist())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()  # fmt: skip
    assert out == [
        "True True",  # pint-pandas's and pint's registries are the ones the user had
        "[0.002, 0.004]",  # the user's own columns still combine and convert
        "[3001.0, 4002.0]",  # ours combine with theirs: one registry
        "pint[hectare][float64] 11.222",
        "[500.0]",
    ]


@pytest.mark.parametrize("unit", SHARED_UNITS)
@pytest.mark.parametrize("dtype", ["float64", "Float64"])
def test_pint_round_trip_is_lossless_in_pint_pandas_registry(unit: str, dtype: str) -> None:
    s = pd.Series([16833.0, np.nan, -0.1, 1e-300, 3.0], index=list("abcde"), name="x", dtype=dtype)
    theirs = pint_pandas.PintType.ureg
    p = s.ei.to_pint(unit)
    assert pint_pandas.PintType.ureg is theirs  # untouched
    assert isinstance(p.dtype, pint_pandas.PintType)
    assert p.array.quantity._REGISTRY is not ureg  # pint-pandas's own registry
    assert p.index.equals(s.index)
    assert p.name == "x"
    back = p.ei.from_pint()
    pd.testing.assert_series_equal(back["value"], s.rename("value"))
    assert ureg.Quantity(1.0, back["unit"].iloc[0]).m_as(unit) == pytest.approx(1.0, rel=1e-12)
    assert pint_pandas.PintType(str(p.dtype)) == p.dtype  # an ordinary dtype of theirs


@pytest.mark.parametrize("unit", OURS_ONLY)
def test_units_pint_pandas_lacks_are_refused_with_a_way_out(unit: str) -> None:
    theirs = pint_pandas.PintType.ureg
    with pytest.raises(PintRegistryConflictError) as info:
        pd.Series([1.0]).ei.to_pint(unit)
    assert "PintType.ureg = envindicators.units.ureg" in str(info.value)
    assert pint_pandas.PintType.ureg is theirs
    assert pint.get_application_registry().get() is not ureg


def test_to_pint_with_to_gives_a_unit_pint_pandas_knows() -> None:
    s = pd.Series(["16833畝", "1500亩", "1.2万亩"])
    p = s.ei.to_pint(to="ha")
    np.testing.assert_allclose(p.pint.magnitude, [16833 / 15, 100.0, 800.0])
    mine = pd.Series([1.0, 2.0], dtype="pint[hectare]")
    np.testing.assert_allclose((p.iloc[:2].reset_index(drop=True) + mine).pint.magnitude,
                               [16833 / 15 + 1, 102.0])  # fmt: skip
    with pytest.raises(PintRegistryConflictError) as info:
        pd.Series([1.0]).ei.to_pint("亩")
    assert "to='meter ** 2'" in str(info.value)  # a way out: a unit their registry knows


def test_a_users_own_pint_pandas_registry_is_used_not_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine = pint.UnitRegistry()
    monkeypatch.setattr(pint_pandas.PintType, "ureg", mine)
    monkeypatch.setattr(pint_pandas.PintType, "_cache", {})
    p = pd.Series([1.0, 2.0]).ei.to_pint("km")
    assert p.array.quantity._REGISTRY is mine
    assert pint_pandas.PintType.ureg is mine
    with pytest.raises(PintRegistryConflictError, match=r"PintType\.ureg"):
        pd.Series([1.0]).ei.to_pint("亩")


@pytest.mark.parametrize("unit", ROUND_TRIP_UNITS)
@pytest.mark.parametrize("dtype", ["float64", "Float64"])
def test_pint_round_trip_is_lossless_in_our_registry(
    unit: str, dtype: str, ours_in_pint_pandas: None
) -> None:
    s = pd.Series([16833.0, np.nan, -0.1, 1e-300, 3.0], index=list("abcde"), name="x", dtype=dtype)
    p = s.ei.to_pint(unit)
    assert isinstance(p.dtype, pint_pandas.PintType)
    assert p.dtype.units == ureg.Unit(unit)
    assert p.dtype.units._REGISTRY is ureg
    assert p.array.quantity._REGISTRY is ureg
    assert p.index.equals(s.index)
    assert p.name == "x"
    back = p.ei.from_pint()
    assert list(back.columns) == ["value", "unit"]
    pd.testing.assert_series_equal(back["value"], s.rename("value"))
    assert ureg.Unit(back["unit"].iloc[0]) == ureg.Unit(unit)
    assert back["unit"].nunique() == 1
    # the dtype stays usable: its string form parses back, conversions stay in our registry
    assert pint_pandas.PintType(str(p.dtype)) == p.dtype
    again = pd.Series(back["value"]).ei.to_pint(back["unit"].iloc[0])
    assert again.dtype == p.dtype


def test_chinese_units_convert_inside_pint_pandas(ours_in_pint_pandas: None) -> None:
    mu = pd.Series([15.0, 16833.0]).ei.to_pint("亩")
    ha = mu.pint.to("ha")
    np.testing.assert_allclose(ha.pint.magnitude, [1.0, 16833.0 / 15.0])
    assert ha.array.quantity._REGISTRY is ureg
    back_to_mu = ha.pint.to("畝")  # a derived dtype still knows our units
    np.testing.assert_allclose(back_to_mu.pint.magnitude, [15.0, 16833.0])
    total = (mu + mu).pint.to("平方公里")
    np.testing.assert_allclose(total.pint.magnitude, [0.02, 2 * 16833.0 / 1500.0])
    dtype_from_string = pd.Series([1.0], dtype="pint[万吨/日]")
    assert dtype_from_string.pint.to("t/d").pint.magnitude.iloc[0] == 10000.0


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.floats(allow_nan=True, allow_infinity=True), min_size=0, max_size=25),
    st.sampled_from(SHARED_UNITS),
)
def test_property_pint_round_trip(values: list[float], unit: str) -> None:
    s = pd.Series(values, dtype="float64")
    back = s.ei.to_pint(unit).ei.from_pint()
    np.testing.assert_array_equal(back["value"].to_numpy(), s.to_numpy())  # NaN == NaN here
    assert back["value"].dtype == s.dtype
    if len(s):
        assert ureg.Quantity(1.0, back["unit"].iloc[0]).m_as(unit) == pytest.approx(1.0)


def test_to_pint_converts_and_reads_text() -> None:
    s = pd.Series(["16833畝", "1500亩", "1.2万亩"])
    single = pd.Series(["35μg/m3", "44微克/立方米"]).ei.to_pint()  # one unit: kept
    assert ureg.Quantity(1.0, format(single.dtype.units, "D")).m_as("µg/m3") == 1.0
    with pytest.raises(ValueError, match="pass to="):
        pd.Series(["35μg/m3", "1.5万吨/日"]).ei.to_pint()
    with pytest.raises(TypeError, match="not unit="):
        s.ei.to_pint("亩")
    with pytest.raises(TypeError, match="pass unit="):
        pd.Series([1.0]).ei.to_pint()
    water = pd.Series([1.5]).ei.to_pint("万吨/日", to="m3/d", context="water")
    assert water.pint.magnitude.iloc[0] == 15000.0


def test_from_pint_converts_and_refuses_plain_columns(ours_in_pint_pandas: None) -> None:
    p = pd.Series([15.0, np.nan], dtype="Float64").ei.to_pint("亩")
    out = p.ei.from_pint(to="ha")
    assert out["value"].dtype == "Float64"
    assert out["value"].iloc[0] == pytest.approx(1.0)
    assert out["value"].isna().iloc[1]
    assert (out["unit"] == "ha").all()
    with pytest.raises(TypeError, match="pint-pandas Series"):
        pd.Series([1.0]).ei.from_pint()


def test_quantity_is_a_plain_pint_array_of_our_registry() -> None:
    q = pd.Series([15.0, np.nan]).ei.quantity("亩", to="ha")
    assert q._REGISTRY is ureg
    np.testing.assert_allclose(q.magnitude, [1.0, np.nan])
    assert pd.Series(["1.5万吨/日"]).ei.quantity().units == ureg.Unit("吨/日")


def test_normalize_accepts_a_pint_series() -> None:
    p = pd.Series([15.0, 30.0], name="area").ei.to_pint("亩", to="ha").pint.to("km**2")
    out = p.ei.normalize("亩")
    pd.testing.assert_series_equal(out, pd.Series([15.0, 30.0], name="area"), rtol=1e-12)
    with pytest.raises(TypeError, match="drop unit="):
        p.ei.normalize("ha", unit="亩")


def test_frame_pint_round_trip(ours_in_pint_pandas: None) -> None:
    df = pd.DataFrame(
        {"region": ["辽宁省", "山西省"], "pm": [44.0, 39.0], "area": [16833.0, 1500.0]}
    )
    pinted = df.assign(pm=df["pm"].ei.to_pint("µg/m3"), area=df["area"].ei.to_pint("亩"))
    flat = pinted.ei.from_pint()
    assert list(flat.columns) == ["region", "pm", "pm_unit", "area", "area_unit"]
    pd.testing.assert_frame_equal(flat[["region", "pm", "area"]], df)
    assert ureg.Unit(flat["area_unit"].iloc[0]) == ureg.Unit("亩")
    only = pinted.ei.from_pint(["pm"], unit_suffix="[unit]")
    assert list(only.columns) == ["region", "pm", "pm[unit]", "area"]


def test_frame_to_pint_needs_one_unit(ours_in_pint_pandas: None) -> None:
    rows = OBS[OBS["unit"] == "ha"]
    assert rows["unit_written"].nunique() > 1
    with pytest.raises(ValueError, match="pass to="):
        rows.ei.to_pint("number", "unit_written")
    p = rows.ei.to_pint("number", "unit_written", to="ha", context="context")
    np.testing.assert_allclose(p.pint.magnitude, rows["value"].to_numpy(dtype=float))
    same = rows[rows["unit_written"] == "亩"].ei.to_pint("number", "unit_written")
    assert same.dtype.units == ureg.Unit("亩")
    fixed = pd.DataFrame({"x": [1.0, 2.0]}).ei.to_pint("x", "万吨")
    assert fixed.dtype.units == ureg.Unit("万吨")


def test_from_pint_reads_a_foreign_registry_unit() -> None:
    other = pint.UnitRegistry()
    dtype = pint_pandas.PintType(other.Unit("kilometer / hour"), "float64")
    s = pd.Series(pint_pandas.PintArray([1.0, 2.0], dtype=dtype))
    out = s.ei.from_pint()
    assert ureg.Unit(out["unit"].iloc[0]) == ureg.Unit("km/h")
    np.testing.assert_array_equal(out["value"], [1.0, 2.0])


def test_missing_pint_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pint_pandas", None)  # import raises ImportError
    with pytest.raises(ImportError, match=r"envindicators\[pint-pandas\]"):
        pd.Series([1.0]).ei.to_pint("亩")
    # the float + unit path needs no pint-pandas
    assert pd.Series([15.0]).ei.normalize("ha", unit="亩").iloc[0] == pytest.approx(1.0)


#: Spellings our registry parses for units pint-pandas's registry knows under another name.
SPELLINGS = {
    "kilometer ** 2": ["km2", "km²", "平方公里", "平方千米", "km**2"],
    "meter ** 3": ["m3", "m³", "立方米", "cubic_meter"],
    "metric_ton / day": ["t/d", "吨/日", "吨/天"],
    "hectare": ["ha", "公顷"],
    "microgram / meter ** 3": ["µg/m3", "微克/立方米", "μg/m³"],
    "kilometer": ["km", "千米", "公里"],
}


@pytest.mark.parametrize(
    ("their_unit", "spelling"), [(u, s) for u, spellings in SPELLINGS.items() for s in spellings]
)
def test_any_spelling_of_a_unit_pint_pandas_knows_is_accepted(their_unit: str, spelling: str):
    p = pd.Series([1.0, 2.0]).ei.to_pint(spelling)
    assert p.dtype.units == pint_pandas.PintType.ureg.Unit(their_unit)
    np.testing.assert_array_equal(p.pint.magnitude, [1.0, 2.0])  # the same unit: no conversion


def test_every_unit_of_our_registry_is_accepted_with_its_meaning_or_refused() -> None:
    """No unit name is silently given another meaning: accepted units have the same factor
    to the same root units in pint-pandas's registry; the others are refused with the
    conflict error (亩, 万吨, counter words)."""
    theirs = pint_pandas.PintType.ureg
    outcomes = {"accepted": 0, "refused": 0}
    for name in ureg._units:
        try:
            ureg.Unit(name)
        except (pint.PintError, ValueError):
            continue  # not a unit string of ours (a constant's symbol such as R_∞)
        try:
            p = pd.Series([1.0]).ei.to_pint(name)
        except PintRegistryConflictError:
            outcomes["refused"] += 1
            continue
        ours_factor, ours_root = ureg.get_root_units(name)
        their_factor, their_root = theirs.get_root_units(p.dtype.units)
        assert dict(their_root._units) == dict(ours_root._units), name
        assert their_factor == pytest.approx(ours_factor, rel=1e-12), name
        outcomes["accepted"] += 1
    assert outcomes["accepted"] > 1000
    assert outcomes["refused"] > 0
