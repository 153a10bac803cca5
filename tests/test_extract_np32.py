"""np32 (issue 13): proposed phrases that are fragments or clauses, or lack their object.

* one home for the verbs of the work: ``_actions.WORK_VERBS`` (the registry's verb classes
  and the verbs no class holds), whose alternation is ``_phrases.ACT_VERBS``;
* a currency written after the words of a figure is its unit, no part of its name
  (``罰鍰新臺幣|5萬元``); the modal and verb of a legal bound (``依法可處|新臺幣10萬元``), a
  unit of the calendar alone (``其他月份``) and 涉及 with a division (``涉及市辖区``) name
  no measure;
* a total opening a phrase before a verb of the work is the figure's (``合计|责令整改``);
* a count is never named by the share after it (``共计18,666户|占总户数之91.3%``);
* a measure, 以 and a part (``用水量以农业用水|占71.3%``) name the part's share;
* a measure's head after a time of a day or an actual amount is a head alone
  (``夜间总达标率``, ``实际处理量``: of what?), and a list of times of a day
  shares what its first member names before its time (``功能区声环境质量昼间、夜间…``).
"""

from __future__ import annotations

import re

import pytest
from tests.report_rows import figure_row
from tests.scripts import to_traditional

from envindicators.extract import _actions, _phrases
from envindicators.extract._indicators import _part_by_yi
from envindicators.extract._phrases import (
    list_member,
    names_no_measure,
    names_no_object,
    part_name,
    tidy_phrase,
)
from envindicators.units import to_simplified

_MARK = "(no measure named) "


def _subject(text: str, value: str, *, hant: bool = False) -> str:
    """The simplified subject of the figure ``value`` of ``text`` (in traditional script
    when ``hant``), any table."""
    written = to_traditional(text) if hant else text
    figure = to_traditional(value) if hant else value
    row = figure_row(written, figure, tables=("observations", "targets", "context"))
    return to_simplified(str(row["subject"]))


def _script(words: str, hant: bool) -> str:
    return to_traditional(words) if hant else words


# ------------------------------------------------------------------ the verbs of the work


def test_every_verb_of_a_class_is_a_verb_of_the_work() -> None:
    classed = {v for vs in _actions.VERB_CLASSES.values() for v in vs}
    assert classed <= set(_actions.WORK_VERBS)
    assert len(set(_actions.WORK_VERBS)) == len(_actions.WORK_VERBS)


def test_act_verbs_is_the_alternation_of_the_verbs_of_the_work() -> None:
    assert "|".join(_actions.WORK_VERBS) == _phrases.ACT_VERBS
    lengths = [len(v) for v in _actions.WORK_VERBS]
    assert lengths == sorted(lengths, reverse=True)  # 关停取缔 before 关停


def test_a_verb_no_class_holds_is_still_a_verb_of_the_work() -> None:
    assert {"问责", "收到", "约谈", "办结", "责令"} <= set(_actions.WORK_VERBS)
    classed = {v for vs in _actions.VERB_CLASSES.values() for v in vs}
    assert not {"问责", "收到", "约谈"} & classed


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("计划执行期间总计巡查", "计划执行期间巡查"),
        ("执行期间共查获", "执行期间查获"),
        ("专案期间合计抽查", "专案期间抽查"),
    ],
)
def test_a_total_before_a_verb_of_a_class_is_cut(words: str, name: str, hant: bool) -> None:
    assert to_simplified(tidy_phrase(_script(words, hant))) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("whole", "part", "name"),
    [
        ("查获露天燃烧", "稻草", "查获露天燃烧稻草"),
        ("抽查", "不合格车次", "抽查不合格车次"),
        ("排查企业", "化工企业", "排查化工企业"),
    ],
)
def test_a_whole_opening_with_a_verb_of_a_class_takes_its_part_after(
    whole: str, part: str, name: str, hant: bool
) -> None:
    assert to_simplified(part_name(_script(whole, hant), _script(part, hant))) == name


# ------------------------------------------------------------------ currencies and legal bounds


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("罚锾新台币", "罚锾"),
        ("罚款金额人民币", "罚款金额"),
        ("补助经费澳门元", "补助经费"),
        ("依法可处新台币", "依法可处"),
    ],
)
def test_a_currency_after_the_words_is_cut(words: str, name: str, hant: bool) -> None:
    assert to_simplified(tidy_phrase(_script(words, hant))) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("words", ["新台币", "人民币", "港元"])
def test_a_currency_alone_stays(words: str, hant: bool) -> None:
    assert to_simplified(tidy_phrase(_script(words, hant))) == words


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "words", ["依法可处", "可处", "最高可罚", "并处", "依法处以", "得处以", "应科处"]
)
def test_the_modal_and_verb_of_a_legal_bound_name_no_measure(words: str, hant: bool) -> None:
    assert names_no_measure(_script(words, hant))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("words", ["罚款", "罚款金额", "处罚金额", "处理量", "罚锾", "处置率"])
def test_a_fine_or_an_amount_names_a_measure(words: str, hant: bool) -> None:
    assert not names_no_measure(_script(words, hant))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("违反者依法可处新台币10万元以上罚锾。", "10万元以上"),
        ("依规定最高可罚人民币50万元。", "50万元"),
    ],
)
def test_a_legal_bound_is_named_by_no_measure(text: str, value: str, hant: bool) -> None:
    subject = _subject(text, value, hant=hant)
    assert not re.search("新台币|人民币", subject)
    assert subject.startswith(_MARK) or "罚" in subject


# ------------------------------------------------------------------ calendar units, 涉及


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("words", ["月份", "其他月份", "其余月份", "各季度", "年份", "部分时段"])
def test_a_unit_of_the_calendar_alone_names_no_measure(words: str, hant: bool) -> None:
    assert names_no_measure(_script(words, hant))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("words", ["月均浓度", "季度平均浓度", "月份数", "年度目标完成率"])
def test_a_measure_of_the_calendar_names_a_measure(words: str, hant: bool) -> None:
    assert not names_no_measure(_script(words, hant))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("words", ["涉及市辖区", "涉及各县区", "涉及全市", "涉及开发区"])
def test_involving_a_division_names_no_measure(words: str, hant: bool) -> None:
    assert names_no_measure(_script(words, hant))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("words", ["涉及金额", "涉及企业", "涉及问题", "涉及人数"])
def test_involving_a_thing_names_a_measure(words: str, hant: bool) -> None:
    assert not names_no_measure(_script(words, hant))


@pytest.mark.parametrize("hant", [False, True])
def test_the_other_months_name_no_measure(hant: bool) -> None:
    text = "今年臭氧红色警示站日数以9月达67次最高，其他月份皆在5次以下。"
    assert _subject(text, "5次以下", hant=hant).startswith(_MARK)
    assert "站日数" in _subject(text, "67次", hant=hant)


# ------------------------------------------------------------------ a total opening the act


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("合计责令整改", "责令整改"),
        ("共收到群众举报", "收到群众举报"),
        ("总计查处环境违法案件", "查处环境违法案件"),
        ("一共约谈企业负责人", "约谈企业负责人"),
    ],
)
def test_a_total_opening_an_act_is_cut(words: str, name: str, hant: bool) -> None:
    assert to_simplified(tidy_phrase(_script(words, hant))) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "words", ["累计处理量", "累计完成投资", "公共设施", "共同整治", "合计", "共享单车数量"]
)
def test_no_total_opening_an_act_stays(words: str, hant: bool) -> None:
    assert to_simplified(tidy_phrase(_script(words, hant))) == words


@pytest.mark.parametrize("hant", [False, True])
def test_a_count_after_a_total_and_an_act(hant: bool) -> None:
    subject = _subject("三区合计责令整改475家。", "475家", hant=hant)
    assert "合计" not in subject
    assert subject.endswith("责令整改")


# ------------------------------------------------------------------ shares


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("而1,000头以下之养猪户，共计18,666户占总户数之91.3%。", "18,666户"),
        ("违规工地共计125处占检查工地总数之12%。", "125处"),
    ],
)
def test_a_count_is_not_named_by_the_share_after_it(text: str, value: str, hant: bool) -> None:
    subject = _subject(text, value, hant=hant)
    assert subject.startswith(_MARK) or not subject.startswith("占")


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("各种用水量以农业用水", "农业用水占用水量"),
        ("废气排放量以燃煤电厂", "燃煤电厂占废气排放量"),
        ("陈情案件数以噪音陈情", "噪音陈情占陈情案件数"),
    ],
)
def test_a_part_written_with_yi_names_its_share(words: str, name: str, hant: bool) -> None:
    named = _part_by_yi(_script(words, hant))
    assert named is not None
    assert to_simplified(named) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "words",
    [
        "用水量以农业用水为主",
        "陈情案件以噪音最多",
        "排放量以",
        "河川以上游",  # no measure before 以
        "用水量以达标率",  # a head alone as the part
        "用水量以去年",
    ],
)
def test_no_part_written_with_yi(words: str, hant: bool) -> None:
    assert _part_by_yi(_script(words, hant)) is None


@pytest.mark.parametrize("hant", [False, True])
def test_a_share_by_yi_in_a_report(hant: bool) -> None:
    text = "可拦截使用的总用水量约180亿吨，而各种用水量以农业用水占71.3%。"
    assert _subject(text, "71.3%", hant=hant) == "农业用水占用水量"


# ------------------------------------------------------------------ heads lacking their object


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "words",
    ["夜间总达标率", "昼间达标率", "实际处理量", "实际集中处理量", "设计处理量"],
)
def test_a_head_after_a_time_of_day_or_an_actual_amount_names_no_object(
    words: str, hant: bool
) -> None:
    assert names_no_object(_script(words, hant))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "words",
    [
        "功能区夜间达标率",
        "污水处理厂实际处理量",
        "夜间噪声",
        "设计规模",
        "处理能力",  # the registry's alias of wastewater_treatment_capacity, kept
        "日处理能力",
    ],
)
def test_a_head_with_its_object_names_one(words: str, hant: bool) -> None:
    assert not names_no_object(_script(words, hant))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("phrase", "k", "n", "name"),
    [
        ("功能区声环境质量昼间、夜间总达标率", 1, 2, "功能区声环境质量夜间总达标率"),
        ("功能区声环境质量昼间、夜间总达标率", 0, 2, "功能区声环境质量昼间总达标率"),
        ("城市区域噪声昼间、夜间超标率", 1, 2, "城市区域噪声夜间超标率"),
        ("区域声环境白天、晚上达标率", 1, 2, "区域声环境晚上达标率"),
    ],
)
def test_times_of_a_day_share_what_the_first_names(
    phrase: str, k: int, n: int, name: str, hant: bool
) -> None:
    member = list_member(_script(phrase, hant), k, n)
    assert member is not None
    assert to_simplified(member) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("phrase", "k", "n", "name"),
    [
        ("昼间、夜间达标率", 1, 2, "夜间达标率"),
        ("一般工业固体废物、危险废物产生量", 1, 2, "危险废物产生量"),
        ("化学需氧量、二氧化硫、氨氮排放量", 1, 3, "二氧化硫排放量"),
        ("全市昼间、夜间达标率", 1, 2, "夜间达标率"),  # a place is no object
    ],
)
def test_other_lists_keep_their_members(phrase: str, k: int, n: int, name: str, hant: bool) -> None:
    member = list_member(_script(phrase, hant), k, n)
    assert member is not None
    assert to_simplified(member) == name


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_of_times_of_a_day_in_a_report(hant: bool) -> None:
    text = "2021年，全市功能区声环境质量昼间、夜间达标率分别为97.5%、85.0%。"
    assert _subject(text, "85.0%", hant=hant) == "功能区声环境质量夜间达标率"


@pytest.mark.parametrize("hant", [False, True])
def test_an_actual_amount_alone_takes_the_facility_counted_before(hant: bool) -> None:
    text = "全市城市生活垃圾堆肥厂有16座，处理能力0.67万吨/日，实际处理量为135万吨/年。"
    subject = _subject(text, "135万吨/年", hant=hant)
    assert subject != "实际处理量"
    assert subject.endswith("实际处理量")


# ------------------------------------------------------------------ counts of divisions


@pytest.mark.parametrize(
    ("text", "unit", "noun", "name"),
    [
        ("周边7省(市)PM2.5", "省", "省", "省(市)"),
        ("全省16个州(市)政府", "个", "州", "州(市)"),
        ("全國31個省(自治區、直轄市)", "个", "省", "省(自治區、直轄市)"),
        ("全台10縣市空氣", "縣", "市", "縣市"),
        ("西南两省共", "省", "省", "省份"),
        ("京津冀三地均", "地", "地", "地区"),
        ("臺北、臺中及臺南三地佈建", "地", "地", "地區"),
        ("全省11个城市", "个", "城市", "城市"),  # a word of two characters stays
        ("全省88个县开展", "个", "县", "县份"),
    ],
)
def test_a_count_of_divisions_is_named_by_its_word_in_full(
    text: str, unit: str, noun: str, name: str
) -> None:
    from envindicators.extract._reader import division_named

    digits = re.search(r"[\d两三]+[个個]?", text)
    assert digits is not None
    assert (
        division_named(text, digits.end() if unit != noun else digits.end() + 1, unit, noun) == name
    )


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("2022年，京津冀及周边7省(市)PM2.5平均浓度为44微克/立方米。", "7省", "省(市)"),
        ("京津冀三地均出台了禁燃区方案。", "三地", "地区"),
        ("督察组进驻江苏、安徽两省开展督察。", "两省", "省份"),
    ],
)
def test_a_count_of_divisions_in_a_report(text: str, value: str, name: str, hant: bool) -> None:
    assert _subject(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
def test_a_change_of_a_share_keeps_its_share_name(hant: bool) -> None:
    text = (
        "全市空气质量达到优良的天数共354天，占全年监测有效天数(366天)的96.7%，"
        "比上年上升0.4个百分点。"
    )
    assert not _subject(text, "比上年上升0.4个百分点", hant=hant).startswith(_MARK)
    assert _subject(text, "366天", hant=hant).startswith(_MARK)  # the whole: a share's
