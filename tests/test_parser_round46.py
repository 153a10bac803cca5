"""Parser round 46 (branch read35): conventions and spurious figures left by rounds 44–45.

Issue 10.  Each class tested in both scripts with sentences written for the tests (not copied
from the corpus) and with the negatives the rules must leave alone: ``N大类`` counts the
categories, Chinese numerals too (the lead's decision), while 大 before another noun names a
set (三大流域, 六大水系); a percentage cell under a column naming a change (数目转变百分比,
增减率) is a relative change; the last months of a named year (今年后3个月) are a period; a
fine's amount after the name of its currency (新台币6万以上罚锾) is in that currency.  The
conventions script's rule for ``N大类`` is held to the class and to the corpus gold.
"""

from __future__ import annotations

import json

import pytest
from tests.parser_rows import Row, span_rows
from tests.scripts import both_scripts, in_both_scripts, to_traditional
from tests.test_corpus_conventions_round20 import rc

from envindicators.units.text import to_simplified


def _find(rows: list[Row], text: str) -> Row | None:
    """The row whose span (simplified) is ``text``."""
    return next((r for r in rows if r[0] == text), None)


# --- 1. N大类 counts the categories -------------------------------------------------------
MAJOR_CLASSES = [
    ("本批信访案件共涉及八大类71个生态环境问题。", "八大类", 8.0),
    ("本批信访案件共涉及9大类156个生态环境问题。", "9大类", 9.0),
    ("污染源主要为工业、畜牧、市镇等三大类。", "三大类", 3.0),
    ("按照水、气、土和其他九大类别对问题进行统计。", "九大类", 9.0),
    ("许可证的处置设施分为两大类,即单独处置设施和协同处置设施。", "两大类", 2.0),
    ("制定了十二大类强化措施。", "十二大类", 12.0),
    ("按9大类分类统计,整改完成率依次为98%、96%。", "9大类", 9.0),
    ("弃置的固体废物三大类别中,厨余占29%。", "三大类", 3.0),
]


@pytest.mark.parametrize(("text", "span", "value"), both_scripts(MAJOR_CLASSES))
def test_a_count_of_major_classes_is_read(text: str, span: str, value: float) -> None:
    row = _find(span_rows(text), span)
    assert row is not None, (text, span_rows(text))
    assert row[1:5] == (value, "类", "exact", "level"), row


NAMED_SETS = [
    ("长江、黄河等七大流域水质总体改善。", "七大"),
    ("全国三大流域水质保持稳定。", "三大"),
    ("六大水系水质均为良好。", "六大"),
    ("坚决打好三大保卫战。", "三大"),
    ("完成五大项任务。", "五大"),  # 大项 after a Chinese numeral names a set, as before
    ("另一大类是协同处置设施。", "一大"),  # an article
    ("第三大类为生活污染。", "三大"),  # an ordinal
    ("本市共有3大类型企业。", "3大"),  # 类型: a noun of its own, as before
    ("三类水质断面占比60%。", "三类"),  # a class name (III), as before
]


@pytest.mark.parametrize(("text", "head"), both_scripts(NAMED_SETS))
def test_a_named_set_class_name_or_ordinal_stays_unread(text: str, head: str) -> None:
    rows = span_rows(text)
    assert not any(r[0].startswith(head) for r in rows), (text, rows)


def test_the_relabel_rule_adds_major_class_counts() -> None:
    for text, span, value in MAJOR_CLASSES:
        for t in (text, to_traditional(text)):
            got = rc.missing_major_class_counts(t, [], "t")
            found = [(to_simplified(str(g["text"])), g["value"], g["unit"]) for g in got]
            assert found[:1] == [(span, value, "类")], (t, got)
    for text, _ in NAMED_SETS:
        assert rc.missing_major_class_counts(text, [], "t") == [], text
    covered = "共涉及八大类71个问题。"
    a = covered.index("八大类")
    assert rc.missing_major_class_counts(covered, [(a, a + 3)], "t") == []


@pytest.mark.parametrize("split", rc.SPLITS)
def test_every_major_class_count_is_labelled(split: str) -> None:
    folder = rc.CORPUS / split
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text("utf-8").splitlines()]
    for doc in sorted({g["doc"] for g in gold}):
        text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        spans = [(g["start"], g["end"]) for g in gold if g["doc"] == doc]
        assert rc.missing_major_class_counts(text, spans, doc) == [], (split, doc)


# --- 2. a percentage cell under a change column --------------------------------------------
CHANGE_TABLES = [
    (
        "性质 | 2006年 | 2007年 | 数目转变百分比 | |\n---|---|---|---|---|\n"
        "空气 | 13 264 | 14 304 | 8% | |\n水质 | 1 939 | 1 838 | -5% | |\n",
        [("8%", 8.0, 1), ("-5%", -5.0, -1)],
    ),
    (
        "项目 | 2022年 | 2023年 | 增减率 |\n---|---|---|---|\n"
        "投诉 | 1 200 | 1 320 | 10% |\n检查 | 500 | 500 | 0% |\n",
        [("10%", 10.0, 1), ("0%", 0.0, 0)],
    ),
    (
        "类别 | 2020年度 | 2021年度 | 变动百分比 |\n---|---|---|---|\n"
        "废物 | 3 375 | 3 228 | -4.4% |\n噪音 | 220 | 250 | 13.6% |\n",
        [("-4.4%", -4.4, -1), ("13.6%", 13.6, 1)],
    ),
]


@pytest.mark.parametrize(("text", "cells"), both_scripts(CHANGE_TABLES))
def test_a_percent_cell_under_a_change_column_is_a_change(
    text: str, cells: list[tuple[str, float, int]]
) -> None:
    rows = span_rows(text)
    for span, value, sign in cells:
        row = _find(rows, span)
        assert row is not None, (span, rows)
        assert (row[1], row[2], row[4], row[5]) == (value, "%", "change_relative", sign), row


SHARE_TABLES = [
    # a percentage under a column naming no change stays what the sentence parser reads
    "性质 | 2006年 | 2007年 | 占比 |\n---|---|---|---|\n空气 | 13 264 | 14 304 | 52% |\n",
    "项目 | 2022年 | 2023年 | 达标率 |\n---|---|---|---|\n河流 | 12 | 13 | 85% |\n",
]


@pytest.mark.parametrize("text", [t for x in SHARE_TABLES for t in in_both_scripts(x)])
def test_a_percent_cell_under_another_column_is_no_change(text: str) -> None:
    rows = span_rows(text)
    pct = [r for r in rows if r[2] == "%"]
    assert pct, rows
    assert all(r[4] != "change_relative" for r in pct), rows


# --- 3. the last months of a named year; a fine after its currency -------------------------
LAST_MONTHS = [
    "今年后3个月,州环境执法将通过深入开展专项行动。",
    "明年后两个月将完成验收。",
    "本年后6个月重点推进整改。",
]


@pytest.mark.parametrize("text", [t for x in LAST_MONTHS for t in in_both_scripts(x)])
def test_the_last_months_of_a_named_year_are_a_period(text: str) -> None:
    assert not any(r[2] == "月" for r in span_rows(text)), span_rows(text)


@pytest.mark.parametrize(
    ("text", "span"),
    both_scripts(
        [
            ("整改后3个月内完成验收。", "3个月内"),  # no year named: a duration
            ("实施后3个月,水质明显改善。", "3个月"),
            ("今年前5个月以后,再用3个月完成。", "3个月"),
        ]
    ),
)
def test_months_after_an_event_stay_a_duration(text: str, span: str) -> None:
    row = _find(span_rows(text), span)
    assert row is not None, (text, span_rows(text))
    assert row[2] == "月", row


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    both_scripts(
        [
            ("违者可处新台币6万以上罚锾。", "6万以上", 6e4, "新台币"),
            ("可处台币3千以下之罚款。", "3千以下", 3e3, "新台币"),
            ("依法罚港币109万,", "109万", 1.09e6, "港元"),
        ]
    ),
)
def test_a_fine_after_its_currency_is_in_that_currency(
    text: str, span: str, value: float, unit: str
) -> None:
    row = _find(span_rows(text), span)
    assert row is not None, (text, span_rows(text))
    assert (row[1], row[2]) == (value, unit), row
    assert "ambiguous_unit" not in row[6], row


@pytest.mark.parametrize(
    ("text", "span"),
    both_scripts([("违者可处6万以上罚锾。", "6万以上"), ("共被罚1.8亿,", "1.8亿")]),
)
def test_a_fine_with_no_currency_stays_in_flagged_yuan(text: str, span: str) -> None:
    row = _find(span_rows(text), span)
    assert row is not None, (text, span_rows(text))
    assert row[2] == "元", row
    assert "ambiguous_unit" in row[6], row
