"""The table schema: one home for model, bundled and user tables; coercion to its dtypes,
vocabularies, extras, vectorised values."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from envindicators.errors import ModelValidationError, UnitMismatchError
from envindicators.model import (
    SCHEMAS,
    Comparator,
    Direction,
    Indicator,
    ObservationRole,
    TaskStatus,
    canonical_values,
    coerce_frame,
    empty_frame,
    schema,
)
from envindicators.model.schema import columns
from envindicators.units.vocab import Kind, Qualifier

PM25 = Indicator("pm25_concentration", "细颗粒物浓度", "PM2.5 concentration", "µg/m3", "lower")
SHARE = Indicator("good_air_days_share", "优良天数比例", "Share of good days", "%", "higher")
STEAM = Indicator(
    "boiler_capacity", "燃煤锅炉容量", "Boiler capacity", "MW", "neutral", context="steam"
)


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_empty_frames_have_documented_columns_and_dtypes(table: str) -> None:
    df = empty_frame(table)
    assert list(df.columns) == columns(table)
    for col in SCHEMAS[table]:
        assert str(df[col.name].dtype) == str(col.dtype)


def test_coerce_casts_strings_numbers_and_dates() -> None:
    raw = pd.DataFrame(
        {
            "indicator": ["pm25_concentration"],
            "period_end": ["2017-12-31"],
            "number": ["44"],
            "unit_written": ["µg/m3"],
            "kind": [None],
            "extra_note": ["kept"],
        }
    )
    df = coerce_frame(raw, "observations")
    assert list(df.columns) == [*columns("observations"), "extra_note"]
    assert df["number"].dtype == "Float64"
    assert df["period_end"].dtype == "datetime64[us]"
    assert df.loc[0, "period_end"] == pd.Timestamp("2017-12-31")
    assert df["obs_id"].isna().all()
    assert df["extra_note"].tolist() == ["kept"]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("kind", "level-ish"),
        ("number", "forty"),
        ("period_end", "late 2017"),
        ("qualifier", "大约"),
    ],
)
def test_coerce_names_column_and_row(column: str, value: str) -> None:
    raw = pd.DataFrame(
        {
            "indicator": ["pm25_concentration"] * 2,
            "period_end": ["2017-12-31"] * 2,
            "number": [44.0, 45.0],
            "unit_written": ["µg/m3"] * 2,
        },
        index=["r1", "r2"],
    )
    raw[column] = [raw[column].iloc[0] if column in raw else None, value]
    with pytest.raises(ModelValidationError) as exc:
        coerce_frame(raw, "observations")
    assert (exc.value.field, exc.value.row) == (column, "r2")


def test_canonical_values_converts_once_per_unit_pair() -> None:
    raw = pd.DataFrame(
        {
            "indicator": ["pm25_concentration", "pm25_concentration",
                          "good_air_days_share", "boiler_capacity"],
            "period_end": ["2017-12-31"] * 4,
            "number": [44.0, 0.05, 75.8, 10.0],
            "unit_written": ["µg/m3", "mg/m3", "%", "蒸吨/小时"],
        }
    )  # fmt: skip
    cv = canonical_values(raw, "observations", [PM25, SHARE, STEAM])
    np.testing.assert_allclose(cv["value"], [44.0, 50.0, 75.8, 7.0])
    assert cv["unit"].tolist() == ["µg/m3", "µg/m3", "%", "MW"]
    assert cv["is_share"].tolist() == [False, False, True, False]
    assert cv["direction"].tolist() == ["lower", "lower", "higher", "neutral"]


def test_canonical_values_refuses_incompatible_units_with_row() -> None:
    raw = pd.DataFrame(
        {
            "indicator": ["pm25_concentration", "good_air_days_share"],
            "period_end": ["2017-12-31"] * 2,
            "number": [44.0, 3.0],
            "unit_written": ["µg/m3", "台"],
        },
        index=[10, 11],
    )
    with pytest.raises(UnitMismatchError) as exc:
        canonical_values(raw, "observations", [PM25, SHARE])
    assert (exc.value.field, exc.value.row) == ("unit_written", 11)


# -- the one schema: model, bundled tables and user tables ------------------------------
def test_one_column_class_and_one_table_registry() -> None:
    from envindicators import datasets

    assert datasets.Column is schema.Column
    assert datasets.Table is schema.Table
    assert datasets.TABLES is schema.TABLES
    assert set(SCHEMAS) == {name for name, t in schema.TABLES.items() if t.model}


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_model_schema_is_the_tables_model_columns(table: str) -> None:
    t = schema.TABLES[table]
    assert SCHEMAS[table] == t.model_columns
    # what the model needs, a user's table must have
    needed = {c.name for c in t.columns if c.model_required}
    assert needed <= set(t.minimal_columns)
    assert all(c.in_model for c in t.columns if c.model_required)


@pytest.mark.parametrize("table", sorted(schema.TABLES))
def test_minimal_columns_come_from_the_schema(table: str) -> None:
    from envindicators.datasets import MINIMAL_COLUMNS

    t = schema.TABLES[table]
    assert MINIMAL_COLUMNS[table] == t.minimal_columns
    assert t.minimal_columns, "every table has at least one column a user's table must have"
    assert len({c.name for c in t.columns}) == len(t.columns)
    for other in t.references.values():
        assert other in schema.TABLES
    assert set(t.key_columns) <= {c.name for c in t.columns}


@pytest.mark.parametrize(
    ("table", "column", "enum"),
    [
        ("indicators", "direction", Direction),
        ("observations", "qualifier", Qualifier),
        ("observations", "kind", Kind),
        ("observations", "role", ObservationRole),
        ("targets", "comparator", Comparator),
        ("tasks", "status", TaskStatus),
    ],
)
def test_enum_vocabularies_are_the_enums_codes_in_order(table, column, enum) -> None:
    (col,) = [c for c in schema.TABLES[table].columns if c.name == column]
    assert col.vocabulary == tuple(m.value for m in enum)
    assert col.checked_vocabulary == col.vocabulary


def test_closed_vocabularies_are_checked_open_ones_are_not() -> None:
    raw = pd.DataFrame(
        {
            "code": ["noise_level"],
            "unit": ["dB"],
            "direction": ["lower"],
            "domain": ["acoustics"],  # not a bundled domain: an open vocabulary
        }
    )
    out = coerce_frame(raw, "indicators")
    assert out.loc[0, "domain"] == "acoustics"
    with pytest.raises(ModelValidationError, match="direction"):
        coerce_frame(raw.assign(direction="down"), "indicators")


def test_model_only_and_bundled_only_columns() -> None:
    targets = schema.TABLES["targets"]
    assert "standard" in columns("targets")
    assert "standard" not in targets.column_names  # the bundled targets have none
    assert "threshold_text" in targets.column_names
    assert "threshold_text" not in columns("targets")  # passes through as extra
    obs = schema.TABLES["observations"]
    assert {"role", "evidence_for"} <= set(obs.column_names) - set(columns("observations"))


def test_unknown_tables_are_named() -> None:
    with pytest.raises(ValueError, match="expected one of"):
        schema.table("target")
    with pytest.raises(ValueError, match="unknown model table 'documents'"):
        empty_frame("documents")
