"""Periods of ``read_report``, round 19 (issue 13, branch year19; classes of hand check 10).

* a brief of a year's state (``2019年全国生态环境质量简况``) is a document of that year, in
  its title or named in its lead: its undated figures are of that year, never of the
  publication date written before it (``2020年5月7日,生态环境部发布2019年…简况``);
* a heading that states the day its figures are as of (``…进展情况(截至2022年4月11日)``,
  ``截止2023年底``) dates the figures the text gives no date: a state as of that day,
  flagged; a figure's own date wins, a first paragraph states no such day.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import report_row
from tests.scripts import SCRIPTS, in_script

from envindicators.extract._periods import title_as_of
from envindicators.extract._reader import _lead_year_document, _year_document


def _end(row: pd.Series) -> pd.Timestamp | None:
    return None if pd.isna(row["period_end"]) else pd.Timestamp(row["period_end"])


# ---------------------------------------------------------------------------------------
# 1. a brief of a year's state (简况) is a document of that year
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("2019年全国生态环境质量简况", 2019),
        ("《2018年全国生态环境质量简况》", 2018),
        ("某省2021年环境质量简况", 2021),
    ],
)
def test_a_brief_of_a_year_in_the_title_dates_its_figures(
    title: str, year: int, script: str
) -> None:
    assert _year_document(in_script(title, script)) == year
    text = in_script(f"{title}\n\n全省地表水Ⅰ～Ⅲ类水质断面比例为74.9%。", script)
    row = report_row(text, "74.9%", published=f"{year + 1}-05-07")
    assert _end(row) == pd.Timestamp(year, 12, 31)  # never the publication date


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "lead",
    [
        "2020年5月7日,生态环境部发布2019年全国生态环境质量简况。",
        "生态环境部近日发布了《2019年全国生态环境质量简况》。报告显示,全国质量改善。",
    ],
)
def test_a_brief_of_a_year_in_the_lead_dates_its_figures(lead: str, script: str) -> None:
    text = in_script(f"{lead}\n全国地表水Ⅰ～Ⅲ类水质断面比例为74.9%,同比上升3.9个百分点。", script)
    assert _lead_year_document(text, False) == 2019
    assert _end(report_row(text, "74.9%")) == pd.Timestamp(2019, 12, 31)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_brief_without_a_year_dates_nothing(script: str) -> None:
    text = in_script("全国生态环境质量简况\n\n全国地表水Ⅰ～Ⅲ类水质断面比例为74.9%。", script)
    assert _year_document(text.splitlines()[0]) is None
    assert _end(report_row(text, "74.9%")) is None


# ---------------------------------------------------------------------------------------
# 2. a heading's as-of day dates the figures without a date of their own
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("第二轮中央生态环境保护督察交办信访案件进展情况(截至2022年4月11日)", "2022-04-11"),
        ("某市督察整改进展（截止2023年底）", "2023-12-31"),
        ("截至2021年6月底某县整改任务完成情况", "2021-06-30"),
        ("某市整改情况(截止到2020年10月)", "2020-10-31"),
    ],
)
def test_a_heading_as_of_day_dates_undated_figures(title: str, day: str, script: str) -> None:
    assert title_as_of(in_script(title, script), 40) == pd.Timestamp(day)
    text = in_script(f"{title}\n\n按照污染类型分,涉及大气污染80件(占44.2%),水污染66件。", script)
    published = (pd.Timestamp(day) + pd.Timedelta(days=40)).date()  # after its as-of day
    row = report_row(text, "44.2%", published=published)
    assert _end(row) == pd.Timestamp(day)  # not the publication date


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_figure_own_date_wins_over_the_heading_day(script: str) -> None:
    text = in_script(
        "某市整改进展情况(截至2022年4月11日)\n\n2021年,全市空气质量优良天数比例为88.5%。",
        script,
    )
    assert _end(report_row(text, "88.5%")) == pd.Timestamp(2021, 12, 31)


@pytest.mark.parametrize(
    "title",
    [
        "截至目前整改进展情况",  # no day
        "某市整改进展情况(截至4月11日)",  # no year
        "经过三个阶段,截至2016年12月30日,7个中央环境保护督察组已完成督察反馈,"
        "全面推进整改工作,群众反映的问题得到解决。",  # a first paragraph, not a heading
    ],
)
def test_no_heading_as_of_day(title: str) -> None:
    assert title_as_of(title, 40) is None


@settings(max_examples=15)
@given(
    year=st.integers(2000, 2030),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    word=st.sampled_from(["截至", "截止", "截止到"]),
    script=st.sampled_from(SCRIPTS),
)
def test_the_heading_day_is_the_undated_figure_end(
    year: int, month: int, day: int, word: str, script: str
) -> None:
    """Property: under ``…(截至Y年M月D日)`` an undated figure ends on that day."""
    title = f"某县信访案件办理进展情况({word}{year}年{month}月{day}日)"
    text = in_script(f"{title}\n\n其中涉及大气污染80件(占44.2%)。", script)
    assert _end(report_row(text, "44.2%")) == pd.Timestamp(year, month, day)
