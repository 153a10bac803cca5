"""A gazetteer of Chinese administrative divisions: codes, names, levels, and place names in text.

The table (:func:`gazetteer`) holds the province, prefecture and county levels of the
National Bureau of Statistics' division codes (state on 2022-10-31; 31 provinces, 333
prefectures, 2 975 county-level units), with full names, short names (湖北省 → 湖北,
恩施土家族苗族自治州 → 恩施州, 新疆维吾尔自治区 → 新疆) and parent codes, and Taiwan (710000,
its 22 municipalities, counties and cities), Hong Kong (810000, its 18 districts) and Macao
(820000).  Source, licence
and the rules that derive short names: ``envindicators/regions/data/SOURCE.md``.

* :func:`resolve` — the :class:`Region` of a name or code, raising
  :class:`~envindicators.errors.UnknownRegionError` or
  :class:`~envindicators.errors.AmbiguousRegionError` (with the candidates) when it is not
  exactly one division;
* :func:`find_regions` — every place-name mention in a text (spans, codes, ambiguity), in
  one vectorised scan; ``within=`` the document's region breaks ties and resolves 全省 /
  我市 / 本县;
* :func:`document_region` — the region a document's title names; :func:`former_names`
  — names of divisions renamed since 2000 (横县 → 横州市), read as today's division;
  :func:`monitoring_stations` — stations named after no division (东涌, 铜锣湾), read as the
  division they stand in;
  :func:`resolve_deixis` — what 全省 / 全市 / 我区 / 本港 / 本澳 … mean in a document of a
  given region;
* :func:`document_territory` — whose text a document is (Taiwan's, Hong Kong's, Macao's or
  the mainland's), told by its place names, institutions and script.

Names are matched in simplified or traditional script (folded with
:func:`envindicators.units.to_simplified`).  The module sits at the model layer: it imports
only :mod:`envindicators.units` and :mod:`envindicators.errors`.

Examples
--------
>>> from envindicators import regions
>>> regions.resolve("湖北").name, regions.resolve("恩施州").code
('湖北省', '422800')
>>> regions.resolve_deixis("全省", regions.resolve("武汉市")).name
'湖北省'
"""

from __future__ import annotations

from envindicators.errors import AmbiguousRegionError, UnknownRegionError
from envindicators.regions._gazetteer import (
    CROSSING_WORDS,
    DEIXIS_PATTERN,
    DEIXIS_SELF_NAMES,
    DEIXIS_WHOLE_NAMES,
    FEATURE_WORDS,
    GENERIC_MORPHEMES,
    LEVELS,
    NAME_KINDS,
    NATIONAL,
    NATIONAL_NAMES,
    Region,
    document_region,
    find_regions,
    former_names,
    gazetteer,
    is_generic_name,
    is_traditional_text,
    monitoring_stations,
    region_of,
    resolve,
    resolve_deixis,
)
from envindicators.regions._territory import (
    MAINLAND,
    NATIONAL_ORGANS,
    ROC_FISCAL_YEAR,
    ROC_TENS,
    TERRITORIES,
    TERRITORY_SIGNS,
    TERRITORY_USAGE,
    Territory,
    document_territory,
    territory_signs,
)

__all__ = [
    "CROSSING_WORDS",
    "DEIXIS_PATTERN",
    "DEIXIS_SELF_NAMES",
    "DEIXIS_WHOLE_NAMES",
    "FEATURE_WORDS",
    "GENERIC_MORPHEMES",
    "LEVELS",
    "MAINLAND",
    "NAME_KINDS",
    "NATIONAL",
    "NATIONAL_NAMES",
    "NATIONAL_ORGANS",
    "ROC_FISCAL_YEAR",
    "ROC_TENS",
    "TERRITORIES",
    "TERRITORY_SIGNS",
    "TERRITORY_USAGE",
    "AmbiguousRegionError",
    "Region",
    "Territory",
    "UnknownRegionError",
    "document_region",
    "document_territory",
    "find_regions",
    "former_names",
    "gazetteer",
    "is_generic_name",
    "is_traditional_text",
    "monitoring_stations",
    "region_of",
    "resolve",
    "resolve_deixis",
    "territory_signs",
]
