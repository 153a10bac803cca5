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
import re
from collections.abc import Callable, Iterable

from envindicators.extract._phrases import names_no_object
from envindicators.extract._roles import _clause_start

__all__ = ["intensive", "link_by_measure", "measure_core", "measure_split", "negated"]

#: Words naming the quality of the object, written between it and its measure
#: (集中式饮用水水源地|水质|达标率): part of the measure, not of the object.
_QUALITY = re.compile(r"(水质|水质量|空气质量|环境质量|质量)$")
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
        measure (:func:`~envindicators.extract._phrases.names_no_object`).
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
