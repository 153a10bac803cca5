"""obj31 (issue 13): a measure word without its object, second round.

* The rate of an act (``执行率``, ``办结率``, ``告发率``, ``不合格率``), a growth rate
  (``成长率``), a progress (``办理进度``) and a turnover (``交易额``) are measure heads
  alone (:func:`names_no_object`): they take their object where the text writes it, or
  stay alone, flagged.
* ``所占比例`` is the share of the thing the clause before names
  (``主要噪声源是生活噪声源，所占比例…`` → ``生活噪声源所占比例``).
* A share ``A<figure>，占B的x%`` is named by its part and its whole
  (``Ⅲ类水质断面11个，占总断面数的40%`` → ``Ⅲ类水质断面占总断面数``), not by the whole's
  count word alone.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import figure_row, subject_of

from envindicators.extract._indicators import _share_of_named, _share_of_whole
from envindicators.extract._phrases import names_no_object
from envindicators.units import to_simplified

_NO_OBJECT = "indicator phrase names no object"


@pytest.mark.parametrize(
    "head",
    [
        "执行率",
        "執行率",
        "办结率",
        "告發率",
        "检控率",
        "不合格率",
        "平均成长率",
        "回收率",
        "办理进度",
        "整改进度",
        "交易额",
        "成交額",
    ],
)
def test_act_rates_progress_and_turnover_alone_name_no_object(head: str) -> None:
    assert names_no_object(head)


@pytest.mark.parametrize(
    "phrase",
    [
        "预算执行率",
        "信访件办结率",
        "资源回收率",
        "碳市场交易额",
        "PM2.5年均浓度",
        "优良天数比例",
        "空气质量优良天数比例",
        "罚款金额",
        "污水收集率",
        "所占比例",
    ],
)
def test_a_measure_with_its_object_names_one(phrase: str) -> None:
    assert not names_no_object(phrase)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("2023年，全县秸秆产生量为52万吨，执行率为91.3%。", "91.3%", "秸秆执行率"),
        ("对于城市建筑垃圾，回收率达67.5%。", "67.5%", "城市建筑垃圾回收率"),
    ],
)
def test_an_act_rate_takes_its_object_where_it_is_written(
    text: str, value: str, name: str, hant: bool
) -> None:
    assert subject_of(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "head"),
    [
        ("截至10月底，执行率为91.6%。", "91.6%", "执行率"),
        ("近两年成长率已降至1%。", "1%", "成长率"),
        ("截至目前，办理进度已超过95%。", "95%", "办理进度"),
    ],
)
def test_an_act_rate_without_its_object_stays_alone_and_flagged(
    text: str, value: str, head: str, hant: bool
) -> None:
    row = figure_row(text, value, tables=("observations", "targets"), hant=hant)
    assert to_simplified(str(row["subject"])).endswith(head)
    assert _NO_OBJECT in str(row["note"])
    assert bool(row["needs_review"])
    assert row["confidence"] == "low"


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "影响全市夜间声环境的主要噪声源是交通噪声源，所占比例为43%。",
            "43%",
            "交通噪声源所占比例",
        ),
        ("本季度投诉最多的是餐饮油烟，所占比例为27.5%。", "27.5%", "餐饮油烟所占比例"),
        ("全年工地噪声投诉共1,250件，所占比例为18.2%。", "18.2%", "工地噪声投诉所占比例"),
        ("其中工业固体废物为3,400吨，所占比例为52%。", "52%", "工业固体废物所占比例"),
    ],
)
def test_a_share_said_of_what_the_clause_before_names(
    text: str, value: str, name: str, hant: bool
) -> None:
    assert subject_of(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("排放源以工业源为主，所占比例为60%。", "60%"),  # the clause says something: 为主
        ("全市工业源的排放量最大，所占比例为45%。", "45%"),
        ("全年受理投诉2,000件，所占比例为12%。", "12%"),  # what is counted: an act alone
        ("空气质量持续改善。所占比例为30%。", "30%"),  # another sentence
    ],
)
def test_a_share_said_of_nothing_named_stays_alone_and_flagged(
    text: str, value: str, hant: bool
) -> None:
    row = figure_row(text, value, tables=("observations", "targets"), hant=hant)
    assert to_simplified(str(row["subject"])) == "所占比例"
    assert _NO_OBJECT in str(row["note"])
    assert bool(row["needs_review"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "全市累计关停化工企业21家，占全年38家关停任务的55%。",
            "55%",
            "关停化工企业占全年38家关停任务",
        ),
        ("罚款累计2192万元，占总额34%。", "34%", "罚款占总额"),
        (
            "今年完成改造的燃煤锅炉86台，约占全省锅炉总数12.6%。",
            "12.6%",
            "完成改造的燃煤锅炉占全省锅炉总数",
        ),
    ],
)
def test_a_share_is_named_by_its_part_and_its_whole(
    text: str, value: str, name: str, hant: bool
) -> None:
    assert subject_of(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # the part is named in the share's own clause
        ("去年新车销量120万辆，电动车占新车销量的30%。", "30%", "电动车"),
        # 占比 is a share word, not the verb of a share
        ("全市工业增加值1.2万亿元，第二产业占比为47%。", "47%", "第二产业占比"),
    ],
)
def test_a_share_with_its_part_in_its_own_clause_is_not_renamed(
    text: str, value: str, name: str, hant: bool
) -> None:
    assert subject_of(text, value, hant=hant).startswith(name)


def test_a_share_after_a_class_alone_takes_no_part() -> None:
    empty = pd.DataFrame({"start": [], "end": []})
    text = "Ⅱ类水质断面11个，Ⅲ类8个，占总数的40%"
    at = text.index("Ⅲ类")
    figs = pd.DataFrame({"start": [6, at + 2], "end": [9, at + 4]})
    cs = text.index("占")
    assert _share_of_whole("总数", text, 0, cs, text.index("40"), empty, empty, figs) is None


def test_a_share_after_a_figure_of_another_sentence_takes_no_part() -> None:
    empty = pd.DataFrame({"start": [], "end": []})
    text = "关停化工企业21家。占总数的40%"
    figs = pd.DataFrame({"start": [6], "end": [9]})
    ss = text.index("占")
    assert _share_of_whole("总数", text, ss, ss, text.index("40"), empty, empty, figs) is None


def test_a_share_with_words_before_it_is_not_of_the_clause_before() -> None:
    text = "主要噪声源是生活噪声源，其中所占比例为50%"
    assert _share_of_named("所占比例", text, 0, text.index("其")) is None


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # a ranking's frame before the part's figure: the frame's words are no name
        ("各类投诉以工业类最多为320件，占总件数之35%。", "35%", "占总件数"),
        # … and where the frame names the member ranked (第二位为X有), np34 names the share
        # by it (``<part>占<whole>``, convention (b) of the hand checks)
        ("第二位为噪音有1,200件，占总件数12%。", "12%", "噪音占总件数"),
        # a percentage and a list between the 占 and the phrase: no whole named
        ("已完成调查1,174件占68.7%【满意91.5%、尚可3.5%】。", "3.5%", "(no measure named) 尚可"),
    ],
)
def test_a_share_after_a_ranking_or_a_list_is_not_renamed(
    text: str, value: str, name: str, hant: bool
) -> None:
    assert subject_of(text, value, hant=hant) == name
