"""The catalogue of shipped standards: ids, validity periods, phases, tables (private).

Everything here is read from ``data/catalogue.toml`` and the CSV tables next to it; the
public names are re-exported by :mod:`envindicators.standards`.
"""

from __future__ import annotations

import datetime as dt
import functools
import numbers
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any, TypeAlias

import numpy as np
import pandas as pd

from envindicators.errors import StandardLookupError

__all__ = [
    "KINDS",
    "DateLike",
    "Method",
    "Phase",
    "Standard",
    "TableInfo",
    "as_date",
    "catalogue",
    "get",
    "method",
    "standard_for",
]

#: What each kind of standard covers.
KINDS: Mapping[str, str] = MappingProxyType(
    {
        "ambient_air": "ambient air quality limits (GB 3095)",
        "aqi": "air quality index (HJ 633)",
        "air_assessment": "ambient air quality assessment (HJ 663)",
        "surface_water": "surface water quality classes (GB 3838)",
        "wwtp_effluent": "municipal wastewater treatment plant effluent (GB 18918)",
    }
)

DateLike: TypeAlias = dt.date | str | pd.Timestamp | np.datetime64 | int


def as_date(value: Any, field: str = "date") -> dt.date:
    """A :class:`datetime.date` from a date, datetime, Timestamp, datetime64 or ISO string.

    Parameters
    ----------
    value : Any
        A date, datetime, :class:`pandas.Timestamp`, ``numpy.datetime64`` or ISO string.
    field : str, default 'date'
        Name of the argument, for the error message.

    Raises
    ------
    StandardLookupError
        For anything else (a bare year is handled by the callers that accept one).
    """
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value).date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise StandardLookupError(
        f"{field}={value!r}: expected a date (datetime.date, Timestamp or 'YYYY-MM-DD')"
    )


def _year(value: Any) -> int | None:
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    return None


@dataclass(frozen=True)
class Phase:
    """A period of a standard with its own limits (GB 3095—2026: transition, final).

    Parameters
    ----------
    name : str
        Name of the phase (``"early"``, ``"nationwide"``, ``"transition"``,
        ``"final"``).
    valid_from : datetime.date
        First day of the phase.
    valid_to : datetime.date or None
        Last day of the phase (``None``: open-ended).
    note : str, default ''
        Scope of the phase, from the standard.
    """

    name: str
    valid_from: dt.date
    valid_to: dt.date | None
    note: str = ""

    def contains(self, on: dt.date) -> bool:
        """True when ``on`` falls in the phase.

        Parameters
        ----------
        on : datetime.date
            The date.

        Returns
        -------
        bool
            True when ``on`` falls in the phase.
        """
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)


@dataclass(frozen=True)
class TableInfo:
    """One table of a standard: file, citation, sources (URLs), column units, rules.

    Parameters
    ----------
    name : str
        Name of the table (``"limits"``, ``"iaqi"`` …).
    file : str
        CSV file of the table, in the standards data folder.
    citation : str
        Citation of the standard's table (clause, table number).
    sources : tuple[str, ...], default ()
        URLs of the official texts the values were taken from.
    units : Mapping[str, str], optional
        Unit of each value column (pint strings).
    validity : Mapping[str, int], optional
        Validity rules of the table (minimum numbers of values).
    """

    name: str
    file: str
    citation: str
    sources: tuple[str, ...] = ()
    units: Mapping[str, str] = field(default_factory=dict)
    validity: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Standard:
    """A national standard: id, kind, validity period, phases and tables.

    Parameters
    ----------
    id : str
        ``"GB 3095-2012"``.
    kind : str
        One of :data:`KINDS`.
    title_zh, title_en : str
        Titles.
    published : datetime.date or None
        Publication date.
    valid_from : datetime.date
        First day in force.
    valid_to : datetime.date or None
        Last day in force (``None``: in force).
    phases : tuple[Phase, ...]
        The phases, in order (every standard has at least one).
    tables : Mapping[str, TableInfo]
        :class:`TableInfo` by name; :meth:`table` loads one.
    supersedes, superseded_by : str, optional
        Ids of the previous and next editions (which may not be shipped).
    provisional : bool, default False
        True when some values are not checked against the official text (see ``note``
        and the ``provisional`` column of the table).
    note : str, default ''
        Scope, rules and caveats, from the standard.
    """

    id: str
    kind: str
    title_zh: str
    title_en: str
    published: dt.date | None
    valid_from: dt.date
    valid_to: dt.date | None
    phases: tuple[Phase, ...]
    tables: Mapping[str, TableInfo]
    supersedes: str | None = None
    superseded_by: str | None = None
    provisional: bool = False
    note: str = ""

    def __str__(self) -> str:
        return self.id

    def in_force(self, on: DateLike) -> bool:
        """True when the standard is in force on ``on``.

        Parameters
        ----------
        on : DateLike
            A date, datetime, Timestamp, datetime64 or ISO string.

        Returns
        -------
        bool
            True when the standard is in force on ``on``.
        """
        d = as_date(on)
        return self.valid_from <= d and (self.valid_to is None or d <= self.valid_to)

    def phase_on(self, on: DateLike) -> Phase:
        """The phase in force on ``on``.

        Parameters
        ----------
        on : DateLike
            A date, datetime, Timestamp, datetime64 or ISO string.

        Returns
        -------
        Phase
            The phase in force on ``on``.

        Raises
        ------
        StandardLookupError
            The standard is not in force on that date.
        """
        d = as_date(on)
        for p in self.phases:
            if p.contains(d):
                return p
        raise StandardLookupError(
            f"{self.id} is not in force on {d.isoformat()} (in force "
            f"{self.valid_from.isoformat()} … {_end(self.valid_to)})"
        )

    def phase(self, name: str) -> Phase:
        """The phase called ``name``.

        Parameters
        ----------
        name : str
            Name of the phase.

        Returns
        -------
        Phase
            The phase.
        """
        for p in self.phases:
            if p.name == name:
                return p
        raise StandardLookupError(
            f"{self.id} has no phase {name!r}; phases: {[p.name for p in self.phases]}"
        )

    def table(self, name: str) -> pd.DataFrame:
        """One table of the standard: its rows, with ``attrs`` citation, sources, units.

        Parameters
        ----------
        name : str
            Name of the table.

        Returns
        -------
        pandas.DataFrame
            The table, with ``attrs`` citation, sources and units.

        Raises
        ------
        StandardLookupError
            The standard has no table of that name.
        """
        try:
            info = self.tables[name]
        except KeyError:
            raise StandardLookupError(
                f"{self.id} has no table {name!r}; tables: {sorted(self.tables)}"
            ) from None
        frame = _read_table(info.file)
        if "standard" in frame.columns:
            frame = frame[frame["standard"] == self.id].reset_index(drop=True)
        frame.attrs.update(
            standard=self.id,
            citation=info.citation,
            sources=list(info.sources),
            units=dict(info.units),
        )
        return frame


@dataclass(frozen=True)
class Method:
    """An official method that is not a standard (the city-ranking composite index).

    Parameters
    ----------
    id : str
        Id of the method (``"环办监测〔2018〕19号"``).
    title_zh : str
        Title in Chinese.
    title_en : str
        Title in English.
    note : str
        Scope, rules and caveats, from the method.
    tables : Mapping[str, TableInfo]
        :class:`TableInfo` by name; :meth:`table` loads one.
    limits : str
        Id of the standard whose limits the method uses.
    grade : str
        Grade of those limits.
    """

    id: str
    title_zh: str
    title_en: str
    note: str
    tables: Mapping[str, TableInfo]
    limits: str
    grade: str

    def table(self, name: str) -> pd.DataFrame:
        """One table of the method (``attrs``: citation, sources).

        Parameters
        ----------
        name : str
            Name of the table.

        Returns
        -------
        pandas.DataFrame
            The table, with ``attrs`` citation, sources and units.
        """
        info = self.tables[name]
        frame = _read_table(info.file)
        frame.attrs.update(method=self.id, citation=info.citation, sources=list(info.sources))
        return frame


def _end(d: dt.date | None) -> str:
    return "today" if d is None else d.isoformat()


def _data() -> Any:
    return resources.files(__package__) / "data"


@functools.cache
def _read_table_cached(file: str) -> pd.DataFrame:
    with (_data() / file).open("rb") as fh:
        frame = pd.read_csv(fh, dtype={"standard": "string"}, keep_default_na=False, na_values=[""])
    for col in frame.columns:
        if frame[col].dtype == object:
            frame[col] = frame[col].astype("string")
    if "provisional" in frame.columns:
        frame["provisional"] = frame["provisional"].astype(bool)
    return frame


def _read_table(file: str) -> pd.DataFrame:
    return _read_table_cached(file).copy()


def _tables(entry: Mapping[str, Any]) -> Mapping[str, TableInfo]:
    out = {}
    for t in entry.get("table", []):
        out[t["name"]] = TableInfo(
            name=t["name"],
            file=t["file"],
            citation=t["citation"],
            sources=tuple(t.get("sources", ())),
            units=MappingProxyType(dict(t.get("units", {}))),
            validity=MappingProxyType(dict(t.get("validity", {}))),
        )
    return MappingProxyType(out)


@functools.cache
def _load() -> tuple[dict[str, Standard], dict[str, Method]]:
    raw = tomllib.loads((_data() / "catalogue.toml").read_text(encoding="utf-8"))
    standards: dict[str, Standard] = {}
    for e in raw["standard"]:
        phases = tuple(
            Phase(p["name"], p["valid_from"], p.get("valid_to"), p.get("note", ""))
            for p in e["phase"]
        )
        standards[e["id"]] = Standard(
            id=e["id"],
            kind=e["kind"],
            title_zh=e["title_zh"],
            title_en=e["title_en"],
            published=e.get("published"),
            valid_from=e["valid_from"],
            valid_to=e.get("valid_to"),
            phases=phases,
            tables=_tables(e),
            supersedes=e.get("supersedes"),
            superseded_by=e.get("superseded_by"),
            provisional=bool(e.get("provisional", False)),
            note=e.get("note", "").strip(),
        )
    methods = {
        e["id"]: Method(
            id=e["id"],
            title_zh=e["title_zh"],
            title_en=e["title_en"],
            note=e.get("note", "").strip(),
            tables=_tables(e),
            limits=e["limits"],
            grade=e["grade"],
        )
        for e in raw.get("method", [])
    }
    return standards, methods


def _normalise_id(standard_id: str) -> str:
    from envindicators.errors import ModelValidationError
    from envindicators.model import StandardRef

    try:
        return StandardRef.parse(str(standard_id)).standard
    except ModelValidationError:
        return str(standard_id).strip()


def get(standard_id: str | Standard) -> Standard:
    """The shipped standard with this id (``"GB 3095-2012"``; ``—`` is accepted for ``-``).

    Parameters
    ----------
    standard_id : str or Standard
        A standard id or a :class:`Standard` (returned as it is).

    Returns
    -------
    Standard
        The standard.

    Raises
    ------
    StandardLookupError
        The catalogue has no such standard (the message lists the ones it has).
    """
    if isinstance(standard_id, Standard):
        return standard_id
    standards, _ = _load()
    key = _normalise_id(standard_id)
    try:
        return standards[key]
    except KeyError:
        raise StandardLookupError(
            f"no standard {standard_id!r} in the catalogue; shipped: {sorted(standards)}"
        ) from None


def method(method_id: str = "环办监测〔2018〕19号") -> Method:
    """An official method shipped with the catalogue (default: the city-ranking rules).

    Parameters
    ----------
    method_id : str, default '环办监测〔2018〕19号'
        Id of the method.

    Returns
    -------
    Method
        The method.
    """
    _, methods = _load()
    try:
        return methods[method_id]
    except KeyError:
        raise StandardLookupError(
            f"no method {method_id!r} in the catalogue; shipped: {sorted(methods)}"
        ) from None


def standard_for(kind: str, on: DateLike) -> Standard:
    """The standard of ``kind`` in force on ``on``.

    Parameters
    ----------
    kind : str
        One of :data:`KINDS` (``"ambient_air"``, ``"aqi"``, ``"air_assessment"``,
        ``"surface_water"``, ``"wwtp_effluent"``).
    on : DateLike
        A date (``datetime.date``, Timestamp, ``"YYYY-MM-DD"``), or a year when the same
        standard is in force all that year.

    Returns
    -------
    Standard
        Use :meth:`Standard.phase_on` for the phase (GB 3095—2026: transition until
        2030-12-31, final from 2031-01-01).

    Raises
    ------
    StandardLookupError
        Unknown kind; a year in which the standard changed (give a date); no shipped
        standard of that kind in force on that date (before the first one shipped, or
        after one was replaced by an edition the library does not ship).

    Examples
    --------
    >>> standard_for("aqi", "2026-02-28").id, standard_for("aqi", "2026-03-01").id
    ('HJ 633-2012', 'HJ 633-2026')
    >>> standard_for("ambient_air", "2031-01-01").phase_on("2031-01-01").name
    'final'
    """
    if kind not in KINDS:
        raise StandardLookupError(f"unknown kind {kind!r}; kinds: {', '.join(KINDS)}")
    year = _year(on)
    if year is not None:
        first = standard_for(kind, dt.date(year, 1, 1))
        last = standard_for(kind, dt.date(year, 12, 31))
        if first.id != last.id:
            raise StandardLookupError(
                f"{first.id} and {last.id} were both in force in {year}: give a date"
            )
        return first
    d = as_date(on, "on")
    standards, _ = _load()
    found = [s for s in standards.values() if s.kind == kind and s.in_force(d)]
    if found:
        return found[0]
    same = sorted((s for s in standards.values() if s.kind == kind), key=lambda s: s.valid_from)
    before = [s for s in same if s.valid_to is not None and s.valid_to < d]
    replaced = before[-1] if before else None
    if replaced is not None and replaced.superseded_by and replaced.valid_to is not None:
        raise StandardLookupError(
            f"{replaced.id} was replaced by {replaced.superseded_by} on "
            f"{(replaced.valid_to + dt.timedelta(days=1)).isoformat()}, which the library does not "
            f"ship; pass standard={replaced.id!r} explicitly to apply the earlier rules"
        )
    raise StandardLookupError(
        f"no shipped {KINDS[kind]} standard is in force on {d.isoformat()} (the first, "
        f"{same[0].id}, from {same[0].valid_from.isoformat()})"
    )


def catalogue() -> pd.DataFrame:
    """The shipped standards, one row per phase.

    Columns: ``standard``, ``kind``, ``title_zh``, ``title_en``, ``phase``,
    ``valid_from``, ``valid_to`` (NaT: in force), ``provisional``, ``superseded_by``,
    ``tables`` (names, comma-separated).

    Returns
    -------
    pandas.DataFrame
        One row per standard and phase, with the columns above.
    """
    standards, _ = _load()
    rows = [
        {
            "standard": s.id,
            "kind": s.kind,
            "title_zh": s.title_zh,
            "title_en": s.title_en,
            "phase": p.name,
            "valid_from": pd.Timestamp(p.valid_from),
            "valid_to": pd.Timestamp(p.valid_to) if p.valid_to else pd.NaT,
            "provisional": s.provisional,
            "superseded_by": s.superseded_by,
            "tables": ", ".join(s.tables),
        }
        for s in standards.values()
        for p in s.phases
    ]
    out = pd.DataFrame(rows)
    for c in ("standard", "kind", "title_zh", "title_en", "phase", "superseded_by", "tables"):
        out[c] = out[c].astype("string")
    return out
