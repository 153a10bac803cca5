"""Script helpers shared by the tests (not a test module)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from envindicators.units.text import _t2s_table, to_simplified


@cache
def _simplified_to_traditional() -> dict[str, str]:
    """One traditional character for each simplified one of the shipped table (the first by
    code point), so that the traditional form of any text is read back by ``to_simplified``."""
    reverse: dict[str, str] = {}
    for trad, simp in sorted(_t2s_table().items()):
        reverse.setdefault(simp, chr(trad))
    return reverse


def to_traditional(text: str) -> str:
    """``text`` with every simplified character of the table written in traditional script."""
    reverse = _simplified_to_traditional()
    return "".join(reverse.get(c, c) for c in text)


def traditional_read_back(text: str) -> str:
    """``to_traditional(text)``, asserting that ``to_simplified`` reads it back to ``text``.

    A generated sentence or registry name checked this way is written in real traditional forms,
    not in characters the library would fold to something else.
    """
    out = to_traditional(text)
    assert to_simplified(out) == text, (text, out)
    return out


def _traditional_of(item: Any) -> Any:
    """``item`` in traditional script: a text, or each text of a list or tuple; else unchanged."""
    if isinstance(item, str):
        return to_traditional(item)
    if isinstance(item, list | tuple):
        return type(item)(_traditional_of(x) for x in item)
    return item


def in_both_scripts(text: str) -> list[str]:
    """``text`` as written and in traditional script (a sentence a class test reads twice)."""
    return [text, to_traditional(text)]


#: The two scripts a class test reads its sentences in (the names :func:`in_script` takes).
SCRIPTS = ("simplified", "traditional")


def in_script(text: str, script: str) -> str:
    """``text`` in ``script``: ``"traditional"`` converts it, any other name keeps it."""
    return to_traditional(text) if script == "traditional" else text


def both_scripts(
    cases: list[tuple[Any, ...]], *, every_text: bool = False
) -> list[tuple[Any, ...]]:
    """Each case (its text first) as written and in traditional script.

    With ``every_text`` every text of the case is converted (an expected phrase or span, or a
    list of them, besides the sentence); else only the first item and the rest are kept as
    written (expected values, units, tags). A case whose traditional form is the same is listed
    once.
    """
    out: list[tuple[Any, ...]] = []
    for case in cases:
        text, *rest = case
        out.append(tuple(case))
        kept = [_traditional_of(x) for x in rest] if every_text else rest
        trad = (to_traditional(str(text)), *kept)
        if trad != tuple(case):
            out.append(trad)
    return out


def texts_in_both_scripts(texts: Iterable[str]) -> list[str]:
    """Each text as written and in traditional script (``both_scripts`` on one column).

    A text whose traditional form is the same is listed once.
    """
    return [str(case[0]) for case in both_scripts([(t,) for t in texts])]
