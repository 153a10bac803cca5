"""read_report: targets in words of things removed, of none, and states read as targets (targ21).

Class 1 — a zero word (淘汰, 取缔, 清零) acting on things whose registry form counts the ones
removed (``燃煤小锅炉``, ``淘汰燃煤小锅炉``: ``coal_boilers_removed``, more is better) brings to
0 the count of those still standing (``small_coal_boilers_remaining``): the one registry count
of direction *lower*, in the same unit, whose name holds every character of the form and no
other but its state words and the 型 of a size adjective
(:func:`envindicators.extract._word_targets._standing`; not ``燃煤锅炉``, a wider class);
matched loosely, so low confidence and to review.  A figure of the clause that converts to the
removed count is the target instead (``淘汰燃煤小锅炉120台``); a zero word with an alternative
(``淘汰或升级改造``, ``淘汰改造``, ``改造或淘汰``) implies no 0.

Class 2 — ``无`` before the things a registry share or number measures (``无劣Ⅴ类水体断面``:
``劣Ⅴ类水体比例`` without its measure word) is 0 of it
(:func:`envindicators.extract._word_targets._measured_stem`); not after 有 (``有无``) and not
in a clause that reports (目前).

Class 3 — a word told as done (``已消除``, ``已经全面淘汰``) makes no row, whatever date the
sentence names (``到2020年，全市已消除黑臭水体``).

Class 4 — 仅/只有 (only) state a shortfall found (``91座…中，仅19个达到一级A标准``): an
outcome, not a target, when the figure's sentence names no deadline of its own; not 不仅
(not only) nor 仅保留 (keep only, an aim).

Property — ``到<year>年，<place><全面取缔|基本消除…><things>`` is one target of 0 due that
year; the same words after 已 or 目前 in a clause of a past year are never a target.  Both
scripts throughout.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.report_rows import read_tables, values

from envindicators import datasets
from envindicators.extract._lexicon import Lexicon
from envindicators.extract._word_targets import (
    _measured_stem,
    _standing,
    implied_figures,
    registry_info,
)

_REMAINING = "small_coal_boilers_remaining"


# ============================================================ class 1: the ones left, to 0
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("到2020年，全市淘汰燃煤小锅炉。", 2020),
        ("到2018年，全面取缔县域建成区和工业园区10吨以下燃煤小锅炉。", 2018),
        ("到2017年底各设区城市建成区基本淘汰每小时10蒸吨及以下的燃煤小锅炉。", 2017),
        ("力争2019年底前，全县全面清零燃煤小锅炉。", 2019),
        ("到2025年，城区燃煤小锅炉全部淘汰。", 2025),
    ],
)
def test_a_zero_word_on_things_removed_is_none_left(text: str, year: int, hant: bool) -> None:
    obs, tgt, _ = read_tables(text, hant)
    rows = tgt[tgt["indicator"] == _REMAINING]
    assert len(rows) == 1, (text, tgt[["indicator", "value", "value_text"]])
    row = rows.iloc[0]
    assert float(row["value"]) == 0.0
    assert row["comparator"] == "eq"
    assert pd.Timestamp(row["deadline"]) == pd.Timestamp(year, 12, 31)
    assert row["confidence"] == "low"  # matched loosely
    assert bool(row["needs_review"])
    assert _REMAINING not in set(obs["indicator"])


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "到2020年，全市淘汰或升级改造燃煤小锅炉。",  # or converted: some may stay
        "到2020年，全市燃煤小锅炉淘汰改造。",
        "到2020年，全市完成燃煤小锅炉改造或淘汰。",
        "到2020年，全市淘汰35蒸吨及以下燃煤锅炉。",  # all boilers of a class, not the small ones
        "到2020年，在产业集聚区淘汰分散燃煤锅炉。",
    ],
)
def test_no_count_left_implied(text: str, hant: bool) -> None:
    _, tgt, _ = read_tables(text, hant)
    assert _REMAINING not in set(tgt["indicator"]), tgt[["indicator", "value_text"]]


@pytest.mark.parametrize("hant", [False, True])
def test_a_written_count_of_things_removed_stays_the_target(hant: bool) -> None:
    _, tgt, _ = read_tables("到2020年，全市淘汰燃煤小锅炉120台。", hant)
    assert values(tgt) == {120.0}
    assert _REMAINING not in set(tgt["indicator"])


@pytest.fixture(scope="module")
def registry() -> tuple[pd.DataFrame, Lexicon]:
    reg = datasets.load("indicators")
    return reg, Lexicon.from_registry(reg)


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("燃煤小锅炉", _REMAINING),
        ("燃煤锅炉", None),  # all coal boilers: the count of small ones names a narrower class
        ("小型燃煤锅炉", None),  # its own indicator's form, not a count of the ones removed
        ("黄标车", None),  # no registry count of the ones standing
    ],
)
def test_the_count_left_of_a_form(
    registry: tuple[pd.DataFrame, Lexicon], form: str, expected: str | None
) -> None:
    reg, lex = registry
    codes = lex.codes(form)
    assert _standing(form, codes, registry_info(reg)) == expected


# ============================================================ class 2: 无 + what a share measures
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "到2020年，无劣Ⅴ类水体断面。",
        "到2020年，全省无劣V类水体。",
        "2020年底前，地表水考核断面水质优良比例达到100%，无劣Ⅴ类水体断面。",
    ],
)
def test_none_of_what_a_share_measures_is_0(text: str, hant: bool) -> None:
    _, tgt, _ = read_tables(text, hant)
    rows = tgt[tgt["indicator"] == "surface_water_worse_than_v_share"]
    assert len(rows) == 1, tgt[["indicator", "value", "value_text"]]
    assert float(rows.iloc[0]["value"]) == 0.0
    assert pd.Timestamp(rows.iloc[0]["deadline"]) == pd.Timestamp(2020, 12, 31)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "到2020年，全市有无劣Ⅴ类水体断面需要核查。",  # 有无 asks
        "全市目前无劣Ⅴ类水体断面。",  # a state reported
        "2017年，全省无劣Ⅴ类水体断面。",  # a past year: an outcome
    ],
)
def test_none_that_promises_nothing_is_no_target(text: str, hant: bool) -> None:
    _, tgt, _ = read_tables(text, hant)
    assert "surface_water_worse_than_v_share" not in set(tgt["indicator"])


def test_a_stem_needs_its_measure_word_dropped(registry: tuple[pd.DataFrame, Lexicon]) -> None:
    _, lex = registry
    hit = _measured_stem("无劣Ⅴ类水体断面。", 1, lex, lambda code: True)
    assert hit is not None
    assert hit[1] == "劣Ⅴ类水体"
    assert _measured_stem("无其他问题。", 1, lex, lambda code: True) is None


# ============================================================ class 3: a word told as done
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "到2020年，全市已消除黑臭水体。",
        "到2020年，全市已淘汰燃煤小锅炉。",
        "到2019年底，全县已经全面取缔燃煤小锅炉。",
        "截至2020年，全区均已基本消除黑臭水体。",
    ],
)
def test_a_word_told_as_done_makes_no_target(text: str, hant: bool) -> None:
    _, tgt, _ = read_tables(text, hant)
    assert tgt.empty, tgt[["indicator", "value_text"]]


def test_done_words_are_not_implied() -> None:
    assert implied_figures("全市已全面淘汰燃煤小锅炉").empty
    assert implied_figures("全市已經全面淘汰燃煤小鍋爐").empty
    assert implied_figures("全市全面淘汰燃煤小锅炉")["implied"].tolist() == ["zero"]


# ============================================================ class 4: only — a state found
@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "到2020年，全省城镇污水处理率达到95%。全省91座生活污水处理厂中，仅19个达到一级A标准。",
            19.0,
        ),
        ("到2020年，全市建成区绿地率达到38%。目前全市污水管网覆盖率仅为45%。", 45.0),
        ("到2020年，全市建成区绿地率达到38%。全市只有3个县建成污水处理厂。", 3.0),
    ],
)
def test_only_states_a_shortfall(text: str, value: float, hant: bool) -> None:
    obs, tgt, _ = read_tables(text, hant)
    assert value not in values(tgt), tgt[["value_text", "deadline"]]
    assert value in values(obs)


@pytest.mark.parametrize("hant", [False, True])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2020年，全市城镇污水处理率达到95%，仅保留3个工业园区。", 3.0),  # keep only: an aim
        ("到2020年，全市不仅新建污水处理厂10座，还要提标改造5座。", 10.0),  # not only
    ],
)
def test_only_as_an_aim_keeps_the_target(text: str, value: float, hant: bool) -> None:
    _, tgt, _ = read_tables(text, hant)
    assert value in values(tgt), tgt[["value_text", "deadline"]]


# ============================================================ property
_WORDS = ["全面取缔", "基本消除", "全面清零", "全面淘汰", "基本淘汰", "消除"]
_THINGS = [
    ("燃煤小锅炉", _REMAINING),
    ("10蒸吨及以下燃煤小锅炉", _REMAINING),
    ("黑臭水体", "black_odorous_water_bodies"),
]
_PLACES = ["", "全市", "全省", "城市建成区", "全县"]


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(2018, 2035),
    word=st.sampled_from(_WORDS),
    thing=st.sampled_from(_THINGS),
    place=st.sampled_from(_PLACES),
    end=st.sampled_from(["", "底", "年底"]),
    lead=st.sampled_from(["到", "力争到", "确保到"]),
    past=st.sampled_from(["已", "目前已", "均已"]),
    hant=st.booleans(),
)
def test_a_word_target_is_0_by_its_year_and_never_when_done(
    year: int,
    word: str,
    thing: tuple[str, str],
    place: str,
    end: str,
    lead: str,
    past: str,
    hant: bool,
) -> None:
    things, code = thing
    text = f"{lead}{year}年{end}，{place}{word}{things}。"
    _, tgt, _ = read_tables(text, hant)
    rows = tgt[tgt["indicator"] == code]
    assert len(rows) == 1, (text, tgt[["indicator", "value_text"]])
    assert float(rows.iloc[0]["value"]) == 0.0, text
    assert pd.Timestamp(rows.iloc[0]["deadline"]) == pd.Timestamp(year, 12, 31), text
    done = f"{year - 10}年，{place}{past}{word}{things}。"
    _, tgt, _ = read_tables(done, hant)
    assert tgt.empty, (done, tgt[["indicator", "value_text"]])
