"""Pipe tables flattened into text: the column header and the row label of each cell.

A table copied from a web page or a PDF often reaches a report's text as lines of cells
separated by ``|`` (``区域 | 名称 | 达标率`` over ``定海区 | 虹桥水库 | 92.3%``).  Its figures
are named by their **column** (the header cell above them: a measure, or a year) and located
by their **row** (the first cell: a place, or an item).  Read as prose, the figure would be
named by the words before it on its line — the row's label and the cells between — which is
the wrong name.  :func:`pipe_cells` finds, for each figure cell under a header row, the
header's words and the row's label, so that the reader names the cell by its column's
measure (a year column's cells by the measure the table's title names, the row's item in
brackets: ``平均固体废物量（家居）``), takes the period from a year column, and the region from a
row labelled by a place.

A table without a header row (no line of words above its figures) stays as the prose reader
reads it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from envindicators.units.parsing.tables import header_year

__all__ = ["TableCell", "clean_cell", "pipe_cells", "table_title"]


class TableCell(NamedTuple):
    """One figure cell of a pipe table.

    Attributes
    ----------
    start, end : int
        The cell's figure span in the text.
    header : str or None
        The words of its column's header cell (``None`` in a year column).
    year : int or None
        The year of its column (``2018``, ``2018年``), else ``None``.
    label : str
        The row's label (its first cell, the words of a place or an item), cleaned.
    label_start, label_end : int
        The label cell's span in the text.
    title : str or None
        The measure the table's title names (:func:`table_title`), else ``None``.
    header_start, header_end : int
        The header cell's span in the text (``-1`` without one).
    by_row : bool
        Whether the label column's header says its rows are the measures (``| 指标 | 高新区 |
        张店区 |``): the columns are then places or groups, the label names the cell.
    """

    start: int
    end: int
    header: str | None
    year: int | None
    label: str
    label_start: int
    label_end: int
    title: str | None = None
    header_start: int = -1
    header_end: int = -1
    by_row: bool = False


#: A figure filling a cell (``92.3%``, ``6,712``, ``13 264``, ``-3.5``, ``28微克/立方米``): the
#: number, then at most a short unit (no mark of a clause, no date).
_FIGURE_CELL = re.compile(
    r"[-−]?(?:\d{1,3}(?:[ ,]\d{3})+|\d+)(?:\.\d+)?\s*"
    r"(?:%|‰|(?![年月日])[万亿千百]?[A-Za-zμµ\u4e00-\u9fff/³²·()（）]{1,8})?"
)
#: A separator row (``|---|:---:|``).
_RULE_CELL = re.compile(r"[-:—=\s]*")
#: Footnote marks and symbols of a cell's words (``家居②``, ``虹桥水库★``, ``大沙中心河*``).
_MARKS = re.compile(r"[①-⑳★☆*※△▲#─—\s　]")
#: A cell of words (a header or a label): at least one letter or CJK character.
_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def clean_cell(words: str) -> str:
    """A cell's words without footnote marks and spaces (``市控以上 达标率`` → ``市控以上达标率``).

    Examples
    --------
    >>> clean_cell(" 家居② ")
    '家居'
    >>> clean_cell("市控以上 达标率")
    '市控以上达标率'
    """
    return _MARKS.sub("", words)


#: A title's words that name no measure: a table's number (``26-4``, ``表1``), a year or a
#: month, the split (``按种类划分的``), a trailing ``统计表``/``情况表`` or ``的转变``/``的变化``.
_TITLE_NOISE = re.compile(
    r"^\s*(19|20)\d{2}\s*年度?|^\s*\d{1,2}\s*月份?|^\s*(表\s*)?[\d０-９]+([-—－.．]\d+)*\s*"
    r"|按[^，,。的]{1,8}?(划分|劃分|分)的?|(统计|統計|情况|情況)?表\s*$"
    r"|的?(转变|轉變|变化|變化|变动|變動|情况|情況)\s*$"
)
#: The header of a label column whose rows are measures (the columns are then places).
_MEASURE_ROWS = re.compile(
    r"(监测|監測|评价|評價)?(指标|指標|污染物|因子)(名称|名稱)?|(监测|監測|评价|評價)(项目|項目)"
)
#: A line that is no title: a unit, a note, a source.
_NO_TITLE = re.compile(r"^\s*(单位|單位|注|註|资料来源|資料來源|来源|來源)\s*[:：]")


def table_title(line: str) -> str | None:
    """The measure a table's title line names, or ``None`` (no words left, or no title).

    Examples
    --------
    >>> table_title("26-4 按种类划分的平均固体废物量")
    '平均固体废物量'
    >>> table_title("表2 2023年各区污水处理量统计表")
    '各区污水处理量'
    >>> table_title("2007年污染投诉数目的转变")
    '污染投诉数目'
    >>> table_title("单位:吨 (每日计)") is None
    True
    """
    words = line.strip().strip("|").strip()
    if not words or len(words) > 40 or _NO_TITLE.match(words) or words.endswith(("。", "；")):
        return None
    for _ in range(4):  # a number, a year or a month, the split, an ending
        words = _TITLE_NOISE.sub("", words, count=1).strip()
    words = clean_cell(words)
    return words if _WORDS.search(words) and not _FIGURE_CELL.match(words) else None


def _cells(line: str, at: int) -> list[tuple[int, int, str]]:
    """The cells ``(start, end, words)`` of one line, the outer pipes dropped."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for part in line.split("|"):
        a, pos = pos, pos + len(part) + 1
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        out.append((at + a + lead, at + a + lead + len(stripped), stripped))
    if out and not out[0][2] and line.lstrip().startswith("|"):
        out = out[1:]
    while out and not out[-1][2]:
        out.pop()
    return out


_Column = tuple[str | None, int | None, int, int]


def _header(cells: list[tuple[int, int, str]]) -> list[_Column] | None:
    """The columns of a header row (words or a year each), or ``None`` if it is no header.

    A header row has two or more cells, every non-empty one words (a measure, the label
    column's name) or a year, at least one words or two years, and no other figure.
    """
    if len([c for c in cells if c[2]]) < 2:
        return None
    cols: list[_Column] = []
    words = years = 0
    for a, b, w in cells:
        year = header_year(w, bare=True)
        if year is not None:
            cols.append((None, year, a, b))
            years += 1
        elif not w:
            cols.append((None, None, a, b))
        elif _WORDS.search(w) and not re.search(r"\d[\d.,]*\s*%", w) and len(w) <= 24:
            cols.append((clean_cell(w), None, a, b))
            words += 1
        else:
            return None
    if years >= 2 or (words >= 2 and years == 0):
        return cols
    return None


def pipe_cells(text: str) -> list[TableCell]:
    """The figure cells of the pipe tables of ``text`` under a header row.

    A table is a run of lines holding ``|``; its header is the first row of two or more
    cells of words (or years) with no other figure (:func:`_header`); each later row whose
    first non-empty cell is words (its label) gives its figure cells — a cell that is a
    figure alone — the header cell of their column.  Columns align by position when the
    row has as many cells as the header; else (a header of merged cells) only the row's
    last cell aligns, with the header's last.  A row of cells that are all figures, or a
    cell whose column has no header words and no year, gives nothing.  A blank line or a
    line without ``|`` ends the table.

    Parameters
    ----------
    text : str
        The document.

    Returns
    -------
    list of TableCell
        In text order.

    Examples
    --------
    >>> text = "地区 | PM2.5浓度 | 优良天数比例\\n南京市 | 28 | 82.5%\\n"
    >>> [(text[c.start:c.end], c.header, c.label) for c in pipe_cells(text)]
    [('28', 'PM2.5浓度', '南京市'), ('82.5%', '优良天数比例', '南京市')]
    >>> text = "| 种 类 | 2018 | 2019 |\\n| 家居② | 6712 | 6554 |\\n"
    >>> [(text[c.start:c.end], c.year, c.label) for c in pipe_cells(text)]
    [('6712', 2018, '家居'), ('6554', 2019, '家居')]
    """
    out: list[TableCell] = []
    columns: list[_Column] | None = None
    title: str | None = None
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if "|" not in line or not line.strip():
            columns = None  # the table ends
            title = table_title(line) if line.strip() else None  # a title line before it
            continue
        cells = _cells(line, start)
        if all(_RULE_CELL.fullmatch(c[2]) for c in cells):
            continue  # a separator row, or a row of empty cells
        if columns is None:
            columns = _header(cells)
            filled = [c for c in cells if c[2]]
            if columns is None and len(filled) == 1:
                title = table_title(filled[0][2]) or title  # a title row of one cell
            continue
        label = next((c for c in cells if c[2]), None)
        if label is None or not _WORDS.search(label[2]) or _FIGURE_CELL.fullmatch(label[2]):
            continue
        aligned = len(cells) == len(columns)
        k_label = cells.index(label)
        label_head = columns[k_label][0] if aligned else None
        by_row = bool(label_head and _MEASURE_ROWS.fullmatch(label_head)) and not any(
            c[1] is not None for c in columns
        )  # | 指标 | 高新区 | 张店区 | (not | 项目 | 2020 | 2021 |: a year table's items)
        for k, (a, b, w) in enumerate(cells):
            if (a, b) == label[:2] or not _FIGURE_CELL.fullmatch(w):
                continue
            if aligned:
                header, year, ha, hb = columns[k]
            elif k == len(cells) - 1:
                header, year, ha, hb = columns[-1]
            else:
                continue
            if header is None and year is None:
                continue
            row = (clean_cell(label[2]), label[0], label[1])
            out.append(TableCell(a, b, header, year, *row, title, ha, hb, by_row))
    return out
