"""Input forms of the trend functions, normalised to padded 2-D blocks.

Every public trend function accepts

* a **single series**: a 1-D array-like or a :class:`pandas.Series` (whose index is the
  time axis when ``t`` is not given; a default :class:`~pandas.RangeIndex` means positions);
* **many series** as a 2-D array ``(n_series, n_points)``, with ``t`` ``None`` (positions),
  1-D of length ``n_points`` (shared) or 2-D of the same shape;
* a **long DataFrame**: one row per observation, with a value column, a time column and
  optional key columns ``by`` (e.g. ``["region", "indicator"]``), one series per group.

They are turned into a :class:`Panel` made of :class:`Block` s: float arrays ``y`` of shape
``(k, L)`` padded with NaN, and a time axis ``t`` that is either shared ``(L,)`` (finite,
non-decreasing) or per row ``(k, L)`` (each row sorted by time, NaN padding last).  Long
DataFrames are split into blocks of similar series length so that one long station series
does not pad ten thousand short ones.  No Python loop runs per series.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from envindicators.analytics.trends._time import TimeKind, to_time_axis
from envindicators.errors import TrendError

__all__ = ["EXACT_INT", "Block", "Panel", "as_panel", "pad_groups"]

#: Integers beyond this magnitude are not all representable as float64.
EXACT_INT = 2**53


@dataclass(frozen=True)
class Block:
    """Several series of comparable length, padded to a common width.

    Attributes
    ----------
    rows:
        ``(k,)`` output row number of each series in the panel.
    y:
        ``(k, L)`` values; NaN marks a missing value or padding.
    t:
        ``(L,)`` shared, finite, non-decreasing time axis, or ``(k, L)`` per-row times
        sorted ascending, NaN padding last (a point is usable where both ``y`` and ``t``
        are not NaN).
    src:
        ``(k, L)`` position of each value in the caller's input (−1 for padding), used to
        name offending points in error messages.
    season:
        ``(k, L)`` season code of each value (−1 for padding), or ``None``.
    cycle:
        ``(k, L)`` cycle (year) of each value when season codes were requested: the
        calendar year for datetimes, ``floor(t)`` for numbers, ``position // period`` for
        positions (−1 for padding); else ``None``.
    """

    rows: np.ndarray
    y: np.ndarray
    t: np.ndarray
    src: np.ndarray
    season: np.ndarray | None = None
    cycle: np.ndarray | None = None

    def chunks(self, max_values: int) -> Iterator[Block]:
        """Consecutive sub-blocks of at most ``max_values`` values (at least one row),
        views of this block's arrays: bounded working memory for many series."""
        k, L = self.y.shape
        step = max(1, max_values // max(L, 1))
        if step >= k:
            yield self
            return
        for start in range(0, k, step):
            sl = slice(start, min(start + step, k))
            yield Block(
                rows=self.rows[sl],
                y=self.y[sl],
                t=self.t if self.shared_t else self.t[sl],
                src=self.src[sl],
                season=None if self.season is None else self.season[sl],
                cycle=None if self.cycle is None else self.cycle[sl],
            )

    @property
    def shared_t(self) -> bool:
        return self.t.ndim == 1

    def valid(self) -> np.ndarray:
        """``(k, L)`` mask of usable points."""
        ok = ~np.isnan(self.y)
        if not self.shared_t:
            ok &= ~np.isnan(self.t)
        return ok

    def t2d(self) -> np.ndarray:
        """Per-row times ``(k, L)`` (a broadcast view for a shared axis), NaN where invalid."""
        t = np.broadcast_to(self.t, self.y.shape)
        return np.where(np.isnan(self.y), np.nan, t)


@dataclass(frozen=True)
class Panel:
    """Normalised input: blocks plus what is needed to shape the output.

    Attributes
    ----------
    single:
        True for a 1-D input (results are a dataclass, errors are raised).
    n_series:
        Number of series (output rows).
    index:
        Output index for many series (``RangeIndex`` named ``"series"`` for a 2-D array,
        the group keys for a long DataFrame); ``None`` for a single series.
    blocks:
        The data.
    time_kind:
        ``"index"`` (positions), ``"numeric"`` or ``"datetime"`` (decimal years).
    point_labels:
        Labels of the input points, indexed by ``Block.src`` (for messages).
    n_seasons:
        Number of seasons when season codes were requested.
    """

    single: bool
    n_series: int
    index: pd.Index | None
    blocks: tuple[Block, ...]
    time_kind: TimeKind
    point_labels: np.ndarray
    n_seasons: int | None = None

    def series_label(self, row: int) -> object:
        if self.index is None:
            return None
        return self.index[row]

    def describe_point(self, row: int, src: int) -> str:
        where = f"index {self.point_labels[src]!r}"
        label = self.series_label(row)
        return where if label is None else f"{where} of series {label!r}"


def _big_int_error(what: str) -> TrendError:
    return TrendError(
        f"{what} holds integers beyond 2**53, which float64 cannot represent exactly (a "
        f"trend on them would silently use rounded values); subtract an offset (e.g. the "
        f"first value) or convert them to float deliberately"
    )


def _integer_array(values: object) -> np.ndarray | None:
    """The values as an int64/uint64 array when they are integers (numpy, pandas nullable
    or Python ints), else ``None``; missing values of a nullable array are refused by the
    caller's float path."""
    if isinstance(values, pd.Series | pd.Index):
        dtype = values.dtype
        if pd.api.types.is_integer_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
            if values.isna().any():
                return None
            return values.to_numpy(
                dtype=np.uint64 if str(dtype).lower().startswith("u") else np.int64
            )
        return None
    arr = values if isinstance(values, np.ndarray) else np.asarray(values)
    if arr.dtype.kind in "iu":
        return arr
    if arr.dtype.kind == "O" and arr.size:
        flat = arr.ravel()
        if all(isinstance(v, int | np.integer) and not isinstance(v, bool) for v in flat):
            try:
                return np.asarray(arr, dtype=np.int64)
            except OverflowError:
                return np.asarray(arr, dtype=np.uint64) if min(flat) >= 0 else None
    return None


def _as_float_values(values: object, what: str, *, order_only: bool = False) -> np.ndarray:
    """float64 values; integers beyond 2**53 are replaced by their dense ranks when only
    the order matters (``order_only``, rank-based statistics: exact), refused otherwise."""
    ints = _integer_array(values)
    if ints is not None and ints.size:
        big = ints.max() > EXACT_INT or (ints.dtype.kind == "i" and ints.min() < -EXACT_INT)
        if big:
            if not order_only:
                raise _big_int_error(what)
            _, inverse = np.unique(ints, return_inverse=True)
            return inverse.reshape(ints.shape).astype(np.float64)
    if isinstance(values, pd.Series | pd.Index):
        if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(
            values.dtype
        ):
            arr = values.to_numpy(dtype=np.float64, na_value=np.nan)  # nullable dtypes too
        else:
            arr = values.to_numpy()
    else:
        arr = np.asarray(values)
    if arr.dtype.kind == "b":
        raise TrendError(f"{what} must be numeric, got booleans")
    try:
        out = np.asarray(arr, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise TrendError(
            f"{what} must be numeric; got values such as {np.ravel(arr)[:3].tolist()!r}"
        ) from None
    bad = np.isinf(out)
    if bad.any():
        pos = tuple(np.argwhere(bad)[0].tolist())
        raise TrendError(f"{what} contains an infinite value at position {pos}")
    return out


#: Cycle code of a missing time.
NO_CYCLE = np.iinfo(np.int64).min


def _stamps(raw_time: object) -> pd.DatetimeIndex:
    flat = (
        raw_time.array
        if isinstance(raw_time, pd.Series | pd.Index)
        else np.asanyarray(raw_time).ravel()
    )
    if isinstance(getattr(flat, "dtype", None), pd.PeriodDtype) or (
        len(flat) and isinstance(np.asarray(flat, dtype=object)[0], pd.Period)
    ):
        return pd.PeriodIndex(pd.array(np.asarray(flat, dtype=object))).to_timestamp()
    return pd.DatetimeIndex(pd.to_datetime(flat))


def _cycle_codes(
    raw_time: object, t: np.ndarray, kind: TimeKind, period: int, positions: np.ndarray
) -> np.ndarray:
    """Cycle (year) of each point: calendar year, ``floor(t)`` or ``position // period``."""
    if kind == "index":
        return np.broadcast_to(positions // period, np.shape(t)).astype(np.int64)
    if kind == "datetime":
        years = _stamps(raw_time).year.to_numpy(dtype=np.float64).reshape(np.shape(t))
    else:
        years = np.floor(t)
    return np.where(np.isnan(years), NO_CYCLE, np.nan_to_num(years)).astype(np.int64)


def _season_codes(
    raw_time: object, t: np.ndarray, kind: TimeKind, period: int, positions: np.ndarray
) -> np.ndarray:
    """Season of each point from the time axis (see ``mann_kendall`` for the rules)."""
    if period < 2:
        raise TrendError(f"period must be an integer >= 2, got {period!r}")
    if kind == "index":
        return (positions % period).astype(np.int64)
    if kind == "datetime":
        stamps = _stamps(raw_time)
        if period == 12:
            codes = stamps.month.to_numpy(dtype=np.float64) - 1
        elif period == 4:
            codes = stamps.quarter.to_numpy(dtype=np.float64) - 1
        else:
            raise TrendError(
                f"seasons can be derived from datetimes only for period=12 (months) or "
                f"period=4 (quarters), got period={period}; pass season= explicitly"
            )
        codes = codes.reshape(np.shape(t))
        return np.where(np.isnan(codes), -1, codes).astype(np.int64)
    finite = t[np.isfinite(t)]
    if finite.size and np.all(finite == np.floor(finite)):
        raise TrendError(
            "numeric t are whole numbers, so no season can be derived from them; give t as "
            "decimal years (e.g. 2020 + (month-1)/12), as datetimes, or pass season="
        )
    with np.errstate(invalid="ignore"):
        codes = np.floor((t - np.floor(t)) * period + 1e-6) % period
    return np.where(np.isnan(codes), -1, codes).astype(np.int64)


def _factorize_seasons(season: object, shape: tuple[int, ...]) -> tuple[np.ndarray, int]:
    arr = season.to_numpy() if isinstance(season, pd.Series | pd.Index) else np.asarray(season)
    if arr.shape != shape:
        raise TrendError(f"season must have the shape of the values {shape}, got {arr.shape}")
    codes, uniques = pd.factorize(arr.ravel(), sort=True, use_na_sentinel=True)
    if (codes < 0).any():
        pos = int(np.flatnonzero(codes < 0)[0])
        raise TrendError(f"season is missing at position {pos}")
    return codes.reshape(shape).astype(np.int64), len(uniques)


def pad_groups(
    codes: np.ndarray,
    n_groups: int,
    t: np.ndarray,
    y: np.ndarray,
    src: np.ndarray,
    season: np.ndarray | None = None,
    cycle: np.ndarray | None = None,
    *,
    bucket: bool = True,
) -> list[Block]:
    """Scatter flat points into padded per-group rows, sorted by time within a group.

    Groups are bucketed by the power of two above their length (when ``bucket``), so
    padding wastes at most half of each block.  Rows of a block are numbered by group code
    in ``Block.rows``.  Groups with no points appear as all-NaN rows.
    """
    order = np.lexsort((t, codes))
    codes_s = codes[order]
    lengths = np.bincount(codes_s, minlength=n_groups)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    pos = np.arange(codes_s.size) - starts[codes_s]
    if bucket:
        level = np.ceil(np.log2(np.maximum(lengths, 1))).astype(np.int64)
    else:
        level = np.zeros(n_groups, dtype=np.int64)
    blocks: list[Block] = []
    for lev in np.unique(level):
        groups = np.flatnonzero(level == lev)
        local = np.full(n_groups, -1, dtype=np.int64)
        local[groups] = np.arange(groups.size)
        width = max(int(lengths[groups].max()), 1)
        sel = local[codes_s] >= 0
        r, c = local[codes_s[sel]], pos[sel]
        yy = np.full((groups.size, width), np.nan)
        tt = np.full((groups.size, width), np.nan)
        ss = np.full((groups.size, width), -1, dtype=np.int64)
        yy[r, c] = y[order][sel]
        tt[r, c] = t[order][sel]
        ss[r, c] = src[order][sel]
        seas = cyc = None
        if season is not None:
            seas = np.full((groups.size, width), -1, dtype=np.int64)
            seas[r, c] = season[order][sel]
        if cycle is not None:
            cyc = np.full((groups.size, width), NO_CYCLE, dtype=np.int64)
            cyc[r, c] = cycle[order][sel]
        blocks.append(Block(rows=groups, y=yy, t=tt, src=ss, season=seas, cycle=cyc))
    return blocks


def _frame_panel(
    df: pd.DataFrame,
    *,
    value: str,
    time: str | None,
    by: Hashable | Sequence[Hashable] | None,
    period: int | None,
    season: object,
    order_only: bool = False,
) -> Panel:
    keys: list[Hashable] = (
        []
        if by is None
        else ([by] if isinstance(by, str) or not isinstance(by, Sequence) else list(by))
    )
    missing = [c for c in [value, time, *keys] if c is not None and c not in df.columns]
    if missing:
        raise TrendError(
            f"column(s) {missing!r} not in the DataFrame (columns: {list(df.columns)!r}); "
            f"name them with value=, time= and by="
        )
    if time is None:
        raise TrendError("a long DataFrame needs its time column: pass time=<column name>")
    y = _as_float_values(df[value], f"column {value!r}", order_only=order_only)
    t, kind = to_time_axis(df[time], what=f"column {time!r}")
    y = np.where(np.isnan(t), np.nan, y)
    if keys:
        grouped = df.groupby(keys, sort=True, dropna=False, observed=True)
        codes = grouped.ngroup().to_numpy(dtype=np.int64)
        index = grouped.size().index
    else:
        codes = np.zeros(len(df), dtype=np.int64)
        index = pd.RangeIndex(1, name="series")
    seas, cyc, n_seasons = None, None, None
    if season is not None:
        if isinstance(season, str) and season in df.columns:
            season = df[season]
        seas, n_seasons = _factorize_seasons(season, (len(df),))
    elif period is not None:
        seas = _season_codes(df[time], t, kind, period, np.arange(len(df)))
        n_seasons = period
    if seas is not None:
        cyc = _cycle_codes(df[time], t, kind, int(n_seasons or 1), np.arange(len(df)))
    src = np.arange(len(df), dtype=np.int64)
    blocks = pad_groups(codes, len(index), t, y, src, seas, cyc)
    return Panel(
        single=False,
        n_series=len(index),
        index=index,
        blocks=tuple(blocks),
        time_kind=kind,
        point_labels=np.asarray(df.index, dtype=object),
        n_seasons=n_seasons,
    )


def as_panel(
    y: object,
    t: object = None,
    *,
    value: str = "value",
    time: str | None = "year",
    by: Hashable | Sequence[Hashable] | None = None,
    period: int | None = None,
    season: object = None,
    order_only: bool = False,
) -> Panel:
    """Normalise the input of a trend function (see the module docstring).

    ``period``/``season`` request season codes (seasonal Kendall) and cycle codes:
    ``season`` are explicit labels (same shape as ``y``, or a column name for a
    DataFrame); otherwise they are derived from the time axis with ``period``.
    ``order_only`` (rank-based statistics): integers beyond 2**53 are replaced by their
    dense ranks, which keeps every comparison exact; otherwise they are refused.
    """
    if isinstance(y, pd.DataFrame):
        if t is not None:
            raise TrendError(
                "for a DataFrame pass the time column name as time=, not t= (got t too)"
            )
        return _frame_panel(
            y, value=value, time=time, by=by, period=period, season=season, order_only=order_only
        )
    labels: np.ndarray
    if isinstance(y, pd.Series):
        values = _as_float_values(y, "y", order_only=order_only)
        labels = np.asarray(y.index, dtype=object)
        if t is None and not (
            isinstance(y.index, pd.RangeIndex) and y.index.start == 0 and y.index.step == 1
        ):
            t = y.index
    else:
        values = _as_float_values(y, "y", order_only=order_only)
        labels = np.arange(values.shape[-1] if values.ndim else 0, dtype=object)
    if values.ndim not in (1, 2):
        raise TrendError(
            f"y must be 1-D (one series), 2-D (n_series, n_points) or a long DataFrame; "
            f"got an array of shape {values.shape}"
        )
    single = values.ndim == 1
    y2 = values.reshape(1, -1) if single else values
    m, L = y2.shape
    if t is None:
        kind: TimeKind = "index"
        tt = np.arange(L, dtype=np.float64)
        raw_t: object = tt
    else:
        raw_t = t
        from_index = isinstance(y, pd.Series) and t is y.index
        tt, kind = to_time_axis(t, what="the Series index (the time axis)" if from_index else "t")
        if tt.shape not in ((L,), (m, L)) or (single and tt.shape != (L,)):
            raise TrendError(
                f"t has shape {tt.shape}, but y has {L} points per series"
                + ("" if single else f" and {m} series: give t of shape ({L},) or ({m}, {L})")
            )
    seas, cyc, n_seasons = None, None, None
    if season is not None:
        seas, n_seasons = _factorize_seasons(season, values.shape)
        seas = seas.reshape(y2.shape)
    elif period is not None:
        seas = _season_codes(raw_t, tt, kind, period, np.arange(L))
        seas = np.broadcast_to(seas, y2.shape).copy()
        n_seasons = period
    if seas is not None:
        cyc = _cycle_codes(raw_t, tt, kind, int(n_seasons or 1), np.arange(L))
        cyc = np.broadcast_to(cyc, y2.shape).copy()
    src = np.broadcast_to(np.arange(L, dtype=np.int64), (m, L))
    if tt.ndim == 1:
        keep = ~np.isnan(tt)
        order = np.argsort(tt[keep], kind="stable")
        cols = np.flatnonzero(keep)[order]
        identity = cols.size == L and bool(np.all(cols == np.arange(L)))
        block = Block(
            rows=np.arange(m),
            y=y2 if identity else y2[:, cols],  # no copy of a large, ordered input
            t=tt[cols],
            src=np.broadcast_to(cols.astype(np.int64), (m, cols.size)),
            season=None if seas is None else seas[:, cols],
            cycle=None if cyc is None else cyc[:, cols],
        )
    else:
        valid = ~np.isnan(y2) & ~np.isnan(tt)
        key = np.where(valid, tt, np.inf)
        order = np.argsort(key, axis=1, kind="stable")
        take = np.take_along_axis
        ys = np.where(take(valid, order, 1), take(y2, order, 1), np.nan)
        ts = np.where(take(valid, order, 1), take(tt, order, 1), np.nan)
        block = Block(
            rows=np.arange(m),
            y=ys,
            t=ts,
            src=take(src, order, 1),
            season=None if seas is None else take(seas, order, 1),
            cycle=None if cyc is None else take(cyc, order, 1),
        )
    if single:
        labels_out = labels
        index = None
    else:
        labels_out = np.arange(L, dtype=object)
        index = pd.RangeIndex(m, name="series")
    return Panel(
        single=single,
        n_series=m,
        index=index,
        blocks=(block,),
        time_kind=kind,
        point_labels=labels_out,
        n_seasons=n_seasons,
    )
