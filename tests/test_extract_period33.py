"""Periods of hand check 22's classes (period33, issue 13), both scripts.

* a sentence opening with a breakdown head (``其中，``, ``从区域分布看，``) breaks down the
  sentence before it in its paragraph: its figures with no date of their own take that
  sentence's date, even the day of one event
  (:func:`~envindicators.extract._periods.tally_sentence`): ``5月2日，…转办96件。其中，太原市
  26件`` is of 5月2日, not of the page's stamp;
* a run of whole months from January (``前9月``, ``1—9月``, ``前5个月``, ``前三季度``) that
  closes at most :data:`~envindicators.extract._periods.RECENT_DAYS` days before the page's
  publication stamp takes the stamp's year, like a day
  (:func:`~envindicators.extract._periods.year_of_recent_days`); a single month and a run
  closed long before still take none (``test_extract_periods_round29``);
* a year named relative to the stamp (``去年同期`` under ``2018-10-29``) is no year the text
  writes of its own: it does not make the text look like an old report reposted;
* a bare day opening the body under a page's stamp (``时间:2020-07-03`` then ``2日，…``) is of
  the stamp's month (:func:`~envindicators.extract._periods.stamp_days`).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from tests.report_rows import read_text, written_row

from envindicators.extract._periods import RECENT_DAYS, stamp_days, tally_sentence

TITLE = "我省收到第十批群众信访举报件"


# --- a breakdown sentence: the date of the sentence before -------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "day"),
    [
        (
            f"{TITLE}\n发布时间：2021-05-03 08:45:51\n5月2日，中央第一生态环境保护督察组向我省"
            "转办群众举报生态环境问题96件，涉及11个市。其中，太原市26件、大同市8件。",
            "8件",
            "2021-05-02",
        ),
        (
            "2020年6月9日，督察组向我市交办第五批信访件120件；其中，重点案件12件。",
            "12件",
            "2020-06-09",
        ),
        (
            "2019年，全市受理信访件300件。8月8日，督察组交办信访件52件。"
            "从区域分布看，城区30件，郊区22件。",
            "22件",
            "2019-08-08",
        ),
    ],
)
def test_a_breakdown_sentence_takes_the_day_before(
    text: str, number: str, day: str, trad: bool
) -> None:
    row = written_row(read_text(text, trad).observations, number)
    assert row["period_end"] == pd.Timestamp(day)
    assert "breaks down" in row["note"]


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "end"),
    [
        # a date of its own sentence wins
        (
            "2020年6月9日，督察组交办信访件120件。其中，2020年6月8日受理重点案件12件。",
            "12件",
            "2020-06-08",
        ),
        # 其中 inside a sentence, 其中原因 (no comma): no breakdown head; a day of one
        # event dates no later sentence (the paragraph's year does)
        (
            "2019年，全市受理信访件300件。8月8日，督察组交办信访件52件。其中原因是噪声，城区30件。",
            "30件",
            "2019-12-31",
        ),
    ],
)
def test_no_breakdown_no_day_of_one_event(text: str, number: str, end: str, trad: bool) -> None:
    row = written_row(read_text(text, trad).observations, number)
    assert row["period_end"] == pd.Timestamp(end)


def test_tally_sentence_reaches_back_and_stops() -> None:
    t = "9日交办52件。其中，城区30件。其中，重点10件。"
    assert tally_sentence(t, t.rindex("其中"), 0) == 0  # a run of breakdowns: the tally
    t = "前段。\n其中，城区30件。"
    assert tally_sentence(t, t.index("其中"), t.index("其中")) is None  # opens its paragraph
    t = "9日交办52件。其他，城区30件。"
    assert tally_sentence(t, t.index("其他"), 0) is None


# --- a run of months from January under the stamp ---------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("stamp", "body", "first", "last"),
    [
        (
            "2018-10-29 08:55 来源：人民日报",
            "生态环境部近日通报前9月全国环境行政处罚案件共下达处罚决定书56份，比去年同期增长4.0%。",
            "2018-01-01",
            "2018-09-30",
        ),
        (
            "发布时间：2023年10月9日",
            "1—9月，全省共转办信访举报件56份。",
            "2023-01-01",
            "2023-09-30",
        ),
        (
            "发布时间：2023年6月9日",
            "前5个月，全省共转办信访举报件56份。",
            "2023-01-01",
            "2023-05-31",
        ),
        ("发布时间：2023年10月9日", "前三季度，全省共检查企业56份。", "2023-01-01", "2023-09-30"),
        ("发布时间：2024-01-20", "1—12月，全省共转办信访举报件56份。", "2023-01-01", "2023-12-31"),
    ],
)
def test_a_run_of_months_just_closed(
    stamp: str, body: str, first: str, last: str, trad: bool
) -> None:
    row = written_row(read_text(f"{TITLE}\n{stamp}\n{body}", trad).observations, "56份")
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp(first), pd.Timestamp(last))
    assert row["needs_review"]
    assert "date stamp" in row["note"]


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # closed more than a month before the stamp: a tally restated later
        f"{TITLE}\n发布时间：2023年12月9日\n1—9月，全省共转办信访举报件56份。",
        # a month alone, a half (period14's test), a run not from January
        f"{TITLE}\n发布时间：2023年7月9日\n上半年，全省共检查企业56份。",
        f"{TITLE}\n发布时间：2021年11月3日\n10月份，全市共转办信访举报件56份。",
        f"{TITLE}\n发布时间：2021年11月3日\n7—10月，全市共转办信访举报件56份。",
        # an update stamp; the text's own years all earlier (a repost)
        f"{TITLE}\n更新时间:2023-10-09 09:36:56\n1—9月，全省共转办信访举报件56份。",
        f"{TITLE}\n发布时间：2023年10月9日\n1—9月，全省共转办信访举报件56份，与2016年相比增加20件。",
    ],
)
def test_no_year_for_other_runs(text: str, trad: bool) -> None:
    row = written_row(read_text(text, trad).observations, "56份")
    assert pd.isna(row["period_end"]) or row["period_end"].year != 2023


def test_the_window_of_runs_is_the_days_window() -> None:
    stamp = dt.date(2023, 9, 30) + dt.timedelta(days=RECENT_DAYS)
    text = f"{TITLE}\n发布时间：{stamp:%Y-%m-%d}\n1—9月，全省共转办信访举报件56份。"
    assert written_row(read_text(text).observations, "56份")["period_end"] == pd.Timestamp(
        2023, 9, 30
    )
    stamp += dt.timedelta(days=1)
    text = f"{TITLE}\n发布时间：{stamp:%Y-%m-%d}\n1—9月，全省共转办信访举报件56份。"
    assert pd.isna(written_row(read_text(text).observations, "56份")["period_end"])


# --- a bare day opening the body under the stamp ----------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("head", "body", "day"),
    [
        (
            "时间:2020-07-03 08:48 来源:\n\n",
            "  2日，督察组向长春市转办第十四批信访案件46件。",
            "2020-07-02",
        ),
        (
            "发布时间：2021-09-16\n字号：\n打印\n",
            "15日，督察组向我市交办第二十批信访案件46件。",
            "2021-09-15",
        ),
        ("发布时间：2021-10-01\n", "30日上午，督察组向我市交办信访案件46件。", "2021-09-30"),
    ],
)
def test_a_bare_day_under_the_stamp(head: str, body: str, day: str, trad: bool) -> None:
    row = written_row(read_text(f"{TITLE}\n{head}{body}", trad).observations, "46件")
    assert row["period_end"] == pd.Timestamp(day)
    assert row["needs_review"]


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "body",
    [
        "记者2日获悉，督察组向长春市转办信访案件46件。",  # when the news was told
        "督察组向长春市转办信访案件。\n2日，督察组又转办信访案件46件。",  # not the first paragraph
    ],
)
def test_no_bare_day_elsewhere(body: str, trad: bool) -> None:
    row = written_row(
        read_text(f"{TITLE}\n时间:2020-07-03 08:48 来源:\n{body}", trad).observations, "46件"
    )
    assert row["period_end"] != pd.Timestamp(2020, 7, 2)


def test_stamp_days_reads_the_stamps_month() -> None:
    t = "标题\n时间:2020-03-02\n\n  29日，督察组转办信访案件46件。"
    at = t.index("\n\n")
    assert [r["parse_as"] for r in stamp_days(t, [], at, dt.date(2020, 3, 2))] == ["2月29日"]
    assert stamp_days(t, [(t.index("29日"), t.index("29日") + 3)], at, dt.date(2020, 3, 2)) == []


# --- a base year written with its era: 較西元 2011 年 ------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2012 年达标城市比率为88.5%，其中较西元 2011 年提高4.4%。", "提高4.4%"),
        ("2012年全国二氧化硫排放量下降4.5%，比公元2011年减少56万吨。", "减少56万吨"),
        ("2012年，全国二氧化硫排放量与西元2011年相比下降9.8%。", "下降9.8%"),
    ],
)
def test_a_base_year_after_its_era_is_a_base(text: str, number: str, trad: bool) -> None:
    row = written_row(read_text(text, trad).observations, number)
    assert row["period_end"] == pd.Timestamp(2012, 12, 31)


@pytest.mark.parametrize("trad", [False, True])
def test_a_year_after_its_era_alone_is_a_period(trad: bool) -> None:
    text = "自西元2008年起，全国二氧化碳排放量为56万吨。"
    row = written_row(read_text(text, trad).observations, "56万吨")
    assert row["period_end"] != pd.Timestamp(2012, 12, 31)
    text = "西元2011年，全国二氧化碳排放量为56万吨。"
    assert written_row(read_text(text, trad).observations, "56万吨")["period_end"] == pd.Timestamp(
        2011, 12, 31
    )
