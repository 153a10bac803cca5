"""ledger45 (issue 13): a ledger's status counts are summaries, not observations — when no
registry indicator counts them.

ledger44 read three more wordings of a ledger's counts by status as ``progress_summaries``
(:func:`envindicators.extract._aggregates.statements`):

* the total then its parts with no comma, the part naming its noun again
  (``95个问题中目前已有49个问题基本完成整改，46个正在按时序进行整改``) — a total split by
  status, a summary whatever it counts (gold42), as with the comma;
* a ledger all in one status (``24个问题全部完成整改``);
* a run of status counts with no total (``已有13项基本完成整改，38项按照序时进度有序推进``),
  the statement written again without its total when it repeats one read.

ledger45 narrows the other two by the registry (``_aggregates._observed``): a ledger of a class of
object the registry counts handled (``handle:petition``, ``handle:clue``:
``petitions_handled``, ``accountability_clues_handled``), or counts by the act its status
names (完成整改: ``rectify``), keeps its observations, the summary written as well; tasks
and problems (no ``handle:problem``, no ``rectify:problem``) are summaries only.  A promise
(确保…全部办结) is no status.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.scripts import to_traditional

from envindicators import datasets
from envindicators.extract import read_report
from envindicators.extract._actions import OBJECT_CLASSES, VERB_CLASSES, registry_actions
from envindicators.extract._aggregates import HANDLING, LEDGER_HEADS, _observed

PUBLISHED = "2019-06-30"


def _read(sentence: str, **kwargs: object) -> tuple[pd.DataFrame, pd.DataFrame]:
    r = read_report(sentence, published=PUBLISHED, **kwargs)  # type: ignore[arg-type]
    return r.observations, r.progress_summaries


def _both(cases: list[tuple]) -> list[tuple]:
    """Each case in simplified and traditional script."""
    return [c for case in cases for c in (case, (to_traditional(case[0]), *case[1:]))]


def _counts(values: pd.Series) -> set[int]:
    return {int(v) for v in values if float(v).is_integer()}


# (sentence, total, [(category, count), ...]): ledgers of tasks and problems
SUMMARIES_ONLY = [
    (
        "另查出各类问题95个，95个问题中目前已有49个问题基本完成整改，46个正在按时序进行整改。",
        95,
        [("basically_completed", 49), ("in_progress", 46)],
    ),
    ("黄河流域生态环境警示片反馈的24个问题全部完成整改。", 24, [("completed", 24)]),
    # a total split by status is a summary whatever it counts (gold42), petitions too
    ("转办的57件信访案件中56件已办结并按时上报。", 57, [("closed", 56)]),
    (  # 责任追究问题 counted in 件 are problems: the registry handles no problem
        "中央生态环境保护督察移交的5件责任追究问题全部办结，并向社会公开问责情况。",
        5,
        [("closed", 5)],
    ),
    ("省级督察反馈的36个生态环境问题均已全部完成整改。", 36, [("completed", 36)]),
    # 按照…要求 names the rule followed, no promise (``_roles.commitment_before``)
    ("按照整改要求，反馈的24个问题全部完成整改。", 24, [("completed", 24)]),
    (
        "对照整改方案，截至目前，已有13项基本完成整改，38项按照序时进度有序推进，2项全面实施。",
        None,
        [("basically_completed", 13), ("on_schedule", 38), ("fully_implemented", 2)],
    ),
]


@pytest.mark.parametrize(("sentence", "total", "parts"), _both(SUMMARIES_ONLY))
def test_task_and_problem_ledgers_are_summaries_only(
    sentence: str, total: int | None, parts: list[tuple[str, int]]
) -> None:
    obs, summ = _read(sentence)
    got = sorted(zip(summ["category"], summ["count"].astype(int), strict=True))
    assert got == sorted(parts)
    if total is None:
        assert summ["total"].isna().all()
    else:
        assert (summ["total"] == total).all()
    assert not {c for _, c in parts} & _counts(obs["value"])  # no status count observed


# (sentence, the ledger's count, its category): petitions and clues the registry counts
HANDLED = [
    ("2016年，督察组交办的1050件群众举报问题已全部办结。", 1050, "closed"),
    ("截至2016年底，十一批次共计639件交办件已全部办结。", 639, "closed"),
    ("到12月底前，我县受理的40个中央交办群众信访件已全部办结。", 40, "closed"),
    ("督察组交办的4882件信访举报件全部办结。", 4882, "closed"),
    ("督察组移交的14个责任追究问题线索已全部办结。", 14, "closed"),
    ("交办莲花县9件信访案件已全部整改到位。", 9, "completed"),  # handled, in any status
    ("群众举报件156件，其中，50件已办结，106件正在办理中。", 106, "in_progress"),
]


@pytest.mark.parametrize(("sentence", "count", "category"), _both(HANDLED))
def test_petition_and_clue_ledgers_keep_their_observations(
    sentence: str, count: int, category: str
) -> None:
    obs, summ = _read(sentence)
    assert count in _counts(obs["value"])  # the registry's row keeps its observation
    row = summ[summ["category"] == category]  # and the summary is written as well
    assert list(row["count"].astype(int)) == [count]


@pytest.mark.parametrize(
    "sentence",
    [
        s
        for case in [
            "确保2019年底前已交办的56件信访件全部办结销号。",
            "确保2019年底前督察反馈的24个问题全部完成整改。",
            "力争年底前12项整改任务全部完成。",
        ]
        for s in (case, to_traditional(case))
    ],
)
def test_a_promise_is_no_status(sentence: str) -> None:
    r = read_report(sentence, published=PUBLISHED)
    assert r.progress_summaries.empty
    assert len(r.targets) == 1  # the promised count stays a target


def test_the_boundary_is_the_registrys() -> None:
    """A registry that counts problems rectified makes a problem ledger's counts observations."""
    sentence = "黄河流域生态环境警示片反馈的24个问题全部完成整改。"
    registry = datasets.load("indicators")
    assert ("rectify", "problem") not in registry_actions(registry["code"], registry["action"])
    extra = pd.DataFrame(
        [
            {
                "code": "problems_rectified",
                "name_zh": "完成整改的问题",
                "name_en": "problems rectified",
                "unit": "个",
                "direction": "higher",
                "domain": "governance",
                "action": "rectify:problem",
            }
        ]
    )
    for text in (sentence, to_traditional(sentence)):
        obs, summ = _read(text, indicators=pd.concat([registry, extra], ignore_index=True))
        assert 24 in _counts(obs["value"])
        assert list(summ["count"].astype(int)) == [24]
        obs, summ = _read(text)
        assert 24 not in _counts(obs["value"])
        assert list(summ["count"].astype(int)) == [24]


@pytest.mark.parametrize(
    ("subject", "status", "observed"),
    [
        ("群众举报问题", "已全部办结", True),  # 举报: handle:petition
        ("中央交办群众信访件", "已全部办结", True),
        ("责任追究问题线索", "已全部办结", True),  # handle:clue
        ("信访件", "正在办理中", True),
        ("生态环境问题", "全部完成整改", False),  # rectify:problem: none
        ("责任追究问题", "全部办结", False),  # handle:problem: none
        ("整改任务", "基本完成整改", False),  # no object class
        ("整改事项", "全部完成", False),
        ("信访案件", "已全部整改到位", True),  # petitions handled, whatever the status
    ],
)
def test_observed_by_the_registrys_action_pairs(subject: str, status: str, observed: bool) -> None:
    registry = datasets.load("indicators")
    counted = frozenset(registry_actions(registry["code"], registry["action"]))
    assert _observed(subject, status, counted) is observed
    assert _observed(subject, status, frozenset()) is False  # no registry: summaries only


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


def test_ledger_heads_and_the_handling_act_have_one_home() -> None:
    for cls in ("petition", "problem", "clue"):
        assert set(OBJECT_CLASSES[cls].heads) <= set(LEDGER_HEADS)
    assert "企业" not in LEDGER_HEADS
    assert "煤矿" not in LEDGER_HEADS
    assert HANDLING in VERB_CLASSES
