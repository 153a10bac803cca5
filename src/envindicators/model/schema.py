"""The table schema: every table's columns, dtypes, requirements and vocabularies.

One home for the tables of the library: the model classes' DataFrame forms
(:class:`~envindicators.model.Indicator`, :class:`~envindicators.model.Observation`,
:class:`~envindicators.model.Target`, :class:`~envindicators.model.Task`), the bundled
tables of :mod:`envindicators.datasets` (``datasets/README.md`` documents their columns)
and the user's own tables read by :func:`envindicators.datasets.read_csv` are all declared
here, in :data:`TABLES`, once.

A :class:`Column` says

* its **kind** and so its dtype (below);
* its **vocabulary** of stable ASCII codes, if any: a *closed* vocabulary (the model's
  enums) is checked wherever the table is read; an *open* one (``domain``, ``context``)
  is the bundled tables' (checked by :func:`envindicators.datasets.validate`) and other
  tables may use other codes;
* three levels of **requirement**: ``model_required`` — the model class cannot be built
  without it (checked by :func:`coerce_frame`); ``minimal`` — a user's table must have it,
  with a value in every row (:data:`envindicators.datasets.MINIMAL_COLUMNS`);
  ``required`` — every row of the bundled table has a value;
* whether the **model** class holds it as an attribute (``in_model``; the other columns of
  a bundled table, such as ``role`` of the observations, pass through the model objects
  as ``extra``) and whether the bundled CSV file has it (``bundled``; the model's
  ``standard`` of a target is not in the bundled targets).

Every model class has a DataFrame form with one row per object: the table's model columns
in order (:data:`SCHEMAS`), then any further columns of the input (provenance, notes of the
user's own) in their input order, passed through the objects unchanged (``extra``).

Dtypes
------
=========  ==============================================================================
kind       dtype
=========  ==============================================================================
text       ``string`` (pandas' nullable string dtype); missing = NA
float      ``Float64`` (nullable); missing = NA
int        ``Int64`` (nullable)
date       ``datetime64[us]`` (dates at midnight); missing = NaT
=========  ==============================================================================

These are the dtypes :func:`envindicators.datasets.load` gives the bundled tables, so a
loaded table is already in model form.  :func:`coerce_frame` brings any frame with the
model columns (in any order, with any reasonable dtypes: object, str, string, float,
Int64, datetime or ISO strings) to these dtypes, validating closed vocabularies; unknown
codes raise :class:`~envindicators.errors.ModelValidationError` naming the column and row.
``from_frame(df)`` → objects → ``to_frame(objects)`` gives back ``coerce_frame(df)``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from types import MappingProxyType
from typing import Any, Final, Literal

import numpy as np
import pandas as pd

from envindicators.errors import ModelValidationError
from envindicators.model.vocab import Comparator, Direction, ObservationRole, TaskStatus
from envindicators.units.vocab import Confidence, Kind, Qualifier

__all__ = [
    "DATE",
    "DEADLINE_CATEGORIES",
    "DOCUMENT_KINDS",
    "DOMAINS",
    "FLOAT",
    "INSPECTION_ROUNDS",
    "INT",
    "MEETING_ROLES",
    "RELATION_TYPES",
    "SCHEMAS",
    "TABLES",
    "TEXT",
    "THRESHOLD_COMPARATORS",
    "Column",
    "ColumnKind",
    "Table",
    "TableName",
    "coerce_frame",
    "columns",
    "data_dictionary",
    "empty_frame",
    "table",
]

TEXT: Final = "string"
FLOAT: Final = "Float64"
INT: Final = "Int64"
DATE: Final = "datetime64[us]"

#: What a column holds; its dtype follows (see the module docstring).
ColumnKind = Literal["text", "float", "int", "date", "bool"]

_DTYPES: Mapping[str, str] = MappingProxyType(
    {"text": TEXT, "float": FLOAT, "int": INT, "date": DATE, "bool": "boolean"}
)

TableName = Literal[
    "documents",
    "indicators",
    "observations",
    "targets",
    "tasks",
    "progress_summaries",
    "relations",
    "meetings",
    "inspections",
]


def _codes(vocabulary: type[Enum] | Collection[str]) -> tuple[str, ...]:
    """The codes of an enum (in its order) or of a collection (sorted when unordered)."""
    if isinstance(vocabulary, type) and issubclass(vocabulary, Enum):
        return tuple(str(m.value) for m in vocabulary)
    if isinstance(vocabulary, tuple | list):
        return tuple(vocabulary)
    return tuple(sorted(vocabulary))


#: The vocabulary of ``deadline_category`` in the tasks table.
DEADLINE_CATEGORIES: tuple[str, ...] = ("date", "period", "immediate", "ongoing", "unknown")
#: What a source document is (``documents.kind``): the seeds are plans and progress
#: reports; the follow-up sources are bulletins, statistical communiqués, work reports,
#: reports to a people's congress, press releases and news reports of them.
DOCUMENT_KINDS = frozenset(
    {
        "plan", "progress_report", "bulletin", "statistical_communique", "work_report",
        "legislature_report", "press_release", "news",
    }
)  # fmt: skip
#: Comparators a target's threshold may have (``10蒸吨/小时及以下`` → ``le``).
THRESHOLD_COMPARATORS = frozenset({"le", "lt", "ge", "gt"})
#: Rows of ``meetings.csv``: a reported number of meetings, or a commitment to hold them.
MEETING_ROLES = frozenset({"reported", "commitment"})
#: The central inspections (``inspections.csv``), in their order: the first round (its
#: batches 2016–2017, with Hebei's pilot as batch 0), its 回头看 (2018), the second round
#: (2019–2022), its 回头看 and the third round (from 2023).
INSPECTION_ROUNDS: tuple[str, ...] = ("first", "first_review", "second", "second_review", "third")
#: Relations between figures written in the text (``relations.csv``; checked by
#: :func:`envindicators.audit.check_relations`).
RELATION_TYPES = frozenset({"sum", "difference", "ratio", "equal", "part"})
#: The bundled indicators' domains (an open vocabulary: your indicators may have others).
DOMAINS = frozenset(
    {
        "air", "water", "soil", "ecology", "energy", "waste", "agriculture", "enforcement",
        "governance", "infrastructure", "climate", "economy",
    }
)  # fmt: skip
_CONTEXTS = frozenset({"water", "steam"})
_SCRIPTS = ("zh-Hans", "zh-Hant")


@dataclass(frozen=True)
class Column:
    """One column of a table.

    Parameters
    ----------
    name : str
        The column name (the attribute of the same name on the table's model class).
    kind : {"text", "float", "int", "date"}
        What it holds; :attr:`dtype` follows.
    description : str
        What it means, for the data dictionary.
    vocabulary : tuple of str or None
        The codes it may hold (in their documented order), if it is a vocabulary column.
    open_vocabulary : bool
        The vocabulary is the bundled tables' (checked by
        :func:`envindicators.datasets.validate`); other tables may use other codes.
        A closed one is checked wherever the table is read (:func:`coerce_frame`).
    unit : bool
        The values are unit strings of :data:`envindicators.units.ureg`.
    required : bool
        Every row of the bundled table has a value.
    minimal : bool
        A user's table must have the column, with a value in every row
        (:data:`envindicators.datasets.MINIMAL_COLUMNS`).
    model_required : bool
        The table's model class cannot be built without it (:func:`coerce_frame` with
        ``require=True`` checks the column is present and filled).
    in_model : bool
        The table's model class holds it as an attribute; other columns pass through the
        model objects as ``extra``.
    bundled : bool
        The bundled CSV file has the column.
    """

    name: str
    kind: ColumnKind
    description: str = ""
    vocabulary: tuple[str, ...] | None = None
    open_vocabulary: bool = False
    unit: bool = False
    required: bool = False
    minimal: bool = False
    model_required: bool = False
    in_model: bool = True
    bundled: bool = True

    @property
    def dtype(self) -> str:
        """The pandas dtype: ``string``, ``Float64``, ``Int64`` or ``datetime64[us]``."""
        return _DTYPES[self.kind]

    @property
    def checked_vocabulary(self) -> tuple[str, ...] | None:
        """The vocabulary checked wherever the table is read (a closed one), else ``None``."""
        return None if self.open_vocabulary else self.vocabulary


@dataclass(frozen=True)
class Table:
    """The schema of one table.

    Parameters
    ----------
    name : str
        The table's name (``targets``); the bundled file is ``<name>.csv``.
    key : str
        The primary-key column; empty when the key is several columns (``compound_key``).
    columns : tuple of Column
        Every column, in the documented order.
    references : Mapping[str, str]
        Columns holding the key of another table (``{"indicator": "indicators"}``).
    model : bool
        Whether a model class has this table as its DataFrame form.
    compound_key : tuple of str
        The columns that together identify a row, when ``key`` is empty.
    """

    name: TableName
    key: str
    columns: tuple[Column, ...]
    references: Mapping[str, str] = field(default_factory=dict)
    model: bool = False
    compound_key: tuple[str, ...] = ()

    @property
    def bundled_columns(self) -> tuple[Column, ...]:
        """The columns of the bundled file, in order."""
        return tuple(c for c in self.columns if c.bundled)

    @property
    def column_names(self) -> list[str]:
        """The names of the bundled file's columns, in order."""
        return [c.name for c in self.bundled_columns]

    @property
    def filename(self) -> str:
        """The bundled file's name."""
        return f"{self.name}.csv"

    @property
    def model_columns(self) -> tuple[Column, ...]:
        """The columns of the model's DataFrame form, in order."""
        return tuple(c for c in self.columns if c.in_model)

    @property
    def minimal_columns(self) -> tuple[str, ...]:
        """The columns a user's table must have, in order."""
        return tuple(c.name for c in self.columns if c.minimal)

    @property
    def key_columns(self) -> list[str]:
        """The columns that identify a row."""
        return [self.key] if self.key else list(self.compound_key)


def _text(name: str, **kw: Any) -> Column:
    return Column(name, "text", **kw)


def _vocab(name: str, vocabulary: type[Enum] | Collection[str], **kw: Any) -> Column:
    return Column(name, "text", vocabulary=_codes(vocabulary), **kw)


def _needed(col: Column) -> Column:
    """A column the model needs: a user's table must have it, every bundled row has it."""
    return replace(col, required=True, minimal=True, model_required=True)


#: Trust columns of the extracted tables (:func:`envindicators.extract.read_report`):
#: ``confidence`` (high/medium/low) and ``needs_review`` (a link was ambiguous or missing).
#: The bundled, hand-made rows carry ``high`` and ``False``.
_TRUST = (
    _vocab("confidence", Confidence, in_model=False),
    Column("needs_review", "bool", in_model=False),
)

# The figure of a target or observation.
_FIGURE = (
    _text("value_text", required=True),
    _needed(Column("number", "float")),
)

_TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        key="source",
        columns=(
            _text("source", required=True, minimal=True),
            _text("title", required=True),
            _text("issuer"),
            _text("region", required=True),
            Column("published", "date"),
            _vocab("script", _SCRIPTS, required=True),
            _text("note"),
            _vocab("kind", DOCUMENT_KINDS, required=True),
            _text("url"),
            _text("publisher"),
            Column("accessed", "date"),
        ),
    ),
    Table(
        "indicators",
        key="code",
        model=True,
        columns=(
            _needed(_text("code")),
            _text("name_zh", required=True),
            _text("name_en", required=True),
            _needed(_text("unit", unit=True)),
            _needed(_vocab("direction", Direction)),
            _text("standard"),
            _vocab("domain", DOMAINS, open_vocabulary=True, required=True),
            _vocab("context", _CONTEXTS, open_vocabulary=True),
            _text("aliases", in_model=False),
            _text("action", in_model=False),
        ),
    ),
    Table(
        "observations",
        key="obs_id",
        references={"source": "documents", "indicator": "indicators"},
        model=True,
        columns=(
            _text("obs_id", required=True),
            _text("source", required=True),
            _text("region", required=True),
            _text("subject", required=True),
            _needed(_text("indicator")),
            Column("period_start", "date"),
            Column("period_end", "date"),
            _text("period_text"),
            *_FIGURE,
            _needed(_text("unit_written", unit=True)),
            _vocab("qualifier", Qualifier, required=True),
            _vocab("kind", Kind, required=True),
            _text("baseline_period"),
            Column("value", "float", required=True),
            _text("unit", unit=True, required=True),
            _vocab("context", _CONTEXTS, open_vocabulary=True),
            _text("quote", required=True),
            _text("note"),
            _vocab("role", ObservationRole, required=True, in_model=False),
            _text("evidence_for", in_model=False),
            *_TRUST,
        ),
    ),
    Table(
        "targets",
        key="target_id",
        references={"source": "documents", "indicator": "indicators"},
        model=True,
        columns=(
            _text("target_id", required=True),
            _text("source", required=True),
            _text("region", required=True),
            _text("subject", required=True),
            _needed(_text("indicator")),
            _needed(_vocab("comparator", Comparator)),
            _vocab("kind", Kind, required=True),
            *_FIGURE,
            Column("number_high", "float"),
            _needed(_text("unit_written", unit=True)),
            Column("tolerance", "float"),
            Column("baseline_year", "int"),
            Column("baseline_value", "float"),
            Column("start", "date"),
            Column("deadline", "date"),
            _text("deadline_text"),
            Column("value", "float", required=True),
            Column("value_high", "float"),
            _text("unit", unit=True, required=True),
            _vocab("context", _CONTEXTS, open_vocabulary=True),
            _text("quote", required=True),
            _text("note"),
            _text("standard", bundled=False),
            _text("threshold_text", in_model=False),
            _vocab("threshold_comparator", THRESHOLD_COMPARATORS, in_model=False),
            Column("threshold_number", "float", in_model=False),
            _text("threshold_unit", unit=True, in_model=False),
            *_TRUST,
        ),
    ),
    Table(
        "tasks",
        key="task_id",
        references={"source": "documents"},
        model=True,
        columns=(
            _text("task_id", required=True),
            _text("source", required=True),
            _text("region", required=True),
            _text("number", required=True),
            Column("number_int", "int"),
            _text("title", required=True, minimal=True),
            _text("status_text"),
            # a plan lists its tasks before any has a status: optional, as in the bundled
            # tasks (a plan's items have none) and in read_report's tasks
            _vocab("status", TaskStatus),
            _text("deadline_text"),
            Column("deadline", "date"),
            _vocab("deadline_category", DEADLINE_CATEGORIES, required=True),
            _text("responsible"),
            _text("quote", required=True),
            _text("status_quote", in_model=False),
            _text("parent", in_model=False),
            _text("note", in_model=False),
            *_TRUST,
        ),
    ),
    Table(
        "progress_summaries",
        key="",
        compound_key=("summary_id", "category"),
        references={"source": "documents"},
        columns=(
            _text("summary_id", required=True, minimal=True),
            _text("source", required=True),
            _text("region", required=True),
            _text("subject", required=True),
            Column("as_of", "date"),
            Column("total", "int"),
            _text("category", required=True, minimal=True),
            _text("category_text", required=True),
            Column("count", "int"),
            Column("reported_rate", "float"),
            _text("reported_rate_text"),
            _text("quote", required=True),
            *_TRUST,
        ),
    ),
    Table(
        "relations",
        key="relation_id",
        references={"source": "documents"},
        columns=(
            _text("relation_id", required=True, minimal=True),
            _text("source", required=True),
            _vocab("type", RELATION_TYPES, required=True, minimal=True),
            _text("result", required=True, minimal=True),
            _text("terms", required=True, minimal=True),
            _text("basis"),
            _text("quote", required=True),
            _text("note"),
        ),
    ),
    Table(
        "meetings",
        key="meeting_id",
        references={"source": "documents"},
        columns=(
            _text("meeting_id", required=True),
            _text("source", required=True),
            _text("region", required=True),
            _text("body", required=True, minimal=True),
            _vocab("role", MEETING_ROLES, required=True, minimal=True),
            Column("period_start", "date"),
            Column("period_end", "date"),
            _text("period_text"),
            _text("value_text", required=True),
            Column("number", "float", required=True),
            _text("unit_written", unit=True, required=True),
            _vocab("qualifier", Qualifier, required=True),
            _vocab("comparator", Comparator),
            _text("quote", required=True),
            _text("note"),
        ),
    ),
    Table(
        "inspections",
        key="inspection_id",
        columns=(
            _text("inspection_id", required=True, minimal=True),
            _text("region", required=True, minimal=True),
            _vocab("round", INSPECTION_ROUNDS, required=True, minimal=True),
            Column("batch", "int", required=True, minimal=True),
            _text("group"),
            Column("stationed_start", "date"),
            Column("stationed_end", "date"),
            Column("feedback_date", "date"),
            _text("url", required=True),
            Column("accessed", "date", required=True),
            _text("note"),
        ),
    ),
)

#: What each column means: the data dictionary (``datasets/README.md`` shows it, generated by
#: ``scripts/data_dictionary.py``).
#: Descriptions of the trust columns (:data:`_TRUST`), shared by the tables that carry them.
_TRUST_DESCRIPTIONS: Mapping[str, str] = {
    "confidence": (
        "how sure the row is (`high`, `medium`, `low`): `high` for the bundled hand-made rows; "
        "for rows read by `envindicators.extract.read_report`, how certain every link is"
    ),
    "needs_review": (
        "`True` when a link (indicator, region, period, role) was ambiguous or missing and a "
        "person should check the row; `False` for the bundled rows"
    ),
}

_DESCRIPTIONS: Mapping[str, Mapping[str, str]] = {
    "documents": {
        "source": "seed file name in `sources/` (primary key)",
        "title": "document title as printed",
        "issuer": "issuing body (省委/省政府, 市委办公室 …)",
        "region": "main region covered",
        "published": "publication or signature date; for a text whose copies are undated, the "
        "date of the earliest dated copy of the same text (003: 2023-02-24, said in `note`)",
        "script": "`zh-Hans` or `zh-Hant`",
        "note": (
            "what the file contains (sections, attachments, page furniture); for an excerpt, "
            "what was left out or removed (page furniture, spam, romanisation glosses)"
        ),
        "kind": (
            "what the document is (see vocabularies): the seeds are `plan` or `progress_report`"
        ),
        "url": "address of the copy the text was taken from (required for follow-up sources)",
        "publisher": (
            "who published that copy (a newspaper, a government site, a reposting site) — "
            "`issuer` is who issued the figures"
        ),
        "accessed": (
            "date the stored copy was read (required for follow-up sources; the crawl date of "
            "the copy is not known)"
        ),
    },
    "indicators": {
        "action": (
            "what a count of an action counts, as `<verb class>:<object class>` pairs, "
            "`;`-separated (`close:enterprise`, `penalize:amount`): the verb classes and object "
            "classes (head nouns, measure words) of `envindicators.extract`; read to link "
            "`取缔373家`, `对19座铁矿开展专项检查`; no two indicators claim one pair"
        ),
        "aliases": (
            "other names of the indicator in reports, `;`-separated (abbreviations, variant "
            "wordings, traditional script); read by `envindicators.extract` to link figures"
        ),
        "code": "snake_case English code (primary key), e.g. `pm25_concentration`",
        "name_zh": "Chinese name as the reports write it",
        "name_en": "English name",
        "unit": "canonical pint unit; every `value` of this indicator is in it",
        "direction": "better direction (see vocabularies)",
        "standard": (
            "the standard the indicator is judged against, if any, as a reference `<id> "
            "[grade/class] [item] [averaging] [: limit unit]` (`GB 3095-2012 二级 PM2.5 年平均`, "
            "`GB 3838-2002 Ⅰ-Ⅲ类`, `GB 18918-2002 一级A`); ids shipped by "
            "`envindicators.standards` must resolve against its tables (`datasets.validate` "
            "checks; a stated limit must equal the table's), others (`GB 3097-1997`) are named "
            "only"
        ),
        "domain": (
            "air, water, soil, ecology, energy, waste, agriculture, enforcement, governance, "
            "infrastructure"
        ),
        "context": (
            "pint context needed to bring written units to `unit` (`water`, `steam`), if any"
        ),
    },
    "observations": {
        **_TRUST_DESCRIPTIONS,
        "obs_id": "primary key, `<seed 3 digits>-O<nnn>`, e.g. `000-O017`",
        "source": "seed file name",
        "region": "region the figure is about (山西省, 晋中市, 平遥县 …)",
        "subject": "what exactly is measured, short Chinese (e.g. `太谷县第二污水处理厂处理能力`)",
        "indicator": "code in indicators.csv",
        "period_start": "start of the period the figure refers to (may be empty)",
        "period_end": "end of the period / date of the state (e.g. 2017 → 2017-12-31)",
        "period_text": "period as written (`2017年`, `截至2018年9月中旬`, `2021-2023年`)",
        "value_text": (
            "the figure exactly as written, with its qualifier words (`约7000余吨`, `同比下降2.6%`)"
        ),
        "number": (
            "the figure as a number in `unit_written`, multipliers applied, sign applied for "
            "decreases (`1.5万吨/日` → 15000; `下降2.6%` → -2.6)"
        ),
        "unit_written": (
            "pint unit string of the written unit (`吨/日`, `立方米/日`, `亩`, `%`, "
            "`percentage_point`, `台`)"
        ),
        "qualifier": "see vocabularies",
        "kind": "see vocabularies",
        "baseline_period": (
            "for changes: the period compared with (`2016` for 同比 in 2017, `2014` for 比2014年)"
        ),
        "value": (
            "`number` converted to `unit` (computed from `number`/`unit_written`, never typed by "
            "hand)"
        ),
        "unit": (
            "the indicator's canonical unit for `level` and `ratio` rows; `%` for "
            "`change_relative`; for `change_absolute` the indicator's unit, or "
            "`percentage_point` when the indicator is a share"
        ),
        "context": "pint context used for that conversion, if any",
        "quote": (
            "verbatim substring of the source: the figure and at most ~30 characters around it"
        ),
        "note": (
            "anything a reader needs (derived, ambiguous, implied comparator, a definition that "
            "differs from the target's …)"
        ),
        "role": (
            "`outcome` (the figure for its period), `projection` (expected for a date not yet "
            "reached: 即使到2018年底…也仅35%), `gap_to_target` (高于国家下达指标1.3个百分点: "
            "`baseline_period` names the target; not a change over time), `context` (a count "
            "that frames other figures — the whole its parts are counted in, 194个监控断面中, or "
            "the group a rate is given over —, or a figure whose scope differs from the targets "
            "of its indicator: `benchmarks/HANDCHECK.md` convention (f)). Only outcomes are "
            "paired with targets"
        ),
        "evidence_for": (
            "`;`-separated `target_id`s this outcome is direct evidence for: same region and "
            "indicator (checked) and the same definition, judged by hand; empty when the "
            "definition differs (达标率 for a 优良比例 target) or the row is context or part of "
            "a series"
        ),
    },
    "targets": {
        **_TRUST_DESCRIPTIONS,
        "target_id": "primary key, `<seed>-T<nnn>`",
        "source": "as in observations",
        "region": "as in observations",
        "subject": "as in observations",
        "indicator": "as in observations",
        "comparator": (
            "see vocabularies; `达到X` with no bound word takes the indicator's direction (≥ for "
            "higher-is-better, ≤ for lower) and says so in `note`"
        ),
        "kind": "`level`, or `change_relative` for `比2015年下降13%` / `累计增长5%`",
        "value_text": "the target figure as written",
        "number": "target in `unit_written` (signed for changes: 下降13% → -13)",
        "number_high": "upper end for `band`",
        "unit_written": "as in observations",
        "tolerance": "half-width for `approx`, in `unit_written` (empty = model default)",
        "baseline_year": "for relative targets: the base year (2015)",
        "baseline_value": (
            "base-year level when the report states it: in `unit_written` for level targets, in "
            "the indicator's canonical unit for change targets (whose `unit_written` is `%`)"
        ),
        "start": "start of the target period (plan date or baseline year end)",
        "deadline": "end of the period (到2020年 / 2020年底前 → 2020-12-31)",
        "deadline_text": "as written",
        "value": "computed as in observations",
        "value_high": "computed as in observations",
        "unit": "computed as in observations",
        "context": "computed as in observations",
        "quote": "as in observations",
        "note": "as in observations",
        "threshold_text": (
            "for a threshold target, the threshold as written (`每小时10蒸吨及以下`, "
            "`日产2000吨以下`, `20蒸吨/小时以上`)"
        ),
        "threshold_comparator": (
            "`le`, `lt`, `ge`, `gt`: which objects the target covers (以下/及以下 → `le`: by the "
            "legal convention 以上、以下…包括本数)"
        ),
        "threshold_number": "the threshold in `threshold_unit`",
        "threshold_unit": (
            "the threshold's written unit (`蒸吨/小时`, `吨/日`; `吨` where the text writes 10吨 "
            "for a boiler rating)"
        ),
        "standard": (
            "the reference of the standard limit the target *is* (达到国家二级标准, see "
            "`envindicators.standards.standard_target`); not in the bundled targets, which have "
            "none"
        ),
    },
    "tasks": {
        **_TRUST_DESCRIPTIONS,
        "task_id": "primary key, `<seed>-K<nnn>`",
        "source": "the document it is taken from (a `source` of documents.csv)",
        "region": "region it is about (山西省, 武威市 …)",
        "number": "item number as written (`三十七`, `第十六项`, `(一)`)",
        "number_int": "the same as an integer",
        "title": "short title (≤ 40 characters, from the item's first sentence)",
        "status_text": "status as written (`正在推进整改`, `基本完成整改，长期坚持`)",
        "status": "TaskStatus code",
        "deadline_text": "整改时限 as written",
        "deadline": "parsed deadline (end of period), empty when there is none",
        "deadline_category": (
            "`date`, `period`, `immediate` (立行立改), `ongoing` (长期坚持/持续改善), `unknown`"
        ),
        "responsible": "责任单位 where given",
        "quote": (
            "verbatim snippet that locates the item (its heading, or the list that names it) or, "
            "for the Wuwei plan, its deadline line"
        ),
        "status_quote": (
            "the line the status is read from (`整改进展情况:正在推进整改。`); it must contain "
            "`status_text` and lie inside the item's block — from the item's `quote` to the next "
            "item's — because such lines repeat word for word"
        ),
        "parent": (
            "`task_id` of the item under which this one is listed (the 19 first-round items "
            "concerning Wuwei under 第六项, `002-K006`)"
        ),
        "note": (
            "anything a reader needs (items rectified together, a status the same paragraph "
            "contradicts)"
        ),
    },
    "progress_summaries": {
        **_TRUST_DESCRIPTIONS,
        "summary_id": "`<seed>-P<nnn>`, shared by the rows of one statement",
        "source": "the document it is taken from (a `source` of documents.csv)",
        "region": "region it is about (山西省, 武威市 …)",
        "subject": "what is counted (`整改任务`, `信访件`, `生态环境问题`, `煤矿`)",
        "as_of": "date of the statement if known",
        "total": "total of the statement (empty when the statement gives none, e.g. a bare rate)",
        "category": (
            "TaskStatus code where it is one, else a short code (`closed`, `reviewed`, `rectified`)"
        ),
        "category_text": "as written (`已办结`, `基本完成整改`)",
        "count": "count in that category (empty when not stated, e.g. `其余正在推进`)",
        "reported_rate": "rate the report states for the statement, in % (empty if none)",
        "reported_rate_text": "as written (`办结率94%`, `总体任务完成率达到79%`)",
        "quote": "verbatim snippet",
    },
    "relations": {
        "relation_id": "primary key, `<seed>-R<nnn>`",
        "source": "seed file name (every figure of the relation comes from it)",
        "type": (
            "`sum` (result = Σ terms), `difference` (result = first term − the others), `ratio` "
            "(result = first / second term, in the result's unit, e.g. %), `equal` (one figure "
            "stated twice: result = the single term), `part` (the terms are disjoint parts of "
            "the result: Σ terms ≤ result)"
        ),
        "result": (
            "the figure the relation yields: an `obs_id`, a `summary_id` (the statement's "
            "`total`) or `summary_id:category` (a `count`)"
        ),
        "terms": (
            "the terms, in order, `;`-separated, each as in `result`, or a figure printed in "
            "`quote` but in no table (`19个`)"
        ),
        "basis": (
            "pint quantity that a term in a rate unit is multiplied by when it must be brought "
            "to an amount (`1 a`: one year of `万吨/年` against `万吨`); empty when not needed"
        ),
        "quote": (
            "verbatim substring of the source stating the relation (for a restatement, the later "
            "statement)"
        ),
        "note": "what the relation says, in a few words",
    },
    "meetings": {
        "meeting_id": (
            "primary key, `<seed>-M<nnn>` (the notes give the former observation/target id)"
        ),
        "source": "as in observations",
        "region": "as in observations",
        "body": "who meets (省委常委会, 省政府常务会议, 市生态环境保护委员会 …)",
        "role": "`reported` or `commitment`",
        "period_start": "the period the count covers, or the commitment's start",
        "period_end": "the period the count covers, or the commitment's start",
        "period_text": "the period the count covers, or the commitment's start",
        "value_text": "as in observations (`次`; a frequency in `次/年`)",
        "number": "as in observations (`次`; a frequency in `次/年`)",
        "unit_written": "as in observations (`次`; a frequency in `次/年`)",
        "qualifier": "as in observations (`次`; a frequency in `次/年`)",
        "comparator": "for a commitment only (`ge` for 至少/不少于)",
        "quote": "as in observations",
        "note": "as in observations",
    },
    "inspections": {
        "inspection_id": "primary key, `<round>-<batch>-<region>` (`first-3-山西省`)",
        "region": "the province-level region inspected (full gazetteer name)",
        "round": (
            "`first` (2016–2017; Hebei's pilot is batch 0), `first_review` (its 回头看, 2018), "
            "`second` (2019–2022), `second_review`, `third` (from 2023)"
        ),
        "batch": "the batch (第N批) of the round",
        "group": "the inspection group as named (中央第二环境保护督察组), when found",
        "stationed_start": (
            "first day of the stationing (督察进驻), as the cited page states it (else empty, "
            "and `note` says so); a mobilisation meeting's day where only that is given"
        ),
        "stationed_end": "last day of the stationing, as the cited page states it (else empty)",
        "feedback_date": "the day the inspection's findings were fed back (反馈), when found",
        "url": "the page(s) the row's facts were read from, `; `-separated",
        "accessed": "the day the stored copy of the page was read",
        "note": "what the page gives and what was not found",
    },
}


def _described(t: Table) -> Table:
    """``t`` with every column's description from :data:`_DESCRIPTIONS` (all required)."""
    texts = _DESCRIPTIONS[t.name]
    return replace(t, columns=tuple(replace(c, description=texts[c.name]) for c in t.columns))


#: Every table, by name, in the order of the data dictionary.
TABLES: Mapping[str, Table] = MappingProxyType({t.name: _described(t) for t in _TABLES})

#: The model classes' DataFrame forms: the model columns of the four model tables.
SCHEMAS: Mapping[str, tuple[Column, ...]] = MappingProxyType(
    {t.name: t.model_columns for t in TABLES.values() if t.model}
)


def table(name: str) -> Table:
    """The schema of table ``name``.

    Parameters
    ----------
    name : str
        One of :data:`TABLES`.

    Returns
    -------
    Table
        Its schema.

    Raises
    ------
    ValueError
        An unknown table, naming the known ones.
    """
    try:
        return TABLES[name]
    except KeyError:
        raise ValueError(f"unknown table {name!r}; expected one of {sorted(TABLES)}") from None


def _schema(name: str) -> tuple[Column, ...]:
    try:
        return SCHEMAS[name]
    except KeyError:
        raise ValueError(
            f"unknown model table {name!r}; expected one of {sorted(SCHEMAS)}"
        ) from None


def columns(name: str) -> list[str]:
    """The columns of the model's DataFrame form of table ``name``, in order.

    Parameters
    ----------
    name : str
        ``"indicators"``, ``"observations"``, ``"targets"`` or ``"tasks"``.

    Returns
    -------
    list of str
        The column names.
    """
    return [c.name for c in _schema(name)]


def empty_frame(name: str) -> pd.DataFrame:
    """A frame with no rows and the model columns and dtypes of table ``name``.

    Parameters
    ----------
    name : str
        ``"indicators"``, ``"observations"``, ``"targets"`` or ``"tasks"``.

    Returns
    -------
    pandas.DataFrame
        The empty frame.
    """
    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in _schema(name)})


_TYPE_NAMES: Mapping[str, str] = MappingProxyType(
    {"text": "str", "float": "float", "int": "Int", "date": "date", "bool": "bool"}
)


def data_dictionary(name: str) -> str:
    """The column table of ``name`` in the data dictionary (``datasets/README.md``), Markdown.

    One row per column of the bundled file: its name, its type (``str``, ``float``, ``Int``,
    ``date``, ``bool``) and its :attr:`Column.description`.

    Parameters
    ----------
    name : str
        One of :data:`TABLES`.

    Returns
    -------
    str
        The table, ending with a newline.
    """
    rows = ["| column | type | meaning |", "|---|---|---|"]
    rows += [
        f"| {c.name} | {_TYPE_NAMES[c.kind]} | {c.description.replace('|', chr(92) + '|')} |"
        for c in table(name).bundled_columns
    ]
    return "\n".join(rows) + "\n"


def _first_label(index: pd.Index, mask: np.ndarray) -> Any:
    return index[np.flatnonzero(mask)[0]]


def _check_vocab(s: pd.Series, col: Column) -> None:
    """Unknown codes → error naming the column and the first row (checks unique values)."""
    codes = col.checked_vocabulary or ()
    unknown = [v for v in s.dropna().unique() if v not in codes]
    if unknown:
        bad = (s == unknown[0]).fillna(False).to_numpy(dtype=bool)
        row = _first_label(s.index, bad)
        raise ModelValidationError(
            col.name, unknown[0], f"unknown {col.name}; expected one of {', '.join(codes)}", row
        )


def _coerce_column(s: pd.Series, col: Column) -> pd.Series:
    name = col.name
    if str(s.dtype) == str(col.dtype):  # fast path: already in model form
        if col.kind == "text":
            empty = (s == "").fillna(False).to_numpy(dtype=bool)
            s = s.mask(empty) if empty.any() else s
            if col.checked_vocabulary is not None:
                _check_vocab(s, col)
        return s
    if col.kind == "text":
        if isinstance(s.dtype, pd.StringDtype):
            bad = pd.Series(False, index=s.index)
        else:
            values = s.to_numpy(dtype=object)
            is_text = np.fromiter((isinstance(v, str) for v in values), bool, len(values))
            bad = pd.Series(s.notna().to_numpy() & ~is_text, index=s.index)
        if bad.any():
            row = s.index[np.flatnonzero(bad.to_numpy())[0]]
            raise ModelValidationError(name, s[row], "expected text", row)
        obj = s.astype(object)
        obj = obj.where(s.notna() & (obj != ""), None)
        out = pd.Series(obj.to_numpy(dtype=object), index=s.index, name=name).astype(TEXT)
        if col.checked_vocabulary is not None:
            _check_vocab(out, col)
        return out
    if col.kind == "float":
        try:
            return pd.to_numeric(s, errors="raise").astype(FLOAT)
        except (ValueError, TypeError):
            num = pd.to_numeric(s, errors="coerce")
            bad = (num.isna() & s.notna()).to_numpy()
            row = _first_label(s.index, bad)
            raise ModelValidationError(name, s[row], "expected a number", row) from None
    if col.kind == "int":
        num = pd.to_numeric(s, errors="coerce")
        bad = (num.isna() & s.notna()).to_numpy() | (
            num.notna().to_numpy() & (num.fillna(0) % 1 != 0).to_numpy()
        )
        if bad.any():
            row = _first_label(s.index, bad)
            raise ModelValidationError(name, s[row], "expected an integer", row)
        return num.astype(INT)
    if col.kind == "date":
        if pd.api.types.is_datetime64_any_dtype(s):
            return s.astype(DATE)
        parsed = pd.to_datetime(s, errors="coerce", format="mixed")
        bad = (parsed.isna() & s.notna()).to_numpy()
        if bad.any():
            row = _first_label(s.index, bad)
            raise ModelValidationError(name, s[row], "expected a date (YYYY-MM-DD)", row)
        return parsed.astype(DATE)
    raise AssertionError(col.kind)  # pragma: no cover


def coerce_frame(df: pd.DataFrame, table: str, *, require: bool = True) -> pd.DataFrame:
    """Return ``df`` with the model columns of ``table`` first, in their dtypes.

    Missing optional columns are added (all missing); extra columns are kept after the
    model columns in their input order, unchanged.  The index is kept.

    Parameters
    ----------
    df : pandas.DataFrame
        Input frame.
    table : str
        ``"indicators"``, ``"observations"``, ``"targets"`` or ``"tasks"``.
    require : bool
        When true, the model's required columns must be present and non-missing in
        every row.

    Returns
    -------
    pandas.DataFrame
        The model columns of ``table`` in order and dtype, then the other columns of
        ``df``.

    Raises
    ------
    ModelValidationError
        A required column is absent (``row=None``) or empty in some row, a value has the
        wrong type, or a vocabulary column holds an unknown code.
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"expected a pandas DataFrame, got {type(df).__name__}")
    schema = _schema(table)
    out: dict[str, pd.Series] = {}
    for col in schema:
        if col.name in df.columns:
            out[col.name] = _coerce_column(df[col.name], col)
        elif require and col.model_required:
            raise ModelValidationError(col.name, None, f"column missing from the {table} frame")
        else:
            out[col.name] = pd.Series(
                pd.array([None] * len(df), dtype=col.dtype), index=df.index, name=col.name
            )
        if require and col.model_required:
            miss = out[col.name].isna().to_numpy()
            if miss.any():
                row = _first_label(df.index, miss)
                raise ModelValidationError(col.name, out[col.name][row], "is required", row)
    documented = {c.name for c in schema}
    for name in df.columns:
        if name not in documented:
            out[name] = df[name]
    return pd.DataFrame(out, index=df.index)
