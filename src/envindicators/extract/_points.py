"""A change of a share written in % that the two shares written beside it show to be points.

Reports often write the change of a share in ``%`` where they mean percentage points:
``空品良率64.5%…較去年同期56.7%提升7.8%`` (64.5 − 56.7 = 7.8: points; as a relative change
it would be 13.8 %), ``去年的比率僅有16.8%，較2018年的22.1%下跌多達5.3%``.  The parser cannot
tell a relative change from one in points from the words alone and flags the change
``ambiguous_unit`` (:class:`envindicators.units.vocab.Flag`).  Where the sentence writes both
shares — the level reached, then the reference after a word of comparison (较, 相较, 比, 相比),
the change straight after the reference — the arithmetic decides (the audit's
:func:`envindicators.audit.checks.check_changes` applies the same two formulas to stated
figures):

.. math::

    d_{points} = a - b, \\qquad d_{relative} = 100\\,(a / b - 1)

with :math:`a` the level, :math:`b` the reference and each figure taken as the interval of
its written decimals (``56.7`` is [56.65, 56.75]; the decimals are read by
:func:`envindicators.units.precision.written_figures`, the library's one reader of them).
The change is read in points (``change_absolute``, unit ``百分点``) only when the written
change lies within the interval of :math:`d_{points}`, not within that of
:math:`d_{relative}`, and its sign is the sign of :math:`a - b`; otherwise nothing changes
(the flag stays).  The flag is kept either way: the figure was written in %, and the
reading is an inference a user may want to check.

References
----------
Eurostat (2017), *Statistics Explained: Glossary — Percentage point*: "the arithmetic
difference of two percentages"; a change from 56.7 % to 64.5 % is 7.8 percentage points.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from envindicators.units.precision import written_figures
from envindicators.units.vocab import Flag

__all__ = ["points_from_levels"]

#: A word of comparison before the reference share (较2018年的22.1%, 相較 105年 73.4%, 比上年
#: 50.5%, 与去年相比…), both scripts.
_COMPARED = re.compile(r"较|較|相比|比")
#: What may stand between the reference and the change: nothing, or spaces.
_GAP = re.compile(r"\s*")
#: The end of a clause of its own between the level and the reference.
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def points_from_levels(text: str, q: pd.DataFrame) -> pd.DataFrame:
    """Read a change in % as percentage points where the shares written beside it say so.

    Parameters
    ----------
    text : str
        The text the figures were read from.
    q : pandas.DataFrame
        :func:`envindicators.units.extract_quantities` rows of ``text`` in text order, with
        ``sent_start`` (the start of each figure's sentence).

    Returns
    -------
    pandas.DataFrame
        ``q``, with ``kind`` ``change_absolute`` and ``unit`` ``百分点`` for each change in
        % flagged ``ambiguous_unit`` that follows a reference share after a word of
        comparison and whose value is the difference of the level before it and that
        reference (see the module).  Other rows are unchanged; the flag stays.

    Examples
    --------
    >>> from envindicators.units import extract_quantities
    >>> s = "去年的比率僅有16.8%，較2018年的22.1%下跌多達5.3%"
    >>> q = extract_quantities(s).assign(sent_start=0)
    >>> points_from_levels(s, q)[["text", "unit", "kind"]].iloc[-1].tolist()
    ['下跌多達5.3%', '百分点', 'change_absolute']
    >>> s = "比率為20.0%，較上年的16.0%上升25.0%"  # 20/16 − 1 = 25 %: relative
    >>> q = extract_quantities(s).assign(sent_start=0)
    >>> points_from_levels(s, q)[["unit", "kind"]].iloc[-1].tolist()
    ['%', 'change_relative']
    """
    n = len(q)
    if n < 3:
        return q
    kind = q["kind"].astype(str).to_numpy()
    unit = q["unit"].astype(str).to_numpy()
    value = q["value"].to_numpy(dtype=float)
    warn = q["warnings"].to_numpy(dtype=str)
    starts = q["start"].to_numpy(dtype=np.int64)
    ends = q["end"].to_numpy(dtype=np.int64)
    sent = q["sent_start"].to_numpy(dtype=np.int64)
    is_level = (kind == "level") & (unit == "%") & np.isfinite(value)
    change = (
        (kind == "change_relative")
        & (unit == "%")
        & np.isfinite(value)
        & (np.char.find(warn, Flag.AMBIGUOUS_UNIT.value) >= 0)
    )
    change[:2] = False
    idx = np.flatnonzero(change)
    # the reference: the figure right before the change, a share level in its sentence
    idx = idx[is_level[idx - 1] & (sent[idx - 1] == sent[idx])]
    if not len(idx):
        return q
    # half the last written decimal place of each figure (``56.7%`` → 0.05, ``16%`` → 0.5)
    places = written_figures(q["text"], value)["decimals"].to_numpy(dtype=float)
    half = 0.5 * 10.0**-places
    points: list[int] = []
    for i in idx.tolist():  # a handful per text: the changes the parser could not settle
        r = i - 1
        if _GAP.fullmatch(text, ends[r], starts[i]) is None:
            continue
        b, hb = value[r], half[r]
        d, hd = value[i], half[i]
        for j in range(r - 1, -1, -1):  # the nearest level before it that fits
            if sent[j] != sent[i]:
                break
            if not is_level[j]:
                continue
            between = text[ends[j] : starts[r]]
            if _COMPARED.search(between) is None or _SENTENCE_END.search(between):
                continue
            a, ha = value[j], half[j]
            if b <= 0 or np.sign(a - b) != np.sign(d):
                continue
            tol = ha + hb + hd
            as_points = abs((a - b) - d) <= tol + 1e-9
            lo = 100 * ((a - ha) / (b + hb) - 1)
            hi = 100 * ((a + ha) / (b - hb) - 1) if b - hb > 0 else np.inf
            as_relative = lo - hd - 1e-9 <= d <= hi + hd + 1e-9
            if as_points and not as_relative:
                points.append(i)
                break
    if not points:
        return q
    q = q.copy()
    rows = q.index[points]
    q.loc[rows, "kind"] = "change_absolute"
    q.loc[rows, "unit"] = "百分点"
    return q
