"""Classes of parser round 29 (branch ``read19``): the failure classes left on all spent splits.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 29, branch
`read19`"):

1. A table header cell opening with the date or period its column counts
   (``11月15日交办数量(件)``, ``2023年排放量(万吨)``) is a header cell, not a figure: the rows
   under it take its unit (a date alone, ``2020年``, or a figure with its unit stays no header).
2. A header row whose cells are separated by single spaces, each closed by its unit in
   brackets (``一般垃圾(公吨) 资源垃圾(公吨) 回收率(%)``), is a header; where every header cell
   names a unit and the rows open with a label and hold one cell more, the corner above the
   label column is blank (also in pipe tables: ``| | 排放量(万吨) | …``).
3. A header naming an amount per person and per day (or year) before its unit
   (``平均每人每日垃圾产生量(公斤)``) gives that unit per day (``公斤/日``), as the sentence
   parser reads ``每人每日…1.41公斤``.

The sentences and tables are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from tests.parser_rows import rows
from tests.scripts import both_scripts


def _texts(texts: list[str]) -> list[str]:
    """Each text as written and in traditional script."""
    return [str(case[0]) for case in both_scripts([(t,) for t in texts])]


# --- 1. a header cell opening with a date ------------------------------------------------

DATED = [
    "县区 | 3月2日受理数量(件) | 2月1日至3月2日累计受理数量(件) |\n"
    "甲县 | 2 | 31 |\n乙县 | 0 | 7 |\n",
    "| 地区 | 2023年排放量(万吨) | 2024年排放量(万吨) |\n"
    "| 东区 | 1.2 | 1.1 |\n| 西区 | 3.4 | 2.9 |\n",
]


@pytest.mark.parametrize("text", _texts(DATED))
def test_a_header_cell_opening_with_a_date_names_its_column_unit(text: str) -> None:
    got = rows(text, "value", "unit", "warnings")
    assert len(got) == 4, got
    assert all("unit_from_header" in str(w) for _, _, w in got)
    assert len({u for _, u, _ in got}) == 1
    assert {u for _, u, _ in got} <= {"件", "吨"}


def test_dated_header_values_are_placed_cell_for_cell() -> None:
    got = rows(DATED[0], "value", "unit")
    assert [float(v) for v, _ in got] == [2.0, 31.0, 0.0, 7.0]
    got = rows(DATED[1], "value", "unit")
    assert [float(v) for v, _ in got] == [12000.0, 11000.0, 34000.0, 29000.0]


DATED_NOT_READ = [
    # dates alone are no header naming a unit: the rows have no unit
    "地区 | 2023年 | 2024年 |\n东区 | 12 | 11 |\n西区 | 34 | 29 |\n",
    # a row of figures with their own units is no header
    "地区 | 12.5万吨 | 3月2日 |\n东区 | 12 | 11 |\n",
]


@pytest.mark.parametrize("text", _texts(DATED_NOT_READ))
def test_dates_and_figures_are_no_header(text: str) -> None:
    got = rows(text, "value", "unit", "warnings")
    assert not any("unit_from_header" in str(w) for _, _, w in got), got


# --- 2. single-space headers closed by units; a blank corner ------------------------------

SPACED = [
    "各县垃圾产生量\n\n   垃圾产生量(公吨) 资源垃圾(公吨) 回收率(%)\n"
    "甲县 12,345 6,789 55.10\n乙县 2,468 1,357 54.98\n",
    "   用水量(万立方米) 排水量(万立方米)\n2023年东区 120.5 98.1\n西区 88.0 70.2\n",
    "| | 排放量(万吨) | 浓度(微克/立方米) |\n| 东区 | 1.5 | 32 |\n| 西区 | 2.5 | 41 |\n",
]


@pytest.mark.parametrize("text", _texts(SPACED))
def test_a_spaced_header_of_units_places_each_column(text: str) -> None:
    got = rows(text, "value", "unit", "warnings")
    assert len(got) == 4 or len(got) == 6, got
    assert all("unit_from_header" in str(w) for _, _, w in got)


def test_spaced_header_units_per_column() -> None:
    got = rows(SPACED[0], "value", "unit")
    assert [(float(v), u) for v, u in got] == [
        (12345.0, "吨"), (6789.0, "吨"), (55.1, "%"), (2468.0, "吨"), (1357.0, "吨"), (54.98, "%"),
    ]  # fmt: skip
    got = rows(SPACED[2], "value", "unit")
    assert [float(v) for v, _ in got] == [15000.0, 32.0, 25000.0, 41.0]
    assert len({u for _, u in got}) == 2


SPACED_NOT_READ = [
    # prose words separated by spaces: not every part is closed by a unit
    "   今年 垃圾产生量(公吨) 回收率(%)\n甲县 12,345 6,789 55.10\n",
    # rows two cells wider than the header: which column holds a cell is unknown
    "   垃圾产生量(公吨) 回收率(%)\n甲县 12,345 6,789 55.10\n",
    # a row without a label: the blank corner cannot be told
    "   垃圾产生量(公吨) 资源垃圾(公吨)\n12 12,345 6,789\n",
]


@pytest.mark.parametrize("text", _texts(SPACED_NOT_READ))
def test_spaced_headers_that_cannot_place_a_cell_leave_it(text: str) -> None:
    got = rows(text, "value", "unit", "warnings")
    assert not any("unit_from_header" in str(w) for _, _, w in got), got


# --- 3. per person and per day in a header ------------------------------------------------

PER_DAY = [
    ("   垃圾产生量(公吨) 平均每人每日垃圾产生量(公斤)\n甲县 12,345 1.12\n乙县 2,468 0.98\n",
     "公斤/日"),
    ("| 城市 | 人均每日用水量(升) |\n| 甲市 | 180 |\n| 乙市 | 201 |\n", "升/日"),
    ("| 城市 | 每人每年用水量(立方米) |\n| 甲市 | 45 |\n| 乙市 | 52 |\n", "立方米/年"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "unit"), both_scripts(PER_DAY))
def test_a_per_capita_daily_header_is_per_day(text: str, unit: str) -> None:
    got = rows(text, "value", "unit")
    assert unit in {u for _, u in got}, got


def test_an_amount_without_per_capita_period_stays_plain() -> None:
    # no period per person before the unit: the column's unit as written
    text = "| 城市 | 垃圾产生量(公斤) | 人口(万人) |\n| 甲市 | 180 | 12 |\n| 乙市 | 201 | 15 |\n"
    got = rows(text, "value", "unit")
    assert [u for _, u in got] == ["公斤", "人", "公斤", "人"]
    # a year before the amount is a date, not 每年
    text = "| 城市 | 2023年用水量(立方米) |\n| 甲市 | 45 |\n| 乙市 | 52 |\n"
    assert {u for _, u in rows(text, "value", "unit")} == {"立方米"}
