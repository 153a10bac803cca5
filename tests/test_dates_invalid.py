"""Invalid months, days, quarters and ranges are errors, never a silent guess (issue 18).

:func:`parse_deadline` and :func:`parse_period` raise :class:`DateParseError` naming the
problem; :func:`find_dates` (never raises on a string) gives the expression NaT bounds.
Fuzz properties: the three functions never raise anything but their documented error.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import examples
from envindicators.errors import DateParseError
from envindicators.units import find_dates, parse_deadline, parse_period

INVALID = {
    # months
    "2020年0月": "month 0",
    "2020年00月": "month 0",
    "2020年13月": "month 13",
    "2020年0月底前": "month 0",
    "2018-00-10": "month 0",
    "2018-13-01": "month 13",
    # days
    "2018年6月0日": "day",
    "2018年6月31日": "day",
    "2019年2月29日": "day",
    "2018年1月32日": "day",
    # quarters
    "2020年第5季度": "quarter 5",
    "2020年第0季度": "quarter 0",
    "2020年五季度": "quarter 5",
    "2020年第9季度末": "quarter 9",
    # reversed ranges
    "2020—2018年": "ends before it starts",
    "2020年—2018年": "ends before it starts",
    "2018年7-1月": "ends before it starts",
    "2021年5月-2020年11月": "ends before it starts",
    "2018年5月6日至4月1日": "ends before it starts",
    # ranges with a dropped tail
    "2018-2020-2022年": "more than two ends",
    "2018年-2020年-2022年": "more than two ends",
    "2018—2019—2020年": "more than two ends",
}


@pytest.mark.parametrize(("text", "reason"), INVALID.items())
@pytest.mark.parametrize("parse", [parse_deadline, parse_period])
def test_invalid_dates_raise(parse: object, text: str, reason: str) -> None:
    with pytest.raises(DateParseError, match=reason):
        parse(text)  # type: ignore[operator]


@pytest.mark.parametrize("text", INVALID)
def test_find_dates_marks_invalid_expressions_unresolved(text: str) -> None:
    df = find_dates(f"整改时限:{text},其余略。")
    assert len(df) >= 1
    row = df.iloc[0]
    assert text.startswith(row["text"]) or row["text"] == text
    assert pd.isna(row["first_day"])
    assert pd.isna(row["last_day"])


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2020年第一季度", "2020-01-01", "2020-03-31"),
        ("2020年1季度", "2020-01-01", "2020-03-31"),
        ("2020年第4季度", "2020-10-01", "2020-12-31"),
        ("2020年四季度", "2020-10-01", "2020-12-31"),
        ("2018—2020年", "2018-01-01", "2020-12-31"),
        ("2018年1-7月", "2018-01-01", "2018-07-31"),
        ("2018年10月", "2018-10-01", "2018-10-31"),
    ],
)
def test_valid_neighbours_still_parse(text: str, start: str, end: str) -> None:
    p = parse_period(text)
    assert (str(p.start), str(p.end)) == (start, end)


def test_a_standards_number_is_not_a_reversed_range() -> None:
    assert find_dates("执行HJ 2025-2012标准").empty


_DATE_ALPHABET = st.sampled_from(
    [*"0123456789年月日号季度第底初末上中下旬半-—~至到前以来截", "十", "〇", "\ud800", "\x00",
     "\u0301", "\u200f"]
)  # fmt: skip


@given(st.one_of(st.text(max_size=40), st.lists(_DATE_ALPHABET, max_size=30).map("".join)))
@examples(300)
def test_fuzz_dates_raise_only_their_documented_error(text: str) -> None:
    for parse in (parse_deadline, parse_period):
        try:
            spec = parse(text)
        except DateParseError:
            continue
        if spec.start is not None and spec.end is not None:
            assert spec.start <= spec.end
    df = find_dates(text)
    for a, b, written in zip(df["start"], df["end"], df["text"], strict=True):
        assert text[a:b] == written
