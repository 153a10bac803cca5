"""Registry indicators linked by a generic measure and the object it measures.

A report often writes the measure alone after the thing measured (``56个断面中有49个断面达到
目标要求，达标率为87.5%``, ``集中式生活饮用水水源地……总达标率为98%``): the figure's own words
(``达标率``) name no object, so no registry name is written whole.  Registry names are
parsed once into *object* + *measure* (:func:`measure_split`: ``考核断面`` + ``达标率``,
``集中式饮用水水源地`` + ``达标率``); a figure whose phrase is such a bare measure is linked to
the registry indicator of the same measure whose object is written before it in its sentence
(:func:`link_by_measure`).  The object decides between indicators sharing the measure word;
no table of objects is kept beside the registry.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from envindicators.extract._actions import _NOT_OBJECT
from envindicators.extract._lexicon import MIN_COUNTED_NOUN, NUMBER_END, Ranked
from envindicators.extract._phrases import names_no_object
from envindicators.extract._roles import _clause_start

__all__ = [
    "PartsLink",
    "count_parts",
    "intensive",
    "likeness",
    "link_by_likeness",
    "link_by_measure",
    "link_by_parts",
    "link_by_share",
    "measure_core",
    "measure_split",
    "measure_word",
    "negated",
    "not_done_after",
    "not_done_rows",
    "share_parts",
    "share_with_whole",
]

#: Words naming the quality of the object, written between it and its measure
#: (集中式饮用水水源地|水质|达标率): part of the measure, not of the object.
_QUALITY_WORDS = r"(水质|水质量|空气质量|环境质量|质量)"
_QUALITY = re.compile(_QUALITY_WORDS + "$")
#: … and the same words leading a figure's phrase (水质|达标率): still a bare measure.
_QUALITY_FIRST = re.compile("^" + _QUALITY_WORDS)
#: Words that turn a measure into its complement (非优良天数, 未达标, 劣于, 超标): a registry
#: name written right after one (:data:`NEGATION_BEFORE`), or a loose match of a phrase
#: holding one, is another measure unless the name holds the word itself (劣Ⅴ类水体比例).
#: 不 only before what it negates (不达标; 不同级别 and 不断 negate nothing).
NEGATION = re.compile(r"非|未|劣|超标|不(达标|合格|达到|符合)")
#: A negation written right before a registry name (不|达标断面比例), or a word of another
#: class of the same act (刑事|立案: criminal cases, no disciplinary ones).
NEGATION_BEFORE = re.compile(r"(非|未|不|劣|超标|刑事)$")
#: A word of another class written right after a registry name (立案|侦查: a criminal case
#: opened by the police, no disciplinary 立案).
OTHER_CLASS_AFTER = re.compile(r"^(侦查)")
#: A registry name that counts things an act was not done to (未按要求治理或淘汰的燃煤锅炉,
#: 未建成备用水源的市州): it opens with a negation.
_NOT_DONE_NAME = re.compile(r"^(?:尚未|未|没有)")
#: Words right after a count saying its things were not acted on, within its clause and
#: before another figure's mark (``225台10蒸吨及以下在用燃煤锅炉未安装环保设施``,
#: ``29台燃煤锅炉未按期淘汰``, ``2台燃煤鍋爐尚未拆除``): at most 16 characters of the
#: counted noun and its modifiers, then the negation and an act (a verb's first character).
_NOT_DONE_AFTER = re.compile(
    r"^(?P<counted>[^，,；;。：:、（(]{0,16}?)(?:尚未|未|没有)(?:按期|按时|按要求|按规定|按照要求)?"
    r"(?:完成|实现)?(?=[\u4e00-\u9fff])(?!达标|超标|发现|经|列入|纳入)"
)
#: Fewest characters of a registry form that must be written in a not-done row's name for
#: that row to count the same things (燃煤锅炉 in 未按要求治理或淘汰的燃煤锅炉).
_NOT_DONE_LEAST = 3
#: Fewest characters of an object's head (its last characters) written in the sentence; the
#: head written must also be at least half the object (考核|断面, 集中式|饮用水水源地): a
#: shorter ending (重要河湖水功|能区 in 声环境功能区) names another thing.
MIN_HEAD = 2


def measure_core(phrase: str) -> str | None:
    """The shortest ending of ``phrase`` that is a bare measure (``总达标率`` → ``达标率``).

    Parameters
    ----------
    phrase : str
        A normalised phrase (simplified script).

    Returns
    -------
    str or None
        The measure, ``None`` when no ending of the phrase is a bare measure.

    Examples
    --------
    >>> measure_core("总达标率"), measure_core("考核断面达标率"), measure_core("断面")
    ('达标率', '达标率', None)
    """
    for i in range(len(phrase) - 1, -1, -1):
        if names_no_object(phrase[i:]):
            return phrase[i:]
    return None


def measure_split(form: str) -> tuple[str, str] | None:
    """``(object, measure)`` of a registry form: the longest bare-measure ending and the rest.

    The measure is the longest ending that names no object
    (:func:`~envindicators.extract._phrases.names_no_object`); a quality word written before
    it (水质, 空气质量) goes with the measure.

    Parameters
    ----------
    form : str
        A normalised registry form.

    Returns
    -------
    tuple of (str, str) or None
        The object and the measure core (:func:`measure_core`), ``None`` when the form has
        no bare-measure ending or leaves fewer than :data:`MIN_HEAD` characters of object.

    Examples
    --------
    >>> measure_split("集中式饮用水水源地水质达标率")
    ('集中式饮用水水源地', '达标率')
    >>> measure_split("考核断面达标率")
    ('考核断面', '达标率')
    """
    for i in range(1, len(form)):
        if names_no_object(form[i:]):
            obj = _QUALITY.sub("", form[:i])
            core = measure_core(form[i:])
            if len(obj) < MIN_HEAD or core is None:
                return None
            return obj, core
    return None


@functools.lru_cache(maxsize=4)
def _index(pairs: tuple[tuple[str, str], ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Measure core → ``(object, code)`` of every registry form with that measure."""
    out: dict[str, list[tuple[str, str]]] = {}
    for form, code in pairs:
        split = measure_split(form)
        if split is not None:
            out.setdefault(split[1], []).append((split[0], code))
    return {m: tuple(sorted(set(v))) for m, v in out.items()}


def _written(obj: str, before: str) -> tuple[int, int]:
    """``(length, position)`` of the longest head of ``obj`` written in ``before``.

    The head is an ending of the object (Chinese nouns are head-final: 考核|断面) of at
    least :data:`MIN_HEAD` characters and half the object; the position is its last
    occurrence.  ``(0, -1)`` when none is written.
    """
    for k in range(len(obj), max(MIN_HEAD, (len(obj) + 1) // 2) - 1, -1):
        at = before.rfind(obj[-k:])
        if at >= 0:
            return k, at
    return 0, -1


#: A word that points back to a thing named earlier (该类, 此类, 这些, 其), right before a head:
#: the head then names that thing, not the registry indicator's object.
_REFERRING = re.compile(r"(该|此|这|其)(类|种|些)?$")


def intensive(unit: str) -> bool:
    """Whether an indicator unit is a share, a rate or a ratio (``%``, ``µg/m3``, ``m3/万元``).

    Only such measures are linked by their object: a rate or a concentration written after a
    thing is a measure *of* it, while an amount (面积, 产生量) written after a thing is
    mostly the thing's own size (``自然保护区120个，面积125.6万公顷`` is no 侵占自然保护区面积):
    an amount indicator of the registry names a part of the thing, which the text must write.

    Parameters
    ----------
    unit : str
        The indicator's canonical unit.

    Returns
    -------
    bool
        True for ``%``, ``dimensionless`` and any unit per another (``/``).

    Examples
    --------
    >>> intensive("%"), intensive("µg/m3"), intensive("ha"), intensive("件/万人")
    (True, True, False, True)
    """
    return unit in ("%", "dimensionless") or "/" in unit


def link_by_measure(
    phrase: str,
    before: str,
    forms: Iterable[tuple[str, str]],
    fits: Callable[[str], bool],
) -> tuple[str, str, int] | None:
    """The registry indicator of a bare measure, named by the object written before it.

    Parameters
    ----------
    phrase : str
        The figure's own noun phrase, normalised (``达标率``, ``总达标率``); it must be a bare
        measure (:func:`~envindicators.extract._phrases.names_no_object`), a quality word
        before it allowed (``水质达标率``: the quality goes with the measure, as in
        :func:`measure_split`).
    before : str
        The normalised words of the figure's sentence before it.
    forms : iterable of (str, str)
        ``(form, code)`` of the registry (:attr:`Lexicon.forms`).
    fits : callable
        ``fits(code)``: whether the figure can be a value of the indicator.

    Returns
    -------
    tuple of (str, str, int) or None
        ``(code, head, position)``: the indicator whose object's head is written longest,
        then nearest to the figure (the head as written in ``before`` and its position);
        ``None`` when no object of the measure is written or two indicators tie.

    Examples
    --------
    >>> forms = [("考核断面达标率", "a"), ("饮用水水源地水质达标率", "b")]
    >>> link_by_measure("达标率", "全市12个断面中有10个断面达到目标,", forms, lambda c: True)
    ('a', '断面', 12)
    """
    phrase = _QUALITY_FIRST.sub("", phrase)  # 水质达标率: the quality word goes with the measure
    if not names_no_object(phrase):
        return None
    core = measure_core(phrase)
    candidates = _index(tuple(forms)).get(core or "", ())
    scored: dict[str, tuple[int, int]] = {}
    for obj, code in candidates:
        length, at = _written(obj, before)
        if length < len(obj) and _REFERRING.search(before, 0, max(at, 0)):
            continue  # 该类废物: a part of the object written after a word that points back
        if at >= 0 and before[_clause_start(before, 0, at) : at].lstrip().startswith("占"):
            continue  # 占一般工业固体废物产生量的12.4%: the whole of a share, not the object
        if length and (code not in scored or (length, at) > scored[code]) and fits(code):
            scored[code] = (length, at)
    if not scored:
        return None
    ranked = sorted(scored.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # two indicators' objects written alike: the text does not decide
    code, (length, at) = ranked[0]
    return code, before[at : at + length], at


def negated(text: str, start: int, form: str, *, words: str | None = None) -> bool:
    """Whether a registry ``form`` is negated where it is written or in a phrase.

    A form written at ``start`` of ``text`` right after a negation (:data:`NEGATION`:
    ``非优良天数比例``, ``未达标断面``) names the complement of the measure, and one with a word
    of another class of the act right after it (``立案侦查``: criminal, no disciplinary
    立案) another measure; so does a loose
    match whose phrase ``words`` holds a negation the form lacks (``水质未达到优良比例`` is no
    水质优良比例), unless the words are a list (``、``).

    Parameters
    ----------
    text : str
        The normalised text (simplified script).
    start : int
        Where the form is written in ``text`` (ignored when ``words`` is given).
    form : str
        The registry form.
    words : str, optional
        The figure's own phrase, for a loose match.

    Returns
    -------
    bool
        True when the negation is written and the form does not hold it.

    Examples
    --------
    >>> negated("全年非优良天数比例", 3, "优良天数比例")
    True
    >>> negated("劣V类水体比例", 0, "劣V类水体比例")
    False
    >>> negated("", 0, "水质优良比例", words="水质未达到优良比例")
    True
    """
    if words is not None:  # a list's words (Ⅰ~Ⅲ类、劣Ⅴ类…) name several measures: no sign
        return "、" not in words and any(m.group() not in form for m in NEGATION.finditer(words))
    m = NEGATION_BEFORE.search(text[max(0, start - 2) : start])
    if m is not None and m.group() not in form:
        return True
    after = OTHER_CLASS_AFTER.match(text[start + len(form) : start + len(form) + 2])
    return after is not None and after.group() not in form


#: Counters a name may end with when it counts in that counter itself (信访件, 交办信访批次):
#: the figure's measure word must then be that counter.
_COUNTER_END = re.compile(r"(件|批次|批|起|宗|轮|次)$")
#: Fewest characters of a counted noun's head: a one-character ending (区, 场) names nothing.
PARTS_HEAD = 2
#: Least share of a qualifier's character pairs written in the figure's sentence.
PARTS_LEAST = 0.5


def count_parts(form: str, unit: str) -> tuple[str, str | None]:
    """``(words, head)`` of a count indicator's registry form.

    A count names what it counts by a head noun and the words qualifying it.  The words are
    the form without an ending saying "the number of" (``监测断面数`` → 监测断面); the head is
    the counter itself when the form ends with the indicator's own counter (``信访件``,
    ``交办信访批次``: the figure is written in that counter), else ``None``: the head is then
    the longest ending of the words written with the figure (:func:`link_by_parts`; Chinese
    nouns are head-final: 污染物浓度逐年上升的监控|断面).

    Parameters
    ----------
    form : str
        A normalised registry form (simplified script).
    unit : str
        The indicator's unit.

    Returns
    -------
    tuple of (str, str or None)
        The words and the head (see above).

    Examples
    --------
    >>> count_parts("监测断面数", "count"), count_parts("交办信访批次", "批")
    (('监测断面', None), ('交办信访批次', '批次'))
    >>> count_parts("污染物浓度逐年上升的监控断面", "个")
    ('污染物浓度逐年上升的监控断面', None)
    """
    words = NUMBER_END.sub("", form) or form
    end = _COUNTER_END.search(words)
    if end is not None and end.group()[0] == unit and len(words) - len(end.group()) >= 2:
        return words, end.group()
    return words, None


@dataclass(frozen=True)
class PartsLink:
    """A registry indicator found by the parts of its name (:func:`link_by_parts`).

    Parameters
    ----------
    code : str
        The indicator.
    form : str
        Its registry form that matched.
    head : str
        The counted noun (or counter) the figure and the form share.
    share : float
        Share of the qualifying words' character pairs written in the sentence (1.0: the
        whole name is written, in parts).
    tied : tuple of str
        Other indicators that matched as well (then ``code`` is not to be trusted).
    """

    code: str
    form: str
    head: str
    share: float
    tied: tuple[str, ...] = ()


def _qualified(qualifier: str, sentence: str, written: str) -> float | None:
    """Share of the character pairs of ``qualifier`` written in ``sentence``, ``None`` when
    it is under :data:`PARTS_LEAST` or the qualifier's last word is not written in the
    figure's own words (``written``).

    The last word is the last two letters of the predicate of a relative form (上升 of
    ``污染物浓度逐年上升的监控``: the verb of what the count counts; 恶化 of
    ``空气质量指标同比恶化的``), else of the qualifier (信访 of 交办信访: the word next to the
    head)."""
    letters = re.sub(r"[\W\d_]+", "", qualifier.split("的")[0])
    if len(letters) < 2 or letters[-2:] not in written:
        return None
    letters = re.sub(r"[\W\d_的]+", "", qualifier)
    pairs = {letters[i : i + 2] for i in range(len(letters) - 1)}
    share = sum(p in sentence for p in pairs) / len(pairs)
    return share if share >= PARTS_LEAST else None


def link_by_parts(
    counted: str,
    own: str,
    sentence: str,
    measure: str,
    forms: Iterable[tuple[str, str, str]],
    fits: Callable[[str], bool],
) -> PartsLink | None:
    """The registry count indicator a count is of, found by the parts of the names.

    A count names what it counts by its *head* noun, written right after its measure word
    (``194个监控断面``, after at most a short Han modifier) or right before the count
    (``群众举报问题1050件``), or by its counter (``32批``, ``1050件``); a registry name of a
    count has the same parts (:func:`count_parts`).  An indicator is a candidate when

    * the head agrees: the longest ending (at least :data:`PARTS_HEAD` characters) of the
      name's words is the figure's head — or the name's head is the counter and the figure
      is written in it — and the figure fits the indicator's unit (``fits``);
    * the words qualifying the head (the name's words without the head, a relative form's
      predicate: 浓度逐年上升 of ``污染物浓度逐年上升的监控断面``, 交办信访 of ``交办信访批次``)
      are written: their last word (its verb or the word next to the head: 上升, 信访,
      恶化 of ``空气质量指标同比恶化的城市``) in the figure's own words before it or after
      it in its clause, and at least :data:`PARTS_LEAST` of their character pairs in the
      figure's sentence; a name with no qualifying words is a whole form (the lexicon's
      business);
    * a name written whole as the figure's counted noun has no qualifying words: it is
      taken when it is as long as a counted noun must be (:data:`MIN_COUNTED_NOUN` of the
      lexicon: ``市州`` is too generic to name a count alone);
    * the figure's own words hold no negation the name lacks (``未整治的排污口`` is no
      ``整治排污口``: :func:`negated`), nor, before the count or between it and its head, a
      word of a finding or a part (``检查发现问题企业12家`` is no count of enterprises
      inspected: the words of the action links, ``_actions._NOT_OBJECT``).

    The candidate whose qualifier is written most (share of character pairs, then the
    longer head) wins; when two indicators score alike the text does
    not decide and both are returned as tied.

    Parameters
    ----------
    counted : str
        The normalised words right after the figure's measure word, to its clause end (the
        counted noun leads them).
    own : str
        The figure's own normalised words right before it.
    sentence : str
        The normalised words of the figure's sentence (where the qualifiers are looked for).
    measure : str
        The figure's measure word (``个``, ``批``, ``件``).
    forms : iterable of (str, str, str)
        ``(form, code, unit)`` of the registry's count indicators.
    fits : callable
        ``fits(code)``: whether the figure can be a value of the indicator.

    Returns
    -------
    PartsLink or None
        The best candidate (with the tied ones), ``None`` when none.

    Examples
    --------
    >>> forms = [("污染物浓度逐年上升的监控断面", "rising", "个"), ("监测断面数", "n", "count")]
    >>> link_by_parts("断面总磷浓度逐年上升", "", "有47个断面总磷浓度逐年上升",
    ...               "个", forms, lambda c: True).code
    'rising'
    >>> link_by_parts("断面水质优良", "", "有47个断面水质优良", "个", forms,
    ...               lambda c: True) is None
    True
    """
    lead = re.match(r"[\u4e00-\u9fff]*", counted)
    noun = lead.group() if lead else ""
    own_noun = re.search(r"[\u4e00-\u9fff]*$", own)
    before = own_noun.group() if own_noun else ""
    best: dict[str, tuple[tuple[float, int], str, str]] = {}
    for form, code, unit in forms:
        if not fits(code) or negated("", 0, form, words=noun + before):
            continue
        words, counter = count_parts(form, unit)
        # the head: the longest ending of the name (after its 的) written as the figure's
        # counted noun (a shorter one would leave qualifying words the figure writes in its
        # own head: 污水|处理厂 of 城市污水处理厂 is no 生活污水|处理厂), else the counter
        head = next(
            (
                words[-k:]
                for k in range(len(words) - words.rfind("的") - 1, PARTS_HEAD - 1, -1)
                if _head_written(words[-k:], noun, before)
            ),
            counter if counter is not None and counter[0] == measure else None,
        )
        if head is None:
            continue
        # a finding or a part (检查发现问题企业) in the words before the count or between it
        # and its head — not in the words after the head (化学需氧量 holds 需)
        between = noun[: max(noun.find(head), 0)]
        if any(m.group() not in form for m in _NOT_OBJECT.finditer(before + between)):
            continue
        # the words qualifying the head: a relative form's predicate (浓度逐年上升 of
        # 污染物浓度逐年上升的监控断面; 监控 is the head's own modifier), else the rest;
        # none (or one letter, 的) when the figure writes the whole name as its head
        rest = words[: len(words) - len(head)]
        if len(re.sub(r"[\W\d_的]+", "", rest)) < 2:  # too short a noun (市州) is generic
            whole = len(words) >= MIN_COUNTED_NOUN and _head_written(words, noun, before)
            share: float | None = 1.0 if whole else None
        else:
            share = _qualified(rest, sentence, own + counted)
        if share is not None:
            key = (share, len(head))
            if code not in best or key > best[code][0]:
                best[code] = (key, form, head)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: kv[1][0], reverse=True)
    top = ranked[0][1][0]
    tied = tuple(c for c, (k, _, _) in ranked[1:] if k == top)
    code, (key, form, head) = ranked[0]
    return PartsLink(code, form, head, key[0], tied)


def _head_written(head: str, noun: str, before: str) -> bool:
    """Whether ``head`` is the figure's counted noun: written in the words right after the
    measure word (``noun``, after at most four Han characters of modifier) or ending the
    words right before the figure (``before``)."""
    at = noun.find(head)
    return 0 <= at <= 4 or (len(before) >= len(head) and before.endswith(head))


#: A registry name of a share written with its whole: ``<part>占<whole><measure>``
#: (煤炭占能源消费总量比重, 高耗能行业能耗占规模以上工业能耗比重, 禁采范围占井田面积比例).
_SHARE_NAME = re.compile(r"^(?P<part>.{2,}?)占(?P<whole>.{2,}?)(?:的)?(?:比重|比例|比率)$")
#: ``占比`` closing a figure's words (高耗能行业能耗占比89.61%, 煤炭消费占比为56.8%; either
#: script after folding: 佔比), with the verbs and particles that may stand before the figure.
_SHARE_VERBS = (
    r"(?:为|是|达到|达|约|已|仅|降至|升至|下降到|提高到|同比|比上年|较上年|下降|上升|提高|降低)*$"
)
_SHARE_WORD = re.compile(r"(?P<part>[\u4e00-\u9fffA-Za-z0-9.]{2,}?)占比(?:重)?" + _SHARE_VERBS)


def share_parts(forms: Iterable[tuple[str, str]]) -> tuple[tuple[str, str, str], ...]:
    """The ``(part, whole, code)`` of every registry form that names a share with its whole.

    Parameters
    ----------
    forms : iterable of (str, str)
        ``(form, code)`` pairs of the registry's normalised forms
        (:attr:`envindicators.extract._lexicon.Lexicon.forms`).

    Returns
    -------
    tuple of (str, str, str)
        One triple per form written ``<part>占<whole>(比重|比例|比率)``; forms without
        ``占`` between two words are left out.

    Examples
    --------
    >>> share_parts([("煤炭占能源消费总量比重", "coal"), ("煤炭消费总量", "total")])
    (('煤炭', '能源消费总量', 'coal'),)
    """
    out = []
    for form, code in forms:
        m = _SHARE_NAME.match(form)
        if m is not None:
            out.append((m.group("part"), m.group("whole"), code))
    return tuple(sorted(set(out)))


def link_by_share(words: str, shares: tuple[tuple[str, str, str], ...]) -> tuple[str, str] | None:
    """The registry share a figure written ``<part>占比`` is a value of, with the part written.

    A report names a share by its part and ``占比`` and leaves the whole to the reader
    (``高耗能行业能耗占比89.61%`` for 高耗能行业能耗占规模以上工业能耗比重): the figure's words
    before it end with ``占比`` after the part of one registry share name, or after the part
    and a word of its whole (``煤炭消费占比`` — 消费 of 能源消费总量).  The part must be written
    whole and end the words before ``占比``; two indicators with that part give no link (the
    whole would decide, and it is not written).

    Parameters
    ----------
    words : str
        The figure's words before it in its clause, simplified and normalised.
    shares : tuple of (str, str, str)
        :func:`share_parts` of the registry.

    Returns
    -------
    tuple of (str, str) or None
        ``(code, written)`` — ``written`` the words named (part and ``占比``) — or ``None``.

    Examples
    --------
    >>> shares = share_parts([("煤炭占能源消费总量比重", "coal")])
    >>> link_by_share("2020年全省煤炭消费占比为", shares)
    ('coal', '煤炭消费占比')
    >>> link_by_share("原煤产量占比", shares) is None
    True
    """
    m = _SHARE_WORD.search(words)
    if m is None:
        return None
    before = words[: m.start("part") + len(m.group("part"))]
    codes: set[str] = set()
    written = ""
    for part, whole, code in shares:
        if before.endswith(part):
            codes.add(code)
            written = part
            continue
        at = before.rfind(part)
        if at < 0:
            continue
        rest = before[at + len(part) :]
        if len(rest) >= 2 and rest in whole:  # 煤炭|消费 (消费 of 能源消费总量)
            codes.add(code)
            written = part + rest
    if len(codes) != 1:
        return None
    return next(iter(codes)), written + "占比"


def _in_order(rest: str, whole: str) -> bool:
    """Whether every character of ``rest`` is written in ``whole``, in order (消费量 in
    能源消费总量: the part's amount is of the whole's kind)."""
    chars = iter(whole)
    return all(c in chars for c in rest)


def share_with_whole(
    words: str, shares: tuple[tuple[str, str, str], ...]
) -> tuple[str, str, int] | None:
    """The registry share a figure written ``<part>占<whole>(的)(比重)`` is a value of.

    A report writes a share with its whole, as the registry names it, and the part as an
    amount of the whole's kind (``煤炭消费量占能源消费总量的66%``, ``煤炭消费占能源消费总量的
    比重下降到58%`` for 煤炭占能源消费总量比重): the figure's words end with ``占<whole>``, a
    ``的``, a share word (比重, 比例, 比率) and the verbs before a figure; before ``占`` the
    part is written, then at most words whose characters the whole writes in order
    (消费量 of 能源消费总量).  Two indicators so written give no link.

    Parameters
    ----------
    words : str
        The figure's words before it in its clause (with a written form's leading words,
        ``占能源消费总量的``), simplified and normalised.
    shares : tuple of (str, str, str)
        :func:`share_parts` of the registry.

    Returns
    -------
    tuple of (str, str, int) or None
        ``(code, written, at)``: the indicator, the words naming the share and where they
        start in ``words`` (what stands before them may qualify the part: the caller
        reads it), or ``None``.

    Examples
    --------
    >>> shares = share_parts([("煤炭占能源消费总量比重", "coal")])
    >>> share_with_whole("全国煤炭消费量占能源消费总量的比重为", shares)
    ('coal', '煤炭消费量占能源消费总量的比重', 2)
    >>> share_with_whole("煤炭产量占全国总产量的", shares) is None
    True
    """
    found: dict[str, tuple[str, int]] = {}
    for part, whole, code in shares:
        m = re.search(f"占{re.escape(whole)}(?:的)?(?:比重|比例|比率)?(?={_SHARE_VERBS})", words)
        if m is None:
            continue
        before = words[: m.start()]
        at = before.rfind(part)
        if at < 0 or not _in_order(before[at + len(part) :], whole):
            continue
        found[code] = (words[at : m.end()], at)
    if len(found) != 1:
        return None
    code, (written, at) = next(iter(found.items()))
    return code, written, at


#: The measure a name ends in (:func:`measure_word`): a rate with the act it is of (配套率,
#: 覆盖率, 普及率 — three measures, never one another's), any share word (one measure), a
#: measure noun of its own (面积, 浓度, 处理能力 is no 处理量), an amount (量, 总量) or a count
#: (数, 个数, 数量: 地下水超采量 is no 超采区数量); no measure word at all matches the last
#: two (the unit names the measure: 清淤清障 in 万方).
_MEASURE_TAIL = re.compile(
    r"(?:(?P<rate>[\u4e00-\u9fff]{2}率)|(?P<share>比例|比重|占比|比率)|"
    r"(?P<own>面积|浓度|天数|指数|长度|能力|强度|密度|时数|金额)|(?P<amount>总量|量)|"
    r"(?P<count>个数|数量|数))?$"
)
#: Characters that name nothing in a registry name (的 of 位于保护区内的煤矿): not weighed by
#: :func:`likeness`.
_FILLER = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]|[的之于内其和及与等]")
#: Fewest characters of a registry form's content (its words less the measure) for a link by
#: likeness: a shorter content (降水 of 降水量) is met by chance in any clause.
LIKE_CHARS = 4


def measure_word(name: str) -> tuple[str, str]:
    """``(content, measure)`` of a name: the measure it ends in and the words before it.

    The measure is a rate with its act (``配套率``), ``比例`` for any share word (比例, 比重,
    占比, 比率), a measure noun of its own (``面积``, ``能力`` …), ``量`` for an amount (量,
    总量), ``数`` for a count (数, 个数, 数量), or ``""`` for no measure word (the unit names
    it).  The content is the name less the measure and less :data:`_FILLER` (marks, 的, 内 …).

    Parameters
    ----------
    name : str
        A normalised name (simplified script).

    Returns
    -------
    tuple of (str, str)
        The content and the measure.

    Examples
    --------
    >>> measure_word("规模养殖场粪污处理设施配套率")
    ('规模养殖场粪污处理设施', '配套率')
    >>> measure_word("河道清淤清障量"), measure_word("优良天数比重")
    (('河道清淤清障', '量'), ('优良天数', '比例'))
    >>> measure_word("地下水超采区数量"), measure_word("清淤清障")
    (('地下水超采区', '数'), ('清淤清障', ''))
    >>> measure_word("位于保护区(泉域重点保护区)内的煤矿")
    ('位保护区泉域重点保护区煤矿', '')
    """
    m = _MEASURE_TAIL.search(name)
    assert m is not None  # the last group matches the empty ending
    if m["share"]:
        measure = "比例"
    elif m["rate"] or m["own"]:
        measure = m[0]
    elif m["amount"]:
        measure = "量"
    elif m["count"]:
        measure = "数"
    else:
        measure = ""
    return _FILLER.sub("", name[: m.start()]), measure


@functools.lru_cache(maxsize=4)
def char_weights(forms: tuple[tuple[str, str], ...]) -> dict[str, float]:
    """The rarity weight of each character of the registry's names (:func:`likeness`).

    ``w(c) = ln((1 + n) / (1 + df(c))) + 1`` with ``n`` the indicators and ``df(c)`` those
    with a form holding ``c`` (an indicator's many aliases do not make its words common).

    Parameters
    ----------
    forms : tuple of (str, str)
        ``(form, code)`` of the registry.

    Returns
    -------
    dict
        Character → weight (at least 1).
    """
    held: dict[str, set[str]] = {}
    for form, code in forms:
        for c in set(_FILLER.sub("", form)):
            held.setdefault(c, set()).add(code)
    n = len({code for _, code in forms})
    return {c: math.log((1 + n) / (1 + len(codes))) + 1.0 for c, codes in held.items()}


def likeness(form: str, words: str, weights: dict[str, float] | None = None) -> float:
    """How much of ``form`` is written in ``words``, in order, weighted by rarity.

    .. math::

        L(f, w) = \\max_{s \\,\\in\\, \\mathrm{CS}(f, w)} \\sum_{c \\in s} \\omega(c)
        \\Big/ \\sum_{c \\in f} \\omega(c)

    where ``CS(f, w)`` are the common subsequences of the two strings (characters of ``f``
    written in ``w`` in the same order, gaps allowed) and ``ω`` the weights (1 for a
    character without one, all 1 when ``weights`` is None): a weighted longest common
    subsequence over the weight of the whole form.  ``L`` is in ``[0, 1]``; it is 1 when
    ``form`` is written in ``words`` (whole or with words between its characters), 0 when
    no character is; writing more words never lowers it.  It is not symmetric: it measures
    the form, not the words.

    Parameters
    ----------
    form : str
        A registry form's content (:func:`measure_word`).
    words : str
        The figure's words (its phrase and clause), normalised.
    weights : dict, optional
        Character → weight (:func:`char_weights`).

    Returns
    -------
    float
        The likeness, 0–1 (0 for an empty form).

    Examples
    --------
    >>> likeness("粪污处理设施", "完成粪污处理设施建设,配套率")
    1.0
    >>> round(likeness("清淤清障", "河道清淤"), 2)
    0.5
    """
    w = [1.0 if weights is None else weights.get(c, 1.0) for c in form]
    total = sum(w)
    if not total:
        return 0.0
    row = [0.0] * (len(words) + 1)
    for c, wc in zip(form, w, strict=True):
        new = [0.0] * (len(words) + 1)
        for j, d in enumerate(words, start=1):
            best = max(row[j], new[j - 1])
            new[j] = max(best, row[j - 1] + wc) if d == c else best
        row = new
    return min(row[-1] / total, 1.0)


def link_by_likeness(
    phrase: str,
    words: str,
    forms: Iterable[tuple[str, str]],
    fits: Callable[[str, str], bool],
    weights: dict[str, float],
) -> Ranked | None:
    """The registry indicator a figure's words are most like, when no name is written.

    A candidate form ends in the phrase's own measure (:func:`measure_word`: a 配套率 is no
    覆盖率, a 比例 no 面积, a 量 no 数; a name without a measure word is an amount or a count,
    which its unit decides, and so is the phrase without one) and has
    at least :data:`LIKE_CHARS` characters of content; it is scored by the :func:`likeness`
    of its content in ``words``; each indicator keeps its best form, and only those with
    ``fits(code, form)`` (unit, polarity, quality — the caller's) are ranked.

    Parameters
    ----------
    phrase : str
        The figure's noun phrase, normalised.
    words : str
        The words the form's content is looked for in (the figure's clause, or its sentence
        for a bare measure, and the phrase), normalised.
    forms : iterable of (str, str)
        ``(form, code)`` of the registry.
    fits : callable
        ``fits(code, form)``: whether the figure can be a value of the indicator.
    weights : dict
        :func:`char_weights` of the registry.

    Returns
    -------
    Ranked or None
        The best indicator, its form, score and margin over the next indicator (its score
        when none), ``None`` when no form is a candidate.

    Examples
    --------
    >>> forms = [("规模养殖场粪污处理设施配套率", "a"), ("污水处理设施覆盖率", "b")]
    >>> link_by_likeness("配套率", "养殖场完成粪污处理设施建设,配套率", forms,
    ...                  lambda c, f: True, char_weights(tuple(forms))).code
    'a'
    """
    _, measure = measure_word(phrase)
    present = set(words)
    best: dict[str, tuple[float, str]] = {}
    for form, code in forms:
        content, its = measure_word(form)
        if len(content) < LIKE_CHARS or not (
            its == measure
            or (its in ("", "量", "数") and measure in ("", "量", "数") and "" in (its, measure))
        ):
            continue
        total = sum(weights.get(c, 1.0) for c in content)
        bound = sum(weights.get(c, 1.0) for c in content if c in present) / total
        if bound <= best.get(code, (0.0, ""))[0]:
            continue  # cannot beat this indicator's best form (the bound is the set share)
        score = likeness(content, words, weights)
        if score > best.get(code, (0.0, ""))[0] and fits(code, form):
            best[code] = (score, form)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
    code, (top, form) = ranked[0]
    return Ranked(code, form, top, top - ranked[1][1][0] if len(ranked) > 1 else top)


def not_done_rows(forms_of: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """The registry rows counting the same things as each row, with the act not done.

    A row whose name opens with a negation (:data:`_NOT_DONE_NAME`: 未按要求治理或淘汰的燃煤锅炉)
    counts the things of every row one of whose forms (of at least :data:`_NOT_DONE_LEAST`
    characters) it writes (燃煤锅炉, a form of the boilers removed) that were not acted on.

    Parameters
    ----------
    forms_of : dict
        Each registry code's written forms (normalised, simplified script).

    Returns
    -------
    dict
        ``code → codes`` of the not-done rows of the things ``code`` counts; codes whose
        own forms open with a negation, and codes with none, are left out.

    Examples
    --------
    >>> not_done_rows({"removed": ["燃煤锅炉", "淘汰燃煤锅炉"],
    ...                "left": ["未按要求治理或淘汰的燃煤锅炉"], "other": ["断面"]})
    {'removed': ('left',)}
    """
    negative = {
        c: [f for f in fs if _NOT_DONE_NAME.match(f)]
        for c, fs in forms_of.items()
        if any(_NOT_DONE_NAME.match(f) for f in fs)
    }
    out: dict[str, tuple[str, ...]] = {}
    for code, forms in forms_of.items():
        if code in negative:
            continue
        own = [f for f in forms if len(f) >= _NOT_DONE_LEAST]
        hits = tuple(
            sorted(c for c, ns in negative.items() if any(f in n for n in ns for f in own))
        )
        if hits:
            out[code] = hits
    return out


def not_done_after(after: str) -> str | None:
    """The counted words of a count whose next words say its things were not acted on.

    Parameters
    ----------
    after : str
        The figure's clause after it (normalised, simplified script).

    Returns
    -------
    str or None
        The words between the count and the negation (its counted noun and modifiers) when
        a negation and an act follow them (:data:`_NOT_DONE_AFTER`), else ``None``.

    Examples
    --------
    >>> not_done_after("10蒸吨及以下在用燃煤锅炉未安装环保设施")
    '10蒸吨及以下在用燃煤锅炉'
    >>> not_done_after("燃煤锅炉未按期淘汰")
    '燃煤锅炉'
    >>> not_done_after("燃煤锅炉，未发现问题") is None
    True
    >>> not_done_after("断面未达标") is None
    True
    """
    m = _NOT_DONE_AFTER.match(after)
    return None if m is None else m.group("counted")
