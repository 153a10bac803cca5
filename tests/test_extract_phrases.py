"""read_report: the words of a proposed indicator (issue 13, phrase13).

Hand checks 3 and 4 found proposed phrases holding words that are no part of the measure's
name (其中, 该市, 本澳, 去年, a leading 的, a pinyin gloss, ``…较大的省份``, a set's ``中``)
and phrases that name no object (``面积``, ``综合利用率``, ``Ⅳ类``).  Remnants are stripped;
a phrase that is a measure's head alone keeps its low confidence and says why it needs review.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.extract._phrases import (
    names_no_measure,
    names_no_object,
    object_of,
    tidy_phrase,
)


def _obs(text: str) -> pd.DataFrame:
    return with_context(read_report(text, source="x.txt"))


# ------------------------------------------------------------------------ tidy_phrase
@pytest.mark.parametrize(
    ("phrase", "tidy"),
    [
        ("其中利用往年贮存量", "利用往年贮存量"),  # a clause's 其中
        ("该市区域声环境昼间平均等效声级", "区域声环境昼间平均等效声级"),  # a reference back
        ("該市區域聲環境晝間平均等效聲級", "區域聲環境晝間平均等效聲級"),  # traditional
        ("本澳平均氣溫", "平均氣溫"),
        ("去年本澳平均氣溫", "平均氣溫"),  # a time, then a place
        ("的各类省级园区实施循环化改造", "各类省级园区实施循环化改造"),  # a particle
        ("有的省份生态保护红线面积", "省份生态保护红线面积"),
        ("废酸产生量较大的省份", "废酸产生量"),  # the places a figure ranks
        ("無機氰化物廢物產生量較大的省份", "無機氰化物廢物產生量"),
        ("城镇污水处理厂中", "城镇污水处理厂"),  # the set a count is in
        ("第三產(chǎn)業(yè", "第三產業"),  # a gloss, and one cut open at the end
        ("散煤削減替代任務(wù", "散煤削減替代任務"),
        ("gè)功能區(qū)噪聲監(jiān)測點(diǎn)位", "功能區噪聲監測點位"),  # cut open at the start
        ("達(dá)標(biāo)率", "達標率"),
        ("“非常不良", "非常不良"),  # an unbalanced quote
    ],
)
def test_remnants_are_stripped(phrase: str, tidy: str) -> None:
    assert tidy_phrase(phrase) == tidy


@pytest.mark.parametrize(
    "phrase",
    [
        "PM2.5浓度",  # Latin letters and digits of a name are no gloss
        "二氧化硫(SO2)排放量",
        "集中式饮用水水源地水质达标率",  # 集中 is no set's 中
        "其他废物产生量",  # 其 of 其他 is no 其中
        "类别",
        "中度污染天数",
        "个体工商户数",  # 个 of a word
        "的士数量",  # 的 of a word
        "该区域声环境质量",  # 该 of 该区域: only 该 + a division's word is stripped
        "区域声环境质量好的城市",  # no 较/最: the cities are what is counted
        "今年度统计",  # 今年度 is no time before a name: kept whole
    ],
)
def test_names_are_kept(phrase: str) -> None:
    assert tidy_phrase(phrase) == phrase


def test_a_gloss_alone_leaves_nothing() -> None:
    assert tidy_phrase("qū") == ""
    assert tidy_phrase("gè)") == ""


# -------------------------------------------------------------------- names_no_object
@pytest.mark.parametrize(
    "phrase",
    [
        "面积",
        "产生量",
        "排放量",
        "综合利用率",
        "綜合利用率",
        "达标率",
        "達標率",
        "超标率",
        "Ⅳ类",
        "劣Ⅴ类",
        "差Ⅴ类",
        "重度污染",
        "负荷",
        "負荷",
        "比例",
        "年均浓度",
    ],
)
def test_a_measure_head_alone_names_no_object(phrase: str) -> None:
    assert names_no_object(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "尾矿综合利用率",
        "粉煤灰产生量",
        "自然保护区面积",
        "Ⅳ类断面比例",
        "重度污染天数比例",
        "臭氧污染负荷比",
        "交接断面达标率",
        "區域聲環境晝間平均等效聲級",
    ],
)
def test_a_measure_with_its_object_names_it(phrase: str) -> None:
    assert not names_no_object(phrase)


# ------------------------------------------------------------------------ read_report
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("2021年，全省其中利用往年贮存量为120万吨。", "利用往年贮存量"),
        # the glosses go; the share's head, read into the figure (佔比為56.3%), joins (np26)
        ("2022年，第三產(chǎn)業(yè)佔比為56.3%。", "第三產業佔比"),
        ("2022年，農(nóng)用地安全利用率達(dá)到了92.3%。", "農用地安全利用率"),
        ("2020年，该市冶炼废渣综合利用量为35万吨。", "冶炼废渣综合利用量"),
        ("2020年，該市冶煉廢渣綜合利用量為35萬噸。", "冶煉廢渣綜合利用量"),
    ],
)
def test_read_report_proposes_the_tidied_phrase(text: str, subject: str) -> None:
    obs = _obs(text)
    assert len(obs) == 1, obs[["indicator", "subject", "value"]]
    assert obs.iloc[0]["indicator"].startswith("proposed_")
    assert obs.iloc[0]["subject"] == subject


@pytest.mark.parametrize(
    "text",
    [
        "甘肃省尾矿产生量为1.2亿吨，综合利用率为35.6%。",
        "甘肅省尾礦產生量為1.2億噸，綜合利用率為35.6%。",
    ],
)
def test_a_rate_without_its_object_needs_review(text: str) -> None:
    obs = _obs(text)
    rate = obs[obs["value"] == 35.6].iloc[0]
    assert rate["confidence"] == "low"
    assert bool(rate["needs_review"])
    # the object is the earlier clause's (phrase13b): named, and flagged as taken across
    assert rate["subject"] in ("尾矿综合利用率", "尾礦綜合利用率")
    assert "object taken from an earlier clause" in rate["note"]
    whole = obs[obs["value"] != 35.6].iloc[0]  # 尾矿产生量 names its object
    assert "names no object" not in str(whole["note"])
    assert "earlier clause" not in str(whole["note"])


# ------------------------------------------------------------------------- property
_REGIONS = [("江苏省", "江蘇省"), ("甘肃省", "甘肅省"), ("广州市", "廣州市")]
_OBJECTS = [("尾矿", "尾礦"), ("冶炼废渣", "冶煉廢渣"), ("脱硫石膏", "脫硫石膏"), ("废酸", "廢酸")]
_MEASURES = [("产生量", "產生量", "万吨", "萬噸"), ("综合利用量", "綜合利用量", "万吨", "萬噸")]
_REMNANTS = [("", ""), ("其中", "其中"), ("该市", "該市"), ("的", "的"), ("去年", "去年")]
_ADVERBS = [("", ""), ("约", "約"), ("累计", "累計"), ("仅", "僅"), ("平均", "平均")]


@settings(max_examples=25)
@given(
    region=st.sampled_from(_REGIONS),
    year=st.integers(2005, 2024),
    remnant=st.sampled_from(_REMNANTS),
    obj=st.sampled_from(_OBJECTS),
    measure=st.sampled_from(_MEASURES),
    adverb=st.sampled_from(_ADVERBS),
    figure=st.integers(2, 9999),
    script=st.sampled_from([0, 1]),
)
def test_the_proposed_phrase_is_the_object_and_its_measure(
    region: tuple[str, str],
    year: int,
    remnant: tuple[str, str],
    obj: tuple[str, str],
    measure: tuple[str, str, str, str],
    adverb: tuple[str, str],
    figure: int,
    script: int,
) -> None:
    is_ = "为" if script == 0 else "為"
    text = (
        f"{region[script]}{year}年，{remnant[script]}{obj[script]}{measure[script]}"
        f"{adverb[script]}{is_}{figure}{measure[2 + script]}。"
    )
    obs = _obs(text)
    assert len(obs) == 1, (text, obs[["indicator", "subject"]])
    row = obs.iloc[0]
    assert row["indicator"].startswith("proposed_"), text
    assert row["subject"] == obj[script] + measure[script], text


# ----------------------------------------------------- a list's shared quantity head
@pytest.mark.parametrize(
    "text",
    [
        "2013年，化学需氧量、二氧化硫、氨氮排放量分别比上年削减1.1%、0.6%、2.2%。",
        "2013年，化學需氧量、二氧化硫、氨氮排放量分別比上年削減1.1%、0.6%、2.2%。",
    ],
)
def test_an_emission_list_never_links_a_concentration(text: str) -> None:
    obs = _obs(text)
    assert len(obs) == 3
    assert not obs["indicator"].str.endswith("_concentration").any()
    assert obs["needs_review"].all()


def test_a_concentration_list_keeps_its_links() -> None:
    obs = _obs("2020年，化学需氧量、氨氮浓度分别为15毫克/升、0.5毫克/升。")
    assert list(obs["indicator"]) == ["cod_concentration", "ammonia_nitrogen_concentration"]


# ------------------------------------------------------------- alias 处罚金额 (9 corpus docs)
@pytest.mark.parametrize(
    "text",
    [
        "2018年，全省立案处罚5625家，处罚金额28087.83万元。",
        "2018年，全省共發出行政處罰決定書1071件，處罰金額達7350萬元。",
    ],
)
def test_fines_are_named_by_their_amount(text: str) -> None:
    obs = _obs(text)
    fines = obs[obs["unit"] == "yuan"]
    assert list(fines["indicator"]) == ["fines_total"]


def test_a_share_of_fines_is_no_amount() -> None:
    obs = _obs("2018年，处罚金额占比近6成，案件数占比超过7成。")
    assert "fines_total" not in set(obs["indicator"])


# ------------------------------------- phrase13b: a measure's object, fragments, no measure
@pytest.mark.parametrize(
    ("phrase", "tidy"),
    [
        ("排放比率自108年", "排放比率"),  # a span's year cut, and its 自
        ("優良比率自109年", "優良比率"),
        ("2019年以来建成区绿地面积", "建成区绿地面积"),  # a year at the start
        ("绿地面积图3", "绿地面积"),  # a figure reference
        ("綠地面積表2-1", "綠地面積"),
        ("各区环保部门共办理信访案件", "信访案件"),  # a subject and a reporting verb
        ("各區環保部門共辦理信訪案件", "信訪案件"),
        ("全市共查处违法排污企业", "违法排污企业"),
        ("城市开展了降水监测", "城市开展了降水监测"),  # the places counted are kept
        ("城市開展了降水監測", "城市開展了降水監測"),
        ("黑臭水体长度大幅缩减至110年", "黑臭水体长度大幅"),  # the verb reaching the year
        ("回收率成長為111、112年", "回收率"),  # a list of years
    ],
)
def test_years_references_and_reporting_verbs_are_cut(phrase: str, tidy: str) -> None:
    assert tidy_phrase(phrase) == tidy


@pytest.mark.parametrize(
    "phrase",
    [
        "地区",
        "地區",
        "全国",
        "晚上",
        "上半年",
        "目标",
        "目標",
        "任务",
        "图2",
        "圖2",
        "确定",
        "確定",
        "不降反",
        "不升反",
        "为期",
        "為期",
        "约谈",
        "約談",
        "全省目标",
    ],
)
def test_words_that_name_no_measure(phrase: str) -> None:
    assert names_no_measure(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "地区生产总值",
        "目标完成率",
        "夜间等效声级",
        "晚上噪声超标次数",
        "约谈企业数",
        "約談企業數",
        "城市污水处理率",
        "全省森林覆盖率",
    ],
)
def test_measures_are_not_flagged(phrase: str) -> None:
    assert not names_no_measure(phrase)


@pytest.mark.parametrize(
    ("phrase", "obj"),
    [
        ("脱硫石膏产生量", "脱硫石膏"),
        ("脫硫石膏產生量", "脫硫石膏"),
        ("其中粉煤灰综合利用量", "粉煤灰"),  # a remnant before the object
        ("医疗废物处置量最大", "医疗废物"),
        ("其产生量", None),  # a reference back names no object
        ("综合利用量", None),  # an amount alone
        ("优良天数", None),  # no amount
        ("钢渣、赤泥产生量", None),  # a list: whose object?
        ("规模以上企业的炉渣产生量", "炉渣"),  # the head of a 的-phrase
        ("規模以上企業的爐渣產生量", "爐渣"),
    ],
)
def test_object_of_an_earlier_amount(phrase: str, obj: str | None) -> None:
    assert object_of(phrase) == obj


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "2019年，全省粉煤灰产生量为860万吨，综合利用量为700万吨，处置率为12.5%。",
            ["粉煤灰产生量", "粉煤灰综合利用量", "粉煤灰处置率"],
        ),
        (
            "2019年，全省粉煤灰產生量為860萬噸，綜合利用量為700萬噸，處置率為12.5%。",
            ["粉煤灰產生量", "粉煤灰綜合利用量", "粉煤灰處置率"],
        ),
    ],
)
def test_a_head_alone_takes_the_object_of_an_earlier_clause(text: str, subjects: list[str]) -> None:
    obs = _obs(text)
    assert list(obs["subject"]) == subjects, obs[["subject", "note"]]
    assert all(obs["indicator"].str.startswith("proposed_"))
    taken = obs.iloc[1:]
    assert (taken["confidence"] == "low").all()
    assert taken["needs_review"].all()
    assert taken["note"].str.contains("object taken from an earlier clause").all()


@pytest.mark.parametrize(
    "text",
    [
        "2019年，其产生量为860万吨，综合利用率为81.5%。",  # 其: no object to take
        # two objects before it: which one's rate is a guess
        "2019年，炉渣产生量为860万吨，钢渣产生量为500万吨，综合利用率为81.5%。",
        "2019年，爐渣產生量為860萬噸，鋼渣產生量為500萬噸，綜合利用率為81.5%。",
        "2019年，該類廢物產生量為860萬噸，綜合利用率為81.5%。",  # 该: a reference back
    ],
)
def test_a_head_without_one_object_in_the_sentence_stays_flagged(text: str) -> None:
    obs = _obs(text)
    rate = obs[obs["value"] == 81.5].iloc[0]
    assert rate["subject"] in ("综合利用率", "綜合利用率")
    assert "names no object" in rate["note"]
    assert bool(rate["needs_review"])


@pytest.mark.parametrize(
    "text",
    [
        "2019年，长三角地区不降反升3.2%。",
        "2019年，長三角地區不降反升3.2%。",
        "2019年，江苏省不升反降3.2%。",
    ],
)
def test_a_verb_fragment_is_no_indicator_name(text: str) -> None:
    obs = _obs(text)
    row = obs[obs["value"].abs() == 3.2].iloc[0]
    assert "indicator phrase names no measure" in row["note"]
    assert row["confidence"] == "low"
    assert bool(row["needs_review"])
    assert row["subject"].startswith("(no measure named)")


_HEADS = [
    ("综合利用率", "綜合利用率", "%"),
    ("处置率", "處置率", "%"),
    ("综合利用量", "綜合利用量", "万吨"),
    ("贮存量", "貯存量", "万吨"),
]
_OBJECTS2 = [
    ("粉煤灰", "粉煤灰"),
    ("煤矸石", "煤矸石"),
    ("工业副产石膏", "工業副產石膏"),
    ("冶炼废渣", "冶煉廢渣"),
]


@settings(max_examples=25)
@given(
    obj=st.sampled_from(_OBJECTS2),
    head=st.sampled_from(_HEADS),
    amount=st.integers(100, 9000),
    figure=st.integers(1, 99),
    script=st.sampled_from([0, 1]),
    same_clause=st.booleans(),
)
def test_a_measure_word_keeps_its_object(
    obj: tuple[str, str],
    head: tuple[str, str, str],
    amount: int,
    figure: int,
    script: int,
    same_clause: bool,
) -> None:
    """``<object><measure>为<figure>`` keeps the object; ``<object>产生量…，<measure>为…`` takes
    it from the earlier clause."""
    is_ = "为" if script == 0 else "為"
    unit = head[2] if script == 0 else head[2].replace("万吨", "萬噸")
    produced = "产生量" if script == 0 else "產生量"
    wan = "万吨" if script == 0 else "萬噸"
    if same_clause:
        text = f"2018年，全省{obj[script]}{head[script]}{is_}{figure}{unit}。"
    else:
        text = (
            f"2018年，全省{obj[script]}{produced}{is_}{amount}{wan}，"
            f"{head[script]}{is_}{figure}{unit}。"
        )
    obs = _obs(text)
    row = obs[obs["value_text"].str.startswith(str(figure))].iloc[-1]
    assert row["subject"] == obj[script] + head[script], (text, row["subject"])
    assert ("earlier clause" in str(row["note"])) != same_clause, text


_FRAGMENTS = ["目标", "目標", "地区", "地區", "晚上", "确定", "確定", "为期", "為期", "不降反"]


@settings(max_examples=25)
@given(
    fragment=st.sampled_from(_FRAGMENTS),
    figure=st.integers(2, 99),
    year=st.sampled_from(["", "2017年", "2017年以來", "自2017年"]),
    ref=st.sampled_from(["", "图1", "圖2"]),
)
def test_fragments_never_survive_as_the_name(
    fragment: str, figure: int, year: str, ref: str
) -> None:
    """A phrase that is a fragment (a place, a time, 目标, a verb), a year or a figure
    reference around it, is never a proposed indicator's name as it stands."""
    phrase = tidy_phrase(f"{year}{fragment}{ref}")
    assert not re.search(r"\d", phrase), phrase
    assert names_no_measure(phrase), phrase


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "2019年，全省炉渣产生量为860万吨，占一般工业固体废物产生量的12.4%，综合利用率为81.5%。",
            "炉渣综合利用率",
        ),
        (
            "2019年，全省爐渣產生量為860萬噸，佔一般工業固體廢物產生量的12.4%，綜合利用率為81.5%。",
            "爐渣綜合利用率",
        ),
    ],
)
def test_the_whole_of_a_share_is_no_object(text: str, subject: str) -> None:
    """A clause opening with 占 names the whole a share is of, not the sentence's object."""
    obs = _obs(text)
    assert obs[obs["value"] == 81.5].iloc[0]["subject"] == subject


@pytest.mark.parametrize("phrase", ["城市", "地區", "省份", "区域"])
def test_a_place_word_names_what_a_count_of_places_counts(phrase: str) -> None:
    assert names_no_measure(phrase)
    assert not names_no_measure(phrase, places=False)
    assert names_no_measure("目标", places=False)  # other words still name no measure


# ---------------------------------------- phrase13c: brackets, references, places, objects
@pytest.mark.parametrize(
    ("phrase", "tidy"),
    [
        ("氮氧化物(NOx", "氮氧化物"),  # an opening bracket never closed: cut with its tail
        ("氮氧化物（NOx", "氮氧化物"),
        ("建设污水管网项目(含续建项目", "建设污水管网项目"),
        ("建設污水管網項目(含續建項目", "建設污水管網項目"),
        ("市)PM10达标率", "PM10达标率"),  # a closing bracket never opened: cut with its head
        ("縣)PM10達標率", "PM10達標率"),
        ("总氮/", "总氮"),  # a table cell's slash
        ("總氮／", "總氮"),
        ("相比空气优良天数", "空气优良天数"),  # the words of a comparison opening a phrase
        ("與相比空氣優良天數", "空氣優良天數"),
    ],
)
def test_brackets_and_slashes_are_balanced_or_cut(phrase: str, tidy: str) -> None:
    assert tidy_phrase(phrase) == tidy


@settings(max_examples=40)
@given(
    head=st.sampled_from(["氮氧化物", "污水管网项目", "噪聲監測點", "總氮", "PM10达标率"]),
    tail=st.text(alphabet="()（）/／含续作项目NOxAQI2", max_size=8),
    lead=st.text(alphabet="()（）县縣", max_size=3),
)
def test_no_phrase_keeps_an_unclosed_bracket_or_a_trailing_slash(
    head: str, tail: str, lead: str
) -> None:
    phrase = tidy_phrase(lead + head + tail)
    depth = 0
    for c in phrase:
        depth += 1 if c in "(（" else -1 if c in ")）" else 0
        assert depth >= 0, phrase
    assert depth == 0, phrase
    assert not phrase.endswith(("/", "／")), phrase


@pytest.mark.parametrize(
    "phrase", ["去年同期", "上年同期", "較上年同期之", "较去年同期", "同比", "与上年相比", "前年"]
)
def test_reference_words_are_no_measure(phrase: str) -> None:
    from envindicators.extract._phrases import names_a_reference

    assert names_a_reference(phrase)


@pytest.mark.parametrize("phrase", ["同期降水量", "去年降水量", "上年末人口", "比例", "酸雨频率"])
def test_measures_are_no_reference(phrase: str) -> None:
    from envindicators.extract._phrases import names_a_reference

    assert not names_a_reference(phrase)


@pytest.mark.parametrize(
    ("text", "subject"),
    [  # 沙尘天数 is no registry indicator (proposed); 优良天数 is good_air_days (reg22)
        ("2022年1-6月，全市沙尘天数为15天，去年同期为14天。", "沙尘天数"),
        ("2022年1-6月，全市沙塵天數為15天，去年同期為14天。", "沙塵天數"),
        ("2022年1-6月，全市优良天数为150天，去年同期为141天。", "good_air_days"),
        ("2022年1-6月，全市優良天數為150天，去年同期為141天。", "good_air_days"),
    ],
)
def test_a_reference_word_takes_the_compared_figures_indicator(text: str, subject: str) -> None:
    obs = _obs(text)
    assert len(obs) == 2, obs[["subject", "value"]]
    assert obs.iloc[0]["indicator"] == obs.iloc[1]["indicator"]
    base = obs.iloc[1]
    if subject.isascii():  # a registry indicator: the base writes the figure's own words
        assert base["indicator"] == subject
        assert base["subject"] == obs.iloc[0]["subject"]
        assert not base["subject"].isascii()
    else:
        assert base["indicator"].startswith("proposed_")
        assert base["subject"] == subject
    assert base["confidence"] == "low"
    assert bool(base["needs_review"])
    assert "compared with" in base["note"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("2020年，全省有省级森林公园28个，面积15.3万公顷。", "省级森林公园面积"),
        ("2020年，全省有省級森林公園28個，面積15.3萬公頃。", "省級森林公園面積"),
        ("截至2020年底，全省共建立湿地公园45处，总面积约8.2万公顷。", "湿地公园总面积"),
    ],
)
def test_an_area_takes_the_object_a_count_counts(text: str, subject: str) -> None:
    obs = _obs(text)
    area = obs[obs["value"] != obs["value"].iloc[0]].iloc[-1]
    assert area["subject"] == subject
    assert "object taken from an earlier clause" in area["note"]
    assert bool(area["needs_review"])


@pytest.mark.parametrize(
    "text",
    [
        "2020年，全省选定35个街心绿地，总面积约2.1公顷。",  # the count names its thing after
        "2020年，全省35條主要河流中，長度達420公里。",
    ],
)
def test_a_count_written_before_its_noun_gives_no_object(text: str) -> None:
    obs = _obs(text)
    last = obs.iloc[-1]
    assert last["subject"] in ("总面积", "長度"), last["subject"]
    assert "names no object" in last["note"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("2019年，全省医疗废物产生量为6.5万吨。处置量为6.4万吨。", "医疗废物处置量"),
        ("2019年，全省醫療廢物產生量為6.5萬噸。處置量為6.4萬噸。", "醫療廢物處置量"),
    ],
)
def test_a_head_takes_the_object_of_the_sentence_before(text: str, subject: str) -> None:
    row = _obs(text).iloc[-1]
    assert row["subject"] == subject
    assert "object taken from the sentence before" in row["note"]
    assert row["confidence"] == "low"


@pytest.mark.parametrize(
    "text",
    [
        # a change is of the figure before it, never of the sentence before
        "2019年，全省医疗废物产生量为6.5万吨。单位GDP能耗下降3.1%，降幅比上年扩大0.5个百分点。",
        # a new paragraph: the sentence before is another topic
        "2019年，全省医疗废物产生量为6.5万吨。\n处置量为6.4万吨。",
    ],
)
def test_no_object_is_taken_across_a_change_or_a_paragraph(text: str) -> None:
    row = _obs(text).iloc[-1]
    assert "医疗废物" not in row["subject"], row["subject"]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (  # a line head with no registry form (PM10 and CO link their registry rows)
            "苯并芘 |\n高新区(1.1ng/m3)、开发区(1.0ng/m3)、淄川区(0.9ng/m3) |\n",
            {"苯并芘"},
        ),
        (
            "2023年4月，氟化物浓度：开发区(31µg/m3)、张店区(29µg/m3)。",
            {"氟化物浓度"},
        ),
        (
            "2023年4月，氟化物濃度：開發區(31µg/m3)、張店區(29µg/m3)。",
            {"氟化物濃度"},
        ),
    ],
)
def test_a_place_of_a_list_is_no_phrase_the_line_head_is(text: str, subjects: set[str]) -> None:
    obs = _obs(text)
    assert set(obs["subject"]) == subjects, obs[["subject", "note"]]
    assert obs["needs_review"].all()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("CO |\n高新区(1.1mg/m3)、开发区(1.0mg/m3)、淄川区(0.9mg/m3) |\n", "co_concentration"),
        ("2023年4月，二氧化氮浓度：开发区(31µg/m3)、张店区(29µg/m3)。", "no2_concentration"),
        ("2023年4月，二氧化氮濃度：開發區(31µg/m3)、張店區(29µg/m3)。", "no2_concentration"),
    ],
)
def test_a_place_of_a_list_is_no_name_the_line_heads_registry_row_is(text: str, code: str) -> None:
    obs = _obs(text)
    assert set(obs["indicator"]) == {code}, obs[["indicator", "subject"]]
    assert not set(obs["subject"]) & {"高新区", "开发区", "開發區", "淄川区", "张店区", "張店區"}


def test_a_listed_place_without_a_line_head_names_no_measure() -> None:
    from envindicators.extract._phrases import names_a_place

    assert names_a_place("开发区", ["张店区", "淄川区"])
    assert names_a_place("開發區", ["張店區"])
    assert not names_a_place("开发区", ["桓台县"])  # no place of the list ends like it
    assert not names_a_place("自然保护区面积", ["张店区"])  # longer than a division's name


# ------------------------------------------- phrase13c: each figure of a 分别 list its own
@pytest.mark.parametrize(
    ("phrase", "k", "n", "member"),
    [
        ("总磷、氨氮、高锰酸盐指数浓度", 1, 3, "氨氮浓度"),
        ("總磷、氨氮、高錳酸鹽指數濃度", 0, 3, "總磷濃度"),
        ("总磷、氨氮、高锰酸盐指数浓度", 2, 3, "高锰酸盐指数浓度"),  # the last keeps its words
        ("水田、旱地和园地土壤点位超标率", 0, 3, "水田土壤点位超标率"),  # members alike
        ("水田、旱地和園地土壤點位超標率", 1, 3, "旱地土壤點位超標率"),
        ("挥发性有机物和一氧化碳的排放量", 0, 2, "挥发性有机物排放量"),  # not alike: the head
        ("PM10浓度和二氧化氮年均浓度", 0, 2, "PM10浓度"),  # a member with its own head
    ],
)
def test_a_list_member_takes_the_shared_head(phrase: str, k: int, n: int, member: str) -> None:
    from envindicators.extract._phrases import list_member

    assert list_member(phrase, k, n) == member


@pytest.mark.parametrize(
    ("phrase", "n"),
    [
        ("总磷、氨氮浓度", 3),  # two members for three figures
        ("总磷、氨氮", 2),  # no head after the last member
        ("总磷浓度", 1),  # no list
    ],
)
def test_no_member_where_the_list_does_not_fit(phrase: str, n: int) -> None:
    from envindicators.extract._phrases import list_member

    assert list_member(phrase, 0, n) is None


@settings(max_examples=25)
@given(
    members=st.lists(
        st.sampled_from(["总磷", "氨氮", "化学需氧量", "總氮", "石油类", "挥发酚"]),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    head=st.sampled_from(["浓度", "排放量", "削减量", "濃度", "超标率"]),
    data=st.data(),
)
def test_every_member_gets_the_head_once(
    members: list[str], head: str, data: st.DataObject
) -> None:
    from envindicators.extract._phrases import list_member

    phrase = "、".join(members[:-1]) + "和" + members[-1] + head
    k = data.draw(st.integers(0, len(members) - 1))
    assert list_member(phrase, k, len(members)) == members[k] + head


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "2021年，全省总磷、氨氮、高锰酸盐指数浓度分别为0.08毫克/升、0.3毫克/升、2.9毫克/升。",
            ["总磷浓度", "氨氮浓度", "高锰酸盐指数浓度"],
        ),
        (
            "2021年，全省總磷、氨氮、高錳酸鹽指數濃度分別為0.08毫克/升、0.3毫克/升、2.9毫克/升。",
            ["總磷濃度", "氨氮濃度", "高錳酸鹽指數濃度"],
        ),
        (
            "2021年，全市挥发性有机物、一氧化碳削减量分别为350吨、1200吨。",
            ["挥发性有机物削减量", "一氧化碳削减量"],
        ),
    ],
)
def test_each_figure_of_a_shared_verb_list_is_named_by_its_member(
    text: str, subjects: list[str]
) -> None:
    obs = _obs(text)
    assert list(obs["subject"]) == subjects, obs[["indicator", "subject"]]
    assert obs["indicator"].nunique() == len(subjects)
    assert obs["needs_review"].all()
    # a member that is, whole, a registry name links it (list22: 氨氮浓度); the others are
    # proposed by their member
    proposed = obs["indicator"].str.startswith("proposed_")
    assert (obs["note"].str.contains("own member of a list") | ~proposed).all()
    assert proposed.any()


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        (
            "2022年，全市PM2.5平均浓度为16微克/立方米，同比下降5.9%。",
            "pm25_concentration",
            "PM2.5平均浓度",
        ),
        (
            "2022年，全市PM2.5平均濃度為16微克/立方米，同比下降5.9%。",
            "pm25_concentration",
            "PM2.5平均濃度",
        ),
        (
            "2022年，全市优良天数比例为87.5%，同比上升0.5个百分点。",
            "good_air_days_share",
            "优良天数比例",
        ),
        (
            "2022年，全市優良天數比例為87.5%，同比上升0.5個百分點。",
            "good_air_days_share",
            "優良天數比例",
        ),
        (
            "2022年，全市二氧化硫排放量为2.1万吨，比上年减少1.3%。",
            "so2_emissions",
            "二氧化硫排放量",
        ),
    ],
)
def test_a_change_taking_the_figure_befores_registry_row_writes_its_words(
    text: str, code: str, words: str
) -> None:
    # the change names nothing itself: its indicator and its words are the level's, never
    # the registry code in place of words
    obs = _obs(text)
    assert list(obs["indicator"]) == [code, code], obs[["indicator", "subject"]]
    assert list(obs["subject"]) == [words, words]
