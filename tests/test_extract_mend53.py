"""One home for each fact (mend53, issues 10 and 13), behaviour preserved.

- A figure's written decimals are read once, in :mod:`envindicators.units.precision`
  (layer 1): ``audit.precision.decimals`` is that function, the audit's intervals, the
  analytics' tolerance of a rate and ``extract._points``' half-steps call it (``_points``'
  own ``_half_step`` regex, and ``analytics.completion._decimals``, are gone).
- A yearbook table's part rows are read back to their measure's row by one reader,
  ``extract._indicators._row_above_parts``, which reg44's ``_table_sector`` (the registry
  link of a sector's row) and np45's ``_row_part`` (a part's proposed name) both use.
- Patterns written twice in ``extract`` are written once and imported: the ending "the number
  of" (``_lexicon.NUMBER_END``), a year written in full (``_periods._FULL_YEAR``), a date of
  one day (``_scope._ONE_DAY``), a bracketed aside (``_places._ASIDE``), the grades of
  pollution (``_phrases.POLLUTION_GRADES``), a page header's fields after its date stamp
  (``_reader._STAMP_FIELDS``) and the words of converting (``_word_targets._CONVERTING``).
"""

from __future__ import annotations

import re
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional

from envindicators import audit
from envindicators.analytics import infer_rate_definition
from envindicators.audit import precision as audit_precision
from envindicators.extract import (
    _indicators,
    _lexicon,
    _linking,
    _periods,
    _phrases,
    _places,
    _reader,
    _scope,
    _word_targets,
)
from envindicators.extract._indicators import _row_above_parts, _row_part, _table_sector
from envindicators.extract._points import points_from_levels
from envindicators.units import extract_quantities
from envindicators.units.precision import decimals, last_place, token_step, written_figures

FAST = settings(max_examples=80, deadline=None)


# ----------------------------------------------------------------- a figure's written decimals
def test_the_audit_decimals_is_the_units_function() -> None:
    assert audit.decimals is decimals
    assert audit_precision.decimals is decimals
    assert decimals.__module__ == "envindicators.units.precision"


@FAST
@given(
    whole=st.integers(0, 10**9),
    places=st.text(alphabet="0123456789", min_size=0, max_size=6),
    before=st.sampled_from(["", "同比下降", "2018年1-7月共完成", "達到", "较2015年的"]),
    unit=st.sampled_from(["%", "吨", "万方", "公里", "個", "％"]),
)
def test_written_decimals_are_the_digits_after_the_point(
    whole: int, places: str, before: str, unit: str
) -> None:
    written = f"{whole}.{places}" if places else str(whole)
    text = f"{before}{written}{unit}"
    assert decimals(text) == len(places)
    number = float(Decimal(written)) * (1e4 if unit.startswith("万") else 1.0)
    assert decimals(text, number) == len(places)
    # the vectorised reader says the same of each figure of a column
    w = written_figures(pd.Series([text, "十余项"]), np.array([number, 10.0]))
    assert w["decimals"].tolist() == [len(places), 0]


@FAST
@given(digits=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(10**8), places=4))
def test_the_last_place_is_the_exponent_of_the_last_non_zero_digit(digits: Decimal) -> None:
    written = str(digits)
    exp = Decimal(written).normalize().as_tuple().exponent
    assert last_place(written) == exp
    assert token_step(written) == 10.0**exp
    # a float is read as its shortest representation
    x = float(written)
    assert last_place(x) == Decimal(repr(x)).normalize().as_tuple().exponent


@pytest.mark.parametrize(
    ("figure", "place"),
    [("7000", 3), ("1.80", -1), ("0", 0), (0.05, -2), (0.0, 0), (float("inf"), 0), (-2.5, -1)],
)
def test_last_place_examples(figure: str | float, place: int) -> None:
    assert last_place(figure) == place


@FAST
@given(rate=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100), places=2))
def test_a_rates_tolerance_is_half_its_last_written_digit(rate: Decimal) -> None:
    reported = float(rate)
    # the formula analytics.completion wrote itself before mend53
    exp = Decimal(repr(reported)).normalize().as_tuple().exponent
    expected = 0.5 * 10.0 ** (-max(0, -int(exp)))
    assert 0.5 * 10.0 ** min(0, last_place(reported)) == expected


@pytest.mark.parametrize(
    ("reported", "found"),
    [
        # 18 + 22 + 9 of 62 = 79.03 %: within 0.5 of 79, not within 0.05 of 79.1
        (79, True),
        (79.1, False),
        (79.03, True),
        (79.0, True),
    ],
)
def test_infer_rate_definition_tolerance_unchanged(reported: float, found: bool) -> None:
    d = infer_rate_definition(
        {"completed": 18, "basically_completed": 22, "on_schedule": 9}, reported, total=62
    )
    assert any(x.codes == ("completed", "basically_completed", "on_schedule") for x in d) is found


def _last(sentence: str) -> pd.Series:
    q = extract_quantities(sentence).assign(sent_start=0)
    return points_from_levels(sentence, q).iloc[-1]


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # 64.5 − 56.7 = 7.8 within ±0.15: points
        ("优良天数比例为64.5%，较去年同期56.7%提升7.8%。", "change_absolute"),
        # 22.1 → 16.8: −5.3 points (relative: −24 %)
        ("回收率仅有16.8%，较2018年的22.1%下跌多达5.3%。", "change_absolute"),
        # written with trailing zeros: 20.0 / 16.0 − 1 = 25.0 %: relative
        ("比例为20.0%，较上年的16.0%上升25.0%。", "change_relative"),
        # whole shares: 51 − 50.5 = 0.5 and 51 / 50.5 − 1 ≈ 1 %: both fit, left
        ("回收率为51%，较112年同期50.5%提升0.5%。", "change_relative"),
    ],
)
def test_the_points_reading_reads_the_written_decimals(
    sentence: str, kind: str, traditional: bool
) -> None:
    text = to_traditional(sentence) if traditional else sentence
    assert _last(text)["kind"] == kind


# ----------------------------------------------------------------- a yearbook table's part rows
TABLE = (
    "  化学需氧量排放量(吨) cod 395069\n"
    "   #工业  industry 94490\n"
    "    生活  living consumption 300579\n"
)


@pytest.mark.parametrize("traditional", [False, True])
def test_both_row_readers_find_the_measures_row(traditional: bool) -> None:
    t = to_traditional(TABLE) if traditional else TABLE
    measure = "化學需氧量排放量" if traditional else "化学需氧量排放量"
    life = t.index("    生")
    start, end = _row_above_parts(t, life, lambda w: "工" in w)
    assert t[start:end].strip().startswith(measure)
    assert _table_sector(t, life, t.index("300579")) == ("生活", measure, f"{measure}（生活）")
    assert _row_part("生活", t, t.index("300579")) == "生活" + measure


@pytest.mark.parametrize("traditional", [False, True])
def test_the_part_reader_reads_no_further_than_its_reach(traditional: bool) -> None:
    # the measure's row above nine sibling parts: the name reader stops after eight rows,
    # the registry link's reader reads back to it
    parts = "".join(f"    生活 living {100 + k}\n" for k in range(9))
    t = "  化学需氧量排放量(吨) cod 395069\n" + parts + "    生活  living 300579"
    t = to_traditional(t) if traditional else t
    s = t.index("300579")
    assert _row_part("生活", t, s) is None
    assert _table_sector(t, t.rfind("\n", 0, s) + 1, s) is not None
    assert _row_above_parts(t, t.rfind("\n", 0, s) + 1, lambda w: True, reach=8) is None


@pytest.mark.parametrize(
    "table",
    [
        "化学需氧量排放量(吨) 395069\n生活 300579",  # a part's row not indented
        "   化学需氧量排放量(吨)\n    生活 living 300579",  # a measure's row of no figures
        "    生活 living 300579",  # no row above
    ],
)
def test_no_measures_row_no_part_name(table: str) -> None:
    assert _row_part("生活", table, table.index("300579")) is None


def test_a_sentence_is_no_sector_row() -> None:
    t = "2007年,全省工业化学需氧量排放量91084吨。"
    assert _table_sector(t, 0, t.index("91084")) is None


# ----------------------------------------------------------------- patterns written once
@pytest.mark.parametrize(
    ("user", "home"),
    [
        (_linking.NUMBER_END, _lexicon.NUMBER_END),
        (_reader._FULL_YEAR, _periods._FULL_YEAR),
        (_periods._ONE_DAY, _scope._ONE_DAY),
        (_indicators._ASIDE, _places._ASIDE),
    ],
)
def test_a_pattern_has_one_home(user: re.Pattern[str], home: re.Pattern[str]) -> None:
    assert user is home


def test_the_grades_of_pollution_are_one_list() -> None:
    grades = _phrases.POLLUTION_GRADES
    assert f"({grades})" in _indicators._POLLUTION_GRADE.pattern
    assert f"(?:{grades})" in _indicators._ONE_GRADE.pattern
    assert f"({grades})(污染)?" in _phrases._HEAD_ONLY.pattern
    assert _indicators._ONE_GRADE.findall("轻度污染7天，重度污染以上2天") == ["轻度污染"]


def test_the_stamp_fields_and_the_converting_words_are_one_list() -> None:
    assert _reader._STAMP_FIELDS in _reader._STAMP.pattern
    assert _reader._STAMP_FIELDS in _reader._HEADER_STAMP.pattern
    assert _word_targets._ALTERNATIVE_AFTER.match("或升级改造")
    assert _word_targets._ALTERNATIVE_BEFORE.search("淘汰整治或")


@pytest.mark.parametrize(
    ("form", "cut"),
    [
        ("监测断面数", "监测断面"),
        ("燃煤锅炉数量", "燃煤锅炉"),
        ("岩溶大泉个数", "岩溶大泉"),
        ("指数", "指数"),
    ],
)
def test_the_ending_the_number_of(form: str, cut: str) -> None:
    assert _lexicon.NUMBER_END.sub("", form) == cut
