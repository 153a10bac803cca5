"""Periods of ``read_report`` from the document's own dates (issue 13, branch period14).

A date written without its year takes a year only where the text gives it: an earlier
period date, else the title's year, else a later period date of its paragraph or the
next, else ``published``.  Never
a page's date stamp, a base of comparison, a span of several years, nor another
paragraph's deadline; with none, the year stays empty and the row is flagged.
``2013年以来``/``自2013年起``/``2013年至目前`` run from 2013 to the time of writing; a
bulletin is of the year that names it, not of its publication.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import in_script, to_traditional
from tests.test_extract import with_context

from envindicators.extract import _reader, read_report
from envindicators.units import to_simplified

#: Page furniture: update, publication and crawl stamps (when the page was put online).
STAMPS = [
    "更新时间:2023-07-09 09:36:56文/高考志愿库",
    "发布时间：2023年7月9日",
    "2023-07-09 15:08来源：江西省生态环境厅",
    "发布日期：2023-07-09  浏览次数：1024",
    "（2023年7月9日）",
]
#: Dates written without their year, each opening a sentence about a count of companies.
YEARLESS = {
    "7月14日至8月14日": (pd.Timestamp(2016, 7, 14), pd.Timestamp(2016, 8, 14)),
    "上半年": (pd.Timestamp(2016, 1, 1), pd.Timestamp(2016, 6, 30)),
    "1—9月": (pd.Timestamp(2016, 1, 1), pd.Timestamp(2016, 9, 30)),
    "前5个月": (pd.Timestamp(2016, 1, 1), pd.Timestamp(2016, 5, 31)),
    "9月": (pd.Timestamp(2016, 9, 1), pd.Timestamp(2016, 9, 30)),
}
TITLE = "江西省贯彻落实中央环境保护督察反馈意见整改情况"
BODY = "，全省共检查企业1200家。"


def _only(text: str, **kwargs: object) -> pd.Series:
    o = with_context(read_report(text, source="x.txt", **kwargs))  # type: ignore[arg-type]
    assert len(o) == 1, o[["value_text", "period_text"]]
    return o.iloc[0]


def _undated(row: pd.Series) -> None:
    assert pd.isna(row["period_end"])
    assert pd.isna(row["period_start"])
    assert row["needs_review"]
    assert "year is not in the text" in row["note"]


# ---------------------------------------------------------------------------------------
# A page's stamp lends no year
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("stamp", STAMPS)
@pytest.mark.parametrize("written", list(YEARLESS))
def test_a_page_stamp_lends_no_year(stamp: str, written: str, script: str) -> None:
    text = in_script(f"{TITLE}\n\n{stamp}\n\n{written}{BODY}", script)
    _undated(_only(text))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("stamp", STAMPS)
@pytest.mark.parametrize("written", list(YEARLESS))
def test_the_year_of_the_paragraph_still_dates_it(stamp: str, written: str, script: str) -> None:
    text = in_script(f"{TITLE}\n\n{stamp}\n\n2016年，督察组进驻江西。{written}{BODY}", script)
    row = _only(text)
    first, last = YEARLESS[written]
    assert row["period_end"] == last
    assert row["period_start"] in (first, pd.NaT) or pd.isna(row["period_start"])


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_stamp_line_is_no_title_year_nor_heading_period(script: str) -> None:
    # the bracketed dateline under a statistical bulletin's title is its issue date
    text = in_script(
        "贵州省2023年国民经济和社会发展统计公报\n（2024年4月30日）\n"
        "年末全省常住人口3865万人，比上年末增加9万人。",
        script,
    )
    o = read_report(text, source="x.txt").observations
    level = o[o["value_text"].map(to_simplified) == "3865万人"].iloc[0]
    assert level["period_end"] == pd.Timestamp(2023, 12, 31)


# ---------------------------------------------------------------------------------------
# Which date lends its year
# ---------------------------------------------------------------------------------------
NO_LENDER = {
    "a base of comparison": "与2013年相比，全省空气质量下降。\n{w}" + BODY,
    "a span of years since": "2013年以来，部分城市空气质量下降，{w}" + BODY,
    "a span of years": "2016—2020年，全省空气质量持续改善。\n{w}" + BODY,
    "another paragraph's deadline": "到2020年底，全省森林覆盖率达到63%。\n{w}" + BODY,
    "a date two paragraphs further on": "{w}"
    + BODY
    + "\n全省整改有序推进。\n2017年，全省空气质量改善。",
}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("case", list(NO_LENDER))
@pytest.mark.parametrize("written", ["7月14日至8月14日", "上半年", "1—9月"])
def test_dates_that_lend_no_year(case: str, written: str, script: str) -> None:
    text = in_script(TITLE + "\n" + NO_LENDER[case].format(w=written), script)
    o = read_report(text, source="x.txt").observations
    row = o[o["value_text"].map(to_simplified) == "1200家"].iloc[0]
    _undated(row)


LENDERS = {
    "an earlier sentence of its paragraph": "2016年，督察组进驻江西。{w}" + BODY,
    "a framing date of an earlier paragraph": "2016年，督察组进驻江西。\n{w}" + BODY,
    "a heading": "一、2016年整改工作\n{w}" + BODY,
    "a year of an earlier paragraph": "全省2016年启动整改，成效明显。\n{w}" + BODY,
    "a later date of its sentence": "{w}" + BODY[:-1] + "，占2016年全年检查总数的一半。",
    "a date of a later paragraph": "{w}" + BODY + "\n督察进驻期间（2016年7月14日至8月14日）。",
}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("case", list(LENDERS))
@pytest.mark.parametrize("written", list(YEARLESS))
def test_dates_that_lend_their_year(case: str, written: str, script: str) -> None:
    text = in_script(TITLE + "\n" + LENDERS[case].format(w=written), script)
    o = read_report(text, source="x.txt").observations
    row = o[o["value_text"].map(to_simplified) == "1200家"].iloc[0]
    assert row["period_end"] == YEARLESS[written][1]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_deadline_bounds_a_yearless_deadline_of_its_paragraph(script: str) -> None:
    text = in_script(TITLE + "\n2018年底前，全面完成整改任务；6月底前，完成整治企业50家。", script)
    t = read_report(text, source="x.txt").targets
    row = t[t["value_text"].map(to_simplified) == "50家"].iloc[0]
    assert row["deadline"] == pd.Timestamp(2018, 6, 30)


@settings(max_examples=30, deadline=None)
@given(
    stamp_year=st.integers(2000, 2030),
    written=st.sampled_from(list(YEARLESS)),
    n=st.integers(2, 9999),
    where=st.sampled_from(["none", "stamp", "paragraph"]),
    year=st.integers(2000, 2030),
)
def test_a_yearless_date_never_takes_a_year_the_text_does_not_give(
    stamp_year: int, written: str, n: int, where: str, year: int
) -> None:
    stamp = f"更新时间:{stamp_year}-07-09 09:36:56" if where != "none" else ""
    lead = f"{year}年，督察组进驻江西。" if where == "paragraph" else ""
    text = f"{TITLE}\n{stamp}\n{lead}{written}，全省共检查企业{n}家。"
    row = _only(text)
    if where == "paragraph":
        assert pd.Timestamp(row["period_end"]).year == year
    else:
        _undated(row)


# ---------------------------------------------------------------------------------------
# A span from a year up to the time of writing
# ---------------------------------------------------------------------------------------
SINCE_FORMS = ["自{y}年起", "从{y}年开始", "{y}年起", "{y}年至目前", "自{y}年起至今", "{y}年以来"]


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(2005, 2021),
    form=st.sampled_from(SINCE_FORMS),
    n=st.integers(2, 9999),
    published=st.booleans(),
    traditional=st.booleans(),
)
def test_a_span_from_a_year_runs_to_the_time_of_writing(
    year: int, form: str, n: int, published: bool, traditional: bool
) -> None:
    text = form.format(y=year) + f"，山东省共立案查处环境违法案件{n}件。"
    if traditional:
        text = to_traditional(text)
    row = _only(text, published="2023-06-30" if published else None)
    assert row["period_start"] == pd.Timestamp(year, 1, 1)  # not the year alone
    if published:
        assert row["period_end"] == pd.Timestamp("2023-06-30")
    else:  # the time of writing is not in the text: empty, flagged
        assert pd.isna(row["period_end"])
        assert row["needs_review"]
        assert "time of writing" in row["note"]


@pytest.mark.parametrize("written", ["从2016年4月开始至2017年12月", "2019年起草"])
def test_a_start_with_its_end_or_a_verb_is_no_span_to_now(written: str) -> None:
    o = read_report(
        f"{written}，全省共检查企业1200家。", source="x.txt", published="2023-06-30"
    ).observations
    assert not o["period_text"].astype(str).str.contains("开始$|起$").any()
    assert (o["period_end"] != pd.Timestamp("2023-06-30")).all()


# ---------------------------------------------------------------------------------------
# The year of a document of a year
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("2011年世界环境日即将到来之际，环境保护部3日发布2010年中国环境状况公报", 2010),
        ("省统计局发布2018年全省环境统计公报（2019年5月）", 2018),
        ("2019年5月，省统计局发布2018年全省环境统计公报", 2018),
        ("《2017中国生态环境状况公报》发布", 2017),
        ("2022年山西省生态环境状况公报", 2022),
    ],
)
def test_a_bulletin_is_of_the_year_that_names_it(title: str, year: int, script: str) -> None:
    text = in_script(f"{title}\n全国近岸海域一、二类海水比例为62.7%。", script)
    o = read_report(text, source="x.txt").observations
    assert o["period_end"].tolist() == [pd.Timestamp(year, 12, 31)]


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("2016—2017年年度新建污水处理厂10座、11座。", None),  # the end of a span of years
        ("2018至2020年年度目标任务", None),
        ("2021-2023年度大氣污染防治工作情況", None),
        ("2022年度湖南省生态环境状况公报", 2022),
        ("2011年世界环境日，发布2010年中国环境状况公报", 2010),
        ("澳门环境状况报告2023年", 2023),
    ],
)
def test_a_span_of_years_names_no_document_year(title: str, year: int | None) -> None:
    assert _reader._year_document(title) == year


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(2010, 2030), n=st.integers(2, 4), dash=st.sampled_from(["—", "-", "至", "~"])
)
def test_a_span_before_a_yearly_word_keeps_its_yearly_deadlines(
    first: int, n: int, dash: str
) -> None:
    # 2016—2017年年度…: a plan's yearly list, not a document of the span's last year
    figures = "、".join(f"{10 + j}座" for j in range(n))
    text = f"{first}{dash}{first + n - 1}年年度新建污水处理厂{figures}。"
    tgt = read_report(text, published=f"{first - 1}-06-30").targets
    assert [pd.Timestamp(d).year for d in tgt["deadline"]] == [first + j for j in range(n)]
