"""Place names of a report, through the gazetteer :mod:`envindicators.regions`.

One adapter so that the reader sees one shape: :meth:`Places.find` returns the place
names of a text (``start``, ``end``, ``name`` — the full name; 全省/全市/我市 are the
document's region, ``ambiguous`` when the gazetteer kept several divisions),
:meth:`Places.document_region` the region of a document from its title or opening.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

import envindicators.regions as regions
from envindicators.errors import AmbiguousRegionError, UnknownRegionError

__all__ = ["Places"]

_COLUMNS = ["start", "end", "name", "ambiguous"]


@dataclass(frozen=True)
class Places:
    """Adapter over :func:`envindicators.regions.find_regions` and ``document_region``."""

    @classmethod
    def build(cls) -> Places:
        """The adapter (the gazetteer itself is loaded once, lazily, by :mod:`regions`).

        Returns
        -------
        Places
        """
        return cls()

    def find(self, text: str, *, within: str | None = None) -> pd.DataFrame:
        """Place names in ``text``, resolved (deixis → ``within``).

        Parameters
        ----------
        text : str
            Running text.
        within : str, optional
            The document's region: 全省/全市/我市 resolve to it, and short names are read
            inside it first.  A region the gazetteer does not know (``天津等7省(市)``) is
            not used to resolve names, and deixis then stays unresolved.

        Returns
        -------
        pandas.DataFrame
            ``start``, ``end`` (span in ``text``), ``name`` (the full name) and
            ``ambiguous`` (bool).
        """
        try:
            found = regions.find_regions(text, within=within)
        except (UnknownRegionError, AmbiguousRegionError):
            found = regions.find_regions(text)
        if len(found) == 0:
            return pd.DataFrame(
                {"start": pd.Series(dtype="int64"), "end": pd.Series(dtype="int64"),
                 "name": pd.Series(dtype=object), "ambiguous": pd.Series(dtype=bool)}
            )  # fmt: skip
        out = found[_COLUMNS].copy()
        out = out[out["name"].notna()]
        return out.astype({"start": "int64", "end": "int64"}).reset_index(drop=True)

    def document_region(self, text: str) -> str | None:
        """The region a document is about, from its title or opening (``None``: not named).

        Parameters
        ----------
        text : str
            The title or the whole document.

        Returns
        -------
        str or None
        """
        found = regions.document_region(text)
        return None if found is None else str(found.name)
