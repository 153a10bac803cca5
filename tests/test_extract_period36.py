"""Periods of hand check 24 — the time of writing, a month range, a batch's yearless day (period36).

Three rules of ``read_report``'s periods (issue 13):

1. **A clause opened by the time of writing** (``目前``/``当前``/``现在``) takes no date an
   earlier clause of its sentence gives: ``110年12月公告《…加嚴標準》,…,目前已有41座機組
   完成改善`` — the 41 units are now, not the month of the announcement.  The figure is as
   of the page's time of writing where it is known (``published``, a stamp), else its
   period is empty and flagged (``_periods.now_clause_at``).
2. **A yearless month range with any of the date reader's range marks** is the range, not
   its last month: ``1－12月``, ``1−12月``, ``1到12月`` and a dash lost to a wrong decoding
   (``1?12月``) as ``1—12月`` already was (``_reader._month_range_before``).
3. **A batch's own day dates the batch's counts even with no year known**: ``9月5日,我省接到
   …第十批…106件。長春市54件、…`` — the places' counts take ``9月5日`` (yearless, flagged), as
   the sentence naming the batch does, instead of no period.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from tests.report_rows import report_row

from envindicators.extract._periods import now_clause_at
from envindicators.units import to_simplified

TITLE = "大气污染防治工作进展情况"


# --- 1. a clause opened by the time of writing -----------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # an act's month (a standard announced), then what stands now
        (
            "2021年12月公告《电力设施加严标准》,规划以三年两阶段方式加严,目前已有41座机组完成改善。",
            "41座",
        ),
        # a plan issued, then 而目前 set off by a comma
        ("2021年3月我市发布《锅炉综合整治方案》,而目前,已完成改造企业15家。", "15家"),
        # a standard's start, then 当前
        ("新标准自2022年2月5日起实施,当前已开罚30件。", "30件"),
        # a clause after the one 目前 opens: still now
        ("2021年12月公告《电力设施加严标准》,目前已有41座机组完成改善,符合度高达8成。", "8成"),
    ],
)
def test_now_takes_no_earlier_clause_date(sentence: str, number: str, trad: bool) -> None:
    row = report_row(f"{TITLE}\n{sentence}", number, hant=trad)
    assert pd.isna(row["period_end"])
    assert pd.isna(row["period_text"])
    assert bool(row["needs_review"])
    assert "目前 opens a clause" in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
def test_now_is_the_publication_day_where_given(trad: bool) -> None:
    text = f"{TITLE}\n2021年3月我市发布《锅炉综合整治方案》,目前已有15家企业完成改造。"
    row = report_row(text, "15家", hant=trad, published=dt.date(2022, 6, 30))
    assert row["period_end"] == pd.Timestamp("2022-06-30")
    assert row["confidence"] != "high"


@pytest.mark.parametrize("trad", [False, True])
def test_an_earlier_sentence_still_lends_its_date(trad: bool) -> None:
    # the rule reads the clauses of one sentence: a tally's day in the paragraph before
    # (截至12月4日，…) is still the now of 目前 after it, as before
    text = (
        f"{TITLE}\n截至2023年12月4日,各督察组共收到群众举报6395件。"
        "据了解,目前已公开曝光5个典型案例。"
    )
    row = report_row(text, "5个", hant=trad)
    assert row["period_end"] == pd.Timestamp("2023-12-04")


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number", "day"),
    [
        # the reporter learned it that day: the day is now
        (
            "2017年2月21日,记者从省环保厅获悉,目前,我省8个督察组已对48个县进行了督察。",
            "48个",
            "2017-02-21",
        ),
        # a speech's day
        (
            "2021年10月21日署长出席土污法特展时表示,目前已有7039处场址解除列管。",
            "7039处",
            "2021-10-21",
        ),
        # the day of the telling, past a stationing's start (a span since it)
        (
            "2018年6月11日,记者从环保厅获悉,督察组自2018年6月7日进驻以来,"
            "接受群众举报,目前已向广西交办3批信访举报案件共计1200件。",
            "1200件",
            "2018-06-11",
        ),
    ],
)
def test_now_is_the_day_the_news_is_told(sentence: str, number: str, day: str, trad: bool) -> None:
    row = report_row(f"{TITLE}\n{sentence}", number, hant=trad)
    assert row["period_end"] == pd.Timestamp(day)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("sentence", "number", "first", "last"),
    [
        # no now word: the sentence's date stands
        ("2021年,全市已有15家企业完成改造。", "15家", "2021-01-01", "2021-12-31"),
        # the date after the now word is the figure's own
        ("目前,2021年全市已有15家企业完成改造。", "15家", "2021-01-01", "2021-12-31"),
        # 截至目前 is a date of its own (the time of writing), read as before: an open end
        ("2021年3月我市发布方案,截至2021年底已有15家企业完成改造。", "15家", None, "2021-12-31"),
        # a figure before the now clause keeps the sentence's date
        ("2021年,全市完成改造企业15家,目前正在改造3家。", "15家", "2021-01-01", "2021-12-31"),
        # a now word inside a clause after other words opens nothing
        ("2021年,全市建成目前规模最大的污水厂1座。", "1座", "2021-01-01", "2021-12-31"),
    ],
)
def test_dates_the_now_rule_leaves(
    sentence: str, number: str, first: str | None, last: str, trad: bool
) -> None:
    row = report_row(f"{TITLE}\n{sentence}", number, hant=trad)
    assert row["period_end"] == pd.Timestamp(last)
    if first is not None:
        assert row["period_start"] == pd.Timestamp(first)


@pytest.mark.parametrize(
    ("sentence", "before", "found"),
    [
        ("2021年3月发布方案,目前已有15家企业完成改造", "15", True),
        ("2021年3月发布方案;但目前,已有15家企业完成改造", "15", True),
        ("2021年3月发布方案,已有15家企业完成改造,目前还有3家", "15", False),
        ("截至目前,已有15家企业完成改造", "15", False),
        ("2021年3月至目前,已有15家企业完成改造", "15", False),
        ("全市建成目前规模最大的污水厂1座", "1座", False),
    ],
)
def test_now_clause_at(sentence: str, before: str, found: bool) -> None:
    t = to_simplified(sentence)
    at = now_clause_at(t, 0, t.index(before))
    assert (at is not None) is found
    if found:
        assert t[at : at + 2] == "目前"


# --- 2. a yearless month range with any range mark -------------------------------------

AIR = (
    "全国空气质量状况\n2018年12月,全国PM2.5浓度为53微克/立方米。"
    "{months},全国O3浓度为151微克/立方米。"
)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "months", ["1－12月", "1−12月", "1到12月", "1?12月", "1？12月", "1—12月", "1-12月"]
)
def test_a_month_range_is_the_range(months: str, trad: bool) -> None:
    row = report_row(AIR.format(months=months), "151", hant=trad)
    assert (row["period_start"], row["period_end"]) == (
        pd.Timestamp("2018-01-01"),
        pd.Timestamp("2018-12-31"),
    )


@pytest.mark.parametrize("trad", [False, True])
def test_a_months_range_of_part_of_the_year(trad: bool) -> None:
    row = report_row(AIR.format(months="1到11月"), "151", hant=trad)
    assert (row["period_start"], row["period_end"]) == (
        pd.Timestamp("2018-01-01"),
        pd.Timestamp("2018-11-30"),
    )


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("months", "first"),
    [
        # the months out of order after 到 or ?: no range, the month alone
        ("8?3月", "2018-03-01"),
        # a number that is no month before the mark
        ("共15?3月", "2018-03-01"),
        # the single month, as before
        ("3月", "2018-03-01"),
    ],
)
def test_no_range_where_the_months_are_not_one(months: str, first: str, trad: bool) -> None:
    row = report_row(AIR.format(months=months), "151", hant=trad)
    assert row["period_start"] == pd.Timestamp(first)


# --- 3. a batch's yearless day ---------------------------------------------------------

BATCH = (
    "9月5日,我省接到中央第一生态环境保护督察组交办的第十批群众信访举报案件106件,其中,来电51件,"
    "来信55件。长春市54件、吉林市17件、四平市4件、松原市10件。"
)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("number", ["54件", "17件", "10件"])
def test_a_batch_day_without_a_year_dates_its_parts(number: str, trad: bool) -> None:
    row = report_row(BATCH, number, hant=trad)
    assert to_simplified(str(row["period_text"])) == "9月5日"
    assert pd.isna(row["period_end"])  # its year is not in the text: never invented
    assert bool(row["needs_review"])


@pytest.mark.parametrize("trad", [False, True])
def test_a_batch_day_with_its_year_as_before(trad: bool) -> None:
    text = BATCH.replace("9月5日", "2021年9月5日")
    row = report_row(text, "54件", hant=trad)
    assert row["period_end"] == pd.Timestamp("2021-09-05")


@pytest.mark.parametrize("trad", [False, True])
def test_a_yearless_batch_day_does_not_replace_a_figure_own_date(trad: bool) -> None:
    text = BATCH + "截至9月10日,已办结42件,正在办理64件。"
    row = report_row(text, "64件", hant=trad)
    assert to_simplified(str(row["period_text"])) == "9月10日"
