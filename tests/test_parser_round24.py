"""Classes of parser round 24 (branch ``read14``): the failure classes left on the spent splits.

Rules in ``units/parsing/`` (``benchmarks/corpus/README.md``, "Parser round 24, branch
`read14`"):

* a comparative and its reference written once before a list whose unit is written at its
  end (``分别快于全国0.9和1.1个百分点``, ``分别高于全省平均水平5和6微克/立方米``): every member is a
  difference to that reference; the later member's context no longer reaches back over the
  earlier one (which swallowed it: one figure read where two were written);
* an amount per person and per day (or year) written with a symbol (``每人每日垃圾清运量0.72kg``,
  ``每人每年产生垃圾0.3t``) is per day (year), as the same amount in 公斤 already was (it was
  ``kg/人``);
* a bare 3-digit year right before 目标 (``原设定114年目标14微克``) is a year of the ROC
  calendar, the year the target is set for (no target is set for a duration of 114 years);
* a share opening its clause straight before the noun of the set it divides, without 的
  (``92%建筑废物透过工程直接重用``, ``去年75%污染热区…``), is a ``ratio``, as ``85%的企业`` already
  was; and a share of a set named before it with 中, "among" (``113个重点城市中76.1%的城市``);
* a share that is "the other" class (``还有7.5%为其他类问题``, ``3%属于其他行业``) is a part of
  the whole, a ``ratio``; after a named indicator (``达标率为88.5%为其他城市所不及``) a level;
* a change in % of a share stated just before, after a comma and 其中 (``达标城市比率为88.5%,
  其中较2011年提高4.4%``), is relative or in points: flagged ``ambiguous_unit``, as without
  其中;
* a bare number right after a rate and its copula (``酸雨发生率为0``, ``综合利用率达98``) has
  lost its unit: flagged ``ambiguous_unit``;
* a unit written with 每 between numerator and denominator ends before 之 (``20至30微克每立方米
  之间``), as before 的 or 以上: the whole unit is read (it was 微克);
* 日/天 before 数 is the noun "number of days" (``PSI值<50日数为158天``), not the unit of the
  figure (``3天数据`` keeps its days);
* a range framed by 介于 (处于, 在) and closed by 间 (``PSI值均介于79-86间``) is "between"
  with no unit written; 间 counts no rooms there (``新建3-5间厂房`` keeps them);
* a figure glued right after the particle size of PM2.5 / PM10 (``PM2.5251.37公吨``, a lost
  space) starts after the name (the whole run was skipped as part of the name);
* 个 then 人 ending the noun phrase (``只有8个人,``, ``10个人的队伍``) counts persons (人), as
  ``8人`` does; before a word opening with 人 (``5个人工湿地``) 个 stays;
* a topic clause ending in 方面 (``每人每日垃圾量方面,已由…0.829公斤降低为…0.752公斤``) names
  the statistic of the clause after its comma: its per-capita words make the amounts per day
  (or year), as in the same clause.

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts

# --- 1. a comparative with its reference before a list ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            (
                "中部和西部地区分别快于东部地区0.9和1.1个百分点。",
                [(0.9, "百分点", "change_absolute", 1), (1.1, "百分点", "change_absolute", 1)],
            ),
            (
                "南北城市优良天数比例分别低于全省2和3个百分点。",
                [(-2.0, "百分点", "change_absolute", -1), (-3.0, "百分点", "change_absolute", -1)],
            ),
            (
                "城镇化率分别高于全国平均水平1.5、2.5及4个百分点。",
                [
                    (1.5, "百分点", "change_absolute", 1),
                    (2.5, "百分点", "change_absolute", 1),
                    (4.0, "百分点", "change_absolute", 1),
                ],
            ),
            (
                "城区站点年均浓度分别高于全市均值5和6微克/立方米。",
                [
                    (5.0, "微克/立方米", "change_absolute", 1),
                    (6.0, "微克/立方米", "change_absolute", 1),
                ],
            ),
            (
                "山区县PM2.5浓度分别低于全省平均水平3及4微克/立方米。",
                [
                    (-3.0, "微克/立方米", "change_absolute", -1),
                    (-4.0, "微克/立方米", "change_absolute", -1),
                ],
            ),
        ]
    ),
)
def test_comparative_before_a_list_governs_every_member(
    text: str, expected: list[tuple[float, str, str, int]]
) -> None:
    got = rows(text, "value", "unit", "kind", "sign")
    assert len(got) == len(expected), got
    for (value, unit, kind, sign), (v, u, k, sg) in zip(expected, got, strict=True):
        assert v == pytest.approx(value)
        assert (u, k, sg) == (unit, kind, sign)


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            # a verb of its own on the first member: read as before
            ("各项指标分别下降0.9和1.1个百分点。", [(-0.9, -1), (-1.1, -1)]),
            ("各项指标分别比上年提高2和3个百分点。", [(2.0, 1), (3.0, 1)]),
            # one figure after the comparative: the whole phrase, as before
            ("达标率高于全国1.3个百分点。", [(1.3, 1)]),
            # a reference holding a year before the figure is no list member
            ("达标率高于2015年1.3个百分点。", [(1.3, 1)]),
            # no comparative before the list: no direction given
            ("各项指标为2和3个百分点。", [(2.0, 0), (3.0, 0)]),
        ]
    ),
)
def test_lists_without_a_shared_comparative_keep_their_reading(
    text: str, expected: list[tuple[float, int]]
) -> None:
    got = rows(text, "value", "sign")
    assert len(got) == len(expected), got
    for (value, sign), (v, sg) in zip(expected, got, strict=True):
        assert v == pytest.approx(value)
        assert sg == sign


@given(
    a=st.integers(min_value=1, max_value=99),
    b=st.integers(min_value=1, max_value=99),
    word=st.sampled_from(["高于", "低于", "快于", "慢于"]),
    joiner=st.sampled_from(["和", "及", "、"]),
)
def test_comparative_list_reads_every_member(a: int, b: int, word: str, joiner: str) -> None:
    got = rows(f"各市分别{word}全省{a}{joiner}{b}个百分点。", "value", "kind", "sign")
    sign = 1 if word in ("高于", "快于") else -1
    assert got == [(sign * a, "change_absolute", sign), (sign * b, "change_absolute", sign)]


# --- 2. an amount per person and per day, written with a symbol ----------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("每人每日垃圾清运量0.72kg,高于全国平均。", "kg/日"),
            ("每人每日生活用水量约0.25m3。", "m3/日"),
            ("每人每年产生垃圾0.3t。", "t/年"),
            ("人均每日厨余产生量800g。", "g/日"),
            ("每人每日垃圾清运量0.72公斤。", "公斤/日"),
        ]
    ),
)
def test_per_capita_amount_with_a_symbol_is_per_period(text: str, unit: str) -> None:
    assert one_row(text)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            # no person and period before the figure: the amount as written
            ("垃圾清运量0.72kg。", "kg"),
            ("每吨垃圾产生渗滤液0.3t。", "t/吨"),
            ("全市垃圾清运量2000t。", "t"),
        ]
    ),
)
def test_amount_with_a_symbol_without_per_capita_keeps_its_unit(text: str, unit: str) -> None:
    assert one_row(text)["unit"] == unit


# --- 3. a 3-digit ROC year before 目标 ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        text
        for (text,) in both_scripts(
            [
                ("原设定114年目标14微克/立方米已提前达成。",),
                ("115年目标值为13微克/立方米。",),
                ("依计划120年目标为12微克/立方米。",),
            ]
        )
    ],
)
def test_three_digit_year_before_target_is_no_duration(text: str) -> None:
    got = rows(text, "value", "unit")
    assert [u for _, u in got] == ["微克/立方米"], got


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("近100年目标从未改变。", 100.0),  # a duration word before it
            ("3年目标任务全部完成。", 3.0),  # a short duration
            ("分100年实施。", 100.0),  # no target after it
        ]
    ),
)
def test_durations_in_years_keep_their_reading(text: str, value: float) -> None:
    row = one_row(text)
    assert (row["value"], row["unit"]) == (value, "年")


# --- 4. a share of the set named right after it, or before it with 中 -----------------------


@pytest.mark.parametrize(
    "text",
    [
        text
        for (text,) in both_scripts(
            [
                ("今年回收情况良好。92%建筑废物透过工程直接重用。",),
                ("据统计，去年65%投诉来自夜间施工。",),
                ("全省30%企业已完成提标改造。",),
                ("2023年至去年40%监测站出现超标。",),
                ("重点城市中76.1%的城市区域声环境质量较好。",),
                ("参评的113个城市中58%的城市达标。",),
            ]
        )
    ],
)
def test_share_of_a_named_set_is_a_ratio(text: str) -> None:
    got = rows(text, "unit", "kind")
    assert got[-1] == ("%", "ratio"), got


@pytest.mark.parametrize(
    ("text", "kind"),
    both_scripts(
        [
            ("优良天数比例为85%。", "level"),  # after a copula: the indicator's value
            ("PM2.5浓度下降15%，空气质量改善。", "change_relative"),  # a change
            ("轻度污染天数比例5%为近年最低。", "level"),  # 为 after it: no set named
            ("综合达标率达到95%水平。", "level"),  # a verb before it
            ("全市达到95%的水平。", "level"),
            ("清洁能源占比由47%降至40%。", "level"),  # a share followed over time
            ("其中30%增至45%。", "level"),
        ]
    ),
)
def test_shares_without_a_set_keep_their_kind(text: str, kind: str) -> None:
    got = rows(text, "unit", "kind")
    assert got, got
    assert all(row == ("%", kind) for row in got), got


# --- 5. the share of "the other" class --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    both_scripts(
        [
            ("涉水类占22.9%,还有7.5%为其他类问题。", "ratio"),
            ("工业源占六成,另有3%属于其他行业。", "ratio"),
            ("各类来源中,2.5%是其它来源。", "ratio"),
            ("城市达标率为88.5%为其他城市所不及。", "level"),  # an indicator's value
            ("本市达标率为88.5%,为全省最高。", "level"),
        ]
    ),
)
def test_share_of_the_other_class_is_a_ratio(text: str, kind: str) -> None:
    got = rows(text, "unit", "kind")
    assert got[-1] == ("%", kind), got


# --- 6. a change in % of a share, after 其中 ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    both_scripts(
        [
            ("达标城市比率为88.5%,其中较2011年提高4.4%。", True),
            ("优良天数比例为81.5%,其中比上年上升3.2%。", True),
            ("优良天数比例为81.5%,比上年上升3.2%。", True),  # as before
            ("PM2.5浓度为35微克/立方米,其中较上年下降4.4%。", False),  # no share before
        ]
    ),
)
def test_change_in_percent_of_a_share_after_qizhong_is_flagged(text: str, flagged: bool) -> None:
    row = rows(text, "kind", "warnings")[-1]
    assert row[0] == "change_relative"
    assert ("ambiguous_unit" in str(row[1])) is flagged


# --- 7. a bare number right after a rate -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    both_scripts(
        [
            ("中心城区酸雨发生率为0。", True),
            ("工业固体废物综合利用率达98,较上年提高。", True),
            ("生活垃圾无害化处理率是100。", True),
            ("工业固体废物综合利用率达98%。", False),  # the unit written
            ("酸雨pH年均值为5.6。", False),  # no rate
        ]
    ),
)
def test_bare_number_after_a_rate_is_flagged(text: str, flagged: bool) -> None:
    row = one_row(text)
    assert ("ambiguous_unit" in flags(row)) is flagged


# --- 8. a unit written with 每, before 之 ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("年均浓度介于20至30微克每立方米之间。", "微克/立方米"),
            ("排放浓度在5毫克每升之内。", "毫克/升"),
            ("处理能力为3吨每小时之多。", "吨/小时"),
            ("浓度为35微克每立方米。", "微克/立方米"),  # as before
            ("投入5亿元每年新增两座水厂。", "元"),  # 每 opens a new phrase
        ]
    ),
)
def test_unit_with_mei_before_zhi(text: str, unit: str) -> None:
    got = rows(text, "unit")
    assert got[0] == (unit,), got


# --- 9. 日数 / 天数: the noun, not the unit ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("空气质量良好日数(PSI值<50日数)为158天。", "dimensionless"),
            ("AQI小于50天数占比为80%。", "dimensionless"),
            ("连续3天数据超标。", "天"),  # days, then the data
            ("全年超标3天。", "天"),
        ]
    ),
)
def test_days_before_shu_are_the_noun(text: str, unit: str) -> None:
    got = rows(text, "unit")
    assert got[0] == (unit,), got


# --- 10. a range between, closed by 间 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("其PSI值均介于79-86间,属中等。", "dimensionless"),
            ("AQI指数在51~100间。", "dimensionless"),
            ("新建3-5间厂房。", "间"),  # rooms
            ("该镇有2-3间小作坊。", "间"),
        ]
    ),
)
def test_range_closed_by_jian_is_between(text: str, unit: str) -> None:
    got = rows(text, "unit", "qualifier")
    assert got == [(unit, "range")], got


# --- 11. a figure glued after PM2.5 / PM10 -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("目标削减PM2.5251.37公吨、SOx 10.56公吨。", 251.37, "吨"),
            ("年均浓度PM1045微克/立方米。", 45.0, "微克/立方米"),
            ("PM2.5浓度35微克/立方米。", 35.0, "微克/立方米"),  # not glued: as before
        ]
    ),
)
def test_figure_glued_after_particle_name(text: str, value: float, unit: str) -> None:
    got = rows(text, "value", "unit")
    assert got[0] == (pytest.approx(value), unit), got


@pytest.mark.parametrize(
    "text", ["PM2.5年均浓度下降。", "PM10和PM2.5同步下降。", "O3-8h浓度上升。"]
)
def test_particle_names_alone_are_no_figures(text: str) -> None:
    assert rows(text, "value") == []


# --- 12. N个人: persons ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("环保局只有8个人,要管5条河。", "人"),
            ("组建了一支10个人的队伍。", "人"),
            ("全镇仅两个人。", "人"),
            ("建成5个人工湿地。", "个"),  # 人工湿地: what 个 counts
            ("排查3个人员密集场所。", "个"),
        ]
    ),
)
def test_ge_then_ren_counts_persons(text: str, unit: str) -> None:
    got = rows(text, "unit")
    assert got[0] == (unit,), got


# --- 13. a per-capita topic clause (…方面,) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    both_scripts(
        [
            ("每人每日垃圾量方面,已由去年的0.83公斤降低为0.75公斤。", ["公斤/日", "公斤/日"]),
            ("人均每年用水方面,今年为120立方米。", ["立方米/年"]),
            ("工业用水方面,今年为120立方米。", ["立方米"]),  # no per-capita topic
            ("每人每日垃圾量方面有所下降。全市清运量为500吨。", ["吨"]),  # another sentence
        ]
    ),
)
def test_per_capita_topic_clause(text: str, units: list[str]) -> None:
    assert [u for (u,) in rows(text, "unit")] == units
