"""Classes of report wording of the fifteenth parser round (issue 10, branch ``read9``), one
table per class, each sentence in simplified script and in traditional script
(:func:`tests.scripts.to_traditional`).

The classes were named from the failures of ``heldout9`` (read after its one blind
measurement): a share after a verb of change and its object (``减少陈情7成``), a comparative's
figure before 的 and a standard with the standard's authority between (``低于广东省8吨/平方千米·月
的标准限值``), lengths in a denominator whose superscript was lost (``毫克/米3``,
``吨/公里2·月``), a share alone in parentheses after a count, 一年 after an evaluative word,
``两条底线``, an index's values listed without a unit, pH statistics and pH units, 一 + counter
closing its clause, classes compared with a target (``优于考核目标一个类别``) and tenths after a
rate (``符合度高达8成``).  The sentences are written for these tests (not copied from the
corpus); expected values are written out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import one_row as _one
from tests.scripts import both_scripts, texts_in_both_scripts, to_traditional

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[float, str, str, int]]:
    df = extract_quantities(text)
    return [
        (float(r["value"]), str(r["unit"]), str(r["kind"]), int(r["sign"]))
        for _, r in df.iterrows()
    ]


# --- 1. A share after a verb of change and its object ------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "sign"),
    both_scripts(
        [
            ("通过稽查及专家辅导,减少陈情7成。", -70.0, -1),
            ("全年降低能耗10%。", -10.0, -1),
            ("计划削减煤炭消费量15%。", -15.0, -1),
            ("预计减少空污投诉约3成。", -30.0, -1),
            ("力争提高污水收集量20%。", 20.0, 1),
        ]
    ),
)
def test_a_share_after_a_verb_and_its_object_is_a_relative_change(
    text: str, value: float, sign: int
) -> None:
    row = _one(text)
    assert row["kind"] == "change_relative"
    assert float(row["value"]) == pytest.approx(value)
    assert int(row["sign"]) == sign


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "力争提高处理效率20%。",  # a rate as the object: points or per cent, not said
            "推动提高达标率10%。",
            "年度完成率98.7%。",
        ]
    ),
)
def test_a_rate_as_the_object_is_left_a_level_or_ratio(text: str) -> None:
    row = _one(text)
    assert row["kind"] in ("level", "ratio")
    assert float(row["value"]) > 0
    assert int(row["sign"]) == 0


@given(
    verb=st.sampled_from([("减少", -1), ("降低", -1), ("削减", -1), ("增加", 1), ("提高", 1)]),
    obj=st.sampled_from(["投诉", "能耗", "燃煤用量", "陈情件数"]),
    pct=st.integers(min_value=1, max_value=99),
    traditional=st.booleans(),
)
def test_any_verb_object_share_reads_the_verbs_direction(
    verb: tuple[str, int], obj: str, pct: int, traditional: bool
) -> None:
    text = f"今年{verb[0]}{obj}{pct}%。"
    if traditional:
        text = to_traditional(text)
    row = _one(text)
    assert row["kind"] == "change_relative"
    assert float(row["value"]) == pytest.approx(verb[1] * pct)
    assert int(row["sign"]) == verb[1]


# --- 2. A comparative's figure before 的 and a standard, with its authority between -------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            (
                "降尘年均值为3.2吨/平方千米·月,低于广东省8吨/平方千米·月的标准限值。",
                8.0,
                "吨/平方千米/月",
            ),
            ("PM2.5浓度高于世卫25微克/立方米的准则值。", 25.0, "微克/立方米"),
            ("浓度低于国家35微克/立方米的限值。", 35.0, "微克/立方米"),
        ]
    ),
)
def test_a_standards_own_value_after_its_authority_is_a_level(
    text: str, value: float, unit: str
) -> None:
    rows = _rows(text)
    assert (value, unit, "level", 0) in rows


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "低于全省均值2.1微克/立方米。",
            "高出全国平均水平6.4微克/立方米。",
        ]
    ),
)
def test_a_difference_to_a_named_mean_stays_a_change(text: str) -> None:
    row = _one(text)
    assert row["kind"] == "change_absolute"
    assert int(row["sign"]) != 0


# --- 3. Lengths in a denominator whose superscript was lost ------------------------------------
@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("二氧化硫年日均值为0.016毫克/米3,符合标准。", "毫克/立方米"),
            ("降尘年月均值为4.08吨/公里2·月,符合标准。", "吨/平方公里/月"),
            ("单价0.5元/米3。", "元/立方米"),
            ("沉积量100毫克/米2。", "毫克/平方米"),
            ("限值为10毫克/米3以下。", "毫克/立方米"),
        ]
    ),
)
def test_a_plain_power_after_a_length_in_a_denominator_is_its_area_or_volume(
    text: str, unit: str
) -> None:
    assert _one(text)["unit"] == unit


@given(power=st.sampled_from(["2", "3"]), value=st.integers(min_value=1, max_value=999))
def test_a_lost_power_is_kept_unless_a_digit_follows(power: str, value: int) -> None:
    text = f"浓度为{value}毫克/米{power}。"
    assert _one(text)["unit"] == ("毫克/平方米" if power == "2" else "毫克/立方米")
    # 米33: a digit follows, so 3 opens the next number and the length stays a length
    assert _rows(f"单价{value}元/米{power}3个")[0][1] == "元/米"


# --- 4. A share alone in parentheses after a count ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "改善项目中的475个(93.0%),今年已完成。",
            "已完成113个项目中的77个(68.1%)。",
            "共关停企业42家(60%)。",
        ]
    ),
)
def test_a_share_in_parentheses_after_a_count_is_a_ratio(text: str) -> None:
    shares = extract_quantities(text).query("unit == '%'")
    assert list(shares["kind"]) == ["ratio"]


# --- 5. 一年 after an evaluative word; 两条底线 -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "今年是全面完成整改的重要一年。",
            "明年是决胜一年。",
            "2023年是攻坚关键一年。",
            "要把守住发展和生态两条底线作为政治任务。",
        ]
    ),
)
def test_named_years_and_fixed_terms_are_no_quantities(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["整改为期一年。", "提前一年完成任务。", "整治了两条河流。"])
)
def test_durations_and_counts_stay(text: str) -> None:
    assert float(_one(text)["value"]) in (1.0, 2.0)


# --- 6. An index's values listed without a unit; pH statistics ---------------------------------
@pytest.mark.parametrize(
    ("text", "values"),
    both_scripts(
        [
            ("两站分别录得空气质量指数达219及204,属于非常不良水平。", [219.0, 204.0]),
            ("路边站的空气质量则为187、159及173,属于不良水平。", [187.0, 159.0, 173.0]),
            ("AQI分别为219、204和187。", [219.0, 204.0, 187.0]),
            ("pH值年均值5.53,酸雨频率17.2%。", [5.53]),
        ]
    ),
)
def test_an_indexs_values_without_a_unit_are_dimensionless(text: str, values: list[float]) -> None:
    rows = _rows(text)
    assert [v for v, u, *_ in rows if u == "dimensionless"] == pytest.approx(values)
    assert all(kind == "level" for _, u, kind, _ in rows if u == "dimensionless")


@pytest.mark.parametrize(
    "text", texts_in_both_scripts(["降水pH均值在5.61~6.29之间。", "pH年均值在5.6~6.3之间。"])
)
def test_a_range_of_a_ph_statistic_is_dimensionless(text: str) -> None:
    row = _one(text)
    assert row["qualifier"] == "range"
    assert row["unit"] == "dimensionless"


def test_a_list_waiting_for_its_unit_still_takes_it() -> None:
    rows = _rows("指数为47、55和55微克。")
    assert [u for _, u, *_ in rows] == ["微克"] * 3


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [("全市pH均值下降了0.26个pH值单位,酸雨频率上升。", -0.26), ("pH均值上升0.1个pH单位。", 0.1)]
    ),
)
def test_ph_units_are_dimensionless(text: str, value: float) -> None:
    row = _one(text)
    assert row["unit"] == "dimensionless"
    assert row["kind"] == "change_absolute"
    assert float(row["value"]) == pytest.approx(value)


# --- 7. 一 + counter closing its clause; classes compared with a target -------------------------
@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["违反保护臭氧层条例的个案有一宗;违反废物处置条例的有四宗。", "新增投诉数量为一件。"]
    ),
)
def test_one_and_a_counter_closing_its_clause_is_a_count(text: str) -> None:
    assert 1.0 in [v for v, *_ in _rows(text)]


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "有一家企业未整改。",
            "一方面,雨水进入管网。",
            "另一方面,污水溢流。",
        ]
    ),
)
def test_an_article_or_a_discourse_phrase_is_no_count(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize(
    ("text", "value", "sign"),
    both_scripts(
        [
            ("长乐河达到Ⅳ类,优于考核目标一个类别。", 1.0, 1),
            ("断面水质好于目标2个类别。", 2.0, 1),
            ("断面水质劣于考核目标两个类别。", -2.0, -1),
        ]
    ),
)
def test_classes_compared_with_a_target_are_a_change(text: str, value: float, sign: int) -> None:
    row = _one(text)
    assert row["kind"] == "change_absolute"
    assert row["unit"] == "个"
    assert float(row["value"]) == value
    assert int(row["sign"]) == sign


# --- 8. Tenths after a rate or a degree ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    both_scripts(
        [
            ("空品良率连两年突破八成。", "level"),
            ("符合度高达8成。", "level"),
            ("达标比例近9成。", "level"),
            ("整改完成率达8成。", "ratio"),  # a completion rate stays a ratio (the guide)
            ("近七成企业完成改造。", "ratio"),
            ("2023年度八成企业完成整改。", "ratio"),  # 年度 is no degree
            ("工业废水占排放总量比例近七成。", "ratio"),  # 占: a share of a whole
        ]
    ),
)
def test_tenths_after_a_rate_are_its_level(text: str, kind: str) -> None:
    shares = extract_quantities(text).query("unit == '%'")
    assert list(shares["kind"]) == [kind]


def test_a_completion_rate_in_percent_stays_a_ratio() -> None:
    # 完成 holds the character 成 but writes no tenths
    for text in texts_in_both_scripts(["年度目标完成率为95%。"]):
        assert _one(text)["kind"] == "ratio"


# --- 9. A share after 其中/当中, followed by 为 and the part ------------------------------------
@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "2022年环保署接获的投诉当中,33.2%为市民的电话投诉。",
            "其中,40%来自工业源。",
            "其中约40%是电话投诉。",
        ]
    ),
)
def test_a_share_after_a_whole_and_before_its_part_is_a_ratio(text: str) -> None:
    assert _one(text)["kind"] == "ratio"


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "其中优良天数比例为80%。",
            "其中,去年为40%。",
        ]
    ),
)
def test_an_indicators_share_after_qizhong_stays_a_level(text: str) -> None:
    assert _one(text)["kind"] == "level"


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts([("全年下降\n\n15.94%为其他。", 15.94), ("减少 \n20%为其他。", 20.0)]),
)
def test_no_object_across_a_line_break(text: str, value: float) -> None:
    row = _one(text)
    assert (float(row["value"]), row["kind"], int(row["sign"])) == (value, "level", 0)
