"""What a count counts: the noun of a count's proposed indicator (issue 13, branch count23).

A figure with a measure word (个, 家, 座, 人, 名 …) counts something the text names in a few
regular places:

* right after the measure word, also after a relative clause ending in 的, when the words
  before the figure name no noun or are a verb alone (``新建3座农村污水处理站``,
  ``对排查出的19家…重叠的煤矿``, ``…有限责任公司等4家企业被列入…``);
* the whole counted first in the sentence, when a part's count has no noun of its own and
  its predicate follows at once (``80个工业集聚区中，…，6个正在建设`` → 工业集聚区正在建设);
* persons counted after a verb alone are the persons it was done to (``约谈171人`` →
  约谈人数, ``死亡163人`` → 死亡人数).

Where no counted noun is found the phrase keeps today's flag (``(no measure named)``).
"""

from __future__ import annotations

import pytest
from tests.report_rows import ALL_TABLES, figure_rows, simplified_row
from tests.scripts import SCRIPTS

from envindicators.units import to_simplified


def _subject(text: str, value: str, script: str) -> tuple[str, dict[str, object]]:
    """The subject (simplified) and the row of the figure written ``value`` in ``text``."""
    row = simplified_row(text, value, script=script)
    return to_simplified(str(row["subject"])), row


# ------------------------------------------------------------------ persons by a verb

PERSONS = [
    # (text, figure, subject)
    ("立案侦查5件，拘留7人，诫勉171人，处理102人。", "171人", "诫勉人数"),
    ("立案侦查5件，拘留7人，诫勉171人，处理102人。", "102人", "处理人数"),
    # np40: the deaths of the events counted before them are those events' (hand check 28)
    ("全年发生生产安全事故147起，死亡163人。", "163人", "生产安全事故死亡人数"),
    ("本次山洪灾害共造成房屋倒塌12间，遇难4人。", "4人", "遇难人数"),
    ("督察期间共约谈2819人，处分4305人。", "4305人", "处分人数"),
    ("对相关责任人处分3人。", "3人", "相关责任人处分人数"),
    # 名 counts persons as 人 does (reg38): a verb no registry row holds (诫勉), counted in 名
    ("今年共诫勉12名，问责3人。", "12名", "诫勉人数"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value", "subject"), PERSONS)
def test_a_count_of_persons_after_a_verb_counts_the_persons(
    text: str, value: str, subject: str, script: str
) -> None:
    got, row = _subject(text, value, script)
    assert got == subject
    assert row["needs_review"]  # still a proposed indicator: to review
    assert "indicator phrase of a count of persons" in str(row["note"])


PERSONS_KEPT = [
    # a noun after the count names the persons (the verb and its object)
    # officials counted in 名 are persons held accountable (reg38: 名 converts to 人)
    ("全年问责18199名党政领导干部。", "18199名", None),
    # a registry indicator's alias (拘留) is no verb to name
    ("立案侦查5件，拘留7人，约谈171人。", "7人", None),
    # nor are 约谈 and 问责, the registry's persons summoned and held accountable (reg37)
    ("立案侦查5件，拘留7人，约谈171人，问责102人。", "171人", None),
    ("立案侦查5件，拘留7人，约谈171人，问责102人。", "102人", None),
    ("督察期间共约谈2819人，问责4305人。", "4305人", None),
]


@pytest.mark.parametrize(("text", "value", "subject"), PERSONS_KEPT)
def test_persons_named_otherwise_are_left(text: str, value: str, subject: str | None) -> None:
    got, row = _subject(text, value, "simplified")
    assert not got.endswith("人数")
    if subject is None:
        assert not str(row["indicator"]).startswith("proposed_")
    else:
        assert got == subject


def test_persons_after_a_word_that_is_no_verb_stay_flagged() -> None:
    text = "其余依次为山西省868人、辽宁省724人。"
    got, _ = _subject(text, "868人", "simplified")
    assert got.startswith("(no measure named)")
    assert "人数" not in got


def test_a_count_of_persons_in_another_measure_word_is_left() -> None:
    got, _ = _subject("共接待群众来访120人次。", "120人次", "simplified")
    assert "人数" not in got


# ------------------------------------------------------------------ the noun after the count

AFTER = [
    # (text, figure, subject): words before that name no noun, or a relative clause's verb
    ("全市新建3座农村污水处理站。", "3座", "农村污水处理站"),
    ("对排查出的19家与水源保护区重叠的砂石场开展整治。", "19家", "砂石场"),
    ("石工水泥有限责任公司等4家企业被列入重点排污单位。", "4家", "企业"),
    ("中国建材集团有限公司等两家中央企业开展督察。", "两家", "中央企业"),
    ("现对第二批8个典型案例进行集中公开通报。", "8个", "典型案例"),
    # a noun owning what follows 的 (no verb before 的) is the counted noun itself
    ("此外，针对137座加油站的管理，已完成抽测。", "137座", "加油站"),
    ("根据四个空气监测站的资料显示，空气质量良好。", "四个", "空气监测站"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value", "subject"), AFTER)
def test_a_count_is_named_by_the_noun_after_it(
    text: str, value: str, subject: str, script: str
) -> None:
    got, row = _subject(text, value, script)
    assert got == subject
    assert row["needs_review"]
    assert "the noun after the count" in str(row["note"])


AFTER_KEPT = [
    # no noun after the count (a predicate, the clause's end): the flag stays
    # (剩余9个问题主要为…: the rest named 剩余问题 since np41, tests/test_extract_np41.py)
    ("截至目前，剩余9个主要为污水处理厂建设问题。", "9个"),
    ("要求30座污水处理厂完成提标改造，目前仅完成3座。", "3座"),
    # a list after the count: the count is of all its members, no one noun
    ("全年种植343万棵树木、灌木和多年生植物。", "343万棵"),
]


def test_an_amount_is_no_count_of_things() -> None:
    text = "温室气体总排放量从西元1990年137.78百万公吨二氧化碳当量上升。"
    rows = figure_rows(text, ALL_TABLES)
    row = next(v for k, v in rows.items() if "137.78" in k)
    assert "the noun after the count" not in str(row["note"])


@pytest.mark.parametrize(("text", "value"), AFTER_KEPT)
def test_without_a_noun_after_the_count_the_flag_stays(text: str, value: str) -> None:
    got, row = _subject(text, value, "simplified")
    assert got.startswith("(no measure named)")
    assert "the noun after the count" not in str(row["note"])


# ------------------------------------------------------------------ a part of a whole counted

PARTS = [
    # (text, figure, subject): the first count's noun, then the part's predicate
    ("59个地环治理项目中，2个项目主体完工，8个未完工。", "8个", "地环治理项目未完工"),
    ("全省80个工业集聚区中，74个建成污水集中处理设施，6个正在建设。", "6个", "工业集聚区正在建设"),
    ("冶炼铸造企业108家，65家采用电炉、43家采用中频炉。", "65家", "冶炼铸造企业采用电炉"),
    ("全县81家矿山中，25家停工停产，56家正常生产。", "56家", "矿山正常生产"),
    (
        "全区共有规模化养殖场45个，38个配套建设粪污处理设施，7个尚未配套。",
        "7个",
        "规模化养殖场尚未配套",
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value", "subject"), PARTS)
def test_a_part_without_its_noun_is_named_with_its_whole(
    text: str, value: str, subject: str, script: str
) -> None:
    got, row = _subject(text, value, script)
    assert got == subject
    assert row["needs_review"]
    assert "a part named with the whole counted before it" in str(row["note"])


PARTS_KEPT = [
    # (text, figure): the part names its own noun, or the whole names an act
    ("59个地环治理项目中，2个项目主体完工，8个未完工。", "2个"),
    ("14个违法违规项目已全部整改，12个整改事项已经完成。", "12个"),
    ("完成整改12个，3个正在推进。", "3个"),
    # 另有: another set, no part of the one before
    ("违反《废物处置条例》的个案有33宗，另有四宗违反《水污染管制条例》。", "四宗"),
    # a whole counted in another measure word is no whole of the part
    ("共受理信访件30件，办结25件，5个正在办理。", "5个"),
]


@pytest.mark.parametrize(("text", "value"), PARTS_KEPT)
def test_a_part_with_its_own_noun_or_an_act_for_whole_is_left(text: str, value: str) -> None:
    _, row = _subject(text, value, "simplified")
    assert "a part named with the whole counted before it" not in str(row["note"])
