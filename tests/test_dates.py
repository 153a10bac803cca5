"""Deadlines and observation periods."""

from __future__ import annotations

import datetime as dt
import itertools

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.errors import DateParseError, QuantityParseError
from envindicators.units import DateCategory, DateSpec, find_dates, parse_deadline, parse_period

D = dt.date
DATE, PERIOD, IMM, ONGOING, UNKNOWN = "date", "period", "immediate", "ongoing", "unknown"

DEADLINES = [
    # (text, category, start, end)
    ("2020年年底前", DATE, None, D(2020, 12, 31)),
    ("2020年11月底前", DATE, None, D(2020, 11, 30)),
    ("2018年6月底前", DATE, None, D(2018, 6, 30)),
    ("2017年3月底", DATE, None, D(2017, 3, 31)),
    ("2017年3月底。", DATE, None, D(2017, 3, 31)),
    ("2021年5月-2023年11月", PERIOD, D(2021, 5, 1), D(2023, 11, 30)),
    ("2018-2020年", PERIOD, D(2018, 1, 1), D(2020, 12, 31)),
    ("2018—2020年", PERIOD, D(2018, 1, 1), D(2020, 12, 31)),
    ("2018年-2022年", PERIOD, D(2018, 1, 1), D(2022, 12, 31)),
    ("立行立改", IMM, None, None),
    ("立行立改、长期坚持", IMM, None, None),
    ("立行立改,持续加强,长期坚持", IMM, None, None),
    ("长期坚持", ONGOING, None, None),
    ("持续改善", ONGOING, None, None),
    ("根据国家自然保护地整合优化审核批复时间确定", UNKNOWN, None, None),
    ("整改时限:2021年年底前", DATE, None, D(2021, 12, 31)),
    ("到2020年", DATE, None, D(2020, 12, 31)),
    ("2020年", DATE, None, D(2020, 12, 31)),  # a bare year: 31 December for deadlines
    ("2019年底", DATE, None, D(2019, 12, 31)),
    ("2020年年底", DATE, None, D(2020, 12, 31)),
    ("2014年10月底前", DATE, None, D(2014, 10, 31)),
    ("2016年10月", DATE, None, D(2016, 10, 31)),
    ("2018年8月中旬", DATE, None, D(2018, 8, 20)),  # 中旬 → the 20th
    ("2018年8月上旬", DATE, None, D(2018, 8, 10)),
    ("2018年2月下旬", DATE, None, D(2018, 2, 28)),
    ("2020年2月底前", DATE, None, D(2020, 2, 29)),  # leap year
    ("2018年上半年", DATE, None, D(2018, 6, 30)),
    ("2018年第三季度", DATE, None, D(2018, 9, 30)),
    ("2018年2月1日", DATE, None, D(2018, 2, 1)),
    ("2018-09-28", DATE, None, D(2018, 9, 28)),
    ("二〇二〇年底前", DATE, None, D(2020, 12, 31)),
    ("2020年9月底前", DATE, None, D(2020, 9, 30)),
    (  # the first date that is not a start wins
        "涉及连古城自然保护区范围及功能区调整问题,根据国家自然保护地整合优化审核批复时间确定,"
        "其余问题2020年年底前完成。",
        DATE,
        None,
        D(2020, 12, 31),
    ),
    ("2021年起,加快推进自然保护区整合优化工作,2022年底前完成", DATE, None, D(2022, 12, 31)),
]


@pytest.mark.parametrize(("text", "category", "start", "end"), DEADLINES)
def test_deadlines(text: str, category: str, start: dt.date | None, end: dt.date | None) -> None:
    d = parse_deadline(text)
    assert isinstance(d, DateSpec)
    assert (d.category, d.start, d.end) == (DateCategory(category), start, end)
    if category in (DATE, PERIOD):
        assert d.text in text


PERIODS = [
    ("2017年", PERIOD, D(2017, 1, 1), D(2017, 12, 31)),
    ("截至2018年9月中旬", DATE, None, D(2018, 9, 20)),
    ("截止2018年8月底", DATE, None, D(2018, 8, 31)),
    ("2021年-2023年", PERIOD, D(2021, 1, 1), D(2023, 12, 31)),
    ("2021-2023年", PERIOD, D(2021, 1, 1), D(2023, 12, 31)),
    ("2018年1-7月", PERIOD, D(2018, 1, 1), D(2018, 7, 31)),
    ("2017年至今", PERIOD, D(2017, 1, 1), None),
    ("2017年以来", PERIOD, D(2017, 1, 1), None),
    ("2018年2月1日起", PERIOD, D(2018, 2, 1), None),
    ("2000年以前", PERIOD, None, D(1999, 12, 31)),
    ("2018年5月至2019年4月", PERIOD, D(2018, 5, 1), D(2019, 4, 30)),
    ("2021年4月6日至5月5日", PERIOD, D(2021, 4, 6), D(2021, 5, 5)),
    ("2017年12月", PERIOD, D(2017, 12, 1), D(2017, 12, 31)),
    ("2017年下半年", PERIOD, D(2017, 7, 1), D(2017, 12, 31)),
    ("2018年2月1日", DATE, None, D(2018, 2, 1)),
    ("2017年度", PERIOD, D(2017, 1, 1), D(2017, 12, 31)),
]


@pytest.mark.parametrize(("text", "category", "start", "end"), PERIODS)
def test_periods(text: str, category: str, start: dt.date | None, end: dt.date | None) -> None:
    p = parse_period(text)
    assert (p.category, p.start, p.end) == (DateCategory(category), start, end)


def test_missing_year_needs_year_argument() -> None:
    with pytest.raises(DateParseError, match="year="):
        parse_period("7月14日至8月14日")
    p = parse_period("7月14日至8月14日", year=2016)
    assert (p.start, p.end) == (D(2016, 7, 14), D(2016, 8, 14))
    assert parse_deadline("8月底前", year=2018).end == D(2018, 8, 31)


BAD = ["2020年13月底前", "2018年2月30日", "2021年5月-2019年11月"]


@pytest.mark.parametrize("text", BAD)
def test_impossible_dates_raise(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_deadline(text)
    assert isinstance(info.value, QuantityParseError)
    assert isinstance(info.value, ValueError)


def test_period_without_date_raises_and_limits() -> None:
    with pytest.raises(DateParseError, match="no date"):
        parse_period("长期坚持")
    with pytest.raises(DateParseError, match="MAX_DATE_TEXT_LENGTH"):
        parse_deadline("2020年" * 1000)
    with pytest.raises(TypeError):
        parse_deadline(None)  # type: ignore[arg-type]


def test_date_spec_is_frozen_and_ordered() -> None:
    d = parse_deadline("2020年年底前")
    with pytest.raises(AttributeError):
        d.end = None  # type: ignore[misc]
    with pytest.raises(ValueError, match="before start"):
        DateSpec(DateCategory.PERIOD, D(2020, 1, 2), D(2020, 1, 1), "x")


def test_find_dates_in_running_text() -> None:
    text = "2017年12月,正阳第二污水处理厂开工;截至2018年9月中旬,完成2018年1-7月任务,PM2.5为38。"
    df = find_dates(text)
    assert df["text"].tolist() == ["2017年12月", "2018年9月中旬", "2018年1-7月"]
    assert df["category"].tolist() == ["date", "date", "period"]
    for r in df.itertuples(index=False):
        assert text[r.start : r.end] == r.text
    assert df["last_day"].dt.date.tolist() == [D(2017, 12, 31), D(2018, 9, 20), D(2018, 7, 31)]
    unresolved = find_dates("7月14日至8月14日")
    assert unresolved["first_day"].isna().all()


@settings(max_examples=300, deadline=None)
@given(
    year=st.integers(1950, 2099),
    month=st.integers(1, 12),
    part=st.sampled_from(["", "底", "初", "上旬", "中旬", "下旬"]),
)
def test_month_deadline_lies_in_its_month(year: int, month: int, part: str) -> None:
    d = parse_deadline(f"{year}年{month}月{part}前")
    assert d.category is DateCategory.DATE
    assert (d.end.year, d.end.month) == (year, month)  # type: ignore[union-attr]
    p = parse_period(f"{year}年{month}月{part}")
    assert p.end == d.end


@settings(max_examples=300, deadline=None)
@given(a=st.integers(1950, 2099), b=st.integers(1950, 2099))
def test_year_ranges_cover_both_years(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    if lo == hi:
        return
    p = parse_period(f"{lo}-{hi}年")
    assert (p.start, p.end) == (D(lo, 1, 1), D(hi, 12, 31))


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=40))
def test_deadline_parser_raises_only_date_errors(text: str) -> None:
    try:
        d = parse_deadline(text)
    except DateParseError:
        return
    assert d.category in set(DateCategory)


@settings(max_examples=60)
@given(st.integers(1950, 2099), st.sampled_from("0〇○零"), st.sampled_from(["", "比", "于"]))
def test_years_with_ascii_or_lookalike_zeros_are_one_year_for_both_readers(
    year: int, zero: str, before: str
) -> None:
    """二00七年, 二○一五年: find_dates reads the year, and extract_quantities (which skips
    years) reports no quantity for it — the two readers share one digit table."""
    from envindicators.units import extract_quantities

    digits = "".join(zero if d == "0" else "一二三四五六七八九"[int(d) - 1] for d in str(year))
    text = f"{before}{digits}年相关工作"
    found = find_dates(text)
    assert len(found) == 1
    row = found.iloc[0]
    assert row["text"] == f"{digits}年"
    assert row["first_day"].year == year
    assert row["last_day"] == pd.Timestamp(dt.date(year, 12, 31))
    assert extract_quantities(text).empty


# --- runs of quarters and months of a year: 前三季度, 1-3季度, 前8个月 ------------------------
RUNS = [
    ("2022年前三季度", dt.date(2022, 1, 1), dt.date(2022, 9, 30)),
    ("2022年前3个季度", dt.date(2022, 1, 1), dt.date(2022, 9, 30)),
    ("2022年1-3季度", dt.date(2022, 1, 1), dt.date(2022, 9, 30)),
    ("2022年一至三季度", dt.date(2022, 1, 1), dt.date(2022, 9, 30)),
    ("2022年二、三季度", dt.date(2022, 4, 1), dt.date(2022, 9, 30)),
    ("2022年前8个月", dt.date(2022, 1, 1), dt.date(2022, 8, 31)),
    ("2024年前兩個月", dt.date(2024, 1, 1), dt.date(2024, 2, 29)),  # traditional, leap year
    ("2022年前三季度全省PM2.5浓度", dt.date(2022, 1, 1), dt.date(2022, 9, 30)),
]


@pytest.mark.parametrize(("text", "start", "end"), RUNS)
def test_runs_of_quarters_and_months_are_periods(text: str, start: dt.date, end: dt.date) -> None:
    p = parse_period(text)  # was the whole year, read from 2022年 alone
    assert (p.category, p.start, p.end) == (DateCategory.PERIOD, start, end)
    found = find_dates(text)
    assert (found["first_day"].iloc[0], found["last_day"].iloc[0]) == (
        pd.Timestamp(start),
        pd.Timestamp(end),
    )


@pytest.mark.parametrize("text", ["2022年前5季度", "2022年3-2季度", "2022年前13个月"])
def test_impossible_runs_raise(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_period(text)


# --- lists of parts of a year: neighbours are a run, parts apart raise (never the first part) ---
LIST_RUNS = [
    ("2022年1、2月", dt.date(2022, 1, 1), dt.date(2022, 2, 28)),
    ("2022年1、2、3月", dt.date(2022, 1, 1), dt.date(2022, 3, 31)),
    ("2022年3月、4月", dt.date(2022, 3, 1), dt.date(2022, 4, 30)),
    ("2022年3月、4月份", dt.date(2022, 3, 1), dt.date(2022, 4, 30)),
    ("2022年一、二季度", dt.date(2022, 1, 1), dt.date(2022, 6, 30)),
    ("2022年第一季度和第二季度", dt.date(2022, 1, 1), dt.date(2022, 6, 30)),
    ("2022年3月5日、6日", dt.date(2022, 3, 5), dt.date(2022, 3, 6)),
    ("2024年一、二季度全省", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
]


@pytest.mark.parametrize(("text", "start", "end"), LIST_RUNS)
def test_a_list_of_neighbouring_parts_is_one_period(
    text: str, start: dt.date, end: dt.date
) -> None:
    p = parse_period(text)
    assert (p.category, p.start, p.end) == (DateCategory.PERIOD, start, end)
    assert parse_deadline(text).end == end  # the deadline is the end of the same expression
    found = find_dates(text)
    assert (found["first_day"].iloc[0], found["last_day"].iloc[0]) == (
        pd.Timestamp(start),
        pd.Timestamp(end),
    )


LISTS_APART = [
    "2022年一、三季度",  # Q1 and Q3: not Q1–Q3, not the year, not Q1
    "2022年1、3月",
    "2022年3月、5月",
    "2022年一季度、三季度",
    "2022年第一季度和第四季度",
    "2022年3月、4月底",  # the end of April, or of each month
    "2022年3月5日、8日",
    "3月、5月",  # without a year, with year=
]


@pytest.mark.parametrize("text", LISTS_APART)
def test_a_list_of_parts_apart_raises_in_both_entry_points(text: str) -> None:
    with pytest.raises(DateParseError, match="not one period"):
        parse_period(text, year=2022)
    with pytest.raises(DateParseError, match="not one period"):
        parse_deadline(text, year=2022)
    found = find_dates(text, year=2022)  # never raises: the bounds are unknown
    assert found["first_day"].isna().all()
    assert found["last_day"].isna().all()


@given(
    st.integers(2000, 2030),
    st.sampled_from(["月", "季度"]),
    st.lists(st.integers(1, 4), min_size=2, max_size=4, unique=True),
)
@settings(max_examples=40)
def test_a_list_of_parts_is_its_run_or_raises(year: int, word: str, parts: list[int]) -> None:
    parts = sorted(parts)
    text = f"{year}年" + "、".join(map(str, parts)) + word
    if all(b == a + 1 for a, b in itertools.pairwise(parts)):
        p = parse_period(text)
        first = parse_period(
            f"{year}年第{parts[0]}{word}".replace("第", "" if word == "月" else "第")
        )
        last = parse_period(
            f"{year}年第{parts[-1]}{word}".replace("第", "" if word == "月" else "第")
        )
        assert (p.category, p.start, p.end) == (DateCategory.PERIOD, first.start, last.end)
    else:
        with pytest.raises(DateParseError):
            parse_period(text)


@given(st.integers(2000, 2030), st.integers(1, 4), st.integers(1, 4))
@settings(max_examples=40)
def test_a_run_of_quarters_spans_its_quarters(year: int, a: int, b: int) -> None:
    if a > b:
        a, b = b, a
    p = parse_period(f"{year}年{a}-{b}季度")
    assert p.start == dt.date(year, 3 * a - 2, 1)
    assert p.end == parse_period(f"{year}年第{b}季度").end


@pytest.mark.parametrize("sep", ["-", "—", "——", "–", "~", "〜", "至", "到"])
def test_every_range_separator_joins_two_years(sep: str) -> None:
    p = parse_period(f"2018{sep}2020年")
    assert (p.start, p.end) == (dt.date(2018, 1, 1), dt.date(2020, 12, 31))
