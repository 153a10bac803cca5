"""Indicator links of a figure's own measure, round 19 (issue 13, branch phrase19).

* a figure whose own words name a poor quality (重度污染, 超标, 劣, 不良, 未达标) is never the
  indicator of a good one (优良, 达标, 良好) found before it, after it or loosely, nor the
  reverse: ``优良天数比例上升5.9个百分点，重度及以上污染天数比例下降0.1个百分点`` — 0.1 is
  not the good days' share;
* Taiwan's words of a fine (``裁罰``, ``罰鍰``) and the common names of industrial energy
  intensity (``单位工业增加值能耗``, ``万元工业增加值能耗``) are registry aliases; a count of
  cases penalised (``已裁罰12件``) is no fine.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import figure_row
from tests.scripts import SCRIPTS, in_script

from envindicators.extract import read_report
from envindicators.extract._indicators import opposite_quality, per_item
from envindicators.extract._segment import ends_with_verb

# ------------------------------------------------------------------ opposite qualities

OPPOSITE = [
    ("重度及以上污染天数比例", "空气质量优良天数比例"),
    ("重度污染以上天数比例", "优良天数比例"),
    ("严重污染天数比例", "优良天数比例"),
    ("劣Ⅴ类水体比例", "水质优良水体比例"),
    ("超标天数", "达标天数"),
    ("未达标断面比例", "达标断面比例"),
    ("空气质量较差的天数", "空气质量良好的天数"),
    ("优良天数比例", "重污染天数比例"),
]
SAME_OR_NONE = [
    ("空气质量达标天数比例", "空气质量优良天数比例"),  # 达标 days are the good days
    ("城市空气质量优良天数比例", "优良天数比例"),
    ("重污染天数", "重度及以上污染天数"),
    ("PM2.5浓度", "空气质量优良天数比例"),  # no quality written
    ("二氧化硫排放量", "污染物排放总量"),  # 污染 alone, the other names none
    ("未达标天数", "超标天数"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("own", "name"), OPPOSITE)
def test_opposite_qualities(own: str, name: str, script: str) -> None:
    assert opposite_quality(in_script(own, script), name)
    assert opposite_quality(name, in_script(own, script))


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("own", "name"), SAME_OR_NONE)
def test_same_or_no_quality(own: str, name: str, script: str) -> None:
    assert not opposite_quality(in_script(own, script), name)


#: A good share, then a share of the poor days in the same sentence (changes and levels).
POOR_AFTER_GOOD = [
    (
        "2019年全市优良天数比例为80.1%，与去年同期相比，优良天数比例上升5.9个百分点，"
        "重度及以上污染天数比例下降0.1个百分点。",
        "0.1个百分点",
    ),
    ("2018年，12个盟市空气质量达标天数比例为88.9%，重度污染以上天数比例为0.1%。", "0.1%"),
    ("2020年，全市空气质量优良天数比例为86.3%，重污染天数比例为1.4%。", "1.4%"),
    ("2021年全省优良天数比例为90.2%，严重污染天数比例为0.3%，同比下降0.2个百分点。", "0.3%"),
    ("2017年，全市空气质量优良率为72.5%，重度污染天数比例为3.6%。", "3.6%"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value_text"), POOR_AFTER_GOOD)
def test_a_poor_share_is_not_the_good_share(text: str, value_text: str, script: str) -> None:
    written = in_script(text, script)
    row = figure_row(written, in_script(value_text, script))
    assert row["indicator"] != "good_air_days_share"
    assert row["needs_review"]  # a proposed phrase: to review


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_good_share_keeps_its_link(script: str) -> None:
    text = in_script("2020年，全市空气质量优良天数比例为86.3%，重污染天数比例为1.4%。", script)
    assert figure_row(text, "86.3%")["indicator"] == "good_air_days_share"
    # 达标天数比例 (the days meeting the standard) is still the good days' share
    text = in_script(
        "2018年，12个盟市空气质量达标天数比例为88.9%，重度污染以上天数比例为0.1%。", script
    )
    assert figure_row(text, "88.9%")["indicator"] == "good_air_days_share"


@settings(max_examples=25, deadline=None)
@given(
    poor=st.sampled_from(["重度污染", "重度及以上污染", "严重污染", "重污染", "中度及以上污染"]),
    good=st.sampled_from(["优良天数比例", "空气质量优良天数比例", "优良天数占比"]),
    a=st.integers(600, 950),
    b=st.integers(1, 99),
    script=st.sampled_from(SCRIPTS),
)
def test_property_a_poor_days_share_never_takes_the_good_days_name(
    poor: str, good: str, a: int, b: int, script: str
) -> None:
    value = f"{b / 10:.1f}%"
    text = in_script(f"2022年，全市{good}为{a / 10:.1f}%，{poor}天数比例为{value}。", script)
    obs = read_report(text).observations
    rows = obs[obs["value_text"].astype(str) == value]
    assert len(rows) == 1
    assert rows.iloc[0]["indicator"] != "good_air_days_share"


# ------------------------------------------------------------------ registry aliases

FINES = [
    ("110年執行87家次工廠查核，查獲8家違反空氣污染防制法，計裁罰176萬元。", "176萬元"),
    ("111年共處分罰鍰新臺幣350萬元。", "350萬元"),
    ("本年度裁罰金額合計1,250萬元。", "1,250萬元"),
    ("2022年全市共罰鍰82萬元。", "82萬元"),
]


@pytest.mark.parametrize(("text", "value_text"), FINES)
def test_taiwan_words_of_a_fine(text: str, value_text: str) -> None:
    assert figure_row(text, value_text)["indicator"] == "fines_total"


@pytest.mark.parametrize(
    "text",
    ["截至113年2月28日止，違規件數共20件，已裁罰12件。", "本季裁罰案件共45件。"],
)
def test_a_count_of_cases_penalised_is_no_fine(text: str) -> None:
    obs = read_report(text).observations
    assert not (obs["indicator"] == "fines_total").any()


ENERGY = [
    ("单位工业增加值能耗比2012年降低20%左右。", "20%"),
    ("2020年萬元工業增加值能耗下降4.1%。", "4.1%"),
    ("“十三五”期间全市单位工业增加值能耗累计下降18.5%。", "18.5%"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value_text"), ENERGY)
def test_industrial_energy_intensity_by_its_common_names(
    text: str, value_text: str, script: str
) -> None:
    row = figure_row(in_script(text, script), value_text)
    assert row["indicator"] == "industrial_energy_intensity"


# ------------------------------------------------------------------ a verb and its counted noun

#: A count named by a verb alone, its counted noun right after the measure word.
VERB_THEN_NOUN = [
    (
        "2018年，全国各省共颁发407份危险废物经营许可证用于处置医废。",
        "407份",
        "颁发",
        "危险废物经营许可证",
    ),
    # (问责/约谈 of persons in 名 are registry rows since reg38: 名 converts to 人)
    ("诫勉了18199名党政领导干部。", "18199名", "诫勉", "党政领导干部"),
    ("2021年共约见12名企业负责人。", "12名", "约见", "企业负责人"),
    ("今年以来，全县共核发236张排污许可证。", "236张", "核发", "排污许可证"),
    ("2020年全市发放3200份宣传手册。", "3200份", "发放", "宣传手册"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value_text", "verb", "noun"), VERB_THEN_NOUN)
def test_a_verb_takes_the_noun_counted_after_it(
    text: str, value_text: str, verb: str, noun: str, script: str
) -> None:
    row = figure_row(in_script(text, script), in_script(value_text, script))
    assert row["subject"] == in_script(verb + noun, script)
    assert row["needs_review"]  # still a proposed phrase


#: No noun right after the count (a verb, nothing, an idiom), or the phrase is a noun.
VERB_NO_NOUN = [
    ("110年查获8家违反空气污染防制法。", "8家", "查获"),
    # (已裁罚12件 is the registry's env_violation_cases since reg40: 裁罚 a penalty verb)
    ("截至113年2月28日止，已告发12件。", "12件", "告发"),
    # a count of persons after a verb is named by the verb and 人数 (count23:
    # tests/test_extract_count_nouns.py)
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value_text", "subject"), VERB_NO_NOUN)
def test_no_noun_after_the_count_keeps_the_phrase(
    text: str, value_text: str, subject: str, script: str
) -> None:
    row = figure_row(in_script(text, script), in_script(value_text, script))
    assert str(row["subject"]).removeprefix("(no measure named) ") == in_script(subject, script)


#: The noun after the count goes on past what a word segmenter can bound (a verb inside a
#: compound name, a place noun, a verb with its own object): the phrase is not cut there.
NOUN_GOES_ON = [
    ("国务院对我省开展了两次中央生态环境保护督察。", "两次", "开展中央生态"),
    ("全覆盖式的督察，解决了8万余个群众身边的环境问题。", "8万余个", "解决群众"),
    ("实施18项汾河干流生态治理工程。", "18项", "实施汾河干流生态"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value_text", "cut"), NOUN_GOES_ON)
def test_a_noun_that_goes_on_is_not_cut(text: str, value_text: str, cut: str, script: str) -> None:
    row = figure_row(in_script(text, script), in_script(value_text, script))
    assert row["subject"] != in_script(cut, script)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("颁发", True),
        ("共颁发", True),
        ("已抽測", True),
        ("已核发", True),
        ("检查", False),
        ("整改任务", False),
        ("相關負責人被批評、警告或免職", False),
        ("中央企业的督察", False),
    ],
)
def test_a_verb_alone(words: str, expected: bool) -> None:
    assert ends_with_verb(words) is expected


def test_a_noun_phrase_takes_no_noun_after_it() -> None:
    # 市级领导 is a noun, no verb: the words after the count are not added to it
    text = "截至9月13日，共与79名市级领导、43名部门主要负责人进行个别谈话。"
    row = figure_row(text, "79名")
    assert row["subject"] == "市级领导"


@settings(max_examples=10, deadline=None)
@given(
    verb=st.sampled_from(["颁发", "核发", "发放"]),
    noun=st.sampled_from(["排污许可证", "宣传手册", "危险废物经营许可证"]),
    n=st.integers(2, 99999),
    unit=st.sampled_from(["份", "张"]),
)
def test_property_the_counted_noun_is_read_whole(verb: str, noun: str, n: int, unit: str) -> None:
    text = f"2020年，全市共{verb}{n}{unit}{noun}。"
    obs = read_report(text).observations
    row = obs[obs["value_text"].astype(str) == f"{n}{unit}"]
    assert len(row) == 1
    subject = str(row.iloc[0]["subject"])
    assert subject.endswith(noun)  # the counted noun whole, never cut
    assert not any(ch.isdigit() for ch in subject)


# ------------------------------------------------------------------ an average per item

PER_ITEM = [
    ("件均罰鍰金額", "罚锾", True),
    ("平均每件罚款金额", "罚款金额", True),
    ("单笔罚款", "罚款", True),
    ("户均用水量", "用水总量", True),
    ("罰鍰總額", "罚锾", False),
    ("裁罰金額", "裁罚金额", False),
    ("人均公园绿地面积", "人均公园绿地面积", False),
]


@pytest.mark.parametrize(("own", "name", "expected"), PER_ITEM)
def test_per_item_words(own: str, name: str, expected: bool) -> None:
    assert per_item(own, name) is expected


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_average_per_case_is_no_total_of_fines(script: str) -> None:
    text = in_script("另就裁罰金額分析，最高是2018年3677萬餘元，件均罰鍰金額6萬元。", script)
    assert figure_row(text, "3677萬餘元")["indicator"] == "fines_total"
    assert figure_row(text, "6萬元")["indicator"] != "fines_total"
