"""Chinese environmental standards, as data with validity periods, and the methods built on them.

Every figure in an inspection report is judged against a national standard — PM2.5
"达到国家二级标准", 优良天数比例, "Ⅰ～Ⅲ类水质断面比例", "劣Ⅴ类", "一级A" effluent — and two of
them changed on 2026-03-01, so a report of 2018 and one of 2026 are judged by different
tables.  This package ships the standards as data (``data/catalogue.toml`` and CSV tables,
with pint units and a citation per table) and picks the one in force on a date:

=================  ===============  ==========================  ===========================
id                 kind             in force                    what
=================  ===============  ==========================  ===========================
GB 3095-2012       ambient_air      2012-02-29 … 2026-02-28     concentration limits
GB 3095-2026       ambient_air      2026-03-01 …                transition limits to
                                                                2030-12-31, final from
                                                                2031-01-01 (provisional)
HJ 633-2012        aqi              2012-02-29 … 2026-02-28     AQI breakpoints, categories
HJ 633-2026        aqi              2026-03-01 …                PM breakpoints 60 / 120
HJ 663-2013        air_assessment   2013-10-01 … 2026-02-28     annual evaluation
GB 3838-2002       surface_water    2002-06-01 …                classes Ⅰ … Ⅴ, 劣Ⅴ
GB 18918-2002      wwtp_effluent    2003-07-01 …                grades 一级A … 三级
=================  ===============  ==========================  ===========================

GB 3095-2012 applied in designated regions from 2012 and nationwide from 2016-01-01
(phases ``early`` and ``nationwide``).  **GB 3095—2026's rows are provisional** except the
PM2.5 limits stated in the Ministry's announcement: the rest comes from transcriptions of
the official PDF not yet checked against it (``provisional`` column, :class:`Limit`).

Catalogue
    :func:`standard_for` (kind, date → :class:`Standard`), :func:`get`,
    :func:`catalogue`, :class:`Standard` (``phase_on``, ``table``).
Limits and references
    :func:`limits`, :func:`limit` (GB 3095), :func:`resolve` (a
    :class:`~envindicators.model.StandardRef` → :class:`Limit`, in its edition or the one
    in force on a date), :func:`check_ref`, :func:`standard_target` (a
    :class:`~envindicators.model.Target` that is a standard limit),
    :func:`targets_against_standards` (targets looser than the standard in force).
AQI (HJ 633)
    :func:`iaqi`, :func:`aqi` (vectorised over station × day frames),
    :func:`aqi_categories`, :func:`iaqi_breakpoints`.
Annual evaluation (HJ 663)
    :func:`annual_evaluation` (annual means, percentiles, data validity, compliance,
    优良天数比例, composite index), :func:`composite_index`, :func:`percentile`.
Water
    :func:`water_class`, :func:`section_class`, :func:`class_shares` (GB 3838);
    :func:`effluent_compliance`, :func:`effluent_grade`, :func:`effluent_limits`
    (GB 18918).
Examples
    :func:`synthetic_daily` — daily station data with seasonality.

>>> from envindicators import standards
>>> standards.standard_for("ambient_air", "2027-06-30").id
'GB 3095-2026'
>>> standards.limit("PM2.5", "annual", on="2027-06-30").value
30.0
>>> standards.iaqi("PM2.5", 75, version="2012"), standards.iaqi("PM2.5", 75, version="2026")
(100.0, 114.0)

Layer: imports :mod:`envindicators.units` and :mod:`envindicators.model`; analytics,
audit, datasets and the faces may import it.
"""

from __future__ import annotations

from envindicators.standards._catalogue import (
    KINDS,
    Method,
    Phase,
    Standard,
    catalogue,
    get,
    method,
    standard_for,
)
from envindicators.standards.aqi import AQI_ITEMS, aqi, aqi_categories, iaqi, iaqi_breakpoints
from envindicators.standards.assessment import (
    AnnualEvaluation,
    annual_evaluation,
    composite_index,
    percentile,
)
from envindicators.standards.effluent import (
    effluent_compliance,
    effluent_grade,
    effluent_limits,
)
from envindicators.standards.limits import (
    Limit,
    check_ref,
    limit,
    limits,
    resolve,
    standard_target,
    targets_against_standards,
)
from envindicators.standards.synthetic import synthetic_daily
from envindicators.standards.water import class_limits, class_shares, section_class, water_class

__all__ = [
    "AQI_ITEMS",
    "KINDS",
    "AnnualEvaluation",
    "Limit",
    "Method",
    "Phase",
    "Standard",
    "annual_evaluation",
    "aqi",
    "aqi_categories",
    "catalogue",
    "check_ref",
    "class_limits",
    "class_shares",
    "composite_index",
    "effluent_compliance",
    "effluent_grade",
    "effluent_limits",
    "get",
    "iaqi",
    "iaqi_breakpoints",
    "limit",
    "limits",
    "method",
    "percentile",
    "resolve",
    "section_class",
    "standard_for",
    "standard_target",
    "synthetic_daily",
    "targets_against_standards",
    "water_class",
]
