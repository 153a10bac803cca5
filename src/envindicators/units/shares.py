"""Explicit arithmetic between shares (%), percentage points (百分点) and relative changes.

The three operations that reports mix up, each stated once:

* share difference, in percentage points:  :math:`d = 100\\,(s_1 - s_0)` 百分点 for shares
  :math:`s` as fractions (``配套率由54%提高到78%, 提高了24个百分点``);
* adding points to a share:  :math:`s_1 = s_0 + d/100`;
* relative change, in percent:  :math:`r = 100\\,(x_1 - x_0)/x_0` % (``同比下降2.6%``).

All functions accept scalar or array magnitudes and work on quantities of any registry.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pint

from envindicators.errors import UndefinedChangeError

__all__ = [
    "RELATIVE_BASE_RULE",
    "add_points",
    "relative_change",
    "share_difference",
    "undefined_relative_base",
]

PERCENTAGE_POINT = "percentage_point"

#: The rule, stated once for the library (:func:`relative_change`, the model's relative
#: targets): a relative change is defined only from a base > 0.
RELATIVE_BASE_RULE = "a relative change of a base ≤ 0 is undefined (−10 → −20 is '+100 %')"


def undefined_relative_base(base: npt.ArrayLike) -> npt.NDArray[np.bool_]:
    """Where a relative change from ``base`` is undefined: ``base ≤ 0`` (RELATIVE_BASE_RULE).

    Parameters
    ----------
    base : array_like of float
        Base values (magnitudes in any one unit).

    Returns
    -------
    numpy.ndarray of bool
        True where the base is ≤ 0; False where it is > 0 or NaN (a missing base is missing,
        not undefined).

    Examples
    --------
    >>> from envindicators.units import undefined_relative_base
    >>> undefined_relative_base([10.0, 0.0, -5.0, float("nan")]).tolist()
    [False, True, True, False]
    """
    with np.errstate(invalid="ignore"):
        return np.asarray(np.asarray(base, dtype=float) <= 0)


def _require_share(q: Any, name: str) -> pint.Quantity:
    if not isinstance(q, pint.Quantity):
        raise TypeError(
            f"{name} must be a pint Quantity in a share unit such as '%' "
            f"(a bare number is ambiguous between 0.745 and 74.5 %), got {q!r}"
        )
    if not q.dimensionless:
        raise pint.DimensionalityError(q.units, "percent", extra_msg=f" ({name} is not a share)")
    return q


def share_difference(new: pint.Quantity, old: pint.Quantity) -> pint.Quantity:
    """Absolute difference of two shares, in percentage points.

    .. math:: d = 100\\,(s_\\mathrm{new} - s_\\mathrm{old}) \\quad [\\text{百分点}]

    Parameters
    ----------
    new, old:
        Shares as dimensionless quantities (``%``, ``‰`` or plain fractions).

    Returns
    -------
    pint.Quantity
        In ``percentage_point`` (百分点).

    Examples
    --------
    >>> from envindicators.units import Quantity, share_difference
    >>> share_difference(Quantity(78, "%"), Quantity(54, "%"))
    <Quantity(24, 'percentage_point')>
    """
    new = _require_share(new, "new")
    old = _require_share(old, "old")
    points = (new - old).to("percent").magnitude
    return new._REGISTRY.Quantity(points, PERCENTAGE_POINT)


def add_points(share: pint.Quantity, points: pint.Quantity) -> pint.Quantity:
    """Apply a change in percentage points to a share: :math:`s + d/100`.

    Parameters
    ----------
    share:
        Dimensionless share (``%``).
    points:
        Quantity in 百分点.

    Returns
    -------
    pint.Quantity
        The new share, in ``percent``.

    Examples
    --------
    >>> from envindicators.units import Quantity, add_points
    >>> add_points(Quantity(72.1, "%"), Quantity(2.4, "百分点")).to("%").magnitude
    74.5
    """
    share = _require_share(share, "share")
    if not isinstance(points, pint.Quantity) or points.dimensionality != {"[percentage_point]": 1}:
        raise pint.DimensionalityError(
            getattr(points, "units", type(points).__name__),
            PERCENTAGE_POINT,
            extra_msg=" (points must be in 百分点)",
        )
    reg = share._REGISTRY
    total = share.to("percent").magnitude + points.to(PERCENTAGE_POINT).magnitude
    return reg.Quantity(total, "percent")


def relative_change(new: pint.Quantity, old: pint.Quantity) -> pint.Quantity:
    """Relative change from ``old`` to ``new``, in percent.

    .. math:: r = 100\\,\\frac{x_\\mathrm{new} - x_\\mathrm{old}}{x_\\mathrm{old}} \\quad [\\%]

    Parameters
    ----------
    new : pint.Quantity
        The later value(s), scalar or array.
    old : pint.Quantity
        The base value(s), of the same dimensionality as ``new``; each must be > 0 (or NaN,
        which gives NaN).

    Returns
    -------
    pint.Quantity
        The relative change in ``percent`` (scalar or array like the inputs).

    Raises
    ------
    UndefinedChangeError
        If a base is ≤ 0: the relative change is undefined there (−10 → −20 would read as
        "+100 %"); state the change as an absolute difference instead.
    pint.DimensionalityError
        If ``new`` and ``old`` have different dimensionalities.

    Examples
    --------
    >>> from envindicators.units import Quantity, relative_change
    >>> round(relative_change(Quantity(38, "µg/m3"), Quantity(39, "µg/m3")).magnitude, 3)
    -2.564
    """
    old_m = np.asarray(old.to(new.units).magnitude, dtype=float)
    new_m = np.asarray(new.magnitude, dtype=float)
    bad = undefined_relative_base(old_m)
    if bad.any():
        where = "" if old_m.ndim == 0 else f" at position {int(np.flatnonzero(bad)[0])}"
        first = old_m[bad].flat[0]
        raise UndefinedChangeError(
            f"base {first:g} {old.units:~}{where}: {RELATIVE_BASE_RULE}; "
            "use the absolute difference (new - old) instead"
        )
    r = 100.0 * (new_m - old_m) / old_m
    return new._REGISTRY.Quantity(r.item() if r.ndim == 0 else r, "percent")
