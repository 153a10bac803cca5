"""np44 (issue 13): proposed phrases — a substance alone named for the amount cut.

A plan or a measure lists the amounts of pollutants it cuts under one verb of reduction
(``预计可减排化学需氧量2000吨、氨氮150吨``, ``累计削减量成果PM10为43.7公吨/年、PM2.5为5.86公吨/年``,
``削减二氧化硫2.63万吨,烟粉尘2.13万吨``): the figure's phrase was the substance alone
(``氨氮``, hand check 32 row 92), which names no measure.  ``_indicators._substance_cut``
names the cut: the substance and the act's amount as written (``氨氮减排量``,
``PM2.5削减量``, ``烟粉尘削减量``).  A sentence whose last act is an emission (the
emissions' total, of a registry row), a unit of no mass, or words more than a substance are
left.
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import _substance_cut
from envindicators.units import to_simplified


def _subjects(text: str, figure: str) -> list[str]:
    """The subjects of the rows whose figure, in simplified script, is ``figure`` (fails
    listing the rows if none is)."""
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert len(rows) >= 1, f[["value_text", "indicator", "subject"]]
    assert all(str(i).startswith("proposed_") for i in rows["indicator"])
    return [to_simplified(str(s)) for s in rows["subject"]]


CUTS = [
    ("预计可减排化学需氧量2000吨、氨氮150吨、二氧化硫1400吨。", "150吨", "氨氮减排量"),
    ("预计可减排化学需氧量2000吨、氨氮150吨、二氧化硫1400吨。", "1400吨", "二氧化硫减排量"),
    (
        "102年至106年累计削减量成果PM10为43.7公吨/年、PM2.5为5.86公吨/年。",
        "5.86公吨/年",
        "PM2.5削减量",
    ),
    ("共计淘汰改造675台,削减二氧化硫2.63万吨,烟粉尘2.13万吨。", "2.13万吨", "烟粉尘削减量"),
    ("预计减少硫氧化物3664吨、氮氧化物6939吨。", "6939吨", "氮氧化物减少量"),
    ("合计共削减TSP 115公吨、PM10 20公吨、PM2.5 5公吨。", "5公吨", "PM2.5削减量"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "subject"), CUTS)
def test_substance_alone_named_for_its_cut(
    text: str, figure: str, subject: str, script: str
) -> None:
    if script == "traditional":
        text = to_traditional(text)
    assert _subjects(text, figure) == [subject]


KEPT = [
    # the last act is an emission: the emissions' total, no cut
    ("2017年全国水污染物排放量情况为:化学需氧量2143.98万吨,总氮304.14万吨。", "304.14万吨", "减"),
    # a concentration, no amount
    ("削减措施实施后,总磷浓度为0.35毫克/升,氨氮0.6毫克/升。", "0.6毫克/升", "量"),
    # no act of reduction in the sentence
    ("2017年全国大气污染物情况为:氮氧化物1785.22万吨,颗粒物1684.05万吨。", "1684.05万吨", "量"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "figure", "absent"), KEPT)
def test_no_cut_named_without_a_cut(text: str, figure: str, absent: str, script: str) -> None:
    if script == "traditional":
        text = to_traditional(text)
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert len(rows) >= 1, f[["value_text", "indicator", "subject"]]
    for s in rows["subject"]:
        assert not str(s).endswith(("减排量", "削减量", "减少量", "減排量", "削減量", "減少量"))
        assert absent not in to_simplified(str(s))


@pytest.mark.parametrize(
    ("phrase", "text", "figure", "unit", "expected"),
    [
        ("氨氮", "预计可减排化学需氧量2000吨、氨氮150吨", "150", "吨", "氨氮减排量"),
        ("氨氮", "預計可減排化學需氧量2000噸、氨氮150噸", "150", "吨", "氨氮減排量"),
        ("SOx", "SOx減量194.4公噸", "194", "吨", "SOx減量"),
        ("氨氮", "预计可减排化学需氧量2000吨、氨氮150吨", "150", "%", None),  # no mass
        ("工业二氧化硫", "削减工业二氧化硫150吨", "150", "吨", None),  # more than a substance
        ("二氧化硫", "削减后二氧化硫排放150吨", "150", "吨", None),  # last act an emission
        ("生活", "削减生活150吨", "150", "吨", None),  # a sector, no substance
    ],
)
def test_substance_cut_helper(
    phrase: str, text: str, figure: str, unit: str, expected: str | None
) -> None:
    assert _substance_cut(phrase, text, 0, text.index(figure), unit) == expected
