"""The central inspections table and the period of problem statements (issue 13, insp21).

A rectification report quotes the inspection's findings (督察发现…, 截至督察进驻时…, the
problem paragraph of a numbered item): their figures are of the inspection's stationing —
its end, its start for ``进驻时``, the whole of it for what was handed over during it —
read from the document's own ``X督察组于A至B对Y开展…督察`` sentence, else from
``datasets/inspections.csv``.  A date written with the figure wins; the rectification's own
progress is not re-dated.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional

from envindicators import datasets, regions
from envindicators.extract import read_report
from envindicators.extract._inspections import (
    AT_END,
    AT_START,
    OVER_STATIONING,
    DocumentInspections,
    problem_spans,
    rounds_named,
    span_kind,
)
from envindicators.model.schema import INSPECTION_ROUNDS

TABLE = datasets.load("inspections")


# ---------------------------------------------------------------------------------------
# the table
# ---------------------------------------------------------------------------------------
def test_inspections_table_has_its_schema() -> None:
    assert list(TABLE.columns) == datasets.TABLES["inspections"].column_names
    assert set(TABLE["round"]) <= set(INSPECTION_ROUNDS)
    assert TABLE["url"].str.startswith("http").all()
    assert TABLE["accessed"].notna().all()


def test_one_row_per_region_round_and_batch() -> None:
    assert not TABLE.duplicated(["region", "round", "batch"]).any()
    ids = TABLE["round"] + "-" + TABLE["batch"].astype(str) + "-" + TABLE["region"]
    assert (TABLE["inspection_id"] == ids).all()


def test_dates_are_ordered() -> None:
    start, end, fed = TABLE["stationed_start"], TABLE["stationed_end"], TABLE["feedback_date"]
    assert not (start > end).fillna(False).any()
    assert not (end > fed).fillna(False).any()
    assert not (start > fed).fillna(False).any()
    # a stationing lasts about a month
    days = (end - start).dt.days.dropna()
    assert days.between(20, 45).all()


def test_regions_are_provinces_of_the_gazetteer() -> None:
    for name in set(TABLE["region"]):
        r = regions.resolve(name)
        assert r.level == "province"
        assert r.name == name


@pytest.mark.parametrize("rnd", ["first", "second"])
def test_rounds_one_and_two_cover_every_province(rnd: str) -> None:
    provinces = set(regions.gazetteer().query("level == 'province'")["name"])
    mainland = {p for p in provinces if regions.resolve(p).code[:2] not in ("71", "81", "82")}
    assert set(TABLE.loc[TABLE["round"] == rnd, "region"]) == mainland


def test_an_undated_row_says_why() -> None:
    undated = TABLE[TABLE["stationed_end"].isna()]
    assert undated["note"].str.contains("not found").all()


def test_rounds_follow_each_other_in_time() -> None:
    first = TABLE.groupby("round")["stationed_start"].min()
    dated = [first[r] for r in INSPECTION_ROUNDS if r in first and pd.notna(first[r])]
    assert dated == sorted(dated)


# ---------------------------------------------------------------------------------------
# the cues of a problem statement
# ---------------------------------------------------------------------------------------
#: A document of an inspection's rectification (the cues are read only in such a text).
HEAD = "中央生态环境保护督察反馈问题整改情况\n"
CUES = [
    ("截至督察进驻时，全省仍有225台燃煤锅炉未安装环保设施。", "225台", AT_START),
    ("进驻时仍有69台未淘汰整治。", "69台", AT_START),
    ("督察发现，全省仍有12家焦化企业超标排放。", "12家", AT_END),
    ("督察指出，全省有46个自然保护区存在违规项目。", "46个", AT_END),
    ("反馈意见指出，全省仍有8座矸石山未治理。", "8座", AT_END),
    ("经督察，该县仍有30家企业未安装治污设施。", "30家", AT_END),
    ("该工程应于2016年建成，但督察时仍有5个项目未开工。", "5个", AT_END),
    ("中央环境保护督察组交办的32批1050件群众举报环境问题逐件落实。", "1050件", OVER_STATIONING),
    ("督察期间受理群众举报600件。", "600件", OVER_STATIONING),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("sentence", "figure", "kind"), CUES)
def test_a_cue_marks_its_clause(sentence: str, figure: str, kind: str, script: str) -> None:
    text = HEAD + sentence
    text = text if script == "simplified" else to_traditional(text)
    fig = to_traditional(figure) if script == "traditional" else figure
    spans = problem_spans(text)
    assert span_kind(spans, text.index(fig)) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "全省已完成整改项目12个。",
        "省委第一生态环境保护督察组进驻时，全市有8家企业超标。",  # a province's own inspection
        "对环保大检查进行“回头看”，排查企业30家。",
        "根据安排，中央第五环境保护督察组督察进驻时间为1个月。",  # a duration, not 进驻时
        # a provincial inspection named earlier in the paragraph
        "对淄博等10市开展第一批省环境保护督察“回头看”。督察组向地方转办的9640件信访件已全部办结。",
    ],
)
def test_no_cue_no_problem_statement(sentence: str) -> None:
    text = HEAD + sentence
    spans = problem_spans(text)
    digits = next(i for i, c in enumerate(text) if c.isdigit())
    assert span_kind(spans, digits) is None


def test_what_was_done_with_the_handed_over_cases_is_not_of_the_stationing() -> None:
    text = (
        HEAD + "山西：督察组交办的3123件群众举报问题已基本办结，其中责令整改715家，立案处罚417家。"
    )
    spans = problem_spans(text)
    assert span_kind(spans, text.index("3123")) == OVER_STATIONING
    assert span_kind(spans, text.index("715")) is None
    assert span_kind(spans, text.index("417")) is None


def test_progress_after_the_cue_is_not_the_finding() -> None:
    text = "中央督察组交办的6991件群众信访投诉案件，已办结6591件。"
    spans = problem_spans(text)
    assert span_kind(spans, text.index("6991")) == OVER_STATIONING
    assert span_kind(spans, text.index("6591")) is None


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ("第二轮中央生态环境保护督察整改落实情况", {"second"}),
        ("第三輪中央生態環境保護督察", {"third"}),
        ("贯彻落实中央环境保护督察反馈意见整改方案", {"first"}),
        ("中央环境保护督察“回头看”反馈意见整改", {"first_review"}),
        ("中央生态环境保护督察反馈问题整改", set()),
        ("对交办问题进行“回头看”；中央环境保护督察整改", {"first"}),  # a province's own 回头看
        ("第一轮和第二轮中央生态环境保护督察", {"first", "second"}),
    ],
)
def test_rounds_named(text: str, rounds: set[str]) -> None:
    assert rounds_named(text) == rounds


# ---------------------------------------------------------------------------------------
# read_report
# ---------------------------------------------------------------------------------------
def _row(text: str, figure: str, **kw: object) -> pd.Series:
    r = read_report(text, **kw)  # type: ignore[arg-type]
    rows = r.observations[r.observations["value_text"].str.contains(figure, regex=False)]
    assert len(rows) == 1, r.observations[["value_text", "period_end"]]
    return rows.iloc[0]


STATED = (
    "山西省公开第二轮中央生态环境保护督察整改落实情况\n"
    "中央第一生态环境保护督察组于2021年4月7日至5月7日对山西省开展第二轮生态环境保护督察。\n"
    "督察发现，全省仍有12家焦化企业超标排放。目前已完成整改15家焦化企业。\n"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_document_stating_its_own_dates(script: str) -> None:
    text = STATED if script == "simplified" else to_traditional(STATED)
    row = _row(text, "12", region="山西省", published=dt.date(2023, 2, 24))
    assert row["period_end"] == pd.Timestamp(2021, 5, 7)


def test_the_progress_in_the_same_document_is_not_re_dated() -> None:
    row = _row(STATED, "15", region="山西省", published=dt.date(2023, 2, 24))
    assert row["period_end"] == pd.Timestamp(2023, 2, 24)  # as of publication, as before


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_document_relying_on_the_table(script: str) -> None:
    text = (
        "甘肃省贯彻落实中央生态环境保护督察反馈问题整改方案\n"
        "为全面整改落实中央第五生态环境保护督察组督察反馈意见，制定本方案。\n"
        "截至督察进驻时，全省仍有225台燃煤锅炉未安装环保设施。\n"
        "督察发现，全省仍有12家焦化企业超标排放。\n"
    )
    text = text if script == "simplified" else to_traditional(text)
    kw = {"region": "甘肃省", "published": dt.date(2020, 7, 30)}
    gansu = TABLE.set_index("inspection_id").loc["second-1-甘肃省"]
    start = _row(text, "225", **kw)
    end = _row(text, "12", **kw)
    assert start["period_end"] == gansu["stationed_start"]
    assert end["period_end"] == gansu["stationed_end"]
    assert not end["needs_review"] or "indicator" in str(end["note"])  # the group names it


def test_the_first_round_by_its_name_and_the_latest_before_publication() -> None:
    text = "山西省贯彻落实中央环境保护督察反馈意见整改情况\n经督察，全省仍有8座矸石山未治理。\n"
    row = _row(text, "8座", region="山西省", published=dt.date(2018, 9, 28))
    shanxi = TABLE.set_index("inspection_id").loc["first-3-山西省"]
    assert row["period_end"] == shanxi["stationed_end"] == pd.Timestamp(2017, 5, 28)


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("督察发现，2018年全省仍有12家焦化企业超标排放。", pd.Timestamp(2018, 12, 31)),
        ("督察發現，2016年全省仍有12家焦化企業超標排放。", pd.Timestamp(2016, 12, 31)),
    ],
)
def test_an_explicit_year_wins(sentence: str, end: pd.Timestamp) -> None:
    text = "山西省贯彻落实中央环境保护督察反馈意见整改情况\n" + sentence + "\n"
    row = _row(text, "12", region="山西省", published=dt.date(2018, 9, 28))
    assert row["period_end"] == end


def test_several_rounds_named_is_flagged() -> None:
    text = (
        "山西省整改情况\n第一轮和第二轮中央生态环境保护督察反馈问题整改。\n"
        "督察发现，全省仍有12家焦化企业超标排放。\n"
    )
    row = _row(text, "12", region="山西省", published=dt.date(2023, 2, 24))
    assert row["needs_review"]
    assert "several rounds" in str(row["note"])


def test_no_round_and_no_date_leaves_it_undated() -> None:
    text = (
        "山西省整改情况\n中央生态环境保护督察反馈问题整改。\n"
        "督察发现，全省仍有12家焦化企业超标排放。\n"
    )
    insp = DocumentInspections(text, None)
    stationing, why = insp.stationing("山西省")
    assert stationing is None
    assert why


def test_a_yearless_stated_range_takes_its_batch_year() -> None:
    text = "7月14日至8月14日，中央第四环境保护督察组对江西开展了环境保护督察。"
    insp = DocumentInspections("贯彻落实中央环境保护督察反馈意见整改方案\n" + text, None)
    stationing, _ = insp.stationing("江西省")
    assert stationing is not None
    assert stationing.stated
    assert stationing.end == pd.Timestamp(2016, 8, 14)


# ---------------------------------------------------------------------------------------
# property: a generated problem paragraph of any dated inspection gives its stationing end
# ---------------------------------------------------------------------------------------
_ROUND_WORDS = {
    "first": "第一轮中央环境保护督察",
    "first_review": "中央环境保护督察“回头看”",
    "second": "第二轮中央生态环境保护督察",
    "third": "第三轮中央生态环境保护督察",
}
DATED = TABLE[TABLE["stationed_end"].notna()].reset_index(drop=True)


@settings(max_examples=25, deadline=None)
@given(
    i=st.integers(0, len(DATED) - 1),
    n=st.integers(2, 900),
    cue=st.sampled_from(["督察发现，", "反馈意见指出，", "经督察，", ""]),
    traditional=st.booleans(),
)
def test_a_problem_paragraph_gives_the_stationing_end(
    i: int, n: int, cue: str, traditional: bool
) -> None:
    row = DATED.iloc[i]
    region = str(row["region"])
    words = _ROUND_WORDS[str(row["round"])]
    body = f"{cue}全省仍有{n}家焦化企业超标排放。"
    if cue:
        text = f"{region}贯彻落实{words}反馈意见整改情况\n{body}\n"
    else:  # a numbered item's problem paragraph, then its status line
        text = (
            f"{region}贯彻落实{words}反馈意见整改情况\n一、{body}\n"
            "整改进展情况：已完成整改，正在巩固成效。\n"
        )
    if traditional:
        text = to_traditional(text)
    published = (pd.Timestamp(row["stationed_end"]) + pd.Timedelta(days=90)).date()
    r = read_report(text, region=region, published=published)
    obs = r.observations[r.observations["number"] == n]
    assert len(obs) == 1
    assert obs.iloc[0]["period_end"] == row["stationed_end"]
