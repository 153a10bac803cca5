"""gold44 (issue 13): a figure stated in a report's summary and again, undated, in its text.

A report that opens with a summary (``2017年，全省…完成人工造林130万亩``) and then gives its
full text (``…完成人工造林130万亩``, no year written) states one fact twice: ``read_report``
writes one row, the dated statement's, and the restatement's place goes to
``ReportTables.unread`` with the reason ``stated again without its date``
(``_roles.repeats``, ``_reader._without_repeats``) — the figure is not lost, nor counted
twice.  Two years' figures, two places' figures and a part equal to its whole stay two rows.
The gold's ``000-O243`` (59 projects, in the summary's 2017 paragraph) takes the summary's
year, as ``000-O239``–``O242`` of the same paragraph do.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.scripts import to_traditional

from envindicators import datasets
from envindicators.extract import ReportTables, read_report
from envindicators.extract._roles import repeats
from envindicators.units import to_simplified

PUBLISHED = "2018-09-28"
AGAIN = "stated again without its date"


def _read(text: str, hant: bool) -> ReportTables:
    return read_report(to_traditional(text) if hant else text, source="x.txt", published=PUBLISHED)


def _rows(frame: pd.DataFrame, written: str) -> pd.DataFrame:
    return frame[frame["value_text"].astype(str).map(to_simplified) == written]


# (text, figure, indicator, the dated statement's year)
RESTATED = [
    (  # a summary, then the full text without the year
        "辽宁省整改情况\n一、总体情况\n2017年，全省完成人工造林130万亩、封山育林83万亩。\n\n"
        "二、具体情况\n\n以辽西北为重点，实施三北防护林工程，完成人工造林130万亩、封山育林83万亩。\n",
        "130万亩",
        "afforestation_area",
        2017,
    ),
    (  # the second member of the same list
        "辽宁省整改情况\n一、总体情况\n2017年，全省完成人工造林130万亩、封山育林83万亩。\n\n"
        "二、具体情况\n\n以辽西北为重点，实施三北防护林工程，完成人工造林130万亩、封山育林83万亩。\n",
        "83万亩",
        "forest_closure_area",
        2017,
    ),
    (  # the undated statement first, the dated one after it: the dated one is kept
        "山西省整改情况\n一、工作进展\n全省关闭退出煤矿27座，退出产能2325万吨。\n\n"
        "二、年度情况\n\n2017年，全省关闭退出煤矿27座，退出产能2325万吨。\n",
        "27座",
        "coal_mines_closed",
        2017,
    ),
    (
        "辽宁省整改情况\n一、总体情况\n2016年，全省淘汰黄标车及老旧车14.5万辆。\n\n"
        "二、大气污染防治\n\n加快机动车污染治理，全省淘汰黄标车及老旧车14.5万辆。\n",
        "14.5万辆",
        "vehicles_retired",
        2016,
    ),
]


@pytest.mark.parametrize("hant", [False, True], ids=["hans", "hant"])
@pytest.mark.parametrize(
    ("text", "figure", "code", "year"),
    RESTATED,
    ids=["summary-first", "summary-second-member", "undated-first", "vehicles"],
)
def test_a_figure_restated_without_its_date_is_one_row(
    text: str, figure: str, code: str, year: int, hant: bool
) -> None:
    r = _read(text, hant)
    rows = _rows(r.observations, figure)
    assert len(rows) == 1, r.observations[["value_text", "indicator", "period_end"]]
    row = rows.iloc[0]
    assert row["indicator"] == code
    assert pd.Timestamp(row["period_start"]) == pd.Timestamp(year, 1, 1)
    assert pd.Timestamp(row["period_end"]) == pd.Timestamp(year, 12, 31)
    # the restatement is not lost: its place is in unread, naming the row kept
    again = _rows(r.unread.rename(columns={"text": "value_text"}), figure)
    assert len(again) == 1, r.unread
    assert AGAIN in again.iloc[0]["reason"]
    assert str(row["obs_id"]) in again.iloc[0]["reason"]
    dated, undated = sorted(
        [int(again.iloc[0]["start"]), *r.provenance.set_index("id").loc[[row["obs_id"]], "start"]]
    )
    assert dated != undated


# (text, figure, how many rows stay, why)
APART = [
    (
        "辽宁省整改情况\n2016年，全省完成人工造林130万亩。\n\n2017年，全省完成人工造林130万亩。\n\n"
        "二、具体情况\n\n全省完成人工造林130万亩。\n",
        "130万亩",
        3,  # two years' same value: which one the undated figure restates is not told
    ),
    (
        "辽宁省整改情况\n一、总体情况\n2017年，沈阳市完成人工造林5万亩。\n\n二、具体情况\n\n"
        "大连市完成人工造林5万亩。\n",
        "5万亩",
        2,  # two places' same value
    ),
    (
        "辽宁省整改情况\n一、总体情况\n2017年，全省完成人工造林130万亩。\n\n二、具体情况\n\n"
        "全省各项工程中，其中，三北防护林工程完成人工造林130万亩。\n",
        "130万亩",
        2,  # a part equal to its whole
    ),
    (
        "辽宁省整改情况\n一、总体情况\n2017年，全省完成人工造林130万亩。\n\n二、具体情况\n\n"
        "全省完成封山育林130万亩。\n",
        "130万亩",
        2,  # another measure of the same value
    ),
]


@pytest.mark.parametrize("hant", [False, True], ids=["hans", "hant"])
@pytest.mark.parametrize(
    ("text", "figure", "n"),
    APART,
    ids=["two-years", "two-places", "part-equal-to-whole", "another-measure"],
)
def test_figures_of_two_facts_stay_two_rows(text: str, figure: str, n: int, hant: bool) -> None:
    r = _read(text, hant)
    assert len(_rows(r.observations, figure)) == n, r.observations[
        ["value_text", "region", "indicator", "period_end"]
    ]
    assert not r.unread["reason"].astype(str).str.contains(AGAIN).any()


@pytest.mark.parametrize("hant", [False, True], ids=["hans", "hant"])
def test_two_dated_statements_of_one_year_stay_one_row_as_before(hant: bool) -> None:
    text = (
        "辽宁省整改情况\n一、总体情况\n2017年，全省完成人工造林130万亩。\n\n二、具体情况\n\n"
        "2017年，全省完成人工造林130万亩。\n"
    )
    r = _read(text, hant)
    assert len(_rows(r.observations, "130万亩")) == 1
    reasons = r.unread["reason"].astype(str)
    assert reasons.str.contains("(stated again)", regex=False).sum() == 1


def test_repeats_keeps_the_dated_statement_whatever_the_ranks() -> None:
    text = "全文：完成人工造林130万亩。摘要：2017年，完成人工造林130万亩。"
    starts = [text.index("130万亩"), text.rindex("130万亩")]
    spans = [(s, s + 5) for s in starts]
    base = {"indicator": "afforestation_area", "value_text": "130万亩", "unit_written": "亩"}
    rows = [{**base, "period_end": "2018-09-28"}, {**base, "period_end": "2017-12-31"}]
    key, period = ("indicator", "period_end"), ("period_end",)
    # the undated row is surer by rank, yet the dated one is kept
    assert repeats(rows, spans, text, key, [2, 1], [True, False], period) == [1, None]
    # without the undated flag the rows are two periods: two facts
    assert repeats(rows, spans, text, key, [2, 1]) == [None, None]


def test_repeats_needs_words_before_the_figure_to_join_an_undated_row() -> None:
    # a bare count opening its sentence (``8省(区)高度重视…``): its words are too few
    text = "2017年8月，8省开展督察。8省高度重视。"
    starts = [text.index("8省"), text.rindex("8省")]
    spans = [(s, s + 2) for s in starts]
    base = {"indicator": "x", "value_text": "8省", "unit_written": "省"}
    rows = [{**base, "period_end": "2017-08-31"}, {**base, "period_end": "2017-12-22"}]
    same = repeats(rows, spans, text, ("indicator", "period_end"), [1, 1], [False, True],
                   ("period_end",))  # fmt: skip
    assert same == [None, None]


# ----------------------------------------------------------------------------- the gold


def test_the_gold_dates_the_summary_paragraphs_figures_alike() -> None:
    obs = datasets.load("observations").set_index("obs_id")
    for obs_id in ("000-O239", "000-O240", "000-O241", "000-O242", "000-O243"):
        row = obs.loc[obs_id]
        assert "stated in both the summary and the full report" in str(row["note"])
        assert row["period_start"] == pd.Timestamp("2017-01-01"), obs_id
        assert row["period_end"] == pd.Timestamp("2017-12-31"), obs_id
        assert row["period_text"] == "2017年"


def test_the_bundled_report_writes_each_restated_figure_once() -> None:
    docs = datasets.load("documents").set_index("source")
    source = "000_72db18747bb7c34f.txt"
    r = read_report(
        datasets.source_text(source),
        source=source,
        published=pd.Timestamp(docs.loc[source, "published"]).date(),
    )
    obs = r.observations
    for written, code in (
        ("130万亩", "afforestation_area"),
        ("83万亩", "forest_closure_area"),
        ("90万亩", "forest_tending_area"),
        ("5500亩", "desertification_control_area"),
    ):
        rows = obs[(obs["value_text"] == written) & (obs["indicator"] == code)]
        assert len(rows) == 1, rows
        assert rows.iloc[0]["period_end"] == pd.Timestamp("2017-12-31")
        again = r.unread[(r.unread["text"] == written) & r.unread["reason"].str.contains(AGAIN)]
        assert len(again) == 1
