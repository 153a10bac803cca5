"""np30 (issue 13): a measure word alone takes its object from where the text writes it.

A measure's head alone (``比例``, ``天數``, ``處置率``, ``Ⅱ类``: :func:`names_no_object`)
names no object; the object is written

* before a class bound that cut the phrase (``空氣品質不良(AQI>100)天數``, ``AQI>150比例``);
* before a count whose share 之/的 names (``以噪音陳情1,200件次之比例最高``);
* after an earlier count whose things the class is of (``18个地表水断面，Ⅱ类12个``);
* in a topic clause opening the sentence (``对于工业固体废物，综合利用率…``).

Where none is written the head stays alone, flagged.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.report_rows import figure_row, subject_of

from envindicators.extract._indicators import _class_counted, _object_in_clause, _object_of_frame
from envindicators.extract._phrases import names_no_object
from envindicators.units import to_simplified


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("2022年全市空气质量超标(AQI>100)天数为31天。", "31天", "空气质量超标(AQI>100)天数"),
        ("112年AQI>150比例为0.6%，空气品质持续改善。", "0.6%", "AQI>150比例"),
        ("本县空气污染指标(AQI)>150之日数为3天。", "3天", "空气污染指标(AQI)>150之日数"),
        ("今年AQI=101~150比率约占7%。", "7%", "AQI=101~150比率"),
        ("全年PM2.5日均值>35的比例为12.4%。", "12.4%", "PM2.5日均值>35的比例"),
    ],
)
def test_a_measure_after_a_class_bound_is_of_the_class(
    text: str, value: str, name: str, hant: bool
) -> None:
    assert subject_of(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("受理陈情案件中，以噪音陈情1,200件次之比例最高(40.1%)。", "40.1%", "噪音陈情比例"),
        ("在各类案件中，以工业类案件320件的比例最高(35.2%)。", "35.2%", "工业类案件比例"),
        ("陈情案件类别以噪音达1,865件之比例最高(41.5%)。", "41.5%", "噪音比例"),
    ],
)
def test_a_share_after_a_count_is_of_what_it_counts(
    text: str, value: str, name: str, hant: bool
) -> None:
    assert subject_of(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("上月共监测14个湖库点位，其中Ⅱ类水质的有9个，Ⅲ类水质5个。", "9个", "Ⅱ类水质湖库点位"),
        ("上月共监测14个湖库点位，其中Ⅱ类水质的有9个，Ⅲ类水质5个。", "5个", "Ⅲ类水质湖库点位"),
        ("全县38个水质监测点位，其中Ⅱ类水质的有20个，Ⅲ类水质18个。", "20个", "Ⅱ类水质监测点位"),
        ("全县38个水质监测点位，其中Ⅱ类水质的有20个，Ⅲ类水质18个。", "18个", "Ⅲ类水质监测点位"),
    ],
)
def test_a_class_counted_is_of_the_things_counted_before(
    text: str, value: str, name: str, hant: bool
) -> None:
    assert subject_of(text, value, hant=hant) == name


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("对于建筑垃圾，处置率达到60.2%。", "60.2%", "建筑垃圾处置率"),
        ("对于城市生活垃圾，处置率达97.4%。", "97.4%", "城市生活垃圾处置率"),
        ("餐厨垃圾方面，处理率为41.3%。", "41.3%", "餐厨垃圾处理率"),
    ],
)
def test_a_head_takes_the_topic_that_opens_its_sentence(
    text: str, value: str, name: str, hant: bool
) -> None:
    assert subject_of(text, value, hant=hant) == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # full measures keep their phrase
        ("2023年全市PM2.5年均浓度为31微克/立方米。", "31微克", "PM2.5年均浓度"),
        ("2023年全市优良天数比例为92.1%。", "92.1%", "优良天数比例"),
        ("2023年AQI>100的天数为20天，空气质量优良天数比例为94.5%。", "94.5%", "优良天数比例"),
    ],
)
def test_a_full_measure_keeps_its_phrase(text: str, value: str, name: str) -> None:
    assert name in subject_of(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the bound is in another clause
        ("2023年AQI>100的天数为20天，比例为5.5%。", "5.5%"),
        # a share after a time, no count
        ("2022年的比例为5.1%。", "5.1%"),
        # a class without an earlier count
        ("Ⅱ类10个，Ⅲ类9个。", "10个"),
        # a topic in another sentence
        ("对于工业固体废物，今年加强了监管。达标率为95.3%。", "95.3%"),
        # a clause saying something is no topic
        ("路边情况更严重，平均浓度为每立方米82微克。", "82微克"),
        ("扬尘管制亦有相当成效，削减率达61.6%。", "61.6%"),
        # a topic naming a measure itself
        ("废物资源回收率方面，去年的比率仅有16.8%。", "16.8%"),
    ],
)
def test_no_object_written_leaves_the_head_alone_and_flagged(text: str, value: str) -> None:
    row = figure_row(text, value, tables=("observations", "targets"))
    subject = to_simplified(str(row["subject"]))
    assert names_no_object(subject), subject
    assert bool(row["needs_review"])
    assert row["confidence"] == "low"


def test_the_helpers_need_the_words_they_take() -> None:
    empty = pd.DataFrame({"start": [], "end": [], "unit": []})
    text = "AQI>100的天数为20天，比例为5.5%"
    at = text.index("5.5")
    assert _object_in_clause("比例", text, text.index("比"), at, empty, empty, empty) is None
    text = "空气质量(AQI>100|天数为20天"
    assert _object_in_clause("天数", text, 0, text.index("20"), empty, empty, empty) is None
    text = "对于工业固体废物，达标率为95%"
    assert _object_of_frame(text, 0, text.index("达"), "达标率") is not None
    assert _class_counted("Ⅱ类", "Ⅱ类10个", 0, 0, empty, "个") is None
    # two things counted before the class: which one it is of is a guess
    text = "全市有12个湖库、30个断面，Ⅱ类10个"
    counts = pd.DataFrame(
        {
            "start": [text.index("12"), text.index("30")],
            "end": [text.index("湖"), text.index("断")],
            "unit": ["个", "个"],
        }
    )
    assert _class_counted("Ⅱ类", text, 0, text.index("Ⅱ"), counts, "个") is None
    # a bound with neither an index nor words before it: of what?
    text = "＞100的比例为5.2%"
    assert _object_in_clause("比例", text, 0, text.index("5.2"), empty, empty, empty) is None
