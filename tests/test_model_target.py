"""Target: construction from quantities, validation naming the field, frame round trips."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import assert_round_trip

from envindicators import datasets
from envindicators.errors import ModelValidationError, UnitMismatchError
from envindicators.model import Comparator, Indicator, Target, coerce_frame
from envindicators.model.schema import columns
from envindicators.units import Quantity
from envindicators.units.vocab import Kind

FOREST = Indicator("forest_coverage", "森林覆盖率", "Forest coverage", "%", "higher")
ENERGY = Indicator("energy_consumption", "能源消费总量", "Energy consumption", "tce", "lower")
INTENSITY = Indicator(
    "energy_intensity", "单位地区生产总值能耗", "Energy intensity of GDP", "tce/万元", "lower"
)
WATER = Indicator("water_use_total", "总用水量", "Total water use", "m3", "lower")
GOOD_DAYS = Indicator("good_air_days_share", "优良天数比例", "Share of good days", "%", "higher")
COAL = Indicator("coal_consumption", "煤炭消费总量", "Coal consumption", "t", "lower")
PM25 = Indicator("pm25_concentration", "细颗粒物浓度", "PM2.5 concentration", "µg/m3", "lower")
ALL = [FOREST, ENERGY, INTENSITY, WATER, GOOD_DAYS, COAL, PM25]
DEADLINE_2020 = dt.date(2020, 12, 31)


def wuwei_targets() -> list[Target]:
    """Seed 002, 三、总体目标 (2020 targets of 武威市)."""
    common = {"source": "002_b5fa22a766b1ca11.txt", "region": "武威市", "deadline": 2020}
    return [
        Target.level(FOREST, "以上", (18.43, "%"), value_text="18.43%", **common),
        Target.level(ENERGY, "左右", (417, "万吨标准煤"), value_text="417万吨标准煤左右", **common),
        Target.relative(INTENSITY, -13, baseline_year=2015, value_text="比2015年下降13%", **common),
        Target.level(WATER, "以内", (15.15, "亿立方米"), value_text="15.15亿立方米以内", **common),
        Target.level(GOOD_DAYS, "ge", (84.7, "%"), value_text="84.7%以上", **common),
        Target.relative(COAL, (5, "%"), baseline_year=2015, value_text="累计增长5%", **common),
    ]


def test_wuwei_targets_in_canonical_units() -> None:
    forest, energy, intensity, water, good, coal = wuwei_targets()
    assert (forest.comparator, forest.value, forest.unit) == (Comparator.GE, 18.43, "%")
    assert energy.comparator is Comparator.APPROX
    assert energy.value == pytest.approx(4_170_000.0)  # 417万 tce
    assert (intensity.kind, intensity.value, intensity.unit) == (Kind.CHANGE_RELATIVE, -13.0, "%")
    assert intensity.comparator is Comparator.LE  # a fall of at least 13 %
    assert water.value == pytest.approx(1.515e9)  # 15.15亿 m³
    assert good.value == 84.7
    assert (coal.comparator, coal.value) == (Comparator.LE, 5.0)  # growth capped at 5 %
    assert all(t.deadline == DEADLINE_2020 for t in (forest, energy, intensity, water))
    assert intensity.period_start == dt.date(2015, 12, 31)


def test_implied_level_of_relative_targets() -> None:
    intensity = Target.relative(INTENSITY, -13, baseline_year=2015, baseline=(0.8, "tce/万元"))
    assert intensity.implied_level() == pytest.approx(0.8 * 0.87)
    assert intensity.implied_level(Quantity(1.0, "tce/万元")) == pytest.approx(0.87)
    assert Target.relative(INTENSITY, -13, baseline_year=2015).implied_level() is None
    points = Target(
        indicator=FOREST,
        comparator="ge",
        number=2.4,
        unit_written="百分点",
        kind="change_absolute",
        baseline_year=2015,
        baseline_value=20.0,
    )
    assert points.unit == "percentage_point"
    assert points.implied_level() == pytest.approx(22.4)


def test_relative_target_comparator_needs_a_direction() -> None:
    band = Indicator("ph", "pH值", "pH", "dimensionless", "band")
    with pytest.raises(ModelValidationError) as exc:
        Target.relative(band, -5, baseline_year=2015)
    assert exc.value.field == "comparator"
    higher = Target.relative(FOREST, 10, baseline_year=2015)
    assert higher.comparator is Comparator.GE


def test_level_target_quantities_are_converted_to_the_written_unit() -> None:
    t = Target.level(
        WATER, "band", (14, "亿立方米"), high=(1.52e9, "m3"), tolerance=None, deadline="2020-12-31"
    )
    assert t.number_high == pytest.approx(15.2)
    assert t.value_high == pytest.approx(1.52e9)
    a = Target.level(ENERGY, "approx", (417, "万吨标准煤"), tolerance=(100_000, "tce"))
    assert a.tolerance == pytest.approx(10.0)
    assert a.tolerance_value == pytest.approx(100_000.0)


def _target(**kwargs: object) -> Target:
    base: dict[str, object] = {
        "indicator": PM25,
        "comparator": "le",
        "number": 42.0,
        "unit_written": "µg/m3",
        "start": dt.date(2018, 1, 1),
        "deadline": dt.date(2020, 12, 31),
    }
    base.update(kwargs)
    return Target(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "field", "error"),
    [
        ({"comparator": "about_right"}, "comparator", ModelValidationError),
        ({"comparator": None}, "comparator", ModelValidationError),
        ({"number": math.nan}, "number", ModelValidationError),
        ({"number": math.inf}, "number", ModelValidationError),
        ({"number": "42"}, "number", ModelValidationError),
        ({"unit_written": "t"}, "unit_written", UnitMismatchError),
        ({"unit_written": "微克/平方米"}, "unit_written", UnitMismatchError),
        ({"unit_written": "no_such_unit"}, "unit_written", ModelValidationError),
        ({"deadline": dt.date(2017, 12, 31)}, "deadline", ModelValidationError),
        ({"start": 2018}, "start", ModelValidationError),
        ({"deadline": "31/12/2020"}, "deadline", ModelValidationError),
        ({"comparator": "band"}, "number_high", ModelValidationError),
        ({"comparator": "band", "number_high": 40.0}, "number_high", ModelValidationError),
        ({"number_high": 50.0}, "number_high", ModelValidationError),
        ({"comparator": "approx", "tolerance": -1.0}, "tolerance", ModelValidationError),
        ({"tolerance": 1.0}, "tolerance", ModelValidationError),
        ({"kind": "change_relative", "unit_written": "%", "start": None},
         "baseline_year", ModelValidationError),
        ({"kind": "change_relative", "unit_written": "t", "baseline_year": 2015},
         "unit_written", UnitMismatchError),
        ({"kind": "sideways"}, "kind", ModelValidationError),
        ({"baseline_year": 2025}, "baseline_year", ModelValidationError),
        ({"baseline_value": math.nan, "baseline_year": 2017}, None, None),
    ],
)  # fmt: skip
def test_bad_input_raises_naming_the_field(
    kwargs: dict, field: str | None, error: type[Exception] | None
) -> None:
    if error is None:  # NaN in an optional field is "missing", not an error
        assert _target(**kwargs).baseline_value is None
        return
    with pytest.raises(error) as exc:
        _target(**kwargs)
    assert isinstance(exc.value, ModelValidationError)
    assert exc.value.field == field


def test_frame_columns_are_those_of_the_targets_table() -> None:
    df = Target.to_frame(wuwei_targets())
    assert list(df.columns) == columns("targets")
    assert df["number"].dtype == "Float64"
    assert df["baseline_year"].dtype == "Int64"
    assert df["deadline"].dtype == "datetime64[us]"
    assert df["comparator"].tolist() == ["ge", "approx", "le", "le", "ge", "le"]


def test_frame_round_trip_is_lossless() -> None:
    df = Target.to_frame(wuwei_targets())
    back = Target.from_frame(df, ALL)
    assert [t.to_record() for t in back] == [t.to_record() for t in wuwei_targets()]
    pd.testing.assert_frame_equal(Target.to_frame(back), df)


def dataset_like_frame() -> pd.DataFrame:
    """Rows shaped as datasets/targets.csv: every documented column, strings from a CSV."""
    rows = [
        {
            "target_id": "000-T001",
            "source": "000_72db18747bb7c34f.txt",
            "region": "辽宁省",
            "subject": "细颗粒物(PM2.5)浓度",
            "indicator": "pm25_concentration",
            "comparator": "le",
            "kind": "level",
            "value_text": "下降到42微克/立方米",
            "number": "42",
            "number_high": "",
            "unit_written": "微克/立方米",
            "tolerance": "",
            "baseline_year": "",
            "baseline_value": "",
            "start": "2018-01-01",
            "deadline": "2020-12-31",
            "deadline_text": "到2020年",
            "value": "42",
            "value_high": "",
            "unit": "µg/m3",
            "context": "",
            "quote": "到2020年,细颗粒物(PM2.5)浓度下降到42微克/立方米",
            "note": "",
            "reviewer": "lead",
        },
        {
            "target_id": "002-T009",
            "source": "002_b5fa22a766b1ca11.txt",
            "region": "武威市",
            "subject": "单位地区生产总值能耗",
            "indicator": "energy_intensity",
            "comparator": "le",
            "kind": "change_relative",
            "value_text": "比2015年下降13%",
            "number": "-13",
            "number_high": "",
            "unit_written": "%",
            "tolerance": "",
            "baseline_year": "2015",
            "baseline_value": "",
            "start": "2015-12-31",
            "deadline": "2020-12-31",
            "deadline_text": "2020年",
            "value": "-13",
            "value_high": "",
            "unit": "%",
            "context": "",
            "quote": "单位地区生产总值能耗比2015年下降13%",
            "note": "",
            "reviewer": "",
        },
    ]
    return pd.DataFrame(rows).replace("", None)


def test_dataset_shaped_frame_round_trips_with_provenance() -> None:
    df = dataset_like_frame()
    targets = Target.from_frame(df, ALL)
    assert targets[0].quote == "到2020年,细颗粒物(PM2.5)浓度下降到42微克/立方米"
    assert dict(targets[0].extra) == {"reviewer": "lead"}
    assert targets[1].period_start == dt.date(2015, 12, 31)
    expected = coerce_frame(df, "targets")
    pd.testing.assert_frame_equal(Target.to_frame(targets), expected)


def test_from_frame_checks_the_given_value_and_unit() -> None:
    df = dataset_like_frame()
    df.loc[0, "value"] = "4.2"
    with pytest.raises(ModelValidationError) as exc:
        Target.from_frame(df, ALL)
    assert (exc.value.field, exc.value.row) == ("value", 0)
    df = dataset_like_frame()
    df.loc[1, "unit"] = "tce/万元"
    with pytest.raises(ModelValidationError) as exc:
        Target.from_frame(df, ALL)
    assert (exc.value.field, exc.value.row) == ("unit", 1)


@pytest.mark.parametrize(
    ("column", "value", "error"),
    [
        ("indicator", "no_such_indicator", ModelValidationError),
        ("comparator", "roughly", ModelValidationError),
        ("unit_written", "吨", UnitMismatchError),
        ("number", None, ModelValidationError),
        ("deadline", "2010-12-31", ModelValidationError),
    ],
)
def test_from_frame_errors_carry_the_row(column: str, value: object, error: type) -> None:
    df = dataset_like_frame()
    df.index = ["a", "b"]
    df.loc["b", column] = value
    if column == "unit_written":
        df.loc["b", "value"] = None
    with pytest.raises(error) as exc:
        Target.from_frame(df, ALL)
    assert exc.value.field == column
    assert exc.value.row == "b"


def test_missing_required_column_is_named() -> None:
    df = dataset_like_frame().drop(columns="comparator")
    with pytest.raises(ModelValidationError) as exc:
        Target.from_frame(df, ALL)
    assert exc.value.field == "comparator"


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def targets(draw: st.DrawFn) -> Target:
    kind = draw(st.sampled_from(["level", "change_relative"]))
    comparator = draw(st.sampled_from(["ge", "le", "gt", "lt", "eq", "approx", "band"]))
    number = draw(finite)
    high = number + draw(st.floats(0, 1e3)) if comparator == "band" else None
    tol = draw(st.none() | st.floats(0, 10)) if comparator in ("approx", "eq") else None
    start = draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2020, 1, 1)))
    deadline = draw(st.none() | st.dates(start or dt.date(2000, 1, 1), dt.date(2035, 1, 1)))
    unit = "%" if kind == "change_relative" else draw(st.sampled_from(["t", "万吨", "kg", "亿吨"]))
    text = st.none() | st.text(min_size=1, max_size=8)
    return Target(
        indicator=COAL,
        comparator=comparator,  # type: ignore[arg-type]
        number=number,
        unit_written=unit,
        kind=kind,  # type: ignore[arg-type]
        number_high=high,
        tolerance=tol,
        baseline_year=2000 if kind == "change_relative" else draw(st.none() | st.just(2000)),
        # a relative change needs a positive base (issue 11): other kinds take any value
        baseline_value=draw(
            st.none() | (st.floats(1e-6, 1e9) if kind == "change_relative" else finite)
        ),
        start=start,
        deadline=deadline,
        target_id=draw(text),
        region=draw(text),
        quote=draw(text),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(targets(), min_size=1, max_size=5))
def test_round_trip_property(items: list[Target]) -> None:
    df = Target.to_frame(items)
    back = Target.from_frame(df, [COAL])
    assert [t.to_record() for t in back] == [t.to_record() for t in items]
    pd.testing.assert_frame_equal(Target.to_frame(back), df)


def test_bundled_targets_round_trip() -> None:
    df = datasets.load("targets")
    indicators = datasets.load("indicators")
    items = Target.from_frame(df, indicators)
    assert len(items) == len(df)
    assert_round_trip(Target.to_frame(items), df, "targets")
