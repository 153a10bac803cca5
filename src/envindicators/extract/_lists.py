"""Changes written after a ``分别`` list of levels: one per member (issue 13).

Reports give a list's levels and then their changes in a later clause of the same sentence:
``细颗粒物(PM2.5)和可吸入颗粒物(PM10)年均浓度分别为52和87微克/立方米，比上年下降8.8%和5.4%``,
``南京、无锡PM2.5浓度分别为28、30微克/立方米，同比下降2.1%、3.5%``.  The k-th change
belongs to the k-th member (its indicator and its region), not to the figure written last.

The rule (:func:`list_changes`): a change is a member's when

* it is one of the changes of its clause, joined to the next by list marks only (、, 和, 及,
  与, commas, spaces), of one kind;
* no registry name, no place and no date is written in its clause before the first of them
  (the changes have no subject of their own: ``同比下降…``, ``比上年下降…``; a year of their
  own — ``二〇〇六年比二〇〇五年降低…`` after ``二〇〇五、二〇〇六年…分别为…`` — is the
  change of that year, not a list's);
* an earlier clause of its sentence holds a ``分别`` list of levels (:class:`Member`s).

As many changes as members: the j-th change takes the j-th member.  Any other count is no
pairing: the change keeps the link the other rules give it and is marked for review — a
count mismatch is never paired by guess.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

import numpy as np

__all__ = ["MISMATCH_NOTE", "PAIRED_NOTE", "Member", "list_changes"]

#: Why a change after a 分别 list was not paired.
MISMATCH_NOTE = "changes after a list (分别): their count differs from the list's, not paired"
#: Why a change took a member's links.
PAIRED_NOTE = "change paired with its member of the list before it (分别)"
#: Marks that join the figures of a list (nothing else between two members).
_LIST_GAP = re.compile(r"[、和及与,，\s]*")


class Member(NamedTuple):
    """A level of a ``分别`` list: the links its row took."""

    clause: int
    code: str
    subject: str
    region: str | None
    region_confidence: int
    confidence: int


def list_changes(
    simple: str,
    figures: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    i: int,
    named: np.ndarray,
) -> tuple[int, int] | None:
    """Where the change ``i`` stands among the unnamed changes of its clause: ``(j, k)``.

    Parameters
    ----------
    simple : str
        The report in simplified script.
    figures : tuple of numpy.ndarray
        ``(start, end, kind, clause_start)`` of every figure, in text order.
    i : int
        The figure (a change).
    named : numpy.ndarray
        Starts of the registry names, place mentions and dates of the text (any order).

    Returns
    -------
    tuple of (int, int) or None
        ``j`` (from 0) of ``k`` changes joined by list marks only in the clause, ``None``
        when the clause names a subject before them or they are not one list.

    Examples
    --------
    >>> import numpy as np
    >>> t = "浓度分别为52和87，比上年下降8.8%和5.4%"
    >>> f = (np.array([5, 8, 11, 21]), np.array([7, 10, 20, 25]),
    ...      np.array(["level", "level", "change_relative", "change_relative"]),
    ...      np.array([0, 0, 11, 11]))
    >>> list_changes(t, f, 3, np.array([], dtype=int))
    (1, 2)
    """
    starts, ends, kinds, clauses = figures
    cs, kind = int(clauses[i]), str(kinds[i])
    same = np.flatnonzero((clauses == cs) & (kinds == kind))
    if len(same) == 0 or i not in same:
        return None
    first = int(starts[same[0]])
    if len(named) and bool(((named >= cs) & (named < first)).any()):
        return None  # PM10同比下降…: the changes name their own subject
    for a, b in itertools.pairwise(same):
        if not _LIST_GAP.fullmatch(simple[int(ends[a]) : int(starts[b])]):
            return None  # not one list: other words between two changes
    others = np.flatnonzero((clauses == cs) & (kinds != kind))
    if len(others):
        return None  # levels and changes mixed in the clause: no list of changes
    return int(np.flatnonzero(same == i)[0]), len(same)
