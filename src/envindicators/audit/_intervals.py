"""Closed-interval arithmetic on numpy arrays (private).

Every function takes and returns ``(low, high)`` pairs of float arrays (or scalars) that
broadcast together; ``±inf`` bounds are allowed (one-sided figures such as ``90%以上``).
The results are the tightest intervals containing every value the operation can take on
its inputs (Moore, *Interval Analysis*, 1966):

.. math::

    [a] + [b] = [a_l + b_l,\\ a_h + b_h] \\qquad [a] - [b] = [a_l - b_h,\\ a_h - b_l]

    [a]\\cdot[b] = [\\min P,\\ \\max P],\\quad P = \\{a_l b_l, a_l b_h, a_h b_l, a_h b_h\\}

    [a] / [b] = [a] \\cdot [1/b_h,\\ 1/b_l] \\quad (0 \\notin [b]),
    \\text{ else } (-\\infty, +\\infty)

with :math:`0 \\cdot \\infty = 0` inside products (a bound of zero times an unbounded one).
"""

from __future__ import annotations

import numpy as np

Pair = tuple[np.ndarray, np.ndarray]


def _arr(x: object) -> np.ndarray:
    return np.asarray(x, dtype=float)


def add(a_lo: object, a_hi: object, b_lo: object, b_hi: object) -> Pair:
    """:math:`[a] + [b]`."""
    return _arr(a_lo) + _arr(b_lo), _arr(a_hi) + _arr(b_hi)


def sub(a_lo: object, a_hi: object, b_lo: object, b_hi: object) -> Pair:
    """:math:`[a] - [b]`."""
    return _arr(a_lo) - _arr(b_hi), _arr(a_hi) - _arr(b_lo)


def mul(a_lo: object, a_hi: object, b_lo: object, b_hi: object) -> Pair:
    """:math:`[a] \\cdot [b]` (with :math:`0 \\cdot \\infty = 0`)."""
    al, ah, bl, bh = _arr(a_lo), _arr(a_hi), _arr(b_lo), _arr(b_hi)
    with np.errstate(invalid="ignore", over="ignore"):
        p = np.stack(np.broadcast_arrays(al * bl, al * bh, ah * bl, ah * bh))
    p = np.where(np.isnan(p), 0.0, p)
    return p.min(axis=0), p.max(axis=0)


def div(a_lo: object, a_hi: object, b_lo: object, b_hi: object) -> Pair:
    """:math:`[a] / [b]`; unbounded where the divisor interval contains zero."""
    bl, bh = _arr(b_lo), _arr(b_hi)
    zero = (bl <= 0.0) & (bh >= 0.0)
    with np.errstate(divide="ignore", over="ignore"):
        r_lo = np.where(zero, -np.inf, 1.0 / np.where(zero, 1.0, bh))
        r_hi = np.where(zero, np.inf, 1.0 / np.where(zero, 1.0, bl))
    lo, hi = mul(a_lo, a_hi, r_lo, r_hi)
    return np.where(zero, -np.inf, lo), np.where(zero, np.inf, hi)


def scale(lo: object, hi: object, factor: object) -> Pair:
    """:math:`f \\cdot [a]` for a point factor (sign-aware)."""
    f = _arr(factor)
    a, b = _arr(lo) * f, _arr(hi) * f
    return np.minimum(a, b), np.maximum(a, b)


#: Relative slack of the overlap test, for floating-point rounding only (never a tolerance).
RTOL = 1e-9


def overlap(a_lo: object, a_hi: object, b_lo: object, b_hi: object) -> np.ndarray:
    """Do the closed intervals :math:`[a]` and :math:`[b]` intersect?

    :math:`\\max(a_l, b_l) \\le \\min(a_h, b_h)`, up to :data:`RTOL` of the magnitudes
    involved (so that ``2.57 − 3.86`` meets ``−1.29``).  NaN bounds give False.
    """
    al, ah, bl, bh = _arr(a_lo), _arr(a_hi), _arr(b_lo), _arr(b_hi)
    lo = np.maximum(al, bl)
    hi = np.minimum(ah, bh)
    finite = np.stack(np.broadcast_arrays(al, ah, bl, bh))
    mag = np.nanmax(np.where(np.isfinite(finite), np.abs(finite), 0.0), axis=0)
    with np.errstate(invalid="ignore"):
        return np.asarray(lo <= hi + RTOL * (1.0 + mag))
