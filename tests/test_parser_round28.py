"""Classes of parser round 28 (branch ``read18``): cells of tables flattened into text.

Rule in ``units/parsing/tables.py`` (``benchmarks/corpus/README.md``, "Parser round 28,
branch `read18`"): a table copied one cell per line (or per paragraph) **without a caption**
is read where its column headers name the units (``PM10月平均浓度(微克/立方米)``,
``比例(%)``), each row opens with a label cell and every row is exactly as wide as the
header (header cells counted); each cell takes its own column's unit and is flagged
``unit_from_header``.  Ragged rows, rows of another width than the header or a column
header naming no unit leave the cells unread.  A header cell closed by its unit in brackets
may be up to 40 characters long.

The tables are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from tests.parser_rows import rows
from tests.scripts import texts_in_both_scripts


def _cells(*lines: str) -> str:
    """A table copied one cell per paragraph after a title line that is no cell."""
    return "表2  各站点水质监测结果\n\n" + "\n\n".join(lines) + "\n"


HEADED = [
    _cells("站点", "化学需氧量平均浓度(毫克/升)", "氨氮(毫克/升)", "甲站", "12", "0.5",
           "乙站", "15", "0.8"),
    _cells("城市", "细颗粒物(PM2.5)月平均浓度(微克/立方米)", "排名", "东城", "23", "4",
           "西城", "31", "9", "南城", "18", "2"),
    _cells("县区", "造林面积(公顷)", "甲县", "120", "乙县", "85.5", "丙县", "40"),
]  # fmt: skip


@pytest.mark.parametrize("text", texts_in_both_scripts(HEADED))
def test_cells_take_their_column_units(text: str) -> None:
    got = rows(text, "value", "unit", "warnings")
    assert got, text
    assert all("unit_from_header" in str(w) for _, _, w in got)
    units = {u for _, u, _ in got}
    assert units <= {"mg/L", "μg/m³", "ha", "毫克/升", "微克/立方米", "公顷"}, got


def test_each_column_its_own_unit_and_ranks_unread() -> None:
    got = rows(HEADED[1], "value", "unit")
    assert [float(v) for v, _ in got] == [23.0, 31.0, 18.0]  # 排名 (4, 9, 2) is no quantity
    got = rows(HEADED[0], "value", "unit")
    assert [float(v) for v, _ in got] == [12.0, 0.5, 15.0, 0.8]
    assert len({u for _, u in got}) == 1


NOT_READ = [
    # a ragged row: 乙站 has one figure for two columns
    _cells("站点", "化学需氧量(毫克/升)", "氨氮(毫克/升)", "甲站", "12", "0.5", "乙站", "15",
           "丙站", "11", "0.4"),
    # rows wider than the header: which column holds a cell is unknown
    _cells("站点", "化学需氧量(毫克/升)", "甲站", "12", "0.5", "乙站", "15", "0.8"),
    # no header names a unit
    _cells("站点", "评价结果", "超标项目", "甲站", "12", "3", "乙站", "15", "2"),
    # identifier columns only
    _cells("序号", "编号", "名称", "1", "1001", "甲", "2", "1002", "乙"),
]  # fmt: skip


@pytest.mark.parametrize("text", texts_in_both_scripts(NOT_READ))
def test_cells_that_cannot_be_placed_stay_unread(text: str) -> None:
    assert rows(text, "value", "unit") == []


def test_prose_paragraphs_are_no_table() -> None:
    text = "今年以来，全市共检查企业120家。\n\n整改到位\n\n35\n\n其余问题正在整改。\n"
    assert [float(v) for v, _ in rows(text, "value", "unit")] == [120.0]
