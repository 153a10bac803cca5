"""Count figures: what a count counts, and the counts that only scope (issue 13).

A count (``339个``, ``7個督察組``, ``32批``, ``55宗``) names, right after its measure word,
the things it counts: ``339个地级及以上城市平均…比例为93.2%`` counts 地级及以上城市,
``194个监控断面中，有47个…`` counts 监控断面, ``7个督察组共计受理举报`` counts 督察组.  A
count that only gives the scope of another figure (role ``context``) is named by that
noun — never by the share it scopes (平均…比例) nor by a list of places before it.  Found
by hand check 5 of ``read_report`` on the parser corpus (``benchmarks/extract_check5.csv``:
``339個`` phrased 地級及以上城市平均空氣質量優良天數比例, ``27個`` phrased 城市PM2.5平均濃度).

A count over a list of places (``甲市、乙市、丙市等5个城市…``) is a figure of the set the
list belongs to, not of the list's last place: :func:`listed_places` finds that list so
that the reader gives the count the list's common scope.

Durations, denominators and thresholds written around a count are context too
(:func:`count_context`): ``开展了为期一个月的…``, ``近三年``, ``占…明确的531项任务的…``,
``日最低气温在12℃或以下``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from envindicators.extract._indicators import _CONTEXT_NOUN
from envindicators.extract._phrases import _GLOSS, tidy_phrase
from envindicators.extract._roles import CLAUSE, measured_span, start_of_sentence
from envindicators.extract._segment import segment
from envindicators.units import to_simplified
from envindicators.units.counters import SERIES_COUNTERS

__all__ = ["count_context", "counted_noun", "listed_places"]

#: The most characters a counted noun has (``地级及以上城市``, ``重点排污单位``).
NOUN_MAX = 14
#: Words that end the noun a count counts: its clause goes on to something said of the
#: things counted (中, 平均, 共计受理, 均, 已, 未 …), a quantity of them (比例, 浓度 …) or a
#: list mark.  ``及以上``/``及以下`` belong to the noun (地级及以上城市); so does the 所 of a
#: facility (派出所, 场所), but not a relative 所 before a verb of observing or receiving
#: (``五个监测站|所监测数值显示``: what the stations measured is said of them).
_NOUN_END = re.compile(
    r"所(?=监测|测得|测定|检测|记录|统计|调查|收到|受理|采集|取得|获得)|"
    r"之?中(?!央|国|华|心|部|型|度|小|等|期|水|学|药|医|标|游|城|式|转)|的|平均|年均|日均|共|累计|合计|总计|均|全部|都|已|未|尚|仍|"
    r"有|为|是|在|达|占|于|被|将|同比|环比|较|比(?!例|率|重)|比例|比率|比重|占比|浓度|总量|数量|"
    r"分别|其中|[和与](?!以)|及(?!以上|以下)|等|、|环境空气|环境质量|水质|质量|空气|优良|排放|排名|依次|"
    r"正在|进驻|陆续|先后|相继|依法|完成|实现|开展|受理|出现|发生|超标|达标|"
    r"上升|下降|提高|降低|增加|减少|退出|关闭|取缔|整改|建成|通过|纳入|列入|涉及|"
    r"[^\u4e00-\u9fff]"
)
#: One Han character.
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: A quantity of the things counted (浓度, 比例 …), written after what is measured of them.
_QUANTITY = re.compile(r"浓度|比例|比率|比重|占比|平均|年均|日均|总量")
#: Last characters of a noun of facilities or waters (城市污水处理厂, 城市黑臭水体段): the
#: words after a place noun that end so are part of the counted noun.
_OBJECT_END = "厂站场所库池点段河湖园体网线"
#: Before a count: a duration (为期一个月, 近三年, 历时两年).  连续 only before years
#: (连续两年下降: the span of a trend); 连续44周 counts reports made, a measurement.
_DURATION_BEFORE = re.compile(r"(为期|近|历时|长达)$")
_YEARS_BEFORE = re.compile(r"连续$")
#: An arrangement opening the words before a duration in its sentence (根据安排, 按照工作安排,
#: 依照…安排): the length of a stay or a task the arrangement sets (``根据安排，督察组进驻长沙市
#: 时间为20天左右``), no time measured.
_ARRANGED = re.compile(r"(根据|按照|依照|依据|按)[^，,。；;！？\n\d]{0,8}?安排[，,：:\s]")
#: After a count: a threshold that sets a class (在12℃或以下, 35蒸吨以下, 2000吨以下的).
_THRESHOLD_AFTER = re.compile(r"^\s*((或|及)(以下|以上)|(以下|以上)(的)?[\u4e00-\u9fff])")
#: Units of figures whose 以上/以下 is a bound of the figure itself (下降10%以上), no class.
_NOT_THRESHOLD = frozenset({"%", "％", "百分点", "倍"})
#: After a count inside 占…的: its noun, then 的 (占方案明确的531项任务的80%).
_BASE_NOUN = re.compile(r"^[\u4e00-\u9fff]{0,10}的")
#: Durations' units.
_DURATION_UNITS = frozenset({"年", "个月", "月", "天", "日", "周", "小时", "届", "轮"})
#: Marks joining the places of a list (甲、乙和丙).
_LIST_JOIN = re.compile(r"^[、，,和及与\s]*$")


def counted_noun(
    text: str, e: int, ce: int, stops: Sequence[int] = (), unit: str = "个"
) -> str | None:
    """The noun a count counts: the words after its measure word up to the noun's end.

    The noun runs from the count's end ``e`` over Han characters and ends at the first
    word that says something of the things counted or measures them (:data:`_NOUN_END`:
    ``中``, ``平均``, ``共``, ``的``, ``比例`` …), at a list mark or a letter or digit
    (``27个城市PM2.5平均浓度``), at a registry name written there (``stops``) or after
    :data:`NOUN_MAX` characters.  A count of places, documents or teams (the nouns of
    ``_indicators._CONTEXT_NOUN``) whose noun runs on into a quantity (``8个城市臭氧浓度``)
    ends at the place noun, unless the words after it end as a facility or water
    (``城市污水处理厂平均…``).  A one-character end word inside a word of the text
    (:func:`_word_starts`: the 中 of 城中村, the 共 of 公共厕所) ends nothing.  The text is
    read in simplified script and without its pinyin glosses (``環(huán)境空氣`` ends a noun as
    ``环境空气`` does); the noun is returned as written, without the glosses.

    Parameters
    ----------
    text : str
        The report.
    e : int
        The end of the count (after its measure word).
    ce : int
        The end of the count's clause.
    stops : sequence of int
        Offsets where a registry indicator's name starts (the noun ends before one).
    unit : str
        The count's measure word; a span of time (年, 小时 …) counts no noun.

    Returns
    -------
    str or None
        The noun, ``None`` when no noun follows the measure word.

    Examples
    --------
    >>> counted_noun("全国339个地级及以上城市平均优良天数比例为87%。", 6, 27)
    '地级及以上城市'
    >>> counted_noun("7個督察組共計受理舉報1萬件", 2, 15)
    '督察組'
    >>> counted_noun("共有12个", 4, 4) is None
    True
    >>> counted_noun("等30个城市水环境质量相对较好", 4, 16)
    '城市'
    """
    hi = min(ce, e + 2 * NOUN_MAX)
    later = [p for p in stops if e < p < hi]
    if later:
        hi = min(later)
    if to_simplified(unit) in _DURATION_UNITS:
        return None  # 连续两年, 每两小时: a span of time counts no noun after it
    raw = to_simplified(text[e:hi])
    # 城鎮(zhèn)飲用水, 個(gè)城市環(huán)境空氣: pinyin glosses are read out before the noun's end
    # is sought, and the noun's end is carried back over them (``kept``: the offsets in
    # ``raw`` of the characters read)
    kept: list[int] = []
    at = 0
    for g in _GLOSS.finditer(raw):
        kept.extend(range(at, g.start()))
        at = g.end()
    kept.extend(range(at, len(raw)))
    words = "".join(raw[i] for i in kept)
    end = _NOUN_END.search(words)
    starts: frozenset[int] | None = None  # segmented only when a one-character end needs it
    while end is not None and end.end() - end.start() == 1 and _HAN_CHAR.match(end.group()):
        # 城中村, 公共厕所, 违法行为: a one-character end word inside a word of the text ends
        # nothing (a quantity's noun ends a word: 臭氧|浓度 of 臭氧浓度)
        if starts is None:
            starts = _word_starts(words)
        if end.start() in starts:
            break
        end = _NOUN_END.search(words, end.start() + 1)
    n = end.start() if end else len(words)
    n = min(n, NOUN_MAX)
    place = _CONTEXT_NOUN.match(words[:n])
    if (
        place is not None
        and end is not None
        and _QUANTITY.match(words, end.start())
        and place.end() < n
        and words[n - 1] not in _OBJECT_END
    ):  # 18个城市臭氧|浓度: what is measured of the cities is no part of their noun
        n = place.end()
    elif (
        place is not None
        and end is not None
        and n - place.end() == 1
        and words[n - 1] not in _OBJECT_END
        and (len(end.group()) > 1 or (not _HAN_CHAR.match(end.group()) and end.group().isalnum()))
    ):  # 30个城市水|环境质量, 11个城市前|4个月, 6个省份差|Ⅴ类: the one letter left after the
        # place noun opens what is said of the places (水环境质量, 前4个月), no part of it
        n = place.end()
    n = kept[n - 1] + 1 if n else 0  # back in the text, the glosses inside the noun kept
    noun = tidy_phrase(text[e : e + n]) if n else ""
    return noun if noun else None


def _word_starts(words: str) -> frozenset[int]:
    """Where the words of ``words`` start (:func:`~._segment.segment`), with its end: a
    one-character word that ends a counted noun (:data:`_NOUN_END`) ends it only where a
    word of the text starts — the ``中`` of ``城中村``, the ``共`` of ``公共厕所``, the ``有``
    of ``国有企业`` and the ``为`` of ``违法行为`` are inside the noun, not after it.

    Examples
    --------
    >>> sorted(_word_starts("城中村整治"))
    [0, 3, 5]
    """
    return frozenset([s for s, _, _ in segment(words)] + [len(words)])


def listed_places(text: str, s: int, cs: int, places: pd.DataFrame) -> list[str]:
    """The places of a list a count sums up (``甲市、乙市和丙市等3个城市``), else ``[]``.

    The count follows ``等`` (or ``这``/``共``) or the last place itself (``甲、乙、丙3个城市``)
    and before it, back to the clause's start, two or more place names are joined only by
    list marks (、，和及与).  Such a count is a
    figure of the set the places belong to, never of one of them.

    Parameters
    ----------
    text : str
        The report.
    s : int
        The start of the count.
    cs : int
        The start of its clause.
    places : pandas.DataFrame
        Place names of the text (``start``, ``end``, ``name``).

    Returns
    -------
    list of str
        The listed places in order (empty when the count sums up no list).
    """
    if places.empty:
        return []
    if "members" in places.columns:  # a list total read by the places (甲、乙两市, 甲等2个城市)
        lists = places[places["match"] == "list"]
        ends = lists["end"].to_numpy()
        gap = [not text[int(x) : s].strip("等这共 ") for x in np.minimum(ends, s)]
        around = lists[((lists["start"] < s) & (ends > s)) | ((ends <= s) & np.array(gap, bool))]
        if len(around) and isinstance(around["members"].iloc[0], tuple):
            return list(around["members"].iloc[0])
    head = text[max(cs, s - 3) : s].rstrip()
    stop = s - (len(text[max(cs, s - 3) : s]) - len(head))
    if head.endswith(("等", "这", "共")):
        stop -= 1
    elif not (places["end"] == stop).any():  # 甲、乙、丙3个城市: the count right after
        return []
    inside = places[(places["start"] >= cs) & (places["end"] <= stop)].sort_values("start")
    names: list[str] = []
    pos = stop
    for row in inside[::-1].itertuples(index=False):
        if not _LIST_JOIN.match(text[int(row.end) : pos]):
            break
        names.append(str(row.name))
        pos = int(row.start)
    return names[::-1] if len(names) >= 2 else []


def count_context(text: str, s: int, e: int, unit: str, cs: int) -> str | None:
    """Why a count around which a duration, a denominator or a threshold is written is
    context, or ``None``.

    * a duration: a count of time after 为期, 近, 历时, 长达 (``为期一个月``, ``近三年``), or
      of years after 连续 (``连续两年下降``; the bundled tables keep ``连续44周`` of weekly
      reports as an observation), or in a sentence an arrangement opens (``根据安排，督察组进驻
      长沙市时间为20天左右``: the length it sets);
    * a threshold that sets a class of objects: 或以下/及以上 right after the figure, or
      以下/以上 before a noun (``日最低气温在12℃或以下``, ``35蒸吨以下锅炉``); not a bound of
      a share or change (``下降10%以上``);
    * a denominator: the count stands between ``占`` and ``的`` of its clause
      (``占方案明确的531项任务的80%``): the share's base, not a result;
    * a count of the parts of a scheme or a campaign — seasons, grades or waves
      (:data:`~envindicators.units.counters.SERIES_COUNTERS`: ``春冬两季定期清理``,
      ``分为A、B、C三级``, ``共发动四波扫荡行动``): it measures no indicator of a place, and no
      registry row is counted in these units (``datasets/indicators.csv``; a test keeps it so).

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The count's span.
    unit : str
        Its written unit.
    cs : int
        The start of its clause.

    Returns
    -------
    str or None
        The reason, or ``None``.

    Examples
    --------
    >>> count_context("开展了为期一个月的专项检查", 5, 8, "个月", 0)
    'a duration'
    >>> count_context("日最低气温在12℃或以下", 6, 9, "℃", 0)
    'a threshold that sets a class'
    >>> count_context("共发动四波扫荡行动", 3, 5, "波", 0)
    'a count of seasons, grades or waves'
    >>> count_context("根据安排，督察组进驻长沙市时间为20天左右", 16, 19, "天", 5)
    'a duration an arrangement sets'
    """
    before = to_simplified(text[max(cs, s - 3) : s])
    simple_unit = to_simplified(unit)
    if simple_unit in SERIES_COUNTERS:
        return "a count of seasons, grades or waves"
    if simple_unit in _DURATION_UNITS and _DURATION_BEFORE.search(before):
        return "a duration"
    if simple_unit == "年" and _YEARS_BEFORE.search(before):
        return "a duration"
    if (
        simple_unit in _DURATION_UNITS
        and _ARRANGED.search(to_simplified(text[start_of_sentence(text, s) : s]))
        and not measured_span(text, s, unit)
    ):  # not 按照安排…优良天数达300天: a count of days measured
        return "a duration an arrangement sets"
    if unit not in _NOT_THRESHOLD and _THRESHOLD_AFTER.match(to_simplified(text[e : e + 5])):
        return "a threshold that sets a class"
    clause_end = CLAUSE.search(text, e)
    ce = clause_end.start() if clause_end else len(text)
    lead = to_simplified(text[cs:s])
    after = to_simplified(text[e:ce])
    if "占" in lead and _BASE_NOUN.match(after):
        return "the base of a share"
    return None
