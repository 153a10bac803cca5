"""Read the cells of tables flattened into text whose unit is written once.

Reports and statistical yearbooks copied into text keep their tables as lines: Markdown-like
pipe rows (``| 北京 | 58 | 62.2 |``), tab- or multi-space-aligned rows of PDF text
(``2015  12.5  3.4``), row labels followed by their figures (``工业废水排放量(亿吨) 20.3 19.8``).
The unit, multiplier or denominator of the figures is written once: in a caption (``单位：万吨``,
``（单位：微克/立方米）``), in a column header (``二氧化硫排放量（万吨）``, ``PM2.5(μg/m³)``,
``面积/公顷``) or in a row label.  The sentence parser does not read a bare number as a quantity;
this reader gives each bare numeric cell of a recognised table row the unit that applies to it.

Rules
-----
* Only lines recognised as table rows are read; the sentence parser's result is never changed
  (a cell it already reads, e.g. ``58%``, keeps its reading: a unit in the cell wins).
* The most specific unit wins: row label, then column header, then caption.  Where the row
  label and the column header both carry a unit and they differ, the cell is **not read**
  (two headers could apply); where a row has a different number of cells than a header
  that names units (a ragged or wrapped row), its cells are not read unless its own label
  names the one unit every column of that header agrees with.
* A row without a unit of its own whose label is marked as a part (``#工业``, ``其中``) or is
  indented deeper than the last row with a unit takes that row's unit (``用水总量(亿立方米)``
  → ``  #农业 11.74``).
* Years (a header row of years such as ``项目 2020 2021``, a year as the first figure of a
  row under a caption, a year under a header in 年), the row-label column, columns headed as
  identifiers (年份, 序号, 编号, 代码, 排名 …) and cells without any unit are not quantities.
* A table's title (``表1``, ``附表2-3``) closed by a unit in brackets and naming no other
  (``表1 2023年各市主要污染物浓度（微克/立方米）``) is a caption of the rows after it, like
  ``单位：``; a title naming two units (``浓度（μg/m3）及优良天数（天）``) or none (``（2023年）``)
  is none.  (Rows on lines only: a table copied one cell per line needs ``单位``.)
* A caption holds for the table after it (across a blank line or a title, up to three lines
  away) and ends with the table's first blank or prose line after a row (a header row of
  years is no row: group labels on lines of their own after it keep the table).  A period
  after the caption's unit (``单位:吨 (每日计)``) makes it per that period (``吨/日``).
* A run of lone cells whose table title was copied into it (``…统计表``, ``(第一批至第九批)``,
  then the headers) takes its last row-width header cells as the columns, when they are
  distinct and no title cell names a unit or a year.
* A table copied one cell per line or per paragraph under a caption (``单位：公吨`` then
  ``年度``, ``产生量``, …, ``2019``, ``1,250``, ``36.5``, …) is read with the caption's unit
  when its rows can be told apart: by a label cell opening each row (``甲市``), or by an
  identifier column (its header 年度, 序号 …) whose plain integers rise at a fixed period that
  divides the cells (the row width).  A header cell naming another unit, a row label naming a
  unit or a rate of change, or rows that cannot be told apart leave the cells unread.  The same
  holds for a table copied one cell per line with a pipe closing each cell (``站点 |``,
  ``二氧化硫`` + ``(微克/立方米) |``, ``甲站 |``, ``12 |``; no caption needed).  Where the rows
  are exactly as wide as the header, each column takes its header's unit (before the
  caption's); otherwise a header naming a unit (a two-level header) leaves the cells unread.
* Without a caption, such a run of lone cells is read only where each row opens with a label
  cell and every row is exactly as wide as the header (header cells counted): each column
  takes its own header's unit (``PM10月平均濃度(微克/立方米)``, ``比例(%)``); ragged rows, rows
  of another width or a two-level header leave it unread.  A header cell closed by its unit
  in brackets may be up to 40 characters long.
* A cell holding a range of bare figures (``52.1~68.4``, ``1.5至2``, ``3-5``) is read as a
  range in the cell's unit; a span of years (``2019-2021``) is not.
* A percentage cell (``54.99%``) of a table copied one cell per line whose header names a
  share (占比, 比重, 所占比例) and no other measure in % (率, 比例 …) is a share of a whole: it is
  returned as a ``ratio`` (unflagged: its unit is in the cell), and the sentence parser's
  reading of the same cell, a level, takes that kind — the one change this reader makes to
  a sentence hit.
* A figure whose thousands are split by one (thin) space (``1 744.4``) is one figure only in a
  run made of such figures alone, with the same number of decimals, at least two long (or
  alone in a cell delimited by pipes, tabs, two spaces or its line); a run where that cannot
  be told (``87 149.5``, ``35.8 1 744.4``) is not read.  A bracketed date or time after a figure
  (``35.8 (5/29)``, ``(7/18, 8/9)``, ``（5月29日）``) is no figure and does not end the run.
* A line holding only a run of bare figures under a row label on a line of its own (across
  one blank line) that names their unit (``總雨量 (毫米) Total (mm)`` then ``1 795.6 2 248.0``),
  or under a statistic of it (``相對濕度 (%)``, ``平均``, ``81 82 82``), takes that unit; so do
  the cells of such a row written one per line (two lines or more, ``108.2 (9/16)``,
  ``111.0 (8/26)``).  A
  label with two units or two names in Chinese (``面积(km2) 数量``), prose, a run holding a
  year, ranks (``1 2 3``) or figures with different decimals (``1 25.3 26.1``) is not read.
* A header or row label naming an index without a unit (``综合指数``, ``空气质量指数``, ``AQI``,
  ``降水pH值``) gives dimensionless figures; never ``高锰酸盐指数`` (a concentration), a rank
  (``指数排名``) or a change (``指数同比``).
* Under a two-level header copied one cell per line (top cells naming one unit per group,
  then one sub-header per column), the groups are placed where each opens with the same
  sub-header (``范围``, …, ``范围``, …) and are as many as the top cells; otherwise unread.
* A header cell opening with the date or period its column counts (``11月15日交辦數量(件)``,
  ``2023年排放量(万吨)``) is a header cell, not a figure (a date alone, ``2020年``, is not).
* A header row whose cells are separated by single spaces, each closed by its unit in
  brackets (``一般垃圾(公噸) 資源垃圾(公噸) 回收率(%)``), is read as a header whose corner above
  the row labels is blank: only rows opened by a label and one cell wider are placed.  Any
  header whose every cell names a unit, one cell narrower than a row opened by a label, has
  that blank corner too (``| | 排放量(万吨) | 浓度(微克/立方米) |``).
* A header naming an amount per person and per day (or year) before its unit
  (``平均每人每日一般廢棄物產生量(公斤)``) gives that unit per day (``公斤/日``), as the sentence
  parser reads ``每人每日…1.41公斤``.
* Cells in a run of integers separated by single spaces where a figure of three digits follows
  another (``138 111 167 743``, ``2 472 4 758``) are flagged ``ambiguous_separator``: the space
  may separate thousands (Macau's yearbooks) or cells, and the run does not say which.
* A header or row label whose name in Chinese (its last, outside brackets) ends with a counter
  and 数 names that counter as the unit of its figures (``超标天数`` → 天, ``監測總日數`` → 日,
  ``交办件数`` → 件, ``检查人次数`` → 人次); a unit in brackets comes first, and a count turned
  into a share or a change (``优良天数比例``, ``天数同比``), ``中位数`` and ``人口数`` name none.
* A row label above its figures may be followed by up to three lines of its translation (no
  Chinese, no unit: ``Dias com ar de qualidade``, ``Days with "Good" air quality``); a word
  quoted in it (``「良好 」日數``) is part of its one name.  A label in Chinese after the
  figures of the row above (``152.2 (5/30) 降雨日數``: the next row's label joined to the last
  cell) labels the figures below it.  A footnote mark closing a line of figures (``1 856.3 c``)
  is no cell; nil marks before or after the figures (``1 - - -``, ``- 3 5``) are empty cells of
  the row, and a mark between two figures (``12 - 15``, a range or two cells) leaves it unread.
* A header copied one cell per line may close with a row of units (``μg/m3``, ``μg/m3``,
  ``mg/m3``: cells each holding a unit alone, at least two) under its names.  The units go, in
  order, to the names that name no unit of their own (``SO2``, ``PM2.5``; not ``达标天数`` →
  天 or ``综合指数``): the row must hold one unit for each of them, or one for each but the
  rates (``达标率``, whose cells carry their ``%``), and a rate given a unit must be given
  ``%``; any other count, or rows not exactly as wide as the names, leaves the table unread.
  A cell wholly in brackets naming no unit (``CO`` then ``(第95百分位数)``) ends the header
  cell above it.  The same holds for a row of units alone right under a header row of names
  in tables whose rows are lines (``| | μg/m3 | mg/m3 | |``, ``单位  万吨  mg/L``); a row of
  units with one unit under each name but the label column's gives them in order (a name
  naming another unit is under two, its cells unread).
* Every figure read here carries the flag ``unit_from_header``
  (:class:`~envindicators.units.vocab.Flag`): its unit was not written next to it.
  A percentage in a row or column that names a rate of change (增减率, 增长率, 增幅, 同比 …)
  is a ``change_relative`` with the sign written in the cell.

The work is linear in the text: ``str`` membership tests and one pass of patterns that each
start with a single character class find the lines that may be rows; only those are split into
cells (prose costs a scan and nothing more).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from itertools import groupby, pairwise

from envindicators.units.counters import COUNTER_SPELLINGS
from envindicators.units.parsing.context_words import (
    _PER_CAPITA_DAILY,
    _PER_CAPITA_UNITS,
    INDEX_ABBREVIATIONS,
    _per_capita_period,
)
from envindicators.units.parsing.tokens import _Hit
from envindicators.units.parsing.unit_words import _COUNTERS, DIMENSIONLESS
from envindicators.units.text import TONE_VOWELS
from envindicators.units.vocab import FLAG, KIND, QUALIFIER

__all__ = ["CHANGE_HEADER", "CHANGE_HEADER_END", "header_year", "table_hits"]

_FIG = r"[-−+]?[0-9０-９][0-9０-９.,]*"
#: A figure may be followed by the date of the observation in brackets (``35.8 (5/29)``).
#: The spaces a figure may follow in a row: a space, a tab, a thin or no-break space.
_SP = " \t\u2009\u202f\u00a0"
_FIG_END = r"(?:[ \u3000]*[(（][0-9][0-9/,，、 :月日]{0,30}[)）])?[ \u3000]*$"
#: A line that may hold two cells: a pipe, a tab or two spaces after a word (not an
#: indentation), or a figure after a space at its end; other lines are prose or blank.
_ROWISH = re.compile(
    rf"[|｜\u3000{_SP}](?:(?<=[ \u3000])[ \u3000]|(?<=[{_SP}]){_FIG}{_FIG_END}|(?<=[|｜\t]))",
    re.MULTILINE,
)  # every branch starts with one character class: the engine skips other characters fast
#: A figure ending its line after a space or tab.
_TRAILING_FIGURE = re.compile(rf"[{_SP}]{_FIG}{_FIG_END}", re.MULTILINE)
#: The same after a space (not a tab): led by one character class, so a fast scan of prose.
_TRAILING_SPACE_FIGURE = re.compile(rf"[ \u2009\u202f\u00a0]{_FIG}{_FIG_END}", re.MULTILINE)


def _is_figure_end(text: str, i: int) -> bool:
    """Whether a figure ending its line follows the space at ``i``."""
    return _TRAILING_FIGURE.match(text, i) is not None


def _may_hold_rows(text: str) -> bool:
    """Cheap test first: a table row needs a pipe, a tab, two spaces or a figure ending a line
    (``str`` membership and a pattern led by a literal are fast scans of prose)."""
    return (
        "|" in text
        or "｜" in text
        or "\t" in text
        or "  " in text
        or "\u3000\u3000" in text
        or _TRAILING_SPACE_FIGURE.search(text) is not None
    )


#: A line holding only a pipe: a table copied one cell per line.
_PIPE_LINE = re.compile(r"^[ \t]*[|｜][ \t]*$", re.MULTILINE)
_PIPE = re.compile(r"[|｜]")
_TOKEN = re.compile(r"\S+")
#: A figure; its thousands grouped by commas, or by single (thin) spaces before a decimal
#: part (``1 744.4``: :func:`_join_spaced_groups` decides when a space is a separator).
_NUMBER = re.compile(r"[-−+]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?=\.|$)|\d+)(?:\.\d+)?")
#: A pipe cell holding exactly one integer whose thousands are parted by a space (``| 13 264 |``,
#: parser round 43): the pipes bound the cell, so the groups are one figure (in prose, or in a
#: table parted by spaces without a header giving the column count, they stay apart).
_PIPE_GROUPED = re.compile(r"[-−+]?[0-9]{1,3}(?:[ \u2009\u202f\u00a0][0-9]{3})+")
#: The head and the tail of a figure whose thousands are split by one (thin) space.
_GROUP_HEAD = re.compile(r"[0-9]{1,3}")
_GROUP_TAIL = re.compile(r"[0-9]{3}\.([0-9]+)")
_GROUP_SPACE = frozenset(" \u2009\u202f\u00a0")
#: A cheap test that a cell may hold such a figure.
_SPACED_GROUP = re.compile(r"[0-9][ \u2009\u202f\u00a0][0-9]{3}\.[0-9]")
#: A date or time in brackets after a cell (``35.8 (5/29)``, ``(7/18, 8/9)``, ``（12月31日）``,
#: ``(14:00)``): when the value was observed, not a figure, and no end of a run of figures.
_DATE_AFTER = re.compile(
    r"(?<=[0-9])[ \t\u3000]*[(（]\s*(?:\d{1,2}\s*[/月]\s*\d{1,2}日?|\d{1,2}:\d{2})"
    r"(?:\s*[,，、]\s*(?:\d{1,2}\s*[/月]\s*\d{1,2}日?|\d{1,2}:\d{2}))*\s*[)）]"
)
_CAPTION = re.compile(r"[单單]\s*位\s*[:：]\s*([^\s()（）|｜,，;；。]+)")
#: A table's title (``表1``, ``附表 2-3``, ``表3：``) closed by a unit in brackets
#: (``表1 2023年各市主要污染物浓度（微克/立方米）``): a caption of the rows after it, read only
#: where the brackets hold a unit (``（2023年）``, ``（续）`` name none).
#: The period a caption's amounts are counted in, written after its unit (``单位:吨 (每日计)``,
#: ``單位：公噸（每年計）``): the unit is per that period.
_CAPTION_PERIOD = re.compile(r"[ \u3000]*[(（]\s*(?:每|按)([日天月年])[计計]\s*[)）]")
_TITLE_UNIT = re.compile(
    r"^[ \t\u3000]*附?表[ \t\u3000]*[0-9０-９][0-9０-９.\-－—–]*[^\n|｜]*?"
    r"[(（]([^()（）\s]{1,10})[)）][ \t\u3000]*$",
    re.MULTILINE,
)
#: A heading alone on its line, one run of characters (no space, no Latin word) closed by a
#: unit in brackets and holding no mark of a sentence (``2013年空氣污染檢控的罰款額(港元)``):
#: the title of the table under it, read as :data:`_TITLE_UNIT` is (one unit named, the rows
#: right after it).  A sentence citing a table (``如表1所示（微克/立方米）``) is none.
_HEADING_UNIT = re.compile(
    r"^[ \t\u3000]*(?=[^\n]{0,40}[\u4e00-\u9fff])(?![^\n]*(?:所示|[如见見详詳][下附]?表))"
    r"[^\sA-Za-z|｜,，.。;；:：、!！?？()（）][^\sA-Za-z|｜,，。;；:：、!！?？()（）]{1,40}?"
    r"[(（]([^()（）\s]{1,10})[)）][ \t\u3000]*$",
    re.MULTILINE,
)


def _cells_follow(text: str, end: int) -> bool:
    """Whether the next non-blank line after ``end`` (one blank line passed) holds two cells
    or more (words apart, or a pipe) opened by a word: the header or a row of the table a
    heading titles, not a label line alone (``绝对最高``) nor a line of figures under a label
    naming their unit (``降水总量（亿立方米）`` over ``59.95 61.99``)."""
    lines = text[end:].split("\n", 3)[1:3]
    nxt = next((ln for ln in lines if ln.strip()), "")
    words = nxt.replace("|", " ").replace("｜", " ").split()
    return len(words) >= 2 and _DIGIT_LEAD.match(words[0]) is None


#: A unit in parentheses, one level of nesting allowed (``(dB(A))``, never its inner ``(A)``).
_PAREN = re.compile(r"[(（]((?:[^()（）]|[(（][^()（）]{0,8}[)）]){1,20})[)）]")
_SLASH_UNIT = re.compile(r"[^\x00-\x7f][/／]([^\s/／()（）|｜]{1,8})$")
_CJK = re.compile(r"[^\x00-\x7f]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_DIGIT_LEAD = re.compile(r"[-−+]?[0-9０-９]")
_SPLIT_WIDE = re.compile(r"[\t]|[ \u3000]{2,}")
_PIPE_RULE = re.compile(r"^[\s|｜:：\-—=+]*$")
#: Column or row headers that name identifiers, not quantities.
_ID_HEADER = re.compile(
    r"[\s|｜]*(?:年份|年度|年|序号|编号|編號|序號|代码|代碼|排名|名次|位次|邮编|郵編|电话|電話)[\s|｜]*"
)
#: The words of a table header that name a change of the measure written before them — one
#: vocabulary, read two ways: :data:`CHANGE_HEADER` (a header naming a change: its ``%`` cells
#: are relative changes) and :data:`CHANGE_HEADER_END` (the words to strip from a header's end
#: to find the measure that changes).  ``数目转变百分比`` (Hong Kong's tables: the change of the
#: count in %), ``排放量变化率``, ``同比增减``, ``增幅``/``降幅``, ``环比``, ``增长(%)``.
_CHANGE_HEADER_WORDS = (
    r"(?:[转轉][变變]|[变變][化动動]|增[减減]|升降|增[长長])(?:百分比|率|幅度|量)?"
    r"|[增降涨漲变變]幅度?|同比(?:增[减減]|[变變]化)?|[环環]比"
)
#: A header naming a change (searched): its ``%`` cells are relative changes.
CHANGE_HEADER = re.compile(_CHANGE_HEADER_WORDS)
#: The change words ending a header (``的`` before them, ``(%)`` after), stripped to leave
#: the measure: ``数目转变百分比`` → ``数目``, ``排放量同比增减(%)`` → ``排放量``.
CHANGE_HEADER_END = re.compile(rf"的?(?:{_CHANGE_HEADER_WORDS})\s*(?:[(（]?%[)）]?)?$")
#: A part of the row above (its unit holds): ``#工业``, ``其中：``.
_PART_MARK = re.compile(r"^\s*(?:#|＃|其中)")

_FLAGS = [FLAG.UNIT_FROM_HEADER]


@dataclass(frozen=True, slots=True)
class _Unit:
    unit: str
    factor: Decimal
    multiplier: str | None


_Parse = Callable[[str], "tuple[str, Decimal, str | None] | None"]


#: The name of a currency before a unit of money in a caption (``單位:新台幣千元``,
#: ``单位：人民币万元``): the amount is in 元 of that currency, the unit is what follows.
_CURRENCY_BEFORE = re.compile(
    r"^(?:新[台臺][币幣]|人民[币幣]|港[币幣]|澳[门門][币幣])(?=[千万萬百亿億]*元$)"
)


def _unit_of(content: str, parse: _Parse) -> _Unit | None:
    """The unit written as ``content`` (``万吨``, ``μg/m3``, ``%``, ``新台幣千元``), or None."""
    content = _CURRENCY_BEFORE.sub("", content.strip())
    if not content or _fold(content[0]).isdigit():
        return None
    if "、" in content:
        return None  # 县(市、区), 地区(省、市): a list of kinds of place names the label column
    got = parse(content)
    return None if got is None else _Unit(*got)


#: A header or label naming an index without a unit (综合指数, 空气质量指数, AQI, 降水pH值):
#: its figures are dimensionless.  The name ends the Chinese words (综合指数排名 is a rank,
#: 指数变化 a change); 高锰酸盐指数 is a concentration (mg/L), never an index here.
_INDEX_NAME = re.compile(
    r"(?<![盐鹽])指[数數]值?(?![\u3400-\u9fff])"
    rf"|(?<![A-Za-z])(?:{INDEX_ABBREVIATIONS})(?![A-Za-z])"
    r"|[pP][hH]值|(?<![A-Za-z])[pP][hH](?![A-Za-z\u3400-\u9fff])|酸[碱鹼]度"
)
_INDEX_UNIT = _Unit(DIMENSIONLESS, Decimal(1), None)


def _header_unit(cell: str, parse: _Parse) -> tuple[_Unit | None, bool]:
    """The unit a header or label cell names and whether it names two different ones.

    Units in parentheses written in Chinese (or ``%``, ``μg/m3``) come first; bilingual
    labels repeat the unit in English (``(毫米) … (mm)``), which is only read when no other
    is written.  An amount named per person and per day (or year) before its unit
    (``平均每人每日一般廢棄物產生量(公斤)``) is in that unit per day (``公斤/日``), as the
    sentence parser reads ``每人每日…1.41公斤``.
    """
    found: list[tuple[bool, _Unit]] = []
    for m in _PAREN.finditer(cell):
        u = _unit_of(m.group(1), parse)
        if u is not None and u.unit in _PER_CAPITA_UNITS:
            per = _PER_CAPITA_DAILY.search(cell[: m.start()].rstrip())
            if per is not None:
                u = _Unit(f"{u.unit}/{_per_capita_period(per)}", u.factor, u.multiplier)
        if u is not None:
            found.append((bool(_CJK.search(m.group(1))), u))
    if not found:
        m2 = _SLASH_UNIT.search(cell.strip())
        if m2 is not None:
            u = _unit_of(m2.group(1), parse)
            if u is not None:
                found.append((True, u))
    if not found:
        if _INDEX_NAME.search(cell) is not None and CHANGE_HEADER.search(cell) is None:
            return _INDEX_UNIT, False  # 综合指数, 降水pH值: the values of an index
        return _counted_unit(cell, parse), False  # 超标天数: a count of days
    preferred = [u for cjk, u in found if cjk] or [u for _, u in found]
    first = preferred[0]
    return first, any(u != first for u in preferred[1:])


#: The counters a header names as a count (``超标天数``, ``交办件数``, ``监测站点个数``,
#: ``檢查人次數``): the days of 天/日 and the counters of the registry tallied in tables.
#: Words where ``X数`` is no count of X are left out: 位 (中位数, a median; 位数, digits),
#: 口 (人口数, a population), the place counters (市, 县 …) and measure words.
_COUNT_NOUN_COUNTERS = (
    "天", "日", "个", "個", "件", "次", "人", "户", "戶", "家", "座", "处", "處", "起",
    "宗", "项", "項", "台", "臺", "辆", "輛", "艘", "站", "条", "條", "所", "批",
)  # fmt: skip
#: The pattern of such a count's name (the counter in group 1, then 数); the scanner reads a
#: label so named before a bare figure (``超标天数为0``, ``点击次数:1699``).
COUNT_NOUN_TEXT = "({})[数數]".format(
    "|".join(
        sorted(
            {*_COUNT_NOUN_COUNTERS}
            | {w for w in COUNTER_SPELLINGS if len(w) == 2 and w.endswith("次")},
            key=len,
            reverse=True,
        )
    )
)
_COUNT_NOUN = re.compile(COUNT_NOUN_TEXT + "$")
#: Nouns a header names as the things counted, with the counter they are counted by
#: (``移交事项数量``: the matters, counted by 件 as the text's ``信访事项共110件``): a header
#: ending with such a noun and 数量 (or 数) names that counter as the unit of its figures.
_COUNTED_NOUN_COUNTERS = {"事项": "件", "事項": "件"}
_COUNTED_NOUN = re.compile("({})[数數]量?$".format("|".join(_COUNTED_NOUN_COUNTERS)))
#: A count's name with 数量 after its counter (``举报件数量``, ``案件数量``): as ``件数``.
_COUNT_NOUN_QUANTITY = re.compile(COUNT_NOUN_TEXT + "量$")


#: A pinyin annotation after a character (``事項(xiàng)``): letters with a tone mark, no word.
_PINYIN_GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff])\((?=[a-zü]*[{0}])[a-zü{0}]{{1,7}}\)".format("".join(sorted(TONE_VOWELS)))
)


def _counted_unit(cell: str, parse: _Parse) -> _Unit | None:
    """The counter a header or label cell names as a count of it, or None.

    The last name written in Chinese (outside brackets; a translation may follow it:
    ``監測總日數 Days monitored``) ends with a counter and 数 (``超标天数`` → 天,
    ``「良好」日數`` → 日, ``交辦件數`` → 件, ``檢查人次數`` → 人次); a count named and then
    turned into a share or a change (``优良天数比例``, ``天数同比``) ends otherwise.
    """
    if "(" in cell:
        cell = _PINYIN_GLOSS.sub("", cell)  # 移交事項(xiàng)數(shù)量: one name
    runs = _HAN_RUN.findall(_PAREN.sub(" ", cell))
    if not runs:
        return None
    last = runs[-1]
    if (named := _COUNTED_NOUN.search(last)) is not None:
        return _unit_of(_COUNTED_NOUN_COUNTERS[named.group(1)], parse)  # 移交事项数量 → 件
    m = _COUNT_NOUN.search(last) or _COUNT_NOUN_QUANTITY.search(last)
    if m is None:
        return None
    return _unit_of(m.group(1), parse)


#: The date or period a column counts, opening its header (``11月15日交办数量(件)``,
#: ``2023年排放量(万吨)``, ``10月19日至11月15日累计交办数量(件)``).
_DATE_LEAD = re.compile(r"[0-9０-９]{1,4}[ \u3000]*[年月日号號]")


def _dated_header(cell: str, parse: _Parse) -> bool:
    """Whether a cell opening with digits is a column header: a date or period, then the
    name of what is counted and its unit (``11月15日交办数量(件)``); a figure with its own
    unit (``58%``, ``12.5万吨``) or a date alone (``2020年``) is not."""
    return _DATE_LEAD.match(cell) is not None and _header_unit(cell, parse)[0] is not None


#: A column header naming a year alone (``2006年``, ``2023年度``): beside the other header
#: cells of a row it heads a column of that year's figures (a row of them alone, under no
#: other words, is no header: its row has no figure then).  ``年`` may be left out only where
#: the caller allows a bare year (a pipe table's header row, whose cells are words or years).
_YEAR_HEADER = re.compile(r"((?:19|20)[0-9]{2})\s*(年度?)?")


def header_year(cell: str, *, bare: bool = False) -> int | None:
    """The year a table's header cell names (``2006年``, ``2023年度``), or ``None``.

    Parameters
    ----------
    cell : str
        The cell's words (full-width digits and spaces around them are folded).
    bare : bool, default False
        Whether a year without ``年`` (``2018``) counts: in a header row of words and years
        it does; in a row that may hold figures it does not.

    Returns
    -------
    int or None
        The year (1900–2099), or ``None`` when the cell names none.

    Examples
    --------
    >>> header_year("2006年"), header_year("２０２３年度"), header_year("2018")
    (2006, 2023, None)
    >>> header_year("2018", bare=True), header_year("数目")
    (2018, None)
    """
    m = _YEAR_HEADER.fullmatch(_fold(cell).strip())
    if m is None or (m.group(2) is None and not bare):
        return None
    return int(m.group(1))


def _year_cell(cell: str) -> bool:
    """Whether ``cell`` is a header cell naming a year (``2006年``)."""
    return header_year(cell) is not None


#: A header cell closed by its unit in brackets (``一般垃圾(公噸)``, ``回收率(%)``).
_UNIT_CLOSED = re.compile(r"[^\s()（）]+[(（][^\s()（）]{1,12}[)）]")


def _spaced_header(body: str, parse: _Parse) -> list[tuple[_Unit | None, bool, bool, bool]] | None:
    """The columns of a header row whose cells are separated by single spaces, each closed
    by the one unit of its column (``一般垃圾(公噸) 資源垃圾(公噸) 回收率(%)``), or None.

    A single space separates the words of prose too; it separates cells only where every
    part of the line is a name closed by a unit in brackets (two parts at least).
    """
    line = body.strip()
    if not line.endswith((")", "）")) or " " not in line:
        return None  # a fast test: most lines end otherwise
    parts = line.split()
    if len(parts) < 2 or not all(_UNIT_CLOSED.fullmatch(t) for t in parts):
        return None
    header: list[tuple[_Unit | None, bool, bool, bool]] = []
    for t in parts:
        u, two = _header_unit(t, parse)
        if u is None or two or _ID_HEADER.fullmatch(t):
            return None
        header.append((u, False, False, bool(CHANGE_HEADER.search(t))))
    return header


def _cells(line: str) -> list[tuple[int, int]]:
    """Cell spans of a table line: pipes, tabs or runs of two spaces; a trailing run of
    numbers separated by single spaces is split into one cell per number."""
    spans: list[tuple[int, int]] = []
    piped = "|" in line or "｜" in line
    if piped:
        pos = 0
        for part in _PIPE.split(line):
            a, b = pos, pos + len(part)
            pos = b + 1
            if part.strip():
                spans.append((a, b))
    else:
        pos = 0
        for m in _SPLIT_WIDE.finditer(line):
            if m.start() > pos:
                spans.append((pos, m.start()))
            pos = m.end()
        if pos < len(line):
            spans.append((pos, len(line)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        seg = line[a:b]
        if ("(" in seg or "（" in seg) and ("/" in seg or ":" in seg or "月" in seg):
            seg = _DATE_AFTER.sub(lambda m: " " * len(m.group()), seg)  # 35.8 (5/29)
        if piped and _PIPE_GROUPED.fullmatch(seg):
            out.append((a, b))  # | 13 264 |: one figure, its thousands parted by a space
            continue
        toks = [(m.start() + a, m.end() + a) for m in _TOKEN.finditer(seg)]
        if len(toks) > 1 and _SPACED_GROUP.search(seg) is not None:
            found = _join_spaced_groups(line, toks, len(spans) > 1)
            if found is None:
                out.append((a, b))  # 87 149.5: one figure or two? not a figure
                continue
            toks = found
        k = len(toks)
        while k > 0 and _is_number(line[toks[k - 1][0] : toks[k - 1][1]]):
            k -= 1
        if len(toks) == 1:
            out.append(toks[0])
            continue
        if k == len(toks):
            out.append((a, b))
            continue
        if k > 0:
            out.append((a, toks[k - 1][1]))
        out.extend(toks[k:])
    return out


def _join_spaced_groups(
    line: str, toks: list[tuple[int, int]], delimited: bool
) -> list[tuple[int, int]] | None:
    """Join the figures whose thousands are split by one (thin) space (``1 744.4``).

    A head of one to three digits, one space and a tail of three digits with a decimal part
    are one figure only where the run of figures ending the cell is made of such pairs
    alone, all with the same number of decimals, and is at least two figures long (or the
    pair fills a cell delimited by pipes, tabs, two spaces or a line of its own).  Where a
    pair is found but the run is anything else (``87 149.5``, ``35.8 1 744.4``) the figures
    cannot be told apart: None.  Without a pair the tokens are returned unchanged.
    """
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        a, b = toks[i]
        if i + 1 < len(toks):
            c, d = toks[i + 1]
            if (
                c - b == 1
                and line[b] in _GROUP_SPACE
                and _GROUP_HEAD.fullmatch(line[a:b])
                and _GROUP_TAIL.fullmatch(line[c:d])
            ):
                out.append((a, d))
                i += 2
                continue
        out.append((a, b))
        i += 1
    if len(out) == len(toks):
        return toks
    k = len(out)
    while k > 0 and _is_number(line[out[k - 1][0] : out[k - 1][1]]):
        k -= 1
    run = [line[x:y] for x, y in out[k:]]
    paired = [any(ch in _GROUP_SPACE for ch in f) for f in run]
    if not any(paired):
        return toks  # the pairs are in a label: no figures
    decimals = {len(f.rpartition(".")[2]) if "." in f else 0 for f in run}
    if all(paired) and len(decimals) == 1 and (len(run) >= 2 or (delimited and k == 0)):
        return out
    return None


def _figure_value(cell: str) -> Decimal:
    """The value of a figure cell (``1,250``, ``1 744.4``)."""
    return Decimal(_fold(cell).replace(",", "").replace(" ", ""))


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).replace("−", "-")


def _is_number(cell: str) -> bool:
    return _NUMBER.fullmatch(_fold(cell)) is not None


#: A range written in one cell (``29.2~88.9``, ``12.5 ～ 15``, ``3-5``): two figures, no sign.
_RANGE_CELL = re.compile(
    r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*[~～〜至\-—–－]\s*"
    r"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
)


def _range_of(cell: str) -> tuple[Decimal, Decimal] | None:
    """``(low, high)`` of a cell holding a range of figures, low not above high; None
    otherwise (and for a span of years, ``2019-2021``, which is a period)."""
    m = _RANGE_CELL.fullmatch(_fold(cell))
    if m is None:
        return None
    low, high = (Decimal(g.replace(",", "")) for g in m.groups())
    if low > high or (_is_year(m.group(1)) and _is_year(m.group(2))):
        return None
    return low, high


def _is_figure(cell: str) -> bool:
    """A cell holding one bare figure or a range of bare figures."""
    return _is_number(cell) or _range_of(cell) is not None


def _is_year(cell: str) -> bool:
    f = _fold(cell)
    return f.isdigit() and len(f) == 4 and 1900 <= int(f) <= 2100


@dataclass(slots=True)
class _Row:
    start: int  # offset of the line in the text
    line: str
    cells: list[tuple[int, int]]
    numeric: list[bool]


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """``(offset, line)`` of each line; a table copied one cell per line with the pipes on
    lines of their own (``年度\\n|\\n产生量\\n|\\n…``) is joined into one line, its line
    breaks turned into spaces so that offsets stay those of ``text``."""
    out: list[tuple[int, str]] = []
    pos = 0
    lines = text.splitlines(keepends=True)
    if _PIPE_LINE.search(text) is None:
        for line in lines:
            out.append((pos, line.rstrip("\r\n")))
            pos += len(line)
        return out
    k = 0
    while k < len(lines):
        j = k
        while (
            j + 2 < len(lines)
            and lines[j + 1].strip() in ("|", "｜")
            and lines[j].strip() not in ("", "|", "｜")
            and lines[j + 2].strip() not in ("", "|", "｜")
        ):
            j += 2
        if j + 1 < len(lines) and j > k and lines[j + 1].strip() in ("|", "｜"):
            j += 1  # a closing pipe
        joined = "".join(lines[k : j + 1])
        body = joined.rstrip("\r\n")
        if j > k:
            body = body.replace("\r", " ").replace("\n", " ")
        out.append((pos, body))
        pos += len(joined)
        k = j + 1
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \u3000\t"))


def table_hits(text: str, parse: _Parse) -> list[_Hit]:
    """Read the figures in the bare numeric cells of the table rows of ``text``, with units.

    Parameters
    ----------
    text : str
        Original (not normalised) text; spans of the result index it.
    parse : callable
        ``parse(unit_text)`` → ``(unit, factor, multiplier)`` of a unit written alone
        (``"万吨"`` → ``("吨", Decimal(10000), "万")``), or None when it is no unit; it
        is called once per header cell, so it should be cached.

    Returns
    -------
    list of _Hit
        One hit per cell read, in text order, flagged ``unit_from_header``.
    """
    lines = _logical_lines(text)  # once, for every reader of lines
    column = _cell_per_line_hits(text, lines, parse) if "位" in text else []
    if "\n" in text and (
        "(" in text or "（" in text or "/" in text or "数" in text or "數" in text
    ):
        # a header names its unit in brackets or after a slash, or names a count (天数)
        column += _headed_cell_run_hits(lines, parse)
    if ("|" in text or "｜" in text) and _PIPE_END.search(text) is not None:
        column += _pipe_closed_hits(text, lines, parse)
    if _PIPE_LINE.search(text) is not None:
        column += _pipe_line_run_hits(text, lines, parse)
    if "|" in text or "｜" in text:
        column += _prose_unit_hits(lines, parse)
    rows = _row_hits(text, lines, parse)
    column += _label_above_hits(text, parse, rows)
    if column:
        taken = {h.start for h in rows}
        rows = sorted(rows + [h for h in column if h.start not in taken], key=lambda h: h.start)
    if " " in text:
        rows = _join_by_header_width(text, rows)
    _flag_spaced_integers(text, rows)
    return rows


#: A count written with its counter in the prose before a table (27 553宗, 35,811件): an
#: integer, its thousands parted by a comma or a space, then one or two characters.
_PROSE_COUNT = re.compile(
    r"(?<![0-9.,])([0-9]{1,3}(?:[,，\u2009\u202f\u00a0 ][0-9]{3})+|[0-9]+)(?![0-9.])"
    r"[ \u2009\u202f\u00a0]?([\u4e00-\u9fff]{1,2})"
)
#: The lines of prose above a table searched for its counter (the caption line included).
_PROSE_LINES_MAX = 4
#: A figure shared by the table and the prose proves the counter only from this size up: a
#: 1 or a 12 is too common to tie the two.
_PROSE_MATCH_MIN = 100
_COUNTER_SET = frozenset(_COUNTERS)


def _prose_unit_hits(lines: list[tuple[int, str]], parse: _Parse) -> list[_Hit]:
    """Pipe tables of bare integers that name no unit, counted in a unit the prose above names.

    A table copied from a report often writes its counter once, in the sentence before it
    (``由2006年的27 553宗下降至2007年的27 531宗`` over a table of complaints whose cells,
    header and caption name no unit).  The counter is carried to the table's integers only
    when the prose proves it: an integer of the table (100 or more) is written in the prose
    with that counter, and no other counter is so proven.  A table whose header, labels or
    caption name a unit, or holding a bare figure that is no integer (a measure, not a count),
    is left to the other readers; the integers read are flagged ``unit_from_header`` and
    ``shared_unit`` (the unit is written once, elsewhere).

    Parameters
    ----------
    lines : list of tuple
        ``(offset, line)`` of the text (:func:`_logical_lines`).
    parse : callable
        The unit parser of :func:`table_hits`.

    Returns
    -------
    list of _Hit
        One hit per integer cell of each table so counted.
    """
    out: list[_Hit] = []
    k = 0
    while k < len(lines):
        if lines[k][1].count("|") + lines[k][1].count("｜") < 2:
            k += 1
            continue
        j = k
        while j < len(lines) and lines[j][1].count("|") + lines[j][1].count("｜") >= 2:
            j += 1
        prose = "\n".join(body for _, body in lines[max(0, k - _PROSE_LINES_MAX) : k])
        out += _counted_from_prose(prose, lines[k:j], parse)
        k = j
    return out


def _counted_from_prose(prose: str, run: list[tuple[int, str]], parse: _Parse) -> list[_Hit]:
    """The integer cells of one pipe table ``run``, in the counter ``prose`` proves, or []."""
    cells: list[tuple[int, int, str]] = []
    for start, body in run:
        for a, b in _cells(body):
            cell = body[a:b]
            t = cell.strip()
            if not t or _PIPE_RULE.match(t):
                continue
            a += len(cell) - len(cell.lstrip())
            if _is_number(t):
                if "." in t or _is_year(t):
                    if _is_year(t):
                        continue  # a year labels a row or a column
                    return []  # a decimal: a table of measures
                cells.append((start + a, start + a + len(t), t))
            elif _DIGIT_LEAD.match(t) is None and not _dated_header(t, parse):
                unit, two = _header_unit(t, parse)
                if unit is not None or two:
                    return []  # the table names its unit: the other readers read it
    if not cells:
        return []
    values = {_figure_value(t) for _, _, t in cells}
    proven: set[_Unit] = set()
    for m in _PROSE_COUNT.finditer(prose):
        value = _figure_value(m.group(1).replace("，", ","))
        if value < _PROSE_MATCH_MIN or value not in values:
            continue
        word = m.group(2)
        for w in (word, word[0]):
            got = _unit_of(w, parse)
            if got is not None and got.unit in _COUNTER_SET and got.factor == 1:
                proven.add(got)
                break
    if len(proven) != 1:
        return []
    (unit,) = proven
    hits = []
    for a, b, t in cells:
        hit = _cell_hit(a, b, t, unit, False)
        hit.flags.append(FLAG.SHARED_UNIT)
        hits.append(hit)
    return hits


#: A table row of a label and a run of integers of one to three digits, each after one
#: (thin) space (``違反石棉規定 194 000 20 000 2 000 5 879``); the label holds no digit.
_SPACED_ROW = re.compile(
    r"[ \t\u3000]*[^\s0-9][^0-9\n]*?[ \t\u3000]+"
    r"([0-9]{1,3}(?:[ \u2009\u202f\u00a0][0-9]{1,3})+)[ \t\u3000]*"
)
#: A header of names each written as one word, separated by single spaces, no figure
#: (``總數 最高罰款 最低罰款 平均罰款``), or of years after an optional corner word.
_WORD = re.compile(r"[^\s0-9０-９]*[\u4e00-\u9fff][^\s0-9０-９]*")


def _header_width(line: str) -> int | None:
    """How many columns a header line names: its words (every one holding a character and
    no digit) or its years (after one corner word at most); None for any other line."""
    words = line.split()
    if len(words) >= 2 and all(_WORD.fullmatch(w) for w in words):
        return len(words)
    years = words[1:] if words and not _is_year(words[0]) else words
    if len(years) >= 2 and all(_is_year(w) for w in years) and len(years) >= len(words) - 1:
        return len(years)
    return None


def _group_starts(groups: list[str]) -> tuple[int, int]:
    """The figures a run of digit groups must and may hold: a group of one or two digits
    (or the first) opens a figure, a group of three may also close the one before (a
    thousands separator), a group of three opened by 0 only closes one."""
    forced = sum(1 for i, g in enumerate(groups) if i == 0 or len(g) < 3)
    free = sum(1 for i, g in enumerate(groups) if i > 0 and len(g) == 3 and g[0] != "0")
    return forced, forced + free


def _join_by_header_width(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Join the digit groups of table rows whose thousands are split by single spaces where
    the header above says how many figures each row holds.

    ``總數 最高罰款 最低罰款 平均罰款`` over ``違反石棉規定 194 000 20 000 2 000 5 879``: the
    header names four columns; a group of one or two digits opens a figure, so ``194``,
    ``20``, ``2`` and ``5`` open the four and every group of three closes the figure before
    it (194 000, 20 000, 2 000, 5 879).  The rows are joined only where the count is
    certain: the header is the line right above the run of rows (names each one word, or
    years), and in **every** row of the run the groups that must open a figure are exactly
    as many as the header's columns.  Any other run is left as read (one cell per group,
    flagged ``ambiguous_separator`` by :func:`_flag_spaced_integers`).
    """
    by_line: dict[int, list[int]] = {}
    for i, h in enumerate(hits):
        if _SHORT_INTEGER.fullmatch(text[h.start : h.end]):
            by_line.setdefault(text.rfind("\n", 0, h.start) + 1, []).append(i)
    if not by_line:
        return hits
    joined: dict[int, _Hit] = {}  # index of a run's first hit → the figure it opens
    dropped: set[int] = set()
    checked: set[int] = set()
    for ls in sorted(by_line):
        if ls in checked:
            continue
        # the run of rows this line belongs to, and the line above it
        top = ls
        while top > 0:
            above = text.rfind("\n", 0, top - 1) + 1
            if _SPACED_ROW.fullmatch(text[above : top - 1]) is None:
                break
            top = above
        if top == 0:
            continue
        header = text[text.rfind("\n", 0, top - 1) + 1 : top - 1]
        width = _header_width(header)
        rows: list[tuple[int, re.Match[str]]] = []
        at = top
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            m = _SPACED_ROW.fullmatch(text, at, end)
            if m is None:
                break
            rows.append((at, m))
            checked.add(at)
            at = end + 1
        if width is None or not rows:
            continue
        plans: list[list[int]] = []  # per row, the hits opening each figure
        for at, m in rows:
            groups = m.group(1).split()
            idx = by_line.get(at, [])
            forced, _ = _group_starts(groups)
            starts = [m.start(1) + g.start() for g in re.finditer(r"[0-9]+", m.group(1))]
            if forced != width or [hits[i].start for i in idx] != starts:
                plans = []
                break  # a row the header does not place: the whole run stays as read
            plans.append(idx)
        for idx in plans:
            heads = [i for i in idx if i == idx[0] or len(text[hits[i].start : hits[i].end]) < 3]
            for n, i in enumerate(heads):
                nxt = heads[n + 1] if n + 1 < len(heads) else idx[-1] + 1
                members = [j for j in idx if i <= j < nxt]
                first, last = hits[i], hits[members[-1]]
                digits = "".join(text[hits[j].start : hits[j].end] for j in members)
                head = Decimal(text[first.start : first.end])
                if first.value is None or head == 0:
                    break
                value = Decimal(digits) * (first.value / head)
                joined[i] = replace(
                    first, end=last.end, cover_end=last.end, value=value, flags=list(first.flags)
                )
                dropped.update(members[1:])
    if not joined:
        return hits
    return [joined.get(i, h) for i, h in enumerate(hits) if i not in dropped]


#: A run of bare integers of one to three digits, each after one (thin) space, standing
#: alone between spaces or line ends (``138 111 167 743``, ``2 472 4 758``).
_SPACED_INTEGERS = re.compile(r"(?<!\S)[0-9]{1,3}(?:[ \u2009\u202f\u00a0][0-9]{1,3})+(?!\S)")
_SHORT_INTEGER = re.compile(r"[0-9]{1,3}")


def _flag_spaced_integers(text: str, hits: list[_Hit]) -> None:
    """Flag ``ambiguous_separator`` on the cells of a run of integers separated by single
    spaces in which a figure of three digits follows another (``138 111 167 743``,
    ``2 472 4 758 1 560``): a space also separates thousands (Macau and Hong Kong yearbooks
    write ``138 111`` for 138,111), so whether ``2 472`` is one figure or two cannot be told
    from the run; the cells are read one per figure, never silently.  Runs of figures of
    one or two digits (``12 8 5``) and decimal figures are left as read.
    """
    done: dict[int, list[tuple[int, int]]] = {}  # runs of each line, by the line's offset
    for h in hits:
        if not _SHORT_INTEGER.fullmatch(text[h.start : h.end]):
            continue
        ls = text.rfind("\n", 0, h.start) + 1
        runs = done.get(ls)
        if runs is None:
            le = text.find("\n", h.end)
            line = text[ls : le if le >= 0 else len(text)]
            runs = [
                (ls + m.start(), ls + m.end())
                for m in _SPACED_INTEGERS.finditer(line)
                if any(len(t) == 3 for t in m.group().split()[1:])
            ]
            done[ls] = runs
        in_run = any(a <= h.start and h.end <= b for a, b in runs)
        if in_run and FLAG.AMBIGUOUS_SEPARATOR not in h.flags:
            h.flags.append(FLAG.AMBIGUOUS_SEPARATOR)


def _row_hits(text: str, lines: list[tuple[int, str]], parse: _Parse) -> list[_Hit]:
    """The cells read in lines holding two cells or more (see :func:`table_hits`)."""
    if not _may_hold_rows(text):
        return []
    # one pass of each pattern over the text; lines without a match are prose
    rowish = [
        i
        for i in (m.start() for m in _ROWISH.finditer(text))
        if text[i] in "|｜" or _is_figure_end(text, i) or (i > 0 and not text[i - 1].isspace())
    ]  # two spaces or a tab after a word, not an indentation
    if not rowish:
        return []
    captions = {m.start(): m for m in _CAPTION.finditer(text)}
    titles = [_TITLE_UNIT] if "表" in text else []
    if "(" in text or "（" in text:
        titles.append(_HEADING_UNIT)
    for pattern in titles:
        for m in pattern.finditer(text):
            if pattern is _HEADING_UNIT and not _cells_follow(text, m.end()):
                continue  # 浓度（微克/立方米） over a label line: a header cell, no title
            named = {_unit_of(p.group(1), parse) for p in _PAREN.finditer(m.group())}
            if _unit_of(m.group(1), parse) is not None and len(named - {None}) == 1:
                captions.setdefault(m.start(), m)  # one unit named: 浓度（μg/m3）及天数（天）not
    cap_at = sorted(captions)
    hits: list[_Hit] = []
    caption: _Unit | None = None
    header: list[tuple[_Unit | None, bool, bool, bool]] | None = None  # per column
    parent: tuple[int, _Unit, bool] | None = None  # indent, unit, change rate
    rows_seen = False
    cornered = False  # the header is a spaced one whose corner above the labels is blank
    names: list[str] | None = None  # the cells of a header row read just before, no row yet
    gap = 0  # lines since the caption or the last row that were no table row
    for start, body in lines:
        end = start + len(body)
        k = bisect_left(cap_at, start)
        cm = captions[cap_at[k]] if k < len(cap_at) and cap_at[k] < end else None
        k = bisect_left(rowish, start)
        cells = _cells(body) if cm is not None or (k < len(rowish) and rowish[k] < end) else []
        if cm is not None:
            # the same match, with offsets in the line
            cm = _CAPTION.search(body) or _TITLE_UNIT.search(body) or _HEADING_UNIT.search(body)
        if cm is not None:
            caption = _unit_of(cm.group(1), parse)
            per = _CAPTION_PERIOD.match(body, cm.end())
            if caption is not None and per is not None and "/" not in caption.unit:
                # 单位:吨 (每日计): the amounts are counted per day, in 吨/日
                period = "日" if per.group(1) in "日天" else per.group(1)
                caption = _Unit(f"{caption.unit}/{period}", caption.factor, caption.multiplier)
            header, parent, rows_seen, gap = None, None, False, 0
            if len(cells) < 2 or not any(_is_number(body[a:b]) for a, b in cells):
                continue
        rule = bool(_PIPE_RULE.match(body)) and "|" in body  # |---|---|
        if len(cells) < 2 or rule:
            spaced = None if rule else _spaced_header(body, parse)
            if spaced is not None:
                # 一般垃圾(公噸) 廚餘(公噸) …: the corner above the row labels is blank
                header, parent, gap = [(None, False, False, False), *spaced], None, 0
                cornered = True
                continue
            if not rule:
                gap += 1
                if rows_seen or gap > 3:
                    # a blank line or prose after the rows (or far from the caption): the
                    # table and its caption ended
                    caption, header, parent, rows_seen = None, None, None, False
            continue
        gap = 0
        texts = [body[a:b] for a, b in cells]
        numeric = [_is_figure(t) for t in texts]
        if not any(numeric[1:]) and all(
            _DIGIT_LEAD.match(t) is None or _dated_header(t, parse) or _year_cell(t)
            for t in texts[1:]
        ):
            units = _units_row(texts, parse) if names is not None else None
            if names is not None and units is not None:
                # a row of units under the header's names (``| | μg/m3 | mg/m3 | |``)
                header = _header_with_units(names, units, parse)
                names = None
                continue
            # a header row: units per column (None where the cell names none)
            header, cornered, names = [], False, texts
            for t in texts:
                u, two = _header_unit(t, parse)
                ident, change = bool(_ID_HEADER.fullmatch(t)), bool(CHANGE_HEADER.search(t))
                header.append((u, two, ident, change))
            parent = None
            continue
        rows_before = rows_seen
        rows_seen, names = True, None
        if not any(numeric):
            continue  # a row of figures written with their own units: the sentence parser's
        first_num = 0 if numeric[0] else numeric.index(True, 1)
        label_text = body[: cells[first_num][0]] if first_num > 0 else ""
        row_unit, row_two = _header_unit(label_text, parse) if label_text else (None, False)
        if first_num > 1 and ("|" in body or "｜" in body):
            # several pipe cells before the first figure are a header, not a row label
            row_unit, row_two = None, row_two or row_unit is not None
        if (
            label_text
            and row_unit is None
            and all(_is_year(texts[i]) for i in range(first_num, len(texts)) if numeric[i])
        ):
            # a header row of years (项目 2020 2021): not quantities, and no row either — a
            # group label on a line of its own after it does not end the table
            header, parent, rows_seen = None, None, rows_before
            continue
        row_change = bool(CHANGE_HEADER.search(label_text))
        row_id = bool(_ID_HEADER.fullmatch(label_text))
        if row_unit is None and not row_two and label_text and parent is not None:
            if _PART_MARK.match(label_text) or _indent(body) > parent[0]:
                row_unit, row_change = parent[1], parent[2]
            else:
                parent = None
        elif row_unit is not None and not row_two:
            parent = (_indent(body), row_unit, row_change)
        if (
            header is not None
            and len(header) + 1 == len(cells)
            and not numeric[0]
            and all(h[0] is not None and not h[1] for h in header)
        ):
            # every header cell names a unit, the row opens with a label: the header's
            # corner above the label column is blank (``| | 排放量(万吨) | 浓度(μg/m3) |``)
            header = [(None, False, False, False), *header]
        # under a header with a blank corner, only a row opened by its label is placed
        aligned = header is not None and len(header) == len(cells) and not (cornered and numeric[0])
        header_units = header is not None and any(h[0] is not None or h[1] for h in header)
        piped = "|" in body or "｜" in body
        if aligned and header is not None:
            hits += _change_percent_cells(start, body, cells, header)
        seg_unit, seg_two, seg_change = row_unit, row_two or row_id, row_change
        label_from = None  # first non-numeric cell after a numeric one: a label in the row
        run_start = first_num  # first figure after a label: a year there labels the row
        for i in range(first_num, len(cells)):
            if not numeric[i]:
                if label_from is None:
                    label_from = i
                continue
            if label_from is not None:
                run_start = i
            if label_from is not None:
                # a label inside the row (``… | 年度增减率(%) | 6.3 | …``): it names the unit of
                # the figures after it; several cells there are a header, not a label
                seg = body[cells[label_from][0] : cells[i - 1][1]]
                u, two = _header_unit(seg, parse)
                if piped and i - label_from > 1:
                    seg_unit, seg_two = None, two or u is not None
                else:
                    seg_unit, seg_two = u, two or bool(_ID_HEADER.fullmatch(seg))
                seg_change = bool(CHANGE_HEADER.search(seg))
                label_from = None
            col = header[i] if aligned and header is not None else None
            if seg_two or (col is not None and (col[1] or col[2])):
                continue
            if col is None and header_units and _header_disagrees(header, seg_unit):
                continue  # ragged row under a header with units: no guess
            if i == 0 and (col is None or col[0] is None):
                continue  # the row-label column
            unit: _Unit | None
            change = seg_change or (col is not None and col[3])
            if seg_unit is not None:
                if col is not None and col[0] is not None and col[0] != seg_unit:
                    continue  # two headers could apply
                unit = seg_unit
            elif col is not None and col[0] is not None:
                unit = col[0]
            elif caption is not None and not (i == run_start and _is_year(texts[i])):
                unit = caption
            else:
                continue
            if unit.unit == "年" and _is_year(texts[i]):
                continue  # a calendar year under a header in 年 is a date, not a duration
            hits.append(_cell_hit(start + cells[i][0], start + cells[i][1], texts[i], unit, change))
    return hits


#: The label cell of a row of units (``| 单位 | 万吨 | mg/L |``).
_UNIT_LABEL = re.compile(r"[单單]\s*位|[Uu]nits?")


def _units_row(texts: list[str], parse: _Parse) -> list[_Unit] | None:
    """The units of a table row holding units alone (``| | μg/m3 | mg/m3 |``, ``单位  万吨
    mg/L``), its first cell possibly the word 单位; None for any other row."""
    if _UNIT_LABEL.fullmatch(texts[0].strip()) is not None:
        texts = texts[1:]
    units = [_unit_cell(t.strip(), parse) for t in texts]
    if not units or any(u is None for u in units):
        return None
    return [u for u in units if u is not None]


def _header_with_units(
    names: list[str], units: list[_Unit], parse: _Parse
) -> list[tuple[_Unit | None, bool, bool, bool]]:
    """The columns of a header row of names (the label column's first) with the row of units
    under it (see :func:`_named_units`).  Where the units cannot be matched with the names,
    every column is marked as under two units: no cell under it is read."""
    heads = _named_units(names, units, parse)
    if heads is None:
        return [(None, True, False, False)] * len(names)
    return [
        (u, two, bool(_ID_HEADER.fullmatch(t)), bool(CHANGE_HEADER.search(t)))
        for (u, two), t in zip(heads, names, strict=True)
    ]


#: A line that may hold only figures (its cells are checked by :func:`_label_above_hits`).
_FIGURES_LINE = re.compile(
    r"^[ \u3000]*(?:[-－—–…][ \t]+)*"  # nil marks before the figures (``- - 3 5``)
    r"[0-9０-９][0-9０-９.,，、:/月日()（）\-－—–…−+ \t\u3000\u2009\u202f\u00a0]*"
    r"(?:(?<=[0-9)）])[ \t]+[a-e])?$",
    re.MULTILINE,
)
#: A footnote mark closing a line of figures (``1 744.4 1 791.6 1 856.3 c``): no cell.
_FOOTNOTE_MARK = re.compile(r"[ \t]+[a-e]$")
#: A line of figures (each with its bracketed date) and, after them, a label: the label of
#: the next row, joined to the last cell of the row above when the table was flattened
#: (``152.2 (5/30) 降雨日數``, ``6.7 (12/31) 酷熱天氣日數 a``).
_FIGURES_THEN_LABEL = re.compile(
    r"^[ \u3000]*[0-9][0-9.,:/() \t\u3000]*(?<=[0-9)）])[ \t\u3000]+"
    r"(?=[\u3400-\u9fff「『])(.+)$"
)
#: A label naming a statistic of the measure named above it (``平均``, ``絕對最低``).
#: Its Chinese is the statistic alone (``最高气温`` names another measure).
_STATISTIC_LABEL = re.compile(r"(?:[绝絕][对對])?(?:平均|均值|最高|最低|最大|最小|中位[数數])值?")
_LABEL_LINE_MAX = 80


def _is_statistic_label(label: str) -> bool:
    """Whether the Chinese of ``label`` (outside brackets) is one statistic's name alone
    (``平均 Média Mean``, ``絕對最高``), never a measure named after it (``最高气温``)."""
    runs = _HAN_RUN.findall(_PAREN.sub(" ", label))
    return len(runs) == 1 and _STATISTIC_LABEL.fullmatch(runs[0]) is not None


def _line_above(text: str, start: int) -> tuple[int, str] | None:
    """``(offset, line)`` of the non-blank line above the line at ``start``, across one
    blank line at most; None at the top of the text or after two blank lines."""
    for _ in range(2):
        if start == 0:
            return None
        a = text.rfind("\n", 0, start - 1) + 1
        body = text[a : start - 1].rstrip("\r")
        if body.strip():
            return a, body
        start = a
    return None


#: How many lines of a label's translation (no Chinese, no unit) may stand between the
#: label and its figures (``Dias com ar de qualidade``, ``"Moderada"``, ``Days with …``).
_TRANSLATION_LINES_MAX = 3
#: A word quoted inside a label (``「良好 」日數``): one name with the words after it.
_QUOTED_WORD = re.compile(r"[「『]\s*([^」』\s]{1,8})\s*[」』]\s*")


def _label_line(body: str) -> bool:
    """Whether ``body`` is a row label alone on its line: short, no sentence punctuation,
    no second cell, no figure, and one name at most written in Chinese (``總雨量 (毫米)
    Total (mm)``, never ``面积(km2) 数量``: two columns, one unit)."""
    s = body.strip()
    if not 0 < len(s) <= _LABEL_LINE_MAX or _CAPTION.search(s) is not None:
        return False
    outside = _QUOTED_WORD.sub(r"\1", _PAREN.sub(" ", s))
    return (
        _PROSE_MARK.search(outside) is None
        and _SPLIT_WIDE.search(s) is None
        and _PIPE.search(s) is None
        and not any(_is_number(t) or _DIGIT_LEAD.match(t) for t in outside.split())
        and len(_HAN_RUN.findall(outside)) <= 1
    )


#: Nil marks (``-``, ``…``: no figure for that column, as yearbooks write) before or after
#: the figures of a line (``1 - - -``), each apart from them by a space; a mark between two
#: figures is not one (``5 - 10`` may be a range).
_NIL_EDGES = re.compile(r"((?:[-－—–…][ \t]+)*)(.*?[0-9])((?:[ \t]+[-－—–…])*)[ \t]*")


def _label_of_line(body: str) -> str | None:
    """The row label that ``body`` holds: the line itself when it is a label alone
    (:func:`_label_line`), or a label in Chinese after the figures of the row above
    (``152.2 (5/30) 降雨日數``: the table flattened, the next row's label joined to the last
    cell); None otherwise."""
    if _label_line(body):
        return body
    m = _FIGURES_THEN_LABEL.match(body)
    if m is None or not _label_line(m.group(1)):
        return None
    return m.group(1)


def _label_above_hits(text: str, parse: _Parse, rows: list[_Hit]) -> list[_Hit]:
    """The figures of a line holding only a run of bare figures under a row label that
    names their unit (a PDF table flattened to text, the label and its figures on lines of
    their own: ``總雨量 (毫米) Total (mm)``, a blank line, ``1 795.6 2 248.0 1 713.2``).

    The label is the line just above (across one blank line), or the line above a label
    naming a statistic of it (``相對濕度 (%)``, ``平均 Mean``, ``81 82 82``).  The cells of
    the row may also be written one per line (``108.2 (9/16)``, ``111.0 (8/26)``): two lines
    or more, each holding one figure, each right under the last (across one blank line).
    A label naming two units, a rate of change with no unit, identifiers or no unit, a run
    holding a year, a run of rising consecutive integers (ranks, serial numbers), a run
    mixing figures with different numbers of decimals (an identifier or a count next to
    values) and a line the row reader already read leave the line unread.
    """
    read = sorted(h.start for h in rows)
    lines: list[tuple[int, list[tuple[int, int]], list[str]]] = []  # start, cells, texts
    width: dict[int, int] = {}  # cells of each line, nil cells (-) counted
    for m in _FIGURES_LINE.finditer(text):
        start, body = m.start(), m.group()
        k = bisect_left(read, start)
        if k < len(read) and read[k] < m.end():
            continue  # the row reader's line: its header or caption holds
        mark = _FOOTNOTE_MARK.search(body)
        if mark is not None:
            body = body[: mark.start()]
        nil = _NIL_EDGES.fullmatch(body)
        a0 = 0 if nil is None else nil.start(2)
        core = body if nil is None else nil.group(2)
        cells = [(a0 + a, a0 + b) for a, b in _cells(core)]
        texts = [body[a:b] for a, b in cells]
        if cells and all(_is_number(t) for t in texts):
            # 1 - - -: the nil marks before or after the figures are cells of the row too
            marks = 0 if nil is None else len(nil.group(1).split()) + len(nil.group(3).split())
            width[start] = len(cells) + marks
            lines.append((start, [(start + a, start + b) for a, b in cells], texts))
    hits: list[_Hit] = []
    i = 0
    while i < len(lines):
        start, cells, texts = lines[i]
        j = i + 1
        if width[start] == 1:  # one cell per line: the lines right under it, one figure each
            while j < len(lines) and width[lines[j][0]] == 1:
                prev = _line_above(text, lines[j][0])
                if prev is None or prev[0] != lines[j - 1][0]:
                    break
                j += 1
            if j - i < 2:
                i = j
                continue
            cells = [c for ln in lines[i:j] for c in ln[1]]
            texts = [t for ln in lines[i:j] for t in ln[2]]
        i = j
        unit, change = _row_label_above(text, start, texts, parse)
        if unit is None:
            continue
        for (a, b), t in zip(cells, texts, strict=True):
            hits.append(_cell_hit(a, b, t, unit, change))
    return hits


def _row_label_above(
    text: str, start: int, texts: list[str], parse: _Parse
) -> tuple[_Unit | None, bool]:
    """The unit (and whether it is a rate of change) that the label above the figures
    ``texts`` starting at ``start`` gives them, or ``(None, False)`` (see
    :func:`_label_above_hits`)."""
    if any(_is_year(t) for t in texts):
        return None, False  # a header of years, or a year labelling the row
    decimals = {len(_fold(t).rpartition(".")[2]) if "." in t else 0 for t in texts}
    if len(decimals) != 1:
        return None, False
    if (
        decimals == {0}
        and len(texts) > 1
        and all(int(_figure_value(b)) == int(_figure_value(a)) + 1 for a, b in pairwise(texts))
    ):
        return None, False  # 1 2 3: ranks or serial numbers
    above = _line_above(text, start)
    label = None if above is None else _label_of_line(above[1])
    if above is None or label is None:
        return None, False
    unit, two = _header_unit(label, parse)
    climbed = 0
    while (
        unit is None and not two and climbed < _TRANSLATION_LINES_MAX and not _HAN_RUN.search(label)
    ):
        # Days with "Good" air quality: a translation of the label, which is written
        # above it in Chinese (``「良好」日數 Dias com ar de "Boa"``, ``qualidade``)
        above = _line_above(text, above[0])
        label = None if above is None else _label_of_line(above[1])
        if above is None or label is None:
            return None, False
        climbed += 1
        unit, two = _header_unit(label, parse)
    if unit is None and not two and _is_statistic_label(label):
        higher = _line_above(text, above[0])
        if higher is None or not _label_line(higher[1]):
            return None, False
        label = higher[1]
        unit, two = _header_unit(label, parse)
    if unit is None or two or _ID_HEADER.fullmatch(_PAREN.sub("", label)):
        return None, False
    return unit, bool(CHANGE_HEADER.search(label))


#: A line holding one short cell (no sentence punctuation, no second cell): a table copied
#: one cell per line.
_LONE_CELL_MAX = 24
#: A year written as a column or row header (``2023年``, ``2023年度``): a label, not a figure.
#: A year of the ROC calendar with 年度 (``107年度``, a fiscal year) is one too.
_YEAR_CELL = re.compile(r"[0-9０-９]{4}\s*年度?|[0-9０-９]{2,3}\s*年度")
#: A cell holding only a dash or an ellipsis: no figure for that row and column (``-``, ``…``).
_EMPTY_CELL = re.compile(r"[-－—–−…]{1,2}|\.{2,3}")
_PROSE_MARK = re.compile(r"[。；;，！？!?、]")


#: A column header closed by its unit in brackets may be longer
#: (``可吸入顆粒物(PM10)月平均濃度(微克/立方米)``).
_LONE_HEADER_MAX = 40


def _lone_cell(body: str) -> bool:
    """Whether ``body`` (a non-blank line) is one table cell alone on its line."""
    s = body.strip()
    limit = _LONE_HEADER_MAX if s.endswith((")", "）")) else _LONE_CELL_MAX
    return (
        0 < len(s) <= limit
        # 县(市、区): a list in parentheses names the label column, it is no prose
        and _PROSE_MARK.search(_PAREN.sub("", s)) is None
        and _SPLIT_WIDE.search(s) is None
        and _PIPE.search(s) is None
        and _CAPTION.search(s) is None
        and (len(_cells(s)) == 1 or _range_of(s) is not None)  # 69.3 -266.9: a range
    )


def _lone_cell_run(
    lines: list[tuple[int, str]], k: int, blanks_first: int
) -> tuple[list[tuple[int, str]], int]:
    """The run of lone cells from line ``k`` on, and the index of the line after it.

    Blank lines between cells are passed (one at a time; up to ``blanks_first`` before the
    first cell); the run ends at a line that is no lone cell.

    Parameters
    ----------
    lines : list of (int, str)
        :func:`_logical_lines` of the text (offset, body).
    k : int
        Index of the first line to read.
    blanks_first : int
        How many blank lines may stand before the first cell.

    Returns
    -------
    cells : list of (int, str)
        The cells' offsets (first non-blank character) and stripped texts.
    k : int
        Index of the first line not read.
    """
    cells: list[tuple[int, str]] = []
    blanks = 0
    while k < len(lines):
        s, b = lines[k]
        if not b.strip():
            blanks += 1
            if blanks > (blanks_first if not cells else 1):
                break
            k += 1
            continue
        if not _lone_cell(b):
            break
        blanks = 0
        cells.append((s + len(b) - len(b.lstrip()), b.strip()))
        k += 1
    return cells, k


def _cell_per_line_hits(text: str, lines: list[tuple[int, str]], parse: _Parse) -> list[_Hit]:
    """The figures of tables copied one cell per line (or per paragraph) under a caption.

    The header cells are the labels before the first figure; the rows are told apart by a
    label cell opening each of them, or by an identifier column whose plain integers rise at
    a fixed period (the row width).  Where neither holds, nothing is read.
    """
    if _CAPTION.search(text) is None:
        return []
    hits: list[_Hit] = []
    k = 0
    while k < len(lines):
        body = lines[k][1]
        cm = _CAPTION.search(body)
        k += 1
        if cm is None:
            continue
        caption = _unit_of(cm.group(1), parse)
        if caption is None:
            continue
        cells, k = _lone_cell_run(lines, k, 3)  # a caption up to three lines away
        hits.extend(_read_cell_run(cells, caption, parse))
    return hits


def _headed_cell_run_hits(lines: list[tuple[int, str]], parse: _Parse) -> list[_Hit]:
    """The figures of tables copied one cell per line (or per paragraph) without a caption,
    whose column headers name the units (``PM10月平均濃度(微克/立方米)``, ``比例(%)``).

    A run of lone cells after a line that is no cell (a caption before it is left to
    :func:`_cell_per_line_hits`) is read only where each row opens with a label cell and is
    exactly as wide as the header (the header cells counted): each column takes its own
    header's unit.  Ragged rows, rows wider or narrower than the header, or a header
    spanning two levels leave the run unread.
    """
    hits: list[_Hit] = []
    k = 0
    while k < len(lines):
        body = lines[k][1]
        k += 1
        if not body.strip() or _lone_cell(body) or _CAPTION.search(body) is not None:
            continue
        cells, k = _lone_cell_run(lines, k, 1)
        if len(cells) >= 6:
            hits.extend(_read_cell_run(cells, None, parse, exact_width=True))
    return hits


#: A line ending with a pipe: a table copied one cell per line, each cell closed by ``|``.
_PIPE_END = re.compile(r"[|｜][ \t]*$", re.MULTILINE)


def _pipe_closed_hits(text: str, lines: list[tuple[int, str]], parse: _Parse) -> list[_Hit]:
    """The figures of tables copied one cell per line with a pipe closing each cell
    (``省市 |``, ``原野剂量率`` + ``(nGy/h) |``, ``北京 |``, ``29.2 |``); a cell may run over
    lines up to its pipe.  Read as :func:`_read_cell_run`, with a caption up to three lines
    above the first cell."""
    hits: list[_Hit] = []
    k = 0
    while k < len(lines):
        cells: list[tuple[int, str]] = []
        pending: int | None = None  # offset of a cell's first line, its pipe yet to come
        first = k
        while k < len(lines):
            s, b = lines[k]
            m = _PIPE_END.search(b)
            content = b[: m.start()] if m is not None else b
            if not content.strip() or not _lone_cell(content):
                break
            a = s + len(content) - len(content.lstrip())
            if m is None:
                if pending is not None:
                    break  # a cell runs over two lines at most
                pending = a
            else:
                a = a if pending is None else pending
                cells.append((a, text[a : s + len(content.rstrip())]))
                pending = None
            k += 1
        if len(cells) < 3:
            k = max(k, first + 1)
            continue
        caption = None
        for _, b in lines[max(0, first - 3) : first]:
            cm = _CAPTION.search(b)
            if cm is not None:
                caption = _unit_of(cm.group(1), parse)
        hits.extend(_read_cell_run(cells, caption, parse))
    return hits


def _pipe_line_run_hits(text: str, lines: list[tuple[int, str]], parse: _Parse) -> list[_Hit]:
    """The figures of tables copied one cell per line with the pipes on lines of their own
    (``设区市``, ``|``, ``移交事项数量``, ``|``, …, ``南京市``, ``|``, ``16``, ``|``, …).

    :func:`_logical_lines` joins such a run into one line; its cells (between the pipes)
    are read as a run of lone cells (:func:`_read_cell_run`): with the caption's unit where a
    caption stands up to three lines above, else only where each row opens with a label and
    is exactly as wide as the header (or as one of its halves set side by side,
    :func:`_side_by_side`).  A run whose cells cannot be placed is not read.
    """
    hits: list[_Hit] = []
    for k, (s, body) in enumerate(lines):
        if "\n" not in text[s : s + len(body)] or _PIPE.search(body) is None:
            continue  # a line as written, not a run of cells joined
        cells: list[tuple[int, str]] = []
        pos = 0
        for part in _PIPE.split(body):
            a = pos + len(part) - len(part.lstrip())
            if part.strip():
                cells.append((s + a, part.strip()))
            pos += len(part) + 1
        if len(cells) < 6 or any("\n" in t or not _lone_cell(t) for _, t in cells[:-1]):
            continue
        if not _lone_cell(cells[-1][1]):
            cells.pop()  # the line after the table, joined by its closing pipe
        caption = None
        for _, b in lines[max(0, k - 3) : k]:
            cm = _CAPTION.search(b)
            if cm is not None:
                caption = _unit_of(cm.group(1), parse)
        hits.extend(_read_cell_run(cells, caption, parse, exact_width=caption is None))
    return hits


def _read_cell_run(
    cells: list[tuple[int, str]],
    caption: _Unit | None,
    parse: _Parse,
    exact_width: bool = False,
) -> list[_Hit]:
    """Read a run of lone cells (see :func:`_cell_per_line_hits`).

    Where the rows are exactly as wide as the header, each column takes its header's unit
    (or the caption's); otherwise only the caption's unit applies, and a header naming a
    unit leaves the run unread.  With ``exact_width`` (no caption), only rows opened by
    labels and exactly as wide as the header are read.
    """
    label = [
        (_DIGIT_LEAD.match(t) is None and _EMPTY_CELL.fullmatch(t) is None)
        or _YEAR_CELL.fullmatch(t) is not None
        for _, t in cells
    ]
    n_head = label.index(False) if False in label else len(cells)
    if n_head in (0, len(cells)):
        return []  # no header before the figures, or no figure
    by_label = any(label[n_head:]) or _ID_HEADER.fullmatch(cells[0][1]) is None
    if by_label:
        n_head -= 1  # rows opened by labels: the last label before the figures opens the first
    names, unit_row = _header_names([t for _, t in cells[:n_head]], parse)
    n_cols = len(names)
    if by_label:
        widths = [len(list(g)) for is_label, g in groupby(label[n_head:]) if not is_label]
        if len(set(widths)) != 1 or widths[0] + 1 > n_cols:
            return []  # ragged rows, or more figures than columns: cells cannot be placed
        width = widths[0] + 1
    if by_label and not unit_row and n_cols > width:
        # halves side by side are certain whatever closes the cells; a title copied into
        # the header is trusted only where the rows are counted cell for cell
        halves = _side_by_side(names, width)
        if halves is not None:
            names = halves
        elif exact_width:
            names = _columns_under_title(names, width, parse)
        n_cols = len(names)
    if n_cols < 2:
        return []
    data = cells[n_head:]
    data_label = label[n_head:]
    if not by_label:
        found = _row_period([t for _, t in data])
        if found is None:
            return []
        width = found
    if (exact_width or unit_row) and (not by_label or width != n_cols):
        return []  # without a caption, only a header counted cell for cell places a cell
    heads = _named_units(names, unit_row, parse)
    if heads is None:
        return []  # a row of units that cannot be matched with the columns it names
    columns: list[_Unit | None] | None = None  # the unit of each column, where placed
    if width == n_cols:
        columns = []
        for (u, two), t in zip(heads, names, strict=True):
            # the column header is more specific than the caption
            columns.append(None if two or CHANGE_HEADER.search(t) else u or caption)
    elif any(u is not None or two for u, two in heads):
        columns = _two_level_columns(names, heads, width)
        if columns is None:
            return []  # a column in another unit: which cells it holds is unknown
    elif caption is None:
        return []
    skip: set[int] = set()
    col_of: list[int] = []
    if by_label:
        row_ok, col = True, 0
        for i, (_, t) in enumerate(data):
            if data_label[i]:
                u, two = _header_unit(t, parse)
                row_ok = not (
                    two
                    or (u is not None and u != caption)
                    or CHANGE_HEADER.search(t)
                    or _ID_HEADER.fullmatch(t)
                )
                col = 0
                skip.add(i)
                col_of.append(0)
                continue
            col += 1
            col_of.append(col)
            if not row_ok or (col == 1 and _is_year(t)):
                skip.add(i)  # a year opening a row labels it
    else:
        skip = set(range(0, len(data), width))
        col_of = [i % width for i in range(len(data))]
    hits: list[_Hit] = []
    shares = _names_only_shares(names)
    for i, (a, t) in enumerate(data):
        unit = caption if columns is None else columns[col_of[i]]
        if shares and not data_label[i] and _PERCENT_CELL.fullmatch(_fold(t)):
            hits.append(_share_cell_hit(a, t))  # 再生资源占比: 18.21%
            continue
        if i in skip or unit is None or not _is_figure(t):
            continue
        if unit.unit == "年" and _is_year(t):
            continue
        hits.append(_cell_hit(a, a + len(t), t, unit, False))
    return hits


#: A cell naming a table (``办理情况统计表``, ``汇总表（续）``): the title of the table after it.
_TABLE_TITLE = re.compile(r"[\u4e00-\u9fff]表\s*(?:[(（][^()（）]{1,8}[)）])?$")


def _side_by_side(names: list[str], width: int) -> list[str] | None:
    """The columns of a table printed in halves side by side, or None.

    A header whose names are the same ``width`` names written two times or more
    (``设区市 | 移交事项数量 | 设区市 | 移交事项数量``) heads a table whose rows were set in
    two (or more) halves beside each other to save space: each row of ``width`` cells
    (``南京市 | 16``, ``淮安市 | 4``) is one row of the one table.  The repetition is the
    whole header, cell for cell, so the column of each cell is certain; any other header
    (names not repeated, repeated only in part, or one repetition) gives None.
    """
    if width < 2 or len(names) % width or len(names) == width:
        return None
    first = names[:width]
    if len(set(first)) != width:
        return None
    if any(names[i] != first[i % width] for i in range(width, len(names))):
        return None
    return first


def _columns_under_title(names: list[str], width: int, parse: _Parse) -> list[str]:
    """The column headers of a run of lone cells whose table title was copied into the run.

    A title written one line or two before the header (``某省交办问题线索``, ``办理情况统计表``,
    ``(第一批至第九批)``) makes the header cells more than the row width.  The last ``width``
    cells are the columns when they are distinct and the cells before them are a title: one
    names a table (``…统计表``), none names a unit or a year (not the top level of a
    two-level header, nor a header name written over two lines, ``代表`` / ``河长``);
    otherwise ``names`` is returned unchanged (and the run stays unread).
    """
    title, columns = names[:-width], names[-width:]
    if len(set(columns)) != width or not any(_TABLE_TITLE.search(t) for t in title):
        return names
    for t in title:
        u, two = _header_unit(t, parse)
        if u is not None or two or _DIGIT_LEAD.search(t) or _YEAR_CELL.search(t):
            return names
    return columns


#: A cell wholly in brackets (``(第95百分位数)``, ``（年均值）``): the end of the header cell
#: above it where it names no unit.
_BRACKETED_CELL = re.compile(r"[(（][^()（）]{1,20}[)）]")
#: A header naming a rate (达标率, 回收率, 覆盖率): a share in %, whose cells carry their ``%``;
#: 功率, 频率, 速率 and 汇率 are measures of another kind.
_RATE_NAME = re.compile(r"(?<![功频頻速汇匯])率$")


def _unit_cell(cell: str, parse: _Parse) -> _Unit | None:
    """The unit a cell holds alone (``μg/m3``, ``mg/m3``, ``(万吨)``, ``%``), or None.

    The whole cell must be the unit: where the cell without its last character reads as
    the same unit, the unit is only its start (``所占比例`` reads 所, ``吨数`` reads 吨: names).
    """
    if _BRACKETED_CELL.fullmatch(cell) is not None:
        cell = cell[1:-1]
    u = _unit_of(cell, parse)
    if u is None or (len(cell) > 1 and _unit_of(cell[:-1], parse) == u):
        return None
    return u


def _header_names(texts: list[str], parse: _Parse) -> tuple[list[str], list[_Unit]]:
    """The column names of a header copied one cell per line, and its row of units.

    A cell wholly in brackets naming no unit (``CO`` then ``(第95百分位数)``) ends the name
    above it: it is no column of its own.  The cells closing the header that each hold a
    unit alone (``μg/m3``, ``μg/m3``, ``mg/m3``) are a row of units under the names, at
    least two of them (after the label 单位, if written) and no more than the names after
    the label column's; else there is
    no row of units (a header of units alone, ``城市`` then ``吨``, ``%``, stays as written).
    Without a row of units, a unit alone right under a name that names none (``SO2`` then
    ``μg/m3``) ends that name: one header cell written over two lines.  The rows must still
    be exactly as wide as the names counted so.

    Parameters
    ----------
    texts : list of str
        The header cells, in order (the label column's header first).
    parse : callable
        See :func:`table_hits`.

    Returns
    -------
    names : list of str
        One name per column, the label column's first.
    unit_row : list of _Unit
        The units of the row under the names, in order; empty where there is none.
    """
    names: list[str] = []
    for t in texts:
        if (
            names
            and _BRACKETED_CELL.fullmatch(t) is not None
            and _BRACKETED_CELL.fullmatch(names[-1]) is None
            and _unit_cell(t, parse) is None
        ):
            names[-1] += t
        else:
            names.append(t)
    units: list[_Unit] = []
    for t in reversed(names):
        u = _unit_cell(t, parse)
        if u is None:
            break
        units.append(u)
    units.reverse()
    n_names = len(names) - len(units)
    if n_names > 1 and _UNIT_LABEL.fullmatch(names[n_names - 1]) is not None:
        n_names -= 1  # the row of units opened by its label, 单位
    if len(units) >= 2 and n_names - 1 >= len(units):
        return names[:n_names], units
    # no row of units: a unit alone under a name naming none is the end of that name
    # (``SO2`` then ``μg/m3``, ``NO2`` then ``(μg/m3)``): one header cell over two lines
    joined: list[str] = []
    for i, t in enumerate(names):
        if (
            len(joined) > 1
            and _unit_cell(t, parse) is not None
            and _unit_cell(names[i - 1], parse) is None
            and _header_unit(names[i - 1], parse) == (None, False)
        ):
            joined[-1] += t if _BRACKETED_CELL.fullmatch(t) else f"({t})"
        else:
            joined.append(t)
    return joined, []


def _named_units(
    names: list[str], unit_row: list[_Unit], parse: _Parse
) -> list[tuple[_Unit | None, bool]] | None:
    """The unit of each header name (see :func:`_header_unit`), with the row of units.

    A row holding one unit under each name but the label column's gives them in order (a
    name naming another unit of its own is under two: None).  A shorter row gives its units,
    in order, to the names that name no unit of their own (``SO2``, ``PM2.5``; not
    ``达标天数`` → 天, ``综合指数``, an identifier): it must hold exactly one unit for each of
    them, or one for each but the rates (``达标率``, whose cells carry their ``%``).  A rate
    given a unit must be given ``%``.  Any other row leaves the columns unplaced (None):
    which name a unit is under is not written.
    """
    heads = [_header_unit(t, parse) for t in names]
    if not unit_row:
        return heads
    rates = {i for i, t in enumerate(names) if _RATE_NAME.search(_PAREN.sub("", t).strip())}
    if len(unit_row) == len(names) - 1:
        under = list(range(1, len(names)))
    else:
        free = [
            i
            for i, (t, (u, two)) in enumerate(zip(names, heads, strict=True))
            if i > 0 and u is None and not two and _ID_HEADER.fullmatch(t) is None
        ]
        plain = [i for i in free if i not in rates]
        if len(free) == len(unit_row):
            under = free
        elif len(plain) == len(unit_row):
            under = plain
        else:
            return None
    for i, u in zip(under, unit_row, strict=True):
        if i in rates and u.unit != "%":
            return None  # a rate under a unit other than %: the row is not matched
        own, two = heads[i]
        heads[i] = (u, False) if own in (None, u) and not two else (None, True)
    return heads


def _two_level_columns(
    texts: list[str], heads: list[tuple[_Unit | None, bool]], width: int
) -> list[_Unit | None] | None:
    """The unit of each column under a two-level header, or None where it cannot be placed.

    The header cells are a top row (the label column's header, then one cell per group
    naming the group's unit: ``原野剂量率 (nGy/h)``, ``人均年有效剂量当量 (mSv)``) and a row
    of sub-headers, one per figure column (``范围``, ``按面积加权均值``, ``范围``, ``均值``).
    How many columns each top cell spans is not written; it is known where every group
    opens with the same sub-header (``范围``) and the groups are as many as the top cells
    with a unit.  Each top cell must name one unit; a sub-header naming a unit, a rate of
    change or an identifier, or any other count leaves the table unread.
    """
    n_top = len(texts) - (width - 1)
    if n_top < 3 or width < 3:
        return None
    top, subs = heads[1:n_top], [re.sub(r"\s+", "", t) for t in texts[n_top:]]
    if any(u is None or two for u, two in top) or any(
        u is not None or two for u, two in heads[n_top:]
    ):
        return None
    if any(CHANGE_HEADER.search(t) or _ID_HEADER.fullmatch(t) for t in texts[1:]):
        return None
    opens = [i for i, t in enumerate(subs) if t == subs[0]]
    if len(opens) != len(top):
        return None
    columns: list[_Unit | None] = [None]  # the label column
    for k, (unit, _) in enumerate(top):
        end = opens[k + 1] if k + 1 < len(opens) else len(subs)
        columns.extend([unit] * (end - opens[k]))
    return columns


#: A header naming a share of a whole, and headers naming another measure in %.
_SHARE_HEADER = re.compile(r"[占佔]比|比重|所[占佔]比例")
_OTHER_PERCENT_HEADER = re.compile(r"率|比例|百分比|%|％")
_PERCENT_CELL = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]")


def _names_only_shares(headers: list[str]) -> bool:
    """Whether the header cells name a share (占比) and no other measure in %."""
    shares = [h for h in headers if _SHARE_HEADER.search(h)]
    others = [h for h in headers if _OTHER_PERCENT_HEADER.search(_SHARE_HEADER.sub("", h))]
    return bool(shares) and not others


#: A cell holding a signed or bare percentage with its own sign (``8%``, ``-0.1%``, ``+3.5％``).
_SIGNED_PERCENT_CELL = re.compile(r"[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]")


def _change_percent_cells(
    start: int,
    body: str,
    cells: list[tuple[int, int]],
    header: list[tuple[_Unit | None, bool, bool, bool]],
) -> list[_Hit]:
    """The percentage cells of one aligned row that stand under a header naming a change.

    A cell written with its own ``%`` is the sentence parser's; with no sign before it the
    parser reads a level (``8%``), while the column says it is a relative change
    (``數目轉變百分比``, ``增減率``, ``同比``).  The hit returned here is the cell as a
    ``change_relative`` (sign from the figure: a bare figure rises); the parser keeps its own
    reading and takes the kind and sign from it (see ``parser._with_cells``).

    Parameters
    ----------
    start : int
        Offset of the line ``body`` in the text.
    body : str
        The row's line.
    cells : list of tuple of int
        ``(a, b)`` of each cell in ``body``, as many as ``header`` has columns.
    header : list of tuple
        Per column: unit, two units named, identifier column, change column.

    Returns
    -------
    list of _Hit
        One ``change_relative`` hit in % per such cell.
    """
    out = []
    for (a, b), col in zip(cells, header, strict=True):
        if not col[3]:
            continue
        cell = body[a:b]
        t = cell.strip()
        if _SIGNED_PERCENT_CELL.fullmatch(_fold(t)) is None:
            continue
        a += len(cell) - len(cell.lstrip())
        value = Decimal(_fold(t)[:-1].replace(",", ""))
        a0, b0 = start + a, start + a + len(t)
        sign = 1 if value > 0 else -1 if value < 0 else 0
        hit = _Hit(
            start=a0, end=b0, cover_start=a0, cover_end=b0, value=value, low=None, high=None,
            unit="%", qualifier=QUALIFIER.EXACT, kind=KIND.CHANGE_RELATIVE, sign=sign,
            baseline=None, multiplier=None,
        )  # fmt: skip
        out.append(hit)
    return out


def _share_cell_hit(a: int, cell: str) -> _Hit:
    value = Decimal(_fold(cell)[:-1].replace(",", ""))
    return _Hit(
        start=a, end=a + len(cell), cover_start=a, cover_end=a + len(cell), value=value,
        low=None, high=None, unit="%", qualifier=QUALIFIER.EXACT, kind=KIND.RATIO, sign=0,
        baseline=None, multiplier=None,
    )  # fmt: skip


def _row_period(cells: list[str]) -> int | None:
    """The smallest row width ``p`` (at least 2 rows) at which the cells ``0, p, 2p …``
    are plain integers that rise: an identifier column; None when there is none."""
    for p in range(2, len(cells) // 2 + 1):
        if len(cells) % p:
            continue
        ids = [_fold(c) for c in cells[::p]]
        if all(i.isdigit() for i in ids) and all(int(a) < int(b) for a, b in pairwise(ids)):
            return p
    return None


def _header_disagrees(
    header: list[tuple[_Unit | None, bool, bool, bool]] | None, unit: _Unit | None
) -> bool:
    """Whether some column of ``header`` names a unit other than ``unit`` (or two)."""
    if unit is None or header is None:
        return True
    return any(h[1] or (h[0] is not None and h[0] != unit) for h in header)


def _cell_hit(a: int, b: int, cell: str, unit: _Unit, change: bool) -> _Hit:
    kind = KIND.CHANGE_RELATIVE if change and unit.unit == "%" else KIND.LEVEL
    span = _range_of(cell)
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    if span is not None:
        low, high = span[0] * unit.factor, span[1] * unit.factor
        sign = 1 if kind is KIND.CHANGE_RELATIVE and low > 0 else 0
        qualifier = QUALIFIER.RANGE
    else:
        try:
            number = _figure_value(cell)
        except InvalidOperation:  # pragma: no cover - _NUMBER admits only decimals
            number = Decimal("NaN")
        value, qualifier = number * unit.factor, QUALIFIER.EXACT
        sign = 0
        if kind is KIND.CHANGE_RELATIVE:
            sign = 1 if number > 0 else -1 if number < 0 else 0
    return _Hit(
        start=a,
        end=b,
        cover_start=a,
        cover_end=b,
        value=value,
        low=low,
        high=high,
        unit=unit.unit,
        qualifier=qualifier,
        kind=kind,
        sign=sign,
        baseline=None,
        multiplier=unit.multiplier,
        flags=list(_FLAGS),
    )
