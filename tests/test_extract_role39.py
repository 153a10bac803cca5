"""Roles and regions of hand check 27's classes (role39).

* a count of batches of complaints transferred (``向青海省交办的两批群众信访举报件``,
  ``交办举报案件3批共210件``) is the registry's count, an outcome — the rounds of an
  inspection (``分两批对全省17个市（州）展开``) stay context;
* a measured count of hours or days (``低能见度时数…401小时``, ``年日照时数2912.2小时``) is a
  level, an outcome — the span of an act (``进驻一个月``, ``为期三年``) stays context;
* a projected effect of measures (``共计可削减828.68公吨``, ``建成后每年可减少…2万吨``) is a
  target to review as ``预计可减少`` is, not an outcome; the cut made (``共计削减``) stays one;
* a count whose sentence says all of it met a standard and gives the rate over it
  (``25个…水源地…均达到Ⅲ类…，达标率为100%``) is the rate's group, context;
* a date that closes a span opened earlier in its sentence (``自8月21日进驻辽宁至9月11日18时``,
  ``8月30日18时至9月11日18时``) is the tally's as-of date, no deadline: the counts told so far
  are outcomes;
* a short place name inside a longer word (``日照时数``, ``日照時間``, ``长治久安``) is no place;
* a page that speaks as 我州 and refers back to 该州 resolves to the one 州 it names.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import first_figure_row as _row
from tests.report_rows import role_of as _role
from tests.scripts import to_traditional

from envindicators import regions
from envindicators.extract import read_report
from envindicators.extract._places import inside_a_word, speaking_division
from envindicators.extract._roles import (
    measured_span,
    projected,
    rated_group,
    transferred_batches,
)
from envindicators.units import to_simplified


def _rows(text: str, *, hant: bool = False, **kw: object) -> pd.DataFrame:
    if hant:
        text = to_traditional(text)
    return read_report(text, source="x.txt", **kw).figures()  # type: ignore[arg-type]


# --- batches of complaints transferred: outcomes ------------------------------------------

BATCHES = [
    (
        "截至目前，中央第五生态环境保护督察组向青海省交办的两批群众信访举报件已经分别移交相关市州。",
        "两批",
    ),
    ("截至8月30日，中央督察组交办举报案件3批共210件（来电169件，来信41件）。", "3批"),
    ("截至4月20日10时，中央第四生态环境保护督察组分13批累计向江西转办群众举报材料1298件。", "13批"),
    ("截至9月17日，我市共接收案件21批共190宗，其中惠城区28宗。", "21批"),
    ("2016年，督察组交办的32批1050件群众举报环境问题已全部办结。", "32批"),
]
#: the rounds of an inspection, a count of categories: context
NOT_BATCHES = [
    ("2017年，本轮督察分两批对全省17个市（州）展开，每批督察进驻时间为20天。", "两批"),
    ("2018年，两批督察共曝光地方和企业生态环保问题典型案例14个。", "两批"),
    ("2019年，我省拟开展三批省级督察，即自然保护地督察、省属企业督察。", "三批"),
    ("2018年两批中央生态环保督察共计受理群众举报96755件。", "两批"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), BATCHES)
def test_batches_transferred_are_outcomes(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2020-12-31")) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_BATCHES)
def test_rounds_of_an_inspection_stay_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2020-12-31")) == "context"


def test_transferred_batches_reads_the_clause() -> None:
    t = "督察组已向南宁市交办8批群众举报案件共130件"
    s = t.index("8批")
    assert transferred_batches(t, s, s + 2, "批")
    assert not transferred_batches(t, s, s + 2, "件")
    u = "分两批对全省17个市(州)开展督察"
    assert not transferred_batches(u, 1, 3, "批")


# --- a measured count of hours or days: a level -------------------------------------------

SPANS = [
    ("本港去年的能见度亦大幅改善，低能见度时数由2004年的1,570小时减至去年的401小时。", "401小时"),
    ("本港去年的能见度亦大幅改善，低能见度时数由2004年的1,570小时减至去年的401小时。", "1,570小时"),
    ("2019年，全市年平均风速3.0米/秒，年日照时数2912.2小时。", "2912.2小时"),
    ("2015年，各空气监测站平均污染时数由2014年的414小时降至366小时。", "366小时"),
]
#: the span of an act: context
ACTS = [
    ("2019年，督察组进驻一个月，开展了为期三年的专项行动。", "一个月"),
    ("2019年，督察组进驻一个月，开展了为期三年的专项行动。", "三年"),
    ("今年的臭氧8小时红色警示日数为88天，虽较2019年大幅降低72%，但近五年日数始终持平。", "近五年"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), SPANS)
def test_measured_hours_are_outcomes(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2020-12-31")) == "outcome"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), ACTS)
def test_spans_of_acts_stay_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, published="2020-12-31")) == "context"


def test_measured_span_reads_the_sentence() -> None:
    t = "低能見度時數由2004年的1,570小時減至去年的401小時"
    assert measured_span(t, t.index("401"))
    assert not measured_span("督察组进驻一个月", 5)


# --- a projected effect of measures: a target to review -----------------------------------

PROJECTED = [
    ("透过各项加强管制作为，共计可削减828.68公吨，108年共计削减1,924.94公吨。", "828.68"),
    ("2019年，该项目建成后每年可减少二氧化硫排放2万吨。", "2万吨"),
    ("改造完成后，全厂每年可节约标准煤1.2万吨。", "1.2万吨"),
]
#: cuts made, and 可 inside another word: outcomes
CUTS_MADE = [
    ("透过各项加强管制作为，共计可削减828.68公吨，108年共计削减1,924.94公吨。", "1,924.94"),
    ("2019年，全市共削减二氧化硫排放2万吨，经核查认可减排量3万吨。", "3万吨"),
    ("2019年，全市共削减二氧化硫排放2万吨，经核查认可减排量3万吨。", "2万吨"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), PROJECTED)
def test_projected_effects_are_targets(text: str, figure: str, hant: bool) -> None:
    row = _row(text, figure, hant=hant)
    assert _role(row) == "target"
    assert bool(row["needs_review"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), CUTS_MADE)
def test_cuts_made_stay_outcomes(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant)) == "outcome"


def test_projected_after_can() -> None:
    assert projected("共计可削减828.68公吨", 0, 3)
    assert not projected("共计削减1924.94公吨", 0, 2)
    assert not projected("经核查认可减排量3万吨", 0, 8)


# --- the group a rate is taken over: context ----------------------------------------------

RATED = [
    (
        "2020年，全市25个县级及以上集中式饮用水水源地水质监测结果均达到Ⅲ类及以上水质标准，"
        "达标率为100%。",
        "25个",
    ),
    ("2020年，全州主要河流61个水质监测点位，全部达到或优于Ⅲ类，水质优良率为100%。", "61个"),
]
#: a part before its rate, a count with no rate: unchanged outcomes
NOT_RATED = [
    ("2020年，全市有5个断面水质优良，优良比例为71.4%。", "5个"),
    ("2020年，全市新建污水处理厂5座，均已投入运行。", "5座"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), RATED)
def test_the_group_behind_a_rate_is_context(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, region="唐山市")) == "context"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure"), NOT_RATED)
def test_parts_and_counts_without_a_rate_stay(text: str, figure: str, hant: bool) -> None:
    assert _role(_row(text, figure, hant=hant, region="唐山市")) == "outcome"


def test_rated_group() -> None:
    t = "全市25个水源地水质均达到Ⅲ类标准，达标率为100%。"
    assert rated_group(t, 2, 5, "个") is not None
    assert rated_group("全市25个水源地水质均达到Ⅲ类标准。", 2, 5, "个") is None
    assert rated_group(t, 2, 5, "%") is None


# --- a span's end is no deadline: counts told so far are outcomes -------------------------

SO_FAR = [
    (
        "自8月21日进驻辽宁至9月11日18时，督察组累计向我省交办群众举报件232件。"
        "其中，大连市127件，占54.74%。",
        "127件",
        "大连市",
    ),
    (
        "自8月21日进驻辽宁至9月11日18时，督察组累计向我省交办群众举报件232件。"
        "其中，大连市127件，占54.74%。",
        "232件",
        "辽宁省",
    ),
    (
        "8月30日18时至9月11日18时，督察组陆续向我省交办群众举报件155件。其中，大连市86件。",
        "86件",
        "大连市",
    ),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "region"), SO_FAR)
def test_counts_told_so_far_are_outcomes(text: str, figure: str, region: str, hant: bool) -> None:
    row = _row(text, figure, hant=hant, region="辽宁省", published="2017-09-12")
    assert _role(row) == "outcome"
    assert row["region"] == region
    assert str(row["period_end"])[:10] == "2017-09-11"


@pytest.mark.parametrize("hant", [False, True])
def test_a_deadline_span_stays_a_deadline(hant: bool) -> None:
    text = "督察组要求在9月11日至9月30日前完成232件举报件的办理。"
    assert _role(_row(text, "232件", hant=hant, region="辽宁省", published="2017-09-12")) == (
        "target"
    )


# --- a place name inside a word is no place -----------------------------------------------

INSIDE = [
    ("2019年，澳门年日照时数1800小时。", "日照"),
    ("2019年，澳门日照時間1800小时。", "日照"),
    ("社会长治久安，各地情况大同小异。", "长治"),
    ("社会长治久安，各地情况大同小异。", "大同"),
]
#: names that are words of their own, full names, names inside other names
KEPT = [
    ("日照、青岛两市空气质量改善。", "日照"),
    ("日照市日照时数偏多。", "日照市"),
    ("通化工业园区建设加快。", "通化"),
    ("中山大学发布报告。", "中山"),
]


def _mentions(text: str) -> pd.DataFrame:
    f = regions.find_regions(text)
    f = f[f["name"].notna()].reset_index(drop=True)
    return f.assign(inside=inside_a_word(text, f))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "name"), INSIDE)
def test_a_name_inside_a_word_is_no_place(text: str, name: str, hant: bool) -> None:
    t = to_traditional(text) if hant else text
    f = _mentions(t)
    hit = f[f["start"] == text.index(name)]
    assert len(hit) == 1
    assert bool(hit["inside"].iloc[0])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "name"), KEPT)
def test_names_that_are_words_are_kept(text: str, name: str, hant: bool) -> None:
    t = to_traditional(text) if hant else text
    f = _mentions(t)
    hit = f[f["start"] == text.index(name)]
    assert len(hit) == 1
    assert not bool(hit["inside"].iloc[0])


@pytest.mark.parametrize("hant", [False, True])
def test_sunshine_hours_give_no_city(hant: bool) -> None:
    text = "2019年，全市年平均风速3.0米/秒，年日照时数2912.2小时。"
    row = _row(text, "2912.2小时", hant=hant)
    assert row["region"] != "日照市"
    assert "日照" in to_simplified(str(row["subject"]))


# --- a page speaking as 我州 that refers back to 该州 -------------------------------------

REFERRED = [
    (
        "截至10月10日，我州立案调查环境违法案件194件。同时，该州加大查处力度。"
        "督察组交办的涉及甘孜州泸定县水泥公司的举报属实。",
        "甘孜藏族自治州",
    ),
]
#: no 该州, or a division of another level: no speaker from one mention
NOT_REFERRED = [
    "截至10月10日，我州立案调查环境违法案件194件。督察组交办的涉及甘孜州泸定县水泥公司的举报属实。",
    "我市立案调查环境违法案件194件。同时，该市加大查处力度。专家到成都市、绵阳市考察。",
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "name"), REFERRED)
def test_a_page_referring_back_speaks_as_its_division(text: str, name: str, hant: bool) -> None:
    t = to_traditional(text) if hant else text
    assert speaking_division(t) == name
    assert _row(text, "194件", hant=hant)["region"] == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("text", NOT_REFERRED)
def test_no_speaker_from_one_mention_without_referring_back(text: str, hant: bool) -> None:
    t = to_traditional(text) if hant else text
    assert speaking_division(t) is None
