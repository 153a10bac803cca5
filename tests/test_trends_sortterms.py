"""Kendall's S, n and the tie terms from one sort per row (issue 16, the numpy path).

:func:`~envindicators.analytics.trends._kernels.sort_terms` replaces the ranks (argsort,
dense ranks, a pair table of rank signs) of rows whose column order is their time order by
one :func:`numpy.sort` and a byte-packed count of greater pairs.  Checked against plain
references (exact equality): the brute-force S of the definition, ``Σ u(u−1)…`` over the
groups of equal values, and the rank-based kernels it replaces — with NaN, all-tied rows,
rows with fewer than three valid points, integer values, per-row times, and lengths that
overflow a byte lane of the packed count.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pymannkendall as pmk
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.analytics.trends import _kernels as kernels
from envindicators.analytics.trends import mann_kendall, mannkendall
from envindicators.analytics.trends._inference import frame, trend_codes, trend_labels
from envindicators.analytics.trends._panel import Block, Panel
from envindicators.analytics.trends.mannkendall import kendall_terms

small = st.integers(-2, 2).map(float) | st.just(np.nan)
wide = small | st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


def _padded(rows: list[list[float]]) -> np.ndarray:
    L = max(len(r) for r in rows)
    y = np.full((len(rows), L), np.nan)
    for i, r in enumerate(rows):
        y[i, : len(r)] = r
    return y


def _brute_s(y: np.ndarray) -> int:
    """S by the definition, column order = time order, pairs with a NaN skipped."""
    s = 0
    for i, j in itertools.combinations(range(len(y)), 2):
        if not (np.isnan(y[i]) or np.isnan(y[j])):
            s += int(np.sign(y[j] - y[i]))
    return s


def _group_sizes(row: np.ndarray) -> np.ndarray:
    v = row[~np.isnan(row)]
    return np.unique(v, return_counts=True)[1].astype(float) if v.size else np.zeros(0)


def _check_against_references(y: np.ndarray) -> None:
    got = kernels.sort_terms(y)
    s = got.kendall_s()
    np.testing.assert_array_equal(got.sorted, np.sort(y, axis=1))
    for r in range(y.shape[0]):
        row = y[r]
        assert got.n[r] == np.count_nonzero(~np.isnan(row))
        assert s[r] == _brute_s(row)
        u = _group_sizes(row)
        assert got.ties.c2[r] == (u * (u - 1)).sum()
        assert got.ties.c3[r] == (u * (u - 1) * (u - 2)).sum()
        assert got.ties.c5[r] == (u * (u - 1) * (2 * u + 5)).sum()
    without = kernels.sort_terms(y, with_greater=False)
    assert without.greater is None
    np.testing.assert_array_equal(without.n, got.n)
    np.testing.assert_array_equal(without.ties.c5, got.ties.c5)


@settings(max_examples=120, deadline=None)
@given(rows=st.lists(st.lists(wide, min_size=1, max_size=30), min_size=1, max_size=11))
def test_sort_terms_equal_the_definitions(rows) -> None:
    """S, n, sorted values and tie terms equal the brute-force definitions, for any number
    of rows (not a multiple of the 8 series packed in a word) with ties and NaN."""
    _check_against_references(_padded(rows))


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(st.lists(small, min_size=1, max_size=6), min_size=1, max_size=9),
    fill=st.sampled_from([np.nan, 1.0]),
)
def test_sort_terms_degenerate_rows(rows, fill) -> None:
    """All-NaN, all-tied and rows with fewer than three valid points, padded with NaN or
    with a constant (an all-tied tail)."""
    y = _padded(rows)
    y[np.isnan(y)] = fill
    _check_against_references(y)


def test_sort_terms_counts_across_byte_lanes() -> None:
    """Rows long enough that a byte lane would overflow (more than 255 pairs in a row, and
    more than 255 later points for one first point) are counted exactly."""
    rng = np.random.default_rng(16)
    for L in (23, 24, 40, 300):
        y = np.round(rng.normal(0, 4, (9, L))) + np.linspace(0, 3, L)
        y[rng.random(y.shape) < 0.05] = np.nan
        y[0] = np.arange(L)  # all pairs greater: S = L(L−1)/2
        y[1] = 7.0  # all tied
        got = kernels.sort_terms(y)
        gt = np.triu(y[:, None, :] > y[:, :, None], 1).sum((1, 2))
        np.testing.assert_array_equal(got.greater, gt)
        assert got.kendall_s()[0] == L * (L - 1) // 2
        assert got.kendall_s()[1] == 0
        assert got.ties.c2[1] == L * (L - 1)
        for r in range(2, 9):
            assert got.kendall_s()[r] == _brute_s(y[r])


def _rank_path(block: Block) -> tuple[np.ndarray, kernels.TieSums, np.ndarray]:
    """The rank-based kernels (argsort, dense ranks, sign table) the sort path replaces."""
    y = np.where(block.valid(), block.y, np.nan)
    ranked = kernels.rank_rows(y)
    return kernels.kendall_s(block, ranked.ranks), ranked.ties, ranked.n


@settings(max_examples=80, deadline=None)
@given(
    rows=st.lists(st.lists(wide, min_size=1, max_size=25), min_size=1, max_size=6),
    per_row=st.booleans(),
    t_gaps=st.booleans(),
)
def test_kendall_terms_equal_the_rank_kernels(rows, per_row, t_gaps) -> None:
    """:func:`kendall_terms` (sort path) gives exactly what the rank kernels give, on a
    shared increasing axis and on per-row distinct times with missing times."""
    y = _padded(rows)
    k, L = y.shape
    rng = np.random.default_rng(L * 31 + k)
    if per_row:
        t = np.cumsum(rng.uniform(0.5, 2.0, (k, L)), axis=1)
        if t_gaps:
            t[rng.random((k, L)) < 0.2] = np.nan
            t = np.sort(t, axis=1)  # NaN last, as the panel gives them
    else:
        t = np.cumsum(rng.uniform(0.5, 2.0, L)) if t_gaps else np.arange(L, dtype=float)
    block = Block(rows=np.arange(k), y=y, t=t, src=np.zeros(y.shape, dtype=np.int64))
    terms = kendall_terms(block)
    s, ties, n = _rank_path(block)
    np.testing.assert_array_equal(terms.s, s)
    np.testing.assert_array_equal(terms.n, n)
    for name in ("c2", "c3", "c5"):
        np.testing.assert_array_equal(getattr(terms.y_ties, name), getattr(ties, name))
        assert not getattr(terms.t_ties, name).any()
    valid = block.valid()
    np.testing.assert_array_equal(terms.y_sorted, np.sort(np.where(valid, y, np.nan), axis=1))
    t2 = np.where(valid, np.broadcast_to(t, y.shape), np.nan)
    np.testing.assert_array_equal(terms.t_sorted, np.sort(t2, axis=1))
    assert np.isnan(kendall_terms(block, with_s=False).s).all()


@settings(max_examples=25, deadline=None)
@given(
    width=st.integers(4, 15),
    flat=st.lists(st.integers(-3, 3), min_size=30, max_size=75),
)
def test_integer_panel_matches_pymannkendall(width, flat) -> None:
    """Integer input (not converted by the caller) through the sort path: S, Var(S) and the
    label equal pymannkendall's ``original_test`` row by row."""
    y = np.array(flat[: len(flat) // width * width], dtype=np.int64).reshape(-1, width)
    out = mann_kendall(y)
    for r in range(y.shape[0]):
        ref = pmk.original_test(y[r].astype(float))
        assert out["s"].iloc[r] == ref.s
        assert out["var_s"].iloc[r] == ref.var_s
        assert out["trend"].iloc[r] == ref.trend


@settings(max_examples=60, deadline=None)
@given(
    z=st.lists(st.floats(-5, 5) | st.just(np.nan), min_size=0, max_size=12),
    data=st.data(),
)
def test_trend_labels_and_string_column(z, data) -> None:
    """Labels by code equal the definition; the frame's string column is NA where a row has
    too few points, with pandas' ``string`` dtype."""
    za = np.array(z, dtype=float)
    h = np.array(data.draw(st.lists(st.booleans(), min_size=len(z), max_size=len(z))), bool)
    ok = np.array(data.draw(st.lists(st.booleans(), min_size=len(z), max_size=len(z))), bool)
    labels = trend_labels(za, h)
    assert labels.dtype == object
    for zi, hi, lab in zip(za, h, labels, strict=True):
        if np.isnan(zi):
            assert lab == "undetermined"
        elif hi and zi > 0:
            assert lab == "increasing"
        elif hi and zi < 0:
            assert lab == "decreasing"
        else:
            assert lab == "no trend"
    panel = Panel(
        single=False,
        n_series=len(z),
        index=pd.RangeIndex(len(z), name="series"),
        blocks=(),
        time_kind="index",
        point_labels=np.zeros(0, dtype=object),
    )
    out = frame(panel, {"trend": labels, "z": za}, ok=ok, attrs={}, str_columns=("trend",))
    assert out["trend"].dtype == pd.StringDtype()
    expected = pd.array([lab if o else None for lab, o in zip(labels, ok, strict=True)], "string")
    pd.testing.assert_extension_array_equal(out["trend"].array, expected)
    np.testing.assert_array_equal(out["z"].to_numpy(), np.where(ok, za, np.nan))
    coded = frame(panel, {"trend": trend_codes(za, h)}, ok=ok, attrs={}, str_columns=("trend",))
    pd.testing.assert_series_equal(coded["trend"], out["trend"])
    flags = frame(panel, {"h": h}, ok=ok, attrs={}, bool_columns=("h",))["h"]
    assert flags.dtype == pd.BooleanDtype()
    assert flags.isna().tolist() == (~ok).tolist()
    assert flags[ok].tolist() == h[ok].tolist()


def test_one_chunk_shortcut_equals_the_chunked_path(monkeypatch) -> None:
    """A panel in one chunk (returned without scattering) and the same panel cut into many
    chunks of a few rows give the same frame."""
    rng = np.random.default_rng(5)
    y = np.round(rng.normal(0, 2, (37, 12)))
    y[rng.random(y.shape) < 0.1] = np.nan
    y[3] = np.nan  # a row with no valid point
    whole = mann_kendall(y)
    monkeypatch.setattr(mannkendall, "CHUNK_VALUES", 5 * 12)
    pd.testing.assert_frame_equal(mann_kendall(y), whole)
    assert whole["n"].iloc[3] == 0
    assert np.isnan(whole["s"].iloc[3])
