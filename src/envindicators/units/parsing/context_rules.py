"""Rules that read a figure against its neighbours, after the scan and before the lists.

The scanner reads each figure from the words right around it.  Some readings need the
clause or the figure before: a rate of decrease named before the figure (``降低率为10%``),
a negative share, a change of a share right after the share, a range announced before one
number, a denominator written inside the subject (``亿元GDP事故死亡人数0.10人``).  These
rules run once over the hits of a text, for both entry points (``parse_quantity`` and
``extract_quantities``) and whether a hit came from the fast path or the full scanner, so
the grammar stays one.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from decimal import Decimal

import pint

from envindicators.units.parsing.affixes import _list_window, _window
from envindicators.units.parsing.context_words import (
    _BASELINE_PERIOD,
    _BETWEEN_AFTER,
    _CLAUSE_DELIMITERS,
    _COMPLETION,
    _COMPLETION_NOUN,
    _PART_UNITS,
    _SHARE_SUBJECT,
    _TO_WORDS,
    _WINDOW,
    INDEX_ABBREVIATIONS,
    SENTENCE_ENDS,
    SUPERLATIVE,
    WEIGHT_AFTER,
    reward_rate_sentence,
)
from envindicators.units.parsing.marks import last_mark
from envindicators.units.parsing.numbers import _lost_separator_range
from envindicators.units.parsing.quantity import _pint_unit
from envindicators.units.parsing.tokens import _Hit
from envindicators.units.parsing.unit_words import (
    _COUNTERS,
    _DENOMINATORS,
    _MISDECODED_MICRO,
    _SHARE_UNITS,
    _TIME_UNITS,
    DAMAGE_MARKS,
    DIMENSIONLESS,
)
from envindicators.units.registry import SCALE_WORDS
from envindicators.units.vocab import BOUND_WORDS, FLAG, KIND, QUALIFIER

#: A rate (or a target) of decrease named as the subject of the figure: 单位GDP能耗降低率为
#: 10%, 降低率分别修订为-2.74%、…, 年度削减目标分别为1%、2.5% (shares only: 削减目标为5万吨
#: is an amount).  Only words without digits or clause marks may stand between the rate and
#: the figure (分别, 修订为, 高达 …).  A rate of increase is left a level: 人口自然增长率为
#: 2.88‰ is the value of an indicator, and its sign is the number's.
#: 削减率 alone is left out: the share of a load removed (COD削减率达86%, 削减率为19.61%) is
#: the value of an indicator, as a 去除率 or a completion rate is — its level, positive (dev,
#: heldout6 and heldout9 label it so; 降低率 and 削减目标 stay decreases).
_RATE_NOUN = re.compile(
    r"(?:(?:降低|下降|减少|压减|减排|下跌)(?:率|目标)|削减目标)[^\d,，。;；:：、()（）%‰]{0,8}$"
)
#: A change named by its size, separated from the figure by adverbs or bounds (人均GDP增幅
#: 也接近200%, 降幅均在5%以上); written right before the figure, 增幅/降幅 are verbs of the
#: prefix reader.  Group 1 is the direction.
_CHANGE_NOUN = re.compile(
    r"(增幅|涨幅|升幅|降幅|减幅|跌幅|(?:增长|上升|提高|下降|降低|减少|削减|缩短|缩减)幅度"
    # 提升燃气发电的幅度逾60%: a verb of change, its object, then 的幅度
    r"|(?:提升|提高|增加|增长|上升|下降|降低|减少|削减)[^\d,，。;；:：、()（）%‰]{1,10}?的幅度"
    # 增加比例约为10-15%: the size of an increase (not 提高比例, raising a share); 时间的缩短
    # 比例达25.9%: the size of a shrinking (缩短, 缩减: verbs without an object of share)
    r"|(?:增加|增长|减少|下降|缩短|缩减)比例)"
    r"(?:[^\d,，。;；:：、()（）%‰]{0,8}"
    # 降幅比2013年的3.7%扩大1.1个百分点, 增幅较上年同期的5.2%回落: the size of the change in
    # the period compared with, the same change (its own size follows after the verb)
    r"|[^\d,，。;；:：、()（）%‰]{0,4}(?:比|较)(?:" + _BASELINE_PERIOD + r")的?"
    # 下降幅度最大的是北京市,为13.06%: the change names the subject, the figure follows it
    r"|(?:最大|最小|最高|最低|较大|较小)的(?:是|为)(?:[A-Za-z]+[0-9.]*|[^\d,，。;；:：、()（）%‰]){1,16}"
    r"[,，](?:为|是|达)?)$"
)
#: The same change noun, then a clause break before a list announced by 分别/依次 (the hit's
#: ``list_cue``): 下降幅度更是达到两位数,分别为19.3%、18.7% — the list gives the sizes.
_CHANGE_NOUN_BEFORE_LIST = re.compile(
    r"(增幅|涨幅|升幅|降幅|减幅|跌幅|(?:增长|上升|提高|下降|降低|减少|削减)幅度)"
    r"[^\d,，。;；:：、()（）%‰]{0,12}[,，]$"
)
#: The words of a figure that only give the size of what the clause before named: a copula,
#: possibly after an adverb (降幅更加明显,达到44%; 增幅较大,约为12%).
_COPULA_AFTER_BREAK = re.compile(r"(?:更是|则|也|均)?(?:达到|达|为|是|高达|约为|约)")
#: A verb of the size of a change before 至/到 (降幅扩大至5%, 增幅回落到2%): the figure is the
#: change's new size, still a change.
_MAGNITUDE_TO = re.compile(
    r"(?:扩大|收窄|缩小|提高|增加|加大|上升|下降|减少|降低|回落|放大)了?[至到]$"
)
#: Verbs of decrease that may open a change noun with an object (降低排放的幅度).
_DOWN_OBJECT_VERBS = ("下降", "降低", "减少", "削减")
_DOWN_NOUNS = frozenset(
    {"降幅", "减幅", "跌幅", "下降幅度", "降低幅度", "减少幅度", "削减幅度", "缩短幅度", "缩减幅度"}
    | {"减少比例", "下降比例", "缩短比例", "缩减比例"}
)
#: A range of an indicator's values announced before a single number: 达标率范围为83.3100% (the
#: separator of 83.3–100% was lost), 浓度范围在…, 介于…; the number is in doubt.  范围 after any
#: other noun is an area (禁采范围8.5平方公里, 保护范围).
_RANGE_ANNOUNCED = re.compile(r"(?:(?:率|值|度|数|级)(?:范围|区间)(?:为|是|在|:|：)?|介于)$")
#: A denominator written inside the subject, before the figure, without 每: 亿元GDP事故死亡
#: 人数0.10人 (人/亿元), 工矿商贸从业人员十万人事故死亡人数1.25人 (人/十万人), 煤矿百万吨死亡人数
#: 1.32人, 万元规模工业增加值能耗0.73吨标准煤 (吨标准煤/万元).  A multiplier word right before
#: a unit word, not after a number (3万元 is an amount), then a noun phrase ending in
#: 人数/能耗/水耗/电耗/排放量/用水量 and the figure.
_SUBJECT_DENOMINATOR = re.compile(
    r"(?<![0-9〇零○一二两三四五六七八九十百千万亿.])(十万|百万|千万|万|亿)(元|人|吨|车|辆)"
    r"[^\d,，。;；:：、]{0,12}?(?:人数|能耗|水耗|电耗|耗水量|用水量|排放量|产生量)"
    r"[^\d,，。;；:：、]{0,4}$"
)
_DENOMINATOR_WORD = {"车": "辆"}
#: Between two figures of one measure: a change to a level (微增至, 降至, 下降到) or 其中 (a
#: part of the figure before).
#: A comparison with the same measure of a past year (每立方米17.7微克,相较107年18.8微克) is
#: one too.
_SAME_MEASURE_GAP = re.compile(
    r"[^\d,，。;；:：、()（）]{0,4}[至到]|[,，]其中"
    r"|[,，]?(?:相较|较|相比|比)于?(?:[0-9]{2,4}|[去前上]一?)年(?:同期)?"
    # 每日1.44公斤,稍低于2022年的1.51公斤: an earlier period's own figure of the same measure
    r"|[,，]?(?:稍|略|远|明显)?(?:低于|高于|少于|多于)(?:[0-9]{2,4}|[去前上]一?)年(?:同期)?的"
    # 由2017年的每平方公里21100人,减至2018年的20000人: the level reached in a later year (降为,
    # 减为 "fell to" alike; 95年度之0.605公斤: a year of a plan, then 之)
    r"|[,，]?(?:减|降|增|升|上升|下降|减少|增加|提高|降低)(?:至|到|为)(?:[0-9]{2,4}年度?)?(?:的|之)?"
    # 每立方米24微克,2023年降至12.9微克: the later year written before the verb
    r"|[,，][0-9]{2,4}年(?:时|時)?(?:减|降|增|升|上升|下降|减少|增加|提高|降低)(?:至|到)"
)
#: Between a level and the change of the same measure right after it: a comma, and words that
#: restate (每日1.51公斤,即只减少约70克).
_RESTATED_CHANGE_GAP = re.compile(r"[,，](?:即|亦即|也就是)?(?:只|仅)?")
#: Between two figures of parallel items: an enumeration (每万元1.226吨标准煤、1.204吨标准煤) or a
#: parallel clause with its own short subject (广东为每万元0.980吨标准煤,上海为1.006吨标准煤): the
#: denominator is written once for all items, as a unit of a list is (flag ``shared_unit``).
_PARALLEL_FACTOR = 100
_PARALLEL_GAP = re.compile(r"、|和|及|[,，;；][^\d,，。;；:：、()（）]{1,6}?(?:为|是)")
#: Between two members of one list of figures, nothing but the mark that joins them
#: (…分别为105.7立方米和79.6立方米): the second is of the list the subject named.
_LIST_MEMBER_GAP = re.compile(r"、|和|及|与")
#: After a share that opens its clause, a passive verb makes it a part of the subject:
#: 61.79%得到了综合利用, 30%被回收.
#: (交办近3000件环境问题,77.8%已整改完成: a share of the cases done, branch hk17)
_SHARE_PASSIVE = ("得到", "得以", "被", "已被", "获得", "已整改", "已完成", "已办结", "已解决")
#: The same share glued to the cases it counts and followed by their closing (督察交办件85.6%
#: 办结, 信访案件90%已办结, 交办问题76%完成整改): a share of the cases closed, a ratio (parser
#: round 50).  The noun's last character names the cases (件, 案, 问题).
_CASES_CLOSED = (
    "已整改", "已完成", "已办结", "已解决", "办结", "完成整改", "整改完成", "销号", "已销号",
)  # fmt: skip
_CASES_BEFORE = frozenset("件案题")


#: A share of a whole written without 占: 全国烟尘排放总量的83.4%, 完成规划目标81%、42%和
#: 27% (the part of a target achieved), 35.8%城市空气质量达标 (a share of the cities; not
#: 比例高于85%的城市, a bound of the indicator, nor 总额达98.8%).
_OF_TOTAL = re.compile(r"(?:总量|总数|总额|总和|总面积|总人口)的$")
#: A whole named with 总 and a noun of amount (总任务量的8.7%, 总拆除任务的80%, 总排放量的12%):
#: a part of that whole, as 总量的 is.
_OF_NAMED_TOTAL = re.compile(r"总[^\d,，。;；:：、()（）%‰的总]{1,6}?(?:量|数|额|任务)的$")
#: A whole closed by 中 (之中, 当中) straight before a share that opens its clause:
#: 全省85个监测断面中89.4%达到Ⅲ类, 投诉当中52.5%为电话投诉, 其中3.6%的城市 — a part of that
#: whole.  Not a period or a process (年中, 月中, 期中, 过程中), nor a word ending in 中
#: (集中, 高中, 初中).
_SHARE_OF_WHOLE_IN = re.compile(r"(?<![年月期程集高初])(?:之中|当中|中)[,，]?$")
_OF_TARGET = re.compile(
    r"完成(?:了)?[^\d,，。;；:：、()（）%]{0,8}?(?:目标|任务|计划)(?:的)?"
    r"(?:分别为|分别|为)?$"
)
#: 占 and the whole written straight before the share, without 的: 中部地区次之,占全国11%,
#: 占全省总量27.5% (with 的 the prefix reader takes it; 占地 is land, not a share); the whole
#: may carry its own count in parentheses (占列管案件（一百卅七件）比例四十八．九一％,
#: 佔垃圾(濕基)比例為12.78%); and with 的 before the share's name (環保支出占GDP的比例0.90%, as
#: 占…的比重为13.8%).  占地 is land, but 占地方机关环保支出19.1% is a share of the local
#: agencies' spending.  The whole may run to 12 characters (占同期全省审批填海项目72%以上) when
#: no verb of reaching or copula stands in it (占能源消费总量比重降低到65% is a share followed
#: to a level, the verb's figure).
_SHARE_OF_WHOLE = re.compile(
    r"(?<![0-9])占(?!地(?!方|区)|用|据|领|压)"
    r"(?:[^\d,，。;；:：、()（）的占]|[(（][^()（）,，。;；]{1,12}[)）]){1,8}"
    r"[^\d,，。;；:：、()（）的占到至为為达達于於是]{0,4}"
    r"(?:的(?:比例|比重|比率)(?:为|是|达)?)?$"
)
_SHARE_OF_WHOLE_REACH = 24
_SHARE_OF_THINGS = re.compile(
    r"(?:城市|地级及以上城市|企业|断面|监测点|站点|点位|人口|河流|湖泊|水体|家庭|农户"
    r"|(?:长度|面积|里程|河长|岸线)的)"  # 71.6%长度的长城遗址: a share of the whole's length
)


#: A figure in % right after 超标 (超标60%, 超过标准40%): by how much a concentration exceeds
#: its standard, an exceedance (as 超标0.6倍), not a level; 超标率 (a share of samples) is not.
_EXCEEDS_BY = re.compile(r"(?:超标|超过标准|超出标准|超过限值|超出限值)了?约?[0-9][0-9.,]*%$")


def _before(s: str, h: _Hit) -> str:
    """The text before a hit's words, back to the start of the look-behind window."""
    return s[max(0, h.cover_start - _WINDOW) : h.cover_start]


def _negate(h: _Hit) -> None:
    if h.value is not None:
        h.value = -abs(h.value)
    if h.low is not None and h.high is not None:
        h.low, h.high = -abs(h.high), -abs(h.low)


def _relative_difference(h: _Hit, higher: bool) -> None:
    """Make ``h`` the relative difference to what it is compared with (高于 +, 低于 −).

    Parameters
    ----------
    h : _Hit
        The figure (its value still unsigned).
    higher : bool
        Whether the comparative says higher (the sign +1; else −1, and the value negated).
    """
    h.kind = KIND.CHANGE_RELATIVE
    h.sign = h.verb_sign = 1 if higher else -1
    if h.sign < 0:
        _negate(h)


#: The largest exceedance named as the topic, the figure after the subject: 超标最多的是路边NO2
#: 年均浓度,高达5.3倍 — a multiple of the limit, as after 超标 in the same clause (a subject may
#: hold a formula, NO2, PM2.5, as in _CHANGE_NOUN).
_EXCEEDANCE_TOPIC = re.compile(
    r"超标(?:最多|最大|最高|最严重)的(?:是|为)(?:[A-Za-z]+[0-9.]*|[^\d,，。;；:：、()（）%‰]){1,16}[,，]"
    r"(?:高达|达到|达|为|是)?$"
)


#: The exceedance multiple named as a noun earlier in the clause or its list (超标倍数为0.1倍,
#: 超标倍数分别为总磷0.1倍和氨氮0.6倍, 超標倍數分別為0.3倍、1.2倍): each multiple after it is
#: one, as after 超标 right before the figure.
_EXCEEDANCE_NOUN = re.compile(r"超[标標]倍[数數]")


def _exceedance_topic(s: str, hits: list[_Hit]) -> None:
    """A multiple (倍) read as a ratio after an exceedance named as the topic
    (:data:`_EXCEEDANCE_TOPIC`) or as a noun in its clause (:data:`_EXCEEDANCE_NOUN`) is an
    exceedance multiple."""
    for h in hits:
        if (
            h.kind is KIND.RATIO
            and h.unit == DIMENSIONLESS
            and h.numerator is None
            and s[h.end - 1] == "倍"
            and (
                _EXCEEDANCE_TOPIC.search(s, max(0, h.cover_start - 40), h.cover_start)
                or _EXCEEDANCE_NOUN.search(_list_window(s, h.cover_start))
            )
        ):
            h.kind = KIND.EXCEEDANCE_MULTIPLE


def _rate_of_change(s: str, h: _Hit) -> None:
    """降低率为10%: a relative decrease, named before the figure; 增幅也接近200%: a change."""
    before = _before(s, h)
    m = _RATE_NOUN.search(before)
    if m is None:
        c = _CHANGE_NOUN.search(before)
        gap = s[h.cover_start - len(before) + c.end() : h.start + _num_offset(s, h)] if c else ""
        if (
            gap[-1:] in _TO_WORDS
            and not gap.endswith(("达到", "达至"))
            and not _MAGNITUDE_TO.search(gap)
        ):
            # 回收率跌幅较大至16.8%: the fall is named, 至 gives the level it fell to (降幅收窄
            # 至3.2% is the change's new size: a change)
            return
        if c is None and (
            h.list_cue
            or _COPULA_AFTER_BREAK.fullmatch(s, h.cover_start, h.start + _num_offset(s, h))
        ):
            # 下降幅度更是达到两位数,分别为19.3%; 降幅更加明显,达到44%: the change is named, a
            # clause break, then a list or a copula gives its size
            c = _CHANGE_NOUN_BEFORE_LIST.search(before)
        unsigned = (h.value is not None and h.value >= 0) or (
            h.value is None and h.low is not None and h.low >= 0  # 增加比例约为10-15%
        )
        if c is not None and unsigned:
            h.kind = KIND.CHANGE_RELATIVE
            h.own_verb = h.noun_sign = True
            down = c.group(1) in _DOWN_NOUNS or c.group(1).startswith(_DOWN_OBJECT_VERBS)
            h.sign = h.verb_sign = -1 if down else 1
            if h.sign < 0:
                _negate(h)
        return
    written_minus = h.value is not None and h.value < 0
    h.kind = KIND.CHANGE_RELATIVE
    h.own_verb = h.noun_sign = True  # the rate's direction is shared by its list (10%、15%)
    # 降低率10% and 降低率-2.74% (a reprint's sign) both mean a decrease; the written minus
    # is a double negative, flagged as with 下降-2%
    _negate(h)
    h.sign = h.verb_sign = -1
    if written_minus:
        h.flags.append(FLAG.SIGN_CONFLICT)


#: A share written right after 高于/低于 and an earlier period, without 的 (浓度略高于去年同期
#: 0.8%, 低于2020年3.5%): the difference to that period, a relative change, as 比去年同期高
#: 0.8% is; with 的 (高于去年同期的35%) the figure is that period's own level.
_PERIOD_COMPARED = re.compile(r"(高于|低于|高於|低於)(?:" + _BASELINE_PERIOD + r") ?$")


#: A price or a cost compared, right before a figure in % (以低于市场价格10%出售, 售价高出成本
#: 两成, 收费低于同类价格5%): the figure is the relative difference; with 的 between
#: (低于市场价的80%) it is a share of the price, left to the share rules.
_PRICE_COMPARED = re.compile(
    r"(高于|低于|高出|低出)[^\d,，。;；:：、()（）%‰的]{0,8}?(?:价格|价钱|售价|市价|价|成本)$"
)


def _apply_one(s: str, h: _Hit) -> tuple[int, int] | None:
    """The per-hit rules; returns the span of a denominator read from the subject."""
    if h.ordinal or h.unit is None:
        return None
    if h.low is None and _RANGE_ANNOUNCED.search(s, max(0, h.cover_start - 5), h.cover_start):
        h.flags.append(FLAG.SUSPECT_NUMBER)
    if (
        h.kind is KIND.RATIO
        and h.unit == "%"
        and not h.own_verb
        and "成" in s[h.start : h.end]
        and _CHANGE_NOUN.search(_before(s, h))
    ):
        # 海泥量升幅达四成七: tenths after a change noun are the size of the change, not a
        # share of a whole (七成 alone is a ratio)
        _rate_of_change(s, h)
        return None
    if h.kind is not KIND.LEVEL or h.own_verb:
        return None
    if h.unit in _SHARE_UNITS:
        if (
            s.startswith(_SHARE_PASSIVE, h.end)
            and (h.cover_start == 0 or s[h.cover_start - 1] in _CLAUSE_DELIMITERS)
            and h.value is not None
            and h.value >= 0
        ):
            h.kind = KIND.RATIO  # 一般工业固体废物,61.79%得到了综合利用: a part of the whole
            return None
        if (
            s.startswith(_CASES_CLOSED, h.end)
            and h.cover_start > 0
            and s[h.cover_start - 1] in _CASES_BEFORE
            and h.value is not None
            and 0 <= h.value <= 100
        ):
            h.kind = KIND.RATIO  # 交办件85.6%办结: a share of the cases closed
            return None
        lo = max(0, h.cover_start - _WINDOW)
        if h.unit == "%" and _EXCEEDS_BY.search(s, lo, h.end):
            h.kind = KIND.EXCEEDANCE_MULTIPLE  # 超标60%: the concentration is 1.6 × the limit
            return None
        if (
            (
                _OF_TOTAL.search(s, lo, h.start)
                or _OF_NAMED_TOTAL.search(s, lo, h.start)
                or _OF_TARGET.search(s, lo, h.cover_start)
                or (h.start == h.cover_start and _SHARE_OF_WHOLE_IN.search(s, lo, h.start))
                or _SHARE_OF_WHOLE.search(
                    s, max(0, h.cover_start - _SHARE_OF_WHOLE_REACH), h.cover_start
                )
                or (h.end == h.cover_end and _SHARE_OF_THINGS.match(s, h.end))
            )
            and (h.value is None or h.value >= 0)
            and not _followed_share(s, h)
        ):
            h.kind = KIND.RATIO  # a part of a whole (see _OF_TOTAL)
            return None
        if (
            h.value is not None
            and h.value >= 0
            and (c := _PERIOD_COMPARED.search(s, lo, h.start + _num_offset(s, h))) is not None
        ):
            # 浓度略高于去年同期0.8%: the difference to the earlier period, a relative change
            _relative_difference(h, c.group(1) in ("高于", "高於"))
            return None
        if (
            h.unit == "%"
            and ((h.value is None and h.low is not None and h.low >= 0) or (h.value or 0) >= 0)
            and (c := _PRICE_COMPARED.search(s, lo, h.start + _num_offset(s, h))) is not None
        ):
            # 以低于市场价格百分之七至十出售: a price is no share, so the % after a price compared
            # is the relative difference to it (not points, not a level)
            _relative_difference(h, c.group(1) in ("高于", "高出"))
            return None
        _rate_of_change(s, h)
        if (
            h.kind is KIND.LEVEL
            and h.value is not None
            and h.value < 0
            and "率" not in _window(s, h.cover_start)[0]
        ):
            # 甘肃,-6.97%: a share cannot be negative, so a written minus makes a change;
            # the value of a named rate stays a level (增长率为-3.2%)
            h.kind = KIND.CHANGE_RELATIVE
            h.sign = -1
        return None
    if "/" not in h.unit and h.unit not in _TIME_UNITS:
        # (a span of time is the period the measure is followed over, never a figure of it:
        # 万元国内生产总值用水量23年间下降84% names 23 years, not years per 万元)
        lo = max(0, h.cover_start - _WINDOW)
        m = _SUBJECT_DENOMINATOR.search(s, lo, h.cover_start)
        if m is not None:
            den = m.group(1) + _DENOMINATOR_WORD.get(m.group(2), m.group(2))
            if den in _DENOMINATORS:
                h.unit = f"{h.unit}/{den}"
                return m.start(1), m.end(2)
    return None


#: Between two items of a list that names each item before its figure (完成率较高的为自贡市
#: 100%、广元市100%、遂宁市99.4%): 、, a short name with no figure, verb or indicator word of
#: its own, and a copula.
#: A copy's stray comma may stand before the 、 (遂宁市97%,、泸州市96.5%: a damaged copy).
_ITEM_NAME = r"[^\d,，。;；:：、()（）%‰占为為是达達率比例重度数量數值指升降增减減提高低]{1,10}"
_NAMED_ITEM_GAP = re.compile(r"[,，]?、" + _ITEM_NAME + r"(?:为|為|是|达到?|達到?)?")
#: A list announced at the end of a clause (整改完成率依次为:, 完成率较高的,为): 依次/分别 and a
#: copula, or the top or the bottom of a ranking (较高的, 最低的, 前三位), then a colon or a comma.
_LIST_ANNOUNCED = re.compile(
    r"(?:(?:依次|分别|各自)(?:为|是)?"
    r"|(?:较高|较低|最高|最低|靠前|靠后|前[0-9一二三四五六七八九十]{1,2}位?|后[0-9一二三四五六七八九十]{1,2}位?)"
    r"的?(?:为|是|有)?)$"
)
#: After that colon or comma: a copula (为, left by 较高的,为) and the first item's name.
_FIRST_ITEM_GAP = re.compile(r"(?:为|是)?" + _ITEM_NAME + r"(?:为|是|达到?)?")


#: The same after a share of a whole and 其次(分别)为, and with a chemical formula after each
#: name (约占95.28%,其次分别为氧化亚氮(N2O) 1.71%、甲烷(CH4) 1.67%); after 其次为 the items
#: may be named without a formula and joined by 及/和 (占人口49%,其次為卑南鄉7.9%及成功鎮6.3%).
_NEXT_SHARE_GAP = re.compile(
    r"(?:[,，]其次(?:分别|分別)?(?:为|為|是)?|、)" + _ITEM_NAME + r"[(（][A-Za-z0-9]{1,6}[)）] ?"
    r"|[,，]其次(?:分别|分別)?(?:为|為|是)" + _ITEM_NAME
)
#: The next item of such a list after 其次为, joined by 及/和/与 (…7.9%及成功鎮6.3%).
_NEXT_SHARE_JOINED = re.compile(r"(?:及|和|与|與)" + _ITEM_NAME)
_NEXT_SHARE_OPENING = re.compile(r"[,，]其次(?:分别|分別)?(?:为|為|是)")


def _completion_rate_over_a_list(s: str, hits: list[_Hit]) -> None:
    """整改完成率依次为:环境目标考核类100%; 各市问题整改完成率较高的,为遂宁市97%: a completion
    rate named, a list announced at the end of its clause (依次为, 分别为, 较高的), then after the
    colon or the comma the first item's name and its share — that share is the item's
    completion rate, a ratio as 完成率为97% is (the colon or the comma cut the clause the
    scanner reads).  The items after it follow in :func:`_ratio_down_a_named_list`.  Another
    rate (优良天数比例依次为:甲市(100%), 达标率依次为:) names levels and is left alone."""
    for h in hits:
        if (
            h.kind is not KIND.LEVEL
            or h.unit not in _SHARE_UNITS
            or h.own_verb
            or (h.value is not None and h.value < 0)
        ):
            continue
        w0 = _window(s, h.cover_start)[1]
        if (
            w0 == 0
            or s[w0 - 1] not in ":：,，"
            or not _FIRST_ITEM_GAP.fullmatch(s, w0, h.cover_start)
        ):
            continue
        clause = _window(s, w0 - 1)[0]
        m = _LIST_ANNOUNCED.search(clause)
        if m is not None and _COMPLETION_NOUN.search(clause, 0, m.start()):
            h.kind = KIND.RATIO


def _ratio_down_a_named_list(s: str, hits: list[_Hit]) -> None:
    """完成率较高的为自贡市100%、广元市100%: the items of a list named one by one share the
    indicator written before the first, so a share after a ratio (a completion rate, a part of
    a whole) is a ratio too."""
    for prev, h in itertools.pairwise(hits):
        if (
            prev.kind is KIND.RATIO
            and prev.unit in _SHARE_UNITS
            and h.kind is KIND.LEVEL
            and h.unit == prev.unit
            and not h.own_verb
            and (h.value is None or h.value >= 0)
            and (
                _NAMED_ITEM_GAP.fullmatch(s, prev.end, h.cover_start)
                or _NEXT_SHARE_GAP.fullmatch(s, prev.end, h.cover_start)
                or (
                    _NEXT_SHARE_JOINED.fullmatch(s, prev.end, h.cover_start)
                    and _NEXT_SHARE_OPENING.search(s, max(0, prev.start - 16), prev.start)
                )
            )
        ):
            h.kind = KIND.RATIO


#: Between a count and a share in a clause of its own with only a bound before it (仅完成整治
#: 118个,不足30%; 已关停42家,约60%).
_COUNT_THEN_SHARE_GAP = re.compile(r"[,，](?:仅|僅|只|约|約|近|不足|不到|超过|超過|逾|达|達|占)*")
#: Between a count and its share in parentheses, the share named (電話陳情3,388件次之比例
#: (58.45%)最高, 2,216件之比例最高(38.23 %)): the count's part of the whole.
_COUNT_SHARE_NAMED = re.compile(
    r" ?(?:之|的)?(?:比例|比率|比重|占比|佔比)(?:最高|最低|最大|最小|次之)? ?[(（] ?"
)


#: The bracket of a share right after its count or amount, and its end; a copy from a PDF may
#: put a space before or inside it (环境卫生1,553件 (27.7 %), 4,395件( 34.5% )).
_SHARE_OPENS = re.compile(r" ?[(（] ?")
_SHARE_CLOSES = (")", "）", " )", " ）")


def _share_of_a_count(s: str, hits: list[_Hit]) -> None:
    """仅完成整治118个,不足30%: a share standing alone right after a count, with no indicator
    named, states the count as a part of the whole — a ratio; so does a share alone in
    parentheses right after a count (项目中的475个(93.0%)) or after an amount of money, mass,
    volume or area (臺北縣政府70.4億元(18.0%), 資本支出210.9億元(38.3%): its part of the
    total just stated), also with the share named between (3,388件次之比例(58.45%)最高)."""
    for prev, h in itertools.pairwise(hits):
        if (
            prev.kind is KIND.LEVEL
            and (prev.unit in _COUNTERS or prev.unit in _PART_UNITS)
            and h.kind is KIND.LEVEL
            and h.unit == "%"
            and not h.own_verb
            and h.value is not None
            and 0 <= h.value <= 100
            and (
                (
                    prev.unit in _COUNTERS
                    and _COUNT_THEN_SHARE_GAP.fullmatch(s, prev.end, h.start)
                    and (h.end == len(s) or s[h.end] in _CLAUSE_DELIMITERS)
                )
                or (
                    _SHARE_OPENS.fullmatch(s, prev.end, h.start)
                    and s.startswith(_SHARE_CLOSES, h.end)
                )
                or (
                    prev.unit in _COUNTERS
                    and _COUNT_SHARE_NAMED.fullmatch(s, prev.end, h.start)
                    and s.startswith(_SHARE_CLOSES, h.end)
                )
            )
        ):
            h.kind = KIND.RATIO


#: The end of a noun that names an indicator (its value may stand in parentheses after it:
#: 达年度指标(90.1%), 优良天数比例(85%)), not a part of a whole.
_INDICATOR_NOUN_END = re.compile(
    r"(?:率|比例|比率|比重|占比|指标|目标|标准|限值|值|数|浓度|指数|水平|幅度|增幅|降幅|同比|环比)$"
)


#: Two rates named together, then their two figures (运行率和完成率分别为98.7%和90.2%):
#: group 1 is the first rate's name, group 2 the second's.
_PAIRED_RATES = re.compile(
    r"([^\d,，。;；:：、和及与與]{1,8}?率)(?:和|及|与|與|、)([^\d,，。;；:：、]{1,8}?率)"
    r"(?:分别|分別)(?:为|為|是|达|達)?$"
)
_PAIR_GAP = frozenset({"和", "及", "与", "與", "、"})


def _rates_paired_with_figures(s: str, hits: list[_Hit]) -> None:
    """运行率和完成率分别为98.7%和90.2%: two rates named, then two figures — the first figure
    is the first rate's value, the second the second's.  Each reads as it would right after
    its own rate: a completion rate (完成率, 整改率) is a ratio, any other rate its level
    (conv16), though the whole clause names 完成率 for both."""
    for h1, h2 in itertools.pairwise(hits):
        if (
            h1.unit != "%"
            or h2.unit != "%"
            or s[h1.end : h2.start] not in _PAIR_GAP
            or any(h.own_verb or h.kind not in (KIND.LEVEL, KIND.RATIO) for h in (h1, h2))
        ):
            continue
        n1 = h1.start + _num_offset(s, h1)  # the span may hold the rate's name (完成率分别为98.7%)
        m = _PAIRED_RATES.search(s, max(0, n1 - 24), n1)
        if m is None:
            continue
        for h, noun in ((h1, m.group(1)), (h2, m.group(2))):
            h.kind = KIND.RATIO if _COMPLETION.search(noun) else KIND.LEVEL
            h.paired = True


#: An indicator named in the sentence before a share in parentheses: the share is its value.
_INDICATOR_IN_SENTENCE = re.compile(r"率|比例|比率|比重|占比|浓度|指数|均值|平均")
_PART_SENTENCE = 240


def _share_of_a_named_part(s: str, hits: list[_Hit]) -> None:
    """碳排放源(66%),其次是运输界别(18%)和废弃物(7%); 投诉大多涉及车辆废气排放(40.8%): a
    share alone in parentheses right after a noun that is not an indicator's name is that
    part's share of the whole — a ratio (as after a count, :func:`_share_of_a_count`).  After
    an indicator's name (达年度指标(90.1%), 比例(85%)) the share is its value, a level; after
    a verb of change, a change (:func:`_change_in_parentheses`); after a figure, the same
    figure in % (增加约4945公吨(11%)); and where the sentence names an indicator before
    (优良天数比例…依次为:呼伦贝尔市(100.0%)), the places' values of that indicator, levels."""
    ends = {h.end for h in hits}
    for h in hits:
        if h.start - 1 in ends:
            continue
        if (
            h.kind is KIND.LEVEL
            and not h.own_verb
            and h.unit == "%"
            and h.value is not None
            and 0 <= h.value <= 100
            and h.cover_start == h.start
            and h.start >= 2
            and s[h.start - 1] in "(（"
            and s.startswith((")", "）"), h.end)
            and "\u4e00" <= s[h.start - 2] <= "\u9fff"
            and not _INDICATOR_NOUN_END.search(s, max(0, h.start - 5), h.start - 1)
            and not _VERB_BEFORE_PAREN.search(s, max(0, h.cover_start - 6), h.cover_start)
            and not _indicator_in_sentence(s, h.start)
        ):
            h.kind = KIND.RATIO


def _indicator_in_sentence(s: str, i: int) -> bool:
    """Does the sentence before the share at ``i`` (back to 。;；!！?？ or a line break, at most
    :data:`_PART_SENTENCE` characters) name an indicator (:data:`_INDICATOR_IN_SENTENCE`)
    before the bracket that opens the share?"""
    lo = max(0, i - _PART_SENTENCE)
    k = last_mark(s, lo, i, "。;；!！?？\n")
    return _INDICATOR_IN_SENTENCE.search(s, max(lo, k + 1), i - 1) is not None


#: Between a share and its change, after the comma, only the period it is compared with
#: (回收率为60.04%,相较于109年同期提升2.71%; 比上年提高2.7%; 其中较2011年提高4.4%): the same
#: doubt.
#: The comma may be missing (佔GDP約37%較疫前降14%).
_COMPARED_GAP = re.compile(r"(?:[,，](?:其中)?)?(?:相较于?|较于?|相比于?|比)[^,，。;；%‰]{1,12}")
#: The share may stand in parentheses after its place or item, the change after them
#: (新园乡(54.1%)较108年度提升11.5%, 甲镇(58.8%) 较上年提高3%): the bracket that closes the
#: share (and a space) is not part of the gap.
_SHARE_CLOSED = re.compile(r"[)）] ?")
#: Or nothing but a comma, and 其中 (达标城市比率为88.5%,其中较2011年提高4.4%: the span of the
#: change starts at 较).
_SHARE_CHANGE_GAPS = ("", ",", "，", ",其中", "，其中")
#: Or the share's copula and what it is the share of, then a comma and the comparison's word
#: (当中近三成为住宅噪音,按年升4.6%; 约3成是外来人口,同比增加2%): the change is the share's.
_SHARE_NOUN_GAP = re.compile(
    r"(?:为|是)[^\d,，。;；:：!！?？%‰\n]{1,16}[,，](?:按年|按月|同比|环比)?"
)


def _share_change_after_share(s: str, hits: list[_Hit]) -> None:
    """优良天数比例为81.5%,同比上升13.3%: a change in % of the share just stated is either
    a relative change or a change in percentage points; flagged ``ambiguous_unit``."""
    for prev, h in itertools.pairwise(hits):
        if not (h.kind is KIND.CHANGE_RELATIVE and h.unit == "%"):
            continue
        closed = _SHARE_CLOSED.match(s, prev.end, h.start)
        start = (
            closed.end()
            if closed is not None and s[prev.start - 1 : prev.start] in "(（"
            else prev.end
        )
        if (
            prev.unit in _SHARE_UNITS
            and prev.kind in (KIND.LEVEL, KIND.RATIO)
            and (
                s[start : h.start] in _SHARE_CHANGE_GAPS
                or _COMPARED_GAP.fullmatch(s, start, h.start) is not None
                or _SHARE_NOUN_GAP.fullmatch(s, prev.end, h.start) is not None
            )
            and FLAG.AMBIGUOUS_UNIT not in h.flags
        ):
            # 较2018年的22.1%下跌多达5.3%: the change written straight after the share it is
            # measured from is the same doubt
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: Between a figure in % and the level in % it reached: 达 or 达到 alone (进步约5%达21.2%).
_REACHED_GAP = ("达", "达到")
#: What before the first figure makes it a level of its own (为, 是), the level left (由, 从,
#: 自) or a share (的, 占, 比): no change before the level reached.
_LEVEL_BEFORE_REACHED = frozenset("为是由从自的占比达至到,，:：;；、(（")


def _change_before_the_level_reached(s: str, hits: list[_Hit]) -> None:
    """进步约5%达21.20%: a figure in % straight before 达 and the level in % it reached is the
    change that reached it, though its verb is none the parser knows (进步, 成长); the verb
    does not say up or down for every indicator (as 改善) and a change of a share is relative
    or in points: a ``change_relative`` flagged ``ambiguous_sign`` and ``ambiguous_unit``.
    After 为/是, 由/从 or 的 the first figure is a level of its own."""
    for prev, h in itertools.pairwise(hits):
        if not (
            prev.kind is KIND.LEVEL
            and h.kind is KIND.LEVEL
            and prev.unit == "%"
            and h.unit == "%"
            and prev.value is not None
            and prev.qualifier in (QUALIFIER.EXACT, QUALIFIER.APPROX)
            and s[prev.end : h.start] in _REACHED_GAP
            and prev.start > 0
            and s[prev.start - 1] not in _LEVEL_BEFORE_REACHED
            and not s[prev.start - 1].isdigit()
            and not s[prev.start - 1].isspace()
        ):
            continue
        prev.kind = KIND.CHANGE_RELATIVE
        for flag in (FLAG.AMBIGUOUS_SIGN, FLAG.AMBIGUOUS_UNIT):
            if flag not in prev.flags:
                prev.flags.append(flag)


#: The subject of a change parallel to the one before it: after a comma, a short name with
#: no figure and no clause end (Ⅰ~Ⅲ类水质断面比例减少3.1%,Ⅳ类水质断面增加10.6%).
_PARALLEL_SUBJECT = re.compile(r"[,，]([^\d,，。;；:：!！?？\n]{2,16})")


def _is_ideograph_pair(text: str, k: int) -> bool:
    """``text[k : k + 2]`` is two CJK ideographs (a word, not a mark or a class numeral)."""
    return all("\u4e00" <= c <= "\u9fff" for c in text[k : k + 2]) and k + 2 <= len(text)


def _share_change_in_parallel(s: str, hits: list[_Hit]) -> None:
    """Ⅰ~Ⅲ类水质断面比例减少3.1%,Ⅳ类水质断面增加10.6%,Ⅴ类水质断面减少5.45%: the changes in %
    listed after a change of a share flagged ``ambiguous_unit`` (see
    :func:`_share_change_after_share` and the share words of the scanner), each of a subject
    parallel to the one before (its last two characters, 断面, name the same kind of thing
    in the first clause, or it shares a word of two ideographs with it: Ⅰ~Ⅲ类水质断面比例…,
    Ⅳ类水质截面增加…, a rewriter's synonym for 断面), change the same kind of share: the same
    doubt, flagged too.  A subject naming another measure (PM2.5浓度, 达标率) is no
    parallel."""
    for prev, h in itertools.pairwise(hits):
        if not (
            h.kind is KIND.CHANGE_RELATIVE
            and h.unit == "%"
            and prev.kind is KIND.CHANGE_RELATIVE
            and prev.unit == "%"
            and FLAG.AMBIGUOUS_UNIT in prev.flags
            and FLAG.AMBIGUOUS_UNIT not in h.flags
        ):
            continue
        m = _PARALLEL_SUBJECT.fullmatch(s, prev.end, h.cover_start)
        if m is None or _OTHER_MEASURE.search(m.group(1)):
            continue
        clause_start = last_mark(s, 0, prev.cover_start, ",，。;；:：\n") + 1
        first = s[clause_start : prev.cover_start]
        subject = m.group(1)
        if subject[-2:] in first or any(
            _is_ideograph_pair(subject, k) and subject[k : k + 2] in first
            for k in range(len(subject) - 1)
        ):
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: After a change of a share, a comma, 其中 ("among them") and the parts it names, no figure
#: and no clause end between (比例较上年上升4.2%,其中甲、乙市分别上升了11.0%、3.4%): the parts'
#: changes are of the same share.
_PARTS_AFTER_CHANGE = re.compile(r"[,，]其中[^\d,，。;；:：!！?？\n]{1,24}")
#: Between members of one list of changes (11.0%、3.4%和1.0%).
_LIST_JOINERS = ("、", "和", "及", "与", "以及")


def _share_change_of_its_parts(s: str, hits: list[_Hit]) -> None:
    """优良天数比例…较2015年同期上升4.2%,其中中卫、吴忠市分别上升了11.0%、3.4%: the changes in %
    of the parts named after 其中, following a change of a share flagged ``ambiguous_unit``,
    are the same doubt (relative or in points), flagged too, with every member of their
    list."""
    flagged_here: set[int] = set()
    for prev, h in itertools.pairwise(hits):
        if not (
            h.unit == "%"
            and (prev.kind is KIND.CHANGE_RELATIVE or id(prev) in flagged_here)
            and prev.unit == "%"
            and FLAG.AMBIGUOUS_UNIT in prev.flags
            and FLAG.AMBIGUOUS_UNIT not in h.flags
        ):
            continue
        gap = s[prev.end : h.cover_start]
        if (
            id(prev) in flagged_here
            and s[prev.end : h.start] in _LIST_JOINERS
            # a later member of the list: the verb is shared after these rules
            and (h.kind is KIND.CHANGE_RELATIVE or (h.kind is KIND.LEVEL and not h.own_verb))
        ) or (h.kind is KIND.CHANGE_RELATIVE and _PARTS_AFTER_CHANGE.fullmatch(gap)):
            h.flags.append(FLAG.AMBIGUOUS_UNIT)
            flagged_here.add(id(h))


#: After an absolute change, a comma and only a qualifier: the same change restated in % (减少
#: 1亿0,396万8千元,约23.61%; 增加2万吨,约5%).
_RESTATED_IN_PERCENT = ("约", "大约", "近", "逾", "超过", "")


def _change_restated_in_percent(s: str, hits: list[_Hit]) -> None:
    """An absolute change followed, after a comma, by a bare percentage (with at most a
    qualifier) is the same change written as a relative one: kind and sign are the change's."""
    for prev, h in itertools.pairwise(hits):
        if (
            prev.kind is KIND.CHANGE_ABSOLUTE
            and prev.sign != 0
            and h.kind is KIND.LEVEL
            and h.unit == "%"
            and h.value is not None
            and h.value >= 0
            and not h.own_verb
            and s[prev.end : h.cover_start] in (",", "，")
            and s[h.cover_start : h.start + _num_offset(s, h)] in _RESTATED_IN_PERCENT
        ):
            h.kind = KIND.CHANGE_RELATIVE
            h.sign = h.verb_sign = prev.sign
            if prev.sign < 0:
                _negate(h)


#: A figure alone in parentheses right after a change, in the change's unit and within a
#: tenth of its size: the same change written exactly (减量约六十万公吨(584,589公吨), 提高约
#: 十四万公吨(136,763公吨)).
_RESTATED_WITHIN = Decimal("0.1")


def _change_restated_in_parentheses(s: str, hits: list[_Hit]) -> None:
    """A level in parentheses that restates the change before it (its rounding written
    exactly) takes the change's kind and sign."""
    for prev, h in itertools.pairwise(hits):
        if (
            prev.kind in (KIND.CHANGE_ABSOLUTE, KIND.CHANGE_RELATIVE)
            and prev.sign != 0
            and h.kind is KIND.LEVEL
            and not h.own_verb
            and h.unit == prev.unit
            and prev.value is not None
            and h.value is not None
            and h.value > 0
            and s[prev.end : h.cover_start] in ("(", "（")
            and s[h.end : h.end + 1] in (")", "）")
            and abs(h.value - abs(prev.value)) <= _RESTATED_WITHIN * abs(prev.value)
        ):
            h.kind = prev.kind
            h.sign = h.verb_sign = prev.sign
            if prev.sign < 0:
                _negate(h)


#: A change named by a noun after its figure and 的 (录得75%及61%的减幅, 实现了5%的增长,
#: 出现3微克的降幅): the figure is the size of that change.  Group 1 is the direction.  A rate,
#: a value added, an amount or a room of a change (5%的增长率, 10%的增加值, 增长量, 提升空间) is
#: no change of the figure.
#: The nouns of the size of a change (增幅, 降幅 …) and of the amount cut (减量, 削减量 …):
#: written right after the figure with no 的 too (须达到40%减量, 实现30%削减量).
_CHANGE_SIZE_NOUNS_UP = ("增幅", "涨幅", "升幅")
_CHANGE_SIZE_NOUNS_DOWN = ("降幅", "减幅", "跌幅", "削减量", "减排量", "减量")
_CHANGE_NOUN_AFTER = re.compile(
    r"的(?:同比|环比|按年|按月|年均)?"
    r"(" + "|".join(_CHANGE_SIZE_NOUNS_UP + _CHANGE_SIZE_NOUNS_DOWN) + r"|增长|上升|上涨|增加|"
    r"提高|提升|下降|下跌|减少|降低|回落)"
    r"(?!率|值|量|点|空间|潜力|速度)"
)
#: The same nouns glued to the figure (40%减量): not before a rate, a value or a copula that
#: names the noun's own figure (10%降幅为…).
_CHANGE_NOUN_GLUED = re.compile(
    r"(" + "|".join(_CHANGE_SIZE_NOUNS_UP + _CHANGE_SIZE_NOUNS_DOWN) + r")"
    r"(?!率|值|量|点|空间|潜力|速度|为|是|达|约|超|在)"
)
_CHANGE_NOUN_AFTER_DOWN = frozenset(
    {*_CHANGE_SIZE_NOUNS_DOWN, "下降", "下跌", "减少", "降低", "回落"}
)
#: Between the members of a list of figures sharing the noun after the last one (75%及61%).
_SHARED_NOUN_LIST_GAP = frozenset({"、", "和", "及", "与", "或"})


def _change_named_after(s: str, hits: list[_Hit]) -> None:
    """A level without a direction followed by 的 and a change noun (``录得12%的跌幅``) is that
    change: relative in %, absolute in any other unit, with the noun's sign; the members of a
    list before it (``75%及61%的减幅``) share the noun when they share its unit.  A share in %
    with the noun of a change's size or of an amount cut glued to it (``须达到40%减量``) is
    that change too."""
    i = 0
    while i < len(hits):
        j = i
        while (
            j + 1 < len(hits)
            and hits[j + 1].unit == hits[i].unit
            and s[hits[j].cover_end : hits[j + 1].cover_start] in _SHARED_NOUN_LIST_GAP
        ):
            j += 1
        m = _CHANGE_NOUN_AFTER.match(s, hits[j].cover_end)
        if m is None and hits[j].unit == "%":
            m = _CHANGE_NOUN_GLUED.match(s, hits[j].cover_end)
        if m is not None:
            down = m.group(1) in _CHANGE_NOUN_AFTER_DOWN
            for h in hits[i : j + 1]:
                if (
                    h.kind not in (KIND.LEVEL, KIND.CHANGE_ABSOLUTE)
                    or h.sign != 0
                    or h.minus
                    or h.unit is None
                    or h.unit == DIMENSIONLESS
                    or (h.value is None and (h.low is None or h.low < 0))
                    or (h.value is not None and h.value < 0)
                ):
                    continue
                if h.kind is KIND.LEVEL:
                    h.kind = KIND.CHANGE_RELATIVE if h.unit == "%" else KIND.CHANGE_ABSOLUTE
                h.sign = h.verb_sign = -1 if down else 1
                h.noun_sign = True
                if down:
                    _negate(h)
        i = j + 1


def _glued_range(s: str, hits: list[_Hit]) -> None:
    """Two percentages written with nothing between them and 之间 after (维持在19%22%之间): a
    range whose sign was lost in the copy; the two hits become one range."""
    keep: list[_Hit] = []
    for h in hits:
        prev = keep[-1] if keep else None
        if (
            prev is not None
            and prev.unit == h.unit == "%"
            and prev.kind in (KIND.LEVEL, KIND.RATIO)
            and h.kind in (KIND.LEVEL, KIND.RATIO)
            and prev.end == h.cover_start
            and prev.value is not None
            and h.value is not None
            and 0 <= prev.value < h.value
            and s.startswith(("之间", "间"), h.end)
        ):
            prev.low, prev.high, prev.value = prev.value, h.value, None
            prev.qualifier = QUALIFIER.RANGE
            prev.end = prev.cover_end = h.end
            if FLAG.RANGE not in prev.flags:
                prev.flags.append(FLAG.RANGE)
            continue
        keep.append(h)
    hits[:] = keep


#: Labels that a pair of neighbouring digits lists (1、2月, 3、4号, 1、2级, 第2、3批), and the
#: words that announce a list of values (分别为1、2个).
_PAIR_LABELS = frozenset("月日号號级級类類期批季区區楼樓栋棟线線段条條款项項章节節版")
_PAIR_LIST_CUE = re.compile(r"分别|分別|依次|各为|各為|第")


#: The digits of an integer figure (no decimal point, no grouping).
_INTEGER_RUN = re.compile(r"[0-9]{3,}(?![0-9.,])")


def _glued_integer_range(s: str, hits: list[_Hit]) -> None:
    """One integer of three or more digits with 之间 after it (浓度处于172188微克/立方米之间,
    SO2浓度处于510μg/m3之间): "between" needs two ends, so the separator of a range (172~188)
    was lost in the copy.  The one increasing split whose ends have as many digits as each
    other (or the only increasing split: 5 | 10) is read as the range; the value is in doubt
    either way and flagged ``suspect_number``."""
    for h in hits:
        if h.low is not None or h.value is None or h.unit is None or h.ordinal:
            continue
        if not s.startswith(_BETWEEN_AFTER, h.end):
            continue
        m = _INTEGER_RUN.match(s, h.start)
        if m is None or Decimal(m.group()) != h.value:
            continue
        if FLAG.SUSPECT_NUMBER not in h.flags:
            h.flags.append(FLAG.SUSPECT_NUMBER)
        pair = _lost_separator_range(m.group())
        if pair is None:
            continue
        h.low, h.high, h.value = pair[0], pair[1], None
        h.qualifier = QUALIFIER.RANGE
        if FLAG.RANGE not in h.flags:
            h.flags.append(FLAG.RANGE)


#: A range framed as "between" by 介于/介乎/处于/在 before it (its PSI值均介于79-86间): 间 after
#: it closes the frame (as 之间 does), it counts no rooms.
_BETWEEN_FRAME_BEFORE = re.compile(r"(?:介于|介乎|处于|在)(?:约)?$")


def _range_between_not_rooms(s: str, hits: list[_Hit]) -> None:
    """其PSI值均介于79-86间: a range framed by 介于 (处于, 在) and closed by 间 right after it,
    before no noun, is "between 79 and 86" with no unit written; 间 is not the counter of
    rooms (新建3-5间厂房, 介于3-5间厂房之间 keep it)."""
    for h in hits:
        if (
            h.qualifier is QUALIFIER.RANGE
            and h.unit == "间"
            and h.end == h.cover_end
            and s[h.end - 1] == "间"
            and not ("\u4e00" <= s[h.end : h.end + 1] <= "\u9fff")
            and _BETWEEN_FRAME_BEFORE.search(s, max(0, h.start - 4), h.start) is not None
        ):
            h.unit = DIMENSIONLESS
            h.end -= 1
            h.cover_end = h.end


def _persons_after_ge(s: str, hits: list[_Hit]) -> None:
    """只有8个人, 10个人的队伍: 个 then 人 ending the noun phrase counts persons (人), as 8人
    does; 个 before a word opening with 人 (5个人工湿地, 3个人员密集场所) keeps counting the
    things that word names."""
    for h in hits:
        e = h.end
        if (
            h.unit == "个"
            and h.end == h.cover_end
            and s.startswith("人", e)
            and (e + 1 >= len(s) or s[e + 1] == "的" or not ("\u4e00" <= s[e + 1] <= "\u9fff"))
        ):
            h.unit = "人"
            h.end = h.cover_end = e + 1


def _adjacent_digits_estimate(s: str, hits: list[_Hit]) -> None:
    """Two neighbouring single digits joined by 、 with one unit (2、3年前, 3、4家): an
    estimate written in Arabic digits, as 两三年 is in numerals — one range, flagged vague;
    not a list of labels (1、2月) nor of values announced as one (分别为1、2个)."""
    keep: list[_Hit] = []
    for h in hits:
        prev = keep[-1] if keep else None
        if (
            prev is not None
            and (prev.unit == h.unit or (prev.pending and prev.unit is None))
            and h.unit not in (None, "%", "‰")
            and h.unit[-1:] not in _PAIR_LABELS
            and prev.end - prev.start == 1
            and s[prev.start].isdigit()
            and s[prev.end : prev.end + 1] == "、"
            and h.start == prev.end + 1
            and s[h.start].isdigit()
            and not s[h.start + 1 : h.start + 2].isdigit()
            and prev.value is not None
            and h.value == prev.value + 1
            and prev.kind is KIND.LEVEL
            and h.kind is KIND.LEVEL
            and _PAIR_LIST_CUE.search(s, max(0, prev.start - 12), prev.start) is None
        ):
            prev.low, prev.high, prev.value = prev.value, h.value, None
            prev.qualifier = QUALIFIER.RANGE
            prev.end = prev.cover_end = h.end
            prev.unit, prev.pending = h.unit, False
            for flag in (FLAG.RANGE, FLAG.VAGUE):
                if flag not in prev.flags:
                    prev.flags.append(flag)
            continue
        keep.append(h)
    hits[:] = keep


def _whole_count_before(n: Decimal, pct: Decimal) -> bool:
    """Could a whole count ``n`` have grown by ``pct`` % (as written, to its last digit) from a
    whole count?  19 after +1.1 %: no (18.79); 123 after +5.1 %: yes (117)."""
    exp = pct.as_tuple().exponent
    half = Decimal(5) * Decimal(10) ** (exp - 1 if isinstance(exp, int) else 0)
    lo_pct, hi_pct = pct - half, pct + half
    if hi_pct <= -100:
        return True
    lo_prev = n / (1 + hi_pct / 100)
    hi_prev = n / (1 + lo_pct / 100) if lo_pct > -100 else lo_prev + n
    return math.floor(hi_prev) >= math.ceil(lo_prev)


def _change_after_a_level(s: str, hits: list[_Hit]) -> None:
    """A change right after a level of another kind, in its own clause: in 百分点 after a
    concentration (``9微克/立方米,同比下降10.3个百分点``: points of a share not stated, or a
    relative change in %?), or in % after a count that no whole count could have grown or
    shrunk to by that percentage (``Ⅳ类断面19个,同比增加1.1%``: a change of the share of
    the sections in points, or in %?) — the unit is in doubt, flagged ``ambiguous_unit``."""
    for prev, h in itertools.pairwise(hits):
        if (
            prev.kind is not KIND.LEVEL
            or prev.unit is None
            or prev.unit in _SHARE_UNITS
            or prev.value is None
            or h.kind not in (KIND.CHANGE_RELATIVE, KIND.CHANGE_ABSOLUTE)
            or h.value is None
            or s[prev.end : h.cover_start] not in (",", "，")
            or FLAG.AMBIGUOUS_UNIT in h.flags
        ):
            continue
        points_of_no_share = h.unit == "百分点" and prev.unit not in _COUNTERS
        if points_of_no_share or (
            h.unit == "%"
            and prev.unit in _COUNTERS
            and prev.value == prev.value.to_integral_value()
            and prev.value > 0
            and prev.multiplier is None  # 1.2万家 is rounded: any percentage fits
            and prev.qualifier is QUALIFIER.EXACT
            and not _whole_count_before(prev.value, h.value)
        ):
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


def _comparable(a: _Hit, b: _Hit) -> bool:
    """Two values of one indicator for parallel items: within a factor of 100 of each other
    (每万元0.5吨标准煤 and a total of 2000万吨标准煤 are not one measure)."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return False
    return a.value / b.value <= _PARALLEL_FACTOR and b.value / a.value <= _PARALLEL_FACTOR


def _inherit_denominator(s: str, hits: list[_Hit]) -> None:
    """每日2.02公斤增至2.10公斤, 日均处理污水10万吨,其中约6万吨, 每立方米17.7微克,相较107年
    18.8微克,改善1.1微克: the second figure is the same measure as the first (the level it
    changed to, a part of it, its value a year before, its change), so it takes the
    denominator written once before the first."""
    for prev, h in itertools.pairwise(hits):
        if (
            prev.unit is not None
            and "/" in prev.unit
            and h.unit is not None
            and h.kind is not KIND.LEVEL
            and h.own_verb
            and h.unit != prev.unit.split("/")[0]
            and prev.kind is KIND.LEVEL
            and _RESTATED_CHANGE_GAP.fullmatch(s, prev.end, h.cover_start)
            and _same_dimension(h.unit, prev.unit.split("/")[0])
        ):
            # 每人每日1.51公斤,即只减少约70克: the change of the measure just stated, in a
            # smaller unit of the same dimension; the denominator is the measure's (克/日)
            h.unit = f"{h.unit}/{prev.unit.split('/', 1)[1]}"
            continue
        if (
            prev.unit is not None
            and "/" in prev.unit
            and h.unit is not None
            and h.unit == prev.unit.split("/")[0]
            and (h.kind is KIND.LEVEL or h.own_verb)
        ):
            if h.kind is not KIND.LEVEL:
                # 每立方米17.7微克,改善1.1微克: the change of the measure just stated
                if prev.kind is KIND.LEVEL and _RESTATED_CHANGE_GAP.fullmatch(
                    s, prev.end, h.cover_start
                ):
                    h.unit = prev.unit
            elif _SAME_MEASURE_GAP.fullmatch(s, prev.end, h.start):
                h.unit = prev.unit
            elif (
                ("每" in s[prev.start : prev.end] or FLAG.SHARED_UNIT in prev.flags)
                and _PARALLEL_GAP.fullmatch(s, prev.end, h.start)
                and _comparable(prev, h)
            ):
                h.unit = prev.unit
                h.flags.append(FLAG.SHARED_UNIT)
            elif (
                _LIST_MEMBER_GAP.fullmatch(s, prev.end, h.start)
                and _SUBJECT_DENOMINATOR.search(
                    s, max(0, prev.cover_start - _WINDOW), prev.cover_start
                )
                and _comparable(prev, h)
            ):
                # 万元GDP和万元工业增加值用水量分别为105.7立方米和79.6立方米: the denominator
                # the subject names (万元) is the list's, given once for all its members
                h.unit = prev.unit
                h.flags.append(FLAG.SHARED_UNIT)


#: A figure compared with a rate stated before it, a clause or a sentence away: 每人每日2.24公斤
#: …。亦较香港的1.53公斤 (a comparison: X的 after 较/比/远超/高于/低于), 日均二点一公斤,远超…明年的
#: 一点四八公斤, 每人每天…0.94公斤,要比前一年减量0.01公斤 (the change of the same measure).
_COMPARED_WITH_RATE = re.compile(
    r"(?:较|比|远超|远高于|远低于|高于|低于|不及)"
    # 每立方米12.9微克。相较2014年24微克: the year compared with, written after the comparative
    r"(?:[0-9]{2,4}年(?:同期)?的?)?[^\d,，。;；:：()（）]{0,16}$"
)
#: The next member of a list of such compared figures: 、新加坡的1.49公斤.
_COMPARED_LIST_GAP = re.compile(r"(?:、|和|及|与)[^\d,，。;；:：()（）]{1,8}的?")
_RATE_REACH = 100  # characters between the rate and the compared figure, within a paragraph


def _same_size(a: _Hit, b: _Hit) -> bool:
    """Two figures of one measure, a level and a level or its change: within a factor of
    :data:`_PARALLEL_FACTOR` of each other in absolute value."""
    if a.value is None or b.value is None or a.value == 0 or b.value == 0:
        return False
    ratio = abs(a.value / b.value)
    return ratio <= _PARALLEL_FACTOR and 1 / ratio <= _PARALLEL_FACTOR


def _rate_compared_away(s: str, hits: list[_Hit]) -> None:
    """A figure in the numerator unit of a rate stated before it (公斤 after 公斤/日), no other
    figure of that unit between, in the same paragraph and within :data:`_RATE_REACH`
    characters, introduced as compared with it (:data:`_COMPARED_WITH_RATE`) or listed after such
    a figure, and of a comparable size: the same measure, so the same denominator — bound and
    flagged ``shared_unit`` (the unit is read across clauses).  A level of that size without a
    comparison keeps its written unit, flagged ``ambiguous_unit``; one of another size keeps it
    unflagged (较2018年的52.2万吨 after 每日1,507吨 is the yearly total).  A figure of that
    unit already put in doubt or bound by this rule does not stop the scan back: the run
    (每立方米24微克。PM10为45微克,臭氧为160微克) is followed to the rate, the reach counted from
    its last member, so no member after the first is left a confident plain mass."""
    # once per text: the numerator units of the rates stated; a figure in any other unit has
    # no rate to be bound to (the scan back below could only end without one)
    numerators = {g.unit.split("/")[0] for g in hits if g.unit is not None and "/" in g.unit}
    if not numerators:
        return
    bound: set[int] = set()
    for k, h in enumerate(hits):
        if h.unit not in numerators or h.unit in _SHARE_UNITS or h.unit == DIMENSIONLESS:
            continue
        if h.kind not in (KIND.LEVEL, KIND.CHANGE_ABSOLUTE):
            continue
        rate = None
        # 每立方米24微克。PM10为45微克,臭氧为160微克: a figure already put in doubt (or bound)
        # by this rule is a member of the same run; the scan goes on past it to the rate, its
        # reach counted from that member
        anchor = h.cover_start
        for j in range(k - 1, -1, -1):
            g = hits[j]
            if g.end < anchor - _RATE_REACH:
                break  # out of reach: the scan back stays short in long texts
            if g.unit is not None and g.unit.split("/")[0] == h.unit:
                if "/" not in g.unit and (FLAG.AMBIGUOUS_UNIT in g.flags or j in bound):
                    anchor = g.cover_start
                    continue
                rate = j if "/" in g.unit else None
                break
        if rate is None:
            continue
        g = hits[rate]
        gap = s[g.end : h.cover_start]
        if "\n" in gap or g.end < anchor - _RATE_REACH or not _same_size(g, h):
            continue
        prev = hits[k - 1]
        listed = (k - 1) in bound and _COMPARED_LIST_GAP.fullmatch(s, prev.end, h.start)
        compared = _COMPARED_WITH_RATE.search(s, max(g.end, h.cover_start - 24), h.cover_start)
        if listed or compared:
            h.unit = g.unit
            h.flags.append(FLAG.SHARED_UNIT)
            bound.add(k)
        elif (
            h.kind is KIND.LEVEL
            and FLAG.AMBIGUOUS_UNIT not in h.flags
            # 用量约950万吨/年,2018年交易量约254万吨: a year's amount is the yearly rate itself
            and not str(g.unit).endswith("/年")
        ):
            # 日均二点一公斤,远超《…计划》中明年的一点四八公斤: probably per day too, but the
            # text does not tie it to the rate: the written unit is kept, flagged
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


@functools.cache
def _same_dimension(a: str, b: str) -> bool:
    """Are units ``a`` and ``b`` (克, 公斤) of one dimension, neither a count nor a share?"""
    if a in _COUNTERS or b in _COUNTERS or a in _SHARE_UNITS or b in _SHARE_UNITS:
        return False
    try:
        return bool(_pint_unit(a).dimensionality == _pint_unit(b).dimensionality)
    except (pint.errors.PintError, ValueError, AttributeError):
        return False


def _mass_per_volume(unit: str) -> bool:
    """Is ``unit`` a mass per volume (微克/立方米, mg/Nm3, 毫克/升): a concentration?"""
    try:
        return bool(_pint_unit(unit).dimensionality == _MASS_PER_VOLUME)
    except (pint.errors.PintError, ValueError, AttributeError):
        return False


_MASS_PER_VOLUME = {"[mass]": 1, "[length]": -3}


def _concentration_far_away(hits: list[_Hit]) -> None:
    """A bare mass (12微克) in the numerator unit of a concentration stated anywhere before it
    in the text (PM2.5平均浓度为35微克/立方米 … another paragraph … 二氧化硫为12微克), beyond
    the paragraph and the reach of :func:`_rate_compared_away`: probably the same measure per
    the same volume, but nothing ties it to the concentration, so the written unit is kept,
    flagged ``ambiguous_unit`` — never a confident plain mass after a concentration of its
    unit.  A figure that rule bound or flagged already is left as it is."""
    numerators: set[str] = set()
    for h in hits:
        if h.unit is None:
            continue
        if "/" in h.unit:
            if _mass_per_volume(h.unit):
                numerators.add(h.unit.split("/")[0])
            continue
        if (
            h.unit in numerators
            and h.kind in (KIND.LEVEL, KIND.CHANGE_ABSOLUTE)
            and FLAG.AMBIGUOUS_UNIT not in h.flags
            and FLAG.SHARED_UNIT not in h.flags
        ):
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: Parallel verb-object clauses under one subject written with 每: 每人平均用掉289公升的自来水、
#: 产生440公斤的废弃物,使用1万1500度的电 — the object of the clause before, a separator and a
#: verb of at most three characters (no 全/总/共 of a total can stand there).
_PARALLEL_CLAUSE_GAP = re.compile(
    r"的[^\d,，。;；:：、()（）]{1,6}[、,，][^\d,，。;；:：、()（）的全总共]{1,3}"
)


def _per_unit_over_parallel_clauses(s: str, hits: list[_Hit]) -> None:
    """An amount in the next parallel clause (:data:`_PARALLEL_CLAUSE_GAP`) after an amount per
    unit written with 每 (``每人…289公升…、产生440公斤``) is per the same unit (公斤/人), whatever
    its own unit."""
    for prev, h in itertools.pairwise(hits):
        if (
            prev.unit is not None
            and "/" in prev.unit
            and ("每" in s[prev.start : prev.end] or FLAG.SHARED_UNIT in prev.flags)
            and h.kind is KIND.LEVEL
            and h.unit is not None
            and "/" not in h.unit
            and h.unit not in _SHARE_UNITS
            and h.unit != DIMENSIONLESS
            and _PARALLEL_CLAUSE_GAP.fullmatch(s, prev.end, h.start)
        ):
            h.unit = f"{h.unit}/{prev.unit.split('/', 1)[1]}"
            h.flags.append(FLAG.SHARED_UNIT)


#: A verb of cutting written right before an amount (共计削减828.68吨, 预计可压减1.2万吨): the
#: figure is the amount cut — a level of a reduction, as the corpus labels it and as
#: ``削减散煤22.7万吨`` is read — or the change of the emissions it was cut from; the reader
#: keeps the change and flags its sign.  下降/减少 (the subject decreased) are not in doubt.
#: 减量 (a reduction, SOx減量194.4公噸, 減量約六十萬公噸) names the amount cut the same way.
_CUT_VERB = re.compile(
    r"(?:削减|削減|压减|壓減|减排|減排|消减|消減|减量|減量)了?"
    r"(?=[约約近逾超]?[0-9〇零一二两兩三四五六七八九十])"
)


#: A rate named by a verb of cutting (削减率达25.9%, 削减率为19.61%): the share of the
#: emissions cut — a level, as a statistics bulletin states its achieved rate — or the
#: relative change of the emissions, as 能耗降低率 is read; the text does not decide.
_CUT_RATE = re.compile(r"(?:削减|削減|压减|壓減|消减|消減)率[^\d,，。;；:：]{0,3}$")


#: A verb of change, its object (a noun ending in 量) and the figure: 可减少土壤流失量3883万吨,
#: 年可减少耗煤量22.8万吨标煤, 增加粮食产量7亿公斤.  The figure is the amount by which the
#: object changes, and the corpus labels it both ways (a level of the amount saved, a change
#: of the object's amount); the reader keeps the level and flags its sign.
_VERB_OBJECT = re.compile(
    r"(?:增加|提高|减少|降低|缩减)[^\d的了,，。;；:：、()]{1,8}?量"
    r"(?:约|近|达|共|累计|超过|逾)?$"
)


#: A verb of change right before a parenthesis that opens with the figure: 臭氧的水平大幅上升
#: (11-25%, 详见附件), 排放量下降(约12%): the figure in parentheses is the change the verb
#: names, in %.
_VERB_BEFORE_PAREN = re.compile(r"(上升|升高|增加|增长|提高|上涨|下降|降低|减少|回落|下跌) ?[(（]$")
_DOWN_BEFORE_PAREN = frozenset({"下降", "降低", "减少", "回落", "下跌"})


def _change_in_parentheses(s: str, hits: list[_Hit]) -> None:
    """A share in parentheses right after a verb of change is that change (see
    :data:`_VERB_BEFORE_PAREN`); its sign is the verb's."""
    for h in hits:
        if h.kind is not KIND.LEVEL or h.own_verb or h.unit not in _SHARE_UNITS:
            continue
        m = _VERB_BEFORE_PAREN.search(s, max(0, h.cover_start - 6), h.cover_start)
        if m is None:
            continue
        h.kind = KIND.CHANGE_RELATIVE
        h.own_verb = True
        h.sign = h.verb_sign = -1 if m.group(1) in _DOWN_BEFORE_PAREN else 1
        if h.sign < 0:
            _negate(h)


def _cut_amount(s: str, hits: list[_Hit]) -> None:
    """Flag ``ambiguous_sign`` on an absolute change read from a verb of cutting (see
    :data:`_CUT_VERB`), on a rate of a cut (:data:`_CUT_RATE`) and on a level after a verb
    and its object (:data:`_VERB_OBJECT`); relative cuts (削减10%) and changes in 百分点
    are not in doubt."""
    for h in hits:
        if FLAG.AMBIGUOUS_SIGN in h.flags:
            continue
        if (
            (
                h.kind is KIND.CHANGE_ABSOLUTE
                and h.unit not in _SHARE_UNITS
                and _CUT_VERB.search(s, max(0, min(h.start, h.cover_start) - 4), h.end)
            )
            or (
                # (削减率达25.9%: read as the rate's level since round 17, as the corpus labels
                # it; the share cut and the relative change of the load are one number, their
                # sign the reader's convention: still flagged)
                (
                    h.kind is KIND.CHANGE_RELATIVE
                    or (h.kind is KIND.LEVEL and h.unit in _SHARE_UNITS)
                )
                and _CUT_RATE.search(s, max(0, h.start - 12), h.start) is not None
            )
            or (
                h.kind is KIND.LEVEL
                and h.unit not in _SHARE_UNITS
                and _VERB_OBJECT.search(s, max(0, h.start - 14), h.start) is not None
            )
        ):
            h.flags.append(FLAG.AMBIGUOUS_SIGN)


#: A verb of change, its object and a share: 减少陈情7成, 降低能耗10%, 削减煤炭消费量15% — the
#: share is the object's relative change (a relative cut is not in doubt, see _cut_amount).  The
#: object is a short noun without figures, spaces or line breaks (下降\n\n15.94%为其他: a new
#: paragraph), punctuation, 的 or 占; a rate or a share as the object (提高达标率10%, 降低占比5%)
#: leaves the figure alone: by points or by per cent, the text does not say.
_VERB_OBJECT_SHARE = re.compile(
    # (减碳五至六成: the one-character 减 before its object, a range of tenths)
    r"(增加|增长|提高|提升|扩大|减少|降低|削减|压减|缩减|减排|下降|减)"
    r"([^\d\s的了占是为到至后幅,，。;；:：、()（）%‰]{1,8}?)"
    r"(?:约|近|达|逾|超过)?$"
)
_VERB_OBJECT_SHARE_UP = frozenset({"增加", "增长", "提高", "提升", "扩大"})
_RATE_OBJECT = re.compile(r"率|比例|比重|占比|指数|浓度|天数")


def _relative_change_of_an_object(s: str, hits: list[_Hit]) -> None:
    """A share right after a verb of change and its object (:data:`_VERB_OBJECT_SHARE`) is the
    object's relative change, with the verb's sign."""
    for h in hits:
        if (
            h.kind not in (KIND.LEVEL, KIND.RATIO)
            or h.own_verb
            or h.unit not in _SHARE_UNITS
            or (h.value is None and (h.low is None or h.low < 0))
            or (h.value is not None and h.value < 0)
        ):
            continue
        m = _VERB_OBJECT_SHARE.search(s, max(0, h.cover_start - 14), h.cover_start)
        if m is None or _RATE_OBJECT.search(m.group(2)):
            continue
        h.kind = KIND.CHANGE_RELATIVE
        h.own_verb = True
        h.sign = h.verb_sign = 1 if m.group(1) in _VERB_OBJECT_SHARE_UP else -1
        if h.sign < 0:
            _negate(h)


#: A part of a whole named before it: 接获的投诉当中,33.2%为电话投诉; 其中,40%来自工业源 — a
#: share opening its clause after 其中/当中/之中, followed by 为/是/来自/属于 and what the
#: part is, is a part of the whole (a ``ratio``).
#: (在…城市固体废物中,有35.7%为有机物: 中 and 有 after the whole, branch hk17)
_PART_OF_WHOLE_BEFORE = re.compile(
    r"(?:(?:其中|当中|之中)[,，]?(?:有|约|近|逾|超过|仅|只有)?|中[,，]有)$"
)
_PART_OF_WHOLE_AFTER = ("为", "是", "来自", "属于", "来源于")
#: A share followed by where it comes from (PM2.5有近八%来自营建工程, 陈情案逾九成来自住宅区,
#: 有百分之四十来自外县市): a share of a whole's sources, a ratio wherever it stands, unless
#: its clause names an indicator before it (parser round 50).
_SOURCE_AFTER = ("来自", "来源于", "源自", "源于")


def _part_named_after_a_whole(s: str, hits: list[_Hit]) -> None:
    """A share right after 其中/当中 (:data:`_PART_OF_WHOLE_BEFORE`) and followed by 为 and
    the part (:data:`_PART_OF_WHOLE_AFTER`) is a ratio; so is a share followed by its source
    (:data:`_SOURCE_AFTER`) in a clause that names no indicator before it."""
    for h in hits:
        if h.kind is not KIND.LEVEL or h.own_verb or h.unit not in _SHARE_UNITS:
            continue
        if (
            s.startswith(_PART_OF_WHOLE_AFTER, h.end)
            and _PART_OF_WHOLE_BEFORE.search(
                s, max(0, h.cover_start - 6), h.start + _num_offset(s, h)
            )
        ) or (
            s.startswith(_SOURCE_AFTER, h.end)
            and h.value is not None
            and 0 <= h.value <= 100
            and not _INDICATOR_IN_SENTENCE.search(_window(s, h.cover_start)[0])
        ):
            h.kind = KIND.RATIO


#: A shortfall to a target: 距离年目标值差85天, 离目标还差2个百分点, 距目标尚差3万吨 — the
#: figure is how far the indicator is below its target, a change of sign −1 (as labelled).
_SHORTFALL = re.compile(
    r"(?:距离|距|离)[^\d,，。;；:：]{0,8}?目标[^\d,，。;；:：]{0,3}?(?:还|尚|仍)?差$"
)


def _shortfall_to_target(s: str, hits: list[_Hit]) -> None:
    """A level right after a shortfall to a target (:data:`_SHORTFALL`) is a negative change."""
    for h in hits:
        if (
            (h.kind is KIND.LEVEL or (h.unit == "百分点" and h.sign == 0))
            and not h.own_verb
            and h.value is not None
            and h.value > 0
            and h.unit is not None
            and _SHORTFALL.search(s, max(0, h.cover_start - 16), h.cover_start)
        ):
            h.kind = KIND.CHANGE_RELATIVE if h.unit in _SHARE_UNITS else KIND.CHANGE_ABSOLUTE
            h.own_verb = True
            h.sign = h.verb_sign = -1
            _negate(h)


def _parenthesised_figure(s: str, hits: list[_Hit]) -> None:
    """A bare number alone in parentheses (the hit's ``paren``) is a figure of the same
    measure as the figure right before it — a previous period's value or a target, as
    flattened tables write them (``35微克/立方米(38)``, ``| 3.25(3.76) |``, ``12.5万吨(13.1)``):
    it takes that figure's unit (and multiplier).  After a name (``高新区(4.33)、张店区
    (4.20)``) a decimal is the value of the index the table is about (dimensionless).
    The text does not say which value is which nor write the second unit, so the figure is
    flagged ``ambiguous_unit``; anything else in parentheses stays unread (``(1)``)."""
    by_end = {h.end: h for h in hits if h.unit is not None}
    for h in hits:
        if not h.paren or h.value is None:
            continue
        h.paren = False
        prev = by_end.get(h.cover_start - 1)
        if prev is not None:
            if prev.kind is not KIND.LEVEL or prev.value is None or prev.low is not None:
                continue  # 同比下降9.5%(2): a change in another unit, not written
            h.unit = prev.unit
            if prev.multiplier is not None and h.multiplier is None:
                h.value = h.value * SCALE_WORDS[prev.multiplier]
                h.multiplier = prev.multiplier
                h.flags.append(FLAG.SHARED_MULTIPLIER)
        elif (
            "." in s[h.start : h.end]
            and h.cover_start >= 2
            and "\u4e00" <= s[h.cover_start - 2] <= "\u9fff"
        ):
            h.unit = DIMENSIONLESS
        else:
            continue
        h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: What an evaluative verb (改善, 好转, 恶化) is said of, named earlier in its sentence.
#: Group 1: an indicator that improves by falling — a pollutant's concentration (浓度, a
#: concentration unit, the pollutant's name), a pollution or quality index (综合指数,
#: 水环境质量指数: the lower the better, as AQI) or a share of bad days or exceedances
#: (不良比率, 超标天数比例: matched whole, before its 比率 could be read as group 2); group 2:
#: one that improves by rising — a share of good days (优良天数, 优良天), a compliance or
#: good-quality rate.
_EVALUATED = re.compile(
    r"((?:不良|超标|重污染|污染)(?:天数|日数)?(?:比率|比例|率|天数|日数)"
    r"|浓度|综合指数|污染指数|质量指数|微克|毫克|μg|mg/m|ug/m|PM2\.5|PM10|SO2|NO2|O3|CO"
    r"|二氧化硫|二氧化氮|臭氧|颗粒物|悬浮微粒|一氧化碳)"
    r"|(比例|比率|达标率|优良率|良好率|合格率|优良天|良好日数|覆盖率)"
)
#: How far back the indicator of an evaluative change is looked for (within its sentence).
_EVALUATED_WINDOW = 60
_EVALUATED_STOPS = re.compile(r"[。;；!！?？\n]")
#: When the sentence (or the clause after a semicolon) names no indicator, the topic is the
#: one the sentence before names (细颗粒物浓度最好的是威海市…。17市同比改善,改善幅度最大的是
#: 威海市,为27%; 综合指数最好的县是鱼台县…;同比改善幅度最大的县是太白湖区,为17.4%), looked
#: for this far back on the same line (parser round 47).
_EVALUATED_TOPIC_WINDOW = 160
#: Words of the other direction: a limit loosened (放宽) moves the way a worsening does (an
#: emission limit rises), a limit tightened (加严) the way an improvement does.
_WORSE = ("恶化", "劣于", "差于", "放宽", "变差")
#: An evaluative comparison with a standard, target or average (优于年度约束性指标6.1个百分点,
#: 优于国家标准5微克/立方米, 劣于目标): a difference whose direction is the indicator's, and
#: which may also be read as the reference's own value.  Not a period (略优于前年12.8微克: the
#: value of the year before) nor a name (达到或优于Ⅲ类比例为95%).  The reference's own value
#: may stand between, in brackets (优于年度目标(35微克/立方米)5微克/立方米).
_EVALUATIVE_COMPARATIVES = ("优于", "好于", "劣于", "差于")
_EVALUATIVE_COMPARISON = re.compile(
    "(?:" + "|".join(_EVALUATIVE_COMPARATIVES) + ")"
    r"[^\d,，。;；:：、()（）%的为是达在高低率比]{0,10}"
    r"(?:标准|指标|目标|限值|要求|水平|均值|平均值)(?:值)?"
    r"(?:[(（][^()（）,，。;；]{1,20}[)）])?$"
)


def _evaluative_comparison(s: str, hits: list[_Hit]) -> None:
    """A figure right after 优于/好于/劣于/差于 and a reference: a change of sign 0 flagged
    ``ambiguous_sign`` (given a direction by :func:`_evaluated_direction` when its sentence
    names the indicator) and ``ambiguous_reference``."""
    if not any(w in s for w in _EVALUATIVE_COMPARATIVES):
        return  # once per text: no comparative, nothing to read
    for h in hits:
        if (
            h.own_verb
            or h.kind not in (KIND.LEVEL, KIND.CHANGE_ABSOLUTE)
            or h.sign != 0
            or h.value is None
            or h.value < 0
            or h.unit is None
            or h.unit == DIMENSIONLESS
            or h.unit in _COUNTERS  # 水质优于Ⅲ类的断面12个: a count of what is better
        ):
            continue
        lo = max(0, h.cover_start - 40)
        m = _EVALUATIVE_COMPARISON.search(s, lo, h.cover_start)
        if m is None:
            continue
        h.kind = KIND.CHANGE_RELATIVE if h.unit in _SHARE_UNITS else KIND.CHANGE_ABSOLUTE
        h.cover_start = min(h.cover_start, m.start())
        for flag in (FLAG.AMBIGUOUS_SIGN, FLAG.AMBIGUOUS_REFERENCE):
            if flag not in h.flags:
                h.flags.append(flag)


#: A figure right after 超(过/出) and a target, task, plan or schedule (超年度任务11天,
#: 超過時序進度0.9個百分點, 超过年度预期目标0.1个百分点): by how much the target was beaten, a
#: difference of +1 (the spent gold's convention; parser round 45, heldout25).  Not a
#: standard or a limit (超标准, 超过限值 … are exceedances); after a target's value (超过
#: 目标值14微克) the figure may be that value, so it is flagged ``ambiguous_reference``.
_BEYOND_MARK = "超"
_BEYOND_TARGET = re.compile(
    _BEYOND_MARK + r"(?:过|出)?了?[^\d,，。;；:：、()（）%的为是达在高低率比标]{0,8}"
    r"(?:任务|目标|计划|进度)(值)?$"
)


def _beyond_target(s: str, hits: list[_Hit]) -> None:
    """A level right after 超 and a target (超年度任务11天): a change of +1 beyond it."""
    if _BEYOND_MARK not in s:
        return  # once per text: no 超, nothing to read
    for h in hits:
        if (
            h.own_verb
            or h.kind is not KIND.LEVEL
            or h.sign != 0
            or h.value is None
            or h.value < 0
            or h.qualifier is not QUALIFIER.EXACT
            or h.unit is None
            or h.unit == DIMENSIONLESS
        ):
            continue
        lo = max(0, h.cover_start - 16)
        if s.find(_BEYOND_MARK, lo, h.cover_start) < 0:
            continue  # the pattern opens with 超: no 超 in the window, no match
        m = _BEYOND_TARGET.search(s, lo, h.cover_start)
        if m is None:
            continue
        h.kind = KIND.CHANGE_RELATIVE if h.unit in _SHARE_UNITS else KIND.CHANGE_ABSOLUTE
        h.sign = 1
        h.cover_start = min(h.cover_start, m.start())
        if m.group(1) and FLAG.AMBIGUOUS_REFERENCE not in h.flags:
            h.flags.append(FLAG.AMBIGUOUS_REFERENCE)


#: The largest evaluative change named as the topic, the figure after the subject: 同比改善幅度
#: 最大的县(市、区)是太白湖区,为17.4%, 恶化幅度最大的是金乡县,为3.0%: that change, its
#: direction left to the indicator (flagged ``ambiguous_sign``; :func:`_evaluated_direction`
#: may give it one).  Changes of a written direction (下降幅度最大的是…) are read by
#: ``_CHANGE_NOUN``.
_LARGEST_EVALUATIVE_TOPIC = re.compile(
    r"(?:改善|恶化|变好|变差|好转)(?:幅度|程度)?(?:最大|最多|最明显)的"
    r"[^\d。;；!！?？\n]{0,16}?(?:是|为)[^\d,，。;；:：、%‰]{1,12}[,，]?(?:为|达|达到|是)?$"
)


def _largest_topic_change(
    s: str, h: _Hit, topic: re.Pattern[str], *, points: bool = False
) -> re.Match[str] | None:
    """The largest-change ``topic`` written right before figure ``h`` (within 40 characters),
    or ``None``; when found, ``h`` becomes that change (relative in %, absolute in its unit).

    Only a positive level with a unit and no verb of its own may be such a change (with
    ``points``, also a difference in 百分点 read without a sign).
    """
    if (
        not (h.kind is KIND.LEVEL or (points and h.unit == "百分点" and h.sign == 0))
        or h.own_verb
        or h.value is None
        or h.value < 0
        or h.unit is None
        or h.unit == DIMENSIONLESS
    ):
        return None
    lo = max(0, h.cover_start - 40)
    if s.find(SUPERLATIVE, lo, h.cover_start) < 0:
        return None  # every topic writes 最 (最大, 最多, 最明显): none in the window, no match
    m = topic.search(s, lo, h.cover_start)
    if m is not None:
        h.kind = KIND.CHANGE_RELATIVE if h.unit in _SHARE_UNITS else KIND.CHANGE_ABSOLUTE
    return m


def _largest_evaluative_topic(s: str, hits: list[_Hit]) -> None:
    """同比改善幅度最大的县是太白湖区,为17.4%: the figure after the subject of the largest
    improvement (or worsening) is that change (relative in %, absolute in the level's unit),
    not a level; its sign is not written."""
    if SUPERLATIVE not in s:
        return  # once per text: no 最, no topic
    for h in hits:
        m = _largest_topic_change(s, h, _LARGEST_EVALUATIVE_TOPIC)
        if m is None:
            continue
        h.cover_start = min(h.cover_start, m.start())  # the verb (恶化 …) is the change's
        if FLAG.AMBIGUOUS_SIGN not in h.flags:
            h.flags.append(FLAG.AMBIGUOUS_SIGN)


#: The largest change of a written direction named as the topic, the figure after the subject:
#: 同比减少最多的是济宁市,为9天, 增加最多的是聊城市,为12天, 浓度下降幅度最大的是青岛市,为5微克/
#: 立方米, 济宁市同比增加最多,为6天: that change, with the verb's sign (an absolute change in
#: the figure's unit, a relative one in %), as the evaluative topic above is without a sign.
#: The verb stands right before 最多/最大 (or its 幅度), not after a word that makes it a count
#: of its own (新增最多的是…, 数量最多的是… stay levels).
_LARGEST_CHANGE_TOPIC = re.compile(
    r"(?<![新净])(?:(增加|增长|上升|提高|升高|增幅|涨幅|升幅)"
    r"|(减少|下降|降低|削减|降幅|减幅|跌幅))(?:幅度|程度)?(?:最大|最多|最明显)"
    r"(?:的[^\d。;；!！?？\n]{0,16}?(?:是|为)[^\d,，。;；:：、%‰]{1,12}[,，]?(?P<copula>为|达到|达|是)?"
    # 济宁市同比增加最多,为6天: the subject written before the verb
    r"|[,，](?P<copula2>为|达到|达|是)?)$"
)


def _largest_change_topic(s: str, hits: list[_Hit]) -> None:
    """同比减少最多的是济宁市,为9天: the figure after the subject of the largest increase (or
    decrease) is that change (relative in %, absolute in the level's unit), not a level; its
    sign is the verb's (a difference in 百分点 read without a sign takes it too)."""
    if SUPERLATIVE not in s:
        return  # once per text: no 最, no topic
    for h in hits:
        m = _largest_topic_change(s, h, _LARGEST_CHANGE_TOPIC, points=True)
        if m is None:
            continue
        h.sign = h.verb_sign = 1 if m.group(1) else -1
        if h.sign < 0:
            _negate(h)
        # 提高最多的是A市,达到95%: a share after 达(到) may be the level the place reached
        # rather than its change (a 幅 noun, 增幅最大…达到12%, names the change itself)
        verb = m.group(1) or m.group(2)
        copula = m.group("copula") or m.group("copula2") or s[h.cover_start : h.start]
        if (
            h.unit in _SHARE_UNITS
            and copula.strip() in ("达", "达到")
            and not verb.endswith("幅")
            and FLAG.AMBIGUOUS_UNIT not in h.flags
        ):
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: The larger changes of a written direction listed as items, each with its change in brackets
#: (增加比例较大者包括物联网(286%)及智能车管理(173%), 降幅较大的有甲市(12%)、乙市(9%)): group 1
#: is a word of increase, group 2 of decrease; the pattern ends at the bracket of the figure.
_LARGER_CHANGES_LISTED = re.compile(
    r"(?<![新净])(?:(增加|增长|上升|提高|升高|增幅|涨幅|升幅)|(减少|下降|降低|降幅|减幅|跌幅))"
    r"(?:比例|幅度|程度|率)?(?:较大|最大|较多|最多|较明显|最明显)(?:者|的)(?:包括|有|为|是)"
    r"(?:[^\d,，。;；:：%‰()（）]{1,12}[(（][^()（）]{1,12}[)）](?:、|和|及|与|以及))*"
    r"[^\d,，。;；:：%‰()（）]{1,12}[(（]$"
)
_LARGER_CHANGES_REACH = 90


def _larger_changes_listed(s: str, hits: list[_Hit]) -> None:
    """增加比例较大者包括物联网(286%)及智能车管理(173%): a share in brackets after an item of a
    list announced as the larger increases (decreases) is that item's relative change, with
    the direction of the announcing word, not a level.  A share written with its own minus
    (减少比例较大者包括河川扬尘(-47%)) is read by the sign rules and left alone."""
    for h in hits:
        if (
            h.kind is not KIND.LEVEL
            or h.unit not in _SHARE_UNITS
            or h.own_verb
            or h.minus
            or h.value is None
            or h.value < 0
            or h.start == 0
            or s[h.start - 1] not in "(（"
            or not s.startswith((")", "）"), h.end)
        ):
            continue
        m = _LARGER_CHANGES_LISTED.search(s, max(0, h.start - _LARGER_CHANGES_REACH), h.start)
        if m is None:
            continue
        h.kind = KIND.CHANGE_RELATIVE
        h.sign = h.verb_sign = 1 if m.group(1) else -1
        if h.sign < 0:
            _negate(h)


def _topic_before(s: str, lo: int) -> list[re.Match[str]]:
    """The indicators (:data:`_EVALUATED`) named in the text before ``lo`` — the start of a
    sentence or clause that names none — back to the start of its line, at most
    :data:`_EVALUATED_TOPIC_WINDOW` characters; empty when none is named."""
    if lo == 0 or s[lo - 1] == "\n":
        return []
    start = max(0, lo - _EVALUATED_TOPIC_WINDOW)
    line = s.rfind("\n", start, lo)
    if line >= 0:
        start = line + 1
    return list(_EVALUATED.finditer(s, start, lo))


#: Units of a measure that improves by falling, whatever indicator the sentence names: a sound
#: level (噪声 in 分贝).  Concentrations (mass per volume) are tested by dimension.
_LOWER_IS_BETTER_UNITS = frozenset({"dB", "dB(A)"})


def _lower_is_better_unit(unit: str | None) -> bool:
    """Is ``unit`` one of a measure that improves by falling (a sound level in dB, a
    concentration in mass per volume), so that an evaluative change in it (改善3分贝, 加严3分贝)
    falls?"""
    return unit is not None and (unit in _LOWER_IS_BETTER_UNITS or _mass_per_volume(unit))


def _evaluated_direction(s: str, hits: list[_Hit]) -> None:
    """同比改善7.7% after 二氧化硫12微克/立方米, 综合指数…改善3.1%: an evaluative change of an
    indicator named in its sentence takes the indicator's direction — a concentration or a
    pollution index improves by falling (−1), a share of good days or a compliance rate by
    rising (+1); 恶化 the other way.  The nearest named indicator decides; the figure keeps
    ``ambiguous_sign`` (the direction is inferred, not written).  With no indicator named the
    sign stays 0."""
    for h in hits:
        if (
            h.sign != 0
            or FLAG.AMBIGUOUS_SIGN not in h.flags
            or h.kind not in (KIND.CHANGE_RELATIVE, KIND.CHANGE_ABSOLUTE)
            or h.value is None
            or h.value < 0
        ):
            continue
        lo = max(0, h.cover_start - _EVALUATED_WINDOW)
        stops = list(_EVALUATED_STOPS.finditer(s, lo, h.cover_start))
        if stops:
            lo = stops[-1].end()
        cues = list(_EVALUATED.finditer(s, lo, h.cover_start))
        if not cues:
            cues = _topic_before(s, lo)
        if cues:
            lower_is_better = cues[-1].group(1) is not None
        elif _lower_is_better_unit(h.unit):
            # 新标准值都加严3分贝, 改善5微克/立方米: no indicator named, but the figure's own
            # unit is a sound level or a concentration, which improves (or is tightened) by
            # falling
            lower_is_better = True
        else:
            continue
        worse = any(w in s[min(h.start, h.cover_start) : h.end] for w in _WORSE)
        h.sign = h.verb_sign = -1 if lower_is_better != worse else 1
        h.own_verb = True
        if h.sign < 0:
            _negate(h)


def _points_after_bound(s: str, hits: list[_Hit]) -> None:
    """减少了10个及以上百分点: a bound written between 个 and 百分点 — the unit is the
    percentage point, read past the bound."""
    for h in hits:
        if h.unit == "个" and h.suffix_qualifier and s.startswith("百分点", h.end):
            h.unit = "百分点"
            h.end = h.cover_end = h.end + len("百分点")
            if h.kind is KIND.LEVEL:
                h.kind = KIND.CHANGE_ABSOLUTE  # points are a difference of two shares


#: Bound words written after a figure (以内, 以下, 以上, 左右 …), longest first.
_SUFFIX_BOUNDS = tuple(
    sorted(
        ((b.word, b.qualifier) for b in BOUND_WORDS if b.position == "suffix"),
        key=lambda wq: -len(wq[0]),
    )
)


def _bound_after_parenthesis(s: str, hits: list[_Hit]) -> None:
    """控制在0.3%(1天)以内: a bound written after a figure and its restatement in parentheses
    applies to both."""
    for prev, h in itertools.pairwise(hits):
        if s[prev.end : h.cover_start].strip() != "(" or not s.startswith(")", h.end):
            continue
        k = h.end + 1
        while k < len(s) and s[k] == " ":
            k += 1
        for word, qualifier in _SUFFIX_BOUNDS:
            if s.startswith(word, k):
                for x in (prev, h):
                    if x.qualifier is QUALIFIER.EXACT and x.value is not None:
                        x.qualifier = qualifier
                        x.suffix_qualifier = True
                break


def _share_without_unit(s: str, hits: list[_Hit]) -> None:
    """Flag ``suspect_number`` on a part of a whole (占…的) written as a bare number above 1:
    占总任务的805 has lost its % sign or its decimal point, and the text does not say which
    (80.5 %? 80 %?); a bare figure of at most 1 is a fraction of the whole and stays."""
    for h in hits:
        if (
            h.kind is KIND.RATIO
            and h.unit in (None, DIMENSIONLESS)
            and h.value is not None
            and h.value > 1
            and h.numerator is None
            and s[h.end - 1].isdigit()
            and "占" in s[min(h.start, h.cover_start) : h.end]
            and FLAG.SUSPECT_NUMBER not in h.flags
        ):
            h.flags.append(FLAG.SUSPECT_NUMBER)


#: A rate named right before a figure (酸雨发生率为0, 综合利用率达98): the unit of a rate (%, ‰)
#: is left out when the figure is bare.
_RATE_RIGHT_BEFORE = re.compile(r"率(?:为|是|达到?|约为?|仅为?|只有)?$")


def _rate_without_unit(s: str, hits: list[_Hit]) -> None:
    """Flag ``ambiguous_unit`` on a bare number right after a rate and its copula (酸雨发生率
    为0, 处理率达98): a rate has a unit (%, ‰, a fraction) the text left out, and which one
    cannot be read from the figure."""
    for h in hits:
        if (
            h.unit in (None, DIMENSIONLESS)
            and h.value is not None
            and h.numerator is None
            and s[h.end - 1].isdigit()
            and FLAG.AMBIGUOUS_UNIT not in h.flags
            and _RATE_RIGHT_BEFORE.search(s, max(0, min(h.start, h.cover_start) - 6), h.start)
        ):
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: A statistic of a measure named right before a figure and its copula (年平均值为, 24hr 第98%值为,
#: 年均浓度为, 第90百分位数为): group 1 is the statistic's word, compared between two figures.
_STATISTIC_BEFORE = re.compile(r"(值|浓度|百分位数)[ \t]*(?:为|是|达到?|:|：)[ \t]*$")
#: A measure with no unit of its own named before that statistic (pH值, AQI值, AQHI值, 综合指数值,
#: 酸碱值, 倍数; the indices' abbreviations are ``context_words.INDEX_ABBREVIATIONS``): a bare
#: figure of it is its value, whatever the figures before it carry.
_UNITLESS_MEASURE = re.compile(
    rf"(?:指数|{INDEX_ABBREVIATIONS}|pH|PH|ph|酸碱|酸硷|系数|倍数|比值|比)[^\d,，。;；:：]{{0,4}}$"
)
#: What ends the sentence that may carry a measure's unit to a later bare figure of it (the
#: marks of :data:`~envindicators.units.parsing.context_words.SENTENCE_ENDS`).
_SENTENCE_END = re.compile("[" + re.escape("".join(sorted(SENTENCE_ENDS))) + "]")
#: How far back (characters) the figure that names the measure's unit may stand.
_MEASURE_UNIT_REACH = 120


def _bare_value_of_a_measure_with_unit(s: str, hits: list[_Hit]) -> None:
    """A bare number after a statistic and its copula (24hr 第98%值为44) takes the unit of the
    same statistic written with a unit earlier in its sentence (年平均值为15.8 μg/m3,24hr 第98%
    值为44: μg/m3), flagged ``ambiguous_unit``: the text left the unit out, so the figure is
    never a confident plain number.  The earlier figure must follow the same statistic's word
    and copula (值为 … 值为, 浓度为 … 浓度为) with no sentence end between (。, !, ?, a line
    break); a measure with no unit of its own (pH值, AQI值, 指数值, 倍数) keeps its bare value
    unflagged.  A bare concentration (浓度为35) with no such figure before it keeps its value
    and is flagged all the same: a concentration always has a unit."""
    for k, h in enumerate(hits):
        if (
            h.unit not in (None, DIMENSIONLESS)
            or h.pending  # 浓度为80和50微克/立方米: the list's unit is still to come
            or h.value is None
            or h.numerator is not None
            or not s[h.end - 1].isdigit()
            or FLAG.AMBIGUOUS_UNIT in h.flags
        ):
            continue
        first = h.start  # the number's first character (the cover may open with the copula)
        m = _STATISTIC_BEFORE.search(s, max(0, first - 10), first)
        if m is None or _UNITLESS_MEASURE.search(s, max(0, m.start() - 12), m.start()):
            continue
        for prev in reversed(hits[:k]):
            if prev.end > min(first, h.cover_start):
                continue
            if first - prev.end > _MEASURE_UNIT_REACH or _SENTENCE_END.search(s, prev.end, first):
                break
            if prev.unit in (None, DIMENSIONLESS) or prev.unit in _SHARE_UNITS:
                continue
            pm = _STATISTIC_BEFORE.search(s, max(0, prev.start - 10), prev.start)
            if pm is not None and pm.group(1) == m.group(1):
                h.unit = prev.unit
                h.flags.append(FLAG.AMBIGUOUS_UNIT)
                break
        if m.group(1) == "浓度" and FLAG.AMBIGUOUS_UNIT not in h.flags:
            # PM2.5浓度为35: a concentration always has a unit; with none written in its
            # sentence the bare value stays as read, flagged
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


def _share_weighed(s: str, hits: list[_Hit]) -> None:
    """A share followed by 权重 (改善率各占50%权重) is the weight of an item in a ranking: a
    ``ratio``, unsigned; the change word before it (改善率, 降低率) names the item weighed, not
    a change of the figure."""
    for h in hits:
        if (
            h.unit in _SHARE_UNITS
            and h.value is not None
            and h.kind in (KIND.CHANGE_RELATIVE, KIND.LEVEL)
            and not h.minus
            and WEIGHT_AFTER.match(s, h.end)
        ):
            h.kind = KIND.RATIO
            h.sign = h.verb_sign = 0
            h.value = abs(h.value)
            if h.low is not None and h.high is not None:
                h.low, h.high = sorted((abs(h.low), abs(h.high)))


#: A share named before its figure, a pause or a few words away: 施工噪声类占比最高,达到50.1%;
#: 其…占比,亦自100年度18.21%,下降为109年度之15.05%; 占比最高的2个行业,合计超过50%.
#: The words between name no other measure (率, 比例, 浓度 …) and end no sentence.
_SHARE_NOUN_BEFORE = re.compile(r"(?:占比|所占比例|所占比重)([^。;；!！?？\n]{1,32})$")
_OTHER_MEASURE = re.compile(r"率|比例|比重|浓度|指数|天数|日数|份额|平均|均值|增幅|降幅")


#: An indicator that is itself a share or a degree, named before the figure (总天数比例接近九成,
#: 达标率约八成, 符合度高达8成), with only verbs, adverbs and durations between (空品良率连两年
#: 突破八成) and no 占 in its clause: the figure is the indicator's value.  A completion rate
#: stays a ratio (the guide); 年度 is no degree.
_INDICATOR_SHARE_BEFORE = re.compile(r"(?:率|比例|(?<!年)度)[^\d,，。;；:：、()（）占的]{0,8}$")
#: Tenths written with a numeral (八成, 8成), not the 成 of 完成.
_TENTHS_WRITTEN = re.compile(r"[0-9一二两三四五六七八九十]成")


def _tenths_of_an_indicator(s: str, hits: list[_Hit]) -> None:
    """Tenths (九成) read as a share of a whole are the level of an indicator that is a share
    (比例, 率, 度: 优良天数比例接近九成, 符合度高达8成) when it is named before them in the clause
    (:data:`_INDICATOR_SHARE_BEFORE`) and no 占 stands in the clause: the same figure in %
    (比例接近90%) is a level."""
    for h in hits:
        if (
            h.kind is not KIND.RATIO
            or h.unit != "%"
            or h.own_verb
            or not _TENTHS_WRITTEN.search(s, h.start, h.end)
        ):
            continue
        lo = max(0, h.cover_start - 16)
        m = _INDICATOR_SHARE_BEFORE.search(s, lo, h.cover_start)
        if (
            m is not None
            and "占" not in _window(s, h.cover_start)[0]
            and not _COMPLETION.search(s, lo, m.end())
        ):
            h.kind = KIND.LEVEL


def _followed_share(s: str, h: _Hit) -> bool:
    """占比由47%降至40%, 占比提高到64.1%: the share followed over time (the level it leaves or
    reaches), a level of the share as an indicator — not a part of a whole stated once."""
    j = h.start  # the number's first character (the span may open with 比重由)
    while j < h.end and not (s[j].isdigit() or s[j] in _NUMERAL_START):
        j += 1
    clause, k = _window(s, j)
    if _SHARE_SUBJECT.search(clause) is not None:
        return True
    # AQI>100占比,由108年7.9%降至…: the share named at the end of the clause before, then 由
    # and a year opening this one
    return (
        _FROM_A_YEAR.fullmatch(clause) is not None
        and k > 0
        and s[k - 1] in ",，"
        and s.endswith(("占比", "比重"), 0, k - 1)
    )


#: 由/从 and a year (ROC or Western, 的 optional): the start of a share followed over time.
_FROM_A_YEAR = re.compile(r"(?:由|从)[0-9〇零○一二三四五六七八九]{2,4}年(?:底|末|初)?的?")


_NUMERAL_START = frozenset("〇零○一二两兩三四五六七八九十百千")


def _share_after_a_share_noun(s: str, hits: list[_Hit]) -> None:
    """A share in % or 成 read as a level whose clause, or the clause before, names it a share
    (占比, 所占比例) with no other measure between: the share of a whole, a ``ratio``.
    Figures between the share noun and this one must be counts or shares themselves (a
    change or another level in % closes the share)."""
    for k, h in enumerate(hits):
        if h.kind is not KIND.LEVEL or h.unit not in _SHARE_UNITS or h.minus:
            continue
        lo = max(0, h.cover_start - 40)
        m = _SHARE_NOUN_BEFORE.search(s, lo, h.cover_start)
        if m is None or _OTHER_MEASURE.search(m.group(1)) or _followed_share(s, h):
            continue
        between = [g for g in hits[:k] if g.start >= m.end(1) - len(m.group(1))]
        if all(g.unit not in _SHARE_UNITS or g.kind is KIND.RATIO for g in between):
            h.kind = KIND.RATIO


#: A concentration named as the subject of a change in 百分点, and what would make it a share.
_CONCENTRATION = re.compile(r"浓度")
_SHARE_AFTER = re.compile(r"率|比例|比率|比重|占比|天数|日数|份额")


def _points_of_a_concentration(s: str, hits: list[_Hit]) -> None:
    """Flag ``ambiguous_unit`` on a concentration that changes by 百分点 (PM10平均浓度同比上升
    2.9个百分点): a concentration is no share, so the unit is a slip for % or for the
    concentration's own unit, and the text does not say which; the written unit is kept."""
    for h in hits:
        if (
            h.unit != "百分点"
            or h.kind is not KIND.CHANGE_ABSOLUTE
            or FLAG.AMBIGUOUS_UNIT in h.flags
        ):
            continue
        clause, _ = _window(s, min(h.start, h.cover_start))
        found = list(_CONCENTRATION.finditer(clause))
        if found and not _SHARE_AFTER.search(clause, found[-1].end()):
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: A change, then what it came mainly from: 增长主要由塑料(约7千吨)、厨余(约7千吨)所带动,
#: 减少主要来自燃煤锅炉(约1.2万吨): each figure in parentheses after a noun is that item's part
#: of the change, with the change's direction.
_CHANGE_MADE_OF = re.compile(
    r"(增长|增加|上升|上涨|减少|下降|降低)(?:量)?(?:主要|大部分|多)?"
    r"(?:是|为|由|来自|源于|来源于|集中在|集中于)"
)
_CHANGE_MADE_OF_UP = frozenset({"增长", "增加", "上升", "上涨"})
_PARENTHESISED = re.compile(r"[(（][^()（）]*[)）]")


def _parts_of_a_change(s: str, hits: list[_Hit]) -> None:
    """A level in parentheses right after a noun, in a clause that names a change and what it
    came mainly from (``增长主要由厨余(约7千吨)…``), is that item's part of the change: an
    absolute change with the change's sign.  Only text without figures (other than such
    parenthesised parts) may stand between the words of the change and the figure."""
    for h in hits:
        if (
            h.kind is not KIND.LEVEL
            or h.value is None
            or h.unit is None
            or h.unit in _SHARE_UNITS
            or h.cover_start < 2
            or s[h.cover_start - 1] not in "(（"
            or s[h.cover_start - 2] in "(（)）0123456789"
        ):
            continue
        lo = max(0, h.cover_start - 2 * _WINDOW)
        k = last_mark(s, lo, h.cover_start, "。;；\n")
        found = list(_CHANGE_MADE_OF.finditer(s, max(lo, k + 1), h.cover_start))
        if not found:
            continue
        m = found[-1]
        between = _PARENTHESISED.sub("", s[m.end() : h.cover_start - 1])
        if any(c.isdigit() for c in between):
            continue
        up = m.group(1) in _CHANGE_MADE_OF_UP
        h.kind = KIND.CHANGE_ABSOLUTE
        h.sign = 1 if up else -1
        if not up:
            _negate(h)


#: 超出每立方米25微克的世卫标准, 低于35微克/立方米的国家限值: after a comparative, a figure
#: followed by 的 and a standard or a limit is that reference's own value — the level compared
#: with, not the difference (the difference, if any, follows: …的世卫标准1倍至1.5倍).  The
#: authority of the standard may stand between (低于广东省8吨/平方千米·月的标准限值, 高於世衛
#: 25微克的準則值) — a short name that is no reference with a value of its own (低于国家标准
#: 5毫克的… names the standard before the figure: a difference, left to the flag).
_COMPARATIVE_RIGHT_BEFORE = re.compile(
    r"(?:高于|低于|高出|超出|超过|优于|劣于)"
    r"(?:每[^\d,，。;；:：、]{1,5}|(?![^\d,，。;；:：、]*(?:标准|限值|目标|要求|指标|规定|平均|均值))"
    r"[^\d,，。;；:：、()（）]{1,6})?$"
)
_REFERENCE_AFTER = re.compile(r"的[^\d,，。;；:：、()（）]{0,8}?(?:标准|限值|指引|目标值|准则)")


def _reference_value(s: str, hits: list[_Hit]) -> None:
    """A change read from a comparative right before the figure, whose figure is followed by
    的 and a standard (``超出每立方米25微克的世卫标准``), is the standard's value: a level."""
    for h in hits:
        if (
            h.kind is KIND.CHANGE_ABSOLUTE
            and h.value is not None
            and _COMPARATIVE_RIGHT_BEFORE.search(
                s, max(0, h.start - 16), h.start + _num_offset(s, h)
            )
            and _REFERENCE_AFTER.match(s, h.end)
        ):
            h.kind = KIND.LEVEL
            h.sign = 0
            h.value = abs(h.value)
            h.baseline = None


#: A comparison word right before a count (高于74个城市…, 低于74个城市平均达标天数比例…).
_COMPARED_GROUP_BEFORE = re.compile(r"(?:高于|低于|优于|差于|好于|劣于)$")
#: After the count and its noun, what is compared: the group's mean (平均, 均值, 水平) or a
#: difference written after it (城市0.4个百分点).  Group 1 is the noun.
_COMPARED_GROUP_AFTER = re.compile(
    r"([\u4e00-\u9fff]{1,6}?)(?:的)?(?:平均|均值|总体水平|整体水平|水平|[0-9０-９])"
)


def _count_of_a_compared_group(s: str, hits: list[_Hit]) -> None:
    """高于74个城市平均达标天数比例, 低于74个城市0.4个百分点: after 高于/低于 a count of a
    group (a counter and the group's noun) followed by the group's mean or by the difference
    names the group compared with; the count itself is exact (parser round 42).  A count
    bounded by the comparative with nothing compared after it (低于5个) keeps its bound."""
    for h in hits:
        if (
            h.qualifier not in (QUALIFIER.LESS, QUALIFIER.GREATER)
            or h.value is None
            or h.unit not in _COUNTERS
            or h.kind is not KIND.LEVEL
        ):
            continue
        k = h.start + _num_offset(s, h)
        if k == h.start or not _COMPARED_GROUP_BEFORE.search(s, max(0, k - 4), k):
            continue
        if _COMPARED_GROUP_AFTER.match(s, h.end) is None:
            continue
        h.qualifier = QUALIFIER.EXACT
        h.prefix_qualifier = False
        h.start = h.cover_start = k


#: Registered counters of grades that a change counts after 个 (同比上升一个等级): the change
#: is in grades.  A count of grades (评定为四个等级) stays a count in 个.
_GRADE_COUNTERS = ("等级",)


def _change_in_grades(s: str, hits: list[_Hit]) -> None:
    """同比上升一个等级, 下降两个等级: a change by ``N个`` + a grade counter is a change in
    grades, the counter its unit (parser round 42); a level (四个等级) is left as it is."""
    for h in hits:
        if h.unit != "个" or h.kind is not KIND.CHANGE_ABSOLUTE:
            continue
        for word in _GRADE_COUNTERS:
            if s.startswith(word, h.end):
                h.unit = word
                h.end = max(h.end + len(word), h.cover_end)
                h.cover_end = max(h.cover_end, h.end)
                break


#: A difference written before a multiple (价格相差近两倍, 相差了3倍): two things differing
#: "by two times" may be ×2 or ×3 of one another, and which is the larger is not said.
_DIFFERENCE_BEFORE_MULTIPLE = re.compile(r"相差(?:了|达|达到|约|有)?$")


def _multiple_of_a_difference(s: str, hits: list[_Hit]) -> None:
    """价格相差近两倍: a multiple after 相差 is flagged ``ambiguous_multiple`` (parser round
    42); 是…的2倍 and 增长1倍 keep their reading."""
    for h in hits:
        if (
            h.kind is KIND.RATIO
            and s[h.end - 1 : h.end] == "倍"
            and FLAG.AMBIGUOUS_MULTIPLE not in h.flags
            and _DIFFERENCE_BEFORE_MULTIPLE.search(s, max(0, h.start - 6), h.start)
        ):
            h.flags.append(FLAG.AMBIGUOUS_MULTIPLE)


def _num_offset(s: str, h: _Hit) -> int:
    """Offset of the first digit of a hit's text from its start (its words before the number)."""
    for k in range(h.start, h.end):
        if s[k].isdigit():
            return k - h.start
    return 0


#: The words of a clause that settle a superscript lost to a wrong decoding (``m?``, read
#: as ``m3`` by the unit reader): the cue nearest before the figure wins.
_VOLUME_CUES = ("水", "气", "体积", "容积", "库容", "排放", "土方")
_AREA_CUES = ("面积", "用地", "建筑", "绿地", "住房", "占地", "场地", "屋顶", "草坪")
_MISDECODED_CLAUSE = 40


def _misdecoded_power(s: str, hits: list[_Hit]) -> None:
    """``27088.1亿m?``, ``绿地面积500m?``: a ``?`` (or U+FFFD) after ``m`` is a superscript
    lost to a wrong decoding.  The unit reader took it as ``m3``; the clause before the figure
    settles it — the nearest cue of a volume (水, 气, 排放 …) keeps ``m3``, of an area (面积,
    用地, 建筑 …) makes it ``m2`` — and without a cue it stays ``m3`` flagged
    ``ambiguous_unit``."""
    for h in hits:
        unit = h.unit or ""
        if "m3" not in unit.split("/"):
            continue
        k = s.find("m", h.start, h.end)
        while k >= 0 and not (k + 1 < h.end and s[k + 1] in "?\ufffd"):
            k = s.find("m", k + 1, h.end)
        if k < 0:
            continue
        lo = max(0, h.start - _MISDECODED_CLAUSE)
        for d in "。;；!！?？\n":
            p = s.rfind(d, lo, h.start)
            if p >= 0:
                lo = max(lo, p + 1)
        clause = s[lo : h.start]
        vol = max(clause.rfind(w) for w in _VOLUME_CUES)
        area = max(clause.rfind(w) for w in _AREA_CUES)
        if area > vol:
            h.unit = "/".join("m2" if part == "m3" else part for part in unit.split("/"))
        elif vol < 0 and FLAG.AMBIGUOUS_UNIT not in h.flags:
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: Letters that a text recognition or a typist takes for digits (l and I for 1, O and o for 0).
_DIGIT_LIKE_LETTERS = frozenset("lIOo")


def _digit_like_letter_before(s: str, hits: list[_Hit]) -> None:
    """``超過l,400件``: a letter that looks like a digit, alone (no Latin word around it), then a
    thousands separator right before the figure, is a leading digit misread: the figure read
    from the digits after the separator is short of it, flagged ``suspect_number``."""
    for h in hits:
        k = h.start + _num_offset(s, h)
        if (
            k >= 2
            and s[k - 1] in ",，"
            and s[k - 2] in _DIGIT_LIKE_LETTERS
            and not (k >= 3 and s[k - 3].isascii() and s[k - 3].isalnum())
            and FLAG.SUSPECT_NUMBER not in h.flags
        ):
            h.flags.append(FLAG.SUSPECT_NUMBER)


#: Marks a wrong decoding leaves for a character it could not write (the question mark of a
#: codec's replacement, U+FFFD).
_LOST_CHARACTER = frozenset("?\ufffd")


def _lost_character_before(s: str, hits: list[_Hit]) -> None:
    """``立案偵查?31件``, ``刹?5件``: a question mark (or U+FFFD) glued between a letter and
    the figure's first digit stands for a character lost to a wrong decoding, not for a
    question (a question ends its sentence before a space, a line or another mark, and the
    texts here write no digit right after one).  What was lost — a qualifier (约, 近, 超), a
    dash of a range (``1?12月``), an ordinal's 第 — bears on the figure: it is flagged
    ``suspect_number``.  After a space, a line break or another mark nothing is flagged."""
    for h in hits:
        k = h.start
        if (
            k >= 2
            and s[k - 1] in _LOST_CHARACTER
            and s[k].isdigit()
            and (s[k - 2].isalnum() or s[k - 2] in ")）")
            and FLAG.SUSPECT_NUMBER not in h.flags
        ):
            h.flags.append(FLAG.SUSPECT_NUMBER)


def _counter_inside_a_decimal(s: str, hits: list[_Hit]) -> None:
    """``占70个.8%``, ``优良天数占81天.4%``: a counter (or another unit word) glued between the
    integer digits and ``.<digits>%`` was injected inside a decimal share by a machine
    rewriter (``70.8%`` → ``70个.8%``).  The figure read before the point is damaged, not a
    count: it is flagged ``suspect_number``; the ``.8%`` after it is no figure and is
    dropped.  A sentence that ends with a counter (``第3个.``, ``5个。8%``) is not touched:
    the point must be followed by the digits of a share."""
    keep: list[_Hit] = []
    for h in hits:
        prev = keep[-1] if keep else None
        if (
            prev is not None
            and h.unit in ("%", "‰")
            and prev.unit is not None
            and prev.unit not in ("%", "‰")
            and prev.end + 1 == h.start
            and prev.end < len(s)
            and s[prev.end] == "."
            and s[h.start].isdigit()
            and "\u4e00" <= s[prev.end - 1] <= "\u9fff"
        ):
            if FLAG.SUSPECT_NUMBER not in prev.flags:
                prev.flags.append(FLAG.SUSPECT_NUMBER)
            continue
        keep.append(h)
    hits[:] = keep


#: A rate named per an amount of money of a product (亿元GDP生产安全事故死亡率为, 万元地区生产
#: 总值…率是): a count per that amount; a rate of change (下降率, 增长率) is not one.
_RATE_PER_MONEY = re.compile(
    r"(?:十|百|千|万|亿)元(?:GDP|国内生产总值|地区生产总值|生产总值)[^\d,，。;；:：%‰]{0,16}"
    r"(?<![降增长减])率(?:为|是|达|达到)?$"
)


def _rate_per_money_in_percent(s: str, hits: list[_Hit]) -> None:
    """``亿元GDP生产安全事故死亡率为3.2%``: a rate named per an amount of money of a product
    counts things per that amount (deaths per 亿元, ``人/亿元``); a figure of it written in %
    has a unit the text does not settle (other bulletins write ``0.0057`` or ``人/亿元``): the
    level in % is kept, flagged ``ambiguous_unit``."""
    for h in hits:
        if (
            h.unit == "%"
            and h.kind is KIND.LEVEL
            and "率" in s[max(0, h.start - 3) : h.start]  # a fast test before the clause's
            and FLAG.AMBIGUOUS_UNIT not in h.flags
            and _RATE_PER_MONEY.search(_window(s, h.start)[0]) is not None
        ):
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: A target named with a figure in % (减量60%空污的目标), then 达到/达成/完成 and the figure.
_TARGET_WITH_FIGURE = re.compile(
    r"\d%[^\d,，。;；:：%‰]{0,12}目标(?:的)?(?:已)?(?:达到|达成|完成)了?(?:约|近)?$"
)


def _target_reached_in_percent(s: str, hits: list[_Hit]) -> None:
    """``原订减量60%空污的目标达到82%``: after a target named with its own figure in %, the
    figure in % that the target "reached" is either the share of the target achieved or the
    value the cut reached (82 % against 60 % planned); the text does not say which: flagged
    ``ambiguous_reference``.  A target without a figure (``优良天数比例目标达到85%``, the
    target's value) is left as read."""
    for h in hits:
        if (
            h.unit == "%"
            and "目标" in s[max(0, h.start - 8) : h.start]  # a fast test before the clause's
            and FLAG.AMBIGUOUS_REFERENCE not in h.flags
            and _TARGET_WITH_FIGURE.search(_window(s, h.start)[0]) is not None
        ):
            h.flags.append(FLAG.AMBIGUOUS_REFERENCE)


def _open_ended_plus(s: str, hits: list[_Hit]) -> None:
    """``空气质素健康指数录得10+``, ``AQI录得300+``: a plus sign right after a figure, with no
    figure after it, leaves the figure open upwards — "10 or above" (the AQHI's top band is
    written ``10+``) or "thirty-something" (``30+``); the figure read without it is not the
    value written: flagged ``vague`` (the value is kept).  ``3+2`` is a sum, not read here."""
    n = len(s)
    for h in hits:
        k = h.end
        if (
            k < n
            and s[k] == "+"
            and h.qualifier is QUALIFIER.EXACT
            and (k + 1 == n or not (s[k + 1].isdigit() or s[k + 1] == "."))
            and FLAG.VAGUE not in h.flags
        ):
            h.flags.append(FLAG.VAGUE)


def _misdecoded_micro(s: str, hits: list[_Hit]) -> None:
    """``5.00“g/L``, ``35?g/m3``: a mark before ``g/`` is a micro sign lost to a wrong
    decoding; the unit reader took it as μg (see ``unit_words._MISDECODED_MICRO``), the
    likeliest reading but not a certain one: flagged ``ambiguous_unit``."""
    for h in hits:
        if not (h.unit or "").startswith("μg") or FLAG.AMBIGUOUS_UNIT in h.flags:
            continue
        k = s.find("g/", h.start, h.end)
        if k > h.start and s[k - 1] in _MISDECODED_MICRO:
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


def _cut_unit(s: str, hits: list[_Hit]) -> None:
    """``49ug/●``: a unit followed by ``/`` and a mark of a damaged text layer lost its
    denominator to the damage; the unit read (``ug``) is only its numerator: flagged
    ``ambiguous_unit``, never read silently."""
    n = len(s)
    for h in hits:
        k = h.end
        if (
            h.unit is not None
            and k + 1 < n
            and s[k] == "/"
            and s[k + 1] in DAMAGE_MARKS
            and FLAG.AMBIGUOUS_UNIT not in h.flags
        ):
            h.flags.append(FLAG.AMBIGUOUS_UNIT)


#: Multiplication signs between two figures with their units (76站*365天).
_PRODUCT_SIGNS = frozenset("*×")


def _factors_of_a_product(s: str, hits: list[_Hit]) -> None:
    """Flag ``suspect_number`` on two figures with their units joined by a multiplication sign
    (全年总站日数(76站*365天)): each is a factor of a product whose value and unit the
    text does not write, not a figure of its own; neither is read silently."""
    for prev, h in itertools.pairwise(hits):
        if (
            prev.unit is not None
            and h.unit is not None
            and h.start == prev.end + 1
            and s[prev.end] in _PRODUCT_SIGNS
        ):
            for g in (prev, h):
                if FLAG.SUSPECT_NUMBER not in g.flags:
                    g.flags.append(FLAG.SUSPECT_NUMBER)


#: 约 before 占 and the whole, then the share (約占總列管家數15.4%, 约占全市的12.9%): the
#: share is approximate, as 占约12.9% is.
_APPROX_SHARE_OF = re.compile(r"(?:约|約|大约|大約)(?:占|佔)[^\d,，。;；:：、()（）%‰]{0,12}$")


def _approximate_share(s: str, hits: list[_Hit]) -> None:
    """A share of a whole after 约占 (see :data:`_APPROX_SHARE_OF`) is ``approx``, not
    ``exact``."""
    for h in hits:
        if (
            h.kind is KIND.RATIO
            and h.qualifier is QUALIFIER.EXACT
            and h.start == h.cover_start
            and _APPROX_SHARE_OF.search(s[max(0, h.start - 16) : h.start]) is not None
        ):
            h.qualifier = QUALIFIER.APPROX


# --- Round 19b (branch kind19): the kind of a share --------------------------------------------

#: Between two answers (or categories) of one whole listed with their shares (非常满意91.57%、
#: 满意4.09%): 、 and a short name with no figure, indicator word or verb of its own.
_ANSWER_GAP = re.compile(
    r"、[^\d,，。;；:：、()（）%‰占为為是达達率比例重度数量數值指升降增减減提高低]{1,8}"
)


def _decimals(v: Decimal) -> int:
    """The decimal places written in ``v`` (``91.57`` → 2, ``8`` → 0, ``99.0`` → 1)."""
    exp = v.as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def _adds_up_to_whole(values: list[Decimal]) -> bool:
    """Do the shares sum to 100 % within their rounding (half a unit of the last written
    place of each)?"""
    tolerance = sum((Decimal(5) / Decimal(10) ** (_decimals(v) + 1) for v in values), Decimal(0))
    return abs(sum(values, Decimal(0)) - 100) <= max(tolerance, Decimal("0.011"))


def _parts_adding_up_to_whole(s: str, hits: list[_Hit]) -> None:
    """非常满意91.57%、满意4.09%、尚可3.58%、不满意0.34%、非常不满意0.43%; 无人接听99.59%、
    电话错误0.41%: shares in %, each after its own short name, listed one after another and
    adding up to 100 % (within their rounding) are the parts of one whole — ratios, not the
    values of an indicator.  The sentence must name no indicator (率, 比例, 浓度 …) before the
    first share (优良天数比例:甲市60%、乙市40% are two cities' values that happen to add up),
    and no share may carry a verb of change.  Shares listed so in brackets right after a
    share of a whole (已完成调查963件占67%【非常满意92.63%、满意5.61%、尚可1.35%】) are the
    parts of that part, ratios even where the list leaves a part out (parser round 50)."""
    k = 0
    while k < len(hits):
        first = k
        chain = [hits[k]]
        while k + len(chain) < len(hits) and _ANSWER_GAP.fullmatch(
            s, chain[-1].end, hits[k + len(chain)].cover_start
        ):
            chain.append(hits[k + len(chain)])
        k += len(chain)
        if len(chain) < 2 or any(
            h.unit != "%"
            or h.own_verb
            or h.minus
            or h.kind not in (KIND.LEVEL, KIND.RATIO)
            or h.value is None
            or not 0 <= h.value <= 100
            or h.qualifier not in (None, QUALIFIER.EXACT)
            for h in chain
        ):
            continue
        lo = max(0, chain[0].start - _PART_SENTENCE)
        cut = last_mark(s, lo, chain[0].start, "。;；!！?？\n")
        if _INDICATOR_IN_SENTENCE.search(s, max(lo, cut + 1), chain[0].start) or not (
            _adds_up_to_whole([h.value for h in chain if h.value is not None])
            or (first > 0 and _breakdown_of_a_share(s, hits[first - 1], chain))
        ):
            continue
        for h in chain:
            h.kind = KIND.RATIO


#: Brackets that open and close a breakdown of the share before them (占67%【…】, 占28.78%(…)).
_BREAKDOWN_OPEN = re.compile(r" ?[【(（\[]")
_BREAKDOWN_CLOSE = re.compile(r" ?[】)）\]]")


def _breakdown_of_a_share(s: str, whole: _Hit, chain: list[_Hit]) -> bool:
    """Is ``chain`` (shares listed after their own short names) written in brackets right
    after ``whole``, a share of a whole in % (占67%【非常满意92.63%、满意5.61%…】)?"""
    if whole.kind is not KIND.RATIO or whole.unit != "%":
        return False
    m = _BREAKDOWN_OPEN.match(s, whole.end)
    if m is None or not _BREAKDOWN_CLOSE.match(s, chain[-1].end):
        return False
    # the first part's short name stands between the bracket and its figure, as the gaps do
    return _ANSWER_GAP.fullmatch("、" + s[m.end() : chain[0].cover_start]) is not None


def _unsigned_share_level(h: _Hit) -> bool:
    """A share read as a plain level: no verb of its own, no minus, a value of at least 0 —
    the figures the part-of-a-whole rules may make a ``ratio``."""
    return (
        h.kind is KIND.LEVEL
        and h.unit in _SHARE_UNITS
        and not h.own_verb
        and not h.minus
        and h.value is not None
        and h.value >= 0
    )


#: The rest of a whole named as the subject of a share (其余10%以下, 其余案件类别皆小于5 %,
#: 余下8%被送往堆填区, (其他处理量1.2%)): the part of the whole not yet listed, a ratio.
#: Group 1 is the words between, which must name no indicator (其余城市达标率为…: a level).
_REST_OF_WHOLE = re.compile(r"(?:其余|余下|剩余|剩下|[(（]其他)([^\d,，。;；:：、()（）%‰]{0,10})$")


#: The rest of a whole named right after a share as what it is (还有7.5%为其他类问题, 3%属于
#: 其他行业, 另有2%是其它来源): "the other" class exists only in a whole divided into parts.
#: The class is named (a noun after 其他); 为其他 alone ends no such phrase.
_REST_AFTER_SHARE = re.compile(r"(?:为|是|属于?)(?:其他|其它|其余)[\u4e00-\u9fff]")


def _reward_rate(s: str, hits: list[_Hit]) -> None:
    """按实收罚锾的15%发给, 检举人可领3成, 其余案件为10%: a share read as a part of a whole
    (a ``ratio``) in a sentence naming a reward paid out of a fine is the reward's rate, a
    ``level`` (``context_words.reward_rate_sentence``)."""
    for h in hits:
        if (
            h.kind is KIND.RATIO
            and h.unit in _SHARE_UNITS
            and h.sign == 0
            and h.numerator is None
            and not h.own_verb
            and h.value is not None
            and reward_rate_sentence(s, min(h.start, h.cover_start), max(h.end, h.cover_end))
        ):
            h.kind = KIND.LEVEL


def _share_of_the_rest(s: str, hits: list[_Hit]) -> None:
    """其余10%以下, 余下8%被送往堆填区, 还有7.5%为其他类: a share whose subject is the rest
    of a whole is a part of that whole (a ``ratio``), not the value of an indicator."""
    for h in hits:
        if not _unsigned_share_level(h):
            continue
        if _REST_AFTER_SHARE.match(
            s, max(h.end, h.cover_end)
        ) is not None and not _INDICATOR_IN_SENTENCE.search(
            _window(s, min(h.start, h.cover_start))[0]
        ):
            # (达标率为88.5%为其他城市所不及: the value of the indicator named before it)
            h.kind = KIND.RATIO
            continue
        n = h.start + _num_offset(s, h)  # the cover may hold the words (其余 …)
        m = _REST_OF_WHOLE.search(s, max(0, n - 16), n)
        if m is not None and not _INDICATOR_IN_SENTENCE.search(m.group(1)):
            h.kind = KIND.RATIO


#: 占 and a whole of its own, closed by 的, right before a share, with counts or glosses
#: between (占全年38家关停任务的55.3%, 达标率占(zhan)全(quan)部城市(shi)的59.9%): a part of
#: that whole.  (Without a figure between, ``_SHARE_OF_WHOLE`` and the prefix reader read it.)
_SHARE_OF_A_COUNTED_WHOLE = re.compile(
    r"(?<![0-9])占(?!地(?!方|区)|用|据|领|压)"
    r"(?:[^,，。;；:：!！?？\n、%‰]|(?<=[0-9])[,，](?=[0-9])){1,40}的$"
)
#: A share with its bound, then 的 and the things it counts (其中干线有90%以上的断面): a part
#: of those things, as 50%以上的园区 is.
_BOUND_THEN_THINGS = re.compile(r"(?:以上|以下|左右)的")


def _bound_then_things(s: str, h: _Hit) -> bool:
    """Is the share followed by its bound, 的 and the things it counts (90%以上的断面)?"""
    pos = max(h.end, h.cover_end)
    if s.endswith(("以上", "以下", "左右"), 0, pos) and s.startswith("的", pos):
        return _SHARE_OF_THINGS.match(s, pos + 1) is not None
    m = _BOUND_THEN_THINGS.match(s, pos)
    return m is not None and _SHARE_OF_THINGS.match(s, m.end()) is not None


def _share_of_a_whole_far(s: str, hits: list[_Hit]) -> None:
    """占全年38家关停任务的55.3%; 其中干线有90%以上的断面: a share of a whole named around it
    (占…的 before, or 以上的 and the things counted after) is a ``ratio`` — unless the share is
    followed over time (conv13, :func:`_followed_share`) or its clause names an indicator
    before it (比例高于85%的城市 bounds an indicator)."""
    for h in hits:
        if not _unsigned_share_level(h):
            continue
        n = h.start + _num_offset(s, h)  # the cover may hold 的
        clause, _ = _window(s, n)
        # across glosses in parentheses and digit groups (占交办的1,234件问题的87.6%)
        far = _SHARE_OF_A_COUNTED_WHOLE.search(s, max(0, n - 48), n)
        of_whole = far is not None and "%" not in far.group(0) and not _followed_share(s, h)
        of_things = _bound_then_things(s, h) and not _INDICATOR_IN_SENTENCE.search(clause)
        if of_whole or of_things:
            h.kind = KIND.RATIO


#: A comparative, then a reference named as a mean or a target value (平均值, 目标值) or a
#: standard named with its indicator (法规标准SO2年平均浓度), right before the figure: 低于全国
#: 平均值13.2微克 states the reference's value (dev, heldout5 and heldout6 label all five so).  A
#: bare standard or limit (低于国家规定的标准0.6dBA, 高于排放限值20毫克) stays a flagged difference
#: unless the level compared with it is stated before in its unit, on the written side of it and
#: near it (均为69.6ppb,高于空品标准60ppb: the standard's value; :data:`_BARE_STANDARD_BEFORE`).
_VALUE_NAMED_BEFORE = re.compile(
    r"(高于|低于|优于|劣于|好于|差于)"
    r"[^\d,，。;；:：、()（）]{0,14}?(?:[A-Za-z]+[0-9.]*)?[^\d,，。;；:：、()（）]{0,8}?"
    r"(?:平均值|目标值|浓度) ?$"
)

#: The same comparative before a bare standard or limit (高于空品标准60ppb, 低于国家空气品质标准
#: 15 μg/m3, 低于国家规定的标准0.6dBA): the figure may be the standard's value or the difference.
_BARE_STANDARD_BEFORE = re.compile(
    r"(高于|低于)[^\d,，。;；:：、()（）]{0,14}?(?:标准值|标准|限值) ?$"
)
#: A standard's value lies near the level compared with it (69.6ppb, 高于…标准60ppb); a
#: difference is small against it (69.4dBA, 低于…标准0.6dBA): within this factor of the level.
_STANDARD_NEAR_LEVEL = Decimal(2)
_SENTENCE_ENDS = frozenset("。;；!！?？\n")

_DIGIT_RUN = re.compile(r"[0-9][0-9.,]*")


def _value_of_a_named_reference(s: str, hits: list[_Hit]) -> None:
    """低于全国平均值13.2微克, 优于今年目标值14微克, 低于法规标准SO2年平均浓度8 ppb: after a
    comparative, a figure right after a reference named as a value is that value — a level
    (sign 0, its written size), still flagged ``ambiguous_reference``.  Where the clause before
    states the compared level in the same unit, the comparison must hold (12.8微克,低于…13.2微克);
    if it does not, the figure is the difference and is left as read."""
    for k, h in enumerate(hits):
        if (
            h.kind is not KIND.CHANGE_ABSOLUTE
            or FLAG.AMBIGUOUS_REFERENCE not in h.flags
            or h.value is None
            or h.unit in _SHARE_UNITS
        ):
            continue
        # the figure's own digits: not those of a name or a unit's power after a letter (the
        # span may hold SO2; 15 μg/m3 ends with the power's 3)
        digits = [
            d
            for d in _DIGIT_RUN.finditer(s, h.start, h.end)
            if not (s[d.start() - 1].isascii() and s[d.start() - 1].isalpha())
        ]
        if not digits:
            continue
        n = digits[-1].start()
        m = _VALUE_NAMED_BEFORE.search(s, max(0, n - 32), n)
        bare = m is None
        if bare:
            m = _BARE_STANDARD_BEFORE.search(s, max(0, n - 32), n)
        if m is None:
            continue
        size = abs(h.value)
        before = [g for g in hits[:k] if g.unit == h.unit and g.value is not None]
        level = before[-1].value if before and before[-1].kind is KIND.LEVEL else None
        if bare and not (
            # a bare standard: its value only beside the level it is compared with (in the
            # same sentence), near it
            level is not None
            and level > 0
            and not any(c in _SENTENCE_ENDS for c in s[before[-1].end : h.start])
            and size * _STANDARD_NEAR_LEVEL >= level
            and level * _STANDARD_NEAR_LEVEL >= size
        ):
            continue
        if (
            level is not None
            and m.group(1) in ("高于", "低于")
            and (m.group(1) == "低于") != (level < size)
        ):
            continue  # 54.4,低于…0.6: the difference
        h.kind = KIND.LEVEL
        h.sign = h.verb_sign = 0
        h.value = size
        h.baseline = None
        if FLAG.AMBIGUOUS_SIGN in h.flags:
            h.flags.remove(FLAG.AMBIGUOUS_SIGN)


def _share_glued_to_its_amount(s: str, hits: list[_Hit]) -> None:
    """农业用水占71.3%127亿吨最多,其次为生活用水19.1%34亿吨、工业用水9.6%17亿吨: a share
    written right before an amount of money, mass, volume or area (no mark between) gives that
    part's share of the whole, as the same share in parentheses after the amount does
    (:func:`_share_of_a_count`) — a ``ratio``."""
    for h, nxt in itertools.pairwise(hits):
        if (
            h.kind is KIND.LEVEL
            and h.unit == "%"
            and not h.own_verb
            and not h.minus
            and h.value is not None
            and 0 <= h.value <= 100
            and h.end == h.cover_end
            and nxt.cover_start == h.end
            and nxt.kind is KIND.LEVEL
            and nxt.unit in _PART_UNITS
            and not nxt.own_verb
        ):
            h.kind = KIND.RATIO


#: A comparative and a reference whose value stands in parentheses, right before the
#: difference (高出市下达年度指标(90.1%)5.9个百分点): group 1 is the comparative.
_COMPARED_WITH_PARENTHESISED = re.compile(
    r"(高出|高于|超出|超过|低于|低出)[^\d,，。;；:：、()（）]{1,12}[(（]$"
)
_UP_COMPARATIVES = frozenset({"高出", "高于", "超出", "超过"})


def _difference_after_a_parenthesised_reference(s: str, hits: list[_Hit]) -> None:
    """优良率96.0%,高出市下达年度指标(90.1%)5.9个百分点: a change in the unit of a difference,
    read without a direction because the reference's value in parentheses stands between the
    comparative and the figure, takes the comparative's direction (+1 for 高出/高于/超出/超过,
    −1 for 低于/低出)."""
    for prev, h in itertools.pairwise(hits):
        if (
            h.kind is not KIND.CHANGE_ABSOLUTE
            or h.sign != 0
            or h.value is None
            or h.value < 0
            or h.cover_start != prev.cover_end + 1
            or s[prev.cover_end] not in ")）"
        ):
            continue
        m = _COMPARED_WITH_PARENTHESISED.search(s, max(0, prev.cover_start - 16), prev.cover_start)
        if m is None:
            continue
        h.sign = h.verb_sign = 1 if m.group(1) in _UP_COMPARATIVES else -1
        if h.sign < 0:
            _negate(h)


def _apply_context_rules(s: str, hits: list[_Hit]) -> None:
    """Apply the rules of this module to the hits of ``s``, in place (see module)."""
    _parenthesised_figure(s, hits)
    _points_after_bound(s, hits)
    _bound_after_parenthesis(s, hits)
    _evaluative_comparison(s, hits)
    _beyond_target(s, hits)
    _largest_evaluative_topic(s, hits)
    _largest_change_topic(s, hits)
    _larger_changes_listed(s, hits)
    _evaluated_direction(s, hits)
    denominators = [span for h in hits if (span := _apply_one(s, h)) is not None]
    if denominators:
        # 从业人员十万人事故死亡人数1.25人: 十万人 is the denominator, not a figure
        hits[:] = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in denominators)]
    _inherit_denominator(s, hits)
    _completion_rate_over_a_list(s, hits)
    _ratio_down_a_named_list(s, hits)
    _share_of_a_count(s, hits)
    _share_of_a_named_part(s, hits)
    _rates_paired_with_figures(s, hits)
    _per_unit_over_parallel_clauses(s, hits)
    _rate_compared_away(s, hits)
    _concentration_far_away(hits)
    _exceedance_topic(s, hits)
    _glued_range(s, hits)
    _glued_integer_range(s, hits)
    _adjacent_digits_estimate(s, hits)
    _range_between_not_rooms(s, hits)
    _persons_after_ge(s, hits)
    _change_restated_in_percent(s, hits)
    _change_restated_in_parentheses(s, hits)
    _share_change_after_share(s, hits)
    _change_before_the_level_reached(s, hits)
    _share_change_in_parallel(s, hits)
    _share_change_of_its_parts(s, hits)
    _change_after_a_level(s, hits)
    _cut_amount(s, hits)
    _change_in_parentheses(s, hits)
    _change_named_after(s, hits)
    _relative_change_of_an_object(s, hits)
    _part_named_after_a_whole(s, hits)
    _shortfall_to_target(s, hits)
    _share_without_unit(s, hits)
    _rate_without_unit(s, hits)
    _bare_value_of_a_measure_with_unit(s, hits)
    _share_weighed(s, hits)
    _share_after_a_share_noun(s, hits)
    _tenths_of_an_indicator(s, hits)
    _points_of_a_concentration(s, hits)
    _parts_of_a_change(s, hits)
    _reference_value(s, hits)
    _count_of_a_compared_group(s, hits)
    _change_in_grades(s, hits)
    _multiple_of_a_difference(s, hits)
    _misdecoded_power(s, hits)
    _misdecoded_micro(s, hits)
    _cut_unit(s, hits)
    _digit_like_letter_before(s, hits)
    _lost_character_before(s, hits)
    _counter_inside_a_decimal(s, hits)
    _rate_per_money_in_percent(s, hits)
    _target_reached_in_percent(s, hits)
    _open_ended_plus(s, hits)
    _factors_of_a_product(s, hits)
    _approximate_share(s, hits)
    _parts_adding_up_to_whole(s, hits)
    _share_of_the_rest(s, hits)
    _share_of_a_whole_far(s, hits)
    _value_of_a_named_reference(s, hits)
    _share_glued_to_its_amount(s, hits)
    _difference_after_a_parenthesised_reference(s, hits)
    _reward_rate(s, hits)
