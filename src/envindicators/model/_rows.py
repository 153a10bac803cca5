"""Model objects ↔ table rows: records, frames of objects, objects of frames (private).

Every model class's attributes are named as its table's model columns
(:data:`envindicators.model.schema.SCHEMAS`); these helpers build the DataFrame form of a
list of objects and the objects of a coerced frame, carrying the other columns as
``extra``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import pandas as pd

from envindicators.errors import ModelValidationError
from envindicators.model import _field_values as fl
from envindicators.model.schema import DATE, SCHEMAS, TEXT, coerce_frame, columns

__all__ = [
    "extra_columns",
    "object_record",
    "objects_frame",
    "objects_from_rows",
    "records_frame",
]

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def extra_columns(df: pd.DataFrame, table: str) -> list[str]:
    """Columns of ``df`` that are not model columns of ``table``, in order."""
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
    model columns in first-seen order, with dtypes inferred by pandas.
    """
    schema = SCHEMAS[table]
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
    """Pass-through column: pandas' own dtype inference (as for a user's frame)."""
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
