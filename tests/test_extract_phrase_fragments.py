"""read_report: proposed indicator phrases that are fragments of the text (issue 13, frag14).

Hand checks 7 and 8 found proposed phrases cut inside a clause: a distributive or modal
word left at the end (``須每``, ``榜單各``), the verb reaching the figure left at the start
(``至日``), a modal or future word left at the end (``告發率將``), a set's ``里``
(``城市裡``), an adding word (``另受理…``) and a bilingual table's English text.
Remnants are stripped; a phrase that is still a fragment is marked and needs review.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.scripts import both_scripts, texts_in_both_scripts, to_traditional
from tests.test_extract import with_context

from envindicators.extract import read_report
from envindicators.extract._phrases import names_a_fragment, names_no_measure, tidy_phrase
from envindicators.units import to_simplified


def _obs(text: str) -> pd.DataFrame:
    return with_context(read_report(text, source="x.txt"))


# ------------------------------------------------------------------- remnants stripped
@pytest.mark.parametrize(
    ("phrase", "tidy"),
    both_scripts(
        [
            ("地级及以上城市里", "地级及以上城市"),  # the set a count is in
            ("监测的县级城市里", "监测的县级城市"),
            ("两个榜单各", "两个榜单"),  # a distributive word: the figure follows
            ("重点企业每", "重点企业"),
            ("另受理民众对空气污染陈情", "受理民众对空气污染陈情"),  # an adding word
            ("另外新建污水管网", "新建污水管网"),
            ("剩余天数需", "剩余天数"),  # a modal or future word: the verb follows
            ("营业场所噪音案件稽查告发率将", "营业场所噪音案件稽查告发率"),
            ("运行的污水处理厂将", "运行的污水处理厂"),
            (
                "二级沙尘天气(扬沙)和三级沙尘天气(沙尘暴)各",
                "二级沙尘天气(扬沙)和三级沙尘天气(沙尘暴)",
            ),
            ("此外查处环境违法案件", "查处环境违法案件"),
        ],
        every_text=True,
    ),
)
def test_remnants_of_a_cut_are_stripped(phrase: str, tidy: str) -> None:
    assert tidy_phrase(phrase) == tidy


@pytest.mark.parametrize(
    "phrase",
    texts_in_both_scripts(
        ["新建道路公里", "输水管线千里", "另类污染物排放量", "城市中心区面积", "每万人拥有量"]
    ),
)
def test_words_ending_or_starting_alike_are_kept(phrase: str) -> None:
    """公里, 千里 are no set's 里; 另类 is no adding 另; a 每 at the start is a rate's."""
    assert tidy_phrase(phrase) == phrase


@pytest.mark.parametrize(
    ("phrase", "tidy"),
    [
        ("化学需氧量排放量(吨)   discharge amount of cod( ton)", "化学需氧量排放量(吨)"),
        ("化學需氧量排放量   discharge amount of COD", "化學需氧量排放量"),
        ("total industrial waste water discharged 工业废水排放总量", "工业废水排放总量"),
        ("二氧化硫排放量 sulphur dioxide emission", "二氧化硫排放量"),
    ],
)
def test_english_text_at_an_end_is_cut(phrase: str, tidy: str) -> None:
    assert tidy_phrase(phrase) == tidy


@pytest.mark.parametrize("phrase", ["PM2.5 浓度", "AQI 达标率", "VOCs 排放量", "O3 8h 浓度"])
def test_codes_in_latin_letters_are_kept(phrase: str) -> None:
    """A code (PM2.5, AQI, VOCs) is part of a measure's name, not another language."""
    assert tidy_phrase(phrase) == phrase


# -------------------------------------------------------------------- fragments told
@pytest.mark.parametrize(
    "phrase",
    texts_in_both_scripts(
        ["须每", "至日", "到年底", "至今", "废物 创", "臭氧年均水平创", "工作人员正在对", "可以"]
    ),
)
def test_fragments_are_told(phrase: str) -> None:
    assert names_a_fragment(phrase)


@pytest.mark.parametrize(
    "phrase",
    texts_in_both_scripts(
        [
            "人均固体废物量",
            "PM2.5 浓度",
            "NO2 平均 浓度",  # text of a PDF file, spaced inside words
            "空气 质量优良天数",
            "再生水利用率",
            "两个榜单",
            "受理民众对空气污染陈情",
        ]
    ),
)
def test_names_of_measures_are_no_fragments(phrase: str) -> None:
    assert not names_a_fragment(phrase)


@pytest.mark.parametrize(
    "phrase", texts_in_both_scripts(["昼间、夜间", "上午和下午", "目标与任务"])
)
def test_two_words_of_no_measure_joined_name_no_measure(phrase: str) -> None:
    assert names_no_measure(phrase)


_HAN = st.sampled_from(list("水气污染物排放量城市断面比例浓度企业废物利用处置"))


@given(st.lists(_HAN, min_size=2, max_size=8).map("".join), st.sampled_from("各每"))
def test_a_trailing_distributive_word_is_stripped(words: str, tail: str) -> None:
    """Any phrase of two characters or more followed by 各 or 每 loses it, in both scripts."""
    assert tidy_phrase(words + tail) == tidy_phrase(words)
    trad = to_traditional(words + tail)
    assert to_simplified(tidy_phrase(trad)) == to_simplified(tidy_phrase(to_traditional(words)))


@given(
    st.lists(_HAN, min_size=1, max_size=5).map("".join),
    st.lists(_HAN, min_size=1, max_size=5).map("".join),
    st.sampled_from(["至", "到"]),
    st.sampled_from(["须", "需", "对", "创", "可以", "和"]),
)
def test_a_phrase_cut_at_a_verb_or_modal_is_a_fragment(
    left: str, right: str, start: str, end: str
) -> None:
    """A phrase starting with the verb reaching the figure, or ending in a word whose object
    follows, is a fragment in both scripts; a space inside the words (a PDF file's) is no
    sign of one."""
    assert names_a_fragment(start + left + right)
    assert names_a_fragment(to_traditional(left + right + end))
    assert names_a_fragment(left + " " + right) == names_a_fragment(left + right)


# ------------------------------------------------------------------------ read_report
@pytest.mark.parametrize(
    "text",
    [
        "因此，香港须每五年检讨应对气候变化工作。",
        "因此, 香港須每五年檢討應對氣候變化工作。",
        "人均固体废物量上升百分之四，至日均二点一公斤。",
        "人均固體廢物量上升百分之四，至日均二點一公斤。",
        "香港人均日棄1.41公斤廢物 創十年新高",
    ],
)
def test_a_fragment_is_marked_and_needs_review(text: str) -> None:
    """No row names a fragment as if it were a measure: it is marked and needs review."""
    obs = _obs(text)
    proposed = obs[obs["indicator"].astype(str).str.startswith("proposed_")]
    for subject, review in zip(proposed["subject"], proposed["needs_review"], strict=True):
        simple = to_simplified(str(subject))
        assert not simple.startswith(("须每", "至日", "废物 ")), subject
        if simple.startswith("(fragment)"):
            assert bool(review)
    assert proposed["subject"].astype(str).str.startswith(("(fragment)", "(no measure")).any()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("2017年全国338个地级及以上城市里，有99个城市环境空气质量达标。", "地级及以上城市"),
        ("2017年全國338個地級及以上城市裡，有99個城市環境空氣品質達標。", "地級及以上城市"),
        ("2003年另受理民众对空气污染陈情1664件。", "受理民众对空气污染陈情"),
        ("2003年另受理民眾對空氣污染陳情1,664件。", "受理民眾對空氣污染陳情"),
    ],
)
def test_read_report_strips_a_cut_s_remnants(text: str, subject: str) -> None:
    obs = _obs(text)
    assert subject in set(obs["subject"].astype(str))
