"""read_report: the targets table — deadlines, and targets against outcomes (issue 13).

Classes: a date marked as a deadline by a weak word alone (于, 以前/之前) that was over when
the document was written dates an event or an era, not a deadline; a requirement followed
(按照《…》要求) promises nothing, however long the title; a plan's attribute (计划改造的56座)
promises nothing of the figures of later clauses; figures after a state found (但目前仍有…)
tell of that state.  Both scripts; controls that keep the promise.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.extract._periods import past_event
from envindicators.extract._roles import COMMITMENT

PUBLISHED = "2018-09-28"


def _read(text: str, published: str | None = PUBLISHED) -> tuple[pd.DataFrame, pd.DataFrame]:
    r = read_report(text, source="x.txt", published=published)
    return with_context(r), r.targets


def _written(df: pd.DataFrame) -> list[str]:
    return [str(v) for v in df["value_text"]]


# ------------------------------------------------------------ past events are no deadlines
@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        # 以前/之前: the era before the year, ending the year before it (period23)
        ("洪山泉2000年以前年平均流量约1立方米/秒，但近年来几近断流。", "约1立方米/秒", 1999),
        ("洪山泉2000年以前年平均流量約1立方米/秒，但近年來幾近斷流。", "約1立方米/秒", 1999),
        ("该泉1990年之前年均流量约3立方米/秒。", "约3立方米/秒", 1989),
        ("其中东于煤业于2016年投产，年产原煤120万吨。", "120万吨", 2016),
        ("该厂于2015年建成，日处理污水5万吨。", "5万吨", 2015),
        ("該廠於2015年建成，日處理污水5萬噸。", "5萬噸", 2015),
    ],
)
def test_a_past_date_marked_by_a_weak_word_is_a_period(text: str, figure: str, year: int) -> None:
    obs, tgt = _read(text)
    assert figure not in _written(tgt)
    row = obs[obs["value_text"] == figure]
    assert len(row) == 1
    assert pd.Timestamp(row["period_end"].iloc[0]).year == year


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        ("计划于2019年建成污水处理厂3座。", "3座", 2019),  # a future date
        ("计划于2017年建成污水处理厂3座。", "3座", 2017),  # a plan's past date
        ("该项目应于2016年以前完成治理项目11个。", "11个", 2016),  # an obligation
        ("到2016年完成治理项目11个。", "11个", 2016),  # 到: a deadline whatever its time
        ("2016年底前完成治理项目11个。", "11个", 2016),  # 底前
        ("2016年前完成治理項目11個。", "11個", 2016),  # 前
        ("该厂将于2020年建成，日处理污水5万吨。", "5万吨", 2020),
    ],
)
def test_deadlines_that_stay(text: str, figure: str, year: int) -> None:
    _, tgt = _read(text)
    row = tgt[tgt["value_text"] == figure]
    assert len(row) == 1
    assert pd.Timestamp(row["deadline"].iloc[0]).year == year


def test_without_the_time_of_writing_a_weak_deadline_is_kept() -> None:
    # nothing tells that 2015 was over: the date is read as before (no silent change)
    _, tgt = _read("该厂于2015年建成，日处理污水5万吨。", published=None)
    assert _written(tgt) == ["5万吨"]


_WEAK = st.sampled_from([("于", ""), ("", "以前"), ("", "之前"), ("於", ""), ("", "以前")])
_STRONG = st.sampled_from([("到", ""), ("至", ""), ("", "底前"), ("", "前"), ("", "年底前")])


@settings(max_examples=40, deadline=None)
@given(
    year=st.integers(1990, 2030),
    marker=st.one_of(_WEAK.map(lambda m: (*m, False)), _STRONG.map(lambda m: (*m, True))),
    promise=st.sampled_from(["", "计划", "要求", "确保", "力争"]),
)
def test_past_event_property(year: int, marker: tuple[str, str, bool], promise: str) -> None:
    before, after, strong = marker
    published = dt.date(2018, 9, 28)
    lead = f"该项目{promise}{before}"
    last = pd.Timestamp(year, 12, 31)
    got = past_event(lead, after + "完成", last, published)
    expected = not strong and last < pd.Timestamp(published) and not COMMITMENT.search(lead)
    assert got == expected
    assert not past_event(lead, after + "完成", last, None)  # no time of writing: never


# ------------------------------------------------------------ target or outcome
@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        (
            "按照《辽宁省控制污染排放许可制实施计划》要求，完成火电、水泥等14个行业457家重点企业"
            "许可证核发。",
            ["457家"],
        ),
        (
            "按照《遼寧省控制污染排放許可制實施計劃》要求，完成火電、水泥等14個行業457家重點企業"
            "許可證核發。",
            ["457家"],
        ),
        ("根据《水污染防治行动计划》的要求，完成黑臭水体整治25条。", ["25条"]),
        ("依照《大气污染防治行动计划实施细则》要求，淘汰燃煤小锅炉120台。", ["120台"]),
    ],
)
def test_a_requirement_followed_across_a_title_promises_nothing(
    text: str, outcomes: list[str]
) -> None:
    obs, tgt = _read(text)
    for figure in outcomes:
        assert figure in _written(obs)
        assert figure not in _written(tgt)


def test_a_requirement_followed_keeps_the_sentence_s_own_deadline() -> None:
    _, tgt = _read(
        "按照《辽宁省控制污染排放许可制实施计划》要求，到2020年完成457家重点企业许可证核发。"
    )
    assert _written(tgt) == ["457家"]
    assert pd.Timestamp(tgt["deadline"].iloc[0]).year == 2020


@pytest.mark.parametrize(
    ("text", "target", "outcome"),
    [
        ("计划提标改造的56座城镇污水处理厂，基本完成38座。", "56座", "38座"),
        ("計劃提標改造的56座城鎮污水處理廠，基本完成38座。", "56座", "38座"),
        ("拟关闭的养殖场已全部关闭，新建标准化养殖场200个。", None, "200个"),
        ("计划搬迁的企业搬迁工作基本完成，省级扶持的200个养殖场实施标准化改造。", None, "200个"),
    ],
)
def test_a_plan_s_attribute_promises_nothing_of_later_clauses(
    text: str, target: str | None, outcome: str
) -> None:
    obs, tgt = _read(text)
    assert outcome in _written(obs)
    assert outcome not in _written(tgt)
    if target is not None:  # the planned objects themselves stay the plan's figure
        assert target in _written(tgt)


@pytest.mark.parametrize(
    "text",
    [
        "计划完成污水管网改造，新建管网120公里。",  # a plan word, not an attribute
        "计划2019年底前完成的项目中，新建管网120公里。",  # its own deadline
    ],
)
def test_a_plan_word_that_is_no_attribute_still_promises(text: str) -> None:
    _, tgt = _read(text)
    assert "120公里" in _written(tgt)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "同煤集团11个污水治理项目应于2016年底前完成，但目前仍有8个未完工，导致每天约7.5万吨"
            "污水直排。",
            ["8个", "每天约7.5万吨"],
        ),
        (
            "同煤集團11個污水治理項目應於2016年底前完成，但目前仍有8個未完工，導致每天約7.5萬噸"
            "污水直排。",
            ["8個", "每天約7.5萬噸"],
        ),
        (
            "该市应于2017年底前关停燃煤锅炉50台，但至今尚有12台在用，年耗煤3万吨。",
            ["12台", "3万吨"],
        ),
    ],
)
def test_figures_after_a_state_found_tell_of_that_state(text: str, state: list[str]) -> None:
    obs, tgt = _read(text)
    for figure in state:
        assert figure in _written(obs)
        assert figure not in _written(tgt)
    assert len(tgt) == 1  # the deadline missed keeps its own figure a target
    assert pd.Timestamp(tgt["deadline"].iloc[0]).year in (2016, 2017)


# ------------------------------------------------------------ a yearly list under a span of years
@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "（一）全面核查核实2018—2020年省上下达我市城乡居民清洁能源改造4万余户、3万余户、"
            "2.5万户年度任务。",
            [2018, 2019, 2020],
        ),
        (
            "（一）全面核查核實2018—2020年省上下達我市城鄉居民清潔能源改造4萬余戶、3萬余戶、"
            "2.5萬戶年度任務。",
            [2018, 2019, 2020],
        ),
        ("2021—2023年分别完成造林1.2万亩、1.5万亩和2万亩。", [2021, 2022, 2023]),
        ("2021至2022年每年新建污水管网120公里、150公里。", [2021, 2022]),
    ],
)
def test_a_yearly_list_under_a_span_of_years(text: str, years: list[int]) -> None:
    _, tgt = _read(text, published="2020-07-30")
    assert [pd.Timestamp(d).year for d in tgt["deadline"]] == years
    assert tgt["note"].str.contains("yearly list").all()


@pytest.mark.parametrize(
    "text",
    [
        "到2021—2023年完成造林1.2万亩、1.5万亩。",  # two figures for three years
        "2021—2023年完成造林1.2万亩、1.5万亩和2万亩。",  # no word that makes them yearly
        "2021—2023年分别完成造林1.2万亩、新建管网1.5公里和2万亩。",  # not one list
    ],
)
def test_no_yearly_list_keeps_the_span_s_deadline(text: str) -> None:
    _, tgt = _read(text, published="2020-07-30")
    assert len(tgt) >= 2
    assert {pd.Timestamp(d).year for d in tgt["deadline"]} == {2023}


@settings(max_examples=12, deadline=None)
@given(
    first=st.integers(2016, 2030),
    n=st.integers(2, 5),
    extra=st.integers(-1, 1),
    word=st.sampled_from(["分别", "年度", "每年"]),
    join=st.sampled_from(["、", "和", "及"]),
)
def test_yearly_list_property(first: int, n: int, extra: int, word: str, join: str) -> None:
    k = max(1, n + extra)  # figures in the list
    figures = join.join(f"{10 + j}座" for j in range(k))
    text = f"{first}—{first + n - 1}年{word}新建污水处理厂{figures}。"
    _, tgt = _read(text, published="2015-06-30")
    got = [pd.Timestamp(d).year for d in tgt["deadline"]]
    if k == n:  # one figure per year: the k-th year for the k-th figure
        assert got == [first + j for j in range(n)]
    else:  # not one per year: every figure keeps the span's end
        assert set(got) <= {first + n - 1}
