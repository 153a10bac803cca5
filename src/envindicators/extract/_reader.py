"""From report text to the bundled tables: figures linked to indicator, region, period, role.

The reader works in passes over the whole text, each one vectorised or a single regex scan:

1. the figures (:func:`envindicators.units.extract_quantities`; numbers are never re-parsed
   here), the dates (:func:`envindicators.units.find_dates`), the indicator forms of the
   registry (:class:`~envindicators.extract._lexicon.Lexicon`, one regex over the normalised
   text) and the place names (:mod:`envindicators.regions`);
2. the segmentation: paragraphs (lines), sentences (。；！？) and clauses (，：), each figure
   located in them with :func:`numpy.searchsorted`;
3. the links of each figure, by general rules (see :func:`read_report`), each with how sure
   it is; a link the text does not give is left empty and the row is marked for review.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import numpy as np
import pandas as pd

import envindicators.datasets as datasets
import envindicators.regions as regions
from envindicators.errors import DatasetError, EnvIndicatorsError, ExtractionError, _display_width
from envindicators.extract._actions import registry_actions
from envindicators.extract._aggregates import statements
from envindicators.extract._counts import count_context, counted_noun, listed_places
from envindicators.extract._indicators import (
    _SET_COUNTED_NOTE,
    _SHARE_UNITS,
    CITY_UNITS,
    IndicatorChoice,
    IndicatorPicker,
    one_character,
)
from envindicators.extract._inspections import (
    AT_END,
    AT_START,
    OVER_STATIONING,
    DocumentInspections,
    problem_spans,
    span_kind,
)
from envindicators.extract._lexicon import Lexicon
from envindicators.extract._lists import MISMATCH_NOTE, PAIRED_NOTE, Member, list_changes
from envindicators.extract._periods import (
    _FULL_YEAR,
    NOW_WORDS,
    RELATIVE_YEAR,
    SPAN_MARK,
    _is_heading,
    acted_over_span,
    base_levels,
    base_years,
    batch_days,
    batch_mentions,
    batch_of,
    closes_a_change,
    compared_after,
    date_after_count,
    dated_by_base,
    dateline_days,
    first_months,
    frequencies,
    glossed_years,
    is_dateline,
    is_normal,
    is_roc_context,
    listed_after_span,
    met_over_period,
    names_earlier_level,
    names_own_year,
    names_time_of_writing,
    news_dateline,
    now_at_stamp,
    now_clause_at,
    of_another_place,
    opening_year,
    opens_paragraph,
    outside_asides,
    over_before_now,
    own_deadline_first,
    parallel_deadlines,
    past_event,
    plan_heading_years,
    programme_plans,
    publishing_date,
    quarter_ranges,
    relative_parts,
    restated_year,
    roc_dates,
    roc_spans,
    same_period_in,
    same_period_year,
    stamp_days,
    stationing_end,
    stationing_span,
    tally_paragraph,
    tally_sentence,
    tally_to_date,
    title_as_of,
    told_date,
    whole_year_of,
    writing_year_glossed,
    year_columns,
    year_end_deadlines,
    year_in_spans,
    year_lenders,
    year_of_member,
    year_of_near_days,
    year_of_recent_days,
    years_before,
    years_counted_span,
)
from envindicators.extract._phrases import (
    _GLOSS,
    COMPARED_AFTER,
    _strip_glosses,
    mend_lost_glosses,
    names_a_fragment,
)
from envindicators.extract._places import (
    JOINED_LEVEL_WORDS,
    LIST_WORD_GAP,
    UNNAMED,
    Places,
    acting_division,
    compared_mentions,
    counted_cities_scope,
    counted_scope,
    country_by_name,
    counts_all_provinces,
    counts_places,
    division_count_end,
    in_organisation_name,
    in_system_name,
    inside_closed_aside,
    labels_of_lists,
    list_member_places,
    list_scope,
    shared_name,
    zone_holder,
    zone_labelled,
)
from envindicators.extract._points import points_from_levels
from envindicators.extract._roles import (
    CLAUSE,
    CLAUSE_BREAKS,
    SENTENCE_BREAKS,
    commitment_before,
    end_of_sentence,
    in_section,
    inside_titles,
    measured_span,
    met_after_dated_clause,
    names_target_after,
    no_measurement,
    part_of_done,
    part_of_plan,
    projected,
    repeats,
    reporting_frame,
    start_of_sentence,
    stated_as_done,
    states_met,
    target_sections,
    target_value,
    title_spans,
)
from envindicators.extract._scope import (
    _AS_OF_BEFORE,
    due_and_done,
    inheritable_dates,
    names_by_due_date,
    passed_before,
    passed_on,
    plan_title_dates,
    reached_year,
    sentence_opener,
    span_end_of_change,
)
from envindicators.extract._scope_counts import scope_count
from envindicators.extract._tables import TableCell, pipe_cells
from envindicators.extract._tasks import Item, inherit_deadlines, item_blocks, item_rows, read_items
from envindicators.extract._word_targets import (
    BASIC_NOTE,
    IMPLIED_NOTE,
    implied_figures,
    implied_link,
)
from envindicators.model.vocab import Comparator
from envindicators.units import (
    extract_quantities,
    find_dates,
    normalize_text,
    parse_chinese_integer,
    parse_period,
    to_simplified,
)
from envindicators.units.dates import RANGE_SEPARATORS
from envindicators.units.parsing.context_words import WEIGHT_AFTER
from envindicators.units.parsing.tables import CHANGE_HEADER_END
from envindicators.units.vocab import Confidence, measured_kind

__all__ = ["ReportTables", "read_report"]

#: Words before a date that make it the base of a comparison (比2015年, 较上年, 与2020年相比).
_BASE_BEFORE = ("比", "较", "与", "同")
#: A comparison by 于 (低于2021年的1.53公斤): the year compared with, not a deadline (于).
#: So is one by 较于/比于 (相较于2020年同期, 相比于2015年).
_BASE_THAN = (
    "低于",
    "高于",
    "优于",
    "好于",
    "差于",
    "多于",
    "少于",
    "大于",
    "小于",
    "较于",
    "比于",
)
#: Words before a date that make it a deadline (到2020年, 至2025年; not 截至, 截止到, 截至到:
#: as of).
_DEADLINE_BEFORE = re.compile(r"(?<![截止至由对关鉴属位处等基])(到|至|于)$")
#: Words after a date that make it a deadline (2020年底前, 2018年12月底前完成); not the
#: first months or quarters of it (今年前5个月, 2019年前三季度: a period).
_DEADLINE_AFTER = re.compile(
    r"^(底|年底|末)?(前|以前|之前)(?!\s*(?:\d|[一二三四五六七八九十两])+\s*[个個]?(?:月|季))"
    r"(?!\s*的)"  # 96年前的老旧机车: what dates from before it, no deadline
)
_HEADING_MAX = 40
#: Words before a date that make it the point figures are tallied to (统计至109年11月,
#: 資料統計到2020年底, 数据截至6月): as of that date, never a deadline.
#: A number opening a span right before a date (北市106至108年, 11至12月): the date ends
#: the span (its first year or month written without 年/月).
_SPAN_FROM_NUMBER = re.compile(r"(?<![\d.])\d{2,4}\s*[至到]\s*$")
#: A span of ROC years opening a target (109~112年目標削減, 109至112年目標, 109年至112年
#: 預計削減; a text of Taiwan): its end year is the target's deadline.  The span's first
#: year, right before the date that ends it (the parser reads 112年 of 109~112年) …
_ROC_SPAN_START = re.compile(r"(?<![\d.])1?\d{2}\s*年?度?\s*[~～\-－—–至到]\s*$")
#: … and the words of a target right after it (simplified script).
_TARGET_AFTER = re.compile(r"^度?\s*(?:之|的)?\s*(?:目标|预计|预定)")
#: A month that ends a span opened by a written year or month (112年至11月, 2023年1月至11月:
#: from the year's start or that month to this one): the end of the span reported, no
#: deadline.
_SPAN_FROM_DATE = re.compile(r"\d\s*[年月]份?\s*[至到]\s*$")
#: A span opened by 自/从 and a date earlier in the sentence, or by a day and its hour right
#: before, closed by 至/到 right before the date (自8月21日进驻辽宁至9月11日18时, 从1月1日起至
#: 6月30日, 8月30日18时至9月11日18时): the date ends a span observed (the tally's as-of
#: date), no deadline — no figure between (simplified script).
_SPAN_OPENED = re.compile(
    r"(?:(?:自|从)\s*(?:\d{1,4}\s*[年月日号]\s*){1,3}[^\d，,。；;！？\n]{0,16}?"
    r"|\d\s*[日号]\s*\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?\s*)[至到]\s*$"
)
#: A year that names the targets after it in its clause (2015年全市…工作目标为：, 2017年目标是):
#: the targets' deadline (simplified script).
_NAMES_TARGETS = re.compile(r"^[^，,。；;！？\n\d]{0,16}?目标值?\s*(?:为|是|[:：])")
#: Words of a plan or an aim right before a date (计划在二零一三年, 目标二〇三〇年, 力争于2020年):
#: the date is the one aimed at, a deadline (simplified script).
_AIMED_AT = re.compile(r"(?:计划|目标|力争|争取|拟)(?:在|于)?[ \t\u3000]*\Z")  # not across a line
#: A year of the past named by a word (去年, 前年, 上年度): the figure after it is dated.
_PAST_YEAR = re.compile(r"去年|前年|上年|上一年")
#: A year alone (110年度, 2025年): a projection's own year, its deadline — not a month or a
#: day (截至11月, 110年12月公告: the data's period, the day of an act).
_YEAR_ONLY = re.compile(r"^\s*(\d{2,4}|[〇零一二三四五六七八九]{2,4})\s*年度?\s*$")
#: A year followed by a word of a time since or from it (2019年以来, 2018年起, 2016年至今): the
#: start of a span, no year a target is due (simplified script).
_SINCE_AFTER = re.compile(r"^\s*(?:以来|来|起|开始|至今|迄今|之后|以后)")
_YEAR_OF_TARGET_NOTE = "deadline: the year its paragraph writes (a target keeps no period)"


def year_of_target(simple_text: str, period: pd.DataFrame, ps: int) -> bool:
    """Whether a target's period is a year alone written in its paragraph (its deadline).

    A target keeps no period, only a deadline: where no deadline word dates it (到, 前, 底 …)
    but its sentence, or an earlier sentence of its paragraph, writes a year alone before it
    (``2020年，安排完成清洁取暖22500户``, ``县级城市2023年生活污水收集率达到30%以上``,
    ``根据计划，2015年全市共安排…项目11个。预计可减排化学需氧量2000吨``), that year is when it
    is due.  Not a month or a day (``截至11月``: the data's; ``110年12月公告``: an act's), not a
    year of an earlier paragraph or the page's stamp, not a year a span starts from
    (``2019年以来``: :data:`_SINCE_AFTER`).

    Parameters
    ----------
    simple_text : str
        The report in simplified script.
    period : pandas.DataFrame
        The figure's period as an outcome's would be read (``start``, ``end``, ``text``).
    ps : int
        The start of the figure's paragraph.

    Returns
    -------
    bool

    Examples
    --------
    >>> t = "2020年，安排完成清洁取暖22500户"
    >>> p = pd.DataFrame({"start": [0], "end": [5], "text": ["2020年"]})
    >>> year_of_target(t, p, 0), year_of_target(t, p, 6)
    (True, False)
    >>> t = "2019年以来，力争完成改造100户"
    >>> year_of_target(t, p, 0)
    False
    """
    if period.empty:
        return False
    start, end = int(period.iloc[0]["start"]), int(period.iloc[0]["end"])
    return (
        start >= ps
        and _YEAR_ONLY.match(to_simplified(str(period.iloc[0]["text"]))) is not None
        and _SINCE_AFTER.match(simple_text[end : end + 3]) is None
    )


#: A date the data are tallied to (统计至109年11月, 资料截至…), or the work done to
#: (``本计画年度各项作业执行至12月31日，共计受理…1256件``: the end of the year's work reported,
#: as of it — no deadline lent to the results after it):
_TALLIED_TO = re.compile(r"(?:统计|资料|数据|执行)\s*(?:至|到|截至|截止|截止到)\s*$")
#: … and a date closed by 止 after 至/到 (至109年10月份為止, 至101年05月31日止之統計資料,
#: 至2020年10月底止):
#: the end of the time tallied, as of it (simplified script; ``_UNTIL`` before, ``_CLOSED``
#: after the date).
_UNTIL = re.compile(r"[至到]\s*$")
_CLOSED = re.compile(r"^\s*[份底]?\s*(?:为|以)?\s*止")
_BLOCK = re.compile(
    r"^[ \t　]*([一二三四五六七八九十百]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,3}[.．、])", re.M
)
#: The start of a line that opens a new item of its own (a numbered item as ``_BLOCK``, not
#: a number's decimals ``15.94%``; a circled number, a bullet, 第X条; a ledger's field, a
#: label and its colon: ``整改时限：2020年年底前`` / ``责任单位：…``): never the rest of the
#: line above it.
_OWN_LINE = re.compile(
    _BLOCK.pattern
    + r"(?!\d)|^[ \t　]*(?:[①-⑳•·●○■□◆◇▪\-*]|第[一二三四五六七八九十百\d]+[条项章节部]"
    + r"|[\u4e00-\u9fff]{2,8}[：:])",
    re.M,
)
#: A line's last character that ends a sentence or opens what follows (如下：): the line
#: is whole, however long (a semicolon's sentence goes on: ``…同比下降24.53%；`` / ``PM10…``).
_WHOLE_LINE_END = "。！？!?：:"
#: The marks of a clause's end inside a line of prose (a headline or a list's item has none).
_CLAUSE_MARKS = "，,、；;。：:"
#: A table's line: cells between bars or tabs, or columns set apart by runs of three spaces
#: or more (two, as in ``3  月 8  日``, are a PDF's justified words).
_TABLE_LINE = re.compile(r"[|｜\t]|\S(?: {3,}|　{2,})\S")


def _wrap_width(widths: list[int]) -> tuple[int, int]:
    """The width a text is hard-wrapped at and how many of its lines come near it.

    The width ``w`` (of the widths of 20 columns or more) that most lines reach within
    ``_wrap_slack(w)`` columns below it, and that count; ``(0, 0)`` for no such line."""
    best = (0, 0)
    for w in sorted({x for x in widths if x >= 20}):
        near = sum(1 for x in widths if w - _wrap_slack(w) <= x <= w)
        if near >= best[1]:
            best = (w, near)
    return best


def _wrap_slack(w: int) -> int:
    """How far short of the width ``w`` a wrapped line may end (a fifth of it, from 4 to 12
    columns: a word or a number that did not fit went on to the next line)."""
    return min(12, max(4, w // 5))


def unwrap_lines(text: str) -> tuple[str, np.ndarray | None]:
    r"""``text`` with the line breaks of its hard wrapping taken out, and where each kept
    character was.

    A hard-wrapped text cuts every line at one width (a PDF's or a mail's lines, ~30–80
    columns), the sentence going on in the next line: such a line is no heading and no
    paragraph of its own, and a name cut there (``PM2.5年均`` / ``浓度``) is one name.  Whether
    a text is hard-wrapped is decided once for the text (:func:`_wrapped_at`: most of its prose
    lines come within :func:`_wrap_slack` columns of one width, East Asian wide characters two
    columns).  In such a text a line joins the next one when it comes that near the width (or
    passes it), ends mid-sentence (no ``。！？：`` at its end; a ``；`` goes on), and the next
    line is no blank, no table row (``|``, tabs, runs of 3+ spaces) and opens no item of its
    own (``一、``, ``（一）``, ``1.`` but not ``15.94%``, ``①``, a bullet or symbol,
    ``第三条``).  The first line (a title) and a line opening an item join only when they
    hold a comma.  A short line (a heading, a paragraph's last line) is never joined, and a
    text that is not wrapped is returned as it is.  Between two Latin letters the break is
    read as a space (same length); elsewhere (CJK, digits) it is taken out.

    Parameters
    ----------
    text : str
        A report's text (either script).

    Returns
    -------
    tuple of (str, numpy.ndarray or None)
        The text read, and for each of its characters its offset in ``text`` (None when
        no break was taken out: the offsets are ``text``'s own).

    Examples
    --------
    >>> t = ("一、空气质量\n1月1日-9月4日,我县综合指数年累计为4.54,在全\n"
    ...      "市并列排名第6位,同比下降16.24%;PM2.5年均\n"
    ...      "浓度为40μg/m³,在全市并列排名第9位,同比下\n降24.53%。\n")
    >>> read, at = unwrap_lines(t)
    >>> read.splitlines()[:2]
    ['一、空气质量', '1月1日-9月4日,我县综合指数年累计为4.54,在全市并列排名第6位,同比下降16.24%;PM2.5年均浓度为40μg/m³,在全市并列排名第9位,同比下降24.53%。']
    >>> t[int(at[read.index("浓度")]) :][:2]
    '浓度'
    >>> unwrap_lines("一、总体情况\n全市空气质量持续改善。\n二、主要措施\n")[1] is None
    True
    """  # noqa: E501
    lines = text.split("\n")
    table = [bool(_TABLE_LINE.search(x)) for x in lines]
    widths = [_display_width(x.rstrip()) for x in lines]
    low = _wrapped_at(lines, widths, table)
    if not low:
        return text, None
    cut: list[int] = []  # offsets of the breaks taken out
    spaced: list[int] = []  # offsets of the breaks read as a space
    at = 0
    for i, line in enumerate(lines[:-1]):
        at += len(line) + 1
        nxt, end = lines[i + 1].lstrip(), line.rstrip()
        if (
            widths[i] < low
            or end.endswith(tuple(_WHOLE_LINE_END))
            or not nxt
            or table[i]
            or table[i + 1]
            or _OWN_LINE.match(lines[i + 1])
            or unicodedata.category(nxt[0]).startswith("S")  # a bullet, an emoji
            or ((i == 0 or _OWN_LINE.match(line)) and not any(c in end for c in "，,、"))
        ):
            continue
        if _latin(end[-1:]) and _latin(nxt[0]):
            spaced.append(at - 1)
        else:
            cut.append(at - 1)
    if not cut and not spaced:
        return text, None
    chars = list(text)
    for b in spaced:
        chars[b] = " "
    if not cut:
        return "".join(chars), None
    keep = np.ones(len(text), dtype=bool)
    keep[cut] = False
    return "".join(c for c, k in zip(chars, keep, strict=True) if k), np.flatnonzero(keep)


def _latin(c: str) -> bool:
    """Whether ``c`` is a Latin letter (a break between two is a space between words)."""
    return c.isascii() and c.isalpha()


def _wrapped_at(lines: list[str], widths: list[int], table: list[bool]) -> int:
    """The least width of a wrapped line of a hard-wrapped text, 0 for a text that is not.

    The wrap width ``w`` is the one most lines (of no table) come near (:func:`_wrap_width`);
    the text is hard-wrapped when at least 3 lines and half of its paragraphs' lines (those
    of half ``w`` or more) come near it, at most one in ten is wider, at most half of those
    near it end a sentence, and at least half of them hold a clause's mark (prose, not a
    list of headlines)."""
    counted = [x for x, t, s in zip(widths, table, lines, strict=True) if s.strip() and not t]
    w, near = _wrap_width(counted)
    low = w - _wrap_slack(w)
    near_lines = [s.rstrip() for s, x in zip(lines, widths, strict=True) if low <= x <= w]
    whole = sum(1 for s in near_lines if s.endswith(tuple(_WHOLE_LINE_END)))
    prose = sum(1 for s in near_lines if any(c in _CLAUSE_MARKS for c in s))
    body = sum(1 for x in counted if 2 * x >= w)  # a paragraph's lines, not its headings
    wrapped = (
        near >= 3
        and 2 * near >= body
        and sum(1 for x in counted if x > w) <= max(1, body // 10)
        and 2 * whole <= len(near_lines)
        and 2 * prose >= len(near_lines)
    )
    return low if wrapped else 0


#: Confidence levels as ranks (a row takes the least sure of its links).
_RANK = {Confidence.HIGH.value: 2, Confidence.MEDIUM.value: 1, Confidence.LOW.value: 0}
_NAME = {v: k for k, v in _RANK.items()}
#: The column of each row table that its provenance rows name in ``id``.
_ID_COLUMN = {
    "observations": "obs_id",
    "context": "obs_id",
    "targets": "target_id",
    "tasks": "task_id",
    "progress_summaries": "summary_id",
}


def _confidence_rank(confidence: str | Confidence) -> int:
    value = confidence.value if isinstance(confidence, Confidence) else str(confidence)
    if value not in _RANK:
        raise ExtractionError(
            f"min_confidence must be one of {sorted(_RANK, key=_RANK.__getitem__)}, "
            f"got {confidence!r}"
        )
    return _RANK[value]


@dataclass(frozen=True)
class ReportTables:
    """The tables read from one report (the bundled schemas plus provenance).

    The four tables ``observations``, ``targets``, ``tasks`` and ``progress_summaries`` are
    in the bundled tables' schemas (:data:`envindicators.datasets.TABLES`: same columns, same
    dtypes, ``confidence`` and ``needs_review`` included); every ``quote`` is verbatim in the
    text and holds the figure.

    Parameters
    ----------
    observations : pandas.DataFrame
        Level and change figures (``observations`` schema).
    targets : pandas.DataFrame
        Targets with comparator and deadline (``targets`` schema).
    tasks : pandas.DataFrame
        Numbered task items with status or deadline (``tasks`` schema).
    progress_summaries : pandas.DataFrame
        Aggregate statements (N项任务已完成M项, 办结率; ``progress_summaries`` schema).
    indicators : pandas.DataFrame
        Proposed new indicators (``indicators`` schema): one per noun phrase that no
        indicator of the registry matches; their rows are marked ``needs_review``.
    documents : pandas.DataFrame
        One row describing the report (``documents`` schema).
    provenance : pandas.DataFrame
        One row per extracted row: ``table``, ``id``, ``start``, ``end`` (the figure's
        span in the text), ``quote_start``, ``quote_end`` and ``why`` (the links that need
        review, ``;``-separated).
    unread : pandas.DataFrame
        Figures found by the parser that became no row, with their span and the reason
        (nothing is dropped silently).
    context : pandas.DataFrame
        Figures of the text that measure no indicator of a place and period — role
        ``context``: a count of divisions or of groups (两省, 7个督察组), a duration, a size
        band of the objects counted (10蒸吨及以下), a class bound (AQI>100), a standard's
        value (标准为15µg/m3), a survey's layout, the denominator of a share … — in the
        ``observations`` schema with the reason in ``note`` (ids ``…-C001``; provenance
        table ``context``).  They are kept apart so that :attr:`observations` holds only
        measurements; ``pd.concat([r.observations, r.context])`` gives both, as
        ``read_report`` did before this table existed.
    """

    observations: pd.DataFrame
    targets: pd.DataFrame
    tasks: pd.DataFrame
    progress_summaries: pd.DataFrame
    indicators: pd.DataFrame
    documents: pd.DataFrame
    provenance: pd.DataFrame
    unread: pd.DataFrame = field(repr=False)
    context: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by their bundled names (``indicators`` holds the proposed ones).

        Returns
        -------
        dict of str to pandas.DataFrame
            Table name → table, for the tables of the bundled schemas.
        """
        return {
            "documents": self.documents,
            "indicators": self.indicators,
            "observations": self.observations,
            "targets": self.targets,
            "tasks": self.tasks,
            "progress_summaries": self.progress_summaries,
        }

    def figures(self) -> pd.DataFrame:
        """Every figure row with the name of its table, in the order of the text.

        The rows of :attr:`observations`, :attr:`context` and :attr:`targets` in one frame
        (``pd.concat`` of the three with a ``table`` column).  The three tables share the
        columns a figure has (``value_text``, ``value``, ``unit``, ``indicator``, ``region``,
        the period, ``quote``, ``confidence``, ``needs_review`` …); a column of one table only
        is empty (``NA``) in the rows of the others.  The rows keep their ids (``obs_id`` or
        ``target_id``), so that a row is found back in its own table.

        Returns
        -------
        pandas.DataFrame
            One row per figure read: the column ``table`` (``"observations"``, ``"context"``
            or ``"targets"``) first, then the columns of the tables; ordered by where the
            figure is written (its provenance ``start``), a fresh index.

        Examples
        --------
        >>> from envindicators.extract import read_report
        >>> r = read_report("2022年，山西省PM2.5浓度为38微克/立方米，到2025年降至35微克/立方米。")
        >>> r.figures()[["table", "value_text", "value"]].values.tolist()
        [['observations', '38微克/立方米', 38.0], ['targets', '35微克/立方米', 35.0]]
        """
        frames = [
            frame.assign(table=name)
            for name in ("observations", "context", "targets")
            if len(frame := getattr(self, name))
        ]
        if not frames:
            return pd.DataFrame(columns=["table", *self.observations.columns])
        rows = pd.concat(frames, ignore_index=True)
        ids = pd.Series(pd.NA, index=rows.index, dtype="string")
        for key in ("obs_id", "target_id"):
            if key in rows.columns:
                ids = ids.fillna(rows[key].astype("string"))
        prov = self.provenance.drop_duplicates(["table", "id"]).set_index(["table", "id"])
        start = pd.Series(
            prov["start"].reindex(pd.MultiIndex.from_arrays([rows["table"], ids])).to_numpy(),
            dtype="float64",
        )
        order = start.fillna(np.inf).to_numpy().argsort(kind="stable")
        rows = rows.iloc[order].reset_index(drop=True)
        return rows[["table", *(c for c in rows.columns if c != "table")]]

    def at_least(self, confidence: str | Confidence) -> ReportTables:
        """These tables keeping only the rows at least as sure as ``confidence``.

        The rows of ``observations``, ``context``, ``targets``, ``tasks`` and
        ``progress_summaries``
        whose ``confidence`` ranks below ``confidence`` (``low`` < ``medium`` < ``high``;
        a missing confidence counts as ``low``) are moved to :attr:`unread` with their span
        and the reason ``"confidence low < medium"``, so that nothing is dropped silently;
        their provenance goes with them, and a proposed indicator no kept row uses is no
        longer listed.

        Parameters
        ----------
        confidence : str or Confidence
            ``"low"`` (keeps everything), ``"medium"`` or ``"high"``.

        Returns
        -------
        ReportTables
            The rows at ``level`` or above; the others moved to ``unread`` with the reason.

        Raises
        ------
        ExtractionError
            ``confidence`` is not one of the levels.
        """
        level = _confidence_rank(confidence)
        kept: dict[str, pd.DataFrame] = {}
        dropped_ids: list[tuple[str, str, str]] = []
        for name in _ID_COLUMN:
            frame = getattr(self, name)
            if frame.empty or "confidence" not in frame.columns:
                kept[name] = frame
                continue
            rank = frame["confidence"].astype("string").map(_RANK).fillna(0).astype(int)
            keep = (rank >= level).to_numpy()
            kept[name] = frame[keep].reset_index(drop=True)
            key = _ID_COLUMN[name]
            dropped_ids += [
                (name, str(i), str(c))
                for i, c in zip(frame.loc[~keep, key], frame.loc[~keep, "confidence"], strict=True)
            ]
        prov = self.provenance
        # rows of one statement share their id (progress_summaries): one entry per id
        gone = pd.DataFrame(dropped_ids, columns=["table", "id", "confidence"]).drop_duplicates()
        written = pd.concat(
            [
                pd.DataFrame(
                    {
                        "table": name,
                        "id": frame[_ID_COLUMN[name]].astype(str),
                        "text": frame["value_text" if "value_text" in frame.columns else "quote"]
                        .astype("string")
                        .fillna(""),
                    }
                )
                for name in _ID_COLUMN
                if len(frame := getattr(self, name))
            ]
            or [pd.DataFrame(columns=["table", "id", "text"])],
            ignore_index=True,
        ).drop_duplicates(["table", "id"])
        marked = prov.merge(gone, on=["table", "id"], how="left", indicator=True)
        out_rows = marked[marked["_merge"] == "both"].drop(columns="_merge")
        out_rows = out_rows.merge(written, on=["table", "id"], how="left")
        moved = pd.DataFrame(
            {
                "start": out_rows["start"].to_numpy(),
                "end": out_rows["end"].to_numpy(),
                "text": out_rows["text"].fillna("").astype(str).to_numpy(),
                "reason": [
                    f"confidence {c} < {_NAME[level]}" for c in out_rows["confidence"].fillna("low")
                ],
            }
        )
        used = set().union(
            *(
                set(kept[t]["indicator"].astype(str))
                for t in ("observations", "targets", "context")
                if "indicator" in kept[t].columns
            )
        )
        indicators = self.indicators[self.indicators["code"].astype(str).isin(used)]
        return ReportTables(
            observations=kept["observations"],
            targets=kept["targets"],
            tasks=kept["tasks"],
            progress_summaries=kept["progress_summaries"],
            indicators=indicators.reset_index(drop=True),
            documents=self.documents,
            provenance=prov[(marked["_merge"] != "both").to_numpy()].reset_index(drop=True),
            unread=pd.concat([self.unread, moved], ignore_index=True)
            if len(moved)
            else self.unread,
            context=kept["context"],
        )

    def registry(self, indicators: pd.DataFrame | None = None) -> pd.DataFrame:
        """The indicator registry these tables refer to: ``indicators`` plus the proposed.

        Parameters
        ----------
        indicators : pandas.DataFrame, optional
            The registry used to read the report (default: the bundled one).

        Returns
        -------
        pandas.DataFrame
            The registry with the proposed indicators appended.
        """
        base = datasets.load("indicators") if indicators is None else indicators
        return pd.concat([base, self.indicators], ignore_index=True)


# ---------------------------------------------------------------------------------------
# Frames in a schema
# ---------------------------------------------------------------------------------------
def _frame(rows: Sequence[dict[str, Any]], name: str) -> pd.DataFrame:
    """Rows (dicts) as a frame of the named bundled schema, typed as ``datasets.load``.

    The rows are read into one frame (pandas infers each column's type from its values), and
    each column is typed from an object array of that column whose missing values (``NaN``,
    ``None``, ``pd.NA``) are ``None``: one ``numpy`` pass a column, no ``Series.where``.  A
    table without rows is the schema's empty frame, built once per table (a copy is given).

    Examples
    --------
    >>> f = _frame([{"task_id": "X-K001", "number_int": 3}, {"task_id": "X-K002"}], "tasks")
    >>> f["number_int"].tolist(), str(f["number_int"].dtype), str(f["deadline"].dtype)
    ([3, <NA>], 'Int64', 'datetime64[us]')
    >>> _frame([], "tasks").shape == (0, len(datasets.TABLES["tasks"].column_names))
    True
    """
    if not rows:
        return _empty_frame(name).copy()
    return _typed(list(rows), name)


@functools.cache
def _empty_frame(name: str) -> pd.DataFrame:
    """The typed frame of the named bundled schema without rows (as :func:`_frame` of none)."""
    return _typed([], name)


def _typed(rows: list[dict[str, Any]], name: str) -> pd.DataFrame:
    """``rows`` read into one frame of the named schema's columns, each column typed."""
    table = datasets.TABLES[name]
    raw = pd.DataFrame(rows, columns=table.column_names)
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.name not in raw.columns:
            continue  # a column of the model only, not of the table
        s = raw[col.name]
        if col.kind == "date":
            out[col.name] = pd.to_datetime(s).astype(col.dtype)
            continue
        values = s.to_numpy(dtype=object, copy=True)
        values[pd.isna(values)] = None
        out[col.name] = pd.array(values, dtype=col.dtype)
    return pd.DataFrame(out, columns=table.column_names)


def _positions(breaks: str, text: str) -> np.ndarray:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    marks = np.frombuffer(breaks.encode("utf-32-le"), dtype=np.uint32)
    return np.flatnonzero(np.isin(codes, marks))


def _bounds(points: np.ndarray, breaks: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Start and end of the segment (between ``breaks``) holding each of ``points``."""
    breaks = np.concatenate([[-1], breaks, [n]]).astype(np.int64)  # sentinels
    k = np.searchsorted(breaks, points, side="right")
    return (breaks[k - 1] + 1).astype(np.int64), breaks[k].astype(np.int64)


# ---------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------
#: A month range written without its first month's 月 (1—11月, 1-7月, 1－12月, 1到12月): the
#: parser reads only the last month; the reader widens it to the range.  Read on normalised
#: text with the date reader's range separators, and a question mark between two months
#: in order (``1?12月``: a dash lost to a wrong decoding).
_MONTH_RANGE_BEFORE = re.compile(
    r"(?<!\d)(?<!\d年)(\d{1,2})\s*(?P<mark>"
    + "|".join(map(re.escape, (*RANGE_SEPARATORS, "?")))
    + r")\s*$"
)
#: The marks of :data:`_MONTH_RANGE_BEFORE` read only between two months in order (1到12月:
#: not a deadline; 1?12月: a lost dash).
_ORDERED_ONLY = frozenset({"?", "到"})
#: A document of a year (a bulletin, a statistical report, a report on a year's work, a
#: brief of a year's state: 质量简况): its undated figures are of the year in its title, not
#: of the publication date.
_YEAR_DOCUMENT = re.compile(r"公报|统计(?!局)|年报|年鉴|状况|简况|年度|质量报告|年.{0,6}情况")
#: A half or quarter written without its year (上半年, 一季度): the parser does not find it.
_YEARLESS_PART = re.compile(r"(?<![\d年])(上半年|下半年|第?[一二三四1-4]季度)")
#: A year without 年 that opens a title before a word (2021中央督察组交办案件, 2022 污染投诉
#: 统计数字): the title's year, unless a count starts there (2000万亩, 2000多吨: a figure).
_OPENING_YEAR = re.compile(r"\s*((?:19|20)\d{2})(?=\s*[\u4e00-\u9fff])(?!\s*年)")
#: An annual report or yearbook by its title noun (simplified script): 年报/年鉴 where the
#: name ends — the string's or line's end, a closing bracket, punctuation or a space, the
#: edition's year (年鉴2014), or a word that follows a name (显示, 中, 数据 …) — never a verb or
#: noun compound opened after a year's 年 (2015年报废, 年报告期, 年报送, 年鉴定).  A statistical
#: annual report (统计年报) is named by its statistical year (``2020年中国生态环境统计年报``
#: publishes 2020's emissions): group ``stat``.
_ANNUAL_REPORT = re.compile(
    r"(?P<stat>统计)?(?:年报|年鉴)"
    r"(?=$|[\s》」』”\"'’）)\]】〉>,，。．:：;；、·!！?？\-—–_/|（(\d]"
    r"|显示|表明|指出|称|中|里|和|及|与|等|的|数据|资料|摘要|公布|发布|已|是|为)"
)


def _annual_report(name: str, year: int | None = None, published: dt.date | None = None) -> bool:
    """Whether the year of the document ``name`` may be its edition's, not its data's.

    A yearbook (``年鉴``, ``年鑑``) is named by its edition (``中国环境统计年鉴2014`` holds
    2013's data); an annual report (``年报``, ``年報``) by the year it is published or by its
    data's (``《2014年全国大、中城市固体废物污染环境防治年报》`` reports 2013): its ``year``
    is its data's only where ``published`` is in a later year (a year's report appears after
    the year).  A statistical annual report (``统计年报``) is named by its statistical year
    and a bulletin (``公报``) by its data's: neither is one.  The title noun ends the name
    (``2015年报废``, ``年报告``, ``年鉴定`` name none).

    Parameters
    ----------
    name : str
        A title, or the words naming a document (either script).
    year : int, optional
        The year the name is written with.
    published : datetime.date, optional
        When the document was published.

    Returns
    -------
    bool
        ``True`` where the name's year dates none of its figures.

    Examples
    --------
    >>> _annual_report("中國環境統計年鑑2014"), _annual_report("2014年中国环境状况公报")
    (True, False)
    >>> _annual_report("2015年报废车辆"), _annual_report("福建省2012年环境统计年报")
    (False, False)
    >>> import datetime as dt
    >>> _annual_report("2014年某市防治年报", 2014, dt.date(2015, 6, 1))
    False
    """
    simplified = to_simplified(name)
    if "公报" in simplified:
        return False
    for m in _ANNUAL_REPORT.finditer(simplified):
        if m.group(0).endswith("年鉴"):
            return True  # a yearbook: its edition's year
        if m.group("stat"):
            continue  # a statistical annual report: its statistical year
        if year is None or published is None or published.year <= year:
            return True  # an annual report not known to be published after its year
    return False


def _title_year(title: str) -> int | None:
    """The year a document's title names (``2022年…生态环境状况公报`` → 2022), if one.

    A year the title compares with (``较2022年减少2.2%``, ``与2015年相比``, ``2013年同期相比``)
    is the base of a comparison, not the document's year, nor is a target's year (``目标2030
    年``, and the members of its list ``、2035年``): the first year that is none of these, else
    ``None`` (a figure of the title's comparison is of a later, unwritten year).

    Examples
    --------
    >>> _title_year("2022年江苏省生态环境状况公报")
    2022
    >>> _title_year("都市固体废物弃置量连续两年下跌 较2022年减少2.2%") is None
    True
    >>> _title_year("与2015年相比，2019年地表水质量优良比例上升8.9个百分点")
    2019
    >>> _title_year("相较2019年的16.2，目标2030年能降至10、2035年能降至8") is None
    True

    A year written without 年 that opens the title before a word is the title's year too
    (``2021中央督察組交辦案件``: the batch's yearless ``8月30日`` is of 2021), not a count
    that starts there (``2000万亩``):

    >>> _title_year("2021中央督察組交辦案件"), _title_year("2000多吨建筑垃圾被清除") is None
    (2021, True)
    """
    simplified = to_simplified(title)
    opening = _OPENING_YEAR.match(simplified)
    if opening is not None:
        counts = extract_quantities(simplified[opening.start(1) :])
        if counts.empty or int(counts["start"].min()) > 0:
            return int(opening.group(1))
    skipped = -1  # end of the last year skipped: a list member after it is skipped too
    for m in _FULL_YEAR.finditer(simplified):
        lead = simplified[max(0, m.start() - 6) : m.start()]
        if (
            _BASE_YEAR_BEFORE.search(lead)
            or compared_after(simplified, m.end())
            or (skipped >= 0 and _LIST_MEMBER_BEFORE.search(lead))
            or _AIMED_AT.search(lead)
        ):
            skipped = m.end()
            continue
        return int(m.group(1))
    return None


#: Before a year: the mark joining it to a list (``目标2030年…、2035年``), its role the list's.
_LIST_MEMBER_BEFORE = re.compile(r"[、和及]\s*$")


#: A year naming a document of a year: with 年, or right before its name (2017中国…公报).
_DOCUMENT_YEAR = re.compile(r"((?:19|20)\d{2})(?:\s*年|(?=[\u4e00-\u9fff]))")
#: The first year of a span right before a year (2016—2017年年度…): the year ends a span of
#: years, which names no document's year (a span lends no year).
_SPAN_START = re.compile(r"(?:19|20)\d{2}\s*年?\s*(?:[—–\-~～]|至|到)\s*$")
#: The rest of a span after its first year (2018至2020年): that year names no document's either.
_SPAN_REST = re.compile(r"\s*年?\s*(?:[—–\-~～]|至|到)\s*(?:19|20)\d{2}")


#: Before or after a year it is compared with (与2022年相比, 较2022年, 2022年同期, 和2022年
#: 对比): a base.  The words after it are :data:`~envindicators.extract._phrases.COMPARED_AFTER`
#: and 同期.
_BASE_YEAR_BEFORE = re.compile(r"(?:与|较|比|同|相比)\s*$")
_BASE_YEAR_AFTER = re.compile(r"\s*年?\s*(?:同期|" + COMPARED_AFTER + ")")


def _in_span(simplified: str, m: re.Match[str]) -> bool:
    """Whether the year ``m`` is an end of a span of years (2016—2017年, 2018至2020年), or
    a year compared with (``与2022年相比``): either names no document's year."""
    return bool(
        _SPAN_START.search(simplified, 0, m.start())
        or _SPAN_REST.match(simplified, m.end(1))
        or _BASE_YEAR_BEFORE.search(simplified, max(0, m.start() - 2), m.start())
        or _BASE_YEAR_AFTER.match(simplified, m.end(1))
    )


def _year_document(title: str, published: dt.date | None = None) -> int | None:
    """The year of a document *of* a year (bulletin, statistics, a year's report), or ``None``.

    It is the year written last before the words naming the document: in ``2011年世界环境日
    即将到来之际，环境保护部发布2010年中国环境状况公报`` the bulletin is of 2010 (2011 is
    when it was published); with no year before them, the title's first year.  The end of a
    span of years (``2016—2017年年度…``) names no document's year, nor does the edition's
    year of a yearbook or an annual report (:func:`_annual_report`; ``published`` tells).
    """
    simplified = to_simplified(title)
    if _YEAR_DOCUMENT.search(simplified) is None:
        return None
    year = None
    for kind in _YEAR_DOCUMENT.finditer(simplified):  # 统计局 before any year names none
        years = [
            m
            for m in _DOCUMENT_YEAR.finditer(simplified, 0, kind.end())
            if m.start() < kind.start() and not _in_span(simplified, m)
        ]
        if years:
            year = int(years[-1].group(1))
            break
    if year is None:  # the year written after its name (澳门环境状况报告2023年), no span's end
        after = (m for m in _FULL_YEAR.finditer(simplified) if not _in_span(simplified, m))
        first = next(after, None)
        year = int(first.group(1)) if first else None
    if _annual_report(simplified, year, published):
        return None  # a yearbook's or annual report's edition: not its data's year
    return year


#: A year as the lead writes a document's: digits, Chinese numerals (二00七, 二〇二三), or
#: (in a text of Taiwan only) an ROC year in digits (113).
_LEAD_YEAR = r"(?P<y>(?:19|20)\d{2}|[一二][0〇零○OΟ][0-9〇零○OΟ一二三四五六七八九]{2}|1[01]\d)"
#: The document of a year the lead reports: ``发布《2020中国生态环境状况公报》``,
#: ``发布2022年《中国生态环境状况公报》``, ``发布二00七年各省…指标公报``, a fiscal year's plan
#: or report ``113年度「…计画」`` (simplified script).
_LEAD_DOCUMENT = re.compile(
    rf"[《「]\s*{_LEAD_YEAR}\s*年?度?[^《》「」\n]{{0,40}}?(?:{_YEAR_DOCUMENT.pattern})"
    rf"[^《》「」\n]{{0,12}}[》」]"
    rf"|{_LEAD_YEAR.replace('?P<y>', '?P<y2>')}\s*年\s*[《「][^《》「」\n]{{0,40}}?"
    rf"(?:{_YEAR_DOCUMENT.pattern})[^《》「」\n]{{0,12}}[》」]"
    rf"|{_LEAD_YEAR.replace('?P<y>', '?P<y3>')}\s*年度\s*[《「][^《》「」\n]{{1,40}}?"
    rf"(?:计划|计画|方案|报告|成果)[》」]"
    rf"|(?:发布|公布|发表)了?\s*{_LEAD_YEAR.replace('?P<y>', '?P<y4>')}\s*年度?"
    rf"[^，。,；;：:《》\n]{{0,30}}?(?:{_YEAR_DOCUMENT.pattern})"
)
#: The rest of a document's name after the words the lead matched (统计 → 统计年报).
_NAME_REST = re.compile(r"[^，。,；;：:《》「」\n]{0,12}")
#: The lead ends with the first paragraph that is a sentence (not a menu, a stamp or a
#: headline), read at most this far into the text.
_LEAD_MAX = 1500


def _lead_year_document(text: str, roc: bool, published: dt.date | None = None) -> int | None:
    """The year of the document of a year that a text's lead reports, or ``None``.

    A news item or a page on a bulletin names the bulletin in its first paragraph, not in
    its title: ``26日,生态环境部发布《2020中国生态环境状况公报》``, ``发布2022年《中國生態環境
    狀況公報》``, ``發布二00七年各省…指標公報``, ``本報告針對113年度「屏東縣…計畫」``.  The
    lead is the text up to the end of its first paragraph that is a sentence (longer than a
    heading and holding a comma or full stop).  An ROC year (113) is read only in a text of
    Taiwan (``roc``); two documents of different years named there give none.

    Parameters
    ----------
    text : str
        The document.
    roc : bool
        Whether the text is Taiwan's (its years may be ROC years).

    Returns
    -------
    int or None
        The year, or ``None`` where the lead names no document of a year (or several).

    Examples
    --------
    >>> _lead_year_document("去年全国PM2.5下降\\n26日,生态环境部发布《2020中国生态环境状况公报》。", False)
    2020
    """  # noqa: E501
    simplified = to_simplified(_strip_glosses(text[:_LEAD_MAX]))  # 發(fā)布 → 发布
    end, at, lead = len(simplified), 0, ""
    for line in simplified.split("\n"):
        at += len(line) + 1
        body = line.strip()
        if len(body) > _HEADING_MAX and re.search(r"[，,。]", body):
            end, lead = at, body
            break
    years = set()
    for m in _LEAD_DOCUMENT.finditer(simplified, 0, end):
        rest = _NAME_REST.match(simplified, m.end())  # 发布2015年环境统计|年报: its whole name
        # with two characters after it: a title noun ends there (年报|废 is no name's end)
        name = simplified[m.start() : (rest.end() if rest else m.end()) + 2]
        written = next(g for g in m.group("y", "y2", "y3", "y4") if g)
        year = None
        if len(written) == 3:  # an ROC year
            year = int(written) + 1911 if roc else None
        else:
            found = find_dates(f"{written}年")
            if len(found) and pd.notna(found["first_day"].iloc[0]):
                year = pd.Timestamp(found["first_day"].iloc[0]).year
        if year is not None and not _annual_report(name, year, published):
            years.add(year)  # not 《2014年…年报》: published in 2014, of 2013's data
    if not years and not roc:  # a lead that opens with its year (2023年是…之年，…)
        return opening_year(lead, published)
    return years.pop() if len(years) == 1 else None


def _month_range_before(text: str, a: int, written: str) -> re.Match[str] | None:
    """The first month and mark written before a yearless month at ``a``, or ``None``.

    ``1－12月``, ``1到12月``, ``1?12月`` before ``12月``: the month is the range's end.
    The mark is read on the normalised text (``－``, ``−`` are ``-``); ``到`` and ``?``
    only between two months in order.

    Examples
    --------
    >>> t = "1－12月，O3浓度为151"
    >>> _month_range_before(t, t.index("12月"), "12月").group(1)
    '1'
    >>> t = "8到3月"
    >>> _month_range_before(t, t.index("3月"), "3月") is None
    True
    """
    month = re.fullmatch(r"(\d{1,2})\s*月份?", written)
    if month is None:
        return None
    before = text[max(0, a - 6) : a]
    norm = normalize_text(before).text
    if len(norm) != len(before):  # the mark's length in the text is not known
        return None
    m = _MONTH_RANGE_BEFORE.search(norm)
    if m is None:
        return None
    if m["mark"] in _ORDERED_ONLY and not 1 <= int(m.group(1)) < int(month.group(1)) <= 12:
        return None
    return m


def _dates(
    text: str,
    published: dt.date | None,
    doc_year: int | None = None,
    *,
    roc: bool = False,
    dateline: dt.date | None = None,
    stamps: np.ndarray | None = None,
    issue: dt.date | None = None,
    this_year: int | None = None,
    edition: bool = False,
    news: bool = False,
) -> pd.DataFrame:
    """The dates of the text with their role (``period``, ``base`` or ``deadline``).

    Dates without a year (``1—11月``, ``9月16日``) take the year the text gives them
    (:func:`~envindicators.extract._periods.year_lenders`: the nearest earlier period
    date), else the year of the document's title (``doc_year``), else the next period
    date of their paragraph or the next one, else the year of a span that holds the day,
    else the one year the text writes the same date with (a headline's ``1—8月`` and the
    body's ``2020年1—8月``: :func:`~envindicators.extract._periods.restated_year`; column
    ``year_from``: ``restated``), else, for a date of days, the one year of the days the
    text writes in full within a month of it (``12月13日`` and ``2021年12月6日起进驻``:
    :func:`~envindicators.extract._periods.year_of_near_days`; ``year_from``: ``near``,
    flagged), else the year of ``published``;
    else — without ``published`` — the year of the document's own ``issue`` date (its
    edition line or closing date: :func:`_issue_date`), read like ``published`` (column
    ``year_from``: ``issue``, one step less sure); else, for a day the text is stated as of
    (``截至六月底``) only, the year of the page's stamp (``dateline``: the latest such day
    not after it; column ``year_from``: ``stamp``, flagged), and so for a day or a span of
    days ending at most a month before the stamp (``5月5日`` under
    ``2021-05-06``: :func:`~envindicators.extract._periods.year_of_recent_days`) — another
    yearless date takes no year from a stamp, which a page reposting an old report bears
    too; none of these in an
    annual report or yearbook (``edition``: its writing is its edition's year, not its
    data's); else they stay without a year (empty, for review).  A span of several years
    (``2013年以来``, ``2016—2020年``) lends none: it does not say which of its years a
    ``上半年`` is in; nor does a base (``与2018年同期相比``) or a deadline (``到2020年底``,
    but ``于2019年7月`` does).  A date in a page's stamp line (``stamps``:
    ``更新时间:2023-07-09``) lends no year: it is when the page was put online, not when
    its events were.  A
    yearless month range written ``1—11月`` is read as the range (the parser reads 11月),
    and so is ``前5个月`` (1月至5月).  A yearless *deadline* (``年底前``, ``6月底前``) is
    never moved to an earlier year.  A climate normal (``常年``, ``1991-2020年平均``) is a
    ``base``.  With ``roc`` (a text of Taiwan) ``92年`` is the ROC year 2003.  A year
    named relative to the time of writing (今年, 去年上半年) is read from ``published``,
    else from the text's own ``dateline`` (its page stamp or a date line: ``inferred``);
    without either, a bare 去年 set against a written year takes the year after it,
    and 今年 the year the title names (``this_year``), flagged (column ``year_from``:
    ``compared``/``title``).  Without ``published``, a yearless date of a text whose only
    year written is the base of a same-period comparison (``今年1月至5月…。…与2016年同期
    相比``) is of the year after it, flagged (``same_period``), before any stamp or issue
    date.  With ``news`` the ``dateline`` is the text's own news dateline
    (``本报7月25日讯`` with its year from the text:
    :func:`~envindicators.extract._periods.news_dateline`), its time of writing:
    ``截至目前`` is that day and ``X至今``/``X以来`` end on it, flagged (column
    ``year_from``: ``dateline``) — no repost's stamp, so no test of recent days.
    """
    found = roc_dates(text, find_dates(text)) if roc else find_dates(text)
    found = base_years(text, found, roc)  # 105基準年: an inventory's figures are of it
    found = found[~frequencies(text, found)].reset_index(drop=True)  # 每2月: every 2 months
    anchor = published if published is not None else dateline
    stamp = (
        (int(stamps[0][1]), dateline)
        if dateline is not None and stamps is not None and len(stamps)
        else None
    )
    writing_day = published if published is not None or not news else dateline
    d = _spans_and_points(
        text, _with_yearless_parts(text, found, anchor, this_year, stamp), writing_day
    )
    if d.empty:
        return d.drop(columns=["relative", "parse_as", "plan_year"], errors="ignore").assign(
            role=pd.Series(dtype=str),
            inferred=pd.Series(dtype=bool),
            year_from=pd.Series(dtype=str),
        )
    starts, texts = d["start"].to_numpy().copy(), [str(t) for t in d["text"]]
    written_as = d["parse_as"] if "parse_as" in d else pd.Series([None] * len(d))
    parse_as = [p if isinstance(p, str) else t for p, t in zip(written_as, texts, strict=True)]
    firsts, lasts = list(d["first_day"]), list(d["last_day"])
    unread_end = d["open"].to_numpy(dtype=bool)
    yearless = np.array([pd.isna(f) for f in firsts], dtype=bool) & ~unread_end
    for j in np.flatnonzero(yearless).tolist():
        if (m := _month_range_before(text, int(starts[j]), texts[j])) is not None:
            starts[j] -= len(m.group(0))
            parse_as[j] = f"{m.group(1)}月至{texts[j]}"
            texts[j] = text[starts[j] : int(d["end"].iloc[j])]
    # 今年3月1日, 去年12月 under a time of writing: of its year, read before the others so
    # that it lends that year as a date written with it would (the bare 今年 before it is
    # no date of its own: _with_yearless_parts)
    relative_fixed = np.zeros(len(starts), dtype=bool)
    if anchor is not None:
        for j in np.flatnonzero(yearless).tolist():
            before_j = to_simplified(text[max(0, starts[j] - 3) : starts[j]])
            if (rel := _RELATIVE_BEFORE.search(before_j)) is not None:
                year_j = anchor.year + RELATIVE_YEAR[rel.group(1)]
                firsts[j], lasts[j] = _yearless(parse_as[j], year_j)
                relative_fixed[j] = pd.notna(firsts[j])
    # the year each yearless date takes: previous dated, else title, else next, else published
    dated_years = np.array(
        [pd.Timestamp(f).year if pd.notna(f) else -1 for f in firsts], dtype=np.int64
    )
    # a climate normal (常年, 1991-2020年的平均值) is a base, and lends no year to 8月 after it
    normal = np.array(
        [
            is_normal(text[max(0, a - 8) : a], text[b : b + 6], f, last)
            for a, b, f, last in zip(starts, d["end"], firsts, lasts, strict=True)
        ],
        dtype=bool,
    )
    dated = ~yearless & ~normal & np.array([pd.notna(f) for f in firsts], dtype=bool)
    # a span of years (2013年以来, 2016—2020年, “十三五”) does not say which year a part is in
    dated &= np.array(
        [
            pd.notna(f) and pd.notna(t) and f.year == t.year
            for f, t in zip(firsts, lasts, strict=True)
        ],
        dtype=bool,
    )
    if stamps is not None:  # a page's date stamp line lends no year to the text's dates
        dated &= ~_within(np.asarray(starts), stamps)
    dated |= relative_fixed & ~normal  # 今年3月1日 lends 2023 as 2023年3月1日 would
    fallback = doc_year
    roles = []
    tallied = np.zeros(len(starts), dtype=bool)
    aimed = np.zeros(len(starts), dtype=bool)  # a deadline of its own sentence's figures only
    plan_year = d["plan_year"].eq(True).to_numpy(dtype=bool) if "plan_year" in d else None
    for i, (a_date, b) in enumerate(zip(starts, d["end"], strict=True)):
        # 較西元 2011 年, 比公元2010年: the words before a year are those before its era
        era = _ERA_BEFORE.search(text, max(0, a_date - 8), a_date)
        a = era.start() if era is not None else a_date
        before, after = text[max(0, a - 2) : a], to_simplified(text[b : b + 6])
        if before[-1:] in _SPACES:  # 比 2005 年, 到 2025 年: a spaced text's word of comparison
            word = text[max(0, a - 8) : a].rstrip(_SPACES)[-2:]  # or of aim (not 发表于 2020-…)
            if to_simplified(word)[-1:] in _SPACED_WORDS:
                before = word
        if text[a - 1 : a] in ")）":  # 到(dào)2025年: a pinyin gloss is no word before it
            before = _strip_glosses(text[max(0, a - 12) : a])[-2:]
        base_word = to_simplified(before)  # either script: 較2016年, 與2016年相比
        lead = to_simplified(text[max(0, a - 6) : a])
        if is_dateline(text, a, b):
            role = "dateline"  # 中新社北京12月31日电: when the report was filed, no period
        elif plan_year is not None and plan_year[i]:
            role = "deadline"  # 确定2021空气质量目标: the year of the targets under it
        elif normal[i]:
            role = "base"  # 常年, 1991-2020年平均: the base of an anomaly, not its period
        elif names_earlier_level(after, base_word):
            role = "base"  # 接近2019年前水平, 回落至2008年水平: the level compared with
        elif _TALLIED_TO.search(lead) or (_UNTIL.search(lead) and _CLOSED.match(after)):
            role, tallied[i] = "period", True  # 统计至109年11月, 至109年10月為止: as of its end
        elif (
            roc
            and _TARGET_AFTER.match(after)
            and pd.notna(firsts[i])
            and (
                pd.Timestamp(firsts[i]).year < pd.Timestamp(lasts[i]).year
                or _ROC_SPAN_START.search(text, max(0, a - 8), a)
            )
        ):
            role = "deadline"  # 109~112年目標削減: a plan's span, its end year the deadline
        elif (
            _SPAN_FROM_NUMBER.search(text, max(0, a - 6), a)
            or (yearless[i] and _SPAN_FROM_DATE.search(lead))
            or (
                _SPAN_OPENED.search(_sentence_lead(text, a))
                and not _DEADLINE_AFTER.match(after)  # 从2016年之后到2020年底前: a deadline
            )
        ):  # 106至108年, 11至12月, 112年至11月, 自8月21日进驻辽宁至9月11日: a span's end
            role = "period"
        elif _AIMED_AT.search(lead) or (
            not yearless[i] and _NAMES_TARGETS.match(_clause_after(text, b))
        ):
            role, aimed[i] = "deadline", True  # 计划在二零一三年, 目标二〇三〇年, 2015年…目标为
        elif (
            base_word[-1:] in _BASE_BEFORE
            or base_word.endswith(("相比", "对比", *_BASE_THAN))
            or compared_after(to_simplified(text[b : b + 16]), 0)
        ):
            role = "base"  # 和2007年相比: the year compared with, whatever joins it
        elif _DEADLINE_BEFORE.search(before) and closes_a_change(text, starts, d["end"], i):
            role = "period"  # 从2002年的…缩减至2024年的…: the end of a change, not a deadline
        elif base_word.endswith("于") and acted_over_span(
            texts[i], firsts[i], lasts[i], _sentence_lead(text, a)
        ):
            role = "period"  # 于2023年11月21日至22日陆续进驻: when it was done, no deadline
        elif (_DEADLINE_BEFORE.search(before) or _DEADLINE_AFTER.match(after)) and not (
            not yearless[i] and past_event(_sentence_lead(text, a), after, lasts[i], anchor)
        ):
            role = "deadline"  # not 于2016年投产 / 2000年以前 told of the past (a period)
        else:
            role = "period"
        roles.append(role)
    # 目标2030年能降至10μg/m3、2035年能降至8μg/m3: the second item's year is its own deadline
    parallel = parallel_deadlines(
        text,
        np.asarray(starts),
        d["end"].to_numpy(),
        roles,
        np.array([pd.Timestamp(t).year if pd.notna(t) else -1 for t in lasts], dtype=np.int64),
    )
    for i in np.flatnonzero(parallel).tolist():
        roles[i], aimed[i] = "deadline", True
    # a date after 于 alone (于2019年7月10日进驻) is when something was: it lends its year
    lending_roles = [
        "period"
        if r == "deadline"
        and to_simplified(text[max(0, a - 1) : a]) == "于"
        and not _DEADLINE_AFTER.match(to_simplified(text[b : b + 6]))
        else r
        for r, a, b in zip(roles, starts, d["end"], strict=True)
    ]
    earlier, later = year_lenders(
        text, np.asarray(starts), lending_roles, dated, yearless, heading_max=_HEADING_MAX
    )
    # the spans of days the text writes with their year (a stationing 2017年8月11日至9月11日)
    spans = [
        (firsts[j], lasts[j])
        for j in np.flatnonzero(dated).tolist()
        if SPAN_MARK.search(to_simplified(texts[j]))
    ]
    year_from = (
        [str(x) if isinstance(x, str) else "" for x in d["fixed_by"]]
        if "fixed_by" in d
        else [""] * len(starts)
    )
    if news and published is None:  # 截至目前, 2018年6月以来 ended by the news dateline's day
        now_or_since = d["since"].to_numpy(dtype=bool) | np.array(
            [names_time_of_writing(t) for t in texts], dtype=bool
        )
        for i in np.flatnonzero(now_or_since).tolist():
            if pd.notna(lasts[i]) and pd.Timestamp(lasts[i]) == pd.Timestamp(dateline):
                year_from[i] = year_from[i] or "dateline"
    # the latest year the text writes outside its stamp lines (a repost's are all older);
    # not a year named relative to the stamp (去年同期 under 2018-10-29 is 2017 by the stamp)
    own = (
        ~yearless
        & np.array([pd.notna(t) for t in lasts], dtype=bool)
        & ~d["relative"].fillna(False).to_numpy(dtype=bool)
    )
    if stamps is not None:
        own &= ~_within(np.asarray(starts), stamps)
    latest_written = max((pd.Timestamp(lasts[j]).year for j in np.flatnonzero(own)), default=None)
    simplified_text = to_simplified(text)
    after_now = -1  # the last date after 今年 left without the year told before it
    for i in np.flatnonzero(yearless).tolist():
        role = roles[i]
        year: int | None
        by_published = False
        writing = published
        relative = _RELATIVE_BEFORE.search(to_simplified(text[max(0, starts[i] - 3) : starts[i]]))
        if relative is not None and anchor is not None:  # 今年十月底: of 今年 (the writing's)
            year = anchor.year + RELATIVE_YEAR[relative.group(1)]
            firsts[i], lasts[i] = _yearless(parse_as[i], year)
            continue
        lender = int(earlier[i])
        # 2017年，我省完成…。截至今年3月底: 今年 is after 2017, its year not written; and
        # 而今年1月份…，而1月PM2.5浓度…: the 1月 of that 今年's sentence
        past_year = lender >= 0 and (
            (
                relative is not None
                and over_before_now(
                    simplified_text,
                    relative.group(1),
                    (int(starts[lender]), int(d["end"].iloc[lender])),
                    int(starts[i]),
                    firsts[lender],
                    lasts[lender],
                )
            )
            or (
                after_now >= 0
                and earlier[after_now] == lender
                and not any(c in text[starts[after_now] : starts[i]] for c in SENTENCE_BREAKS)
            )
        )
        if past_year:
            year, year_from[i], after_now = None, "past_year", i
        elif earlier[i] >= 0:
            year = int(dated_years[earlier[i]])
            if year_from[earlier[i]] == "same_period":  # lent by 今年 read so: as unsure
                year_from[i] = "same_period"
        elif fallback is not None:
            year = fallback
        elif (same := same_period_year(_sentence_of(text, starts[i]))) is not None:
            year, year_from[i] = same, "same_period"  # 前7个月…较2015年同期: 2016
        elif later[i] >= 0:
            year = int(dated_years[later[i]])
        elif (
            in_span := year_in_spans(functools.partial(_yearless, parse_as[i]), spans)
        ) is not None:
            year, year_from[i] = in_span, "span"  # 9月9日 inside 2017年8月11日至9月11日
        elif (
            restated := restated_year(texts[i], texts, dated, lending_roles, lending_roles[i])
        ) is not None:
            year, year_from[i] = restated, "restated"  # 1—8月 of the body's 2020年1—8月
        elif (
            near := year_of_near_days(
                simplified_text,
                parse_as[i],
                functools.partial(_yearless, parse_as[i]),
                skip=[] if stamps is None else stamps.tolist(),
            )
        ) is not None:
            year, year_from[i] = near, "near"  # 12月13日 a week after 2021年12月6日起进驻
        elif published is None and (same := _text_same_period_year(text)) is not None:
            year, year_from[i] = same, "same_period"  # 1月至5月…。…与2016年同期相比: 2017
        elif edition:  # an annual report's or yearbook's: its writing is not its data's year
            year = None
        else:
            if writing is None and issue is not None:  # the document's own issue date
                writing, year_from[i] = issue, "issue"
            elif (
                writing is None
                and dateline is not None
                and _AS_OF_BEFORE.search(text, max(0, starts[i] - 6), starts[i]) is not None
            ):  # 截至六月底 under 发布时间:2021-07-21: the state the page was written at
                writing, year_from[i] = dateline, "stamp"
            elif (
                writing is None
                and dateline is not None
                and role == "period"
                and year_of_recent_days(
                    parse_as[i],
                    functools.partial(_yearless, parse_as[i]),
                    dateline,
                    latest_written,
                )
                is not None
            ):  # 5月5日 under the stamp 2021年05月06日07:08: the days the page reports
                writing, year_from[i] = dateline, "stamp"
            year, by_published = (writing.year if writing else None), True
        if year is not None:
            firsts[i], lasts[i] = _yearless(parse_as[i], year)
            if (
                by_published
                and writing is not None
                and role != "deadline"  # a deadline is due after the writing
                and lasts[i] > pd.Timestamp(writing)
            ):
                # by the year of writing alone: the latest such period over by then
                firsts[i], lasts[i] = _yearless(parse_as[i], year - 1)
    if (
        published is None and dateline is not None and not news
    ):  # 截至目前 under 发布时间 2022-04-20
        stamped_now = now_at_stamp(parse_as, lasts, unread_end, dateline)
        unread_end = unread_end.copy()
        for i in np.flatnonzero(stamped_now).tolist():
            firsts[i] = lasts[i] = pd.Timestamp(dateline)
            unread_end[i], year_from[i] = False, "now"
        if stamped_now.any():
            d = d.assign(open=unread_end)
    # a day after a dateline whose year the text does not give dates nothing (the
    # inspection's stationing or the page's date do better than a day of no year)
    bare = d["bare_day"].eq(True).to_numpy(dtype=bool) if "bare_day" in d else None
    for i in np.flatnonzero(tallied).tolist():  # a point: as of the end of its date
        firsts[i] = lasts[i]
    ends = d["end"].to_numpy().copy()
    for i in np.flatnonzero(~yearless).tolist():
        if roles[i] != "period" or pd.isna(firsts[i]):
            continue
        marker = years_before(text, int(ends[i]))
        if marker:  # 2000年以前年平均流量: the time before the date, its start not written
            ends[i] += marker
            texts[i] = text[int(starts[i]) : int(ends[i])]
            firsts[i] = lasts[i] = pd.Timestamp(firsts[i]) - pd.Timedelta(days=1)
    d["start"] = starts
    d["end"] = ends
    d["text"] = texts
    d["first_day"] = pd.to_datetime(pd.Series(firsts, dtype=object))
    d["last_day"] = pd.to_datetime(pd.Series(lasts, dtype=object))
    d["role"] = roles
    d["aimed"] = aimed
    # the year was not written with the date (a relative year: 去年, 今年)
    d["inferred"] = yearless | d["relative"].fillna(False).to_numpy(dtype=bool)
    d["year_from"] = year_from
    if bare is not None:
        d = d[~(bare & d["last_day"].isna().to_numpy(dtype=bool))].reset_index(drop=True)
    return d.drop(
        columns=["relative", "parse_as", "fixed_by", "plan_year", "bare_day"], errors="ignore"
    )


def _dates_a_figure(simplified: str, own: pd.DataFrame, ss: int, fig_starts: np.ndarray) -> bool:
    """Whether the date ``own`` (first row) dates a figure of its sentence starting at ``ss``.

    It opens the sentence (``截至6月，…``, ``同时109年8月底…``) or a figure follows it in its
    clause (``113年上半年产生量为11万2230公吨``); not a date of a clause without a figure
    (``主因为4-5月多日境外沙尘影响，``): a same period is that of a compared figure.
    """
    a, b = int(own["start"].iloc[0]), int(own["end"].iloc[0])
    if a - ss <= 6:
        return True
    stop = end_of_sentence(simplified, b, "，,；;。！？!?\n")
    return bool(((fig_starts >= b) & (fig_starts < stop)).any())


#: Why a count is dated by the date written after its counted noun (全省9个设区市2016年…).
_COUNTED_DATE_NOTE = "period: the date written after the counted noun (the count's measure's)"
#: Why a target's deadline is one year of a span: its place in a list told year by year.
_YEARLY_LIST_NOTE = "deadline: the year of its place in a yearly list"
#: Why a figure of a list after a span of years keeps the span (the counts differ).
_LISTED_SPAN_NOTE = (
    "period: a list (分别) after a span of years, its count not the span's: the span kept"
)
#: Why a figure is dated by the day of the petition batch its paragraph names.
_BATCH_NOTE = "period: the day the text gives the batch (第N批/本批) the figure is of"


#: Spaces within a line (not a line break) that a spaced text writes between words.
_SPACES = " \t\u3000"
#: The words before a year read across such spaces: a comparison's (比, 较, 相较, 与) and an
#: aim's 到 (``比 2005 年基準年``, ``到 2025 年``); not 于 (``发表于 2020-10-29``: a page's stamp).
_SPACED_WORDS = "比较与到"
#: A year's era written before it (``西元 2011 年``, ``公元2010年``), either script: the
#: words of comparison or aim stand before the era (``較西元 2011 年``).
_ERA_BEFORE = re.compile(r"(?:西元|公元)[ \t\u3000]*$")


def _clause_after(text: str, b: int) -> str:
    """The words after the date ending at ``b`` up to its clause's end (at most 30, simplified)."""
    rest = text[b : b + 30]
    m = re.search(r"[。；;！？!?\n，,]", rest)  # a colon is kept: 2017年目标：
    return to_simplified(rest[: m.start()] if m else rest)


def _sentence_lead(text: str, a: int) -> str:
    """The sentence of the date at ``a`` up to it (at most 80 characters, simplified)."""
    lead = text[max(0, a - 80) : a]
    cut = max(lead.rfind(c) for c in SENTENCE_BREAKS)
    return to_simplified(lead[cut + 1 :])


def _sentence_of(text: str, a: int) -> str:
    """The sentence holding position ``a`` (simplified script)."""
    ends = [e for e in (text.find(c, a) for c in SENTENCE_BREAKS) if e >= 0]
    return to_simplified(text[start_of_sentence(text, a) : min(ends, default=len(text))])


def _yearless(written: str, year: int) -> tuple[Any, Any]:
    """First and last day of a date written without its year, read in ``year``."""
    if _YEARLESS_PART.fullmatch(written):
        written = f"{year}年{written}"
    elif written == "年底":  # a year-end deadline (年底前)
        written = f"{year}年底"
    try:
        spec = parse_period(written, year=year)
    except (EnvIndicatorsError, ValueError):
        return pd.NaT, pd.NaT
    if not spec.end:
        return pd.NaT, pd.NaT
    return pd.Timestamp(spec.start or spec.end), pd.Timestamp(spec.end)


#: A year named relative to the time of writing; not the 前年/上年 inside 以前年均, 之前年平均,
#: 以上年份 (前/上 end the word before it).
_RELATIVE_YEAR_PATTERN = re.compile(
    r"(?<![以之提目])(?:" + "|".join(sorted(RELATIVE_YEAR, key=len, reverse=True)) + ")"
)


#: A year a relative year is set against in its sentence (较2021年, 由2021年31%升至去年,
#: 与2021年相比): a comparison's earlier year.
#: A relative year right before a date written without its year (今年十月底, 去年12月).
_RELATIVE_BEFORE = re.compile(
    "(" + "|".join(sorted(RELATIVE_YEAR, key=len, reverse=True)) + r")\s*$"
)
#: A year written as a time of figures, not as a deadline (2023年降至; not 到2025年, 2025年底前).
_OBSERVED_YEAR = re.compile(r"(?<![到至])((?:19|20)\d{2})\s*年(?![底末前])")
_AGAINST_YEAR = re.compile(
    r"(?:较|比|与|由|同|高于|低于|优于|好于|差于|多于|少于)\s*((?:19|20)\d{2})\s*年(?![底末])"
)


#: The spaces between a relative year and the date it qualifies (今年 1 月).
_SPACES_AFTER = re.compile(r"[ \t　]*")
#: An ordinal batch or round right after a relative year (今年第一批, 今年首批, 去年第二轮):
#: the year says which batch, it is no period of the figures around it.
_ORDINAL_AFTER = re.compile(r"(?:第[一二三四五六七八九十百\d]+|首)[批轮]")


#: Why a relative year was read without the time of writing (the row's note).
_FIXED_BY = {
    "compared": "period: 去年 read as the year after the year it is compared with",
    "title": "period: 今年 read as the year the title names",
    "span": "period: its year is that of a span the text dates elsewhere (the day lies in it)",
    "stamp": "period: its year is the page's date stamp's (not written with it)",
    "glossed": "period: 今年/去年 read from the year the text writes after one of them",
    "same_period": "period: read as the year after the one whose same period (同期) it is"
    " compared with",
    "now": "period: 截至目前 read as of the page's date stamp (the page reports the days just"
    " before it)",
    "dateline": "period: the time of writing read as the news dateline's day (its year from"
    " the days the text writes near it)",
    "near": "period: its year is that of the days the text writes in full within a month of"
    " it (not written with it)",
    "past_year": "period: 今年 is after the whole year told before it (over when the text was"
    " written): its year is not written",
}


@functools.lru_cache(maxsize=4)
def _text_same_period_year(text: str) -> int | None:
    """:func:`~envindicators.extract._periods.same_period_year` of a whole text (read once
    per text: its yearless dates and bare 今年 ask it in turn)."""
    return same_period_year(text)


def _relative_year_in_text(
    simplified: str, m: re.Match[str], this_year: int | None
) -> tuple[int | None, str]:
    """The year of a bare 去年/今年 at ``m`` that the text fixes without a time of writing.

    * 去年 set against a written year in its sentence (``由2021年31%升至去年32%``,
      ``去年…较2021年减少2%``) is the year after the latest such year: last year's figure
      compared with a year written in full is compared with the year before it (how =
      ``compared``) — unless the text writes a year later than that one as a time of its
      figures (``2014年…24微克，2023年降至12.9微克。…去年…日數比例爲96.8%，比2014年90.3%
      提升``: a decade's article, its 去年 no 2015; :data:`_OBSERVED_YEAR`), which leaves it
      unfixed; not 今年, which a text compares with any earlier year (``较2019年方案推动前``);
    * 今年 set against the same period of a year in its sentence (``今年前7个月…较2015年
      同期上升4.2%``: :func:`~envindicators.extract._periods.same_period_year`) is the year
      after it (how = ``same_period``); so is 今年 in a text whose only year written is such
      a base (``今年1月至5月…。…与2016年同期相比``: 2017), in any sentence;
    * a relative word fixed so once is that year throughout the text (its other bare
      去年 too);
    * else 今年 in a text whose title names its year (``2020年…工作情况`` is no document of
      a year: ``this_year``) is that year (how = ``title``);
    * else none (去年, 前年 need the time of writing: empty, flagged).
    """
    word = m.group(0)
    a = max(simplified.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
    b = end_of_sentence(simplified, m.end(), "。！？!?\n")
    if word == "去年":  # not 今年: a year of writing is compared with any earlier year
        years = [int(x.group(1)) for x in _AGAINST_YEAR.finditer(simplified, a, b)]
        written = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", simplified[a:b])]
        if (
            years
            and max(written) == max(years)  # no later year written in the sentence
            and max(map(int, _OBSERVED_YEAR.findall(simplified)), default=0) <= max(years) + 1
        ):  # nor in the text: 2014年…2023年降至12.9微克…去年…比2014年 is no 2015
            return max(years) + 1, "compared"
    if word in ("今年", "本年") and (same := same_period_year(simplified[a:b])) is not None:
        return same, "same_period"  # 今年前7个月…较2015年同期: year on year, 2016
    if word in ("今年", "本年") and (same := _text_same_period_year(simplified)) is not None:
        return same, "same_period"  # 今年1月至5月…。…与2016年同期相比: the text's only year
    if word in ("今年", "本年") and this_year is not None:
        return this_year, "title"
    return None, ""


def _with_yearless_parts(
    text: str,
    d: pd.DataFrame,
    published: dt.date | None = None,
    this_year: int | None = None,
    stamp: tuple[int, dt.date] | None = None,
) -> pd.DataFrame:
    """``find_dates`` rows plus what it misses: yearless halves and quarters (上半年,
    一季度), and — given ``published`` — years named relative to it (去年, 今年; the
    ``relative`` column); without ``published``, a bare 去年/今年 whose year the text fixes
    (:func:`_relative_year_in_text`; ``this_year``: the year the title names; column
    ``fixed_by``); a bare day after a dateline or opening the body under the page's
    ``stamp`` (the end of its line and its date: ``2日，…`` under ``时间:2020-07-03``).  Given
    ``published``, a relative year right before a date it qualifies (``今年前五月``,
    ``今年11月21日``: :func:`_dates` reads that date in its year) or before an ordinal batch
    (``今年第一批``: which batch) is no date of its own."""
    simplified = to_simplified(text)
    found = list(zip(d["start"], d["end"], strict=True))
    runs = quarter_ranges(simplified, found) + first_months(simplified, found)
    if runs:  # 第一季度至第三季度, 前8月 are one date: drop the 第一季度, 8月 found inside
        inside = [
            any(r["start"] <= a and b <= r["end"] for r in runs)
            for a, b in zip(d["start"], d["end"], strict=True)
        ]
        d = d[~np.array(inside, dtype=bool)]
    taken = list(zip(d["start"].tolist(), d["end"].tolist(), strict=True))
    taken += [(r["start"], r["end"]) for r in runs]
    extra = runs + [
        {"start": m.start(), "end": m.end(), "text": m.group(0), "category": "period",
         "first_day": pd.NaT, "last_day": pd.NaT, "relative": False}
        for m in _YEARLESS_PART.finditer(simplified)
        if not any(a < m.end() and m.start() < b for a, b in taken)
    ]  # fmt: skip
    extra += year_end_deadlines(simplified, taken)
    extra += plan_heading_years(simplified, taken, _HEADING_MAX)  # 确定2021空气质量目标
    glossed_rows = glossed_years(simplified, taken)  # 今(112)年, 去(2021)年: written years
    extra += glossed_rows
    taken += [(r["start"], r["end"]) for r in glossed_rows]
    bare_days = dateline_days(simplified, taken)  # 12月8日讯 7日，…: the dateline's month
    if stamp is not None:  # 时间:2020-07-03 then 2日，…转办: the stamp's month
        bare_days += stamp_days(
            simplified, taken + [(r["start"], r["end"]) for r in bare_days], *stamp
        )
    extra += bare_days
    taken += [(r["start"], r["end"]) for r in bare_days]
    parts = relative_parts(simplified, taken, published)
    if parts:  # 今年1至10月 is one date: drop the 10月 found inside it
        spans = [(r["start"], r["end"]) for r in parts]
        inside = [any(x <= a and b <= y for x, y in spans) for a, b in taken]
        found = list(zip(d["start"], d["end"], strict=True))
        d = d[~np.array([any(x <= a and b <= y for x, y in spans) for a, b in found], dtype=bool)]
        extra = [r for r in extra if all(r["end"] <= x or y <= r["start"] for x, y in spans)]
        extra += parts
        taken = [t for t, i in zip(taken, inside, strict=True) if not i] + spans
    if published is not None:
        taken_starts = {a for a, _ in taken}
        for m in _RELATIVE_YEAR_PATTERN.finditer(simplified):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            gap = _SPACES_AFTER.match(simplified, m.end())
            if gap is not None and gap.end() in taken_starts:
                continue  # 今年前五月, 今年11月21日: the date after it is of 今年, not all the year
            if gap is not None and _ORDINAL_AFTER.match(simplified, gap.end()):
                continue  # 今年第一批省级督察: which batch of the year, no period of figures
            year = published.year + RELATIVE_YEAR[m.group(0)]
            # 今年 is the year so far: up to the publication, never a promise by itself
            last = min(pd.Timestamp(year, 12, 31), pd.Timestamp(published))
            extra.append(
                {"start": m.start(), "end": m.end(), "text": m.group(0), "category": "date",
                 "first_day": pd.Timestamp(year, 1, 1), "last_day": last, "relative": True}
            )  # fmt: skip
    else:  # no time of writing: the text may fix the year itself (flagged)
        bare = [
            m
            for m in _RELATIVE_YEAR_PATTERN.finditer(simplified)
            if not any(a < m.end() and m.start() < b for a, b in taken)
        ]
        fixed = [(m, *_relative_year_in_text(simplified, m, this_year)) for m in bare]
        # 今年度(112年), 去年(106年): a gloss fixes the year of writing for every relative year
        glossed = writing_year_glossed(simplified, bare)
        if glossed is not None:
            fixed = [
                (m, glossed + RELATIVE_YEAR[m.group(0)], "glossed")
                if got is None
                else (m, got, how)
                for m, got, how in fixed
            ]
        # a relative year is one year throughout a text: fixed once, it holds everywhere
        by_word: dict[str, set[tuple[int, str]]] = {}
        for m, got, how in fixed:
            if how in ("compared", "same_period") and got is not None:
                by_word.setdefault(m.group(0), set()).add((got, how))
        for m, got, how in fixed:
            agreed = by_word.get(m.group(0), set())
            if got is None and len({y for y, _ in agreed}) == 1:
                got, how = min(agreed)
            if got is not None:
                extra.append(
                    {"start": m.start(), "end": m.end(), "text": m.group(0), "category": "date",
                     "first_day": pd.Timestamp(got, 1, 1),
                     "last_day": pd.Timestamp(got, 12, 31), "relative": True, "fixed_by": how}
                )  # fmt: skip
    d = d.assign(relative=False)
    if not extra:
        return d.reset_index(drop=True)
    out = pd.concat([d, pd.DataFrame(extra)], ignore_index=True)
    return out.sort_values("start", kind="stable").reset_index(drop=True)


#: After a date: the period runs from it up to the time of writing (2021年以来, 2017年至今,
#: 自2013年起, 从2013年开始, 2013年至目前); not the start of a span that names its end
#: (从2016年4月开始至2017年12月).  ``2013年至，``, its end not written (cut), is open: from
#: 2013 to a time the text does not give, never the year 2013 alone.  So does the date of
#: an event said to run since it (二○二三年八月成立至今, 2019年实施以来, 2016年进驻以来):
#: the period of what followed, never a year it lends.
_SINCE_AFTER = re.compile(
    r"\s*(?:(?:成立|设立|组建|挂牌|揭牌|实施|施行|开展|启动|进驻|建置|建立|上线|运行|投运)"
    r"(?:以来|至今)|以来|至今|(?P<start>起|开始)(?:至今)?(?![草步诉火])(?!\s*[至到])|[至到](?:目前|现在)"
    r"|(?P<cut>[至到])(?=\s*[，,。；;、]))"
)
#: A point in time named by the time of writing (截至目前): the publication date, if given.
_AS_OF_NOW = re.compile(rf"(截至|截止|截至到|截止到|到)({'|'.join(NOW_WORDS)}|发稿时|本报告期末)")
#: A five-year plan named by its number (“十三五”, 第十三个五年规划, 十四五时期).
_PLAN = re.compile(
    r"(?:[“\"‘'](?P<q>[一二三四五六七八九十]{1,3})五[”\"’']"
    r"|(?<![一二三四五六七八九十百千万\d])(?P<b>[一二三四五六七八九十]{1,3})五"
    r"(?=规划|计划|时期|期间|期末|末|以来|初|中期|目标)"
    r"|第?(?P<g>[一二三四五六七八九十]{1,3})个五年(?:规划|计划))"
    r"(?:规划|计划)?(?P<part>期初|初期|初|期末|末期|末)?"
)


def _plan_years(numeral: str) -> tuple[int, int] | None:
    """First and last year of the n-th five-year plan (十三 → 2016–2020).

    From the third plan on (1966–1970; the years 1963–1965 were no plan's) the n-th plan
    runs from ``1966 + 5·(n − 3)``; the first (1953–1957) and second (1958–1962) are
    before it.
    """
    try:
        n = parse_chinese_integer(numeral)
    except EnvIndicatorsError:
        return None
    if n < 1 or n > 20:
        return None
    first = 1953 + 5 * (n - 1) if n <= 2 else 1966 + 5 * (n - 3)
    return first, first + 4


def _spans_and_points(text: str, d: pd.DataFrame, published: dt.date | None) -> pd.DataFrame:
    """Periods the date parser reads too short or not at all, read from the text.

    * a five-year plan (“十三五”, 第十三个五年规划): its five years (``plan``); its
      期初 is the year before it (the plan's base), its 期末/末 its last year;
    * ``X以来``, ``X至今``: from the start of ``X`` up to ``published`` (the time of
      writing); without ``published`` the end is not in the text (``open``);
    * ``截至目前`` (截止目前, 截至当前 …): the point ``published``; without it ``open``.

    Adds the boolean columns ``open`` (the period's end is the time of writing, which the
    text does not give), ``plan`` and ``since`` (an ``X以来`` span).
    """
    d = d.assign(open=False, plan=False, since=False)
    simplified = to_simplified(text)
    pub = pd.Timestamp(published) if published is not None else None
    extra: list[dict[str, Any]] = []
    taken = list(zip(d["start"].tolist(), d["end"].tolist(), strict=True))
    for m in _PLAN.finditer(simplified):
        years = _plan_years(m.group("q") or m.group("b") or m.group("g"))
        if years is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        first, last = years
        if m.group("part") in ("期初", "初期", "初"):  # the start: the year before (base)
            first = last = first - 1
        elif m.group("part") in ("期末", "末期", "末"):  # the end: its last year
            first = last
        extra.append(
            {"start": m.start(), "end": m.end(), "text": text[m.start() : m.end()],
             "category": "period", "first_day": pd.Timestamp(first, 1, 1),
             "last_day": pd.Timestamp(last, 12, 31), "relative": False, "open": False,
             "plan": m.group("part") is None, "since": False}
        )  # fmt: skip
    if extra:
        d = pd.concat([d, pd.DataFrame(extra)], ignore_index=True)
        d = d.sort_values("start", kind="stable").reset_index(drop=True)
    if len(d):
        ends = d["end"].to_numpy(dtype=np.int64).copy()
        texts = [str(t) for t in d["text"]]
        lasts = list(d["last_day"])
        opened = np.zeros(len(d), dtype=bool)
        since = np.zeros(len(d), dtype=bool)  # the end read from ``published``
        plan = d["plan"].to_numpy(dtype=bool).copy()
        firsts = list(d["first_day"])
        for i, b in enumerate(ends.tolist()):
            since_m = _SINCE_AFTER.match(simplified, b)
            if since_m is None or pd.isna(firsts[i]):
                continue
            if since_m.group("start") and pub is not None and pub <= pd.Timestamp(lasts[i]):
                continue  # 从2017年开始 written in 2017: what starts then, not a span up to now
            ends[i], texts[i] = since_m.end(), text[int(d["start"].iloc[i]) : since_m.end()]
            plan[i] = False  # “十三五”以来: a span from the plan's start, not the plan
            if since_m.group("cut") is None and pub is not None and pub >= pd.Timestamp(firsts[i]):
                lasts[i], since[i] = pub, True
            else:
                lasts[i], opened[i] = pd.NaT, True
        d = d.assign(
            end=ends,
            text=texts,
            last_day=pd.to_datetime(pd.Series(lasts, dtype=object)),
            open=opened,
            plan=plan,
            since=since | opened,
            relative=d["relative"].to_numpy(dtype=bool) | since,
        )
    taken = list(zip(d["start"].tolist(), d["end"].tolist(), strict=True))
    extra = []
    for m in _AS_OF_NOW.finditer(simplified):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        point = pub if pub is not None else pd.NaT
        extra.append(
            {"start": m.start(), "end": m.end(), "text": text[m.start() : m.end()],
             "category": "date", "first_day": point, "last_day": point,
             "relative": True, "open": pub is None, "plan": False, "since": False}
        )  # fmt: skip
    if not extra:
        return d
    out = pd.concat([d, pd.DataFrame(extra)], ignore_index=True)
    out["first_day"] = pd.to_datetime(out["first_day"])
    out["last_day"] = pd.to_datetime(out["last_day"])
    return out.sort_values("start", kind="stable").reset_index(drop=True)


#: Characters that may stand right before a place name written short (or the text starts).
_SHORT_BEFORE = re.compile(r"[\s、，,。；;：:（(“\"《和与及在至到从同向对由为]")
#: … or right after it.
_SHORT_AFTER = re.compile(r"[\s、，,。；;：:）)”\"》等市县区省和与及]")


@functools.lru_cache(maxsize=4096)
def _province_of(name: str) -> str | None:
    """The province code of a division's full name (cached), ``None`` if it resolves to none."""
    try:
        return regions.resolve(name).province_code
    except (ValueError, EnvIndicatorsError):
        return None


def _foreign_short_names(text: str, places: pd.DataFrame, region: str | None) -> pd.DataFrame:
    """Drop short names of divisions outside the document's province written inside a word.

    A two-character short name is often the middle of a word (江河源头 holds 河源, a city
    of another province).  Outside the document's province such a name is kept only
    where it stands apart: after punctuation, a list word or another place name, or
    before punctuation, a list word or a level word (市, 县 …).
    """
    if places.empty or region is None:
        return places
    home = _province_of(region)
    if home is None:
        return places
    short = (places["match"] == "short").to_numpy()
    if not short.any():
        return places
    place_ends = set(places["end"].tolist())
    place_starts = set(places["start"].tolist())
    drop = np.zeros(len(places), dtype=bool)
    for i in np.flatnonzero(short):
        a, b = int(places["start"].iloc[i]), int(places["end"].iloc[i])
        province = _province_of(str(places["name"].iloc[i]))
        if province is None or province == home:
            continue
        apart_before = a == 0 or a in place_ends or bool(_SHORT_BEFORE.match(text, a - 1))
        apart_after = b >= len(text) or b in place_starts or bool(_SHORT_AFTER.match(text, b))
        drop[i] = not (apart_before or apart_after)
    return places[~drop].reset_index(drop=True) if drop.any() else places


#: A numbered item labelled by a division: ``(三)临汾市：…``, ``2.晋中市:…``.
_LABEL_COLON = re.compile(r"[ \t　]*[:：]")


def _deixis_by_label(text: str, places: pd.DataFrame, block_starts: np.ndarray) -> pd.DataFrame:
    """全市/全省/我市 in a numbered item labelled by a division resolve within that division.

    An item that opens with a division's name and a colon (``(三)临汾市：…全市共完成…``)
    reports for that division: its deixis (up to the next numbered item or heading) is
    read in it, not in the document's or the section's region.
    """
    if places.empty or not (places["match"] == "deixis").any():
        return places
    starts = places["start"].to_numpy(dtype=np.int64)
    ends = places["end"].to_numpy(dtype=np.int64)
    names = places["name"].to_numpy(dtype=object).copy()
    division = (
        ~places["group"].to_numpy(dtype=bool)
        & ~places["ambiguous"].to_numpy(dtype=bool)
        & places["match"].isin(regions.NAME_KINDS).to_numpy()
    )
    bounds = np.append(block_starts, len(text))
    for m in _BLOCK.finditer(text):
        first = np.flatnonzero(division & (starts == m.end()))
        if not len(first) or not _LABEL_COLON.match(text, int(ends[first[0]])):
            continue
        label = str(names[first[0]])
        block_end = int(bounds[np.searchsorted(bounds, m.start(), side="right")])
        inside = np.flatnonzero(
            (places["match"] == "deixis").to_numpy() & (starts > m.end()) & (ends <= block_end)
        )
        for i in inside:
            # 介休市责令全市24家: a division of the word's level named before it in its
            # sentence is what it means, not the item's label
            named = _named_in_sentence(text, places, division, int(starts[i]), int(ends[i]))
            if named is not None:
                names[i] = named
                continue
            try:
                region = regions.resolve_deixis(text[starts[i] : ends[i]], label)
            except (ValueError, EnvIndicatorsError):
                continue
            if region is not None:
                names[i] = region.name
    return places.assign(name=names)


def _named_in_sentence(
    text: str, places: pd.DataFrame, division: np.ndarray, a: int, b: int
) -> str | None:
    """The division of the level of the deixis word ``text[a:b]`` (全市 → a 市) named last
    before it in its sentence, not as a comparison's reference; ``None`` when none is."""
    suffix = to_simplified(text[a + 1 : b])
    if suffix not in ("市", "县", "区", "州", "省"):
        return None
    head = max(text.rfind(c, 0, a) for c in "。；;！？!?\n") + 1
    starts = places["start"].to_numpy(dtype=np.int64)
    ends = places["end"].to_numpy(dtype=np.int64)
    before = np.flatnonzero(division & (starts >= head) & (ends <= a))
    if not len(before):
        return None
    reference = compared_mentions(text, places.iloc[before])
    for j, ref in zip(before[::-1].tolist(), reference[::-1].tolist(), strict=True):
        if not ref and str(places["name"].iloc[j]).endswith(suffix):
            return str(places["name"].iloc[j])
    return None


#: The fields of a page's header that may follow its date stamp on its line (来源, 作者 …).
_STAMP_FIELDS = "来源|作者|编辑|浏览|点击|阅读|字号"
#: A web page's date stamp line (``2018-09-28 15:08来源:…``, ``发布时间：2023年7月9日``,
#: ``2023-07-09 浏览次数：1024``), matched in simplified script: when the page was
#: published, not the period of what follows.
_STAMP = re.compile(
    r"^[ \t　]*(?P<label>(?:发布|發布|更新|发稿|發稿|信息|資訊)?(?:时间|時間|日期)[:：]?[ \t　]*)?"
    r"(?P<y>(?:19|20)\d{2})[-/年.](?P<m>\d{1,2})[-/月.](?P<d>\d{1,2})日?"
    r"(?P<time>[ \t　]+\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"(?(label)|(?(time)|(?=[ \t　]*(?:{_STAMP_FIELDS}|$|[|｜]))))",
    re.M,
)

#: A page's date stamp written day first with dots and a time of day, alone on its line
#: (``12.07.2018  08:48``, ``03.08.2016 18:37``): a European-style stamp, day.month.year — the
#: order the dots and the trailing year tell (a year last is never year.month.day).
_DAY_FIRST_STAMP = re.compile(
    r"^[ \t　]*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})"
    r"[ \t　]+\d{1,2}:\d{2}(?::\d{2})?[ \t　]*$",
    re.M,
)

#: The note of a row dated by a day-first stamp whose day and month could be swapped.
_DAY_MONTH_UNSURE_NOTE = (
    "period: the page's stamp is written day first with dots and its day and month are both"
    " 12 or less (05.03.2021): read as day.month.year, the other order as likely"
)


def _day_month_unsure(text: str, page_date: dt.date | None) -> bool:
    """Whether the page's date is a day-first stamp whose day and month could be swapped.

    ``_DAY_FIRST_STAMP`` reads ``12.07.2018  08:48`` as 12 July (the library's convention:
    dots with the year last are day.month.year); where both the day and the month are 12 or
    less and differ, month.day.year (7 December) is a reading too, so a row dated by that day
    is flagged, never a confident date.  ``25.07.2018`` (no 25th month) and ``05.05.2018``
    (the same both ways) are sure.

    >>> _day_month_unsure("标题\\n12.07.2018  08:48\\n正文", dt.date(2018, 7, 12))
    True
    >>> _day_month_unsure("标题\\n25.07.2018  08:48\\n正文", dt.date(2018, 7, 25))
    False
    >>> _day_month_unsure("标题\\n2018-07-12 08:48\\n正文", dt.date(2018, 7, 12))
    False
    """
    if page_date is None:
        return False
    for m in _DAY_FIRST_STAMP.finditer(to_simplified(text)):
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        if (year, month, day) == (page_date.year, page_date.month, page_date.day):
            return day <= 12 and day != month
    return False


#: A page's publication stamp set among the other fields of its header line or in brackets
#: (``来源:榆林日报 作者:. 时间:2021-08-02 10:53``, ``(時間:2019-11-12 15:48:10) |``,
#: ``【发布时间:2020-01-13】``, ``刊发日期:2017-09-13 阅读次数:``, ``發(fā)布日期: 2024-10-22``),
#: matched in simplified script: the label opens a field (after a space, a bar or a bracket)
#: and names publication or no event at all (its colon may be left out: ``发布时间
#: 2022-04-20``); the date is followed by a time, a bracket, a bar, another field or the
#: line's end.  An update stamp among the fields (``来源:… 更新时间:2009-9-30``) is a stamp
#: line too (it lends the text no year) but never the page's date (an update: a repost's,
#: see :func:`_page_date`).  Not ``添加时间``, ``成文日期``,
#: ``督察进驻时间``, ``专案开始日期`` (the label names another event), nor a date in running
#: text (``问题时间:2021-04-16``).  The match runs to the line's end: the rest of the header
#: line is the stamp's.
_HEADER_STAMP = re.compile(
    r"(?:^|(?<=[ \t　|｜】\])）(]))[ \t　]*[（(【\[]?[ \t　]*"
    r"(?P<label>(?:发(?:\([^()\n]{1,8}\))?布|发稿|刊发|发表|公开|更新)?(?:时间|日期))[:：]?[ \t　]*"
    r"(?P<y>(?:19|20)\d{2})[ \t　]*[-/年.][ \t　]*(?P<m>\d{1,2})[ \t　]*[-/月.][ \t　]*"
    r"(?P<d>\d{1,2})日?(?P<time>[ \t　]+\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"(?(time)|(?=[ \t　]*(?:[）)】\]|｜]|{_STAMP_FIELDS}|信息|$)))[^\n]*",
    re.M,
)
#: A header stamp (:data:`_HEADER_STAMP`) is read only in a page's first lines.
_HEADER_LINES = 12

#: A page's publication stamp among its header's fields without a label naming it: a date with
#: its time of day after the source, the author, a bullet or a slash (``来源: 昆明市人民政府
#: 2018-06-16 17:24``, ``來源:湖南日報 作者: 2024-05-21 09:55``, ``发表于 2020-10-29 16:01:10``,
#: ``• 2022-04-01 15:55:00``, ``台灣好報/ 2024.01.18 10:25``) or after a label whose words are
#: glossed (``發(fā)布時(shí)間:2023-05-25 08:44:00``); matched in simplified script, in the
#: first :data:`_HEADER_LINES` lines only.  The time of day tells a web page's stamp from a date
#: in running text.  Not where the line names another event before the date (``专案开始日期``,
#: ``添加时间``, ``成文日期``, ``进驻``) or runs a sentence (``。``, ``，``), nor a forum's
#: render time (``GMT+8, 2024-10-27 13:31``: when the page was shown, not written), nor an
#: update (``更新``: a repost's).
_FIELD_STAMP = re.compile(
    r"(?:^|(?<=[ \t　|｜:：/•·\]】]))[ \t　]*"
    r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?P<time>[ \t　]+\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])[^\n]*",
    re.M,
)
#: Words before a field stamp on its line that name another event or a render time.
_NOT_PUBLISHED = re.compile(r"开始|结束|添加|成文|进驻|更新|截止|截至|GMT|UTC|[。，,；;]")


def _field_stamps(simplified: str, head: int) -> list[re.Match[str]]:
    """The field stamps (:data:`_FIELD_STAMP`) in ``simplified[:head]``, a page's header.

    >>> [m["y"] for m in _field_stamps("标题\\n来源: 昆明市人民政府   2018-06-16 17:24\\n", 40)]
    ['2018']
    >>> _field_stamps("标题\\nGMT+8, 2024-10-27 13:31\\n", 40)
    []
    >>> _field_stamps("专案开始日期 2020/01/01 10:00\\n", 40)
    []
    """
    found = []
    for m in _FIELD_STAMP.finditer(simplified, 0, head):
        line = simplified.rfind("\n", 0, m.start()) + 1
        if not _NOT_PUBLISHED.search(simplified, line, m.start()):
            found.append(m)
    return found


#: A dateline alone on its line in brackets (``（2024年4月30日）`` under a bulletin's title):
#: when the document was issued.
_BRACKETED_DATELINE = re.compile(
    r"^[ \t　]*[（(][ \t　]*(?P<y>(?:19|20)\d{2})[ \t　]*年[ \t　]*(?P<m>\d{1,2})[ \t　]*月"
    r"[ \t　]*(?P<d>\d{1,2})[ \t　]*日[ \t　]*[）)][ \t　]*$",
    re.M,
)


def _page_date(text: str) -> tuple[dt.date | None, np.ndarray]:
    """The first publication stamp of a web page in ``text`` (see ``_STAMP`` and
    ``_DAY_FIRST_STAMP``, and ``_HEADER_STAMP`` for one among the fields of a header line in
    the first :data:`_HEADER_LINES` lines, or :data:`_FIELD_STAMP` for a date and time there
    without a label naming it; an update stamp ``更新时间`` is none) and the spans
    of all its stamp lines (a newspaper's edition line ``《人民日报》（2018年09月14日 02 版）``
    is one: the issue, not a period).

    A stamp line (with a label, a time of day, or alone on its line) is never a section's
    period: a page that reposts a report years later (``更新时间:2023-07-09`` over a 2016
    plan) would otherwise date the report's figures at the repost.
    """
    simplified = to_simplified(text)  # either script: 發佈時間, 瀏覽次數
    head = _head_end(simplified, _HEADER_LINES)
    lined = [m.start() for r in (_STAMP, _DAY_FIRST_STAMP) for m in r.finditer(simplified)]
    taken = [
        (m.start(), m.end()) for r in (_STAMP, _DAY_FIRST_STAMP) for m in r.finditer(simplified)
    ] + [(m.start(), m.end()) for m in _HEADER_STAMP.finditer(simplified, 0, head)]
    found = sorted(
        [
            *_STAMP.finditer(simplified),
            *_DAY_FIRST_STAMP.finditer(simplified),
            *(  # 来源:… 时间:2021-08-02 10:53, (時間:2019-11-12 15:48:10): a stamp in its header
                m
                for m in _HEADER_STAMP.finditer(simplified, 0, head)
                if not any(m.start() <= a < m.end() for a in lined)
            ),
            *(  # 来源: 昆明市人民政府 2018-06-16 17:24: a date and time among its fields
                m
                for m in _field_stamps(simplified, head)
                if not any(m.start() <= a < m.end() or a <= m.start() < e for a, e in taken)
            ),
            *_BRACKETED_DATELINE.finditer(simplified),
            *_EDITION_LINE.finditer(simplified),
        ],
        key=lambda m: m.start(),
    )
    spans = np.array([(m.start(), m.end()) for m in found], dtype=np.int64).reshape(-1, 2)
    for m in found:
        if "更新" in (m.groupdict().get("label") or ""):
            continue  # when the page was updated (a repost years later), not published
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])), spans
        except ValueError:
            continue
    return None, spans


#: A newspaper's edition line (``《 人民日报 》( 2018年09月14日 02 版)``): the issue the text
#: was printed in.
_EDITION_LINE = re.compile(
    r"^[ \t　]*《[^》\n]{1,20}》[ \t　]*[（(][ \t　]*(?P<y>(?:19|20)\d{2})[ \t　]*年[ \t　]*"
    r"(?P<m>\d{1,2})[ \t　]*月[ \t　]*(?P<d>\d{1,2})[ \t　]*日[ \t　]*(?:第?\s*\d{1,3}\s*版)?"
    r"[ \t　]*[）)][ \t　]*$",
    re.M,
)
#: A date alone on its line (``2017年9月16日``, ``（2017年9月16日）``): at a document's end, the
#: date it was signed.
_DATE_LINE = re.compile(
    r"[ \t　]*[（(]?[ \t　]*(?P<y>(?:19|20)\d{2})[ \t　]*年[ \t　]*(?P<m>\d{1,2})[ \t　]*月"
    r"[ \t　]*(?P<d>\d{1,2})[ \t　]*日[ \t　]*[）)]?[ \t　]*"
)


def _issue_date(text: str) -> dt.date | None:
    """The date the document itself closes with as its issue, or ``None``.

    A newspaper's edition line (``《人民日报》（2018年09月14日 02 版）``) or a date alone on the
    document's last line, bracketed or not (``（2017年9月16日）``: the date it was signed):
    part of the document, when it was written.  A web page's stamp (``发布时间：…``,
    ``更新时间:…``, ``2018-09-28 15:08来源:…``) or a dateline under the title is none: a
    page may repost a report years later.
    """
    simplified = to_simplified(text)
    edition = _EDITION_LINE.search(simplified)
    lines = [line for line in simplified.splitlines() if line.strip()]
    closing = _DATE_LINE.fullmatch(lines[-1]) if len(lines) > 1 else None
    for m in (edition, closing):
        if m is None:
            continue
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
    return None


def _head_end(text: str, lines: int) -> int:
    """Where the first ``lines`` non-empty lines of ``text`` end (the text's end if sooner).

    >>> _head_end("标题\\n\\n来源:新华网\\n正文", 2)
    10
    """
    for seen, m in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text), start=1):
        if seen == lines:
            return m.end()
    return len(text)


def _is_stamp(line: str) -> bool:
    """Whether ``line`` is a date stamp or dateline (its year is no title's year)."""
    line = to_simplified(line.strip())
    return bool(_STAMP.match(line) or _BRACKETED_DATELINE.fullmatch(line))


#: Text before a date that frames what follows: the start of a sentence or paragraph.
_FRAME_BEFORE = re.compile(r"(?:^|[。；;！？!?\n])[ \t　]*$")
#: Text after it: a comma (2017年9月，全市…; 2019年10月—2020年3月，重点区域…).
_FRAME_AFTER = re.compile(r"[ \t　]*[，,]")


def _paragraph_openers(text: str, period_dates: pd.DataFrame) -> pd.DataFrame:
    """The period dates that open a paragraph (``2017年，全市…``, ``2019年湛江市全市…``).

    Only the dates of a period: not a five-year plan, a span (``2013年以来``) nor the day of
    one event (``2017年7月19日，省政府召开…``), whose time is its own sentence's.
    """
    if period_dates.empty:
        return period_dates
    kept = period_dates[
        ~(period_dates["plan"].to_numpy(dtype=bool) | period_dates["since"].to_numpy(dtype=bool))
    ]
    kept = inheritable_dates(text, kept, spans=False)
    return kept[
        np.array(
            [  # not the start of a span the parser did not join (1983年--1990年期间)
                opens_paragraph(text, a) and not SPAN_MARK.match(text[b : b + 3].lstrip())
                for a, b in zip(kept["start"].tolist(), kept["end"].tolist(), strict=True)
            ],
            dtype=bool,
        )
    ]


def _framing_dates(text: str, period_dates: pd.DataFrame) -> pd.DataFrame:
    """The period dates that open a sentence and are followed by a comma, or open a paragraph.

    Such a date (``2022年，…``, ``2015年上半年，…``, a paragraph ``2019年湛江市全市…``) sets
    the time of the paragraphs after it in its block, as long as they name no date of their
    own (a paragraph's opening date: :func:`_paragraph_openers`).
    """
    if period_dates.empty:
        return period_dates
    openers = set(_paragraph_openers(text, period_dates)["start"].tolist())
    simplified = to_simplified(text)
    keep = [
        (
            (
                bool(_FRAME_BEFORE.search(text, max(0, a - 8), a))
                and bool(_FRAME_AFTER.match(text, b))
            )
            or a in openers
        )
        and not publishing_date(simplified, w, b)  # 2020年5月7日，生态环境部发布…: no period
        for a, b, w in zip(
            period_dates["start"].tolist(),
            period_dates["end"].tolist(),
            period_dates["text"].tolist(),
            strict=True,
        )
    ]
    return period_dates[np.array(keep, dtype=bool)]


#: Why a stamped page's undated figure takes the span the page wrote before it.
_EARLIER_SPAN_NOTE = (
    "period: the span the page writes before the figure (not the figure's own; the page's"
    " date stamp is only its time of writing)"
)
#: The shortest span an earlier period must cover to stand for a stamped page's undated
#: figures (a month: ``1-4月``, ``前三季度``, ``上半年``; not one day).
_STAMP_SPAN_DAYS = 27


def _lead_end(text: str, stamp_spans: np.ndarray) -> int:
    r"""Where the page's first paragraph ends: its first line that is neither blank, nor a
    stamp line, nor a heading (0 when there is none).

    Examples
    --------
    >>> t = "標題\n時間:2016-02-18 來源:中國網\n供水量2014年全國總供水量6095億m3。\n其他。"
    >>> t[: _lead_end(t, np.array([[3, 23]]))].splitlines()[-1]
    '供水量2014年全國總供水量6095億m3。'
    """
    at = 0
    for line in text.splitlines(keepends=True):
        a, at = at, at + len(line)
        stamped = bool(((stamp_spans[:, 0] < at) & (stamp_spans[:, 1] > a)).any())
        if not line.strip() or stamped:
            continue
        if not _is_heading(line.strip(), _HEADING_MAX):
            return at
    return 0


def _spans_before_stamp(
    period_dates: pd.DataFrame,
    stamp_spans: np.ndarray,
    stamp: dt.date | None,
    lead_end: int = 0,
) -> pd.DataFrame:
    """The period dates a stamped page's undated figures may take instead of its stamp.

    A page that writes its period once (``今年前三季度，我国…`` under
    ``發布日期: 2024-10-22``; ``对2025年1-4月全区…进行排名`` above the ranking's sections)
    reports the figures after it for that period: the stamp is only the time of writing.
    A figure takes the last period date written before it (outside the stamp lines; not a
    five-year plan nor an ``X以来``) only when that date is such a span (column
    ``stands_for_stamp``): a month or more (not one day) of the stamp's year, ending before
    the stamp.  A nearer date of another kind (``2024年`` under a 2025 stamp, a day, a
    month without its year) leaves the stamp: the span no longer frames the figure — except
    on a page whose every period date is one whole year, earlier than the stamp's and
    written in its first paragraph (before ``lead_end``: ``供水量2014年全國總供水量6095億m3…``
    then ``南方4區供水量3314.7億m3`` under ``時間:2016-02-18``, a bulletin's figures
    reposted): that year is the page's data year and frames the figures after it
    (period45).  A year first written further on (``2018年出省斷面…`` in a 2020 feedback's
    eighth paragraph) is one figure's, not the page's.

    Parameters
    ----------
    period_dates : pandas.DataFrame
        The text's dates in the role of a period (``start``, ``first_day``, ``last_day``,
        ``plan``, ``since``).
    stamp_spans : numpy.ndarray
        The spans of the page's stamp lines (``(n, 2)``).
    stamp : datetime.date or None
        The page's date stamp.
    lead_end : int, optional
        Where the page's first paragraph ends (:func:`_lead_end`).

    Returns
    -------
    pandas.DataFrame
        The rows of ``period_dates`` written outside the stamp lines, by ``start``, with
        ``stands_for_stamp``; empty without a stamp.
    """
    if stamp is None or period_dates.empty:
        return period_dates.iloc[:0]
    written = period_dates[
        ~period_dates["plan"].to_numpy(dtype=bool)
        & ~period_dates["since"].to_numpy(dtype=bool)
        & ~_within(period_dates["start"].to_numpy(dtype=np.int64), stamp_spans)
    ].sort_values("start", kind="stable")
    first = pd.to_datetime(written["first_day"])
    last = pd.to_datetime(written["last_day"])
    day = pd.Timestamp(stamp)
    span = (
        first.notna().to_numpy()
        & last.notna().to_numpy()
        & ((last - first).dt.days >= _STAMP_SPAN_DAYS).to_numpy()
        & (last < day).to_numpy()
        & (last.dt.year == day.year).to_numpy()
    )
    whole = (
        (first.dt.month == 1)
        & (first.dt.day == 1)
        & (last.dt.month == 12)
        & (last.dt.day == 31)
        & (first.dt.year == last.dt.year)
    ).to_numpy(dtype=bool, na_value=False)
    if (
        len(whole)
        and whole.all()
        and bool((last.dt.year == last.dt.year.iloc[0]).all())
        and last.iloc[0] < day
        and int(written["start"].iloc[0]) < lead_end
    ):
        span = span | whole  # 2014年 the only year a 2016 page writes, in its lead
    return written.assign(stands_for_stamp=span)


def _first_line(text: str) -> str:
    """The first line of ``text`` that is not blank."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _title_end(text: str) -> int | None:
    """Where the text's title line ends, or ``None`` where its first line is a paragraph."""
    lead = len(text) - len(text.lstrip())
    title_end = text.find("\n", lead)
    title_end = len(text) if title_end < 0 else title_end
    return None if title_end - lead > _HEADING_MAX else title_end


def _issue_dates(ctx: _Context, dates: pd.DataFrame) -> np.ndarray:
    """For each date, whether it is in the title line (a heading) of a document of a year
    and not of that year (``2018年全省环境统计公报（2019年5月）``: when it was issued), or
    in the title line of an annual report or yearbook (``2014年…年报``: the year it is
    published, not its data's)."""
    if (ctx.year_document is None and not ctx.annual_report) or dates.empty:
        return np.zeros(len(dates), dtype=bool)
    title_end = _title_end(ctx.text)
    if title_end is None:  # a first paragraph, not a title
        return np.zeros(len(dates), dtype=bool)
    if ctx.annual_report:
        return np.asarray(dates["start"].to_numpy() < title_end, dtype=bool)
    first = pd.to_datetime(dates["first_day"])
    return np.asarray(
        (dates["start"].to_numpy() < title_end) & (first.dt.year != ctx.year_document).to_numpy(),
        dtype=bool,
    )


def _column_year(
    columns: list[tuple[int, int, int | None]], s: int, e: int
) -> tuple[int, int, int | None] | None:
    """The cell of a table's year column that the figure ``[s, e)`` is, if any."""
    return next((c for c in columns if c[0] < e and s < c[1]), None)


#: Why a pipe table's cell is named by its column's header.
_COLUMN_NOTE = "indicator: a table cell named by its column's header"


def _table_cell(cells: list[TableCell], s: int, e: int) -> TableCell | None:
    """The pipe table cell under a measure header that the figure ``[s, e)`` is, if any."""
    return next((c for c in cells if c.start < e and s < c.end), None)


def _row_place(places: pd.DataFrame, cell: TableCell, *, column: bool = False) -> str | None:
    """The place a table row's label is (its whole label a place name), else ``None``; with
    ``column``, the place its column's header is (a table whose columns are places)."""
    lo, hi = (cell.header_start, cell.header_end) if column else (cell.label_start, cell.label_end)
    if places.empty or lo < 0:
        return None
    inside = places[(places["start"] >= lo) & (places["end"] <= hi)]
    inside = inside[~inside["group"].astype(bool)]
    if len(inside) != 1:
        return None
    named = int(inside["end"].iloc[0] - inside["start"].iloc[0])
    words = (cell.header or "") if column else cell.label
    if named < len(words) - 1 or named < 2:
        return None  # a place inside an item's label (上海市区道路) is no row of a place
    return str(inside["name"].iloc[0])


def _cell_phrase(cell: TableCell, place: str | None) -> str:
    """The phrase of a table cell: its column's measure with the row's item before it
    (``PM2.5浓度``), or, in a year column, the title's measure with the item in brackets
    (``平均固体废物量（家居）``) — and so is a change column's cell whose header, without its
    change words (``数目转变百分比``), names a part of the title's measure (``污染投诉数目``);
    a row of a place adds nothing (the place is the region)."""
    title = cell.title or ""
    header = cell.header
    if header is not None:
        measure = CHANGE_HEADER_END.sub("", header)
        if measure != header and title and to_simplified(measure) in to_simplified(title):
            header = None  # 数目转变百分比 under 污染投诉数目: a change of the title's measure
        elif place is not None or cell.label in header:
            return header
        else:
            return f"{cell.label}{header}"
    return title if place is not None else f"{title}（{cell.label}）"


def _column_period(cell: tuple[int, int, int | None], s: int) -> pd.DataFrame:
    """The period row of a figure in a year column (empty where it cannot be aligned)."""
    year = cell[2]
    if year is None:
        return pd.DataFrame()
    return pd.DataFrame(
        {
            "start": [s], "end": [s], "text": [f"{year}年"], "category": ["date"],
            "first_day": [pd.Timestamp(year, 1, 1)], "last_day": [pd.Timestamp(year, 12, 31)],
            "open": [False], "plan": [False], "since": [False], "role": ["period"],
            "inferred": [False], "year_from": ["column"],
        }
    )  # fmt: skip


def _problem_spans(text: str) -> np.ndarray:
    """Spans ``[start, end)`` of the problems of an inspection's feedback.

    In a report on rectification, a numbered item states the problem the inspection
    found (``五十一、全省共有…自然保护区46个，其中24个…``), then its status
    (``整改进展情况：…``).  The item's text up to the status line is the problem: its
    figures are of the time of the inspection, which the publication date is not.
    """
    items = list(_ITEM.finditer(text))
    spans = []
    for i, m in enumerate(items):
        block_end = items[i + 1].start() if i + 1 < len(items) else len(text)
        status = _STATUS_LINE.search(text, m.start(), block_end)
        if status is not None:
            spans.append((m.start(), status.start()))
    return np.array(spans, dtype=np.int64).reshape(-1, 2)


#: Field lines after an item's problem paragraph in a rectification plan or report.
_PROBLEM_FIELDS = frozenset({"goal", "status"})


def _item_problems(text: str) -> list[tuple[int, int]]:
    """Spans of the problem paragraphs of numbered items: an item's text before its first
    field line, when it has an ``整改目标`` or ``整改进展情况`` (a plan's or report's answer to
    the problem its heading states: ``第十六项，截至督察进驻时，全省仍有225台…``)."""
    out: list[tuple[int, int]] = []
    parts: dict[int, tuple[Item, int]] = {}  # a parent item → its first part with fields
    for item in read_items(text):
        if item.listed is not None or not (_PROBLEM_FIELDS & item.fields.keys()):
            continue
        first = min(f[0] for f in item.fields.values())
        if first > item.start:
            out.append((item.start, first))
        parent = item.parent  # 第十七项，<problem>。以上问题分2个方面进行整改。(一)…整改目标：…
        if parent is not None and not parent.fields and id(parent) not in parts:
            parts[id(parent)] = (parent, item.start)
    out += [(parent.start, end) for parent, end in parts.values() if end > parent.start]
    return out


def _within(positions: np.ndarray, spans: np.ndarray) -> np.ndarray:
    """For each position, whether it lies in one of ``spans`` (rows ``[start, end)``)."""
    positions = np.asarray(positions)
    if not len(spans) or not len(positions):
        return np.zeros(len(positions), dtype=bool)
    p = positions[:, None]
    return np.asarray(((spans[:, 0] <= p) & (p < spans[:, 1])).any(axis=1), dtype=bool)


def _inside(spans: np.ndarray, s: int) -> bool:
    """Whether position ``s`` lies in one of ``spans`` (rows ``[start, end)``)."""
    return bool(_within(np.array([s]), spans)[0])


def _is_plan(dates: pd.DataFrame) -> bool:
    """Whether the first of ``dates`` is a five-year plan (“十三五”)."""
    return not dates.empty and bool(dates.iloc[0].get("plan", False))


#: Why a figure is dated by the stationing a sentence's 进驻期间 refers to.
_NOW_CLAUSE_NOTE = (
    "period: told as of the time of writing (目前 opens a clause before it), not of the date"
    " an earlier clause of its sentence gives (only a day the news is told on)"
)
_STATIONING_NOTE = "period: the stationing its sentence's 进驻期间 refers to (written before)"
#: Why a figure told as of a stationing's end (截至督察进驻结束) is over the stationing, or
#: undated where the text does not write it.
_STATIONING_END_NOTE = "period: until the stationing's end (截至督察进驻结束), written before"
_STATIONING_END_UNSTATED = (
    "period: until the stationing's end (截至督察进驻结束), which the text does not date"
    " (not the publication date)"
)
#: Why a figure of a breakdown sentence (其中，…) is of the sentence before's date.
_TALLY_SENTENCE_NOTE = "period: the date of the tally the sentence breaks down (the one before)"
#: Why a figure is of the date opening an earlier paragraph of its block.
_PARAGRAPH_OPENER_NOTE = "period: the date opening an earlier paragraph (past a blank line)"
#: Why a cumulative tally (累计) took no earlier sentence's period.
_TALLY_TO_DATE_NOTE = (
    "period: a cumulative tally (累计) is as of the time of writing, not of the period of an"
    " earlier sentence"
)


def _tally_to_date(simplified: str, period: pd.DataFrame, ss: int, s: int, se: int) -> bool:
    """Whether ``period``, an earlier sentence's, does not date the tally at ``s``.

    :func:`~envindicators.extract._periods.tally_to_date` on its first row: the figure's
    item writes ``累计`` before it and the date is a period of at most a year.
    """
    if period.empty or int(period.iloc[0]["start"]) >= ss:
        return False
    p = period.iloc[0]
    return tally_to_date(simplified[ss:se], s - ss, str(p["text"]), p["first_day"], p["last_day"])


#: Why a target's deadline is the end of its figure's period.
_MET_OVER_NOTE = "deadline: the end of the period the target is reported met over"


def _over_a_period(text: str, period: pd.DataFrame) -> bool:
    """Whether the first of ``period`` is a time the figures were over, whose end is written.

    Not a point the text is stated as of (``截至目前``, ``截至11月底``), a span up to the
    time of writing (``2016年以来``), nor one without its year.
    """
    p = period.iloc[0]
    a = int(p["start"])
    return (
        pd.notna(p["last_day"])
        and not str(p["text"]).startswith(("截至", "截止"))
        and _AS_OF_BEFORE.search(text, max(0, a - 6), a) is None
        and not bool(p.get("since", False))
        and not bool(p.get("open", False))
    )


def _period_of(date_text: str, first: pd.Timestamp, last: pd.Timestamp) -> tuple[Any, Any]:
    """Period start and end of a dated expression: a point (截至2023年底) has no start."""
    if pd.isna(last):
        return None, None
    if date_text.startswith("截至") or first == last:
        return None, last
    return first, last


# ---------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------
@dataclass
class _Context:
    text: str
    source: str
    region: str | None
    published: dt.date | None
    lexicon: Lexicon
    places: Places
    prefix: str
    #: how sure the document's region is (1: given or named in the title/opening; 0: only
    #: the division the text names most)
    region_conf: int = 1
    #: the year of the title (``2022年…公报``), the year of a document *of* a year
    title_year: int | None = None
    year_document: int | None = None
    #: the title names an annual report or yearbook (年报, 年鉴): its year dates no figure
    annual_report: bool = False
    #: the day the title states its figures as of (…进展情况(截至2022年4月11日))
    title_as_of: pd.Timestamp | None = None
    #: the year of the document is the one its lead names (not its title)
    year_in_lead: bool = False
    #: a web page's date stamp (``2018-09-28 15:08来源:…``) and the spans of its lines
    page_date: dt.date | None = None
    stamp_spans: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))
    #: ``page_date`` is a day-first stamp whose day and month could be swapped (05.03.2021)
    page_date_unsure: bool = False
    #: ``page_date`` is the text's own news dateline (``本报7月25日讯``), not a page's stamp
    news_dateline: bool = False


def _source_prefix(source: str) -> str:
    stem = PurePath(source).stem
    return re.split(r"[_\s]", stem)[0][:16] or "R"


def _script(text: str) -> str:
    changed = sum(a != b for a, b in zip(text, to_simplified(text), strict=True))
    return "zh-Hant" if changed > max(5, len(text) // 200) else "zh-Hans"


def _kind_of_document(title: str) -> str:
    if "方案" in title or "规划" in title or "计划" in title:
        return "plan"
    if "公报" in title:
        return "bulletin"
    return "progress_report"


def read_report(
    text: str,
    *,
    source: str | None = None,
    region: str | None = None,
    published: dt.date | str | None = None,
    indicators: pd.DataFrame | None = None,
    min_confidence: str | Confidence | None = None,
) -> ReportTables:
    """Read a report's text into observations, targets, tasks and progress summaries.

    Every figure is found by :func:`envindicators.units.extract_quantities` and linked by
    general rules:

    indicator
        the nearest form of a registry indicator (name, alias, abbreviation, either script)
        before the figure in its sentence — else after it in its clause — whose unit the
        figure can be converted to (a share takes % and 百分点, a concentration µg/m³ …);
        in a clause with ``分别`` the n-th figure takes the n-th indicator named before it.
        A name is passed over when the figure has words of its own after it (another
        quantity head: 化学需氧量|排放量; another figure and its own name in between); the
        full rules are those of ``envindicators.extract._indicators.IndicatorPicker.choose``.
        No match: a *proposed* indicator from the noun phrase before the figure (or after
        it), listed in :attr:`ReportTables.indicators`, the row marked for review; a count of
        places, spans of time, documents or meetings (两省, 三年, 11个城市, 12项措施) takes the
        role ``context`` (a row of :attr:`ReportTables.context`).
    region
        in ``A、B和C…分别为x、y、z`` the n-th place for the n-th figure; else the nearest
        place name before the figure in its sentence, else in its paragraph, else in the
        heading or numbered item that opens its block, else the division the heading of its
        section names, else the document's region (``region``, else read from the title or
        opening, else from ``source``; as a last, low-confidence resort the division the
        text names most).  全省/全市/我市 stand for the region of their numbered item when
        it is labelled by a division (``(三)临汾市：…``), else of their section (a heading
        naming one division: ``辽宁省对外公开…``), else the document's.  A place that opens
        an organisation's name (沈阳材料科学国家研究中心, 长安污水处理厂) is no subject beyond its
        clause (a firm's case takes the division whose 环保局 or 政府 acts on it, named after
        the figure in its paragraph); a place of a postal address (沈阳市A号邮政信箱) is none; a
        short name of another province written inside a word (江河源头: 河源) is none.  A dateline place
        (``新华网北京12月3日电``, ``（记者…）``) is no subject; a statistical group (京津冀,
        长三角, 汾渭平原, 168个城市) is kept as written and flagged.  None found: empty, for
        review.
    period
        the nearest date before the figure in its sentence, else in its paragraph, else in
        the date that opens an earlier paragraph of its block (``2017年9月，全市…``), else
        the nearest heading above (``2022年，…``, ``截至2023年底``); a date written without
        its year (``1—11月``, ``9月16日``, ``上半年``) takes the year of the nearest period
        date before it (not a base, a deadline, a span of years nor a page's date stamp
        ``更新时间:…``), else of the title (of a bulletin: the year naming it), else of the
        next period date of its paragraph or the next, else of ``published``, else none
        (empty, for review);
        去年/今年/前年 are
        read from ``published`` (今年: the year up to it); a date after 比/较 is the base
        of a change (``baseline_period``; 同比/较上年 → the previous year), a date after
        到/至 or before 前/底前 is a deadline.  ``X以来``/``X至今``/``自X起``/``X至目前`` run from X to
        ``published`` and ``截至目前`` is ``published`` (without it: the end is empty, for
        review); a five-year plan (“十三五”) is its five years, a target of it is due at its
        end and a change over it is against the year before it.  A problem stated by the
        inspection (督察发现…, 截至督察进驻时…, a numbered item before its ``整改进展情况`` or
        ``整改目标``) without a date of its own paragraph is of the inspection's stationing
        (:mod:`envindicators.extract._inspections`: its end; ``进驻时`` its start; the cases
        ``交办`` over it), as the text states it or as ``datasets/inspections.csv`` gives it
        — undated, for review, when neither does.  No date otherwise: in a document *of* a year (its title ``2022年…公报``, 统计, 年度 …) the
        figure is of that year; otherwise a state as of ``published`` (``period_end``),
        else of the page's date stamp (``2018-09-28 15:08来源:…``, which is never a
        section's period); either way confidence medium; without any the period is empty,
        for review.
    role
        a figure with a deadline in its sentence (or its paragraph), after 力争/确保/
        目标/计划, or dated in a year not over at ``published``, is a target (comparator from its bound words with
        :meth:`~envindicators.model.vocab.Comparator.from_text`, else the indicator's
        direction); other figures are observations: levels, relative or absolute changes
        with their base.  Numbered items (``第N项``, ``三十七、``, ``（一）`` …) closed by field
        lines (整改时限, 责任单位, 整改进展情况 …) are tasks, and so are items named by number
        in a status list (:mod:`envindicators.extract._tasks`); a target without a deadline
        in an item's 整改目标 or measures takes the item's 整改时限 (one step less sure).
        ``N项任务…完成M项`` and ``办结率X%`` are progress summaries.  A figure that is no measurement (a count of divisions 两省, a
        count in a group's name 长三角41个城市, a duration 进驻一个月, a count of indicators
        六项指标, a caption's figure, a standard in parentheses, a standard's value 标准为15µg/m3,
        a count of groups 7个督察组) keeps its row with role ``context``, confidence low and
        the reason, in :attr:`ReportTables.context` — not in ``observations``, which holds
        measurements only; it is never a target; so are a size
        threshold of the objects counted (``10蒸吨及以下燃煤锅炉``), a count of aspects
        (``4个方面``) and a heading's count of items (``…清单（9项）``).  A figure naming
        a target (``完成…下降4%的改善目标``) is a target.  A commitment word or a date
        inside a document's title (``《…2017年行动计划》``) promises nothing; a figure its
        clause states as reached or as a problem found (``已达到``, ``仍有…未``, ``仅19个达到``) is no
        target unless that clause promises it.  One row per figure: a figure stated again
        (same indicator, region, period and value, written with the same words) goes to
        :attr:`ReportTables.unread` naming the row kept; so does one stated again with no
        date of its own after (or before) its one dated statement (a summary's
        ``2017年，…130万亩`` and the full text's ``…130万亩``: the dated row is kept).  A target written in words with no
        figure (``全面清零``, ``基本消除黑臭水体``, ``实现全覆盖``, ``全收集``, ``完成…划定``) is a
        target of the value the words imply (0 of a registry indicator that should fall,
        100 % of a share whose name holds the verb), one confidence step below a written
        figure's, ``基本`` low and to review (:mod:`envindicators.extract._word_targets`);
        ``无`` before a registry form that should fall (or before what it measures:
        ``无劣Ⅴ类水体断面``) is 0 of it, a zero word on things removed (``淘汰燃煤小锅炉``) 0 of
        the registry count of those left (loose, to review), no growth (``零增长``,
        ``不新增``, ``只减不增``) a change ``le 0`` %, no fall (``不降低``) a change ``ge 0`` %,
        ``禁止新上`` 0 of a registry count of new units.
        Changes after a ``分别`` list of levels (``…分别为x和y，比上年下降a和b``) take the
        n-th member's indicator and region when their counts match; otherwise they are
        marked for review (:mod:`envindicators.extract._lists`).  A progress summary gives one
        row per category it lists (``已完成18项，基本完成22项``), sharing its
        ``summary_id``, with the rate of its own verb in its sentence as
        ``reported_rate``.

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    source : str, optional
        Name of the document (file name) written in the ``source`` columns; default
        ``"report.txt"``.
    region : str, optional
        The document's region (``"山西省"``); default: read from the first line.
    published : datetime.date or str, optional
        Publication date (``"2023-02-24"``): undated figures are read as of it, and it is
        the ``start`` of targets.  A missing value (``None``, ``NaT``, ``NaN``, ``pd.NA``, as
        a table's empty ``published`` cell gives it) means no date; any other value that is
        not a date raises :class:`~envindicators.errors.ExtractionError`.
    indicators : pandas.DataFrame, optional
        The indicator registry (default: the bundled ``indicators`` table).
    min_confidence : str or Confidence, optional
        Keep only rows at least this sure (``"medium"``: no row with a proposed or
        loosely matched indicator, a region or period only guessed; ``"high"``: every
        link written in the figure's own sentence); the others go to
        :attr:`ReportTables.unread` (see :meth:`ReportTables.at_least`).  Default: all
        rows.  How precision and recall trade along these levels on the bundled reports:
        ``benchmarks/README.md``.

    Returns
    -------
    ReportTables
        The tables, their provenance and the figures that became no row.

    Raises
    ------
    ExtractionError
        ``text`` is not a string, ``published`` is not a date, or ``min_confidence`` is
        not a confidence level.

    Examples
    --------
    >>> from envindicators.extract import read_report
    >>> r = read_report("2022年，山西省PM2.5浓度为38微克/立方米，同比下降2.6%。")
    >>> r.observations[["region", "indicator", "value", "unit", "kind"]].values.tolist()
    [['山西省', 'pm25_concentration', 38.0, 'µg/m3', 'level'], ['山西省', 'pm25_concentration', -2.6, '%', 'change_relative']]
    """  # noqa: E501
    if not isinstance(text, str):
        raise ExtractionError(f"read_report needs the report as str, got {type(text).__name__}")
    written = text
    text = mend_lost_glosses(text)  # 質量?yōu)良: a gloss's lost (, no sentence's end
    # a hard-wrapped text's lines read as the paragraphs they were cut from (PM2.5年均\n浓度)
    text, kept = unwrap_lines(text)
    pub = _as_date(published)
    level = None if min_confidence is None else _confidence_rank(min_confidence)
    registry = datasets.load("indicators") if indicators is None else indicators
    source = source or "report.txt"
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    places = Places.build()
    # the title's region checked against the territory the text's signs tell; else the
    # division the text names most (a last resort, unsure)
    doc_region, region_conf = (
        (region, 1) if region else places.region_and_confidence(text, source=source)
    )
    ctx = _Context(
        text=text,
        source=source,
        region=doc_region,
        published=pub,
        lexicon=Lexicon.of(registry),
        places=places,
        prefix=_source_prefix(source),
        region_conf=region_conf,
        title_year=None if _is_stamp(title) else _title_year(title),
        year_document=_year_document(title, pub),
        annual_report=_annual_report(title, _title_year(title), pub),
        title_as_of=title_as_of(_strip_glosses(title), _HEADING_MAX),
    )
    if ctx.year_document is None:  # a bulletin named in the lead (发布《2020中国…公报》)
        ctx.year_document = _lead_year_document(text, is_roc_context(text, doc_region), pub)
        ctx.year_in_lead = ctx.year_document is not None
    ctx.page_date, ctx.stamp_spans = _page_date(text)
    ctx.page_date_unsure = _day_month_unsure(text, ctx.page_date)
    if ctx.page_date is None and pub is None and not len(ctx.stamp_spans):
        # 本报7月25日讯 with 2018年7月25日至8月13日 in the text: written on 2018-07-25
        news_day = news_dateline(to_simplified(text))
        if news_day is not None:
            ctx.page_date, ctx.news_dateline = news_day.date(), True
    summaries, sum_prov, statement_spans = _summaries(ctx, registry)
    figures = _figures(ctx, registry)
    if len(statement_spans):  # the counts and rates of an aggregate statement are its row
        figures = figures[~_within(figures["start"].to_numpy(), statement_spans)]
        figures = figures.reset_index(drop=True)
    if is_roc_context(text, doc_region):  # 民國103年: a year, not a span of 103 years
        figures = figures[~_within(figures["start"].to_numpy(), roc_spans(text))]
        figures = figures.reset_index(drop=True)
    obs, tgt, ctx_obs, prov, proposed, unread = _rows_of_figures(
        ctx, figures, registry, _implied(ctx)
    )
    items = read_items(ctx.text)
    tasks, task_prov = _tasks(ctx, items)
    # targets without a deadline inside a dated item take its 整改时限 (one step less sure)
    tgt = inherit_deadlines(tgt, prov, item_blocks(items))
    documents = _frame(
        [
            {
                "source": source,
                "title": title[:200] or source,
                "region": doc_region or "",
                "published": pub,
                "script": _script(text),
                "note": "read by envindicators.extract.read_report (rows to review: needs_review)",
                "kind": _kind_of_document(title),
            }
        ],
        "documents",
    )
    tables = ReportTables(
        observations=obs,
        targets=tgt,
        tasks=tasks,
        progress_summaries=summaries,
        indicators=proposed,
        documents=documents,
        provenance=pd.concat([prov, task_prov, sum_prov], ignore_index=True),
        unread=unread,
        context=ctx_obs,
    )
    if text != written:  # quotes verbatim: the source's ?, not the ( it was read as
        tables = _quoted_as_written(tables, text, written, kept)
    return tables if level is None else tables.at_least(_NAME[level])


#: The columns of :class:`ReportTables` that quote the text.
_QUOTE_COLUMNS = {
    "observations": ("quote",),
    "targets": ("quote",),
    "tasks": ("quote", "status_quote"),
    "progress_summaries": ("quote",),
    "context": ("quote",),
    "unread": ("text",),
}


def _as_written(quote: object, read: str, written: str, kept: np.ndarray | None = None) -> object:
    """``quote``, a passage of ``read``, as ``written`` has it at the same place.

    ``read`` is ``written`` mended one character for one (:func:`mend_lost_glosses`) and,
    in a hard-wrapped text, without its wrapping's line breaks (:func:`unwrap_lines`;
    ``kept`` the offset in ``written`` of each character of ``read``, None when none was
    taken out), so a passage's first place in ``read`` tells its place in ``written``: a
    quote across a wrapped line is given with its line break.  A quote not found (no string,
    or not a passage) is returned as it is."""
    if not isinstance(quote, str) or not quote:
        return quote
    at = read.find(quote)
    if at < 0:
        return quote
    if kept is None:
        return written[at : at + len(quote)]
    return written[int(kept[at]) : int(kept[at + len(quote) - 1]) + 1]


def _written_offsets(offsets: pd.Series, kept: np.ndarray, *, end: bool) -> pd.Series:
    """Offsets into the text read (:func:`unwrap_lines`) as offsets into the text written.

    ``kept`` holds each read character's place in the written text.  A start is its
    character's place; an end (one past a character) is one past the place of the character
    before it, so that a span across a wrapped line covers its line break.  Missing offsets
    stay missing (the column is then ``Int64``)."""
    values = pd.to_numeric(offsets, errors="coerce")
    ok = values.notna().to_numpy()
    at = values.to_numpy(dtype=float, na_value=np.nan)[ok].astype(np.int64)
    out = np.full(len(offsets), np.nan)
    if len(kept):
        out[ok] = (
            kept[np.clip(at - 1, 0, len(kept) - 1)] + 1
            if end
            else kept[np.clip(at, 0, len(kept) - 1)]
        )
        if end:
            out[ok & (values.fillna(0).to_numpy() <= 0)] = 0
    series = pd.Series(out, index=offsets.index)
    return series.astype(offsets.dtype) if ok.all() else series.astype("Int64")


def _quoted_as_written(
    tables: ReportTables, read: str, written: str, kept: np.ndarray | None = None
) -> ReportTables:
    """``tables`` with every quote taken from ``written``, the text before it was mended.

    :func:`read_report` reads a text whose glosses lost their ``(`` with the ``(`` written
    back (:func:`mend_lost_glosses`, same length), and a hard-wrapped text without its
    wrapping's line breaks (:func:`unwrap_lines`, ``kept`` the place of each character read
    in ``written``); its quotes promise the source's own characters (``質量?yōu)良``, a line
    break where the source has one), and its provenance's and unread passages' offsets
    point into ``written``."""
    changed: dict[str, pd.DataFrame] = {}
    for name, columns in _QUOTE_COLUMNS.items():
        frame = getattr(tables, name)
        cols = [c for c in columns if c in frame.columns]
        if not len(frame) or not cols:
            continue
        changed[name] = frame.assign(
            **{
                c: frame[c]
                .astype(object)
                .map(lambda q: _as_written(q, read, written, kept))
                .astype(frame[c].dtype)
                for c in cols
            }
        )
    if kept is not None:
        for name, columns in (
            ("provenance", ("start", "end", "quote_start", "quote_end")),
            ("unread", ("start", "end")),
        ):
            frame = changed.get(name, getattr(tables, name))
            cols = [c for c in columns if c in frame.columns]
            if not len(frame) or not cols:
                continue
            changed[name] = frame.assign(
                **{c: _written_offsets(frame[c], kept, end=c.endswith("end")) for c in cols}
            )
    return dataclasses.replace(tables, **changed)


def _as_date(published: dt.date | str | None) -> dt.date | None:
    """``published`` as a date; a missing value (None, NaT, NaN, pd.NA) is no date.

    ``pd.NaT`` is a :class:`datetime.datetime` whose ``.date()`` is NaT again: without this
    test it passed as a date and failed deep inside the reading of year-less dates.
    """
    if published is None or (
        not isinstance(published, str) and pd.api.types.is_scalar(published) and pd.isna(published)
    ):
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published))
    except ValueError:
        raise ExtractionError(f"published must be a date (YYYY-MM-DD), got {published!r}") from None


def _figures(ctx: _Context, registry: pd.DataFrame) -> pd.DataFrame:
    """The parser's figures with their sentence, clause and paragraph bounds."""
    q = _with_bounds(ctx.text, extract_quantities(ctx.text).reset_index(drop=True))
    return points_from_levels(ctx.text, q)


def _implied(ctx: _Context) -> pd.DataFrame:
    """Words implying a target's value (:mod:`._word_targets`) as figures with their bounds.

    Each word is a level of the value it implies (0 or 100) in the columns of the parser's
    figures; its unit is set from the indicator it is linked to."""
    w = implied_figures(ctx.text)
    w = w.assign(
        value=np.where(w["implied"] == "full", 100.0, 0.0),
        low=np.nan,
        high=np.nan,
        unit="",
        qualifier="exact",
        kind="level",
        sign=0,
        baseline=None,
        multiplier=None,
        before="",
        after="",
        numerator=np.nan,
        denominator=np.nan,
        warnings="",
        confidence=Confidence.HIGH.value,
    )
    return _with_bounds(ctx.text, w.reset_index(drop=True))


def _with_bounds(text: str, q: pd.DataFrame) -> pd.DataFrame:
    """``q`` with the sentence, clause and paragraph bounds of each figure's start."""
    n = len(text)
    starts = q["start"].to_numpy(dtype=np.int64)
    q["sent_start"], q["sent_end"] = _bounds(starts, _positions(SENTENCE_BREAKS, text), n)
    clauses = _outside(_positions(CLAUSE_BREAKS, text), q)
    q["clause_start"], q["clause_end"] = _bounds(starts, clauses, n)
    q["para_start"], q["para_end"] = _bounds(starts, _positions("\n", text), n)
    return q


def _outside(breaks: np.ndarray, q: pd.DataFrame) -> np.ndarray:
    """The ``breaks`` that stand outside every figure of ``q``.

    A comma grouping a number's digits (``1,141.8公噸``, ``526，979``) is part of the figure
    the parser read, no clause break: a clause cut there ends before the figure's unit and
    leaves the words after the figure (its object, ``…公噸玻璃``) outside its clause.

    Parameters
    ----------
    breaks : numpy.ndarray
        Sorted positions of break marks in the text.
    q : pandas.DataFrame
        The figures, with ``start`` and ``end``.

    Returns
    -------
    numpy.ndarray
        The positions not inside a figure's span.
    """
    if not len(q) or not len(breaks):
        return breaks
    order = np.argsort(q["start"].to_numpy(dtype=np.int64), kind="stable")
    starts = q["start"].to_numpy(dtype=np.int64)[order]
    ends = np.maximum.accumulate(q["end"].to_numpy(dtype=np.int64)[order])
    k = np.searchsorted(starts, breaks, side="right") - 1
    inside = (k >= 0) & (breaks < ends[np.maximum(k, 0)])
    return breaks[~inside]


class _Spans:
    """A frame of spans (``start``, ``end``) with its columns as numpy arrays, for the
    per-figure look-ups of :func:`_nearest_before` without re-reading the frame."""

    __slots__ = ("end", "frame", "none", "start")

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self.start = frame["start"].to_numpy(dtype=np.int64) if len(frame) else np.array([], int)
        self.end = frame["end"].to_numpy(dtype=np.int64) if len(frame) else np.array([], int)
        self.none = frame.iloc[:0]


_SPANS: dict[int, _Spans] = {}


def _span_index(spans: pd.DataFrame) -> _Spans:
    """The :class:`_Spans` of ``spans`` (one per frame object, the last few kept)."""
    got = _SPANS.get(id(spans))
    if got is None or got.frame is not spans:
        if len(_SPANS) > 16:
            _SPANS.clear()
        got = _SPANS[id(spans)] = _Spans(spans)
    return got


def _span_of(dates: pd.DataFrame) -> tuple[Any, Any]:
    """First and last day of the first row of ``dates``."""
    return dates.iloc[0]["first_day"], dates.iloc[0]["last_day"]


#: The note of a figure whose nearest date before it is another place's.
_ANOTHER_PLACE_NOTE = (
    "period: the date written before it is another place's (its sentence opens with it)"
)


def _own_place_dates(
    simplified: str,
    period: pd.DataFrame,
    s: int,
    ps: int,
    place_starts: np.ndarray,
    place_names: np.ndarray,
    why: list[str],
) -> pd.DataFrame:
    """``period`` (dates before the figure at ``s``, nearest first) without those another
    place's sentence or clause holds (:func:`~envindicators.extract._periods.of_another_place`),
    noting in ``why`` where the nearest one is dropped."""
    if period.empty or not len(place_starts):
        return period
    keep = np.array(
        [
            not of_another_place(simplified, int(a), s, ps, place_starts, place_names)
            for a in period["start"].tolist()
        ],
        dtype=bool,
    )
    if not keep[0]:
        why.append(_ANOTHER_PLACE_NOTE)
    return period if keep.all() else period[keep]


def _nearest_before(spans: pd.DataFrame, lo: int, hi: int) -> pd.DataFrame:
    """Rows of ``spans`` inside ``[lo, hi)``, nearest (latest end) first."""
    return _spans_inside(spans, lo, hi, by_start=False)


def _inside_by_start(spans: pd.DataFrame, lo: int, hi: int) -> pd.DataFrame:
    """Rows of ``spans`` inside ``[lo, hi)`` in text order (by ``start``)."""
    return _spans_inside(spans, lo, hi, by_start=True)


def _spans_inside(spans: pd.DataFrame, lo: int, hi: int, *, by_start: bool) -> pd.DataFrame:
    """Rows of ``spans`` inside ``[lo, hi)``: by ``start``, or nearest (latest end) first."""
    if spans.empty:
        return spans
    ix = _span_index(spans)
    idx = np.flatnonzero((ix.start >= lo) & (ix.end <= hi))
    if not len(idx):
        return ix.none
    key = ix.start[idx] if by_start else -ix.end[idx]
    return spans.iloc[idx[np.argsort(key, kind="stable")]]


def _following_deadline(
    text: str, deadlines: pd.DataFrame, fig_starts: np.ndarray, se: int, pe: int
) -> pd.DataFrame:
    """The deadline of the sentence after a figure's, when that sentence has no figure.

    ``…计划在徐沟地区新建一座10000立方米/日污水处理厂。目前，选址已确定，…计划2019年底建成
    并投入运行。``: the sentence that follows a promised figure in its paragraph and states
    no figure of its own says when that promise is due (not an earlier sentence's deadline,
    which is another project's).

    Parameters
    ----------
    text : str
        The report.
    deadlines : pandas.DataFrame
        Deadline dates (``start``, ``end``).
    fig_starts : numpy.ndarray
        Start of every figure of the report.
    se, pe : int
        End of the figure's sentence and of its paragraph.

    Returns
    -------
    pandas.DataFrame
        The first deadline of the next sentence (empty where it has a figure or none).
    """
    at = se
    while at < pe and text[at] in SENTENCE_BREAKS:
        at += 1
    nxt = at
    while nxt < pe and text[nxt] not in SENTENCE_BREAKS:
        nxt += 1
    if at >= nxt or bool(((fig_starts >= at) & (fig_starts < nxt)).any()):
        return deadlines.iloc[:0]
    return _inside_by_start(deadlines, at, nxt).iloc[:1]


def _rows_of_figures(
    ctx: _Context, q: pd.DataFrame, registry: pd.DataFrame, implied: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The rows of the figures ``q`` and of the words ``implied`` (targets only)."""
    text = ctx.text
    nt = normalize_text(text)
    found = ctx.lexicon.find(nt.text)
    if not found.empty:
        a, b = nt.original_spans(found["start"].to_numpy(), found["end"].to_numpy())
        found = found.assign(start=a, end=b)
    dates = _dates(
        text,
        ctx.published,
        ctx.year_document or (None if ctx.annual_report else ctx.title_year),
        roc=is_roc_context(text, ctx.region),
        dateline=ctx.page_date,
        stamps=ctx.stamp_spans,
        issue=_issue_date(text),
        # 今年 of a text whose title (a heading, not a first paragraph) names its year
        this_year=(
            ctx.title_year
            if ctx.year_document is None
            and not ctx.annual_report
            and _is_heading(_first_line(text), _HEADING_MAX)
            else None
        ),
        edition=ctx.annual_report and ctx.year_document is None,
        news=ctx.news_dateline,
    )
    figure_spans = q[["start", "end"]].to_numpy()
    if not dates.empty and len(figure_spans):
        inside = np.zeros(len(dates), dtype=bool)
        ds, de = dates["start"].to_numpy(), dates["end"].to_numpy()
        for fs, fe in figure_spans:
            inside |= (ds >= fs) & (de <= fe)
        dates = dates[~inside]
    lines = text.split("\n")
    line_starts = np.cumsum([0] + [len(x) + 1 for x in lines[:-1]])
    headings = pd.DataFrame(
        {"start": line_starts, "end": line_starts + np.array([len(x) for x in lines])}
    )
    headings = headings[
        [len(x.strip()) <= _HEADING_MAX and not x.strip().endswith(("。", "；")) for x in lines]
    ]
    places = ctx.places.find(text, within=ctx.region, headings=headings)
    sections = ctx.places.sections(text, places, headings)
    kept = ctx.places.without_title(text, sections, ctx.region)
    # a title that is no section (the text speaks as another division: 我市, 本港) opens no
    # block whose paragraphs would take its place either
    title_end = -1
    if len(kept) < len(sections):
        title_end = text.find("\n", int(sections["start"].iloc[0]))
        title_end = len(text) if title_end < 0 else title_end
    sections = kept
    is_group = places["group"].to_numpy(dtype=bool)
    group_spans = places.loc[is_group, ["start", "end"]].to_numpy(dtype=np.int64)
    group_names = set(places.loc[is_group, "name"].astype(str))
    # blocks: a numbered item (三十七、…, (一)…, 1.…) or a heading line starts one
    item_starts = [m.start() for m in _BLOCK.finditer(text)]
    block_starts = np.unique(np.array([0, *item_starts, *headings["start"]], dtype=np.int64))
    # the blocks a framing date's time runs through: a blank line ends none (a heading does)
    blank = np.array([not x.strip() for x in lines], dtype=bool)
    frame_starts = block_starts[~np.isin(block_starts, line_starts[blank])]
    if not len(frame_starts) or frame_starts[0] != 0:
        frame_starts = np.concatenate([[0], frame_starts]).astype(np.int64)
    places = _deixis_by_label(text, _foreign_short_names(text, places, ctx.region), block_starts)
    # 中国 of a name on a city's page (365bet中文(中国)官方网站): no figure's region
    places = places[~country_by_name(text, places)].reset_index(drop=True)
    places = places.assign(
        org=in_organisation_name(text, places), system=in_system_name(text, places)
    )
    direction_of = registry.set_index("code")["direction"].astype(str)
    picker = IndicatorPicker(
        text=text,
        lexicon=ctx.lexicon,
        registry=registry,
        figures=q,
        found=found,
        places=places,
        dates=dates,
    )
    proposed, fits = picker.proposed, picker.fits

    period_dates = dates[dates["role"] == "period"] if not dates.empty else dates
    deadline_dates = dates[dates["role"] == "deadline"] if not dates.empty else dates
    # a date inside a document's title (《…2017年行动计划》) names the document: no deadline
    titles = title_spans(text)
    if not deadline_dates.empty:
        deadline_dates = deadline_dates[
            ~inside_titles(deadline_dates["start"], deadline_dates["end"], titles)
        ]
    if not period_dates.empty:  # nor a period: 《…实施方案(2017-2020)》 names a document
        period_dates = period_dates[~plan_title_dates(period_dates, titles, text)]
        # nor the issue date in a year document's title (2018年…公报（2019年5月）)
        period_dates = period_dates[~_issue_dates(ctx, period_dates)]
        # nor a plan naming a network of sites (“十四五”地表水国控考核断面): not the figure's time
        period_dates = period_dates[~programme_plans(to_simplified(text), period_dates)]
    # period dates written in a heading line, ordered by (heading, end): the last one whose
    # heading ends before a paragraph is the date that paragraph inherits
    heading_dates, heading_end_of_date = period_dates.iloc[:0], np.array([], dtype=np.int64)
    if not period_dates.empty and not headings.empty:
        h_start, h_end = headings["start"].to_numpy(), headings["end"].to_numpy()
        d_start, d_end = period_dates["start"].to_numpy(), period_dates["end"].to_numpy()
        h = np.searchsorted(h_start, d_start, side="right") - 1
        inside = (h >= 0) & (d_end <= h_end[np.maximum(h, 0)])
        # a page's date stamp line is when the page was published, not a section's period
        stamped = _within(d_start, ctx.stamp_spans)
        sel = np.flatnonzero(inside & ~stamped)
        sel = sel[np.lexsort((d_end[sel], h[sel]))]
        heading_dates = period_dates.iloc[sel]
        heading_end_of_date = h_end[h[sel]]

    framing = _framing_dates(text, period_dates)
    # past a blank line: a date that opens its paragraph and is set off by a comma
    # (2017年，全市…); not one that names an event (2011年世界环境日即将到来之际…)
    paragraph_framing = _paragraph_openers(text, period_dates)
    if not paragraph_framing.empty:
        paragraph_framing = paragraph_framing[
            [bool(_FRAME_AFTER.match(text, b)) for b in paragraph_framing["end"].tolist()]
        ]
    # a span of the stamp's year written before an undated figure stands for the stamp
    stamp_spans_before = _spans_before_stamp(
        period_dates,
        ctx.stamp_spans,
        ctx.page_date,
        _lead_end(text, ctx.stamp_spans) if ctx.page_date is not None else 0,
    )
    stamp_span_starts = stamp_spans_before["start"].to_numpy(dtype=np.int64)
    # a figure right after 较/比/与/从/由 + a date is the level at that date (the base)
    base_of_figure = base_levels(to_simplified(text), dates, q["start"].to_numpy(dtype=np.int64))
    base_dates = {int(dates.iloc[k]["start"]): f for f, k in base_of_figure.items()}
    # the years the text dates its figures in (a document's year competes with them)
    period_years = (
        set(pd.to_datetime(period_dates["first_day"]).dropna().dt.year.tolist())
        if not period_dates.empty
        else set()
    )
    # a five-year plan or an X以来 span named in another sentence does not date a figure
    # (“十三五”以来“七连升”；劣Ⅴ类断面比例为0.7%: the span is that sentence's context)
    paragraph_dates = (
        period_dates[
            ~(
                period_dates["plan"].to_numpy(dtype=bool)
                | period_dates["since"].to_numpy(dtype=bool)
            )
        ]
        if not period_dates.empty
        else period_dates
    )
    # the dates that may open a sentence for its clauses after ；(no plan's nor X以来 span)
    opening_dates = paragraph_dates
    # a date of an earlier sentence dates a figure only when it opens that sentence
    paragraph_dates = inheritable_dates(text, paragraph_dates)
    problems = _problem_spans(text)
    # the problem statements of the inspection and the stationing that dates them
    # (envindicators.extract._inspections)
    found_spans = problem_spans(text, [*map(tuple, problems.tolist()), *_item_problems(text)])
    inspections = DocumentInspections(text, ctx.published) if len(found_spans[0]) else None
    # the figure cells of pipe tables under a header row (envindicators.extract._tables)
    cells = pipe_cells(text) if "|" in text else []
    # the figures of a table's year columns (a whitespace table's, a pipe table's)
    columns = sorted([*year_columns(text), *((c.start, c.end, c.year) for c in cells if c.year)])
    measure_cells = [c for c in cells if c.header is not None or c.title is not None]
    target_heads = target_sections(text)  # 二、工作目标 / (一)约束性指标: targets below

    obs_rows: list[dict[str, Any]] = []
    tgt_rows: list[dict[str, Any]] = []
    ctx_rows: list[dict[str, Any]] = []  # role context: no measurement (ReportTables.context)
    prov: list[dict[str, Any]] = []
    unread: list[dict[str, Any]] = []
    simple_text = to_simplified(text)
    # the petition batches the text names and the day it gives each (第二十八批 … 5月5日)
    batches = batch_mentions(simple_text) if "批" in simple_text else []
    batch_day = batch_days(simple_text, batches, period_dates) if batches else {}
    fig_starts, fig_ends = q["start"].to_numpy(dtype=np.int64), q["end"].to_numpy(dtype=np.int64)
    fig_units = q["unit"].astype(str).to_numpy()
    words = implied if implied is not None else q.iloc[0:0]
    stated: set[tuple[int, str]] = set()  # (sentence, indicator) of each figure's row
    # the levels of the last 分别 list of each sentence, and what the changes need to pair
    members: dict[int, list[Member]] = {}
    list_figures = (
        fig_starts,
        fig_ends,
        q["kind"].astype(str).to_numpy(),
        q["clause_start"].to_numpy(dtype=np.int64),
    )
    named = np.concatenate(  # a name, a place or a date of the changes' own (二〇〇六年比…)
        [
            found["start"].to_numpy(dtype=np.int64),
            places["start"].to_numpy(dtype=np.int64),
            dates["start"].to_numpy(dtype=np.int64) if not dates.empty else np.array([], int),
        ]
    )
    place_starts = places["start"].to_numpy(dtype=np.int64)
    place_names = places["name"].astype(str).to_numpy()
    for fig_index, r in enumerate(
        itertools.chain(q.itertuples(index=False), words.itertuples(index=False))
    ):
        s, e = int(r.start), int(r.end)
        ss, se, cs, ce = int(r.sent_start), int(r.sent_end), int(r.clause_start), int(r.clause_end)
        ps = int(r.para_start)
        unit, kind = str(r.unit), str(r.kind.value if hasattr(r.kind, "value") else r.kind)
        why: list[str] = []
        conf = _RANK.get(str(r.confidence), 0)
        word = fig_index >= len(q)  # a word implying its value (清零 → 0, 全覆盖 → 100 %)
        choice: IndicatorChoice | None = None
        word_comparator = Comparator.EQ.value  # 清零 is 0 and 全覆盖 100 %: no bound
        if word:
            link = implied_link(
                text,
                simple_text,
                found,
                ctx.lexicon,
                registry,
                (s, e, r.implied, r.verb),
                (cs, ce),
            )
            in_clause = (fig_starts >= cs) & (fig_ends <= ce)
            if (
                link is None
                or (ss, link.code) in stated
                or any(picker.fits(link.code, u, "level") for u in fig_units[in_clause])
                or (link.kind != "level" and "%" in set(fig_units[in_clause]))
            ):  # no registry indicator, or a figure of its clause or sentence states it
                continue
            loose = [] if link.whole else ["indicator matched loosely"]
            choice = IndicatorChoice(
                link.code, link.subject, 2 if link.whole else 1, loose, "outcome"
            )
            unit, kind, word_comparator = link.unit, link.kind, link.comparator
            r = r._replace(unit=unit, value=link.value, kind=kind)
        elif pd.isna(r.value) and not (pd.notna(r.low) and pd.notna(r.high)):
            unread.append({"start": s, "end": e, "text": r.text, "reason": "no value"})
            continue
        # --- indicator (envindicators.extract._indicators) -------------------------------
        n_proposed = len(proposed)
        # a pipe table's cell: named by its column, located by its row's place (_tables)
        cell = _table_cell(measure_cells, s, e)
        row_place = _row_place(places, cell) if cell is not None else None
        if cell is not None and row_place is None:  # | 指标 | 高新区 | 张店区 |: columns of places
            column_place = _row_place(places, cell, column=True)
            if column_place is not None or cell.by_row:  # the row's label names the measure
                cell = cell._replace(header=cell.label, title=None)
                row_place = column_place
        if cell is not None and not word:
            cell_phrase = _cell_phrase(cell, row_place)
            cell_code = picker.by_column(cell_phrase, unit, kind)
            proposed_note = ["indicator proposed"] if cell_code in picker.proposed else []
            choice = IndicatorChoice(cell_code, cell_phrase, 1, [_COLUMN_NOTE, *proposed_note])
        elif not word:
            choice = picker.choose(r)
        if choice is None:
            unread.append({"start": s, "end": e, "text": r.text, "reason": "no indicator phrase"})
            continue
        code, subject, ind_conf = choice.code, choice.subject, choice.confidence
        why += choice.why
        # --- a change after a 分别 list of levels: its member's (envindicators.extract._lists)
        member: Member | None = None
        listed = [m for m in members.get(ss, []) if m.clause < cs]
        if listed and not word and kind.startswith("change"):
            at = list_changes(simple_text, list_figures, fig_index, named)
            if at is not None and at[1] == len(listed):
                member = listed[at[0]]
                code, subject = member.code, member.subject
                ind_conf = min(member.confidence, 1 if choice.role == "context" else 2)
                why = [w for w in why if w != "indicator proposed"]
                if code in proposed:
                    why.append("indicator proposed")
            elif at is not None:
                why.append(MISMATCH_NOTE)
        # --- region ------------------------------------------------------------------
        bs = int(block_starts[np.searchsorted(block_starts, s, side="right") - 1])
        if bs < title_end:  # the title's block: no heading of the paragraphs below it
            bs = int(r.para_start)
        reg, reg_conf = _region_for(text, places, q, r, bs, sections, why, ctx.region)
        if row_place is not None:
            reg, reg_conf = row_place, 2
        if member is not None and member.region:
            reg, reg_conf = member.region, member.region_confidence
        counted_cities = counted_cities_scope(reg, ctx.region) if reg else None
        if counted_cities is not None:  # 337个地级及以上城市: a count is no region
            reg, reg_conf = counted_cities, min(reg_conf, 1)
            why.append(_CITIES_NOTE)
        unnamed = reg == UNNAMED  # 全市 in a province's text, no city named: unknown
        if unnamed:
            reg, reg_conf = None, 1
        elif reg is None:
            reg, reg_conf = ctx.region, ctx.region_conf
        elif ctx.region_conf == 0 and reg == ctx.region:
            reg_conf = _guessed_unless_named(places, reg, ss, s, reg_conf)
        if unnamed:
            # (a count of cities, a set of provinces' sum say so themselves)
            if counted_cities is None and _SEVERAL_NOTE not in why:
                why.append(_UNNAMED_NOTE)
        elif reg is None:
            why.append("region not in the text")
        elif reg_conf == 0:
            why.append(
                "region guessed (named most by the text, the country of a text naming no"
                " division, or its territory where the signs conflict)"
            )
        elif reg in group_names:
            why.append("region is a group of divisions (as written)")
        elif shared_name(reg):  # 连江县: Fujian's and Taiwan's, told by script and context
            reg_conf = min(reg_conf, 1)
            why.append(_SHARED_NAME_NOTE)
        # --- period / deadline -------------------------------------------------------
        # a date in parentheses dates only what is inside them (20.6%(2010年规划目标…))
        period = (
            outside_asides(text, _nearest_before(period_dates, ss, s), s)
            if not dates.empty
            else dates
        )
        period = _own_place_dates(simple_text, period, s, ps, place_starts, place_names, why)
        listed_year: int | None = None  # the k-th figure of a list under a span: its year
        if (year_of_end := span_end_of_change(simple_text, period, s)) is not None:
            # 107~112年…由45.4下降至38.2: a change's end is of its span's first or last year
            period = period.iloc[:1].assign(
                first_day=[pd.Timestamp(year_of_end, 1, 1)],
                last_day=[pd.Timestamp(year_of_end, 12, 31)],
            )
        elif (
            not period.empty
            and not word
            and member is None
            and listed_after_span(simple_text, int(period["end"].iloc[0]), s)
            and pd.notna(period["first_day"].iloc[0])
            and pd.Timestamp(period["first_day"].iloc[0]).year
            < pd.Timestamp(period["last_day"].iloc[0]).year
        ):  # 2006年至2008年…降低率分别修订为-2.74%、-5.04%、-5.20%: the k-th the k-th year's
            listed_year = year_of_member(
                simple_text,
                fig_starts,
                fig_ends,
                fig_units,
                fig_index,
                (
                    int(period["start"].iloc[0]),
                    period["first_day"].iloc[0],
                    period["last_day"].iloc[0],
                ),
                (ss, se),
            )
            if listed_year is not None:
                period = period.iloc[:1].assign(
                    first_day=[pd.Timestamp(listed_year, 1, 1)],
                    last_day=[pd.Timestamp(listed_year, 12, 31)],
                )
            else:  # 2013年至2017年…分别下降30%、25%: not one per year, the span kept
                why.append(_LISTED_SPAN_NOTE)
        if not period.empty and base_dates:  # 从2023年每日2.02公斤增至2.10公斤: not 2023's
            period = period[~dated_by_base(period, base_dates, s)]
        per_conf = 2
        # …110年12月公告…標準，目前已有41座機組完成改善: told as of now, not of the act's day
        now_at = now_clause_at(simple_text, ss, s)
        if now_at is not None and not period.empty and int(period.iloc[0]["start"]) < now_at:
            # …10月21日出席…表示，目前已有7039處: the day of the telling is now (kept)
            period, per_conf = told_date(simple_text, period_dates, ss, now_at), 1
            why.append(_NOW_CLAUSE_NOTE)
        if period.empty and (stationed_at := stationing_span(text, period_dates, ss)) is not None:
            # 进驻期间，督察组共计走访…: over the stationing the text wrote before
            period, per_conf = period_dates.iloc[[stationed_at]], 1
            why.append(_STATIONING_NOTE)
        until_end, end_at = (
            stationing_end(text, period_dates, ss, s) if period.empty else (False, None)
        )
        if end_at is not None:  # 截至督察进驻结束，共收到…: over the stationing written before
            period, per_conf = period_dates.iloc[[end_at]], 1
            why.append(_STATIONING_END_NOTE)
        base_at = base_of_figure.get(s) if kind == "level" and not word else None
        if base_at is not None:  # 较2018年的每人每日2.17公斤: the base's level, of 2018
            own = period
            period, per_conf = dates.iloc[[base_at]], 1
            if not own.empty and _dates_a_figure(simple_text, own, ss, fig_starts):
                # 1~10月…较2023年同期8.9: the same months of 2023 (截至6月: January to June)
                a_own = int(own["start"].iloc[0])
                same = same_period_in(
                    simple_text,
                    int(period["end"].iloc[0]),
                    (period["first_day"].iloc[0], period["last_day"].iloc[0]),
                    (own["first_day"].iloc[0], own["last_day"].iloc[0]),
                    from_january=_AS_OF_BEFORE.search(simple_text, max(0, a_own - 6), a_own)
                    is not None,
                )
                if same is not None:
                    period = period.assign(
                        first_day=[same[0]],
                        last_day=[same[1]],
                        text=[f"{period['text'].iloc[0]}同期"],
                    )
            why.append("period: the date of the comparison's base (the figure is its level)")
        if (
            choice.role == "context"
            and base_at is None
            and (period.empty or int(period.iloc[0]["start"]) < ss)
            and not any(w.startswith("period:") for w in why)
            and (counted_at := date_after_count(simple_text, period_dates, e)) is not None
        ):  # 全省9个设区市2016年平均…: the count is of its measure's date written after it
            period, per_conf = period_dates.iloc[[counted_at]], 1
            why.append(_COUNTED_DATE_NOTE)
        column = _column_year(columns, s, e)
        if column is not None:  # a table's year column (项目 2020 2021 / … 1812.71 1392.46)
            period, per_conf = _column_period(column, s), 1
            if period.empty:
                why.append("period: a table's year column that cannot be aligned with its row")
        elif period.empty and not dates.empty:
            # (a now clause's sentence lends it none: only an earlier sentence's date)
            before = s if now_at is None else ss
            period = outside_asides(text, _nearest_before(paragraph_dates, ps, before), s)
            if passed_on(period, dates, ss):  # …8月12日，督察…，并于2020年5月8日反馈
                period = period.iloc[0:0]
            period = _own_place_dates(simple_text, period, s, ps, place_starts, place_names, why)
            if _tally_to_date(simple_text, period, ss, s, se):  # …。累计落实15.56亿元: not 2018's
                period = period.iloc[0:0]
                why.append(_TALLY_TO_DATE_NOTE)
            if (tallied_in := tally_sentence(text, ss, ps)) is not None:
                # 5月2日，…转办96件。其中，太原市26件: the parts are of the tally's day
                tally = outside_asides(text, _nearest_before(period_dates, tallied_in, ss), s)
                if (
                    not tally.empty
                    and pd.notna(tally.iloc[0]["last_day"])  # of a known year
                    and (period.empty or _span_of(period) != _span_of(tally))
                ):
                    period, per_conf = tally.iloc[:1], 1
                    why.append(_TALLY_SENTENCE_NOTE)
            if period.empty:  # 3月29日，…举报27件…；共反映35个问题: the day opening the sentence
                period = sentence_opener(text, opening_dates, ss)
        if period.empty and not framing.empty:
            # the date that frames an earlier paragraph of the block (2017年9月，全市…)
            period, per_conf = _nearest_before(framing, bs, ps), 1
            if (
                period.empty
                and not paragraph_framing.empty
                and not names_own_year(text[ss:se])  # 今年…要达83%: not 2021年，… before it
            ):
                # past a blank line, only a date that opens its paragraph (2017年，全市…)
                fs = int(frame_starts[np.searchsorted(frame_starts, s, side="right") - 1])
                period = _nearest_before(paragraph_framing, fs, ps)
                if not period.empty:
                    why.append(_PARAGRAPH_OPENER_NOTE)
            if _tally_to_date(simple_text, period, ss, s, se):  # 2017年9月，… then 累计完成…
                period = period.iloc[0:0]
                why = [w for w in why if w != _PARAGRAPH_OPENER_NOTE]
                if _TALLY_TO_DATE_NOTE not in why:
                    why.append(_TALLY_TO_DATE_NOTE)
        if period.empty and len(heading_end_of_date):
            # the nearest heading above the paragraph that holds a date: its latest date
            j = int(np.searchsorted(heading_end_of_date, ps, side="right")) - 1
            if j >= 0:
                period, per_conf = heading_dates.iloc[[j]], 1
        if (
            period.empty
            and not period_dates.empty
            and (tally := tally_paragraph(text, ps)) is not None
        ):
            # 第二十九批信访件中，按污染类型分类…: the parts of the paragraph before's tally
            period, per_conf = _nearest_before(period_dates, tally, ps).iloc[:1], 1
            if not period.empty:
                why.append(
                    "period: the date of the tally the paragraph breaks down (the one before)"
                )
        if batch_day and column is None and base_at is None:
            # 第二十八批信访件从地区分布看：南昌市17件 — of the batch, on the day it was handed
            # over, not the page's stamp nor a date written before the batch is named
            of_batch = batch_of(batches, batch_day, ps, s)
            current = -1 if period.empty else int(period.iloc[0]["start"])
            if of_batch is not None and current < min(ss, of_batch[0]):
                day = period_dates.iloc[[of_batch[1]]]
                same_day = not period.empty and (
                    period.iloc[0]["first_day"],
                    period.iloc[0]["last_day"],
                ) == (day.iloc[0]["first_day"], day.iloc[0]["last_day"])
                # of a known year; a day of no known year only where nothing else dates the
                # figure (9月5日，…交办的第十批…106件。长春市54件…: the batch's day, yearless)
                known = pd.notna(day.iloc[0]["last_day"])
                if (known or period.empty) and not same_day:
                    period, per_conf = day, 1
                    why.append(_BATCH_NOTE)
        unstated_end = until_end and end_at is None
        if unstated_end:  # no earlier date stands for the stationing's end the text omits
            period, per_conf = period.iloc[0:0], 0
        if (
            not period.empty
            and int(period.iloc[0]["start"]) < ss
            and (year_of := whole_year_of(simple_text, ss, period.iloc[0])) is not None
        ):  # 最高温为8月的35.4℃。全年酷热天气…达42日: the whole year of that 8月, not 8月
            period = period.iloc[:1].assign(
                text=["全年"],
                first_day=[pd.Timestamp(year_of, 1, 1)],
                last_day=[pd.Timestamp(year_of, 12, 31)],
            )
        if (
            choice.role == "context"
            and not word
            and column is None
            and not (own := _inside_by_start(period_dates, ss, se)).empty
            and (counted := years_counted_span(to_simplified(str(r.text)), own)) is not None
        ):  # 近10年(93~102年), 近5年…由107年…降至111年: the span of as many years
            a, b = own.iloc[counted[0]], own.iloc[counted[1]]
            period = own.iloc[[counted[0]]].assign(
                text=[str(a["text"]) if counted[0] == counted[1] else f"{a['text']}至{b['text']}"],
                first_day=[a["first_day"]],
                last_day=[b["last_day"]],
            )
        if not period.empty and bool(period.iloc[0].get("inferred", False)):
            per_conf = min(per_conf, 1)  # its year inherited from the context
        if not period.empty and period.iloc[0].get("year_from") == "issue":
            per_conf = 0  # its year from the document's issue date alone
            why.append("period: its year is the document's issue date's (not written with it)")
        if not period.empty and period.iloc[0].get("year_from") in _FIXED_BY:
            per_conf = 0  # 去年 read from the year it is compared with, 今年 from the title
            why.append(_FIXED_BY[str(period.iloc[0]["year_from"])])
        deadline = pd.DataFrame()
        due_named = ss  # where a date naming the tasks by when they are due ends
        if (
            not (before_figure := _inside_by_start(dates, ss, s)).empty
            and (due_end := due_and_done(text, before_figure.iloc[::-1], e)) is not None
        ):  # 应于2021年完成的28项任务全部完成: the obligation names the tasks, promises nothing
            due_named = min(due_end, s)
        if not dates.empty:
            dl = deadline_dates
            # a deadline in parentheses is of the figures inside them (…20.6%(2010年目标为<22%))
            deadline = own_deadline_first(outside_asides(text, _inside_by_start(dl, ss, se), s), s)
            if (
                not deadline.empty
                and int(deadline.iloc[0]["start"]) < s
                and due_and_done(text, deadline, e) is not None
            ):  # 应于2021年完成的28项任务全部完成: the date names which tasks are counted, and
                # they are done — no promise of them, nor is the obligation (应于) written inside
                # that name; the count is of that year's tasks
                if period.empty:
                    period = deadline.iloc[:1]
                deadline = pd.DataFrame()
            if (
                not deadline.empty
                and int(deadline.iloc[0]["start"]) < s
                and reached_year(text, deadline, ss, ctx.published)
            ):  # 由105年305站日數增加至111年551站日數，提升52%: a span observed, over by then
                if period.empty or int(period.iloc[0]["end"]) <= int(deadline.iloc[0]["start"]):
                    # the year reached, not an earlier year of the span (由…2005年的9.77%下降至
                    # 2010年的3.4%: 3.4% is 2010's)
                    period, per_conf = deadline.iloc[:1], 1
                    why.append(
                        "period: the year a change reached (a span observed, not a deadline)"
                    )
                deadline = pd.DataFrame()
            if (
                not deadline.empty
                and (
                    (not period.empty and int(period.iloc[0]["start"]) >= ss)
                    or _PAST_YEAR.search(to_simplified(text[ss:s])) is not None
                )
                and int(deadline.iloc[0]["start"]) >= e
                and CLAUSE.search(text, e, int(deadline.iloc[0]["start"])) is not None
                and (
                    period.empty
                    or pd.Timestamp(period.iloc[0]["last_day"]).year
                    != pd.Timestamp(deadline.iloc[0]["last_day"]).year
                )
            ):  # 去年…为十二．六微克，目标二〇三〇年…: dated; the deadline is a later clause's
                deadline = pd.DataFrame()
            elif (
                deadline.empty
                and not (
                    follow := _following_deadline(text, dl, fig_starts, se, int(r.para_end))
                ).empty
                and commitment_before(text, ss, s, titles)
            ):
                # 计划…新建一座10000立方米/日污水处理厂。目前…，计划2019年底建成: the next
                # sentence, with no figure of its own, says when the promise is due
                deadline = follow
            elif deadline.empty:
                # a year aimed at (目标2030年能降至…) dates the targets of its own sentence only
                lent = dl[~dl["aimed"].eq(True).to_numpy()] if "aimed" in dl else dl
                deadline = _nearest_before(lent, ps, s)
                if not deadline.empty and not period.empty and int(period.iloc[0]["start"]) >= ss:
                    deadline = pd.DataFrame()  # the sentence dates its own figure
                elif passed_before(deadline, ctx.published):
                    deadline = pd.DataFrame()  # another sentence's deadline, over by then
                elif names_by_due_date(text, deadline):
                    deadline = pd.DataFrame()  # 本应于2022年完成的任务: which tasks, no promise
        no_measure = _context_reason(text, r, group_spans, code in proposed)
        if kind == "level" and code in proposed:  # a count: named by what it counts
            code, subject, reg, reg_conf = _counted(
                text,
                r,
                (code, subject, reg, reg_conf),
                no_measure is not None or choice.role == "context",
                picker,
                found,
                places,
                (ctx.region, ctx.region_conf),
                why,
                len(proposed) > n_proposed,
            )
        done = not target_value(text, ss, s) and (
            stated_as_done(text, ss, s, titles)
            or part_of_done(text, ss, s, titles)
            or states_met(text, s, se)
            or reporting_frame(text, ss, s, titles)
            or (  # 106年…為483次，達訂定…之目標: a year's result, over when the page was written
                not period.empty
                and int(period.iloc[0]["start"]) >= ss
                and (
                    ctx.published is None
                    or pd.Timestamp(period.iloc[0]["last_day"]) <= pd.Timestamp(ctx.published)
                )
                and met_after_dated_clause(text, s, e, se)
            )
        )
        is_target = (
            no_measure is None
            and not done
            and base_at is None  # 由2014年约占59%降至2020年的24%: 59% is 2014's level
            and (
                not deadline.empty
                or commitment_before(text, due_named, s, titles)
                or names_target_after(text, e, se)
                or part_of_plan(text, ss, s)  # 安排…任务2000万亩。其中…造林1600万亩
            )
        )
        if (
            not is_target
            and no_measure is None
            and base_at is None
            and not word
            and choice.role != "context"
            and projected(text, cs, s)
        ):  # 预计可减少24吨, 应查核25家次: expected or due, no outcome (and no promise)
            is_target = True
            why.append("a target: projected or required by its clause, not promised")
        if (
            deadline.empty
            and not period.empty
            and ctx.published is not None
            and pd.Timestamp(period.iloc[0]["last_day"]) > pd.Timestamp(ctx.published)
            and "截至" not in str(period.iloc[0]["text"])
            and not bool(period.iloc[0].get("plan", False))
            and no_measure is None
            and not done
            and not inside_titles(period["start"].iloc[:1], period["end"].iloc[:1], titles)[0]
        ):  # a figure of a year not over when the document was written is a promise
            deadline, period, is_target = period, period.iloc[0:0], True
        head = None
        if no_measure is None and not done and choice.role != "context":
            head = in_section(target_heads, text, s, e)
        if head is not None and not is_target and base_at is None:  # by the heading alone
            is_target, per_conf = True, min(per_conf, 1)
            why.append("a target by the heading above it (its own sentence promises nothing)")
            hs, he = int(target_heads[head, 0]), int(target_heads[head, 1])
            if deadline.empty and not dates.empty:  # the heading's deadline (2020年目标)
                deadline = _inside_by_start(dates, hs, he)
                period = period.iloc[0:0] if not deadline.empty else period
        if is_target and deadline.empty and year_of_target(simple_text, period, ps):
            # 2020年，安排完成清洁取暖22500户; 110年度则预计降至7.41%: its paragraph's year is when
            # it is due (a target keeps no period) — not 截至11月 (the data's), 110年12月公告
            deadline, period = period.iloc[:1], period.iloc[0:0]
            why.append(_YEAR_OF_TARGET_NOTE)
        elif is_target and deadline.empty and _is_plan(period):
            deadline = period  # a target of a five-year plan: due at the plan's end
        elif (
            is_target
            and deadline.empty
            and not period.empty
            and _over_a_period(text, period)
            and met_over_period(text, cs, s, e, ce)
        ):  # 2019年10月—2020年3月…超额完成…下降4%的改善目标: due at the period's end
            deadline = period.iloc[:1]
            why.append(_MET_OVER_NOTE)
        if word and not is_target:  # 已全部清零, 实现了全覆盖: no promise, no row
            continue
        if kind == "ratio":  # 占比达30%, 占…的27%: the level of a share (measured_kind)
            kind = measured_kind(kind, of_share=fits(code, "%", "level"))
        quote = text[ss:se].strip()
        qs = ss + (len(text[ss:se]) - len(text[ss:se].lstrip()))
        if r.text not in quote:
            quote, qs = text[cs:ce], cs
        base_year: int | None = None
        dl_step = 0  # one confidence step less where a deadline's year is inferred
        if is_target:
            d_text = deadline.iloc[0]["text"] if not deadline.empty else None
            d_day = deadline.iloc[0]["last_day"] if not deadline.empty else None
            y = None
            if d_text is not None and pd.notna(d_day) and not word:
                # 2018—2020年…4万余户、3万余户、2.5万户年度任务: one year per member
                y = year_of_member(
                    simple_text,
                    fig_starts,
                    fig_ends,
                    fig_units,
                    fig_index,
                    (
                        int(deadline.iloc[0]["start"]),
                        deadline.iloc[0]["first_day"],
                        deadline.iloc[0]["last_day"],
                    ),
                    (ss, se),
                )
                if y is not None:
                    d_day = pd.Timestamp(y, 12, 31)
            if y is not None or (listed_year is not None and d_text is not None):
                why.append(_YEARLY_LIST_NOTE)  # or the k-th year read with its period
            if d_text is None:
                why.append("deadline not in the text")
            elif bool(deadline.iloc[0].get("inferred", False)):
                # 6月底前, 年底前: the year is the document's, not written with the deadline
                why.append(
                    "deadline: its year is not written with it (the document's)"
                    if pd.notna(d_day)
                    else "deadline: its year is not in the text"
                )
                dl_step = 1
            comp = (
                word_comparator  # 0/100 (eq) or a change bounded by 0 (零增长 le, 不降低 ge)
                if word
                else _comparator(
                    text, cs, s, str(r.text), str(direction_of.get(code, "neutral")), proposed
                )
            )
            if isinstance(r.baseline, str) and r.baseline.isdigit():
                base_year = int(r.baseline)
            elif kind.startswith("change") and _is_plan(deadline):
                # a change over a five-year plan is against the year before it (十三五: 2015)
                base_year = int(pd.Timestamp(deadline.iloc[0]["first_day"]).year) - 1
            ranged = pd.isna(r.value)
            row = {
                "source": ctx.source,
                "region": reg or "",
                "subject": subject,
                "indicator": code,
                "comparator": "band" if ranged else comp,
                "kind": kind,
                "value_text": r.text,
                "number": r.low if ranged else r.value,
                "number_high": r.high if ranged else None,
                "unit_written": unit,
                "baseline_year": base_year,
                "start": ctx.published,
                "deadline": None if d_day is None or pd.isna(d_day) else d_day,
                "deadline_text": d_text,
                "quote": quote,
                "note": "; ".join(why) or None,
            }
            table, rows = "targets", tgt_rows
        else:
            if pd.isna(r.value):
                unread.append({"start": s, "end": e, "text": r.text, "reason": "range observed"})
                continue
            p_start = p_end = p_text = None
            stationed = None  # the inspection's day that dates a problem it stated
            undated = True  # no date of the text dates it (the document's date or none)
            # a date written in the figure's paragraph wins (2018年…仅占27%); one of a heading
            # or of an earlier paragraph does not date a problem the inspection stated
            own_date = not period.empty and int(period.iloc[0]["start"]) >= ps
            how = span_kind(found_spans, s) if inspections is not None else None
            if how is not None and not own_date and column is None and inspections is not None:
                stationing, unsure = inspections.stationing(reg, ctx.region)
                if stationing is not None:
                    stationed = stationing.start if how == AT_START else stationing.end
                if stationed is not None and stationing is not None:
                    p_end = stationed
                    p_start = stationing.start if how == OVER_STATIONING else None
                    per_conf = 2 if stationing.stated and not unsure else 1
                    why += unsure
            elif (
                how == AT_END  # a finding (督察发现…), not what was handed over (移交…23件)
                and own_date
                and (
                    bool(period.iloc[0].get("since", False))
                    or bool(period.iloc[0].get("open", False))
                )
                and inspections is not None
            ):  # 2013年以来违法新建项目12个 in the inspection's statement: up to its time
                stationing, unsure = inspections.stationing(reg, ctx.region)
                if stationing is not None and stationing.end is not None:
                    stationed = stationing.end
                    first = period.iloc[0]["first_day"]
                    p_start, p_end = (None if pd.isna(first) else first), stationed
                    p_text = str(period.iloc[0]["text"])
                    per_conf = 1
                    why += unsure
                    why.append(
                        "period: a span up to the time the inspection stated it (以来 in its"
                        " statement), not the report's"
                    )
            if stationed is not None:
                undated = False  # dated by the inspection's stationing
            elif not period.empty:
                undated = False
                p = period.iloc[0]
                p_start, p_end = _period_of(str(p["text"]), p["first_day"], p["last_day"])
                p_text = str(p["text"])
                if bool(p.get("open", False)):  # 2021年以来 / 截至目前 without ``published``
                    p_start = None if pd.isna(p["first_day"]) else p["first_day"]
                    why.append("period ends at the time of writing, which the text does not give")
                elif p_end is None:  # 前5个月, 9月16日 in a document that gives no year
                    why.append("period: its year is not in the text")
            elif unstated_end:  # 截至督察进驻结束 and no stationing written: unsure
                undated = False
                why.append(_STATIONING_END_UNSTATED)
            elif _inside(problems, s):  # a problem the inspection found: not dated
                why.append("a problem stated by the inspection: its date is not in the text")
            elif ctx.year_document is not None:  # a bulletin of a year: that year
                undated = False
                y = ctx.year_document
                p_start, p_end = pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31)
                p_text, per_conf = f"{y}年", 1
                if period_years - {y}:  # the text dates other figures in other years
                    why.append(
                        f"period: the document's year ({y}, of its "
                        f"{'lead' if ctx.year_in_lead else 'title'}), not written with the "
                        "figure; the text names other years too"
                    )
            elif ctx.title_as_of is not None:  # …进展情况(截至2022年4月11日): as of that day
                p_end, p_text, per_conf = ctx.title_as_of, None, 1
                why.append("period: as of the day the title states (截至), not the figure's own")
            elif ctx.annual_report:  # 2014年…年报: its edition's year, never the publication's
                why.append(
                    "period: the year of an annual report or yearbook is its edition's, not "
                    "its data's; the figure's own year is not given"
                )
            elif ctx.published is not None:
                p_end, per_conf = ctx.published, 1
            elif (
                ctx.page_date is not None
                and (k := int(np.searchsorted(stamp_span_starts, s, side="left")) - 1) >= 0
                and bool(stamp_spans_before["stands_for_stamp"].iloc[k])
            ):  # 今年前三季度，… then 数据显示，…: the period the page wrote before
                p = stamp_spans_before.iloc[k]
                p_start, p_end = _period_of(str(p["text"]), p["first_day"], p["last_day"])
                p_text, per_conf, undated = str(p["text"]), 1, False
                why.append(_EARLIER_SPAN_NOTE)
            elif ctx.page_date is not None:  # as of the page's date stamp, unsure
                p_end, per_conf = ctx.page_date, 1
                why.append("period: the page's date stamp (the figure's own date not given)")
            else:
                why.append("period not in the text")
            if _ANOTHER_PLACE_NOTE in why:  # the date it took before is another place's
                per_conf = min(per_conf, 1)
            if (
                ctx.page_date_unsure
                and p_end is not None
                and pd.Timestamp(p_end) == pd.Timestamp(ctx.page_date)
            ):  # 05.03.2021 08:48 read day first; 3 May is as likely
                per_conf = 0
                why.append(_DAY_MONTH_UNSURE_NOTE)
            baseline = None
            if kind.startswith("change") and isinstance(r.baseline, str):
                if r.baseline.isdigit():
                    baseline = r.baseline
                elif p_end is not None and r.baseline in ("同比", "上年", "去年", "上一年"):
                    baseline = str(pd.Timestamp(p_end).year - 1)
            row = {
                "source": ctx.source,
                "region": reg or "",
                "subject": subject,
                "indicator": code,
                "period_start": p_start,
                "period_end": p_end,
                "period_text": p_text,
                "value_text": r.text,
                "number": r.value,
                "unit_written": unit,
                "qualifier": str(r.qualifier),
                "kind": kind,
                "baseline_period": baseline,
                "quote": quote,
                "note": "; ".join(why) or None,
                "role": "context" if no_measure is not None else choice.role,
            }
            table, rows = (  # a figure of no measurement: the context table, not observations
                ("context", ctx_rows) if row["role"] == "context" else ("observations", obs_rows)
            )
        level = max(0, min(conf, ind_conf, reg_conf if reg else 0, per_conf) - dl_step)
        if no_measure is not None:  # kept (nothing dropped), but no measurement
            why.append(f"context: {no_measure}")
            row["note"], level = "; ".join(why), 0
        if word:  # one step below a written figure's; 基本 leaves it low and to review
            if bool(r.basic):
                why.append(BASIC_NOTE)
            level = 0 if bool(r.basic) else max(0, level - 1)
            row["note"] = "; ".join([IMPLIED_NOTE, *why])
        if member is not None:  # a sure link: noted, not to review by itself
            row["note"] = "; ".join([PAIRED_NOTE, *why])
        row["confidence"] = _NAME[level]
        row["needs_review"] = bool(why) or level == 0
        rows.append(row)
        stated.add((ss, str(code)))
        if not word and kind == "level" and "分别" in simple_text[cs:s]:
            kept = [m for m in members.get(ss, []) if m.clause == cs]  # a new list restarts
            members[ss] = [*kept, Member(cs, str(code), str(subject), reg, reg_conf, ind_conf)]
        prov.append(
            {
                "table": table,
                "row": len(rows) - 1,
                "start": s,
                "end": e,
                "quote_start": qs,
                "quote_end": qs + len(quote),
                "why": "; ".join(why),
                "undated": table != "targets" and undated,
            }
        )

    obs_rows, tgt_rows, ctx_rows, prov = _without_repeats(
        text, obs_rows, tgt_rows, ctx_rows, prov, ctx.prefix, unread
    )
    proposed_frame = _frame(list(proposed.values()), "indicators")
    full = pd.concat([registry, proposed_frame], ignore_index=True)
    obs, context = _finish([(obs_rows, "O"), (ctx_rows, "C")], "observations", full, ctx.prefix)
    (tgt,) = _finish([(tgt_rows, "T")], "targets", full, ctx.prefix)
    prov_frame = pd.DataFrame(
        prov, columns=["table", "row", "start", "end", "quote_start", "quote_end", "why"]
    )
    ids = {
        "observations": obs["obs_id"].tolist(),
        "targets": tgt["target_id"].tolist(),
        "context": context["obs_id"].tolist() if len(context) else [],
    }
    prov_frame["id"] = [
        ids[t][i] for t, i in zip(prov_frame["table"], prov_frame["row"], strict=True)
    ]
    prov_frame = prov_frame[["table", "id", "start", "end", "quote_start", "quote_end", "why"]]
    unread_frame = pd.DataFrame(unread, columns=["start", "end", "text", "reason"])
    return obs, tgt, context, prov_frame, proposed_frame, unread_frame


def _finish(
    parts: Sequence[tuple[list[dict[str, Any]], str]],
    name: str,
    registry: pd.DataFrame,
    prefix: str,
) -> list[pd.DataFrame]:
    """The frames of the named table, one per ``(rows, letter)`` of ``parts``, with their keys
    (``<prefix>-<letter>001`` …) and their computed values.

    Each part is typed on its own (:func:`_frame`); the values of all the parts are computed
    in one :func:`~envindicators.datasets.compute_values` call (a row's values depend on its
    own cells and indicator alone), against the registry rows of the codes they name
    (:func:`_rows_of_codes`), and the result is cut back into the parts.

    Examples
    --------
    >>> reg = datasets.load("indicators")
    >>> row = {"indicator": "pm25_concentration", "kind": "level", "number": 38.0,
    ...        "unit_written": "微克/立方米", "region": "山西省", "source": "x.txt"}
    >>> obs, ctx = _finish([([dict(row)], "O"), ([], "C")], "observations", reg, "X")
    >>> obs[["obs_id", "value", "unit"]].values.tolist(), len(ctx)
    ([['X-O001', 38.0, 'µg/m3']], 0)
    """
    key = datasets.TABLES[name].key
    frames = []
    for rows, letter in parts:
        for i, row in enumerate(rows, start=1):
            row[key] = f"{prefix}-{letter}{i:03d}"
        frames.append(_frame(rows, name))
    full = [f for f in frames if not f.empty]
    if not full:
        return frames
    both = full[0] if len(full) == 1 else pd.concat(full, ignore_index=True)
    try:
        computed = datasets.compute_values(both, _rows_of_codes(registry, both["indicator"]))
    except DatasetError as exc:  # pragma: no cover - compatible() checked every pair
        raise ExtractionError(f"a linked figure does not convert to its indicator: {exc}") from exc
    computed = computed[both.columns]
    out, at = [], 0
    for frame in frames:
        if frame.empty:
            out.append(frame)
            continue
        part = computed.iloc[at : at + len(frame)]
        out.append(part if len(full) == 1 else part.reset_index(drop=True))
        at += len(frame)
    return out


def _rows_of_codes(registry: pd.DataFrame, codes: pd.Series) -> pd.DataFrame:
    """The rows of ``registry`` whose code is one of ``codes``, in the registry's order.

    :func:`~envindicators.datasets.compute_values` reads a table's indicators only: building
    an :class:`~envindicators.model.Indicator` of each of the registry's hundreds of rows for
    every table of every report cost more than the values themselves.  The rows are the
    registry's own (same columns, same order), so each code's indicator is the one the whole
    registry gives.

    Examples
    --------
    >>> reg = pd.DataFrame({"code": ["a", "b", "c"], "unit": ["t", "%", "t"]})
    >>> _rows_of_codes(reg, pd.Series(["c", "a", "c"]))["code"].tolist()
    ['a', 'c']
    """
    wanted = set(codes.astype(str).tolist())
    keep = np.fromiter((c in wanted for c in registry["code"].astype(str).tolist()), bool)
    return registry[keep]


#: Units of a duration (进驻一个月, 连续三年, 每两小时): no measurement of an indicator.
_DURATION_UNITS = frozenset({"月", "个月", "年", "小时", "分钟", "周", "星期"})
#: Units counting divisions (两省, 31省份, 两地, 7省(市)): a description of the subject.
_DIVISION_UNITS = frozenset({"省", "省份", "地", "省市", "省区", "市州"})
#: A bracketed alternative of a division word (``省(市)``, ``州（市）``, ``县(市、区)``).
_DIVISION_ASIDE = re.compile(
    r"\s*[(（](?:自治区|直辖市|自治州|自治县|特别行政区|[省市区县州盟旗地、])+[)）]"
)
#: The noun a division word of one character stands for when a count counts it (两省: 省份,
#: 三地: 地区): a name of one character says little of what is counted.
#: Each noun in both scripts (simplified, traditional).
_DIVISION_NOUNS = {
    "省": ("省份", "省份"),
    "市": ("城市", "城市"),
    "城": ("城市", "城市"),
    "地": ("地区", "地區"),
    "县": ("县份", "縣份"),
}


def division_named(text: str, e: int, unit: str, noun: str) -> str:
    """The division word a count of divisions counts, in full: ``noun`` (the count's measure
    word or the noun after it, read by ``_counted``) with a bracketed alternative written
    right after it (``7省(市)``: 省(市); ``16个州(市)``: 州(市)), joined with the measure word
    when the two are one word (``10縣|市``: 縣市, :data:`JOINED_LEVEL_WORDS`), or a word of
    one character named by its noun (``两省``: 省份, ``三地``: 地区: :data:`_DIVISION_NOUNS`).

    Examples
    --------
    >>> t = "周边7省(市)PM2.5平均浓度"
    >>> division_named(t, t.index("("), "省", "省")
    '省(市)'
    >>> t = "全台10縣市空氣品質"
    >>> division_named(t, t.index("市"), "縣", "市"), division_named("两省共", 2, "省", "省")
    ('縣市', '省份')
    >>> t = "31個省(自治區、直轄市)"
    >>> division_named(t, 3, "个", "省")
    '省(自治區、直轄市)'
    >>> division_named("11个城市", 3, "个", "城市")
    '城市'
    """
    at = e if noun == unit else text.find(noun, e, e + 4)
    if at < 0:
        return noun
    after = at + (0 if noun == unit else len(noun))
    aside = _DIVISION_ASIDE.match(to_simplified(text[after : after + 24]))
    if aside is not None and len(noun) <= 2:  # 省(自治區、直轄市): as written
        return noun + text[after : after + aside.end()].strip()
    simple = to_simplified(noun)
    written = text[max(0, at - len(unit)) : at + len(noun)]  # 縣|市: the measure word too
    if len(simple) == 1 and to_simplified(written) in JOINED_LEVEL_WORDS:
        return written
    if len(simple) == 1 and simple in _DIVISION_NOUNS:
        around = text[max(0, e - 20) : e + 20]  # the script the text is written in
        return _DIVISION_NOUNS[simple][int(to_simplified(around) != around)]
    return noun


#: A caption line (图2 …, 表1 …).
_CAPTION = re.compile(r"^[ \t　]*[图表圖][ \t　]*\d")
#: Words of a standard or limit inside the parenthesis that holds a figure.
_STANDARD = re.compile(r"标准|標準|限值|标准值")
#: Units of a count of indicators or pollutants, and the noun they count (六项指标, 6项常规
#: 污染物, 四种主要污染物, 3个监测因子): the measures reported on, no result (simplified).
_INDICATOR_COUNT_UNITS = frozenset({"项", "种", "类"})
_INDICATORS_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}?(指标|污染物|监测因子|因子|监测项目|参数)")


#: The later members of a list of shares (各占30%|、30%和40%|的权重): a weight written after the
#: list's last share weighs each of them.
_LATER_SHARES = re.compile(r"(?:\s*[、,，和及与]\s*[0-9.]+\s*[%％])+")


def _context_reason(text: str, r: Any, group_spans: np.ndarray, proposed: bool) -> str | None:
    """Why the figure ``r`` is no measurement (role ``context``), or ``None``.

    A figure is context when it is a count of divisions (两省, 31省份), a count inside the
    name of a statistical group (长三角41个城市), a duration with no registry indicator
    (进驻一个月, 连续三年; not a frequency: 每两年), a count of indicators (六项指标), a
    figure of a caption line (图2 …), or a standard quoted in parentheses
    (（二级标准为40微克/立方米）), a share that weighs an item of a ranking or a score
    (改善率各占50%权重, each share of 各占30%、30%和40%的权重: a weight of a method,
    ``WEIGHT_AFTER``); or one that describes the objects or the list
    (:func:`envindicators.extract._roles.no_measurement`: a size threshold 10蒸吨及以下, a
    count of aspects 4个方面, a heading's count of items …清单（9项）).
    """
    s, e, ps = int(r.start), int(r.end), int(r.para_start)
    unit, kind = str(r.unit), str(r.kind.value if hasattr(r.kind, "value") else r.kind)
    if unit in _DIVISION_UNITS:
        return "a count of divisions"
    if len(group_spans) and ((group_spans[:, 0] <= s) & (group_spans[:, 1] >= e)).any():
        return "a count in the name of a group of divisions"
    if (
        proposed
        and kind == "level"
        and unit in _DURATION_UNITS
        and text[s - 1 : s] != "每"
        and not measured_span(text, s, unit)
    ):  # 每两年 is a frequency, 低能见度时数…401小时 a measured level: neither a duration
        return "a duration"
    if to_simplified(unit) in _INDICATOR_COUNT_UNITS and _INDICATORS_AFTER.match(
        to_simplified(text[e : e + 8])
    ):
        return "a count of indicators"  # 六项指标, 6项常规污染物, 四种主要污染物
    if _CAPTION.match(text[ps : ps + 8]):
        return "a figure of a caption"
    opened = max(text.rfind("（", ps, s), text.rfind("(", ps, s))
    closed = max(text.rfind("）", ps, s), text.rfind(")", ps, s))
    if opened > closed and _STANDARD.search(to_simplified(text[opened:s])):
        return "a standard or limit"
    if unit in _SHARE_UNITS:
        after = to_simplified(text[e : e + 40])
        listed = _LATER_SHARES.match(after)  # 各占30%、30%和40%的权重: each member weighs
        if WEIGHT_AFTER.match(after, listed.end() if listed else 0):
            return "a weight of a method"  # 改善率各占50%权重: how a ranking is scored
    counted = count_context(text, s, e, unit, int(r.clause_start)) if kind == "level" else None
    if counted is not None:  # 为期一个月, 12℃或以下, 占…531项任务的: no result
        return counted
    scope = scope_count(text, s, e, unit, kind)
    if scope is not None:  # N个断面中… / N个城市平均…比例为X%: the denominator
        return scope
    return no_measurement(text, s, e, unit, str(r.text))


def _counted(
    text: str,
    r: Any,
    link: tuple[str, str, str | None, int],
    context: bool,
    picker: IndicatorPicker,
    found: pd.DataFrame,
    places: pd.DataFrame,
    region: tuple[str | None, int],
    why: list[str],
    fresh: bool,
) -> tuple[str, str, str | None, int]:
    """The proposed indicator and region of a level count, by what it counts (issue 13).

    A count that is context (it scopes another figure) or that sums up a list of places
    (``甲市、乙市等5个城市``) is named by its counted noun
    (:func:`~envindicators.extract._counts.counted_noun`: ``339个地级及以上城市平均…`` →
    地级及以上城市), not by the share it scopes or the list; a count over a list of places
    is at the list's common scope — the document's region (``region``: name and
    confidence), with medium confidence at most — never at the list's last place.  A
    count of divisions (7省市) is named by its measure word.  Words after the count that
    are a fragment (:func:`~envindicators.extract._phrases.names_a_fragment`: the ``并列第``
    of ``2个并列第1``, a rank) name no noun and are marked ``(fragment)``.  ``link`` is ``(code,
    subject, region, region_confidence)``; the proposal the count replaces is dropped
    when it was made for this figure (``fresh``), and with it the figure's name as the
    "previous" name of a later figure of its sentence.  ``why`` gets the reasons.
    """
    code, subject, reg, reg_conf = link
    s, e, cs, ce = int(r.start), int(r.end), int(r.clause_start), int(r.clause_end)
    listed = listed_places(text, s, cs, places)
    if not (context or listed):
        return link
    stops = found["start"].to_numpy() if not found.empty else ()
    unit = str(r.unit)  # 7省市, 3省(区): the measure word is the noun counted
    # 74城, 338城市: the cities counted are the measure word too
    noun = unit if unit in _DIVISION_UNITS | CITY_UNITS else counted_noun(text, e, ce, stops, unit)
    if _SET_COUNTED_NOTE in why:  # 62个湖泊|年末蓄水总量…: the noun before the measure
        noun = subject  # of the later figure, read by the picker (_set_counted)
    if noun is not None:  # 7省(市), 10县市, 三地: the division word in full
        noun = division_named(text, e, unit, noun)
    if noun is not None and len(noun) > 1 and names_a_fragment(noun):
        noun = f"(fragment) {noun}"  # 2个并列第|1: the rank's words, no noun counted
    if noun is not None and len(noun.strip()) == 1:  # 214个大|、中城市: the population
        noun = one_character(noun, [], text, e, ce)[0]
    if noun is not None and noun != subject:
        new = picker._propose(noun, unit, "level")
        if fresh and new != code:
            picker.proposed.pop(code, None)  # made for this figure only: no longer named so
            last = picker._last.get(int(r.sent_start))
            if last is not None and last[0] == code:  # a count's noun names no later figure
                del picker._last[int(r.sent_start)]
            outside = picker._last_outside.get(int(r.sent_start))
            if outside is not None and outside[0] == code:
                del picker._last_outside[int(r.sent_start)]
        code, subject = new, noun
        why.append("a count named by what it counts")
    if listed and reg in listed:
        reg, reg_conf = region[0], min(reg_conf, region[1], 1)
        why.append("a count over a list of places: the list's common scope")
    return code, subject, reg, reg_conf


#: The columns on which a figure stated again agrees with its first statement.
_REPEAT_KEYS = {
    "observations": ("indicator", "region", "period_start", "period_end", "kind", "number",
                     "unit_written", "baseline_period", "role"),
    "targets": ("indicator", "region", "deadline", "comparator", "kind", "number",
                "number_high", "unit_written", "baseline_year"),
}  # fmt: skip
_REPEAT_KEYS["context"] = _REPEAT_KEYS["observations"]
#: The columns of :data:`_REPEAT_KEYS` that hold a row's period: a figure restated with no
#: date of its own may differ from its dated statement on these alone (targets: none).
_REPEAT_PERIOD: dict[str, tuple[str, ...]] = {
    "observations": ("period_start", "period_end"),
    "context": ("period_start", "period_end"),
    "targets": (),
}


def _without_repeats(
    text: str,
    obs_rows: list[dict[str, Any]],
    tgt_rows: list[dict[str, Any]],
    ctx_rows: list[dict[str, Any]],
    prov: list[dict[str, Any]],
    prefix: str,
    unread: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows without the figures stated again (:func:`~._roles.repeats`): one row per
    figure, as in the bundled tables; each repeat goes to ``unread`` naming the row kept.

    A figure restated with no date of its own (``prov``'s ``undated``: a report's full text
    after its summary, ``完成人工造林130万亩`` once under ``2017年，`` and once bare) is the
    dated statement's figure: the dated row is kept, and the restatement's place is in
    ``unread`` with the reason ``stated again without its date``."""
    kept_rows: dict[str, list[dict[str, Any]]] = {}
    new_index: dict[tuple[str, int], int] = {}
    for table, rows, letter in (
        ("observations", obs_rows, "O"),
        ("targets", tgt_rows, "T"),
        ("context", ctx_rows, "C"),
    ):
        own = [p for p in prov if p["table"] == table]
        spans = [(int(p["start"]), int(p["end"])) for p in own]
        rank = [_RANK.get(str(row["confidence"]), 0) for row in rows]
        undated = [bool(p.get("undated", False)) for p in own]
        period = _REPEAT_PERIOD[table]
        same = repeats(rows, spans, text, _REPEAT_KEYS[table], rank, undated, period)
        kept = [i for i, j in enumerate(same) if j is None]
        new_index.update({(table, i): k for k, i in enumerate(kept)})
        for i, j in enumerate(same):
            if j is not None:
                first = f"{prefix}-{letter}{kept.index(j) + 1:03d}"
                again = (
                    "stated again without its date"
                    if any(rows[i].get(k) != rows[j].get(k) for k in period)
                    else "stated again"
                )
                unread.append(
                    {"start": spans[i][0], "end": spans[i][1], "text": rows[i]["value_text"],
                     "reason": f"the same figure as {table} row {first} ({again})"}
                )  # fmt: skip
        kept_rows[table] = [rows[i] for i in kept]
    new_prov = [
        {**p, "row": new_index[(p["table"], int(p["row"]))]}
        for p in prov
        if (p["table"], int(p["row"])) in new_index
    ]
    return kept_rows["observations"], kept_rows["targets"], kept_rows["context"], new_prov


def _guessed_unless_named(places: pd.DataFrame, reg: str, ss: int, s: int, conf: int) -> int:
    """A region equal to a guessed document region is a guess unless named (not 全省) by the
    figure's sentence."""
    named = places[
        (places["start"] >= ss)
        & (places["end"] <= s)
        & (places["match"] != "deixis")
        & (places["name"] == reg)
    ]
    return conf if len(named) else 0


def _region_for(
    text: str,
    places: pd.DataFrame,
    q: pd.DataFrame,
    r: Any,
    bs: int,
    sections: pd.DataFrame,
    why: list[str] | None = None,
    document: str | None = None,
) -> tuple[str | None, int]:
    """The region of the figure ``r`` (a row of ``q``), with how sure it is (2 sure, 1 not).

    In order: the n-th place of a list before ``分别`` for the n-th of as many figures
    after it; the nearest place before the figure in its sentence (sure when the only one,
    or in its clause); in its paragraph (sure when the only one); in the first line of its
    block (the numbered item or heading above it); the division the heading of its section
    names.  ``None``: the caller falls back on the document's region.  A region read as a
    list's common scope (:func:`_mention_around`) is unsure and says so in ``why``.  A count
    of divisions written after that place in the figure's sentence (``12个盟市``, ``8个省份``)
    makes the figure the counted divisions': the scope above them (:func:`counted_scope`,
    unsure), the place being the one read so or else ``document`` (the document's region).
    """
    notes: list[str] = [] if why is None else why
    had = len(notes)
    group = _counted_group_opened(text, places, int(r.start), document)
    if group is not None:  # 高于74个城市平均…: the group's own count, its whole read by the caller
        return group, 1
    found, conf, lo = _region_by_place(text, places, q, r, bs, sections, notes)
    if _MEMBER_NOTE in notes:
        conf = min(conf, 1)  # the place of a list member's figure whose label is unknown
    place = document if found is None else found
    if lo >= 0 and place:
        # a count right after the place read is that list's own (泉州5个设区市分别为…)
        attached = lo > int(r.sent_start)
        # a figure that is itself the count (对8省區开展…) is the counted divisions' too
        hi = division_count_end(text, int(r.start), int(r.end)) or int(r.start)
        scope = counted_scope(text, max(lo, int(r.sent_start)), hi, place, attached=attached)
        if scope is not None:
            notes.append(_COUNTED_NOTE)
            found, conf = scope, 1
    if found == regions.NATIONAL.name and _over_several(text, places, r, notes[had:]):
        notes.append(_SEVERAL_NOTE)
        return UNNAMED, 1
    return found, conf


#: Between a place (or a group) and a counted group of its cities that is its part
#: (``“2+26”城市中10个城市``, ``长三角地区(qū)41个城市``, ``京津冀区域13个城市``): spaces, a
#: glyph's reading, 中 / 的 and a word for an area.
_PART_OF_BEFORE = re.compile(rf"(?:\s|{_GLOSS.pattern}|[中的]|区域|區域|地区|地區)*$")


def _counted_group_opened(
    text: str, places: pd.DataFrame, s: int, document: str | None
) -> str | None:
    """The counted group of cities whose count is the figure at ``s``, or ``None``.

    The count that opens a counted group written alone (``高于74个城市平均达标天数比例``,
    ``168个重点城市中``, ``共74个城市(以下简称74城市)``) is the group's own: its region is the
    whole that holds the cities (the caller reads it with
    :func:`~envindicators.extract._places.counted_cities_scope`), never the named area the
    sentence is about (``长三角区域25个城市…高于74个城市平均…``: the 74 cities are not
    长三角's) nor a list's last member.  Not a group that is a place's part, written right
    after it (``“2+26”城市中10个城市``, ``長三角地區(qū)41個城市``: :data:`_PART_OF_BEFORE`),
    nor one whose whole the document does not name (``有4个城市(昌吉、阜康…)`` of a
    prefecture's page: the cities counted are its own).

    Examples
    --------
    >>> from envindicators.extract._places import Places
    >>> t = "长三角区域25个城市平均为85.6%,高于74个城市平均达标天数比例5.2个百分点"
    >>> found = Places.build().find(t)
    >>> _counted_group_opened(t, found, t.index("74个"), "全国")
    '74个城市'
    >>> _counted_group_opened(t, found, t.index("25个"), "全国") is None
    True
    """
    if places.empty or "match" not in places.columns:
        return None
    ix = _span_index(places)
    for k in np.flatnonzero((ix.start == s) & (ix.end > s)).tolist():
        if places.iloc[k]["match"] != "group":
            continue
        name = str(places.iloc[k]["name"])
        if counted_cities_scope(name, document) in (None, UNNAMED):
            continue
        gap = _PART_OF_BEFORE.search(text, max(0, s - 40), s)
        lo = s if gap is None else gap.start()
        if ((ix.end <= s) & (ix.end >= lo)).any():  # right after a place: its part
            continue
        return name
    return None


#: Why a figure over several places of different provinces has no region.
_SEVERAL_NOTE = "region: a figure over several places of different provinces (no one region)"


def _over_several(text: str, places: pd.DataFrame, r: Any, notes: list[str]) -> bool:
    """Whether the figure ``r``, given the country as region, is a set of places' sum.

    A region read as the common scope of places of two or more provinces (a list of
    them, ``天津、贵州等7省``, ``8省区`` written before the figure; ``notes`` are the ones
    :func:`_region_for` wrote) is the country only as the whole holding them: a figure
    written over the set (``7省市已有4018人被问责``, ``两省废矿物油产生量占…42.8%``) is
    theirs, no one region's — not the country's.  The country stays where the figure is
    itself the set's count (``吉林、浙江等8省區``, ``最高的三个城市``: :func:`counts_places`;
    the figure inside the list's mention) or counts all the provinces (31个省(区、市)).
    """
    if not {_LIST_SCOPE, _LIST_MEMBERS_NOTE, _COUNTED_NOTE}.intersection(notes):
        return False
    s, e = int(r.start), int(r.end)
    if counts_places(text, s, e):
        return False
    if (
        "match" in places.columns
        and ((places["start"] < s) & (places["end"] > s) & (places["match"] == "list")).any()
    ):
        return False  # the count of a list total (天津、贵州等7省): the set's own count
    return not counts_all_provinces(text, int(r.sent_start), s)


#: Why a region named as several divisions are (连江县 of Fujian and of Taiwan) is unsure.
_SHARED_NAME_NOTE = "region: a name several divisions bear, read by script and context"
#: Why a figure after a count of divisions (12个盟市) has the divisions' scope as region.
_COUNTED_NOTE = "region read as the scope of the divisions counted before the figure"


def _region_by_place(
    text: str,
    places: pd.DataFrame,
    q: pd.DataFrame,
    r: Any,
    bs: int,
    sections: pd.DataFrame,
    why: list[str] | None = None,
) -> tuple[str | None, int, int]:
    """:func:`_region_for` by the places named, and where a count of divisions may follow
    the place read (``-1``: nowhere — the figure's place is read from a list or mention)."""
    s, ss, ps, cs = int(r.start), int(r.sent_start), int(r.para_start), int(r.clause_start)
    if places.empty:
        return None, 0, ss
    listed = _respective_place(text, places, q, r)
    if listed is not None:
        return listed, 2, -1
    if zone_labelled(text, places, s):  # 高新区(34µg/m3)、…张店区(29µg/m3): the zone's own
        if why is not None:
            why.append(_ZONE_LABEL_NOTE)
            if not _nearest_before(places, ss, s).empty:  # 良庆区12件、高新区11件
                why.append(_MEMBER_NOTE)  # the place before is another member's, not carried
        return zone_holder(places, ss, end_of_sentence(text, s)), 1, -1
    around = _mention_around(places, s, why)
    if around is not None:
        return around[0], around[1], -1
    own = _nearest_before(places, ss, s)
    if not own.empty:  # 比全国平均高3个百分点: the reference of a comparison is no subject
        own = own[~_compared_with(text, own, s)]
    if not own.empty and "org" in own.columns:
        # a place naming an organisation (沈阳材料科学国家研究中心) is no subject beyond its
        # clause; one naming a system (全国…信访信息系统转办案件9件) not even of its own
        far = own["start"].to_numpy() < cs
        if "system" in own.columns:
            far = far | own["system"].to_numpy(dtype=bool)
        own = own[~(own["org"].to_numpy(dtype=bool) & far)]
    if not own.empty:  # 良庆区13件、高新区11件: a member's place labels its own figure only
        member = list_member_places(text, own, q["start"].to_numpy(), q["end"].to_numpy(), s)
        if member[0] or (
            member.any() and inside_closed_aside(text, int(own.iloc[0]["end"]), s)
        ):  # the nearest place is another member's (or in a member's aside, 新区1件(与大洼区
            # 交叉1件)、市住建局7件): no place of the list is this one's (the members' nor
            # those of their asides: 钟山19件(其中…平桂…))
            own = own[own["start"].to_numpy() < int(own.loc[member, "start"].min())]
            if why is not None:
                why.append(_MEMBER_NOTE)
    if not own.empty and (
        counted_scope(
            text, max(int(own.iloc[0]["end"]), ss), s, str(own.iloc[0]["name"]), attached=True
        )
        is None
    ):  # a count of the divisions after the list (河北、山东和辽宁，8个省份…) is read by the caller
        scope = _list_scope(text, places, own, s, why)
        if scope is not None:  # 辽阳市、鄂尔多斯市和呼伦贝尔市是…: all of them, not the last
            return scope, 1, int(own.iloc[0]["end"])
    if not own.empty:
        names = set(own["name"])
        sure = len(names) == 1 or own.iloc[0]["start"] >= cs
        # a list total's common scope (天津、贵州等7省 → 全国) is read, not written: unsure
        if own.iloc[0]["match"] == "list" and why is not None:
            why.append(_LIST_SCOPE)
        conf = 2 if sure and own.iloc[0]["match"] != "list" else 1
        return str(own.iloc[0]["name"]), _zone_conf(own, conf, why), int(own.iloc[0]["end"])
    para = _nearest_before(places, ps, ss)
    if not para.empty:  # a place named only as a comparison's reference is carried to nothing
        para = para[~compared_mentions(text, para)]
    if not para.empty and "org" in para.columns:
        # 海南盈濤水務有限責任公司。排污口超標…: an organisation's place is not carried on
        org = para["org"].to_numpy(dtype=bool)
        para = para[~org]
        if para.empty and org.any():  # …海南省澄邁縣環保局對企業罰款: the acting division's
            end = text.find("\n", s)
            acting = acting_division(text, places, s, len(text) if end < 0 else end)
            if acting is not None:
                if why is not None:
                    why.append(_ACTING_NOTE)
                return acting, 1, -1
    # the last of a list in an earlier sentence (…珠三角等区域。到2017年,…13%) is one subject
    # among several there, not the subject of the sentences after it: the division holding
    # them all is (进驻南京、无锡、苏州后，…。目前，已办结527件 → 江苏省)
    ends, scope = _carried_list_end(text, places, para, s, why)
    if scope is not None:
        return scope, 1, ss
    if ends:
        para = para.iloc[:0]
    skipped = False
    if not para.empty:  # a list member's place (萍乡市2件。) is not carried to later sentences
        para, skipped = _subjects(text, para, q)
        if skipped and why is not None:
            why.append(_SUBJECT_NOTE)
    if skipped:
        # past the members (淄博市1310件、…聊城市1168件。), the last of a list named before
        # them (对枣庄、济宁市同步开展…) is no more the later figure's subject than they are:
        # the division holding that list is (被督察市已办结5767件 → 山东省)
        ends, scope = _carried_list_end(text, places, para, s, why)
        if scope is not None:
            return scope, 1, ss
        if ends:
            para = para.iloc[:0]
    if not para.empty:  # the subject of the paragraph: sure when it is the only one named
        one = (para["name"] == para["name"].iloc[0]).all() and not skipped
        return str(para.iloc[0]["name"]), _zone_conf(para, 2 if one else 1, why), ss
    line_end = text.find("\n", bs)
    line_end = ps if line_end < 0 else min(ps, line_end)
    if bs < ps and (_BLOCK.match(text, bs) or len(text[bs:line_end].strip()) <= _HEADING_MAX):
        # the numbered item's or heading's own line, not earlier paragraphs (nor a list
        # member's place on it)
        block = _nearest_before(places, bs, line_end)
        if not block.empty:
            block, passed = _subjects(text, block, q)
            if passed and why is not None:
                why.append(_SUBJECT_NOTE)
        if not block.empty:
            return str(block.iloc[0]["name"]), 1, ss
    if len(sections):
        k = int(np.searchsorted(sections["start"].to_numpy(), s, side="right")) - 1
        if k >= 0:
            return str(sections["name"].iloc[k]), 1, ss
    return None, 0, ss


_LIST_SCOPE = "region read as the common scope of a list of places"
#: Why a firm's figure has the division whose organ acts on the firm as its region.
_ACTING_NOTE = "region: the division whose organ acts on a firm named before (not its name's)"
#: Why the region of a figure of an air-quality zone (雲嘉南空品區) is unsure.
_ZONE_NOTE = "region: an air-quality zone, read as the province that holds it"


def _zone_conf(nearest: pd.DataFrame, conf: int, why: list[str] | None) -> int:
    """``conf``, at most 1 (noted in ``why``) when the place read, the first of
    ``nearest``, is an air-quality zone (:func:`~envindicators.extract._places.Places.find`
    reads one as the province that holds it)."""
    if nearest.iloc[0]["match"] != "zone":
        return conf
    if why is not None:
        why.append(_ZONE_NOTE)
    return min(conf, 1)


#: Why the place of a list member in an earlier sentence is not carried to a figure.
_SUBJECT_NOTE = "region: a list member's place in an earlier sentence not carried"


def _subjects(text: str, mentions: pd.DataFrame, q: pd.DataFrame) -> tuple[pd.DataFrame, bool]:
    """The ``mentions`` (nearest first) of earlier sentences a later figure may take, and
    whether the nearest one was passed over: a place that labels its own figure in a list
    of such members (``…九江市9件，萍乡市2件。``, :func:`labels_of_lists`) says where that
    figure is, not where the figures of the sentences after the list are — the place
    named before the list (宁德市, 我市) is taken instead, if any."""
    member = labels_of_lists(text, mentions, q["start"].to_numpy(), q["end"].to_numpy())
    if not member[0]:
        return mentions, False
    return mentions[~member], True


#: Why a figure labelled by a zone the gazetteer lacks has the document's region.
_ZONE_LABEL_NOTE = "region: a zone the gazetteer lacks labels the figure (the division holding it)"
#: Why the place of another member of a list of figures (良庆区13件) is not a figure's.
_MEMBER_NOTE = "region: the place of another list member's figure not carried"
#: Why the last place of a list in an earlier sentence is not carried to a figure.
_LIST_CARRY_NOTE = "region: the last place of an earlier sentence's list not carried"


#: Why a figure after a list of places has the division holding them all as its region.
_LIST_MEMBERS_NOTE = "region read as the division holding every place of a list before the figure"


def _carried_list_end(
    text: str, places: pd.DataFrame, para: pd.DataFrame, s: int, why: list[str] | None
) -> tuple[bool, str | None]:
    """Whether the first place of ``para`` ends a list named in an earlier sentence (one
    subject among several there, not the subject of the sentences after it; noted in
    ``why``), and the division holding that list (:func:`_list_scope`, ``None`` when
    there is none or the figure at ``s`` is one member's)."""
    if para.empty or not _ends_list(text, places, para.iloc[0]):
        return False, None
    if why is not None:
        why.append(_LIST_CARRY_NOTE)
    return True, _list_scope(text, places, para, s, why)


def _list_scope(
    text: str, places: pd.DataFrame, nearest: pd.DataFrame, s: int, why: list[str] | None
) -> str | None:
    """The division holding every place of the list that ends with the first of
    ``nearest`` (:func:`~envindicators.extract._places.list_scope`), noted in ``why``;
    ``None`` when that place ends no list, or when the figure at ``s`` is one member's:
    ``分别`` between them (``A、B和C…分别为x、y和z``, the n-th figure the n-th place's,
    aligned or not) or ``各`` right after the list (``A、B各8件``: each member's)."""
    gap = to_simplified(text[int(nearest.iloc[0]["end"]) : s])
    if "分别" in gap or gap.lstrip().startswith("各"):
        return None
    scope = list_scope(text, places, nearest.index[0])
    if scope is not None and why is not None:
        why.append(_LIST_MEMBERS_NOTE)
    return scope


def _ends_list(text: str, places: pd.DataFrame, last: Any) -> bool:
    """Whether the place mention ``last`` ends a list of places (``A、B和C``).

    The place named right before it is joined to it by a list word only (a bare 、, 和, 及
    or 与; not a comma, not nothing: 河北省石家庄市 is one place).  A list total
    (``甲、乙两市``) and a deixis word (全市) end no list.
    """
    if last["match"] in ("list", "deixis"):
        return False
    a = int(last["start"])
    before = places[(places["end"] <= a) & (places["end"] >= a - 3)]
    if before.empty:
        return False
    e = int(before["end"].max())
    return LIST_WORD_GAP.fullmatch(text, e, a) is not None


#: Why a figure about a counted group of cities (337个地级及以上城市) has the whole above them.
_CITIES_NOTE = "region: the whole that holds a counted group of cities (a count is no region)"
#: Why a figure after an unresolved 全市 / 我市 / 本县 has no region.
_UNNAMED_NOTE = "region: 全市/我市/本县 of a division the text does not name (unknown)"


def _compared_with(text: str, mentions: pd.DataFrame, s: int) -> np.ndarray:
    """Mentions written as the reference of a comparison (``比全国平均高14.2个百分点``), a mask.

    The figure ``s`` compares its subject with the place named after 比/较/高于/低于: that
    place is not the figure's region (the subject is named before, or is the document's) —
    unless the figure is the reference's own (``较高雄市的4.70%``, ``高于全国74个城市``: only
    的 or nothing between them).
    """
    simple = to_simplified(text)
    # 全国平均的1.5倍, 比南京市低5%: a multiple or a difference is the subject's
    multiple = _MULTIPLE.match(simple, s) is not None or simple[s : s + 1] in _DIFFERENCE_WORDS
    own_figure = np.array(
        [
            not multiple
            and (
                not simple[e:s].strip(" 的(（\t\n")
                or _OWN_MEAN_BETWEEN.fullmatch(simple, e, s) is not None
            )
            for e in mentions["end"].astype(int).tolist()
        ],
        dtype=bool,
    )
    return compared_mentions(text, mentions) & ~own_figure


#: Between a reference and a figure in parentheses after its mean (高於全國平均值(0.52kg),
#: 低于全省平均水平（35微克）, 较全市均值(41%)): the figure is the reference's own level —
#: not a figure after the mean outside parentheses (低于全国平均水平0.5个百分点: the subject's
#: margin).
_OWN_MEAN_BETWEEN = re.compile(r"\s*的?\s*(平均值|平均水平|平均|均值)\s*[（(]\s*")
#: First characters of a figure written as a difference (低5%, 高出31%, 多3天, 下降2.3%).
_DIFFERENCE_WORDS = frozenset("高低多少优好差快慢大小增减上下升降")
#: A figure that is a multiple (1.5倍, 兩倍): of its subject against the reference.
_MULTIPLE = re.compile(r"[\d.一二两三四五六七八九十百几]+\s*倍")


def _mention_around(
    places: pd.DataFrame, s: int, why: list[str] | None = None
) -> tuple[str, int] | None:
    """The region of a figure written inside a place mention, with how sure it is.

    The count of a list total (``天津、贵州等7省``, ``太原、大同两市``) is at the list's
    common scope (unsure: 1); the count of a counted group or of a division's counted
    group (``汾渭平原11个城市``, ``全国168个重点城市``, ``全省11个设区市``) is of that group or
    division — never of a place named before the mention.
    """
    if "match" not in places.columns or places.empty:
        return None
    ix = _span_index(places)  # (the frame's columns read once, not per figure)
    inside = np.flatnonzero((ix.start < s) & (ix.end > s))
    if not len(inside):
        return None
    row = places.iloc[int(inside[0])]
    if row["match"] == "list" and why is not None:
        why.append(_LIST_SCOPE)
    return str(row["name"]), 1 if row["match"] in ("list", "group") else 2


#: Between two places of a list before 分别: list words, commas, spaces, and a glyph's
#: reading (``贛榆區(qū)、東海縣``: a glossed text's pinyin after a place is no break).
_LIST_GAP = re.compile(rf"(?:[、和及与,，\s]|{_GLOSS.pattern})*")


def _respective_place(text: str, places: pd.DataFrame, q: pd.DataFrame, r: Any) -> str | None:
    """The place of a figure in ``A、B和C…分别为x、y和z``: the n-th of as many places.

    Applies only when the places before ``分别`` form one list (joined by 、/和/及/与) and
    as many figures of the figure's kind follow ``分别`` in the sentence as the list names
    — or, for a list total's members (``甲、乙两市``), a whole multiple of them.  The
    figures counted are those that end after ``分别``, so that a first figure written
    with it (``同比分别下降11.8%、10.2%、10.8%``) is counted too (issue 13, region19).
    """
    s, ss, se = int(r.start), int(r.sent_start), int(r.sent_end)
    # 分别 may be written inside the first figure (同比分别下降11.8%、10.2%、10.8%): the
    # figures are those that end after it
    e = max(int(r.end), s + 2)
    resp = max(text.rfind("分别", ss, e), text.rfind("分別", ss, e))
    if resp < 0:
        return None
    named = _nearest_before(places, ss, resp)
    listed = bool(len(named)) and named.iloc[0]["match"] == "list"
    if listed and isinstance(
        named.iloc[0].get("members"), tuple
    ):  # 太原、大同两市分别为…: the list's own members, one per figure
        members = named.iloc[0]["members"]
        named = pd.DataFrame(
            {"start": np.zeros(len(members), dtype=np.int64),
             "end": np.zeros(len(members), dtype=np.int64), "name": list(members)}
        )[::-1]  # fmt: skip
    if len(named) < 2:
        return None
    named = named.iloc[::-1]  # text order
    starts, ends = named["start"].to_numpy(), named["end"].to_numpy()
    run = 1  # the last run of places joined only by list words
    for i in range(len(named) - 1, 0, -1):
        if _LIST_GAP.fullmatch(text[int(ends[i - 1]) : int(starts[i])]) is None:
            break
        run += 1
    if run < 2:
        return None
    kind = str(r.kind)
    same = (q["end"] > resp + 2) & (q["start"] >= ss) & (q["end"] <= se)
    same &= q["kind"].astype(str) == kind
    after = q.loc[same, "start"].to_numpy()
    # a list total's members may take several rounds of figures (甲、乙两市分别有109座、134座，
    # 仅有35座和9座完成): as many figures as members in each round, in the members' order
    rounds = len(after) // run if listed and len(after) % run == 0 else int(len(after) == run)
    if rounds < 1:
        return None
    order = int(np.searchsorted(np.sort(after), s)) % run
    return str(named["name"].iloc[len(named) - run + order])


def _comparator(
    text: str, cs: int, s: int, written: str, direction: str, proposed: dict[str, Any]
) -> str:
    """Comparator of a target figure: its bound words, the verb before it, its direction."""
    verb = text[max(cs, s - 4) : s]
    for candidate in (written, verb + written):
        try:
            comp = Comparator.from_text(candidate, direction)
        except EnvIndicatorsError:
            continue
        return comp.value
    implied = Comparator.for_direction(direction)
    return implied.value if implied is not None else Comparator.EQ.value


# ---------------------------------------------------------------------------------------
# Tasks and progress summaries
# ---------------------------------------------------------------------------------------
_ITEM = re.compile(r"^[ \t　]*([一二三四五六七八九十百零〇]+|\d{1,3})[、.．]\s*(\S.*)$", re.M)
_STATUS_LINE = re.compile(r"(整改进展情况|进展情况|整改情况|完成情况)[:：]\s*([^。\n]*)")


def _tasks(ctx: _Context, items: list[Item]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The tasks table of numbered items with their field lines (``items``, read by
    :func:`envindicators.extract._tasks.read_items`)."""

    def region_of(title: str) -> str | None:
        found = ctx.places.find(title, within=ctx.region)
        found = found[found["name"] != UNNAMED]
        return str(found.iloc[0]["name"]) if not found.empty else ctx.region

    rows, prov = item_rows(items, prefix=ctx.prefix, source=ctx.source, region_of=region_of)
    return _frame(rows, "tasks"), pd.DataFrame(prov)


def _summaries(
    ctx: _Context, registry: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, np.ndarray]:
    """Aggregate statements (:func:`envindicators.extract._aggregates.statements`):
    ``N项…已完成M项，基本完成K项``, ``已完成整改任务M项``, ``办结率X%``; the rows of one
    statement share their ``summary_id``.  Also the spans of every statement read (one
    written again included): their figures are no observations — but a ledger's status
    counts of a class the ``registry``'s ``action`` column counts in that status
    (``已全部办结`` petitions: ``handle:petition``; ledger45)."""
    text = ctx.text
    rows: list[dict[str, Any]] = []
    prov: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    breaks = _positions(SENTENCE_BREAKS, text)

    def add(a: int, b: int, fields: dict[str, Any]) -> None:
        ss, se = _bounds(np.array([a]), breaks, len(text))
        quote = text[int(ss[0]) : int(se[0])].strip()
        if text[a:b] not in quote:
            quote = text[a:b]
        reg = ctx.region
        why = [] if reg else ["region not in the text"]
        statement = fields.pop("statement")
        row = {
            "summary_id": f"{ctx.prefix}-P{statement:03d}",
            "source": ctx.source,
            "region": reg or "",
            "as_of": ctx.published,
            "quote": quote,
            "confidence": "medium" if why or ctx.published is None else "high",
            "needs_review": bool(why),
            **fields,
        }
        rows.append(row)
        prov.append(
            {
                "table": "progress_summaries",
                "id": row["summary_id"],
                "start": a,
                "end": b,
                "quote_start": int(ss[0]),
                "quote_end": int(se[0]),
                "why": "; ".join(why),
            }
        )

    counted = (
        frozenset(registry_actions(registry["code"], registry["action"]))
        if "action" in registry.columns
        else frozenset()
    )
    statements(text, add, taken, counted)
    spans = np.array(taken, dtype=np.int64).reshape(-1, 2)
    return _frame(rows, "progress_summaries"), pd.DataFrame(prov), spans
