"""Long inputs: ``extract_quantities`` works piece by piece (cut at line breaks), the
normaliser folds block by block, and the peak memory per input character does not grow with
the input.

The speed and memory *goals* live in ``benchmarks/bench_extract.py``; these tests only check
properties that hold on any machine: the cut does not change a row, and the peak (measured
with :mod:`tracemalloc` inside one run, not timed) is linear in the input.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.units import extract_quantities, normalize_text
from envindicators.units import parser as _parser
from envindicators.units import text as _text

ROOT = Path(__file__).resolve().parents[1]


def _seeds() -> list[str]:
    paths = sorted((ROOT / "datasets" / "sources").glob("*.txt"))
    assert paths
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.parametrize("piece", [1, 300, 1 << 30])
def test_piece_size_changes_no_row(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    """Every line its own piece, pieces of a few lines, the whole text in one piece: the
    same frame on the five seed reports."""
    text = "\n".join(_seeds())
    expected = extract_quantities(text)
    assert len(expected) > 500
    monkeypatch.setattr(_parser, "_PIECE", piece)
    pd.testing.assert_frame_equal(extract_quantities(text), expected)


def _peak_per_char(text: str) -> float:
    extract_quantities(text[:2000])  # tables built outside the measurement
    tracemalloc.start()
    try:
        df = extract_quantities(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(df) > 0
    return peak / len(text)


def test_peak_memory_per_character_does_not_grow_with_the_input() -> None:
    """Peak of one seed report against eight copies of it (≈ 8 pieces more): the bytes per
    input character stay within a generous factor (they would grow eightfold if something
    quadratic or whole-text-sized per piece were kept)."""
    seed = max(_seeds(), key=len)[:24_000]
    small = _peak_per_char(seed)
    large = _peak_per_char("\n".join([seed] * 8))
    assert large < 1.5 * small
    assert large < 40  # bytes per character (≈ 9 here; the rows alone are ≈ 8 on dense text)


_FOLD_ALPHABET = [
    *"１２３０.５万噸畝吨 \u3000\u200b(tài)m³²₂⁵µg/生態環境,，。\n",
    *("\u0301", "\ud800", "㎡", "𠀀"),
]


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(_FOLD_ALPHABET), max_size=40))
def test_normalisation_folds_block_by_block_without_seams(text: str) -> None:
    """The normaliser folds long text in blocks of code points; blocks of 1, 2 and 5 code
    points give the text and offset map of one block (spaces, pinyin, superscript runs and
    expansions cut at every place)."""
    whole = normalize_text(text)
    saved = _text._FOLD_BLOCK
    try:
        for block in (1, 2, 5):
            _text._FOLD_BLOCK = block
            cut = normalize_text(text)
            assert cut.text == whole.text
            for name in ("seg_norm", "seg_orig", "seg_width"):
                assert np.array_equal(getattr(cut, name), getattr(whole, name))
    finally:
        _text._FOLD_BLOCK = saved
