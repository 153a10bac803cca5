"""ledger44 (issue 13): a ledger's status counts are summaries, not observations.

A ledger of tasks, problems or petitions has no indicator of its statuses
(``datasets/README.md``, progress_summaries): its counts by status are
``progress_summaries`` rows and no observations.  Three wordings the statements did not
read (:func:`envindicators.extract._aggregates.statements`):

* the total then its parts with no comma, the part naming its noun again
  (``95个问题中目前已有49个问题基本完成整改，46个正在按时序进行整改``);
* a ledger all in one status (``24个问题全部完成整改``, ``33件投诉举报件全部办结``);
* a run of status counts with no total (``已有13项基本完成整改，38项按照序时进度有序推进``),
  the statement written again without its total when it repeats one read.

A count of objects by an act that has a registry indicator keeps its observation.
"""

from __future__ import annotations

import pandas as pd
import pytest

from envindicators.extract import read_report
from scripts import to_traditional

PUBLISHED = "2019-06-30"


def _read(sentence: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    r = read_report(sentence, published=PUBLISHED)
    return r.observations, r.progress_summaries


def _both(cases: list[tuple]) -> list[tuple]:
    """Each case in simplified and traditional script."""
    return [c for case in cases for c in (case, (to_traditional(case[0]), *case[1:]))]


# (sentence, total, [(category, count), ...])
POSITIVE = [
    (
        "另查出各类问题95个，95个问题中目前已有49个问题基本完成整改，46个正在按时序进行整改。",
        95,
        [("basically_completed", 49), ("in_progress", 46)],
    ),
    ("转办的57件信访案件中56件已办结并按时上报。", 57, [("closed", 56)]),
    ("黄河流域生态环境警示片反馈的24个问题全部完成整改。", 24, [("completed", 24)]),
    (
        "中央生态环境保护督察移交的5件责任追究问题全部办结，并向社会公开问责情况。",
        5,
        [("closed", 5)],
    ),
    ("督察组交办的4882件信访举报件全部办结。", 4882, [("closed", 4882)]),
    (
        "对照整改方案，截至目前，已有13项基本完成整改，38项按照序时进度有序推进，2项全面实施。",
        None,
        [("basically_completed", 13), ("on_schedule", 38), ("fully_implemented", 2)],
    ),
    (
        "群众举报件156件，其中，50件已办结，106件正在办理中。",
        None,
        [("closed", 50), ("in_progress", 106)],
    ),
]


@pytest.mark.parametrize(("sentence", "total", "parts"), _both(POSITIVE))
def test_ledger_status_counts_are_summaries_only(
    sentence: str, total: int | None, parts: list[tuple[str, int]]
) -> None:
    obs, summ = _read(sentence)
    got = sorted(zip(summ["category"], summ["count"].astype(int), strict=True))
    assert got == sorted(parts)
    if total is None:
        assert summ["total"].isna().all()
    else:
        assert (summ["total"] == total).all()
    counts = {str(c) for _, c in parts}
    values = {str(int(v)) for v in obs["value"] if float(v).is_integer()}
    assert not counts & values  # no status count is an observation as well


def test_a_statement_written_again_without_its_total_is_one_statement() -> None:
    text = (
        "截至目前，《整改方案》58项整改任务中，已有13项基本完成整改，38项按照序时进度有序推进，"
        "2项全面实施，5项尚未达到序时进度。\n"
        "对照《整改方案》，截至目前，已有13项基本完成整改，38项按照序时进度有序推进，"
        "2项全面实施，5项尚未达到序时进度。"
    )
    for t in (text, to_traditional(text)):
        obs, summ = _read(t)
        assert summ["summary_id"].nunique() == 1
        assert len(summ) == 4
        assert (summ["total"] == 58).all()
        assert obs.empty


@pytest.mark.parametrize(
    ("sentence", "value_text"),
    _both(
        [
            # a part in a state, not a ledger's status: the observation stays
            ("全省56个监测断面中有49个断面达到水质目标要求。", "49个"),
            # a count of places in a state, no comma: no ledger's head before 中
            ("全省12个市州中有9个未完成。", "9个"),
            # a count of objects by an act with a registry indicator keeps its observation
            ("开展入海排污口规范化整治工作，非法和设置不合理的68个中，整治完成65个。", "65个"),
            # all of a set of objects, not a ledger (企业 is no ledger's head)
            ("辖区内3家企业全部停产整治。", "3家"),
            # one status count alone is no run (完成整改3项 is read by its own pattern)
            ("目前，12项已完成整改。", None),
            # a count of one line is no total of the next line's ledger
            ("督察组向我省移交第二十一批信访件237件\n前十二批信访件已全部办结并公开", "237件"),
            # 全部 of a measure that is no status
            ("反馈的24个问题全部纳入整改台账。", "24个"),
        ]
    ),
)
def test_near_wordings_are_not_a_ledger_statement(sentence: str, value_text: str | None) -> None:
    obs, summ = _read(sentence)
    if value_text is None:
        assert summ.empty
    else:
        assert summ.empty or not (summ["count"] == int(value_text[:-1])).any()
        # the figure is still an observation (value_text as written, either script)
        assert any(str(v)[:-1] == value_text[:-1] for v in obs["value_text"])


def test_ledger_heads_are_the_object_classes_own() -> None:
    from envindicators.extract._actions import OBJECT_CLASSES
    from envindicators.extract._aggregates import LEDGER_HEADS

    for cls in ("petition", "problem", "clue"):
        assert set(OBJECT_CLASSES[cls].heads) <= set(LEDGER_HEADS)
    assert "企业" not in LEDGER_HEADS
    assert "煤矿" not in LEDGER_HEADS
