r"""Optional compiled kernels (numba) for many short series on a shared time axis.

The numpy kernels of :mod:`._kernels` are the default and the reference.  When
`numba <https://numba.pydata.org>`_ is installed (``pip install "envindicators[numba]"``,
also in the ``bench`` extra) and the work is large enough to repay loading the compiled
code, the two hot paths of many short series on one shared, strictly increasing time
axis — the common station-network and grid case — run instead as fused compiled loops,
``parallel`` over series (``prange`` over chunks of rows, one scratch buffer per chunk, no
``(k, pairs)`` temporaries):

* :func:`kendall_rows`: per series, in one pass over its valid values, Kendall's ``S``
  (the sign sum over pairs), an insertion sort of the values (its cost is bounded by the
  pairs already visited), the tie terms ``Σu(u−1)``, ``Σu(u−1)(u−2)``, ``Σu(u−1)(2u+5)``
  from the sorted runs, and the sorted values and times for the Conover intercept;
* :func:`sen_rows`: per series, the ``n(n−1)/2`` pair slopes ``(y_j − y_i)/(t_j − t_i)``
  into the chunk's buffer and the wanted order statistics (median, Sen's confidence
  ranks) by selection (Wirth 1976, *Algorithms + Data Structures = Programs*, §2.3.4:
  partition around ``a[k]`` until ``k`` is fixed, ``O(P)`` expected), not a sort — for
  rows of more than :data:`._kernels.SORT_MAX_WIDTH` pairs only: on narrower rows the numpy
  kernel's vectorised row sort is faster.

Both compute exactly what the numpy kernels compute — the same integer counts and the
same floating-point operations on the same operands — so the results are identical (the
test suite checks it with hypothesis when numba is installed).  ``ENVINDICATORS_NUMBA=0``
in the environment keeps the numpy kernels even when numba is installed.  The compiled
code is cached on disk (``cache=True``); the first call in a fresh environment compiles
it (a few seconds), which is why small inputs (fewer than :data:`MIN_PAIR_WORK` pair
evaluations) never use it.
"""

from __future__ import annotations

import importlib.util
import os
from types import ModuleType

import numpy as np

__all__ = ["MIN_PAIR_WORK", "enabled", "kernels", "worth_it"]

#: Below this many pair evaluations (series × pairs per series) the numpy kernels are used:
#: loading the compiled code costs more than it saves.
MIN_PAIR_WORK = 1 << 21

_module: ModuleType | None = None


def enabled() -> bool:
    """True when numba is importable and not switched off by ``ENVINDICATORS_NUMBA=0``."""
    if os.environ.get("ENVINDICATORS_NUMBA", "1").strip().lower() in ("0", "false", "no", "off"):
        return False
    return importlib.util.find_spec("numba") is not None


def worth_it(k: int, L: int) -> bool:
    """Whether ``k`` series of ``L`` points are enough work for the compiled kernels."""
    return k * (L * (L - 1) // 2) >= MIN_PAIR_WORK and enabled()


def kernels() -> ModuleType:
    """The module of compiled kernels (numba is imported on first use only)."""
    global _module
    if _module is None:
        from envindicators.analytics.trends import _numba_kernels

        _module = _numba_kernels
    return _module


def shared_axis_ok(t: np.ndarray) -> bool:
    """The kernels' precondition: a shared, strictly increasing time axis."""
    return t.ndim == 1 and bool(np.all(np.diff(t) > 0))
