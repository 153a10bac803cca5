"""Place names of a report, through the gazetteer :mod:`envindicators.regions`.

One adapter so that the reader sees one shape: :meth:`Places.find` returns the place
names of a text (``start``, ``end``, ``name`` — the resolved full name; 全省/全市/我市 are the
document's region), :meth:`Places.document_region` the region of a document from its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

__all__ = ["Places"]

_COLUMNS = ["start", "end", "name"]
# Interim, until the gazetteer branch is merged: deixis only, and a province or city name
# ending in 省/市 in a title.
_INTERIM = re.compile(r"[\u4e00-\u9fff]{2,3}?(省|市)")
_DEIXIS = re.compile(r"全省|全市|全区|全县|我省|我市|我区|我县|本市|本省")


def _gazetteer() -> Any:
    try:
        import envindicators.regions as regions  # type: ignore[import-not-found]
    except ImportError:
        return None
    return regions


def _interim_find(text: str, within: str | None) -> pd.DataFrame:
    rows = [(m.start(), m.end(), within) for m in _DEIXIS.finditer(text) if within]
    return pd.DataFrame(rows, columns=_COLUMNS).astype({"start": "int64", "end": "int64"})


@dataclass(frozen=True)
class Places:
    """Adapter over :mod:`envindicators.regions` (``find_regions``, ``document_region``)."""

    @classmethod
    def build(cls) -> Places:
        """The adapter (the gazetteer is loaded lazily by :mod:`envindicators.regions`).

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
            inside it first.

        Returns
        -------
        pandas.DataFrame
            ``start``, ``end`` (span in ``text``) and ``name`` (the full name).
        """
        regions = _gazetteer()
        if regions is None:
            return _interim_find(text, within)
        found = regions.find_regions(text, within=within)
        if found is None or len(found) == 0:
            return pd.DataFrame(columns=_COLUMNS).astype({"start": "int64", "end": "int64"})
        frame = pd.DataFrame(found)
        name_col = next(c for c in ("name", "full_name", "resolved", "region") if c in frame)
        out = frame.rename(columns={name_col: "name"})[_COLUMNS]
        out = out[out["name"].notna()]
        return out.astype({"start": "int64", "end": "int64"}).reset_index(drop=True)

    def document_region(self, title: str) -> str | None:
        """The region a document is about, from its title (``None`` when not named).

        Parameters
        ----------
        title : str
            The title line.

        Returns
        -------
        str or None
        """
        regions = _gazetteer()
        if regions is None:
            m = _INTERIM.search(title)
            return m.group(0) if m else None
        found = regions.document_region(title)
        return None if found is None else str(getattr(found, "name", found))
