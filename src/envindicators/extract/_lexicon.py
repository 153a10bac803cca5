"""The indicator lexicon: every written form of every indicator of a registry.

A registry row gives its forms through ``name_zh`` and ``aliases`` (``;``-separated).
Each written form is expanded by two general rules of how the registry writes names:
a parenthesised part is either an alternative name or a gloss (``细颗粒物(PM2.5)年均浓度``
→ ``细颗粒物年均浓度``, ``PM2.5年均浓度``), and a slash separates alternatives
(``化解/淘汰落后过剩产能`` → ``化解落后过剩产能``, ``淘汰落后过剩产能``).  Forms are brought to
simplified script and NFKC (:func:`envindicators.units.normalize_text`), so traditional
text and full-width letters match.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from envindicators.errors import EnvIndicatorsError
from envindicators.model import Direction, Indicator
from envindicators.units import normalize_text, ureg

__all__ = [
    "Lexicon",
    "Ranked",
    "compatible",
    "counted_nouns",
    "expand_forms",
    "fold_class_ranges",
    "fold_enumeration",
    "head_pair",
    "medium_of",
    "other_medium",
    "relative_forms",
    "substance_named",
]

_PAREN = re.compile(r"[(（]([^()（）]*)[)）]")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
#: One Han character in brackets inside a word (``烟(粉)尘``: 烟尘 or 烟粉尘): a name so written
#: is a form as written too (:func:`expand_forms`, reg44), as the bulletins write it.
_OPTIONAL_CHARACTER = re.compile(r"[\u4e00-\u9fff]\([\u4e00-\u9fff]\)[\u4e00-\u9fff]")
#: Forms shorter than this (in characters) are not matched alone: too many false hits.
MIN_FORM_LENGTH = 2
#: A loose match needs this share of a registry name's character pairs in the clause …
LOOSE_LEAST = 0.6
#: … and at least this many pairs in common.
LOOSE_PAIRS = 3
#: Fewest character pairs of a registry form a ranked match (:meth:`Lexicon.rank`) needs
#: written in the text.
RANK_PAIRS = 2
#: A near form (:meth:`Lexicon.near_form`): a registry form of at least this many
#: characters, its first one or two cut …
NEAR_FORM_LENGTH = 6
#: … keeps at least this many (three words): its distinctive words (连续处罚案件 of
#: 按日连续处罚案件; not 产业增加值 of 第二产业增加值 nor 需氧量浓度 of 化学需氧量浓度, where the
#: modifier names another thing).
NEAR_TAIL_LENGTH = 6
#: The head of a count written after a count's name (查封扣押案件|数量, 执法人员|总数):
#: "the number of" the things named, the count itself.  Not 户数/人数 (households, persons:
#: another thing counted).
COUNT_HEAD = "数量|总数|个数"
#: A count's head after a name (:data:`COUNT_HEAD`, or a bare 数): dropped before comparing.
_COUNT_TAIL = re.compile(f"(?:{COUNT_HEAD}|数)$")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _runs_on(form: str, before: str, after: str) -> bool:
    """Whether a Latin form's match is part of a longer Latin word or formula.

    ``O3`` in ``NO3`` (a letter before), ``CO`` in ``CO2`` or ``COVID`` (a digit or a capital
    after a form ending in a letter): another substance.  ``CODcr`` keeps its ``COD`` (a
    lower-case suffix is a subscript of the method).

    Parameters
    ----------
    form : str
        The registry form matched.
    before, after : str
        The character before and after the match (empty at the ends of the text).

    Returns
    -------
    bool
        True when the match is no mention of the form.
    """
    if _ASCII_LETTER.match(form[:1]) and _ASCII_LETTER.match(before):
        return True
    return bool(_ASCII_LETTER.match(form[-1:])) and bool(re.match(r"[A-Z0-9]", after))


#: A Latin-script identifier in a name (PM2.5, PM10, SO2, O3, COD, GDP): it names the
#: substance or quantity, so a loose match must find it written in the clause.
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]")
#: The substances a name may be about, written in Chinese (二氧化硫排放量, 氨氮排放总量):
#: like a Latin identifier, a loose match must find its substance written in the clause
#: (温室气体|排放总量 is no 二氧化硫排放总量, 废水排放总量 no 氨氮排放总量, 总磷平均浓度 no
#: 臭氧平均浓度).
_SUBSTANCES = re.compile(
    "二氧化硫|二氧化氮|二氧化碳|一氧化碳|臭氧|氮氧化物|氨氮|化学需氧量|总磷|总氮|颗粒物|烟粉尘|"
    "挥发性有机物"
)


#: A gloss in brackets closing a name (氮氧化物(NOx), 细悬浮微粒(PM2.5)): the same thing again.
_CLOSING_GLOSS = re.compile(r"\([^()]*\)$")


def substance_named(words: str) -> str | None:
    """The substance ``words`` name and nothing else, else ``None``.

    A substance is a Chinese substance name of the registry's pollutants
    (:data:`_SUBSTANCES`: 氮氧化物, 二氧化硫, 化学需氧量 …) or one Latin identifier (NOx,
    SO2, PM2.5); a gloss in brackets after it is dropped (``氮氧化物(NOx)`` → 氮氧化物).

    Parameters
    ----------
    words : str
        A figure's noun phrase, as written (either script).

    Returns
    -------
    str or None
        The substance as the registry writes it (simplified, normalised), or ``None`` when
        the words name more than a substance (氮氧化物排放量, 工业二氧化硫) or none.

    Examples
    --------
    >>> substance_named("氮氧化物(NOx)")
    '氮氧化物'
    >>> substance_named("NOx")
    'NOx'
    >>> substance_named("工业二氧化硫") is None
    True
    """
    name = normalize_text(words).text.strip()
    name = _CLOSING_GLOSS.sub("", name).strip()
    if _SUBSTANCES.fullmatch(name) or _IDENTIFIER.fullmatch(name):
        return name
    return None


def _identifiers(text: str) -> tuple[str, ...]:
    """The Latin identifiers (upper case) and the Chinese substance names ``text`` writes."""
    found = {t.upper() for t in _IDENTIFIER.findall(text)}
    return tuple(sorted(found | set(_SUBSTANCES.findall(text))))


#: Units of a count of objects: a registry name ``X数`` in one of them is "the number of X",
#: and a report writes the figure with the counted noun alone (``26项强化措施`` for
#: 整改/强化措施数, ``194个监测断面`` for 监测(考核)断面数).
COUNT_UNITS = frozenset({"个", "项", "count", "件", "座", "家", "处", "批"})
#: Units of a count of cases — petitions, complaints, violations, fires (``1341件信访件``,
#: ``21起案件``, ``七十八宗个案``): events received, found or handled, each a measured count
#: even where a breakdown follows; never groups, places or items of a plan.
CASE_UNITS = frozenset({"件", "起", "宗", "件次", "宗次"})
#: Nouns of a fine (simplified script): 罚款, 罚没款, 罚金 and Taiwan's 罚锾 — the amounts a
#: penalty verb takes as its object, and the words that close a legal band of fines
#: (``处十万元以上一百万元以下的罚款``).
FINE_NOUNS: tuple[str, ...] = ("罚款", "罚没款", "罚金", "罚锾")
#: The words of a penalty accruing by the day (simplified script; 按日连续处罚, 按日计罚 — the
#: Environmental Protection Law of 2014, art. 59, and the ministry's Order No. 28 of 2014):
#: a class of cases, one of the five coercive means, whose fines are a part of all fines.
DAILY_PENALTY = r"按日(?:连续)?(?:处罚|计罚)"
#: A counted noun shorter than this is too generic to name an indicator alone (市州, 问题).
MIN_COUNTED_NOUN = 4


#: The dash of a range of water-quality classes written in Roman numerals (``Ⅰ～Ⅲ类``,
#: ``Ⅰ-Ⅲ类``, ``Ⅰ—Ⅲ类``, ``Ⅰ至Ⅲ类``; NFKC gives ``I~III类``, ``I-III类`` …): GB 3838-2002
#: (surface water) and GB/T 14848-2017 (groundwater) number the classes Ⅰ–Ⅴ, and a range of
#: them is the same range whatever mark joins its ends.  Folded to ``~`` in forms and text
#: alike (one character for one: offsets are kept).
_CLASS_RANGE = re.compile(r"(?<=[IVX])[-~—–―至到](?=[IVX]{1,4}类)")


def fold_class_ranges(text: str) -> str:
    """``text`` with the mark of each range of Roman-numeral classes written ``~``.

    Parameters
    ----------
    text : str
        Normalised text (:func:`envindicators.units.normalize_text`: ``Ⅲ`` is ``III``).

    Returns
    -------
    str
        The same text, of the same length, ``I-III类`` / ``I—III类`` / ``I至III类`` written
        ``I~III类``.

    Examples
    --------
    >>> fold_class_ranges("地表水I-III类断面比例、IV至V类")
    '地表水I~III类断面比例、IV~V类'
    """
    return _CLASS_RANGE.sub("~", text)


#: A water-quality class or range of classes in normalised text (I~III类, IV类, 劣V类).
_WATER_CLASS = re.compile(r"劣?(?<![IVX])[IVX]{1,4}(?:~[IVX]{1,4})?类")


def water_classes(text: str) -> frozenset[str]:
    """The water-quality classes (GB 3838-2002, GB/T 14848-2017) a text names.

    Parameters
    ----------
    text : str
        Normalised text (:func:`envindicators.units.normalize_text`); ranges are folded
        here (:func:`fold_class_ranges`).

    Returns
    -------
    frozenset of str
        Each class or range as written, folded (``I~III类``, ``劣V类``).

    Examples
    --------
    >>> sorted(water_classes("I-III类、IV~V类和劣V类水质断面"))
    ['IV~V类', 'I~III类', '劣V类']
    """
    return frozenset(m.group() for m in _WATER_CLASS.finditer(fold_class_ranges(text)))


#: The marks of an enumeration a name may be written with between two of its words
#: (``查封、扣押案件``, ``限产和停产``, ``查封/扣押``; normalised text: ``，`` is ``,``): a
#: registry name written without them (``查封扣押案件``) is the same name, and the reverse.
ENUMERATION_MARKS = "、,/和及"
#: A mark of :data:`ENUMERATION_MARKS` between two Han characters.
_ENUMERATED = re.compile(
    rf"(?<=[\u4e00-\u9fff])[{re.escape(ENUMERATION_MARKS)}](?=[\u4e00-\u9fff])"
)
#: Fewest characters of a name on each side of an enumeration mark folded in it: each side
#: is a word of its own (查封|扣押), never a character of one (普及率 is no 普率).
_ENUMERATED_SIDE = 2


def fold_enumeration(form: str) -> str:
    """``form`` without the enumeration marks between its words (:data:`ENUMERATION_MARKS`).

    One spelling of a name for matching: ``查封、扣押案件`` and ``查封扣押案件`` are one name.
    A mark is dropped only between two Han characters with at least two characters of the
    name on each side (``普及率`` keeps its 及, ``PM2.5/PM10`` its slash).

    Parameters
    ----------
    form : str
        A normalised registry form or the text matched for one.

    Returns
    -------
    str
        The form without such marks.

    Examples
    --------
    >>> fold_enumeration("适用限产、停产案件"), fold_enumeration("查封和扣押")
    ('适用限产停产案件', '查封扣押')
    >>> fold_enumeration("普及率"), fold_enumeration("以及")
    ('普及率', '以及')
    """
    out = []
    last = 0
    for m in _ENUMERATED.finditer(form):
        a = m.start()
        if a - last >= _ENUMERATED_SIDE and len(form) - m.end() >= _ENUMERATED_SIDE:
            out.append(form[last:a])
            last = m.end()
    return "".join(out) + form[last:]


#: The first characters of a word whose last character may open a form (严重 of 重污染天数比例):
#: a form read after them is the tail of that word, not the form.
WORD_BEFORE_FORM = {"重": "严"}


def _inside_word(form: str) -> str:
    """A lookbehind refusing ``form`` as the tail of a longer word (:data:`WORD_BEFORE_FORM`).

    ``严重污染天数比例`` (the days of the severe grade only, AQI above 300) holds the form
    ``重污染天数比例`` (heavy or severe, AQI above 200) as the tail of ``严重``: a part named,
    not the whole, and no match; ``全国重污染天数比例`` is one.

    Examples
    --------
    >>> _inside_word("重污染天数比例"), _inside_word("重点排污单位")
    ('(?<!严)', '(?<!严)')
    >>> _inside_word("优良天数比例")
    ''
    """
    before = WORD_BEFORE_FORM.get(form[:1])
    return f"(?<!{re.escape(before)})" if before else ""


def _enumerable(form: str) -> str:
    """The regex of a folded form matching it with or without an enumeration mark between
    any two of its Han characters that leave two characters or more on each side
    (``查封扣押案件`` matches ``查封、扣押案件``, ``查封和扣押案件``)."""
    marks = f"[{re.escape(ENUMERATION_MARKS)}]?"
    parts = [re.escape(form[:1])]
    for i in range(1, len(form)):
        han = _HAN_WORD.match(form[i - 1]) and _HAN_WORD.match(form[i])
        if han and i >= _ENUMERATED_SIDE and len(form) - i >= _ENUMERATED_SIDE:
            parts.append(marks)
        parts.append(re.escape(form[i]))
    return "".join(parts)


def relative_forms(forms: set[str]) -> set[tuple[str, str]]:
    """The ``(head, predicate)`` of each form written ``<predicate>的<head>``.

    Parameters
    ----------
    forms : set of str
        Normalised forms of one registry indicator (:func:`expand_forms`).

    Returns
    -------
    set of tuple of (str, str)
        For each form with exactly one ``的`` and at least two characters on each side, the
        words after it (the head noun) and before it (the predicate).

    Examples
    --------
    >>> sorted(relative_forms({"完成整治的企业", "完成改造的企业", "岩溶大泉数"}))
    [('企业', '完成改造'), ('企业', '完成整治')]
    """
    out: set[tuple[str, str]] = set()
    for f in forms:
        if f.count("的") == 1:
            predicate, head = f.split("的")
            if len(predicate) >= 2 and len(head) >= 2:
                out.add((head, predicate))
    return out


def counted_nouns(forms: set[str], unit: str) -> set[str]:
    """The counted nouns of a count indicator's forms (``X数`` → ``X``).

    Parameters
    ----------
    forms : set of str
        Normalised forms of one registry indicator (:func:`expand_forms`).
    unit : str
        The indicator's unit; only a count of objects (:data:`COUNT_UNITS`) has them.

    Returns
    -------
    set of str
        For each form ending in ``数`` (not ``指数``), the form without it, when it is at
        least :data:`MIN_COUNTED_NOUN` characters long.

    Examples
    --------
    >>> sorted(counted_nouns({"强化措施数", "整改措施数"}, "项"))
    ['强化措施', '整改措施']
    >>> counted_nouns({"超标排放天数"}, "d")
    set()
    """
    if unit not in COUNT_UNITS:
        return set()
    return {
        f[:-1]
        for f in forms
        if f.endswith("数") and not f.endswith("指数") and len(f) - 1 >= MIN_COUNTED_NOUN
    }


def _bigrams(text: str) -> frozenset[str]:
    """The character pairs of a text, ignoring digits and punctuation between words."""
    letters = re.sub(r"[\d.%\s，,、。；;：:()（）“”]+", "|", text)
    return frozenset(letters[i : i + 2] for i in range(len(letters) - 1)) - {
        p for p in (letters[i : i + 2] for i in range(len(letters) - 1)) if "|" in p
    }


def _norm(s: str) -> str:
    return normalize_text(s).text.strip()


def expand_forms(name: str) -> set[str]:
    """The written forms of one registry name (parentheses and slashes expanded).

    Parameters
    ----------
    name : str
        A ``name_zh`` or alias as written in ``indicators.csv``.

    Returns
    -------
    set of str
        The normalised forms (the name itself, without its parenthesised part, with the
        parenthesised part added, and instead of the word before it (:func:`_paren_forms`),
        and each slash alternative (:func:`_slash_forms`)); a name with one bracketed
        character inside a word (:data:`_OPTIONAL_CHARACTER`) also as written.

    Examples
    --------
    >>> sorted(expand_forms("细颗粒物(PM2.5)年均浓度"))
    ['PM2.5年均浓度', '细颗粒物年均浓度']
    >>> sorted(expand_forms("完成整治/改造的企业"))
    ['完成改造的企业', '完成整治的企业', '改造的企业']
    >>> sorted(expand_forms("吨煤涌水量(排水量)"))
    ['吨煤排水量', '吨煤涌水量', '吨煤涌水量排水量']
    >>> sorted(expand_forms("烟(粉)尘排放量"))
    ['烟(粉)尘排放量', '烟尘排放量', '烟粉尘排放量', '粉尘排放量']
    """
    name = _norm(name)
    out: set[str] = set()
    m = _PAREN.search(name)
    if m:
        inner = m.group(1)
        before, after = name[: m.start()], name[m.end() :]
        out |= expand_forms(before + after)
        if re.fullmatch(r"[A-Za-z0-9.]+", inner):  # an abbreviation standing for the word
            out |= expand_forms(inner + after)
        elif inner and "、" not in inner and "," not in inner:
            for form in _paren_forms(before, inner):
                out |= expand_forms(form + after)
        if _OPTIONAL_CHARACTER.search(name) and not _PAREN.search(after) and "/" not in name:
            out.add(name)  # 烟(粉)尘排放量: one optional character, also as the registry writes it
        return out
    if "/" in name:
        parts = name.split("/")
        if len(parts) == 2:
            out |= _slash_forms(*parts)
        return {f for f in out if len(f) >= MIN_FORM_LENGTH}
    return {name} if len(name) >= MIN_FORM_LENGTH else set()


def _paren_forms(before: str, inner: str) -> set[str]:
    """The words before a parenthesis with its Han-script part added, and put in place.

    A parenthesised part either qualifies the words before it (``地表水(国考断面)``,
    ``部署实施滞后(时间)``: kept as written after them) or names the same thing in other
    words (``吨煤涌水量(排水量)``, ``生态破坏(毁坏土地)``, ``保护区(泉域重点保护区)``): it then
    stands instead of the word before it: as many characters as it has (``涌水量``, or all
    of them), or — a part that adds a modifier of two or more characters to the word it
    ends with in common (``泉域重点`` + ``保护区``) — that word (``位于泉域重点保护区内的煤矿``).
    Only a part written in Han characters is read as other words (``水质优良(Ⅰ～Ⅲ类)比例``
    is qualified only).

    Parameters
    ----------
    before : str
        The name up to the parenthesis.
    inner : str
        The parenthesised part (no list separator in it).

    Returns
    -------
    set of str
        ``before + inner`` and ``before`` with its last word replaced by ``inner``.
    """
    if not _HAN_WORD.fullmatch(inner):
        return {before + inner}
    common = 0
    while common < min(len(before), len(inner)) and before[-1 - common] == inner[-1 - common]:
        common += 1
    cut = common if common >= 2 and len(inner) - common >= 2 else min(len(inner), len(before))
    return {before + inner, before[: len(before) - cut] + inner}


def _slash_forms(a: str, b: str) -> set[str]:
    """The two names written with one slash between alternatives: ``a/b``.

    The alternatives are the words at the slash.  A ``的`` closes the word: in
    ``完成整治/改造的企业`` the right alternative is ``改造`` (the words after it are
    shared) and the left one the word of the same length before the slash (``整治``: the
    words before it are shared) — or all of ``a`` (``停产整治/停工的企业``, both kept);
    in ``完成的治理/整改项目`` the left alternative is ``治理`` after the ``的`` and the
    right one the word of the same length after the slash.  Without a ``的``, the
    shorter side is a whole word at the longer one's head (``化解/淘汰落后产能``) or tail
    (``完成专项整治的点位/项目``).

    Parameters
    ----------
    a, b : str
        The name before and after the slash.

    Returns
    -------
    set of str
        The forms of the name (not yet filtered by length).
    """
    if "的" in b and "的" not in a:
        word = b[: b.index("的")]
        shared = b[len(word) :]
        out = {a + shared, b}
        if 0 < len(word) < len(a):
            out.add(a[: len(a) - len(word)] + word + shared)
        return out
    if "的" in a and "的" not in b:
        head = a[: a.rindex("的") + 1]
        word = a[len(head) :]
        out = {head + b, a}
        if 0 < len(word) < len(b):
            out.add(a + b[len(word) :])
        return out
    if len(b) > len(a):
        return {a + b[len(a) :], b}
    if len(b) < len(a):
        return {a, a[: -len(b)] + b}
    return {a, b}


#: The ending of a count's name that says "the number of" (岩溶大泉数, 燃煤锅炉数量, 监测断面数):
#: not the head noun of the name, nor part of the counted noun (:mod:`._linking`).
NUMBER_END = re.compile(r"(?<!指)(个数|数量|数)$")


def head_pair(form: str) -> str | None:
    """The head noun's last character pair of a registry form (its last two Han characters).

    A Chinese noun phrase ends in its head (侵占自然保护区|面积, 岩溶泉|流量, 燃煤|锅炉):
    a text that does not write the head's last pair names another thing.  An ending
    ``数``/``数量``/``个数`` (the number of …) is no head and is dropped first.

    Parameters
    ----------
    form : str
        A normalised registry form.

    Returns
    -------
    str or None
        The last two characters of the form's last Han-script run (after the ending of a
        count), ``None`` when it has fewer than two.

    Examples
    --------
    >>> head_pair("岩溶泉流量"), head_pair("燃煤锅炉数量"), head_pair("PM2.5年均浓度")
    ('流量', '锅炉', '浓度')
    """
    runs = _HAN_WORD.findall(form)
    if not runs:
        return None
    last = runs[-1]
    cut = NUMBER_END.sub("", last)
    last = cut if len(cut) >= 2 else last
    return last[-2:] if len(last) >= 2 else None


@dataclass(frozen=True)
class Ranked:
    """The best registry match of a text (:meth:`Lexicon.rank`).

    Parameters
    ----------
    code : str
        The indicator code of the best form.
    form : str
        That form.
    score : float
        IDF-weighted share of the form's character pairs written in the text (0–1).
    margin : float
        ``score`` less the best score of another indicator (``score`` when none).
    """

    code: str
    form: str
    score: float
    margin: float


@dataclass(frozen=True)
class _Ranker:
    """A form × character-pair weight matrix of a lexicon, built once (:meth:`Lexicon.rank`)."""

    pairs: dict[str, int]  # character pair → column
    weights: Any  # scipy.sparse CSC matrix, forms × pairs: idf share of the pair in the form
    heads: np.ndarray  # column of each form's head pair (head_pair), -1 when none
    identifiers: dict[str, np.ndarray]  # Latin identifier → boolean over forms holding it
    forms: np.ndarray  # the forms
    codes: np.ndarray  # each form's code

    @classmethod
    def build(cls, forms: pd.DataFrame) -> _Ranker:
        from scipy import sparse

        written = [fold_class_ranges(str(f)) for f in forms["form"]]
        codes = forms["code"].astype(str).to_numpy()
        pair_sets = [_bigrams(f) for f in written]
        vocab = sorted(set().union(*pair_sets)) if pair_sets else []
        column = {p: i for i, p in enumerate(vocab)}
        rows = np.repeat(np.arange(len(written)), [len(p) for p in pair_sets])
        cols = np.fromiter((column[p] for ps in pair_sets for p in ps), dtype=np.int64)
        # document frequency over indicators (not forms: an indicator with many aliases
        # does not make its own words common)
        hold = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(written), len(vocab))
        )
        _, code_of = np.unique(codes, return_inverse=True)
        by_code = sparse.csr_matrix(
            (np.ones(len(written)), (code_of, np.arange(len(written)))),
            shape=(int(code_of.max()) + 1 if len(written) else 0, len(written)),
        )
        df = np.asarray(((by_code @ hold) > 0).sum(axis=0)).ravel()
        n = by_code.shape[0]
        idf = np.log((1 + n) / (1 + df)) + 1.0
        w = hold.multiply(idf[np.newaxis, :]).tocsr()
        total = np.asarray(w.sum(axis=1)).ravel()
        total[total == 0] = 1.0
        w = sparse.diags(1.0 / total) @ w
        heads = np.array([column.get(head_pair(f) or "", -1) for f in written], dtype=np.int64)
        idents: dict[str, np.ndarray] = {}
        for i, f in enumerate(written):
            for t in {t.upper() for t in _IDENTIFIER.findall(f)}:
                idents.setdefault(t, np.zeros(len(written), dtype=bool))[i] = True
        return cls(column, w.tocsc(), heads, idents, np.asarray(written), codes)


#: lexicons of the last registries read (:meth:`Lexicon.of`), fingerprint → lexicon
_BUILT: dict[str, Lexicon] = {}
_BUILT_KEPT = 4


def _fingerprint(indicators: pd.DataFrame) -> str | None:
    """A digest of a registry's column names, dtypes and cells (None when a cell is unhashable)."""
    try:
        cells = pd.util.hash_pandas_object(indicators, index=False).to_numpy()
    except TypeError:
        return None
    digest = hashlib.blake2b(cells.tobytes(), digest_size=16)
    digest.update(repr([(str(c), str(t)) for c, t in indicators.dtypes.items()]).encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Lexicon:
    """Forms of a registry's indicators and one regex over all of them.

    Parameters
    ----------
    forms : pandas.DataFrame
        One row per (form, code): ``form``, ``code``, ``unit``, ``context``, ``direction``.
    pattern : re.Pattern
        Alternation of every form, longest first (so ``PM2.5年均浓度`` beats ``PM2.5``).
    counted : dict of str to tuple of str
        The counted nouns of the count indicators (:func:`counted_nouns`: ``强化措施`` →
        ``rectification_measures``).  They are not in ``pattern``: a counted noun names
        only the count written right before it (``26项强化措施``), never a later figure.
    predicated : tuple of (str, str, str)
        ``(head, predicate, code)`` of every name written ``<predicate>的<head>``
        (:func:`relative_forms`: 断流干涸或流量锐减的岩溶大泉): a count written
        ``N个<head><predicate>`` (``6个岩溶大泉断流干涸``) counts the heads the predicate holds for.
    """

    forms: pd.DataFrame
    pattern: re.Pattern[str]
    counted: dict[str, tuple[str, ...]] = field(default_factory=dict)
    predicated: tuple[tuple[str, str, str], ...] = ()

    @classmethod
    def of(cls, indicators: pd.DataFrame) -> Lexicon:
        """The lexicon of a registry, built once per distinct content.

        :meth:`from_registry` compiles one pattern over every form and the lexicon derives
        its tables lazily (:func:`functools.cached_property`); a registry loaded afresh for
        every report (``datasets.load("indicators")`` returns a copy) would rebuild them all.
        The lexicons of the last few registries are kept, keyed by a fingerprint of their
        columns and rows (:func:`pandas.util.hash_pandas_object`), so equal registries share
        one lexicon and an edited registry gets its own.

        Parameters
        ----------
        indicators : pandas.DataFrame
            As for :meth:`from_registry`.

        Returns
        -------
        Lexicon
            The same object for registries of equal content.

        Examples
        --------
        >>> import envindicators.datasets as datasets
        >>> Lexicon.of(datasets.load("indicators")) is Lexicon.of(datasets.load("indicators"))
        True
        """
        key = _fingerprint(indicators)
        if key is None:  # cells pandas cannot hash (lists …): build it, keep nothing
            return cls.from_registry(indicators)
        hit = _BUILT.pop(key, None)
        if hit is None:
            hit = cls.from_registry(indicators)
        _BUILT[key] = hit  # most recent last
        while len(_BUILT) > _BUILT_KEPT:
            del _BUILT[next(iter(_BUILT))]
        return hit

    @classmethod
    def from_registry(cls, indicators: pd.DataFrame) -> Lexicon:
        """Build the lexicon of an indicator registry (the ``indicators`` table).

        Parameters
        ----------
        indicators : pandas.DataFrame
            Needs ``code``, ``name_zh``, ``unit``; ``aliases`` and ``context`` are used
            when present.

        Returns
        -------
        Lexicon
            The forms of every indicator and their compiled alternation.
        """
        rows: list[tuple[str, str]] = []
        counted: list[tuple[str, str]] = []
        predicated: list[tuple[str, str, str]] = []
        aliases = (
            indicators["aliases"]
            if "aliases" in indicators.columns
            else pd.Series(pd.NA, index=indicators.index)
        )
        for code, name, alias, unit in zip(
            indicators["code"], indicators["name_zh"], aliases, indicators["unit"], strict=True
        ):
            names = [str(name)]
            if isinstance(alias, str) and alias.strip():
                names += [a for a in alias.split(";") if a.strip()]
            written_forms: set[str] = set()
            for written in names:
                written_forms |= expand_forms(written)
            rows += [(form, str(code)) for form in sorted(written_forms)]
            counted += [
                (noun, str(code)) for noun in sorted(counted_nouns(written_forms, str(unit)))
            ]
            predicated += [(h, pr, str(code)) for h, pr in sorted(relative_forms(written_forms))]
        forms = pd.DataFrame(rows, columns=["form", "code"]).drop_duplicates()
        info = indicators.set_index("code")
        forms["unit"] = forms["code"].map(info["unit"]).astype(str)
        forms["context"] = (
            forms["code"].map(info["context"]) if "context" in info.columns else pd.NA
        )
        forms["direction"] = forms["code"].map(info["direction"])
        # each form once in its folded spelling (:func:`fold_enumeration`), matched with
        # or without a mark between its words
        ordered = sorted(
            {fold_enumeration(fold_class_ranges(f)) for f in forms["form"]},
            key=lambda f: (-len(f), f),
        )
        pattern = re.compile("|".join(_inside_word(f) + _enumerable(f) for f in ordered))
        nouns: dict[str, tuple[str, ...]] = {}
        for noun, code in counted:
            nouns[noun] = (*nouns.get(noun, ()), code)
        return cls(forms.reset_index(drop=True), pattern, nouns, tuple(predicated))

    def closest(
        self, clause: str, fits: Callable[[str], bool], *, least: float = LOOSE_LEAST
    ) -> tuple[str, str, float] | None:
        """The registry name most of whose character pairs are written in ``clause``.

        A loose match for a figure whose indicator is not written as a whole form
        (``完成挥发性有机物监测网络建设的城市`` for ``完成11个市挥发性有机物监测网络建设``): the
        share of the form's character bigrams found in the clause, among the forms whose
        indicator ``fits`` the figure and whose Latin-script identifiers (``PM10``, ``SO2``,
        ``COD``) are all written in the clause (``O3平均浓度`` is no loose ``PM10平均浓度``);
        ties go to the form with more bigrams in common.

        Parameters
        ----------
        clause : str
            The normalised clause of the figure.
        fits : callable
            ``fits(code)``: whether the figure can be a value of the indicator.
        least : float
            Smallest share accepted (default :data:`LOOSE_LEAST`); at least
            :data:`LOOSE_PAIRS` bigrams must be in common.

        Returns
        -------
        tuple of (str, str, float) or None
            ``(code, form, share)`` of the best form, ``None`` when none reaches ``least``.
        """
        have = _bigrams(clause)
        if not have:
            return None
        written = set(_identifiers(clause))
        best: tuple[float, int, str, str] | None = None
        for form, code, pairs, identifiers in self._pairs:
            common = len(pairs & have)
            if common < LOOSE_PAIRS or not written.issuperset(identifiers):
                continue
            share = common / len(pairs)
            if share < least or (best is not None and (share, common) <= best[:2]):
                continue
            if fits(code):
                best = (share, common, code, form)
        return None if best is None else (best[2], best[3], best[0])

    def rank(self, text: str, fits: Callable[[str, str], bool]) -> Ranked | None:
        """The registry indicator whose name ``text`` covers best, with its margin.

        Every form is scored at once (one sparse form × character-pair matrix, built once
        per lexicon): the IDF-weighted share of its character pairs written in ``text``
        (a pair common to many indicators, 比例 or 排放, weighs little; 侵占 or 岩溶 much).
        A form is a candidate only when ``text`` writes its head noun's last pair
        (:func:`head_pair`), at least :data:`RANK_PAIRS` of its pairs, and every Latin
        identifier it holds (PM10, SO2), and when ``fits(code, form)``.  Each indicator
        scores its best form; the margin is over the best other indicator.

        Parameters
        ----------
        text : str
            Normalised text (simplified script) naming one figure.
        fits : callable
            ``fits(code, form)``: whether the figure can be a value of the indicator
            written ``form`` (unit, kind, polarity); asked only for candidates.

        Returns
        -------
        Ranked or None
            The best candidate, ``None`` when there is none.
        """
        ranker = self._ranker
        have = [ranker.pairs[p] for p in _bigrams(fold_class_ranges(text)) if p in ranker.pairs]
        if not have:
            return None
        cols = np.asarray(have, dtype=np.int64)
        part = ranker.weights[:, cols]
        score = np.asarray(part.sum(axis=1)).ravel()
        common = np.diff(part.tocsr().indptr) if part.nnz else np.zeros(len(score), int)
        ok = (common >= RANK_PAIRS) & np.isin(ranker.heads, cols)
        written = {t.upper() for t in _IDENTIFIER.findall(text)}
        for ident, holds in ranker.identifiers.items():
            if ident not in written:
                ok &= ~holds
        cand = np.flatnonzero(ok)
        if not len(cand):
            return None
        cand = cand[np.argsort(-score[cand], kind="stable")]
        keep = [i for i in cand if fits(str(ranker.codes[i]), str(ranker.forms[i]))]
        if not keep:
            return None
        best = keep[0]
        code = str(ranker.codes[best])
        others = [score[i] for i in keep if ranker.codes[i] != code]
        top = float(score[best])
        return Ranked(code, str(ranker.forms[best]), top, top - float(others[0]) if others else top)

    @functools.cached_property
    def codes_of_form(self) -> pd.Series:
        """Each form's indicator codes (a list, in the forms' order), indexed by form.

        Grouped once per lexicon (a lexicon is shared by every report read with its
        registry, :meth:`of`), not once per report; read-only.

        Examples
        --------
        >>> import envindicators.datasets as datasets
        >>> lex = Lexicon.of(datasets.load("indicators"))
        >>> all(code in lex.forms_of_code for codes in lex.codes_of_form for code in codes)
        True
        """
        return self.forms.groupby("form")["code"].apply(list)

    @functools.cached_property
    def forms_of_code(self) -> dict[str, list[str]]:
        """Each indicator code's forms (a list, in the forms' order); read-only, as
        :attr:`codes_of_form`."""
        return self.forms.groupby("code")["form"].apply(list).to_dict()

    @functools.cached_property
    def _ranker(self) -> _Ranker:
        """The forms' character pairs as arrays (:meth:`rank`), built once per lexicon."""
        return _Ranker.build(self._unbracketed)

    @functools.cached_property
    def _pairs(self) -> list[tuple[str, str, frozenset[str], tuple[str, ...]]]:
        """``(form, code, bigrams, identifiers)`` of the forms :meth:`closest` can match."""
        forms = self._unbracketed
        rows = [
            (f, c, _bigrams(f), _identifiers(f))
            for f, c in zip(forms["form"], forms["code"], strict=True)
        ]
        return [r for r in rows if len(r[2]) >= LOOSE_PAIRS]

    @functools.cached_property
    def _unbracketed(self) -> pd.DataFrame:
        """The forms a likeness compares: not those written with a bracketed character
        (``烟(粉)尘排放量``, :data:`_OPTIONAL_CHARACTER`), a spelling found only whole — its
        substance (烟粉尘) is written in its unbracketed forms."""
        return self.forms[~self.forms["form"].str.contains("(", regex=False)]

    def near_form(self, words: str) -> tuple[str, str, str] | None:
        """The registry form ``words`` end in but for its first one or two characters.

        A report may write a name with its leading modifier reworded (``日常连续处罚案件``,
        ``每日连续处罚案件数`` for 按日连续处罚案件): the rest of the form — at least
        :data:`NEAR_TAIL_LENGTH` characters of a form of :data:`NEAR_FORM_LENGTH` or more —
        is its distinctive words when no other indicator's form holds it and it is no form
        itself.  ``words`` must write as many Han characters in place of the part cut, one of
        them the cut part's (日常 or 每日 for 按日: the modifier reworded; 大气污染防治项目 is
        no 土壤污染防治项目, 农村污水处理率 no 县城污水处理率), and a count's head (数, 数量)
        after either is dropped.

        Parameters
        ----------
        words : str
            A figure's own words (normalised, simplified script).

        Returns
        -------
        tuple of (str, str, str) or None
            ``(code, form, tail)``: the indicator, its form and the words kept, or ``None``.

        Examples
        --------
        >>> import pandas as pd
        >>> lex = Lexicon.from_registry(pd.DataFrame({"code": ["d", "v"],
        ...     "name_zh": ["按日连续处罚案件", "环境违法案件"], "unit": ["件", "件"],
        ...     "direction": ["neutral", "neutral"]}))
        >>> lex.near_form("日常连续处罚案件")
        ('d', '按日连续处罚案件', '连续处罚案件')
        >>> lex.near_form("连续处罚案件") is None  # nothing written in place of 按日
        True
        >>> lex.near_form("逐步连续处罚案件") is None  # another modifier, not 按日 reworded
        True
        """
        core = _COUNT_TAIL.sub("", words)
        near = self._near
        for n in range(len(core) - 1, NEAR_TAIL_LENGTH - 1, -1):
            hit = near.get(core[-n:])
            if hit is None:
                continue
            form = _COUNT_TAIL.sub("", hit[1])
            if core.endswith(form):
                return None  # the form written whole: no near form
            cut = form[: len(form) - n]
            written = core[max(0, len(core) - n - len(cut)) : len(core) - n]
            if (
                len(written) == len(cut)
                and _HAN_WORD.fullmatch(written)
                and set(written) & set(cut)
            ):
                return (*hit, core[-n:])  # 日常 for 按日: the modifier reworded, not replaced
        return None
        return None

    @functools.cached_property
    def _near(self) -> dict[str, tuple[str, str]]:
        """The distinctive tails of the forms (:meth:`near_form`), ``tail`` → ``(code, form)``."""
        pairs = list(zip(self.forms["form"], self.forms["code"], strict=True))
        whole = {_COUNT_TAIL.sub("", f) for f, _ in pairs}
        tails: dict[str, set[tuple[str, str]]] = {}
        for f, c in pairs:
            core = _COUNT_TAIL.sub("", f)
            if len(core) < NEAR_FORM_LENGTH or not _HAN_WORD.fullmatch(core):
                continue
            for k in (1, 2):
                if len(core) - k >= NEAR_TAIL_LENGTH:
                    tails.setdefault(core[k:], set()).add((c, f))
        table = {}
        for tail, hits in tails.items():
            codes = {c for c, _ in hits}
            if len(codes) != 1 or tail in whole:
                continue  # the words of two indicators, or a form itself
            (code,) = codes
            if any(tail in w for w, c in pairs if c != code):
                continue  # written in another indicator's form: not its own words
            table[tail] = min(hits, key=lambda h: (len(h[1]), h[1]))
        return table

    def codes(self, form: str) -> list[str]:
        """Indicator codes written ``form`` (several when the registry repeats a name).

        Parameters
        ----------
        form : str
            A name or alias as it appears in :attr:`forms`.

        Returns
        -------
        list of str
            The codes of the indicators with that form (empty when none).
        """
        return list(self.forms.loc[self.forms["form"] == form, "code"])

    def find(self, normalized: str) -> pd.DataFrame:
        """Every form in a normalised text: ``start``, ``end``, ``form`` (one regex pass).

        At each position the longest form is found (forms may overlap); a form lying inside
        a longer one found is dropped, so each stretch of text keeps its most specific name.

        Parameters
        ----------
        normalized : str
            Text already brought through :func:`~envindicators.units.normalize_text`.

        Returns
        -------
        pandas.DataFrame
            One row per match: ``start``, ``end`` (offsets in ``normalized``) and ``form``.
        """
        # the longest form starting at each position (a lookahead: matches may overlap, so
        # 集中式饮用水水源地 does not hide 饮用水水源地水质优良比例), then every form inside a
        # longer one dropped (水质优良比例 inside 饮用水水源地水质优良比例): the most specific
        # name of each stretch of text is kept
        # Latin letters in any case (pm2.5平均浓度, So2): the form as the registry writes it,
        # unless the letters run on into a Latin word (code is no COD); as the registry
        # writes it, a Latin name is no tail of a Latin word nor the head of a longer
        # formula (NO3 is no O3, CO2 and COVID are no CO; CODcr is COD)
        canonical = self._canonical
        found = []
        # (a range of classes matches whatever mark joins its ends: fold_class_ranges)
        for m in self._overlapping.finditer(fold_class_ranges(normalized)):
            written = m.group(1)
            a, b = m.start(), m.start() + len(written)
            folded = fold_enumeration(written)
            form = (
                canonical.get(written)
                or canonical.get(folded)
                or canonical.get(folded.lower(), written)
            )
            if form != written and (
                _ASCII_LETTER.match(normalized[a - 1 : a] if a else "")
                or _ASCII_LETTER.match(normalized[b : b + 1])
            ):
                continue
            if _runs_on(form, normalized[a - 1 : a] if a else "", normalized[b : b + 1]):
                continue
            found.append((a, b, form))
        frame = pd.DataFrame(found, columns=["start", "end", "form"])
        if len(frame) > 1:
            e = frame["end"].to_numpy()
            # ends never decrease with the start unless a form lies inside an earlier one
            inside = e <= np.maximum.accumulate(np.concatenate([[-1], e[:-1]]))
            frame = frame[~inside].reset_index(drop=True)
        return frame

    @functools.cached_property
    def _canonical(self) -> dict[str, str]:
        """Each form, and its lower-case spelling, mapped to the form (exact spellings win)."""
        forms = sorted(set(self.forms["form"]))
        # a name written with marks between its words is the same name folded
        # (:func:`fold_enumeration`); its own spelling wins, then a spelling without marks
        table = {fold_enumeration(fold_class_ranges(f)).lower(): f for f in reversed(forms)}
        table.update({fold_enumeration(fold_class_ranges(f)): f for f in reversed(forms)})
        table.update({fold_class_ranges(f): f for f in forms})
        return table

    @functools.cached_property
    def _overlapping(self) -> re.Pattern[str]:
        """:attr:`pattern` as a lookahead, so that overlapping forms are all found."""
        return re.compile(f"(?=({self.pattern.pattern}))", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _converts(unit_written: str, kind: str, indicator_unit: str, context: str | None) -> bool:
    if _other_dimension(unit_written, kind, indicator_unit, context):
        # answered without the model's error path, whose message builds a pint registry
        # per context to suggest one (seconds on the first call of a process)
        return False
    if not unit_written.strip():
        return False  # no unit written: the tables require one
    try:
        # the model's own rule for one figure (:meth:`Indicator.check_unit`, the check
        # :func:`~envindicators.model.canonical_values` runs per row), without building
        # and coercing a one-row frame and a one-row registry per pair
        Indicator("x", "x", "x", indicator_unit, Direction.NEUTRAL, context=context).check_unit(
            unit_written, kind=kind
        )
    except (EnvIndicatorsError, ValueError, TypeError, KeyError):
        return False
    return True


def _other_dimension(
    unit_written: str, kind: str, indicator_unit: str, context: str | None
) -> bool:
    """True when a level can surely not convert: no pint context and another dimension.

    Without a context pint converts only within one dimension, so the model's check
    (:func:`envindicators.model.canonical_values`) would refuse the pair; a pair this
    cannot decide (a context, a unit pint cannot parse, percentage points) is left to it.
    """
    if kind not in ("level", "ratio") or context is not None or "point" in indicator_unit:
        return False
    try:
        a = ureg.parse_units(unit_written.strip()).dimensionality
        b = ureg.parse_units(indicator_unit.strip()).dimensionality
    except Exception:  # any parse failure: the model's check decides
        return False
    return bool(a != b)


#: A concentration's medium by its denominator: per litre a liquid's (water: 毫克/升, mg/L),
#: per cubic metre a gas's (air: 微克/立方米, µg/m3, mg/Nm3).  Only an ending ``/<volume>``
#: is read (立方米/日, m3/d and 吨/日 are flows, no concentration).
_PER_LITRE = re.compile(r"/\s*(?:升|公升|[mµμu]?[Ll]|liter|litre)$")
_PER_CUBIC_METRE = re.compile(r"/\s*(?:标?立方米|N?m3|N?m³|N?m\*\*3|meter\s*\*\*\s*3|cubic_meter)$")


@functools.lru_cache(maxsize=1024)
def medium_of(unit: str) -> str | None:
    """The medium of a concentration's unit: ``water`` per litre, ``air`` per cubic metre.

    Parameters
    ----------
    unit : str
        A unit as written or a registry unit.

    Returns
    -------
    str or None
        ``water``, ``air``, or ``None`` for a unit of no concentration.

    Examples
    --------
    >>> medium_of("毫克/升"), medium_of("µg/m3"), medium_of("m3/d")
    ('water', 'air', None)
    """
    u = unit.strip()
    if _PER_LITRE.search(u):
        return "water"
    return "air" if _PER_CUBIC_METRE.search(u) else None


def other_medium(unit_written: str, indicator_unit: str) -> bool:
    """Whether a figure's concentration and an indicator's are of different media.

    Per litre is a water concentration (``毫克/升``, ``mg/L``), per cubic metre an air
    concentration (``微克/立方米``, ``mg/m3``): pint converts one into the other (both are
    mass per volume), but in these texts a value in mg/L is never an air indicator's, nor a
    value in µg/m3 a water indicator's.  Units of neither kind are never of another medium.

    Parameters
    ----------
    unit_written : str
        The figure's unit as written.
    indicator_unit : str
        The indicator's canonical unit.

    Returns
    -------
    bool
        True when one unit is per litre and the other per cubic metre.

    Examples
    --------
    >>> other_medium("毫克/升", "µg/m3"), other_medium("mg/m3", "mg/L")
    (True, True)
    >>> other_medium("微克/立方米", "µg/m3"), other_medium("吨/日", "m3/d")
    (False, False)
    """
    a, b = medium_of(unit_written), medium_of(indicator_unit)
    return a is not None and b is not None and a != b


def compatible(unit_written: str, kind: str, indicator_unit: str, context: object) -> bool:
    """Whether a figure written in ``unit_written`` can be a value of an indicator.

    The rule is the datasets' own conversion (:func:`envindicators.model.canonical_values`):
    a level must convert to the indicator's unit (a share in ``%`` only to ``%``, a count
    only to a counter, within the indicator's context), an absolute change of a share is in
    百分点, a relative change fits any indicator.  A concentration of another medium
    (per litre for per cubic metre, :func:`other_medium`) does not fit, though pint would
    convert it.  Cached per distinct combination.

    Parameters
    ----------
    unit_written : str
        The figure's unit (pint string of :data:`envindicators.units.ureg`).
    kind : str
        ``level``, ``change_relative``, ``change_absolute`` or ``ratio``.
    indicator_unit : str
        The indicator's canonical unit.
    context : str or None
        The indicator's pint context (``water``, ``steam``) or missing.

    Returns
    -------
    bool
        True when the figure can be a value of the indicator.
    """
    ctx = context if isinstance(context, str) else None
    return _compatible(unit_written, kind, indicator_unit, ctx)


@functools.lru_cache(maxsize=8192)
def _compatible(unit_written: str, kind: str, indicator_unit: str, ctx: str | None) -> bool:
    if kind == "change_relative":
        return unit_written == "%"
    share = indicator_unit == "%"
    if unit_written in ("%", "percent") and kind in ("level", "ratio"):
        return share
    if share and unit_written != "百分点" and kind == "change_absolute":
        return False
    if other_medium(unit_written, indicator_unit):
        return False  # 35毫克/升 is a water concentration: no PM2.5's (nor the reverse)
    return _converts(unit_written, kind, indicator_unit, ctx)
