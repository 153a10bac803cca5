"""Classes of parser round 26 (branch ``read16``): the failure classes left on the spent splits.

Rules in ``units/parsing/`` and ``units/vocab.py`` (``benchmarks/corpus/README.md``, "Parser
round 26, branch `read16`"):

* a strict bound joined with 等于 (``小于或等于``, ``小于及等于``, ``大于等于``, ``等于或高于``)
  is the inclusive bound (at most / at least), not text that parts the bound from its figure;
* the name of a currency between a bound word and its amount (``超过新台币122万元``,
  ``不超过港币5000元``) leaves the bound the figure's; the unit stays the one written after
  the number (元);
* ``N种类型`` / ``N种类别`` count kinds (种类 alone is the noun "kind");
* tenths with a bound word before them and 为 after them (``近三成为住宅噪音``,
  ``约3成为外来人口``) are a share and its copula, not 成为 ("become");
* a change in % after a share, its copula, the noun it is the share of and a comma
  (``当中近三成为住宅噪音,按年升4.6%``) is relative or in points: flagged ``ambiguous_unit``
  as after a share with nothing between;
* a signed bare number in parentheses right after a count (``太原市17件(+1)``) is the change
  of that count, in its counter, flagged (the counter is carried, the sign written);
* a micro sign lost to a wrong decoding before ``g/`` (``5.00“g/L``, ``35?g/m3``, ``35渭g/m3``)
  is read as μg and flagged ``ambiguous_unit``, never a bare number;
* a bare ``N日`` that can name no day of a month (more than 31, no month and day glued in its
  digits: ``相较105年80日``) counts days; ``417日`` (4/17), ``1116日``, whole glued dates and
  a day before a connector to another day (``132日至1日``) stay dates;
* a figure in % straight before 达 and the level in % it reached (``进步约5%达21.2%``) is the
  change that reached it, flagged ``ambiguous_sign`` and ``ambiguous_unit`` (its verb says no
  direction, its unit may be points); after 为, 由 or 的 the first figure stays a level;
* a 3-digit year (100–149) opening a headline (a line with no clause mark, ended by a line
  break: ``113年空氣品質監測 良好及普通等級合計占比94%``) is a year of the ROC calendar, as after 「
  (``100年一遇``, ``120年来`` stay durations; a sentence keeps the context's reading);
* 两 is a cardinal only: ``两次污染源普查`` counts two censuses (``二次污染`` stays the term
  "secondary pollution") and ``两类`` counts two kinds (``二类水质`` stays a class's name);
* a bare 万/亿 figure after a word of money (``支出共1778亿``, ``生产总值2.1万亿``, ``预算5000万``)
  is read in 元, flagged ``ambiguous_unit``, as after 罚 or 投资;
* after 高于/低于 and a bare standard or limit (``高于空品标准60ppb``), the figure is the
  standard's value (a level, still flagged ``ambiguous_reference``) where the level compared
  with it is stated before in the same sentence and unit, on the written side and within a
  factor of two of it; otherwise (``低于国家规定的标准0.6dBA`` after 69.4dBA) it stays the flagged
  difference.  A unit's power (``μg/m3``) is no longer taken for the figure's digits;
* an index's abbreviation in parentheses after its name (``空气污染指标(AQI)>150``) lets the
  bare number after the bound be the index's value, as ``AQI>150`` already was.

The sentences are written for these tests (not copied from the corpus).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts, texts_in_both_scripts

from envindicators.model.vocab import Comparator

# --- 1. a strict bound joined with 等于 ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    both_scripts(
        [
            ("细颗粒物指粒径小于或等于2.5微米的颗粒物。", 2.5, "微米", "at_most"),
            ("AQI小于及等于50为良好。", 50.0, "dimensionless", "at_most"),
            ("夜间噪声等于或高于55分贝的路段", 55.0, "dB", "at_least"),
            ("日均浓度大于等于75微克/立方米的天数", 75.0, "微克/立方米", "at_least"),
            ("要求排放浓度低于或等于30毫克/立方米。", 30.0, "毫克/立方米", "at_most"),
            ("降雨pH值大于或等于5.6时", 5.6, "dimensionless", "at_least"),
        ]
    ),
)
def test_bound_joined_with_equal_is_inclusive(
    text: str, value: float, unit: str, qualifier: str
) -> None:
    r = one_row(text)
    assert r["value"] == pytest.approx(value)
    assert (r["unit"], r["qualifier"], r["kind"]) == (unit, qualifier, "level")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    both_scripts([("浓度小于35微克/立方米", "less"), ("浓度大于35微克/立方米", "greater")]),
)
def test_strict_bounds_stay_strict(text: str, qualifier: str) -> None:
    assert one_row(text)["qualifier"] == qualifier


def test_model_comparator_reads_the_inclusive_bounds() -> None:
    """The bound words are one table: the model's comparator reads the same words."""
    assert Comparator.from_text("小于或等于35") is Comparator.LE
    assert Comparator.from_text("大于等于35") is Comparator.GE
    assert Comparator.from_text("大于35") is Comparator.GT


# --- 2. a currency name between a bound word and its amount -----------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    both_scripts(
        [
            ("法院撤销罚款超过新台币150,000元的部分。", 150000.0, "greater"),
            ("罚没款不超过港币5000元。", 5000.0, "at_most"),
            ("累计罚款逾人民币300万元。", 3000000.0, "greater"),
            ("补助金额不低于新台币2万元。", 20000.0, "at_least"),
        ]
    ),
)
def test_bound_before_a_currency_name_bounds_the_amount(
    text: str, value: float, qualifier: str
) -> None:
    r = one_row(text)
    assert r["value"] == pytest.approx(value)
    assert (r["unit"], r["qualifier"], r["kind"]) == ("元", qualifier, "level")


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["罚款人民币80万元。", "处新台币6万元罚锾。", "共计人民币5元"])
)
def test_currency_name_without_a_bound_changes_nothing(text: str) -> None:
    r = one_row(text)
    assert (r["unit"], r["qualifier"], r["kind"]) == ("元", "exact", "level")


def test_currency_name_is_read_right_before_the_amount_only() -> None:
    """A currency name stands right before its amount; a bound before other words is not
    carried over them."""
    r = one_row("超过人民币的结算量120万元")
    assert r["qualifier"] == "exact"


# --- 3. N种类型 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("其中2件涉及5种类型的问题。", [(2.0, "件"), (5.0, "种")]),
            ("共收集3种类别的固体废物。", [(3.0, "种")]),
        ]
    ),
)
def test_kinds_of_a_type_are_counted(text: str, expected: list[tuple[float, str]]) -> None:
    assert rows(text, "value", "unit") == expected


@pytest.mark.parametrize("text", texts_in_both_scripts(["植物种类丰富", "共4种类"]))
def test_kind_noun_alone_is_no_count(text: str) -> None:
    assert rows(text, "unit") == []


# --- 4. tenths, a bound before and 为 after --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    both_scripts(
        [
            ("投诉中近三成为交通噪音。", 30.0, "nearly"),
            ("常住人口中约3成为外来人口。", 30.0, "approx"),
            ("新登记企业逾两成为小微企业。", 20.0, "greater"),
            ("受访者超过一成为学生。", 10.0, "greater"),
        ]
    ),
)
def test_bounded_tenths_before_copula_are_a_share(text: str, value: float, qualifier: str) -> None:
    r = one_row(text)
    assert r["value"] == pytest.approx(value)
    assert (r["unit"], r["qualifier"], r["kind"]) == ("%", qualifier, "ratio")


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["地方标准统一成为国标。", "三成为", "一举成为全国第一。"])
)
def test_become_without_a_bound_is_no_share(text: str) -> None:
    assert rows(text, "value") == []


# --- 5. a change after a share, its copula and noun ------------------------------------------


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "当中近三成为交通噪音,按年升5.2%。",
            "其中约4成是外来人口,同比增加2%。",
            "回收率为45%为历年最高,较上年上升3.2%。",
        ]
    ),
)
def test_change_after_a_share_and_its_noun_is_flagged(text: str) -> None:
    got = rows(text, "unit", "kind", "warnings")
    assert got[-1][:2] == ("%", "change_relative")
    assert "ambiguous_unit" in str(got[-1][2])


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["PM2.5浓度为35微克/立方米,同比下降5%。", "全年共受理120件为近年最多,同比增加5%。"]
    ),
)
def test_change_after_a_level_that_is_no_share_is_not_flagged(text: str) -> None:
    got = rows(text, "kind", "warnings")
    assert got[-1][0] == "change_relative"
    assert "ambiguous_unit" not in str(got[-1][1])


# --- 6. a signed number in parentheses after a count -----------------------------------------


@pytest.mark.parametrize(
    ("text", "counter"),
    both_scripts(
        [
            ("甲市15件(+2)、乙市4件、丙市3件", "件"),
            ("共关停企业8家(-3)", "家"),
            ("整改12个(+1)", "个"),
        ]
    ),
)
def test_signed_number_after_a_count_is_its_change(text: str, counter: str) -> None:
    got = rows(text, "value", "unit", "kind", "sign", "warnings")
    count, change = got[0], got[1]
    assert count[1:4] == (counter, "level", 0)
    assert change[1:4] == (counter, "change_absolute", 1 if change[0] > 0 else -1)
    assert "shared_unit" in str(change[4])
    assert "explicit_sign" in str(change[4])


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["排名第3(+2)", "达标天数3天(+1)", "甲市15件(2)"])
)
def test_signed_number_without_a_count_before_is_not_read(text: str) -> None:
    """After an ordinal, a time or without a written sign the parenthesis is not read as the
    count's change."""
    assert all(k != "change_absolute" for (k,) in rows(text, "kind"))


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=99))
def test_signed_change_of_a_count_keeps_its_size(count: int, change: int) -> None:
    got = rows(f"甲市{count}件(+{change})、乙市5件", "value", "unit", "kind")
    assert got[:2] == [(count, "件", "level"), (change, "件", "change_absolute")]


# --- 7. a micro sign lost to a wrong decoding ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("设备上限设为5.00“g/L。", "μg/L"),
            ("PM2.5日均浓度为48?g/m3。", "μg/m3"),
            ("年均浓度为35渭g/m3,", "μg/m3"),
        ]
    ),
)
def test_damaged_micro_sign_is_read_and_flagged(text: str, unit: str) -> None:
    r = one_row(text)
    assert r["unit"] == unit
    assert "ambiguous_unit" in flags(r)


@pytest.mark.parametrize("text", texts_in_both_scripts(["浓度为35μg/m3。", "样品重5g/L。"]))
def test_intact_units_are_not_flagged(text: str) -> None:
    assert "ambiguous_unit" not in flags(one_row(text))


@pytest.mark.parametrize("text", texts_in_both_scripts(["问“g好", "共5?g。"]))
def test_mark_before_g_without_a_denominator_is_no_unit(text: str) -> None:
    assert all(u != "μg" for (u,) in rows(text, "unit"))


# --- 8. a bare N日 that can name no day of a month ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("红色警戒日数为6日,相较105年80日下降90%。", 80.0),
            ("较上年同期90日减少", 90.0),
            ("全年365日,其中超标40日", 365.0),
        ]
    ),
)
def test_bare_day_count_above_a_month_is_days(text: str, value: float) -> None:
    got = rows(text, "value", "unit")
    assert (value, "日") in got


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["(记者王五)417日,生态环境部通报", "1116日至18日,督察组进驻", "督察组31日进驻"]
    ),
)
def test_bare_day_that_may_be_a_date_stays_a_date(text: str) -> None:
    assert all(u != "日" for (u,) in rows(text, "unit"))


# --- 9. a change before the level it reached -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts([("至今年5月,甲县进步约5%达21.5%;", 5.0), ("乙市回收率进步2.3%达到31.4%。", 2.3)]),
)
def test_figure_before_the_level_reached_is_a_flagged_change(text: str, value: float) -> None:
    got = rows(text, "value", "kind", "warnings")
    assert got[0][:2] == (value, "change_relative")
    assert "ambiguous_sign" in str(got[0][2])
    assert "ambiguous_unit" in str(got[0][2])
    assert got[1][1] == "level"


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(["比例由15%达20%", "第一季度15%,达到20%", "达标率为85%达到目标值"]),
)
def test_level_before_a_reached_level_stays_a_level(text: str) -> None:
    assert rows(text, "kind")[0] == ("level",)


@given(st.integers(min_value=32, max_value=999), st.sampled_from(["至", "到", "—", "-"]))
def test_day_before_a_connector_and_a_day_stays_a_date(first: int, connector: str) -> None:
    """A damaged span of dates (132日至1日) is no count of days, whatever the first number."""
    assert all(u != "日" for (u,) in rows(f"{first}日{connector}5日,督察组下沉督察", "unit"))


# --- 10. a 3-digit ROC year opening a line -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "112年空气品质监测结果出炉\n全年优良",
            "标题\n114年资源回收成果\n正文",
            "「113年空气品质监测」",
        ]
    ),
)
def test_three_digit_year_opening_a_line_is_a_year(text: str) -> None:
    assert all(u != "年" for (u,) in rows(text, "unit"))


@pytest.mark.parametrize(
    ("text", "value"), both_scripts([("100年一遇的洪水", 100.0), ("120年来首次", 120.0)])
)
def test_duration_opening_a_line_stays_a_duration(text: str, value: float) -> None:
    assert rows(text, "value", "unit") == [(value, "年")]


@pytest.mark.parametrize("text", texts_in_both_scripts(["108年仅完成1,030辆。\n", "108年仅完成"]))
def test_year_opening_a_sentence_is_left_to_the_context(text: str) -> None:
    """A line with a clause mark, or no line break, is no headline: the 3-digit figure keeps
    the reading the context gives it (here, without an ROC date near, a duration)."""
    assert (108.0, "年") in rows(text, "value", "unit")


# --- 11. 两 is a cardinal only -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("两次污染源普查之间的十年", "次"),
            ("两次生态环境统计调查", "次"),
            ("废弃物分为事业废弃物及一般废弃物)两类,一般废弃物", "类"),
            ("企业排放的废气两类,其中", "类"),
        ]
    ),
)
def test_liang_before_a_counter_counts(text: str, unit: str) -> None:
    assert (2.0, unit) in rows(text, "value", "unit")


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["防止二次污染", "一次能源消费比重", "二类水质", "次生灾害"])
)
def test_ordinals_and_class_names_stay_unread(text: str) -> None:
    assert rows(text, "unit") == []


# --- 12. a bare 万/亿 figure after a word of money ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("全国环境保护支出共1778亿,", 1.778e11),
            ("全市地区生产总值2.1万亿。", 2.1e12),
            ("年度预算5000万。", 5.0e7),
            ("治理成本约3亿。", 3.0e8),
        ]
    ),
)
def test_bare_multiplier_after_money_is_flagged_yuan(text: str, value: float) -> None:
    r = one_row(text)
    assert r["value"] == pytest.approx(value)
    assert r["unit"] == "元"
    assert "ambiguous_unit" in flags(r)


@pytest.mark.parametrize("text", texts_in_both_scripts(["水土流失面积5万", "全县人口约50万户籍"]))
def test_bare_multiplier_without_money_is_no_yuan(text: str) -> None:
    assert all(u != "元" for (u,) in rows(text, "unit"))


# --- 13. a comparative and a bare standard, beside the level compared -------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("臭氧三年平均为72.3ppb,高于空品标准60ppb。", 60.0, "ppb"),
            ("年平均值为13.2μg/m3,首次低于国家空气质量标准15 μg/m3。", 15.0, "μg/m3"),
            ("夜间噪声为58分贝,高于标准限值50分贝。", 50.0, "dB"),
            ("排放浓度为15毫克/立方米,低于排放限值20毫克/立方米。", 20.0, "毫克/立方米"),
        ]
    ),
)
def test_bare_standard_near_the_compared_level_is_its_value(
    text: str, value: float, unit: str
) -> None:
    got = rows(text, "value", "unit", "kind", "sign", "warnings")
    assert got[-1][:4] == (value, unit, "level", 0)
    assert "ambiguous_reference" in str(got[-1][4])


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("噪声为69.4dBA,低于国家规定的标准0.6dBA。", -0.6),
            ("浓度为80微克/立方米,高于标准5微克/立方米。", 5.0),
            ("浓度为30微克/立方米。低于标准35微克/立方米", -35.0),
            ("浓度为30微克/立方米,高于标准35微克/立方米", 35.0),
        ]
    ),
)
def test_bare_standard_far_from_or_against_the_level_stays_a_difference(
    text: str, value: float
) -> None:
    """A figure small against the level, across a sentence end or on the wrong side of it
    stays the flagged difference."""
    got = rows(text, "value", "kind", "warnings")
    assert got[-1][:2] == (value, "change_absolute")
    assert "ambiguous_reference" in str(got[-1][2])


# --- 14. an index's abbreviation in parentheses before its bound ------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    both_scripts(
        [
            ("空气污染指标(AQI)>150之日数逐年减少", "greater"),
            ("空气质量指数(AQI)大于100的天数", "greater"),
            ("空气品质指标(AQI)≤50为良好", "at_most"),
        ]
    ),
)
def test_index_named_in_parentheses_before_its_bound(text: str, qualifier: str) -> None:
    r = one_row(text)
    assert (r["unit"], r["qualifier"], r["kind"]) == ("dimensionless", qualifier, "level")


@pytest.mark.parametrize("text", texts_in_both_scripts(["合计(其中)>3", "(附表)大于150"]))
def test_bare_number_after_other_parentheses_stays_unread(text: str) -> None:
    assert rows(text, "value") == []
