"""DataFrame forms of the model: schemas, dtypes and coercion.

Every model class has a DataFrame form with one row per object.  The columns, their
order and meaning are those of the bundled tables documented in ``datasets/README.md``
(``indicators``, ``observations``, ``targets``, ``tasks``); a frame may carry further
columns (provenance, notes of the user's own), which are kept, after the documented ones,
in their input order, and passed through the objects unchanged (``extra``).

Dtypes
------
=========  ==============================================================================
kind       dtype
=========  ==============================================================================
text       ``string`` (pandas' nullable string dtype); missing = NA
vocab      text holding a stable ASCII code (validated against the enum)
float      ``Float64`` (nullable); missing = NA
int        ``Int64`` (nullable)
date       ``datetime64[us]`` (dates at midnight); missing = NaT
=========  ==============================================================================

These are the dtypes :func:`envindicators.datasets.load` gives the bundled tables, so a
loaded table is already in model form.  :func:`coerce_frame` brings any frame with the
documented columns (in any order, with any reasonable dtypes: object, str, string, float,
Int64, datetime or ISO strings) to these dtypes, validating vocabulary columns; unknown
codes raise
:class:`~envindicators.errors.ModelValidationError` naming the column and row.
``from_frame(df)`` → objects → ``to_frame(objects)`` gives back ``coerce_frame(df)``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeVar

import numpy as np
import pandas as pd

from envindicators.errors import ModelValidationError
from envindicators.model import _fields as fl
from envindicators.model.vocab import Comparator, Direction, TaskStatus
from envindicators.units.vocab import Kind, Qualifier

__all__ = [
    "DATE",
    "FLOAT",
    "INT",
    "SCHEMAS",
    "TEXT",
    "Column",
    "coerce_frame",
    "empty_frame",
]

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")

TEXT: Final = "string"
FLOAT: Final = "Float64"
INT: Final = "Int64"
DATE: Final = "datetime64[us]"

#: The vocabulary of ``deadline_category`` in the tasks table.
DEADLINE_CATEGORIES: tuple[str, ...] = ("date", "period", "immediate", "ongoing", "unknown")


class Column:
    """One documented column: name, kind (text/vocab/float/int/date), vocabulary."""

    __slots__ = ("kind", "name", "required", "vocab")

    def __init__(
        self,
        name: str,
        kind: str,
        vocab: type[Enum] | tuple[str, ...] | None = None,
        required: bool = False,
    ) -> None:
        self.name = name
        self.kind = kind
        self.vocab = vocab
        self.required = required

    @property
    def dtype(self) -> Any:
        return {"text": TEXT, "vocab": TEXT, "float": FLOAT, "int": INT, "date": DATE}[self.kind]

    def codes(self) -> tuple[str, ...]:
        if self.vocab is None:
            return ()
        if isinstance(self.vocab, tuple):
            return self.vocab
        return tuple(m.value for m in self.vocab)

    def __repr__(self) -> str:
        return f"Column({self.name!r}, {self.kind!r})"


def _t(name: str, required: bool = False) -> Column:
    return Column(name, "text", required=required)


SCHEMAS: Mapping[str, tuple[Column, ...]] = MappingProxyType(
    {
        "indicators": (
            _t("code", True),
            _t("name_zh"),
            _t("name_en"),
            _t("unit", True),
            Column("direction", "vocab", Direction, True),
            _t("standard"),
            _t("domain"),
            _t("context"),
        ),
        "observations": (
            _t("obs_id"),
            _t("source"),
            _t("region"),
            _t("subject"),
            _t("indicator", True),
            Column("period_start", "date"),
            Column("period_end", "date"),
            _t("period_text"),
            _t("value_text"),
            Column("number", "float", required=True),
            _t("unit_written", True),
            Column("qualifier", "vocab", Qualifier),
            Column("kind", "vocab", Kind),
            _t("baseline_period"),
            Column("value", "float"),
            _t("unit"),
            _t("context"),
            _t("quote"),
            _t("note"),
        ),
        "targets": (
            _t("target_id"),
            _t("source"),
            _t("region"),
            _t("subject"),
            _t("indicator", True),
            Column("comparator", "vocab", Comparator, True),
            Column("kind", "vocab", Kind),
            _t("value_text"),
            Column("number", "float", required=True),
            Column("number_high", "float"),
            _t("unit_written", True),
            Column("tolerance", "float"),
            Column("baseline_year", "int"),
            Column("baseline_value", "float"),
            Column("start", "date"),
            Column("deadline", "date"),
            _t("deadline_text"),
            Column("value", "float"),
            Column("value_high", "float"),
            _t("unit"),
            _t("context"),
            _t("quote"),
            _t("note"),
            _t("standard"),
        ),
        "tasks": (
            _t("task_id"),
            _t("source"),
            _t("region"),
            _t("number"),
            Column("number_int", "int"),
            _t("title"),
            _t("status_text"),
            Column("status", "vocab", TaskStatus),
            _t("deadline_text"),
            Column("deadline", "date"),
            Column("deadline_category", "vocab", DEADLINE_CATEGORIES),
            _t("responsible"),
            _t("quote"),
        ),
    }
)


def _schema(table: str) -> tuple[Column, ...]:
    try:
        return SCHEMAS[table]
    except KeyError:
        raise ValueError(f"unknown table {table!r}; expected one of {sorted(SCHEMAS)}") from None


def columns(table: str) -> list[str]:
    """Documented column names of ``table``, in order."""
    return [c.name for c in _schema(table)]


def empty_frame(table: str) -> pd.DataFrame:
    """A frame with no rows and the documented columns and dtypes of ``table``."""
    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in _schema(table)})


def _first_label(index: pd.Index, mask: np.ndarray) -> Any:
    return index[np.flatnonzero(mask)[0]]


def _check_vocab(s: pd.Series, col: Column) -> None:
    """Unknown codes → error naming the column and the first row (checks unique values)."""
    codes = col.codes()
    unknown = [v for v in s.dropna().unique() if v not in codes]
    if unknown:
        bad = (s == unknown[0]).fillna(False).to_numpy(dtype=bool)
        row = _first_label(s.index, bad)
        raise ModelValidationError(
            col.name, unknown[0], f"unknown {col.name}; expected one of {', '.join(codes)}", row
        )


def _coerce_column(s: pd.Series, col: Column) -> pd.Series:
    name = col.name
    if str(s.dtype) == str(col.dtype):  # fast path: already in model form
        if col.kind in ("text", "vocab"):
            empty = (s == "").fillna(False).to_numpy(dtype=bool)
            s = s.mask(empty) if empty.any() else s
            if col.kind == "vocab":
                _check_vocab(s, col)
        return s
    if col.kind in ("text", "vocab"):
        if isinstance(s.dtype, pd.StringDtype):
            bad = pd.Series(False, index=s.index)
        else:
            values = s.to_numpy(dtype=object)
            is_text = np.fromiter((isinstance(v, str) for v in values), bool, len(values))
            bad = pd.Series(s.notna().to_numpy() & ~is_text, index=s.index)
        if bad.any():
            row = s.index[np.flatnonzero(bad.to_numpy())[0]]
            raise ModelValidationError(name, s[row], "expected text", row)
        obj = s.astype(object)
        obj = obj.where(s.notna() & (obj != ""), None)
        out = pd.Series(obj.to_numpy(dtype=object), index=s.index, name=name).astype(TEXT)
        if col.kind == "vocab":
            _check_vocab(out, col)
        return out
    if col.kind == "float":
        try:
            return pd.to_numeric(s, errors="raise").astype(FLOAT)
        except (ValueError, TypeError):
            num = pd.to_numeric(s, errors="coerce")
            bad = (num.isna() & s.notna()).to_numpy()
            row = _first_label(s.index, bad)
            raise ModelValidationError(name, s[row], "expected a number", row) from None
    if col.kind == "int":
        num = pd.to_numeric(s, errors="coerce")
        bad = (num.isna() & s.notna()).to_numpy() | (
            num.notna().to_numpy() & (num.fillna(0) % 1 != 0).to_numpy()
        )
        if bad.any():
            row = _first_label(s.index, bad)
            raise ModelValidationError(name, s[row], "expected an integer", row)
        return num.astype(INT)
    if col.kind == "date":
        if pd.api.types.is_datetime64_any_dtype(s):
            return s.astype(DATE)
        parsed = pd.to_datetime(s, errors="coerce", format="mixed")
        bad = (parsed.isna() & s.notna()).to_numpy()
        if bad.any():
            row = _first_label(s.index, bad)
            raise ModelValidationError(name, s[row], "expected a date (YYYY-MM-DD)", row)
        return parsed.astype(DATE)
    raise AssertionError(col.kind)  # pragma: no cover


def coerce_frame(df: pd.DataFrame, table: str, *, require: bool = True) -> pd.DataFrame:
    """Return ``df`` with the documented columns of ``table`` first, in documented dtypes.

    Missing optional columns are added (all missing); extra columns are kept after the
    documented ones in their input order, unchanged.  The index is kept.

    Parameters
    ----------
    df:
        Input frame.
    table:
        ``"indicators"``, ``"observations"``, ``"targets"`` or ``"tasks"``.
    require:
        When true, required columns must be present and non-missing in every row.

    Raises
    ------
    ModelValidationError
        A required column is absent (``row=None``) or empty in some row, a value has the
        wrong type, or a vocabulary column holds an unknown code.
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"expected a pandas DataFrame, got {type(df).__name__}")
    schema = _schema(table)
    out: dict[str, pd.Series] = {}
    for col in schema:
        if col.name in df.columns:
            out[col.name] = _coerce_column(df[col.name], col)
        elif require and col.required:
            raise ModelValidationError(col.name, None, f"column missing from the {table} frame")
        else:
            out[col.name] = pd.Series(
                pd.array([None] * len(df), dtype=col.dtype), index=df.index, name=col.name
            )
        if require and col.required:
            miss = out[col.name].isna().to_numpy()
            if miss.any():
                row = _first_label(df.index, miss)
                raise ModelValidationError(col.name, out[col.name][row], "is required", row)
    documented = {c.name for c in schema}
    for name in df.columns:
        if name not in documented:
            out[name] = df[name]
    return pd.DataFrame(out, index=df.index)


def extra_columns(df: pd.DataFrame, table: str) -> list[str]:
    """Columns of ``df`` that are not documented columns of ``table``, in order."""
    documented = set(columns(table))
    return [c for c in df.columns if c not in documented]


def records_frame(
    rows: Sequence[Mapping[str, Any]],
    table: str,
    extras: Iterable[Mapping[str, Any]] | None = None,
    index: Sequence[Any] | None = None,
) -> pd.DataFrame:
    """Build the documented frame of ``table`` from per-object column dicts.

    ``extras`` are the objects' pass-through columns; their union is appended after the
    documented columns in first-seen order, with dtypes inferred by pandas.
    """
    schema = _schema(table)
    n = len(rows)
    data: dict[str, Any] = {}
    idx = pd.Index(index) if index is not None else pd.RangeIndex(n)
    for col in schema:
        values = [r.get(col.name) for r in rows]
        if col.kind == "date":
            arr: Any = np.array(
                ["NaT" if v is None else np.datetime64(v, "D") for v in values],
                dtype="datetime64[D]",
            )
            data[col.name] = pd.Series(arr, index=idx).astype(DATE)
        elif col.kind in ("float", "int"):
            data[col.name] = pd.Series(pd.array(values, dtype=col.dtype), index=idx)
        else:
            data[col.name] = pd.Series(pd.array(values, dtype=TEXT), index=idx)
    frame = coerce_frame(pd.DataFrame(data, index=idx), table, require=False)
    extras = list(extras) if extras is not None else [{}] * n
    names: list[str] = []
    for e in extras:
        for k in e:
            if k not in names:
                names.append(k)
    for k in names:
        values = [e.get(k) for e in extras]
        frame[k] = _infer_series(values, frame.index)
    return frame


def _infer_series(values: list[Any], index: pd.Index) -> pd.Series:
    """Pass-through column: pandas' own dtype inference (as for a user's frame), except
    that text or flags missing as ``pd.NA`` (a nullable column, as the datasets read
    ``aliases``) stay nullable ``string`` / ``boolean``."""
    if any(v is pd.NA or v is None for v in values):
        given = [v for v in values if v is not pd.NA and v is not None]
        if all(isinstance(v, str) for v in given):
            return pd.Series(pd.array(values, dtype=TEXT), index=index)
        if all(isinstance(v, (bool, np.bool_)) for v in given):
            return pd.Series(pd.array(values, dtype="boolean"), index=index)
    return pd.Series(values, index=index)


# -- objects ↔ rows: every model class's attributes are named as its table's columns -------
def object_record(obj: Any, table: str, **cells: Any) -> dict[str, Any]:
    """The row of ``obj`` in ``table``: each documented column, in order, from the attribute
    of the same name (enum members as their codes); ``cells`` give columns that are not
    read that way (``indicator=ind.code``)."""
    return {
        name: cells[name] if name in cells else _cell(getattr(obj, name)) for name in columns(table)
    }


def _cell(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def objects_frame(objects: Iterable[Any], table: str) -> pd.DataFrame:
    """The ``table`` frame of model objects (their ``to_record()``, then their extras)."""
    items = list(objects)
    return records_frame([o.to_record() for o in items], table, [dict(o.extra) for o in items])


def objects_from_rows(
    frame: pd.DataFrame, table: str, cls: type[T], **resolve: Callable[[Any], Any]
) -> list[T]:
    """One ``cls`` per row of a coerced ``table`` frame, errors carrying the row label.

    Each init field of the dataclass ``cls`` is the column of the same name (passed
    through ``resolve[field]`` when given: an indicator code → its :class:`Indicator`);
    columns that are not documented go to ``extra``.
    """
    fields = dataclasses.fields(cls)
    make: Callable[..., T] = cls  # a dataclass: its fields are its keyword arguments
    names = [f.name for f in fields if f.init and f.name != "extra"]
    extras = extra_columns(frame, table)
    out: list[T] = []
    for label, rec in zip(frame.index, frame.to_dict("records"), strict=True):
        try:
            values = {n: resolve[n](rec[n]) if n in resolve else rec[n] for n in names}
            out.append(make(**values, extra={k: rec[k] for k in extras}))
        except ModelValidationError as e:
            raise fl.with_row(e, label) from None
    return out
