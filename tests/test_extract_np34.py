"""np34 (issue 13): shares named as shares, and a list's act that is half a modifier.

* a percentage written with its 占 and no whole (``施工噪声占4.1%``, ``Ⅳ类水质断面20个、
  占5.8%``) is the share of the part named before it: the phrase names the share,
  ``<part>占比`` (role33's convention (b)), to review (``_indicators._share_of_part``); a
  member named so lends no measure to the member after it (``工业源占比``, ``生活源占比``);
* a share written ``A<figure>，占B的x%`` whose part is named in a ranking's frame
  (``以一般民众最多为4,395件``, ``再者为商业行为有``, ``第三位为营建工程有``, ``环境卫生再次之有``)
  is named by the member ranked and its whole (``一般民众占总陈情数``), not left to the
  whole alone (``_indicators._share_of_whole``, ``_RANKED_MEMBER``);
* a one-letter verb before a one-letter word opening a ``分别`` list's first member is half
  of a modifier the segmenter cut (``出|省|断面``, ``入|河|断面``), not an act every member
  shares (``_lists.shared_act``): no ``出总磷浓度``.
"""

from __future__ import annotations

import pytest
from tests.report_rows import report_row, report_rows

from envindicators.extract._indicators import _RANKED_MEMBER, _share_of_part
from envindicators.extract._lists import shared_act
from envindicators.units import to_simplified


def _subject(text: str, value: str, hant: bool) -> str:
    return to_simplified(str(report_row(text, value, hant=hant)["subject"]))


# ------------------------------------------------------------ a share with no whole


@pytest.mark.parametrize(
    ("phrase", "text", "value", "name"),
    [
        ("施工噪声", "施工噪声占4.1 %", "4.1", "施工噪声占比"),
        ("Ⅳ类水质断面", "Ⅳ类水质断面20个、占5.8%", "5.8", "Ⅳ类水质断面占比"),
        ("廚餘", "廚餘佔29%", "29", "廚餘佔比"),
        ("噪声", "噪声54件(占23.9%)", "23.9", "噪声占比"),
        ("生活源", "生活源约占41.2%", "41.2", "生活源占比"),
    ],
)
def test_a_share_with_no_whole_is_named_by_its_part(
    phrase: str, text: str, value: str, name: str
) -> None:
    assert _share_of_part(phrase, text, text.index(value)) == name


@pytest.mark.parametrize(
    ("phrase", "text", "value"),
    [
        ("清洁能源消费量", "清洁能源消费量占能源消费总量的16.9%", "16.9"),  # the whole written
        ("达标城市比例", "达标城市比例占80%", "80"),  # names a share already
        ("以噪音案件", "以噪音案件占48.4%", "48.4"),  # a ranking's frame
        ("从高到低", "从高到低占43.8%", "43.8"),  # an order's frame
        ("PM2.5", "PM2.5占65%", "65"),  # no Chinese word ends the part
        ("优良天数", "优良天数为85%", "85"),  # no 占
        ("噪声", "噪声投诉增加，占23.9%", "23.9"),  # other words between part and 占
        ("厨余、废纸", "厨余、废纸分别占30%、20%", "30"),  # a list's parts
        ("农业源和生活源", "农业源和生活源分别占68.8%和29.7%", "68.8"),  # a list's parts
    ],
)
def test_no_part_share_where_the_whole_is_written_or_no_part(
    phrase: str, text: str, value: str
) -> None:
    assert _share_of_part(phrase, text, text.index(value)) is None


@pytest.mark.parametrize("hant", [False, True])
def test_class_shares_after_their_counts_are_named_as_shares(hant: bool) -> None:
    text = "2018年7月，全省Ⅳ类水质断面20个、占5.8%，Ⅴ类水质断面3个、占0.9%。"
    assert _subject(text, "5.8%", hant) == "Ⅳ类水质断面占比"
    assert _subject(text, "0.9%", hant) == "Ⅴ类水质断面占比"
    assert _subject(text, "20个", hant) == "Ⅳ类水质断面"  # the count keeps its name


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_of_sources_each_named_as_its_share(hant: bool) -> None:
    text = "2016年，交通噪声占21.7%，工业噪声占10.6%，施工噪声占4.1%。"
    assert _subject(text, "21.7", hant) == "交通噪声占比"
    assert _subject(text, "10.6", hant) == "工业噪声占比"
    assert _subject(text, "4.1", hant) == "施工噪声占比"


@pytest.mark.parametrize("hant", [False, True])
def test_a_member_named_as_a_share_lends_no_measure(hant: bool) -> None:
    text = "本年度工业源占38.5%，生活源占41.2%。"
    assert _subject(text, "38.5", hant) == "本年度工业源占比"
    assert _subject(text, "41.2", hant) == "生活源占比"  # not 生活源源占比


def test_the_share_word_follows_the_texts_own_letter() -> None:
    text = "2023年香港都市固體廢物中，廚餘佔29%，廢塑膠佔21%。"
    assert str(report_row(text, "29%")["subject"]) == "廚餘佔比"
    assert str(report_row(text, "21%")["subject"]) == "廢塑膠佔比"


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_sharing_one_share_verb_is_not_named_one_share(hant: bool) -> None:
    text = "2022年，厨余、废塑胶、废纸分别占30%、21%、20%。"
    rows = report_rows(text, hant=hant)
    assert not rows["subject"].astype(str).map(to_simplified).str.contains("废纸占比").any()


@pytest.mark.parametrize("hant", [False, True])
def test_the_change_of_a_share_keeps_the_shares_name(hant: bool) -> None:
    text = "2018年7月，全省Ⅴ类水质断面3个、占0.9%，同比增加0.9个百分点。"
    assert _subject(text, "个百分点", hant) == "Ⅴ类水质断面占比"


@pytest.mark.parametrize("hant", [False, True])
def test_shares_named_with_their_whole_are_left_as_they_were(hant: bool) -> None:
    text = "2019年全省煤炭消费量占能源消费总量的66%，清洁能源消费量占能源消费总量的16.9%。"
    assert _subject(text, "16.9", hant) == "清洁能源消费量占能源消费总量"


@pytest.mark.parametrize("hant", [False, True])
def test_a_breakdown_with_its_measure_written_keeps_it(hant: bool) -> None:
    text = "2020年，其中轻度污染天数占比为15.9%，中度污染为4.2%。"
    assert _subject(text, "4.2", hant) == "中度污染天数占比"


@pytest.mark.parametrize("hant", [False, True])
def test_no_share_name_for_figures_of_no_share(hant: bool) -> None:
    rows = report_rows("2016年全市完成改造锅炉120台，淘汰黄标车3500辆。", hant=hant)
    assert not rows["subject"].astype(str).str.contains("占比|佔比").any()
    assert len(rows) == 2


# ---------------------------------------------------- a share's part in a ranking's frame


@pytest.mark.parametrize(
    ("frame", "member"),
    [
        ("以一般民众最多为", "一般民众"),
        ("以噪音陈情居首", "噪音陈情"),
        ("其次为大气污染类投诉", "大气污染类投诉"),
        ("再者为商业行为有", "商业行为"),
        ("第三位为营建工程有", "营建工程"),
        ("环境卫生再次之有", "环境卫生"),
        ("异味次之有", "异味"),
    ],
)
def test_the_member_a_ranking_frame_names(frame: str, member: str) -> None:
    m = _RANKED_MEMBER.fullmatch(frame)
    assert m is not None
    assert m.group(m.lastgroup or 0) == member


@pytest.mark.parametrize("frame", ["产值为新台币", "主要为", "以上", "共计"])
def test_no_member_in_other_frames(frame: str) -> None:
    m = _RANKED_MEMBER.fullmatch(frame)
    assert m is None or len(m.group(m.lastgroup or 0)) < 2


@pytest.mark.parametrize("hant", [False, True])
def test_shares_of_ranked_members_are_named_by_member_and_whole(hant: bool) -> None:
    text = (
        "2011年，以一般民众最多为4,395件，占总陈情数之34.55%；再者为商业行为有3,363件，"
        "占总陈情件数26.43%；第三位为营建工程有2,341件，占总陈情件数18.40%。"
    )
    assert _subject(text, "34.55", hant) == "一般民众占总陈情数"
    assert _subject(text, "26.43", hant) == "商业行为占总陈情件数"
    assert _subject(text, "18.40", hant) == "营建工程占总陈情件数"


@pytest.mark.parametrize("hant", [False, True])
def test_a_member_ranked_after_its_words(hant: bool) -> None:
    text = "2011年，环境卫生再次之有1,602件，占总件数12.59%。"
    assert _subject(text, "12.59", hant) == "环境卫生占总件数"


@pytest.mark.parametrize("hant", [False, True])
def test_a_copula_before_an_amount_names_no_member(hant: bool) -> None:
    rows = report_rows("2019年，产值为新台币120亿元，占总产值的12%。", hant=hant)
    assert not rows["subject"].astype(str).map(to_simplified).str.contains("新台币占").any()


# ------------------------------------------------------- a list's act, half a modifier


def test_a_one_letter_verb_and_a_one_letter_word_are_no_act() -> None:
    assert shared_act(["出省断面化学需氧量", "氨氮", "总磷浓度"]) == ""
    assert shared_act(["入河断面化学需氧量", "氨氮"]) == ""


def test_acts_written_before_a_list_are_still_shared() -> None:
    assert shared_act(["合计削减化学需氧量", "氨氮"]) == "合计削减"
    assert shared_act(["减排二氧化硫", "氮氧化物"]) == "减排"
    assert shared_act(["治污染源", "废水"]) == "治"  # one letter before a word of three


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize("site", ["出省", "入河"])
def test_a_list_after_a_sites_modifier_takes_no_act(hant: bool, site: str) -> None:
    text = f"2018年{site}断面化学需氧量、氨氮和总磷浓度分别较2016年降低3.8%、67.3%和48.3%。"
    assert _subject(text, "48.3", hant) == "总磷浓度"
    assert _subject(text, "67.3", hant) == "氨氮浓度"


@pytest.mark.parametrize("hant", [False, True])
def test_a_shared_act_still_names_each_member(hant: bool) -> None:
    text = "2019年全市合计削减化学需氧量、氨氮分别为1.2万吨和0.3万吨。"
    assert _subject(text, "0.3", hant) == "合计削减氨氮"
