"""One home for the place-level words, measure nouns and pinyin letters (issue 13, mend38).

The three notions of a count of places — a count of divisions whose level gives the scope
(``_places._COUNTED_LEVEL``), a figure that is the size of a set of places
(``_places.counts_places``) and a count of places read as context
(``_indicators._CONTEXT_NOUN``) — read one vocabulary, ``_places.PLACE_LEVEL_WORDS``.
"""

from __future__ import annotations

import pytest

from envindicators.extract._indicators import _CONTEXT_NOUN, _counts_places
from envindicators.extract._lists import _MEASURE_WORD
from envindicators.extract._phrases import _GLOSS as _PHRASE_GLOSS
from envindicators.extract._phrases import _OWN_HEAD, MEASURE_END, MEASURE_NOUNS
from envindicators.extract._places import (
    _COUNTED_LEVEL,
    JOINED_LEVEL_WORDS,
    PLACE_LEVEL_WORDS,
    PLACES_COUNTED_WORDS,
    counts_places,
    division_count_end,
)
from envindicators.extract._places import _GLOSS as _PLACE_GLOSS


def test_the_three_notions_read_one_vocabulary() -> None:
    assert set(_COUNTED_LEVEL) <= set(PLACE_LEVEL_WORDS)
    assert set(PLACES_COUNTED_WORDS) <= set(PLACE_LEVEL_WORDS)
    assert set(_COUNTED_LEVEL) >= JOINED_LEVEL_WORDS
    for word in PLACE_LEVEL_WORDS:
        if word in JOINED_LEVEL_WORDS:
            continue
        # every place word but the joined ones is a context noun right after a count
        assert _CONTEXT_NOUN.match(word + "，") is not None, word


@pytest.mark.parametrize(
    ("after", "context"),
    [
        ("设区市开展", True),
        ("个盟市达标", True),
        ("个省区完成", True),
        ("乡镇完成", True),
        ("省市已完成", False),  # joined levels: a set, no context noun
        ("家企业", False),
        ("市场", False),
    ],
)
def test_context_noun_after_a_count(after: str, context: bool) -> None:
    assert _counts_places("个", after) is context


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("对11个设区市开展", 1, 4, 7),
        ("全省14个地市均已完成", 2, 5, 7),
        ("全区12个盟市", 2, 5, 7),
        ("昌吉州7个城市空气优良", 3, 5, None),  # 城市: any level, no counted division
        ("新增3个乡镇", 2, 4, None),  # townships are not counted divisions
        ("新建3个市场", 2, 4, None),
    ],
)
def test_division_count_end_reads_division_words(
    text: str, start: int, end: int, expected: int | None
) -> None:
    assert division_count_end(text, start, end) == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "counts"),
    [
        ("排名后五个城市为甲、乙", 3, 5, True),
        ("共有6个省份完成", 2, 4, True),
        ("全市两个重点城市", 2, 4, True),
        ("新增3个地区试点", 2, 4, False),  # 地区 is not a word a set of places is counted in
        ("新建3个市场", 2, 4, False),
    ],
)
def test_counts_places_reads_the_shared_words(
    text: str, start: int, end: int, counts: bool
) -> None:
    assert counts_places(text, start, end) is counts


@pytest.mark.parametrize("noun", MEASURE_NOUNS)
def test_measure_nouns_are_read_by_each_measure_pattern(noun: str) -> None:
    assert MEASURE_END.search("空气质量优良" + noun) is not None
    assert _OWN_HEAD.search("细颗粒物" + noun) is not None
    assert _MEASURE_WORD.search(noun + "年度目标") is not None


@pytest.mark.parametrize("words", ["城市道路", "二氧化硫", "质量", "企业名单"])
def test_no_measure_noun_no_measure_end(words: str) -> None:
    assert MEASURE_END.search(words) is None
    assert _OWN_HEAD.search(words) is None


@pytest.mark.parametrize(
    ("text", "gloss"),
    [("蕉城區(qū)1件", "(qū)"), ("協(xié)調", "(xié)"), ("福安(Fuan)2件", "(Fuan)")],
)
def test_a_pinyin_gloss_in_a_place_list(text: str, gloss: str) -> None:
    found = _PLACE_GLOSS.search(text)
    assert found is not None
    assert found.group() == gloss


@pytest.mark.parametrize("text", ["细颗粒物(PM2.5)", "二氧化硫（SO2）", "企业(12家)"])
def test_no_pinyin_gloss(text: str) -> None:
    assert _PLACE_GLOSS.search(text) is None
    assert _PHRASE_GLOSS.sub("", text) == text
