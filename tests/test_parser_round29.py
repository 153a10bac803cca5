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


# --- 4. integers split by single spaces: thousands or cells? -------------------------------

SPACED_INTEGERS = [
    "单位：吨\n生活垃圾 138 111 167 743 159 723\n工业垃圾 41 254 55 915 87 673\n",
    "收集量(立方米) 2 472 4 758 1 560 900\n",
    "单位：万元\n甲区 12 345 678\n",
]


@pytest.mark.parametrize("text", _texts(SPACED_INTEGERS))
def test_a_run_that_may_hold_thousands_groups_is_never_read_silently(text: str) -> None:
    got = rows(text, "text", "warnings", "confidence")
    assert got, text
    assert all("ambiguous_separator" in str(w) and c == "low" for _, w, c in got), got


SPACED_INTEGERS_CLEAR = [
    "单位：吨\n甲站 12 8 5\n乙站 3 14 9\n",  # figures of one or two digits: no grouping
    "单位：吨\n甲站 12.5 138.2 167.4\n",  # decimals are read by their own rule
    "| 站点 | 一月(吨) | 二月(吨) |\n| 甲站 | 138 | 111 |\n",  # cells split by pipes
]


@pytest.mark.parametrize("text", _texts(SPACED_INTEGERS_CLEAR))
def test_runs_that_cannot_be_thousands_keep_their_reading(text: str) -> None:
    got = rows(text, "text", "warnings")
    assert got, text
    assert not any("ambiguous_separator" in str(w) for _, w in got), got


# --- 5. a character lost before a figure ---------------------------------------------------

LOST = [
    ("共立案侦查?31件,拘留273人", "31"),
    ("其中移送司法机关\ufffd12起", "12"),
    ("全年完成治理?35个项目", "35"),
]


@pytest.mark.parametrize(("text", "figure"), both_scripts(LOST))
def test_a_figure_after_a_lost_character_is_suspect(text: str, figure: str) -> None:
    got = [str(w) for t, w in rows(text, "text", "warnings") if str(t).startswith(figure)]
    assert len(got) == 1, got
    assert "suspect_number" in got[0], got


@pytest.mark.parametrize(
    "text",
    _texts(["问题整改了吗? 31件已办结", "问题整改了吗?\n31件已办结", "共办结31件"]),
)
def test_a_question_mark_before_a_space_or_line_is_no_lost_character(text: str) -> None:
    got = rows(text, "text", "warnings")
    assert got, text
    assert not any("suspect_number" in str(w) for _, w in got), got


# --- 6. a rate per an amount of GDP written in % -------------------------------------------

PER_MONEY = [
    "亿元GDP生产安全事故死亡率为3.2%,比上年下降15.2%",
    "全市万元地区生产总值事故死亡率是0.8%",
]


@pytest.mark.parametrize("text", _texts(PER_MONEY))
def test_a_rate_per_money_in_percent_is_flagged(text: str) -> None:
    first = rows(text, "text", "unit", "warnings")[0]
    assert first[1] == "%", first
    assert "ambiguous_unit" in str(first[2]), first


@pytest.mark.parametrize(
    "text", _texts(["万元GDP用水量下降率为5%", "万元GDP能耗下降3.2%", "水源地水质达标率为100%"])
)
def test_rates_of_change_and_plain_rates_are_not_per_money(text: str) -> None:
    got = rows(text, "text", "warnings")
    assert got, text
    assert not any("ambiguous_unit" in str(w) for _, w in got), got


# --- 7. a target named with its figure, then the share reached ----------------------------

TARGET = [
    ("原订减量60%空污的目标达到82%;", "82"),
    ("减排30%的目标已完成75%", "75"),
]


@pytest.mark.parametrize(("text", "figure"), both_scripts(TARGET))
def test_the_figure_a_target_with_a_figure_reached_is_flagged(text: str, figure: str) -> None:
    got = [str(w) for t, w in rows(text, "text", "warnings") if str(t).startswith(figure)]
    assert len(got) == 1, got
    assert "ambiguous_reference" in got[0], got


@pytest.mark.parametrize("text", _texts(["2025年优良天数比例目标达到85%", "目标达到82%"]))
def test_a_target_value_is_no_share_of_a_target(text: str) -> None:
    got = rows(text, "text", "warnings")
    assert got, text
    assert not any("ambiguous_reference" in str(w) for _, w in got), got


# --- 8. an index's class range after = ------------------------------------------------------

INDEX_EQ = [
    ("AQI=51~100 普通比率约占43%", (51.0, 100.0)),
    ("AQI=101~150比率约占5%", (101.0, 150.0)),
    ("PSI=51~100之间的日数为120天", (51.0, 100.0)),
    ("AQI介于101~150轻度污染天数为3天", (101.0, 150.0)),
]


@pytest.mark.parametrize(("text", "ends"), both_scripts(INDEX_EQ))
def test_an_index_range_after_equals_is_a_dimensionless_range(
    text: str, ends: tuple[float, float]
) -> None:
    got = rows(text, "low", "high", "unit", "qualifier")
    first = got[0]
    assert (first[0], first[1]) == ends, got
    assert first[2:] == ("dimensionless", "range"), got


@pytest.mark.parametrize("text", _texts(["AQI=51~100 站点", "AQI 51~100 普通", "AQI=51"]))
def test_an_index_range_not_closed_stays_unread(text: str) -> None:
    # no category, share or clause end closes the range: nothing is read (never the 51 alone)
    assert rows(text, "text", "value") == []


# --- 9. a span of years after the ROC calendar's name ----------------------------------------

ROC_SPAN = [
    "自民国81~106年已完成海岸造林2,220公顷",
    "民国95至100年间共完成造林300公顷",
    "自民国81年至106年已完成造林500公顷",
]


@pytest.mark.parametrize("text", _texts(ROC_SPAN))
def test_a_span_after_the_roc_calendar_is_dates_not_durations(text: str) -> None:
    got = rows(text, "text", "unit")
    assert [u for _, u in got] == ["公顷"], got


@pytest.mark.parametrize("text", _texts(["历时10~20年", "民国时期10~20年间"]))
def test_durations_stay_durations(text: str) -> None:
    got = rows(text, "low", "high", "unit", "qualifier")
    assert got == [(10.0, 20.0, "年", "range")], got


# --- 10. Hong Kong's AQHI is an index --------------------------------------------------------

AQHI = [
    ("监测站录得AQHI达到7以上的时数", 7.0, "at_least"),
    ("AQHI为8,属甚高水平", 8.0, "exact"),
    ("全港多个监测站的AQHI录得9", 9.0, "exact"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), both_scripts(AQHI))
def test_an_aqhi_value_is_dimensionless(text: str, value: float, qualifier: str) -> None:
    got = rows(text, "value", "unit", "qualifier")
    assert got == [(value, "dimensionless", qualifier)], got


def test_an_aqhi_column_is_an_index_column() -> None:
    got = rows("| 站点 | AQHI |\n| 甲站 | 7 |\n| 乙站 | 8 |\n", "value", "unit")
    assert got == [(7.0, "dimensionless"), (8.0, "dimensionless")]


# --- 11. a figure left open by a plus sign ---------------------------------------------------

PLUS = ["空气质素健康指数录得10+", "AQI录得300+的日子", "AQHI达到10+,属严重水平"]


@pytest.mark.parametrize("text", _texts(PLUS))
def test_a_figure_open_upwards_by_plus_is_vague(text: str) -> None:
    got = rows(text, "warnings", "confidence")
    assert len(got) == 1, got
    assert "vague" in str(got[0][0]), got
    assert got[0][1] == "low", got


@pytest.mark.parametrize("text", _texts(["AQI录得300", "共3+2个站点"]))
def test_a_sum_or_a_plain_figure_is_not_open(text: str) -> None:
    got = rows(text, "warnings")
    assert got, text
    assert not any("vague" in str(w) for (w,) in got), got


# --- 12. days listed after hours ---------------------------------------------------------------

HOURS_THEN_DAYS = [
    ("时数及日数分别为1535小时及322日(所有监测站的总和)", 322.0),
    ("全年共超标120小时和15日", 15.0),
]


@pytest.mark.parametrize(("text", "days"), both_scripts(HOURS_THEN_DAYS))
def test_days_listed_after_hours_are_counted(text: str, days: float) -> None:
    got = rows(text, "value", "unit")
    assert got[-1] == (days, "日"), got


@pytest.mark.parametrize("text", _texts(["会议于5月5日及6日召开", "12:30小时及5日"]))
def test_a_day_after_a_date_or_a_clock_stays_a_date(text: str) -> None:
    assert not [u for _, u in rows(text, "value", "unit") if u == "日"]
