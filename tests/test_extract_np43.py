"""np43 (issue 13): proposed phrases — a category's name where the text names the measure.

* a topic of a split of petitions written with the word of its kind
  (``生态破坏类34件``, ``辐射污染2件``, ``涉水類17件``: ``_indicators.a_petition_topic``)
  is a topic as much as the medium alone: the count is a part of the petitions handled,
  ``信访件（生态破坏类）`` (was the proposed phrase ``生态破坏类``, the category's name); a
  topic of more words, a pollution type of other words or a coordination of categories is
  left;
* a class's name alone as a member of a list whose header names the measure
  (``整改完成率依次为:环境目标考核类100%、…、决策部署贯彻落实类97.5%``:
  ``_indicators._category_of_header``) is named by the class and the header's measure,
  ``决策部署贯彻落实类整改完成率`` (was the class's name); a header naming no measure
  (``分为``, ``从高到低依次为``) or members of another kind (places) are left;
* a count of the part of a set that did an act (``876个…断面点位中,825个全年均达标``:
  ``_indicators._part_of_set``), whose words are the act alone (``(no measure named) 达标``),
  is named by the set and the act: ``…断面点位全年均达标``; a part inside a bracket
  (``19件(其中8件…``) or a set in another measure word is left.
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import (
    _category_of_header,
    _part_of_set,
    a_petition_topic,
)
from envindicators.units import to_simplified


def _rows(text: str, figure: str) -> list[tuple[str, str]]:
    """The (indicator, subject) of the rows whose figure, in simplified script, is
    ``figure`` (fails listing the rows if none is)."""
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert len(rows) >= 1, f[["value_text", "indicator", "subject"]]
    return [(str(i), str(s)) for i, s in zip(rows["indicator"], rows["subject"], strict=True)]


def _both(cases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each case in simplified script and in traditional script."""
    return [*cases, *((to_traditional(t), f, to_traditional(s)) for t, f, s in cases)]


# --- a petition topic with the word of its kind ---------------------------------------------

_JIANGXI = (
    "江西省第十三批信访件共165件,按照污染类型划分为,大气污染52件,水污染39件,"
    "生态破坏类34件,噪音污染18件,辐射污染2件,其他污染6件。"
)
_JIAXING = "嘉兴市8月受理信访件共128件,其中涉水类17件,涉气类92件,涉噪声类13件,涉固废类6件。"
_XINJIANG = (
    "督察组向新疆转办第二十七批信访件104件,从污染类型来看,涉及大气类25件、噪声类21件、"
    "固废类18件,扬尘类和油烟类各12件,水污染类和生态类各6件,其他类2件。"
)

_TOPICS = [
    (_JIANGXI, "34件", "信访件（生态破坏类）"),
    (_JIANGXI, "2件", "信访件（辐射污染）"),
    (_JIAXING, "17件", "信访件（涉水类）"),
    (_JIAXING, "92件", "信访件（涉气类）"),
    (_JIAXING, "13件", "信访件（涉噪声类）"),
    (_JIAXING, "6件", "信访件（涉固废类）"),
    (_XINJIANG, "18件", "信访件（固废类）"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), _both(_TOPICS))
def test_a_topic_with_its_kind_word_is_a_part_of_the_petitions(
    text: str, figure: str, subject: str
) -> None:
    assert ("petitions_handled", subject) in _rows(text, figure)


@pytest.mark.parametrize(
    "words", ["生态破坏类", "辐射污染", "涉水类", "涉气类", "涉固废类", "固废类", "噪声问题"]
)
def test_a_petition_topic(words: str) -> None:
    assert a_petition_topic(words)


@pytest.mark.parametrize(
    "words",
    ["水污染类和生态类", "工业废气污染", "涉及", "污染", "气", "气类", "重点", "生态环境局"],
)
def test_no_petition_topic(words: str) -> None:
    assert not a_petition_topic(words)


_NOT_PETITIONS = [
    # a split of the cases filed (no petitions): the topic names no petitions
    (
        "全年立案查处环境违法案件56件,其中生态破坏类12件,辐射污染3件。",
        "12件",
    ),
    # a coordination of topics with 各: no one topic's own count
    (_XINJIANG, "6件"),
]


@pytest.mark.parametrize(
    ("text", "figure"),
    [*_NOT_PETITIONS, *((to_traditional(t), f) for t, f in _NOT_PETITIONS)],
)
def test_no_petitions_without_a_petitions_whole(text: str, figure: str) -> None:
    assert all(code != "petitions_handled" for code, _ in _rows(text, figure))


# --- a class's name in a list whose header names the measure -------------------------------

_SICHUAN = (
    "截至今年3月底,四川省按9大类分类统计,整改完成率依次为:环境目标考核类100%、"
    "污染源类99.5%、其他类98.5%、决策部署贯彻落实类97.5%、环境质量类78.2%。"
)
_CLASSES = [
    (_SICHUAN, "100%", "环境目标考核类整改完成率"),
    (_SICHUAN, "98.5%", "其他类整改完成率"),
    (_SICHUAN, "97.5%", "决策部署贯彻落实类整改完成率"),
    (_SICHUAN, "78.2%", "环境质量类整改完成率"),
    (
        "截至年底,问题办结率分别是:生态类96.1%、水污染类88.4%。",
        "88.4%",
        "水污染类问题办结率",
    ),
]


@pytest.mark.parametrize(("text", "figure", "subject"), _both(_CLASSES))
def test_a_class_takes_the_measure_its_list_header_names(
    text: str, figure: str, subject: str
) -> None:
    assert subject in [s for _, s in _rows(text, figure)]


_NO_HEADER_MEASURE = [
    # 分为: the header names the split, no measure
    ("全省问题按照污染类型分为:大气类25个、噪声类21个。", "21个", "噪声类"),
    # 从高到低依次为 with no measure before it
    ("按类型从高到低依次为:大气类25个、噪声类21个。", "21个", "噪声类"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), _both(_NO_HEADER_MEASURE))
def test_a_class_without_a_measure_in_its_header_is_left(
    text: str, figure: str, subject: str
) -> None:
    assert all(not s.endswith(("率", "比例", "数")) for _, s in _rows(text, figure))


@pytest.mark.parametrize(
    ("words", "text", "figure"),
    [
        # a member of another kind between the header and the figure (a place)
        ("其他类", "整改完成率依次为:成都市100%、其他类98.5%", "98.5"),
        # the class written elsewhere, not right before its figure
        ("其他类", "其他类整改完成率依次为:成都市100%、绵阳市98.5%", "98.5"),
        # no words that open the members
        ("其他类", "整改完成率较高的是其他类98.5%", "98.5"),
    ],
)
def test_category_of_header_left(words: str, text: str, figure: str) -> None:
    assert _category_of_header(words, text, 0, text.index(figure)) is None
    assert (
        _category_of_header(to_traditional(words), to_traditional(text), 0, text.index(figure))
        is None
    )


# --- the part of a set named by its act ------------------------------------------------------

_SETS = [
    (
        "饮用水水源方面,2021年监测的876个地级及以上城市在用集中式生活饮用水水源断面点位中,"
        "825个全年均达标,占94.2%。",
        "825个",
        "地级及以上城市在用集中式生活饮用水水源断面点位全年均达标",
    ),
    (
        "地级及以上城市897个在用集中式生活饮用水水源监测断面(点位)中,有811个全年均达标,占90.4%。",
        "811个",
        "在用集中式生活饮用水水源监测断面(点位)全年均达标",
    ),
    (
        "247个“十一五”总量削减责任书确定的水质目标考核断面中,187个达到2010年要求。",
        "187个",
        "“十一五”总量削减责任书确定的水质目标考核断面达到2010年要求",
    ),
]


@pytest.mark.parametrize(("text", "figure", "subject"), _both(_SETS))
def test_a_part_of_a_set_is_named_by_the_set_and_its_act(
    text: str, figure: str, subject: str
) -> None:
    assert subject in [s for _, s in _rows(text, figure)]


_NOT_SETS = [
    # a part inside a bracket after its whole (其中): no set (was named ``(其其中``)
    ("中央督察组交办件累计75件:钟山19件(其中8件重复投诉钟山稀土开采问题)。", "8件", "(其"),
    # the act of a part written after another part of the set: the set is not right before
    ("247个水质目标考核断面中,187个达到2010年要求,60个未达到。", "60个", "考核断面未达到"),
]


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [*_NOT_SETS, *((to_traditional(t), f, to_traditional(w)) for t, f, w in _NOT_SETS)],
)
def test_no_set_named_without_one_right_before(text: str, figure: str, words: str) -> None:
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert not any(words in str(s) for s in rows["subject"])


def test_a_set_part_is_proposed_never_the_sets_registry_row() -> None:
    text = "247个水质目标考核断面中,187个达到2010年要求。"
    rows = _rows(text, "187个")
    assert ("monitored_sections", "水质目标考核断面达到2010年要求") not in rows
    assert any(s == "水质目标考核断面达到2010年要求" and c.startswith("proposed_") for c, s in rows)


def test_part_of_set_keeps_a_phrase_with_a_noun() -> None:
    t = "876个断面中,825个断面全年均达标"
    s = t.index("825")
    kept = _part_of_set("断面全年均达标", [], "个", t, 0, s, s + 4, len(t))
    assert kept == ("断面全年均达标", [])
