"""Counts that give the scope of another figure rather than measure anything (issue 13).

Statistics and bulletins open a figure with the number of objects it is computed over:
``24个省考断面达标率为91.7%``, ``1935个水质断面（点位）中，Ⅰ～Ⅲ类比例为71.0%``,
``全区109座城镇污水处理厂平均达标排放率99.5%``, ``12条主要水系水质…的占95.2%``.  The count
is the denominator of the share, rate or average that follows in its clause; it is context
for that figure (role ``context``), not an observation of its own.  Found by the hand checks
of ``read_report`` on the parser corpus (``benchmarks/extract_check2.csv``,
``extract_check3.csv``: counts of cities, sections and plants read as levels).
"""

from __future__ import annotations

import re

from envindicators.extract._indicators import QUALITY_WORDS
from envindicators.extract._lexicon import CASE_UNITS
from envindicators.extract._lexicon import COUNT_UNITS as _ITEM_UNITS
from envindicators.extract._phrases import NETWORK_NOUNS as _NETWORK_NOUNS
from envindicators.extract._roles import CLAUSE, CLAUSE_BREAKS
from envindicators.units import normalize_text, to_simplified

__all__ = ["scope_count"]

#: Units of a count of objects (monitoring sections, cities, plants, rivers, points).
COUNT_UNITS = frozenset({"个", "座", "条", "家", "处", "所", "座城市", "个城市"})
#: Units of a count that may name the set a later figure is taken from (``N项整改任务中，…``,
#: ``N个断面中，…``): the objects' units and those of items — not cases (``1341件信访件中，
#: 来电885件``: the petitions received are counted, an outcome, whatever breakdown follows).
_MEMBER_UNITS = (COUNT_UNITS | _ITEM_UNITS) - CASE_UNITS
#: Words before a count that make it a result (a list summed up, a subset found), not a scope.
_RESULT_BEFORE = ("等", "有", "其中")
#: Marks that end a clause: the count and the figure it scopes share one clause.
#: ``N个X中`` / ``N个X（点位）中``: the count names the set a later figure is taken from.
#: 中 opening a word (中央, 中国, 中度 …) is no "among".
_AMONG = re.compile(
    r"^[^\d，,。；;！？\n]{1,16}?(?<![集其、大])中(?!央|国|华|心|部|型|度|小|等|期|水|学|药|医|标|游|城|村)"
)
#: 中 of a work under way, not "among" (``20件正在办理中``, ``3个项目推进中``).
_UNDER_WAY = re.compile(
    r"(正在|仍在|尚在)[^\d，,。；;！？\n]{0,10}中$"
    r"|(办理|推进|整改|实施|建设|处理|审理|调查|核查|进行|施工|落实|审批|办)中$"
)
#: A share, rate or average taken over the objects counted, with its figure in the clause:
#: ``达标率为91.7%``, ``优良天数比例为80.8%``, ``…的占95.2%``, ``平均浓度为51微克``; the
#: hours, days or index of the objects (``10個空氣監測站的污染時數下降6%至34%``).
_SCOPED = re.compile(
    r"^[^\d，,。；;！？\n]{1,30}?(比例|比率|达标率|优良率|超标率|利用率|处理率|排放率|负荷率|占比|的占|平均|浓度"
    r"|总量|蓄水量"
    r"|的[^\d，,。；;！？\n]{0,6}?(时数|天数|指数|声级))"
    r"[^\d，,。；;！？\n]{0,8}?\d"
)

#: An amount produced, discharged or used by the objects counted, with its figure in the
#: clause (``214个大、中城市生活垃圾产生量为18850.5万吨``, ``全国339个城市用水总量达…``): the
#: count is the set the amount is summed over — read only when the count opens its clause
#: as its topic (:data:`_TOPIC_BEFORE`, or nothing before it but a year), never after a verb
#: of work (``关停30家企业…``).
_AMOUNT_SCOPED = re.compile(
    r"^[^\d，,。；;！？\n]{1,24}?(产生量|排放量|处置量|处理量|利用量|用水量|用电量|消费量|使用量"
    r"|贮存量|储存量|清运量|回收量)(为|达到?|是|约|共|合计|总计)[^\d，,。；;！？\n]{0,4}?\d"
)
_YEAR_ONLY = re.compile(r"^\s*(\d{4}\s*年度?|[上下]半年|今年|去年|全年)?\s*$")

#: After a count of objects: their noun (other counts joined to it read past), then all of
#: them said to be of one quality (均, 全部, 都, 总体, 皆 and a predicate of
#: :data:`~envindicators.extract._indicators.QUALITY_WORDS`: ``6个国控断面均达到Ⅱ类``,
#: ``3个国控断面和1个省控断面均为Ⅱ类优水质``, ``11个湖体断面水质总体为轻度污染``; the state of
#: them all, 状况/状态, ``12条主要河流水质状况为优``): the count
#: is the size of the set the quality is said of, no count of the things of that quality.
_ALL_OF_A_QUALITY = re.compile(
    r"^[^\d，,。；;！？\n]{1,16}?(?<![年月日天期时])(均|全部|都|总体|全都|皆|整体|状况|状态)"
    r"(是|为(?=[^优良劣轻中重IVX]))?" + QUALITY_WORDS
)
#: Before a count: the set it is a part of, named in the clause before (``876个…点位中，825个
#: 全年均达标``): the count is of those of the quality, a result — not a set's size.
_PART_OF_BEFORE = re.compile(r"中\s*[，,]\s*$")
#: Within such a clause, other counts of objects joined to the first or nested in it
#: (``5个地下饮用水源地和1个地表水水源地水质达标率…``, ``9个设区市的30个水源地水质达标率…``)
#: and pollutants named with digits (``12个城市PM2.5平均浓度为…``): read past them to the
#: measure the whole set is taken over.
_JOINED_COUNT = re.compile(r"[和及与、的]\s*\d+\s*(?:个|座|条|家|处|所)")
_DIGIT_NAME = re.compile(r"PM\s*2\.5|PM\s*10|SO2|NO2|O3|CO", re.IGNORECASE)


def scope_count(text: str, s: int, e: int, unit: str, kind: str) -> str | None:
    """Why the count ``text[s:e]`` is the scope of another figure (role context), or ``None``.

    A count of objects (``个``, ``座``, ``条`` …, a level) is context when its own clause goes
    on to the set it names (``N个断面中``) or to a share, rate, average or concentration
    with its figure (``N个城市平均优良天数比例为80.8%``, ``N座水库年末蓄水总量比年初增加…``):
    the count is that figure's denominator — read past other counts joined to it or nested
    in it (``5个…水源地和1个…水源地水质达标率``, ``9个设区市的30个水源地…``) and past a
    pollutant named with digits (``PM2.5平均浓度``).  A count after 等, 有 or 其中
    (``厦门等14个城市的优良天数比例为100%``,
    ``有73个城市…``) is the result, not the scope; ``大、中城市`` is no "among".  A count of
    items names such a set too (``应于今年完成的13项整改任务中，目前还有7项未完成``: the 13
    are the denominator of the parts after them), but not a work under way (``20件正在办理
    中``), and a count of cases never (``73件案件中，哈尔滨市39件``: the cases received are
    counted, an outcome, :data:`~envindicators.extract._lexicon.CASE_UNITS`); a share or
    average scoped by a count is read only after a count of objects.  A count of objects all
    said of one quality (``6个国控断面均达到Ⅱ类``, ``11个湖体断面水质总体为轻度污染``) is the
    size of that set; a count whose clause or next clause tells a part of it done
    (``全省304个…项目已完成环评审批203个``, ``…明确的530项整改任务，已完成或基本完成274项``) is
    the whole the part is taken from (:func:`_set_then_part`).

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The count's span.
    unit : str
        Its written unit (as the parser gives it).
    kind : str
        Its kind (``'level'``, a change …); only levels are read.

    Returns
    -------
    str or None
        The reason, or ``None`` when the count may be a measurement.

    Examples
    --------
    >>> text = "24个省考断面达标率为91.7%。"
    >>> scope_count(text, 0, 3, "个", "level")
    'the number of objects another figure is taken over'
    >>> scope_count("完成1397个建制村环境综合整治任务。", 2, 7, "个", "level") is None
    True
    >>> scope_count("13项整改任务中，还有7项未完成。", 0, 3, "项", "level") is not None
    True
    >>> scope_count("20件正在办理中。", 0, 3, "件", "level") is None
    True
    >>> scope_count("73件案件中，哈尔滨市39件。", 0, 3, "件", "level") is None
    True
    """
    simple_unit = to_simplified(unit)
    if kind != "level" or simple_unit not in _MEMBER_UNITS:
        return None
    if to_simplified(text[max(0, s - 3) : s]).rstrip().endswith(_RESULT_BEFORE):
        return None  # 厦门等14个城市…比例为100%, 有73个城市…: the count is the result
    m = CLAUSE.search(text, e)
    after = to_simplified(text[e : m.start() if m else len(text)])
    # (点位) and similar asides belong to the noun; drop them before reading on
    after = re.sub(r"[（(][^）)]{0,8}[）)]", "", after)
    among = _AMONG.match(after)
    if among is not None and not _UNDER_WAY.search(among.group()):
        return "the number of objects another figure is taken over"
    if simple_unit in COUNT_UNITS and (
        _SCOPED.match(after) or _SCOPED.match(_DIGIT_NAME.sub("", _JOINED_COUNT.sub("", after)))
    ):
        return "the number of objects another figure is taken over"
    if simple_unit in COUNT_UNITS and _AMOUNT_SCOPED.match(_JOINED_COUNT.sub("", after)):
        cs = max(text.rfind(b, max(0, s - 30), s) for b in CLAUSE_BREAKS) + 1
        lead = to_simplified(text[max(cs, s - 30) : s])
        if _YEAR_ONLY.match(lead) or _TOPIC_BEFORE.match(lead):
            return "the number of objects another figure is taken over"
    if (
        simple_unit in COUNT_UNITS
        and _ALL_OF_A_QUALITY.match(normalize_text(_JOINED_COUNT.sub("", after)).text)
        and not _PART_OF_BEFORE.search(to_simplified(text[max(0, s - 4) : s]))
    ):
        return "the number of objects all of one quality (the set's size)"
    return _set_then_part(text, s, e, m, simple_unit)


#: Before a count that opens a clause as its topic: the whole or place the set belongs to
#: (``全区``, ``我省``, ``太原市``, ``宁夏回族自治区``), after a year or not.  A count with
#: nothing before it (``其中，19个项目开工建设，1个…``) is a part of a series, not a set.
_TOPIC_BEFORE = re.compile(
    r"^\s*(\d{4}年度?)?\s*([全我本][国省市区县州旗盟]|[\u4e00-\u9fff]{1,8}?[省市区县州旗盟])\s*$"
)
#: … or an attribute that names a set of a plan's items (``8省(区)督察整改方案明确的530项
#: 整改任务``, ``2020年应完成整改的32项问题``): words ending in 的, no mark of a thing done in
#: them and no verb of a result not due (``新建的40个设施`` counts what was built: a result).
_ATTRIBUTE_BEFORE = re.compile(r"^[^已了]{2,24}的\s*$")
#: The units of the items of a plan a set named by an attribute counts (整改任务, 措施): a
#: count of petitions, problems or places named so (``督察交办的4704个群众投诉举报案件``,
#: ``排查出的120个…问题``) is a measured count, whatever part of it follows.
_PLAN_ITEM_UNITS = frozenset({"项"})
#: … or the items' noun itself right before the count (``反馈意见整改任务315项``, ``整改任务共
#: 155项``): a count of a plan's items written after their noun.
_ITEMS_BEFORE = re.compile(r"(任务|问题|措施|事项)\s*(共|共计|合计|总计|为|是)?\s*$")
#: … or a monitoring network's noun right before the count (``地表水市控及以上站位77个``,
#: ``国控断面77个``): a count of the network's points written after their noun.
_NETWORK_BEFORE = re.compile(rf"(?:{_NETWORK_NOUNS})\s*(共|共计|合计|总计|为|是|有)?\s*$")
#: The next clause naming a part of such a network by a quality, the noun and its count
#: after it (``水质达到Ⅰ至Ⅲ类的站位56个``, ``达标断面20个``): the part of the whole before.
_QUALITY_PART_NEXT = re.compile(
    r"^\s*(其中)?[^\d，,。；;！？\n]{0,20}?(达到|优于|好于|符合|满足|达标|超标|劣|[ⅠⅡⅢⅣⅤIV]+类)"
    rf"[^\d，,。；;！？\n]{{0,16}}?(?:{_NETWORK_NOUNS})\s*(共|为|有)?\s*(?P<n>\d+)\s*(?P<u>\S)"
)
#: Verbs of a result in such an attribute or before such a noun (新建的, 共完成整改任务): the
#: count is what was done, not a set whose part is told after it — unless it was due
#: (应完成整改的32项问题).
_RESULT_ATTRIBUTE = re.compile(
    r"(?<![应需须拟])(新建|新增|建成|完成|淘汰|关停|取缔|整治|改造|检查|查处)"
)
#: Words of a quality or class in the words before such a count (Ⅳ类水质断面9个, 达标断面
#: 20个): the count is a part, no whole.
_QUALITY_IN_LEAD = re.compile(r"[ⅠⅡⅢⅣⅤIV]+类|达到|优于|好于|符合|满足|达标|超标|劣|优良|污染")
#: Words that build or add to a network (新建监测站点20个): the count is a result.
_NETWORK_BUILT = re.compile(r"新建|建成|新增|增设|新设|建设|布设|设置")
#: The rest of such a clause: a noun naming the objects, no figure and no verb of a result.
_SET_NOUN = re.compile(r"^[^\d，,。；;！？\n]{1,24}$")
_SET_VERB = re.compile(r"[有是为达已完共计累]")
#: The next clause opening with a part of the set in the same unit: ``有112个断面达到…``,
#: ``34个达到或优于Ⅲ类``, ``其中45个…``; or telling a part done (``已完成或基本完成274项``,
#: ``已办结18项``).
_PART_NEXT = re.compile(
    r"^\s*(其中)?\s*(仅有|只有|共有|有"
    r"|(?:已经|已|均已)[^\d，,。；;！？\n]{0,10}?(?:完成|办结|销号|整改|建成|达到|达标)"
    r"[^\d，,。；;！？\n]{0,8}?)?"
    r"\s*(\d+)\s*(\S)"
)
#: The rest of the count's own clause telling a part of the set done, in the same unit at its
#: end (``全省304个省列重大建设项目已完成环评审批203个``): the noun, 已 and a verb of doing,
#: then the part.
_PART_SAME = re.compile(
    r"^[^\d，,。；;！？\n]{1,24}?(已经|已|均已)[^\d，,。；;！？\n]{0,10}?"
    r"(完成|办结|销号|整改|建成|通过|达到|达标)[^\d，,。；;！？\n]{0,10}?(\d+)\s*(\S)\s*$"
)


def _set_then_part(
    text: str, s: int, e: int, clause_end: re.Match[str] | None, unit: str
) -> str | None:
    """Why a count that names a set whose part the next clause counts is context.

    ``全区115个国控监测断面，有112个断面达到或优于Ⅲ类水质``, ``全区37个地级城市集中式生活
    饮用水水源地，34个达到…``: the count opens its clause as its topic (before it only the
    whole or place it belongs to, after a year or not), the clause goes on with the objects'
    noun only, and the next clause counts no more of them in the same unit — the first
    count is the denominator of the second.  So is a count after an attribute naming the set
    (``8省(区)督察整改方案明确的530项整改任务，已完成或基本完成274项``), a count written
    right after a monitoring network's noun whose next clause names a part by a quality
    (``全市地表水市控及以上站位77个，水质达到Ⅰ至Ⅲ类的站位56个``), and one whose own
    clause goes on to tell a part done (``全省304个省列重大建设项目已完成环评审批203个``).  A
    count after a verb (``检查企业120家，其中80家…``, ``办结120件，其中…``, ``新建的40个设施``)
    is a result, and one with nothing before it (``19个项目开工建设，1个正在推进``) a part
    of a series: neither is read here.
    """
    cs = max(text.rfind(b, 0, s) for b in CLAUSE_BREAKS) + 1
    lead = to_simplified(text[cs:s])
    items = unit in _PLAN_ITEM_UNITS and bool(_ITEMS_BEFORE.search(lead))
    network = (
        unit in COUNT_UNITS
        and bool(_NETWORK_BEFORE.search(lead))
        and not _RESULT_ATTRIBUTE.search(lead)
        and not _NETWORK_BUILT.search(lead)
        and not _QUALITY_IN_LEAD.search(lead)  # Ⅳ类水质断面9个: a part, no whole
    )
    if not (
        _TOPIC_BEFORE.match(lead)
        or items
        or network
        or (
            unit in _PLAN_ITEM_UNITS
            and _ATTRIBUTE_BEFORE.match(lead)
            and not _RESULT_ATTRIBUTE.search(lead)
        )
    ) or (items and _RESULT_ATTRIBUTE.search(lead)):
        return None
    rest = to_simplified(text[e : clause_end.start() if clause_end else len(text)])
    whole = re.match(r"\d+", text[s:e])
    same = _PART_SAME.match(rest)
    if (
        same is not None
        and whole is not None
        and to_simplified(same.group(4)) == unit
        and int(same.group(3)) <= int(whole.group())
    ):
        return "the number of objects a part in its clause is taken from"
    if clause_end is None or clause_end.group() not in "，,":
        return None
    if not ((items or network) and not rest.strip()) and (
        not _SET_NOUN.match(rest) or _SET_VERB.search(rest)
    ):
        return None
    following = to_simplified(text[clause_end.end() : clause_end.end() + 40])
    part = _PART_NEXT.match(following)
    counted = (part.group(3), part.group(4)) if part is not None else None
    if counted is None and network:  # 站位77个，水质达到Ⅰ至Ⅲ类的站位56个
        quality = _QUALITY_PART_NEXT.match(following)
        counted = (quality.group("n"), quality.group("u")) if quality is not None else None
    if counted is None or whole is None or to_simplified(counted[1]) != unit:
        return None
    if int(counted[0]) > int(whole.group()):
        return None
    return "the number of objects a part in the next clause is taken from"
