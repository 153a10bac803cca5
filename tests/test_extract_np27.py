"""np27 (issue 13): a word of degree after a measure's name is no part of the name;
the 第 of a rank ends a fragment."""

import pytest

from envindicators.extract._phrases import names_a_fragment, tidy_phrase


@pytest.mark.parametrize(
    ("phrase", "tidied"),
    [
        ("问题整改完成数量较多", "问题整改完成数量"),  # the units ranked by a count
        ("單位國內生產總值能耗降低率高", "單位國內生產總值能耗降低率"),  # 高|達10%
        ("二氧化硫排放量最大", "二氧化硫排放量"),
        ("工业固体废物综合利用率较低", "工业固体废物综合利用率"),
        ("臭氧浓度相对较高", "臭氧浓度"),
        ("投訴案件數更多", "投訴案件數"),
    ],
)
def test_degree_after_a_measure_is_cut(phrase: str, tidied: str) -> None:
    assert tidy_phrase(phrase) == tidied


@pytest.mark.parametrize(
    "phrase",
    [
        "空气质量较好",  # 质量 is no measure noun: the words are kept
        "日最大",  # no measure before the degree
        "城市规模",  # no degree word
        "污染较少",  # a topic, not a measure, before the degree
        "高",
    ],
)
def test_degree_without_a_measure_is_kept(phrase: str) -> None:
    assert tidy_phrase(phrase) == phrase


@pytest.mark.parametrize("phrase", ["并列第", "排名第", "並列第", "全省排名第", "位居全国第"])
def test_an_ordinals_prefix_is_a_fragment(phrase: str) -> None:
    """``(2个并列第1)``, ``排名第3``: the 第 of a rank is cut from its number; the words
    before it name a rank, no measure."""
    assert names_a_fragment(phrase)


@pytest.mark.parametrize("phrase", ["第一产业增加值", "第三產業", "优良天数", "排名"])
def test_an_ordinal_inside_a_name_is_no_fragment(phrase: str) -> None:
    assert not names_a_fragment(phrase)
