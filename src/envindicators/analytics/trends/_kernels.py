"""Vectorised kernels over padded blocks: Kendall's S, tie terms and pairwise slopes.

Short series (``L·(L−1)/2`` pairs within :data:`PAIR_BUDGET`) are processed many rows at a
time over the upper triangle ``i < j`` of each row, the row axis chunked so that one chunk
holds at most :data:`PAIR_BUDGET` pairs.  Long series are processed one at a time in
bounded memory: Kendall's S from scipy's compiled ``O(n log n)`` Kendall τ (no pair
array at all), the order statistics of the pairwise slopes by a sampling-bracket selection
that streams the pairs in chunks and keeps only the slopes near the wanted ranks.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats

from envindicators.analytics.trends._frames import Block

__all__ = [
    "PAIR_BUDGET",
    "TieSums",
    "kendall_s",
    "sen_ci_ranks",
    "slope_order_stats",
    "tie_sums",
]

#: Maximum number of pairwise differences held in memory at once (float64: 32 MiB each).
PAIR_BUDGET = 1 << 22


def _row_chunks(n_rows: int, per_row: int, multiple: int = 1) -> Iterator[slice]:
    step = max(1, PAIR_BUDGET // max(per_row, 1))
    step = max(multiple, step // multiple * multiple)
    for start in range(0, n_rows, step):
        yield slice(start, min(start + step, n_rows))


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


def tie_sums(a: np.ndarray) -> tuple[TieSums, np.ndarray]:
    """Tie terms of each row of ``a`` (NaN ignored) and the row-sorted array (NaN last)."""
    k, L = a.shape
    s = np.sort(a, axis=1)
    if L < 2 or not np.any(s[:, 1:] == s[:, :-1]):
        return TieSums.zeros(k), s
    valid = ~np.isnan(s)
    start = valid.copy()
    start[:, 1:] &= s[:, 1:] != s[:, :-1]
    flat_start = start.ravel()
    n_runs = int(np.count_nonzero(flat_start))
    run_id = np.cumsum(flat_start) - 1
    sizes = np.bincount(run_id[valid.ravel()], minlength=n_runs).astype(np.float64)
    row_of_run = np.flatnonzero(flat_start) // L
    u1 = sizes * (sizes - 1.0)
    c2 = np.bincount(row_of_run, weights=u1, minlength=k)
    c3 = np.bincount(row_of_run, weights=u1 * (sizes - 2.0), minlength=k)
    c5 = np.bincount(row_of_run, weights=u1 * (2.0 * sizes + 5.0), minlength=k)
    return TieSums(c2, c3, c5), s


def row_median_sorted(s: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Median of each row of a row-sorted array whose first ``count`` entries are valid.

    Same arithmetic as :func:`numpy.median`: the middle value, or the mean ``(a + b) / 2``
    of the two middle values.
    """
    lo = np.maximum((count - 1) // 2, 0)
    hi = np.maximum(count // 2, 0)
    hi = np.minimum(hi, s.shape[1] - 1) if s.shape[1] else hi
    if s.shape[1] == 0:
        return np.full(s.shape[0], np.nan)
    a = np.take_along_axis(s, lo[:, None], 1)[:, 0]
    b = np.take_along_axis(s, hi[:, None], 1)[:, 0]
    out = (a + b) / 2.0
    return np.where(count > 0, out, np.nan)


# --------------------------------------------------------------------------- Kendall's S


def _s_short(y: np.ndarray, t: np.ndarray) -> np.ndarray:
    """S of many short rows: loop over the first index ``i`` (not over series) on the
    transposed, contiguous ``(L, k)`` layout, summing ``sgn(y_j − y_i)`` for ``j > i``."""
    k, L = y.shape
    out = np.zeros(k, dtype=np.int64)
    if L < 2:
        return out
    for sl in _row_chunks(k, L * (L - 1) // 2):
        yt = np.ascontiguousarray(y[sl].T)
        acc = np.zeros(yt.shape[1], dtype=np.int32)
        if t.ndim == 1:
            for i in range(L - 1):
                first = i + 1 + int(np.searchsorted(t[i + 1 :], t[i], side="right"))
                if first >= L:
                    continue
                d = yt[first:] - yt[i]
                acc += _sign_sum(d)
        else:
            tt = np.ascontiguousarray(t[sl].T)
            for i in range(L - 1):
                d = yt[i + 1 :] - yt[i]
                later = (tt[i + 1 :] - tt[i]) > 0
                pos = (d > 0) & later
                neg = (d < 0) & later
                acc += pos.view(np.int8).sum(0, dtype=np.int32)
                acc -= neg.view(np.int8).sum(0, dtype=np.int32)
        out[sl] = acc
    return out


def _sign_sum(d: np.ndarray) -> np.ndarray:
    """Column sums of ``sgn(d)`` (NaN counts 0) as int32."""
    return (d > 0).view(np.int8).sum(0, dtype=np.int32) - (d < 0).view(np.int8).sum(
        0, dtype=np.int32
    )


def _run_pairs(sorted_keys: np.ndarray) -> int:
    """Σ u(u−1)/2 over runs of equal consecutive entries of a sorted 1-D array."""
    if sorted_keys.size < 2:
        return 0
    change = np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1], [True])))
    u = np.diff(change).astype(np.int64)
    return int((u * (u - 1) // 2).sum())


def _s_long(t: np.ndarray, y: np.ndarray) -> int:
    """Kendall's S = Σ_{i<j} sgn(t_j − t_i)·sgn(y_j − y_i) of one long series, exact.

    From scipy's :func:`scipy.stats.kendalltau`, whose compiled merge-sort count of
    discordant pairs is ``O(n log n)``: :math:`\\tau_b = S / \\sqrt{(n_0 - n_1)(n_0 - n_2)}`
    with :math:`n_0 = n(n-1)/2` and :math:`n_1, n_2` the pairs tied in ``t`` and in ``y``,
    so :math:`S` is the nearest integer to :math:`\\tau_b \\sqrt{(n_0 - n_1)(n_0 - n_2)}`
    (the float error is far below ½ for any series that fits in memory).
    """
    n = y.size
    n0 = n * (n - 1) // 2
    denominator = (n0 - _run_pairs(np.sort(t))) * (n0 - _run_pairs(np.sort(y)))
    if denominator == 0:  # fewer than two points, or constant in t or in y
        return 0
    tau_b = stats.kendalltau(t, y).statistic
    return round(float(tau_b) * math.sqrt(denominator))


def _compact_row(block: Block, r: int) -> tuple[np.ndarray, np.ndarray]:
    y = block.y[r]
    t = block.t if block.shared_t else block.t[r]
    ok = ~np.isnan(y) & ~np.isnan(t)
    return t[ok], y[ok]


def kendall_s(block: Block) -> np.ndarray:
    """Kendall's S of each row of a block (exact integers, as float64)."""
    k, L = block.y.shape
    if L * (L - 1) // 2 <= PAIR_BUDGET:
        return _s_short(block.y, block.t).astype(np.float64)
    out = np.empty(k)
    for r in range(k):
        out[r] = _s_long(*_compact_row(block, r))
    return out


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
        got: list[np.ndarray] = []
        need = int(m)
        while need > 0:
            i = rng.integers(0, n, 2 * need + 16)
            j = rng.integers(0, n, 2 * need + 16)
            ok = t[i] != t[j]
            i, j = i[ok][:need], j[ok][:need]
            got.append((y[j] - y[i]) / (t[j] - t[i]))
            need -= i.size
        out.extend(got)
    return np.sort(np.concatenate(out)) if out else np.empty(0)


def _select_streaming(
    subseries: Sequence[tuple[np.ndarray, np.ndarray]],
    pair_counts: np.ndarray,
    ranks: np.ndarray,
) -> np.ndarray:
    """Exact order statistics (0-based ``ranks``) of all pair slopes, in bounded memory."""
    total = int(pair_counts.sum())
    if total <= PAIR_BUDGET:
        allv = np.concatenate([*_pair_slopes_iter(subseries), np.empty(0)])
        return np.partition(allv, ranks)[ranks]
    rng = np.random.default_rng(0x5E5)  # the result is exact whatever the sample
    m = 200_000
    sample = _sample_pair_slopes(subseries, pair_counts.astype(np.float64), m, rng)
    ms = sample.size
    q = ranks / total
    margin = 6.0
    for _ in range(3):
        half = margin * np.sqrt(q * (1.0 - q) / ms) + 2.0 / ms
        lo_i = np.floor((q - half) * ms).astype(np.int64)
        hi_i = np.ceil((q + half) * ms).astype(np.int64)
        lo = np.where(lo_i >= 0, sample[np.clip(lo_i, 0, ms - 1)], -np.inf)
        hi = np.where(hi_i < ms, sample[np.clip(hi_i, 0, ms - 1)], np.inf)
        below = np.zeros(ranks.size, dtype=np.int64)
        kept: list[np.ndarray] = []
        for chunk in _pair_slopes_iter(subseries):
            inside = np.zeros(chunk.size, dtype=bool)
            for b in range(ranks.size):
                below[b] += np.count_nonzero(chunk < lo[b])
                inside |= (chunk >= lo[b]) & (chunk <= hi[b])
            kept.append(chunk[inside])
        c = np.sort(np.concatenate(kept))
        first = np.searchsorted(c, lo, side="left")
        count = np.searchsorted(c, hi, side="right") - first
        offset = ranks - below
        if np.all((offset >= 0) & (offset < count)):
            return c[first + offset]
        margin *= 4.0
    allv = np.concatenate(list(_pair_slopes_iter(subseries)))  # pragma: no cover - p < 1e-9
    return np.partition(allv, ranks)[ranks]  # pragma: no cover


def _short_slopes(block: Block, sl: slice) -> np.ndarray:
    """Pair slopes of rows ``sl`` as a ``(P, rows)`` array (one column per row).

    Built on the transposed, contiguous layout with one vectorised step per first index
    ``i`` (not per series).  With a shared (sorted) time axis only the pairs with
    ``t_i < t_j`` are built (``P`` is the same for every row); with per-row times every
    ``i < j`` pair is built and pairs at equal times are NaN.  NaN values give NaN slopes.
    """
    _k, L = block.y.shape
    yt = np.ascontiguousarray(block.y[sl].T)
    rows = yt.shape[1]
    if block.shared_t:
        t = block.t
        firsts = [
            i + 1 + int(np.searchsorted(t[i + 1 :], t[i], side="right")) for i in range(L - 1)
        ]
        total = sum(L - f for f in firsts if f < L)
        out = np.empty((total, rows))
        pos = 0
        for i, first in enumerate(firsts):
            if first >= L:
                continue
            view = out[pos : pos + L - first]
            np.subtract(yt[first:], yt[i], out=view)
            view /= (t[first:] - t[i])[:, None]
            pos += L - first
        return out
    tt = np.ascontiguousarray(block.t[sl].T)
    out = np.empty((L * (L - 1) // 2, rows))
    pos = 0
    for i in range(L - 1):
        view = out[pos : pos + L - 1 - i]
        dt = tt[i + 1 :] - tt[i]
        np.subtract(yt[i + 1 :], yt[i], out=view)
        with np.errstate(invalid="ignore", divide="ignore"):
            view /= dt
        view[~(dt > 0)] = np.nan
        pos += L - 1 - i
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
    ``sigma`` only the median is computed.
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
    if per_row * pool <= PAIR_BUDGET:
        if L < 2:
            return SlopeStats(med, low, high, n_pairs)
        for sl in _row_chunks(k, per_row * pool, multiple=pool):
            cols = _short_slopes(block, sl)  # (P, rows), NaN for invalid pairs
            gs = slice(sl.start // pool, sl.stop // pool)
            if pool == 1:
                srt = np.sort(cols, axis=0)  # each column sorted, NaN last
            else:
                srt = np.sort(cols.T.reshape(-1, cols.shape[0] * pool), axis=1).T
            width = srt.shape[0]
            if width == 0:
                continue
            col = np.arange(srt.shape[1])
            cnt = n_pairs[gs]
            lo_i = np.clip((cnt - 1) // 2, 0, width - 1)
            hi_i = np.clip(cnt // 2, 0, width - 1)
            med[gs] = np.where(cnt > 0, (srt[lo_i, col] + srt[hi_i, col]) / 2.0, np.nan)
            if sigma is not None:
                lo_v = srt[np.clip(rl[gs], 0, width - 1), col]
                hi_v = srt[np.clip(ru[gs], 0, width - 1), col]
                low[gs] = np.where(ci_ok[gs], lo_v, np.nan)
                high[gs] = np.where(ci_ok[gs], hi_v, np.nan)
        return SlopeStats(med, low, high, n_pairs)
    for gi in range(g):
        total = int(n_pairs[gi])
        if total == 0:
            continue
        rows = range(gi * pool, (gi + 1) * pool)
        subs = [_compact_row(block, r) for r in rows]
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
