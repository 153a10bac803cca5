"""Vocabulary of parsed quantities: qualifiers and kinds.

These enums are the contract between the quantity parser, the datasets (CSV columns hold
their ``.value`` strings) and the model layer.  Values are stable ASCII codes.
"""

from __future__ import annotations

from enum import Enum, StrEnum
from types import SimpleNamespace
from typing import NamedTuple, TypeVar, cast

__all__ = [
    "BOUND_WORDS",
    "FLAG",
    "FLAG_CONFIDENCE",
    "INNER_QUALIFIERS",
    "KIND",
    "PREFIX_QUALIFIERS",
    "QUALIFIER",
    "SUFFIX_QUALIFIERS",
    "TIME_SUFFIXES",
    "BoundWord",
    "Confidence",
    "Flag",
    "Kind",
    "Qualifier",
    "measured_kind",
]


class Qualifier(StrEnum):
    """How a written figure bounds the true value.

    =============  =======================================================  =================
    code           Chinese forms                                            meaning
    =============  =======================================================  =================
    ``exact``      (none)                                                   x
    ``approx``     约, 左右, 大约, 大概, 上下                               ≈ x
    ``more_than``  余, 多 (as in 20余万吨, 7000多吨)                        a bit more than x
    ``nearly``     近, 将近, 接近, 几近                                     a bit less than x
    ``at_least``   以上, 不低于, 不少于, 达到…以上, 及以上, 或以上, ≥ ≧     ≥ x
                   大于或等于, 大于等于
    ``at_most``    以下, 以内, 不超过, 控制在…以内, 不高于, 及以下, 或以下  ≤ x (also ≤ ≦)
                   小于或等于, 小于及等于
    ``greater``    大于, 高于, 超过, 逾, 突破, 破, 超, > (strict bounds)    > x
    ``less``       小于, 低于, 不足, 不到, <                                < x
    ``range``      3-5年, 2018—2020年                                       low … high
    =============  =======================================================  =================
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
    % (同比下降2.6%, 比2015年下降13%, 累计增长5%, 增长1倍 = +100 %, 翻一番 = +100 %).
    ``change_absolute``: an absolute change in the unit of the level — 百分点 for shares
    (提高2.4个百分点), metres for water levels (上升了1.29米).  ``ratio``: a fraction written
    as such (近三分之一, 占…的27%, 35/40, 是去年同期的92%, 是…的2.6倍, a completion rate).
    ``exceedance_multiple``: how many times a limit is *exceeded* (超标0.5倍): the measured
    value is (1 + value) × the limit, so 超标0.5倍 means 1.5 × the limit — kept apart from
    ``ratio`` (是标准的1.5倍 is the same concentration written as a ratio, value 1.5).

    The parser gives the kind of the figure as written; the kind of a row is what the figure
    measures of its indicator (:func:`measured_kind`): a fraction of a whole whose indicator
    is itself a share (the share's unit ``%``) is that share's level — ``占城市公交车总数的
    73.7%``, ``占比达到18%`` and ``比例为73.7%`` are one series of ``level`` rows —, while a
    fraction of another quantity (``是去年同期的92%`` of a concentration) stays a ``ratio``.
    """

    LEVEL = "level"
    CHANGE_RELATIVE = "change_relative"
    CHANGE_ABSOLUTE = "change_absolute"
    RATIO = "ratio"
    EXCEEDANCE_MULTIPLE = "exceedance_multiple"


class Confidence(StrEnum):
    """How far a parsed figure can be trusted without reading the sentence again.

    ``high``: read by the grammar with nothing left to guess.  ``medium``: read by a
    documented convention that a careful reader would also apply, but that the text does not
    spell out (a unit or multiplier written once for a whole list, a power of ten written
    with a superscript).  ``low``: the text admits more than one reading (an ambiguous digit
    separator, a vague quantity, a stray superscript, a unit word with two meanings); the figure is
    returned so that it is not silently lost, and must be checked by hand.
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Flag(StrEnum):
    """Why the parser is not fully sure of a figure (``ParsedQuantity.warnings``).

    ``ambiguous_separator`` (low)
        a comma or space between digits that is not a clean thousands grouping
        (``1,28``, ``12345,678``, ``1 28``), a grouping inside a list
        (``分别为1,280、…``) or a space grouping inside a run of space-separated numbers
        (``5 1 234``)
    ``vague`` (low)
        a vague quantity: ``数十家`` (20–90), ``上百家`` (≥ 100), ``十几`` (11–19), ``三四个``
        (3–4)
    ``stray_exponent`` (low)
        a superscript after a number that is not a power of ten (``5000²平方米``):
        ignored, the base is returned
    ``ambiguous_unit`` (low)
        a unit word with two meanings and no context to choose (``度``: kWh, angle or
        temperature), a change of a share written in % (``达标率比上年提高2.7%``:
        percent or percentage points?), or a unit left out and inferred from the context
        (``罚款116.87亿`` → 元; ``氨氮/1.3`` in a table of 超标 items → an exceedance multiple;
        a figure alone in parentheses after another, ``35微克/立方米(38)``, ``| 3.25(3.76) |``:
        the unit of the figure before, and the text does not say which is a past value or a
        target), or a change whose unit does not fit the level before it (``…微克/立方米,
        同比下降10.3个百分点``; ``断面19个,同比增加1.1%``, which no whole count grows by)
    ``ambiguous_multiple`` (low)
        ``倍`` after a verb of decrease (``减少一倍``: −100 % as written, halved as often
        meant)
    ``sign_conflict`` (low)
        a written minus sign contradicts the verb (``下降-2%``)
    ``inconsistent_fraction`` (low)
        a share and its fraction disagree (``87.5%(35/41)``)
    ``shared_multiplier`` (medium)
        the multiplier of a list is written once, at its end, and applied to every
        item (``12.5、13.2万亩``)
    ``exponent`` (medium)
        a power of ten written with a superscript or caret (``10⁵吨``, ``1.2×10^5吨``)
        was applied
    ``shared_unit`` (high)
        the unit of a list is written once, at its end (``47、55和55微克/立方米``,
        ``0.7个、3.2个和2.6个百分点``)
    ``ambiguous_sign`` (low)
        a change told by an evaluative verb (``同比改善10.3%``, ``恶化``, ``好转``): whether
        the indicator rose or fell depends on the indicator (a concentration improves by
        falling, a share of good days by rising); ``value`` is the written magnitude and
        ``sign`` is 0, unless the sentence names the indicator (``二氧化硫…同比改善7.7%``:
        −7.7 %, sign −1; ``优良天数比例…改善``: sign +1), when the flag stays to say the
        direction was inferred; or a minus written right after a word before a figure
        that is no share nor temperature and that no verb makes a change
        (``排放量-3.2万吨``, ``水位变化-1.5米``): the sign is kept (``value`` below zero,
        ``sign`` 0), but a level below zero and a change cannot be told apart
    ``ambiguous_reference`` (low)
        a difference to a standard, limit or target written with 高于/低于 (``低于国家标准
        5毫克/立方米``): the figure may be the difference or the reference's own value
    ``explicit_sign`` (medium)
        a figure with a written sign in parentheses after a noun (``公共机构(+12%)``,
        ``(-3.5%)``) read as a change: % is a relative change, any other unit (except a
        temperature, which may be a negative level) an absolute one
    ``suspect_number`` (low)
        a number that does not read cleanly and may have lost a character: an integer
        written with a leading zero (``05件``), one number where the text announces a
        range (``范围为83.3100%``: the range separator is missing), or a count written with
        an increment in brackets before its counter (``372(+1)件``: 372, or 373 with the
        one shared with another place)
    ``unit_from_header`` (medium)
        a bare figure in a cell of a table flattened into text, read with the unit written
        once for its row label, column header or caption (``二氧化硫排放量(万吨)``,
        ``单位：万吨``; the parts of a row, ``#工业``, with the unit of the row above): the
        unit was not written next to the figure
    ``spread`` (medium)
        a figure written with its spread (``3.51±0.16公噸/平方公里/月``, ``35 ± 5 微克/立方米``,
        ``12+/-3%``): ``value`` is the centre, the qualifier ``approx`` (a bound word before
        it is kept), the spread is not read as a figure of its own
    ``range`` (high)
        a range: ``value`` is NaN (``None``), ``low``/``high`` hold its ends — never
        silently collapsed to one number

    The confidence of a figure is the lowest confidence of its flags (``high`` without flags),
    see :data:`FLAG_CONFIDENCE`.
    """

    AMBIGUOUS_SEPARATOR = "ambiguous_separator"
    VAGUE = "vague"
    STRAY_EXPONENT = "stray_exponent"
    AMBIGUOUS_UNIT = "ambiguous_unit"
    AMBIGUOUS_MULTIPLE = "ambiguous_multiple"
    SIGN_CONFLICT = "sign_conflict"
    INCONSISTENT_FRACTION = "inconsistent_fraction"
    SHARED_MULTIPLIER = "shared_multiplier"
    EXPONENT = "exponent"
    SHARED_UNIT = "shared_unit"
    RANGE = "range"
    AMBIGUOUS_SIGN = "ambiguous_sign"
    AMBIGUOUS_REFERENCE = "ambiguous_reference"
    EXPLICIT_SIGN = "explicit_sign"
    SUSPECT_NUMBER = "suspect_number"
    UNIT_FROM_HEADER = "unit_from_header"
    SPREAD = "spread"


#: Confidence implied by each flag (a figure takes the lowest of its flags).
FLAG_CONFIDENCE: dict[Flag, Confidence] = {
    Flag.AMBIGUOUS_SEPARATOR: Confidence.LOW,
    Flag.VAGUE: Confidence.LOW,
    Flag.STRAY_EXPONENT: Confidence.LOW,
    Flag.AMBIGUOUS_UNIT: Confidence.LOW,
    Flag.AMBIGUOUS_MULTIPLE: Confidence.LOW,
    Flag.SIGN_CONFLICT: Confidence.LOW,
    Flag.INCONSISTENT_FRACTION: Confidence.LOW,
    Flag.SHARED_MULTIPLIER: Confidence.MEDIUM,
    Flag.EXPONENT: Confidence.MEDIUM,
    Flag.SHARED_UNIT: Confidence.HIGH,
    Flag.RANGE: Confidence.HIGH,
    Flag.AMBIGUOUS_SIGN: Confidence.LOW,
    Flag.AMBIGUOUS_REFERENCE: Confidence.LOW,
    Flag.EXPLICIT_SIGN: Confidence.MEDIUM,
    Flag.SUSPECT_NUMBER: Confidence.LOW,
    Flag.UNIT_FROM_HEADER: Confidence.MEDIUM,
    Flag.SPREAD: Confidence.MEDIUM,
}


def measured_kind(kind: str, *, of_share: bool) -> str:
    """The kind of a row: what its figure measures of its indicator (see :class:`Kind`).

    A ``ratio`` — a fraction written as such (``占…的27%``, ``占比达到18%``, ``近三分之一``,
    ``完成…目标任务的11%``) — whose indicator is itself a share measures that share's level:
    it is ``level``, as the same share written ``比例为27%`` is, so one indicator's rows
    stay one series.  Every other kind, and a ratio of an indicator that is no share
    (``是去年同期的92%`` of a concentration), is kept as the parser wrote it.  One rule for
    ``read_report``'s rows, the bundled tables and the gold's scorer.

    Parameters
    ----------
    kind : str
        The figure's kind as parsed (a :class:`Kind` value).
    of_share : bool
        Whether the figure's indicator is a share (its canonical unit is ``%``).

    Returns
    -------
    str
        ``"level"`` for a ratio of a share, else ``kind``.

    Examples
    --------
    >>> measured_kind("ratio", of_share=True)
    'level'
    >>> measured_kind("ratio", of_share=False)
    'ratio'
    >>> measured_kind("change_absolute", of_share=True)
    'change_absolute'
    """
    return Kind.LEVEL.value if of_share and kind == Kind.RATIO.value else kind


_E = TypeVar("_E", bound=Enum)


def plain_members(enum: type[_E]) -> type[_E]:
    """The members of an enumeration as the plain attributes of a namespace.

    ``KIND.LEVEL is Kind.LEVEL``: the same objects, read faster.  On Python 3.11 every
    attribute of an enumeration class (``Kind.LEVEL``) is looked up through the metaclass's
    ``__getattr__`` hook, about ten times a plain attribute (0.2 µs against 0.02 µs; 3.12
    dropped the hook); the parser's grouping and context rules test a hit's kind and flags
    hundreds of thousands of times a text, so their modules read the members here.

    Parameters
    ----------
    enum : type
        The enumeration.

    Returns
    -------
    type
        A namespace with one attribute per member name (aliases included), typed as the
        enumeration for the checker.
    """
    return cast("type[_E]", SimpleNamespace(**enum.__members__))


#: :class:`Kind`, :class:`Flag` and :class:`Qualifier` for hot loops (see :func:`plain_members`).
KIND = plain_members(Kind)
FLAG = plain_members(Flag)
QUALIFIER = plain_members(Qualifier)


class BoundWord(NamedTuple):
    """A word that bounds a written figure: where it stands and what it means.

    ``position``: ``prefix`` (before the number: 不低于85%), ``suffix`` (after the figure
    and its unit: 85%以上), ``time_suffix`` (after a time unit only: 3年有余, 30日内) or
    ``inner`` (between the digits and a multiplier or unit: 20余万吨, 7000多吨).

    Parameters
    ----------
    word : str
        The word in simplified script (不低于, 以上, 余).
    qualifier : Qualifier
        What it means.
    position : {"prefix", "suffix", "time_suffix", "inner"}
        Where it stands.
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
        # a strict bound joined with 等于 by 或/及 (or none) is the inclusive bound
        # (粒径小于或等于2.5微米, AQI小于及等于100, 大于等于35, 等于或高于60分贝)
        ("小于或等于", _Q.AT_MOST), ("小于及等于", _Q.AT_MOST), ("小于等于", _Q.AT_MOST),
        ("低于或等于", _Q.AT_MOST), ("等于或小于", _Q.AT_MOST), ("等于或低于", _Q.AT_MOST),
        ("大于或等于", _Q.AT_LEAST), ("大于及等于", _Q.AT_LEAST), ("大于等于", _Q.AT_LEAST),
        ("高于或等于", _Q.AT_LEAST), ("等于或大于", _Q.AT_LEAST), ("等于或高于", _Q.AT_LEAST),
        ("不低于", _Q.AT_LEAST), ("不少于", _Q.AT_LEAST), ("不小于", _Q.AT_LEAST),
        ("至少", _Q.AT_LEAST), ("最少", _Q.AT_LEAST),
        ("不超过", _Q.AT_MOST), ("不高于", _Q.AT_MOST), ("不大于", _Q.AT_MOST),
        ("不多于", _Q.AT_MOST), ("最多", _Q.AT_MOST), ("至多", _Q.AT_MOST),
        ("大于", _Q.GREATER), ("高于", _Q.GREATER), ("多于", _Q.GREATER),
        ("小于", _Q.LESS), ("低于", _Q.LESS), ("少于", _Q.LESS),
        ("不足", _Q.LESS), ("不到", _Q.LESS), ("不及", _Q.LESS),
        ("超过", _Q.GREATER), ("突破", _Q.GREATER), ("逾", _Q.GREATER),
        ("超", _Q.GREATER),
        # 罚锾破百万, 回收量破万吨: 破 ("breaks") as 突破, a strict lower bound (branch hk17)
        ("破", _Q.GREATER),
        ("将近", _Q.NEARLY), ("接近", _Q.NEARLY), ("几近", _Q.NEARLY), ("近", _Q.NEARLY),
        ("大约", _Q.APPROX), ("大概", _Q.APPROX), ("约计", _Q.APPROX), ("约", _Q.APPROX),
        # comparison signs of thresholds (PSI>100, AQI<50, ≧54μg/m3, ≦35)
        ("≥", _Q.AT_LEAST), ("≧", _Q.AT_LEAST), ("⩾", _Q.AT_LEAST),
        ("≤", _Q.AT_MOST), ("≦", _Q.AT_MOST), ("⩽", _Q.AT_MOST),
        (">", _Q.GREATER), ("＞", _Q.GREATER), ("<", _Q.LESS), ("＜", _Q.LESS),
        # signs of approximate equality (31×1.5%≒0.465天, ≈5吨; ≒ in Taiwanese typesetting)
        ("≈", _Q.APPROX), ("≒", _Q.APPROX), ("≃", _Q.APPROX),
        # the English and Portuguese lines of Macau's and Hong Kong's bilingual tables and
        # notes (temperature at or above 33°C, igual ou superior a 33°C; parser round 35): a
        # space stands before the number
        ("igual ou superior a", _Q.AT_LEAST), ("igual ou inferior a", _Q.AT_MOST),
        ("superior a", _Q.GREATER), ("inferior a", _Q.LESS),
        ("at or above", _Q.AT_LEAST), ("at or below", _Q.AT_MOST),
        ("more than", _Q.GREATER), ("less than", _Q.LESS),
    ),
    *_words(
        "suffix",
        ("及以上", _Q.AT_LEAST), ("及以下", _Q.AT_MOST), ("或以上", _Q.AT_LEAST),
        ("或以下", _Q.AT_MOST), ("以上", _Q.AT_LEAST),
        ("以下", _Q.AT_MOST), ("以内", _Q.AT_MOST), ("之内", _Q.AT_MOST),
        ("左右", _Q.APPROX), ("上下", _Q.APPROX),
        # a fine that starts at the amount (罚锾从二千四百元起跳, 罚款3000元起罚): at least
        ("起跳", _Q.AT_LEAST), ("起罚", _Q.AT_LEAST),
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
