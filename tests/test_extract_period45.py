"""Periods of hand check 33 — a group's round, a county's ROC years (period45).

Rules of ``read_report``'s periods (issue 13):

1. **An inspection group that led several rounds dates nothing the text does not tell.**
   中央第四生态环境保护督察组 was Hubei's group in the first round's review (2018) and in the
   third round (2024): a petitions page of the review that names the group (hand check 33,
   row 59) was dated by the latest round's stationing, 2024-05-08 – 2024-06-08, a span
   written nowhere.  Now the group's rows of the round the text names are kept
   (``回头看`` → the review), else those stationed in a year the text writes (its stamp's
   among them), else none: the figure keeps no stationing
   (``_inspections.DocumentInspections._of_group``).
2. **A traditional-script text that dates by ROC years alone is read in the ROC calendar.**
   A county's project abstract that names no division (``本計畫年度各項作業執行至98年12月31日``,
   ``93年度至98年度``; hand check 33, row 36) shows no other sign of Taiwan: with a year of
   two or three digits written with its month or as a fiscal year, and no Gregorian year
   anywhere, its ``98年`` is 2009 (``_periods.roc_dated_only``).  Not a simplified text,
   not one that writes a Gregorian year too, not a bare ``98年``.
3. **A page's one data year, written in its first paragraph, dates its undated figures —
   not the page's stamp.**  ``時間:2016-02-18`` over ``供水量2014年全國總供水量6095億m3…`` then
   ``南方4區供水量3314.7億m3`` (hand check 33, row 41): every period date the page writes is
   the whole year 2014, before the stamp's year, and the first is in its first paragraph:
   the figures after it are of 2014, not of the day the page was put online
   (``_reader._spans_before_stamp`` with ``_reader._lead_end``).  A month or a day written,
   a second year, the stamp's own year, a year first written further on, or a figure
   before the year keep the stamp.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.report_rows import report_row

from envindicators.extract._inspections import DocumentInspections
from envindicators.extract._periods import is_roc_context, roc_dated_only
from envindicators.extract._reader import _lead_end

# --- 1. a group that led several rounds -------------------------------------------------------

_HANDED = "督察组交办信访件87件。"


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("lead", "start", "end"),
    [
        (  # hand check 33, row 59: Hubei's group of 2018 and 2024, no round nor year told
            "中央第四生态环境保护督察组向湖北省移交信访件。",
            None,
            None,
        ),
        (  # the review named: its stationing (2018-10-30, end not known) — not 2024's
            "中央环境保护督察“回头看”：中央第四生态环境保护督察组向湖北省移交信访件。",
            None,
            None,
        ),
        (  # Hainan's group of the second and third rounds, neither told
            "中央第三生态环境保护督察组向海南省移交信访件。",
            None,
            None,
        ),
        (  # the page's stamp tells 2018: the review's, whose end is not known; the stamp
            "发布时间：2018-11-13\n中央第四生态环境保护督察组向湖北省移交信访件。",
            None,
            "2018-11-13",
        ),
    ],
)
def test_a_group_of_several_rounds_takes_no_untold_stationing(
    lead: str, start: str | None, end: str | None, trad: bool
) -> None:
    row = report_row(lead + _HANDED, "87件", hant=trad)
    assert (
        pd.isna(row["period_start"])
        if start is None
        else row["period_start"] == pd.Timestamp(start)
    )
    assert pd.isna(row["period_end"]) if end is None else row["period_end"] == pd.Timestamp(end)
    assert not str(row["period_end"]).startswith("2024")


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("lead", "start", "end"),
    [
        (  # a group that led one round only (Hubei's 第三 of the first round): its stationing
            "中央第三环境保护督察组向湖北省移交信访件。",
            "2016-11-26",
            "2016-12-26",
        ),
        (  # the third round told by its year: 2024's stationing
            "2024年5月，湖北省配合督察。\n中央第四生态环境保护督察组向湖北省移交信访件。",
            "2024-05-08",
            "2024-06-08",
        ),
    ],
)
def test_a_group_told_keeps_its_stationing(lead: str, start: str, end: str, trad: bool) -> None:
    row = report_row(lead + _HANDED, "87件", hant=trad)
    assert row["period_start"] == pd.Timestamp(start)
    assert row["period_end"] == pd.Timestamp(end)


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        (
            "中央环境保护督察“回头看”：中央第四生态环境保护督察组向湖北省移交信访件87件",
            ["first_review"],
        ),
        ("2024年，中央第四生态环境保护督察组向湖北省移交信访件87件", ["third"]),
        ("时间:2018-11-13 中央第四生态环境保护督察组向湖北省移交信访件87件", ["first_review"]),
        ("第三轮中央生态环境保护督察：中央第四生态环境保护督察组向湖北省移交信访件", ["third"]),
        ("中央第四生态环境保护督察组向湖北省移交信访件87件", []),
        ("2020年，中央第四生态环境保护督察组向湖北省移交信访件87件", []),  # no stationing then
    ],
)
def test_of_group(text: str, rounds: list[str]) -> None:
    d = DocumentInspections(text, None)
    t = d.table
    rows = t[(t["region"] == "湖北省") & (t["group"] == "中央第四生态环境保护督察组")]
    kept, why = d._of_group(rows)
    assert kept["round"].tolist() == rounds
    assert bool(why) == (not rounds)


def test_of_group_one_round_untouched() -> None:
    d = DocumentInspections("中央第三环境保护督察组向湖北省移交信访件", None)
    t = d.table
    rows = t[(t["region"] == "湖北省") & (t["group"] == "中央第三环境保护督察组")]
    kept, why = d._of_group(rows)
    assert kept["round"].tolist() == ["first"]
    assert why == []


# --- 2. a text dated by ROC years alone -------------------------------------------------------

_COUNTY = (
    "中文摘要 本計畫年度各項作業執行至98年12月31日,共計受理及協助陳情案件稽查共986件,"
    "達成本年度目標之162.2%。98年共計受理986件陳情案件,其中72.1%的陳情人表示不須回覆。"
)


@pytest.mark.parametrize(
    ("number", "start", "end"),
    [
        ("162.2%", None, "2009-12-31"),  # hand check 33, row 36's text: 執行至98年12月31日
        ("72.1%", "2009-01-01", "2009-12-31"),  # 98年共計受理…: the year 2009
    ],
)
def test_a_county_abstract_reads_its_roc_years(number: str, start: str | None, end: str) -> None:
    row = report_row(_COUNTY, number)
    assert (
        pd.isna(row["period_start"])
        if start is None
        else row["period_start"] == pd.Timestamp(start)
    )
    assert row["period_end"] == pd.Timestamp(end)


@pytest.mark.parametrize(
    "text",
    [
        "本計畫年度各項作業執行至98年12月31日,共計受理陳情案件986件,達成本年度目標之162.2%。",
        "彙整93年度至98年度累計遭民眾陳情案件,計有18處,達成本年度目標之162.2%。",
    ],
)
def test_roc_dated_only_end_to_end(text: str) -> None:
    row = report_row(text, "162.2%")
    assert pd.notna(row["period_end"])
    assert row["period_end"].year == 2009


@pytest.mark.parametrize(
    "text",
    [
        # simplified script: not read so (a mainland text may write 98年 for 1998)
        "本计划年度各项作业执行至98年12月31日,共计受理陈情案件986件,达成本年度目标之162.2%。",
        # a Gregorian year written too
        "本計畫年度各項作業執行至98年12月31日,2010年共計受理陳情案件986件,達成本年度目標之162.2%。",
    ],
)
def test_roc_dated_only_negatives_end_to_end(text: str) -> None:
    row = report_row(text, "986件")
    assert pd.isna(row["period_end"]) or row["period_end"].year != 2009


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本計畫年度各項作業執行至98年12月31日,共計受理陳情案件986件", True),
        ("彙整93年度至98年度累計遭民眾陳情3次以上者", True),
        ("至106年1月底,共受理陳情案件986件,處理完畢", True),
        ("截至98年12月31日，2009年共受理陳情案件986件", False),  # a Gregorian year too
        ("本计划执行至98年12月31日,共计受理陈情案件986件", False),  # simplified
        ("本縣98年受理陳情案件986件", False),  # a bare year: no month, no 年度
        ("近30年來共受理陳情案件986件", False),  # a count of years
        ("執行至2009年12月31日,共計受理陳情案件986件", False),
    ],
)
def test_roc_dated_only(text: str, expected: bool) -> None:
    assert roc_dated_only(text) is expected
    assert is_roc_context(text, None) is expected


# --- 3. a page's one data year over its stamp -------------------------------------------------

_WATER = (
    "時間:2016-02-18 來源:中國網\n供水量{lead}全國總供水量6095億m3{more}。\n"
    "{para}南方4區供水量3314.7億m3,占全國總供水量的54.4%。"
)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "fill",
    [
        {"lead": "2014年", "more": "", "para": ""},  # hand check 33, row 41
        {"lead": "2014年", "more": ",比2013年增加", "para": ""},  # a base is no period
        {"lead": "2014年", "more": "", "para": "全國海水直接利用量714億m3。\n"},
    ],
)
def test_a_pages_one_year_dates_its_figures(fill: dict[str, str], trad: bool) -> None:
    row = report_row(_WATER.format(**fill), "3314.7", hant=trad)
    assert row["period_start"] == pd.Timestamp("2014-01-01")
    assert row["period_end"] == pd.Timestamp("2014-12-31")


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "fill",
    [
        {"lead": "2014年6月", "more": "", "para": ""},  # a month: not a year of data
        {"lead": "2016年", "more": "", "para": ""},  # the stamp's own year, not over
        {"lead": "2014年", "more": ",截至2015年底累計", "para": ""},  # a second year
        {"lead": "", "more": "", "para": "全國總用水量在2014年為6095億m3。\n"},  # not the lead
    ],
)
def test_a_pages_year_not_alone_keeps_the_stamp(fill: dict[str, str], trad: bool) -> None:
    row = report_row(_WATER.format(**fill), "3314.7", hant=trad)
    assert pd.isna(row["period_start"])
    assert row["period_end"] == pd.Timestamp("2016-02-18")


def test_a_figure_before_the_year_keeps_the_stamp() -> None:
    text = "時間:2016-02-18 來源:中國網\n全國海水直接利用量714億m3。\n2014年全國總供水量6095億m3。"
    row = report_row(text, "714")
    assert row["period_end"] == pd.Timestamp("2016-02-18")


@pytest.mark.parametrize(
    ("text", "stamps", "line"),
    [
        ("標題\n時間:2016-02-18 來源:中國網\n供水量2014年總供水量6095億m3。\n其他。", [[3, 23]], 2),
        ("時間:2016-02-18\n\n第一段。\n第二段。", [[0, 13]], 2),
        ("作者:小编        2017-01-29 20:35:25\n第一段。", [[14, 24]], 1),  # a stamp mid-line
        ("標題\n小標題", [], None),  # headings only
    ],
)
def test_lead_end(text: str, stamps: list[list[int]], line: int | None) -> None:
    end = _lead_end(text, np.array(stamps, dtype=np.int64).reshape(-1, 2))
    if line is None:
        assert end == 0
    else:
        assert text[:end].rstrip("\n") == "\n".join(text.splitlines()[: line + 1])
