"""Which indicator a figure of a report is a value of (the indicator link of :func:`read_report`).

:class:`IndicatorPicker` holds what the choice needs for one document (the registry forms
found in the text, the place names and dates, the figures) and :meth:`IndicatorPicker.choose`
links one figure: to a registry indicator written before it in its sentence, after it in its
clause, the indicator of the previous figure of its sentence (for a change), a loose match
(most of a registry name's character pairs), else a *proposed* indicator named by the noun
phrase of the figure.  Nothing is dropped: a figure without any noun phrase is reported as
unread by the caller.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pint

from envindicators.errors import EnvIndicatorsError
from envindicators.extract._actions import (
    _NOT_OBJECT,
    OBJECT_CLASSES,
    PETITION_CHANNELS,
    PETITION_FINDINGS,
    PETITION_TOPICS,
    THE_REST,
    VERB_CLASSES,
    action_link,
    is_object_head,
    object_after_link,
    registry_actions,
)
from envindicators.extract._aggregates import HAVING_BEFORE, PART_BEFORE, REST_WORDS
from envindicators.extract._lexicon import (
    CASE_UNITS,
    COUNT_HEAD,
    DAILY_PENALTY,
    Lexicon,
    Ranked,
    compatible,
    expand_forms,
    medium_of,
    substance_named,
    water_classes,
)
from envindicators.extract._linking import (
    _QUALITY_FIRST,
    NEGATION,
    char_weights,
    intensive,
    link_by_likeness,
    link_by_measure,
    link_by_parts,
    link_by_share,
    measure_word,
    negated,
    not_done_after,
    not_done_rows,
    share_parts,
    share_with_whole,
)
from envindicators.extract._lists import (
    _GLOSS,
    _TOPIC_OPENER,
    LIST_MISMATCH_NOTE,
    ListMember,
    counts,
    joined,
    list_parts,
    listed,
    member_phrases,
)
from envindicators.extract._phrases import (
    _CLASS_MEMBER,
    _DIVISION_END,
    _HEAD_REMNANT,
    AMOUNT_HEAD,
    CATEGORY_HEAD,
    CHANGE_HEAD,
    COUNT_CLASSIFIER,
    DURATION_NOUN,
    HAND_OVER,
    LIST_AND,
    MARGIN_VERBS,
    MATTER_ACTS,
    MEASURE_END,
    MODIFIER_ALONE,
    NETWORK_NOUNS,
    OWN_LEVEL_UNITS,
    PART_OPENER,
    POLLUTION_GRADES,
    QUALITY_CLASS,
    RECEIVE,
    SHARE_OF_NAMED,
    SHARE_WORDS,
    animal_kept,
    list_member,
    names_a_bare_mean,
    names_a_fragment,
    names_a_measure,
    names_a_place,
    names_a_reference,
    names_a_verb,
    names_an_act,
    names_no_measure,
    names_no_object,
    object_of,
    part_name,
    population_at,
    tidy_phrase,
)
from envindicators.extract._phrases import _GLOSS as _PINYIN_GLOSS
from envindicators.extract._places import (
    _ASIDE,
    JOINED_LEVEL_WORDS,
    ORGAN_LABEL,
    PLACE_LEVEL_WORDS,
    ZONE_LABEL,
    divisions_whole,
)
from envindicators.extract._predicates import (
    ADVERB,
    MEASURE_WORDS,
    measure_fits,
    predicate_after,
    predicate_before,
)
from envindicators.extract._roles import (
    _BOUND_AFTER,
    CLAUSE,
    SENTENCE_BREAKS,
    counts_agencies,
    measured_span,
    places_changed,
    start_of_sentence,
)
from envindicators.extract._segment import (
    _NOMINAL_TAGS,
    _NOUN_TAGS,
    _words,
    cut_at_words,
    ends_with_verb,
    is_category,
    names_no_noun,
    noun_after,
    noun_chunk,
    segment,
)
from envindicators.units import normalize_text, to_simplified
from envindicators.units.counters import (
    COUNTER_SPELLINGS,
    GENERIC_COUNTERS,
    counter_word,
    counters_compatible,
    is_count_unit,
)
from envindicators.units.numerals import CHINESE_DIGITS

__all__ = [
    "IndicatorChoice",
    "IndicatorPicker",
    "noun_phrase",
    "one_character",
    "opposite_quality",
    "per_item",
]

#: A loose indicator match (most of a registry name's character pairs in the clause, see
#: :meth:`Lexicon.closest`) at or above this share needs no review.
LOOSE_SURE = 0.8
#: A ranked registry match (:meth:`Lexicon.rank`) links a figure that would else be
#: proposed when its score reaches this …
RANK_LEAST = 0.4
#: … and it leads the best other indicator by this much (else the figure stays proposed).
RANK_MARGIN = 0.1
#: A ranked match at or above this score, and twice the margin, is of medium confidence
#: without review; below, low and to review.
RANK_SURE = 0.8
#: A registry form a figure's words are like (:meth:`IndicatorPicker._liked`) links a figure
#: that would else be proposed when its likeness reaches this …
LIKE_LEAST = 0.85
#: … and it leads the next indicator by this much; always low confidence, to review.
LIKE_MARGIN = 0.2
#: Verbs, adverbs (大幅, 仅, 按年, 则 …) and particles trimmed from a proposed indicator's noun
#: phrase (`浓度平均为` → 浓度); not 总量 or 总数, heads of a measure (废水排放总量 is no
#: 废水排放).
_TRIM_TAIL = re.compile(
    r"(分别|平均|均|大幅|小幅|明显|略有|逐年|(?<![战策谋])略|微|稳步|持续|进一步|(?<!变)更加?|仅|只有|按年|按月|"
    r"(?<![规准原法细])则|亦|稍|升至|增至|减至|跌至|涨至|"
    r"总共|共计|累计|合计|共|总计|已经|已|约|达到|达|为|是|降至|降到|下降到|下降|"
    r"上升到|上升|提高到|提高|提升到|提升|增长|增加|减少|降低|控制在|实现|完成了|完成|由|从|"
    r"超过|不低于|不超过|有|的|了|也|就|在|至|到|比|较|同比|和|与|及|、|“|”|\s|"
    # 计 of a tally (稽查计7.9万次, 陈情计10次: "amounting to"), not of 统计, 预计, 设计 …
    r"(?<![统预估设审会总合共累小核伙家生\s])计|"
    # a peak the figure reaches (旅游人次达最高峰1,286千人次, 排放量达到历史最高水准), after
    # two letters at least of the words it is of (处在高峰 alone is kept: all there is)
    r"(?<=[^\W\d_]{2})(?:达到?|创下?|处在|处于)(?:了|历史)*(?:最高峰|高峰|最高水[平准]|新高|最高点))+$"
)
#: Words of a clause before the subject: a date's 以来/之后, 带动, 而, 其中, 全省 …, and the
#: conjunctions that tie a clause to the one before (但只|成功檢控, 故|本計畫查核, 且|於98年…,
#: 則|以電鍍…業被開罰, 就|收罰單: "but only", "so", "and", "then" — no part of what is
#: counted; not 故障, 就业, 就地, nor where less than two letters follow: 但仍 is kept whole).
_TRIM_HEAD = re.compile(
    r"^(以来|以后|之后|带动|而|"
    r"(?:(?:但是|但)(?:只|仅|仍|还)?|并且|而且|且|故(?![障事意])|则|就(?![业地近医学诊餐]))"
    r"(?=[^\W\d_]{2})|"
    # the order a list of members is read in (其次依序为噪音(939件…): no part of a name
    r"(?:其次|其余)*(?:依序|依次)[为是]?|"
    r"其中|全省|全市|全区|全县|我省|我市|我区|我县|全港|本港|全澳|本澳|"
    # 其 a pronoun (其排放量), not the 其 of the rest (其他污染, 其它, 其余案件: a member)
    r"共|累计|已|并|还|同时|此外|其(?![他它余])|对|将|把|由|仅|也|又|"
    r"和|及|与|以及|\s|、|“|”|，|,)+"
)
#: The head word of a quantity (排放量, 利用率, 比例, 浓度 …): written between a registry
#: name and its figure it names another quantity of the thing the name is about
#: (化学需氧量|排放量 is no 化学需氧量浓度), unless the indicator's own forms hold it.
_QUANTITY_HEAD = re.compile(
    r"(排放|产生|利用|处置|处理|贮存|倾倒丢弃|削减|用水|消费|使用|发电|供水|运输|覆盖|普及|收集)?(量|率)|"
    r"比例|比重|比率|面积|"
    r"浓度|天数|指数|密度|强度|长度|户数|人数|个数"
)
#: The head of a count written after a count's name (``_lexicon.COUNT_HEAD``): the
#: count itself, no other quantity of the things named, for an indicator counted in a
#: counter (reg39; :meth:`IndicatorPicker._other_quantity`).
_COUNT_HEAD = re.compile(COUNT_HEAD)
#: Right after a count of batches: the count of their cases, in 件 (``32批1050件``,
#: ``8批共668件``, ``两批共10件``, ``二十六批共計1597件``: matched simplified), the petitions
#: named after it (:meth:`IndicatorPicker._petitions_counted_in`).
_CASES_COUNT_AFTER = re.compile(r"\s*[,，]?\s*(?:共计|累计|合计|共|计)?\s*[\d,，.]+(?:余|多)?\s*件")
#: Right after a count of batches, before the petitions' head: the words of their handing
#: over (``分13批|累计向江西转办|群众举报材料1298件``: a few words, no figure, no clause mark,
#: then a verb of :data:`~envindicators.extract._phrases.HAND_OVER`; simplified).
_HANDED_AFTER_COUNT = re.compile(rf"^[^\d，,。；;：:]{{0,8}}?(?:{HAND_OVER})")
#: How far after that count of cases the head naming the petitions may start (``群众信访举报件``:
#: a qualifier of a few characters before it).
_HEAD_REACH = 6
#: Words of an emission or its reduction (化学需氧量排放同比增长, 化学需氧量削减12%): a
#: substance's figure so named is its emission's, no concentration's
#: (:meth:`IndicatorPicker._in_its_domain`) — unless a concentration is written too.
#: Words of a reduction of an emission (削减二氧化硫2.63万吨, 减排, SOx減量194.4公噸).
_CUT_ACTS = "削减|减排|减量"
_EMISSION_WORD = re.compile(rf"排放|排污|{_CUT_ACTS}")
#: The act the words before a lone substance's amount last write (:func:`_substance_cut`):
#: a reduction (:data:`_CUT_ACTS`, 减少) or an emission (排放, 排污: then no cut).
_SUBSTANCE_ACT = re.compile(rf"排放|排污|{_CUT_ACTS}|减少")
#: The units of a mass or a mass a year (吨, 公斤, 吨/年): an amount of a substance.
_MASS_UNIT = re.compile(r"(?:万|千)?(?:吨|公斤|千克)(?:/年)?")
#: The head of a stored amount (a stock at a date): water held in reservoirs (蓄水量, 蓄水
#: 总量), a capacity to hold (库容), waste or goods kept (贮存量, 储存量) — no amount used,
#: produced or emitted in a period (:meth:`IndicatorPicker._a_stock_for`).
_STORAGE_HEAD = re.compile(r"(?:蓄水|贮存|储存|存储)(?:总)?量|库容")
_SUBSTANCE_CUT_NOTE = "indicator phrase is the reduction its sentence's verb names of a substance"
_SECTOR_PART_NOTE = "indicator is the measure of the table row above, for its sector"
_SUBSTANCE_EMITTED_NOTE = "indicator phrase is the emissions its sentence names of a substance"
_CONCENTRATION_WORD = re.compile(r"浓度|mg/|µg/|μg/|毫克/|微克/")
#: Words naming waters (水质优良率, 断面, 河流) and the air (空气, 大气, 优良天数): a figure
#: whose words name one medium only is no indicator of the other.  Substances are no such
#: word (a list 化学需氧量、二氧化硫…排放量 names both media's).
_WATER_WORD = re.compile(
    r"水质|水体|断面|地表水|地下水|河流|河段|河道|湖泊|湖库|水库|海域|海水|近岸|饮用水|水源|流域"
)
_AIR_WORD = re.compile(r"空气|大气|AQI|AQHI|优良天数|污染天数|酸雨|降尘|沙尘", re.IGNORECASE)
#: The matter a treatment figure is of: solid waste and sludge (垃圾, 填埋, 焚烧, 污泥 …) or
#: water (污水, 废水 and the waters of :data:`_WATER_WORD`).  The last one written before
#: a figure in its sentence names what its bare words (处理能力, 处理率) are about:
#: ``生活垃圾填埋场有447座，处理能力27.3万吨/日`` is no wastewater capacity
#: (:func:`_of_another_matter`).
_MATTER_WORD = re.compile(
    r"(?P<waste>垃圾|填埋|焚烧|固体废物|固废|危险废物|危废|医疗废物|餐厨|厨余|污泥)"
    rf"|(?P<water>污水|废水|中水|再生水|{_WATER_WORD.pattern})"
)
_EMISSION_NOTE = "indicator of the emission its words name (not the concentration)"
_MATTER_NOTE = "indicator of the matter its sentence names (垃圾, 污水) for a bare name"
#: Words of a comparison or a verb between a name and its figure (同比, 比上年, 下降 …):
#: removed before looking for a quantity head there.
_NOT_HEAD = re.compile(
    r"同比|环比|(比|较)(上|去)年|(比|较|与)\d{4}年(相比)?|分别|下降|上升|提高|降低|增长|减少|达到|为"
)
#: Words that open the base of a change (较上年, 比2015年, 与“十三五”末相比).
_BASE_FIRST = re.compile(r"(较|比|与|同比|环比|相比|对比)")
#: Words of a comparison with a base anywhere in a figure's words (较气候平均值, 要比前一年,
#: 与前两年平均数相比), not the 比 of a share's name (比例, 比重, 占比, 百分比).
_COMPARED = re.compile(r"较|(?<![占百分])比(?![例重率值])")
#: Heads written for the same quantity (a share): 比率, 比重, 占比 = 比例.
_SAME_HEAD = re.compile(r"比率|比重|占比")
#: The head of a change written anywhere in a gap (降低率, 增长率, 降幅 …: the one home of the
#: words is :data:`~envindicators.extract._phrases.CHANGE_HEAD`, which reads a name's end).
_CHANGE_IN_GAP = re.compile(CHANGE_HEAD.pattern.removesuffix("$"))
#: The units of a count of cities written without 个 (74城, 338城市: the cities of a ranking or
#: an average): the unit is the noun counted (``_reader._counted`` names the count 城市).
CITY_UNITS = frozenset({"城", "城市"})
#: The units of a count of places (两省, 三市, 74城): never a loose registry count name.
_PLACE_UNITS = frozenset({"省", "省份", "市", "县", "区", "地", "国"}) | CITY_UNITS
#: The units of counts of places and of spans of time (两省, 31省份, 两地, 74城, 三年, 一个月,
#: 两小时): the size of a set or a span, context (unless the places are of a quality).
_CONTEXT_UNITS = _PLACE_UNITS | {"年", "月", "周", "小时"}
#: The level words of divisions (``_places.PLACE_LEVEL_WORDS``, a province's, prefecture's or
#: county's, of two characters or more, one level each) a count may take as its own counter,
#: with no 个 between (``5地市``, ``14市州``, ``12盟市``, ``7設區市``; simplified script): the
#: count of those divisions, read as ``5个地市`` is (reg46).
_LEVEL_COUNTERS = frozenset(
    w
    for w, level in PLACE_LEVEL_WORDS.items()
    if level in ("province", "prefecture", "county") and len(w) > 1 and w not in JOINED_LEVEL_WORDS
)
#: A word of places newly named or added earlier in the count's clause (``新增100个国家级生态
#: 乡镇、148个省级生态乡镇``, ``新命名``, ``新创建``): the places that won the title that year are
#: a result, not the size of a set (simplified script).
_NEWLY_NAMED = re.compile(r"(新增|新命名|新创建|新认定|新评定|新获评|新晋)[^，,。；;！？\n]*$")
#: The longest list member without a measure's head read as the name of one thing (臭氧,
#: 二氧化硫, 细颗粒物): longer ones are phrases (:meth:`IndicatorPicker._other_member`).
_MEMBER_THING = 6
#: Han characters a modifier between a count and its head noun may have (11家|焦化|企业).
_MODIFIER = 4
_HAN = re.compile(r"[\u4e00-\u9fff]+")
#: What a count counts, written after it (11个城市, 9个设区市, 8个省区, 4个方面, 12项措施,
#: 16次常委会议): places, administrative units, documents, meetings, groups — no indicator of
#: the environment.
#: Its place words are those of ``_places.PLACE_LEVEL_WORDS``: the words of two characters or
#: more (but the words of several levels at once, ``JOINED_LEVEL_WORDS``: 7省市 stays a set)
#: anywhere in the count's first words, the one-character ones (省, 市, 县) right after it.
_CONTEXT_PLACES = [w for w in PLACE_LEVEL_WORDS if len(w) > 1 and w not in JOINED_LEVEL_WORDS]
_CONTEXT_NOUN = re.compile(
    r"^[^，,。；;、：:\d]{0,6}?("
    + "|".join(_CONTEXT_PLACES)
    + r"|方面|文件|方案|意见|通知|办法|会议|措施|督察组|工作组|批次|个月)|^("
    + "|".join(w for w in PLACE_LEVEL_WORDS if len(w) == 1)
    + r"|年|轮)(?![^\W的和及与])"
)

#: The unit of a count (``count`` or a measure word: 个, 家, 批, 件, 人次): only counts are
#: linked by the parts of a name (:meth:`IndicatorPicker._by_parts`).
_COUNTER = re.compile(r"count|[\u4e00-\u9fff]{1,2}")

#: Items of a plan named by their rank right after a count (15项重点任务, 8项主要措施,
#: 12项攻坚任务): the plan's headline items — no count of a list's 整改任务 or 整改措施 whose
#: head they share.
_RANKED_ITEMS = re.compile(r"(重点|主要|攻坚|关键|重大)(工作)?(任务|措施)")

#: Words of a total between a counted noun and its count (整改任务共62项, 措施总计8项).
_TOTAL_WORD = re.compile(r"(共有|共计|总计|合计|累计|共|为|達|达|有)$")

#: Teams written right after a count (7个督察组): the teams are what is counted, so a name
#: later in the clause (…共计受理举报) names what they did, not the count.
_TEAM_NOUN = re.compile(r"^(督察组|督查组|工作组|检查组|调查组|巡查组|专家组)")


@dataclass(frozen=True)
class IndicatorChoice:
    """The indicator link of one figure.

    Parameters
    ----------
    code : str
        Registry or proposed indicator code.
    subject : str
        The words of the text naming it.
    confidence : int
        Rank of the link (0 low, 1 medium, 2 high).
    why : list of str
        Reasons the link needs review (empty when sure).
    role : str
        Observation role of the figure (``outcome``, or ``context``).
    """

    code: str
    subject: str
    confidence: int
    why: list[str] = field(default_factory=list)
    role: str = "outcome"


@dataclass
class IndicatorPicker:
    """The indicator choice for the figures of one document.

    Parameters
    ----------
    text : str
        The report.
    lexicon : Lexicon
        The registry's forms.
    registry : pandas.DataFrame
        The indicator registry (``code``, ``unit``, optional ``context``).
    figures : pandas.DataFrame
        The figures with their sentence and clause bounds (``start``, ``end``,
        ``clause_start``, ``kind``).
    found : pandas.DataFrame
        The registry forms written in the text (``start``, ``end``, ``form``; offsets in
        ``text``).
    places : pandas.DataFrame
        Place names in the text (``start``, ``end``).
    dates : pandas.DataFrame
        Dates in the text (``start``, ``end``).
    """

    text: str
    lexicon: Lexicon
    registry: pd.DataFrame
    figures: pd.DataFrame
    found: pd.DataFrame
    places: pd.DataFrame
    dates: pd.DataFrame
    proposed: dict[str, dict[str, Any]] = field(default_factory=dict)
    _last: dict[int, tuple[str, int, int]] = field(default_factory=dict)
    #: The last figure of each sentence outside brackets (``松原市10件(重点案件1件)、白城市
    #: 9件``: 9 follows 10, not the aside's 1).
    _last_outside: dict[int, tuple[str, int, int]] = field(default_factory=dict)
    #: The words each figure was named by, by the figure's end (a whole of ``其中`` parts).
    _named: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: The indicator each figure was linked to, by the figure's end.
    _linked: dict[int, str] = field(default_factory=dict)
    #: The figures named as their part's share (``<part>占比``, :func:`_share_of_part`), by
    #: the figure's end: their words lend no measure to the member after them.
    _part_shares: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.found.empty:  # 非优良天数比例: the complement of 优良天数比例, no form of it
            simple = to_simplified(self.text)
            kept = [
                not negated(simple, int(a), str(f))
                for a, f in zip(self.found["start"], self.found["form"], strict=True)
            ]
            self.found = self.found[kept]
        #: the found forms' spans as arrays, read once: each figure selects its window on them
        self._found_spans = _span_columns(self.found)
        reg = self.registry.set_index("code")
        self._unit_of = reg["unit"].astype(str)
        self._context_of = reg["context"] if "context" in reg.columns else pd.Series(dtype=object)
        # the same facts as plain dicts for :meth:`fits`, asked tens of times per figure
        self._fit_unit: dict[str, str] = self._unit_of.to_dict()
        self._fit_context: dict[str, str | None] = {
            code: (c if isinstance(c, str) else None) for code, c in self._context_of.items()
        }
        self._domain_of = reg["domain"] if "domain" in reg.columns else pd.Series(dtype=object)
        # the forms grouped by form and by code: once per lexicon, shared read-only
        self._codes_of = self.lexicon.codes_of_form
        self._forms_of: dict[str, list[str]] = self.lexicon.forms_of_code
        #: ``(form, code)`` of every registry form, and the rarity weights of their characters
        #: (:func:`char_weights`), once per document rather than once per figure
        self._form_pairs = tuple(
            zip(self.lexicon.forms["form"], self.lexicon.forms["code"], strict=True)
        )
        self._like_weights = char_weights(self._form_pairs)
        #: the rows counting the same things with the act not done (:meth:`_not_done`)
        self._not_done_of = not_done_rows(self._forms_of)
        self._shares = share_parts(self._form_pairs)
        self._actions = (
            registry_actions(self.registry["code"], self.registry["action"])
            if "action" in self.registry.columns
            else {}
        )
        # the registry's share of a planned target reached (:meth:`_target_reached`)
        targets = {c for f, c in self._form_pairs if _TARGET_SHARE_NAME.fullmatch(f)}
        self._target_share = next(iter(targets)) if len(targets) == 1 else None
        # the registry's fines (a penalty's amount): a part of them is named (reg41)
        self._fine_codes = frozenset(c for (_, o), c in self._actions.items() if o == "amount")
        # the registry indicators whose action is done to petitions (:meth:`_petition_split`)
        self._petition_codes = frozenset(
            c for (_, o), c in self._actions.items() if o == "petition"
        )

    def _found_within(self, start_lo: int, start_hi: int, end_hi: int) -> pd.DataFrame:
        """The rows of :attr:`found` that start in ``[start_lo, start_hi)`` and end by
        ``end_hi``, in :attr:`found`'s order: selected on its span arrays (read once), not
        by a boolean index of the frame's columns per figure.

        Examples
        --------
        >>> import envindicators.datasets as datasets
        >>> from envindicators.extract._lexicon import Lexicon
        >>> reg = datasets.load("indicators")
        >>> lex = Lexicon.of(reg)
        >>> text = "PM2.5浓度为38微克/立方米，二氧化硫浓度为9微克/立方米"
        >>> p = IndicatorPicker(text=text, lexicon=lex, registry=reg, figures=pd.DataFrame(),
        ...     found=lex.find(text), places=pd.DataFrame(), dates=pd.DataFrame())
        >>> p._found_within(0, 10, 10)["form"].tolist()
        ['PM2.5浓度']
        """
        st, en = self._found_spans
        return self.found.iloc[np.flatnonzero((st >= start_lo) & (st < start_hi) & (en <= end_hi))]

    def fits(self, code: str, unit: str, kind: str) -> bool:
        """Whether a figure in ``unit`` of ``kind`` can be a value of indicator ``code``.

        Parameters
        ----------
        code : str
            A registry or proposed indicator code.
        unit : str
            The figure's unit.
        kind : str
            The figure's kind (``level``, ``change_relative`` …).

        Returns
        -------
        bool
            True when the figure converts to the indicator (:func:`compatible`).
        """
        if code in self.proposed:
            return compatible(unit, kind, str(self.proposed[code]["unit"]), None)
        return compatible(unit, kind, self._fit_unit[code], self._fit_context.get(code))

    def _fitting(self, form: str, unit: str, kind: str) -> list[str]:
        return [c for c in self._codes_of[form] if self.fits(c, unit, kind)]

    def choose(self, r: Any) -> IndicatorChoice | None:
        """The indicator of one figure (a row of ``figures``), ``None`` without any name.

        Rules, in order (each a general rule of how reports name their figures):

        1. in a clause with ``分别`` the n-th figure takes the n-th name before it;
        2. a level count whose counted noun, written right after it, is the noun of a
           registry count ``X数`` (``26项强化措施`` → 整改/强化措施数,
           :meth:`_counted_after`), or the object of the action verb written before it
           (``关停58家企业``, the registry's ``action`` column, :meth:`_object_after`); a
           count of petitions in a counter of its own is the registry row counted in it
           (``交办举报案件3批``: batches, :meth:`_petitions_counted_in`);
        3. the nearest registry form before the figure in its sentence whose unit the figure
           converts to — unless the figure has words of its own: a *quantity head*
           (排放量, 利用率, 比例, 浓度 …, :data:`_QUANTITY_HEAD`) written between the form
           and the figure that none of the indicator's own forms holds (化学需氧量|排放量 is
           no 化学需氧量浓度), or another figure between them and a noun phrase of the
           figure's own after it (``PM2.5浓度43微克，二氧化氮浓度37微克``: 37 is not PM2.5);
           a change whose own words are empty after another figure takes that figure's
           indicator (``O3浓度为80微克，同比上升9.6%``: the identifier nearest before it);
        4. the first fitting form after the figure in its clause (medium confidence) —
           unless the figure has words of its own, another figure or a list mark
           (、，；) stands between it and the form, and the form has a figure of its own in
           its member (``责令立即改正19件、…、立案处罚7件``: 立案 names 7, a list's later
           member, never 19; ``慕云山2座采石场、…13座采石场实施停产整改`` names both);
        5. a change without any name: the indicator of the previous figure of its sentence;
           a figure whose own words write a registry name with its leading modifier reworded
           (``日常连续处罚案件``, :meth:`Lexicon.near_form`) is linked by likeness, low and to
           review;
        6. a level count named by what was done: an action verb, its object and a measure
           word that fits the object (``取缔373家``, ``对19座铁矿开展专项检查``), the
           registry's ``action`` column (:meth:`_by_action`); this rule also overrides rule 3
           where the registry name found is only the head of the action's object
           (``化解产能1020万吨``: 产能 is what was eliminated, the count is of the action);
        7. a share written ``<part>占比`` whose part is the part of one registry name
           ``<part>占<whole>比重`` (``高耗能行业能耗占比``, ``煤炭消费占比``:
           :func:`~envindicators.extract._linking.link_by_share`; medium, to review);
        8. a loose match (:meth:`Lexicon.closest`) whose name's leading word is written in
           the figure's sentence (尾矿…综合利用率 is no loose 秸秆综合利用率; 重度污染天数比例
           no 空气质量优良天数比例) and whose figure's own words name no other quantity;
           rules 4, 6, 7 and 8 are not tried for a count of teams (:data:`_TEAM_NOUN` written
           right after it: ``7个督察组共计受理举报``, the 7 counts no 受理举报); rules 3, 4
           and 8 skip a name of the opposite quality to the figure's own words
           (:func:`opposite_quality`: ``优良天数比例上升5.9个百分点，重度污染天数比例下降0.1个
           百分点`` — 0.1 is no share of the good days) or own words of an average per item
           the name lacks (:func:`per_item`: ``件均罰鍰金額6萬元`` is no total of fines);
        9. else a *proposed* indicator named by :func:`noun_phrase` — unless that phrase is
           a target word alone (``占比93.9%(省定目标84.85%)``): the target of the figure
           before it takes that figure's indicator (:meth:`_target_of`, medium, to review).

        A registry link of a ``分别`` list's member that names a water-quality class
        (``Ⅰ～Ⅲ类、Ⅳ～Ⅴ类和劣Ⅴ类水质断面分别占…``: 劣Ⅴ类水质断面) is dropped for rule 9 when
        every form of the indicator that names a class names another (a 劣Ⅴ类 share is
        never the Ⅰ～Ⅲ类 share, nor the reverse), or when the member names a thing no form
        of the indicator names (``化学需氧量和总磷浓度分别为62和1.5``: 1.5 is 总磷浓度, never
        化学需氧量's; :meth:`_other_member`); a member that is, whole, a registry name links
        it (``SO2、NO2、PM10、PM2.5浓度…分别``: PM10浓度).

        Before rule 1, a percentage written after the target it reaches (``达成本年度目标之
        162.2%``) is the registry's share of a planned target reached
        (:meth:`_target_reached`); after the rules, a fines amount right after a count of
        daily-penalty cases keeps the fines' row with those cases named as the part
        (:func:`_fines_of_cases_before`, to review).

        A level count of a proposed indicator that counts places or spans of time (unit
        省, 地, 年, 小时 …: ``两省``, ``三年``) or whose counted noun, written right after it,
        is a place, an administrative unit, a document, a meeting or a measure
        (``11个城市``, ``4个方面``, ``12项措施``, ``16次常委会议``) is no indicator: it keeps
        low confidence and takes the observation role ``context``.

        Parameters
        ----------
        r : namedtuple
            A row of :attr:`figures` (``itertuples``).

        Returns
        -------
        IndicatorChoice or None
            The link, or ``None`` when the text gives no words naming the figure.
        """
        text, found, q = self.text, self.found, self.figures
        s, e = int(r.start), int(r.end)
        ss, cs, ce = int(r.sent_start), int(r.clause_start), int(r.clause_end)
        unit, kind = str(r.unit), str(r.kind.value if hasattr(r.kind, "value") else r.kind)
        change = kind.startswith("change")
        why: list[str] = []
        code: str | None = None
        subject: str | None = None
        ind_conf = 2
        prev = self._last.get(ss)
        if (
            prev is not None and _CLOSING.search(text, prev[1], s) and not _in_aside(text, cs, s)
        ):  # the figure before closed an aside (长春市54件(重点案件6件)、吉林市17件): the
            # figure before the aside is the one this follows
            prev = self._last_outside.get(ss, prev)
        own = self._own_words(s, cs, ss)
        # 分别 before the figure, or inside its written form (同比分别下降14%); either
        # script (分別)
        respectively = to_simplified(text[cs:e]).rfind("分别")
        respectively = respectively + cs if respectively >= 0 else -1
        cands = found
        if not found.empty:  # a form may run into the figure (先进产能占比 | 占比超64%)
            cands = self._found_within(ss, s, e)
            cands = cands.sort_values("end", ascending=False)
        # a 分别 list's members aligned one to one with its figures (envindicators.extract._lists)
        # (or a list of values written like its members, without 分别: 化学需氧量、氨氮达到
        # 74.7毫克/升和6.4毫克/升)
        plain = respectively < 0
        listed_mark = (
            not plain
            or any(  # (a cheap look first: a list mark beside it, spaces aside)
                c and to_simplified(c) in _LIST_MARK
                for c in (text[e : e + 3].lstrip()[:1], text[max(0, s - 3) : s].rstrip()[-1:])
            )
        )
        aligned = self._aligned(s, cs, ce, plain=plain) if listed_mark else None
        linked = None
        reached = self._target_reached(s, cs, unit, kind)
        good = self._good_days_share(s, cs, unit, kind)
        if reached is not None:  # 达成本年度目标之162.2%: the share of the target reached
            code, subject, ind_conf = reached[0], reached[1], 1
            aligned = None
        elif good is not None:  # 空氣品質指標小於100的日數比例: AQI ≤ 100 are the good days
            code, subject, ind_conf = good[0], good[1], 1
            aligned = None
        elif isinstance(aligned, ListMember):
            linked = self._member_link(aligned, unit, kind)
            if linked is not None:
                code, subject, ind_conf = linked[0], aligned.phrase, linked[1]
                why += [_PART_NOTE] if linked[2] else []
        elif aligned is not None:
            why.append(aligned)  # members and figures of another count: to review
        if code is None and respectively >= 0 and not cands.empty:
            named = cands[cands["end"] <= respectively + 2].sort_values("start")
            named = named[named["start"] >= cs] if (named["start"] >= cs).any() else named
            named = self._coordinated(self._without_glosses(named), cs)
            order = int(
                (
                    (q["end"] > respectively + 2)
                    & (q["start"] < s)
                    & (q["clause_start"] == cs)
                    & (q["kind"].astype(str) == kind)
                ).sum()
            )
            at = named.iloc[order] if order < len(named) else None
            if at is not None and not (
                isinstance(aligned, ListMember)
                and to_simplified(text[int(at["start"]) : int(at["end"])])
                not in to_simplified(aligned.own)
            ):  # (二氧化硫、二氧化氮…分别为9、14: 二氧化氮, the only form found, is 14's member)
                form = named.iloc[order]
                ok = self._fitting(form["form"], unit, kind)
                # a head shared by the list (化学需氧量、氨氮排放量分别…): no 浓度 of it
                if ok and self._other_quantity(text[int(named["end"].max()) : respectively], ok):
                    ok = []
                if ok:
                    code, subject = ok[0], text[int(form["start"]) : int(form["end"])]
        if code is None and kind == "level" and not self._part_of_list(text[cs:s], unit):
            counted = self._petitions_counted_in(s, e, cs, ce, ss, unit)
            if counted is None:
                counted = self._counted_after(e, ce, unit, kind, self.text[cs:s])
            if counted is None:
                counted = self._object_after(s, e, cs, ce, unit, kind)
            if counted is None:
                counted = self._predicate_before(s, e, cs, ce, unit, kind)
                ind_conf = 2 if counted is None else 1  # the head is left out: medium
                if counted is not None:
                    why.append("indicator named by its predicate alone")
            if counted is not None:
                code, subject = counted
        stale = False
        if code is None:
            for _, form in cands.iterrows():
                ok = self._fitting(form["form"], unit, kind)
                if not ok or _not_its_name(own, str(form["form"])):
                    continue  # 优良天数比例…，重度污染天数比例0.1%: not the good days' share
                fs = int(form["start"])
                if per_item(text[max(ss, fs - 2) : fs], str(form["form"])):
                    continue  # 人均用水量由441.52降至435.91立方米/人: a form per person
                if isinstance(aligned, ListMember) and to_simplified(
                    text[int(form["start"]) : int(form["end"])]
                ) not in to_simplified(aligned.phrase):
                    continue  # 二氧化硫、二氧化氮…分别为9、14: 二氧化氮 is 14's member

                if self._key_part(ok[0], int(form["start"])):
                    continue  # 其中重点交办件16件: the key cases, a part of the petitions
                if ok[0] in self._petition_codes and any(
                    f in to_simplified(own) for f in PETITION_FINDINGS
                ):
                    continue  # 信訪件調查結果…群眾舉報屬實23件: a finding's part (convention a)
                fe = int(form["end"])
                between = prev is not None and prev[1] > fe  # another figure in between
                if between and change and not own and prev is not None:
                    if self.fits(prev[0], unit, kind):  # the figure nearest before names it
                        code, ind_conf = prev[0], prev[2]
                        if prev[0] in self.proposed:
                            why.append("indicator proposed")
                    break
                if own and not change and _IN_THE_SET.match(text, fe, s) is not None:
                    stale = True  # 在被定罪的個案中，違反《…》的有六宗: a part of the set
                    break
                if own and not change and _PART_OPENER in to_simplified(text[fe:s]):
                    stale = True  # 4018人被问责，其中省级领导12人: a part, named by its words
                    break
                if (between and own) or self._other_quantity(text[fe:s], ok, change=change):
                    stale = True  # the figure has a name of its own: not this form
                    break
                if (
                    between
                    and not change
                    and prev is not None
                    and _part_opened(text, prev[1], s, e, ce)
                ):
                    stale = True  # 共有十六宗，其中八宗违反《…》: a part, its words after it
                    break
                if (
                    (between or _A_DIGIT.search(text, fe, s) is not None)
                    and not change
                    and self._named_right_after(e, ce)
                ):  # 需限期整改的49个问题…，交办的3435件信访件: the count's own noun names it
                    stale = True
                    break
                if kind == "level" and self._counts_another_thing(ok[0], e, ce, unit):
                    stale = True  # 燃煤小锅炉…的1711个具体点位: points, no boilers
                    break
                if kind == "level" and reports_counted(
                    to_simplified(text[fe:s]), to_simplified(text[e - 1 : e]), str(form["form"])
                ):
                    stale = True  # 黑臭水体…平台共接到群众举报信息2997条: reports, no water
                    break  # bodies (the name is the platform's topic)
                if fe < cs and not change and self._later_clause_count(ok[0], own, unit, fe, s):
                    stale = True  # 调阅资料5497份，分赴50个县区检查点位999个: no documents
                    break
                code, subject = ok[0], text[int(form["start"]) : fe]
                if fe < cs and not change:
                    ind_conf = 1  # a level named in an earlier clause of the sentence
                break
        if (
            code is not None
            and kind == "level"
            and subject
            and is_object_head(to_simplified(subject))
        ):  # 化解产能1020万吨: the name 产能 is only the object of the action counted
            acted = self._by_action(s, e, cs, ce, ss, unit, kind)
            if acted is not None and acted[2] == 1 and acted[0] != code:
                code, subject = acted[0], acted[1]
        glossless = _PINYIN_GLOSS.sub("", text[e : e + 16])
        counts_context = kind == "level" and (
            bool(_TEAM_NOUN.match(to_simplified(glossless))) or counts_agencies(unit, glossless)
        )  # 7个督察组共计受理举报…, 28個(gè)督查組, 4部委城市黑臭水体整治: the teams or agencies
        # are no count of the name after them
        if code is None and not found.empty and not counts_context:
            after = self._found_within(e, len(text) + 1, ce).sort_values("start")
            for _, form in after.iterrows():
                if self._names_its_own(int(form["end"]), ce):
                    continue  # 责令立即整改312件、停产整改103件: 停产整改 is 103's name
                if (
                    own
                    and (
                        _figure_between(q, e, int(form["start"]))
                        or _LATER_MEMBER.search(text, e, int(form["start"]))
                    )
                    and self._member_figure(int(form["end"]), ce)
                ):
                    break  # 责令立即改正19件、…、立案处罚7件: a member with words of its own
                    # takes no name of a later member (立案 names 7, never 19)
                ok = self._fitting(form["form"], unit, kind)
                if ok and self._key_part(ok[0], int(form["start"])):
                    continue  # 重点交办件: the key cases, a part of the petitions
                if ok and not _not_its_name(own, str(form["form"])):
                    code, subject = ok[0], text[int(form["start"]) : int(form["end"])]
                    ind_conf = 1
                    break
        classed = self._class_renamed(own, prev) if code is None and change else None
        if classed is not None:  # Ⅰ类水质断面比例上升0.2个百分点，Ⅲ类下降3.5个百分点
            named = self._class_share(classed, unit, kind) or self._named_form(classed, unit, kind)
            code, subject, ind_conf = named or self._propose(classed, unit, kind), classed, 0
            why += [] if named else ["indicator proposed"]
            why.append(_CLASS_RENAMED_NOTE)
        if (
            code is None
            and change
            and not stale
            and prev is not None
            and self.fits(prev[0], unit, kind)
            and not (own and self._ruled_out(own, prev[0]))
            and not (own and self._names_another(own, prev[1], s))
        ):
            code, ind_conf = prev[0], min(1, prev[2])
            if prev[0] in self.proposed:
                why.append("indicator proposed")
        list_item = (
            not own
            and prev is not None
            and prev[1] > cs  # 4.0亿吨和3.7亿吨
            and not (  # 涉及大气10件、水11件: 水 names its own part, no lent code
                unit in OBJECT_CLASSES["petition"].measures
                and _ONE_CHARACTER_TOPIC.search(to_simplified(text[max(cs, s - 4) : s]))
            )
        )
        lent = False  # the code is the figure's before it, lent for want of words
        if (
            code is None
            and list_item
            and prev is not None
            and self.fits(prev[0], unit, kind)
            and not (kind == "level" and self._counts_another_thing(prev[0], e, ce, unit))
        ):  # (问责266人、28个单位: 28 counts units, no persons of 问责人数)
            code, ind_conf, lent = prev[0], min(1, prev[2]), True
            if prev[0] in self.proposed:
                why.append("indicator proposed")
        if (
            not own
            and prev is not None
            and (
                prev[0] in self.proposed
                or (isinstance(aligned, ListMember) and (code is None or lent))
            )
            and code in (None, prev[0])
        ):  # (a member aligned with its figure names it after a registry-linked one too:
            # 水功能区达标率和Ⅰ～Ⅲ类水质比例分别为95.8%和93.7%: 93.7 is no 达标率)
            member = self._member(s, cs, ce, aligned)  # 氨氮 of 化学需氧量、氨氮排放量分别…
            if lent and member is not None and len("".join(_HAN.findall(member))) < 2:
                member = None  # (a gloss's syllable, diǎn, names no member: the lent code stays)
            named = None
            if member is not None:  # 劣Ⅴ类水质断面 (占8.8%); a whole registry name, PM10浓度
                named = self._class_share(member, unit, kind) or self._named_form(
                    member, unit, kind
                )
            if member is not None and named is not None:
                code, subject, ind_conf = named, member, 1
                why = [w for w in why if w != "indicator proposed"]  # a registry name now
                why += [] if _MEMBER_NOTE in why else [_MEMBER_NOTE]
            elif member is not None:
                code, subject, ind_conf = self._propose(member, unit, kind), member, 0
                why += [w for w in ("indicator proposed", _MEMBER_NOTE) if w not in why]
        if code is None and own and not counts_context:  # 日常连续处罚案件 (按日 reworded)
            near = self.lexicon.near_form(normalize_text(to_simplified(own)).text)
            if near is not None and self.fits(near[0], unit, kind):
                code, subject, ind_conf = near[0], own, 0
                why.append(_NEAR_NOTE.format(near[1], near[2]))
        if code is None and kind == "level" and not counts_context:
            acted = self._by_action(s, e, cs, ce, ss, unit, kind)
            if acted is not None:
                code, subject, ind_conf, action_why = acted
                why += action_why
        parts_why: list[str] = []
        if code is None and kind == "level" and not counts_context and _COUNTER.fullmatch(unit):
            parts = self._by_parts(s, e, cs, ce, ss, unit, kind, int(r.sent_end))
            if parts is not None and parts[0] is not None:
                code, subject, ind_conf = parts[0], parts[1], parts[2]
                why += parts[3]
            elif parts is not None:
                parts_why = parts[3]  # names tied: kept for the proposed row
        qualified_share = False
        if code is None and not counts_context:  # 高耗能行业能耗|占比89.61%: a share's part
            # (the figure's written form may begin with 占比: 占比89.61%)
            lead = _NON_DIGITS.match(text, s, e)
            words = text[cs : lead.end() if lead else s]
            shared = link_by_share(normalize_text(to_simplified(words)).text, self._shares)
            if shared is not None and self.fits(shared[0], unit, kind):
                code, subject, ind_conf = shared[0], shared[1], 1
                why.append(_SHARE_NOTE)
            elif shared is None:  # 煤炭消费量占能源消费总量的66%: the share written whole
                whole_share = self._share_with_whole(cs, lead.end() if lead else s)
                if whole_share is not None and whole_share[0] is not None:
                    if self.fits(whole_share[0], unit, kind):
                        code, subject, ind_conf = whole_share[0], whole_share[1], 1
                elif whole_share is not None:
                    qualified_share = True  # 工业领域煤炭占能源消费总量的比重: a part's share
        if code is None and not counts_context:  # no form written whole: the closest name
            clause = normalize_text(text[cs:ce]).text
            loose = self.lexicon.closest(clause, functools.partial(self.fits, unit=unit, kind=kind))
            phrase = noun_phrase(text, cs, s, e, ce, self.places, self.dates, q)
            own_n = normalize_text(own).text
            sentence = normalize_text(text[ss : int(r.sent_end)]).text
            # 40个监测断面水质达到优良: a count of the things of a quality, no count of all
            sentence_after = normalize_text(to_simplified(text[e:ce])).text
            is_count = kind == "level" and bool(_COUNTER.fullmatch(unit))
            if (
                loose is not None
                and (
                    (is_count and _COUNT_OF_QUALITY.match(sentence_after))
                    # 资源回收厂共回收1,141.8吨玻璃: the matter after the verb is what the
                    # amount is of, not a name loosely like the actor's words before it
                    or (
                        phrase is not None
                        and _AMOUNT_NOTE in _verb_and_amount(phrase, [], text, e, ce, unit, kind)[1]
                    )
                    or (is_count and unit in _PLACE_UNITS)  # 两省: provinces, no loose count
                    or (is_count and _other_counter(loose[1], text[s:e], text[e:ce]))
                    or (
                        is_count
                        and _QUALITY_MODIFIER.search(own_n + "|" + sentence_after[:_MODIFIER])
                        and not _QUALITY_MODIFIER.search(loose[1])
                    )  # 20个劣Ⅴ类国控断面, 水质优良断面85个: those of a quality, not all
                    or not any(_leads(sentence, f) for f in self._forms_of.get(loose[0], ()))
                    or (own and not _shares_a_pair(own_n, loose[1]))
                    or (own and self._other_quantity(own_n, [loose[0]], change=change))
                    or negated("", 0, loose[1], words=to_simplified(own_n))
                    or _not_its_name(own_n, loose[1])  # 重度污染…比例: no 优良…; 件均罚锾
                    or self._written_for_another(loose[0], s, cs, ce)  # …、停产整改103件
                    or self._counts_another_noun(loose[0], e, ce, unit, kind)
                    or (kind == "level" and self._counts_another_thing(loose[0], e, ce, unit))
                    or self._a_stock_for(loose[0], own_n)  # 水库…年末蓄水总量: no water use
                    or (  # 黑臭水体…平台共接到群众举报信息2997条: reports, no water bodies
                        kind == "level"
                        and reports_counted(
                            to_simplified(text[cs:s]), to_simplified(text[e - 1 : e]), loose[1]
                        )
                    )
                    or qualified_share
                    or self._part_of_list(text[cs:s], unit)  # 其余42项整改任务: a part
                    or (  # 二氧化硫、二氧化氮…分别为9、14: 9's member names no 二氧化氮
                        isinstance(aligned, ListMember)
                        and loose[1] not in normalize_text(to_simplified(aligned.phrase)).text
                    )
                )
            ):
                # no leading word of the indicator's names (秸秆 of 秸秆综合利用率) is in
                # the sentence, or the figure's own words share no character pair with the
                # name (封山育林83万亩 after 人工造林130万亩) or name another quantity
                loose = None
            if loose is not None:
                code, ind_conf = loose[0], 1
                subject = phrase or loose[1]
                if loose[2] < LOOSE_SURE:
                    why.append("indicator matched loosely")
        if (
            code is not None
            and code not in self.proposed
            and respectively >= 0
            and not (isinstance(aligned, ListMember) and linked is not None)
        ):
            member = self._member(s, cs, ce, aligned)  # 劣Ⅴ类 of Ⅰ～Ⅲ类、Ⅳ～Ⅴ类和劣Ⅴ类…分别
            if member is not None and (
                self._other_class(member, code)
                or self._other_member(member, code, aligned=isinstance(aligned, ListMember))
            ):
                code, subject, ind_conf, why = None, None, 2, []
        if code is not None and code not in self.proposed:
            kept = self._in_its_domain(code, subject, ss, cs, e, unit, kind)
            matter = None
            if kept is None and subject:  # 垃圾焚烧发电项目，处理能力1200吨/日: the waste's
                matter = self._of_its_matter(code, subject, ss, e, unit, kind)
            if matter is not None:
                code, ind_conf = matter, min(ind_conf, 1)
                why.append(_MATTER_NOTE)
            elif kept != code:  # 化学需氧量削减12%: an emission's; 水质优良率: no air indicator's
                why = [w for w in why if w != "indicator proposed"]
                code, subject = kept, (subject if kept is not None else None)
                ind_conf = min(ind_conf, 1) if kept is not None else 2
                why += [_EMISSION_NOTE] if kept is not None else []
        if (
            code is not None
            and code not in self.proposed
            and self._of_a_quality(code, e, ce, unit, kind)
        ):  # 50个断面达到年度考核目标: the sections of that quality, not all
            code, subject, ind_conf, why = None, None, 2, []
        if code is not None and code in self._fine_codes and kind == "level":
            part_fines = _fines_of_cases_before(text, ss, cs, str(subject or ""))
            if part_fines is not None:  # 按日连续处罚案件共592件，罚款数额达…: those cases'
                subject, ind_conf = part_fines, min(ind_conf, 1)  # fines, the part named
                why.append(_PART_FINES_NOTE)
        header_class = _header_class(text, ss, s) if kind in ("level", "ratio") else None
        if header_class is not None:  # 整改完成率依次为:…类97.5%: the registry's rate of a class
            header_codes = self._codes_of.get(to_simplified(header_class[1]), [])
            if code is None and len(header_codes) == 1 and self.fits(header_codes[0], unit, kind):
                code, subject, ind_conf = header_codes[0], header_class[0], 1
                why.append(_CLASS_PART_NOTE)
            elif code is not None and code in header_codes:  # the first member, linked by the
                subject = header_class[0]  # header right before it: its class kept
                why.append(_CLASS_PART_NOTE)
        sector = _table_sector(text, ss, s) if code is None and kind == "level" else None
        if sector is not None:  # 化学需氧量排放量(吨)…\n #工业 94490: the measure's sector part
            code, subject, ind_conf = self._sector_part(*sector, unit, kind)
            why += [_SECTOR_PART_NOTE] if code is not None else []
        if code is not None and kind == "level" and subject and code in self._petition_codes:
            part = self._petitions_part(subject, s, e, ss, cs, ce)
            if part is not None:  # 涉及大气污染1件 after 群众举报: the batch's part, named
                subject = part
                why.append(_PETITION_SPLIT_NOTE)
        if code is None and kind == "level" and not counts_context:
            split = self._petition_split(s, ss, cs, unit)
            if split is not None:  # 按区域划分，铜官区4件: petitions of a place
                code, subject, ind_conf = split[0], split[1], 1
                why.append(_PETITION_SPLIT_NOTE)
        role = "outcome"
        if code is None:
            phrase = noun_phrase(text, cs, s, e, ce, self.places, self.dates, q)
            if phrase is None:
                return None
            places_counted = (
                kind == "level"
                and (
                    unit in _CONTEXT_UNITS
                    or to_simplified(unit) in _LEVEL_COUNTERS  # 5地市: a count of divisions
                    or _counts_places(unit, to_simplified(text[e : e + 14]))
                )
            )
            stops = found["start"].to_numpy() if not found.empty else ()
            counted_set = (
                _set_counted(text, s, e, ce, unit, phrase, q, stops) if kind == "level" else None
            )
            if counted_set is not None:  # 62个湖泊|年末蓄水总量…: 湖泊, the set's size
                phrase, places_counted = counted_set, True
                why.append(_SET_COUNTED_NOTE)
            member = self._member(s, cs, ce, aligned)
            if member is not None:
                phrase = member
                why.append(_MEMBER_NOTE)
            ranked_member = member_after_frame(phrase, text, cs, s)
            lo = s - len(ranked_member or "")
            if ranked_member is not None and not (
                not self.places.empty
                and ((self.places["start"] < s) & (self.places["end"] > lo)).any()
            ):  # 从高到低分别是大气130件: 大气, not the order (a place, 广州35件, its region)
                phrase = ranked_member
            elif (
                ranked_member is not None
                and (header := _list_header(text, ss, s, self.places)) is not None
            ):  # 各市完成率从高到低依次为广州96%: the header's measure, not the order
                phrase = header
                why.append(_LIST_HEADER_NOTE)
            composed = self._by_measure(phrase, ss, cs, s, unit, kind)
            if prev is None and names_a_bare_mean(phrase):  # 二氧化氮…47微克；路邊…平均濃度
                prev = self._last_over_semicolon(ss)  # 為82微克: the same pollutant's mean
            bare_mean = (
                names_a_bare_mean(phrase) and prev is not None and prev[0] not in self.proposed
            )  # the pollutant's registry row (a proposed range's words are no mean's name)
            if names_a_reference(phrase) or bare_mean:  # 去年同期, 較111年平均值: the base
                composed = None  # of the figure before it, or the mean of what it measures
                if prev is not None and self.fits(prev[0], unit, kind):
                    composed = (prev[0], str(prev[0]), 0)
            target_of = self._target_of(phrase, prev, unit, kind)
            if target_of is not None:  # 占比93.9%(省定目标84.85%): the share's target
                code, subject, ind_conf = target_of
                if code in self.proposed:
                    why.append("indicator proposed")
                why.append(_TARGET_OF_NOTE)
            elif composed is not None and (names_a_reference(phrase) or bare_mean):
                code, subject, ind_conf = composed
                subject = str(self.proposed.get(code, {}).get("name_zh", "")) or None
                if code in self.proposed:
                    why.append("indicator proposed")
                why.append(
                    "indicator of the figure before it in its sentence (a bare 平均值: to review)"
                    if bare_mean
                    else "indicator of the figure it is compared with (去年同期: to review)"
                )
            elif composed is not None:  # 达标率 after 断面: the object names the indicator
                code, subject, ind_conf = composed
                why.append("indicator linked by its measure and the object written before it")
            else:
                phrase, phrase_why = _named_phrase(
                    phrase,
                    text,
                    ss,
                    cs,
                    self.places,
                    self.dates,
                    q,
                    counted=places_counted,
                    s=s,
                    unit=unit,
                )
                phrase, phrase_why = self._margin_over_target(phrase, phrase_why, s, cs, prev, unit)
                if kind == "level" and not places_counted and member is None:
                    phrase, phrase_why = _verb_and_counted(phrase, phrase_why, text, e, ce, unit)
                    phrase, phrase_why = _noun_after_no_noun(phrase, phrase_why, text, e, ce, unit)
                    phrase, phrase_why = _part_of_counted_whole(phrase, phrase_why, text, r, q)
                    phrase, phrase_why = _persons_counted(phrase, phrase_why, unit, text, ss, s)
                    phrase = _events_counted(phrase, unit, text, ss, e)
                    phrase, phrase_why = _petitions_found(phrase, phrase_why, unit, text, ss, s)
                    phrase, phrase_why = _rest_of_whole(
                        phrase, phrase_why, unit, text, ss, s, e, ce
                    )
                    phrase, phrase_why = _part_of_set(phrase, phrase_why, unit, text, ss, s, e, ce)
                    phrase_why = _note_counted_after(phrase, phrase_why, text, cs, s, e, ce)
                if member is None and not places_counted:
                    phrase, phrase_why = _verb_and_amount(
                        phrase, phrase_why, text, e, ce, unit, kind
                    )
                if kind == "level" and member is None:
                    phrase, phrase_why = _span_of(phrase, phrase_why, text, e, ce, unit, q)
                phrase, phrase_why = _span_names_no_measure(phrase, phrase_why, unit)
                if kind in ("level", "ratio") and member is None:  # 城市污水|年排放量為…
                    phrase, phrase_why = _head_in_figure(phrase, phrase_why, text, s, e)
                if phrase.startswith(_NO_MEASURE_MARK) and kind == "level" and member is None:
                    split_whole = self._place_split_whole(s, ss, cs, unit)
                    if split_whole is not None:  # 共确定375项整改任务，其中北京市47项: tasks
                        phrase, phrase_why = split_whole, [_PLACE_SPLIT_NOTE]
                bare = phrase.removeprefix(_NO_MEASURE_MARK)
                alone = phrase_why == [_NO_NOUN_NOTE]  # 來信: a part of a whole may name it
                broken = None
                whole = None if phrase_why and not alone else self._whole_of(bare, s, ss, unit)
                if whole is not None:  # 问责共139人。其中，科级干部37人: 问责其中科级干部
                    phrase = whole
                    phrase_why = ["indicator phrase is a part (其中) of the figure before"]
                elif kind in ("level", "ratio") and not places_counted and member is None:
                    broken = self._breakdown_whole(bare, s, ss, cs, unit)
                    if broken is None:  # 20个断面(…)，Ⅱ类10个: of the things counted before
                        broken = _class_counted(bare, text, ss, cs, q, unit)
                    if broken is not None:  # 20个断面，Ⅱ类10个: Ⅱ类断面
                        phrase, phrase_why = broken[0], [broken[1]]
                if (
                    whole is None
                    and broken is None
                    and (unit == "%" or (unit == "百分点" and _share_word_at(text, s)))
                    and not phrase.startswith("(")
                    and (
                        (part_share := _share_of_part(phrase, text, s)) is not None
                        or (
                            unit == "%"
                            and (part_share := _share_before_part(phrase, text, cs, s, e))
                        )
                    )
                ):  # 施工噪声占4.1%, Ⅳ类水质断面20个、占5.8%, 有35.7%为有机物: the part's share
                    phrase, phrase_why = part_share, [*phrase_why, _SHARE_OF_PART_NOTE]
                    self._part_shares.add(e)
                phrase, phrase_why = one_character(phrase, phrase_why, text, e, ce)  # 大|、中城市
                phrase, phrase_why = _cases_of_rule(phrase, phrase_why, unit, text, s)
                margin = _MARGIN_NOTE in phrase_why  # 好于年度目标0.9个百分点: no registry
                # (nor for a set's part named by its act: 考核断面|达到要求 is no 考核断面数;
                # nor for the cases under one rule: 违反《…》被定罪的个案 is no 被定罪的个案)
                margin = margin or _SET_PART_NOTE in phrase_why or _RULE_CASES_NOTE in phrase_why
                named = None if places_counted or margin else self._named_form(phrase, unit, kind)
                if named is None and kind == "level" and not places_counted:
                    by_act = self._petitions_by_act(phrase, unit, ss, s)
                    if by_act is not None:  # 受理有效举报23件,…转办23件: the petitions
                        named, phrase = by_act
                        why.append(_PETITION_ACT_NOTE)
                if named is None and _LINE_HEAD_NOTE in phrase_why:  # 细悬浮粒子(PM2.5)浓度:
                    named = next(  # a glossed head names what its gloss's form names
                        (
                            code
                            for form in sorted(expand_forms(phrase))
                            if (code := self._named_form(form, unit, kind)) is not None
                        ),
                        None,
                    )
                if places_counted and kind == "level":  # 全省14个市州中: the province's tally
                    tally = self._divisions_whole(s, e, unit, kind)
                    if tally is not None:  # named by its level word (市州), as written
                        named, phrase = tally
                    else:  # 南昌…4个城市…PM10浓度同比上升: the cities that worsened
                        named = self._cities_worsened(e, ce, unit, kind)
                emitted = None
                if named is None and not places_counted and not margin:  # 氮氧化物(NOx)减量16%
                    emitted = named = self._emission_of(phrase, cs, e, unit, kind)
                if named is None and member is not None:
                    named = self._class_share(member, unit, kind)
                if named is None and not places_counted and not margin:  # 劣Ⅴ类…点位比例
                    named = self._share_of_one_class(phrase, ss, s, unit, kind)
                ranked = liked = None
                if (
                    named is None
                    and not places_counted
                    and not margin
                    and member is None
                    and broken is None
                    and not qualified_share
                    and not self._part_of_list(text[cs:s], unit)  # 其余42项: a part
                ):
                    ranked = self._ranked(text[cs:ce], phrase, unit, kind)  # (Ⅲ类…比例: no
                    # Ⅰ～Ⅲ类 share by most of its words: a member links a whole name only)
                    if ranked is None and not phrase_why:  # no name written: by likeness
                        ranked = liked = self._liked(phrase, e, ss, cs, ce, unit, kind)
                subject = phrase
                if (
                    named is not None
                    and self._in_its_domain(named, phrase, ss, cs, e, unit, kind) != named
                ):  # 综合水质指数: no air-quality index
                    named = None
                if (
                    ranked is not None
                    and self._in_its_domain(ranked.code, phrase, ss, cs, e, unit, kind)
                    != ranked.code
                ):
                    ranked = None
                if named is not None and (
                    self._of_a_quality(named, e, ce, unit, kind)
                    or (kind == "level" and self._counts_another_thing(named, e, ce, unit))
                ):  # 27个水源地水质达标: a count of those of a quality; 水源地356个问题
                    named = None
                if ranked is not None and (
                    self._of_a_quality(ranked.code, e, ce, unit, kind)
                    or self._counts_another_noun(ranked.code, e, ce, unit, kind)
                    or (kind == "level" and self._counts_another_thing(ranked.code, e, ce, unit))
                    or self._a_stock_for(ranked.code, phrase)
                ):  # 43项整改任务、141条整改措施: tasks, no count of measures
                    ranked = None
                if named is not None:  # the phrase is a registry name (PM10 a table row's)
                    code, ind_conf = named, 1
                    why += [_EMISSION_NOTE] if emitted is not None and named == emitted else []
                elif ranked is not None and ranked is liked:  # a registry form it is like
                    code, ind_conf = ranked.code, 0
                    why.append(_LIKE_NOTE.format(ranked.form, ranked.score, ranked.margin))
                elif ranked is not None:  # most of a registry name's weighty words written
                    code = ranked.code
                    sure = ranked.score >= RANK_SURE and ranked.margin >= 2 * RANK_MARGIN
                    ind_conf = 1 if sure else 0
                    if not sure:
                        why.append(_RANK_NOTE.format(ranked.form, ranked.score, ranked.margin))
                else:
                    code = self._propose(phrase, unit, kind)
                    ind_conf = 0
                    why.append("indicator proposed")
                    why += phrase_why + parts_why
                if (
                    places_counted
                    and not _places_of_a_quality(normalize_text(to_simplified(text[e:ce])).text)
                    and not (unit in _SPAN_UNITS and measured_span(text, s, unit))
                    and not _NEWLY_NAMED.search(to_simplified(text[cs:s]))
                ):  # 166个城市空气质量达标: the places of a quality, an outcome; 日照时数
                    # 2912.2小时: the hours a phenomenon lasted, a level; 新增100个国家级生态
                    # 乡镇、148个省级生态乡镇: the places newly named that year, an outcome
                    role = "context"
                    why.append("a count of places, time, documents or meetings: context")
        if code is not None and kind == "level" and code in self._not_done_of:
            code = self._not_done(code, e, ce, unit, kind)
        share_aside = _share_opens(text, cs, s)  # 占…44.7%: a share after its part
        if _MARGIN_NOTE not in why and not share_aside:  # (a margin is an aside: a figure
            # compared after it, 较2019年同期上升3.5个百分点, is the measure's before it; so
            # is a share written 占W的x% after its part: 占…44.7%，比上年减少1.1% is the part's)
            self._last[ss] = (code, e, ind_conf)
            if not _in_aside(text, cs, s):
                self._last_outside[ss] = (code, e, ind_conf)
        if not subject and prev is not None and prev[0] == code and prev[1] in self._named:
            subject = self._named[prev[1]][1]  # taken from the figure before: its words
        subject = subject or str(self.proposed.get(code, {}).get("name_zh", "")) or code
        if code in self.proposed:  # a proposed name's words, never a pinyin gloss (gè)國控)
            subject = _unglossed(subject)
        self._named[e] = (unit, subject)
        if _SPAN_NO_MEASURE_NOTE in why and subject.startswith(_NO_MEASURE_MARK):
            # 連續3年下跌…減少3.4%: the span names no measure, but what it is of (its
            # words after the mark) is what a change after it measures
            bare = subject.removeprefix(_NO_MEASURE_MARK)
            self._last[ss] = (self._propose(bare, unit, kind), e, ind_conf)
            self._named[e] = (unit, bare)
        self._linked[e] = code
        return IndicatorChoice(code, subject, ind_conf, why, role)

    def _last_over_semicolon(self, ss: int) -> tuple[str, int, int] | None:
        """The last figure of the sentence before the one starting at ``ss`` when a
        semicolon alone parts them (one sentence of the grammar, two of the reader), else
        ``None``.

        ``二氧化氮的全年平均濃度…為每立方米47微克…；路邊情况更嚴重，2016年平均濃度為每立方米
        82微克``: the bare mean after the semicolon is the mean of what the clause before it
        measured (:func:`~envindicators.extract._phrases.names_a_bare_mean`; reg43).
        """
        if to_simplified(self.text[max(0, ss - 3) : ss]).rstrip()[-1:] not in ("；", ";"):
            return None
        q = self.figures
        starts = q.loc[q["end"] <= ss, "sent_start"]
        return self._last.get(int(starts.max())) if len(starts) else None

    def _good_days_share(self, s: int, cs: int, unit: str, kind: str) -> tuple[str, str] | None:
        """The registry's good days' share, and its words, for a share named by Taiwan's
        good-air bound of its index, else ``None``.

        Taiwan's bulletins write the share of days whose AQI is at most 100 (良好 and 普通,
        the days HJ 633 calls 优良) by the bound: ``去年空氣品質指標小於100的日數比例爲96.8%``,
        ``健康戶外活動日數(AQI≤100)比率為90.6%``, ``AQI≦100比率達80.7%``.  The figure is a
        level in ``%`` (or its change in 百分点) whose clause writes the bound
        (:data:`_GOOD_AQI_BOUND`) before it, a share word after the bound, and no figure
        between the bound and it (the bound's own 100 aside); the row is the one whose form
        is ``优良天数比例``, the words those from the clause's start, or the last place, date
        or figure before the bound, to the figure.  A bound above 100 or a band
        (``AQI>100比例``, ``AQI介於100-150比率``) names another class: not read.
        """
        if unit not in ("%", "百分点") or kind not in ("level", "change_absolute"):
            return None
        clause = to_simplified(self.text[cs:s])  # same length as the text
        bound = next(reversed(list(_GOOD_AQI_BOUND.finditer(clause))), None)  # the last
        if bound is None or not _GOOD_AQI_SHARE.search(clause, bound.end()):
            return None
        at, end = cs + bound.start(), cs + bound.end()
        q = self.figures
        if ((q["start"] >= end) & (q["end"] <= s)).any():
            return None  # another figure between: the bound names it, not this one
        lo = cs
        for spans in (q, self.places, self.dates):
            if not spans.empty:
                ends = spans["end"].to_numpy()
                ends = ends[(ends <= at) & (ends > lo)]
                lo = int(ends.max()) if len(ends) else lo
        code = self._named_form(_GOOD_DAYS_SHARE_NAME, unit, kind)
        words = _trimmed(self.text, lo, s)
        return None if code is None or not words else (code, words)

    def _target_reached(self, s: int, cs: int, unit: str, kind: str) -> tuple[str, str] | None:
        """The registry's share of a planned target reached, and the words naming it, for a
        percentage written after the target it is of: ``达成本年度目标之162.2%``,
        ``分别仅完成2020年目标任务的11%、16%和28%`` (each member), ``完成规划能力目标的61%``.

        The row is the one whose name is written ``完成…目标任务的比例``
        (:data:`_TARGET_SHARE_NAME`); the verb is one of reaching (完成, 达成, 达到), the words
        between it and 目标 at most a year or a plan's qualifier (:data:`_TARGET_REACHED`).
        Not a share of a thing that met a target (``达到年度目标的断面比例为90%``: its words
        go on after 的) nor a target itself (``目标为90%``).

        Examples
        --------
        >>> from envindicators.extract import read_report
        >>> f = read_report("共计1,622件，达成本年度目标之162.2%。").figures()
        >>> f.loc[f["value_text"] == "162.2%", "indicator"].item()
        'plan_target_completion_share'
        """
        if unit != "%" or kind not in ("level", "ratio") or self._target_share is None:
            return None
        written = _PINYIN_GLOSS.sub("", self.text[cs:s])  # 目標(biāo): the words, unglossed
        m = _TARGET_REACHED.search(to_simplified(written))
        if m is None:
            return None
        return self._target_share, written[m.start("name") : m.end("name")]

    def _not_done(self, code: str, e: int, ce: int, unit: str, kind: str) -> str:
        """``code``, or the row of its things not acted on when the words after say so.

        A count linked to a row of things acted on or merely counted (燃煤锅炉) whose clause
        says, right after the count's noun, that the act was not done (``225台…在用燃煤锅炉
        未安装环保设施``, ``29台燃煤锅炉未按期淘汰``: :func:`not_done_after`) counts the
        things of the registry row that names them with the act not done
        (:func:`not_done_rows`: 未按要求治理或淘汰的燃煤锅炉) — when a form of ``code`` is
        written in those counted words (``1台生物质锅炉未安装…`` counts no coal boilers) and
        exactly one such row fits the figure; else the link stays.

        Parameters
        ----------
        code : str
            The registry code chosen.
        e, ce : int
            The figure's end and its clause's end.
        unit, kind : str
            The figure's unit and kind.

        Returns
        -------
        str
            The code to link.
        """
        counted = not_done_after(normalize_text(to_simplified(self.text[e:ce])).text)
        if counted is None or not any(f in counted for f in self._forms_of.get(code, ())):
            return code  # no negation, or another thing's (1台生物质锅炉未安装): the link stays
        rows = [c for c in self._not_done_of[code] if self.fits(c, unit, kind)]
        return rows[0] if len(rows) == 1 else code

    def _margin_over_target(
        self,
        phrase: str,
        why: list[str],
        s: int,
        cs: int,
        prev: tuple[str | None, int, int] | None,
        unit: str,
    ) -> tuple[str, list[str]]:
        """A margin over a target is named by the measure of the figure before it.

        ``优良天数比例为86.5%，好于年度目标0.9个百分点``, ``PM2.5平均浓度为30微克/立方米，优于
        年度目标2.9微克/立方米``, ``国控考核断面水质优良比例达62.7%，优于年度约束性指标6.1个
        百分点``: the figure written right after a comparison with a target
        (:data:`_MARGIN_OVER_TARGET`: 好于/优于/超过/低于 … 年度目标, 考核目标, 约束性指标) is
        by how much the measure of the figure before it in its sentence beats (or misses)
        its target — that measure's words and the comparison name it
        (``优良天数比例好于年度目标``), to review.  A figure after other words (``…好于年度
        目标0.6个百分点，较2019年同期上升3.5个百分点``: the 3.5), a figure before with no
        measure named, or none before: the phrase and its notes unchanged.

        Parameters
        ----------
        phrase : str
            The figure's phrase (:func:`_named_phrase`).
        why : list of str
            Its notes.
        s, cs : int
            The figure's start and its clause's start.
        prev : tuple or None
            The figure before it in its sentence: code, end, confidence.
        unit : str
            The figure's unit: a percentage after a target word is the target itself
            (``已超過95年度目標值26%``), no margin (a share's margin is in 个百分点).

        Returns
        -------
        tuple of (str, list of str)
            The phrase and its notes.
        """
        bare = _PINYIN_GLOSS.sub("", phrase).strip()
        simple = to_simplified(bare)
        if prev is None or unit == "%" or not _MARGIN_OVER_TARGET.fullmatch(simple):
            return phrase, why
        own = to_simplified(_PINYIN_GLOSS.sub("", self.text[cs:s])).rstrip()
        named = self._named.get(prev[1])
        if not own.endswith(simple) or named is None:
            return phrase, why  # other words between the comparison and the figure
        words = named[1].strip()
        if (
            words.startswith("(")  # (no measure named), (fragment)
            or names_no_measure(words)
            or names_a_fragment(words)
            or _MARGIN_OVER_TARGET.search(to_simplified(words))
        ):
            return phrase, why
        return words + bare, [*why, _MARGIN_NOTE]

    def _target_of(
        self, phrase: str, prev: tuple[str, int, int] | None, unit: str, kind: str
    ) -> tuple[str, str, int] | None:
        """The indicator of a figure named by a target word alone, with its subject and
        confidence, else ``None``.

        A figure whose words are only a target (``目标``, ``省定目标``, ``年度考核目标值``,
        ``国家下达目标为`` — :data:`_TARGET_ALONE`) is the target *of the figure before it*
        in its sentence (``Ⅰ-Ⅲ类水质断面占比93.9%(省定目标84.85%)``, ``PM2.5年均浓度38微克/
        立方米，省定目标为42微克/立方米``): it takes that figure's indicator when its unit
        fits it, at most medium confidence (the words do not name the measure).

        Parameters
        ----------
        phrase : str
            The figure's proposed phrase.
        prev : tuple of (str, int, int) or None
            The indicator, end and confidence of the figure before it in its sentence.
        unit, kind : str
            The figure's unit and kind.

        Returns
        -------
        tuple of (str, str, int) or None
            The code, the subject and the confidence.
        """
        if prev is None or not _TARGET_ALONE.fullmatch(to_simplified(phrase.strip())):
            return None
        if not self.fits(prev[0], unit, kind):
            return None
        named = self._named.get(prev[1])
        subject = named[1] if named is not None else str(prev[0])
        return prev[0], subject, min(1, prev[2])

    def _petition_split(self, s: int, ss: int, cs: int, unit: str) -> tuple[str, str] | None:
        """The petitions indicator of a count that splits a count of petitions by place,
        topic or channel, with its subject, else ``None``.

        An inspection team's petition report gives the petitions it transferred or received
        (交办/转办/受理/收到 … 信访/举报件) and then splits them: by place (``按区域划分，铜官区
        4件、义安区2件``, ``涉及市辖区3件、云城区52件``), by topic (``涉及大气污染46件、噪声污染
        16件``) or by channel (``共13件(来电9件、来信4件)``).  Each member counts petitions:
        the registry indicator whose ``action`` names the petition object class
        (``handle:petition``).  The place is the row's region (the subject is the whole's
        name); a topic or channel is written after the whole's name (``信访件（噪声污染）``) —
        the member's words are never the measure's name.

        The member (:meth:`_split_of`) is written in the petition class's measure word (件).
        Its whole is found going back over the figures of its sentence and of the sentence
        before (across a line break: ``…第二批信访举报件，共51件。\n按区域和部门划分，太原市
        17件``): members, figures in brackets and figures of another unit are passed; the
        first other figure in 件 is the whole.  The whole must be linked to the petitions
        indicator, or be written after a petition head (信访件, 举报 …) in its sentence with no
        act of another class between (``信访举报问题，立案查处45件，其中太原市10件``: cases
        filed, no petitions), or restate a petitions count written before it
        (:meth:`_restated`: ``…73件…。73件案件中，哈尔滨市39件``).  A member of an earlier
        split of the same batch linked to petitions gives its whole (``…从地区分布看：南昌市
        17件…。按照污染类型分为：大气污染47件``: the batch split by place, then by type).
        With no count of the whole before, a petition head written last before the member,
        in its sentence or the one before, with no act of another class after it, is the
        whole (``…均接到转办信访件。其中，长沙23件``).

        Parameters
        ----------
        s, ss, cs : int
            The figure's start, its sentence's start and its clause's start.
        unit : str
            The figure's unit.

        Returns
        -------
        tuple of (str, str) or None
            The indicator code and the subject.
        """
        codes = self._petition_codes
        if len(codes) != 1 or unit not in OBJECT_CLASSES["petition"].measures:
            return None
        code = next(iter(codes))
        split = self._split_of(s, ss, cs)
        if split is None:
            return None
        text = self.text
        ps, before = self._figures_back_to_sentence_before(s, ss, unit)
        cols = ("start", "end", "unit", "sent_start", "clause_start")
        for a, b, u, fss, fcs in zip(*(before[c] for c in cols), strict=True):
            a, b = int(a), int(b)
            if str(u) != unit or _in_aside(text, int(fcs), a):
                continue  # 6个县区, (重复件3件): no member, no whole
            if b <= ss and self._key_cases_of(a, int(fss), int(fcs)):
                continue  # 其中重点件351件。分别为：长沙市1121件: a part, the whole before it
            if self._split_of(a, int(fss), int(fcs)) is not None:
                if self._linked.get(b) == code:  # a split of the batch split before
                    return code, _whole_named(self._named[b][1], split)
                written = _petition_head(text, int(fcs), b)  # 来信投诉9件: a member that
                if written is not None:  # writes the petitions' head names the whole
                    return code, _whole_named(written, split)
                continue  # another member of the split
            if self._linked.get(b) == code:
                whole: str | None = self._named[b][1]
            else:
                whole = _petition_head(text, int(fss), a) or self._restated(a, b, code)
            if whole is None:
                return None
            return code, _whole_named(whole, split)
        whole = _petition_head(text, ps, s)  # no count of the whole: its head alone
        return None if whole is None else (code, _whole_named(whole, split))

    def _petitions_by_act(self, phrase: str, unit: str, ss: int, s: int) -> tuple[str, str] | None:
        """The petitions indicator and its subject for a count named by a petitions' act
        alone, else ``None``.

        An inspection team's petition report names the petitions once and then counts what
        was done with them by the act alone: ``共收到群众来电、来信举报投诉28件，受理有效
        举报23件，累计向海东市、黄南州转办23件``, ``督察组共接到信访举报问题12件…，合并重复件后向
        贵州省移交8件``.
        A count in the petition class's measure word (件) whose phrase names no measure but
        a verb of handing over or receiving (:data:`~envindicators.extract._phrases.HAND_OVER`,
        ``RECEIVE``: ``(no measure named) 转办``, ``移交``, ``受理``; a time or manner word
        of at most :data:`_ACT_LEAD` characters before it, ``累计``, ``分解后``) counts the
        petitions named last before it in its sentence, with no act of another class between
        (:func:`_petition_head`: ``信访举报问题，立案查处45件`` counts cases).  It is the
        registry's petitions row (``handle:petition``), its subject the head with the act
        as its part (convention (a): ``信访举报问题（移交）``).  Without a petition head before
        it (``共交办84个…问题线索``, Taiwan's ``陳情案件`` after the count) nothing changes.

        Examples
        --------
        >>> _BARE_ACT.fullmatch("累计转办") is not None, _BARE_ACT.fullmatch("共完成整改")
        (True, None)
        """
        codes = self._petition_codes
        if len(codes) != 1 or to_simplified(unit) not in OBJECT_CLASSES["petition"].measures:
            return None
        if not phrase.startswith(_NO_MEASURE_MARK):
            return None
        bare = _PINYIN_GLOSS.sub("", phrase.removeprefix(_NO_MEASURE_MARK)).strip()
        act = _BARE_ACT.fullmatch(to_simplified(bare))
        if act is None:
            return None
        head = _petition_head(self.text, ss, s)
        if head is None:
            return None
        verb = bare[act.start("act") : act.end("act")]
        return next(iter(codes)), _whole_named(head, verb)

    def _petitions_part(
        self, subject: str, s: int, e: int, ss: int, cs: int, ce: int
    ) -> str | None:
        """The name of the part of a petitions count a figure linked to the petitions
        indicator by the form ``subject`` counts, else ``None`` (the figure counts the whole).

        Convention (a) of the hand checks: a count of a part of a batch of petitions is
        right only when its row names the part.  The form that links the figure names the
        whole (``群众举报``, ``交办件``, ``信访举报``); the part is named

        * by the figure's own words, when they are a topic, channel or category alone
          (:meth:`_split_of`: ``群众举报反映问题涉及大气污染1件``, ``分别是大气99件``), or
        * by a state of handling written right after the count, before its noun
          (``110件已办结案件``: :data:`_HANDLED_AFTER`), or
        * by a pollution type or topic written right before the form itself
          (:func:`_part_before_form`: ``涉及大气污染类型的信访举报最多，有17件``,
          ``大氣污染類信訪件``);

        the subject is then the whole's name with the part after it in brackets
        (``举报件（大气污染）``, :func:`_whole_named`), the form the petitions' own split
        gives.  A place's count (``哈尔滨市4件``) is no named part: its region tells it.

        Parameters
        ----------
        subject : str
            The form that linked the figure, as written.
        s, e, ss, cs, ce : int
            The figure's start and end, its sentence's and clause's start and clause's end.

        Returns
        -------
        str or None
            The part's subject.
        """
        if _SPLIT_ASIDE.search(subject):
            return None  # 信访件（噪声）: named already
        text = self.text
        split = self._split_of(s, ss, cs)
        if split == "":
            return None  # a place's count: its region names it
        own = _PINYIN_GLOSS.sub("", self._own_words(s, cs, ss)).strip()
        trim = _TRIM_HEAD.match(own)
        own = own[trim.end() :] if trim is not None and own[trim.end() :] else own
        if _KEY_CASES.fullmatch(to_simplified(own)):
            return _whole_named(subject, own)  # 其中重点件91件: the key cases
        if _CHANNEL_PART.fullmatch(to_simplified(own)) and to_simplified(
            text[cs:s]
        ).lstrip().startswith(PART_OPENER):  # 其中全国…信访信息系统转办案件9件: that channel's
            return _whole_named(subject, own)
        written = _PINYIN_GLOSS.sub("", text[e:ce])
        simple = to_simplified(written)
        state = _HANDLED_AFTER.match(simple)
        if state is not None:  # 已对外公开110件已办结案件: the cases closed, a part
            lo, hi = state.span("state")  # as written (已辦結), where the script keeps length
            return _whole_named(
                subject, written[lo:hi] if len(simple) == len(written) else state["state"]
            )
        part = split or _part_before_form(text, cs, s)  # 涉及大气污染1件
        if part is not None and to_simplified(part) not in to_simplified(subject):
            return _whole_named(subject, part)
        heads = list(_PETITION_HEAD.finditer(to_simplified(text[ss:s])))
        if heads:  # the form nearest before the figure, else the first after it
            at = ss + heads[-1].start()
        else:
            after = _PETITION_HEAD.search(to_simplified(text[e:ce]))
            at = -1 if after is None else e + after.start()
        if at < 0:
            return None
        part = _part_before_form(text, ss, at)
        if part is None or to_simplified(part) in to_simplified(subject):
            return None  # 涉及大气污染问题的信访举报: the subject names its part
        return _whole_named(subject, part)

    def _figures_back_to_sentence_before(
        self, s: int, ss: int, unit: str | None = None
    ) -> tuple[int, pd.DataFrame]:
        """The figures from the start of the sentence before ``ss`` up to ``s``, last first.

        With ``unit`` (a split's measure word), a sentence before that holds no figure in
        that unit is an aside between the whole and its split (``…信访事项共82件。投诉…
        分别为18个、27个；\n从分布区域上看，贵阳市25件``; ``…131件群众举报件中，…占36.4%；
        其次是…分别占23.4%…。按地区分布为：长沙市21件``): the window reaches back over
        such sentences of that sentence's paragraph, at most :data:`_SPLIT_ASIDES` of them,
        to the first that holds a figure in ``unit``.

        Parameters
        ----------
        s, ss : int
            The figure's start and its sentence's start.
        unit : str, optional
            The figure's unit: reach back over sentences before holding none.

        Returns
        -------
        tuple of int and pandas.DataFrame
            The start of the earliest sentence read (after its own break and any white
            space) and the figures ending at or before ``s`` from there, sorted by start,
            descending.
        """
        text, q = self.text, self.figures

        def before_start(at: int) -> int:
            k = at
            while k > 0 and (text[k - 1] in SENTENCE_BREAKS or text[k - 1].isspace()):
                k -= 1  # the sentence before: after its own break
            return start_of_sentence(text, k)

        ps = before_start(ss)
        if unit is not None:
            units = q["unit"].astype(str)
            for _ in range(_SPLIT_ASIDES):
                if ps == 0 or text[ps - 1] == "\n":
                    break  # (the paragraph of the sentence before ends the reach)
                if ((q["start"] >= ps) & (q["end"] <= ss) & (units == unit)).any():
                    break  # the sentence holds a figure in the unit: a whole, or a member
                ps = before_start(ps)
        before = q[(q["start"] >= ps) & (q["end"] <= s)].sort_values("start", ascending=False)
        return ps, before

    def _place_split_whole(self, s: int, ss: int, cs: int, unit: str) -> str | None:
        """The name of the count a place's count is a part of, else ``None``.

        A report splits a count by place and writes each place with its figure alone
        (``共计确定375项整改任务，其中北京市47项、上海市46项``, ``共發現問題56個，其中，荊州區
        17個、沙市區12個``, ``问责人数1.7万人，其余依次为山西省868人、辽宁省724人``): the member's
        words are a place only (:meth:`_split_of` is ``""``), so what it counts is the
        whole's measure, in the member's place (the row's region).  The whole is the nearest
        figure before it, in its sentence or the sentence before, in the same measure word
        (a count: :data:`_COUNTER`), that is no place's member itself and in no brackets,
        ends before the member's clause (``…净月高新区3件、长春新区2件``: a place the
        gazetteer lacks is no whole) and is no member of a list itself (no 、 in its clause
        before it nor right after it: ``大气污染2个、生态破坏1个。…蕉城区1个``);
        its words (its own figure taken out) must name a measure (no place, no mark of no
        measure, no figure, list or
        quotation, no fragment, no reference: the conditions of
        :meth:`_part_of_whole_at`) — else ``None``, and the member names no measure, as
        before (the petitions' own split, :meth:`_petition_split`, comes first).

        Parameters
        ----------
        s, ss, cs : int
            The figure's start, its sentence's start and its clause's start.
        unit : str
            The figure's unit.

        Returns
        -------
        str or None
            The whole's words, the member's subject.
        """
        if not _COUNTER.fullmatch(unit) or unit in _PLACE_UNITS:
            return None
        if self._split_of(s, ss, cs) != "":
            return None
        text = self.text
        _, before = self._figures_back_to_sentence_before(s, ss)
        cols = ("start", "end", "unit", "sent_start", "clause_start")
        for a, b, u, fss, fcs in zip(*(before[c] for c in cols), strict=True):
            a, b = int(a), int(b)
            if str(u) != unit or _in_aside(text, int(fcs), a):
                continue
            split = self._split_of(a, int(fss), int(fcs))
            if split == "":
                continue  # another place of the split
            named = self._named.get(b)
            listed = "、" in text[int(fcs) : a] or text[b : b + 1] == "、"
            if split is not None or listed or b > cs or named is None or named[0] != unit:
                return None  # a topic's member (、生态破坏1个), a place unread in the list
            whole = named[1].replace(text[a:b], "").strip()  # 关停取缔企业1200家: its words
            plain = to_simplified(whole)
            linked = self._linked.get(b)  # 375项整改任务 (a registry count): its noun names it
            registry = linked is not None and linked not in self.proposed
            if (
                whole.startswith("(")
                or len(whole) < 2
                or not re.search(r"[\u4e00-\u9fff]", whole)
                or re.search(r"[\d、，,：:；;「」“”]", whole)
                or self._a_place(plain, a - 40, b)
                or (names_no_measure(whole) and not registry)
                or names_a_fragment(whole)
                or names_a_reference(whole)
            ):
                return None
            return whole
        return None

    def _key_cases_of(self, s: int, ss: int, cs: int) -> bool:
        """Whether the figure at ``s`` counts the key cases of a batch by its own words
        alone (:data:`_KEY_CASES`, a leading 其中 trimmed: ``其中重点件351件``,
        ``重點案件4件``): a part of the batch, no whole of a split in the sentences after
        it (``…其中重点件351件。分别为：长沙市1121件``; in its own sentence, ``重点件8件，
        其中长沙市3件``, the key cases are the whole the places split)."""
        own = _PINYIN_GLOSS.sub("", self._own_words(s, cs, ss)).strip()
        trim = _TRIM_HEAD.match(own)
        own = own[trim.end() :] if trim is not None and own[trim.end() :] else own
        return _KEY_CASES.fullmatch(to_simplified(own)) is not None

    def _key_part(self, code: str, at: int) -> bool:
        """Whether the petitions form written at ``at`` is qualified 重点 (key): ``其中重点
        交办件16件``, ``重點(diǎn)信訪件`` name the key cases, a part of the petitions (as
        重点关注案件), not the petitions counted by ``code``."""
        if code not in self._petition_codes:
            return False
        before = _PINYIN_GLOSS.sub("", self.text[max(0, at - 12) : at])
        return to_simplified(before).endswith("重点")

    def _restated(self, a: int, b: int, code: str) -> str | None:
        """The subject of an earlier figure linked to ``code`` that the figure at ``a:b``
        restates, else ``None``.

        A split's whole is often the batch's count written again as the set the parts are
        taken from (``交办…信访举报案件73件…。73件案件中，哈尔滨市39件``): written alike (the
        same figure, the same unit) within :data:`_RESTATED_WITHIN` characters before it and
        linked to ``code``, it is that count — only where it is written as the set the parts
        are taken from (``N件中``, ``N件案件中``: :data:`_SET_OF`); a count that is written
        alike by chance (``重点案件4件，其中盘山县1件`` after ``大洼区4件``) is no restatement.
        """
        written = self.text[a:b]
        if not _SET_OF.match(to_simplified(self.text[b : b + 8])):
            return None  # 重点案件4件，其中…: a count of its own, no set restated
        q = self.figures
        before = q[(q["end"] <= a) & (q["start"] >= a - _RESTATED_WITHIN)]
        for fs, fe in zip(before["start"], before["end"], strict=True):
            fe = int(fe)
            if self.text[int(fs) : fe] == written and self._linked.get(fe) == code:
                return self._named[fe][1]
        return None

    def _a_listed_zone(self, simple: str, s: int) -> bool:
        """Whether a member's own words (simplified) name a zone the gazetteer lacks
        (:data:`_places.ZONE_LABEL`: ``净月高新区``, ``经开区``, ``新区`` of ``长春新区``)
        written near a place of the gazetteer (one starting within 40 characters before or
        after the figure at ``s``): one more place of the list its figure splits."""
        if not ZONE_LABEL.fullmatch(simple) or self.places.empty:
            return False
        starts = self.places["start"].to_numpy()
        near = (starts >= s - 40) & (starts <= s + 40)
        return bool(near.sum() >= 1)

    def _a_listed_organ(self, simple: str, s: int, ss: int) -> bool:
        """Whether a member's own words (simplified) name an organ of a division by its
        level alone (:data:`_places.ORGAN_LABEL`: ``市财政局``, ``省直部门``, ``市卫计委``)
        written in a list (a 、 before its words, a member's figure and a separator right
        before them, or a 、 right after its figure) with a place of the gazetteer in its
        sentence (from ``ss``, up to 40 characters after the figure at ``s``): one more
        member of the list its figure splits, named as a part (``…康平县2件、市人社局2件、
        市财政局2件``, ``…湘西土家族苗族自治州15件,省发改委16件``)."""
        if not ORGAN_LABEL.fullmatch(simple) or self.places.empty:
            return False
        text = self.text
        lo = max(0, s - len(simple) - 8)
        if (
            "、" not in text[lo:s]
            and _MEMBER_BEFORE.search(text, lo, s - len(simple)) is None
            and _MEMBER_NEXT.match(text, s) is None
        ):
            return False
        starts = self.places["start"].to_numpy()
        return bool(((starts >= ss) & (starts <= s + 40)).any())

    def _split_of(self, s: int, ss: int, cs: int) -> str | None:
        """What the figure at ``s`` is split by, when its own words are only that: ``""`` for
        a place (written right before it, or its words read as one: :meth:`_a_place`), the
        words for a topic (a category, :func:`is_category`: 大气污染, 土壤类), an organ of
        the division listed among its places (:meth:`_a_listed_organ`: 市财政局, 省直部门
        — a part, named), a channel (:data:`PETITION_CHANNELS`: 来电), a medium alone
        (:data:`PETITION_TOPICS`: 噪声, 大气; 水 of one character after a list's separator)
        or the rest (其他, 其他污染); else ``None``.  List openers
        (涉及, 包括) and a copula (为, 占) are no part of the words; places sharing the
        figure by 均 (``贵安新区、仁怀市、威宁自治县均为0件``: :data:`_SHARED_FIGURE`) are a
        place too."""
        # a pinyin gloss is no word of the member (涉及市轄區(qū)3件: 市轄區)
        own = _PINYIN_GLOSS.sub("", self._own_words(s, cs, ss)).strip()
        head = _TRIM_HEAD.match(own)  # (其中来电53件: an aside's bracket kept 其中 in the
        if head is not None and own[head.end() :]:  # words, where a clause drops it; 其中
            own = own[head.end() :]  # alone names no split: 其中8件重复投诉…)
        at = self.text.rfind(own, cs, s) if own else -1
        if at > 0 and own[0] in "他它余" and self.text[at - 1] == "其":
            own = "其" + own  # 其他污染: the rest, whose 其 the trim took for a pronoun
        simple = _MEMBER_COPULA.sub("", _MEMBER_OPENER.sub("", to_simplified(own))).strip()
        if not own and _ONE_CHARACTER_TOPIC.search(to_simplified(self.text[max(cs, s - 4) : s])):
            return self.text[s - 1 : s]  # 涉及大气10件、水11件: 水, a topic of one character
        if not simple:
            places = self.places
            if own or places.empty:
                return None
            ends = places["end"].to_numpy()
            ends = ends[(ends <= s) & (ends >= cs)]
            return (
                ""
                if any(
                    _PLACE_COPULA.fullmatch(gap) or _SHARED_FIGURE.fullmatch(gap)
                    for gap in (_PINYIN_GLOSS.sub("", self.text[int(b) : s]) for b in ends)
                )
                else None
            )
        if self._a_place(simple, s - 40, s + 40) or self._a_listed_zone(simple, s):
            return ""
        head = _PETITION_HEAD.search(simple)  # 来信举报232件: a channel with the petitions'
        if head is not None and head.end() == len(simple) and head.start() > 0:  # head
            bare = simple[: head.start()]
            if (
                bare in PETITION_CHANNELS
                or bare in PETITION_TOPICS
                or self._a_listed_organ(bare, s, ss)  # 市水务局信访举报件5件
            ):
                simple = bare
        if (
            self._a_listed_organ(simple, s, ss)  # 市财政局2件: an organ, a part named
            or simple in PETITION_CHANNELS
            or simple in PETITION_TOPICS
            or simple in THE_REST
            or is_category(simple)
            or a_petition_topic(simple)  # 生态破坏类, 辐射污染, 涉水类: a topic and its word
        ):
            at = to_simplified(own).find(simple)
            return own[at : at + len(simple)]  # as written (offsets alike in both scripts)
        return None

    def _in_its_domain(
        self, code: str, subject: str | None, ss: int, cs: int, e: int, unit: str, kind: str
    ) -> str | None:
        """The registry indicator ``code`` checked against the domain the figure's words name.

        The words read are the figure's clause up to its end, from the registry name when
        that is written earlier in the sentence (``化学需氧量、氨氮排放量削减…``).

        * A concentration's indicator (a unit per litre or per cubic metre) of a figure whose
          words write an emission or its reduction (排放, 削减, 减排) and no concentration
          (浓度) is the substance's emission indicator: the registry name ``<name>排放量``
          (or ``排放总量``) of the name written, when its unit fits the figure
          (``化学需氧量削减12%`` → 化学需氧量排放量); else none (``None``, proposed).
        * An indicator of the air whose figure's words name waters (水质, 断面, 河流, 湖泊 …)
          and nothing of the air (空气, 大气, 优良天数 …) is none (``水质优良率86.3%`` is no
          share of good-air days, ``综合水质指数`` no air-quality index), and the reverse for
          an indicator of waters.

        Parameters
        ----------
        code : str
            The registry indicator chosen.
        subject : str or None
            The words naming it, as written.
        ss, cs, e : int
            The sentence's and clause's start and the figure's end.
        unit, kind : str
            The figure's unit and kind.

        Returns
        -------
        str or None
            ``code``, the emission indicator that replaces it, or ``None`` when the figure's
            words rule it out.
        """
        text = self.text
        at = text.rfind(subject, ss, e) if subject else -1
        lo = min(cs, at) if at >= 0 else cs
        words = normalize_text(to_simplified(text[lo:e])).text
        reg_unit = str(self._unit_of.get(code, ""))
        if (
            medium_of(reg_unit) is not None
            and _EMISSION_WORD.search(words)
            and not _CONCENTRATION_WORD.search(words)
        ):
            return self._emission_form(normalize_text(subject or "").text, unit, kind)
        domain = str(self._domain_of.get(code, ""))
        water, air = bool(_WATER_WORD.search(words)), bool(_AIR_WORD.search(words))
        if (domain == "air" and water and not air) or (domain == "water" and air and not water):
            return None
        if domain in ("water", "waste") and _of_another_matter(
            text[ss:e], text[e : self._clause_end(e)], domain
        ):  # 生活垃圾填埋场有447座，处理能力27.3万吨/日: no wastewater capacity
            return None
        return code

    def _of_its_matter(
        self, code: str, subject: str, ss: int, e: int, unit: str, kind: str
    ) -> str | None:
        """The registry indicator of the other matter that a bare name written for a figure
        names, else ``None``.

        A name that writes no matter (``处理能力``: an alias of the wastewater capacity) for
        a figure whose words name solid waste (:func:`_of_another_matter`) is the one
        indicator of the other domain (``waste`` for ``water``, the reverse) one of whose
        names ends in that name and whose words before it are written in the sentence
        before the figure (``实施垃圾焚烧发电项目，处理能力1200吨/日`` → 垃圾焚烧处理能力), when
        the figure's unit fits it.

        Parameters
        ----------
        code : str
            The indicator the bare name was linked to.
        subject : str
            The name as written.
        ss, e : int
            The sentence's start and the figure's end.
        unit, kind : str
            The figure's unit and kind.

        Returns
        -------
        str or None
            The one indicator so named, else ``None`` (none, or several).
        """
        other = "waste" if str(self._domain_of.get(code, "")) == "water" else "water"
        name = normalize_text(to_simplified(subject)).text
        before = normalize_text(to_simplified(self.text[ss:e])).text
        found = {
            c
            for form, c in self._form_pairs
            if len(form) > len(name)
            and form.endswith(name)
            and form[: -len(name)] in before
            and str(self._domain_of.get(c, "")) == other
            and self.fits(c, unit, kind)
        }
        return found.pop() if len(found) == 1 else None

    def _share_with_whole(self, cs: int, end: int) -> tuple[str | None, str] | None:
        """The registry share of a figure whose words name it with its whole, as
        :func:`~envindicators.extract._linking.share_with_whole` reads them, with the words
        naming it; the code is ``None`` when words before the part qualify it (a sector,
        a kind: ``工业领域煤炭占能源消费总量的比重`` is the share of one sector's coal, no
        share of all coal), and the whole result ``None`` when no share is so written.

        Only places, dates and the words of a clause's scope (全省, 我市, 其中, 去年 …,
        :data:`_TRIM_HEAD` and the phrases' ``_HEAD_REMNANT``) may stand before the part in
        the figure's clause.

        Parameters
        ----------
        cs : int
            The figure's clause start.
        end : int
            The end of the figure's words (the figure's start, or the end of the leading
            words of its written form: ``占能源消费总量的|66%``).

        Returns
        -------
        tuple of (str or None, str) or None
            ``(code, written)`` or ``(None, written)``, or ``None``.
        """
        simple = to_simplified(self.text[cs:end])  # (offsets of the text)
        norm = normalize_text(simple).text
        found = share_with_whole(norm, self._shares)
        if found is None:
            return None
        code, written, at = found
        if len(norm) != len(simple):  # spaces or full-width marks folded: find it as written
            at = simple.rfind(written[:2])
        if at < 0:
            return None
        before = np.array(list(simple[:at]) or [""], dtype=object)[:at]
        for spans in (self.places, self.dates):  # places and dates are the scope, blanked
            over = spans[(spans["start"] < cs + at) & (spans["end"] > cs)]
            for a, b in zip(over["start"], over["end"], strict=True):
                before[max(int(a) - cs, 0) : int(b) - cs] = " "
        rest, last = "".join(before), ""
        while rest != last:  # 2020年，全省|, 去年全国|: scope words, either list's
            last, rest = rest, _HEAD_REMNANT.sub("", _TRIM_HEAD.sub("", rest))
        written = written.removesuffix("的")
        if len(norm) == len(simple):  # the words as written (either script)
            written = self.text[cs + at : cs + at + len(written)]
        if rest.strip(" ，,、：:;；()（）"):
            return None, written
        return code, written

    def _emission_form(self, name: str, unit: str, kind: str) -> str | None:
        """The registry emission indicator of substance ``name`` (``<name>排放量`` or
        ``<name>排放总量``, a registry form) whose unit fits the figure, else ``None``."""
        for form in (name + "排放量", name + "排放总量"):
            if name and form in self._codes_of.index:
                fit = self._fitting(form, unit, kind)
                if fit:
                    return fit[0]
        return None

    def _emission_of(self, phrase: str, cs: int, e: int, unit: str, kind: str) -> str | None:
        """The registry emission indicator of a figure named by a substance alone, else
        ``None``.

        A report names the change of an emission by the pollutant and a verb of emitting
        or reducing, without the measure's head (``氮氧化物(NOx)减量16%``, ``NOx削减8%``,
        ``化学需氧量削减2.3万吨``): the figure is a change (a level so named is the amount
        reduced, ``可减排…二氧化硫1400吨``, no emissions' total), its phrase is the substance alone
        (:func:`~envindicators.extract._lexicon.substance_named`) and its clause up to the
        figure writes an emission word (:data:`_EMISSION_WORD`) and no concentration
        (``臭氧浓度下降5%`` is no emission), so the figure is of the substance's emission
        indicator (:meth:`_emission_form`), as :meth:`_in_its_domain` reads a
        concentration's name among emission words.

        Parameters
        ----------
        phrase : str
            The figure's noun phrase.
        cs, e : int
            The figure's clause start and end.
        unit, kind : str
            The figure's unit and kind.

        Returns
        -------
        str or None
            The emission indicator, or ``None``.
        """
        name = substance_named(phrase)
        if name is None or not kind.startswith("change"):
            return None  # (减排二氧化硫1400吨: the amount reduced, no emissions' level)
        words = normalize_text(self.text[cs:e]).text
        if not _EMISSION_WORD.search(words) or _CONCENTRATION_WORD.search(words):
            return None
        return self._emission_form(name, unit, kind)

    def _of_a_quality(self, code: str, e: int, ce: int, unit: str, kind: str) -> bool:
        """Whether a count's words after it qualify what it counts by a predicate its
        indicator's names lack: then it counts only those of that quality, not all.

        A count (a level in a counter) followed by its counted noun and a quality
        predicate (:data:`_QUALIFIED_COUNT`: ``50个断面达到年度考核目标``, ``49个断面未达到
        水质目标要求``, ``27个水源地水质达标``, ``12家企业超标``) is the count of the things of
        that quality, not the registry count of all of them (``monitored_sections``,
        ``drinking_water_sources``), unless a form of the indicator writes the predicate
        itself (``优良天数``).  The counted noun is no whole of which a part is taken
        (``87个国考断面中水质优良断面85个``: 87 is all), no share (``2914个黑臭水体消除比例
        达到98.2%``) and no ``均``/``全部`` (``6个国控断面均达到Ⅱ类``: all six reached it,
        the count is of all).

        Parameters
        ----------
        code : str
            The registry indicator about to be linked.
        e, ce : int
            The figure's end and its clause's end.
        unit, kind : str
            The figure's unit and kind.

        Returns
        -------
        bool
            True when the link is to be dropped (the figure is proposed instead).
        """
        if kind != "level" or not _COUNTER.fullmatch(unit):
            return False
        after = normalize_text(to_simplified(self.text[e:ce])).text
        hit = _qualified_count(after)
        if hit is None:
            return False
        said = _QUALITY_VERB.search(after, hit.end("noun"))
        verb = said.group() if said is not None else ""
        forms = self._forms_of.get(code, ())
        return not any(verb and verb in normalize_text(to_simplified(f)).text for f in forms)

    def _names_its_own(self, fe: int, ce: int) -> bool:
        """Whether a registry name ending at ``fe`` is written right before a figure of
        its own (``限期整改102件、停产整改103件``: 停产整改 names 103), so it names no
        figure before it.  Only spaces, a colon or a copula (为, 达, 共, 计) may stand
        between the name and that figure, and no noun may follow that figure (``集中式饮用水
        水源地10363个问题``: a count of problems, no value of the name).

        Parameters
        ----------
        fe : int
            The name's end in the text.
        ce : int
            The clause's end.

        Returns
        -------
        bool
            True when a figure of the clause starts right after the name.
        """
        q = self.figures
        nxt = q[(q["start"] >= fe) & (q["start"] < ce)]
        if nxt.empty:
            return False
        first = nxt.loc[nxt["start"].idxmin()]
        if not _OWN_FIGURE_GAP.fullmatch(self.text[fe : int(first["start"])]):
            return False
        # 集中式饮用水水源地|10363个问题: a count of another noun is no value of the name
        return _noun_at(self.text, int(first["end"]), ce, str(first["unit"])) is None

    def _named_right_after(self, e: int, ce: int) -> bool:
        """Whether a registry form starts right after the figure ending at ``e`` in its
        clause (``3435件信访件``: the count's own noun names it)."""
        f = self.found
        if f.empty:
            return False
        return bool(((f["start"] >= e) & (f["start"] <= e + 1) & (f["end"] <= ce)).any())

    def _sector_part(
        self, sector: str, measure: str, subject: str, unit: str, kind: str
    ) -> tuple[str | None, str | None, int]:
        """``(code, subject, confidence)`` of a table's sector row under a measure's row
        (:func:`_table_sector`), ``(None, None, 2)`` when no registry row fits.

        The sector's own registry row, where one is named by the sector and the measure
        (``工业`` under ``用水总量``: ``工业用水量``, ``water_use_industrial``, the total's 总
        dropped); else the measure's row with the sector named as its part (``化学需氧量排放量
        （工业）``: ``cod_emissions``, convention a); medium confidence."""
        simple, part = to_simplified(measure), to_simplified(sector)
        for name in (part + simple.replace("总量", "量"), part + simple):
            fit = self._fitting(name, unit, kind) if name in self._codes_of.index else []
            if fit:
                return fit[0], sector + measure.replace("总量", "量").replace("總量", "量"), 1
        fit = self._fitting(simple, unit, kind) if simple in self._codes_of.index else []
        return (fit[0], subject, 1) if fit else (None, None, 2)

    def _a_stock_for(self, code: str, phrase: str) -> bool:
        """Whether a phrase naming a stored amount (:data:`_STORAGE_HEAD`: ``水庫以及壩塘年末
        蓄水總量``, ``贮存量``) is matched loosely to a registry row none of whose forms
        names a storage: a stock is not a flow (``water_use_total``, the water used in a
        year; reg44, hand check 32)."""
        if not _STORAGE_HEAD.search(to_simplified(phrase)):
            return False
        return not any(_STORAGE_HEAD.search(f) for f in self._forms_of.get(code, ()))

    def _member_figure(self, fe: int, ce: int) -> bool:
        """Whether a name ending at ``fe`` has a figure of its own in its list member: one
        after it in the clause with no list mark between (``立案处罚7件``: 立案 names 7; not
        ``…13座采石场实施停产整改``, a verb closing the list, naming every member before)."""
        q = self.figures
        nxt = q[(q["start"] >= fe) & (q["start"] < ce)]
        if nxt.empty:
            return False
        first = int(nxt["start"].min())
        if first - fe > _OWN_FIGURE_REACH or _in_aside(
            self.text, start_of_sentence(self.text, fe), fe
        ):
            return False  # (其中有3个举报件同时涉及2个市州): an aside's noun names no member
        return _LATER_MEMBER.search(self.text, fe, first) is None

    def _counts_another_noun(self, code: str, e: int, ce: int, unit: str, kind: str) -> bool:
        """Whether a count names, right after it, a noun whose head is not the head of the
        counted noun of the registry count ``code`` (``X数``, :attr:`Lexicon.counted`):
        ``43个环境问题`` counts problems, so the loose name ``整改措施数`` (measures) is not
        its indicator; ``26项整改措施`` and ``43项整改任务`` (the alias 整改任务数) are.
        Not where that head is written after the count before the next figure or clause
        mark (``6个国家“水十条”考核断面``: 国家 modifies 断面).

        Parameters
        ----------
        code : str
            The registry indicator matched loosely.
        e, ce : int
            The figure's end and its clause's end.
        unit, kind : str
            The figure's unit and kind (only a level count is read).

        Returns
        -------
        bool
            True when a noun is written after the count and ends in no head of ``code``'s
            counted nouns; False when ``code`` has no counted noun or none is written.
        """
        if kind != "level" or not _COUNTER.fullmatch(unit):
            return False
        heads = {n[-2:] for n, codes in self.lexicon.counted.items() if code in codes}
        if not heads:
            return False
        upto = _UP_TO_FIGURE.match(normalize_text(to_simplified(self.text[e:ce])).text)
        if upto is not None and _RANKED_ITEMS.match(upto.group()):
            return True  # 15项重点任务: a plan's headline items, no 整改任务 of its list
        if upto is not None and any(h in upto.group() for h in heads):
            return False  # 6个国家“水十条”考核断面: the head is written, 国家 modifies it
        noun = _noun_at(self.text, e, ce, unit)
        if noun is None:  # 43项整改任务、141条…: a member of a list, closed by its mark
            short = _SHORT_NOUN.match(self.text, e, ce)
            words = segment(short.group()) if short is not None else []
            if not words or words[-1][2] not in _NOUN_TAGS:
                return False
            noun = short.group() if short is not None else ""
        written = normalize_text(to_simplified(noun)).text
        return not any(written.endswith(h) for h in heads)

    def _later_clause_count(self, code: str, own: str, unit: str, fe: int, s: int) -> bool:
        """Whether a figure in a later clause than the registry form before it counts
        another thing: its clause writes words of its own and another figure stands
        between the form and it (``调阅资料5.4万余份，对84个地市开展下沉督察，制作笔录近
        1000份``: the records made are no documents reviewed), or it is counted in the
        generic 个 while the form's indicator is counted in a measure word of its own, no
        case's (``调阅资料18661份，对104个市(州)开展下沉督察``: 份, the 104 are cities; a
        petition's problems are counted in 个: ``信访举报件…涉及大气6个、水3个``).

        Parameters
        ----------
        code : str
            The registry indicator of the form.
        own : str
            The figure's own words (:meth:`_own_words`).
        unit : str
            The figure's unit.
        fe, s : int
            The form's end and the figure's start.

        Returns
        -------
        bool
            True when the figure is no value of ``code``'s form.

        Examples
        --------
        >>> from envindicators.extract import read_report
        >>> t = "督察组调阅资料18661份，对104个市(州)开展下沉督察。"
        >>> f = read_report(t).figures()
        >>> linked = dict(zip(f["value_text"], f["indicator"]))
        >>> linked["18661份"], linked["104个"] == "documents_reviewed"
        ('documents_reviewed', False)
        """
        if own and _figure_between(self.figures, fe, s):
            return True
        word = counter_word(self._fit_unit.get(code, "")) if code in self._fit_unit else None
        return (
            to_simplified(unit) == "个"
            and word is not None
            and word not in GENERIC_COUNTERS
            and word not in CASE_UNITS
        )

    def _counts_another_thing(self, code: str, e: int, ce: int, unit: str) -> bool:
        """Whether a count in the generic measure word 个 names, right after it, a thing
        that no name of the registry count ``code`` counts.

        个 fits any thing, so the noun after it says what is counted: ``燃煤小锅炉淘汰改造
        等任务的1711个具体点位`` counts points, not the boilers named before it;
        ``集中式饮用水水源地356个问题`` problems, not sources.  The noun is another thing when
        it shares no two characters with any name of ``code`` (``完成330个村生活垃圾分类减量
        工作`` is ``完成生活垃圾分类减量的村``'s).  Not where the name's thing — its last two
        characters once a count's 数/数量 is dropped (国控断面数 → 断面) — is written after
        the count before the next figure or clause mark (``6个国家“水十条”考核断面``: 国家
        modifies 断面), nor where no noun is read after it (``燃煤锅炉淘汰35个``), nor for
        another measure word (``家``, ``台`` say the thing).

        Parameters
        ----------
        code : str
            The registry indicator named before the figure.
        e, ce : int
            The figure's end and its clause's end.
        unit : str
            The figure's unit.

        Returns
        -------
        bool
            True when a noun after the count shares no two characters with ``code``'s
            names.
        """
        if to_simplified(unit) != "个":
            return False
        forms = [normalize_text(to_simplified(f)).text for f in self._forms_of.get(code, ())]
        things = {_COUNT_SUFFIX.sub("", f)[-2:] for f in forms}
        upto = _UP_TO_FIGURE.match(normalize_text(to_simplified(self.text[e:ce])).text)
        if not things or (upto is not None and any(t in upto.group() for t in things)):
            return False
        after = _PINYIN_GLOSS.sub("", self.text[e:ce])  # 1711個(gè)具體點(diǎn)位
        noun = _noun_at(after, 0, len(after), unit)
        if noun is None:
            return False
        written = normalize_text(to_simplified(noun)).text
        pairs = {written[k : k + 2] for k in range(len(written) - 1)}
        return bool(pairs) and not any(p in f for p in pairs for f in forms)

    def _written_for_another(self, code: str, s: int, cs: int, ce: int) -> bool:
        """Whether every name of ``code`` written in the figure's clause names a figure of
        its own, another than the figure at ``s`` (:meth:`_names_its_own`): a loose match
        of the clause then only finds that other figure's name (``责令立即整改312件、停产
        整改103件``: 312 is no count of 停产整改).

        Parameters
        ----------
        code : str
            The indicator matched.
        s, cs, ce : int
            The figure's start and its clause's bounds.

        Returns
        -------
        bool
            True when the clause writes a name of ``code`` and each names another figure.
        """
        found = self.found
        if found.empty:
            return False
        forms = set(self._forms_of.get(code, ()))
        mine = found[(found["start"] >= cs) & (found["end"] <= ce) & found["form"].isin(forms)]
        if mine.empty:
            return False
        starts = self.figures["start"].to_numpy()
        for fe in mine["end"].astype(int):
            nxt = starts[(starts >= fe) & (starts < ce)]
            if nxt.size == 0 or int(nxt.min()) == s or not self._names_its_own(fe, ce):
                return False
        return True

    def _ranked(self, clause: str, phrase: str, unit: str, kind: str) -> Ranked | None:
        """The registry indicator ranked first for a figure about to be proposed, else ``None``.

        The figure's clause and its noun phrase (which may hold the sentence's subject or
        the item's heading) are scored against every registry form at once
        (:meth:`Lexicon.rank`); only indicators the figure converts to (:meth:`fits`) whose
        form agrees with the words in negation (:func:`_same_polarity`: 未按期淘汰 is no
        淘汰, 淘汰 no 未淘汰; nor a word that the count is no object of the act, 发现, 存在,
        涉嫌 … (``_NOT_OBJECT``: 检查发现问题企业 is no 检查的企业); the phrase's quality words
        (优良, 达标 …) and waters (地下水, 海域 …, :data:`_MEDIUM`) written in the indicator's
        names), whose leading word is
        written in the words (:func:`_leads`, as for a loose match: 自然保护区面积 is no
        侵占自然保护区面积), which the phrase's leading word does not say is about another thing
        (:func:`_other_thing`: 尾矿综合利用率 is no 秸秆综合利用率), whose thing measured
        is written in it (:func:`_another_thing_measured`: 污水处理设施覆盖率 is no
        污水管网覆盖率), whose water-quality
        classes are the phrase's (Ⅰ类水质断面比例 is no Ⅰ～Ⅲ类 share), which is not ruled out
        by the phrase's quality, per-item or quantity words (:func:`_not_its_name`,
        :meth:`_other_quantity`: 化学需氧量排放量 is no 化学需氧量浓度), and none of whose
        forms the phrase writes whole (a name written whole and not linked by the rules
        before is qualified into a part of it: ``大气信访件``, ``国家级自然保护区数量``).  A
        phrase that is a bare measure (:func:`names_no_object`: 综合利用率, 达标率, 水质达标率)
        names no thing to rank.  The first is kept when its score reaches
        :data:`RANK_LEAST` and it leads the next indicator by :data:`RANK_MARGIN`.

        Parameters
        ----------
        clause : str
            The figure's clause as written.
        phrase : str
            The figure's noun phrase.
        unit, kind : str
            The figure's unit and kind.

        Returns
        -------
        Ranked or None
            The accepted match.
        """
        own = normalize_text(to_simplified(phrase)).text
        words = normalize_text(to_simplified(clause)).text + "|" + own

        if names_no_object(_QUALITY_FIRST.sub("", own)):  # 综合利用率, (水质)达标率: of what?
            return None

        def fits(code: str, form: str) -> bool:
            return _leads(words, form) and self._rank_fits(own, words, code, form, unit, kind)

        ranked = self.lexicon.rank(words, fits)
        if ranked is None or ranked.score < RANK_LEAST or ranked.margin < RANK_MARGIN:
            return None
        return ranked

    def _rank_fits(self, own: str, words: str, code: str, form: str, unit: str, kind: str) -> bool:
        """Whether a figure whose phrase is ``own`` and words ``words`` can be a value of the
        registry indicator ``code`` written ``form``, by the guards of :meth:`_ranked`."""
        media = {m for f in self._forms_of.get(code, ()) for m in _MEDIUM.findall(f)}
        return (
            not any(f in own for f in self._forms_of.get(code, ()))
            and not _across_quote(own, form)  # “蓝天白云,繁星闪烁”天数: no 蓝天数
            and not self._other_class(own, code)
            and _same_polarity(form, words)
            and _NOT_OBJECT.findall(own) == _NOT_OBJECT.findall(form)
            and set(_QUALITY_MODIFIER.findall(own)) <= set(_QUALITY_MODIFIER.findall(form))
            and set(_MEDIUM.findall(own)) <= media
            and not _other_thing(own, form)
            and not _not_its_name(own, form)
            and not self._other_quantity(own, [code])
            and not _another_thing_measured(own, form)
            and self.fits(code, unit, kind)
        )

    def _liked(
        self, phrase: str, e: int, ss: int, cs: int, ce: int, unit: str, kind: str
    ) -> Ranked | None:
        """The registry indicator a figure about to be proposed is like, else ``None``.

        The second stage after :meth:`_ranked` (:func:`link_by_likeness`): a registry form
        ending in the phrase's own measure (:func:`measure_word`) whose content is written,
        in order and weighted by rarity (:func:`likeness`), in the figure's clause and
        phrase — in its sentence up to its clause's end when the phrase is a measure alone
        (``配套率`` after ``…完成粪污处理设施建设``) — under the guards of :meth:`_ranked`
        (:meth:`_rank_fits`), its leading word written (:func:`_leads`: 污水处理设施覆盖率
        is no 粪污处理设施's, though most of its weight is written), its content ending in the
        head of the noun a count names right after it (``33个行业`` counts no 行业企业数量;
        :func:`_noun_after_count`) and each of its quality
        words whole (``空气质量为优的天数`` is a part of 空气质量优良天数, no value of it); a
        phrase listing things (``PM2.5、SOX、NOX排放总量``: a total of them, or a member's,
        which the list rules read) is never linked by likeness.  The
        first is kept when its score reaches :data:`LIKE_LEAST` and it leads the next
        indicator by :data:`LIKE_MARGIN`.
        """
        own = normalize_text(to_simplified(phrase)).text
        if _LISTED.search(
            own
        ):  # PM2.5、SOX、NOX排放总量: their total, or a member's (lists decide)
            return None
        content, measure = measure_word(own)
        lo = ss if measure and len(content) < 2 else cs
        words = normalize_text(to_simplified(self.text[lo:ce])).text
        if own not in words:  # the phrase holds words of its own (the sentence's subject)
            words += "|" + own  # (never twice: a second copy would undo the order)

        counted = _noun_after_count(self.text, e, ce, unit) if kind == "level" else None
        head = normalize_text(to_simplified(counted[0])).text[-2:] if counted else ""

        def fits(code: str, form: str) -> bool:
            return (
                _leads(words, form)
                and measure_word(form)[0].endswith(head)  # 33个行业: no count of 行业企业
                and all(q in words for q in _QUALITY_MODIFIER.findall(form))  # 为优的天数: no 优良
                and self._rank_fits(own, words, code, form, unit, kind)
            )

        liked = link_by_likeness(own, words, self._form_pairs, fits, self._like_weights)
        if liked is None or liked.score < LIKE_LEAST or liked.margin < LIKE_MARGIN:
            return None
        return liked

    def _whole_of(self, phrase: str, s: int, ss: int, unit: str) -> str | None:
        """The name of a part that ``其中`` opens, from the whole it is part of, else ``None``.

        ``问责共139人、15个单位。其中，科级干部37人，科级以下干部102人``: 37 and 102 are parts
        of 139, the figure in the same unit that ends before the ``其中`` of the figure's
        sentence (within 40 characters); the part's words name what it is a part of only
        with the whole's words, joined by the text's own ``其中`` (``问责其中科级干部``).
        Not for a phrase naming a measure of its own (``其中化学需氧量排放量``, ``第一产业增加值``:
        an amount, a value, a count, a rate, a share …), an act (``责令整改``), a place
        (``其中：杭州71件``) or words after 为 (``其中6万吨为工业废水``), nor when the whole's
        words are a registry code, a place, hold a figure, a list or a quotation, are a
        fragment or a reference, or end as the part's words do (three characters or more:
        ``常住人口`` of ``城镇常住人口``; not ``企业`` of ``检查企业`` and ``化工企业``).  A
        figure in brackets closed before the ``其中`` (:meth:`_breakdown_aside`: ``信访件1520件(来电
        1200件,来信320件),其中重点交办件150件``) is an aside of the figure before the brackets,
        which is the whole.
        """
        text = self.text
        at = to_simplified(text[ss:s]).rfind("其中")
        simple = to_simplified(phrase)
        if (
            at < 0
            or AMOUNT_HEAD.search(simple)
            or _OWN_MEASURE.search(simple)
            or names_no_object(phrase)
            or names_a_fragment(phrase)
            or names_no_measure(phrase)
            or names_an_act(phrase)  # 其中，责令整改88家: an act of its own
            or "其中" in simple
            or simple.startswith("为")  # 其中6万吨为工业废水: the words after 为 name it
            or self._a_place(simple, ss + at, s + 40)  # 其中：杭州71件: a place, not a name
        ):
            return None
        at += ss
        opened = _bracket_opened(text, s, ss)
        if opened is not None and opened > at:  # 其中，長春市39件(重點案件12件): a part of the
            own = [  # figure its bracket follows (39件), not of the whole before the 其中
                x
                for x, named in self._named.items()
                if named[0] == unit and at < x <= opened and not text[x:opened].strip()
            ]
            if own:  # 重點關注案件9件(茂名1件): a member of the part, named as its figure is
                whole = self._named[max(own)][1]
                if to_simplified(phrase.strip()) in to_simplified(whole):
                    return whole
                return self._part_of_whole_at(max(own), phrase, opened)
        ends = [
            e
            for e in self._named
            if at - 40 <= e <= at
            and self._named[e][0] == unit
            and not self._breakdown_aside(e, at, unit)
        ]
        if not ends:
            return None
        end = max(ends)
        gap = _ASIDE_AFTER.sub("", to_simplified(text[end:at]), count=1)  # (来电…,来信…)
        if _ANOTHER_MEASURE.search(_LIST_GOES_ON.sub("", gap, count=1)):
            return None
        return self._part_of_whole_at(end, phrase, at)

    def _breakdown_aside(self, e: int, at: int, unit: str) -> bool:
        """Whether the figure ending at ``e`` breaks down, in brackets closed before ``at``
        (:func:`_aside_closed`), a figure in the same ``unit`` written right before them
        (``1520件(来电1200件,来信320件)``): that figure, not the aside's, is the whole of
        a part after them.  Not a whole restated in another unit (``98,352筆(22,769公頃),
        其中旱田42,552筆(10,486公頃)``: the 公頃 in brackets is the whole of the 公頃 after)."""
        opened = _aside_closed(self.text, e, at)
        return opened is not None and any(
            named[0] == unit and x <= opened and not self.text[x:opened].strip()
            for x, named in self._named.items()
        )

    def _part_of_whole_at(self, end: int, phrase: str, at: int) -> str | None:
        """The name of the part ``phrase`` from the words of the whole figure ending at
        ``end`` (:func:`~envindicators.extract._phrases.part_name`), ``None`` when those
        words cannot name a whole (:meth:`_whole_of`'s conditions; ``at`` is where the
        parts begin)."""
        simple = to_simplified(phrase)
        whole = self._named[end][1].removeprefix("(no measure named) ").strip()
        plain = to_simplified(whole)
        if (
            len(whole) < 2
            or whole.startswith("(")
            or not re.search(r"[\u4e00-\u9fff]", whole)  # a registry code: no words
            or re.search(r"[\d、，,：:；;「」“”]", whole)  # a figure, a list, a quotation
            or self._a_place(plain, at - 40, at)  # 主城区8座…，其中5座: a place, no whole
            or names_a_fragment(whole)
            or names_a_reference(whole)
            or plain.endswith(simple)
            or _common_end(simple, plain) >= 3  # 年末常住人口|城镇常住人口: the part names it
        ):
            return None
        return part_name(whole, phrase)

    def _category_at(self, phrase: str, s: int, cs: int) -> str | None:
        """The category a figure's own words are, alone, else ``None``.

        The own words run from the clause's start, or from the figure before it in its
        clause, to the figure; list marks and ``其次为``/``以及`` before them and a copula or
        ``占`` after them (``Ⅱ类为``, ``輕度污染的占``) aside, they must be the phrase, and the
        phrase a category (:func:`~envindicators.extract._segment.is_category`: a water
        or zone class ``Ⅱ类``, ``劣Ⅴ类``, or words ending in a category word and holding
        no verb: 金屬工業, 农业, 省级, 大气污染, 工业源).
        """
        simple = _MEMBER_OPENER.sub("", to_simplified(phrase).strip())  # 涉及|大气污染
        if not is_category(simple):
            return None
        q = self.figures
        in_clause = q[(q["end"] <= s) & (q["start"] >= cs)]
        lo = int(in_clause["end"].max()) if len(in_clause) else cs
        own = re.sub(r"\s+", "", to_simplified(self.text[lo:s]))
        own = _MEMBER_COPULA.sub("", _MEMBER_OPENER.sub("", own))
        return simple if own == re.sub(r"\s+", "", simple) else None

    def _breakdown_whole(
        self, phrase: str, s: int, ss: int, cs: int, unit: str
    ) -> tuple[str, str] | None:
        """The name of a category's figure from the breakdown it is part of, else ``None``.

        Statistics break a total into categories and write each category with its figure
        alone, without ``其中`` (:meth:`_whole_of`) — a figure whose own words are a category
        (:meth:`_category_at`; 涉及/包括 before the first aside).  The breakdown's measure is
        written once near it, looked for in this order:

        * the measure of the member before it in the same unit, written as a category and a
          measure or, for a count, a noun (``其中轻度污染天数比例为15.9%，中度污染为4.2%`` →
          ``中度污染天数比例``; ``Ⅱ類水質斷面20個、Ⅲ類2個`` → ``Ⅲ類水質斷面``);
        * else a total: the nearest figure before it, in the same unit and an earlier clause,
          that is no member (no category alone, no clause of the largest member: 最多, 为主,
          其次), with only figures of that unit and no rate, share or ``分别`` between, whose
          words hold a noun (not a verb alone: ``监测``) — ``全市20个市控以上地表水断面，Ⅱ类10个`` →
          ``Ⅱ类市控以上地表水断面``; ``列管工廠家數2,289家，…其次為金屬工業296家`` →
          ``金屬工業列管工廠家數`` (:func:`~envindicators.extract._phrases.part_name`, under
          :meth:`_whole_of`'s conditions on the whole's words);
        * (for a percentage, before both) the whole of a share: ``占W的`` written in the
          figure or in an earlier share of its sentence with only shares between —
          ``…占燃料燃燒總排放的14.05%，工業占48.74%`` → ``工業占燃料燃燒總排放比重``; else the
          set of an ``N个X中`` before, with only shares between — ``1613个水质断面中，Ⅰ类占
          5.0%`` → ``Ⅰ类水质断面比例``.

        Parameters
        ----------
        phrase : str
            The figure's proposed words.
        s, ss, cs : int
            The figure's start, its sentence's start and its clause's start.
        unit : str
            The figure's unit.

        Returns
        -------
        tuple of (str, str) or None
            The member's name and the note saying how it was read, or ``None`` when the
            figure is no member of a breakdown whose measure is written.
        """
        simple = self._category_at(phrase, s, cs)
        if simple is None:
            return None
        phrase = phrase.strip()[len(phrase.strip()) - len(simple) :]  # the category as written
        q = self.figures
        before = q[(q["start"] >= ss) & (q["end"] <= s)].sort_values("start")
        if unit == "%":
            share = self._share_whole(phrase, s, ss, before)
            if share is not None:
                return share, _SHARE_PART_NOTE
        if before.empty or (before["unit"].astype(str) != unit).any():
            return None  # no earlier figure, or one of another unit: no list of parts
        sibling = self._sibling_measure(phrase, s, before, unit)
        if sibling is not None:
            return sibling, _SIBLING_NOTE
        if unit != "%":
            total = self._total_of(phrase, s, cs, before, unit)
            if total is not None:
                return total, _BREAKDOWN_NOTE
        return None

    def _sibling_measure(self, phrase: str, s: int, before: pd.DataFrame, unit: str) -> str | None:
        """The member's name from the member before it (:meth:`_breakdown_whole`'s first
        place): that member's words are a category and a measure (a share, a count's noun:
        ``轻度污染|天数比例``, ``Ⅱ類|水質斷面``), else ``None``."""
        simple, text = to_simplified(phrase).strip(), self.text
        end = int(before["end"].iloc[-1])
        named = self._named.get(end)
        if named is None or named[0] != unit or end in self._part_shares:
            return None  # (工业源|占比: a part's share, the member after names its own)
        written = named[1].removeprefix(_NO_MEASURE_MARK)
        opener = _MEMBER_OPENER.match(to_simplified(written))  # 屬|A級之資收貯存場
        written = written[opener.end() :] if opener else written
        head = CATEGORY_HEAD.match(to_simplified(written))
        rest = written[head.end() :] if head else ""  # (offsets alike in both scripts)
        if not head or not rest or head.group(0) == simple or not is_category(head.group(0)):
            return None  # (主要涉及工业|废气: no category alone before the rest)
        measured = bool(_OWN_MEASURE.search(to_simplified(rest)))
        if not measured and (unit == "%" or not _ends_in_noun(rest)):
            return None  # 劣Ⅴ类|为主: no measure, no thing counted
        gap = _figures_out(to_simplified(text[end:s]), before, text)
        if _ANOTHER_MEASURE.search(gap) or "分别" in gap:
            return None
        return phrase + rest

    def _total_of(
        self, phrase: str, s: int, cs: int, before: pd.DataFrame, unit: str
    ) -> str | None:
        """The member's name from the total before it (:meth:`_breakdown_whole`'s second
        place), else ``None``."""
        end = -1
        for a, b in zip(before["start"].iloc[::-1], before["end"].iloc[::-1], strict=True):
            named = self._named.get(int(b))
            words = named[1].removeprefix(_NO_MEASURE_MARK) if named else ""
            if (
                named is None
                or self._category_at(words, int(a), self._clause_of(int(a)))
                or to_simplified(words).strip() in PETITION_TOPICS  # 生态26个: a medium
                or a_petition_topic(to_simplified(words).strip())  # 辐射污染1件: a member
            ):
                continue  # 大氣污染545件、水污染201件: a member before it, no total
            if self._breakdown_aside(int(b), cs, unit):
                continue  # 1520件(来电1200件,来信320件),其中…: the aside's, no total
            clause = to_simplified(self.text[self._clause_of(int(a)) : self._clause_end(int(b))])
            if not _SUPERLATIVE.search(clause):  # 以…352家為最多: the largest member
                end = int(b)
                break
        if end < 0 or end > cs or self._named[end][0] != unit:
            return None
        total = to_simplified(self._named[end][1].removeprefix(_NO_MEASURE_MARK))
        if not _holds_noun(total):
            return None  # 监测: the total's words name no thing its categories divide
        gap = _figures_out(to_simplified(self.text[end:s]), before, self.text)
        if _ANOTHER_MEASURE.search(gap) or "分别" in gap:
            return None
        return self._part_of_whole_at(end, phrase, cs)

    def _clause_of(self, s: int) -> int:
        """The start of the clause of the figure starting at ``s``."""
        q = self.figures
        return int(q.loc[q["start"] == s, "clause_start"].min())

    def _clause_end(self, e: int) -> int:
        """The end of the clause of the figure ending at ``e``."""
        q = self.figures
        return int(q.loc[q["end"] == e, "clause_end"].max())

    def _share_whole(self, phrase: str, s: int, ss: int, before: pd.DataFrame) -> str | None:
        """The member's name from the whole of its share (:meth:`_breakdown_whole`'s place
        for a percentage, before the other two), else ``None``.  ``before``: the figures of
        the sentence before the share."""
        text = self.text
        e = int(self.figures.loc[self.figures["start"] == s, "end"].max())
        written = to_simplified(text[ss:e])
        of = list(_SHARE_OF.finditer(written))
        among = list(_AMONG_SET.finditer(to_simplified(text[ss:s])))
        if of:  # (the words as written: offsets of the simplified text are the text's)
            at, (a, b) = ss + of[-1].start(), of[-1].span(1)
            name = f"{phrase}{text[at]}{text[ss + a : ss + b]}比重"
        elif among and among[-1].group("after"):
            at, (a, b) = ss + among[-1].end(), among[-1].span("after")
            name = f"{phrase}{_PINYIN_GLOSS.sub('', text[ss + a : ss + b])}比例"  # 個(gè)城市
        elif among:  # 列管工廠2,289家中: the count's own words name the set
            at = ss + among[-1].end()
            counted = before[(before["start"] >= ss + among[-1].start()) & (before["end"] <= at)]
            named = self._named.get(int(counted["end"].max())) if len(counted) else None
            words = named[1].removeprefix(_NO_MEASURE_MARK) if named else ""
            if not words or not _holds_noun(words):
                return None
            name = f"{phrase}{words}比例"
        else:
            return None
        between = before[before["start"] >= at]
        if (between["unit"].astype(str) != "%").any():
            return None  # a figure of another unit between: not one list of shares
        gap = _figures_out(to_simplified(text[at:s]), between, text)
        if re.search(r"率|比例|比重|占比|分别", gap):
            return None  # another measure between: the shares are of that
        return name

    def _a_place(self, simple: str, lo: int, hi: int) -> bool:
        """Whether the words ``simple`` are a place name written between ``lo`` and ``hi``,
        or read as one: at most four characters ending like a division (主城区, 高新区), or a
        unit of a division's own level (市直, 市本级, 市辖区: :data:`OWN_LEVEL_UNITS`)."""
        if 2 <= len(simple) <= 4 and simple[-1] in _DIVISION_END:
            return True
        if simple in OWN_LEVEL_UNITS:  # 市直8件: the city's own departments
            return True
        places = self.places
        if places.empty:
            return False
        near = places[(places["start"] >= lo) & (places["end"] <= hi)]
        names = {to_simplified(self.text[a:b]) for a, b in near[["start", "end"]].to_numpy()}
        return any(simple == n or simple.startswith(n) or n.startswith(simple) for n in names)

    def _named_form(self, phrase: str, unit: str, kind: str) -> str | None:
        """The registry indicator a noun phrase is a whole form of, else ``None``.

        A phrase taken from outside the figure's sentence (a table's row head ``PM10``)
        or written in another case (``pm2.5``) or script (``細顆粒物濃度``) that is, whole,
        one registry form names that indicator when the figure fits it; a phrase that only
        holds a form among other words stays proposed."""
        written = normalize_text(to_simplified(phrase)).text.strip()
        if not written:
            return None
        found = self.lexicon.find(written)
        whole = found[(found["start"] == 0) & (found["end"] == len(written))]
        for form in whole["form"]:
            ok = self._fitting(str(form), unit, kind)
            if ok:
                return ok[0]
        return None

    def _list_words(
        self, s: int, cs: int, ce: int, *, whole: bool = False, plain: bool = False
    ) -> tuple[str, int, int] | None:
        """``(words, k, n)`` of a ``分别`` list the figure is the ``k``-th of ``n`` figures of.

        The list is the first figure's noun phrase; the figures are those of the clause
        after 分别 in the figure's unit, one per member.  ``whole``: a long list's words read
        whole (a noun phrase is cut at 40 characters).  ``plain``: a list without 分别 —
        every figure of the clause in the figure's unit, of one kind, joined by one list
        mark each (:func:`~envindicators.extract._lists.joined`)."""
        text, q = self.text, self.figures
        # 分别 before the figure, or inside its written form (同比分别下降16.7%、10.2%)
        r = to_simplified(text[cs : int(q.loc[q["start"] == s, "end"].max())]).rfind("分别")
        if (r < 0) != plain:
            return None
        own = q[q["start"] == s]
        if own.empty:
            return None
        # one unit: a list's figures (its kinds may differ: 比上年削减1.1%、0.6%)
        same = (q["clause_start"] == cs) & (q["unit"] == own["unit"].iloc[0]) & (q["end"] <= ce)
        if plain:
            same &= q["kind"].astype(str) == str(own["kind"].iloc[0])
        else:
            same &= q["end"] > cs + r + 2
        listed = q[same].sort_values("start")
        starts = listed["start"].astype(int).tolist()
        if s not in starts:
            return None
        if plain and not joined(text, starts, listed["end"].astype(int).tolist()):
            return None  # no list of values: 20吨，同比下降5%
        first = listed.iloc[0]
        words = noun_phrase(
            text, cs, int(first["start"]), int(first["end"]), ce, self.places, self.dates, q
        )
        if whole and words and len(words) >= 40:  # a long list (glosses in brackets)
            words = noun_phrase(
                text,
                cs,
                int(first["start"]),
                int(first["end"]),
                ce,
                self.places,
                self.dates,
                q,
                limit=160,
            )
        if words:
            words = self._with_list_head(words, cs, int(first["start"]), int(first["end"]))
        return (words, starts.index(s), len(starts)) if words else None

    def _with_list_head(self, words: str, cs: int, fs: int, fe: int) -> str:
        """The list's words joined to the head its first figure writes
        (:func:`_with_list_head`), unless a registry form ends the joined words and starts
        before the head (``炼铁和炼钢|先进产能占比分别达58.7%``: 先进产能占比 is the measure the
        members share, more than the head 占比 alone) — then the words unchanged."""
        joined = _with_list_head(self.text, words, cs, fs, fe)
        if joined == words:
            return words
        head = len(joined) - len(words)  # the head and a conjunction before it
        written = normalize_text(to_simplified(joined)).text
        found = self.lexicon.find(written)
        if (
            len(found)
            and ((found["end"] == len(written)) & (len(written) - found["start"] > head)).any()
        ):
            return words
        return joined

    def _member(
        self, s: int, cs: int, ce: int, aligned: ListMember | str | None = None
    ) -> str | None:
        """The figure's own member of a list of things sharing one verb (``化学需氧量、氨氮
        排放量分别下降1.1%、2.2%``: 氨氮排放量 for 2.2%, :func:`list_member`), else ``None``;
        the member aligned with the figure (:meth:`_aligned`) when there is one."""
        if isinstance(aligned, ListMember):
            return aligned.phrase
        at = self._list_words(s, cs, ce)
        return list_member(*at) if at is not None else None

    def _aligned(self, s: int, cs: int, ce: int, *, plain: bool = False) -> ListMember | str | None:
        """The figure's member of a ``分别`` list aligned one to one (:func:`member_phrases`).

        ``LIST_MISMATCH_NOTE`` when the words before the list name two or more members and
        their count is not the figures' (no member is guessed); ``None`` when the figure is
        in no list, or the members are places (their figures' region is theirs; the measure
        is the list's: ``南京、无锡PM2.5浓度分别为28、30``).  ``plain``: a list of values
        written without 分别 (:meth:`_list_words`), aligned only when its members are as
        many as its values (else no note: the text claims no pairing)."""
        at = self._list_words(s, cs, ce, whole=True, plain=plain)
        if at is None:
            return None
        words, k, n = at
        if not plain and n >= 2 and names_no_object(_NETWORK_HEAD.sub("", to_simplified(words))):
            objects = self._objects_before(cs, n)
            if objects is not None:  # 化學需氧量、總磷…，斷面超標率分別為…: each its object's
                own = objects[k]
                return ListMember(own + words, own)
        members = member_phrases(words, n, self._names_a_thing)
        if members is None:  # no reading of the list has as many members as figures
            mismatch = not plain and n >= 2 and listed(words) >= 2 and n not in counts(words)
            return LIST_MISMATCH_NOTE if mismatch else None
        first = int(self.figures.loc[self.figures["start"] == s, "start"].min())
        if any(self._a_place(to_simplified(m.own), cs, max(first, s)) for m in members[:-1]):
            return None
        return members[k]

    def _objects_before(self, cs: int, n: int) -> list[str] | None:
        """The ``n`` things a bare measure's ``分别`` list is of, written as a list of names
        closing the clause before the figure's (``主要污染指標為化學需氧量、總磷和五日生化
        需氧量，斷面超標率分別為17.6%、15.1%和14.2%``), else ``None``.

        The clause before (back to the last clause or sentence mark) writes no figure; its
        words after its last copula (为, 是, a colon) split into exactly ``n`` members
        (:func:`~envindicators.extract._lists.list_parts`), each a name of Chinese or Latin
        letters and none holding a verb, and one at least a registry form whole
        (:meth:`_names_a_thing`): the things measured, in the order of the figures.
        """
        text = self.text
        if cs < 2 or text[cs - 1] not in _CLAUSE_MARKS:
            return None
        before = text[max(0, cs - _OBJECTS_MAX - 1) : cs - 1]
        cut = max(before.rfind(m) for m in _CLAUSE_MARKS + "。！？\n")
        lo = max(0, cs - _OBJECTS_MAX - 1) + cut + 1
        before = before[cut + 1 :]
        fs = self.figures["start"].to_numpy()
        if not before or ((fs >= lo) & (fs < cs)).any():
            return None  # a clause of figures: its words are no list of names
        simple = to_simplified(before)
        copula = max(simple.rfind(w) for w in ("为", "是", "：", ":"))
        words = before[copula + 1 :].strip()
        for parts in list_parts(words):
            if len(parts) != n:
                continue
            if not all(_OBJECT_NAME.fullmatch(m) for m in parts):
                return None
            if any(tag == "v" for m in parts for _, _, tag in segment(m)):
                return None  # 完成整改、通过验收: acts, not things measured
            if not any(self._names_a_thing(m) == 2 for m in parts):
                return None
            return parts
        return None

    def _names_a_thing(self, words: str) -> int:
        """2 when ``words`` are, whole, a registry form (可吸入颗粒物, PM10), 1 when they hold
        one among other words (合计削减|化学需氧量), else 0."""
        written = normalize_text(to_simplified(words)).text.strip()
        found = self.lexicon.find(written) if written else None
        if found is None or found.empty:
            return 0
        whole = ((found["start"] == 0) & (found["end"] == len(written))).any()
        return 2 if whole else 1

    def _member_link(
        self, member: ListMember, unit: str, kind: str
    ) -> tuple[str, int, bool] | None:
        """The registry indicator of a list member aligned with its figure, else ``None``.

        In order: the member with the list's shared words written whole as a registry form
        (or a water class's share); the member's own words followed by an ending of the last
        member written whole as one (受污染耕地 + 安全利用率 of 污染地块安全利用率); the longest
        fitting form written in the member's own words (可吸入颗粒物 of 可吸入颗粒物平均浓度),
        unless the words after it name another quantity (``二氧化硫|年平均浓度`` is no
        二氧化硫排放量); the longest fitting form written in the shared words only — the whole
        the member is a part of (煤炭开采和洗选业的|粉煤灰产生量, 耕地|土壤点位超标率).
        ``(code, rank, part)``: ``part`` for the last (flagged by the caller)."""
        named = self._class_share(member.phrase, unit, kind) or self._named_form(
            member.phrase, unit, kind
        )
        if named is not None:
            return named, 2, False
        if member.act:
            return None  # 削减|化学需氧量: the thing is the act's object, not its measure
        last = member.last
        for p in range(1, len(last) - 1):
            named = self._named_form(member.own + last[p:], unit, kind)
            if named is not None:
                return named, 1, False
        written = normalize_text(to_simplified(member.phrase)).text
        own = len(normalize_text(to_simplified(member.own)).text)
        found = self.lexicon.find(written)
        if found.empty:
            return None
        found = found.assign(size=found["end"] - found["start"])
        parts: list[str] = []
        for _, form in found.sort_values(["size", "start"], ascending=[False, True]).iterrows():
            ok = self._fitting(str(form["form"]), unit, kind)
            fe = int(form["end"])
            if not ok or self._other_quantity(written[fe:], ok):
                continue
            # a member ending in a form with a measure head of its own (水功能区达标率和Ⅰ～Ⅲ类
            # 水质比例分别…) shares no measure of the last member
            ends_own = fe == len(written) and _QUANTITY_HEAD.search(str(form["form"]))
            if not ends_own and self._other_quantity(
                normalize_text(to_simplified(member.last)).text, ok
            ):
                continue  # the list's measure (…氮氧化物|排放量年度削减目标) is another
            if _not_its_name(written, str(form["form"])) or negated(
                written, int(form["start"]), str(form["form"])
            ):
                continue
            if int(form["start"]) < own:
                return ok[0], 1, False
            parts.append(ok[0])
        return (parts[0], 1, True) if parts else None

    def _by_measure(
        self, phrase: str, ss: int, cs: int, s: int, unit: str, kind: str
    ) -> tuple[str, str, int] | None:
        """A bare measure (达标率) linked by the object before it (:func:`link_by_measure`).

        Only indicators of a share, rate or ratio (:func:`intensive`); medium confidence
        when the object is written in the figure's clause, else low.
        """

        def fits(code: str) -> bool:
            return intensive(str(self._unit_of[code])) and self.fits(code, unit, kind)

        found = link_by_measure(
            normalize_text(to_simplified(phrase)).text,
            normalize_text(to_simplified(self.text[ss:s])).text,
            self._form_pairs,
            fits,
        )
        if found is None:
            return None
        code, obj, at = found
        before = normalize_text(to_simplified(self.text[ss:s])).text
        if _OTHER_MEDIUM.search(before[max(0, at - 8) : at + len(obj) + 4]):
            return None  # 海洋功能区…水质达标率, 功能区噪声: another medium's zone, no 水功能区
        whole = any(str(f).startswith(obj) for f, c in self._form_pairs if c == code)
        heading = to_simplified(self.text[max(0, ss - _MEDIUM_BEFORE) : ss])
        if not whole and _OTHER_MEDIUM.search(heading):
            return None  # 声环境。各类功能区…达标率: a head alone (功能区 of 水功能区) under
            # another medium named just before is that medium's object
        # (the object itself may begin inside a class: V类水质断面 of IV类水质断面)
        written = before[max(0, at - _CLASS_BEFORE_OBJECT) : at + len(obj)]
        qualifier = re.split(r"[、，,；;。]", written)[-1]
        if self._other_class(qualifier, code):
            return None  # Ⅳ类…水质断面…，比例为2.7%: no share of 劣Ⅴ类 sections
        in_clause = obj in normalize_text(to_simplified(self.text[cs:s])).text
        return code, phrase, 1 if in_clause else 0

    def _by_parts(
        self, s: int, e: int, cs: int, ce: int, ss: int, unit: str, kind: str, se: int
    ) -> tuple[str | None, str, int, list[str]] | None:
        """A count linked to the registry count indicator whose name's parts it writes.

        See :func:`~envindicators.extract._linking.link_by_parts`: the counted noun (or the
        counter) agrees and the name's qualifying words are written in the figure's
        sentence.  A partial name is never sure: medium confidence when every character
        pair of the qualifying words is written, else low and to review; when indicators
        tie, no link (``None`` as the code) and the note naming them goes to the proposed
        row.  Where the sentence ``[ss, se)`` writes a name of the indicator whole, the whole
        name is another figure's: the partial one counts another stage of it, no link — but
        not for the petitions' rows (``handle:petition``), which count petitions received,
        transferred or handled: ``共收到群众举报44134件`` beside ``受理有效举报32277件`` is
        linked (hand checks 20, 23, 25; reg42), unless the figure's own clause writes the
        name, or the figure is a part — a split's member (:meth:`_split_of`), the key cases
        or a verification's finding (:data:`_A_PART_OF_PETITIONS`: ``其中交办重点关注件4件``,
        ``属实154件``).
        """
        text = self.text
        counted = normalize_text(to_simplified(text[e:ce])).text
        own = normalize_text(to_simplified(self._own_words(s, cs, ss))).text
        sentence = normalize_text(to_simplified(text[ss:ce])).text
        measure = normalize_text(to_simplified(text[s:e])).text[-1:]
        forms = self.lexicon.forms
        counts = forms[forms["unit"].map(lambda u: bool(_COUNTER.fullmatch(str(u))))]
        link = link_by_parts(
            counted,
            own,
            sentence,
            measure,
            zip(counts["form"], counts["code"], counts["unit"], strict=True),
            functools.partial(self.fits, unit=unit, kind=kind),
        )
        if link is None or self._part_of_list(text[cs:s], unit) or _RANKED_ITEMS.match(counted):
            return None  # 其余42项整改任务: a part of the list; 15项重点任务: ranked items
        at = counted.find(link.head, 0, _MODIFIER + len(link.head))
        if at >= 0 and (
            _QUALITY_PREDICATE.match(counted[at + len(link.head) :])
            or _QUALITY_MODIFIER.search(counted[:at])
        ):
            return None  # 40个国考断面水质优良, 20个劣Ⅴ类国控断面: those of that quality
        if _QUALITY_MODIFIER.search(own) and not _QUALITY_MODIFIER.search(link.form):
            return None  # 水质优良断面85个: the figure's own words name a quality
        found = self.found
        whole = (
            found[found["form"].map(lambda f: link.code in self._codes_of.get(f, ()))]
            if not found.empty
            else found
        )
        whole = whole[(whole["start"] >= ss) & (whole["end"] <= se)]
        if not whole.empty and (
            link.code not in self._petition_codes
            or ((whole["start"] >= cs) & (whole["end"] <= s)).any()
            or self._split_of(s, ss, cs) is not None  # 其中来电举报13件: a part of the whole
            or _A_PART_OF_PETITIONS.search(own) is not None  # 重点关注件4件, 属实154件: a part
        ):
            return None  # the sentence writes the name whole for another figure: this count
            # of the same thing is another stage of it (受理有效举报…件 beside 检查…) — but
            # petitions at any stage are the petitions row's (its definition: received,
            # transferred or handled; 收到群众举报…件 beside 受理有效举报…件, reg42), unless
            # the figure's own clause writes the name (its own link names it as written) or
            # the figure is a part of a split (a channel, topic, place: the split names it)
        if link.tied:
            names = ", ".join((link.code, *link.tied))
            return None, "", 0, [f"registry names tie by their parts ({names}): to review"]
        subject = self.text[e : e + len(link.head)] if counted.startswith(link.head) else ""
        if link.share >= 1.0:
            return link.code, subject or link.form, 1, []
        note = "indicator matched by its counted noun and part of its name"
        return link.code, subject or link.form, 0, [note]

    def _by_action(
        self, s: int, e: int, cs: int, ce: int, ss: int, unit: str, kind: str
    ) -> tuple[str, str, int, list[str]] | None:
        """The count indicator named by an action verb, its object and the measure word.

        ``取缔373家``, ``对19座铁矿开展专项检查``, ``出动巡查11470余次``: see
        :func:`~envindicators.extract._actions.action_link` (the registry's ``action``
        column).  A link whose object is written with the count is of medium confidence; one
        whose object is taken from earlier in the sentence is low and needs review.  A
        figure whose own words say it is an average per item or one item's amount
        (:func:`per_item`: 件均, 单笔) is no link.
        """
        if not self._actions:
            return None
        link = action_link(
            self.text,
            s,
            e,
            cs,
            ce,
            ss,
            self._actions,
            functools.partial(self.fits, unit=unit, kind=kind),
        )
        if link is None:
            return None
        subject = self.text[link.subject_start : link.subject_end]
        if per_item(self._own_words(s, cs, ss), subject):
            return None  # 件均罚锾金额6万元: one case's amount, no count of the act
        if link.sure:
            return link.code, subject, 1, []
        return link.code, subject, 0, ["indicator named by its action verb; object not written"]

    def _object_after(
        self, s: int, e: int, cs: int, ce: int, unit: str, kind: str
    ) -> tuple[str, str] | None:
        """The count indicator of ``<verb><count><measure><object>`` (``关停58家企业``).

        See :func:`~envindicators.extract._actions.object_after_link` (the registry's
        ``action`` column); the object is written with the count, so the link is as sure as
        a counted noun's.
        """
        if not self._actions:
            return None
        link = object_after_link(
            self.text,
            s,
            e,
            cs,
            ce,
            self._actions,
            functools.partial(self.fits, unit=unit, kind=kind),
        )
        if link is None:
            return None
        return link.code, self.text[link.subject_start : link.subject_end]

    def _petitions_counted_in(
        self, s: int, e: int, cs: int, ce: int, ss: int, unit: str
    ) -> tuple[str, str] | None:
        """The registry count of petitions written in the figure's own counter, for a level
        count whose words name petitions.

        The counter decides what of the petitions is counted: ``中央督察组交办举报案件3批共
        210件`` names the petitions (举报, a head of the ``petition`` object class,
        :data:`~envindicators.extract._actions.OBJECT_CLASSES`) twice, and 3 in 批 is the
        batches (``交办信访批次``, counted in 批), 210 in 件 the cases.  Only a counter of its
        own (no generic 个 or ``count``) that exactly one registry row of petitions (a name
        holding a petition head) is counted in; the subject is the figure's own words.  The
        petitions may be named after the count instead, behind the count of their cases
        (:data:`_CASES_COUNT_AFTER`: ``交办的32批1050件群众举报环境问题``; not needed where they
        are named before, ``交办信访举报8批共668件``), or right after the count of batches
        (``交办32批群众举报案件共664件``, ``移交兩批信訪件``, ``分13批累计向江西转办群众举报材料``
        — reg45): the words up to the head then join the subject.

        Parameters
        ----------
        s, e : int
            The figure's span.
        cs, ce : int
            Its clause's span.
        ss : int
            Its sentence's start.
        unit : str
            The figure's unit.

        Returns
        -------
        tuple of (str, str) or None
            ``(code, subject)``, or ``None`` when the counter or the words name no such row.
        """
        try:
            word = counter_word(unit) if is_count_unit(unit) else None
        except (EnvIndicatorsError, pint.PintError):
            return None  # a unit no registry reads (empty, unknown): no counter
        if word is None or word in GENERIC_COUNTERS or word in CASE_UNITS:
            return None  # 件, 起: the cases themselves (petitions_handled and its parts)
        own = self._own_words(s, cs, ss)
        heads = OBJECT_CLASSES["petition"].heads
        if not any(h in to_simplified(own) for h in heads):
            cases = _CASES_COUNT_AFTER.match(to_simplified(self.text[e:ce]))  # 共計1190件
            at = e if cases is None else e + cases.end()
            rest = to_simplified(self.text[at:ce])
            reach = [i + len(h) for h in heads if 0 <= (i := rest.find(h)) <= _HEAD_REACH]
            if not reach and cases is None:  # 分13批累计向江西转办群众举报材料1298件
                reach = _handed_heads(rest, heads)
            if not reach:
                return None
            own += self.text[at : at + max(reach)].strip()
        codes = [
            c
            for c, u in self._fit_unit.items()
            if (u == word or (u not in GENERIC_COUNTERS and counters_compatible(u, word)))
            and any(h in f for f in self._forms_of.get(c, ()) for h in heads)
        ]
        return (codes[0], own) if len(codes) == 1 else None

    def _cities_worsened(self, e: int, ce: int, unit: str, kind: str) -> str | None:
        """The registry count of cities whose air quality worsened, for a count of cities that
        changed for the worse year on year (``南昌、新余、赣州、宜春4个城市可吸入颗粒物(PM10)浓度
        同比上升``, ``中山、湛江、东莞和茂名4市同比有所变差``, ``其余18市AQI达标率同比下降``).

        The count's words to its clause's end say the places changed (:func:`~._roles.
        places_changed`) for the worse (:data:`_WORSENED`: a concentration or a count of bad
        days up, a share of good days or of compliance down, 恶化/变差), and the places are
        cities (:data:`CITY_UNITS`, 市, or 城市 right after the measure word): the registry row
        named :data:`_CITIES_WORSENED` when exactly one fits.  Else ``None``.
        """
        after = normalize_text(to_simplified(self.text[e:ce])).text
        if not (unit in CITY_UNITS or unit == "市" or _CITY_NOUN.match(after)):
            return None
        if not places_changed(after) or not _WORSENED.search(after):
            return None
        if _CITIES_WORSENED not in self._codes_of.index:
            return None
        codes = [c for c in self._codes_of[_CITIES_WORSENED] if self.fits(c, unit, kind)]
        return codes[0] if len(codes) == 1 else None

    def _divisions_whole(self, s: int, e: int, unit: str, kind: str) -> tuple[str, str] | None:
        """The registry count of a province's prefecture-level divisions, for a count of them
        written whole (:func:`~envindicators.extract._places.divisions_whole`).

        ``全省14个市州中，8个市州…``, ``12个盟市优良天数比例由高至低依次为``: the count is the
        registry row named ``<level word>数`` (市州数, 盟市数 …) when one fits, returned with
        the level word as the text writes it — a level word no row's name holds (市 of
        ``全省16个市``) is the row named by the other words of its level (市州数, 设区市数:
        one row, reg42); a count of the divisions that did something (``8个市州完成…``) is
        none (``None``).
        """
        word = divisions_whole(self.text, s, e)
        if word is None:
            return None
        names = [f"{word}数"] if f"{word}数" in self._codes_of.index else []
        if not names:  # 市 (全省16个市): no 市数 — the row named by another word of its level
            after = to_simplified(self.text[e : e + 8])
            at = after.find(word)
            if any(
                len(w) > len(word) and w.startswith(word) and after.startswith(w, max(at, 0))
                for w in PLACE_LEVEL_WORDS
            ):
                return None  # 14个市州政府所在地城市: 市 of a longer level word, the seats
            level = PLACE_LEVEL_WORDS.get(word)
            names = [
                f"{w}数"
                for w, lv in PLACE_LEVEL_WORDS.items()
                if lv == level and w not in JOINED_LEVEL_WORDS and f"{w}数" in self._codes_of.index
            ]
        if to_simplified(unit) == word:  # 5地市, 14市州: the level word is the counter
            unit, e = "个", e - len(word)
        codes = sorted({c for n in names for c in self._codes_of[n] if self.fits(c, unit, kind)})
        if len(codes) != 1:
            return None
        at = to_simplified(self.text[e : e + 8]).find(word)
        return codes[0], self.text[e + at : e + at + len(word)]

    def _counted_after(
        self, e: int, ce: int, unit: str, kind: str, before: str = ""
    ) -> tuple[str, str] | None:
        """The count indicator whose counted noun is written right after a figure.

        ``制定了8大类26项强化措施``: the noun after ``26项`` is what is counted, so a registry
        count ``X数`` (整改/强化措施数) names the figure (:attr:`Lexicon.counted`).  Only the
        noun at the figure's end counts (an adjective of one or two characters, ``的``
        between, is not allowed: the words must follow the measure word directly).  First, a
        name written ``<predicate>的<head>`` (完成整治/改造的企业, 断流干涸或流量锐减的岩溶大泉)
        names a count written ``N个<head><predicate>`` — up to :data:`_MODIFIER` Han
        characters may stand before the head (``6个岩溶大泉断流干涸``, ``67台燃煤发电机组完成超低
        排放改造``), the predicate's leading word must follow the head, and the words after
        it must hold at least half the predicate's character pairs: the count is of the heads
        the predicate holds for, not of all.

        A counted noun names the count written right after it too (``整改任务315项``,
        ``共明确整改任务2164项``: ``before`` is the figure's clause up to it; 共, 共计, 为 …
        may stand between).  Either way a count that is a part of the list — the rest or
        those done (:data:`~envindicators.extract._aggregates.PART_BEFORE`: ``其余42项整改任务``,
        ``已完成9项整改任务``, ``剩余整改任务11项``) — is no count of the noun: not linked.
        """
        hit = self._counted_nouns(e, ce, unit, kind, before)
        if hit is None:
            return None
        code, subject, lead = hit
        return None if self._part_of_list(lead, unit) else (code, subject)

    @staticmethod
    def _part_of_list(before: str, unit: str) -> bool:
        """Whether a count of a list's items (unit 项) is a part of the list, not its total.

        ``before`` is the words before the count (or its noun) in its clause: ending in the
        rest or those done (:data:`~envindicators.extract._aggregates.PART_BEFORE`:
        ``其余``, ``剩余``, ``已完成``, ``应于今年完成的``) the count is a part.  Only items
        (项): a count of places or plants done (``完成487个村``) is the result counted.
        """
        if to_simplified(unit) != "项":
            return False
        return PART_BEFORE.search(to_simplified(normalize_text(before).text).rstrip()) is not None

    def _counted_nouns(
        self, e: int, ce: int, unit: str, kind: str, before: str
    ) -> tuple[str, str, str] | None:
        """:meth:`_counted_after`'s link and the words before the count or its noun."""
        tail = normalize_text(self.text[e : min(ce, e + 24)]).text
        # 「N个<modifier><head><predicate>」 for a name 「<predicate>的<head>」: the modifier
        # is at most _MODIFIER Han characters, the predicate's leading word follows the head
        # the words after the head must hold at least half the predicate's character pairs;
        # the predicate sharing most wins, a tie between indicators names nothing
        best: list[tuple[int, str, int]] = []
        for head, predicate, code in self.lexicon.predicated:
            at = tail.find(head, 0, _MODIFIER + len(head))
            if at < 0 or (at and not _HAN.fullmatch(tail[:at])):
                continue
            rest = tail[at + len(head) :]
            adverb = ADVERB.match(rest)  # 企业|全部|停工
            rest = rest[adverb.end() :] if adverb else rest
            if rest.startswith(predicate[:2]) and self.fits(code, unit, kind):
                pairs = {predicate[i : i + 2] for i in range(len(predicate) - 1)}
                shared = sum(p in rest for p in pairs)
                if 2 * shared >= len(pairs):  # 完成|提标改造 is no 完成强制性清洁生产审核
                    skip = adverb.end() if adverb else 0
                    best.append((shared, code, at + len(head) + skip + 2))
        if best:
            top = max(b[0] for b in best)
            codes = {b[1] for b in best if b[0] == top}
            if len(codes) == 1:
                hit = next(b for b in best if b[0] == top)
                return hit[1], self.text[e : e + hit[2]], before
        nouns = self.lexicon.counted
        if not nouns:
            return None
        for noun in sorted((n for n in nouns if tail.startswith(n)), key=len, reverse=True):
            if _QUALITY_PREDICATE.match(to_simplified(tail[len(noun) :])):
                return None  # 40个监测断面水质达到优良: those of that quality, not all
            ok = [c for c in nouns[noun] if self.fits(c, unit, kind)]
            if ok:
                return ok[0], self.text[e : e + len(noun)], before
        # 整改任务315项, 共明确整改任务2164项: the noun right before the count
        lead = _TOTAL_WORD.sub("", normalize_text(before).text.rstrip())
        for noun in sorted((n for n in nouns if lead.endswith(n)), key=len, reverse=True):
            ok = [c for c in nouns[noun] if self.fits(c, unit, kind)]
            if ok:
                return ok[0], noun, lead[: -len(noun)]
        return None

    def _predicate_before(
        self, s: int, e: int, cs: int, ce: int, unit: str, kind: str
    ) -> tuple[str, str] | None:
        """The count indicator whose predicate is written next to a count of its head.

        ``关停取缔9家,停产整治1家``, ``共检查357家企业``, ``37家依法实施停产整治``: see
        :func:`~envindicators.extract._predicates.predicate_before` and
        :func:`~envindicators.extract._predicates.predicate_after`.
        """
        measure = normalize_text(self.text[s:e]).text[-1:]
        before = normalize_text(self.text[cs:s]).text

        def fits(code: str) -> bool:
            return self.fits(code, unit, kind)

        hit = predicate_before(
            before, normalize_text(self.text[e:ce]).text, measure, self.lexicon.predicated, fits
        )
        if hit is None:
            after = normalize_text(self.text[e:ce]).text
            hit = predicate_after(after, measure, self.lexicon.predicated, fits)
            if hit is None:
                return None
            at = after.find(hit[1])  # the subject up to the predicate, where spans agree
            end = e + at + len(hit[1]) if len(after) == ce - e else e
            return hit[0], self.text[s:end]
        at = before.rfind(hit[1])  # the subject from the predicate on, where spans agree
        start = cs + at if len(before) == s - cs else s
        return hit[0], self.text[start:e]

    def _without_glosses(self, named: pd.DataFrame) -> pd.DataFrame:
        """Names of a ``分别`` list with each bracketed gloss of the name before it dropped.

        ``细颗粒物(PM2.5)和可吸入颗粒物(PM10)年均浓度分别为52和87微克``: a name followed by
        another name of the same indicator in brackets is one member of the list, so 87 is
        the second member's (PM10), not the gloss PM2.5's.
        """
        if len(named) < 2:
            return named
        text = self.text
        starts = named["start"].astype(int).tolist()
        ends = named["end"].astype(int).tolist()
        forms = [str(f) for f in named["form"]]
        keep = [True] * len(named)
        for i in range(1, len(named)):
            bracketed = text[ends[i - 1] : starts[i]] in ("(", "（") and text[
                ends[i] : ends[i] + 1
            ] in (")", "）")
            if bracketed and set(self._codes_of[forms[i]]) & set(self._codes_of[forms[i - 1]]):
                keep[i] = False
        return named[keep]

    def _coordinated(self, named: pd.DataFrame, cs: int) -> pd.DataFrame:
        """Names of a ``分别`` list with the names that share a head added.

        ``受污染耕地和污染地块安全利用率分别达到98%和90%``: the words before ``和`` joined to
        the tail of the name after it (受污染耕地 + 安全利用率) name the first figure when
        that is a registry form.
        """
        if named.empty:
            return named
        first = named.iloc[0]
        a, form = int(first["start"]), str(first["form"])
        text = self.text
        if a - 1 <= cs or text[a - 1] not in "和、及与":
            return named
        lo = max(cs, *(text.rfind(c, cs, a - 1) + 1 for c in "，,、和及与：:"))
        words = normalize_text(text[lo : a - 1]).text
        for k in range(1, len(form) - 1):
            joined = words + form[k:]
            for cut in range(len(words) - 1):
                if joined[cut:] in self._codes_of.index:
                    row = pd.DataFrame(
                        {"start": [lo + cut], "end": [a - 1], "form": [joined[cut:]]}
                    )
                    return pd.concat([row, named], ignore_index=True)
        return named

    def _own_words(self, s: int, cs: int, ss: int) -> str:
        """The figure's own noun phrase: after the previous figure, place or date of its
        clause, verbs and particles trimmed (empty when the figure names nothing itself)."""
        lo = cs
        q = self.figures
        before = q["end"].to_numpy()
        inside = before[(before <= s) & (before > lo)]
        if len(inside):
            lo = int(inside.max())
        for spans in (self.places, self.dates):
            if not spans.empty:
                ends = spans["end"].to_numpy()
                ends = ends[(ends <= s) & (ends > lo)]
                if len(ends):
                    lo = int(ends.max())
        words = _trimmed(self.text, lo, s)
        if _BASE_FIRST.match(to_simplified(words)):
            return ""  # the base of a change (较“十四五”期初提升…): no name of its own
        return words if len(words) >= 2 else ""

    def _names_another(self, own: str, before: int, s: int) -> bool:
        """Whether a change's own words name a measure other than the figure's before it.

        In ``A增加x%、B增加y%`` or ``A…，B減少6.0%`` each change is of the noun its own
        words write (``汽油車輛平均行駛里程增加4%、柴油車輛平均行駛里程增加0.4%``: 0.4 % is
        the diesel mileage's, not the figure before's ``人均GDP``).  The own words name
        another measure when, tidied (:func:`~envindicators.extract._phrases.tidy_phrase`),
        they hold a noun and are no word of no measure, no reference to a base, no
        fragment, no head alone (``浓度``, ``降幅``), no part that 其中 opens (``其中城区``: the
        measure before, of a part), no base of a comparison (``分别较气候平均值增加…``,
        ``要比前一年同期…``: words of 较 or 比, :data:`_COMPARED`) and no restatement of the
        name the figure before was given (neither holds the other: ``PM2.5浓度为30微克，
        PM2.5浓度同比下降5%``).

        Parameters
        ----------
        own : str
            The figure's own words (:meth:`_own_words`).
        before : int
            The end of the figure before it in its sentence.
        s : int
            The figure's start.

        Returns
        -------
        bool
            ``True`` when the own words name another measure: the change does not take the
            figure before's indicator.
        """
        named = self._named.get(before)
        words = tidy_phrase(own)
        between = to_simplified(self.text[before:s])
        if named is None or len(words) < 2 or "其中" in between or _COMPARED.search(between):
            return False  # 其中城区增长5%: a part of the measure before; 较气候平均值: a base
        simple = normalize_text(to_simplified(words)).text
        if (
            names_no_measure(words)
            or names_a_reference(words)
            or names_a_fragment(words)
            or names_no_object(words)
            or len(_CHANGE_IN_GAP.sub("", simple)) < 2  # 降幅, 增长率: the change's own head
            or not _holds_noun(simple)
        ):
            return False
        name = normalize_text(to_simplified(named[1].removeprefix(_NO_MEASURE_MARK))).text
        return simple not in name and name not in simple

    def _class_share(self, member: str, unit: str, kind: str) -> str | None:
        """The registry share a list member of one water-quality class names, else ``None``.

        ``劣Ⅴ类水质断面`` (分别占…8.8%) and ``劣Ⅴ类水质的断面比例`` are the share of those
        sections: the member written whole, without 的, with 比例 added when the figure is a
        percent, must be one registry form (:meth:`_named_form`)."""
        if not water_classes(normalize_text(member).text):
            return None
        plain = member.replace("的", "")
        tries = [member, plain]
        if unit == "%" and not plain.endswith(("比例", "比重", "率")):
            tries.append(plain + "比例")
        return next((c for c in (self._named_form(t, unit, kind) for t in tries) if c), None)

    def _share_of_one_class(self, phrase: str, ss: int, s: int, unit: str, kind: str) -> str | None:
        """The registry share of the one water-quality class a share's phrase names, else
        ``None``.

        ``劣Ⅴ类重度污染水质点位1个，比例为1.5%`` (phrase ``劣Ⅴ类重度污染水质点位比例``) is the
        劣Ⅴ类 share though no form is written whole: the phrase names one class (or range),
        a share head (比例, 比重, 占比) and no other water than surface water (地下水, 海水 …
        in the sentence before the figure: GB/T 14848's classes are written alike), and
        exactly one fitting indicator has a form naming that class itself (not as a bound:
        劣于Ⅴ类 names no Ⅴ类 share) — never a neighbouring class (a Ⅳ类 or Ⅴ类 share has no
        row: it stays proposed).  The good waters may be named by their bound
        (:data:`_GOOD_CLASS_BOUND`: ``“五江一溪”水质达到或优于国家地表水Ⅲ类标准要求的占81.4%``,
        ``达到Ⅲ类以上水质类别的断面占56.8%``): the range Ⅰ～Ⅲ类, the share written by its head or
        by 占 right before the figure — not a share of a length or an area
        (:data:`_EXTENT_WORD`: ``优于Ⅲ类水的河长占评价河长的82.2%``; reg44, check 32)."""
        words = normalize_text(to_simplified(phrase)).text
        own = water_classes(words)
        if unit == "%" and _GOOD_CLASS_BOUND.search(words) and not _EXTENT_WORD.search(words):
            own = frozenset({_GOOD_RANGE})  # 达到或优于国家地表水Ⅲ类标准要求的占81.4%: Ⅰ～Ⅲ类
            shared = _SHARE_HEAD_WORD.search(words) or _SHARE_VERB_BEFORE.match(
                to_simplified(self.text[s : s + 1])
            )
        else:
            shared = _SHARE_HEAD_WORD.search(words)
        if unit != "%" or len(own) != 1 or not shared:
            return None
        if _OTHER_WATER.search(normalize_text(to_simplified(self.text[ss:s])).text):
            return None
        hits = []
        for code, forms in self._forms_of.items():
            # a bound (劣于Ⅴ类, 好于Ⅲ类, Ⅲ类以上) names no class as the share's own
            named = {
                water_classes(normalize_text(f).text)
                for f in forms
                if not _WATER_CLASS_BOUND.search(to_simplified(f))
            }
            if own in named and self.fits(code, unit, kind):
                hits.append(code)
        return hits[0] if len(hits) == 1 else None

    def _other_class(self, member: str, code: str) -> bool:
        """Whether the list member names water-quality classes (劣Ⅴ类) that every form of
        ``code`` naming a class names otherwise (Ⅰ～Ⅲ类): a share of one class is never
        the share of another."""
        own = water_classes(normalize_text(member).text)
        if not own:
            return False
        # a bound (劣于Ⅴ类水体比例) names the class of a bound only (Ⅴ类中度污染水质断面…，
        # 比例为2.7%: no 劣Ⅴ类 share)
        bound = bool(_WATER_CLASS_BOUND.search(to_simplified(member)))
        named = [
            water_classes(f)
            for f in self._forms_of.get(code, ())
            if bound or not _WATER_CLASS_BOUND.search(to_simplified(f))
        ]
        named = [c for c in named if c]
        return bool(named) and all(c != own for c in named)

    def _other_member(self, member: str, code: str, *, aligned: bool = False) -> bool:
        """Whether a ``分别`` list's member names a thing that no form of ``code`` names.

        ``化学需氧量和总磷浓度分别为62和1.5毫克/升``: 1.5 is the member ``总磷浓度``; its
        thing, the words before the measure's head (``总磷``: the longest end naming no
        object, :func:`names_no_object`), is written in no name of ``cod_concentration``, so
        the form found before the list (化学需氧量) is not its indicator — a pollutant (or any
        thing) named by the figure's own member decides, never another member's name."""
        thing = _thing_of(member)
        # a member aligned one to one with its figure (:meth:`_aligned`) names its thing even
        # in one character (铅、镉和汞浓度分别…: 铅 is no 细颗粒物 of another member)
        if len(thing) < (1 if aligned else 2) or (thing == member and len(member) > _MEMBER_THING):
            return False  # no head cut off a long member: a phrase, not a thing's name
        forms = [normalize_text(to_simplified(f)).text for f in self._forms_of.get(code, ())]
        # a modifier of the member's thing (市区|污染地块安全利用率) is the same thing's
        return bool(forms) and not any(thing in f or _thing_of(f) in thing for f in forms)

    def _class_renamed(self, own: str, prev: tuple[str, int, int] | None) -> str | None:
        """The name of a change whose own words are a water-quality class alone, after a
        change of another class named in full, else ``None``.

        ``I類水質斷面比例上升0.2個百分點,II類上升5.5個百分點,III類下降3.5個百分點``: the
        changes after the first are each their own class's (a list member's figure takes
        that member's name), never the first's — the name before, with its class
        replaced by the figure's (III類水質斷面比例).  Only when the figure before in the
        sentence is named with a class at the same place the figure's class stands
        (:data:`~envindicators.extract._phrases._CLASS_MEMBER`) and the two classes differ
        (:func:`~envindicators.extract._lexicon.water_classes`).
        """
        simple = to_simplified(own)
        if (
            not own
            or prev is None
            or prev[1] not in self._named
            or not _CLASS_MEMBER.fullmatch(simple)
        ):
            return None
        name = self._named[prev[1]][1]
        other = _CLASS_MEMBER.match(to_simplified(name))
        if other is None or other.end() >= len(name):
            return None  # no class opening the name before, or no measure after it
        mine = water_classes(normalize_text(simple).text)
        theirs = water_classes(normalize_text(other.group()).text)
        if not mine or not theirs or mine & theirs:
            return None
        return own + name[other.end() :]

    def _ruled_out(self, own: str, code: str) -> bool:
        """Whether the figure's own words rule out every name of ``code`` (registry forms,
        or a proposed name): :func:`opposite_quality`, :func:`per_item`."""
        names = self._forms_of.get(code) or [str(self.proposed.get(code, {}).get("name_zh", ""))]
        return all(_not_its_name(own, n) for n in names)

    def _other_quantity(self, gap: str, codes: list[str], *, change: bool = False) -> bool:
        """Whether ``gap`` (between a name and its figure) writes a quantity head that no
        form of ``codes`` holds (化学需氧量|排放量比上年降低 for 化学需氧量浓度).

        For a change (``change`` True) the head of a change (降低率, 增长率 …,
        :data:`_CHANGE_IN_GAP`) is no other quantity: it names the change of the name's
        own measure (``单位国内生产总值能耗降低率为16%`` is the relative change of the
        energy intensity; the figure's kind says so already).  For a count indicator
        (:func:`~envindicators.units.counters.is_count_unit`) the head of a count
        (:data:`_COUNT_HEAD`: 数量, 总数, 个数) is its own measure: ``按日连续处罚案件数量上升31%``
        is the change of 按日连续处罚案件.
        """
        words = normalize_text(gap).text
        if change:
            words = _CHANGE_IN_GAP.sub("|", to_simplified(words))
        words = _SAME_HEAD.sub("比例", _NOT_HEAD.sub("|", words))
        if any(is_count_unit(self._fit_unit[c]) for c in codes if c in self._fit_unit):
            words = _COUNT_HEAD.sub("|", words)  # 查封扣押案件数量上升: the count's own number
        heads = {m.group() for m in _QUANTITY_HEAD.finditer(words)}
        if not heads:
            return False
        forms = [_SAME_HEAD.sub("比例", f) for c in codes for f in self._forms_of.get(c, ())]
        return any(not any(h in f for f in forms) for h in heads)

    def by_column(self, phrase: str, unit: str, kind: str) -> str:
        """The indicator of a table cell named by its column's header (and its row's item).

        The registry indicator the phrase is, whole, a form of (:meth:`_named_form`) when
        the figure fits it; else the phrase proposed.
        """
        return self._named_form(phrase, unit, kind) or self._propose(phrase, unit, kind)

    def _propose(self, phrase: str, unit: str, kind: str) -> str:
        phrase = _unglossed(phrase)  # 信訪舉報(bào)件: the name is the words, not their gloss
        level_unit = {"change_relative": "dimensionless", "change_absolute": "%"}.get(kind, unit)
        if kind == "change_absolute" and unit != "百分点":
            level_unit = unit
        if kind == "ratio":
            level_unit = "%"
        digest = hashlib.sha1(f"{phrase}|{level_unit}".encode()).hexdigest()[:8]
        code = f"proposed_{digest}"
        self.proposed.setdefault(
            code,
            {
                "code": code,
                "name_zh": phrase,
                "name_en": f"(proposed, to review) {phrase}",
                "unit": level_unit,
                "direction": "neutral",
                "domain": "governance",
                "aliases": None,
            },
        )
        return code


#: The registry name of the share of a planned target reached (``完成规划目标任务的比例``).
_TARGET_SHARE_NAME = re.compile(r"完成[\u4e00-\u9fff]{0,4}目标任务的比例")
#: A percentage written after the target it reaches (simplified, glosses out): a verb of
#: reaching, a year or a plan's qualifier at most, 目标 (任务), 之/的 — then the figure, or
#: the figures before it in its list (``目标任务的11%、16%和``).
_TARGET_REACHED = re.compile(
    r"(?P<name>(?:完成|达成|达到)(?:了)?(?:\d{2,4}年|本年度|年度|本年|规划|规划能力|计划)?"
    r"(?:目标任务|目标))[之的]\s*(?:[\d.]+%\s*[、和及与,，]\s*)*$"
)
#: Why the fines after a count of daily-penalty cases are named by those cases.
_PART_FINES_NOTE = (
    "indicator: the fines of the cases counted before it, a part of all fines, named as "
    "the part (to review)"
)
#: A count of cases (件, 起) in the words before a figure's clause, and what follows it.
_CASES_COUNTED = re.compile(r"\d+\s*(?:件|起)")
#: A figure other than a change between a count of cases and the fines after it (another
#: amount or count: the fines are not those cases').
_OTHER_FIGURE = re.compile(r"\d[\d.,]*\s*(?:万|亿)?(?:元|件|起|家|人|个|次)")
_DAILY = re.compile(DAILY_PENALTY)


def _fines_of_cases_before(text: str, ss: int, cs: int, subject: str) -> str | None:
    """The phrase of a fines amount that is the fines of the daily-penalty cases counted
    right before it, else ``None``.

    The monthly enforcement reports write the cases of a penalty accruing by the day
    (:data:`~envindicators.extract._lexicon.DAILY_PENALTY`) and then their fines
    (``其中，按日连续处罚案件共592件，罚款数额达68629.9万元``): the amount is a part of all the
    fines imposed.  The registry has no row for it (the corpus never names it whole), and
    the bundled report that writes it (``按日连续处罚金额累计2.1亿元``, row 000-O265) links
    the fines with the part named: so does the reader — ``fines_total``, its subject the
    cases' words and the fines' (hand checks 2, 9 and 29 found the part lost), to review.
    The count must be the last figure of the sentence before the amount's clause (a change
    of it may stand between: ``…537件，比去年同期减少26%，罚款金额…``) and its clause must
    name the daily penalty; a list of coercive means whose fines follow another count
    (``按日连续处罚1件，移交公安2件，…处罚金额2746万元``) is not so read.

    Parameters
    ----------
    text : str
        The document.
    ss, cs : int
        The start of the amount's sentence and of its clause.
    subject : str
        The fines' words as linked (``罚款``, ``罚款金额``).

    Returns
    -------
    str or None
        The cases' words and the fines' (``按日连续处罚案件罚款``), or ``None``.

    Examples
    --------
    >>> t = "其中，按日连续处罚案件共592件，罚款数额达68629.9万元"
    >>> _fines_of_cases_before(t, 0, t.index("罚款"), "罚款")
    '按日连续处罚案件罚款'
    >>> t = "按日连续处罚1件，移交公安2件，处罚金额2746万元"
    >>> _fines_of_cases_before(t, 0, t.index("处罚金额"), "处罚金额") is None
    True
    """
    before = _PINYIN_GLOSS.sub("", text[ss:cs])  # 按日连续(xù)处罚: the words, unglossed
    simple = to_simplified(before)
    counts = list(_CASES_COUNTED.finditer(simple))
    if not counts or _OTHER_FIGURE.search(simple, counts[-1].end()):
        return None
    last = counts[-1]
    opening = max(simple.rfind(m, 0, last.start()) for m in _CLAUSE_MARKS + "。！？\n")
    named = list(_DAILY.finditer(simple, opening + 1, last.start()))
    if not named:
        return None
    daily = named[-1]
    cases = "案件" if simple.startswith("案件", daily.end()) else ""
    written = before[daily.start() : daily.end() + len(cases)]
    return written + _PINYIN_GLOSS.sub("", subject)


def _unglossed(words: str) -> str:
    """``words`` without pinyin glosses, whole or cut open at an end (``工業(yè)園區(qū`` →
    ``工業園區``, ``gè)國控`` → ``國控``; :data:`~envindicators.extract._phrases._GLOSS`),
    unless that leaves less than two characters.

    Examples
    --------
    >>> _unglossed("重點件信訪舉報(bào)件"), _unglossed("gè)國控"), _unglossed("PM2.5")
    ('重點件信訪舉報件', '國控', 'PM2.5')
    """
    bare = _PINYIN_GLOSS.sub("", words)
    return bare if len(bare.removeprefix(_NO_MEASURE_MARK).strip()) >= 2 else words


#: Brackets that open and close an aside.
_OPEN_BRACKETS, _CLOSE_BRACKETS = "(（", ")）"


def _aside_closed(text: str, e: int, at: int) -> int | None:
    """Where the brackets open that the figure ending at ``e`` stands in, when they close
    before ``at``; else ``None``.

    Whether the brackets opened in the figure's clause or before (:func:`_in_aside` reads
    only the former): ``信访件1520件(来电1200件,来信320件),其中…`` — what ``其中`` opens at
    ``at`` may be a part of the figure before the brackets, not of the aside's.

    Examples
    --------
    >>> t = "信访件1520件(来电1200件,来信320件),其中重点交办件150件"
    >>> at = t.index("其中")
    >>> _aside_closed(t, t.index("320件") + 4, at), _aside_closed(t, t.index("1520件") + 5, at)
    (8, None)
    >>> t = "问责139人(含科级干部),其中县级37人"
    >>> _aside_closed(t, t.index("139人") + 4, t.index("其中")) is None
    True
    """
    depth = 0
    for ch in text[e:at]:
        if ch in _OPEN_BRACKETS:
            depth += 1
        elif ch in _CLOSE_BRACKETS:
            if depth == 0:  # closes a bracket opened before the figure
                return _bracket_opened(text, e)
            depth -= 1
    return None


def _bracket_opened(text: str, e: int, lo: int = 0) -> int | None:
    """Where the bracket opens that is still open at ``e`` (looked for from ``lo``),
    brackets closed before ``e`` passed over (a gloss: ``(來電舉報(bào)96件,來信舉報(bào)101件``),
    else ``None``.

    Examples
    --------
    >>> t = "舉報(bào)件197件(來電舉報(bào)96件,來信舉報(bào)101件"
    >>> _bracket_opened(t, len(t)) == t.index("(來")
    True
    >>> _bracket_opened("信访件1520件", 8) is None
    True
    """
    depth = 0
    for i in range(e - 1, lo - 1, -1):
        if text[i] in _CLOSE_BRACKETS:
            depth += 1
        elif text[i] in _OPEN_BRACKETS:
            if depth == 0:
                return i
            depth -= 1
    return None


def _thing_of(name: str) -> str:
    """The words of a measure's name before its head (``总磷浓度`` → 总磷, ``污染地块安全
    利用率`` → 污染地块安全: the longest end naming no object, :func:`names_no_object`),
    simplified and normalised; the whole name when no head ends it."""
    own = normalize_text(to_simplified(name)).text.strip()
    cut = next((i for i in range(1, len(own)) if names_no_object(own[i:])), len(own))
    return own[:cut].strip()


def _another_thing_measured(own: str, form: str) -> bool:
    """Whether a phrase ending in a quantity head names, right before the head, a thing the
    registry name ``form`` does not write.

    The noun right before the head (:data:`_QUANTITY_HEAD`: 覆盖率, 处理率, 利用率 …) is the
    thing measured: ``乡级区域污水处理设施覆盖率`` measures the coverage of *facilities*, so it
    is no ``污水管网覆盖率`` (of the sewer network) though most of its words are.  Only a
    plain noun (jieba's ``n``) is read: a statistic (年均) or a verb's noun (综合) is no thing.

    Parameters
    ----------
    own : str
        The figure's phrase (simplified, normalised).
    form : str
        A registry name.

    Returns
    -------
    bool
        True when the phrase ends in a head and the noun before it is not in ``form``.

    Examples
    --------
    >>> _another_thing_measured("乡级区域污水处理设施覆盖率", "污水管网覆盖率")
    True
    >>> _another_thing_measured("城镇生活污水处理率", "城镇污水处理率")
    False
    >>> _another_thing_measured("细颗粒物年均浓度", "细颗粒物浓度")
    False
    >>> _another_thing_measured("全市森林覆盖率", "森林覆盖率")
    False
    """
    heads = list(_QUANTITY_HEAD.finditer(own))
    last = heads[-1] if heads else None
    if last is None or last.end() != len(own) or last.start() < 2:
        return False
    words = segment(own[: last.start()])
    if not words or words[-1][2] != "n":
        return False
    a, b, _ = words[-1]
    thing = own[a:b]
    return len(thing) >= 2 and thing not in form


def _of_another_matter(before: str, after: str, domain: str) -> bool:
    """Whether a figure is about another matter than an indicator of ``domain`` treats:
    solid waste or sludge for a water indicator, water for a waste one.

    The matter is the first word of waste or of water (:data:`_MATTER_WORD`) written after
    the figure in its clause (the thing it counts: ``完成118个村生活污水集中收集处理工作``),
    else the last one written in its sentence before it: a bare name (处理能力, 处理率)
    takes the matter named before it (``城市生活垃圾填埋场有447座，处理能力27.3万吨/日`` is a
    landfill's capacity, no wastewater treatment capacity; ``污水处理厂12座，处理能力30万吨/日``
    is).

    Parameters
    ----------
    before : str
        The figure's sentence up to the figure's end, as written.
    after : str
        The figure's clause after the figure.
    domain : str
        The registry indicator's domain (``water``, ``waste`` …; others are never of
        another matter).

    Returns
    -------
    bool
        True when the matter read is the other one.

    Examples
    --------
    >>> _of_another_matter("生活垃圾填埋场有447座，处理能力27.3万吨/日", "", "water")
    True
    >>> _of_another_matter("生活垃圾填埋场有447座，处理能力27.3万吨/日", "", "waste")
    False
    >>> _of_another_matter("垃圾中转站3座；污水处理厂12座，處理能力30万吨/日", "", "water")
    False
    >>> _of_another_matter("完成330个村生活垃圾分类减量工作，完成118个", "村生活污水处理", "water")
    False
    >>> _of_another_matter("处理能力30万吨/日", "", "water")
    False
    """
    if domain not in ("water", "waste"):
        return False
    last = _MATTER_WORD.search(to_simplified(after))
    if last is None:
        written = list(_MATTER_WORD.finditer(to_simplified(before)))
        last = written[-1] if written else None
    return last is not None and (last.lastgroup == "waste") != (domain == "waste")


def _other_counter(form: str, written: str, after: str) -> bool:
    """Whether a count names, right after it, another thing than the head of the registry
    name ``form``: a noun of :data:`MEASURE_WORDS` counted in the figure's measure word
    (``6条|主要河流``: 河流, counted in 条) that is not the name's head (``国考断面数``: 断面) —
    the count is of that thing (rivers), so the loose name is not its indicator.  Not where
    the name's head is written too before the next figure (``54个在用城市集中式生活饮用水
    水源地``: 城市 modifies the head)."""
    measure = to_simplified(written.strip())[-1:]
    if not _HAN.fullmatch(measure or "x"):
        return False
    head = re.sub(r"(数量|数)$", "", normalize_text(form).text)
    words = re.split(r"\d", to_simplified(after), maxsplit=1)[0]  # up to the next figure
    if head[-2:] in words:
        return False  # 54个在用城市集中式…水源地: the name's head is written, 城市 a modifier
    for noun in sorted(MEASURE_WORDS, key=len, reverse=True):
        at = words.find(noun, 0, _MODIFIER + len(noun))
        if at < 0 or (at and not _HAN.fullmatch(words[:at])):
            continue
        return measure_fits(noun, measure) and not head.endswith(noun) and noun not in head
    return False


def _trimmed(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` without leading and trailing verbs, particles and punctuation (the
    rules read the simplified script; the words are returned as written)."""
    simple = to_simplified(text[lo:hi])
    # 分别 ends the subject of a list (农膜回收率分别修订为…): what follows is its verb
    cut = simple.find("分别")
    simple = simple[:cut] if cut > 0 else simple
    tail = _TRIM_TAIL.search(simple)
    end = tail.start() if tail else len(simple)
    end = _quote_kept(simple, end)  # 严把“…及时上报”|三个环节: the quotation closed
    head = _TRIM_HEAD.match(simple[:end])
    start = head.end() if head else 0
    return text[lo + start : lo + end].strip(" ，,、。；;：:（）()")


def _quote_kept(words: str, end: int) -> int:
    """Where ``words`` end, up to ``end``, so that a quotation they open is closed.

    A quoted name is never cut inside its quotes: words that open a quotation before
    ``end`` (``严把“严查严办、立查立改、及时上报”``, ``推进“两江四岸”``) keep its closing mark
    when :data:`_TRIM_TAIL` trimmed it with what follows, so that the name is whole; words
    that open none, that are the quotation whole (``“向好”``: both marks trimmed), or whose
    closing mark is not written, end at ``end``.  The marks are :data:`_QUOTE_PAIRS`.

    Examples
    --------
    >>> words = "推进“两江四岸”"
    >>> words[: _quote_kept(words, 6)]
    '推进“两江四岸”'
    >>> _quote_kept("优良天数”", 4), _quote_kept("“向好”", 3)
    (4, 3)
    """
    kept = words[:end]
    head = _TRIM_HEAD.match(kept)
    opens = head.end() if head else 0  # “向好”: a name all quoted, its marks trimmed alike
    for opening, closing in _QUOTE_PAIRS:
        at = kept.rfind(opening)
        if at < opens or closing in kept[at:]:
            continue
        if not _HAN.search(_PINYIN_GLOSS.sub("", kept[:at])):
            continue  # (gè)“向好”: the quotation opens the name after a gloss
        close = words.find(closing, end)
        if close >= 0:
            return close + 1
    return end


def _tidied(text: str, lo: int, hi: int) -> str:
    """:func:`_trimmed` words without remnants that name no part of a measure
    (``tidy_phrase`` of ``extract._phrases``); trimmed again, for a verb that a pinyin
    gloss hid (``比例達(dá)`` → 比例) — unless that leaves less than two characters (the
    words of a comparison's base, ``相较|107年``, are kept: the row names no measure, it is
    not dropped)."""
    words = tidy_phrase(_trimmed(text, lo, hi))
    at = text.find(words, lo, hi) if words else -1
    if at >= 0:  # at the words of a segmenter: no cut inside a word, no edge word of no name
        a, b = cut_at_words(text, at, at + len(words))
        if (a, b) != (at, at + len(words)):
            cut = tidy_phrase(_trimmed(text, a, b))
            words = cut if len(cut) >= 2 else words
    again = tidy_phrase(_trimmed(words, 0, len(words)))
    return words if len(again) < 2 <= len(words) else again


def _named_phrase(
    phrase: str,
    text: str,
    ss: int,
    cs: int,
    places: pd.DataFrame,
    dates: pd.DataFrame,
    figures: pd.DataFrame,
    *,
    counted: bool = False,
    s: int | None = None,
    unit: str | None = None,
) -> tuple[str, list[str]]:
    """A proposed indicator's name and the notes it needs, from the figure's noun phrase.

    A measure's head alone (``综合利用率``, ``处置率``: :func:`names_no_object`) takes the
    object of the nearest earlier clause of its sentence that names an amount of something
    (``尾矿产生量为1.2亿吨，综合利用率为35.6%`` → 尾矿综合利用率: :func:`_earlier_object`) and
    says so in a note (the object is taken across a clause: to review); an object written
    in the figure's own clause before a class bound or a count that cut the phrase comes
    first (``空氣品質不良(AQI>100)天數``, ``以噪音陳情1,200件次之比例``:
    :func:`_object_in_clause`), and the topic opening the sentence (``对于建筑垃圾，
    处置率…``: :func:`_object_of_frame`) comes last (a class counted alone, ``Ⅱ类10个``, is
    named after the breakdown rules: :func:`_class_counted`); without one it says that the
    phrase names no object.  A grade of pollution alone before a number of days (``良291天，
    轻度7天``) names that grade's days (轻度污染天数).  A fragment of the text
    (``須每``, ``至日``:
    :func:`names_a_fragment`) is marked as one, after its words.  A phrase that names no
    measure at all (a place, a time,
    ``目标``, a verb fragment: :func:`names_no_measure`) is not kept as a name: the name says
    that no measure is named, after the words the text gives — except a place word naming
    what a count of places counts (``counted``: ``23个城市``).

    Without an object in the sentence, the object is the one the sentence before names (in
    the same paragraph; the note says so).  A count named by an act (``完成整改并通过验收20
    项``: :func:`names_an_act`, ``unit`` a measure word) counts the things an earlier count of
    its sentence in the same measure word names after its figure (``反馈的23项问题``:
    :func:`_counted_noun`), written before the act (问题完成整改并通过验收); without one the
    note says that the phrase names no object.  Words that point at another figure's time or
    base (``去年同期``: :func:`names_a_reference`) and a place of a list of places written
    before the figure's bracket (``经开区(31µg/m3)``: :func:`names_a_place`, ``s`` the
    figure's start) name no measure either.  A place the gazetteer lacks that labels its own
    figure in such a list (a station: ``细悬浮粒子(PM2.5)浓度,铜锣湾达到64.9微克、屯门达到
    58.2微克``, :func:`_a_named_member`) takes the head of its line, as a division does.
    """
    why: list[str] = []
    phrase = noun_chunk(phrase)  # 统计了|城市污水处理厂, 人均…棄置量|達到每人: the noun chunk
    stock = animal_kept(phrase, text[ss:cs])
    if stock is not None:  # 養羊戶69戶，存欄3106隻: the sheep's stock
        return stock, [_STOCK_NOTE]
    grade = _POLLUTION_GRADE.fullmatch(to_simplified(phrase.strip()))
    if grade is not None and unit in _DAY_UNITS:  # 轻度7天: days of light pollution
        days = "污染天數" if to_simplified(phrase) != phrase else "污染天数"  # its script
        return phrase.strip()[: grade.end(1)] + days, [_GRADE_NOTE]
    if unit == "%" and s is not None:  # 关停企业21家，占全年38家关停任务的55%: A占B
        whole = _share_of_whole(phrase, text, ss, cs, s, places, dates, figures)
        if whole is not None:
            return whole
    part = _part_by_yi(phrase) if unit == "%" else None
    if part is not None:  # 用水量以农业用水|占71.3%: 农业用水占用水量
        return part, [_PART_BY_YI_NOTE]
    if unit == "%" and s is not None:  # 清洁能源消费量|占能源消费总量的16.9%: A占B
        share = _share_written_after(phrase, text, s)
        if share is not None:
            return share, [_SHARE_AFTER_NOTE]
    if SHARE_OF_NAMED.fullmatch(to_simplified(phrase.strip())):  # 噪声源是X，所占比例: X's
        named = _share_of_named(phrase, text, ss, cs)
        if named is None:
            return phrase, ["indicator phrase names no object"]
        return named[0], [named[1]]
    if s is not None and unit is not None and (noun := _modified_noun(phrase, text, ss, s, unit)):
        return noun, [_MODIFIED_NOUN_NOTE]  # 信访件128件(重点26件): 重点信访件
    if s is not None and (stay := _duration_subject(phrase, text, cs, s, places)) is not None:
        return stay, [_DURATION_SUBJECT_NOTE]  # 督察组进驻长沙市时间为20天左右: 督察组进驻时间
    if s is not None and (cat := _category_of_header(phrase, text, ss, s)) is not None:
        return cat, [_CATEGORY_HEADER_NOTE]  # 整改完成率依次为:…类97.5%: the class's rate
    if s is not None and unit is not None and (cut := _substance_cut(phrase, text, ss, s, unit)):
        return cut, [_SUBSTANCE_CUT_NOTE]  # 可减排…氨氮150吨: 氨氮减排量, no 氨氮 alone
    if s is not None and (row := _row_part(phrase, text, s)) is not None:
        return row, [_ROW_PART_NOTE]  # 化学需氧量排放量(吨)… / 生活 300579: 生活化学需氧量排放量
    if (
        s is not None
        and unit is not None
        and (out := _substance_emitted(phrase, text, ss, s, unit))
    ):
        return out, [_SUBSTANCE_EMITTED_NOTE]  # 排放量情况为:化学需氧量2143.98万吨: its emissions
    if names_no_object(phrase):  # 面积, 综合利用率, Ⅳ类: of what?
        written = None
        if s is not None:  # 空氣品質不良(AQI>100)|天數: the object before a bound
            written = _object_in_clause(phrase, text, cs, s, places, dates, figures)
        obj = None
        if written is None:
            obj = _earlier_object(text, ss, cs, places, dates, figures, nearest=True)
        where = "an earlier clause"
        if written is None and obj is None:  # 功能区昼间达标151点次，达标率: 功能区昼间达标率
            obj = _object_of_verb(phrase, text, ss, cs, places, dates, figures)
        if obj is None and _amount_or_rate(phrase) and not _figure_between(figures, ss, cs):
            obj = _object_before(text, ss, places, dates, figures)
            where = "the sentence before"
        if written is None and obj is None:
            written = _object_of_frame(text, ss, cs, phrase)
        if written is not None:
            phrase = written[0]
            why.append(written[1])
        elif obj is None:
            why.append("indicator phrase names no object")
        else:
            phrase = obj + phrase
            why.append(f"indicator phrase's object taken from {where}")
    elif (
        names_no_measure(phrase, places=not counted)  # 目标, 晚上, 不降反: measuring what?
        or names_a_reference(phrase)  # 去年同期: of what?
        or (unit not in _SHARE_UNITS and _SHARE_OPENING.match(to_simplified(phrase.strip())))
        or (s is not None and _a_listed_place(phrase, text, s, places))
    ):
        head = _line_head(text, ss, cs) if s is not None and not counted else None
        if head is not None and _a_listed_place(phrase, text, s or 0, places):
            phrase = head
            why.append(_LINE_HEAD_NOTE)
            if names_no_object(head):
                why.append("indicator phrase names no object")
        elif (
            s is not None
            and not counted
            and (header := _list_header(text, ss, s, places)) is not None
        ):  # 各市州问题整改完成率较高的，为遂宁市97%、…攀枝花市95.1%: the list's header
            phrase = header
            why.append(_LIST_HEADER_NOTE)
        elif (topic := _act_topic(phrase, text, ss, cs, unit, _figure_end(figures, s))) is not None:
            phrase = topic + phrase  # 河道清淤方面，已完成整改12处: the topic's act
            why.append(_TOPIC_NOTE)
        elif (noun := _act_counted(phrase, text, ss, cs, figures, unit)) is not None:
            phrase = noun + phrase  # 12个基本问题,淮北市完成2个: 基本问题完成
            why.append("indicator phrase's object taken from an earlier clause")
        else:
            phrase = f"(no measure named) {phrase}"
            why.append("indicator phrase names no measure")
    elif (
        s is not None
        and not counted
        and names_no_noun(phrase)
        and _a_place_member(text, s, places)
        and (head := _line_head(text, ss, cs)) is not None
    ):  # 苯并芘浓度：淄川区1.2ng/m3、张店区1.5ng/m3: the measure named before the places
        phrase = head
        why.append(_LINE_HEAD_NOTE)
        if names_no_object(head):
            why.append("indicator phrase names no object")
    elif unit is not None and _COUNTER.fullmatch(unit) and names_an_act(phrase):
        # 23项问题，完成整改并通过验收20项: the act's count counts the earlier count's things
        noun = _counted_noun(text, ss, cs, figures, unit)
        end = _figure_end(figures, s)
        topic = _act_topic(phrase, text, ss, cs, unit, end) if noun is None else None
        if topic is not None:  # 異味稽查檢測，已完成執行7場次: the act was done to the topic
            phrase = topic + phrase
            why.append(_TOPIC_NOTE)
        elif noun is None:
            why.append("indicator phrase names no object")
        else:
            phrase = noun + phrase
            why.append("indicator phrase's object taken from an earlier clause")
    elif names_no_noun(phrase, places=not counted):  # 接獲, 廿三日, 济南: no noun at all
        header = _list_header(text, ss, s, places) if s is not None and not counted else None
        if header is not None:  # 完成率较高的，为遂宁市97%、泸州市96.5%: the list's header
            phrase = header
            why.append(_LIST_HEADER_NOTE)
        elif (
            s is not None
            and not counted
            and _a_named_member(phrase, text, s, places)
            and (head := _line_head(text, ss, cs)) is not None
        ):  # 细悬浮粒子(PM2.5)浓度,铜锣湾达到64.9微克: a station's figure, the line's measure
            phrase = head
            why.append(_LINE_HEAD_NOTE)
            if names_no_object(head):
                why.append("indicator phrase names no object")
        else:
            phrase = f"{_NO_MEASURE_MARK}{phrase}"
            why.append(_NO_NOUN_NOTE)
    elif names_a_fragment(phrase):  # 須每, 至日, 廢物 創: cut inside a clause
        phrase = f"(fragment) {phrase}"
        why.append("indicator phrase is a fragment of the text")
    return phrase, why


#: How far before a modifier's figure its noun is looked for (``重点信访件2件`` in the
#: paragraph before ``金华31件，重点1件``).
_MODIFIER_REACH = 600
_MODIFIED_NOUN_NOTE = (
    "indicator phrase's noun taken from the text (a modifier alone names no thing)"
)


def _modified_noun(phrase: str, text: str, ss: int, s: int, unit: str) -> str | None:
    """The name of a count that a modifier alone opens (``重点1件``), else ``None``.

    A modifier written alone before a count (:data:`_phrases.MODIFIER_ALONE`: ``重点``,
    ``重大``) picks some of the things counted, but names no thing: its noun is a head of
    :data:`_actions.OBJECT_CLASSES` counted in the figure's measure word ``unit`` — the head
    the text writes after the same modifier earlier (``重点信访件2件`` … ``金华31件，重点1件``,
    up to :data:`_MODIFIER_REACH` characters before the figure at ``s``), else the head
    written right before the nearest earlier count of the sentence (from ``ss``) in that
    measure word (``交办信访件128件(重点26件)``).  The modifier must stand right before the
    figure (a pinyin gloss between allowed: ``重點(diǎn)26件``): a phrase taken from another
    figure's clause (``(重点4件),东侨|5件``) is left.  Both scripts; the noun in the text's.

    Examples
    --------
    >>> t = "共收到交辦信訪件128件(重點26件)"
    >>> _modified_noun("重點", t, 0, t.index("26"), "件")
    '重點信訪件'
    >>> t = "移交信访件210件，其中重点信访件2件。金华31件，重点1件"
    >>> _modified_noun("重点", t, 0, t.rindex("1件"), "件")
    '重点信访件'
    >>> _modified_noun("重点", "重点工作完成12项", 0, 6, "项") is None  # no head counted in 项
    True
    """
    mod = to_simplified(phrase.strip())
    if not MODIFIER_ALONE.fullmatch(mod):
        return None
    if not _PINYIN_GLOSS.sub("", to_simplified(text[max(0, s - 40) : s])).rstrip().endswith(mod):
        return None  # 重点4件),东侨|5件: the modifier is another figure's
    heads = sorted(
        {h for o in OBJECT_CLASSES.values() if unit in o.measures for h in o.heads},
        key=len,
        reverse=True,
    )
    if not heads:
        return None
    alt = "|".join(map(re.escape, heads))
    lo = max(0, s - _MODIFIER_REACH)
    simple = to_simplified(text[:s])  # one character for one: offsets hold
    found = list(re.finditer(rf"{mod}(?P<head>{alt})", simple[lo:]))
    base = lo
    if not found:
        found = list(re.finditer(rf"(?P<head>{alt})\d[\d,.]*{re.escape(unit)}", simple[ss:]))
        base = ss
    if not found:
        return None
    a, b = found[-1].span("head")
    return phrase.strip() + text[base + a : base + b]


_DURATION_SUBJECT_NOTE = "indicator phrase's subject taken from its 为-clause (the duration's)"
#: A duration's noun before its copula at the end of the words before the figure (时间为).
_DURATION_COPULA = re.compile(r"(?P<noun>时间|时长)(约|大约)?(为|是)(约|大约)?$")


def _duration_subject(phrase: str, text: str, cs: int, s: int, places: pd.DataFrame) -> str | None:
    """The name of a duration written ``<subject>时间为<figure>``, else ``None``.

    A duration's noun alone (``时间``) before the copula of the figure's clause
    (``督察组进驻长沙市时间为20天左右``) measures the length of what the clause's words before
    it name: the phrase is those words, from the clause's start ``cs``, without the places
    written in them (the region says where) — ``督察组进驻时间``.  A duration after its figure
    (``7年时间``, ``不到两年时间``: the span of a trend) or a subject of no words is left.

    Examples
    --------
    >>> t = "根據安排,中央第五環境保護督察組督察進駐廣西時間為1個月"
    >>> p = pd.DataFrame({"start": [t.index("廣西")], "end": [t.index("廣西") + 2]})
    >>> _duration_subject("時間", t, t.index("中"), t.index("1"), p)
    '中央第五環境保護督察組督察進駐時間'
    >>> t = "从2011年起,7年时间,水土流失面积持续减少"
    >>> _duration_subject("时间", t, 0, t.index("7"), p[:0]) is None
    True
    """
    words = phrase.strip()
    before = to_simplified(text[cs:s])
    m = _DURATION_COPULA.search(before)
    if m is None or m["noun"] != to_simplified(words):
        return None
    hi = cs + m.start()
    lo = max([text.rfind(c, cs, hi) for c in "，,；;。：:"] + [cs - 1]) + 1
    kept = []
    at = lo
    if not places.empty:
        inside = places[(places["start"] >= lo) & (places["end"] <= hi)].sort_values("start")
        for a, b in inside[["start", "end"]].to_numpy():
            kept.append(text[at : int(a)])
            at = max(at, int(b))
    kept.append(text[at:hi])
    subject = "".join(kept).strip()
    if len(subject) < 2 or re.search(r"\d", subject):
        return None
    return subject + text[hi : hi + len(m["noun"])]


#: The note of a stock count named by the keepers before it (:func:`animal_kept`).
_STOCK_NOTE = "indicator phrase's animal taken from the keepers an earlier clause names"
#: Units of a share and of its change (a percentage, 成 of ten, a change in 百分点).
_SHARE_UNITS = frozenset({"%", "‰", "成", "百分点", "percentage_point"})
#: A phrase that opens with the verb of a share and names its whole (``占总户数``, ``佔總額``):
#: the name of the share after a count (``共计18,666户|占总户数之91.3%``), never the count's.
_SHARE_OPENING = re.compile(r"^(约|分别|仅|共|均)?占(?!比|地|用|领|有)")
#: A measure, 以 and a part of what it measures (``各种用水量以|农业用水|占71.3%``): the share
#: of the part in the measure's whole.
_PART_BY_YI = re.compile(r"^(?P<whole>[^以，,、；;]{2,12}?)以(?P<part>[^以，,、；;]{2,12})$")
_PART_BY_YI_NOTE = "indicator phrase names the share by its part (以…) and the measure before it"


def _part_by_yi(phrase: str) -> str | None:
    """The name of a share written ``<measure>以<part>占x%``, else ``None``.

    A measure, 以 and a part of it (``各种用水量以农业用水|占71.3%``: agriculture's share of
    the water used) name the part's share of the measure: ``农业用水占用水量``, the order of a
    share named by its part and whole (:func:`_share_of_whole`).  The words before 以 must
    name a measure (:func:`names_a_measure`) and the part a thing: not a measure's head
    alone, a measure, a place, a time, a reference (去年), a fragment or a ranking's words
    (``以…为主``, ``最多``).

    Examples
    --------
    >>> _part_by_yi("各種用水量以農業用水")
    '農業用水佔用水量'
    >>> _part_by_yi("用水量以农业用水为主") is None, _part_by_yi("排放量以") is None
    (True, True)
    """
    words = phrase.strip()
    m = _PART_BY_YI.fullmatch(to_simplified(words))
    if m is None or not names_a_measure(m["whole"]):
        return None
    part = words[m.start("part") :]
    if (
        names_no_object(part)
        or names_no_measure(part)
        or names_a_fragment(part)
        or names_a_reference(part)
        or _RANK_FRAME.search(to_simplified(part))
        or names_a_measure(part)
    ):
        return None
    whole = words[m.start("whole") : m.end("whole")]
    every = re.match(r"(各种|各类|各项|全部|所有)(?=..)", to_simplified(whole))
    whole = whole[every.end() :] if every else whole  # 各种用水量: the measure, not its kinds
    share = "佔" if to_simplified(words) != words else "占"
    return f"{part}{share}{whole}"


#: A comparison with a number or a range, bounding a class of an index (``AQI>100``,
#: ``(AQI>100)``, ``空氣污染指標(AQI)>150``, ``PSI值<50``, ``AQI=101~150``), written right
#: before a measure word (after 之 or 的): the measure is of the class it bounds.
_CLASS_BOUND = re.compile(
    r"(?P<bound>[(（]?\s*(?:(?P<index>[A-Za-z][A-Za-z0-9.]*)\s*[)）]?\s*值?)?\s*"
    r"(?:[<>≤≥≦≧＜＞]=?|[=＝]|大于|小于)\s*\d+(?:\.\d+)?"
    r"(?:\s*[~～\-－]\s*\d+(?:\.\d+)?)?\s*[)）]?)\s*(?:之|的)?\s*$"
)
_BOUND_NOTE = "indicator phrase's object is the class its bound sets, written before it"
#: The good-air bound of Taiwan's air quality index, AQI ≤ 100 (良好 and 普通: the days the
#: mainland's HJ 633 calls 优良), written in a share's own words (simplified script):
#: ``空氣品質指標小於100的日數比例``, ``日數(AQI≤100)比率``, ``AQI≦100比率``,
#: ``(AQI小於及等於100)合計``.  A bound above 100 or a band (``AQI>100``, ``AQI介於100-150``)
#: is another class's (reg43, hand check 31).
_GOOD_AQI_BOUND = re.compile(
    r"(?:AQI|空气品质指标|空气质量指数)\s*[)）]?\s*值?\s*"
    r"(?:小于及等于|小于或等于|小于等于|小于|≤|≦|<=|＜=|<|＜)\s*100(?![\d.])"
)
#: The words of a share (or of a sum of shares: ``合計94%``) after the good-air bound.
_GOOD_AQI_SHARE = re.compile(rf"{SHARE_WORDS}|合计|良率")
#: The good days' share by its name (the registry's row whose form it is).
_GOOD_DAYS_SHARE_NAME = "优良天数比例"
#: A share word alone (比例, 比率, 占比, 比重, 百分比), which after a count and 之/的 is the
#: count's share (``以電話陳情3,035件次之比例(54.2%)``: the share of those petitions).
_SHARE_ONLY = re.compile(rf"(百分)?({SHARE_WORDS})")
_COUNT_SHARE_NOTE = "indicator phrase's object is what the count before it (之/的) counts"
#: A class of water quality or a grade alone (Ⅱ类, 劣Ⅴ类水质, 二级): with a count, the class
#: of the things an earlier count of the sentence counts (``20个断面，Ⅱ类10个``).
_CLASS_ONLY = re.compile(QUALITY_CLASS)
_CLASS_NOTE = "indicator phrase is a class of the things an earlier count of its sentence counts"
#: The longest noun a class counted takes (``市控以上地表水断面``).
_CLASS_NOUN_MAX = 12
#: The longest object read before a class bound (``空氣品質不良``, ``空气质量超标``).
_BOUND_OBJECT_MAX = 16


def _marks_before(
    at: int, lo: int, places: pd.DataFrame, dates: pd.DataFrame, figures: pd.DataFrame | None
) -> int:
    """The end of the last place, date or figure ending in ``text[lo:at]``, else ``lo``."""
    end = lo
    for spans in (places, dates, figures):
        if spans is None or spans.empty:
            continue
        ends = spans["end"].to_numpy()
        inside = ends[(spans["start"].to_numpy() >= lo) & (ends <= at)]
        if len(inside):
            end = max(end, int(inside.max()))
    return end


def _object_in_clause(
    phrase: str,
    text: str,
    cs: int,
    s: int,
    places: pd.DataFrame,
    dates: pd.DataFrame,
    figures: pd.DataFrame | None,
) -> tuple[str, str] | None:
    """The name of a measure's head alone (:func:`names_no_object`) whose object is written
    right before it in its clause, cut off by a figure, with the note saying so; else
    ``None``.

    The phrase of a figure starts after the last figure before it, so a measure word
    written after a number loses what the number belongs to:

    * a class bound (:data:`_CLASS_BOUND`: ``空氣品質不良(AQI>100)天數``, ``109年AQI>100
      比例``, ``空氣污染指標(AQI)>150之日數``): the measure is of the class the bound sets,
      named by the index and the words before it in the clause (after a place, a date or
      another figure) — written whole, bound included (``空氣品質不良(AQI>100)天數``);
    * a count before a share word and 之/的 (``以環境衛生達2,766件之比例``): the share is of
      what the count counts, named by the count's words (``環境衛生比例``).

    A bound with neither an index nor words before it (``大于100的比例``: of what?) and an
    unbalanced bracket (``良好日數(PSI值<50|日數)``: the measure is inside a gloss) are left.

    Examples
    --------
    >>> empty = pd.DataFrame({"start": [], "end": []})
    >>> text = "空氣品質不良(AQI>100)天數為44天"
    >>> _object_in_clause("天數", text, 0, text.index("44"), empty, empty, empty)[0]
    '空氣品質不良(AQI>100)天數'
    """
    words = phrase.strip()
    at = text.rfind(words, cs, s) if words else -1
    if at < 0:
        return None
    simple = to_simplified(text[cs:at])
    bound = _CLASS_BOUND.search(simple)
    if bound is not None:
        b = cs + bound.start("bound")
        opened = sum(bound.group("bound").count(c) for c in "(（")
        if opened != sum(bound.group("bound").count(c) for c in ")）"):
            return None
        lo = _marks_before(b, cs, places, dates, _figures_before(figures, b))
        obj = tidy_phrase(_trimmed(text, lo, b)) if b > lo else ""
        if obj and (names_no_noun(obj) or names_no_measure(obj)):
            obj = ""  # 今年, 全市, 本县: no object
        if obj and (len(obj) > _BOUND_OBJECT_MAX or not text[lo:b].rstrip().endswith(obj)):
            return None
        if not obj and not bound.group("index"):
            return None
        return obj + text[b : at + len(words)].strip(), _BOUND_NOTE
    if not _SHARE_ONLY.fullmatch(to_simplified(words)) or figures is None or figures.empty:
        return None
    gap = re.search(r"(之|的)\s*$", simple)
    if gap is None or "unit" not in figures.columns:
        return None
    fe = cs + gap.start()
    count = figures[figures["end"].to_numpy() == fe]
    counter = str(count["unit"].iloc[0]) if len(count) else ""
    if not _COUNTER.fullmatch(counter) or counter in _SPAN_UNITS:
        return None  # (2022年的比例: a time, no count)
    fs = int(count["start"].iloc[0])
    lo = _marks_before(fs, cs, places, dates, _figures_before(figures, fs))
    thing = _tidied(text, lo, fs)
    lead = thing.rfind("以")  # 以X…之比例最高: X (陳情案件污染類別以|環境衛生)
    thing = thing[lead + 1 :] if 0 <= lead < len(thing) - 2 else thing
    if not 2 <= len(thing) <= _BOUND_OBJECT_MAX or re.search(r"\d", thing):
        return None
    if names_no_noun(thing) or names_no_measure(thing) or names_a_fragment(thing):
        return None
    return thing + words, _COUNT_SHARE_NOTE


def _figures_before(figures: pd.DataFrame | None, at: int) -> pd.DataFrame | None:
    """The figures of ``figures`` ending at or before ``at`` (``None`` stays ``None``)."""
    if figures is None or figures.empty:
        return figures
    return figures[figures["end"].to_numpy() <= at]


def _class_counted(
    phrase: str,
    text: str,
    ss: int,
    cs: int,
    figures: pd.DataFrame | None,
    unit: str,
) -> tuple[str, str] | None:
    """The name of a class counted alone (:data:`_CLASS_ONLY`, ``Ⅱ类10个``, ``Ⅱ类水质46个``)
    from the one noun the earlier counts of its sentence in the same measure word count
    (:func:`_counted_noun`), with the note saying so; else ``None`` (tried when no member
    before it nor a total names the breakdown, :meth:`IndicatorPicker._breakdown_whole`).

    ``11月监测的20个市控以上地表水断面，Ⅱ类10个`` → ``Ⅱ类市控以上地表水断面``;
    ``61个水质监测点位…Ⅱ类水质46个`` → ``Ⅱ类水质监测点位`` (the words both write once).

    Examples
    --------
    >>> text = "11月监测的20个地表水断面，Ⅱ类10个"
    >>> counts = pd.DataFrame({"start": [6], "end": [9], "unit": ["个"]})
    >>> _class_counted("Ⅱ类", text, 0, text.index("Ⅱ"), counts, "个")[0]
    'Ⅱ类地表水断面'
    """
    words = phrase.strip()
    if not _CLASS_ONLY.fullmatch(to_simplified(words)):
        return None
    if not _COUNTER.fullmatch(unit) or unit == "count":
        return None
    noun = _counted_noun(text, ss, cs, figures, unit, longest=_CLASS_NOUN_MAX)
    if noun is None:
        return None
    overlap = next(
        (k for k in range(min(len(words), len(noun)), 0, -1) if words.endswith(noun[:k])), 0
    )
    return words + noun[overlap:], _CLASS_NOTE


def _object_of_frame(text: str, ss: int, cs: int, phrase: str) -> tuple[str, str] | None:
    """The name of a measure's head alone whose object is the topic that opens its
    sentence in a clause of its own (:func:`_clause_topic`), with the note saying so; else
    ``None`` (tried when no earlier clause names an amount's object, :func:`_earlier_object`).

    ``對于城市生活垃圾，處置率達97.41%`` → ``城市生活垃圾處置率`` — not a topic that names a
    measure itself (``回收率方面，比率…``) nor a clause that says something (a verb, an
    adverb, an adjective: ``路邊情况更嚴重，平均濃度…``).

    Examples
    --------
    >>> text = "對于城市生活垃圾,處置率達97.41%"
    >>> _object_of_frame(text, 0, text.index("處"), "處置率")[0]
    '城市生活垃圾處置率'
    """
    topic = _clause_topic(text, ss, cs)
    if topic is None or names_a_measure(topic):
        return None
    if any(tag in _PREDICATE_TAGS for _, _, tag in segment(topic)):
        return None  # 路邊情况更嚴重, 污染管制亦有相當成效: a clause saying something, no topic
    return topic + phrase.strip(), _TOPIC_NOTE


def _share_of_named(phrase: str, text: str, ss: int, cs: int) -> tuple[str, str] | None:
    """The name of a share said of what the clause before names (:data:`SHARE_OF_NAMED`,
    ``所占比例`` opening the figure's clause), with the note saying so; else ``None``.

    ``主要噪声源是生活噪声源，所占比例超过50%`` → ``生活噪声源所占比例``: the thing is the noun
    phrase the clause right before ends with (before a count that closes it: ``施工噪声投诉
    120件，所占比例…`` → ``施工噪声投诉所占比例``), after its last copula (是, 为) — two to
    :data:`_TOPIC_MAX` characters of Chinese naming a noun (:func:`names_no_noun`,
    :func:`names_no_measure`), its last word a noun, not a verb (what a count counts may be
    an act, ``投诉``, ``陈情``).  A clause before that ends
    with a figure, a verb or a frame (``以工业源为主``), a clause in another sentence, or a
    share word with words of its own before it are left.

    Examples
    --------
    >>> text = "主要噪声源是生活噪声源，所占比例超过50%"
    >>> _share_of_named("所占比例", text, 0, text.index("所"))[0]
    '生活噪声源所占比例'
    >>> _share_of_named("所占比例", "以工业源为主，所占比例为60%", 0, 7) is None
    True
    """
    words = phrase.strip()
    if not text[cs:].lstrip().startswith(words):
        return None  # words of its own before the share: not of the clause before
    if cs <= ss or text[cs - 1 : cs] not in ("，", ","):
        return None
    lo = _clause_opening(text, ss, cs - 1)
    hi = cs - 1
    count = _COUNT_END.search(text, lo, hi)  # 噪声投诉120件，所占比例: the share of what is counted
    clause = _tidied(text, lo, count.start()) if count is not None else text[lo:hi]
    copulas = [m.end() for m in _COPULA.finditer(to_simplified(clause))]
    thing = noun_chunk(clause[copulas[-1] if copulas else 0 :].strip())
    if not 2 <= len(thing) <= _TOPIC_MAX or not _HAN.fullmatch(thing):
        return None  # a figure, a mark or a long clause: no thing named alone
    if not clause.endswith(thing) or names_no_noun(thing) or names_no_measure(thing):
        return None
    spans = segment(thing)
    if count is None and (not spans or not spans[-1][2].startswith("n")):
        return None  # 为主, 明显: the clause says something of the thing, it does not name it
    return thing + words, _SHARE_OF_NAMED_NOTE


def _clause_opening(text: str, ss: int, at: int) -> int:
    """The start of the clause holding ``text[at]`` in the sentence starting at ``ss``: after
    the last clause mark before ``at`` that is no comma of a number's thousands (``1,200宗``)."""
    marks = [
        m.end()
        for m in CLAUSE.finditer(text, ss, at)
        if not (text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit())
    ]
    return marks[-1] if marks else ss


#: The verb of a share, the part taking (占, 佔) some of the whole written after it: not 所占
#: (:data:`SHARE_OF_NAMED`), 占比 (a share word), 占地 or 占用 (land or space taken).
_SHARE_VERB = re.compile(r"(?<!所)占(?!比|地|用|领|有)")
#: A share written in Chinese numerals: tenths, a percentage or a fraction (``九成``,
#: ``八十七％``, ``十分之一``), never a word that opens with a digit (``一般``).
_CHINESE_SHARE = rf"[{''.join(CHINESE_DIGITS)}十廿]+(?:成|[%％]|分之)"
#: The 占 a percentage is written with (``占能源消费总量的16.9%``, ``占4.1 %``, ``约占三成``),
#: the whole named between it and the figure's number: the percentage is a share.
_SHARE_WRITTEN = re.compile(
    r"^占(?!比|地|用|领|有)(?P<whole>[^\d，,。；;！？%％、（）()\n]{0,16}?)"
    rf"(的|之)?\s*(约|近|超过|逾)?\s*(?:[\d.０-９]|{_CHINESE_SHARE})"
)
#: A share's word 占比 opening the figure's written form (``工业源COD排放量占比仅1.4%``,
#: ``處罰金額占比近6成``): the part before it, its share (read like :data:`_SHARE_WRITTEN`,
#: with no whole).
_SHARE_WORD_OPENS = re.compile(r"^占比(?P<whole>)(的|之)?")
#: What may stand between a share's part and its 占: a gloss in brackets (``生活噪声(含测点处
#: 无明显噪声的情况)占63.6 %``), 约, 分别 ….
_PART_GAP = re.compile(
    r"\s*([（(][^（()）]{0,20}[）)])?\s*[，,]?\s*(约|大约|分别|仅|则|共|合计|均)*\s*"
)
#: A phrase that already names a share (占比, 比重, 比例, 比率, 率, 份额, 构成 …) or the 占 itself.
_NAMES_SHARE = re.compile(r"(占|比|率|份额|构成|百分比)")
_SHARE_AFTER_NOTE = "indicator phrase names its share: the part with the 占 written after it"


def _share_word_at(text: str, s: int) -> bool:
    """Whether the figure at ``s`` opens with the share's word 占比 (or 佔比):
    ``清潔能源消費占比提高超過6個百分點`` (a change of the share in points).

    Examples
    --------
    >>> _share_word_at("清潔能源消費佔比提高6個百分點", 6)
    True
    >>> _share_word_at("优良天数比例提高6个百分点", 8)
    False
    """
    return _SHARE_WORD_OPENS.match(to_simplified(text[s : s + 2])) is not None


def _share_mark(phrase: str, text: str, s: int) -> tuple[str, int, re.Match[str], int] | None:
    """The 占/佔 of a share at ``s`` and the part written before it, or ``None``.

    One home for the two share namers (:func:`_share_written_after`,
    :func:`_share_of_part`): the mark within three characters of the figure's start, what
    follows it read by ``_SHARE_WRITTEN``, and where the phrase ends before it.

    Parameters
    ----------
    phrase : str
        The proposed phrase (the part).
    text : str
        The report.
    s : int
        The figure's start.

    Returns
    -------
    tuple or None
        ``(words, at, match, part_end)``: the stripped phrase, the mark's offset, the match
        of what follows it and the end of the phrase's last occurrence before it; ``None``
        when there is no mark, no match or the phrase is not written before it.
    """
    words = phrase.strip()
    lo = max(0, s - 3)
    found = [k for k in (text.find(c, lo, s + 3) for c in "占佔") if k >= 0]
    if not words or not found:
        return None
    at = min(found)
    opens = to_simplified(text[at : at + 24])
    m = _SHARE_WRITTEN.match(opens) or _SHARE_WORD_OPENS.match(opens)
    lo = max(0, at - 2 * len(words) - 24)
    part_end = text.rfind(words, lo, at) + len(words)
    if part_end < len(words):  # 生態(tài)破壞28件(占30.8%): the part written with its glosses
        glossed = _glossed_form(words)
        ends = [g.end() for g in glossed.finditer(text, lo, at)]
        part_end = ends[-1] if ends else -1
    if m is None or part_end < len(words):
        return None
    return words, at, m, part_end


def _glossed_form(words: str) -> re.Pattern[str]:
    """A pattern for ``words`` as a glossed text writes them, a pinyin gloss allowed after
    each character (``生態(tài)破壞`` for ``生態破壞``).

    Examples
    --------
    >>> _glossed_form("生態破壞").search("生態(tài)破壞28件").group()
    '生態(tài)破壞'
    """
    return re.compile(f"(?:{_PINYIN_GLOSS.pattern.split('|')[0]})?".join(map(re.escape, words)))


def _unfit_part(words: str) -> bool:
    """Whether a phrase cannot name a share's part (it names a share, no measure, no object,
    a fragment, ends off Han script or holds a digit).

    Parameters
    ----------
    words : str
        The proposed phrase, stripped.

    Returns
    -------
    bool
    """
    return bool(
        _NAMES_SHARE.search(to_simplified(words))
        or names_no_measure(words)
        or names_no_object(words)
        or names_a_fragment(words)
        or not re.search(r"[\u4e00-\u9fff]$", words)
        or _FIGURE_IN_PART.search(words)
    )


#: A figure inside a phrase (``完成調查共1198件``, ``20个``, ``3.5万``): a number after 共/计 or
#: before a counter, a scale or a mark of a figure — not the digits of a name (``透過1823轉介
#: 的個案``, ``PM2.5``).
_FIGURE_IN_PART = re.compile(
    r"(?:共|计|計|达|達)\s*\d|\d[\d.,，]*\s*(?:[%％、，,()（）]|"
    r"[件个個家项項条條人户戶座台辆輛处處批次万萬亿億吨噸亩畝元年月日天])"
)


def _share_written_after(phrase: str, text: str, s: int) -> str | None:
    """The name of a share the percentage at ``s`` is written as (``A占B的x%``), or ``None``.

    A percentage written with its 占 (``水电、风电…清洁能源消费量占能源消费总量的16.9%``,
    ``沙尘天气影响导致的超标天数占总超标天数的54.7%``) is the part's share of the whole
    written after the 占, not an amount of the part: the phrase that names the part alone
    (``清洁能源消费量``) takes the share's words, ``<part>占<whole>`` (as
    :func:`_share_of_whole` names ``A<figure>，占B的x%``).  Only with the whole written: a
    share with no whole (``施工噪声占4.1%``, ``農業占1.15%``) is most often a member of a
    list whose whole the breakdown rules name from an earlier clause (``…占燃料燃燒總排放
    比重``) and is left to them.  Not a phrase that already names a share
    (:data:`_NAMES_SHARE`), holds a figure, names no measure, no object or is a fragment.
    Read in simplified script, the phrase kept in the text's own.

    Examples
    --------
    >>> text = "清洁能源消费量占能源消费总量的16.9%"
    >>> _share_written_after("清洁能源消费量", text, 7)
    '清洁能源消费量占能源消费总量'
    >>> _share_written_after("施工噪声", "施工噪声占4.1 %", 4) is None
    True
    >>> _share_written_after("达标城市比例", "达标城市比例占80%", 6) is None
    True
    """
    mark = _share_mark(phrase, text, s)
    if mark is None:
        return None
    words, at, m, part_end = mark
    if not _PART_GAP.fullmatch(text[part_end:at]):
        return None  # the phrase must name the part right before its 占
    if _unfit_part(words):
        return None
    whole = text[at + 1 : at + 1 + len(m.group("whole"))].strip()
    if len(whole) < 2:
        return None  # 施工噪声占4.1%: a list's member, named by the list's whole elsewhere
    return words + text[at] + whole


#: What may stand between a share's part and its 占 when the part's own count is written
#: between (``Ⅳ类水质断面20个、占5.8%``, ``噪声54件(占23.9%)``): the count, its measure word,
#: a list mark or a bracket, 约, 分别 ….
_PART_COUNT_GAP = re.compile(
    r"\s*(?:共|计|达)?\s*[\d.,０-９]+\s*[^\d\s，,。；;、%％()（）]{0,3}\s*[，,、(（]?\s*"
    r"(约|大约|分别|仅|则|共|合计|均)*\s*"
)
_SHARE_OF_PART_NOTE = (
    "indicator phrase names a share by its part and 占比: the whole is not written (to review)"
)
#: A share's 占 followed by several values (``占30%、21%、20%``, ``占68.8%和29.7%``): the
#: shares of a list's parts, one per part, not one part's share.
_VALUES_LISTED = re.compile(
    r"占比?[^，,。；;%％]{0,12}?[%％成]\s*[、和及与]\s*(?:约|近)?[\d.０-９]"
)


def _share_of_part(phrase: str, text: str, s: int) -> str | None:
    """The name of a share written with its 占 and no whole (``施工噪声占4.1%``,
    ``Ⅳ类水质断面20个、占5.8%``), ``<part>占比``; else ``None``.

    A percentage written ``占x%`` is the share of the part named before it, of a whole the
    sentence leaves out (the list's total or the text's).  A phrase naming the part alone
    (``施工噪声``, ``Ⅳ类水质断面``) names another measure (the noise, the sections counted):
    the share is named by its part and 占比 (role33's convention (b): a share is named as a
    share), with the 占 as written (佔 in a text that writes it).  The part is the phrase
    written right before the 占, or before the part's own count and the 占 (``20个、``).
    Not where the whole is written (:func:`_share_written_after`), nor a list's members
    (``厨余、废塑胶、废纸分别占30%、21%…``: several parts, the list rules' work), nor a
    phrase that already names a share (:data:`_NAMES_SHARE`), holds a figure, a ranking's or
    copula's words
    (:data:`_RANK_FRAME`: ``以…``, ``是PM2.5``, ``从高到低``), names no measure, no object,
    or is a fragment; the name is to be reviewed (the whole is not said).

    Parameters
    ----------
    phrase : str
        The figure's noun phrase (the part).
    text : str
        The document's text.
    s : int
        Where the figure starts (at its 占 or its number).

    Returns
    -------
    str or None
        ``<part>占比`` (or ``<part>佔比``), or ``None``.

    Examples
    --------
    >>> _share_of_part("施工噪声", "施工噪声占4.1 %", 4)
    '施工噪声占比'
    >>> _share_of_part("Ⅳ类水质断面", "Ⅳ类水质断面20个、占5.8%", 10)
    'Ⅳ类水质断面占比'
    >>> _share_of_part("廚餘", "廚餘佔29%", 2)
    '廚餘佔比'
    >>> _share_of_part("清洁能源消费量", "清洁能源消费量占能源消费总量的16.9%", 7) is None
    True
    >>> _share_of_part("达标城市比例", "达标城市比例占80%", 6) is None
    True
    >>> _share_of_part("厨余、废纸", "厨余、废纸分别占30%、20%", 9) is None
    True
    """
    mark = _share_mark(phrase, text, s)
    if mark is None:
        return None
    words, at, m, part_end = mark
    if m.group("whole").strip() or m.group(2):
        return None  # 占能源消费总量的16.9%: the whole is written (_share_written_after)
    gap = to_simplified(text[part_end:at]).removeprefix("的")  # 达标的|占9.9%
    if not (_PART_GAP.fullmatch(gap) or _PART_COUNT_GAP.fullmatch(gap)):
        return None  # the phrase must name the part right before its 占 (or its count)
    simple = to_simplified(words)
    if re.search("分别|各", gap) or _VALUES_LISTED.match(to_simplified(text[at : at + 40])):
        return None  # 厨余、废塑胶、废纸分别占30%、21%…: a list's parts, not one share
    if _RANK_FRAME.search(simple) or _unfit_part(words):
        return None
    return words + text[at] + "比"


#: What may open the clause of a share written before its part (``有35.7%为有机物``,
#: ``还有7.5%为其他类生态环境问题``, ``当中，52.5%为市民的电话投诉``): 有 and its adverbs alone.
_SHARE_BEFORE_PART = re.compile(
    r"\s*(?:其中|当中|此外|另外)?[，,]?\s*(?:还|另|约|仅|只|则)?有?\s*(?:约|近|逾|超过)?\s*"
)
#: The copula between such a share and its part (为, 是).
_PART_AFTER_SHARE = re.compile(r"\s*(?:为|是)\s*")


def _share_before_part(phrase: str, text: str, cs: int, s: int, e: int) -> str | None:
    """The name of a share written before the part it is a share of (``有35.7%為有機物``),
    ``<part>占比``; else ``None``.

    ``在本澳產生的城市固體廢物中，有35.7%為有機物``, ``投訴當中，52.5%為市民的電話投訴``: a
    percentage whose clause holds nothing before it but 有 (还有, 另有 …) and whose copula
    (为, 是) is followed by the phrase is the share of that part in the whole the sentence
    names before; the phrase naming the part alone names another measure, so the share is
    named by its part and 占比 (convention (b), as :func:`_share_of_part`), 佔比 in a text
    that writes 佔.  Not a phrase that names a share already, no measure, no object, or is
    a fragment (:func:`_unfit_part`), nor one not written right after the copula.

    Parameters
    ----------
    phrase : str
        The figure's noun phrase (the part), a copula it kept included.
    text : str
        The document's text.
    cs, s, e : int
        The figure's clause start, start and end.

    Returns
    -------
    str or None
        ``<part>占比`` (or ``<part>佔比``), or ``None``.

    Examples
    --------
    >>> text = "城市固體廢物中，有35.7%為有機物"
    >>> _share_before_part("有機物", text, 8, 9, 14)
    '有機物占比'
    >>> _share_before_part("为市民的电话投诉", "52.5%为市民的电话投诉", 0, 0, 5)
    '市民的电话投诉占比'
    >>> _share_before_part("有機物", "減少35.7%為有機物", 0, 2, 7) is None
    True
    """
    if not _SHARE_BEFORE_PART.fullmatch(to_simplified(text[cs:s])):
        return None
    copula = _PART_AFTER_SHARE.match(to_simplified(text[e : e + 4]))
    words = phrase.strip()
    lead = _PART_AFTER_SHARE.match(to_simplified(words))
    words = words[lead.end() :] if lead is not None else words
    if copula is None or not words or not text.startswith(words, e + copula.end()):
        return None
    if _unfit_part(words):
        return None
    return words + ("佔比" if "佔" in text else "占比")


#: The member a ranking's frame names before its figure (``以一般民众最多为``, ``其次为商业
#: 行为有``, ``第三位为营建工程有``, ``环境卫生再次之有``): the member's words, in a group.
_RANKED_MEMBER = re.compile(
    r"以(?P<top>[^，,。；;]+?)(?:最多|最高|居首|为主|最大)(?:为|是|有|达)?"
    r"|(?:其次|再次|再者|第[一二三四五六七八九十]+位?)(?:为|是)(?P<next>[^，,。；;]+?)(?:有|共|计)?"
    r"|(?P<then>[^，,。；;]+?)(?:再次之|次之|再次)(?:有|为|是)?"
)
#: What may stand between a part's figure and the 占 of its share (``21家，约占``).
_SHARE_GAP = re.compile(r"\s*[，,]?\s*(约|大约|分别|仅|则|共|合计|均)*\s*")
#: The words of a ranking, an order or a copula, which a share's part written as a name
#: never holds (``以一般民众最多为…``, ``第三位为营建工程``, ``环境卫生再次之``, ``产值为新台币``,
#: ``从高到低分别是大气…``).
_RANK_FRAME = re.compile(
    r"^以|为|是|最|次之|其次|再次|第[一二三四五六七八九十\d]+|从高到低|从低到高|依次"
)
#: Why a list member's measure is its list's header (:func:`_list_header`).
_LIST_HEADER_NOTE = "indicator phrase taken from the header of the figure's list of places"
#: A ranking's frame alone (从高到低, 由高至低依次, 按件数多少排序): the order a list is read
#: in, no name of its members.
_ORDER_ONLY = re.compile(
    r"(?:按\w{1,6}?分[，,]?)?(?:[从由](?:高|低|多|少|大|小)[到至](?:低|高|少|多|小|大)|按\w{1,6}?排[序列名])?"
    r"(?:排[序列名])?(?:分别|依次|依序)?(?:[为是])?"
)
#: The words that open a ranked list's members (分别是, 依次为, a colon).
_MEMBERS_OPEN = re.compile(r"(?:分别|依次|依序)[为是]|[：:]")


def member_after_frame(phrase: str, text: str, cs: int, s: int) -> str | None:
    """The member a ranked list names its figure by, when the phrase found is the frame.

    ``按污染类型分，从高到低分别是大气130件，水88件``: the phrase before the list is the order
    it is read in (``从高到低``), no name; the figure's own words after the words that open
    the members (分别是, 依次为, a colon) name it (``大气``).  A petitions batch's part so
    named keeps its part (role33's convention (a)).

    Parameters
    ----------
    phrase : str
        The phrase found for the figure (either script).
    text : str
        The document's text.
    cs, s : int
        The clause's start and the figure's start.

    Returns
    -------
    str or None
        The member's words as written, or ``None`` when the phrase is no frame alone or
        no words of a name stand between the opener and the figure.

    Examples
    --------
    >>> t = "按污染类型分，从高到低分别是大气130件"
    >>> member_after_frame("从高到低", t, 7, t.index("130"))
    '大气'
    >>> t = "從高到低依次為：噪音污染49件"
    >>> member_after_frame("從高到低", t, 0, t.index("49"))
    '噪音污染'
    >>> member_after_frame("化学需氧量", "化学需氧量分别为12万吨", 0, 8) is None
    True
    """
    frame = to_simplified(phrase).strip()
    if not frame or not _ORDER_ONLY.fullmatch(frame):
        return None
    opened = list(_MEMBERS_OPEN.finditer(to_simplified(text[cs:s])))
    if not opened:
        return None
    words = text[cs + opened[-1].end() : s].strip(" ，,、")
    if not words or re.search(r"[\d%％()（），,；;]", words):
        return None
    return words


#: What a share's whole never holds: a percentage, a list mark, a bracket, a clause mark.
_NOT_IN_WHOLE = re.compile(r"[%％、【】\[\]()（），,；;。]")
_SHARE_OF_WHOLE_NOTE = (
    "indicator phrase names the share by its part, the figure before 占, and its whole"
)


def _share_number_at(text: str, s: int) -> int:
    """Where the number of a figure starting at ``s`` is, when its written form opens with
    the 占 of a share and the share's whole (``占总断面数的40%``, ``佔公共總開支的2.3%``:
    :data:`_SHARE_WRITTEN`); else ``s``.

    The parser reads a share's 占 and its whole into the figure's written form, so the
    share's words stand inside the figure, not before it.

    Examples
    --------
    >>> text = "Ⅲ类水质断面11个，占总断面数的40%"
    >>> _share_number_at(text, text.index("占")) == text.index("40")
    True
    >>> _share_number_at(text, text.index("11"))
    6
    """
    written = _SHARE_WRITTEN.match(to_simplified(text[s : s + 28]))
    if written is None or not written.group("whole"):
        return s
    return s + written.end() - 1


def _share_opens(text: str, cs: int, s: int) -> bool:
    """Whether the figure at ``s`` is a share after its part: its written form opens with the
    占 of a share (:data:`_SHARE_WRITTEN`: ``占总断面数的40%``, ``占18.8%``; not 占比, 占地) and
    its clause holds no words of its own before it (only 约, 仅 …: :data:`_SHARE_GAP`).

    Examples
    --------
    >>> text = "Ⅳ类水质断面9个，占18.8%"
    >>> _share_opens(text, text.index("占"), text.index("占"))
    True
    >>> _share_opens("其中工业占18.8%", 0, 4)
    False
    """
    return bool(
        _SHARE_WRITTEN.match(to_simplified(text[s : s + 28]))
        and _SHARE_GAP.fullmatch(to_simplified(text[cs:s]))
    )


def _share_alone(
    text: str,
    ss: int,
    cs: int,
    span: tuple[int, int],
    places: pd.DataFrame,
    dates: pd.DataFrame,
    figures: pd.DataFrame,
) -> str | None:
    """The name of a share written ``占x%`` right after its part's figure, without its whole:
    the part (:func:`_share_part`) and ``占比``, else ``None``.

    ``Ⅳ類水質斷面9個，占18.8%`` → ``Ⅳ類水質斷面占比``, ``大气环境问题101个，占28.0%`` →
    ``大气环境问题占比``: the whole is the set the text counts, left to the reader.  Not a
    share after a ``分别`` (``542种、386种，分别占…48.01%和56.27%``: the first share is the
    first part's), nor one whose 占 has words of its own before it in its clause, nor a figure
    (``span``: its start and end) that is no percentage (``占70个.8%``, a figure cut open).

    Examples
    --------
    >>> empty = pd.DataFrame({"start": [], "end": []})
    >>> text = "Ⅳ類水質斷面9個，占18.8%"
    >>> figs = pd.DataFrame({"start": [6, 9], "end": [8, 15]})
    >>> _share_alone(text, 0, 9, (9, 15), empty, empty, figs)
    'Ⅳ類水質斷面占比'
    """
    s, e = span
    written = _SHARE_WRITTEN.match(to_simplified(text[s : s + 28]))
    if written is None or written.group("whole") or not _share_opens(text, cs, s):
        return None
    if not text[s:e].rstrip().endswith(("%", "％")):
        return None  # 占70个.8% (a page's figure cut): a share is a percentage
    if "分" in to_simplified(text[max(0, s - 4) : s]):
        return None  # 分别占…: the shares of a list, one per part
    part = _share_part(text, ss, s, places, dates, figures)
    return None if part is None else part + text[s] + "比"


def _share_whole_written(text: str, s: int, e: int) -> str | None:
    """The whole of a share written inside the figure's own form, as written (either
    script), else ``None``.

    ``Ⅲ类水质断面11个，占总断面数的40%``, ``共划定禁采范围8.5077平方公里，占井田面积的18.2%``:
    the parser reads ``占总断面数的40%`` as the figure, so no words stand between the
    figure before and this one; the whole between 占 and 的 (two characters or more,
    :data:`_SHARE_WRITTEN`) is the share's phrase, which :func:`_share_of_whole` names by
    the part, the figure before the 占, with it (``Ⅲ类水质断面占总断面数``).

    Examples
    --------
    >>> text = "全省環保公共開支約20億元，佔公共總開支的2.3%"
    >>> _share_whole_written(text, text.index("佔"), len(text))
    '公共總開支'
    >>> _share_whole_written("其中工业占40%", 6, 9) is None
    True
    """
    at = _share_number_at(text, s)
    if at == s or at > e or "分" in to_simplified(text[max(0, s - 4) : s]):
        return None  # 542种、386种，分别占…48.01%和56.27%: the first share is the first part's
    written = _SHARE_WRITTEN.match(to_simplified(text[s : at + 1]))
    if written is None or len(written.group("whole").strip()) < 2:
        return None
    return text[s + written.start("whole") : s + written.end("whole")].strip()


def _share_part(
    text: str, ss: int, p: int, places: pd.DataFrame, dates: pd.DataFrame, figures: pd.DataFrame
) -> str | None:
    """The part of a share whose 占 is at ``p``: the words of the figure right before the 占
    (only a clause mark and 约, 仅, 分别 … between, :data:`_SHARE_GAP`), in its clause after
    its last place, date or figure (:func:`_tidied`), else ``None``.

    ``Ⅲ类水质断面11个，占…`` → ``Ⅲ类水质断面``; the member a ranking's frame names
    (``以一般民众最多为4,395件，占…`` → 一般民众: :data:`_RANKED_MEMBER`).  Not a part that is
    a measure's head alone, a place, a time or a fragment (``Ⅲ类8个，占…``: of what?), nor one
    that holds a copula's words (``产值为新台币``: :data:`_RANK_FRAME`), nor a part named in
    the share's own clause (``销量120万辆，电动车占…``).

    Examples
    --------
    >>> empty = pd.DataFrame({"start": [], "end": []})
    >>> text = "Ⅲ类水质断面11个，占40%"
    >>> figs = pd.DataFrame({"start": [6], "end": [9]})
    >>> _share_part(text, 0, text.index("占"), empty, empty, figs)
    'Ⅲ类水质断面'
    """
    before = figures[(figures["end"].to_numpy() <= p) & (figures["start"].to_numpy() >= ss)]
    if before.empty:
        return None
    last = int(before["end"].to_numpy().argmax())
    fs, fe = int(before["start"].iloc[last]), int(before["end"].iloc[last])
    if not _SHARE_GAP.fullmatch(to_simplified(text[fe:p])):
        return None  # 销量120万辆，电动车占…: the part is named in the share's own clause
    lo = _marks_before(
        fs, _clause_opening(text, ss, fs), places, dates, _figures_before(figures, fs)
    )
    part = _tidied(text, lo, fs) if fs > lo else ""
    raw = text[lo:fs].strip(" \t，,、")
    ranked = _RANKED_MEMBER.fullmatch(to_simplified(raw))
    if ranked is not None:  # 以一般民众最多为|4,395件: the member ranked, not the frame
        part = raw[ranked.start(ranked.lastgroup or 0) : ranked.end(ranked.lastgroup or 0)]
    if not 2 <= len(part) <= _BOUND_OBJECT_MAX or re.search(r"\d", part):
        return None
    if ranked is None and _RANK_FRAME.search(to_simplified(part)):
        return None  # 产值为新台币: a copula's frame, no member named
    if (
        names_no_object(part)
        or names_no_noun(part)
        or names_no_measure(part)
        or names_a_fragment(part)
    ):
        return None
    return part


def _share_of_whole(
    phrase: str,
    text: str,
    ss: int,
    cs: int,
    s: int,
    places: pd.DataFrame,
    dates: pd.DataFrame,
    figures: pd.DataFrame | None,
) -> tuple[str, list[str]] | None:
    """The name of a share written ``A<figure>，占B的x%`` (:data:`_SHARE_VERB`), with the
    note saying so; else ``None``.

    A share is named by its part and its whole: the phrase of the percentage starts after
    the last figure, so it names the whole alone (``占总断面数``) or, when the whole is
    counted, the whole's count word (``关停任务`` of ``占全年38家关停任务的``).  The part
    is what the figure right before the 占 is of (only a clause mark and 约, 分别 … between):
    the words before that figure in its clause, after its last place, date or figure
    (:func:`_tidied`) — ``Ⅲ类水质断面11个，占总断面数的40%`` → ``Ⅲ类水质断面占总断面数``.
    The name is the part and the whole as written, from the 占 to the phrase's end.  Not a
    part that is a measure's head alone, a place, a time or a fragment (``Ⅲ类8个，占…``:
    of what?) or that holds a copula's words (``产值为新台币``: :data:`_RANK_FRAME`) — the
    words of a ranking's frame name the member ranked, which is the part (``以一般民众最多
    为4,395件，占总陈情数之34.55%`` → 一般民众占总陈情数; ``再者为商业行为有``, ``第三位为营建
    工程有``, ``环境卫生再次之有``: :data:`_RANKED_MEMBER`) —, nor a 占 with words of its own
    before it in its clause (``电动车占新车销量``, ``其中满意占85%``: the phrase names its
    part), nor a
    whole holding a percentage, a list or a bracket (``占68.73%【满意4.09%…``), nor 所占,
    占比, 占地.

    Examples
    --------
    >>> empty = pd.DataFrame({"start": [], "end": []})
    >>> text = "Ⅲ类水质断面11个，占总断面数的40%"
    >>> figs = pd.DataFrame({"start": [6], "end": [9]})
    >>> _share_of_whole("总断面数", text, 0, 10, text.index("40"), empty, empty, figs)[0]
    'Ⅲ类水质断面占总断面数'
    """
    words = phrase.strip()
    s = _share_number_at(text, s)  # 占总断面数的40%: the 占 and the whole written in the figure
    verbs = list(_SHARE_VERB.finditer(to_simplified(text[cs:s])))
    if not verbs or not words or figures is None or figures.empty:
        return None
    p = cs + verbs[-1].start()
    at = text.rfind(words, p, s)
    if at < 0 or not _SHARE_GAP.fullmatch(to_simplified(text[_clause_opening(text, ss, p) : p])):
        return None  # 其中非常满意及满意占85%: the part is named before the 占, in its clause
    if _NOT_IN_WHOLE.search(text, p, at + len(words)):
        return None  # 占68.73%【非常满意…: a share, a list or a gloss between, no whole named
    part = _share_part(text, ss, p, places, dates, figures)
    if part is None:
        return None
    whole = text[p : at + len(words)].strip()
    return part + whole, [_SHARE_OF_WHOLE_NOTE]


#: A count closing a clause (``120件``, ``3,035件次``): the thing counted is written before it.
_COUNT_END = re.compile(r"\d[\d,.]*\s*[\u4e00-\u9fff]{1,2}$")
#: The copulas before the thing a clause ends with (主要噪声源是生活噪声源).
_COPULA = re.compile(r"是|为")
_SHARE_OF_NAMED_NOTE = "indicator phrase's object is the thing the clause before names"
_TOPIC_NOTE = "indicator phrase's object is the topic of the clause before"
#: The longest topic clause read (``異味稽查檢測``, ``农村生活污水治理方面``).
_TOPIC_MAX = 12
#: A topic's frame: a preposition before it (针对, 对, 关于, 就) and 方面 after it.
_TOPIC_FRAME = re.compile(r"^(针对|对于|至于|对|关于|就|在)?(.+?)(方面|工作)?(上|中)?$")


def _act_topic(
    phrase: str, text: str, ss: int, cs: int, unit: str | None, e: int | None
) -> str | None:
    """The topic (:func:`_clause_topic`) a count named by an act alone (:func:`names_an_act`,
    ``完成整改``, ``完成執行``) counts, else ``None``; only for a count in a measure word
    (its figure ending at ``e``) with no noun of its own after it (``完成轄內4家水泥廠…``:
    the noun after the count names it, :func:`_noun_at`)."""
    if unit is None or not _COUNTER.fullmatch(unit) or not names_an_act(phrase):
        return None
    if e is not None:
        close = CLAUSE.search(text, e)
        if _noun_at(text, e, close.start() if close else len(text), unit) is not None:
            return None
    return _clause_topic(text, ss, cs)


def _figure_end(figures: pd.DataFrame | None, s: int | None) -> int | None:
    """The end of the figure starting at ``s`` among ``figures``, else ``None``."""
    if s is None or figures is None or figures.empty or "end" not in figures.columns:
        return None
    ends = figures["end"].to_numpy()[figures["start"].to_numpy() == s]
    return int(ends[0]) if len(ends) else None


def _clause_topic(text: str, ss: int, cs: int) -> str | None:
    """The topic a sentence opens with, in a clause of its own before the figure's clause.

    ``異味稽查檢測，已完成執行7場次``, ``针对农村生活污水治理，已完成建设120处``: a clause
    that is a noun phrase alone (after a preposition 针对/对/关于, before 方面) names what
    the act of the next clause (:func:`names_an_act`) was done to.  The clause must be the
    one right before the figure's, in its sentence, hold no figure, no mark, no verb at its
    end and name a noun (:func:`names_no_noun`, :func:`names_no_measure`; not a time,
    ``截至目前``, a place, ``其中``, nor an act itself, ``督察发现``); else ``None``.

    Examples
    --------
    >>> text = "異味稽查檢測，已完成執行7場次。"
    >>> _clause_topic(text, 0, text.index("已"))
    '異味稽查檢測'
    >>> _clause_topic("截至目前，已完成整改25项。", 0, 5) is None
    True
    """
    if cs <= ss or text[cs - 1 : cs] not in ("，", ","):
        return None
    marks = [m.end() for m in CLAUSE.finditer(text, ss, cs - 1)]
    lo = marks[-1] if marks else ss
    words = text[lo : cs - 1].strip()
    if not 2 <= len(words) <= _TOPIC_MAX + 4 or not _HAN.fullmatch(words):
        return None  # a figure, a mark, a bracket or a Latin word: no topic alone
    frame = _TOPIC_FRAME.match(to_simplified(words))
    if frame is None:
        return None
    topic = words[frame.start(2) : frame.end(2)]
    if not 2 <= len(topic) <= _TOPIC_MAX or noun_chunk(topic) != topic:
        return None
    if names_no_noun(topic) or names_no_measure(topic) or names_an_act(topic):
        return None
    spans = segment(topic)
    if not spans or spans[-1][2] == "v" or any(t in ("p", "r", "t", "c") for _, _, t in spans):
        return None  # 督察发现, 其中, 目前: a clause of its own, no noun named
    return topic


#: A grade of pollution alone (轻度, 中度污染的): with a number of days, the days of that
#: grade (``良291天，轻度7天``: 轻度污染天数).
_POLLUTION_GRADE = re.compile(rf"({POLLUTION_GRADES})(污染)?(的)?(有|为|达)?")
_DAY_UNITS = frozenset({"天", "日"})
_GRADE_NOTE = "indicator phrase of a grade of pollution named as its days"
_NO_MEASURE_MARK = "(no measure named) "
#: Why a category's figure took the words of the total before it.
_BREAKDOWN_NOTE = "indicator phrase is a category of the total before it (breakdown)"
#: Why a category's share took the whole written with its share or the shares before it.
_SHARE_PART_NOTE = "indicator phrase is a category's share of the whole written before (breakdown)"
#: Why a category's figure took the measure of the member before it.
_SIBLING_NOTE = "indicator phrase is a category with the measure of the member before (breakdown)"
#: The note of a phrase of no noun (``names_no_noun``): a part (其中) of a whole may still
#: name it (``其中：城镇人口…``, ``(其中來電53件,來信115件)``).
_NO_NOUN_NOTE = "indicator phrase holds no noun"
_VERB_COUNTED_NOTE = "indicator phrase's object is the noun after the count"


def _verb_and_counted(
    phrase: str, why: list[str], text: str, e: int, ce: int, unit: str
) -> tuple[str, list[str]]:
    """A count named by a verb alone takes the noun written right after its measure word.

    ``共颁发407份危险废物经营许可证``: the phrase ``颁发`` (a verb, :func:`ends_with_verb`, or a
    verb of no measure, :func:`names_a_verb`: ``問責``, ``约谈``) says what was done, the
    noun after ``407份`` what was counted (:func:`noun_after`): the name is both,
    ``颁发危险废物经营许可证``, ``問責黨政領導干部``.  Only for a count in a measure word
    (``unit`` 份, 名, 家 …); the note says where the object was read.  Else the phrase and
    its notes unchanged."""
    bare = phrase.removeprefix(_NO_MEASURE_MARK)
    if not _COUNTER.fullmatch(unit) or unit == "count" or phrase.startswith("(fragment)"):
        return phrase, why
    if not (ends_with_verb(bare) or names_a_verb(bare)):
        return phrase, why
    end = noun_after(text, e, ce)
    if end == e:
        return phrase, why
    kept = [w for w in why if w not in ("indicator phrase names no measure", _NO_NOUN_NOTE)]
    return bare + text[e:end], [*kept, _VERB_COUNTED_NOTE]


_NO_NOUN_COUNTED_NOTE = "indicator phrase's object is the noun after the count"


def _note_counted_after(
    phrase: str, why: list[str], text: str, cs: int, s: int, e: int, ce: int
) -> list[str]:
    """The notes of a phrase read from the words after its count, saying so.

    A count after a list's examples (``石工水泥有限责任公司等4家企业``: 企业, named by
    :func:`_counted_after_examples` inside :func:`noun_phrase`) is named by the noun after
    its measure word, as the rules of :func:`_noun_after_no_noun` name others: the note says
    where the name was read whichever rule read it.  Notes unchanged where the phrase is
    written before the figure in its clause, or not right after it.
    """
    if _NO_NOUN_COUNTED_NOTE in why or len(phrase) < 2 or phrase.startswith(("(", "（")):
        return why
    if phrase in text[cs:s] or phrase not in text[e : min(ce, e + _NEAR + len(phrase))]:
        return why
    return [*why, _NO_NOUN_COUNTED_NOTE]


#: The most characters between a count's phrase and its figure (排查出|的19家).
_NEAR = 24
#: A relative clause after a count, ending in 的 before the noun counted
#: (``19家|与晋祠泉域重点保护范围重叠的|煤矿``): no mark, no figure, at most 24 characters.
_RELATIVE_AFTER = re.compile(r"[^\d，,。；;、：:（()）\s]{1,24}?的")
#: Words of a passive or a disposal that follow the things counted (企业|被列入, 问题|已).
_PASSIVE = frozenset({"被", "把", "将", "已", "均", "都"})
#: Marks (or the text's end) after which a noun read up to them ends its clause.
_NOUN_CLOSE = re.compile(r"$|[，,。；;、：:（(）)\s]")


def _set_counted(
    text: str,
    s: int,
    e: int,
    ce: int,
    unit: str,
    phrase: str,
    figures: pd.DataFrame | None,
    stops: Any = (),
) -> str | None:
    """The noun a count counts, written right after it, when the phrase found for the count
    names something else, else ``None``.

    A count is the size of the set it counts, named by the noun after its measure word:

    * a list of the set's members written right before it (``金屬制品、…、紡織服裝服飾5個行業
      佔到…44.14%``): the count counts 行業, no member and not the list — the noun after it
      (:func:`_noun_after_count`) is its phrase;
    * words after it that run on into the measure of a later figure of its clause (``62个湖泊
      年末蓄水总量比年初增加47.5亿m3``, ``214个城市一般工业固体废物产生量达14.8亿吨``, ``7个泳池
      的样本合格率更达100%``): the storage, the amount and the rate are the later figure's;
      the count counts the noun a count is named by
      (:func:`~envindicators.extract._counts.counted_noun`: 泳池, 地级及以上城市), cut to the
      nouns that open it when it ends in a measure's noun or holds a time word (湖泊|年末蓄水,
      城市|…产生量, 大型水库: the leading run of nouns and distinguishing words, to its last
      noun), when the words after it hold a measure's noun
      (:data:`~envindicators.extract._phrases.MEASURE_END`) before that figure.

    Such a count is context (the size of the set a later figure is of): the caller reads it
    as a count of places is read.

    Parameters
    ----------
    text : str
        The report.
    s, e, ce : int
        The count's start and end, its clause's end.
    unit : str
        The count's unit (a measure word).
    phrase : str
        The phrase found for it (:func:`noun_phrase`).
    figures : pandas.DataFrame or None
        The figures of the text (``start``).
    stops : array-like of int, optional
        Where registry forms start (a counted noun ends before one: 地级及以上城市|细颗粒物).

    Returns
    -------
    str or None
        The counted noun as written.
    """
    if not is_count_unit(unit) or not phrase or figures is None:
        return None
    if "、" in phrase and text[:s].rstrip().endswith(phrase):  # 甲、乙、丙|5個行業
        found = _noun_after_count(text, e, ce, unit)
        if found is None or found[1] or not _all_nouns(found[0]):
            return None  # (兩組|實地考核, 三鄉市|成立專案小組, 三項|總計: no noun counted)
        return found[0]
    after = text[e:ce]
    start = len(after) - len(after.lstrip())
    if not after.startswith(phrase, start):
        return None
    fs = figures["start"].to_numpy()
    later = fs[(fs >= e + start + len(phrase)) & (fs < ce)]
    if not len(later):
        return None
    from envindicators.extract._counts import counted_noun  # (imports this module)

    noun = counted_noun(text, e + start, ce, stops, unit)  # what a count is named by
    if not noun or not phrase.startswith(noun):
        return None
    words = segment(to_simplified(noun))
    if names_a_measure(noun) or any(tag == "t" for _, _, tag in words):
        lead = 0  # 湖泊|年末蓄水, 城市|一般工业固体废物产生量: the nouns opening it
        for _lo, hi, tag in words:
            if tag not in _NOUN_TAGS and tag != "b":  # (大型|水库: a distinguishing word)
                break
            lead = hi if tag in _NOUN_TAGS else lead
        noun = noun[:lead]
    rest = to_simplified(text[e + start + len(noun) : int(later.min())])
    if len(noun) < 2 or noun == phrase:
        return None
    if not any(MEASURE_END.search(rest[:k]) for k in range(2, len(rest) + 1)):
        return None
    return noun


def _all_nouns(words: str) -> bool:
    """Whether ``words`` are nouns and distinguishing words only (中央企业, 行业; not 实地考核,
    成立专案小组, 总计), of two characters or more."""
    spans = segment(to_simplified(words))
    return (
        len(words) >= 2
        and "、" not in words
        and not to_simplified(words).startswith(("总计", "合计", "共计", "累计"))
        and all(tag in _NOUN_TAGS or tag == "b" for _, _, tag in spans)
    )


def _noun_after_count(text: str, e: int, ce: int, unit: str) -> tuple[str, bool] | None:
    """The noun a count names after its measure word, and whether a relative clause stands
    between them, else ``None``.

    The noun is the one written right after the measure word (:func:`_noun_at`), else the
    noun after a relative clause ending in 的 (``19家与晋祠泉域重点保护范围重叠的煤矿`` →
    煤矿, ``True``); words before 的 holding no verb are the noun itself, owning what
    follows (``137座加油站的管理`` → 加油站)."""
    noun = _noun_at(text, e, ce, unit)
    if noun is not None:
        return noun, False
    relative = _RELATIVE_AFTER.match(text, e, ce)
    if relative is None:
        return None
    owner = text[e : relative.end() - 1]
    if not any(tag == "v" for _, _, tag in segment(owner)):  # 137座加油站|的管理: no clause,
        return (owner, False) if _a_counted_noun(owner) else None  # the noun owns what follows
    noun = _noun_at(text, relative.end(), ce, unit)
    return (noun, True) if noun is not None else None


def _noun_at(text: str, lo: int, ce: int, unit: str) -> str | None:
    """The noun written at ``lo``: by the segmenter (:func:`noun_after`), else the words
    :func:`~envindicators.extract._counts.counted_noun` reads as the noun when a mark, a
    verb, an adverb or a passive's 被 follows them (``农村污水处理站。``, whose 站 jieba
    reads as a verb; ``煤矿|开展``; ``企业|被列入``), else ``None``."""
    from envindicators.extract._counts import NOUN_MAX, counted_noun  # imports this module

    end = noun_after(text, lo, ce)
    if end > lo:
        return _clipped(text, lo, end, ce, unit)
    noun = counted_noun(text, lo, ce, (), unit)
    if noun is None or not text.startswith(noun, lo) or len(noun) >= NOUN_MAX:
        return None  # …项目建|设: cut at the longest noun, no end of its own
    words = segment(noun)
    inner = [a for k, (a, _, tag) in enumerate(words) if tag == "v" and 0 < k < len(words) - 1]
    if inner and words[-1][2] == "v":  # 煤矿|实施分类处置: words ending in a verb after a
        noun = noun[: inner[0]]  # verb inside are a predicate (not 污水治理项目, 处理站)
        return noun if len(noun) >= 2 else None
    rest = text[lo + len(noun) : ce]
    if rest[:1] in ("、", "和", "及", "与", "與"):
        return None  # 343万棵树木|、灌木和…: the count is of the whole list
    after = segment(rest[:8]) if rest else []
    if not rest or _NOUN_CLOSE.match(rest) or (after and after[0][2] in ("v", "d")):
        return noun
    if to_simplified(rest[:1]) in _PASSIVE:  # 企业|被列入: a passive's subject
        return noun
    return None


def _act_of_actor(bare: str, words: list[tuple[int, int, str]]) -> str | None:
    """The act of a clause told of an actor (``環保局去年底列管``: ``列管``), else ``None``.

    ``bare`` is the words before a count and ``words`` their segments (:func:`segment`): its
    last word is a verb or a verbal noun (列管, 查处, 关停), the words before it only an
    organisation (:func:`names_no_noun`: 環保局, 环保署), times (去年底, 今年) and adverbs
    (共, 已) — the agency that acted and when, which name nothing counted.  A noun before
    the verb (``企业关停``: the firms), a verb alone (handled as one) or no actor leave
    ``None``.

    Examples
    --------
    >>> _act_of_actor("環保局去年底列管", segment("環保局去年底列管"))
    '列管'
    >>> _act_of_actor("企业关停", segment("企业关停")) is None
    True
    """
    if len(words) < 2 or words[-1][2] not in ("v", "vn"):
        return None
    a = words[-1][0]
    k = len(words) - 1
    while k > 0 and words[k - 1][2] in ("t", "d"):
        k -= 1  # times and adverbs between the actor and the act
    actor = bare[: words[k][0]] if k < len(words) else ""
    if not actor or not names_no_noun(actor) or _HAN.fullmatch(bare[a:]) is None:
        return None
    return bare[a:]


#: A network's noun opening a measure (断面|超标率: over the sections, of what?).
_NETWORK_HEAD = re.compile(f"^({NETWORK_NOUNS})")
#: The marks ending a clause inside a sentence.
_CLAUSE_MARKS = "，,；;"
#: How far back the list of a bare measure's objects is read (characters).
_OBJECTS_MAX = 60
#: A thing's name in a list (Chinese, Latin letters, digits of a formula: 化學需氧量, PM2.5).
_OBJECT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9.₀-₉]{0,11}")
#: How many characters a word cut from inside a phrase's words may take (共, 累计, 总计).
_CUT_INSIDE = 3


def _written_end(text: str, words: str, e: int) -> int | None:
    """Where ``words``, read before the figure ending at ``e``, end in ``text``, else ``None``.

    The words are looked for whole near the figure; a phrase from which a lead word was cut
    inside (``治安警察局共接获`` → ``治安警察局接获``: the tally's 共, :data:`_TRIM_HEAD`'s) is
    found by its two parts, the second written after the first with at most
    :data:`_CUT_INSIDE` characters between them.

    Examples
    --------
    >>> t = "2004年治安警察局共接获2,695宗噪音投诉个案"
    >>> _written_end(t, "治安警察局接获", t.index("宗") + 1) == t.index("2,695")
    True
    >>> _written_end(t, "警察局查处", t.index("宗") + 1) is None
    True
    """
    lo = max(0, e - len(words) - _NEAR)
    at = text.rfind(words, lo, e)
    if at >= 0:
        return at + len(words)
    for k in range(2, len(words) - 1):  # the longest tail written, after a head of two or more
        tail = text.rfind(words[k:], lo, e)
        if tail < 0:
            continue
        head = text.rfind(words[:k], max(lo, tail - k - _CUT_INSIDE), tail)
        if head >= 0 and head + k < tail:
            return tail + len(words) - k
        return None
    return None


def _noun_after_no_noun(
    phrase: str, why: list[str], text: str, e: int, ce: int, unit: str
) -> tuple[str, list[str]]:
    """A count whose words before it name no noun, or a verb alone, is named by the noun
    after its measure word.

    ``全市新建3座农村污水处理站`` (jieba reads 新建 as a place), ``对排查出的19家与晋祠泉域
    重点保护范围重叠的煤矿``, ``关停3家不达标的企业``: the phrase before the figure names no
    noun (:func:`names_no_noun`) or is a verb alone (:func:`ends_with_verb`,
    :func:`names_a_verb`, or one verbal noun alone: ``輔導|15件噪音陳情案件``, ``設置|9處農廢
    集中場``) and the noun the count counts follows its measure word, at
    once or after a relative clause ending in 的 (:func:`_noun_after_count`).  A verb
    before the count is joined to the noun (关停企业), as :func:`_verb_and_counted` does,
    unless it ends a relative clause itself (``排查出的|19家``: 煤矿); a phrase of no noun
    gives way to the noun (农村污水处理站).  The note says where the object was read.
    Else (no noun after the count, a count's name found already) the phrase and its notes
    unchanged."""
    if unit not in COUNTER_SPELLINGS or _VERB_COUNTED_NOTE in why:
        return phrase, why  # 百萬公噸: an amount, no count of things
    if phrase.startswith("(fragment)"):
        return phrase, why
    bare = phrase.removeprefix(_NO_MEASURE_MARK).strip()
    end = _written_end(text, bare, e)
    if end is None:
        return phrase, why  # the words after the figure (13项基本完成整改): no words before
    relative = "的" in text[end:e]  # 排查出的|19家
    words = segment(bare)
    verb = ends_with_verb(bare) or names_a_verb(bare)
    if len(words) == 1 and words[0][2] == "vn" and words[0][1] - words[0][0] == len(bare):
        verb = True  # 輔導|15件噪音陳情案件: a verbal noun alone is the act, no thing counted
    if relative and words and words[-1][2] == "v":
        verb = True  # a relative clause's verb (排查|出的): the noun alone names the count
    act = None if verb or relative else _act_of_actor(bare, words)
    if act is not None:  # 環保局去年底列管|106處非法棄置場址: the act, not the agency
        bare, verb = act, True
    if not (verb or _NO_NOUN_NOTE in why):
        return phrase, why
    found = _noun_after_count(text, e, ce, unit)
    if found is None:
        return phrase, why
    noun = found[0]
    if len(noun) < 2 or names_no_noun(noun) or names_no_measure(noun) or names_an_act(noun):
        return phrase, why
    if verb and not (relative or found[1] or _NO_NOUN_NOTE in why):
        noun = bare + noun  # 关停|企业: the act and what it was done to
    kept = [w for w in why if w not in ("indicator phrase names no measure", _NO_NOUN_NOTE)]
    return noun, [*kept, _NO_NOUN_COUNTED_NOTE]


#: The measure words of a count of persons (163人, 768名).
_PERSON_UNITS = frozenset({"人", "名"})
_PERSONS_NOTE = "indicator phrase of a count of persons named by what was done to them"
#: Verbs of what is done to persons or befalls them, which jieba tags otherwise (问责 n,
#: 处分 n): with :func:`names_a_verb`'s and jieba's verbs, a count of persons after one
#: counts the persons (约谈171人, 问责102人, 处分3人, 死亡163人).
_PERSON_VERB = re.compile(r"(问责|追责|处分|处理|约谈|拘留|逮捕|起诉|判刑|死亡|受伤|遇难|失踪)$")


def _persons_counted(
    phrase: str, why: list[str], unit: str, text: str = "", ss: int = 0, s: int = 0
) -> tuple[str, list[str]]:
    """A count of persons named by a verb alone is the number of persons it was done to.

    ``约谈171人，问责102人``, ``对相关责任人处分3人``, ``事故147起，死亡163人``: the phrase
    before ``N人`` (``N名``) is what was done to the persons (or befell them) and no noun is
    written after the count (:func:`_verb_and_counted` found none): the name is the verb
    with ``人数`` (``約談人數`` in the traditional script), which names the measure, and the
    flag of a phrase naming no measure is lifted.  A verb of what befell persons (死亡,
    受伤, 遇难) after a count of the events that befell them, earlier in the sentence
    (``ss`` to the figure's start ``s``), names those events too (:func:`_events_befallen`:
    ``全省发生各类生产安全事故5855起，…；死亡1069人`` → 生产安全事故死亡人数).  A phrase that
    is not a verb alone (a place, a time, ``依次``) is left as it was.  Else the phrase and
    its notes unchanged."""
    if to_simplified(unit) not in _PERSON_UNITS or phrase.startswith("(fragment)"):
        return phrase, why
    if _VERB_COUNTED_NOTE in why:
        return phrase, why  # 问责18199名党政领导干部: the noun after the count names it
    bare = phrase.removeprefix(_NO_MEASURE_MARK).strip()
    simple = to_simplified(bare)
    if not (names_a_verb(simple) or ends_with_verb(bare) or _PERSON_VERB.search(simple)):
        return phrase, why
    if _HAN.fullmatch(simple) is None or simple.endswith(("人", "人数", "人员")):
        return phrase, why
    kept = [w for w in why if w not in ("indicator phrase names no measure", _NO_NOUN_NOTE)]
    persons = "人數" if to_simplified(bare) != bare else "人数"
    events = _events_befallen(text, ss, s) if _BEFALLEN.fullmatch(simple) else None
    if events is not None:  # 发生生产安全事故132起、死亡103人: those events' deaths
        return events + bare + persons, [*kept, _PERSONS_NOTE, _EVENTS_NOTE]
    return bare + persons, [*kept, _PERSONS_NOTE]


#: What befalls persons in an event (死亡, 受伤 …), simplified: a count of them after a
#: count of events counts the persons those events befell.
_BEFALLEN = re.compile(r"死亡|受伤|重伤|轻伤|遇难|失踪|伤亡")
#: A count of events after 发生 (``全年共发生各类生产安全事故5855起``): the events' words
#: (Chinese only, at most 16 characters), read in simplified script.
_EVENTS_COUNTED = re.compile(r"发生(?P<events>[\u4e00-\u9fff]{2,16}?)\s*[\d,.]+\s*起")
#: Words opening the events' name that only say how many kinds or which (各类, 各种, 共).
_EVENTS_HEAD = re.compile(r"^(共|累计|各类|各种|各项|一般|较大|重大|特大)+")
#: Words before 发生 that name no field of the events: the whole, a time, a tally word.
_EVENTS_WHOLE = r"^(其中|全年|全市|全省|全县|全区|全国|共|累计|一共|，|,)+$"
#: How far back a count of events is read before a count of persons (characters).
_EVENTS_BACK = 80
_EVENTS_NOTE = "indicator phrase's events taken from a count of them earlier in its sentence"


#: A count's words that end in what a petition's verification found (经查|不属实, 群众举报|
#: 属实, 基本属实), read in simplified script: ``rest`` the words before the finding.
_FINDING_END = re.compile(
    rf"(?P<rest>[^\d，,。；;]{{0,10}}?)(?P<finding>{'|'.join(PETITION_FINDINGS)})$"
)
#: Words before a finding that only say how it was found or of what (经查, 查证, 核查, 经调查
#: 举报情况, 其中, 群众举报, 信访件中): no other thing (案件中 — a case is no petition — nor a
#: place, a batch, a topic).
_FINDING_LEAD = re.compile(
    r"(其中|经|核|查|证|实|调查|群众|举报|信访|投诉|件|情况|中|的|已办结|办结|\s)*"
)
#: How far before a figure's sentence the petitions' head is looked for (characters).
_FINDING_BACK = 160
_FINDING_NOTE = "indicator phrase of a count of petitions named by what their verification found"


def _petitions_found(
    phrase: str, why: list[str], unit: str, text: str, ss: int, s: int
) -> tuple[str, list[str]]:
    """A count of petitions named by what their verification found is named with them.

    ``已办结的1661件信访件中，经查属实1263件，不属实398件``, ``群眾舉報屬實23件，基本屬實10件，
    部分屬實92件，不屬實8件``: a count in 件 whose words are a finding
    (:data:`~envindicators.extract._actions.PETITION_FINDINGS`) after words that only say
    how it was found (经查, 核查, 群众举报: :data:`_FINDING_LEAD`) counts the petitions so
    found — their head (信访件, 举报, 信访举报件: :func:`_petition_head`) is the last written
    before the figure in its sentence, else in the text before it (at most
    :data:`_FINDING_BACK` characters, in its paragraph), a head counted in 件 (信访件) over a
    bare 举报 — and is named ``<finding><head>`` as a finding written before its petitions
    is (``不属实信访件``, ``屬實舉報件``; the script of the text), flagged as proposed names are.
    A finding with no petition before it (``案件中属实39件``: cases), or after other words,
    leaves the phrase and its notes unchanged.

    Examples
    --------
    >>> t = "已办结的1661件信访件中，经查属实1263件，不属实398件。"
    >>> _petitions_found("(no measure named) 不属实", [], "件", t, 0, t.index("398"))[0]
    '不属实信访件'
    >>> _petitions_found("经查属实", [], "件", t, 0, t.index("1263"))[0]
    '属实信访件'
    >>> _petitions_found("经查属实", [], "家", t, 0, t.index("1263"))[0]
    '经查属实'
    """
    if to_simplified(unit) != "件" or phrase.startswith("(fragment)"):
        return phrase, why
    bare = phrase.removeprefix(_NO_MEASURE_MARK).strip()
    found = _FINDING_END.fullmatch(to_simplified(bare))
    if found is None or not _FINDING_LEAD.fullmatch(found.group("rest")):
        return phrase, why
    lo = max(0, ss - _FINDING_BACK, text.rfind("\n", 0, ss) + 1)
    head = _petition_head(text, ss, s) or _petition_head(text, lo, ss)
    if head is None:
        return phrase, why
    counted = [h for h in _PETITION_HEAD.findall(to_simplified(text[lo:s])) if h.endswith("件")]
    if not head.endswith("件") and counted:  # 信訪件調查結果…：群眾舉報|屬實23件: 信訪件
        at = to_simplified(text).rfind(counted[-1], lo, s)
        head = text[at : at + len(counted[-1])]
    finding = bare[found.start("finding") :]
    kept = [w for w in why if w not in ("indicator phrase names no measure", _NO_NOUN_NOTE)]
    return finding + head, [*kept, _FINDING_NOTE]


#: A phrase that is only the word of the rest of a whole (其余, 剩余, 其他, 其它, 余下).
_REST_ONLY = re.compile(f"({REST_WORDS})")
_REST_NOTE = "indicator phrase of the rest of a whole named with what the whole counts"


#: The longest thing read after a count for :func:`_rest_of_whole` (characters).
_REST_THING_MAX = 8
#: jieba's tags of a thing read after a count (a noun, ``_segment._NOUN_TAGS``, or a verbal
#: noun) and of a verb that may open it (``整改|任务``, ``泳|灘``).
_THING_TAGS = _NOUN_TAGS | {"vn"}
_VERB_OPENING_TAGS = frozenset({"v", "vg", "vn"})


def _thing_after(text: str, at: int, ce: int) -> str | None:
    """The thing named right after a count's measure word (at ``at``), as written: a verb at
    most, then the nouns that follow it, up to the first word of another part of speech
    (``整改任务|正在推进`` → 整改任务, ``问题|验收销号`` → 问题, ``泳灘|則為`` → 泳灘), at
    most :data:`_REST_THING_MAX` characters; ``None`` when no noun opens what follows
    (``亦已於…``, ``正在…``, a mark)."""
    lo = at + len(text[at:ce]) - len(text[at:ce].lstrip())
    words = segment(text[lo : min(ce, lo + _REST_THING_MAX + 4)])
    end = 0
    for k, (_, b, tag) in enumerate(words):
        if tag in _THING_TAGS:
            end = b
        elif k == 0 and tag in _VERB_OPENING_TAGS:
            continue
        else:
            break
    thing = text[lo : lo + end]
    return thing if 2 <= len(thing) <= _REST_THING_MAX else None


def _rest_of_whole(
    phrase: str,
    why: list[str],
    unit: str,
    text: str,
    ss: int,
    s: int,
    e: int,
    ce: int,
) -> tuple[str, list[str]]:
    """A count of the rest of a whole (``其余39项``, ``剩余9項``, ``其餘15個``) is named with
    what the whole counts.

    A phrase that is only a word of the rest (:data:`~envindicators.extract._aggregates.
    REST_WORDS`: 其余, 剩余, 其他, 其它, 余下) names no measure: the rest of what?  The thing
    is the noun written right after the count's measure word (``其余39项整改任务正积极推进``
    → 其余整改任务: :func:`_thing_after`), else the noun an earlier count of its
    sentence in the same measure word names after its figure — the whole or the part done
    the rest is set against (``66项整改任务已完成37项，其余29项`` → 其余整改任务;
    ``27個泳灘被評為「良好」，其餘15個`` → 其餘泳灘).  The name is ``<rest word><noun>``, as
    written, with a note.  Without such a noun (``其他18件`` closing a list of categories,
    ``剩余18個正在抓緊落實``) the phrase and its notes are unchanged: no measure named.

    Examples
    --------
    >>> t = "我省66项整改任务已完成37项，其余29项正加快推进。"
    >>> _rest_of_whole("(no measure named) 其余", [], "项", t, 0, 18, 21, 26)[0]
    '其余整改任务'
    >>> _rest_of_whole("(no measure named) 其余", [], "家", t, 0, 18, 21, 26)[0]
    '(no measure named) 其余'
    """
    bare = phrase.removeprefix(_NO_MEASURE_MARK).strip()
    if not _REST_ONLY.fullmatch(to_simplified(bare)) or unit not in COUNTER_SPELLINGS:
        return phrase, why
    noun = _thing_after(text, e, ce)
    if noun is None:  # the counts as written before it (a statement's take no row)
        counts = re.compile(rf"\d[\d,.]*\s*{re.escape(to_simplified(unit))}")
        for m in counts.finditer(to_simplified(text), ss, s):
            noun = _thing_after(text, m.end(), s)
            if noun is not None:
                break
    if noun is None:
        return phrase, why
    kept = [w for w in why if w not in ("indicator phrase names no measure", _NO_NOUN_NOTE)]
    return bare + noun, [*kept, _REST_NOTE]


_SET_PART_NOTE = "indicator phrase names the part of the set written before it (N个X中) by its act"
#: The set a count's part is taken from, written right before it (simplified, ``search`` at
#: the end of the words before the part's figure): ``876个…断面点位中,`` (``有``, ``只有``,
#: ``其中`` allowed before the part's figure); the measure word is the part's.  A bracket
#: opening the words or ``其中`` (``19件(其中8件``: a part of the count, no set) is none.
_SET_BEFORE = (
    r"\d[\d,.]*\s*{unit}(?P<set>[^，,。；;：:、\d(（][^，,。；;：:、\d]{{1,39}}?)(?<!其)中\s*[，,]?\s*"
    r"(?:其中)?(?:只有|仅有|有)?\s*$"
)
#: The most characters of the act written after a part's figure that may name the part.
_SET_ACT_REACH = 16


def _part_of_set(
    phrase: str, why: list[str], unit: str, text: str, ss: int, s: int, e: int, ce: int
) -> tuple[str, list[str]]:
    """A count of the part of a set that did an act, named by the set and the act.

    ``876个…在用集中式生活饮用水水源断面点位中,825个全年均达标``: the figure's words are an
    act alone (``达标``: no noun, marked ``(no measure named)``), and the things counted are
    the set's, written right before the figure as ``<count><measure word><set>中``
    (:data:`_SET_BEFORE`, in the figure's measure word ``unit``).  The name is the set and
    the act as the text writes it after the figure, to its clause's end when that holds the
    phrase's words (``全年均达标``): ``…水源断面点位全年均达标`` (the part, convention (a)).
    The name is proposed, never a registry row's (the set's own measure, ``考核断面``, is
    not its part's).  A phrase with a noun of its own, a set in another measure word, or a
    set not written right before the figure (``…中,187个达到要求,60个未达到``: 60's act
    follows another part) is left.

    Examples
    --------
    >>> t = "876个地级城市水源断面点位中,825个全年均达标,占94.2%"
    >>> s, why = t.index("825"), [_NO_NOUN_NOTE]
    >>> _part_of_set("(no measure named) 达标", why, "个", t, 0, s, s + 4, t.index(",占"))[0]
    '地级城市水源断面点位全年均达标'
    >>> _part_of_set("(no measure named) 达标", why, "家", t, 0, s, s + 4, t.index(",占"))[0]
    '(no measure named) 达标'
    """
    if not phrase.startswith(_NO_MEASURE_MARK) or _NO_NOUN_NOTE not in why:
        return phrase, why
    bare = phrase.removeprefix(_NO_MEASURE_MARK).strip()
    written = _PINYIN_GLOSS.sub("", text[ss:s])  # 830個(gè): the words, unglossed
    pattern = _SET_BEFORE.format(unit=re.escape(to_simplified(unit)))
    m = re.search(pattern, to_simplified(written))
    if m is None or not bare:
        return phrase, why
    counted = written[m.start("set") : m.end("set")].strip()
    after = _PINYIN_GLOSS.sub("", text[e:ce]).strip()
    act = after if bare in after and len(after) <= _SET_ACT_REACH else bare
    kept = [w for w in why if w != _NO_NOUN_NOTE]
    return counted + act, [*kept, _SET_PART_NOTE]


_RULE_CASES_NOTE = "indicator phrase names the cases of the set before it by the rule broken"
#: A rule broken named alone (simplified, ``fullmatch``): 违反 or 触犯 and the rule's name —
#: a title in 《》 or a name ending in 条例, 规例, 规定 or 法 — with nothing after it.
_RULE_BROKEN = re.compile(
    r"(?:违反|触犯)(?:《[^《》]{2,30}》|[\u4e00-\u9fff]{2,16}?(?:条例|规例|规定|法))"
)
#: The set of cases an enforcement report counts (simplified): ``被法庭定罪的个案``,
#: ``被检控的个案``, ``定罪个案``, ``被起诉的案件``.
_CASES_SET = re.compile(r"(?:被(?:法庭)?)?(?:定罪|检控|起诉|判罪)的?(?:个案|案件)")
#: The measure words that count cases.
_CASE_UNITS = frozenset({"宗", "件", "起"})
#: How far before the figure the set of cases is looked for (the report's lead paragraph).
_RULE_CASES_REACH = 600


def _cases_of_rule(
    phrase: str, why: list[str], unit: str, text: str, s: int
) -> tuple[str, list[str]]:
    """A count of cases named by the rule broken alone takes the set of cases it is part of.

    An enforcement report counts its cases by the rule broken (``在被定罪的個案中,違反《空氣
    污染管制條例》的有14宗``, ``其中26宗違反《空氣污染管制條例》``): the phrase left is the
    rule (:data:`_RULE_BROKEN`), which names no measure — the figure counts the cases, a part of
    the set the report names before it (:data:`_CASES_SET`: 被法庭定罪的個案, 被檢控的個案).
    The name is the rule with the nearest such set written before the figure, within
    :data:`_RULE_CASES_REACH` characters, in the text's script
    (``違反《空氣污染管制條例》被定罪的個案``); the part is proposed, never the set's registry
    row.  A count in no measure word of cases (a fine in 元), a phrase with a noun of its own
    after the rule (``違反《噪音管制條例》的個案``) or no set written before is left.

    Examples
    --------
    >>> t = "被法庭定罪的個案共有51宗。在被定罪的個案中,違反《空氣污染管制條例》的有14宗"
    >>> _cases_of_rule("違反《空氣污染管制條例》", [], "宗", t, t.index("14"))[0]
    '違反《空氣污染管制條例》被定罪的個案'
    >>> _cases_of_rule("違反《空氣污染管制條例》", [], "元", t, t.index("14"))[0]
    '違反《空氣污染管制條例》'
    >>> _cases_of_rule("違反《噪音管制條例》的個案", [], "宗", t, t.index("14"))[0]
    '違反《噪音管制條例》的個案'
    """
    if unit not in _CASE_UNITS:
        return phrase, why
    rule = phrase.strip()
    if _RULE_BROKEN.fullmatch(to_simplified(rule)) is None:
        return phrase, why
    lo = max(0, s - _RULE_CASES_REACH)
    sets = list(_CASES_SET.finditer(to_simplified(text[lo:s])))
    if not sets:
        return phrase, why
    found = sets[-1]
    return rule + text[lo + found.start() : lo + found.end()], [*why, _RULE_CASES_NOTE]


_ONE_CHARACTER_NOTE = "indicator phrase is one character: a name cut at a list's mark"
_POPULATION_NOTE = "indicator phrase is the set of places the count counts, written after it"


def one_character(phrase: str, why: list[str], text: str, e: int, ce: int) -> tuple[str, list[str]]:
    """A phrase of one character is a name cut, never a name: the population written after
    its count, else marked a fragment.

    A cut at a list's mark leaves one character of a name (``214个大、中城市`` → 大, ``三大
    類別`` → 別, ``13個區、縣(市)`` → 區).  When the words after the count's measure word
    open with a population — a list of sizes or a threshold before 城市, 企业 …
    (:func:`~envindicators.extract._phrases.population_at`: ``大、中城市``) — that set is
    the phrase (what the count counts); else the phrase is marked ``(fragment)`` with a
    note, and no registry name is looked for.  Phrases of two characters or more, those
    marked already and a division's level word (``13個市(區)``: 市, the divisions counted:
    :data:`~envindicators.extract._phrases._DIVISION_END`) are unchanged.

    Examples
    --------
    >>> t = "2016年,214个大、中城市一般工业固体废物产生量达14.8亿吨"
    >>> one_character("大", [], t, t.index("个") + 1, len(t))[0]
    '大、中城市'
    >>> t = "在棄置的都市固體廢物三大類別中"
    >>> one_character("別", [], t, t.index("類"), len(t))[0]
    '(fragment) 別'
    """
    if phrase.startswith("(") or len(phrase.strip()) != 1:
        return phrase, why
    if phrase.strip() in _DIVISION_END or to_simplified(phrase.strip()) in _DIVISION_END:
        return phrase, why  # 13個市(區): the division counted, named by its level word
    after = text[e:ce].lstrip()
    population = population_at(after) if after.startswith(phrase.strip()) else None
    if population is not None:
        return population, [*why, _POPULATION_NOTE]
    return f"(fragment) {phrase.strip()}", [*why, _ONE_CHARACTER_NOTE]


def _events_counted(phrase: str, unit: str, text: str, ss: int, e: int) -> str:
    """The name of a count of events in 起 whose phrase holds the verb 发生 (发生).

    ``全年共发生道路交通事故6起`` (phrase ``发生道路交通事故``), ``道路运输领域共发生事故76起``
    (``道路运输领域共发生事故``): the events are named as :func:`_events_befallen` names those a
    count of deaths after them counts (``道路交通事故``, ``道路运输领域事故``), without the verb,
    the tally word or the words of kind.  Else (another unit, no 发生 in the phrase, no
    events found) the phrase unchanged.

    Examples
    --------
    >>> t = "全年共发生道路交通事故6起。"
    >>> _events_counted("发生道路交通事故", "起", t, 0, t.index("起") + 1)
    '道路交通事故'
    >>> _events_counted("发生道路交通事故", "件", t, 0, t.index("起") + 1)
    '发生道路交通事故'
    """
    if to_simplified(unit) != "起" or "发生" not in to_simplified(phrase):
        return phrase
    events = _events_befallen(text, ss, e)
    field = to_simplified(phrase).split("发生")[0]
    if events is None or (to_simplified(events) == "事故" and re.sub(_EVENTS_WHOLE, "", field)):
        return phrase  # 某某(…)发生事故: a field before 发生 that is not read stays written
    return events


def _events_befallen(text: str, ss: int, s: int) -> str | None:
    """The events counted earlier in a sentence whose persons a count of deaths counts.

    ``text[ss:s]`` is the sentence up to a count of persons that died (were hurt, went
    missing), read back over a ``；`` to the sentence's start (at most :data:`_EVENTS_BACK`
    characters); its last count of events in 起 after 发生 names them, its opening words of
    kind (各类, 较大) cut: ``全省全年发生各类生产经营性安全事故5855起，比上年下降4.1%；|死亡
    1069人`` → ``生产经营性安全事故``.  Events named only ``事故`` take the field written
    before 发生 (``道路运输领域共发生事故76起`` → ``道路运输领域事故``: :func:`_events_topic`).
    The script of the text is kept.  ``None`` without a count of events in 起 after 发生, or
    with a figure of another unit between it and the count (``…事故6起，直接经济损失120万
    元，死亡7人``: too far to tell; a change of the events, ``比上年下降4.1%``, is theirs).

    Examples
    --------
    >>> t = "全市共发生各类生产安全事故132起、死亡103人。"
    >>> _events_befallen(t, 0, t.index("103"))
    '生产安全事故'
    >>> t = "其中，道路运输领域共发生事故76起、死亡56人。"
    >>> _events_befallen(t, 0, t.index("56"))
    '道路运输领域事故'
    >>> _events_befallen("全年死亡7人。", 0, 4) is None
    True
    """
    ss = min(ss, max(text.rfind("。", 0, s) + 1, text.rfind("\n", 0, s) + 1, s - _EVENTS_BACK))
    before = text[ss:s]  # the sentence, over a ；: 发生…事故5855起，…；死亡1069人
    simple = to_simplified(before)
    found = list(_EVENTS_COUNTED.finditer(simple))
    if not found:
        return None
    last = found[-1]
    rest = simple[last.end() :]
    if re.search(r"\d\s*(万|亿)?(元|吨|公顷|亩)", rest):
        return None  # another figure between the events and the persons
    lo, hi = last.span("events")
    events = before[lo:hi]
    head = _EVENTS_HEAD.match(to_simplified(events))
    if head is not None:
        events = events[head.end() :]
    if len(events) < 2:
        return None
    if to_simplified(events) == "事故":
        topic = _events_topic(before[: last.start()])
        events = (topic or "") + events
    return events


def _events_topic(before: str) -> str | None:
    """The field of events named only 事故, written before 发生 in their clause, else ``None``.

    ``道路运输领域共|发生事故76起`` → ``道路运输领域``, ``工矿商贸(含生产经营性火灾)|发生事故51起``
    → ``工矿商贸`` (an aside in brackets dropped): the clause's words before 发生, without a
    word of the whole (其中, 全年, 全市 …) at their start or a tally word (共, 累计) at their
    end, when they are two to eight Chinese characters ending in no division (市, 县, 区 …:
    ``全市共发生事故`` names no field).

    Examples
    --------
    >>> _events_topic("其中，道路运输领域共"), _events_topic("全市共")
    ('道路运输领域', None)
    """
    words = re.split(r"[，,；;。：:、]", _ASIDE.sub("", before))[-1].strip()
    simple = re.sub(r"^(其中|全年|全市|全省|全县|全区|全国)+", "", to_simplified(words))
    simple = re.sub(r"(共|累计|全年|一共)+$", "", simple)
    if not (2 <= len(simple) <= 8 and _HAN.fullmatch(simple)) or simple[-1] in _DIVISION_END:
        return None
    at = to_simplified(words).find(simple)
    return words[at : at + len(simple)]


#: The units an amount of matter converts to (mass, volume, either in a time): ``1,141.8公噸``,
#: ``每年…2亿吨``, ``每日…120公噸``, ``3万立方米``; not an area, a length or money.
_MATTER_UNITS = ("t", "m**3", "t/a", "m**3/a")
#: Verbs that compare or equate an amount rather than act on the matter after it (``超过2万吨
#: 的省份``, ``达到100万吨``): no act names the matter's amount.
_NO_ACT_VERB = re.compile(
    r"(达到|达|超过|超|不足|约|为|是|占|有|共有|减少|增加|下降|上升|增长|降低|提高)$"
)
_AMOUNT_NOTE = "indicator phrase's object is the noun after the amount"
#: An act done to matter ending a phrase (``…共處理``, ``每年产生``).
_MATTER_ACT = re.compile(f"({MATTER_ACTS})$")


def _matter(unit: str) -> bool:
    """Whether a figure in ``unit`` is an amount of matter (:data:`_MATTER_UNITS`)."""
    return any(compatible(unit, "level", m, None) for m in _MATTER_UNITS)


def _counts_places(unit: str, after: str) -> bool:
    """Whether a figure in ``unit`` followed by the words ``after`` counts places, times,
    documents or meetings (:data:`_CONTEXT_NOUN`: ``11个城市``, ``年处理量超过2万吨的省份``).

    An amount of matter (:func:`_matter`) followed at once by a place word is of the matter
    that word opens (``52.7萬公噸|城市固體廢物``): no count of places."""
    m = _CONTEXT_NOUN.match(after)
    if m is None:
        return False
    return not (_matter(unit) and m.start(1) == 0)


def _qualified_count(after: str) -> re.Match[str] | None:
    """The counted noun and quality predicate read right after a count, or ``None``.

    ``after`` is the count's words to its clause's end (simplified, normalised).  A quality
    said of the things counted (:data:`_QUALIFIED_COUNT`: ``50个断面达到年度考核目标``,
    ``166个城市环境空气质量达标``, ``12家企业超标``, ``239个城市环境空气品质超标``) makes
    the count one of the things of that quality — a result, not the size of the set.  Not a
    whole a part is taken of, a share, or all of them (:data:`_WHOLE_OR_ALL`: ``…城市中``,
    ``…达标的比例为``, ``6个国控断面均达到Ⅱ类``: all six, the set's size).

    Examples
    --------
    >>> _qualified_count("城市环境空气质量达标") is not None
    True
    >>> _qualified_count("个国控断面均达到Ⅱ类") is None
    True
    """
    hit = _QUALIFIED_COUNT.match(after)
    if hit is None or _WHOLE_OR_ALL.search(hit["noun"]):
        return None
    return hit


#: A quality word that opens a measure of the things counted rather than says what they are
#: (``11市空气质量优良天数平均234天``, ``达标天数``, ``超标率``): the count is the set's size.
_QUALITY_MEASURE = re.compile(r"^(天数|日数|天|日|率|比例|比率|时数|小时)")


#: The registry name of the count of cities whose air quality worsened year on year.
_CITIES_WORSENED = "空气质量指标同比恶化的城市"
#: Cities right after a count's measure word (4个|城市…, 3个|地级市…).
_CITY_NOUN = re.compile(r"^(城市|地级市|设区市|地市|市)")
#: A change for the worse closing a count's clause (simplified): air quality 恶化/变差, a
#: concentration, an index or a count of bad days up, a share of good days or compliance down.
_WORSENED = re.compile(
    r"(恶化|变差|变坏)(了)?$"
    r"|(浓度|指数|污染天数|超标天数|重污染天数)[^，,。；;]{0,6}?(上升|升高|增加)(了)?$"
    r"|(达标率|优良天数比例|优良率|优良天数)[^，,。；;]{0,6}?(下降|降低|减少)(了)?$"
)
#: A count of places of a grade (``93个城市为二级``, ``121个城市为二级（占37.9%）``): the
#: grade's class is :data:`~._phrases.QUALITY_CLASS`, said of them by 为/属于/达到 after their
#: noun — not of all of them (``11市的空气质量全部为二级``: :data:`_WHOLE_OR_ALL`; simplified).
_PLACES_GRADED = re.compile(
    r"^(?P<noun>[\u4e00-\u9fff]{1,8}?)(?:为|属于|属|达到|评价为)"
    + QUALITY_CLASS
    + r"(?![^，,。；;]*?的)"
)


def _places_of_a_quality(after: str) -> bool:
    """Whether a count of places, its words to the clause's end being ``after``, counts the
    places of a quality (``166个城市环境空气质量达标``: an outcome) — by
    :func:`_qualified_count`, the quality word opening no measure of them
    (:data:`_QUALITY_MEASURE`: ``11市空气质量优良天数平均234天`` is the set's size); or of a
    grade (:data:`_PLACES_GRADED`: ``93个城市为二级``), or that changed year on year, the
    change closing the clause (:func:`~._roles.places_changed`: ``枣庄等6市同比持平``) — places that
    did something are an outcome, as convention (f) says, also inside a ranking.

    Examples
    --------
    >>> _places_of_a_quality("城市环境空气质量达标，同比减少2个")
    True
    >>> _places_of_a_quality("空气质量优良天数平均234天")
    False
    >>> _places_of_a_quality("城市为二级,占28.7%"), _places_of_a_quality("同比持平")
    (True, True)
    >>> _places_of_a_quality("PM2.5浓度同比下降8.3%")
    False
    """
    hit = _qualified_count(after)
    if hit is not None and not _QUALITY_MEASURE.match(after[hit.end() :]):
        return True
    graded = _PLACES_GRADED.match(after)
    if graded is not None and not _WHOLE_OR_ALL.search(graded["noun"]):
        return True  # not 11市的空气质量全部为二级: all of them, the set's size
    return places_changed(after)


def _verb_and_amount(
    phrase: str, why: list[str], text: str, e: int, ce: int, unit: str, kind: str
) -> tuple[str, list[str]]:
    """An amount of matter named by a verb is the amount of the noun written after it.

    ``垃圾焚化中心共處理526,979公噸城市固體廢物``, ``城市每年产生近2亿吨生活垃圾``: the
    phrase before the figure ends in a verb (what was done: 處理, 产生 — the verbs ending
    the phrase, after the words naming who acted; jieba's verbs or one of
    :data:`MATTER_ACTS`, whatever jieba's tag) and the noun right after the amount's unit
    (read as a count's noun is, :func:`_noun_at`) is the matter it was done to: the measure
    is that matter's amount of the act, ``城市固體廢物處理量``, ``生活垃圾产生量``.  A noun
    that names an amount itself (``填埋容量``, ``二氧化碳當量``: ending in 量) is the name
    alone.  Only for a level in a unit of mass or volume, or of either a time
    (:data:`_MATTER_UNITS`); a verb that compares or changes the amount (``超过``, ``减少``:
    :data:`_NO_ACT_VERB`) names no act, and a noun that names no measure (a place, a time)
    is no matter.  The note says where the matter
    was read.  Else the phrase and its notes unchanged.

    Examples
    --------
    >>> text = "資源回收廠共回收1,141.8公噸玻璃。"
    >>> e = text.index("噸") + 1
    >>> _verb_and_amount("資源回收廠共回收", [], text, e, len(text), "吨", "level")[0]
    '玻璃回收量'
    """
    if kind != "level" or phrase.startswith("(fragment)") or _AMOUNT_NOTE in why:
        return phrase, why
    if not _matter(unit):
        return phrase, why
    bare = phrase.removeprefix(_NO_MEASURE_MARK).strip()
    words = segment(bare)
    k = len(words)
    while k > 0 and words[k - 1][2] == "v":
        k -= 1
    act = _MATTER_ACT.search(to_simplified(bare))
    if k < len(words):
        verb = bare[words[k][0] :]
    elif act is not None:  # 城市每年|产生, which jieba may tag as a noun
        verb = bare[act.start() :]
    else:
        return phrase, why  # no verb at the end: the phrase names its own matter
    if _NO_ACT_VERB.search(to_simplified(verb)) or len(verb) < 2:
        return phrase, why
    if ce <= e:  # a clause cut inside the figure (1,|141.8公噸): it ends after it
        close = CLAUSE.search(text, e)
        ce = close.start() if close else len(text)
    noun = _noun_at(text, e, ce, unit) or ""
    if len(noun) < 2 or names_no_noun(noun) or names_no_measure(noun):
        return phrase, why
    name = noun if noun.endswith("量") else noun + verb + "量"
    kept = [w for w in why if w not in ("indicator phrase names no measure", _NO_NOUN_NOTE)]
    return name, [*kept, _AMOUNT_NOTE]


_PART_NOTE_WHOLE = "indicator phrase of a part named with the whole counted before it"
#: Words that may stand before a part's figure, which name nothing of it (其中, 有, 仅有;
#: not 另有, 还有: another set, no part of the one before).
_PART_LEAD = re.compile(r"(其中)?(有|仅有?|只有|共有?|均)?")
#: Marks after which a part's figure opens its words (…108家，65家…、43家…).
_PART_MARKS = "、，,；;：:"


def _part_of_counted_whole(
    phrase: str, why: list[str], text: str, r: Any, figures: pd.DataFrame
) -> tuple[str, list[str]]:
    """A count of a part that names no noun of its own takes the noun of its whole.

    ``59个地环治理项目中，2个项目主体完工，8个未完工``, ``冶炼铸造企业108家，65家采用电炉、
    43家采用中频炉``, ``全省80个工业集聚区中，74个建成…，6个正在建设``: a count in a
    measure word that opens its words (nothing but 其中, 有, 仅 … between the clause's start,
    a list mark or the figure before it and the count) and is followed by its predicate at
    once (a verb, an adverb, a preposition, an adjective: 未完工, 正在建设, 采用电炉, 与…重叠
    — not a noun: ``13处|小型排污口治理工程``, ``461个|行政村完成…``) counts some of the
    things an earlier count of its sentence in the same measure word names: the first one
    written as a whole (:func:`_whole_noun`: ``N个X中``, ``X N家，``; not a count of parts
    before it, ``13项基本完成整改，38项…``).  The name is the whole's
    noun and the part's predicate (the words after the count up to a list mark or the next
    figure): 地环治理项目未完工, 工业集聚区正在建设.  Without such a whole (``完成整改12个``:
    an act) the phrase and its notes are unchanged."""
    s, e, ss, cs, ce = (int(r.start), int(r.end), int(r.sent_start), int(r.clause_start),
                        int(r.clause_end))  # fmt: skip
    unit = to_simplified(str(r.unit))
    if unit not in COUNTER_SPELLINGS or figures is None or figures.empty:
        return phrase, why
    fs, fe = figures["start"].to_numpy(), figures["end"].to_numpy()
    lo = max([cs, *(int(x) for x in fe[(fe <= s) & (fe > cs)])])
    lead = text[lo:s]
    lo += max(lead.rfind(c) for c in _PART_MARKS) + 1
    if not _PART_LEAD.fullmatch(to_simplified(text[lo:s].strip())):
        return phrase, why  # the count has words of its own before it
    opening = segment(text[e : min(ce, e + 8)])
    if not opening or opening[0][2] not in _PREDICATE_TAGS:
        return phrase, why  # 2个项目…, 13处小型…: a noun of its own after it
    before = figures[(fs >= ss) & (fe <= lo)]  # the sentence's figures before the part
    same = before["unit"].astype(str).map(to_simplified) == unit
    same &= before["kind"].astype(str).str.contains("level")
    spans = before[same].sort_values("start")[["start", "end", "clause_start", "clause_end"]]
    wholes = (
        _whole_noun(text, int(a), int(b), int(c), int(d), unit) for a, b, c, d in spans.to_numpy()
    )
    whole = next((w for w in wholes if w), None)
    if whole is None:
        return phrase, why
    later = fs[(fs >= e) & (fs < ce)]
    hi = int(later.min()) if len(later) else ce
    stop = [i for i in range(e, hi) if text[i] in _PART_MARKS]
    predicate = tidy_phrase(text[e : stop[0] if stop else hi].strip())
    if len(predicate) < 2 or re.search(r"\d", predicate):
        return phrase, why
    kept = [w for w in why if w not in ("indicator phrase names no measure", _NO_NOUN_NOTE)]
    return whole + predicate, [*kept, _PART_NOTE_WHOLE]


#: A verb of having before a whole's noun (泽州县辖区内共有|冶炼铸造企业108家): the noun
#: is what follows it.
_HAVING_VERB = re.compile(r"共有|拥有|现有|已有|尚有|还有|共计|累计有")
#: Tags of the first word of a part's predicate (采用, 未, 与, 正在, 正常, 因 …): verbs,
#: adverbs, prepositions, times, conjunctions, adjectives.
_PREDICATE_TAGS = frozenset({"v", "vd", "vi", "d", "ad", "p", "t", "c", "a"})


def _whole_noun(text: str, s: int, e: int, cs: int, ce: int, unit: str) -> str | None:
    """The noun of a count written as a whole, else ``None``: the noun after its measure
    word followed by 中 (``80个工业集聚区|中``, read by
    :func:`~envindicators.extract._counts.counted_noun`), or the noun chunk before a count
    that ends its clause (``冶炼铸造企业108家，``)."""
    from envindicators.extract._counts import counted_noun  # _counts imports this module

    if not text[e:ce].strip():
        stop = max(text.rfind(c, cs, s) for c in _PART_MARKS) + 1
        words = noun_chunk(_tidied(text, max(cs, stop), s))
        having = list(_HAVING_VERB.finditer(to_simplified(words)))
        words = words[having[-1].end() :] if having else words  # …辖区内共有|冶炼铸造企业
        return words if _a_counted_noun(words) else None
    noun = counted_noun(text, e, ce, (), unit) or ""
    among = to_simplified(text[e + len(noun) : e + len(noun) + 2]).startswith(("中", "之中"))
    return noun if noun and text.startswith(noun, e) and among and _a_counted_noun(noun) else None


def _a_counted_noun(words: str) -> bool:
    """Whether ``words`` may be a counted noun: two characters or more, a noun (not an
    act, a verb, a place, a word of no measure), no figure."""
    return not (
        len(words) < 2
        or names_no_noun(words)
        or names_no_measure(words)
        or names_an_act(words)
        or ends_with_verb(words)
        or re.search(r"\d", words)
    )


def _clipped(text: str, lo: int, end: int, ce: int, unit: str) -> str:
    """The noun ``text[lo:end]`` (tidied) ending where
    :func:`~envindicators.extract._counts.counted_noun` ends it when that is shorter
    (``问题全部|完成整改``: 全部 says something of the things counted)."""
    from envindicators.extract._counts import counted_noun  # _counts imports this module

    noun = tidy_phrase(text[lo:end])
    short = counted_noun(text, lo, ce, (), unit)
    if short is not None and len(short) >= 2 and noun.startswith(short):
        return short
    return noun


#: The units of a span of time (连续两年, 近5年, 過去二十多年).
_SPAN_UNITS = frozenset({"年", "个月", "月", "周", "天", "日", "小时", "季度"})
#: Words that open a span of time and name nothing it is a span of, at the end of a
#: phrase (``连续``, ``空品良率連``, ``過去``, ``近``; not 接近, 附近): what the span is of is
#: the words before them, else the words after the figure.
_SPAN_OPENER = re.compile(r"(已经|已)?(连续|连|过去|最近|(?<![接附将靠临邻])近|长达)$")
_SPAN_NOTE = "indicator phrase of a span of time taken after the figure"


def _span_of(
    phrase: str,
    why: list[str],
    text: str,
    e: int,
    ce: int,
    unit: str,
    figures: pd.DataFrame | None,
) -> tuple[str, list[str]]:
    """A span of time's phrase without the word that opens the span.

    ``连续两年无劣V类断面``: the phrase before the figure, ``连续``, says that the years run
    on, not what they are years of; ``空品良率連2年提升``: ``空品良率`` is.  A phrase of a span
    (``unit`` in :data:`_SPAN_UNITS`) that ends in such a word (:data:`_SPAN_OPENER`) loses
    it; when less than two characters are left the phrase is the words after the figure up
    to the next figure or the clause's end (``无劣V类断面``), and the note says so.  Else the
    phrase and its notes unchanged."""
    if unit not in _SPAN_UNITS:
        return phrase, why
    bare = phrase.removeprefix(_NO_MEASURE_MARK)
    opener = _SPAN_OPENER.search(to_simplified(bare))
    if opener is None:
        return phrase, why
    rest = tidy_phrase(_trimmed(bare, 0, opener.start()))
    if len(rest) >= 2 and not names_no_measure(rest):
        return rest, [
            w for w in why if w not in ("indicator phrase names no measure", _NO_NOUN_NOTE)
        ]
    hi = ce
    if figures is not None and len(figures):
        fs = figures["start"].to_numpy()
        later = fs[(fs >= e) & (fs < ce)]
        hi = int(later.min()) if len(later) else ce
    after = _tidied(text, e, hi)
    if len(after) < 2 or names_no_measure(after) or re.search(r"\d", after):
        return phrase, why
    kept = [w for w in why if w not in ("indicator phrase names no measure", _NO_NOUN_NOTE)]
    return after, [*kept, _SPAN_NOTE]


#: The units of a span of years, months or weeks (三年, 近5年, 为期一个月): no level of a
#: measure is written in them, unlike days and hours (优良天数291天, 日照时数2000小时).
_LONG_SPAN_UNITS = _SPAN_UNITS - {"天", "日", "小时"}
_SPAN_NO_MEASURE_NOTE = "a span of time names no measure of its own"
#: The marks a proposed phrase may carry already (no measure named, a fragment).
_MARKED = (_NO_MEASURE_MARK, "(fragment) ")


def _span_names_no_measure(phrase: str, why: list[str], unit: str) -> tuple[str, list[str]]:
    """A span of years, months or weeks is marked as naming no measure, unless its phrase
    names a duration.

    ``連續三年上升``, ``近5年空氣品質不良AQI>100比例``, ``三年新冠疫情防控…的一年``, ``为期
    一个月的督察``: the figure counts the years or months a trend, a period of data or an
    event spans; the words around it (what the span is of, :func:`_span_of`) are kept
    after the mark, but no measure has these years as its level.  A phrase that names a
    duration (``督察进驻时间``, ``平均厂龄``, ``列管期限``: :data:`~envindicators.extract.
    _phrases.DURATION_NOUN`) is a measure in years and stays.  A phrase marked already
    (no measure, a fragment) and figures in other units are left as they are.

    Examples
    --------
    >>> _span_names_no_measure("都市固體廢物回收率", [], "年")
    ('(no measure named) 都市固體廢物回收率', ['a span of time names no measure of its own'])
    >>> _span_names_no_measure("平均廠齡", [], "年"), _span_names_no_measure("优良天数", [], "天")
    (('平均廠齡', []), ('优良天数', []))
    """
    if to_simplified(unit) not in _LONG_SPAN_UNITS or phrase.startswith(_MARKED):
        return phrase, why
    if DURATION_NOUN.search(to_simplified(phrase.strip())):
        return phrase, why  # 督察进驻时间, 平均厂龄: a duration is the measure
    return f"{_NO_MEASURE_MARK}{phrase}", [*why, _SPAN_NO_MEASURE_NOTE]


#: The copula or word of approximation between a head written in a figure's words and its
#: number (``年排放量為|5546474``), and the number's first character after it.
_COPULA_BEFORE_NUMBER = (
    r"(?:约为|約為|约|約|为|為|达到|達到|达|達|是|有)?"
    r"(?=\s*[\d.零〇一二三四五六七八九十百千两兩半])"
)
#: A measure's head written inside a figure's words, before its number (``年排放量為5546474
#: 萬立方米``, ``占比为73.2%``), with the copula or the word of approximation after it.
_HEAD_IN_FIGURE = re.compile(r"([\u4e00-\u9fff]{2,8}?)" + _COPULA_BEFORE_NUMBER)
#: The same head in the words of a ``分别`` list's first figure (``年排放量分別為180、2,947``):
#: the head every member of the list shares.
_HEAD_IN_LIST_FIGURE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:分别|分別)" + _COPULA_BEFORE_NUMBER)
_HEAD_IN_FIGURE_NOTE = "indicator phrase's measure is written in the figure's words"


def head_written_in_figure(text: str, s: int, e: int, *, listed: bool = False) -> str | None:
    """The measure's head the parser read into a figure's words before its number, else
    ``None``.

    The parser may read the words right before a number into the figure (``城市污水|年排放量
    為5546474萬立方米``; a list's first figure ``SOx、NOx|年排放量分別為180、2,947公噸``,
    ``listed``: the head then stands before 分别).  The head is kept only when alone it names
    a measure and no object (:func:`names_no_object`, :func:`names_a_measure`: an amount
    年排放量, a share 占比, 比重, a rate 完成率) and is no change's head (增幅, 降幅, 同比: of
    the level before).

    Examples
    --------
    >>> text = "SOx、NOx年排放量分別為180、2,947公噸"
    >>> head_written_in_figure(text, text.index("年"), text.index("、2"), listed=True)
    '年排放量'
    >>> text = "同比分别下降5.1%、3.2%"
    >>> head_written_in_figure(text, 0, text.index("、"), listed=True) is None
    True
    """
    pattern = _HEAD_IN_LIST_FIGURE if listed else _HEAD_IN_FIGURE
    written = pattern.match(text, s, e)
    if written is None:
        return None
    head = written.group(1)
    simple = to_simplified(head)
    if not (names_no_object(simple) and names_a_measure(simple)) or CHANGE_HEAD.search(simple):
        return None
    return head


def _with_list_head(text: str, words: str, cs: int, fs: int, fe: int) -> str:
    """A ``分别`` list's words joined to the head its first figure's words write before 分别
    (``SOx、NOx`` + ``年排放量分別為180`` → SOx、NOx年排放量: :func:`head_written_in_figure`),
    where the words end right before the figure or before a conjunction the head follows
    (``运行率和|完成率分别为98.7%``); else the words unchanged.

    Examples
    --------
    >>> text = "运行率和完成率分别为98.7%和90.2%"
    >>> _with_list_head(text, "运行率", 0, text.index("完成"), text.index("和90"))
    '运行率和完成率'
    >>> text = "二氧化硫、氮氧化物排放量同比分别下降5.1%、3.2%"
    >>> _with_list_head(text, "二氧化硫、氮氧化物排放量", 0, text.index("同比"), text.index("、3"))
    '二氧化硫、氮氧化物排放量'
    """
    head = head_written_in_figure(text, fs, fe, listed=True)
    if head is None or to_simplified(words).endswith(to_simplified(head)):
        return words
    at = text.rfind(words, cs, fs)
    if at < 0:
        return words
    end = at + len(words)
    joined = _LIST_AND_AT.match(text, end) if end < fs else None
    if end < fs and (joined is None or joined.end() != fs):
        return words
    return words + text[end:fs] + head


#: A list's conjunction (:data:`~envindicators.extract._phrases.LIST_AND`) matched at a place.
_LIST_AND_AT = re.compile(LIST_AND)


def _head_in_figure(
    phrase: str, why: list[str], text: str, s: int | None, e: int | None
) -> tuple[str, list[str]]:
    """A phrase that names a thing, joined to the measure's head written in the figure.

    The parser may read the words right before a number into the figure (``城市污水|年排放量
    為5546474萬立方米``, ``湖(库)个数|占比为73.2%``, ``焚燒處理能力|占比為68.1%``): the
    phrase before the figure then names the thing measured and the figure's own words its
    measure, a head that alone names no object (:func:`names_no_object`: an amount 年排放量,
    年處理量, a share 占比, 比重).  The name is both (城市污水年排放量, …个数占比); the note
    says where the head was read.  Not a change's head (增幅, 降幅, 增长率: of the level
    before), nor a phrase marked as naming no measure or a fragment.  Else the phrase and
    its notes unchanged.

    Examples
    --------
    >>> text = "2019年,城市污水年排放量為5546474萬立方米"
    >>> _head_in_figure("城市污水", [], text, text.index("年排"), len(text))[0]
    '城市污水年排放量'
    >>> _head_in_figure("城市污水", [], text, text.index("55"), len(text))[0]
    '城市污水'
    """
    if s is None or e is None or phrase.startswith("(") or len(phrase) < 2:
        return phrase, why
    head = head_written_in_figure(text, s, e)
    if head is None or to_simplified(phrase).endswith(to_simplified(head)):
        return phrase, why
    return phrase + head, [*why, _HEAD_IN_FIGURE_NOTE]


def _counted_noun(
    text: str, ss: int, cs: int, figures: pd.DataFrame | None, unit: str, *, longest: int = 8
) -> str | None:
    """The one noun that the counts of the earlier clauses of a sentence (``ss`` to ``cs``)
    in the measure word ``unit`` name right after their figure (``反馈的23项问题，…``: 问题),
    else ``None``: a noun of two to ``longest`` characters that names a measure and no act,
    up to the end of its clause."""
    if figures is None or figures.empty or "unit" not in figures.columns:
        return None
    before = figures[
        (figures["start"] >= ss) & (figures["end"] <= cs) & (figures["unit"].astype(str) == unit)
    ]
    nouns: dict[str, str] = {}
    for fe in before["end"].to_numpy():
        stop = re.search(r"[，,；;。、：:（(]", text[int(fe) : cs])
        words = tidy_phrase(_trimmed(text, int(fe), int(fe) + stop.start() if stop else cs))
        if (
            2 <= len(words) <= longest
            and not re.search(r"\d", words)
            and not names_no_measure(words)
            and not names_an_act(words)
        ):
            nouns.setdefault(to_simplified(words), words)
    return next(iter(nouns.values())) if len(nouns) == 1 else None


def _act_counted(
    phrase: str, text: str, ss: int, cs: int, figures: pd.DataFrame | None, unit: str | None
) -> str | None:
    """The noun an act alone counts (``淮北市完成|2个`` after ``12个基本问题``: 基本问题), else
    ``None``.

    An act written alone before a count in a measure word (:func:`names_an_act`: 完成,
    整改, 办结), which names no measure of its own, counts the things the earlier counts of
    its sentence in the same measure word name (:func:`_counted_noun`), as an act with a
    noun does in :func:`_named_phrase`.
    """
    if unit is None or not _COUNTER.fullmatch(unit) or unit == "count":
        return None
    bare = phrase.strip()
    if len(bare) < 2 or not names_an_act(bare):
        return None
    return _counted_noun(text, ss, cs, figures, unit)


#: A figure written in words (not the digits of a name: SO2, PM2.5).
_A_FIGURE = re.compile(r"(^|[^A-Za-z.\d])\d")


def _line_head(text: str, ss: int, cs: int) -> str | None:
    """What a line of places and figures measures: the words before the colon opening the
    figure's clause (``二氧化硫浓度：高新区(34)、…``), or the clause before it when that
    clause is a measure's name alone, no figure in it (``细悬浮粒子(PM2.5)浓度,铜锣湾达到
    64.9微克、…``), else a short line before it that names a measure and holds no figure (a
    table's row head, ``SO2 |``), else ``None`` — also for the frame of a breakdown
    (``按区域分布为：…``: by what the members are listed, :data:`_BREAKDOWN_FRAME`)."""
    if cs > ss and text[cs - 1] in "：:，,":
        lo = max(text.rfind(c, ss, cs - 1) for c in "，,；;、：:") + 1
        words = _tidied(text, max(ss, lo), cs - 1)
        if text[cs - 1] in "，," and (
            _A_FIGURE.search(words)
            or not MEASURE_END.search(to_simplified(_GLOSS.sub("", words)).strip())
        ):
            return None  # a clause of its own (a figure, no measure's name): no head
    else:
        start = text.rfind("\n", 0, ss)
        if start < 1 or text[ss - 1] != "\n":
            return None
        words = _tidied(text, text.rfind("\n", 0, start) + 1, start)
        # a figure (not the digits of a name: SO2, PM2.5) or a list is no row head
        if _A_FIGURE.search(words) or re.search(r"[、，,]", words) or len(words) > 16:
            return None
    simple = to_simplified(words).strip("| ")
    frame = _TOPIC_FRAME.match(simple)
    if frame is not None and frame.group(1) and len(frame.group(1)) > 1:
        cut = len(frame.group(1))  # 至于臭氧浓度: the topic's preposition is no word of it
        words, simple = words.strip("| ")[cut:], simple[cut:]
    if len(simple) < 2 or names_no_measure(simple) or names_a_reference(simple):
        return None
    if _BREAKDOWN_FRAME.match(simple):
        return None  # 按区域分布为：太原市18件、…: how the list is broken down, no measure
    return words.strip("| ")


#: The frame of a breakdown before its list (``按区域划分``, ``按行业分布为``): it says by what
#: the members are listed, not what their figures measure.
_BREAKDOWN_FRAME = re.compile(r"^按[\u4e00-\u9fff]{1,8}?(划分|分布|分类|区分|统计)")


#: What closes a list's header before its first member, read off its end: a separator, a
#: copula or the words that open the members (分别是, 依次为), a ranking's order (从高到低,
#: :data:`_ORDER_ONLY`'s words) and a selection of the highest or lowest (较高的, 最低的, 前5位的).
_HEADER_CLOSE = re.compile(
    r"(?:[，,、：:；;\s]|(?:分别|依次|依序)?(?:为|是)|[从由](?:高|低|多|少|大|小)[到至](?:低|高|少|多|小|大)"
    r"|(?:较|最|相对较)(?:高|低|好|差|多|少|大|小)(?:的)?|前[\d一二三四五六七八九十]+(?:位|名)?的?)$"
)
#: A set's word before a list's measure (各市州, 各地市, 全省各市): whose figures the list gives.
_HEADER_SET = re.compile(
    r"^(?:全[省市区县国])?各(?:市州|地市|盟市|县区|区县|县市|市县|城市|市|州|县|区|地|省)?"
)


def _list_header(text: str, ss: int, s: int, places: pd.DataFrame) -> str | None:
    """The measure a list of places' figures names once, in the clause that opens the list
    (``各市州问题整改完成率较高的，为遂宁市97%、泸州市96.5%``: 问题整改完成率), else ``None``.

    The figure must be a place's own (the place right before it, a copula between allowed),
    with another place near it.  The list opens at the first place of the sentence (``ss``
    to the figure at ``s``) written with a figure of its own (:data:`_PLACE_COPULA`); the
    clause before it, less what closes a header (:data:`_HEADER_CLOSE`: 分别是, 从高到低, 较高的)
    and a set's word before it (:data:`_HEADER_SET`: 各市州), is the measure when it ends in a
    measure's noun (:data:`MEASURE_END`), holds no figure and is no breakdown's frame
    (``按数量排序分``, ``从区域分布上看``: by what the list is read, no measure).
    """
    if places.empty or s <= ss:
        return None
    inside = places[(places["start"] >= ss) & (places["end"] <= s)].sort_values("start")
    members = [
        (int(a), int(b))
        for a, b in inside[["start", "end"]].to_numpy()
        if (m := _PLACE_COPULA.match(text, int(b), s)) is not None
        and text[m.end() : m.end() + 1].isdigit()
    ]
    own = [a for a, b in members if _PLACE_COPULA.fullmatch(text, b, s)]
    after = places[(places["start"] > s) & (places["start"] <= s + 30)]
    if not own or len(members) + len(after) < 2:
        return None  # the figure is no place's own, or no other place lists with it
    first = members[0][0]
    words = _PINYIN_GLOSS.sub("", text[ss:first])
    while True:
        closed = _HEADER_CLOSE.search(to_simplified(words))
        if closed is None or not words:
            break
        words = words[: closed.start()]
    words = re.split(r"[，,；;：:。！？\n]", words)[-1]
    simple = to_simplified(words)
    opening = _HEADER_SET.match(simple)
    if opening is not None:
        words, simple = words[opening.end() :], simple[opening.end() :]
    if (
        not 2 <= len(simple) <= 16
        or re.search(r"\d", simple)
        or re.match(r"[按从以]", simple)
        or not MEASURE_END.search(simple)
        or names_no_measure(simple)
    ):
        return None
    return words


_CATEGORY_HEADER_NOTE = "indicator phrase is a class of a list whose measure its header names"
#: A class's figure of a list whose header writes a registry name: the registry's row, the
#: class kept as the part (``整改完成率依次为:环境目标考核类100%``; convention (a)).
_CLASS_PART_NOTE = "indicator of the list's header, the class kept as its part"
#: A class's name written alone as a list's member (``决策部署贯彻落实类``, ``其他類``):
#: words ending in 类 (simplified; ``fullmatch``), no figure, no list mark, no clause mark.
_CLASS_NAME = re.compile(r"[^\d\s、，,；;：:。()（）%]{1,14}类")
#: A distributive word opening a list's header (simplified): ``各类问题整改率分别为…`` — each
#: member's measure is ``问题整改率``, the class is the member's own.
_EACH_CLASS = re.compile(r"^(?:各类|各项|各)")
#: The words that open a list's members after its header (依次为, 分别是, with a colon or
#: not; simplified).
_HEADER_OPENS = re.compile(r"(?:分别|依次|依序)(?:为|是)[：:]?")
#: What may join a list's members between figures (a list mark, a comma, a space).
_CLASS_SEPARATOR = re.compile(r"[、，,\s]")


def _handed_heads(rest: str, heads: tuple[str, ...]) -> list[int]:
    """Where the petitions' heads end in the words after a count of batches that hand them
    over, else an empty list.

    A count of batches may be written before the act that hands its petitions over
    (``分13批累计向江西转办群众举报材料1298件``, ``分十九批累計向我市轉辦群眾來電來信舉報
    材料``): the words right after the count are a few words and a verb of handing over
    (:data:`_HANDED_AFTER_COUNT`), and a petitions' head
    (:data:`~envindicators.extract._actions.OBJECT_CLASSES`) starts at most
    :data:`_HEAD_REACH` characters after the verb, with no figure before it (``两批交办的
    6263件信访件``: the cases' count names them, read by the parts of a name).  The ends are
    offsets in ``rest``.

    Parameters
    ----------
    rest : str
        The clause's words after the count (simplified).
    heads : tuple of str
        The petitions' heads.

    Returns
    -------
    list of int
        The end of each head found so, in ``rest``.

    Examples
    --------
    >>> heads = ("信访", "举报")
    >>> _handed_heads("累计向江西转办群众举报材料1298件", heads)
    [11]
    >>> _handed_heads("公开通报25个典型案例", heads)
    []
    >>> _handed_heads("交办的6263件信访件", heads)
    []
    """
    act = _HANDED_AFTER_COUNT.match(rest)
    if act is None:
        return []
    tail = rest[act.end() :]
    return [
        act.end() + i + len(h)
        for h in heads
        if 0 <= (i := tail.find(h)) <= _HEAD_REACH and not _A_DIGIT.search(tail, 0, i)
    ]


def _substance_cut(phrase: str, text: str, ss: int, s: int, unit: str) -> str | None:
    """The name of a substance's amount cut, when a substance alone names it, else ``None``.

    A report lists the amounts of pollutants a plan or a measure cuts under one verb of
    reduction (``預計可減排化學需氧量2000噸、氨氮150噸``, ``累計削減量成果PM10為43.7公噸/年、
    PM2.5為5.86公噸/年``, ``SOx減量194.4公噸``): the figure's phrase is the substance alone
    (:func:`~envindicators.extract._lexicon.substance_named`), its unit a mass
    (:data:`_MASS_UNIT`), and the last act its sentence writes before it
    (:data:`_SUBSTANCE_ACT`, from the sentence's start ``ss`` to the figure's start ``s``) is
    a reduction (:data:`_CUT_ACTS`, 减少).  The amount is the cut, not the substance: the name
    is the substance and the act's amount as the text writes it (``氨氮减排量``,
    ``PM10削減量``, ``SOx減量``).  A sentence whose last act is an emission
    (``排放量情况为:化学需氧量2143.98万吨``: the emissions' total, of a registry row), a
    concentration's unit, or words more than a substance (``工业二氧化硫``) are left.

    Examples
    --------
    >>> t = "预计可减排化学需氧量2000吨、氨氮150吨"
    >>> _substance_cut("氨氮", t, 0, t.index("150"), "吨")
    '氨氮减排量'
    >>> t = "合計共削減TSP 115公噸、PM10 20公噸"
    >>> _substance_cut("PM10", t, 0, t.index("20公"), "吨")
    'PM10削減量'
    >>> t = "水污染物排放量情况为:化学需氧量2143.98万吨"
    >>> _substance_cut("化学需氧量", t, 0, t.index("2143"), "吨") is None  # the total
    True
    """
    if not _MASS_UNIT.fullmatch(unit.strip()):
        return None
    name = substance_named(phrase)
    if name is None:
        return None
    before = text[ss:s]
    acts = list(_SUBSTANCE_ACT.finditer(to_simplified(before)))
    if not acts or acts[-1].group() in ("排放", "排污"):
        return None
    act = before[acts[-1].start() : acts[-1].end()]  # as written (減排, 削減)
    return phrase.strip() + (act if act.endswith("量") else act + "量")


#: A table's row: its indent, the 「#」 of a part (of which), its Chinese label.
_ROW_LABEL = re.compile(r"(?P<indent>[ \t\u3000]*)#?(?P<label>[\u4e00-\u9fff]+)")
#: The most lines read back from a part's row for the row of its measure.
_ROW_REACH = 8
#: The 总 of a total's amount (用水总量, 水资源总量): a part's amount is no total
#: (工业 under 用水总量 → 工业用水量, the registry's name).
_PART_OF_TOTAL = re.compile(r"[总總](量)$")
#: The longest label of a part's row (生活, 工业, 地表水: a sector, a source, a medium).
_ROW_PART_MAX = 4
_ROW_PART_NOTE = "indicator phrase is a part's row named with the measure of the row it is under"


def _row_above_parts(
    text: str, line: int, is_part: Callable[[str], bool], reach: int | None = None
) -> tuple[int, int] | None:
    """The row above a table's part rows: the row of their measure, read back from a part's.

    A yearbook's table writes a measure on one row and its parts on the rows under it
    (``化学需氧量排放量(吨) … 395069`` over ``#工业 … 94490`` and ``生活 … 300579``).  From the
    part's row starting at ``line``, the rows above are read back, nearest first, over its
    sibling parts — rows that ``is_part`` takes (given the row's words) and that hold a
    figure (a digit) — to the first row that is not one: the measure's row, or whatever
    the table does not continue into, which the caller judges.  Both readers of a part's
    row use it: the registry link of a sector's row (:func:`_table_sector`) and a part's
    proposed name (:func:`_row_part`).

    Parameters
    ----------
    text : str
        The document.
    line : int
        The start of the part's row.
    is_part : callable
        Whether a row's words (without its line break) are another part's row.
    reach : int, optional
        The most rows read back (all rows to the text's start when ``None``).

    Returns
    -------
    tuple of (int, int) or None
        The start and end of the first row above that is not a sibling part's row with
        figures; ``None`` at the text's start or when ``reach`` rows were all siblings.

    Examples
    --------
    >>> t = "化学需氧量排放量(吨) 395069\\n #工业 94490\\n 生活 300579"
    >>> a, b = _row_above_parts(t, t.index(" 生活"), lambda w: "工业" in w)
    >>> t[a:b]
    '化学需氧量排放量(吨) 395069'
    >>> _row_above_parts(t, t.index(" 生活"), lambda w: True) is None  # the text's start
    True
    """
    at = line - 1
    for _ in itertools.count() if reach is None else range(reach):
        if at <= 0:
            return None
        start = text.rfind("\n", 0, at) + 1
        words = text[start:at]
        if not (is_part(words) and re.search(r"\d", words)):
            return start, at
        at = start - 1
    return None


def _row_part(phrase: str, text: str, s: int) -> str | None:
    """The name of a table row's figure whose label is a part alone, else ``None``.

    A yearbook's table writes a measure on one row and its parts on the rows under it,
    indented (``化学需氧量排放量(吨) … 395069`` over ``#工业 … 94490`` and ``生活 … 300579``):
    the part's label (a sector, a source, a medium: at most :data:`_ROW_PART_MAX`
    characters naming no measure) says which part, the row above it what is measured.
    The figure's row (at ``s``) is indented and its label is ``phrase``; read back (at most
    :data:`_ROW_REACH` lines) over its sibling parts, the first row less indented whose
    label names a measure (:func:`names_a_measure`) and holds figures is the measure's: the
    name is the part and the measure, a character they share written once and the 总 of a
    total dropped (``地表水`` under ``水资源总量`` → 地表水资源量, ``工业`` under ``用水总量``
    → 工业用水量, ``生活`` → 生活化学需氧量排放量).

    Examples
    --------
    >>> text = " 氨氮排放量(吨) ammonia 49247\\n   #工业 industry 8181\\n    生活 living 41067"
    >>> _row_part("生活", text, text.index("41067"))
    '生活氨氮排放量'
    >>> _row_part("工业", text, text.index("8181"))
    '工业氨氮排放量'
    >>> _row_part("氨氮排放量", text, text.index("49247")) is None
    True
    """
    start = text.rfind("\n", 0, s) + 1
    row = _ROW_LABEL.match(text, start, s)
    label = phrase.strip().lstrip("#")
    if row is None or not row["indent"] or row["label"] != label:
        return None
    if len(label) > _ROW_PART_MAX or names_a_measure(label):
        return None
    indent = len(row["indent"])
    found = _row_above_parts(text, start, _names_a_part, _ROW_REACH)  # over #工业 above 生活
    if found is None:
        return None
    above = _ROW_LABEL.match(text, *found)
    if above is None or not re.search(r"\d", text[above.end() : found[1]]):
        return None  # no table row: no measure of a part
    head = above["label"]
    if not names_a_measure(head) or len(above["indent"]) >= indent:
        return None
    shared = 0
    for k in range(min(len(label), len(head)) - 1, 0, -1):
        if label.endswith(head[:k]):
            shared = k
            break
    return label + _PART_OF_TOTAL.sub(r"\1", head[shared:])


def _names_a_part(words: str) -> bool:
    """Whether a table's row is labelled by a part, not a measure (``#工业``, ``生活``)."""
    row = _ROW_LABEL.match(words)
    return row is not None and not names_a_measure(row["label"])


def _substance_emitted(phrase: str, text: str, ss: int, s: int, unit: str) -> str | None:
    """The name of a substance's emissions, when a substance alone names their amount, else
    ``None``.

    A statement of a year's emissions lists them by substance after one word of emitting
    (``2017年全国水污染物排放量情况为:化学需氧量2143.98万吨,总氮304.14万吨``, ``大氣污染物排放
    情況為:氮氧化物1785.22萬噸``): the figure's phrase is the substance alone
    (:func:`~envindicators.extract._lexicon.substance_named`), its unit a mass
    (:data:`_MASS_UNIT`), and the last act its sentence writes before it
    (:data:`_SUBSTANCE_ACT`, from the sentence's start ``ss`` to the figure's start ``s``)
    an emission (排放, 排污) — not a reduction (:func:`_substance_cut`).  The amount is the
    substance's emissions: the name is the substance and 排放量 (``化学需氧量排放量``,
    ``總氮排放量``), which a registry emission row then names as its own form
    (``cod_emissions``; 总氮 has no row and stays proposed, named).

    Examples
    --------
    >>> t = "水污染物排放量情况为:化学需氧量2143.98万吨,总氮304.14万吨"
    >>> _substance_emitted("总氮", t, 0, t.index("304"), "吨")
    '总氮排放量'
    >>> t = "预计可减排化学需氧量2000吨、氨氮150吨"  # a cut
    >>> _substance_emitted("氨氮", t, 0, t.index("150"), "吨") is None
    True
    >>> t = "排放标准规定化学需氧量限值为50mg/L"  # no mass
    >>> _substance_emitted("化学需氧量", t, 0, t.index("50"), "mg/L") is None
    True
    """
    if not _MASS_UNIT.fullmatch(unit.strip()) or substance_named(phrase) is None:
        return None
    acts = list(_SUBSTANCE_ACT.finditer(to_simplified(text[ss:s])))
    if not acts or acts[-1].group() not in ("排放", "排污"):
        return None
    return phrase.strip() + "排放量"


def _category_of_header(phrase: str, text: str, ss: int, s: int) -> str | None:
    """The name of a class's figure in a list whose header names the measure, else ``None``.

    ``按9大类分类统计,整改完成率依次为:环境目标考核类100%、…、决策部署贯彻落实类97.5%``:
    each member is a class's name alone (:data:`_CLASS_NAME`, words ending in 类) written
    right before its figure, and the measure of every member is the header's, the words
    of the header's clause before the words that open the members (依次为, 分别是:
    :data:`_HEADER_OPENS`) — ending in a measure's noun (:data:`MEASURE_END`), with no
    figure: the phrase is the class and the measure, ``决策部署贯彻落实类整改完成率`` (was the
    class's name).  Every word between the header and the figure must be another member
    with its figure (``<class><figure>`` separated by list marks); a member of another
    kind (a place: :func:`_list_header`) or a header that names no measure (``分为``,
    ``从高到低依次为``) is left.

    Examples
    --------
    >>> t = "按9大类分类统计,整改完成率依次为:环境目标考核类100%、决策部署贯彻落实类97.5%"
    >>> _category_of_header("决策部署贯彻落实类", t, 0, t.index("97.5"))
    '决策部署贯彻落实类整改完成率'
    >>> t = "按污染类型分为:大气类25件、噪声类21件"
    >>> _category_of_header("噪声类", t, 0, t.index("21")) is None  # 分为: no measure
    True
    """
    own = phrase.strip()
    simple = to_simplified(own)
    if not _CLASS_NAME.fullmatch(simple) or s - len(own) < ss:
        return None
    before = to_simplified(text[ss:s])
    if not before.endswith(simple):
        return None  # the class is written right before its figure
    opened = None
    for m in _HEADER_OPENS.finditer(before):
        opened = m  # the last opening before the figure
    if opened is None:
        return None
    members = before[opened.end() : len(before) - len(simple)]
    for piece in _CLASS_SEPARATOR.split(members):
        if piece and not re.fullmatch(_CLASS_NAME.pattern + r"\d[\d.]*\D{0,3}", piece):
            return None  # another kind of member, or words of another clause
    written = re.split(r"[，,；;：:。！？\n]", before[: opened.start()])[-1]
    head = _HEADER_CLOSE.sub("", written)  # 从高到低|依次为: the order, no measure
    end = ss + opened.start() - (len(written) - len(head))
    head = _EACH_CLASS.sub("", head)  # 各类|问题整改率: each class's measure is the measure
    if (
        not 2 <= len(head) <= 16
        or re.search(r"\d", head)
        or not MEASURE_END.search(head)
        or names_no_measure(head)
    ):
        return None
    return own + text[end - len(head) : end]


def _header_class(text: str, ss: int, s: int) -> tuple[str, str] | None:
    """The class written right before the figure at ``s`` with its list header's measure, when
    the figure is a class's member of a list whose header names the measure, else ``None``.

    The class is the shortest run of words ending in 类 right before the figure that
    :func:`_category_of_header` reads as such a member: ``(整改完成率依次为:环境目标考核类100%``
    → ``("环境目标考核类整改完成率", "整改完成率")``: the class's phrase and the header's
    measure, as written.

    Examples
    --------
    >>> t = "按9大类分类统计,整改完成率依次为:环境目标考核类100%、污染源类99.5%"
    >>> _header_class(t, 0, t.index("99.5"))
    ('污染源类整改完成率', '整改完成率')
    >>> _header_class("全省问题按照污染类型分为:大气类25个", 0, 17) is None
    True
    """
    if s < 2 or to_simplified(text[s - 1]) != "类":
        return None
    for k in range(2, min(15, s - ss) + 1):
        own = text[s - k : s]
        if not _CLASS_NAME.fullmatch(to_simplified(own)):
            break
        phrase = _category_of_header(own, text, ss, s)
        if phrase is not None:
            return phrase, phrase[len(own) :]
    return None


#: A sector of a statistical table's breakdown (the rows under a total: ``#工业``, ``生活``,
#: ``农业``; ``#`` marks the yearbooks' "of which").
_SECTOR = r"工业|生活|农业|城镇生活|农村生活|生活源|工业源|农业源"
#: A table's row holding a sector alone before its figures (its English gloss may follow).
_SECTOR_ROW = re.compile(rf"\s*#?(?P<sector>{_SECTOR})(?![\u4e00-\u9fff])[^\d\u4e00-\u9fff]*")
#: A table's row naming a measure: its name (Han script), then its unit in brackets.
_PARENT_ROW = re.compile(r"\s*#?(?P<name>[\u4e00-\u9fff]{2,}?)\s*(?:[(（][^)）\n]*[)）])?\s")


def _table_sector(text: str, ss: int, s: int) -> tuple[str, str, str] | None:
    """The measure of the table row above a sector's row, when the figure at ``s`` is on a
    row naming a sector alone, else ``None``.

    A statistical table breaks a total down by sector on the rows under it, each row
    naming the sector alone (``化学需氧量排放量(吨) … 395069`` then ``#工业 industry 94490``
    and ``生活 living consumption 300579``): the figure is the measure of the row above its
    sector rows (the first row before it that is no sector row), for that sector — a part
    of the measure (convention a).  Returns ``(sector, measure, subject)``: the sector and
    the measure as written, and the subject ``measure（sector）``.

    Examples
    --------
    >>> t = "化学需氧量排放量(吨)  cod( ton) 395069\\n #工业  industry 94490\\n 生活  living 300579"
    >>> _table_sector(t, t.index(" 生活"), t.index("300579"))
    ('生活', '化学需氧量排放量', '化学需氧量排放量（生活）')
    >>> t = "全省工业化学需氧量排放量91084吨"
    >>> _table_sector(t, 0, t.index("91084")) is None
    True
    """
    line = text.rfind("\n", 0, s) + 1
    own = text[max(line, ss) : s]
    simple = to_simplified(own)
    row = _SECTOR_ROW.fullmatch(simple)
    if row is None or line == 0:
        return None
    sector = own[row.start("sector") : row.end("sector")] if len(simple) == len(own) else row[1]
    found = _row_above_parts(text, line, _names_a_sector)  # over #工业 above 生活
    if found is None:
        return None
    words = text[found[0] : found[1]]
    simple = to_simplified(words)
    parent = _PARENT_ROW.match(simple + " ")
    if parent is None:
        return None
    name = parent["name"]
    if len(simple) == len(words):  # as written (化學需氧量排放量)
        name = words[parent.start("name") : parent.end("name")]
    return sector, name, f"{name}（{sector}）"


def _names_a_sector(words: str) -> bool:
    """Whether a table's row opens with a sector alone (``#工业``, ``生活``; either script)."""
    return _SECTOR_ROW.match(to_simplified(words)) is not None


def _a_listed_place(phrase: str, text: str, s: int, places: pd.DataFrame) -> bool:
    """Whether ``phrase``, written just before the bracket of the figure at ``s``
    (``经开区(31µg/m3)``), is one more place of a list of places near it
    (:func:`names_a_place`)."""
    if places.empty or s < 1 or text[s - 1] not in "(（":
        return False
    near = places[(places["start"] >= s - 60) & (places["end"] <= s + 60)]
    return names_a_place(phrase, [text[a:b] for a, b in near[["start", "end"]].to_numpy()])


#: Why a figure's phrase is the measure its line or its list's clause names before it.
_LINE_HEAD_NOTE = "indicator phrase taken from the head of the figure's line"
#: What may stand between a listed place and its figure (张店区|1.5, 铜锣湾|达到|64.9).
_PLACE_COPULA = re.compile(r"\s*(?:达到|達到|为|為|是|达|達)?\s*")
#: What may stand before a listed place: a list mark, a colon, a comma, a space.
_BEFORE_MEMBER = frozenset("、，,：:；; \u3000")


def _a_place_member(text: str, s: int, places: pd.DataFrame) -> bool:
    """Whether the figure at ``s`` is a place's own in a list of places with a figure each
    (``淄川区1.2ng/m3、张店区1.5ng/m3``): a place of the gazetteer written right before it
    (a copula between allowed: 荃湾达到…), after a list mark, a colon or a comma, and
    another place within the list's reach."""
    if places.empty or s < 1:
        return False
    near = places[(places["start"] >= s - 60) & (places["end"] <= s + 60)]
    if len(near) < 2:
        return False
    for a, b in near[["start", "end"]].to_numpy():
        a, b = int(a), int(b)
        if (
            b <= s
            and _PLACE_COPULA.fullmatch(text, b, s)
            and a > 0
            and text[a - 1] in _BEFORE_MEMBER
        ):
            return True
    return False


def _a_named_member(phrase: str, text: str, s: int, places: pd.DataFrame) -> bool:
    """Whether ``phrase``, a place's name alone, is a member of a list of places with a
    figure each, written right before the figure at ``s``.

    A station or a place the gazetteer lacks names a list's member as a division does
    (``铜锣湾达到64.9微克、屯门达到58.2微克``: 铜锣湾 is a roadside station, 屯门 a district;
    ``萬丹鄉(90件)、九如鄉(88件)``: townships): the phrase is a place's name (a place word of
    the segmenter: :func:`names_no_noun` only while places count as no noun) written right
    before its figure (a copula or a bracket between allowed, :data:`_PLACE_COPULA`), after a
    list mark, a colon or a comma (:data:`_BEFORE_MEMBER`), with a place of the gazetteer
    (``places``) within the list's reach written the same way before a figure of its own —
    so the phrase names where, not what: the figure's measure is the list's.

    Examples
    --------
    >>> import pandas as pd
    >>> t = "浓度,铜锣湾达到64.9微克、屯门达到58.2微克"
    >>> p = pd.DataFrame({"start": [t.index("屯门")], "end": [t.index("屯门") + 2]})
    >>> _a_named_member("铜锣湾", t, t.index("64.9"), p)
    True
    >>> _a_named_member("铜锣湾", "浓度,铜锣湾达到64.9微克", 10, p.iloc[:0])  # no list
    False
    """
    words = phrase.strip()
    if places.empty or not words or not names_no_noun(words) or names_no_noun(words, places=False):
        return False  # not a place's name (a verb, a time), or no gazetteer place near
    lo = max(0, s - len(words) - 4)
    at = text.rfind(words, lo, s)
    end = at + len(words)
    if at < 1 or text[at - 1] not in _BEFORE_MEMBER:
        return False
    if not (_PLACE_COPULA.fullmatch(text, end, s) or text[end:s] in ("(", "（")):
        return False
    near = places[(places["start"] >= s - 60) & (places["end"] <= s + 60)]
    for a, b in near[["start", "end"]].to_numpy():
        a, b = int(a), int(b)
        if b > at and a < end:
            continue  # the phrase itself
        m = _PLACE_COPULA.match(text, b)
        after = m.end() if m is not None else b
        if text[after : after + 1] in ("(", "（"):
            after += 1
        if a > 0 and text[a - 1] in _BEFORE_MEMBER and text[after : after + 1].isdigit():
            return True
    return False


def _amount_or_rate(phrase: str) -> bool:
    """Whether a measure's head is an amount, a rate, an area or a length (综合利用量,
    处置率, 面积), whose object a sentence before may name — not a change (降幅: of the
    figure before it) nor a class's share (劣Ⅴ类比例: of sections)."""
    simple = to_simplified(phrase)
    rate = re.search(r"(?<!增长|下降|降低)率$|面积$|长度$", simple)
    return bool(AMOUNT_HEAD.search(simple) or rate)


def _figure_between(figures: pd.DataFrame | None, lo: int, hi: int) -> bool:
    """Whether a figure is written in ``text[lo:hi]`` (an earlier clause of the sentence)."""
    if figures is None or figures.empty:
        return False
    return bool(((figures["start"] >= lo) & (figures["end"] <= hi)).any())


def _object_before(
    text: str,
    ss: int,
    places: pd.DataFrame,
    dates: pd.DataFrame,
    figures: pd.DataFrame,
) -> str | None:
    """The one object the sentence before ``ss`` names with an amount or a count
    (:func:`_earlier_object` over its clauses), when it ends with a sentence mark in the
    same paragraph (not a line break), else ``None``."""
    if ss < 2 or text[ss - 1] not in SENTENCE_BREAKS or text[ss - 1] == "\n":
        return None
    ps = start_of_sentence(text, ss - 1)
    return _earlier_object(text, ps, ss - 1, places, dates, figures)


def _earlier_object(
    text: str,
    ss: int,
    cs: int,
    places: pd.DataFrame,
    dates: pd.DataFrame,
    figures: pd.DataFrame,
    *,
    nearest: bool = False,
) -> str | None:
    """The object of the amounts named in the earlier clauses of the sentence (``object_of``
    of ``extract._phrases`` on each clause's words after its last place, date or figure
    before the amount: ``2020年，全省尾矿产生量为…`` → 尾矿), else ``None``.

    A clause opening with 占 names the whole a share is of (``占…一般固体废物产生量的27%``),
    not the sentence's object: it is skipped.  A clause without an amount may count its
    object (``有国家级自然保护区13个``: ``object_of(..., counted=True)``).  When the earlier
    clauses name different objects, which one a head alone is of is a guess: ``None``
    (``炉渣产生量…，钢渣产生量…，综合利用率…``: the two slags' rate, or the second's?) —
    unless ``nearest`` and the sentence is a series of objects each followed by figures of
    its own: the clause right before the figure's names an object and no two clauses naming
    objects follow each other (``二氧化硫排放总量1214吨，削减率达25.9%，化学需氧量排放总量
    1620吨，削减率达3.4%``: 化学需氧量削减率).  A clause between that names none leaves it
    ``None`` (``…，万元GDP能耗为0.91吨，削减率为19.61%``)."""
    starts = [ss, *(m.end() for m in CLAUSE.finditer(text, ss, cs))]
    ends = [*starts[1:], cs]
    marks = [df[["start", "end"]].to_numpy() for df in (places, dates, figures) if df is not None]
    spans = np.concatenate(marks) if marks else np.empty((0, 2), dtype=int)
    objects: dict[str, str] = {}  # by its simplified script: as written
    named: list[str | None] = []  # each clause's object (None: it names none), in order
    counts = figures[["start", "end"]].to_numpy() if figures is not None else spans[:0]
    for a, b in zip(starts, ends, strict=True):
        simple = to_simplified(text[a:b])
        head = AMOUNT_HEAD.search(simple)
        if b - a < 3:
            continue  # an empty piece (the mark closing the clause before the figure's)
        named.append(None)
        if simple.lstrip().startswith("占"):
            continue
        if head is None:  # 有自然保护区13个: what a count counts is an object too
            for fs, fe in counts[(counts[:, 0] >= a) & (counts[:, 1] <= b)]:
                cl = COUNT_CLASSIFIER.match(text, int(fe))
                close = cl.end() if cl else int(fe)
                if not (cl or COUNT_CLASSIFIER.fullmatch(text, int(fe) - 1, int(fe))) or (
                    close < b and text[close] not in "，,；;。"
                ):  # a count closing its clause (自然保护区13个，): not 50条主要河川
                    continue
                before = spans[(spans[:, 0] >= a) & (spans[:, 1] <= fs)]
                lo = int(before[:, 1].max()) if len(before) else a
                obj = object_of(_trimmed(text, lo, int(fs)), counted=True) if fs > lo else None
                if obj is not None:
                    objects.setdefault(to_simplified(obj), obj)
                    named[-1] = obj
            continue
        h = a + head.start()
        before = spans[(spans[:, 0] >= a) & (spans[:, 1] <= h)]
        lo = int(before[:, 1].max()) if len(before) else a
        obj = object_of(_trimmed(text, lo, a + head.end()) if h > lo else "")
        if obj is not None:
            objects.setdefault(to_simplified(obj), obj)
            named[-1] = obj
    if len(objects) == 1:
        return next(iter(objects.values()))
    series = all(x is None or y is None for x, y in itertools.pairwise(named))
    return named[-1] if nearest and len(objects) > 1 and series else None


#: A rate named by its verb alone (达标率, 超標率, 办结率, 优良率; simplified, ``fullmatch``):
#: the verb is group 1.
_VERB_RATE = re.compile(r"(?:总|平均|综合)?([\u4e00-\u9fff]{2})率")


def _object_of_verb(
    phrase: str,
    text: str,
    ss: int,
    cs: int,
    places: pd.DataFrame,
    dates: pd.DataFrame,
    figures: pd.DataFrame,
) -> str | None:
    """The object of a rate named by its verb alone, from the count of the clause right
    before it that writes the same verb (``各类功能区昼间达标151点次，达标率为96.8%`` →
    功能区昼间; ``空气质量优良天数300天，优良率82%`` → 空气质量), else ``None``.

    The clause before the figure's, in its sentence, must write the rate's verb and a
    figure after it; the object is the words between the last place, date or figure
    before the verb and the verb, tidied, when they are two characters or more, hold no
    figure and name something (no place, time or reference alone).  Only the clause right
    before is read: a verb further back may be another member's (``1类区超标测点1个，2类区
    12个，…，超标率分别为…``: no object)."""
    rate = _VERB_RATE.fullmatch(to_simplified(phrase.strip()))
    if rate is None or cs <= ss:
        return None
    starts = [ss, *(m.end() for m in CLAUSE.finditer(text, ss, cs - 1))]
    lo = starts[-1]
    verb = _PINYIN_GLOSS.pattern.join(("(?:", ")?")).join(rate.group(1))  # 達(dá)標
    found = list(re.finditer(verb, to_simplified(text[lo:cs])))
    if not found:
        return None
    at = lo + found[-1].start()
    marks = [df[["start", "end"]].to_numpy() for df in (places, dates, figures) if df is not None]
    spans = np.concatenate(marks) if marks else np.empty((0, 2), dtype=int)
    if not ((spans[:, 0] >= at) & (spans[:, 1] <= cs)).any() or figures is None:
        return None
    if not ((figures["start"] >= at) & (figures["end"] <= cs)).any():
        return None  # no count of the verb's things in the clause
    before = spans[(spans[:, 0] >= lo) & (spans[:, 1] <= at)]
    start = int(before[:, 1].max()) if len(before) else lo
    words = _tidied(text, start, at)
    if (
        len(words) < 2
        or re.search(r"\d", words)
        or names_no_measure(words)
        or names_a_reference(words)
        or names_a_fragment(words)
    ):
        return None
    return words


def _shares_a_pair(words: str, form: str) -> bool:
    """Whether ``words`` and ``form`` have a pair of adjacent characters in common."""
    return any(form[i : i + 2] in words for i in range(len(form) - 1))


#: Words of a poor quality (重度污染, 超标, 劣Ⅴ类, 不良, 未达标) and of a good one (优良, 达标,
#: 良好): a share or count of the one is never the indicator of the other.
_POOR_QUALITY = re.compile(r"污染|超标|劣|不良|未达|不达|重度|严重|较差")
_GOOD_QUALITY = re.compile(r"优良|达标|良好|较好")


def _quality_of(words: str) -> str | None:
    """``"poor"`` or ``"good"`` when ``words`` (simplified script) name one quality only,
    else ``None`` (no quality, or both: 达标 inside 未达标 is the poor one)."""
    poor = bool(_POOR_QUALITY.search(words))
    good = bool(_GOOD_QUALITY.search(_POOR_QUALITY.sub("|", words)))
    if poor == good:
        return None
    return "poor" if poor else "good"


def opposite_quality(own: str, name: str) -> bool:
    """Whether a figure's own words and an indicator's name are of opposite qualities.

    ``重度及以上污染天数比例`` is no ``空气质量优良天数比例``, ``劣Ⅴ类水体比例`` no
    ``优良水体比例``, ``超标天数`` no ``达标天数``: the share of the poor days (sections,
    waters) is not the share of the good ones, though most of the name's words are written.

    Parameters
    ----------
    own : str
        The words naming the figure, in its own clause (either script).
    name : str
        A registry name or form (either script).

    Returns
    -------
    bool
        True when one names a poor quality (污染, 超标, 劣, 不良, 未达标, 重度 …) and the
        other a good one (优良, 达标, 良好), each only that one.

    Examples
    --------
    >>> opposite_quality("重度及以上污染天数比例", "空气质量优良天数比例")
    True
    >>> opposite_quality("空气质量达标天数比例", "空气质量优良天数比例")
    False
    >>> opposite_quality("PM2.5浓度", "空气质量优良天数比例")
    False
    """
    a = _quality_of(to_simplified(own))
    b = _quality_of(to_simplified(name))
    return a is not None and b is not None and a != b


#: Words of an average per item or a single item (件均罚锾, 户均, 平均每件, 单笔罚款; 人均, 亩均:
#: per person, per mu — 人均用水量 is no total water use, reg41): the figure is the amount of
#: one item, never the total a name without them is of (not 平均每日: a rate per day is
#: still the total's).
_PER_ITEM = re.compile(
    r"件均|户均|家均|次均|人均|亩均|平均每(?=[^日天月年时周])|每件|每户|每家|每起|单件|单笔|单次"
)


def per_item(own: str, name: str) -> bool:
    """Whether a figure's own words say it is an average per item or one item's amount,
    which the indicator's name does not say.

    ``件均罰鍰金額6萬元`` is no total of fines (罚款金额), ``单笔罚款最高144万元`` neither;
    a name that says so itself (``人均…``, ``户均…``) is not concerned.

    Parameters
    ----------
    own : str
        The words naming the figure, in its own clause (either script).
    name : str
        A registry name or form (either script).

    Returns
    -------
    bool
        True when ``own`` writes 件均, 户均, 平均每, 单笔 … and ``name`` does not.

    Examples
    --------
    >>> per_item("件均罰鍰金額", "罚锾"), per_item("罰鍰總額", "罚锾")
    (True, False)
    """
    written = {m.group() for m in _PER_ITEM.finditer(to_simplified(own))}
    named = to_simplified(name)
    return any(w not in named for w in written)


#: The term an order sets (责令立即改正: at once; 限期整改: within a deadline): an order of one
#: term is never the count of orders of the other.
_ORDER_TERM = re.compile(r"立即|马上|立行立改|限期|限时|长期")


def other_term(own: str, name: str) -> bool:
    """Whether a figure's own words write an order of another term than ``name``'s.

    Parameters
    ----------
    own : str
        The words naming the figure, in its own clause (either script).
    name : str
        A registry name or form (either script).

    Returns
    -------
    bool
        True when both write a term (立即, 限期 …) and no term of ``own`` is ``name``'s.

    Examples
    --------
    >>> other_term("責令立即改正", "限期整改"), other_term("责令限期改正", "限期改正")
    (True, False)
    >>> other_term("停产整改", "限期整改")
    False
    """
    written = {m.group() for m in _ORDER_TERM.finditer(to_simplified(own))}
    named = {m.group() for m in _ORDER_TERM.finditer(to_simplified(name))}
    return bool(written) and bool(named) and not written & named


#: The closing marks of a quoted name (simplified script; ”, 」, 』).
_CLOSING_QUOTE = re.compile(r"[”」』]")


def _across_quote(own: str, form: str) -> bool:
    """Whether a registry form would be read across the closing mark of a name the phrase
    quotes.

    A name in quotes is the text's own name for what it measures
    (``“蓝天白云,繁星闪烁”天数``: Shandong's days of blue sky and starry nights, visibility
    10 km or more): a registry form whose character pairs are written both inside the
    quoted name and after its closing mark, and whole on neither side, is read from
    words the quote keeps apart (``蓝天数`` from ``蓝天`` inside and ``天数`` after) —
    no name of the figure (reg46).  A form written whole after the quote
    (``“十三五”以来优良天数比例``) is.

    Parameters
    ----------
    own : str
        The figure's phrase (normalised, simplified script).
    form : str
        A registry form.

    Returns
    -------
    bool

    Examples
    --------
    >>> _across_quote("“蓝天白云,繁星闪烁”天数", "蓝天数")
    True
    >>> _across_quote("“十三五”以来优良天数比例", "优良天数比例")
    False
    >>> _across_quote("蓝天数", "蓝天数")
    False
    """
    marks = list(_CLOSING_QUOTE.finditer(own))
    if not marks:
        return False
    inside, outside = own[: marks[-1].start()], own[marks[-1].end() :]
    if form in inside or form in outside:
        return False
    pairs = {form[i : i + 2] for i in range(len(form) - 1)}
    return any(p in inside for p in pairs) and any(p in outside for p in pairs)


def _not_its_name(own: str, name: str) -> bool:
    """Whether the figure's own words rule out ``name`` (:func:`opposite_quality`,
    :func:`per_item`, :func:`other_term`, :func:`one_grade`)."""
    return bool(own) and (
        opposite_quality(own, name)
        or per_item(own, name)
        or other_term(own, name)
        or one_grade(own, name)
    )


#: One grade of pollution named whole (轻度污染, 重度污染, 严重污染), not a range of grades
#: (重度污染以上, 重度及以上污染).
_ONE_GRADE = re.compile(rf"(?:{POLLUTION_GRADES})污染(?!以上)")


def one_grade(own: str, name: str) -> bool:
    """Whether a figure's own words name one grade of pollution that ``name`` does not.

    ``重度污染天数比例`` (AQI 201–300) and ``严重污染天数比例`` (above 300) are parts of the
    heavy-or-severe share (``重污染天数比例``, ``重度及以上污染天数比例``): a part keeps its
    part, though most of the name's words are written.

    Parameters
    ----------
    own : str
        The words naming the figure, in its own clause (either script).
    name : str
        A registry name or form (either script).

    Returns
    -------
    bool
        True when ``own`` names a grade (:data:`_ONE_GRADE`) that ``name`` does not name.

    Examples
    --------
    >>> one_grade("嚴重污染天數比例", "重污染天数比例")
    True
    >>> one_grade("重度污染天数比例", "重度及以上污染天数比例")
    True
    >>> one_grade("重度污染天数比例", "重度污染以上天数比例")
    True
    >>> one_grade("重污染天数比例", "重污染天数比例")
    False
    >>> one_grade("重度污染以上天数比例", "重污染天数比例")
    False
    """
    named = set(_ONE_GRADE.findall(to_simplified(name)))
    return bool(set(_ONE_GRADE.findall(to_simplified(own))) - named)


def _leads(words: str, form: str) -> bool:
    """Whether ``words`` hold the leading word (first two letters) of ``form``: the thing
    a loosely matched name is about (秸秆 of 秸秆综合利用率, 空气 of 空气质量优良天数比例)."""
    letters = re.sub(r"[\W\d_]+", "", form)
    return len(letters) < 2 or letters[:2] in words


#: A phrase ending with a measure of its own (用电量, 增加值, 浓度, 比例 …): a part named whole.
#: Figures listed after a whole in its clause (问责共139人|、15个单位): still its clause.
_LIST_GOES_ON = re.compile(r"^([、和及与][^，,。；;：:!！?？]*?\d[\d.,]*[^，,。；;：:\d]{0,4})+")
#: Brackets right after a whole that break it down (``1520件(来电1200件,来信320件)``): an
#: aside of the whole, no other measure between it and its 其中.
_ASIDE_AFTER = re.compile(r"^\s*[(（][^()（）]*[)）]")
#: Between a whole and the 其中 of its parts, another figure or measure's clause (告发4551件，
#: 告发率为13.07%，…，其中; 4018人被问责。…共计与353名领导干部…谈话，其中): the parts are
#: of that, not of the whole.
_ANOTHER_MEASURE = re.compile(r"\d|率|比例|比重|占比")
#: A clause naming the largest or main member of a breakdown (以X…352家为最多), not its total.
_SUPERLATIVE = re.compile(r"最多|最大|最高|为主|居首|其次")
#: What may open a member of a breakdown before its words (list marks, 其次为, 以及, 涉及).
_MEMBER_OPENER = re.compile(
    r"^[、，,；;\s]*(?:其次[为是]?|次之[为是]?|以及|及|和|与|(?:主要)?(?:涉及|包括)|属于?)?"
)
#: What may follow a member's words before its figure (Ⅱ类为, 輕度污染的占, 工业占, B級共).
_MEMBER_COPULA = re.compile(r"(?:的)?(?:共|占|为|是|有|达)?$")
#: Between places and the one figure they all share (``贵安新区、仁怀市、威宁自治县均为0件``):
#: 均 and a copula after it (not 各, whose members :func:`~envindicators.extract._places.
#: labels_of_lists` reads).
_SHARED_FIGURE = re.compile(r"\s*均\s*(?:为|為|是)?\s*")
#: The whole of a share written with it: 占燃料燃烧总排放的 (14.05%).
_SHARE_OF = re.compile(r"[占]([^\d，,。；;：:占]{2,16}?)的\s*[\d.]")
#: The set an ``N个X中`` names, at the end of the words before a list of shares
#: (``1613个水质断面中``, ``列管工廠2,289家中``).
_AMONG_SET = re.compile(
    r"\d+\s*(?:个|座|条|家|处|所)(?P<after>[^\d，,。；;：:]{2,12}?)中"
    r"|(?P<before>[\u4e00-\u9fff]{2,12})[\d,.]+\s*(?:个|座|条|家|处|所)中"
)
_OWN_MEASURE = re.compile(r"(率|量|值|数|浓度|比例|比重|占比|指数|面积|长度|收入|产值)$")


def _holds_noun(words: str) -> bool:
    """Whether ``words`` hold a noun, or end in a verbal noun after other words
    (受理有效举报; not a verbal noun alone: 监测)."""
    spans = segment(to_simplified(words))
    if any(t.startswith("n") for _, _, t in spans):
        return True
    return len(spans) > 1 and spans[-1][2] == "vn"


def _ends_in_noun(words: str) -> bool:
    """Whether ``words`` end in a noun (jieba's ``n…`` tags: 水质断面, 信访件)."""
    spans = segment(to_simplified(words))
    return bool(spans) and spans[-1][2].startswith("n")


def _figures_out(words: str, figures: pd.DataFrame, text: str) -> str:
    """``words`` without the written forms of ``figures`` (offsets in ``text``)."""
    for a, b in zip(figures["start"], figures["end"], strict=True):
        words = words.replace(to_simplified(text[int(a) : int(b)]), "")
    return words


def _common_end(a: str, b: str) -> int:
    """The number of characters ``a`` and ``b`` end with in common."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


_LIST_MARK = "、和及与"
#: A quality said of the things counted, right after their counted noun (``40个监测断面水质
#: 达到优良``, ``3个考核断面为劣Ⅴ类``, ``12个断面未达标``): the count is of those things of that
#: quality, not of all of them — unless a measure follows (``15个国考断面水质优良比率100%``:
#: the count is the measure's base).
QUALITY_WORDS = (
    r"(?:水质|空气质量|质量)?(?:已|仍)?"
    r"(?:达到|未达到|未达|为(?=优|良|劣|[IVX]+类|轻度|中度|重度)|属于|符合|满足|超标|不达标|达标"
    r"|优良|劣于|优于|好于|恶化|改善|好转)"
    r"(?![^，,。；;]*?(?:比例|比率|率|占比))"
)
_QUALITY_PREDICATE = re.compile("^" + QUALITY_WORDS)
#: A quality word qualifying the counted things before their head (``20个劣Ⅴ类国控断面``,
#: ``水质优良断面85个``): the count is of those of that quality.
_QUALITY_MODIFIER = re.compile(r"优良|达标|超标|劣|未达|不达")
#: A list mark in a phrase: it names several things (:meth:`IndicatorPicker._liked`).
_LISTED = re.compile(r"[、,，/]")
#: The water a measure is of: a ranked name of one medium is no name of another (地下水
#: Ⅰ～Ⅲ类水质点位比例 is no surface-water share).
_MEDIUM = re.compile(r"地下水|地表水|海水|海域|饮用水|水源")
#: … the same after a counted noun of a few characters (the figure's words after it).
_COUNT_OF_QUALITY = re.compile(r"^[\u4e00-\u9fff]{1,8}?" + QUALITY_WORDS)
#: The same with the counted noun named (:meth:`IndicatorPicker._of_a_quality`).
_QUALIFIED_COUNT = re.compile(r"^(?P<noun>[\u4e00-\u9fff]{1,8}?)" + QUALITY_WORDS)
#: The predicate word of a quality (what a registry name must write to be a count of it).
_QUALITY_VERB = re.compile(
    r"未达到|未达|达到|属于|符合|满足|不达标|超标|达标|优良|劣于|优于|好于|恶化|改善|好转|为"
)
#: A counted noun that is a whole a part is taken of (…中), a share, or all of the things.
_WHOLE_OR_ALL = re.compile(r"中|比例|比率|率|占|均|全部|都|总体|总")
#: A short noun written right after a count and closed by a list mark or the clause's end
#: (``43项|整改任务|、``).
_SHORT_NOUN = re.compile(r"[\u4e00-\u9fff]{2,6}(?=[、，,。；;和及与]|$)")
#: The words after a count up to the next figure or clause mark.
_UP_TO_FIGURE = re.compile(r"[^\d，,。；;]*")
#: The words ending a registry count's name (国控断面数, 自然保护区数量): not its thing.
_COUNT_SUFFIX = re.compile(r"(总数|数量|个数|数)$")
#: What may stand between a name and the figure it names (停产整改103件, 停产整改为103件).
#: The head of a share's phrase (劣Ⅴ类水质点位比例).
_SHARE_HEAD_WORD = re.compile(r"比例|比重|占比|百分比")
#: A bound naming the good waters, Ⅲ类 or better (normalised: ``III``): 达到或优于…Ⅲ类,
#: 符合和优于Ⅲ类, Ⅲ类及以上 — their range is Ⅰ～Ⅲ类 (:data:`_GOOD_RANGE`; reg44).
_GOOD_CLASS_BOUND = re.compile(
    r"(?:达到|符合)(?:或|和|及)(?:优于|好于)[^,;，；]{0,12}?(?<![IVX])III类|"
    r"(?<![IVX])III类(?:及|或)?以上"
)
_GOOD_RANGE = "I~III类"
#: A length or an area measured by a water class (河长, 面积): its share is no share of the
#: waters or sections.
_EXTENT_WORD = re.compile(r"河长|长度|面积|里程")
#: 占 written right before a share's figure (``…的占81.4%``): the share's word.
_SHARE_VERB_BEFORE = re.compile(r"占")
#: Words that make a written class a bound (劣于Ⅴ类, 达到或好于Ⅲ类, Ⅲ类以上).
_WATER_CLASS_BOUND = re.compile(r"[劣好优差]于|以上|以下|及以上|及以下")
#: A medium other than fresh surface water around an object's head (海洋|功能区, 近岸海域环境|
#: 功能区, 功能区|噪声): the head names that medium's object.
_OTHER_MEDIUM = re.compile(r"海洋|海域|近岸|海水|噪声|声环境")
#: How far before a sentence another medium named (a heading, the sentence before) decides
#: what a head written alone (功能区) is of.
_MEDIUM_BEFORE = 40
#: Waters other than surface water whose classes are written alike (GB/T 14848, GB 3097).
_OTHER_WATER = re.compile(r"地下水|海水|海域|近岸|海洋")
#: How far after a later member's name its own figure may stand (立案处罚|7件, 限期改正或
#: 限期治理|88家).
_OWN_FIGURE_REACH = 6
#: A mark that opens a list's next member (停产企业8家、限期改正…88家).
_LATER_MEMBER = re.compile(r"[、，,；;]")
_OWN_FIGURE_GAP = re.compile(r"[\s:：]*(?:为|达|共|计|共计)?[\s:：]*")
_NON_DIGITS = re.compile(r"[^\d０-９一二三四五六七八九十百千万亿两零〇.]*")
#: Why a share named by its part and 占比 (the whole left out) is to be reviewed.
_LIKE_NOTE = (
    "indicator linked by likeness to the registry form {} (likeness {:.2f}, margin {:.2f}): "
    "no name written, to review"
)
#: Why a figure named by a registry form with its leading modifier reworded is to be
#: reviewed (:meth:`Lexicon.near_form`).
_NEAR_NOTE = (
    "indicator linked by likeness to the registry form {} (its words {} written, the "
    "modifier before them reworded): to review"
)
_RANK_NOTE = "indicator ranked from the registry ({}: score {:.2f}, margin {:.2f}): to review"


def _other_thing(own: str, form: str) -> bool:
    """Whether a figure's phrase and a registry form are about two things: neither's leading
    word (its first two letters) is written in the other.

    A name's leading word says what it measures (秸秆 of 秸秆综合利用率, 第二 of 第二产业增加值,
    土壤 of 土壤监测点位); a phrase leading with another word and not writing the name's
    (尾矿综合利用率, 第一产业增加值, 地表水监测点位) measures another thing, however many of the
    name's later words it shares.  A phrase that writes the name's leading word after
    words of its own (深层土壤点位) or leads with a word of the name (涌水量 of 吨煤涌水量) is
    about the same thing.

    Parameters
    ----------
    own : str
        The figure's normalised noun phrase.
    form : str
        A normalised registry form.

    Returns
    -------
    bool
        True when neither leading word is written in the other.

    Examples
    --------
    >>> _other_thing("尾矿综合利用率", "秸秆综合利用率")
    True
    >>> _other_thing("深层土壤点位", "土壤监测点位")
    False
    >>> _other_thing("涌水量", "吨煤涌水量")
    False
    """
    a, b = _letters(own), _letters(form)
    if len(a) < 2 or len(b) < 2:
        return False
    return a[:2] not in b and b[:2] not in a


def _letters(words: str) -> str:
    return re.sub(r"[\W\d_]+", "", words)


def _same_polarity(form: str, words: str) -> bool:
    """Whether a registry form and a figure's words agree in negation (:data:`NEGATION`).

    A negation (未, 非, 劣, 超标, 不达标 …) written in the words and not in the form names the
    complement of the form's measure (``未按期淘汰`` is no 淘汰), and one in the form not
    written in the words names another measure than the words (``未达标断面`` for ``达标断面``).

    Parameters
    ----------
    form : str
        A normalised registry form.
    words : str
        The figure's normalised words (simplified script).

    Returns
    -------
    bool
        True when every negation of either is written in the other.

    Examples
    --------
    >>> _same_polarity("淘汰燃煤锅炉", "燃煤锅炉未按期淘汰")
    False
    >>> _same_polarity("未达标断面", "达标断面")
    False
    >>> _same_polarity("未按期淘汰燃煤锅炉", "燃煤锅炉未按期淘汰")
    True
    """
    said = {m.group() for m in NEGATION.finditer(words)}
    held = {m.group() for m in NEGATION.finditer(form)}
    return said == held


_SHARE_NOTE = "indicator named by the part of its share and 占比 (the whole not written)"
_MEMBER_NOTE = "indicator phrase is the figure's own member of a list sharing one verb (分别)"
#: Why a list member linked to the measure the list shares is flagged: the member is a part.
_PART_NOTE = "indicator is the whole the list shares; the figure is its member's part (分别)"


def _figure_first(text: str, s: int, e: int, ce: int, figures: pd.DataFrame) -> str | None:
    """The words after a figure of a list that writes each figure before its noun
    (``447公吨废纸、63公吨塑胶类废料``: 废纸 is 447's, 塑胶类废料 is 63's), else ``None``.

    A list is written figure first when the words after a figure end at a list mark
    (、和及与) that the next figure follows at once, or when the words between the previous
    figure and this one end at such a mark.  Not the words of a bracket opened after the
    figure and still open at the mark (``7件（部分案件涉及2种…``: an aside, whose 及 is
    no list's).
    """
    fs, fe = figures["start"].to_numpy(), figures["end"].to_numpy()
    later = fs[(fs >= e) & (fs < ce)]
    nxt = int(later.min()) if len(later) else ce
    marks = [i for i in range(e, nxt) if text[i] in _LIST_MARK or text[i] in "，,；;。"]
    stop = marks[0] if marks else nxt
    if re.search(r"[（(][^）)]*$", text[e:stop]):
        return None  # 7件（部分案件涉及2种…: the words of an aside opened after the figure
    # 兩個(gè)“向好”: the words, not a gloss or a quote mark; the words start after the measure
    # word (never cut at the segmenter's words: 6間|歇業, 十五家|產源事業 are no 間歇, 家產)
    words = tidy_phrase(_trimmed(text, e, stop))
    if len(words) < 2 or re.search(r"\d", words):
        return None
    prior = fe[(fe <= s) & (fe > s - 40)]
    before = text[int(prior.max()) : s] if len(prior) else ""
    first_of_list = bool(marks) and text[stop] in _LIST_MARK and stop + 1 == nxt
    after_one = len(before) > 2 and before[-1] in _LIST_MARK and before[0] not in _LIST_MARK
    return words if first_of_list or after_one else None


#: How many sentences holding no figure in a split's unit (asides: shares, counts of
#: another measure word) may stand between a split and the sentence of its whole.
_SPLIT_ASIDES = 2
_PETITION_SPLIT_NOTE = "indicator of the petitions whose count the figure splits (place, topic)"
_PLACE_SPLIT_NOTE = "indicator phrase of the count the figure splits by place (to review)"
#: A list member's figure with its measure word and the 、 of the next member after it
#: (``2件、``, ``4件,、`` of a doubled comma), read at the figure's start.
_MEMBER_NEXT = re.compile(r"[\d.]+\s*[^\d\s、，,。；;]{0,3}[，,]?、")
#: A topic of one character (:data:`PETITION_TOPICS`: 水) written alone right before a
#: figure, after a list's separator or opener (``、水11件``, ``涉及水13件``; simplified script,
#: read on the four characters before the figure): the own words of a figure keep no word
#: of one character (:meth:`IndicatorPicker._own_words`), so the split names it here.
_ONE_CHARACTER_TOPIC = re.compile(
    r"(?:[、，,：:；;]|涉及|为|是)(?:"
    + "|".join(t for t in sorted(PETITION_TOPICS) if len(t) == 1)
    + r")$"
)
#: A list member's figure with its measure word and the separator before the next member,
#: read up to that member's words (``…自治州15件,|省发改委16件``).
_MEMBER_BEFORE = re.compile(r"\d\s*[^\d\s、，,。；;]{0,3}[，,、；;]\s*$")
#: Words naming a target and nothing else (simplified; ``fullmatch``): who set it, its
#: term, 目标(值) and a copula (省定目标, 国家下达的年度目标值为, 考核目标).
_TARGET_ALONE = re.compile(
    r"(?:国家|省|市|县|区|省定|市定|上级)?(?:下达(?:的)?)?(?:年度|考核|约束性)*目标值?"
    r"(?:为|是|要求)?"
)
#: A comparison of a figure before with its target, written right before the margin
#: (simplified script; ``fullmatch``): 好于年度目标, 优于考核目标, 低于95年度目标值, 优于年度约束性
#: 指标 — the verbs of :data:`~envindicators.extract._phrases.MARGIN_VERBS`.
_MARGIN_OVER_TARGET = re.compile(
    r"(?:已|均|远|远远)?"
    + MARGIN_VERBS
    + r"(?:了)?(?:\d{2,4}年度?)?(?:(?:年度|考核)*(?:约束性)?指标|"
    + _TARGET_ALONE.pattern
    + ")"
)
_MARGIN_NOTE = "indicator phrase is the margin over its target of the figure before it (to review)"
_SET_COUNTED_NOTE = "indicator phrase is the noun the count counts, written after it"
_CLASS_RENAMED_NOTE = (
    "indicator named by its class and the measure of the change before it (another class's)"
)
#: How far before a split's whole a count it restates is looked for (characters).
_RESTATED_WITHIN = 400
#: A count written as the set its parts are taken from: right after it, a short noun and
#: 中 (``73件案件中``, ``26件中``; simplified, ``match``).
_SET_OF = re.compile(r"[\u4e00-\u9fff]{0,5}?中")
_TARGET_OF_NOTE = "indicator of the figure before: named by a target word alone (省定目标)"
#: The topic or channel a split member's subject writes after its whole's name (（来电）).
_SPLIT_ASIDE = re.compile(r"（[^（）]*）$")
#: How many characters of time or manner may stand before a petitions' act alone (累计, 分解后,
#: 此前, 共; :meth:`IndicatorPicker._petitions_by_act`).
_ACT_LEAD = 3
#: A phrase that is a petitions' act alone (simplified; ``fullmatch``): a verb of handing
#: over or receiving (转办, 交办, 移交, 转交, 受理, 接收 …) after at most :data:`_ACT_LEAD`
#: Han characters of time or manner (累计, 分解后, 共), the act in group ``act`` (reg46).
_BARE_ACT = re.compile(rf"[\u4e00-\u9fff]{{0,{_ACT_LEAD}}}?(?P<act>{HAND_OVER}|{RECEIVE})")
_PETITION_ACT_NOTE = "indicator of the petitions named before a count by their act alone"
#: The petition class's head nouns, longest first (信访举报件 before 信访).
_PETITION_HEAD = re.compile(
    "|".join(sorted(OBJECT_CLASSES["petition"].heads, key=len, reverse=True))
)
#: A petitions count's own words that name a part of the petitions, not a stage of all: the
#: key cases (重点, 重点关注) or what their verification found (属实, 不属实: reg42).
_A_PART_OF_PETITIONS = re.compile("|".join(("重点", *PETITION_FINDINGS)))
#: The verbs of the acts that are not petitions' own (立案查处, 整改, 关停 …): after one, a
#: count in 件 counts that act's things.
_OTHER_ACT = re.compile(
    "|".join(
        sorted((v for c, vs in VERB_CLASSES.items() if c != "handle" for v in vs), key=len)[::-1]
    )
)


def _in_aside(text: str, cs: int, s: int) -> bool:
    """Whether the figure at ``s`` is inside brackets opened in its clause (``(重复件3件)``,
    ``(来电9件、来信4件)``)."""
    words = text[cs:s]
    opened = max(words.rfind("("), words.rfind("（"))
    return opened >= 0 and max(words.rfind(")"), words.rfind("）")) < opened


#: A closing bracket (the end of an aside).
_CLOSING = re.compile(r"[)）]")
#: A digit (a figure written in a name).
_A_DIGIT = re.compile(r"\d")
#: The nouns of reports received — petitions, complaints, clues (举报, 投诉, 信访, 线索: the
#: heads of the ``petition`` and ``clue`` object classes,
#: :data:`~envindicators.extract._actions.OBJECT_CLASSES`), with 信息 after them (举报信息) —
#: and the measure words they are counted in (件, 条).
_REPORT_HEADS = tuple(
    sorted(
        {*OBJECT_CLASSES["petition"].heads, *OBJECT_CLASSES["clue"].heads},
        key=lambda h: (-len(h), h),
    )
)
_REPORT_MEASURES = frozenset(OBJECT_CLASSES["petition"].measures + OBJECT_CLASSES["clue"].measures)
_REPORT_NOUN = re.compile(
    "(?:" + "|".join(_REPORT_HEADS) + r")(?:信息|问题)?(?:共计|累计|合计|总计|共|达|为|约|了)*"
)
#: A count of reports and its measure word, then only marks, after the reports' noun
#: (举报信息|2997条,|2904条已受理: the next figure in the same measure word counts them too).
_REPORT_COUNT_AFTER = re.compile(r"[\d.,，]+[万余多]*(?P<measure>[件条])[\s,，、；;]*")


def reports_counted(gap: str, measure: str, form: str) -> bool:
    """Whether a count's words after a registry name write the reports it counts.

    ``全国城市黑臭水体公众监督平台共接到群众举报信息2997条``: the noun written last before
    the count (举报信息, :data:`_REPORT_NOUN`) names what is counted; the name before it
    (黑臭水体) is the topic of the platform, no measure of the count.  So is the next count
    in the same measure word right after it (``2997条,2904条已受理``).  Only a count in a
    measure word of reports (件, 条) and a name that is itself no report's
    (``信访举报件``, ``举报件``).

    Parameters
    ----------
    gap : str
        The words between the name's end and the count (simplified script).
    measure : str
        The count's last character (its measure word, simplified).
    form : str
        The registry form before the count.

    Returns
    -------
    bool
        True when the reports' noun names the count.

    Examples
    --------
    >>> reports_counted("公众监督平台共接到群众举报信息", "条", "黑臭水体")
    True
    >>> reports_counted("公众监督平台共接到群众举报信息2997条,", "条", "黑臭水体")
    True
    >>> reports_counted("共接到群众举报信息", "个", "黑臭水体")
    False
    >>> reports_counted("共", "件", "信访举报件")
    False
    """
    if measure not in _REPORT_MEASURES or any(h in form for h in _REPORT_HEADS):
        return False
    for m in _REPORT_NOUN.finditer(gap):
        rest = gap[m.end() :]
        if not rest:
            return True
        after = _REPORT_COUNT_AFTER.fullmatch(rest)
        if after is not None and after.group("measure") == measure:
            return True
    return False


#: A set named before 中 and a mark (``在被定罪的个案中，``): the figure after it, with words
#: of its own, counts a part of the set, not the set (``违反《空气污染管制条例》的有六宗``).
_IN_THE_SET = re.compile(r"\s*中\s*[，,：:]")
#: The word that opens a part of the figure before (``_phrases.PART_OPENER``).
_PART_OPENER = PART_OPENER
#: The words between a whole's figure and a part's that open the part (``，其中``, ``其中有``).
_PART_OPENING = re.compile(r"[，,；;：:\s]*" + _PART_OPENER + r"[，,：:\s]*(?:有|包括)?")
#: Words written right after a count that say what it counts or did (``八宗违反《…》``).
_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff《“「]")


def _part_opened(text: str, prev_end: int, s: int, e: int, ce: int) -> bool:
    """Whether a count is a part that ``其中`` opens, named by words written after it.

    ``被法庭定罪的个案共有十六宗，其中八宗违反《空气污染管制条例》``: only ``其中`` stands
    between the whole's figure (ending at ``prev_end``) and the count at ``s``, and words
    follow the count in its clause (before ``ce``), so the count is one part of the whole
    named before, not the whole: the whole's name is no name of it.  A count with nothing
    after it (``其中八宗。``) is left to the rules that read it.

    Parameters
    ----------
    text : str
        The report.
    prev_end : int
        The end of the figure written before the count.
    s, e, ce : int
        The count's start and end, and its clause's end.

    Returns
    -------
    bool
        True when ``其中`` alone opens the count and words follow it.

    Examples
    --------
    >>> t = "定罪的个案共有十六宗，其中八宗违反《空气污染管制条例》"
    >>> _part_opened(t, t.index("，"), t.index("八"), t.index("违"), len(t))
    True
    >>> t = "定罪的个案共有十六宗，其中八宗"
    >>> _part_opened(t, t.index("，"), t.index("八"), len(t), len(t))
    False
    """
    if _PART_OPENING.fullmatch(to_simplified(text[prev_end:s])) is None:
        return False
    return _WORDS_AFTER.match(text, e, ce) is not None


def _whole_named(name: str, split: str) -> str:
    """The subject of a split's member: the whole's name ``name`` (a topic or channel
    written after it in brackets dropped: ``信访件（噪声）`` of an earlier split) with the
    member's own topic or channel ``split`` after it (``信访件（大气污染）``)."""
    whole = _SPLIT_ASIDE.sub("", name)
    head = _PETITION_HEAD.search(to_simplified(whole)) if _A_DIGIT.search(whole) else None
    if head is not None:  # 受理的1343件信访件: the whole's own count is no name of a part
        whole = whole[head.start() : head.end()]
    return f"{whole}（{split}）" if split else whole


#: A petitions part written before the form of the whole (simplified; ``fullmatch``): a
#: medium or topic (:data:`PETITION_TOPICS`) with its damage (大气污染, 生态破坏), or a
#: pollution type of more words (工业废气污染).
_PART_OF_PETITIONS = re.compile(
    "(?:" + "|".join(sorted(PETITION_TOPICS, key=len, reverse=True)) + ")(?:污染|破坏)?"
)
#: The media written by one character after 涉 only (``涉气类``, ``涉声类``); alone they are
#: no topic (:data:`~envindicators.extract._actions.PETITION_TOPICS` holds 水 alone).
_MEDIA_AFTER_SHE = frozenset({"气", "声"})


def a_petition_topic(simple: str) -> bool:
    """Whether a split's member names a petition topic with the word of its kind after it.

    A medium or topic (:data:`~envindicators.extract._actions.PETITION_TOPICS`) with its
    damage (:data:`_PART_OF_PETITIONS`: 生态破坏, 辐射污染) and a category word after it
    (:data:`_PART_JOIN`: 类, 类型, 问题), or opened by 涉 (``涉水类``, ``涉固废类``), is a
    topic of a split of petitions as much as the medium alone: ``生态破坏类34件``,
    ``辐射污染2件``, ``涉水類17件`` each count the petitions about that topic.  These are
    the topics the category test (:func:`~envindicators.extract._segment.is_category`)
    misses, its words holding a verb (破坏, 污染 after 辐射, 涉).  A pollution type of other
    words (``工业废气污染``) or a category with more words (``水污染类和生态类``) is no topic.

    Parameters
    ----------
    simple : str
        The member's own words, in the simplified script.

    Returns
    -------
    bool
        ``True`` for a topic so written.

    Examples
    --------
    >>> a_petition_topic("生态破坏类"), a_petition_topic("辐射污染"), a_petition_topic("涉水类")
    (True, True, True)
    >>> a_petition_topic("水污染类和生态类"), a_petition_topic("工业废气污染")
    (False, False)
    >>> a_petition_topic("涉及"), a_petition_topic("污染")
    (False, False)
    """
    verb = _TOPIC_OPENER.match(simple.strip())  # 涉|水类: the verb opening a topic
    opened = simple.strip()[verb.end() :] if verb else simple.strip()
    bare = _PART_JOIN.sub("", opened)
    if opened != simple.strip() and bare in _MEDIA_AFTER_SHE:
        return True  # 涉气类: the air, written by one character after 涉
    return len(bare) >= 1 and bare != "污染" and bool(_PART_OF_PETITIONS.fullmatch(bare))


#: … or a pollution type of other words (工业废气污染; tried after the topics, shortest).
_POLLUTION_TYPE = re.compile(r"[\u4e00-\u9fff]{1,6}污染")
#: A figure's own words naming the key or supervised cases of a batch of petitions
#: (simplified; ``fullmatch``): 重点件, 重点关注信访件, 重点督办案件, 督办件, 挂牌督办案件,
#: 重点信访事项 (reg42: 事项, the petitions' noun of ``信访事项共78件``).
#: A bare 督办 before a petitions noun is the verb that hands the batch over (``向我省督办
#: 信访件96件``: the batch), no key case; the supervised cases may be named with the act
#: that handed them over (``交办督办案件1件``, Guangdong's batch tables: reg44, check 32).
_KEY_CASES = re.compile(
    r"重点(?:关注|督办)?(?:信访|举报|交办|信访举报)?(?:件|案件|事项)|"
    r"(?:交办|转办)?(?:重点|挂牌)?督办(?:件|案件)"
)
#: A part of a batch named by the channel that handed its cases over, after 其中 (``其中全国
#: 环境保护信访信息系统转办案件9件``: who handed them over — two or more words — a verb of
#: :data:`~envindicators.extract._phrases.HAND_OVER`, the cases; simplified, ``fullmatch``;
#: reg44, check 32).
_CHANNEL_PART = re.compile(
    rf"[\u4e00-\u9fff]{{2,}}?(?<!的)(?:{HAND_OVER})的?(?:信访|举报|投诉|信访举报)?(?:案件|件)"
)
#: A state of handling written right after a count of petitions, before their noun
#: (``110件已办结案件``, ``59件阶段性办结案件``): the count is the part in that state.
_HANDLED_AFTER = re.compile(
    r"^\s*(?P<state>(?:已|尚未|未)?(?:全部|阶段性)?(?:办结|结案|销号)|正在办理|办理中)的?"
    r"(?:信访举报|信访|举报|交办)?(?:案件|件|问题)"
)
#: How far before the object of a bare measure a water-quality class that qualifies it is
#: read (``Ⅳ类轻度污染水质断面``: characters, normalised).
_CLASS_BEFORE_OBJECT = 12
#: What joins a part to the petitions' form after it (大气污染|类型的|信访举报).
_PART_JOIN = re.compile(r"(?:类型|类别|类|方面|问题)?(?:的)?$")
#: The tags of words that are no part of a petitions part's name (a verb, a preposition,
#: a conjunction, an adverb, a pronoun, a numeral, a classifier, a particle).
_NO_PART_TAGS = ("v", "p", "c", "d", "r", "m", "q", "u", "eng", "x", "zg")


def _part_before_form(text: str, lo: int, at: int) -> str | None:
    """The petitions part written right before a petitions form at ``at`` (no earlier than
    ``lo``), as written, else ``None``.

    ``涉及大气污染类型的信访举报``, ``大氣污染類信訪件``, ``噪声类投诉``: a pollution type or a
    topic (:data:`_PART_OF_PETITIONS`), joined to the form by 类/类型/的 or nothing, whose
    words are no verb, numeral or particle (``涉及`` is not part of it; ``群众``, ``各级``,
    ``第二批`` are no part); a topic of one character is one only alone (``涉及水3件``).

    Parameters
    ----------
    text : str
        The document's text.
    lo : int
        Where the words read may start (the sentence's or the clause's start).
    at : int
        Where the petitions form (or the figure) starts.

    Returns
    -------
    str or None
        The part, as written (its script kept).

    Examples
    --------
    >>> _part_before_form("涉及大气污染类型的信访举报", 0, 9)
    '大气污染'
    >>> _part_before_form("大氣污染類信訪件", 0, 5), _part_before_form("转办信访件", 0, 2)
    ('大氣污染', None)
    """
    written = _PINYIN_GLOSS.sub("", text[max(lo, at - 16) : at])
    simple = to_simplified(written)
    join = _PART_JOIN.search(simple)
    end = join.start() if join is not None else len(simple)
    run = re.search(r"[\u4e00-\u9fff]+$", simple[:end])
    if run is None:
        return None
    words = [w for w in segment(run.group()) if not w[2].startswith(_NO_PART_TAGS)]
    starts = [a for a, _, _ in words]  # a part starts at a word that may open it
    for pattern, order in ((_PART_OF_PETITIONS, starts), (_POLLUTION_TYPE, starts[::-1])):
        for a in order:
            part = run.group()[a:]
            if (
                (len(part) >= 2 or part in PETITION_TOPICS)
                and part != "污染"
                and pattern.fullmatch(part)
            ):
                first = run.start() + a
                return written[first:end] if len(written) == len(simple) else part
    return None


def _petition_head(text: str, ss: int, s: int) -> str | None:
    """The petition head (信访件, 举报 …) written last in ``text[ss:s]`` (a sentence up to a
    count), as written, when no act of another class follows it before the count
    (``信访举报问题，立案查处45件``), else ``None``."""
    simple = to_simplified(text[ss:s])
    heads = list(_PETITION_HEAD.finditer(simple))
    if not heads or _OTHER_ACT.search(simple, heads[-1].end()):
        return None
    return text[ss + heads[-1].start() : ss + heads[-1].end()]


#: A time of a series' point (``108年``, ``96年度的``, ``西元1990年``, ``2015年3月``, ``2月``):
#: written between a series' opener (由, 自, 从), its list mark or its verb (降至) and the
#: figure of that time.
_SERIES_WHEN = r"((西元|公元|民国)?\s*\d{2,4}\s*年度?(\d{1,2}月份?)?|\d{1,2}月份?)(底|末)?(的)?"
#: … optional after an opener (``由815亿元大幅成长到892亿元``), with an optional 约.
_SERIES_TIME = rf"\s*({_SERIES_WHEN})?\s*(约|大约)?\s*"
#: … written, after no opener (``不良日，106年1月28天、2月23天``).
_SERIES_TIME_WRITTEN = rf"\s*{_SERIES_WHEN}\s*(约|大约)?\s*"
#: The verb of a series' move from a level to the next (降至, 下降改善至, 再上升到, 大幅成长到),
#: with the adverbs written before it.
_SERIES_MOVE = (
    r"[，,]?\s*(已|再|又|则|逐年|逐步|持续|大幅|小幅|微幅|明显|稍|略|略微)*"
    r"(下降|上升|降低|提高|提升|增加|减少|增长|成长|改善|恶化|缩减|扩大|降|升|增|减|跌|涨)+(为|至|到)"
)
#: What joins a series' points: a list mark or the move.
_SERIES_STEP = rf"(\s*[、，,及和与]\s*|{_SERIES_MOVE})"
#: A figure in the words read (:func:`_series_measure` writes each figure as this mark).
_FIG = "\x00"
#: The words of a series up to a figure (written as :data:`_FIG`), its start at the end of
#: the words before it: an opener (由, 自, 从) and times, or, at a clause's start, a time
#: before each figure.
_SERIES_BEFORE = re.compile(
    rf"(?:(?P<opener>由|自|从){_SERIES_TIME}(?:{_FIG}{_SERIES_STEP}{_SERIES_TIME})*"
    rf"|(?:^|(?<=[，,：:]))(?P<listed>{_SERIES_TIME_WRITTEN}(?:{_FIG}{_SERIES_STEP}"
    rf"{_SERIES_TIME_WRITTEN})*))$"
)
#: After a series' first point: the step to the next point's figure.
_SERIES_NEXT = re.compile(rf"{_SERIES_STEP}{_SERIES_TIME}{_FIG}")
_SERIES_NEXT_WRITTEN = re.compile(rf"{_SERIES_STEP}{_SERIES_TIME_WRITTEN}{_FIG}")
#: The longest series read before a figure (opener, times, figures, the move).
_SERIES_SPAN = 64


def _series_measure(text: str, s: int, e: int, figures: pd.DataFrame) -> str | None:
    """The measure a figure of a series of levels is of, named before the series.

    ``AQI>100占比，由108年7.9%降至111年5.5%``, ``垃圾焚化量由108年143萬公噸降至110年的133萬公噸``,
    ``环保支出由815亿元大幅成长到892亿元``, ``不良站日数比例，由95年3.71%及96年3.67%降低至97年
    2.87%``, ``年均浓度，103年27微克、104年23.5微克``: a series' opener (由, 自, 从) or the
    start of a clause, then points — a time (needed without an opener) and a figure —
    joined by a list mark or the verb of a move (:data:`_SERIES_MOVE`).  The words between
    the points name no measure (``降至111年``, ``2月`` were taken for one); every figure of
    the series (at ``s``–``e``, the others among ``figures``) is a level of the measure
    named right before the series, in its clause or, when the series begins its clause, in
    the clause before.  A series' first point needs a second after it.  The name is
    returned (tidied) only when it ends in a measure's noun (:func:`names_a_measure`: 占比,
    焚化量, 回收率; not a level of its own, ``比率為28.4%，自103年…``); else ``None``
    (``高屏空品区，由96年度的8.6%…``: a place, the measure is written elsewhere;
    ``由3家企业承担``: no second point).

    Examples
    --------
    >>> text = "AQI>100占比，由108年7.9%降至111年5.5%。"
    >>> figs = pd.DataFrame({"start": [15, 25], "end": [19, 29]})
    >>> _series_measure(text, 15, 19, figs), _series_measure(text, 25, 29, figs)
    ('AQI>100占比', 'AQI>100占比')
    >>> _series_measure("臭氧浓度为108微克。", 5, 10, figs) is None
    True
    """
    lo = max(0, s - _SERIES_SPAN)
    stop = max(text.rfind(c, lo, s) for c in SENTENCE_BREAKS)
    base = max(lo, stop + 1)
    ends = [text.find(c, e, e + _SERIES_SPAN) for c in SENTENCE_BREAKS]
    hi = min([x for x in ends if x >= 0], default=min(len(text), e + _SERIES_SPAN))
    fs, fe = figures["start"].to_numpy(), figures["end"].to_numpy()
    near = (fs >= base) & (fe <= hi)
    # the words read, each figure written as one mark; offs: each character's offset
    simple = to_simplified(text[base:hi])  # one character for one
    words: list[str] = []
    offs: list[int] = []
    at = base
    mark = -1
    for a, b in sorted(zip(fs[near].tolist(), fe[near].tolist(), strict=True)):
        if a < at:
            continue
        words.append(simple[at - base : a - base])
        offs.extend(range(at, a))
        if a == s:
            mark = len(offs)
        words.append(_FIG)
        offs.append(a)
        at = b
    if mark < 0:
        return None
    words.append(simple[at - base :])
    offs.extend(range(at, hi))
    read = "".join(words)
    series = _SERIES_BEFORE.search(read, 0, mark)
    if series is None:
        return None
    if _FIG not in series.group():  # the first point: a second one must follow
        follows = _SERIES_NEXT if series.group("opener") else _SERIES_NEXT_WRITTEN
        if not follows.match(read, mark + 1):
            return None
    return _name_before(text, offs[series.start()])


def _name_before(text: str, at: int) -> str | None:
    """The measure named by the words of the clause before ``at`` (a series' start), or of
    the clause before that when the series begins its clause (after words of no name, 已,
    并), when they end in a measure's noun (:func:`names_a_measure`), else ``None`` (see
    :func:`_series_measure`)."""
    hi = at
    start = _clause_start(text, hi)
    if len(_trimmed(text, start, hi)) < 2:  # the series begins its clause (已由, 并从 …):
        if start == 0 or text[start - 1] in SENTENCE_BREAKS:  # the clause before names it
            return None
        hi = start - 1
        start = _clause_start(text, hi)
    # the words trimmed of verbs, else as written (占比 keeps the 比 the trimming reads as 比)
    for name in (_tidied(text, start, hi), tidy_phrase(text[start:hi].strip(" ，,、：:"))):
        if len(name) >= 2 and names_a_measure(to_simplified(name)):
            return name
    return None


def _clause_start(text: str, hi: int) -> int:
    """Where the clause ending at ``hi`` starts (after the last clause mark before it, at
    most :data:`_SERIES_SPAN` characters back)."""
    lo = max(0, hi - _SERIES_SPAN)
    marks = [m.end() for m in CLAUSE.finditer(text, lo, hi)]
    return marks[-1] if marks else lo


def _span_columns(spans: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The ``start`` and ``end`` columns of a frame of spans as ``numpy`` arrays (empty
    arrays for a frame without rows): a figure's window is selected on them, not on the
    frame (a boolean index of a frame copies every column)."""
    if spans.empty:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return spans["start"].to_numpy(), spans["end"].to_numpy()


def _words_between_marks(
    text: str,
    cs: int,
    s: int,
    places: pd.DataFrame,
    dates: pd.DataFrame,
    figures: pd.DataFrame | None,
) -> str:
    """The words written between two place names or dates of a clause before a figure,
    the nearest first (``今年花蓮縣資源回收量1至7月已達…``, ``全市PM2.5浓度上半年为…``:
    the measure named before the period that cuts it from its verb).

    Only gaps after the clause's last figure before ``s`` are read (a list's members are
    the list rules' work); a gap of verbs or particles alone (``已達``) or of words that name
    no measure (``新增``, ``統計``, an actor: ``供排水公司``; :func:`names_a_measure`) is passed
    over.  Empty when no gap names a measure in two characters or more.
    """
    spans = [
        (int(a), int(b))
        for starts, ends in (_span_columns(places), _span_columns(dates))
        for a, b in zip(
            starts[(ends <= s) & (starts >= cs)], ends[(ends <= s) & (starts >= cs)], strict=True
        )
    ]
    floor = cs
    if figures is not None and len(figures):
        fe = figures["end"].to_numpy()
        prior = fe[(figures["start"].to_numpy() >= cs) & (fe <= s)]
        floor = max(floor, int(prior.max())) if len(prior) else floor
    spans = sorted(sp for sp in spans if sp[0] >= floor)
    for (_, left), (right, _) in zip(spans[-2::-1], spans[:0:-1], strict=True):
        words = _tidied(text, left, right)
        if len(words) >= 2 and names_a_measure(to_simplified(words)):
            return words
    return ""


#: The close of a list of examples right before a count (``A、B等61个``, ``等约20家``): the
#: count counts the noun written after its measure word, and the examples before 等 are
#: some of those things (places, named projects, firms), no name of the measure.  Not the
#: 等 of a grade or an equality (中等, 同等, 相等, 平等, 一等 …).
_EXAMPLES_CLOSE = re.compile(r"(?<![中高初上下平同相均对])等\s*(?:约|大约|共|共计|近|逾|超过)?\s*$")


def _counted_after_examples(
    text: str, cs: int, s: int, e: int, ce: int, figures: pd.DataFrame
) -> str | None:
    """The noun a count written right after a list's ``等`` counts, written after its
    measure word (``推进小米产业园等61个高精尖项目开工建设`` → 高精尖项目,
    ``石洞口、竹園第一等四座大型污水處理廠`` → 大型污水處理廠).

    The words are the counted noun of :func:`~envindicators.extract._counts.counted_noun`
    (read to the next figure or the clause's end, ended by what is said of the things
    counted: ``全部``, ``被``, ``的`` …), cut back to the last noun of their first run of
    nominal words (``_segment._NOMINAL_TAGS``: ``重点|机场|周边`` → 重点机场, ``高精尖|项目|
    开工`` → 高精尖项目).  ``None`` when the figure does not close a list of examples or no
    noun of two characters or more opens the words after its measure word (``济南等7市|
    开展…``: the count's own measure word names the places counted): the other rules name
    the figure then.
    """
    if not _EXAMPLES_CLOSE.search(to_simplified(text[cs:s])):
        return None
    return _noun_run_after(text, e, ce, figures)


def _noun_run_after(text: str, e: int, ce: int, figures: pd.DataFrame) -> str | None:
    """The nouns written after a count's measure word, to the last noun of their first run of
    nominal words (``高精尖|项目|开工`` → 高精尖项目), else ``None`` (fewer than two characters).

    The words are the counted noun of :func:`~envindicators.extract._counts.counted_noun`,
    read to the next figure of the clause or its end ``ce``.
    """
    from envindicators.extract._counts import counted_noun  # _counts reads this module

    fs = figures["start"].to_numpy()
    later = fs[(fs >= e) & (fs < ce)]
    noun = counted_noun(text, e, int(later.min()) if len(later) else ce)
    end = length = 0
    for k, (word, tag) in enumerate(_words(noun or "")):
        if tag not in _NOMINAL_TAGS and not (k == 0 and tag == "a"):  # 小|水电站: one opens it
            break
        length += len(word)
        end = length if tag in _NOUN_TAGS else end
    words = (noun or "")[:end].strip()
    return words if len(words) >= 2 else None


def _counted_after_having(
    text: str, cs: int, s: int, e: int, ce: int, places: pd.DataFrame, figures: pd.DataFrame
) -> str | None:
    """The noun a count counts, written after its measure word, when a word of having stands
    right before the count (``泉域重点保护区涉及晋中市13家煤矿`` → 煤矿,
    ``泉域重点保护范围内共有50座煤矿`` → 煤矿, ``全市海域共52个海洋功能区`` → 海洋功能区).

    The clause says what a place, a zone or a body holds (:data:`~envindicators.extract.
    _aggregates.HAVING_BEFORE`: 共有, 共计, 共, 涉及, 有 — a place of the gazetteer may stand
    between, ``涉及晋中市``): the words before name the holder, not what is counted, and the
    count is of the nouns after it (:func:`_noun_run_after`), when they end the clause or a
    mark follows them (``共有50座煤矿，其中…``).  ``None`` — the other rules name the figure
    — when no noun of two characters or more follows the measure word
    (``北区监测站有294日录得…``, ``六项污染物浓度有5项同比下降``), when the noun names a measure
    (``9个中心城市中有8个环境空气质量达标``: the count is of the cities, the quality is what
    is said of them), when words follow it (``56个断面中有49个断面达到水质目标``,
    ``仍有239個城市環境空氣品質超標``: the count is of the part in that state, not of all the
    noun names; a gloss in parentheses does not end it), when it opens a list
    (``6個直轄市、縣(市)``) or when the figure is no count.

    Examples
    --------
    >>> figures = pd.DataFrame({"start": [9], "end": [12]})
    >>> places = pd.DataFrame({"start": pd.Series([], dtype=int), "end": pd.Series([], dtype=int)})
    >>> _counted_after_having("泉域重点保护范围内共有50座煤矿", 0, 11, 14, 16, places, figures)
    '煤矿'
    """
    lo = s
    if len(places):  # 涉及|晋中市|13家: the place the count is of stands between
        ps, pe = _span_columns(places)
        right = (pe <= s) & (ps >= cs) & (pe >= s - 1)
        if right.any():
            lo = int(ps[right].min())
    before = to_simplified(text[cs:lo]).rstrip()
    if not HAVING_BEFORE.search(before) or len(before) < 3:
        return None
    if figures is not None and len(figures):
        own = figures[(figures["start"] == s)]
        if len(own) and "unit" in own.columns and not is_count_unit(str(own["unit"].iloc[0])):
            return None
    noun = _noun_run_after(text, e, ce, figures)
    if noun is None or names_a_measure(to_simplified(noun)):
        return None
    end = text.find(noun, e, ce) + len(noun)
    if not _HELD_CLOSE.match(text, end):
        return None  # 有49个断面|达到…, 仍有239個城市|環境空氣品質超標: a part by its state
    return noun


#: What may follow the nouns a holder holds: a clause's mark, a space or the text's end — not
#: a list's mark (``6個直轄市、縣(市)``: the count is of them all) nor a parenthesis (a gloss,
#: ``城市(shi)環境…超標``: words follow it).
_HELD_CLOSE = re.compile(r"$|[，,。；;：:\s]")


def _act_over_bound(text: str, lo: int, s: int, fs: np.ndarray, fe: np.ndarray, phrase: str) -> str:
    """``phrase`` of the count at ``s`` with the act written before a size bound that
    stands between the act and the things counted (``淘汰30万千瓦以下不达标燃煤机组5台``:
    ``淘汰不达标燃煤机组``, not ``不达标燃煤机组`` — the count is of the units shut, the
    bound only sets them apart).

    The figure right before the count (``fs``/``fe``: the figures of its clause before it)
    is a bound (its words end in 以下/以上/以内, :data:`_BOUND_AFTER`) written right before
    the count's own words, and the words before the bound, back to the figure, place or
    date before them (``lo``), are a verb alone (:func:`ends_with_verb`: 淘汰, 关停, 累计淘汰;
    not 现有, a noun, a clause): the act is part of what is counted.  Else ``phrase`` as it
    was.

    Examples
    --------
    >>> text = "全省淘汰30万千瓦以下不达标燃煤机组5台"
    >>> _act_over_bound(text, 0, 18, np.array([4]), np.array([11]), "不达标燃煤机组")
    '淘汰不达标燃煤机组'
    >>> text = "全省现有30万千瓦以下燃煤机组5台"
    >>> _act_over_bound(text, 0, 15, np.array([4]), np.array([11]), "燃煤机组")
    '燃煤机组'
    """
    if len(phrase) < 2 or not len(fe):
        return phrase
    k = int(fe.argmax())
    bs, be = int(fs[k]), int(fe[k])
    if not _BOUND_AFTER.search(to_simplified(text[bs:be]).strip()):
        return phrase
    if not _HAN.fullmatch(text[be : be + 1] or "x"):
        return phrase  # punctuation after the bound: the count's words are a clause's own
    start = int(fe[fe <= bs].max(initial=lo))  # the figure, place or date before the act
    act = _tidied(text, start, bs)
    if len(act) < 2 or not ends_with_verb(act) or act in phrase:
        return phrase
    return act + phrase


#: The quotation marks, each opening mark with its closing one.
_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"))
#: Characters read back from a clause's start for the quotation it closes.
_QUOTE_REACH = 24


def _quote_opened(text: str, cs: int, s: int) -> int:
    """Where the quotation opens that the words ``text[cs:s]`` close without opening it,
    else ``cs``.

    A comma inside a quoted name ends no clause: ``“蓝天白云,繁星闪烁”天数平均为71.8天``
    names the days of ``“蓝天白云,繁星闪烁”`` (blue sky, starry night), not ``繁星闪烁”天数``.
    The opening mark is looked for in the :data:`_QUOTE_REACH` characters before ``cs``, in
    the same sentence (no 。！？ or line break between) and with no closing mark between.

    Examples
    --------
    >>> text = "“蓝天白云,繁星闪烁”天数平均为71.8天"
    >>> _quote_opened(text, 6, text.index("71.8"))
    0
    >>> _quote_opened("优良天数,“散乱污”企业5988家", 5, 13)
    5
    """
    head = text[cs:s]
    for opening, closing in _QUOTE_PAIRS:
        close = head.find(closing)
        if close < 0 or opening in head[:close]:
            continue
        at = text.rfind(opening, max(0, cs - _QUOTE_REACH), cs)
        between = text[at + 1 : cs] if at >= 0 else ""
        if at >= 0 and closing not in between and not re.search(r"[。！？!?\n]", between):
            return at
    return cs


#: A list's mark, between one member's figure and the next member.
_NEXT_MEMBER = re.compile(r"\s*[、，,；;]")


def _act_before_member(text: str, lo: int, s: int, e: int, hi: int, ce: int) -> str | None:
    """The act written between a list member's place and its figure, when the words after
    the figure are the next member's, else ``None``.

    In a list of members that each carry a figure (``淮北市完成2个、淮南市完成1个、马鞍山市
    完成1个``) the words after one member's figure, up to the next figure (``、淮南市完成``),
    are the next member: never the figure's measure.  The figure's own words are the act written
    after its place (``完成``, from ``lo`` to the figure at ``s``), which the caller names
    with what it was done to (:func:`_named_phrase`: an act counts the things an earlier
    count names, 基本问题完成).  ``None`` when the words after the figure (``e`` to ``hi``,
    the next figure or the clause's end ``ce``) do not open with a list's mark before a
    later figure, or no act of two characters is written.

    Examples
    --------
    >>> text = "12个基本问题,淮北市完成2个、淮南市完成1个"
    >>> s = text.index("2个、")
    >>> _act_before_member(text, s - 2, s, s + 2, text.index("1个"), len(text))
    '完成'
    >>> _act_before_member(text, s, s, s + 2, text.index("1个"), len(text)) is None
    True
    """
    if hi >= ce or not _NEXT_MEMBER.match(text, e, hi):
        return None
    act = text[lo:s].strip()
    if len(act) < 2 or _HAN.fullmatch(act) is None or not names_an_act(act):
        return None
    return act


def noun_phrase(
    text: str,
    cs: int,
    s: int,
    e: int,
    ce: int,
    places: pd.DataFrame,
    dates: pd.DataFrame,
    figures: pd.DataFrame | None = None,
    *,
    limit: int = 40,
) -> str | None:
    """The words naming a figure no registry indicator matches (before it, else after).

    The phrase starts after the last place name or date before the figure in its clause
    and, when ``figures`` are given, after the previous figure there (``废纸447公吨、塑胶类
    废料63公吨``: 塑胶类废料); a figure of a list without words of its own
    (``其产生量分别为4.0亿吨、3.7亿吨``) takes the words before the list's first figure.
    Verbs, particles and punctuation at either end are trimmed (``其…分别为`` → 产生量),
    so that the phrase never holds a figure, and so are the words that are no part of a
    measure's name (``tidy_phrase``: ``其中``, ``该市``,
    pinyin glosses, ``…较大的省份``).

    Parameters
    ----------
    text : str
        The report.
    cs, s, e, ce : int
        Clause start, figure start, figure end, clause end.
    places, dates : pandas.DataFrame
        Place names and dates of the text (``start``, ``end``).
    figures : pandas.DataFrame, optional
        The figures of the text (``start``, ``end``).
    limit : int, default 40
        Most characters kept (a list's words, whose members are aligned with its figures,
        are read longer).

    Returns
    -------
    str or None
        The phrase, ``None`` when the clause has no words for it.
    """
    cs = _quote_opened(text, cs, s)  # “蓝天白云,|繁星闪烁”天数: the quotation whole
    lo, first = cs, s  # after the last place or date; the first of them
    for starts, ends in (_span_columns(places), _span_columns(dates)):
        inside = (ends <= s) & (starts >= cs)
        if inside.any():
            lo = max(lo, int(ends[inside].max()))
            first = min(first, int(starts[inside].min()))
    phrase = _tidied(text, lo, s)
    if figures is not None and len(figures):
        fs, fe = figures["start"].to_numpy(), figures["end"].to_numpy()
        prior = (fs >= cs) & (fe <= s)
        if prior.any():
            first = min(first, int(fs[prior].min()))
            phrase = _tidied(text, max(lo, int(fe[prior].max())), s)
            if len(phrase) < 2 and int(fs[prior].min()) > lo:  # a figure of a list
                phrase = _tidied(text, lo, int(fs[prior].min()))
            phrase = _act_over_bound(text, lo, s, fs[prior], fe[prior], phrase)
    if figures is not None and len(figures):
        after = _figure_first(text, s, e, ce, figures)
        if after is not None:
            phrase = after
        counted = _counted_after_examples(text, cs, s, e, ce, figures)
        if counted is None:  # 泉域重点保护区涉及晋中市13家煤矿: what the zone holds
            counted = _counted_after_having(text, cs, s, e, ce, places, figures)
        if counted is not None:  # 北京首都机场…南京禄口机场等五个重点机场: 重点机场
            phrase = counted
        series = _series_measure(text, s, e, figures)
        if series is not None:  # 占比，由108年7.9%降至111年5.5%: the measure before the series
            return series[:limit]
    if len(phrase) < 2:  # 資源回收量|1至7月|已達: the words before the date that cut them
        phrase = _words_between_marks(text, cs, s, places, dates, figures)
    if len(phrase) < 2:  # the words before the clause's first date, place or figure
        phrase = _tidied(text, cs, first)
    if len(phrase) < 2:  # 占总断面数的40%: the share's whole, inside its written form, when
        whole = _share_whole_written(text, s, e)  # a part names it (Ⅲ类水质断面11个，|占…)
        ss = start_of_sentence(text, cs)
        if whole is not None and _share_of_whole(whole, text, ss, cs, s, places, dates, figures):
            phrase = whole
        elif whole is None and figures is not None and len(figures):
            alone = _share_alone(text, ss, cs, (s, e), places, dates, figures)
            if alone is not None:  # Ⅳ类水质断面9个，占18.8%: the part's share, 占比
                return alone[:limit]
    if len(phrase) < 2:
        hi = ce
        if figures is not None and len(figures):
            fs = figures["start"].to_numpy()
            later = fs[(fs >= e) & (fs < ce)]
            hi = int(later.min()) if len(later) else ce
        act = _act_before_member(text, lo, s, e, hi, ce)
        phrase = act if act is not None else _tidied(text, e, hi)
    if len(phrase) < 2 or re.fullmatch(r"[\d.%\s]+", phrase):
        return None
    return phrase[:limit]
