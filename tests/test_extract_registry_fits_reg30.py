"""reg30: registry indicators that fit a count named by its act (issue 13, hand check 19).

Classes: one act written with two verbs of its class and no object (``关闭取缔31家``: the
enterprises closed — 家 is the enterprises' measure word); a fine written with the verb 罚
alone (``被罚54万元``, ``问责283人罚1.8亿元``: the fines).  And the near forms that must not
link: two verbs of two acts, a measure word no class owns first, a noun after the count, a
fine's share or average, a count penalised, cases of a kind of penalty.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row

from envindicators.extract._actions import OBJECT_CLASSES, VERB_CLASSES, action_link

#: (text, figure, registry code): one act written with two verbs of its class, its object
#: left out; the measure word (家) says what was acted on when nothing earlier does.
TWO_VERBS = [
    ("督察期间，责令整改56家，取缔关闭23家，罚款120万元。", "23家", "enterprises_closed"),
    ("办理过程中，停产整治12家，关闭取缔9家，立案查处14件。", "9家", "enterprises_closed"),
    ("截至目前，已核查问题38个，关停取缔17家。", "17家", "enterprises_closed"),
    # an object of its class written earlier in the sentence names it
    ("全省排查小煤矿35座，关闭取缔12家。", "12家", "coal_mines_closed"),
]

#: (text, figure, code it must not be): two acts, or a measure word no class owns first.
NOT_TWO_VERBS = [
    # 淘汰 and 改造 are two acts (close, rectify): the count is of neither's object
    ("共计淘汰改造675台，预计年可削减煤炭消耗128.7万吨。", "675台", "vehicles_retired"),
    # 个 is no enterprise's first measure word (nor a mine's): no object, no link
    ("督察期间，责令整改56家，关闭取缔12个。", "12个", "enterprises_closed"),
    # a noun after the count names what was acted on (乡镇): no class by the measure word
    ("专项督查中抽查38个乡镇，发现问题12个。", "38个", "nature_reserves_inspected"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), TWO_VERBS)
def test_two_verbs_of_one_act_name_its_count(text: str, figure: str, code: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == code
    assert row["needs_review"]  # the object is not written: to review


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), NOT_TWO_VERBS)
def test_two_acts_or_a_shared_measure_name_no_count(
    text: str, figure: str, code: str, hant: bool
) -> None:
    assert report_row(text, figure, hant=hant)["indicator"] != code


def test_a_count_inspected_beside_one_closed() -> None:
    text = "专项行动共检查企业120家，关闭取缔31家。"
    assert report_row(text, "120家")["indicator"] == "enterprises_inspected"
    assert report_row(text, "31家")["indicator"] == "enterprises_closed"


#: (text, figure): an amount of money right after the verb 罚 (被罚, 开罚, 罚): the fines.
FINED = [
    ("一间公司因违反排放规定被罚54万元。", "54万元"),
    ("该厂因超标排放遭环保局开罚30万元。", "30万元"),
    ("第二批督察已问责283人罚1.8亿元", "1.8亿元"),
    ("两家企业分别被罚12万元和8万元。", "12万元"),
]

#: (text, figure, code it must not be): a share, an average per case, a count of the fined.
NOT_FINED = [
    ("处罚金额中，罚款占比近6成。", "6成", "fines_total"),
    ("全年件均罚锾金额6万元。", "6万元", "fines_total"),
    ("去年单笔罚锾最高30万元。", "30万元", "fines_total"),
    ("全市共处罚12家企业。", "12家", "fines_total"),
    ("各地被罚企业共计35家。", "35家", "fines_total"),
    # 罚 names an amount: a count of cases of a kind of penalty is no count of all cases
    ("今年1-6月，全省按日计罚案件86件。", "86件", "env_violation_cases"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), FINED)
def test_an_amount_after_fined_is_the_fines(text: str, figure: str, hant: bool) -> None:
    assert report_row(text, figure, hant=hant)["indicator"] == "fines_total"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), NOT_FINED)
def test_a_share_average_or_count_of_fines_is_no_total(
    text: str, figure: str, code: str, hant: bool
) -> None:
    assert report_row(text, figure, hant=hant)["indicator"] != code


def test_the_vocabularies_hold_the_new_words() -> None:
    assert "罚" in VERB_CLASSES["penalize"]
    assert not OBJECT_CLASSES["amount"].measures  # an amount is counted in a unit


def test_action_link_reads_a_run_of_one_class_as_one_verb() -> None:
    acts = {("close", "enterprise"): "closed", ("rectify", "enterprise"): "rectified"}
    t = "办理中，关闭取缔31家"
    link = action_link(t, 8, 11, 4, 11, 0, acts, lambda c: True)
    assert link is not None
    assert link.code == "closed"
    assert not link.sure
    assert t[link.subject_start : link.subject_end] == "关闭取缔31家"
    # a noun after the count names what was acted on (餐馆): no class by the measure word
    assert action_link("办理中，关闭取缔12家餐馆", 8, 11, 4, 13, 0, acts, lambda c: True) is None
    # a run of two classes keeps its last verb alone: 淘汰|整改 is not bare
    assert action_link("办理中，淘汰整改31家", 8, 11, 4, 11, 0, acts, lambda c: True) is None
