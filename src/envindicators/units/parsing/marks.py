"""Where the sentence and clause marks of a text are, found once per text.

Some rules of the scanner and the context rules ask where a figure's sentence or clause
starts: the last of some marks (``。;；\n``, ``,，`` …) before a position, within a reach of
up to 240 characters or back to the start of the text.  Written as
``max(s.rfind(c, lo, i) for c in marks)`` each question costs one pass over the reach per
mark, and a question asked at every figure with the whole text as its reach is quadratic in a
long run without marks.  :func:`last_mark` answers it from the sorted positions of the marks
in the text, found by one regular expression the first time a text is asked about with a set
of marks, then looked up by bisection (``O(log n)``, whatever the reach).

The index of the last few (text, marks) pairs is kept (:func:`functools.lru_cache`, keyed by
the text's value): the scanner and the context rules read one piece of a document at a time,
so a piece's index is built once and dropped as the cache turns over.  The positions are a
compact ``array('q')``, 8 bytes per mark found.

Building an index costs one pass over the text (about 8 ns a character for the sentence
marks), so it pays where a text is asked many questions; the clause window before each number
(``affixes._window``, a reach of 32 characters over the dense clause delimiters) keeps its
walk back, which measured as fast (benchmarks/README.md, speed42).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

#: How many (text, marks) indexes are kept: a piece of a document is asked about with a
#: handful of mark sets, and the pieces are read one after another.
_INDEXES_KEPT = 32


@lru_cache(maxsize=256)
def _mark_class(marks: str | frozenset[str]) -> re.Pattern[str]:
    """One character class matching any of ``marks`` (single characters)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(marks)) + "]")


@lru_cache(maxsize=_INDEXES_KEPT)
def mark_positions(s: str, marks: str | frozenset[str]) -> array[int]:
    """Sorted positions in ``s`` of the characters of ``marks``.

    Parameters
    ----------
    s : str
        The text.
    marks : str or frozenset of str
        The mark characters (each a single character); a string or a frozenset, so that the
        pair is hashable and the index of one text is built once per set of marks.

    Returns
    -------
    array.array
        Typecode ``'q'``: the ascending indexes ``p`` with ``s[p] in marks``.
    """
    return array("q", [m.start() for m in _mark_class(marks).finditer(s)])


def last_mark(s: str, lo: int, hi: int, marks: str | frozenset[str]) -> int:
    """The last position ``p`` with ``lo <= p < hi`` and ``s[p]`` one of ``marks``, else -1.

    The same answer as ``max(s.rfind(c, lo, hi) for c in marks)`` for single-character marks
    (``hi`` past the end reads to the end; ``lo > hi`` finds nothing), from the positions of
    the marks found once per text (:func:`mark_positions`).

    Parameters
    ----------
    s : str
        The text.
    lo, hi : int
        The half-open range searched.  Negative bounds count from the end, as in
        :meth:`str.rfind`.
    marks : str or frozenset of str
        The mark characters.

    Returns
    -------
    int
        The position of the last mark in ``s[lo:hi]``, or -1.

    Examples
    --------
    >>> last_mark("甲,乙。丙,丁", 0, 7, "。;；\\n")
    3
    >>> last_mark("甲,乙。丙,丁", 4, 7, "。;；\\n")
    -1
    """
    if lo < 0 or hi < 0:
        return _last_mark_scan(s, lo, hi, marks)
    pos = mark_positions(s, marks)
    k = bisect_left(pos, hi) - 1
    if k < 0:
        return -1
    p = pos[k]
    return p if p >= lo else -1


def _last_mark_scan(s: str, lo: int, hi: int, marks: Iterable[str]) -> int:
    """:func:`last_mark` by one :meth:`str.rfind` per mark (the reference it must equal)."""
    return max((s.rfind(c, lo, hi) for c in marks), default=-1)
