"""Read a report into indicator data: observations, targets, tasks and aggregates.

:func:`read_report` turns the text of a report the library has never seen (a 督察整改
report or plan, a 生态环境状况公报) into the tables the library ships — ``observations``,
``targets``, ``tasks``, ``progress_summaries`` in the bundled schemas
(:data:`envindicators.datasets.TABLES`) — so that assess, audit, report and the trend
functions work on them unchanged.  Every figure comes from
:func:`envindicators.units.extract_quantities` and is linked to an indicator of the
registry, a region of the gazetteer (:mod:`envindicators.regions`), a period and a role by
general rules; each row carries its verbatim ``quote``, its span
(:attr:`ReportTables.provenance`), a ``confidence`` and ``needs_review`` where a link was
ambiguous or absent.  Nothing is invented: a link the text does not give is left empty, an
indicator no registry entry matches is *proposed* (:attr:`ReportTables.indicators`), and a
figure that becomes no row is listed with the reason (:attr:`ReportTables.unread`).

>>> from envindicators.extract import read_report
>>> tables = read_report("2022年，山西省优良天数比例为74.5%，同比提高2.4个百分点。")
>>> tables.observations[["indicator", "period_end", "value", "baseline_period"]].values.tolist()
[['good_air_days_share', Timestamp('2022-12-31 00:00:00'), 74.5, <NA>], ['good_air_days_share', Timestamp('2022-12-31 00:00:00'), 2.4, '2021']]
"""  # noqa: E501

from __future__ import annotations

from envindicators.extract._lexicon import Lexicon, compatible, expand_forms
from envindicators.extract._reader import ReportTables, read_report

__all__ = ["Lexicon", "ReportTables", "compatible", "expand_forms", "read_report"]
