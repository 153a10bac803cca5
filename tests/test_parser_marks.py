"""The clause and sentence marks of a text found once (units/parsing/marks.py, issue 10 speed).

:func:`last_mark` must give the answer of the idiom it replaces at every call site,
``max(s.rfind(c, lo, hi) for c in marks)``, for every text, bound and set of marks — the
property test checks it on texts in both scripts and on bounds past either end.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from envindicators.units import extract_quantities
from envindicators.units.parsing.context_words import _CLAUSE_DELIMITERS
from envindicators.units.parsing.marks import last_mark, mark_positions

#: The mark sets the call sites ask about (sentence ends, clause ends, with or without ! ?).
_SITE_MARKS = ("。;；\n", "。;；!！?？\n", "。;；\n,，", ",，。;；:：\n", _CLAUSE_DELIMITERS)
#: Characters of report text in both scripts, with every mark of every site.
_ALPHABET = "排放量下降減少噸吨达到為为0123456789.%、" + "".join(sorted(_CLAUSE_DELIMITERS))


def _rfind_idiom(s: str, lo: int, hi: int, marks: str | frozenset[str]) -> int:
    return max(s.rfind(c, lo, hi) for c in marks)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=_ALPHABET, max_size=80),
    st.integers(-90, 90),
    st.integers(-90, 90),
    st.sampled_from(_SITE_MARKS),
)
def test_last_mark_is_the_rfind_idiom(s: str, lo: int, hi: int, marks: str) -> None:
    assert last_mark(s, lo, hi, marks) == _rfind_idiom(s, lo, hi, marks)


def test_last_mark_examples_both_scripts() -> None:
    simplified = "二氧化硫排放量下降5%;氮氧化物减少3万吨,化学需氧量为2.1万吨。"
    traditional = "二氧化硫排放量下降5%；氮氧化物減少3萬噸，化學需氧量為2.1萬噸。"
    for s in (simplified, traditional):
        semi = s.index(";") if ";" in s else s.index("；")
        comma = s.index(",") if "," in s else s.index("，")
        end = len(s)
        assert last_mark(s, 0, end, "。;；\n") == end - 1  # the full stop itself
        assert last_mark(s, 0, end - 1, "。;；\n") == semi
        assert last_mark(s, 0, end - 1, "。;；\n,，") == comma
        assert last_mark(s, semi + 1, comma, "。;；\n") == -1  # none in the range
        assert last_mark(s, 0, semi, "。;；\n") == -1  # the range ends before the mark
        assert last_mark(s, 0, end + 50, "。;；\n") == end - 1  # past the end: to the end


def test_mark_positions_are_each_mark_once_in_order() -> None:
    s = "一。二;三；四\n五,六。"
    assert list(mark_positions(s, "。;；\n")) == [1, 3, 5, 7, 11]
    assert list(mark_positions(s, ",，")) == [9]
    assert list(mark_positions("", "。")) == []
    assert list(mark_positions("无标点", "。;；\n")) == []


def test_a_text_equal_to_another_shares_its_index() -> None:
    a = "甲。乙;丙"
    b = "".join(["甲。", "乙;丙"])  # equal, another object
    assert a == b
    assert a is not b
    assert mark_positions(a, "。;；\n") is mark_positions(b, "。;；\n")
    assert last_mark(b, 0, len(b), "。;；\n") == 3


def test_extraction_reads_the_same_sentences_twice() -> None:
    """The rules that ask where a sentence starts read the same through the index, in both
    scripts, and reading a text again (or another text in between) gives the same rows: no
    answer of one text leaks into another."""
    cases = [
        # an index's values in a sentence naming it (both ends of its change, bare decimals)
        ("全市PM2.5年均浓度为35微克/立方米;综合指数由4.52下降至4.18。", ["level"] * 3),
        ("全市PM2.5年均濃度為35微克/立方米；綜合指數由4.52下降至4.18。", ["level"] * 3),
        # a pollutant named after the index in its clause: no bare index values
        ("综合指数排名第3,PM2.5浓度由45.4下降至38.2。", []),
        # a share alone in parentheses after a part's name: the part's share of the whole
        ("碳排放源(66%),其次是运输界别(18%)和废弃物(7%)。", ["ratio"] * 3),
        ("投訴大多涉及車輛廢氣排放(40.8%)。", ["ratio"]),
        # the sentence names an indicator first: the places' values of it, levels
        ("优良天数比例依次为:呼伦贝尔市(100.0%)、兴安盟(98.6%)。", ["level"] * 2),
        ("優良天數比例依次為:呼倫貝爾市(100.0%)、興安盟(98.6%)。", ["level"] * 2),
    ]
    first = [extract_quantities(t) for t, _ in cases]
    again = [extract_quantities(t) for t, _ in reversed(cases)][::-1]
    for (text, kinds), x, y in zip(cases, first, again, strict=True):
        assert x["kind"].tolist() == kinds, text
        assert x.equals(y), text


def test_a_long_text_is_indexed_once_whatever_the_reach() -> None:
    """A clause start looked for from the start of the text (the reach of
    ``_share_change_in_parallel``) in a long run with no mark: one index, then every question
    is a bisection — not one scan back over the whole run per figure."""
    s = "排放量" * 5000 + "。" + "減少噸" * 5000
    mark_positions.cache_clear()
    for hi in range(0, len(s), 97):
        expected = 15000 if hi > 15000 else -1
        assert last_mark(s, 0, hi, "。;；\n") == expected
    info = mark_positions.cache_info()
    assert info.misses == 1
    assert info.hits == len(range(0, len(s), 97)) - 1
