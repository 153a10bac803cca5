"""Aggregate statements of a report: ``N项任务…已完成M项，基本完成K项…，完成率X%``.

One row per (statement, category), as in the bundled ``progress_summaries`` table: the
categories a statement lists after its total (已完成18项，基本完成22项，达到序时进度9项)
are rows of that statement (one ``summary_id``), and a rate of the same verb written in
the same sentence (已完成… 总体任务完成率达到79%; 已办结… 办结率94%) is the statement's
``reported_rate``, not a row of its own.  A statement written again in the text is one statement.

A ledger's counts by status (:data:`LEDGER_HEADS`) are rows here, in three more wordings
(ledger44) — the total and its parts with no comma (``95个问题中目前已有49个问题基本完成整改，
46个正在按时序进行整改``), a ledger all in one status (``24个问题全部完成整改``: total 24,
completed 24), and a run of status counts with no total (``已有13项基本完成整改，38项按照序时
进度有序推进``: total empty; the statement written again without its total when its categories
and counts repeat one read).  A total split by status is a summary whatever it counts
(gold42).  Whether a ledger all in one status or a run with no total is observed as well is
the registry's to say (ledger45, :func:`_observed`): a ledger whose statuses no registry
indicator counts — tasks, problems (``完成整改``: no ``rectify:problem``) — is summaries only;
a ledger of items the registry counts handled — petitions and clues (``已全部办结``:
``handle:petition``, ``handle:clue``) — keeps its observations, the summary written as well;
a promise (``确保…全部办结销号``) is no status.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from envindicators.errors import EnvIndicatorsError
from envindicators.extract._actions import OBJECT_CLASSES, THE_REST, act_named, classes_named
from envindicators.extract._roles import SENTENCE_BREAKS, commitment_before, title_spans
from envindicators.model.vocab import TaskStatus
from envindicators.units import to_simplified

__all__ = ["HAVING_BEFORE", "LEDGER_HEADS", "PART_BEFORE", "REST_WORDS", "statements"]

_UNIT = r"(?P<u>项|个|件)"
#: A clause that may stand between a total and its first category (经核实, 其中：).
_FILLER = r"(?:[，,]\s*(?:经核实|经核查|经梳理|经统计|其中[:：]?|目前|截至目前))?"
_VERB = r"(?P<verb>已完成|已经完成|完成|已办结|办结|已整改|整改完成|基本完成)"
_TOTAL_DONE = re.compile(
    r"(?P<total>\d+)" + _UNIT + r"(?P<subj>[^，,。；;:：\d]{0,16}?)(中)?"
    + _FILLER + r"[，,：:]?\s*(其中[:：]?)?" + _VERB + r"(整改)?(?P<count>\d+)(?P=u)"
)  # fmt: skip
#: ``58项整改任务中，已有13项基本完成整改``: the count before its status; the part left is
#: said with 还有/仍有/尚有 (``13项整改任务中，目前还有7项未完成``).
#: The part may name its noun again (``again``), and after a ledger's head
#: (:data:`LEDGER_HEADS`) the comma after 中 may be left out (ledger44: ``95个问题中目前已有
#: 49个问题基本完成整改``, ``57件信访案件中56件已办结``; not ``12个市州中有9个未完成``, places).
_TOTAL_OF = re.compile(
    r"(?P<total>\d+)(?P<u>项|个|件)(?P<subj>[^，,。；;:：\d]{0,16}?)(中)(?P<comma>[，,])?\s*"
    r"(其中[:：]?)?(目前|截至目前|现)?(已有|还有|仍有|尚有|有)?"
    r"(?P<count>\d+)(?P=u)(?P<again>(?P=subj))?(?P<verb>[^，,。；;\d]{1,12})"
)
#: The heads of a ledger's items (simplified script): tasks, problems, petitions and clues,
#: which a report counts by their status (``datasets/README.md``, progress_summaries); which
#: of them have an indicator of their statuses is the registry's to say (:func:`_observed`).
#: Petitions, problems and clues have their one home in
#: :data:`~envindicators.extract._actions.OBJECT_CLASSES`; a petition may be a 案件.
LEDGER_HEADS: tuple[str, ...] = tuple(
    sorted(
        {
            *OBJECT_CLASSES["petition"].heads,
            *OBJECT_CLASSES["problem"].heads,
            *OBJECT_CLASSES["clue"].heads,
            "信访案件",
            "举报案件",
            "任务",
            "整改事项",
        },
        key=len,
        reverse=True,
    )
)
#: A ledger whose every item is in one status: ``24个问题全部完成整改``,
#: ``交办的33件投诉举报件全部办结`` — a statement of its total, all in that category.
_ALL_OF = re.compile(
    r"(?P<total>\d+)(?P<u>项|个|件|批)(?P<subj>[^，,。；;:：\d\n]{0,16}?(?:"
    + "|".join(LEDGER_HEADS)
    + r"))(已|均已|已经|均)?全部(?P<verb>[^，,。；;\d\n]{1,10})"
)
#: A ledger's status counts with no total, at the start of a clause: ``已有13项基本完成整改，
#: 38项按照序时进度有序推进`` (the statement written again without its total),
#: ``50件已办结，106件正在办理中``.
_STATUS_RUN = re.compile(
    r"(?:^|(?<=[，,。；;：:\n]))\s*(目前|截至目前|现)?(已有|有|其中[:：]?)?"
    r"(?P<count>\d+)(?P<u>项|件)(?P<verb>[^，,。；;、\d\n]{1,12})"
)
#: Verbs of work done (完成, 办结 …): written right before a count, it is a count done.
_DONE_WORDS = r"完成|办结|整改|治理|建成"
#: Words right before a figure that make it a count done, not a total (完成487个村…).
_DONE_BEFORE = re.compile(rf"({_DONE_WORDS})$")
#: The words of the rest of a whole (其余42项, 剩余11项, 其他18件; simplified script): the
#: others of a split (:data:`~envindicators.extract._actions.THE_REST`) and what remains (剩余,
#: 余下); a count of the rest is a part, named with the whole it is the rest of
#: (``_indicators._rest_of_whole``).  Words of two characters, none the start of another: the
#: alternation's order does not matter.
REST_WORDS = "|".join(sorted(THE_REST | {"剩余", "余下"}))
#: Words right before a count of a list's items (``的`` may follow) that make it a part of the
#: list, not its total: the rest (其余42项, 剩余11项, 还有7项, 其他), those done or under way
#: (已完成9项, 已有10项, 应于今年完成的13项, 须完成任务23项, 正在推进) — what the
#: statements read as categories.
PART_BEFORE = re.compile(
    rf"({REST_WORDS}|另有|还有|仍有|尚有|已有|{_DONE_WORDS}|推进)的?$"
    rf"|({REST_WORDS}|另有|还有|仍有|尚有|已有|完成|办结|推进)的?(整改)?(任务|措施)$"
)  # not 明确|整改任务2164项: 整改 of the noun itself
_COUNT_DONE = re.compile(
    r"(?P<verb>已完成|已经完成|累计完成|已办结|办结)(?P<subj>[^，,。；;:：\d]{0,12}?)"
    r"(?P<count>\d+)(?P<u>项|个|件)"
)
_RATE = re.compile(r"(?P<subj>办结率|完成率|整改率)(为|达到|达)?(?P<rate>\d+(\.\d+)?)[%％]")
#: A further category of the statement: ``，基本完成22项`` or ``，38项按照序时进度有序推进``.
_NEXT_BEFORE = re.compile(r"[，,、]\s*(其余|另有|还有)?(?P<cat>[^，,。；;\d]{1,12}?)(?P<count>\d+)")
_NEXT_AFTER = re.compile(r"[，,、]\s*(其余|另有|还有)?(?P<count>\d+)")
#: Words of having or taking in, right before a count (simplified script): what the clause
#: holds is counted (``泉域重点保护区涉及晋中市13家煤矿``, ``泉域重点保护范围内共有50座煤矿``).
_HAVING = "共有|共计|共|涉及|有"
#: A clause's words ending in a word of having (:data:`_HAVING`), a count to follow.
HAVING_BEFORE = re.compile(rf"({_HAVING})$")
#: Words before a total naming what is counted (the subject), stripped of these.
_LEAD_WORDS = re.compile(rf"^(涉及|共有|共计|共|总计|合计|有|的)+|({_HAVING})$")
_BREAK = re.compile(r"[，,。；;！？!?\n：:]")


def _category(text: str) -> str | None:
    """The category code of a status as written: a TaskStatus code, else for 办结 one of
    ``closed``, ``closed_in_stages`` (阶段性办结) and ``not_closed`` (未办结); a status
    beginning 正在 that TaskStatus does not know is under way (正在办理中 → ``in_progress``)."""
    if "办结" in text:
        if re.search(r"(未|没有|尚未)办结", text):
            return "not_closed"
        return "closed_in_stages" if "阶段性" in text else "closed"
    try:
        return TaskStatus.from_text(text).value
    except EnvIndicatorsError:
        pass
    # 正在按时序进行整改, 正在办理中: under way (ledger44)
    return TaskStatus.IN_PROGRESS.value if text.lstrip().startswith("正在") else None


#: The handling of a ledger's items (受理, 查办 … 办结): a verb class of
#: :data:`~envindicators.extract._actions.VERB_CLASSES`.  A class the registry counts handled
#: (``handle:petition``: ``petitions_handled``, petitions received, transferred or handled) is
#: counted by it in every status its ledger tells (已办结, 正在办理中, 已全部整改到位).
HANDLING = "handle"


def _observed(subject: str, status: str, counted: frozenset[tuple[str, str]]) -> bool:
    """Whether a ledger's counts by status are counts of a registry indicator as well.

    A class of object the subject names is counted by a registry indicator in that status
    when the registry's ``action`` column (``counted``, from
    :func:`~envindicators.extract._actions.registry_actions`) counts the class handled
    (:data:`HANDLING`: petitions and clues, whatever their status) or counts the act the
    status names on it (``完成整改``: ``rectify``): then the counts stay observations and the
    summary is written as well; otherwise the ledger's statuses have no indicator and its
    counts are summaries only — tasks (no object class), problems (``identify:problem``
    counts those an inspection names, not their rectification; ledger45).

    Parameters
    ----------
    subject : str
        What the ledger counts, as written before its status (simplified script).
    status : str
        The status as written (``已全部办结``, ``基本完成整改``).
    counted : frozenset of (str, str)
        The ``(verb class, object class)`` pairs some registry indicator counts.

    Returns
    -------
    bool
        True for a ledger the registry counts in that status.

    Examples
    --------
    >>> pairs = frozenset({("handle", "petition"), ("handle", "clue"), ("identify", "problem")})
    >>> _observed("群众举报问题", "已全部办结", pairs)  # petitions handled
    True
    >>> _observed("生态环境问题", "全部完成整改", pairs)  # no rectify:problem
    False
    >>> _observed("信访案件", "已全部整改到位", pairs)  # petitions: handled in any status
    True
    >>> _observed("责任追究问题", "全部办结", pairs)  # problems are not handled by the registry
    False
    >>> _observed("整改任务", "基本完成整改", pairs)  # tasks: no object class
    False
    """
    acts = {HANDLING, act_named(status)}
    return any((act, c) in counted for act in acts for c in classes_named(subject))


def _subject_before(nt: str, start: int) -> str:
    """The noun before a total in its clause (``甘肃省…整改任务共62项`` → ``…整改任务``)."""
    cut = [m.end() for m in _BREAK.finditer(nt, max(0, start - 24), start)]
    lo = cut[-1] if cut else max(0, start - 24)
    return _LEAD_WORDS.sub("", nt[lo:start].strip())


def statements(
    text: str,
    add: Callable[[int, int, dict[str, Any]], None],
    taken: list[tuple[int, int]],
    counted: frozenset[tuple[str, str]] = frozenset(),
) -> None:
    """Find the aggregate statements of ``text`` and pass each row to ``add``.

    ``add(start, end, fields)`` receives the span of the statement's words for that row and
    the row's fields (``subject``, ``total``, ``category``, ``category_text``, ``count``,
    ``reported_rate``, ``reported_rate_text`` and ``statement``: the rows of one statement
    share it).  ``taken`` collects the spans read (their figures are the statement's), but
    for a ledger's status counts that the registry counts as well (:func:`_observed`): their
    figures stay observations.

    Parameters
    ----------
    text : str
        The report (either script).
    add : callable
        Called once per row.
    taken : list of tuple of int
        Appended with the span of every statement whose figures are its own.
    counted : frozenset of (str, str), optional
        The ``(verb class, object class)`` pairs of the registry's ``action`` column
        (default: none — every ledger's status counts are summaries only).
    """
    nt = to_simplified(text)
    seen: set[tuple[Any, ...]] = set()
    runs: set[tuple[tuple[Any, Any], ...]] = set()  # each statement's (category, count)s
    rates = list(_RATE.finditer(nt))
    used_rates: set[int] = set()
    n_statement = 0
    also: list[tuple[int, int]] = []  # statements whose figures stay observations (ledger45)

    def read(i: int) -> bool:
        """Whether offset ``i`` is in a statement read before."""
        return any(a <= i < b for a, b in taken) or any(a <= i < b for a, b in also)

    titles: list[Any] = []  # the document's titles, found once when first needed

    def promised(i: int) -> bool:
        """Whether the sentence before offset ``i`` holds a word of commitment as the
        reader's roles read one (``_roles.commitment_before``: 确保…全部办结销号, 力争…全部
        完成整改, not 按照…要求): a promise, no status (ledger45)."""
        if not titles:
            titles.append(title_spans(nt))
        lo = max(nt.rfind(c, 0, i) for c in SENTENCE_BREAKS) + 1
        return commitment_before(nt, lo, i, titles[0])

    def sentence_end(i: int) -> int:
        m = re.compile(r"[。；;！？!?\n]").search(nt, i)
        return m.start() if m else len(nt)

    def rate_for(lo: int, hi: int, verb: str) -> tuple[float | None, str | None]:
        """The rate of the statement: in its sentence, of its own verb (完成率 of 已完成)."""
        for k, r in enumerate(rates):
            if lo <= r.start() < hi and r.group("subj")[:2] in verb:
                used_rates.add(k)
                taken.append((r.start(), r.end()))  # its figure is the statement's
                return float(r.group("rate")), text[r.start() : r.end()]
        return None, None

    def emit(rows: list[tuple[int, int, dict[str, Any]]], key: tuple[Any, ...]) -> None:
        nonlocal n_statement
        if key in seen:  # the same statement written again
            return
        seen.add(key)
        runs.add(tuple((f["category"], f["count"]) for _, _, f in rows))
        n_statement += 1
        for a, b, fields in rows:
            add(a, b, {**fields, "statement": n_statement})

    def further(
        rows: list[tuple[int, int, dict[str, Any]]], pos: int, unit: str, subj: str, total: Any
    ) -> None:
        """Append to ``rows`` the further categories of a statement from ``pos``, clause by
        clause (，基本完成22项; ，38项按照序时进度有序推进)."""
        while True:
            code = None
            nxt = _NEXT_BEFORE.match(nt, pos)
            if nxt is not None and nt.startswith(unit, nxt.end()):
                count, stop = int(nxt.group("count")), nxt.end() + len(unit)
                cat_text_full = text[nxt.start("cat") : stop]
                code = _category(nxt.group("cat"))
            if code is None:  # the count before its status: 38项按照序时进度有序推进
                nxt = _NEXT_AFTER.match(nt, pos)
                if nxt is None or not nt.startswith(unit, nxt.end()):
                    break
                clause = _BREAK.search(nt, nxt.end() + len(unit))
                stop = clause.start() if clause else len(nt)
                count = int(nxt.group("count"))
                cat_text_full = text[nxt.start("count") : stop]
                code = _category(nt[nxt.end() + len(unit) : stop])
            if code is None or nxt is None:
                break
            rows.append(
                (nxt.start(), stop,
                 {"subject": subj, "total": total, "category": code,
                  "category_text": cat_text_full, "count": count})
            )  # fmt: skip
            pos = stop

    found = [m for m in _TOTAL_DONE.finditer(nt) if not _DONE_BEFORE.search(nt[: m.start()])]
    found += [
        m
        for m in _TOTAL_OF.finditer(nt)
        if _category(m.group("verb")) is not None
        and (m.group("comma") or m.group("subj").endswith(LEDGER_HEADS))
        and not any(f.start() <= m.start() < f.end() for f in found)
    ]
    for m in sorted(found, key=lambda m: m.start()):
        if read(m.start()):
            continue  # a category of the statement before (达到序时进度2项，基本完成3项)
        subj = (m.group("subj") or "").strip("的 ") or _subject_before(nt, m.start()) or "整改任务"
        unit, total, end = m.group("u"), int(m.group("total")), sentence_end(m.end())
        first = _category(m.group("verb")) or "completed"
        first_end = m.end()
        rows = [
            (m.start(), first_end,
             {"subject": subj, "total": total, "category": first,
              "category_text": text[m.start("verb") : m.end("verb")] if m.re is _TOTAL_OF
              else text[m.start("verb") : m.end()], "count": int(m.group("count"))})
        ]  # fmt: skip
        further(rows, m.end(), unit, subj, total)
        rate, rate_text = rate_for(m.start(), end, m.group("verb"))
        for _, _, fields in rows:
            fields.update(reported_rate=rate, reported_rate_text=rate_text)
        # a total split by status is a summary whatever it counts (gold42: 交办的6991件…，已办结
        # 6591件), with or without the comma after 中 (57件信访案件中56件已办结)
        taken.append((m.start(), max(b for _, b, _ in rows)))
        key = (subj, total, tuple((f["category"], f["count"]) for _, _, f in rows), rate)
        emit(rows, key)
    for m in _ALL_OF.finditer(nt):  # 24个问题全部完成整改: all of a ledger in one status
        code = _category(nt[m.start("verb") : m.end("verb")])
        if (
            code is None
            or read(m.start())
            or _DONE_BEFORE.search(nt[: m.start()])
            or promised(m.start())
        ):
            continue
        total = int(m.group("total"))
        subj = _LEAD_WORDS.sub("", m.group("subj").strip("的 ")) or m.group("subj")
        fields = {"subject": subj, "total": total, "category": code,
                  "category_text": text[m.start("verb") - 2 : m.end("verb")], "count": total,
                  "reported_rate": None, "reported_rate_text": None}  # fmt: skip
        kept = _observed(subj, m.group("verb"), counted)
        (also if kept else taken).append((m.start(), m.end()))
        emit([(m.start(), m.end(), fields)], (subj, total, ((code, total),), None))
    for m in _STATUS_RUN.finditer(nt):  # 已有13项基本完成整改，38项…: counts with no total
        code = _category(m.group("verb"))
        if code is None or read(m.start("count")):
            continue
        unit = m.group("u")
        subj = "整改任务" if unit == "项" else "信访件"
        rows = [
            (m.start("count"), m.end(),
             {"subject": subj, "total": None, "category": code,
              "category_text": text[m.start("count") : m.end()],
              "count": int(m.group("count"))})
        ]  # fmt: skip
        further(rows, m.end(), unit, subj, None)
        if len(rows) < 2:  # one count and its status: no ledger's run (完成整改3项 is read above)
            continue
        parts = tuple((f["category"], f["count"]) for _, _, f in rows)
        kept = _observed(subj, m.group("verb"), counted)
        (also if kept else taken).append((m.start("count"), max(b for _, b, _ in rows)))
        if parts in runs:  # the statement written again without its total
            continue
        for _, _, fields in rows:
            fields.update(reported_rate=None, reported_rate_text=None)
        emit(rows, (subj, None, parts, None))
    for m in _COUNT_DONE.finditer(nt):
        if any(a <= m.start() < b for a, b in taken):
            continue
        subj = (m.group("subj") or "").strip("的 ") or "整改任务"
        rate, rate_text = rate_for(m.start(), sentence_end(m.end()), m.group("verb"))
        fields = {"subject": subj, "total": None, "category": "completed",
                  "category_text": text[m.start() : m.end()], "count": int(m.group("count")),
                  "reported_rate": rate, "reported_rate_text": rate_text}  # fmt: skip
        taken.append((m.start(), m.end()))
        emit([(m.start(), m.end(), fields)], (subj, None, "completed", fields["count"], rate))
    for k, m in enumerate(rates):
        if k in used_rates:
            continue
        fields = {"subject": m.group("subj"), "total": None, "category": "rate",
                  "category_text": m.group("subj"), "count": None,
                  "reported_rate": float(m.group("rate")),
                  "reported_rate_text": text[m.start("rate") : m.end()]}  # fmt: skip
        taken.append((m.start(), m.end()))
        emit(
            [(m.start(), m.end(), fields)], (m.group("subj"), None, "rate", fields["reported_rate"])
        )
