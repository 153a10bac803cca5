"""One vocabulary of a table header's change words and one reader of a header's year (mend44).

The parser (:mod:`envindicators.units.parsing.tables`) decides from a header whether its ``%``
cells are changes; the report reader (:mod:`envindicators.extract._tables`,
:mod:`envindicators.extract._reader`) strips the same words from a header to find the measure
that changes, and reads the same year cells as a pipe table's period columns.  Both read one
vocabulary and one year reader, so a header the parser reads as a change is one the reader
names as the change of its measure.
"""

from __future__ import annotations

import pytest
from tests.scripts import both_scripts

from envindicators.extract._tables import pipe_cells
from envindicators.units import extract_quantities
from envindicators.units.parsing.tables import CHANGE_HEADER, CHANGE_HEADER_END, header_year

#: (header, the measure left when its change words are stripped), in both scripts as written
#: (by hand: a character-by-character converter writes 同 as 衕 and 升 as 昇)
CHANGE_HEADERS = [
    ("数目转变百分比", "数目"),
    ("數目轉變百分比", "數目"),
    ("排放量变化率", "排放量"),
    ("排放量變化率", "排放量"),
    ("排放量同比增减(%)", "排放量"),
    ("排放量同比增減（%）", "排放量"),
    ("投诉数目的变动百分比", "投诉数目"),
    ("投訴數目的變動百分比", "投訴數目"),
    ("浓度同比变化", "浓度"),
    ("濃度同比變化", "濃度"),
    ("优良天数比例升降", "优良天数比例"),
    ("優良天數比例升降", "優良天數比例"),
    ("用水量增长率", "用水量"),
    ("用水量增長率", "用水量"),
    ("用水量增幅", "用水量"),
    ("用水量降幅", "用水量"),
    ("用电量环比", "用电量"),
    ("用電量環比", "用電量"),
    ("同比", ""),
]

#: headers naming a level, a share or a rate that is no change
LEVEL_HEADERS = [
    "污染投诉数目",
    "达标率",
    "占比",
    "优良天数比例",
    "浓度(μg/m3)",
    "排放量（万吨）",
    "比率",
]


@pytest.mark.parametrize(("header", "measure"), CHANGE_HEADERS)
def test_a_change_header_is_read_as_a_change_and_stripped_to_its_measure(
    header: str, measure: str
) -> None:
    assert CHANGE_HEADER.search(header) is not None
    assert CHANGE_HEADER_END.sub("", header) == measure


@pytest.mark.parametrize("header", [h for (h,) in both_scripts([(h,) for h in LEVEL_HEADERS])])
def test_a_level_header_is_no_change_and_keeps_its_words(header: str) -> None:
    assert CHANGE_HEADER.search(header) is None
    assert CHANGE_HEADER_END.sub("", header) == header


@pytest.mark.parametrize(
    ("cell", "bare", "year"),
    [
        ("2006年", False, 2006),
        ("2023年度", False, 2023),
        ("２０２３年", False, 2023),
        (" 2019 年 ", False, 2019),
        ("2018", False, None),
        ("2018", True, 2018),
        ("1880年", False, None),  # no year of a report's tables
        ("2018年排放量", True, None),
        ("12.5", True, None),
        ("5000", True, None),
        ("数目", True, None),
    ],
)
def test_header_year_reads_a_year_cell_only(cell: str, bare: bool, year: int | None) -> None:
    assert header_year(cell, bare=bare) == year


def test_the_parser_and_the_report_reader_agree_on_a_change_column() -> None:
    """A ``%`` cell under a change column is a change for the parser, and the report reader
    names its column's measure (the header without its change words)."""
    text = (
        "| 项目 | 2022年 | 2023年 | 排放量同比增减 |\n"
        "|---|---|---|---|\n"
        "| 化学需氧量 | 12.5 | 11.3 | -9.6% |\n"
    )
    hits = extract_quantities(text)
    change = hits[hits["text"].str.contains("9.6")]
    assert list(change["kind"]) == ["change_relative"]
    cells = pipe_cells(text)
    years = sorted({c.year for c in cells if c.year is not None})
    assert years == [2022, 2023]
    headers = {c.header for c in cells if c.header is not None}
    assert "排放量同比增减" in headers
    assert {CHANGE_HEADER_END.sub("", h) for h in headers} == {"排放量"}
