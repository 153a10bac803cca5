"""Classes of parser round 33a (branch ``tables22``): cells of flattened tables whose unit is
only in a header.

Rules in ``units/parsing/tables.py`` (``benchmarks/corpus/README.md``, "Parser round 33a,
branch `tables22`"):

* A header copied one cell per line may close with a **row of units** (``μg/m3``, ``μg/m3``,
  ``mg/m3``: cells each holding a unit alone) under its names.  The units go, in order, to the
  names that name no unit of their own (``SO2``, ``PM2.5``; not ``达标天数`` → 天, ``综合指数``
  → dimensionless): the row must hold exactly one unit for each of them, or one for each but
  the rates (``达标率``, whose cells carry their ``%``), and a rate given a unit must be given
  ``%``.  Any other count leaves the table unread (which name a unit is under is not written).
* A cell wholly in brackets naming no unit (``CO`` then ``(第95百分位数)``) ends the header
  cell above it; it is no column of its own.  Without a row of units, a unit alone right
  under a name naming none (``SO2`` then ``μg/m3``) ends that name: a header cell over two
  lines.  The rows must be exactly as wide as the names counted so.
* The same in tables whose rows are lines (pipes, tabs, two spaces): a row of units alone
  (``| | μg/m3 | mg/m3 | |``, ``单位  万吨  mg/L``) right under the header row of names gives
  them their units by the same count; a row holding one unit under each name but the label
  column's gives them in order.  Any other count leaves the cells under that header unread.
* A table's title (``表1``, ``附表2-3``) closed by a unit in brackets and naming no other is
  a caption of the rows (lines) after it, like ``单位：``.  A title naming two units or none,
  and a sentence citing a table, are none.

The tables are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from tests.parser_rows import rows
from tests.scripts import texts_in_both_scripts

FLAG = "unit_from_header"


def _read(text: str) -> list[tuple[float, str]]:
    return [(float(v), str(u)) for v, u, w in rows(text, "value", "unit", "warnings") if FLAG in w]


def _cells(*cells: str, sep: str = "\n\n") -> str:
    """A table copied one cell per paragraph (``sep`` between cells) after a title line."""
    return "表2  监测结果统计\n\n" + sep.join(cells) + "\n"


# --- a row of units under the header names ---------------------------------------------------
UNIT_ROW = [
    # three pollutants in a row of units, a count of days naming its own counter
    (_cells("站点", "SO2", "NO2", "CO", "优良天数", "μg/m3", "μg/m3", "mg/m3",
            "甲站", "8", "21", "0.9", "330", "乙站", "6", "19", "1.2", "318"),
     [(8.0, "μg/m3"), (21.0, "μg/m3"), (0.9, "mg/m3"), (330.0, "天"),
      (6.0, "μg/m3"), (19.0, "μg/m3"), (1.2, "mg/m3"), (318.0, "天")]),
    # one cell per line, a qualifier in brackets under a name, a rate whose cells hold their %,
    # an index: the two units go to the two names without one
    (_cells("断面", "化学需氧量", "氨氮", "(年均值)", "达标率", "综合指数", "mg/L", "mg/L",
            "甲断面", "15.2", "0.42", "91.7%", "2.31", "乙断面", "12.8", "0.37", "100%", "1.87",
            sep="\n"),
     [(15.2, "mg/L"), (0.42, "mg/L"), (2.31, "dimensionless"),
      (12.8, "mg/L"), (0.37, "mg/L"), (1.87, "dimensionless")]),
    # the rate given its % in the row of units
    (_cells("断面", "总磷", "达标率", "mg/L", "%",
            "甲断面", "0.12", "91.7", "乙断面", "0.08", "100"),
     [(0.12, "mg/L"), (91.7, "%"), (0.08, "mg/L"), (100.0, "%")]),
    # the row of units opened by its label 单位
    (_cells("城市", "SO2", "NO2", "单位", "μg/m3", "mg/m3", "甲市", "8", "0.9"),
     [(8.0, "μg/m3"), (0.9, "mg/m3")]),
    # units in brackets, a multiplier; a year labelling the one row
    (_cells("时间", "工业废水", "生活污水", "(万吨)", "(万吨)", "2023年", "120.5", "340.2"),
     [(1205000.0, "吨"), (3402000.0, "吨")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for text, e in UNIT_ROW for t in texts_in_both_scripts([text])],
)
def test_a_row_of_units_gives_the_names_without_one_their_units(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _read(text) == expected


NOT_PLACED = [
    # two units for three names without one: which name each is under is not written
    _cells("站点", "SO2", "NO2", "PM10", "μg/m3", "mg/m3", "甲站", "8", "21", "47"),
    # a rate under a unit other than %
    _cells("断面", "总磷", "达标率", "mg/L", "mg/L", "甲断面", "0.12", "91.7"),
    # ragged rows under a row of units
    _cells("站点", "SO2", "NO2", "μg/m3", "μg/m3", "甲站", "8", "21", "乙站", "6"),
    # a row wider than the header
    _cells("站点", "SO2", "NO2", "μg/m3", "μg/m3",
           "甲站", "8", "21", "30", "乙站", "6", "19", "25"),
    # rows told apart by no label (an identifier column): the row of units is not placed
    _cells("序号", "SO2", "NO2", "μg/m3", "μg/m3", "1", "8", "21", "2", "6", "19"),
    # a qualifier in brackets is no column: the rows are one cell too wide for the header
    _cells("站点", "SO2", "(日均值)", "μg/m3", "甲站", "8", "21", "乙站", "6", "19"),
    # prose after a list of units is no table
    "监测项目包括SO2、NO2，浓度单位为μg/m3。\n\nμg/m3\n\n甲站的浓度为8，乙站为6。\n",
]  # fmt: skip


@pytest.mark.parametrize("text", texts_in_both_scripts(NOT_PLACED))
def test_a_row_of_units_not_matched_places_no_cell(text: str) -> None:
    assert _read(text) == []


def test_a_header_of_units_alone_is_no_row_of_units() -> None:
    # the names are units themselves (a corner cell, then 吨 and %): the header is read as
    # written, one unit per column, as before this round
    from envindicators.units.parser import _unit_alone
    from envindicators.units.parsing.tables import _header_names

    names, unit_row = _header_names(["城市", "吨", "%"], _unit_alone)
    assert (names, unit_row) == (["城市", "吨", "%"], [])
    # a name opening with a counter is no unit (所占比例 starts with 所, 吨数 with 吨)
    names, unit_row = _header_names(["年度", "产生量", "回收量", "所占比例", "吨数"], _unit_alone)
    assert (names, unit_row) == (["年度", "产生量", "回收量", "所占比例", "吨数"], [])
    header = ["城市", "SO2", "(日均值)", "NO2", "μg/m3", "(μg/m3)"]
    names, unit_row = _header_names(header, _unit_alone)
    assert names == ["城市", "SO2(日均值)", "NO2"]
    assert [u.unit for u in unit_row] == ["μg/m3", "μg/m3"]


# --- a row of units under a header row of names (rows on lines) ------------------------------
ROW_UNITS = [
    # pipes: the empty cells of the row of units are not written; the count places them
    ("| 城市 | SO2 | NO2 | 优良天数 |\n| | μg/m3 | μg/m3 | |\n| 甲市 | 8 | 21 | 330 |\n"
     "| 乙市 | 6 | 19 | 318 |\n",
     [(8.0, "μg/m3"), (21.0, "μg/m3"), (330.0, "天"), (6.0, "μg/m3"), (19.0, "μg/m3"),
      (318.0, "天")]),
    # the row of units labelled 单位, a rule line under the header
    ("| 县区 | 排放量 | 浓度 |\n|---|---|---|\n| 单位 | 万吨 | mg/L |\n| 甲县 | 1.2 | 15 |\n",
     [(12000.0, "吨"), (15.0, "mg/L")]),
    # columns aligned by spaces
    ("城市    SO2     NO2     CO\n        μg/m3   μg/m3   mg/m3\n甲市    8       21      0.9\n",
     [(8.0, "μg/m3"), (21.0, "μg/m3"), (0.9, "mg/m3")]),
    # tabs, a rate whose cells carry their %
    ("断面\t总磷\t氨氮\t达标率\n\tmg/L\tmg/L\t\n甲断面\t0.12\t0.45\t91.7%\n",
     [(0.12, "mg/L"), (0.45, "mg/L")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for text, e in ROW_UNITS for t in texts_in_both_scripts([text])],
)
def test_a_row_of_units_under_a_header_row(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


ROW_UNITS_NOT_PLACED = [
    # two units for three names without one
    "| 城市 | SO2 | NO2 | PM10 |\n| | μg/m3 | mg/m3 | |\n| 甲市 | 8 | 21 | 47 |\n",
    # a rate under mg/L
    "| 断面 | 总磷 | 达标率 |\n| | mg/L | mg/L |\n| 甲断面 | 0.12 | 91.7 |\n",
    # a row of units far from any header (a data row between): not a header's units
    "| 城市 | SO2 | NO2 |\n| 甲市 | 8 | 21 |\n| | μg/m3 | mg/m3 |\n| 乙市 | 6 | 19 |\n",
    # prose with pipes and units
    "浓度单位有μg/m3 | mg/m3 两种，甲市为8，乙市为21。\n",
]


@pytest.mark.parametrize("text", texts_in_both_scripts(ROW_UNITS_NOT_PLACED))
def test_a_row_of_units_under_a_header_row_not_matched(text: str) -> None:
    assert _read(text) == []


def test_a_name_naming_another_unit_than_the_row_of_units_is_under_two() -> None:
    # one unit under each name: 浓度(mg/L) under μg/m3 is under two units, its cell unread
    text = "| 城市 | 浓度(mg/L) | SO2 |\n| | μg/m3 | μg/m3 |\n| 甲市 | 8 | 5 |\n"
    assert _read(text) == [(5.0, "μg/m3")]


# --- a title closed by a unit: a caption -----------------------------------------------------
# Written in each script by hand: the test helper's traditional forms write 表 as 錶 (a watch)
# and 克 as 剋, which no table title does.
TITLED = [
    ("表1  2023年各市主要污染物浓度（微克/立方米）\n\n城市  SO2  NO2\n甲市  8  21\n乙市  6  19\n",
     [(8.0, "微克/立方米"), (21.0, "微克/立方米"), (6.0, "微克/立方米"), (19.0, "微克/立方米")]),
    ("表1  2023年各縣市主要污染物濃度（微克/立方米）\n\n縣市  SO2  NO2\n甲市  8  21\n乙縣  6  19\n",
     [(8.0, "微克/立方米"), (21.0, "微克/立方米"), (6.0, "微克/立方米"), (19.0, "微克/立方米")]),
    # pipes: a column naming its own counter keeps it (the header is more specific)
    ("附表2-3 各县主要指标(μg/m3)\n| 县区 | PM2.5 | 优良天数 |\n|---|---|---|\n"
     "| 甲县 | 31 | 320 |\n",
     [(31.0, "μg/m3"), (320.0, "天")]),
    ("附表2-3 各縣主要指標(μg/m3)\n| 縣市 | PM2.5 | 良好天數 |\n|---|---|---|\n"
     "| 甲縣 | 31 | 320 |\n",
     [(31.0, "μg/m3"), (320.0, "天")]),
    # tabs, a multiplier
    ("表4：各区废水排放量（万吨）\n区\t工业\t生活\n甲区\t12.5\t30.1\n",
     [(125000.0, "吨"), (301000.0, "吨")]),
    ("表4：各區廢水排放量（公噸）\n區\t工業\t生活\n甲區\t12.5\t30.1\n",
     [(12.5, "吨"), (30.1, "吨")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_a_title_closed_by_a_unit_is_a_caption(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _read(text) == expected


NOT_TITLED = [
    # brackets naming no unit
    "表1  各市空气质量（2023年）\n城市  SO2  NO2\n甲市  8  21\n",
    "表2  各縣排放情況（續）\n縣市  工業  生活\n甲縣  12.5  30.1\n",
    # two units named: which columns each is for is not written
    "表1  各市PM2.5浓度（μg/m3）及优良天数（天）\n城市  甲区  乙区\n甲市  31  320\n",
    "表1  各縣市PM2.5濃度（μg/m3）及良好天數（天）\n縣市  甲區  乙區\n甲市  31  320\n",
    # a sentence citing a table is no title
    "如表1所示（微克/立方米）\n城市  SO2  NO2\n甲市  8  21\n",
    "如表1所示（微克/立方米）\n縣市  SO2  NO2\n甲市  8  21\n",
    # a title closed by a unit, then a blank line and prose: no table
    "表1  各市浓度（微克/立方米）\n\n详见附件。\n\n全市共有12个站点，其中8个达标。\n",
]


@pytest.mark.parametrize("text", NOT_TITLED)
def test_a_title_naming_no_unit_or_two_is_no_caption(text: str) -> None:
    assert _read(text) == []


# --- a header cell over two lines: its name, then its unit ------------------------------------
NAME_THEN_UNIT = [
    (_cells("站点", "SO2", "μg/m3", "CO", "mg/m3", "优良天数",
            "甲站", "8", "0.9", "330", "乙站", "6", "1.2", "318"),
     [(8.0, "μg/m3"), (0.9, "mg/m3"), (330.0, "天"), (6.0, "μg/m3"), (1.2, "mg/m3"),
      (318.0, "天")]),
    (_cells("县区", "工业废水", "(万吨)", "达标率", "甲县", "12.5", "96.2%", sep="\n"),
     [(125000.0, "吨")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for text, e in NAME_THEN_UNIT for t in texts_in_both_scripts([text])],
)
def test_a_unit_under_its_name_ends_it(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


NAME_THEN_UNIT_NOT_PLACED = [
    # rows as wide as the cells written, not as the names: the count does not hold
    _cells("站点", "SO2", "μg/m3", "NO2", "μg/m3", "甲站", "8", "1", "21", "2"),
    # the unit under a name naming another unit: under two units
    _cells("站点", "浓度(mg/m3)", "μg/m3", "甲站", "8", "乙站", "6"),
    # a name over two lines in words (代表 / 河长): the names cannot be counted
    _cells("分区", "代表", "河长", "(km)", "甲区", "120.5", "乙区", "98.2"),
]


@pytest.mark.parametrize("text", texts_in_both_scripts(NAME_THEN_UNIT_NOT_PLACED))
def test_a_unit_under_its_name_not_placed(text: str) -> None:
    assert _read(text) == []
