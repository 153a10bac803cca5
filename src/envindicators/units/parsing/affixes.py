"""Read the words before and after a number.

Before it: qualifiers, verbs, baselines, rates, per-unit and ratio wording; after it: 以上,
以下, 左右 …; and the quoted spans that are names, not figures.
"""

from __future__ import annotations

import re
from typing import Any

from envindicators.units.dates import YEAR_DIGITS
from envindicators.units.parsing.context_words import (
    _ADJACENT_BASELINE,
    _BOUND_AFTER_FREQUENCY,
    _CLAUSE_DELIMITERS,
    _COMPLETION_NOUN,
    _COMPLIANCE_BEFORE,
    _COMPLIANCE_TOPIC,
    _COPULAS,
    _DIFFERENCE_WORDS,
    _FAR_BASELINE,
    _FAR_BASELINE_LOOSE,
    _FILLERS,
    _LIST_MEMBER_BETWEEN,
    _MEAN_VALUE_REFERENCE,
    _NOT_NEARLY_BEFORE,
    _NOUN_BEFORE_COPULA,
    _OPEN_QUOTE,
    _OPEN_QUOTES,
    _PER_AREA_MEAN,
    _PER_CAPITA,
    _PER_CAPITA_DAILY,
    _PER_TONNE_COAL,
    _PERIOD_LEVEL_REFERENCE,
    _POINT_COMPARATIVES,
    _POINT_UP,
    _POINT_VERBS,
    _PREFIX_QUALIFIERS,
    _QUOTE_LIMITS,
    _RATE,
    _RATE_VERB,
    _RATE_WORDS,
    _SHARE_OF,
    _SHORT_QUOTE,
    _SUFFIX_FIRST,
    _SUFFIX_QUALIFIERS,
    _TIME_SUFFIXES,
    _TO_WORDS,
    _VALUED_REFERENCE,
    _VERBS,
    _WINDOW,
    penalty_cap_before,
)
from envindicators.units.parsing.tokens import _STEPS, _Prefix
from envindicators.units.parsing.unit_words import _DENOMINATORS, _TIME_UNITS, CURRENCY_NAMES
from envindicators.units.vocab import FLAG, QUALIFIER, Flag, Qualifier

#: Verbs of motion that 为 right after turns into 到 (下降为 = fell to).
_MOTION_VERBS = frozenset(
    {"上升", "下降", "增加", "减少", "降低", "提高", "增长", "升高", "回落", "提升", "下滑",
     "缩小", "扩大", "削减", "压减", "缩减", "缩短", "缩水", "降", "升", "增", "减"}
)  # fmt: skip


#: 为 after a verb of motion, then the period whose level follows (降低为九十二年的○.七五二公斤,
#: 下降为去年的): the level reached, as 下降为13.3微克 (an Arabic year ends the window).
_TO_A_PERIOD_S = re.compile(
    r"为(?:[〇零○一二两三四五六七八九十百]{2,4}年度?|去年(?:同期)?|上年(?:同期)?|今年)的"
)


#: A bound before a whole and its 的 (合计超过全省的60%, 不足全国的5%, 不及世界平均的五分之一):
#: a share of the whole (not of a reference, 超过标准的1.5倍, nor of a period, 超过上年的8.6万吨:
#: levels compared; 高于/低于 compare levels too).
_BOUNDED_WHOLE = re.compile(
    r"(?:超过|超出|不足|不到|不及|接近|逾)([^\d,，。;；:：、的年月期]{1,12}的)$"
)
#: The longest parenthetical aside looked through (不含港澳台, 366天).
_ASIDE_MAX = 16


def _share_of_before_aside(s: str, k: int) -> bool:
    """Whether a whole named before a parenthetical aside ending at ``k`` makes the figure
    after ``的`` a share: 占全国国土面积(不含港澳台)的28.6%, 占全年有效天数(366天)的96.7%."""
    if k < 2 or s[k - 1] not in ")）":
        return False
    lo = max(0, k - 1 - _ASIDE_MAX)
    j = max(s.rfind("(", lo, k - 1), s.rfind("（", lo, k - 1))
    if j <= 0:
        return False
    w, _ = _window(s, j)
    return _SHARE_OF.search(w + "的") is not None


#: 以 and a group's name before 最多/最少 (以一般民众最多为4,395件): the superlative of a
#: breakdown, which names the largest (smallest) group, not a bound.
_SUPERLATIVE_WITH_YI = re.compile(
    r"(?<![可所难得用足加予])以(?![上下来及便后前内外免致为每])[^\d以,，。;；:：]{1,12}$"
)


#: Everything up to the last clause delimiter (:data:`_CLAUSE_DELIMITERS`), matched from the
#: start of a window: the greedy ``.*`` runs to the window's end and gives back characters
#: until one is a delimiter, so the match ends right after the last delimiter of the window
#: (one pass in the regex engine instead of a Python step per character).
_THROUGH_LAST_DELIMITER = re.compile(
    "(?s:.*)[" + "".join(re.escape(c) for c in sorted(_CLAUSE_DELIMITERS)) + "]"
)


def _window(s: str, i: int) -> tuple[str, int]:
    """The clause text before ``i`` (at most _WINDOW characters) and its start index.

    The clause starts right after the last clause delimiter of the ``_WINDOW`` characters
    before ``i`` (at the window's start when there is none); found by one match of
    :data:`_THROUGH_LAST_DELIMITER`.

    Examples
    --------
    >>> _window("综合指数为4.49,同比下降0.09", 14)
    ('同比下降', 10)
    """
    lo = i - _WINDOW if i > _WINDOW else 0
    m = _THROUGH_LAST_DELIMITER.match(s, lo, i)
    k = lo if m is None else m.end()
    _STEPS[0] += i - k
    return s[k:i], k


def _compliance_rate(s: str, i: int) -> bool:
    """Whether the last rate noun of the clause before ``i`` is the 达成率 of a water-quality
    item (BOD达成率介于…, 重金属铜达成率则介于…; 六大重金属方面,达成率为…: the item in a topic
    clause right before), a share of samples meeting the standard, not a completion rate."""
    w, w0 = _window(s, i)
    nouns = list(_COMPLETION_NOUN.finditer(w))
    if not nouns:
        return False
    m = nouns[-1]
    if m.group() != "达成率":
        return False
    if _COMPLIANCE_BEFORE.search(w, 0, m.start()):
        return True
    if w[: m.start()].strip() or w0 == 0 or s[w0 - 1] not in ",，":
        return False
    return _COMPLIANCE_TOPIC.search(_window(s, w0 - 1)[0]) is not None


#: A topic clause, "as for …" (每人每日垃圾量方面, 人均用水方面): it names what the clause after
#: the comma speaks of.
_TOPIC_END = ("方面",)


def _per_capita_daily(s: str, i: int, clause: str | None = None) -> re.Match[str] | None:
    """The per-capita words (人均每日, 每人每年 …) of the figure at ``i``: in its clause
    (``clause`` when already read), or in a topic clause right before it (每人每日垃圾量方面,
    已由…0.829公斤降低为…0.752公斤: the topic names the statistic of the figures after it)."""
    w, w0 = (clause, i - len(clause)) if clause is not None else _window(s, i)
    m = _PER_CAPITA_DAILY.search(w)
    if m is not None or w0 == 0 or s[w0 - 1] not in ",，":
        return m
    topic = _window(s, w0 - 1)[0]
    return _PER_CAPITA_DAILY.search(topic) if topic.endswith(_TOPIC_END) else None


#: How many list members (joined by 、) :func:`_list_window` reaches back over.
_LIST_MEMBERS_BACK = 6


def _list_window(s: str, i: int) -> str:
    """The clause text before ``i`` with the list members before it joined by 、 (年产焦油5万吨、
    粗苯: the clause of the whole list, where a period written once rules every member)."""
    k = _window(s, i)[1]
    for _ in range(_LIST_MEMBERS_BACK):
        if k == 0 or s[k - 1] != "、":
            break
        k = _window(s, k - 1)[1]
    return s[k:i]


def _build_prefix_table() -> dict[str, tuple[tuple[str, str, Any], ...]]:
    entries: list[tuple[str, str, Any]] = []
    entries += [(w, "qualifier", q) for w, q in _PREFIX_QUALIFIERS]
    entries += [(w, "verb", sgn) for w, sgn in _VERBS]
    entries += [(w, "filler", w in _COPULAS) for w in _FILLERS]
    entries += [(w, "to", None) for w in _TO_WORDS]
    entries += [("同比", "tongbi", None), ("环比", "tongbi", None), ("占", "ratio", None)]
    entries += [("完成率", "ratio", None), ("完成比例", "ratio", None), ("超标", "exceed", None)]
    entries += [("比重", "ratio", None), ("占比", "ratio", None)]
    entries += [(w, "currency", None) for w in CURRENCY_NAMES]
    table: dict[str, list[tuple[str, str, Any]]] = {}
    for entry in entries:
        table.setdefault(entry[0][-1], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}


#: Words that can stand right before a number, indexed by their last character.
_PREFIX_TABLE = _build_prefix_table()
_BASELINE_LAST = frozenset("年初底末期月度比")
_RATE_LAST = frozenset("天日年时月周产水理放量力模")
_PER_LAST = frozenset("煤量耗")
_PREFIX_LAST = frozenset(_PREFIX_TABLE) | _BASELINE_LAST | _RATE_LAST | _PER_LAST | {"的"}


#: Comparison signs among the bound words (>, ≧, ＜ …): a space may follow them.
_SIGN_BOUNDS = frozenset(w for w, _ in _PREFIX_QUALIFIERS if len(w) == 1 and not w.isalpha())


#: The last letters of the bound words written in Latin letters (at or above, superior a).
_LATIN_BOUND_LAST = frozenset(
    w[-1] for w, _ in _PREFIX_QUALIFIERS if w.isascii() and w[-1].isalpha()
)


#: The qualifier of each bound word written before a figure (the one table: units/vocab.py).
_BOUND_QUALIFIER = dict(_PREFIX_QUALIFIERS)
#: The alternative written in brackets between a strict bound and its figure (达标率均低于
#: (或等于)80%, 大於（或等於）35微克): the bound is the inclusive one the bound words name
#: without the brackets (低于或等于: at most).
_BRACKETED_EQUAL = "(或等于)"
_INCLUSIVE_OF = {
    w: _BOUND_QUALIFIER[w + "或等于"] for w in _BOUND_QUALIFIER if w + "或等于" in _BOUND_QUALIFIER
}


#: A list of bare numerals whose 第 stands before the first member only (第四、五、六批,
#: 第一、二、三名): every member is an ordinal.  Members are parted by 、, 和 or 及 (a comma
#: may close the ordinal's clause: 排名第一,二氧化硫…).
#: The joiners that end an ordinal list before a figure (第一、二和三): the character before
#: the figure is one of them, or there is no such list (tested before the pattern).
_ORDINAL_LIST_JOINERS = "、和及"
_ORDINAL_LIST_BEFORE = re.compile(
    rf"[第届](?:[0-9０-９〇零一二两三四五六七八九十百]+[{_ORDINAL_LIST_JOINERS}])+$"
)


def _prefix(s: str, i: int) -> _Prefix:
    """Read the words before a number backwards (bounded by the clause and _WINDOW).

    Each step looks only at the words that end with the character before the current
    position (a dict lookup), so a step costs O(1) and there are at most 12 steps.
    """
    if i > 1 and s[i - 1] == " " and (s[i - 2] in _SIGN_BOUNDS or s[i - 2] in _LATIN_BOUND_LAST):
        # AQI> 150, ≧ 54μg/m3: one space (a slide's or a PDF's text layer) between a
        # comparison sign and its number; the sign is still the number's bound (and the
        # space after a bound in words, at or above 33°C, superior a 33°C)
        return _prefix(s, i - 1)
    j = i - len(_BRACKETED_EQUAL)
    if j > 0 and s.startswith(_BRACKETED_EQUAL, j):
        # 低于(或等于)80%: the strict bound before the brackets, made inclusive
        for word, inclusive in _INCLUSIVE_OF.items():
            if s.startswith(word, j - len(word)):
                bracketed = _prefix(s, j)
                if bracketed.qualifier is not None:
                    bracketed.qualifier = inclusive
                    return bracketed
    if i > 1 and s[i - 1] == "\n" and s[i - 2] not in _CLAUSE_DELIMITERS and not s[i - 2].isspace():
        # a line wrapped between the words before a number and the number (text from PDF:
        # 同比下降\n15.94%, 综合指数为\n4.18): the line break is not a clause boundary when
        # the line before ends in a verb or a copula
        wrapped = _prefix(s, i - 1)
        if wrapped.verb or wrapped.copula:
            if wrapped.span_start == i - 1:
                wrapped.span_start = i  # a copula is not in the span: nor is the line break
            return wrapped
    pre = _Prefix(cover_start=i, span_start=i)
    if i > 0 and (
        s[i - 1] in "第届"
        or (s[i - 1] in _ORDINAL_LIST_JOINERS and _ORDINAL_LIST_BEFORE.search(s, max(0, i - 24), i))
    ):
        pre.ordinal = True
    if (bound := _BOUND_AFTER_FREQUENCY.search(s, max(0, i - 16), i)) is not None:
        # 每次最多处理10吨: the bound after a frequency word, a verb between it and the figure
        pre.qualifier = _BOUND_QUALIFIER[bound.group(1)]
    elif penalty_cap_before(s, i):
        pre.qualifier = QUALIFIER.AT_MOST  # 最高可处2000万元: the cap of the fine
    if i == 0 or (s[i - 1] not in _PREFIX_LAST and "每" not in s[max(0, i - 18) : i]):
        return pre
    w, w0 = _window(s, i)
    p = len(w)
    meaningful = i
    to_start = i
    seen: set[str] = set()
    for _ in range(12):
        _STEPS[0] += 1
        if p == 0:
            break
        last = w[p - 1]
        matched = False
        if pre.verb and last in _BASELINE_LAST and "baseline" not in seen:
            m = _ADJACENT_BASELINE.search(w, 0, p)
            if m is not None:
                pre.baseline = _baseline_text(m.group(1))
                p = m.start()
                meaningful = w0 + p
                seen.add("baseline")
                continue
        if last in _RATE_LAST and "rate" not in seen:
            m = _RATE.search(w, 0, p) or _RATE_VERB.search(w, 0, p)
            if m is not None:
                pre.rate = _RATE_WORDS[m.group(1)]
                p = m.start()
                meaningful = w0 + p
                seen.add("rate")
                continue
        if last in _PER_LAST and "per" not in seen:
            m = _PER_TONNE_COAL.search(w, 0, p)
            if m is not None:
                pre.per = "吨"
                p = m.start()
                meaningful = w0 + p
                seen.add("per")
                continue
        if last == "的" and (p == len(w) or seen == {"qualifier"}):
            # 占…的27%, 完成目标任务的11%: a part of a whole; 由2016年的54% is a level; a
            # qualifier may stand between 的 and the figure (佔總排放量的大約70%)
            m = _SHARE_OF.search(w, 0, p)
            if m is not None:
                pre.ratio = True
                p = m.start()
                meaningful = w0 + p
                seen.add("ratio")
                continue
            m = _BOUNDED_WHOLE.search(w, 0, p)
            if m is not None and not _VALUED_REFERENCE.search(m.group(1)):
                # 合计超过全省的60%: a bound, then the whole: the bound is read next
                pre.ratio = True
                p = m.start(1)
                meaningful = w0 + p
                seen.add("ratio")
                continue
            pre.ratio = "完成" in w or (p == 1 and _share_of_before_aside(s, w0))
            p -= 1
            continue
        for word, cat, payload in _PREFIX_TABLE.get(last, ()):
            if cat in seen or not w.endswith(word, 0, p):
                continue
            if cat == "qualifier":
                if word == "近" and p > 1 and w[p - 2] in _NOT_NEARLY_BEFORE:
                    continue
                if word in ("最多", "最少") and w[p : p + 1] == "占":
                    continue  # 营建工程案最多占45%: "the most" (a superlative), not a bound
                if word in ("最多", "最少") and _SUPERLATIVE_WITH_YI.search(w, 0, p - len(word)):
                    # 以一般民众最多为4,395件, 以臭味陈情最少为3件: 以 X 最多 names the largest
                    # group ("X is the most numerous"), its size after it, not a bound: the
                    # words before the number end here
                    break
                if word in ("最多", "最少") and w[p : p + 1] == "的":
                    # 最多的3类, 投诉最少的2个区: the group of the most (a superlative and its
                    # size, a count), not a bound; the bound has no 的 (最多10吨): the words
                    # before the number end here
                    break
                pre.qualifier = payload
            elif cat == "verb":
                if pre.copula and word in _NOUN_BEFORE_COPULA:
                    continue  # 削减量为2万吨: the amount, a level
                if word in _MOTION_VERBS and (
                    (p == len(w) - 1 and w[p] == "为") or _TO_A_PERIOD_S.fullmatch(w, p)
                ):
                    # 下降为13.3微克, 增加为5座: 为 right after a verb of motion is 到 (fell
                    # to), the figure is the level reached; 降幅为 is a noun and stays a change
                    pre.to_form = True
                    to_start = meaningful
                pre.verb, pre.sign, pre.verb_word = True, payload, word
            elif cat == "filler":
                pre.copula = pre.copula or payload
                pre.list_cue = pre.list_cue or word.startswith(("分别", "依次"))
            elif cat == "to":
                if pre.verb:
                    continue
                pre.to_form = True
                to_start = meaningful  # words right of 至/到 belong to the level
            elif cat == "tongbi":
                pre.baseline = pre.baseline or word
            elif cat == "ratio":
                # 占地区生产总值的比重为13.8%: a part of a whole; 非化石能源消费比重提高到13%,
                # 达到III类标准的比重为89.9% (no 占): the value of an indicator, a level
                pre.ratio = word != "比重" or "占" in w[: p - len(word)]
            elif cat == "exceed":
                pre.exceed = True
            elif cat == "currency" and p != len(w):
                continue  # the name of a currency stands right before its amount only
            p -= len(word)
            if cat in ("qualifier", "verb", "tongbi", "ratio", "exceed"):
                meaningful = w0 + p
            if cat != "filler" and cat != "to":
                seen.add(cat)
            matched = True
            break
        if not matched and "per" not in seen and "rate" not in seen and "每" in w[:p]:
            # after the words right before the number (每万元耗电不足一千千瓦时: 不足 is read)
            m = _PER_CAPITA.search(w, 0, p)
            if m is not None:
                # 每万人有效发明专利达到7.5件 → 件/万人; 每平公里20,400人 → 人/平方公里
                pre.per = m.group(1) + _DENOMINATORS.get(m.group(2), m.group(2))
                p = m.start()
                meaningful = w0 + p
                seen.add("per")
                continue
        if not matched and "per" not in seen and "rate" not in seen and "均" in w[:p]:
            m = _PER_AREA_MEAN.search(w, 0, p)
            if m is not None:
                # 亩均用水量356m3 → m3/亩 (the area is the denominator; 人均 is not)
                pre.per = m.group(1)
                p = m.start()
                meaningful = w0 + p
                seen.add("per")
                continue
        if not matched:
            break
    if p > 0 and w[p - 1] in "第届":
        pre.ordinal = True
    pre.cover_start = w0 + p
    pre.span_start = meaningful
    if pre.verb and pre.baseline is None:
        far = w[:p]
        found = _FAR_BASELINE.findall(far)
        if found:
            pre.baseline = _baseline_text(found[-1])
        else:
            loose = list(_FAR_BASELINE_LOOSE.finditer(far))
            if loose:
                pre.baseline = loose[-1].group(1)
    if pre.verb and len(pre.verb_word) == 1 and pre.verb_word in "多少高低快慢":
        if pre.baseline is None and not any(c in w[:p] for c in "比较"):
            pre.verb, pre.sign = False, 0  # 多5天 is not a change without 比…
        elif pre.baseline is None:
            m = _COMPARED_WITH.search(w[:p])
            pre.baseline = m.group(1) if m else None
    if pre.verb and pre.to_form:
        # 提高到78%, 下降至42微克/立方米: the new level, not a change
        pre.verb, pre.sign, pre.baseline = False, 0, None
        pre.span_start = to_start
    return pre


_COMPARED_WITH = re.compile(r"(?:比|较)([^\d,，。;；]{1,10}?)$")


def _baseline_text(b: str) -> str:
    if len(b) >= 5 and b[4] == "年" and all(c in YEAR_DIGITS for c in b[:4]):
        year = "".join(str(YEAR_DIGITS[c]) for c in b[:4])
        return year if len(b) == 5 else year + b[4:]
    return b


def _suffix(s: str, j: int, unit: str | None) -> tuple[Qualifier | None, int]:
    n = len(s)
    k = j
    if k + 1 < n and s[k] == " " and s[k + 1] in _SUFFIX_FIRST:
        q, e = _suffix_word(s, k + 1, unit)  # 33°C 或以上, 10蒸吨/小时 及以下
        if q is not None:
            return q, e
    # a short parenthetical before the bound word: 998.3533万立方米(含自然保护区)以上
    if k < n and s[k] in "(（":
        close = -1
        for t in range(k + 1, min(n, k + 14)):
            _STEPS[0] += 1
            if s[t] in ")）":
                close = t
                break
            if s[t].isdigit():
                break
        if close > 0:
            q, e = _suffix_word(s, close + 1, unit)
            if q is not None:
                return q, e
    return _suffix_word(s, k, unit)


#: Distances, which 内 bounds as it bounds a time (1公里内: within a kilometre).
_DISTANCE_UNITS = frozenset({"公里", "千米", "米", "km", "Km", "KM", "m"})
_WITHIN = "内"
#: 范围 before 内 after a distance: the same bound (岸线一公里范围内, 500米范围内).
_WITHIN_RANGE = "范围内"
#: 时间 before 内 after a duration: the same bound (两天时间内, 三个月时间内, as 7天内; parser
#: round 47).
_WITHIN_TIME = "时间内"
_WITHIN_QUALIFIER = dict(_TIME_SUFFIXES)[_WITHIN]
#: Words 内 opens, which make it no bound (500米内河段: an inland river).
_WORDS_OPENED_BY_WITHIN = ("内河", "内部", "内容", "内陆", "内涝", "内湖", "内蒙", "内江", "内外")


def _suffix_word(s: str, k: int, unit: str | None) -> tuple[Qualifier | None, int]:
    if unit in _DISTANCE_UNITS and s.startswith(_WITHIN_RANGE, k):
        return _WITHIN_QUALIFIER, k + len(_WITHIN_RANGE)  # 1公里范围内, as 1公里内
    if unit in _TIME_UNITS and s.startswith(_WITHIN_TIME, k):
        return _WITHIN_QUALIFIER, k + len(_WITHIN_TIME)  # 两天时间内, as 两天内
    if k >= len(s) or s[k] not in _SUFFIX_FIRST:
        return None, k
    for word, q in _SUFFIX_QUALIFIERS:
        if s.startswith(word, k):
            if word == "以下" and s.startswith("简称", k + 2):
                return None, k
            return q, k + len(word)
    if unit is not None and (unit.split("/")[0] in _TIME_UNITS or unit == "工作日"):
        for word, q in _TIME_SUFFIXES:
            if s.startswith(word, k):
                return q, k + len(word)
    if (
        unit in _DISTANCE_UNITS
        and s.startswith(_WITHIN, k)
        and not s.startswith(_WORDS_OPENED_BY_WITHIN, k)
    ):
        # 邻近1公里内未设有感测器, 500米内: 内 after a distance bounds it as after a time
        # (30日内), where 内 opens no word of its own (内河, 内部)
        return _WITHIN_QUALIFIER, k + len(_WITHIN)
    return None, k


#: A web address: a scheme (``https://``) or ``www.``, then the characters an address is
#: written in (ASCII letters, digits and ``/-_.~:?#@!$&*+=%``).  An address may hold CJK
#: letters (``/廢水污染-樹林區年罰52件居冠-004413855.html``): a run of them (digits and letters
#: among) belongs to it only where a mark of an address follows (``/-_.=&?#%+``), so the prose
#: after an address whose space the normaliser dropped (``…/a-5 全年罰款3萬元``) is not taken
#: in.  The digits of an address are a path, an article's number or a date, never a figure.
_ADDRESS_CHARS = r"[A-Za-z0-9/\-_.~:?#@!$&*+=%]"
_WEB_ADDRESS = re.compile(
    rf"(?:https?://|www\.){_ADDRESS_CHARS}*"
    rf"(?:[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]+[/\-_.=&?#%+]{_ADDRESS_CHARS}*)*",
    re.IGNORECASE,
)


def _protected_spans(s: str) -> list[tuple[int, int]]:
    """Short quotations (“两个维护”, “十三五”), titles (《…》) and web addresses
    (:data:`_WEB_ADDRESS`): names, not quantities.

    Returns
    -------
    list of tuple of int
        ``(start, end)`` of each protected span, in text order, none overlapping another.
    """
    spans = _quoted_spans(s)
    if "://" in s or "www." in s or "WWW." in s:
        urls = [(m.start(), m.end()) for m in _WEB_ADDRESS.finditer(s)]
        if urls:
            merged: list[tuple[int, int]] = []
            for start, end in sorted(spans + urls):
                if merged and start < merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
                else:
                    merged.append((start, end))
            spans = merged
    return spans


def _quoted_spans(s: str) -> list[tuple[int, int]]:
    """Short quotations (“两个维护”, “十三五”) and titles (《…》): names, not quantities."""
    spans = []
    i, n = 0, len(s)
    search = _OPEN_QUOTE.search
    while i < n:
        m = search(s, i)
        if m is None:
            break
        i = m.start()
        c = s[i]
        close = _OPEN_QUOTES[c]
        limit = _QUOTE_LIMITS.get(c, _SHORT_QUOTE)
        _STEPS[0] += 1
        end = s.find(close, i + 1, min(n, i + 1 + limit))
        if end < 0 or s.find("\n", i + 1, end) >= 0:
            i += 1
            continue
        spans.append((i, end + 1))
        i = end + 1
    return spans


#: A short name a text defines for a group by its count (以下简称168城市, 下称“74城市”,
#: 以下统称11省市): the name, spaces dropped, is group 1.
_DEFINED_COUNT_NAME = re.compile(
    r"(?:简称|下称|统称)[“\"「‘]?[ \u3000]*"
    r"([0-9]{1,4}[ \u3000]?[\u4e00-\u9fff]{1,3}?)[”\"」’)）,，、;；。 ]"
)
_DEFINED_NAMES_CACHE: dict[int, tuple[str, frozenset[str]]] = {}
_NUMBER_LEAD = re.compile(r"[0-9]+")
#: How far before ``简称`` the count the name shortens may be written (characters).
_DEFINED_FROM = 60


def _defined_names(s: str) -> frozenset[str]:
    """The names ``s`` defines by a count (:data:`_DEFINED_COUNT_NAME`), spaces dropped."""
    key = id(s)
    got = _DEFINED_NAMES_CACHE.get(key)
    if got is not None and got[0] is s:
        return got[1]
    names: set[str] = set()
    if "简称" in s or "下称" in s or "统称" in s:
        for m in _DEFINED_COUNT_NAME.finditer(s):
            name = m.group(1).replace(" ", "").replace("\u3000", "")
            count = _NUMBER_LEAD.match(name)
            assert count is not None  # the pattern opens the name with digits
            before = s[max(0, m.start() - _DEFINED_FROM) : m.start()].replace(" ", "")
            # the name shortens a count written with its measure word just before it (168个城市
            # …以下简称168城市); a count named by itself (8省区(以下简称8省区)) stays a count
            if f"{count.group()}个{name[count.end() :]}" in before:
                names.add(name)
    _DEFINED_NAMES_CACHE.clear()  # one text at a time
    _DEFINED_NAMES_CACHE[key] = (s, frozenset(names))
    return _DEFINED_NAMES_CACHE[key][1]


#: The generic measure word ending a count written as one (3+2个站点, 168个城市).
_MEASURE_WORD_ENDS = frozenset("个")


def _defined_count_name(s: str, i: int, end: int) -> bool:
    """Whether the count ``s[i:end]`` (a number and its counter) is a name, not a count.

    A group named by its count (the guide: defined names are no mentions): a count joined to
    another by ``+`` without a measure word (“2+26”城市; ``3+2个站点`` adds counts), or the
    short name the text defines for a count written with 个 just before
    (``168个城市…以下简称168城市``), wherever the name stands in the text (``74城市中，…``).
    A count written with 个 (``共74个城市``), a count the text names by itself
    (``8省区(以下简称8省区)``) and a count the text defines no name for are counts.
    """
    if i >= 2 and s[i - 1] == "+" and s[i - 2].isdigit():
        # 2+26城市 names the group; 3+2个站点 (with the measure word 个) adds two counts
        return s[end - 1] not in _MEASURE_WORD_ENDS
    names = _defined_names(s)
    return bool(names) and s[i:end].replace(" ", "").replace("\u3000", "") in names


def _points_context(s: str, i: int) -> tuple[int, str | None, int]:
    """Sign, baseline and start of the verb of a 百分点 figure whose verb is not adjacent
    (高于国家下达指标1.3个百分点); (0, None, i) when the clause has none."""
    w, w0 = _window(s, i)
    verbs = list(_POINT_VERBS.finditer(w))
    if not verbs:
        return 0, None, i
    last = verbs[-1]
    word = last.group(1)
    sign = 1 if word in _POINT_UP else -1
    if word in _POINT_COMPARATIVES:
        between = w[last.end() :].strip()
        if _LIST_MEMBER_BETWEEN.search(between):
            return 0, None, i  # 快于全国0.9和1.1个百分点: read from the list's first member
        return sign, between or None, w0 + last.start()
    found = _FAR_BASELINE.findall(w[: last.start()])
    return sign, _baseline_text(found[-1]) if found else None, i


#: Words that may stand between a comparative and its figure when the reference is named
#: before the comparative (较标准分别超出21、8…), and that reference after 较/比.
_LIST_WORDS_ONLY = frozenset({"", "分别", "均", "都", "各"})
_REFERENCE_BEFORE = re.compile(
    r"(?:相较于?|相比于?|较|比)([^\d,，。;；:：、()（）]{0,14}?(?:标准|限值|目标|指标|均值|平均值|水平))"
    r"(?:分别|均|都|各)?$"
)
#: A reference of a difference never ends with a copula (see _difference_context).
_COPULA_ENDINGS = tuple(sorted(_COPULAS, key=len, reverse=True))


#: After a figure: 的 and a short name ending in a target, a standard or a limit (…30.7微克/立方米
#: 的年度考核目标, …35微克/立方米的二级标准): the figure is that reference's level.
_REFERENCE_LEVEL_AFTER = re.compile(r"的[^\d，,。；;：:、()（）]{0,10}?(?:目标|标准|限值)")


def _names_reference_level(s: str, end: int) -> bool:
    """Does ``的…目标/标准/限值`` right after the figure ending at ``end`` name the figure as
    a reference's level?  Then a comparative before it (低于国家下达的30.7微克/立方米的考核
    目标) compares with that level: the figure is the level, not a difference to it."""
    return _REFERENCE_LEVEL_AFTER.match(s, end) is not None


def _difference_context(s: str, i: int) -> tuple[int, str | None, int, list[Flag]]:
    """Sign, reference, verb start and flags of a figure written as a difference to a named
    reference (高出全国平均水平6.4微克/立方米); sign 0 when the clause has none."""
    w, w0 = _window(s, i)
    verbs = list(_POINT_VERBS.finditer(w))
    if not verbs:
        return 0, None, i, []
    last = verbs[-1]
    word = last.group(1)
    between = w[last.end() :].strip()
    if word in _DIFFERENCE_WORDS and between in _LIST_WORDS_ONLY:
        # 较世界卫生组织标准分别超出21、8及9微克/立方米: the reference named before the
        # comparative, after 较/比; the figure is the difference (not the reference's value)
        m = _REFERENCE_BEFORE.search(w, 0, last.start())
        if m is not None:
            return (1 if word in _POINT_UP else -1), m.group(1), w0 + m.start(), []
    if word not in _DIFFERENCE_WORDS or not between or len(between) > 14:
        return 0, None, i, []
    if _LIST_MEMBER_BETWEEN.search(between):
        return 0, None, i, []  # 高于全省5和6微克/立方米: read from the list's first member
    if between.endswith(_COPULA_ENDINGS):
        # 不低于317天 PM2.5达到30.5微克: the copula starts a new statement, the figure
        # is its level, not a difference to what follows 低于
        return 0, None, i, []
    if _PERIOD_LEVEL_REFERENCE.search(between):
        return 0, None, i, []  # 低于2022年的1.51公斤: that year's level, not a difference
    flags = []
    if word in ("高于", "低于", "快于", "慢于") and (
        _VALUED_REFERENCE.search(between) or _MEAN_VALUE_REFERENCE.search(between)
    ):
        # 低于国家标准5毫克: by 5, or the standard's 5?  低于全国平均值13.2微克: by 13.2, or
        # the mean's value 13.2 (值 right before the figure names a value)?
        flags.append(FLAG.AMBIGUOUS_REFERENCE)
    sign = 1 if word in _POINT_UP else -1
    return sign, between, w0 + last.start(), flags
