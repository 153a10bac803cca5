"""Classes of the conventions settled in branch ``conv16`` (issue 10), simplified and traditional.

Five labels disagreed across the corpus splits; the guide (``benchmarks/corpus/README.md``,
"What counts as a mention") now settles each, the gold follows
(``scripts/relabel_corpus_conventions.py``) and these tests hold the parser to it:

* a rate named right before a share (``办结率99.5%``, ``查处率100%``) is the rate's ``level``; a
  completion rate (``完成率``) stays a ``ratio``;
* a duration followed by 内 (``三年内已有…``, ``需在30日内完成``) is ``at_most``;
* a verb of change, its object, then a duration (``扩大减煤时间30天``) is a ``level`` (the length
  the action adds or takes), not a change of the figure;
* ``N项`` before 指标/污染物 (``六项指标``, ``常规六项污染物``) is a count;
* a share stated once after 占比/占, even with its change in 百分点 beside it
  (``个数占比为73.2%,同比上升4.1个百分点``), is a ``ratio``; the change is its own mention.

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import one_row as _one
from tests.parser_rows import rows as read_rows
from tests.scripts import both_scripts, to_traditional

_CN = "零一二三四五六七八九"

# --- 1. A rate named right before a share: the rate's level -----------------------------------
RATE_LEVEL = [
    ("信访件办结率达65.5%。", 65.5),
    ("阶段办结74件,办结率99.5%。", 99.5),
    ("群众举报办结率为98.1%,", 98.1),
    ("投诉查处率100%。", 100.0),
]


@pytest.mark.parametrize(("text", "value"), both_scripts(RATE_LEVEL))
def test_a_rate_named_before_a_share_is_its_level(text: str, value: float) -> None:
    rows = read_rows(text, "value", "unit", "kind", "sign")
    assert rows[-1] == (value, "%", "level", 0)


@pytest.mark.parametrize("text", [t for t, _ in both_scripts([("整改完成率为90%。", 0)])])
def test_a_completion_rate_stays_a_ratio(text: str) -> None:
    row = _one(text)
    assert (row["value"], row["kind"]) == (90.0, "ratio")


@given(st.integers(min_value=0, max_value=1000), st.sampled_from(["办结率", "辦結率", "查处率"]))
def test_any_rate_share_is_a_level(tenths: int, noun: str) -> None:
    row = _one(f"{noun}为{tenths / 10:.1f}%。")
    assert row["kind"] == "level"
    assert abs(row["value"] - tenths / 10) < 1e-9


# --- 2. A duration followed by 内: at most ------------------------------------------------------
WITHIN = [
    ("三年内已有115件案件移送", 3.0, "年"),
    ("需在30日内完成整改", 30.0, "日"),
    ("两年内关停企业", 2.0, "年"),
    ("须于7天内办结", 7.0, "天"),
]


@pytest.mark.parametrize(("text", "value", "unit"), both_scripts(WITHIN))
def test_a_duration_followed_by_nei_is_at_most(text: str, value: float, unit: str) -> None:
    rows = read_rows(text, "value", "unit", "qualifier")
    assert rows[0] == (value, unit, "at_most")


@given(st.integers(min_value=2, max_value=9), st.sampled_from(["年内", "年內", "天内", "天內"]))
def test_any_n_within_is_at_most(n: int, word: str) -> None:
    rows = read_rows(f"{_CN[n]}{word}已有案件移送", "value", "qualifier")
    assert rows[0] == (float(n), "at_most")


# --- 3. A verb of change, its object, then a duration: a level ----------------------------------
VERB_OBJECT_DURATION = [
    ("扩大减煤时间30天。", 30.0, "天"),
    ("延长限产时间15天。", 15.0, "天"),
    ("缩短审批时间10个工作日。", 10.0, "工作日"),
]


@pytest.mark.parametrize(("text", "value", "unit"), both_scripts(VERB_OBJECT_DURATION))
def test_verb_object_duration_is_a_level(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"], row["sign"]) == (value, unit, "level", 0)


def test_a_subject_then_verb_then_days_stays_a_change() -> None:
    for text in ("优良天数同比增加11天。", to_traditional("达标天数减少4天。")):
        row = _one(text)
        assert row["kind"] == "change_absolute"
        assert row["sign"] != 0


# --- 4. N项 before 指标/污染物: a count ---------------------------------------------------------
SET_COUNTS = [
    ("全市六项指标浓度同比下降", 6.0),
    ("按照常规六项污染物综合指数排名", 6.0),
    ("城市空气质量6项指标浓度对比", 6.0),
    ("五项污染物浓度均达标", 5.0),
]


@pytest.mark.parametrize(("text", "value"), both_scripts(SET_COUNTS))
def test_n_items_of_a_set_is_a_count(text: str, value: float) -> None:
    row = _one(text)
    assert (row["value"], row["unit"], row["kind"]) == (value, "项", "level")


@given(st.integers(min_value=2, max_value=9), st.booleans(), st.sampled_from(["指标", "污染物"]))
def test_any_n_items_is_a_count(n: int, digits: bool, noun: str) -> None:
    text = f"全市{n if digits else _CN[n]}项{noun}浓度"
    for t in (text, to_traditional(text)):
        row = _one(t)
        assert (row["value"], row["unit"], row["kind"]) == (float(n), "项", "level")


# --- 5. A share stated once, with its change in 百分点 beside it: a ratio -----------------------
SHARE_WITH_CHANGE = [
    ("湖库个数占比为73.2%,同比上升4.1个百分点;", 73.2, 4.1),
    ("优日占比59.0%,同比下降1.4个百分点;", 59.0, -1.4),
    ("断面322个、占93.3%,同比减少1.2个百分点;", 93.3, -1.2),
]


@pytest.mark.parametrize(("text", "share", "change"), both_scripts(SHARE_WITH_CHANGE))
def test_a_share_with_its_change_is_a_ratio(text: str, share: float, change: float) -> None:
    rows = read_rows(text, "value", "unit", "kind")
    assert (share, "%", "ratio") in rows
    assert (change, "百分点", "change_absolute") in rows
    assert not any(u == "%" and k == "level" for _, u, k in rows)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=99))
def test_any_share_with_its_change_is_a_ratio(tenths: int, change: int) -> None:
    text = f"个数占比为{tenths / 10:.1f}%,同比上升{change / 10:.1f}个百分点;"
    rows = read_rows(text, "value", "kind")
    assert rows[0] == (pytest.approx(tenths / 10), "ratio")
    assert rows[1] == (pytest.approx(change / 10), "change_absolute")
