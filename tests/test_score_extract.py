"""The evaluation harness of issue 13 (benchmarks/score_extract.py) scores what it says."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import examples, load_script

se = load_script("benchmarks/score_extract.py")

GOLD = se.gold_tables()
DOC = "002_b5fa22a766b1ca11.txt"  # both tables, 46 observations and 52 targets
SMALL = {t: df[df["source"] == DOC].reset_index(drop=True) for t, df in GOLD.items()}


def _total(result: pd.DataFrame, table: str = "all") -> pd.Series:
    return result[(result["document"] == "ALL") & (result["table"] == table)].iloc[0]


def test_gold_is_the_five_seed_reports() -> None:
    sources = set(GOLD["observations"]["source"]) | set(GOLD["targets"]["source"])
    assert len(sources) == 5
    assert not any(s.startswith("followup/") for s in sources)


def test_gold_against_itself_is_perfect() -> None:
    result = se.score(GOLD, GOLD)
    total = _total(result)
    assert total["gold"] == len(GOLD["observations"]) + len(GOLD["targets"])
    assert total["recall"] == 1.0
    assert total["precision"] == 1.0
    assert (result[[f"{f}_wrong" for f in se.FIELDS] + ["missing", "spurious"]] == 0).all().all()
    assert set(result["document"]) == {*GOLD["observations"]["source"], "ALL"}


def _perturb(df: pd.DataFrame, row: int, field: str, table: str) -> pd.DataFrame:
    out = df.copy()
    i = out.index[row]
    if field == "indicator":
        out.loc[i, "indicator"] = "not_an_indicator"
    elif field == "region":
        out.loc[i, "region"] = "海南省"
    elif field == "period":
        col = "period_end" if table == "observations" else "deadline"
        old = out.loc[i, col]
        out.loc[i, col] = (
            pd.Timestamp("1990-12-31") if pd.isna(old) else old + pd.DateOffset(years=1)
        )
    else:
        out.loc[i, "value"] = out.loc[i, "value"] * 1.5 + 1
    return out


@examples(25)
@given(
    table=st.sampled_from(["observations", "targets"]),
    field=st.sampled_from(["indicator", "region", "period", "value"]),
    data=st.data(),
)
def test_each_perturbed_field_is_counted_as_that_error(
    table: str, field: str, data: st.DataObject
) -> None:
    row = data.draw(st.integers(0, len(SMALL[table]) - 1))
    pred = dict(SMALL)
    pred[table] = _perturb(SMALL[table], row, field, table)
    result = se.score(pred, SMALL)
    got = result[(result["document"] == DOC) & (result["table"] == table)].iloc[0]
    assert got["matched"] == len(SMALL[table]) - 1
    assert got[f"{field}_wrong"] == 1
    others = [f"{f}_wrong" for f in se.FIELDS if f != field] + ["missing", "spurious"]
    assert (got[others] == 0).all()


def test_duplicated_predictions_cost_precision_not_recall() -> None:
    obs = SMALL["observations"]
    pred = {**SMALL, "observations": pd.concat([obs, obs.iloc[:3]], ignore_index=True)}
    got = _total(se.score(pred, SMALL), "observations")
    assert got["recall"] == 1.0
    assert got["spurious"] == 3
    assert got["precision"] == pytest.approx(len(obs) / (len(obs) + 3))


def test_missing_rows_cost_recall_and_no_prediction_is_all_missing() -> None:
    obs = SMALL["observations"]
    got = _total(se.score({**SMALL, "observations": obs.iloc[2:]}, SMALL), "observations")
    assert got["missing"] == 2
    assert got["precision"] == 1.0
    assert got["recall"] == pytest.approx((len(obs) - 2) / len(obs))
    empty = _total(se.score({}, SMALL))
    assert empty["matched"] == 0
    assert empty["missing"] == empty["gold"]
    assert np.isnan(empty["precision"])


def _one(**changes: object) -> tuple[dict, dict]:
    gold = SMALL["observations"].iloc[[0]].copy()
    pred = gold.copy()
    for k, v in changes.items():
        pred[k] = pd.Series([v], index=pred.index, dtype=gold[k].dtype)
    return {"observations": pred}, {"observations": gold}


def _matched(pred: dict, gold: dict) -> bool:
    return bool(_total(se.score(pred, gold), "observations")["matched"] == 1)


def test_value_within_the_precision_of_the_written_figure() -> None:
    gold = GOLD["observations"]
    row = gold[gold["value_text"] == "每天约1.5万吨"].iloc[[0]]
    g = {"observations": row}
    for value, ok in [(15000, True), (15400, True), (14600, True), (15600, False)]:
        p = row.assign(value=pd.array([value], dtype="Float64"))
        assert _matched({"observations": p}, g) is ok, value
    # another unit of the same quantity converts (15 kt/d of water = 15000 m3/d)
    kt = pd.array(["kilotonne/day"], dtype="string")
    p = row.assign(value=pd.array([15.0], dtype="Float64"), unit=kt)
    assert _matched({"observations": p}, g)
    # a unit of another dimension never matches
    p = row.assign(unit=pd.array(["km"], dtype="string"))
    assert not _matched({"observations": p}, g)


def test_kind_is_part_of_the_value() -> None:
    assert not _matched(*_one(kind="change_relative"))


@pytest.mark.parametrize("region", ["武威", "武威市", "武威市 ", "武 威 市"])
def test_region_names_that_resolve_alike_agree(region: str) -> None:
    pred, gold = _one(region=region)
    gold["observations"] = gold["observations"].assign(region="武威市")
    assert _matched(pred, gold)


def test_region_renamed_county_and_traditional_script() -> None:
    gold = SMALL["observations"].iloc[[0]].assign(region="太谷县")
    for name in ["太谷区", "太谷", "太谷縣"]:
        pred = gold.assign(region=name)
        assert _matched({"observations": pred}, {"observations": gold}), name
    assert not _matched({"observations": gold.assign(region="平遥县")}, {"observations": gold})


@pytest.mark.parametrize(
    ("text", "number", "step"),
    [
        ("每天约1.5万吨", 15000, 1000),
        ("85%", 85, 1),
        ("95.3%", 95.3, 0.1),
        ("同比下降2.6%", -2.6, 0.1),
        ("约7000余吨", 7000, 1),
        ("3.50亿元", 3.5e8, 1e6),
        ("１２００噸", 1200, 1),
    ],
)
def test_written_step(text: str, number: float, step: float) -> None:
    assert se.written_step(text, number) == pytest.approx(step)


def test_written_step_without_digits_is_nan() -> None:
    assert np.isnan(se.written_step("全部", 100))
    assert np.isnan(se.written_step("8×200吨/日", 1600))


def _fake_reader(text: str, *, source: str | None = None, **_: object) -> dict:
    n = len(text) % 7 + 1
    obs = pd.DataFrame(
        {
            "source": [source] * n,
            "region": ["湖北省"] * n,
            "indicator": ["pm25_concentration"] * n,
            "period_end": [pd.Timestamp("2020-12-31")] * n,
            "value_text": [f"{k}微克/立方米" for k in range(n)],
            "value": np.arange(n, dtype=float),
            "unit": ["µg/m3"] * n,
            "quote": [text[:10]] * n,
        }
    )
    return {"observations": obs, "targets": obs.iloc[:0]}


def test_sample_rows_for_a_hand_check(tmp_path: Path) -> None:
    for split in ("dev", "heldout"):
        (tmp_path / split).mkdir()
        for k in range(3):
            (tmp_path / split / f"d{k}.txt").write_text("文本" * (k + 3), encoding="utf-8")
    sample = se.sample_rows(_fake_reader, 5, seed=1, corpus=tmp_path)
    assert len(sample) == 5
    assert list(sample.columns[-len(se.JUDGEMENT_COLUMNS) :]) == list(se.JUDGEMENT_COLUMNS)
    assert (sample[list(se.JUDGEMENT_COLUMNS)] == "").all().all()
    assert sample["document"].str.match(r"(dev|heldout)/d\d\.txt").all()
    again = se.sample_rows(_fake_reader, 5, seed=1, corpus=tmp_path)
    pd.testing.assert_frame_equal(sample, again)
    assert len(se.sample_rows(_fake_reader, 10_000, seed=1, corpus=tmp_path)) < 10_000


def test_judged_summary() -> None:
    judged = pd.DataFrame(
        {
            "indicator_ok": ["y", "y", "n", "y", ""],
            "region_ok": ["y", "y", "y", "y", ""],
            "period_ok": ["y", "n", "y", "y", ""],
            "value_ok": ["y", "y", "y", "y", ""],
            "fully_right": ["", "", "", "n", ""],
            "comment": ["", "", "", "unit wrong", ""],
        }
    )
    s = se.judged_summary(judged).set_index("judgement")
    assert s.loc["indicator_ok", "judged"] == 4
    assert s.loc["indicator_ok", "right"] == 3
    # derived: row 0 right, rows 1-2 not; row 3 judged "n" explicitly; row 4 not judged
    assert s.loc["fully_right", "judged"] == 4
    assert s.loc["fully_right", "right"] == 1
    assert s.loc["fully_right", "low"] < 0.25 < s.loc["fully_right", "high"]
    with pytest.raises(ValueError, match="y/n"):
        se.judged_summary(judged.assign(value_ok="maybe"))


def test_main_without_extractor_exits_2(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(se, "_reader", lambda: None)
    assert se.main([]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_main_scores_and_samples_with_an_extractor(
    monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path
) -> None:
    monkeypatch.setattr(se, "_reader", lambda: _fake_reader)
    assert se.main([]) == 0
    out = capsys.readouterr().out
    assert "ALL" in out
    assert "recall" in out
    target = tmp_path / "sample.csv"
    assert se.main(["--sample", "4", "--seed", "3", "--out", str(target)]) == 0
    assert len(pd.read_csv(target)) == 4
    assert se.main(["--sample", "4", "--out", str(target)]) == 1  # never overwrites


def test_confidence_curve_keeps_rows_at_least_as_sure() -> None:
    # every third gold row low, every third medium, the rest high; a wrong low row added
    pred = {}
    for name, df in GOLD.items():
        levels = np.array(["low", "medium", "high"])[np.arange(len(df)) % 3]
        pred[name] = df.assign(confidence=levels)
    extra = pred["observations"].iloc[[0]].assign(value=-1e9, confidence="low")
    pred["observations"] = pd.concat([pred["observations"], extra], ignore_index=True)
    curve = se.confidence_curve(pred, GOLD).set_index(["min_confidence", "table"])
    n = {name: len(df) for name, df in GOLD.items()}
    total = sum(n.values())
    keep_high = sum(len(range(2, k, 3)) for k in n.values())
    keep_medium = keep_high + sum(len(range(1, k, 3)) for k in n.values())
    assert curve.loc[("low", "all"), "recall"] == 1.0
    assert curve.loc[("low", "all"), "precision"] == total / (total + 1)
    assert curve.loc[("medium", "all"), "matched"] == keep_medium
    assert curve.loc[("medium", "all"), "precision"] == 1.0
    assert curve.loc[("high", "all"), "recall"] == keep_high / total
    assert list(curve.index.get_level_values(0).unique()) == list(se.CONFIDENCE_LEVELS)


# ----------------------------------------------------------------------------- tasks
TASKS = se.gold_tasks()
SEEDS = se.seed_sources()


def test_gold_tasks_against_themselves_are_perfect() -> None:
    result = se.score_tasks(TASKS, TASKS, SEEDS)
    total = result[result["document"] == "ALL"].iloc[0]
    assert total["gold"] == len(TASKS) == 75
    assert total["recall"] == 1.0
    assert total["precision"] == 1.0
    assert (result[["deadline_wrong", "status_wrong", "missing", "spurious"]] == 0).all().all()
    assert len(SEEDS) == 5


@pytest.mark.parametrize(
    ("column", "value", "wrong"),
    [
        ("status", "completed", "status_wrong"),
        ("deadline", pd.Timestamp("2031-12-31"), "deadline_wrong"),
        ("deadline_category", "ongoing", "deadline_wrong"),
    ],
)
def test_a_wrong_task_field_is_counted_as_that_error(
    column: str, value: object, wrong: str
) -> None:
    pred = TASKS.copy()
    row = pred.index[(pred["status"] != "completed") & pred["deadline"].notna()][0]
    pred[column] = pred[column].astype(object)
    pred.loc[row, column] = value
    total = se.score_tasks(pred, TASKS, SEEDS).iloc[-1]
    assert total[wrong] == 1
    assert total["matched"] == len(TASKS) - 1
    assert total["missing"] == total["spurious"] == 0


def test_task_items_are_matched_by_number_and_title() -> None:
    doc = TASKS[TASKS["source"] == "004_89c821903e6b9e73.txt"].reset_index(drop=True)
    # numbers shifted: no item is the same any more unless its title is nearly the same
    shifted = doc.assign(number_int=doc["number_int"] + 100, number="X")
    pairs = se.match_tasks(shifted, doc)
    assert len(pairs) == len(doc)  # the titles alone identify them (overlap 1.0)
    # other titles: the number as written identifies an item when no other item has it
    retitled = doc.assign(title="完全不同的标题文字")
    assert len(se.match_tasks(retitled, doc)) == len(doc)
    # … but not a number written alike for every item, nor number_int alone (六(一), 六(二))
    assert se.match_tasks(retitled.assign(number="X"), doc).empty
    assert se.title_overlap("鄱阳湖水质下降", "“鄱阳湖水质下降”问题") >= 0.6
    assert se.title_overlap("鄱阳湖水质下降", "燃煤锅炉") == 0.0


def test_predicted_tasks_of_a_document_without_gold_are_spurious() -> None:
    other = TASKS.iloc[[0]].assign(source="001_6ec4baf3a50da954.txt")
    result = se.score_tasks(other, TASKS, SEEDS)
    row = result[result["document"] == "001_6ec4baf3a50da954.txt"].iloc[0]
    assert row["spurious"] == 1
    assert np.isnan(row["recall"])
