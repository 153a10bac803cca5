"""Counter words (量词) and the one rule for converting between counts.

The vocabulary lives in the registry, as pint groups in ``definitions.txt``: group
``counters`` holds every counter word, ``generic_counters`` the words that count anything
(个), and ``counter_synonyms`` uses one group per set of words that count the same things
(``vehicle_counters``: 辆, 台; ``round_counters``: 轮, 轮次; ``case_counters``: 件, 起, 宗).
This module only reads it.

The rule (used by :func:`envindicators.units.normalize` and by the model alike): two count
units may be converted into each other only when their counter words are

* the same word (``万户`` → ``户``; spellings and scale words are normalised), or
* generic on either side (pint's ``count``, or 个), or
* members of one synonym group (``辆`` ↔ ``台``).

Any other pair raises :class:`~envindicators.errors.UnitMismatchError`: 5 户 (households)
are not 5 台 (stoves), although pint, for which both are the dimensionless ``count``,
would add them.  Counts never convert to or from shares (%, ‰): pint would turn 5 户 into
500 %.
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import lru_cache

import pint

from envindicators.errors import UnitMismatchError, UnitStringError
from envindicators.units.registry import (
    SCALE_WORDS,
    _cjk_spellings_index,
    scale_spellings,
    ureg,
)

__all__ = [
    "COUNTER_SPELLINGS",
    "COUNTER_SYNONYMS",
    "COUNTER_WORDS",
    "GENERIC_COUNTERS",
    "SERIES_COUNTERS",
    "check_counts",
    "counter_word",
    "counters_compatible",
    "is_count_unit",
    "is_share_unit",
    "parse_unit",
]

#: Every counter word of the registry (canonical names: 户, 台, 个 …).
COUNTER_WORDS: frozenset[str] = ureg.get_group("counters").members
#: Counter words that count anything: pint's ``count``, ``dimensionless`` and group
#: ``generic_counters`` (个).
GENERIC_COUNTERS: frozenset[str] = frozenset({"count", "dimensionless"}) | (
    ureg.get_group("generic_counters").members
)
#: Every written spelling of a counter word (name and aliases: 棵 and 株, 个 and 個) → the
#: counter word; the quantity parser reads its counter vocabulary from here.
COUNTER_SPELLINGS: dict[str, str] = {
    spelling: name
    for name, spellings in sorted(_cjk_spellings_index(ureg).items())
    if name in COUNTER_WORDS
    for spelling in spellings
}
#: Counters of the parts of a scheme or a campaign — seasons (季), grades (级) and waves (波),
#: group ``series_counters`` of ``definitions.txt``: the parser reads them only where the text
#: counts with them, and ``read_report`` files such a count as context (it measures no
#: indicator of a place).
SERIES_COUNTERS: frozenset[str] = ureg.get_group("series_counters").members
#: Groups of counter words that count the same things (the groups used by
#: ``counter_synonyms`` in ``definitions.txt``).
COUNTER_SYNONYMS: tuple[frozenset[str], ...] = tuple(
    group.members for _, group in sorted(ureg.get_group("counter_synonyms").iter_used_groups())
)

_SCALE_PREFIXES: tuple[str, ...] = tuple(
    sorted((s for w in SCALE_WORDS for s in scale_spellings(w)), key=len, reverse=True)
)
_COUNT = ureg.Unit("count")
_SHARE_NAMES = frozenset({"percent", "permille"})


@lru_cache(maxsize=4096)
def parse_unit(unit: str) -> pint.Unit:
    """The :class:`pint.Unit` of a unit string of :data:`~envindicators.units.ureg` (cached).

    Parameters
    ----------
    unit : str
        A unit string (``"万吨/日"``, ``"µg/m3"``); surrounding spaces are ignored.

    Returns
    -------
    pint.Unit

    Raises
    ------
    UnitStringError
        Empty, or outside the bounded unit grammar (see :mod:`envindicators.units.grammar`).
    pint.UndefinedUnitError
        A name that is not a unit of the registry.
    """
    if not isinstance(unit, str):
        raise TypeError(f"a unit must be a string, got {type(unit).__name__}: {unit!r}")
    if not unit.strip():
        raise UnitStringError(unit, None, "empty unit (write 'dimensionless' for a pure number)")
    return ureg.parse_units(unit.strip())


@lru_cache(maxsize=4096)
def _root_unit(unit: str) -> pint.Unit:
    return ureg.get_root_units(parse_unit(unit))[1]


def is_count_unit(unit: str) -> bool:
    """True when ``unit`` is a count (its root unit is pint's ``count``: 个, 户, 万辆 …).

    Parameters
    ----------
    unit : str
        A unit string of the registry.

    Returns
    -------
    bool
        Whether it is a count.
    """
    return bool(_root_unit(unit) == _COUNT)


@lru_cache(maxsize=4096)
def is_share_unit(unit: str) -> bool:
    """True for the share units % and ‰ (differences of shares are percentage points).

    Plain ``dimensionless`` is not a share: pH, ratios and indices are dimensionless too.
    """
    names = dict(parse_unit(unit)._units)
    return len(names) == 1 and next(iter(names.items())) in {(n, 1) for n in _SHARE_NAMES}


@lru_cache(maxsize=4096)
def counter_word(unit: str) -> str | None:
    """The counter word of a count unit, normalised, or ``None`` for non-counts.

    Scale words are stripped and the spelling is normalised to the registry name:
    ``"万户"``, ``"戶"`` and ``"户"`` all give ``"户"``; ``"count"`` gives ``"count"``.
    Compound units (``户/村``) are not counters.
    """
    if not is_count_unit(unit):
        return None
    names = dict(parse_unit(unit)._units)
    if len(names) != 1:
        return None
    ((name, power),) = names.items()
    if power != 1:
        return None
    for prefix in _SCALE_PREFIXES:
        rest = name[len(prefix) :]
        if name.startswith(prefix) and rest:
            try:
                if is_count_unit(rest):
                    return str(ureg.get_name(rest))
            except pint.UndefinedUnitError:
                continue
    return str(ureg.get_name(name))


def counters_compatible(a: str, b: str) -> bool:
    """True when counter words ``a`` and ``b`` may count the same things (the rule above).

    Parameters
    ----------
    a, b : str
        Counter words (any spelling or scale: 户, 万户).

    Returns
    -------
    bool
        Whether a quantity in one converts to the other.
    """
    if a == b or a in GENERIC_COUNTERS or b in GENERIC_COUNTERS:
        return True
    return any(a in group and b in group for group in COUNTER_SYNONYMS)


def check_counts(
    from_unit: str, to_unit: str, *, field: str = "unit", row: Hashable | None = None
) -> None:
    """Raise :class:`UnitMismatchError` when the counter rule forbids ``from_unit → to_unit``.

    Parameters
    ----------
    from_unit, to_unit : str
        Unit strings of the registry.
    field : str
        Field name for the error (``"unit_written"`` in the model).
    row : hashable, optional
        Row label for the error.

    Raises
    ------
    UnitMismatchError
        A count against a share, or two counter words that are not interchangeable.
    """
    if is_count_unit(from_unit) != is_count_unit(to_unit) and (
        parse_unit(from_unit).dimensionless and parse_unit(to_unit).dimensionless
    ):
        raise UnitMismatchError(
            field, from_unit, f"a count and a share are not comparable (to {to_unit!r})", row
        )
    w_from, w_to = counter_word(from_unit), counter_word(to_unit)
    if w_from is not None and w_to is not None and not counters_compatible(w_from, w_to):
        raise UnitMismatchError(
            field,
            from_unit,
            f"counter words {w_from!r} and {w_to!r} are not interchangeable "
            f"(converting to {to_unit!r})",
            row,
        )
