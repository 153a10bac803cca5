"""Classes of round 18 (branch ``read10``): the failures of ``heldout10``, read after its blind run.

Each class is a general rule in the module where its kind lives
(``benchmarks/corpus/README.md``, "Eighteenth parser round, branch `read10`"):

* a dash between a word and a temperature is its minus sign (``最低气温-11.4℃``, also in a
  range ``-5~10℃``), and 零下 puts a temperature below zero (``零下3度``): a silent wrong
  value before;
* 减量 right before an amount (``SOx減量194.4公噸``) is a verb of cutting: the change is kept
  and its sign flagged, as 削减/压减 (the lead's settled rule);
* 件次 and 处次 are counters (``受理陳情5,796件次``, ``架設123處次``), and a counter with 次 in
  parentheses is its counter of visits (``2.4万家(次)``: 家次);
* a count's share in parentheses with the share named between (``3,388件次之比例(58.45%)``,
  ``2,216件之比例最高(38.23 %)``) is a ratio;
* a count after an English word and a space (``再者為 Email 297 件次``) is read;
* a share after 约占 is approximate (``約占總列管家數15.4%``);
* 自/从 + a year + 以来 (``自83年以來``) is a year, not a duration;
* 公秉 is Taiwan's kilolitre (``133萬公秉``: m³);
* a slash with spaces around it still joins a unit and its denominator (``40微克/ 立方米``);
* the matter handled between a period word and its verb (``日污水處理能力64萬噸``) keeps the
  rate per day;
* 一 + a counter after a superlative and 的 (``案件數最多的一項``) is an article, not a count;
* a share named at the end of a clause, then 由 and a year (``占比,由108年7.9%降至111年5.5%``)
  is followed over time: a level, as ``占比由47%降至40%``.

The sentences are written for these tests (not copied from the corpus); expected values are
written out by hand.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.parser_rows import flags, one_row, rows
from tests.scripts import both_scripts, texts_in_both_scripts, to_traditional

from envindicators.units import extract_quantities


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("全年最低气温-11.4℃,累计降水量", -11.4),
            ("1月平均气温-3.2℃,较常年偏低", -3.2),
            ("极端最低温度-20℃出现在1月", -20.0),
            ("当日气温−6.5℃", -6.5),
            ("夜间最低气温为零下3度", -3.0),
            ("最低气温零下 11.4℃", -11.4),
            ("气温为-3℃", -3.0),
        ]
    ),
)
def test_a_temperature_below_zero_keeps_its_sign(text: str, value: float) -> None:
    row = one_row(text)
    assert row["unit"] == "degC"
    assert row["kind"] == "level"
    assert math.isclose(row["value"], value)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    both_scripts([("日均气温介于-5-10℃之间", -5.0, 10.0), ("气温-5~10℃", -5.0, 10.0)]),
)
def test_a_temperature_range_keeps_the_low_end_sign(text: str, low: float, high: float) -> None:
    row = one_row(text)
    assert (row["low"], row["high"]) == (low, high)


@given(st.decimals(min_value="0.1", max_value="60", places=1))
def test_property_dash_after_a_word_is_a_temperature_minus(x: object) -> None:
    for text in (f"最低气温-{x}℃", to_traditional(f"平均气温-{x}℃,")):
        row = one_row(text)
        assert math.isclose(row["value"], -float(str(x)))
        assert row["unit"] == "degC"


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("SOx减量194.4公吨,", -194.4),
            ("二氧化硫减量1,200吨", -1200.0),
            ("全年垃圾减量约60万吨", -600000.0),
            ("氮氧化物减量了35吨", -35.0),
        ]
    ),
)
def test_an_amount_after_jianliang_is_a_flagged_cut(text: str, value: float) -> None:
    row = one_row(text)
    assert row["kind"] == "change_absolute"
    assert math.isclose(row["value"], value)
    assert "ambiguous_sign" in flags(row)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    both_scripts(
        [
            ("受理陈情5,796件次,其中", "件次", 5796.0),
            ("全年受理2.1万件次", "件次", 21000.0),
            ("缩时摄影累计架设123处次", "处次", 123.0),
            ("网络陈情1,569 件次", "件次", 1569.0),
            ("检查企业2.4万家(次),整改", "家次", 24000.0),
            ("出动执法人员120人(次)", "人次", 120.0),
            ("受理3件(次)", "件次", 3.0),
        ]
    ),
)
def test_jianci_and_chuci_are_counters(text: str, unit: str, value: float) -> None:
    row = one_row(text)
    assert (row["unit"], row["value"], row["kind"]) == (unit, value, "level")


@pytest.mark.parametrize(
    ("text", "share"),
    both_scripts(
        [
            ("其中以电话陈情3,388件次之比例(58.45%)最高", 58.45),
            ("其中以电话陈情 3,388件次之比例 (58.45%)最高", 58.45),
            ("以环境卫生2,216 件之比例最高(38.23 %),其次", 38.23),
            ("电子信箱1,739件次的比例(31%)次之", 31.0),
            ("噪音案件930件,占比(16.6%)", 16.6),
        ]
    ),
)
def test_a_count_then_its_named_share_in_parentheses_is_a_ratio(text: str, share: float) -> None:
    got = rows(text, "value", "unit", "kind")
    assert (share, "%", "ratio") in got
    assert any(u in ("件", "件次") and k == "level" for _, u, k in got)


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(["优良天数比例(85%)", "达标率(90.1%)"]),
)
def test_an_indicator_share_in_parentheses_stays_a_level(text: str) -> None:
    assert one_row(text)["kind"] == "level"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    both_scripts(
        [
            ("再者为 Email 297 件次(5.12%)", 297.0, "件次"),
            ("经由 Line 12 件", 12.0, "件"),
            ("NOx 86.72公吨", 86.72, "吨"),
        ]
    ),
)
def test_a_count_after_an_english_word_is_read(text: str, value: float, unit: str) -> None:
    got = rows(text, "value", "unit")
    assert got[0] == (value, unit)


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "GB 3095-2012",
            "ISO 14001认证",
            "HJ 633 个",
        ]
    ),
)
def test_codes_of_standards_stay_names(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        [
            "食品业432家为最多(约占总列管家数15.4%),其次",
            "化工业296家(约占总数12.9%)",
            "大约占全市用水量的30%",
        ]
    ),
)
def test_a_share_after_yuezhan_is_approximate(text: str) -> None:
    got = rows(text, "unit", "kind", "qualifier")
    assert ("%", "ratio", "approx") in got


@pytest.mark.parametrize("text", texts_in_both_scripts(["占全市的12.9%", "约有10家,占12.9%"]))
def test_a_share_without_yue_before_zhan_stays_exact(text: str) -> None:
    got = rows(text, "unit", "kind", "qualifier")
    assert ("%", "ratio", "exact") in got


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(["为自83年以来不良日数最少的一年", "从95年以来持续下降"]),
)
def test_since_a_year_is_no_duration(text: str) -> None:
    assert not any(u == "年" for (u,) in rows(text, "unit"))


@pytest.mark.parametrize(
    ("text", "value"), both_scripts([("100年以来最大洪水", 100.0), ("近10年以来", 10.0)])
)
def test_a_duration_with_yilai_stays_a_duration(text: str, value: float) -> None:
    assert rows(text, "value", "unit")[0] == (value, "年")


@pytest.mark.parametrize(
    ("text", "value"),
    both_scripts(
        [
            ("发油量自97年约120万公秉上升至106年133万公秉", 1330000.0),
            ("汽油销售量3.5万公秉", 35000.0),
            ("柴油用量约800公秉", 800.0),
        ]
    ),
)
def test_gongbing_is_a_kilolitre(text: str, value: float) -> None:
    got = rows(text, "value", "unit")
    assert (value, "立方米") in got
    assert all(u == "立方米" for _, u in got)  # no year read from 自97年约


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("年均浓度达到40微克/ 立方米,臭氧", "微克/立方米"),
            ("浓度为 35 微克 / 立方米", "微克/立方米"),
            ("浓度为35微克 /立方米", "微克/立方米"),
            ("处理能力10吨/ 日", "吨/日"),
        ]
    ),
)
def test_a_slash_with_spaces_joins_a_unit(text: str, unit: str) -> None:
    assert one_row(text)["unit"] == unit


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["/ ", " /", " / ", "/"]),
    st.sampled_from([("微克", "立方米"), ("吨", "日"), ("毫克", "升")]),
)
def test_property_spaces_around_the_slash_do_not_change_the_unit(
    n: int, slash: str, parts: tuple[str, str]
) -> None:
    num, den = parts
    row = one_row(f"浓度为{n}{num}{slash}{den}。")
    assert row["unit"] == f"{num}/{den}"
    assert row["value"] == n


@pytest.mark.parametrize(
    ("text", "unit"),
    both_scripts(
        [
            ("新增日污水处理能力64万吨,", "吨/日"),
            ("日垃圾处理能力500吨", "吨/日"),
            ("年污泥处置能力2万吨", "吨/年"),
            ("今年污水处理量2万吨", "吨"),
            ("全年污水处理量3万吨", "吨"),
        ]
    ),
)
def test_matter_between_period_and_verb_keeps_the_rate(text: str, unit: str) -> None:
    assert one_row(text)["unit"] == unit


@pytest.mark.parametrize(
    "text",
    texts_in_both_scripts(
        ["为各类别之陈情案件数最多的一项,由于", "是增加最多的一个城市", "其中降幅最大的一家企业"]
    ),
)
def test_one_after_a_superlative_is_an_article(text: str) -> None:
    assert extract_quantities(text).empty


@pytest.mark.parametrize(("text", "value"), both_scripts([("共一项", 1.0), ("最多的3家企业", 3.0)]))
def test_a_count_without_superlative_article_stays(text: str, value: float) -> None:
    assert one_row(text)["value"] == value


@pytest.mark.parametrize(
    ("text", "n"),
    both_scripts(
        [
            ("AQI>100占比,由108年7.9%降至111年5.5%", 2),
            ("燃煤发电占比,由2015年的64%降至2020年的56.8%", 2),
            ("清洁能源比重,从2018年35%提高到41%", 2),
        ]
    ),
)
def test_a_share_followed_from_a_year_is_a_level(text: str, n: int) -> None:
    got = [k for u, k in rows(text, "unit", "kind") if u == "%"]
    assert got == ["level"] * n


@pytest.mark.parametrize("text", texts_in_both_scripts(["其中工业占比35%", "工业占比,约35%"]))
def test_a_share_stated_once_stays_a_ratio(text: str) -> None:
    assert ("%", "ratio") in rows(text, "unit", "kind")
