"""Indicator: validation, unit properties, counters, contexts, frame round trip."""

from __future__ import annotations

import pandas as pd
import pytest

from envindicators import datasets
from envindicators.errors import ModelValidationError, UnitMismatchError
from envindicators.model import Direction, Indicator, indicator_map
from envindicators.units import Quantity


def pm25() -> Indicator:
    return Indicator(
        "pm25_concentration",
        "细颗粒物(PM2.5)平均浓度",
        "PM2.5 concentration",
        "µg/m3",
        "lower",
        standard="GB 3095-2012 二级: 35 µg/m3",
        domain="air",
    )


def test_fields_are_normalised() -> None:
    ind = pm25()
    assert ind.direction is Direction.LOWER
    assert ind.standard == "GB 3095-2012 二级: 35 µg/m3"
    assert ind.context is None
    assert not ind.is_share
    assert not ind.is_count
    assert ind.counter is None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"code": "PM 2.5"}, "code"),
        ({"code": ""}, "code"),
        ({"unit": "furlongs_per_qi"}, "unit"),
        ({"unit": None}, "unit"),
        ({"direction": "up"}, "direction"),
        ({"context": "beer"}, "context"),
    ],
)
def test_bad_input_names_the_field(kwargs: dict, field: str) -> None:
    base = {
        "code": "x_code",
        "name_zh": "某指标",
        "name_en": "some indicator",
        "unit": "t",
        "direction": "lower",
    }
    base.update(kwargs)
    with pytest.raises(ModelValidationError) as exc:
        Indicator(**base)
    assert exc.value.field == field


def test_unit_for_each_kind() -> None:
    share = Indicator("forest_coverage", "森林覆盖率", "Forest coverage", "%", "higher")
    assert share.is_share
    assert share.unit_for("level") == "%"
    assert share.unit_for("change_relative") == "%"
    assert share.unit_for("change_absolute") == "percentage_point"
    water = Indicator("water_use", "总用水量", "Water use", "m3", "lower")
    assert water.unit_for("change_absolute") == "m3"
    assert water.unit_for("change_relative") == "%"


def test_to_canonical_with_and_without_context() -> None:
    plant = Indicator(
        "sewage_capacity", "污水处理能力", "Sewage capacity", "m3/d", "higher", context="water"
    )
    assert plant.to_canonical((1.5e4, "t/d")).magnitude == pytest.approx(15000.0)
    assert plant.to_canonical(Quantity(1.5, "万吨/日")).magnitude == pytest.approx(15000.0)
    dry = Indicator("sewage_capacity", "污水处理能力", "Sewage capacity", "m3/d", "higher")
    with pytest.raises(UnitMismatchError):
        dry.to_canonical((1.5e4, "t/d"))


def test_counter_words_refuse_other_counters() -> None:
    households = Indicator("stove_households", "清洁取暖改造户数", "Households", "户", "higher")
    assert households.is_count
    assert households.counter == "户"
    assert households.to_canonical((1.2, "万户")).magnitude == pytest.approx(12000.0)
    assert households.to_canonical((3, "戶")).magnitude == 3.0  # traditional spelling
    with pytest.raises(UnitMismatchError, match="台"):
        households.to_canonical((5, "台"))
    with pytest.raises(UnitMismatchError):
        households.to_canonical((5, "%"))  # a count is not a share
    generic = Indicator("items", "数量", "Items", "count", "neutral")
    assert generic.to_canonical((5, "台")).magnitude == 5.0


def test_frame_round_trip_keeps_extra_columns() -> None:
    share = Indicator("forest_coverage", "森林覆盖率", "Forest coverage", "%", "higher")
    df = Indicator.to_frame([pm25(), share])
    assert list(df.columns) == [
        "code",
        "name_zh",
        "name_en",
        "unit",
        "direction",
        "standard",
        "domain",
        "context",
    ]
    assert str(df["code"].dtype) == "string"
    df["curator"] = ["A", "B"]
    back = Indicator.from_frame(df)
    assert back[0].to_record() == pm25().to_record()
    assert dict(back[0].extra) == {"curator": "A"}
    assert dict(back[1].extra) == {"curator": "B"}
    pd.testing.assert_frame_equal(Indicator.to_frame(back), df)


def test_from_frame_reports_the_row_of_a_bad_value() -> None:
    df = Indicator.to_frame([pm25()])
    df.loc[0, "direction"] = "sideways"
    with pytest.raises(ModelValidationError) as exc:
        Indicator.from_frame(df)
    assert (exc.value.field, exc.value.row) == ("direction", 0)


def test_duplicate_codes_are_refused() -> None:
    df = Indicator.to_frame([pm25(), pm25()])
    with pytest.raises(ModelValidationError, match="duplicate"):
        Indicator.from_frame(df)


def test_indicator_map_accepts_frames_mappings_and_iterables() -> None:
    ind = pm25()
    for source in (Indicator.to_frame([ind]), {ind.code: ind}, [ind]):
        assert indicator_map(source) == {ind.code: ind}


def test_counter_synonyms_and_the_general_measure_word() -> None:
    vehicles = Indicator("vehicles_retired", "淘汰老旧车", "Vehicles retired", "辆", "higher")
    assert vehicles.to_canonical((2092, "臺")).magnitude == 2092.0  # seed 001: 2092臺柴油車
    assert vehicles.to_canonical((19, "个")).magnitude == 19.0  # 个 counts anything
    with pytest.raises(UnitMismatchError):
        vehicles.to_canonical((3, "户"))
    plants = Indicator("plants_built", "污水处理厂", "Plants built", "座", "higher")
    with pytest.raises(UnitMismatchError):
        plants.to_canonical((3, "台"))


def test_bundled_indicators_round_trip() -> None:
    df = datasets.load("indicators")
    items = Indicator.from_frame(df)
    assert len(items) == len(df)
    pd.testing.assert_frame_equal(Indicator.to_frame(items), df)
