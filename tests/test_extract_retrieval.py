"""A ranked registry match links a figure that would else be proposed (issue 13, retr21).

:meth:`Lexicon.rank` scores every registry form at once (a sparse form × character-pair
matrix, IDF-weighted: a pair shared by many indicators weighs little) and the reader's
linker (:meth:`IndicatorPicker._ranked`) takes the first indicator when its score reaches
``RANK_LEAST`` and it leads the next indicator by ``RANK_MARGIN``; only indicators whose
unit fits the figure, whose head noun is written, and whose negation agrees with the words
compete.  Tested on synthetic registries, in both scripts, and by a property.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import to_traditional
from tests.test_extract import with_context

from envindicators.extract import Lexicon, read_report
from envindicators.extract._indicators import (
    RANK_LEAST,
    RANK_MARGIN,
    _other_thing,
    _same_polarity,
)
from envindicators.extract._lexicon import compatible, head_pair
from envindicators.units import to_simplified


def _registry(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """A synthetic registry: ``(code, name_zh, aliases, unit)`` per indicator."""
    return pd.DataFrame(
        [
            {
                "code": c,
                "name_zh": n,
                "name_en": c,
                "unit": u,
                "direction": "neutral",
                "standard": pd.NA,
                "domain": "test",
                "context": pd.NA,
                "aliases": a or pd.NA,
                "action": pd.NA,
            }
            for c, n, a, u in rows
        ]
    )


_REG = _registry(
    [
        ("reserve_encroached", "侵占自然保护区面积", "占用保护区面积", "ha"),
        ("forest_planted", "新增造林面积", "", "ha"),
        ("spring_flow", "岩溶泉流量", "泉水流量", "m3/s"),
        ("spring_count", "岩溶大泉数", "", "个"),
        ("boilers_removed", "淘汰燃煤锅炉", "", "台"),
        ("boilers_not_removed", "未按期淘汰燃煤锅炉", "", "台"),
        ("industrial_wastewater", "工业园区废水排放量", "", "t"),
        ("domestic_wastewater", "城镇园区废水排放量", "", "t"),
        ("straw_use_rate", "秸秆综合利用率", "", "%"),
        ("secondary_value_added", "第二产业增加值", "", "yuan"),
    ]
)
_LEX = Lexicon.from_registry(_REG)
_UNIT = dict(zip(_REG["code"], _REG["unit"], strict=True))


def _rank(text: str, unit: str, kind: str = "level") -> str | None:
    """The code the linker's rule accepts for ``text`` (unit and polarity fitting)."""
    words = to_simplified(text)
    ranked = _LEX.rank(
        words,
        lambda code, form: (
            _same_polarity(form, words) and compatible(unit, kind, _UNIT[code], None)
        ),
    )
    if ranked is None or ranked.score < RANK_LEAST or ranked.margin < RANK_MARGIN:
        return None
    return ranked.code


def _read(text: str, value: float) -> tuple[str, bool]:
    r = read_report(text, source="gen.txt", indicators=_REG)
    rows = pd.concat([with_context(r), r.targets], ignore_index=True)
    hits = rows[np.isclose(rows["value"].astype(float), value)]
    assert not hits.empty, (text, rows[["indicator", "value"]])
    return str(hits["indicator"].iloc[0]), bool(hits["needs_review"].iloc[0])


# ------------------------------------------------------------------ the ranking


def test_head_pair_drops_the_number_of() -> None:
    assert head_pair("岩溶大泉数") == "大泉"
    assert head_pair("燃煤锅炉数量") == "锅炉"
    assert head_pair("侵占自然保护区面积") == "面积"
    assert head_pair("数") is None


@pytest.mark.parametrize(
    ("text", "unit", "code"),
    [
        ("某工业园区占用保护区面积473公顷", "ha", "reserve_encroached"),  # the alias
        ("违规侵占自然保护区核心区面积12公顷", "ha", "reserve_encroached"),
        ("洪山泉水年平均流量约1立方米/秒", "m3/s", "spring_flow"),
        ("全县新增人工造林面积3万公顷", "ha", "forest_planted"),
    ],
)
def test_a_name_or_its_synonym_wins(text: str, unit: str, code: str) -> None:
    assert _rank(text, unit) == code
    assert _rank(to_traditional(text), unit) == code  # either script
    assert to_simplified(to_traditional(text)) == text


def test_a_unit_that_does_not_fit_never_wins() -> None:
    # 岩溶大泉数 is the best name of the words, but a flow in m3/s is no count of springs
    assert _rank("岩溶大泉流量为1立方米/秒", "m3/s") == "spring_flow"
    assert _rank("岩溶大泉共12个", "个") == "spring_count"
    # an area fits neither spring indicator
    assert _rank("岩溶大泉保护区面积", "ha") != "spring_flow"
    assert _rank("岩溶泉流量", "t") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("城市建成区燃煤锅炉未按期淘汰", "boilers_not_removed"),
        ("仍有燃煤锅炉未按期淘汰", "boilers_not_removed"),
        ("全市按期淘汰燃煤锅炉", "boilers_removed"),
    ],
)
def test_a_negated_clause_takes_the_negated_indicator(text: str, code: str) -> None:
    assert _rank(text, "台") == code
    assert _rank(to_traditional(text), "台") == code


def test_polarity_is_the_negations_written() -> None:
    assert not _same_polarity("淘汰燃煤锅炉", "燃煤锅炉未按期淘汰")
    assert not _same_polarity("未按期淘汰燃煤锅炉", "按期淘汰燃煤锅炉")
    assert _same_polarity("未按期淘汰燃煤锅炉", "仍有锅炉未按期淘汰")


def test_a_tie_is_not_linked() -> None:
    # 废水排放量 covers the two indicators alike: no margin, no link
    ranked = _LEX.rank("园区废水排放量", lambda code, form: True)
    assert ranked is not None
    assert ranked.margin == pytest.approx(0.0)
    assert _rank("园区废水排放量", "t") is None


def test_no_head_noun_no_match() -> None:
    # the words share 保护区 with a name but not its head 面积, nor any weighty pair
    assert _rank("保护区内有岩石", "ha") is None


# ------------------------------------------------------------ through read_report


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("2020年，富甲工业园区占用保护区土地面积473公顷。", 473.0, "reserve_encroached"),
        ("2021年洪山泉水年平均流量约1.5立方米/秒。", 1.5, "spring_flow"),
        ("截至2020年底，城市建成区29台燃煤锅炉未按期淘汰。", 29.0, "boilers_not_removed"),
    ],
)
def test_read_report_links_the_ranked_indicator(text: str, value: float, code: str) -> None:
    assert _read(text, value)[0] == code
    assert _read(to_traditional(text), value)[0] == code


def test_read_report_tie_stays_proposed() -> None:
    code, review = _read("2020年，园区废水排放量为120吨。", 120.0)
    assert code.startswith("proposed_")
    assert review


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2018年，全市尾矿综合利用率为27.1%。", 27.1),  # 尾矿, no 秸秆
        ("2018年粉煤灰综合利用率达到74.9%。", 74.9),
        ("2023年，第一产业增加值2894.28亿元。", 2894.28e8),  # 第一, no 第二
        ("2023年第三产业增加值为10707.53亿元。", 10707.53e8),
    ],
)
def test_another_thing_of_the_same_measure_stays_proposed(text: str, value: float) -> None:
    """The name's later words are written, but the phrase leads with another thing."""
    for written in (text, to_traditional(text)):
        assert _read(written, value)[0].startswith("proposed_"), written


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2018年，全市综合利用率为61.8%。", 61.8),  # a bare measure: the rate of what?
        ("2022年夏季水质达标率为41.6%。", 41.6),
        ("2020年，全省共有岩溶泉流量监测点12个。", 12.0),  # 岩溶泉流量 written whole: a part
    ],
)
def test_a_bare_measure_or_a_qualified_name_is_not_ranked(text: str, value: float) -> None:
    for written in (text, to_traditional(text)):
        assert _read(written, value)[0].startswith("proposed_"), written


def test_other_thing_reads_the_leading_words() -> None:
    assert _other_thing("尾矿综合利用率", "秸秆综合利用率")
    assert _other_thing("第一产业增加值", "第二产业增加值")
    assert not _other_thing("农作物秸秆综合利用率", "秸秆综合利用率")
    assert not _other_thing("涌水量", "吨煤涌水量")
    assert not _other_thing("", "秸秆综合利用率")


# ------------------------------------------------------------------ the property

_FORMS = [
    (c, f)
    for c, f in zip(_LEX.forms["code"], _LEX.forms["form"], strict=True)
    if _UNIT[c] in ("ha", "个", "台", "t", "m3/s")
]
_WRITTEN = {"ha": "公顷", "个": "个", "台": "台", "t": "吨", "m3/s": "立方米/秒"}
_REGIONS = ["江西省", "赣州市", "拜泉县", "北京市", "四川省"]
#: Han characters of no registry form: a noun made of them is absent from the registry.
_ALIEN = "鲸鹦鹉琴棋瓷舟鼓笛袍绸莲狮鹤"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_FORMS),
    st.sampled_from(_REGIONS),
    st.integers(2010, 2024),
    st.integers(2, 900),
    st.booleans(),
    st.text(alphabet=_ALIEN, min_size=3, max_size=5),
)
def test_property_a_registry_name_links_an_alien_noun_stays_proposed(
    form: tuple[str, str],
    region: str,
    year: int,
    number: int,
    traditional: bool,
    alien: str,
) -> None:
    """Property: ``<region><year>年<name>为<figure>`` links the name's indicator; the same
    sentence with a noun absent from the registry (ending in the name's head) stays proposed."""
    code, name = form
    unit = _WRITTEN[_UNIT[code]]
    text = f"{region}{year}年{name}为{number}{unit}。"
    other = f"{region}{year}年{alien}{head_pair(name) or ''}为{number}{unit}。"
    if traditional:
        text, other = to_traditional(text), to_traditional(other)
    assert _read(text, float(number))[0] == code
    assert _read(other, float(number))[0].startswith("proposed_")
