"""The columns of ``extract_quantities`` say what the scanner's hits say, row for row.

The frame is assembled column by column over all hits of a piece (one comprehension per
column, not 18 appends per row); this checks that assembly against the per-hit conversion of
the parser (:func:`~envindicators.units.parsing.scanner._to_parsed`, the reading that
``parse_quantities`` returns) on the five seed reports and the dev split of the corpus
(never the held-out splits), and on generated sentences with flags, ranges and fractions.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.units import extract_quantities, parser
from envindicators.units.parsing import scanner
from envindicators.units.parsing.quantity import ParsedQuantity
from envindicators.units.parsing.tables import table_hits
from envindicators.units.text import NormalizedText, normalize_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "datasets" / "sources").glob("*.txt"))
DEV = sorted((ROOT / "benchmarks" / "corpus" / "dev").glob("*.txt"))  # never the held-out split


def _per_hit(text: str) -> list[ParsedQuantity]:
    """The kept hits of ``text`` (one piece) read one at a time by ``_to_parsed``, with the
    table reader's cells merged in as ``extract_quantities`` merges them
    (:func:`~envindicators.units.parser._with_cells`; cells are spans of the text as given)."""
    assert len(text) < 1 << 16  # one piece: spans need no piece offset
    nt = normalize_text(text)
    hits, _ = scanner._scan(nt.text, extract=True)
    kept = [
        h
        for g in scanner._group(hits, nt.text)
        for h in g
        if not (h.ordinal or h.pending or h.unit is None)
    ]
    cells = table_hits(text, parser._unit_alone)
    if cells:
        n = len(kept)
        starts, ends = nt.original_spans(
            np.fromiter((h.start for h in kept), np.int64, n),
            np.fromiter((h.end for h in kept), np.int64, n),
        )
        kept, _, _ = parser._with_cells(kept, starts, ends, cells)
    zero = np.zeros(1, np.int64)
    as_given = NormalizedText(text, text, zero, zero, zero)  # the identity map
    cell_ids = {id(c) for c in cells}
    return [scanner._to_parsed(h, as_given if id(h) in cell_ids else nt) for h in kept]


def _same(frame_value: object, parsed_value: float | None) -> bool:
    if parsed_value is None:
        return isinstance(frame_value, float) and math.isnan(frame_value)
    return frame_value == parsed_value


def _columns_agree(text: str, context: int = 10) -> int:
    df = extract_quantities(text, context=context)
    parsed = _per_hit(text)
    assert len(df) == len(parsed)
    for row, q in zip(df.itertuples(index=False), parsed, strict=True):
        assert q.span is not None
        assert (row.start, row.end) == q.span
        assert row.text == q.text == text[row.start : row.end]
        for name in ("value", "low", "high", "numerator", "denominator"):
            assert _same(getattr(row, name), getattr(q, name)), (name, q.text)
        assert row.unit == q.unit
        assert row.qualifier == q.qualifier.value
        assert row.kind == q.kind.value
        assert row.sign == q.sign
        assert (row.baseline if isinstance(row.baseline, str) else None) == q.baseline
        assert (row.multiplier if isinstance(row.multiplier, str) else None) == q.multiplier
        assert row.warnings == ";".join(q.warnings)
        assert row.confidence == q.confidence.value
        assert row.before == text[max(0, row.start - context) : row.start]
        assert row.after == text[row.end : row.end + context]
    return len(df)


@pytest.mark.parametrize("path", SEEDS + DEV, ids=lambda p: p.parent.name + "/" + p.stem[:24])
def test_columns_equal_the_per_hit_reading(path: Path) -> None:
    assert _columns_agree(path.read_text(encoding="utf-8")) > 0


_PARTS = st.sampled_from(
    [
        "全省拆除燃煤小锅炉6968台,",
        "比2014年分别上升155%和377%,",
        "面积1,280平方公里,另有1,28平方公里。",
        "3-5年",
        "87.5%(35/40)",
        "约1.5万吨/日",
        "不低于90%;",
        "下降0.7个、3.2个和2.6个百分点",
        "分别为47、55和55微克/立方米",
        "近三分之一",
        "高于国家标准5毫克,",
        "2017年9月",
        "第十六项",
        "综合指数为4.49。",
        "",
        "\n",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_PARTS, min_size=1, max_size=6), st.integers(0, 12))
def test_columns_equal_the_per_hit_reading_generated(parts: list[str], context: int) -> None:
    _columns_agree("".join(parts), context)


def test_value_columns_are_float_with_nan() -> None:
    df = extract_quantities("建成3-5座,造林1.2万亩")
    for name in ("value", "low", "high", "numerator", "denominator"):
        assert df[name].dtype == float
    assert math.isnan(df["value"].iloc[0])
    assert df["low"].iloc[0] == 3.0
    assert df["value"].iloc[1] == 12000.0
    assert math.isnan(df["low"].iloc[1])
    pd.testing.assert_series_equal(
        df["numerator"], pd.Series([math.nan, math.nan], name="numerator")
    )
