"""Grouped trend tests of long frames held in dask: one series per key, any number of workers.

A long table (one row per station × date, with ``value``, ``time`` and key columns) that
does not fit one call or one machine is a :class:`dask.dataframe.DataFrame`.  The functions
here run the grouped (``by=``) trend functions of :mod:`envindicators.analytics.trends` on
it:

1. the partitions are **aligned on the keys** — :meth:`dask.dataframe.DataFrame.shuffle`
   on the ``by`` columns puts every row of a series in one partition (skip it with
   ``shuffle=False`` when the frame is already partitioned by the keys, e.g. after
   ``set_index`` on a single key);
2. each partition is one vectorised call of the pandas function (all its series at once,
   no loop per series), through :meth:`~dask.dataframe.DataFrame.map_partitions`;
3. the ``meta`` (column names and dtypes of the result) is provided here, computed by the
   same function on dask's non-empty stand-in of the input, so dask never has to guess it
   by running the function on made-up data of its own.

The result is a lazy dask DataFrame with **one row per series**, the key columns first,
then the columns of the pandas function (``n``, ``s``, ``z``, ``p``, ``trend``, ``slope``,
…, with the same dtypes).  The keys are columns, not the index, because dask has no
MultiIndex: ``result.compute().set_index(by)`` equals the pandas function's result on the
whole frame (row order aside).  The statistics do not depend on how the rows are spread
over partitions and workers.

Any dask scheduler works; on a cluster, create a :class:`distributed.Client` first
(``Client(LocalCluster(n_workers=...))``) and ``.compute()`` runs there.

Requires the ``dask`` extra (``pip install "envindicators[dask]"``: dask[dataframe],
which needs pyarrow, and distributed); the module imports without them and says so at the
first call.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Hashable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pandas as pd

from envindicators.analytics.trends import linear_trend as _linear_trend
from envindicators.analytics.trends import mann_kendall as _mann_kendall
from envindicators.analytics.trends import sens_slope as _sens_slope
from envindicators.analytics.trends import trend_test as _trend_test
from envindicators.errors import TrendError

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["apply", "linear_trend", "mann_kendall", "meta", "sens_slope", "trend_test"]

GroupedFunction = Callable[..., Any]


def _dask_dataframe() -> ModuleType:
    """``dask.dataframe``, imported when first used (the module itself imports without it)."""
    try:
        return importlib.import_module("dask.dataframe")
    except ImportError as exc:
        raise ImportError(
            f"envindicators.dask needs dask.dataframe, which needs pyarrow ({exc}); "
            'install them with pip install "envindicators[dask]"'
        ) from exc


def _keys(by: Hashable | Sequence[Hashable] | None) -> list[Hashable]:
    if by is None:
        raise TrendError(
            "by= is required: name the key column(s) that identify one series "
            "(e.g. by='station' or by=['region', 'indicator'])"
        )
    if isinstance(by, str) or not isinstance(by, Sequence):
        return [by]
    keys = list(by)
    if not keys:
        raise TrendError("by= names no column; give at least one key column")
    return keys


def _check_columns(ddf: dd.DataFrame, needed: Sequence[Hashable]) -> None:
    if not isinstance(ddf, _dask_dataframe().DataFrame):
        raise TrendError(
            f"expected a dask.dataframe.DataFrame, got {type(ddf).__name__}; for a pandas "
            "DataFrame call the function of envindicators.analytics.trends directly"
        )
    missing = [c for c in needed if c not in ddf.columns]
    if missing:
        raise TrendError(f"columns {missing} not in the frame (columns: {list(ddf.columns)})")


def _flatten(result: pd.DataFrame, keys: list[Hashable]) -> pd.DataFrame:
    """The pandas result with its key index turned into leading columns, attrs dropped."""
    out = result.reset_index()
    out.attrs = {}
    out = out.reset_index(drop=True)
    return out[[*keys, *[c for c in out.columns if c not in keys]]]


def _partition(
    pdf: pd.DataFrame,
    func: GroupedFunction,
    keys: list[Hashable],
    empty: pd.DataFrame,
    kwargs: dict[str, Any],
) -> pd.DataFrame:
    if pdf.empty:
        return empty
    return _flatten(func(pdf, by=keys, **kwargs), keys).astype(empty.dtypes.to_dict())


def meta(
    func: GroupedFunction,
    ddf: dd.DataFrame,
    *,
    by: Hashable | Sequence[Hashable],
    **kwargs: Any,
) -> pd.DataFrame:
    """The empty pandas frame (names and dtypes) that :func:`apply` returns for ``func``.

    Parameters
    ----------
    func : callable
        A grouped function ``func(frame, by=..., **kwargs) -> pandas.DataFrame`` indexed by
        the keys (any many-series function of :mod:`envindicators.analytics.trends`).
    ddf : dask.dataframe.DataFrame
        The long input frame (only its column names and dtypes are read).
    by : str or list of str
        Key column(s).
    **kwargs : Any
        Passed to ``func`` (``value=``, ``time=``, ``alpha=``, …).

    Returns
    -------
    pandas.DataFrame
        Zero rows; the key columns, then the result columns of ``func``.

    Raises
    ------
    TrendError
        ``by`` missing or naming absent columns; ``ddf`` not a dask DataFrame.
    """
    keys = _keys(by)
    _check_columns(ddf, keys)
    sample = func(ddf._meta_nonempty, by=keys, **kwargs)
    return _flatten(sample, keys).iloc[:0]


def apply(
    func: GroupedFunction,
    ddf: dd.DataFrame,
    *,
    by: Hashable | Sequence[Hashable],
    shuffle: bool = True,
    **kwargs: Any,
) -> dd.DataFrame:
    """Run a grouped many-series function on a dask DataFrame, one row per series (lazy).

    Parameters
    ----------
    func : callable
        ``func(frame, by=..., **kwargs) -> pandas.DataFrame`` indexed by the keys, e.g.
        :func:`envindicators.analytics.trends.trend_test`.
    ddf : dask.dataframe.DataFrame
        Long frame with the key, value and time columns.
    by : str or list of str
        Key column(s); one series per distinct key (combination).
    shuffle : bool
        Align the partitions on the keys first (default).  Pass ``False`` only when every
        series already lies in one partition (e.g. after ``ddf.set_index(key)``), otherwise
        a series split over partitions would be tested piecewise.
    **kwargs : Any
        Passed to ``func`` (``value=``, ``time=``, ``alpha=``, ``method=``, …).

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy; the key columns, then the columns of ``func``'s result.

    Raises
    ------
    TrendError
        ``by`` missing or naming absent columns; ``ddf`` not a dask DataFrame; the errors
        of ``func`` for bad arguments (raised here, while computing ``meta``).
    """
    keys = _keys(by)
    empty = meta(func, ddf, by=keys, **kwargs)
    aligned = ddf.shuffle(on=keys) if shuffle else ddf
    return aligned.map_partitions(
        _partition, func, keys, empty, kwargs, meta=empty, enforce_metadata=False
    )


def trend_test(
    ddf: dd.DataFrame, *, by: Hashable | Sequence[Hashable], shuffle: bool = True, **kwargs: Any
) -> dd.DataFrame:
    """Mann–Kendall and Sen's slope per series of a dask DataFrame (see :func:`apply`).

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        Long frame.
    by : str or list of str
        Key column(s).
    shuffle : bool
        Align partitions on the keys first (see :func:`apply`).
    **kwargs : Any
        As :func:`envindicators.analytics.trends.trend_test` (``value=``, ``time=``, …).

    Returns
    -------
    dask.dataframe.DataFrame
        The keys, then the columns of the pandas ``trend_test``.

    Raises
    ------
    TrendError
        As :func:`apply`.
    """
    return apply(_trend_test, ddf, by=by, shuffle=shuffle, **kwargs)


def mann_kendall(
    ddf: dd.DataFrame, *, by: Hashable | Sequence[Hashable], shuffle: bool = True, **kwargs: Any
) -> dd.DataFrame:
    """Mann–Kendall test per series of a dask DataFrame (see :func:`apply`).

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        Long frame.
    by : str or list of str
        Key column(s).
    shuffle : bool
        Align partitions on the keys first (see :func:`apply`).
    **kwargs : Any
        As :func:`envindicators.analytics.trends.mann_kendall`.

    Returns
    -------
    dask.dataframe.DataFrame
        The keys, then the columns of the pandas ``mann_kendall``.

    Raises
    ------
    TrendError
        As :func:`apply`.
    """
    return apply(_mann_kendall, ddf, by=by, shuffle=shuffle, **kwargs)


def sens_slope(
    ddf: dd.DataFrame, *, by: Hashable | Sequence[Hashable], shuffle: bool = True, **kwargs: Any
) -> dd.DataFrame:
    """Compute Sen's slope per series of a dask DataFrame (see :func:`apply`).

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        Long frame.
    by : str or list of str
        Key column(s).
    shuffle : bool
        Align partitions on the keys first (see :func:`apply`).
    **kwargs : Any
        As :func:`envindicators.analytics.trends.sens_slope`.

    Returns
    -------
    dask.dataframe.DataFrame
        The keys, then the columns of the pandas ``sens_slope``.

    Raises
    ------
    TrendError
        As :func:`apply`.
    """
    return apply(_sens_slope, ddf, by=by, shuffle=shuffle, **kwargs)


def linear_trend(
    ddf: dd.DataFrame, *, by: Hashable | Sequence[Hashable], shuffle: bool = True, **kwargs: Any
) -> dd.DataFrame:
    """OLS trend per series of a dask DataFrame (see :func:`apply`).

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        Long frame.
    by : str or list of str
        Key column(s).
    shuffle : bool
        Align partitions on the keys first (see :func:`apply`).
    **kwargs : Any
        As :func:`envindicators.analytics.trends.linear_trend`.

    Returns
    -------
    dask.dataframe.DataFrame
        The keys, then the columns of the pandas ``linear_trend``.

    Raises
    ------
    TrendError
        As :func:`apply`.
    """
    return apply(_linear_trend, ddf, by=by, shuffle=shuffle, **kwargs)
