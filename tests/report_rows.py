"""Row helpers shared by the class tests of ``read_report`` (not a test module)."""

from __future__ import annotations

import re

import pandas as pd
from tests.scripts import to_traditional
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


def observations(text: str) -> pd.DataFrame:
    """``read_report``'s observations of ``text`` (no other table, no publication date)."""
    return read_report(text, source="x.txt").observations


def row_of_value(df: pd.DataFrame, value: float) -> pd.Series:
    """The one row of ``df`` whose ``value`` is ``value`` (fails listing the rows unless there
    is exactly one)."""
    hit = df[(df["value"] - value).abs() < 1e-6]
    assert len(hit) == 1, df[["indicator", "subject", "value"]]
    return hit.iloc[0]


def read_tables(text: str, hant: bool = False) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """``read_report``'s observations, targets and context rows of ``text`` (in traditional
    script when ``hant``)."""
    r = read_report(to_traditional(text) if hant else text, source="x.txt")
    return r.observations, r.targets, r.context


def values(df: pd.DataFrame) -> set[float]:
    """The values of a table's rows."""
    return {float(v) for v in df["value"]}


def figure_rows(
    text: str, tables: tuple[str, ...] = ("observations",)
) -> dict[str, dict[str, object]]:
    """The rows of ``tables`` (of ``read_report(text)``) by their figure as written (rows
    written alike: the last)."""
    r = read_report(text)
    rows: dict[str, dict[str, object]] = {}
    for table in tables:
        for _, x in getattr(r, table).iterrows():
            rows[str(x["value_text"])] = x.to_dict()
    return rows


def figure_row(
    text: str, value_text: str, *, tables: tuple[str, ...] = ("observations",)
) -> dict[str, object]:
    """The one row of :func:`figure_rows` whose figure as written holds ``value_text`` not
    right after a digit or a point (``5%`` is not in ``2.5%``).  Fails listing the figures
    unless exactly one row holds it."""
    rows = figure_rows(text, tables)
    at = re.compile(r"(?<![\d.])" + re.escape(value_text))
    hit = [v for k, v in rows.items() if at.search(k)]
    assert len(hit) == 1, sorted(rows)
    return hit[0]


def figures_of(
    text: str, *, published: str | None = "2023-01-01", region: str | None = None
) -> pd.DataFrame:
    """Every figure row of ``text`` with its ``table`` (:meth:`ReportTables.figures`), read
    as ``x.txt`` published on ``published`` (``None``: no date) in ``region``."""
    return read_report(text, source="x.txt", published=published, region=region).figures()


def rows_of(
    text: str,
    figure: str,
    *,
    at_start: bool = False,
    published: str | None = "2023-01-01",
    region: str | None = None,
) -> pd.DataFrame:
    """The rows of :func:`figures_of` whose figure as written holds ``figure`` (with
    ``at_start``: begins with it), any table."""
    rows = figures_of(text, published=published, region=region)
    written = rows["value_text"].astype(str)
    hit = written.str.startswith(figure) if at_start else written.str.contains(figure, regex=False)
    return rows[hit]


def row_of(
    text: str,
    figure: str,
    *,
    at_start: bool = False,
    published: str | None = "2023-01-01",
    region: str | None = None,
) -> pd.Series:
    """The one row of :func:`rows_of` (fails listing the rows unless there is exactly one)."""
    rows = rows_of(text, figure, at_start=at_start, published=published, region=region)
    assert len(rows) == 1, rows[["table", "value_text", "indicator", "region"]]
    return rows.iloc[0]


def span_of(text: str, written: str) -> tuple[int, int]:
    """The span of the first place ``written`` is in ``text`` (fails if it is not there)."""
    start = text.index(written)
    return start, start + len(written)
