"""Row helpers shared by the parser's class tests (not a test module)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

import pandas as pd

from envindicators.units import extract_quantities
from envindicators.units.text import to_simplified

#: A row as the class tests of parser rounds 46, 47 and 49 compare it: the span (simplified),
#: value, unit, qualifier, kind, sign and warnings.
Row = tuple[str, float, str, str, str, int, str]
#: A row with its bounds, as the class tests of parser round 48 compare it: the span
#: (simplified), value, low, high (``None`` where NaN), unit, qualifier, kind and warnings.
BoundsRow = tuple[str, float | None, float | None, float | None, str, str, str, str]


def one_row(text: str) -> pd.Series:
    """The only row ``extract_quantities`` reads in ``text`` (fails listing the rows if not one)."""
    df = extract_quantities(text)
    assert len(df) == 1, df[["text", "value", "unit"]].to_records().tolist()
    return df.iloc[0]


def flags(row: pd.Series) -> set[str]:
    """The flags of a row of ``extract_quantities`` (its ``warnings``, split)."""
    return set(filter(None, str(row["warnings"]).split(";")))


def rows(text: str, *cols: str) -> list[tuple[object, ...]]:
    """The rows ``extract_quantities`` reads in ``text``, each as the tuple of ``cols``."""
    df = extract_quantities(text)
    return list(df[list(cols)].itertuples(index=False, name=None))


def _span(x: object) -> str:
    """A row's span, in simplified script."""
    return to_simplified(str(x))


def _number(x: Any) -> float | None:
    """``x`` as a float, ``None`` where it is NaN."""
    f = float(x)
    return None if f != f else f


def _cells(text: str, fields: Mapping[str, Callable[[Any], object]]) -> list[tuple[object, ...]]:
    """The rows ``extract_quantities`` reads in ``text``: per row, each field of ``fields``
    (column name → conversion) in their order."""
    df = extract_quantities(text)
    return [
        tuple(convert(getattr(r, col)) for col, convert in fields.items())
        for r in df.itertuples(index=False)
    ]


#: The fields of a :data:`Row` and of a :data:`BoundsRow`, each with its conversion.
_Fields = dict[str, Callable[[Any], object]]
_LABELS: _Fields = dict.fromkeys(("unit", "qualifier", "kind"), str)
_ROW_FIELDS: _Fields = {"text": _span, "value": float, **_LABELS, "sign": int, "warnings": str}
_BOUNDS_FIELDS: _Fields = {"text": _span, "value": _number, "low": _number, "high": _number}
_BOUNDS_FIELDS |= {**_LABELS, "warnings": str}


def span_rows(text: str) -> list[Row]:
    """The rows ``extract_quantities`` reads in ``text``, each as a :data:`Row`."""
    return cast(list[Row], _cells(text, _ROW_FIELDS))


def bounds_rows(text: str) -> list[BoundsRow]:
    """The rows ``extract_quantities`` reads in ``text``, each as a :data:`BoundsRow`."""
    return cast(list[BoundsRow], _cells(text, _BOUNDS_FIELDS))
