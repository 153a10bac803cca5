"""Invariants of ``datasets/inspections.csv`` that the dates read from cited pages rely on (insp22).

``tests/test_extract_inspection_periods.py`` checks the schema, one row per region, round and
batch, the order start ≤ end ≤ feedback and the length of a stationing; these tests add what
a page-by-page fill of the table must keep: every date is cited, a batch is stationed
together and fed back together (a year typed wrong shows as a day far from the batch's
others), a feedback comes weeks to months after the stationing, the batches of a round have
no gap, and every province's undated cell says why.
"""

from __future__ import annotations

import itertools
import re

import pandas as pd
import pytest

from envindicators import datasets
from envindicators.model.schema import INSPECTION_ROUNDS

TABLE = datasets.load("inspections")
DATES = ("stationed_start", "stationed_end", "feedback_date")
_URL = re.compile(r"^https?://\S+$")
_GROUP = re.compile(r"^中央(第[一二三四五六七八九十]+)?(生态)?环境保护督察组$")


def _urls(cell: str) -> list[str]:
    return [u.strip() for u in str(cell).split(";")]


def test_every_row_cites_pages_as_a_list_of_urls() -> None:
    for cell in TABLE["url"]:
        urls = _urls(cell)
        assert urls, cell
        assert all(_URL.match(u) for u in urls), cell
        assert len(urls) == len(set(urls)), cell


@pytest.mark.parametrize("column", DATES)
def test_every_date_is_cited_and_read_on_the_access_day(column: str) -> None:
    dated = TABLE[TABLE[column].notna()]
    assert dated["url"].str.startswith("http").all()
    assert dated["accessed"].notna().all()
    assert (dated[column] <= dated["accessed"]).all()


def test_a_batch_is_stationed_within_three_weeks() -> None:
    for (rnd, batch), rows in TABLE.groupby(["round", "batch"]):
        starts = rows["stationed_start"].dropna()
        if len(starts) > 1:
            assert (starts.max() - starts.min()).days <= 21, (rnd, batch)


def test_feedback_comes_weeks_to_months_after_the_stationing() -> None:
    # within a year: the second round's first batch was fed back in May 2020, ten months on
    after_end = (TABLE["feedback_date"] - TABLE["stationed_end"]).dt.days.dropna()
    assert after_end.between(30, 365).all()
    after_start = (TABLE["feedback_date"] - TABLE["stationed_start"]).dt.days.dropna()
    assert after_start.between(45, 400).all()


def test_a_batch_is_fed_back_within_a_month() -> None:
    for (rnd, batch), rows in TABLE.groupby(["round", "batch"]):
        fed = rows["feedback_date"].dropna()
        if len(fed) > 1:
            assert (fed.max() - fed.min()).days <= 31, (rnd, batch)


@pytest.mark.parametrize("rnd", INSPECTION_ROUNDS)
def test_the_batches_of_a_round_have_no_gap(rnd: str) -> None:
    batches = sorted(set(TABLE.loc[TABLE["round"] == rnd, "batch"].astype(int)))
    if batches:
        first = 0 if rnd == "first" else 1
        assert batches == list(range(first, batches[-1] + 1))


def test_rounds_follow_each_other_in_time() -> None:
    starts = TABLE.groupby("round")["stationed_start"].agg(["min", "max"])
    present = [r for r in INSPECTION_ROUNDS if r in starts.index and pd.notna(starts.loc[r, "min"])]
    for earlier, later in itertools.pairwise(present):
        assert starts.loc[earlier, "max"] < starts.loc[later, "min"], (earlier, later)


def test_groups_are_named_as_the_pages_name_them() -> None:
    for group in TABLE["group"].dropna():
        assert _GROUP.match(group), group
    # the groups were renamed 生态环境保护督察组 in 2018, between the two batches of the 回头看
    renamed = TABLE["group"].str.contains("生态", na=False)
    early = TABLE["round"].eq("first") | (TABLE["round"].eq("first_review") & TABLE["batch"].eq(1))
    assert not (renamed & early).any()
    assert not (TABLE["group"].notna() & ~renamed & ~early).any()


def test_a_cell_left_empty_says_what_was_not_found() -> None:
    open_end = TABLE[TABLE["stationed_end"].isna()]
    assert open_end["note"].str.contains("not found").all()
    # a start without its end: a duration (进驻时间为1个月) is never turned into an end
    started = open_end[open_end["stationed_start"].notna()]
    assert started["note"].str.contains("end not found").all()
