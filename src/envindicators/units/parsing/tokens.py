"""Scanner tokens of the quantity parser.

Numbers, units, prefix words, hits and skips, the strength order of qualifiers and the work
counter (``_STEPS``) that bounds the scan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from envindicators.units.vocab import QUALIFIER, Flag, Kind, Qualifier


@dataclass(slots=True)
class _Num:
    value: Decimal
    start: int
    end: int
    multiplier: str | None = None
    inner: Qualifier | None = None
    chinese: bool = False
    lone_scale: bool = False
    single_one: bool = False  # written as the single character 一
    fraction: bool = False
    percent: str | None = None
    product: bool = False
    integer: bool = False  # Arabic integer, no decimal point, no multiplier
    grouped: bool = False  # written with thousands separators (1,280)
    flags: list[Flag] = field(default_factory=list)
    numerator: Decimal | None = None  # a fraction a/b or X分之Y
    denominator: Decimal | None = None
    vague: tuple[Decimal, Decimal] | None = None  # 数十 → (20, 90), 三四 → (3, 4)


@dataclass(slots=True)
class _Unit:
    unit: str
    end: int
    half: bool = False  # 个半
    qualifier: Qualifier | None = None  # 个多月
    has_time_denominator: bool = False


@dataclass(slots=True)
class _Prefix:
    cover_start: int  # leftmost consumed character (all words)
    span_start: int  # leftmost meaningful word
    qualifier: Qualifier | None = None
    sign: int = 0
    verb: bool = False
    to_form: bool = False
    baseline: str | None = None
    rate: str | None = None
    per: str | None = None
    ratio: bool = False
    copula: bool = False
    ordinal: bool = False
    verb_word: str = ""
    list_cue: bool = False  # 分别, 依次: a list follows
    exceed: bool = False  # 超标, 超过…标准: an exceedance multiple follows (…倍)


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    cover_start: int
    cover_end: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str | None
    qualifier: Qualifier
    kind: Kind
    sign: int
    baseline: str | None
    multiplier: str | None
    own_verb: bool = False
    suffix_qualifier: bool = False
    prefix_qualifier: bool = False
    ordinal: bool = False
    pending: bool = False  # bare number waiting for the unit of its enumeration
    flags: list[Flag] = field(default_factory=list)
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    list_cue: bool = False
    bare: bool = False  # no word before the number (may continue a comma list)
    verb_sign: int = 0  # the sign of the verb as written (分别上升-16.7%、10.2%: +1)
    minus: bool = False  # a minus sign written before the number (-5.04%)
    noun_sign: bool = False  # the direction is named by a rate or change noun (降低率为…)
    paren: bool = False  # bare number alone in parentheses, waiting for the figure before it
    paired: bool = False  # its kind is its own noun's (运行率和完成率分别为98.7%和90.2%)


@dataclass(slots=True)
class _Skip:
    position: int
    end: int
    reason: str


_STRENGTH = {
    QUALIFIER.EXACT: 0,
    QUALIFIER.APPROX: 1,
    QUALIFIER.NEARLY: 2,
    QUALIFIER.MORE_THAN: 2,
    QUALIFIER.AT_LEAST: 3,
    QUALIFIER.AT_MOST: 3,
    QUALIFIER.GREATER: 3,
    QUALIFIER.LESS: 3,
    QUALIFIER.RANGE: 4,
}


def _stronger(a: Qualifier | None, b: Qualifier | None) -> Qualifier | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if _STRENGTH[b] > _STRENGTH[a] else a


_STEPS = [0]  # work counter, see the module docstring and tests
_STRICT = [False]  # tests set this to re-raise internal errors that extract would swallow


def _stats_reset() -> None:
    _STEPS[0] = 0


def _stats() -> int:
    return _STEPS[0]
