"""Tables of the words around a number.

Qualifiers, change verbs, fillers, copulas, baseline and rate patterns, ratio and per-unit
wording, fixed terms and quotation marks.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from envindicators.units.text import to_simplified
from envindicators.units.vocab import PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, TIME_SUFFIXES

_WINDOW = 32  # look-behind window (characters) for prefix words, verbs and baselines

# the bound-word tables are views of the one table in units/vocab.py (BOUND_WORDS)
_PREFIX_QUALIFIERS = PREFIX_QUALIFIERS
_SUFFIX_QUALIFIERS = SUFFIX_QUALIFIERS
_TIME_SUFFIXES = TIME_SUFFIXES
_NOT_NEARLY_BEFORE = frozenset("附最邻靠临")
_SUFFIX_FIRST = frozenset(w[0] for w, _ in _SUFFIX_QUALIFIERS + _TIME_SUFFIXES)

_UP_VERBS = (
    "上升了", "上升", "提高了", "提高", "增长了", "增长", "增加了", "增加", "升高了", "升高",
    "提升了", "提升", "上涨了", "上涨", "高出", "多出", "增幅为", "增幅", "扩大了", "扩大",
    "净增加", "净增", "增多", "增", "升", "涨", "翻了", "翻", "偏多程度", "偏多", "偏高",
    # 多出 is 高出 of counts and amounts (与上年相比,案件数多出150件: the excess, a change
    # whether or not the comparison stands in the same clause; parser round 42)
    # Taiwan's and Hong Kong's words for growth and reduction (約計成長108.35%, 減低26%至36%)
    "成长了", "成长",
    # a verb of change and the verb of use it changes, the figure straight after (增加使用
    # 30吨再生料): the use changes by the figure; with an object between (减少用水300吨,
    # 减少使用塑料袋500个) the figure stays the amount, a level
    "增加使用",
)  # fmt: skip
_DOWN_VERBS = (
    "下降了", "下降", "降低了", "降低", "减少了", "减少", "削减了", "削减", "下滑了", "下滑",
    "回落了", "回落", "压减了", "压减", "锐减", "减排", "降幅为", "降幅", "缩小了", "缩小",
    "收窄", "减幅为", "减幅", "收紧了", "收紧", "缩减", "净减少", "净减", "减量", "减", "降",
    "下跌了", "下跌", "跌", "偏少程度", "偏少", "偏低", "减低了", "减低",
    # a verb of reduction with its object, as 减排 (节能降耗19.71%, 降碳5%; 减碳12% is read by
    # 减 already)
    "降耗", "降碳",
    # 每年可减少使用29,760个纸箱: the use falls by the figure, as 可减少24公吨 is a reduction
    "减少使用", "减少了使用",
    # verbs of shrinking (奖金缩水一半, 工期缩短3个月, 时间缩短了30%): the figure is the fall,
    # as 缩减 is; 缩短为/至 15分钟 stays the new level (为, 至 after the verb)
    "缩水了", "缩水", "缩短了", "缩短",
)  # fmt: skip
#: 偏多/偏少/偏高/偏低 (比常年值偏少4.9%, 分别偏多27.9%和19.2%, 气温偏高1.2℃): a departure
#: from a normal (a multi-year mean, the usual value) is a change of that direction.
#: Verbs that are nouns before a copula: 减量5% is a reduction, 削减量为2万吨 the amount.
_NOUN_BEFORE_COPULA = frozenset({"减量"})
#: Evaluative verbs: a change whose direction depends on the indicator (改善10.3%: a
#: concentration falls, a share of good days rises); sign 0 and flag ``ambiguous_sign``.
#: A rate of improvement (改善率达15%, 改善幅度为) is the same change written as a noun.
#: A limit made stricter or looser (标准加严3分贝, 限值放宽10%) is evaluative too: an upper
#: limit falls when tightened, a lower limit (a minimum rate) rises.
_EVALUATIVE_VERBS = (
    "改善率", "改善幅度", "改善了", "改善", "好转了", "好转", "恶化了", "恶化",
    "加严了", "加严", "放宽了", "放宽", "变好了", "变好", "变差了", "变差",
)  # fmt: skip
#: Neutral verbs of change, "increase or decrease" (比上年增减-3.2%, 增減幅度1.5%): a change
#: whose direction is the written figure's own sign (unsigned: up), never the 减 inside the
#: word; read as an up verb, so the sign is +1 × the figure's sign and no conflict is flagged.
_NEUTRAL_VERBS = ("增减幅度", "增减率", "增减了", "增减")
#: One-character comparatives that are a change only after a comparison (比上年多6天).
_CONDITIONAL_VERBS = (("多", 1), ("少", -1), ("高", 1), ("低", -1), ("快", 1), ("慢", -1))
#: The same comparatives with the perfective 了 (蓝天少了5天, 水位高了0.3米): a change of state,
#: a change without a comparison written (多5天 alone stays a level).
_PERFECTIVE_COMPARATIVES = (("多了", 1), ("少了", -1), ("高了", 1), ("低了", -1))
_VERBS: tuple[tuple[str, int], ...] = tuple(
    sorted(
        [(v, 1) for v in _UP_VERBS + _NEUTRAL_VERBS]
        + [(v, -1) for v in _DOWN_VERBS]
        + [(v, 0) for v in _EVALUATIVE_VERBS]
        + list(_CONDITIONAL_VERBS)
        + list(_PERFECTIVE_COMPARATIVES),
        key=lambda t: -len(t[0]),
    )
)
_FILLERS = tuple(
    sorted(
        (
            "分别为", "分别达到", "分别达", "分别", "达到了", "达到", "达", "为", "是", "了",
            "均为", "均", "共计", "共有", "共", "合计", "总计", "累计", "仍以", "尚有", "仅有",
            "只有", "仅", "只", "已达", "已", "有", "又", "再", "还", "由", "在", "控制在",
            "保持在", "稳定在", "维持在", "以", "剩余", "其余", "其中", "各", "各有",
            "仍有", "还有", "现有", "已有", "为期", "多达", "高达", "净", "新增", "实现",
            "依次为", "依次", "介乎", "介于",
            # adverbs of "all" and "also" as 均 (降幅皆达3成, 增幅都超过20%, 降幅亦达15%)
            "皆", "都", "亦", "也",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_TO_WORDS = ("至", "到")
_COPULAS = frozenset({"为", "是", "达到", "达", "达到了", "均为", "分别为", "已达"})
#: Characters that end a clause: punctuation, brackets, quotes and the bullets and list
#: markers that start an item of a list (● • ◆ ◇ ■ □ ▪ ▲ ・ ★ ☆ ※).
_CLAUSE_DELIMITERS = frozenset('。;；,，:：!！?？\n()（）“”"《》、【】[]●•◆◇■□▪▲・★☆※')
#: The words that close a range framed as "between" (AQI为51~100之间, 介于…之間).
_BETWEEN_AFTER = ("之间", "之間")
_ENUM_SEPARATORS = frozenset({"、", "和", "及", "与", "或", "以及", "、和"})

# a base year may be written in Chinese digits with ASCII zeros (比二00五年降低…)
#: The period a figure is compared with, written after 比/较/与 (2013年, 上年同期, 上月 …).
_BASELINE_PERIOD = (
    r"[0-9〇零○OΟ一二三四五六七八九]{4}年(?:初|底|末|同期)?"
    r"|上年(?:同期)?|去年(?:同期)?|上一年|年初|同期|上月|上季度"
)
_ADJACENT_BASELINE = re.compile(r"(?:比|较|与)(" + _BASELINE_PERIOD + r")(?:相比)?$")
_FAR_BASELINE = re.compile(
    r"(?:比|较|与)([0-9〇零○OΟ一二三四五六七八九]{4}年(?:初|底|末|同期)?|上年(?:同期)?|去年(?:同期)?|上一年|年初|同期)"
)
_FAR_BASELINE_LOOSE = re.compile(r"较[^\\d,，。;；]{1,8}?(\\d{4})年")
_RATE = re.compile(r"每(天|日|年|小时|月|周)$")
_RATE_WORDS = {"天": "日", "日": "日", "年": "年", "小时": "小时", "月": "月", "周": "周"}
#: 日产量, 年处理能力 right before the figure: a rate; not after a word that makes the period
#: one of its own (全年处理55.02万公吨, 今年排放: totals over that period, as in _AVERAGE_RATE).
_RATE_VERB = re.compile(
    r"(?<![\d年月今去全明当本])(日|年)(?:产|供水|处理|排放|用水|取水)"
    r"(?:量|能力|规模)?$"
)
#: 日均处理污水10万吨, 每日平均共处理18.6万立方米, 每日处理污水359.9吨, 每年减少用煤3万吨: an
#: amount per day or year (of mass, volume or energy only: 年均浓度 is an annual mean, not a
#: rate), the period written before the verb and its object, in the same clause.
#: 日處理污水24萬噸, 年处理垃圾30万吨, 月处理污泥3000吨 (日污水處理能力64萬噸: the matter may
#: stand between): the period word written straight before a
#: processing or production verb (without 每) is a rate too; not after a digit or a word that
#: makes it a period of its own (2021年, 今年, 全年, 当日, 上月 … are totals over that period).
#: 全年日供水能力544.89万立方米: a daily rate over the year (全年处理 alone is the year's total).
#: 车流量每小时平均增加了14辆, 年处理总量1.4亿台, 年供应能力达到2.5万吨, 年均防治病虫害超过
#: 日平均通報1.6件 is 日均 written out (件/日, as 每日平均受理7.7件; parser round 45).
#: 1亿公顷: the same holds for counts (not of time: 年均超标天数) and areas, and up to twelve
#: characters may stand between (年均种草改良面积稳定在4000万亩).  The period written once rules
#: a list under it (年产焦油5万吨、粗苯1.3万吨、硫铵1.3万吨: every member per year): earlier
#: members, each a figure with its unit word and 、, may stand between.
_AVERAGE_RATE = re.compile(
    r"(?:(?:平均)?每(日|天|年|小时|月|周)(?:平均)?|(日|年)平?均"
    r"|(?:(?<=全年)|(?<![\d〇零○一二两三四五六七八九十百千年月日今去全明当上下本近历多同次往前后该这那个逐每半首]))"
    # 日污水处理能力, 年污泥处置能力: the matter handled may stand between period and verb
    r"(日|年|月)(?:污水|垃圾|污泥|生活垃圾|废水|固废|危废)?"
    r"(?:处理|生产|产|焚烧|处置|消纳|供水|供气|供热|供应|发电|用水|取水|排放|收集|清运|转运|回收|利用|输送|拆解)"
    r")[^\d,，。;；:：]{0,12}"
    r"(?:[0-9][0-9.]*[万亿千]?[^\d\s,，。;；:：、()（）%]{1,4}、[^\d,，。;；:：、]{1,8})*$"
)
#: A peak or a bound within the period after a bare 每日/每月 (每日尖峰用量最高達2萬人次: 人次/日,
#: 每日最多受理50件): the figure is counted per that period, as after 每日平均 (a bare 每年 before
#: a count is otherwise a yearly total, 每年新增造林2万亩; parser round 45, heldout25).
_PERIOD_PEAK = re.compile(r"尖峰|高峰|峰值|最高|最多|最大")
#: 最多/最少 right before a figure followed by its share in parentheses or by 其次/次之
#: (民雄鄉最多130件(22.1%)，其次為水上鄉): the largest (smallest) member of a breakdown, the
#: figure itself (exact), not a bound as a cap is (最多罚款10万元, 最多可处理5吨; parser round
#: 45, heldout25; 以…最多为 is read by ``affixes._SUPERLATIVE_WITH_YI``).
_SUPERLATIVE_BEFORE = re.compile(r"最[多少](?:为|是|达)?$")
_SUPERLATIVE_LIST_AFTER = re.compile(r"\s*(?:[(（]\s*[0-9.]+\s*%[)）]|[,，、;；]?\s*(?:其次|次之))")
_AMOUNT_UNITS = frozenset({"吨", "立方米", "方", "升", "千瓦时", "度", "吨标准煤"})
#: A mean over the period, not an amount per period, named after 年均/日均: 年均浓度上升的各有8个
#: (a count of cities whose annual mean rose).
_PERIOD_MEAN = re.compile(r"浓度|值|指数|水平|降水|气温|比例|比重|率")
#: Areas an amount per period may be of (年均造林500万亩).
_AREA_UNITS = frozenset({"公顷", "亩", "平方公里", "平方千米"})
#: Amounts a whole splits into (money, mass, volume, energy, area): a share in parentheses
#: right after one is its part of the total (70.4億元(18.0%)).
_PART_UNITS = frozenset({"元"}) | _AMOUNT_UNITS | _AREA_UNITS
#: 人均每日…1.44公斤, 每人每日弃置1.41公斤, 每日人均废物弃置量达1.41公斤, 人均日弃1.41公斤, and
#: 日均 alone before an amount (去年达到日均二点一公斤: the per-capita figure of the clause
#: before, a daily mean of a mass is per day): an amount per person and per day.  The person
#: is the statistic's own unit (人均, as 人均GDP is in 元), the day its denominator: 公斤/日.  Of
#: amounts of mass, volume and energy only.  The same per person and per year
#: (每人每年平均雨水量…3,916立方公尺, 人均每年用水450立方米: 立方米/年); a year only with 每
#: written before it (2020年人均… is a date; 人均年用电量 is the annual statistic, in 千瓦时).
#: The groups ``period…`` hold the period word.  Between the words and the figure a year may
#: stand, the year of a from-value (每人每日垃圾清运量由94年之0.663公斤, 由2019年的1.2公斤):
#: the digits of a year (two to four, then 年 or 年度) count as one word of the gap.
_PER_CAPITA_DAILY = re.compile(
    r"(?:人均每?(?P<period>日|天)|人均每(?P<period6>年)|每人每(?P<period2>日|天|年)"
    r"|每(?P<period3>日|天|年)人均|(?P<period4>日|天)人均|人(?P<period5>日)均"
    r"|(?<![年月])(?P<period7>日|天)均)(?:[^\d,，。;；:：]|[0-9]{2,4}年度?){0,12}$"
)


def _per_capita_period(m: re.Match[str]) -> str:
    """The denominator of a per-capita amount matched by :data:`_PER_CAPITA_DAILY`: 年 for a
    year, else 日."""
    words = (m.group(f"period{g}") for g in ("", "2", "3", "4", "5", "6", "7"))
    return "年" if "年" in [w for w in words if w] else "日"


#: (the symbols too: 每人每日垃圾清运量0.72kg is kg/日 as …0.72公斤 is 公斤/日)
_PER_CAPITA_UNITS = _AMOUNT_UNITS | {"公斤", "千克", "克", "kg", "g", "t", "L", "m3"}
#: A denominator written before the figure: 每万人…7.5件, 每万元人民币…1.16吨标准煤, and the
#: areas and lengths of densities: 每平方公里18,400人, 每平公里20,400人 (平公里 = 平方公里),
#: 每公里496辆, prices per mass in Taiwan's units (每公噸2307元 → 元/吨, 每公斤5元) and amounts per
#: Hong Kong dollar (每港元本地生产总值0.017千克 → 千克/港元, branch hk17).  Group 1 is
#: the multiplier, group 2 the unit word (canonical spelling: see
#: unit_words._DENOMINATORS).
_PER_CAPITA = re.compile(
    r"每((?:十万|百万|千万|万|亿|千|百)?)"
    r"(人民币|平方公里|平公里|平方千米|平方公尺|平方米|平米|立方公尺|标准立方米|标立方米|立方米|千瓦时|港元|澳门元|新台币|元|人|户"
    r"|公顷|亩|公吨|吨"
    r"|公斤|千克|辆|公里|千米)"
    r"[^\d,，。;；、:：]{0,10}$"
)
#: A mean per unit of area written before the figure (亩均用水量356m3, 农田畝均灌溉用水量345立方米,
#: 公顷均产量): the area is the denominator, as after 每 (立方米/亩, a depth of water that converts
#: to m³/ha); 人均 is not (the person is the statistic's own unit, see _PER_CAPITA_DAILY).
_PER_AREA_MEAN = re.compile(r"(亩|公顷)均[^\d,，。;；、:：]{0,10}$")
#: A part of a whole: 占…的27%, 是去年同期的92%, 相当于全国的5%, 达到国家标准的95%.  After 占
#: the whole may be a long noun phrase (占重点调查工业企业工业危险废物产生量的21.7%).
_SHARE_OF = re.compile(
    r"(?:占(?:到)?[^\d,，。;；:：、]{0,24}|(?:是|为|相当于|达到|只有|恢复到|恢复至)[^\d,，。;；:：、]{0,12})的$"
)
_PER_TONNE_COAL = re.compile(r"吨煤(?:涌水量|排水量|用水量|耗水量|水耗|能耗|电耗)?$")
#: 超 alone is a comparative only before an approved amount and straight before the figure
#: (超批复66亩, 超核定规模20万吨, 超许可排放量10吨: the excess over what was approved, as
#: 超出批复66亩); elsewhere 超 opens words (超标, 超低排放) that are no difference.
_EXCESS_OVER_APPROVED = (
    r"超(?=(?:批复|核定|批准|核准|审批|许可|规划|设计)的?"
    r"(?:面积|规模|产能|范围|用地|用量|数量|总量|排放量|能力|指标)?$)"
)
_POINT_VERBS = re.compile(
    r"(高于|低于|高出|低出|超过|超出|快于|慢于|领先|落后|提高|上升|增长|增加|扩大|下降|降低|减少"
    r"|缩小|收窄|" + _EXCESS_OVER_APPROVED + ")"
)
_POINT_UP = frozenset(
    {"高于", "高出", "超过", "超出", "快于", "领先", "提高", "上升", "增长", "增加", "扩大", "超"}
)
_POINT_COMPARATIVES = frozenset(
    {"高于", "低于", "高出", "低出", "超过", "超出", "快于", "慢于", "领先", "落后", "超"}
)
#: Comparatives that make a figure in any unit a difference to a reference named between
#: them and the figure (高出全国平均水平6.4微克/立方米, 低于全省均值2.1米).
_DIFFERENCE_WORDS = frozenset({"高于", "低于", "高出", "低出", "超出", "快于", "慢于", "超"})
#: A reference that has a value of its own: after 高于/低于 the figure may be that value.
_VALUED_REFERENCE = re.compile(r"标准|限值|目标|要求|指标|规定")
#: A reference that is a mean's value, 值 right before the figure (低于全国平均值13.2微克,
#: 高於全市均值2.1米): the figure may be the mean itself or the difference to it.
_MEAN_VALUE_REFERENCE = re.compile(r"(?:平均|均)值$")
#: A reference that is an earlier period's own figure: in 低于2022年的1.51公斤 or 高于去年同期的
#: 35天 the figure after 的 is that period's level, not the difference to it.
_PERIOD_LEVEL_REFERENCE = re.compile(
    r"(?:[0-9〇零一二三四五六七八九]{2,4}年(?:同期|全年|度)?|去年(?:同期)?|上年(?:同期)?|前年|"
    r"上一年|同期|上月|上季度)的$"
)
#: An earlier member of a list between a comparative and the figure (快于全国0.9和[1.1个百分点],
#: 高于全省平均水平5及[6微克/立方米]): a bare number, its unit written once at the list's end,
#: and a joiner.  The comparative governs the whole list; the later figure's own context must
#: not reach over that member (the list is read from its first member, see the scanner).
_LIST_MEMBER_BETWEEN = re.compile(
    r"[0-9０-９〇零一二两三四五六七八九十百千万亿.．]+ ?(?:、和|以及|和|及|与|、) ?$"
)
#: The first character of the noun right after a share (92%建筑废物…, 75%污染热区…: the set it
#: divides): a CJK character that opens no bound, copula, verb of share, change or comparison
#: (85%以上, 35%左右, 5%为, 15%来自, 30%用于, 10%的, 47%降至40%: read elsewhere).
_SHARE_SUBJECT_NEXT = re.compile(
    r"[\u4e00-\u9fff](?<![的以左上下多余之至到和及与或为是来用于在将被达比较同环每降升增减提])"
)
#: The count of a share written in brackets between it and its set (有82.8%(115件)受访者表示: the
#: share, how many that is, then the people it divides).
_COUNT_IN_BRACKETS = re.compile(r"[(（][0-9][0-9,]*[^\W\d]{1,2}[)）]")


def _share_subject_next(s: str, end: int) -> bool:
    """Whether the set a share divides is named right after the share ending at ``end``
    (92%建筑废物, 有82.8%(115件)受访者: also after its count in brackets)."""
    m = _COUNT_IN_BRACKETS.match(s, end)
    return _SHARE_SUBJECT_NEXT.match(s, end if m is None else m.end()) is not None


#: Words announcing a list: a comma between digit groups after them may separate items.
_LIST_CUES = ("分别", "依次", "各为", "各自")
#: (and a plan to improve, 3年改善計畫: 计画 is the Taiwanese 計畫 once simplified)
_PLAN_NAME_AFTER_YEARS = (
    "行动", "规划", "计划", "计画", "滚动", "专项", "攻坚", "作战", "改善计划", "改善计画",
)  # fmt: skip
_TOPONYM_SUFFIXES = frozenset("矿湾村镇寺庄峪屯堡")
#: The gazetteer's table (one home for place names: ``envindicators.regions`` reads it too).
#: Read as a file, not imported: the regions layer sits above the units layer.
_GAZETTEER_FILE = ("regions", "data", "divisions.csv")
_NUMERAL_FIRST = "〇零一二两三四五六七八九十百千"
#: A short name this long is a place on its own (三门峡, 六盘水, 五指山); a shorter one (九台,
#: 三元, 五家) is also an ordinary count, so only its full name (九台区, 三元区) is a place.
_SHORT_NAME_ALONE = 3


@lru_cache(maxsize=1)
def numeral_place_names() -> tuple[str, ...]:
    """Names of the gazetteer's divisions that open with a Chinese numeral, longest first.

    Full names (九台区, 五家渠市, 三门峡市) and short names of three characters or more
    (三门峡, 六盘水, 七台河, 五指山), in simplified script.  A numeral that opens one of them
    is part of a place's name, never a quantity (九台区9件 counts no machines).

    Returns
    -------
    tuple of str
        The names, longest first (so the longest match is tried first).
    """
    path = resources.files("envindicators").joinpath(*_GAZETTEER_FILE)
    names: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for name in (row["name"], row["short_name"]):
                if name[:1] in _NUMERAL_FIRST and (
                    name == row["name"] or len(name) >= _SHORT_NAME_ALONE
                ):
                    names.add(name)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def opens_place_name(s: str, i: int) -> bool:
    """Tell whether a gazetteer place name that opens with a numeral starts at ``s[i]``.

    Parameters
    ----------
    s : str
        The text (either script).
    i : int
        Where a numeral starts.

    Returns
    -------
    bool
        True for 九台区, 九臺區, 三门峡, 五家渠市 at ``i``; False for 九台设备, 三元钱.
    """
    if s[i : i + 1] not in _NUMERAL_FIRST and to_simplified(s[i : i + 1]) not in _NUMERAL_FIRST:
        return False
    names = numeral_place_names()
    return bool(names) and to_simplified(s[i : i + len(names[0])]).startswith(names)


#: After 台 also a county, a mountain or a river: 五台县, 五台山, 三台县, 七台河 are places, not
#: five machines (台 is a counter of machines and vehicles).
_TAI_TOPONYM_SUFFIXES = frozenset("县山河")
#: Common nouns that open with such a suffix: after a counter they are what is counted
#: (两个矿山, 两家矿企, 三个村庄), not the end of a place name (四台矿).
_TOPONYM_COMMON_NOUNS = (
    "矿山", "矿区", "矿业", "矿企", "矿井", "矿场", "矿产", "矿点", "村庄", "村镇", "村居",
    "村民", "镇村", "镇街", "寺庙",
)  # fmt: skip
#: After a Chinese numeral and a counter that counts no firm, the rest of a firm's name and its
#: suffix (武安市康二城煤矿, 天津三条石有色金属铸造有限公司): the numeral and the counter are part
#: of the name (二城, 三条石 are places), no count.  The words between hold no particle, list
#: mark or verb of a clause (的 和 及 与 等 或 是 为 在 对 将 把 被 了), so that a count of
#: things a firm has (两条生产线的公司) is not taken for a name.
_FIRM_NAME_AFTER = re.compile(
    r"(?:(?![的和及与等或是为在对将把被了])[\u4e00-\u9fff]){0,10}?"
    r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|煤矿|矿业)"
)
#: Counters that count firms, mines and plants, batches or kinds of them, their people, cases
#: or tasks: before a firm's noun they count (三家煤矿, 两个煤矿, 四座煤矿, 三批重点公司, 五名
#: 公司员工, 两起公司违法案件), and the rule above does not apply.
_FIRM_COUNTERS = frozenset(
    {"家", "个", "座", "处", "所", "间", "户", "厂", "对", "批", "类", "种", "名", "位", "人",
     "次", "项", "件", "起", "宗", "轮"}
)  # fmt: skip
#: Fixed political and programme names that contain a numeral and a counter.
_FIXED_TERMS: tuple[tuple[str, int], ...] = tuple(
    (term, k)  # every numeral of the term (一降一升: the second 一 is no litre either)
    for term in (
        "八项规定", "大气十条", "水十条", "土十条", "两个维护", "四个意识", "四个自信",
        "两个确立", "三个代表", "五位一体", "四个全面", "三会一课", "两个一百年",
        "一降一升", "一升一降", "一增一减", "一减一增", "两条底线",
        # a name of China, of a Japanese island, of firms (九州 is no count of prefectures)
        "九州",
        # the Yangtze's ten-year fishing ban, a national programme's name (长江十年禁渔)
        "十年禁渔",
        # the Environmental Protection Law's four implementing measures, a set named by its
        # count (环境保护法四个配套办法: daily fines, seizure, output limits, detention)
        "四个配套办法",
        # classes of vehicles named by their wheels (推广电动二轮车, 三轮车, 两轮电动车,
        # 四轮驱动): a kind of vehicle, no count of rounds (parser round 50)
        "二轮车", "两轮车", "三轮车", "四轮车", "二轮机车", "三轮机车", "二轮电动", "两轮电动",
        "三轮电动", "四轮驱动",
    )
    for k, c in enumerate(term)
    if c in "一二两三四五六七八九十"
)  # fmt: skip
#: The fixed terms indexed by their numeral character.
_FIXED_TERM_CHARS: dict[str, tuple[tuple[str, int], ...]] = {
    c: tuple(t for t in _FIXED_TERMS if t[0][t[1]] == c) for c in {t[o] for t, o in _FIXED_TERMS}
}
_OPEN_QUOTES = {"“": "”", '"': '"', "《": "》", "「": "」", "『": "』", "〈": "〉"}
_QUOTE_LIMITS = {"《": 100, "〈": 60}
_OPEN_QUOTE = re.compile("[" + re.escape("".join(_OPEN_QUOTES)) + "]")
_SHORT_QUOTE = 20
#: A share tracked through a change — the level it leaves or reaches (占比由47%降至40%, 占GDP比重从
#: 1.2%提高到1.5%, 比重由2015年的47%…, 占比提高到64.1%, 河长占比增加到55.1%, 煤炭占能源消费总量
#: 比重降低到65%): the value of the share as an indicator followed over time, a ``level``, like
#: 优良天数比例由80%提高到85% (the corpus guide's convention, settled in branch ``conv13`` after
#: heldout8's gold).  The window ends at the 由/从 before the first figure (or a year and 的 after
#: it), at the 至/到 before the second, or at a verb of change and 到/至 right before the figure.
#: A share stated once (占比78.7%, 占…的比重为13.8%, 占到全国总数的六成) stays a ``ratio``.
_SHARE_SUBJECT = re.compile(
    r"(?:占(?![用有领据])|比重)[^\d,，。;；:：]{0,12}?"
    r"(?:(?:由|从)(?:[^,，。;；:：]{1,20}?(?:至|到))?(?:[0-9〇零○一二三四五六七八九]{4}年(?:底|末|初)?的)?"
    r"|(?:提高|提升|增加|增长|上升|扩大|降低|下降|减少|缩小|回落|增|升|降|减)了?(?:到|至))$"
    # 原本占72.4%,更新后占60.5%: the share before and after a revision, followed the same way
    r"|(?:原本|原先|原来|本来|更新后|修正后|修订后|调整后|改为|变为)占$"
    # 燃煤发电比例由2014年约占59%降至2020年的24%: the share's name, 由 and a year, then 占
    r"|(?:比例|比重|占比)(?:由|从)(?:[0-9〇零○一二三四五六七八九]{4}年)?(?:约|近)?占(?:到)?$"
)
#: The water-quality items (pollutants and parameters) as the bulletins name them.
WATER_ITEMS = (
    r"氨氮|总磷|总氮|化学需氧量|高锰酸盐指数|五日生化需氧量|生化需氧量|溶解氧|石油类|氟化物|"
    r"挥发酚|阴离子表面活性剂|硫化物|粪大肠菌群|六价铬|COD|CODMn|CODCr|BOD5|BOD|NH3-N|TP|TN"
)
#: A completion rate (完成率…%): achieved / planned, a ratio.  Also a share of the work done
#: written with the verb right before it (仅完成修复40%, 已完成整改约60%) and a rate of
#: rectification (整改率, 整改比例不足50%: the problems rectified out of those found).
#: An achievement rate is one too (达成率, Taiwan's 進度達成率, 目標達成率; 达成本年度目标之
#: 162.2%: achieved / targeted; parser round 35 and the conventions of heldout15).
#: The nouns of a completion rate alone (完成率, 完成进度, 整改率, 达成率), without the verb's
#: forms.
_COMPLETION_NOUNS = r"完成(?:率|进度|比例|度|比)|整改(?:率|比例)|达成(?:率|度)"
#: An achievement rate of a water-quality item or standard (DO達成率介於86.7~97.5%,
#: 氨氮達成率, 重金屬銅達成率則介於…, 鎘、鉛、鋅、汞達成率為100%; 六大重金屬方面,達成率為100%:
#: a topic clause names the item): the share of the samples meeting the standard, a ``level``
#: as a 达标率 is (parser round 43, heldout24's gold).  Not a plan's or a target's (目標達成率,
#: 整體進度達成率, 策略達成率: the completion rates above, ratios).  The item is written right
#: before 达成率 (the text is read in simplified characters).
_COMPLIANCE_ITEM = (
    rf"(?:{WATER_ITEMS}|DO|SS|pH|溶氧量?|悬浮固体|大肠杆菌群?|水质|重金属|"
    r"[铜汞铅镉锌铬砷镍])"
)
_COMPLIANCE_BEFORE = re.compile(rf"{_COMPLIANCE_ITEM}$")
_COMPLIANCE_TOPIC = re.compile(rf"{_COMPLIANCE_ITEM}方面$")
_COMPLETION_NOUN = re.compile(_COMPLETION_NOUNS)
#: A work's progress reaching a share (办理进度已超91%, 工作进度已完成100%, 工程进度为75%): the
#: share of the work done, a ratio as a completion rate is (parser round 47; the spent gold
#: labels 整体进度达成率 and 办理进度已超 so).
_PROGRESS_SHARE = r"进度(?:已经|已|均)?(?:超过|超|达到|达|为|完成了|完成)?(?:约|近)?$"
_PROGRESS = re.compile(_PROGRESS_SHARE)
_COMPLETION = re.compile(
    _COMPLETION_NOUNS + r"|完成了?(?:修复|修復|整治|整改|治理|改造|建设|建設|销号|銷號)?"
    r"(?:约|約|近|超过|超過|逾|不足|不到)?$"
    r"|达成[^\d,，。;；:：]{0,8}目标值?之$" + r"|" + _PROGRESS_SHARE
)
#: A weight in a ranking or a score, named right after a share (改善率各占50%权重, 各占30%、30%
#: 和40%的权重; simplified script): the share is a part of the whole score, a ratio, whatever
#: change word names the item weighed (改善率, 下降率) — and no measurement of a place
#: (``read_report`` files it as context: a weight of a method).
WEIGHT_AFTER = re.compile(r"(?:的)?权重")
#: The abbreviations of air quality indices written before their bare values: AQI, its
#: sub-index IAQI, Taiwan's former PSI, China's former API and Hong Kong's AQHI (air quality
#: health index, 1–10+).  AQHI first: AQI is no prefix of it, but alternatives are tried in order.
INDEX_ABBREVIATIONS = "AQHI|AQI|IAQI|PSI|API"
#: An index named before a range of its values written without a unit (空气质量指数范围为
#: 19~101, 指数为51至100, AQI介于51~100, 介于51~100「普通」): the range is the index's values,
#: ``dimensionless`` (the guide: a number without a unit is a mention where the text states it
#: as a value).  介于 ("between") states a range of values by itself.  pH, written as a value
#: (pH值6～9, PH值为6-9, 酸碱值在6至9): a dimensionless range too (the limits of a discharge
#: standard); a modal word may stand between (pH值应为6～9), and so may a statistic (降水pH均值在
#: 5.61~6.29之间: the range of the stations' means).
_INDEX_RANGE_BEFORE = re.compile(
    rf"(?:(?:{INDEX_ABBREVIATIONS}|指数|指标|指標)值?(?:范围|区间)?"
    r"(?:为|是|在|介于|:|：|=)?[ \t]?|介于"
    r"|(?:pH|PH|ph|酸碱|酸硷|酸鹼)值?(?:年均值|年平均值|平均值|均值)?(?:范围|区间|範圍|區間)?"
    r"(?:应|應|须|須|需|要|均|皆)?"
    r"(?:为|為|是|在|介于|介於|:|：)?[ \t]?)$"
)
#: What may follow such a range: the end of the clause, a quoted category name (「普通」,
#: “良”) or a space before either.
_INDEX_RANGE_AFTER = frozenset('「『“"') | _CLAUSE_DELIMITERS
#: Words that close such a range too: 之间 (AQI为51~100之间), 的 (pH值6～9的废水), the share or
#: the count of the category the range names (AQI介於100-150比率由7.7%降至5.8%, 51~100比例)
#: and 为 or 属于 before the category's name (AQI 51-100为良, AQI 0~50為「良好」, AQI为0~50
#: 屬於良好的綠色等級).
_INDEX_RANGE_AFTER_WORDS = ("之间", "之間", "的", "比率", "比例", "为", "為", "属于", "屬於")
#: The words after a band that continues a list of an index's bands in the same sentence
#: (AQI為0~50屬於良好;51~100為普通; AQI 0-50为优，51-100为良): the copula before the next
#: category's name.
INDEX_BAND_COPULAS = ("为", "為", "属于", "屬於", "属", "屬", "是")
#: The category's name written bare, then its share or its days (AQI=51~100 普通比率約占43%,
#: AQI介于101~150轻度污染天数): it closes the range as a quoted name does.
_INDEX_RANGE_CATEGORY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}(?:比率|比例|日数|天数)")
#: A comparison word right before 前/近/过去 + a number of years or months: 相较前五年, 与近
#: 三年相比, 比前两年 name the reference period of a comparison, a period like 较上年 — not a
#: duration (由于前两年…治理较为严格 is a duration, a mention by the guide).
_COMPARED_PERIOD_BEFORE = re.compile(
    r"(?:较|相较|相较于|相比|比|与|同|和|(?:稍|略|远|明显)?(?:高于|低于|优于|差于|好于|劣于))"
    r"(?:前|近|过去)$"
)
#: 前/近/过去 + a number of years, then 同期 (or the months of that same part of each year,
#: then 同期): 达到近4年同期最低, 近五年1-10月同期, 较前三年同期平均值 — the span of earlier
#: years whose same period a figure is compared with, a reference period, not a duration.
_SPAN_BEFORE_SAME_PERIOD = re.compile(r"(?:前|近|过去)$")
_SAME_PERIOD_AFTER = re.compile(
    r"度?(?:[0-9]{1,2}(?:[~〜\-—–至到][0-9]{1,2})?月份?|[上下]半年)?同期"
)
#: A comparison verb right before a number of years that 度 or 同期 follows (比较两年度1~10月
#: O3平均值, 较两年同期): the years compared, reference periods, not a duration.
_COMPARED_YEARS_BEFORE = re.compile(r"(?:比较|相较于?|相比|较)$")
_COMPARED_YEARS_AFTER = re.compile(r"度|同期")
#: A number of years or months then 前 (较5年前增加3千人, 与10年前相比, 2、3年前查获时): a point
#: in time counted back from the time of writing, a date, not a duration (前后 "about",
#: 前的 after 一 are left to their own rules).
_COUNTED_BACK_AFTER = re.compile(r"前(?![后後])")
#: A water pollutant named before a slash or a parenthesis and a bare number: in a table of
#: 主要超标项目 (超标倍数), ``氨氮/1.3``, ``总磷(0.6)`` give the exceedance multiple of each item
#: (the bulletins' convention; the unit is not written, so the figure is flagged).
_EXCEEDANCE_ITEM = re.compile(rf"(?:{WATER_ITEMS})[/(]$")
#: How far back (characters) a 超标 heading makes such items exceedance multiples.
_EXCEEDANCE_HEADING_WINDOW = 3000
#: A frequency: 每年监测1次, 每月抽检2次 — a number of times per period written before a verb
#: (每年1次 is read by the prefix reader); the unit is 次/年, 次/月 ….  Up to eight characters
#: of the clause may stand between (每周在這些泳灘進行一次水質監測: a place, then the verb; parser
#: round 37, as the count of 一次 after a frequency, ``scanner._FREQUENCY_BEFORE``).
#: The period may be a month counted (每个月监测一次: 次/月) or a quarter (每季监测1次,
#: 每季度至少一次: 次/季度, parser round 42); a quarter is no rate word of ``_RATE`` (每季度
#: 排放20吨 stays 吨), only the count of times takes it.
#: Verbs joined by 、 and shared by 各 (每月采、放样各一次, 每季采样、分析各一次: each action once
#: a month) keep the period; without 各 the 、 ends the clause (parser round 48).
#: 一 and a period written as 每 is (同一污染项一年陈情3次以上: 次/年, parser round 50), not
#: after a word that makes it a span (近一年来, 前一年, 同一年, 第一年) nor before one (一年来,
#: 一年内, 一年多, 一年中, 一年后, 一年底), nor before a total (一年共检查12次).
_ONE_PERIOD = (
    r"(?<![近前后这上下第统唯同单整全逐满多半十每几数其某另任])一"
    r"(天|日|年|个?月|周|季度?)(?![来多内以中里间后半期度底初年])"
    # 一年共检查12次, 一年累计出动30次: a total over the span, no frequency
    r"(?![^\d,，。;；:：]{0,8}(?:共|累计|合计|总计|总共))"
)
_FREQUENCY = re.compile(
    rf"(?:每(天|日|年|个?月|周|季度?)|{_ONE_PERIOD})"
    r"(?:[^\d,，。;；:：、()（）]{0,8}|[^\d,，。;；:：()（）]{0,7}各)$"
)
#: The period of such a frequency at a 一, up to the count of times (一年陈情3次): the period
#: is the frequency's unit, no duration of its own.
ONE_PERIOD_FREQUENCY = re.compile(
    _ONE_PERIOD + r"[^\d,，。;；:：、()（）]{0,8}?(?:[0-9]+|[一二两三四五六七八九十]+) ?次"
)
#: The period of a frequency in its unit (the group of ``_FREQUENCY``).
FREQUENCY_PERIODS = {**_RATE_WORDS, "个月": "月", "季": "季度", "季度": "季度"}
#: A bound after a frequency word, a verb between it and the figure (每次最多处理10吨, 每天
#:至少检查3次, 一次最多可存放5吨): the bound qualifies the figure, as right before it (最多
#: 10吨).  Group 1 is the bound word (one of ``_PREFIX_QUALIFIERS``).
#: The cap of a penalty written before it (最高可处2000万元, 最高可罰600萬, 最高罚款50万元):
#: the law's maximum, an upper bound of the fines, ``at_most``.  最重 ("the heaviest") is a
#: cap only with a modal (最重可罰10萬元: the law allows up to); without one it names the fine
#: imposed (採最重罰六十萬元: the figure itself).  The passive (最高被處60萬元, 最高可被罚100万元)
#: is the same cap.
#: The superlative's mark (最高, 最重, 最多, 最大 …): a window without it holds none of the
#: superlative words below (the readers look for it before their patterns, once per window).
SUPERLATIVE = "最"
_PENALTY_CAP = re.compile(
    r"(?:最高(?:可|得|将|將|会|會)?被?|最重(?:可|得|将|將|会|會))"
    r"(?:裁[处處]|[处處](?:以|[罚罰])?|[罚罰]款?|[开開][罚罰])"
    r"(?:新[台臺][币幣]|人民[币幣]|港[币幣])?$"
)
#: The same cap written with a verb of reaching (罚款…最高可达500万元, 罰鍰，工商廠、場最高可
#: 達500萬元): at most, when a fine or penalty is named earlier in the sentence; without one
#: (日处理能力最高可达5万吨) the figure is left as it is read.  最高达 without a modal is the
#: highest value seen, a level.  The copula after a fine named before (罚款数额最高为1580万
#: 元, 個案罰款最高為…) states the cap of the fines as 最高罚 does: at most (parser round 42;
#: 最高处罚850万元 is 最高罚 with its two-character verb, in ``_PENALTY_CAP``).
_PENALTY_CAP_REACH = re.compile(
    r"(?:[罚罰]|处罚|處罰|罚款|罰款|罚锾|罰鍰)[^。；;!！?？\n]{0,24}"
    r"最高(?:(?:可|得|将|將|会|會)(?:达到|達到|达|達|至)|[为為])$"
)
#: How far back (characters) :func:`penalty_cap_before` looks.
_PENALTY_CAP_WINDOW = 36
#: A reward paid out of a fine (检举奖金, 奖励比例, 检举人可领) and the fine (罚锾, 罚款, 实收罚鍰
#: 金额) named in one sentence: a share there is the reward's rate, a ``level`` (parser round
#: 49; heldout21's ``按实收罚锾的15%发给``, heldout24's ``其余案件为10%``, ``检举人可领3成``), as
#: conv16's named rate (``奖励比例…为10%``), not a part of a whole.
REWARD_OF_FINE = re.compile(r"奖金|奖励比例|检举人可领|可领取?")
FINE_WORD = re.compile(r"罚")  # 罚款, 罚锾, 罚金, 裁罚, 处罚
#: The ends of a sentence, and how far from a figure its sentence is read.
SENTENCE_ENDS = frozenset("。!！?？\n")
SENTENCE_REACH = 160


def reward_rate_sentence(s: str, start: int, end: int) -> bool:
    """Whether the sentence of a figure names a reward paid out of a fine (a reward's rate).

    The sentence runs to its ends (:data:`SENTENCE_ENDS`), at most :data:`SENTENCE_REACH`
    characters each side of the figure ``s[start:end]``.

    Parameters
    ----------
    s : str
        The text (simplified script).
    start : int
        Where the figure starts.
    end : int
        Where the figure ends.

    Returns
    -------
    bool
        True when both :data:`REWARD_OF_FINE` and :data:`FINE_WORD` occur in the sentence.
    """
    lo = max(0, start - SENTENCE_REACH)
    for k in range(start - 1, lo - 1, -1):
        if s[k] in SENTENCE_ENDS:
            lo = k + 1
            break
    hi = min(len(s), end + SENTENCE_REACH)
    for k in range(end, hi):
        if s[k] in SENTENCE_ENDS:
            hi = k
            break
    sentence = s[lo:hi]
    return REWARD_OF_FINE.search(sentence) is not None and FINE_WORD.search(sentence) is not None


def penalty_cap_before(s: str, i: int) -> bool:
    """Whether the figure at ``i`` follows the cap of a penalty (``at_most``).

    Parameters
    ----------
    s : str
        The text.
    i : int
        Where the figure starts.

    Returns
    -------
    bool
        True after 最高可处, 最高可罚, 最重可罚 … and after 最高可达 when a fine is named
        earlier in the same sentence.
    """
    lo = max(0, i - _PENALTY_CAP_WINDOW)
    if s.find(SUPERLATIVE, lo, i) < 0:
        return False  # both caps write 最 within the window (the first within 12 of 36)
    return (
        _PENALTY_CAP.search(s, max(0, i - 12), i) is not None
        or _PENALTY_CAP_REACH.search(s, lo, i) is not None
    )


#: A web page's counter of comments after 人 (已有0人发表了评论, 12人参与评论): no figure of
#: the text (parser round 39; the scanner and the fast path skip it).
COMMENT_COUNTER_AFTER = re.compile(r"(?:发表了?|参与了?)评论")
_BOUND_AFTER_FREQUENCY = re.compile(
    r"(?:每(?:次|回|天|日|周|月|季度?|年|小时|批|车)|一次|单次|一天|一年|全年)"
    r"(最多|至多|最少|至少)(?:(?!的)[^\d\W]){1,5}$"
)


#: A session of a numbered congress (十四届全国人大四次会议, 十九届四中全会 has no 次): the
#: count before 次会议 after a 届 is the session's ordinal, not a number of meetings.
_SESSION_BEFORE = re.compile(r"[届屆][^\d,，。;；:：、]{0,10}$")
_SESSION_AFTER = re.compile(r"会议|會議|全会|全會|全体会议|全體會議")


#: A comparison of water quality classes with a reference: 优于考核目标一个类别 (one class
#: better than the target), 劣于目标两个类别; the figure is a change of classes.
_CLASS_COMPARED_BEFORE = re.compile(
    r"(优于|好于|劣于|差于|優於|好於|劣於|差於)[^\d,，。;；:：、]{0,10}$"
)
_CLASS_WORDS = ("类别", "類別")


def _class_difference(s: str, i: int, end: int) -> int:
    """The sign of a number of water-quality classes written after 优于/劣于 and a reference
    (``优于考核目标一个类别``: +1, better by one class; ``劣于目标两个类别``: −1); 0 when the
    number at ``s[i:end]`` is not one."""
    if not s.startswith(_CLASS_WORDS, end):
        return 0
    m = _CLASS_COMPARED_BEFORE.search(s, max(0, i - 12), i)
    if m is None:
        return 0
    return 1 if m.group(1)[0] in "优優好" else -1


#: A particulate pollutant (its concentrations are given in μg/m³ everywhere), and a gas
#: named after it (CO is in mg/m³, and Taiwan gives gases in ppb): the last pollutant named
#: before a mean without a unit decides whether μg/m³ may be inferred.
_POLLUTANT_NAMED = re.compile(
    r"(?P<pm>PM2\.5|PM10|PM₂\.₅|细颗粒物|可吸入颗粒物|悬浮粒子)"
    r"|(?P<gas>CO|NO2|SO2|O3|一氧化碳|二氧化氮|二氧化硫|臭氧)"
)
_POLLUTANT_REACH = 160


def _particulate_named_before(s: str, i: int) -> bool:
    """Is the last pollutant named in the 160 characters before ``i`` a particulate?"""
    found = list(_POLLUTANT_NAMED.finditer(s, max(0, i - _POLLUTANT_REACH), i))
    return bool(found) and found[-1].group("pm") is not None
