"""The time of a figure a page dates by its stamp: the days just before it (period29, issue 13).

Hand checks 15–18's period class: a news page's figures of ``5月5日`` or ``9月份`` with no
year written, the year only in the page's publication stamp (``发布时间：2021-12-23``,
``2022年04月08日`` alone on its line).  Rule of
:func:`~envindicators.extract._periods.year_of_recent_days`, both scripts:

* a yearless day or span of days (not a month) that ends at most
  :data:`~envindicators.extract._periods.RECENT_DAYS` days before the page's publication
  stamp (read in the stamp's year, or the year before) takes that year, flagged
  (``period: its year is the page's date stamp's``);
* never from an update stamp (``更新时间``), never a day further back (a page reposting an
  old report), never a month or a half (``6月``, ``上半年``; a run of months from January
  closed within the window is read since period33: ``test_extract_period33``), never
  where the text's own years are all earlier than the year read (a repost), and a year the
  text writes itself still wins.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import read_text, written_row

from envindicators.extract._periods import RECENT_DAYS, year_of_recent_days

TITLE = "我省收到第十批群众信访举报件"


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("stamp", "body", "number", "first", "last"),
    [
        (
            "发布时间：2022-06-10",
            "6月8日，督察组向我省转办第十批群众信访举报件56件。",
            "56件",
            None,
            "2022-06-08",
        ),
        (
            "2019-09-20 15:08来源：某省生态环境厅",
            "9月18日上午，全省共检查企业320家。",
            "320家",
            None,
            "2019-09-18",
        ),
        (
            "发布日期：2020-01-05  浏览次数：1024",
            "12月28日至12月31日，督察组共检查企业45家。",
            "45家",
            "2019-12-28",
            "2019-12-31",
        ),
        (
            "2023年04月08日",
            "本报讯 4月6日，督察组共接到群众来信来电举报47件。",
            "47件",
            None,
            "2023-04-06",
        ),
    ],
)
def test_the_days_just_before_the_stamp(
    stamp: str, body: str, number: str, first: str | None, last: str, trad: bool
) -> None:
    row = written_row(read_text(f"{TITLE}\n{stamp}\n{body}", trad).observations, number)
    assert row["period_end"] == pd.Timestamp(last)
    if first is not None:
        assert row["period_start"] == pd.Timestamp(first)
    assert row["needs_review"]
    assert "date stamp" in row["note"]


def _undated(row: pd.Series) -> None:
    assert pd.isna(row["period_end"])
    assert row["needs_review"]


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # an update stamp: when the page was updated, a repost years later
        f"{TITLE}\n更新时间:2022-06-10 09:36:56\n6月8日，督察组向我省转办信访举报件56件。",
        # further back than a month: an old report under the page's stamp
        f"{TITLE}\n发布时间：2022-10-10\n6月8日，督察组向我省转办信访举报件56件。",
        f"{TITLE}\n发布时间：2022-06-10\n7月14日至8月14日，督察组向我省转办信访举报件56件。",
        # the text's own years are all earlier: a repost of a 2016 report (a comparison with
        # 2016年同期 would date it 2017 instead: period31, test_extract_periods_round31)
        f"{TITLE}\n发布时间：2022-06-10\n6月8日，督察组向我省转办信访举报件56件，"
        "与2016年相比增加20件。",
        # a half; a run of months that closed more than a month before the stamp (period33
        # reads one closed just before it: test_extract_period33)
        f"{TITLE}\n发布时间：2023年7月9日\n上半年，全省共检查企业56件。",
        f"{TITLE}\n发布时间：2023年12月9日\n1—9月，全省共转办信访举报件56件。",
        f"{TITLE}\n发布时间：2023年8月9日\n前5个月，全省共转办信访举报件56件。",
        # a month, even the one just over (period23: a month under a stamp takes no year)
        f"{TITLE}\n发布时间：2021年11月3日\n10月份，全市共转办信访举报件56件。",
    ],
)
def test_no_year_from_the_stamp(text: str, trad: bool) -> None:
    _undated(written_row(read_text(text, trad).observations, "56件"))


@pytest.mark.parametrize("trad", [False, True])
def test_a_year_the_text_writes_wins(trad: bool) -> None:
    text = (
        f"{TITLE}\n发布时间：2022-06-10\n"
        "2021年，全省工作会议召开。6月8日，督察组转办信访举报件56件。"
    )
    row = written_row(read_text(text, trad).observations, "56件")
    assert row["period_end"] == pd.Timestamp(2021, 6, 8)


def test_the_window_and_the_repost_guard() -> None:
    day = lambda y: (pd.Timestamp(y, 6, 8), pd.Timestamp(y, 6, 8))  # noqa: E731
    assert year_of_recent_days("6月8日", day, dt.date(2022, 6, 10), None) == 2022
    assert year_of_recent_days("6月8日", day, dt.date(2022, 6, 10), 2022) == 2022
    assert year_of_recent_days("6月8日", day, dt.date(2022, 6, 10), 2021) is None
    assert year_of_recent_days("6月8日", day, dt.date(2022, 7, 10), None) is None
    half = lambda y: (pd.Timestamp(y, 1, 1), pd.Timestamp(y, 6, 30))  # noqa: E731
    assert year_of_recent_days("上半年", half, dt.date(2022, 7, 1), None) is None
    assert year_of_recent_days("1—6月", half, dt.date(2022, 7, 1), None) == 2022  # period33


@settings(max_examples=40, deadline=None)
@given(
    stamp=st.dates(dt.date(2001, 1, 1), dt.date(2030, 12, 31)),
    back=st.integers(0, 3 * RECENT_DAYS),
    n=st.integers(2, 900),
)
def test_recent_days_property(stamp: dt.date, back: int, n: int) -> None:
    day = stamp - dt.timedelta(days=back)
    text = (
        f"{TITLE}\n发布时间：{stamp:%Y-%m-%d}\n"
        f"{day.month}月{day.day}日，督察组向我省转办信访举报件{n}件。"
    )
    row = written_row(read_text(text).observations, f"{n}件")
    if back <= RECENT_DAYS:
        assert row["period_end"] == pd.Timestamp(day)
    else:  # further back: another year's day may be meant
        assert pd.isna(row["period_end"])
    assert row["needs_review"]


# ---------------------------------------------------------------------------------------
# A relative year glossed with its year fixes the year of writing
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "year"),
    [
        ("今年度(112年)列管业者共103家。\n今年已扩大配合39间业者提供服务。", "39间", 2023),
        ("去年(106年)空品不良日168天。\n去年全县共查处违规案件56件。", "56件", 2017),
        ("去年（2020年）回收废纸1万吨。\n今年全市共查处违规案件56件。", "56件", 2021),
        ("前年(105年)不良日122天。\n去年全县共查处违规案件56件。", "56件", 2017),
    ],
)
def test_a_glossed_relative_year_dates_the_others(
    text: str, number: str, year: int, trad: bool
) -> None:
    row = written_row(read_text(text, trad).observations, number)
    assert row["period_end"] == pd.Timestamp(year, 12, 31)
    assert row["needs_review"]


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # no gloss: the year of writing is not in the text
        "今年全市共查处违规案件56件。",
        # glosses that disagree on the year of writing give none
        "去年(2020年)回收1万吨，前年(2017年)8千吨。\n今年全市共查处违规案件56件。",
        # a bracket that is no year (a count, an item number)
        "今年(3)月份工作要点。\n今年全市共查处违规案件56件。",
    ],
)
def test_no_gloss_no_year(text: str, trad: bool) -> None:
    _undated(written_row(read_text(text, trad).observations, "56件"))
