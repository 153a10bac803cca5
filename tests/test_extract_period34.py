"""A page's publication stamp inside its header line (period34, issue 13), both scripts.

A web page states when it was published in its header: alone on a line (``发布时间：…``,
``2018-09-28 15:08来源:…``, read since period14) or — the class of hand check 23's rows left
empty — among the header's other fields or in brackets: ``来源:榆林日报 作者:. 时间:2021-08-02
10:53``, ``(時間:2019-11-12 15:48:10) |``, ``【发布时间:2020-01-13】``, ``刊发日期:2017-09-13
阅读次数:``, ``發(fā)布日期: 2024-10-22 12:03:04 | 信息編號…`` (``_reader._HEADER_STAMP``).  Read
so, the stamp is the page's time of writing as any stamp is: ``截至六月底`` and a bare
``今年`` take its year (flagged), and its line lends no year to the text's dates.

Not a stamp: an update (``更新时间``, a repost's), a label naming another event (``添加时间``,
``成文日期``, ``督察进驻时间``, ``專案開始日期``), a date in running text (``问题时间:…`` after a
headline's words), a field below the page's first lines.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

from envindicators.extract._reader import _HEADER_LINES, _page_date

TITLE = "全省生态环境保护督察信访件办理情况"


# --- the stamp among a header's fields ---------------------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("来源:榆林日报 作者:. 时间:2021-08-02 10:53", dt.date(2021, 8, 2)),
        ("(时间:2019-11-12 15:48:10) |", dt.date(2019, 11, 12)),
        ("【发布时间:2020-01-13】", dt.date(2020, 1, 13)),
        ("刊发日期:2017-09-13 阅读次数: 作者:", dt.date(2017, 9, 13)),
        ("发(fā)布日期: 2024-10-22 12:03:04 | 信息编号: 6788106 |", dt.date(2024, 10, 22)),
        ("来源 新疆政府网 发布时间 2022-04-20 22:00 阅读 1", dt.date(2022, 4, 20)),
        ("编辑: 王瑞颖 | 时间: 2022-06-20 11:13:47 | 来源: 人民日报海外版 |", dt.date(2022, 6, 20)),
        ("来源:陕西日报 日期:2016/11/25 9:02:18", dt.date(2016, 11, 25)),
        ("来源:    发布时间: 2020-12-10 09:32    编辑: 李宏才", dt.date(2020, 12, 10)),
        ("来源: 作者:昌江人大网 发布时间:2023年12月20日", dt.date(2023, 12, 20)),
        ("  • 发布日期:2023-01-30 15:11:49", dt.date(2023, 1, 30)),
        ("作者:储镝  时间:2018-01-06 09:17:05  人气:", dt.date(2018, 1, 6)),
    ],
)
def test_a_stamp_among_the_header_fields_is_the_page_date(
    header: str, day: dt.date, trad: bool
) -> None:
    text = f"{TITLE}\n{header}\n截至目前，全省已办结信访件56件。"
    text = to_traditional(text) if trad else text
    found, spans = _page_date(text)
    assert found == day
    # the stamp's span is the header line's (its dates lend no year)
    line_start = text.index("\n") + 1
    assert len(spans) == 1
    assert line_start <= spans[0][0]
    assert spans[0][1] == text.index("\n", line_start)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "header",
    [
        "作者:未知  文章来源:三晋都市报  更新时间:2009-9-30 10:41:08  文章录入:admin",
        "    添加时间:2021年05月08日",
        "成文日期:2021-10-13 00:00:00 | 废止日期: |",
        "督察进驻时间:2022年3月25日—4月25日",
        "专案开始日期 2020/01/01 专案结束日期 2020/12/31 专案主持人 张育诚",
        "中央生态环保督察组向我省转办第八批群众举报生态环境问题时间:2021-04-16 ![]() 正文",
        # a date after a label but running on into words: no stamp's end
        "会议时间:2021-04-16上午在省政府召开",
    ],
)
def test_no_publication_stamp(header: str, trad: bool) -> None:
    text = f"{TITLE}\n{header}\n截至目前，全省已办结信访件56件。"
    assert _page_date(to_traditional(text) if trad else text)[0] is None


def test_a_field_below_the_first_lines_is_no_stamp() -> None:
    lines = [f"第{i}段，全省已办结信访件{i}件。" for i in range(_HEADER_LINES)]
    text = "\n".join([TITLE, *lines, "来源:新华网 发布时间:2022-04-15 浏览次数:"])
    assert _page_date(text)[0] is None
    text = "\n".join([TITLE, "来源:新华网 发布时间:2022-04-15 浏览次数:", *lines])
    assert _page_date(text)[0] == dt.date(2022, 4, 15)


def test_the_first_stamp_wins_and_an_update_is_skipped() -> None:
    text = (
        f"{TITLE}\n作者:储镝 更新时间:2023-07-09 10:00\n来源:新华网 发布时间:2021-05-03 08:45\n"
        "截至目前，全省已办结信访件56件。"
    )
    assert _page_date(text)[0] == dt.date(2021, 5, 3)
    lined = f"{TITLE}\n发布时间：2020-01-02\n来源:新华网 发布时间:2021-05-03 08:45\n正文。"
    assert _page_date(lined)[0] == dt.date(2020, 1, 2)


# --- read so, the stamp is the page's time of writing -------------------------------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("header", "body", "number", "end"),
    [
        # 截至六月底: the state the page was written at, of the stamp's year
        (
            "信息来源:新华日报 发布日期:2022-07-15 浏览次数: 字号: [小] [中] [大]",
            "截至六月底，全省共受理群众信访举报件560件。",
            "560件",
            "2022-06-30",
        ),
        (
            "(时间:2019-11-12 15:48:10) |",
            "截至10月底，四市共转办信访举报件809件。",
            "809件",
            "2019-10-31",
        ),
        # a bare 今年 under the stamp: the stamp's year, up to the stamp
        (
            "来源:榆林日报 作者:. 时间:2021-08-02 10:53",
            "今年，全市共查处环境违法案件56件。",
            "56件",
            "2021-08-02",
        ),
    ],
)
def test_a_header_stamp_dates_what_the_page_states_as_of_now(
    header: str, body: str, number: str, end: str, trad: bool
) -> None:
    row = report_row(f"{TITLE}\n{header}\n{body}", number, hant=trad)
    assert row["period_end"] == pd.Timestamp(end)


@pytest.mark.parametrize("trad", [False, True])
def test_an_update_stamp_gives_no_year_to_this_year(trad: bool) -> None:
    body = "今年，全省共受理群众信访举报件560件。"
    update = "作者:未知  文章来源:三晋都市报  更新时间:2022-07-15 10:41:08  文章录入:admin"
    # an update (a repost's date) is no time of writing: 今年 is not in the text
    assert pd.isna(report_row(f"{TITLE}\n{update}\n{body}", "560件", hant=trad)["period_end"])
    published = update.replace("更新时间", "发布时间")
    row = report_row(f"{TITLE}\n{published}\n{body}", "560件", hant=trad)
    assert (row["period_start"], row["period_end"]) == (
        pd.Timestamp("2022-01-01"),
        pd.Timestamp("2022-07-15"),
    )


@pytest.mark.parametrize("trad", [False, True])
def test_a_header_stamp_lends_no_year_to_the_text(trad: bool) -> None:
    text = (
        f"{TITLE}\n来源:新华网 发布时间:2024-06-12 12:04:40 浏览次数:\n"
        "2023年，全省地表水优良断面比例为92.5%。9月16日，督察组交办信访件56件。"
    )
    assert report_row(text, "92.5%", hant=trad)["period_end"] == pd.Timestamp("2023-12-31")
    # 9月16日 takes the text's 2023 (the year written before it), not the stamp's 2024
    assert report_row(text, "56件", hant=trad)["period_end"] == pd.Timestamp("2023-09-16")


# --- a relative year right before a date qualifies it: no date of its own -----------------


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("title", "first", "last"),
    [
        ("今年前五月全国城市空气质量优良天数同比上升", "2022-01-01", "2022-05-31"),
        ("今年一季度全国城市空气质量优良天数同比上升", "2022-01-01", "2022-03-31"),
        ("今年 前5个月全国城市空气质量优良天数同比上升", "2022-01-01", "2022-05-31"),
    ],
)
def test_a_title_s_relative_run_of_months_dates_the_paragraphs_under_it(
    title: str, first: str, last: str, trad: bool
) -> None:
    text = (
        f"{title}\n编辑: 王瑞颖 | 时间: 2022-06-20 11:13:47 | 来源: 人民日报海外版 |\n"
        "京津冀及周边地区城市平均优良天数比例为66.8%，同比上升3.5个百分点。"
    )
    row = report_row(text, "66.8%", hant=trad)
    # the title's 今年 qualifies its run of months: the paragraph is of the run, not of the
    # year so far (1 January to the stamp)
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp(first), pd.Timestamp(last))


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    ("body", "number", "first", "last"),
    [
        # a bare 今年: the year so far, up to the stamp
        ("今年，全国城市平均优良天数比例为66.8%。", "66.8%", "2022-01-01", "2022-06-20"),
        # 今年以来 runs to the time of writing: open under a stamp (period32 reads 截至目前 so,
        # not 以来)
        ("今年以来，全国城市平均优良天数比例为66.8%。", "66.8%", "2022-01-01", None),
        # 去年 before a month: that month of the year before
        ("去年12月，全国城市平均优良天数比例为66.8%。", "66.8%", "2021-12-01", "2021-12-31"),
    ],
)
def test_a_relative_year_alone_or_before_a_month_under_a_stamp(
    body: str, number: str, first: str, last: str | None, trad: bool
) -> None:
    stamp = "编辑: 王瑞颖 | 时间: 2022-06-20 11:13:47 | 来源: 人民日报海外版 |"
    text = f"全国空气质量状况\n{stamp}\n{body}"
    row = report_row(text, number, hant=trad)
    assert row["period_start"] == pd.Timestamp(first)
    assert pd.isna(row["period_end"]) if last is None else row["period_end"] == pd.Timestamp(last)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("ordinal", ["今年第一批", "今年首批", "今年第2批", "今年第二轮"])
def test_a_relative_year_naming_a_batch_is_no_period(ordinal: str, trad: bool) -> None:
    text = (
        f"{ordinal}省级环保督察结束进驻 交办1341件信访件\n(时间:2019-11-12 15:48:10) |\n"
        "目前，四市已上报办结809件，责令228家企业立即整改。"
    )
    row = report_row(text, "228家", hant=trad)
    # 今年第一批 says which batch: the figures are as of the page's stamp, not of the year
    # so far (1 January to the stamp)
    assert pd.isna(row["period_start"])
    assert row["period_end"] == pd.Timestamp("2019-11-12")


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize(
    "body",
    [
        "基隆市今年3月1日起加重罚则，环保局破袋稽查一千二百多件。3月共告发64件。",
        "今年3月1日起加重罚则。\n3月共告发64件。",
    ],
)
def test_a_date_qualified_by_this_year_lends_its_year(body: str, trad: bool) -> None:
    text = f"基隆重罚乱丢垃圾\n发布时间:2023/03/29 05:30\n{body}"
    row = report_row(text, "64件", hant=trad)
    # 今年3月1日 is 2023-03-01: the later 3月 is of 2023 as after 2023年3月1日 (a single month
    # takes no year from the stamp itself)
    assert (row["period_start"], row["period_end"]) == (
        pd.Timestamp("2023-03-01"),
        pd.Timestamp("2023-03-31"),
    )


@pytest.mark.parametrize("trad", [False, True])
def test_a_single_month_under_a_stamp_alone_takes_no_year(trad: bool) -> None:
    text = "基隆重罚乱丢垃圾\n发布时间:2023/03/29 05:30\n环保局加重罚则。\n3月共告发64件。"
    assert pd.isna(report_row(text, "64件", hant=trad)["period_end"])
