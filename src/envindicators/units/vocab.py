"""Vocabulary of parsed quantities: qualifiers and kinds.

These enums are the contract between the quantity parser, the datasets (CSV columns hold
their ``.value`` strings) and the model layer.  Values are stable ASCII codes.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

__all__ = [
    "BOUND_WORDS",
    "INNER_QUALIFIERS",
    "PREFIX_QUALIFIERS",
    "SUFFIX_QUALIFIERS",
    "TIME_SUFFIXES",
    "BoundWord",
    "Kind",
    "Qualifier",
]


class Qualifier(StrEnum):
    """How a written figure bounds the true value.

    ==============  =====================================================  ==============
    code            Chinese forms                                          meaning
    ==============  =====================================================  ==============
    ``exact``       (none)                                                 x
    ``approx``      约, 左右, 大约, 大概, 上下                             ≈ x
    ``more_than``   余, 多, 逾, 超过 (as in 20余万吨, 7000多吨)             a bit more than x
    ``nearly``      近, 将近, 接近, 几近                                   a bit less than x
    ``at_least``    以上, 不低于, 不少于, 达到…以上, 及以上                ≥ x
    ``at_most``     以下, 以内, 不超过, 控制在…以内, 不高于, 及以下        ≤ x
    ``greater``     大于, 高于                                             > x
    ``less``        小于, 低于                                             < x
    ``range``       3-5年, 2018—2020年                                     low … high
    ==============  =====================================================  ==============
    """

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    NEARLY = "nearly"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    GREATER = "greater"
    LESS = "less"
    RANGE = "range"


class Kind(StrEnum):
    """What a written figure measures.

    ``level``: a state (PM2.5 浓度为38微克/立方米).  ``change_relative``: a relative change in
    % (同比下降2.6%, 比2015年下降13%, 累计增长5%).  ``change_absolute``: an absolute change
    in the unit of the level — 百分点 for shares (提高2.4个百分点), metres for water levels
    (上升了1.29米).  ``ratio``: a fraction written as such (近三分之一, 占…的27%).
    """

    LEVEL = "level"
    CHANGE_RELATIVE = "change_relative"
    CHANGE_ABSOLUTE = "change_absolute"
    RATIO = "ratio"


class BoundWord(NamedTuple):
    """A word that bounds a written figure: where it stands and what it means.

    ``position``: ``prefix`` (before the number: 不低于85%), ``suffix`` (after the figure
    and its unit: 85%以上), ``time_suffix`` (after a time unit only: 3年有余, 30日内) or
    ``inner`` (between the digits and a multiplier or unit: 20余万吨, 7000多吨).
    """

    word: str
    qualifier: Qualifier
    position: str


def _words(position: str, *pairs: tuple[str, Qualifier]) -> tuple[BoundWord, ...]:
    return tuple(BoundWord(w, q, position) for w, q in pairs)


_Q = Qualifier

#: The one table of bound words (simplified script; text is brought to it first).  The
#: parser's prefix/suffix tables and the model's ``Comparator.from_text`` /
#: ``Target.from_text`` derive from it, so they cannot disagree.  Within a position,
#: longer words come first (不超过 before 超过 before 超).
BOUND_WORDS: tuple[BoundWord, ...] = (
    *_words(
        "prefix",
        ("不低于", _Q.AT_LEAST), ("不少于", _Q.AT_LEAST), ("不小于", _Q.AT_LEAST),
        ("至少", _Q.AT_LEAST), ("最少", _Q.AT_LEAST),
        ("不超过", _Q.AT_MOST), ("不高于", _Q.AT_MOST), ("不大于", _Q.AT_MOST),
        ("不多于", _Q.AT_MOST), ("最多", _Q.AT_MOST), ("至多", _Q.AT_MOST),
        ("大于", _Q.GREATER), ("高于", _Q.GREATER), ("多于", _Q.GREATER),
        ("小于", _Q.LESS), ("低于", _Q.LESS), ("少于", _Q.LESS),
        ("不足", _Q.LESS), ("不到", _Q.LESS),
        ("超过", _Q.MORE_THAN), ("突破", _Q.MORE_THAN), ("逾", _Q.MORE_THAN),
        ("超", _Q.MORE_THAN),
        ("将近", _Q.NEARLY), ("接近", _Q.NEARLY), ("几近", _Q.NEARLY), ("近", _Q.NEARLY),
        ("大约", _Q.APPROX), ("大概", _Q.APPROX), ("约", _Q.APPROX),
    ),
    *_words(
        "suffix",
        ("及以上", _Q.AT_LEAST), ("及以下", _Q.AT_MOST), ("以上", _Q.AT_LEAST),
        ("以下", _Q.AT_MOST), ("以内", _Q.AT_MOST), ("之内", _Q.AT_MOST),
        ("左右", _Q.APPROX), ("上下", _Q.APPROX),
    ),
    *_words(
        "time_suffix",
        ("有余", _Q.MORE_THAN), ("多", _Q.MORE_THAN), ("余", _Q.MORE_THAN), ("内", _Q.AT_MOST),
    ),
    *_words("inner", ("余", _Q.MORE_THAN), ("多", _Q.MORE_THAN)),
)  # fmt: skip


def _position(position: str) -> tuple[tuple[str, Qualifier], ...]:
    return tuple((b.word, b.qualifier) for b in BOUND_WORDS if b.position == position)


#: Words before a number, longest first within each meaning (views of :data:`BOUND_WORDS`).
PREFIX_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = _position("prefix")
#: Words after a figure and its unit.
SUFFIX_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = _position("suffix")
#: Words after a time unit only (3年有余, 30日内).
TIME_SUFFIXES: tuple[tuple[str, Qualifier], ...] = _position("time_suffix")
#: Words between digits and a multiplier or unit (20余万吨).
INNER_QUALIFIERS: dict[str, Qualifier] = dict(_position("inner"))
