"""Vocabulary of the target/achievement model: directions, comparators, task statuses.

Stable ASCII codes (the ``.value`` of each member) are what DataFrames and CSV files hold.
"""

from __future__ import annotations

import re
from enum import StrEnum

from envindicators.errors import ModelValidationError
from envindicators.units.text import to_simplified
from envindicators.units.vocab import BOUND_WORDS, Qualifier

__all__ = ["QUALIFIER_COMPARATOR", "Comparator", "Direction", "ObservationRole", "TaskStatus"]


class Direction(StrEnum):
    """Which way an indicator is better.

    ``higher``: more is better (森林覆盖率, 优良天数比例).  ``lower``: less is better (PM2.5,
    能耗).  ``band``: a target band is best (e.g. 能源消费总量 417万吨标准煤左右).
    ``neutral``: descriptive quantity not judged for direction (罚款金额, 项目数).
    """

    HIGHER = "higher"
    LOWER = "lower"
    BAND = "band"
    NEUTRAL = "neutral"

    @property
    def mirrored(self) -> Direction:
        """The direction of the negated quantity: higher ↔ lower; band, neutral unchanged."""
        return _direction_mirrored(self)


class Comparator(StrEnum):
    """How a target value is to be compared with an observation ``x``.

    ==========  ======  ===================================================
    code        symbol  Chinese forms
    ==========  ======  ===================================================
    ``ge``      ≥       以上, 不低于, 不少于, 达到…以上
    ``le``      ≤       以下, 以内, 不超过, 控制在…以内, 不高于
    ``gt``      >       大于, 高于, 超过
    ``lt``      <       小于, 低于
    ``eq``      =       达到 x (no bound word), 为 x
    ``approx``  ≈       左右, 约 — met when \\|x − t\\| ≤ tolerance
    ``band``    ∈       between low and high (inclusive)
    ==========  ======  ===================================================
    """

    GE = "ge"
    LE = "le"
    GT = "gt"
    LT = "lt"
    EQ = "eq"
    APPROX = "approx"
    BAND = "band"

    @property
    def symbol(self) -> str:
        """The comparator's symbol (≥ ≤ > < = ≈ ∈): the one place symbols are written."""
        return _SYMBOLS[self.value]

    @classmethod
    def for_direction(cls, direction: Direction | str | None) -> Comparator | None:
        """The comparator a bare figure implies for an indicator's better direction.

        ``ge`` for higher-is-better, ``le`` for lower-is-better, ``None`` otherwise (band,
        neutral, unknown: the figure needs its bound word).  The one home of "达到 x means
        at least x when more is better" (``Comparator.from_text``, ``Target.from_text`` and
        ``Target.relative`` use it).

        Parameters
        ----------
        direction : Direction or str or None
            The indicator's better direction (:class:`Direction` or its code).

        Returns
        -------
        Comparator or None
            ``ge``, ``le``, or None when the direction implies no bound.
        """
        d = Direction(direction) if direction is not None else None
        return {Direction.HIGHER: cls.GE, Direction.LOWER: cls.LE}.get(d)  # type: ignore[arg-type]

    @property
    def mirrored(self) -> Comparator:
        """The comparator for the negated quantity: ≥ ↔ ≤, > ↔ <; =, ≈, ∈ unchanged."""
        return _comparator_mirrored(self)

    @classmethod
    def from_text(cls, text: str, direction: Direction | str | None = None) -> Comparator:
        """Map the bound words of a written target to a :class:`Comparator`.

        Parameters
        ----------
        text : str
            A code (``"ge"``), a symbol (``"≥"``) or the target figure as written with its
            bound words (``"85%以上"``, ``"控制在15.15亿立方米以内"``, ``"417万吨标准煤左右"``).
            Pass the figure, not the whole sentence: words such as 县级以上 elsewhere in a
            sentence would be read as bounds.
        direction : Direction or str, optional
            The indicator's better direction.  A bare ``达到 x`` / ``为 x`` (no bound word) is
            read as ``ge`` for higher-is-better and ``le`` for lower-is-better indicators (the
            dataset convention), and as ``eq`` otherwise.

        Returns
        -------
        Comparator
            The comparator.

        Raises
        ------
        ModelValidationError
            ``field="comparator"`` when nothing is recognised.

        Notes
        -----
        The bound words are those of :data:`envindicators.units.vocab.BOUND_WORDS` (the
        parser's table), mapped by :data:`QUALIFIER_COMPARATOR`; the text is brought to
        simplified script first.  Precedence: approx (左右, 约, 接近, 大概) > band (之间) > le
        (以内, 以下, 不超过, 不高于) > ge (以上, 不低于, 不少于) > gt (大于, 高于, 超过, 逾) > lt
        (小于, 低于, 不到, 不足) > verbs of movement (下降到, 控制在 → le; 提高到, 提升至 → ge)
        > 达到/为 (direction rule above).
        """
        return _comparator_from_text(cls, text, direction)


class ObservationRole(StrEnum):
    """What a reported figure is, as a statement about its period.

    ``outcome``
        The figure for its period as measured or reported (the default).
    ``projection``
        A figure expected for a date not yet reached when written (即使到2018年底完成,
        治理率也仅35%): never an observation of that date.
    ``gap_to_target``
        A difference between a reported level and a target (高于国家下达指标1.3个百分点):
        ``baseline_period`` names the target; it is not a change over time.
    ``context``
        A measured figure kept for context only: a count that frames other figures —
        the whole its parts are counted in (194个监控断面中, 有47个…) or the group a
        rate is given over (15個國考斷面水質優良比率100%) —, or a figure whose scope
        differs from the targets that share its indicator code and region (城镇污水处理率
        of all towns where the targets are for 县城 and 设区城市 separately), so pairing it
        by indicator and region would judge a target on another quantity.  ``note`` says
        why (``benchmarks/HANDCHECK.md``, convention (f)).

    Only ``outcome`` rows are paired with targets
    (:func:`envindicators.analytics.pair_observations`).
    """

    OUTCOME = "outcome"
    PROJECTION = "projection"
    GAP_TO_TARGET = "gap_to_target"
    CONTEXT = "context"


class TaskStatus(StrEnum):
    """Status of a rectification task (整改任务), ordered by degree of completion.

    Members compare by :attr:`rank` (``TaskStatus.COMPLETED > TaskStatus.ON_SCHEDULE``).

    =======================  ===========================================  ====
    code                     Chinese forms in the seeds                   rank
    =======================  ===========================================  ====
    ``not_completed``        未完成, 未完成整改                             0
    ``behind_schedule``      未达到序时进度, 尚未达到序时进度               1
    ``in_progress``          正在推进, 正在推进整改, 正在整改               2
    ``immediate``            立行立改 (rectify at once, then keep going)    3
    ``long_term``            长期坚持 (standing obligation, no end date)    4
    ``on_schedule``          达到序时进度, 按序时进度推进                   5
    ``fully_implemented``    全面实施                                       6
    ``basically_completed``  基本完成, 基本完成整改                         7
    ``completed``            已完成, 已完成整改, 完成整改                   8
    =======================  ===========================================  ====

    立行立改 and 长期坚持 describe a regime rather than a degree of completion; they rank
    between "in progress" and "on schedule" because they promise continuing work without a
    verifiable end point.
    """

    NOT_COMPLETED = "not_completed"
    BEHIND_SCHEDULE = "behind_schedule"
    IN_PROGRESS = "in_progress"
    IMMEDIATE = "immediate"
    LONG_TERM = "long_term"
    ON_SCHEDULE = "on_schedule"
    FULLY_IMPLEMENTED = "fully_implemented"
    BASICALLY_COMPLETED = "basically_completed"
    COMPLETED = "completed"

    @property
    def rank(self) -> int:
        """Position in the order of completion (higher: more complete; see the table)."""
        return _STATUS_ORDER.index(self)

    @classmethod
    def from_text(cls, text: str) -> TaskStatus:
        """Map a status as written (``已完成整改``, ``尚未达到序时进度``) to a :class:`TaskStatus`.

        The text may be a stable code (``"completed"``) or Chinese in either script.  When
        several statuses are written together (``基本完成整改，长期坚持``) the highest-ranked
        one is returned: the degree of completion outranks the regime words 长期坚持/立行立改.

        ================================================  ==========================
        forms recognised                                  status
        ================================================  ==========================
        (尚)未达到序时进度, 滞后于序时进度, 未按序时推进  ``behind_schedule``
        未完成, 尚未完成, 没有完成, 未整改到位            ``not_completed``
        基本完成, 基本完成整改                            ``basically_completed``
        达到序时进度, 按(照)序时进度(有序)推进, 序时推进  ``on_schedule``
        全面实施                                          ``fully_implemented``
        已完成, 完成整改, 整改到位, 已办结                ``completed``
        长期坚持                                          ``long_term``
        立行立改                                          ``immediate``
        正在推进, 正在整改, 推进中, 持续推进              ``in_progress``
        ================================================  ==========================

        Parameters
        ----------
        text : str
            The status as written, or its stable code.

        Returns
        -------
        TaskStatus
            The status (the highest-ranked one when several are written).

        Raises
        ------
        ModelValidationError
            ``field="status_text"`` when no form is recognised.
        """
        return _task_status_from_text(cls, text)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, TaskStatus):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, TaskStatus):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, TaskStatus):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, TaskStatus):
            return NotImplemented
        return self.rank >= other.rank


_STATUS_ORDER: tuple[TaskStatus, ...] = tuple(TaskStatus)


# ---------------------------------------------------------------------------------------
# Chinese-text mappings (added for the target/achievement model).  Additive: the enums
# above are unchanged; the functions below are attached as classmethods/properties.
# ---------------------------------------------------------------------------------------

# Status patterns, most specific first.  Each match is masked before the next pattern is
# tried, so 尚未达到序时进度 is not also read as 达到序时进度 and 基本完成 is not read as 完成.
# Character classes cover simplified and traditional script (达/達, 时/時, 进/進 …).
_STATUS_PATTERNS: tuple[tuple[re.Pattern[str], TaskStatus], ...] = tuple(
    (re.compile(p), s)
    for p, s in (
        (
            r"(?:尚|仍)?未(?:能)?[达達]到序[时時][进進]度|"
            r"(?:尚|仍)?未(?:能)?按照?序[时時](?:[进進]度)?推[进進]|"
            r"(?:滞后|滯後|落后|落後)(?:于|於)?序[时時][进進]度",
            TaskStatus.BEHIND_SCHEDULE,
        ),
        (r"(?:尚|仍)?未完成|(?:没有|沒有)完成|未整改到位", TaskStatus.NOT_COMPLETED),
        (r"基本完成", TaskStatus.BASICALLY_COMPLETED),
        (
            r"(?:[达達]到|按照?|符合|满足|滿足)序[时時][进進]度|序[时時][进進]度[内內]|"
            r"序[时時]推[进進]",
            TaskStatus.ON_SCHEDULE,
        ),
        (r"全面[实實]施", TaskStatus.FULLY_IMPLEMENTED),
        (r"完成|整改到位|[办辦]结|[办辦]結", TaskStatus.COMPLETED),
        (r"[长長]期[坚堅]持", TaskStatus.LONG_TERM),
        (r"立行立改", TaskStatus.IMMEDIATE),
        (
            r"正在(?:推[进進]|整改|实施|實施)|推[进進]中|整改中|持[续續]推[进進]",
            TaskStatus.IN_PROGRESS,
        ),
    )
)


def _task_status_from_text(cls: type[TaskStatus], text: str) -> TaskStatus:
    """Implementation of the ``from_text`` classmethod (documented there)."""
    if isinstance(text, TaskStatus):
        return text
    if not isinstance(text, str):
        raise ModelValidationError("status_text", text, "expected a string")
    stripped = text.strip()
    try:
        return cls(stripped)
    except ValueError:
        pass
    found: list[TaskStatus] = []
    rest = stripped
    for pattern, status in _STATUS_PATTERNS:
        if pattern.search(rest):
            found.append(status)
            rest = pattern.sub(lambda m: "\0" * len(m.group()), rest)
    if not found:
        raise ModelValidationError(
            "status_text",
            text,
            "no task status recognised; expected a TaskStatus code or a Chinese form "
            "such as 已完成整改, 基本完成, 达到序时进度, 尚未达到序时进度, 正在推进, "
            "全面实施, 长期坚持, 立行立改",
        )
    return max(found)


_SYMBOLS = {"ge": "≥", "le": "≤", "gt": ">", "lt": "<", "eq": "=", "approx": "≈", "band": "∈"}

#: Comparator of a written bound (the qualifier of a parsed figure); ``exact`` and
#: ``range`` have none (a range is a ``band`` with two ends).
QUALIFIER_COMPARATOR: dict[str, Comparator] = {
    Qualifier.AT_LEAST.value: Comparator.GE,
    Qualifier.AT_MOST.value: Comparator.LE,
    Qualifier.GREATER.value: Comparator.GT,
    Qualifier.MORE_THAN.value: Comparator.GT,
    Qualifier.LESS.value: Comparator.LT,
    Qualifier.APPROX.value: Comparator.APPROX,
    Qualifier.NEARLY.value: Comparator.APPROX,
}


def _bound_words(comparator: Comparator) -> str:
    """Regex alternation of the prefix/suffix bound words meaning ``comparator``.

    A one-character prefix word (约, 近, 逾, 超) and a word of approximation (大概, 接近)
    bound a figure only when a number follows, as in the parser (so 大概吧, 近年 or 超标
    are no bounds); comparatives (高于国家下达指标) and suffix words need none.
    """
    number = r"(?=\s*[\d０-９.一二三四五六七八九十两百千万])"
    guard = {"上下": "(?!游)"}  # 上下游 (up- and downstream) is no bound
    words = sorted(
        {
            (b.word, b.position)
            for b in BOUND_WORDS
            if b.position in ("prefix", "suffix")
            and QUALIFIER_COMPARATOR.get(b.qualifier.value) is comparator
        },
        key=lambda wp: -len(wp[0]),
    )
    return "|".join(
        re.escape(w)
        + (
            number
            if pos == "prefix" and (len(w) == 1 or comparator is Comparator.APPROX)
            else guard.get(w, "")
        )
        for w, pos in words
    )


_COMPARATOR_SYMBOLS = {
    "≥": Comparator.GE,
    ">=": Comparator.GE,
    "≤": Comparator.LE,
    "<=": Comparator.LE,
    ">": Comparator.GT,
    "<": Comparator.LT,
    "=": Comparator.EQ,
    "==": Comparator.EQ,
    "≈": Comparator.APPROX,
    "~": Comparator.APPROX,
    "∈": Comparator.BAND,
}

# Keyword patterns in priority order: 控制在…左右 is approx, not le; 不高于 is le, not gt.
# Bound words come from the units table (BOUND_WORDS); symbols and verbs of movement are
# the model's own.  Patterns match simplified text (from_text converts first).
_COMPARATOR_PATTERNS: tuple[tuple[re.Pattern[str], Comparator], ...] = tuple(
    (re.compile(p), c)
    for p, c in (
        (_bound_words(Comparator.APPROX) + r"|≈", Comparator.APPROX),
        (r"之间|区间|∈", Comparator.BAND),
        (_bound_words(Comparator.LE) + r"|≤|<=", Comparator.LE),
        (_bound_words(Comparator.GE) + r"|≥|>=", Comparator.GE),
        (_bound_words(Comparator.GT) + r"|>", Comparator.GT),
        (_bound_words(Comparator.LT) + r"|<", Comparator.LT),
        (
            r"下降(?:到|至)|降(?:到|至)|降低(?:到|至)|减少(?:到|至)|压减(?:到|至)|控制(?:在|到)",
            Comparator.LE,
        ),
        (r"提高(?:到|至)|提升(?:到|至)|增加(?:到|至)|增长(?:到|至)", Comparator.GE),
    )
)
_REACH = re.compile(r"达到|为|是|=")


def _comparator_from_text(
    cls: type[Comparator], text: str, direction: Direction | str | None = None
) -> Comparator:
    """Implementation of the ``from_text`` classmethod (documented there)."""
    if isinstance(text, Comparator):
        return text
    if not isinstance(text, str):
        raise ModelValidationError("comparator", text, "expected a string")
    stripped = text.strip()
    try:
        return cls(stripped)
    except ValueError:
        pass
    if stripped in _COMPARATOR_SYMBOLS:
        return _COMPARATOR_SYMBOLS[stripped]
    simplified = to_simplified(stripped)
    for pattern, comparator in _COMPARATOR_PATTERNS:
        if pattern.search(simplified):
            return comparator
    if _REACH.search(simplified):
        return cls.for_direction(direction) or cls.EQ
    raise ModelValidationError(
        "comparator",
        text,
        "unknown comparator; expected one of "
        + ", ".join(c.value for c in cls)
        + ", a symbol (≥ ≤ > < = ≈) or Chinese bound words (以上, 以内, 左右 …)",
    )


_MIRROR = {"ge": "le", "le": "ge", "gt": "lt", "lt": "gt"}


def _comparator_mirrored(self: Comparator) -> Comparator:
    """The comparator for the negated quantity: ≥ ↔ ≤, > ↔ <; =, ≈, ∈ unchanged."""
    return Comparator(_MIRROR.get(self.value, self.value))


def _direction_mirrored(self: Direction) -> Direction:
    """The direction for the negated quantity: higher ↔ lower; band, neutral unchanged."""
    return {
        Direction.HIGHER: Direction.LOWER,
        Direction.LOWER: Direction.HIGHER,
    }.get(self, self)
