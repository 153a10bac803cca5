"""Parser round 48 (branch read37): ``heldout26``'s failures, by class.

Issue 10.  Each class tested in both scripts with sentences written for the tests (not copied
from the corpus) and with the negatives the rules must leave alone: a figure written with its
``±`` spread is one figure, its centre, approximate and flagged ``spread`` (never the spread
alone); a span of ROC years written with 年 at both ends (94年至96年) beside a year the text
names as ROC is a period, while a range of durations stays one; the Environmental Protection
Law's 四个配套办法 is a name; a count written 零 after a label of its 数量 (案件数量为零的8个城市)
is a count of none; a share after 占 and a whole of up to 12 characters is a ratio; verbs
joined by 、 and shared by 各 after a frequency's period (每月采、放样各一次) keep the period.
"""

from __future__ import annotations

import pytest
from tests.parser_rows import bounds_rows
from tests.scripts import both_scripts, texts_in_both_scripts

from envindicators.units import extract_quantities
from envindicators.units.text import to_simplified
from envindicators.units.vocab import FLAG_CONFIDENCE, Confidence, Flag

# --- 1. X±Y: the centre, approximate, flagged ----------------------------------------------
SPREADS = [
    ("落尘量约为3.51±0.16公吨/平方公里/月。", 3.51, "吨/平方公里/月", "3.51±0.16公吨"),
    ("PM2.5年均浓度为35±5微克/立方米。", 35.0, "微克/立方米", "35±5微克/立方米"),
    ("出水COD浓度为42.6 ± 3.1 mg/L,达到一级A标准。", 42.6, "mg/L", "42.6 ± 3.1 mg/L"),
    ("土壤pH值平均为6.8,有机质含量为18.2±2.4克/千克。", 18.2, "克/千克", "18.2±2.4克/千克"),
    ("年产量为3.5±0.2万吨。", 35000.0, "吨/年", "3.5±0.2万吨"),
    ("监测结果为12.0＋/－1.5微克/立方米。", 12.0, "微克/立方米", "12.0+/-1.5微克/立方米"),
    ("样品回收率为95±3%。", 95.0, "%", "95±3%"),
]


@pytest.mark.parametrize(("text", "value", "unit", "span"), both_scripts(SPREADS))
def test_a_figure_with_its_spread_is_its_centre_approximate_and_flagged(
    text: str, value: float, unit: str, span: str
) -> None:
    rows = bounds_rows(text)
    got = [r for r in rows if "spread" in r[7]]
    assert len(got) == 1, (text, rows)
    row = got[0]
    assert row[1] == pytest.approx(value), row
    assert row[4] == unit, row
    assert row[5] == "approx", row
    assert span in to_simplified(row[0]).replace("＋/－", "+/-"), row
    # the spread is never read as a figure of its own
    spread = span.split("±")[-1] if "±" in span else span.split("+/-")[-1]
    assert not any(r[0] == spread for r in rows), rows


def test_a_spread_list_reads_each_centre() -> None:
    rows = bounds_rows("两个断面的浓度分别为3.5±0.3、4.1±0.2毫克/升。")
    got = [(r[1], r[4]) for r in rows if "spread" in r[7]]
    assert got == [(3.5, "毫克/升"), (4.1, "毫克/升")], rows
    assert not any(r[1] in (0.3, 0.2) for r in rows), rows


def test_a_bound_before_a_spread_is_kept() -> None:
    (row,) = bounds_rows("排放浓度不超过35±5微克/立方米。")
    assert row[1] == 35.0, row
    assert row[5] == "at_most", row
    assert "spread" in row[7], row


def test_the_spread_flag_lowers_the_confidence() -> None:
    assert FLAG_CONFIDENCE[Flag.SPREAD] is Confidence.MEDIUM
    df = extract_quantities("PM2.5年均浓度为35±5微克/立方米。")
    assert list(df["confidence"]) == ["medium"], df


NO_CENTRE = [
    ("测量误差为±5%。", "5%", 5.0),  # a tolerance alone: no centre, as before
    ("温度偏差控制在±0.5℃以内。", "0.5℃以内", 0.5),
]


@pytest.mark.parametrize(("text", "span", "value"), both_scripts(NO_CENTRE))
def test_a_tolerance_without_a_centre_is_read_as_before(text: str, span: str, value: float) -> None:
    rows = bounds_rows(text)
    assert [(r[0], r[1]) for r in rows] == [(span, value)], rows
    assert not any("spread" in r[7] for r in rows), rows


def test_a_name_before_a_plus_minus_is_no_centre() -> None:
    rows = bounds_rows("PM2.5±浓度")
    assert not any("spread" in r[7] for r in rows), rows


# --- 2. ROC year spans ----------------------------------------------------------------------
ROC_SPANS = [
    ("96年度计划执行成果。调查结果得知94年至96年民众回应非常满意度由1.03%上升至2.39%。", "94年"),
    ("九十一年度空气品质监测。监测值分析,八十六年至九十一年空气品质变化趋势如下。", "八十六年"),
    ("民国95年统计。88年至95年垃圾清运量逐年下降。", "88年"),
    ("九十二年度计划。八十八年到九十二年期间共查处案件120件。", "八十八年"),
]


@pytest.mark.parametrize(("text", "head"), both_scripts(ROC_SPANS, every_text=True))
def test_a_span_of_roc_years_is_a_period(text: str, head: str) -> None:
    rows = bounds_rows(text)
    assert not any(to_simplified(r[0]).startswith(to_simplified(head)) for r in rows), rows
    assert not any(r[4] == "年" for r in rows), rows


DURATION_SPANS = [
    ("设计使用年限为50年至70年。", 50.0, 70.0),  # no ROC year named near: durations
    ("工程延期3年至5年。", 3.0, 5.0),
    ("近五十年至六十年。六十年度计划。", 50.0, 60.0),  # a duration word before the span
    ("94至96年间降雨偏少。", 94.0, 96.0),  # 年 written once: as before
]


@pytest.mark.parametrize(("text", "low", "high"), both_scripts(DURATION_SPANS))
def test_a_range_of_durations_stays_a_range(text: str, low: float, high: float) -> None:
    rows = bounds_rows(text)
    assert [(r[2], r[3], r[4]) for r in rows] == [(low, high, "年")], rows


# --- 3. a set named by its count; a count written 零 --------------------------------------
@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["均有适用《环境保护法》四个配套办法的案件。", "新环保法及四个配套办法全面运用。"]
    ),
)
def test_the_law_s_four_implementing_measures_are_a_name(text: str) -> None:
    assert bounds_rows(text) == []


def test_a_count_of_other_measures_stays_a_count() -> None:
    assert [(r[0], r[1]) for r in bounds_rows("出台了四个配套文件。")] == [("四个", 4.0)]


ZEROS = [
    ("1-10月份案件数量为零的8个城市,11月份均开出罚单。", "零", 0.0, "件"),
    ("全年超标天数为0的城市有3个。", "0", 0.0, "天"),
    ("本月案件数量为零。", "零", 0.0, "件"),
    ("交办件数量:35,均已办结。", "35", 35.0, "件"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), both_scripts(ZEROS))
def test_a_count_after_a_label_of_its_number_is_read(
    text: str, span: str, value: float, unit: str
) -> None:
    rows = bounds_rows(text)
    assert (span, value, unit) in [(r[0], r[1], r[4]) for r in rows], rows


@pytest.mark.parametrize("text", ["案件数量为零星", "案件數量為零星", "案件数为30天"])
def test_zero_in_a_word_or_a_figure_with_its_unit_is_read_as_before(text: str) -> None:
    rows = bounds_rows(text)
    assert all(r[0] != "零" for r in rows), rows
    if "30" in text:
        assert [(r[1], r[4]) for r in rows] == [(30.0, "天")], rows


# --- 4. a share after 占 and a longer whole; 每月…各一次 ----------------------------------
SHARES = [
    ("占同期全省审批填海项目72%以上。", "72%以上", "at_least"),
    ("垃圾焚烧处理占全省城镇垃圾处理量18.8%。", "18.8%", "exact"),
    ("约占本县第二期稻作种植面积27.6%。", "27.6%", "approx"),
]


@pytest.mark.parametrize(("text", "span", "qualifier"), both_scripts(SHARES, every_text=True))
def test_a_share_after_zhan_and_a_long_whole_is_a_ratio(
    text: str, span: str, qualifier: str
) -> None:
    rows = bounds_rows(text)
    assert [(r[0], r[5], r[6]) for r in rows] == [(to_simplified(span), qualifier, "ratio")], rows


LEVELS_AFTER_ZHAN = [
    ("燃煤占能源消费总量比重降低到65%以下。", "65%以下"),  # followed to a level (conv13)
    ("占全部新建项目面积比例提高到30%。", "30%"),
]


@pytest.mark.parametrize(("text", "span"), both_scripts(LEVELS_AFTER_ZHAN, every_text=True))
def test_a_share_followed_to_a_level_stays_a_level(text: str, span: str) -> None:
    rows = bounds_rows(text)
    assert [(r[0], r[6]) for r in rows] == [(to_simplified(span), "level")], rows


FREQUENCIES = [
    ("落尘每月采、放样各一次。", "一次", "次/月"),
    ("水样每季采样、化验各1次。", "1次", "次/季度"),
    ("每年监测、评估各两次。", "两次", "次/年"),
    ("每日巡查一次。", "一次", "次/日"),
]


@pytest.mark.parametrize(("text", "span", "unit"), both_scripts(FREQUENCIES, every_text=True))
def test_verbs_shared_by_ge_keep_the_frequency_s_period(text: str, span: str, unit: str) -> None:
    rows = bounds_rows(text)
    assert [(r[0], r[4]) for r in rows] == [(to_simplified(span), unit)], rows


FREQUENCY_NEGATIVES = [
    ("TSP采样每上、下半月各一次。", "次"),  # no unit of a half-month: 次, as the gold
    ("每月检查、整改3次。", "次"),  # no 各: the 、 ends the clause, as before
]


@pytest.mark.parametrize(("text", "unit"), both_scripts(FREQUENCY_NEGATIVES))
def test_a_list_without_ge_or_a_half_month_keeps_ci(text: str, unit: str) -> None:
    assert [r[4] for r in bounds_rows(text)] == [unit]


# --- 5. a unit whose numerator the copy lost -------------------------------------------------
LOST_NUMERATORS = [
    (
        "降尘月均值为5.3/平方公里·月,符合省级标准(8吨/平方公里·月)。",
        "5.3/平方公里·月",
        5.3,
        "吨/平方公里/月",
    ),
    (
        "标准为8吨/平方公里·月。全年最高值为6.8/平方公里·月,出现在2月。",
        "6.8/平方公里·月",
        6.8,
        "吨/平方公里/月",
    ),
    ("人口密度为520人/平方公里,老城区为1020/平方公里。", "1020/平方公里", 1020.0, "人/平方公里"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), both_scripts(LOST_NUMERATORS))
def test_a_lost_numerator_is_the_nearby_unit_s_and_flagged(
    text: str, span: str, value: float, unit: str
) -> None:
    rows = bounds_rows(text)
    got = [r for r in rows if r[0].endswith(to_simplified(span))]
    assert len(got) == 1, rows
    assert got[0][1] == value, got
    assert got[0][4] == unit, got
    assert "ambiguous_unit" in got[0][7], got
    # the unit written in full is read as before, unflagged
    assert any("/" in r[4] and "ambiguous_unit" not in r[7] for r in rows), rows


NO_NUMERATOR_NEAR = [
    "降尘月均值为5.3/平方公里·月,无对应标准。",  # no full unit to take the numerator from
    "两项指标之比为3/5,较上年持平。",  # a fraction: a figure after the slash
]


@pytest.mark.parametrize("text", texts_in_both_scripts(NO_NUMERATOR_NEAR))
def test_without_a_full_unit_near_nothing_is_inferred(text: str) -> None:
    rows = bounds_rows(text)
    assert not any("ambiguous_unit" in r[7] and "平方公里" in r[4] for r in rows), rows
    assert not any(r[4].startswith(("吨", "噸")) for r in rows), rows
