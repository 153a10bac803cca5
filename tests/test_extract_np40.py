"""np40 (issue 13): proposed phrases — fragments, verb clauses, nouns without their object.

* a count of persons who died (were hurt, went missing) after a count of the events that
  befell them names those events (``全市共发生各类生产安全事故132起、死亡103人`` →
  ``生产安全事故死亡人数``, not ``死亡人数`` alone; ``_indicators._events_befallen``), and the
  count of events loses the verb 发生 and the tally word before its name
  (``全年共发生道路交通事故6起``: ``道路交通事故``, not ``发生道路交通事故``;
  ``_indicators._events_counted``); a count of deaths with no count of events before it, or
  with a figure of another measure between them, keeps ``死亡人数``;
* a count of petitions named only by what their verification found (``经查属实1263件，不属实
  398件``: ``(no measure named) 不属实``) is named with the petitions written before it in its
  sentence or the text before: ``不属实信访件`` (``_indicators._petitions_found``); not a
  finding of cases (``案件中属实``), nor one with no petition named before it, nor a count in
  another measure word.
"""

from __future__ import annotations

import pytest
from tests.report_rows import linked_by_figure as _rows

from envindicators.extract._indicators import (
    _events_befallen,
    _events_counted,
    _petitions_found,
)

# --- deaths of the events counted before them -------------------------------------------------


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        (
            "全市共发生各类生产安全事故132起、死亡103人，比前两年均值下降20.2%。",
            "103人",
            "生产安全事故死亡人数",
        ),
        (
            "全省全年发生各类生产经营性安全事故5855起，比上年下降4.1%；死亡1069人，下降19.9%。",
            "1069人",
            "生产经营性安全事故死亡人数",
        ),
        ("全年共发生道路交通事故6 起，死亡7人。", "7人", "道路交通事故死亡人数"),
        (
            "其中，道路运输领域共发生事故76起、死亡56人，与前两年平均数相比下降。",
            "56人",
            "道路运输领域事故死亡人数",
        ),
        ("全年发生较大火灾事故12起，受伤30人。", "30人", "火灾事故受伤人数"),
        ("工矿商贸(含生产经营性火灾)发生事故51起、死亡38人。", "38人", "工矿商贸事故死亡人数"),
    ],
)
def test_deaths_of_the_events_counted_before(hant: bool, text: str, figure: str, name: str) -> None:
    indicator, subject, review = _rows(text, hant)[figure]
    assert subject == name
    assert indicator.startswith("proposed_")
    assert review  # a proposed phrase stays to review


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        ("全年共发生道路交通事故6 起，死亡7人。", "6 起", "道路交通事故"),
        ("其中，道路运输领域共发生事故76起、死亡56人。", "76起", "道路运输领域事故"),
        ("工矿商贸(含生产经营性火灾)发生事故51起、死亡38人。", "51起", "工矿商贸事故"),
    ],
)
def test_events_counted_without_their_verb(hant: bool, text: str, figure: str, name: str) -> None:
    indicator, subject, review = _rows(text, hant)[figure]
    assert subject == name
    assert indicator.startswith("proposed_")
    assert review


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("全年死亡7人，比上年减少2人。", "7人"),  # no events counted before
        ("全年发生火灾事故12起，直接经济损失120万元，死亡3人。", "3人"),  # a loss between them
    ],
)
def test_deaths_without_events_keep_their_verb(hant: bool, text: str, figure: str) -> None:
    assert _rows(text, hant)[figure][1] == "死亡人数"


@pytest.mark.parametrize("hant", [False, True])
def test_persons_of_an_act_are_no_events(hant: bool) -> None:
    # 约谈, 问责: done to persons, not befalling them — no events named, the registry's rows
    rows = _rows("全年发生环境违法案件50起，约谈171人，问责102人。", hant)
    assert rows["171人"][0] == "persons_summoned"
    assert rows["102人"][0] == "officials_held_accountable"


def test_events_found_and_not_found() -> None:
    t = "全省发生各类事故71起，同比下降17.4%，死亡16人。"
    assert _events_befallen(t, 0, t.index("16人")) == "事故"
    t = "道路运输领域共发生事故91起、死亡92人。"
    assert _events_befallen(t, 0, t.index("92")) == "道路运输领域事故"
    t = "全市发生事故91起、死亡92人。"  # a place before 发生 is no topic of the events
    assert _events_befallen(t, 0, t.index("92")) == "事故"
    assert _events_befallen("死亡92人。", 0, 2) is None
    t = "全年共发生突发环境事件3起。"
    assert _events_counted("发生突发环境事件", "起", t, 0, t.index("起") + 1) == "突发环境事件"
    assert _events_counted("突发环境事件", "起", t, 0, t.index("起") + 1) == "突发环境事件"


# --- petitions named by what their verification found -----------------------------------------


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        ("已办结的1661件信访件中，经查属实1263件，不属实398件。", "398件", "不属实信访件"),
        ("已办结的1661件信访件中，经查属实1263件，不属实398件。", "1263件", "属实信访件"),
        (
            "第十八批信访件调查结果情况如下：群众举报属实23件，基本属实10件，部分属实92件，"
            "不属实8件。",
            "92件",
            "部分属实信访件",
        ),
        (
            "第十八批信访件调查结果情况如下：群众举报属实23件，基本属实10件，部分属实92件，"
            "不属实8件。",
            "8件",
            "不属实信访件",
        ),
        (
            "第31批109件环境信访举报问题中，经查属实93件，不属实16件；已办结55件。",
            "16件",
            "不属实信访举报",
        ),
        (
            "截至12月底，已办结转办的信访举报件1795件。其中查证属实1612件，不属实183件。",
            "183件",
            "不属实信访举报件",
        ),
    ],
)
def test_petitions_named_by_their_finding(hant: bool, text: str, figure: str, name: str) -> None:
    indicator, subject, review = _rows(text, hant)[figure]
    assert subject == name
    assert indicator.startswith("proposed_")
    assert review


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("已办结42件案件中属实39件，不属实3件。", "3件"),  # cases, no petitions named
        ("按核实情况统计，属实58件，基本属实22件，不属实49件。", "49件"),  # nothing named before
    ],
)
def test_findings_without_petitions_stay(hant: bool, text: str, figure: str) -> None:
    indicator, subject, review = _rows(text, hant)[figure]
    assert subject == "(no measure named) 不属实"  # no petitions to name it by
    assert indicator.startswith("proposed_")
    assert review


def test_findings_read_and_left() -> None:
    t = "已办结的1661件信访件中，经查属实1263件，不属实398件。"
    assert _petitions_found("(no measure named) 不属实", [], "件", t, 0, t.index("398"))[0] == (
        "不属实信访件"
    )
    # another measure word, another word before the finding, a fragment: unchanged
    assert _petitions_found("经查属实", [], "家", t, 0, t.index("1263"))[0] == "经查属实"
    assert _petitions_found("企业整改属实", [], "件", t, 0, t.index("1263"))[0] == "企业整改属实"
    assert _petitions_found("(fragment) 属实", [], "件", t, 0, t.index("1263"))[0] == (
        "(fragment) 属实"
    )
    # the traditional script keeps its characters
    h = "已辦結的1661件信訪件中，經查屬實1263件，不屬實398件。"
    assert _petitions_found("不屬實", [], "件", h, 0, h.index("398"))[0] == "不屬實信訪件"
