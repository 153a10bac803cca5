"""Targets whose value the words imply, with no figure written (issue 13).

Rectification plans state many targets without a digit: ``全面清零燃煤小锅炉``, ``消除黑臭水体``,
``实现污水管网全覆盖``, ``生活垃圾应收尽收``.  The datasets' rule for such targets
(``datasets/README.md``, "Targets without a digit") fixes the number the words imply; this
module reads the same words in a report's text so that :func:`~envindicators.extract.read_report`
makes a target row of them:

* **zero words** — ``清零``, ``消除``, ``消灭``, ``取缔``, ``淘汰`` — bring what they act on
  to 0: a registry indicator whose direction is *lower* (a count still standing, a share of
  bad water …) has the target ``eq 0`` in its own unit (a count or a percent);
* **full words** — ``全覆盖``, ``全收集``, ``全处理``, ``应X尽X`` (应收尽收, 应治尽治) and
  ``完成`` — bring a share to 100 %: a registry share (unit %) whose direction is *higher*
  and whose name holds the word's verb (覆盖, 收集, 处理, the X of 应X尽X, 完成: a
  completion share ``…划定完成比例``) has the target ``eq 100`` % — not a share of
  problems rectified (``问题整改完成率``: a plan's 完成整改 is a task, :data:`_TASK_ACT`).

The indicator is the registry form the word acts on: the first form after the word in its
clause (``消除黑臭水体``), else the nearest before it there (``黑臭水体全部清零``); a form
followed by 目标/指标/要求/标准 names a target, not what the word brings to 0 or 100 %.
Nothing is implied

* after a negation (``未清零``, ``尚未消除``, ``难以全覆盖``: a problem, not a promise);
* in a campaign's name (``清零行动``, ``消除攻坚战``);
* where a figure written in the word's clause converts to the indicator (the figure is the
  target: ``淘汰燃煤锅炉120台``);
* without a registry indicator (a proposed phrase would have to guess both the quantity and
  its unit: no row).

Words that bound a change or say "none" (round 17; registry forms written whole only, never
a loose match):

* **none** — ``无`` right before a registry form whose direction is *lower*
  (``城市建成区无黑臭水体``), or before what such a form measures — the form without its
  measure word 比例/占比/数量/个数/数 (``無劣Ⅴ類水體斷面``: ``劣Ⅴ类水体比例``, round 21):
  ``eq 0`` of it (not after ``有``: ``有无`` asks);
* **no growth** — ``零增长``, ``不再增加``, ``不再增长``, ``不增加``, ``不新增``, ``无新增``,
  ``只减不增`` — of a registry indicator whose direction is *lower* (``化肥使用量实现零增长``,
  ``不新增燃煤锅炉``): a change of at most 0 (``change_relative le 0`` %: the quantity must not
  rise above its base; the size of the fall is not said);
* **no new units** — ``禁止新上``, ``禁止新建``, ``严禁新建``, ``不再新建``, ``不得新建`` … —
  ``eq 0`` of a registry count of new units (its name opens with 新上/新建/新增:
  ``禁止新上…新型干法水泥生产线``), else no growth (``le 0`` %) of a count that should fall:
  banning new ones says nothing of the ones standing, so never their 0;
* **no fall** — ``不降低``, ``不下降``, ``不减少``, ``只增不减`` — of a registry indicator whose
  direction is *higher* (``优良天数比例不降低``): a change of at least 0 (``change_relative ge 0``
  %: at least the base).

A zero word acting on things whose registry form counts the ones *removed*
(``淘汰燃煤小锅炉``, ``燃煤小锅炉``: ``coal_boilers_removed``, direction *higher*) brings to 0
the registry count of those still standing (``在用小型燃煤锅炉``, direction *lower*, same
unit), when its name holds every character of the form and no other but its state words
(在用, 现有, 剩余, 存量) and the 型 of a size adjective — a loose match, to review (round
21; not ``燃煤锅炉``: the small ones are a narrower class).  A zero word with an alternative
(``淘汰或升级改造``, ``淘汰改造``, ``改造或淘汰``, ``淘汰整治``: the things may stay, converted)
and a word right after 已 (``已消除``, ``已经全面淘汰``: done, whatever date the sentence
names) imply nothing.

A hedge before the word in its clause — ``基本`` (basically), ``总体`` (overall), ``逐步``
(step by step): ``基本消除``, ``基本实现…全收集``, ``总体得到消除`` — keeps the datasets'
reading (the value aimed at, not quantified) but the row is always marked for review at low
confidence; words that leave a part standing (``部分消除``, ``大部取缔``, ``淘汰一批``) and
words whose value is not fixed (``大幅减少``, ``明显改善``, ``保持稳定``) imply none and make
no row.  Whether the figure is a target at all (a deadline,
a commitment word, a target section) is decided by the reader's usual role rules: a word
stating what was done (``已全部清零``) makes no row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pandas as pd

from envindicators.extract._lexicon import Lexicon
from envindicators.extract._phrases import MEASURE_END
from envindicators.extract._roles import CLAUSE
from envindicators.units import normalize_text, to_simplified

__all__ = ["BASIC_NOTE", "IMPLIED_NOTE", "ImpliedLink", "implied_figures", "implied_link"]

#: The note of every row whose value is implied by its words.
IMPLIED_NOTE = (
    "value implied by the words (no figure written: datasets' rule for targets without a digit)"
)
#: The note added when a hedge (基本, 总体, 逐步) qualifies the words.
BASIC_NOTE = "基本/总体/逐步 (a hedge): the value aimed at, not reached exactly; to review"

#: Words that bring what they act on to 0 (simplified script; the text is folded first).
_ZERO = r"清零|消除|消灭|取缔|淘汰"
#: Words that bring a share to 100 %; the group ``verb`` is what the indicator's name holds.
_FULL = r"全(?P<full>覆盖|收集|处理)|应(?P<should>[\u4e00-\u9fff])尽(?P=should)|(?P<done>完成)"
#: Words that forbid growth: a change of at most 0 of what should fall.
_NO_GROWTH = r"零增长|不再增加|不再增长|不再新增|不增加|不新增|无新增|只减不增"
#: Words that forbid new units: 0 new units, else no growth of the count.
_NO_NEW = r"(?:禁止|严禁|不再|不得|不准)新(?:上|建)"
#: Words that forbid a fall: a change of at least 0 of what should rise.
_NO_FALL = r"不降低|不下降|不减少|只增不减"
#: ``无`` before a form (无黑臭水体): none of it; not ``有无`` (a question).
_NONE = r"(?<!有)无(?=[\u4e00-\u9fffⅠ-Ⅻ])"
_WORDS = re.compile(
    rf"(?P<growth>{_NO_GROWTH})|(?P<new>{_NO_NEW})|(?P<fall>{_NO_FALL})"
    rf"|(?P<zero>{_ZERO})|{_FULL}|(?P<none>{_NONE})"
)
#: kind, comparator and value of the words that bound a change or say none.
_BOUNDS = {
    "growth": ("change_relative", "le", 0.0),
    "fall": ("change_relative", "ge", 0.0),
    "none": ("level", "eq", 0.0),
    "new": ("level", "eq", 0.0),
}
#: A registry count of new units (新上新型干法水泥生产线): the name opens with it.
_NEW_UNITS = re.compile(r"^新(上|建|增)")
#: A negation right before the word: a problem found, no promise.
_NEGATED = re.compile(r"(未|没有|不能|难以|无法|不|尚未|仍未|未能)[\u4e00-\u9fff]{0,2}$")
#: 已 right before the word (已消除, 已全面取缔, 均已基本淘汰): the act told as done, whatever
#: date the sentence names (到2020年，全市已消除黑臭水体 reports; it promises nothing).
_DONE_BEFORE = re.compile(r"(已经|均已|业已|已)(全部|全面|基本|累计|先后|彻底|陆续){0,2}$")
#: An alternative to the zero word (淘汰或升级改造, 淘汰改造, 改造或淘汰, 淘汰整治任务): the things
#: may stay, converted — no 0 implied.
_CONVERTING = r"(改造|改建|置换|替代|替换|整治|提标)"
_ALTERNATIVE_AFTER = re.compile(rf"^(或|和|及|、)?(升级)?{_CONVERTING}")
_ALTERNATIVE_BEFORE = re.compile(rf"{_CONVERTING}(或|和|及|、)$")
#: A measure's noun right after the word (消除比例, 淘汰率, 完成率, 取缔数量): the word is part
#: of the name of what is measured (城区黑臭水体消除比例达到90%), not an act promised.
_MEASURE_AFTER = re.compile(MEASURE_END.pattern.removesuffix("$"))
#: A campaign's name after the word (清零行动, 消除攻坚战).
_CAMPAIGN = re.compile(r"^(行动|专项|攻坚|战役|工程)")
#: After a form: it names a target or a standard, not the object brought to 0 or 100 %.
_NAMES_A_TARGET = re.compile(r"^的?(目标|指标|要求|标准)")
#: A clause naming a target or standard: no loose match in it (完成优良天数比例目标).
_TARGET_WORDS = re.compile(r"目标|指标|要求|标准")
#: The act of a plan's tasks: a plan writes 完成整改 of each problem it lists, which the
#: tasks table reads (one task, one deadline); a share of problems rectified (问题整改完成率)
#: is reported, never brought to 100 % by a full word (reg43).
_TASK_ACT = "整改"
#: Hedges before the word in its clause (基本, 总体, 逐步): the value aimed at, not exact.
_BASIC = re.compile(r"基本|总体|逐步")
#: Words that leave part standing (部分消除, 大部取缔, 一批): no value implied.
_PART = re.compile(r"(?<!全)部分|大部|一批")


class ImpliedLink(NamedTuple):
    """The indicator a word's implied value belongs to."""

    code: str
    subject: str
    value: float
    unit: str
    #: ``True`` for a registry form written whole, ``False`` for a loose match.
    whole: bool
    #: ``level`` (0 or 100) or ``change_relative`` (a change bounded by 0 %).
    kind: str = "level"
    #: ``eq`` for a value, ``le``/``ge`` for a change bounded by 0 (no growth, no fall).
    comparator: str = "eq"


def implied_figures(text: str) -> pd.DataFrame:
    """The words of ``text`` that imply a value: one row per word, in order.

    Parameters
    ----------
    text : str
        The report (either script).

    Returns
    -------
    pandas.DataFrame
        ``start``, ``end``, ``text`` (the word as written), ``implied`` (``'zero'``,
        ``'full'``, ``'none'`` (无), ``'growth'`` (no growth: 零增长, 不新增), ``'new'`` (no
        new units: 禁止新上) or ``'fall'`` (no fall: 不降低)), ``verb`` (what a full word's indicator name must hold, ``''`` for a
        zero word) and ``basic`` (a hedge before it in its clause: 基本, 总体, 逐步).  Words
        after a negation, leaving a part standing (部分, 大部, 一批) or naming a campaign are
        left out.

    Examples
    --------
    >>> implied_figures("到2020年，基本消除黑臭水体，尚未清零的…")[["text", "implied", "basic"]].values.tolist()
    [['消除', 'zero', True]]
    >>> implied_figures("化肥使用量零增长，优良天数比例不降低")["implied"].tolist()
    ['growth', 'fall']
    """  # noqa: E501
    simple = to_simplified(text)
    rows = []
    for m in _WORDS.finditer(simple):
        s, e = m.start(), m.end()
        clause = CLAUSE.split(simple[max(0, s - 40) : s])[-1]
        left = _PART.search(clause + simple[e : e + 2])  # 部分消除, 淘汰一批
        if (
            _NEGATED.search(clause)
            or _DONE_BEFORE.search(clause)
            or (
                m.group("zero") is not None
                and (
                    _ALTERNATIVE_AFTER.match(simple[e : e + 6])
                    or _ALTERNATIVE_BEFORE.search(clause)
                )
            )
            or left
            or _CAMPAIGN.match(simple[e : e + 4])
            or _MEASURE_AFTER.match(simple[e : e + 2])
        ):
            continue
        bound = next((g for g in _BOUNDS if m.group(g)), None)
        if bound is not None:
            kind, verb = bound, ""
        elif m.group("zero"):
            kind, verb = "zero", ""
        elif m.group("done"):
            kind, verb = "full", "完成"
        else:
            kind, verb = "full", m.group("full") or m.group("should")
        rows.append(
            {
                "start": s,
                "end": e,
                "text": text[s:e],
                "implied": kind,
                "verb": verb,
                "basic": bool(_BASIC.search(clause)),
            }
        )
    return pd.DataFrame(rows, columns=["start", "end", "text", "implied", "verb", "basic"])


def implied_link(
    text: str,
    simple: str,
    found: pd.DataFrame,
    lexicon: Lexicon,
    registry: pd.DataFrame,
    word: tuple[int, int, str, str],
    clause: tuple[int, int],
) -> ImpliedLink | None:
    """The registry indicator and value a word implies, else ``None``.

    The indicator must take the implied value: for a zero word one whose direction is
    *lower* (0 of what should fall), for a full word a share (unit %) whose direction is
    *higher* and whose name holds the word's verb.  It is the registry form written whole
    after the word in its clause (the first), else before it there (the nearest); else the
    registry name most of whose character pairs the clause holds
    (:meth:`~envindicators.extract._lexicon.Lexicon.closest`: ``小型燃煤锅炉全面清零`` for
    ``在用小型燃煤锅炉``), a loose match.

    Parameters
    ----------
    text : str
        The report.
    simple : str
        The report in simplified script (offsets as the original's).
    found : pandas.DataFrame
        Registry forms found in the text (``start``, ``end``, ``form``; original offsets).
    lexicon : Lexicon
        The registry's forms.
    registry : pandas.DataFrame
        The indicator registry (``code``, ``name_zh``, ``unit``, ``direction``).
    word : tuple
        ``(start, end, implied, verb)`` of a row of :func:`implied_figures`.
    clause : tuple
        ``(start, end)`` of the word's clause.

    Returns
    -------
    ImpliedLink or None
        The code, the words naming it, the value (0 or 100), the indicator's unit and
        whether its form is written whole.
    """
    s, e, implied, verb = word
    cs, ce = clause
    info = registry_info(registry)

    def takes(code: str) -> bool:
        if code not in info:
            return False
        unit, direction, name = info[code]
        if implied == "new" and _NEW_UNITS.match(name):
            return True  # 禁止新上…水泥生产线: 0 new lines
        if implied in ("zero", "none", "growth", "new"):
            return direction == "lower"
        if implied == "fall":
            return direction == "higher"
        return unit == "%" and direction == "higher" and verb in name and _TASK_ACT not in name

    def link(code: str, subject: str, whole: bool) -> ImpliedLink:
        unit, name = info[code][0], info[code][2]
        if implied == "new" and not _NEW_UNITS.match(name):
            return ImpliedLink(code, subject, 0.0, "%", whole, "change_relative", "le")
        if implied in _BOUNDS:
            kind, comparator, value = _BOUNDS[implied]
            return ImpliedLink(
                code, subject, value, "%" if kind != "level" else unit, whole, kind, comparator
            )
        value = 0.0 if implied == "zero" else 100.0
        return ImpliedLink(code, subject, value, unit, whole)

    if not found.empty:
        starts, ends = found["start"].to_numpy(), found["end"].to_numpy()
        # 禁止新上|新上…生产线: a registry name of new units may open with the word's 新上
        first = e - 2 if implied == "new" else e
        after = np.flatnonzero((starts >= first) & (ends <= ce))
        before = np.flatnonzero((starts >= cs) & (ends <= s))[::-1]
        if implied == "none":  # 无 names what it acts on right after it, never before
            after, before = after[starts[after] == e], before[:0]
        # a form holding the word (淘汰燃煤小锅炉, a count of the things removed)
        holding = np.flatnonzero((starts <= s) & (ends > e) & (implied == "zero"))
        for i in [*holding[:1], *after[:1], *before[:1]]:
            fs, fe = int(starts[i]), int(ends[i])
            if _NAMES_A_TARGET.match(simple[fe : fe + 6]):
                continue
            form = str(found["form"].iloc[i])
            codes = lexicon.codes(form)
            for code in codes:
                if takes(code):
                    return link(code, text[fs:fe], True)
            if implied == "zero":  # 淘汰燃煤小锅炉: the count of them still standing, to 0
                named = e if fs <= s < fe else fs  # the things, not the word a form holds
                other = _standing(simple[named:fe], codes, info)
                if other is not None:
                    return link(other, text[named:fe], False)
    if implied == "none":  # 无劣Ⅴ类水体断面: the share or number of 劣Ⅴ类水体, 0
        stem = _measured_stem(simple, e, lexicon, takes)
        if stem is not None:
            return link(stem[0], text[e : e + len(stem[1])], True)
    if implied in _BOUNDS:
        return None  # a bound or "none" only of a registry form written whole
    written = normalize_text(simple[cs:ce]).text
    if _TARGET_WORDS.search(written):
        return None  # 完成优良天数比例目标: a target named, not a share brought to 100 %
    loose = lexicon.closest(written, takes)
    if loose is None:
        return None
    return link(loose[0], text[cs:ce].strip(), False)


def registry_info(registry: pd.DataFrame) -> dict[str, tuple[str, str, str]]:
    """``code → (unit, direction, name in simplified script)`` of an indicator registry."""
    return {
        str(c): (str(u), str(d), to_simplified(str(n)))
        for c, u, d, n in zip(
            registry["code"],
            registry["unit"],
            registry["direction"],
            registry["name_zh"],
            strict=True,
        )
    }


#: The measure a registry name ends with after what it measures (劣Ⅴ类水体|比例).
_MEASURE_SUFFIX = re.compile(r"(比例|占比|数量|个数|数)$")
#: Shortest stem of a name read after 无 (three characters: 劣Ⅴ类水体, 黑臭水体).
_STEM_LEAST = 3


#: Words of a count's name that say the things are still there (在用小型燃煤锅炉).
_STATE_WORDS = re.compile(r"^(在用|现有|剩余|存量|现存)")


def _standing(form: str, codes: list[str], info: dict[str, tuple[str, str, str]]) -> str | None:
    """The registry count of the things ``form`` names that are still standing, else ``None``.

    A zero word (淘汰, 取缔, 清零) acting on a form whose indicators count the things removed
    (``燃煤小锅炉`` → ``拆除/淘汰燃煤小锅炉``, direction *higher*) brings to 0 the count of
    those left: the one registry indicator of direction *lower*, in the same unit, whose name
    holds every character of the form and no other but its state words (在用, 现有, 剩余, 存量)
    and the 型 of a size adjective (``在用小型燃煤锅炉`` for ``燃煤小锅炉``; not for
    ``燃煤锅炉``: a class the name narrows, 小).  None when no indicator or several (shortest
    names tied) qualify: no guess.
    """
    units = {info[c][0] for c in codes if c in info}
    chars = set(to_simplified(form))
    fits = sorted(
        (len(name), code)
        for code, (unit, direction, name) in info.items()
        if direction == "lower"
        and unit in units
        and code not in codes
        and chars <= set(name)
        and set(_STATE_WORDS.sub("", name)) - chars <= {"型"}
    )
    if not fits or (len(fits) > 1 and fits[0][0] == fits[1][0]):
        return None
    return fits[0][1]


def _measured_stem(
    simple: str, at: int, lexicon: Lexicon, takes: Callable[[str], bool]
) -> tuple[str, str] | None:
    """``(code, stem)`` of the registry form whose stem — the form without its measure word
    (比例, 数量 …) — is written at ``at``, for an indicator that ``takes`` the value, else
    ``None``: ``无劣Ⅴ类水体断面`` names the things of ``劣Ⅴ类水体比例`` (none of them, 0).  The
    longest stem wins; stems of fewer than three characters are not read."""
    written = normalize_text(simple[at : at + 40])  # the forms are normalised (Ⅴ → V)
    best: tuple[str, str] | None = None
    for form, code in zip(lexicon.forms["form"], lexicon.forms["code"], strict=True):
        stem = _MEASURE_SUFFIX.sub("", str(form))
        if (
            len(stem) >= _STEM_LEAST
            and stem != form
            and written.text.startswith(stem)
            and (best is None or len(stem) > len(best[1]))
            and takes(str(code))
        ):
            best = (str(code), stem)
    if best is None:
        return None
    end = int(written.original_spans(np.array([0]), np.array([len(best[1])]))[1][0])
    return best[0], simple[at : at + end]
