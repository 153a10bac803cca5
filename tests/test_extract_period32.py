"""Periods of petition batches and of the days a news dateline reports (period32).

Hand check 21's period classes "a petitions batch dated only by its release", "a page's
publication date for a batch transferred the day before", "a programme's years for a
figure" and "a monthly figure given a year's period" (issue 13).  Rules, both scripts:

* **a figure of a petition batch is of the day the text gives that batch**
  (:func:`~envindicators.extract._periods.batch_days`,
  :func:`~envindicators.extract._periods.batch_of`): a paragraph that names ``第二十八批``
  or ``本批`` and writes no date of its own before its figure is of the day the sentence
  handing the batch over writes (``5月5日，…转办第二十八批…``), not the page's stamp nor
  undated; a headline naming the batch, too.  A date of the figure's own sentence wins;
  a batch of inspection groups (``第二批中央环保督察组``) is no petition batch; a batch the
  text does not date changes nothing;
* **a day written without its month after a news dateline**
  (:func:`~envindicators.extract._periods.dateline_days`): ``黑龙江日报12月8日讯 7日，我省
  接到…`` is 12月7日 (the month before where the day is later: ``1月3日讯 31日，`` is 31
  December), and ``截至26日，`` under ``5月30日电`` is 5月26日; ``记者30日获悉`` and
  ``生态环境部22日发布`` (when the news was told) date nothing;
* **截至目前 of a page reporting the days just before its date stamp** is as of the stamp
  (:func:`~envindicators.extract._periods.now_at_stamp`), flagged; a repost or a page
  without a stamp keeps it open;
* **a five-year plan naming a network of sites** (``“十四五”地表水国控考核断面``,
  ``纳入“十三五”国家考核的``: :func:`~envindicators.extract._periods.programme_plans`) is
  no period; ``“十三五”期间`` is;
* **相较于/相比于 a year** is a comparison's base (not a deadline by 于), and **a base
  level of a year's same period** (``1~10月…较2023年同期8.9``:
  :func:`~envindicators.extract._periods.same_period_in`) is of the same months of that
  year.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.report_rows import rows_of
from tests.scripts import to_traditional

from envindicators.extract._periods import (
    batch_days,
    batch_mentions,
    batch_of,
    dateline_days,
    now_at_stamp,
    programme_plans,
    same_period_in,
)


def _rows(text: str, figure: str, trad: bool, published: str | None) -> pd.DataFrame:
    if trad:
        text, figure = to_traditional(text), to_traditional(figure)
    rows = rows_of(text, figure, published=published)
    assert len(rows), figure
    return rows


def _day(value: object) -> str | None:
    return None if pd.isna(value) else str(pd.Timestamp(value).date())


# --- a figure of a petition batch: the batch's day ---------------------------------------

_BATCHES = (
    "5月5日上午，中央第四生态环保督察组向江西转办第二十八批群众举报材料97件"
    "（来电65件、来信32件）。5月4日，省协调联络组向督察组反馈了第十九批98件群众举报事项"
    "办理情况。\n\n"
    "第二十八批信访件从地区分布看：南昌市17件，上饶市15件。按照污染类型分为：大气污染47件，"
    "水污染37件。\n\n"
    "第十九批信访件调查结果情况如下：群众举报属实12件，不属实4件。处理情况分别是：责令立即"
    "改正31家，限期整改66家。"
)


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "figure", "published", "day"),
    [
        (_BATCHES, "17件", "2021-05-06", "2021-05-05"),  # not the page's date
        (_BATCHES, "47件", "2021-05-06", "2021-05-05"),  # the paragraph's next sentence
        (_BATCHES, "12件", "2021-05-06", "2021-05-04"),  # the nineteenth batch's day
        (_BATCHES, "66家", "2021-05-06", "2021-05-04"),
        (  # a headline naming the batch: the body's day for it, the stamp's year
            "中央生态环保督察组向我省转办第31批信访举报问题4582件\n\n"
            "添加时间:2021年05月08日\n\n"
            "5月7日，中央第二生态环境保护督察组向我省转办第31批群众环境信访举报问题，"
            "来电72件，来信81件。",
            "4582件",
            None,
            "2021-05-07",
        ),
        (  # 本批: the batch the text dates
            "3月27日上午10时，中央第五生态环境保护督察组向新疆转办第二批信访件31件。\n"
            "本批转办信访件涉及7个地州市，分别为：乌鲁木齐市12件，哈密市2件。",
            "2件",
            "2022-03-28",
            "2022-03-27",
        ),
        (  # 本批 after a bare day of a dateline (its month the dateline's)
            "2021-12-08 07:26:56 来源:黑龙江日报\n"
            "黑龙江日报12月8日讯 7日，我省接到中央第一生态环境保护督察组交办的第四批群众信访"
            "举报案件65件。\n\n本批交办的信访案件中，涉水类案件10件、大气类案件16件。",
            "16件",
            None,
            "2021-12-07",
        ),
    ],
)
def test_a_batch_figure_is_of_the_batch_day(text, figure, published, day, trad):
    rows = _rows(text, figure, trad, published)
    assert {_day(x) for x in rows["period_end"]} == {day}, rows[["value_text", "period_text"]]
    assert rows["note"].fillna("").str.contains("第N批", regex=False).all(), rows["note"]


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "figure", "published", "day"),
    [
        (  # the figure's own sentence dates it
            "5月5日，督察组向江西转办第二十八批信访件97件。\n"
            "截至5月6日，第二十八批信访件中涉及大气污染20件。",
            "20件",
            "2021-05-07",
            "2021-05-06",
        ),
        (  # a batch of inspection groups is no petition batch
            "9月1日，第二批中央环保督察组全部进驻。\n\n第二批督察组约谈120人。",
            "120人",
            "2023-01-01",
            "2023-01-01",
        ),
        (  # a batch the text does not date changes nothing
            "第五批信访件中，大气污染10件，水污染8件。",
            "10件",
            "2021-05-06",
            "2021-05-06",
        ),
        (  # a date written after the batch is named is nearer
            "5月5日，督察组转办第二十八批信访件97件。\n第二十八批信访件中，5月6日查实问题30件。",
            "30件",
            "2021-05-07",
            "2021-05-06",
        ),
    ],
)
def test_a_batch_day_leaves_other_dates(text, figure, published, day, trad):
    rows = _rows(text, figure, trad, published)
    assert {_day(x) for x in rows["period_end"]} == {day}, rows[["value_text", "period_text"]]
    assert not rows["note"].fillna("").str.contains("第N批", regex=False).any()


def test_batch_helpers_read_ordinals_and_this_batch():
    t = (
        "5月5日，督察组转办第二十八批信访件97件。5月4日，反馈了第十九批98件信访件办理情况。"
        "本批交办的信访件中"
    )
    mentions = batch_mentions(t)
    assert [n for _, n in mentions] == [28, 19, None]
    d = pd.DataFrame(
        {
            "start": [0, t.index("5月4日")],
            "text": ["5月5日", "5月4日"],
            "first_day": [pd.NaT, pd.NaT],
            "last_day": [pd.NaT, pd.NaT],
        }
    )
    days = batch_days(t, mentions, d)
    assert days == {28: 0, 19: 1}
    assert batch_of(mentions, days, t.index("本批"), len(t)) == (t.index("本批"), 1)
    assert batch_of(mentions, days, len(t), len(t)) is None
    assert batch_mentions("第三轮第二批中央生态环境保护督察组于5月7日进驻，批准项目3个") == []


# --- a day after a news dateline ----------------------------------------------------------


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "figure", "published", "day"),
    [
        (
            "黑龙江日报12月8日讯 7日，我省接到中央第一生态环境保护督察组交办的第四批群众"
            "信访举报案件65件。",
            "65件",
            "2021-12-08",
            "2021-12-07",
        ),
        (  # a later day than the dateline's: the month before
            "东北网1月3日讯 31日，我省接到中央第一生态环境保护督察组交办的第三十批群众信访"
            "举报案件48件。",
            "48件",
            "2022-01-03",
            "2021-12-31",
        ),
        (  # 截至26日: the end of a tally
            "中新社天津5月30日电 记者30日获悉，截至26日，天津共接收中央第一环境保护督察组"
            "转办的信访举报件2922件。",
            "2922件",
            "2017-05-30",
            "2017-05-26",
        ),
    ],
)
def test_a_bare_day_after_a_dateline_is_of_its_month(text, figure, published, day, trad):
    rows = _rows(text, figure, trad, published)
    assert {_day(x) for x in rows["period_end"]} == {day}, rows[["value_text", "period_text"]]


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("新华社北京8月22日电 生态环境部22日发布信息，全国共受理举报1200件。", "1200件"),
        ("中新社北京5月7日电 记者7日获悉，全省共关停企业35家。", "35家"),
        ("本月12月31日电网负荷达3万千瓦，较上月增加2万千瓦。", "3万千瓦"),
    ],
)
def test_a_day_of_telling_the_news_dates_nothing(text, figure, trad):
    rows = _rows(text, figure, trad, "2020-08-22")
    bare = rows["period_text"].fillna("").str.fullmatch(r"\d{1,2}日")
    assert not bare.any(), rows[["value_text", "period_text"]]
    assert dateline_days(text, []) == []


# --- 截至目前 of a page reporting the days just before its stamp ---------------------------

_STAMPED = (
    "中央第五生态环境保护督察组向自治区转办第二十六批信访件\n"
    "发布时间：2022-04-20 22:00\n\n"
    "{day}10时，中央第五生态环境保护督察组向新疆转办第二十六批信访件77件。\n\n"
    "截至目前，中央第五生态环境保护督察组转办新疆二十六批共计1597件信访件。"
)


@pytest.mark.parametrize("trad", [True, False])
def test_as_of_now_is_the_stamp_of_a_page_of_recent_days(trad):
    rows = _rows(_STAMPED.format(day="4月20日"), "1597件", trad, None)
    assert {_day(x) for x in rows["period_end"]} == {"2022-04-20"}
    assert rows["note"].str.contains("截至目前", regex=False).all(), rows["note"]
    assert set(rows["confidence"]) == {"low"}


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        _STAMPED.format(day="2016年4月20日"),  # a repost years later: its days long before
        "发布时间：2022-04-20 22:00\n截至目前，全省共建成污水处理厂1597座。",  # no day written
        _STAMPED.format(day="4月20日").replace("发布时间：2022-04-20 22:00", "来源：新疆日报"),
    ],
)
def test_as_of_now_stays_open_without_recent_days(text, trad):
    rows = _rows(text, "1597", trad, None)
    assert rows["period_end"].isna().all(), rows[["value_text", "period_text", "period_end"]]


def test_now_at_stamp_needs_a_recent_day():
    w, open_end = ["4月20日", "截至目前", "2013年以来"], np.array([False, True, True])
    lasts = [pd.Timestamp("2022-04-19"), pd.NaT, pd.NaT]
    assert now_at_stamp(w, lasts, open_end, "2022-04-20").tolist() == [False, True, False]
    assert not now_at_stamp(w, lasts, open_end, None).any()
    assert not now_at_stamp(w, lasts, open_end, "2022-07-20").any()  # 92 days later


# --- a five-year plan naming a network of sites ------------------------------------------


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "figure", "first", "last"),
    [
        (
            "水环境质量指标方面，2021年，全区20个“十四五”地表水国控考核断面水质优良比例为85.0%。",
            "85.0%",
            "2021-01-01",
            "2021-12-31",
        ),
        (
            "2018年1-6月，全省17个重点城市平均空气质量优良天数比例为76.5%；其中纳入“十三五”"
            "国家考核的13个市州平均空气质量优良天数比例为73.8%。",
            "73.8%",
            "2018-01-01",
            "2018-06-30",
        ),
        (  # the plan's time
            "“十三五”期间，全省PM2.5平均浓度累计下降20.5%。",
            "20.5%",
            "2016-01-01",
            "2020-12-31",
        ),
    ],
)
def test_a_plan_naming_sites_is_no_period(text, figure, first, last, trad):
    rows = _rows(text, figure, trad, None)
    got = {
        (_day(a), _day(b)) for a, b in zip(rows["period_start"], rows["period_end"], strict=True)
    }
    assert got == {(first, last)}, rows[["value_text", "period_text"]]


def test_programme_plans_flags_only_plans_before_a_network():
    t = "全区20个“十四五”地表水国控考核断面。“十二五”期间国家对四种污染物实施总量控制。"
    d = pd.DataFrame({"end": [t.index("”地"), t.index("”期")], "plan": [True, False]})
    assert programme_plans(t, d).tolist() == [True, False]
    d = d.assign(plan=[True, True])
    assert programme_plans(t, d).tolist() == [True, False]
    assert programme_plans(t, d.iloc[0:0]).tolist() == []


# --- a comparison by 相较于 and a base level of the same period of a year -------------------


@pytest.mark.parametrize("trad", [True, False])
@pytest.mark.parametrize(
    ("text", "figure", "first", "last"),
    [
        (  # 相较于2020年同期: the base, not a deadline nor the period after it
            "2021年1-10月全市资源回收率为60.04%，相较于2020年同期提升2.71%，资源回收量总计为"
            "487万吨。",
            "487万吨",
            "2021-01-01",
            "2021-10-31",
        ),
        (
            "2021年1-10月全市资源回收率为60.04%，相较于2020年同期提升2.71%，资源回收量总计为"
            "487万吨。",
            "2.71%",
            "2021-01-01",
            "2021-10-31",
        ),
        (  # 相比于2015年
            "2020年全市PM2.5平均浓度为35微克/立方米，相比于2015年下降20%，优良天数比例为88%。",
            "88%",
            "2020-01-01",
            "2020-12-31",
        ),
        (  # the base level of 2023's same months
            "统计2024年1~10月全县PM2.5监测数据为9.1微克/立方米，较2023年同期8.9微克/立方米"
            "提升2.2%。",
            "8.9",
            "2023-01-01",
            "2023-10-31",
        ),
        (  # two bases, each its own year's same months
            "全省空气质量通报\n2009年1~9月全省臭氧不良日比率为1.74%，较2008年同期的1.6%来得高，"
            "但较2007年同期的3.1%低了许多。",
            "3.1%",
            "2007-01-01",
            "2007-09-30",
        ),
        (  # a base of a whole year compared with a whole year: that year
            "2020年全市PM2.5平均浓度为35微克/立方米，较2019年同期的38微克/立方米下降7.9%。",
            "38",
            "2019-01-01",
            "2019-12-31",
        ),
        (  # a base written without 同期: the year
            "2024年1~10月全县PM2.5为9.1微克/立方米，较2023年的8.9微克/立方米上升2.2%。",
            "8.9",
            "2023-01-01",
            "2023-12-31",
        ),
    ],
)
def test_a_comparison_base_and_its_same_period(text, figure, first, last, trad):
    rows = _rows(text, figure, trad, None)
    got = {
        (_day(a), _day(b)) for a, b in zip(rows["period_start"], rows["period_end"], strict=True)
    }
    assert got == {(first, last)}, rows[["value_text", "period_text"]]


def test_same_period_in_needs_a_whole_base_year_and_a_part_of_another():
    t = "2024年1~10月为9.1，较2023年同期8.9"
    b = t.index("同期")
    year = (pd.Timestamp("2023-01-01"), pd.Timestamp("2023-12-31"))
    own = (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-10-31"))
    assert same_period_in(t, b, year, own) == (
        pd.Timestamp("2023-01-01"),
        pd.Timestamp("2023-10-31"),
    )
    whole = (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31"))
    assert same_period_in(t, b, year, whole) is None  # a whole year: the base's year is right
    assert same_period_in(t, b, year, (pd.NaT, pd.NaT)) is None
    assert same_period_in(t, b, own, own) is None  # the base is no whole year
