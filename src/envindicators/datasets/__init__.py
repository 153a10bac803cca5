"""The bundled datasets: the five seed reports' figures, and follow-up figures.

Figures, targets, task ledgers and aggregate statements of the five seed reports, and
follow-up figures from official sources that say whether the targets were met
(``sources/followup/``).

Tables (see ``datasets/README.md`` in the repository for the full data dictionary)::

    >>> from envindicators import datasets
    >>> obs = datasets.load("observations")
    >>> sorted(datasets.TABLES)  # doctest: +NORMALIZE_WHITESPACE
    ['documents', 'indicators', 'inspections', 'meetings', 'observations',
     'progress_summaries', 'relations', 'targets', 'tasks']

Every loader returns a typed :class:`pandas.DataFrame`: ``string`` columns for text,
``Float64``/``Int64`` (nullable) for numbers, ``datetime64`` for dates.  :func:`validate`
checks a table against its schema (columns, types, keys, vocabularies, units that parse,
quotes that are verbatim in the source document, values recomputed from the written
figures, thresholds recomputed from their words, status lines inside their item's block,
follow-up sources with their address and access date, evidence links to targets of the same
region and indicator) and raises :class:`~envindicators.errors.DatasetError` naming the
table, row and column of the first problems found.

The CSV files live in the installed package (``envindicators/datasets/data``, copied from
the repository's ``datasets/`` folder at build time) and are read with
:mod:`importlib.resources`.  In a source checkout with an editable install they are read
from ``datasets/`` directly.

Your own tables in the same schema are read by :func:`read_csv` (one file) and
:func:`read_tables` (folders, merged with or replacing the bundled tables): only the
:data:`MINIMAL_COLUMNS` are required, the encoding is detected (UTF-8 with or without BOM,
UTF-16, GB18030/GBK), and every error names the file, line and column.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from envindicators.datasets._user_tables import (
    ENCODINGS_TRIED,
    MINIMAL_COLUMNS,
    decode_text,
    detect_encoding,
    file_encoding,
    iter_text,
    read_csv,
    read_tables,
    read_text,
    with_bundled_indicators,
)
from envindicators.errors import DatasetError, ModelValidationError, QuantityParseError
from envindicators.model import TABLES, Column, Table, canonical_values
from envindicators.model.schema import RELATION_TYPES, TableName
from envindicators.model.vocab import ObservationRole
from envindicators.units import parse_quantity, ureg

__all__ = [
    "ENCODINGS_TRIED",
    "MINIMAL_COLUMNS",
    "RELATION_TYPES",
    "TABLES",
    "Column",
    "Table",
    "compute_values",
    "data_dir",
    "decode_text",
    "detect_encoding",
    "file_encoding",
    "iter_text",
    "load",
    "load_all",
    "read_csv",
    "read_tables",
    "read_text",
    "source_text",
    "typed",
    "validate",
    "with_bundled_indicators",
]

#: Folder (under ``sources/``) of the follow-up sources: excerpts of official bulletins,
#: reports and news items with the figures that answer the seeds' targets.
FOLLOWUP_DIR = "followup"


def data_dir() -> Traversable:
    """Folder holding the CSV files (inside the installed package, or ``datasets/``).

    Returns
    -------
    Traversable
        The folder (a :class:`importlib.resources.abc.Traversable`).
    """
    packaged = resources.files(__package__) / "data"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "datasets"  # editable install
    if (checkout / "sources").is_dir():
        return checkout
    raise DatasetError(
        "the bundled datasets are missing: reinstall envindicators (pip install .), "
        f"or run from a source checkout that has {checkout}"
    )


def _read_csv(table: Table, path: Traversable) -> pd.DataFrame:
    with path.open("rb") as fh:
        raw = pd.read_csv(fh, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    return typed(raw, table.name)


_EXPECTED = {
    "date": "a date (YYYY-MM-DD)",
    "float": "a number",
    "int": "an integer",
    "bool": "True or False",
}
_BOOLEAN = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}


def typed(
    raw: pd.DataFrame,
    name: TableName,
    *,
    extra: Literal["raise", "keep"] = "raise",
    missing: Literal["raise", "add"] = "raise",
    required: bool | Collection[str] = False,
) -> pd.DataFrame:
    """Type a table read as text (every cell a string or missing) by its schema.

    Parameters
    ----------
    raw : pandas.DataFrame
        The table as read from CSV with ``dtype=str`` (empty cells missing).
    name : str
        Which schema.
    extra : {"raise", "keep"}
        ``"raise"`` (default): columns outside the schema are an error; ``"keep"``: they
        are kept, as text, after the schema's columns.
    missing : {"raise", "add"}
        ``"raise"`` (default): schema columns absent from ``raw`` are an error (all of them
        named at once); ``"add"``: they are added, empty — except the ``required`` ones.
    required : bool or collection of str
        Columns whose every cell must have a value: ``True`` for the schema's required
        columns (:func:`validate` checks that and more; this is for reading user files
        cell by cell), or the names themselves.  With ``missing="add"`` these columns must
        also be present.

    Returns
    -------
    pandas.DataFrame
        The schema's columns in order, typed as :func:`load` returns them.

    Raises
    ------
    DatasetError
        Missing (or, with ``extra="raise"``, unexpected) columns, or the first cell that
        is not of its column's type — with ``column`` and ``row`` (index label) set.
    """
    table = _table(name)
    columns = table.bundled_columns
    if required is True:
        must = {c.name for c in columns if c.required}
    elif required is False:
        must = set()
    else:
        must = set(required)
    names = table.column_names
    absent = [c for c in names if c not in raw.columns]
    unexpected = [c for c in raw.columns if c not in names]
    fatal = absent if missing == "raise" else [c for c in absent if c in must]
    if fatal:
        s = "s" if len(fatal) > 1 else ""
        raise DatasetError(
            f"the {table.name} table lacks the column{s} {', '.join(map(repr, fatal))}",
            column=fatal[0],
        )
    if unexpected and extra == "raise":
        raise DatasetError(
            f"{table.filename}: unexpected column(s) {unexpected}", column=unexpected[0]
        )
    out: dict[str, pd.Series] = {}
    for col in columns:
        if col.name not in raw.columns:
            out[col.name] = pd.Series(pd.NA, index=raw.index, dtype=col.dtype)
            continue
        s = raw[col.name]
        if col.kind == "text":
            out[col.name] = s.astype(col.dtype)
            continue
        if col.kind == "date":
            parsed = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
        elif col.kind == "bool":
            parsed = s.str.strip().str.lower().map(_BOOLEAN)
        else:
            parsed = pd.to_numeric(s, errors="coerce")
            if col.kind == "int":
                parsed = parsed.where(parsed.isna() | (parsed % 1 == 0))
        bad = parsed.isna() & s.notna()
        if bad.any():
            row = s.index[np.flatnonzero(bad.to_numpy())[0]]
            raise DatasetError(
                f"column {col.name!r}: {s[row]!r} is not {_EXPECTED[col.kind]}",
                column=col.name,
                row=row,
            )
        # one date resolution whatever pandas infers from the strings (it varies by content)
        out[col.name] = parsed.astype(col.dtype)
    for col in columns:
        miss = out[col.name].isna()
        if col.name in must and miss.any():
            row = raw.index[np.flatnonzero(miss.to_numpy())[0]]
            raise DatasetError(
                f"column {col.name!r}: required value missing", column=col.name, row=row
            )
    frame = pd.DataFrame(out, index=raw.index)[names]
    for c in unexpected:
        frame[c] = raw[c].astype("string")
    return frame


@functools.cache
def _load_cached(name: str) -> pd.DataFrame:
    table = _table(name)
    return _read_csv(table, data_dir() / table.filename)


def _table(name: str) -> Table:
    try:
        return TABLES[name]
    except KeyError:
        raise DatasetError(f"unknown table {name!r}; tables are {sorted(TABLES)}") from None


def load(name: TableName) -> pd.DataFrame:
    """Load one bundled table as a typed DataFrame (a fresh copy on every call).

    Parameters
    ----------
    name : TableName
        ``"observations"``, ``"targets"``, ``"tasks"``, ``"progress_summaries"``,
        ``"relations"``, ``"meetings"``, ``"inspections"``, ``"indicators"`` or
        ``"documents"``.

    Returns
    -------
    pandas.DataFrame
        The table, with the dtypes of its schema.
    """
    return _load_cached(name).copy()


def load_all() -> dict[str, pd.DataFrame]:
    """All bundled tables, by name.

    Returns
    -------
    dict[str, pandas.DataFrame]
        Every table of :data:`TABLES`, loaded as by :func:`load`.
    """
    return {name: load(name) for name in TABLES}  # type: ignore[arg-type]


@functools.cache
def source_text(source: str) -> str:
    """Full text of a bundled source document (file name as in the ``source`` column).

    Seeds are named by their file (``000_72db18747bb7c34f.txt``); follow-up sources by
    their path under ``sources/`` (``followup/F001_1a2b3c4d5e6f7a8b.txt``).

    Parameters
    ----------
    source : str
        File name as in the ``source`` column.

    Returns
    -------
    str
        The document's text.
    """
    parts = str(source).split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise DatasetError(f"not a bundled source name: {source!r}")
    path = data_dir() / "sources"
    for part in parts:
        path = path / part
    if not path.is_file():
        raise DatasetError(f"no bundled source document named {source!r}")
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------
# Computed columns
# ---------------------------------------------------------------------------------------
def compute_values(df: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """Compute ``value`` (and ``value_high``), ``unit`` and ``context`` from the written figure.

    ``value = number × f(unit_written → unit)`` where ``unit`` is the indicator's canonical
    unit (``%`` for relative changes, ``percentage_point`` for absolute changes of shares)
    and ``f`` is pint's conversion factor inside the indicator's context when it has one —
    the model's :func:`~envindicators.model.canonical_values`, which resolves each distinct
    unit pair once.  ``context`` is always the indicator's: a context typed in ``df`` is
    what :func:`validate` compares with this result, so it is not used to compute it.

    Parameters
    ----------
    df : pandas.DataFrame
        Observations or targets (needs ``indicator``, ``kind``, ``number``, ``unit_written``;
        ``number_high`` is converted too when present).
    indicators : pandas.DataFrame
        The indicator registry.

    Returns
    -------
    pandas.DataFrame
        A copy of ``df`` with the computed columns filled.

    Raises
    ------
    DatasetError
        An unknown indicator code or a written unit that cannot be converted, with the
        ``column`` and ``row``.
    """
    table = "targets" if "number_high" in df.columns else "observations"
    try:
        canon = canonical_values(df.assign(context=pd.NA), table, indicators, check=False)
    except ModelValidationError as exc:
        raise DatasetError(str(exc), column=exc.field, row=exc.row) from None
    out = df.copy()
    out["value"] = canon["value"].astype("Float64")
    if "number_high" in out.columns:
        out["value_high"] = canon["value_high"].astype("Float64")
    out["unit"] = canon["unit"].astype("string")
    out["context"] = df["indicator"].map(indicators.set_index("code")["context"]).astype("string")
    return out


# ---------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------
def _problems(table: Table, df: pd.DataFrame, tables: Mapping[str, pd.DataFrame]) -> list[str]:
    problems: list[str] = []

    def flag(mask: pd.Series, column: str, what: str) -> None:
        rows = df.index[mask.fillna(False).to_numpy(dtype=bool)]
        for idx in rows[:5]:
            problems.append(f"row {idx} ({_row_id(table, df, idx)}), {column}: {what}")
        if len(rows) > 5:
            problems.append(f"… {len(rows) - 5} more rows with {column}: {what}")

    for col in table.bundled_columns:
        s = df[col.name]
        if col.required:
            flag(s.isna(), col.name, "required value is missing")
        if col.vocabulary is not None:
            flag(s.notna() & ~s.isin(col.vocabulary), col.name, "not in the vocabulary")
        if col.unit:
            bad = {u for u in s.dropna().unique() if not _parses_as_unit(str(u))}
            flag(s.isin(bad), col.name, "not a unit of envindicators.units.ureg")
    if table.key:
        flag(df[table.key].duplicated(keep=False), table.key, "duplicate key")
    else:
        keys = table.key_columns
        flag(df.duplicated(keys, keep=False), keys[-1], "duplicate")
    for column, other in table.references.items():
        if other in tables:
            known = set(tables[other][TABLES[other].key])
            flag(~df[column].isin(known), column, f"not a key of {other}")
    if "quote" in df.columns and "source" in df.columns:
        flag(df["quote"].str.strip().str.len() == 0, "quote", "empty quote")
        verbatim = _quotes_verbatim(df)
        flag(~verbatim, "quote", "not a verbatim substring of the source document")
    if "value_text" in df.columns:
        inside = pd.Series(
            [str(v) in str(q) for v, q in zip(df["value_text"], df["quote"], strict=True)],
            index=df.index,
        )
        flag(~inside, "value_text", "not inside the quote")
    if {"value", "number"} <= set(df.columns) and "indicators" in tables:
        try:
            expected = compute_values(df, tables["indicators"])
        except DatasetError as exc:
            problems.append(str(exc))
            return problems
        for name in ("value", "value_high"):
            if name in df.columns:
                a = df[name].astype(float).to_numpy()
                b = expected[name].astype(float).to_numpy()
                same = np.isclose(a, b, rtol=1e-9, atol=0.0) | (np.isnan(a) & np.isnan(b))
                flag(pd.Series(~same, index=df.index), name, "differs from the recomputed value")
        for name in ("unit", "context"):
            same_text = df[name].fillna("") == expected[name].fillna("")
            flag(~same_text, name, "differs from the indicator's")
    if table.name == "indicators" and "standard" in df.columns:
        bad_refs = {
            ref: why for ref in df["standard"].dropna().unique() if (why := _ref_problem(ref))
        }
        for ref, why in bad_refs.items():
            flag(df["standard"] == ref, "standard", why)
    if {"period_start", "period_end"} <= set(df.columns):
        flag(df["period_start"] > df["period_end"], "period_start", "after period_end")
    if {"start", "deadline"} <= set(df.columns):
        flag(df["start"] > df["deadline"], "start", "after deadline")
    if {"count", "total"} <= set(df.columns):
        flag(df["count"] > df["total"], "count", "greater than total")
        flag(df["count"] < 0, "count", "negative")
    checks = {
        "documents": _document_problems,
        "observations": _evidence_problems,
        "targets": _threshold_problems,
        "tasks": _task_problems,
        "meetings": _meeting_problems,
    }
    if table.name in checks:
        checks[table.name](df, tables, flag)
    return problems


Flag = Callable[[pd.Series, str, str], None]


def _document_problems(df: pd.DataFrame, tables: Mapping[str, pd.DataFrame], flag: Flag) -> None:
    """Follow-up sources carry their provenance: address, publisher, access date."""
    followup = df["source"].str.startswith(FOLLOWUP_DIR + "/").fillna(False)
    for col in ("url", "publisher", "accessed"):
        flag(followup & df[col].isna(), col, "required for a follow-up source")
    flag(df["accessed"].notna() & df["url"].isna(), "url", "an accessed copy needs its address")
    flag(df["accessed"] < df["published"], "accessed", "before the publication date")


def _evidence_problems(df: pd.DataFrame, tables: Mapping[str, pd.DataFrame], flag: Flag) -> None:
    """``evidence_for`` names targets of the observation's own region and indicator."""
    if "targets" not in tables:
        return
    targets = tables["targets"].set_index("target_id")
    links = df["evidence_for"].dropna().str.split(";").explode().str.strip()
    known = links.isin(targets.index)
    flag(pd.Series(~known, index=links.index).groupby(level=0).any().reindex(df.index),
         "evidence_for", "not a target_id of targets")  # fmt: skip
    links = links[known]
    same = (targets.loc[links, "region"].to_numpy() == df.loc[links.index, "region"].to_numpy()) & (
        targets.loc[links, "indicator"].to_numpy() == df.loc[links.index, "indicator"].to_numpy()
    )
    flag(pd.Series(~same, index=links.index).groupby(level=0).any().reindex(df.index),
         "evidence_for", "a target of another region or indicator")  # fmt: skip
    flag(df["evidence_for"].notna() & (df["role"] != ObservationRole.OUTCOME.value),
         "evidence_for", "only an outcome is evidence")  # fmt: skip


#: Qualifier of a parsed threshold → the comparator of the threshold columns.
_THRESHOLD_BOUND = {"at_most": "le", "less": "lt", "at_least": "ge", "greater": "gt"}


def _threshold_problems(df: pd.DataFrame, tables: Mapping[str, pd.DataFrame], flag: Flag) -> None:
    """A threshold is all four columns or none, written in the quote, recomputed from it."""
    cols = ["threshold_text", "threshold_comparator", "threshold_number", "threshold_unit"]
    given = df[cols].notna()
    flag(given.any(axis=1) & ~given.all(axis=1), "threshold_text", "threshold columns incomplete")
    rows = df[given.all(axis=1)]
    inside = [str(x) in str(q) for x, q in zip(rows["threshold_text"], rows["quote"], strict=True)]
    flag(pd.Series(inside, index=rows.index).eq(False).reindex(df.index),
         "threshold_text", "not inside the quote")  # fmt: skip
    wrong = pd.Series(False, index=df.index)
    for idx, text, comp, number, unit in zip(
        rows.index, rows["threshold_text"], rows["threshold_comparator"],
        rows["threshold_number"], rows["threshold_unit"], strict=True,
    ):  # fmt: skip
        try:
            parsed = parse_quantity(str(text))
            same_unit = _parses_as_unit(str(unit)) and ureg.Unit(parsed.unit) == ureg.Unit(unit)
        except (QuantityParseError, ValueError):
            wrong[idx] = True
            continue
        bound = _THRESHOLD_BOUND.get(parsed.qualifier.value)
        wrong[idx] = not (
            same_unit
            and bound == comp
            and parsed.value is not None
            and bool(np.isclose(parsed.value, float(number)))
        )
    flag(wrong, "threshold_number", "differs from the threshold written in threshold_text")


def _task_problems(df: pd.DataFrame, tables: Mapping[str, pd.DataFrame], flag: Flag) -> None:
    """``status_quote`` is verbatim inside the item's own block; ``parent`` is a task."""
    has = df["status_quote"].notna()
    inside = [str(s) in str(q) for s, q in zip(df["status_text"], df["status_quote"], strict=True)]
    flag(has & df["status_text"].notna() & ~pd.Series(inside, index=df.index),
         "status_text", "not inside the status_quote")  # fmt: skip
    flag(has & _status_outside_block(df), "status_quote", "not inside the item's block")
    ids = df.set_index("task_id")["source"]
    parent_source = df["parent"].map(ids)
    flag(df["parent"].notna() & (parent_source != df["source"]).fillna(True),
         "parent", "not a task_id of the same source")  # fmt: skip


def _status_outside_block(df: pd.DataFrame) -> pd.Series:
    """Whether a task's ``status_quote`` lies outside its block in the source text.

    An item's block runs from the first occurrence of its ``quote`` to the first
    occurrence of the next item's quote (items ordered by position; items that share a
    quote share a block); the status must be found at or after the quote's start and
    before the block ends.
    """
    out = pd.Series(False, index=df.index)
    for source, rows in df.groupby("source", sort=False):
        try:
            text = source_text(str(source))
        except DatasetError:
            continue  # reported by the verbatim check
        starts = pd.Series([text.find(str(q)) for q in rows["quote"]], index=rows.index)
        ordered = np.unique(starts[starts >= 0].to_numpy())
        for idx, start, status in zip(rows.index, starts, rows["status_quote"], strict=True):
            if pd.isna(status) or start < 0:
                continue
            later = ordered[ordered > start]
            end = int(later[0]) if len(later) else len(text)
            pos = text.find(str(status), int(start))
            out[idx] = not (0 <= pos < end)
    return out


def _meeting_problems(df: pd.DataFrame, tables: Mapping[str, pd.DataFrame], flag: Flag) -> None:
    """A commitment has a comparator (每季度至少一次 → ge); a reported count has none."""
    commitment = df["role"] == "commitment"
    flag(commitment & df["comparator"].isna(), "comparator", "required for a commitment")
    flag(~commitment & df["comparator"].notna(), "comparator", "only a commitment has one")


def _ref_problem(ref: str) -> str | None:
    """Why ``ref`` is not a valid standard reference (``None`` when it is).

    It must parse as a :class:`~envindicators.model.StandardRef`; one naming a standard the
    library ships must resolve against it (:func:`envindicators.standards.check_ref`).
    """
    from envindicators.errors import StandardLookupError
    from envindicators.standards import check_ref

    try:
        check_ref(str(ref))
    except StandardLookupError as exc:
        return f"not a valid standard reference ({exc})"
    return None


def _row_id(table: Table, df: pd.DataFrame, idx: object) -> str:
    key = table.key_columns[0]
    return str(df.loc[idx, key])


@functools.cache
def _parses_as_unit(unit: str) -> bool:
    try:
        ureg.Unit(unit)
    except Exception:  # pint raises several types for bad unit strings
        return False
    return True


def _quotes_verbatim(df: pd.DataFrame) -> pd.Series:
    result = pd.Series(True, index=df.index)
    for source, rows in df.groupby("source", sort=False):
        try:
            text = source_text(str(source))
        except DatasetError:
            result[rows.index] = False
            continue
        result[rows.index] = [str(q) in text for q in rows["quote"]]
    return result


def validate(
    df: pd.DataFrame, name: TableName, *, tables: Mapping[str, pd.DataFrame] | None = None
) -> None:
    """Check a table against its schema; raise :class:`DatasetError` listing problems.

    Parameters
    ----------
    df : pandas.DataFrame
        The table (typed as :func:`load` returns it).
    name : TableName
        Which schema to check against.
    tables : Mapping[str, pandas.DataFrame], optional
        Other tables for cross-references (indicator codes, sources) and recomputed
        values; defaults to the bundled ones.
    """
    table = _table(name)
    if list(df.columns) != table.column_names:
        raise DatasetError(
            f"{table.filename}: columns {list(df.columns)} differ from the schema "
            f"{table.column_names}"
        )
    if tables is None:
        tables = {n: load(n) for n in ("documents", "indicators", "targets")}
    problems = _problems(table, df, tables)
    if problems:
        listing = "\n  ".join(problems[:20])
        more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise DatasetError(f"{table.filename}: {len(problems)} problem(s):\n  {listing}{more}")
