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

The members themselves (:func:`list_parts`, :func:`member_phrases`): the words before a
``分别`` list's first figure name one member per figure —
``二氧化硫(SO2)、二氧化氮(NO2)、可吸入颗粒物(PM10)、细颗粒物(PM2.5)平均浓度分别为11、24、59、35``,
``可吸入颗粒物(PM10)和臭氧同比分别上升8.1%和2.1%``,
``生态环境质量为“优”“良”“一般”“较差”和“差”的县域分别有519个、1042个、714个…``,
``煤炭开采和洗选业、有色金属冶炼和压延加工业、造纸和纸制品业的粉煤灰产生量分别为…``.  Bracketed
glosses are dropped; quoted members are the quotes' words (the words before the first
quote and after the last are every member's); else the members are split at 、 — or at
、, 和, 及, 与 when that gives as many members as figures (a name may hold 和: 煤炭开采和洗
选业).  The j-th figure takes the j-th member with the words the list shares (the measure
after the last member, or what follows 的 in it).  Members and figures of another count:
no alignment (the figures are flagged by the caller).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from envindicators.extract._actions import PETITION_TOPICS, THE_REST
from envindicators.extract._lexicon import _SUBSTANCES
from envindicators.extract._phrases import (
    _CLASS_MEMBER,
    _OWN_HEAD,
    LIST_AND,
    MEASURE_END,
    MEASURE_NOUNS,
    list_member,
)
from envindicators.extract._segment import segment
from envindicators.units import to_simplified

__all__ = [
    "LIST_MISMATCH_NOTE",
    "MISMATCH_NOTE",
    "PAIRED_NOTE",
    "ListMember",
    "Member",
    "counts",
    "joined",
    "list_changes",
    "list_parts",
    "listed",
    "member_phrases",
    "shared_act",
]

#: Why a change after a 分别 list was not paired.
MISMATCH_NOTE = "changes after a list (分别): their count differs from the list's, not paired"
#: Why a change took a member's links.
PAIRED_NOTE = "change paired with its member of the list before it (分别)"
#: Why the figures of a ``分别`` list were not aligned with its members.
LIST_MISMATCH_NOTE = (
    "figures of a list (分别): their count differs from the list's members, not aligned"
)
#: Marks that join the figures of a list (nothing else between two members).
_LIST_GAP = re.compile(r"[、和及与,，\s]*")


#: What joins the values of a list written without 分别 (``74.7毫克/升和6.4毫克/升``):
#: one list mark, nothing else (a comma may end a clause).
_PLAIN_GAP = re.compile(r"\s*(?:、|和|及|与|與)\s*")


def joined(simple: str, starts: list[int], ends: list[int]) -> bool:
    """Whether figures (in text order) are one list of values written without ``分别``:
    two or more, each joined to the next by one list mark only (、, 和, 及, 与).

    ``化学需氧量、氨氮达到74.7毫克/升和6.4毫克/升`` writes its values as a list as the
    members are; ``为20吨，同比下降5%`` or ``20吨，其中…10吨`` do not.

    Examples
    --------
    >>> t = "达到74.7毫克/升和6.4毫克/升"
    >>> joined(t, [2, 11], [10, 18]), joined("为20吨，其中10吨", [1, 8], [4, 11])
    (True, False)
    """
    if len(starts) < 2:
        return False
    return all(
        _PLAIN_GAP.fullmatch(simple[e:b]) is not None
        for e, b in zip(ends[:-1], starts[1:], strict=True)
    )


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


#: A bracketed gloss of the name before it (``细颗粒物(PM2.5)``, ``二氧化硫（SO2）``).
_GLOSS = re.compile(r"[(（][^()（）]{1,24}[)）]")
#: A quoted member of a list (“一般”, 「良」, 『差』, "优").
_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"]{1,16})[”」』\"]")
#: What may join two quoted members: nothing, 、, a comma or a conjunction.
_QUOTED_GAP = re.compile(r"[、,，\s]*(?:和|及|与|與|以及|或)?[、\s]*")
#: A word of a measure anywhere in a member (…排放量年度削减目标; ``_phrases.MEASURE_NOUNS``):
#: the member is no bare thing.
_MEASURE_WORD = re.compile("|".join((*MEASURE_NOUNS, "量", "目标", "均值", "总数")))


class ListMember(NamedTuple):
    """One member of a ``分别`` list aligned with its figure (:func:`member_phrases`)."""

    #: The member with the words the list shares (``可吸入颗粒物平均浓度``).
    phrase: str
    #: The member's own words (``可吸入颗粒物``).
    own: str
    #: The list's last member as written, with the words the list shares after it.
    last: str = ""
    #: An act written once before the first member and shared by all (``削减``): the
    #: member's thing is its object, not its measure (:func:`shared_act`).
    act: str = ""


def list_parts(phrase: str) -> tuple[list[str], list[str]]:
    """The members of a list phrase split two ways: at 、 only, and at 、, 和, 及, 与.

    Bracketed glosses are dropped first (``细颗粒物(PM2.5)和臭氧`` → 细颗粒物, 臭氧).

    Parameters
    ----------
    phrase : str
        The words before a list's first figure.

    Returns
    -------
    tuple of (list of str, list of str)
        The members split at 、, and split at 、 and the conjunctions.

    Examples
    --------
    >>> list_parts("煤炭开采和洗选业、造纸和纸制品业产生量")
    (['煤炭开采和洗选业', '造纸和纸制品业产生量'], ['煤炭开采', '洗选业', '造纸', '纸制品业产生量'])
    >>> list_parts("可吸入颗粒物(PM10)和臭氧")
    (['可吸入颗粒物和臭氧'], ['可吸入颗粒物', '臭氧'])
    """
    words = _GLOSS.sub("", phrase).strip()
    return words.split("、"), re.split("、|" + LIST_AND, words)


def _quoted(words: str) -> list[re.Match[str]] | None:
    """The quoted members of ``words`` when they stand side by side (joined only by list
    marks), else ``None``."""
    found = list(_QUOTED.finditer(words))
    if len(found) < 2:
        return None
    for a, b in itertools.pairwise(found):
        if not _QUOTED_GAP.fullmatch(words[a.end() : b.start()]):
            return None
    return found


def listed(phrase: str) -> int:
    """How many members the list of ``phrase`` has at least (1 when it is no list).

    Quoted members side by side count as written; else the members split at 、 (a list
    joined by 和 alone — ``城镇和农村`` — may be one name, so it does not count here).

    Examples
    --------
    >>> listed("生态环境质量为“优”“良”和“差”的县域"), listed("二氧化硫、氮氧化物排放量")
    (3, 2)
    >>> listed("城镇和农村居民人均可支配收入")
    1
    """
    words = _GLOSS.sub("", phrase).strip()
    quoted = _quoted(words)
    if quoted is not None:
        return len(quoted)
    return len([p for p in words.split("、") if p.strip()])


def counts(phrase: str) -> set[int]:
    """The member counts the list of ``phrase`` may have: quoted members side by side, or
    its members split at 、, or at 、 and 和/及/与 (:func:`list_parts`).

    Examples
    --------
    >>> sorted(counts("二氧化硫、氨氮和总磷排放量")), sorted(counts("质量为“优”“良”的县域"))
    ([3], [2])
    >>> sorted(counts("煤炭开采和洗选业、造纸和纸制品业产生量"))
    [2, 4]
    """
    words = _GLOSS.sub("", phrase).strip()
    quoted = _quoted(words)
    if quoted is not None:
        return {len(quoted)}
    return {len(p) for p in _readings(words)}


def _readings(words: str) -> list[list[str]]:
    """The splits of a list's words a reader may take: at 、 and 和/及/与, and at 、 alone
    when a member before the last holds 和 (煤炭开采和洗选业、…: a conjunction in the last
    part alone closes the list — 二氧化硫、氨氮和总磷 are three)."""
    by_mark, by_and = list_parts(words)
    inner = any(len(re.split(LIST_AND, p)) > 1 for p in by_mark[:-1])
    return [by_mark, by_and] if inner else [by_and]


#: Word tags of the words that may stand before a shared act (合计|削减, 累计|淘汰).
_BEFORE_ACT = frozenset({"v", "vn", "d"})


def shared_act(parts: list[str]) -> str:
    """The act written once before a list's first member and shared by every member.

    ``削减化学需氧量、氨氮分别…``, ``合计削减化学需氧量、氨氮…``, ``累计淘汰燃煤锅炉、黄标车…``:
    the first member begins with a verb (jieba's tag ``v``; verbs, verbal nouns and adverbs
    before it: 合计|削减) followed by nouns, and no other member begins with a verb or
    holds one — the text writes the act once, so the first member's words up to the verb
    are every member's.  Members that each write an act of their own (``发现问题、整改问
    题``) or a first member with no verb share none; nor does a verb of one letter followed
    by a word of one letter, the first half of a modifier the segmenter cut (``出|省|断面``,
    ``入|河|断面``: sections leaving the province, entering the river).

    Parameters
    ----------
    parts : list of str
        The list's members as split (glosses dropped).

    Returns
    -------
    str
        The shared act as written in the first member, else ``""``.

    Examples
    --------
    >>> shared_act(["合计削减化学需氧量", "氨氮"]), shared_act(["减排二氧化硫", "氮氧化物"])
    ('合计削减', '减排')
    >>> shared_act(["发现问题", "整改问题"]), shared_act(["二氧化硫", "氮氧化物排放量"])
    ('', '')
    >>> shared_act(["出省断面化学需氧量", "氨氮"]), shared_act(["入河断面化学需氧量", "氨氮"])
    ('', '')
    """
    if len(parts) < 2:
        return ""
    spans = segment(to_simplified(parts[0]))
    lead = next((k for k, (_, _, t) in enumerate(spans) if t not in _BEFORE_ACT), len(spans))
    verb = next((k for k in range(lead - 1, -1, -1) if spans[k][2] == "v"), None)
    if verb is None or verb == len(spans) - 1:
        return ""  # 全市|削减: a place or a noun first, no act before the members
    if spans[verb][1] - spans[verb][0] == 1 and spans[verb + 1][1] - spans[verb + 1][0] == 1:
        return ""  # 出|省|断面, 入|河|断面: one letter and one letter, a modifier, no act
    if any(t in ("v", "vn") for _, _, t in spans[verb + 1 :]):
        return ""  # the rest holds another act: no bare object after the verb
    for p in parts[1:]:
        own = segment(to_simplified(p))
        if any(t == "v" for _, _, t in own):
            return ""  # a member of its own act
        if own and own[0][2] == "vn":
            return ""
    return parts[0][: spans[verb][1]]


def member_phrases(
    phrase: str, n: int, named: Callable[[str], int] | None = None
) -> tuple[ListMember, ...] | None:
    """The members of a ``分别`` list, one per figure, each with the words the list shares.

    * quoted members side by side (``生态环境质量为“优”“良”“一般”的县域``): each quote's
      words, with the words before the first quote and after the last (生态环境质量为一般的县域);
    * else the members split at 、 and 和/及/与 — or at 、 alone when a member before the
      last holds 和 (a name may: 煤炭开采和洗选业、造纸和纸制品业) —, when that gives ``n``
      members;
    * when the last member holds 的 and no other does (``A、B、C的粉煤灰产生量``), the words
      from 的 on are every member's (A的粉煤灰产生量); else the measure written after the
      last member (:func:`~envindicators.extract._phrases.list_member`: 二氧化硫排放量);
      with no such measure the members stand alone only when one of them is, whole, a name
      of a measured thing and none holds one among other words (``named``: 可吸入颗粒物和
      臭氧同比分别上升…), none holds a word of a measure (…、氮氧化物排放量年度削减目标 is
      not recognised as one; a substance's name, 化学需氧量, is no measure) — or each
      member writes a measure of its own (``行政处罚案件数量和处罚金额``) — else the words
      after the last member may be a measure not recognised (炼铁和炼钢|先进产能);
    * an act written once before the first member (``合计削减化学需氧量、氨氮``:
      :func:`shared_act`) is every member's: the members are its objects (they stand
      alone after it) and each phrase is the act with its member (合计削减氨氮);
    * members before the last that end in a measure of their own beside members that do
      not (二氧化硫、…、一氧化碳日平均浓度和臭氧…比例) are a list of lists: no alignment.

    The first member starts after a space written in it (a site's name before the list).

    Parameters
    ----------
    phrase : str
        The words before the list's first figure (glosses in brackets are dropped).
    n : int
        The number of figures of the list.
    named : callable, optional
        ``named(words)``: 2 when the words are, whole, a registry name, 1 when they hold one
        among other words, else 0 (by default 0).

    Returns
    -------
    tuple of ListMember or None
        ``n`` members in order, ``None`` when the list does not have ``n`` members (then no
        figure is aligned), a member is empty or no shared measure is written.

    Examples
    --------
    >>> [m.phrase for m in member_phrases("可吸入颗粒物(PM10)和臭氧浓度", 2)]
    ['可吸入颗粒物浓度', '臭氧浓度']
    >>> [m.phrase for m in member_phrases("煤炭开采和洗选业、造纸和纸制品业的煤矸石产生量", 2)]
    ['煤炭开采和洗选业的煤矸石产生量', '造纸和纸制品业的煤矸石产生量']
    >>> member_phrases("质量为“优”“良”和“差”的县域", 3)[2]
    ListMember(phrase='质量为差的县域', own='差', last='差的县域', act='')
    >>> member_phrases("二氧化硫、氮氧化物排放量", 3) is None
    True
    """
    if n < 2:
        return None
    words = _GLOSS.sub("", phrase).strip()
    quoted = _quoted(words)
    if quoted is not None:
        if len(quoted) != n:
            return None
        before, after = words[: quoted[0].start()], words[quoted[-1].end() :]
        last = quoted[-1].group(1) + after
        return tuple(ListMember(before + m.group(1) + after, m.group(1), last) for m in quoted)
    parts = next((r for r in _readings(words) if len(r) == n), None)
    if parts is None or any(not p.strip() for p in parts):
        return None
    parts = [p.strip() for p in parts]
    parts[0] = re.split(r"\s+", parts[0])[-1]  # 官方网站 二氧化硫: the name after the space
    act = shared_act(parts)
    if act:  # 合计削减|化学需氧量、氨氮: the act is every member's, its things the members
        parts[0] = parts[0][len(act) :]
        found = _bare_members(parts, words, n, named, acted=True)
        if found is None:
            return None
        return tuple(m._replace(phrase=act + m.phrase, act=act) for m in found)
    return _bare_members(parts, words, n, named)


def _bare_members(
    parts: list[str],
    words: str,
    n: int,
    named: Callable[[str], int] | None,
    *,
    acted: bool = False,
) -> tuple[ListMember, ...] | None:
    """:func:`member_phrases` of members split and trimmed (an act shared before them
    taken off: ``acted``, then bare things are the act's objects and stand alone)."""
    last = parts[-1]
    heads = [bool(_OWN_HEAD.search(to_simplified(p))) for p in parts[:-1]]
    if any(heads) and not all(heads):
        return None  # a list of lists: A、B、C日平均浓度和D…比例
    topics = _topic_members(parts)
    if topics is not None:  # 水、大气、生态和其他环境污染问题: 水环境污染问题 …
        return topics
    classes = all(_CLASS_MEMBER.fullmatch(p) for p in parts[:-1])
    if not classes and "的" in last[1:] and not any("的" in p for p in parts[:-1]):
        shared = last[last.index("的") :]
        owns = [*parts[:-1], last[: last.index("的")]]
        return tuple(ListMember(o + shared, o, last) for o in owns)
    members = [list_member(words, k, n, parts=parts) for k in range(n)]
    found = [named(p) for p in parts] if named is not None else [0] * n
    simple = [to_simplified(p) for p in parts]
    measured = [  # 化学需氧量 ends in 量 but names a substance, no measure of one
        bool(_MEASURE_WORD.search(p) or MEASURE_END.search(p)) and not _SUBSTANCES.fullmatch(p)
        for p in simple
    ]
    # PM10和臭氧: things; 削减|苯并芘、氟化物: the objects of one act
    bare = not any(measured) and (acted or (2 in found and 1 not in found))
    if all(m is None for m in members) and (bare or all(measured)):
        members = list(parts)  # each its own measure (案件数量和处罚金额), or things alone
    if any(m is None for m in members):
        return None
    # the words the list shares: what the others took after their own words
    shared = next((m[len(p) :] for p, m in zip(parts, members, strict=True) if m and m != p), "")
    own_last = last[: len(last) - len(shared)] if shared and last.endswith(shared) else last
    return tuple(
        ListMember(str(m), parts[k] if k < n - 1 else own_last, last) for k, m in enumerate(members)
    )


#: The topics a list of matters names its members by (:data:`PETITION_TOPICS` and the rest,
#: :data:`THE_REST`), longest first.
_TOPIC = re.compile("|".join(sorted(PETITION_TOPICS | THE_REST, key=len, reverse=True)))
#: The verb opening a list of topics (``涉及水、大气…``), written once for every member.
_TOPIC_OPENER = re.compile("涉及|涉")
#: The 的 closing a list's shared noun before its verb (``…环境污染问题的|分别为``).
_CLOSING_DE = re.compile("的$")


def _topic_members(parts: list[str]) -> tuple[ListMember, ...] | None:
    """The members of a list of topics whose last member writes the noun they share.

    ``涉及水、大气、土壤、生态和其他环境污染问题分别为18个、18个…``: every member before the
    last is a topic alone (:data:`~envindicators.extract._actions.PETITION_TOPICS`: 水, 大气,
    噪声 …), and the last is a topic or the rest (其他) followed by a noun of two characters
    or more (环境污染问题; a 的 closing it is dropped): that noun is every member's — the
    k-th figure is the k-th topic's matters (水环境污染问题), the part, not the list
    (convention (a)); a verb opening the list (涉及) is every member's too.  Else ``None``
    (members of their own words, a last member that is a topic alone).

    Examples
    --------
    >>> [m.phrase for m in _topic_members(["水", "大气", "其他环境污染问题的"])]
    ['水环境污染问题', '大气环境污染问题', '其他环境污染问题']
    >>> _topic_members(["涉及噪聲", "水", "其他環境污染問題"])[1].phrase
    '涉及水環境污染問題'
    >>> _topic_members(["水", "大气", "土壤"]) is None
    True
    """
    simple = [to_simplified(p) for p in parts]
    act = _TOPIC_OPENER.match(simple[0])
    lead = act.end() if act is not None else 0  # 涉及|水: the verb opening the list
    simple[0] = simple[0][lead:]
    if len(parts) < 2 or not all(p in PETITION_TOPICS for p in simple[:-1]):
        return None
    head = _TOPIC.match(simple[-1])
    if head is None:
        return None
    shared = _CLOSING_DE.sub("", parts[-1][head.end() :])
    if len(shared) < 2 or _TOPIC.fullmatch(to_simplified(shared)):
        return None
    own_last = parts[-1][: head.end()]
    last = own_last + shared
    opener = parts[0][:lead]
    owns = [parts[0][lead:], *parts[1:-1], own_last]
    return tuple(ListMember(opener + p + shared, p, last, opener) for p in owns)
