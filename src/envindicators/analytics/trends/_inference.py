"""What the trend tests share (private): significance-level checks, normal tails and p-values,
trend labels, the seasonal panel and the many-series result frame."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

import numpy as np
import pandas as pd
from scipy import special

from envindicators.analytics.trends._panel import Panel, as_panel
from envindicators.errors import InsufficientDataError, TrendError

__all__ = [
    "DECREASING",
    "INCREASING",
    "NO_TREND",
    "UNDETERMINED",
    "check_alpha",
    "continuity_z",
    "frame",
    "insufficient",
    "normal_critical",
    "seasonal_panel",
    "trend_codes",
    "trend_labels",
    "two_sided_p",
]

INCREASING = "increasing"
DECREASING = "decreasing"
NO_TREND = "no trend"


def check_alpha(alpha: float) -> float:
    """Validate a significance level ``0 < alpha < 1``."""
    if isinstance(alpha, bool) or not isinstance(alpha, int | float | np.floating):
        raise TrendError(f"alpha must be a number in (0, 1), got {alpha!r}")
    if not 0.0 < float(alpha) < 1.0:
        raise TrendError(f"alpha must be in (0, 1) (e.g. 0.05 for 95 % intervals), got {alpha}")
    return float(alpha)


def normal_critical(alpha: float) -> float:
    """``Φ⁻¹(1 − α/2)``: :func:`scipy.special.ndtri`, which :func:`scipy.stats.norm.ppf`
    calls (the same value, without the distribution machinery's per-call cost)."""
    return float(special.ndtri(1.0 - alpha / 2.0))


def continuity_z(s: np.ndarray, var_s: np.ndarray) -> np.ndarray:
    """Mann–Kendall ``Z`` with continuity correction.

    ``Z = (S − 1)/√Var(S)`` for ``S > 0``, ``0`` for ``S = 0``, ``(S + 1)/√Var(S)`` for
    ``S < 0``.  A non-positive variance with ``S ≠ 0`` (possible only after an
    autocorrelation correction) gives NaN.
    """
    with np.errstate(invalid="ignore", divide="ignore"):
        sd = np.sqrt(np.where(var_s > 0, var_s, np.nan))
        z = np.where(s > 0, (s - 1.0) / sd, np.where(s < 0, (s + 1.0) / sd, 0.0))
    return np.where(np.isnan(s), np.nan, z)


def two_sided_p(z: np.ndarray) -> np.ndarray:
    """Two-sided normal p-value ``2·(1 − Φ(|Z|))`` computed as ``2·Φ(−|Z|)`` (no cancellation)."""
    return 2.0 * special.ndtr(-np.abs(z))


UNDETERMINED = "undetermined"


#: The labels by code (0 increasing, 1 decreasing, 2 no trend, 3 undetermined).
_LABELS = np.array([INCREASING, DECREASING, NO_TREND, UNDETERMINED], dtype=object)
#: Built once: ``Categorical.from_codes`` with a ready dtype costs µs, with categories 0.1 ms.
_LABEL_DTYPE = pd.CategoricalDtype(_LABELS)


def trend_codes(z: np.ndarray, h: np.ndarray) -> pd.Categorical:
    """:func:`trend_labels` as a :class:`pandas.Categorical` (codes into the four labels),
    which :func:`frame` turns into its string column without looking at every row."""
    return pd.Categorical.from_codes(_codes(z, h), dtype=_LABEL_DTYPE)


def _codes(z: np.ndarray, h: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=np.float64)
    h = np.asarray(h, dtype=bool)
    codes = np.full(z.shape, 2, dtype=np.int8)
    codes[h & (z > 0)] = 0
    codes[h & (z < 0)] = 1
    codes[np.isnan(z)] = 3
    return codes


def trend_labels(z: np.ndarray, h: np.ndarray) -> np.ndarray:
    """ "increasing"/"decreasing" when significant, "no trend" otherwise, "undetermined"
    where ``Z`` is NaN (a non-positive autocorrelation-corrected variance)."""
    return _LABELS[_codes(z, h)]


def insufficient(what: str, minimum: int, got: int, detail: str = "") -> InsufficientDataError:
    return InsufficientDataError(
        f"{what} needs at least {minimum} valid (non-NaN) points{detail}; the series has {got}"
    )


def seasonal_panel(
    y: object,
    t: object,
    *,
    seasonal: bool,
    period: int,
    season: object,
    value: str,
    time: str | None,
    by: Hashable | Sequence[Hashable] | None,
    order_only: bool = False,
) -> Panel:
    """:func:`as_panel` for a function with a seasonal method: season codes (the labels
    ``season``, else derived with ``period``) only when ``seasonal``; ``season`` without
    it is an error."""
    if season is not None and not seasonal:
        raise TrendError("season= is only used with the seasonal methods")
    return as_panel(
        y,
        t,
        value=value,
        time=time,
        by=by,
        period=period if seasonal and season is None else None,
        season=season if seasonal else None,
        order_only=order_only,
    )


def frame(
    panel: Panel,
    columns: Mapping[str, np.ndarray | pd.Categorical],
    *,
    ok: np.ndarray,
    attrs: Mapping[str, object],
    int_columns: tuple[str, ...] = ("n",),
    bool_columns: tuple[str, ...] = (),
    str_columns: tuple[str, ...] = (),
    keep_columns: tuple[str, ...] = (),
) -> pd.DataFrame:
    """Many-series output: one row per series, NaN/NA where the series had too few points
    (except ``keep_columns``, inputs such as the prediction time, kept as given)."""
    data: dict[str, object] = {}
    ok = np.asarray(ok, dtype=bool)
    for name, values in columns.items():
        v = values if isinstance(values, pd.Categorical) else np.asarray(values)
        if name in keep_columns:
            data[name] = v
        elif name in int_columns:
            data[name] = v.astype(np.int64)
        elif name in bool_columns:
            data[name] = pd.arrays.BooleanArray(v.astype(bool), ~ok)
        elif name in str_columns:
            # few distinct labels: convert those, then take (no per-row validation)
            if isinstance(values, pd.Categorical):
                codes, uniques = values.codes.astype(np.intp), values.categories
            else:
                codes, uniques = pd.factorize(v.astype(object, copy=False), use_na_sentinel=True)
            codes[~ok] = -1
            labels = pd.array(np.asarray(uniques, dtype=object), dtype="string")
            data[name] = labels.take(codes, allow_fill=True)
        else:
            f = v.astype(np.float64, copy=False)
            data[name] = f if ok.all() else np.where(ok, f, np.nan)  # the frame copies it
    out = pd.DataFrame(data, index=panel.index)
    out.attrs.update(attrs)
    return out
