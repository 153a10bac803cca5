"""Classes of report wording of the seventeenth parser round (issue 10, branch ``hk17``): the
failures left on the spent splits (dev, heldout6, heldout7, heldout9) and those of the Hong
Kong and Macau pages added to ``dev`` (``k17-*``), one table per class, each sentence in
simplified script and in traditional script (:func:`tests.scripts.to_traditional`).

Classes: a 削减率 stated as a share (its level, not a decrease), the money of Hong Kong, Macau
and Taiwan (港元, 澳门元, 新台币: units of their own), 架 as a counter of vehicles, 约 written
once before a list, a pH value written before the name of the pH, a particulate's means listed
without a unit (inferred μg/m³, flagged), a share in parentheses after a named part, two
rates paired with two figures, a list of differences to a reference named before the
comparative, 另有一宗, 提升…的幅度, a share followed from 约占 to a later level, 中,有X%为, a
range of tenths after 减 and its object, 是…的一倍 (flagged), and a denominator kept from
由…的每平方公里X人 to 减至…的Y人.  The sentences are written for these tests (not copied from
the corpus); expected values are written out by hand.
"""

from __future__ import annotations

from typing import Any

import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import one_row as _one
from tests.scripts import both_scripts, texts_in_both_scripts, to_traditional

from envindicators.units import extract_quantities, ureg


def _rows(text: str) -> list[dict[str, Any]]:
    return [dict(r) for _, r in extract_quantities(text).iterrows()]


def _flagged(row: dict[str, Any]) -> bool:
    return bool(row["warnings"]) or row["confidence"] != "high"


# --- 1. 削减率 stated as a share is the rate's level ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    both_scripts(
        [
            ("化学需氧量排放总量1214吨,削减率达25.9%,", 25.9, "exact"),
            ("二氧化硫削减率为19.61%。", 19.61, "exact"),
            ("多数行业COD削减率皆在80%以上。", 80.0, "at_least"),
            ("协调公私场所降载削减率近9%,六都第一。", 9.0, "nearly"),
        ]
    ),
)
def test_a_reduction_rate_is_its_level(text: str, value: float, qualifier: str) -> None:
    row = next(r for r in _rows(text) if r["unit"] == "%")
    assert row["kind"] == "level"
    assert "ambiguous_sign" in row["warnings"]  # the sign is a convention: still flagged
    assert float(row["value"]) == pytest.approx(value)
    assert row["qualifier"] == qualifier
    assert int(row["sign"]) == 0


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts([("单位GDP能耗降低率为10%。", -10.0), ("年度削减目标分别为1%、2.5%。", -1.0)]),
)
def test_a_rate_or_target_of_decrease_stays_a_decrease(text: str, value: float) -> None:
    row = _rows(text)[0]
    assert row["kind"] == "change_relative"
    assert float(row["value"]) == pytest.approx(value)


@given(st.decimals(min_value="0.1", max_value="99.9", places=1))
def test_reduction_rate_property(v: Any) -> None:
    for text in (f"削减率达{v}%。", to_traditional(f"削减率为{v}%。")):
        row = _rows(text)[0]
        assert (row["kind"], float(row["value"]), int(row["sign"])) == ("level", float(v), 0)
    row = _rows(f"降低率为{v}%。")[0]
    assert (row["kind"], float(row["value"]), int(row["sign"])) == (
        "change_relative",
        -float(v),
        -1,
    )


# --- 2. The money of Hong Kong, Macau and Taiwan ------------------------------------------------
@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("港元", "港元"),
        ("港幣", "港元"),
        ("澳门元", "澳门元"),
        ("澳門元", "澳门元"),
        ("澳門幣", "澳门元"),
        ("新台币", "新台币"),
        ("新臺幣", "新台币"),
        ("台幣", "新台币"),
    ],
)
def test_the_registry_knows_each_currency_as_its_own_unit(spelling: str, canonical: str) -> None:
    assert ureg(f"1 {spelling}") == ureg(f"1 {canonical}")
    with pytest.raises(pint.DimensionalityError):
        ureg(f"1 {spelling}").to("元")  # no fixed rate: never a silent conversion
    assert ureg(f"3 万{canonical}").to(canonical).magnitude == pytest.approx(30_000)


def test_the_three_currencies_do_not_convert_into_each_other() -> None:
    for a, b in (("港元", "澳门元"), ("澳门元", "新台币"), ("新台币", "港元")):
        with pytest.raises(pint.DimensionalityError):
            ureg(f"1 {a}").to(b)


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    both_scripts(
        [
            ("动用经费约299万澳门元。", 2_990_000.0, "澳门元", "approx"),
            ("被罚款5万港元。", 50_000.0, "港元", "exact"),
            ("计划花费3亿新台币。", 300_000_000.0, "新台币", "exact"),
            ("资助金额为1200港元。", 1200.0, "港元", "exact"),
        ]
    ),
)
def test_money_in_hong_kong_macau_and_taiwan_units(
    text: str, value: float, unit: str, qualifier: str
) -> None:
    row = _one(text)
    assert (row["unit"], row["qualifier"], row["kind"]) == (unit, qualifier, "level")
    assert float(row["value"]) == pytest.approx(value)


@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from([("万", 10_000), ("亿", 100_000_000), ("", 1)]),
    st.sampled_from(["港元", "澳门元", "新台币"]),
)
def test_currency_amount_property(n: int, scale: tuple[str, int], unit: str) -> None:
    word, factor = scale
    for text in (f"经费为{n}{word}{unit}。", to_traditional(f"经费为{n}{word}{unit}。")):
        row = _one(text)
        assert row["unit"] == unit
        assert float(row["value"]) == pytest.approx(n * factor)


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    both_scripts(
        [
            ("碳强度约每港元本地生产总值0.017千克二氧化碳当量。", 0.017, "千克/港元", "approx"),
            ("机动车辆密度为每公里414架。", 414.0, "架/公里", "exact"),
        ]
    ),
)
def test_per_hong_kong_dollar_and_vehicles_counted_by_jia(
    text: str, value: float, unit: str, qualifier: str
) -> None:
    row = _one(text)
    assert (row["unit"], row["qualifier"]) == (unit, qualifier)
    assert float(row["value"]) == pytest.approx(value)


# --- 3. 约 written once before a list ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "values", "qualifier"),
    both_scripts(
        [
            ("人均排放量和碳强度比上年分别下降约8.4%及9.7%。", [-8.4, -9.7], "approx"),
            ("各项指标分别减少约10%、20%和30%。", [-10.0, -20.0, -30.0], "approx"),
            ("两厂分别处理约10万吨和20万吨。", [100_000.0, 200_000.0], "approx"),
        ]
    ),
)
def test_approx_written_once_qualifies_the_list(
    text: str, values: list[float], qualifier: str
) -> None:
    rows = _rows(text)
    assert [float(r["value"]) for r in rows] == pytest.approx(values)
    assert {r["qualifier"] for r in rows} == {qualifier}


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "每日增加约4945公吨(11%)至平均每日50505公吨。",
        ]
    ),
)
def test_a_restatement_in_parentheses_keeps_its_own_qualifier(text: str) -> None:
    share = next(r for r in _rows(text) if r["unit"] == "%")
    assert share["qualifier"] == "exact"


@given(st.lists(st.integers(min_value=1, max_value=99), min_size=2, max_size=5))
def test_shared_approx_property(values: list[int]) -> None:
    text = "分别下降约" + "、".join(f"{v}%" for v in values) + "。"
    rows = _rows(text)
    assert len(rows) == len(values)
    assert all(r["qualifier"] == "approx" for r in rows)
    assert [float(r["value"]) for r in rows] == [-float(v) for v in values]


# --- 4. A pH value written before the name of the pH --------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("同年,在九澳站录得3.4的最低雨水酸碱值。", 3.4),
            ("该站录得最低为3.7的雨水酸碱值。", 3.7),
            ("全年录得5.2的降水pH值。", 5.2),
        ]
    ),
)
def test_a_ph_value_before_its_name_is_dimensionless(text: str, value: float) -> None:
    row = _one(text)
    assert (row["unit"], row["kind"]) == ("dimensionless", "level")
    assert float(row["value"]) == pytest.approx(value)


# --- 5. A particulate's means listed without a unit ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "values"),
    both_scripts(
        [
            ("三个路段的PM2.5平均值分别为18、20和26。", [18.0, 20.0, 26.0]),
            ("PM10年均值为35,", [35.0]),
            ("各区细颗粒物平均浓度分别为33、31及37。", [33.0, 31.0, 37.0]),
        ]
    ),
)
def test_a_particulate_mean_without_unit_is_inferred_and_flagged(
    text: str, values: list[float]
) -> None:
    rows = _rows(text)
    assert [float(r["value"]) for r in rows if r["unit"] == "μg/m3"] == values
    assert all(_flagged(r) for r in rows if r["unit"] == "μg/m3")


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "一氧化碳平均值分别为1.2、1.5。",
            "各站臭氧平均值分别为40、50。",
            "PM2.5年均值为35,酸雨pH年均值为5.27。",
        ]
    ),
)
def test_no_particulate_unit_is_inferred_for_gases_or_ph(text: str) -> None:
    rows = _rows(text)
    assert not any(
        r["unit"] == "μg/m3" and float(r["value"]) in (1.2, 1.5, 40.0, 50.0, 5.27) for r in rows
    )


def test_a_unit_written_after_the_list_wins() -> None:
    for text in both_scripts([("PM10年平均浓度分别为 0.035、0.037及0.083 mg/m3。",)]):
        rows = _rows(text[0])
        assert [r["unit"] for r in rows] == ["mg/m3"] * 3
        assert all(r["confidence"] == "high" for r in rows)
        assert not any("ambiguous_unit" in r["warnings"] for r in rows)


# --- 6. A share in parentheses after a named part -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "kinds"),
    both_scripts(
        [
            (
                "发电是最大的碳排放源(66%),其次是运输界别(18%)和废弃物(7%)。",
                ["ratio", "ratio", "ratio"],
            ),
            ("空气污染的投诉大多涉及车辆废气排放(40.8%)。", ["ratio"]),
            # an indicator named before: the places' values of it
            ("优良天数比例由高至低依次为:甲市(100.0%)、乙市(96.8%)。", ["level", "level"]),
            # after a figure: the same change in %
            ("同比上升1微克/立方米(2.9%)。", ["change_absolute", "change_relative"]),
        ]
    ),
)
def test_a_share_in_parentheses_after_a_named_part(text: str, kinds: list[str]) -> None:
    assert [r["kind"] for r in _rows(text)] == kinds


# --- 7. Two rates paired with two figures -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kinds"),
    both_scripts(
        [
            ("全区的运行率和完成率分别为98.7%和90.2%。", ["level", "ratio"]),
            ("完成率和达标率分别为90%及95%。", ["ratio", "level"]),
            ("整改率和办结率分别为80%、99%。", ["ratio", "level"]),
        ]
    ),
)
def test_each_figure_takes_its_own_rate(text: str, kinds: list[str]) -> None:
    assert [r["kind"] for r in _rows(text)] == kinds


# --- 8. Differences to a reference named before the comparative ---------------------------------
@pytest.mark.parametrize(
    ("text", "values", "sign"),
    both_scripts(
        [
            ("较世界卫生组织标准分别超出21、8及9微克/立方米。", [21.0, 8.0, 9.0], 1),
            ("较国家标准超出9微克/立方米。", [9.0], 1),
            ("比国家标准分别低出2、3毫克/升。", [-2.0, -3.0], -1),
        ]
    ),
)
def test_differences_to_a_reference_named_before(text: str, values: list[float], sign: int) -> None:
    rows = _rows(text)
    assert [float(r["value"]) for r in rows] == pytest.approx(values)
    assert {(r["kind"], int(r["sign"])) for r in rows} == {("change_absolute", sign)}


# --- 9. 另有一宗 --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "违反《废物处置条例》的个案有17宗,另有一宗违反《水污染管制条例》。",
            "另有一起违反《噪音管制条例》。",
        ]
    ),
)
def test_one_more_case_in_a_tally_is_counted(text: str) -> None:
    ones = [r for r in _rows(text) if float(r["value"]) == 1.0]
    assert len(ones) == 1
    assert ones[0]["kind"] == "level"


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "另有一家企业正在整改。",
        ]
    ),
)
def test_one_company_after_another_is_an_article(text: str) -> None:
    assert _rows(text) == []


# --- 10. Changes named by a verb, its object and 的幅度 ------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "sign"),
    both_scripts(
        [
            ("即一年间提升燃气发电的幅度逾60%。", 60.0, 1),
            ("预计降低排放的幅度约为20%。", -20.0, -1),
        ]
    ),
)
def test_the_size_of_a_change_with_its_object(text: str, value: float, sign: int) -> None:
    row = next(r for r in _rows(text) if r["unit"] == "%")
    assert (row["kind"], int(row["sign"])) == ("change_relative", sign)
    assert float(row["value"]) == pytest.approx(value)


# --- 11. A share followed from 约占 to a later level; a part after 中,有 ------------------------
@pytest.mark.parametrize(
    ("text", "kinds"),
    both_scripts(
        [
            ("燃煤发电比例由2014年约占59%降至2020年的24%。", ["level", "level"]),
            ("在本澳产生的城市固体废物中,有35.7%为有机物。", ["ratio"]),
        ]
    ),
)
def test_shares_followed_over_time_and_parts(text: str, kinds: list[str]) -> None:
    assert [r["kind"] for r in _rows(text) if r["unit"] == "%"] == kinds


# --- 12. A range of tenths after 减 and its object ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "low", "high"),
    both_scripts(
        [
            ("香港2020年目标 减碳五至六成", -60.0, -50.0),
            ("计划减排二氧化硫10%至20%。", -20.0, -10.0),
        ]
    ),
)
def test_a_range_after_a_verb_and_its_object_is_a_decrease(
    text: str, low: float, high: float
) -> None:
    row = next(r for r in _rows(text) if r["unit"] == "%")
    assert (row["kind"], int(row["sign"])) == ("change_relative", -1)
    assert (float(row["low"]), float(row["high"])) == (low, high)


# --- 13. 是…的一倍 is in doubt -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "约是北京、上海等地的一倍或以上。",
            "排放量是去年的一倍。",
        ]
    ),
)
def test_one_times_is_flagged(text: str) -> None:
    row = _one(text)
    assert float(row["value"]) == 1.0
    assert _flagged(row)


def test_other_multiples_are_not_flagged() -> None:
    for text in both_scripts([("更是台北的近六倍。",)]):
        row = _one(text[0])
        assert float(row["value"]) == 6.0
        assert not _flagged(row)


# --- 14. A denominator kept through 由…减至 ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "人口密度由2017年的每平方公里21100人,减至2018年的20000人。",
            "人口密度由每平方公里21100人,减至20000人。",
        ]
    ),
)
def test_the_denominator_is_kept_for_the_level_reached(text: str) -> None:
    rows = _rows(text)
    assert [r["unit"] for r in rows] == ["人/平方公里", "人/平方公里"]
    assert not _flagged(rows[1])


# --- 15. More classes of the spent splits -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("一天查获10家 罚锾破百万", 1_000_000.0, "元"),
            ("资源回收量破万吨。", 10_000.0, "吨"),
        ]
    ),
)
def test_po_is_a_strict_lower_bound(text: str, value: float, unit: str) -> None:
    row = next(r for r in _rows(text) if float(r["value"]) == value)
    assert (row["unit"], row["qualifier"]) == (unit, "greater")


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "该公司两度被罚款60,000元。",
        ]
    ),
)
def test_twice_is_no_temperature(text: str) -> None:
    assert [r["unit"] for r in _rows(text)] == ["元"]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    both_scripts([("噪音案中营建工程案最多占45%。", "exact"), ("占比最多50%。", "at_most")]),
)
def test_the_most_before_a_share_is_no_bound(text: str, qualifier: str) -> None:
    assert next(r for r in _rows(text) if r["unit"] == "%")["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "days"),
    both_scripts(
        [
            ("旺角及屯门全年有66日及62日高风险日子。", [66.0, 62.0]),
            ("于5月5日及6日巡查。", []),
        ]
    ),
)
def test_a_list_of_day_counts_is_not_dates(text: str, days: list[float]) -> None:
    assert [float(r["value"]) for r in _rows(text) if r["unit"] == "日"] == days


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "交办近3000件环境问题,77.8%已整改完成。",
        ]
    ),
)
def test_a_share_of_the_cases_done_is_a_ratio(text: str) -> None:
    assert next(r for r in _rows(text) if r["unit"] == "%")["kind"] == "ratio"


def test_inspection_crews_are_counted() -> None:
    for text in both_scripts([("环保署再度动员18车组55位督察。",)]):
        assert _rows(text[0])[0]["unit"] == "车组"


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("共吸纳160万贫困人口参与生态建设。", 1_600_000.0),
            ("促进300万人口解决粮食问题。", 3_000_000.0),
            ("惠及2亿农村人口。", 200_000_000.0),
        ]
    ),
)
def test_a_population_named_after_the_number_counts_people(text: str, value: float) -> None:
    row = _one(text)
    assert (row["unit"], row["kind"]) == ("人", "level")
    assert float(row["value"]) == pytest.approx(value)


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["万", "亿"]))
def test_population_property(n: int, word: str) -> None:
    factor = {"万": 10_000, "亿": 100_000_000}[word]
    for text in (f"惠及{n}{word}人口。", to_traditional(f"共吸纳{n}{word}贫困人口。")):
        row = _one(text)
        assert row["unit"] == "人"
        assert float(row["value"]) == pytest.approx(n * factor)
