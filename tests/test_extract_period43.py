"""Periods of hand check 31 — the year a relative word or a span points to (period43).

Rules of ``read_report``'s periods (issue 13):

1. **A span of ROC years whose first end is written without 年 is one period.**
   ``評析107~109年全國執行機關資源物排出組成…三年資源物平均佔垃圾(濕基)比例為12.78%`` (hand
   check 31, row 13): ``_periods._ROC`` read only ``109年`` (2020), the span's start lost;
   ``107~109年``, ``107—111年``, ``93~102年``, ``93年度至98年度`` are now 2018–2020, 2018–2022,
   2004–2013, 2004–2009.  A span ending in a month (``107至112年1~11月同期``: the same months
   of several years) is left as it was read (its last year's months).
2. (Measured and dropped: a date after 今年 without a time of writing kept from borrowing an
   earlier sentence's year — on the corpus it emptied more right rows than wrong ones.)
3. **去年 set against a written year is the year after it only where the text writes no
   later year of its figures.**  ``2014年時，PM2.5爲每立方米24微克，2023年降至12.9微克…去年
   …日數比例爲96.8%，比2014年90.3%提升6.5%`` (row 21): 去年 was read as 2015; a text that
   reports 2023 writes no 去年 of 2015 — it is left unfixed (empty, flagged).
4. **The day that opens a sentence dates its clauses after a semicolon.**  ``3月29日9时至21时，
   …共接到…举报27件，涉及5个市地…；共反映35个生态环境问题，其中涉及生态破坏9个`` (row 27):
   the clause after ``；`` is of the same sentence and the same day (was the page's date);
   a date that does not open the sentence, or a full stop between, does not carry.
5. **A change's levels over a span of years are of its ends.**  ``本縣107~112年空氣品質指標
   年平均值由45.4下降至38.2``, ``2013年到2021年，北京市PM2.5濃度從89.5…下降到33…``: the level
   after 由/從 is of the span's first year, the level after a verb of change and 至/到 of its
   last (``_scope.span_end_of_change``), not the whole span.
6. **A span glossing a count of years dates its own sentence only.**  ``與過去10年(88~97年)
   成長率24%相較，已有趨緩。車輛密度4,606輛/km2``: the aside says which ten years; it frames
   no later sentence (``_periods.outside_asides``), as a span in any other aside.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import report_row, span_dates

from envindicators.extract._periods import outside_asides, roc_dates
from envindicators.extract._scope import sentence_opener, span_end_of_change
from envindicators.units import find_dates

# --- 1. a span of ROC years, its first end without 年 ----------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        (  # hand check 31, row 13 (a recycling project's abstract)
            "臺東縣環保局表示，評析107~109年本縣資源物排出組成，三年資源物平均佔垃圾比例為12.78%。",
            "12.78%",
            ("2018-01-01", "2020-12-31"),
        ),
        (  # an em dash (Chiayi's poor-air days, 107—111年)
            "嘉義縣環保局表示，本縣空氣品質不良天數比例107—111年平均為15.2%。",
            "15.2%",
            ("2018-01-01", "2022-12-31"),
        ),
        (  # 至 between the years
            "基隆市環保局統計，本市109至112年一般廢棄物產生量平均為21萬公噸。",
            "21万",
            ("2020-01-01", "2023-12-31"),
        ),
    ],
)
def test_roc_span_of_years(text: str, number: str, span: tuple[str, str], trad: bool) -> None:
    assert span_dates(report_row(text, number, hant=trad)) == span


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("本縣評析107~109年全國資源物", "2018-01-01", "2020-12-31"),
        ("近10年(93~102年)的總數", "2004-01-01", "2013-12-31"),
        ("彙整93年度至98年度累計", "2004-01-01", "2009-12-31"),
        ("第1期(81-86年度)預算", "1992-01-01", "1997-12-31"),
        ("民國109至112年一般廢棄物", "2020-01-01", "2023-12-31"),
        ("本縣107年至109年佔比", "2018-01-01", "2020-12-31"),  # both ends with 年: as before
    ],
)
def test_roc_dates_read_the_span(text: str, first: str, last: str) -> None:
    d = roc_dates(text, find_dates(text))
    assert len(d) == 1
    assert (str(d["first_day"].iloc[0].date()), str(d["last_day"].iloc[0].date())) == (first, last)


@pytest.mark.parametrize(
    ("text", "written", "first", "last"),
    [  # a span ending in months: the last year's months, as before (no multi-year span)
        ("馬公站107至112年1~11月同期", "112年1~11月", "2023-01-01", "2023-11-30"),
        # a later year before an earlier one is no span: the last year alone
        ("編號112-109年", "109年", "2020-01-01", "2020-12-31"),
        # a count of years is no span (80~90年代: decades)
        ("80~90年代城鄉居民", None, None, None),
    ],
)
def test_roc_span_negatives(text: str, written: str | None, first: str, last: str) -> None:
    d = roc_dates(text, find_dates(text))
    if written is None:
        assert d.empty
        return
    assert d["text"].tolist() == [written]
    assert (str(d["first_day"].iloc[0].date()), str(d["last_day"].iloc[0].date())) == (first, last)


# --- 3. 去年 set against a written year, a later year written ---------------------------------


_TAOYUAN = (
    "桃園空品越來越好\n\n桃園市2014年時，PM2.5爲每立方米24微克，2023年降至12.9微克。\n\n"
    "科長表示，去年空氣品質指標小於100的日數比例爲96.8%，比2014年90.3%提升6.5%。"
)


@pytest.mark.parametrize("trad", [False, True])
def test_last_year_not_read_from_an_old_base(trad: bool) -> None:
    row = report_row(_TAOYUAN, "96.8%", hant=trad)  # hand check 31, row 21
    assert span_dates(row)[1] != "2015-12-31"
    assert span_dates(row) == (None, None)


@pytest.mark.parametrize("trad", [False, True])
def test_last_year_after_its_base_when_nothing_later(trad: bool) -> None:
    text = (
        "澳門固體廢物\n去年本澳的人均城市固體廢物棄置量達到每人每日2.24公斤，較2018年的每人"
        "每日2.17公斤上升達3.2%。"
    )
    assert span_dates(report_row(text, "2.24", hant=trad)) == ("2019-01-01", "2019-12-31")


# --- 4. the day opening a sentence, past its semicolon ----------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "end"),
    [
        (  # hand check 31, row 27 (a Tibetan page: the day's petitions)
            "督察组向我区移交信访件\n2022-04-01 15:55:00\n3月29日9时至21时，督察组共接到举报"
            "27件，涉及5个市地；共反映35个生态环境问题，其中涉及生态破坏9个、大气污染8个。",
            "9个",
            "2022-03-29",
        ),
        (  # a batch's day written in full
            "我市接到第二十七批群众举报件\n2023年12月17日，我市接到督察组交办的第二十七批群众"
            "举报件6件，其中秦州区3件；群众举报反映问题涉及大气污染1件、生态破坏3件、噪声污染2件。",
            "3件",
            "2023-12-17",
        ),
    ],
)
def test_day_opening_the_sentence_dates_after_semicolon(
    text: str, number: str, end: str, trad: bool
) -> None:
    rows = report_row(text, number, hant=trad)
    assert span_dates(rows)[1] == end


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number"),
    [
        (  # a full stop between: the day dates its own sentence only
            "督察组向我区移交信访件\n3月29日9时至21时，督察组共接到举报27件，涉及5个市地。"
            "共反映35个生态环境问题，其中涉及生态破坏9个、大气污染8个。",
            "8个",
        ),
        (  # a day inside the sentence, not opening it: its clause's event
            "督察组向我区移交信访件\n全区共接到举报27件，其中3月29日交办5件；共反映35个生态"
            "环境问题，其中涉及生态破坏9个、大气污染8个。",
            "8个",
        ),
    ],
)
def test_day_inside_or_before_a_full_stop_does_not_carry(
    text: str, number: str, trad: bool
) -> None:
    assert span_dates(report_row(text, number, hant=trad))[1] is None


def test_sentence_opener_takes_the_nearest_date_only() -> None:
    t = "3月7日，记者获悉，2016年2月，综合指数5.08；达标天数24天"
    d = pd.DataFrame({"start": [0, t.index("2016")], "end": [4, t.index("月，综") + 1]})
    assert sentence_opener(t, d, t.index("达标")).empty  # 2016年2月 is nearer: not the day
    t = "3月29日，共接到举报27件；共反映35个问题"
    picked = sentence_opener(t, pd.DataFrame({"start": [0], "end": [5]}), t.index("共反映"))
    assert picked["start"].tolist() == [0]


# --- 5. a change's levels over a span of years -------------------------------------------------

_YILAN = "宜蘭縣環保局表示，本縣107~112年空氣品質指標(AQI)年平均值由45.4下降至38.2，整體改善。"
_BEIJING = (
    "2013年到2021年，北京市PM2.5濃度從89.5微克/立方米下降到33微克/立方米，重污染天數從58天"
    "下降到8天。"
)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "year"),
    [
        (_YILAN, "45.4", 2018),
        (_YILAN, "38.2", 2023),
        (_BEIJING, "89.5", 2013),
        (_BEIJING, "33", 2021),
        (_BEIJING, "58天", 2013),
    ],
)
def test_change_levels_take_the_span_ends(text: str, number: str, year: int, trad: bool) -> None:
    assert span_dates(report_row(text, number, hant=trad)) == (f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize("trad", [False, True])
def test_level_without_a_change_keeps_the_span(trad: bool) -> None:
    text = "宜蘭縣環保局表示，本縣107~112年空氣品質指標(AQI)年平均值為38.2。"
    assert span_dates(report_row(text, "38.2", hant=trad)) == ("2018-01-01", "2023-12-31")


def test_span_end_of_change_needs_its_sentence() -> None:
    d = pd.DataFrame(
        {
            "end": [10],
            "first_day": [pd.Timestamp(2018, 1, 1)],
            "last_day": [pd.Timestamp(2023, 12, 31)],
        }
    )
    t = "本县107~112年统计。AQI年平均值由45.4下降至38.2"
    assert span_end_of_change(t, d, t.index("45.4")) is None  # the span is another sentence's
    one_year = d.assign(first_day=[pd.Timestamp(2023, 1, 1)])
    t = "本县107~112年AQI年平均值由45.4下降至38.2"
    assert span_end_of_change(t, one_year, t.index("38.2")) is None  # no span of years


# --- 6. a span glossing a count of years ----------------------------------------------------------

_CHIAYI = (
    "嘉義市環保局統計，102年車輛登記共27萬6,498輛，車輛數總計增加2萬0,069輛，與過去10年"
    "(88~97年)成長率24%相較，已有趨緩。車輛密度4,606輛/km2，遠高於其他縣市。"
)


@pytest.mark.parametrize("trad", [False, True])
def test_glossed_count_of_years_dates_its_sentence(trad: bool) -> None:
    assert span_dates(report_row(_CHIAYI, "24%", hant=trad)) == ("1999-01-01", "2008-12-31")


@pytest.mark.parametrize("trad", [False, True])
def test_glossed_count_of_years_frames_no_later_sentence(trad: bool) -> None:
    assert span_dates(report_row(_CHIAYI, "4,606", hant=trad)) != ("1999-01-01", "2008-12-31")


def test_outside_asides_keeps_a_date_alone_aside_that_glosses_nothing() -> None:
    text = "若按气体别而言(2019年)，二氧化碳占95%。甲烷占3%"
    d = pd.DataFrame({"start": [text.index("2019")], "end": [text.index("年)") + 1]})
    assert len(outside_asides(text, d, text.index("3%"))) == 1  # a label: frames what follows
    text = "与过去10年(88~97年)成长率24%相较。车辆密度4,606辆"
    d = pd.DataFrame({"start": [7], "end": [13]})
    assert len(outside_asides(text, d, text.index("4,606"))) == 0
    assert len(outside_asides(text, d, text.index("24%"))) == 1
