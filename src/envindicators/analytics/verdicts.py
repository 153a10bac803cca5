"""Verdicts on targets: met, not yet met before the deadline, not met, not comparable.

A gap says how far an observation is from a target; a *verdict* also says whether the
comparison can be final.  An observation dated before the target's deadline that does not
meet the target is only **not yet met** — the target can still be reached — while one
dated at or after the deadline that does not meet it is **not met**.

==================================  ============================================================
verdict                             rule
==================================  ============================================================
``met``                             the paired observation meets the target (any date)
``not yet met (before deadline)``   it does not, and its period ends before the deadline
``not met``                         it does not, and its period ends at or after the deadline
                                    (or the target has no deadline)
``not comparable``                  the pair cannot be compared (``met`` is NA: a level
                                    target against a change without a base value …)
``no observation``                  nothing pairs with the target
==================================  ============================================================

The pairing rule is :func:`envindicators.analytics.pair_observations` (a quota for a period
is never paired with a flow of another period).  :func:`target_verdicts` applies the rule
to any frame; the report renders it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["TARGET_VERDICT", "TARGET_VERDICTS", "target_verdicts"]

#: The verdicts, in display order.
TARGET_VERDICTS: tuple[str, ...] = (
    "met",
    "not yet met (before deadline)",
    "not met",
    "not comparable",
    "no observation",
)
#: Categorical dtype of :func:`target_verdicts`.
TARGET_VERDICT = pd.CategoricalDtype(list(TARGET_VERDICTS))


def _dates(x: Any, n: int) -> np.ndarray:
    if isinstance(x, pd.Series | pd.Index):
        return pd.to_datetime(x).to_numpy(dtype="datetime64[D]")
    arr = np.asarray(pd.to_datetime(np.atleast_1d(np.asarray(x, dtype=object))))
    return np.broadcast_to(arr.astype("datetime64[D]"), (n,))


def target_verdicts(
    met: Any, observed_at: Any, deadline: Any, paired: Any = True
) -> pd.Categorical:
    """The verdict of each target from its gap result (see the module table).

    Parameters
    ----------
    met : array-like of bool
        Whether the paired observation meets the target (``gap(...)["met"]``; NA when
        the pair is not comparable).
    observed_at : array-like of dates
        End of the observation's period (``period_end``).
    deadline : array-like of dates
        The target's deadline (NaT: none).
    paired : array-like of bool, default True
        False for targets that have no observation.

    Returns
    -------
    pandas.Categorical
        Of :data:`TARGET_VERDICT`, one per element.

    Examples
    --------
    >>> v = target_verdicts([True, False, False, None], ["2017-12-31", "2017-12-31",
    ...                     "2020-12-31", "2017-12-31"], "2020-12-31")
    >>> list(v)
    ['met', 'not yet met (before deadline)', 'not met', 'not comparable']
    """
    m = pd.array(np.atleast_1d(np.asarray(met, dtype=object)), dtype="boolean")
    n = len(m)
    at = _dates(observed_at, n)
    dl = _dates(deadline, n)
    p = np.broadcast_to(np.asarray(paired, dtype=bool), (n,))
    unknown = m.isna()
    is_met = m.fillna(False).to_numpy(dtype=bool)
    early = ~np.isnat(at) & ~np.isnat(dl) & (at < dl)
    codes = np.select(
        [~p, unknown, is_met, early],
        [4, 3, 0, 1],
        default=2,
    )
    return pd.Categorical.from_codes(codes, dtype=TARGET_VERDICT)
