"""Magnitudes in a standard's unit from numbers, pint quantities or pint-pandas columns."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
import pandas as pd
import pint

from envindicators.errors import UnitMismatchError
from envindicators.units import ureg

__all__ = ["factor", "magnitudes"]


@functools.lru_cache(maxsize=256)
def _factor(src: str, dst: str) -> float:
    return float(ureg.Quantity(1.0, src).to(dst).magnitude)


def factor(src: str, dst: str, *, what: str) -> float:
    """Multiplicative factor from ``src`` to ``dst`` (linear units only).

    Raises
    ------
    UnitMismatchError
        ``src`` is unknown or not convertible to ``dst``; the message says what ``what``
        is measured in.
    """
    try:
        return _factor(str(src), str(dst))
    except pint.DimensionalityError:
        hint = ""
        if "ppm" in str(src) or "ppb" in str(src) or "mol" in str(src):
            hint = (
                "; a mixing ratio needs temperature and pressure to become a mass "
                "concentration — convert it first (GB 3095 since the 2018 amendment: "
                "298.15 K, 1013.25 hPa for gases)"
            )
        raise UnitMismatchError(
            "unit", src, f"{what} is a concentration in {dst}, not convertible from {src}{hint}"
        ) from None
    except (pint.UndefinedUnitError, ValueError, AttributeError) as e:
        raise UnitMismatchError("unit", src, f"unknown unit for {what} ({e})") from None


def magnitudes(values: Any, dst: str, *, unit: str | None = None, what: str) -> Any:
    """``values`` as float magnitudes in ``dst``.

    ``values`` may be numbers (in ``unit``, default ``dst``), a :class:`pint.Quantity`
    (scalar or array), a pandas Series (plain, or of pint-pandas dtype — its unit is used)
    or an xarray DataArray (numbers; its ``attrs["units"]`` is used when ``unit`` is not
    given).  A Series comes back as a float64 Series with the same index, a DataArray as a
    DataArray, anything else as a float64 numpy array.
    """
    if isinstance(values, pint.Quantity):
        src = str(values.units)
        mag = np.asarray(values.magnitude, dtype=float)
        return mag * factor(src, dst, what=what)
    if isinstance(values, pd.Series):
        dtype_units = getattr(values.dtype, "units", None)
        if dtype_units is not None:  # pint-pandas PintArray
            src = str(dtype_units)
            mag = np.asarray(values.array.quantity.magnitude, dtype=float)
            return pd.Series(
                mag * factor(src, dst, what=what), index=values.index, name=values.name
            )
        try:
            arr = pd.to_numeric(values, errors="raise").to_numpy(dtype=float, na_value=np.nan)
        except (ValueError, TypeError):
            bad = values[pd.to_numeric(values, errors="coerce").isna() & values.notna()]
            raise ValueError(
                f"{what}: {bad.iloc[0]!r} (row {bad.index[0]!r}) is not a number; parse "
                "written figures first (envindicators.units.normalize)"
            ) from None
        f = 1.0 if unit is None else factor(unit, dst, what=what)
        return pd.Series(arr * f if f != 1.0 else arr, index=values.index, name=values.name)
    if type(values).__module__.startswith("xarray"):
        src = unit or values.attrs.get("units")
        f = 1.0 if src is None else factor(str(src), dst, what=what)
        out = values.astype(float) * f if f != 1.0 else values.astype(float)
        out.attrs = {**values.attrs, "units": dst}
        return out
    arr = np.asarray(values, dtype=float)
    f = 1.0 if unit is None else factor(unit, dst, what=what)
    return arr * f if f != 1.0 else arr
