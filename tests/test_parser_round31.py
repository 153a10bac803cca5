"""Classes of parser round 31b (branch ``read21``): failure classes left on the spent splits.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 31b, branch
`read21`"):

1. 则 after a figure bounded from one side (<, ≧, 小于, 超过 …) and before a copula or a verb
   of consequence (则为, 则属, 则启动) is the conjunction of a threshold's condition, not the
   counter of notices: ``AQI<50则为良好`` is 50 (``less``) without a unit 则.
2. A share that opens its clause right after a whole closed by 中 (之中, 当中) is a part of
   that whole (``85个断面中89.4%达到Ⅲ类``): ``ratio``; and a whole named with 总 and a noun of
   amount (``总任务量的8.7%``) makes the share after it a ``ratio`` as ``总量的`` does.
3. 一 + counter counts one, though a noun may follow it, as a frequency after 每 and a period
   (``每季进行一次``) and as the next count of a list joined by 和/及 to a count
   (``两轮督察和一次回头看``); an article stays unread (``一间公司及一名人士``, ``一次性``).
4. A count of places before the verb 委托 is a count (``三县委托代烧``; 县委 alone is the
   party committee).

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from tests.parser_rows import one_row, rows
from tests.scripts import both_scripts

# --- 1. 则 of a threshold's condition --------------------------------------------------------

THRESHOLDS = [
    ("当AQI<100则为良好,否则为不良", 100.0, "less"),
    ("PSI>150则属不健康等级", 150.0, "greater"),
    ("若AQI≧151则启动二级预警", 151.0, "at_least"),
    ("指数≤50则视为优", 50.0, "at_most"),
    ("AQI＜35则判定为达标", 35.0, "less"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), both_scripts(THRESHOLDS))
def test_then_after_a_bounded_figure_is_no_counter(text: str, value: float, qualifier: str) -> None:
    got = rows(text, "value", "unit", "qualifier")
    assert all(unit != "则" for _, unit, _ in got), got
    assert (value, "dimensionless", qualifier) in [(float(v), u, q) for v, u, q in got]


WORD_BOUNDS = [("PM2.5浓度大于75则属超标",), ("AQI大于二百则启动橙色预警",)]


@pytest.mark.parametrize("text", [str(c[0]) for c in both_scripts(WORD_BOUNDS)])
def test_then_after_a_bound_in_words_is_no_counter(text: str) -> None:
    assert all(unit != "则" for (unit,) in rows(text, "unit"))


NOTICES = [
    ("及时发布4则跑马灯及1则新闻稿", [4.0, 1.0]),
    ("共收到7则留言,其中2则为转载", [7.0, 2.0]),
    ("本月发布超过5则新闻", [5.0]),
    ("推送则数为10则,二手玩具交换", [10.0]),
]


@pytest.mark.parametrize(("text", "values"), both_scripts(NOTICES))
def test_notices_counted_in_ze_stay_counts(text: str, values: list[float]) -> None:
    got = rows(text, "value", "unit")
    assert [float(v) for v, _ in got] == values
    assert {u for _, u in got} == {"则"}


# --- 2. A share of a whole closed by 中, or of a named total ----------------------------------

PARTS_OF_A_WHOLE = [
    ("全市42个国控断面中88.1%达到Ⅱ类水质", 88.1),
    ("湖库监测点位中75%达到Ⅲ类标准", 75.0),
    ("受理的投诉当中,61.5%为噪声投诉", 61.5),
    ("参评的城市之中23.7%空气质量达标", 23.7),
    ("截至月底已完成总任务量的62.4%", 62.4),
    ("工业源排放为总排放量的12.5%", 12.5),
    ("已拆除锅炉为总拆除任务的91%", 91.0),
]


@pytest.mark.parametrize(("text", "value"), both_scripts(PARTS_OF_A_WHOLE))
def test_share_of_a_whole_is_a_ratio(text: str, value: float) -> None:
    shares = [r for r in rows(text, "value", "unit", "kind") if r[1] == "%"]
    assert shares == [(value, "%", "ratio")]


LEVELS = [
    ("今年年中,85%", 85.0),
    ("优良天数比例为87.5%", 87.5),
    ("水质优良断面比例达88.1%", 88.1),
    ("集中85%", 85.0),
    ("总磷浓度为0.12%", 0.12),
]


@pytest.mark.parametrize(("text", "value"), both_scripts(LEVELS))
def test_other_shares_stay_levels(text: str, value: float) -> None:
    row = one_row(text)
    assert (float(row["value"]), row["kind"]) == (value, "level")


def test_a_change_after_a_whole_in_zhong_stays_a_change() -> None:
    got = rows("其中PM2.5浓度下降5%", "value", "kind", "sign")
    assert got == [(-5.0, "change_relative", -1)]


# --- 3. 一 + counter as a frequency or in a list of counts -------------------------------------

ONES = [
    ("本计划于每季进行一次实地访查", "次"),
    ("每两周开展一次联合巡查", "次"),
    ("每半年组织一次专项检查", "次"),
    ("共开展三轮督察和一次专项督察", "次"),
    ("检查了12家企业和一个工地", "个"),
    ("查处两宗违法排污及一宗非法倾倒", "宗"),
]


@pytest.mark.parametrize(("text", "unit"), both_scripts(ONES))
def test_one_of_a_frequency_or_a_list_counts(text: str, unit: str) -> None:
    assert (1.0, unit) in [(float(v), str(u).split("/")[0]) for v, u in rows(text, "value", "unit")]


ARTICLES = [
    ("这是一次性投入",),
    ("每年一次性补助到位",),
    ("完成3家企业和一次性补助发放",),
    ("一间公司及一名人士被检控",),
    ("第二轮督察和一次回头看",),
    ("整改一家企业",),
    ("PM2.5浓度和一次污染物",),
]


@pytest.mark.parametrize("text", [str(c[0]) for c in both_scripts(ARTICLES)])
def test_one_as_an_article_stays_unread(text: str) -> None:
    assert all(float(v) != 1.0 for (v,) in rows(text, "value"))


# --- 4. places counted before 委托 -----------------------------------------------------------

PLACES = [
    ("离岛三县委托代烧比率均超过八成", 3.0, "县"),
    ("两市委托第三方开展监测", 2.0, "市"),
    ("5区委托专业机构清运", 5.0, "区"),
]


@pytest.mark.parametrize(("text", "value", "unit"), both_scripts(PLACES))
def test_places_counted_before_weituo(text: str, value: float, unit: str) -> None:
    assert (value, unit) in [(float(v), u) for v, u in rows(text, "value", "unit")]


@pytest.mark.parametrize("text", ["县委书记到三市委员会调研", "召开3县委常委会"])
def test_party_committees_are_no_count(text: str) -> None:
    assert [u for (u,) in rows(text, "unit") if u in ("县", "市")] == []
