r"""Vectorised kernels over padded blocks: sorts, ranks, tie terms, Kendall's S, pair slopes.

Everything here works on the rows of a :class:`~._panel.Block` (``k`` series padded to
``L`` points) and is shared by the Mann–Kendall test, Sen's slope and :func:`trend_test`:

* :func:`sort_terms` sorts every row **once** (:func:`numpy.sort`, no argsort) for rows
  whose column order is their time order (a shared strictly increasing axis, or per-row
  distinct times — the usual case): the sorted values (for medians), the number of valid
  values, the tie terms (positions within runs of equal sorted values) and, for **short
  rows** (``L(L−1)/2`` pairs up to :data:`LONG_ROW_PAIRS`), Kendall's
  :math:`S = 2G − n(n−1)/2 + Σu(u−1)/2`, with ``G`` the pairs ``i < j`` with
  ``y_j > y_i`` counted on the values themselves (one byte comparison per pair, eight
  series summed per ``uint64`` word; NaN never compares greater, so missing values need
  no correction).
* Where times repeat, :func:`rank_rows` (one argsort: sorted values, dense ranks, tie
  terms) and :func:`kendall_s` (a sum of signs of rank differences over the pairs at
  distinct times, one vectorised step per first index ``i`` over all rows of a chunk,
  each step touching at most :data:`PAIR_BUDGET` values, in 16-bit ranks).  **Long
  rows** use the ``O(n log n)`` count of discordant pairs (Knight 1966): scipy's compiled
  Fenwick-tree count where it is available, else :func:`radix_inversions`, a vectorised
  ``O(n log n)`` numpy count.
* Sen's slope takes exact order statistics of pair slopes.  Short rows build their
  slopes (:func:`pair_slopes`: two gathers through cached pair positions, one subtraction,
  one division) into a reused buffer of :data:`SLOPE_BLOCK_VALUES` values, a block of
  rows that stays in the cache; :func:`select_rows` then sorts rows of up to
  :data:`SORT_MAX_WIDTH` slopes (numpy's vectorised sort is faster there than any
  partition) and partitions wider rows once per wanted rank (``O(P)`` each, on the part
  after the previous rank); long rows (more than :data:`PAIR_BUDGET` pairs) use an exact
  randomised slope selection in ``O(n log n)`` per step (Matoušek 1991; Dillencourt,
  Mount & Netanyahu 1992): the number of pair slopes below a value ``b`` is the number of
  discordant pairs of ``(t, y − b·t)``, so a bracket around the wanted rank (from a sample
  of pair slopes) is narrowed by counting, and the few pairs left in it are enumerated
  (as the inversions between two orders, :func:`radix_inversions`) and sorted.

References
----------
* Knight, W. R. (1966). A computer method for calculating Kendall's tau with ungrouped
  data. *JASA* 61, 436–439.
* Matoušek, J. (1991). Randomized optimal algorithm for slope selection. *Information
  Processing Letters* 39, 183–187.
* Dillencourt, M. B., Mount, D. M., & Netanyahu, N. S. (1992). A randomized algorithm for
  slope selection. *Int. J. Computational Geometry & Applications* 2, 1–27.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from envindicators.analytics.trends import _numba
from envindicators.analytics.trends._panel import Block

try:  # scipy's compiled Fenwick-tree count of discordant pairs (used by kendalltau)
    from scipy.stats._stats import _kendall_dis as _scipy_kendall_dis
except ImportError:  # pragma: no cover - depends on the scipy build
    _scipy_kendall_dis = None

__all__ = [
    "ENUM_BUDGET",
    "LONG_ROW_PAIRS",
    "PAIR_BUDGET",
    "SLOPE_BLOCK_VALUES",
    "SORT_MAX_WIDTH",
    "RowRanks",
    "SlopeStats",
    "SortedRows",
    "TieSums",
    "discordant_pairs",
    "kendall_s",
    "pair_index",
    "pair_slopes",
    "radix_inversions",
    "rank_rows",
    "row_median_sorted",
    "select_rows",
    "sen_ci_ranks",
    "slope_order_stats",
    "sort_terms",
    "t_distinct_rows",
    "tie_sums",
]

#: Maximum number of values (pair slopes, rank differences) held in memory at once.
PAIR_BUDGET = 1 << 22
#: Rows with more pairs than this get Kendall's S from the O(n log n) count.
LONG_ROW_PAIRS = 1 << 17
#: Long-series slope selection enumerates a bracket once it holds at most this many pairs.
ENUM_BUDGET = 1 << 20


def _row_chunks(n_rows: int, per_row: int, multiple: int = 1) -> Iterator[slice]:
    step = max(1, PAIR_BUDGET // max(per_row, 1))
    step = max(multiple, step // multiple * multiple)
    for start in range(0, n_rows, step):
        yield slice(start, min(start + step, n_rows))


# ------------------------------------------------------------------------ ranks and ties


@dataclass(frozen=True)
class TieSums:
    """Per-row tie terms over the groups of equal values (sizes ``u``).

    ``c2 = Σ u(u−1)``, ``c3 = Σ u(u−1)(u−2)``, ``c5 = Σ u(u−1)(2u+5)``.
    """

    c2: np.ndarray
    c3: np.ndarray
    c5: np.ndarray

    @staticmethod
    def zeros(k: int) -> TieSums:
        z = np.zeros(k)
        return TieSums(z, z, z)

    @staticmethod
    def from_sizes(sizes: np.ndarray, row: np.ndarray, k: int) -> TieSums:
        """Sum the terms of groups of ``sizes`` into the ``k`` rows given by ``row``."""
        u1 = sizes * (sizes - 1.0)
        return TieSums(
            np.bincount(row, weights=u1, minlength=k),
            np.bincount(row, weights=u1 * (sizes - 2.0), minlength=k),
            np.bincount(row, weights=u1 * (2.0 * sizes + 5.0), minlength=k),
        )


#: Rows up to this length get their tie terms from positions within runs (exact sums).
_TIE_POSITIONS_MAX_L = 1 << 16


def _ties_from_sorted(s: np.ndarray) -> TieSums:
    """Tie terms of the rows of a row-sorted array (NaN last, ignored).

    For rows up to :data:`_TIE_POSITIONS_MAX_L` values the sums over runs telescope into
    sums over positions: with ``p`` the 0-based position of a value within its run of equal
    values, ``u(u−1) = Σ 2p``, ``u(u−1)(u−2) = Σ 3p(p−1)`` and ``u(u−1)(2u+5) =
    Σ (6p² + 12p)`` over the run — three row sums, no run table (integers, so the float
    sums are exact at these lengths).
    """
    k, L = s.shape
    if L < 2 or not np.any(s[:, 1:] == s[:, :-1]):
        return TieSums.zeros(k)
    if L <= _TIE_POSITIONS_MAX_L:
        start = np.ones((k, L), dtype=bool)
        np.not_equal(s[:, 1:], s[:, :-1], out=start[:, 1:])  # NaN starts a run of its own
        idx = np.arange(L, dtype=np.int32)
        run_start = np.where(start, idx, 0).astype(np.int32)
        np.maximum.accumulate(run_start, axis=1, out=run_start)
        pos = (idx - run_start).astype(np.float64)  # 0 at NaN: each NaN starts a run
        p1 = pos.sum(1)
        p2 = np.einsum("ij,ij->i", pos, pos)
        return TieSums(2.0 * p1, 3.0 * (p2 - p1), 6.0 * p2 + 12.0 * p1)
    valid = ~np.isnan(s)
    start = valid.copy()
    start[:, 1:] &= s[:, 1:] != s[:, :-1]
    flat_start = start.ravel()
    n_runs = int(np.count_nonzero(flat_start))
    run_id = np.cumsum(flat_start) - 1
    sizes = np.bincount(run_id[valid.ravel()], minlength=n_runs).astype(np.float64)
    return TieSums.from_sizes(sizes, np.flatnonzero(flat_start) // L, k)


def tie_sums(a: np.ndarray) -> tuple[TieSums, np.ndarray]:
    """Tie terms of each row of ``a`` (NaN ignored) and the row-sorted array (NaN last)."""
    s = np.sort(a, axis=1)
    return _ties_from_sorted(s), s


@dataclass(frozen=True)
class RowRanks:
    """One argsort per row, and what it gives.

    Attributes
    ----------
    sorted:
        ``(k, L)`` the row's valid values ascending, NaN last.
    ranks:
        ``(k, L)`` dense ranks ``1..`` of the values *in their original columns*, ``0``
        where the value is missing (int32).
    ties:
        Tie terms of the values.
    n:
        ``(k,)`` number of valid values.
    """

    sorted: np.ndarray
    ranks: np.ndarray
    ties: TieSums
    n: np.ndarray


def rank_rows(a: np.ndarray) -> RowRanks:
    """Sorted values, dense ranks and tie terms of every row of ``a`` (NaN = missing)."""
    k, L = a.shape
    order = np.argsort(a, axis=1)
    s = np.take_along_axis(a, order, 1)
    valid = ~np.isnan(s)
    new = valid.copy()
    if L > 1:
        new[:, 1:] &= s[:, 1:] != s[:, :-1]
    dense = np.cumsum(new, axis=1, dtype=np.int32)
    ranks = np.zeros((k, L), dtype=np.int32)
    np.put_along_axis(ranks, order, np.where(valid, dense, 0), 1)
    return RowRanks(s, ranks, _ties_from_sorted(s), valid.sum(1).astype(np.float64))


#: Rows per step of :func:`sort_terms` are chosen so that a step touches about this many
#: values (the transposed step stays in cache).
_STEP_VALUES = 1 << 18
#: A byte lane of the packed counts of :func:`_greater_pairs_t` holds at most this count.
_LANE_MAX = 255


def _greater_pairs_t(yt: np.ndarray, out: np.ndarray) -> None:
    """Add to ``out[c]`` the number of pairs ``i < j`` with ``yt[j, c] > yt[i, c]``.

    ``yt`` is ``(L, k)``, one series per column (NaN never compares greater, so pairs with
    a missing value count 0).  Each comparison step writes bytes (0/1) that are summed as
    ``uint64`` words, eight series per word, one byte lane each (no carry crosses a lane
    while a lane holds at most :data:`_LANE_MAX`); the lanes are flushed into ``out``
    before they could overflow.
    """
    L, k = yt.shape
    if L < 2 or k == 0:
        return
    kp = -(-k // 8) * 8
    buf = np.zeros((min(L - 1, _LANE_MAX), kp), dtype=bool)
    acc = np.zeros(kp // 8, dtype=np.uint64)
    held = 0
    for i in range(L - 1):
        for j0 in range(i + 1, L, _LANE_MAX):
            j1 = min(j0 + _LANE_MAX, L)
            w = j1 - j0
            if held + w > _LANE_MAX:
                out += acc.view(np.uint8)[:k]
                acc[:] = 0
                held = 0
            b = buf[:w]
            np.greater(yt[j0:j1], yt[i], out=b[:, :k])
            acc += b.view(np.uint64).sum(0, dtype=np.uint64)
            held += w
    out += acc.view(np.uint8)[:k]


@dataclass(frozen=True)
class SortedRows:
    """One sort per row, and what it gives without ranks.

    Attributes
    ----------
    sorted:
        ``(k, L)`` the row's valid values ascending, NaN last.
    n:
        ``(k,)`` number of valid values (float64).
    ties:
        Tie terms of the values.
    greater:
        ``(k,)`` number of column pairs ``i < j`` with ``y[j] > y[i]`` (int64), or
        ``None`` when not requested.
    """

    sorted: np.ndarray
    n: np.ndarray
    ties: TieSums
    greater: np.ndarray | None

    def kendall_s(self) -> np.ndarray:
        """Kendall's S of rows whose column order is their (strict) time order.

        The valid pairs are ``n(n−1)/2 = G + D + T`` (greater, smaller, tied), with
        ``T = Σ u(u−1)/2 = c2/2`` from the ties, so ``S = G − D = 2G − n(n−1)/2 + c2/2``
        (exact integers in float64).
        """
        if self.greater is None:
            raise ValueError("sort_terms(..., with_greater=False) did not count pairs")
        n = self.n
        return 2.0 * self.greater - n * (n - 1.0) / 2.0 + self.ties.c2 / 2.0


def sort_terms(y: np.ndarray, *, with_greater: bool = True) -> SortedRows:
    """Sorted values, counts, tie terms and (optionally) greater pairs of every row of
    ``y`` (NaN = missing), from one :func:`numpy.sort` per row and no ranks.

    The rows are processed in steps of about :data:`_STEP_VALUES` values, transposed so
    that every operation runs over many series at once: the tie terms come from the
    position ``p`` of each sorted value within its run of equal values (``p = 0`` at a
    run's start and at NaN; ``u(u−1) = Σ 2p``, ``u(u−1)(u−2) = Σ 3p(p−1)``,
    ``u(u−1)(2u+5) = Σ (6p² + 12p)`` over a run, as :func:`_ties_from_sorted`), and the
    greater pairs from :func:`_greater_pairs_t` on the values themselves.  The pair count
    costs ``L(L−1)/2`` byte comparisons per row; it is meant for short rows (up to
    :data:`LONG_ROW_PAIRS` pairs).
    """
    k, L = y.shape
    s = np.sort(y, axis=1)
    n = np.empty(k)
    p1 = np.zeros(k)
    p2 = np.zeros(k)
    greater = np.zeros(k, dtype=np.int64) if with_greater else None
    step = max(64, _STEP_VALUES // max(L, 1))
    for c0 in range(0, k, step):
        c1 = min(c0 + step, k)
        st = np.ascontiguousarray(s[c0:c1].T)
        n[c0:c1] = L - np.isnan(st).sum(0)
        if L > 1:
            pos = np.zeros(c1 - c0)
            eq = np.empty(c1 - c0, dtype=bool)
            a1, a2 = p1[c0:c1], p2[c0:c1]
            for i in range(1, L):
                np.equal(st[i], st[i - 1], out=eq)  # False at NaN: a NaN restarts p at 0
                pos += 1.0
                pos *= eq
                a1 += pos
                a2 += pos * pos
        if greater is not None:
            _greater_pairs_t(np.ascontiguousarray(y[c0:c1].T), greater[c0:c1])
    ties = TieSums(2.0 * p1, 3.0 * (p2 - p1), 6.0 * p2 + 12.0 * p1)
    return SortedRows(s, n, ties, greater)


def row_median_sorted(s: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Median of each row of a row-sorted array whose first ``count`` entries are valid.

    Same arithmetic as :func:`numpy.median`: the middle value, or the mean ``(a + b) / 2``
    of the two middle values.
    """
    if s.shape[1] == 0:
        return np.full(s.shape[0], np.nan)
    lo = np.maximum((count - 1) // 2, 0)
    hi = np.minimum(np.maximum(count // 2, 0), s.shape[1] - 1)
    a = np.take_along_axis(s, lo[:, None], 1)[:, 0]
    b = np.take_along_axis(s, hi[:, None], 1)[:, 0]
    return np.where(count > 0, (a + b) / 2.0, np.nan)


def dense_ranks_1d(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dense ranks ``1..`` (intp) of a finite 1-D array, and its argsort."""
    order = np.argsort(a, kind="stable")
    s = a[order]
    new = np.empty(a.size, dtype=bool)
    if a.size:
        new[0] = True
        np.not_equal(s[1:], s[:-1], out=new[1:])
    r = np.empty(a.size, dtype=np.intp)
    r[order] = np.cumsum(new, dtype=np.intp)
    return r, order


# ------------------------------------------------------------------ discordant pairs


def radix_inversions(
    v: np.ndarray, *, emit: bool = False
) -> tuple[int, np.ndarray | None, np.ndarray | None]:
    """Pairs ``a < b`` (positions) with ``v[a] > v[b]`` of a non-negative integer sequence.

    A most-significant-bit-first radix sort that keeps the order of equal prefixes: at each
    bit, within a group of equal higher bits, every element with the bit 0 forms an
    inversion with each earlier element of the group with the bit 1.  ``O(n log max v)``
    vectorised steps; with ``emit`` the pairs are listed (``O(K)`` more for ``K`` pairs).

    Returns
    -------
    (int, numpy.ndarray or None, numpy.ndarray or None)
        The number of inversions and, with ``emit``, the positions ``a`` (the greater,
        earlier value) and ``b`` of every inversion.
    """
    n = v.size
    if n < 2:
        empty = np.empty(0, dtype=np.intp)
        return 0, (empty if emit else None), (empty if emit else None)
    cur = np.asarray(v, dtype=np.int64).copy()
    orig = np.arange(n, dtype=np.intp)
    pos = np.arange(n, dtype=np.int64)
    bstart = np.zeros(n, dtype=np.int64)
    bend = np.full(n, n, dtype=np.int64)
    total = 0
    firsts: list[np.ndarray] = []
    seconds: list[np.ndarray] = []
    for b in range(int(cur.max()).bit_length() - 1, -1, -1):
        bit = (cur >> b) & 1
        c1 = np.cumsum(bit)
        c1ex = c1 - bit
        ones_before = c1ex - c1ex[bstart]
        zero = bit == 0
        contrib = np.where(zero, ones_before, 0)
        total += int(contrib.sum())
        if emit and total:
            z = np.flatnonzero(contrib)
            if z.size:
                counts = contrib[z]
                one_pos = np.flatnonzero(bit)
                first = np.repeat(c1ex[bstart[z]], counts)
                offs = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
                firsts.append(orig[one_pos[first + offs]])
                seconds.append(np.repeat(orig[z], counts))
        ones_in_bucket = c1[bend - 1] - c1ex[bstart]
        nz = (bend - bstart) - ones_in_bucket
        newpos = np.where(zero, pos - ones_before, bstart + nz + ones_before)
        new_start = np.where(zero, bstart, bstart + nz)
        new_end = np.where(zero, bstart + nz, bend)
        for arr_name in ("cur", "orig"):
            arr = cur if arr_name == "cur" else orig
            out = np.empty_like(arr)
            out[newpos] = arr
            if arr_name == "cur":
                cur = out
            else:
                orig = out
        bstart = np.empty_like(bstart)
        bstart[newpos] = new_start
        bend = np.empty_like(bend)
        bend[newpos] = new_end
    if not emit:
        return total, None, None
    if firsts:
        return total, np.concatenate(firsts), np.concatenate(seconds)
    empty = np.empty(0, dtype=np.intp)
    return total, empty, empty


def discordant_pairs(x: np.ndarray, y: np.ndarray) -> int:
    """``#{(i, j): x_i < x_j and y_i > y_j}`` for ``x`` sorted ascending (integer ranks)
    and ``y`` dense ranks ``≥ 1`` (intp).

    Uses scipy's compiled Fenwick-tree count (the one :func:`scipy.stats.kendalltau`
    uses) when this scipy has it, else :func:`radix_inversions` on ``y`` ordered by
    ``(x, y)`` — the same number, exactly.
    """
    if _scipy_kendall_dis is not None and y.size and int(y.min()) >= 1:
        return int(_scipy_kendall_dis(np.ascontiguousarray(x, dtype=np.intp),
                                      np.ascontiguousarray(y, dtype=np.intp)))  # fmt: skip
    return discordant_pairs_numpy(x, y)


def discordant_pairs_numpy(x: np.ndarray, y: np.ndarray) -> int:
    """:func:`discordant_pairs` in numpy only (ties in ``x`` ordered by ``y`` so that they
    never count)."""
    order = np.lexsort((y, x))
    return radix_inversions(np.asarray(y)[order])[0]


def _run_pairs(sorted_keys: np.ndarray) -> int:
    """Σ u(u−1)/2 over runs of equal consecutive entries of a sorted 1-D array."""
    if sorted_keys.size < 2:
        return 0
    change = np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1], [True])))
    u = np.diff(change).astype(np.int64)
    return int((u * (u - 1) // 2).sum())


def _s_long(t: np.ndarray, y: np.ndarray, y_ranks: np.ndarray | None = None) -> int:
    r"""Kendall's S = Σ_{i<j} sgn(t_j − t_i)·sgn(y_j − y_i) of one series, exactly, in
    ``O(n log n)``.

    With ``D`` the pairs discordant in strict order, ``n_0 = n(n−1)/2`` and ``T_t``,
    ``T_y``, ``T_{ty}`` the pairs tied in ``t``, in ``y`` and in both,
    :math:`S = n_0 - T_t - T_y + T_{ty} - 2D` (Knight 1966).  ``y_ranks`` are the dense
    ranks of ``y`` when already known.  ``t`` need not be sorted.
    """
    n = y.size
    if n < 2:
        return 0
    yr = dense_ranks_1d(y)[0] if y_ranks is None else np.asarray(y_ranks, dtype=np.intp)
    n0 = n * (n - 1) // 2
    y_ties = _run_pairs(np.sort(yr))
    d = np.diff(t)
    if np.all(d > 0):  # the usual case: time order, distinct times
        xs = np.arange(1, n + 1, dtype=np.intp)
        return n0 - y_ties - 2 * discordant_pairs(xs, yr)
    xr, _ = dense_ranks_1d(t)
    order = np.lexsort((yr, xr))
    xs, ys = xr[order], yr[order]
    t_ties = _run_pairs(np.sort(xr))
    both = 0
    if t_ties and y_ties:
        both = _run_pairs(xs * (int(ys.max()) + 1) + ys)
    return n0 - t_ties - y_ties + both - 2 * discordant_pairs(xs, ys)


def _compact_row(block: Block, r: int) -> tuple[np.ndarray, np.ndarray]:
    y = block.y[r]
    t = block.t if block.shared_t else block.t[r]
    ok = ~np.isnan(y) & ~np.isnan(t)
    return t[ok], y[ok]


# --------------------------------------------------------------------------- Kendall's S


def t_distinct_rows(block: Block) -> bool:
    """True when no row has two valid points at the same time."""
    if block.shared_t:
        return bool(np.all(np.diff(block.t) > 0))
    # sorted with NaN last, so that valid times separated by a missing value are neighbours
    t = np.sort(np.where(block.valid(), block.t, np.nan), axis=1)
    d = np.diff(t, axis=1)
    return not bool(np.any(d == 0))


def _s_pairs_ranks(ranks: np.ndarray, t: np.ndarray | None) -> np.ndarray:
    """S of short rows from dense ranks (0 = missing), one step per first index ``i``.

    ``t`` is the shared, non-decreasing time axis (pairs at equal times skipped), or
    ``None`` when every row's valid points are at distinct, increasing times.  Missing
    points carry rank 0: their pairs are counted as ``±1`` in the loop and removed
    exactly afterwards (a missing point at ``p`` adds ``#valid after p − #valid before
    p``).
    """
    k, L = ranks.shape
    out = np.zeros(k, dtype=np.int64)
    if L < 2:
        return out
    dtype = np.int16 if int(ranks.max(initial=0)) < (1 << 15) - 1 else np.int32
    firsts = np.arange(1, L + 1)
    if t is not None:
        firsts = np.searchsorted(t, t, side="right")
    for sl in _row_chunks(k, L):
        rt = np.ascontiguousarray(ranks[sl].T, dtype=dtype)
        acc = np.zeros(rt.shape[1], dtype=np.int64)
        for i in range(L - 1):
            f = int(firsts[i])
            if f >= L:
                continue
            d = rt[f:] - rt[i]
            acc += np.sign(d).sum(0, dtype=np.int64)
        out[sl] = acc
    missing = ranks == 0
    if missing.any():
        valid = ~missing
        cum = np.cumsum(valid, axis=1)
        n = cum[:, -1:]
        if t is None:
            before = cum - valid
            after = n - cum
        else:
            lo = np.searchsorted(t, t, side="left")
            hi = np.searchsorted(t, t, side="right")
            padded = np.concatenate([np.zeros((k, 1), dtype=cum.dtype), cum], axis=1)
            before = padded[:, lo]
            after = n - padded[:, hi]
        out -= np.where(missing, after - before, 0).sum(1)
    return out


def _s_pairs_masked(block: Block) -> np.ndarray:
    """S of short rows with per-row times that repeat within a row (pairs at equal times
    contribute 0): the direct sum of ``sgn(y_j − y_i)·[t_j > t_i]``."""
    k, L = block.y.shape
    out = np.zeros(k, dtype=np.int64)
    for sl in _row_chunks(k, L):
        yt = np.ascontiguousarray(block.y[sl].T)
        tt = np.ascontiguousarray(block.t[sl].T)
        acc = np.zeros(yt.shape[1], dtype=np.int64)
        for i in range(L - 1):
            d = yt[i + 1 :] - yt[i]
            later = (tt[i + 1 :] - tt[i]) > 0
            acc += ((d > 0) & later).sum(0) - ((d < 0) & later).sum(0)
        out[sl] = acc
    return out


def kendall_s(block: Block, ranks: np.ndarray | None = None) -> np.ndarray:
    """Kendall's S of each row of a block (exact integers, as float64).

    ``ranks`` are the rows' dense ranks from :func:`rank_rows` when already computed.
    """
    k, L = block.y.shape
    if ranks is None:
        y = np.where(block.valid(), block.y, np.nan)
        ranks = rank_rows(y).ranks
    if min(LONG_ROW_PAIRS, PAIR_BUDGET) < L * (L - 1) // 2:
        out = np.empty(k)
        for r in range(k):
            ok = ranks[r] > 0
            t = block.t[ok] if block.shared_t else block.t[r][ok]
            out[r] = _s_long(t, block.y[r][ok], ranks[r][ok])
        return out
    if block.shared_t:
        t = block.t
        return _s_pairs_ranks(ranks, None if np.all(np.diff(t) > 0) else t).astype(np.float64)
    if t_distinct_rows(block):
        return _s_pairs_ranks(ranks, None).astype(np.float64)
    return _s_pairs_masked(block).astype(np.float64)


# ------------------------------------------------------------------ pairwise slopes (Sen)


def sen_ci_ranks(
    n_pairs: np.ndarray, sigma: np.ndarray, z: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """0-based ranks ``(Rl, Ru)`` of the confidence limits among the sorted pair slopes.

    As :func:`scipy.stats.theilslopes` (Sen 1968, eq. 2.6): with ``z = Φ⁻¹(α/2) < 0``,
    ``Ru = min(round((N − zσ)/2), N − 1)``, ``Rl = max(round((N + zσ)/2) − 1, 0)``
    (round half to even).  Returns ``(Rl, Ru, ok)``; ``ok`` is False where the interval is
    undefined (no pairs, or a negative variance from massive ties).
    """
    with np.errstate(invalid="ignore"):
        ru = np.round((n_pairs - z * sigma) / 2.0)
        rl = np.round((n_pairs + z * sigma) / 2.0)
    ok = np.isfinite(ru) & np.isfinite(rl) & (n_pairs > 0)
    ru_i = np.minimum(np.where(ok, ru, 0).astype(np.int64), n_pairs.astype(np.int64) - 1)
    rl_i = np.maximum(np.where(ok, rl, 0).astype(np.int64) - 1, 0)
    return rl_i, ru_i, ok


def _pair_slopes_iter(subseries: Sequence[tuple[np.ndarray, np.ndarray]]) -> Iterator[np.ndarray]:
    """Stream the slopes of all pairs with ``t_i < t_j`` of sorted series, chunk by chunk."""
    for t, y in subseries:
        n = t.size
        i0 = 0
        while i0 < n - 1:
            width = n - i0 - 1
            h = max(1, min(n - 1 - i0, PAIR_BUDGET // max(width, 1)))
            ii = np.arange(i0, i0 + h)
            jj = np.arange(i0 + 1, n)
            dt = t[jj][None, :] - t[ii][:, None]
            mask = (jj[None, :] > ii[:, None]) & (dt > 0)
            dy = y[jj][None, :] - y[ii][:, None]
            yield dy[mask] / dt[mask]
            i0 += h


def _sample_pair_slopes(
    subseries: Sequence[tuple[np.ndarray, np.ndarray]],
    n_pairs: np.ndarray,
    size: int,
    rng: np.random.Generator,
) -> np.ndarray:
    """Slopes of ``≈ size`` pairs drawn uniformly from all valid pairs of the sub-series."""
    draws = rng.multinomial(size, n_pairs / n_pairs.sum())
    out = []
    for (t, y), m in zip(subseries, draws, strict=True):
        if m == 0:
            continue
        n = t.size
        need = int(m)
        while need > 0:
            i = rng.integers(0, n, 2 * need + 16)
            j = rng.integers(0, n, 2 * need + 16)
            ok = t[i] != t[j]
            i, j = i[ok][:need], j[ok][:need]
            out.append((y[j] - y[i]) / (t[j] - t[i]))
            need -= i.size
    return np.sort(np.concatenate(out)) if out else np.empty(0)


class _SlopeCounter:
    """Counts and lists the pair slopes of sorted sub-series relative to a value ``b``.

    The slope of a pair ``t_i < t_j`` is below ``b`` exactly when ``z_j < z_i`` for
    ``z = y − b·t``: the count is the number of discordant pairs of ``(t, z)``.
    """

    def __init__(self, subseries: Sequence[tuple[np.ndarray, np.ndarray]]) -> None:
        self.subs = []
        for t, y in subseries:
            t0 = t - t[0] if t.size else t
            xr, _ = dense_ranks_1d(t)
            self.subs.append((t0, y, xr))
        self._cache: dict[float, int] = {}

    def count_below(self, b: float) -> int:
        if b in self._cache:
            return self._cache[b]
        total = 0
        for t0, y, xr in self.subs:
            if t0.size < 2:
                continue
            zr, _ = dense_ranks_1d(y - b * t0)
            total += discordant_pairs(xr, zr)
        self._cache[b] = total
        return total

    def slopes_between(self, lo: float, hi: float) -> np.ndarray:
        """Slopes of the pairs counted by ``count_below(hi)`` but not ``count_below(lo)``
        (``lo < hi``): the inversions between the orders of ``y − lo·t`` and ``y − hi·t``."""
        out = []
        for t0, y, _ in self.subs:
            if t0.size < 2:
                continue
            zlo = y - lo * t0
            zhi = y - hi * t0
            order = np.lexsort((-zhi, zlo))
            v, _ = dense_ranks_1d(zhi[order])
            _, a, b = radix_inversions(v, emit=True)
            ia, ib = order[a], order[b]
            dt = t0[ib] - t0[ia]
            keep = dt > 0
            out.append((y[ib][keep] - y[ia][keep]) / dt[keep])
        return np.sort(np.concatenate(out)) if out else np.empty(0)


def _slope_bound(subseries: Sequence[tuple[np.ndarray, np.ndarray]]) -> float:
    """A value ``B`` with every pair slope in ``(−B, B)``."""
    bound = 1.0
    for t, y in subseries:
        if t.size < 2:
            continue
        gaps = np.diff(np.unique(t))
        if gaps.size:
            bound = max(bound, float(np.ptp(y)) / float(gaps.min()))
    return 2.0 * bound + 1.0


def _select_streaming(
    subseries: Sequence[tuple[np.ndarray, np.ndarray]],
    pair_counts: np.ndarray,
    ranks: np.ndarray,
) -> np.ndarray:
    """Order statistics (0-based ``ranks``) of all pair slopes of sorted sub-series.

    At most :data:`PAIR_BUDGET` pairs: all slopes, then :func:`numpy.partition`.  Beyond:
    exact randomised selection (module docstring).  A bracket ``[lo, hi)`` of slope values
    that holds the wanted rank is taken from a sorted sample of pair slopes (with a wide
    margin) and checked by counting; it is narrowed by bisection over the sample values
    inside it, counting each split in ``O(n log n)``, until it holds at most
    :data:`ENUM_BUDGET` pairs; those are listed and sorted.  The result is the same pair
    slope a full sort gives — except where floating-point rounding alone separates two
    slopes (``b·t`` rounded differently), where it may be the neighbouring one; if
    rounding-level ties leave more than :data:`ENUM_BUDGET` pairs in an interval that
    cannot be split, their common value ``lo`` is returned.
    """
    total = int(pair_counts.sum())
    if total <= PAIR_BUDGET:
        allv = np.concatenate([*_pair_slopes_iter(subseries), np.empty(0)])[None, :]
        _partition_at(allv, np.unique(ranks))
        return allv[0, ranks]
    rng = np.random.default_rng(0x5E5)  # the result is exact whatever the sample
    m = min(200_000, total)
    sample = _sample_pair_slopes(subseries, pair_counts.astype(np.float64), m, rng)
    ms = sample.size
    counter = _SlopeCounter(subseries)
    bound = _slope_bound(subseries)
    out = np.empty(ranks.size)
    cached: tuple[float, float, int, np.ndarray] | None = None
    for pos in np.argsort(ranks, kind="stable"):
        r = int(ranks[pos])
        if cached is not None and cached[2] <= r < cached[2] + cached[3].size:
            out[pos] = cached[3][r - cached[2]]
            continue
        lo, hi, c_lo, c_hi = -bound, bound, 0, total
        q = r / total
        half = 6.0 * math.sqrt(q * (1.0 - q) / ms) + 2.0 / ms
        i_lo, i_hi = math.floor((q - half) * ms), math.ceil((q + half) * ms)
        if 0 <= i_lo < ms:
            c = counter.count_below(float(sample[i_lo]))
            if c <= r:
                lo, c_lo = float(sample[i_lo]), c
        if 0 <= i_hi < ms:
            c = counter.count_below(float(sample[i_hi]))
            if c > r:
                hi, c_hi = float(sample[i_hi]), c
        while c_hi - c_lo > ENUM_BUDGET:
            inside = sample[(sample > lo) & (sample < hi)]
            mid = float(inside[inside.size // 2]) if inside.size else lo + (hi - lo) / 2.0
            if not lo < mid < hi:
                break
            c = counter.count_below(mid)
            if c <= r:
                lo, c_lo = mid, c
            else:
                hi, c_hi = mid, c
        if c_hi - c_lo > ENUM_BUDGET:
            out[pos] = lo
            continue
        values = counter.slopes_between(lo, hi)
        cached = (lo, hi, c_lo, values)
        out[pos] = values[min(max(r - c_lo, 0), values.size - 1)] if values.size else lo
    return out


#: Pair slopes are built and selected in row blocks of about this many values (1 MiB of
#: float64, and as much scratch): the block stays in the cache between building and
#: selecting (measured 5× faster than 32 MiB blocks at 100,000 × 20).
SLOPE_BLOCK_VALUES = 1 << 17
#: Rows of at most this many pair slopes are fully sorted (numpy's vectorised sort beats
#: any partition at these widths: 9× the multi-``kth`` partition and 3× single-``kth``
#: partitions at 190 values a row); wider rows are partitioned once per wanted rank.
SORT_MAX_WIDTH = 2048


#: Pair positions of rows up to this many points are cached (≤ 2 MiB each).
_CACHED_PAIRS_MAX_N = 512


@functools.lru_cache(maxsize=16)
def _upper_pairs_cached(n: int) -> tuple[np.ndarray, np.ndarray]:
    i, j = np.triu_indices(n, 1)
    i, j = i.astype(np.intp), j.astype(np.intp)
    i.flags.writeable = False
    j.flags.writeable = False
    return i, j


def _upper_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The positions ``(i, j)``, ``i < j``, of all pairs of ``n`` points (row-major,
    read-only; cached per ``n`` for short rows)."""
    if n <= _CACHED_PAIRS_MAX_N:
        return _upper_pairs_cached(n)
    i, j = np.triu_indices(n, 1)
    return i.astype(np.intp, copy=False), j.astype(np.intp, copy=False)


def pair_index(n: int, t: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Positions ``(i, j)`` of the pairs whose slope is taken, in row-major order.

    With a shared, non-decreasing time axis ``t`` only the pairs with ``t_i < t_j``;
    without it (per-row times) all pairs ``i < j`` of ``n`` points.

    Parameters
    ----------
    n : int
        Points per row.
    t : numpy.ndarray, optional
        The shared time axis (``n`` values, non-decreasing).

    Returns
    -------
    tuple[numpy.ndarray, numpy.ndarray]
        First and second positions of every pair (intp).
    """
    i, j = _upper_pairs(n)
    if t is None or n < 2 or bool(np.all(t[1:] > t[:-1])):
        return i, j
    later = t[j] > t[i]
    return i[later], j[later]


def pair_slopes(
    y: np.ndarray,
    t: np.ndarray,
    pairs: tuple[np.ndarray, np.ndarray],
    out: np.ndarray | None = None,
    scratch: np.ndarray | None = None,
    dt: np.ndarray | None = None,
) -> np.ndarray:
    """The slopes ``(y_j − y_i) / (t_j − t_i)`` of the given pairs of every row of ``y``.

    ``t`` is one shared axis (1-D) or per-row times (2-D, like ``y``); with per-row times
    the slope of a pair with ``t_j ≤ t_i`` (or a missing time) is NaN, and any missing
    value gives a NaN slope.  The arithmetic is one subtraction and one division per pair,
    as in the definition, so the slopes are exactly those of a plain loop (the gathers use
    ``mode="clip"``: the positions are valid by construction, and numpy buffers ``out`` in
    the default ``mode="raise"``, 10× slower).  ``out`` and ``scratch`` (at least
    ``rows × pairs`` float64, C-contiguous) are reused when given; ``dt``, the shared
    axis' ``t_j − t_i`` of the pairs, when the caller already has it.

    Parameters
    ----------
    y : numpy.ndarray
        ``(rows, n)`` values, NaN where missing.
    t : numpy.ndarray
        ``(n,)`` shared times or ``(rows, n)`` per-row times.
    pairs : tuple[numpy.ndarray, numpy.ndarray]
        Positions ``(i, j)`` of the pairs (:func:`pair_index`).
    out, scratch : numpy.ndarray, optional
        Buffers of at least ``rows × len(i)`` float64 values.
    dt : numpy.ndarray, optional
        ``t[j] − t[i]`` of a shared axis ``t`` (computed when not given).

    Returns
    -------
    numpy.ndarray
        ``(rows, len(i))`` slopes (a view of ``out`` when given).
    """
    i, j = pairs
    shape = (y.shape[0], i.size)
    size = shape[0] * shape[1]
    res = np.empty(shape) if out is None else out.ravel()[:size].reshape(shape)
    tmp = np.empty(shape) if scratch is None else scratch.ravel()[:size].reshape(shape)
    np.take(y, j, axis=1, out=res, mode="clip")
    np.take(y, i, axis=1, out=tmp, mode="clip")
    np.subtract(res, tmp, out=res)
    if t.ndim == 1:
        res /= t[j] - t[i] if dt is None else dt
        return res
    np.take(t, j, axis=1, out=tmp, mode="clip")
    tmp -= np.take(t, i, axis=1, mode="clip")
    with np.errstate(invalid="ignore", divide="ignore"):
        res /= tmp
    res[~(tmp > 0)] = np.nan
    return res


def _partition_at(buf: np.ndarray, kth: np.ndarray) -> None:
    """Partition every row of ``buf`` in place so that each rank of ``kth`` (ascending,
    distinct) holds its order statistic: one single-rank partition per rank, each on the
    part of the row after the previous rank (NaN last)."""
    start = 0
    for q in kth.tolist():
        buf[:, start:].partition(q - start, axis=1)
        start = q + 1


def select_rows(buf: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """The ``wanted[r, c]``-th smallest value (0-based, NaN last) of each row ``r``.

    Exact order statistics: rows of at most :data:`SORT_MAX_WIDTH` values are sorted,
    wider rows are partitioned at the wanted ranks only (rows that want the same ranks
    together).  ``buf`` is reordered in place.

    Parameters
    ----------
    buf : numpy.ndarray
        ``(rows, width)`` float64 values, ``width ≥ 1``.
    wanted : numpy.ndarray
        ``(rows, c)`` integer ranks, clipped to ``[0, width − 1]``.

    Returns
    -------
    numpy.ndarray
        ``(rows, c)`` the selected values.
    """
    width = buf.shape[1]
    w = np.clip(wanted, 0, width - 1)
    if width <= SORT_MAX_WIDTH:
        buf.sort(axis=1)
        return np.take_along_axis(buf, w, 1)
    if w.shape[0] == 1 or bool(np.all(w == w[0])):
        _partition_at(buf, np.unique(w[0]))
        return buf[:, w[0]]
    keys, group = np.unique(w, axis=0, return_inverse=True)
    out = np.empty(w.shape)
    group = group.reshape(-1)
    for g in range(keys.shape[0]):
        rows = np.flatnonzero(group == g)
        sub = buf[rows]
        _partition_at(sub, np.unique(keys[g]))
        out[rows] = sub[:, keys[g]]
    return out


@dataclass(frozen=True)
class SlopeStats:
    """Order statistics of the pairwise slopes of pooled rows."""

    median: np.ndarray
    low: np.ndarray
    high: np.ndarray
    n_pairs: np.ndarray


def slope_order_stats(
    block: Block,
    *,
    pool: int = 1,
    n_pairs: np.ndarray,
    sigma: np.ndarray | None = None,
    z: float = np.nan,
) -> SlopeStats:
    """Median (and confidence limits) of pairwise slopes ``(y_j − y_i)/(t_j − t_i)``.

    Pairs with ``t_i = t_j`` are excluded.  ``pool`` consecutive rows are pooled into one
    statistic (the seasonal Sen slope pools the seasons of a series).  ``n_pairs`` is the
    number of valid pairs of each pooled row, known from the tie terms; ``sigma`` (per
    pooled row) and ``z`` give the confidence ranks (:func:`sen_ci_ranks`); without
    ``sigma`` only the median is computed.  Short rows: the slopes of a cache-sized block
    of rows are built once (:func:`pair_slopes`) and the wanted ranks selected
    (:func:`select_rows`); long rows: :func:`_select_streaming`.  The compiled kernel of
    :mod:`._numba` is used only for rows of more than :data:`SORT_MAX_WIDTH` pairs: on
    narrower rows the vectorised sort of :func:`select_rows` was 2.5× faster than it
    (100,000 × 20, one thread, and still faster on two).
    """
    k, L = block.y.shape
    g = k // pool
    med = np.full(g, np.nan)
    low = np.full(g, np.nan)
    high = np.full(g, np.nan)
    n_pairs = np.asarray(n_pairs, dtype=np.int64)
    if sigma is not None:
        rl, ru, ci_ok = sen_ci_ranks(n_pairs.astype(np.float64), sigma, z)
    per_row = L * (L - 1) // 2
    if (
        pool == 1
        and block.shared_t
        and SORT_MAX_WIDTH < per_row <= PAIR_BUDGET
        and _numba.worth_it(k, L)
        and _numba.shared_axis_ok(block.t)
    ):
        ci = (rl, ru, ci_ok) if sigma is not None else None
        med, low, high = _numba.kernels().sen_rows(block.y, block.t, n_pairs, ci)
        return SlopeStats(med, low, high, n_pairs)
    if per_row * pool <= PAIR_BUDGET:
        pairs = pair_index(L, block.t if block.shared_t else None)
        width = pairs[0].size * pool
        if width == 0:
            return SlopeStats(med, low, high, n_pairs)
        parts = [(n_pairs - 1) // 2, n_pairs // 2]
        if sigma is not None:
            parts += [rl, ru]
        want = np.stack(parts, axis=1)
        got = np.empty(want.shape)
        step = max(1, SLOPE_BLOCK_VALUES // width) * pool
        out = np.empty(min(step, k) * pairs[0].size)
        scratch = np.empty_like(out)
        dt = block.t[pairs[1]] - block.t[pairs[0]] if block.shared_t else None
        for start in range(0, k, step):
            stop = min(start + step, k)
            tb = block.t if block.shared_t else block.t[start:stop]
            cols = pair_slopes(block.y[start:stop], tb, pairs, out, scratch, dt)
            gs = slice(start // pool, stop // pool)
            got[gs] = select_rows(cols.reshape(-1, width), want[gs])
        med = np.where(n_pairs > 0, (got[:, 0] + got[:, 1]) / 2.0, np.nan)
        if sigma is not None:
            low = np.where(ci_ok, got[:, 2], np.nan)
            high = np.where(ci_ok, got[:, 3], np.nan)
        return SlopeStats(med, low, high, n_pairs)
    for gi in range(g):
        total = int(n_pairs[gi])
        if total == 0:
            continue
        subs = [_compact_row(block, r) for r in range(gi * pool, (gi + 1) * pool)]
        counts = np.array([_pairs_with_distinct_t(t) for t, _ in subs], dtype=np.int64)
        wanted = [(total - 1) // 2, total // 2]
        if sigma is not None and ci_ok[gi]:
            wanted += [int(rl[gi]), int(ru[gi])]
        vals = _select_streaming(subs, counts, np.array(wanted, dtype=np.int64))
        med[gi] = (vals[0] + vals[1]) / 2.0
        if len(wanted) == 4:
            low[gi], high[gi] = vals[2], vals[3]
    return SlopeStats(med, low, high, n_pairs)


def _pairs_with_distinct_t(t: np.ndarray) -> int:
    n = t.size
    return n * (n - 1) // 2 - _run_pairs(np.sort(t))
