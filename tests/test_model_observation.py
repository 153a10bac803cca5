"""Observation: periods, kinds, counters and contexts, validation, frame round trips."""

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
from envindicators.model import Indicator, Observation
from envindicators.model.schema import columns
from envindicators.units import Quantity
from envindicators.units.vocab import Kind, Qualifier

PM25 = Indicator("pm25_concentration", "细颗粒物浓度", "PM2.5 concentration", "µg/m3", "lower")
GOOD_DAYS = Indicator("good_air_days_share", "优良天数比例", "Share of good days", "%", "higher")
SEWAGE = Indicator(
    "sewage_capacity",
    "污水处理能力",
    "Sewage treatment capacity",
    "m3/d",
    "higher",
    context="water",
)
HOUSEHOLDS = Indicator("clean_heating_households", "清洁取暖户数", "Households", "户", "higher")
ALL = [PM25, GOOD_DAYS, SEWAGE, HOUSEHOLDS]


def liaoning_2017() -> list[Observation]:
    """Seed 000: 细颗粒物平均浓度为44微克/立方米,同比下降4.3%; 优良天数达标率75.8%."""
    common = {"source": "000_72db18747bb7c34f.txt", "region": "辽宁省"}
    return [
        Observation.of(PM25, (44, "微克/立方米"), 2017, value_text="44微克/立方米", **common),
        Observation.of(
            PM25,
            (-4.3, "%"),
            2017,
            kind="change_relative",
            baseline_period=2016,
            value_text="同比下降4.3%",
            **common,
        ),
        Observation.of(GOOD_DAYS, Quantity(75.8, "%"), 2017, qualifier="exact", **common),
        Observation.of(
            GOOD_DAYS,
            (1.3, "个百分点"),
            2017,
            kind="change_absolute",
            value_text="高于国家下达指标1.3个百分点",
            **common,
        ),
    ]


def test_liaoning_observations() -> None:
    level, change, share, points = liaoning_2017()
    assert (level.value, level.unit) == (44.0, "µg/m3")
    assert (level.period_start, level.period_end) == (dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    assert (change.kind, change.value, change.unit, change.baseline_period) == (
        Kind.CHANGE_RELATIVE,
        -4.3,
        "%",
        "2016",
    )
    assert share.qualifier is Qualifier.EXACT
    assert (points.value, points.unit) == (1.3, "percentage_point")


def test_water_context_and_scale_words() -> None:
    o = Observation.of(SEWAGE, (1.5, "万吨/日"), "2018-09-15", value_text="1.5万吨/日")
    assert o.value == pytest.approx(15000.0)
    assert o.period_start is None
    assert o.period_end == dt.date(2018, 9, 15)


def test_counts_in_another_counter_are_refused() -> None:
    assert Observation.of(HOUSEHOLDS, (1.2, "万户"), 2019).value == pytest.approx(12000.0)
    with pytest.raises(UnitMismatchError) as exc:
        Observation.of(HOUSEHOLDS, (3000, "台"), 2019)  # stoves are not households
    assert exc.value.field == "unit_written"


@pytest.mark.parametrize(
    ("kwargs", "field", "error"),
    [
        ({"number": math.nan}, "number", ModelValidationError),
        ({"number": None}, "number", ModelValidationError),
        ({"unit_written": "t"}, "unit_written", UnitMismatchError),
        ({"period_end": "sometime"}, "period_end", ModelValidationError),
        ({"period_start": dt.date(2019, 1, 1)}, "period_start", ModelValidationError),
        ({"kind": "change_relative", "unit_written": "µg/m3"}, "unit_written", UnitMismatchError),
        ({"kind": "change_absolute", "unit_written": "%"}, None, None),
        ({"qualifier": "roughly"}, "qualifier", ModelValidationError),
    ],
)
def test_bad_input_names_the_field(kwargs: dict, field: str | None, error: type | None) -> None:
    base: dict[str, object] = {
        "indicator": PM25,
        "number": 44.0,
        "unit_written": "µg/m3",
        "period_end": dt.date(2017, 12, 31),
    }
    base.update(kwargs)
    if error is None:
        # an absolute change of a non-share in % is refused by pint (% is not µg/m3)
        with pytest.raises(UnitMismatchError):
            Observation(**base)  # type: ignore[arg-type]
        return
    with pytest.raises(error) as exc:
        Observation(**base)  # type: ignore[arg-type]
    assert exc.value.field == field


def test_absolute_change_of_a_share_written_in_percent_is_points() -> None:
    # the datasets convention: 提高2.4% of a share, classified change_absolute, is 2.4 points
    o = Observation.of(GOOD_DAYS, (2.4, "%"), 2017, kind="change_absolute")
    assert (o.value, o.unit) == (2.4, "percentage_point")


def test_frame_round_trip() -> None:
    df = Observation.to_frame(liaoning_2017())
    assert list(df.columns) == columns("observations")
    back = Observation.from_frame(df, ALL)
    pd.testing.assert_frame_equal(Observation.to_frame(back), df)
    df["checked"] = [True, False, True, True]
    back = Observation.from_frame(df, ALL)
    assert [dict(o.extra) for o in back] == [{"checked": v} for v in (True, False, True, True)]
    pd.testing.assert_frame_equal(Observation.to_frame(back), df)


def test_from_frame_error_carries_the_row() -> None:
    df = Observation.to_frame(liaoning_2017())
    df.loc[2, "number"] = None
    with pytest.raises(ModelValidationError) as exc:
        Observation.from_frame(df, ALL)
    assert (exc.value.field, exc.value.row) == ("number", 2)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(-1e9, 1e9, allow_nan=False),
            st.sampled_from(["t/d", "万吨/日", "m3/d", "万立方米/日", "L/s"]),
            st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)),
            st.none() | st.text(max_size=10),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_round_trip_property(rows: list[tuple[float, str, dt.date, str | None]]) -> None:
    items = [
        Observation.of(SEWAGE, (n, u), d, quote=q or None, region="某县") for n, u, d, q in rows
    ]
    df = Observation.to_frame(items)
    back = Observation.from_frame(df, [SEWAGE])
    assert [o.to_record() for o in back] == [o.to_record() for o in items]
    pd.testing.assert_frame_equal(Observation.to_frame(back), df)


def test_bundled_observations_round_trip() -> None:
    df = datasets.load("observations")
    indicators = datasets.load("indicators")
    items = Observation.from_frame(df, indicators)
    assert_round_trip(Observation.to_frame(items), df, "observations")
