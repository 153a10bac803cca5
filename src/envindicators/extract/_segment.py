"""Word boundaries of a proposed indicator's phrase, by a Chinese word segmenter.

A proposed indicator is named by the words of the text before (or after) its figure
(``noun_phrase`` of ``extract._indicators``), cut at places, dates, figures and verbs by
rules that read characters.  A cut can fall inside a word (``年度`` → ``度編列``) and keep
words at its ends that are no part of a name: a bullet (``●``), a time word (``去年``,
``今年十月底``), an adverb (``还``, ``已``), a pronoun (``另``), a particle, a classifier,
English table text (``Precipitation``).  :func:`cut_at_words` moves the phrase's ends to
word boundaries read by `jieba <https://github.com/fxsjy/jieba>`_ (its dictionary, no
hidden-Markov guesses, so only dictionary words are kept whole) and drops the edge words of
those parts of speech.

The segmenter is loaded on the first call (about two seconds), without writing jieba's
cache file: the prefix dictionary is built in memory.  jieba's dictionary is simplified;
the text is folded by :func:`envindicators.units.to_simplified` (one character for one, so
offsets carry over) for segmentation only.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
import warnings
from typing import Any

from envindicators.extract._phrases import _GLOSS, CATEGORY, MEASURE_END
from envindicators.units import to_simplified

__all__ = ["cut_at_words", "ends_with_verb", "names_no_noun", "noun_after", "noun_chunk", "segment"]

#: Characters of context read on either side of a phrase to find the words at its ends.
_WINDOW = 12
#: Parts of speech of a word dropped at either end of a phrase: time words (t, tg), adverbs
#: (d), pronouns and demonstratives (r: 其, 该, 另, 各), conjunctions (c) and particles (u…,
#: y, e, o).  Not classifiers (q): 类 of 劣Ⅴ类, 场 of 渣场 and 年 of a cut year are tagged so.
_EDGE_TAGS = frozenset({"t", "tg", "d", "r", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud"})
_EDGE_TAGS |= frozenset({"y", "e", "o"})
#: … and, at the end only, prepositions (在, 于) and numerals (a figure in words cut open).
_TAIL_TAGS = _EDGE_TAGS | {"p", "m"}
#: Words of those tags that change what is measured and stay: negations (不达标天数 is no
#: 达标天数), 其他 (其他废物 is no 废物) and degrees (轻度污染, 中度污染).
_KEPT = frozenset(
    {"不", "未", "没有", "无", "非", "其他", "其它", "最", "轻微", "轻度", "中度", "重度", "严重"}
)
#: A numeral word: digits and Chinese numerals only (not 第二 of a name, not 余 of 厨余).
_NUMERAL = re.compile(r"[\d.,零〇一二三四五六七八九十百千万亿两]+")
#: A time word that qualifies a measure rather than dating the figure: a time of day or a
#: season (夜间达标率, 秋冬季, 当季): kept.
_QUALIFYING_TIME = re.compile(r"[间季春夏秋冬夜昼晨午晚早]")

#: Function words jieba's dictionary tags ``zg`` (its tag of rare characters) and their part
#: of speech: the conjunction 且 (``且全流域…``), the adverbs 仍 and 较 (``…仍有``, ``较上年``).
_FUNCTION_WORDS = {"且": "c", "仍": "d", "较": "d"}
#: Verbs that make what follows them do something (``使得|陈情案件减少``, ``导致|…``): what
#: they take is a clause, whose subject is the measure; they are no part of its name.
_CAUSATIVE = frozenset({"使", "使得", "致使", "导致", "促使", "迫使", "令", "让"})
#: Verbs of a cause's effect (``影响``, ``带动``, ``造成``) after an adverb that links them to the
#: clause before (``連帶|影響|電力排碳係數上升``): the verb opens a clause, as a causative does;
#: without the adverb the verb may be the measure's own (``影响人口``, ``造成直接经济损失``).
_AFFECTS = frozenset({"影响", "带动", "造成"})
_LINKING = frozenset({"连带", "进而", "从而", "因而", "继而"})

_LOCK = threading.Lock()
#: jieba's tokenizer and the part of speech of each dictionary word, built on first use.
_SEGMENTER: list[tuple[Any, dict[str, str]]] = []
_LATIN = re.compile(r"[A-Za-z0-9]+")


def _segmenter() -> tuple[Any, dict[str, str]]:
    """jieba's tokenizer with its dictionary loaded, and the dictionary's tags, built once.

    The dictionary (``word frequency tag`` a line) is read once for both, in memory:
    ``jieba.Tokenizer.initialize`` would write a cache file to the temporary directory, and
    ``jieba.posseg`` loads hidden-Markov models (seconds) that a dictionary-only cut needs not.
    """
    if not _SEGMENTER:
        with _LOCK:
            if not _SEGMENTER:
                with warnings.catch_warnings():  # jieba 0.42's regexes: invalid escapes
                    warnings.simplefilter("ignore", DeprecationWarning)
                    warnings.simplefilter("ignore", SyntaxWarning)
                    try:  # imported on first use: loading costs seconds
                        import jieba
                    except ImportError as exc:  # pragma: no cover - a dependency
                        raise ImportError(
                            "read_report needs the word segmenter jieba "
                            "(a dependency of envindicators: pip install jieba)"
                        ) from exc
                tokenizer = jieba.Tokenizer()
                freq: dict[str, int] = {}
                tags: dict[str, str] = {}
                total = 0
                with tokenizer.get_dict_file() as f:
                    for line in f:
                        word, count, *tag = line.decode("utf-8").split()
                        freq[word] = int(count)
                        tags[word] = tag[0] if tag else "x"
                        total += int(count)
                        for k in range(1, len(word)):  # the prefixes of the word (jieba's DAG)
                            freq.setdefault(word[:k], 0)
                tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
                _SEGMENTER.append((tokenizer, tags))
    return _SEGMENTER[0]


def segment(text: str) -> list[tuple[int, int, str]]:
    """The words of ``text`` with their part of speech, by jieba's dictionary.

    Parameters
    ----------
    text : str
        Text in either script (folded to simplified for segmentation only).

    Returns
    -------
    list of tuple of (int, int, str)
        Each word's start and end in ``text`` and its tag in jieba's dictionary (``n``,
        ``v``, ``t`` …; ``eng`` for a run of Latin letters and digits, ``x`` for any other
        word the dictionary does not hold: punctuation, spaces).
    """
    tokenizer, tags = _segmenter()
    words: list[tuple[int, int, str]] = []
    at = 0
    for word in tokenizer.cut(to_simplified(text), HMM=False):
        tag = (
            _FUNCTION_WORDS.get(word)
            or tags.get(word)
            or ("eng" if _LATIN.fullmatch(word) else "x")
        )
        words.append((at, at + len(word), tag))
        at += len(word)
    return words


def _known(word: str) -> bool:
    """Whether ``word`` (either script) is a word of jieba's dictionary (比例 of 比例控制)."""
    return _segmenter()[0].FREQ.get(to_simplified(word), 0) > 0


def _is_mark(word: str) -> bool:
    """Whether a word is punctuation, a bullet, a symbol or a space (not Ⅳ, not ℃)."""
    return all(unicodedata.category(c)[0] in "PSZ" and c not in "℃%‰" for c in word)


def _is_prose(word: str) -> bool:
    """Whether a word is a Latin word of prose (``Precipitation``, ``industry``; not ``PM2``,
    ``VOCs``, ``aqi``): five letters or more, three of them lowercase."""
    return word.isascii() and word.isalpha() and len(word) >= 5 and sum(map(str.islower, word)) >= 3


def _names_nothing(word: str, tag: str, rest: str, inward: tuple[str, str], *, tail: bool) -> bool:
    """Whether an edge word is no part of a measure's name (see :func:`cut_at_words`);
    ``rest`` is the rest of the phrase, ``inward`` its word next to the edge word."""
    if _is_mark(word):
        # an opening bracket or quote at the start that the phrase closes (「良好」日数), a
        # closing one at the end that it opens (违反《条例》), is the name's
        pair = ("Pe", "Pf", "Ps", "Pi") if tail else ("Ps", "Pi", "Pe", "Pf")
        if unicodedata.category(word[0]) in pair[:2]:
            return not any(unicodedata.category(c) in pair[2:] for c in rest)
        return True
    if _is_prose(word):
        return True
    if to_simplified(word) in _KEPT or tag not in (_TAIL_TAGS if tail else _EDGE_TAGS):
        return False
    if tag in ("t", "tg"):
        return len(word) >= 2 and not _QUALIFYING_TIME.search(word)
    if tag == "d":
        # an adverb of degree before an adjective or in a list is a category's (非常|不良,
        # 轻微、轻度); at the end only a one-character adverb (还, 正) or a run of adverbs
        # (亦同步): jieba tags some nouns d (进度)
        return not (
            inward[1] in ("a", "ad", "an")
            or inward[0] == "、"
            or (tail and len(word) > 1 and inward[1] != "d")
        )
    if tag == "r" and word.startswith("每"):
        return False  # a distributive qualifies the measure (每日连续处罚案件数)
    return tag != "m" or bool(_NUMERAL.fullmatch(word))


def _unit_group(words: list[tuple[str, str]], k: int) -> int | None:
    """The start index of a bracket closed by ``words[k]`` whose content is a unit
    (classifiers, numerals, marks: ``(毫米)``, ``(万吨)``), else ``None``."""
    for j in range(k - 1, -1, -1):
        w, tag = words[j]
        if w in "(（":
            return j if j < k - 1 else None
        if not (tag in ("q", "m") or _is_mark(w)):
            return None
    return None


def cut_at_words(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of a phrase moved to word boundaries, its edge words that name nothing dropped.

    * a word of the text that the phrase's start (end) falls inside is dropped from the
      phrase (``年度`` cut at ``度``: ``度編列`` → ``編列``), unless its piece in the phrase
      is a dictionary word of two characters or more (``比例|控制在``);
    * at either end, while two characters are left: punctuation, bullets, spaces and Latin
      words of prose (``●``, ``#``, ``Precipitation``), time words (``去年``, ``今年``),
      adverbs (``还``, ``已``; at the end one character only; not one of degree before an
      adjective or in a list, ``非常不良``, ``轻微、轻度``), pronouns (``另``, ``该``; not
      ``每日``), conjunctions and particles; at
      the end also prepositions, numerals and a bracket holding a unit (``降水量(毫米)`` →
      ``降水量``).  Negations (``不``, ``未``), ``其他``, degrees (``轻度``), times of day and
      seasons (``夜间``, ``秋冬``), one-character time words, classifiers, an opening
      bracket or quote at the start and a closing one at the end stay; so does a single
      character next to another (a word the dictionary does not know: ``约|谈``, ``厨|余``).

    Parameters
    ----------
    text : str
        The report.
    lo, hi : int
        The phrase's span in ``text``.

    Returns
    -------
    tuple of (int, int)
        The new span, within ``lo`` to ``hi``; ``(lo, hi)`` when less than two characters
        would be left.
    """
    if hi - lo < 2:
        return lo, hi
    a = max(0, lo - _WINDOW)
    spans = segment(text[a : min(len(text), hi + _WINDOW)])
    tags = {(s + a, e + a): tag for s, e, tag in spans}
    for s, e, tag in spans:  # a word the phrase cuts open: its piece stays if it is a word
        s, e = s + a, e + a
        for piece in ((s, lo), (lo, e)) if s < lo < e else ((s, hi), (hi, e)) if s < hi < e else ():
            if piece[1] - piece[0] >= 2 and _known(text[piece[0] : piece[1]]):
                tags[piece] = tag
    inside = sorted(k for k in tags if k[0] >= lo and k[1] <= hi)
    if not inside:
        return lo, hi
    words = [(text[s:e], tags[(s, e)]) for s, e in inside]
    i, j = 0, len(inside)

    def width(i: int, j: int) -> int:
        return inside[j - 1][1] - inside[i][0] if i < j else 0

    def alone(k: int, n: int) -> bool:
        # a run of single characters is a word the dictionary does not know (约|谈, 厨|余):
        # its boundaries are unknown, so none of them is cut off
        return len(words[k][0]) == 1 and len(words[n][0]) == 1 and not _is_mark(words[n][0])

    changed = True
    while changed:
        changed = False
        w, tag = words[i]
        if (
            width(i + 1, j) >= 2
            and _names_nothing(
                w, tag, text[inside[i][1] : inside[j - 1][1]], words[i + 1], tail=False
            )
            and not (not _is_mark(w) and alone(i, i + 1))
        ):
            i, changed = i + 1, True
            continue
        w, tag = words[j - 1]
        group = _unit_group(words, j - 1) if w in ")）" else None
        if group is not None and group > i and width(i, group) >= 2:
            j, changed = group, True
        elif (
            width(i, j - 1) >= 2
            and _names_nothing(
                w, tag, text[inside[i][0] : inside[j - 1][0]], words[j - 2], tail=True
            )
            and not (not _is_mark(w) and alone(j - 1, j - 2))
        ):
            j, changed = j - 1, True
    return inside[i][0], inside[j - 1][1]


#: jieba's tags of a noun (``n``, person/place/organisation/other proper nouns, a noun
#: morpheme, an abbreviation ``j``): a word a counted noun may end with.
_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "j"})
#: … and the words a counted noun may hold before its last noun: nouns, verbal nouns,
#: distinguishing words (``b``: 大型), nominal adjectives (``an``).
_NOMINAL_TAGS = _NOUN_TAGS | {"vn", "b", "an"}
#: The longest counted noun read after a count (characters).
_COUNTED_MAX = 12


def ends_with_verb(words: str) -> bool:
    """Whether ``words`` (either script) are a verb alone by jieba's dictionary, adverbs
    before it allowed (``颁发``, ``共颁发``, ``已抽测``, ``已核发``; not a verbal noun,
    ``检查``, a noun, ``整改任务``, nor a clause that ends with a verb,
    ``相关负责人被批评``).

    Parameters
    ----------
    words : str
        A phrase.

    Returns
    -------
    bool
        True when its last word is tagged ``v`` and every other word ``v`` or ``d``.
    """
    spans = segment(words.strip())
    return bool(spans) and spans[-1][2] == "v" and all(t in ("v", "d") for _, _, t in spans)


def noun_after(text: str, lo: int, hi: int) -> int:
    """The end of the noun written right at ``lo`` (after a count's measure word), else ``lo``.

    ``颁发407份|危险废物经营许可证用于处置医废`` → ``危险废物经营许可证``;
    ``问责18199名|党政领导干部(其中`` → ``党政领导干部``;
    ``12个|突出环境问题`` → ``突出环境问题`` (one verb or adjective may open it, before a
    noun).  The noun is a run of nominal words (nouns, verbal nouns,
    distinguishing words) up to ``hi``, punctuation, a figure, a particle or any other
    verb, cut back to its last noun; none where a list goes on after it (``343万棵|树木、灌木和
    年生植物``: the count is of all) or a pinyin gloss stands in it:
    ``查獲8家|違反空氣污染防制法`` has none (a verb, then an idiom), ``4個|城市為劣三級``
    ends at 城市.

    Parameters
    ----------
    text : str
        The report.
    lo, hi : int
        Where the noun may start (a count's end) and the end of the clause.

    Returns
    -------
    int
        The noun's end in ``text``; ``lo`` when no noun of two to
        :data:`_COUNTED_MAX` characters starts at ``lo``.
    """
    spans = segment(text[lo : min(hi, lo + _COUNTED_MAX + 8)])
    end, last = 0, -1
    for k, (_s, e, tag) in enumerate(spans):
        opening = k == 0 and tag in {"v", "a"} and len(spans) > 1 and spans[1][2] in _NOUN_TAGS
        if tag not in _NOMINAL_TAGS and not opening:
            break
        if e > _COUNTED_MAX:
            break
        if tag in _NOUN_TAGS:
            end, last = e, k
    if end < 2:
        return lo
    if _GLOSS.match(text, lo + end) or text[lo + end : lo + end + 1] in ("、", "及", "和", "与"):
        return lo  # 中央生態(tài)環(huán)境…: a gloss inside the noun; 树木、灌木…: a list counted
    rest = spans[last + 1 :]
    if rest and not _ends_a_noun(rest):
        return lo  # 中央生态|环境保护督察, 群众|身边的…: the noun goes on, its end unknown
    return lo + end


#: Tags of a word that may follow a whole counted noun: a verb (its predicate), a
#: preposition, a particle (的 is not: what follows it is the head), an adverb, a
#: conjunction, a pronoun, a numeral, punctuation.
_AFTER_NOUN = frozenset({"v", "p", "ul", "uz", "ug", "d", "c", "r", "m", "x", "eng"})


def _ends_a_noun(rest: list[tuple[int, int, str]]) -> bool:
    """Whether the words ``rest`` after a noun show that it ended there: the next word is
    a verb, preposition, adverb … — not a verb right before a noun (``汾河干流生态|治理工程``,
    ``促进300万人口|解决粮食问题``: the verb and noun go on the name or the clause), nor a
    verb that ends the clause (``中央生态环境保护|督察``: a noun's last word)."""
    tag = rest[0][2]
    if tag not in _AFTER_NOUN:
        return False
    if tag != "v":
        return True
    # a verb ending the clause is the noun's own last word (中央生态环境保护|督察,)
    return len(rest) > 1 and rest[1][2] not in _NOUN_TAGS and rest[1][2] != "x"


# --- the noun-phrase chunker of a proposed indicator's phrase (np22) -----------------------

#: Tags of a word that may be the head of a measure's noun phrase: nouns, proper nouns,
#: noun morphemes, abbreviations, verbal nouns, idioms and fixed expressions that jieba
#: writes for compounds (``安全事故`` i, ``固体废物`` l), nominal adjectives, Latin words
#: holding a letter (``PM2.5``, ``SO2``, ``GDP``).
_HEAD_TAGS = frozenset({"n", "nz", "vn", "j", "ng", "nr", "nrt", "nrfg", "l", "i", "an", "eng"})
#: … and the words that may stand before the head inside the chunk: distinguishing words
#: (``b``: 主要, 同期), adjectives (``不良``), state words (``优良``), place nouns (``城市``
#: of 人均城市…), verbs (the object of a nominalised verb, ``事故|死亡|人数``,
#: ``达标|天数``), classifiers and numerals that are no figure (``Ⅴ|类``, ``万元``).
_MODIFIER_TAGS = _HEAD_TAGS | {"b", "a", "z", "ns", "nt", "v", "vd", "vi", "q", "m", "x"}
#: Tags of a word before the chunk that names no part of the measure: a verb of the clause
#: (``统计|了``, ``占``, ``要``), a preposition (``因``, ``从``), a time (``年末``), a
#: adverb, a pronoun, a conjunction, a particle — not a location word (``地下|水资源量``,
#: ``右岸|生态廊道``), nor a place word (``近岸|海域``), nor a place (``湖泊|年末…``: only a
#: place the gazetteer knows, ``济南``, is dropped).
_PREFIX_TAGS = frozenset({"v", "vd", "vi", "p", "t", "tg", "d", "r", "c"})
_PREFIX_TAGS |= frozenset({"u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o"})
#: Tags of the words that end a clause after its head noun and name nothing: adverbs,
#: pronouns (``之一``, ``每人``), prepositions, particles, numerals (after one verb:
#: ``量|达到|每人``).
_TAIL_JUNK = frozenset({"d", "r", "p", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "m"})
#: Tags of a word that is no noun (for :func:`names_no_noun`): verbs, times, numerals,
#: classifiers, prepositions, conjunctions, particles, adverbs, pronouns, location words,
#: place names (``ns``, unless a count of places is read).
_NO_NOUN_TAGS = _PREFIX_TAGS | {"m", "q", "zg", "h", "k", "f", "s", "ns"}
#: The end of an organisation's name (``建材集团有限公司``, ``市住建局``, an agency ``环保署``,
#: ``水利署``, a firm ``楊O企業行``, ``昆O商行``; not a plan's ``工作部署`` or ``签署``): a
#: phrase ending in one, three characters or more, names who, not what is measured.
_ORGANISATION = re.compile(r"..(公司|集团|局|(?<![部签])署|企业行|商行)$")
#: Words before the chunk that close a time phrase (``计划执行期间``, ``…以来``): the
#: whole phrase before them dates the figure.
_TIME_CLOSER = frozenset({"期间", "以来", "之前", "之后", "以后", "以前", "时期", "当时", "届时"})
#: A figure's remnant at the start of a phrase: digits (and the classifier after them)
#: closed by a list mark or a space (``314处、``, ``569 件次``).
_FIGURE_REMNANT = re.compile(
    r"^[\d.,，]+(?:[\u4e00-\u9fff]{0,2}[、，,;；]\s*|\s+[\u4e00-\u9fff]{0,2}(?:[、，,;；\s]\s*|$))"
    r"(?![\d一二三四五六七八九十])"  # 2类、3类…: a list of numbered things, no remnant
)


def _words(phrase: str) -> list[tuple[str, str]]:
    """The words of ``phrase`` (either script) and their tags, a Latin word with the
    digits and dot after it one word (``PM2.5``), a run of digits tagged ``m``, a measure's
    noun (:data:`~envindicators.extract._phrases.MEASURE_END`: 率, 量, 数 …) ``n`` and a
    word before 了 ``v``."""
    out: list[tuple[str, str]] = []
    for s, e, tag in segment(phrase):
        word = phrase[s:e]
        if (
            out
            and out[-1][1] == "eng"
            and re.fullmatch(r"\.|\d+", word)
            and (word != "." or (e < len(phrase) and phrase[e].isdigit()))
        ):
            out[-1] = (out[-1][0] + word, "eng")
            continue
        if tag == "eng" and not re.search(r"[A-Za-z]", word):
            tag = "m"  # digits alone: a figure or a numeral
        elif MEASURE_END.fullmatch(to_simplified(word)):
            tag = "n"  # a measure's noun (jieba tags 率 v): 污水处理|率
        elif tag == "ul" and out and out[-1][1] not in ("x", "m", "eng"):
            out[-1] = (out[-1][0], "v")  # 监测|了, 新建|了 (jieba: vn, ns): a verb in use
        elif tag == "x" and not _is_mark(word):
            tag = "q" if re.fullmatch(r"[ⅠⅡⅢⅣⅤⅥ]+", word) else "x"
        out.append((word, tag))
    return out


def _modifier(word: str, tag: str) -> bool:
    """Whether a word may stand inside a measure's noun phrase before its head."""
    simple = to_simplified(word)
    if simple in _CAUSATIVE:
        return False  # 使得|陈情案件: the clause after the verb names the measure
    if simple in _KEPT or simple.startswith("每") or simple == "其他":
        return True  # 不|达标天数, 每日|…, 其他|废物: they change what is measured
    if tag in ("t", "tg"):
        return len(word) < 2 or bool(_QUALIFYING_TIME.search(simple))  # 夜间|达标率
    if tag == "m":
        return not _NUMERAL.fullmatch(simple)  # 万元|GDP用水量, not 569
    if tag == "x":
        return not _is_mark(word) or word in "()（）·-/"
    return tag in _MODIFIER_TAGS


@functools.lru_cache(maxsize=4096)
def _a_place(word: str) -> bool:
    """Whether the gazetteer reads ``word`` whole as a place's name (济南, 寧波; not 湖泊)."""
    from envindicators.regions import find_regions

    found = find_regions(word)
    return (
        bool(len(found)) and int(found["start"].min()) == 0 and int(found["end"].max()) == len(word)
    )


def _removable(words: list[tuple[str, str]], k: int, chunk: list[tuple[str, str]]) -> bool:
    """Whether the ``k``-th word before the chunk names no part of the measure: a verb, a
    preposition, a time, a pronoun, a particle, a place of the gazetteer; an adverb of two
    characters or more only before a verb (``首都|功能核心区``: jieba's 首都 d), one next to
    the chunk only before a verb of it (``还|建房``), a conjunction opening the phrase
    (``而|工业废水…``: it joins nothing of the phrase; not one character before another,
    ``并|网``, a word the dictionary does not know); not a conjunction next to the chunk
    after other words (``审批并|实施…``: both verbs are the name's), nor a character next to
    a chunk's single character (``约|谈``, ``所|占``: a word the dictionary does not know)."""
    word, tag = words[k]
    after = words[k + 1] if k + 1 < len(words) else chunk[0]
    if _is_mark(word):
        return word not in "、()（）"  # a list or a bracket: what stands before may be named
    if word == "的":
        return False  # 取水中的|达标比例: a relative clause names
    if to_simplified(word) in _KEPT or to_simplified(word)[:1] in ("不", "未", "无", "非"):
        return False  # 未按期|完成整改任务: a negation changes what is counted
    if k == len(words) - 1 and tag in ("uv", "ud") and len(word) == 1:
        return False  # 地|市政府: a particle next to the chunk is a word cut open
    if tag == "ns":
        return _a_place(word)
    if tag not in _PREFIX_TAGS:
        return False
    if k == 0 and tag == "c" and len(word) + len(after[0]) > 2:
        return True  # 而|工业废水…: a conjunction opening the phrase joins nothing of it
    if k == len(words) - 1:  # next to the chunk
        if tag == "c" or (len(word) == 1 and len(after[0]) == 1):
            return False
        if tag == "d" and after[1] not in ("v", "vd", "vi", "eng"):
            return False  # 还|建房; not 要将|PM2.5
    return not (tag == "d" and len(word) > 1 and after[1] not in ("v", "vd", "vi", "d"))


def noun_chunk(phrase: str) -> str:
    """A proposed indicator's phrase cut to its noun chunk: a head noun and its modifiers.

    The phrase's words (jieba's dictionary and its tags) are read from the end: the head is
    the last noun (``n``, ``nz``, ``vn``, ``j``, a Latin word …) after which only words that
    name nothing stand — adverbs, pronouns, prepositions, particles, numerals, after at most
    one verb (``人均城市固體廢物棄置量|達到每人``, ``实事|之一``); its modifiers are the
    words before it while they are nouns, distinguishing words, adjectives, verbs (the
    object of a nominalised verb: ``生产安全事故死亡人数``, ``达标天数``), classifiers and
    numerals that are no figure (``劣Ⅴ类``), negations and degrees, times of day and
    seasons (``夜间``).  The words before the chunk are dropped when each of them names
    nothing — a verb of the clause (``统计了``, ``占``, ``要將``), a preposition (``因``), a
    time (``年末``), an adverb, a pronoun, a particle — or when they end in a word closing a
    time phrase (``計畫執行期間``, ``…以来``); a figure's remnant at the start (``314處、``)
    is dropped too.  A causative opening the phrase (``令``, ``讓``) or a verb of effect
    after its linking adverb (``連帶影響``: :func:`_cause_opening`) is dropped before all
    that: the clause it opens names the measure (``連帶影響|電力排碳係數上升至0.509``).
    Else the phrase is unchanged: a phrase that ends in a verb, holds a
    list (``、``) or a relative clause (``的``) before its head, or whose words before the
    chunk name something (a noun, a place) keeps its words.

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase (tidied).

    Returns
    -------
    str
        The chunk, as written; ``phrase`` when less than two characters would be left or
        the words do not read as a noun chunk.

    Examples
    --------
    >>> noun_chunk("统计了城市污水处理厂"), noun_chunk("人均城市固體廢物棄置量達到每人")
    ('城市污水处理厂', '人均城市固體廢物棄置量')
    >>> noun_chunk("計畫執行期間空氣品質不良通報"), noun_chunk("要將PM2.5")
    ('空氣品質不良通報', 'PM2.5')
    >>> noun_chunk("夜间达标率"), noun_chunk("化学需氧量、二氧化硫排放量")
    ('夜间达标率', '化学需氧量、二氧化硫排放量')
    >>> noun_chunk("連帶影響電力排碳係數"), noun_chunk("令本署辖下市容地带总面积")
    ('電力排碳係數', '本署辖下市容地带总面积')
    """
    words = phrase.strip()
    remnant = _FIGURE_REMNANT.match(words)
    if remnant is not None and len(words) - remnant.end() >= 2:
        words = words[remnant.end() :].strip()
    if len(words) < 2:
        return phrase
    tagged = _words(words)
    cause = _cause_opening(tagged)
    if cause and any(tag in _HEAD_TAGS for _w, tag in tagged[cause:]):
        subject = words[sum(len(w) for w, _t in tagged[:cause]) :].strip()
        if len(subject) >= 2:  # 讓|台中PM2.5年均濃度, 連帶影響|電力排碳係數: the clause's subject
            return noun_chunk(subject)
    head = len(tagged) - 1
    while (
        head >= 0
        and tagged[head][1] in _TAIL_JUNK
        and to_simplified(tagged[head][0]) not in _KEPT
        # a numeral at the end only in numerals (网格布|点, 竹园|第二 are names)
        and (tagged[head][1] != "m" or _NUMERAL.fullmatch(to_simplified(tagged[head][0])))
        # an adverb of two characters ends a name (序时|进度: jieba tags 进度 d) unless
        # another adverb precedes it (亦|同步)
        and not (
            tagged[head][1] == "d"
            and len(tagged[head][0]) > 1
            and (head == 0 or tagged[head - 1][1] != "d")
        )
    ):
        head -= 1
    if head >= 0 and head < len(tagged) - 1 and tagged[head][1] in ("v", "vd", "vi"):
        head -= 1  # 量|达到|每人: one verb before the words that name nothing
    if head < 0 or tagged[head][1] not in _HEAD_TAGS:
        return words if words != phrase.strip() else phrase
    lo = head
    while lo > 0 and _modifier(*tagged[lo - 1]):
        lo -= 1
    before = tagged[:lo]
    closer = max(
        (k for k, (w, _t) in enumerate(before) if to_simplified(w) in _TIME_CLOSER), default=-1
    )
    rest = before[closer + 1 :]
    if not all(_removable(rest, k, tagged[lo : head + 1]) for k in range(len(rest))):
        lo = 0  # the words before name something: a noun, a place, a list, a 的
    start = sum(len(w) for w, _t in tagged[:lo])
    end = sum(len(w) for w, _t in tagged[: head + 1])
    chunk = words[start:end].strip()
    return chunk if len(chunk) >= 2 else phrase


def _cause_opening(tagged: list[tuple[str, str]]) -> int:
    """How many words at the start of a tagged phrase make what follows happen: a causative
    (``令``, ``讓``, ``使得``: :data:`_CAUSATIVE`) or a verb of effect after its linking adverb
    (``連帶|影響``: :data:`_AFFECTS` after :data:`_LINKING`); ``0`` when there is none.  The
    clause after them names the measure (``令|本署辖下市容地带总面积由1 488公顷减至…``)."""
    first = to_simplified(tagged[0][0]) if tagged else ""
    if first in _CAUSATIVE:
        return 1
    if len(tagged) > 1 and first in _LINKING and to_simplified(tagged[1][0]) in _AFFECTS:
        return 2
    return 0


def names_no_noun(phrase: str, *, places: bool = True) -> bool:
    """Whether a phrase holds no noun: only verbs, times, numerals and classifiers,
    prepositions, particles, adverbs, pronouns and place names — or names an organisation.

    ``接獲``, ``死亡``, ``支出`` (a verb without its object), ``廿三日``, ``從西元`` (a date's
    remnant), ``等地``, ``济南`` (a place), ``569 件次`` (a figure's remnant),
    ``建材集团有限公司``, ``市住建局`` (who, not what) name no measure: the proposed link
    needs review and its name says so.

    Parameters
    ----------
    phrase : str
        A proposed indicator's phrase (either script).
    places : bool, default True
        Whether a place name is no noun; ``False`` for a count of places (``23个城市``).

    Returns
    -------
    bool
        ``True`` when no word of the phrase is a noun, a distinguishing word, an adjective
        or a Latin word, or when the phrase ends in an organisation's name.

    Examples
    --------
    >>> names_no_noun("接獲"), names_no_noun("廿三日"), names_no_noun("建材集團有限公司")
    (True, True, True)
    >>> names_no_noun("環保署"), names_no_noun("楊O企業行"), names_no_noun("工作部署")
    (True, True, False)
    >>> names_no_noun("死亡人数"), names_no_noun("城市", places=False), names_no_noun("A級")
    (False, False, False)
    """
    words = phrase.strip()
    if not words:
        return False
    if _ORGANISATION.search(to_simplified(words)):
        return True
    if places and _a_place(words):
        return True  # 义安区, 大同市 (jieba: nz, n): a place the gazetteer reads whole
    tags = _NO_NOUN_TAGS if places else _NO_NOUN_TAGS - {"ns"}
    remnant = _FIGURE_REMNANT.match(words)
    if remnant is not None and len(words) - remnant.end() <= 2:
        return True  # 569 件次: a figure and its classifier
    tagged = _words(words)
    if len(tagged) > 1 and tagged[-1][1] in ("q", "zg") and tagged[-2][1] not in ("m", "q", "x"):
        return False  # 信访举报|件, 投诉|件: a classifier after a word is the noun counted
    return all(t in tags or _is_mark(w) for w, t in tagged)


def is_category(words: str) -> bool:
    """Whether ``words`` name a category a total is broken down into, alone.

    A class (``Ⅱ类``, ``劣Ⅴ类``, ``纸类``) or words ending in a category word (a sector
    ``金属工业``, a grade ``省级``, a pollution type ``大气污染``, a source ``工业源``:
    :data:`~envindicators.extract._phrases.CATEGORY`) with no verb among them (jieba's
    tag ``v``: ``新增金属工业`` names what was added, no category).

    Parameters
    ----------
    words : str
        The words (either script).

    Returns
    -------
    bool
        ``True`` for a category alone.

    Examples
    --------
    >>> is_category("金屬工業"), is_category("Ⅱ类"), is_category("新增金属工业")
    (True, True, False)
    >>> is_category("重点企业"), is_category("运输")
    (False, False)
    """
    simple = to_simplified(words.strip())
    if not CATEGORY.fullmatch(simple):
        return False
    return not any(t == "v" for _, _, t in segment(simple))
