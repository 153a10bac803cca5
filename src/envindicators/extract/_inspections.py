"""Problem statements of a central inspection and the date they are of (issue 13, insp21).

A rectification report or plan quotes the findings of the central inspection
(中央(生态)环境保护督察) it answers: ``截至督察进驻时，全省仍有225台…``, ``督察发现，…``, the
problem paragraph of a numbered item before its ``整改进展情况``/``整改目标``.  Such a
figure is of the time of the inspection, not of the report: the bundled tables date it at
the **end of the inspection's stationing** (督察进驻), at its **start** where the text says
``进驻时``/``进驻前``, and over the **whole stationing** where it counts what was handed over
during it (``督察组交办的…件``, ``督察期间``).  A date written in the figure's own sentence
wins.

The stationing is read from the document first (an ``X督察组于A至B对Y开展…督察`` sentence),
else from the bundled table of the central inspections (``datasets/inspections.csv``,
:func:`envindicators.datasets.load`) by the figure's province and the round the document
names (第一轮/第二轮/第三轮, 回头看; ``中央环境保护督察`` without 生态 is the first round) or,
failing that, the latest inspection of the province before the document's publication.

* :func:`problem_spans` — the spans of problem statements and how each dates its figures;
* :class:`DocumentInspections` — the inspections a document concerns, and the stationing
  that dates a figure of a province.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

import envindicators.datasets as datasets
import envindicators.regions as regions
from envindicators.errors import EnvIndicatorsError
from envindicators.extract._phrases import HAND_OVER, PETITIONS_HANDED
from envindicators.model.schema import INSPECTION_ROUNDS
from envindicators.units import to_simplified

__all__ = [
    "AT_END",
    "AT_START",
    "OVER_STATIONING",
    "DocumentInspections",
    "Stationing",
    "problem_spans",
    "rounds_named",
    "span_kind",
]

#: How a problem statement dates its figures: at the end of the stationing (督察发现…),
#: at its start (截至督察进驻时…) or over the whole stationing (督察组交办的…件).
AT_END, AT_START, OVER_STATIONING = "end", "start", "span"

#: Words that say a clause states what the inspection found (simplified script; the text is
#: folded first, so the traditional forms 督察發現, 進駐時 … match too).  Group names:
#: ``start`` → as of the arrival, ``span`` → during the stationing, ``end`` → the findings.
_CUE = re.compile(
    r"(?P<start>(?:督察(?:组)?)?进驻(?:时(?!间)|前))"
    r"|(?P<span>督察(?:组)?(?:进驻)?期间|进驻期间|督察组(?:"
    + HAND_OVER
    + ")|(?:"
    + PETITIONS_HANDED
    + r")的)"
    r"|(?P<end>督察(?:组)?(?:发现|指出|认为|反馈)|督察时(?!间)|反馈意见(?:指出|认为)|反馈指出|经督察"
    r"|督察组?抽查)"
)
#: A provincial or municipal inspection (省委第一生态环境保护督察组, 省级督察, 市级督察):
#: not the central one the table holds.
_LOCAL = re.compile(r"(?:省委|省级|市级|市委|省第|市第|省生态|省环境|省环保)[^。；;，,]{0,12}$")
#: Words after which a clause states the rectification's progress, not the finding
#: (``交办的6991件…，已办结6591件``): the problem statement ends there.
_PROGRESS = re.compile(
    r"已办结|基本办结|全部办结|已完成|已经完成|完成整改|已整改|已全部|现已|目前已|截至目前|截止目前"
    r"|整改后|已销号"
    r"|办结率|整改进展|整改情况"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
#: A document that speaks of a provincial or municipal inspection too (省级环境保护督察,
#: 省委第一生态环境保护督察组): there a cue dates a figure only in a sentence naming 中央.
_LOCAL_INSPECTION = re.compile(
    r"(?:省级|市级)(?:生态)?环(?:境保护|保)督察"
    r"|(?:省委|市委|省|市)第[一二三四五六七八九十]+(?:生态)?环(?:境保护|保)督察组"
    r"|(?<![中央])省(?:委)?(?:生态)?环(?:境保护|保)督察(?:组|[“\"「]|回头看)"
)

#: Ordinal rounds (第二轮中央生态环境保护督察, 首轮) and the central review
#: (中央环境保护督察“回头看”; not a province's own 回头看 of its petitions or inspections).
_ROUND = re.compile(
    r"第([一二三1-3])轮|(首)轮|(中央[^。；;，,：:]{0,16}督察[”\"」』]?\s*[“\"「『]?回头看)"
)
#: An inspection group's name (中央第二环境保护督察组, 中央第五生态环境保护督察组,
#: 中央第二环保督察组).
_GROUP = re.compile(r"中央第([一二三四五六七八九十]+)(生态)?(?:环境保护|环保)督察组")
_ORDINAL = {"一": "first", "1": "first", "首": "first", "二": "second", "2": "second"}
_ORDINAL |= {"三": "third", "3": "third"}
#: The first round's name (before 2018-10 the inspection had no 生态 in its name).
_OLD_NAME = re.compile(r"中央环境保护督察|中央环保督察")
_NEW_NAME = re.compile(r"中央生态环境保护督察|中央生态环保督察")

_DAY = r"(?:(?P<{y}>\d{{4}})\s*年\s*)?(?P<{m}>\d{{1,2}})\s*月\s*(?P<{d}>\d{{1,2}})\s*[日号]"
#: A stationing written in the text: ``于2021年4月7日至5月7日对山西省开展…督察``.
_STATED = re.compile(
    _DAY.format(y="y1", m="m1", d="d1")
    + r"\s*(?:至|到|—|–|－|-|~|～)\s*"
    + _DAY.format(y="y2", m="m2", d="d2")
)
#: A year written in digits (``2018年``, a stamp's ``2018-11-13``): the years a document says.
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: What a sentence with a stationing says of it (an inspection carried out, a group stationed).
_STATIONING_WORDS = re.compile(r"督察")
_STATIONING_VERB = re.compile(r"进驻|开展|进行|实施|督察工作")
#: A date range in parentheses after 进驻期间 (a notice: ``进驻期间(2018年11月6日-12月6日)``).


@dataclass(frozen=True)
class Stationing:
    """One inspection's stationing, as a document states it or as the table gives it.

    Attributes
    ----------
    region : str or None
        The province inspected (full gazetteer name); ``None`` when the text names none.
    round : str or None
        One of :data:`envindicators.model.schema.INSPECTION_ROUNDS`, when known.
    start, end : pandas.Timestamp or None
        First and last day of the stationing.
    stated : bool
        Read from the document itself (else from the bundled table).
    """

    region: str | None
    round: str | None
    start: pd.Timestamp | None
    end: pd.Timestamp | None
    stated: bool


def _fold(text: str) -> str:
    return to_simplified(text)


def rounds_named(text: str) -> frozenset[str]:
    """The inspection rounds a document names.

    Parameters
    ----------
    text : str
        The document (either script).

    Returns
    -------
    frozenset of str
        Codes of :data:`~envindicators.model.schema.INSPECTION_ROUNDS`: the ordinal rounds
        written (第二轮 → ``second``); ``回头看`` alone → ``first_review``, with an ordinal →
        that round's review too (第一轮…回头看: ``first`` and ``first_review``); neither, and
        the inspection named without 生态 only (中央环境保护督察) → ``first``.  Empty: the
        document does not tell.
    """
    simple = _fold(text)
    ordinals: set[str] = set()
    review = False
    for m in _ROUND.finditer(simple):
        if m.group(3):
            review = True
        else:
            ordinals.add(_ORDINAL[m.group(1) or m.group(2)])
    if ordinals:
        out = set(ordinals)
        if review:
            out |= {f"{o}_review" for o in ordinals if f"{o}_review" in INSPECTION_ROUNDS}
        return frozenset(out)
    if review:
        return frozenset({"first_review"})
    if _OLD_NAME.search(simple) and not _NEW_NAME.search(simple):
        return frozenset({"first"})
    return frozenset()


def _sentence_bounds(simple: str, pos: int) -> tuple[int, int]:
    start = max(simple.rfind(c, 0, pos) for c in "。！？!?\n") + 1
    m = _SENTENCE_END.search(simple, pos)
    return start, (m.start() if m else len(simple))


def _local_before(simple: str, pos: int) -> bool:
    """Whether the paragraph before ``pos`` names a provincial or municipal inspection after
    its last mention of the central one (…开展第一批省环境保护督察“回头看”。督察组向地方转办的…)."""
    window = simple[simple.rfind("\n", 0, pos) + 1 : pos]
    local = [m.start() for m in _LOCAL_INSPECTION.finditer(window)]
    return bool(local) and window.rfind("中央") < local[-1]


def _cue_spans(simple: str) -> list[tuple[int, int, str]]:
    """The clauses of ``simple`` a cue marks as the inspection's finding, with their kind."""
    out: list[tuple[int, int, str]] = []
    for m in _CUE.finditer(simple):
        kind = m.lastgroup or AT_END
        if _LOCAL.search(simple, max(0, m.start() - 16), m.start()):
            continue  # a provincial or municipal inspection
        ss, se = _sentence_bounds(simple, m.start())
        if "中央" not in simple[ss:se] and _local_before(simple, m.start()):
            continue  # the paragraph speaks of a provincial inspection: which one's?
        if kind == AT_END and m.group(0) in ("督察反馈", "督察组反馈"):
            continue  # 督察反馈意见 names the feedback, it states no figure
        before = list(_PROGRESS.finditer(simple, ss, m.start()))
        start = before[-1].end() if before else ss
        after = _PROGRESS.search(simple, m.end(), se)
        end = after.start() if after else se
        if kind == OVER_STATIONING:  # 交办的6991件…: the cue's clause from the cue on
            start = m.start()
            clause = _CLAUSE_END.search(simple, m.end(), se)
            end = min(end, clause.start() if clause else se)
        elif kind == AT_START:  # …164台未纳入，进驻时仍有69台: from the cue's clause on
            start = max(start, *(simple.rfind(c, ss, m.start()) + 1 for c in "，,；;"))
        out.append((start, end, kind))
    return out


def problem_spans(
    text: str, item_spans: Iterable[tuple[int, int]] = ()
) -> tuple[np.ndarray, list[str]]:
    """Spans of a document's problem statements and how each dates its figures.

    Parameters
    ----------
    text : str
        The document (either script; positions index it as given).
    item_spans : iterable of (int, int)
        Spans of the problem paragraphs of numbered items (the item's text before its
        ``整改进展情况``, ``整改目标`` … field lines), dated at the end of the stationing.

    Returns
    -------
    tuple of (numpy.ndarray, list of str)
        Spans ``(n, 2)`` ``[start, end)`` and, per span, :data:`AT_END`, :data:`AT_START`
        or :data:`OVER_STATIONING`.  A figure in several spans takes the innermost (the
        cue's clause over the item's paragraph).
    """
    simple = _fold(text)
    if "督察" not in simple:
        return np.zeros((0, 2), dtype=np.int64), []
    spans = [(int(a), int(b), AT_END) for a, b in item_spans if b > a]
    spans += _cue_spans(simple)
    arr = np.array([(a, b) for a, b, _ in spans], dtype=np.int64).reshape(-1, 2)
    return arr, [k for _, _, k in spans]


def span_kind(spans: tuple[np.ndarray, list[str]], pos: int) -> str | None:
    """How the problem statement around ``pos`` dates it (``None``: in none).

    Parameters
    ----------
    spans : tuple of (numpy.ndarray, list of str)
        As returned by :func:`problem_spans`.
    pos : int
        A figure's start.

    Returns
    -------
    str or None
        The kind of the innermost span holding ``pos``.
    """
    arr, kinds = spans
    if not len(arr):
        return None
    inside = np.flatnonzero((arr[:, 0] <= pos) & (pos < arr[:, 1]))
    if not len(inside):
        return None
    best = min(inside, key=lambda i: int(arr[i, 1] - arr[i, 0]))
    return kinds[int(best)]


@functools.cache
def _table() -> pd.DataFrame:
    return datasets.load("inspections")


def _province(name: str | None, within: str | None = None) -> str | None:
    """The province-level division of a place name (``None`` when it does not resolve)."""
    if not name:
        return None
    try:
        r = regions.resolve(name, within=within) if within else regions.resolve(name)
        if r.code == regions.NATIONAL.code or not r.province_code:
            return None  # 全国, 我国: no province
        return regions.region_of(r.province_code).name
    except (EnvIndicatorsError, KeyError, ValueError):
        return None


def _provinces(sentence: str) -> list[str]:
    """The provinces a sentence names (by a province's name: 对山西省, 甘肃)."""
    named = regions.find_regions(sentence)
    return sorted(
        {
            regions.region_of(str(c)).name
            for c in named.loc[named["level"] == "province", "code"]
            if str(c) != regions.NATIONAL.code
        }
    )


def _day(year: int | None, month: str, day: str) -> pd.Timestamp | None:
    if year is None:
        return None
    try:
        return pd.Timestamp(int(year), int(month), int(day))
    except ValueError:
        return None


def _batch_years(table: pd.DataFrame, province: str, rounds: frozenset[str]) -> set[int]:
    """Years in which the batches of ``province``'s inspections (in ``rounds``) were
    stationed, from the dated rows of the same batch (a batch is stationed within weeks)."""
    rows = table[table["region"] == province]
    if rounds:
        rows = rows[rows["round"].isin(sorted(rounds))]
    years: set[int] = set()
    for rnd, batch in zip(rows["round"], rows["batch"], strict=True):
        same = table[(table["round"] == rnd) & (table["batch"] == batch)]
        years |= set(same["stationed_start"].dropna().dt.year.astype(int).tolist())
    return years


def _stated(simple: str, table: pd.DataFrame, rounds: frozenset[str]) -> list[Stationing]:
    """Stationings the document writes (``…督察组于A至B对Y开展…督察``)."""
    out: list[Stationing] = []
    for m in _STATED.finditer(simple):
        ss, se = _sentence_bounds(simple, m.start())
        sentence = simple[ss:se]
        if not (_STATIONING_WORDS.search(sentence) and _STATIONING_VERB.search(sentence)):
            continue
        if "中央" not in sentence:
            continue  # a provincial or municipal inspection's stationing (省委第一…督察组)
        provinces = _provinces(sentence)
        province = provinces[0] if len(provinces) == 1 else None
        here = rounds_named(sentence) or rounds
        y1 = int(m["y1"]) if m["y1"] else None
        if y1 is None and province is not None:  # 7月14日至8月14日: the batch's year
            years = _batch_years(table, province, here)
            y1 = years.pop() if len(years) == 1 else None
        start = _day(y1, m["m1"], m["d1"])
        y2 = int(m["y2"]) if m["y2"] else None
        if y2 is None and y1 is not None:
            y2 = y1 + (1 if int(m["m2"]) < int(m["m1"]) else 0)  # 12月4日至1月4日
        end = _day(y2, m["m2"], m["d2"])
        if start is None or end is None or end < start or (end - start).days > 120:
            continue
        only = next(iter(here)) if len(here) == 1 else None
        out.append(Stationing(province, only, start, end, True))
    return out


class DocumentInspections:
    """The central inspections a document concerns, to date its problem statements.

    Parameters
    ----------
    text : str
        The document.
    published : datetime.date or None
        Its publication date (bounds the inspections it can concern).
    table : pandas.DataFrame, optional
        The inspections table (default: the bundled ``inspections``).
    """

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        table: pd.DataFrame | None = None,
    ) -> None:
        self.table = _table() if table is None else table
        self.published = None if published is None else pd.Timestamp(published)
        simple = _fold(text)
        self.rounds = rounds_named(text)
        self.stated = _stated(simple, self.table, self.rounds)
        #: the years the document writes in digits (its stamp's among them)
        self.years = frozenset(int(y) for y in _YEAR_WRITTEN.findall(simple))
        #: the inspection groups the text names (as the table writes them), by the province
        #: named in the same sentence (``None``: none named — the document's own)
        self.groups: dict[str | None, set[str]] = {}
        for m in _GROUP.finditer(simple):
            ss, se = _sentence_bounds(simple, m.start())
            name = f"中央第{m[1]}{m[2] or ''}环境保护督察组"
            named: list[str | None] = [*_provinces(simple[ss:se])] or [None]
            for province in named:
                self.groups.setdefault(province, set()).add(name)

    def _own_province(self) -> str | None:
        """The one province the text's inspection sentences and groups name (else None)."""
        named = {s.region for s in self.stated} | set(self.groups)
        named.discard(None)
        return named.pop() if len(named) == 1 else None

    def _when(self, rows: pd.DataFrame) -> pd.Series:
        """The first known day of each row's stationing, else of its batch's."""
        t = self.table
        first = t["stationed_start"].fillna(t["stationed_end"])
        batch = first.groupby([t["round"], t["batch"]]).min()
        own = rows["stationed_start"].fillna(rows["stationed_end"])
        keys = list(zip(rows["round"], rows["batch"], strict=True))
        of_batch = pd.Series([batch.get(k, pd.NaT) for k in keys], index=rows.index)
        return own.fillna(of_batch)

    def _of_group(self, rows: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
        """The rows of an inspection group the document concerns, where it led several.

        A group's name is reused from round to round (中央第四生态环境保护督察组 was Hubei's
        in the first round's review of 2018 and in the third round of 2024): the rows of
        the rounds the text names are kept, else those stationed in a year the text writes
        (its stamp's among them).  A text that tells neither (no round named, none of the
        group's years written) gets no row: its year is written nowhere, and the latest
        round's would be invented.

        Parameters
        ----------
        rows : pandas.DataFrame
            The table's rows of the group(s) the text names, for one province.

        Returns
        -------
        tuple of (pandas.DataFrame, list of str)
            The rows kept (empty: not known) and what the row's note says of it.

        Examples
        --------
        >>> t = "中央环境保护督察“回头看”：中央第四生态环境保护督察组向湖北省交办信访件87件"
        >>> d = DocumentInspections(t, None)
        >>> t = d.table
        >>> rows = t[(t["region"] == "湖北省") & (t["group"] == "中央第四生态环境保护督察组")]
        >>> sorted(set(rows["round"]))
        ['first_review', 'third']
        >>> d._of_group(rows)[0]["round"].tolist()
        ['first_review']
        >>> d = DocumentInspections("中央第四生态环境保护督察组向湖北省交办信访件87件", None)
        >>> d._of_group(rows)[0].empty
        True
        """
        if len(set(rows["round"])) < 2:
            return rows, []
        named = rows[rows["round"].isin(sorted(self.rounds))]
        if not named.empty:
            return named, []
        years = self._when(rows).dt.year
        written = rows[years.isin(sorted(self.years)).to_numpy(dtype=bool)]
        if not written.empty:
            return written, []
        return rows.iloc[:0], [
            "inspection: the text's inspection group led several rounds ("
            + ", ".join(sorted(set(rows["round"])))
            + ") and the text names neither the round nor a year of one"
        ]

    def stationing(
        self, place: str | None, within: str | None = None
    ) -> tuple[Stationing | None, list[str]]:
        """The stationing that dates a problem statement of ``place``.

        Parameters
        ----------
        place : str or None
            The figure's region (any level: its province is looked up).
        within : str or None
            The document's region (to resolve an ambiguous ``place``, and when ``place``
            is empty).

        Returns
        -------
        tuple of (Stationing or None, list of str)
            The stationing (``None``: not known), and what makes it unsure (for the row's
            note: a round not named, several rounds named, dates not in the table).
        """
        province = _province(place, within) or _province(within) or self._own_province()
        why: list[str] = []
        stated = [s for s in self.stated if s.region in (province, None)]
        if stated:
            own = [s for s in stated if s.region == province] or stated
            return own[-1], why
        if province is None:
            return None, ["inspection: the province is not known"]
        rows = self.table[self.table["region"] == province]
        several = False
        if self.published is not None:
            when = self._when(rows)  # its own first day, else its batch's
            rows = rows[~(when > self.published).fillna(False).to_numpy(dtype=bool)]
        groups = self.groups.get(province, set())
        if province == _province(within):
            groups = groups | self.groups.get(None, set())
        by_group = rows[rows["group"].isin(sorted(groups))]
        if not by_group.empty:  # the text names its own inspection group
            by_group, told = self._of_group(by_group)
            if by_group.empty:
                return None, told
            latest = max(INSPECTION_ROUNDS.index(r) for r in by_group["round"])
            if self.rounds and any(INSPECTION_ROUNDS.index(r) > latest for r in self.rounds):
                # the text names a later round than its group's (a report answering a later
                # inspection looks back on earlier rounds; not the other way round)
                why.append(
                    "inspection: the text names round(s) "
                    + ", ".join(sorted(self.rounds))
                    + " but its inspection group is of another; the group's was taken"
                )
            rows = by_group
            several = len(set(rows["round"])) > 1
        elif self.rounds:
            rows = rows[rows["round"].isin(sorted(self.rounds))]
            several = len(set(rows["round"])) > 1
        elif self.published is not None:  # the latest with a known date before publication
            rows = rows[self._when(rows).notna().to_numpy(dtype=bool)]
            why.append(
                "inspection: the round is not named; the latest of the province before "
                "the publication date was taken"
            )
        else:
            return None, ["inspection: neither the round nor the publication date is known"]
        if several:
            why.append(
                "inspection: the text names several rounds ("
                + ", ".join(sorted(set(rows["round"])))
                + "); the latest was taken"
            )
        if rows.empty:
            return None, [*why, "inspection: not in the table of central inspections"]
        order = np.lexsort(
            (
                rows["batch"].to_numpy(dtype=float, na_value=0.0),
                rows["round"].map(INSPECTION_ROUNDS.index).to_numpy(dtype=int),
            )
        )
        row = rows.iloc[int(order[-1])]
        start = row["stationed_start"] if pd.notna(row["stationed_start"]) else None
        end = row["stationed_end"] if pd.notna(row["stationed_end"]) else None
        return Stationing(province, str(row["round"]), start, end, False), why
