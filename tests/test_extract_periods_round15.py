"""Periods of ``read_report``, round 15 (issue 13, branch period15).

* a run of quarters (``前三季度``, ``一至三季度``, ``1-3季度``, ``第一季度至第三季度``) is one
  period, its months from the first month of its first quarter: never its last quarter
  alone, nor a deadline ``至第三季度``;
* the first N months written ``前8月`` are months 1 to N, not month N alone;
* ``截止到``/``截至到`` before a date is "as of", not a deadline;
* an ROC year in Chinese numerals after 民國/中華民國 (``民國九十二年``) is read, not taken as
  a count of 92 years;
* a yearless date no date of the text lends a year to takes, when ``published`` is not
  given, the year of the document's own closing date (a newspaper's edition line, a date
  alone on its last line), as the latest such period over by then, confidence low and
  flagged; never a page's stamp nor a dateline under the title;
* a date in a headline looks past the subtitle lines below it to the lead paragraph;
* ``2013年至，`` (a span whose end is not written) is open: from 2013, its end empty.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import observation_of, period_of
from tests.scripts import SCRIPTS, in_script, to_traditional

from envindicators.extract import read_report
from envindicators.extract._periods import quarter_ranges
from envindicators.units import to_chinese_integer, to_simplified

BODY = "，全市PM2.5平均浓度为30微克/立方米。"

#: The one observation of a text written ``value`` (by default the level of :data:`BODY`).
_level = partial(observation_of, value="30微克/立方米")


# ---------------------------------------------------------------------------------------
# Runs of quarters and of first months
# ---------------------------------------------------------------------------------------
QUARTER_RUNS = {
    "前三季度": (1, 3),
    "前3个季度": (1, 3),
    "前两季度": None,  # 两 is no quarter number the rule reads: left to the parser
    "一至三季度": (1, 3),
    "1-3季度": (1, 3),
    "1—2季度": (1, 2),
    "第一季度至第三季度": (1, 3),
    "第二至第四季度": (2, 4),
    "二至四季度": (2, 4),
}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("written", [w for w, q in QUARTER_RUNS.items() if q])
def test_a_yearless_run_of_quarters_is_its_months(written: str, script: str) -> None:
    first_q, last_q = QUARTER_RUNS[written]  # type: ignore[misc]
    text = in_script(f"{written}{BODY}", script)
    row = _level(text, published="2023-01-20")  # the latest such run over by then: 2022
    assert period_of(row) == (
        pd.Timestamp(2022, 3 * first_q - 2, 1),
        pd.Timestamp(2022, 3 * last_q, 1) + pd.offsets.MonthEnd(0),
    )


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("written", [w for w, q in QUARTER_RUNS.items() if q])
def test_a_run_of_quarters_with_its_year_is_one_dated_period(written: str, script: str) -> None:
    first_q, last_q = QUARTER_RUNS[written]  # type: ignore[misc]
    row = _level(in_script(f"2021年{written}{BODY}", script))
    assert period_of(row) == (
        pd.Timestamp(2021, 3 * first_q - 2, 1),
        pd.Timestamp(2021, 3 * last_q, 1) + pd.offsets.MonthEnd(0),
    )
    assert to_simplified(str(row["period_text"])).startswith("2021年")


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_end_quarter_of_a_run_is_no_deadline(script: str) -> None:
    result = read_report(in_script(f"2022年第一季度至第三季度{BODY}", script), source="x.txt")
    assert result.targets.empty
    assert len(result.observations) == 1


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_run_of_quarters_takes_the_year_of_the_text(script: str) -> None:
    text = in_script(f"2019年全市环境质量状况\n前三季度{BODY}", script)
    assert period_of(_level(text)) == (pd.Timestamp(2019, 1, 1), pd.Timestamp(2019, 9, 30))


@pytest.mark.parametrize("script", SCRIPTS)
def test_this_years_first_quarters_stay_one_period(script: str) -> None:
    row = _level(in_script(f"今年前三季度{BODY}", script), published="2022-10-20")
    assert period_of(row) == (pd.Timestamp(2022, 1, 1), pd.Timestamp(2022, 9, 30))


@pytest.mark.parametrize("written", ["提前三季度", "前一季度", "三季度"])
def test_no_run_where_the_words_name_none(written: str) -> None:
    assert quarter_ranges(written + "完成", []) == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(1, 3),
    span=st.integers(1, 3),
    chinese=st.booleans(),
    year=st.integers(2001, 2030) | st.none(),
)
def test_quarter_run_months_property(first: int, span: int, chinese: bool, year: int) -> None:
    last = min(first + span, 4)

    def num(n: int) -> str:
        return to_chinese_integer(n) if chinese else str(n)

    written = f"{num(first)}至{num(last)}季度"
    prefix = f"{year}年" if year else ""
    rows = quarter_ranges(prefix + written + "，全市", [])
    assert len(rows) == 1
    r = rows[0]
    if year is None:
        assert r["parse_as"] == f"{3 * first - 2}月至{3 * last}月"
    else:
        assert r["first_day"] == pd.Timestamp(year, 3 * first - 2, 1)
        assert r["last_day"] == pd.Timestamp(year, 3 * last, 1) + pd.offsets.MonthEnd(0)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("n", [3, 8, 11])
def test_the_first_months_written_without_ge(n: int, script: str) -> None:
    # 前8月: the parser finds 8月 inside it; the first eight months, not August
    row = _level(in_script(f"2018年全市环境质量状况\n前{n}月{BODY}", script))
    assert period_of(row) == (
        pd.Timestamp(2018, 1, 1),
        pd.Timestamp(2018, n, 1) + pd.offsets.MonthEnd(0),
    )


# ---------------------------------------------------------------------------------------
# As of, not a deadline
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("word", ["截止到", "截至到", "截至", "截止"])
@pytest.mark.parametrize("when", ["9月末", "9月底", "2022年9月底"])
def test_as_of_a_date_is_no_deadline(word: str, when: str, script: str) -> None:
    text = in_script(f"{word}{when}，全省累计关停燃煤锅炉1200台。", script)
    result = read_report(text, source="x.txt", published="2022-10-20")
    assert result.targets.empty
    row = result.observations.iloc[0]
    assert row["period_end"] == pd.Timestamp(2022, 9, 30)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_deadline_after_to_stays_a_deadline(script: str) -> None:
    text = in_script("到2025年底，全省累计关停燃煤锅炉1200台。", script)
    targets = read_report(text, source="x.txt", published="2022-10-20").targets
    assert targets["deadline"].tolist() == [pd.Timestamp(2025, 12, 31)]


# ---------------------------------------------------------------------------------------
# ROC years in Chinese numerals
# ---------------------------------------------------------------------------------------
ROC_WORDS = {
    "民國九十二年": (pd.Timestamp(2003, 1, 1), pd.Timestamp(2003, 12, 31)),
    "中華民國一百零三年": (pd.Timestamp(2014, 1, 1), pd.Timestamp(2014, 12, 31)),
    "中華民國一〇三年": (pd.Timestamp(2014, 1, 1), pd.Timestamp(2014, 12, 31)),
    "民國一百一十二年上半年": (pd.Timestamp(2023, 1, 1), pd.Timestamp(2023, 6, 30)),
    "民國九十二年12月": (pd.Timestamp(2003, 12, 1), pd.Timestamp(2003, 12, 31)),
}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("written", list(ROC_WORDS))
def test_an_roc_year_in_chinese_numerals(written: str, script: str) -> None:
    text = in_script(f"{written}，臺灣地區PM10平均濃度為55微克/立方米。", script)
    o = read_report(text, source="x.txt").observations
    assert len(o) == 1, o[["value_text", "period_text"]]  # the year is no figure
    assert period_of(o.iloc[0]) == ROC_WORDS[written]


@settings(max_examples=30, deadline=None)
@given(roc=st.integers(60, 130), traditional=st.booleans())
def test_roc_year_words_property(roc: int, traditional: bool) -> None:
    text = f"民國{to_chinese_integer(roc)}年，臺灣地區PM10平均濃度為55微克/立方米。"
    text = to_traditional(text) if traditional else to_simplified(text)
    o = read_report(text, source="x.txt").observations
    assert len(o) == 1
    assert pd.Timestamp(o.iloc[0]["period_end"]) == pd.Timestamp(roc + 1911, 12, 31)


# ---------------------------------------------------------------------------------------
# The document's own closing date
# ---------------------------------------------------------------------------------------
CLOSINGS = [
    "《 人民日报 》( 2018年09月14日 02 版)",
    "《工人日报》（2018年09月14日 第4版）",
    "（2018年9月14日）",
    "2018年9月14日",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("closing", CLOSINGS)
@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("前8月", (2018, 1, 1), (2018, 8, 31)),
        ("1—8月", (2018, 1, 1), (2018, 8, 31)),
        ("上半年", (2018, 1, 1), (2018, 6, 30)),
        ("10月", (2017, 10, 1), (2017, 10, 31)),  # not over by 14 September: last year's
    ],
)
def test_a_closing_date_gives_the_year_low_and_flagged(
    closing: str, written: str, first: tuple, last: tuple, script: str
) -> None:
    text = in_script(
        f"全国环境行政处罚情况通报\n\n{written}{BODY}\n\n全国整改有序推进。\n\n{closing}", script
    )
    row = _level(text)
    assert period_of(row) == (pd.Timestamp(*first), pd.Timestamp(*last))
    assert row["confidence"] == "low"
    assert row["needs_review"]
    assert "issue date" in row["note"]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_year_of_the_text_comes_before_the_closing_date(closing: str, script: str) -> None:
    text = in_script(f"2016年，督察组进驻。上半年{BODY}\n\n{closing}", script)
    row = _level(text)
    assert period_of(row) == (pd.Timestamp(2016, 1, 1), pd.Timestamp(2016, 6, 30))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("closing", CLOSINGS)
def test_published_comes_before_the_closing_date(closing: str, script: str) -> None:
    text = in_script(f"上半年{BODY}\n\n{closing}", script)
    row = _level(text, published="2020-08-01")
    assert period_of(row) == (pd.Timestamp(2020, 1, 1), pd.Timestamp(2020, 6, 30))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "stamp",
    ["更新时间:2023-07-09 09:36:56", "发布时间：2023年7月9日", "（2023年7月9日）"],
)
def test_a_stamp_or_dateline_at_the_top_is_no_closing_date(stamp: str, script: str) -> None:
    text = in_script(f"江西省整改情况\n{stamp}\n上半年{BODY}\n全省整改有序推进。", script)
    row = _level(text)
    assert pd.isna(row["period_end"])
    assert row["needs_review"]


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(2001, 2030),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    n=st.integers(1, 12),
)
def test_closing_date_is_the_latest_such_period_over_by_then(
    year: int, month: int, day: int, n: int
) -> None:
    text = f"全省环境质量通报\n\n{n}月{BODY}\n\n全省整改有序推进。\n\n（{year}年{month}月{day}日）"
    row = _level(text)
    end = pd.Timestamp(year, n, 1) + pd.offsets.MonthEnd(0)
    expected = end if end <= pd.Timestamp(year, month, day) else end - pd.DateOffset(years=1)
    assert pd.Timestamp(row["period_end"]) == expected + pd.offsets.MonthEnd(0)
    assert row["confidence"] == "low"


# ---------------------------------------------------------------------------------------
# A headline's date and the lead paragraph
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
def test_a_headline_date_takes_the_year_of_the_lead(script: str) -> None:
    text = in_script(
        "全国二氧化硫排放总量下降\n"
        "上半年主要污染物排放量为1263.4万吨\n"
        "化学需氧量排放还要加把劲\n"
        "国家环保总局今日发布《2007年上半年主要污染物排放量指标公报》，减排形势依然严峻。",
        script,
    )
    row = _level(text, value="1263.4万吨")
    assert period_of(row) == (pd.Timestamp(2007, 1, 1), pd.Timestamp(2007, 6, 30))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_paragraphs_date_looks_no_further_than_the_next(script: str) -> None:
    text = in_script(
        "上半年，全市PM2.5平均浓度为30微克/立方米，较去年有所下降。\n"
        "全市整改有序推进，各项工作按计划进行。\n"
        "第三段落，记述其他工作。\n"
        "2007年，全市空气质量改善，各项工作按计划进行。",
        script,
    )
    assert pd.isna(_level(text)["period_end"])


# ---------------------------------------------------------------------------------------
# A span whose end is not written
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("published", [None, "2016-12-01"])
@pytest.mark.parametrize("mark", ["，", ",", "、"])
def test_a_span_cut_after_to_is_open(published: str | None, mark: str, script: str) -> None:
    text = in_script(f"2013年至{mark}全省主要河流中有47个断面总磷浓度逐年上升。", script)
    row = _level(text, value="47个", published=published)
    assert row["period_start"] == pd.Timestamp(2013, 1, 1)
    assert pd.isna(row["period_end"])  # never 2013 alone, nor up to the publication
    assert row["needs_review"]
