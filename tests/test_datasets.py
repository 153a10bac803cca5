"""Bundled datasets: schema, provenance, recomputed values, and facts a reader can check."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from tests.conftest import ROOT, load_script

from envindicators import datasets as ds
from envindicators.errors import DatasetError
from envindicators.extract import expand_forms
from envindicators.model import TaskStatus
from envindicators.units import Quantity, normalize_text

TABLES = sorted(ds.TABLES)


@pytest.mark.parametrize("name", TABLES)
def test_table_satisfies_schema(name: str, tables: dict[str, pd.DataFrame]) -> None:
    df = tables[name]
    assert len(df) > 0
    ds.validate(df, name, tables=tables)  # raises DatasetError listing problems


@pytest.mark.parametrize("name", TABLES)
def test_loaded_dtypes_follow_schema(name: str, tables: dict[str, pd.DataFrame]) -> None:
    df = tables[name]
    assert list(df.columns) == ds.TABLES[name].column_names
    for col in ds.TABLES[name].bundled_columns:
        assert str(df[col.name].dtype) == col.dtype, (col.name, df[col.name].dtype)


def test_load_returns_independent_copies() -> None:
    a = ds.load("observations")
    a.loc[a.index[0], "number"] = -1.0
    assert ds.load("observations").loc[a.index[0], "number"] != -1.0


def test_unknown_table_is_a_dataset_error() -> None:
    with pytest.raises(DatasetError, match="unknown table"):
        ds.load("nonsense")  # type: ignore[arg-type]


def test_every_source_document_is_bundled(tables: dict[str, pd.DataFrame]) -> None:
    docs = tables["documents"]
    seeds = docs["kind"].isin(["plan", "progress_report"])
    for source in docs.loc[seeds, "source"]:
        assert len(ds.source_text(source)) > 1000  # whole reports
    for source in docs.loc[~seeds, "source"]:
        assert str(source).startswith(ds.FOLLOWUP_DIR + "/")
        assert len(ds.source_text(source)) > 50  # excerpts: the paragraphs quoted


def test_source_names_stay_inside_the_sources_folder() -> None:
    for name in ["../targets.csv", "followup/../../targets.csv", "/etc/passwd", ""]:
        with pytest.raises(DatasetError):
            ds.source_text(name)


def test_indicator_registry_covers_and_is_used(tables: dict[str, pd.DataFrame]) -> None:
    """Every bundled row's indicator is registered; every registry row is used by a bundled
    row or is a measure the reports of the parser corpus write (its name or an alias, either
    script: the rows ``envindicators.extract`` links report figures to, reg22)."""
    used = set(tables["observations"]["indicator"]) | set(tables["targets"]["indicator"])
    registry = tables["indicators"].set_index("code")
    assert used <= set(registry.index)
    unused = sorted(set(registry.index) - used)
    corpus = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"
    text = "\n".join(
        normalize_text(f.read_text(encoding="utf-8")).text for f in sorted(corpus.glob("*/*.txt"))
    )
    for code in unused:
        row = registry.loc[code]
        names = [str(row["name_zh"])] + [a for a in str(row["aliases"]).split(";") if a]
        forms = {normalize_text(f).text for n in names if n != "<NA>" for f in expand_forms(n)}
        assert any(f in text for f in forms), (code, forms)


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
        ("tasks", "status_quote", "整改进展情况:已完成整改。"),
        ("tasks", "parent", "004-K001"),
        ("observations", "role", "forecast"),
        ("observations", "evidence_for", "000-T999"),
        ("documents", "kind", "pamphlet"),
        ("meetings", "comparator", "ge"),
        ("meetings", "quote", "省委召开100次会议"),
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
        & obs["source"].str.startswith("000")
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
    # every Shanxi status comes with the 整改进展情况 line it is read from
    assert shanxi["status_quote"].str.startswith("整改进展情况:").all()
    wuwei = tasks[tasks["source"].str.startswith("002") & tasks["parent"].isna()]
    assert sorted(wuwei["number_int"].astype(int)) == list(range(1, 18))
    assert set(tasks["status"].dropna()) <= {s.value for s in TaskStatus}


def test_wuwei_first_round_items(tables: dict[str, pd.DataFrame]) -> None:
    """第六项 lists the 19 first-round items concerning Wuwei: 11 + 3 + 5 (12 numbers make
    the 11 basically completed items, 第10、31两项合并整改)."""
    tasks = tables["tasks"]
    items = tasks[tasks["parent"] == "002-K006"]
    counts = items.groupby("status")["number_int"].apply(lambda s: sorted(s.astype(int)))
    assert counts.to_dict() == {
        "basically_completed": [1, 3, 4, 7, 10, 14, 21, 22, 26, 27, 31, 61],
        "not_completed": [2, 19, 23],
        "on_schedule": [6, 18, 24, 32, 58],
    }
    ps = tables["progress_summaries"]
    stated = ps[ps["summary_id"] == "002-P002"].set_index("category")["count"].astype(int)
    assert stated.to_dict() == {"basically_completed": 11, "not_completed": 3, "on_schedule": 5}
    assert items["status_quote"].notna().all()


def test_validator_reports_a_status_quote_of_another_item(
    tables: dict[str, pd.DataFrame],
) -> None:
    """The 整改进展情况 lines repeat word for word; the block rule pins each to its item."""
    df = tables["tasks"].copy()
    i = df.index[df["task_id"] == "000-K001"][0]  # 三十七: 正在推进整改
    assert df.loc[i, "status_text"] == "正在推进整改"
    ds.validate(df, "tasks", tables=tables)
    # the same words are in the file, but the next 正在推进 line after 三十七 is its own;
    # a 已完成 line first appears in item 三十八's block
    df.loc[i, ["status_text", "status_quote"]] = ["已完成整改", "整改进展情况:已完成整改。"]
    with pytest.raises(DatasetError, match="status_quote: not inside the item's block"):
        ds.validate(df, "tasks", tables={**tables, "tasks": df})


def test_validator_reports_evidence_for_another_region(tables: dict[str, pd.DataFrame]) -> None:
    df = tables["observations"].copy()
    i = df.index[df["obs_id"] == "000-O223"][0]  # 辽宁省 PM2.5 2017
    df.loc[i, "evidence_for"] = "000-T013"  # 辽宁省 PM2.5 ≤ 42 by 2020: fine
    ds.validate(df, "observations", tables={**tables, "observations": df})
    df.loc[i, "evidence_for"] = "002-T016"  # 武威市 forest cover
    with pytest.raises(DatasetError, match="evidence_for: a target of another region"):
        ds.validate(df, "observations", tables={**tables, "observations": df})
    df.loc[i, ["evidence_for", "role"]] = ["000-T013", "projection"]
    with pytest.raises(DatasetError, match="evidence_for: only an outcome is evidence"):
        ds.validate(df, "observations", tables={**tables, "observations": df})


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("threshold_number", 11.0, "differs from the threshold written"),
        ("threshold_comparator", "ge", "differs from the threshold written"),
        ("threshold_unit", "t/d", "differs from the threshold written"),
        ("threshold_text", "每小时11蒸吨及以下", "not inside the quote"),
        ("threshold_unit", None, "threshold columns incomplete"),
    ],
)
def test_validator_recomputes_thresholds(
    tables: dict[str, pd.DataFrame], column: str, value: object, message: str
) -> None:
    df = tables["targets"].copy()
    i = df.index[df["target_id"] == "004-T026"][0]  # 每小时10蒸吨及以下 boilers by 2017
    assert (df.loc[i, "threshold_comparator"], df.loc[i, "threshold_number"]) == ("le", 10.0)
    df.loc[i, column] = value
    with pytest.raises(DatasetError, match=message):
        ds.validate(df, "targets", tables={**tables, "targets": df})


def test_threshold_targets_name_their_scope(tables: dict[str, pd.DataFrame]) -> None:
    t = tables["targets"].set_index("target_id")
    cement = t.loc["004-T027"]  # 禁止新上日产2000吨以下新型干法水泥生产线
    assert (cement["comparator"], cement["value"], cement["threshold_text"]) == (
        "eq", 0.0, "日产2000吨以下",
    )  # fmt: skip
    assert (cement["threshold_number"], cement["threshold_unit"]) == (2000.0, "吨/日")
    assert pd.isna(cement["deadline"])  # a standing ban
    with_threshold = t[t["threshold_text"].notna()]
    assert len(with_threshold) >= 6
    pairs = zip(with_threshold["threshold_text"], with_threshold["subject"], strict=True)
    for text, subject in pairs:
        assert text in subject  # the subject names the threshold as written


def test_meetings_are_not_indicators(tables: dict[str, pd.DataFrame]) -> None:
    codes = set(tables["indicators"]["code"])
    assert not {"meetings_held", "meeting_frequency"} & codes
    m = tables["meetings"].set_index("meeting_id")
    assert set(m["role"]) == {"reported", "commitment"}
    # Liaoning 省政府常务会议: 20多次 since the second half of 2017 in the summary, 21 listed
    # from 2017-06-21 in the annex; both periods as the text has them
    assert m.loc["000-M002", "period_start"] == pd.Timestamp("2017-07-01")
    assert m.loc["000-M004", "period_start"] == pd.Timestamp("2017-06-21")
    commitments = m[m["role"] == "commitment"]
    assert commitments["comparator"].notna().all()
    assert (commitments["unit_written"] == "次/年").all()


def test_projection_and_gap_are_not_paired_with_targets(tables: dict[str, pd.DataFrame]) -> None:
    from envindicators.analytics import pair_observations

    obs = tables["observations"].set_index("obs_id")
    assert obs.loc["000-O121", "role"] == "projection"
    assert obs.loc["000-O228", "role"] == "gap_to_target"
    row = tables["targets"].iloc[0].to_dict()
    row.update(target_id="X", region="辽宁省", indicator="good_air_days_share",
               kind="change_absolute", unit_written="percentage_point", number=1.0,
               value_text="1个百分点", baseline_year=pd.NA)  # fmt: skip
    target = pd.DataFrame([row])
    _, po = pair_observations(target, tables["observations"], how="latest")
    assert "000-O228" not in set(po["obs_id"])
    _, po = pair_observations(target, tables["observations"].drop(columns="role"), how="latest")
    assert set(po["obs_id"]) == {"000-O228"}  # without the role it would be taken as a change


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


def test_the_readme_column_tables_are_the_schemas() -> None:
    """datasets/README.md shows the data dictionary of model.schema (one home), generated by
    scripts/data_dictionary.py; a column added to the schema and not to the README fails."""
    if not (ROOT / "scripts" / "data_dictionary.py").exists():
        pytest.skip("needs the source checkout")
    module = load_script("scripts/data_dictionary.py", register=False)
    text = module.README.read_text(encoding="utf-8")
    assert {m[2] for m in module.BLOCK.finditer(text)} == set(ds.TABLES)
    assert module.render(text) == text, "run python scripts/data_dictionary.py"
    assert module.main(["--check"]) == 0


def test_a_figure_of_another_scope_is_context_and_never_paired(
    tables: dict[str, pd.DataFrame],
) -> None:
    from envindicators.analytics import PAIRING_RULES, pair_observations

    obs = tables["observations"]
    row = obs.set_index("obs_id").loc["F005-O009"]
    # 城镇污水处理率 of all towns; the targets are for 县城 and 设区城市
    assert row["role"] == "context"
    assert row["indicator"] == "wastewater_treatment_rate"
    targets = tables["targets"][tables["targets"]["target_id"].isin(["004-T011", "004-T012"])]
    assert len(targets) == 2
    for how in PAIRING_RULES:
        _, po = pair_observations(targets, obs, how=how)
        assert "F005-O009" not in set(po["obs_id"])
        # stored as an outcome it would be paired with both: the role is what keeps it out
        as_outcome = obs.assign(role=obs["role"].mask(obs["obs_id"] == "F005-O009", "outcome"))
        _, po = pair_observations(targets, as_outcome, how=how)
        assert po["obs_id"].tolist() == ["F005-O009", "F005-O009"]


def test_a_subset_target_has_its_own_code(tables: dict[str, pd.DataFrame]) -> None:
    from envindicators.analytics import PAIRING_RULES, pair_observations

    # 防护林 700万亩 (004-T020) is a kind of afforestation, not its total: coded apart, it is
    # not judged on the 人工造林 total linked to 营造林 (004-T019)
    targets = tables["targets"].set_index("target_id")
    assert targets.loc["004-T020", "indicator"] == "shelter_forest_area"
    assert targets.loc["004-T019", "indicator"] == "afforestation_area"
    both = tables["targets"][tables["targets"]["target_id"].isin(["004-T019", "004-T020"])]
    for how in PAIRING_RULES:
        pt, po = pair_observations(both, tables["observations"], how=how)
        assert pt["target_id"].tolist() == ["004-T019"]
        assert po["obs_id"].tolist() == ["F021-O001"]
