"""share46 (issue 13): a share named without its share word (convention (b)).

A percentage written with its 占/佔 right after the part it is a share of, and no whole,
is named ``<part>占比`` (``_indicators._share_of_part``, np34's rule); share46 widens
where that rule finds the part and the share:

* a part whose name holds a number that is no figure (``透過1823轉介的個案佔13.1%``), or
  joined by 、/及/和 as one part (``查封、扣押案件498件,占44%``, ``警方及其他政府部門轉介的
  個案佔20.2%``) — a list is only several values after one 占 (``占30%、21%``) or a 分别;
* a part written with pinyin glosses (``生態(tài)破壞28件(占30.8%)``), a part closed by 的
  (``达标的占9.9%``), a part's count after 共 (``無法調查共493件占28.86%``);
* a share in Chinese numerals or tenths (``佔九成``, ``佔八十七％``);
* a share whose figure opens with the share's word itself (``工业源COD排放量占比仅1.4%``,
  ``清潔能源消費占比提高超過6個百分點``): the phrase keeps 占比.
"""

from __future__ import annotations

import pytest
from tests.report_rows import first_figure_row, report_rows

from envindicators.extract._indicators import _share_of_part
from envindicators.units import to_simplified


def _subject(text: str, figure: str, hant: bool) -> str:
    return to_simplified(str(first_figure_row(text, figure, hant=hant)["subject"]))


POSITIVE = [
    # a name's digits are no figure
    (
        "2012年環保署接獲的投訴當中，透過1823轉介的個案佔13.1%。",
        "占13.1%",
        "透过1823转介的个案占比",
    ),
    # one part joined by 及 / 、 / 和
    (
        "2012年環保署接獲的投訴當中，由警方及其他政府部門轉介的個案佔20.2%。",
        "占20.2%",
        "警方及其他政府部门转介的个案占比",
    ),
    ("2020年，全省查封、扣押案件498件，占44%。", "占44%", "查封、扣押案件占比"),
    ("2020年，全国生态质量较差和差占32.6%。", "占32.6%", "生态质量较差和差占比"),
    ("2020年，涉及大气污染信访投诉件占39.80%。", "占39.80%", "涉及大气污染信访投诉件占比"),
    # the part closed by 的, the count after 共
    ("2019年，城市空气质量达标的占9.9%。", "占9.9%", "城市空气质量达标占比"),
    ("2019年，无法调查共493件占28.86%。", "占28.86%", "无法调查占比"),
    # a share in Chinese numerals
    ("2023年本地排放中，其中二氧化碳占九成。", "占九成", "二氧化碳占比"),
    ("2019年，违规丢弃一般废弃物案件占八十七％。", "占八十七％", "违规丢弃一般废弃物案件占比"),
    # the share's word opens the figure
    ("2019年，全省工业源COD排放量占比仅1.4%。", "占比仅1.4%", "工业源COD排放量占比"),
    ("2019年，清洁能源消费占比提高超过6个百分点。", "占比提高超过6个百分点", "清洁能源消费占比"),
]


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(("text", "figure", "name"), POSITIVE)
def test_a_share_is_named_with_its_share_word(
    text: str, figure: str, name: str, hant: bool
) -> None:
    assert _subject(text, figure, hant) == name


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        (
            "2019年，移送涉嫌環(huán)境污染犯罪案件78件，占7%。",
            "占7%",
            "移送涉嫌环境污染犯罪案件占比",
        ),
        (
            "2019年，移送涉嫌环(huán)境污染犯罪案件78件，占7%。",
            "占7%",
            "移送涉嫌环境污染犯罪案件占比",
        ),
        ("2020年，生態(tài)破壞28件(占30.8%)。", "占30.8%", "生态破坏占比"),
    ],
)
def test_a_glossed_part_names_its_share(text: str, figure: str, name: str) -> None:
    assert _subject(text, figure, False) == name


@pytest.mark.parametrize(
    ("phrase", "text", "figure"),
    [
        ("厨余、废纸", "厨余、废纸占30%、20%", "30"),  # several values: a list's shares
        ("农业源和生活源", "农业源和生活源占68.8%和29.7%", "68.8"),  # the same with 和
        ("处置和贮存", "处置和贮存占比21.2%和30.7%", "21.2"),  # after 占比
        ("厨余、废纸", "厨余、废纸分别占30%、20%", "30"),  # 分别
        ("I类、II类", "I类、II类各占2.4%", "2.4"),  # 各
        ("完成调查共1198件", "完成调查共1198件占85%", "85"),  # a figure inside the part
        ("清洁能源消费量", "清洁能源消费量占能源消费总量的16.9%", "16.9"),  # the whole written
        ("PM2.5", "PM2.5占65%", "65"),  # no Chinese word ends the part
        ("优良天数", "优良天数为85%", "85"),  # no 占
        ("达标城市比例", "达标城市比例占比80%", "80"),  # a share named already
    ],
)
def test_no_share_of_one_part_where_a_list_or_no_part(phrase: str, text: str, figure: str) -> None:
    at = text.index(figure)
    s = at - 2 if text[at - 2 : at] in ("占比", "佔比") else at - 1
    assert _share_of_part(phrase, text, s if text[s] in "占佔" else at) is None


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_of_shares_after_one_verb_is_not_one_part(hant: bool) -> None:
    text = "2022年，厨余、废塑胶、废纸分别占30%、21%、20%。"
    subjects = report_rows(text, hant=hant)["subject"].astype(str).map(to_simplified)
    assert not subjects.str.contains("废纸占比").any()
    assert not subjects.str.contains("废塑胶、废纸占比").any()


@pytest.mark.parametrize("hant", [False, True])
def test_a_change_in_points_without_the_share_word_is_left(hant: bool) -> None:
    text = "2016年，全州生活噪声源上升了1.0个百分点。"
    assert not _subject(text, "1.0个百分点", hant).endswith("占比")


@pytest.mark.parametrize("hant", [False, True])
def test_the_part_s_own_count_keeps_its_name(hant: bool) -> None:
    text = "2020年，全省查封、扣押案件498件，占44%。"
    assert not _subject(text, "498件", hant).endswith("占比")


# ------------------------------------------------------------ a share written before its part


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        (
            "2019年，在本澳产生的城市固体废物中，有35.7%为有机物。",
            "35.7%",
            "有机物占比",
        ),
        (
            "2012年环保署接获的投诉当中，52.5%为市民的电话投诉。",
            "52.5%",
            "市民的电话投诉占比",
        ),
        (
            "2020年信访件中，大气类占17.1%，还有7.5%为其他类生态环境问题。",
            "7.5%",
            "其他类生态环境问题占比",
        ),
    ],
)
def test_a_share_written_before_its_part_is_named_as_a_share(
    text: str, figure: str, name: str, hant: bool
) -> None:
    assert _subject(text, figure, hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2019年，全省化学需氧量下降5%，为全国第一。", "5%"),  # a change, words after a comma
        ("2019年，全市优良天数比例为85%。", "85%"),  # the copula before the figure
    ],
)
def test_no_share_before_a_part_where_the_clause_says_more(
    text: str, figure: str, hant: bool
) -> None:
    assert not _subject(text, figure, hant).endswith("占比")


# ------------------------------------------------------------ a part in its own bracket


@pytest.mark.parametrize("hant", [False, True])
def test_a_key_case_part_in_a_place_s_bracket_takes_no_channel(hant: bool) -> None:
    text = (
        "11月18日，吉林省接到督察组移交的第十三批群众信访举报件85件(重点案件22件)，来电85件，"
        "来信0件。其中，长春市39件(重点案件12件)、吉林市10件(重点案件3件)、四平市4件。"
    )
    rows = report_rows(text, hant=hant)
    subjects = rows["subject"].astype(str).map(to_simplified)
    for figure in ("12件", "3件"):
        subject = subjects[rows["written"] == figure].iloc[0]
        assert subject.startswith("重点案件")
        assert "来信" not in subject


@pytest.mark.parametrize("glossed", [False, True])
def test_a_part_after_a_glossed_channel_aside_is_not_the_channel_s(glossed: bool) -> None:
    gloss = "(bào)" if glossed else ""
    text = (
        f"11月1日，督察组向四川移交第十四批群众信访举报{gloss}件197件"
        f"(来电举报{gloss}96件，来信举报{gloss}101件)，其中重点关注15件。"
    )
    rows = report_rows(text)
    subject = to_simplified(str(rows[rows["written"] == "15件"].iloc[0]["subject"]))
    assert subject.startswith("重点关注")
    assert "来信" not in subject


@pytest.mark.parametrize("hant", [False, True])
def test_a_part_after_qizhong_keeps_its_whole_outside_a_bracket(hant: bool) -> None:
    text = "2019年问责共139人。其中，科级干部37人，科级以下干部102人。"
    assert _subject(text, "37人", hant) == "问责科级干部"
