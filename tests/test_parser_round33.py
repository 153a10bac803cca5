"""Classes of parser round 33b (branch ``read23``): failure classes left on the spent splits.

Rules (``benchmarks/corpus/README.md``, "Parser round 33b, branch `read23`"):

* **A completion rate over a list** (``context_rules._completion_rate_over_a_list``): a
  completion rate named, a list announced at the end of its clause (依次为, 分别为, 较高的) and,
  after the colon or the comma, the first item's name and its share: the share is that item's
  completion rate, a ratio as ``完成率为97%`` is; the items after it follow (a stray comma
  before the 、 of a damaged copy is a list's 、).  Another rate's list (优良天数比例, 达标率)
  stays levels.
* **Land lot numbers** (``unit_words._NOT_UNIT_BEFORE``): ``大安段3地号``, ``2-2地号`` are
  the cadastral numbers of land lots, not counts of places (地); ``三地``, ``两地号召`` still are.
* **A per-capita amount from a year's value** (``context_words._PER_CAPITA_DAILY``,
  ``context_rules._SAME_MEASURE_GAP``): ``每人每日垃圾量由2019年的0.66公斤降为2020年的0.61公斤``:
  the year of the from-value may stand between the per-capita words and the figure, and the
  level reached after 降为/减为 (and a year, 之) is the same measure.
* **A list of changes with their restatements in brackets** (``scanner._joins``,
  ``scanner._restated_share_over_list``): ``分别较上年增加0.1万次(3.4%)、55万元(0.6%)``: after
  a change and its % in brackets the list goes on; the next member shares the verb and its %
  in brackets is its relative change, not a part of a total.
* **一 + counter as the next count of a list** (``scanner._COUNT_LIST_BEFORE``): after a count
  and a noun of up to 14 characters, 和/及 or (a comma and) 以及 join 一 + counter as a count of
  one (``38个泳滩,以及一个非宪报泳滩``, ``五宗违反《条例》的个案和一宗``); a year before is no
  count (``2020年实施的政策和一个机制``: 一 is the article).
* **A share of a count in brackets, with a PDF's spaces** (``context_rules._share_of_a_count``):
  ``环境卫生1,553件 (27.7 %)``: a space before or inside the bracket keeps the share the
  count's part of the whole (a ratio).
* **A share, its count in brackets, then its set** (``context_words._share_subject_next``):
  ``有82.8%(115件)受访者表示``: the share of the people named after its count, a ratio as
  ``有82.8%受访者`` is; a share after an indicator (``优良天数比例为85%(310天)``) stays a level.
* **以 X 最多 as a superlative** (``affixes._SUPERLATIVE_WITH_YI``): ``以一般民众最多为4,395件``
  names the largest group and its size, not a bound (was ``at_most``); ``每日最多为10吨``,
  ``以上企业最多为10吨`` keep the bound.
* **The larger changes listed** (``context_rules._larger_changes_listed``):
  ``增加比例较大者包括物联网(286%)及智能车管理(173%)``: a share in brackets after an item of
  a list announced as the larger increases (decreases) is that item's relative change with the
  announcing word's sign; ``占比较大的有甲市(12%)`` stays a share.

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from tests.parser_rows import rows
from tests.scripts import in_both_scripts


def _kinds(text: str) -> list[tuple[float, str, str]]:
    return [(round(float(v), 6), str(u), str(k)) for v, u, k in rows(text, "value", "unit", "kind")]


# --- 1. a completion rate over a list -----------------------------------------------------
RATE_LISTS = [
    ("按类别统计,问题整改完成率依次为:水污染类100%、大气污染类98.6%、噪声类97%。", [100, 98.6, 97]),
    ("各县整改完成率较高的,为甲县99%、乙县98.5%、丙县96%。", [99, 98.5, 96]),
    ("全省任务完成率分别为:城区100%、郊区92.3%。", [100, 92.3]),
    ("整改完成率排名前三位的,为东城区100%、西城区99.1%、南区98%。", [100, 99.1, 98]),
    # a copy's stray comma before the 、
    ("各市整改完成率较高的,为甲市97%,、乙市96.5%,、丙市96%。", [97, 96.5, 96]),
    # an item's name of ten characters
    ("整改完成率依次为:决策部署贯彻落实类97.5%、生态保护类95%。", [97.5, 95]),
]


@pytest.mark.parametrize(
    ("text", "values"), [(t, v) for s, v in RATE_LISTS for t in in_both_scripts(s)]
)
def test_completion_rates_listed_after_a_colon_or_comma_are_ratios(
    text: str, values: list[float]
) -> None:
    got = [g for g in _kinds(text) if g[1] == "%"]
    assert [g[0] for g in got] == values
    assert all(g[2] == "ratio" for g in got), got


LEVEL_LISTS = [
    # another rate: the places' values of an indicator, levels
    "优良天数比例依次为:甲市100%、乙市99%、丙市97.3%。",
    "水质达标率依次为:甲河100%、乙河95%。",
    "各县空气质量优良率较高的,为甲县99%、乙县98.5%。",
    # a completion rate, but no list announced before the comma
    "整改完成率逐步提高,甲县去年为86%。",
    # a colon, then a figure with its own verb
    "整改完成率依次为:比上年提高5%。",
]


@pytest.mark.parametrize("text", [t for s in LEVEL_LISTS for t in in_both_scripts(s)])
def test_other_lists_keep_their_shares_levels_or_changes(text: str) -> None:
    got = [g for g in _kinds(text) if g[1] == "%"]
    assert got, text
    assert all(g[2] != "ratio" for g in got), got


# --- 2. land lot numbers ------------------------------------------------------------------
LOTS = [
    "监看丰田段2-2地号及丰田段17-1地号公有地的摄影机",
    "位于大安段3地号的土地已完成清理",
    "共勘查12地号土地,面积3公顷",
]


@pytest.mark.parametrize("text", [t for s in LOTS for t in in_both_scripts(s)])
def test_land_lot_numbers_are_no_counts_of_places(text: str) -> None:
    assert all(g[1] != "地" for g in _kinds(text))


PLACES = [
    ("京津冀三地协同治理", 3),
    ("上述4地共有3家企业", 4),
    ("两地号召群众参与", 2),
]


@pytest.mark.parametrize(("text", "value"), [(t, v) for s, v in PLACES for t in in_both_scripts(s)])
def test_counts_of_places_stay(text: str, value: int) -> None:
    assert (value, "地") in [(g[0], g[1]) for g in _kinds(text)]


# --- 3. a per-capita amount from a year's value -------------------------------------------
PER_CAPITA_YEARS = [
    "每人每日垃圾清运量由2019年的0.66公斤降为2020年的0.61公斤。",
    "人均每日垃圾产生量也由108年之0.95公斤降为109年度0.92公斤,成效明显。",
    "每人每日生活用水量由2015年0.2吨增至2020年0.25吨。",
    "每人每日垃圾清运量由0.66公斤降为0.61公斤。",
]


@pytest.mark.parametrize("text", [t for s in PER_CAPITA_YEARS for t in in_both_scripts(s)])
def test_per_capita_amounts_from_a_year_are_per_day(text: str) -> None:
    got = rows(text, "unit", "warnings")
    assert [u for u, _ in got] == ["公斤/日", "公斤/日"] or [u for u, _ in got] == [
        "吨/日",
        "吨/日",
    ]
    assert all(not w for _, w in got), got


PER_CAPITA_NOT = [
    # no per-capita words: the year stays a date, the amount a total
    ("全市垃圾清运量由2019年的66万吨降为2020年的61万吨。", "吨"),
    # a year, then a figure of another measure after the per-capita clause is closed
    ("每人每日垃圾量已公布,2020年处理量为61万吨。", "吨"),
]


@pytest.mark.parametrize(
    ("text", "unit"), [(t, u) for s, u in PER_CAPITA_NOT for t in in_both_scripts(s)]
)
def test_amounts_without_per_capita_words_keep_their_unit(text: str, unit: str) -> None:
    got = rows(text, "unit")
    assert got
    assert all(g[0] == unit for g in got), got


# --- 4. a list of changes with their restatements in brackets -----------------------------
RESTATED_LISTS = [
    (
        "裁处次数及金额分别较上年增加0.1万次(3.4%)、55万元(0.6%)。",
        [(1000, "次", "change_absolute"), (3.4, "%", "change_relative"),
         (550000, "元", "change_absolute"), (0.6, "%", "change_relative")],
    ),
    (
        "废水和污泥排放量较上年减少1.2万吨(3.4%)、2.5万吨(0.6%)。",
        [(-12000, "吨", "change_absolute"), (-3.4, "%", "change_relative"),
         (-25000, "吨", "change_absolute"), (-0.6, "%", "change_relative")],
    ),
    (
        "用电量和用水量同比分别增长300万千瓦时(2.1%)和12万吨(1.5%)。",
        [(3000000, "千瓦时", "change_absolute"), (2.1, "%", "change_relative"),
         (120000, "吨", "change_absolute"), (1.5, "%", "change_relative")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for s, e in RESTATED_LISTS for t in in_both_scripts(s)]
)
def test_list_of_changes_goes_on_after_a_bracket(text: str, expected: list[tuple]) -> None:
    assert _kinds(text) == [(float(v), u, k) for v, u, k in expected]


PARTS_LISTS = [
    # no verb of change: the shares in brackets are parts of the total
    ("资本支出分别为70.4亿元(18.0%)、210.9亿元(38.3%)。", ["ratio", "ratio"]),
    ("全市新增企业3家(占2%)、关停5家(占1%)。", ["ratio", "ratio"]),
    # the list is closed by a comma and a new subject: the second amount is a level
    ("排放量较上年减少1.2万吨(3.4%),甲厂排放2.5万吨(0.6%)。", ["change_relative", "ratio"]),
]


@pytest.mark.parametrize(
    ("text", "kinds"), [(t, k) for s, k in PARTS_LISTS for t in in_both_scripts(s)]
)
def test_shares_in_brackets_without_a_shared_verb_stay_parts(text: str, kinds: list[str]) -> None:
    assert [g[2] for g in _kinds(text) if g[1] == "%"] == kinds


# --- 5. 一 + counter as the next count of a list -----------------------------------------
ONE_COUNTED = [
    ("今年公布38个宪报泳滩,以及一个非宪报泳滩的评级。", (1.0, "个")),
    ("另有五宗违反《废物处置条例》的个案和一宗违反噪音条例的个案。", (1.0, "宗")),
    ("全市关停12家小型化工企业及一家印染厂。", (1.0, "家")),
]


@pytest.mark.parametrize(
    ("text", "one"), [(t, o) for s, o in ONE_COUNTED for t in in_both_scripts(s)]
)
def test_one_after_a_count_and_a_joiner_is_counted(text: str, one: tuple[float, str]) -> None:
    assert one in [(g[0], g[1]) for g in _kinds(text)]


ONE_ARTICLE = [
    "自2020年起实施的新政策,以及一个长效机制。",
    "2020年实施的政策和一个机制正在评估。",
    "第二轮督察和一次专项检查同时开展。",
    "一间公司及一名人士被检控。",
]


@pytest.mark.parametrize("text", [t for s in ONE_ARTICLE for t in in_both_scripts(s)])
def test_one_after_a_date_an_ordinal_or_an_article_is_no_count(text: str) -> None:
    assert all(g[0] != 1.0 for g in _kinds(text)), _kinds(text)


# --- 6. a share of a count in brackets, with spaces ---------------------------------------
SPACED_SHARES = [
    "以异味污染2,635件之比例最高,其次为环境卫生1,553件 (27.7 %)、噪音557件( 9.9% )。",
    "共受理陈情4,395件 (34.6%),较上年增加。",
]


@pytest.mark.parametrize("text", [t for s in SPACED_SHARES for t in in_both_scripts(s)])
def test_spaced_share_after_a_count_is_a_ratio(text: str) -> None:
    got = [g for g in _kinds(text) if g[1] == "%"]
    assert got
    assert all(g[2] == "ratio" for g in got), got


def test_spaced_bracket_with_a_change_stays_a_change() -> None:
    got = [g for g in _kinds("共受理陈情1,553件 (较上年减少3%)。") if g[1] == "%"]
    assert got == [(-3.0, "%", "change_relative")]


# --- 7. a share, its count in brackets, then its set --------------------------------------
COUNTED_SHARES = [
    ("在处理时间方面,有82.8%(115件)受访者表示满意、有14.4%(20件)受访者表示尚可。", 2),
    ("问卷调查结果显示,有85%(120人)民众支持该政策。", 1),
]


@pytest.mark.parametrize(
    ("text", "n"), [(t, n) for s, n in COUNTED_SHARES for t in in_both_scripts(s)]
)
def test_share_with_its_count_before_its_set_is_a_ratio(text: str, n: int) -> None:
    got = [g for g in _kinds(text) if g[1] == "%"]
    assert len(got) == n
    assert all(g[2] == "ratio" for g in got), got


INDICATOR_SHARES = [
    "全年优良天数比例为85%(310天)。",
    "断面达标率85%(12个)断面达到Ⅲ类。",
]


@pytest.mark.parametrize("text", [t for s in INDICATOR_SHARES for t in in_both_scripts(s)])
def test_indicator_share_with_its_count_stays_a_level(text: str) -> None:
    assert [g[2] for g in _kinds(text) if g[1] == "%"] == ["level"]


# --- 8. 以 X 最多 as a superlative ----------------------------------------------------------
SUPERLATIVES = [
    "陈情人身份统计,以一般民众最多为4,395件,占总数的34.5%。",
    "各类污染中以噪音陈情最多为1,200件。",
    "各乡镇以东区最少为3件。",
]


@pytest.mark.parametrize("text", [t for s in SUPERLATIVES for t in in_both_scripts(s)])
def test_superlative_after_yi_is_no_bound(text: str) -> None:
    got = rows(text, "unit", "qualifier")
    assert ("件", "exact") in got, got
    assert all(q == "exact" for _, q in got), got


BOUNDS = [
    ("每日最多为10吨。", "at_most"),
    ("以上企业最多为10吨。", "at_most"),
    ("每户最少为3件。", "at_least"),
]


@pytest.mark.parametrize(
    ("text", "qualifier"), [(t, q) for s, q in BOUNDS for t in in_both_scripts(s)]
)
def test_bounds_without_a_named_group_stay(text: str, qualifier: str) -> None:
    assert [q for _, q in rows(text, "unit", "qualifier")] == [qualifier]


# --- 9. the larger changes listed -------------------------------------------------------
LARGER = [
    ("今年经费增加比例较大者包括物联网(286%)及智能车管理(173%)。", [286.0, 173.0]),
    ("各市降幅较大的有甲市(12%)、乙市(9.5%)和丙市(8%)。", [-12.0, -9.5, -8.0]),
    ("排放量减少最多的为甲厂(35%)。", [-35.0]),
]


@pytest.mark.parametrize(
    ("text", "values"), [(t, v) for s, v in LARGER for t in in_both_scripts(s)]
)
def test_larger_changes_listed_are_changes(text: str, values: list[float]) -> None:
    got = [g for g in _kinds(text) if g[1] == "%"]
    assert [g[0] for g in got] == values
    assert all(g[2] == "change_relative" for g in got), got


NOT_LARGER = [
    "各市占比较大的有甲市(12%)、乙市(9%)。",
    "新增企业较多的有甲市(12%)。",
    "增加比例较大者包括物联网,占12%。",
]


@pytest.mark.parametrize("text", [t for s in NOT_LARGER for t in in_both_scripts(s)])
def test_shares_of_other_lists_are_no_changes(text: str) -> None:
    got = [g for g in _kinds(text) if g[1] == "%"]
    assert got
    assert all(g[2] != "change_relative" for g in got), got


# --- 10. a restated change in a smaller unit ----------------------------------------------
RESTATED_SMALLER = [
    ("每人每日弃置1.51公斤,即只减少约70克。", "克/日"),
    ("人均每日垃圾量为1.2公斤,即减少150克。", "克/日"),
    ("每人每日弃置1.51公斤,即减少约0.07公斤。", "公斤/日"),
]


@pytest.mark.parametrize(
    ("text", "unit"), [(t, u) for s, u in RESTATED_SMALLER for t in in_both_scripts(s)]
)
def test_restated_change_in_a_smaller_unit_takes_the_denominator(text: str, unit: str) -> None:
    got = rows(text, "unit", "kind")
    assert got[-1] == (unit, "change_absolute"), got


def test_restated_count_takes_no_denominator() -> None:
    got = rows("每人每日弃置1.51公斤,即减少约3家。", "unit", "kind")
    assert got[-1] == ("家", "change_absolute"), got
