"""Row helpers shared by the class tests of ``read_report`` (not a test module)."""

from __future__ import annotations

import re

import pandas as pd
from tests.scripts import in_script, to_traditional
from tests.test_extract import with_context

from envindicators.extract import ReportTables, read_report
from envindicators.units import to_simplified


def report_rows(text: str, *, hant: bool = False, **kwargs: object) -> pd.DataFrame:
    """``read_report``'s observations and context rows of ``text`` (in traditional script
    when ``hant``), with ``written``: the figure as written, in simplified script."""
    if hant:
        text = to_traditional(text)
    o = with_context(read_report(text, source="x.txt", **kwargs))  # type: ignore[arg-type]
    return o.assign(written=o["value_text"].map(to_simplified))


def report_row(text: str, value: str, *, hant: bool = False, **kwargs: object) -> pd.Series:
    """The first row of :func:`report_rows` whose figure, in simplified script, contains
    ``value`` (fails listing the rows if none does)."""
    o = report_rows(text, hant=hant, **kwargs)
    rows = o[o["written"].str.contains(value, regex=False)]
    assert len(rows) >= 1, o[["value_text", "period_text"]]
    return rows.iloc[0]


def first_figure_row(text: str, figure: str, *, hant: bool = False, **kwargs: object) -> pd.Series:
    """The first row of any table of ``read_report`` (:meth:`ReportTables.figures`) whose
    figure, in simplified script, is ``figure`` — else the first that contains it (fails
    listing the rows if none does).  ``text`` is read in traditional script when ``hant``."""
    if hant:
        text = to_traditional(text)
    f = read_report(text, source="x.txt", **kwargs).figures()  # type: ignore[arg-type]
    written = f["value_text"].astype(str).map(to_simplified)
    rows = f[written == figure]
    if rows.empty:
        rows = f[written.str.contains(figure, regex=False)]
    assert len(rows) >= 1, f[["value_text", "role", "region"]]
    return rows.iloc[0]


def role_of(row: pd.Series) -> str:
    """A row's role, ``target`` for a row of the targets table."""
    return "target" if row["table"] == "targets" else str(row["role"])


def linked_by_figure(text: str, hant: bool) -> dict[str, tuple[str, str, bool]]:
    """Each figure of any table (simplified script) → its indicator, subject (simplified)
    and review flag; ``text`` read in traditional script when ``hant``."""
    rows = read_report(to_traditional(text) if hant else text, source="x.txt").figures()
    return {
        to_simplified(str(r["value_text"])): (
            str(r["indicator"]),
            to_simplified(str(r["subject"])),
            bool(r["needs_review"]),
        )
        for _, r in rows.iterrows()
    }


def nth_written_row(text: str, written: str, hant: bool, nth: int = 0) -> dict[str, object]:
    """The ``nth`` row of :func:`report_rows` whose figure, in simplified script, is exactly
    ``written`` (fails listing the rows if there are not that many)."""
    rows = report_rows(text, hant=hant)
    hit = rows[rows["written"] == written]
    assert len(hit) > nth, rows[["value_text", "indicator", "subject"]]
    return dict(hit.iloc[nth])


def nth_written_code(text: str, written: str, hant: bool, nth: int = 0) -> str:
    """The indicator of :func:`nth_written_row`."""
    return str(nth_written_row(text, written, hant, nth)["indicator"])


def observations(text: str) -> pd.DataFrame:
    """``read_report``'s observations of ``text`` (no other table, no publication date)."""
    return read_report(text, source="x.txt").observations


def observation_of(text: str, value: str, **kwargs: object) -> pd.Series:
    """The one observation of ``text`` (read as ``x.txt``, ``kwargs`` to ``read_report``)
    whose figure, in simplified script, is ``value`` (fails listing the rows unless exactly
    one is)."""
    o = read_report(text, source="x.txt", **kwargs).observations  # type: ignore[arg-type]
    rows = o[o["value_text"].map(to_simplified) == value]
    assert len(rows) == 1, o[["value_text", "period_text", "region"]]
    return rows.iloc[0]


def period_of(row: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first and last day of a row's period."""
    return pd.Timestamp(row["period_start"]), pd.Timestamp(row["period_end"])


def span_dates(row: pd.Series) -> tuple[str | None, str | None]:
    """A row's ``period_start`` and ``period_end`` as ISO dates (``None`` where empty)."""
    start, end = row["period_start"], row["period_end"]
    return (
        None if pd.isna(start) else str(pd.Timestamp(start).date()),
        None if pd.isna(end) else str(pd.Timestamp(end).date()),
    )


def row_of_value(df: pd.DataFrame, value: float) -> pd.Series:
    """The one row of ``df`` whose ``value`` is ``value`` (fails listing the rows unless there
    is exactly one)."""
    hit = df[(df["value"] - value).abs() < 1e-6]
    assert len(hit) == 1, df[["indicator", "subject", "value"]]
    return hit.iloc[0]


def read_text(text: str, hant: bool = False) -> ReportTables:
    """``read_report`` of ``text`` (in traditional script when ``hant``) as ``x.txt``."""
    return read_report(to_traditional(text) if hant else text, source="x.txt")


def read_tables(text: str, hant: bool = False) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """``read_report``'s observations, targets and context rows of ``text`` (in traditional
    script when ``hant``)."""
    r = read_text(text, hant)
    return r.observations, r.targets, r.context


def written_row(frame: pd.DataFrame, number: str, *, contains: bool = False) -> pd.Series:
    """The one row of ``frame`` whose figure as written is ``number`` in either script (with
    ``contains``: holds ``number`` as given).  Fails listing the rows unless exactly one is."""
    written = frame["value_text"].astype(str)
    if contains:
        hit = frame[written.str.contains(number, regex=False)]
    else:
        hit = frame[written.isin([number, to_traditional(number)])]
    assert len(hit) == 1, frame.filter(["value_text", "period_text", "period_end", "deadline"])
    return hit.iloc[0]


def day_of(value: object) -> str | None:
    """The day of a date cell as ``YYYY-MM-DD`` (``None`` for an empty cell)."""
    return None if pd.isna(value) else str(pd.Timestamp(value).date())


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
    text: str,
    value_text: str,
    *,
    tables: tuple[str, ...] = ("observations",),
    hant: bool = False,
) -> dict[str, object]:
    """The one row of :func:`figure_rows` whose figure as written holds ``value_text`` not
    right after a digit or a point (``5%`` is not in ``2.5%``); with ``hant`` the text and
    ``value_text`` are both put in traditional script first.  Fails listing the figures
    unless exactly one row holds it."""
    if hant:
        text, value_text = to_traditional(text), to_traditional(value_text)
    rows = figure_rows(text, tables)
    at = re.compile(r"(?<![\d.])" + re.escape(value_text))
    hit = [v for k, v in rows.items() if at.search(k)]
    assert len(hit) == 1, sorted(rows)
    return hit[0]


def subject_of(
    text: str,
    value_text: str,
    *,
    tables: tuple[str, ...] = ("observations", "targets"),
    hant: bool = False,
) -> str:
    """The subject, in simplified script, of the :func:`figure_row` of ``value_text``."""
    return to_simplified(str(figure_row(text, value_text, tables=tables, hant=hant)["subject"]))


#: Every table of figures :func:`simplified_row` looks in, in the order it looks.
ALL_TABLES = ("observations", "context", "targets")


def simplified_row(
    text: str, value: str, *, script: str = "simplified", holds: bool = False
) -> dict[str, object]:
    """The first row of :func:`figure_rows` (any of :data:`ALL_TABLES`) of ``text`` put in
    ``script`` whose figure, in simplified script, is ``value`` (with ``holds``: contains
    it).  Raises ``StopIteration`` when none is."""
    rows = figure_rows(in_script(text, script), ALL_TABLES)
    if holds:
        return next(v for k, v in rows.items() if value in to_simplified(k))
    return next(v for k, v in rows.items() if to_simplified(k) == value)


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
