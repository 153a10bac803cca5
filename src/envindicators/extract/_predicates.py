"""Counts named by the predicate of a registry name ``<predicate>的<head>``.

A registry count of the things a predicate holds for (关停取缔的企业, 完成治理的矸石山) is
written in reports in two orders:

* ``N家<head><predicate>`` (``11家焦化企业完成提标改造``, ``24家石料企业全部停工``): read by
  the reader's counted-noun rule; an adverb (:data:`ADVERB`) may stand between the head
  and the predicate;
* ``N<measure word><predicate>`` with the head left out (``37家依法实施停产整治``): adverbs
  and light verbs (:data:`_LIGHT`) may stand before the predicate, which must be written
  whole;
* ``<predicate>N<measure word>[<head>]`` (``关停取缔9家,停产整治1家``, ``共检查357家企业``):
  the measure word must be one the head is counted in (:data:`MEASURE_WORDS`: 家 for 企业,
  座 for 矸石山, 条 for 河流) and the count is followed by its head (after a modifier of
  at most four Han characters) or by no noun at all — ``完成整治12个村庄`` counts
  villages, not the head of any name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["ADVERB", "MEASURE_WORDS", "measure_fits", "predicate_after", "predicate_before"]

#: Adverbs written between a counted head and its predicate (企业|全部|停工, 企业|均已|完成整治).
ADVERB = re.compile(r"^(全部|均已|均|已全部|已经|已|都|依法|相继|陆续|先后|一律)")

#: The measure words a head noun is counted in, by the head's last word.  A count whose
#: measure word is not one of its head's is no count of that head (``完成整治12处`` is no
#: count of enterprises).
MEASURE_WORDS: dict[str, str] = {
    "企业": "家",
    "公司": "家",
    "煤矿": "座家处个",
    "矿": "座家处个",
    "厂": "座家个",
    "场": "座家处个",
    "山": "座处个",
    "项目": "个项",
    "点位": "个处",
    "河流": "条",
    "水体": "条处个",
    "村": "个",
    "城市": "个座",
    "市州": "个",
    "断面": "个",
    "领导": "位名人",
    "机组": "台",
    "锅炉": "台",
    "自然保护区": "个处",
}

#: A predicate this short or shorter names too many things to name a count alone (完成, 开工).
_SHORTEST = 2

#: Words between a predicate and its count (停产整治|了|3家, 关停取缔|共|9家).
_FILLER = re.compile(r"(了|共|共计|累计|合计)+$")

#: Adverbs and light verbs before a predicate written after a bare count (37家|依法实施|停产整治).
_LIGHT = re.compile(
    r"^(全部|均已|均|已全部|已经|已|都|依法|相继|陆续|先后|一律|实施|予以|进行|被)+"
)

#: Han characters a modifier between a count and its head may have (357家|化工|企业).
_MODIFIER = 4
_HAN = re.compile(r"[\u4e00-\u9fff]+")

#: What may follow a count with its head left out: the clause ends or a list goes on.
_BARE_END = re.compile(r"^($|[^\u4e00-\u9fff]|[和及与、]|以上|左右|余|多)")


def _names_head(after: str, head: str) -> bool:
    """Whether the words after a count are its head, after a short modifier (石料|企业)."""
    at = after.find(head, 0, _MODIFIER + len(head))
    return at >= 0 and (at == 0 or bool(_HAN.fullmatch(after[:at])))


def measure_fits(head: str, measure: str) -> bool:
    """Whether ``measure`` is a measure word the head noun is counted in.

    Parameters
    ----------
    head : str
        The head noun of a registry name (``企业``, ``矸石山``).
    measure : str
        The measure word of the count as written (``家``, ``座``).

    Returns
    -------
    bool
        ``True`` when the head's last word (:data:`MEASURE_WORDS`, longest first) is
        counted in ``measure``.

    Examples
    --------
    >>> measure_fits("企业", "家"), measure_fits("企业", "处"), measure_fits("矸石山", "座")
    (True, False, True)
    """
    for word in sorted(MEASURE_WORDS, key=len, reverse=True):
        if head.endswith(word):
            return bool(measure) and measure in MEASURE_WORDS[word]
    return False


def predicate_before(
    before: str,
    after: str,
    measure: str,
    predicated: Iterable[tuple[str, str, str]],
    fits: Callable[[str], bool],
) -> tuple[str, str] | None:
    """The registry count whose predicate is written right before a count of its head.

    ``关停取缔9家`` is a count of 关停取缔的企业: the predicate ends where the count starts
    (a filler 了/共/累计 may stand between), the count's measure word is one the head is
    counted in, and the count is followed by the head or by no noun.

    Parameters
    ----------
    before : str
        The normalised words of the clause before the figure.
    after : str
        The normalised words of the clause after the figure.
    measure : str
        The measure word of the count as written (its last character: ``家``).
    predicated : iterable of (str, str, str)
        ``(head, predicate, code)`` of the names written ``<predicate>的<head>``
        (:attr:`Lexicon.predicated`).
    fits : callable
        ``fits(code)``: whether the figure can be a value of the indicator.

    Returns
    -------
    tuple of (str, str) or None
        ``(code, predicate)``; ``None`` when no predicate is written there, the count goes
        on with a noun of its own, or the longest predicates written there belong to more
        than one indicator.

    Examples
    --------
    >>> names = [("企业", "关停取缔", "closed"), ("企业", "停产整治", "suspended")]
    >>> predicate_before("责令改正17家,关停取缔", ",停产整治1家", "家", names, lambda c: True)
    ('closed', '关停取缔')
    >>> predicate_before("共关停取缔", "化工企业", "家", names, lambda c: True)
    ('closed', '关停取缔')
    >>> predicate_before("关停取缔", "个村庄", "个", names, lambda c: True) is None
    True
    """
    bare = bool(_BARE_END.match(after))
    words = _FILLER.sub("", before)
    hits = [
        (len(predicate), code, predicate)
        for head, predicate, code in predicated
        if len(predicate) >= _SHORTEST
        and words.endswith(predicate)
        and measure_fits(head, measure)
        and (bare or _names_head(after, head))
        and fits(code)
    ]
    return _longest_of_one_indicator(hits)


def predicate_after(
    after: str,
    measure: str,
    predicated: Iterable[tuple[str, str, str]],
    fits: Callable[[str], bool],
) -> tuple[str, str] | None:
    """The registry count whose predicate follows a count with its head left out.

    ``37家依法实施停产整治`` is a count of 停产整治的企业: after the count come only adverbs
    or light verbs (依法, 实施, 已 …) and then the whole predicate; the measure word is one
    the head is counted in.

    Parameters
    ----------
    after : str
        The normalised words of the clause after the figure.
    measure : str
        The measure word of the count as written (``家``).
    predicated : iterable of (str, str, str)
        ``(head, predicate, code)`` of the names written ``<predicate>的<head>``.
    fits : callable
        ``fits(code)``: whether the figure can be a value of the indicator.

    Returns
    -------
    tuple of (str, str) or None
        ``(code, predicate)``; ``None`` when no predicate is written there or the longest
        predicates written there belong to more than one indicator.

    Examples
    --------
    >>> names = [("企业", "停产整治", "suspended"), ("企业", "关停取缔", "closed")]
    >>> predicate_after("依法实施停产整治", "家", names, lambda c: True)
    ('suspended', '停产整治')
    >>> predicate_after("企业停产整治", "家", names, lambda c: True) is None
    True
    """
    light = _LIGHT.match(after)
    words = after[light.end() :] if light else after
    hits = [
        (len(predicate), code, predicate)
        for head, predicate, code in predicated
        if len(predicate) >= _SHORTEST
        and words.startswith(predicate)
        and measure_fits(head, measure)
        and fits(code)
    ]
    return _longest_of_one_indicator(hits)


def _longest_of_one_indicator(hits: list[tuple[int, str, str]]) -> tuple[str, str] | None:
    """``(code, predicate)`` of the longest predicates in ``hits`` (``(length, code,
    predicate)``), or ``None`` when there is none or they belong to more than one indicator."""
    if not hits:
        return None
    longest = max(h[0] for h in hits)
    top = {(h[1], h[2]) for h in hits if h[0] == longest}
    if len({code for code, _ in top}) != 1:
        return None
    return next(iter(top))
