"""Roles of counts of items and cases, and statements of the part left (ctx24, issue 13).

Hand check 15 (``benchmarks/extract_check15.csv``) found a count of items that names the set
a later part is taken from (``应于今年完成的N项整改任务中，目前还有M项未完成``) kept as a target:
the N is the denominator of the M.  The rules: a count of items or cases (项, 件, 起, 宗 …)
followed in its clause by ``中`` ("among") is context (role29: of items only — a count of
cases, 件/起/宗, is an outcome whatever breakdown follows), as a count of objects (个, 座 …) was
(:func:`envindicators.extract._scope_counts.scope_count`), but not the 中 of a work under way
(``正在办理中``, ``建设中``); and a total whose part left is said with 还有/仍有/尚有 is a progress
summary (:mod:`envindicators.extract._aggregates`), as one with 已有/有 was.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import span_of
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._scope_counts import scope_count

_HEAD = "关于中央生态环境保护督察反馈意见整改落实情况的报告\n"


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("应于今年完成的13项整改任务中，目前还有7项未完成。", "13项", "项"),
        ("列入清单的51项问题中，涉及工业污染的有20项。", "51项", "项"),
    ],
)
def test_a_count_of_items_among_which_is_context(text: str, written: str, unit: str) -> None:
    s, e = span_of(text, written)
    assert scope_count(text, s, e, unit, "level") is not None
    trad = to_traditional(text)
    assert scope_count(trad, s, e, unit, "level") is not None


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("另有20件正在办理中。", "20件", "件"),
        ("目前仍有3项正在推进整改中。", "3项", "项"),
        ("洛阳村的1座污水处理站正在建设中，预计年底前建成。", "1座", "座"),
        ("5个项目建设中，年内投运。", "5个", "个"),
        ("完成整改任务32项，其余均在推进。", "32项", "项"),
        ("共受理举报527件，办结率98%。", "527件", "件"),
        ("13项整改任务中，已完成6项。", "6项", "项"),
        # a count of cases is counted, a breakdown after it or not (role29)
        ("督察组交办的73件案件中，哈尔滨市39件，齐齐哈尔市12件。", "73件", "件"),
        ("查处的21起典型环境违法案件中，移送公安机关9起。", "21起", "起"),
        ("受理的130件信访案件中，属实的98件。", "130件", "件"),
        ("全省排查的45宗非法采砂案件中，已立案30宗。", "45宗", "宗"),
    ],
)
def test_a_count_that_is_no_set_among_which_stays(text: str, written: str, unit: str) -> None:
    s, e = span_of(text, written)
    assert scope_count(text, s, e, unit, "level") is None


def test_a_change_or_a_share_of_items_is_not_read() -> None:
    # only levels are scopes, and a share is read only after a count of objects
    text = "12项任务中，完成率为80%。"
    assert scope_count(text, 0, 3, "项", "change") is None
    text = "45项整改任务完成率达到90%。"
    assert scope_count(text, 0, 3, "项", "level") is None


def test_the_denominator_of_the_parts_left_is_no_target() -> None:
    text = _HEAD + "全省应于今年完成的13项整改任务中，截至目前，扬州2项、宿迁1项尚未完成。"
    r = read_report(text)
    assert "13项" not in set(r.targets["value_text"])
    assert "13项" not in set(r.observations["value_text"])
    assert "13项" in set(r.context["value_text"])


def test_a_count_of_cases_among_which_is_an_outcome_in_a_report() -> None:
    # role29: the cases received are counted (hand checks 11, 18), not a mere denominator
    text = _HEAD + "督察组交办的73件案件中，哈尔滨市39件，齐齐哈尔市12件。"
    r = read_report(text)
    assert "73件" in set(r.observations["value_text"])
    assert "73件" not in set(r.context["value_text"])


@pytest.mark.parametrize(
    ("sentence", "total", "count", "category"),
    [
        ("应于今年完成的13项整改任务中，目前还有7项未完成。", 13, 7, "not_completed"),
        ("全市45项整改任务中，仍有5项正在推进。", 45, 5, "in_progress"),
        ("交办的120件信访件中，尚有8件未办结。", 120, 8, "not_closed"),
        ("58项整改任务中，已有13项基本完成整改。", 58, 13, "basically_completed"),
    ],
)
def test_the_part_left_of_a_total_is_a_progress_summary(
    sentence: str, total: int, count: int, category: str
) -> None:
    r = read_report(_HEAD + sentence)
    s = r.progress_summaries
    assert len(s) == 1
    row = s.iloc[0]
    assert (int(row["total"]), int(row["count"]), row["category"]) == (total, count, category)
    assert r.targets.empty
    assert r.observations.empty


def test_a_total_with_no_part_after_it_is_no_summary() -> None:
    r = read_report(_HEAD + "整改方案共明确整改任务45项，目前还有部分任务正在推进。")
    assert r.progress_summaries.empty


@settings(max_examples=30, deadline=None)
@given(
    total=st.integers(10, 200),
    left=st.integers(1, 9),
    word=st.sampled_from(["还有", "仍有", "尚有"]),
    noun=st.sampled_from(["整改任务", "整改措施", "问题"]),
    trad=st.booleans(),
)
def test_parts_left_property(total: int, left: int, word: str, noun: str, trad: bool) -> None:
    sentence = f"{total}项{noun}中，目前{word}{left}项未完成。"
    text = _HEAD + (to_traditional(sentence) if trad else sentence)
    r = read_report(text)
    s = r.progress_summaries
    assert len(s) == 1
    assert (int(s.iloc[0]["total"]), int(s.iloc[0]["count"])) == (total, left)
    assert s.iloc[0]["category"] == "not_completed"
