"""read_report: the words of a proposed indicator (issue 13, phrase13).

Hand checks 3 and 4 found proposed phrases holding words that are no part of the measure's
name (其中, 该市, 本澳, 去年, a leading 的, a pinyin gloss, ``…较大的省份``, a set's ``中``)
and phrases that name no object (``面积``, ``综合利用率``, ``Ⅳ类``).  Remnants are stripped;
a phrase that is a measure's head alone keeps its low confidence and says why it needs review.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.extract import read_report
from envindicators.extract._phrases import names_no_object, tidy_phrase


def _obs(text: str) -> pd.DataFrame:
    return read_report(text, source="x.txt").observations


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
        ("2022年，第三產(chǎn)業(yè)佔比為56.3%。", "第三產業"),
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
    assert "names no object" in rate["note"]
    whole = obs[obs["value"] != 35.6].iloc[0]  # 尾矿产生量 names its object
    assert "names no object" not in str(whole["note"])


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
