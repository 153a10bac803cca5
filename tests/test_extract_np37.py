"""np37 (issue 13): proposed phrases — a split under asides, organisations, letter grades.

* a split of a count by place (``按地区分布为：长沙市21件、株洲市6件``) finds its whole over
  the sentences between that hold no figure in its unit — shares of types, counts of
  another measure word (``_indicators._figures_back_to_sentence_before`` with the unit):
  the members count the whole's things (petitions), not ``(no measure named) 株洲市``;
* a phrase ending in an agency's or a firm's name (``環保署``, ``楊O企業行``, ``昆O商行``)
  names who, not what is measured (``_segment._ORGANISATION`` of ``names_no_noun``): a
  count after it is named by the noun after its measure word (``五個監測站``: 監測站), else
  the row says that no measure is named;
* a grade written as a letter (``A级``, ``D級``) is a category of a breakdown
  (``_phrases._LETTER_GRADE`` in ``CATEGORY`` and ``CATEGORY_HEAD``): ``A级企业3家、…、
  D级5家`` names the last ``D级企业``, as ``Ⅱ类水质断面20个、Ⅲ类2个`` does.
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._phrases import CATEGORY, CATEGORY_HEAD
from envindicators.extract._segment import is_category, names_no_noun
from envindicators.units import to_simplified

_PETITIONS = "petitions_handled"


def _row(text: str, value: str, hant: bool) -> tuple[str, str, str, bool]:
    """The indicator, subject, region (simplified) and review flag of the first row of any
    table (observations, targets, context) whose figure holds ``value``."""
    rows = read_report(to_traditional(text) if hant else text, source="x.txt").figures()
    hit = rows[rows["value_text"].map(to_simplified).str.contains(value, regex=False)]
    assert len(hit) >= 1, rows[["value_text", "subject"]]
    row = hit.iloc[0]
    return (
        str(row["indicator"]),
        to_simplified(str(row["subject"])),
        to_simplified(str(row["region"])),
        bool(row["needs_review"]),
    )


# ------------------------------------------------------------ a split under asides

_HUNAN = (
    "今日，中央第四生态环境保护督察组向湖南转办第十三批群众信访举报件131件。"
    "在第十三批131件群众举报件中，从污染类型来看，大气污染方面的举报最多，占36.4%；"
    "其次是水、噪声，分别占23.4%、16.7%。"
    "按地区分布为：长沙市21件、株洲市6件、湘潭市8件。"
)
_GUIZHOU = (
    "中央第四生态环境保护督察组向贵州移交第十七批次信访事项共82件，其中群众来电60件、"
    "来信22件。投诉比较集中的主要是大气污染问题，共29个；涉及水、噪音问题分别为18个、27个。"
    "\n从分布区域上看，贵阳市25件、遵义市13件、六盘水市4件。"
)
_ANHUI = (
    "省第二生态环境保护督察组向合肥市交办第五批信访举报件共46件。"
    "从污染类型看，大气污染占40.2%。"
    "按区域分布为：瑶海区20件、庐阳区15件、蜀山区11件。"
)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "region"),
    [
        (_HUNAN, "6件", "株洲市"),
        (_HUNAN, "21件", "长沙市"),
        (_GUIZHOU, "13件", "遵义市"),
        (_GUIZHOU, "4件", "六盘水市"),
        (_ANHUI, "15件", "庐阳区"),
    ],
)
def test_a_split_finds_its_whole_over_asides_of_other_units(
    text: str, value: str, region: str, hant: bool
) -> None:
    indicator, subject, where, review = _row(text, value, hant)
    assert indicator == _PETITIONS
    assert "(no measure named)" not in subject
    assert "件" in subject or "信访" in subject or "举报" in subject  # the petitions' name
    assert region in where  # the place is the row's region, not its name
    assert region not in subject
    assert review


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the asides are in another paragraph: the reach stops at the paragraph's end
        (
            "督察组向我省交办信访件50件。\n大气污染占40%。\n按区域划分，瑶海区5件、庐阳区4件。",
            "5件",
        ),
        # three sentences of asides: beyond the reach
        (
            "督察组向我省交办信访件50件。大气污染占40%。水污染占30%。噪声占20%。"
            "按区域划分，瑶海区5件、庐阳区4件。",
            "5件",
        ),
        # the count reached is no petitions' (cases filed), and no petition is named
        (
            "全市共查处环境违法案件30件。其中大气类占40%。按区域划分，瑶海区10件、庐阳区8件。",
            "10件",
        ),
    ],
)
def test_a_split_beyond_the_reach_or_of_other_things_is_no_petitions(
    text: str, value: str, hant: bool
) -> None:
    indicator, _, _, _ = _row(text, value, hant)
    assert indicator != _PETITIONS


# ------------------------------------------------------------ organisations


@pytest.mark.parametrize(
    "phrase",
    ["環保署", "环境保护署", "行政院環境保護署", "楊O企業行", "昆O商行", "建材集团有限公司"],
)
def test_an_organisation_names_no_noun(phrase: str) -> None:
    assert names_no_noun(phrase)
    assert names_no_noun(to_traditional(phrase))


@pytest.mark.parametrize("phrase", ["工作部署", "协议签署", "环保署监测站", "监测站", "商行数量"])
def test_words_ending_otherwise_name_a_noun(phrase: str) -> None:
    assert not names_no_noun(phrase)
    assert not names_no_noun(to_traditional(phrase))


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "named"),
    [
        (
            "依据环保署设于台北市五个监测站所监测数值显示，92年上半年台北市空气质量不良之"
            "日数百分比为2.21%。",
            "五个",
            "监测站",
        ),
        ("经查，经济部水利署12座水库已完成清淤。", "12座", "水库"),
    ],
)
def test_a_count_after_an_agency_counts_the_noun_after_it(
    text: str, value: str, named: str, hant: bool
) -> None:
    _, subject, _, review = _row(text, value, hant)
    assert subject == named
    assert review


@pytest.mark.parametrize("hant", [False, True])
def test_a_list_of_firms_names_no_measure(hant: bool) -> None:
    text = (
        "計畫完成4件輔導改善與專業諮詢作業，進O公司、浩O公司及楊O企業行3廠家皆為"
        "飼料製造程序，昆O商行為鍋爐蒸氣產生程序。"
    )
    _, subject, _, review = _row(to_simplified(text), "3厂家", hant)
    assert subject.startswith("(no measure named)")  # unsure, and says so
    assert review


# ------------------------------------------------------------ letter grades


@pytest.mark.parametrize("words", ["A级", "D级", "B+级", "D級"])
def test_a_letter_grade_is_a_category(words: str) -> None:
    assert is_category(words)
    assert CATEGORY.fullmatch(to_simplified(words))


@pytest.mark.parametrize("words", ["5A级", "PM级", "AAAA级", "级别"])
def test_other_letters_are_no_grade(words: str) -> None:
    assert not is_category(words)


def test_a_letter_grade_heads_what_it_grades() -> None:
    head = CATEGORY_HEAD.match("A级企业")
    assert head is not None
    assert head.group(0) == "A级"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "named"),
    [
        ("全县共评定A级企业3家、B级企业12家、C级20家、D级5家。", "5家", "D级企业"),
        ("全县共评定A级企业3家、B级企业12家、C级20家、D级5家。", "20家", "C级企业"),
        ("属A级的回收站为2个、B级共5个、C级共1个。", "1个", "C级的回收站"),
    ],
)
def test_a_letter_grade_takes_the_measure_of_the_member_before(
    text: str, value: str, named: str, hant: bool
) -> None:
    _, subject, _, review = _row(text, value, hant)
    assert subject == named
    assert review


@pytest.mark.parametrize("hant", [False, True])
def test_a_scenic_areas_stars_are_no_letter_grade(hant: bool) -> None:
    _, subject, _, _ = _row("全市有5A级景区3个、4A级12个。", "12个", hant)
    assert subject == "4A级"  # as before: no category, the member names itself


# ------------------------------------------------------------ a margin over a target


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "named"),
    [
        (
            "全国地表水Ⅰ—Ⅲ类水质断面比例为87.9%，比2021年上升3.0个百分点，"
            "好于年度目标4.1个百分点。",
            "4.1个百分点",
            "好于年度目标",
        ),
        (
            "339个地级及以上城市细颗粒物(PM2.5)平均浓度为30微克/立方米，好于年度目标近3微克/立方米。",
            "近3微克",
            "PM2.5好于年度目标",
        ),
        (
            "国控考核断面水质优良比例达62.7%，优于年度约束性指标6.1个百分点。",
            "6.1个百分点",
            "水质优良比例优于年度约束性指标",
        ),
    ],
)
def test_a_margin_over_a_target_is_named_by_the_measure_before(
    text: str, value: str, named: str, hant: bool
) -> None:
    indicator, subject, _, review = _row(text, value, hant)
    assert indicator.startswith("proposed_")  # a margin: no value of the measure's row
    assert subject.endswith(named)
    assert len(subject) > len("好于年度目标")  # the measure's words before the comparison
    assert review


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        # a percentage after a target word is the target itself, no margin
        ("95年度全国资源回收率达27.72%，已超过95年度目标值26%。", "26%", "超过95年度目标值"),
        # a figure after other words than the comparison: not the margin
        (
            "优良天数比例为86.8%，好于年度目标0.6个百分点，较2019年同期上升3.5个百分点。",
            "3.5个百分点",
            "",
        ),
    ],
)
def test_other_figures_near_a_target_are_no_margin(
    text: str, value: str, kept: str, hant: bool
) -> None:
    _, subject, _, _ = _row(text, value, hant)
    assert not subject.endswith("好于年度目标")  # the margin's name is the margin's alone
    if kept:
        assert subject == kept
