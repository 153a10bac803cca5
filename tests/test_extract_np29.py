"""np29 (issue 13): the levels of a series (由A降至B, 2019年A、2020年B) are of the measure
named before it.

``X占比，由108年7.9%降至111年5.5%``: the words between the series' opener and its figures
are times and the verb of the move; they name no measure (the figures were named
``(no measure named) 降至111年``).  Both figures take the measure named before the opener.
"""

import re

import pandas as pd
import pytest

from envindicators.extract import read_report
from envindicators.extract._indicators import _series_measure


def _subjects(text: str) -> dict[str, str]:
    """The subject of each figure of ``text`` (observations and targets: the role of a
    series' last point is not at issue here), by its written value."""
    tables = read_report(text)
    rows = pd.concat([tables.observations, tables.targets])
    return dict(zip(rows["value_text"], rows["subject"], strict=False))


@pytest.mark.parametrize(
    ("text", "values", "measure"),
    [
        # the measure in the clause before the opener (traditional script, 民国 years)
        ("本縣AQI>100占比，由108年7.9%降至111年5.5%。", ("7.9%", "5.5%"), "AQI>100占比"),
        # the measure right before the opener, in the series' own clause
        (
            "四座焚化爐垃圾焚化量由107年150萬公噸降至110年的131萬公噸。",
            ("150萬公噸", "131萬公噸"),
            "焚化爐垃圾焚化量",
        ),
        ("全省PM2.5超标天数比例自2016年12.5%下降至2019年8.1%。", ("12.5%", "8.1%"), "比例"),
        # no time at either point, adverbs before the move
        (
            "纸类和纸容器的总量从约196万公吨大幅增长到310万公吨。",
            ("约196万公吨", "310万公吨"),
            "纸类和纸容器的总量",
        ),
        (
            "一般廢棄物回收率自111年的55.1%，微幅成長為112年的57.8%。",
            ("55.1%", "57.8%"),
            "一般廢棄物回收率",
        ),
        # the series opens its clause after words of no name (已由)
        (
            "PM10年均濃度，已由2013年的68微克降至2020年的41微克。",
            ("68微克", "41微克"),
            "PM10年均濃度",
        ),
    ],
)
def test_both_levels_of_a_series_take_the_measure_before_it(
    text: str, values: tuple[str, str], measure: str
) -> None:
    subjects = _subjects(text)
    for value in values:
        assert measure in subjects[value]
        assert not subjects[value].startswith("(no measure named)")
        assert "至" not in subjects[value]
        assert re.search(r"(?<![A-Za-z\d])\d{2,4}年", subjects[value]) is None  # no time


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a place before the series, no measure: nothing is taken for one
        ("高屏空品區由96年度的8.6%降低至97年度的5.9%。", "5.9%"),
        # a level of its own before the opener: its words are no name alone
        ("臺南市不良日比率為28.4%，自103年40.4%下降至106年28.4%。", "40.4%"),
    ],
)
def test_a_series_without_a_measure_before_it_names_none(text: str, value: str) -> None:
    figures = read_report(text).observations
    row = figures[figures["value_text"] == value].iloc[0]
    assert "空品" not in row["subject"]
    assert "28.4" not in row["subject"]


def _figures(text: str, *values: str) -> pd.DataFrame:
    spans = [(text.index(v), text.index(v) + len(v)) for v in values]
    return pd.DataFrame(spans, columns=["start", "end"])


def test_series_measure_reads_both_points() -> None:
    text = "全市污水处理率由2015年的85%提高到2020年的95%。"
    figs = _figures(text, "85%", "95%")
    for s, e in figs.itertuples(index=False):
        assert _series_measure(text, s, e, figs) == "污水处理率"


@pytest.mark.parametrize(
    ("text", "value", "others"),
    [
        # 由 opens who did something, no series: no move to a second figure
        ("该项目总投资量由3家企业承担。", "3家", ()),
        # a move without a second figure after it
        ("二氧化硫排放量由2015年12万吨下降明显。", "12万吨", ()),
        # words other than a time between the opener and the first figure
        ("排放量由重点企业8万吨降至6万吨。", "6万吨", ("8万吨",)),
        # no opener: a figure and its own measure
        ("臭氧浓度为108微克/立方米，同比下降5%。", "108微克/立方米", ("5%",)),
        # the opener in the sentence before
        ("排放量由各地统计。2020年5万吨降至4万吨。", "4万吨", ("5万吨",)),
    ],
)
def test_no_series_is_read_where_none_is_written(
    text: str, value: str, others: tuple[str, ...]
) -> None:
    figs = _figures(text, value, *others)
    s = text.index(value)
    assert _series_measure(text, s, s + len(value), figs) is None


def test_a_series_two_sentences_long_is_not_read() -> None:
    text = "垃圾回收率由2018年的40%。提高到2020年的50%。"
    figs = _figures(text, "40%", "50%")
    s = text.index("50%")
    assert _series_measure(text, s, s + 3, figs) is None


@pytest.mark.parametrize(
    ("text", "values", "measure"),
    [
        # points joined by list marks after an opener, then the move
        (
            "酸雨频率，由2016年12.1%及2017年11.5%降低至2018年9.8%。",
            ("12.1%", "11.5%", "9.8%"),
            "酸雨频率",
        ),
        (
            "台中市PM2.5年均濃度逐年下降，從103年29微克、104年25.2微克，再降至105年21.6微克。",
            ("29微克", "25.2微克", "21.6微克"),
            "PM2.5年均濃度",
        ),
        # a clause of times and figures only, no opener: each point needs its time
        (
            "全市臭氧超标天数，2019年12天、2020年9天、2021年5天。",
            ("12天", "9天", "5天"),
            "臭氧超标天数",
        ),
        ("南區空品不良率：1月3.2%、2月4.1%、3月2.6%。", ("3.2%", "4.1%", "2.6%"), "不良率"),
    ],
)
def test_every_point_of_a_listed_series_takes_the_measure(
    text: str, values: tuple[str, str, str], measure: str
) -> None:
    subjects = _subjects(text)
    for value in values:
        assert measure in subjects[value]
        assert not subjects[value].startswith("(no measure named)")


@pytest.mark.parametrize(
    ("text", "value", "others"),
    [
        # a clause of one time and figure: no second point, no series
        ("重点企业12家，2020年新增5家。", "5家", ("12家",)),
        # times without figures between: a point needs its own figure
        ("污水处理率，2019年和2020年均为95%。", "95%", ()),
        # a list of places, not of times: no series of this kind
        ("PM2.5浓度，甲区35微克、乙区40微克。", "40微克", ("35微克",)),
    ],
)
def test_no_listed_series_where_no_points_are_written(
    text: str, value: str, others: tuple[str, ...]
) -> None:
    figs = _figures(text, value, *others)
    s = text.index(value)
    assert _series_measure(text, s, s + len(value), figs) is None
