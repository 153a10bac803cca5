"""Periods of ``read_report``, round 18 (issue 13, branch year18).

* an annual report or yearbook (``年报``, ``年鉴``, ``统计年鉴``) titled with a year names
  the year it is published (or its edition), its data often of the year before: its year
  dates no figure (they stay empty and flagged); a bulletin (公报) keeps the rule.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.scripts import to_traditional
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.extract._reader import _annual_report, _lead_year_document, _year_document
from envindicators.units import to_simplified

SCRIPTS = ["simplified", "traditional"]


def _script(text: str, script: str) -> str:
    return to_traditional(text) if script == "traditional" else text


def _row(text: str, value: str, **kwargs: object) -> pd.Series:
    o = with_context(read_report(text, source="x.txt", **kwargs))  # type: ignore[arg-type]
    o = o.assign(written=o["value_text"].map(to_simplified))
    rows = o[o["written"].str.contains(value, regex=False)]
    assert len(rows) >= 1, o[["value_text", "period_text"]]
    return rows.iloc[0]


def _year(row: pd.Series) -> int | None:
    end = row["period_end"]
    return None if pd.isna(end) else pd.Timestamp(end).year


# ---------------------------------------------------------------------------------------
# 1. an annual report or yearbook names the year it is published, not its data's
# ---------------------------------------------------------------------------------------
ANNUAL_TITLES = [
    "2014年全国大、中城市固体废物污染环境防治年报",
    "中国环境统计年鉴2014",
    "2016年环境统计年报",
    "2019年某省生态环境年鉴",
]
BULLETIN_TITLES = [
    ("2014年中国环境状况公报", 2014),
    ("2018年全省环境统计公报", 2018),
    ("2021年某市生态环境状况公报", 2021),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("title", ANNUAL_TITLES)
def test_an_annual_report_title_names_no_year_of_its_figures(title: str, script: str) -> None:
    assert _annual_report(_script(title, script))
    assert _year_document(_script(title, script)) is None
    text = _script(f"{title}\n\n全市一般工业固体废物综合利用率为61.79%,处置率为29.86%。", script)
    for value in ("61.79%", "29.86%"):
        row = _row(text, value)
        assert _year(row) is None  # not the title's year: its data are of another
        assert bool(row["needs_review"])


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("title", "year"), BULLETIN_TITLES)
def test_a_bulletin_title_keeps_its_year(title: str, year: int, script: str) -> None:
    assert not _annual_report(_script(title, script))
    text = _script(f"{title}\n\n全市一般工业固体废物综合利用率为61.79%。", script)
    assert _year(_row(text, "61.79%")) == year


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "lead",
    [
        "6日从环保部了解到,环保部编写了《2014年全国大、中城市固体废物污染环境防治年报》。",
        "国家统计局发布了2015年环境统计年报,公众可以了解全国情况。",
        "记者获悉,《2017中国环境统计年鉴》日前出版,收录了全国数据。",
    ],
)
def test_an_annual_report_in_the_lead_names_no_year(lead: str, script: str) -> None:
    text = _script(f"固体废物去向\n\n{lead}\n\n城市生活垃圾处置率达97.41%。", script)
    assert _lead_year_document(text, False) is None
    row = _row(text, "97.41%")
    assert _year(row) is None
    assert bool(row["needs_review"])


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_clause_year_in_an_annual_report_still_dates(script: str) -> None:
    text = _script(
        "2014年全国大、中城市固体废物污染环境防治年报\n\n2013年,城市生活垃圾处置率达97.41%。",
        script,
    )
    assert _year(_row(text, "97.41%")) == 2013


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_bulletin_in_the_lead_keeps_its_year(script: str) -> None:
    text = _script(
        "全国PM2.5下降\n\n26日,生态环境部发布《2020中国生态环境状况公报》,公众可以查看。"
        "\n\n全国城市生活垃圾处置率达97.41%。",
        script,
    )
    assert _lead_year_document(text, False) == 2020
    assert _year(_row(text, "97.41%")) == 2020
