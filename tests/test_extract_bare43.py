"""bare43 (issue 13): a bare word as the phrase where the text names the measure.

* a modifier alone before a count (``重点1件``: ``_phrases.MODIFIER_ALONE``) takes the noun
  it modifies — the head of ``_actions.OBJECT_CLASSES`` counted in the figure's measure word
  that the text writes after the same modifier earlier (``重点信访件2件``), else before the
  nearest earlier count of the sentence (``交办信访件128件(重点26件)``) →
  ``重点信访件`` (``_indicators._modified_noun``); no such head: left as it was;
* a duration's noun alone before the copula of its clause (``督察组进驻长沙市时间为20天左右``)
  takes the clause's subject, without its places (``督察组进驻时间``:
  ``_indicators._duration_subject``); a duration after its figure (``7年时间``) is left.
"""

from __future__ import annotations

import pytest
from tests.scripts import to_traditional

from envindicators.extract import read_report
from envindicators.extract._indicators import _duration_subject, _modified_noun
from envindicators.units import to_simplified


def _subjects(text: str, figure: str) -> list[str]:
    """The subjects of the rows whose figure, in simplified script, is ``figure`` (fails
    listing the rows if none is)."""
    f = read_report(text, source="x.txt").figures()
    rows = f[f["value_text"].astype(str).map(to_simplified) == figure]
    assert len(rows) >= 1, f[["value_text", "subject"]]
    return [str(s) for s in rows["subject"]]


def _both(cases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each case in simplified script and in traditional script."""
    return [*cases, *((to_traditional(t), f, to_traditional(s)) for t, f, s in cases)]


# --- a modifier alone before a count ------------------------------------------------------

_MODIFIED = [
    (
        "截至5月16日,宁德市共收到中央环保督察组交办信访件128件(重点26件),"
        "分别是福安44件(重点8件),蕉城23件(重点3件)。",
        "26件",
        "重点信访件",
    ),
    (
        "截至5月16日,宁德市共收到中央环保督察组交办信访件128件(重点26件),"
        "分别是福安44件(重点8件),蕉城23件(重点3件)。",
        "8件",
        "重点信访件",
    ),
    (
        "8月26日,督察组向我省移交第十五批信访件210件,其中,圈定为重点信访件2件。\n\n"
        "按区域分类,其中:杭州37件;金华31件,重点1件;衢州11件。",
        "1件",
        "重点信访件",
    ),
    (
        "本周共受理举报件45件(重大6件),均已转办。",
        "6件",
        "重大举报件",
    ),
]


@pytest.mark.parametrize(("text", "figure", "subject"), _both(_MODIFIED))
def test_a_modifier_alone_takes_its_noun(text: str, figure: str, subject: str) -> None:
    assert subject in _subjects(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("交办信访件128件,分别是福鼎6件(重点4件),东侨5件,霞浦4件。", "5件"),
        ("寿宁15件(重点3件,其中1件合在福安统计),周宁14件。", "1件"),
    ],
)
def test_a_modifier_of_another_figure_is_left(text: str, figure: str) -> None:
    for t in (text, to_traditional(text)):
        assert not any(to_simplified(s).endswith("重点信访件") for s in _subjects(t, figure))


@pytest.mark.parametrize(
    ("phrase", "text", "unit"),
    [
        ("重点", "重点工作完成12项", "项"),  # no head counted in 项 before it
        ("重点", "全市已完成整改26件(重点)", "件"),  # no count after the modifier's head
        ("其他", "交办信访件128件,其他26件", "件"),  # not a modifier of the kind
        ("重点信访件", "交办信访件128件,重点信访件26件", "件"),  # the noun written already
    ],
)
def test_no_modified_noun(phrase: str, text: str, unit: str) -> None:
    s = max(text.rfind("26"), text.rfind("12"))
    assert _modified_noun(phrase, text, 0, s, unit) is None
    assert _modified_noun(to_traditional(phrase), to_traditional(text), 0, s, unit) is None


# --- a duration's noun before its copula ---------------------------------------------------

_STAY = [
    ("根据安排,督察组进驻长沙市时间为20天左右。", "20天左右", "督察组进驻时间"),
    (
        "根据安排,中央第八生态环境保护督察组督察进驻云南时间为1个月。",
        "1个月",
        "中央第八生态环境保护督察组督察进驻时间",
    ),
]


@pytest.mark.parametrize(("text", "figure", "subject"), _both(_STAY))
def test_a_duration_takes_its_subject(text: str, figure: str, subject: str) -> None:
    assert _subjects(text, figure) == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "从2011年起,7年时间,水土流失面积持续减少。",  # the duration after its figure
        "排放烟尘异味污染,已持续10年时间。",
        "时间为1个月。",  # no subject written
    ],
)
def test_no_duration_subject(text: str) -> None:
    import pandas as pd

    places = pd.DataFrame({"start": [], "end": []})
    for t in (text, to_traditional(text)):
        s = next(i for i, c in enumerate(t) if c.isdigit())
        assert _duration_subject("时间" if t == text else "時間", t, 0, s, places) is None
