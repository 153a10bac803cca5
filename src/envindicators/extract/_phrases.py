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
names no object, so the link it proposes needs review.
"""

from __future__ import annotations

import re

from envindicators.units import to_simplified
from envindicators.units.text import TONE_VOWELS

__all__ = ["names_no_object", "tidy_phrase"]

#: Letters of pinyin with a tone mark (a gloss has at least one).
_TONED = "".join(sorted(TONE_VOWELS))
_PINYIN = f"[a-zü{_TONED}]"
#: A whole gloss after a character (產(chǎn)), one cut open at the end of the phrase (業(yè) or
#: closed at its start (qū), …): a run of lowercase pinyin holding a toned letter.
_GLOSS = re.compile(
    rf"[(（]{_PINYIN}*[{_TONED}]{_PINYIN}*[)）]"
    rf"|[(（]{_PINYIN}*[{_TONED}]{_PINYIN}*$"
    rf"|^{_PINYIN}*[{_TONED}]{_PINYIN}*[)）]?"
)
#: Words at the start of a phrase that are no part of a measure's name: references back
#: (其中, 该市, 本澳, 这些), times (去年, 今年, 当年), a narrowing word (有的),
#: and a particle (的).
_HEAD_REMNANT = re.compile(
    r"^(其中|该(省|市|县|州|盟|旗)|该区(?!域)|该地(?!区)|本(澳|港|省|市|县)|本区(?!域)|这些|上述|"
    r"(去年|今年|当年)(?!度)|同期|全年|有的|的(?![士确])|"
    r"[(（)）“”\"'\s,，、:：;；])+"
)
#: Words at the end of a phrase that name the places or units a figure ranks or the set it
#: is counted in (产生量较大的省份 — with 较, 最 or 相对: 质量好的城市 names what is counted —,
#: 城镇污水处理厂中), and unbalanced brackets and quotes.
_TAIL_REMNANT = re.compile(
    r"((较|最|相对较?)(大|多|高|低|少|小|好|差)的(省份|省|城市|地区|地市|企业|行业|园区)|"
    r"(?<=[\u4e00-\u9fff]{2})(?<![集空其期途])中|[(（“\"'\s,，、:：;；])+$"
)
#: The head of a measure, which alone names no object: an amount, a rate, a share, an
#: area, a concentration, an index …, a water quality class (Ⅳ类, 劣Ⅴ类) or a degree of
#: pollution, with the words that qualify the head (综合, 平均, 年均 …).
_HEAD_ONLY = re.compile(
    r"(综合|平均|年均|日均|累计|全年|总|年|新增|达标|超标)?"
    r"((排放|产生|利用|处置|处理|贮存|削减|使用|消费)(总)?(量|率)|"
    r"达标率|超标率|优良率|合格率|覆盖率|完成率|利用率|"
    r"比例|比重|占比|面积|浓度|天数|日数|指数|数量|总量|个数|负荷|"
    r"(劣|差)?[ⅠⅡⅢⅣⅤ1-5一二三四五](类|级)(水质)?|(轻微|轻度|中度|重度|严重)(污染)?)"
)


def _strip_glosses(phrase: str) -> str:
    """``phrase`` without pinyin glosses (``產(chǎn)業`` → ``產業``)."""
    return _GLOSS.sub("", phrase)


def tidy_phrase(phrase: str) -> str:
    """A proposed indicator's phrase without the words that are no part of its name.

    Strips pinyin glosses (anywhere), then, until nothing changes, remnants at the start
    (``其中``, ``该市``, ``本澳``, ``去年``, ``有的``, ``的``, a classifier) and at the end
    (``较大的省份``, a set's ``中``, unbalanced brackets and quotes).  The rules read the
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
    """
    words = _strip_glosses(phrase).strip()
    while True:
        simple = to_simplified(words)  # one character for one: offsets carry over
        head = _HEAD_REMNANT.match(simple)
        lo = head.end() if head else 0
        tail = _TAIL_REMNANT.search(simple, lo)
        hi = tail.start() if tail else len(simple)
        if (lo, hi) == (0, len(simple)) or hi - lo < 2:
            return words
        words = words[lo:hi]


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
