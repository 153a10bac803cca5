"""Row helpers shared by the class tests of ``read_report`` (not a test module)."""

from __future__ import annotations

import pandas as pd
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.units import to_simplified


def report_rows(text: str, **kwargs: object) -> pd.DataFrame:
    """``read_report``'s observations and context rows of ``text``, with ``written``: the
    figure as written, in simplified script."""
    o = with_context(read_report(text, source="x.txt", **kwargs))  # type: ignore[arg-type]
    return o.assign(written=o["value_text"].map(to_simplified))


def report_row(text: str, value: str, **kwargs: object) -> pd.Series:
    """The first row of :func:`report_rows` whose figure contains ``value`` (fails listing the
    rows if none does)."""
    o = report_rows(text, **kwargs)
    rows = o[o["written"].str.contains(value, regex=False)]
    assert len(rows) >= 1, o[["value_text", "period_text"]]
    return rows.iloc[0]
