"""Audit of reported figures: do the numbers of a report agree with each other?

Every written figure is read as the interval of values it stands for at its written
precision and qualifier (:mod:`envindicators.audit.precision`: ``94%`` → [93.5, 94.5],
``33.3万方`` → ±500 m³, ``20余万吨`` → [20万, 30万], ``近三分之一`` → [30 %, 33.3 %]);
figures that the report relates (a rate and its counts, a change and its levels, a sum
and its terms) are combined with interval arithmetic, and the derived interval is
compared with the reported one.  Inconsistencies are flagged, never corrected.

=====================================  ==================================================
function                               checks
=====================================  ==================================================
:func:`check_rates`                    completion/closure rates vs counts (办结率94% vs
                                       6591/6991), with
                                       :func:`~envindicators.analytics.infer_rate_definition`
:func:`check_partitions`               category counts vs the statement's total
                                       (74 + 6 + 2 vs 80)
:func:`check_changes`                  relative / absolute changes vs the levels of the
                                       same indicator, region and periods (配套率
                                       54% → 78%, +24 个百分点; PM2.5 38, −2.6 % → 2021 ≈ 39)
:func:`check_relations`                sums, differences, ratios, restatements and parts
                                       written in the text (``datasets/relations.csv``)
:func:`report`                         all of the above over the bundled datasets (or
                                       given tables), one row per check
:func:`in_words`                       each finding as one plain sentence (for people)
:func:`reported_interval`,             the interval / decimals of one written figure;
:func:`decimals`,                      the same for a whole table
:func:`figure_intervals`
=====================================  ==================================================

Report columns
--------------
Stable; the same for :func:`report` and every ``check_*`` (:data:`REPORT_COLUMNS` gives
the dtypes):

=================  =========  ==============================================================
column             dtype      meaning
=================  =========  ==============================================================
``check_id``       string     stable id: ``rate:<summary_id>``, ``partition:<summary_id>``,
                              ``change:<change obs_id>:<level after>:<level before>``
                              (``-`` when absent), ``relation:<relation_id>``
``check``          string     ``rate``, ``partition``, ``change_relative``,
                              ``change_absolute``, or the relation type (``sum``,
                              ``difference``, ``ratio``, ``equal``, ``part``)
``verdict``        string     ``consistent``, ``inconsistent``, ``not_checkable``
                              (:class:`Verdict`)
``source``,        string     of the reported figure (the statement, the change, the
``region``,                   relation's result)
``subject``
``inputs``         string     ids of every figure used, ``;``-joined: ``obs_id``,
                              ``summary_id`` (a total), ``summary_id:category`` (a count),
                              or a figure written in a relation (``19个``)
``formula``        string     the arithmetic, with the figures as written
                              (``2.57米 − 3.86米``, ``6591 / 6991 × 100``)
``expected``       float64    point value derived from the inputs
``expected_low``,  float64    interval derived from the inputs' intervals (±inf for
``expected_high``             one-sided figures and ``part``)
``reported``       float64    the figure the report states (NaN when there is none:
                              ``not_checkable`` changes)
``reported_text``  string     as written
``reported_low``,  float64    the interval the reported figure stands for
``reported_high``
``decimals``       Int64      decimals of the reported figure as written
``tolerance``      float64    half a unit of its last written digit, in ``unit`` (0 for
                              exact counts)
``unit``           string     unit of expected and reported (the result's written unit;
                              ``count``; ``%`` for rates; canonical units for changes)
``deviation``      float64    ``expected − reported``
``explanation``    string     one line: ids, formula, intervals, verdict and the reason
``quote``          string     verbatim quote(s) from the source, joined by an ellipsis
=================  =========  ==============================================================

A check is ``consistent`` when the two closed intervals intersect (up to floating-point
rounding) and ``inconsistent`` otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from envindicators.audit._verdicts import REPORT_COLUMNS, Verdict, empty_report
from envindicators.audit.checks import (
    check_changes,
    check_partitions,
    check_rates,
    check_relations,
)
from envindicators.audit.precision import (
    APPROX_BAND,
    NEARLY_BAND,
    Interval,
    decimals,
    figure_intervals,
    reported_interval,
)
from envindicators.audit.wording import in_words

__all__ = [
    "APPROX_BAND",
    "NEARLY_BAND",
    "REPORT_COLUMNS",
    "Interval",
    "Verdict",
    "check_changes",
    "check_partitions",
    "check_rates",
    "check_relations",
    "decimals",
    "figure_intervals",
    "in_words",
    "report",
    "reported_interval",
]


def report(
    tables: Mapping[str, pd.DataFrame] | None = None,
    *,
    approx_band: float = APPROX_BAND,
    nearly_band: float = NEARLY_BAND,
) -> pd.DataFrame:
    """Run every check and return one row per check.

    Parameters
    ----------
    tables:
        ``{table name: frame}`` with any of ``observations``, ``progress_summaries``,
        ``relations`` and ``indicators`` (bundled schemas).  Default: all the bundled
        datasets.  Checks whose tables are not given are skipped (relations need the
        tables their ids point into); ``indicators`` defaults to the bundled registry.
    approx_band, nearly_band:
        Relative bands of 约 and 近 (:mod:`envindicators.audit.precision`).

    Returns
    -------
    pandas.DataFrame
        The report columns (see the module documentation), rates first, then
        partitions, changes and relations, each sorted by ``check_id``.

    Examples
    --------
    >>> from envindicators import audit
    >>> r = audit.report()
    >>> r.set_index("check_id").loc["partition:000-P031", ["formula", "verdict"]].tolist()
    ['74 + 6 + 2', 'inconsistent']
    """
    import envindicators.datasets as datasets

    if tables is None:
        tables = {
            name: datasets.load(name)
            for name in ("observations", "progress_summaries", "relations", "indicators")
        }
    obs = tables.get("observations")
    ps = tables.get("progress_summaries")
    rel = tables.get("relations")
    indicators = tables.get("indicators")
    parts = [empty_report()]
    if ps is not None:
        parts += [check_rates(ps), check_partitions(ps)]
    if obs is not None:
        parts.append(
            check_changes(
                obs, indicators=indicators, approx_band=approx_band, nearly_band=nearly_band
            )
        )
    if rel is not None and (obs is not None or ps is not None):
        parts.append(
            check_relations(rel, obs, ps, approx_band=approx_band, nearly_band=nearly_band)
        )
    frames = [p for p in parts if len(p)] or parts[:1]
    out = pd.concat(frames, ignore_index=True)
    return out.astype(REPORT_COLUMNS)
