"""Reading the user's own tables: text decoding, CSV files, folders of tables (private).

The public names are re-exported by :mod:`envindicators.datasets`:
:func:`decode_text`, :func:`read_text`, :func:`read_csv`, :func:`read_tables`,
:data:`MINIMAL_COLUMNS` and :data:`ENCODINGS_TRIED`.

Encodings
---------
A file given without an encoding is decoded by trying, in order: a byte-order mark
(UTF-8, UTF-16 or UTF-32 with BOM), strict UTF-8, UTF-16 without a BOM (recognised by the
zero bytes of its ASCII characters — digits, commas, line breaks), then GB18030 (a superset
of GBK and GB2312, the encodings of Chinese Windows and of many government downloads).
The first that decodes the whole file without error is used.  A spreadsheet workbook
(``.xlsx``/``.xls``) is recognised and refused with a hint to export CSV.

CSV files
---------
:func:`read_csv` reads one table in the bundled schema (``datasets/README.md``): the
header names are trimmed; a name that appears twice (``value`` and ``value ``) is an error;
of the schema's columns only the :data:`MINIMAL_COLUMNS` are required, the others are
added empty when absent; columns outside the schema are kept, as text, after them; cells
are typed by the schema; keys must be unique.  Targets and observations are checked
against the indicator registry and their ``value``/``unit`` are computed from ``number``
and ``unit_written`` by the model's conversion
(:func:`envindicators.model.canonical_values`) where they are not given.  Every error is a
:class:`~envindicators.errors.DatasetError` naming the file, the line and the column.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from envindicators.errors import DatasetError, EncodingError, ModelValidationError
from envindicators.model import TABLES, canonical_values, coerce_frame, task_status_codes

__all__ = [
    "ENCODINGS_TRIED",
    "MINIMAL_COLUMNS",
    "decode_text",
    "detect_encoding",
    "file_encoding",
    "iter_text",
    "read_csv",
    "read_tables",
    "read_text",
    "with_bundled_indicators",
]

#: Encodings tried, in order, when none is given (after a byte-order mark).
ENCODINGS_TRIED: tuple[str, ...] = ("utf-8", "utf-16", "gb18030")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WORKBOOKS = {b"PK\x03\x04": "an .xlsx workbook", b"\xd0\xcf\x11\xe0": "an .xls workbook"}


#: Columns a table read by :func:`read_csv` must have (every other column of the schema
#: is optional): the columns marked ``minimal`` in :data:`envindicators.model.TABLES` —
#: those the model needs for its tables, the key and the fields the checks cannot do
#: without otherwise.  ``value`` and ``unit`` of targets and observations are computed from
#: ``number`` and ``unit_written`` when absent; ids are made from the file and line.
MINIMAL_COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {name: t.minimal_columns for name, t in TABLES.items()}
)


# ---------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------
def _known_encoding(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise EncodingError(
            f"unknown encoding {encoding!r} (e.g. utf-8, gb18030, utf-16)", encoding=encoding
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the zero bytes of ASCII characters say so."""
    sample = data[:65536]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    # ASCII in UTF-16 LE: every odd byte is 0; Chinese has none.  Text in UTF-8 or GB18030
    # has no zero byte at all.
    if zeros_odd >= max(2, len(odd) // 10) and zeros_even == 0:
        return "utf-16-le"
    if zeros_even >= max(2, len(even) // 10) and zeros_odd == 0:
        return "utf-16-be"
    return None


def detect_encoding(prefix: bytes, *, complete: bool = True) -> str:
    """The encoding :func:`decode_text` would use for a file starting with ``prefix``.

    Parameters
    ----------
    prefix : bytes
        The file's first bytes (all of them when ``complete``).
    complete : bool
        ``prefix`` is the whole file.  When false, a multi-byte character cut at the end
        of ``prefix`` is not held against an encoding.

    Returns
    -------
    str
        A codec name: ``utf-8-sig``/``utf-16``/``utf-32`` (with a BOM), ``utf-8``,
        ``utf-16-le``/``utf-16-be`` or ``gb18030``.

    Raises
    ------
    EncodingError
        A spreadsheet workbook, or bytes that are none of the encodings tried.
    """
    for magic, what in _WORKBOOKS.items():
        if prefix.startswith(magic):
            raise EncodingError(
                f"this is {what}, not a text or CSV file: save it as CSV (UTF-8) first",
                encoding=None,
            )
    for bom, name in _BOMS:
        if prefix.startswith(bom):
            return name
    first_error: UnicodeDecodeError | None = None
    for name in ("utf-8", "utf-16", "gb18030"):
        if name == "utf-16":
            guess = _utf16_without_bom(prefix)
            if guess is None:
                continue
            name = guess
        try:
            codecs.getincrementaldecoder(name)(errors="strict").decode(prefix, final=complete)
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
            continue
        return name
    assert first_error is not None
    raise EncodingError(
        f"not UTF-8, UTF-16 or GB18030 text (byte {first_error.start} is "
        f"{prefix[first_error.start : first_error.start + 1]!r} in UTF-8)",
        encoding=None,
        position=first_error.start,
    )


def decode_text(data: bytes, encoding: str | None = None, *, source: str = "<bytes>") -> str:
    """Text of a file's bytes, in ``encoding`` or detected (see the module docstring).

    Parameters
    ----------
    data : bytes
        The file's content.
    encoding : str or None
        A Python codec name; ``None`` or ``"auto"`` detects it.  A UTF-8 byte-order mark is
        dropped with ``"utf-8"`` too.
    source : str
        File name for the error message.

    Returns
    -------
    str
        The decoded text.

    Raises
    ------
    EncodingError
        Unknown encoding, or bytes that are not valid in it (with ``position``, the byte
        offset), or none of the detected encodings fits.
    """
    if encoding is None or encoding == "auto":
        try:
            name = detect_encoding(data)
        except EncodingError as exc:
            raise exc.located(source) from None
        return data.decode(name)
    name = _known_encoding(encoding)
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"not valid {encoding} text at byte {exc.start}",
            encoding=encoding,
            position=exc.start,
            source=source,
        ) from None


def read_text(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """The text of the file at ``path`` (encoding given or detected, see :func:`decode_text`).

    Parameters
    ----------
    path : str or os.PathLike[str]
        The file.
    encoding : str, optional
        Its encoding (``None``: detected).

    Returns
    -------
    str
        The decoded text.
    """
    return decode_text(Path(path).read_bytes(), encoding, source=os.fspath(path))


_CHUNK = 1 << 20
#: Where a block of text may end when a paragraph is longer than a block: after a
#: sentence-final mark (a figure never spans one), else anywhere.
_SENTENCE_ENDS = "。！？；!?;"


def _decodes(path: Path, name: str) -> bool:
    """Whether the whole file decodes in ``name`` (read in chunks: bounded memory)."""
    decoder = codecs.getincrementaldecoder(name)(errors="strict")
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def file_encoding(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """The codec that decodes the whole file, checked in one streaming pass.

    ``encoding`` given: it is checked (an :class:`EncodingError` names the byte); ``None``:
    detected as by :func:`decode_text`, without reading the file into memory.

    Parameters
    ----------
    path : str or os.PathLike[str]
        The file.
    encoding : str, optional
        The encoding to check (``None``: detect one).

    Returns
    -------
    str
        The codec's name.
    """
    p = Path(path)
    where = os.fspath(path)
    if encoding not in (None, "auto"):
        name = _known_encoding(encoding)
        with p.open("rb") as fh:
            if name == "utf-8" and fh.read(3) == codecs.BOM_UTF8:
                name = "utf-8-sig"
        decoder = codecs.getincrementaldecoder(name)(errors="strict")
        offset = 0
        with p.open("rb") as fh:
            try:
                for chunk in iter(lambda: fh.read(_CHUNK), b""):
                    decoder.decode(chunk)
                    offset += len(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"not valid {encoding} text at byte {offset + exc.start}",
                    encoding=encoding,
                    position=offset + exc.start,
                    source=where,
                ) from None
        return name
    with p.open("rb") as fh:
        prefix = fh.read(_CHUNK)
        complete = len(prefix) < _CHUNK
    try:
        first = detect_encoding(prefix, complete=complete)
    except EncodingError as exc:
        if complete:
            raise exc.located(where) from None
        first = "gb18030"
    if complete:
        return first
    candidates = [first] + [n for n in ("utf-8", "gb18030") if n != first]
    for name in candidates:
        if _decodes(p, name):
            return name
    raise EncodingError("not UTF-8, UTF-16 or GB18030 text", source=where)


#: Characters in a block of :func:`iter_text` (about 0.4 MB of Chinese text).
BLOCK_CHARS = 1 << 17


def iter_text(
    path: str | os.PathLike[str],
    encoding: str | None = None,
    *,
    block_chars: int | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[tuple[int, str]]:
    """The text of a file, block by block, in bounded memory.

    Blocks end after a line break (a paragraph of the reports) and hold about
    ``block_chars`` characters; a longer paragraph is cut after a sentence-final mark
    (。！？；), and only a paragraph without one is cut anywhere.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    encoding : str or None
        Given or detected (:func:`file_encoding`, one extra streaming pass).
    block_chars : int or None
        Target size of a block, in characters (default :data:`BLOCK_CHARS`).
    on_bytes : callable or None
        Called with the number of bytes read so far (a progress bar).

    Yields
    ------
    (int, str)
        The offset of the block's first character in the file's text, and the block.
        The blocks joined are exactly :func:`read_text` of the file.
    """
    block_chars = BLOCK_CHARS if block_chars is None else block_chars
    name = file_encoding(path, encoding)
    decoder = codecs.getincrementaldecoder(name)(errors="strict")
    buffer = ""
    offset = 0
    read = 0
    with Path(path).open("rb") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            read += len(chunk)
            buffer += decoder.decode(chunk, final=not chunk)
            if on_bytes is not None:
                on_bytes(read)
            while len(buffer) >= block_chars or (not chunk and buffer):
                cut = _cut(buffer, block_chars) if chunk else len(buffer)
                yield offset, buffer[:cut]
                offset += cut
                buffer = buffer[cut:]
            if not chunk:
                return


def _cut(text: str, size: int) -> int:
    """Where to end a block of ``text`` near ``size`` characters (see :func:`iter_text`)."""
    head = text[: max(size, 1)]
    at = head.rfind("\n")
    if at >= 0:
        return at + 1
    ends = [head.rfind(c) for c in _SENTENCE_ENDS]
    at = max(ends)
    return at + 1 if at >= 0 else len(head)


# ---------------------------------------------------------------------------------------
# One CSV file
# ---------------------------------------------------------------------------------------
@dataclass
class _Read:
    """A CSV file read as text: records, the line where each starts, the header."""

    path: str
    header: list[str]
    rows: list[list[str]]
    lines: list[int]  # 1-based line of each data record

    def where(self, row: Any) -> str:
        if isinstance(row, int | np.integer) and 0 <= int(row) < len(self.lines):
            return f"{self.path}, line {self.lines[int(row)]}"
        return self.path if row is None else f"{self.path}, row {row}"


def _records(text: str, path: str) -> _Read:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    previous = 0
    try:
        for record in reader:
            start, previous = previous + 1, reader.line_num
            if not record or all(not c.strip() for c in record):
                continue  # blank lines, as pandas skips them
            if header is None:
                header = record
                continue
            rows.append(record)
            lines.append(start)
    except csv.Error as exc:
        raise DatasetError(
            f"{path}, line {reader.line_num}: not a valid CSV record ({exc})"
        ) from None
    if header is None:
        raise DatasetError(f"{path}: empty file (expected a header row and data rows)")
    return _Read(path, header, rows, lines)


def _frame(read: _Read) -> pd.DataFrame:
    """The records as a frame of strings (missing = NA), header trimmed and checked."""
    names = [h.strip().lstrip("\ufeff").strip() for h in read.header]
    seen: dict[str, int] = {}
    for j, name in enumerate(names):
        if name in seen and name:
            a, b = read.header[seen[name]], read.header[j]
            how = " (after trimming spaces)" if a != b else ""
            raise DatasetError(
                f"{read.path}, line 1: column {name!r} appears twice in the header{how}, "
                f"as columns {seen[name] + 1} ({a!r}) and {j + 1} ({b!r})",
                column=name,
            )
        seen[name] = j
    width = len(names)
    for record, line in zip(read.rows, read.lines, strict=True):
        if len(record) > width and any(c.strip() for c in record[width:]):
            raise DatasetError(
                f"{read.path}, line {line}: {len(record)} fields but the header has {width}"
            )
    data = [(r + [""] * (width - len(r)))[:width] for r in read.rows]
    frame = pd.DataFrame(data, columns=pd.Index(names, dtype=object), dtype=object)
    unnamed = [j for j, n in enumerate(names) if not n]
    for j in unnamed:
        col = frame.iloc[:, j]
        if col.str.strip().ne("").any():
            row = int(np.flatnonzero(col.str.strip().ne("").to_numpy())[0])
            raise DatasetError(
                f"{read.where(row)}: column {j + 1} has values but no name in the header"
            )
    frame = frame.iloc[:, [j for j in range(width) if j not in set(unnamed)]]
    return frame.mask(frame.apply(lambda c: c.str.strip() == "")).astype(object)


def _located(exc: DatasetError, read: _Read) -> DatasetError:
    """A :class:`DatasetError` of :func:`typed` with the file and line in its message."""
    message = str(exc)
    return DatasetError(f"{read.where(exc.row)}, {message}", column=exc.column, row=exc.row)


def _show(value: Any) -> str:
    """A cell value for a message: text quoted, numbers as written by people."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, float | np.floating):
        x = float(value)
        return str(int(x)) if x.is_integer() and abs(x) < 1e15 else f"{x:.10g}"
    if hasattr(value, "item"):
        return repr(value.item())
    return repr(value)


def _model_error(exc: ModelValidationError, read: _Read) -> DatasetError:
    value = "" if exc.value is None or exc.value is pd.NA else f" = {_show(exc.value)}"
    return DatasetError(
        f"{read.where(exc.row)}, column {exc.field!r}{value}: {exc.reason}",
        column=exc.field,
        row=exc.row,
    )


def _fill_ids(frame: pd.DataFrame, name: str, read: _Read, label: str) -> None:
    """Give rows without an id one made of the file and line (``targets.csv:12``)."""
    key = TABLES[name].key
    if not key or name == "indicators" or name == "documents":
        return
    blank = frame[key].isna().to_numpy()
    if blank.any():
        made = [f"{label}:{read.lines[i]}" for i in np.flatnonzero(blank)]
        frame.loc[blank, key] = pd.array(made, dtype="string")


def _check_unique(frame: pd.DataFrame, name: str, read: _Read) -> None:
    keys = TABLES[name].key_columns
    if not set(keys) <= set(frame.columns):
        return
    sub = frame[keys]
    dup = sub.duplicated(keep=False).to_numpy() & sub.notna().all(axis=1).to_numpy()
    if dup.any():
        rows = np.flatnonzero(dup)
        first = rows[0]
        same = rows[(sub.iloc[rows] == sub.iloc[first]).all(axis=1).to_numpy()]
        value = " / ".join(str(v) for v in sub.iloc[first])
        raise DatasetError(
            f"{read.where(int(same[1]))}: duplicate {' + '.join(keys)} {value!r} "
            f"(also on line {read.lines[int(same[0])]}); every row needs its own id",
            column=keys[-1],
            row=int(same[1]),
        )


def _missing_columns(frame: pd.DataFrame, name: str, path: str) -> None:
    minimal = MINIMAL_COLUMNS[name]
    missing = [c for c in minimal if c not in frame.columns]
    if missing:
        listed = ", ".join(missing)
        s = "s" if len(missing) > 1 else ""
        raise DatasetError(
            f"{path}: the {name} table lacks the column{s} {listed} "
            f"(required: {', '.join(minimal)})",
            column=missing[0],
        )


def _with_values(frame: pd.DataFrame, name: str, indicators: pd.DataFrame, read: _Read) -> None:
    """Check targets/observations against the registry; fill ``value``/``unit`` (in place)."""
    try:
        coerce_frame(frame, name)
        canon = canonical_values(frame, name, indicators, check=True)
    except ModelValidationError as exc:
        raise _model_error(exc, read) from None
    pairs = [("value", "value")] + ([("value_high", "value_high")] if name == "targets" else [])
    for col, src in pairs:
        computed = pd.array(canon[src].to_numpy(dtype=float), dtype="Float64")
        # a missing number_high gives NaN: keep it missing
        computed[np.isnan(canon[src].to_numpy(dtype=float))] = pd.NA
        frame[col] = frame[col].fillna(pd.Series(computed, index=frame.index))
    unit = pd.Series(canon["unit"].astype(object).to_numpy(), index=frame.index, dtype="string")
    frame["unit"] = frame["unit"].fillna(unit)
    # the figure as written, when not given: the number and the unit as given (the audit
    # reads its precision from it)
    # (string dtype on both sides: an empty table's map gives float64, which Arrow strings
    # do not add to)
    number = frame["number"].astype(float).map(lambda x: f"{x:.15g}").astype("string")
    written = number + frame["unit_written"].fillna("").astype("string")
    frame["value_text"] = frame["value_text"].fillna(written)


def _read_one(
    path: str | os.PathLike[str],
    name: str,
    *,
    encoding: str | None,
    indicators: pd.DataFrame | None,
    id_label: str | None,
) -> tuple[pd.DataFrame, _Read]:
    from envindicators.datasets import _table, typed

    table = _table(name)
    where = os.fspath(path)
    text = read_text(path, encoding)
    if not text.strip():
        raise DatasetError(f"{where}: empty file (expected a {table.name} table with a header row)")
    read = _records(text, where)
    raw = _frame(read)
    _missing_columns(raw, table.name, where)
    if table.name == "tasks":
        # a status written in Chinese, or only as status_text, is the model's code (the
        # report counts and the completion rates read the codes)
        try:
            raw = task_status_codes(raw.replace({"status": {"": None}}))
        except ModelValidationError as exc:
            raise _model_error(exc, read) from None
    try:
        frame = typed(
            raw, table.name, extra="keep", missing="add", required=MINIMAL_COLUMNS[table.name]
        )
    except DatasetError as exc:
        raise _located(exc, read) from None
    _fill_ids(frame, table.name, read, id_label or Path(where).name)
    _check_unique(frame, table.name, read)
    if table.name in ("targets", "observations") and indicators is not None:
        _with_values(frame, table.name, indicators, read)
    elif table.name == "indicators":
        try:
            coerce_frame(frame, "indicators")
        except ModelValidationError as exc:
            raise _model_error(exc, read) from None
    return frame, read


def read_csv(
    path: str | os.PathLike[str],
    table: str,
    *,
    encoding: str | None = None,
    indicators: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Read one of the user's tables in the bundled schema.

    Parameters
    ----------
    path : str or os.PathLike
        A CSV file (comma-separated, a header row).
    table : str
        Which schema: ``"targets"``, ``"observations"``, ``"indicators"``, ``"documents"``,
        ``"tasks"``, ``"progress_summaries"`` or ``"relations"``.
    encoding : str or None
        The file's encoding; ``None`` detects UTF-8 (with or without BOM), UTF-16 and
        GB18030/GBK.
    indicators : pandas.DataFrame or None
        The indicator registry that targets and observations are checked against and
        converted with (:func:`envindicators.model.canonical_values`); default the bundled
        one.  Ignored for other tables.

    Returns
    -------
    pandas.DataFrame
        Typed as :func:`envindicators.datasets.load` returns the bundled table (every
        schema column, in order, then the file's own columns), index ``0 … n−1``.  Rows
        without an id get ``<file name>:<line>``; targets and observations without
        ``value``/``unit`` get them computed.

    Raises
    ------
    DatasetError
        With the file, line and column: a header naming a column twice, missing required
        columns (all listed, see :data:`MINIMAL_COLUMNS`), a cell of the wrong type, a
        missing required value, a duplicate id, an unknown indicator or vocabulary code, a
        unit that does not convert to the indicator's, a ``value`` that does not match.
    EncodingError
        The file cannot be decoded.
    """
    from envindicators.datasets import load

    if table in ("targets", "observations") and indicators is None:
        indicators = load("indicators")
    frame, _ = _read_one(path, table, encoding=encoding, indicators=indicators, id_label=None)
    return frame


# ---------------------------------------------------------------------------------------
# Folders of tables
# ---------------------------------------------------------------------------------------
#: Order in which a folder's tables are read (the registry first: the others need it).
def _order() -> tuple[str, ...]:
    """Every table of :data:`envindicators.datasets.TABLES`, the registry and the documents
    first (the other tables are checked against them)."""
    first = ("indicators", "documents")
    return (*first, *(n for n in TABLES if n not in first))


def _empty(name: str) -> pd.DataFrame:
    from envindicators.datasets import typed

    cols = TABLES[name].column_names
    return typed(pd.DataFrame({c: pd.Series([], dtype=object) for c in cols}), name)  # type: ignore[arg-type]


def _merge(name: str, parts: Sequence[tuple[pd.DataFrame, str, list[int] | None]]) -> pd.DataFrame:
    """Rows of every source, in order; a key seen twice must be the same row (kept once)."""
    frames = [p[0] for p in parts]
    if not frames:
        return _empty(name)
    if len(frames) == 1:
        return frames[0].reset_index(drop=True)
    merged = pd.concat(frames, ignore_index=True)
    origin = [
        f"{where}, line {lines[i]}" if lines is not None else f"{where}"
        for frame, where, lines in parts
        for i in range(len(frame))
    ]
    keys = TABLES[name].key_columns
    sub = merged[keys]
    dup = (sub.duplicated(keep=False) & sub.notna().all(axis=1)).to_numpy()
    if not dup.any():
        return merged
    columns = TABLES[name].column_names
    keep = np.ones(len(merged), dtype=bool)
    for _, group in merged[dup].groupby(keys, sort=False):
        first = group.index[0]
        for other in group.index[1:]:
            a, b = merged.loc[first, columns], merged.loc[other, columns]
            same = bool(((a == b) | (a.isna() & b.isna())).fillna(False).all())
            if not same:
                value = " / ".join(str(merged.loc[first, k]) for k in keys)
                raise DatasetError(
                    f"{origin[other]}: {name} {' + '.join(keys)} {value!r} is already "
                    f"defined differently in {origin[first]}; give it another id (or leave "
                    "out the bundled tables)",
                    column=keys[-1],
                )
            keep[other] = False
    return merged[keep].reset_index(drop=True)


def read_tables(
    folders: Iterable[str | os.PathLike[str]],
    *,
    bundled: bool = True,
    encoding: str | None = None,
) -> dict[str, pd.DataFrame]:
    """The tables of one or more folders, merged with (or replacing) the bundled datasets.

    A folder holds any of ``indicators.csv``, ``documents.csv``, ``targets.csv``,
    ``observations.csv``, ``tasks.csv``, ``progress_summaries.csv`` and ``relations.csv``
    in the bundled schema (read by :func:`read_csv`: only :data:`MINIMAL_COLUMNS` are
    required).  Each table is the bundled rows (with ``bundled``), then each folder's rows
    in the order given.  An id seen in two places must be the same row, which is kept
    once; a different row under one id is an error.  Targets and observations are checked
    against (and converted with) the merged indicator registry; without ``bundled`` the
    bundled registry is still used for the codes no folder's ``indicators.csv`` defines
    (a folder may hold only the indicators it adds, as ``envindicators extract`` writes).

    Parameters
    ----------
    folders : iterable of str or os.PathLike
        The folders.
    bundled : bool
        Start from the bundled datasets (default) or from nothing.
    encoding : str or None
        Encoding of every file; ``None`` detects each file's.

    Returns
    -------
    dict of str to pandas.DataFrame
        Every table name of :data:`envindicators.datasets.TABLES` (empty tables where
        nothing was given), typed as :func:`envindicators.datasets.load` returns them.

    Raises
    ------
    DatasetError
        A folder that does not exist or holds none of the tables, or any error of
        :func:`read_csv` (file, line, column).
    """
    from envindicators.datasets import load

    order = _order()
    dirs = [Path(f) for f in folders]
    for d in dirs:
        if not d.is_dir():
            what = "no such folder" if not d.exists() else "not a folder"
            raise DatasetError(f"{d}: {what} (expected a folder of CSV tables)")
        if not any((d / f"{n}.csv").is_file() for n in TABLES):
            found = sorted(p.name for p in d.glob("*.csv"))
            raise DatasetError(
                f"{d}: none of the tables {', '.join(f'{n}.csv' for n in order)} is there"
                + (f" (found {', '.join(found[:8])})" if found else "")
            )
    labels = _labels(dirs)
    parts: dict[str, list[tuple[pd.DataFrame, str, list[int] | None]]] = {n: [] for n in order}
    if bundled:
        for n in order:
            parts[n].append((load(n), f"the bundled {n} table", None))  # type: ignore[arg-type]
    registry: pd.DataFrame | None = None
    for name in order:
        for d, label in zip(dirs, labels, strict=True):
            path = d / f"{name}.csv"
            if not path.is_file():
                continue
            if name in ("targets", "observations") and registry is None:
                registry = _registry(parts["indicators"])
            frame, read = _read_one(
                path, name, encoding=encoding, indicators=registry, id_label=f"{label}{name}.csv"
            )
            parts[name].append((frame, str(path), read.lines))
    out = {n: _merge(n, parts[n]) for n in order}
    out["indicators"] = with_bundled_indicators(out["indicators"])
    return {n: out[n] for n in TABLES}


def with_bundled_indicators(registry: pd.DataFrame) -> pd.DataFrame:
    """A user's indicator registry completed with the bundled indicators it does not define.

    A user's ``indicators.csv`` may hold only the indicators it adds (as ``envindicators
    extract`` writes its proposed ones): its rows come first and win over a bundled row of the
    same code; every other bundled code is still known.

    Parameters
    ----------
    registry : pandas.DataFrame
        The user's indicators, typed as :func:`read_csv` returns them (may be empty).

    Returns
    -------
    pandas.DataFrame
        ``registry`` then the bundled rows whose codes it lacks (the bundled registry when
        ``registry`` is empty).
    """
    merged = registry
    from envindicators.datasets import load

    bundled = load("indicators")
    if merged.empty:
        return bundled
    missing = bundled[~bundled["code"].isin(merged["code"])]
    if missing.empty:
        return merged
    return pd.concat([merged, missing], ignore_index=True)


def _registry(parts: Sequence[tuple[pd.DataFrame, str, list[int] | None]]) -> pd.DataFrame:
    return with_bundled_indicators(_merge("indicators", parts))


def _labels(dirs: Sequence[Path]) -> list[str]:
    """Prefix of made-up ids: none for one folder, the folder name (or number) for several."""
    if len(dirs) <= 1:
        return [""] * len(dirs)
    names = [d.resolve().name or str(i) for i, d in enumerate(dirs, 1)]
    if len(set(names)) < len(names):
        names = [str(i) for i in range(1, len(dirs) + 1)]
    return [f"{n}/" for n in names]
