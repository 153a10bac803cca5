"""Periods of hand check 29 — a cumulative tally is as of the time of writing, not of an
earlier sentence's year (period41).

Rule of ``read_report``'s periods (issue 13):

1. **A cumulative tally takes no period of an earlier sentence.**  ``2018年出省断面化学需氧量
   …较2016年降低3.8%。…累计落实15.56亿元资金`` (hand check 28, row 51; owed by stop 48):
   ``累计`` ("in all, so far") tallies every year up to the time of writing, so a sentence
   that writes ``累计`` before its figure and no date of its own does not inherit the period
   (a year, a half, a quarter, a month) of an earlier sentence of its paragraph, nor of a
   date framing an earlier paragraph (``_periods.tally_to_date``).  It is read as the
   undated figures of the page are: the document's year for a bulletin of a year, else as of
   the publication date or the page's stamp, else empty — flagged.  A point the text is
   stated as of (``截至2019年底，…。累计…``) and a span of several years (``2012—2017年…。累计
   下降21%``) still date it; so does a date of its own sentence (``2019年，全市累计…``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import report_row, span_dates

from envindicators.extract._periods import tally_to_date
from envindicators.units import to_simplified

_NOTE = "a cumulative tally (累计) is as of the time of writing"


# --- 1. a cumulative tally: as of the writing, not of an earlier sentence's period ----------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "published", "span"),
    [
        (  # hand check 28, row 51: a feedback of 2020, the year two sentences back
            "大力实施湟水河流域污染综合整治，2018年出省断面化学需氧量较2016年降低3.8%。"
            "长江水质稳定保持在Ⅱ类以上。累计落实15.56亿元资金，支持流域治理。",
            "15.56亿元",
            "2020-05-09",
            (None, "2020-05-09"),
        ),
        (  # the year of the sentence before
            "2019年，全市新建污水管网120公里。累计投入整改资金8.6亿元。",
            "8.6亿元",
            "2020-03-02",
            (None, "2020-03-02"),
        ),
        (  # a half year
            "2019年上半年，全省空气质量优良天数比例为85.2%。全省累计淘汰燃煤小锅炉3200台。",
            "3200台",
            "2019-08-01",
            (None, "2019-08-01"),
        ),
        (  # a month
            "2021年10月，督察组进驻我省开展督察。督察组累计向我省交办群众举报1200件。",
            "1200件",
            "2021-11-20",
            (None, "2021-11-20"),
        ),
        (  # a year framing the paragraph before, past a blank line
            "2019年，全市新建污水管网120公里。\n\n累计投入整改资金8.6亿元。",
            "8.6亿元",
            "2020-03-02",
            (None, "2020-03-02"),
        ),
    ],
)
def test_cumulative_tally_is_as_of_writing(
    text: str, number: str, published: str, span: tuple[str | None, str | None], trad: bool
) -> None:
    row = report_row(text, number, hant=trad, published=published)
    assert span_dates(row) == span
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])
    assert _NOTE in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
def test_cumulative_tally_without_a_date_of_writing_is_empty(trad: bool) -> None:
    row = report_row(
        "2019年全市新建污水管网120公里。累计投入整改资金8.6亿元。", "8.6亿元", hant=trad
    )
    assert span_dates(row) == (None, None)
    assert _NOTE in str(row["note"])
    assert bool(row["needs_review"])


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        (  # no 累计: the year of the sentence before still dates it
            "2019年，全市新建污水管网120公里。投入整改资金8.6亿元。",
            "8.6亿元",
            ("2019-01-01", "2019-12-31"),
        ),
        (  # a point the tally is stated as of
            "截至2019年底，全市新建污水管网120公里。累计投入整改资金8.6亿元。",
            "8.6亿元",
            (None, "2019-12-31"),
        ),
        (  # a span of several years: the tally over the span
            "2012—2017年，全国资源利用效率持续提高。累计下降幅度达到21%。",
            "21%",
            ("2012-01-01", "2017-12-31"),
        ),
        (  # the sentence's own year
            "2019年，全市累计投入整改资金8.6亿元。",
            "8.6亿元",
            ("2019-01-01", "2019-12-31"),
        ),
        (  # a sentence naming its own year: this year's tally
            "2020年度全市办理稽查案件共54件。今年累计办理稽查案件共54件。",
            "54件",
            ("2020-01-01", "2020-03-02"),  # the year up to the writing
        ),
        (  # 累计 in another member of the list (an aside), not the figure's own
            "2019年推动清新空气行动。其他成果包括：(累计采购约1000辆电动机车)、"
            "补助1913辆柴油车汰旧换新。",
            "1913辆",
            ("2019-01-01", "2019-12-31"),
        ),
        (  # 累计 in another clause after the figure
            "2019年，全市新建污水管网120公里。投入整改资金8.6亿元，累计完成管网改造。",
            "8.6亿元",
            ("2019-01-01", "2019-12-31"),
        ),
    ],
)
def test_dates_a_cumulative_tally_keeps(
    text: str, number: str, span: tuple[str | None, str | None], trad: bool
) -> None:
    row = report_row(text, number, hant=trad, published="2020-03-02")
    assert span_dates(row) == span
    assert _NOTE not in str(row["note"])


_YEAR = (pd.Timestamp("2018-01-01"), pd.Timestamp("2018-12-31"))


@pytest.mark.parametrize(
    ("sentence", "figure", "written", "first", "last", "expected"),
    [
        ("累计落实15.56亿元资金", "15.56亿元", "2018年", *_YEAR, True),
        ("全省累計完成投资8亿元", "8亿元", "2018年", *_YEAR, True),  # traditional
        (
            "历年累积投入12亿元",
            "12亿元",
            "2018年上半年",
            pd.Timestamp("2018-01-01"),
            pd.Timestamp("2018-06-30"),
            True,
        ),
        (
            "督察组累计交办1200件",
            "1200件",
            "10月",
            pd.Timestamp("2021-10-01"),
            pd.Timestamp("2021-10-31"),
            True,
        ),
        ("落实15.56亿元资金", "15.56亿元", "2018年", *_YEAR, False),  # no tally
        ("落实资金1亿元，累计完成50项", "1亿元", "2018年", *_YEAR, False),  # after it
        ("全省累计完成3317个", "3317个", "截至2018年底", pd.NaT, _YEAR[1], False),  # a point
        (
            "累计完成12项",
            "12项",
            "截止6月",
            pd.Timestamp("2018-01-01"),
            pd.Timestamp("2018-06-30"),
            False,
        ),
        (
            "累计交办12件",
            "12件",
            "5月5日",
            pd.Timestamp("2018-05-05"),
            pd.Timestamp("2018-05-05"),
            False,
        ),
        (  # a span of years
            "累计下降21%",
            "21%",
            "2012—2017年",
            pd.Timestamp("2012-01-01"),
            pd.Timestamp("2017-12-31"),
            False,
        ),
        ("累计完成12项", "12项", "6月", pd.NaT, pd.NaT, False),  # no known year
        ("今年累计办理案件54件", "54件", "2025年度", *_YEAR, False),  # its own year
        ("(累积采购约1000辆)、补助1913辆柴油车", "1913辆", "2019年", *_YEAR, False),  # an aside
    ],
)
def test_tally_to_date(
    sentence: str, figure: str, written: str, first: object, last: object, expected: bool
) -> None:
    simplified = to_simplified(sentence)
    at = simplified.index(to_simplified(figure))
    assert tally_to_date(simplified, at, written, first, last) is expected
