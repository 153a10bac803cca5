"""Indicator phrases that are fragments, and registry links of another list member, round 20
(issue 13, branch phrase20).

* a verb of comparison before a figure (``稍低於``, ``高于上年的``) names the base the figure
  before it is set against: the figure takes that figure's indicator, never the verb;
* a span of time's opener (``连续``, ``連``, ``過去``, ``近``) names nothing the span is of: the
  words before it, else the words after the figure (marked since np31: a span of years
  names no measure of its own);
* in a ``分别`` list, the figure's own member decides the thing measured: a registry name of
  another member (化学需氧量 for ``总磷浓度``, PM10 for ``臭氧浓度``) is never its link; a member
  that is, whole, a registry name links it;
* ``<measure>为<words naming no measure><figure>``: the subject before 为 names the figure,
  not the words after it (``清运量为稍``, ``排放量为轻度``);
* a grade of pollution alone before a number of days names that grade's days
  (``轻度7天`` → 轻度污染天数).
"""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import figure_row, figure_rows
from tests.scripts import SCRIPTS, in_script, to_traditional

from envindicators.extract import read_report
from envindicators.extract._phrases import names_a_measure, names_a_reference
from envindicators.units import to_simplified

_BOTH = ("observations", "context")  # the rows looked in
#: The one row of the observations or context rows holding a figure.
_row = partial(figure_row, tables=_BOTH)


# ------------------------------------------------------------------ comparison verbs

COMPARED = [
    # (text, the level's value, the base's value)
    ("人均每日垃圾弃置量为1.48公斤，稍低于2022年的1.51公斤。", "1.48", "1.51"),
    ("2023年城市生活垃圾清运量为120万吨，高于上年的110万吨。", "120", "110"),
    ("全年工业固体废物产生量为350万吨，略低于上年同期的362万吨。", "350", "362"),
    ("建成区绿地面积为2300公顷，多于2020年的2100公顷。", "2300", "2100"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "level", "base"), COMPARED)
def test_a_compared_figure_takes_the_indicator_of_the_figure_before(
    text: str, level: str, base: str, script: str
) -> None:
    rows = figure_rows(in_script(text, script), _BOTH)
    lv = next(v for k, v in rows.items() if k.startswith(level))
    bs = next(v for k, v in rows.items() if base in k and not k.startswith(level))
    assert bs["indicator"] == lv["indicator"]
    assert not names_a_reference(str(bs["subject"])) or bs["subject"] == lv["subject"]
    assert bs["needs_review"]


@pytest.mark.parametrize(
    "words", ["稍低于", "稍低於", "略高于", "高于上年的", "均优于", "低于去年同期", "少於"]
)
def test_comparison_words_are_a_reference(words: str) -> None:
    assert names_a_reference(words)


@pytest.mark.parametrize(
    "words", ["高于全国平均水平", "低于标准限值的天数", "同期降水量", "优良天数比例", "高耗能行业"]
)
def test_words_naming_a_measure_are_no_reference(words: str) -> None:
    assert not names_a_reference(words)


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_comparison_without_a_figure_before_names_no_measure(script: str) -> None:
    row = _row(in_script("据统计，稍低于2022年的1.51公斤。", script), "1.51")
    assert str(row["indicator"]).startswith("proposed_")
    assert "低" not in to_simplified(str(row["subject"])).replace("(no measure named) ", "x") or (
        str(row["subject"]).startswith("(no measure named)")
    )
    assert row["needs_review"]


# ------------------------------------------------------------------ spans of time

SPANS = [
    ("37个国控断面中优良比例提高到75.7%，连续两年无劣V类断面。", "两年", "无劣V类断面"),
    ("空品良率連2年提升。", "2年", "空品良率"),
    ("过去20年空气品质持续改善。", "20年", "空气品质持续改善"),
    ("该市已连续3个月未发生重污染天气。", "3个月", "未发生重污染天气"),
    ("近5年全市森林覆盖率逐年提高。", "5年", "森林覆盖率"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "value", "phrase"), SPANS)
def test_a_span_is_named_by_what_it_is_of(text: str, value: str, phrase: str, script: str) -> None:
    row = _row(in_script(text, script), in_script(value, script))
    subject = to_simplified(str(row["subject"]))
    # np31: the span names no measure of its own (marked); what it is of follows the mark
    assert subject.startswith("(no measure named) ")
    subject = subject.removeprefix("(no measure named) ")
    assert subject == to_simplified(in_script(phrase, script))
    assert not subject.endswith(("连续", "连", "过去", "近"))


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_opener_inside_a_word_is_kept(script: str) -> None:
    # 接近 is no opener of a span, and a figure in 吨 is no span
    row = _row(in_script("全年危险废物处置量接近5万吨。", script), "5")
    assert "处置量" in to_simplified(str(row["subject"]))


# ------------------------------------------------------------------ list members


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_member_naming_another_pollutant_is_not_linked(script: str) -> None:
    text = in_script("西湖村断面化学需氧量和总磷浓度分别为62毫克/升和1.5毫克/升。", script)
    tp = _row(text, "1.5")
    assert tp["indicator"] != "cod_concentration"
    assert to_simplified(str(tp["subject"])) == "总磷浓度"
    assert _row(text, "62")["indicator"] == "cod_concentration"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_third_member_is_not_the_second_members_indicator(script: str) -> None:
    text = in_script("2023年，全市PM2.5、PM10、臭氧浓度分别为35、60、150微克/立方米。", script)
    assert _row(text, "150")["indicator"] != "pm10_concentration"
    assert _row(text, "60")["indicator"] == "pm10_concentration"
    assert _row(text, "35")["indicator"] == "pm25_concentration"


@pytest.mark.parametrize("script", SCRIPTS)
def test_members_after_unlinked_ones_take_their_own_registry_names(script: str) -> None:
    text = in_script("全市SO2、NO2、PM10、PM2.5浓度同比分别下降16.7%、10.2%、32.4%、6.7%。", script)
    assert _row(text, "32.4")["indicator"] == "pm10_concentration"
    assert _row(text, "6.7")["indicator"] == "pm25_concentration"
    for value in ("16.7", "10.2"):
        assert _row(text, value)["indicator"] not in ("pm10_concentration", "pm25_concentration")


@pytest.mark.parametrize("script", SCRIPTS)
def test_members_of_their_own_names_keep_their_links(script: str) -> None:
    text = in_script("全市PM10、PM2.5浓度分别为60、35微克/立方米。", script)
    assert _row(text, "60")["indicator"] == "pm10_concentration"
    assert _row(text, "35")["indicator"] == "pm25_concentration"


# ------------------------------------------------------------------ the subject before 为

FRAGMENTS = ["稍低于", "略高于", "轻度", "重度", "连续", "办理", "为农地", "是普通", "较"]
SUBJECTS = [
    ("生活垃圾清运量", "万吨"),
    ("二氧化硫排放量", "万吨"),
    ("城市污水处理率", "%"),
    ("建成区绿化面积", "公顷"),
    ("危险废物产生量", "吨"),
    ("空气质量优良天数", "天"),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("fragment", FRAGMENTS)
@pytest.mark.parametrize(("subject", "unit"), SUBJECTS[:3])
def test_the_subject_before_a_copula_names_the_figure(
    subject: str, unit: str, fragment: str, script: str
) -> None:
    row = _row(in_script(f"2023年，全市{subject}为{fragment}45.2{unit}。", script), "45.2")
    named = to_simplified(str(row["subject"]))
    assert named != to_simplified(fragment)
    assert not named.endswith(to_simplified(fragment))


@settings(max_examples=25, deadline=None)
@given(
    pair=st.sampled_from(SUBJECTS),
    fragment=st.sampled_from(FRAGMENTS),
    figure=st.integers(min_value=1, max_value=9999),
    place=st.sampled_from(["全市", "全省", "该县", ""]),
    traditional=st.booleans(),
)
def test_property_a_fragment_before_the_figure_is_never_the_phrase(
    pair: tuple[str, str], fragment: str, figure: int, place: str, traditional: bool
) -> None:
    subject, unit = pair
    text = f"2023年，{place}{subject}为{fragment}{figure}{unit}。"
    text = to_traditional(text) if traditional else text
    obs = read_report(text).observations
    assert not obs.empty
    named = to_simplified(str(obs.iloc[0]["subject"]))
    assert named != to_simplified(fragment)
    assert not named.endswith(to_simplified(fragment))
    assert to_simplified(subject) in named or obs.iloc[0]["indicator"] != ""


@pytest.mark.parametrize("phrase", ["空气质量级别为优", "空气质量是普通", "排放标准为特别排放限值"])
def test_a_copula_after_words_naming_no_measure_is_kept(phrase: str) -> None:
    # the words before 为 name no measure: nothing is cut
    row = _row(f"全年{phrase}28天。", "28")
    assert "为" in str(row["subject"]) or "是" in str(row["subject"])


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("生活垃圾清运量", True),
        ("生活垃圾清運量", True),
        ("森林覆盖率", True),
        ("优良天数", True),
        ("建成区绿化面积", True),
        ("轻度", False),
        ("办理", False),
        ("稍低于", False),
        ("为农地", False),
        ("率", False),
    ],
)
def test_names_a_measure(words: str, expected: bool) -> None:
    assert names_a_measure(words) is expected


# ------------------------------------------------------------------ grades of pollution


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_grade_alone_before_days_names_its_days(script: str) -> None:
    text = in_script(
        "全年优良天数300天，轻微污染40天，轻度7天，中度污染10天，重度5天，严重污染1天。", script
    )
    for value, grade in (
        ("40", "轻微"),
        ("7天", "轻度"),
        ("10", "中度"),
        ("5天", "重度"),
        ("1天", "严重"),
    ):
        assert to_simplified(str(_row(text, value)["subject"])) == f"{grade}污染天数"


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_grade_before_a_share_is_not_named_as_days(script: str) -> None:
    text = in_script("城市区域声环境质量好的城市占6.3%，较好的占67.4%，轻度污染的占25.4%。", script)
    assert "天数" not in to_simplified(str(_row(text, "25.4")["subject"]))


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_member_with_a_modifier_of_the_registry_thing_keeps_its_link(script: str) -> None:
    # 市区 modifies 污染地块安全利用率 (the same measure); 污染耕地 is another thing
    text = in_script("市区污染地块安全利用率和污染耕地安全利用率分别达到90%和91%。", script)
    assert _row(text, "90")["indicator"] == "contaminated_site_safe_use_rate"
    assert _row(text, "91")["indicator"] != "contaminated_site_safe_use_rate"
