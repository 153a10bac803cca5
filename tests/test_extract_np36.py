"""np36 (issue 13): proposed phrases that were examples, a cut word or a list for one figure.

* a count written right after a list's ``等`` counts the noun after its measure word; the
  list before ``等`` gives examples of those things (places, named projects, plants), no
  name of the measure (``_indicators._counted_after_examples``): ``推进小米产业园等61个高精尖
  项目开工建设`` is named ``高精尖项目``, ``南京禄口机场等五个重点机场周边`` ``重点机场``;
* the one letter left after a counted place noun before a measure word, a digit or a class
  opens what is said of the places (``_counts.counted_noun``): ``30个城市水环境质量`` counts
  ``城市``, not ``城市水``;
* the members of a ``分别`` list that are substances' names share what the last member writes
  after its substance (``_phrases._substances_member``): ``氮氧化物、化学需氧量和氨氮重点工程
  减排量分别为…`` gives ``氮氧化物重点工程减排量`` to the first figure, not the whole list.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row

from envindicators.extract._counts import counted_noun
from envindicators.extract._phrases import _substances_member, list_member
from envindicators.units import to_simplified


def _row(text: str, value: str, hant: bool) -> tuple[str, bool]:
    row = report_row(text, value, hant=hant)
    return to_simplified(str(row["subject"])), bool(row["needs_review"])


# ------------------------------------------------------------ a count after a list's 等


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "named"),
    [
        (
            "在疏解非首都功能方面，推进小米产业园等61个高精尖项目开工建设。",
            "61个",
            "高精尖项目",
        ),
        (
            "在北京首都机场、天津机场、南京禄口机场等五个重点机场周边建设还田区。",
            "五个",
            "重点机场",
        ),
        (
            "以及石洞口、竹园第一、竹园第二等四座大型污水处理厂，设计规模340万吨。",
            "四座",
            "大型污水处理厂",
        ),
        ("南津驿、王二溪电站等9座小水电站全部整改到位。", "9座", "小水电站"),
        ("完成火电、钢铁、水泥等10个重点行业57家企业排污许可证核发。", "10个", "重点行业"),
        ("月山等19个行政村被评为市级生态村。", "19个", "行政村"),
    ],
)
def test_a_count_after_examples_counts_the_noun_after_it(
    text: str, value: str, named: str, hant: bool
) -> None:
    subject, review = _row(text, value, hant)
    assert subject == named
    assert review  # a proposed phrase: to review


@pytest.mark.parametrize("hant", [False, True])
def test_a_count_of_places_after_examples_is_as_before(hant: bool) -> None:
    # the noun after the count is the places' own word; a verb after a division count
    # opens no noun (济南等7市|开展…): the other rules name them, as before this rule
    text = "其中，衢州、舟山、台州等44个城市的优良天数比例为100%。"
    assert _row(text, "44个", hant)[0] == "城市"
    assert _row(text, "100%", hant)[0] == "优良天数比例"
    text = "对济南等7市开展第二批省环境保护督察。"
    assert "开展" not in _row(text, "7市", hant)[0]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全市空气质量达到中等3个，较差2个。", "3个"),  # 中等: a grade, no list's 等
        ("督察组深入工矿企业、饮用水源地、河流湖泊等220处开展现场调查。", "220处"),  # a verb
    ],
)
def test_no_examples_or_no_noun_after_keeps_the_words_before(
    text: str, value: str, hant: bool
) -> None:
    subject, _ = _row(text, value, hant)
    assert subject  # named by the words before, as before (no noun after the count)
    assert "开展" not in subject


# ------------------------------------------------------------ a cut word after a place noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("等30个城市水环境质量相对较好", "城市"),
        ("等30個城市水環(huán)境質量相對較差", "城市"),
        ("汾渭平原11个城市前4个月的平均优良天数比例为54.2%", "城市"),
        ("等6个省份差Ⅴ类断面比例已完成全年任务", "省份"),
    ],
)
def test_a_letter_after_a_place_noun_is_no_part_of_it(text: str, noun: str) -> None:
    e = text.index("个" if "个" in text else "個") + 1
    assert counted_noun(text, e, len(text)) == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("11个城市污水处理厂平均负荷率", "城市污水处理厂"),  # a facility
        ("5个县域生态环境", "县域生态环境"),  # no place noun leaves one letter
        ("12个设区市PM2.5平均浓度", "设区市"),
        ("全国339个地级及以上城市平均优良天数比例为87%", "地级及以上城市"),
    ],
)
def test_nouns_of_places_and_facilities_are_as_before(text: str, noun: str) -> None:
    e = text.index("个") + 1
    assert counted_noun(text, e, len(text)) == noun


@pytest.mark.parametrize("hant", [False, True])
def test_the_count_of_cities_of_a_ranking_is_of_cities(hant: bool) -> None:
    text = "1-9月，全国地级及以上城市中，柳州、嘉峪关和桂林市等30个城市水环境质量相对较好。"
    assert _row(text, "30个", hant)[0] == "城市"


# ------------------------------------------------------------ a list of substances


@pytest.mark.parametrize(
    ("parts", "at"),
    [
        (["化学需氧量", "氨氮重点工程减排量"], 2),
        (["氮氧化物", "挥发性有机物", "化学需氧量", "氨氮重点工程减排量"], 2),
        (["二氧化硫", "氮氧化物减排量"], 4),
    ],
)
def test_substances_share_the_words_after_the_last(parts: list[str], at: int) -> None:
    assert _substances_member(parts) == at


@pytest.mark.parametrize(
    "parts",
    [
        ["城市", "农村重点工程减排量"],  # no substances
        ["化学需氧量", "氨氮"],  # nothing shared
        ["工业源", "氨氮重点工程减排量"],  # a member that is no substance
    ],
)
def test_no_substances_no_shared_words(parts: list[str]) -> None:
    assert _substances_member(parts) is None


def test_list_member_of_substances() -> None:
    phrase = "氮氧化物、挥发性有机物、化学需氧量和氨氮重点工程减排量"
    assert list_member(phrase, 0, 4) == "氮氧化物重点工程减排量"
    assert list_member(phrase, 3, 4) == "氨氮重点工程减排量"
    assert list_member("化学需氧量、二氧化硫、氨氮排放量", 1, 3) == "二氧化硫排放量"  # as before


@pytest.mark.parametrize("hant", [False, True])
def test_each_figure_of_a_substance_list_takes_its_member(hant: bool) -> None:
    text = (
        "重点工程污染减排方面，全区氮氧化物、挥发性有机物、化学需氧量和氨氮重点工程减排量"
        "分别为5312吨、2693吨、1794吨、123吨。"
    )
    assert _row(text, "5312", hant)[0] == "氮氧化物重点工程减排量"
    assert _row(text, "2693", hant)[0] == "挥发性有机物重点工程减排量"
    assert _row(text, "123吨", hant)[0] == "氨氮重点工程减排量"


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_of_other_things_keeps_its_phrase(hant: bool) -> None:
    # members no substance (甲醛, 乙苯 are not in the vocabulary) and no measure head alone
    # after the last: the list is not split, as before
    text = "全区甲醛、乙苯和丙烯腈减排量分别为17吨、12吨、5吨。"
    assert "、" in _row(text, "17吨", hant)[0]
    text = "全区化学需氧量和氨氮排放量分别为1794吨、123吨。"
    assert _row(text, "123吨", hant)[0] == "氨氮排放量"
