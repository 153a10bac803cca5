"""Classes of report wording of the fourteenth parser round (issue 10, branch ``hant13``), one
table per class, each sentence in simplified script and in traditional script
(:func:`tests.scripts.to_traditional`).

The classes were named from the failures of the ``t13-*`` development texts of ``dev``
(traditional-script and hard pages: Taiwan's and Macau's statistics, Hong Kong's releases):
numerals written place by place (``一一三件``, ``一○六處``, ``一三八萬公噸``, ``一、二六九輛``,
``○.八二九公斤``), the hyphenation point as a decimal point (``八十一‧二九``), years of the ROC
calendar in Chinese numerals or near an ROC date, the dates of a table's extremes in
parentheses (``35.8 (5/29)``), a change restated exactly in parentheses, a range framed by 介於
with the % on its first end, masses of CO2 written with the gas after the unit
(``21.83 MtCO2e``, ``0.0206 kg CO2/元``), Taiwan's and Hong Kong's verbs of change (成長, 減低),
为 + a period's 的 after a verb of motion, a change in % after a share measured against a
period, and two neighbouring Arabic digits as an estimate (``2、3年前``).  The sentences are
written for these tests (not copied from the corpus); expected values are written out by hand.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags as _flags
from tests.parser_rows import one_row as _one
from tests.scripts import both_scripts, to_traditional

from envindicators.units import extract_quantities


def _rows(text: str) -> list[tuple[float, str]]:
    df = extract_quantities(text)
    return [(float(r["value"]), str(r["unit"])) for _, r in df.iterrows()]


_DIGITS = "〇一二三四五六七八九"


def _place_by_place(n: int, zero: str = "〇") -> str:
    return "".join(zero if d == "0" else _DIGITS[int(d)] for d in str(n))


# --- 1. Numerals written place by place -------------------------------------------------------
PLACE_BY_PLACE = both_scripts(
    [
        ("破获重大环保犯罪案件有一一三件。", (113.0, "件")),
        ("总计列管一一五三处废弃物非法弃置场址。", (1153.0, "处")),
        ("其中仍有四四六处持续列管。", (446.0, "处")),
        ("共一○六处尚未完成清理。", (106.0, "处")),  # ○ (U+25CB) typed for 〇
        ("已设置贮存场的机关达二六五个。", (265.0, "个")),
        ("回收量总计达一三八万公吨。", (1380000.0, "吨")),
        ("已补助地方一、二六九辆资源回收车。", (1269.0, "辆")),  # 、 groups thousands
        ("每人每日垃圾量为○.八二九公斤。", (0.829, "公斤/日")),
    ]
)


@pytest.mark.parametrize(("text", "expected"), PLACE_BY_PLACE)
def test_digits_written_place_by_place_are_one_number(text: str, expected: object) -> None:
    row = _one(text)
    assert (float(row["value"]), row["unit"]) == expected


NOT_PLACE_BY_PLACE = both_scripts(
    [
        ("一、加强管理;二、完善制度。", []),  # list numbers, not a grouped number
        ("○ 本计划分三年实施。", [(3.0, "年")]),  # a lone ○ is a bullet
        ("工作表现目标(二零零年)。", []),  # a year that lost a digit: no duration of 200 years
        ("一一三年度预算。", []),  # an ROC year written place by place
    ]
)


@pytest.mark.parametrize(("text", "expected"), NOT_PLACE_BY_PLACE)
def test_lists_bullets_and_place_years_are_no_counts(text: str, expected: object) -> None:
    assert _rows(text) == expected


def test_two_digits_in_a_row_stay_an_estimate() -> None:
    row = _one("约有三四家企业")
    assert math.isnan(row["value"])
    assert (row["low"], row["high"]) == (3.0, 4.0)


@given(
    n=st.integers(min_value=100, max_value=99_999),
    zero=st.sampled_from(["〇", "○"]),
    traditional=st.booleans(),
)
def test_any_count_written_place_by_place_reads_back(n: int, zero: str, traditional: bool) -> None:
    text = f"共有{_place_by_place(n, zero)}家企业完成整改"
    if traditional:
        text = to_traditional(text)
    row = _one(text)
    assert float(row["value"]) == n
    assert row["unit"] == "家"


# --- 2. The hyphenation point as a decimal point ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("资源回收贮存场全国普遍率已达百分之八十一‧二九。", 81.29),
            ("减量率为百分之九‧一一。", 9.11),
        ]
    ),
)
def test_hyphenation_point_is_a_decimal_point(text: str, value: object) -> None:
    assert float(_one(text)["value"]) == pytest.approx(value)


@given(whole=st.integers(min_value=1, max_value=99), frac=st.integers(min_value=1, max_value=9))
def test_tenths_after_the_hyphenation_point(whole: int, frac: int) -> None:
    from envindicators.units.numerals import to_chinese_integer

    text = f"比例为百分之{to_chinese_integer(whole)}‧{_DIGITS[frac]}。"
    assert float(_one(text)["value"]) == pytest.approx(whole + frac / 10)


# --- 3. Years of the ROC calendar in Chinese numerals or near an ROC date ----------------------
ROC_YEARS = both_scripts(
    [
        # the same year written as a fiscal year elsewhere in the text
        ("迄九十二年度止,我国九十二年垃圾清运量为六百一十三万公吨。", [(6130000.0, "吨")]),
        # an ROC date nearby (77年8月18日): a bare 73年 and 81年起 are years too
        ("行政院于77年8月18日核定方案,我国在73年制定下水道法,81年起编列预算。", []),
        # 迄今 after the year: a point in time
        ("有关调查案自100年迄今,也有将近50件。", [(50.0, "件")]),
    ]
)


@pytest.mark.parametrize(("text", "expected"), ROC_YEARS)
def test_roc_years_are_no_durations(text: str, expected: object) -> None:
    assert _rows(text) == expected


DURATIONS_KEPT = both_scripts(
    [
        ("迄九十二年度止,近九十年来首次。", [(90.0, "年")]),
        ("行政院于77年8月18日核定,为期30年。", [(30.0, "年")]),
        ("计划为期三年。", [(3.0, "年")]),
    ]
)


@pytest.mark.parametrize(("text", "expected"), DURATIONS_KEPT)
def test_durations_keep_their_reading(text: str, expected: object) -> None:
    assert _rows(text) == expected


# --- 4. The dates of a table's extremes in parentheses -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("绝对最高\n\n35.8 (5/29)\n\n35.7 (7/18, 8/9)\n", []),
            ("22 (4/13, 12/31) 日照时间", []),
            ("完成率(3/4)", [(0.75, "dimensionless")]),  # not after a value: a fraction
        ]
    ),
)
def test_month_day_pairs_after_a_value_are_dates(text: str, expected: object) -> None:
    assert _rows(text) == expected


# --- 5. A change restated exactly in parentheses ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    both_scripts(
        [
            ("与上年比较,减量约六十万公吨(584,589公吨);", "change_absolute", -584589.0),
            ("相比较,提高约十四万公吨(136,763公吨),", "change_absolute", 136763.0),
        ]
    ),
)
def test_a_change_restated_in_parentheses_keeps_kind_and_sign(
    text: str, kind: str, value: float
) -> None:
    rows = extract_quantities(text)
    assert len(rows) == 2
    second = rows.iloc[1]
    assert (second["kind"], float(second["value"])) == (kind, value)
    assert rows.iloc[0]["sign"] == second["sign"]


def test_a_part_in_parentheses_stays_a_level() -> None:
    rows = extract_quantities("增加2万吨(其中1万吨来自工业)")
    assert list(rows["kind"]) == ["change_absolute", "level"]


# --- 6. A range framed by 介於 with its % on the first end ----------------------------------------
@pytest.mark.parametrize(
    ("text", "ends"),
    both_scripts(
        [
            ("各县市标准差介于0.49%至6.15,差异显著。", (0.49, 6.15)),
            ("比例在5%至8之间。", (5.0, 8.0)),
        ]
    ),
)
def test_a_between_range_shares_its_first_unit(text: str, ends: tuple[float, float]) -> None:
    row = _one(text)
    assert (row["low"], row["high"], row["unit"], row["qualifier"]) == (*ends, "%", "range")


def test_a_change_to_a_level_is_no_range() -> None:
    row = _one("综合指数下降2.3%至4.12。")
    assert (float(row["value"]), row["kind"]) == (-2.3, "change_relative")


# --- 7. Masses of CO2 with the gas after the unit -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("扣除碳汇 21.83 MtCO2e 后", 21.83, "Mt"),
            ("全球排放量达到历史最高水准(53.8 Gt CO2e),", 53.8, "Gt"),
            ("人均排放4.5 tCO2e。", 4.5, "t"),
            ("排放密集度自0.0206 kg CO2/元降至", 0.0206, "kg/元"),
            ("电力排碳系数为0.509 kgCO2/度。", 0.509, "kg/度"),
        ]
    ),
)
def test_a_mass_of_co2_is_a_mass(text: str, value: float, unit: str) -> None:
    row = _one(text)
    assert (float(row["value"]), row["unit"]) == (value, unit)


@given(
    value=st.decimals(min_value="0.01", max_value="9999", places=2),
    unit=st.sampled_from(["Mt", "Gt", "t", "kg"]),
    gas=st.sampled_from(["CO2e", " CO2e", "CO2", " CO2", "CO2-e", "CO2eq"]),
)
def test_any_co2_mass_reads_its_mass_unit(value: object, unit: str, gas: str) -> None:
    row = _one(f"排放量为{value} {unit}{gas},")
    assert row["unit"] == unit
    assert float(row["value"]) == pytest.approx(float(str(value)))


# --- 8. Verbs of change of Taiwan and Hong Kong; 约计 -------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "sign", "qualifier"),
    both_scripts(
        [
            ("排放量约计成长108.35%。", "change_relative", 1, "approx"),
            ("营收成长了5%。", "change_relative", 1, "exact"),
            ("碳排放总量减低26%。", "change_relative", -1, "exact"),
        ]
    ),
)
def test_growth_and_reduction_verbs(text: str, kind: str, sign: int, qualifier: str) -> None:
    row = _one(text)
    assert (row["kind"], row["sign"], row["qualifier"]) == (kind, sign, qualifier)


@pytest.mark.parametrize(
    ("text", "unused"),
    both_scripts([("年平均成长率为 0.13%。", None), ("经济成长率达 2.6%。", None)]),
)
def test_a_named_growth_rate_is_a_level(text: str, unused: object) -> None:
    assert _one(text)["kind"] == "level"


# --- 9. 为 + a period's 的 after a verb of motion ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        t
        for t, _ in both_scripts(
            [("迄九十二年度止。由九十一年度的○.八二九公斤降低为九十二年的○.七五二公斤,", None)]
        )
    ],
)
def test_the_level_reached_in_a_named_period(text: str) -> None:
    rows = extract_quantities(text)
    assert list(rows["kind"]) == ["level", "level"]
    assert [float(v) for v in rows["value"]] == [0.829, 0.752]


# --- 10. A change in % after a share, compared with a period written between -------------------
@pytest.mark.parametrize(
    "text",
    [t for t, _ in both_scripts([("资源回收率为60.04%,相较于109年同期提升2.71%", None)])],
)
def test_a_share_change_against_a_period_is_flagged(text: str) -> None:
    rows = extract_quantities(text)
    assert "ambiguous_unit" in _flags(rows.iloc[1])


# --- 11. Two neighbouring Arabic digits: an estimate --------------------------------------------
ESTIMATES = both_scripts(
    [
        # (2、3年前 is a point in time counted back, no mention: conv20, test_parser_round20b)
        ("其中两件超大案,工程还需2、3年完成", (2.0, 3.0, "年")),
        ("有3、4家企业未完成整改", (3.0, 4.0, "家")),
    ]
)


@pytest.mark.parametrize(("text", "expected"), ESTIMATES)
def test_neighbouring_digits_with_one_unit_are_a_flagged_range(
    text: str, expected: tuple[float, float, str]
) -> None:
    rows = extract_quantities(text)
    row = rows.iloc[-1]
    assert (row["low"], row["high"], row["unit"]) == expected
    assert "vague" in _flags(row)


@pytest.mark.parametrize(
    ("text", "n"),
    both_scripts(
        [("分别为1、2个", 2), ("1、2月", 0), ("第2、3批", 0), ("47、55和55微克/立方米", 3)]
    ),
)
def test_lists_and_labels_are_no_estimates(text: str, n: int) -> None:
    assert len(extract_quantities(text)) == n


# --- 12. A share of a whole that carries its own count in parentheses --------------------------
@pytest.mark.parametrize(
    "text",
    [
        t
        for t, _ in both_scripts(
            [
                ("占列管案件(一百卅七件)比例四十八.九一%", None),
                ("平均占垃圾(湿基)比例为12.78%", None),
                ("占整改任务(共30项)比例为40%", None),
            ]
        )
    ],
)
def test_a_share_of_a_whole_with_its_count_in_parentheses(text: str) -> None:
    rows = extract_quantities(text)
    assert rows.iloc[-1]["kind"] == "ratio"


def test_land_in_parentheses_is_no_share() -> None:
    assert _one("占地面积约(不含道路)120亩")["kind"] == "level"


# --- 13. Shares listed after a share of a whole, a formula after each name ---------------------
@pytest.mark.parametrize(
    "text",
    [
        t
        for t, _ in both_scripts(
            [
                (
                    "二氧化碳(CO2)为最大宗,约占95.28%,其次分别为氧化亚氮(N2O) 1.71%、"
                    "甲烷(CH4) 1.67%、六氟化硫(SF6) 0.33%。",
                    None,
                )
            ]
        )
    ],
)
def test_shares_listed_after_a_share_of_a_whole_are_ratios(text: str) -> None:
    assert list(extract_quantities(text)["kind"]) == ["ratio"] * 4


def test_a_list_after_a_level_stays_levels() -> None:
    rows = extract_quantities("优良天数比例为80%,其次为轻度污染(PM10) 15%")
    assert list(rows["kind"]) == ["level", "level"]


# --- 14. 减半: halved ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        t
        for t, _ in both_scripts(
            [("力争把碳排放量从2005年的水平减半。", None), ("健康风险减半", None)]
        )
    ],
)
def test_halved_is_a_change_of_minus_fifty_percent(text: str) -> None:
    row = _one(text)
    assert (float(row["value"]), row["unit"], row["kind"], row["sign"]) == (
        -50.0,
        "%",
        "change_relative",
        -1,
    )


# --- 15. The counters 筆 (records) and 案 (cases) -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    both_scripts(
        [
            ("未填列文号者计六十七笔。", (67.0, "笔")),
            ("违规倾倒废弃物等3案。", (3.0, "案")),
        ]
    ),
)
def test_records_and_cases_are_counted(text: str, expected: tuple[float, str]) -> None:
    row = _one(text)
    assert (float(row["value"]), row["unit"]) == expected


def test_a_case_counts_like_a_case_of_other_words() -> None:
    from envindicators.units.counters import counters_compatible

    assert counters_compatible("案", "件")
    assert not counters_compatible("笔", "件")
