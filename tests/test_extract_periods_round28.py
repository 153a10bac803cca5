"""The time of a figure the text fixes elsewhere, second round (period28, issue 13).

Hand check 17's period class: figures left undated where the text writes their time in
another paragraph or sentence.  Rules of :mod:`envindicators.extract._periods`, both
scripts:

* a paragraph opening with ``其中，`` ("of these") breaks down the paragraph before it and
  takes the date of its tally, flagged, when nothing nearer dates its figures
  (:func:`~envindicators.extract._periods.tally_paragraph`, period26's breakdown rule);
* a target its clause reports met (``超额完成…下降4%的改善目标``) with no deadline written
  is due at the end of the period its figures are of, flagged
  (:func:`~envindicators.extract._periods.met_over_period`);
* a sentence opening with ``进驻期间，`` is over the stationing the text wrote before as a
  range of days in a sentence saying 进驻, flagged
  (:func:`~envindicators.extract._periods.stationing_span`).
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import written_row
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._periods import met_over_period, stationing_span, tally_paragraph
from envindicators.extract._reader import _dates


def _rows(text: str, table: str = "observations") -> pd.DataFrame:
    return getattr(read_report(text), table)


#: The one row whose figure as written holds ``number`` as given (not either script's).
_row = partial(written_row, contains=True)


def _end(rows: pd.DataFrame, number: str) -> pd.Timestamp | None:
    end = _row(rows, number)["period_end"]
    return None if pd.isna(end) else pd.Timestamp(end)


# --- a paragraph of 其中 breaks down the paragraph before it ---------------------------

_SEASON = (
    "2月22日，生态环境部通报了重点区域空气质量改善情况。2019年10月—2020年3月，重点区域"
    "细颗粒物(PM2.5)平均浓度同比下降14.9%。\n\n"
    "{head}京津冀及周边地区PM2.5平均浓度为70微克/立方米，同比下降13.6%。\n"
)


@pytest.mark.parametrize("head", ["其中，", "其中,", "其中：", "  其中:"])
@pytest.mark.parametrize("trad", [False, True])
def test_a_paragraph_of_its_parts_takes_the_date_before(head: str, trad: bool) -> None:
    text = _SEASON.format(head=head)
    o = _rows(to_traditional(text) if trad else text)
    for number in ("70", "13.6%"):
        assert _end(o, number) == pd.Timestamp("2020-03-31")
        assert pd.Timestamp(_row(o, number)["period_start"]) == pd.Timestamp("2019-10-01")
        assert bool(_row(o, number)["needs_review"])  # carried from another paragraph


@pytest.mark.parametrize(
    "text",
    [
        "截至2023年6月底，全省共立案查处环境违法案件850起。\n其中，实施按日计罚11起。\n",
        "2022年，全省空气质量优良天数比例为85.2%。\n\n其中:设区城市平均为84.0%。\n",
        "第二批督察于2017年4月24日进驻，受理举报3500件。\n其中，水污染问题800件。\n",
    ],
)
def test_parts_in_other_sentences(text: str) -> None:
    ps = text.index("其中")
    assert tally_paragraph(text, ps) == 0
    assert tally_paragraph(to_traditional(text), ps) == 0


@pytest.mark.parametrize(
    "text",
    [
        # 其中 inside a sentence, not opening its paragraph: the paragraph is no breakdown
        "2022年全省立案850起。\n今年全省立案查处案件120起，其中按日计罚11起。\n",
        # a word that begins with 其 but is not 其中
        "2022年全省立案850起。\n其他地区立案120起。\n",
        # 其中 without its comma or colon opens a sentence of its own subject
        "2022年全省立案850起。\n其中原因是监管不力。\n",
    ],
)
def test_no_part_paragraph(text: str) -> None:
    ps = text.rindex("\n", 0, len(text) - 1) + 1
    assert tally_paragraph(text, ps) is None


def test_parts_of_an_undated_paragraph_stay_empty() -> None:
    text = (
        "全省共立案查处环境违法案件850起，罚款9013万元。\n"
        "其中，实施按日计罚11起，罚款金额3555万元。\n"
    )
    o = _rows(text)
    assert _end(o, "3555") is None


def test_parts_with_a_date_of_their_own_keep_it() -> None:
    text = (
        "2022年，全省共立案查处环境违法案件850起。\n"
        "其中，2021年实施按日计罚11起，罚款金额3555万元。\n"
    )
    o = _rows(text)
    assert _end(o, "3555") == pd.Timestamp("2021-12-31")


@settings(max_examples=10, deadline=None)
@given(
    year=st.integers(2015, 2024),
    last=st.integers(2, 12),
    trad=st.booleans(),
)
def test_parts_property(year: int, last: int, trad: bool) -> None:
    text = (
        f"生态环境部发布通报。{year}年1—{last}月，全国地级及以上城市PM2.5平均浓度为"
        "30微克/立方米。\n其中，京津冀地区PM2.5平均浓度为45微克/立方米。\n"
    )
    o = _rows(to_traditional(text) if trad else text)
    assert _end(o, "45") == pd.Timestamp(year, last, 1) + pd.offsets.MonthEnd(0)


# --- a target reported met over a period is due at the period's end ------------------


def _met(text: str, number: str) -> bool:
    s = text.index(number)
    e = s + len(number)
    breaks = "，,。；;：:"
    cs = max(text.rfind(b, 0, s) for b in breaks) + 1
    ce = min((i for i in (text.find(b, e) for b in breaks) if i >= 0), default=len(text))
    return met_over_period(text, cs, s, e, ce)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("全区超额完成PM2.5平均浓度同比下降4%、重污染天数同比减少6%的改善目标。", "4%"),
        ("全区超额完成PM2.5平均浓度同比下降4%、重污染天数同比减少6%的改善目标。", "6%"),
        ("全州优良率99.5%，圆满完成省下达的98.6%和州自定的99%的目标任务。", "98.6%"),
        ("化学需氧量排放量下降3.2%，全面完成下降2.5%的年度目标。", "2.5%"),
        ("县城污水处理率达到95%，实现了不低于90%的目标。", "90%"),
        ("重点区域已完成削减5万吨的减排目标。", "5"),
    ],
)
@pytest.mark.parametrize("trad", [False, True])
def test_a_target_reported_met(text: str, number: str, trad: bool) -> None:
    if trad:
        text = to_traditional(text)
    assert _met(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("全区未完成PM2.5平均浓度下降4%的改善目标。", "4%"),  # not met
        ("全区没有完成PM2.5平均浓度下降4%的改善目标。", "4%"),
        ("16座难以实现达到90%的目标。", "90%"),
        ("今年有机会达成15.7微克/立方米的目标。", "15.7"),  # a chance
        ("确保完成PM2.5浓度下降4%的目标。", "4%"),  # a promise: its own date decides
        ("计划实现削减5万吨的减排目标。", "5万吨"),
        ("为实现下降4%的目标，全市关停企业30家。", "4%"),  # a purpose
        ("全区完成PM2.5浓度下降4%，空气质量改善。", "4%"),  # no target named
        ("目标为下降4%，已完成。", "4%"),  # the verb after the figure
        ("全区完成治理工程，下降4%的目标仍需努力。", "4%"),  # another clause
    ],
)
def test_no_target_reported_met(text: str, number: str) -> None:
    assert not _met(text, number)


_MET_TEXT = (
    "生态环境部通报了重点区域空气质量改善情况。{date}，重点区域PM2.5平均浓度为46微克/立方米，"
    "超额完成PM2.5平均浓度同比下降4%的改善目标。\n"
)


@pytest.mark.parametrize(
    ("date", "due"),
    [
        ("2019年10月—2020年3月", "2020-03-31"),
        ("2021年", "2021-12-31"),
        ("2018年上半年", "2018-06-30"),
    ],
)
@pytest.mark.parametrize("trad", [False, True])
def test_the_met_target_is_due_at_the_periods_end(date: str, due: str, trad: bool) -> None:
    text = _MET_TEXT.format(date=date)
    t = _rows(to_traditional(text) if trad else text, "targets")
    row = _row(t, "4%")
    assert pd.Timestamp(row["deadline"]) == pd.Timestamp(due)
    assert bool(row["needs_review"])


@pytest.mark.parametrize("date", ["截至2020年3月底", "2016年以来", "截至目前"])
def test_no_deadline_from_a_point_or_a_span_to_now(date: str) -> None:
    t = _rows(_MET_TEXT.format(date=date), "targets")
    assert t["deadline"].isna().all()  # a target row, if any, is due at no such point


def test_a_written_deadline_wins() -> None:
    text = "2021年，全市PM2.5平均浓度为36微克/立方米，提前完成到2022年下降4%的改善目标。\n"
    t = _rows(text, "targets")
    assert pd.Timestamp(_row(t, "4%")["deadline"]) == pd.Timestamp("2022-12-31")


# --- 进驻期间 refers to the stationing written before --------------------------------

_STATIONED_TEXT = (
    "经党中央、国务院批准，第二批督察组于{span}陆续对10个省份实施督察进驻。\n"
    "{during}督察组共计走访问询有关部门和单位80个，调阅资料18661份。\n"
)


@pytest.mark.parametrize(
    ("span", "first", "last"),
    [
        ("2018年10月30日至11月6日", "2018-10-30", "2018-11-06"),
        ("2021年4月7日—5月7日", "2021-04-07", "2021-05-07"),
        ("2019年12月4日至2020年1月4日", "2019-12-04", "2020-01-04"),
    ],
)
@pytest.mark.parametrize("during", ["进驻期间，", "督察进驻期间,", "各督察组进驻期间，"])
@pytest.mark.parametrize("trad", [False, True])
def test_during_the_stationing(span: str, first: str, last: str, during: str, trad: bool) -> None:
    text = _STATIONED_TEXT.format(span=span, during=during)
    o = _rows(to_traditional(text) if trad else text)
    for number in ("80", "18661"):
        row = _row(o, number)
        assert pd.Timestamp(row["period_start"]) == pd.Timestamp(first)
        assert pd.Timestamp(row["period_end"]) == pd.Timestamp(last)
        assert bool(row["needs_review"])


@pytest.mark.parametrize(
    ("text", "during"),
    [
        # the span's sentence says nothing of a stationing
        ("2018年10月30日至11月6日，全省开展专项执法检查。进驻期间，共约谈80人。", "进驻期间"),
        # a span of years is no stationing
        ("督察组于2016年至2018年分三批进驻。进驻期间，共约谈80人。", "进驻期间"),
        # 进驻期间 names which items, not the time of the sentence
        ("督察组于2018年10月30日至11月6日进驻。进驻期间移交的80件已办结。", "进驻期间"),
        # no comma: a modifier of a noun
        ("督察组于2018年10月30日至11月6日进驻。进驻期间的举报80件已办结。", "进驻期间"),
        # the stationing is written after the sentence
        ("进驻期间，共约谈80人。督察组于2018年10月30日至11月6日进驻。", "进驻期间"),
    ],
)
def test_no_stationing_referred_to(text: str, during: str) -> None:
    d = _dates(text, None)
    d = d[d["role"] == "period"]
    assert stationing_span(text, d, text.index(during)) is None


def test_the_sentences_own_date_wins() -> None:
    text = _STATIONED_TEXT.format(
        span="2018年10月30日至11月6日", during="进驻期间，截至2018年11月3日，"
    )
    o = _rows(text)
    assert _end(o, "80") == pd.Timestamp("2018-11-03")


def test_no_stationing_written_stays_as_before() -> None:
    text = "中央第四督察组进驻重庆。\n进驻期间，重庆累计收到督察组交办群众投诉3849件。\n"
    o = _rows(text)
    assert _end(o, "3849") is None
