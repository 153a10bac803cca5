"""Periods of ``read_report``, round 23 (issue 13, branch period23; hand check 14's classes).

* the day of a news dateline (``中新社北京12月31日电 （记者…）``, ``本报太原3日讯``) is when
  the report was filed: no figure's period, nor the year its yearless dates take;
* a year followed by 以前/之前 told of the past (``2000年以前年平均流量约7立方米/秒``)
  names the time before it: the period ends the day before the year, its start not
  written; a promise (``应于2016年以前完成``) keeps its deadline;
* a day the text is stated as of without its year (``截至六月底``) that nothing in the text
  lends a year takes the year of the page's date stamp (``发布时间:2021-07-21``), the latest
  such day not after it, flagged low — as the figures the text gives no date take the stamp;
  other yearless dates still take none from a stamp (a page may repost an old report);
* a paragraph opening with an as-of day (``截止到2009年底，…``) frames the paragraphs after
  it, as one opening with ``2017年，`` does;
* a comparison's base level (``由2014年约占59%降至2020年的24%``) is that date's level, never
  a target of the plan's deadline;
* ``X年以来`` in a statement of the central inspection runs to the inspection's stationing,
  not to the report's publication.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import report_row, report_rows
from tests.scripts import SCRIPTS, in_script

from envindicators.extract._periods import is_dateline, years_before


def _end(row: pd.Series) -> pd.Timestamp | None:
    return None if pd.isna(row["period_end"]) else pd.Timestamp(row["period_end"])


def _start(row: pd.Series) -> pd.Timestamp | None:
    return None if pd.isna(row["period_start"]) else pd.Timestamp(row["period_start"])


# ---------------------------------------------------------------------------------------
# 1. a dateline's day is no period
# ---------------------------------------------------------------------------------------
DATELINES = [
    "中新社北京12月31日电 (记者 阮煜琳)",
    "新华社北京12月3日电（记者 张三）",
    "新华网太原2月26日电 ",
    "本报太原3月3日讯 ",
    "中评社北京10月4日电/",
    "央广网北京12月13日消息 ",
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("dateline", DATELINES)
def test_a_datelines_day_is_found(dateline: str, script: str) -> None:
    text = in_script(dateline + "记者从督察组获悉，已办结5件。", script)
    day = text.index("日") + 1
    start = next(i for i in range(day) if text[i].isdigit())
    assert is_dateline(text, start, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("本月12月31日电网负荷达3万千瓦。", "12月31日"),  # 电网: a word, not a dateline
        ("全省于去年12月31日电告各市，完成3个。", "12月31日"),  # a sentence's words before it
        ("截至12月30日，7个督察组共计受理举报26330件。", "12月30日"),
        ("12月31日，全市完成整改3个。", "12月31日"),
    ],
)
def test_a_day_in_a_sentence_is_no_dateline(text: str, day: str) -> None:
    a = text.index(day)
    assert not is_dateline(text, a, a + len(day))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("dateline", DATELINES[:4])
def test_a_figure_after_a_dateline_is_not_dated_by_it(dateline: str, script: str) -> None:
    # the figure stands between the dateline and the sentence's own date
    text = in_script(
        f"{dateline}经过三个阶段的督察，截至2016年12月30日，各组共计受理举报26330件。", script
    )
    rows = report_rows(text)
    for _, row in rows.iterrows():
        assert str(row["period_text"]) not in in_script(dateline, script)
    row = report_row(text, "26330件")
    assert _end(row) == pd.Timestamp(2016, 12, 30)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_day_opening_a_sentence_still_dates_it(script: str) -> None:
    text = in_script("12月31日，全市完成整改问题35个。", script)
    row = report_row(text, "35个", published="2017-02-01")
    assert _end(row) == pd.Timestamp(2016, 12, 31)


# ---------------------------------------------------------------------------------------
# 2. 以前/之前: the time before a year
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("sentence", "figure", "year"),
    [
        ("洪山泉2000年以前年平均流量约1立方米/秒。", "1立方米/秒", 2000),
        ("该湖1990年以前水面面积为120平方公里。", "120平方公里", 1990),
        ("2015年之前全县共有砖瓦窑厂46家。", "46家", 2015),
        ("全市2010年之前建成的污水处理厂有12座。", "12座", 2010),
    ],
)
def test_a_year_followed_by_before_ends_the_year_before(
    sentence: str, figure: str, year: int, script: str
) -> None:
    row = report_row(in_script(sentence, script), figure, published="2017-05-28")
    assert _end(row) == pd.Timestamp(year - 1, 12, 31)
    assert _start(row) is None  # the era's start is not written


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("sentence", "figure", "year"),
    [
        ("2000年全市年平均流量约1立方米/秒。", "1立方米/秒", 2000),  # the year itself
        ("2000年以来全市新建污水处理厂12座。", "12座", 2000),  # a span since, not before
    ],
)
def test_a_year_without_before_keeps_its_year(
    sentence: str, figure: str, year: int, script: str
) -> None:
    row = report_row(in_script(sentence, script), figure, published="2017-05-28")
    assert _start(row) == pd.Timestamp(year, 1, 1)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "sentence", ["各县应于2018年以前完成水源地整治3处。", "全市计划2019年之前建成污水处理厂3座。"]
)
def test_a_promise_before_a_year_keeps_its_deadline(sentence: str, script: str) -> None:
    from envindicators.extract import read_report

    r = read_report(in_script(sentence, script), source="x.txt", published="2017-05-28")
    assert len(r.targets) == 1
    assert pd.Timestamp(r.targets["deadline"].iloc[0]).year in (2018, 2019)


def test_years_before_marker() -> None:
    assert years_before("2000年以前年平均", 5) == 2
    assert years_before("2000年 之前", 5) == 3
    assert years_before("2018年前完成", 5) == 0  # 前 alone: a deadline's word
    assert years_before("2000年以来", 5) == 0


@settings(max_examples=25, deadline=None)
@given(year=st.integers(1950, 2015), word=st.sampled_from(["以前", "之前"]))
def test_property_before_a_year_ends_the_year_before(year: int, word: str) -> None:
    text = f"某泉{year}年{word}年平均流量约3立方米/秒。"
    row = report_row(text, "3立方米/秒", published="2017-05-28")
    assert _end(row) == pd.Timestamp(year - 1, 12, 31)
    assert _start(row) is None


# ---------------------------------------------------------------------------------------
# 3. a yearless date takes the year of the page's date stamp when nothing else lends one
# ---------------------------------------------------------------------------------------
def _page(stamp: str, body: str) -> str:
    return f"8省督察反馈完成\n\n发布时间:{stamp}\n\n{body}"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("stamp", "body", "figure", "end"),
    [
        (
            "2021-07-21",
            "截至六月底，被督察8省区责令整改企事业单位17012家。",
            "17012家",
            pd.Timestamp(2021, 6, 30),
        ),
        (
            "2019-03-02",
            "截至2月底，全省责令整改企业236家。",
            "236家",
            pd.Timestamp(2019, 2, 28),
        ),
        (  # a month after the stamp: the latest such month before it
            "2021-07-21",
            "截至11月底，全市关停企业35家。",
            "35家",
            pd.Timestamp(2020, 11, 30),
        ),
    ],
)
def test_a_yearless_date_takes_the_stamps_year(
    stamp: str, body: str, figure: str, end: pd.Timestamp, script: str
) -> None:
    row = report_row(in_script(_page(stamp, body), script), figure)
    assert _end(row) == end
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])
    assert "date stamp" in str(row["note"])


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "body",
    [
        "6月，全省关停企业35家。",
        "上半年，全省关停企业35家。",
        "7月14日至8月14日，全省关停企业35家。",
    ],
)
def test_a_yearless_date_not_stated_as_of_takes_no_year_from_the_stamp(
    body: str, script: str
) -> None:
    # a page may repost an old report: only a state as of a day is the writing's
    row = report_row(in_script(_page("2021-07-21", body), script), "35家")
    assert _end(row) is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_written_year_wins_over_the_stamp(script: str) -> None:
    body = "2020年，全省推进整改。截至六月底，全省责令整改企业236家。"
    row = report_row(in_script(_page("2021-07-21", body), script), "236家")
    assert _end(row) == pd.Timestamp(2020, 6, 30)


@pytest.mark.parametrize("script", SCRIPTS)
def test_publication_wins_over_the_stamp(script: str) -> None:
    body = "截至六月底，全省责令整改企业236家。"
    row = report_row(in_script(_page("2021-07-21", body), script), "236家", published="2019-08-01")
    assert _end(row) == pd.Timestamp(2019, 6, 30)
    assert "date stamp" not in str(row["note"])


@pytest.mark.parametrize("script", SCRIPTS)
def test_no_stamp_no_year(script: str) -> None:
    row = report_row(in_script("截至六月底，全省责令整改企业236家。", script), "236家")
    assert _end(row) is None


# ---------------------------------------------------------------------------------------
# 4. a paragraph that opens with an as-of day frames the paragraphs after it
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("opener", "end"),
    [
        ("截止到2009年底，", pd.Timestamp(2009, 12, 31)),
        ("截至2023年6月30日，", pd.Timestamp(2023, 6, 30)),
        ("截止2016年底，", pd.Timestamp(2016, 12, 31)),
    ],
)
def test_an_as_of_opener_frames_the_paragraphs_after_it(
    opener: str, end: pd.Timestamp, script: str
) -> None:
    text = in_script(
        "1、全国总体情况\n\n"
        f"{opener}全国设市城市生活垃圾清运量1.57亿吨。\n\n"
        "目前我国多数城市以填埋为主，全国有填埋场447座。\n\n"
        "城市生活垃圾堆肥厂有16座。",
        script,
    )
    for figure in ("1.57亿吨", "447座", "16座"):
        row = report_row(text, figure)
        assert _end(row) == end, figure
        assert _start(row) is None  # a state as of the day


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_as_of_day_inside_a_paragraph_frames_no_later_paragraph(script: str) -> None:
    text = in_script(
        "1、全国总体情况\n\n"
        "全国设市城市654个，截止到2009年底，生活垃圾清运量1.57亿吨。\n\n"
        "城市生活垃圾堆肥厂有16座。",
        script,
    )
    assert _end(report_row(text, "16座")) is None


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_later_paragraphs_own_date_wins_over_the_as_of_opener(script: str) -> None:
    text = in_script(
        "截止到2009年底，全国设市城市生活垃圾清运量1.57亿吨。\n\n2008年，全国有填埋场400座。",
        script,
    )
    assert _end(report_row(text, "400座")) == pd.Timestamp(2008, 12, 31)


# ---------------------------------------------------------------------------------------
# 5. a comparison's base level in a plan's sentence is the base date's level, no target
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("sentence", "base", "year", "target"),
    [
        ("燃煤发电比例由2014年约占59%降至2020年的24%。", "59%", 2014, "24%"),
        ("到2020年，全市污水处理厂配套率由2016年的54%提高到78%。", "54%", 2016, "78%"),
        ("二、工作目标\n全市森林覆盖率从2015年的40.2%提高到45%。", "40.2%", 2015, "45%"),
    ],
)
def test_a_base_level_is_no_target(
    sentence: str, base: str, year: int, target: str, script: str
) -> None:
    from envindicators.extract import read_report

    r = read_report(in_script(sentence, script), source="x.txt")
    targets = set(r.targets["value_text"].map(str))
    assert base not in targets
    assert target in targets
    row = report_row(in_script(sentence, script), base)
    assert _end(row) == pd.Timestamp(year, 12, 31)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_promise_without_a_base_date_stays_a_target(script: str) -> None:
    from envindicators.extract import read_report

    r = read_report(in_script("到2020年，全市污水处理率达到95%。", script), source="x.txt")
    assert list(r.targets["value_text"]) == ["95%"]


# ---------------------------------------------------------------------------------------
# 6. 以来 in the inspection's statement: up to the inspection's time
# ---------------------------------------------------------------------------------------
_STATION = (
    "山西省公开第二轮中央生态环境保护督察整改落实情况\n"
    "中央第一生态环境保护督察组于2021年4月7日至5月7日对山西省开展第二轮生态环境保护督察。\n"
)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("statement", "figure", "start"),
    [
        (
            "督察发现，桑干河自然保护区2013年以来违法新建项目12个。",
            "12个",
            pd.Timestamp(2013, 1, 1),
        ),
        ("督察发现，2018年以来全省仍有5家焦化企业超标排放。", "5家", pd.Timestamp(2018, 1, 1)),
    ],
)
def test_a_span_to_now_in_the_inspections_statement_ends_at_the_stationing(
    statement: str, figure: str, start: pd.Timestamp | None, script: str
) -> None:
    text = in_script(_STATION + statement + "\n", script)
    kw = {"region": "山西省", "published": "2023-02-24"}
    row = report_row(text, figure, **kw)
    assert _end(row) == pd.Timestamp(2021, 5, 7)  # the stationing's end, not publication
    assert _start(row) == start
    assert bool(row["needs_review"])


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_span_to_now_in_the_reports_own_words_runs_to_publication(script: str) -> None:
    text = in_script(_STATION + "2021年以来，全省累计关停焦化企业15家。\n", script)
    row = report_row(text, "15家", region="山西省", published="2023-02-24")
    assert _end(row) == pd.Timestamp(2023, 2, 24)
    assert _start(row) == pd.Timestamp(2021, 1, 1)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_span_over_cases_handed_over_runs_to_publication(script: str) -> None:
    # what was done since 2021 with the cases the inspection handed over is the report's
    text = in_script(
        _STATION + "市纪委监委加强监督，2021年以来，共查办中央督察组移交的问题线索23件。\n", script
    )
    row = report_row(text, "23件", region="山西省", published="2023-02-24")
    assert _end(row) == pd.Timestamp(2023, 2, 24)
    assert _start(row) == pd.Timestamp(2021, 1, 1)
