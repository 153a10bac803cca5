"""Row helpers shared by the parser's class tests (not a test module)."""

from __future__ import annotations

import pandas as pd

from envindicators.units import extract_quantities


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
