"""Which dates date which figures, and which figures are no rows (issue 13, branch prec13)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.extract._roles import title_spans
from envindicators.extract._scope import inheritable_dates, passed_before, plan_title_dates

PUBLISHED = "2018-09-28"


def _obs(text: str, published: str | None = PUBLISHED) -> pd.DataFrame:
    return with_context(read_report(text, source="x.txt", published=published))


# ---------------------------------------------------------------------------------------
# A date inside the title of a plan or notice names the document: it dates no figure
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "吕梁市制定《吕梁市水污染防治2017年行动计划》，新建污水管网86.46公里。",
        "呂梁市制定《呂梁市水污染防治2017年行動計劃》，新建污水管網86.46公里。",
        "临汾市印发《临汾市地表水环境综合整治实施方案（2017-2020）》，目前市区污水处理率已达到90%以上。",
        "臨汾市印發《臨汾市地表水環境綜合整治實施方案（2017-2020）》，目前市區污水處理率已達到90%以上。",
        "山西省印发《山西生态省建设规划纲要（2021-2030年）》，全省新建污水管网120公里。",
    ],
)
def test_a_plan_title_date_dates_no_figure(text: str) -> None:
    o = _obs(text)
    assert len(o) == 1
    row = o.iloc[0]
    assert row["period_end"] == pd.Timestamp(PUBLISHED)  # as of the publication, unsure
    assert pd.isna(row["period_start"])
    assert row["confidence"] != "high"


@pytest.mark.parametrize(
    "text",
    [
        "环境保护部发布《2016年中国环境状况公报》，全国PM2.5浓度为47微克/立方米。",
        "環境保護部發布《2016年中國環境狀況公報》，全國PM2.5濃度為47微克/立方米。",
    ],
)
def test_a_bulletin_title_year_still_dates_its_figures(text: str) -> None:
    o = _obs(text)
    assert o["period_end"].tolist() == [pd.Timestamp(2016, 12, 31)]


def test_plan_title_dates_flags_only_dates_inside_plan_titles() -> None:
    text = "2019年，印发《某市2018年行动方案》和《2018年环境状况公报》。"
    dates = pd.DataFrame(
        {"start": [0, text.index("2018年行动"), text.index("2018年环境")], "end": [5, 0, 0]}
    )
    dates["end"] = dates["start"] + 5
    assert plan_title_dates(dates, title_spans(text), text).tolist() == [False, True, False]
    assert not plan_title_dates(dates.iloc[:0], title_spans(text), text).any()


# ---------------------------------------------------------------------------------------
# The day of one event dates its own sentence, not the figures of later sentences
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "event",
    [
        "2018年4月26日，省委召开了整改工作调度会。",
        "2018年4月26日，省委召開了整改工作調度會。",
        "8月8日，平遥县污水处理厂提标改造工程已建成调试运行。",
        "新华社太原8月8日电 山西省召开会议部署整改工作。",
    ],
)
def test_an_event_day_is_not_inherited(event: str) -> None:
    o = _obs(event + "全省向责任单位下发督办单107个。")
    row = o[o["value_text"] == "107个"].iloc[0]
    assert row["period_end"] == pd.Timestamp(PUBLISHED)
    assert row["confidence"] != "high"


@pytest.mark.parametrize("as_of", ["截至2018年6月30日", "截止2018年6月30日"])
def test_a_day_stated_as_of_is_inherited(as_of: str) -> None:
    o = _obs(f"{as_of}，全省PM2.5浓度为40微克/立方米。全省PM10浓度为70微克/立方米。")
    assert o["period_end"].tolist() == [pd.Timestamp(2018, 6, 30)] * 2


def test_a_year_or_month_of_an_earlier_sentence_is_inherited() -> None:
    o = _obs("2017年全省空气质量持续改善，优良天数比例为74.5%；PM2.5浓度为38微克/立方米。")
    assert o["period_end"].tolist() == [pd.Timestamp(2017, 12, 31)] * 2
    o = _obs("1—11月，全省PM2.5浓度为40微克/立方米。全省PM10浓度为70微克/立方米。")
    # by the publication year alone: the last 1—11月 over by then
    assert o["period_end"].tolist() == [pd.Timestamp(2017, 11, 30)] * 2


def test_inheritable_dates_keeps_all_but_event_days() -> None:
    text = "2017年，甲。8月8日，乙。截至2018年6月30日，丙。2018年4月26日，丁。"
    starts = [text.index(w) for w in ("2017年", "8月8日", "2018年6月30日", "2018年4月26日")]
    written = ["2017年", "8月8日", "2018年6月30日", "2018年4月26日"]
    dates = pd.DataFrame({"start": starts, "text": written})
    assert inheritable_dates(text, dates)["text"].tolist() == ["2017年", "2018年6月30日"]
    assert inheritable_dates(text, dates.iloc[:0]).empty


# ---------------------------------------------------------------------------------------
# Property: a clause's own date, else the nearest enclosing one
# ---------------------------------------------------------------------------------------
SENTENCE = st.one_of(
    st.tuples(st.just("own"), st.integers(2010, 2020)),
    st.tuples(st.just("bare"), st.just(0)),
    st.tuples(st.just("event"), st.tuples(st.integers(1, 12), st.integers(1, 28))),
)


@settings(max_examples=30, deadline=None)
@given(
    heading=st.integers(2010, 2020),
    sentences=st.lists(SENTENCE, min_size=1, max_size=6),
    traditional=st.booleans(),
)
def test_every_figure_takes_its_own_date_else_the_nearest_enclosing_one(
    heading: int, sentences: list[tuple[str, object]], traditional: bool
) -> None:
    words = ("濃度為", "召開會議研究部署") if traditional else ("浓度为", "召开会议研究部署")
    parts, expected = [], []
    enclosing = heading  # the heading's year, until a sentence names its own
    for i, (kind, arg) in enumerate(sentences):
        value = 101 + i  # distinct figures: no repeat is merged
        if kind == "own":
            parts.append(f"{arg}年，全省PM2.5{words[0]}{value}微克/立方米。")
            enclosing = int(str(arg))
            expected.append(enclosing)
        elif kind == "bare":
            parts.append(f"全省PM2.5{words[0]}{value}微克/立方米。")
            expected.append(enclosing)
        else:
            month, day = arg  # type: ignore[misc]
            parts.append(f"{month}月{day}日，省政府{words[1]}。")
    text = f"全省生态环境工作情况\n{heading}年主要指标\n" + "".join(parts)
    o = read_report(text, source="x.txt", published="2021-06-30").observations
    o = o[o["kind"] == "level"]
    assert [ts.year for ts in o["period_end"]] == expected
    assert (o["period_end"] == [pd.Timestamp(y, 12, 31) for y in expected]).all()


# ---------------------------------------------------------------------------------------
# No row for a figure that is part of a title, a document number or a range's end
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "印发《山西省打赢蓝天保卫战三年行动计划（2018—2020年）》（晋政发〔2018〕30号），"
        "全省关停企业10—15家，PM2.5浓度为45微克/立方米。",
        "印發《山西省打贏藍天保衛戰三年行動計劃（2018—2020年）》（晉政發〔2018〕30號），"
        "全省關停企業10—15家，PM2.5濃度為45微克/立方米。",
        "依据《关于印发第二轮中央生态环境保护督察整改方案的通知》（环督察〔2021〕12号）"
        "和《“十四五”生态环境保护规划》，全省整治5至8个工业园区，PM10浓度为70微克/立方米。",
    ],
)
def test_no_row_from_a_title_a_document_number_or_a_range_end(text: str) -> None:
    r = read_report(text, source="x.txt", published=PUBLISHED)
    rows = pd.concat([with_context(r), r.targets], ignore_index=True)
    written = set(rows["value_text"].astype(str))
    for part in ("30号", "30號", "12号", "2018", "2020年", "15家", "8个", "三年", "十四五"):
        assert part not in written
    titles = title_spans(text)
    numbers = [(m, m + 12) for m in (text.find("〔"),) if m >= 0]
    for p in r.provenance.itertuples():
        assert not any(a <= p.start < b for a, b in titles.tolist() + numbers)
    assert {"45微克/立方米", "70微克/立方米"} & written  # the measurement is kept


# ---------------------------------------------------------------------------------------
# A figure reported in the perfective is done: no target by a deadline of its paragraph
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "table"),
    [
        ("全市实施了42处排污口截污纳管工程。", "observations"),
        ("全市實施了42處排污口截污納管工程。", "observations"),
        ("全市完成了42处排污口整治。", "observations"),
        ("北京确定了PM2.5浓度下降25%的目标。", "targets"),  # the target it set
        ("北京確定了PM2.5濃度下降25%的目標。", "targets"),
    ],
)
def test_a_perfective_clause_reports_what_was_done(sentence: str, table: str) -> None:
    text = "全市力争2018年12月底前完成截污纳管任务。" + sentence  # the paragraph's deadline
    r = read_report(text, source="x.txt", published=PUBLISHED)
    figure = "25%" if "25%" in sentence else "42"
    other = "targets" if table == "observations" else "observations"
    assert getattr(r, table)["value_text"].astype(str).str.contains(figure).any()
    assert not getattr(r, other)["value_text"].astype(str).str.contains(figure).any()


# ---------------------------------------------------------------------------------------
# A deadline of another sentence, over at publication, makes no target
# ---------------------------------------------------------------------------------------
PAST = "要求2014年10月底前完成截污工程。"


@pytest.mark.parametrize(
    ("text", "published", "table"),
    [
        (
            "要求2014年10月底前完成截污工程。市区每天约1.5万吨污水排入汾河。",
            "2018-09-28",
            "observations",
        ),
        (
            "要求2014年10月底前完成截污工程。市區每天約1.5萬噸污水排入汾河。",
            "2018-09-28",
            "observations",
        ),
        (
            "要求2019年10月底前完成截污工程。市区每天约1.5万吨污水排入汾河。",
            "2018-09-28",
            "targets",
        ),
        ("要求2014年10月底前完成截污工程。市区每天约1.5万吨污水排入汾河。", None, "targets"),
        ("市区每天约1.5万吨污水应于2014年10月底前全部截流。", "2018-09-28", "targets"),  # its own
    ],
)
def test_a_paragraph_deadline_over_at_publication_makes_no_target(
    text: str, published: str | None, table: str
) -> None:
    r = read_report(text, source="x.txt", published=published)
    other = "targets" if table == "observations" else "observations"
    assert getattr(r, table)["value_text"].astype(str).str.contains("1.5").any()
    assert not getattr(r, other)["value_text"].astype(str).str.contains("1.5").any()


def test_passed_before_compares_the_last_day_with_the_publication() -> None:
    d = pd.DataFrame({"last_day": [pd.Timestamp(2014, 10, 31)]})
    assert passed_before(d, dt.date(2018, 9, 28))
    assert not passed_before(d, dt.date(2014, 10, 31))
    assert not passed_before(d, None)
    assert not passed_before(d.iloc[:0], dt.date(2018, 9, 28))
    assert not passed_before(pd.DataFrame({"last_day": [pd.NaT]}), dt.date(2018, 9, 28))
