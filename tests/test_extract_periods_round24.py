"""A yearless date that the text also writes whole, with its year (ctx24, issue 13).

A headline, summary or lead writes a period short (``1—8月，…``, ``上半年…``) that the body
writes whole (``通报2020年1—8月全国…``): when no nearer date of the text gives the short form
its year, it takes the one year the text writes the same date with
(:func:`envindicators.extract._periods.restated_year`).  Found by hand check 15 (a summary's
``1—8月`` whose year is in the body two paragraphs below, out of the lenders' reach).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._periods import restated_year


def _year(written: str, texts: list[str], role: str = "period") -> int | None:
    lends = np.array([re.match(r"\d{4}年", t) is not None for t in texts], dtype=bool)
    return restated_year(written, texts, lends, [role] * len(texts), role)


@pytest.mark.parametrize(
    ("written", "texts", "year"),
    [
        ("1—8月", ["1—8月", "2020年1—8月"], 2020),
        ("1—8月", ["1—8月", "2020年1-8月"], 2020),  # another dash
        ("1 - 8月", ["1 - 8月", "2020年1—8月"], 2020),  # spaces
        ("上半年", ["上半年", "2021年上半年"], 2021),
        ("上半年", ["上半年", "2021年度上半年"], 2021),
        ("前三季度", ["前三季度", "2019年前三季度"], 2019),
        ("1—11月", ["2018年1—11月", "1—11月"], 2018),  # written whole before it
        ("1—8月", ["1—8月", "2020年1—8月", "2020年1—8月"], 2020),  # twice, one year
    ],
)
def test_the_year_of_the_same_date_written_whole(written: str, texts: list[str], year: int) -> None:
    assert _year(written, texts) == year


@pytest.mark.parametrize(
    ("written", "texts"),
    [
        ("1—8月", ["1—8月", "2019年1—8月", "2020年1—8月"]),  # two years: none
        ("1—8月", ["1—8月", "2020年1—7月"]),  # another period
        ("8月", ["8月", "2020年1—8月"]),  # a part of another period is no restatement
        ("上半年", ["上半年", "2021年"]),  # the year alone
        ("上半年", ["上半年", "2021年下半年"]),
        ("6月", ["6月", "2021年6月30日"]),
    ],
)
def test_no_year_without_the_same_date_in_one_year(written: str, texts: list[str]) -> None:
    assert _year(written, texts) is None


def test_only_dates_of_the_same_role_lend() -> None:
    texts = ["6月底前", "2020年6月底前"]
    lends = np.array([False, True])
    assert restated_year("6月底前", texts, lends, ["period", "deadline"], "period") is None
    assert restated_year("6月底前", texts, lends, ["deadline", "deadline"], "deadline") == 2020
    # a date that may not lend (a stamp, a span of years) is passed over
    assert restated_year("1—8月", ["1—8月", "2020年1—8月"], np.array([False, False]),
                         ["period"] * 2, "period") is None  # fmt: skip


_SUMMARY = (
    "摘要：前8月全国城市空气质量优良天数占86.7%\n"
    "{short}，京津冀及周边地区城市平均优良天数比例为61.4%，同比上升11.5个百分点。\n"
    "按关键词阅读：空气质量\n"
    "生态环境部16日通报{whole}全国地表水、环境空气质量状况：地表水优良断面比例为81.0%。\n"
)


@pytest.mark.parametrize("trad", [False, True])
def test_a_summarys_short_date_takes_the_bodys_year(trad: bool) -> None:
    text = _SUMMARY.format(short="1—8月", whole="2020年1—8月")
    r = read_report(to_traditional(text) if trad else text)
    o = r.observations.set_index("value_text")
    assert pd.Timestamp(o.loc["61.4%", "period_start"]) == pd.Timestamp("2020-01-01")
    assert pd.Timestamp(o.loc["61.4%", "period_end"]) == pd.Timestamp("2020-08-31")


def test_a_summarys_short_date_of_two_written_years_stays_empty() -> None:
    text = _SUMMARY.format(short="1—8月", whole="2020年1—8月") + (
        "2019年1—8月，地表水优良断面比例为75.0%。\n"
    )
    o = read_report(text).observations.set_index("value_text")
    assert pd.isna(o.loc["61.4%", "period_end"])


def test_a_nearer_date_still_lends_first() -> None:
    text = (
        "2019年全国生态环境质量\n"
        "2019年1—8月，京津冀城市平均优良天数比例为53.1%。\n"
        "1—8月，汾渭平原城市平均优良天数比例为50.2%。\n"
        "报告还回顾了2018年1—8月的情况。\n"
    )
    o = read_report(text).observations.set_index("value_text")
    assert pd.Timestamp(o.loc["50.2%", "period_end"]) == pd.Timestamp("2019-08-31")


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(2005, 2024),
    last=st.integers(2, 11),
    dash=st.sampled_from(["—", "-", "～", "~"]),
)
def test_restated_year_property(year: int, last: int, dash: str) -> None:
    short = f"1{dash}{last}月"
    texts = [short, f"{year}年1—{last}月"]
    assert _year(short, texts) == year
    assert _year(f"1{dash}{last + 1}月", texts) is None
