"""Periods of hand check 28 — a yearless day near a day the text writes in full, and 对比 as a
word of comparison after a year or in a phrase's reference words (period40).

Rules of ``read_report``'s periods (issue 13):

1. **A yearless day takes the year of the days the text writes in full near it.**
   ``宁德网消息(记者 张文奎)12月13日，…移交第七批群众信访举报件3件`` and, a paragraph later,
   ``督察组2021年12月6日起进驻宁德市开展为期15天的督察工作``: the 13th is a week after a day of
   2021, so it is 2021-12-13, flagged (``_periods.year_of_near_days``; ``year_from`` ``near``).
   An open span (``起``) lends no year as a date (a span of years does not say which year a part
   is in), so the day was left empty.  Not where the near days are of two years, where the
   only day written is more than a month away, nor for a month alone (``12月``).
2. **对比 after a year or in a phrase's reference words.**  ``和2015年对比`` makes 2015 a base
   year, not a document's year (``_reader._BASE_YEAR_AFTER``), and ``和上年对比`` is reference
   words alone, no measure (``_phrases._REFERENCE``): both now build on
   ``_phrases.COMPARED_AFTER`` (相比, 相较, 比较, 对比), the one home of those words.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

from envindicators.extract._periods import year_of_near_days
from envindicators.extract._phrases import names_a_reference
from envindicators.extract._reader import _year_document
from envindicators.units import to_simplified


def _end(row: pd.Series) -> str | None:
    end = row["period_end"]
    return None if pd.isna(end) else str(pd.Timestamp(end).date())


# --- 1. a yearless day near a day written in full -------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "end"),
    [
        (  # a batch's day under a dateline, the stationing's start a paragraph later (check 28)
            "宁德网消息(记者 张文奎)12月13日，督察组向我市移交第七批群众信访举报件3件。\n"
            "督察组2021年12月6日起进驻宁德市开展为期15天的督察工作。",
            "3件",
            "2021-12-13",
        ),
        (  # the stationing opened with 自…起 a week before the batch's day
            "督察组交办第五批信访件\n11月28日，督察组向我省交办第五批群众信访举报件58件。\n"
            "督察组自2023年11月20日起进驻，为期一个月。",
            "58件",
            "2023-11-28",
        ),
        (  # a span of days
            "12月13日至15日，督察组共受理信访件30件。\n督察组2021年12月6日起进驻。",
            "30件",
            "2021-12-15",
        ),
        (  # a day after 今年 on a page with no date of its own: the round's start in full
            "今年11月21日，第三轮中央生态环保督察正式启动，第一批进驻福建等五省。\n"
            "督察组自2023年11月22日起进驻福建省。",
            "五省",
            "2023-11-21",
        ),
    ],
)
def test_yearless_day_takes_the_year_of_near_days(
    text: str, number: str, end: str, trad: bool
) -> None:
    row = report_row(text, number, hant=trad)
    assert _end(row) == end
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])
    assert "within a month" in str(row["note"])


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        # near days of two years: no year guessed
        "12月13日，督察组向我市移交第七批信访件3件。\n督察组2020年12月6日起进驻，2021年12月10日起回访。",
        # the only day written is months away: another event's
        "12月13日，督察组向我市移交第七批信访件3件。\n方案于2021年3月6日起实施。",
        # a month alone is no one event's
        "12月，督察组向我市移交信访件3件。\n督察组2021年12月6日起进驻。",
    ],
)
def test_yearless_day_without_a_near_day_stays_open(text: str, trad: bool) -> None:
    row = report_row(text, "3件", hant=trad)
    assert _end(row) is None


def _day(year: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(year, 12, 13), pd.Timestamp(year, 12, 13)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("12月13日，移交3件。督察组2021年12月6日起进驻。", 2021),
        ("12月13日，移交3件。督察组2022年1月10日反馈。", None),  # 28 days, but of 2022's January
        ("12月13日，移交3件。督察组2021年11月14日进驻。", 2021),  # 29 days before
        ("12月13日，移交3件。督察组2021年11月1日进驻。", None),  # 42 days before
        ("12月13日，移交3件。2020年12月6日进驻，2021年12月10日反馈。", None),
    ],
)
def test_year_of_near_days(text: str, year: int | None, trad: bool) -> None:
    text = to_simplified(to_traditional(text)) if trad else text
    assert year_of_near_days(text, "12月13日", _day) == year


def test_year_of_near_days_skips_stamp_lines() -> None:
    text = "2021-12-20 发布\n12月13日，移交3件。\n2021年12月14日 08:00"
    at = text.index("2021年12月14日")
    assert year_of_near_days(text, "12月13日", _day) == 2021
    assert year_of_near_days(text, "12月13日", _day, skip=[(at, len(text))]) is None


# --- 2. 对比 after a year, in reference words ---------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
def test_year_before_duibi_is_a_base_not_the_documents(trad: bool) -> None:
    title = "2016年环境质量和2015年对比情况"
    assert _year_document(to_traditional(title) if trad else title) == 2016


@pytest.mark.parametrize("trad", [False, True])
def test_year_before_other_words_keeps_its_reading(trad: bool) -> None:
    title = "2016年环境质量和2015年对照情况"  # 对照 is no word of comparison here
    assert _year_document(to_traditional(title) if trad else title) == 2015


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("phrase", ["和上年对比", "与去年同期对比", "较上年对比的"])
def test_reference_words_with_duibi(phrase: str, trad: bool) -> None:
    assert names_a_reference(to_traditional(phrase) if trad else phrase)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("phrase", ["对比", "对比度", "和上年对比情况", "对比检测次数"])
def test_duibi_with_a_measure_is_no_reference(phrase: str, trad: bool) -> None:
    assert not names_a_reference(to_traditional(phrase) if trad else phrase)


# --- 3. a page's stamp among its header's fields, without a label ----------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "end"),
    [
        (  # after the source field: 截止目前 as of the page's day
            "云南省办理中央环境保护督察交办举报环境问题进展情况通报\n"
            "来源: 昆明市人民政府   2018-06-16 17:24\n"
            "6月15日，督察组向我省交办第十一批举报59件。截止目前共计接收到督察组交办件639件。",
            "639件",
            "2018-06-16",
        ),
        (  # a forum post's 发表于
            "南平市转办第十三批信访件\n发表于 2020-10-29 16:01:10\n"
            "10月29日，督察组向我市移交第十三批信访举报件10件。截至目前，我市已累计收到信访举报件102件。",
            "102件",
            "2020-10-29",
        ),
        (  # after a bullet, under the issuer
            "督察组向我区移交信访件\n  • 察隅县人民政府\n  • 2022-04-01 15:55:00\n"
            "3月29日，督察组共接到举报27件。截至目前，督察组交办至我区的信访件已累计95件。",
            "95件",
            "2022-04-01",
        ),
        (  # after an author field left empty
            "督察组向我省交办第29批信访件\n来源:湖南日报 作者: 2024-06-08 09:57\n"
            "进驻至今，督察组已累计向我省交办3469件群众信访举报件。",
            "3469件",
            "2024-06-08",
        ),
        (  # the stamp is no period: a bulletin's figures are of its year
            "2015年云南省环境状况公报\n作者:小编        2017-01-29 20:35:25\n"
            "全省16个城市优良天数比例平均为97.3%。",
            "97.3%",
            "2015-12-31",
        ),
    ],
)
def test_field_stamp_is_the_page_date(text: str, number: str, end: str, trad: bool) -> None:
    row = report_row(text, number, hant=trad)
    assert _end(row) == end


@pytest.mark.parametrize("trad", [False, True])
def test_field_stamp_after_a_glossed_label(trad: bool) -> None:
    label = "發(fā)布時(shí)間" if trad else "发(fā)布时(shí)间"
    text = (
        f"督察组交办信访件\n{label}:2023-05-25 08:44:00来源: 新华社\n"
        "5月24日，督察组交办信访件10件。截至目前，已累计交办信访件95件。"
    )
    row = report_row(text, "95件", hant=trad)
    assert _end(row) == "2023-05-25"


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "header",
    [
        "GMT+8, 2024-10-27 13:31",  # a forum's render time
        "专案开始日期 2020/01/01 10:00",  # another event's date
        "更新 2023-07-09 10:00",  # an update: a repost's
        "督察组进驻，2020-01-01 10:00",  # running text
    ],
)
def test_field_stamp_negatives(header: str, trad: bool) -> None:
    text = (
        f"督察组交办信访件\n{header}\n"
        "5月24日，督察组交办信访件10件。截至目前，已累计交办信访件95件。"
    )
    row = report_row(text, "95件", hant=trad)
    assert _end(row) is None


def test_field_stamp_only_in_the_header() -> None:
    lines = "\n".join(f"第{i}段。" for i in range(14))
    text = f"标题\n{lines}\n来源: 本站 2018-06-16 17:24\n截至目前，已累计交办信访件95件。"
    row = report_row(text, "95件")
    assert _end(row) is None
