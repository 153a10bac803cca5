"""np46 (issue 13): proposed phrases — a rule broken without its cases, a list item's number.

Hand check 33's wrong proposed phrases of this class, each by its general cause:

* a count of cases named by the rule broken alone (``在被定罪的個案中,違反《空氣污染管制條例》
  的有14宗`` → ``違反《空氣污染管制條例》``, row 99; checks 18 and 31 the same): the rule names
  no measure — ``_indicators._cases_of_rule`` names the cases by the set the report writes
  before them (``違反《空氣污染管制條例》被定罪的個案``), proposed, never the set's registry
  row (a part, convention (a));
* a phrase that keeps a list item's number (``三、每月篩選…``, row 73; ``2. 重污染天数``,
  ``三、 陳情案件品質提升 (1) 完成專責人員教育訓練``) — ``_phrases._after_item_number``, read by
  ``tidy_phrase``: the words after the last item's number;
* a verbal noun alone before a count, its object written after the count (``輔導|15件噪音陳情
  案件``: the verb without its object, rows 16/72's class) — ``_indicators._noun_after_no_noun``
  reads one verbal noun (jieba's ``vn``) as the act, as it reads a verb.
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import _cases_of_rule
from envindicators.extract._phrases import _after_item_number, tidy_phrase
from envindicators.units import to_simplified


def _rows(text: str, figure: str) -> list[tuple[str, str]]:
    """The (indicator, subject simplified) of the rows whose figure, in simplified script,
    is ``figure`` (fails listing the rows if none is)."""
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert len(rows) >= 1, f[["value_text", "indicator", "subject"]]
    return [
        (str(i), to_simplified(str(s)))
        for i, s in zip(rows["indicator"], rows["subject"], strict=True)
    ]


def _script(text: str, script: str) -> str:
    return to_traditional(text) if script == "traditional" else text


LEAD = "二○一五年十二月份因触犯环境保护署执行的管制条例,被法庭定罪的个案共有51宗。\n\n"

CASES = [
    (
        LEAD + "在被定罪的个案中,违反《空气污染管制条例》的有14宗;"
        "违反《噪音管制条例》的个案有四宗。",
        "14宗",
        "违反《空气污染管制条例》被定罪的个案",
    ),
    (
        LEAD + "在被检控的个案中,违反《空气污染管制条例》的共有六宗;"
        "违反《噪音管制条例》的个案有两宗。",
        "六宗",
        "违反《空气污染管制条例》被检控的个案",
    ),
    (
        "环境保护署今日公布,9月份共有41宗因触犯管制污染条例,被法庭定罪的个案。\n\n"
        "其中26宗违反《空气污染管制条例》、7宗违反《噪音管制条例》、6宗违反《废物处置条例》。",
        "7宗",
        "违反《噪音管制条例》被法庭定罪的个案",
    ),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "subject"), CASES)
def test_rule_broken_takes_the_cases_named_before(
    text: str, figure: str, subject: str, script: str
) -> None:
    rows = _rows(_script(text, script), figure)
    assert [s for _, s in rows] == [subject]
    assert all(i.startswith("proposed_") for i, _ in rows)  # a part: never the set's row


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_whole_set_keeps_its_registry_row(script: str) -> None:
    rows = _rows(_script(CASES[0][0], script), "51宗")
    assert rows == [("court_convictions", "被法庭定罪的个案")]


CASES_LEFT = [
    # a noun of its own after the rule: the cases it names
    (CASES[0][0], "四宗", "违反《噪音管制条例》的个案"),
    # no set of cases written before the figure: left
    ("违反《空气污染管制条例》的有14宗。", "14宗", "违反《空气污染管制条例》"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "subject"), CASES_LEFT)
def test_rule_broken_left_where_named_or_no_set(
    text: str, figure: str, subject: str, script: str
) -> None:
    rows = _rows(_script(text, script), figure)
    assert [s for _, s in rows] == [subject]


def test_cases_of_rule_helper() -> None:
    text = "被法庭定罪的個案共有51宗。在被定罪的個案中,違反《空氣污染管制條例》的有14宗"
    s = text.index("14")
    assert _cases_of_rule("違反《空氣污染管制條例》", [], "宗", text, s)[0] == (
        "違反《空氣污染管制條例》被定罪的個案"
    )
    assert _cases_of_rule("觸犯燃料限制規定", [], "件", text, s)[0] == (
        "觸犯燃料限制規定被定罪的個案"
    )
    # a fine is no case; a phrase with a noun after the rule; no rule at all
    assert _cases_of_rule("違反燃料限制規定", [], "港元", text, s)[0] == "違反燃料限制規定"
    assert _cases_of_rule("違反《噪音管制條例》的個案", [], "宗", text, s)[0] == (
        "違反《噪音管制條例》的個案"
    )
    assert _cases_of_rule("罰款", [], "宗", text, s)[0] == "罰款"
    # no set of cases before the figure
    bare = "違反《空氣污染管制條例》的有14宗"
    assert _cases_of_rule("違反《空氣污染管制條例》", [], "宗", bare, bare.index("14"))[0] == (
        "違反《空氣污染管制條例》"
    )


ITEMS = [
    ("2. 重污染天数为12天。", "12天", "重污染天数"),
    (
        "三、 陈情案件品质提升 (1) 完成专责人员教育训练1场次,完成教育训练总时数8小时。",
        "1场次",
        "完成专责人员教育训练",
    ),
    ("(二)空气质量良好日数为158天。", "158天", "空气质量良好日数"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "subject"), ITEMS)
def test_item_number_not_in_the_phrase(text: str, figure: str, subject: str, script: str) -> None:
    rows = _rows(_script(text, script), figure)
    assert [s for _, s in rows] == [subject]


@pytest.mark.parametrize(
    ("phrase", "tidied"),
    [
        ("2. 重污染天数", "重污染天数"),
        ("三、每月筛选县内营建工程缴交空污费用", "每月筛选县内营建工程缴交空污费用"),
        ("(一)协助事业水污染源许可", "协助事业水污染源许可"),
        ("四、 环保署专案计划 (一) 公共污水下水道系统查核", "公共污水下水道系统查核"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_tidy_phrase_cuts_the_item_number(phrase: str, tidied: str, script: str) -> None:
    assert to_simplified(tidy_phrase(_script(phrase, script))) == tidied


@pytest.mark.parametrize(
    "phrase",
    [
        "一、二级城市",  # a list of numerals: the classes
        "PM2.5浓度",  # a decimal in a pollutant's name
        "1、2号机组发电量",  # a list of numbers
        "第(一)阶段",  # a number inside words, no space before it
        "3.",  # nothing left after it
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_after_item_number_negatives(phrase: str, script: str) -> None:
    words = _script(phrase, script)
    assert _after_item_number(words) == words


ACTS = [
    ("2.輔導15件噪音陳情案件,並針對其中5件進行後續追蹤作業。", "15件", "辅导噪音陈情案件"),
    ("今年监测15个测站。", "15个", "监测测站"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "subject"), ACTS)
def test_verbal_noun_takes_the_noun_after_its_count(
    text: str, figure: str, subject: str, script: str
) -> None:
    rows = _rows(_script(text, script), figure)
    assert [s for _, s in rows] == [subject]


ACTS_LEFT = [
    ("本计划辅导15件。", "15件", "计划辅导"),  # no noun after the count: left
    ("空气质量监测点位15个。", "15个", "空气质量监测点位"),  # a noun of its own
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "subject"), ACTS_LEFT)
def test_verbal_noun_left_without_a_noun_after(
    text: str, figure: str, subject: str, script: str
) -> None:
    rows = _rows(_script(text, script), figure)
    assert [s for _, s in rows] == [subject]
