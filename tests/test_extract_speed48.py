"""speed48 (issue 10): two of the scanner's per-candidate costs removed, no reading changed.

* ``affixes._window`` finds the clause before a position with one match of
  ``_THROUGH_LAST_DELIMITER`` (the greedy ``.*`` gives back characters until the last clause
  delimiter of the window) instead of a Python step per character.  The tests hold the
  pattern's class equal to ``_CLAUSE_DELIMITERS`` over the whole Basic Multilingual Plane and
  the function equal to the step-by-step definition, in both scripts.
* ``fast_path._fast_hit`` reads the number first and returns at once unless the character
  after it may start a unit the fast path reports, or be 万/亿 (``_FAST_START``, derived from
  the unit table).  The tests hold the set equal to its derivation from the table (so that the
  early return implies the late ones it replaces) and the fast path's readings, taken and
  refused, equal to the full scanner's.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.units import extract_quantities
from envindicators.units.parsing import scanner
from envindicators.units.parsing.affixes import _THROUGH_LAST_DELIMITER, _window
from envindicators.units.parsing.context_words import _CLAUSE_DELIMITERS, _WINDOW
from envindicators.units.parsing.fast_path import _FAST_START, _FAST_UNITS, _fast_hit
from envindicators.units.parsing.unit_words import _BASE_UNITS
from envindicators.units.text import normalize_text


def _window_by_steps(s: str, i: int) -> tuple[str, int]:
    """The definition: step back from ``i`` until a clause delimiter or ``_WINDOW`` steps."""
    lo = max(0, i - _WINDOW)
    k = i
    while k > lo and s[k - 1] not in _CLAUSE_DELIMITERS:
        k -= 1
    return s[k:i], k


def test_the_pattern_ends_at_exactly_the_clause_delimiters() -> None:
    matched = {chr(c) for c in range(0x10000) if _THROUGH_LAST_DELIMITER.fullmatch(chr(c))}
    assert matched == set(_CLAUSE_DELIMITERS)


_WINDOW_CASES = [
    # (text, the figure whose window is read, expected clause)
    ("综合指数为4.49,同比下降0.09", "0.09", "同比下降"),
    ("綜合指數為4.49,同比下降0.09", "0.09", "同比下降"),
    ("全省拆除燃煤小锅炉6968台", "6968", "全省拆除燃煤小锅炉"),
    ("全省拆除燃煤小鍋爐6968台", "6968", "全省拆除燃煤小鍋爐"),
    ("优良天数比例(扣除沙尘)为74.5%", "74.5", "为"),
    ("優良天數比例（扣除沙塵）為74.5%", "74.5", "為"),
    (
        "一、二类海水面积之和占监测海域面积的比例为71.3%",
        "71.3",
        "二类海水面积之和占监测海域面积的比例为",
    ),
    (
        "一、二類海水面積之和佔監測海域面積的比例為71.3%",
        "71.3",
        "二類海水面積之和佔監測海域面積的比例為",
    ),
    ("同比下降\n15.94%", "15.94", ""),
    # longer than the window (32 characters): the clause is cut to the window
    (
        "自2013年实施大气污染防治行动计划以来全市细颗粒物平均浓度较上年同期相比持续下降达到12微克",
        "12",
        "染防治行动计划以来全市细颗粒物平均浓度较上年同期相比持续下降达到",
    ),
    (
        "自2013年實施大氣污染防治行動計劃以來全市細顆粒物平均濃度較上年同期相比持續下降達到12微克",
        "12",
        "染防治行動計劃以來全市細顆粒物平均濃度較上年同期相比持續下降達到",
    ),
]


@pytest.mark.parametrize(("text", "figure", "clause"), _WINDOW_CASES)
def test_the_window_is_the_clause_before_the_figure(text: str, figure: str, clause: str) -> None:
    i = text.index(figure)
    got = _window(text, i)
    assert got == _window_by_steps(text, i)
    assert got[0] == clause
    assert got[1] == i - len(got[0])


@pytest.mark.parametrize("i", [0, 1, 5, _WINDOW - 1, _WINDOW, _WINDOW + 1, 70])
@pytest.mark.parametrize("text", ["甲" * 70, "，" * 70, ("乙" * 30 + "。") * 3])
def test_the_window_at_the_edges(text: str, i: int) -> None:
    assert _window(text, i) == _window_by_steps(text, i)


_ALPHABET = "".join(sorted(_CLAUSE_DELIMITERS)) + "为下降较上年0123456789.%万吨甲乙 "


@settings(max_examples=300)
@given(st.text(alphabet=_ALPHABET, max_size=90), st.integers(min_value=0, max_value=90))
def test_the_window_equals_its_definition(s: str, i: int) -> None:
    i = min(i, len(s))
    assert _window(s, i) == _window_by_steps(s, i)


def test_the_fast_start_is_derived_from_the_unit_table() -> None:
    firsts = {w[0] for w, unit in _BASE_UNITS.items() if w and unit in _FAST_UNITS and unit != "方"}
    assert firsts | {"万", "亿"} == _FAST_START


@pytest.mark.parametrize("word", sorted(w for w in _BASE_UNITS if w and w[0] not in _FAST_START))
def test_a_unit_word_outside_the_fast_start_is_never_a_fast_unit(word: str) -> None:
    # the early return implies the late one: no word starting outside the set is reported
    assert _BASE_UNITS[word] not in _FAST_UNITS or _BASE_UNITS[word] == "方"


# (text, figure, taken by the fast path): refused ones are read by the full scanner
_FAST_CASES = [
    ("全省拆除燃煤小锅炉6968台。", "6968", True),
    ("全省拆除燃煤小鍋爐6968台。", "6968", True),
    ("造林1.2万亩,", "1.2", True),
    ("造林1.2萬畝,", "1.2", True),
    ("森林覆盖率达到23.5%。", "23.5", True),
    ("森林覆蓋率達到23.5%。", "23.5", True),
    ("完成投资12.6亿元。", "12.6", True),
    ("完成投資12.6億元。", "12.6", True),
    ("整改完成率96.5%。", "96.5", False),  # a completion rate: the full scanner
    ("2017年,全省", "2017", False),  # a year: 年 starts no fast unit
    ("2017年,全省", "2017", False),
    ("截至3月底,", "3", False),  # a month
    ("截至12月31日,", "31", False),  # a day
    ("处理量为5,280吨", "5", False),  # a thousands group: the full scanner
    ("第2批。", "2", False),  # an ordinal
    ("PM2.5浓度", "2.5", False),  # a name with letters: 浓 starts no unit
    ("PM2.5濃度", "2.5", False),
]


@pytest.mark.parametrize(("text", "figure", "taken"), _FAST_CASES)
def test_the_fast_path_takes_and_refuses_as_the_full_scanner_reads(
    text: str, figure: str, taken: bool
) -> None:
    s = normalize_text(text).text
    i = s.index(figure)
    fast = _fast_hit(s, i)
    assert (fast is not None) is taken
    if fast is not None:
        assert scanner._match(s, i, True, -1) == (fast, fast.end, None)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "2017年,全省拆除燃煤小锅炉6968台,同比下降4.3%。",
            [("6968台", 6968.0), ("同比下降4.3%", -4.3)],
        ),
        (
            "2017年,全省拆除燃煤小鍋爐6968台,同比下降4.3%。",
            [("6968台", 6968.0), ("同比下降4.3%", -4.3)],
        ),
        ("截至3月底,造林1.2万亩、整改完成率96.5%", [("1.2万亩", 12000.0), ("完成率96.5%", 96.5)]),
        ("截至3月底,造林1.2萬畝、整改完成率96.5%", [("1.2萬畝", 12000.0), ("完成率96.5%", 96.5)]),
    ],
)
def test_the_rows_of_a_sentence(text: str, rows: list[tuple[str, float]]) -> None:
    df = extract_quantities(text)
    assert list(zip(df["text"], df["value"], strict=True)) == rows
