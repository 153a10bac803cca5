"""The numpy kernels of Sen's slope against plain references, exactly.

Pair slopes (:func:`pair_slopes`) against a loop over pairs; order statistics
(:func:`select_rows`) against a full sort; :func:`slope_order_stats` (median and Sen's
limits of pooled rows) against ``np.median`` / the sorted list of all pair slopes of the
valid points — with missing values, ties in ``t``, per-row times and rows with fewer than
two valid points, on both selection paths (sort for narrow rows, partition per rank for
wide ones).
"""

from __future__ import annotations

from unittest import mock

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.analytics.trends import _kernels as kern
from envindicators.analytics.trends._panel import Block

VALUES = st.one_of(
    st.integers(-4, 4).map(float),  # ties in y
    st.floats(-1e6, 1e6, allow_nan=False, allow_subnormal=False),
    st.just(np.nan),
)


@st.composite
def panels(draw, max_rows: int = 6, max_len: int = 14) -> tuple[np.ndarray, np.ndarray]:
    """``(y, t)``: ``k × L`` values with NaN, and a shared non-decreasing axis (ties
    possible) or per-row sorted times with NaN padding last."""
    k = draw(st.integers(1, max_rows))
    L = draw(st.integers(0, max_len))
    y = np.array(
        draw(st.lists(st.lists(VALUES, min_size=L, max_size=L), min_size=k, max_size=k)),
        dtype=float,
    ).reshape(k, L)
    steps = st.lists(st.integers(0, 2), min_size=L, max_size=L)
    if draw(st.booleans()):
        t = np.cumsum(draw(steps)).astype(float) + draw(st.sampled_from([0.0, 2000.0, 0.5]))
        return y, t
    t = np.cumsum(np.array(draw(st.lists(steps, min_size=k, max_size=k)), dtype=float), axis=1)
    t = t.reshape(k, L)
    for r in range(k):
        pad = draw(st.integers(0, L))
        t[r, L - pad :] = np.nan
    return y, t


def _t_row(t: np.ndarray, r: int) -> np.ndarray:
    return t if t.ndim == 1 else t[r]


def _plain_slopes(y: np.ndarray, t: np.ndarray) -> list[float]:
    """All slopes of pairs ``i < j`` with ``t_i < t_j`` of the valid points, by a loop."""
    out = []
    for i in range(y.size):
        for j in range(i + 1, y.size):
            if np.isnan(y[i]) or np.isnan(y[j]) or np.isnan(t[i]) or np.isnan(t[j]):
                continue
            if t[j] > t[i]:
                out.append((y[j] - y[i]) / (t[j] - t[i]))
    return out


@settings(max_examples=150, deadline=None)
@given(panels())
def test_pair_slopes_equal_a_loop_over_pairs(panel: tuple[np.ndarray, np.ndarray]) -> None:
    y, t = panel
    k, L = y.shape
    pairs = kern.pair_index(L, t if t.ndim == 1 else None)
    got = kern.pair_slopes(y, t, pairs)
    assert got.shape == (k, pairs[0].size)
    for r in range(k):
        tr = _t_row(t, r)
        expected = []
        for i, j in zip(*pairs, strict=True):
            if tr[j] > tr[i]:
                expected.append((y[r, j] - y[r, i]) / (tr[j] - tr[i]))
            else:  # only per-row times list pairs at equal (or missing) times
                assert t.ndim == 2
                expected.append(np.nan)
        np.testing.assert_array_equal(got[r], np.array(expected, dtype=float))
        finite = got[r][~np.isnan(got[r])]
        assert sorted(finite.tolist()) == sorted(
            v for v in _plain_slopes(y[r], tr) if not np.isnan(v)
        )
    # reused buffers and a precomputed dt give the same numbers
    size = k * pairs[0].size
    buf, scratch = np.full(size + 3, 7.0), np.full(size + 3, 7.0)
    dt = t[pairs[1]] - t[pairs[0]] if t.ndim == 1 else None
    np.testing.assert_array_equal(kern.pair_slopes(y, t, pairs, buf, scratch, dt), got)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda k: st.integers(1, 12).flatmap(
            lambda w: st.tuples(
                st.lists(st.lists(VALUES, min_size=w, max_size=w), min_size=k, max_size=k),
                st.lists(
                    st.lists(st.integers(-2, w + 2), min_size=1, max_size=4).map(sorted),
                    min_size=k,
                    max_size=k,
                ).filter(lambda rows: len({len(r) for r in rows}) == 1),
            )
        )
    ),
    st.sampled_from([kern.SORT_MAX_WIDTH, 0]),
)
def test_select_rows_equals_a_full_sort(drawn, sort_max: int) -> None:
    values, ranks = drawn
    buf = np.array(values, dtype=float)
    wanted = np.array(ranks, dtype=np.int64)
    expected = np.take_along_axis(np.sort(buf, axis=1), np.clip(wanted, 0, buf.shape[1] - 1), 1)
    with mock.patch.object(kern, "SORT_MAX_WIDTH", sort_max):
        got = kern.select_rows(buf.copy(), wanted)
    np.testing.assert_array_equal(got, expected)


@settings(max_examples=150, deadline=None)
@given(
    panels(max_rows=6, max_len=12),
    st.sampled_from([1, 2, 3]),
    st.data(),
    st.sampled_from([kern.SORT_MAX_WIDTH, 0]),
)
def test_slope_order_stats_equal_median_and_sorted_slopes(
    panel: tuple[np.ndarray, np.ndarray], pool: int, data: st.DataObject, sort_max: int
) -> None:
    y, t = panel
    k = y.shape[0]
    if k % pool:
        y = np.vstack([y] * pool)
        t = t if t.ndim == 1 else np.vstack([t] * pool)
        k = y.shape[0]
    g = k // pool
    slopes = [
        sorted(
            s for r in range(gi * pool, (gi + 1) * pool) for s in _plain_slopes(y[r], _t_row(t, r))
        )
        for gi in range(g)
    ]
    n_pairs = np.array([len(s) for s in slopes], dtype=np.int64)
    sigma = np.array(
        data.draw(st.lists(st.one_of(st.floats(0, 60), st.just(np.nan)), min_size=g, max_size=g)),
        dtype=float,
    )
    z = -1.959963984540054
    block = Block(rows=np.arange(k), y=y, t=t, src=np.zeros(y.shape, dtype=np.int64))
    with mock.patch.object(kern, "SORT_MAX_WIDTH", sort_max):
        res = kern.slope_order_stats(block, pool=pool, n_pairs=n_pairs, sigma=sigma, z=z)
        bare = kern.slope_order_stats(block, pool=pool, n_pairs=n_pairs)
    rl, ru, ok = kern.sen_ci_ranks(n_pairs.astype(float), sigma, z)
    for gi, s in enumerate(slopes):
        if not s:  # fewer than two valid points at different times
            assert np.isnan([res.median[gi], bare.median[gi], res.low[gi], res.high[gi]]).all()
            continue
        assert res.median[gi] == np.median(s) == bare.median[gi]
        if ok[gi]:
            assert (res.low[gi], res.high[gi]) == (s[rl[gi]], s[ru[gi]])
        else:
            assert np.isnan([res.low[gi], res.high[gi]]).all()
    assert np.isnan(np.concatenate([bare.low, bare.high])).all()


def test_wide_rows_take_the_partition_path_exactly() -> None:
    """Rows of more than :data:`SORT_MAX_WIDTH` pairs (partitioned per wanted rank, rows
    with different ranks in separate groups) against a full sort of every row."""
    rng = np.random.default_rng(16)
    k, L = 7, 80  # 3,160 pairs a row
    y = np.round(rng.normal(size=(k, L)) * 5)
    y[1, ::3] = np.nan
    y[2, :79] = np.nan  # one valid point: no pairs
    y[4, 10:] = np.nan
    t = np.repeat(np.arange(40.0), 2)  # ties in t
    block = Block(rows=np.arange(k), y=y, t=t, src=np.zeros(y.shape, dtype=np.int64))
    pairs = kern.pair_index(L, t)
    assert pairs[0].size > kern.SORT_MAX_WIDTH
    full = np.sort(kern.pair_slopes(y, t, pairs), axis=1)
    n_pairs = (~np.isnan(full)).sum(1)
    sigma = np.full(k, 40.0)
    res = kern.slope_order_stats(block, n_pairs=n_pairs, sigma=sigma, z=-1.6448536269514729)
    rl, ru, ok = kern.sen_ci_ranks(n_pairs.astype(float), sigma, -1.6448536269514729)
    for r in range(k):
        valid = full[r][: n_pairs[r]]
        if valid.size == 0:
            assert np.isnan(res.median[r])
            continue
        assert res.median[r] == np.median(valid)
        if ok[r]:
            assert (res.low[r], res.high[r]) == (valid[rl[r]], valid[ru[r]])
