"""Bundled datasets: schema, provenance, recomputed values, and facts a reader can check."""

from __future__ import annotations

import pandas as pd
import pytest

from envindicators import datasets as ds
from envindicators.errors import DatasetError
from envindicators.units import Quantity

TABLES = sorted(ds.TABLES)


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return ds.load_all()


@pytest.mark.parametrize("name", TABLES)
def test_table_satisfies_schema(name: str, tables: dict[str, pd.DataFrame]) -> None:
    df = tables[name]
    assert len(df) > 0
    ds.validate(df, name, tables=tables)  # raises DatasetError listing problems


@pytest.mark.parametrize("name", TABLES)
def test_loaded_dtypes_follow_schema(name: str, tables: dict[str, pd.DataFrame]) -> None:
    df = tables[name]
    for col in ds.TABLES[name].columns:
        dtype = str(df[col.name].dtype)
        expected = {"date": "datetime64", "string": "string", "Float64": "Float64"}.get(
            col.dtype, col.dtype
        )
        assert dtype.startswith(expected), (col.name, dtype)


def test_load_returns_independent_copies() -> None:
    a = ds.load("observations")
    a.loc[a.index[0], "number"] = -1.0
    assert ds.load("observations").loc[a.index[0], "number"] != -1.0


def test_unknown_table_is_a_dataset_error() -> None:
    with pytest.raises(DatasetError, match="unknown table"):
        ds.load("nonsense")  # type: ignore[arg-type]


def test_every_source_document_is_bundled(tables: dict[str, pd.DataFrame]) -> None:
    for source in tables["documents"]["source"]:
        assert len(ds.source_text(source)) > 1000


def test_indicator_registry_covers_and_is_used(tables: dict[str, pd.DataFrame]) -> None:
    used = set(tables["observations"]["indicator"]) | set(tables["targets"]["indicator"])
    assert used == set(tables["indicators"]["code"])


# ---------------------------------------------------------------------------------------
# The validator catches broken data (each mutation must be reported).
# ---------------------------------------------------------------------------------------
def _mutated(tables: dict[str, pd.DataFrame], name: str, column: str, value: object) -> None:
    df = tables[name].copy()
    df.loc[df.index[3], column] = value
    with pytest.raises(DatasetError, match=column):
        ds.validate(df, name, tables={**tables, name: df})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "column", "value"),
    [
        ("observations", "quote", "这句话不在任何文件里"),
        ("observations", "value", 1.0e9),
        ("observations", "unit_written", "公亩亩"),
        ("observations", "qualifier", "roughly"),
        ("observations", "indicator", "no_such_indicator"),
        ("observations", "source", "999_missing.txt"),
        ("targets", "comparator", "≥"),
        ("targets", "value", -12345.0),
        ("tasks", "status", "done"),
        ("tasks", "quote", ""),
        ("indicators", "direction", "up"),
        ("indicators", "unit", "furlong_per_fortnight_cn"),
        ("progress_summaries", "count", 10**9),
    ],
)
def test_validator_reports_mutation(
    tables: dict[str, pd.DataFrame], name: str, column: str, value: object
) -> None:
    _mutated(tables, name, column, value)


def test_validator_reports_duplicate_keys(tables: dict[str, pd.DataFrame]) -> None:
    df = tables["targets"].copy()
    df.loc[df.index[1], "target_id"] = df.loc[df.index[0], "target_id"]
    with pytest.raises(DatasetError, match="duplicate key"):
        ds.validate(df, "targets", tables=tables)


def test_validator_reports_value_text_outside_quote(tables: dict[str, pd.DataFrame]) -> None:
    df = tables["observations"].copy()
    df.loc[df.index[0], "value_text"] = "99999吨"
    with pytest.raises(DatasetError, match="value_text: not inside the quote"):
        ds.validate(df, "observations", tables=tables)


# ---------------------------------------------------------------------------------------
# Computed columns follow the written figure.
# ---------------------------------------------------------------------------------------
def test_compute_values_reproduces_bundled_values(tables: dict[str, pd.DataFrame]) -> None:
    for name in ("observations", "targets"):
        recomputed = ds.compute_values(tables[name], tables["indicators"])
        pd.testing.assert_series_equal(recomputed["value"], tables[name]["value"])
        assert recomputed["unit"].equals(tables[name]["unit"])


def test_compute_values_uses_context_and_points(tables: dict[str, pd.DataFrame]) -> None:
    ind = tables["indicators"]
    rows = pd.DataFrame(
        {
            "indicator": ["wastewater_treatment_capacity", "good_air_days_share"],
            "kind": ["level", "change_absolute"],
            "number": pd.array([1.5e4, 2.4], dtype="Float64"),
            "unit_written": ["吨/日", "percentage_point"],
        }
    )
    out = ds.compute_values(rows, ind)
    assert out["unit"].tolist() == ["m3/d", "percentage_point"]
    assert out["value"].tolist() == pytest.approx([15000.0, 2.4])
    assert out["context"].iloc[0] == "water"


# ---------------------------------------------------------------------------------------
# Facts from the seeds a reader can check against the documents.
# ---------------------------------------------------------------------------------------
def _one(df: pd.DataFrame, **where: object) -> pd.Series:
    mask = pd.Series(True, index=df.index)
    for column, value in where.items():
        mask &= df[column] == value
    hits = df[mask]
    assert len(hits) == 1, (where, len(hits))
    return hits.iloc[0]


def test_fushun_mine_restoration_in_hectares(tables: dict[str, pd.DataFrame]) -> None:
    obs = tables["observations"]
    row = obs[(obs["source"].str.startswith("001")) & (obs["value_text"].str.contains("16833"))]
    assert len(row) == 1
    assert row["unit_written"].iloc[0] == "亩"
    hectares = Quantity(row["number"].iloc[0], "亩").to("ha").magnitude
    assert hectares == pytest.approx(1122.2)


def test_liaoning_pm25_2017(tables: dict[str, pd.DataFrame]) -> None:
    obs = tables["observations"]
    level = obs[
        (obs["indicator"] == "pm25_concentration")
        & (obs["region"] == "辽宁省")
        & (obs["kind"] == "level")
    ]
    assert level["value"].tolist() == [44.0]
    assert level["period_end"].iloc[0] == pd.Timestamp("2017-12-31")
    target = _one(tables["targets"], indicator="pm25_concentration", region="辽宁省")
    assert (target["comparator"], target["value"]) == ("le", 42.0)
    assert target["deadline"] == pd.Timestamp("2020-12-31")


def test_progress_summaries_of_the_issue(tables: dict[str, pd.DataFrame]) -> None:
    ps = tables["progress_summaries"]

    def statements(region: str, total: int) -> list[dict[str, int]]:
        rows = ps[(ps["region"] == region) & (ps["total"] == total)]
        return [
            dict(zip(g["category"], g["count"].astype(int), strict=True))
            for _, g in rows.groupby("summary_id")
        ]

    assert {
        "basically_completed": 13,
        "on_schedule": 38,
        "fully_implemented": 2,
        "behind_schedule": 5,
    } in statements("辽宁省", 58)
    assert statements("甘肃省", 62) == [
        {"completed": 18, "basically_completed": 22, "on_schedule": 9}
    ]
    gansu = ps[(ps["region"] == "甘肃省") & (ps["total"] == 62)]
    assert set(gansu["reported_rate"]) == {79.0}
    assert statements("山西省", 82) == [{"completed": 59, "on_schedule": 23}]
    petitions = ps[(ps["total"] == 6991)]
    assert petitions["count"].astype(int).tolist() == [6591]
    assert petitions["reported_rate"].tolist() == [94.0]


def test_wuwei_plan_targets(tables: dict[str, pd.DataFrame]) -> None:
    t = tables["targets"]
    wuwei = t[t["source"].str.startswith("002")]
    assert len(wuwei) >= 40
    forest = _one(wuwei, indicator="forest_cover", region="武威市")
    assert (forest["comparator"], forest["value"], forest["unit"]) == ("ge", 18.43, "%")
    energy = _one(wuwei, indicator="energy_consumption_total")
    assert energy["comparator"] == "approx"
    assert energy["number"] == pytest.approx(4.17e6)
    assert energy["unit_written"] == "吨标准煤"
    intensity = _one(wuwei, indicator="energy_intensity")
    assert (intensity["kind"], intensity["number"], intensity["baseline_year"]) == (
        "change_relative",
        -13.0,
        2015,
    )
    water = _one(wuwei, indicator="water_use_total")
    assert (water["comparator"], water["value"]) == ("le", pytest.approx(1.515e9))


def test_tasks_cover_the_ledgers(tables: dict[str, pd.DataFrame]) -> None:
    tasks = tables["tasks"]
    shanxi = tasks[tasks["source"].str.startswith("000") & (tasks["region"] != "辽宁省")]
    assert sorted(shanxi["number_int"].dropna().astype(int)) == list(range(37, 61))
    wuwei = tasks[tasks["source"].str.startswith("002")]
    assert sorted(wuwei["number_int"].astype(int)) == list(range(1, 18))
    assert set(tasks["status"].dropna()) <= {s.value for s in ds.TaskStatus}


def test_typed_names_the_first_bad_cell() -> None:
    raw = pd.read_csv(
        ds.data_dir() / "tasks.csv", dtype=str, keep_default_na=False, na_values=[""]
    ).head(5)
    assert ds.typed(raw, "tasks").equals(ds.load("tasks").head(5))
    bad = raw.copy()
    bad.loc[3, "deadline"] = "2020年底"
    with pytest.raises(DatasetError, match="'2020年底' is not a date") as info:
        ds.typed(bad, "tasks")
    assert (info.value.column, info.value.row) == ("deadline", 3)
    extra = raw.assign(mine="x")
    with pytest.raises(DatasetError, match="unexpected column"):
        ds.typed(extra, "tasks")
    assert ds.typed(extra, "tasks", extra="keep").columns[-1] == "mine"
    missing = raw.copy()
    missing.loc[2, "title"] = None
    assert ds.typed(missing, "tasks").loc[2, "title"] is pd.NA
    with pytest.raises(DatasetError, match="required value missing") as info:
        ds.typed(missing, "tasks", required=True)
    assert (info.value.column, info.value.row) == ("title", 2)
