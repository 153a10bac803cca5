"""Periods of hand check 30 — the written span or year left unused (period42).

Rules of ``read_report``'s periods (issue 13):

1. **A span of days dates the later sentences of its paragraph.**  ``在省级环境保护督察中，
   2018年8月20日至9月10日，对济南等7市开展第二批省环境保护督察。督察组向地方转办的9640件
   信访件，已全部办结…罚款5606万元`` (hand check 30, row 17): a date that ends in a day was
   taken for the day of one event, which dates its own sentence only
   (``_scope.inheritable_dates``); a span of days (two days joined by 至/—/-/起至,
   ``_scope.is_days_span``) is the time of a piece of work, and the sentences after it count
   that work's results.  It dates them until the text writes another date
   (``…开展督察，并于2020年5月8日反馈了督察情况。…已完成整改29项``: ``_scope.passed_on``), and
   it frames no later paragraph (past a blank line).
2. **A year without 年 that opens a title is the title's year.**  ``2021中央督察組交辦案件``
   over ``8月30日，…交辦第3批…91件``: the yearless day is of 2021 (was read with no year, so
   the rows were left empty).  A count that starts the title (``2000多吨…``) is no year.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import report_row, span_dates

from envindicators.extract._reader import _title_year
from envindicators.extract._scope import is_days_span, passed_on

# --- 1. a span of days dates the later sentences of its paragraph ---------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        (  # hand check 30, row 17: the span after 在…中，
            "在省级环境保护督察中，2018年8月20日至9月10日，对济南等7市开展第二批省环境保护"
            "督察。督察组向地方转办的9640件信访件，已全部办结，罚款5606万元，问责706人。",
            "5606万元",
            ("2018-08-20", "2018-09-10"),
        ),
        (  # a span opening its sentence, two sentences on (Jingzhou's 督查)
            "2019年7月1日至7月7日，市指挥部办公室对市中心城区实施了督查，共发现突出问题65个，"
            "已完成整改52个。其中，荆州区17个。未完成整改13个。",
            "13个",
            ("2019-07-01", "2019-07-07"),
        ),
        (  # a span whose second day takes the first's month (6月8日—10日)
            "本报讯 2017年9月8日—11日，我县共收到督察组转办的群众信访件1件。"
            "县协调联络组共交办群众举报信访件5件，涉及噪声污染2个。",
            "5件",
            ("2017-09-08", "2017-09-11"),
        ),
        (  # 起至: a plan's span in its abstract (a Taiwanese county's, ROC years)
            "中文摘要 本計畫本期工作期程自111年1月1日起至111年12月15日止，各項工作執行"
            "成果如下。計畫期間稽查處理件數含建檔為5,081件。",
            "5,081件",
            ("2022-01-01", "2022-12-15"),
        ),
    ],
)
def test_span_of_days_dates_later_sentences(
    text: str, number: str, span: tuple[str, str], trad: bool
) -> None:
    assert span_dates(report_row(text, number, hant=trad)) == span


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("text", "number", "not_span"),
    [
        (  # one event's day still dates its own sentence only
            "2018年4月26日，省委召开会议部署督察整改。全市共完成整改问题120个。",
            "120个",
            ("2018-04-26", "2018-04-26"),
        ),
        (  # a later date written between the span and the figure: time has moved on
            "2019年7月12日至8月12日，督察组对甘肃省开展了督察，并于2020年5月8日反馈了督察"
            "情况。全省共立案处罚企业320家。",
            "320家",
            ("2019-07-12", "2019-08-12"),
        ),
        (  # a span frames no later paragraph (past a blank line)
            "2019年7月12日至8月12日，督察组对甘肃省开展了督察。\n\n"
            "全省修复历史遗留工矿废弃地232.95公顷。",
            "232.95公顷",
            ("2019-07-12", "2019-08-12"),
        ),
    ],
)
def test_span_of_days_not_lent(
    text: str, number: str, not_span: tuple[str, str], trad: bool
) -> None:
    assert span_dates(report_row(text, number, hant=trad)) != not_span


@pytest.mark.parametrize("trad", [False, True])
def test_own_date_kept_after_a_span_of_days(trad: bool) -> None:
    text = (
        "2018年8月20日至9月10日，督察组对济南等7市开展督察。"
        "2018年全年全省环境行政处罚罚款5606万元。"
    )
    assert span_dates(report_row(text, "5606万元", hant=trad)) == ("2018-01-01", "2018-12-31")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2018年8月20日至9月10日", True),
        ("6月8日—10日", True),
        ("2023年11月21日至22日", True),
        ("111年1月1日起至111年12月15日", True),
        ("2018年4月26日", False),  # one day
        ("2019年1-6月", False),  # a span of months: inherited already
        ("截至2023年6月30日", False),  # a point
        ("2018年", False),
    ],
)
def test_is_days_span(written: str, expected: bool) -> None:
    assert is_days_span(written) is expected


def test_passed_on() -> None:
    span = pd.DataFrame({"end": [16], "text": ["2019年7月12日-8月12日"]})
    assert passed_on(span, pd.DataFrame({"start": [0, 25]}), 40)
    assert not passed_on(span, pd.DataFrame({"start": [0, 45]}), 40)  # after the sentence
    year = pd.DataFrame({"end": [5], "text": ["2019年"]})  # not a span of days
    assert not passed_on(year, pd.DataFrame({"start": [0, 25]}), 40)
    assert not passed_on(span.iloc[:0], pd.DataFrame({"start": [25]}), 40)


# --- 2. a year without 年 that opens a title ---------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("title", "end"),
    [
        ("2021中央督察组交办案件", "2021-08-30"),  # hand check 30's class: row 79's form
        ("2021 中央督察组交办案件情况", "2021-08-30"),  # a space before the word
    ],
)
def test_opening_title_year_lends_its_year(title: str, end: str, trad: bool) -> None:
    text = (
        f"{title}\n8月30日，中央第四生态环境保护督察组交办第3批涉及环境领域群众举报案件91件"
        "（来电57件，来信34件）。"
    )
    assert span_dates(report_row(text, "91件", hant=trad))[1] == end


@pytest.mark.parametrize("trad", [False, True])
def test_opening_count_is_no_title_year(trad: bool) -> None:
    text = "2000多吨建筑垃圾两天清完\n8月30日，城管部门清运建筑垃圾2000多吨，出动车辆120台次。"
    end = span_dates(report_row(text, "120台次", hant=trad))[1]
    assert end is None or not end.startswith("2000-")


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("2021中央督察組交辦案件", 2021),
        ("2022 污染投訴統計數字", 2022),
        ("2020第三季度全省14个城市功能区噪声监测", 2020),
        ("2000多吨建筑垃圾被清除", None),  # a count opens the title
        ("2000万亩退耕还林", None),
        ("2018 2019 2020 气温", None),  # a table's header of years
        ("2021.04.21厨余回收", None),  # a day's stamp
        ("锁定天常蓝目标 2020实现多项突破", None),  # not the title's opening (left)
        ("2008年成都市环境质量公报", 2008),  # with 年, as before
    ],
)
def test_title_year_opening_without_nian(title: str, year: int | None) -> None:
    assert _title_year(title) == year
