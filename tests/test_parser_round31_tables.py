"""Classes of parser round 31a (branch ``tables21``): cells of flattened tables whose unit is
only in a header.

Rules in ``units/parsing/tables.py`` (``benchmarks/corpus/README.md``, "Parser round 31a,
branch `tables21`"):

* A header or row label whose name in Chinese ends with a counter and 数 (``超标天数`` → 天,
  ``監測總日數`` → 日, ``交办件数`` → 件, ``检查人次数`` → 人次) names the counter as the unit of
  its figures (the corpus convention: ``日`` for 日數).  A count turned into a share or a
  change (``优良天数比例``, ``天数同比``), ``中位数`` (a median) and ``人口数`` (a population)
  name no counter.
* A row label written above its figures may be followed by up to three lines of its
  translation (no Chinese, no unit: ``Dias com ar de qualidade``, ``Days with "Good" air
  quality``); the label in Chinese above them gives the unit.  A word quoted in the label
  (``「良好 」日數``) is part of its one name.

The tables are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from tests.parser_rows import rows
from tests.scripts import texts_in_both_scripts

FLAG = "unit_from_header"


def _read(text: str) -> list[tuple[float, str]]:
    return [(float(v), str(u)) for v, u, w in rows(text, "value", "unit", "warnings") if FLAG in w]


# --- 1. A header naming a count of a counter ------------------------------------------------
COUNTED = [
    # pipes
    ("| 城市 | 超标天数 | 交办件数 |\n| 甲市 | 12 | 35 |\n| 乙市 | 4 | 18 |\n",
     [(12.0, "天"), (35.0, "件"), (4.0, "天"), (18.0, "件")]),
    # columns aligned by two spaces
    ("站点  监测天数  超标次数\n甲站  365  7\n乙站  360  2\n",
     [(365.0, "天"), (7.0, "次"), (360.0, "天"), (2.0, "次")]),
    # a row label naming the count, its figures after it
    ("重污染日数  3  5  2\n检查人次数  120  98  143\n",
     [(3.0, "日"), (5.0, "日"), (2.0, "日"), (120.0, "人次"), (98.0, "人次"), (143.0, "人次")]),
    # one cell per paragraph without a caption
    ("表3  各县整改情况\n\n县区\n\n受理件数\n\n办结件数\n\n甲县\n\n42\n\n40\n\n乙县\n\n17\n\n17\n",
     [(42.0, "件"), (40.0, "件"), (17.0, "件"), (17.0, "件")]),
    # a row label alone on its line above its figures
    ("污染源普查结果\n\n排查企业个数\n\n318 402 277\n",
     [(318.0, "个"), (402.0, "个"), (277.0, "个")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for text, e in COUNTED for t in texts_in_both_scripts([text])],
)
def test_a_count_header_gives_its_counter(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


NOT_COUNTED = [
    # a share of days, a change of a count: no counter
    "| 城市 | 优良天数比例 | 天数同比 |\n| 甲市 | 82.5 | 3 |\n",
    # a median, a population, a quantity: no counter
    "地区  中位数  人口数  数量\n甲市  12  350  8\n",
    # a count in a sentence is no header
    "今年超标天数较去年减少，全年共12个城市开展检查。\n",
]


@pytest.mark.parametrize("text", texts_in_both_scripts(NOT_COUNTED))
def test_names_that_are_no_count_give_nothing(text: str) -> None:
    assert _read(text) == []


def test_a_unit_in_brackets_wins_over_the_count() -> None:
    text = "| 城市 | 优良天数(%) |\n| 甲市 | 82.5 |\n"
    assert _read(text) == [(82.5, "%")]


# --- 2. A label above its figures, then its translation --------------------------------------
def _trilingual(label: str, *translation: str, figures: str = "134 163 171") -> str:
    return "\n\n".join(["空氣質量監測結果", label, *translation, figures]) + "\n"


TRANSLATED = [
    _trilingual("「良好 」日數 Dias com ar de “Boa”", "qualidade", "Days with “Good” air quality"),
    _trilingual("「不良」 日數", "Dias com ar de qualidade", "“Insalubre”",
                "Days with “Poor” air quality"),
    _trilingual("超標天數", "Days exceeding the standard"),
    _trilingual("降雨總量 (毫米)", "Precipitação total", "Total precipitation",
                figures="1 795.6 2 248.0"),
]  # fmt: skip


@pytest.mark.parametrize("text", texts_in_both_scripts(TRANSLATED))
def test_the_label_above_its_translation_gives_the_unit(text: str) -> None:
    got = _read(text)
    assert len(got) in (2, 3), got
    assert {u for _, u in got} in ({"日"}, {"天"}, {"毫米"}), got


def test_values_under_a_translated_label() -> None:
    assert _read(TRANSLATED[0]) == [(134.0, "日"), (163.0, "日"), (171.0, "日")]
    assert _read(TRANSLATED[3]) == [(1795.6, "毫米"), (2248.0, "毫米")]


TRANSLATED_NOT_READ = [
    # four lines of translation: too far from the label
    _trilingual("超標天數", "Dias", "com ar", "de qualidade", "Days exceeding"),
    # the line above the translation is prose
    _trilingual("全年超標天數較上年減少。", "Days exceeding the standard"),
    # a label in Chinese naming no unit
    _trilingual("監測站點", "Monitoring stations"),
    # two names in Chinese on the label line: two columns, one unit
    _trilingual("超標天數 監測站", "Days exceeding the standard"),
    # a year among the figures: a header of years
    _trilingual("超標天數", "Days exceeding the standard", figures="2019 2020 2021"),
]


@pytest.mark.parametrize("text", texts_in_both_scripts(TRANSLATED_NOT_READ))
def test_translations_that_do_not_fix_the_label_leave_it_unread(text: str) -> None:
    assert _read(text) == []


# --- 3. The next row's label joined to the last cell above; a footnote mark after figures ----
JOINED = [
    # the label of the row after the figures of the row above (a flattened PDF table)
    ("降雨量 (毫米)\n\n1 200.5 1 310.2\n\n88.0 (6/12) 降雨日數\n\nDays with rain (No.)\n\n"
     "124 138\n", [(1200.5, "毫米"), (1310.2, "毫米"), (124.0, "日"), (138.0, "日")]),
    ("12.5 (7/1) 超标天数 a\n\nNumber of days exceeding a\n\n15 9 21\n",
     [(15.0, "天"), (9.0, "天"), (21.0, "天")]),
    # a footnote mark closing a line of figures is no cell
    ("日照时间 (小时)\n\nDuration of sunshine (h)\n\n1 744.4 1 791.6 c\n",
     [(1744.4, "h"), (1791.6, "h")]),  # the unit of the translation, as written
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for text, e in JOINED for t in texts_in_both_scripts([text])],
)
def test_a_label_joined_to_the_row_above_gives_the_unit(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _read(text) == expected


JOINED_NOT_READ = [
    # prose after a figure is no label
    "12.5 (7/1) 超标天数较上年减少，\n\n15 9 21\n",
    # a label naming no unit after the figures
    "12.5 (7/1) 监测站点\n\n15 9 21\n",
    # a word after the figures, then a footnote mark that is a word: no figures line
    "超标天数\n\n15 9 21 abc\n",
]


@pytest.mark.parametrize("text", texts_in_both_scripts(JOINED_NOT_READ))
def test_joined_lines_that_are_no_label_leave_the_row_unread(text: str) -> None:
    assert [(v, u) for v, u in _read(text) if v in (15.0, 9.0, 21.0)] == []


# --- 4. Nil marks before or after a row's figures ---------------------------------------------
NIL = [
    ("「非常不良」日數\n\nDays with “Very Poor” air quality\n\n1 - - -\n", [(1.0, "日")]),
    ("重污染天数\n\n- 3 5\n", [(3.0, "天"), (5.0, "天")]),
    ("降雨量 (毫米)\n\n… 12.5 18.0 …\n", [(12.5, "毫米"), (18.0, "毫米")]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for text, e in NIL for t in texts_in_both_scripts([text])],
)
def test_nil_marks_around_the_figures_are_empty_cells(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _read(text) == expected


NIL_NOT_READ = [
    "重污染天数\n\n12 - 15\n",  # a mark between two figures: a range or two cells?
    "重污染天数\n\n- - -\n",  # no figure
    "重污染天数\n\n- 12 - 15 -\n",  # a mark between two figures, marks around them
]


@pytest.mark.parametrize("text", texts_in_both_scripts(NIL_NOT_READ))
def test_nil_marks_between_figures_leave_the_row_unread(text: str) -> None:
    assert _read(text) == []
