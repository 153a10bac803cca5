"""Trends of gridded fields and station networks held in xarray, along a named dimension.

Every function takes a :class:`xarray.DataArray` (any number of dimensions, e.g.
``(time, lat, lon)`` or ``(station, time)``) or a :class:`xarray.Dataset`, and a dimension
``dim`` (default ``"time"``) along which each series runs.  It returns a
:class:`xarray.Dataset` with one variable per statistic, on the input's other dimensions
and coordinates, with the input's attributes.  For a Dataset every data variable that has
``dim`` is processed and its statistics are named ``"<variable>_<statistic>"``.

Time axis
    The coordinate of ``dim`` is the time axis, as for the pandas functions: datetimes
    (``datetime64`` or cftime-free pandas-compatible values) become decimal years, numbers
    (e.g. years ``2015, 2016, …``) are used as given — so **slopes are per year** for a
    yearly or datetime coordinate, not per step.  Only a dimension without a coordinate
    falls back to positions ``0..n−1`` (per step).
Lazy evaluation
    A dask-backed input stays lazy: the statistics are computed by
    :func:`xarray.apply_ufunc` with ``dask="parallelized"``, one task per chunk of the
    other dimensions, each chunk running the vectorised kernels on all its series at once.
    The time dimension must be a single chunk (each series is needed whole):
    ``da.chunk({"time": -1})``; otherwise :class:`~envindicators.errors.TrendError` says
    so before any computation.
Statistics
    The numeric columns of the many-series functions of
    :mod:`envindicators.analytics.trends`.  The boolean ``h`` becomes ``1.0``/``0.0``
    (NaN where the series is too short) and the text ``trend`` label becomes
    ``trend_sign``: ``+1`` increasing, ``−1`` decreasing, ``0`` no trend (NaN where
    undetermined), so that every variable is a float array a map can show.

Extension point
    :func:`apply` runs any function ``f(y2d, t, **kwargs) -> pandas.DataFrame`` that
    computes one row per series of a 2-D array ``(n_series, n_time)`` (the contract of all
    many-series functions of the library) over a DataArray in the same way.  Indices from
    other modules (e.g. an air-quality index computed per time step) are not trends and do
    not reduce ``dim``; they are not wrapped here.

Requires the ``xarray`` extra (``pip install "envindicators[xarray]"``) and, for lazy
inputs, dask (``[dask]``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import xarray as xr

from envindicators.analytics.trends import (
    linear_trend as _linear_trend,
)
from envindicators.analytics.trends import (
    mann_kendall as _mann_kendall,
)
from envindicators.analytics.trends import (
    probability_of_meeting as _probability_of_meeting,
)
from envindicators.analytics.trends import (
    sens_slope as _sens_slope,
)
from envindicators.analytics.trends import (
    trend_test as _trend_test,
)
from envindicators.analytics.trends._time import to_time_axis
from envindicators.errors import TrendError

__all__ = [
    "MK_COLUMNS",
    "OLS_COLUMNS",
    "SEN_COLUMNS",
    "apply",
    "linear_trend",
    "mann_kendall",
    "probability_of_meeting",
    "sens_slope",
    "time_axis",
    "trend_test",
]

#: Output variables of :func:`mann_kendall`.
MK_COLUMNS = ("n", "s", "var_s", "z", "p", "tau_a", "tau_b", "h", "trend_sign", "variance_factor")
#: Output variables of :func:`sens_slope`.
SEN_COLUMNS = ("n", "n_pairs", "slope", "intercept", "low_slope", "high_slope")
#: Output variables of :func:`linear_trend`.
OLS_COLUMNS = (
    "n",
    "slope",
    "intercept",
    "slope_se",
    "slope_ci_lower",
    "slope_ci_upper",
    "p_value",
    "r_squared",
    "sigma",
)

_SIGN = {"increasing": 1.0, "decreasing": -1.0, "no trend": 0.0}


def time_axis(da: xr.DataArray, dim: str) -> tuple[np.ndarray | None, str]:
    """The time axis of ``da`` along ``dim``, as floats, and its kind.

    Float values (decimal years for datetimes) and the kind, or ``(None, "index")`` when
    ``dim`` has no coordinate.

    Parameters
    ----------
    da : xarray.DataArray
        The data.
    dim : str
        The name of the time dimension.

    Returns
    -------
    tuple[numpy.ndarray | None, str]
        The time values and their kind (``"numeric"``, ``"datetime"`` or ``"index"``).

    Raises
    ------
    TrendError
        ``dim`` is not a dimension of ``da``, or its coordinate is not a time.
    """
    if dim not in da.dims:
        raise TrendError(f"{dim!r} is not a dimension of the data (dimensions: {list(da.dims)})")
    if dim not in da.coords:
        return None, "index"
    t, kind = to_time_axis(da[dim].to_index(), what=f"coordinate {dim!r}")
    return t, kind


def _numeric_columns(df: pd.DataFrame, columns: Sequence[str]) -> list[np.ndarray]:
    out = []
    for name in columns:
        if name == "trend_sign":
            labels = df["trend"].astype(object).to_numpy()
            out.append(np.array([_SIGN.get(v, np.nan) for v in labels], dtype=np.float64))
        elif name == "h":
            out.append(df["h"].astype("Float64").to_numpy(dtype=np.float64, na_value=np.nan))
        else:
            out.append(df[name].to_numpy(dtype=np.float64, na_value=np.nan))
    return out


def _check_chunks(da: xr.DataArray, dim: str) -> None:
    chunks = da.chunks
    if chunks is None:
        return
    axis = da.get_axis_num(dim)
    if len(chunks[axis]) > 1:
        raise TrendError(
            f"the dask array is split into {len(chunks[axis])} chunks along {dim!r}; each "
            f"series is needed whole: rechunk with .chunk({{{dim!r}: -1}}) (chunk the other "
            f"dimensions instead)"
        )


def apply(
    fn: Callable[..., pd.DataFrame],
    obj: xr.DataArray | xr.Dataset,
    dim: str = "time",
    *,
    columns: Sequence[str],
    **kwargs: Any,
) -> xr.Dataset:
    """Apply a many-series function of the library along ``dim`` (the extension point).

    Parameters
    ----------
    fn : callable
        ``fn(y, t, **kwargs)`` taking a 2-D array ``(n_series, n_time)`` and the time axis
        (``None``, numbers, or the coordinate's :class:`pandas.DatetimeIndex`) and
        returning one row per series.
    obj : xarray.DataArray or xarray.Dataset
        The data; for a Dataset every data variable with ``dim``.
    dim : str
        The dimension along which each series runs.
    columns : sequence of str
        The columns of ``fn``'s frame to return (``"trend_sign"`` and ``"h"`` are
        converted as described in the module docstring).
    **kwargs : Any
        Passed to ``fn``.

    Returns
    -------
    xarray.Dataset
        One variable per column, on the other dimensions of the input.

    Raises
    ------
    TrendError
        ``dim`` missing, its coordinate not a time, or a dask array split along ``dim``.
    """
    if isinstance(obj, xr.Dataset):
        parts = []
        for name, var in obj.data_vars.items():
            if dim not in var.dims:
                continue
            res = apply(fn, var, dim, columns=columns, **kwargs)
            parts.append(res.rename({c: f"{name}_{c}" for c in res.data_vars}))
        if not parts:
            raise TrendError(f"no data variable of the Dataset has the dimension {dim!r}")
        out = xr.merge(parts, combine_attrs="drop")
        out.attrs.update(obj.attrs)
        return out
    if not isinstance(obj, xr.DataArray):
        raise TypeError(f"expected an xarray DataArray or Dataset, got {type(obj).__name__}")
    t_float, kind = time_axis(obj, dim)
    # datetimes are passed as they are: the functions convert them to decimal years and
    # read months/quarters (seasons) and calendar years (cycles) from them
    t: object = obj[dim].to_index() if kind == "datetime" else t_float
    _check_chunks(obj, dim)
    columns = tuple(columns)

    def core(values: np.ndarray) -> tuple[np.ndarray, ...] | np.ndarray:
        shape = values.shape[:-1]
        flat = np.asarray(values, dtype=np.float64).reshape(-1, values.shape[-1])
        if flat.shape[0] == 0:
            out = tuple(np.empty(shape) for _ in columns)
        else:
            df = fn(flat, t, **kwargs)
            out = tuple(col.reshape(shape) for col in _numeric_columns(df, columns))
        return out[0] if len(out) == 1 else out

    results = xr.apply_ufunc(
        core,
        obj,
        input_core_dims=[[dim]],
        output_core_dims=[[] for _ in columns],
        dask="parallelized",
        output_dtypes=[np.float64] * len(columns),
        keep_attrs=False,
    )
    if len(columns) == 1:
        results = (results,)
    out = xr.Dataset(dict(zip(columns, results, strict=True)))
    out = out.drop_vars([c for c in out.coords if dim in out[c].dims], errors="ignore")
    out.attrs.update(obj.attrs)
    return out


def mann_kendall(obj: xr.DataArray | xr.Dataset, dim: str = "time", **kwargs: Any) -> xr.Dataset:
    """Mann–Kendall test of every series along ``dim``.

    Parameters
    ----------
    obj : xarray.DataArray or xarray.Dataset
        The data.
    dim : str
        The time dimension.
    **kwargs : Any
        Passed to :func:`envindicators.analytics.trends.mann_kendall` (``alpha``,
        ``method``, ``lag``, ``acf_alpha``, ``period``).

    Returns
    -------
    xarray.Dataset
        Variables :data:`MK_COLUMNS` (``n_cycles`` too for ``"correlated_seasonal"``).
    """
    cols = MK_COLUMNS + (("n_cycles",) if kwargs.get("method") == "correlated_seasonal" else ())
    return apply(_mann_kendall, obj, dim, columns=cols, **kwargs)


def sens_slope(obj: xr.DataArray | xr.Dataset, dim: str = "time", **kwargs: Any) -> xr.Dataset:
    """Theil–Sen slope (per year for a datetime or year coordinate) along ``dim``.

    Parameters
    ----------
    obj : xarray.DataArray or xarray.Dataset
        The data.
    dim : str
        The time dimension.
    **kwargs : Any
        Passed to :func:`envindicators.analytics.trends.sens_slope`.

    Returns
    -------
    xarray.Dataset
        Variables :data:`SEN_COLUMNS`.
    """
    return apply(_sens_slope, obj, dim, columns=SEN_COLUMNS, **kwargs)


def trend_test(obj: xr.DataArray | xr.Dataset, dim: str = "time", **kwargs: Any) -> xr.Dataset:
    """Mann–Kendall test and Sen's slope in one pass along ``dim``.

    Parameters
    ----------
    obj : xarray.DataArray or xarray.Dataset
        The data.
    dim : str
        The time dimension.
    **kwargs : Any
        Passed to :func:`envindicators.analytics.trends.trend_test`.

    Returns
    -------
    xarray.Dataset
        Variables :data:`MK_COLUMNS` and :data:`SEN_COLUMNS` (``n`` once).
    """
    cols = MK_COLUMNS + SEN_COLUMNS[1:]
    return apply(_trend_test, obj, dim, columns=cols, **kwargs)


def linear_trend(obj: xr.DataArray | xr.Dataset, dim: str = "time", **kwargs: Any) -> xr.Dataset:
    """Ordinary least-squares trend along ``dim``.

    Parameters
    ----------
    obj : xarray.DataArray or xarray.Dataset
        The data.
    dim : str
        The time dimension.
    **kwargs : Any
        Passed to :func:`envindicators.analytics.trends.linear_trend` (``alpha``).

    Returns
    -------
    xarray.Dataset
        Variables :data:`OLS_COLUMNS`.
    """
    return apply(_linear_trend, obj, dim, columns=OLS_COLUMNS, **kwargs)


def _probability_frame(y: np.ndarray, t: np.ndarray | None, **kwargs: Any) -> pd.DataFrame:
    return _probability_of_meeting(y, t, **kwargs).to_frame()


def probability_of_meeting(
    obj: xr.DataArray | xr.Dataset,
    dim: str = "time",
    *,
    target: float,
    deadline: object,
    **kwargs: Any,
) -> xr.Dataset:
    """Probability that each series' value at ``deadline`` meets ``target``.

    Parameters
    ----------
    obj : xarray.DataArray or xarray.Dataset
        The data.
    dim : str
        The time dimension.
    target : float
        The threshold, in the data's units.
    deadline : object
        A number on the time axis (a year for a year or datetime coordinate) or a date.
    **kwargs : Any
        Passed to :func:`envindicators.analytics.trends.probability_of_meeting`
        (``comparator``, ``method``, ``target_high``, ``tolerance``, ``n_boot``, ``rng``).

    Returns
    -------
    xarray.Dataset
        The variable ``probability``.
    """
    return apply(
        _probability_frame,
        obj,
        dim,
        columns=("probability",),
        target=target,
        deadline=deadline,
        **kwargs,
    )
