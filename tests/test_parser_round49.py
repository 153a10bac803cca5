"""Parser round 49 (branch read38): the leftovers of rounds 47–48 and the failures left on all
27 spent splits, by class.

Issue 10.  Each class tested in both scripts with sentences written for the tests (not copied
from the corpus) and with the negatives the rules must leave alone: a figure written with its
``±`` spread in parentheses before its unit (``(20±2)℃``) is its centre, approximate and
flagged, as round 48's ``20±2℃``; a span of ROC years written with 年 at both ends and 间 after
it (``94年至96年间``) is a period when the text names one end an ROC year; 分 counts score points
after a word of scoring (``总分55分得到53分``), never a minute; a bound written after a list's
last member does not reach a count of another counter before it; the ``±`` and lost-numerator
readers are not tried in a text without their mark; the corpus convention ``分别达到24%、50%以上``
(a bound written once applies to each member) as ``scripts/relabel_corpus_conventions.py``
states it.
"""

from __future__ import annotations

import re

import pytest
from tests.parser_rows import span_rows
from tests.scripts import both_scripts, texts_in_both_scripts
from tests.test_corpus_conventions_round20 import rc

from envindicators.units import extract_quantities
from envindicators.units.parsing import scanner

# --- 1. (X±Y) before the unit: the centre, approximate, flagged ----------------------------
PARENTHESISED_SPREADS = [
    ("实验室水温控制在(20±2)℃,湿度适中。", 20.0, "degC", "(20±2)℃"),
    ("培养温度为（25 ± 1）℃。", 25.0, "degC", "(25 ± 1)℃"),
    ("出水氨氮浓度为(3.5±0.3)毫克/升,达标排放。", 3.5, "毫克/升", "(3.5±0.3)毫克/升"),
    ("PM2.5年均浓度为(35±5)微克/立方米。", 35.0, "微克/立方米", "(35±5)微克/立方米"),
    ("加标回收率为(95±3)%。", 95.0, "%", "(95±3)%"),
]


@pytest.mark.parametrize(("text", "value", "unit", "span"), both_scripts(PARENTHESISED_SPREADS))
def test_a_parenthesised_spread_before_its_unit_is_its_centre(
    text: str, value: float, unit: str, span: str
) -> None:
    rows = span_rows(text)
    got = [r for r in rows if "spread" in r[6]]
    assert len(got) == 1, (text, rows)
    row = got[0]
    assert row[1] == pytest.approx(value), row
    assert row[2] == unit, row
    assert row[3] == "approx", row
    assert row[0].replace("（", "(").replace("）", ")") == span, row
    # neither the spread nor a bare centre is a figure of its own
    assert len(rows) == 1, rows


def test_two_parenthesised_spreads_in_a_list_are_read_each() -> None:
    for text in texts_in_both_scripts(["测试条件为温度(20±2)℃、相对湿度(60±5)%。"]):
        rows = span_rows(text)
        assert [(r[1], r[2], r[3]) for r in rows] == [
            (20.0, "degC", "approx"),
            (60.0, "%", "approx"),
        ], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            # no unit after the parenthesis: nothing read, as before
            ("样品编号(20±2)记录在册。", []),
            # no centre: a tolerance, read as before (误差 5 %)
            ("测量误差(±5%)可接受。", [(5.0, "%", "exact")]),
            # the parenthesis closes after the unit: round 48's own rule
            ("水温为(20±2℃)。", [(20.0, "degC", "approx")]),
        ]
    ),
)
def test_parenthesised_spreads_that_are_not_one_figure_read_as_before(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(r[1], r[2], r[3]) for r in span_rows(text)] == expected


# --- 2. NN年至MM年间 beside a named ROC year: a period ---------------------------------------
ROC_SPANS_DURING = [
    "本县96年度空气品质改善明显,94年至96年间悬浮微粒浓度逐年下降。",
    "九十一年度计画指出,八十六年至九十一年间共补助30家业者。",
    "依97年度统计,95年到97年间申诉案件减少。",
]


@pytest.mark.parametrize("text", texts_in_both_scripts(ROC_SPANS_DURING))
def test_a_span_of_roc_years_before_jian_is_a_period(text: str) -> None:
    rows = span_rows(text)
    assert not any(r[2] == "年" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "该设施设计使用年限为50年至70年间。",  # no ROC year named: durations
            "经查88年至92年间该厂多次超标。",  # no ROC year named: read as before
            "九十二年度报告:近八十六年至九十一年间变化不大。",  # 近: a duration word
        ]
    ),
)
def test_a_span_before_jian_with_no_roc_year_named_stays_durations(text: str) -> None:
    rows = span_rows(text)
    assert any(r[2] == "年" for r in rows), rows


# --- 3. 分 after a word of scoring: score points ------------------------------------------
SCORES = [
    ("评分截至年底,总分55分得到53分。", [("55分", 55.0, "exact"), ("53分", 53.0, "exact")]),
    ("考核得分为92分,位列全市第一。", [("92分", 92.0, "exact")]),
    ("统计累计点数达8 分以上的业者名单。", [("8 分", 8.0, "at_least")]),
    ("满分100分,该单位得分85.5分。", [("100分", 100.0, "exact"), ("85.5分", 85.5, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), both_scripts(SCORES))
def test_fen_after_a_word_of_scoring_counts_score_points(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    rows = [r for r in span_rows(text) if r[2] == "分"]
    assert [(r[0].replace("以上", ""), r[1], r[3]) for r in rows] == expected, rows


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "得分情况通报会于8时30分召开。",  # a time of day
            "得分情况通报会于9点15分召开。",
            "本次会议共历时30分钟。",  # minutes
            "昼间等效声级平均值为55.2分贝。",  # decibels
            "总分中有三分之一来自现场检查。",  # a fraction
            "评分工作由3分析组完成。",  # 分析 begins a word
            "两项污染物浓度分别下降5分。",  # no word of scoring
        ]
    ),
)
def test_fen_outside_a_score_is_no_score(text: str) -> None:
    assert not any(r[2] == "分" for r in span_rows(text)), span_rows(text)


def test_a_bound_after_a_list_does_not_reach_a_count_of_another_counter() -> None:
    for text in texts_in_both_scripts(["查核项目计分8 分以上18 间、8 分以下12 间。"]):
        got = {(r[0], r[3]) for r in span_rows(text)}
        assert ("18 间", "exact") in got, got
        assert ("8 分", "at_most") in {(r[0].replace("以下", ""), r[3]) for r in span_rows(text)}


@pytest.mark.parametrize(
    ("text", "qualifier"),
    both_scripts(
        [
            ("排放总量分别控制在11.0万吨、0.89万吨以内。", "at_most"),
            ("森林覆盖率、湿地保护率分别达到24%、50%以上。", "at_least"),
            ("东部、西部降水量分别为800毫米、900毫米左右。", "approx"),
        ]
    ),
)
def test_a_bound_after_a_list_of_one_unit_still_reaches_each_member(
    text: str, qualifier: str
) -> None:
    rows = span_rows(text)
    assert len(rows) == 2, rows
    assert {r[3] for r in rows} == {qualifier}, rows


# --- 4. the spread and lost-numerator readers cost nothing without their mark -------------
class _Refused:
    """A pattern that fails the test when it is tried."""

    def match(self, *_: object) -> None:
        raise AssertionError("tried in a text without its mark")


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["PM2.5年均浓度为35微克/立方米,同比下降5.2%。", "共检查企业1,200家,罚款300万元。"]
    ),
)
def test_the_spread_reader_is_not_tried_without_a_spread_mark(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = extract_quantities(text)
    monkeypatch.setattr(scanner, "_SPREAD", _Refused())
    after = extract_quantities(text)
    assert before.equals(after)


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["共检查企业1,200家,罚款300万元。", "月均值为5.3,达标。"])
)
def test_the_lost_numerator_reader_is_not_tried_without_a_slash(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = extract_quantities(text)
    monkeypatch.setattr(scanner, "_LOST_NUMERATOR", _Refused())
    after = extract_quantities(text)
    assert before.equals(after)


def test_the_spread_reader_is_still_tried_with_its_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scanner, "_SPREAD", _Refused())
    with pytest.raises(AssertionError, match="without its mark"):
        extract_quantities("落尘量约为3.51±0.16公吨/平方公里/月。")


# --- 5. the corpus convention: a bound written once after a list under 分别 ---------------
def _gold(text: str, span: str, qualifier: str = "exact") -> dict[str, object]:
    start = text.index(span)
    return {
        "doc": "t",
        "start": start,
        "end": start + len(span),
        "text": span,
        "value": float(re.sub(r"[^0-9.]", "", span)),
        "unit": "%",
        "qualifier": qualifier,
        "kind": "level",
        "sign": 0,
        "note": "",
    }


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    both_scripts(
        [
            ("森林覆盖率、湿地保护率分别达到24%、50%以上。", "24%", "at_least"),
            ("两项比例分别控制在3%、5%以内。", "3%", "at_most"),
            ("三项比例分别为10%、20%、30%左右。", "10%", "approx"),
            ("三项比例分别为10%、20%、30%左右。", "20%", "approx"),
        ]
    ),
)
def test_relabel_a_bound_written_once_after_a_list_reaches_each_member(
    text: str, span: str, qualifier: str
) -> None:
    gold = _gold(text, span)
    assert rc.read38_shared_bound(gold, text) == [("qualifier", "exact", qualifier)]
    assert gold["qualifier"] == qualifier
    assert "read38" in str(gold["note"])


@pytest.mark.parametrize(
    ("text", "span"),
    both_scripts(
        [
            ("森林覆盖率、湿地保护率达到24%、50%以上。", "24%"),  # no 分别
            ("可处1200元以上、6000元以下罚款。", "1200元"),  # its own bound
            ("两项比例分别为3%、5%,均达标。", "3%"),  # no bound
        ]
    ),
)
def test_relabel_leaves_lists_without_a_shared_bound(text: str, span: str) -> None:
    gold = _gold(text, span)
    assert rc.read38_shared_bound(gold, text) == []
    assert gold["qualifier"] == "exact"
