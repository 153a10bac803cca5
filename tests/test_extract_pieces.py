"""Long inputs: ``extract_quantities`` works piece by piece (cut at line breaks) and its
peak memory per input character does not grow with the input.

The speed and memory *goals* live in ``benchmarks/bench_extract.py``; these tests only check
properties that hold on any machine: the cut does not change a row, and the peak (measured
with :mod:`tracemalloc` inside one run, not timed) is linear in the input.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pandas as pd
import pytest

from envindicators.units import extract_quantities
from envindicators.units import parser as _parser

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
