"""read_report: which stretch of text a place mention governs (issue 13, place22).

A list member's place labels its own figure only (``良庆区13件、高新区11件``); a place named
as the reference of a multiple (``北京、上海等地的一倍``) is no figure's region; a deixis
word (全市) means the division of its level named before it in its own sentence, not the
label of its numbered item; a list member's place is not carried to later sentences; 我市
of a document signed by its city is that city; a place carries to the later sentences of its
paragraph and is replaced by the place of a new clause (hypothesis property).
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import rows_of

from envindicators.extract._places import labels_of_lists, list_member_places

_rows = partial(rows_of, at_start=True)  # the figure is where its written form begins


# ----------------------------------------------------------------- list members' own figures

_MEMBERS = [
    (
        "南宁市生态环境局公布：信访案件数量较多的区域主要涉及兴宁区15件、青秀区13件、"
        "良庆区12件、高新区11件、西乡塘区8件。"
    ),
    (
        "南寧市生態環境局公布：信訪案件數量較多的區域主要涉及興寧區15件、青秀區13件、"
        "良慶區12件、高新區11件、西鄉塘區8件。"
    ),
    "南宁市交办信访件分布：兴宁区15件，青秀区13件，良庆区12件，市直11件。",
    "南寧市交辦信訪件分佈：興寧區15件，青秀區13件，良慶區12件，市直11件。",
]


@pytest.mark.parametrize("text", _MEMBERS)
def test_a_members_place_is_not_carried_to_the_next_members_figure(text: str) -> None:
    assert _rows(text, "12件")["region"].tolist() == ["良庆区"]
    assert _rows(text, "15件")["region"].tolist() == ["兴宁区"]
    eleven = _rows(text, "11件")
    assert eleven["region"].tolist() == ["南宁市"]  # the list's city, not 良庆区
    assert eleven["needs_review"].all()
    assert "another list member" in eleven["note"].iloc[0]


@pytest.mark.parametrize(
    "text",
    [
        "贺州市交办件累计75件：钟山县19件（其中8件重复投诉），八步区21件（其中7件重复投诉）。",
        "賀州市交辦件累計75件：鍾山縣19件（其中8件重複投訴），八步區21件（其中7件重複投訴）。",
    ],
)
def test_a_figure_inside_a_members_aside_stays_the_members(text: str) -> None:
    assert _rows(text, "8件")["region"].tolist() == ["钟山县"]
    assert _rows(text, "7件")["region"].tolist() == ["八步区"]
    assert _rows(text, "21件")["region"].tolist() == ["八步区"]


def test_list_member_places_needs_a_list_and_a_members_label() -> None:
    # one place and its figure, then a part of it: the part is the place's
    text = "太原市19件，其中办结15件"
    m = pd.DataFrame({"start": [0], "end": [3]})
    assert not list_member_places(text, m, np.array([3, 11]), np.array([6, 14]), 11).any()
    # two members, then a step of the last one (已办结): not a member
    text = "晋中市9件、太原市19件，已办结15件"
    m = pd.DataFrame({"start": [0, 6], "end": [3, 9]})
    fs, fe = np.array([3, 9, 16]), np.array([5, 12, 19])
    assert not list_member_places(text, m, fs, fe, 16).any()
    # two members, then an unknown member (高新区)
    text = "晋中市9件、太原市19件、高新区15件"
    fs, fe = np.array([3, 9, 16]), np.array([5, 12, 19])
    assert list_member_places(text, m, fs, fe, 16).tolist() == [True, True]


# ----------------------------------------------------------------- a multiple's reference


@pytest.mark.parametrize(
    "text",
    [
        "根据环保局公布的资料，2014年澳门人均城市生活废弃物量为1.97公斤，约是北京、上海等地的一倍或以上。",
        "根據環保局公佈的資料，2014年澳門人均城市生活廢棄物量為1.97公斤，約是北京、上海等地的一倍或以上。",
    ],
)
def test_the_reference_of_a_multiple_is_not_the_figures_region(text: str) -> None:
    rows = _rows(text, "一倍")
    assert len(rows) == 1
    assert rows["region"].iloc[0] == "澳门特别行政区"


# ----------------------------------------------------------------- deixis in its own sentence


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("山西省整改情况\n（三）晋中市：2017年，介休市责令全市24家石料企业全部停工。", "介休市"),
        ("山西省整改情況\n（三）晉中市：2017年，介休市責令全市24家石料企業全部停工。", "介休市"),
        ("山西省整改情况\n（三）晋中市：2017年，全市共关闭石料企业24家。", "晋中市"),
        ("山西省整改情況\n（三）晉中市：2017年，全市共關閉石料企業24家。", "晋中市"),
    ],
)
def test_deixis_means_the_division_named_before_it_in_its_sentence(text: str, region: str) -> None:
    assert _rows(text, "24家")["region"].tolist() == [region]


# ----------------------------------------------------------------- members not carried on


@pytest.mark.parametrize(
    "text",
    [
        (
            "4月20日，督察组向江西转办第十三批群众举报材料109件。第十三批信访件从地区分布看，"
            "赣州市20件，南昌市19件，九江市9件，萍乡市2件。按照污染类型划分为，大气污染52件，"
            "水污染39件。"
        ),
        (
            "4月20日，督察組向江西轉辦第十三批群眾舉報材料109件。第十三批信訪件從地區分佈看，"
            "贛州市20件，南昌市19件，九江市9件，萍鄉市2件。按照污染類型劃分為，大氣污染52件，"
            "水污染39件。"
        ),
    ],
)
def test_a_list_members_place_is_not_carried_to_later_sentences(text: str) -> None:
    assert _rows(text, "2件")["region"].tolist() == ["萍乡市"]
    rows = _rows(text, "52件")
    assert rows["region"].tolist() == ["江西省"]  # the batch's, not 萍乡市's
    assert rows["needs_review"].all()
    assert "list member" in rows["note"].iloc[0]


@pytest.mark.parametrize(
    "text",
    [
        "本次督察涉及眉山3件。其中大气问题2件。",
        "本次督察涉及眉山市3件。其中大氣問題2件。",
    ],
)
def test_one_place_with_its_figure_is_no_list_and_is_carried(text: str) -> None:
    assert _rows(text, "2件")["region"].tolist() == ["眉山市"]


def test_labels_of_lists() -> None:
    t = "九江市9件，萍乡市2件。按类型分，大气5件"
    m = pd.DataFrame({"start": [0, 6], "end": [3, 9]})
    fs, fe = np.array([3, 9, 18]), np.array([5, 11, 20])
    assert labels_of_lists(t, m, fs, fe).tolist() == [True, True]
    t = "九江市新建9座，萍乡市2件。"  # 九江市 does not label its figure: no list
    m = pd.DataFrame({"start": [0, 8], "end": [3, 11]})
    fs, fe = np.array([5, 11]), np.array([7, 13])
    assert labels_of_lists(t, m, fs, fe).tolist() == [False, False]


# ----------------------------------------------------------------- 我市 of a signed document


@pytest.mark.parametrize(
    "text",
    [
        (
            "5月8日，安徽省第二生态环境保护督察组向我市转办信访件8件。按主要污染类型分："
            "水问题2个、大气问题6个。\n安徽省生态环境保护督察宣城市协调联络组\n2024年5月8日"
        ),
        (
            "5月8日，安徽省第二生態環境保護督察組向我市轉辦信訪件8件。按主要污染類型分："
            "水問題2個、大氣問題6個。\n安徽省生態環境保護督察宣城市協調聯絡組\n2024年5月8日"
        ),
        (
            "5月8日，安徽省第二生態(tài)環(huán)境保護(hù)督察組向我市轉辦信訪件8件。\n"
            "安徽省生態(tài)環(huán)境保護(hù)督察宣城市協(xié)調(diào)聯(lián)絡(luò)組\n2024年5月8日"
        ),
    ],
)
def test_wo_shi_of_a_document_signed_by_its_city(text: str) -> None:
    assert _rows(text, "8件")["region"].tolist() == ["宣城市"]


def test_a_signature_of_another_level_resolves_nothing() -> None:
    text = "5月8日，督察组向我市转办信访件8件。\n某某县人民政府\n2024年5月8日"
    assert _rows(text, "8件")["region"].tolist() != ["宣城市"]
    text = "5月8日，督察组向我县转办信访件8件。\n宣城市生态环境局\n2024年5月8日"
    assert _rows(text, "8件")["region"].tolist() != ["宣城市"]


# ----------------------------------------------------------------- property: scope of a place

_CITIES = ["太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市", "吕梁市"]
_NUMBERS = ["（一）", "（二）", "一、", "二、", "1.", "2."]
_MEASURES = [
    ("新建污水管网", "公里"),
    ("关停燃煤锅炉", "台"),
    ("完成造林", "万亩"),
    ("处罚企业", "家"),
]


@settings(max_examples=25, deadline=None)
@given(
    number=st.sampled_from(_NUMBERS),
    places=st.lists(st.sampled_from(_CITIES), min_size=2, max_size=2, unique=True),
    measures=st.lists(st.sampled_from(_MEASURES), min_size=3, max_size=3, unique=True),
    values=st.lists(st.integers(min_value=11, max_value=99), min_size=3, max_size=3, unique=True),
)
def test_a_place_governs_its_item_until_another_place_is_named(
    number: str, places: list[str], measures: list[tuple[str, str]], values: list[int]
) -> None:
    a, b = places
    (m1, u1), (m2, u2), (m3, u3) = measures
    v1, v2, v3 = values
    text = (
        f"山西省整改进展情况\n{number}{a}2022年{m1}{v1}{u1}。2022年{m2}{v2}{u2}；"
        f"{b}2022年{m3}{v3}{u3}。"
    )
    assert _rows(text, f"{v1}{u1}")["region"].tolist() == [a]
    assert _rows(text, f"{v2}{u2}")["region"].tolist() == [a]
    assert _rows(text, f"{v3}{u3}")["region"].tolist() == [b]


@settings(max_examples=25, deadline=None)
@given(
    places=st.lists(st.sampled_from(_CITIES), min_size=2, max_size=2, unique=True),
    word=st.sampled_from(["比", "较", "高于", "低于"]),
    value=st.integers(min_value=11, max_value=99),
    trad=st.booleans(),
)
def test_a_comparisons_reference_never_becomes_a_figures_region(
    places: list[str], word: str, value: int, trad: bool
) -> None:
    a, b = places
    text = f"山西省环境质量\n2022年，{a}PM2.5平均浓度为{value}微克/立方米，{word}{b}低5.2%。"
    if trad:
        text = text.replace("环境质量", "環境質量").replace("浓度为", "濃度為")
    regions = _rows(text, f"{value}")["region"].tolist() + _rows(text, "5.2")["region"].tolist()
    assert regions
    assert b not in regions
