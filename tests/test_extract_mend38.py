"""One home for the place-level words (issue 13, mend38).

The three notions of a count of places — a count of divisions whose level gives the scope
(``_places._COUNTED_LEVEL``), a figure that is the size of a set of places
(``_places.counts_places``) and a count of places read as context
(``_indicators._CONTEXT_NOUN``) — read one vocabulary, ``_places.PLACE_LEVEL_WORDS``.
"""

from __future__ import annotations

import pytest

from envindicators.extract._indicators import _CONTEXT_NOUN, _counts_places
from envindicators.extract._places import (
    _COUNTED_LEVEL,
    JOINED_LEVEL_WORDS,
    PLACE_LEVEL_WORDS,
    PLACES_COUNTED_WORDS,
    counts_places,
    division_count_end,
)


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
