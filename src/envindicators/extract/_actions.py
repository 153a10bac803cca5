"""Counts named by what was done: an action verb, its object and the count's measure word.

Reports name many enforcement and governance counts by the action and its object, not by a
registry name: ``排查出小洗煤厂、小煤场432家`` (enterprises inventoried), ``取缔373家`` (closed),
``对19座铁矿开展专项检查`` (inspected), ``出动巡查11470余次`` (patrols), ``实施查封扣押案件265起``
(cases), ``处罚金额累计7亿元`` (fines).  The registry says which action on which class of
object each such indicator counts, in its ``action`` column (``<verb class>:<object class>``,
``;``-separated; datasets/README.md): one home for that fact.  This module holds the two
vocabularies the column is written in — the verbs of each verb class (:data:`VERB_CLASSES`,
synonyms grouped: 关停/取缔/关闭 close) and the head nouns and measure words of each object
class (:data:`OBJECT_CLASSES`) — and :func:`action_link`, which reads three forms of a clause:

* ``<verb><object words><count><measure>`` (``关停锻造企业147户``): the object's head noun is
  the last head written between the verb and the count;
* ``对<count><measure><object>…<verb>`` (``对19座铁矿开展…专项检查``): the head right after the
  count, the verb later in the clause;
* ``<verb><count><measure><object>`` (``关停58家企业``, ``查处126起环境违法案件``): the head
  written first after the count, within a few characters of modifier
  (:func:`object_after_link`);
* ``<verb><count><measure>`` (``取缔373家``): the object is left out; it is the last head
  written earlier in the sentence (``排查出小洗煤厂、小煤场432家，取缔373家``) — a link that
  needs review — or, for a class known from the unit alone (areas, amounts of money) or the
  measure word alone (次), none is needed.

The measure word must be one the object class is counted in (家/户/个 enterprises; 座/处
mines; 起/件 cases; 次 patrols; 条/篇 news reports); a count whose measure word does not fit
its object is no link.  An object class of a unit (``area``, ``amount``, ``capacity``) is
checked by the indicator's unit instead (the caller's ``fits``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from envindicators.errors import ExtractionError
from envindicators.extract._lexicon import CASE_UNITS, DAILY_PENALTY, FINE_NOUNS
from envindicators.units import to_simplified

__all__ = [
    "OBJECT_CLASSES",
    "PETITION_CHANNELS",
    "PETITION_FINDINGS",
    "PETITION_TOPICS",
    "THE_REST",
    "VERB_CLASSES",
    "WORK_VERBS",
    "ActionLink",
    "ObjectClass",
    "act_named",
    "action_link",
    "classes_named",
    "is_object_head",
    "object_after_link",
    "parse_actions",
    "registry_actions",
]


@dataclass(frozen=True)
class ObjectClass:
    """What an action is done to: its head nouns and the measure words it is counted in.

    Parameters
    ----------
    heads : tuple of str
        Head nouns (the last word of the object: ``企业``, ``煤矿``); empty when any words
        may name the object (the places patrolled) or the unit says what it is.
    measures : str
        Measure words a count of the object is written in (``家户个``); empty for an
        object measured in a unit (an area, an amount of money), which the indicator's unit
        checks.
    """

    heads: tuple[str, ...]
    measures: str


#: The verbs of each verb class (simplified script; the text is folded before matching).
VERB_CLASSES: dict[str, tuple[str, ...]] = {
    "close": (
        "关停取缔",
        "关停",
        "取缔",
        "关闭退出",
        "关闭",
        "淘汰",
        "化解",
        "压减",
        "报废",
        "注销",
    ),
    "suspend": ("停产整治", "停产整顿", "停工", "停产"),
    "inventory": ("排查出", "摸底排查", "排查", "摸排", "登记"),
    "inspect": (
        "执法检查",
        "专项检查",
        "检查",
        "监察",
        "核查",
        "抽查",
        "巡查",
        "督查",
        "清查",
        # Taiwan's words of an inspection: 查核 (audit a plant: 工廠查核87家次), 稽查 (inspect
        # on site: 稽查計7.9萬次), 巡检 (patrol: 巡檢108家次); reg43
        "查核",
        "稽查",
        "巡检",
    ),
    "rectify": ("整改", "整治", "改造"),
    # 裁处/裁罚: the Taiwanese wording of an administrative penalty (裁處37件違反廢棄物清理法
    # 案件, 共裁罰26件): cases or firms by the measure word, amounts by the unit (reg40)
    "penalize": ("行政处罚", "处罚", "罚款", "裁处", "裁罚", "罚"),
    "file": ("立案查处", "立案", "查处", "停产限产"),
    "seize": ("查封扣押", "查封", "扣押"),
    "transfer": ("移送公安", "移送"),
    "report": ("播送", "播发", "刊发", "刊登", "报道"),
    "reclaim": ("复垦",),
    "handle": ("受理", "查办"),
    # 查获/查出: found in breach on an inspection (查獲8家違反空氣污染防制法); not 发现, which
    # finds problems as well as those who made them (发现问题12个)
    "find": ("查获", "查出"),
    "investigate": ("调查",),
    "review": ("调度汇总", "调度"),
    # 指出/梳理出: the problems an inspection's feedback names (共指出各地490个…突出问题,
    # 梳理出的62个突出生态环境问题); not 发现 (a find of any inspection or check)
    "identify": ("指出", "梳理出"),
    # 出动: sent out — staff or vehicles, counted in person-times or vehicle-times (出动执法
    # 人员3182人次, 共出动2.8万人次); what it sent is said by the unit (the personnel class
    # has no head: the indicator's unit 人次 decides), so 出动 of another count
    # (出动2架次空拍机, 出动巡查11470余次: 巡查's) is none of it (reg39)
    "deploy": ("出动",),
}

#: The verbs of the work that no registry action counts by class (问责, 收到, 约谈, 办结, 责令 …):
#: with the verbs of :data:`VERB_CLASSES`, the acts :data:`WORK_VERBS` holds.
_OTHER_WORK_VERBS: tuple[str, ...] = (
    "问责",
    "告发",
    "出现",
    "发生",
    "治理",
    "处理",
    "约谈",
    "收到",
    "交办",
    "办结",
    "完成",
    "核实",
    "确定",
    "发现",
    "督办",
    "拘留",
    "建成",
    "新建",
    "实施",
    "开展",
    "落实",
    "解决",
    "销号",
    "验收",
    "退回",
    "安排",
    "问询",
    "走访",
    "监测",
    "审批",
    "收集",
    "清理",
    "责令",
)

#: Every verb of the work these texts report, once (simplified script), longest first
#: (``关停取缔`` before ``关停``): the verbs of the registry's action classes
#: (:data:`VERB_CLASSES`) and those no class holds.  One home for the verbs
#: ``extract._phrases`` reads as the act a phrase names (``ACT_VERBS``: ``督察组共|收到…``,
#: ``亂丟菸蒂總計|裁處``, a whole ``问责`` before its part).
WORK_VERBS: tuple[str, ...] = tuple(
    sorted(
        {*_OTHER_WORK_VERBS, *(v for vs in VERB_CLASSES.values() for v in vs)},
        key=lambda v: (-len(v), v),
    )
)

#: The object classes: head nouns and measure words.
OBJECT_CLASSES: dict[str, ObjectClass] = {
    "enterprise": ObjectClass(("企业", "公司", "工厂", "厂", "场", "站"), "家户个"),
    "coal_mine": ObjectClass(("煤矿", "矿井"), "座处个家"),
    "mine": ObjectClass(("矿山", "铁矿", "金矿", "铜矿", "矿"), "座处个家"),
    "case": ObjectClass(("案件", "案"), "起件宗"),
    "times": ObjectClass((), "次"),
    "news": ObjectClass(("新闻报道", "报道", "新闻", "稿件", "消息"), "条篇"),
    "outfall": ObjectClass(("排污口",), "个处"),
    "reserve": ObjectClass(("自然保护区", "保护区"), "个处"),
    "equipment": ObjectClass(("设备",), "台套"),
    "amount": ObjectClass(("金额", *FINE_NOUNS), ""),
    "capacity": ObjectClass(("产能",), ""),
    "area": ObjectClass((), ""),
    # petitions, with the cases an inspection team hands over (转办件, 交办件): their one home
    "petition": ObjectClass(
        ("信访举报件", "信访件", "举报件", "转办件", "交办件", "信访举报", "信访", "举报", "投诉"),
        "件",
    ),
    "clue": ObjectClass(("问题线索", "线索"), "件条"),
    "plot": ObjectClass(("污染地块", "地块"), "宗块个处"),
    "vehicle": ObjectClass(("黄标车", "老旧车", "柴油车", "机动车", "车辆"), "辆台"),
    "problem": ObjectClass(("突出问题", "问题"), "个项条"),
    # staff sent out: any words may name them (执法人员, 环保执法人员, none); counted in
    # person-times (人次: its measure word 次, the indicator's unit 人次 telling them from
    # other times, 出动5次, and from persons, 出动警力500人)
    "personnel": ObjectClass((), "次"),
}

#: The channels petitions come by (simplified script): a count of petitions split by
#: channel (``共13件(来电9件、来信4件)``, ``來電41件``) counts petitions, no other thing.
PETITION_CHANNELS: tuple[str, ...] = (
    "来电",
    "来信",
    "来访",
    "电话",
    "网络",
    "网上",
    "微信",
    "信件",
    "邮件",
)

#: What the verification of a petition found it (simplified script): true, mostly true,
#: partly true, untrue (``经查属实152件，不属实4件``, ``部分屬實92件``).  A count in 件 named
#: by a finding alone counts the petitions so found.
PETITION_FINDINGS: tuple[str, ...] = ("基本属实", "部分属实", "不属实", "属实")

#: The environmental media a petition is about, written alone as a topic of a split
#: (simplified script; ``涉及噪声1012件、大气593件、水300件``, ``生态109件``,
#: ``生态破坏9件``): with no category word after them (噪声污染 is
#: :func:`~envindicators.extract._segment.is_category`'s).
#: A count so named counts petitions only where its whole is a petitions count.
PETITION_TOPICS: frozenset[str] = frozenset(
    {
        "噪声",
        "噪音",
        "大气",
        "空气",
        "水",
        "水体",
        "土壤",
        "生态",
        "生态破坏",
        "辐射",
        "固废",
        "固体废物",
        "垃圾",
        "油烟",
        "恶臭",
        "异味",
        "扬尘",
        "海洋",
        "综合",
    }
)
#: The rest of a split, written as its last part (``其他29件``, ``生态和其他环境污染问题``).
THE_REST: frozenset[str] = frozenset({"其他", "其它", "其余"})

#: Words between an object and its count (处罚金额|累计|7亿元) or a verb and its count.
#: 完成 right after a verb says the act is done (已整治完成5500家, 整改完成12个): its count is
#: the verb's, as without it (reg41).
_FILLER = re.compile(r"(了|的|共|共计|累计|合计|总计|达|约|已|已经|均|全部|各地|完成)+$")
#: Object words that make the count a part or a finding, not the object of the verb
#: (检查发现问题企业12家, 排查…其中…): no link.
_NOT_OBJECT = re.compile(r"发现|存在|其中|涉嫌|未|尚|仍|需|应")
#: Light verbs that open a new predicate: after one, an earlier verb governs no count
#: (…督查室组织开展了4次…).
_NEW_PREDICATE = re.compile(r"开展|组织|进行|会同|完成|实现|召开|印发|制定")
#: Characters that make a verb part of a noun (督查室, 检查组, 巡查队): no action there.
_NOUN_SUFFIX = "室组局处科办站队员点"
#: Words that may open a clause before a verb whose count leaves its object out (已取缔,
#: 完成整改, 行政立案, 目前已复垦, 责令停产 — ordered to do it: the count is of those
#: ordered, 责令停产15839家; reg41): anything else is an object written before the verb
#: (完成…项目专项整治223处), which an earlier head does not name.
_BARE_LEAD = re.compile(
    r"^(共|共计|累计|已|已经|目前|截至目前|依法|完成了?|出动|行政|实施|先后|分别|并|又|还|均|全部"
    r"|责令)*$"
)
#: A light verb right before the act's verb (…方式开展|执法检查68万家次, 进行|巡查): the words
#: before it are the act's doer and manner, no object of the verb — its object is left out,
#: as after a bare lead (reg43).
_LIGHT_VERB_END = re.compile(r"(开展|进行|组织)了?$")
#: Longest object words between a verb and its count (Han characters and list marks).
_OBJECT_MAX = 20
#: A party penalised written right before a penalty verb (被处罚5万元: that one firm's fine).
_PASSIVE = re.compile(r"被\s*$")
#: A penalty verb that ends the daily penalty's words (按日连续处罚12万余元: a part of the
#: fines, its cases' — reg41's rule names them where their count is written).
_DAILY_VERB = re.compile(f"{DAILY_PENALTY}$")


def _a_fine_paid(classes: set[str], folded: str, at: int, end: int) -> bool:
    """Whether a sum of money right after a penalty verb (``共裁處二百四十九萬元``,
    ``处罚1.2亿元``) is the fines imposed: the only object class the figure fits is the
    fines' (its heads hold :data:`~envindicators.extract._lexicon.FINE_NOUNS`; counted in a
    unit, no measure word), no party is written penalised before the verb (``被处罚5万元``:
    one firm's fine) and the verb closes no daily penalty's words (``按日连续处罚12万余元``:
    a part).  The verb is ``folded[at:end]`` (reg42).

    Examples
    --------
    >>> _a_fine_paid({"amount"}, "共裁处249万元", 1, 3)
    True
    >>> _a_fine_paid({"amount"}, "被处罚5万元", 1, 3)
    False
    >>> _a_fine_paid({"amount"}, "按日连续处罚12万元", 4, 6)
    False
    >>> _a_fine_paid({"case"}, "裁处37件", 0, 2)
    False
    """
    if len(classes) != 1:
        return False
    only = OBJECT_CLASSES[next(iter(classes))]
    fines = not only.measures and any(h in FINE_NOUNS for h in only.heads)
    return (
        fines
        and _PASSIVE.search(folded, 0, at) is None
        and _DAILY_VERB.search(folded, 0, end) is None
    )


#: Han characters a modifier after a count may have before its head (4家|露天|煤矿).
_MODIFIER = 8
#: Longest words between an object after a count and its verb (铁矿|开展矿山地质环境保护|检查).
_VERB_GAP = 16
#: Places and administrative units written between a count and a head (28个城市|相关企业):
#: the count is of them, not of the head.
_PLACE_NOUN = re.compile(r"城市|地市|市州|省份|省|市|县|区|乡镇|镇|村|地区|园区")
_CLAUSE_START = re.compile(r"^[\s，,、；;：:]+")
_OBJECT_WORDS = re.compile(r"^[\u4e00-\u9fff、“”\"‘’()（）和及与]*$")
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")
#: A Han character (a noun written right after a count: 抽查64个县).
_HAN_AT = re.compile(r"[\u4e00-\u9fff]")
#: Counters of visits to a thing (the thing's measure word and 次, simplified script) and
#: that measure word: ``执法检查68万家次``, ``工廠查核87家次`` (firms × visits) count the firms
#: inspected, as ``检查企业87家`` does, never the patrols (次 alone, or the places visited:
#: ``巡查2588處次``, ``巡查121點次``); check 31 (reg43).
VISIT_COUNTERS: dict[str, str] = {"家次": "家", "厂次": "家", "户次": "户"}
#: The generic measure word: a count in it says nothing of what was acted on.
_GENERIC_MEASURE = "个"


@dataclass(frozen=True)
class ActionLink:
    """A count linked to an indicator by its action verb and object.

    Parameters
    ----------
    code : str
        The indicator.
    verb : str
        The verb as matched (simplified script).
    object_class : str
        The object class.
    subject_start, subject_end : int
        Offsets of the words naming the figure (in the text given to :func:`action_link`).
    sure : bool
        ``False`` when the object is not written with the count (taken from earlier in the
        sentence, or known from the measure word alone): the link needs review.
    """

    code: str
    verb: str
    object_class: str
    subject_start: int
    subject_end: int
    sure: bool


def parse_actions(entry: object) -> list[tuple[str, str]]:
    """The ``(verb class, object class)`` pairs of one ``action`` cell of the registry.

    Parameters
    ----------
    entry : object
        The cell: ``<verb class>:<object class>`` pairs separated by ``;`` (empty or
        missing: none).

    Returns
    -------
    list of (str, str)
        The pairs as written.

    Raises
    ------
    ExtractionError
        When a pair is not ``<verb class>:<object class>`` or names a class that
        :data:`VERB_CLASSES` or :data:`OBJECT_CLASSES` does not hold.

    Examples
    --------
    >>> parse_actions("penalize:enterprise; penalize:mine")
    [('penalize', 'enterprise'), ('penalize', 'mine')]
    >>> parse_actions(None)
    []
    """
    if not isinstance(entry, str) or not entry.strip():
        return []
    pairs = []
    for item in entry.split(";"):
        verb, sep, obj = item.strip().partition(":")
        if not sep or verb not in VERB_CLASSES or obj not in OBJECT_CLASSES:
            raise ExtractionError(
                f"action {item.strip()!r}: write <verb class>:<object class> with a verb class "
                f"of {sorted(VERB_CLASSES)} and an object class of {sorted(OBJECT_CLASSES)}"
            )
        pairs.append((verb, obj))
    return pairs


def registry_actions(codes: object, entries: object) -> dict[tuple[str, str], str]:
    """``(verb class, object class)`` → indicator code, from a registry's ``action`` column.

    Parameters
    ----------
    codes : iterable of str
        The registry's ``code`` column.
    entries : iterable
        Its ``action`` column (cells read by :func:`parse_actions`).

    Returns
    -------
    dict
        One indicator per pair.

    Raises
    ------
    ExtractionError
        When a cell is malformed or two indicators claim one pair.

    Examples
    --------
    >>> registry_actions(["a", "b"], ["close:enterprise", None])
    {('close', 'enterprise'): 'a'}
    """
    out: dict[tuple[str, str], str] = {}
    for code, entry in zip(codes, entries, strict=True):  # type: ignore[call-overload]
        for pair in parse_actions(entry):
            if pair in out and out[pair] != str(code):
                raise ExtractionError(
                    f"indicators {out[pair]!r} and {code!r} both claim the action {pair}: "
                    "an action on one class of object counts one indicator"
                )
            out[pair] = str(code)
    return out


def _verb_index() -> list[tuple[str, str]]:
    """``(verb, class)`` longest first (停产整治 before 整治)."""
    return sorted(
        ((v, c) for c, vs in VERB_CLASSES.items() for v in vs), key=lambda p: (-len(p[0]), p[0])
    )


_VERBS = _verb_index()
_VERB_PATTERN = re.compile("|".join(re.escape(v) for v, _ in _VERBS))
_CLASS_OF_VERB = dict(_VERBS)
_HEADS = sorted(
    ((h, c) for c, o in OBJECT_CLASSES.items() for h in o.heads), key=lambda p: (-len(p[0]), p[0])
)
_HEAD_WORDS = frozenset(h for h, _ in _HEADS)


def is_object_head(word: str) -> bool:
    """Whether ``word`` (simplified script) is a head noun of an object class (``产能``,
    ``案件``): a registry name that is only this word names what an action was done to, not
    the action's count.

    Parameters
    ----------
    word : str
        A registry form as found in the text.

    Returns
    -------
    bool
        True for a head of :data:`OBJECT_CLASSES`.

    Examples
    --------
    >>> is_object_head("产能"), is_object_head("污水处理能力")
    (True, False)
    """
    return word in _HEAD_WORDS


def act_named(words: str) -> str | None:
    """The verb class of the last verb of :data:`VERB_CLASSES` written in ``words``
    (simplified script), else ``None``: the act a status or a clause tells (``基本完成整改``:
    ``rectify``; ``已办结``, ``正在办理中``: none — no registry action class holds 办结).

    Examples
    --------
    >>> act_named("基本完成整改"), act_named("全部关停取缔"), act_named("已办结")
    ('rectify', 'close', None)
    """
    found = list(_VERB_PATTERN.finditer(words))
    return _CLASS_OF_VERB[found[-1].group()] if found else None


def classes_named(words: str) -> frozenset[str]:
    """The object classes of :data:`OBJECT_CLASSES` whose head nouns ``words`` (simplified
    script) writes (``群众举报问题``: petitions and problems; ``整改任务``: none).

    Examples
    --------
    >>> sorted(classes_named("责任追究问题线索"))
    ['clue', 'problem']
    >>> classes_named("整改任务")
    frozenset()
    """
    return frozenset(c for h, c in _HEADS if h in words)


def _last_head(words: str, classes: set[str]) -> str | None:
    """The object class of the head written last in ``words`` among ``classes``."""
    best: tuple[int, int, str] | None = None
    for head, cls in _HEADS:
        if cls not in classes:
            continue
        at = words.rfind(head)
        if at >= 0:
            key = (at + len(head), len(head), cls)
            if best is None or key[:2] > best[:2]:
                best = key
    return None if best is None else best[2]


def _first_head(words: str, classes: set[str]) -> tuple[str, int, int] | None:
    """The object class, start and end of the head written first in ``words`` (within
    :data:`_MODIFIER` characters of a Han modifier)."""
    best: tuple[int, int, str] | None = None
    for head, cls in _HEADS:
        if cls not in classes:
            continue
        at = words.find(head, 0, _MODIFIER + len(head))
        if at >= 0 and re.fullmatch(r"[\u4e00-\u9fff]*", words[:at]):
            key = (at, -len(head), cls)
            if best is None or key[:2] < best[:2]:
                best = key
    return None if best is None else (best[2], best[0], best[0] - best[1])


#: Words between an object written before its verb and the verb (柴油车|已|淘汰).
_BEFORE_VERB = re.compile(r"(已经|已|共|累计|全部|均|都)+$")


def _object_before_verb(words: str, classes: set[str]) -> str | None:
    """The object class of ``classes`` whose head ends ``words`` (the clause's words before
    a verb, simplified; filler such as 已, 累计 aside), else ``None``.

    Only a head of two characters or more is read so (单字 heads 厂, 场, 站 end words of
    other things: 现场检查, 市场监管); a finding or a part (发现, 其中, 未 …) in the words
    makes them no object.

    Examples
    --------
    >>> _object_before_verb("年本市大型老旧柴油车", {"vehicle"})
    'vehicle'
    >>> _object_before_verb("全市小煤矿已", {"coal_mine", "enterprise"})
    'coal_mine'
    >>> _object_before_verb("现场", {"enterprise"}) is None
    True
    >>> _object_before_verb("未完成整改的企业", {"enterprise"}) is None
    True
    """
    words = _BEFORE_VERB.sub("", words)
    if _NOT_OBJECT.search(words):
        return None
    ends = [(len(h), c) for h, c in _HEADS if c in classes and len(h) >= 2 and words.endswith(h)]
    return max(ends)[1] if ends else None


def _run_start(verbs: list[re.Match[str]], verb_cls: str) -> int:
    """Where the last verb of ``verbs`` begins, with the verbs of its class written right
    before it: ``关闭取缔``, ``取缔关停`` are one act (two verbs of one class), so the words
    before the count are the run's, not the last verb's (a run of two classes, ``淘汰改造``,
    keeps its last verb alone)."""
    at = len(verbs) - 1
    while (
        at > 0
        and verbs[at - 1].end() == verbs[at].start()
        and _CLASS_OF_VERB[verbs[at - 1].group()] == verb_cls
    ):
        at -= 1
    return verbs[at].start()


def _class_of_measure(measure: str, classes: set[str]) -> str | None:
    """The one class of ``classes`` whose first measure word is ``measure`` (家 is the
    measure word of enterprises before it is one of mines; 件 of petitions and clues alike:
    none; the generic 个 of none) — or, for a unit of a count of cases
    (:data:`~envindicators.extract._lexicon.CASE_UNITS`: 件, 起, 宗), the only class of
    ``classes`` counted in ``measure`` at all (裁处5128件: of a penalty's objects only cases
    are counted in 件; reg40).  A counter of things (处, 户, 台) names no class this way: the
    object lists do not hold every thing a verb may be done to (完成整改12处 may be problems
    as well as outfalls).

    Examples
    --------
    >>> _class_of_measure("家", {"enterprise", "coal_mine"})
    'enterprise'
    >>> _class_of_measure("件", {"petition", "clue"}) is None
    True
    >>> _class_of_measure("个", {"reserve", "enterprise"}) is None
    True
    >>> _class_of_measure("件", {"case"})
    'case'
    >>> _class_of_measure("处", {"outfall", "problem"}) is None  # 处 counts things, not cases
    True
    """
    if measure in _GENERIC_MEASURE:
        return None
    first = [c for c in classes if OBJECT_CLASSES[c].measures[:1] == measure]
    if len(first) == 1:
        return first[0]
    if first or measure not in CASE_UNITS:
        return None
    counted = [c for c in classes if measure in OBJECT_CLASSES[c].measures]
    return counted[0] if len(counted) == 1 else None


def _named_by_verb(verb: str, classes: set[str]) -> set[str]:
    """The classes of ``classes`` a verb names by beginning one of their heads (罚 of 罚款,
    罚金: an amount, never a case or an enterprise penalised); empty when it names none.

    Examples
    --------
    >>> sorted(_named_by_verb("罚", {"amount", "case"}))
    ['amount']
    >>> sorted(_named_by_verb("处罚", {"amount", "case"}))
    []
    """
    return {
        c for c in classes if any(h.startswith(verb) and h != verb for h in OBJECT_CLASSES[c].heads)
    }


def action_link(
    text: str,
    s: int,
    e: int,
    cs: int,
    ce: int,
    ss: int,
    actions: Mapping[tuple[str, str], str],
    fits: Callable[[str], bool],
) -> ActionLink | None:
    """The indicator a count is of, by its action verb, its object and its measure word.

    Parameters
    ----------
    text : str
        The document.
    s, e : int
        The figure's span (its last character is the measure word of a count).
    cs, ce : int
        The figure's clause.
    ss : int
        The start of the figure's sentence (where an object left out is looked for).
    actions : mapping of (str, str) to str
        ``(verb class, object class)`` → indicator code, from the registry's ``action``
        column.
    fits : callable
        ``fits(code)``: whether the figure can be a value of the indicator (its unit).

    Returns
    -------
    ActionLink or None
        The link, or ``None`` when no verb of a registry action governs the count, the
        object is none of the verb's classes, or the measure word does not fit the object.

    Examples
    --------
    >>> acts = {("close", "enterprise"): "closed", ("inventory", "enterprise"): "listed"}
    >>> t = "共排查出小煤场43家，取缔37家"
    >>> action_link(t, 7, 10, 0, 10, 0, acts, lambda c: True).code
    'listed'
    >>> link = action_link(t, 13, 16, 11, 16, 0, acts, lambda c: True)
    >>> link.code, link.sure
    ('closed', False)
    >>> action_link("关停企业5处", 4, 6, 0, 6, 0, acts, lambda c: True) is None
    True
    """
    # the sentence up to the clause's end, folded to simplified script (same length)
    folded = to_simplified(text[ss:ce])
    s, e, cs, ce, base = s - ss, e - ss, cs - ss, ce - ss, ss
    # a count of visits to firms (家次) counts the firms acted on, in their measure word
    measure = VISIT_COUNTERS.get(folded[max(e - 2, 0) : e], folded[e - 1 : e])
    by_verb: dict[str, dict[str, str]] = {}
    for (verb_cls, obj_cls), code in actions.items():
        by_verb.setdefault(verb_cls, {})[obj_cls] = code

    def fitting(verb_cls: str) -> set[str]:
        """Object classes of the verb class whose measure word or unit the count fits."""
        out = set()
        for obj_cls, code in by_verb.get(verb_cls, {}).items():
            ms = OBJECT_CLASSES[obj_cls].measures
            if (not ms or (bool(measure) and measure in ms)) and fits(code):
                out.add(obj_cls)  # a unit class: the indicator's unit alone decides
        return out

    before = folded[cs:s]
    verbs = [
        v
        for v in _VERB_PATTERN.finditer(before)
        if v.end() >= len(before) or before[v.end()] not in _NOUN_SUFFIX
    ]
    if verbs:
        m = verbs[-1]
        verb_cls = _CLASS_OF_VERB[m.group()]
        lead = _run_start(verbs, verb_cls)  # 关闭取缔31家: one verb written twice
        classes = fitting(verb_cls)
        named = _named_by_verb(m.group(), set(by_verb.get(verb_cls, {})))
        classes = classes & named if named else classes  # 计罚案件1046件: 罚 names amounts
        words = _FILLER.sub("", before[m.end() :])
        if classes and len(words) <= _OBJECT_MAX and _OBJECT_WORDS.match(words):
            if _NOT_OBJECT.search(words) or _NEW_PREDICATE.search(words):
                return None
            if words:  # <verb><object><count>
                obj = _last_head(words, classes)
                if obj is None and "times" in classes:
                    obj = "times"  # 巡查…区域18060余次: any place patrolled
                if obj is None and len(classes) == 1:
                    only = next(iter(classes))
                    obj = only if not OBJECT_CLASSES[only].heads else None
                if obj is not None:
                    return ActionLink(
                        by_verb[verb_cls][obj],
                        m.group(),
                        obj,
                        base + cs + lead,
                        base + e,
                        True,
                    )
                return None
            # <verb><count>: the object from the measure word, the unit, or earlier words
            # the verb names its object (罚款 is a head of amounts; 罚 begins 罚款 and 罚金,
            # and only an amount is counted in a unit: 罚1.8亿元), or the measure word
            # (次) or the unit (公顷) alone says what is counted
            obj = _last_head(m.group(), classes)
            free = {c for c in classes if not OBJECT_CLASSES[c].heads}
            begun = {
                c
                for c in classes
                if not OBJECT_CLASSES[c].measures
                and any(h.startswith(m.group()) for h in OBJECT_CLASSES[c].heads)
            }
            if obj is None and len(classes) == 1 and (free or begun):
                obj = next(iter(classes))
            if obj is None and _a_fine_paid(classes, folded, cs + m.start(), cs + m.end()):
                obj = next(iter(classes))  # 共裁處二百四十九萬元, 处罚1.2亿元: the fines
            if obj is not None:
                return ActionLink(
                    by_verb[verb_cls][obj], m.group(), obj, base + cs + lead, base + e, True
                )
            lead_words = _CLAUSE_START.sub("", before[:lead])
            if not _BARE_LEAD.match(lead_words) and not _LIGHT_VERB_END.search(lead_words):
                # <object><verb><count>: the object written right before the verb, ending
                # in a head of the verb's class (老旧柴油车淘汰1891辆, 小煤矿关闭23处);
                # any other words before the verb are no object an earlier head names
                obj = _object_before_verb(lead_words, classes)
                if obj is None or _HAN_AT.match(folded, e):
                    return None  # (现场检查823个点位: the count is of the noun after it)
                return ActionLink(
                    by_verb[verb_cls][obj], m.group(), obj, base + cs + lead, base + e, True
                )
            obj = _last_head(folded[: cs + lead], classes)
            if obj is None and not _HAN_AT.match(folded, e):
                # no object written before nor after (抽查64个县: counties): the class the
                # measure word is first of
                obj = _class_of_measure(measure, classes)
            if obj is not None:
                return ActionLink(
                    by_verb[verb_cls][obj], m.group(), obj, base + cs + lead, base + e, False
                )
            return None
    # 对<count><object>…<verb>
    if "对" not in before:
        return None
    after_all = folded[e:ce]
    if "对" in before:
        between = before[before.rfind("对") + 1 :]
        if _VERB_PATTERN.search(between) or _CLAUSE_END.search(between):
            return None
    cut = _CLAUSE_END.search(after_all)
    after = after_all[: cut.start()] if cut else after_all
    found = _first_head(after, set(OBJECT_CLASSES))
    if found is None:
        return None
    obj, head_start, head_end = found
    # a place between the count and the head (对28个城市相关企业…) makes the count one of
    # places; the head itself may end in a place character (对12个自然保护区开展…)
    if _PLACE_NOUN.search(after[:head_start]):
        return None
    m2 = _VERB_PATTERN.search(after, head_end)
    if m2 is None or m2.start() - head_end > _VERB_GAP:
        return None
    verb_cls = _CLASS_OF_VERB[m2.group()]
    if obj not in fitting(verb_cls):
        return None
    return ActionLink(by_verb[verb_cls][obj], m2.group(), obj, base + s, base + e + m2.end(), True)


def object_after_link(
    text: str,
    s: int,
    e: int,
    cs: int,
    ce: int,
    actions: Mapping[tuple[str, str], str],
    fits: Callable[[str], bool],
) -> ActionLink | None:
    """The indicator of a count written between its action verb and its object.

    ``关停58家企业``, ``查处126起环境违法案件``, ``依法取締違規工廠12家`` is the other order
    (:func:`action_link`).  The verb is the last verb of a registry verb class written before
    the count in its clause, with only filler words (了, 共, 累计 …) between them; the
    object's head is the first head of an object class of that verb written after the
    measure word, with at most :data:`_MODIFIER` Han characters of modifier before it and no
    place or administrative unit among them (``关停3个县的企业``: the count is of counties).
    The measure word must be one the object class is counted in, and the indicator must fit
    the figure's unit (``fits``).

    Parameters
    ----------
    text : str
        The document.
    s, e : int
        The figure's span (its last character is the measure word).
    cs, ce : int
        The figure's clause.
    actions : mapping of (str, str) to str
        ``(verb class, object class)`` → indicator code (:func:`registry_actions`).
    fits : callable
        ``fits(code)``: whether the figure can be a value of the indicator.

    Returns
    -------
    ActionLink or None
        A sure link (the object is written with the count), or ``None``.

    Examples
    --------
    >>> acts = {("close", "enterprise"): "closed", ("file", "case"): "cases"}
    >>> t = "全年查处126起环境违法案件，关停58家企业"
    >>> object_after_link(t, 4, 8, 0, 14, acts, lambda c: True).code
    'cases'
    >>> object_after_link(t, 17, 20, 15, 22, acts, lambda c: True).code
    'closed'
    >>> object_after_link("关停3个县的企业", 2, 4, 0, 8, acts, lambda c: True) is None
    True
    """
    folded = to_simplified(text[cs:ce])
    s, e = s - cs, e - cs
    measure = folded[e - 1 : e]
    before = folded[:s]
    verbs = [
        v
        for v in _VERB_PATTERN.finditer(before)
        if v.end() >= len(before) or before[v.end()] not in _NOUN_SUFFIX
    ]
    if not verbs or _FILLER.sub("", before[verbs[-1].end() :]):
        return None  # no verb, or words between the verb and the count
    m = verbs[-1]
    verb_cls = _CLASS_OF_VERB[m.group()]
    by_obj = {o: c for (v, o), c in actions.items() if v == verb_cls}
    classes = {
        o
        for o, code in by_obj.items()
        if OBJECT_CLASSES[o].heads and measure in OBJECT_CLASSES[o].measures and fits(code)
    }
    after = folded[e:]
    cut = _CLAUSE_END.search(after)
    found = _first_head(after[: cut.start()] if cut else after, classes)
    if found is None:
        return None
    obj, head_start, head_end = found
    # the words between the count and the head: a place there (关停3个县的企业) or a
    # finding word is no object; the head itself may end in a place character (自然保护区)
    if _PLACE_NOUN.search(after[:head_start]) or _NOT_OBJECT.search(after[:head_end]):
        return None
    return ActionLink(by_obj[obj], m.group(), obj, cs + m.start(), cs + e + head_end, True)
