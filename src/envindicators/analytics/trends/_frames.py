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

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from envindicators.analytics.trends._time import TimeKind, to_time_axis
from envindicators.errors import TrendError

__all__ = ["Block", "Panel", "as_panel", "pad_groups"]


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
    """

    rows: np.ndarray
    y: np.ndarray
    t: np.ndarray
    src: np.ndarray
    season: np.ndarray | None = None

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


def _as_float_values(values: object, what: str) -> np.ndarray:
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
    except (TypeError, ValueError):
        raise TrendError(
            f"{what} must be numeric; got values such as {np.ravel(arr)[:3].tolist()!r}"
        ) from None
    bad = np.isinf(out)
    if bad.any():
        pos = tuple(np.argwhere(bad)[0].tolist())
        raise TrendError(f"{what} contains an infinite value at position {pos}")
    return out


def _season_codes(
    raw_time: object, t: np.ndarray, kind: TimeKind, period: int, positions: np.ndarray
) -> np.ndarray:
    """Season of each point from the time axis (see ``mann_kendall`` for the rules)."""
    if period < 2:
        raise TrendError(f"period must be an integer >= 2, got {period!r}")
    if kind == "index":
        return (positions % period).astype(np.int64)
    if kind == "datetime":
        flat = raw_time.array if isinstance(raw_time, pd.Series | pd.Index) else np.ravel(raw_time)
        if isinstance(getattr(flat, "dtype", None), pd.PeriodDtype) or (
            len(flat) and isinstance(np.asarray(flat, dtype=object)[0], pd.Period)
        ):
            stamps = pd.PeriodIndex(pd.array(np.asarray(flat, dtype=object))).to_timestamp()
        else:
            stamps = pd.DatetimeIndex(pd.to_datetime(flat))
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
        seas = None
        if season is not None:
            seas = np.full((groups.size, width), -1, dtype=np.int64)
            seas[r, c] = season[order][sel]
        blocks.append(Block(rows=groups, y=yy, t=tt, src=ss, season=seas))
    return blocks


def _frame_panel(
    df: pd.DataFrame,
    *,
    value: str,
    time: str | None,
    by: Hashable | Sequence[Hashable] | None,
    period: int | None,
    season: object,
) -> Panel:
    keys: list[Hashable] = [] if by is None else ([by] if isinstance(by, str) else list(by))
    missing = [c for c in [value, time, *keys] if c is not None and c not in df.columns]
    if missing:
        raise TrendError(
            f"column(s) {missing!r} not in the DataFrame (columns: {list(df.columns)!r}); "
            f"name them with value=, time= and by="
        )
    if time is None:
        raise TrendError("a long DataFrame needs its time column: pass time=<column name>")
    y = _as_float_values(df[value], f"column {value!r}")
    t, kind = to_time_axis(df[time], what=f"column {time!r}")
    y = np.where(np.isnan(t), np.nan, y)
    if keys:
        grouped = df.groupby(keys, sort=True, dropna=False, observed=True)
        codes = grouped.ngroup().to_numpy(dtype=np.int64)
        index = grouped.size().index
    else:
        codes = np.zeros(len(df), dtype=np.int64)
        index = pd.RangeIndex(1, name="series")
    seas, n_seasons = None, None
    if season is not None:
        if isinstance(season, str) and season in df.columns:
            season = df[season]
        seas, n_seasons = _factorize_seasons(season, (len(df),))
    elif period is not None:
        seas = _season_codes(df[time], t, kind, period, np.arange(len(df)))
        n_seasons = period
    src = np.arange(len(df), dtype=np.int64)
    blocks = pad_groups(codes, len(index), t, y, src, seas)
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
) -> Panel:
    """Normalise the input of a trend function (see the module docstring).

    ``period``/``season`` request season codes (seasonal Kendall): ``season`` are explicit
    labels (same shape as ``y``, or a column name for a DataFrame); otherwise they are
    derived from the time axis with ``period``.
    """
    if isinstance(y, pd.DataFrame):
        if t is not None:
            raise TrendError(
                "for a DataFrame pass the time column name as time=, not t= (got t too)"
            )
        return _frame_panel(y, value=value, time=time, by=by, period=period, season=season)
    labels: np.ndarray
    if isinstance(y, pd.Series):
        values = _as_float_values(y, "y")
        labels = np.asarray(y.index, dtype=object)
        if t is None and not (
            isinstance(y.index, pd.RangeIndex) and y.index.start == 0 and y.index.step == 1
        ):
            t = y.index
    else:
        values = _as_float_values(y, "y")
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
    seas, n_seasons = None, None
    if season is not None:
        seas, n_seasons = _factorize_seasons(season, values.shape)
        seas = seas.reshape(y2.shape)
    elif period is not None:
        seas = _season_codes(raw_t, tt, kind, period, np.arange(L))
        seas = np.broadcast_to(seas, y2.shape).copy()
        n_seasons = period
    src = np.broadcast_to(np.arange(L, dtype=np.int64), (m, L))
    if tt.ndim == 1:
        keep = ~np.isnan(tt)
        order = np.argsort(tt[keep], kind="stable")
        cols = np.flatnonzero(keep)[order]
        block = Block(
            rows=np.arange(m),
            y=y2[:, cols],
            t=tt[cols],
            src=np.ascontiguousarray(src[:, cols]),
            season=None if seas is None else seas[:, cols],
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
