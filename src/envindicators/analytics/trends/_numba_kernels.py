"""The compiled kernels of :mod:`._numba` (imports numba; loaded on first use only)."""

from __future__ import annotations

import numba
import numpy as np

__all__ = ["kendall_rows", "sen_rows"]

#: Rows are processed in this many chunks per thread (load balance on uneven rows).
_CHUNKS_PER_THREAD = 8


def _n_chunks(k: int) -> int:
    return max(1, min(k, _CHUNKS_PER_THREAD * numba.get_num_threads()))


@numba.njit(cache=True, nogil=True)
def _kth(a: np.ndarray, lo: int, hi: int, k: int) -> float:  # pragma: no cover - compiled
    """The ``k``-th smallest (0-based) of ``a``, by Wirth's selection in ``a[lo:hi + 1]``
    (reorders it), given that ``a[:lo] ≤ a[lo:hi + 1] ≤ a[hi + 1:]``."""
    while lo < hi:
        x = a[k]
        i = lo
        j = hi
        while True:
            while a[i] < x:
                i += 1
            while x < a[j]:
                j -= 1
            if i <= j:
                tmp = a[i]
                a[i] = a[j]
                a[j] = tmp
                i += 1
                j -= 1
            if i > j:
                break
        if j < k:
            lo = i
        if k < i:
            hi = j
    return a[k]


@numba.njit(cache=True, parallel=True)
def _kendall_rows(
    y: np.ndarray, t: np.ndarray, with_s: bool, n_chunks: int
) -> tuple[np.ndarray, ...]:  # pragma: no cover - compiled
    k, L = y.shape
    n_out = np.zeros(k)
    s_out = np.zeros(k)
    c2 = np.zeros(k)
    c3 = np.zeros(k)
    c5 = np.zeros(k)
    ys = np.full((k, L), np.nan)
    ts = np.full((k, L), np.nan)
    size = (k + n_chunks - 1) // n_chunks
    for c in numba.prange(n_chunks):
        v = np.empty(L)
        for r in range(c * size, min(k, (c + 1) * size)):
            m = 0
            acc = 0
            for p in range(L):
                x = y[r, p]
                if x != x:  # NaN: missing
                    continue
                if with_s:  # S: signs against the earlier valid values (time order)
                    for q in range(m):
                        if x > v[q]:
                            acc += 1
                        elif x < v[q]:
                            acc -= 1
                ts[r, m] = t[p]
                v[m] = x
                m += 1
            # the values ascending (insertion sort: at most the pairs just visited)
            for i in range(1, m):
                x = v[i]
                j = i - 1
                while j >= 0 and v[j] > x:
                    v[j + 1] = v[j]
                    j -= 1
                v[j + 1] = x
            a2 = 0.0
            a3 = 0.0
            a5 = 0.0
            run = 1
            for i in range(m):
                ys[r, i] = v[i]
                if i + 1 < m and v[i + 1] == v[i]:
                    run += 1
                else:
                    u = float(run)
                    u1 = u * (u - 1.0)
                    a2 += u1
                    a3 += u1 * (u - 2.0)
                    a5 += u1 * (2.0 * u + 5.0)
                    run = 1
            n_out[r] = m
            s_out[r] = acc if with_s else np.nan
            c2[r] = a2
            c3[r] = a3
            c5[r] = a5
    return n_out, s_out, c2, c3, c5, ys, ts


def kendall_rows(y: np.ndarray, t: np.ndarray, *, with_s: bool = True) -> tuple[np.ndarray, ...]:
    """``n``, ``S``, the tie terms ``c2, c3, c5`` of ``y`` and the row-sorted values and
    times (NaN last) of every row of ``y`` (NaN = missing) on the shared, strictly
    increasing time axis ``t`` — what :func:`._kernels.rank_rows` and
    :func:`._kernels.kendall_s` give, in one compiled pass per row (``S`` NaN without
    ``with_s``)."""
    y = np.ascontiguousarray(y, dtype=np.float64)
    t = np.ascontiguousarray(t, dtype=np.float64)
    return _kendall_rows(y, t, with_s, _n_chunks(y.shape[0]))


@numba.njit(cache=True, parallel=True)
def _sen_rows(
    y: np.ndarray,
    t: np.ndarray,
    n_pairs: np.ndarray,
    rl: np.ndarray,
    ru: np.ndarray,
    ci_ok: np.ndarray,
    with_ci: bool,
    n_chunks: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # pragma: no cover - compiled
    k, L = y.shape
    med = np.full(k, np.nan)
    low = np.full(k, np.nan)
    high = np.full(k, np.nan)
    size = (k + n_chunks - 1) // n_chunks
    for c in numba.prange(n_chunks):
        buf = np.empty(max(1, L * (L - 1) // 2))
        vy = np.empty(L)
        vt = np.empty(L)
        for r in range(c * size, min(k, (c + 1) * size)):
            m = 0
            for p in range(L):
                x = y[r, p]
                if x == x:
                    vy[m] = x
                    vt[m] = t[p]
                    m += 1
            P = 0
            for i in range(m - 1):
                for j in range(i + 1, m):
                    buf[P] = (vy[j] - vy[i]) / (vt[j] - vt[i])
                    P += 1
            cnt = n_pairs[r]
            if cnt <= 0 or P == 0:
                continue
            # after selecting rank m1, a[:m1] ≤ a[m1] ≤ a[m1 + 1:]: every later rank is
            # selected within its side only
            m1 = min((cnt - 1) // 2, P - 1)
            a = _kth(buf, 0, P - 1, m1)
            b = a
            m2 = min(cnt // 2, P - 1)
            if m2 > m1:  # even count: the smallest value above the lower middle
                b = buf[m1 + 1]
                for q in range(m1 + 2, P):
                    if buf[q] < b:
                        b = buf[q]
            med[r] = (a + b) / 2.0
            if with_ci and ci_ok[r]:
                q_lo = min(max(rl[r], 0), P - 1)
                q_hi = min(max(ru[r], 0), P - 1)
                low[r] = _side_kth(buf, P, m1, q_lo)
                high[r] = _side_kth(buf, P, m1, q_hi)
    return med, low, high


@numba.njit(cache=True, nogil=True)
def _side_kth(a: np.ndarray, m: int, pivot: int, k: int) -> float:  # pragma: no cover
    """``k``-th smallest of ``a[:m]`` already partitioned around rank ``pivot``."""
    if k < pivot:
        return _kth(a, 0, pivot - 1, k)
    if k > pivot:
        return _kth(a, pivot + 1, m - 1, k)
    return a[pivot]


def sen_rows(
    y: np.ndarray,
    t: np.ndarray,
    n_pairs: np.ndarray,
    ci: tuple[np.ndarray, np.ndarray, np.ndarray] | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Median and (with ``ci = (Rl, Ru, ok)`` from :func:`._kernels.sen_ci_ranks`) the
    confidence limits of the pair slopes of every row of ``y`` (NaN = missing) on the
    shared, strictly increasing time axis ``t``; NaN where undefined."""
    y = np.ascontiguousarray(y, dtype=np.float64)
    t = np.ascontiguousarray(t, dtype=np.float64)
    k = y.shape[0]
    counts = np.asarray(n_pairs, dtype=np.int64)
    if ci is None:
        zeros = np.zeros(k, dtype=np.int64)
        rl, ru, ok, with_ci = zeros, zeros, np.zeros(k, dtype=np.bool_), False
    else:
        rl = np.asarray(ci[0], dtype=np.int64)
        ru = np.asarray(ci[1], dtype=np.int64)
        ok = np.asarray(ci[2], dtype=np.bool_)
        with_ci = True
    return _sen_rows(y, t, counts, rl, ru, ok, with_ci, _n_chunks(k))
