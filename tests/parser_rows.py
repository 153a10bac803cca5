"""Row helpers shared by the parser's class tests (not a test module)."""

from __future__ import annotations

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


def span_rows(text: str) -> list[Row]:
    """The rows ``extract_quantities`` reads in ``text``, each as a :data:`Row`."""
    df = extract_quantities(text)
    return [
        (
            to_simplified(str(r.text)),
            float(r.value),
            str(r.unit),
            str(r.qualifier),
            str(r.kind),
            int(r.sign),
            str(r.warnings),
        )
        for r in df.itertuples(index=False)
    ]


def _number(x: object) -> float | None:
    """``x`` as a float, ``None`` where it is NaN."""
    f = float(x)  # type: ignore[arg-type]
    return None if f != f else f


def bounds_rows(text: str) -> list[BoundsRow]:
    """The rows ``extract_quantities`` reads in ``text``, each as a :data:`BoundsRow`."""
    df = extract_quantities(text)
    return [
        (
            to_simplified(str(r.text)),
            _number(r.value),
            _number(r.low),
            _number(r.high),
            str(r.unit),
            str(r.qualifier),
            str(r.kind),
            str(r.warnings),
        )
        for r in df.itertuples(index=False)
    ]
