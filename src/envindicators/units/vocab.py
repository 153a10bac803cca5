"""Vocabulary of parsed quantities: qualifiers and kinds.

These enums are the contract between the quantity parser, the datasets (CSV columns hold
their ``.value`` strings) and the model layer.  Values are stable ASCII codes.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Kind", "Qualifier"]


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
