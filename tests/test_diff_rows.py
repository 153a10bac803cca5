"""``benchmarks/diff_rows.py``: the rows a change to the extractor changes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from tests.conftest import load_script

dr = load_script("benchmarks/diff_rows.py")


def _rows(*rows: dict) -> pd.DataFrame:
    base = dict.fromkeys(dr.KEEP, "")
    return pd.DataFrame([{**base, **r} for r in rows])


def test_a_changed_field_a_lost_and_a_new_row() -> None:
    before = _rows(
        {
            "doc": "d/a.txt",
            "value_text": "5件",
            "quote": "q1",
            "indicator": "x",
            "table": "observations",
        },
        {
            "doc": "d/a.txt",
            "value_text": "5件",
            "quote": "q1",
            "indicator": "y",
            "table": "observations",
        },
        {"doc": "d/a.txt", "value_text": "3吨", "quote": "q2", "indicator": "z"},
    )
    after = _rows(
        {
            "doc": "d/a.txt",
            "value_text": "5件",
            "quote": "q1",
            "indicator": "x",
            "table": "observations",
        },
        {
            "doc": "d/a.txt",
            "value_text": "5件",
            "quote": "q1",
            "indicator": "w",
            "table": "context",
        },
        {"doc": "d/a.txt", "value_text": "7吨", "quote": "q3", "indicator": "z"},
    )
    out = dr.diff(before, after)
    assert sorted(out["what"]) == ["lost", "new", "table,indicator"]
    moved = out[out["what"] == "table,indicator"].iloc[0]
    assert (moved["indicator_b"], moved["indicator_a"]) == ("y", "w")
    assert (moved["table_b"], moved["table_a"]) == ("observations", "context")
    assert out.loc[out["what"] == "lost", "value_text"].item() == "3吨"


def test_only_documents_both_dumps_read_are_compared() -> None:
    before = _rows({"doc": "d/a.txt", "value_text": "1个", "quote": "q"})
    after = _rows({"doc": "d/b.txt", "value_text": "1个", "quote": "q"})
    assert dr.diff(before, after).empty
    before.attrs["docs"] = ["d/a.txt", "d/b.txt"]
    after.attrs["docs"] = ["d/a.txt", "d/b.txt"]
    assert sorted(dr.diff(before, after)["what"]) == ["lost", "new"]


def test_a_saved_dump_keeps_the_documents_it_read(tmp_path: Path) -> None:
    rows = _rows({"doc": "d/a.txt", "value_text": "1个", "quote": "q"})
    rows.attrs["docs"] = ["d/a.txt", "d/empty.txt"]
    dr.save(rows, tmp_path / "dump.pkl")
    back = dr.load(tmp_path / "dump.pkl")
    assert back.attrs["docs"] == ["d/a.txt", "d/empty.txt"]
    pd.testing.assert_frame_equal(back, rows)
    assert [p.name for p in tmp_path.iterdir()] == ["dump.pkl"]


def test_identical_dumps_differ_nowhere_and_summary_counts_judgements() -> None:
    rows = _rows({"doc": "d/a.txt", "value_text": "1个", "quote": "q", "region": "北京市"})
    assert dr.diff(rows, rows.copy()).empty
    judged = pd.DataFrame(
        {"before_ok": ["n", "y", "n", "y", None], "after_ok": ["y", "n", "n", "y", None]}
    )
    counts = dr.summary(judged)
    assert counts.to_dict() == {
        "judged": 4,
        "made right": 1,
        "made wrong": 1,
        "wrong both": 1,
        "right both": 1,
    }


def test_dates_compare_alike_whatever_their_dtype() -> None:
    # a dump may store periods as Timestamps in an object column or as datetime64
    before = _rows({"doc": "d/a.txt", "value_text": "1个", "quote": "q"})
    before["period_end"] = pd.Series([pd.Timestamp("2020-12-31")], dtype=object)
    after = before.copy()
    after["period_end"] = pd.to_datetime(["2020-12-31"])
    assert dr.diff(before, after).empty
    after["period_end"] = pd.to_datetime(["2021-12-31"])
    assert list(dr.diff(before, after)["what"]) == ["period_end"]
