"""A registry's lexicon is built once per distinct content (mend49, issue 13).

``read_report`` loads the bundled registry afresh for every report (``datasets.load`` returns
a copy); the lexicon used to be cached by the frame's identity, so it and every table it derives
lazily were rebuilt for every report.  ``Lexicon.of`` keys it by the registry's content: equal
registries share one lexicon, an edited registry gets its own.
"""

from __future__ import annotations

import pandas as pd
import pytest

import envindicators.datasets as datasets
from envindicators.extract import read_report
from envindicators.extract._lexicon import _BUILT, _BUILT_KEPT, Lexicon


def _registry() -> pd.DataFrame:
    return datasets.load("indicators")


def test_equal_registries_share_one_lexicon() -> None:
    a, b = _registry(), _registry()
    assert a is not b
    assert Lexicon.of(a) is Lexicon.of(b)


def test_a_reordered_index_is_the_same_registry() -> None:
    a = _registry()
    b = a.copy()
    b.index = b.index + 1000  # the index is no part of the registry
    assert Lexicon.of(a) is Lexicon.of(b)


@pytest.mark.parametrize(
    ("column", "edit"),
    [
        ("aliases", lambda s: s + ";颗粒物细粒子"),  # a form added
        ("unit", lambda s: "mg/m3"),  # a unit changed
        ("name_zh", lambda s: s + "值"),  # a name changed
    ],
)
def test_an_edited_registry_gets_its_own_lexicon(column: str, edit) -> None:  # type: ignore[no-untyped-def]
    base = _registry()
    edited = base.copy()
    row = edited.index[edited["code"] == "pm25_concentration"][0]
    edited.loc[row, column] = edit(str(edited.loc[row, column]))
    lex_base, lex_edited = Lexicon.of(base), Lexicon.of(edited)
    assert lex_base is not lex_edited
    pm25 = lex_edited.forms[lex_edited.forms["code"] == "pm25_concentration"]
    if column == "aliases":
        assert "颗粒物细粒子" in set(pm25["form"])
        assert "颗粒物细粒子" not in set(lex_base.forms["form"])
    if column == "unit":
        assert set(pm25["unit"]) == {"mg/m3"}


def test_a_dtype_change_is_another_registry() -> None:
    base = _registry()
    objects = base.astype(object)
    assert Lexicon.of(base) is not Lexicon.of(objects)


def test_only_the_last_few_registries_are_kept() -> None:
    base = _registry()
    for i in range(_BUILT_KEPT + 3):
        edited = base.copy()
        edited.loc[edited.index[0], "aliases"] = f"别名{i}"
        Lexicon.of(edited)
    assert len(_BUILT) == _BUILT_KEPT


def test_unhashable_cells_build_without_caching() -> None:
    reg = pd.DataFrame(
        {
            "code": ["d"],
            "name_zh": ["优良天数比例"],
            "unit": ["%"],
            "direction": ["higher"],
            "aliases": [["空气质量优良率"]],  # a list: pandas cannot hash it
        }
    )
    kept = dict(_BUILT)
    a, b = Lexicon.of(reg), Lexicon.of(reg)
    assert a is not b
    assert set(a.forms["form"]) == set(b.forms["form"])
    assert dict(_BUILT) == kept


def test_read_report_reads_with_the_registry_it_is_given() -> None:
    """The cache never hands a report another registry's lexicon: a name only the edited
    registry knows links there and not with the bundled one, in either order."""
    text = "2022年，太原市颗粒物细粒子年均值为38微克/立方米。"
    edited = _registry()
    row = edited.index[edited["code"] == "pm25_concentration"][0]
    edited.loc[row, "aliases"] = str(edited.loc[row, "aliases"]) + ";颗粒物细粒子年均值"
    for _ in range(2):
        plain = read_report(text).observations
        own = read_report(text, indicators=edited).observations
        assert "pm25_concentration" not in set(plain["indicator"])
        assert list(own["indicator"]) == ["pm25_concentration"]
        assert list(own["value"]) == [38.0]


# -- quotes verbatim where the reader mends a gloss's lost opening (np41) ----------------------

#: Texts whose broken encoding wrote a character and its gloss's ``(`` as one ``?``: the reader
#: reads them mended (``_phrases.mend_lost_glosses``), the quotes keep the source's ``?``.
MENDED = [
    "平均空氣質量?yōu)良天數比例為82.3%，同比上升1.2個百分點。",
    "平均空气质量?yōu)良天数比例为82.3%，同比上升1.2个百分点。",
    "全市國控斷面水質?yōu)良比例為90%。\n二、任務?rèn)務完成情況：已完成12項。",
    "截至6月底，已辦結?bàn)結信訪件45件，辦結率為90%。",
]


@pytest.mark.parametrize("text", MENDED)
def test_quotes_of_a_mended_text_are_the_sources_own(text: str) -> None:
    from envindicators.extract._phrases import mend_lost_glosses

    assert mend_lost_glosses(text) != text  # the case is one the reader mends
    tables = read_report(text)
    quotes = [
        q
        for frame in (
            tables.observations,
            tables.targets,
            tables.context,
            tables.progress_summaries,
            tables.tasks,
        )
        for q in frame["quote"].dropna()
    ]
    assert quotes
    for q in quotes:
        assert q in text, q
    assert any("?" in q for q in quotes)
    for frame in (tables.observations, tables.context):
        assert str(frame["quote"].dtype) == "string"


def test_a_mended_text_is_read_as_mended() -> None:
    """The quote is the source's; the reading is still the mended text's (the name whole)."""
    obs = read_report(MENDED[0]).observations
    assert set(obs["indicator"]) == {"good_air_days_share"}
    assert list(obs["quote"]) == [MENDED[0][:-1]] * 2
