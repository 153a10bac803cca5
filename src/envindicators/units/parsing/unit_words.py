"""Unit spellings of the quantity parser and the matching of a unit after a number.

Written spelling (simplified, after text normalisation) → canonical pint string.
"""

from __future__ import annotations

import re

from envindicators.units.counters import COUNTER_SPELLINGS, SERIES_COUNTERS
from envindicators.units.numerals import CHINESE_NUMERAL_CHARS
from envindicators.units.parsing.context_words import _AMOUNT_UNITS, _AREA_UNITS, _CLAUSE_DELIMITERS
from envindicators.units.parsing.tokens import _STEPS, _Unit
from envindicators.units.registry import CJK_UNIT_PATTERN, SCALABLE_UNITS, SCALE_WORDS
from envindicators.units.text import to_simplified
from envindicators.units.vocab import BOUND_WORDS, QUALIFIER

DIMENSIONLESS = "dimensionless"

#: Counter words: every simplified spelling of a counter of the registry (group ``counters``
#: of ``definitions.txt``, read by :mod:`envindicators.units.counters`); a spelling is its
#: own unit string (株 stays 株).  Traditional spellings are folded before scanning.
_COUNTERS = tuple(sorted(w for w in COUNTER_SPELLINGS if to_simplified(w) == w))

_BASE_UNITS: dict[str, str] = {
    # area
    "亩": "亩", "市亩": "亩", "公顷": "公顷", "平方公里": "平方公里", "平公里": "平方公里",
    "平方千米": "平方千米",
    "平方米": "平方米", "平米": "平方米", "平方厘米": "平方厘米",
    # length (公尺 is the metre in Taiwan: 平方公尺 m², 立方公尺 m³)
    "公里": "公里", "千米": "千米", "米": "米", "厘米": "厘米", "毫米": "毫米", "微米": "微米",
    "公尺": "米", "平方公尺": "平方米",
    # volume
    "立方米": "立方米", "立米": "立方米", "方": "方", "升": "升", "公升": "升", "毫升": "毫升",
    "立方公尺": "立方米",
    # 立方 alone after a figure is the cubic metre written short (垃圾量超过一立方以上)
    "立方": "立方米", "立方公里": "立方公里", "立方千米": "立方千米",
    # the normal cubic metre of flue gas (at reference conditions; see definitions.txt)
    "标立方米": "Nm3", "标准立方米": "Nm3",
    # 公秉 is Taiwan's kilolitre (fuel sold, 發油量133萬公秉): one cubic metre
    "公秉": "立方米",
    # mass
    "吨": "吨", "公吨": "吨", "千克": "千克", "公斤": "公斤", "克": "克", "毫克": "毫克",
    "微克": "微克",
    # time (a bare 月/日 after a number is a date, see _TIME_ONLY_DENOMINATOR)
    "年": "年", "个月": "月", "周": "周", "天": "天", "日": "日", "小时": "小时",
    "个小时": "小时", "分钟": "分钟", "秒": "秒", "星期": "周", "个星期": "周",
    # 载 is a year in written Chinese (推动至今已数十载, 十载, 三年五载; parser round 44)
    "载": "年",
    # energy, power, steam
    "千瓦时": "千瓦时", "千瓦小时": "千瓦时", "度": "度", "瓦": "瓦", "千瓦": "千瓦",
    "兆瓦": "兆瓦", "吨标准煤": "吨标准煤", "吨标煤": "吨标准煤", "千克标准煤": "千克标准煤",
    "公斤标准煤": "千克标准煤", "蒸吨": "蒸吨",
    # money, shares
    "元": "元", "人民币": "元", "%": "%", "‰": "‰", "百分点": "百分点", "个百分点": "百分点",
    # the money of Hong Kong, Macau and Taiwan, each its own unit (see definitions.txt)
    "港元": "港元", "港币": "港元", "澳门元": "澳门元", "澳门币": "澳门元", "葡币": "澳门元",
    "新台币": "新台币", "台币": "新台币",
    # working days (a dimension of their own), angles and temperatures (度: see _degree_unit)
    "工作日": "工作日", "个工作日": "工作日", "°": "degree", "°C": "degC",
    "摄氏度": "degC",
    # sound levels: 分贝 is the decibel (dB), 个分贝 as 个百分点
    "分贝": "dB", "个分贝": "dB",
    # pH units: a change of pH (下降了0.26个pH值单位) is a number, as pH itself
    "个pH单位": DIMENSIONLESS, "个pH值单位": DIMENSIONLESS, "个PH单位": DIMENSIONLESS,
    "个PH值单位": DIMENSIONLESS, "pH单位": DIMENSIONLESS, "pH值单位": DIMENSIONLESS,
}  # fmt: skip
_BASE_UNITS.update({c: c for c in _COUNTERS})
#: The units of money (元 and the money of Hong Kong, Macau and Taiwan).
_MONEY_UNITS = frozenset({"元", "港元", "澳门元", "新台币"})
#: The names of a currency (人民币, 新台币, 港币 …): every spelling of a unit of money but 元
#: itself.  Written between a bound word and its amount (超过新台币122万元, 逾人民币5000万元),
#: the name does not part the bound from the figure.
CURRENCY_NAMES = tuple(
    sorted((w for w, u in _BASE_UNITS.items() if u in _MONEY_UNITS and w != "元"), key=len)
)

#: Time units allowed only as denominators (吨/月, 蒸吨/时).
_DENOMINATOR_ONLY = {"月": "月", "时": "时", "h": "h", "d": "d", "a": "a"}

#: ASCII unit atoms accepted after Arabic numbers (validated against the registry).
_ASCII_UNITS = frozenset(
    {
        "t", "kg", "g", "mg", "μg", "ug", "ng", "km", "Km", "KM", "m", "cm", "mm", "μm",
        "m2", "km2", "ha", "m3", "Nm3", "L", "l", "mL", "ml", "d", "h", "s", "min", "a", "yr",
        "kW", "MW", "GW", "W", "kWh", "MWh", "GWh", "tce", "kgce", "t_steam", "dB",
        "ppb", "ppbv", "ppmv", "ppm",
        # doses and dose rates of a radiation bulletin (γ剂量率62.3 nGy/h, 0.12 μSv/h)
        "Gy", "mGy", "μGy", "uGy", "nGy", "Sv", "mSv", "μSv", "uSv", "nSv",
    }
)  # fmt: skip
#: Frequency weightings written after dB (dB(A), dB(C)): part of the written unit.
_WEIGHTINGS = ("(A)", "(a)", "(C)", "(c)", "(Z)")
#: The same weightings glued to dB when a copy lost the parentheses (69.4dBA)).
_GLUED_WEIGHTINGS = frozenset({"dBA", "dBC", "dBZ"})
_TIME_UNITS = frozenset({"年", "月", "周", "天", "日", "小时", "分钟", "秒"})
_SHARE_UNITS = frozenset({"%", "‰"})
#: Units an amount per period (context_words._AVERAGE_RATE: 日均, 每小时平均, 年处理) may be in:
#: amounts, areas and counts, not counts of time (年均超标天数28天 is a level).
_PER_PERIOD_UNITS = _AMOUNT_UNITS | _AREA_UNITS | frozenset(_COUNTERS).difference(_TIME_UNITS)
# A unit character is not a unit when it starts one of these words (方案, 70周年, 天然气).
_NOT_UNIT_BEFORE: dict[str, frozenset[str]] = {
    "方": frozenset("面案式法向针位便可形正圆"),
    "周": frozenset("年岁边围期"),
    # 日数, 天数: the count of days as a noun (PSI值<50日数为158天: 50 is the index's bound)
    "天": frozenset("然津数"),
    # 载重, 载客, 载货, 载体, 载荷, 载人, 载运, 载明, 载入, 载有: to carry or record, no year
    "载": frozenset("重客货体荷人运明入有具量"),
    "日": frozenset("数"),
    "名": frozenset("单称义录额"),
    "位": frozenset("于置列数"),  # 两位数: a number of two digits
    "家": frozenset("庭园族乡"),
    "所": frozenset("有属以在示"),
    "处": frozenset("理置罚于"),
    "起": frozenset("来草诉"),
    "次": frozenset("产污生要级序"),
    "种": frozenset("类植子群"),
    "批": frozenset("复准示评"),
    "度": frozenset("假空"),  # 三度空间: the third dimension (not 26度空调, below)
    "口": frozenset("岸径罩"),
    "市": frozenset("场民级委政区域内容"),
    "县": frozenset("城级域委区内民"),  # 县民 (residents, 1999县民热线) as 市民 and 乡民
    "乡": frozenset("村土下亲情间民愁音里"),  # 乡村, 乡土 …: words, not townships
    "省": frozenset("级委内外政"),
    "城": frozenset("市区镇乡际"),
    # 3城市群 (city clusters), 场所, 场地, 场景, 场馆 …, 包括, 包含, 包装, 国际, 国内, 国家级,
    # 国道, 国土, 国产 …: words, not the counters 城市, 场, 包, 国 (parser round 35)
    "城市": frozenset("群"),
    "场": frozenset("所地景馆合面内外区站长址部"),
    "包": frozenset("括含装干片袋"),
    "国": frozenset("际内外家道土债企有营标控考省务产民旗歌籍"),
    # 地号 (地號): a land lot's cadastral number (大安段3地号, 丰圣段2-2地号), no count of places
    "地": frozenset("区方级下表块域质面貌震理图形处号"),
    "人": frozenset("民员口才均工士"),
    "站": frozenset("点长内外房台位区"),  # 3站点 is not three stations' points
    "区": frozenset("域县内外划间级委政"),
    "幅": frozenset("度员"),
    "则": frozenset("上"),
    "张": frozenset("家掖"),  # 张家口, 张掖: place names
    # 一部分 (a part), 部署, 部长, 部委, 部队, 部位, 部件, 部属, 部局, 部级, 部里, 部会 (of a
    # ministry); 部门 is a counter of its own (longer, read first)
    "部": frozenset("分署长委队位件属局级里会"),
    # 封闭, 封存, 封堵, 封顶, 封山, 封锁, 封面 …: words, not the counter of letters (15封来信)
    "封": frozenset("闭存堵顶山锁面装条印口"),
    # 季度, 季节, 季风, 季报, 季刊, 季末, 季初, 季后: words, not the counter of seasons (两季)
    "季": frozenset("度节风报刊末初后"),
    # 波长, 波段, 波动, 波浪, 波澜, 波纹, 波折, 波峰, 波谷, 波及, 波特, 波斯, 波兰, 波音, 波涛:
    # words, not the counter of waves (四波扫荡行动)
    "波": frozenset("长段动浪澜纹折峰谷及特斯兰音涛"),
}
#: Words a counter stays a counter before although their first character is in
#: :data:`_NOT_UNIT_BEFORE` (市政 is municipal, but 8市政府 is the governments of eight cities).
_UNIT_BEFORE_ANYWAY: dict[str, tuple[str, ...]] = {
    # 三县委托代烧, 两市委托第三方: the places, then the verb 委托 (市委, 县委 alone are the
    # party committees)
    "市": ("政府", "委托"),
    "省": ("政府", "委托"),
    "区": ("政府", "委托"),
    # 雄县三县城区: the urban areas of three counties (县城 alone is a county seat)
    "县": ("城区", "委托"),
    # 26度空调, 零下5度空气: a temperature before the thing it describes (度空间 is a dimension)
    "度": ("空调", "空气"),
    # 3天数据, 5日数据显示: days, then the data (数据 is no count of days)
    "天": ("数据",),
    "日": ("数据",),
    # 涉及4种类型, 3种类别: kinds of a type (种类 alone is the noun "kind", 种植 a verb)
    "种": ("类型", "类别"),
    # 两地号召, 三地号称: the places, then a verb (地号 alone is a land lot's number)
    "地": ("号召", "号称"),
}


#: 两 is a cardinal only: never an ordinal (二次污染 is secondary pollution, 两次污染源普查 two
#: censuses) nor a class's name (二类水; 两类 counts two kinds).
CARDINAL_ONLY = "两"
#: Counters that open a term after an ordinal (二次污染, 一次能源) but count after 两.
_COUNT_AFTER_CARDINAL_ONLY = frozenset({"次"})


#: 则 after a bounded figure is the conjunction "then" of a threshold's condition
#: (AQI<50则为良好, PM2.5浓度大于75则属超标), not the counter of notices (发布4则新闻稿).
_CONDITION_CONJUNCTION = "则"
#: The strict and inclusive bounds of a threshold, written before its figure (<, ≦, 小于, 超过 …):
#: the prefixes of :data:`~envindicators.units.vocab.BOUND_WORDS` that bound from one side.
_THRESHOLD_BOUNDS = tuple(
    sorted(
        (
            b.word
            for b in BOUND_WORDS
            if b.position == "prefix"
            and b.qualifier
            in (QUALIFIER.LESS, QUALIFIER.GREATER, QUALIFIER.AT_LEAST, QUALIFIER.AT_MOST)
        ),
        key=len,
        reverse=True,
    )
)
#: A bound, then the figure it bounds (Arabic or Chinese digits), ending where 则 follows.
_THRESHOLD_FIGURE_BEFORE = re.compile(
    rf"(?:{'|'.join(map(re.escape, _THRESHOLD_BOUNDS))})"
    rf"[ \t]*[0-9０-９.,，{''.join(sorted(CHINESE_NUMERAL_CHARS))} \t]+$"
)
#: What a threshold's condition leads to after 则: a copula or a verb of consequence
#: (则为良好, 则属超标, 则视为, 则启动预警, 则判定为, 则列入).
_CONSEQUENCE_AFTER = frozenset("为是属即视启判列进")


def _condition_conjunction(s: str, e: int) -> bool:
    """Whether the 则 ending at ``e`` joins a threshold to its consequence (AQI<50则为良好).

    A bound from one side stands before the figure and a copula or a verb of consequence after
    则; a count of notices (发布4则新闻稿, 其中2则为转载, 超过5则新闻) is none: it has no bound
    before or no consequence after.
    """
    if e >= len(s) or s[e] not in _CONSEQUENCE_AFTER:
        return False
    return _THRESHOLD_FIGURE_BEFORE.search(s, max(0, e - 24), e - 1) is not None


#: The ranks of a taxonomy (脊椎动物5纲30目87科471种): counters only in a chain of such counts,
#: elsewhere words or parts of words (一目了然, 3科室, 两属性).
_TAXON_RANKS = frozenset({"纲", "目", "科", "属"})
_TAXON_COUNT = r"[0-9〇零一二两三四五六七八九十百千]+"
#: The next count of the chain right after a rank's counter (30目87科), or the rank before the
#: count of the last one (87科471种: 种 is a counter anyway).
_TAXON_NEXT = re.compile(rf"{_TAXON_COUNT}(?:纲|目|科|属|种)")
_TAXON_BEFORE = re.compile(rf"(?:纲|目|科|属){_TAXON_COUNT}$")


def _taxon_chain(s: str, w: str, e: int) -> bool:
    """Whether the rank ``w`` ending at ``e`` counts in a chain of ranks (5纲30目87科471种)."""
    start = e - len(w)
    return _TAXON_NEXT.match(s, e) is not None or (
        _TAXON_BEFORE.search(s, max(0, start - 8), start) is not None
    )


#: 期 counts the issues of a publication (编发简报24期, 共出版12期), and only right after one
#: or after a verb of publishing; elsewhere a number before 期 names a phase or a stage (一期工程,
#: 二期稻作, 欧盟六期, 前4期计划) or, after 第, an ordinal.
_ISSUE_COUNTER = "期"
_ISSUE_BEFORE = re.compile(
    r"(?:简报|快报|专报|专刊|期刊|刊物|杂志|周报|月报|简讯|通讯|内参|画报|会刊|出版|编发|编印|刊发|"
    rf"印发|发行)(?:共|共计|合计|计|达)?[0-9０-９{''.join(sorted(CHINESE_NUMERAL_CHARS))}]+$"
)


def _issue_count(s: str, w: str, e: int) -> bool:
    """Whether the 期 ending at ``e`` counts the issues of a publication (简报24期)."""
    start = e - len(w)
    return _ISSUE_BEFORE.search(s, max(0, start - 12), start) is not None


#: The counters of a series (季, 级, 波: :data:`~envindicators.units.counters.SERIES_COUNTERS`)
#: after a word that makes the figure name a span or a place in order, not a count: 前三季 (the
#: first three quarters, a period), 近两季, 后两波, 一年四季 (an idiom).  第 is read as an
#: ordinal before any counter.
_SERIES_NOT_AFTER = frozenset("前后首末上下近年")
#: What may follow a count of grades (分为三级。, 分為A、B、C三級加強管制) — not a list of
#: the grades' names (分为一级、二级; 一级和二级), 级别, nor the noun a grade names (二级保护区,
#: 二级标准, 三级响应, 三级预警, 一级水质, 三级站).
_GRADE_NOT_BEFORE = frozenset("、和及与或至到别保标区水响预站的")
_NUMERAL_CHARS = "0-9０-９" + "".join(sorted(CHINESE_NUMERAL_CHARS))
#: A division into grades before their count (分为, 分成, 划分为, 共分), with the grades' names
#: listed between (分为A、B、C三级, 分为「良好」、「一般」和「极差」四级): no clause ends there.
_GRADE_DIVISION_BEFORE = re.compile(
    r"(?:分为|分成|划分为|划分成|划为|分作|区分为|共分)"
    rf"[^0-9０-９。;；,，:：!！?？\n]{{0,24}}?[{_NUMERAL_CHARS}]+$"
)
#: 级 counts grades only after a division into them (:func:`_series_count`).
_GRADE_COUNTER = "级"
#: One grade is no division: a count of grades is two or more (分为一级保护区 names a grade).
_ONE = frozenset({"一", "1", "１", "壹"})
_NUMERAL_CHAR = re.compile(f"[{_NUMERAL_CHARS}]")


def _series_count(s: str, w: str, e: int) -> bool:
    """Whether the counter of a series ``w`` (季, 级, 波) ending at ``e`` counts.

    季 and 波 count after a number (春冬两季, 共完成4季, 共发动四波) but not after a word that
    makes the figure a span or a place in order (:data:`_SERIES_NOT_AFTER`: 前三季, 一年四季);
    the words they open (季度, 季节, 波长, 波段 …) are stopped by :data:`_NOT_UNIT_BEFORE`.  级
    names a grade far more often than it counts one (二级标准, 三级预警, 一级保护区): it counts
    only after a division into grades (分为, 分成, 划分为 …, the grades' names between:
    :data:`_GRADE_DIVISION_BEFORE`), two or more of them, and not before a grade's noun or a
    list of grades (:data:`_GRADE_NOT_BEFORE`).
    """
    start = e - len(w)
    i = start
    while i > 0 and _NUMERAL_CHAR.match(s, i - 1):
        i -= 1
    if i == start:
        return True  # no number before it: the scanner decides (a unit after a figure)
    if s[i - 1 : i] in _SERIES_NOT_AFTER:
        return False
    if w != _GRADE_COUNTER:
        return True
    if s[i:start] in _ONE or (e < len(s) and s[e] in _GRADE_NOT_BEFORE):
        return False
    return _GRADE_DIVISION_BEFORE.search(s, max(0, start - 40), start) is not None


def _stops_unit(s: str, w: str, e: int) -> bool:
    """Whether the unit word ``w`` ending at ``e`` starts a longer word instead (方案, 天然气,
    市政工程; not 8市政府, nor 两次污染源普查), is the conjunction 则 of a threshold, a rank
    of a taxonomy outside a chain of ranks (:func:`_taxon_chain`), 期 outside a count of
    issues (:func:`_issue_count`), or a counter of a series (季, 级, 波) where the text does
    not count with it (:func:`_series_count`)."""
    if w == _CONDITION_CONJUNCTION and _condition_conjunction(s, e):
        return True
    if w in _TAXON_RANKS:
        return not _taxon_chain(s, w, e)
    if w == _ISSUE_COUNTER:
        return not _issue_count(s, w, e)
    if w in SERIES_COUNTERS and not _series_count(s, w, e):
        return True
    stop = _NOT_UNIT_BEFORE.get(w)
    if stop is None or e >= len(s) or s[e] not in stop:
        return False
    if w in _COUNT_AFTER_CARDINAL_ONLY and s[e - len(w) - 1 : e - len(w)] == CARDINAL_ONLY:
        return False
    return not any(s.startswith(word, e) for word in _UNIT_BEFORE_ANYWAY.get(w, ()))


#: Every written unit spelling the parser knows (simplified) → canonical unit string.
UNIT_SPELLINGS: dict[str, str] = dict(_BASE_UNITS)

_MAX_UNIT_LEN = max(len(u) for u in _BASE_UNITS)


def _scaled_denominators() -> dict[str, str]:
    out = {}
    for word in SCALE_WORDS:
        for unit in SCALABLE_UNITS:
            if unit in _BASE_UNITS:
                out[word + unit] = word + _BASE_UNITS[unit]
    return out


_DENOMINATORS: dict[str, str] = {**_BASE_UNITS, **_DENOMINATOR_ONLY, **_scaled_denominators()}
_DENOMINATORS.pop("%")
_DENOMINATORS.pop("‰")
_MAX_DENOM_LEN = max(len(u) for u in _DENOMINATORS)

_ASCII_UNIT = re.compile(r"[A-Za-zμ]{1,5}[0-9]?(?:_[a-z]{1,5})?")

_KEY_LENGTHS: dict[int, tuple[int, dict[str, tuple[int, ...]]]] = {}


def _key_lengths(table: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """Lengths of the keys of ``table`` by first character, longest first (memoised).

    Only these lengths can match at a position, so :func:`_match_unit_atom` tries them and
    nothing else; the longest match is the same as trying every length.
    """
    cached = _KEY_LENGTHS.get(id(table))
    if cached is not None and cached[0] == len(table):
        return cached[1]
    by_first: dict[str, set[int]] = {}
    for key in table:
        if key:
            by_first.setdefault(key[0], set()).add(len(key))
    index = {c: tuple(sorted(ls, reverse=True)) for c, ls in by_first.items()}
    _KEY_LENGTHS[id(table)] = (len(table), index)
    return index


def _match_unit_atom(s: str, j: int, table: dict[str, str], max_len: int) -> tuple[str, int]:
    """Longest key of ``table`` starting at ``j``: (written, end) or ("", j)."""
    n = len(s)
    if j >= n:
        return "", j
    lengths = _key_lengths(table).get(s[j])
    if lengths is None:
        return "", j
    for length in lengths:
        if length > n - j or length > max_len:
            continue
        _STEPS[0] += 1
        w = s[j : j + length]
        if w in table:
            if _stops_unit(s, w, j + length):
                continue
            return w, j + length
    return "", j


def _unit_starts(s: str, j: int) -> bool:
    """A unit spelled with a scale character starts at ``j`` (千瓦, 千米, 千克, 百分点 …)."""
    w, _ = _match_unit_atom(s, j, _BASE_UNITS, _MAX_UNIT_LEN)
    return len(w) > 1


#: A unit of length whose superscript (² or ³) a wrong decoding turned into ``?`` or U+FFFD
#: (``億m?``): read as the cubic unit, then settled by the clause (see
#: :func:`~envindicators.units.parsing.context_rules._misdecoded_power`).
_MISDECODED_POWER_BASES = frozenset({"m"})
_MISDECODED_MARKS = frozenset("?\ufffd")
#: The micro sign of μg lost to a wrong decoding (5.00“g/L, 35?g/m3, 35渭g/m3: µ read as a
#: quotation mark, a ``?``, U+FFFD or, from GBK, 渭): read as μg, then flagged
#: ``ambiguous_unit`` (:func:`~envindicators.units.parsing.context_rules._misdecoded_micro`):
#: the mark is the likeliest reading of the damage, not a certain one.
_MISDECODED_MICRO = frozenset('“”"?\ufffd渭')
#: Marks a damaged text layer leaves in place of a character it lost (49ug/●, 35mg/■): a
#: unit cut by one after its ``/`` has lost its denominator — read as the part written,
#: flagged ``ambiguous_unit`` (:func:`~envindicators.units.parsing.context_rules._cut_unit`).
#: (Not ○, the zero of Chinese numerals.)
DAMAGE_MARKS = frozenset("●■□◆◇▲△▼▽★☆◎�?？\ufffd")


#: A mass of carbon dioxide (or its equivalent) written with the gas after the unit, glued or
#: after one space: 21.83 MtCO2e, 53.8 Gt CO2e, 4.5 tCO2e, 0.0206 kg CO2/元, 0.509 kgCO2/度.
#: The unit is the mass (the corpus's convention: tonnes of CO2-equivalent are t); the gas
#: is part of the span, and a denominator after it is the unit's.
_CARBON_MASS = re.compile(r"(Gt|Mt|t|kg|g) ?CO2(?:-?eq?)?(?![A-Za-z0-9])")


#: A unit that ends in its power (m3, m2), then a chemical formula glued after it where a
#: copy lost the separator (平均为7μg/m3NO2浓度, 25μg/m3CO日均值, 40mg/m3PM10): the power ends
#: the unit, the capital opens the next subject (a unit's letters never follow its power).
_FORMULA_AFTER_POWER = re.compile(r"[23][A-Z]")


def _ascii_unit(s: str, j: int) -> tuple[str, int]:
    carbon = _CARBON_MASS.match(s, j, min(len(s), j + 12))
    if carbon is not None:
        return carbon.group(1), carbon.end()
    if s[j : j + 1] in _MISDECODED_MICRO and s.startswith("g", j + 1):
        w, end = _ascii_unit(s, j + 1)
        if w and "μ" + w in _ASCII_UNITS and s.startswith("/", end):
            return "μ" + w, end  # 5.00“g/L: a damaged μg, read only before a denominator
        return "", j
    if s.startswith("μ ", j):
        # 20 μ g/m3: the PDF text layer broke the unit after its prefix; μ alone is no unit,
        # so the space can only be inside the unit
        w, end = _ascii_unit(s, j + 2)
        if w and "μ" + w in _ASCII_UNITS:
            return "μ" + w, end
        return "", j
    m = _ASCII_UNIT.match(s, j, min(len(s), j + 12))
    if m is not None and m.group() in _GLUED_WEIGHTINGS:
        # 69.4dBA), 70dBA: dB(A) with its parentheses lost; the weighting is no part of the unit
        end = m.end()
        if end == len(s) or not (s[end].isascii() and s[end].isalnum()):
            return "dB", end
    if m is None or m.group() not in _ASCII_UNITS:
        return "", j
    end = m.end()
    if (
        m.group() in _MISDECODED_POWER_BASES
        and end < len(s)
        and s[end] in _MISDECODED_MARKS
        and (end + 1 == len(s) or not (s[end + 1].isascii() and s[end + 1].isalnum()))
    ):
        # 27088.1亿m?: a superscript lost to a wrong decoding; read as cubic here and settled
        # (or flagged) by the clause in context_rules._misdecoded_power
        return m.group() + "3", end + 1
    if (
        end < len(s)
        and s[end].isascii()
        and s[end].isalnum()
        and not _FORMULA_AFTER_POWER.match(s, end - 1)
    ):
        return "", j  # part of a longer word (mm in "mmHg", t in "tons")
    if m.group() == "dB" and s.startswith(_WEIGHTINGS, end):
        end += 3  # 56.6 dB(A): the frequency weighting names the measurement, not the unit
    return m.group(), end


#: Characters that may follow a denominator written with 每 (43微克每立方米的, …每吨以上,
#: 20至30微克每立方米之间); any other ideograph means 每 opens a new phrase (投入5亿元每年新增…:
#: not 元/年).
_AFTER_PER_UNIT = frozenset("的以左上或及和与、至到之")


def _ends_per_unit(s: str, e: int) -> bool:
    """The denominator after 每 ends a unit at ``e``: end of text, punctuation or a bound word."""
    if e >= len(s):
        return True
    c = s[e]
    if c in _AFTER_PER_UNIT or c in _CLAUSE_DELIMITERS or c.isspace():
        return True
    return not ("\u4e00" <= c <= "\u9fff") and not c.isalnum()


def _spaced_exponent(s: str, w: str, e: int) -> tuple[str, int]:
    """A denominator whose exponent a PDF text layer split off by one space (μg/m 3): the
    lone digit 2 or 3 is the exponent when ``w`` with it is a unit and no digit, decimal
    point or letter follows it (a space between two figures stays a separator)."""
    n = len(s)
    if (
        w
        and e + 1 < n
        and s[e] == " "
        and s[e + 1] in "23"
        and w + s[e + 1] in _ASCII_UNITS
        and (e + 2 == n or not (s[e + 2].isalnum() or s[e + 2] in ".．"))
    ):
        return w + s[e + 1], e + 2
    return w, e


#: Lengths whose square or cube a denominator names with the exponent written as a plain digit
#: (the superscript lost: 毫克/米3, 噸/公里2·月); the digit and the length name the area or
#: volume unit of the registry.
_LOST_POWERS = {
    ("米", "2"): "平方米", ("米", "3"): "立方米", ("公里", "2"): "平方公里",
    ("千米", "2"): "平方千米", ("厘米", "2"): "平方厘米",
}  # fmt: skip


def _lost_superscript(s: str, canon: str, e: int) -> tuple[str, int]:
    """A Chinese length in a denominator followed by the digit 2 or 3 (``毫克/米3``,
    ``吨/公里2·月``) is an area or a volume whose superscript a text layer lost: the digit is
    the exponent when no digit, decimal point or letter follows it (see :data:`_LOST_POWERS`)."""
    if e >= len(s):
        return canon, e
    power = _LOST_POWERS.get((canon, s[e]))
    if power is None:
        return canon, e
    after = s[e + 1] if e + 1 < len(s) else ""
    if after and (after.isdigit() or (after.isascii() and after.isalpha()) or after in ".．"):
        return canon, e
    return power, e + 1


#: 大 ("major") between a figure and the counter of categories or items (3大类, 5大项), and
#: the words those counters open (项目, 类别: 三大项目 is a name of projects, not 3 项).
_MAJOR_COUNTS = ("大类", "大项")
_MAJOR_COUNT_WORDS = ("项目", "类型")
#: the one of ``_MAJOR_COUNTS`` read after a Chinese numeral too (八大类, 三大類別, 两大类):
#: 类 is itself the category counted, never a noun naming a set (三大流域, 六大水系).
_MAJOR_CLASS = "大类"


#: A dot of a product in a denominator (吨/平方公里·月) and the periods it may join.
_PRODUCT_DOTS = frozenset("·•・⋅")
_DENOMINATOR_PERIODS = {"月": "月", "年": "年", "日": "日", "天": "日"}


#: 次 in parentheses after a counter (2.4万家(次)): the counter of visits (家次).
_TIMES_IN_PARENTHESES = ("(次)", "（次）")
#: A slash with a space on one side or both (``/ ``, `` /``, `` / ``) between a unit and its
#: denominator.
_SPACED_SLASH = re.compile(r" /[ ]?|/ ")


def _line_end(s: str, k: int) -> int:
    """End of the line that holds ``k`` (its newline's index, or the text's end)."""
    e = s.find("\n", k)
    return len(s) if e < 0 else e


def _wrapped_line(s: str, a: int, b: int) -> bool:
    """Is ``s[a:b]``, the line ending in a figure, a phrase a PDF wrapped (words before the
    figure: ``整改 5``), not a cell alone on its line (``1,250\n36.5\n臺東縣``) nor a table's
    row?"""
    return CJK_UNIT_PATTERN.search(s, a, b) is not None and not _table_line(s, a, b)


def _table_line(s: str, a: int, b: int) -> bool:
    """Is ``s[a:b]`` a line of a table (cells split by a tab or a run of spaces), where a line
    break ends a row (``苗木/萬株\n花蓮縣\t1,250\t36.5\n臺東縣``), never wraps a phrase?"""
    line = s[a:b]
    return "\t" in line or "  " in line


def _parse_unit(s: str, j: int, arabic: bool) -> _Unit | None:
    n = len(s)
    if j >= n:
        return None
    k = j
    if s[k] == " " and k + 1 < n and (s[k + 1].isalpha() or s[k + 1] in "%‰"):
        k += 1  # one space between number and unit: "35 μg/m3", "1.5 万吨"
    elif (
        arabic
        and s[k] == "\n"
        and k + 1 < n
        and CJK_UNIT_PATTERN.match(s[k + 1]) is not None
        and j > 0
        and s[j - 1].isdigit()
        and _wrapped_line(s, s.rfind("\n", 0, k) + 1, k)
        and not _table_line(s, k + 1, _line_end(s, k + 1))
    ):
        k += 1  # a PDF's line wrapped between the digits and a unit's word: 整改 5\n个
    result: _Unit | None = None
    if s[k] == "个" and k + 2 < n and s[k + 1] in "多余半":
        # 4个多月, 一个半小时, 2个多百分点: the qualifier sits inside 个月/个小时/个百分点
        for length in (3, 2, 1):
            long_w = "个" + s[k + 2 : k + 2 + length]
            if len(long_w) == length + 1 and long_w in _BASE_UNITS and long_w != "个":
                half = s[k + 1] == "半"
                q = None if half else QUALIFIER.MORE_THAN
                result = _Unit(_BASE_UNITS[long_w], k + 2 + length, half=half, qualifier=q)
                break
    if (
        result is None
        and s.startswith(_MAJOR_COUNTS, k)
        and (arabic or s.startswith(_MAJOR_CLASS, k))
        and not s.startswith(_MAJOR_COUNT_WORDS, k + 1)
    ):
        # 3大类10项工程, 5大项工作, 八大类71个, 三大類別中: 大 ("major") between a figure and
        # the counter of categories counts them (the guide's round-46 convention); after a
        # Chinese numeral only 大类 does: 四大项任务 names a fixed set, as 三大水系, 七大流域
        result = _Unit(s[k + 1], k + 2)
    if result is None:
        w, end = _match_unit_atom(s, k, _BASE_UNITS, _MAX_UNIT_LEN)
        if w:
            if _BASE_UNITS[w] == "dB" and s.startswith(_WEIGHTINGS, end):
                end += 3  # 1.7分贝(A): the weighting names the measurement, as after dB
            result = _Unit(_BASE_UNITS[w], end)
        elif arabic:
            w, end = _ascii_unit(s, k)
            if w:
                result = _Unit(w, end)
    if result is None:
        return None
    if s.startswith(_TIMES_IN_PARENTHESES, result.end) and result.unit + "次" in _BASE_UNITS:
        # 检查企业2.4万家(次): the counter of visits written with its 次 in parentheses
        result = _Unit(_BASE_UNITS[result.unit + "次"], result.end + 3)
    if (
        result.unit in ("年", "天")
        and result.end + 1 < n
        and s[result.end] == "半"
        and s[result.end + 1] not in "数年天"
    ) or (result.unit in ("年", "天") and result.end + 1 == n and s[result.end] == "半"):
        # 一年半, 两天半: the half after the unit belongs to the number (it was dropped)
        result.half = True
        result.end += 1
    # compound units: 吨/日, 立方米/万元, μg/m3
    parts = [result.unit]
    end = result.end
    for _ in range(2):
        if end < n and s[end] == "每" and len(parts) == 1 and parts[0] not in _COUNTERS:
            # 43微克每立方米, 5吨每小时, 0.5元每吨: 每 between numerator and denominator
            w, e2 = _match_unit_atom(s, end + 1, _DENOMINATORS, _MAX_DENOM_LEN)
            if not w or w in _COUNTERS or not _ends_per_unit(s, e2):
                break
            canon = _DENOMINATORS[w]
            parts.append(canon)
            end = e2
            if canon in _TIME_UNITS or canon == "时":
                result.has_time_denominator = True
            break
        spaced = _SPACED_SLASH.match(s, end)
        if spaced is not None and len(parts) == 1:
            # 40微克/ 立方米, 35 微克 / 立方米: a PDF copy's spaces around the slash, kept
            # only when a unit of the denominators follows
            w, e2 = _match_unit_atom(s, spaced.end(), _DENOMINATORS, _MAX_DENOM_LEN)
            if w:
                parts.append(_DENOMINATORS[w])
                end = e2
                if _DENOMINATORS[w] in _TIME_UNITS or _DENOMINATORS[w] == "时":
                    result.has_time_denominator = True
                continue
        if end < n and s[end] == "/":
            w, e2 = _match_unit_atom(s, end + 1, _DENOMINATORS, _MAX_DENOM_LEN)
            canon = _DENOMINATORS.get(w, "")
            if not w:
                w, e2 = _ascii_unit(s, end + 1)
                w, e2 = _spaced_exponent(s, w, e2)
                canon = w
            if not w:
                break
            canon, e2 = _lost_superscript(s, canon, e2)
            parts.append(canon)
            end = e2
            if canon in _TIME_UNITS or canon in ("时", "h", "d", "a", "yr", "s", "min"):
                result.has_time_denominator = True
            if (
                len(parts) == 2
                and end + 1 < n
                and s[end] in _PRODUCT_DOTS
                and (period := _DENOMINATOR_PERIODS.get(s[end + 1])) is not None
            ):
                # 降尘量4.1吨/平方公里·月: a product in the denominator, per area and month
                parts.append(period)
                end += 2
                result.has_time_denominator = True
                break
        else:
            break
    unit = "/".join(parts)
    if unit == "蒸吨":
        unit = "蒸吨/小时"  # bare 蒸吨 = 蒸吨/小时 (boiler capacity, see module docs)
        result.has_time_denominator = True
    result.unit = unit
    result.end = end
    return result
