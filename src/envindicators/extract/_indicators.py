"""Which indicator a figure of a report is a value of (the indicator link of :func:`read_report`).

:class:`IndicatorPicker` holds what the choice needs for one document (the registry forms
found in the text, the place names and dates, the figures) and :meth:`IndicatorPicker.choose`
links one figure: to a registry indicator written before it in its sentence, after it in its
clause, the indicator of the previous figure of its sentence (for a change), a loose match
(most of a registry name's character pairs), else a *proposed* indicator named by the noun
phrase of the figure.  Nothing is dropped: a figure without any noun phrase is reported as
unread by the caller.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from envindicators.extract._lexicon import Lexicon, compatible
from envindicators.units import normalize_text

__all__ = ["IndicatorChoice", "IndicatorPicker", "noun_phrase"]

#: A loose indicator match (most of a registry name's character pairs in the clause, see
#: :meth:`Lexicon.closest`) at or above this share needs no review.
LOOSE_SURE = 0.8
#: Verbs and particles trimmed from a proposed indicator's noun phrase.
_TRIM_TAIL = re.compile(
    r"(分别|均|总共|共计|累计|合计|共|总计|总量|总数|已经|已|约|达到|达|为|是|降至|降到|下降到|下降|"
    r"上升到|上升|提高到|提高|提升到|提升|增长|增加|减少|降低|控制在|实现|完成了|完成|"
    r"超过|不低于|不超过|有|的|了|在|至|到|比|较|同比|和|与|及|、|“|”|\s)+$"
)
_TRIM_HEAD = re.compile(
    r"^(其中|全省|全市|全区|全县|我省|我市|我区|我县|共|累计|已|并|还|同时|此外|\s|、|“|”)+"
)


@dataclass(frozen=True)
class IndicatorChoice:
    """The indicator link of one figure.

    Parameters
    ----------
    code : str
        Registry or proposed indicator code.
    subject : str
        The words of the text naming it.
    confidence : int
        Rank of the link (0 low, 1 medium, 2 high).
    why : list of str
        Reasons the link needs review (empty when sure).
    role : str
        Observation role of the figure (``outcome``, or ``context``).
    """

    code: str
    subject: str
    confidence: int
    why: list[str] = field(default_factory=list)
    role: str = "outcome"


@dataclass
class IndicatorPicker:
    """The indicator choice for the figures of one document.

    Parameters
    ----------
    text : str
        The report.
    lexicon : Lexicon
        The registry's forms.
    registry : pandas.DataFrame
        The indicator registry (``code``, ``unit``, optional ``context``).
    figures : pandas.DataFrame
        The figures with their sentence and clause bounds (``start``, ``end``,
        ``clause_start``, ``kind``).
    found : pandas.DataFrame
        The registry forms written in the text (``start``, ``end``, ``form``; offsets in
        ``text``).
    places : pandas.DataFrame
        Place names in the text (``start``, ``end``).
    dates : pandas.DataFrame
        Dates in the text (``start``, ``end``).
    """

    text: str
    lexicon: Lexicon
    registry: pd.DataFrame
    figures: pd.DataFrame
    found: pd.DataFrame
    places: pd.DataFrame
    dates: pd.DataFrame
    proposed: dict[str, dict[str, Any]] = field(default_factory=dict)
    _last: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        reg = self.registry.set_index("code")
        self._unit_of = reg["unit"].astype(str)
        self._context_of = reg["context"] if "context" in reg.columns else pd.Series(dtype=object)
        self._codes_of = self.lexicon.forms.groupby("form")["code"].apply(list)

    def fits(self, code: str, unit: str, kind: str) -> bool:
        """Whether a figure in ``unit`` of ``kind`` can be a value of indicator ``code``.

        Parameters
        ----------
        code : str
            A registry or proposed indicator code.
        unit : str
            The figure's unit.
        kind : str
            The figure's kind (``level``, ``change_relative`` …).

        Returns
        -------
        bool
            True when the figure converts to the indicator (:func:`compatible`).
        """
        if code in self.proposed:
            return compatible(unit, kind, str(self.proposed[code]["unit"]), None)
        return compatible(unit, kind, str(self._unit_of[code]), self._context_of.get(code))

    def _fitting(self, form: str, unit: str, kind: str) -> list[str]:
        return [c for c in self._codes_of[form] if self.fits(c, unit, kind)]

    def choose(self, r: Any) -> IndicatorChoice | None:
        """The indicator of one figure (a row of ``figures``), ``None`` without any name.

        Parameters
        ----------
        r : namedtuple
            A row of :attr:`figures` (``itertuples``).

        Returns
        -------
        IndicatorChoice or None
            The link, or ``None`` when the text gives no words naming the figure.
        """
        text, found, q = self.text, self.found, self.figures
        s, e = int(r.start), int(r.end)
        ss, cs, ce = int(r.sent_start), int(r.clause_start), int(r.clause_end)
        unit, kind = str(r.unit), str(r.kind.value if hasattr(r.kind, "value") else r.kind)
        why: list[str] = []
        code: str | None = None
        subject: str | None = None
        ind_conf = 2
        # 分别 before the figure, or inside its written form (同比分别下降14%)
        respectively = text.rfind("分别", cs, e)
        cands = found
        if not found.empty:  # a form may run into the figure (先进产能占比 | 占比超64%)
            cands = found[(found["start"] >= ss) & (found["start"] < s) & (found["end"] <= e)]
            cands = cands.sort_values("end", ascending=False)
        if respectively >= 0 and not cands.empty:
            named = cands[cands["end"] <= respectively + 2].sort_values("start")
            named = named[named["start"] >= cs] if (named["start"] >= cs).any() else named
            order = int(
                (
                    (q["end"] > respectively + 2)
                    & (q["start"] < s)
                    & (q["clause_start"] == cs)
                    & (q["kind"].astype(str) == kind)
                ).sum()
            )
            if order < len(named):
                form = named.iloc[order]
                ok = self._fitting(form["form"], unit, kind)
                if ok:
                    code, subject = ok[0], text[int(form["start"]) : int(form["end"])]
        if code is None:
            for _, form in cands.iterrows():
                ok = self._fitting(form["form"], unit, kind)
                if ok:
                    code, subject = ok[0], text[int(form["start"]) : int(form["end"])]
                    if int(form["end"]) < cs and not kind.startswith("change"):
                        ind_conf = 1  # a level named in an earlier clause of the sentence
                    break
        if code is None and not found.empty:
            after = found[(found["start"] >= e) & (found["end"] <= ce)].sort_values("start")
            for _, form in after.iterrows():
                ok = self._fitting(form["form"], unit, kind)
                if ok:
                    code, subject = ok[0], text[int(form["start"]) : int(form["end"])]
                    ind_conf = 1
                    break
        if code is None and kind.startswith("change") and ss in self._last:
            prev = self._last[ss]
            if self.fits(prev, unit, kind):
                code, ind_conf = prev, 1
                if prev in self.proposed:
                    ind_conf = 0
                    why.append("indicator proposed")
        if code is None:  # no form written whole: the registry name most of it is written
            clause = normalize_text(text[cs:ce]).text
            loose = self.lexicon.closest(clause, functools.partial(self.fits, unit=unit, kind=kind))
            if loose is not None:
                code, ind_conf = loose[0], 1
                subject = noun_phrase(text, cs, s, e, ce, self.places, self.dates) or loose[1]
                if loose[2] < LOOSE_SURE:
                    why.append("indicator matched loosely")
        if code is None:
            phrase = noun_phrase(text, cs, s, e, ce, self.places, self.dates)
            if phrase is None:
                return None
            code = self._propose(phrase, unit, kind)
            subject = phrase
            ind_conf = 0
            why.append("indicator proposed")
        self._last[ss] = code
        subject = subject or str(self.proposed.get(code, {}).get("name_zh", "")) or code
        return IndicatorChoice(code, subject, ind_conf, why)

    def _propose(self, phrase: str, unit: str, kind: str) -> str:
        level_unit = {"change_relative": "dimensionless", "change_absolute": "%"}.get(kind, unit)
        if kind == "change_absolute" and unit != "百分点":
            level_unit = unit
        if kind == "ratio":
            level_unit = "%"
        digest = hashlib.sha1(f"{phrase}|{level_unit}".encode()).hexdigest()[:8]
        code = f"proposed_{digest}"
        self.proposed.setdefault(
            code,
            {
                "code": code,
                "name_zh": phrase,
                "name_en": f"(proposed, to review) {phrase}",
                "unit": level_unit,
                "direction": "neutral",
                "domain": "governance",
                "aliases": None,
            },
        )
        return code


def noun_phrase(
    text: str, cs: int, s: int, e: int, ce: int, places: pd.DataFrame, dates: pd.DataFrame
) -> str | None:
    """The words naming a figure no registry indicator matches (before it, else after).

    Parameters
    ----------
    text : str
        The report.
    cs, s, e, ce : int
        Clause start, figure start, figure end, clause end.
    places, dates : pandas.DataFrame
        Place names and dates of the text (``start``, ``end``): the phrase starts after
        the last one before the figure in its clause.

    Returns
    -------
    str or None
        The phrase, ``None`` when the clause has no words for it.
    """
    lo = cs
    for spans in (places, dates):
        if not spans.empty:
            before = spans[(spans["end"] <= s) & (spans["end"] > lo)]
            if not before.empty:
                lo = int(before["end"].max())
    phrase = _TRIM_HEAD.sub("", _TRIM_TAIL.sub("", text[lo:s]))
    if len(phrase) < 2:
        phrase = _TRIM_HEAD.sub("", _TRIM_TAIL.sub("", text[e:ce]))
    phrase = phrase.strip(" ，,、。；;：:（）()")
    if len(phrase) < 2 or re.fullmatch(r"[\d.%\s]+", phrase):
        return None
    return phrase[:40]
