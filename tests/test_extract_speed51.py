"""speed51 (issue 13): ``read_report``'s plumbing without repeated per-call work, output identical.

* ``_reader._finish`` computes a table's values against the registry rows of the codes the
  table names (``_reader._rows_of_codes``), not by building an ``Indicator`` of every
  registry row for every table of every report, and computes the observations and the
  context rows in one call: the values, units and contexts must be those
  :func:`~envindicators.datasets.compute_values` gives each table with the whole registry.
* ``regions._gazetteer._empty`` and ``extract._places._empty`` hand out a copy of a frame
  built once: equal to the frame built afresh (the reference kept here), never the same
  object twice.
* ``_reader._mention_around`` and ``IndicatorPicker._found_within`` (the windows of
  ``choose``) select on the spans' ``numpy`` columns read once per frame instead of a boolean
  index of the frame per figure: the rows must be those of the boolean index.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

import envindicators.datasets as datasets
import envindicators.extract._places as places_module
import envindicators.regions._gazetteer as gazetteer
from envindicators.extract import read_report
from envindicators.extract._indicators import IndicatorPicker
from envindicators.extract._lexicon import Lexicon
from envindicators.extract._places import Places
from envindicators.extract._reader import _finish, _frame, _mention_around, _rows_of_codes
from envindicators.regions import LEVELS

#: Reports in both scripts with levels, changes, a count, an amount, a target and a count
#: of cities (context), a registry code and a proposed one.
TEXTS = {
    "simplified": (
        "2022年，山西省PM2.5浓度为38微克/立方米，同比下降2.6%。全省关停企业58家，罚款120万元，"
        "督察组走访11个城市。到2025年，全省PM2.5浓度降至35微克/立方米以下。太原、大同两市"
        "优良天数比例分别为70.1%和75.3%。"
    ),
    "traditional": (
        "2022年，臺中市PM2.5濃度為18微克/立方公尺，較去年下降2.6%。全市共處罰58家，罰鍰120萬元，"
        "督察組走訪11個城市。到2025年，全市PM2.5濃度降至15微克/立方公尺以下。臺中、彰化兩市"
        "空氣品質良好比例分別為70.1%和75.3%。"
    ),
}


def _report(script: str) -> Any:
    return read_report(TEXTS[script], source=f"speed51_{script}.txt")


# --- _finish: values against the registry rows of the table's codes ----------------------
@pytest.mark.parametrize("script", sorted(TEXTS))
@pytest.mark.parametrize("table", ["observations", "targets", "context"])
def test_values_are_those_of_the_whole_registry(script: str, table: str) -> None:
    r = _report(script)
    frame = getattr(r, table)
    assert len(frame), f"no {table} rows in the {script} text"
    whole = datasets.compute_values(frame, r.registry())[frame.columns]
    pd.testing.assert_frame_equal(frame, whole, check_exact=True)
    rows = _rows_of_codes(r.registry(), frame["indicator"])
    pd.testing.assert_frame_equal(
        datasets.compute_values(frame, rows)[frame.columns], whole, check_exact=True
    )


def test_seed_report_values_are_those_of_the_whole_registry() -> None:
    docs = datasets.load("documents").set_index("source")
    source = "000_72db18747bb7c34f.txt"
    r = read_report(
        datasets.source_text(source),
        source=source,
        published=pd.Timestamp(docs.loc[source, "published"]).date(),
    )
    for frame in (r.observations, r.targets, r.context):
        if len(frame):
            whole = datasets.compute_values(frame, r.registry())[frame.columns]
            pd.testing.assert_frame_equal(frame, whole, check_exact=True)


def _finish_reference(
    rows: list[dict], name: str, registry: pd.DataFrame, letter: str
) -> pd.DataFrame:
    """``_reader._finish`` of one table before speed51: its own compute, the whole registry."""
    key = datasets.TABLES[name].key
    for i, row in enumerate(rows, start=1):
        row[key] = f"X-{letter}{i:03d}"
    frame = _frame(rows, name)
    if frame.empty:
        return frame
    return datasets.compute_values(frame, registry)[frame.columns]


@pytest.mark.parametrize("script", sorted(TEXTS))
@pytest.mark.parametrize("empty_part", [None, 0, 1])
def test_finish_parts_equal_one_table_at_a_time(script: str, empty_part: int | None) -> None:
    r = _report(script)
    full = r.registry()
    cols = [c for c in r.observations.columns if c != "obs_id"]
    parts = [
        r.observations[cols].to_dict("records"),
        r.context[cols].to_dict("records") if len(r.context) else [],
    ]
    assert all(parts), "both parts hold rows"
    if empty_part is not None:
        parts[empty_part] = []
    got = _finish(
        [([dict(x) for x in parts[0]], "O"), ([dict(x) for x in parts[1]], "C")],
        "observations",
        full,
        "X",
    )
    for frame, rows, letter in zip(got, parts, "OC", strict=True):
        ref = _finish_reference([dict(x) for x in rows], "observations", full, letter)
        pd.testing.assert_frame_equal(frame, ref, check_exact=True)
        assert isinstance(frame.index, pd.RangeIndex)


@pytest.mark.parametrize("script", sorted(TEXTS))
def test_rows_of_codes_are_the_registrys_own(script: str) -> None:
    r = _report(script)
    full = r.registry()
    codes = r.observations["indicator"]
    rows = _rows_of_codes(full, codes)
    assert sorted(rows["code"]) == sorted(set(codes))  # each code once, none else
    assert list(rows.columns) == list(full.columns)
    assert rows.index.is_monotonic_increasing  # in the registry's order
    pd.testing.assert_frame_equal(rows, full.loc[rows.index], check_exact=True)


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["no_such_code"], []),  # a code the registry lacks: no row (compute_values says so)
        ([], []),
        (["b", "b", "a"], ["a", "b"]),  # repeated codes: one row each, the registry's order
    ],
)
def test_rows_of_codes_negatives(codes: list[str], expected: list[str]) -> None:
    reg = pd.DataFrame({"code": ["a", "b", "c"], "unit": ["t", "%", "t"]})
    got = _rows_of_codes(reg, pd.Series(codes, dtype=object))
    assert got["code"].tolist() == expected
    assert list(got.columns) == ["code", "unit"]


def test_unknown_code_still_raises() -> None:
    r = _report("simplified")
    frame = r.observations.copy()
    frame.loc[0, "indicator"] = "no_such_code"
    with pytest.raises(datasets.DatasetError, match="unknown indicator"):
        datasets.compute_values(frame, _rows_of_codes(r.registry(), frame["indicator"]))


# --- the empty frames, built once ----------------------------------------------------------
def _gazetteer_empty_reference() -> pd.DataFrame:
    """``regions._gazetteer._empty`` as it was built on every call before speed51."""
    return pd.DataFrame(
        {
            "start": pd.Series([], dtype=np.int64),
            "end": pd.Series([], dtype=np.int64),
            "mention": pd.Series([], dtype=object),
            "code": pd.Series([], dtype=object),
            "name": pd.Series([], dtype=object),
            "level": pd.Categorical([], categories=list(LEVELS)),
            "ambiguous": pd.Series([], dtype=bool),
            "n_candidates": pd.Series([], dtype=np.int64),
            "match": pd.Series([], dtype=object),
        }
    )


def _places_empty_reference() -> pd.DataFrame:
    """``extract._places._empty`` as it was built on every call before speed51."""
    return pd.DataFrame(
        {"start": pd.Series(dtype="int64"), "end": pd.Series(dtype="int64"),
         "name": pd.Series(dtype=object), "ambiguous": pd.Series(dtype=bool),
         "match": pd.Series(dtype=object), "level": pd.Series(dtype=object),
         "group": pd.Series(dtype=bool), "members": pd.Series(dtype=object)}
    )  # fmt: skip


@pytest.mark.parametrize(
    ("empty", "reference"),
    [
        (gazetteer._empty, _gazetteer_empty_reference),
        (places_module._empty, _places_empty_reference),
    ],
)
def test_empty_frames_equal_the_fresh_ones_and_are_copies(
    empty: Callable[[], pd.DataFrame], reference: Callable[[], pd.DataFrame]
) -> None:
    a, b = empty(), empty()
    pd.testing.assert_frame_equal(a, reference(), check_exact=True, check_index_type=True)
    assert a is not b
    del a["name"]  # a caller's change reaches no other call
    a["added"] = pd.Series([], dtype=object)
    pd.testing.assert_frame_equal(empty(), reference(), check_exact=True)


@pytest.mark.parametrize(
    "text",
    ["今天天气很好，空气质量良好。", "今天天氣很好，空氣品質良好。"],  # both scripts
)
def test_find_regions_without_mentions_is_the_fresh_empty_frame(text: str) -> None:
    from envindicators.regions import find_regions

    got = find_regions(text)
    pd.testing.assert_frame_equal(got, _gazetteer_empty_reference(), check_exact=True)
    del got["name"]  # the caller's copy: no other call sees it
    pd.testing.assert_frame_equal(find_regions(text), _gazetteer_empty_reference())


# --- per-figure windows on span arrays --------------------------------------------------------
def _mention_around_reference(
    places: pd.DataFrame, s: int, why: list[str] | None = None
) -> tuple[str, int] | None:
    """``_reader._mention_around`` with the boolean index of the frame (before speed51)."""
    if "match" not in places.columns:
        return None
    inside = places[(places["start"] < s) & (places["end"] > s)]
    if inside.empty:
        return None
    row = inside.iloc[0]
    if row["match"] == "list" and why is not None:
        why.append("LIST")
    return str(row["name"]), 1 if row["match"] in ("list", "group") else 2


@pytest.mark.parametrize("script", sorted(TEXTS))
def test_mention_around_equals_the_boolean_index(script: str) -> None:
    text = TEXTS[script]
    places = Places.build().find(text)
    assert (places["match"] == "list").any()  # a list total's mention is among them
    hits = 0
    for s in range(len(text) + 1):
        why: list[str] = []
        ref_why: list[str] = []
        got = _mention_around(places, s, why)
        assert got == _mention_around_reference(places, s, ref_why), s
        assert len(why) == len(ref_why)
        hits += got is not None
    assert hits > 0


@pytest.mark.parametrize("script", sorted(TEXTS))
def test_mention_around_negatives(script: str) -> None:
    text = TEXTS[script]
    places = Places.build().find(text)
    first = places.iloc[0]
    # at a mention's first character or just after its end: not inside it
    assert _mention_around(places, int(first["start"])) is None
    assert _mention_around(places, int(first["end"])) is None
    assert _mention_around(places.drop(columns="match"), int(first["start"]) + 1) is None
    assert _mention_around(places.iloc[:0], int(first["start"]) + 1) is None


def _picker(text: str) -> IndicatorPicker:
    reg = datasets.load("indicators")
    lex = Lexicon.of(reg)
    return IndicatorPicker(
        text=text,
        lexicon=lex,
        registry=reg,
        figures=pd.DataFrame(),
        found=lex.find(text),
        places=pd.DataFrame(),
        dates=pd.DataFrame(),
    )


@pytest.mark.parametrize("script", sorted(TEXTS))
def test_found_within_equals_the_boolean_index(script: str) -> None:
    text = TEXTS[script]
    p = _picker(text)
    found = p.found
    assert len(found) >= 2
    n = len(text)
    bounds = sorted({0, n, *found["start"].tolist(), *found["end"].tolist()})
    for lo in bounds:
        for hi in bounds:
            for end in (hi, n):
                mask = (found["start"] >= lo) & (found["start"] < hi) & (found["end"] <= end)
                pd.testing.assert_frame_equal(
                    p._found_within(lo, hi, end), found[mask], check_exact=True
                )


@pytest.mark.parametrize("script", sorted(TEXTS))
def test_found_within_negatives(script: str) -> None:
    text = TEXTS[script]
    p = _picker(text)
    a, b = int(p.found["start"].iloc[0]), int(p.found["end"].iloc[0])
    assert p._found_within(a, a, len(text)).empty  # an empty window of starts
    assert p._found_within(a, a + 1, b - 1).empty  # the form runs past the window's end
    assert p._found_within(a + 1, len(text) + 1, len(text))["start"].min() > a
    got = p._found_within(a, a + 1, b)
    assert got["start"].tolist() == [a]
    assert got["end"].max() <= b
