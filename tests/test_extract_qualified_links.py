"""link24: a registry count is no link of a count qualified by a predicate its names lack,
and a registry name written right before a figure of its own names no figure before it.

Classes (issue 13, hand check 15): ``50个断面达到年度考核目标`` is the count of the sections
that met the target, not ``monitored_sections``; ``27个水源地水质达标`` not the count of all
drinking-water sources; ``责令立即整改312件、…、停产整改103件`` — 停产整改 is 103's name, 312
is no count of enterprises suspended.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row
from tests.scripts import to_traditional

#: (text, figure, registry code it must NOT be linked to).
QUALIFIED = [
    ("2019年，全省国家考核断面中，50个断面达到年度考核目标。", "50个", "monitored_sections"),
    ("2020年，全市国控断面中，8个断面未达到考核目标。", "8个", "monitored_sections"),
    ("2018年11月，全市56个监测断面中有49个断面达到水质目标要求。", "49个", "monitored_sections"),
    ("2021年，全县考核断面中，3个断面水质超标。", "3个", "monitored_sections"),
    (
        "2017年，全省29个地级以上城市集中式饮用水水源地中，27个水源地水质达标。",
        "27个",
        "drinking_water_sources",
    ),
    (
        "2022年，全市12个集中式饮用水水源地中，11个水源地水质符合Ⅲ类标准。",
        "11个",
        "drinking_water_sources",
    ),
]

#: (text, figure, registry code it keeps): the count of all, or a name holding the quality.
KEPT = [
    # a whole of which a part is taken (…中)
    ("2020年，全市87个国考断面中水质优良断面85个。", "87个", "monitored_sections"),
    # all of them reached it: the count is of all
    ("2020年，全市6个国控断面均达到Ⅱ类水质。", "6个", "monitored_sections"),
    # a share follows the counted noun: the count is of all
    ("2020年，全市7个国考断面水质优良比例为100%。", "7个", "monitored_sections"),
    # no predicate after the count
    ("2019年，全省共设国考断面数24个。", "24个", "monitored_sections"),
    ("2018年，全市集中式饮用水水源地共有29个。", "29个", "drinking_water_sources"),
]

#: (text, figure, code it must not be, code the name's own figure keeps).
OWN_FIGURE = [
    (
        "目前，已办结527件，责令立即整改312件、限期整改102件、停产整改103件，关闭取缔97家。",
        "312件",
        "enterprises_suspended",
        "103件",
    ),
    (
        "目前，已办结527件，责令立即整改312件、限期整改102件、停产整改103件，关闭取缔97家。",
        "102件",
        "enterprises_suspended",
        "103件",
    ),
    (
        "从处理情况看，责令立即改正54家，限期整改47家，停产整改12家，立案处罚11家。",
        "54家",
        "enterprises_suspended",
        "12家",
    ),
    (
        "查处过程中，责令改正20家、停产整治6家、查封扣押3家。",
        "20家",
        "enterprises_suspended",
        "6家",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), QUALIFIED)
def test_a_qualified_count_is_no_registry_count_of_all(
    text: str, figure: str, code: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] != code
    assert row["indicator"].startswith("proposed_")
    assert bool(row["needs_review"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code"), KEPT)
def test_a_count_of_all_keeps_its_registry_link(
    text: str, figure: str, code: str, hant: bool
) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == code


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "code", "own"), OWN_FIGURE)
def test_a_name_before_its_own_figure_names_no_figure_before(
    text: str, figure: str, code: str, own: str, hant: bool
) -> None:
    text = to_traditional(text) if hant else text
    assert report_row(text, figure)["indicator"] != code
    assert report_row(text, own)["indicator"] == code


def test_a_name_after_the_figure_still_names_it_when_no_figure_follows() -> None:
    # 停产整改 names no figure of its own: the count before it is of it (rule 4 kept)
    row = report_row("2019年，全市共有15家企业被责令停产整改。", "15家")
    assert row["indicator"] == "enterprises_suspended"


#: (text, figure): a count naming, right after it, a noun the registry count does not
#: count (整改/强化措施数, alias 整改任务数) — a plan's ranked items — is no count of measures.
OTHER_NOUN = [
    ("方案共列出15项重点任务、60条整改措施。", "15项"),
]

#: (text, figure): the counted noun is the registry count's head: linked.  A plan's list of
#: 整改任务 is rectification_measures too (reg35: convention (c) of hand check 23).
SAME_NOUN = [
    ("针对反馈意见，制定了26项整改措施、8项强化措施。", "26项"),
    ("针对反馈意见，制定了26项整改措施、8项强化措施。", "8项"),
    ("针对反馈问题，制定整改措施52项。", "52项"),
    ("整改任务清单包括43项整改任务、141条整改措施。", "43项"),
    ("该市整改清单包括38项整改任务和120条整改措施。", "38项"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), OTHER_NOUN)
def test_a_count_of_another_noun_is_no_registry_count(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] != "rectification_measures"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), SAME_NOUN)
def test_a_count_of_the_registry_noun_keeps_its_link(text: str, figure: str, hant: bool) -> None:
    row = report_row(text, figure, hant=hant)
    assert row["indicator"] == "rectification_measures"


def test_a_name_followed_by_a_count_of_another_noun_still_names_the_figure_before() -> None:
    # 水源地|356个问题: the figure after the name counts problems, it is no value of the name
    row = report_row(
        "2020年，全省1200个县级及以上城市集中式饮用水水源地356个问题完成整改。", "1200个"
    )
    assert row["indicator"] == "drinking_water_sources"


def test_a_modifier_before_the_registry_head_is_no_other_noun() -> None:
    # 6个|国家“水十条”考核断面: 国家 is read as a noun, but the head 断面 is written after it
    row = report_row("2018年，6个国家“水十条”考核断面达标率为66.7%。", "6个")
    assert row["indicator"] == "monitored_sections"
