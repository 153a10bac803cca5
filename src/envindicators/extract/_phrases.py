"""The words of a *proposed* indicator: remnants stripped, fragments told apart.

A proposed indicator is named by the noun phrase of its figure (``noun_phrase`` of
``extract._indicators``).  The phrase is cut at places, dates, figures
and verbs, so what is left can hold words that are no part of the measure's name:

* a pinyin gloss of scraped pages (``第三產(chǎn)業``, a gloss cut open ``(yè`` or closed
  ``qū)`` at either end);
* a word opening the clause that refers back or narrows (``其中``, ``该市``, ``本澳``,
  ``去年``, ``有的``), a particle or a classifier left by a count (``的各类…``, ``个城市``);
* a tail naming the places a figure ranks (``…产生量较大的省份``) or the set a count is in
  (``城镇污水处理厂中``).

:func:`tidy_phrase` strips these.  :func:`names_no_object` tells a phrase that is only the
head of a measure (``面积``, ``产生量``, ``综合利用率``, ``达标率``, ``Ⅳ类``): such a phrase
names no object, so the link it proposes needs review: :func:`object_of` finds the object in
an earlier clause of the sentence (``尾矿产生量…，综合利用率…`` → 尾矿).  :func:`names_no_measure`
tells a phrase that names no measure at all (a place, a time, ``目标``, a figure reference, a
verb fragment such as ``不降反``): the row needs review and its subject says so.
:func:`names_a_fragment` tells a phrase cut inside a clause that no stripping mends
(``須每``, ``至日``, ``廢物 創``): marked, it needs review too.  :func:`names_an_act` tells a
count's phrase that names what was done (``完成整改并通过验收20项``), whose object an earlier
count of the sentence names (``反馈的23项问题``).
"""

from __future__ import annotations

import re

from envindicators.extract._actions import WORK_VERBS
from envindicators.units import CURRENCY_NAMES, to_simplified
from envindicators.units.text import TONE_VOWELS

__all__ = [
    "AMOUNT_HEAD",
    "CHANGE_HEAD",
    "COMPARED_AFTER",
    "DURATION_NOUN",
    "HANDLED",
    "HAND_OVER",
    "LIST_AND",
    "MATTER_ACTS",
    "MODIFIER_ALONE",
    "NETWORK_NOUNS",
    "PART_OPENER",
    "PETITIONS_HANDED",
    "RECEIVE",
    "list_member",
    "mend_lost_glosses",
    "names_a_bare_mean",
    "names_a_fragment",
    "names_a_measure",
    "names_a_place",
    "names_a_reference",
    "names_an_act",
    "names_no_measure",
    "names_no_object",
    "object_of",
    "part_name",
    "population_at",
    "tidy_phrase",
]

#: Letters of pinyin with a tone mark (a gloss has at least one).
_TONED = "".join(sorted(TONE_VOWELS))
#: The letters of pinyin, in a character class (``_places._GLOSS`` reads them too).
PINYIN_LETTERS = f"a-zü{_TONED}"
_PINYIN = f"[{PINYIN_LETTERS}]"
#: A whole gloss after a character (產(chǎn)), one cut open at the end of the phrase (業(yè) or
#: closed at its start (qū), …): a run of lowercase pinyin holding a toned letter.
_GLOSS = re.compile(
    rf"[(（]{_PINYIN}*[{_TONED}]{_PINYIN}*[)）]"
    rf"|[(（]{_PINYIN}*[{_TONED}]{_PINYIN}*$"
    rf"|^{_PINYIN}*[{_TONED}]{_PINYIN}*[)）]?"
)
#: Words at the start of a phrase that are no part of a measure's name: references back
#: (其中, 该市, 本澳, 这些), times (去年, 今年, 当年), a narrowing word (有的), a word
#: adding to what was said (另, 另外, 此外 — not 另类), a particle (的), and a bracket or a
#: mark — an opening quote only when the phrase does not close it.
_HEAD_REMNANT = re.compile(
    r"^(其中|该(省|市|县|州|盟|旗)|该区(?!域)|该地(?!区)|本(澳|港|省|市|县)|本区(?!域)|这些|上述|"
    r"(去年|今年|当年)(?!度)|同期|全年|有的|的(?![士确])|(与|和|同)?(相比|相较)(?=[\u4e00-\u9fff]{2})|"
    r"另外|此外|另(?![类行])|"
    r"“(?![^“”]*”)|"  # an opening quote closed later is the name's («“散乱污”企业»)
    r"[)）”\"'\s,，、:：;；/／])+"
)
#: Words at the end of a phrase that name the places or units a figure ranks or the set it
#: is counted in (产生量较大的省份 — with 较, 最 or 相对: 质量好的城市 names what is counted —,
#: 城镇污水处理厂中, 城市里 — not 公里, 千里), the 自/从 opening a span whose year was cut
#: (比率自|103年), a distributive word whose figure follows (榜单各|有20个, 昼间、夜间各|10094
#: 点次) or a modal or future word whose verb follows (告发率将|由6%提高至12.9%, 天数需|控制在7天
#: 内), the name of a currency (:data:`_CURRENCY`), and unbalanced brackets and quotes.
#: The names of a currency (人民币, 新台币, 港币 …), longest first: written after the words of a
#: figure (``罰鍰新臺幣|5萬元``, ``依法可處新臺幣|10萬元``) a name is the figure's unit, no
#: part of what it measures.
_CURRENCY = "|".join(sorted(CURRENCY_NAMES, key=len, reverse=True))
_TAIL_REMNANT = re.compile(
    r"((较|最|相对较?)(大|多|高|低|少|小|好|差)的(省份|省|城市|地区|地市|企业|行业|园区)|"
    r"(?<=[\u4e00-\u9fff]{2})(?<![集空其期途])中|(?<=[\u4e00-\u9fff]{2})(自|从)|"
    r"(?<=[\u4e00-\u9fff]{2})(?<![公千万英海华])里|(?<=[\u4e00-\u9fff)）])(各|每|将|须|需|可以|能够|应当|应该)|"
    rf"(?<=[\u4e00-\u9fff]{{2}})({_CURRENCY})|"
    r"[(（“\"'\s,，、:：;；/／])+$"
)
#: A word of degree after a measure's name (``数量较多``, ``降低率高|达10%``, ``浓度最高``): the
#: text ranks or judges the figure, the words before name it; cut only when they end in a
#: measure noun (:data:`MEASURE_END`; not ``质量好``, ``日最大``).
_DEGREE_TAIL = re.compile(r"(较|最|更|很|相对较?|比较)?(高|低|多|少|大|小)$")
#: Text in another language at either end of a phrase, after or before a space (a bilingual
#: table's ``化学需氧量排放量(吨)   discharge amount of cod``): Latin words and brackets, of
#: which :data:`_PROSE` finds two words of prose (not ``AQI``, ``PM2.5``, ``VOCs``).
_FOREIGN_EDGE = re.compile(
    r"\s+[A-Za-z][A-Za-z\s()'.,;:/-]*$|^[A-Za-z(][A-Za-z\s()'.,;:/-]*\s+(?=[^\sA-Za-z])"
)
#: Two Latin words of prose, one of them of three lowercase letters or more.
_PROSE = re.compile(r"[A-Za-z]+\s+[A-Za-z]+")
_LOWER_WORD = re.compile(r"[a-z]{3,}")
#: A fragment's ends: a phrase starting with 至 or 到 (``至日均``: the figure's verb and
#: the words of the measure after it, cut), or ending in a word whose object or figure
#: follows (``须每|五年``, ``廢物创|十年新高``, ``对|…``, ``各``, an ordinal's ``第`` of a
#: rank, ``并列第|1``), a modal (``可以``).
#: Chinese on both sides of a space is no sign: text from PDF files is spaced inside words
#: (``NO2 平均 浓度``, ``百分 位浓度``) as often as a headline runs two pieces together
#: (``治污 历史最高``).
_FRAGMENT_START = re.compile(r"^(至|到)")
_FRAGMENT_END = re.compile(
    r"(各|每|至|到|须|需|将|把|被|创|对|向|与|和|及|或|第|可以|能够|应当|应该)$"
)

#: A discourse word after the name a sentence is about (的部分, 部分: "as for …",
#: ``O3-8hr的部分則由112年56.7 ppb…``, ``每人每日垃圾清運量部分也由…``, ``自動測站部分也完成…``):
#: no part of the name, cut when the words before it name a measure, a pollutant's Latin
#: identifier or a network's stations (:func:`_names_a_topic`).
_PART_TAIL = re.compile(r"的?部分$")
#: A name ending in a Latin letter or digit: a pollutant's identifier (O3-8hr, PM2.5, SO2).
_LATIN_END = re.compile(r"[A-Za-z][A-Za-z0-9._-]*$")
#: The heads of a change (of the level before it): 增幅, 降幅, 增长率 ….
_CHANGE_WORDS = "增幅|降幅|涨幅|增速|增长率|下降率|降低率"
#: A name ending in a change's head (a level's name never does).
CHANGE_HEAD = re.compile(f"({_CHANGE_WORDS})$")

#: The head of a measure, which alone names no object: an amount, a rate, a share, an
#: area, a concentration, an index …, a water quality class (Ⅳ类, 劣Ⅴ类) or a degree of
#: pollution, with the words that qualify the head (综合, 平均, 年均 …) and, before them, a
#: verb of use and the year a stock was laid up (利用往年贮存量, 处置往年贮存量, 当年产生量:
#: of what?).
#: A class of water quality or a grade written alone (Ⅱ类, 劣Ⅴ类水质, 二级): one home for the
#: bare head below and the class counted alone (:mod:`envindicators.extract._indicators`).
QUALITY_CLASS = r"(劣|差)?[ⅠⅡⅢⅣⅤ1-5一二三四五](类|级)(水质)?"
#: The grades of pollution (HJ 633's 轻度 … 严重, and 轻微), each a class of days or of a
#: measure: a grade alone names no measure, with 污染 it names one grade.
POLLUTION_GRADES = r"轻微|轻度|中度|重度|严重"
#: The share words (比例, 比重, 比率, 占比), a measure's head alone.
SHARE_WORDS = r"比例|比重|比率|占比"
#: The rate of an act (执行率, 办结率, 告发率, 回收率, 不合格率 …), a growth rate (成长率, the
#: Taiwan word for 增长率), the progress of an act (办理进度) and a turnover (交易额, 成交量):
#: alone they name no object (the execution rate of which budget, the turnover of which
#: market), each a measure's head.
ACT_MEASURE_WORDS = (
    r"(执行|办结|告发|检控|运行|回收|收集|清运|普及|去除|发生|达成|满意|减量|成长|不合格|不良)率|"
    r"(办理|整改|工作|执行)?进度|(交易|成交)(额|量)"
)
#: A share said of what the words before it name (所占比例, 其所占比重, 所占百分比: the share
#: the thing named takes), never a measure's head alone: its object is written before it.
SHARE_OF_NAMED = re.compile(rf"其?所占({SHARE_WORDS}|百分比)")
#: The nouns of a monitoring network's points (断面, 点位, 站位 …; simplified, alternatives):
#: ``断面超标率`` is a rate over the sections of something the phrase does not name.
NETWORK_NOUNS = r"断面|点位|站位|测站|站点|监测点|监测站|测点"
#: The times of a day a measure is taken over (昼间, 夜间 …): a qualifier of a measure's head
#: (``夜间总达标率``: of what?), members of one list (``功能区声环境昼间、夜间达标率``), and a time
#: alone names no measure (:func:`names_no_measure`).
TIMES_OF_DAY = r"早上|上午|中午|下午|晚上|夜间|白天|昼间|夜晚|全天"
_HEAD_ONLY = re.compile(
    rf"(利用|处置|处理)?(往年|历年|以往|当年|本年|上年|当期)?({TIMES_OF_DAY})?(实际|设计)?"
    r"(综合|平均|年均|日均|均|累计|全年|总|年|新增|达标|超标)?(集中)?"
    r"((排放|产生|利用|处置|处理|贮存|削减|使用|消费)(总)?(量|率)|"
    rf"{_CHANGE_WORDS}|长度|宽度|"
    r"达标率|超标率|优良率|合格率|覆盖率|完成率|利用率|"
    rf"{SHARE_WORDS}|{ACT_MEASURE_WORDS}|面积|浓度|天数|日数|指数|数量|总量|个数|负荷|"
    rf"{QUALITY_CLASS}(比例|占比)?|({POLLUTION_GRADES})(污染)?)"
)
#: Pieces that no measure's name holds, cut from either end of a phrase: a year with the
#: word that opens or closes a span (``自103年``, ``2015年以来``) and a figure or table
#: reference (``图1``, ``表2-3``); at the end, with the verb that reaches it (``缩减至113年``,
#: ``成长为112、113年``).
_EDGE_FRAGMENT = re.compile(
    r"^((自|从|于|在)?\d{2,4}年(以来|起|度|底|末)?|[图表]\d+(-\d+)?)+"
    r"|((自|从|于|在|[\u4e00-\u9fff]{0,2}(至|到|为))?(\d{2,4}[、和及与至到-])*\d{2,4}年(以来|起|底|末)?"
    r"|[图表]\d+(-\d+)?)+$"
)
#: A subject and a verb of reporting or doing before what a count counts (``各级部门共办理``,
#: ``开展了``, ``确定``), or a station, a time and a verb of recording before what a reading
#: measures (``水坑尾监测站录得|空气质量…日数``, ``環保署在北區錄得|指數``): the phrase is
#: what follows them.
_REPORTING_VERB = re.compile(
    r"^.{0,12}?(共办理|共查处|共受理|开展了|确定了?|(共|均|亦|全年)?(录得|测得))"
)
#: The acts done to matter whose amounts are measured (产生, 处理 …: 产生量, 处理量).
MATTER_ACTS = "排放|产生|利用|处置|处理|贮存|削减|使用|消费|清运|收集"
#: The head of an amount (产生量, 综合利用量, 排放总量) in an earlier clause's phrase: what
#: precedes it is the object the amount is of (``尾矿产生量`` → 尾矿).
AMOUNT_HEAD = re.compile(rf"(综合|累计|年|总)?({MATTER_ACTS})(总)?量")
#: The set a figure is taken over, written before its object: places or units named as a
#: population — a list of sizes (大、中城市), a threshold (地级及以上城市, 规模以上工业企业) or
#: a survey (重点调查工业企业) — then 城市, 地区, 企业 …: the object is what follows
#: (``大、中城市|工业危险废物``, ``重点发表调查工业企业|尾矿``); a place word without such a
#: mark is part of the object (农村地区生活垃圾, 城市生活垃圾).
_POPULATION = re.compile(
    r"^.*?(、|和|及|以上|以下|调查|重点|规模|所有|全部)[\u4e00-\u9fff]{0,6}?"
    r"(城市|地区|省份|地市|县区|区县|乡镇|企业|单位)"
)
#: A phrase that opens with what was done to something, after adverbs and modals
#: (``完成整改并通过验收``, ``需长期持续整改``, ``已办结``): it names an act, not what the act
#: was done to.
_ACT = re.compile(
    r"^(已经|已|均已|均|全部|基本|正在|尚未|未|仍需|需要|需|须|还需|应)*(长期|持续|加快|依法)*"
    r"(完成|通过|办结|整改|落实|销号|解决|推进|实施|查处|关停|取缔|立案|移送|核实|退回|验收)"
)
#: The end of a phrase naming what the act is done to (整改任务, 查处案件, 关停企业).
_ACTED_ON = re.compile(r"(任务|问题|项目|措施|工作|方案|清单|案件|企业|单位|件|人|家|户)$")
#: Words that refer back or open a clause, which are no object (其, 该, 对, 在 …).
_NO_OBJECT_WORDS = re.compile(r"^(其|该|此|这|本|对|在|以|从|将|把)")
#: Places a count counts (城市, 地区 …; not 全市, 各地: a subject): written before a verb of
#: reporting they are what is counted (城市开展了降水监测), not a subject to cut.
_COUNTED_PLACE = re.compile(r"城市|地区|区域|省份|地市|县区|区县|乡镇")
#: What no measure is: a place or division word alone (地区, 城市: ``_PLACE_WORD``, which
#: does name what a count of places counts), a time (晚上, 上半年) or a unit of the calendar
#: alone (月份, 其他月份, 季度: ``其他月份皆在5次以下``, the months of which measure?), a plan's
#: word (目标, 任务), a figure reference (图1), a verb or a verb fragment (确定, 不降反, 为期,
#: 约谈), the modal and verb of a legal bound (``依法可处|新台币…``: the bound of a fine, whose
#: currency :func:`tidy_phrase` cuts), 涉及 and the division a count is spread over
#: (``涉及市辖区|3件``), the words of a comparison (相较, 降至), an adverb (大幅) — a phrase
#: that is only one (or two) of these names no measure.
_PLACE_WORD = r"(全国|全省|全市|各地|地区|区域|城市|省份|地市|县区|辖区|全球|世界)"
#: … of them, the verbs (确定, 约谈, 问责, 处罚 …): whom, what?
_VERB_NO_MEASURE = (
    r"(确定|开展|为期|实现|完成|达到|超过|不足|约谈|问责|改造|整改|处罚|查处|立案|检查)"
)
_NO_MEASURE = re.compile(
    rf"({TIMES_OF_DAY}|期间|同期|上半年|下半年|年初|年底|年末|当日|当天"
    r"|(其他|其余|其它|各|部分|个别)?(月份|年份|季度|时段))"
    r"|(依法)?(最高|最低)?(可|得|应|将|并)(处以?|罚|科处)|(依法)?(处以|科处)"
    r"|涉及[\u4e00-\u9fff]{0,4}[区县市旗镇乡州盟]"
    r"|(目标|任务|指标|要求|计划|规划|标准|限值)"
    r"|[图表]\d+(-\d+)?"
    r"|"
    + _VERB_NO_MEASURE
    + r"|(相较|相比|较|比|同比|环比|(降低|下降|降|减少|缩减|增|上升|提高)至)"
    r"|不[\u4e00-\u9fff]反|(不降|不升|不减|不增)(反)?|(微幅|大幅|小幅|明显|持续|稳步)"
)

#: A verb comparing a figure with the figure before it (``人均棄置量為1.48公斤，稍低於2022年
#: 的1.51公斤``: 1.51 is the same measure's level of another time or place).
#: The words written *after* the thing compared with (与2015年相比, 與臺北市相較, 和上年对比, 跟去年
#: 同期比较; simplified script): the one home of this vocabulary for the place compared with
#: (``_places._WITH_AFTER``), the year compared with (``_periods._COMPARED_AFTER``,
#: ``_reader._BASE_YEAR_AFTER``) and the reference words of a phrase (:data:`_REFERENCE`).
COMPARED_AFTER = r"(?:相比|相较|比较|对比)"
#: A conjunction between two members of a list (以及, 和, 及, 与; either script), not the 及 of
#: the verb 涉及, which opens a list (``涉及水、大气和其他环境污染问题``).  The one home of the
#: split a list is read by: :func:`list_member` and ``_lists`` (its members and their parts).
LIST_AND = r"(?<=[\u4e00-\u9fff\w)）])(?<!涉)(?:以及|和|及|与|與)(?=[\u4e00-\u9fff\w(（])"
#: The verbs of an inspection's complaints handed over to a place, the one home of this
#: vocabulary (simplified script; issue 13, role40).  :data:`PETITIONS_HANDED` (交办, 转办) hand
#: over petitions only; :data:`HAND_OVER` adds 移交 and 转交, which may hand over other things too
#: (``移交司法机关``); :data:`RECEIVE` are the receiving side's verbs (``我省接到…``, ``共接收案件
#: 21批``) and :data:`HANDLED` those of finishing or answering them.  Read by
#: ``_roles._TRANSFER_VERB`` (a count of batches transferred: all four),
#: ``_periods._TODAY`` (今天 as the day of a batch handed over or received) and
#: ``_inspections._CUE`` (``督察组交办的…件``: over the stationing).
PETITIONS_HANDED = "交办|转办"
HAND_OVER = PETITIONS_HANDED + "|移交|转交"
RECEIVE = "转来|交来|接到|收到|接收|受理"
HANDLED = "办结|反馈"
#: The verbs of an inspection's visits (走访42个部门, 走访问询44个部门, 走访调研52个有关部门,
#: 对41个相关部门进行了走访问询): the bodies visited are the work done, no body doing it.
#: Read by ``_roles.reference_or_process`` (a count of agencies visited is an outcome).
VISITS = "走访|问询|调研"
#: The word that opens a part of the figure before it (``4018人被问责，其中省级领导12人``,
#: ``已办结5767件，其中立案处罚374家``): the one home of the word for the part's name
#: (``_indicators._PART_OPENING``) and its role (``_roles.part_of_done``: a part of a whole
#: told as done is done).
PART_OPENER = "其中"
_COMPARED_WITH = r"(低于|高于|少于|多于|小于|大于|优于|好于|差于|劣于|不及|超出)"
#: The verbs that tell a result beside its target, by the margin written after the target
#: (好于年度目标4.1个百分点, 优于考核目标, 低于95年度目标值, 高出市下达年度指标5.9个百分点, 超过年度
#: 预期目标0.1个百分点): the comparing verbs of :data:`_COMPARED_WITH`, 高出 and 超过.  The one
#: home of the margin's verbs for its role (``_roles._MARGIN``) and its indicator
#: (``_indicators._MARGIN_OVER_TARGET``).
MARGIN_VERBS = r"(?:" + _COMPARED_WITH + r"|高出|超过)"
#: Words that point at another figure's time or base rather than name a measure: the same
#: period of a year before (去年同期, 上年同期), a year before (上年, 去年), the words of a
#: comparison (同比, 环比, 相比, 较, 比, 与…相比, 和上年对比: :data:`COMPARED_AFTER`) and
#: their particles (之, 的), and a verb comparing with it (``稍低於``, ``高于上年的``:
#: :data:`_COMPARED_WITH`, after an adverb).
_REFERENCE = re.compile(
    r"(与|和|同)?(较|比|相较|相比)?(去年|上年|前年|上期|上月|同期|基准年|基期|同比|环比)*"
    + COMPARED_AFTER
    + r"?(之|的)?"
    r"|(稍|略|略微|均|也|亦|仍|都|则|明显|远|大幅)?"
    + _COMPARED_WITH
    + r"(去年|上年|前年|上期|上月|同期|基准年|基期)*(同期)?(之|的)?(水平)?"
)
_REFERENCE_WORD = re.compile(
    r"去年|上年|前年|上期|上月|同期|基准年|基期|同比|环比|相比|相较|" + _COMPARED_WITH
)
#: The last character of a division's name (张店区, 桓台县, 潮州市): a phrase ending in it
#: may be a place the text names in a list of places.
_DIVISION_END = "区县市旗镇乡州盟"
#: The units of a division's own level, written as a place among its divisions in a split
#: (``钟山19件…，市直8件``, ``双辽市3件…，市辖区1件``): the departments directly under the
#: city (市直, 市本级) and the city's own urban districts (市辖区); simplified script.
OWN_LEVEL_UNITS = frozenset(
    f"{level}{unit}" for level in "省市县区" for unit in ("直", "本级", "直属")
) | frozenset({"市辖区"})
#: Verbs of what is done in the work these texts report (问责, 收到, 查处, 整改, 巡查 …), longest
#: first: one alternation of :data:`envindicators.extract._actions.WORK_VERBS`, their home.
ACT_VERBS = "|".join(WORK_VERBS)
#: The words of a total before a verb (共收到, 累计交办, 总计裁处; not the 共 of 公共, 总共's 共).
TOTAL_WORDS = r"总共|一共|共计|累计|合计|总计|(?<![公总一])共(?![同享性识有])"
#: A verb of the work done, the acts of :data:`ACT_VERBS` (裁处 among them) and of receiving
#: and passing on petitions and cases (接到, 转办).
_WORK_VERB = rf"{ACT_VERBS}|接到|接获|接收|转办"
#: A body that acts (督察组, 环保部门, 被督察地区, 中央环保督察), then a total or 已 and a
#: verb of the work: the clause's subject, written before what the figure counts
#: (``督察组共收到|群众举报``, ``被督察地区已|问责人数``).
_ACTOR_CLAUSE = re.compile(
    r"^(?P<actor>[^\d，,。；;]{0,14}?(组|部门|局|厅|委|政府|单位|督察|督查|地区|地方|机关|中心|队))"
    rf"(?:{TOTAL_WORDS}|已经|已)(?P<act>(?:{_WORK_VERB}).*)$"
)
#: A total before a verb that ends the phrase (``亂丟菸蒂總計|裁處``, ``第二批…督察共|交办``):
#: the total belongs to the figure (8件 of 37 in all), not to the name of what is counted.
_TOTAL_BEFORE_VERB = re.compile(
    rf"(?<=[\u4e00-\u9fff”\"]{{2}})(?:{TOTAL_WORDS})(?=(?:{_WORK_VERB})$)"
)
#: A total opening a phrase before a verb of the work (``三区|合计|责令整改``, ``共|收到群众举报``
#: after its actor was cut as a place): the total belongs to the figure, the act is the name.
#: Not 累计, which also qualifies an amount (累计处理量, 累计完成投资).
_TOTAL_OPENING = re.compile(
    rf"(?:总共|一共|共计|合计|总计|(?<![公总一])共(?![同享性识有]))(?=(?:{_WORK_VERB}))"
)
#: An adverb of scope and a verb of comparison after a measure's name (``委託代燒比率均超|逾8成``,
#: ``达标率均达|100%``, ``浓度皆低于``): the words before name the figure.
_ADVERB_TAIL = re.compile(r"(均|皆|都|亦|也|仍)(超过|超出|超|逾|达到|达|为|在|低于|高于|不足)?$")
#: A verb of having or setting up before what a count counts (有, 共建立, 已批准建设).
_HAVING = re.compile(
    r"^(全省|全市|全国|全区)?(已|共|累计)?(批准)?(有|拥有|建立|建成|建设|设立|划定)了?"
)
#: The nouns that make the words they end a measure's name wherever they are written (a
#: rate, a concentration, a share, an index, a number of days, an area): the core read by
#: :data:`MEASURE_END`, :data:`_OWN_HEAD` and ``_lists._MEASURE_WORD``, which add the words
#: of their own use.
MEASURE_NOUNS = ("率", "浓度", "比例", "比重", "占比", "指数", "天数", "面积")
_MEASURE_NOUN = "|".join(MEASURE_NOUNS)
#: The end of a member of a list that names its own measure (PM2.5浓度, 达标率, 排放量).
_OWN_HEAD = re.compile(rf"({_MEASURE_NOUN}|长度|(排放|产生|利用|处置|处理|削减|使用|消费)(总)?量)$")
#: The noun a measure's name ends in (:data:`MEASURE_NOUNS`; 量, 数, 金额 …).
MEASURE_END = re.compile(
    rf"({_MEASURE_NOUN}|(?<!质)量|数|数目|长度|金额|资金|投资|规模|能力|人口|"
    r"负荷|强度|密度|当量|分贝|声级|时数|日数)$"
)
#: A copula and what follows it to the figure, when that is one to six characters naming
#: no measure (``清运量为|稍``, ``排放量为|轻度``, ``覆盖率为|连续``): the subject before it
#: names the figure.
_COPULA_REST = re.compile(r"(为|是)(?=[^\d]{1,6}$)(?![^\d]*(率|量|数|面积|浓度|比例|比重|指数)$)")
#: The noun of a duration at the end of a phrase (督察进驻时间, 执行期间, 平均厂龄, 列管期限,
#: 计划经理年资): a span of years or months after it is the level of that measure, not the
#: length of a trend or an event.
DURATION_NOUN = re.compile(r"(时间|时长|期间|期限|时限|年限|年资|周期|工期|寿命|龄)$")
#: A modifier that picks some of the things a count counts (``重点1件``: of the petitions, the
#: key ones), written alone before a figure: it names which things, never what they are.
MODIFIER_ALONE = re.compile(r"重点|重大")
#: A count's classifier after its figure (自然保护区13个, 风景名胜区51处).
COUNT_CLASSIFIER = re.compile(r"\s*(个|個|處|处|座|家|条|條|块|塊|片|宗|所)")


def _balanced(words: str) -> str:
    """``words`` without an unclosed bracket: an opening bracket never closed is cut with
    what follows it (``二氧化硫(SO2`` → 二氧化硫), a closing bracket never opened with what
    precedes it (``区)AQI达标率`` → AQI达标率) — unless that leaves less than two
    characters, then the bracket alone is dropped."""
    opened: list[int] = []
    unmatched: list[int] = []
    for i, c in enumerate(words):
        if c in "(（":
            opened.append(i)
        elif c in ")）":
            if opened:
                opened.pop()
            else:
                unmatched.append(i)
    closing = [i for i in unmatched if words[i] in ")）"]
    lo = closing[-1] + 1 if closing else 0
    hi = opened[0] if opened else len(words)
    if hi - lo >= 2:
        return words[lo:hi]
    bad = set(unmatched) | set(opened)
    return "".join(c for i, c in enumerate(words) if i not in bad)


#: A question mark standing for a lost character and the opening bracket of its gloss: a
#: text whose encoding broke writes ``類(lèi)`` as ``?lèi)`` and ``優(yōu)良`` as ``?yōu)良`` —
#: a ``?`` right before a toned pinyin syllable and its closing bracket (not a question's
#: mark: no question is followed by a gloss's close).
_LOST_GLOSS_OPENING = re.compile(rf"\?(?={_PINYIN}*[{_TONED}]{_PINYIN}*[)）])")


def mend_lost_glosses(text: str) -> str:
    """``text`` with a gloss's lost opening bracket written back, one character for one.

    A text whose encoding broke writes a character and the ``(`` of its pinyin gloss as one
    ``?`` (``平均空氣質量?yōu)良天數比例``): the ``?`` would end a sentence in the middle of a
    name (``良天數比例``, cut from its figure's measure).  A ``?`` right before a toned
    pinyin syllable and its closing bracket is read as that ``(``, so that the gloss is
    one (:func:`_strip_glosses` drops it) and no sentence ends there.  Offsets are kept (one
    character for one); a question mark before anything else is left.

    Parameters
    ----------
    text : str
        A report's text (either script).

    Returns
    -------
    str
        The text, each such ``?`` written ``(``.

    Examples
    --------
    >>> mend_lost_glosses("空氣質量?yōu)良天數比例為82.3%")
    '空氣質量(yōu)良天數比例為82.3%'
    >>> mend_lost_glosses("真的嗎?(記者)")
    '真的嗎?(記者)'
    """
    return _LOST_GLOSS_OPENING.sub("(", text)


#: Livestock and poultry, as a keeper or a stock count names them (生猪养殖户, 养羊户,
#: 蛋鸡存栏): longest first, so that 生猪 is read before 猪.
_ANIMALS: tuple[str, ...] = ("猪", "生猪", "母猪", "能繁母猪", "牛", "肉牛", "奶牛", "黄牛", "牦牛")
_ANIMALS += (
    "羊",
    "肉羊",
    "山羊",
    "绵羊",
    "鸡",
    "蛋鸡",
    "肉鸡",
    "鸭",
    "鹅",
    "禽",
    "家禽",
    "兔",
    "马",
    "驴",
)
LIVESTOCK = "|".join(sorted(_ANIMALS, key=len, reverse=True))
#: A stock of animals counted alone — head on hand (存栏, 存笼) or sent to slaughter (出栏,
#: 出笼) — without the animal.
_STOCK_ALONE = re.compile(r"(存栏|出栏|存笼|出笼)(量|数)?")
#: The keepers of an animal (生猪养殖户, 肉牛养殖场, 养羊户, 蛋鸡饲养户): the animal is what
#: their stock counts.
_KEEPERS = re.compile(
    rf"(?P<a>{LIVESTOCK})(养殖|饲养)(户|场|大户|企业|小区)|养(?P<b>{LIVESTOCK})(户|场)"
)


def animal_kept(phrase: str, before: str) -> str | None:
    """The name of a stock count that names no animal, by the keepers written before it;
    else ``None``.

    ``存栏`` (head on hand) and ``出栏`` (head sent to slaughter) alone count the animals of
    the keepers the clauses before name — the last of them: ``生豬養殖戶442戶，存欄42299頭``
    counts pigs, ``養羊戶69戶，存欄3106隻`` sheep.  The name is the animal and the stock word,
    as written (``生豬存欄``, ``羊存欄``).

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase.
    before : str
        The words of its sentence before its clause.

    Returns
    -------
    str or None
        The animal's stock, ``None`` when the phrase is no stock word alone or no keepers
        are written before it.

    Examples
    --------
    >>> animal_kept("存欄", "生豬養殖戶442戶，存欄42299頭﹔養羊戶69戶，")
    '羊存欄'
    >>> animal_kept("存栏", "全县养殖场126家，") is None
    True
    """
    words = phrase.strip()
    if not _STOCK_ALONE.fullmatch(to_simplified(words)):
        return None
    keepers = list(_KEEPERS.finditer(to_simplified(before)))
    if not keepers:
        return None
    last = keepers[-1]
    group = "a" if last.group("a") else "b"
    return before[last.start(group) : last.end(group)] + words


def population_at(words: str) -> str | None:
    """The set of places or units written at the start of ``words`` as a population — a list
    of sizes or a threshold before 城市, 地区, 企业 … (:data:`_POPULATION`) — as written, else
    ``None``.

    Examples
    --------
    >>> population_at("大、中城市一般工业固体废物产生量")
    '大、中城市'
    >>> population_at("城市生活垃圾") is None
    True
    """
    m = _POPULATION.match(to_simplified(words))
    return words[: m.end()] if m else None


def _strip_glosses(phrase: str) -> str:
    """``phrase`` without pinyin glosses (``產(chǎn)業`` → ``產業``)."""
    return _GLOSS.sub("", phrase)


#: A list item's number opening the words or following a space (a heading's, or a sub-item's
#: after its heading): ``三、``, ``(一)``, ``2.``, ``(1)`` — not a list of numerals
#: (``一、二级``), nor a decimal or a date (``2.5``, ``1、2号``).
_ITEM_NUMBER = re.compile(
    r"(?:^|(?<=\s))(?:[一二三四五六七八九十]{1,3}[、．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]"
    r"|\d{1,2}[、．.])(?![一二三四五六七八九十\d])\s*"
)


def _after_item_number(phrase: str) -> str:
    """``phrase`` after the last list item's number it holds (:data:`_ITEM_NUMBER`).

    A phrase read from a numbered item opens with the item's number, and one read across
    its heading holds the heading and the sub-item's number: what the figure measures is
    the words of the last item (``三、 陳情案件品質提升 (1) 完成專責人員教育訓練`` →
    ``完成專責人員教育訓練``; ``2. 重污染天数`` → ``重污染天数``).  Unchanged when fewer
    than two characters would be left.

    Examples
    --------
    >>> _after_item_number("2. 重污染天数")
    '重污染天数'
    >>> _after_item_number("三、 陳情案件品質提升 (1) 完成專責人員教育訓練")
    '完成專責人員教育訓練'
    >>> _after_item_number("一、二级城市"), _after_item_number("PM2.5浓度")
    ('一、二级城市', 'PM2.5浓度')
    """
    marks = list(_ITEM_NUMBER.finditer(phrase))
    if not marks:
        return phrase
    rest = phrase[marks[-1].end() :].strip()
    return rest if len(rest) >= 2 else phrase


def _strip_foreign(phrase: str) -> str:
    """``phrase`` without text in another language at its ends (``化学需氧量排放量(吨)
    discharge amount of cod`` → ``化学需氧量排放量(吨)``): Latin words after or before a
    space holding two words of prose; unchanged when less than two characters of
    Chinese would be left."""
    words = phrase
    for m in reversed(list(_FOREIGN_EDGE.finditer(phrase))):
        piece = m.group()
        if not (_PROSE.search(piece) and _LOWER_WORD.search(piece)):
            continue
        cut = (words[: m.start()] + words[m.end() :]).strip()
        if len(re.findall(r"[\u4e00-\u9fff]", cut)) >= 2:
            words = cut
    return words


def tidy_phrase(phrase: str) -> str:
    """A proposed indicator's phrase without the words that are no part of its name.

    Strips pinyin glosses (anywhere) and the words up to a list item's last number
    (``三、``, ``(1)``: :func:`_after_item_number`), then, until nothing changes, remnants at
    the start (``其中``, ``该市``, ``本澳``, ``去年``, ``有的``, ``的``, a classifier) and at
    the end (``较大的省份``, a set's ``中``, a degree after a measure noun, ``数量较多``,
    unbalanced brackets and quotes).  The rules read the
    simplified script; the words are returned as written.  A phrase that would be left with
    fewer than two characters is returned with its glosses stripped only.

    Parameters
    ----------
    phrase : str
        The words of the text naming a figure.

    Returns
    -------
    str
        The phrase, tidied.

    Examples
    --------
    >>> tidy_phrase("其中利用往年贮存量")
    '利用往年贮存量'
    >>> tidy_phrase("该市区域声环境昼间平均等效声级")
    '区域声环境昼间平均等效声级'
    >>> tidy_phrase("第三產(chǎn)業(yè")
    '第三產業'
    >>> tidy_phrase("废酸产生量较大的省份")
    '废酸产生量'
    >>> tidy_phrase("问题整改完成数量较多")
    '问题整改完成数量'
    """
    words = _after_item_number(_strip_foreign(_strip_glosses(phrase).strip()))
    while True:
        simple = to_simplified(words)  # one character for one: offsets carry over
        head = _HEAD_REMNANT.match(simple)
        lo = head.end() if head else 0
        tail = _TAIL_REMNANT.search(simple, lo)
        hi = tail.start() if tail else len(simple)
        degree = _DEGREE_TAIL.search(simple, lo, hi)
        if degree is not None and names_a_measure(simple[lo : degree.start()]):
            hi = degree.start()  # 完成数量较多, 能耗降低率高|达: the measure, not its degree
        scope = _ADVERB_TAIL.search(simple, lo, hi)
        if scope is not None and names_a_measure(simple[lo : scope.start()]):
            hi = scope.start()  # 委託代燒比率|均超: the measure, not what is said of it
        part = _PART_TAIL.search(simple, lo, hi)
        if part is not None and _names_a_topic(simple[lo : part.start()]):
            hi = part.start()  # O3-8hr|的部分, 清運量|部分: what the sentence is about
        if (lo, hi) == (0, len(simple)) or hi - lo < 2:
            cut = _balanced(_cut_fragments(words))
            if cut == words:
                return words
            words = cut
            continue
        words = words[lo:hi]


def _names_a_topic(words: str) -> bool:
    """Whether ``words`` (simplified), before a discourse 的部分/部分, name what a sentence
    is about: a measure (:func:`names_a_measure`: 每人每日垃圾清运量), a pollutant's Latin
    identifier (O3-8hr, PM2.5) or a network's stations (:data:`NETWORK_NOUNS`: 自动测站) —
    not a share word's head (大部分, 一部分) nor an act (未整改部分: the part not done).

    Examples
    --------
    >>> _names_a_topic("O3-8hr"), _names_a_topic("每人每日垃圾清运量"), _names_a_topic("自动测站")
    (True, True, True)
    >>> _names_a_topic("大"), _names_a_topic("未整改"), _names_a_topic("旱田")
    (False, False, False)
    """
    if len(words) < 2:
        return False
    return (
        names_a_measure(words)
        or bool(_LATIN_END.search(words))
        or bool(re.search(f"({NETWORK_NOUNS})$", words))
    )


def _cut_fragments(words: str) -> str:
    """``words`` without a year or figure reference at either end and without the subject
    and verb of reporting before what a count counts (returned as written; unchanged when
    nothing of two characters would be left)."""
    simple = to_simplified(words)
    lo, hi = 0, len(simple)
    for m in _EDGE_FRAGMENT.finditer(simple):
        if m.start() == 0 and m.end() > 0:
            lo = m.end()
        elif m.end() == len(simple) and m.start() > lo:
            hi = m.start()
    verb = _REPORTING_VERB.match(simple[lo:hi])
    # 确定 alone stays (it names no measure); places before the verb are what is counted
    # (城市开展了降水监测: the cities), not a subject to cut
    if (
        verb is not None
        and hi - lo - verb.end() >= 2
        and not _COUNTED_PLACE.search(simple[lo : lo + verb.start(1)])
    ):
        lo += verb.end()
    actor = _ACTOR_CLAUSE.match(simple[lo:hi])
    if actor is not None and len(actor["act"]) - len(_verb_at(actor["act"])) >= 2:
        lo += actor.start("act")  # 督察组共|收到群众举报: the act and its object, no subject
    opening = _TOTAL_OPENING.match(simple, lo, hi)
    if opening is not None and hi - opening.end() >= 2:
        lo = opening.end()  # 合计|责令整改: the act, without the total
    total = _TOTAL_BEFORE_VERB.search(simple, lo, hi)
    if total is not None:  # 亂丟菸蒂總計|裁處: the verb after the thing, without the total
        words = words[: total.start()] + words[total.end() :]
        simple = simple[: total.start()] + simple[total.end() :]
        hi -= total.end() - total.start()
    copula = _COPULA_REST.search(simple, lo, hi)
    if copula is not None and names_a_measure(simple[lo : copula.start()]):
        hi = copula.start()  # 清运量为|稍, 排放量为|轻度: the subject, not what follows 为
    return words[lo:hi] if hi - lo >= 2 else words


def _verb_at(act: str) -> str:
    """The verb of work that opens ``act`` (``收到`` of ``收到群众举报``), else ``""``."""
    verb = re.match(_WORK_VERB, act)
    return verb.group() if verb else ""


def names_a_measure(phrase: str) -> bool:
    """Whether a phrase ends in a noun of a measure: a rate, an amount, a number, an area, a
    concentration, a share, an index, a number of days … (:data:`MEASURE_END`), so that it
    names what a figure measures (``森林覆盖率``, ``生活垃圾清运量``, ``优良天数``), not
    only a thing, a grade, a verb or a comparison (``轻度``, ``办理``, ``稍低于``).

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase (either script).

    Returns
    -------
    bool
        ``True`` when the phrase has at least two characters and ends in a measure noun.

    Examples
    --------
    >>> names_a_measure("生活垃圾清運量"), names_a_measure("輕度"), names_a_measure("率")
    (True, False, False)
    """
    words = to_simplified(phrase.strip())
    return len(words) >= 2 and bool(MEASURE_END.search(words))


def names_a_fragment(phrase: str) -> bool:
    """Whether a phrase is a fragment of the text rather than the name of a measure.

    The phrase of a figure is cut from the words before it; when the cut falls inside a
    clause the phrase keeps words that need what the cut left out:

    * it starts with 至 or 到 (``至日`` of ``上升百分之四，至日均二點一公斤``: the verb that
      reaches the figure, and only part of the measure after it);
    * it ends in a word whose object or figure follows (``須每|五年``, ``廢物 創|十年新高``,
      ``各``, ``对``, a conjunction ``和``, the ``第`` of a rank ``并列第|1``, a modal
      ``可以``) and could not be stripped
      (:func:`tidy_phrase` strips 各, 每, 将, 须 … when two characters are left);
    * it is one character.

    Such a phrase names no measure one can trust: the link it proposes needs review.

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase (tidied: :func:`tidy_phrase`).

    Returns
    -------
    bool
        ``True`` when the phrase reads as a fragment.

    Examples
    --------
    >>> names_a_fragment("須每"), names_a_fragment("至日"), names_a_fragment("廢物 創")
    (True, True, True)
    >>> names_a_fragment("人均固體廢物量"), names_a_fragment("PM2.5 浓度")
    (False, False)
    """
    words = to_simplified(phrase.strip())
    return len(words) < 2 or bool(_FRAGMENT_START.match(words)) or bool(_FRAGMENT_END.search(words))


def names_no_object(phrase: str) -> bool:
    """Whether a phrase is only the head of a measure and names no object.

    ``面积``, ``产生量``, ``综合利用率``, ``达标率``, ``Ⅳ类``, ``重度污染`` name what is
    measured of something the phrase does not say (the area of what, the rate of which
    waste): a link proposed with such a phrase needs review.

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase.

    Returns
    -------
    bool
        ``True`` when the phrase is a measure's head alone.

    Examples
    --------
    >>> names_no_object("综合利用率"), names_no_object("尾矿综合利用率")
    (True, False)
    """
    return bool(_HEAD_ONLY.fullmatch(to_simplified(phrase.strip())))


def names_no_measure(phrase: str, *, places: bool = True) -> bool:
    """Whether a phrase names no measure at all.

    A place or division word alone (``地区``, ``全国``), a time (``晚上``, ``上半年``), a
    plan's word (``目标``, ``任务``), a figure reference (``图1``) or a verb or a verb
    fragment (``确定``, ``不降反``, ``为期``, ``约谈``: whom?) says nothing of what a figure
    measures: a proposed indicator named by it needs review.

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase.
    places : bool, default True
        Whether a place word (``城市``, ``地区``) names no measure; ``False`` for a count
        of places (``23个城市``), whose phrase names what it counts.

    Returns
    -------
    bool
        ``True`` when the phrase is one of these words alone (or two of them, also
        joined by 、, 和, 及 or 与: ``昼间、夜间``).

    Examples
    --------
    >>> names_no_measure("目標"), names_no_measure("不降反"), names_no_measure("目标完成率")
    (True, True, False)
    >>> names_no_measure("城市"), names_no_measure("城市", places=False)
    (True, False)
    """
    words = to_simplified(phrase.strip())
    word = f"{_PLACE_WORD}|{_NO_MEASURE.pattern}" if places else _NO_MEASURE.pattern
    return bool(re.fullmatch(f"(?:{word})(?:[、和及与]?(?:{word}))?", words))


def names_a_verb(phrase: str) -> bool:
    """Whether a phrase is only a verb naming no measure (``约谈``, ``問責``, ``处罚``: whom,
    what?), one of the verbs :func:`names_no_measure` reads.

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase (either script).

    Returns
    -------
    bool
        ``True`` for one such verb alone.

    Examples
    --------
    >>> names_a_verb("問責"), names_a_verb("问责人数"), names_a_verb("上半年")
    (True, False, False)
    """
    return bool(re.fullmatch(_VERB_NO_MEASURE, to_simplified(phrase.strip())))


def object_of(phrase: str, *, counted: bool = False) -> str | None:
    """The object an amount in an earlier clause is of (``尾矿产生量`` → ``尾矿``), else ``None``.

    A rate or an amount written alone (``综合利用率为35%``) is of the object the sentence
    named with an amount before it (``尾矿产生量为1.2亿吨，…``): the words before that
    amount's head, after a ``的`` (``企业的粉煤灰`` → 粉煤灰) and after the set the figure is
    taken over (``大、中城市工业危险废物``, ``规模以上工业企业…``: a list, a threshold or a
    survey, then 城市, 企业 … — :data:`_POPULATION`).  Words that refer back
    (``其产生量``) or name no measure are no object.

    A count names its object too (``有国家级自然保护区13个，面积22.6万公顷``: the area is
    the protected areas'): with ``counted``, the phrase is the words before a count's
    figure, and the object is those words after a verb of having or setting up (有, 建立,
    批准建设) and after a ``的``.

    Parameters
    ----------
    phrase : str
        The (tidied) phrase of an earlier clause of the sentence.
    counted : bool, default False
        Whether ``phrase`` is what a count counts (no amount's head needed).

    Returns
    -------
    str or None
        The object, as written, or ``None`` when the phrase names none.

    Examples
    --------
    >>> object_of("尾矿产生量"), object_of("其产生量"), object_of("优良天数")
    ('尾矿', None, None)
    >>> object_of("已批准建设自然保护区", counted=True)
    '自然保护区'
    >>> object_of("大、中城市工业危险废物产生量"), object_of("重点调查工业企业尾矿产生量")
    ('工业危险废物', '尾矿')
    """
    simple = to_simplified(phrase)
    if counted:
        having = _HAVING.match(simple)
        words = tidy_phrase(phrase[having.end() if having else 0 :])
        if AMOUNT_HEAD.search(to_simplified(words)) or names_no_object(words):
            return None  # an amount or a measure is no counted thing
    else:
        head = AMOUNT_HEAD.search(simple)
        if head is None or head.start() < 2:
            return None
        words = tidy_phrase(phrase[: head.start()])
    words = words[words.rfind("的") + 1 :] if "的" in words[:-1] else words  # 企业的|粉煤灰
    population = _POPULATION.match(to_simplified(words))
    if population is not None and len(words) - population.end() >= 2:
        words = words[population.end() :]  # 大、中城市|工业危险废物: the set is no object
    if (
        len(words) < 2
        or _NO_OBJECT_WORDS.match(to_simplified(words))
        or names_no_measure(words)
        or names_no_object(words)
        or re.search(r"[\d、和及与]", words)
    ):
        return None
    return words


#: A whole that is a verb phrase (问责, 被问责, 告发, 出现, 治理水土流失): an act, after the
#: passive 被 and adverbs, names the things it was done to after it (问责|科级干部).
_VERB_WHOLE = re.compile(rf"^(被|已经|已|共|共计|累计|均|全部|依法)*({ACT_VERBS})")


def part_name(whole: str, part: str) -> str:
    """The name of a part that ``其中`` opens, from its own words and its whole's.

    The part's words are a qualifier of the whole (``自然保护区4个，其中县级1个``;
    ``问责共139人。其中，科级干部37人``), joined to it in natural order by the grammar of
    the whole: a verb phrase (``问责``, ``被问责``, ``出现``) is followed by the part it
    was done to (``问责科级干部``), before the ``人数`` of a count of persons (``问责人数`` →
    ``问责科级干部人数``); a noun phrase (``自然保护区数量``, ``信访件``) is
    preceded by the part qualifying it (``县级自然保护区数量``).  A part ending with the
    whole's head noun (two characters: ``取缔项目`` of ``减排项目``) gives only its
    qualifier (``取缔减排项目``), and a verb whole's object of that head noun gives way to
    the part (``检查企业`` and ``化工企业``: ``检查化工企业``).  The text's ``其中`` is never
    part of the name.

    Parameters
    ----------
    whole : str
        The whole's phrase (what the figure before ``其中`` measures).
    part : str
        The part's own words (what the figure after ``其中`` is written with).

    Returns
    -------
    str
        The part's name, in the script the words were written in.

    Examples
    --------
    >>> part_name("问责", "科级干部"), part_name("被問責", "省級領導")
    ('问责科级干部', '被問責省級領導')
    >>> part_name("自然保护区数量", "县级"), part_name("信訪件", "油煙")
    ('县级自然保护区数量', '油煙信訪件')
    >>> part_name("农业源减排项目", "取缔项目"), part_name("檢查企業", "化工企業")
    ('取缔农业源减排项目', '檢查化工企業')
    >>> part_name("问责人数", "科级干部")
    '问责科级干部人数'
    """
    whole, part = whole.replace("其中", ""), part.replace("其中", "")
    simple_part, simple_whole = to_simplified(part), to_simplified(whole)
    shared = len(part) > 2 and len(whole) > 2 and simple_whole.endswith(simple_part[-2:])
    if _VERB_WHOLE.match(simple_whole) and simple_whole.endswith("人数"):
        return f"{whole[:-2]}{part}{whole[-2:]}"  # 问责|科级干部|人数: persons of a part
    if _VERB_WHOLE.match(simple_whole):
        return f"{whole[:-2]}{part}" if shared else f"{whole}{part}"
    return f"{part[:-2]}{whole}" if shared else f"{part}{whole}"


def names_an_act(phrase: str) -> bool:
    """Whether a phrase names what was done, not what it was done to.

    In ``反馈的23项问题，完成整改并通过验收20项、需长期持续整改3项`` the words of 20 and 3
    are acts (``完成整改并通过验收``, ``需长期持续整改``): the things counted, 问题, were
    named by an earlier count.  A phrase opening with a verb of finishing, rectifying or
    handling (完成, 整改, 办结, 查处 …), after adverbs and modals (已, 均, 需, 长期 …),
    names an act — unless it ends with what the act is done to (``整改任务``, ``查处案件``).

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase.

    Returns
    -------
    bool
        ``True`` when the phrase opens with such a verb.

    Examples
    --------
    >>> names_an_act("完成整改并通过验收"), names_an_act("需長期持續整改")
    (True, True)
    >>> names_an_act("整改任务"), names_an_act("问题")
    (False, False)
    """
    words = to_simplified(phrase.strip())
    return bool(_ACT.match(words)) and not _ACTED_ON.search(words)


#: A mean named by its statistic alone (平均值, 年平均濃度, 均值, 年均值): of what, the
#: sentence said before it.
_BARE_MEAN = re.compile(r"(与|较|比)?(年|日|月|季)?(平均值|平均浓度|均值|平均)")


def names_a_bare_mean(phrase: str) -> bool:
    """Whether a phrase is a mean's statistic alone, naming no pollutant or measure.

    ``112年PM2.5年平均值為8.6…，較111年平均值7.5``: the second figure's phrase is
    ``平均值`` — the mean of what the figure before it in the sentence measures, as a
    comparison base (:func:`names_a_reference`) is.

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase.

    Returns
    -------
    bool
        ``True`` when the phrase is a mean's word alone (either script).

    Examples
    --------
    >>> names_a_bare_mean("平均值"), names_a_bare_mean("年平均濃度")
    (True, True)
    >>> names_a_bare_mean("PM2.5平均浓度"), names_a_bare_mean("落塵量平均值")
    (False, False)
    """
    return _BARE_MEAN.fullmatch(to_simplified(phrase.strip())) is not None


def names_a_reference(phrase: str) -> bool:
    """Whether a phrase is only words pointing at another figure's time or base.

    ``去年同期``, ``上年``, ``较上年同期之``, ``同比``, ``与…相比`` name the period or the base
    a figure is compared with, never what it measures: the figure measures what the figure
    it is compared with measures.  So does a verb of comparison alone, after an adverb and
    before the base's time (``稍低於``, ``略高于上年的``, ``均优于``): the figure after it is
    the level the figure before it is set against (``人均棄置量為1.48公斤，稍低於2022年的
    1.51公斤``).

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase.

    Returns
    -------
    bool
        ``True`` when the phrase is reference words alone.

    Examples
    --------
    >>> names_a_reference("去年同期"), names_a_reference("較上年同期之")
    (True, True)
    >>> names_a_reference("稍低於"), names_a_reference("高于上年的")
    (True, True)
    >>> names_a_reference("同期降水量"), names_a_reference("高于全国平均水平")
    (False, False)
    """
    words = to_simplified(phrase.strip())
    return bool(_REFERENCE.fullmatch(words) and _REFERENCE_WORD.search(words))


def names_a_place(phrase: str, places: list[str]) -> bool:
    """Whether a phrase is a division's name like the places written around it.

    In a list of places each with its figure (``高新区(34)、经开区(31)、张店区(29)``) a
    name the gazetteer does not know (经开区) is a place too when it is short (at most four
    characters), ends like a division (区, 县, 市 …) and a place of the list ends the same
    way: the phrase names no measure.

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase.
    places : list of str
        The place names written near the figure.

    Returns
    -------
    bool
        ``True`` when the phrase reads as one more place of the list.

    Examples
    --------
    >>> names_a_place("经开区", ["张店区", "高新区"]), names_a_place("经开区", ["桓台县"])
    (True, False)
    """
    words = to_simplified(phrase.strip())
    if not 2 <= len(words) <= 4 or words[-1] not in _DIVISION_END or words in places:
        return False
    return any(to_simplified(p).endswith(words[-1]) and len(p) >= 2 for p in places)


#: A list member that is a water-quality class or range (Ⅰ～Ⅲ类, Ⅳ类, 劣Ⅴ类, 劣V類) or
#: a class of acoustic function zone (0类, 2类, 4a类: GB 3096's classes 0–4, 4a, 4b):
#: the thing classed is named once, after the last member.
_CLASS_MEMBER = re.compile(
    r"劣?[ⅠⅡⅢⅣⅤIV]{1,4}(?:[~～\-—–至到][ⅠⅡⅢⅣⅤIV]{1,4})?[类類]|(?<![\d.])[0-4][abAB]?[类類]"
)
#: A word that ends the name of a category of a breakdown: a sector (金属工业, 农业, 服务业;
#: not 企业, 作业, 就业 …: things and acts), a grade (省级, 优良级), a pollution type (大气污染),
#: a source (工业源), a type (…型).
_CATEGORY_WORD = r"(?:(?<![企作就毕专事职营])业|级|污染|源|型)"
#: The name of a category a total is broken down into (simplified script; ``fullmatch``):
#: a class (:data:`_CLASS_MEMBER`; 纸类 — not 这类, 各类, 两类), or words ending in a
#: category word (:data:`_CATEGORY_WORD`).
#: A grade written as a letter (``A级``, ``D級`` of graded sites or firms; not ``5A级``, a
#: scenic area's stars, nor a word's letters ``PM级``): a category of a breakdown.
_LETTER_GRADE = r"(?<![A-Za-z\d])[A-F][+＋]?级"
CATEGORY = re.compile(
    _CLASS_MEMBER.pattern
    + "|"
    + _LETTER_GRADE
    + r"|[\u4e00-\u9fff]{0,10}(?:"
    + _CATEGORY_WORD
    + r"|[^\d种这此各该两几多][类類])"
)
#: A category at the start of words that go on to what it classes (轻度污染|天数比例,
#: Ⅰ～Ⅲ类|水质断面比例, 极差级|点位; ``match``).
CATEGORY_HEAD = re.compile(
    _CLASS_MEMBER.pattern + "|" + _LETTER_GRADE + r"|[\u4e00-\u9fff]{1,6}?" + _CATEGORY_WORD
)


def list_member(phrase: str, k: int, n: int, *, parts: list[str] | None = None) -> str | None:
    """The ``k``-th of ``n`` figures' own words in a list that shares one verb (分别).

    ``化学需氧量、二氧化硫、氨氮排放量分别下降1.1%、0.6%、2.2%``: the list of the phrase
    (split at 、 and at a last 和, 及 or 与) has one member per figure, and the measure's
    head written after the last member (排放量: the longest end of it that names no object,
    :func:`names_no_object`) is every member's: the second figure's words are 二氧化硫排放量.
    When the other members are all of one length and one of them ends in the character
    the last member has at that length, the last member's words after that length are the
    shared head (耕地、林地、草地|土壤点位超标率; not 二氧化硫、可吸入悬|浮粒子排放量).
    A member that ends with a head of its own (PM2.5浓度) keeps its words.  Members that
    are water-quality classes (``Ⅰ～Ⅲ类、Ⅳ～Ⅴ类和劣Ⅴ类水质断面``) share what the last one
    names after its class (水质断面).  Members that are times of a day share what the first
    one names before its time (``功能区声环境质量昼间、夜间总达标率``: :func:`_times_of`).

    Parameters
    ----------
    phrase : str
        The words before the list's first figure.
    k : int
        The figure's place in the list (0 for the first).
    n : int
        The number of figures of the list.
    parts : list of str, optional
        The members as the caller split them (:func:`~envindicators.extract._lists.list_parts`:
        at 、 only when a member's name holds 和, ``煤炭开采和洗选业、造纸和纸制品业``);
        by default the phrase split at 、 and at 和, 及, 与.

    Returns
    -------
    str or None
        The member with the shared head, ``None`` when the list does not have ``n``
        members, no head is written after its last member or a member is empty.

    Examples
    --------
    >>> list_member("化学需氧量、二氧化硫、氨氮排放量", 1, 3)
    '二氧化硫排放量'
    >>> list_member("化学需氧量、二氧化硫、氨氮排放量", 2, 3)
    '氨氮排放量'
    >>> list_member("化学需氧量、二氧化硫排放量", 0, 3) is None
    True
    >>> list_member("轻微、轻度和重度污染点位比例", 0, 3)  # members of one length
    '轻微污染点位比例'
    >>> list_member("Ⅰ～Ⅲ类、Ⅳ～Ⅴ类和劣Ⅴ类水质断面", 1, 3)  # water classes of one thing
    'Ⅳ～Ⅴ类水质断面'
    >>> list_member("功能区声环境质量昼间、夜间总达标率", 1, 2)  # times of a day of one thing
    '功能区声环境质量夜间总达标率'
    """
    if parts is None:
        parts = re.split("、|" + LIST_AND, phrase)
    if n < 2 or len(parts) != n or not 0 <= k < n or any(len(p.strip()) < 1 for p in parts):
        return None
    last = parts[-1].strip()
    simple = to_simplified(last)
    head = next(
        (i for i in range(1, len(simple) - 1) if names_no_object(simple[i:])),
        None,
    )
    lead = _CLASS_MEMBER.match(last)
    if (
        lead is not None
        and lead.end() < len(last)
        and all(_CLASS_MEMBER.fullmatch(p.strip()) for p in parts[:-1])
    ):  # Ⅰ～Ⅲ类、Ⅳ～Ⅴ类和劣Ⅴ类|水质断面: classes of one thing, its name after the last
        head = lead.end()
    elif head is None and (substance := _substances_member(parts)) is not None:
        head = substance  # 化学需氧量和氨氮|重点工程减排量: substances of one measure
    elif head is None:  # 优良级、…和极差级|点位: categories of one thing, named after the last
        head = _category_head(parts)
    if head is None:
        return None
    others = {len(p.strip()) for p in parts[:-1]}
    size = min(others)
    if (
        len(others) == 1
        and size <= head
        and any(p.strip()[-1] == last[size - 1] for p in parts[:-1])
    ):  # 轻微、轻度、中度和重度|污染点位比例: members alike, ending in one character
        head = size
    own = parts[k].strip()
    if k > 0:  # 功能区声环境质量|昼间、夜间|总达标率: what the times of a day are of
        own = _times_of(parts[0].strip(), [p.strip() for p in parts[1:-1]] + [last[:head]]) + own
    if k == n - 1 or _OWN_HEAD.search(to_simplified(own)):
        return own
    return own + last[head:]


def _substances_member(parts: list[str]) -> int | None:
    """Where the shared words start in a list's last member when every member is a
    substance's name (:data:`~envindicators.extract._lexicon._SUBSTANCES`) and the last
    writes more after its own (``氮氧化物、化学需氧量和氨氮|重点工程减排量``: the measure
    every substance's figure is of), else ``None``.

    Examples
    --------
    >>> _substances_member(["化学需氧量", "氨氮重点工程减排量"])
    2
    >>> _substances_member(["城市", "农村重点工程减排量"]) is None
    True
    """
    from envindicators.extract._lexicon import _SUBSTANCES

    if not all(_SUBSTANCES.fullmatch(to_simplified(p.strip())) for p in parts[:-1]):
        return None
    last = parts[-1].strip()
    own = _SUBSTANCES.match(to_simplified(last))
    return own.end() if own is not None and own.end() < len(last) else None


#: A time of a day at the end of a list's first member (``功能区声环境质量|昼间``).
_TIME_OF_DAY_END = re.compile(rf"({TIMES_OF_DAY})$")


def _times_of(first: str, others: list[str]) -> str:
    """The words the first member of a list of times of a day writes before its time, which
    every member is of (``功能区声环境质量昼间、夜间总达标率``: 功能区声环境质量), else ``""``.

    The members after the first (``others``: their own words, the shared head cut from the
    last) must each be a time of a day alone (:data:`TIMES_OF_DAY`), and the words before
    the first member's time at least two characters naming no place, time or verb alone.

    Examples
    --------
    >>> _times_of("功能區聲環境質量晝間", ["夜間"])
    '功能區聲環境質量'
    >>> _times_of("昼间", ["夜间"]), _times_of("一般工业固体废物", ["危险废物"])
    ('', '')
    """
    time = _TIME_OF_DAY_END.search(to_simplified(first))
    if (
        time is None
        or not others
        or not all(re.fullmatch(TIMES_OF_DAY, to_simplified(o)) for o in others)
    ):
        return ""
    words = first[: time.start()]
    if len(words.strip()) < 2 or names_no_measure(words) or names_a_fragment(words):
        return ""
    return words


def _category_head(parts: list[str]) -> int | None:
    """Where the words the members share begin in the last member of a list of categories.

    ``优良级、良好级、较好级、较差级和极差级点位``: the members before the last are categories
    alone (:func:`~envindicators.extract._segment.is_category`: grades, sectors, pollution
    types, sources) and the last begins with one (:data:`CATEGORY_HEAD`) followed by other
    words — what every category is of (点位).  ``None`` when a member is no category or the
    last is a category alone.

    Examples
    --------
    >>> _category_head(["优良级", "良好级", "极差级点位"]), _category_head(["工业", "农业用水"])
    (3, 2)
    >>> _category_head(["钢铁", "水泥行业产能"]), _category_head(["工业源", "生活源"])
    (None, None)
    """
    from envindicators.extract._segment import is_category  # _segment imports this module

    if not all(is_category(p) for p in parts[:-1]):
        return None
    last = to_simplified(parts[-1].strip())
    lead = CATEGORY_HEAD.match(last)
    if lead is None or lead.end() >= len(last):
        return None
    return lead.end()
