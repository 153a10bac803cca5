"""The scope of a time expression in ``read_report`` (issue 13, branch year22).

* a comparison's base dates its base, not the figure: the level right after 较/比/与/从/由 +
  a date (``较2018年的每人每日2.17公斤``, ``从2023年每日2.02公斤增至2.10公斤``, ``由2016年的54%
  提高到78%``) is of that date; the figures after it (2.10公斤, 78%) and a change
  (``较2018年上升1%``, ``与2022年相比下降``) are of the reported time, never of the base;
* a date that opens a paragraph (``2019年湛江市全市3个降水测点…``, ``2017年，全市…``) dates
  the paragraphs after it in its section that give no date of their own, across blank
  lines too (flagged there); a date opening a sentence inside a paragraph, or the day of one
  event (``2017年7月19日，省政府召开…``), does not reach past a blank line; a new date ends
  the scope of the one before;
* a span written after 于 in a sentence that promises nothing (``于2023年11月21日至22日陆续
  进驻``) is when the act was done, not a deadline (``计划于2018年6月至12月完成`` still is);
* a day written without its year (``截至9月9日``) inside a short span the text dates
  elsewhere (``督察进驻期间（2017年8月11日至9月11日）``) is in that span's year, flagged;
* the day a document was published (``2020年5月7日，生态环境部发布2019年…简况``) frames no
  paragraph: the figures after it are of the document's year;
* a lead paragraph that opens with a whole year (``2023年是…开局之年，…``, ``2017年，全市…``)
  gives the document's year (not a promise ``2025年，全市将…``, nor a year after writing);
* a promised figure whose sentence has no deadline takes that of the next sentence of its
  paragraph when that sentence states no figure (``…计划新建一座10000立方米/日污水处理厂。
  目前…，计划2019年底建成``), not an earlier sentence's (another project's).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import read_tables, report_row, report_rows
from tests.scripts import SCRIPTS, in_script

from envindicators.extract._periods import (
    acted_over_span,
    base_levels,
    opening_year,
    opens_paragraph,
    publishing_date,
    year_in_spans,
)


def _end(row: pd.Series) -> pd.Timestamp | None:
    return None if pd.isna(row["period_end"]) else pd.Timestamp(row["period_end"])


def _year_end(year: int) -> pd.Timestamp:
    return pd.Timestamp(year, 12, 31)


# ---------------------------------------------------------------------------------------
# 1. a comparison's base dates its base level, not the figures of the reported time
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "base", "base_year", "current", "current_year"),
    [
        (
            "2019年，本澳人均城市固体废物弃置量达到每人每日2.24公斤，"
            "较2018年的每人每日2.17公斤上升3.2%。",
            "2.17公斤",
            2018,
            "2.24公斤",
            2019,
        ),
        (
            "2024年，垃圾焚化中心共处理526979公吨城市固体废物，"
            "人均城市固体废物量从2023年每日2.02公斤增至2.10公斤。",
            "2.02公斤",
            2023,
            "2.10公斤",
            2024,
        ),
        (
            "2017年，规模化畜禽养殖场粪污处理设施配套率由2016年的54%提高到78%，提高了24个百分点。",
            "54%",
            2016,
            "78%",
            2017,
        ),
        (
            "2020年，全市地表水优良水体比例为81.3%，比2015年的62.5%提高18.8个百分点。",
            "62.5%",
            2015,
            "81.3%",
            2020,
        ),
    ],
)
def test_the_level_after_a_base_date_is_of_the_base(
    text: str, base: str, base_year: int, current: str, current_year: int, script: str
) -> None:
    text = in_script(text, script)
    row = report_row(text, base)
    assert _end(row) == _year_end(base_year)
    assert row["needs_review"]  # the base's date, not one written for the figure
    assert _end(report_row(text, current)) == _year_end(current_year)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("2019年，塑料占总量的23.5%，较2018年上升1%。", "上升1%"),
        ("2023年，全国地级及以上城市细颗粒物浓度为30微克/立方米，与2022年相比下降3.2%。", "3.2%"),
        ("2022年全市优良天数比例为88.2%，比2021年下降2.1个百分点。", "2.1个百分点"),
        ("2024年，全县二氧化硫平均浓度与2023年呈现持平1.7 ppb。", "1.7"),  # equal: this year's
    ],
)
def test_a_change_against_a_base_year_is_not_of_that_year(
    text: str, change: str, script: str
) -> None:
    text = in_script(text, script)
    row = report_row(text, change)
    assert _end(row) == _year_end(int(text[:4]))


def test_base_levels_needs_a_date_opened_by_a_comparison_word() -> None:
    text = "去年为每日2.24公斤，较2018年的每日2.17公斤上升3.2%；2018年的每日2.17公斤"
    d = pd.DataFrame({"start": [13, 34], "end": [18, 39]})
    starts = [i for i in range(len(text)) if text[i].isdigit() and not text[i - 1].isdigit()]
    got = base_levels(text, d, pd.Series(starts).to_numpy())
    assert list(got.values()) == [0]  # the second 2018年 opens no comparison


# ---------------------------------------------------------------------------------------
# 2. a date opening a paragraph dates the paragraphs after it in its section
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        (
            "2017年，全市大力推进节能降耗工作，全年万元地区生产总值能耗下降4.85%。\n\n"
            "全年日供水能力544.89万立方米。供水总量14.21亿吨，比上年增长7.0%。",
            "544.89万立方米",
            2017,
        ),
        (
            "二、城市降水\n2019年全市3个降水测点共采集降水样品145个，pH值年均值5.53。\n"
            "与上年相比，全市pH均值下降了0.26个pH值单位，酸雨频率上升了4.1个百分点。",
            "4.1个百分点",
            2019,
        ),
        (
            "2021年上半年，全省生态环境质量持续改善。\n\n全省地表水国考断面水质优良比例为90.2%。",
            "90.2%",
            2021,
        ),
    ],
)
def test_a_date_opening_a_paragraph_dates_the_paragraphs_after_it(
    text: str, figure: str, year: int, script: str
) -> None:
    row = report_row(in_script(text, script), figure)
    end = _end(row)
    assert end is not None
    assert end.year == year
    assert row["needs_review"]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (  # a date opening a sentence inside a paragraph: that paragraph's only
            "全省成立领导小组。2018年，将整改工作纳入专项行动。\n\n"
            "领导小组办公室组织开展了4次实地督查督办。",
            "4次",
        ),
        (  # the day of one event opens the paragraph: its own sentence's time
            "2017年7月19日，省政府召开全省经济形势分析会议。\n\n"
            "督察组移交的14个责任追究问题线索已全部办结。",
            "14个",
        ),
        (  # a span since: which year is not said
            "2013年以来，全市持续推进治理。\n\n全市共建成污水处理厂12座。",
            "12座",
        ),
        (  # an opener naming an event, not set off by a comma
            "2011年世界环境日即将到来之际，环境保护部3日发布2010年中国环境状况公报。"
            "公报显示，我国部分环境质量指标持续好转。\n\n"
            "全国近岸海域一、二类海水比例为62.7%。",
            "62.7%",
        ),
        (  # the start of a span the parser does not join
            "1983年--1990年期间，国家环境保护部门开展了环境天然放射性水平调查。\n\n"
            "我国道路γ辐射剂量率平均值为61.8 nGy/h。",
            "61.8",
        ),
        (  # a sentence naming its own year (今年) is not the earlier paragraph's
            "2021年，全市生态环境质量稳中向好，市区空气质量优良天数为310天。\n\n"
            "会议明确了预期目标。今年市区空气质量优良率要达83%左右。",
            "83%",
        ),
    ],
)
def test_other_dates_do_not_reach_past_a_blank_line(text: str, figure: str, script: str) -> None:
    text = in_script(text, script)
    end = _end(report_row(text, figure))
    assert end is None or end.year != int(text[:4])


@pytest.mark.parametrize(
    ("text", "at", "opens"),
    [
        ("二、降水\n2019年全市3个测点", 5, True),
        ("  2017年，全市", 2, True),
        ("　2017年，全市", 1, True),
        ("全市2019年", 2, False),
        ("全省推进。2018年，将", 5, False),
    ],
)
def test_opens_paragraph(text: str, at: int, opens: bool) -> None:
    assert opens_paragraph(text, at) is opens


_PLACES = ["全市", "全省", "全区", "本县", "全国"]


@settings(max_examples=25, deadline=None)
@given(
    a=st.integers(2005, 2023),
    gap=st.integers(1, 3),
    place=st.sampled_from(_PLACES),
    d1=st.integers(200, 360),
    c1=st.integers(11, 99),
    d2=st.integers(200, 360),
    blank=st.booleans(),
    script=st.sampled_from(SCRIPTS),
)
def test_a_new_date_ends_the_scope_of_the_one_before(
    a: int, gap: int, place: str, d1: int, c1: int, d2: int, blank: bool, script: str
) -> None:
    """``<A>年，<place>…<figure>，…<figure>。<B>年…<figure>``: A, A, then B."""
    b = a + gap
    sep = "\n\n" if blank else ""
    text = in_script(
        f"{a}年，{place}空气质量优良天数为{d1}天，细颗粒物平均浓度为{c1}微克/立方米。{sep}"
        f"{b}年，{place}空气质量优良天数为{d2 if d2 != d1 else d2 + 1}天。",
        script,
    )
    rows = report_rows(text)
    by_value = {round(float(r["value"]), 3): _end(r) for _, r in rows.iterrows()}
    assert by_value[float(d1)] == _year_end(a)
    assert by_value[float(c1)] == _year_end(a)
    assert by_value[float(d2 if d2 != d1 else d2 + 1)] == _year_end(b)


@settings(max_examples=25, deadline=None)
@given(
    a=st.integers(2006, 2024),
    back=st.integers(1, 5),
    place=st.sampled_from(_PLACES),
    level=st.integers(20, 99),
    change=st.integers(1, 19),
    base_level=st.booleans(),
    script=st.sampled_from(SCRIPTS),
)
def test_a_figure_after_a_comparison_with_a_year_is_never_of_that_year(
    a: int, back: int, place: str, level: int, change: int, base_level: bool, script: str
) -> None:
    """``与<C>年相比`` / ``较<C>年``: the change after it is of the reported year, never C."""
    c = a - back
    compared = f"与{c}年相比" if not base_level else f"较{c}年"
    text = in_script(
        f"{a}年，{place}细颗粒物平均浓度为{level}微克/立方米，{compared}下降{change}.5%。",
        script,
    )
    row = report_row(text, f"{change}.5%")
    end = _end(row)
    assert end is None or end.year != c
    assert end == _year_end(a)


# ---------------------------------------------------------------------------------------
# 3. a span after 于 that promises nothing: when the act was done, no deadline
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("text", "figure", "end"),
    [
        (
            "第三轮第一批5个中央生态环境保护督察组于2023年11月21日至22日陆续进驻福建等5个省。",
            5,
            "2023-11-22",
        ),
        (
            "中央第一环境保护督察组于2016年11月至12月组织对北京等7省市开展督察，"
            "共受理群众举报15600件。",
            15600,
            "2016-12-31",
        ),
        (
            "督察组于2018年5月30日至6月7日陆续对河北等10省区实施督察，共计与126名领导干部进行个别谈话。",
            126,
            "2018-06-07",
        ),
    ],
)
def test_a_span_after_yu_is_no_deadline(text: str, figure: int, end: str, script: str) -> None:
    obs, tgt, ctx = read_tables(text, hant=script == "traditional")
    assert float(figure) not in {float(v) for v in tgt["value"]}
    rows = pd.concat([obs, ctx], ignore_index=True)
    ends = set(pd.to_datetime(rows.loc[rows["value"] == figure, "period_end"]).dropna())
    assert pd.Timestamp(end) in ends  # the span's end: when the act was done


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_promised_span_after_yu_keeps_its_deadline(script: str) -> None:
    text = "计划于2018年6月至12月完成12个污水处理项目建设。"
    _, tgt, _ = read_tables(text, hant=script == "traditional")
    row = tgt[tgt["value"] == 12].iloc[0]
    assert pd.Timestamp(row["deadline"]) == pd.Timestamp(2018, 12, 31)


@pytest.mark.parametrize(
    ("written", "first", "last", "lead", "done"),
    [
        ("2023年11月21日至22日", "2023-11-21", "2023-11-22", "督察组于", True),
        ("2016年11月—12月", "2016-11-01", "2016-12-31", "于", True),
        ("2018年6月至12月", "2018-06-01", "2018-12-31", "计划于", False),
        ("2018年6月至12月", "2018-06-01", "2018-12-31", "将于", False),
        ("2018年12月", "2018-12-01", "2018-12-31", "于", False),  # a point, not a span
    ],
)
def test_acted_over_span(written: str, first: str, last: str, lead: str, done: bool) -> None:
    assert acted_over_span(written, pd.Timestamp(first), pd.Timestamp(last), lead) is done


# ---------------------------------------------------------------------------------------
# 4. a day without its year inside a span the text dates elsewhere
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("day", "figure", "end"),
    [
        ("截至9月9日下午4时", "6008件", "2017-09-09"),
        ("8月26日", "2471件", "2017-08-26"),
    ],
)
def test_a_day_inside_a_dated_span_takes_its_year(
    day: str, figure: str, end: str, script: str
) -> None:
    text = in_script(
        f"{day}，中央环保督察组向我省移交信访件{figure}。\n"
        "中央环境保护督察组督察进驻时间约1个月。督察进驻期间（2017年8月11日至9月11日）"
        "设立专门值班电话。",
        script,
    )
    row = report_row(text, figure)
    assert _end(row) == pd.Timestamp(end)
    assert row["needs_review"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_day_outside_the_span_takes_no_year_from_it(script: str) -> None:
    text = in_script(
        "截至10月20日，中央环保督察组向我省移交信访件6008件。\n"
        "各地高度重视信访件办理工作。\n各地加强督办。\n"
        "督察进驻期间（2017年8月11日至9月11日）设立专门值班电话。",
        script,
    )
    end = _end(report_row(text, "6008件"))
    assert end is None or end != pd.Timestamp(2017, 10, 20)


def test_year_in_spans() -> None:
    def day(y: int) -> tuple[pd.Timestamp, pd.Timestamp]:
        return pd.Timestamp(y, 9, 9), pd.Timestamp(y, 9, 9)

    stationing = (pd.Timestamp(2017, 8, 11), pd.Timestamp(2017, 9, 11))
    assert year_in_spans(day, [stationing]) == 2017
    assert year_in_spans(lambda y: (pd.Timestamp(y, 10, 20),) * 2, [stationing]) is None
    assert (
        year_in_spans(day, [stationing, (pd.Timestamp(2018, 9, 1), pd.Timestamp(2018, 9, 30))])
        is None
    )
    assert year_in_spans(day, [(pd.Timestamp(2017, 1, 1), pd.Timestamp(2017, 12, 31))]) is None
    assert year_in_spans(day, []) is None


# ---------------------------------------------------------------------------------------
# 5. the day a document was published frames no paragraph
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "lead",
    [
        "2020年5月7日，生态环境部发布2019年全国生态环境质量简况。",
        "2020年5月7日，生态环境部正式公布《2019年全国生态环境质量简况》。",
        "2020年5月7日，生態(tài)環(huán)境部發(fā)布2019年全國生態(tài)環(huán)境質(zhì)量簡況。",
    ],
)
def test_a_publishing_day_does_not_date_the_figures_after_it(lead: str, script: str) -> None:
    text = in_script(f"{lead}\n全国337个地级及以上城市平均优良天数比例为82.0%。", script)
    assert _end(report_row(text, "82.0%")) == _year_end(2019)  # the brief's year


@pytest.mark.parametrize(
    ("text", "written", "b", "publishing"),
    [
        ("2020年5月7日，生态环境部发布2019年简况。", "2020年5月7日", 9, True),
        ("8月26日，省环保厅通报第十五批信访件办理情况。", "8月26日", 5, True),
        ("2017年，全市发布预警12次。", "2017年", 5, False),  # a year: the time of what it says
        ("2020年5月7日，全市空气质量为优。", "2020年5月7日", 9, False),
    ],
)
def test_publishing_date(text: str, written: str, b: int, publishing: bool) -> None:
    assert publishing_date(text, written, b) is publishing


# ---------------------------------------------------------------------------------------
# 6. a lead paragraph that opens with its year: the document's year
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "lead",
    [
        "2023年是全面贯彻党的二十大精神的开局之年，全省上下认真贯彻落实各项部署，经济持续回升向好。",
        "2017年，全市大力推进节能降耗工作，单位GDP能耗继续保持下降态势，生态环境质量持续改善。",
    ],
)
def test_a_lead_opening_with_a_year_dates_the_document(lead: str, script: str) -> None:
    year = int(lead[:4])
    text = in_script(
        f"（{year + 1}年4月30日）\n{lead}\n一、综合\n全年全省地区生产总值20913.25亿元。", script
    )
    assert _end(report_row(text, "20913.25亿元")) == _year_end(year)


@pytest.mark.parametrize(
    ("lead", "published", "year"),
    [
        ("2023年是全面贯彻党的二十大精神的开局之年，全省…", None, 2023),
        ("2017年，全市大力推进节能降耗工作。", "2018-03-01", 2017),
        ("2025年，全市将力争优良天数比例达到90%。", None, None),  # a promise
        ("2025年，全市优良天数比例达到90%。", "2024-12-01", None),  # after the writing
        ("全市2017年大力推进节能降耗工作。", None, None),  # not its opening
    ],
)
def test_opening_year(lead: str, published: str | None, year: int | None) -> None:
    assert opening_year(lead, published) == year


# ---------------------------------------------------------------------------------------
# 7. a promise's deadline in the next sentence, which has no figure of its own
# ---------------------------------------------------------------------------------------
_TWO_PROJECTS = (
    "太榆退水渠整改项目新建3座农村污水处理站，预计2018年12月底前建成投入使用。"
    "清徐县整改项目计划在徐沟地区新建一座10000立方米/日污水处理厂。"
)


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "follow",
    [
        "目前，污水处理厂选址已确定，正在做项目环评，计划2019年底建成并投入运行。",
        "目前，可研报告通过了专家论证，预计2019年底前建成。",
    ],
)
def test_the_next_sentence_dates_a_promise(follow: str, script: str) -> None:
    _, tgt, _ = read_tables(_TWO_PROJECTS + follow, hant=script == "traditional")
    due = {float(v): pd.Timestamp(d) for v, d in zip(tgt["value"], tgt["deadline"], strict=True)}
    assert due[10000.0] == pd.Timestamp(2019, 12, 31)
    assert due[3.0] == pd.Timestamp(2018, 12, 31)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_next_sentence_with_its_own_figure_keeps_its_deadline(script: str) -> None:
    text = _TWO_PROJECTS + "另新建配套管网12公里，计划2019年底建成。"
    _, tgt, _ = read_tables(text, hant=script == "traditional")
    row = tgt[tgt["value"] == 10000.0]
    assert (
        row.empty
        or pd.isna(row["deadline"].iloc[0])
        or (pd.Timestamp(row["deadline"].iloc[0]) != pd.Timestamp(2019, 12, 31))
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_done_figure_takes_no_deadline_of_the_next_sentence(script: str) -> None:
    text = "全市已建成城镇污水处理厂3座。目前，正在开展提标改造前期工作，计划2019年底完成。"
    _, tgt, _ = read_tables(text, hant=script == "traditional")
    assert 3.0 not in {float(v) for v in tgt["value"]}
