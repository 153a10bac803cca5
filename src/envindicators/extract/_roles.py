"""Which figures of a report become rows, and with which role (issue 13, precision).

Rules of the reader that decide, for a figure already linked to an indicator, whether it is
a row at all and whether it is a target, an observation or context:

* :func:`repeats` — the tables keep one row per figure: a figure stated again (the same
  indicator, region, period or deadline and value, written with the same words) is no
  new row;
* :func:`commitment_before` — a word of commitment (计划, 目标) inside a document's title
  (``《…行动计划》``, ``《…目标任务责任书》``) names the document, not a promise;
* :func:`stated_as_done` — a figure its clause states as already reached (已达到, 已完成)
  is no target, unless the clause itself promises it;
* :func:`part_of_done` — the parts 其中 opens after a whole told as done
  (``已办结5767件，其中立案处罚374家``) are done too, unless their own words promise;
* :func:`part_of_plan` — the parts a sentence opened by 其中 gives of a planned whole
  (``今年共安排退耕还林任务2000万亩。其中…造林1600万亩``) are planned too: targets;
* :func:`states_met` — a figure followed by a statement that the target was met
  (``…为1.2%，均达到年度目标要求``) is an outcome;
* :func:`reporting_frame` — a sentence that tallies what was done (据统计, 本周, 截至 …)
  states outcomes: its dates are the period reported on, no deadline;
* the future and plan words (明年, 有望, 将启动, 约束性指标 …) make a commitment
  (:data:`COMMITMENT`, read in simplified script).
* :func:`no_measurement` — figures that describe the objects or the list rather than
  measure an indicator (a size threshold of the objects counted ``10蒸吨及以下燃煤锅炉``,
  a count of aspects or categories ``4个方面``, a count of the items of a heading's list
  ``…清单（9项）``), and those that are no indicator data at all (:func:`not_data`: a rule
  of frequency ``每年不少于3次``, a standard's margin ``严于…标准25%``, a zone's extent
  ``外推100米``, a count of a document's parts ``《…》提出的28项重点任务``), and the size of
  a set (:func:`set_size`: ``12个盟市…由高至低依次为``, ``南昌、新余、赣州、宜春4个城市``),
  a count of places that changed is none (:func:`places_changed`: ``枣庄等6市同比持平``), a
  bound of an attribute that picks the objects counted (:func:`attribute_bound`:
  ``千人以上集中供水水源``), a figure supposed (:func:`supposed`), a place's divisions or a
  standard's value (:func:`governed_or_limit`), an amount a law allows (:func:`legal_bound`:
  ``最高可处300万元罚款``);
* :func:`projected` — a figure its own clause projects or requires (``预计可减少24吨``,
  ``应查核25家次``) is a target to review, not an outcome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from envindicators.extract._lexicon import CASE_UNITS, DAILY_PENALTY, FINE_NOUNS
from envindicators.extract._phrases import (
    _GLOSS,
    HAND_OVER,
    HANDLED,
    MARGIN_VERBS,
    NETWORK_NOUNS,
    PART_OPENER,
    RECEIVE,
    VISITS,
)
from envindicators.units import parse_integer, to_simplified

__all__ = [
    "CLAUSE",
    "CLAUSE_BREAKS",
    "SENTENCE_BREAKS",
    "alert_bound",
    "attribute_bound",
    "class_bound",
    "commitment_before",
    "governed_or_limit",
    "in_section",
    "inside_titles",
    "legal_bound",
    "names_target_after",
    "no_measurement",
    "not_data",
    "part_of_done",
    "part_of_plan",
    "places_changed",
    "projected",
    "rated_group",
    "reference_or_process",
    "repeats",
    "reporting_frame",
    "sample_size",
    "set_size",
    "stated_as_done",
    "states_met",
    "supposed",
    "survey_design",
    "target_sections",
    "target_value",
    "time_limit",
    "title_spans",
    "transferred_batches",
    "visited",
]

#: Words of a commitment before a figure in its sentence (a standard's 要求 — 达到…标准要求的
#: 占95.2% — states compliance, not a promise): a plan's words (计划, 目标, 约束性指标), and the
#: future (明年, 下一步, 有望, 将 + a verb of doing or reaching: 将启动, 将达到, 将超过; 将 +
#: a verb of removal, or an adverb of the act's manner and a verb of removal or work:
#: 将淘汰, 将一次性淘汰燃煤锅炉165台, 将集中淘汰、整改376台 — the action announced; not 将 =
#: 把 before its object, 将13乡镇市分组考核, nor 已将);
#: 约束性指标 as a label (约束性指标：…), not as a noun (优于年度约束性指标6.1个百分点); an
#: obligation (应完成, 应于…前, 应当达到); an aim (要将PM2.5降到10微克, 要把…控制在; not
#: 主要将, 重要把).  拟 before a penalty (拟罚款, 拟处罚款, 拟给予行政处罚) is no plan: it is
#: the decision proposed in a case, told in a tally of acts done (立案处罚1304家，拟罚款7872万元).
#: Read in simplified script.
COMMITMENT = re.compile(
    r"力争|确保|目标|计划|拟(?!(处以?|给予|作出)?(行政)?(罚|处罚|没收))|将要|(?<!标准)要求(?!.*已)|必须|约束性指标(?=\s*[:：为是])|明年|下一步"
    r"|今后|有望|(?<![相对反响供效适])应(当|该)?(于|在|完成|达到|实现|控制|降至|不低于|不高于)"
    r"|(?<![主重纲只还])要(将|把|使)"
    r"|将(会|于|在|启动|实施|建成|达到|完成|实现|超过|投入|新增|提高|降低|降至|控制)"
    r"|将(要|会)?(一次性|全部|全面|陆续|逐步|集中)(淘汰|关停|拆除|关闭|取缔|整治|整改|改造|治理)"
    r"|将(淘汰|关停|拆除|关闭|取缔)"
)
#: A statement that a target or requirement was met (达到…目标要求, 完成…目标任务, 实现…
#: 目标): compliance reported, not a promise — unless a commitment word of its own
#: (力争, 确保) stands before it.
_MET = re.compile(
    r"(均|全部|都|均已|已经|已)?(达到|达|完成|实现|符合|满足)了?[^，,。；;！？\n]{0,14}?"
    r"(目标|任务|要求)(要求)?"
)
#: 目标 as the first part of a noun (主要目标任务, 年度目标责任评价考核, 目标管理): a system of
#: targets named, the object of another verb — no promise of a figure in a later clause; not
#: a label (目标任务：…, 目标任务为…).
_TARGET_NOUN = re.compile(
    r"目标(?=(任务|责任|考核|评价|管理|体系|分解)(?![^，,。；;]{0,2}[:：为是]))"
)
#: Plan and target words that name no promise of the figures after them: a plan named as
#: the means or the cause (经过…计划的实施, 随着…收费计划, 在…目标的促进下, 在督察组要求重新
#: 核实后: a request made and met before the figure), targets reported
#: as set in the past (提出了新的目标), and an aside in parentheses (…(2017年目标
#: 为68.3%)，同比上升1.2个百分点).
_NO_PROMISE = re.compile(
    r"(随[着著]|经过|通过|依托)[^，,。；;]{0,30}?(计划|规划|方案|目标)(的)?(实施|推进|落实)?"
    r"|在[^，,。；;]{0,30}?(目标|计划|规划|方案|要求)[^，,。；;]{0,12}?(下|后)"
    r"|(提出|确定|制定|明确|设定)了[^，,。；;:：]{0,12}?(目标|计划|规划)(?![:：])"
    r"|[（(][^（()）]*[）)]"
)
#: Words right before a figure that make it the value of a target (目标值为122吨, 目标为68.3%,
#: 年度目标15.7微克): a target whatever the sentence says of its other figures.
_TARGET_VALUE = re.compile(r"目标(值)?(为|是|[:：])?\s*$")
#: A margin by which a result beats (or misses) its target (好于年度目标4.1个百分点, 优于年度约束性
#: 指标6.1个百分点, 超过年度预期目标0.1个百分点, 高出市下达年度指标(90.1%)5.9个百分点; the verbs of
#: :data:`~envindicators.extract._phrases.MARGIN_VERBS`): the target is the yardstick, the figure
#: what was reached beyond it — an outcome, no promise.  Not the target's own value (优于今年
#: 目标值14微克, 好于目标为…: 值, 为, 是 or a colon after it).
_MARGIN = re.compile(
    MARGIN_VERBS + r"[^，,。；;！？\n\d]{0,12}?(目标|指标)(?![值为是:：])"
    r"(\s*[（(][^（()）]{0,20}[）)])?\s*(近|约)?\s*$"
)
#: A reporting frame of a sentence that tallies what was done (据统计, 本周/当周/上周 …,
#: 截至 …; the handling reported back, 被督察区向督察组反馈问题办理情况738件 — not the
#: handling due, 信访件的办理情况须在10天内反馈): its figures are outcomes, and the dates it
#: names the period reported on.
_REPORTING = re.compile(
    r"据(初步)?统计|经统计|(本|当|上)周|截至|截止(到)?(目前|\d)"
    r"|反馈[^，,。；;！？\n\d]{0,12}?(办理|处理|查处|整改)情况"
    r"|(数据|数字|统计|资料|监测结果|统计结果)(均)?显示"
)
#: A document's title: 《…》 (also 〈…〉 within it).
_TITLE = re.compile(r"《[^《》\n]{0,80}》")
#: A requirement followed or not (按要求, 按照方案要求, 未按要求, 按照《…实施计划》要求 — the
#: title blanked to spaces, however long): no promise of the figure.
_AS_REQUIRED = re.compile(
    r"(未|没有|不)?(按|依|根据|依据|依照)(照)?\s*[^，,。；;！？\n\s]{0,12}?\s*(要求|计划|目标)"
)
#: A plan word inside an attribute of a noun (计划提标改造的56座…, 计划关闭或搬迁的养殖场,
#: 拟实施的项目): it names the objects planned; in an earlier clause it promises nothing of
#: the figures the sentence reports after it (…，基本完成38座).  So does an obligation as an
#: attribute (2020年应完成整改的32项问题, 应达到标准的企业): it names the things due.
_PLAN_ATTRIBUTE = re.compile(
    r"(计划|拟)(?!书)[^，,。；;！？\n\d的]{1,12}的"
    r"|(?<![相对反响供效适])应(当|该)?(完成|达到|实现)[^，,。；;！？\n\d的]{0,12}的"
)
#: Words of a state found (仍有, 尚有, 目前共有, 至今): the clause describes the problem; and
#: 仅/只有 (only: ``91座…中，仅19个达到一级A标准``, ``覆盖率仅为45%``) — a shortfall found, not
#: 不仅 (not only) nor an aim to keep only some (仅保留, 仅限).
_STATE = re.compile(
    r"仍有|尚有|还有|仍然有|共有|现有|至今|未按|没有按|没有落实|未落实|未完成|(?<=[个条座家处])中有"
    r"|(目前|现在|当前|现)已"
    r"|(?<!不)仅(?!保留|限|留|此|需|用|供|作)|只有"
)
#: A deadline written in the figure's own sentence (到2020年, 2020年底前): it promises.
_OWN_DEADLINE = re.compile(r"(到|至)\d{4}年|\d{4}年[^，,。；;]{0,5}前")
#: Marks that end a sentence, and those that end a clause (a sentence's marks and the
#: comma and colon): the figure's words are read inside its clause.
SENTENCE_BREAKS = "。；;！？!?\n"
CLAUSE_BREAKS = SENTENCE_BREAKS + "，,：:"
CLAUSE = re.compile(f"[{CLAUSE_BREAKS}]")


def start_of_sentence(text: str, s: int) -> int:
    """The start of the sentence holding position ``s``: just after the last of
    :data:`SENTENCE_BREAKS` before it, or 0 where there is none.

    Examples
    --------
    >>> start_of_sentence("前句。本句有5个", 7)
    3
    >>> start_of_sentence("本句有5个", 3)
    0
    """
    return max(text.rfind(c, 0, s) for c in SENTENCE_BREAKS) + 1


def end_of_sentence(text: str, s: int, breaks: str = SENTENCE_BREAKS) -> int:
    """Where the sentence holding position ``s`` ends: the first of ``breaks`` at or after
    ``s``, or ``len(text)`` where there is none (a narrower ``breaks`` leaves ； inside a
    sentence; :data:`CLAUSE_BREAKS` gives the end of the clause).

    Examples
    --------
    >>> end_of_sentence("本句有5个。后句", 2)
    5
    >>> end_of_sentence("本句有5个", 2)
    5
    >>> end_of_sentence("有5个，后句。", 1, CLAUSE_BREAKS)
    3
    """
    return min((k for k in (text.find(c, s) for c in breaks) if k >= 0), default=len(text))


#: Characters that are no words: spaces, digits, punctuation of a figure.
_NO_WORD = re.compile(r"[\s\d.．%％,，、()（）“”\"'‘’·]")
#: How many characters before and after a figure are its words, for :func:`repeats`.
_LEAD, _TAIL = 6, 4
#: A contrast (但, 但是, 然而, 却) in a sentence: what follows may be the state found against
#: what was due before it.
_CONTRAST = re.compile(r"但是|但|然而|却")
#: An as-of date (截至2018年年底): the time of a report, no deadline of its own.
_AS_OF = re.compile(r"截[至止](到)?\d{4}年")
#: The clause states the figure as reached: 已/已经/均已/全部 + a verb of reaching or doing.
_DONE = re.compile(
    r"(已经|均已|业已|已)(全部|基本|累计|先后)?[^，,。；;\d]{0,3}?"
    r"(达到|达|完成|建成|实现|降至|降到|下降|上升|提高|增加|减少|累计|投入|关停|淘汰|拆除|整改"
    r"|退出|关闭|取缔|搬迁|通过|办结|销号)"
)
#: A task told as done ahead of its time or beyond it (提前完成, 超额完成, 提前实现): reported as
#: done — not the target a figure names after it (超额完成…下降4%的改善目标: the caller's
#: :data:`_NAMED_TARGET_AFTER`).
_DONE_AHEAD = re.compile(r"(提前|超额)(完成|实现|达到|达标|办结|销号)")
#: 已 + a coverb that puts the object before the verb (已将4000万元…列入预算, 已对…进行,
#: 已把…纳入): the act is told as done, its verb after the figure.
_DONE_COVERB = re.compile(r"(已经|均已|业已|已)(将|把|对|向|为|给)")
#: A tally of what was done in the figure's clause: 累计/共计/合计/共 + a verb of doing
#: (累计走访问询…100个, 共削减1136吨, 共計受理舉報): the sum of acts done, whatever plan
#: verb (完成, 实施) the sentence uses — unless the clause promises it.
_TALLY = re.compile(
    r"(累计|共计|合计|总计|(?<![公总一])共(?![同享性识有]))[^，,。；;\d]{0,2}?"
    r"(走访|问询|检查|督查|督办|巡查|排查|核查|抽查|查处|处罚|立案|受理|办结|交办|转办|约谈|问责"
    r"|出动|发现|削减|减少|消减|治理|修复|整治|清理|清除|拆除|关停|关闭|取缔|淘汰|改造|搬迁|完成"
    r"|实施|建成|新建|新增|投入|落实|种植|造林|植树|回收|处置|收集|清运|发放|培训|开展|召开|下达"
    r"|举办|举行|组织|接获|接到|收到|录得)"
)
#: A plan's choice of projects in the figure's clause (确定实施…项目118个, 安排建设…): a
#: promise of the plan, not projects done (已确定实施的30个项目 is told as done).  So is a
#: task or a work the plan arranges (``今年共安排退耕还林任务2000万亩``, ``2020年，安排完成清洁
#: 取暖22500户``) — not one arranged already (已安排, 累计安排: told as done).
_PLAN_CHOICE = re.compile(
    r"(?<![已经])(确定|安排|筛选)(实施|建设|推进|开展)"
    r"|(?<![已经计])安排(完成|[^，,。；;！？\n\d]{0,8}?任务)"
)
#: A verb in the perfective before the figure in its clause (实施了42处…, 完成了…): reported
#: as done — unless the figure names the target set (确定了下降25%的目标).
_PERFECTIVE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为除罢])了(?![解如])")
_NAMES_TARGET = re.compile(r"^[^，,。；;]{0,12}?的[^，,。；;]{0,6}(目标|任务|指标)")
#: Units of a rating of the objects counted (a size band: 10蒸吨及以下, 日产2000吨以下).
_RATING_UNITS = frozenset(
    {"蒸吨", "蒸吨/小时", "蒸吨/时", "吨/小时", "吨/时", "吨", "千吨", "万吨", "吨/日", "千瓦",
     "万千瓦", "兆瓦", "MW", "公顷", "亩", "立方米/日", "千伏", "千伏安"}
)  # fmt: skip
#: A bound written after a figure (以下/以上/及以下 …).
_BOUND_AFTER = re.compile(r"(及|或)?(以下|以上|以内)$")
#: After the first bound of a band, the second bound (10蒸吨以上、35蒸吨以下燃煤锅炉, 20万千瓦
#: 至30万千瓦以下机组): a figure, its unit's words and 以下/以上/以内, then the objects' noun.
_SECOND_BOUND = re.compile(
    r"^\s*[、和与至到~～-]\s*[\d.]+\s*[^\d，,。；;！？\n、]{0,6}?(及|或)?(以下|以上|以内)"
    r"\s*[\u4e00-\u9fff]"
)
#: After a size band: 的 and the objects it sets apart (10蒸吨及以下的燃煤锅炉) — not the
#: words of a target or a task (5万亩以上的目标任务, 1000吨以上的规模): then the band is
#: the figure's own value.
_OBJECTS_AFTER = re.compile(r"^的(?!目标|任务|指标|要求|规模|水平|标准|成效|成绩)[\u4e00-\u9fff]")
#: Units of an attribute of the objects counted (money paid, people served, heads kept,
#: households): a bound in one inside a noun phrase (``繳交空污費用在1萬元以上工地``,
#: ``千人以上集中供水水源``, ``養豬規模在1,000頭以上者``) picks the objects
#: (:func:`attribute_bound`).
_ATTRIBUTE_UNITS = frozenset({"元", "人", "头", "户"})
#: Right after an attribute's bound: 者 (those), or 之/的 and the objects' noun — not the words
#: of a target or a task (:data:`_OBJECTS_AFTER`'s) — the bound is a class's (simplified).
_THOSE_AFTER = re.compile(
    r"^\s*(者|(之|的)(?!目标|任务|指标|要求|规模|水平|标准|成效|成绩)[\u4e00-\u9fff])"
)
#: A noun of money itself after a bound in 元 (``1000万元以上资金``): the amount's own value.
_MONEY_NOUN = re.compile(r"^\s*(资金|经费|投资|投入|款|罚|奖|补助|补贴|费用|税|收入)")
#: A count of the objects later in the sentence (``…工地办理开工前之个别协调会，截至12月31日与
#: 75家营建业者``, ``…集中供水水源已完成保护范围划定391个``): what the bound picks is counted.
_OBJECTS_COUNTED = re.compile(
    r"[\d一二两三四五六七八九十百千]\s*(个|家|座|处|件|宗|户|项|条|所|处次|家次)"
)
#: Units counting aspects, categories, batches (4方面, 2类, 8大类, 32批, 六篇文章).
_CATEGORY_UNITS = frozenset({"方面", "类", "大类", "批", "篇", "个方面"})
#: A verb of handing cases over or receiving them in the clause of a count of batches
#: (向青海省交办的两批, 分13批累计向江西转办, 移交地方…办理的十七批, 我市共接收案件21批):
#: the batches of complaints transferred — not 开展/进驻/对…督察 (分两批对14个市州开展督察:
#: the inspection's rounds, no cases).
#: The verbs are :mod:`._phrases`' (:data:`~._phrases.HAND_OVER`, ``RECEIVE``, ``HANDLED``).
_TRANSFER_VERB = re.compile(HAND_OVER + "|" + RECEIVE + "|" + HANDLED)
#: Right after a count of batches: the complaints or cases transferred in them (两批群众信访
#: 举报件, 32批1050件, 21批共190宗, 13批案件) — a few words of their noun at most, or the
#: transfer's verb and then the noun (分13批累计向江西转办群众举报材料).
_CASES_NOUN = r"(信访|举报|投诉|案件|件|宗|问题|材料|资料|线索)"
_CASES_AFTER = re.compile(
    r"^(?![^\d，,。；;！？\n]{0,8}?督察(?!组))"  # 两批…督察共计受理: inspection rounds
    r"(?:\s*(共|共计|合计|、)?\s*(\d+|[一二两三四五六七八九十百千]+)\s*(件|宗)"
    r"|[^\d，,。；;！？\n]{0,8}?"
    + _CASES_NOUN
    + r"|[^\d，,。；;！？\n]{0,12}?("
    + _TRANSFER_VERB.pattern
    + r")[^\d，,。；;！？\n]{0,8}?"
    + _CASES_NOUN
    + ")"
)


#: A noun of a measured count of hours or days before a duration in its clause (低能见度时数,
#: 日照时数, 平均污染时数, 总时间及日数, 降水日数): the hours or days a phenomenon lasted —
#: a level of its own, no span of an act (进驻一个月, 为期三年, 平均到场处理时间).
_MEASURED_SPAN = re.compile(r"(时数|小时数|日数|天数)(?![\u4e00-\u9fff]{0,2}比例)")
#: Right before a duration: a span of a trend or of work (近五年, 连续三年, 过去两年, 为期一个月,
#: 历时两年) — no measured count, whatever its sentence names before.
_SPAN_WORD_BEFORE = re.compile(r"(近|连续|过去|为期|历时|长达)$")
#: 平均 (on average) in a time's own clause before it (``到场处理时间平均18.0分钟``, ``平均到场
#: 处理时间2.42小时``, ``陈情平均为13.6分钟``) — not 平均每 (a rate per unit).
_AVERAGE_BEFORE = re.compile(r"平均(?!每)")
#: The units of a time an act takes (seconds to days): the units an average time is read in.
_TIME_TAKEN_UNITS = frozenset({"秒", "秒钟", "分", "分钟", "min", "小时", "h", "天", "日"})


def measured_span(text: str, s: int, unit: str = "") -> bool:
    """Whether the duration starting at ``s`` is a measured count of hours or days.

    A duration whose sentence names before it a count of hours or days
    (:data:`_MEASURED_SPAN`: ``低能见度时数由2004年的1,570小时减至…401小时``, ``年日照时数
    2912.2小时``, ``总时间及日数分别为1535小时及322日``) measures how long a phenomenon
    lasted: an outcome, not the span of an act (``进驻一个月``, ``连续三年``).  So does an
    average time taken (``受理陈情案件至陈情现场所需花费时间平均18.0分钟``, ``公害陳情案件平均
    到場處理時間2.42小時``): 平均 in its own clause before a time of seconds to days
    (:data:`_TIME_TAKEN_UNITS`, given ``unit``) is the performance reached, not a span set.

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s : int
        The duration's start.
    unit : str
        The duration's unit as the parser gives it (an average is read only in
        :data:`_TIME_TAKEN_UNITS`; empty: not read).

    Returns
    -------
    bool

    Examples
    --------
    >>> measured_span("低能见度时数由2004年的1,570小时减至去年的401小时", 25)
    True
    >>> measured_span("督察组进驻一个月", 5)
    False
    >>> measured_span("統計所需花費時間平均15.5分鐘", 10, "分鐘")
    True
    >>> measured_span("平均每两年开展一次，每次约3天", 13, "天")
    False
    """
    # the sentence, not the clause: a list's comma (1,570小时减至…401小时) splits no measure
    lead = to_simplified(text[max(start_of_sentence(text, s), s - 40) : s])
    opening = to_simplified(text[s : s + 2])  # the parser may keep 近 in the figure (近五年)
    if _SPAN_WORD_BEFORE.search(lead) or _SPAN_WORD_BEFORE.search(opening[:1]) or opening == "连续":
        return False  # 红色警示日数为88天，…但近五年日数始终持平: the span of a trend
    if _MEASURED_SPAN.search(lead) is not None:
        return True
    if to_simplified(unit).strip() not in _TIME_TAKEN_UNITS:
        return False
    clause = lead[_last_break(lead) :]
    return _AVERAGE_BEFORE.search(clause) is not None


def _last_break(words: str) -> int:
    """The index after the last clause break of ``words`` (0 when none)."""
    breaks = list(CLAUSE.finditer(words))
    return breaks[-1].end() if breaks else 0


def transferred_batches(text: str, s: int, e: int, unit: str) -> bool:
    """Whether the count ``text[s:e]`` counts the batches of complaints transferred.

    A count in 批 whose clause has a verb of handing cases over or receiving them
    (:data:`_TRANSFER_VERB`: 交办, 转办, 移交, 接收 …) and whose next words name the cases
    (:data:`_CASES_AFTER`: ``两批群众信访举报件``, ``32批1050件``) is the registry's
    ``petition_batches``, an outcome as the bundled tables file ``交办的32批1050件`` — not a
    count of categories.  The rounds of an inspection (``分两批对14个市州开展督察``,
    ``两批督察共曝光…``) name no cases and stay counts of batches (context).

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s, e : int
        The count's span.
    unit : str
        Its written unit.

    Returns
    -------
    bool

    Examples
    --------
    >>> transferred_batches("督察组已向南宁市交办8批群众举报案件共130件", 10, 12, "批")
    True
    >>> transferred_batches("分两批对全省17个市(州)开展督察", 1, 3, "批")
    False
    """
    if to_simplified(unit) != "批":
        return False
    m = CLAUSE.search(text, e)
    ce = m.start() if m else len(text)
    cs = _clause_start(text, max(0, s - 60), s)
    clause = to_simplified(text[cs:ce])
    after = to_simplified(text[e:ce])
    return bool(_TRANSFER_VERB.search(clause) and _CASES_AFTER.match(after))


#: A comparison sign or word right before a figure (AQI>100, PSI值<50, 高于85%, 超过60万吨,
#: pH值小于5.0): with a noun of things after it, the figure is the bound of a class.
_COMPARE = r"(>|<|≥|≤|＞|＜|⩾|⩽|≧|≦|高于|低于|超过|大于|小于|不足|不到|不低于|不高于)"
_COMPARISON = re.compile(_COMPARE + r"\s*$")
#: The same sign or word kept by the parser at the start of the figure as written.
_COMPARISON_LEAD = re.compile("^" + _COMPARE)
#: An index written right before a comparison sign (AQI>100, PSI值<50, AQI(>100)): the
#: sign bounds a class of the index's values, a figure of no measurement itself.
_INDEX_SIGN = re.compile(r"([A-Za-z][A-Za-z0-9.\-]*|值)\s*[（(]?\s*(>|<|≥|≤|＞|＜|⩾|⩽|≧|≦)\s*$")
#: After a bound: 的/之 and a noun (高于85%的城市, 超过120 ppb的小时数, 超过60万吨的依次为):
#: the things the bound sets apart, not a value they have.
_CLASS_AFTER = re.compile(r"^\s*[)）]?\s*(的|之)\s*[「『“\"']?[\u4e00-\u9fff]")
#: After a bound: more bounds of the same class in a list, then 的/之 and a noun
#: (灰分高于16%、硫分高于1%的民用散煤): each bound sets the class apart.
_CLASS_LIST_AFTER = re.compile(
    r"^(\s*[、和及与或][^，,。；;！？\n\d]{0,6}?"
    + _COMPARE
    + r"\s*[\d.]+\s*[%％‰A-Za-z/\u4e00-\u9fff]{0,8}?)+"
    r"\s*[)）]?\s*(的|之)[\u4e00-\u9fff]"
)
#: After a bound: a copula and the short name of the class it defines, closing the clause
#: (酸硷值低于5.6为酸雨), AQI大于100即为不良, 浓度低于35微克/立方米为达标): a definition, the
#: bound no value measured — not a rank or a record (高于95%为历年最高, 为全国第一).
_CLASS_DEFINED_AFTER = re.compile(
    r"^\s*(?:时|者)?\s*(?:即为|则为|为|属于|属|定义为|视为|判定为|称为)"
    r"(?!历年|历史|近年|同期|全国|全省|全市|最|首|第|本|今年|去年|当年)"
    r"\s*[\u4e00-\u9fff]{1,6}\s*(?:[)）。，,；;]|$)"
)
#: A verb that lays out a survey or a monitoring network (布设, 设置, 选取, 采集) — not a
#: new one built or added (新设置, 增设, 建设): an action done is an outcome.
#: … and 设 alone (``共设地表水监测点64个``, ``中心城区设6个…监测点``, ``设有``) — not 建设,
#: 新设, 增设, 假设, 开设, 预设, nor 设计, 设施, 设备, 设立, 设定, 设法, 设于/设在 (where a thing
#: is), 设区市.
_DESIGN_VERB = re.compile(
    r"(?<![新增建])(布设|布置|设置|选取|选择|选定|采集|布点"
    r"|(?<![假开预陈])设(?:有)?(?![计施备立定法于在区置]))了?"
)
#: Words of work done before a layout in its sentence (完成…布点, 已布设, 累计布设): the
#: layout is reported as an act of the report's work, an outcome.
_LAYOUT_DONE = re.compile(r"完成|已|累计")
#: What a survey or network is made of (测点, 监测点位, 采样点, 样品, 断面, 路段 …).
_ASIDE_CLOSED = re.compile(r"[)）]")
_DESIGN_NOUN = re.compile(r"测点|监测点|点位|采样点|样品|样本|站点|监测站|断面|道路|路段|网格")
#: Right after a count: the network's noun (:data:`~._phrases.NETWORK_NOUNS`, after a few words
#: of its kind) whose readings the sentence reports (``五個監測站所監測數值顯示``, ``四个空气
#: 监测站的资料显示``): the network behind the figures, no result (simplified script).
_DATA_SOURCE_AFTER = re.compile(
    r"^\s*[^，,。；;！？\d]{0,6}?(?:" + NETWORK_NOUNS + r")(?:所|之|的)\s*"
    r"(?:监测|测得|测定|量测|数值|数据|结果|资料|读数)"
)
#: A purpose said of the points right before a count in its clause (用于反映城市各类功能区声环境
#: 质量的监测点位210个, 用来评价…的断面12个): the part of a network laid out for a use — its
#: design, as a verb of laying out says (:func:`survey_design`).
_PURPOSE_POINTS = re.compile(
    r"(用于|用来|用以)[^，,。；;！？\n\d]{1,30}?的[^，,。；;！？\n\d]{0,10}?("
    + _DESIGN_NOUN.pattern
    + r")\s*$"
)


def title_spans(text: str) -> np.ndarray:
    """Start and end of each document title (``《…》``) of ``text``, shape ``(n, 2)``."""
    spans = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    return np.array(spans, dtype=np.int64).reshape(-1, 2)


def _blank_titles(text: str, start: int, end: int, titles: np.ndarray) -> str:
    """``text[start:end]`` with the characters of titles replaced by spaces."""
    piece = list(text[start:end])
    for a, b in titles[(titles[:, 0] < end) & (titles[:, 1] > start)].tolist():
        for i in range(max(a, start), min(b, end)):
            piece[i - start] = " "
    return "".join(piece)


def commitment_before(text: str, start: int, end: int, titles: np.ndarray) -> bool:
    """Whether ``text[start:end]`` holds a word of commitment outside a document title.

    ``制定《吕梁市水污染防治2017年行动计划》，新建污水管网86.46公里`` names a plan; the figure
    is what was built, not what is promised.  ``计划2020年完成`` is a commitment.

    Parameters
    ----------
    text : str
        The report.
    start, end : int
        The span before the figure (from its sentence's start).
    titles : numpy.ndarray
        :func:`title_spans` of ``text``.

    Returns
    -------
    bool
        ``True`` when a commitment word is written outside every title.
    """
    before = _blank(_AS_REQUIRED, to_simplified(_blank_titles(text, start, end, titles)))
    before = _blank(_MARGIN, before)  # 好于年度目标4.1个百分点: the margin beyond a target
    if _TARGET_VALUE.search(before):
        return True
    clause = _clause_start(text, start, end) - start
    if _PLAN_CHOICE.search(before[clause:]):
        return True
    # a plan's attribute (计划改造的56座) or a target system named as a noun (主要目标任务,
    # 年度目标责任评价考核) in an earlier clause names things, promises nothing
    before = _blank(_TARGET_NOUN, _blank(_PLAN_ATTRIBUTE, before[:clause])) + before[clause:]
    return bool(COMMITMENT.search(_blank_met(_blank(_NO_PROMISE, before))))


def target_value(text: str, start: int, s: int) -> bool:
    """Whether the figure at ``s`` is written as the value of a target (``目标值为122吨``).

    A margin beyond a target (``好于年度目标4.1个百分点``, :data:`_MARGIN`) is none.

    Parameters
    ----------
    text : str
        The report.
    start : int
        Start of the figure's clause or sentence.
    s : int
        Start of the figure.

    Returns
    -------
    bool
    """
    before = to_simplified(text[start:s])
    return _MARGIN.search(before) is None and bool(_TARGET_VALUE.search(before))


def _blank(pattern: re.Pattern[str], words: str) -> str:
    """``words`` with each match of ``pattern`` replaced by spaces (positions kept)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), words)


def _blank_met(words: str) -> str:
    """``words`` with the statements that a target was met (:data:`_MET`) blanked, unless
    a commitment word is written before them (``力争达到…目标`` stays a promise)."""
    out = words
    for m in _MET.finditer(words):
        lead = _blank(_MET, words[: m.start()])
        if not COMMITMENT.search(lead):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def states_met(text: str, s: int, sentence_end: int) -> bool:
    """Whether the rest of the figure's sentence says that the target was met.

    ``劣Ⅴ类断面比例为1.2%，均达到年度水质目标要求``: the figure is an outcome (and the year
    named in the statement is the target's, not a deadline of this figure).

    Parameters
    ----------
    text : str
        The report.
    s : int
        Start of the figure.
    sentence_end : int
        End of the figure's sentence.

    Returns
    -------
    bool
        ``True`` when the sentence after the figure states a target met (:data:`_MET`
        with 均/全部/都/已 before its verb) and no commitment word stands between the
        figure and that statement.
    """
    rest = to_simplified(text[s:sentence_end])
    for m in _MET.finditer(rest):
        if m.group(1) is None:
            continue
        return not COMMITMENT.search(_blank_met(rest[: m.start()]))
    return False


#: The next clause after a figure says a target was met (…為483次，達訂定798次以下之目標;
#: …为35微克，实现了年度目标): read by :func:`met_after_dated_clause`.
_MET_NEXT = re.compile(
    r"^[^，,。；;！？\n]{0,6}?[，,]\s*(均|全部|都|已经|已)?(达到|达成|达|完成|实现)了?"
    r"[^，,。；;！？\n]{0,16}?(目标|任务)"
)
#: A year written in the figure's own clause (106年, 2017年, 二〇一七年): when it was reached —
#: not a year aimed at (到2020年, 至110年, 2020年底前, 2020年以前).
_CLAUSE_YEAR = re.compile(
    r"(?<![到至\d〇零一二三四五六七八九])(\d{2,4}|[〇零一二三四五六七八九]{2,4})\s*年度?"
    r"(?![^，,。；;！？\n]{0,5}前)"
)


def met_after_dated_clause(text: str, s: int, e: int, sentence_end: int) -> bool:
    """Whether the figure ``text[s:e]`` is a dated result that the next clause says met a target.

    ``106年全國紅色警示站日為483次，達訂定798次以下之目標``, ``2017年PM2.5平均浓度为35微克，
    实现年度目标``: the figure's own clause writes the year it was reached and no word of
    commitment or deadline, and the clause right after it says 达/达到/达成/完成/实现 … 目标 —
    the figure is what was achieved (an outcome), the target only its yardstick.  Not a
    figure aimed at (``到2020年…降至35微克，达到国家目标``, ``力争2025年…为30微克，实现…目标``),
    nor one of an undated clause (``PM2.5浓度为35微克，达到目标``: left to the other rules).
    The caller checks that the year was over when the page was written.

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s, e : int
        The figure's span.
    sentence_end : int
        End of its sentence.

    Returns
    -------
    bool

    Examples
    --------
    >>> t = "106年全國紅色警示站日為483次，達訂定798次以下之目標"
    >>> met_after_dated_clause(t, 12, 16, len(t))
    True
    >>> t = "到2020年PM2.5浓度降至35微克，达到国家目标"
    >>> met_after_dated_clause(t, 15, 19, len(t))
    False
    """
    lo = _clause_start(text, start_of_sentence(text, s), s)
    own = to_simplified(text[lo:s])
    if not _CLAUSE_YEAR.search(own) or _OWN_DEADLINE.search(own) or COMMITMENT.search(own):
        return False
    return _MET_NEXT.match(to_simplified(text[e:sentence_end])) is not None


def reporting_frame(text: str, sentence_start: int, s: int, titles: np.ndarray) -> bool:
    """Whether the figure's sentence tallies what was done (a reporting frame before it).

    ``据统计，本周全省受理举报115件，责令整改38家``, ``截至目前，共关停12家``, ``2024年的数字
    显示…下降至56408公吨``: the figures are outcomes, whatever dates the sentence names —
    unless the sentence also writes its own deadline (``截至2030年``, ``到2025年``) before the
    figure, or a commitment word from the frame's clause on (a plan named in a clause before
    the frame, ``优化…收费计划，2024年的数字显示…``, promises nothing of what it reports).

    Parameters
    ----------
    text : str
        The report.
    sentence_start : int
        Start of the figure's sentence.
    s : int
        Start of the figure.
    titles : numpy.ndarray
        :func:`title_spans` of ``text``.

    Returns
    -------
    bool
    """
    before = to_simplified(_blank_titles(text, sentence_start, s, titles))
    frame = _REPORTING.search(before)
    if frame is None:
        return False
    own = _OWN_DEADLINE.search(_blank(_AS_OF, before))
    # 截至目前，…2020年应完成整改的32项问题已完成整改29项: the obligation names the problems;
    # a plan named in a clause before the frame (优化…收费计划，2024年的数字显示…) is no
    # promise of the figures the frame reports
    opened = _clause_start(text, sentence_start, sentence_start + frame.start()) - sentence_start
    words = _blank(_PLAN_ATTRIBUTE, _blank(_NO_PROMISE, before[opened:]))
    return not (COMMITMENT.search(_blank_met(words)) or own)


def inside_titles(starts: np.ndarray, ends: np.ndarray, titles: np.ndarray) -> np.ndarray:
    """For each span ``[starts[i], ends[i])``, whether it lies inside a document title."""
    if not len(titles) or not len(starts):
        return np.zeros(len(starts), dtype=bool)
    s, e = np.asarray(starts)[:, None], np.asarray(ends)[:, None]
    return np.asarray(((s >= titles[:, 0]) & (e <= titles[:, 1])).any(axis=1), dtype=bool)


def _clause_start(text: str, lo: int, s: int) -> int:
    cut = [m.end() for m in CLAUSE.finditer(text, lo, s)]
    return cut[-1] if cut else lo


def stated_as_done(text: str, sentence_start: int, s: int, titles: np.ndarray) -> bool:
    """Whether the figure at ``s`` is stated as already reached by its own clause.

    ``目前市区污水处理率已达到90%以上``, ``已完成复垦1206.7公顷``, ``55宗矿业权已全部退出``:
    the figure's clause says 已/已经/均已 with a verb of reaching or doing, or a verb in the
    perfective before the figure (``实施了42处…工程``; not ``确定了下降25%的目标``), or tells
    it done ahead of time or beyond it (``提前完成整改交账5项``; not ``超额完成…下降4%的改善目标``,
    the target it names), or tallies events held or received (``合共举办157次``, ``共录得35天``,
    ``共接获76宗``); or it states a
    problem found (``仍有225台…未安装``, ``目前共有7个市州未建成``, ``至今没有落实``);
    and the clause writes no commitment word (the sentence no deadline) of its own (``确保…已``,
    ``计划…``, ``到2020年…`` keep the promise; ``按要求`` is none).

    Parameters
    ----------
    text : str
        The report.
    sentence_start : int
        Start of the figure's sentence.
    s : int
        Start of the figure.
    titles : numpy.ndarray
        :func:`title_spans` of ``text``.

    Returns
    -------
    bool
        ``True`` when the figure's clause states it as done.
    """
    cs = _clause_start(text, sentence_start, s)
    clause = to_simplified(_blank_titles(text, cs, s, titles))
    m = CLAUSE.search(text, s)
    after = to_simplified(text[s : m.start() if m else len(text)])
    before = to_simplified(_blank_titles(text, sentence_start, s, titles))
    contrast = [c.end() for c in _CONTRAST.finditer(before)]
    found_state = False
    if contrast and _STATE.search(before[contrast[-1] :] + after):
        # 应于2016年底前完成，但目前仍有8个未完工: the state found after the deadline it missed
        before = before[contrast[-1] :]
        # …，但目前仍有8个未完工，导致每天约7.5万吨污水直排: the figures after the state
        # found, in the sentence, tell of that state too
        found_state = bool(_STATE.search(before))
    if COMMITMENT.search(_blank_met(clause)) and not _AS_REQUIRED.search(clause):
        return False
    perfective = bool(_PERFECTIVE.search(clause)) and not _NAMES_TARGET.match(after)
    # the act told as done by its own clause: 已 + verb (已完成), 已 + a coverb that puts
    # the object first (已将4000万元…列入, 已对…进行), a verb in the perfective before the
    # figure (实施了42处) or after it (150户企业进行了核查)
    ahead = bool(_DONE_AHEAD.search(clause)) and not _NAMED_TARGET_AFTER.match(after)
    told_done = bool(
        _DONE.search(clause)
        or _DONE.search(after)
        or _DONE_COVERB.search(clause)
        or perfective
        or ahead
        or _perfective_after(after)
    )
    if _OWN_DEADLINE.search(before):
        # 到2022年上半年，分六批完成了对…的督察: a date the work was done by, not a promise —
        # only the clause's own marks of a done act tell so (a tally or a state do not)
        return told_done
    if found_state:
        return True
    return bool(
        told_done
        or _STATE.search(clause + after)
        or any(t.start() < len(clause) for t in _TALLY.finditer(clause + after))
    )


def part_of_done(text: str, sentence_start: int, s: int, titles: np.ndarray) -> bool:
    """Whether the figure at ``s`` is a part, opened by 其中, of a whole told as done.

    ``被督察市已办结5767件，其中立案处罚374家，罚款4135万元``, ``目前还有7项未完成，其中，扬州2项``:
    the figures after :data:`~envindicators.extract._phrases.PART_OPENER` in the sentence
    break down the whole before it, and what the whole's clause says of it
    (:func:`stated_as_done`: 已办结, a state found) holds of its parts — they are results
    (or the state found), no targets, whatever date an earlier sentence lends them.  The
    part's own words may still promise (``正在整改72件，其中计划于2018年5月31日前完成整改的
    14件``: a commitment word or a deadline of its own between 其中 and the figure keeps the
    part a target), and a whole not told as done lends nothing (``共认领38项整改任务，其中，
    2017年底前须完成任务23项``).

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    sentence_start : int
        Start of the figure's sentence.
    s : int
        Start of the figure.
    titles : numpy.ndarray
        :func:`title_spans` of ``text``.

    Returns
    -------
    bool

    Examples
    --------
    >>> no_titles = np.empty((0, 2), dtype=int)
    >>> part_of_done("被督察市已辦結5767件,其中立案處罰374家,罰款4135萬元", 0, 19, no_titles)
    True
    >>> part_of_done("正在整改72件，其中计划于2018年底前完成整改的14件", 0, 25, no_titles)
    False
    >>> part_of_done("共认领38项整改任务，其中，2017年底前须完成任务23项", 0, 26, no_titles)
    False
    """
    at = text.rfind(PART_OPENER, sentence_start, s)
    if at <= sentence_start:
        return False
    part = to_simplified(_blank_titles(text, at, s, titles))
    if COMMITMENT.search(_blank_met(part)) or _OWN_DEADLINE.search(part):
        return False
    whole = at
    while whole > sentence_start and text[whole - 1] in "，,：: \t\u3000":
        whole -= 1
    return whole > sentence_start and stated_as_done(text, sentence_start, whole, titles)


def part_of_plan(text: str, sentence_start: int, s: int) -> bool:
    """Whether the figure at ``s`` is a part, in a sentence opened by 其中, of a planned whole.

    ``今年中国共安排退耕还林任务2000万亩。其中退耕地造林400万亩，荒山荒地造林1600万亩``: a
    sentence that opens with :data:`~envindicators.extract._phrases.PART_OPENER` breaks down
    the figure of the sentence before it, and when that sentence's last clause is a plan's
    choice or arrangement (:data:`_PLAN_CHOICE`: 安排…任务, 安排完成, 确定实施), the parts
    are planned too — targets.  A part's own done mark (已, 完成了) keeps it a result; a
    sentence 其中 does not open, or one after a whole not planned, lends nothing.

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    sentence_start : int
        Start of the figure's sentence.
    s : int
        Start of the figure.

    Returns
    -------
    bool

    Examples
    --------
    >>> part_of_plan("今年共安排退耕还林任务2000万亩。其中荒山荒地造林1600万亩", 18, 28)
    True
    >>> part_of_plan("今年共完成退耕还林2000万亩。其中荒山荒地造林1600万亩", 16, 26)
    False
    >>> part_of_plan("今年共安排退耕还林任务2000万亩。其中已完成造林1600万亩", 18, 26)
    False
    """
    opening = text[sentence_start:s].lstrip()
    if not opening.startswith(PART_OPENER) or sentence_start == 0:
        return False
    if _DONE.search(to_simplified(opening)) or "了" in opening:
        return False
    before = start_of_sentence(text, sentence_start - 1)
    whole = to_simplified(text[before : sentence_start - 1])
    clause = whole[_last_break(whole) :]
    return _PLAN_CHOICE.search(clause) is not None


def _perfective_after(after: str) -> bool:
    """Whether the words from a figure to its clause's end put a verb in the perfective
    (``150户重点碳排放企业进行了核查``, ``4项问题提出了审核意见``) — not a target named after it
    (``…下降25%的目标``: :data:`_NAMES_TARGET`, read by the caller's other marks)."""
    m = _PERFECTIVE.search(after)
    return m is not None and not _NAMED_TARGET_AFTER.match(after[: m.start()])


#: A span of time closed by 内 or 以内, as written or right after the figure (7天内, 3日内,
#: 30个工作日内, 6个月以内, 24小时内; a reading gloss between: 7天內(nèi)).
_WITHIN_SPAN = re.compile(
    r"[\d一二两三四五六七八九十百]\s*(个)?\s*(天|日|工作日|小时|钟头|月|周|星期|年|分钟|秒)"
    r"\s*(以)?内$"
)
#: A count of days bounded before the span (剩余天数需控制在7天内, 污染天数压减到10天以内): the
#: days are the measure, a budget of them a target — no span of time a thing is done in.
_BUDGET_BEFORE = re.compile(
    r"(天数|日数|次数)[^，,。；;！？\n\d]{0,8}$|(控制|压减|压缩|减少|降低|降|减)(在|到|至)\s*$"
)
_WITHIN_AFTER = re.compile(r"^\s*(\([a-zà-ü]{1,7}\)\s*)?(以)?内(?![容地部外蒙河陆])")


def time_limit(text: str, s: int, e: int, written: str) -> str | None:
    """Why the figure ``text[s:e]`` is a span within which something is done, or ``None``.

    A span of time closed by 内 (:data:`_WITHIN_SPAN`: ``在7天内反馈到督察组``, ``须在10天內
    反饋``, ``1個工作日內啟動調查``, ``民眾發現違規行為後15日內``, ``10天內竟連收9罰單``) is a
    time limit a rule sets or the span a count is taken over — context, no result measured
    (hand check 30: ``在7天內反饋`` is the team's required limit).  Read on the figure as
    written or the word right after it (a reading gloss between, ``7天內(nèi)``, is skipped).
    A span with no 内 (``办结时间7天``, ``优良天数300天``), 内 of another word (``天内蒙古``)
    and a count of days bounded (:data:`_BUDGET_BEFORE`: ``剩余天数需控制在7天内``: the days
    are the measure, their budget a target) are left alone.

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s, e : int
        The figure's span.
    written : str
        The figure as written.

    Returns
    -------
    str or None
        The reason, or ``None``.

    Examples
    --------
    >>> time_limit("信訪件的辦理情況在7天內(nèi)反饋到督察組", 9, 12, "7天內")
    'a time limit (a span closed by 内)'
    >>> time_limit("要求3日内办结", 2, 4, "3日")
    'a time limit (a span closed by 内)'
    >>> time_limit("全年优良天数300天，同比增加", 6, 10, "300天") is None
    True
    >>> time_limit("剩余天数需控制在7天内才能完成年度目标", 8, 11, "7天内") is None
    True
    """
    lead = to_simplified(text[_clause_start(text, max(0, s - 20), s) : s])
    if _BUDGET_BEFORE.search(lead):
        return None
    simple = to_simplified(written).strip()
    if _WITHIN_SPAN.search(simple):
        return "a time limit (a span closed by 内)"
    after = to_simplified(text[e : e + 12])
    if _WITHIN_SPAN.search(simple + "内") and _WITHIN_AFTER.match(after):
        return "a time limit (a span closed by 内)"
    return None


@lru_cache(maxsize=4)
def unglossed(text: str) -> tuple[str, np.ndarray] | None:
    """The text with its reading glosses taken out, and where each of its offsets moves.

    A page that glosses its glyphs (``監(jiān)測``, ``達(dá)標(biāo)率``, ``7天內(nèi)``) breaks
    every pattern that reads the words around a figure (``晝夜各監測2點次，…達標率``): the rules of
    :func:`no_measurement` read the text without them (``_phrases._GLOSS``, the one home of a
    gloss).  ``None`` when the text has none (most texts: nothing is copied).

    Parameters
    ----------
    text : str
        The report.

    Returns
    -------
    tuple of str and numpy.ndarray, or None
        The text without glosses and, for each offset ``i`` of ``text`` (``0..len(text)``),
        the offset it moves to.

    Examples
    --------
    >>> out, moved = unglossed("各監(jiān)測2點(diǎn)次")
    >>> out, int(moved[9]), int(moved[10])
    ('各監測2點次', 3, 4)
    >>> unglossed("各监测2点次") is None
    True
    """
    spans = [(m.start(), m.end()) for m in _GLOSS.finditer(text) if m.end() > m.start()]
    if not spans:
        return None
    kept = np.ones(len(text), dtype=bool)
    for a, b in spans:
        kept[a:b] = False
    moved = np.concatenate(([0], np.cumsum(kept)))
    cuts = [0, *(x for span in spans for x in span), len(text)]
    out = "".join(text[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2))
    return out, moved


def no_measurement(text: str, s: int, e: int, unit: str, written: str) -> str | None:
    """Why the figure ``text[s:e]`` describes the objects or the list (role ``context``).

    * a size threshold of the objects counted: a rating unit with 以下/以上 written
      right before a noun (``10蒸吨及以下燃煤锅炉``, ``日产2000吨以下新型干法``) or before the
      band's second bound (``10蒸吨以上、35蒸吨以下燃煤锅炉``) — in the tables a threshold is a
      column of the target it bounds (``threshold_*``), not a row;
    * a count of aspects, categories or batches (``4个方面``, ``2类17项``, ``分两批``) — not
      the batches of complaints transferred (:func:`transferred_batches`: ``交办的32批1050件``);
    * a count in parentheses at the end of a heading line (``…整改措施清单（9项）``): the
      number of items listed below it;
    * a bound of a class (:func:`class_bound`), a figure of no indicator data
      (:func:`not_data`), a figure supposed (:func:`supposed`: ``若能全部成林，可使…提高2个
      多百分点``), a place's divisions or a standard's value (:func:`governed_or_limit`:
      ``内辖有1市5乡``, ``排放标准（由300 ppm降至50ppm）``), a survey's design
      (:func:`survey_design`).

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The figure's span.
    unit : str
        The figure's written unit (as the parser gives it).
    written : str
        The figure as written.

    Returns
    -------
    str or None
        The reason, or ``None`` when the figure may be a measurement.

    A text that glosses its glyphs is read without its glosses (:func:`unglossed`:
    ``0類區晝夜各監(jiān)測2點(diǎn)次，晝/夜間點次達(dá)標(biāo)率`` is a sample's size as the
    same words unglossed are).
    """
    plain = unglossed(text)
    if plain is not None:
        text, moved = plain
        s, e = int(moved[s]), int(moved[e])
        written = _GLOSS.sub("", written)
    after = to_simplified(text[e : e + 2])
    simple = to_simplified(written)
    if (
        unit in _RATING_UNITS
        and _BOUND_AFTER.search(simple)
        and after[:1]
        and not CLAUSE.match(after[:1])
        and (
            after[:1] not in "的等,，、）)"
            or _OBJECTS_AFTER.match(to_simplified(text[e : e + 6]))
            or _SECOND_BOUND.match(to_simplified(text[e : e + 20]))
        )
    ):
        return "a size threshold of the objects counted"
    limit = time_limit(text, s, e, written)
    if limit is not None:
        return limit
    if transferred_batches(text, s, e, unit):
        return None  # 交办的32批1050件: the batches transferred, the registry's count
    if unit in _CATEGORY_UNITS or (unit in ("个", "") and after.startswith("方面")):
        return "a count of aspects or categories"
    if attribute_bound(text, s, e, unit, written):
        return "a bound of an attribute that picks the objects counted"
    bound = class_bound(text, s, e, written) or alert_bound(text, s, e, unit, written)
    if bound is not None:
        return bound
    rule = not_data(text, s, e, unit, written)
    if rule is not None:
        return rule
    reference = reference_or_process(text, s, e, unit, written)
    if reference is not None:
        return reference
    size = set_size(text, s, e, written) or sample_size(text, s, e, unit)
    size = size or rated_group(text, s, e, unit)
    if size is not None:
        return size
    told = supposed(text, s) or governed_or_limit(text, s, unit)
    if told is not None:
        return told
    if survey_design(text, s, e):
        return "a design of the survey or the monitoring network"
    if background_figure(text, s):
        return "a figure cited as background (the literature, of unnamed places)"
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].rstrip()
    if (
        len(line) <= 40
        and line_start + len(line) == e + 1
        and text[e : e + 1] in ")）"
        and text[s - 1 : s] in "(（"
    ):
        return "a count of the items of a heading's list"
    return None


#: A reference mark of the literature (``[1]``, ``[1-2]``, ``[3,5]``) or words citing it.
_CITED = re.compile(
    r"\[\s*\d{1,3}(\s*[-–~～,，、]\s*\d{1,3})*\s*\]|研究(表明|发现|显示)|有研究|文献|引言"
)
#: Places left unnamed as a sentence's subject (部分城市, 一些国家, 某些地区, 多数城市 …).
_UNNAMED_PLACES = re.compile(
    r"(部分|一些|某些|有些|不少|许多|很多|多数|大多数|个别)(城市|国家|地区|地方|区域|城镇)"
)


def background_figure(text: str, s: int) -> bool:
    """Whether the figure at ``s`` is cited as background, not measured by the report.

    A study or a report opens with what the literature says (``引言部分城市白天的交通噪声超过
    65 dB(A)，晚上也达到55 dB(A)…[1-2]``): a figure of places it leaves unnamed (部分城市,
    一些国家 …, before the figure in its sentence) in a sentence that cites the literature (a
    reference mark ``[n]``, ``研究表明``, ``文献``) is no observation of any region or period.
    A cited figure of a named place (``长江经济带污水处理设施平均覆蓋率约为88.31%[3]``) or of
    unnamed places without a citation (``部分城市PM2.5浓度超标``) is left alone.  Read in
    simplified script.

    Parameters
    ----------
    text : str
        The report.
    s : int
        The figure's start.

    Returns
    -------
    bool

    Examples
    --------
    >>> background_figure("部分城市白天的交通噪声超过65 dB(A)[1-2]。", 13)
    True
    >>> background_figure("部分城市白天的交通噪声超过65 dB(A)。", 13)
    False
    >>> background_figure("长江经济带覆盖率约为88.31%[3]。", 10)
    False
    """
    ss = start_of_sentence(text, s)
    se = end_of_sentence(text, s, "。！？!?\n")
    sentence = to_simplified(text[ss : min(len(text), se + 1)])
    return (
        _UNNAMED_PLACES.search(to_simplified(text[ss:s])) is not None
        and _CITED.search(sentence) is not None
    )


#: An inclusive bound closing the figure (或以上, 及以上, 或以下, 及以下: ``33℃ 或以上``), or
#: 以上/以下 after a word of involving (涉及, 包含, 包括) in the aside's words before it.
_INCLUSIVE = re.compile(r"(或|及)\s*(以上|以下)\s*$")
_INCLUSIVE_NEXT = re.compile(r"\s*(或|及)\s*(以上|以下)")
_BOUND_WORD = re.compile(r"(以上|以下)\s*$")
_INVOLVES = re.compile(r"涉及|包含|包括")
#: An aside open before the figure (``(日最高温在``, ``(部分案件涉及``) and closed after it with
#: no other figure (``)``, ``污染类型)``).
_ASIDE_OPEN = re.compile(r"[（(](?P<words>[^()（）\d，,。；;！？\n]{0,20})$")
_ASIDE_CLOSE = re.compile(r"^[^()（）\d，,。；;！？\n]{0,16}[)）]")


def aside_bound(text: str, s: int, e: int, written: str) -> bool:
    """Whether the figure ``text[s:e]`` is an inclusive bound that an aside defines a class by.

    An aside right after a class's name that bounds it inclusively (``酷熱天氣(日最高溫在33℃
    或以上)達42日``, ``寒冷天氣(日最低溫在12℃或以下)``) or a criterion of what is counted
    (``(部分案件涉及2种及以上污染类型)``, ``(同一举报事项包含两项以上污染类型的分别统计)``)
    defines the class the other figures count: context, no value observed.  Not a bound outside
    an aside (``下降10%及以上``), nor one in an aside with no inclusive word (``(其中PM2.5下降
    10%以上)``: 以上 alone, no word of involving).

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The figure's span.
    written : str
        The figure as written (the parser keeps 或以上 inside it).

    Returns
    -------
    bool

    Examples
    --------
    >>> t = "全年酷熱天氣(日最高溫在33℃ 或以上)達42日"
    >>> aside_bound(t, 12, 19, "33℃ 或以上"), aside_bound(t, 21, 24, "42日")
    (True, False)
    >>> t = "(部分案件涉及2种及以上污染类型)"
    >>> aside_bound(t, 7, 12, "2种及以上")
    True
    >>> t = "(其中PM2.5浓度下降10%以上)"
    >>> aside_bound(t, 12, 17, "10%以上")
    False
    """
    aside = _ASIDE_OPEN.search(to_simplified(text[max(0, s - 21) : s]))
    if aside is None or not _ASIDE_CLOSE.match(to_simplified(text[e : e + 17])):
        return False
    simple = to_simplified(written)
    return bool(
        _INCLUSIVE.search(simple)
        or _INCLUSIVE_NEXT.match(to_simplified(text[e : e + 5]))
        or (_BOUND_WORD.search(simple) and _INVOLVES.search(aside.group("words")))
    )


def attribute_bound(text: str, s: int, e: int, unit: str, written: str) -> bool:
    """Whether the figure ``text[s:e]`` is a bound of an attribute that picks the objects counted.

    A figure in money, people, heads or households (:data:`_ATTRIBUTE_UNITS`) closed by
    以上/以下 (or 及以上 …) inside a noun phrase — followed by 者, by 之/的 and the objects'
    noun (``1,000頭以下之養豬戶``), or by the noun itself where the sentence counts the
    objects after it (``繳交空污費用在1萬元以上工地辦理開工前之個別協調會，…與75家營建業者``,
    ``全省千人以上集中供水水源已完成保護范圍劃定391個``) — sets the class the text counts
    (convention (f): a bound that only picks the objects a figure counts): context, no value
    observed.  Not a bound closing its clause (``投入资金1000万元以上。``), a bound before a
    noun of money itself (``1000万元以上资金``), nor one with no count after it.  The size
    bands of a rating (``10蒸吨及以下燃煤锅炉``) are :func:`no_measurement`'s first case.

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The figure's span.
    unit : str
        The figure's written unit (as the parser gives it).
    written : str
        The figure as written (the parser keeps 以上 inside it).

    Returns
    -------
    bool

    Examples
    --------
    >>> t = "全省千人以上集中供水水源已完成保护范围划定391个"
    >>> attribute_bound(t, 2, 6, "人", "千人以上")
    True
    >>> t = "规模在1,000头以上者，所养之头数占总数"
    >>> attribute_bound(t, 3, 11, "头", "1,000头以上")
    True
    >>> t = "共投入1000万元以上资金，建成3个站点"
    >>> attribute_bound(t, 3, 11, "元", "1000万元以上")
    False
    """
    if unit not in _ATTRIBUTE_UNITS:
        return False
    simple = to_simplified(written).strip()
    end = e
    if not _BOUND_AFTER.search(simple):
        bound = _INCLUSIVE_NEXT.match(to_simplified(text[e : e + 5])) or re.match(
            r"\s*(以上|以下)", to_simplified(text[e : e + 4])
        )
        if bound is None:
            return False
        end = e + bound.end()
    after = to_simplified(text[end : end + 6])
    if _THOSE_AFTER.match(after):
        return True
    if (
        not re.match(r"[\u4e00-\u9fff]", after[:1])
        or after[:1] in "的等之"
        or _MONEY_NOUN.match(after)
    ):
        return False
    rest = to_simplified(text[end : end_of_sentence(text, end)])
    return _OBJECTS_COUNTED.search(rest) is not None


def class_bound(text: str, s: int, e: int, written: str) -> str | None:
    """Why the figure ``text[s:e]`` bounds a class of values (role ``context``), or ``None``.

    * a comparison sign right after an index (``AQI>100``, ``PSI值<50``, ``空气质量不良
      （AQI>100）天数为44天``): the class of days or values the index sets apart;
    * a comparison sign or word right before the figure and 的/之 and a noun after it
      (``优良天数比例高于85%的城市``, ``超过120 ppb的小时数``, ``降水pH值小于5.0的城市``,
      ``排放量超过60万吨的依次为…``): the things the bound sets apart are counted or
      listed, the bound is no value of them;
    * an inclusive bound in an aside (:func:`aside_bound`: ``酷热天气(日最高温在33℃或以上)``,
      ``(部分案件涉及2种及以上污染类型)``): the class's definition or a criterion of what is
      counted;
    * a comparison word before the figure and a copula and the class's short name after it,
      closing the clause (``(酸硷值低于5.6为酸雨)``: :data:`_CLASS_DEFINED_AFTER`): the
      class's definition — not a rank or a record (``高于95%为历年最高``).

    A bound that is the figure's own value (``下降10%以上``, ``均在85%以上``, ``优良天数比例
    高于85%``) is no class.

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The figure's span.
    written : str
        The figure as written (the parser may keep the sign or word inside it).

    Returns
    -------
    str or None
        The reason, or ``None``.

    Examples
    --------
    >>> class_bound("空气质量不良（AQI>100）天数为44天", 11, 14, "100")
    "a bound of a class (an index's band)"
    >>> class_bound("比例高于85%的城市增加8个", 2, 7, "高于85%") is not None
    True
    >>> class_bound("优良天数比例高于85%。", 6, 11, "高于85%") is None
    True
    >>> class_bound("(酸硷值低于5.6为酸雨)", 6, 9, "5.6")
    'a bound of a class (its definition)'
    """
    if aside_bound(text, s, e, written):
        return "a bound of a class (an aside's definition)"
    simple = to_simplified(written).strip()
    word = _COMPARISON.search(to_simplified(text[max(0, s - 6) : s]))
    lead = _COMPARISON_LEAD.match(simple)
    if lead is None and word is None:
        return None
    before = to_simplified(text[max(0, s - 12) : s]) + (lead.group(0) if lead else "")
    if _INDEX_SIGN.search(before):
        return "a bound of a class (an index's band)"
    if _CLASS_AFTER.match(to_simplified(text[e : e + 4])) or _CLASS_LIST_AFTER.match(
        to_simplified(text[e : e + 40])
    ):
        return "a bound of a class (the things it sets apart)"
    if _CLASS_DEFINED_AFTER.match(to_simplified(text[e : e + 12])):
        return "a bound of a class (its definition)"
    return None


#: The name of an alert (警戒, 警示, 预警, 警报, and 应变 as in 启动一级应变): a bound written
#: beside it (``PM2.5日平均值≧54μg/m3(相当红色警戒…)``, ``红色警示站日数（PM2.5日平均浓度
#: ≧54μg/m3）``) is where the alert starts, no level reached.  Read in simplified script.
_ALERT = re.compile(r"警戒|警示|预警|警报|应变")
#: An alert's threshold named right before the figure (预警值为, 警戒线, 预警阈值：, 启动…预警
#: 的条件为): the value that sets the alert off.
_ALERT_VALUE = re.compile(
    r"(预警|警戒|警示|警报)(值|线|阈值|标准|浓度|水位)\s*(为|是|[:：]|设定为|定为)?\s*$"
)
#: Units of a count of alerts (红色警示站日数为13站次, 18日空气品质警示): the alerts counted
#: are data, never an alert's bound.
_ALERT_COUNT_UNITS = frozenset(
    {"次", "站次", "站日", "日", "天", "个", "站", "测站", "处", "%", "％", "个百分点", "倍"}
)
#: A change written before a comparison word (较去年下降超过70%): the change is measured.
_CHANGE_BEFORE = re.compile(r"下降|减少|增加|上升|降低|改善|提高|提升|增长|降幅|增幅")


def alert_bound(text: str, s: int, e: int, unit: str, written: str) -> str | None:
    """Why the figure ``text[s:e]`` is the bound that sets off an alert (role ``context``).

    * a threshold named as an alert's (``预警值为200``, ``警戒线：2.5米``);
    * a comparison sign or word before the figure (``≧54μg/m3``, ``超过150``) and an
      alert's name (:data:`_ALERT`) within its sentence, 30 characters either side
      (``PM2.5日平均值≧54μg/m3(相当红色警戒AQI>150)``, ``红色警示站日数（PM2.5日平均浓度
      ≧54μg/m3）为13站次``): the class of days or hours the alert counts, not a level
      measured nor a target to reach.

    A count of alerts (``红色警示站日数为13站次``, ``18日空气品质警示``), a share or a
    change (units of :data:`_ALERT_COUNT_UNITS`; a change word before the comparison,
    ``较去年下降超过70%``) is data and left alone; so is a figure with no comparison before
    it (``发布重污染天气黄色预警…比例为0.1%``).

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s, e : int
        The figure's span.
    unit : str
        The figure's written unit.
    written : str
        The figure as written (the parser may keep the sign inside it).

    Returns
    -------
    str or None
        The reason, or ``None``.

    Examples
    --------
    >>> alert_bound("PM2.5日平均值≧54μg/m3(相当红色警戒)", 10, 19, "μg/m3", "≧54μg/m3")
    "an alert's bound"
    >>> alert_bound("红色警示站日数为13站次", 8, 12, "站次", "13站次") is None
    True
    """
    if to_simplified(unit) in _ALERT_COUNT_UNITS:
        return None
    sentence = start_of_sentence(text, s)
    said = to_simplified(text[max(sentence, s - 12) : s])
    if _ALERT_VALUE.search(said):
        return "an alert's bound"
    simple = to_simplified(written).strip()
    if not (_COMPARISON_LEAD.match(simple) or _COMPARISON.search(said[-6:])):
        return None
    if _CHANGE_BEFORE.search(said[-8:]):
        return None  # 较去年下降超过70%: a change measured
    end = end_of_sentence(text, e)
    around = to_simplified(text[max(sentence, s - 30) : min(end, e + 30)])
    if _ALERT.search(around):
        return "an alert's bound"
    return None


#: A rule of frequency: 每 + a period, a bound word, then the count of times (每年不少于3次,
#: 每季度至少开展一次, 每月不超过2次): what must be done, no count of what was done.
_FREQUENCY_RULE = re.compile(
    r"每[^，,。；;！？\n\d]{0,4}?(不少于|至少|不低于|不得少于|最少|不超过|不多于|不得超过|不得低于)"
    r"[^，,。；;！？\n\d]{0,6}?\s*[\d一二两三四五六七八九十]+\s*(次|回|遍|轮|场)(以上)?$"
)
#: A standard's margin: the figure right after 严于/宽于 … 标准 (严于国家大气污染物排放标准25%
#: 的标准): how much stricter a standard applied is, no level measured.
_STANDARD_MARGIN = re.compile(r"(严于|严格于|宽于|加严)[^，,。；;！？\n]{0,24}?标准\s*$")
#: Units of a length that can draw a zone around something.
_LENGTH_UNITS = frozenset({"米", "公里", "千米", "km", "m", "Km", "KM", "海里"})
#: Words right before a length that draw a zone (外推100米, 周边20公里, 邻近1公里内, 以外的1500米,
#: 两侧各50米, 半径3公里).
_ZONE_BEFORE = re.compile(
    r"(外推|外延|外扩|周边|周围|邻近|附近|半径|方圆|以外的?|两侧各?|沿岸各?)\s*$"
)
#: Words right after a length that make it a zone's extent (100米范围, 100米影响距离,
#: 20公里以内的企业).
_ZONE_AFTER = re.compile(r"^\s*(范围|影响(距离|范围)|缓冲|(以内|以外|内)的)")
#: A titled document and a verb that lists its parts, then (at most two other counts of
#: the chain) the figure: 《…意见》提出的八个领域28项重点任务, 《行动计划》明确的35条措施.
_DOCUMENT_PARTS = re.compile(
    r"《(?P<title>[^《》\n]{0,80})》[^。；;！？\n《》]{0,12}?"
    r"(提出|确定|明确|列出|部署|规定|包含|包括|梳理出|分解为|细化为)了?的?"
    r"([\d一二两三四五六七八九十]+\s*[\u4e00-\u9fff]{1,4}){0,2}\s*$"
)
#: A title of the inspection's own findings or rectification: the counts of its problems
#: and tasks are indicators of the registry (``inspection_findings``,
#: ``rectification_measures``), no parts of another document.
_OWN_DOCUMENT = re.compile(r"整改|督察|督查|反馈|问题")
#: Units of the parts of a document (items, aspects, fields, categories).
_PART_UNITS = frozenset({"项", "个", "条", "类", "大类", "方面", "个方面", "领域", "部分", "章"})
#: After a count of a document's parts: its clause reports them done (…28项任务已全部完成).
_PARTS_DONE = re.compile(r"已|全部|均|完成|建成|办结|销号|落实")
#: The characters of a band's other bound between a penalty verb and the figure (可处新台币
#: 10万元以上，2,000万元以下罚锾: the second bound's lead is the first bound): digits, numerals,
#: 万/亿, 元, the bound words and the marks that join two bounds.
_BAND_CHARS = r"[\d.,，、\s万亿千百十一二两三四五六七八九零〇元以上下至到~～\-－—]*"
#: The currencies named between a penalty verb and its amount (处新台币10万元).
_CURRENCY = r"(新台币|人民币|港币|澳门元)?"
#: A penalty verb (处, 处以, 并处, 罚, 罚款, 课, 科, 裁处, 判处, 开罚).
_PENALTY_VERB = r"(并)?(处以?|罚款?|课以?|科以?|裁处|判处|开罚|被处以?|被罚)"
#: A penalty a law allows: a modal (可, 得, 可以, 将可; 最高 or 最多 before it, 最高可处) and a
#: penalty verb before the figure, or before an earlier bound of the same band — not a fine
#: imposed (处以罚款10万元, 对…处以1150万元罚款: no modal, no band).
_LEGAL_MODAL = re.compile(r"(可|得|可以|将可)" + _PENALTY_VERB + _CURRENCY + _BAND_CHARS + "$")
#: A ceiling or floor of a band of fines a law sets, told after the band in the same sentence
#: (``可处1200元至10万元罚锾，工商厂、场最高可达500万元``): 最高/最低/最多 and a modal, 达/至
#: or a penalty verb after it — read only in a sentence that already states a legal bound.
_LEGAL_CEILING = re.compile(
    r"最[高低多少](可|得|可以)?(达到?|至|到|为|" + _PENALTY_VERB + ")" + _CURRENCY + r"\s*$"
)
#: A fine's rate per unit of what was done wrong (``处以20元/平方米``, ``按日连续处罚，每日罚款
#: 1万元``): a penalty verb, then 每 and a unit of time or quantity before the figure, or a
#: figure whose unit is 元 per something — the rate a rule sets, not the amount levied.
_RATE_LEAD = re.compile(
    r"每(日|天|月|次|吨|立方米|平方米|亩|公斤|千克|辆|户|人)[^，,。；;！？\n\d]{0,6}$"
)
#: A penalty verb in the clause before a rate (罚款 after 每日, or 处罚 ending the clause before).
_PENALTY_NEAR = re.compile(_PENALTY_VERB + "|" + DAILY_PENALTY)
_PENALTY_IN_LEAD = re.compile(_PENALTY_VERB + r"[^，,。；;！？\n]{0,24}$")
#: A penalty verb before a bound of a band of fines (并处十万元以上一百万元以下的罚款).
_PENALTY_BEFORE = re.compile(_PENALTY_VERB + _CURRENCY + _BAND_CHARS + "$")
#: After a bound (以上/以下 written on it or next), the band's other bound or none, then 的 and
#: a fine's noun: the band of fines a law sets.
_FINE_AFTER = re.compile(_BAND_CHARS + "的?(" + "|".join(FINE_NOUNS) + ")")
#: A band's bound: 以上/以下 on the figure, or a second bound after it (十万元以上一百万元以下,
#: 1万8千元至18万元).
_BAND_NEXT = re.compile(r"^\s*(以上|以下)?\s*[至到~～\-－—、，,]?\s*[\d一二两三四五六七八九十百千]")
#: A count of items named by their numbers before it (第10、31两项, 第6项、18项两个问题).
_NUMBERED_ITEMS = re.compile(r"第[\d一二三四五六七八九十百、，,和及与项条个]+$")


#: One of a run that does a thing one at a time (发现一起、查处一起; 整改一项、销号一项;
#: 成熟一个、推进一个; 整改一个销号一个, the list mark left out): ``一`` and a classifier, then
#: (or after) a list mark or none, a verb of at most four characters and ``一`` with the same
#: classifier — a manner of working, no count.
_ONE_AT_A_TIME_UNITS = "起项个批件处家座宗户条台"
_ONE_AT_A_TIME_AFTER = re.compile(
    r"^[、，,；;]?\s*[\u4e00-\u9fff]{1,4}一(?P<unit>[" + _ONE_AT_A_TIME_UNITS + "])"
)
_ONE_AT_A_TIME_BEFORE = re.compile(
    r"一(?P<unit>[" + _ONE_AT_A_TIME_UNITS + r"])[、，,；;]?\s*[\u4e00-\u9fff]{1,4}$"
)


def _one_at_a_time(text: str, s: int, e: int, written: str) -> bool:
    """Whether ``一X`` at ``text[s:e]`` is one of a run ``V一X、V一X`` (see above)."""
    simple = to_simplified(written).strip()
    if len(simple) != 2 or simple[0] != "一" or simple[1] not in _ONE_AT_A_TIME_UNITS:
        return False
    after = _ONE_AT_A_TIME_AFTER.match(to_simplified(text[e : e + 8]))
    before = _ONE_AT_A_TIME_BEFORE.search(to_simplified(text[max(0, s - 8) : s]))
    return any(m is not None and m.group("unit") == simple[1] for m in (after, before))


#: A reward's noun (检举奖金, 奖励金, 奖励比例, 奖酬): a share of it is a rate a rule pays.
_REWARD = r"奖金|奖励|奖酬"
#: A reward's noun in the words before a share, back to the last full stop (a list of rates
#: may run on after ；: ``核发三种奖励比例，分别为30%…；…案件为15%；其余案件为10%``).
_REWARD_BEFORE = re.compile(_REWARD)
#: A reward's noun right after a share (``领取15%检举奖金``, ``10%至30%的奖励金``).
_REWARD_AFTER = re.compile(
    r"^\s*([至到~～\-－—]\s*[\d.]+\s*[%％])?\s*的?[\u4e00-\u9fff]{0,2}(" + _REWARD + ")"
)
_FULL_STOP = re.compile(r"[。！？!?\n]")


def reward_rate(text: str, s: int, e: int, unit: str) -> bool:
    """Whether the share ``text[s:e]`` is the rate of a reward a rule pays (context).

    A share with a reward's noun (检举奖金, 奖励金, 奖励比例, 奖酬) right after it or before it
    since the last full stop — ``可按实收罚锾数额领取15%检举奖金``, ``可获得实收罚锾10%至30%的
    奖励金``, ``核发三种奖励比例，分别为30%、15%及10%，其中…案件为30%`` — is the rate a rule
    sets for the informers, no result of any indicator.  A share with no reward's noun near it
    is not read (``削减率近9%…颁赠一千万元奖金``: the prize comes after, in another clause).

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s, e : int
        The figure's span.
    unit : str
        The figure's unit (a share: ``%``).

    Returns
    -------
    bool

    Examples
    --------
    >>> reward_rate("依規定，可按實收罰鍰數額領取15%檢舉獎金", 14, 17, "%")
    True
    >>> reward_rate("核发三种奖励比例，分别为30%、15%及10%；其余案件为10%", 31, 34, "%")
    True
    >>> reward_rate("降载削减率近9%，六都第一，颁赠一千万元奖金", 6, 8, "%")
    False
    """
    if unit.strip() not in ("%", "％"):
        return False
    stops = list(_FULL_STOP.finditer(text, max(0, s - 120), s))
    start = stops[-1].end() if stops else max(0, s - 120)
    return bool(
        _REWARD_BEFORE.search(to_simplified(text[start:s]))
        or _REWARD_AFTER.match(to_simplified(text[e : e + 16]))
    )


#: An amount in 元 (the earlier bound of a band in the same sentence), read by :func:`legal_bound`.
_AMOUNT = re.compile(r"[\d.,一二两三四五六七八九十百千万亿]+\s*[万亿]?元")


def fine_rate(text: str, s: int, unit: str, written: str = "") -> bool:
    """Whether the amount at ``s`` is a fine's rate per unit, not a fine levied.

    A penalty verb, then a unit the fine is counted by — ``每日``, ``每吨`` … before the
    amount (``按日连续处罚，每日罚款1万元``), or 元 per a unit as the amount's own unit
    (``处以20元/平方米，共计38500元``): the rate a rule or a decision sets.  The total it
    gives (``共计38500元``) is the fine levied, an outcome.  Read in simplified script.

    Parameters
    ----------
    text : str
        The report.
    s : int
        The figure's start.
    unit : str
        The figure's unit (as the parser gives it).
    written : str
        The figure as written (the parser may keep ``每吨罚款`` before the number in it).

    Returns
    -------
    bool

    Examples
    --------
    >>> fine_rate("对其行为处以20元/平方米，共计38500元", 7, "元/平方米")
    True
    >>> fine_rate("对其行为处以20元/平方米，共计38500元", 21, "元")
    False
    >>> fine_rate("实施按日连续处罚，每日罚款1万元", 13, "万元")
    True
    >>> fine_rate("全员劳动生产率为108737元/人", 8, "元/人")
    False
    """
    simple_unit = to_simplified(unit).replace(" ", "")
    if "元" not in simple_unit:
        return False
    # the words the parser kept before the number (每吨罚款1000元) read as the lead's end
    words = written[: next((k for k, ch in enumerate(written) if ch.isdigit()), len(written))]
    lead = to_simplified(text[max(0, s - 30) : s] + words)
    if re.match(r"^[万亿千]?元/", simple_unit):
        return _PENALTY_IN_LEAD.search(lead) is not None
    rate = _RATE_LEAD.search(lead)
    return (
        simple_unit.endswith("元")
        and rate is not None
        and _PENALTY_NEAR.search(lead[max(0, rate.start() - 12) :]) is not None
    )


def legal_bound(text: str, s: int, e: int, unit: str, written: str) -> bool:
    """Whether the amount ``text[s:e]`` is a penalty a law allows, not a fine imposed.

    * a modal and a penalty verb right before it, a currency or an earlier bound of the
      same band between (``最高可处300万元罚锾``, ``最高可罚600万``, ``依法可处新台币10万元
      以上，2,000万元以下罚锾``: both bounds);
    * a bound of a band of fines after a penalty verb (``并处十万元以上一百万元以下的罚款``,
      ``处2万元以上20万元以下罚款``): 以上/以下 on the figure or a second bound after it, then
      a fine's noun (:data:`~envindicators.extract._lexicon.FINE_NOUNS`).

    * a ceiling or floor told after such a band in its sentence (``可处1200元至10万元罚锾，
      工商厂、场最高可达500万元``).

    A fine imposed (``处以罚款10万元``, ``对…违法行为处以1150万元罚款``) names no modal and no
    band: it is an outcome.  Read in simplified script; amounts in 元 only.

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The figure's span.
    unit : str
        The figure's unit (as the parser gives it).
    written : str
        The figure as written.

    Returns
    -------
    bool

    Examples
    --------
    >>> legal_bound("最高可处300万元罚款", 5, 10, "元", "300万元")
    True
    >>> legal_bound("并处十万元以上一百万元以下的罚款", 7, 13, "元", "一百万元以下")
    True
    >>> legal_bound("对该公司处以罚款10万元", 9, 13, "元", "10万元")
    False
    """
    if not to_simplified(unit).endswith("元"):
        return False
    ss = start_of_sentence(text, s)
    lead = to_simplified(text[max(ss, s - 40) : s])
    if _LEGAL_MODAL.search(lead):
        return True
    if _LEGAL_CEILING.search(lead) and any(
        legal_bound(text, m.start(), m.end(), "元", m.group())
        for m in _AMOUNT.finditer(text, ss, s)
    ):
        return True  # 可处1200元至10万元罚锾，…最高可达500万元: the band's ceiling
    if not _PENALTY_BEFORE.search(lead):
        return False
    after = to_simplified(text[e : e + 30])
    band = bool(_BOUND_AFTER.search(to_simplified(written).strip())) or bool(
        _BAND_NEXT.match(after)
    )
    return band and _FINE_AFTER.match(after) is not None


def not_data(text: str, s: int, e: int, unit: str, written: str) -> str | None:
    """Why the figure ``text[s:e]`` is no indicator data at all (role ``context``), or ``None``.

    * a rule of frequency (``每年不少于3次``, ``每季度至少开展一次``): a norm of how often
      something must be done, no count of what was done;
    * a standard's margin (``严于国家大气污染物排放标准25%的标准``): how much stricter a
      standard applied is, no level of any indicator;
    * an amount a law allows (:func:`legal_bound`: ``最高可处300万元罚款``, ``并处十万元以上
      一百万元以下的罚款``): a bound the law sets, no fine imposed;
    * a reward's rate (:func:`reward_rate`: ``可按实收罚锾数额领取15%检举奖金``): the share a
      rule pays informers, no result;
    * the extent of a zone (``外推100米``, ``周边20公里范围内``, ``以外的1500米为暂不开采区``,
      ``100米影响距离``): a length that draws the area the counted objects lie in;
    * a count of the parts of another, titled document (``《…意见》提出的八个领域28项重点
      任务``, ``《行动计划》明确的35条措施``) — not of the inspection's own findings or
      rectification (``《整改方案》确定的58项整改任务``, ``反馈意见…梳理出61个问题``: the
      registry's ``inspection_findings`` and ``rectification_measures``), nor parts its clause
      reports done (``…确定的30个项目已全部完成``);
    * a count of items named by their numbers (``第10、31两项合并整改``);
    * one of a run that does a thing one at a time (``发现一起，查处一起``,
      ``整改一项、评估一项、销号一项``): a manner of working, no count.

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The figure's span.
    unit : str
        The figure's written unit.
    written : str
        The figure as written (the parser may keep words before the number in it).

    Returns
    -------
    str or None
        The reason, or ``None`` when the figure may be indicator data.

    Examples
    --------
    >>> not_data("省委常委会议题每年不少于3次", 7, 14, "次/年", "每年不少于3次")
    'a rule of frequency'
    >>> not_data("执行严于国家排放标准25%的标准", 10, 13, "%", "25%")
    "a standard's margin"
    >>> not_data("重点保护区外推100米范围", 7, 11, "米", "100米") is not None
    True
    >>> not_data("新建污水管网100公里", 6, 11, "公里", "100公里") is None
    True
    """
    cs = _clause_start(text, max(0, s - 40), s)
    lead = to_simplified(text[cs:s])
    simple = to_simplified(written).strip()
    simple_unit = to_simplified(unit)
    if _FREQUENCY_RULE.search(lead + simple):
        return "a rule of frequency"
    if _one_at_a_time(text, s, e, written):
        return "one of a run done one at a time"
    if _STANDARD_MARGIN.search(lead):
        return "a standard's margin"
    if legal_bound(text, s, e, unit, written):
        return "a bound a law sets (a penalty it allows)"
    if fine_rate(text, s, unit, written):
        return "a fine's rate per unit (set by a rule), not an amount levied"
    if reward_rate(text, s, e, unit):
        return "a reward's rate (set by a rule), not a result"
    if simple_unit in _LENGTH_UNITS and (
        _ZONE_BEFORE.search(lead) or _ZONE_AFTER.match(to_simplified(text[e : e + 6]))
    ):
        return "the extent of a zone"
    if simple_unit in _PART_UNITS:
        sentence = start_of_sentence(text, s)
        m = CLAUSE.search(text, e)
        rest = to_simplified(text[e : m.start() if m else len(text)])
        head = to_simplified(text[max(sentence, s - 40) : s])
        parts = _DOCUMENT_PARTS.search(head)
        if (
            parts is not None
            and not _OWN_DOCUMENT.search(parts.group("title"))
            and not _PARTS_DONE.search(rest)
            and not _DONE.search(lead)
        ):
            return "a count of a document's parts"
        if _NUMBERED_ITEMS.search(lead) and not simple[:1].isdigit():
            return "a count of items named by their numbers"
    return None


#: A standard or limit named right before its value in the figure's clause (台湾的标准为
#: 15µg/m3, 世卫标准为8小时平均值不多于100微克, 限值是50毫克/升, 二级标准值：35): the value the
#: standard sets — not a standard met or exceeded (达到二级标准的天数为300天: checked apart);
#: a standard set or changed to its value (将二氧化氮的空气质素指标定为年均浓度40微克, 准则值
#: 设定为5微克); the bound a standard's rule sets (新排放标准规定颗粒物排放浓度不得超过10毫克).
_STANDARD_VALUE = re.compile(
    r"(标准|标准值|限值|准则值|指导值|排放限值)\s*(为|是|[:：]|规定为|定为)[^，,。；;！？\n的]{0,16}$"
    r"|(标准|标准值|限值|准则值|指导值|质素指标|质量指标)\s*(订为|定为|设定为|订定为|设为|修订为|收紧至"
    r"|收紧为|放宽至)[^，,。；;！？\n的]{0,16}$"
    r"|(标准|限值)[^，,。；;！？\n]{0,4}规定[，,:：]?[^，,。；;！？\n]{0,20}?(不得|不应|不能|不准)"
    r"(超过|高于|大于|低于|少于|小于)?\s*$"
)
#: A verb that measures against a standard (达到/优于/超过…标准): the figure after it is what
#: was measured, not the standard's value.
_AGAINST_STANDARD = re.compile(
    r"(达到|达|优于|符合|满足|超过|超出|超|低于|高于|好于|劣于)[^，,。；;！？\n]{0,12}(标准|限值)"
)
#: Groups set up for the work (7个督察组, 28个督查组, 7个技术帮扶组, 3个工作专班): the
#: organisation of the work, no result of it — not units of plant (发电机组).
_GROUP_AFTER = re.compile(
    r"^[^，,。；;！？\n\d]{0,12}?((督察|督查|检查|工作|帮扶|专家|调研|暗访|巡查|巡视|核查|指导|督导"
    r"|执法|宣讲|联络|考核|验收)组|小组|专班|工作队)"
)
#: A visit right before a count of agencies in its clause (走访42个部门, 走访问询44个部门,
#: 走访调研52个有关部门, 赴68个部门和单位…) or after it (对41个相关部门进行了走访问询,
#: 赴68个部门和单位开展了走访问询): the bodies visited, the inspection's work — an outcome,
#: as checks 6/18/24/30 judge ``走访问询…139个``.
_VISITED_BEFORE = re.compile(r"(" + VISITS + r"|(?<![\u4e00-\u9fff])赴)[^，,。；;！？\n\d]{0,4}$")
_VISITED_AFTER = re.compile(
    r"^[^，,。；;！？\n\d]{0,10}?(开展|进行)了?[^，,。；;！？\n\d]{0,2}(" + VISITS + ")"
)
#: Agencies counted (住建部…农业部4部委, 24个部门联合发布, 68个部门和单位, 29个单位(部门)):
#: the bodies that act or are visited together — who did the work, no result of it nor a
#: count of the thing named after them.  Read on the figure's unit and the words after it
#: (:func:`counts_agencies`); a bare 单位 is not one (问责…15个单位: units held to account).
_AGENCIES = re.compile(r"^个?(部委|部门|委办局|厅局|(单位|部门)\s*(和|及|、|[(（])\s*(部门|单位))")


def counts_agencies(unit: str, after: str) -> bool:
    """Whether a figure in ``unit`` with the words ``after`` it counts agencies.

    Examples
    --------
    >>> counts_agencies("部委", "城市黑臭水体整治")
    True
    >>> counts_agencies("个", "部門和單位開展了走訪")
    True
    >>> counts_agencies("个", "单位")
    False
    """
    simple = to_simplified(unit)
    if simple not in ("个", "", "部委", "部门"):
        return False
    return _AGENCIES.match(simple + to_simplified(after).lstrip()) is not None


def visited(text: str, s: int, e: int) -> bool:
    """Whether the count ``text[s:e]`` counts bodies an inspection visited.

    A verb of visiting (:data:`~envindicators.extract._phrases.VISITS`: 走访, 问询, 调研; or
    赴) right before the count in its clause (``走访42个部门``, ``走訪問詢44個部門``), or 开展 /
    进行 and that verb after it in its clause (``对41个相关部门进行了走访问询``, ``赴68个部门
    和单位开展了走访问询``): the departments visited are the work the inspection did (an
    outcome, as the hand checks judge ``走访问询省级有关部门和单位139个``), not the bodies
    doing the work (:func:`counts_agencies`: ``24个部门联合发布``).

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s, e : int
        The count's span.

    Returns
    -------
    bool

    Examples
    --------
    >>> visited("督察组走访42个部门，调阅资料", 5, 8)
    True
    >>> visited("對41個相關部門進行了走訪問詢", 1, 4)
    True
    >>> visited("24个部门联合发布", 0, 3)
    False
    """
    lead = to_simplified(text[_clause_start(text, max(0, s - 20), s) : s])
    c = CLAUSE.search(text, e)
    after = to_simplified(text[e : c.start() if c else len(text)])
    return bool(_VISITED_BEFORE.search(lead) or _VISITED_AFTER.match(after))


#: After a count: the thing named is one of them (11件实事之一, 74个重点城市之一) — the size of
#: the set, not a count of what was done; not a fraction (三分之一).
_ONE_OF_AFTER = re.compile(r"^[^，,。；;！？\n\d]{0,14}?(?<!分)之一")
#: After a count: places tied in a rank (2个并列第7): a note on the ranking, no data.
_TIED_AFTER = re.compile(r"^\s*[)）]?\s*并列")
#: After a count: lists or rankings (两个榜单各有20个城市): the lists, not their contents.
_LISTS_AFTER = re.compile(r"^\s*(榜单|排行榜|排名榜)")
#: After a count of places or stations: they carry out monitoring (325个地级及以上城市开展了
#: 监测, 1436个国控点位开展了空气质量监测): the network's scope, no result of it.
_MONITORING_SCOPE_AFTER = re.compile(
    r"^[^，,。；;！？\n\d]{0,16}?(城市|市|县|区|点位|监测点|测点|断面|站点|监测站|站)"
    r"[^，,。；;！？\n\d]{0,8}?(开展|进行)(了)?[^，,。；;！？\n\d]{0,16}?监测"
)

#: After a count: 的, a second count and 中 closing it (122條河流布設的218個監測斷面中，…,
#: 全市12个区县的68个点位中，…, 5家企业的12个排放口中有…): the first count only says what
#: holds the set a share or a tally after it is taken over — a frame, no result.  中 closes
#: the set before a mark, a class (断面中Ⅰ～Ⅲ类) or 有/共/仅/均; not 中 of another word
#: (集中式, 中心城市).
_FRAME_AFTER = re.compile(
    r"^[^，,。；;！？\n\d]{0,8}?的\s*(\d+|[一二两三四五六七八九十百]+)\s*[^，,。；;！？\n\d]{1,12}?中"
    r"(?=\s*[，,：:、（(]|\s*$|[^\u4e00-\u9fff]|有|共|仅|只|均|全部)"
)
#: After a count: its noun and 中, then a part of them counted at once (1500套拆迁还建房中约500套
#: 涉嫌被诈骗, 北部地區八十天中有十二天「不良橘」, 1260名市民中有234名): the whole the part is
#: said of — its size, context; the part is the result.  Not 中 of a state (正改善中, 整改中
#: with no count after it), nor a batch of cases split by place (73件案件中，哈尔滨市39件: the
#: cases are the registry's count; :data:`~envindicators.extract._lexicon.CASE_UNITS`).
_WHOLE_BEFORE_PART = re.compile(
    r"^[^，,。；;！？\n\d]{0,12}?中\s*(有|约|共|仅|只|仅有|只有)?\s*"
    r"(\d|[一二两三四五六七八九十百千]+\s*[个套座家处条所天日户辆台名人])"
)
#: Units of a count read by :data:`_FRAME_AFTER` (rivers, places, firms, stations).
_FRAME_UNITS = frozenset({"个", "", "条", "座", "家", "处", "县", "市", "区"})
#: Units of a whole read by :data:`_WHOLE_BEFORE_PART`: things, days, households, people —
#: no cases (件, 起, 宗) and no amounts (an area, a mass: 面积60万平方公里中有…).
_WHOLE_UNITS = frozenset(
    {"个", "", "套", "座", "家", "处", "条", "所", "天", "日", "户", "辆", "台", "名", "人"}
)

#: Coverage written before a count in its clause (覆盖2050个国控断面, 涉及提标改造整改任务的4个
#: 县市): the places or stations the work or the network reaches …
_COVERS_BEFORE = re.compile(r"(覆盖|涉及)[^，,。；;！？\n\d]{0,20}$")
#: … when what is counted is a division or a part of a monitoring network (not 涉及大气污染80件:
#: complaints are data).
_COVERED_AFTER = re.compile(
    r"^[^，,。；;！？\n\d、]{0,6}?(省|市|县|区|乡镇|乡|镇|村|街道|社区|城市|盟市|县市|县区|断面|点位"
    r"|监测点|测点|站点|监测站|测站|流域)"
)
#: Units of a count of places or stations covered (not 件: 涉及蕉城区1件 counts complaints).
_COVER_UNITS = frozenset({"个", "", "座", "处"})
#: After a count of bodies or places: they take part (共有30家企业参与, 14个市配合): who
#: joined the work, no result of it.
_TAKE_PART_AFTER = re.compile(
    r"^[^，,。；;！？\n]{0,12}?(参与|参加|配合|协助)[^，,。；;！？\n]{0,2}$"
)
#: Units of a count of bodies or places that take part (not people: 出动200人次参加 is work).
_PARTY_UNITS = frozenset({"个", "家"})
#: A part of a monitoring network right before a count in parentheses (人工測站(3處),
#: 自动监测站（12个）): the size of the network maintained, no result.
_NETWORK_BEFORE = re.compile(r"(测站|监测站|站点|点位|监测点|断面)\s*[（(]\s*$")
#: Words that build or add to a network in the clause (新建自动监测站（5个）): a result.
_BUILT = re.compile(r"新建|建成|新增|增设|新设|建设")


#: The written units of a temperature (度 as the parser reads 280度以上, ℃, 摄氏度).
_TEMPERATURE_UNITS = frozenset({"度", "℃", "°C", "摄氏度", "degC"})
#: Words of a plant's process or equipment around a temperature in its clause (以280度以上高温
#: 进行冶炼作业, 焚烧炉炉膛温度850℃): a working condition of the plant, no environmental
#: measure of a place (an air or water temperature names none of them).
_PROCESS_WORDS = re.compile(
    r"冶炼|熔炼|焚烧|燃烧|炉|窑|锅炉|加热|烘干|烧结|煅烧|熔化|作业|生产线|工艺"
)


def reference_or_process(text: str, s: int, e: int, unit: str, written: str) -> str | None:
    """Why the figure ``text[s:e]`` is a reference or a step of the work (role ``context``).

    * a standard's value named right before it (``台湾的标准为15µg/m3``, ``世卫标准为8小时
      平均值不多于100微克``, ``排放限值为50毫克/升``), set (``空气质素指标定为年均浓度40微克``)
      or bounded by its rule (``标准规定…不得超过10毫克/立方米``): the limit a standard sets,
      no level of the place — not a figure measured against a standard
      (``达到二级标准的天数为300天``);
    * a count of groups set up for the work (``7个中央生态环境保护督察组``, ``28个督查组``,
      ``成立了7个技术帮扶组``): the organisation, no result (not ``发电机组``);
    * the size of a set the thing named is one of (``为农民办的11件实事之一``, ``全国74个重点
      城市之一``);
    * a count of places tied in a rank (``2个并列第7``) or of lists (``两个榜单``);
    * a count of places or stations that carry out monitoring (``325个地级及以上城市开展了
      …监测``): the scope of the network, no result of the monitoring;
    * the whole a part is said of (:data:`_WHOLE_BEFORE_PART`: ``1500套拆迁还建房中约500套
      涉嫌被诈骗``, ``八十天中有十二天``): its size, context — the part is the result;
    * a temperature of a plant's process or equipment (``以280度以上高温进行冶炼作业``,
      ``焚烧炉炉膛温度850℃``): a working condition, no environmental measure of a place.

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s, e : int
        The figure's span.
    unit : str
        The figure's written unit.
    written : str
        The figure as written.

    Returns
    -------
    str or None
        The reason, or ``None`` when the figure may be indicator data.

    Examples
    --------
    >>> reference_or_process("台灣的標準為15µg/m3", 6, 14, "µg/m3", "15µg/m3")
    "a standard's value"
    >>> reference_or_process("空气质量达到二级标准为300天", 12, 16, "天", "300天") is None
    True
    >>> reference_or_process("7个督察组进驻", 0, 2, "个", "7个")
    'a count of groups set up for the work'
    >>> reference_or_process("該工廠正以280度以上高溫進行冶煉", 5, 12, "度", "280度以上")
    'a working condition of a plant or process (its temperature)'
    >>> reference_or_process("年平均气温15.2℃", 5, 10, "℃", "15.2℃") is None
    True
    """
    m = CLAUSE.search(text, e)
    after = to_simplified(text[e : min(m.start() if m else len(text), e + 40)])
    simple_unit = to_simplified(unit)
    sentence = start_of_sentence(text, s)
    said = to_simplified(text[max(sentence, s - 40) : s])  # across 标准值：35 (a colon)
    if _STANDARD_VALUE.search(said) and not _AGAINST_STANDARD.search(said):
        return "a standard's value"
    if counts_agencies(unit, after) and not visited(text, s, e):
        return "a count of agencies (the bodies doing the work)"
    if simple_unit in _TEMPERATURE_UNITS:
        cs = _clause_start(text, sentence, s)
        clause = to_simplified(text[cs : m.start() if m else len(text)])
        if _PROCESS_WORDS.search(clause):
            return "a working condition of a plant or process (its temperature)"
        return None
    if simple_unit in _FRAME_UNITS and _FRAME_AFTER.match(after):
        return "a count that frames the set a later figure is taken over"
    if simple_unit in _WHOLE_UNITS and _WHOLE_BEFORE_PART.match(after):
        return "the whole a part after it is said of"
    if simple_unit not in _COUNT_UNITS:
        return None
    if simple_unit not in CASE_UNITS and _GROUP_AFTER.match(after):
        return "a count of groups set up for the work"  # not 85件(经省督察组…: cases
    if _ONE_OF_AFTER.match(after):
        return "the size of a set the thing named is one of"
    if _TIED_AFTER.match(after) or _LISTS_AFTER.match(after):
        return "a count of places tied in a rank or of lists"
    if _MONITORING_SCOPE_AFTER.match(after):
        return "the scope of a monitoring network (places that monitor)"
    lead = to_simplified(text[_clause_start(text, max(0, s - 40), s) : s])
    if simple_unit in _COVER_UNITS and _COVERS_BEFORE.search(lead) and _COVERED_AFTER.match(after):
        return "the places or stations the work or network covers"
    if simple_unit in _PARTY_UNITS and _TAKE_PART_AFTER.match(after):
        return "a count of the bodies or places that take part"
    if _NETWORK_BEFORE.search(lead) and not _BUILT.search(lead):
        return "the size of a monitoring network"
    return None


#: A verb of taking a sample or asking people, then at most a short noun, right before a count
#: in its clause (访问了1260名市民, 抽查企业30家, 随机抽取200户, 共调查了500人, 问卷调查
#: 1200份): the count is the sample's size.  Not 访问 inside 信访问题, nor a verb as an
#: attribute (可调查件数, 无法调查, 已调查); 走访 is work done (走访调研52个部门).
_SAMPLED_BEFORE = re.compile(
    r"(?<![信可能无已])(访问|访谈|调查|问卷调查|抽查|抽检|抽测|抽样|抽取|随机抽取|抽样调查)了?"
    r"(共|共计|合计)?[^\d，,。；;！？\n了]{0,6}$"
)
#: 监测 right before a count of points, times, samples or days in its clause (共监测286点次,
#: 晝夜各監測30點次, 有效监测361天, 总监测天数366天; the count right after the verb or its
#: noun): the measurements a rate after them is taken over — the rate's denominator (with
#: :data:`_SAMPLE_PART` or :data:`_RATE_OF_SAMPLE` after it).  Not 监测站12个 (a network).
_MONITORED_BEFORE = re.compile(r"(?<![自在])监测了?(共|共计|合计)?(点位|断面|样品|天数)?\s*$")
#: A rate of the measurements told later in the sentence (达标率, 超标率, 优良比例, 合格率).
_RATE_OF_SAMPLE = re.compile(r"(达标|超标|优良|合格|检出)(率|比例)")
#: Words before the sampling verb that make the count work done to a plan (完成, 累计, 已):
#: ``累计抽查企业300家`` counts inspections made, an outcome.
_SAMPLE_DONE = re.compile(r"完成|累计|已|全年|共计完成")
#: A part of the sample told after it in its sentence (其中, 结果显示, 发现, 有 …, then a count):
#: ``结果显示只有234名市民认为…``, ``其中不合格134车次``, ``发现12家存在问题``.
_SAMPLE_PART = re.compile(
    r"(其中|结果显示|结果表明|调查显示|发现|只有|仅有|有|不合格|合格|超标|达标)[^\d。；;！？\n]{0,12}?\d"
)


def sample_size(text: str, s: int, e: int, unit: str) -> str | None:
    """Why the count ``text[s:e]`` is the size of a sample (role ``context``), or ``None``.

    A verb of sampling or asking (:data:`_SAMPLED_BEFORE`: 访问, 调查, 抽查, 抽检, 抽取 …)
    right before the count in its clause, and a part of the sample told after it in the same
    sentence (:data:`_SAMPLE_PART`: ``工联会访问了1260名市民，结果显示只有234名…``, ``共抽查
    1166车次，其中不合格车次134车次``): the size of the group a later figure is measured on.
    Not a count of work done to a plan (``累计抽查企业300家``: 完成, 累计, 已 before the
    verb), nor a sample with nothing measured on it (``抽查企业30家。``).  (A plan's list of
    tasks, ``全区共确定94项整改任务``, is no sample: the registry's rectification_measures,
    an outcome, as the bundled tables file ``制定了8大类26项强化措施``.)

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s, e : int
        The count's span.
    unit : str
        Its written unit.

    Returns
    -------
    str or None
        The reason, or ``None``.

    Examples
    --------
    >>> sample_size("访问了1260名市民，结果显示只有234名市民认为", 3, 8, "名")
    "a sample's size (a later figure is measured on it)"
    >>> sample_size("全区共确定94项整改任务。", 5, 8, "项") is None
    True
    >>> sample_size("累计抽查企业300家，发现12家存在问题", 6, 10, "家") is None
    True
    """
    lead = to_simplified(text[_clause_start(text, max(0, s - 30), s) : s])
    sentence = start_of_sentence(text, s)
    simple_unit = to_simplified(unit)
    monitored = _MONITORED_BEFORE.search(lead)
    sampled = _SAMPLED_BEFORE.search(lead) or monitored
    if sampled is None or simple_unit in ("%", "％", "元", "万元", "亿元"):
        return None
    if _SAMPLE_DONE.search(to_simplified(text[max(sentence, s - 30) : s])):
        return None
    end = end_of_sentence(text, e)
    rest = to_simplified(text[e:end])
    if _SAMPLE_PART.search(rest) or (monitored is not None and _RATE_OF_SAMPLE.search(rest)):
        return "a sample's size (a later figure is measured on it)"
    return None


#: After a count in its sentence: all of the group met a standard (均, 全部, 都), then its rate
#: (``全市25个…水源地水质监测结果均达到Ⅲ类…，达标率为100%``, ``61个水质监测点位，全部达到或
#: 优于Ⅲ类，水质优良率…``): the count is the group the rate is taken over.
_ALL_RATED_AFTER = re.compile(
    r"^[^。；;！？\n\d]{0,40}?(均|全部|都)[^。；;！？\n\d]{0,30}?" + _RATE_OF_SAMPLE.pattern
)
#: Units of a count of things a rate can be taken over (sources, sections, points, sites).
_RATED_UNITS = frozenset({"个", "座", "处", "条", "家", "所"})


def rated_group(text: str, s: int, e: int, unit: str) -> str | None:
    """Why the count ``text[s:e]`` is the group a later rate is taken over, or ``None``.

    A count of things (:data:`_RATED_UNITS`) whose sentence then says all of them met a
    standard (均, 全部, 都) and gives the rate over them (:data:`_ALL_RATED_AFTER`: ``全市25个
    县级及以上集中式饮用水水源地水质监测结果均达到Ⅲ类及以上水质标准，达标率为100%``): the
    size of the group behind the rate (role ``context``), as a count monitored before a rate
    is (:func:`sample_size`).  A count with no rate after it (``25个水源地均达标。``) or a rate
    not stated over all of them (``其中23个达标，达标率92%``) is left alone.

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s, e : int
        The count's span.
    unit : str
        Its written unit.

    Returns
    -------
    str or None

    Examples
    --------
    >>> rated_group("全市25个水源地水质均达到Ⅲ类标准，达标率为100%。", 2, 5, "个")
    'the group a rate after it is taken over'
    >>> rated_group("全市25个水源地水质均达到Ⅲ类标准。", 2, 5, "个") is None
    True
    """
    if to_simplified(unit) not in _RATED_UNITS:
        return None
    rest = to_simplified(text[e : end_of_sentence(text, e)])
    if _ALL_RATED_AFTER.match(rest):
        return "the group a rate after it is taken over"
    return None


#: A small count as written, its measure word after it (4个, 4市, 十二个, 3座城市).
_SMALL_COUNT = re.compile(
    r"^\s*(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*"
    r"(个|座|家|处|条|所|种|市|县|区|省|个城市|座城市|个市|个县)?\s*$"
)
#: After a count in its clause: the set's members ranked or listed one after another
#: (12个盟市优良天数比例由高至低依次为：…, 相对较差的3个盟市依次是…).
_RANKED_AFTER = re.compile(
    r"^[^，,。；;！？\n\d]{0,24}?(依次|由高[至到]低|由低[至到]高|从高到低|从低到高)"
)
#: Words right before a count that make it a result (有73个城市, 厦门等14个城市, 其中3个).
_RESULT_LEAD = re.compile(r"(有|等|其中)\s*$")
#: A verb of change or of work done in the clause of a listed count (新增绵阳、乐山、眉山3个
#: 达标城市): the count is how many were added or done, a result — not the list's size.
_RESULT_VERB = re.compile(r"新增|新建|增加|减少|建成|完成|淘汰|关停|取缔|达到")
#: A clause that is only a list of names (南昌、新余、赣州、宜春 / 太原、晋中、吕梁和临汾).
_NAME_LIST = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}[、和及与])+[\u4e00-\u9fff]{1,8}$")
#: A clause that ends in a list of short names after its verb (进驻江苏、安徽、四川、贵州 — the
#: first name's words run into the verb before it, the others are names alone).
_TAIL_NAME_LIST = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[、和及与][\u4e00-\u9fff]{1,4})+$")
#: A list of figures in a clause (水3个、大气5个、噪声…): its members are counted, no names.
_FIGURE_MEMBER = re.compile(r"\d\s*[^\d、和及与，,\s]{0,3}[、和及与]")


#: A count of places that changed, closing its clause with no figure after (``枣庄等6市同比
#: 持平``, ``其余18市同比下降``, ``27个城市PM2.5平均浓度同比下降``, ``等9市环境空气质量同比有所
#: 改善``): the places that did something, a finding — not the group a change is given over
#: (``337市PM2.5浓度同比下降8.3%``: a figure follows).  Words of all of them (均, 全部, 都,
#: 总体: :data:`_ALL_CHANGED`) keep the set's size (simplified script).
_PLACES_CHANGED = re.compile(
    r"^(?P<noun>[^，,。；;！？\n]{0,16}?)(?:同比|环比|较上年|比上年|较去年|与上年相比)"
    r"(?:有所|略有|明显)?(?:持平|上升|下降|提升|升高|降低|变差|变好|改善|恶化|好转|增加|减少)"
    r"(?:了)?$"
)
#: Words saying all the places counted changed (``13个市PM2.5浓度均同比下降``): the set's size.
_ALL_CHANGED = re.compile(r"(?<![平人])均|全部|都|总体|一律")


def places_changed(after: str) -> bool:
    """Whether the words after a count of places to its clause's end say the places changed.

    A change year on year closing the clause (:data:`_PLACES_CHANGED`: ``枣庄等6市同比持平``,
    ``佛山和清远2市AQI达标率同比提升``) makes the count one of places that did something — an
    outcome (convention (f)).  Not a change with
    its figure after (the group it is given over), nor one said of all of them (均, 全部).

    Parameters
    ----------
    after : str
        The count's words to its clause's end (simplified script).

    Returns
    -------
    bool

    Examples
    --------
    >>> places_changed("同比持平"), places_changed("AQI达标率同比提升")
    (True, True)
    >>> places_changed("PM2.5浓度同比下降8.3%"), places_changed("个市PM2.5浓度均同比下降")
    (False, False)
    """
    changed = _PLACES_CHANGED.match(after.strip())
    return changed is not None and not _ALL_CHANGED.search(changed["noun"])


def set_size(text: str, s: int, e: int, written: str) -> str | None:
    """Why the count ``text[s:e]`` is only the size of a set named around it, or ``None``.

    * the set's members are ranked or listed right after it in its clause
      (``12个盟市优良天数比例由高至低依次为：…``, ``空气质量相对较差的3个盟市依次是乌海市…``):
      the figures are the members'; the count says how many were listed;
    * the count restates the number of names its clause lists right before it
      (``南昌、新余、赣州、宜春4个城市``, ``太原、晋中、吕梁和临汾4市``, after a verb of its
      own: ``进驻江苏、安徽、四川、贵州4个省``): it adds nothing to
      the list (a list summed with 等, ``海口、舟山等20个城市``, may count more than it names
      and is left alone; so is a list after a verb of change or work, ``新增绵阳、乐山、眉山3个
      达标城市``: the count of what was added is a result).

    A count after 有, 等 or 其中 (``有5个城市``) is a result and is left alone.  Read in
    simplified script.

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The figure's span.
    written : str
        The figure as written.

    Returns
    -------
    str or None
        The reason (role ``context``), or ``None``.

    Examples
    --------
    >>> set_size("南昌、新余、赣州、宜春4个城市浓度达标", 11, 13, "4个")
    'the size of the list named before it'
    >>> set_size("12个盟市由高至低依次为", 0, 3, "12个")
    'the size of a set ranked or listed after it'
    >>> set_size("南昌、新余等4个城市", 6, 8, "4个") is None
    True
    """
    m = _SMALL_COUNT.match(to_simplified(written))
    if m is None:
        return None
    lead = to_simplified(text[_clause_start(text, max(0, s - 60), s) : s]).strip()
    if _RESULT_LEAD.search(lead):
        return None
    c = CLAUSE.search(text, e)
    after = to_simplified(text[e : c.start() if c else len(text)])
    if _RANKED_AFTER.match(after):
        return "the size of a set ranked or listed after it"
    listed = _NAME_LIST.match(lead) or (
        None if _FIGURE_MEMBER.search(lead) else _TAIL_NAME_LIST.search(lead)
    )
    if listed and not _RESULT_VERB.search(lead):
        n = m.group("n")
        count = int(n) if n.isdecimal() else parse_integer(n)
        if count == len(re.split(r"[、和及与]", listed.group(0))):
            return "the size of the list named before it"
    return None


#: Units of a count of things (个, 家, 件 …) read by :func:`reference_or_process`.
_COUNT_UNITS = frozenset({"个", "", "支", "件", "家", "座", "项", "处", "批"})
#: Words between a figure and 的…目标 after it that say the target was missed (5座未达…明确的
#: 浓度提升目标): the figure counts what fell short, it names no target.
_MISSED = re.compile(r"未|没有|没能|尚未|不能|不到")
_NAMED_TARGET_AFTER = re.compile(r"^[^，,。；;！？\n]{0,30}?的[^，,。；;\n]{0,6}目标")


def names_target_after(text: str, e: int, sentence_end: int) -> bool:
    """Whether the words after the figure ending at ``e`` name it a target's value.

    ``超额完成PM2.5浓度同比下降4%的改善目标``: the figure is the target's.  Not when those words
    say the target was missed (``其中5座未达省有关部门明确的浓度提升目标``: 5 counts the
    plants that fell short, an outcome).

    Parameters
    ----------
    text : str
        The report.
    e : int
        End of the figure.
    sentence_end : int
        End of its sentence.

    Returns
    -------
    bool
    """
    m = _NAMED_TARGET_AFTER.match(to_simplified(text[e:sentence_end]))
    return m is not None and not _MISSED.search(m.group(0))


def survey_design(text: str, s: int, e: int) -> bool:
    """Whether the figure ``text[s:e]`` lays out a survey or a monitoring network.

    ``布设111个测点``, ``在92条交通干线设置监测点118个``, ``選取了16條道路，共設置64個監測點位``,
    ``采集样品45个``, ``我市共设地表水监测点64个(其中河流48个…)``: a verb of laying out
    (:data:`_DESIGN_VERB`) before the figure in its clause and a noun of what the network is
    made of (:data:`_DESIGN_NOUN`) between that verb and the figure or right after the
    figure — the design of the measurement, no
    result of it (role ``context``).  So is the network whose readings the sentence reports
    (:data:`_DATA_SOURCE_AFTER`: ``設於臺北市五個監測站所監測數值顯示，…日數百分比為2.21%``,
    ``根据四个空气监测站的资料显示``): the stations a share is over.  So are the points a
    purpose is said of right before the count (:data:`_PURPOSE_POINTS`:
    ``用于反映城市各类功能区声环境质量的监测点位210个``,
    ``用於評價整個城市環境噪聲總體水平的區域聲環境監測點位3518個``): the network's parts by
    their use.  A network built or extended (``新设置``, ``增设``,
    ``新建监测站``) or a layout its sentence reports as work done (``完成…布点，共布设监测
    点位1.8万个``, ``已布设``, ``累计布设``) is an outcome and is left alone.

    Parameters
    ----------
    text : str
        The report.
    s, e : int
        The figure's span.

    Returns
    -------
    bool

    Examples
    --------
    >>> survey_design("在92条交通干线设置监测点118个", 13, 17)
    True
    >>> survey_design("用於反映道路交通噪聲水平的監測點位1405個", 17, 22)
    True
    >>> survey_design("新建用于反映道路交通噪声水平的监测点位12个", 19, 22)
    False
    >>> t = "我市共设地表水监测点64个(其中河流48个,湖库16个)"
    >>> survey_design(t, 10, 13), survey_design(t, 18, 21), survey_design(t, 24, 27)
    (True, True, True)
    >>> survey_design("全市共建设监测点64个", 8, 11)
    False
    >>> survey_design("依据设于台北市五个监测站所监测数值显示", 7, 9)
    True
    >>> survey_design("全市建成五个监测站，监测数据实时公开", 4, 6)
    False
    """
    if _DATA_SOURCE_AFTER.match(to_simplified(text[e : e + 24])):
        return True  # 設於臺北市五個監測站所監測數值顯示: the stations the data are read at
    cs = _clause_start(text, max(0, s - 40), s)
    sentence = start_of_sentence(text, s)
    aside = max(text.rfind("(", sentence, s), text.rfind("（", sentence, s))
    if aside >= 0 and not _ASIDE_CLOSED.search(text, aside, s):  # (其中河流48个，湖库16个):
        cs = min(cs, _clause_start(text, max(0, aside - 40), aside))  # the aside's clause
    lead = to_simplified(text[cs:s])
    if _LAYOUT_DONE.search(to_simplified(text[sentence:s])):
        return False
    if _PURPOSE_POINTS.search(lead) and not _BUILT.search(lead):
        return True  # 用于反映…的监测点位210个: the network's points by their use
    verbs = list(_DESIGN_VERB.finditer(lead))
    if not verbs:
        return False
    verb = verbs[-1]
    if verb.group(1) == "布点" and not lead[verb.end() :].strip():
        return True  # 监测网格布点160个: the points laid out are the figure's own noun
    m = CLAUSE.search(text, e)
    after = to_simplified(text[e : min(m.start() if m else len(text), e + 8)])
    return bool(_DESIGN_NOUN.search(lead[verb.end() :]) or _DESIGN_NOUN.match(after.lstrip()))


#: A heading that announces targets (二、工作目标, (一)约束性指标。, 1.环境空气质量改善目标,
#: 目标任务, 主要目标): its item number, the label, an end mark at most.  Not a heading of
#: what was reached (目标完成情况, 目标任务落实情况: they end otherwise).
_TARGET_HEADING = re.compile(
    r"^[ \t\u3000]*(第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十百]+[、.．]|"
    r"[(（][一二三四五六七八九十\d]+[)）]|\d{1,3}[.．、](?!\d))?[ \t\u3000]*"
    r"[^\d。；;，,]{0,16}?(目标|目标任务|约束性指标|预期性指标|目标指标)"
    r"[ \t\u3000]*[。:：]?[ \t\u3000]*$"
)
#: The longest line read as a heading when looking for the end of a target section.
_SECTION_LINE_MAX = 30
#: A line that is a bullet list's item (●优良天数不低于317天): the mark opens it.
_BULLET_LINE = re.compile(r"^[ \t\u3000]*[●•▪■◆◇▶➢·]")
#: A heading of a bullet list of targets or requirements, a year and words allowed
#: (确定2021空气质量目标, 2022年重点任务, 工作要求); not of what was done with them
#: (目标完成情况, 任务落实情况: they end otherwise).
_BULLET_HEADING = re.compile(r"(目标|任务|要求|指标)[ \t\u3000]*[。:：]?[ \t\u3000]*$")


def target_sections(text: str) -> np.ndarray:
    """The sections of ``text`` under a heading that announces targets, shape ``(n, 3)``.

    A heading line of targets (:data:`_TARGET_HEADING`: ``二、工作目标``, ``（一）约束性指标。``,
    ``1.大气环境质量改善目标``, ``目标任务``) opens a section that runs to the next short line
    (at most 30 characters, a heading) that announces no target: the figures of its
    paragraphs are targets — where their own clause does not say they were reached
    (the reader checks that first).  A bullet line (``●优良天数不低于317天``) whose nearest
    heading above announces targets, tasks or requirements, a year allowed in it
    (``确定2021空气质量目标``), is a section of its own too.  Each row is the heading's start,
    its end (where the section's text starts) and the section's end, in order.  Read in
    simplified script.

    Parameters
    ----------
    text : str
        The report.

    Returns
    -------
    numpy.ndarray
        ``int64`` array of ``(heading_start, heading_end, section_end)``.

    Examples
    --------
    >>> text = "二、工作目标\\n全市PM2.5浓度降至40微克/立方米。\\n三、重点任务\\n…"
    >>> target_sections(text).tolist()
    [[0, 6, 28]]
    """
    simple = to_simplified(text)
    rows: list[tuple[int, int, int]] = []
    open_at: tuple[int, int] | None = None
    pos = 0
    for line in simple.split("\n"):
        end = pos + len(line)
        if _TARGET_HEADING.match(line):
            if open_at is None:
                open_at = (pos, end)
        elif (
            open_at is not None
            and 0 < len(line.strip()) <= _SECTION_LINE_MAX
            and not line.strip().endswith(("。", "；", ";"))
        ):  # the next heading, which announces no target, ends the section
            rows.append((*open_at, pos))
            open_at = None
        pos = end + 1
    if open_at is not None:
        rows.append((*open_at, len(text)))
    rows += _bullet_sections(simple)
    return np.array(sorted(rows), dtype=np.int64).reshape(-1, 3)


def _bullet_sections(simple: str) -> list[tuple[int, int, int]]:
    """Bullet lines whose nearest heading above announces targets, tasks or requirements.

    A heading here is a short line (at most :data:`_SECTION_LINE_MAX` characters, no
    sentence end) that is no bullet line itself; it may hold a year (``确定2021空气质量目标``).
    Each bullet line under it, with only prose paragraphs or other bullet lines between,
    is a section ``(heading_start, line_start, line_end)``: the list items are what the
    heading sets (a prose paragraph between them reports, and is left to the other rules;
    the reader takes the first date from the heading on as the section's deadline).
    """
    rows: list[tuple[int, int, int]] = []
    head: tuple[int, int] | None = None
    pos = 0
    for line in simple.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if _BULLET_LINE.match(line):
            if head is not None:
                rows.append((head[0], pos, end))
        elif 0 < len(stripped) <= _SECTION_LINE_MAX and not stripped.endswith(("。", "；", ";")):
            head = (pos, end) if _BULLET_HEADING.search(stripped) else None
        pos = end + 1
    return rows


#: A verb or bound of a level to reach in the figure's clause (达到, 控制在, 下降, 以上,
#: 左右): what a target says of its figure.  A count of problems or items listed under a
#: target heading (归纳出的16项问题) says none.
_ATTAIN = re.compile(
    r"达到|达|控制|降至|降到|降低|下降|提高|提升|上升|增加|增长|减少|削减|完成|实现|保持|稳定"
    r"|不低于|不高于|不超过|低于|高于|超过|以上|以内|以下|左右|全覆盖"
)


def in_section(sections: np.ndarray, text: str, s: int, e: int) -> int | None:
    """The row of :func:`target_sections` that makes the figure ``text[s:e]`` a target.

    The figure lies in the section's text and its clause says what level is to be
    reached (:data:`_ATTAIN`: ``PM2.5年均浓度达51微克``, ``用水量控制在15亿立方米以内``,
    ``同比下降5%以上``); a count under the heading that says none (``归纳出的16项问题``)
    is left to the other rules.

    Parameters
    ----------
    sections : numpy.ndarray
        :func:`target_sections` of ``text``.
    text : str
        The report.
    s, e : int
        The figure's span.

    Returns
    -------
    int or None
        The row of ``sections``, or ``None``.
    """
    if not len(sections):
        return None
    hit = np.flatnonzero((sections[:, 1] < s) & (sections[:, 2] > s))
    if not len(hit):
        return None
    m = CLAUSE.search(text, e)
    words = to_simplified(
        text[_clause_start(text, max(0, s - 60), s) : m.start() if m else len(text)]
    )
    return int(hit[-1]) if _ATTAIN.search(words) else None


def _words(text: str, s: int, e: int, unit: str, written: str) -> str:
    """The figure with the words of its clause right before and after it (no digits)."""
    lo = _clause_start(text, max(0, s - _LEAD - 2), s)
    lead = _NO_WORD.sub("", to_simplified(text[lo:s]))[-_LEAD:]
    hi = e + _TAIL
    m = CLAUSE.search(text, e, hi)
    tail = _NO_WORD.sub("", to_simplified(text[e : m.start() if m else hi]))[:_TAIL]
    own = _NO_WORD.sub("", to_simplified(written)).replace(to_simplified(unit), "", 1)
    return f"{lead}|{own}|{tail}"


def repeats(
    rows: Sequence[dict[str, Any]],
    spans: Sequence[tuple[int, int]],
    text: str,
    key: Sequence[str],
    rank: Sequence[int],
    undated: Sequence[bool] | None = None,
    period: Sequence[str] = (),
) -> list[int | None]:
    """For each row, the row it repeats (the same figure stated again), else ``None``.

    Two rows are the same figure when they agree on every column of ``key`` (indicator,
    region, period or deadline, value, unit, kind …) and the figure is written with the
    same words: the last six characters of its clause before it, its own words, and the
    first four after it (digits, spaces and punctuation aside), with at least two such
    characters in all — ``2017年，全省拆除燃煤小锅炉6968台`` and ``2017年全省拆除燃煤小锅炉6968台``
    in two sections are one figure; ``保安等3家煤矿`` and ``张家湾矿等3家煤矸石堆场`` are
    two.  So are two figures whose sentences go on with the same twelve characters after
    them (digits kept, punctuation aside), whatever the words before: ``逐条逐句梳理出4个方面
    16项61个问题，坚决做到真认账`` and ``对督察反馈意见归纳整理出的4个方面16项61个问题，坚决做到
    真认账`` tell one fact twice — unless the figure sums a list written before it
    (``海口、舟山、福州市等20个城市空气质量较好``: another list, another fact).  Of a group,
    the surest row is kept (the first among equals); the others repeat it.

    A figure restated without a date of its own (``undated``: its period is only the
    document's date, or none) is the figure of the one dated statement that agrees on every
    other column of ``key`` and is written with the same words, words of its clause before
    it among them: a report's summary (``2017年，…完成人工造林130万亩``) and its full text
    (``…完成人工造林130万亩``, no year written) tell one fact, whose period is the dated
    statement's: that row is kept.  Not when
    the same words are dated in two periods (``2016年…130万亩``, ``2017年…130万亩``: which
    year the undated one restates is not told), nor a figure of another place or value, nor a
    part its sentence opens with :data:`~envindicators.extract._phrases.PART_OPENER`
    (``其中，三北工程完成人工造林130万亩``: a part equal to its whole, no restatement).

    Parameters
    ----------
    rows : sequence of dict
        The rows (column → value), in text order.
    spans : sequence of tuple of int
        The figure's span in ``text`` for each row.
    text : str
        The report.
    key : sequence of str
        The columns that must agree.
    rank : sequence of int
        How sure each row is (larger is surer).
    undated : sequence of bool, optional
        For each row, whether no date of the text dates it (its period is the document's
        date or empty); default none is.
    period : sequence of str, optional
        The columns of ``key`` that hold the period (``period_start``, ``period_end`` …): an
        undated row may differ from its dated statement on these alone.

    Returns
    -------
    list of int or None
        For each row, the index of the row it repeats, or ``None`` when it is kept.

    Examples
    --------
    >>> text = "2017年，完成人工造林130万亩。全文：完成人工造林130万亩。"
    >>> rows = [{"indicator": "afforestation_area", "period_end": "2017-12-31"},
    ...         {"indicator": "afforestation_area", "period_end": "2018-09-28"}]
    >>> rows = [{**r, "value_text": "130万亩", "unit_written": "亩"} for r in rows]
    >>> spans = [(m.start(), m.end()) for m in re.finditer("130万亩", text)]
    >>> key = ("indicator", "period_end")
    >>> repeats(rows, spans, text, key, [1, 1])
    [None, None]
    >>> repeats(rows, spans, text, key, [1, 2], undated=[False, True], period=["period_end"])
    [None, 0]
    """
    undated = [False] * len(rows) if undated is None else list(undated)
    loose_key = [k for k in key if k not in period]
    dated_at: dict[tuple[Any, ...], list[int]] = {}
    undated_at: dict[tuple[Any, ...], list[int]] = {}
    groups: dict[tuple[Any, ...], list[int]] = {}
    for i, (row, (s, e)) in enumerate(zip(rows, spans, strict=True)):
        values = tuple(_hashable(row.get(k)) for k in key)
        tail = _sentence_tail(text, e)
        if len(tail) >= _SAME_TAIL and not _sums_a_list(text, s):
            # the same statement after the figure, other words before
            groups.setdefault((*values, "tail", tail), []).append(i)
        words = _words(text, s, e, str(row.get("unit_written") or ""), str(row["value_text"]))
        if len(words.replace("|", "")) < 2:
            continue  # a bare figure: nothing says it is the same one
        groups.setdefault((*values, words), []).append(i)
        if period and words.split("|")[0] and not (undated[i] and _a_part(text, s)):
            loose = (*(_hashable(row.get(k)) for k in loose_key), words)
            (undated_at if undated[i] else dated_at).setdefault(loose, []).append(i)
    for loose, members in undated_at.items():  # restated without its date: the dated one's
        dated = dated_at.get(loose, [])
        periods = {tuple(_hashable(rows[j].get(k)) for k in period) for j in dated}
        if len(periods) == 1:
            groups.setdefault(("undated", *loose), []).extend([dated[0], *members])
    parent = list(range(len(rows)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in groups.values():
        for i in members[1:]:
            parent[root(i)] = root(members[0])
    components: dict[int, list[int]] = {}
    for i in range(len(rows)):
        components.setdefault(root(i), []).append(i)
    out: list[int | None] = [None] * len(rows)
    for members in components.values():
        if len(members) < 2:
            continue
        # a group of two periods: the dated statement is kept, whatever the ranks
        mixed = len({tuple(_hashable(rows[i].get(k)) for k in period) for i in members}) > 1
        kept = max(members, key=lambda i: (mixed and not undated[i], rank[i], -i))
        for i in members:
            if i != kept:
                out[i] = kept
    return out


def _a_part(text: str, s: int) -> bool:
    """Whether the figure at ``s`` is in a sentence that :data:`~._phrases.PART_OPENER` opens
    before it (``其中，三北工程完成人工造林130万亩``: a part of a whole told before)."""
    return PART_OPENER in text[start_of_sentence(text, s) : s]


#: How many characters (digits kept, punctuation and spaces aside) of a sentence after a
#: figure must be the same for two figures to be one statement told twice.
_SAME_TAIL = 12
_NO_MARK = re.compile(r"[\s.．,，、()（）“”\"'‘’·:：]")


def _sums_a_list(text: str, s: int) -> bool:
    """Whether the figure at ``s`` sums a list written before it in its clause (``海口、舟山、
    福州市等20个城市``): two such counts are other facts when their lists differ, whatever
    follows them."""
    lead = to_simplified(text[_clause_start(text, max(0, s - 60), s) : s])
    return lead.rstrip().endswith("等") or "、" in lead


def _sentence_tail(text: str, e: int) -> str:
    """The first :data:`_SAME_TAIL` characters of the sentence after ``e`` (digits kept,
    punctuation and spaces dropped, simplified script); shorter when the sentence ends."""
    m = re.compile(f"[{SENTENCE_BREAKS}]").search(text, e)
    end = m.start() if m else len(text)
    return _NO_MARK.sub("", to_simplified(text[e : min(end, e + 4 * _SAME_TAIL)]))[:_SAME_TAIL]


def _hashable(value: Any) -> Any:
    if value is None:
        return None
    try:
        if value != value:  # NaN, NaT
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


#: A condition opened before a figure (若, 如果, 假如, 倘若, 假设, 如能, 若能; not 若干 "several",
#: not 例如能源): what follows it in its clause is supposed, and a later clause may say what
#: would follow from it.
_CONDITION = re.compile(r"若(?!干)|如果|假如|倘若|假设|(?<!例)如能")
#: Right after a condition's word: leaving some of the data out (若剔除, 如扣除, 若不计入): the
#: figure after it is the data recounted without them — observed, nothing supposed.
_RECOUNTED = re.compile(r"^\s*(剔除|扣除|除去|排除|不计|不含|不包括|不列入)")
#: Verbs of a change or a level reached that a projection says will or could happen.
_PROJECTED_VERB = (
    r"(减少|削减|减排|降至|降到|降为|降低|下降|提高|提升|增加|增至|增长|上升|达到|达|低于|高于"
    r"|超过|突破|节约|节省|新增|呈现|告发|罚)"
)
#: The time so far right after an estimate's verb (预估目前, 估计至今, 预计迄今, 预估截至): the
#: estimate is of what is (an outcome, ``環保局預估目前今年約275件符合資格``), no result said to
#: follow from a condition.
_SO_FAR = r"目前|至今|迄今|现在|截至|截止"
#: A result said to follow from a condition (可使, 将使, 能使, 会使, 可望, 预计, 预估, 将/可/会 + a
#: verb of change): ``若能全部成林，可使…森林覆盖率提高2个多百分点``, ``若以新标准套用去年，
#: 预估告发逾228次``, ``假设…维持2021年水准下，将再度呈现下降趋势`` — not an estimate of the
#: time so far (:data:`_SO_FAR`: ``…若實收罰鍰達1200元以上，…，環保局預估目前今年約275件``).
_CONSEQUENCE = re.compile(
    r"(可|将|能|会|可以)使|可望|(预计|预估|预期|估计)(?!" + _SO_FAR + r")"
    r"|(将|可|会)[\u4e00-\u9fff]{0,2}?" + _PROJECTED_VERB
)
#: Verbs of cutting or saving a projection of measures' effect names after 可.
_CUT_VERB = r"(削减|减少|减排|降低|节约|节省|节能|替代)"
#: 可 (can), 可以, 可望 — not the 可 of 认可, 许可, 不可, 宁可, 即可.
_CAN = r"(?<![认许不宁即])可(以|望)?"
#: A projection in the figure's own clause: 预计/预估/预期/估计, no done mark (已, 了, the 的 of
#: an attribute), then 可/将/会 and a verb of change, or a verb of change and at most ten
#: characters of its object (``预计可减少24吨``, ``110年度则预计降至``, ``预计年可削减煤炭消耗``,
#: ``预计减少硫氧化物``, ``预估全年平均将首次``) — not an estimate of what is (``预估尚余``);
#: or 可 (can) and a verb of cutting or saving with no 预计 (``透过各项管制作为，共计可削减
#: 828.68公吨``, ``项目建成后每年可减少排放2万吨``): the effect the measures would have, not
#: a cut measured (``108年共计削减1,924.94公吨``) — not 认可/许可/不可/即可.
_PROJECTION = re.compile(
    r"(预计|预估|预期|估计)[^已了的，,。；;！？\n\d]{0,8}?(可|将|会|能)?"
    + _PROJECTED_VERB
    + r"[^已了的，,。；;！？\n\d]{0,10}$"
    r"|(预计|预估|预期)[^已了的，,。；;！？\n\d]{0,8}?(将|可|会)[\u4e00-\u9fff]{0,2}$"
    + r"|"
    + _CAN
    + _CUT_VERB
    + r"[^已了的，,。；;！？\n\d]{0,10}$"
)
#: 可 (can) right before a figure whose written form opens with a verb of cutting or saving
#: (``共计可削减828.68公吨``: the parser keeps the verb in the figure).
_CAN_BEFORE = re.compile(_CAN + "$")
_CUT_OPENING = re.compile(_CUT_VERB)
#: A number required of the figure's own clause: an obligation word (应, 须, 必须, 需; not
#: 因应/相应/响应/供应 …, not 需求/需氧量/需水) and a verb of doing or reaching, then at most six
#: characters of its object (``应查核25家次``, ``需达查核率125%``, ``剩余天数需控制在7天内``) —
#: not the 的 of an attribute (``应完成的21个…项目`` names the things due).
_REQUIRED = re.compile(
    r"((?<![因相响适供对反效答呼感理])应|须|必须|需要?(?![求氧水]))(当|该)?"
    r"(查核|检查|抽查|稽查|巡查|检测|监测|完成|达到|达|办理|处理|清查|实施|建成|改造|淘汰|整改"
    r"|控制在|降至|不低于|不少于)[^已了的，,。；;！？\n\d]{0,6}$"
)
#: A place governing its divisions (下辖, 内辖, 辖有, 管辖, 共辖; not 市辖区, 直辖市, 辖区), then
#: the counts of the divisions (``澎湖县内辖有1市5乡``, ``宾州镇管辖14个行政村，12个社区``):
#: each count up to the figure is a number and at most six characters of a division's noun.
_GOVERNS = re.compile(
    r"(下辖|内辖|辖有|管辖|共辖|(?<![市直])辖)有?\s*"
    r"(?:[\d一二两三四五六七八九十百]+\s*个?[\u4e00-\u9fff()（）]{1,6}?\s*[、，,和及与]?\s*)*"
    r"(共有?|共计|合计)?\s*$"
)
#: A standard or limit changed (``排放标准（由300 ppm降至50ppm）``, ``限值由50毫克/升调整为
#: 30毫克/升``): both values are the standard's, the old one and the new one — not a level
#: measured against it.
_STANDARD_CHANGED = re.compile(
    r"(标准|标准值|限值|排放限值)\s*[（(]?\s*(由|从)\s*"
    r"([^，,。；;！？\n（）()]{0,16}?(降至|降为|降到|降低至|下调至|下修至|收严至|加严至|提高至|提高到"
    r"|调整为|改为|修正为|至))?\s*$"
)
#: A value in parentheses right after a standard's name (``符合国家空品标准(15μg/m3)``): the
#: standard's value.
_STANDARD_ASIDE = re.compile(r"(标准|标准值|限值)\s*[（(]\s*$")


def supposed(text: str, s: int) -> str | None:
    """Why the figure at ``s`` is supposed, not observed (role ``context``), or ``None``.

    * a figure of a condition (``如果路段的长度小于100m``, ``若以台湾土地面积36,000平方公里
      计算``): its clause opens with 若/如果/假如/倘若/假设 before it — a case supposed;
    * a conditional projection: a condition in an earlier clause of the sentence and a
      result said to follow (可使, 将使, 预估, 将 + a verb of change) before the figure
      (``若能全部成林，可使中国森林覆盖率提高2个多百分点``, ``若以新标准套用去年，预估告发逾
      228次``) — what would be, no outcome and no promise.

    Not a condition that leaves some of the data out (:data:`_RECOUNTED`: ``若剔除不列入統計
    則所受理陳情案件至陳情現場平均花費時間縮短為15.0分鐘``): the figure is the data recounted
    without them, observed.

    Parameters
    ----------
    text : str
        The report.
    s : int
        The figure's start.

    Returns
    -------
    str or None
        The reason, or ``None``.

    Examples
    --------
    >>> supposed("若能全部成林，可使森林覆盖率提高2个多百分点", 15)
    'a conditional projection'
    >>> supposed("如果路段的长度小于100m，可在中点布设", 8)
    'a figure of a condition'
    >>> supposed("若干个项目完成投资5亿元", 9) is None
    True
    >>> supposed("若剔除不列入统计则平均花费时间缩短为15.0分钟", 19) is None
    True
    """
    ss = start_of_sentence(text, s)
    lead = to_simplified(text[ss:s])
    ends = [m.end() for m in _CONDITION.finditer(lead)]
    if not ends:
        return None
    rest = lead[ends[-1] :]
    if _RECOUNTED.match(rest):
        return None  # 若剔除不列入统计则…平均花费时间缩短为15.0分钟: the data recounted
    if not CLAUSE.search(rest):
        return "a figure of a condition"
    if _CONSEQUENCE.search(rest):
        return "a conditional projection"
    return None


#: A required minimum of a count of work (:data:`_QUOTA_UNITS`) bounded on both sides of the
#: number: 至少/最少 before it and 以上 after (``巡查件数至少1,000件以上``, ``总巡查次数至少120
#: 处次以上``) — the quota a work plan sets, which the text then reports done (``共完成…1,064
#: 件次``); not a bound of a distance or an amount (``至少60公尺以上``), nor 至少 alone (``至少有
#: 18处``: a count found).
_QUOTA = re.compile(
    r"(至少|最少)\s*[\d.,，一二两三四五六七八九十百千万]+\s*(?P<unit>[\u4e00-\u9fff]{1,2})\s*以上"
)
#: The units of a count of work whose minimum a plan sets (cases, places, visits, checks).
_QUOTA_UNITS = frozenset(
    {"件", "件次", "处", "处次", "家", "家次", "次", "场", "场次", "人次", "个", "项", "座", "户"}
)


def required_minimum(text: str, s: int) -> bool:
    """Whether the figure at ``s`` is a work plan's required minimum (a target).

    A count of work written between 至少/最少 and 以上 (:data:`_QUOTA`: ``禁止露天燃燒巡查件數
    至少1,000件以上``, ``總巡查次數至少120處次以上``) is the quota the plan sets, not what was
    done — the text reports that after it (``共完成露天燃燒巡查1,064件次``).  Not a distance or
    an amount (``至少60公尺以上``), nor 至少 alone (``至少有18处``).

    Parameters
    ----------
    text : str
        The report (simplified or traditional script).
    s : int
        The figure's start (the parser keeps 至少 in the figure or just before it).

    Returns
    -------
    bool

    Examples
    --------
    >>> required_minimum("巡查件数至少1,000件以上，共完成巡查1,064件次", 4)
    True
    >>> required_minimum("大門距離作業區至少60公尺以上", 7)
    False
    >>> required_minimum("山东省一些地市至少有18处", 7)
    False
    """
    window = to_simplified(text[max(0, s - 2) : s + 24])
    m = _QUOTA.search(window)
    return m is not None and m.start() <= 2 and m.group("unit") in _QUOTA_UNITS


#: A member of a list before the figure in its clause: the previous member's number, at most
#: four characters of its unit, 、, and at most ten characters of the figure's own noun
#: (``…化学需氧量2000吨、氨氮``, ``…硫氧化物 3,664公吨、氮氧化物 ``); ``number`` is where the
#: previous member's number starts.
_MEMBER_BEFORE = re.compile(
    r"(?<![\d.,])(?P<number>\d[\d.,]*)\s*[^\d\s、，,。；;！？\n()（）]{0,4}\s*、"
    r"[^\d、，,。；;！？\n()（）]{0,10}$"
)


def projected(text: str, cs: int, s: int) -> bool:
    """Whether the figure at ``s`` is projected or required by its own clause (a target).

    A projection (``预计可减少24吨``, ``110年度则预计降至7.41%``, ``预计年可削减煤炭消耗128.7万吨``)
    or a required number (``应查核25家次``, ``需达查核率125%``; a work plan's minimum,
    :func:`required_minimum`: ``巡查件数至少1,000件以上``) is what is expected or due, not
    an outcome: a target, to review (no promise is made; the reader takes a year alone written
    in its sentence, ``110年度``, as its deadline).  Not an estimate of what is
    (``预估尚余400吨``), not a done projection (``预计…已``), not an attribute (``应完成的21个
    项目``).  A later member of a list the projection opens (``预计可减排化学需氧量2000吨、氨氮
    150吨、二氧化硫1400吨``, ``預計減少硫氧化物 3,664公噸、氮氧化物 6,939公噸``) is projected as
    its first member is (:data:`_MEMBER_BEFORE`); reading glosses (``預(yù)計(jì)``) are read
    without them.

    Parameters
    ----------
    text : str
        The report.
    cs, s : int
        The figure's clause start and its start.

    Returns
    -------
    bool
        ``True`` when the words before the figure in its clause project or require it.

    Examples
    --------
    >>> projected("预计可减少VOCs排放24吨", 0, 11)
    True
    >>> projected("本县应查核25家次", 0, 5)
    True
    >>> projected("预估尚余400吨待处理", 0, 4)
    False
    >>> projected("共计可削减828.68公吨", 0, 3), projected("共计削减1924.94公吨", 0, 2)
    (True, False)
    >>> t = "预计可减排化学需氧量2000吨、氨氮150吨"
    >>> projected(t, 0, 18), projected("共减排化学需氧量2000吨、氨氮150吨", 0, 16)
    (True, False)
    """
    lead = to_simplified(text[cs:s])
    if "(" in lead or "（" in lead:
        lead = _GLOSS.sub("", lead)  # 預(yù)計(jì)可減排: the words, unglossed
    if (
        _PROJECTION.search(lead)
        or _REQUIRED.search(lead)
        or required_minimum(text, s)
        or (_CAN_BEFORE.search(lead) and _CUT_OPENING.match(to_simplified(text[s : s + 2])))
    ):
        return True
    member = _MEMBER_BEFORE.search(lead)  # …2000吨、氨氮150吨: projected as the first member
    return member is not None and projected(lead, 0, member.start("number"))


def governed_or_limit(text: str, s: int, unit: str) -> str | None:
    """Why the figure at ``s`` describes a place's divisions or a standard (``context``).

    * a count of the divisions a place governs (``澎湖县内辖有1市5乡``, ``宾州镇管辖14个
      行政村，12个社区``): the place's make-up, no outcome;
    * a standard's value: the old and the new value of a standard changed (``排放标准（由
      300 ppm降至50ppm）``, ``限值由50毫克/升调整为30毫克/升``), or a value in parentheses right
      after a standard's name (``符合国家空品标准(15μg/m3)``; not a share or a multiple, which
      say how far it is met: ``超过标准(2.3倍)``).

    Parameters
    ----------
    text : str
        The report.
    s : int
        The figure's start.
    unit : str
        The figure's written unit.

    Returns
    -------
    str or None
        The reason, or ``None``.

    Examples
    --------
    >>> governed_or_limit("澎湖县内辖有1市5乡", 8, "乡")
    'a count of the divisions a place governs'
    >>> governed_or_limit("排放标准(由300 ppm降至50ppm)", 6, "ppm")
    "a standard's value"
    >>> governed_or_limit("新建污水管网100公里", 6, "公里") is None
    True
    """
    lead = to_simplified(text[max(start_of_sentence(text, s), s - 40) : s])
    if _GOVERNS.search(lead):
        return "a count of the divisions a place governs"
    if _STANDARD_CHANGED.search(lead):
        return "a standard's value"
    if _STANDARD_ASIDE.search(lead) and to_simplified(unit) not in ("%", "倍", "个百分点"):
        return "a standard's value"
    return None
